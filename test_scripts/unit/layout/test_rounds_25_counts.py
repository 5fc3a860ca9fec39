"""Rules from the twenty-fifth session's later rounds: a count printed under a line's name, and a grid of
fields whose values are no letterhead."""

from __future__ import annotations

from decimal import Decimal

from invoice_processing.layout.numbers import POINT
from invoice_processing.layout.products import ProductLine, product_lines
from invoice_processing.layout.tables import read_tables
from invoice_processing.models import Page, TextLine
from invoice_processing.vendors.issuer import find_vendor
from test_scripts.unit.layout.lines import line


def products(lines: list[TextLine]) -> list[ProductLine]:
    return [p for t in read_tables((Page(1, tuple(lines)),), POINT) for p in product_lines(t, POINT)]


def test_a_count_printed_under_the_name_that_the_amount_confirms():
    # no quantity column: "Qty: 12 ea (case of 6)" under the name, the extension twelve times the price
    lines = [line(148, (44, "ITEM"), (113, "DESCRIPTION"), (436, "UNIT PRICE"), (523, "EXTENSION"))]
    for n, (name, price, count) in enumerate([("Insulated Water Bottle 20 oz, slate", "10.27", 12),
                                              ("Merino Wool Hiking Sock, crew, M", "7.57", 8),
                                              ("Headlamp 350 lumen rechargeable", "17.32", 18)]):
        lines += [line(165 + 26 * n, (43, f"RW{8335 + n}"), (114, name), (462, price),
                       (539, f"{Decimal(price) * count:.2f}")),
                  line(175 + 26 * n, (121, f"Qty: {count} ea (case of 6)"))]
    read = products(lines)
    assert [(p.qty, p.price) for p in read] == [(12, Decimal("10.27")), (8, Decimal("7.57")), (18, Decimal("17.32"))]
    assert not any(p.mismatch for p in read)


def test_a_count_the_amount_does_not_confirm_is_no_count():
    lines = [line(100, (44, "ITEM"), (113, "DESCRIPTION"), (436, "UNIT PRICE"), (523, "EXTENSION")),
             line(114, (43, "RW1"), (114, "Bottle"), (462, "10.00"), (539, "10.00")),
             line(124, (121, "Qty: 12 per case"))]
    assert [(p.qty, p.price) for p in products(lines)] == [(1, Decimal("10.00"))]


def test_a_value_in_a_grid_of_fields_is_no_seller():
    lines = [line(37, (37, "SUMMIT BEARING & TRANSMISSION SUPPLY"), (535, "INVOICE")),
             line(49, (37, "2040 S. 3270 W."), (123, "SALT LAKE CITY UT 84119"), (257, "(801) 555-0199")),
             line(79, (51, "INVOICE DATE"), (141, "ORDER #"), (217, "CUST #"), (305, "CUST PO #")),
             line(87, (56, "03/04/25"), (131, "4471802-01"), (217, "30017"), (283, "WO 88-1204 KEVIN")),
             line(100, (53, "SALESREP IN"), (131, "SALESREP OUT"), (213, "SHIP VIA"), (314, "TERMS"),
                  (419, "F.O.B."), (513, "WHSE")),
             line(108, (69, "JTV"), (149, "DLC"), (209, "BEST WAY"), (291, "NET 10TH PROX"), (406, "SHIP POINT"),
                  (512, "SLC1"), size=11),
             line(126, (36, "BILL TO:"), (90, "WASATCH AGGREGATE & MINING CO")),
             line(136, (90, "ACCOUNTS PAYABLE")),
             line(146, (91, "PO BOX 27731")),
             line(179, (44, "LN PRODUCT / DESCRIPTION"), (364, "QTY"), (404, "UNIT"), (465, "PRICE"), (519, "AMOUNT")),
             line(199, (49, "1 SPK-40B15"), (349, "1"), (408, "EA"), (447, "12.43800"), (548, "12.44"))]
    assert find_vendor(lines).casefold() == "summit bearing & transmission supply"
