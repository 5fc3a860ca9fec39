"""A review of the twenty-sixth session's first rules (b5a5a6f..19b99dd, rounds 353-370): ordinary layouts they
misread. Each test failed on 19b99dd and passes on the code before the session (b5a5a6f)."""

from __future__ import annotations

from decimal import Decimal

from invoice_processing.layout.numbers import COMMA, POINT, NumberFormat
from invoice_processing.layout.products import ProductLine, product_lines
from invoice_processing.layout.tables import read_tables
from invoice_processing.models import Backend, Document, Page, TextLine
from invoice_processing.vendors import generic
from invoice_processing.vendors.issuer import find_vendor
from invoice_processing.vendors.issuer_names import name_like
from test_scripts.unit.layout.lines import line, printed


def products(pages: list[list[TextLine]], mark: NumberFormat) -> list[ProductLine]:
    read = tuple(Page(n + 1, tuple(lines)) for n, lines in enumerate(pages))
    return [p for table in read_tables(read, mark) for p in product_lines(table, mark)]


# an invoice whose letterhead is a logo (no text): a customer block and a table
_BODY = [line(40, (450, "INVOICE"), size=20),
         line(90, (40, "Bill To:"), (400, "Invoice No: 31077")),
         line(101, (40, "Cairn & Quill Books"), (400, "Date: 04/02/2025")),
         line(112, (40, "410 NW Couch St")),
         line(123, (40, "Portland, OR 97209")),
         line(160, (40, "Qty"), (80, "Description"), (400, "Rate"), (500, "Amount")),
         line(175, (40, "48"), (80, "Greeting card, birthday"), (400, "2.25"), (500, "108.00")),
         line(190, (40, "12"), (80, "Lay-flat notebook A5"), (400, "8.75"), (500, "105.00")),
         line(220, (400, "Total"), (500, "213.00"))]


# ---- parties._firm_over ------------------------------------------------------------------------------------------
def test_remit_to_label_beside_the_firm_over_an_attn_line_keeps_the_seller():
    # "Remit to: | Northpeak Paper Goods, Inc." with "Attn: Accounts Receivable" under the name: the label stands
    # LEFT of the firm (not over it), so the firm is taken for the customer and the letterhead's name is dropped
    lines = [line(40, (40, "Northpeak Paper Goods, Inc."), size=16),
             line(60, (40, "1200 Harbor Way, Seattle, WA 98101")),
             *_BODY[1:],
             line(300, (40, "Remit to:"), (100, "Northpeak Paper Goods, Inc.")),
             line(311, (100, "Attn: Accounts Receivable")),
             line(322, (100, "PO Box 34790")),
             line(333, (100, "Seattle, WA 98124"))]
    assert find_vendor(lines) == "Northpeak Paper Goods, Inc."


# ---- parties._COUNTY_POSTCODE (sender_name) ----------------------------------------------------------------------
def test_a_british_footer_of_name_city_and_postcode_names_the_seller():
    # "Bramble & Moss Ltd, London SW1A 1AA": a name, then its town and postcode; "London SW1A 1AA" is no county line
    lines = [*_BODY, line(780, (150, "Bramble & Moss Ltd, London SW1A 1AA"), size=7)]
    assert find_vendor(lines) == "Bramble & Moss Ltd"


# ---- top_block._heads_a_grid -------------------------------------------------------------------------------------
def test_a_letterhead_in_body_type_beside_two_labels_is_no_grid_label():
    # the seller's name in body type on the line of "Rechnung Nr. | Datum", over its street ("Hauptstraße 12",
    # the number after the street) and the values: a name, not a grid's label
    german = [
        line(40, (40, "Bäckerei Sonnenkorn"), (260, "Rechnung Nr."), (420, "Datum"), size=10),
        line(52, (40, "Hauptstraße 12"), (260, "2025-0042"), (420, "03.04.2025"), size=10),
        line(64, (40, "80331 München")),
        line(110, (40, "Kunde:"), (100, "Café Lindenhof")),
        line(121, (100, "Marktplatz 3")),
        line(132, (100, "80333 München")),
        line(170, (40, "Artikel"), (300, "Menge"), (380, "Preis"), (480, "Betrag")),
        line(185, (40, "Roggenbrot 1 kg"), (300, "20"), (380, "3,20"), (480, "64,00")),
        line(200, (40, "Brezen"), (300, "50"), (380, "0,80"), (480, "40,00")),
        line(230, (380, "Summe"), (480, "104,00")),
    ]
    english = [
        line(40, (40, "Northwind Traders"), (260, "Invoice No."), (420, "Date"), size=10),
        line(52, (40, "Tel. 555-0142"), (260, "INV-1045"), (420, "03/04/2025"), size=10),
        line(64, (40, "12 Harbor Road, Portland, ME 04101")),
        line(110, (40, "Bill to:"), (100, "Cafe Lindenhof")),
        line(121, (100, "3 Market Square")),
        line(132, (100, "Bangor, ME 04401")),
        line(170, (40, "Description"), (300, "Qty"), (380, "Price"), (480, "Amount")),
        line(185, (40, "Rye bread"), (300, "20"), (380, "3.20"), (480, "64.00")),
        line(230, (380, "Total"), (480, "64.00")),
    ]
    assert (find_vendor(german), find_vendor(english)) == ("Bäckerei Sonnenkorn", "Northwind Traders")


