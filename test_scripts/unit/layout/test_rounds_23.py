"""Rules from the twenty-third session's independent documents: each case is a layout a helper drew
or found, reduced to the lines that matter."""

from __future__ import annotations

from decimal import Decimal

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.label_roles import role_of
from invoice_processing.layout.numbers import COMMA, NumberFormat
from invoice_processing.layout.products import ProductLine, product_lines
from invoice_processing.layout.tables import read_tables
from invoice_processing.models import Page, TextLine
from invoice_processing.vendors.issuer import find_vendor
from test_scripts.unit.layout.lines import line


def products(lines: list[TextLine], mark: NumberFormat) -> list[ProductLine]:
    return [p for table in read_tables((Page(1, tuple(lines)),), mark) for p in product_lines(table, mark)]


def test_german_ordered_shipped_and_backordered_abbreviations():
    # "Best. | Gel. | Rückst.": the quantity delivered (geliefert) is billed, not the one ordered
    assert [role_of(label) for label in ("Best.", "Gel.", "Rückst.")] == [lx.ORDERED, lx.SHIPPED, lx.BACKORDER]
    head = line(100, (30, "Pos"), (50, "Artikel"), (110, "Bezeichnung"), (300, "Best."), (330, "Gel."),
                (360, "Rückst."), (400, "Einh."), (430, "Preis/Einh."), (500, "Betrag EUR"))
    rows = [line(114, (30, "1"), (50, "NL-40403"), (110, "Haftnotizen neon"), (300, "20"), (330, "15"),
                 (360, "5"), (400, "Stk"), (430, "4,50"), (500, "67,50")),
            line(128, (30, "2"), (50, "NL-87167"), (110, "Notizbuch A5"), (300, "50"), (330, "50"),
                 (360, "0"), (400, "Stk"), (430, "1,15"), (500, "57,50"))]
    assert [(p.qty, p.price) for p in products([head, *rows], COMMA)] == [
        (15, Decimal("4.50")), (50, Decimal("1.15"))]


def test_a_description_wrapped_under_the_pages_last_row_names_no_sender():
    # a monospace order acknowledgement: the last row's description goes on under its own column,
    # low on the page, and "JAR, FIG & CEDAR 8 OZ" reads like a sender line "Name, street"
    lines = [line(40, (30, "TRI-STATE HOUSEWARES DIST."), (330, "ORDER ACKNOWLEDGEMENT")),
             line(52, (30, "455 RARITAN CENTER PKWY EDISON NJ 08837"), (330, "ORDER #: 0187733")),
             line(64, (30, "TEL 732-555-0120"), (330, "ORDER DT: 03 MAR 2025")),
             line(90, (30, "SOLD TO: 004471"), (330, "SHIP TO:")),
             line(102, (40, "MAPLE & MOSS GENERAL STORE"), (340, "MAPLE & MOSS GENERAL STORE")),
             line(114, (40, "27 CHURCH ST"), (340, "27 CHURCH ST - REAR DOOR")),
             line(126, (40, "BURLINGTON VT 05401"), (340, "BURLINGTON VT 05401")),
             line(150, (30, "LN ITEM#"), (97, "DESCRIPTION"), (275, "U/M"), (311, "ORD"), (342, "SHP"),
                  (378, "B/O"), (408, "PRICE"), (474, "EXTENSION"))]
    y = 162.0
    for n in range(1, 25):
        lines.append(line(y, (31, f"{n} CN79{n:02d}"), (97, "HAND-POURED SOY CANDLE IN AMBER"), (275, "EA"),
                          (311, "24"), (342, "24"), (378, "0"), (408, "1.85"), (474, "44.40")))
        y += 11
    lines.append(line(y, (97, "JAR, FIG & CEDAR 8 OZ")))
    lines.append(line(y + 17, (224, "CONTINUED ON NEXT PAGE")))
    assert find_vendor(lines) == "TRI-STATE HOUSEWARES DIST."


