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


def test_a_company_named_capital_is_a_name_and_share_capital_is_a_registry_line():
    from invoice_processing.vendors.issuer_names import REGISTRY, name_like
    assert name_like("CAPITAL CANDLE WORKS") and not REGISTRY.search("Capital Candle Works")
    for text in ("Capital social 25.000,00 €", "Société au capital de 10 000 €", "Capital: 10.000 EUR"):
        assert REGISTRY.search(text), text


def test_a_us_sender_line_over_a_window_address_between_a_field_column():
    # "Harrow Creek Pottery · 40 Mill Street · Asheville, NC 28801" over the customer's window address, the
    # invoice's fields interleaved at the right
    lines = [line(95, (373, "Invoice"), size=15),
             line(115, (373, "Number"), (461, "10482"), size=8.5),
             line(127, (373, "Date"), (460, "April 9, 2025"), size=8.5),
             line(138, (64, "Harrow Creek Pottery"), (131, "·"), (136, "40 Mill Street"), (178, "·"),
                  (183, "Asheville, NC 28801"), (372, "Customer No."), (461, "FOX-220"), size=8.5),
             line(151, (372, "Order Date"), (461, "March 28, 2025"), size=8.5),
             line(156, (65, "Foxglove Books & Gifts"), size=11),
             line(163, (372, "Ship Via"), (461, "UPS Ground"), size=8.5),
             line(171, (64, "Attn: Receiving"), size=11),
             line(175, (372, "Terms"), (460, "2% 10, Net 30"), size=8.5),
             line(184, (64, "220 Front Street"), size=11),
             line(198, (65, "Beaufort, NC 28516"), size=11),
             line(279, (44, "Item No."), (126, "Description"), (376, "Shipped"), (480, "Price"), (535, "Amount")),
             *(line(296 + 15 * n, (44, f"HC-MUG-{n}"), (125, f"Stoneware mug {n}"), (402, "12"), (479, "11.50"),
                    (542, "138.00")) for n in range(10)),
             line(754, (64, "Thank you"), size=8)]
    assert find_vendor(lines) == "Harrow Creek Pottery"


def test_a_grid_of_values_over_their_captions_read_caption_by_caption():
    from invoice_processing.vendors.header_numbers import find_invoice_number
    lines = [line(178, (42, "Factuur"), size=18),
             line(212, (41, "F250318"), (150, "dinsdag 18 februari 2025"), (301, "D-77031"), (400, "VO-2025-0417")),
             line(226, (40, "factuurnummer"), (150, "factuurdatum"), (300, "debiteur"), (400, "verkooporder")),
             line(244, (41, "PB-25-04172"), (151, "14-02-2025"), (301, "10-02-2025"), (400, "30 dagen netto")),
             line(258, (40, "pakbon"), (150, "leverdatum"), (300, "besteldatum"), (400, "betalingsconditie")),
             line(298, (42, "art.nr"), (87, "omschrijving"), (385, "prijs/st"), (433, "aantal"), (524, "bedrag")),
             line(312, (42, "80100"), (87, "Vogelhuisje 'Mees'"), (392, "12,80"), (453, "6"), (531, "76,80"))]
    assert find_invoice_number(lines) == "F250318"
    # read label over value, the same grid ends in a row of values: each label's value is under it
    grid = [line(100, (40, "Invoice No."), (150, "Customer")),
            line(112, (40, "INV-1042"), (150, "C-2201")),
            line(124, (40, "Delivery No."), (150, "Order No.")),
            line(136, (40, "DN-7781"), (150, "SO-5521"))]
    assert find_invoice_number(grid) == "INV-1042"


def test_a_reference_column_of_the_product_table_is_no_document_number():
    from invoice_processing.vendors.header_numbers import find_invoice_number
    lines = [line(95, (431, "FACTURA"), size=14),
             line(162, (40, "FV25-01233"), (310, "C-00922")),
             line(175, (40, "NÚMERO"), (310, "CLIENTE")),
             line(227, (42, "Ref."), (84, "Artículo"), (347, "Uds."), (387, "P.Unit."), (472, "Total")),
             line(247, (43, "05100"), (84, "Cuaderno espiral A5"), (358, "60"), (402, "1,35"), (472, "81,00"))]
    assert find_invoice_number(lines) == "FV25-01233"


def test_send_payment_to_names_the_seller_and_a_units_number_sign_is_no_document_number():
    from invoice_processing.layout.fields import PageView
    from invoice_processing.vendors.header_numbers import find_invoice_number
    from invoice_processing.vendors.seller_labels import labelled_sellers
    lines = [line(148, (48, "Receipt #28817"), size=16),
             line(214, (46, "Billing Address"), (180, "Service Address"), (315, "Send Payment To"),
                  (454, "Invoice Date"), (524, "05/08/23")),
             line(224, (46, "87108161"), (180, "87108161"), (315, "Aircon Masters")),
             line(234, (46, "#0211, block B, the orient,"), (180, "#0211, block B, the orient,"),
                  (315, "15 Duku Road #01-01")),
             line(246, (46, "251 pasir panjang rd,"), (180, "251 pasir panjang rd,"), (315, "Singapore 429165")),
             line(358, (51, "Item"), (146, "Description"), (315, "Unit Cost"), (455, "Quantity"), (517, "Line Total")),
             line(377, (51, "Normal Servicing"), (146, "Basic servicing"), (328, "$75.00"), (481, "1.0"),
                  (534, "$75.00"))]
    assert ("Aircon Masters", 0) in list(labelled_sellers(PageView(lines), set()))
    assert find_invoice_number(lines) == "28817"


