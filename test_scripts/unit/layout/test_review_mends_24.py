"""Faults a review of the twenty-fourth session's first rules found, each shown with the small input
that showed it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.label_roles import role_of
from invoice_processing.layout.numbers import COMMA, POINT, NumberFormat
from invoice_processing.layout.products import ProductLine, product_lines
from invoice_processing.layout.tables import read_tables
from invoice_processing.models import Page, TextLine
from invoice_processing.vendors.header import find_date, read_date
from invoice_processing.vendors.header_numbers import find_invoice_number
from invoice_processing.vendors.issuer import find_vendor
from test_scripts.unit.layout.lines import line


def products(lines: list[TextLine], mark: NumberFormat) -> list[ProductLine]:
    return [p for table in read_tables((Page(1, tuple(lines)),), mark) for p in product_lines(table, mark)]


def test_a_name_with_its_own_legal_form_is_not_joined_to_the_address_under_it():
    irish = [line(40, (40, "From"), (300, "Bill To")),
             line(52, (40, "Brennan & Sons Ltd."), (300, "Harbour Cafe")),
             line(64, (40, "Co. Kerry, Ireland"), (300, "Cobh"))]
    assert find_vendor(irish) == "Brennan & Sons Ltd."
    swiss = [line(40, (40, "Lieferant")), line(52, (40, "Muster Holz GmbH,")), line(64, (40, "AG Aarau"))]
    assert find_vendor(swiss) == "Muster Holz GmbH"


def test_a_sellers_name_that_starts_with_a_customer_word():
    assert find_vendor([line(40, (40, "Supplier:"), (110, "Client Focus Consulting LLC"))]) == (
        "Client Focus Consulting LLC")
    assert find_vendor([line(40, (40, "From:"), (90, "Customer Insight Partners Ltd"))]) == (
        "Customer Insight Partners Ltd")


def _auto_parts() -> list[TextLine]:
    return [line(100, (40, "Part"), (100, "Description"), (330, "Qty"), (360, "UOM"), (420, "Price"),
                 (500, "Amount"))]


def test_a_product_named_crv_is_no_redemption_value():
    row = line(114, (40, "P-1"), (100, "CRV rear wiper blade 14in"), (335, "2"), (360, "EA"), (420, "34.50"),
               (500, "69.00"))
    assert [(p.qty, p.price) for p in products([*_auto_parts(), row], POINT)] == [(2, Decimal("34.50"))]


def test_a_coded_row_named_total_without_a_unit_price_stays_a_product():
    head = line(100, (46, "Item No."), (160, "Description of Goods"), (324, "HS Code"), (369, "CTNS"),
                (403, "Q'ty (PCS)"), (455, "Unit Price USD"), (499, "Amount USD"))
    rows = [line(114, (46, "HY-3021"), (160, "Stainless steel mixing bowl set"), (324, "7323.93"), (381, "20"),
                 (420, "1,200"), (470, "2.85"), (514, "3,420.00")),
            line(128, (46, "TS-200"), (160, "Total Station tripod"), (324, "9015.90"), (381, "1"), (425, "2"),
                 (514, "180.00"))]
    assert [(p.code, p.qty) for p in products([head, *rows], POINT)] == [("HY-3021", 1200), ("TS-200", 2)]


def test_a_french_order_references_column_keeps_its_code():
    assert [role_of(label) for label in ("Réf. Cde", "N° Cde", "Cde N°", "N° Liv", "Date Cde")] == [
        lx.CODE, lx.CODE, lx.CODE, lx.CODE, lx.OTHER]
    head = line(100, (40, "Réf. Cde"), (100, "Désignation"), (330, "Qté"), (400, "P.U. HT"), (480, "Montant HT"))
    row = line(114, (40, "45871"), (100, "Vis agglo tête fraisée 4x30"), (335, "3"), (405, "8,50"), (485, "25,50"))
    assert [(p.code, p.qty, p.price) for p in products([head, row], COMMA)] == [("45871", 3, Decimal("8.50"))]


def test_a_cent_is_no_proof_of_a_price_per_hundred():
    row = line(114, (40, "PROMO"), (100, "Sticker sheet"), (335, "2"), (360, "EA"), (420, "3.50"), (500, "0.01"))
    assert [(p.price, p.mismatch) for p in products([*_auto_parts(), row], POINT)] == [(Decimal("3.50"), True)]


def test_initials_and_their_form_are_a_name():
    lines = [line(40, (40, "J.P. & Co."), size=18), line(60, (40, "12 Mill Lane, Leeds LS1 4AB")),
             line(100, (40, "INVOICE"), (300, "Invoice No. 4471"))]
    assert find_vendor(lines) == "J.P. & Co."


def test_the_new_variants_of_the_sums_dates_and_fees():
    head = line(200, (40, "Pos."), (70, "Artikel"), (300, "Menge"), (380, "Einzelpreis"), (480, "Gesamt"))
    row = line(214, (40, "1"), (70, "Dinkelvollkornbrot 1000 g"), (310, "12"), (390, "4,20 €"), (490, "50,40 €"))
    summed = line(240, (70, "Rechnungs-Summe netto"), (490, "223,32 €"))
    assert [(p.qty, p.price) for p in products([head, row, summed], COMMA)] == [(12, Decimal("4.20"))]
    assert find_date([line(70, (400, "Invoice #"), (480, "Shipped On")), line(82, (400, "CP-1"), (480, "6/10/2025"))]
                     ) == date(2025, 6, 10)
    fee = line(128, (40, "EHF-BAT"), (100, "EHF - battery"), (335, "4"), (360, "EA"), (420, "2.75"), (500, "11.00"))
    drill = line(114, (40, "BAT-18V"), (100, "Drill battery 18V"), (335, "4"), (360, "EA"), (420, "129.00"),
                 (500, "516.00"))
    assert [p.code for p in products([*_auto_parts(), drill, fee], POINT)] == ["BAT-18V"]


def test_a_spanish_tax_number_label_keeps_its_cif():
    assert lx.normal_label("NIF / CIF") == "nif / cif" and lx.normal_label("Cliente CIF") == "cliente cif"
    assert find_invoice_number([line(100, (50, "Invoice No. 06 2025"))]) != "06 2025"


# ---- the second review (of the change after the first mends) ----

def test_a_grid_stacked_twice_reads_each_label_over_its_own_value():
    lines = [line(100, (40, "Customer No."), (200, "Account No.")), line(112, (40, "C-30518"), (200, "4471-22")),
             line(124, (40, "Invoice No."), (200, "PO Number")), line(136, (40, "INV-1001"))]
    assert find_invoice_number(lines) == "INV-1001"


def test_a_longer_mexican_form_on_the_line_under_the_exporters_name():
    lines = [line(127, (55, "Exporter"), (225, "Sold to / Ship to")),
             line(137, (54, "Cerámica Artesanal Uriarte de Puebla,"), (225, "Casa Azul Trading Co.")),
             line(146, (55, "S.A.P.I. de C.V."), (225, "5120 N. Broadway")),
             line(156, (54, "4 Poniente 911, Centro"), (225, "San Antonio, TX 78209, USA"))]
    assert find_vendor(lines) == "Cerámica Artesanal Uriarte de Puebla, S.A.P.I. de C.V."


def test_a_sellers_own_lockbox_keeps_its_name():
    lines = [line(100, (40, "Remit To:"), (300, "Bill To:")),
             line(112, (40, "Acme Industrial Supply Inc."), (300, "Harbour Cafe LLC")),
             line(124, (40, "Dept. 4471 Lockbox #774012"), (300, "1 Quay St")),
             line(136, (40, "Chicago, IL 60693"), (300, "Portland, ME 04101"))]
    assert find_vendor(lines) == "Acme Industrial Supply Inc."


def test_a_polish_table_printing_only_gross_values():
    head = line(300, (40, "Lp."), (80, "Nazwa"), (250, "Ilość"), (300, "J.m."), (350, "Cena brutto"),
                (450, "Wartość brutto"))
    row = line(314, (40, "1"), (80, "Bukiet róż czerwonych"), (255, "2"), (300, "szt"), (360, "45,00"), (460, "90,00"))
    assert [(p.qty, p.price, p.amount) for p in products([head, row], COMMA)] == [
        (2, Decimal("45.00"), Decimal("90.00"))]


def test_a_panels_value_beside_its_label_beats_an_id_under_it():
    lines = [line(100, (300, "Invoice Date:"), (400, "05/01/2025")),
             line(112, (300, "Invoice No.:"), (400, "INV-1001")),
             line(124, (300, "Ref: WO-2291"), (400, "Terms: Net 30"))]
    assert find_invoice_number(lines) == "INV-1001"


def test_a_receipt_items_name_with_a_count_and_a_unit_in_it():
    from invoice_processing.models import Backend, Document
    from invoice_processing.vendors.receipt_lines import receipt_items
    lines = (line(150, (12, "0412 WOOD SCREWS 4 X 40 MM BOX 200 PC")),
             line(160, (20, "2 X 3.49"), (150, "6.98")),
             line(170, (12, "0218840 COFFEE STIRRERS WOOD")),
             line(180, (20, "6 X 1.95"), (150, "11.70")))
    items = receipt_items(Document((Page(1, lines),), Backend.LOCAL), POINT)
    assert [(i.qty, i.wholesale) for i in items] == [(2, Decimal("3.49")), (6, Decimal("1.95"))]


def test_a_totals_box_with_handling_and_an_amount_payable():
    head = line(200, (36, "QTY ORD"), (80, "QTY SHIP"), (157, "ITEM NO."), (295, "DESCRIPTION"), (459, "PRICE"),
                (526, "AMOUNT"))
    row = line(214, (50, "6"), (95, "6"), (156, "23-783"), (199, "Mug Ornament Mini"), (472, "14.50"), (554, "87.00"))
    box = [line(700, (79, "MERCHANDISE"), (224, "SHIPPING & HANDLING"), (360, "SALES TAX"), (497, "AMOUNT PAYABLE")),
           line(713, (77, "5,361.50"), (223, "45.00"), (364, "0.00"), (492, "$5,406.50"))]
    assert [(p.qty, p.price) for p in products([head, row, *box], POINT)] == [(6, Decimal("14.50"))]


def test_groups_that_cannot_be_a_date_stay_a_number_and_a_glued_month_under_a_label():
    assert find_invoice_number([line(100, (50, "Invoice No. 87 45 12"))]) == "87 45 12"
    assert read_date("Apr16, 2025 order", False) == date(2025, 4, 16)


def test_a_rate_in_one_of_several_bonus_columns_leaves_the_list_price():
    # "PRE.LISTA | %Bon1 | %Bon2 | %Bon3 | Importe": one column's bare number is no row's rate (the last check of
    # every round found real318's Argentine invoice read at its net price on the lines with one bonus)
    head = line(181, (20, "COD"), (50, "Cantidad"), (121, "Descripcion"), (391, "PRE.LISTA"), (443, "%Bon1"),
                (476, "%Bon2"), (508, "%Bon3"), (551, "Importe"))
    row = line(214, (14, "6631"), (57, "5.00"), (86, "PUMPKIN Pelacable Autoajust."), (403, "17,784.00"),
               (446, "22.10"), (548, "69,268.70"))
    assert [(p.qty, p.price) for p in products([head, row], POINT)] == [(5, Decimal("17784.00"))]