def test_a_payment_advice_is_addressed_to_the_seller():
    # Xero's tax invoice: the customer top left without a label, the seller's block on the right, and
    # the slip at the foot "PAYMENT ADVICE / To: <seller> / <street>"
    lines = [line(40, (40, "TAX INVOICE"), size=20),
             line(70, (40, "The Larder Collective Ltd"), (300, "Invoice Date"), (420, "Hedgerow & Hive Preserves Ltd")),
             line(81, (40, "Attention: Accounts Payable"), (300, "7 Feb 2025"), (420, "Marsh Farm Barns")),
             line(92, (40, "Unit 4, Tanner's Yard"), (300, "Invoice Number"), (420, "Lower Street")),
             line(103, (40, "Frome"), (300, "INV-0392"), (420, "Bruton")),
             line(114, (40, "BA11 1EX"), (420, "Somerset BA10 0EP")),
             line(150, (40, "Description"), (320, "Quantity"), (390, "Unit Price"), (520, "Amount GBP")),
             line(164, (40, "Wildflower Honey 340g jar"), (328, "4.00"), (393, "38.40"), (528, "153.60")),
             line(180, (437, "Subtotal"), (528, "153.60")),
             line(729, (40, "PAYMENT ADVICE"), size=12),
             line(747, (40, "To: Hedgerow & Hive Preserves Ltd"), (300, "Customer The Larder Collective Ltd"), size=8),
             line(757, (40, "Marsh Farm Barns, Lower Street"), (300, "Invoice Number INV-0392"), size=8),
             line(767, (40, "Bruton BA10 0EP"), (300, "Amount Due 792.00"), size=8)]
    assert find_vendor(lines) == "Hedgerow & Hive Preserves Ltd"


def test_a_tax_named_after_its_rate_is_a_charge():
    from invoice_processing.layout.lexicon import CHARGES

    assert CHARGES.match("Stripe Tax Line Item 7.75% Tax by Avalara")  # a SaaS invoice's first "item"
    assert CHARGES.match("State 6.25% Sales Tax")
    assert not CHARGES.match("Tea 5% Tax-free blend")
    assert not CHARGES.match("Gift box (20% tax included)")
    assert not CHARGES.match("Zero-rated 0% Tax item")


def test_tallys_rate_per_unit_and_its_voucher_number():
    from invoice_processing.layout.numbers import POINT
    from invoice_processing.vendors.header_numbers import find_invoice_number, read_id

    head = line(100, (56, "Sl"), (99, "Description of Goods"), (218, "HSN/SAC"), (270, "Due on"), (313, "Quantity"),
                (370, "Rate"), (408, "per"), (427, "Disc. %"), (476, "Amount"))
    rows = [line(114, (60, "1"), (70, "IM-11KW-FP-S1-160M-B3-IE2"), (216, "85015210"), (266, "18-Mar-26"),
                 (321, "2 NUM"), (361, "38,628.15"), (406, "NUM"), (481, "77,256.30")),
            line(136, (59, "2"), (70, "IM-7.5KW-FP-S1-132M-B3"), (216, "85015210"), (266, "18-Mar-26"),
                 (321, "2 NUM"), (360, "24,118.25"), (406, "NUM"), (481, "48,236.50"))]
    assert [(p.qty, p.price) for p in products([head, *rows], POINT)] == [
        (2, Decimal("38628.15")), (2, Decimal("24118.25"))]
    fields = [line(40, (40, "Proforma Invoice")), line(60, (300, "Voucher No."), (420, "Dated")),
              line(70, (300, "EFSPL/PI/77/25-26"), (420, "18-Mar-26"))]
    assert find_invoice_number(fields) == "EFSPL/PI/77/25-26"
    assert read_id("MMPL/25-26/PO- 89") == "MMPL/25-26/PO- 89"  # its last group set apart, as printed
    assert read_id("INV-2291 - 3") == "INV-2291 - 3" and read_id("A-104 Unit 7") == "A-104"


def test_shop_charges_in_italian_and_indian_taxes_by_their_state_names():
    from invoice_processing.layout.lexicon import CHARGES

    assert all(CHARGES.match(text) for text in ("Costi di spedizione € 3,02", "Promozioni -€ 15,49", "CGST @ 9%",
                                                "SGST", "IGST 18%", "Sconto 10%"))
    assert not any(CHARGES.match(text) for text in ("Promotion Pack Lipstick", "Costiera tote bag", "PST137"))


