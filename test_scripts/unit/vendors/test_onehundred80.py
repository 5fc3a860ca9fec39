"""OneHundred80 invoices: the PO number goes to the sheet, items are
``SKU - UPC: 0<UPC> - description`` (``SKU - description`` without a UPC), inch marks and ranges
kept as printed, wrapped descriptions joined, every line once across pages. Seeds 1000+ are
held out for ``bench.accuracy --holdout``."""

from __future__ import annotations

import re

import pytest

from invoice_processing.deadline import Deadline
from invoice_processing.extraction.local import LocalBackend
from invoice_processing.models import Backend, Cell, Document, Page, PdfInput, TextLine
from invoice_processing.vendors import interpret, onehundred80
from test_scripts.generator import onehundred80_invoice
from test_scripts.generator.truth import expected_lines, got_lines, header_mismatches
from test_scripts.generator.vendor_variants import onehundred80_variant

SEEDS = range(10)
VARIANT_SEEDS = (1, 3, 4, 7, 8, 10, 11)  # variant layouts (vendor_variants) the table engine reads completely


def extract(pdf: bytes) -> dict:
    return interpret(LocalBackend().extract(PdfInput(pdf, "test"), Deadline(30))).to_json()


@pytest.fixture(scope="module")
def extracted():
    invoices = {seed: onehundred80_invoice(seed) for seed in SEEDS}
    return {seed: (inv, extract(inv.pdf)) for seed, inv in invoices.items()}


@pytest.mark.parametrize("seed", SEEDS)
def test_invoice_matches_truth(extracted, seed):
    invoice, payload = extracted[seed]
    assert header_mismatches(payload, invoice.truth) == {}
    assert got_lines(payload) == expected_lines(invoice.truth)


def test_po_number_not_invoice_number_is_written(extracted):
    for invoice, payload in extracted.values():
        assert payload["vendor"] == "OneHundred80"
        assert payload["invoice_number"] == invoice.truth["invoice_number"]
        assert not re.fullmatch(r"3\d{5}", payload["invoice_number"])  # the vendor's own invoice number


def test_items_with_and_without_upc_keep_inch_marks(extracted):
    items = [li["item"] for _, payload in extracted.values() for li in payload["line_items"]]
    assert any(re.fullmatch(r"[A-Z]\d{4}A? - UPC: 0\d{12} - .+", item) for item in items)
    assert any(re.fullmatch(r"[A-Z]\d{4}A? - (?!UPC)[^-].+", item) for item in items)
    assert any('5-5.75"' in item for item in items) and any('72"L' in item for item in items)


def test_long_invoice_across_pages_keeps_every_line_once():
    invoice = onehundred80_invoice(4, lines=70)
    assert invoice.pages >= 2
    assert got_lines(extract(invoice.pdf)) == expected_lines(invoice.truth)


def test_item_text_format():
    assert onehundred80.item_text("M4221", "712345678901", 'Taper Holder 5-5.75"') == (
        'M4221 - UPC: 0712345678901 - Taper Holder 5-5.75"')
    assert onehundred80.item_text("M4221", "", 'Garland 72"L') == 'M4221 - Garland 72"L'


@pytest.mark.parametrize("seed", VARIANT_SEEDS)
def test_variant_invoices_match_truth(seed):
    invoice = onehundred80_variant(seed)
    payload = extract(invoice.pdf)
    assert header_mismatches(payload, invoice.truth) == {}
    assert got_lines(payload) == expected_lines(invoice.truth)


def _line(y: float, cells: list[tuple[float, str]], *, word_by_word: bool = False) -> TextLine:
    made = tuple(Cell(x, x + 5 * len(t), t) for x, t in cells)
    return TextLine(y=y, cells=made, size=9, words=made if word_by_word else ())


def test_po_number_under_a_word_spaced_label_and_a_flag_beside_the_upc():
    lines = (
        _line(20, [(50, "OneHundred80"), (400, "INVOICE")]),
        _line(40, [(60, "P.O."), (85, "Number"), (180, "Invoice"), (220, "#:")], word_by_word=True),
        _line(52, [(60, "F24-24853"), (180, "325206")], word_by_word=True),
        _line(80, [(50, "SKU"), (110, "UPC"), (230, "QTY"), (280, "Description"), (450, "Unit Price"),
                   (530, "Extended")]),
        _line(96, [(50, "H6094"), (110, "740030356356"), (180, "N"), (235, "24"),
                   (280, 'Metal Star Tree Topper 5-5.75"'), (455, "47.75"), (530, "1,146.00")]),
        _line(108, [(50, "H4215"), (235, "6"), (280, 'Ceramic Gnome 4" Gold'), (455, "5.22"), (530, "31.32")]),
    )
    invoice = interpret(Document(pages=(Page(1, lines),), backend=Backend.LOCAL))
    assert invoice.vendor == "OneHundred80" and invoice.invoice_number == "F24-24853"
    assert [(li.item, li.qty) for li in invoice.line_items] == [
        ('H6094 - UPC: 0740030356356 - Metal Star Tree Topper 5-5.75"', 24),
        ('H4215 - Ceramic Gnome 4" Gold', 6),
    ]


