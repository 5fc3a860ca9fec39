"""The second review of the twenty-fifth session's rules (dbd0d7d..761b98d and the British postcode rule): each
test is an ordinary layout those rules misread (every one failed on them and passed before them)."""

from __future__ import annotations

from decimal import Decimal

from invoice_processing.layout.fields import PageView
from invoice_processing.layout.numbers import POINT
from invoice_processing.layout.products import ProductLine, product_lines
from invoice_processing.layout.tables import read_tables
from invoice_processing.models import Page, TextLine
from invoice_processing.vendors.header_numbers import find_invoice_number
from invoice_processing.vendors.issuer import find_vendor
from invoice_processing.vendors.issuer_names import REGISTRY
from invoice_processing.vendors.parties import page_domains
from test_scripts.unit.layout.lines import line


def products(lines: list[TextLine]) -> list[ProductLine]:
    return [p for t in read_tables((Page(1, tuple(lines)),), POINT) for p in product_lines(t, POINT)]


def test_a_label_over_value_grid_whose_last_values_have_no_digits_is_read_label_over_value():
    # label over value; the last pair "Salesperson | Ship Via" over "Anna Berg | DHL Express" has no digits, so
    # _ends_in_captions says the grid ends in captions and 'Invoice No.' takes the customer number over it
    lines = [line(60, (40, "INVOICE"), size=18),
             line(100, (40, "Customer No."), (150, "Order No.")),
             line(112, (40, "C-2201"), (150, "SO-5521")),
             line(124, (40, "Invoice No."), (150, "Date")),
             line(136, (40, "INV-1042"), (150, "12.03.2025")),
             line(148, (40, "Salesperson"), (150, "Ship Via")),
             line(160, (40, "Anna Berg"), (150, "DHL Express")),
             line(230, (42, "Description"), (380, "Qty"), (430, "Price"), (500, "Amount")),
             line(244, (42, "Widget"), (382, "2"), (430, "5.00"), (500, "10.00"))]
    assert find_invoice_number(lines) == "INV-1042"


def test_billed_optional_services_of_a_rental_invoice_are_products():
    # a car-rental or hotel invoice's "Optional Services" (GPS, child seat) are billed and in the total;
    # OPTIONS_HEADING now takes "... services"/"... products" as a table of unbilled options
    # (here the page's table of extras under its heading, as on a rental invoice's second page)
    lines = [line(100, (40, "Optional Services")),
             line(116, (41, "Description"), (300, "Quantity"), (411, "Unit Price"), (500, "Amount")),
             line(130, (41, "GPS navigation"), (310, "5"), (424, "9.00"), (510, "45.00")),
             line(144, (41, "Child seat"), (310, "5"), (424, "7.00"), (510, "35.00")),
             line(170, (404, "Total"), (505, "80.00"))]
    assert [(p.qty, p.price) for p in products(lines)] == [(5, Decimal("9.00")), (5, Decimal("7.00"))]


def test_share_capital_lines_in_common_wordings_stay_registry_lines():
    # the lookahead after 'capital' knows only "social(e)", ":", "de ", a digit or "€"
    for text in ("SARL au capital variable", "SCOP SA à capital variable", "Share capital £10,000",
                 "Capital EUR 50.000", "Capital of USD 1,000,000"):
        assert REGISTRY.search(text), text


def test_a_sellers_own_site_in_a_consulte_or_verify_line_is_still_its_domain():
    # CREDIT now drops every phrase with "Consulte"/"Verify"/"Verifica": a Spanish seller's usual footer
    # "Consulte nuestras condiciones en www.ferreterialopez.es" no longer gives its domain
    for text in ("Consulte nuestras condiciones generales en www.ferreterialopez.es",
                 "Verify this invoice online at www.ferreterialopez.es",
                 "Verifica lo stato del tuo ordine su www.ferreterialopez.es"):
        lines = [line(40, (40, "FACTURA"), size=16), line(700, (40, text))]
        assert "ferreterialopez" in page_domains(PageView(lines), set()), text


def test_send_payments_to_a_factor_names_no_seller():
    # a factored US invoice: "Send payments to:" a factoring company, the letterhead is the seller's
    lines = [line(40, (40, "Northwind Paper Goods LLC"), size=16),
             line(60, (40, "12 Elm St, Springfield, IL 62701")),
             line(90, (40, "Bill To"), (300, "Invoice No. 4411")),
             line(102, (40, "Acme Retail Inc")),
             line(114, (40, "5 Main St, Peoria, IL 61602")),
             line(200, (42, "Description"), (380, "Qty"), (430, "Price"), (500, "Amount")),
             line(214, (42, "Widget"), (382, "2"), (430, "5.00"), (500, "10.00")),
             line(600, (40, "Send payments to:")),
             line(612, (40, "Riviera Finance LLC")),
             line(624, (40, "PO Box 202485, Dallas, TX 75320"))]
    assert find_vendor(lines) == "Northwind Paper Goods LLC"


def test_a_hash_number_followed_by_its_date_keeps_no_hash():
    # "# A-1042 dated 12/03/2025": the '#' label's new lookahead wants the id to end the phrase, so a
    # fallback reads the number with its '#'
    lines = [line(60, (400, "INVOICE"), size=20),
             line(88, (400, "# A-1042 dated 12/03/2025")),
             line(100, (400, "Date: 12/03/2025")),
             line(112, (400, "Order No.: SO-5521")),
             line(200, (42, "Description"), (380, "Qty"), (430, "Price"), (500, "Amount")),
             line(214, (42, "Widget"), (382, "2"), (430, "5.00"), (500, "10.00"))]
    assert find_invoice_number(lines) == "A-1042"