def test_ordered_shipped_and_backordered_in_spanish_polish_czech_and_finnish():
    for ordered, shipped, missing in (("Pedidas", "Servidas", "Pendientes"), ("Zam.", "Wyd.", "Brak"),
                                      ("Obj.", "Dod.", "Nedod."), ("Tilattu", "Toim.", "Jälkitoim.")):
        assert [role_of(label) for label in (ordered, shipped, missing)] == [lx.ORDERED, lx.SHIPPED, lx.BACKORDER]
    assert role_of("Název zboží") == lx.DESCRIPTION and role_of("Tuotenro") == lx.CODE
    assert role_of("Ale %") == lx.DISCOUNT
    # three labels set close together in one cell are still three columns
    head = line(100, (45, "Referencia"), (101, "Descripción"), (286, "Ud."), (311, "Pedidas Servidas Pendientes"),
                (446, "Precio"), (521, "Importe"))
    rows = [line(114, (45, "LV-30115"), (101, "Vela aromática, azahar"), (286, "uds"), (320, "24"), (356, "18"),
                 (396, "6"), (446, "5,60"), (521, "100,80"))]
    assert [(p.qty, p.price) for p in products([head, *rows], COMMA)] == [(18, Decimal("5.60"))]


def test_czech_and_finnish_dates_and_a_czech_invoice_number():
    from datetime import date

    from invoice_processing.normalize import parse_date
    from invoice_processing.vendors.header_numbers import find_invoice_number, read_id

    assert parse_date("5. února 2025") == date(2025, 2, 5)
    assert parse_date("22. tammikuuta 2025") == date(2025, 1, 22)
    assert parse_date("7. maj 2025") == date(2025, 5, 7) and parse_date("12 augusti 2025") == date(2025, 8, 12)
    fields = [line(40, (40, "Velkoobchod Sklo s.r.o.")),
              line(60, (40, "FAKTURA – DAŇOVÝ DOKLAD"), (300, "Faktura č. 2025010233"))]
    assert find_invoice_number(fields) == "2025010233"
    assert read_id("ORD SO-2291877 DATED 17-Feb-2025") == "SO-2291877"  # "ORD" labels it
    assert read_id("PO 88214") == "PO 88214" and read_id("ORD 55821") == "ORD 55821"
    assert read_id("PRSF 7730412") == "PRSF 7730412"  # a series of four letters before the number
    assert read_id("PAGE 12345") is None


def test_a_products_brand_column_names_no_seller():
    # "Marque" (brand) is a column of the table and "FROM ABBAYE" a product's brand, not "From: <seller>"
    lines = [line(30, (28, "Le Relais Local SAS")),
             line(60, (28, "15 chemin du bois rond"), (360, "DATE"), (432, "CLIENT")),
             line(71, (28, "69720 ST BONNET DE MURE"), (348, "03/01/2023"), (437, "ECOS")),
             line(100, (31, "REF."), (111, "DESIGNATION"), (226, "Nature"), (269, "Marque"), (314, "NB Colis"),
                  (354, "QTE"), (397, "PU Brut"), (463, "PU Net"), (496, "Montant HT")),
             line(114, (26, "102260"), (58, "REGAL NU"), (224, "BIO"), (259, "FROM ABBAYE"), (329, "1"), (361, "5"),
                  (412, "3,25"), (474, "3,25"), (522, "16,25")),
             line(128, (26, "120527"), (58, "CHAMPIGNON PARIS"), (224, "BIO"), (259, "LOU (43)"), (329, "1"),
                  (361, "2"), (412, "7,90"), (474, "7,90"), (522, "15,80"))]
    assert find_vendor(lines) == "Le Relais Local SAS"


def test_a_bullet_printed_as_a_full_stop_is_no_part_of_a_name():
    from invoice_processing.vendors.issuer_names import clean

    assert clean(". Schneider Electric (NZ) Limited") == "Schneider Electric (NZ) Limited"
    assert clean("Acme Widgets Ltd.") == "Acme Widgets Ltd."


