"""Cases a review of the twenty-third session's rules found: each reads as it did before those rules, or
as the rule meant it to."""

from __future__ import annotations

from decimal import Decimal

from invoice_processing.layout.lexicon import CHARGES
from invoice_processing.layout.numbers import POINT
from invoice_processing.layout.products import product_lines
from invoice_processing.layout.tables import read_tables
from invoice_processing.models import Page, TextLine
from invoice_processing.vendors.header_numbers import find_invoice_number, read_id
from invoice_processing.vendors.issuer import find_vendor
from test_scripts.unit.layout.lines import line


def products(lines: list[TextLine]) -> list[tuple[str, Decimal, Decimal]]:
    return [(p.description, p.qty, p.price) for t in read_tables((Page(1, tuple(lines)),), POINT)
            for p in product_lines(t, POINT)]


HEAD = line(100, (44, "Description"), (356, "Qty"), (451, "Rate"), (532, "Amount"))
PIPES = [line(114, (43, "Copper pipe 15mm"), (359, "10"), (448, "4.00"), (540, "40.00")),
         line(128, (43, "Elbow 15mm"), (359, "20"), (448, "0.50"), (540, "10.00"))]


def test_payments_balances_and_rounding_under_the_rows_are_no_fees():
    for label in ("Amount paid", "Round off", "Previous balance", "Advance received", "Paid by card", "Net amount",
                  "Store credit applied", "Retention 5%"):
        assert len(products([HEAD, *PIPES, line(142, (43, label), (545, "50.00"))])) == 2, label


def test_a_groups_heading_printed_with_its_sum_is_no_fee():
    rows = [line(114, (43, "Kitchen"), (545, "1,250.00")),
            line(128, (43, "Base cabinets 600mm"), (359, "5"), (448, "150.00"), (540, "750.00")),
            line(142, (43, "Wall cabinets 600mm"), (359, "5"), (448, "100.00"), (540, "500.00")),
            line(156, (43, "Bathroom"), (545, "300.00")),
            line(170, (43, "Vanity unit"), (359, "1"), (448, "300.00"), (540, "300.00"))]
    assert [name for name, _, _ in products([HEAD, *rows])] == [
        "Base cabinets 600mm", "Wall cabinets 600mm", "Vanity unit"]


def test_a_one_item_orders_discounted_total_is_no_fee():
    head = line(220, (40, "Qty"), (76, "Item"), (331, "SKU"), (449, "Price"), (551, "Total"))
    rows = [line(239, (40, "12 x"), (75, "Cedar Sachet Trio"), (331, "FW-CDR-3"), (448, "$6.00"), (548, "$72.00")),
            line(250, (76, "Default Title"), (545, "$64.80")),
            line(261, (76, "Discount: SPRING10 (-$7.20)"))]
    assert [(q, p) for _, q, p in products([head, *rows])] == [(12, Decimal("6.00"))]


def test_a_customers_name_in_bold_under_its_small_label_stays_the_customers():
    for gap in (14, 19, 22):
        lines = [line(40, (40, "INVOICE"), size=18), line(60, (400, "Invoice No. 44812"), size=9),
                 line(100, (40, "BILL TO:"), size=8), line(100 + gap, (40, "Harbour Lights Cafe Ltd"), size=11),
                 line(112 + gap, (40, "4 Quay Street"), size=9), line(124 + gap, (40, "Whitby YO21 1DH"), size=9),
                 line(180, (40, "Description"), (320, "Qty"), (400, "Price"), (500, "Amount")),
                 line(194, (40, "Flat white cups 8oz"), (324, "10"), (400, "4.50"), (500, "45.00")),
                 line(700, (40, "Thank you for your business. Northfield Supply Ltd, 12 Mill Road, Leeds"), size=7)]
        assert find_vendor(lines) != "Harbour Lights Cafe Ltd"


