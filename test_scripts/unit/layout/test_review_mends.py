"""Cases a review of the tenth session's rules found: each reads as it did before those rules, or as
the rule meant it to."""

from __future__ import annotations

import re

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout import notices
from invoice_processing.layout.header_labels import read_labels
from invoice_processing.layout.numbers import COMMA, POINT, detect_format, is_numeric
from invoice_processing.layout.products import product_lines
from invoice_processing.layout.tables import read_tables
from invoice_processing.models import Backend, Document, Page
from invoice_processing.vendors.header import own_pages
from invoice_processing.vendors.issuer_names import name_like
from test_scripts.unit.layout.lines import line


def test_a_month_and_year_is_no_decimal_mark_and_a_size_is_no_number():
    assert detect_format(["Leistungszeitraum 03.2024", "Summe 119,00"]) == COMMA
    assert not is_numeric("24 x 36", POINT) and is_numeric("2 x 6", POINT) and is_numeric("3 doos 12", COMMA)


def test_a_total_named_like_a_wrapped_line_still_ends_the_table():
    lines = [line(100, (40, "Description"), (300, "Qty"), (360, "Price"), (430, "Amount")),
             line(114, (40, "Widget deluxe"), (300, "2"), (360, "10.00"), (430, "20.00")),
             line(124, (40, "Due date")),
             line(140, (300, "Total Due:"), (430, "20.00")),
             line(160, (40, "Gift wrap"), (300, "1"), (360, "2.00"), (430, "2.00"))]
    found = [p for t in read_tables((Page(1, tuple(lines)),), POINT) for p in product_lines(t, POINT)]
    assert [p.qty for p in found] == [2]


def test_a_total_over_its_amount_ends_an_invoice_before_another():
    table = (line(206, (62, "Item"), (163, "Description"), (367, "Qty"), (402, "Price")),
             line(220, (69, "A-1"), (163, "Mug"), (377, "6"), (420, "18.99")))
    first = Page(1, (line(50, (499, "INVOICE"), size=18), line(73, (449, "Invoice No.:"), (544, "100482")), *table,
                     line(240, (400, "TOTAL")), line(250, (400, "113.94"))))
    another = Page(2, (line(50, (499, "INVOICE"), size=18), line(73, (449, "Invoice No.:"), (544, "100517")),
                       *table))
    assert [p.number for p in own_pages(Document((first, another), Backend.LOCAL))] == [1]


def test_seller_notices_names_and_tax_qualifiers_the_review_found():
    assert re.search(notices.SOLD_BY, "Sold on 12/03/2024 by Jane Doe", re.I) is None
    assert name_like("Forever 21, Inc., Los Angeles, CA")
    columns = read_labels(list(line(100, (40, "Qty"), (62, "Ex"), (76, "Works")).words), 9.0)
    assert columns[0].label == "Qty" and columns[0].role == lx.QTY