def test_a_purchase_orders_supplier_in_the_window_under_the_buyers_sender_line():
    # an SAP order: the buyer's sender line over the window with the supplier's address; the goods go to
    # another of the buyer's sites ("Send Goods to:")
    lines = [line(40, (43, "Item"), (90, "Material"), (200, "Order Qty"), (300, "Net price"), (480, "Net Value")),
             line(60, (43, "10"), (200, "510/EA"), (300, "5.05"), (480, "2,575.50")),
             line(90, (43, "Ecolab Production LLC, 1 Ecolab Place, Saint Paul MN 55102-2739"), size=6),
             line(100, (43, "CHEP USA")),
             line(111, (43, "8517 S PARK CIRCLE")),
             line(122, (43, "ORLANDO FL 32819-9040")),
             line(150, (43, "Send Goods to:"), (327, "Questions to:")),
             line(161, (43, "Ecolab Co."), (327, "Name:"), (369, "Wanda Mabe")),
             line(172, (43, "90 Piedmont IND Dr. Suite 300")),
             line(183, (43, "Winston-Salem, NC 27107, USA")),
             line(210, (43, "Purchase Order"), size=14),
             line(225, (43, "PO Number: 5502094902")),
             line(240, (43, "Send Invoice to:")),
             line(251, (43, "Ecolab Inc")),
             line(262, (43, "PO Box 2143"))]
    assert find_vendor(lines) == "CHEP USA"


def test_a_saas_charge_table_and_its_tax_breakdown():
    from invoice_processing.layout.numbers import POINT

    first = [line(508, (414, "Taxes, Fees &")),
             line(515, (16, "Charge Description"), (196, "Billing Period"), (322, "Subtotal"), (576, "Total")),
             line(522, (419, "Surcharges")),
             line(550, (16, "Charge Name:")),
             line(563, (16, "Zoom Workplace Pro Monthly"), (176, "Oct 20, 2025 - Nov 19,")),
             line(570, (325, "$16.99"), (431, "$0.83"), (570, "$17.82")),
             line(577, (16, "Quantity: 1"), (212, "2025")),
             line(590, (16, "Unit Price: $16.99")),
             line(618, (455, "Subtotal"), (570, "$16.99"))]
    second = [line(40, (169, "Tax, Fee or"), (562, "Tax, Fee or Surcharge")),
              line(50, (18, "Charge Name"), (273, "Jurisdiction"), (375, "Charge Amount")),
              line(60, (169, "Surcharge Name"), (562, "Amount")),
              line(75, (18, "Zoom Workplace Pro Monthly"), (169, "Utility Users Tax"), (273, "City"), (375, "$16.99"),
                   (562, "$0.83")),
              line(90, (18, "Total of Taxes, Fees & Surcharges"), (562, "$0.83"))]
    tables = read_tables((Page(1, tuple(first)), Page(2, tuple(second))), POINT)
    assert [(p.qty, p.price) for t in tables for p in product_lines(t, POINT)] == [(1, Decimal("16.99"))]


def test_a_french_wholesalers_columns_with_footnote_marks_and_a_nil_list_price():
    # "Colis*", "Q**": footnotes' marks; "PU Brut" the list price (0,00 when none), "PU Net" the price; a
    # mushroom "PORTO BELLO" is no postage, and the fuel index is a charge
    head = line(100, (45, "Réf."), (131, "Désignation du produit"), (263, "U.V"), (332, "Colis*"), (367, "Qté"),
                (394, "PU Brut"), (425, "Q**"), (486, "PU Net"), (515, "Total HT"))
    rows = [line(114, (31, "51200"), (77, "INDEX GAZOLE : 0.4 % de 120.17 €"), (262, "PCE"), (340, "1"), (371, "1"),
                 (403, "0,00"), (493, "0,48"), (526, "0,48")),
            line(128, (32, "CHPB"), (77, "CHAMPIGNON PORTO BELLO 2KG"), (264, "KG"), (340, "1"), (370, "2"),
                 (403, "0,00"), (492, "9,01"), (522, "18,02")),
            line(142, (31, "39518"), (76, "ARACHIDE COQUE (5KG) EGYPTE"), (262, "KGV"), (340, "1"), (370, "5"),
                 (403, "6,69"), (441, "4"), (493, "6,42"), (522, "32,10"))]
    assert [(p.qty, p.price) for p in products([head, *rows], COMMA)] == [
        (2, Decimal("9.01")), (5, Decimal("6.42"))]


