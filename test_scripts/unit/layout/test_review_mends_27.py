"""Faults a review found in the twenty-seventh session's first rules (3329c62..a271d2a), each test failing on
a271d2a: the misreadings the new rules made, and one rule that could not match as written."""

from __future__ import annotations

from decimal import Decimal

from invoice_processing.layout.numbers import POINT, NumberFormat
from invoice_processing.layout.products import ProductLine, product_lines
from invoice_processing.layout.tables import read_tables
from invoice_processing.models import Page, TextLine
from invoice_processing.vendors.header_numbers import find_invoice_number
from invoice_processing.vendors.issuer import find_vendor
from test_scripts.unit.layout.lines import line, printed


def products(pages: list[list[TextLine]], mark: NumberFormat) -> list[ProductLine]:
    read = tuple(Page(n + 1, tuple(lines)) for n, lines in enumerate(pages))
    return [p for table in read_tables(read, mark) for p in product_lines(table, mark)]


# ---- header_numbers._invoice_id_alone(_OWN_ID) ahead of the other document labels ----------------------------
def test_a_credit_note_s_own_number_beats_the_invoice_it_credits():
    # "Credit Note No. CN-2025-014" (its own number); "Original invoice | INV-2025-0311" (no colon): the invoice
    # it credits is no number of this document's
    lines = [
        line(40, (40, "Harbor Lights Supply Ltd"), (420, "CREDIT NOTE"), size=14),
        line(70, (40, "12 Quay Street, Bristol"), (380, "Credit Note No."), (470, "CN-2025-014")),
        line(82, (40, "BS1 4DJ"), (380, "Date"), (470, "14/05/2025")),
        line(94, (380, "Original invoice"), (470, "INV-2025-0311")),
        line(130, (40, "Description"), (300, "Qty"), (380, "Price"), (470, "Amount")),
        line(145, (40, "Returned lanterns"), (300, "2"), (380, "-24.00"), (470, "-48.00")),
    ]
    assert find_invoice_number(lines) == "CN-2025-014"


# ---- header_numbers._by_the_date ------------------------------------------------------------------------------
def test_a_tracking_number_under_a_labelled_ship_date_is_no_document_number():
    # "Ship Date: | 03/12/2025" over "Tracking: | 1Z999AA10123456784", right-aligned, no invoice number read:
    # the date is not alone on its line and the code under it has a label of its own
    lines = [
        line(40, (40, "Ridgeway Outdoor Co."), size=14),
        line(70, (40, "410 Mill Road"), (400, "Ship Date:")),
        line(82, (40, "Asheville, NC 28801"), (400, "Tracking:")),
        line(130, (40, "Description"), (300, "Qty"), (380, "Price"), (470, "Amount")),
        line(145, (40, "Trail tarp 3x3"), (300, "2"), (380, "24.00"), (470, "48.00")),
    ]
    date, code = "03/12/2025", "1Z999AA10123456784"
    lines[1] = printed(70, 9, (40, 70, "410"), (73, 90, "Mill"), (93, 115, "Road"), (400, 444, "Ship Date:"),
                       (500, 545, date))
    lines[2] = printed(82, 9, (40, 100, "Asheville,"), (103, 115, "NC"), (118, 142, "28801"),
                       (400, 440, "Tracking:"), (464, 545, code))
    assert find_invoice_number(lines) != code


def test_a_customer_number_under_the_date_is_no_document_number():
    # German: "Datum: | 12.03.2024" over "Kunden-Nr.: | KD-10023", both right-aligned
    lines = [
        line(40, (40, "Schreinerei Vogt"), size=14),
        printed(70, 9, (40, 100, "Lindenweg 4"), (420, 460, "Datum:"), (500, 545, "12.03.2024")),
        printed(82, 9, (40, 100, "79098 Freiburg"), (420, 470, "Kunden-Nr.:"), (505, 545, "KD-10023")),
        line(130, (40, "Bezeichnung"), (300, "Menge"), (380, "Preis"), (470, "Betrag")),
        line(145, (40, "Eichenbrett 2m"), (300, "2"), (380, "24,00"), (470, "48,00")),
    ]
    assert find_invoice_number(lines) != "KD-10023"


# ---- two_line_names.form_under --------------------------------------------------------------------------------
def test_a_brand_over_its_franchisee_s_company_is_not_one_name():
    # a franchise's letterhead: "RE/MAX" over "Harbour Realty Ltd" (the franchisee's own company)
    lines = [
        printed(44, 20, (40, 110, 'RE/MAX'), (729, 801, 'INVOICE')),
        printed(59, 10, (40, 84, 'Harbour'), (88, 118, 'Realty'), (122, 140, 'Ltd')),
        printed(67, 7.5, (613, 638, 'Invoice'), (642, 652, 'no.'), (753, 801, 'HR-2025-118')),
        printed(74, 7, (41, 85, '22 Dock Road'), (104, 120, 'Bristol')),
    ]
    assert find_vendor(lines) != "RE/MAX Harbour Realty Ltd"


