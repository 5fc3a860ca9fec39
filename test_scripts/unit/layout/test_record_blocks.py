"""Items printed as blocks of labelled lines (an e-invoice viewer's positions)."""

from __future__ import annotations

from decimal import Decimal

from invoice_processing.layout.numbers import COMMA
from invoice_processing.layout.products import ProductLine, product_lines
from invoice_processing.layout.record_blocks import record_blocks
from invoice_processing.layout.tables import read_tables
from invoice_processing.models import Page, TextLine
from test_scripts.unit.layout.lines import line


def products(*pages: list[TextLine]) -> list[ProductLine]:
    tables = read_tables(tuple(Page(number, tuple(lines)) for number, lines in enumerate(pages, 1)), COMMA)
    return [p for t in tables for p in product_lines(t, COMMA)]


def position(y: float, number: str, code: str, name: list[str], qty: str, price: str, total: str) -> list[TextLine]:
    """One position as a viewer prints it: a label column at 68, the values at 227."""
    lines = [line(y, (58, "Position"), (102, number)), line(y + 14, (68, "Artikelnummer (Verkäufer)"), (227, code)),
             line(y + 28, (68, "Artikelname"), (227, name[0]))]
    lines += [line(y + 38 + 10 * i, (227, rest)) for i, rest in enumerate(name[1:])]
    y += 10 * (len(name) - 1)
    return lines + [line(y + 42, (68, "Menge"), (227, qty)), line(y + 56, (68, "Einzelpreis (netto)"), (227, price)),
                    line(y + 70, (68, "Umsatzsteuer"), (227, "Normalsatz (S), 19 %")),
                    line(y + 84, (68, "Gesamtpreis (netto)"), (227, total))]


def test_each_block_of_labelled_lines_is_a_row():
    lines = [line(111, (58, "Rechnungsnummer"), (227, "2024-RE-08815")),
             line(125, (58, "Rechnungsdatum"), (227, "31.07.2024")),
             line(260, (58, "Name"), (228, "Bürobedarf Schaller GmbH")),
             line(441, (58, "Rechnungspositionen")),
             *position(455, "1", "SCH-953927", ["Laminierfolien A4 125 mic,", "100 Stück"], "50 Pack", "11,20 EUR",
                       "560,00 EUR"),
             *position(600, "2", "SCH-366233", ["Ordner A4 50 mm, rot"], "10 Stück", "2,35 EUR", "23,50 EUR")]
    assert [(p.code, p.description, p.price, p.qty) for p in products(lines)] == [
        ("SCH-953927", "Laminierfolien A4 125 mic, 100 Stück", Decimal("11.20"), 50),
        ("SCH-366233", "Ordner A4 50 mm, rot", Decimal("2.35"), 10)]


def test_a_document_with_one_such_block_or_only_header_fields_is_left_alone():
    fields = (Page(1, (line(111, (58, "Rechnungsnummer"), (227, "2024-RE-08815")),
                       line(125, (58, "Name"), (227, "Bürobedarf Schaller GmbH")))),)
    assert record_blocks(fields) is fields
    one = (Page(1, tuple(position(455, "1", "SCH-1", ["Ordner"], "10 Stück", "2,35 EUR", "23,50 EUR"))),)
    assert record_blocks(one) is one


def test_a_summary_box_repeated_on_each_page_is_no_item():
    def box(number: int) -> Page:
        return Page(number, (line(600, (58, "Items"), (227, "2")), line(614, (58, "Units"), (227, "8")),
                             line(628, (58, "Subtotal"), (227, "40,00"))))

    pages = (box(1), box(2))
    assert record_blocks(pages) is pages