def test_the_sellers_name_in_larger_type_under_the_customers_block():
    # "SOLD TO" / "SHIP TO" first; the seller's name in bold below them, then a row of field labels ("CUST #")
    lines = [line(56, (252, "INVOICE"), size=14),
             line(87, (41, "SOLD TO:"), (321, "SHIP TO:")),
             line(100, (41, "000318"), (321, "PAGE TURNER BOOKS & GIFTS")),
             line(111, (41, "PAGE TURNER BOOKS & GIFTS"), (320, "RECEIVING - REAR DOOR")),
             line(122, (41, "77 HARBOR AVE"), (321, "77 HARBOR AVE")),
             line(133, (40, "MYSTIC CT 06355"), (320, "MYSTIC CT 06355")),
             line(162, (40, "HIGH TIDE PAPER GOODS, INC."), size=12),
             line(176, (41, "1 CANAL ST STE 210"), (136, "PROVIDENCE RI 02903"), (238, "401-555-0172"), size=8),
             line(203, (40, "CUST #"), (130, "ORDER #"), (220, "ORDER DATE"), (311, "INVOICE #"), size=8),
             line(214, (41, "000318"), (131, "SO-24771"), (221, "02/19/2025"), (311, "558013"), size=8)]
    assert find_vendor(lines) == "HIGH TIDE PAPER GOODS, INC."


def test_a_factors_remit_to_block_names_the_seller_it_collects_for():
    lines = [line(30, (40, "NP"), size=20), line(50, (40, "NORTHERN PINE"), size=11),
             line(62, (40, "TRADING CO."), size=11),
             line(40, (400, "INVOICE"), size=16), line(60, (400, "Inv # NPT-7730")),
             line(100, (40, "SOLD TO"), (300, "REMIT TO")),
             line(111, (40, "Harbourfront Home & Cottage"), (300, "Laurentian Receivables Finance Inc.")),
             line(122, (40, "1180 Water Street"), (300, "f/a/o Northern Pine Trading Co.")),
             line(133, (40, "Peterborough, ON K9H 3P2"), (300, "PO Box 4410, Stn A"))]
    assert find_vendor(sorted(lines, key=lambda ln: ln.y)) == "Northern Pine Trading Co."


def test_the_documents_own_number_before_an_order_number():
    from invoice_processing.vendors.header_numbers import find_invoice_number

    lines = [line(40, (40, "INVOICE"), size=16), line(60, (300, "Account"), (380, "LAV0092")),
             line(71, (300, "Order No."), (380, "SO-55817")), line(82, (300, "Document No."), (380, "INV-118402"))]
    assert find_invoice_number(lines) == "INV-118402"


def test_a_goods_column_of_amounts_is_the_goods_value():
    from invoice_processing.layout.numbers import POINT

    head = line(100, (54, "Ord"), (88, "Sup"), (107, "Product"), (178, "Description"), (378, "List"),
                (405, "Disc%"), (460, "Nett"), (513, "Goods"), (541, "V"))
    rows = [line(114, (58, "4"), (92, "4"), (107, "T&E2.5-100"), (178, "2.5mm Twin & Earth Cable"), (368, "118.5000"),
                 (410, "52.00"), (452, "56.8800"), (510, "227.52"), (548, "S")),
            line(128, (58, "3"), (92, "3"), (107, "T&E1.5-100"), (178, "1.5mm Twin & Earth Cable"), (372, "84.2000"),
                 (410, "52.00"), (452, "40.4160"), (510, "121.25"), (548, "S"))]
    assert [(p.qty, p.price) for p in products([head, *rows], POINT)] == [
        (4, Decimal("56.8800")), (3, Decimal("40.4160"))]


