"""HarperCollins purchase orders from Anne McGilvray & Company: NS order number (else the PO
number), order date, wholesale = list × (1 − printed discount) kept exact, ISBN - Title items
with wrapped titles joined, across seeds, two discounts, layouts and page breaks. Seeds 1000+
are held out for ``bench.accuracy --holdout``."""

from __future__ import annotations

from decimal import Decimal

import pytest

from invoice_processing.deadline import Deadline
from invoice_processing.extraction.local import LocalBackend
from invoice_processing.models import Backend, Cell, Document, Page, PdfInput, TextLine
from invoice_processing.vendors import detect, harpercollins, interpret
from test_scripts.generator import harpercollins_po
from test_scripts.generator.truth import expected_lines, got_lines, header_mismatches
from test_scripts.generator.vendor_variants import harpercollins_variant

CASES = [(seed, discount) for seed in range(6) for discount in ("50", "46")] + [(6, None), (7, None)]
VARIANT_SEEDS = (1, 8, 10, 11)  # variant layouts (vendor_variants) the table engine reads completely


def extract(pdf: bytes) -> dict:
    return interpret(LocalBackend().extract(PdfInput(pdf, "test"), Deadline(30))).to_json()


@pytest.fixture(scope="module")
def generated():
    return {case: harpercollins_po(case[0], discount=case[1]) for case in CASES}


@pytest.mark.parametrize("case", CASES)
def test_purchase_order_matches_truth(generated, case):
    po = generated[case]
    payload = extract(po.pdf)
    assert header_mismatches(payload, po.truth) == {}
    assert got_lines(payload) == expected_lines(po.truth)


def test_two_discounts_give_list_times_one_minus_discount_exactly(generated):
    half, less = generated[(2, "50")], generated[(2, "46")]
    for at_50, at_46 in zip(half.truth["line_items"], less.truth["line_items"], strict=True):
        assert at_50["item"] == at_46["item"]
        listed = Decimal(at_50["wholesale"]) * 2
        assert Decimal(at_46["wholesale"]) == listed * Decimal("0.54")
    assert got_lines(extract(less.pdf)) == expected_lines(less.truth)


def test_long_order_across_pages_keeps_every_line_once():
    po = harpercollins_po(3, discount=50, lines=75)
    assert po.pages >= 2
    assert got_lines(extract(po.pdf)) == expected_lines(po.truth)


def test_po_number_is_used_when_no_ns_order_number_is_printed():
    seed = next(s for s in range(40) if not harpercollins_po(s, lines=3).truth["invoice_number"].startswith("NS"))
    po = harpercollins_po(seed, lines=3)
    assert extract(po.pdf)["invoice_number"] == po.truth["invoice_number"]


def _document(rows: list[list[tuple[float, str]]]) -> Document:
    lines = tuple(TextLine(y=20.0 + 12 * i, cells=tuple(Cell(x, x + 5 * len(t), t) for x, t in row), size=9)
                  for i, row in enumerate(rows))
    return Document(pages=(Page(1, lines),), backend=Backend.LOCAL)


def test_every_value_comes_from_the_page_and_stays_exact():
    doc = _document([
        [(50, "Anne McGilvray & Company"), (400, "Order #: NS4435067")],
        [(50, "MFR: HarperCollins"), (400, "Order Date: 1/17/2025")],
        [(50, "Discount: 50.00% OFF")],
        [(50, "ISBN"), (130, "Title"), (330, "Qty"), (390, "List"), (460, "Extended")],
        [(50, "9780062345678"), (130, "Little Blue Truck, The"), (330, "12"), (390, "9.99"), (460, "59.94")],
        [(130, "Board Book")],
        [(50, "9780060000011"), (130, "Goodnight Moon"), (330, "3"), (390, "$8.99"), (460, "13.49")],
    ])
    assert detect(doc) is harpercollins
    invoice = interpret(doc)
    assert invoice.invoice_number == "NS4435067" and invoice.order_date.isoformat() == "2025-01-17"
    assert [(li.item, li.wholesale, li.qty) for li in invoice.line_items] == [
        ("9780062345678 - Little Blue Truck, The Board Book", Decimal("4.995"), 12),
        ("9780060000011 - Goodnight Moon", Decimal("4.495"), 3),
    ]
    assert harpercollins.discount_of("Discount: 46% OFF") == Decimal("0.46")
    assert harpercollins.discount_of("no discount here") is None