# ---- issuer_names.name_like (_NUMBERED) --------------------------------------------------------------------------
def test_a_colorado_street_line_is_no_name():
    # "CO" (Colorado) and "SC" (South Carolina) end an address as a legal form ends a name
    assert not name_like("455 Sherman St, Denver CO")
    assert not name_like("100 King Street, Charleston SC")
    # ... so a logo's address line under no name becomes the seller
    assert find_vendor([line(20, (40, "455 Sherman St, Denver CO"), size=11), *_BODY]) == ""


# ---- issuer.seller_named_later -----------------------------------------------------------------------------------
def test_a_forwarding_e_mail_s_sender_is_not_the_seller():
    # a printed e-mail in front of the invoice ("From: | Sent: | To: | Subject:"): the AP clerk who forwarded it
    # is named under "From:", a seller's label; the invoice's logo names no one
    email = [line(40, (40, "From:"), (100, "Dana Whitfield")),
             line(52, (40, "Sent:"), (100, "Monday, April 7, 2025 9:14 AM")),
             line(64, (40, "To:"), (100, "Accounts Payable")),
             line(76, (40, "Subject:"), (100, "FW: Invoice 31077")),
             line(100, (40, "Please process the attached invoice for the April stationery order.")),
             line(112, (40, "Thanks, Dana"))]
    document = Document(pages=(Page(1, tuple(email)), Page(2, tuple(_BODY))), backend=Backend.LOCAL)
    assert generic.to_invoice(document).vendor != "Dana Whitfield"


# ---- issuer_names.formed ---------------------------------------------------------------------------------------------
def test_a_polish_limited_partnership_s_form_in_lower_case_still_counts():
    # "sp. z o.o. sp.k." (and Spanish "s.l.u.", Italian "s.r.l.s.") end the name in lower case, yet the first form
    # matched is followed by the rest of the form: the name loses its form bonus to the logo's word "ZIELONY"
    lines = [
        line(40, (40, "ZIELONY"), size=14),
        line(70, (40, "Ogrody Kowalski sp. z o.o. sp.k. · ul. Polna 5 · 00-950 Warszawa · NIP 525-000-11-22"), size=7),
        line(100, (40, "Faktura VAT nr FV/2025/0412"), size=12),
        line(130, (40, "Nabywca:"), (300, "Data wystawienia: 14.03.2025")),
        line(141, (40, "Kwiaciarnia Róża")),
        line(152, (40, "ul. Kwiatowa 3, 30-001 Kraków")),
        line(190, (40, "Lp."), (70, "Nazwa"), (300, "Ilość"), (380, "Cena"), (480, "Wartość")),
        line(205, (40, "1"), (70, "Sadzonki lawendy"), (300, "20"), (380, "4,50"), (480, "90,00")),
        line(240, (380, "Razem"), (480, "90,00")),
    ]
    assert find_vendor(lines) == "Ogrody Kowalski sp. z o.o. sp.k."


# ---- issuer._AT_RATE ---------------------------------------------------------------------------------------------
def test_a_sender_line_with_an_e_mail_address_starting_with_a_digit_names_the_seller():
    # "orders@2print.co.uk": an "@" before a digit is an address, not a count's rate ("1 @ $340.00")
    lines = [*_BODY, line(780, (60, "Brightside Print Ltd · 12 Mill Lane · Leeds LS1 4AP · orders@2print.co.uk"),
                          size=7)]
    assert find_vendor(lines) == "Brightside Print Ltd"