def test_a_flat_fee_billed_by_its_amount_alone_is_a_line():
    from invoice_processing.layout.numbers import POINT

    head = line(100, (44, "Description"), (356, "Qty"), (379, "Unit"), (451, "Rate"), (532, "Amount"))
    rows = [line(114, (43, "Journeyman electrician - replace ballasts"), (359, "2.5"), (379, "hrs"), (448, "96.00"),
                 (540, "240.00")),
            line(128, (43, "Trip charge"), (545, "75.00")),
            line(142, (43, "Disposal - fluorescent lamps"), (545, "42.00")),
            line(170, (40, "Cut lengths cannot be returned."), (386, "Goods"), (482, "357.00"))]
    assert [(p.qty, p.price) for p in products([head, *rows], POINT)] == [
        (Decimal("2.5"), Decimal("96.00")), (1, Decimal("75.00")), (1, Decimal("42.00"))]


def test_a_continued_pages_order_number_beside_the_header_is_no_label():
    from invoice_processing.layout.header_row import find_header
    from invoice_processing.layout.numbers import POINT

    def page(number: int, code: str) -> Page:
        # on a continued page the order's number is set on the header's top line, left of its stacked labels
        first = [(36, "ORDER NO: CS004127586"), (128, "(continued)")] if number > 1 else []
        return Page(number, (
            line(54, (470, "ORDER NO:"), (525, "CS004127586")),
            line(101, *first, (185, "Qty"), (215, "Qty"), (251, "Qty"), (283, "Qty"),
                 (368, "List"), (414, "Your"), (467, "Your Extd")),
            line(109.6, (37, "Product Code"), (96, "UPC"), (162, "RT"), (184, "Ord"), (209, "Alloc"),
                 (235, "Shipped"), (273, "BkOrd"), (316, "U/M"), (363, "Price"), (413, "Price"), (483, "Price")),
            line(124.4, (37, code), (97, "191752907020"), (188, "24"), (218, "24"), (258, "0"), (290, "0"),
                 (317, "EA"), (361, "20.00"), (412, "16.00"), (477, "384.00")),
            line(133.5, (61, "15in Round Paulownia Wood Pillow"))))

    pages = (page(1, "DA2424"), page(2, "XS6662"))
    first, continued = find_header(pages[0].lines, 1), find_header(pages[1].lines, 1)
    assert first is not None and continued is not None and continued.columns == first.columns
    tables = read_tables(pages, POINT)
    assert len(tables) == 1  # the continued page goes on with the first page's table
    lines = [p for t in tables for p in product_lines(t, POINT, quantity="ordered")]
    assert [(p.code, p.qty, p.price) for p in lines] == [("DA2424", 24, Decimal("16.00")),
                                                         ("XS6662", 24, Decimal("16.00"))]


def test_numbers_of_mexican_indonesian_and_french_quotation_forms():
    from invoice_processing.vendors.header_numbers import find_invoice_number

    for label, number in (("Serie y Folio:", "HGST-0046508"), ("No. Faktur", "SPEI092024093000132653"),
                          ("Référence Cotation", "BTS/DC/2026/01/pfm001")):
        lines = [line(40, (40, "Some Title"), size=14), line(60, (40, "Nama Pelanggan"), (300, label), (400, number))]
        assert find_invoice_number(lines) == number


def test_a_danfes_issuer_under_its_label_and_a_checks_payee_without_to():
    from invoice_processing.vendors.issuer_names import clean

    lines = [line(62, (108, "Identificação do emitente"), (271, "DANFE")),
             line(74, (108, "NORTEC QUIMICA SA"), (255, "DOCUMENTO AUXILIAR DA")),
             line(84, (108, "RUA DEZESSETE NR, 200"), (255, "NOTA FISCAL ELETRÔNICA"))]
    assert find_vendor(lines) == "NORTEC QUIMICA SA"
    assert clean("to Tall Pines Puzzle Co.") == "Tall Pines Puzzle Co." and clean("Tomato Co.") == "Tomato Co."


def test_a_rows_discounted_total_under_it_is_no_fee():
    from invoice_processing.layout.numbers import POINT

    head = line(220, (40, "Qty"), (76, "Item"), (331, "SKU"), (449, "Price"), (551, "Total"))
    rows = [line(239, (40, "6 x"), (76, "Field Notebook"), (331, "FW-NB-POC"), (448, "$4.50"), (545, "$27.00")),
            line(250, (76, "Kraft / Dot Grid")),
            line(269, (41, "12 x"), (75, "Cedar Sachet Trio"), (331, "FW-CDR-3"), (448, "$6.00"), (548, "$72.00")),
            line(280, (76, "Default Title"), (545, "$64.80")),
            line(291, (76, "Discount: SPRING10 (-$7.20)"))]
    assert [(p.qty, p.price) for p in products([head, *rows], POINT)] == [(6, Decimal("4.50")), (12, Decimal("6.00"))]