def test_the_ns_order_number_in_a_confirmation_box_on_the_last_page_outranks_the_po_number():
    first = _document([
        [(50, "Anne McGilvray & Company"), (400, "P.O. 25-0611")],
        [(50, "VENDOR: HarperCollins Publishers"), (400, "Date: 17-Jun-2025")],
        [(50, "Title"), (230, "ISBN"), (330, "List Price"), (390, "Qty"), (460, "Amount")],
        [(50, "Little Blue Truck, The"), (230, "9780062345678"), (330, "9.99"), (390, "12"), (460, "119.88")],
    ]).pages[0]
    confirmed = (Cell(50, 250, "Publisher Order #: NS4519930"), Cell(300, 420, "Discount: 52.50% OFF"))
    last = Page(2, (TextLine(40.0, (Cell(50, 150, "PUBLISHER CONFIRMATION"),), 9), TextLine(52.0, confirmed, 9)))
    invoice = interpret(Document(pages=(first, last), backend=Backend.LOCAL))
    assert invoice.invoice_number == "NS4519930"
    assert harpercollins.invoice_number(Document(pages=(first,), backend=Backend.LOCAL)) == "25-0611"


@pytest.mark.parametrize("seed", VARIANT_SEEDS)
def test_variant_purchase_orders_match_truth(seed):
    po = harpercollins_variant(seed)
    payload = extract(po.pdf)
    assert header_mismatches(payload, po.truth) == {}
    assert got_lines(payload) == expected_lines(po.truth)


def _word_line(y: float, words: list[tuple[float, str]]) -> TextLine:
    """A line as a backend gives a widely tracked font: every word its own cell."""
    cells = tuple(Cell(x, x + 5 * len(t), t) for x, t in words)
    return TextLine(y=y, cells=cells, size=9, words=cells)


def test_isbn_and_title_over_the_numbers_and_word_spaced_header_labels():
    lines = (
        _word_line(20, [(50, "Anne"), (75, "McGilvray"), (125, "&"), (135, "Company")]),
        _word_line(32, [(50, "Ship"), (75, "Date:"), (130, "2024-10-26")]),
        _word_line(44, [(50, "Order"), (80, "Date:"), (130, "2024-10-15")]),
        _word_line(56, [(50, "Order"), (80, "No."), (130, "NS4593244")]),
        _word_line(68, [(50, "Discount:"), (100, "46.00"), (130, "%"), (140, "OFF")]),
        _word_line(92, [(50, "ISBN"), (130, "Title"), (330, "Qty"), (390, "List"), (460, "Extended")]),
        _word_line(108, [(50, "9780062345678"), (130, "Little Blue Truck, The")]),
        _word_line(120, [(330, "12"), (390, "9.99"), (460, "64.73")]),
        _word_line(136, [(50, "9780060000011"), (130, "Goodnight Moon")]),
        _word_line(148, [(330, "3"), (390, "$8.99"), (460, "14.56")]),
    )
    invoice = interpret(Document(pages=(Page(1, lines),), backend=Backend.LOCAL))
    assert invoice.invoice_number == "NS4593244" and invoice.order_date.isoformat() == "2024-10-15"
    assert [(li.item, li.wholesale, li.qty) for li in invoice.line_items] == [
        ("9780062345678 - Little Blue Truck, The", Decimal("5.3946"), 12),
        ("9780060000011 - Goodnight Moon", Decimal("4.8546"), 3),
    ]