def test_an_invoice_number_beats_a_booking_voucher_printed_before_it():
    lines = [line(40, (40, "TAX INVOICE"), size=16),
             line(60, (40, "Voucher No. GV-2231"), (300, "Invoice No. INV-10021"))]
    assert find_invoice_number(lines) == "INV-10021"
    lines = [line(40, (40, "TAX INVOICE"), size=16), line(60, (300, "Voucher No."), (400, "GV-2231")),
             line(71, (300, "Bill No."), (400, "B-10021"))]
    assert find_invoice_number(lines) == "B-10021"


def test_products_named_after_a_promotion_or_with_a_tax_remark_stay_products():
    assert not any(CHARGES.match(text) for text in (
        "Promotion 2 for 1 Lipstick Duo", "Argan Hair Oil 100ml 5% tax (incl.)", "Wine 750ml 10% tax (excise)",
        "Promotion - Summer Gift Set"))
    assert all(CHARGES.match(text) for text in (
        "Promozioni", "Promotions -15.00", "Sconto 10%", "State 6.25% Sales Tax"))


def test_a_suppliers_label_among_field_labels_and_a_sold_by_beside_prices():
    lines = [line(40, (40, "PURCHASE ORDER"), size=16), line(60, (40, "Greenway Foods Ltd"), size=9),
             line(71, (40, "1 Dock Road, Hull HU1 2AA"), size=9),
             line(100, (40, "Supplier"), (200, "Date"), (280, "Due Date"), (360, "Account"), (440, "Ship Via")),
             line(111, (40, "Baltic Timber Ltd"), (200, "03/02/2025"), (280, "03/03/2025"), (360, "GT-114"),
                  (440, "UPS")),
             line(140, (40, "Description"), (320, "Qty"), (400, "Price"), (500, "Amount")),
             line(154, (40, "Oak plank 2m"), (324, "10"), (400, "4.50"), (500, "45.00"))]
    assert find_vendor(lines) == "Baltic Timber Ltd"


def test_four_letters_before_a_number_are_a_series_only_when_no_word():
    assert [read_id(text) for text in ("COPY 558013", "CODE 1234567", "PAID 100234", "BILL 12345", "VOID 123456")] == [
        None] * 5
    assert read_id("PRSF 7730412") == "PRSF 7730412"


def test_freight_in_four_languages_is_no_fee_and_a_size_after_a_letter_stays_in_the_name():
    for label in ("Livraison", "Fracht:", "Vracht", "Freight"):
        assert len(products([HEAD, *PIPES, line(142, (43, label), (545, "31.31"))])) == 2, label
    head = line(100, (44, "Artikel"), (120, "Omschrijving"), (356, "Aantal"), (451, "Prijs"), (532, "Bedrag"))
    row = line(114, (44, "NAS-8048"), (120, "Kandelaar H 25 cm"), (359, "36"), (448, "23.75"), (540, "855.00"))
    assert [(name, q) for name, q, _ in products([head, row])] == [("Kandelaar H 25 cm", 36)]


def test_an_accounts_activity_over_the_invoices_detail_is_no_product():
    lines = [line(202, (54, "Account activity")),
             line(218, (58, "Date"), (128, "Reference"), (248, "Description"), (449, "Charges"), (518, "Payments")),
             line(234, (57, "05/20/2025"), (128, "INV-7718"), (248, "Invoice - spring restock"), (451, "1,284.60")),
             line(246, (57, "06/16/2025"), (127, "CHK 3307"), (248, "Payment received - INV-7718"), (525, "1,284.60")),
             line(284, (300, "Account balance now due"), (517, "$2,121.15")),
             line(311, (55, "Invoice INV-7865 detail")),
             line(328, (58, "Item"), (128, "Description"), (398, "Qty"), (445, "Unit price"), (525, "Amount")),
             line(344, (58, "LTC-3301"), (128, "Rattan tray, round, 16 in"), (407, "6"), (461, "17.40"),
                  (530, "104.40"))]
    assert [(q, p) for _, q, p in products(lines)] == [(6, Decimal("17.40"))]
