"""Values read against the numbers a page prints: prices, quantities, the subtotal."""

from __future__ import annotations

from decimal import Decimal

import pytest

from invoice_processing import cross_check
from invoice_processing.cross_check.printed import printed_numbers, subtotal_gap, unprinted
from invoice_processing.deadline import Deadline
from invoice_processing.extraction.local import LocalBackend
from invoice_processing.models import LineItem, PdfInput
from invoice_processing.quality import QualityReport
from invoice_processing.vendors import interpret
from test_scripts.generator import corpus, creative_coop_invoice, harpercollins_po, onehundred80_invoice


def line(price: str, qty: int, extended: str | None = None, list_price: str | None = None) -> LineItem:
    return LineItem("X-1 - Thing", Decimal(price), qty, extended=None if extended is None else Decimal(extended),
                    list_price=None if list_price is None else Decimal(list_price))


def test_numbers_are_read_as_vendors_print_them():
    numbers = printed_numbers("Total $1,234.50  qty 12  Preis 3,75 €  credit (3.00)  7007.760")
    assert {Decimal("1234.5"), Decimal("12"), Decimal("3.75"), Decimal("3"), Decimal("7007.76")} <= numbers


def test_a_price_is_printed_itself_as_its_line_amount_or_as_the_list_price_it_came_from():
    numbers = printed_numbers("Brass Hook 3 2.25 6.75\nBook 5 Retail 28.00 Ext 76.30\nTotal units 6 amount 34.06")
    assert unprinted([line("2.25", 3), line("15.26", 5, list_price="28.00"), line("6.8125", 5)], numbers) == {}
    found = unprinted([line("2.35", 3), line("2.25", 4)], numbers)
    assert found == {0: ("price_not_printed", "price 2.35 is not printed on the page"),
                     1: ("qty_not_printed", "quantity 4 is not printed on the page")}


@pytest.mark.parametrize(("page", "gap"), [
    (["Subtotal  $30.00", "Total  $32.10"], ""),
    (["Subtotal: 30.00  Tariff Surcharge: 4.00  Invoice Total: 34.00"], ""),  # the first number after the label
    (["Discount 5%  -1,50", "Subtotal  EUR 28,50"], ""),  # a discount printed above the subtotal
    (["Vracht  2,00", "Subtotaal  32,00 €"], ""),  # freight inside the subtotal
    (["Subtotal  18.00", "Subtotal  12.00"], ""),  # one subtotal per section
    (["Zwischensumme Übertrag  18,00"], ""),  # a page's running total is no subtotal
    (["Total  99.00"], ""),  # no subtotal printed: nothing to check
    (["Subtotal  $31.00"], "the product lines add up to 30.00, the subtotal printed is 31.00"),
])
def test_line_amounts_add_up_to_the_printed_subtotal(page, gap):
    assert subtotal_gap([line("6.00", 3), line("12.00", 1)], page) == gap


def test_the_local_reading_of_the_generated_corpus_raises_no_cross_check_finding():
    invoices = [*corpus(range(2)), harpercollins_po(1, discount=46), onehundred80_invoice(1), creative_coop_invoice(2)]
    for invoice in invoices:
        document = LocalBackend().extract(PdfInput(invoice.pdf, "test"), Deadline(30))
        checked = cross_check.check(interpret(document), document, interpret)
        assert checked.status == "agree" and checked.checks == ("printed", "subtotal"), invoice.name


def test_a_reading_that_misses_lines_is_caught_by_the_subtotal():
    invoice = creative_coop_invoice(2)
    document = LocalBackend().extract(PdfInput(invoice.pdf, "test"), Deadline(30))
    read = interpret(document)
    short = type(read)(read.order_date, read.vendor, read.invoice_number, read.line_items[:-2])
    checked = cross_check.check(short, document, interpret)
    assert checked.record()["reasons"] == ["subtotal_mismatch"]
    report = cross_check.apply(QualityReport(1.0), checked)
    assert report.needs_review and report.score < 0.85
    assert report.warnings[0].startswith("cross-check: the product lines add up to ")
