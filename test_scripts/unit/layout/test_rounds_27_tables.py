"""Table and line rules from the twenty-seventh session's independent documents: each case is a layout a helper
drew or found, reduced to the lines that matter."""

from __future__ import annotations

from decimal import Decimal

from invoice_processing.layout.numbers import COMMA, POINT, NumberFormat
from invoice_processing.layout.products import ProductLine, product_lines
from invoice_processing.layout.tables import read_tables
from invoice_processing.models import Backend, Document, Page, TextLine
from invoice_processing.vendors.receipt_blocks import block_items
from test_scripts.unit.layout.lines import line, printed


def products(pages: list[list[TextLine]], mark: NumberFormat) -> list[ProductLine]:
    read = tuple(Page(n + 1, tuple(lines)) for n, lines in enumerate(pages))
    return [p for table in read_tables(read, mark) for p in product_lines(table, mark)]


def test_a_tax_named_with_its_rate_under_the_subtotal_bills_nothing():
    # "NC sales tax on supplies 7.25% | 35.52" under "Subtotal", a note's second line beside it: the totals' tax
    lines = [
        printed(222, 9, (48, 80, 'Service'), (82, 85, '/'), (88, 136, 'Description'), (387, 402, 'Qty'),
                (453, 472, 'Rate'), (522, 540, 'Line'), (543, 563, 'Total')),
        printed(313, 9, (48, 84, 'Supplies:'), (88, 99, 'roll'), (102, 125, 'towel,'), (128, 152, "6/800'"),
                (155, 173, 'case'), (397, 402, '6'), (450, 472, '42.75'), (537, 564, '256.50')),
        printed(328, 9, (48, 84, 'Supplies:'), (88, 107, 'foam'), (111, 130, 'hand'), (133, 152, 'soap'),
                (155, 174, '1000'), (178, 189, 'mL'), (193, 208, 'refill'), (393, 402, '12'), (455, 472, '9.85'),
                (537, 564, '118.20')),
        printed(365, 9, (45, 76, 'Janitorial'), (79, 108, 'services'), (111, 122, 'are'), (125, 136, 'not'),
                (138, 163, 'subject'), (166, 172, 'to'), (175, 186, 'NC'), (188, 207, 'sales'), (209, 221, 'tax;'),
                (436, 468, 'Subtotal'), (529, 564, '374.70')),
        printed(378, 9, (45, 56, 'tax'), (58, 83, 'applies'), (86, 92, 'to'), (95, 123, 'supplies'),
                (127, 147, 'resold'), (150, 166, 'only.'), (343, 355, 'NC'), (358, 378, 'sales'), (381, 393, 'tax'),
                (396, 405, 'on'), (408, 441, 'supplies'), (444, 469, '7.25%'), (542, 564, '27.17')),
        printed(393, 9, (448, 468, 'Total'), (524, 564, '$401.87')),
    ]
    assert [(p.qty, p.price) for p in products([lines], POINT)] == [(6, Decimal("42.75")), (12, Decimal("9.85"))]
    # a fee billed by its amount alone under the same table stays a line
    fee = printed(378, 9, (48, 84, 'Window'), (88, 120, 'cleaning'), (124, 150, 'visit'), (542, 564, '27.17'))
    assert len(products([[*lines[:3], fee]], POINT)) == 3


def test_polish_shipping_costs_are_a_charge():
    # "Koszty wysyłki: Paczkomat Inpost" priced among the products of a Polish VAT invoice
    head = line(300, (40, "Lp"), (60, "Nazwa"), (300, "Ilość"), (350, "Cena netto"), (450, "Wartość netto"))
    rows = [line(320, (40, "1"), (60, "Farby akrylowe zestaw 36x20ml"), (305, "2"), (350, "43,08"), (460, "86,16")),
            line(340, (40, "2"), (60, "Koszty wysyłki: Paczkomat Inpost"), (305, "1"), (350, "8,90"), (460, "8,90"))]
    assert [(p.qty, p.price) for p in products([[head, *rows]], COMMA)] == [(2, Decimal("43.08"))]


def _items(*lines: TextLine) -> list[tuple[str, int, Decimal]]:
    return [(i.item, i.qty, i.wholesale) for i in block_items(Document((Page(1, lines),), Backend.LOCAL), POINT)]


def test_a_receipt_that_prints_its_total_first_and_one_item_over_its_subtotal():
    # a ride's receipt: "Total $10.06" at the top, then "Trip fare $6.26" over "Subtotal $6.26"
    lines = (line(58, (450, "Tue, Dec 10, 2019")),
             line(130, (68, "Here's your updated trip receipt")),
             line(211, (66, "Total"), (483, "$10.06")),
             line(269, (66, "Trip fare"), (505, "$6.26")),
             line(324, (66, "Subtotal"), (505, "$6.26")),
             line(348, (66, "Tolls, Surcharges, and Fees"), (505, "$2.80")))
    assert _items(*lines) == [("Trip fare", 1, Decimal("6.26"))]
    # one item over a total its amount does not make, or over a total (not a subtotal), is no receipt's list
    assert _items(*lines[:3], line(269, (66, "Trip fare"), (505, "$6.20")), *lines[4:]) == []
    assert _items(line(269, (66, "Trip fare"), (505, "$6.26")), line(324, (66, "Total"), (505, "$6.26"))) == []


def test_an_estimate_s_whole_dollar_amounts_add_up_with_its_tax_to_the_total():
    lines = (line(60, (40, "Three Little Pigs Masonry")),
             line(90, (40, "Prepared for John Fritz @ 22 Erie Street South, Leamington, ON")),
             line(110, (40, "Roll more paint"), (400, "$100")),
             line(125, (40, 'Rgp parge minimum 8"above grade'), (400, "$200")),
             line(140, (40, "HST"), (400, "$39.00")),
             line(155, (40, "Total"), (400, "$339.00")))
    assert _items(*lines) == [("Roll more paint", 1, Decimal("100")), ('Rgp parge minimum 8"above grade', 1,
                                                                        Decimal("200"))]
    # whole numbers without a currency's sign are no amounts ("2017", a count)
    assert _items(*lines[:2], line(110, (40, "Roll more paint"), (400, "100")), *lines[3:]) == []
