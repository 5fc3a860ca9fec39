"""One price column holding line totals ("Qty | Item | SKU | Price", a web shop's order): the printed
subtotal decides whether each price is per unit or the row's total."""

from __future__ import annotations

from decimal import Decimal

from invoice_processing.models import Backend, Document, Page
from invoice_processing.vendors import generic
from test_scripts.unit.layout.lines import line


def _order(prices: tuple[str, str, str], subtotal: str) -> Document:
    rows = [("5", "Locking stitch markers", "PT-NOT-MRK", prices[0]), ("3", "Merino Worsted skein", "PT-MW-RUST",
            prices[1]), ("1", "Sock Yarn superwash", "PT-SK-TEAL", prices[2])]
    lines = [line(40, (40, "Prairie Thread Yarn Company Ltd.")),
             line(60, (40, "Invoice #PT1043"), (300, "January 29, 2024")),
             line(100, (40, "Quantity"), (100, "Item"), (330, "SKU"), (470, "Price"))]
    lines += [line(120 + 20 * at, (40, qty), (100, item), (330, sku), (470, price))
              for at, (qty, item, sku, price) in enumerate(rows)]
    lines += [line(200, (300, "Subtotal price:"), (470, subtotal)), line(215, (300, "Total price:"), (470, "999.00"))]
    return Document(pages=(Page(number=1, lines=tuple(lines)),), backend=Backend.LOCAL)


def test_prices_that_add_up_to_the_subtotal_are_line_totals():
    invoice = generic.to_invoice(_order(("$284.70", "$108.87", "$47.37"), "$440.94"))
    assert [(li.wholesale, li.qty) for li in invoice.line_items] == [
        (Decimal("56.94"), 5), (Decimal("36.29"), 3), (Decimal("47.37"), 1)]


def test_unit_prices_whose_amounts_add_up_to_the_subtotal_stay_unit_prices():
    invoice = generic.to_invoice(_order(("$56.94", "$36.29", "$47.37"), "$440.94"))
    assert [(li.wholesale, li.qty) for li in invoice.line_items] == [
        (Decimal("56.94"), 5), (Decimal("36.29"), 3), (Decimal("47.37"), 1)]


def test_without_a_subtotal_the_printed_price_is_the_unit_price():
    invoice = generic.to_invoice(_order(("$284.70", "$108.87", "$47.37"), ""))
    assert [li.wholesale for li in invoice.line_items] == [Decimal("284.70"), Decimal("108.87"), Decimal("47.37")]



def test_an_alternative_a_quotation_offers_and_its_transport_are_no_lines():
    lines = [line(40, (40, "Dream in Green GmbH")), line(60, (40, "Angebot Nr. AN-4120"), (300, "12.12.2023")),
             line(100, (40, "Pos."), (100, "Bezeichnung"), (300, "Menge"), (360, "Einzelpreis"), (430, "Gesamt")),
             line(120, (40, "1"), (100, "Moosbild Mix-Moos 160x80 cm"), (300, "1"), (360, "894,08"), (430, "894,08")),
             line(140, (40, "2"), (100, "Logo vertikal (Alt.)"), (300, "1"), (360, "430,00"), (430, "430,00")),
             line(160, (40, "3"), (100, "Transport, Verpackung und Versand."), (300, "1"), (360, "320,00"),
                  (430, "320,00"))]
    invoice = generic.to_invoice(Document(pages=(Page(number=1, lines=tuple(lines)),), backend=Backend.LOCAL))
    assert [li.item for li in invoice.line_items] == ["Moosbild Mix-Moos 160x80 cm"]