# ---- LEGAL_FORM: "earl" -------------------------------------------------------------------------------------
def test_the_given_name_earl_is_no_legal_form():
    # French "EARL" (a farm's form) in the shared LEGAL_FORM also reads the English given name as a firm's form
    from invoice_processing.vendors.issuer_names import clean, formed
    assert clean("Earl Jackson") == "Earl Jackson"
    assert not formed("Earl Jackson") and not formed("Earl's Plumbing & Heating")


def test_an_owner_named_earl_under_the_letterhead_is_not_joined_to_it():
    # "Blue Ridge Roofing" over "Earl Whitaker, Owner": the owner's given name read as the French form EARL
    lines = [
        printed(44, 14, (40, 90, 'Blue Ridge Roofing'), (729, 801, 'INVOICE')),
        printed(59, 9, (40, 70, 'Earl Whitaker, Owner')),
        printed(79, 9, (40, 60, '118'), (64, 100, 'Pine'), (104, 140, 'Hollow'), (144, 170, 'Rd')),
    ]
    assert find_vendor(lines) == "Blue Ridge Roofing"


# ---- lexicon.CHARGES: "(?:[\w.]+\s+){0,4}fuel\s*surcharge\b" ---------------------------------------------------
def test_fuel_surcharges_in_the_plural_are_still_a_charge():
    # the new "\b" after "surcharge" drops the plural the old "fuel\s*surcharge" read
    from invoice_processing.layout import lexicon as lx
    head = line(100, (40, "Item"), (100, "Description"), (300, "Qty"), (350, "Price"), (450, "Ext Price"))
    rows = [line(120, (40, "5217449"), (100, "Knife Plas 7.5 Cornstarch"), (305, "2"), (350, "45.20"),
                 (455, "90.40")),
            line(135, (40, "9999"), (100, "Fuel Surcharges"), (305, "1"), (350, "5.90"), (455, "5.90"))]
    assert [(p.qty, p.price) for p in products([[head, *rows]], POINT)] == [(2, Decimal("45.20"))]
    assert lx.CHARGES.match("Fuel Surcharges")


# ---- flat_fees._TAX_AT_RATE -----------------------------------------------------------------------------------
def test_an_accountant_s_fee_for_tax_work_with_a_rate_in_its_name_is_still_billed():
    # "Tax return preparation 2024 - 50% retainer | 450.00": a fee billed by its amount alone, not the totals' tax
    head = printed(222, 9, (48, 80, 'Service'), (82, 85, '/'), (88, 136, 'Description'), (387, 402, 'Qty'),
                   (453, 472, 'Rate'), (522, 540, 'Line'), (543, 563, 'Total'))
    row = printed(313, 9, (48, 100, 'Bookkeeping'), (104, 140, 'March'), (397, 402, '6'), (450, 472, '42.50'),
                  (537, 564, '255.00'))
    fee = printed(328, 9, (48, 60, 'Tax'), (63, 90, 'return'), (93, 140, 'preparation'), (143, 163, '2024'),
                  (166, 170, '-'), (173, 190, '50%'), (193, 225, 'retainer'), (537, 564, '450.00'))
    assert len(products([[head, row, fee]], POINT)) == 2


# ---- field_labels.NAME_LABEL: Turkish "unvan[ıi]?" -------------------------------------------------------------
def test_the_turkish_name_label_as_printed_is_read():
    # Turkish prints "Ünvanı" / "ÜNVANI" (with Ü): the new alternative "unvan[ıi]?" never meets it
    import re

    from invoice_processing.layout.field_labels import NAME_LABEL
    assert re.match(NAME_LABEL, "Ünvanı:", re.I) and re.match(NAME_LABEL, "ÜNVANI", re.I)


# ---- units and names the review noted without a test -----------------------------------------------------------
def test_pence_glued_to_a_count_is_no_unit_and_initials_are_no_account_label():
    # "p." (pièce) counts only with its full stop ("45p" is pence); "t.n.v." only in lower case ("T.N.V. Holding")
    from invoice_processing.layout.numbers import parse_quantity
    from invoice_processing.vendors.issuer_names import clean
    assert parse_quantity("45p") is None and parse_quantity("1 p.") == 1
    assert clean("T.N.V. Holding") == "T.N.V. Holding"