@pytest.mark.parametrize("discount_lines", [
    [[(50, "PO #"), (170, "MFR"), (310, "Discount")],
     [(50, "BB-0519-34"), (170, "HarperCollins"), (310, "48.00% OFF")]],
    [[(50, "MFR: HarperCollins")], [(300, "Less 48.00% OFF"), (460, "747.28")]],  # only by the totals
])
def test_a_discount_in_a_boxed_grid_or_by_the_totals_is_the_orders_discount(discount_lines):
    doc = _document([
        [(50, "Anne McGilvray & Company"), (400, "Order #: NS4435067")], *discount_lines,
        [(50, "ISBN"), (130, "Title"), (330, "Qty"), (390, "List"), (460, "Extended")],
        [(50, "9780062345678"), (130, "Little Blue Truck, The"), (330, "12"), (390, "9.99"), (460, "62.34")],
    ])
    [book] = interpret(doc).line_items
    assert book.wholesale == Decimal("5.1948")


def test_a_discount_printed_per_line_prices_each_line_and_a_cont_running_head_is_no_title():
    from test_scripts.unit.layout.lines import line

    def page(number: int, rows: list[TextLine]) -> Page:
        head = [line(39, (198, "Anne McGilvray & Company"), size=17),
                line(55, (190, "Commission Sales Representatives for HarperCollins Publishers")),
                line(112, (40, "PURCHASE ORDER"), (397, "Order No.:"), (446, "NS2291847"), size=14),
                line(141, (393, "Order Date:"), (446, "April 12, 2025"))] if number == 1 else [
                line(40, (40, "Anne McGilvray & Company - Purchase Order NS2291847 (cont.)"))]
        header = line(252, (56, "#"), (68, "ISBN-13"), (150, "Title"), (375, "Qty"), (426, "List"), (455, "Discount"),
                      (530, "Extended"), char=4.0)
        return Page(number, tuple([*head, header, *rows]))

    first = page(1, [line(268, (57, "1"), (68, "9780066990484"), (150, "Invention of Hugo Cabret, The"), (386, "2"),
                          (425, "5.99"), (455, "Disc 46%"), (553, "6.47"), char=4.0),
                     line(284, (52, "2"), (68, "9780067825822"), (150, "Tale of Despereaux, The: Being the"),
                          (387, "1"), (420, "39.99"), (455, "Disc 50%"), (548, "20.00"), char=4.0)])
    second = page(2, [line(268, (52, "3"), (68, "9780061734199"), (150, "Ramona the Pest"), (386, "6"),
                           (421, "10.99"), (455, "Disc 46%"), (548, "35.61"), char=4.0)])
    invoice = harpercollins.to_invoice(Document(pages=(first, second), backend=Backend.LOCAL))
    assert [(li.item, li.wholesale) for li in invoice.line_items] == [
        ("9780066990484 - Invention of Hugo Cabret, The", Decimal("3.2346")),
        ("9780067825822 - Tale of Despereaux, The: Being the", Decimal("19.995")),
        ("9780061734199 - Ramona the Pest", Decimal("5.9346"))]


