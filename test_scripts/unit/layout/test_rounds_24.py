"""Table and line rules from the twenty-fourth session's independent documents (header rules:
``test_rounds_24_header.py``): each case is a layout a helper drew or found, reduced to the lines that matter."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.label_roles import role_of
from invoice_processing.layout.numbers import COMMA, POINT, NumberFormat
from invoice_processing.layout.products import ProductLine, product_lines
from invoice_processing.layout.tables import read_tables
from invoice_processing.models import Page, TextLine
from invoice_processing.vendors.header import find_date
from test_scripts.unit.layout.lines import line


def products(lines: list[TextLine], mark: NumberFormat) -> list[ProductLine]:
    return [p for table in read_tables((Page(1, tuple(lines)),), mark) for p in product_lines(table, mark)]


def _export_rows() -> list[TextLine]:
    # an exporter's commercial invoice: cartons and pieces per row, an amount, no unit price on the total
    head = line(100, (46, "Item No."), (160, "Description of Goods"), (324, "HS Code"), (369, "CTNS"),
                (403, "Q'ty (PCS)"), (455, "Unit Price USD"), (499, "Amount USD"))
    return [head,
            line(114, (46, "HY-3021"), (160, "Stainless steel mixing bowl set"), (324, "7323.93"), (381, "20"),
                 (420, "1,200"), (470, "2.85"), (514, "3,420.00")),
            line(128, (46, "HY-3022"), (160, "Silicone spatula with beech handle"), (324, "3924.10"), (381, "25"),
                 (420, "5,000"), (470, "0.62"), (514, "3,100.00"))]


def test_a_total_row_of_cartons_and_pieces_ends_the_table():
    # "TOTAL: | FOB NINGBO | 45 | 6,200 | 6,520.00": a totals label with the shipment's terms after it and
    # the pieces' sum under the quantity, nothing under the unit price: the table's total, not a product
    for label in (("TOTAL:", "FOB NINGBO"), ("TOTAL FOB", "SHENZHEN"), ("Total Ex-Works Tiruppur", "")):
        total = line(142, (159, label[0]), (195, label[1]), (376, "45"), (415, "6,200"), (509, "6,520.00"))
        assert [(p.qty, p.price) for p in products([*_export_rows(), total], POINT)] == [
            (1200, Decimal("2.85")), (5000, Decimal("0.62"))]


def test_a_product_named_total_with_its_price_stays_a_product():
    rows = _export_rows()
    named = line(142, (46, "TW-100"), (160, "Total Wellness tea tin"), (324, "0902.10"), (381, "2"),
                 (420, "48"), (470, "3.50"), (514, "168.00"))
    assert [(p.qty, p.price) for p in products([*rows, named], POINT)][-1] == (48, Decimal("3.50"))


def test_gross_and_net_invoice_values_are_totals():
    # "Gross Value | 21,050.40", "NET INVOICE VALUE FOB SIALKOT | 20,418.89" under the rows
    sums = [line(142, (160, "Gross Value"), (518, "21,050.40")),
            line(156, (160, "Less: 3% Quantity Discount"), (527, "-195.60")),
            line(170, (160, "NET INVOICE VALUE FOB SIALKOT"), (518, "20,418.89"))]
    assert [(p.qty, p.price) for p in products([*_export_rows(), *sums], POINT)] == [
        (1200, Decimal("2.85")), (5000, Decimal("0.62"))]


def test_pieces_per_carton_cartons_and_total_pieces_under_a_two_line_header():
    # "Pcs/ | No. of | Total | Price/Pc | Amount" over "Ctn | Ctns | Pcs | US$ FOB | US$": the pieces in all
    # are the count billed at the price per piece; the pack and the cartons are the packing's
    head = [line(296, (52, "Sr."), (78, "Item Code"), (206, "Description"), (342, "Pcs/"), (373, "No. of"),
                 (413, "Total"), (453, "Price/Pc"), (508, "Amount")),
            line(305, (343, "Ctn"), (376, "Ctns"), (416, "Pcs"), (452, "US$ FOB"), (516, "US$"))]
    rows = [line(320, (49, "1"), (78, "KMC-2201"), (129, "Brass tealight holder, hammered"), (351, "48"),
                 (392, "6"), (423, "288"), (472, "1.85"), (522, "532.80")),
            line(345, (49, "2"), (78, "KMC-2205"), (129, "Brass pillar candle stand, set of 3"), (351, "12"),
                 (388, "10"), (423, "120"), (467, "14.40"), (516, "1,728.00"))]
    assert [(p.qty, p.price) for p in products([*head, *rows], POINT)] == [
        (288, Decimal("1.85")), (120, Decimal("14.40"))]


def test_a_catch_weight_line_is_billed_by_its_weight():
    # a produce house's "Qty | Unit | Code | Description | Net Lbs | Price | Per | Amount": a case of tomatoes
    # weighed 49.6 lb at 1.45 a pound; a case priced per case keeps its count
    head = line(157, (51, "Qty"), (73, "Unit"), (98, "Code"), (135, "Description"), (344, "Net Lbs"),
                (406, "Price"), (437, "Per"), (483, "Amount"))
    rows = [line(172, (61, "2"), (77, "CS"), (99, "10221"), (134, "TOMATOES 5X6 VINE RIPE 25 LB"), (361, "49.6"),
                 (411, "1.45"), (440, "LB"), (496, "71.92")),
            line(184, (62, "1"), (77, "CS"), (99, "10310"), (134, "CUCUMBERS SELECT 1/9 BU"), (406, "24.50"),
                 (439, "CS"), (496, "24.50")),
            line(196, (62, "1"), (77, "CS"), (99, "14320"), (134, "MUSHROOMS CRIMINI 10 LB"), (361, "10.0"),
                 (411, "3.15"), (440, "LB"), (496, "31.50"))]
    assert [(p.qty, p.price, p.mismatch) for p in products([head, *rows], POINT)] == [
        (Decimal("49.6"), Decimal("1.45"), False), (1, Decimal("24.50"), False),
        (Decimal("10.0"), Decimal("3.15"), False)]


def test_a_weight_that_does_not_make_the_amount_leaves_the_count():
    # neither the count (3 × 21.15) nor the weight (75.0 × 21.15) makes 60.00: the row stays as printed, flagged
    head = line(157, (51, "Qty"), (98, "Code"), (135, "Description"), (344, "Weight"), (406, "Price"),
                (483, "Amount"))
    row = line(172, (61, "3"), (99, "20110"), (134, "FLOUR ALL PURPOSE"), (361, "75.0"), (411, "21.15"),
               (496, "60.00"))
    assert [(p.qty, p.price, p.mismatch) for p in products([head, row], POINT)] == [(3, Decimal("21.15"), True)]


def test_california_redemption_values_under_the_rows_are_no_products():
    # a row's name wrapped onto a second line sets its "CA CRV 12 @ 0.05 | 0.60" a row's pitch below it: no fee
    head = line(169, (38, "CODE"), (78, "DESCRIPTION"), (268, "SIZE"), (338, "QTY"), (364, "U/M"), (413, "LIST"),
                (452, "DISC"), (478, "NET PRICE"), (535, "AMOUNT"))
    rows = [line(183, (38, "40112"), (78, "PELLUCID SPRING WATER STILL"), (268, "24/16.9 OZ"), (352, "5"),
                 (367, "CS"), (417, "9.60"), (457, "0.75"), (510, "8.85"), (555, "44.25")),
            line(194, (79, "CA CRV 120 @ 0.05"), (559, "6.00")),
            line(205, (38, "61053"), (78, "RANCHO CITRUS BLOOD ORANGE SODA"), (269, "12/12 OZ"), (353, "1"),
                 (367, "CS"), (414, "18.90"), (457, "0.90"), (506, "18.00"), (556, "18.00")),
            line(216, (78, "GLASS")),
            line(227, (79, "CA CRV 12 @ 0.05"), (559, "0.60")),
            line(238, (38, "70316"), (78, "TAMALPAIS GINGER BEER"), (268, "4/6/12 OZ"), (352, "2"), (367, "CS"),
                 (413, "29.40"), (505, "29.40"), (555, "58.80")),
            line(249, (79, "CA CRV 48 @ 0.05"), (559, "2.40"))]
    assert [(p.qty, p.price) for p in products([head, *rows], POINT)] == [
        (5, Decimal("8.85")), (1, Decimal("18.00")), (2, Decimal("29.40"))]


def test_a_groups_subtotal_with_its_count_of_items_is_no_product():
    # "DAIRY & EGGS Subtotal (8 items) | 367.22" between groups, its count maybe wrapped ("Subtotal (7" / "items)")
    head = line(280, (70, "Shp"), (116, "Item #"), (278, "Description"), (483, "Price"), (545, "Amount"))
    rows = [line(297, (70, "1"), (116, "226318"), (278, "Yogurt, Greek whole milk plain"), (483, "28.50"),
                 (545, "28.50")),
            line(311, (278, "DAIRY & EGGS Subtotal (1 items)"), (540, "28.50")),
            line(324, (42, "PAPER & DISPOSABLES")),
            line(338, (70, "2"), (116, "714802"), (278, "Fork, compostable CPLA"), (483, "44.20"), (545, "88.40")),
            line(351, (278, "PAPER & DISPOSABLES Subtotal (1"), (540, "88.40")),
            line(364, (278, "items)"))]
    assert [(p.qty, p.price) for p in products([head, *rows], POINT)] == [
        (1, Decimal("28.50")), (2, Decimal("44.20"))]


def test_a_per_columns_letter_set_close_to_the_price_divides_it():
    # a lumber yard's "QUANTITY | UM | ITEM | DESCRIPTION | PRICE | PER | AMOUNT": "985.00 M" is per thousand
    # board feet (640 BF × 985 / 1000 = 630.40)
    head = line(190, (53, "QUANTITY"), (98, "UM"), (125, "ITEM"), (196, "DESCRIPTION"), (446, "PRICE"),
                (476, "PER"), (542, "AMOUNT"))
    rows = [line(206, (78, "640"), (98, "BF"), (124, "DF21016"), (197, "2X10-16 DOUG FIR #2&BTR KD"), (441, "985.00"),
                 (476, "M"), (543, "630.40")),
            line(218, (78, "12"), (98, "EA"), (124, "HW2201"), (197, "JOIST HANGER 2X10"), (446, "2.15"),
                 (476, "EA"), (543, "25.80"))]
    assert [(p.qty, p.price, p.mismatch) for p in products([head, *rows], POINT)] == [
        (640, Decimal("0.985"), False), (12, Decimal("2.15"), False)]


def test_a_price_basis_column_names_the_pack_the_price_is_for():
    head = line(190, (37, "Item Number"), (141, "Description"), (365, "Qty Shipped"), (425, "Unit Price"),
                (490, "Price Basis"), (544, "Amount"))
    rows = [line(206, (37, "RSC-121212"), (141, "Corrugated RSC box 12 x 12 x 12 in"), (370, "1,000"),
                 (430, "712.00"), (490, "Per 1000"), (548, "712.00")),
            line(218, (37, "TAPE-48"), (141, "Carton sealing tape 48 mm"), (375, "6"), (433, "41.50"),
                 (490, "Per CS"), (550, "249.00"))]
    assert [(p.qty, p.price) for p in products([head, *rows], POINT)] == [
        (1000, Decimal("0.712")), (6, Decimal("41.50"))]


def test_provincial_stewardship_fees_are_charges():
    head = line(190, (37, "SKU"), (151, "Description"), (416, "Qty"), (426, "U/M"), (485, "Price"), (556, "Amount"))
    rows = [line(206, (37, "BAT-18V"), (151, "Cordless drill battery 18V 5Ah"), (416, "4"), (426, "EA"),
                 (480, "129.00"), (552, "516.00")),
            line(218, (37, "EHF-BAT"), (151, "Environmental handling fee - battery"), (416, "4"), (426, "EA"),
                 (485, "2.75"), (557, "11.00")),
            line(230, (37, "ECO"), (151, "Eco Fee - electrical product (ON)"), (416, "2"), (426, "EA"),
                 (485, "0.85"), (559, "1.70")),
            line(242, (36, "TSS-FEE"), (150, "Tire Stewardship SK levy"), (416, "4"), (426, "EA"), (485, "5.50"),
                 (556, "22.00"))]
    assert [(p.qty, p.price) for p in products([head, *rows], POINT)] == [(4, Decimal("129.00"))]


def test_spanish_served_quantity_and_a_price_per_hundred_only_the_amount_proves():
    head = line(182, (42, "Código"), (91, "Descripción"), (294, "Pedido"), (327, "Servido"), (376, "Precio"),
                (417, "Dto."), (440, "%IVA"), (485, "Importe"))
    rows = [line(210, (43, "LR22018"), (91, "Llavero metal esmaltado"), (311, "48"), (347, "36"), (380, "0,880"),
                 (451, "21"), (494, "31,68")),
            line(223, (43, "LR41120"), (91, "Bolsa de papel regalo kraft (precio por 100)"), (307, "200"),
                 (343, "200"), (376, "16,500"), (451, "21"), (494, "33,00"))]
    assert [(p.qty, p.price) for p in products([head, *rows], COMMA)] == [
        (36, Decimal("0.880")), (200, Decimal("0.165"))]


def test_a_french_wholesalers_price_per_hundred_less_its_discount_rate():
    # "CDE | LIV | PRIX HT | UP | REM% | TVA | MONTANT HT": "2,850 | C | 15,0" is 2,85 per hundred less 15 %
    head = line(213, (38, "ARTICLE"), (100, "DESIGNATION"), (315, "CDE"), (349, "LIV"), (380, "PRIX HT"),
                (417, "UP"), (443, "REM%"), (477, "TVA"), (512, "MONTANT HT"))
    rows = [line(227, (38, "VIS4X30"), (100, "VIS AGGLO TETE FRAISEE PZ 4X30"), (311, "1000"), (345, "1000"),
                 (389, "2,850"), (419, "C"), (443, "15,0"), (473, "20,0"), (535, "24,23")),
            line(239, (38, "CHV6"), (100, "CHEVILLE NYLON UNIVERSELLE D6"), (311, "1000"), (350, "800"),
                 (389, "1,950"), (419, "C"), (473, "20,0"), (535, "15,60")),
            line(251, (38, "CADN40"), (100, "CADENAS LAITON ANSE ACIER 40 MM"), (320, "12"), (354, "12"),
                 (389, "4,350"), (419, "U"), (473, "20,0"), (535, "52,20"))]
    assert [(p.qty, p.price, p.mismatch) for p in products([head, *rows], COMMA)] == [
        (1000, Decimal("0.0285"), False), (800, Decimal("0.0195"), False), (12, Decimal("4.350"), False)]


def test_a_label_whose_ti_ligature_reads_as_a_hyphen():
    # a font maps its "ti" ligature to "-": "Quan-ty" is Quantity, "Descrip-on" Description
    assert role_of("Quan-ty") == lx.QTY and role_of("Descrip-on") == lx.DESCRIPTION
    head = line(300, (41, "#"), (63, "Item name"), (200, "HSN/ SAC"), (309, "Quan-ty"), (356, "Unit"),
                (400, "Price/ Unit"), (482, "GST"), (533, "Amount"))
    row = line(314, (41, "1"), (63, "HTO Jaggery Powder"), (200, "17011390"), (320, "15"), (356, "Box"),
               (400, "590.00"), (470, "442.50 (5%)"), (530, "9,292.50"))
    assert [(p.qty, p.price) for p in products([head, row], POINT)] == [(15, Decimal("590.00"))]


def test_a_gst_rate_column_is_no_price():
    assert role_of("GST Rate") == lx.TAX


def test_a_free_rows_nil_amount_does_not_choose_the_quantity_column():
    # "Colis | Désignation | P.U. HT | Pièces | P.U. TTC | MT TTC": packages are billed; a free row's 0.00
    # fits its one piece as well as anything, and says nothing of which count is billed
    head = line(301, (35, "Colis"), (66, "Désignation"), (379, "P.U. HT"), (417, "Pièces"), (466, "P.U. TTC"),
                (514, "MT TTC"))
    rows = [line(333, (55, "2"), (65, "Taro frais"), (389, "34.59"), (435, "2"), (472, "36.500"), (533, "73.00")),
            line(404, (55, "4"), (66, "Lait VIVA 6x1L"), (394, "5.68"), (430, "96"), (477, "5.990"), (533, "23.96")),
            line(432, (55, "1"), (66, "Semoule Blanche 5kg"), (394, "0.00"), (435, "1"), (477, "6.900"), (538, "0.00")),
            line(503, (55, "1"), (66, "Patate douce rouge 6 kg"), (394, "9.00"), (435, "0"), (477, "9.500"),
                 (538, "9.50"))]
    assert [p.qty for p in products([head, *rows], POINT)] == [2, 4, 1, 1]


def test_a_french_tax_summary_and_a_spanish_tot_end_the_table():
    head = line(301, (35, "Colis"), (66, "Désignation"), (379, "P.U. HT"), (514, "MT HT"))
    row = line(333, (55, "2"), (65, "Taro frais"), (389, "34.50"), (533, "69.00"))
    summary = [line(690, (146, "Base"), (221, "Taxes parafiscales"), (373, "T.V.A."), (495, "NET A")),
               line(704, (149, "HT."), (215, "Base"), (252, "Taux"), (283, "Montant"), (340, "Base"), (376, "Taux"),
                    (407, "Montant"), (483, "PAYER TTC")),
               line(718, (91, "36.00"), (171, "817.50"), (347, "817.50"), (379, "5.50"), (425, "44.96"))]
    assert [(p.qty, p.price) for p in products([head, row, *summary], POINT)] == [(2, Decimal("34.50"))]
    totals = [line(650, (91, "TOT."), (137, "1.452,77"), (443, "NETO"), (523, "1.452,77")),
              line(662, (6, "Dpp"), (49, "0,00%"), (96, "1º"), (198, "1.291,12"), (254, "10%"), (331, "129,11"))]
    spanish = line(301, (5, "Artículo"), (82, "Concepto"), (339, "Cantidad"), (414, "P. Unidad"), (526, "Importe"))
    item = line(395, (6, "CA0005"), (82, "ANCHOA OLIVA GRAN SELECCION"), (357, "12,0000"), (428, "24,0000"),
                (550, "288,00"))
    assert [(p.qty, p.price) for p in products([spanish, item, *totals], COMMA)] == [(12, Decimal("24"))]


def test_a_german_invoices_sums_end_its_table():
    head = line(200, (40, "Pos."), (70, "Artikel"), (300, "Menge"), (380, "Einzelpreis"), (480, "Gesamt"))
    row = line(214, (40, "1"), (70, "Dinkelvollkornbrot 1000 g"), (310, "12"), (390, "4,20 €"), (490, "50,40 €"))
    sums = [line(240, (70, "Rechnungssumme netto"), (490, "223,32 €")),
            line(254, (70, "Rechnungssume brutto"), (490, "238,95 €"))]  # (misspelt on the page)
    assert [(p.qty, p.price) for p in products([head, row, *sums], COMMA)] == [(12, Decimal("4.20"))]


def test_a_count_its_unit_and_the_code_set_close_in_one_cell():
    head = line(117, (73, "Qty"), (92, "Style"), (154, "Item Description"), (519, "Unit Price"), (638, "Line Total"))
    rows = [line(135, (69, "6 EA SV-1101"), (154, "Tin candle 6 oz - Desert Sage"), (517, "USD 12.50"),
                 (637, "USD 75.00")),
            line(148, (65, "12 EA SV-1305"), (154, "Votive candle 2 oz, unscented"), (522, "USD 1.95"),
                 (637, "USD 23.40"))]
    assert [(p.code, p.qty, p.price) for p in products([head, *rows], POINT)] == [
        ("SV-1101", 6, Decimal("12.50")), ("SV-1305", 12, Decimal("1.95"))]


def test_a_numbered_sections_subtotal_is_no_product():
    head = line(240, (43, "#"), (73, "Description"), (380, "Qty"), (445, "Rate"), (540, "Amount"))
    rows = [line(250, (42, "1"), (55, "Equipment")),
            line(262, (43, "1.1"), (73, "HDMI 2.1 cable, 15 ft"), (382, "4 EA"), (449, "28.75"), (545, "115.00")),
            line(274, (43, "1.2"), (72, "Cat6 plenum cable"), (379, "250 ft"), (454, "0.42"), (545, "105.00")),
            line(286, (73, "Section 1 subtotal"), (538, "220.00")),
            line(299, (42, "2"), (55, "Labor")),
            line(312, (42, "2.1"), (73, "Lead technician - on-site"), (374, "6.5 hrs"), (445, "115.00"),
                 (544, "747.50")),
            line(323, (42, "2.2"), (72, "Apprentice technician"), (374, "6.5 hrs"), (449, "68.00"), (544, "442.00")),
            line(335, (73, "Section 2 subtotal"), (539, "1,189.50"))]
    assert [(p.qty, p.price) for p in products([head, *rows], POINT)] == [
        (4, Decimal("28.75")), (250, Decimal("0.42")), (Decimal("6.5"), Decimal("115.00")),
        (Decimal("6.5"), Decimal("68.00"))]


def test_a_shops_order_page_lists_name_count_after_its_label_and_amount():
    from invoice_processing.models import Backend, Document
    from invoice_processing.vendors.receipt_lines import receipt_items
    lines = (line(141, (74, "Apr16, 2025 order")),
             line(152, (75, "Order# 2000129-50710193")),
             line(283, (75, "Seroflora Boric Acid Suppositories (28ct)"), (788, "Qty 12"), (831, "$179.88")),
             line(310, (75, "Parent's Choice Shea Butter Baby Wipes, 900 Count"), (792, "Qty 3"), (834, "$53.88")))
    items = receipt_items(Document((Page(1, lines),), Backend.LOCAL), POINT)
    assert [(i.qty, i.wholesale) for i in items] == [(12, Decimal("14.99")), (3, Decimal("17.96"))]
    assert find_date(list(lines)) == date(2025, 4, 16)


def test_a_czech_recycling_fee_is_a_charge():
    head = line(400, (39, "Kód"), (100, "Název"), (330, "Množství"), (400, "Cena/MJ"), (500, "Celkem"))
    rows = [line(414, (39, "110122"), (100, "Kabel CYKY-J 3x2,5"), (340, "100"), (410, "7,72"), (505, "772,00")),
            line(428, (100, "Ekologický poplatek"), (340, "1"), (410, "0,26"), (510, "0,26"))]
    assert [(p.qty, p.price) for p in products([head, *rows], COMMA)] == [(100, Decimal("7.72"))]


def test_a_row_of_the_totals_labels_over_their_values_ends_the_table():
    head = line(200, (36, "QTY ORD"), (80, "QTY SHIP"), (157, "ITEM NO."), (295, "DESCRIPTION"), (459, "PRICE"),
                (526, "AMOUNT"))
    row = line(214, (50, "6"), (95, "6"), (156, "23-783"), (199, "Mug Ornament Mini"), (472, "14.50"), (554, "87.00"))
    box = [line(700, (79, "MERCHANDISE"), (224, "DELIVERY"), (360, "SALES TAX"), (497, "PLEASE PAY")),
           line(713, (77, "5,361.50"), (223, "45.00"), (364, "0.00"), (492, "$5,406.50"))]
    assert [(p.qty, p.price) for p in products([head, row, *box], POINT)] == [(6, Decimal("14.50"))]


def test_a_receipt_line_with_its_tax_code_after_the_amount():
    from invoice_processing.models import Backend, Document
    from invoice_processing.vendors.receipt_lines import receipt_items
    lines = (line(237, (60, "Goods supplied")),
             line(255, (61, "Cardamom knots, frozen unbaked, box of 24"), (420, "3 x 14.20 = 42.60"), (530, "Z")),
             line(271, (60, "Greaseproof bags 7x9in (1000)"), (421, "1 x 11.40 = 11.40"), (530, "S")))
    items = receipt_items(Document((Page(1, lines),), Backend.LOCAL), POINT)
    assert [(i.qty, i.wholesale) for i in items] == [(3, Decimal("14.20")), (1, Decimal("11.40"))]


def test_a_name_printed_with_its_line_number_under_the_number_label():
    # "Lp. | Nazwa | ... | Ilość | J.m. | Cena netto | Wartość netto", each name set with its number under "Lp."
    head = line(307, (54, "Lp."), (156, "Nazwa"), (273, "PKWiU / CN"), (331, "Ilość"), (358, "J.m."),
                (384, "Cena netto"), (464, "Wartość netto"))
    rows = [line(332, (53, "1 HYDRANGEA"), (269, "01.19.21.0"), (336, "5,00"), (361, "szt"), (388, "25,93"),
                 (475, "129,63")),
            line(353, (53, "2. GERBERA"), (269, "01.19.21.0"), (331, "20,00"), (361, "szt"), (393, "2,78"),
                 (480, "55,56"))]
    assert [(p.description, p.qty, p.price) for p in products([head, *rows], COMMA)] == [
        ("HYDRANGEA", 5, Decimal("25.93")), ("GERBERA", 20, Decimal("2.78"))]


def test_swiss_francs_written_fr_before_the_prices():
    head = line(290, (53, "Article"), (104, "Désignation"), (322, "Qté"), (362, "Prix unit."), (415, "TVA %"),
                (485, "Montant"))
    rows = [line(305, (53, "VD-0113"), (105, "Confiture abricot du Valais 340 g"), (328, "12"), (372, "Fr."),
                 (388, "6.75"), (433, "2.6"), (486, "Fr."), (501, "81.00")),
            line(332, (53, "VD-0120"), (104, "Miel de montagne crémeux 500 g"), (333, "6"), (367, "Fr. 16.40"),
                 (433, "2.6"), (486, "Fr. 98.40"))]
    assert [(p.qty, p.price) for p in products([head, *rows], POINT)] == [(12, Decimal("6.75")), (6, Decimal("16.40"))]


def test_ordered_and_delivered_abbreviated_ord_del():
    head = line(200, (40, "Product"), (100, "Description"), (300, "Pack"), (340, "Ord"), (370, "Del"),
                (410, "Unit Price"), (480, "VAT"), (520, "Net"))
    rows = [line(214, (40, "BA2210"), (100, "Smoked Streaky Bacon 2kg"), (300, "1x2kg"), (345, "2"), (375, "1"),
                 (415, "17.45"), (485, "Z"), (525, "17.45")),
            line(228, (40, "CH1044"), (100, "Mature Cheddar Block 5kg"), (300, "1x5kg"), (345, "3"), (375, "3"),
                 (415, "24.10"), (485, "Z"), (525, "72.30"))]
    assert [(p.qty, p.price) for p in products([head, *rows], POINT)] == [(1, Decimal("17.45")), (3, Decimal("24.10"))]


def test_till_receipt_counts_under_their_items():
    # "4 X £1.89 £7.56 A" under its name on a trade warehouse's till receipt (the pound signs and a VAT letter)
    from invoice_processing.models import Backend, Document
    from invoice_processing.vendors.receipt_lines import receipt_items
    lines = (line(150, (12, "1104520 ROYAL PAPER CUPS 8OZ X50")),
             line(160, (20, "4 X £1.89"), (150, "£7.56"), (200, "A")),
             line(170, (12, "0218840 COFFEE STIRRERS WOOD")),
             line(180, (20, "6 X £1.95"), (150, "£11.70"), (200, "A")))
    items = receipt_items(Document((Page(1, lines),), Backend.LOCAL), POINT)
    assert [(i.qty, i.wholesale) for i in items] == [(4, Decimal("1.89")), (6, Decimal("1.95"))]
