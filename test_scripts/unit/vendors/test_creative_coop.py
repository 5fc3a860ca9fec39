"""Creative Co-op (SPEC §7): both documents reproduce their ground truth exactly, line by line.

The generated corpus (PDFs drawn once per module) covers 130+ line order confirmations over
12-16 pages with descriptions under or over their code rows, items split across pages, tariff
rows, Qty Ord 0 lines and price mismatches, and invoices with wrapped descriptions and
backorders. Seeds 1000+ are kept out of these tests (checked separately as held-out seeds).
Small hand-built documents pin the single rules.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from invoice_processing.models import Backend, Cell, Document, Page, TextLine
from invoice_processing.pdf.text_layer import read_pages
from invoice_processing.quality import assess, creative_coop_pricing
from invoice_processing.vendors import creative_coop, detect, interpret
from test_scripts.generator import creative_coop_invoice, creative_coop_order
from test_scripts.generator.truth import expected_lines, got_lines, header_mismatches

SEEDS = range(10)
MAKERS = {"order": creative_coop_order, "invoice": creative_coop_invoice}


@pytest.fixture(scope="module")
def corpus():
    """(kind, seed) -> (generated document, what the local backend reads from its PDF)."""
    made = {}
    for kind, make in MAKERS.items():
        for seed in SEEDS:
            generated = make(seed)
            made[kind, seed] = generated, Document(tuple(read_pages(generated.pdf)), Backend.LOCAL)
    return made


def text_only(document: Document) -> Document:
    """The same lines as a text-only backend gives them: one cell per line, single spaces."""
    def flat(line: TextLine) -> TextLine:
        return TextLine(line.y, (Cell(line.cells[0].x0, line.cells[-1].x1, " ".join(line.text.split())),), 0.0)
    return Document(tuple(Page(p.number, tuple(flat(line) for line in p.lines)) for p in document.pages),
                    Backend.DOCUMENT_AI)


def _assert_matches(invoice, truth: dict) -> None:
    payload = invoice.to_json()
    assert header_mismatches(payload, truth) == {}
    assert got_lines(payload) == expected_lines(truth)
    backorders = [w.removeprefix("backorder (not written): ") for w in payload["warnings"] if w.startswith("backorder")]
    assert backorders == truth["backorders"]
    flagged = creative_coop_pricing(invoice)  # the quality report's "Your Price is not 80% of List"
    assert [invoice.line_items[i].item for i in sorted(flagged)] == truth["price_mismatches"]


@pytest.mark.parametrize("kind", MAKERS)
@pytest.mark.parametrize("seed", SEEDS)
def test_document_matches_truth_line_by_line(corpus, kind, seed):
    generated, document = corpus[kind, seed]
    assert detect(document) is creative_coop
    _assert_matches(interpret(document), generated.truth)


@pytest.mark.parametrize("kind", MAKERS)
@pytest.mark.parametrize("seed", SEEDS)
def test_text_only_lines_give_the_same_invoice(corpus, kind, seed):
    generated, document = corpus[kind, seed]
    _assert_matches(interpret(text_only(document)), generated.truth)


def test_order_confirmations_are_long_and_every_line_comes_out_once(corpus):
    for seed in SEEDS:
        generated, document = corpus["order", seed]
        assert generated.pages >= 12 and len(generated.truth["line_items"]) >= 130
        items = [li["item"] for li in interpret(document).to_json()["line_items"]]
        assert len(items) == len(set(items)) == len(generated.truth["line_items"])


# Hand-built documents: x positions in points, one cell per column value.
ORDER_HEADER = [(40, "Product Code"), (100, "UPC"), (160, "RT"), (185, "Qty Ord"), (225, "Qty Alloc"),
                (270, "Qty Shipped"), (320, "Qty BkOrd"), (365, "U/M"), (390, "List Price"), (440, "Your Price"),
                (490, "Your Extd Price")]
INVOICE_HEADER = [(40, "Item"), (90, "UPC"), (150, "Description"), (300, "Shipped"), (340, "Back"), (370, "UM"),
                  (395, "List Price"), (440, "Truck"), (470, "Your Price"), (520, "Extended Amount")]


def _line(y: float, *cells: tuple[float, str]) -> TextLine:
    return TextLine(y, tuple(Cell(x, x + 4.2 * len(text), text) for x, text in cells), 8.0)


def _order_row(y, code, upc, qty, price, list_price="2.00"):
    extended = f"{Decimal(price) * qty:.2f}"
    return _line(y, (40, code), (100, upc), (195, str(qty)), (235, str(qty)), (285, "0"), (330, "0"), (365, "EA"),
                 (400, list_price), (450, price), (505, extended))


def _page(number: int, body: list[TextLine], kind: str = "order") -> Page:
    label, header = ("ORDER", ORDER_HEADER) if kind == "order" else ("INVOICE", INVOICE_HEADER)
    document_number = ("CS" if kind == "order" else "CI") + "003837319"
    top = [_line(30, (40, "Creative Co-op, Inc.")), _line(50, (400, f"{label} NO: {document_number}")),
           _line(62, (400, f"{label} DATE: 1/17/2025")), _line(74, (480, f"Page {number} of 2")),
           _line(90, (40, "SOLD TO: The Curious Fox Shop")), _line(120, *header)]
    return Page(number, tuple(top + body))


def _invoice(*pages: Page) -> dict:
    return interpret(Document(pages, Backend.LOCAL)).to_json()


def test_description_continues_on_the_next_page_after_the_repeated_header():
    first = _page(1, [_order_row(140, "DF6419A", "191009123456", 24, "1.60"), _line(151, (40, "Stoneware Vase,")),
                      _order_row(170, "XS9826A", "191009654321", 12, "3.20", "4.00")])
    second = _page(2, [_line(140, (40, "Reactive Glaze, Cream")), _order_row(160, "CF1234", "889110000001", 6, "1.60"),
                       _line(171, (40, "Paper Mache Bird"))])
    lines = _invoice(first, second)["line_items"]
    assert [(li["item"], li["wholesale"], li["qty"]) for li in lines] == [
        ("DF6419A - UPC: 0191009123456 - Stoneware Vase,", "1.60", 24),
        ("XS9826A - UPC: 0191009654321 - Reactive Glaze, Cream", "3.20", 12),
        ("CF1234 - UPC: 0889110000001 - Paper Mache Bird", "1.60", 6),
    ]


def test_descriptions_printed_over_their_code_rows_follow_them_across_a_page():
    first = _page(1, [_line(140, (40, "Stoneware Vase")), _order_row(151, "DF6419A", "191009123456", 24, "1.60"),
                      _line(170, (40, "Mango Wood Tray,"))])
    second = _page(2, [_line(140, (40, "Set of 3")), _order_row(151, "XS9482", "191009654321", 8, "3.20", "4.00")])
    lines = _invoice(first, second)["line_items"]
    assert [li["item"] for li in lines] == ["DF6419A - UPC: 0191009123456 - Stoneware Vase",
                                           "XS9482 - UPC: 0191009654321 - Mango Wood Tray, Set of 3"]


def test_rows_sharing_price_and_quantity_each_keep_their_own_values():
    rows, y = [], 140.0
    for index, (qty, price) in enumerate([(24, "1.60")] * 5 + [(6, "7.60"), (24, "1.60")]):
        list_price = f"{Decimal(price) / 8 * 10:.2f}"
        rows += [_order_row(y, f"DF{6400 + index}A", f"19100912{index:04d}", qty, price, list_price),
                 _line(y + 11, (40, f"Product {index}"))]
        y += 30
    lines = _invoice(_page(1, rows))["line_items"]
    assert [(li["wholesale"], li["qty"]) for li in lines] == [("1.60", 24)] * 5 + [("7.60", 6), ("1.60", 24)]
    assert [li["item"].split(" - ")[0] for li in lines] == [f"DF{6400 + i}A" for i in range(7)]


def test_tariff_rows_and_zero_ordered_lines_are_not_products():
    tariff = _line(170, (40, "TRF-CCOI"), (195, "1"), (235, "1"), (365, "EA"), (400, "45.67"), (450, "45.67"),
                   (505, "45.67"))
    body = [_order_row(140, "DF6419A", "191009123456", 24, "1.60"), _line(151, (40, "Vase")), tariff,
            _line(181, (40, "Tariff Surcharge - 10%")), _order_row(200, "HX1234", "191009000002", 0, "3.20", "4.00"),
            _line(211, (40, "Cancelled Bowl")), _line(240, (430, "Tariff Surcharge"), (505, "45.67"))]
    payload = _invoice(_page(1, body))
    assert [li["item"] for li in payload["line_items"]] == ["DF6419A - UPC: 0191009123456 - Vase"]
    assert payload["warnings"] == []


def test_your_price_off_80_percent_of_list_is_kept_and_flagged_by_the_quality_report():
    document = Document((_page(1, [_order_row(140, "CD1234", "191009123456", 6, "1.75"), _line(151, (40, "Mug"))]),),
                        Backend.LOCAL)
    invoice = interpret(document)
    assert invoice.to_json()["line_items"][0]["wholesale"] == "1.75"
    assert list(assess(invoice).warnings) == [
        "quality: line 1 (CD1234 - UPC: 0191009123456 - Mug): Your Price 1.75 is not 80% of List 2.00"]


def _invoice_row(y, code, description, shipped, back, price="1.60"):
    return _line(y, (40, code), (90, "191009123456"), (150, description), (320, shipped), (350, back), (370, "EA"),
                 (400, "2.00"), (480, price), (530, f"{Decimal(price) * int(shipped):.2f}"))


def test_invoice_backorders_are_warned_not_written_and_wraps_cross_pages():
    first = _page(1, [_invoice_row(140, "DH1111", "Resin Bird", "0", "12"),
                      _invoice_row(160, "DF6419A", "Stoneware Vase,", "24", "0")], "invoice")
    second = _page(2, [_line(140, (150, "Reactive Glaze")), _invoice_row(152, "XT2222", "Cotton Towel", "6", "")],
                   "invoice")
    payload = _invoice(first, second)
    assert [(li["item"], li["qty"]) for li in payload["line_items"]] == [
        ("DF6419A - UPC: 0191009123456 - Stoneware Vase, Reactive Glaze", 24),
        ("XT2222 - UPC: 0191009123456 - Cotton Towel", 6),
    ]
    assert payload["warnings"] == ["backorder (not written): DH1111 - UPC: 0191009123456 - Resin Bird"]
    assert payload["invoice_number"] == "CI003837319" and payload["order_date"] == "2025-01-17"


def test_text_only_invoice_row_ending_in_a_number_is_settled_by_the_arithmetic():
    page = _page(1, [_invoice_row(140, "DF6419A", "Stoneware Vase, Set of 4", "24", "")], "invoice")
    payload = _invoice(*text_only(Document((page,), Backend.LOCAL)).pages)
    assert [(li["item"], li["qty"]) for li in payload["line_items"]] == [
        ("DF6419A - UPC: 0191009123456 - Stoneware Vase, Set of 4", 24)]


@pytest.mark.parametrize("alias", ["Creative Co-Op", "CREATIVE COOP", "Creative-Coop", "creativeco-op"])
def test_printed_aliases_select_these_rules(alias):
    page = Page(1, (_line(30, (40, alias)), _line(50, (40, "Invoice #: 123"))))
    assert detect(Document((page,), Backend.LOCAL)) is creative_coop


def test_a_document_without_either_table_falls_back_to_the_generic_rules_under_the_vendor_name():
    page = Page(1, (_line(30, (40, "Creative Co-op")), _line(50, (40, "Invoice #: A-77")),
                    _line(80, (40, "Item #"), (100, "Description"), (300, "Qty"), (350, "Unit Price"), (420, "Amount")),
                    _line(95, (40, "AB1"), (100, "Brass Hook"), (300, "2"), (350, "2.25"), (420, "4.50"))))
    payload = interpret(Document((page,), Backend.LOCAL)).to_json()
    assert payload["vendor"] == "Creative Co-op" and payload["line_items"][0]["qty"] == 2


def test_merged_header_titles_and_blank_zeros_still_place_qty_ord():
    """Tight columns merge titles into one cell; x positions inside it are interpolated."""
    titles = "Qty Ord  Qty Alloc  Qty Shipped  Qty BkOrd"
    header = _line(120, (40, "Product Code"), (100, "UPC"), (160, "RT"), (185, titles), (365, "U/M"),
                   (390, "List Price"), (440, "Your Price"), (490, "Your Extd Price"))
    header = TextLine(120, (*header.cells[:3], Cell(185, 185 + 4.2 * len(titles), titles), *header.cells[4:]), 8.0)
    row = _line(140, (40, "DF6419A"), (100, "191009123456"), (160, "7"), (203, "12"), (333, "12"), (365, "EA"),
                (400, "2.00"), (450, "1.60"), (505, "19.20"))
    page = _page(1, [row, _line(151, (40, "Vase"))])
    page = Page(1, tuple(header if line.y == 120 else line for line in page.lines))
    lines = _invoice(page)["line_items"]
    assert [(li["item"], li["qty"]) for li in lines] == [("DF6419A - UPC: 0191009123456 - Vase", 12)]


def test_invoice_truck_code_and_thousands_are_read():
    row = _line(140, (40, "XS9482"), (90, "191009123456"), (150, "Bench"), (320, "1,200"), (350, "0"), (370, "EA"),
                (395, "2.00"), (445, "T1"), (480, "1.60"), (520, "1,920.00"))
    lines = _invoice(_page(1, [row], "invoice"))["line_items"]
    assert [(li["item"], li["wholesale"], li["qty"]) for li in lines] == [
        ("XS9482 - UPC: 0191009123456 - Bench", "1.60", 1200)]


@pytest.mark.parametrize("label, value", [("Invoice Date", "November 18, 2024"), ("Date:", "11/18/24")])
def test_invoice_dates_in_any_printed_form_and_under_a_bare_date_label(label, value):
    page = _page(1, [_invoice_row(140, "DF6419A", "Stoneware Vase", "24", "1.60")], "invoice")
    lines = [ln for ln in page.lines if "DATE" not in ln.text] + [_line(64, (400, label), (470, value))]
    payload = _invoice(Page(1, tuple(sorted(lines, key=lambda ln: ln.y))))
    assert payload["order_date"] == "2024-11-18" and len(payload["line_items"]) == 1


@pytest.mark.parametrize("label, value", [("ORDER DATE:", "1/8/2025"), ("Customer Order Date", "01/08/2025"),
                                          ("Your Order Date", "January 8, 2025")])
def test_an_invoice_printing_its_orders_date_gives_the_order_date_for_column_b(label, value):
    # SPEC §3: column B is the order date; the invoice's own date stands where no order date is printed
    page = _page(1, [_invoice_row(140, "DF6419A", "Stoneware Vase", "24", "1.60")], "invoice")
    lines = [*page.lines, _line(66, (400, label), (500, value)), _line(78, (400, "ORDER NO: CS003811111"))]
    payload = _invoice(Page(1, tuple(sorted(lines, key=lambda ln: ln.y))))
    assert payload["order_date"] == "2025-01-08" and payload["invoice_number"] == "CI003837319"


def test_an_invoice_naming_its_order_with_the_orders_date_gives_that_date_for_column_b():
    page = _page(1, [_invoice_row(140, "DF6419A", "Stoneware Vase", "24", "1.60")], "invoice")
    lines = [*page.lines, _line(66, (400, "YOUR ORDER: CS004044107 of 08/11/2025"), (560, "PAGE: 1 OF 1"))]
    payload = _invoice(Page(1, tuple(sorted(lines, key=lambda ln: ln.y))))
    assert payload["order_date"] == "2025-08-11" and payload["invoice_number"] == "CI003837319"


def _invoice_page(header: list[TextLine], body: list[TextLine]) -> Page:
    top = [_line(30, (40, "Creative Co-op, Inc.")), _line(50, (400, "INVOICE NO: CI004431907")),
           _line(62, (400, "INVOICE DATE: 4/22/2025"))]
    return Page(1, tuple(top + header + body))


def test_a_code_leading_the_description_cell_and_a_code_over_its_upc():
    coded = _invoice_page(
        [_line(110, (40, "Item / Description"), (250, "UPC"), (330, "Shipped"), (370, "Back"), (400, "UM"),
               (430, "List Price"), (490, "Your Price"), (540, "Extended Amount"))],
        [_line(125, (40, "HX7068 Terra-cotta Tray"), (250, "191009876525"), (340, "8"), (375, "0"), (400, "EA"),
               (430, "24.00"), (490, "19.20"), (540, "153.60")),
         _line(137, (40, "TRF-CCOI Tariff Surcharge 14.5%"), (340, "1"), (400, "EA"), (490, "22.27"), (540, "22.27"))])
    assert [li["item"] for li in _invoice(coded)["line_items"]] == [
        "HX7068 - UPC: 0191009876525 - Terra-cotta Tray"]
    stacked = _invoice_page(
        [_line(110, (40, "Item"), (330, "Qty"), (370, "Qty"), (430, "List"), (490, "Your"), (540, "Extended")),
         _line(119, (40, "UPC"), (330, "Shipped"), (370, "Back"), (400, "UM"), (430, "Price"), (490, "Price"),
               (540, "Amount"))],
        [_line(134, (40, "XS7574 4\"H Stoneware Basket Set of 3")),
         _line(143, (40, "191009613381"), (340, "2"), (375, "0"), (400, "EA"), (430, "11.00"), (490, "8.80"),
               (540, "17.60"))])
    assert [(li["item"], li["qty"]) for li in _invoice(stacked)["line_items"]] == [
        ("XS7574 - UPC: 0191009613381 - 4\"H Stoneware Basket Set of 3", 2)]


def test_a_line_number_beside_a_code_and_description_cell_is_its_own_column():
    """"Ln | Product Code - Description | UPC | ...": the line's number is no part of the product's cell,
    and the code leads that cell before a dash."""
    def cells(y: float, size: float, *spans: tuple[float, float, str]) -> TextLine:
        return TextLine(y, tuple(Cell(*span) for span in spans), size)

    page = Page(1, (
        _line(30, (40, "Creative Co-op, Inc.")), _line(50, (400, "ORDER NO: CS004230518")),
        _line(62, (400, "ORDER DATE: 4/21/2026")),
        cells(110, 7.0, (42, 50, "Ln"), (57, 146, "Product Code - Description"), (210, 225, "UPC"),
              (286, 298, "U/M"), (314, 326, "Qty Ord"), (342, 356, "Qty Ship"), (452, 470, "List Price"),
              (494, 512, "Your Price")),
        cells(125, 8.4, (46, 48, "1"), (57, 190, 'DG4859B - 8" H Cast Iron Frame w/'), (211, 266, "143114354567"),
              (287, 298, "EA"), (322, 326, "8"), (350, 354, "0"), (452, 470, "40.00"), (494, 512, "32.00")),
        _line(135, (56, "Tassels"))))
    assert [(li["item"], li["qty"]) for li in _invoice(page)["line_items"]] == [
        ('DG4859B - UPC: 0143114354567 - 8" H Cast Iron Frame w/ Tassels', 8)]


def test_a_upc_printed_by_its_label_under_the_description_is_the_lines_upc():
    page = _invoice_page(
        [_line(110, (40, "Item"), (100, "Description"), (330, "Shipped"), (370, "Back"), (400, "UM"),
               (430, "List Price"), (490, "Your Price"), (540, "Extended Amount"))],
        [_line(125, (40, "DH1195A"), (100, '3" Embossed Glass Lantern'), (340, "6"), (375, "0"), (400, "EA"),
               (430, "6.00"), (490, "4.80"), (540, "28.80")),
         _line(135, (100, "UPC 191009857221"))])
    assert [li["item"] for li in _invoice(page)["line_items"]] == [
        'DH1195A - UPC: 0191009857221 - 3" Embossed Glass Lantern']


def test_a_truck_code_set_against_the_list_price_is_no_word_of_the_description():
    page = _invoice_page(
        [_line(110, (40, "SHIPPED"), (80, "BACK"), (105, "UM"), (125, "ITEM"), (170, "UPC"), (230, "DESCRIPTION"),
               (400, "LIST PRICE"), (450, "TRUCK"), (490, "YOUR PRICE"), (545, "EXTENDED AMOUNT"))],
        [_line(125, (55, "6"), (90, "0"), (105, "EA"), (125, "DH8046"), (170, "191009101246"),
               (230, "Wool Felt Frame, Natural"), (400, "7.50 T1"), (490, "6.00"), (545, "36.00"))])
    assert [li["item"] for li in _invoice(page)["line_items"]] == [
        "DH8046 - UPC: 0191009101246 - Wool Felt Frame, Natural"]


def test_a_code_printed_under_its_name_in_a_description_and_code_column_is_the_items_code():
    header = [(40, "Description / Product Code"), (195, "Qty Ord"), (235, "Qty Alloc"), (285, "Qty Shipped"),
              (330, "Qty BkOrd"), (365, "U/M"), (400, "List Price"), (450, "Your Price"), (505, "Your Extd Price")]
    rows = []
    for y, name, code, qty, price in ((140, "Mercury Glass Tree w/ LED Lights", "XS9482", 3, "22.00"),
                                      (162, "Recycled Glass Bud Vase, Amber", "HX3310A", 3, "4.76")):
        rows += [_line(y, (40, name), (195, str(qty)), (235, str(qty)), (285, "0"), (330, "0"), (365, "EA"),
                       (400, "9.99"), (450, price), (505, f"{Decimal(price) * qty:.2f}")), _line(y + 8, (40, code))]
    page = Page(1, (_line(30, (40, "Creative Co-op, Inc.")), _line(50, (400, "ORDER NO: CS003913558")),
                    _line(62, (400, "ORDER DATE: 10/3/2026")), _line(120, *header), *rows))
    lines = _invoice(page)["line_items"]
    assert [(li["item"], li["wholesale"], li["qty"]) for li in lines] == [
        ("XS9482 - Mercury Glass Tree w/ LED Lights", "22.00", 3),
        ("HX3310A - Recycled Glass Bud Vase, Amber", "4.76", 3)]


def test_a_upc_printed_in_hyphenated_groups_is_written_as_its_digits():
    row = _line(140, (40, "DF6419A"), (90, "1-91009-12345-6"), (150, "Stoneware Vase"), (320, "24"), (350, "0"),
                (370, "EA"), (400, "2.00"), (480, "1.60"), (530, "38.40"))
    payload = _invoice(_page(1, [row], "invoice"))
    assert [li["item"] for li in payload["line_items"]] == ["DF6419A - UPC: 0191009123456 - Stoneware Vase"]