def test_an_isbn_printed_under_its_title_with_its_label_and_an_exports_field_names():
    doc = _document([
        [(50, "Anne McGilvray & Company"), (400, "Order #: NS2291847")],
        [(50, "HarperCollins Publishers"), (400, "Order Date: 04/12/2025")],
        [(50, "Discount: 46.00% OFF")],
        [(50, "Title / ISBN"), (346, "Qty"), (403, "List Price"), (526, "Extended")],
        [(50, "When the Snow Falls Softly"), (356, "8"), (424, "8.99"), (541, "71.92")],
        [(61, "ISBN 978-0-06-326524-0")],
        [(50, "Little Blue Truck, The"), (352, "12"), (420, "18.99"), (536, "227.88")],
        [(61, "ISBN 9780065086195")],
    ])
    assert [(li.item, li.wholesale, li.qty) for li in interpret(doc).line_items] == [
        ("9780063265240 - When the Snow Falls Softly", Decimal("4.8546"), 8),
        ("9780065086195 - Little Blue Truck, The", Decimal("10.2546"), 12)]
    export = _document([
        [(32, "vendor"), (115, "HarperCollins Publishers")], [(32, "order_no"), (115, "NS3318420")],
        [(32, "discount"), (115, "Discount: 50.00% OFF")],
        [(42, "line"), (114, "isbn"), (188, "title"), (358, "format"), (422, "qty"), (452, "list_price"),
         (512, "ext_list"), (540, "status")],
        [(51, "1"), (114, "9780065275612"), (188, "Whale Song"), (359, "HC"), (428, "2"), (465, "19.99"),
         (519, "39.98"), (540, "open")],
        [(188, "total_qty"), (428, "2"), (512, "total_list 39.98")]])
    assert [(li.item, li.wholesale, li.qty) for li in interpret(export).line_items] == [
        ("9780065275612 - Whale Song", Decimal("9.995"), 2)]



def _measured(y: float, *words: tuple[float, float, str]) -> TextLine:
    """A line from words at their measured places, one cell per word, as a real page gave them."""
    cells = tuple(Cell(*word) for word in words)
    return TextLine(y=y, cells=cells, size=7.6, words=cells)


def test_a_title_and_author_column_under_order_qty_and_net_extension_labels():
    lines = (
        _word_line(20, [(50, "Anne"), (75, "McGilvray"), (125, "&"), (135, "Company")]),
        _word_line(32, [(50, "Order"), (80, "#:"), (100, "NS4633092"), (330, "MFR:"), (360, "HarperCollins")]),
        _word_line(44, [(50, "Order"), (80, "Date:"), (120, "2/17/2026"), (330, "Discount:"), (380, "46.00%"),
                        (420, "OFF")]),
        _measured(156.5, (51.6, 71.9, "Order"), (158.1, 173.4, "Title"), (175.5, 178.1, "/"), (421.1, 433.8, "List"),
                  (478.6, 491.5, "Ext."), (538.3, 549.8, "Net")),
        _measured(165.8, (59.7, 71.9, "Qty"), (76.5, 93.6, "ISBN"), (158.2, 182.8, "Author"), (416.0, 433.8, "Price"),
                  (479.1, 491.8, "List"), (536.6, 549.5, "Ext.")),
        _measured(180.9, (68.0, 71.7, "3"), (76.3, 130.7, "9780545222747"), (158.6, 192.0, "Outsiders,"),
                  (194.8, 207.5, "The"), (209.8, 212.2, "/"), (214.6, 243.5, "Haig,"), (246.4, 262.4, "Matt"),
                  (415.8, 433.7, "18.99"), (473.2, 491.7, "56.97"), (531.2, 549.7, "30.76")),
        _measured(194.5, (68.0, 71.6, "2"), (76.3, 130.7, "9780640271923"), (158.3, 192.0, "Goodnight"),
                  (194.8, 212.5, "Moon"), (214.8, 217.2, "/"), (219.6, 243.5, "Brown,"), (246.4, 262.4, "Margaret"),
                  (415.8, 433.7, "16.99"), (473.2, 491.7, "33.98"), (531.8, 549.7, "18.35")),
    )
    invoice = interpret(Document(pages=(Page(1, lines),), backend=Backend.LOCAL))
    assert [(li.item, li.wholesale, li.qty) for li in invoice.line_items] == [
        ("9780545222747 - Outsiders, The", Decimal("10.2546"), 3),
        ("9780640271923 - Goodnight Moon", Decimal("9.1746"), 2),
    ]