def _monospaced(po_line: str) -> Document:
    lines = (
        _line(20, [(50, "ONE HUNDRED80 DEGREES / ONEHUNDRED80, LLC")]),
        _line(40, [(50, "INVOICE# 101-88420 DATE 1/6/2025")]),
        _line(52, [(50, po_line)]),
        _line(80, [(50, "SKU"), (110, "UPC"), (230, "QTY"), (260, "UOM"), (300, "Description"), (450, "Unit Price"),
                   (530, "Extended")]),
        _line(96, [(50, "DC6633"), (110, "789236746851"), (235, "6"), (260, "EA"),
                   (300, "GALVANIZED WATERING CAN"), (455, "11.40"), (530, "68.40")]),
    )
    return Document(pages=(Page(1, lines),), backend=Backend.LOCAL)


def test_a_po_the_buyer_named_in_words_is_the_invoice_number_up_to_the_next_label():
    invoice = interpret(_monospaced("YOUR PO# HOLIDAY RESTOCK 2 TERMS NET 45 SHIPPED VIA UPS GROUND"))
    assert invoice.invoice_number == "HOLIDAY RESTOCK 2" and not invoice.warnings
    blank = interpret(_monospaced("YOUR PO# TERMS NET 45 SHIPPED VIA UPS GROUND"))
    assert blank.invoice_number == "101-88420" and blank.warnings == (onehundred80.NO_PO,)
    terms = interpret(_monospaced("YOUR PO# NET 45 SHIPPED VIA UPS GROUND"))
    assert terms.invoice_number == "101-88420"


def test_a_upc_named_in_the_description_is_the_lines_upc():
    lines = (
        _line(20, [(50, "OneHundred80"), (400, "INVOICE"), (470, "PO 88213")]),
        _line(80, [(50, "SKU"), (110, "Description"), (354, "QTY"), (435, "Unit Price"), (538, "Extended")]),
        _line(96, [(50, "HW7481"), (110, 'Beaded Heart Ornament 3" [UPC 807802872220]'), (366, "8"), (449, "12.00"),
                   (551, "96.00")]),
        _line(108, [(50, "HN5218"), (110, "Glitter Mushroom Clip UPC: 104116930449"), (366, "2"), (449, "14.50"),
                    (551, "29.00")]),
        _line(120, [(50, "H4215"), (110, "Ceramic Gnome 740030356356"), (366, "6"), (449, "5.22"), (551, "31.32")]),
    )
    invoice = interpret(Document(pages=(Page(1, lines),), backend=Backend.LOCAL))
    assert [li.item for li in invoice.line_items] == [
        'HW7481 - UPC: 0807802872220 - Beaded Heart Ornament 3"', "HN5218 - UPC: 0104116930449 - Glitter Mushroom Clip",
        "H4215 - Ceramic Gnome 740030356356"]


def test_a_upc_printed_in_groups_with_hyphens_or_spaces_is_the_lines_upc():
    lines = (
        _line(20, [(50, "OneHundred80"), (400, "ORDER CONFIRMATION"), (470, "PO 88213")]),
        _line(80, [(50, "Item #"), (110, "UPC"), (230, "QTY"), (280, "Description"), (450, "Price"),
                   (530, "Amount")]),
        _line(96, [(50, "VA3752"), (110, "8-10047-47919-2"), (235, "6"), (280, 'Bottle Brush Tree 8-10"'),
                   (455, "7.50"), (530, "45.00")]),
        _line(108, [(50, "CH5709"), (110, "8 10047 43128 2"), (235, "4"), (280, "Linen Napkin"), (455, "3.25"),
                    (530, "13.00")]),
    )
    invoice = interpret(Document(pages=(Page(1, lines),), backend=Backend.LOCAL))
    assert [li.item for li in invoice.line_items] == [
        'VA3752 - UPC: 0810047479192 - Bottle Brush Tree 8-10"', "CH5709 - UPC: 0810047431282 - Linen Napkin"]


def test_a_cards_sku_and_upc_printed_under_the_name_by_their_labels_are_the_lines():
    # a web portal's order printed from the browser: each product's codes under its name in smaller type,
    # the same "SKU: HX#  UPC: #" shape at the foot of every page (no running footer)
    def page(number: int, codes: list[tuple[str, str, str]]) -> Page:
        lines = [_line(20, [(50, "One Hundred 80 Degrees"), (400, "PO Number: PO-77120")]),
                 _line(80, [(45, "PRODUCT"), (369, "QTY"), (411, "UOM"), (468, "UNIT PRICE"), (528, "EXTENDED")])]
        for k, (name, sku, upc) in enumerate(codes):
            lines.append(_line(100 + 25 * k, [(45, name), (380, "4"), (411, "EA"), (485, "$4.50"), (538, "$18.00")]))
            small = (Cell(44, 90, f"SKU: {sku}"), Cell(99, 165, f"UPC: {upc}"))
            lines.append(TextLine(y=109 + 25 * k, cells=small, size=7.2, words=()))
        return Page(number, tuple(lines))
    first = [("Iron Pumpkin", "WT4924", "818980320885"), ("Felt Owl", "GL1368", "819815363626"),
             ("Tin Sign", "HX8573", "810119503510")]
    second = [("Jute Wreath", "FL4519", "811277941763"), ("Tin Garland", "FL8596", "810441081991"),
              ("Iron Tree", "HX4739", "818920040484")]
    invoice = interpret(Document(pages=(page(1, first), page(2, second)), backend=Backend.LOCAL))
    assert [li.item for li in invoice.line_items] == [
        f"{sku} - UPC: 0{upc} - {name}" for name, sku, upc in first + second]
    assert invoice.invoice_number == "PO-77120" and not invoice.warnings