# ---- remark_words.SUMMARY_HEADING / offered_tables ---------------------------------------------------------------
def test_an_expense_summary_under_the_time_entries_is_billed():
    # "EXPENSE SUMMARY" lists the disbursements billed (nowhere else on the invoice), under a table of hours
    lines = [line(238, (60, "Date"), (110, "Atty"), (145, "Description"), (420, "Hours"), (476, "Rate"),
                  (519, "Amount")),
             line(254, (60, "03/03/25"), (110, "MCR"), (145, "Review landlord's notice of default"), (434, "1.4"),
                  (469, "425.00"), (526, "595.00")),
             line(282, (60, "03/03/25"), (110, "JTA"), (145, "Research Illinois authority"), (434, "3.2"),
                  (469, "260.00"), (526, "832.00")),
             line(310, (300, "Total Professional Services"), (517, "1,427.00")),
             line(350, (60, "EXPENSE SUMMARY")),
             line(366, (60, "Date"), (145, "Description"), (420, "Qty"), (476, "Rate"), (519, "Amount")),
             line(382, (60, "03/11/25"), (145, "Mileage to Cook County courthouse"), (434, "42"), (476, "0.70"),
                  (526, "29.40")),
             line(398, (60, "03/12/25"), (145, "Photocopies, exhibits"), (430, "310"), (476, "0.15"),
                  (526, "46.50")),
             line(420, (300, "Total Expenses"), (526, "75.90"))]
    read = [(p.qty, p.price) for p in products([lines], POINT)]
    assert read == [(Decimal("1.4"), Decimal("425.00")), (Decimal("3.2"), Decimal("260.00")),
                    (Decimal("42"), Decimal("0.70")), (Decimal("310"), Decimal("0.15"))]


# ---- header_labels: an abbreviation joined to the next label -----------------------------------------------------
def test_mwst_and_betrag_a_column_apart_stay_two_columns():
    # "MwSt." a wide space before "Betrag" (a typewriter's type): the tax rate's column and the amount's, not one
    # "MwSt. Betrag" (tax amount) label that swallows the line's amount
    lines = [
        printed(180, 8, (40, 60, 'Pos.'), (70, 110, 'Artikel'), (300, 325, 'Menge'), (360, 400, 'E-Preis'),
                (420, 440, 'MwSt.'), (448, 472, 'Betrag')),
        printed(195, 8, (45, 50, '1'), (70, 120, 'Roggenbrot'), (315, 325, '20'), (380, 400, '3,20'),
                (430, 440, '7%'), (448, 472, '64,00')),
        printed(207, 8, (45, 50, '2'), (70, 120, 'Laugenbrezel'), (315, 325, '50'), (380, 400, '0,80'),
                (430, 440, '7%'), (448, 472, '40,00')),
    ]
    read = [(p.qty, p.price, p.amount) for p in products([lines], COMMA)]
    assert read == [(20, Decimal("3.20"), Decimal("64.00")), (50, Decimal("0.80"), Decimal("40.00"))]


# ---- header_labels._counted_items --------------------------------------------------------------------------------
def test_item_and_its_catalogue_number_are_no_count():
    # "Item | No. | Price | Total" where "No." is the catalogue number (prices equal totals): no count of 2210
    lines = [
        line(200, (53, "Item"), (335, "No."), (425, "Price"), (520, "Total")),
        line(215, (53, "Walnut serving board, large"), (335, "2210"), (420, "$48.00"), (510, "$48.00")),
        line(230, (53, "Cherry salad servers, pair"), (335, "3307"), (420, "$22.00"), (510, "$22.00")),
        line(245, (53, "Maple spurtle"), (335, "1042"), (425, "$9.50"), (510, "$9.50")),
    ]
    assert all(p.qty < 100 for p in products([lines], POINT))


# ---- lexicon.CHARGES: Slovak "kuriér" --------------------------------------------------------------------------
def test_a_courier_bag_is_a_product_not_carriage():
    # "Kurier-Tasche" (a messenger bag) starts with the word the Slovak rule takes for carriage ("kuriér")
    lines = [line(200, (40, "Artikel"), (300, "Menge"), (380, "Preis"), (480, "Betrag")),
             line(215, (40, "Kurier-Tasche Canvas, schwarz"), (300, "2"), (380, "39,90"), (480, "79,80")),
             line(230, (40, "Rucksack Leder, braun"), (300, "1"), (380, "89,00"), (480, "89,00"))]
    read = [(p.description, p.qty) for p in products([lines], COMMA)]
    assert ("Kurier-Tasche Canvas, schwarz", 2) in read