def test_a_books_labelled_details_and_a_photos_placeholder_are_no_words_of_its_title():
    doc = _document([
        [(50, "Anne McGilvray & Company"), (400, "Order #: NS2291847")],
        [(50, "HarperCollins Publishers"), (400, "Order Date: 04/12/2025")],
        [(50, "Discount: 46.00% OFF")],
        [(20, "Image"), (80, "Item / Title"), (346, "Qty"), (403, "List Price"), (526, "Extended")],
        [(80, "9780005743973"), (356, "3"), (424, "27.99"), (536, "45.34")],
        [(22, "no image"), (80, "Brave Little Owl (Hardcover)")],
        [(80, "Ocean Is Calling, The (Paperback)"), (356, "6"), (424, "17.99"), (536, "58.29")],
        [(80, "ISBN 9780064955775 | Format: Trade")],
        [(80, "Pete the Cat Christmas Sweater"), (356, "2"), (424, "10.00"), (536, "10.80")],
        [(80, "ISBN 9781787796935")],
        [(80, "Series: Pete the Cat")],
        [(80, "Secret Garden, The (HarperClassics)"), (356, "1"), (424, "10.00"), (536, "5.40")],
        [(80, "ISBN 9781446780466")],
        [(80, "MFR: HarperCollins")],
    ])
    assert [li.item for li in interpret(doc).line_items] == [
        "9780005743973 - Brave Little Owl (Hardcover)", "9780064955775 - Ocean Is Calling, The (Paperback)",
        "9781787796935 - Pete the Cat Christmas Sweater", "9781446780466 - Secret Garden, The (HarperClassics)"]


def test_an_authors_line_under_the_title_is_no_word_of_it():
    doc = _document([
        [(50, "Anne McGilvray & Company"), (400, "Order #: NS4611032")],
        [(50, "HarperCollins Publishers"), (400, "Order Date: 03/04/2026")],
        [(50, "Discount: 46.00% OFF")],
        [(55, "Qty"), (80, "ISBN"), (162, "Title"), (496, "List"), (545, "Ext. Net")],
        [(64, "3"), (80, "9780060769215"), (162, "Educated: A Memoir"), (490, "19.99"), (553, "32.38")],
        [(162, "by Tara Westover")],
        [(64, "6"), (80, "9780063536968"), (162, "Giver, The"), (490, "11.99"), (553, "38.85")],
        [(162, "by Lowry, Lois")],
        [(64, "2"), (80, "9780061110627"), (162, "Charlotte's Web"), (490, "8.99"), (553, "9.71")],
        [(162, "Author: White, E. B.")],
        [(64, "1"), (80, "9780060000001"), (162, "Stand"), (490, "9.99"), (553, "5.39")],
        [(162, "by Me")],
    ])
    assert [li.item for li in interpret(doc).line_items] == [
        "9780060769215 - Educated: A Memoir", "9780063536968 - Giver, The", "9780061110627 - Charlotte's Web",
        "9780060000001 - Stand by Me"]


def test_an_isbn10_printed_with_the_isbn13_is_no_word_of_the_title():
    doc = _document([
        [(50, "Anne McGilvray & Company"), (400, "Order #: NS4611032")],
        [(50, "HarperCollins Publishers"), (400, "Order Date: 03/04/2026")],
        [(50, "Discount: 50.00% OFF")],
        [(40, "ISBN"), (162, "Title"), (400, "Qty"), (496, "List"), (545, "Extended")],
        [(40, "9780061350733"), (162, "Book Thief, The: Anniversary Edition"), (400, "3"), (490, "19.99"),
         (553, "29.99")],
        [(40, "0061350737")],
        [(40, "9780061549908"), (162, "Good Omens: The Nice and Accurate Prophecies of"), (400, "2"),
         (490, "10.00"), (553, "10.00")],
        [(40, "ISBN-10 0061549908"), (162, "Agnes Nutter, Witch")],
        [(40, "9780060000001"), (162, "Call 1234567890 Now"), (400, "1"), (490, "10.00"), (553, "5.00")],
    ])
    assert [li.item for li in interpret(doc).line_items] == [
        "9780061350733 - Book Thief, The: Anniversary Edition",
        "9780061549908 - Good Omens: The Nice and Accurate Prophecies of Agnes Nutter, Witch",
        "9780060000001 - Call 1234567890 Now"]


