"""Rules from the twenty-fifth session's independent documents: each case is a layout a helper drew or
found, reduced to the lines that matter."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.label_roles import role_of
from invoice_processing.layout.numbers import COMMA, POINT, NumberFormat
from invoice_processing.layout.products import ProductLine, product_lines
from invoice_processing.layout.tables import read_tables
from invoice_processing.models import Page, TextLine
from invoice_processing.normalize import prefers_day_first
from invoice_processing.vendors.header import find_date
from invoice_processing.vendors.header_numbers import find_invoice_number
from invoice_processing.vendors.issuer import find_vendor
from test_scripts.unit.layout.lines import line


def products(pages: list[list[TextLine]], mark: NumberFormat) -> list[ProductLine]:
    read = tuple(Page(n + 1, tuple(lines)) for n, lines in enumerate(pages))
    return [p for table in read_tables(read, mark) for p in product_lines(table, mark)]


def test_a_billed_to_heading_beside_other_blocks_headings_names_the_customer():
    # Square: "Billed to | Invoice details | Payment" side by side; the seller's name is centred over them (and
    # the customer's city line, beside a date outside its block, is no "name, street, city" sender line)
    lines = [line(71, (298, "HL"), size=14),
             line(110, (233, "Harbor Lane Candle Co."), size=13),
             line(156, (61, "Invoice #000214"), (430, "PAID"), size=16),
             line(197, (61, "Billed to"), (231, "Invoice details"), (401, "Payment"), size=8),
             line(211, (61, "Inkwell Books & Gifts"), (231, "Date of issue"), (400, "Visa ending in 4419"), size=9),
             line(223, (60, "orders@inkwellbooks.net"), (231, "Feb 18, 2025"), (400, "Square Invoices"), size=9),
             line(235, (60, "31 Depot Square"), (231, "Due date"), size=9),
             line(247, (61, "Peterborough, NH 03458"), (231, "Mar 4, 2025 (paid Feb 20, 2025)"), size=9),
             line(307, (61, "Item"), (336, "Quantity"), (440, "Price"), (520, "Amount"), size=8),
             line(331, (60, "Amber Bottle Candle 8oz"), (360, "12"), (430, "$11.00"), (516, "$132.00"), size=9)]
    assert find_vendor(lines) == "Harbor Lane Candle Co."


def test_a_payee_among_bank_details_is_no_customer():
    # "Bankverbindung: | Empfänger: Daniel Baldauf | IBAN ...": the account's holder, the seller under "Absender:"
    lines = [line(60, (57, "Baldauf 3D-Modelierung"), (450, "29.11.2024")),
             line(80, (57, "Rechnung Nr. 112")),
             line(120, (57, "Absender:")),
             line(132, (57, "Daniel Baldauf")),
             line(144, (57, "Linkenheim-Hochstetten")),
             line(156, (57, "Deutschland")),
             line(180, (57, "Empfänger:")),
             line(192, (57, "Tian Göring")),
             line(204, (57, "Geschäftsführung")),
             line(260, (57, "Position"), (120, "Beschreibung"), (300, "Menge"), (360, "Einzelpreis (€)"),
                  (460, "Gesamt (€)")),
             line(272, (57, "1"), (120, "3D-Datei-Modellierung"), (300, "1"), (380, "49,99"), (470, "49,99")),
             line(300, (300, "Zwischensumme: 49,99 €")),
             line(400, (57, "Bankverbindung:")),
             line(412, (57, "Empfänger: Daniel Baldauf")),
             line(424, (57, "IBAN: DE56 6605 0101 1022 0868 03")),
             line(436, (57, "BIC: KARSDE66XXX"))]
    assert find_vendor(lines) == "Daniel Baldauf"


def test_a_dutch_salutation_or_a_contact_label_is_no_name():
    lines = [line(60, (57, "factuur"), size=20),
             line(120, (57, "Mevrouw M.S. Post")),
             line(132, (57, "Fugastraat 10")),
             line(144, (57, "7534 GC ENSCHEDE")),
             line(170, (350, "contactpersoon")),
             line(182, (350, "info@volksuniversiteit-hengelo.nl"))]
    assert find_vendor(lines) not in ("Mevrouw M.S. Post", "contactpersoon")


def test_a_subtotal_carried_to_the_next_page_as_c_f_and_b_f():
    head = line(100, (40, "ISBN"), (140, "Title"), (400, "Qty"), (450, "Price"), (510, "Total"))
    first = [head, line(114, (40, "9781624000117"), (140, "Atlas of Rivers"), (400, "2"), (450, "9.795"),
                        (510, "19.59")),
             line(780, (140, "Total c/f"), (510, "19.59"))]
    second = [line(60, (140, "Total b/f"), (510, "19.59")),
              line(74, (40, "9781624000469"), (140, "Farm Friends board book"), (400, "6"), (450, "3.775"),
                   (510, "22.65")),
              line(100, (140, "Subtotal"), (510, "42.24"))]
    assert [(p.qty, p.price) for p in products([first, second], POINT)] == [
        (2, Decimal("9.795")), (6, Decimal("3.775"))]


def test_the_page_states_its_dates_order():
    assert prefers_day_first(["Tax point 11/02/2025 (dates shown day/month/year)", "$ 1,200.00", "Sales tax"])
    assert prefers_day_first(["Datum (TT.MM.JJJJ): 03.04.2025"])
    assert not prefers_day_first(["Date (MM/DD/YYYY)", "€ 10,00", "MwSt", "Rechnung"])
    lines = [line(80, (40, "TAX INVOICE"), (400, "Tax point 11/02/2025")),
             line(92, (400, "(dates shown day/month/year)")),
             line(104, (40, "Sales tax"), (400, "$ 1,200.00"))]
    assert find_date(lines) == date(2025, 2, 11)


def test_payments_rows_under_the_table_are_no_products():
    lines = [line(334, (51, "Facility"), (348, "Cost"), (437, "Days"), (501, "Line Total")),
             line(364, (50, "Wedding"), (323, "Rs.140000"), (455, "1"), (498, "Rs.140000")),
             line(394, (334, "Subtotal"), (498, "Rs.140000")),
             line(414, (315, "Paid To Date"), (498, "Rs.140000")),
             line(439, (311, "Balance Due"), (525, "Rs.0"))]
    assert [p.description for p in products([lines], POINT)] == ["Wedding"]
    for label in ("Paid to date", "Amount paid", "Total Paid", "Payments received"):
        assert lx.TOTALS.match(label)


def test_a_number_under_a_label_in_several_languages():
    lines = [line(107, (57, "Mercedes-Benz Heritage GmbH, 613-L039, 70546 Stuttgart")),
             line(149, (363, "Rechnung/Invoice/")),
             line(163, (363, "Facture/Factura")),
             line(196, (363, "Beleg-Nr../Document No./")),
             line(204, (363, "No. du document/Num. de comprobante")),
             line(215, (362, "458c10e4-fbd7-4a7f-948a-e22c8c3a00c1")),
             line(234, (363, "Datum,Abteilung/Date,department/")),
             line(252, (363, "26. Juli 2025, Shops"))]
    assert find_invoice_number(lines) == "458c10e4-fbd7-4a7f-948a-e22c8c3a00c1"


def test_italian_and_danish_ordered_delivered_and_net_price_labels():
    assert role_of("Q.tà ord.") == lx.ORDERED and role_of("Q.tà cons.") == lx.SHIPPED
    assert role_of("Nettopris") == lx.PRICE and role_of("Confezione") == lx.NUMBER
    # "Stk.pris | Rabat | Nettopris | Beløb": the net price is the one the amount is billed at
    lines = [line(100, (40, "Varenr."), (90, "Tekst"), (260, "Enh."), (290, "Bestilt"), (330, "Leveret"),
                  (370, "Stk.pris"), (420, "Rabat"), (460, "Nettopris"), (520, "Beløb DKK")),
             line(114, (40, "102015"), (90, "Hvidvin Grüner Veltliner"), (260, "KRT"), (300, "3"), (340, "3"),
                  (375, "396,00"), (425, "8 %"), (465, "364,32"), (520, "1.092,96")),
             line(128, (40, "105502"), (90, "Akvavit Skagen Dild"), (260, "FL"), (300, "6"), (340, "6"),
                  (375, "142,75"), (465, "142,75"), (525, "856,50"))]
    assert [(p.qty, p.price) for p in products([lines], COMMA)] == [(3, Decimal("364.32")), (6, Decimal("142.75"))]


def test_danish_and_french_freight_rows_are_charges():
    for text in ("Fragt og emballage / Freight", "Participation frais de port", "Frakt", "Fraktavgift"):
        assert lx.CHARGES.match(text), text
    assert not lx.CHARGES.match("Fragtskib model kit")


def test_a_name_spelled_out_with_its_postal_box_is_no_fuller_name():
    lines = [line(51, (52, "NORRLANDS PRESENTGROSSIST"), (356, "FAKTURA"), size=16),
             line(68, (355, "Invoice")),
             line(120, (52, "Butik Lingonblomman"), (363, "Fakturanr"), (454, "40219")),
             line(300, (52, "Artikel"), (150, "Benämning"), (350, "Antal"), (400, "À-pris"), (480, "Belopp")),
             line(314, (52, "A-100"), (150, "Ljuslykta glas"), (350, "12"), (400, "29,89"), (480, "358,68")),
             line(700, (52, "Norrlands Presentgrossist AB, Box 412, 901 08 Umeå"), size=7),
             line(710, (52, "Norrlands Presentgrossist AB"), (300, "Org.nr 556677-8899"), size=7)]
    assert find_vendor(lines) == "Norrlands Presentgrossist AB"


def test_the_factor_an_account_is_assigned_to_sells_nothing():
    lines = [line(47, (51, "INVOICE LH 0062194"), (436, "Larkhaven Paper Goods")),
             line(59, (51, "Page 1 of 2"), (494, "450 Mill Race Lane")),
             line(69, (490, "Asheville, NC 28801")),
             line(107, (59, "REMIT TO:"), (340, "SOLD TO")),
             line(121, (59, "Brightwater Trade Finance, LLC"), (341, "Paper Lantern Books & Gifts"), size=12),
             line(141, (59, "Dept. 4471, P.O. Box 7890"), (341, "Provincetown, MA 02657")),
             line(152, (58, "Charlotte, NC 28272-7890")),
             line(210, (56, "This account has been assigned to, is owned by and is payable only to")),
             line(219, (56, "Brightwater Trade Finance, LLC, to whom notice of any dispute must be given")),
             line(282, (54, "Item #"), (114, "Description"), (384, "Shipped"), (464, "Unit Price"), (521, "Extension")),
             line(299, (53, "ST7705"), (113, "Greeting Card - Happy Birthday"), (406, "36"), (486, "1.77"),
                  (539, "63.72"))]
    assert find_vendor(lines) == "Larkhaven Paper Goods"


def test_a_window_address_to_a_person_by_title_is_the_customers():
    lines = [line(28, (51, "Brightline Signs & Graphics — 1207 E Cesar Chavez St, Austin, TX 78702 — 512-555-0133"),
                  size=7),
             line(49, (341, "NUMBER"), (471, "DATE"), size=8.5),
             line(54, (52, "Invoice"), size=22),
             line(60, (341, "BSG-7731"), (471, "2025-05-20"), size=9),
             line(73, (340, "JOB"), (471, "SALESPERSON"), size=8.5),
             line(84, (341, "Little Gem Taqueria refit"), (471, "R. Okonkwo"), size=9),
             line(116, (63, "Mr."), (81, "Luis Carrillo"), size=9.5),
             line(129, (63, "Little Gem Taqueria LLC"), size=9.5),
             line(141, (63, "2600 S Lamar Blvd, Ste 110"), size=9.5),
             line(153, (62, "Austin, TX 78704"), size=9.5),
             line(197, (62, "#"), (76, "Description"), (364, "Qty"), (388, "UoM"), (452, "Price"), (533, "Total"),
                  size=9),
             *(line(213 + 13 * n, (64, str(n + 1)), (76, f"Storefront fascia sign {n}"), (370, "64"), (388, "Sq Ft"),
                    (452, "18.50"), (520, "1,184.00"), size=9) for n in range(8)),
             line(552, (62, "Thank you for your business."), size=8)]
    assert find_vendor(lines) == "Brightline Signs & Graphics"


def test_a_signature_over_its_caption_is_no_seller_and_on_behalf_of_names_one():
    lines = [line(95, (527, "Quotation"), size=14),
             line(105, (29, "【Wallpaper+】"), (106, "Your Business Partner"), size=12),
             line(127, (29, "To"), (163, "Lift Lifestyle International"), (352, "Quotation No."), (459, "EQ1806006")),
             line(137, (29, "Attn"), (163, "Francis"), (352, "Sales"), (459, "chuyan")),
             line(187, (29, "PART NO."), (122, "CODE"), (216, "NAME"), (335, "QTY"), (459, "UNIT PRICE"),
                  (543, "AMOUNT")),
             line(199, (29, "1"), (122, "TD11278-1"), (216, "Joy / Yue"), (333, "500 ㎡"), (462, "HKD 70.00"),
                  (531, "HKD 35000.00")),
             line(472, (29, "Received By"), (352, "For and on behalf of")),
             line(482, (29, "Lift Lifestyle International"), (352, "Top Excellent Consultants Limited")),
             line(506, (400, "chuyan"), size=22),
             line(540, (29, "Authority Signature & Co. Chop"), (351, "Authority Signature & Co. Chop"))]
    assert find_vendor(lines) == "Top Excellent Consultants Limited"
    assert [(p.qty, p.price) for p in products([lines], POINT)] == [(500, Decimal("70.00"))]


def test_total_item_is_one_label():
    assert role_of("TOTAL ITEM") == lx.AMOUNT and role_of("Item total") == lx.AMOUNT


def test_a_surcharge_row_in_spanish_or_german_is_a_charge():
    for text in ("RECARGO", "Recargo de equivalencia 5,2%", "Mindermengenzuschlag", "Energiezuschlag 3%"):
        assert lx.CHARGES.match(text), text


def test_a_legal_line_over_the_sellers_bank_account_beats_a_customers_legal_form():
    lines = [line(100, (97, "Kathari")),
             line(205, (97, "Molaar BV")),
             line(217, (97, "BE0769.924.929")),
             line(229, (97, "Persilstraat, 51 3A")),
             line(241, (97, "3020 Herent")),
             line(350, (97, "FACTUUR"), size=18),
             line(470, (108, "Volgnummer"), (303, "Factuurdatum"), size=14),
             line(490, (108, "2024/T51/0449"), (303, "2024-02-29")),
             line(597, (97, "OMSCHRIJVING"), (354, "AANTAL"), (494, "PRIJS"), (712, "SUBTOTAAL"), size=14),
             line(618, (97, "wekelijkse schoonmaak kantoor"), (387, "4.00"), (500, "€ 150.0"), (742, "€ 600.00")),
             line(1140, (210, "Ljiljana Cvorovic — Kesseldallaan 78/202, 3010 Leuven"), size=9),
             line(1158, (367, "BTW BE0703.928.505"), size=9),
             line(1176, (340, "IBAN BE03 3631 7885 3084"), size=9)]
    assert find_vendor(lines) == "Ljiljana Cvorovic"