def test_a_tax_offices_stamp_and_site_name_no_seller():
    lines = [line(29, (258, "ERKE CHILE SPA"), size=11),
             line(46, (254, "DESARROLLO DE SOFTWARE"), (431, "R.U.T.: 76.269.769-6")),
             line(65, (422, "FACTURA ELECTRONICA")),
             line(82, (247, "Correo: arivera@cargotek.net"), (451, "N° 4117")),
             line(114, (419, "S.I.I. - SANTIAGO CENTRO")),
             line(214, (53, "CÓDIGO"), (85, "CANTIDAD"), (227, "DESCRIPCIÓN"), (381, "PRECIO UNIT."),
                  (518, "TOTAL ITEM")),
             line(240, (52, "00003"), (100, "5"), (124, "Stock Varios"), (411, "3.500"), (540, "17.500")),
             line(683, (72, "Timbre Electrónico SII"), (451, "ORIGINAL")),
             line(697, (72, "Verifique documento en www.sii.cl"))]
    assert find_vendor(lines) == "ERKE CHILE SPA"


def test_an_optional_products_table_and_an_alternate_in_the_amount_column_are_not_billed():
    lines = [line(100, (41, "Description"), (300, "Quantity"), (411, "Unit Price"), (500, "Amount")),
             line(114, (41, "[HT-4400] Combination square 12\""), (310, "3.00"), (424, "26.75"), (505, "80.25")),
             line(130, (404, "Untaxed Amount"), (505, "80.25")),
             line(160, (40, "Optional Products")),
             line(176, (41, "Description"), (411, "Unit Price"), (528, "Disc.%")),
             line(194, (41, "[EQ-8845] Welding table fixture kit, 48 pc"), (424, "612.00")),
             line(208, (41, "[AB-9900] Bench grinder 8\" 3/4 HP"), (424, "289.00"))]
    assert [(p.qty, p.price) for p in products(lines)] == [(3, Decimal("26.75"))]
    quote = [line(100, (44, "Item"), (72, "Part No."), (150, "Description"), (432, "Qty"), (485, "Unit Price"),
                  (536, "Extended")),
             line(114, (44, "4"), (72, "TC-1153"), (150, "Seal plate, ductile iron"), (432, "300"), (485, "27.65"),
                  (539, "8,295.00")),
             line(128, (44, "4A"), (72, "TC-1153-SS"), (150, "ALTERNATE to item 4: CF8M stainless"), (432, "300"),
                  (485, "64.10"), (536, "Alternate")),
             line(138, (150, "cast, machined"), (539, "(not incl.)")),
             line(152, (379, "Total Quoted (excl. alternates):"), (523, "$8,295.00"))]
    assert [(p.qty, p.price) for p in products(quote)] == [(300, Decimal("27.65"))]


def test_a_number_under_its_label_beside_a_british_postcode_in_the_sellers_column():
    from invoice_processing.vendors.header_numbers import find_invoice_number
    lines = [line(71, (45, "TAX INVOICE"), size=16),
             line(97, (301, "Invoice Date"), (421, "Bramble & Quill Stationers Ltd")),
             line(108, (45, "Quayside Paper Goods"), (301, "18 Mar 2025"), (421, "12 Canal Wharf")),
             line(118, (45, "Attention: Buying Dept"), (421, "Leeds")),
             line(129, (45, "7 Castle Row"), (301, "Invoice Number"), (421, "LS11"), (442, "5PS")),
             line(139, (45, "York YO1 7HH"), (301, "INV-3391"), (421, "UNITED KINGDOM")),
             line(160, (301, "Reference")),
             line(171, (300, "QPG PO 5521"))]
    assert find_invoice_number(lines) == "INV-3391"


def test_a_logos_short_name_is_not_spelled_out_with_the_senders_street():
    lines = [line(50, (43, "Wendt & Söhne"), size=20),
             line(68, (43, "BUCHVERTRIEB SEIT 1952"), size=7),
             line(125, (43, "Buchvertrieb Wendt & Söhne KG - Hafenstraße 41 - 28217 Bremen"), (355, "Rechnungsnr.:"),
                  (454, "RE-2025-0312"), size=7),
             line(146, (43, "Buchhandlung Seitenweise"), (355, "Lieferdatum:"), (454, "28.02.2025")),
             line(170, (43, "Marktplatz 3")),
             line(182, (43, "37073 Göttingen")),
             line(260, (43, "Pos."), (80, "Bezeichnung"), (330, "Menge"), (400, "Einzelpreis"), (480, "Gesamt")),
             line(274, (43, "1"), (80, "Atlas der Flüsse"), (330, "10,00 Stk"), (400, "12,95"), (480, "129,50")),
             line(760, (43, "Buchvertrieb Wendt & Söhne KG · HRA 2201 HB · USt-IdNr. DE123456789"), size=7)]
    assert find_vendor(lines) == "Buchvertrieb Wendt & Söhne KG"


def test_a_date_set_in_courier_keeps_its_year_after_the_comma():
    from invoice_processing.layout.fields import PageView
    from invoice_processing.models import Cell
    # Courier 8.5: one space is one character's place (5.1 pt); a comma's glyph ends short of its place
    words = (Cell(440.3, 469.4, "DATE:"), Cell(470.7, 485.4, "Feb"), Cell(491.1, 498.4, "3,"),
             Cell(506.6, 526.4, "2025"), Cell(542.1, 561.9, "PAGE"), Cell(567.6, 572.4, "1"))
    lines = [TextLine.of_words(59, words, 8.5, 8.5)]
    assert "DATE: Feb 3, 2025" in [p.text for p in PageView(lines).rows[0]]