def test_a_titles_wrap_after_a_preposition_goes_on_and_its_order_notes_are_no_words_of_it():
    doc = _document([
        [(50, "Anne McGilvray & Company"), (400, "Order #: NS4611032")],
        [(50, "HarperCollins Publishers"), (400, "Order Date: 03/04/2026")],
        [(50, "Discount: 46.00% OFF")],
        [(42, "ISBN"), (142, "Title"), (436, "Qty"), (479, "List"), (542, "Extended")],
        [(42, "9781443805308"), (142, "Harold and the Purple Crayon"), (436, "10"), (479, "8.99"), (542, "89.90")],
        [(142, "Pub date 11/04/2025 - Non-returnable if damaged in store")],
        [(42, "9781443537285"), (142, "Lost Kitchen, The: Recipes and a Good Life Found in"), (436, "10"),
         (479, "35.00"), (542, "350.00")],
        [(142, "Freedom, Maine")],
        [(42, "9780060094584"), (142, "Very Quiet Cricket Journal"), (436, "10"), (479, "16.99"), (542, "169.90")],
        [(142, "Special order")],
    ])
    assert [li.item for li in interpret(doc).line_items] == [
        "9781443805308 - Harold and the Purple Crayon",
        "9781443537285 - Lost Kitchen, The: Recipes and a Good Life Found in Freedom, Maine",
        "9780060094584 - Very Quiet Cricket Journal"]


def test_a_title_ordered_with_its_extension_printed_nil_is_a_backorder_not_a_line():
    doc = _document([
        [(50, "Anne McGilvray & Company"), (400, "Order #: NS4503114")],
        [(50, "MFR: HarperCollins"), (400, "Order Date: 8/22/2025")],
        [(50, "Discount: 50.00% OFF")],
        [(50, "ISBN"), (130, "Title"), (330, "Qty"), (390, "List"), (430, "Status"), (500, "Extended")],
        [(50, "9780065890341"), (130, "Sarah, Plain and Tall"), (330, "5"), (390, "8.99"), (430, "OK"), (500, "22.48")],
        [(50, "9780061024214"), (130, "Ramona the Pest"), (330, "2"), (390, "8.99"), (430, "NYP 10/14/2025"),
         (500, "0.00")],
        [(50, "9781441065582"), (130, "Kitchen Confidential"), (330, "4"), (390, "18.99"), (430, "B/O reprint"),
         (500, "0.00")],
    ])
    invoice = interpret(doc)
    assert [(li.code, li.qty) for li in invoice.line_items] == [("9780065890341", 5)]
    assert [w.split(": ", 1)[1][:13] for w in invoice.warnings] == ["9780061024214", "9781441065582"]

    # review of the twenty-first session: a free or no-charge copy at 0.00 is written, only a held title is not
    doc = _document([
        [(50, "Anne McGilvray & Company"), (400, "Order #: NS4503114")],
        [(50, "MFR: HarperCollins"), (400, "Order Date: 8/22/2025")],
        [(50, "Discount: 50.00% OFF")],
        [(50, "ISBN"), (130, "Title"), (330, "Qty"), (390, "List"), (430, "Status"), (500, "Extended")],
        [(50, "9780061024214"), (130, "Ramona the Pest"), (330, "2"), (390, "8.99"), (430, "FREE"), (500, "0.00")],
        [(50, "9781441065582"), (130, "Kitchen Confidential"), (330, "4"), (390, "18.99"), (430, "N/C sample"),
         (500, "0.00")],
    ])
    assert [(li.code, li.qty) for li in interpret(doc).line_items] == [("9780061024214", 2), ("9781441065582", 4)]