def test_an_e_mail_printouts_sender_and_its_customers_inline_address():
    lines = [line(21, (36, "2/20/25, 9:14 AM"), (241, "Mail - Tidepool General Store - Outlook"), size=7),
             line(55, (54, "Your Fernhill Paper Goods order #100482 is confirmed"), size=13),
             line(81, (55, "From:"), (111, "Fernhill Paper Goods <orders@fernhillpaper.com>")),
             line(94, (54, "Sent:"), (110, "Wednesday, February 19, 2025 4:37 PM")),
             line(107, (54, "To:"), (111, "buying@tidepoolgeneral.com")),
             line(153, (55, "Hi Tidepool General Store,")),
             line(300, (54, "Shipping address: Tidepool General Store, 1204 Bay Street, Port Townsend, WA 98368")),
             line(314, (54, "Questions? Just reply to this email.")),
             line(328, (54, "--")),
             line(340, (54, "Fernhill Paper Goods")),
             line(352, (54, "Wholesale Team | 2211 SE Division St, Portland, OR 97202 | fernhillpaper.com"))]
    assert find_vendor(lines) == "Fernhill Paper Goods"


def test_a_product_named_total_a_groups_count_and_a_carbon_surcharge():
    from invoice_processing.layout.lexicon import CHARGES
    from invoice_processing.layout.numbers import POINT

    head = line(100, (46, "Cnt."), (88, "Manufacturer"), (238, "Name of product/service"), (410, "Unit price"),
                (451, "Qty"), (470, "Value"))
    rows = [line(114, (144, "CBUM Essential Pre-Workout, Orange")),
            line(118, (62, "25 Raw Nutrition"), (409, "€16.39"), (454, "5"), (465, "€81.95")),
            line(131, (144, "Total War - Preworkout, Rainbow Candy - 429 grams")),
            line(135, (62, "26 Redcon1"), (409, "€20.86"), (450, "26"), (461, "€542.36")),
            line(148, (20, "Totals::"), (93, "31"), (220, "Total Cooler Pieces"), (355, "Amount:624.31")),
            line(161, (144, "Albion Magnesium Bisglycinate - 90 caps")),
            line(165, (62, "27 Reflex Nutrition"), (414, "€4.86"), (450, "55"), (461, "€267.30"))]
    assert [(p.qty, p.price) for p in products([head, *rows], POINT)] == [
        (5, Decimal("16.39")), (26, Decimal("20.86")), (55, Decimal("4.86"))]
    assert CHARGES.match("ROAD CARBON SURCHARGE NS") and not CHARGES.match("Holiday Surcharge Card")


def test_a_signatures_title_and_an_invoice_number_in_our_reference():
    from invoice_processing.vendors.header_numbers import read_id
    from invoice_processing.vendors.issuer_names import clean

    assert clean("Director, Ashby & Rowe Ceramics Ltd") == "Ashby & Rowe Ceramics Ltd"
    assert clean("Booker is the trading name of Booker Limited") == "Booker Limited"
    assert clean("STAPLES!") == "STAPLES"  # a slogan's exclamation ("think STAPLES 1st!") is no part of it
    assert read_id("Invoice AR/2025/0417") == "AR/2025/0417" and read_id("INVOICE 5521") is None


def test_a_french_order_confirmations_number_in_a_box_and_its_transport_and_pallet_lines():
    from invoice_processing.layout.lexicon import CHARGES
    from invoice_processing.vendors.header_numbers import find_invoice_number

    lines = [line(40, (40, "OLFA"), size=14),
             line(60, (133, "| CONFIRMATION DE LA COMMANDE N°164708 Du"), (338, "06/11/2020"), (421, "|"))]
    assert find_invoice_number(lines) == "164708"
    assert CHARGES.match("TRANSPORT SUR VENTE") and CHARGES.match("PALETTE EUROPE")
    assert not CHARGES.match("Palettenregal Eurostyle")
