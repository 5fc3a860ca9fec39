"""Entries printing their numbers on a line of their own, under labels of their own."""

from __future__ import annotations

from decimal import Decimal

from invoice_processing.layout.entry_lines import joined_entries
from invoice_processing.layout.numbers import POINT
from invoice_processing.layout.products import ProductLine, product_lines
from invoice_processing.layout.tables import read_tables
from invoice_processing.models import Page, TextLine
from test_scripts.unit.layout.lines import line

HEADER = [line(100, (40, "Style"), (100, "Description")),
          line(110, (100, "Qty"), (170, "@ Price"), (260, "= Amount"))]


def products(*pages: list[TextLine]) -> list[ProductLine]:
    tables = read_tables(tuple(Page(number, tuple(lines)) for number, lines in enumerate(pages, 1)), POINT)
    return [p for t in tables for p in product_lines(t, POINT)]


def test_each_entrys_numbers_on_the_line_under_it_belong_to_it():
    lines = [*HEADER,
             line(130, (40, "DJC073"), (100, "Shipyard Stripes Sticker Sheet")),
             line(140, (100, "Qty 6"), (170, "@ 2.50"), (260, "= 15.00")),
             line(156, (40, "HPJ128"), (100, "Moose in the Woods Recipe Cards - Gold Foil Accents, Blank")),
             line(166, (100, "Inside, A2 Size")),
             line(176, (100, "Qty 12"), (170, "@ 3.00"), (260, "= 36.00")),
             line(190, (100, "Not In Stock - Margaux Desk Pad oos qty 2.")),
             line(204, (40, "MPF720"), (100, "Notebook")),
             line(214, (100, "Qty 4"), (170, "@ 9.00"), (260, "= 36.00")),
             line(240, (200, "Subtotal"), (260, "87.00"))]
    assert [(p.code, p.description, p.price, p.qty) for p in products(lines)] == [
        ("DJC073", "Shipyard Stripes Sticker Sheet", Decimal("2.50"), 6),
        ("HPJ128", "Moose in the Woods Recipe Cards - Gold Foil Accents, Blank Inside, A2 Size", Decimal("3.00"), 12),
        ("MPF720", "Notebook", Decimal("9.00"), 4)]


def test_numbers_at_the_top_of_the_next_page_belong_to_the_last_entry_of_the_page_before():
    def entry(y: float, code: str, qty: str, price: str) -> list[TextLine]:
        return [line(y, (40, code), (100, "Notecards")), line(y + 10, (100, f"Qty {qty}"), (170, f"@ {price}"))]

    def footer(page: int) -> TextLine:  # printed on every page: never an entry
        return line(760, (39, "Wholesale terms apply."), (290, f"Page {page} of 2"))

    first = [*HEADER, *entry(130, "DJC073", "6", "2.50"), *entry(156, "FMD054", "3", "5.00"),
             *entry(182, "THM254", "4", "6.00"), line(208, (40, "HBK924"), (100, "Recipe Cards")), footer(1)]
    second = [*HEADER, line(130, (100, "Qty 6"), (170, "@ 18.995")), *entry(146, "CJR277", "1", "22.00"),
              *entry(172, "SRJ794", "6", "5.00"), *entry(198, "TJM861", "12", "8.25"), footer(2)]
    assert [(p.code, p.price, p.qty) for p in products(first, second)][2:5] == [
        ("THM254", Decimal("6.00"), 4), ("HBK924", Decimal("18.995"), 6), ("CJR277", Decimal("22.00"), 1)]


def test_a_header_over_two_lines_whose_rows_carry_their_numbers_is_left_alone():
    pages = (Page(1, (line(100, (40, "Item"), (100, "Description")),
                      line(110, (300, "Qty"), (360, "Price"), (430, "Amount")),
                      line(130, (40, "A-1"), (100, "Mug"), (300, "2"), (360, "4.00"), (430, "8.00")))),)
    assert joined_entries(pages, POINT) is pages
