"""Product tables where a page break, a remark or a total could end up in the wrong row."""

from __future__ import annotations

from decimal import Decimal

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.edges import body_edges
from invoice_processing.layout.numbers import COMMA, POINT, NumberFormat
from invoice_processing.layout.products import ProductLine, product_lines
from invoice_processing.layout.tables import read_tables
from invoice_processing.models import Page, TextLine
from test_scripts.unit.layout.lines import line, printed, spaced


def products(*pages: list[TextLine], fmt: NumberFormat = POINT) -> list[ProductLine]:
    tables = read_tables(tuple(Page(number, tuple(lines)) for number, lines in enumerate(pages, 1)), fmt)
    return [p for t in tables for p in product_lines(t, fmt)]


def test_a_continued_pages_running_head_is_not_the_rest_of_the_last_description():
    header = line(100, (36, "Code"), (120, "Description"), (300, "Qty"), (360, "Price"), (430, "Amount"))
    first = [line(40, (36, "Textiles Brisa S.L.")), line(60, (380, "Factura 2024-7917")), header,
             line(120, (36, "B-1"), (120, "Jarrón de cerámica"), (300, "12"), (360, "5,00"), (430, "60,00"))]
    second = [line(55, (36, "Textiles Brisa S.L. - 2024-7917")),
              line(81, (330, "Total:"), (430, "60,00"))]
    assert [p.description for p in products(first, second, fmt=COMMA)] == ["Jarrón de cerámica"]
    counted = [line(55, (36, "Textiles Brisa S.L. - 2024-7917"), (500, "Page 2 of 2")),  # with its page counter
               line(81, (330, "Total:"), (430, "60,00"))]
    assert [p.description for p in products(first, counted, fmt=COMMA)] == ["Jarrón de cerámica"]


def test_a_remark_under_the_row_before_is_not_the_next_rows_description():
    lines = [
        line(100, (50, "Product"), (100, "UPC"), (250, "Ord"), (300, "Shp"), (400, "Price"), (460, "Amount")),
        line(115, (50, "AB1234"), (110, "889110447656"), (180, "Mango Wood Bowl")),
        line(125, (254, "6"), (304, "6"), (400, "2.00"), (460, "12.00")),
        line(140, (50, "DF6208"), (110, "889110447657"), (180, "Cake Stand")),
        line(150, (254, "4"), (304, "0"), (400, "3.00"), (460, "0.00")),
        line(160, (180, "CANCELLED PER CUSTOMER")),
        line(175, (50, "BB2460"), (110, "191009883124"), (180, "Mango Wood Banner")),
        line(185, (254, "6"), (304, "6"), (400, "10.00"), (460, "60.00")),
    ]
    assert [(p.code, p.description) for p in products(lines)] == [
        ("AB1234", "Mango Wood Bowl"), ("DF6208", "Cake Stand"), ("BB2460", "Mango Wood Banner")]


def test_a_number_belongs_to_the_column_whose_rows_end_their_numbers_where_it_ends():
    # "Shp" and "B/O" are set left over right-aligned numbers: a lone "6" is nearer the B/O label
    lines = [
        line(100, (44, "Code"), (220, "Shp"), (256, "B/O"), (300, "Price"), (360, "Amount")),
        line(115, (44, "A-1 Mug"), (240, "24"), (300, "2.00"), (360, "48.00")),
        line(130, (44, "A-2 Bowl"), (244.5, "6"), (300, "2.00"), (360, "12.00")),
    ]
    assert [(p.code, p.qty) for p in products(lines)] == [("A-1", 24), ("A-2", 6)]


def test_a_totals_label_with_a_count_beside_it_ends_the_table():
    lines = [
        line(100, (50, "Item"), (200, "Qty"), (260, "Rate"), (330, "Amount")),
        line(115, (50, "Today Show"), (204, "2"), (260, "$75.00"), (330, "$150.00")),
        line(130, (120, "TOTALS:"), (204, "2"), (330, "$150.00")),
    ]
    assert [(p.description, p.qty) for p in products(lines)] == [("Today Show", 2)]


def test_a_description_with_sizes_under_a_upc_column_is_no_upc():
    lines = [
        line(100, (42, "Item"), (108, "UPC"), (200, "Qty"), (290, "Price"), (350, "Amount")),
        line(115, (42, "S-2743A"), (204, "36"), (290, "25.00"), (350, "900.00")),
        line(125, (55, 'Hammered Table Runner 12" x 18" w/ Lid 5-5.75"')),
        line(140, (42, "S-2744"), (108, "889110447656"), (204, "2"), (290, "5.00"), (350, "10.00")),
        line(150, (55, "Vase")),
    ]
    assert [(p.upc, p.description) for p in products(lines)] == [
        ("", 'Hammered Table Runner 12" x 18" w/ Lid 5-5.75"'), ("889110447656", "Vase")]


def test_a_count_and_its_unit_ending_a_line_of_words_are_words():
    lines = [
        line(100, (40, "Code"), (211, "Qty"), (300, "Price"), (380, "Amount")),
        line(115, (40, "PCM650"), (215, "6"), (300, "24.00"), (380, "144.00")),
        spaced(126, 100, "Wildwood Jigsaw Puzzle 1000 pc"),
        line(140, (40, "PCM950"), (215, "2"), (300, "4.00"), (380, "8.00")),
        spaced(151, 100, "Citrus Grove Card"),
    ]
    assert [(p.code, p.qty, p.description) for p in products(lines)] == [
        ("PCM650", 6, "Wildwood Jigsaw Puzzle 1000 pc"), ("PCM950", 2, "Citrus Grove Card")]


def test_a_carried_forward_sum_leaves_a_description_broken_by_the_page_to_its_row():
    header = (60, "Código"), (150, "EAN"), (258, "Cant."), (315, "Precio"), (531, "Total")
    first = [line(100, *header),
             line(120, (61, "M-1"), (254, "3 UDS"), (336, "10,00"), (525, "30,00")),
             line(130, (74, "Jarrón azul")),
             line(150, (61, "M-2"), (254, "2 UDS"), (336, "35,00"), (525, "70,00")),
             line(170, (74, "Suma anterior"), (512, "100,00"))]
    second = [line(80, *header),
              line(100, (74, "Suma anterior"), (512, "100,00")),
              line(115, (74, "Manta de algodón")),
              line(130, (61, "M-3"), (254, "1 UDS"), (336, "5,00"), (525, "5,00")),
              line(140, (74, "Vela")),
              line(160, (74, "Total:"), (505, "105,00"))]
    assert [(p.code, p.description) for p in products(first, second, fmt=COMMA)] == [
        ("M-1", "Jarrón azul"), ("M-2", "Manta de algodón"), ("M-3", "Vela")]


def test_a_capital_set_among_the_words_of_a_title_is_a_word_and_a_flag_set_apart_is_not():
    lines = [
        line(100, (43, "ISBN"), (147, "Qty"), (197, "Retail"), (264, "Fl"), (757, "Extended")),
        spaced(115, 168, "Snow on the Harbor: A Winter Picture Book", gap=6.0),
        line(125, (43, "9780926065987"), (158, "4"), (203, "32.99"), (264, "BB"), (774, "65.98")),
        line(140, (42, "Felt Mushroom"), (264, "N")),
        line(150, (43, "9780926065988"), (158, "1"), (203, "9.99"), (774, "4.99")),
    ]
    assert [p.description for p in products(lines)] == [
        "Snow on the Harbor: A Winter Picture Book", "Felt Mushroom"]


def test_a_word_and_a_count_wrapped_under_the_quantity_are_the_end_of_the_description():
    lines = [
        line(100, (60, "Qty"), (114, "Item"), (174, "UPC"), (419, "Price"), (497, "Amount")),
        line(115, (61, "48 st"), (114, "A9393A"), (443, "19.54"), (507, "937.92")),
        line(125, (60, "Felt Mushroom Ornament - Set")),
        line(134, (60, "of"), (75, "2")),
        line(148, (61, "4 ea"), (114, "A5772"), (443, "11.18"), (512, "44.72")),
        line(158, (60, "Glass Bauble")),
    ]
    assert [(p.code, p.qty, p.description) for p in products(lines)] == [
        ("A9393A", 48, "Felt Mushroom Ornament - Set of 2"), ("A5772", 4, "Glass Bauble")]


def test_stacked_labels_name_net_amounts_and_backorders():
    lines = [
        line(90, (248, "Qty"), (361, "BkOrd"), (522, "Importe")),
        line(100, (36, "Referencia"), (248, "Ord"), (361, "Qty"), (458, "Precio"), (529, "neto")),
        line(115, (36, "A-7989B"), (252, "22"), (366, "2"), (458, "22,60"), (524, "497,31")),
        line(125, (50, "Vela aromática")),
    ]
    tables = read_tables((Page(1, tuple(lines)),), COMMA)
    assert [c.role for c in tables[0].columns] == ["code", "ordered", "backorder", "price", "amount"]
    assert [(p.code, p.qty, p.description) for p in products(lines, fmt=COMMA)] == [
        ("A-7989B", 22, "Vela aromática")]


def test_flush_left_labels_over_flush_right_numbers_keep_each_number_in_its_column():
    # each count ends just before the next label: the nearest label is the wrong one
    def row(y, code, upc, ordered, allocated, unit, price, net, amount):
        def ending(x1, text):
            return (x1 - 4.5 * len(text), text)
        return line(y, (32, code), (76, upc), ending(193.5, ordered), ending(248.5, allocated), ending(298.5, "0"),
                    ending(355.5, "0"), (362, unit), ending(488.5, price), ending(523, net), ending(567, amount))
    lines = [
        line(90, (32, "Prod"), (76, "UPC"), (146, "Qty"), (198, "Qty"), (253, "Qty"), (304, "Back"), (360, "Unit of"),
             (450, "List"), (490, "Net")),
        line(100, (32, "Code"), (76, "Code"), (146, "Ordered"), (198, "Allocated"), (253, "Shipped"), (304, "Ordered"),
             (360, "Measure"), (450, "Price"), (490, "Price"), (528, "Extended")),
        row(115, "DH5946C", "191009124883", "8", "8", "ea", "9.50", "7.60", "60.80"),
        row(127, "DK9310", "889110187906", "36", "36", "ea", "45.00", "36.00", "1,296.00"),
        row(139, "EW9970B", "889110835285", "8", "8", "cs", "45.00", "36.00", "288.00"),
    ]
    tables = read_tables((Page(1, tuple(lines)),), POINT)
    assert [(p.code, p.qty, p.price) for p in product_lines(tables[0], POINT, quantity=lx.ORDERED)] == [
        ("DH5946C", 8, Decimal("7.60")), ("DK9310", 36, Decimal("36.00")), ("EW9970B", 8, Decimal("36.00"))]
    columns = tables[0].columns
    edges = body_edges(columns, tuple(lines[2:]), POINT)
    assert [(columns[i].role, edge) for i, edge in sorted(edges.items())] == [
        ("ordered", 193.5), ("number", 248.5), ("shipped", 298.5), ("backorder", 355.5), ("list_price", 488.5),
        ("price", 523.0), ("amount", 567.0)]
    no_backorders = [line(row.y, *((c.x0, c.text) for c in row.cells if c.x0 != 351.0)) for row in lines[2:]]
    emptied = body_edges(columns, tuple(no_backorders), POINT)  # an empty column: each edge to the label before it
    assert [(columns[i].role, edge) for i, edge in sorted(emptied.items())] == [
        ("ordered", 193.5), ("number", 248.5), ("shipped", 298.5), ("list_price", 488.5), ("price", 523.0),
        ("amount", 567.0)]


def test_item_over_codes_and_product_over_words_are_the_code_and_the_description():
    lines = [
        line(100, (50, "Item"), (201, "Qty"), (285, "Product"), (716, "Price"), (774, "Total")),
        line(115, (50, "H-3229"), (204, "4"), (285, "Hand-Painted Serving Bowl"), (716, "79.85"), (770, "319.40")),
        line(127, (50, "H-6444"), (204, "6"), (285, "Stoneware Wall Hook"), (716, "91.56"), (770, "549.36")),
    ]
    assert [(p.code, p.description) for p in products(lines)] == [
        ("H-3229", "Hand-Painted Serving Bowl"), ("H-6444", "Stoneware Wall Hook")]


def test_prose_counts_sizes_and_a_currency_before_its_amount_stay_where_they_belong():
    lines = [
        line(100, (36, "Code"), (105, "Qty"), (160, "UM"), (221, "Ord"), (250, "Price"), (330, "Amount")),
        line(115, (36, "NAS-1"), (120, "6"), (160, "SET"), (240, "€"), (250, "78,72"), (320, "€"), (330, "472,32")),
        line(125, (60, "Kussenhoes"), (112, "40"), (125, "x"), (134, "40"), (147, "cm")),
        line(140, (36, "NAS-2"), (120, "2"), (160, "SET"), (240, "€"), (250, "10,00"), (320, "€"), (330, "20,00")),
        line(150, (60, "Vaas, Sold in Multiples of")),
        line(160, (198, "4,"), (216, "3"), (228, "Styles")),
    ]
    assert [(p.code, p.qty, p.price, p.description) for p in products(lines, fmt=COMMA)] == [
        ("NAS-1", 6, Decimal("78.72"), "Kussenhoes 40 x 40 cm"),
        ("NAS-2", 2, Decimal("10.00"), "Vaas, Sold in Multiples of 4, 3 Styles")]


def test_a_continued_page_under_other_labels_finishes_the_last_description():
    first = [line(100, (32, "Code"), (115, "UPC"), (227, "Qty Ord"), (440, "List Price"), (490, "Your Price"),
                  (550, "Extended Price")),
             line(115, (32, "XS3825"), (115, "889110420142"), (232, "36"), (445, "20.00"), (490, "16.00"),
                  (550, "576.00")),
             line(126, (198, "Resin Vessel, Includes Gift"))]
    second = [line(80, (32, "Code"), (115, "UPC"), (197, "RT"), (221, "Ord"), (438, "List"), (488, "Net"),
                   (544, "Ext")),
              line(95, (198, "Tag, Priced Individually")),
              line(110, (32, "DF4312"), (115, "889110425022"), (232, "36"), (445, "20.00"), (490, "16.00"),
                   (550, "576.00")),
              line(121, (198, "Terracotta Vessel"))]
    assert [(p.code, p.description) for p in products(first, second)] == [
        ("XS3825", "Resin Vessel, Includes Gift Tag, Priced Individually"), ("DF4312", "Terracotta Vessel")]


def test_a_german_net_total_ends_the_table():
    lines = [line(100, (60, "Pos."), (103, "Menge"), (227, "Bezeichnung"), (430, "E.-Preis"), (502, "G.-Preis")),
             line(110, (60, "1"), (101, "5,00"), (230, "Classic Sauce"), (436, "11,10 €"), (509, "55,50 €")),
             line(120, (380, "Gesamt Netto (0,00 %)"), (495, "55,50 €")),
             line(130, (391, "zzgl. MwSt (0,00 %)"), (511, "0,00 €"))]
    assert [(p.description, p.qty) for p in products(lines, fmt=COMMA)] == [("Classic Sauce", 5)]


def test_notes_naming_another_document_and_charge_rows_with_a_code_are_not_products():
    lines = [
        line(100, (46, "Code"), (97, "Description"), (265, "Qty"), (320, "Price"), (380, "Net")),
        line(110, (46, "BK-7014"), (97, "Food Hygiene workbook"), (270, "2 pcs"), (320, "£31.03"), (381, "62.06")),
        line(120, (96, "Delivered per delivery note DN-30917 of 06/05/2025")),
        line(130, (46, "PK-1120"), (97, "Paper straws, box of 500"), (260, "5 boxes"), (320, "£82.65"),
             (376, "413.25")),
        line(140, (97, "*** Items below shipped from Warehouse 2 ***")),
        line(150, (46, "MS-ZS-200"), (97, "Schraubstock zentrisch 200 mm"), (265, "20 Ktn"), (320, "£295.29"),
             (376, "5905.80")),
        line(160, (97, "abzgl. 3 % Rabatt"), (376, "-177.17")),
        line(170, (46, "CARR"), (97, "Carriage - DPD next working day"), (286, "1"), (320, "£12.50"), (381, "12.50")),
    ]
    assert [(p.code, p.description, p.qty) for p in products(lines)] == [
        ("BK-7014", "Food Hygiene workbook", 2), ("PK-1120", "Paper straws, box of 500", 5),
        ("MS-ZS-200", "Schraubstock zentrisch 200 mm", 20)]


def test_a_running_head_saying_suite_is_furniture():
    header = line(100, (36, "Réf."), (120, "Désignation"), (300, "Qté"), (360, "P.U. HT"), (430, "Montant HT"))
    first = [line(40, (36, "Papeterie Lefèvre SARL")), header,
             line(120, (36, "PL-1"), (120, "Ramette papier A4"), (300, "10"), (360, "4,50"), (430, "45,00"))]
    second = [line(40, (36, "Papeterie Lefèvre SARL - Facture FA-2025-0588 (suite)")), header,
              line(120, (36, "PL-2"), (120, "Stylo bille bleu"), (300, "50"), (360, "0,40"), (430, "20,00"))]
    assert [p.description for p in products(first, second, fmt=COMMA)] == ["Ramette papier A4", "Stylo bille bleu"]


def test_a_line_of_labelled_values_under_a_row_is_a_remark_not_its_description():
    lines = [
        line(224, (30, "Product Code"), (92, "UPC"), (174, "Qty Ord"), (371, "U/M"), (443, "Your Price"),
             (496, "Your Extd Price")),
        line(249, (30, "HM6947C"), (93, "191009281108"), (199, "24"), (371, "CS"), (472, "1.60"), (544, "38.40")),
        line(260, (40, "Jute Napkin w/ Gold Finish, 6 Styles")),
        line(272, (40, "Req Date: 4/1/2025"), (128, "Whse: MEM1"), (183, "Disp: ALLOCATED")),
        line(314, (30, "DF7066C"), (93, "191009371380"), (199, "48"), (371, "ST"), (468, "4.992"), (540, "239.62")),
        line(325, (40, "Nakamura, Rafael: Bears Who Bake: Twelve")),  # a title with colons is still a description
    ]
    assert [p.description for p in products(lines)] == ["Jute Napkin w/ Gold Finish, 6 Styles",
                                                         "Nakamura, Rafael: Bears Who Bake: Twelve"]


def test_a_line_of_short_parts_set_apart_by_dots_one_a_remark_is_a_remark():
    lines = [
        line(70, (42, "Product Code"), (107, "UPC"), (212, "Qty Ord"), (425, "Your Price"), (527, "Your Extd Price")),
        line(104, (42, "AH6971"), (107, "191009232902"), (217, "24"), (469, "23.992"), (542, "575.81")),
        line(118, (107, "Wool Felt Spoon Rest, Matte Black")),
        line(130, (107, "Ship window 10/01/2025 – 10/31/2025"), (275, "·"), (285, "Country of origin: India"),
             (400, "·"), (410, "Case pack 4")),
        line(166, (42, "XS4376"), (107, "191009379102"), (222, "8"), (470, "15.992"), (542, "127.94")),
        line(179, (107, "Mug · Teal · Set of 2")),  # parts set apart by dots, none a remark: its description
    ]
    assert [p.description for p in products(lines)] == ["Wool Felt Spoon Rest, Matte Black", "Mug · Teal · Set of 2"]


def test_a_remark_set_as_an_entry_of_its_own_is_not_the_rest_of_the_description_above():
    lines = [
        line(356, (43, "Item"), (126, "Description"), (392, "Qty"), (445, "Rate"), (534, "Amount")),
        line(374, (44, "DR-PH-3068"), (126, "Pre-hung interior door 30 x 80 in."), (393, "12"), (445, "122.09"),
             (535, "1,465.08")),
        line(392, (44, "HW-HNG-35BN"), (126, "Butt hinge 3-1/2 in., 3 per pack"), (392, "48"), (445, "108.83"),
             (534, "5,223.84")),
        line(410, (43, "TAP-DW-250"), (126, "Paper drywall joint tape"), (392, "48"), (445, "134.34"),
             (534, "6,448.32")),
        line(428, (126, "Special order - non returnable")),  # one entry further down, as rows are
        line(446, (43, "ADH-CON-28"), (125, "Construction adhesive 28 oz"), (397, "2"), (445, "142.95"),
             (542, "285.90")),
        line(464, (44, "LUM-2X4-08"), (125, "SPF stud 2x4x8 kiln dried,"), (397, "4"), (450, "38.30"), (542, "153.20")),
        line(474, (125, "bundle of 10")),  # a wrapped line stands closer
    ]
    assert [p.description for p in products(lines)] == [
        "Pre-hung interior door 30 x 80 in.", "Butt hinge 3-1/2 in., 3 per pack", "Paper drywall joint tape",
        "Construction adhesive 28 oz", "SPF stud 2x4x8 kiln dried, bundle of 10"]


def _rows_with_remarks(*entries: tuple[str, str, str, str, str, str]) -> list[TextLine]:
    """An "Item | Description | Qty | Price | Amount" table: each entry a row (code, description,
    quantity, price, amount) and the remark printed under it."""
    lines = [line(100, (36, "Item"), (120, "Description"), (300, "Qty"), (360, "Price"), (430, "Amount"))]
    for at, (code, description, qty, price, amount, remark) in enumerate(entries):
        y = 110 + 20 * at
        lines += [line(y, (36, code), (120, description), (300, qty), (360, price), (430, amount)),
                  line(y + 9, (120, remark))]
    return lines


def test_serial_numbers_and_included_fees_under_a_row_are_remarks():
    lines = _rows_with_remarks(
        ("VB-57135", "V-Belt Classical Section", "2", "15.256", "30.51", "Serial No.: LS6341008"),
        ("AP-1", "Applique murale orientable", "12", "101.26", "1215.12", "dont éco-participation : 0,50 €"))
    lines.append(line(150, (120, "Handling & dry ice"), (300, "1"), (360, "45.00"), (430, "45.00")))  # no line number
    assert [p.description for p in products(lines)][:2] == ["V-Belt Classical Section", "Applique murale orientable"]


def test_sku_lines_billing_periods_and_tax_codes_without_a_rate_are_no_description():
    lines = [line(100, (44, "Item & Description"), (354, "Qty"), (410, "Rate"), (480, "Tax"), (535, "Amount")),
             line(110, (44, "Reflective nylon leash 6 ft"), (354, "10"), (410, "26.27"), (480, "GST"),
                  (535, "262.70")),
             line(119, (44, "SKU: RPS-5019")),
             line(130, (44, "Cloud dashboard - Team plan"), (354, "1"), (410, "79.00"), (480, "FRE"), (535, "79.00")),
             line(139, (44, "Mar 4 – Apr 4, 2024"))]
    assert [p.description for p in products(lines)] == ["Reflective nylon leash 6 ft", "Cloud dashboard - Team plan"]


def test_note_lines_under_a_row_are_remarks():
    lines = _rows_with_remarks(
        ("ABR192313", "WIRE BRUSH STAINLESS 3 ROW", "10", "4.40", "44.00", "NOTE: SUBSTITUTED BRAND PER CUSTOMER OK"),
        ("RY-96790", "Battery monitor shunt 500 A", "1", "2199.00", "2199.00", "Serial No: S/N 261000556"))
    assert [p.description for p in products(lines)] == ["WIRE BRUSH STAINLESS 3 ROW", "Battery monitor shunt 500 A"]


def test_a_remark_set_apart_that_goes_on_over_the_page_stays_out_of_the_description():
    header = line(100, (28, "Style"), (95, "Description"), (405, "Qty"), (448, "Price"), (555, "Amount"))
    first = [header,
             line(120, (28, "NBK200"), (95, "Juliet Rose Notebook"), (405, "6"), (448, "10.00"), (555, "60.00")),
             line(140, (28, "NBK201"), (95, "Garden Party Notebook"), (405, "6"), (448, "10.00"), (555, "60.00")),
             line(160, (28, "GFT062"), (95, "Peach Blossom Card,"), (405, "12"), (448, "4.00"), (555, "48.00")),
             line(170, (95, "Boxed Set of 8")),  # a wrapped line stands closer than the entries
             line(190, (28, "PCM084"), (95, "Juliet Rose Appointment Notebook"), (405, "12"), (448, "15.00"),
                  (555, "180.00")),
             line(210, (95, "Special order, shipped from the")),  # one entry below, as rows are
             line(220, (95, "Atlanta warehouse"))]
    second = [header, line(115, (95, "separately")),
              line(130, (28, "CAL010"), (95, "Wildflower Wall Calendar"), (405, "4"), (448, "22.00"), (555, "88.00"))]
    assert [p.description for p in products(first, second)] == [
        "Juliet Rose Notebook", "Garden Party Notebook", "Peach Blossom Card, Boxed Set of 8",
        "Juliet Rose Appointment Notebook",
        "Wildflower Wall Calendar"]


def test_a_description_broken_by_the_page_still_joins_its_row_under_a_far_footer():
    header = line(100, (70, "Code"), (237, "Descripción"), (554, "Uds."), (651, "P. unit."), (785, "Importe"))
    first = [header,
             line(120, (70, "GCD-4659"), (237, "Manta de algodón"), (563, "12"), (653, "37,045"), (790, "444,54")),
             line(134, (70, "GCD-1320"), (237, "Jarrón de cerámica"), (563, "36"), (653, "15,98"), (790, "575,28")),
             line(148, (70, "GCD-6562"), (237, "Portavelas vidrio ahumado"), (567, "1"), (658, "58,35"),
                  (794, "58,35")),
             line(215, (793, "Pág. 1"))]  # far below the rows: a footer, not a remark
    second = [header, line(116, (237, "40 x 40 cm Ø 12 cm")),
              line(130, (70, "GCD-161"), (237, "Cuaderno A5 rayado"), (567, "2"), (658, "43,27"), (794, "86,54"))]
    described = [p.description for p in products(first, second, fmt=COMMA)]
    assert described[2] == "Portavelas vidrio ahumado 40 x 40 cm Ø 12 cm"


def test_labelled_values_under_a_row_are_a_remark_and_so_are_a_colour_and_size_named_by_their_labels():
    lines = _rows_with_remarks(
        ("DL6193B", "4in Round Stoneware Bottle", "12", "23.992", "287.90", "Ship Window: 11/30/2025 - 12/30/2025"),
        ("CF8319", "Round Resin Mug", "48", "12.60", "604.80", "Color: Red"))
    lines[2] = line(lines[2].y, (120, "Ship Window: 11/30/2025 - 12/30/2025"), (300, "Country of Origin: China"))
    lines[4] = line(lines[4].y, (120, "Color: Red"), (300, "Size: M"))
    assert [p.description for p in products(lines)] == [
        "4in Round Stoneware Bottle", "Round Resin Mug"]


def test_the_counts_of_the_totals_block_are_no_description_of_the_last_row():
    header = line(100, (44, "ISBN-13"), (147, "Title"), (395, "Qty"), (446, "List Price"), (531, "Extended"))
    row = line(115, (44, "9780063488205"), (147, "Winter Orchard, The"), (404, "1"), (461, "8.99"), (547, "4.72"))
    for counts in ([line(130, (413, "Units"), (492, "259"))], [line(130, (380, "Lines:"), (460, "92")),
                                                                line(140, (380, "Units:"), (460, "436"))]):
        lines = [header, row, *counts, line(150, (413, "Net Total"), (492, "2,634.32"))]
        assert [p.description for p in products(lines)] == ["Winter Orchard, The"]


def test_brand_and_flavour_columns_an_internal_id_under_a_row_and_a_customs_summary_after_the_totals():
    lines = [
        line(100, (53, "Brand"), (134, "Product"), (267, "Flavour"), (404, "Price"), (439, "Quantity"),
             (479, "VAT"), (508, "Sum (ex.)")),
        line(110, (53, "Peak"), (134, "Collagen Pro (540g)"), (266, "Cherry"), (398, "17.01 €"), (462, "30"),
             (482, "0 %"), (518, "510.3 €")),
        line(119, (52, "FID: 72179"), size=5),
        line(128, (53, "Per4m"), (134, "Whey Isolate Zero"), (266, "Tiramisu"), (398, "48.23 €"), (462, "10"),
             (482, "0 %"), (518, "482.3 €")),
        line(137, (52, "FID: 86273"), size=5),
        line(160, (427, "Subtotal (exclusive VAT): 992.60 €")),
        line(200, (47, "Country of origin"), (97, "Commodity code"), (160, "Total NET"), (210, "NET weight")),
        line(212, (38, "United Kingdom"), (161, "€3,024.01"), (203, "239.18 kg")),
    ]
    assert [(p.description, p.price, p.qty) for p in products(lines)] == [  # the flavour: the product's variant
        ("Collagen Pro (540g) - Cherry", Decimal("17.01"), 30), ("Whey Isolate Zero - Tiramisu", Decimal("48.23"), 10)]


def test_a_free_shipping_line_is_no_product_and_a_free_product_is():
    lines = [
        line(100, (40, "Description"), (300, "Qty"), (360, "Price"), (430, "Amount")),
        line(115, (40, "Creatine Monohydrate 300 g"), (300, "30"), (360, "3.06"), (430, "91.77")),
        line(130, (40, "Shaker bottle (gift)"), (300, "10"), (360, "0.00"), (430, "0.00")),
        line(145, (40, "Pallet Delivery EU"), (300, "1"), (360, "0.00"), (430, "0.00")),
        line(160, (40, "UPS / Zone 3 / UPS Standard Single"), (300, "1"), (360, "0.00"), (430, "0.00")),
    ]
    assert [(p.description, p.price) for p in products(lines)] == [
        ("Creatine Monohydrate 300 g", Decimal("3.06")), ("Shaker bottle (gift)", Decimal("0.00"))]


def test_a_totals_label_beside_a_summarys_titles_ends_the_table():
    fmt = COMMA
    lines = [
        line(334, (45, "Référence"), (198, "Produit"), (324, "Taux de taxe"), (372, "Prix unitaire (HT)"),
             (443, "Quantité"), (532, "Total (HT)")),
        line(365, (45, "BERB30060"), (118, "Berbérine pure 300mg"), (332, "5.5 %"), (393, "15,17 €"), (459, "78"),
             (519, "1 183,26 €")),
        line(633, (43, "Détail des"), (102, "Taux de taxe"), (169, "Prix de base"), (240, "Taxe totale"),
             (388, "Total produits"), (455, "198"), (510, "2 778,56 €")),
    ]
    assert [(p.code, p.description, p.qty) for p in products(lines, fmt=fmt)] == [
        ("BERB30060", "Berbérine pure 300mg", 78)]


def test_a_transport_charge_is_no_product_but_a_transport_case_is():
    lines = [
        line(100, (40, "Code"), (100, "Description"), (300, "Qty"), (360, "Price"), (430, "Amount")),
        line(115, (40, "TC-20"), (100, "Transport case for drone"), (300, "2"), (360, "45.00"), (430, "90.00")),
        line(130, (40, "TRANS"), (100, "TRANSPORT - COURIER GEORGE"), (300, "1"), (360, "350.00"), (430, "350.00")),
        line(145, (40, "CB-516"), (100, "Carriage bolt 5/16-18 x 3 in."), (300, "25"), (360, "3.60"), (430, "90.00")),
        line(160, (40, "CARR"), (100, "Carriage & handling"), (300, "1"), (360, "145.00"), (430, "145.00")),
    ]
    assert [p.description for p in products(lines)] == ["Transport case for drone", "Carriage bolt 5/16-18 x 3 in."]


def test_a_carriers_delivery_line_is_no_product_but_a_ups_device_is():
    lines = [
        line(100, (40, "Description"), (300, "Qty"), (360, "Price"), (430, "Amount")),
        line(115, (40, "UPS 1500VA battery backup"), (300, "1"), (360, "189.00"), (430, "189.00")),
        line(130, (40, "DPD CLASSIC EU Courier Delivery (15.3 kg)"), (300, "1"), (360, "25.00"), (430, "25.00")),
    ]
    assert [p.description for p in products(lines)] == ["UPS 1500VA battery backup"]


def test_section_headings_set_left_of_the_rows_are_no_description():
    lines = [
        line(284, (42, "CURRENT CHARGES"), (538, "Amount")),
        line(302, (43, "ELECTRIC SERVICE"), size=8),
        line(314, (56, "Customer charge"), (548, "12.00")),
        line(327, (57, "Energy charge, 642 kWh"), (548, "71.27")),
        line(339, (42, "WATER SERVICE"), size=8),
        line(351, (57, "Base water charge, 5/8 in. meter"), (548, "18.40")),
        line(376, (42, "WASTEWATER"), size=8),
        line(388, (56, "Sewer service"), (548, "31.85")),
    ]
    assert [p.description for p in products(lines)] == [
        "Customer charge", "Energy charge, 642 kWh", "Base water charge, 5/8 in. meter", "Sewer service"]


def test_numbers_centred_on_a_two_line_description_and_a_contractor_pack_that_is_no_continuation_mark():
    lines = [
        line(220, (51, "Concepto"), (314, "Cantidad"), (396, "Precio"), (484, "Importe")),
        line(239, (51, "Aceite de oliva virgen extra, garrafa 5 l"), (349, "12"), (417, "31,90 €"), (507, "382,80 €")),
        line(259, (51, "Queso manchego curado, pieza 3 kg (precio por")),
        line(264, (354, "8"), (417, "54,75 €"), (507, "438,00 €")),
        line(269, (52, "pieza)")),
        line(288, (51, "Lever lockset, storeroom function -"), (349, "25"), (417, "59,96 €"), (507, "1.499,00 €")),
        line(299, (51, "contractor pack")),
        line(318, (52, "Pimentón de la Vera dulce, lata 75 g"), (349, "48"), (423, "2,35 €"), (507, "112,80 €")),
        line(338, (51, "Azafrán en hebra, estuche 1 g"), (349, "30"), (412, "5,60 €"), (507, "168,00 €")),
        line(357, (51, "Vinagre de Jerez reserva"), (349, "24"), (422, "4,15 €"), (512, "99,60 €")),
    ]
    assert [p.description for p in products(lines, fmt=COMMA)] == [
        "Aceite de oliva virgen extra, garrafa 5 l", "Queso manchego curado, pieza 3 kg (precio por pieza)",
        "Lever lockset, storeroom function - contractor pack", "Pimentón de la Vera dulce, lata 75 g",
        "Azafrán en hebra, estuche 1 g", "Vinagre de Jerez reserva"]


def test_a_quantity_centred_on_a_tall_row_with_currency_codes_and_a_payments_table_after_the_totals():
    lines = [
        line(134, (31, "Qty"), (184, "Product"), (367, "Unit Price"), (431, "Adjustment(s)"), (522, "Total")),
        line(150, (51, "Confluence (Cloud) Standard 7 Users Renewal"), (381, "USD 40.25"), (528, "USD 40.25")),
        line(161, (66, "Site Address: simfin.atlassian.net")),
        line(173, (66, "Support Entitlement Number: SEN-30954762")),
        line(178, (36, "1")),
        line(184, (66, "Licensed To: SimFin Analytics GmbH")),
        line(232, (439, "Total Ex. Tax"), (521, "USD 40.25")),
        line(260, (49, "Method"), (302, "Date"), (498, "Total (EUR)")),
        line(280, (49, "Paid with Card"), (302, "Mar 4, 2023"), (520, "40.25")),
    ]
    assert [(p.qty, p.price, p.description.split()[0]) for p in products(lines)] == [
        (1, Decimal("40.25"), "Confluence")]


def test_a_code_cell_holding_the_descriptions_start_and_attributes_in_small_type():
    lines = [
        line(100, (32, "Product Code"), (102, "UPC"), (227, "Qty Ord"), (387, "U/M"), (440, "List Price"),
             (492, "Your Price"), (553, "Your Extd Price")),
        line(112, (32, "Description")),
        line(130, (32, "DK7247 Faux Fur Vase (Light Not"), (232, "4"), (387, "EA"), (441, "12.00"),
             (501, "9.60"), (558, "38.40")),
        line(142, (46, "Included)")),
        line(160, (32, "XT6086 Linen Cheese Board"), (232, "4"), (387, "EA"), (441, "19.99"), (497, "15.992"),
             (558, "63.97")),
        line(170, (46, "Color: Multi"), (112, "Size: O/S"), size=7),
    ]
    assert [(p.code, p.description) for p in products(lines)] == [
        ("DK7247", "Faux Fur Vase (Light Not Included)"), ("XT6086", "Linen Cheese Board")]


def test_a_remark_at_a_pages_foot_goes_before_the_description_carried_to_the_next_page():
    header = [line(41, (42, "Style"), (112, "Wholesale"), (191, "Ordered"), (260, "Shipped"), (381, "Unit"),
                   (536, "Amount")), line(52, (43, "Description"))]
    first = [*header,
             line(72, (42, "Strawberry Fields Pocket Notebook Set of 3")),
             line(83, (42, "GCM641"), (134, "24.00"), (216, "36"), (286, "36"), (380, "ea"), (538, "864.00")),
             line(104, (42, "Wildwood Wrapping Sheet")),
             line(115, (42, "CAL688"), (139, "4.00"), (217, "12"), (287, "12"), (381, "Each"), (543, "48.00")),
             line(135, (43, "Not In Stock - Strawberry Fields 2025 17-Mo oos qty 7.")),
             line(156, (42, "Juliet Rose 2025 12-Month Wall Calendar")),
             line(257, (527, "Page 1 of 2"))]
    second = [*header,
              line(69, (43, "NBK542"), (134, "24.00"), (221, "6"), (291, "6"), (381, "EA"), (538, "144.00")),
              line(90, (42, "Citrus Grove Pocket Notebook Set of 3")),
              line(101, (42, "GCB582"), (140, "6.00"), (216, "24"), (291, "24"), (380, "ea"), (538, "144.00"))]
    assert [(p.code, p.description) for p in products(first, second)] == [
        ("GCM641", "Strawberry Fields Pocket Notebook Set of 3"), ("CAL688", "Wildwood Wrapping Sheet"),
        ("NBK542", "Juliet Rose 2025 12-Month Wall Calendar"), ("GCB582", "Citrus Grove Pocket Notebook Set of 3")]


def test_a_year_between_a_size_and_a_word_is_a_word_of_the_description():
    lines = [line(100, (50, "Part #"), (122, "UPC Code"), (215, "Qty Ordered"), (283, "Qty Shipped"), (453, "Each"),
                  (505, "Extended Amount")),
             spaced(110, 50, 'Vintage Wall Hook 8" 5-5.75" 2025 Edition'),
             line(121, (50, "FN-9707A"), (241, "12"), (308, "12"), (448, "48.73"), (516, "584.76"))]
    assert [(p.code, p.description, p.qty) for p in products(lines)] == [
        ("FN-9707A", 'Vintage Wall Hook 8" 5-5.75" 2025 Edition', 12)]


def test_a_title_in_larger_capitals_heading_the_next_pages_totals_is_no_description():
    header = line(100, (36, "Item"), (120, "Description"), (300, "Shipped"), (360, "Your Price"), (430, "Amount"),
                  size=7)
    first = [header, line(120, (36, "CD4403C"), (120, "Wool Felt Bowl"), (300, "12"), (360, "25.60"), (430, "307.20"),
                          size=7),
             line(130, (120, "(Holds 12 oz)"), size=7)]
    second = [header, line(146, (27, "INVOICE SUMMARY"), size=10),
              line(172, (381, "Merchandise"), (551, "307.20"), size=9)]
    assert [p.description for p in products(first, second)] == ["Wool Felt Bowl (Holds 12 oz)"]


def test_a_boxs_heading_in_capitals_of_the_rows_size_heading_the_next_page_is_no_description():
    header = line(100, (38, "Title"), (242, "Author"), (346, "ISBN"), (445, "List Price"), (490, "Qty"),
                  (534, "Amount"), size=7.8)
    first = [header, line(120, (38, "Sea of Tranquility"), (242, "St. John Mandel, Emily"), (346, "9780008069797"),
                          (449, "6.99"), (490, "20"), (534, "139.80"), size=7.8),
             line(132, (38, "Little House #1: Little House in the Big Woods"), (242, "Wilder, Laura"),
                  (346, "9780064353656"), (445, "19.99"), (490, "10"), (534, "199.90"), size=7.8)]
    second = [line(72, (43, "PUBLISHER CONFIRMATION"), size=8.5),
              line(86, (43, "Publisher Order #: NS4519930"), (345, "Total at List"), (515, "53,627.87"), size=8.5)]
    assert [p.description for p in products(first, second)] == [
        "Sea of Tranquility", "Little House #1: Little House in the Big Woods"]
    going_on = [line(72, (38, "Illustrated Edition"), size=7.8), *second[1:]]  # the title's rest over the page
    assert products(first, going_on)[-1].description.endswith("Big Woods Illustrated Edition")


def test_a_count_of_the_titles_over_the_totals_in_larger_type_is_no_description_of_the_last_row():
    header = line(560, (47, "#"), (85, "Qty"), (105, "ISBN-13"), (177, "Title"), (367, "Author"), (478, "Retail"),
                  (524, "Ext. Retail"), size=8.8)
    rows = [header,
            line(569, (47, "111"), (85, "4"), (105, "9780060504342"), (177, "Series of Unfortunate Events #5"),
                 (367, "Snicket, Lemony"), (478, "$60.00"), (524, "$240.00"), size=8.8),
            line(592, (47, "112"), (81, "12"), (105, "9780064297622"), (177, "Where the Sidewalk Ends: 50th"),
                 (367, "Silverstein, Shel"), (478, "$28.99"), (524, "$347.88"), size=8.8),
            line(602, (177, "Anniversary Edition"), size=8.8),
            line(623, (301, "112 titles, 2474 units"), size=10),
            line(637, (300, "Retail Total"), (513, "$28699.54"), size=10)]
    assert [p.description for p in products(rows)][-1] == "Where the Sidewalk Ends: 50th Anniversary Edition"
    same_type = [*rows[:4], line(613, (177, "Deluxe Slipcase"), size=8.8), *rows[5:]]
    assert [p.description for p in products(same_type)][-1].endswith("Anniversary Edition Deluxe Slipcase")


def test_a_line_going_on_in_lower_case_a_little_below_its_row_is_the_rest_of_its_description():
    header = line(262, (50, "Item"), (141, "Description"), (397, "Unit Cost"), (473, "Qty"), (533, "Line Total"))
    rows = [header,
            line(280, (50, "HSE-ESP"), (142, "House espresso blend, 5 lb"), (397, "$61.50"), (473, "4"),
                 (533, "$246.00")),
            line(298, (50, "DEC-SWP"), (141, "Swiss water decaf, 2 lb"), (397, "$54.00"), (474, "6"), (533, "$324.00")),
            line(316, (49, "GUA-ANT"), (141, "Guatemala Antigua, medium roast, whole"), (397, "$22.00"), (474, "1"),
                 (537, "$22.00")),
            line(331.5, (141, "bean, roasted to order")),
            line(344.5, (141, "and packed in valve bags")),
            line(360, (49, "CUP-12"), (141, "Compostable hot cups 12 oz"), (397, "$12.40"), (474, "3"),
                 (537, "$37.20")),
            line(378, (50, "LID-12"), (141, "Sip lids for 12 oz cups"), (397, "$61.50"), (473, "2"), (533, "$123.00"))]
    assert [p.description for p in products(rows)][2:4] == [
        "Guatemala Antigua, medium roast, whole bean, roasted to order and packed in valve bags",
        "Compostable hot cups 12 oz"]


def test_descriptions_hanging_under_their_rows_after_a_sections_title_over_the_first_row():
    lines = [line(191, (43, "Product Code"), (127, "UPC"), (277, "Ord"), (365, "Shipped"), (618, "Your Price"),
                  (715, "Your Extd Price")),
             line(207, (44, "SHIP WINDOW 1: 3/1/2025 - 3/15/2025")),
             line(223, (43, "GT5640"), (127, "682155403556"), (281, "24"), (381, "24"), (617, "7.992"),
                  (727, "191.81")),
             line(232, (127, '16" Square Marble Cheese Board, Cream')),
             line(247, (43, "XS3211A"), (127, "682155613252"), (285, "4"), (386, "4"), (617, "7.992"), (731, "31.97")),
             line(256, (127, '3 x 4" Stoneware Mug, Charcoal, Set of 2')),
             line(271, (43, "CF7929B"), (127, "682152311229"), (285, "4"), (386, "4"), (617, "3.192"), (731, "12.77")),
             line(281, (127, '12"H Jute Placemat, Whitewashed, Distressed Finish,')),
             line(290, (127, "Ships Assorted")),
             line(304, (43, "XT3898C"), (127, "682158147990"), (285, "4"), (386, "4"), (617, "14.40"), (731, "57.60")),
             line(314, (127, '3 x 4" Cast Iron Bell, Whitewashed, Food Safe')),
             line(330, (143, "Ship Window 1 Subtotal"), (276, "36"), (719, "293.15")),
             line(351, (44, "SHIP WINDOW 2: 4/1/2025 - 4/15/2025")),
             line(366, (43, "CD5652"), (127, "682151760448"), (281, "24"), (381, "24"), (621, "6.00"), (727, "144.00")),
             line(377, (127, '12"H Paper Mache Pumpkin, Antique White, Pack of')),
             line(386, (127, "10 @ 2 each, Hand Painted Details"))]
    assert [(p.code, p.description) for p in products(lines)] == [
        ("GT5640", '16" Square Marble Cheese Board, Cream'), ("XS3211A", '3 x 4" Stoneware Mug, Charcoal, Set of 2'),
        ("CF7929B", '12"H Jute Placemat, Whitewashed, Distressed Finish, Ships Assorted'),
        ("XT3898C", '3 x 4" Cast Iron Bell, Whitewashed, Food Safe'),
        ("CD5652", '12"H Paper Mache Pumpkin, Antique White, Pack of 10 @ 2 each, Hand Painted Details')]


def test_an_order_subtotal_and_a_merchandise_sum_end_the_table():
    header = line(100, (36, "Style"), (120, "Description"), (400, "Qty"), (450, "Price"), (510, "Amount"))
    row = line(115, (36, "CAL277"), (120, "Appointment Calendar"), (404, "4"), (450, "15.30"), (510, "61.20"))
    for total in ("Order Subtotal: $61.20", "Merchandise: $61.20"):
        lines = [header, row, line(128, (120, "Spiral bound")), line(150, (360, total))]
        assert [p.description for p in products(lines)] == ["Appointment Calendar Spiral bound"]


def test_a_case_pack_origin_and_availability_line_under_a_row_is_a_remark():
    lines = [
        line(100, (36, "Code"), (120, "Description"), (300, "Qty"), (360, "Price"), (430, "Amount")),
        line(115, (36, "AL1863C"), (300, "12"), (360, "9.60"), (430, "115.20")),
        line(125, (120, "Glass Vase with Antique Brass Finish")),
        line(135, (120, "Case Pack 6 - Country of Origin India - Est Avail 10/6/2025")),
        line(150, (36, "XS6790B"), (300, "6"), (360, "15.992"), (430, "95.95")),
        line(160, (120, "Embossed Lantern")),
    ]
    assert [p.description for p in products(lines)] == ["Glass Vase with Antique Brass Finish", "Embossed Lantern"]


def test_a_style_code_starting_with_a_taxs_short_name_is_a_product():
    lines = [line(100, (38, "Style"), (98, "Description"), (416, "Qty"), (461, "Unit Price"), (543, "Amount")),
             line(112, (38, "PST137"), (98, "Postcard Box Set of 12 - Bon Voyage"), (426, "6"), (481, "11.40"),
                  (554, "68.40")),
             line(124, (38, "GST 10%"), (554, "6.84"))]
    assert [(p.code, p.qty) for p in products(lines)] == [("PST137", 6)]


def test_a_kits_components_set_in_under_it_at_no_price_are_not_products_but_a_free_line_is():
    header = line(100, (43, "Item"), (118, "Description"), (370, "Qty"), (422, "Price"), (527, "Amount"))
    kit = [header,
           line(115, (43, "WS-HAMPER-L"), (118, "Gift Hamper (Bundle)"), (374, "3"), (422, "84.00"), (527, "252.00")),
           line(130, (56, "WS-GT4-FL"), (130, "Glass Tumbler, Set of 4"), (374, "3"), (422, "0.00"), (536, "0.00")),
           line(145, (56, "WS-MSB-40"), (129, "Marble Serving Board"), (374, "3"), (422, "0.00"), (536, "0.00")),
           line(160, (43, "WS-DSP"), (118, "Counter Display - FREE"), (374, "1"), (422, "0.00"), (536, "0.00"))]
    assert [p.code for p in products(kit)] == ["WS-HAMPER-L", "WS-DSP"]


def test_a_charges_wrapped_text_is_never_the_next_rows_description():
    lines = [
        line(94, (29, "Product Code"), (116, "UPC"), (244, "Qty Ord"), (489, "List Price"), (563, "Your Price"),
             (651, "Your Extd Price")),
        line(141, (29, "DF8416"), (117, "083867112185"), (249, "12"), (495, "2.00"), (568, "1.60"), (671, "19.20")),
        line(153, (117, "Recycled Glass Bottle")),
        line(448, (29, "TRF-CCOI"), (254, "1"), (490, "37.60"), (564, "37.60"), (671, "37.60")),
        line(461, (117, "Tariff Surcharge 20% - Country of")),
        line(473, (117, "Origin China (items above)")),
        line(488, (29, "DL8208B"), (117, "097971345278"), (249, "12"), (495, "2.00"), (568, "1.60"), (671, "19.20")),
        line(501, (117, "18\" Square Bamboo Serving Board with")),
        line(513, (117, "Speckled Glaze, 4 Styles")),
    ]
    last = [p.description for p in products(lines)][-1]
    assert last == "18\" Square Bamboo Serving Board with Speckled Glaze, 4 Styles"


def test_a_charges_text_carried_to_the_next_page_is_neither_row_s_description():
    header = line(94, (29, "Product Code"), (116, "UPC"), (244, "Qty Ord"), (489, "List Price"), (563, "Your Price"),
                  (651, "Your Extd Price"))
    first = [header,
             line(497, (29, "XS5255B"), (117, "096269322601"), (254, "4"), (495, "8.00"), (568, "6.40"),
                  (671, "25.60")),
             line(509, (117, "12\"L x 8\"H Bamboo Serving Board")),
             line(537, (29, "TRF-CCOI"), (254, "1"), (490, "18.42"), (564, "18.42"), (671, "18.42")),
             line(549, (117, "Tariff Surcharge 10% - Country of"))]
    second = [header, line(125, (117, "Origin China (items above)")),
              line(141, (29, "DF8416"), (117, "083867112185"), (249, "12"), (495, "2.00"), (568, "1.60"),
                   (671, "19.20")),
              line(153, (117, "5-1/2\" Round Recycled Glass Bottle")),
              line(165, (117, "with Handle"))]
    assert [p.description for p in products(first, second)] == [
        "12\"L x 8\"H Bamboo Serving Board", "5-1/2\" Round Recycled Glass Bottle with Handle"]


def test_a_free_sample_with_a_numeric_code_or_no_code_after_a_priced_row_is_a_product():
    header = line(100, (43, "Item"), (118, "Description"), (370, "Qty"), (422, "Price"), (527, "Amount"))
    lines = [header,
             line(115, (43, "AB-100"), (118, "Mug"), (374, "2"), (422, "5.00"), (527, "10.00")),
             line(130, (43, "556677"), (118, "Free Sample Tea"), (374, "1"), (422, "0.00"), (536, "0.00")),
             line(145, (118, "Free gift bag"), (374, "1"), (422, "0.00"), (536, "0.00"))]
    assert [p.description for p in products(lines)] == ["Mug", "Free Sample Tea", "Free gift bag"]


def test_a_merchandise_line_without_an_amount_is_a_product_not_the_total():
    lines = [line(100, (36, "Description"), (300, "Qty"), (360, "Price"), (430, "Amount")),
             line(115, (36, "Merchandise: assorted sample pack"), (300, "2"), (360, "4.00"), (430, "8.00"))]
    assert [p.qty for p in products(lines)] == [2]


def test_a_remark_after_an_asterisk_under_a_block_is_no_title():
    lines = [line(100, (36, "ISBN"), (150, "Qty"), (200, "List"), (260, "Ext")),
             line(115, (36, "9781443685658"), (150, "24"), (200, "35.00"), (260, "840.00")),
             line(125, (65, "Sarah, Plain and Tall")),
             line(135, (65, "* NYP - will ship on publication date")),
             line(150, (36, "9780065903614"), (150, "2"), (200, "27.99"), (260, "55.98")),
             line(160, (65, "Giver, The"))]
    assert [p.description for p in products(lines)] == ["Sarah, Plain and Tall", "Giver, The"]


def test_a_delivery_notes_sum_in_a_collective_invoice_closes_a_section_not_the_table():
    lines = [line(275, (54, "Pos."), (76, "Art.-Nr."), (188, "Bezeichnung"), (334, "Menge"), (413, "Einzelpreis"),
                  (530, "Gesamt")),
             line(293, (55, "Lieferschein 4711 vom 03.03.2025")),
             line(313, (60, "1"), (76, "HV-26852"), (188, "Räucherstäbchen Sandelholz"), (349, "18"), (415, "6,55"),
                  (534, "117,90")),
             line(504, (408, "Summe Lieferschein 4711"), (533, "117,90")),
             line(527, (55, "Lieferschein 4736 vom 06.03.2025")),
             line(547, (58, "2"), (76, "HV-64413"), (188, "Memo-Spiel Waldtiere"), (353, "3"), (411, "46,85"),
                  (534, "140,55"))]
    assert [p.code for p in products(lines, fmt=COMMA)] == ["HV-26852", "HV-64413"]


def test_a_table_printed_in_two_panels_side_by_side_reads_left_panel_first():
    lines = [line(159, (39, "Style"), (92, "Description"), (266, "Qty"), (306, "Price"), (351, "Amount"),
                  (411, "Style"), (464, "Description"), (638, "Qty"), (678, "Price"), (723, "Amount")),
             line(174, (39, "GGW694"), (91, "Ornament Card Set"), (271, "12"), (310, "3.50"), (361, "42.00"),
                  (411, "JLM660"), (464, "Herb Garden Tea Towel"), (643, "12"), (678, "14.00"), (729, "168.00")),
             line(190, (40, "NAK469"), (92, "Pet Portrait Card"), (270, "36"), (305, "24.00"), (357, "864.00"),
                  (411, "ASW123"), (463, "Goose Greeting Card"), (643, "12"), (682, "3.50"), (733, "42.00"))]
    assert [(p.code, p.qty) for p in products(lines)] == [("GGW694", 12), ("NAK469", 36), ("JLM660", 12),
                                                          ("ASW123", 12)]


def test_a_tax_code_under_the_taxes_label_is_the_rows_tax_not_its_description():
    lines = [line(279, (48, "Description"), (309, "Quantity"), (382, "Unit Price"), (444, "Taxes"), (496, "Amount")),
             line(297, (48, "Reusable beeswax food wraps"), (345, "36.00"), (417, "44.61"), (525, "1,605.96")),
             line(315, (48, "Ceramic planter, 6 inch"), (345, "24.00"), (422, "9.65"), (458, "GST 5%"),
                  (532, "231.60"))]
    assert [(p.description, p.price, p.qty) for p in products(lines)] == [
        ("Reusable beeswax food wraps", Decimal("44.61"), 36), ("Ceramic planter, 6 inch", Decimal("9.65"), 24)]


def test_the_gross_sum_before_a_discount_ends_the_table():
    lines = [printed(49.3, 13.3, (53.5, 77.8, "ISBN"), (178.8, 207.8, "TITLE"), (508.2, 527.2, "QTY"),
                     (577.1, 599.3, "LIST"), (604.6, 634.7, "PRICE"), (683.1, 737.3, "EXTENDED")),
             printed(139.0, 13.3, (53.8, 122.9, "9780062907035"), (179.2, 202.7, "Light"), (206.0, 214.1, "in"),
                     (217.4, 231.5, "the"), (234.7, 258.2, "Attic,"), (261.9, 268.6, "A"), (517.9, 527.7, "10"),
                     (611.3, 635.7, "$4.99"), (708.1, 738.2, "$49.90")),
             printed(163.7, 13.3, (665.5, 693.2, "Gross:"), (697.8, 742.1, "$2,120.73")),
             printed(175.4, 13.3, (599.6, 639.4, "Discount"), (643.0, 685.7, "(48.00%):"),
                     (690.4, 742.1, "-$1,017.95"))]
    assert [p.description for p in products(lines)] == ["Light in the Attic, A"]


def test_a_quotations_optional_and_alternative_items_are_not_products_and_positions_are_no_codes():
    lines = [line(233, (44, "Item"), (77, "Material No.Description"), (391, "Qty"), (438, "Unit Price"),
                  (519, "Total")),
             line(250, (44, "10"), (77, "253216"), (136, "NYM-J cable 3x1.5"), (397, "25"), (475, "2.15"),
                  (529, "53.75")),
             line(264, (44, "20"), (77, "124492"), (136, "Wago connector 221-413"), (392, "100"), (464, "1.38"),
                  (510, "138.00")),
             line(278, (44, "20A"), (77, "355040"), (136, "Wago connector 221-415"), (392, "100"), (464, "1.52"),
                  (506, "Alternative")),
             line(288, (136, "ALTERNATIVE to item 20 - not included in total")),
             line(302, (44, "30"), (77, "201521"), (136, "RCD 40A 30mA"), (397, "2"), (474, "4.79"), (528, "9.58")),
             line(316, (43, "OPTIONAL ITEMS - not included in quote total")),
             line(330, (44, "40"), (77, "546618"), (136, "Boat hook"), (397, "1"), (464, "395.70"), (538, "optional")),
             line(342, (136, "(optional - price for reference only)")),
             line(360, (326, "Net total"), (509, "200.75"))]
    assert [(p.code, p.description, p.qty) for p in products(lines)] == [
        ("253216", "NYM-J cable 3x1.5", 25), ("124492", "Wago connector 221-413", 100), ("201521", "RCD 40A 30mA", 2)]


def test_a_devis_lines_en_option_are_not_products_and_its_line_numbers_no_codes():
    lines = [line(275, (44, "N°"), (70, "Réf."), (121, "Désignation"), (368, "Qté"), (446, "P.U. HT"),
                  (495, "Montant HT")),
             line(292, (44, "1"), (69, "AL452W"), (121, "Lampadaire arc noir mat"), (380, "2"), (448, "47,96"),
                  (519, "95,92")),
             line(306, (44, "Opt."), (69, "AL305F"), (121, "Variateur rotatif"), (375, "10"), (443, "282,25"),
                  (525, "option")),
             line(318, (121, "EN OPTION - non comprise dans le total")),
             line(332, (44, "3"), (69, "AL943H"), (121, "Abat-jour lin naturel 35 cm"), (380, "2"), (443, "420,82"),
                  (514, "841,64")),
             line(350, (325, "Total HT"), (501, "937,56"))]
    assert [(p.code, p.description, p.qty) for p in products(lines, fmt=COMMA)] == [
        ("AL452W", "Lampadaire arc noir mat", 2), ("AL943H", "Abat-jour lin naturel 35 cm", 2)]


def test_a_description_of_two_lines_centred_on_its_rows_numbers_is_that_rows():
    lines = [line(360, (40, "Item"), (147, "Description"), (449, "Qty"), (484, "Price"), (548, "Amount")),
             line(378, (40, "IAF00078300"), (147, "Iso-Fuji 2000 g Chocolat"), (449, "26"), (484, "60.54"),
                  (548, "1574.04")),
             line(398, (147, "Iso-Fuji 2000 g Gusto:")),
             line(403, (40, "IAF00096966"), (449, "60"), (484, "60.54"), (548, "3632.40")),
             line(410, (147, "Noisette")),
             line(427, (40, "IAF00078321"), (147, "Iso-Fuji 2000 g Vanille"), (449, "5"), (484, "60.54"),
                  (548, "302.70"))]
    assert [p.description for p in products(lines)] == [
        "Iso-Fuji 2000 g Chocolat", "Iso-Fuji 2000 g Gusto: Noisette", "Iso-Fuji 2000 g Vanille"]


def test_item_numbers_that_merely_rise_are_codes_not_positions():
    lines = [line(100, (40, "Item"), (100, "Description"), (300, "Qty"), (360, "Price"), (430, "Amount")),
             line(114, (40, "1000"), (100, "Hex bolt M8"), (300, "2"), (360, "4.00"), (430, "8.00")),
             line(128, (40, "2000"), (100, "Washer M8"), (300, "4"), (360, "0.50"), (430, "2.00")),
             line(142, (40, "4711"), (100, "Nut M8"), (300, "4"), (360, "0.25"), (430, "1.00"))]
    assert [p.code for p in products(lines)] == ["1000", "2000", "4711"]


def test_a_weight_after_gross_is_no_total_and_a_name_before_a_remark_is_a_description():
    lines = [line(100, (40, "Item"), (100, "Description"), (300, "Qty"), (360, "Price"), (430, "Amount")),
             line(114, (40, "A-1"), (100, "Steel drum"), (300, "2"), (360, "40.00"), (430, "80.00")),
             line(124, (100, "Gross: 14.2 kg")),
             line(138, (40, "A-2"), (100, "Linen Napkin Set · Case pack 6"), (300, "1"), (360, "9.00"), (430, "9.00")),
             line(152, (40, "A-3"), (100, "Optional lens cap - not part of kit"), (300, "1"), (360, "3.00"),
                  (430, "3.00"))]
    assert [(p.code, p.description) for p in products(lines)] == [
        ("A-1", "Steel drum Gross: 14.2 kg"), ("A-2", "Linen Napkin Set · Case pack 6"),
        ("A-3", "Optional lens cap - not part of kit")]


def test_a_unit_a_little_apart_from_its_quantity_and_german_delivery_charges():
    lines = [line(327, (69, "Menge"), (157, "Bezeichnung"), (411, "Einzelpreis"), (510, "Gesamt")),
             line(347, (94, "24"), (111, "Stk."), (157, "Kaffeebecher 300 ml"), (432, "14,50"), (505, "348,00")),
             line(364, (94, "12"), (111, "Stk."), (157, "Espressotasse"), (432, "16,80"), (505, "201,60")),
             line(381, (98.5, "1"), (111, "psch."), (156, "Verpackung und Versand (Spedition)"), (432, "38,00"),
                  (511, "38,00")),
             line(398, (98.5, "1"), (111, "psch."), (156, "Anlieferung frei Baustelle"), (432, "85,00"),
                  (511, "85,00")),
             line(415, (98.5, "1"), (111, "psch."), (156, "Kurierzustellung Stadtgebiet"), (432, "15,00"),
                  (511, "15,00"))]
    assert [(p.description, p.qty) for p in products(lines, fmt=COMMA)] == [
        ("Kaffeebecher 300 ml", 24), ("Espressotasse", 12)]


def test_a_web_orders_items_with_their_count_and_a_price_wrapped_under_its_currency():
    lines = [line(196, (68, "Items Ordered"), (517, "Price")),
             line(209, (69, "1 of:"), (95, "The Choice, Goldratt, Eliyahu M"), (486, "CDN$ 27.28")),
             line(220, (68, "Sold by: Amazon.com.ca, Inc.")), line(238, (68, "Condition: New")),
             line(268, (395, "Item(s) Subtotal:"), (487, "CDN$ 27.28")),
             line(442, (68, "Items Ordered"), (517, "Price")),
             line(456, (69, "2 of:"), (95, "The Haystack Syndrome, Goldratt,"), (518, "CDN$")),
             line(468, (69, "Eliyahu M"), (518, "28.91")),
             line(479, (68, "Sold by: Amazon.com.ca, Inc.")),
             line(527, (395, "Item(s) Subtotal:"), (487, "CDN$ 57.82"))]
    assert [(p.description, p.price, p.qty) for p in products(lines)] == [
        ("The Choice, Goldratt, Eliyahu M", Decimal("27.28"), 1),
        ("The Haystack Syndrome, Goldratt, Eliyahu M", Decimal("28.91"), 2)]


def test_a_vat_rate_with_its_code_and_a_line_number_before_a_code():
    lines = [line(243, (49, "SKU"), (112, "DESCRIPTION"), (337, "QTY"), (389, "RATE"), (441, "AMOUNT"), (485, "VAT")),
             line(260, (50, "HC-43439"), (112, "Cordless Drill 18V"), (344, "24"), (383, "17.16"), (446, "411.84"),
                  (486, "20.0% S"))]
    assert [p.description for p in products(lines)] == ["Cordless Drill 18V"]
    numbered = [line(235, (46, "Ln Style"), (124, "Description"), (465, "Qty"), (535, "Price"), (621, "Amount")),
                line(254, (54, "1 CAL048"), (125, "2026 Mayfair Wall Calendar"), (473, "12"), (535, "16.00"),
                     (622, "192.00")),
                line(272, (54, "2 WRP117"), (125, "Peony Wrapping Sheets"), (473, "18"), (542, "9.50"),
                     (622, "171.00"))]
    assert [p.code for p in products(numbered)] == ["CAL048", "WRP117"]


def test_a_repeated_header_set_further_right_moves_its_columns_and_a_tax_summarys_header_ends_the_table():
    def header(shift: float) -> TextLine:
        return line(100, (36, "Omschrijving"), (310 + shift, "Aantal"), (351 + shift, "Eenheidsprijs"),
                    (430 + shift, "Korting"), (480 + shift, "Bedrag"))

    def row(y: float, name: str, qty: str, price: str, amount: str, shift: float, rate: str = "") -> TextLine:
        cells = [(36, name), (318 + shift, qty), (387 + shift, price), (505 + shift, amount)]
        return line(y, *cells, *([(440 + shift, rate)] if rate else []))

    first = [header(0), row(120, "Buxus sempervirens", "10", "14,85", "148,50", 0),
             row(135, "Boomschors zak", "3", "82,34", "247,02", 0),
             row(150, "Tuinslang 15 meter", "2", "28,82", "57,64", 0)]
    # the next page's table laid out again to its contents: every number's column 24 points further right
    second = [header(24), row(120, "Gieter kunststof", "3", "54,21", "162,63", 24, "10"),
              row(135, "Potgrond universeel", "12", "63,64", "687,31", 24, "10"),
              line(160, (43, "Belasting"), (139, "Grondslag"), (244, "Bedrag")),
              line(175, (43, "Btw 9%"), (139, "1.302,43"), (244, "117,22"))]
    assert [(p.description, p.qty, p.price) for p in products(first, second, fmt=COMMA)] == [
        ("Buxus sempervirens", 10, Decimal("14.85")), ("Boomschors zak", 3, Decimal("82.34")),
        ("Tuinslang 15 meter", 2, Decimal("28.82")), ("Gieter kunststof", 3, Decimal("54.21")),
        ("Potgrond universeel", 12, Decimal("63.64"))]


def test_a_groups_labelled_heading_between_rows_is_no_description_of_the_row_above():
    lines = [line(100, (39, "SKU"), (101, "UPC"), (193, "QTY"), (248, "Description"), (472, "Unit Price"),
                  (535, "Extended")),
             line(115, (39, "Category: Ornaments")),
             line(130, (40, "NB53665"), (101, "876480296512"), (202, "12"), (247, "Vintage Truck Ornament"),
                  (490, "22.50"), (547, "270.00")),
             line(145, (39, "Category: Garlands")),
             line(160, (40, "NB88539"), (101, "791303088382"), (202, "18"), (248, "Felt Ball Garland"),
                  (486, "14.995"), (547, "269.91"))]
    assert [p.description for p in products(lines)] == ["Vintage Truck Ornament", "Felt Ball Garland"]


def test_a_customer_copy_of_page_one_appended_adds_no_rows():
    page = [line(100, (23, "SKU"), (167, "QTY"), (223, "Description"), (623, "Unit Price"), (687, "Extended")),
            line(115, (23, "FX3904"), (181, "6"), (222, "Metal Star Tree Topper"), (647, "4.995"), (709, "29.97")),
            line(130, (22, "CH7921"), (176, "24"), (223, "Galvanized Bucket"), (647, "32.50"), (704, "780.00"))]
    second = [page[0], line(115, (23, "TD8343"), (181, "3"), (223, "Glass Cloche"), (647, "12.00"), (709, "36.00"))]
    assert [p.code for p in products(page, second, page)] == ["FX3904", "CH7921", "TD8343"]
    assert [p.code for p in products(page, page[:2])] == ["FX3904", "CH7921", "FX3904"]  # one row again is no copy
    header = line(100, (23, "SKU"), (120, "RT"), (167, "QTY"), (223, "Description"), (623, "Unit Price"),
                  (687, "Extended"))

    def copy(mark: str, route: str) -> list[TextLine]:  # (a route code under "RT" may differ from copy to copy)
        return [line(60, (500, mark)), header,
                line(115, (23, "FX3904"), (121, route), (181, "6"), (222, "Metal Star"), (647, "4.995"),
                     (709, "29.97")),
                line(130, (22, "CH7921"), (121, "A"), (176, "24"), (223, "Galvanized Bucket"), (647, "32.50"),
                     (704, "780.00"))]
    assert [p.code for p in products(copy("CUSTOMER COPY", "A"), copy("FILE COPY", "C"))] == ["FX3904", "CH7921"]


def test_a_ship_windows_heading_over_the_first_row_does_not_make_descriptions_print_above_their_numbers():
    lines = [line(100, (44, "Product Code"), (110, "UPC"), (200, "Qty Ord"), (371, "Price"), (421, "Your Price"),
                  (485, "Extended")),
             line(112, (46, "Ship Window 1: Ship 11/03/2025 - Cancel 11/21/2025")),
             line(124, (44, "DT6602"), (110, "191003550361"), (211, "8"), (371, "12.49"), (420, "9.992"),
                  (484, "79.94")),
             line(134, (56, "Round Embroidered Cotton Pillow, Sage")),
             line(146, (43, "XS3120"), (110, "191002243592"), (211, "6"), (371, "10.50"), (425, "8.40"),
                  (484, "50.40")),
             line(156, (56, "Antique Finish Glass Cloche")),
             line(168, (46, "SHIP WINDOW 2 - 01/12/2026")),
             line(180, (43, "AH9306"), (110, "191003858788"), (206, "12"), (375, "4.00"), (425, "3.20"),
                  (484, "38.40")),
             line(190, (56, "Hand-Painted Stoneware Mug"))]
    assert [(p.code, p.description) for p in products(lines)] == [
        ("DT6602", "Round Embroidered Cotton Pillow, Sage"), ("XS3120", "Antique Finish Glass Cloche"),
        ("AH9306", "Hand-Painted Stoneware Mug")]


def test_two_stores_pages_with_the_same_rows_are_two_orders():
    rows = [line(100, (23, "SKU"), (167, "QTY"), (223, "Description"), (623, "Unit Price"), (687, "Extended")),
            line(115, (23, "A100"), (181, "2"), (222, "Blue mug"), (647, "5.00"), (709, "10.00")),
            line(130, (22, "A101"), (181, "3"), (223, "Red mug"), (647, "5.00"), (704, "15.00"))]
    austin = [line(60, (23, "Ship to: Store 12 Austin")), *rows]
    dallas = [line(60, (23, "Ship to: Store 14 Dallas")), *rows]
    assert [p.code for p in products(austin, dallas)] == ["A100", "A101", "A100", "A101"]
    copy = [line(60, (23, "Ship to: Store 12 Austin")), line(70, (500, "CUSTOMER COPY")), *rows]
    assert [p.code for p in products(austin, copy)] == ["A100", "A101"]


def test_a_season_line_under_a_product_is_its_description():
    lines = [line(100, (36, "Style"), (120, "Description"), (300, "Qty"), (330, "Price"), (430, "Amount")),
             line(115, (36, "JK-220"), (120, "Quilted jacket"), (300, "4"), (340, "42.00"), (430, "168.00")),
             line(125, (120, "Season: SS25"))]
    assert [p.description for p in products(lines)] == ["Quilted jacket Season: SS25"]


def test_a_summary_line_under_the_number_columns_is_not_the_last_rows_description():
    # the totals block starts with a label no totals word names, set with its amount under the numbers
    lines = [
        line(100, (25, "Style"), (81, "Description"), (386, "Ordered"), (440, "Shipped"), (496, "Unit Price"),
             (556, "Amount")),
        line(115, (25, "GCH081"), (81, "Goose Holiday Card Boxed Set of 8"), (411, "12"), (463, "12"), (516, "10.80"),
             (564, "129.60")),
        line(129, (81, "Gift wrapped")),
        line(150, (509, "Merchandise 1,046.80")),
    ]
    assert [p.description for p in products(lines)] == ["Goose Holiday Card Boxed Set of 8 Gift wrapped"]


def test_a_totals_box_after_the_rows_is_no_more_products():
    # a subtotal's label with no amount heads the box of totals (AFIP): its values are no row
    rows = [line(283, (72, "CANTIDAD"), (144, "DESCRIPCION"), (208, "PRECIO UNITARIO"), (290, "ALICUOTA IVA"),
                 (427, "PRECIO NETO")),
            line(309, (75, "1"), (129, "Pc Armada Amd Ryzen 7"), (243, "1533500"), (328, "(21.00)"), (440, "1533500"))]
    boxed = [line(535, (74, "SUBTOTAL ALICUOTA IVA"), (178, "IVA"), (375, "CONCEPTOS NO GRAVADOS")),
             line(554, (75, "1533500"), (129, "(21.00)"), (176, "322035"), (469, "0.00"))]
    assert [(p.qty, p.price) for p in products(rows + boxed)] == [(1, Decimal("1533500"))]
    # totals named as columns, no count nor price, after the product table: a summary, not a table
    rows = [line(330, (33, "Articulo"), (406, "Cantidad"), (473, "Precio"), (523, "Importe")),
            line(342, (34, "947 PARAQUAT (20 Litros)"), (412, "10,0000"), (457, "1.035,6060"), (519, "10.356,06"))]
    summary = [line(716, (62, "GRAVADO"), (130, "Impuestos"), (223, "Sub Total"), (322, "IVA")),
               line(730, (66, "10.356,06"), (154, "0,00"), (222, "10.356,06"), (303, "2.174,77"))]
    assert [(p.qty, p.price) for p in products(rows + summary, fmt=COMMA)] == [(10, Decimal("1035.6060"))]


def test_an_invoice_of_one_line_printed_as_original_and_copies_counts_its_line_once():
    def page(mark: str) -> list[TextLine]:
        return [line(40, (300, mark)), line(60, (23, "Factura A 0003-00012798")),
                line(100, (36, "Codigo"), (120, "Descripcion"), (300, "Cantidad"), (360, "Precio"), (430, "Importe")),
                line(115, (36, "A100"), (120, "Impresion folletos"), (300, "1"), (360, "42000.00"), (430, "42000.00"))]
    assert [p.code for p in products(page("ORIGINAL"), page("DUPLICADO"), page("TRIPLICADO"))] == ["A100"]
    # two orders of one line each that happen to match are two orders
    assert [p.code for p in products(page("Store 12"), page("Store 14"))] == ["A100", "A100"]


def test_a_page_printed_again_without_one_line_of_the_first_is_a_copy():
    # the second page repeats the first but for the user's mark in the footer ("U:5457")
    first = [line(40, (300, "FACTURA")), line(60, (23, "NUMERO: 11160")), line(70, (23, "Riveyan SLU")),
             line(80, (23, "Avda. Enrique Mederos 29")), line(90, (23, "38760 Los Llanos")),
             line(100, (36, "Ref"), (120, "Descripcion"), (300, "Cantidad"), (360, "Precio"), (430, "Importe")),
             line(115, (36, "LB"), (120, "Alquileres y arrendamientos"), (300, "1"), (360, "325.00"),
                  (430, "325.00")),
             line(150, (360, "TOTAL"), (430, "286.00")), line(700, (23, "AVISO DE PAGO")),
             line(710, (23, "ES6330760160062197278621")), line(720, (23, "U:5457"), (500, "Pagina 1 de 1"))]
    second = [*first[:-1], line(720, (500, "Pagina 1 de 1"))]
    assert [p.code for p in products(first, second)] == ["LB"]
    fewer = [*first[:3], *first[5:]]  # a different page: two lines of the first missing
    assert [p.code for p in products(first, fewer)] == ["LB", "LB"]
    third = [*first[:-1], line(720, (500, "Pagina 2 de 2"))]  # the next page of one table, its rows alike
    first[-1] = line(720, (500, "Pagina 1 de 2"))
    assert [p.code for p in products(first, third)] == ["LB", "LB"]


def test_a_description_under_the_number_columns_with_a_count_in_it_is_still_the_description():
    # the item label names the code's column; the descriptions stand under "Shipped", over their numbers
    lines = [
        line(251, (22, "Item"), (78, "UPC Code"), (160, "Shipped"), (210, "Back Ordered"), (312, "UOM"),
             (339, "List Price"), (434, "Your Price"), (509, "Amount")),
        line(268, (22, "XS76514"), (79, "889110439672"), (160, "Metal Napkins,")),
        line(281, (159, "Sold in Multiples of 4")),
        line(294, (190, "24"), (277, "0"), (312, "EA"), (376, "2.00"), (471, "1.60"), (516, "38.40")),
        line(315, (22, "XS9823C"), (79, "191009981566"), (159, "Bonjour Tea Towel, Boxed")),
        line(341, (190, "16"), (277, "0"), (312, "EA"), (376, "1.99"), (465, "1.592"), (522, "25.47")),
    ]
    found = products(lines)
    assert [p.qty for p in found] == [24, 16] and found[0].description.endswith("Metal Napkins, Sold in Multiples of 4")


def test_the_tax_summarys_labels_under_the_rows_end_the_table():
    lines = [
        line(222, (19, "Producto"), (211, "UM"), (233, "Cdad."), (265, "Precio"), (428, "Importe"), (467, "IVA")),
        line(243, (18, "FD13"), (72, "FREE DAMM 1/3 RET."), (199, "CAJ"), (240, "1"), (254, "40,38"), (422, "24,25"),
             (473, "21,00")),
        line(678, (18, "Imp. Bruto"), (107, "Dto. Fact."), (164, "Base"), (206, "%IVA"), (245, "Imp. IVA"),
             (295, "% RE")),
        line(690, (29, "952,01"), (85, "3,90"), (167, "955,91"), (214, "21,00"), (253, "200,74")),
        line(701, (29, "598,31"), (167, "598,31"), (215, "10,00"), (255, "59,83")),
    ]
    assert [(p.qty, p.price) for p in products(lines, fmt=COMMA)] == [(1, Decimal("40.38"))]


def test_the_total_written_out_in_words_ends_the_table():
    lines = [
        line(304, (88, "QUANTITY"), (251, "DESCRIPTION OF GOODS"), (440, "UNIT PRICE (US$)"), (501, "EXTENDED COST")),
        line(318, (101, "3"), (223, "IDAMA TECH CARGO TROUSER SIZE 28\""), (452, "USD 7.50"), (519, "USD 22.50")),
        line(555, (97, "293"), (138, "US$ ONE THOUSAND NINE HUNDRED NINTY-TWO AND THIRTY CENTS ONLY"),
             (515, "USD 1,992.30")),
    ]
    assert [(p.qty, p.price) for p in products(lines)] == [(3, Decimal("7.50"))]
    short = [*lines[:2], line(555, (97, "12"), (138, "US$ NINETY-TWO ONLY"), (515, "USD 92.00"))]  # (one hyphenated)
    assert [(p.qty, p.price) for p in products(short)] == [(3, Decimal("7.50"))]


def test_a_three_line_header_of_counts_on_this_invoice_and_a_notice_between_rows():
    lines = [
        line(163, (212, "Qty"), (256, "Qty")),
        line(171, (36, "Item"), (100, "UPC"), (212, "Shipped"), (257, "Back"), (341, "List"), (404, "Your"),
             (481, "Extended")),
        line(179, (36, "Number"), (100, "Code"), (212, "This Inv"), (256, "Ordered"), (300, "Truck"), (341, "Price"),
             (405, "Price"), (480, "Amount")),
        line(194, (36, "Terracotta Planter with Hand-Stamped Dots")),
        line(203, (37, "HX9405A"), (101, "191009246381"), (212, "4"), (256, "0"), (300, "T1"), (341, "12.00"),
             (404, "9.60"), (480, "38.40")),
        line(216, (36, "Backordered items will ship when available. Backorders are not billed.")),
        line(226, (36, "Marble Coaster Set Sage Green, 4 Styles")),
        line(235, (37, "DG1589A"), (101, "191009604419"), (212, "6"), (256, "2"), (300, "T1"), (341, "14.00"),
             (405, "11.20"), (480, "67.20")),
    ]
    assert [(p.code, p.qty, p.description) for p in products(lines)] == [
        ("HX9405A", 4, "Terracotta Planter with Hand-Stamped Dots"),
        ("DG1589A", 6, "Marble Coaster Set Sage Green, 4 Styles")]


def test_the_goods_sum_on_the_next_page_is_no_wrap_of_the_last_row():
    header = line(57, (36, "Item Description"), (290, "SKU"), (473, "QTY"), (565, "Unit Price"), (668, "Extended"))
    first = [header, line(75, (36, "Cloud Keychain Blush"), (290, "OH-2210"), (473, "12"), (565, "4.250"),
                          (668, "51.00"))]
    second = [line(38, (36, "One Hundred 80 Degrees"), (123, "Sales Order SO-219407 (continued)")), header,
              line(89, (36, "Merchandise"), (177, "1,954.75")), line(101, (36, "Order Total"), (177, "1,954.75"))]
    assert [p.description for p in products(first, second)] == ["Cloud Keychain Blush"]


def test_a_rented_pictures_title_and_price_with_no_count_and_the_net_sum_after_it():
    lines = [
        line(407, (60, "Pos."), (86, "Artikelnr."), (151, "Bild"), (209, "Titel des Bildes"), (357, "Größe"),
             (450, "Warenwert"), (517, "Preis")),
        line(434, (61, "1"), (86, "CHHA018"), (209, "Dark Path"), (358, "100 x 100 cm"), (451, "1600"),
             (504, "110,00")),
        line(465, (61, "Leihgebühr netto:"), (503, "110,00")),
        line(483, (60, "zzgl. 19% Umsatzsteuer"), (507, "20,90")),
    ]
    assert [(p.qty, p.price) for p in products(lines, fmt=COMMA)] == [(1, Decimal("110.00"))]


def test_remarks_about_the_rows_and_decorated_headings_between_rows_are_no_descriptions():
    lines = [
        line(100, (31, "Product Code"), (93, "UPC"), (204, "Qty Ord"), (385, "List Price"), (439, "Your Price"),
             (557, "Extended")),
        line(451, (31, "DA4707B"), (93, "191009167112"), (204, "12"), (385, "2.000"), (439, "1.600"), (557, "19.20")),
        line(463, (101, "Stoneware Table Runner w/ Gold")),
        line(476, (101, "Rim, 3 Styles")),
        line(495, (100, "--- HOLIDAY 2025"), (192, "PROGRAM ---")),
        line(510, (31, "DH5153"), (93, "889313215994"), (209, "3"), (379, "36.000"), (433, "28.800"), (557, "86.40")),
        line(523, (101, "Cotton Dish Towel w/ Gold Rim")),
        line(536, (101, "Items below ship from our Dallas showroom warehouse")),
        line(550, (31, "FA3503"), (93, "840562180389"), (209, "8"), (379, "14.750"), (433, "11.800"), (557, "94.40")),
        line(563, (101, "Enamel Berry Colander, Cream")),
    ]
    assert [p.description for p in products(lines)] == [
        "Stoneware Table Runner w/ Gold Rim, 3 Styles", "Cotton Dish Towel w/ Gold Rim", "Enamel Berry Colander, Cream"]


def test_group_subtotals_with_their_counts_and_a_list_of_back_orders_are_no_products():
    rows = [
        line(100, (36, "Item"), (93, "Description"), (376, "Ordered"), (409, "Shipped"), (454, "Price"),
             (556, "Amount")),
        line(115, (36, "CH3763-A"), (93, "Glass Ornament, Hand Blown"), (380, "2"), (413, "4"), (454, "3.06"),
             (556, "12.24")),
        line(130, (93, "Tidewater Collection subtotal"), (404, "158"), (544, "1,214.44")),
        line(145, (93, "Subtotal Harper Books"), (404, "48"), (544, "612.40")),
        line(160, (36, "CH3786-B"), (94, "Reed Diffuser 100 ml - Heron"), (376, "12"), (409, "12"), (454, "9.00"),
             (551, "108.00")),
    ]
    assert [p.code for p in products(rows)] == ["CH3763-A", "CH3786-B"]
    back_orders = [line(300, (38, "Code"), (156, "Description"), (361, "Qty B/O"), (413, "RRP")),
                   line(320, (38, "MG9185"), (156, "Botanical Garden Crossword Book"), (384, "12"), (416, "5.99"))]
    assert products(back_orders) == []


def test_services_billed_by_their_net_base_over_pages_with_a_repeated_header():
    def page(first: int) -> list[TextLine]:
        return [line(61, (59, "FACTURA"), size=20), line(95, (58, "Nº F-2025/001")),
                line(271, (67, "Nº"), (88, "Concepto"), (296, "Base Imponible"), (380, "% IGIC"), (438, "Cuota IGIC")),
                *(line(287 + 16 * k, (69, str(first + k)), (89, f"Desarrollo módulo {first + k}"), (317, "1.205,70 €"),
                       (394, "3%"), (452, "36,17 €")) for k in range(3))]
    assert [(p.qty, p.price) for p in products(page(1), page(4), fmt=COMMA)] == [(1, Decimal("1205.70"))] * 6


def test_a_weight_a_dressings_name_and_a_care_note_are_no_totals_nor_notices():
    # review of the ninth session: words the new totals and notice rules must leave to the rows
    lines = [
        line(100, (36, "Item"), (120, "Description"), (400, "Qty"), (450, "Price"), (510, "Amount")),
        line(115, (36, "LT-1"), (120, "Linen Tea Towel"), (400, "2"), (450, "5.00"), (510, "10.00")),
        line(125, (120, "Poids net : 1,5 kg")),
        line(135, (120, "Colour may vary. Hand wash only.")),
        line(150, (36, "TI-2"), (120, "Thousand Island Dressing - food service only"), (400, "2"), (450, "5.00"),
             (510, "10.00")),
        line(165, (36, "LF-3"), (120, "Lieferung frei Baustelle Transportbeton"), (400, "8"), (450, "95.00"),
             (510, "760.00")),
        line(180, (36, "OI-4"), (120, "One and Only Ivan, The (Newbery Medal Winner)"), (400, "6"), (450, "4.99"),
             (510, "29.94")),  # a title, not an amount in words
    ]
    found = products(lines)
    assert [p.code for p in found] == ["LT-1", "TI-2", "LF-3", "OI-4"]
    assert found[0].description == "Linen Tea Towel Poids net : 1,5 kg Colour may vary. Hand wash only."


def test_a_description_wrapped_under_its_row_with_loose_leading_keeps_its_last_line():
    lines = [
        line(99, (37, "Product Code"), (99, "UPC"), (169, "RT"), (191, "Qty Ord"), (407, "List Price"),
             (465, "Your Price"), (524, "Your Extd Price")),
        line(168, (37, "DS4907B"), (99, "191009400449"), (169, "01"), (212, "2"), (418, "18.50"), (480, "14.80"),
             (555, "29.60"), size=8.5),
        line(189, (99, "13 in Round Cast Iron Taper Holder (Each One Will"), size=8.0),
        line(213, (98, "Vary)"), size=8.0),
        line(253, (36, "XT2080"), (99, "191009072279"), (169, "03"), (212, "2"), (422, "4.00"), (484, "3.20"),
             (560, "6.40"), size=8.5),
        line(274, (99, "Recycled Glass Tea Towel"), size=8.0),
    ]
    assert [p.description for p in products(lines)] == [
        "13 in Round Cast Iron Taper Holder (Each One Will Vary)", "Recycled Glass Tea Towel"]


def test_a_line_after_the_last_row_set_at_the_descriptions_leading_is_no_description():
    # review of the ninth session: the loose-leading rule must stop where the table ends
    for foot in (22, 24, 26):
        lines = [
            line(99, (37, "Code"), (99, "Description"), (300, "Qty"), (407, "Price"), (524, "Amount")),
            line(168, (37, "DS4907B"), (99, "Cast Iron Taper Holder"), (300, "2"), (418, "18.50"), (555, "37.00"),
                 size=8.5),
            line(189, (99, "Black, 13 in"), size=8.0),
            line(253, (36, "XT2080"), (99, "Recycled Glass Tea Towel"), (300, "2"), (422, "4.00"), (560, "8.00"),
                 size=8.5),
            line(274, (99, "Blue stripe"), size=8.0),
            line(274 + foot, (99, "Thank you for your business!"), size=8.0),
            line(304 + foot, (400, "Total"), (560, "45.00"), size=8.0),
        ]
        assert [p.description for p in products(lines)] == [
            "Cast Iron Taper Holder Black, 13 in", "Recycled Glass Tea Towel Blue stripe"], foot


def test_a_description_line_starting_with_a_labels_word_and_its_comma_stays_the_description():
    lines = [
        line(242, (49, "Item Number"), (139, "UPC Code"), (202, "Qty Shipped"), (327, "List Price"), (419, "Net Price"),
             (464, "Extd Price")),
        line(266, (49, "EC5271B"), (139, "889110569605"), (239, "24"), (348, "2.00"), (439, "1.60"), (484, "38.40")),
        line(277, (139, "Terracotta Ornament, Hand-Painted")),
        line(287, (139, "Details, Each One Will Vary")),
        line(303, (49, "HX8200B"), (139, "889110241595"), (239, "24"), (348, "2.00"), (439, "1.60"), (484, "38.40")),
        line(313, (139, "Cotton Wall Decor")),
    ]
    assert [(p.code, p.description, p.price) for p in products(lines)] == [
        ("EC5271B", "Terracotta Ornament, Hand-Painted Details, Each One Will Vary", Decimal("1.60")),
        ("HX8200B", "Cotton Wall Decor", Decimal("1.60"))]


def test_a_long_description_under_its_row_reaching_across_the_numbers_on_the_first_page():
    # a Creative Co-op order whose descriptions are set under their rows, one long enough to reach across
    # the numbers' columns: the description of its row, not a paragraph ending the table (words as measured)
    measured = [
        (134.7, [(53, 80, 'Product'), (140, 153, 'UPC'), (199, 208, 'RT'), (229, 241, 'Qty'), (265, 277, 'Qty'),
         (305, 317, 'Qty'), (346, 358, 'Qty'), (380, 392, 'U/M'), (422, 435, 'List'), (476, 492, 'Your'), (530,
         546, 'Your'), (549, 564, 'Extd')]),
        (143.0, [(58, 75, 'Code'), (228, 241, 'Ord'), (262, 279, 'Alloc'), (297, 325, 'Shipped'), (342, 362,
         'BkOrd'), (420, 437, 'Price'), (476, 493, 'Price'), (539, 556, 'Price')]),
        (153.4, [(36, 67, 'XS6330B'), (109, 156, '191009534846'), (243, 246, '6'), (279, 283, '6'), (323, 326,
         '0'), (362, 365, '0'), (382, 390, 'EA'), (437, 450, '2.49'), (488, 505, '1.992'), (559, 575,
         '11.95')]),
        (167.8, [(109, 115, '8"'), (118, 137, 'Round'), (140, 143, 'x'), (146, 156, '6"H'), (160, 187,
         'Recycled'), (190, 206, 'Glass'), (209, 231, 'Basket,'), (234, 262, 'Speckled'), (265, 279, 'Grey')]),
        (185.4, [(36, 68, 'CD4747B'), (109, 156, '191009731269'), (239, 246, '16'), (276, 283, '16'), (323, 326,
         '0'), (362, 365, '0'), (382, 390, 'EA'), (432, 450, '45.00'), (488, 505, '36.00'), (554, 576,
         '576.00')]),
        (199.6, [(109, 131, '7-1/2"L'), (134, 137, 'x'), (140, 152, '8"W'), (155, 180, 'Bamboo'), (182, 199,
         'Vase,'), (202, 216, 'Multi'), (219, 235, 'Color'), (238, 245, 'w/'), (247, 268, 'Handle')]),
        (217.4, [(36, 62, 'AL7041'), (109, 156, '191009081708'), (239, 246, '24'), (276, 283, '24'), (323, 326,
         '0'), (362, 365, '0'), (382, 390, 'EA'), (437, 450, '5.25'), (492, 505, '4.20'), (555, 576,
         '100.80')]),
        (231.6, [(109, 124, '16"H'), (127, 154, 'Recycled'), (157, 173, 'Glass'), (176, 199, 'Planter,'), (203,
         229, 'Reactive'), (232, 249, 'Glaze'), (252, 265, 'Blue'), (267, 274, 'w/'), (277, 321,
         'Hand-Stitched'), (324, 347, 'Blanket'), (349, 367, 'Stitch'), (369, 383, 'Trim'), (386, 393, 'w/'),
         (395, 418, 'Handle,'), (421, 438, 'Ships'), (440, 445, 'in'), (448, 471, 'Display'), (473, 484, 'Box'),
         (487, 493, 'of'), (495, 498, '6')]),
        (249.4, [(37, 63, 'DF9989'), (109, 156, '191009175353'), (239, 246, '16'), (276, 283, '16'), (323, 326,
         '0'), (362, 365, '0'), (382, 390, 'EA'), (437, 450, '8.00'), (492, 505, '6.40'), (555, 576,
         '102.40')]),
        (263.7, [(109, 131, '7-1/2"L'), (134, 137, 'x'), (140, 152, '3"W'), (155, 188, 'Stoneware'), (190, 205,
         'Dish,'), (208, 223, 'Multi'), (225, 242, 'Color'), (244, 251, 'w/'), (253, 283, 'Scalloped'), (286,
         301, 'Edge')]),
    ]
    lines = [printed(y, 7.0, *words) for y, words in measured]
    assert [p.code for p in products(lines)] == ["XS6330B", "CD4747B", "AL7041", "DF9989"]


def test_a_sum_named_after_a_groups_title_is_the_groups_and_the_table_goes_on():
    lines = [line(398, (65, "Pos."), (101, "Bezeichnung"), (303, "Menge"), (342, "Einzelpreis"), (479, "Gesamtpreis")),
             line(412, (63, "1. Material")),
             line(427, (66, "1.1"), (101, "Farbe weis - Eimer 2,5 Liter"), (285, "10,00 Eimer"), (368, "72,49"),
                  (500, "724,90 €")),
             line(484, (349, "Summe Material:"), (490, "724,90 €")),
             line(498, (62, "2. Arbeit")),
             line(513, (65, "2.1"), (100, "Arbeitsstunde Helfer"), (293, "15,00 Std."), (368, "50,00"),
                  (500, "750,00 €")),
             line(543, (359, "Summe Arbeit:"), (490, "750,00 €")),
             line(607, (404, "Summe netto:"), (489, "1.474,90 €")),
             line(622, (65, "Hinweis"), (293, "1"), (368, "5,00"), (500, "5,00 €"))]
    assert [(p.description, p.qty) for p in products(lines, fmt=COMMA)] == [
        ("Farbe weis - Eimer 2,5 Liter", 10), ("Arbeitsstunde Helfer", 15)]


def _moonal_bill(top: float, customer: str) -> list[TextLine]:
    return [line(top, (202, "MOONAL UDHYOG PVT. LTD."), (450, "Date: 2024-11-25"), size=14),
            line(top + 71, (40, "Bill No:# 005"), (201, "Contact: 512")),
            line(top + 86, (41, f"Customer Name: {customer}")),
            line(top + 126, (41, "S.N"), (91, "HS Code"), (161, "Description"), (301, "Quantity"), (371, "Rate"),
                 (440, "Amount")),
            line(top + 141, (41, "1"), (91, "HX-1"), (160, "Copper pot"), (301, "11"), (370, "52.00"), (440, "572.00")),
            line(top + 156, (41, "2"), (91, "HX-2"), (160, "Brass lamp"), (301, "2"), (370, "80.00"), (440, "160.00")),
            line(top + 181, (371, "Total:"), (484, "732.00"))]


def test_an_invoice_printed_twice_on_one_page_counts_its_rows_once():
    twice = [*_moonal_bill(45, "Sita Traders"), line(400, (200, "--- CUT HERE ---")),
             *_moonal_bill(436, "Sita Traders")]
    assert [p.description for p in products(twice)] == ["Copper pot", "Brass lamp"]
    two_customers = [*_moonal_bill(45, "Sita Traders"), *_moonal_bill(436, "Ram Stores")]
    assert len(products(two_customers)) == 4  # two customers' bills on one page: two orders


def test_a_totals_box_beside_the_last_row_right_of_the_table_does_not_end_it_early():
    lines = [line(80, (44, "Ln"), (58, "ISBN-13"), (132, "Title"), (371, "Qty"), (418, "Price"), (519, "Net Each"),
                  (576, "Ext.")),
             line(94, (46, "25"), (58, "9781445894171"), (132, "Very Hungry Caterpillar, The"), (377, "10"),
                  (422, "7.99"), (514, "4.3146"), (578, "43.15")),
             line(109, (46, "26"), (58, "9780001957824"), (132, "Little Blue Truck's Christmas"), (380, "4"),
                  (422, "7.99"), (514, "4.3146"), (578, "17.26"), (671, "Total Units:"), (750, "14")),
             line(119, (670, "Net Total:"), (734, "60.41"))]
    assert [p.qty for p in products(lines)] == [10, 4]


def test_a_labelled_note_across_the_numbers_between_rows_does_not_end_the_table():
    lines = [line(450, (40, "Code"), (98, "Description"), (295, "Qty"), (348, "Price"), (478, "Amount")),
             line(466, (40, "BK601-B"), (98, "Maps of Imaginary Places"), (290, "24 pcs"), (348, "10.56"),
                  (478, "253.44")),
             line(486, (50, "Note: the following lines were ordered at the Harrogate Home & Gift show - show "
                            "discount applied per line.")),
             line(506, (40, "DC964-A"), (98, "Matchbox Strike Gold"), (290, "24 pcs"), (348, "14.57"), (478, "349.68")),
             line(530, (300, "Total"), (478, "603.12")),
             line(546, (50, "Note: prices include the show discount and are valid until the end of the month.")),
             line(562, (40, "XX1"), (98, "Offer sample"), (290, "1"), (348, "1.00"), (478, "1.00"))]
    assert [p.code for p in products(lines)] == ["BK601-B", "DC964-A"]


def test_the_rest_of_a_description_over_a_charges_line_at_a_pages_top_ends_the_last_pages_row():
    header = line(100, (30, "Item"), (140, "Description"), (360, "Qty"), (440, "Price"), (530, "Amount"))
    first = [header, line(115, (30, "CF3430B"), (140, "Resin Cheese Board, Set of 3 (Each One Will Vary)"), (360, "36"),
                          (440, "15.99"), (530, "575.64")),
             line(126, (30, "XS9719"), (140, "Stoneware Taper Holder, Set of 3 (Each"), (360, "36"), (440, "13.59"),
                  (530, "489.24")),
             line(760, (200, "Invoice CI004958843 - Creative Co-op Inc - Page 1"))]
    second = [line(43, (140, "One Will Vary)")),
              line(54, (30, "TRF-CCOI"), (140, "Tariff Surcharge - XS9719"), (360, "1"), (530, "61.16")),
              line(65, (30, "DA4879C"), (140, "Paulownia Wood Planter"), (360, "24"), (440, "12.00"), (530, "288.00"))]
    assert [p.description for p in products(first, second) if not p.code.startswith("TRF")] == [
        "Resin Cheese Board, Set of 3 (Each One Will Vary)", "Stoneware Taper Holder, Set of 3 (Each One Will Vary)",
        "Paulownia Wood Planter"]


def test_a_quotations_alternative_priced_by_its_unit_price_only_is_no_line():
    lines = [line(446, (53, "Pos."), (93, "Menge"), (149, "Artikel-Nr"), (226, "Bezeichnung"), (432, "Einzelpreis"),
                  (490, "Gesamtpreis"), (545, "St-Kz")),
             line(479, (53, "1.1"), (103, "1,00"), (150, "00009"), (226, "Moosbild mit Schriftzug"),
                  (431, "1.438,00 €"), (492, "1.438,00 €"), (550, "24")),
             line(520, (53, "Alternativ zu vorstehender Position")),
             line(532, (53, "1.1a"), (103, "1,00"), (150, "00009"), (226, "Wie Pos. zuvor, nur Ballenmoos."),
                  (431, "1.926,00 €"), (520, "E.P. 24"))]
    assert [(p.price, p.amount) for p in products(lines, fmt=COMMA)] == [(Decimal("1438.00"), Decimal("1438.00"))]


def test_a_page_number_alone_at_the_foot_does_not_part_a_description_from_its_row_on_the_next_page():
    header = [line(100, (40, "Item"), (200, "Qty"), (340, "Your"), (470, "Extended")),
              line(109, (40, "UPC"), (180, "Shipped"), (340, "Price"), (470, "Amount"))]
    first = [*header, line(124, (40, "XS7574 Stoneware Basket Set of 3")),
             line(133, (40, "191009613381"), (210, "2"), (345, "8.80"), (480, "17.60")),
             line(160, (40, "DA5999B Hand-Painted Resin Votive Holder")), line(706, (490, "1"))]
    second = [*header, line(124, (40, "191009175985"), (210, "2"), (345, "8.80"), (480, "17.60")),
              line(706, (490, "2"))]
    assert [p.description for p in products(first, second)] == [
        "XS7574 Stoneware Basket Set of 3", "DA5999B Hand-Painted Resin Votive Holder"]


def test_a_divider_in_dashes_and_a_note_heading_the_next_page_are_no_part_of_a_description():
    header = line(100, (92, "#"), (113, "ISBN"), (190, "Title"), (425, "Qty"), (447, "List"), (494, "Ext. List"))
    rows = [line(115 + 12 * at, (92, str(at + 1)), (113, f"978144837890{at}"), (190, f"Book Number {at + 1}"),
                 (430, "8"), (452, "7.99"), (499, "63.92")) for at in range(3)]
    divider = line(158, (98, "— Spring 2025 frontlist (ships on pub date) —"))
    after = line(170, (92, "4"), (113, "9781448847778"), (190, "Kindness Club"), (430, "4"), (447, "30.00"),
                 (494, "120.00"))
    assert [p.description for p in products([header, *rows, divider, after])][-2:] == ["Book Number 3",
                                                                                       "Kindness Club"]
    first = [header, *rows, line(760, (200, "Invoice CI004462871 Page 1 of 2"))]
    second = [header, line(115, (94, "Lines 23–40 packed on pallet 2 of 2 (PRO 0447812209).")),
              line(127, (92, "4"), (113, "9781448847778"), (190, "Kindness Club"), (430, "4"), (447, "30.00"),
                   (494, "120.00")),
              line(760, (200, "Invoice CI004462871 Page 2 of 2"))]
    assert [p.description for p in products(first, second)][2:] == ["Book Number 3", "Kindness Club"]


def test_a_note_after_chevrons_between_rows_is_no_part_of_a_description():
    header = line(100, (40, "Qty"), (70, "UOM"), (110, "SKU"), (200, "Description"), (380, "UPC"), (460, "Price"),
                  (530, "Extended"))
    rows = [line(115 + 12 * at, (45, "12"), (70, "ea"), (110, f"XM861{at}A"), (200, f"Glass Icicle {at}"),
                 (380, f"88110274277{at}"), (460, "1.875"), (530, "22.50")) for at in range(3)]
    note = line(151, (10, ">> Substitute: if HX lines are sold out, do NOT substitute colors."))
    after = line(163, (45, "6"), (70, "Ea"), (110, "HX6281-S"), (200, "Wool Pom Pom Garland"), (460, "8.25"),
                 (530, "49.50"))
    assert [p.description for p in products([header, *rows, note, after])][-2:] == ["Glass Icicle 2",
                                                                                    "Wool Pom Pom Garland"]


def test_a_columns_own_text_going_on_under_the_row_is_no_part_of_the_description():
    lines = [line(100, (40, "ISBN"), (140, "Title"), (330, "Series"), (440, "Qty"), (480, "List"), (530, "Extended")),
             line(115, (40, "9780065175950"), (140, "Pout-Pout Fish, The: Cleans Up"), (330, "A Pout-Pout Fish"),
                  (445, "1"), (480, "17.99"), (530, "10.43")),
             line(125, (330, "Adventure")),
             line(140, (40, "9780009066085"), (140, "If You Give a Mouse a Cookie"), (330, "If You Give..."),
                  (445, "6"), (480, "8.99"), (530, "31.29"))]
    assert [p.description for p in products(lines)] == ["Pout-Pout Fish, The: Cleans Up",
                                                          "If You Give a Mouse a Cookie"]


def test_a_german_quotations_sum_of_one_title_closes_a_section_not_the_table():
    lines = [line(100, (40, "Pos."), (80, "Menge"), (120, "Bezeichnung"), (400, "EP €"), (480, "GP €")),
             line(115, (40, "1.1"), (80, "4,00"), (120, "Wandregal Eiche massiv"), (400, "1.180,00"),
                  (480, "4.720,00")),
             line(130, (120, "Summe Titel 1"), (480, "4.720,00")),
             line(150, (40, "2 Wandverkleidung")),
             line(165, (40, "2.1"), (80, "1,00"), (120, "Spiegel mit Eichenrahmen"), (400, "520,00"), (480, "520,00"))]
    assert [p.description for p in products(lines, fmt=COMMA)] == ["Wandregal Eiche massiv", "Spiegel mit Eichenrahmen"]


def test_a_groups_heading_in_capitals_in_the_code_column_is_no_part_of_a_description():
    header = line(100, (36, "SKU"), (90, "UPC"), (180, "QTY"), (204, "UOM"), (229, "Description"), (468, "Price"))
    rows = [line(115 + 12 * at, (37, f"EA295{at}"), (91, f"11449866161{at}"), (184, "3"), (204, "EA"),
                 (229, f"Felt Ball Garland {at}"), (468, "4.75")) for at in range(3)]
    heading = line(151, (36, "HARVEST"))
    after = line(163, (37, "EA6059"), (90, "895842520027"), (180, "12"), (204, "EA"), (229, "Beaded Heart"),
                 (468, "7.50"))
    assert [p.description for p in products([header, *rows, heading, after])][-2:] == ["Felt Ball Garland 2",
                                                                                        "Beaded Heart"]


def test_a_compound_broken_at_its_hyphen_over_two_lines_of_a_description_is_whole():
    lines = [line(100, (20, "Ln"), (40, "ISBN"), (120, "Title"), (330, "List"), (400, "Net")),
             line(115, (22, "2"), (40, "9780068468677"), (120, "Narnia Box Set, The: Full-"), (330, "7.99"),
                  (400, "8.63")),
             line(125, (120, "Color Collector's Edition"))]
    assert [p.description for p in products(lines)] == ["Narnia Box Set, The: Full-Color Collector's Edition"]


def test_a_note_in_small_capitals_under_a_description_is_no_part_of_it():
    header = line(100, (43, "Product"), (108, "UPC"), (234, "Ord"), (478, "List"), (542, "Your"), (629, "Extd"))
    first = [line(112, (43, "XM4983"), (108, "192210774595"), (234, "24"), (478, "16.50"), (542, "13.20"),
                  (629, "316.80")),
             line(122, (44, '7" Dia Recycled Glass Vase w/ Reactive Glaze'))]
    note = line(133, (54, "PROMO CODE FALL25 APPLIED TO ABOVE LINES"), size=7.5)
    second = [line(145, (43, "XT2041"), (108, "199003577340"), (239, "6"), (478, "24.00"), (542, "19.20"),
                   (629, "115.20")),
              line(155, (44, '12" H Marble Pillow Cover'))]
    assert [p.description for p in products([header, *first, note, *second])] == [
        '7" Dia Recycled Glass Vase w/ Reactive Glaze', '12" H Marble Pillow Cover']


def test_a_groups_heading_in_capitals_over_the_first_row_is_no_part_of_its_description():
    header = line(100, (36, "SKU"), (92, "UPC"), (145, "QTY"), (207, "DESCRIPTION"), (458, "UNIT PRICE"))
    heading = line(116, (41, "HALLOWEEN COLLECTION"))
    rows = [line(129 + 13 * at, (37, f"EA663{at}"), (92, f"81887026722{at}"), (152, "12"),
                 (206, f"Wood Bead Garland {at}"), (482, "1.875")) for at in range(2)]
    centred = []  # rows whose numbers stand centred on a description of two lines
    for at in range(2):
        y = 160 + 22 * at
        centred += [line(y - 4, (207, f"Mercury Glass Tree {at} - assorted,")),
                    line(y, (37, f"EA959{at}"), (92, f"81140886566{at}"), (156, "6"), (486, "4.75")),
                    line(y + 5, (206, "each one will vary"))]
    assert [p.description for p in products([header, heading, *rows, *centred])][:2] == [
        "Wood Bead Garland 0", "Wood Bead Garland 1"]


def test_a_description_whose_numbers_stand_on_its_last_line_goes_with_the_row_under_it():
    header = line(160, (33, "Code"), (83, "UPC"), (150, "Description"), (268, "Ord"), (424, "Price"))
    lines = [header]
    y = 181.0
    for at, parts in enumerate((["5-1/4\"H Resin Wall Decor", "w/ Stripes, 6 Styles"],
                                ["12\" Round Linen Blend", "Pitcher w/ Crackle Finish, 6", "Styles, Food Safe"],
                                ["16\" Square Galvanized", "Glaze, Set of 3"])):
        for part in parts[:-1]:
            lines.append(line(y, (150, part)))
            y += 10.5
        lines.append(line(y, (34, f"DS218{at}A"), (84, f"19100366501{at}"), (150, parts[-1]), (270, "24"),
                          (424, "6.40")))
        y += 17.3
    assert [p.description for p in products(lines)] == [
        '5-1/4"H Resin Wall Decor w/ Stripes, 6 Styles', '12" Round Linen Blend Pitcher w/ Crackle Finish, 6 Styles, '
        'Food Safe', '16" Square Galvanized Glaze, Set of 3']


def test_a_description_ending_in_a_preposition_goes_on_however_far_below_its_next_line_stands():
    header = line(180, (42, "ISBN"), (142, "Title"), (436, "Qty"), (479, "List"), (542, "Extended"))
    rows = [line(199.6 + 16.5 * at, (42, f"978006298484{at}"), (142, f"Pete the Cat Book {at}"), (441, "2"),
                 (484, "9.99"), (547, "19.98")) for at in range(3)]
    wrapped = [line(244.7, (142, "Board Book Edition")),  # (a wrap set tight under its row)
               line(261.2, (42, "9780060831684"), (142, "Magnolia Table: Recipes for"), (436, "12"), (479, "32.99"),
                    (542, "395.88")),
               line(276.5, (142, "Gathering")),
               line(293.0, (42, "9780062803993"), (142, "Good Energy"), (441, "5"), (479, "28.99"), (542, "144.95"))]
    assert [p.description for p in products([header, *rows, *wrapped])][3:] == [
        "Magnolia Table: Recipes for Gathering", "Good Energy"]


def test_a_groups_heading_in_capitals_well_under_a_description_is_no_part_of_it():
    lines = [line(100, (36, "SKU"), (152, "UPC"), (359, "Qty"), (420, "Price"))]
    y = 120.0
    for at, name in enumerate(("Acacia Wood Tray w/ Gingham Pattern", "Paper Mache Throw w/ Leather Strap",
                               "Debossed Stoneware Garland w/ Tassels")):
        lines += [line(y, (36, f"DF535{at}A"), (152, f"19100932164{at}"), (359, "24"), (420, "18.00")),
                  line(y + 13, (36, name))]
        y += 34.6
    lines += [line(y - 34.6 + 36, (36, "EVERYDAY HOME")),
              line(y + 20, (36, "DG3244"), (152, "191006082074"), (359, "6"), (420, "4.00")),
              line(y + 33, (36, "Recycled Glass Wall Decor"))]
    assert [p.description for p in products(lines)][-2:] == ["Debossed Stoneware Garland w/ Tassels",
                                                             "Recycled Glass Wall Decor"]


def test_a_description_whose_numbers_stand_on_its_last_line_keeps_its_lines_at_the_top_of_the_next_page():
    def page(first_y: float, entries: list[list[str]]) -> list[TextLine]:
        lines = [line(first_y - 20, (33, "Code"), (83, "UPC"), (150, "Description"), (268, "Ord"), (424, "Price"))]
        y = first_y
        for at, parts in enumerate(entries):
            for part in parts[:-1]:
                lines.append(line(y, (150, part)))
                y += 10.5
            lines.append(line(y, (34, f"DS2{len(parts)}{at}A"), (84, f"1910036650{len(parts)}{at}"), (150, parts[-1]),
                              (270, "24"), (424, "6.40")))
            y += 17.3
        return lines

    first = page(181.0, [["Resin Wall Decor", "w/ Stripes"], ["Mango Wood Mug w/", "Pom Poms"],
                         ["Linen Blend Pitcher", "Cream"]])
    second = page(83.5, [["Round Stoneware", "Planter w/ Crackle", "Finish, Food Safe"], ["Faux Fur Bowl", "Gray"],
                         ["Tin Lantern", "Black"]])
    assert [p.description for p in products(first, second)][2:4] == [
        "Linen Blend Pitcher Cream", "Round Stoneware Planter w/ Crackle Finish, Food Safe"]


def test_a_description_whose_numbers_stand_on_its_last_line_broken_before_its_numbers_by_the_page():
    header = [line(160, (33, "Code"), (83, "UPC"), (150, "Description"), (268, "Ord"), (424, "Price"))]

    def entry(y: float, at: int, parts: list[str]) -> list[TextLine]:
        lead = [line(y + 10.5 * k, (150, part)) for k, part in enumerate(parts[:-1])]
        return [*lead, line(y + 10.5 * len(lead), (34, f"DS21{at}A"), (84, f"19100366501{at}"), (150, parts[-1]),
                            (270, "24"), (424, "6.40"))]

    first = [*header, *entry(181, 0, ["Resin Wall Decor", "w/ Stripes"]), *entry(209, 1, ["Mango Wood Mug", "Pom"]),
             *entry(237, 2, ["Linen Pitcher", "Cream"]), line(265, (150, "Round Stoneware Planter"))]
    second = [line(60, (33, "Code"), (83, "UPC"), (150, "Description"), (268, "Ord"), (424, "Price")),
              line(80, (34, "DS213A"), (84, "191003665013"), (150, "w/ Crackle Finish"), (270, "24"), (424, "6.40")),
              *entry(108, 4, ["Faux Fur Bowl", "Gray"])]
    assert [p.description for p in products(first, second)][2:4] == [
        "Linen Pitcher Cream", "Round Stoneware Planter w/ Crackle Finish"]


def test_entries_opened_by_their_code_with_their_numbers_on_their_last_line_and_one_broken_by_the_page():
    header = line(100, (36, "ISBN"), (120, "Title"), (330, "Qty"), (380, "List Price"), (470, "Extended"))
    first = [header,
             line(112, (36, "9780063299270"), (120, "Go Dog. Go! (Board Book)"), (335, "6"), (380, "39.99"),
                  (470, "124.77")),
             line(123, (36, "9780065573861"), (120, "Boy, the Mole, the Fox and the Horse,")),
             line(134, (120, "The (Hardcover)"), (330, "24"), (380, "14.99"), (470, "187.08")),
             line(145, (36, "9780060528043"), (120, "Coastal Kitchen, The: Simple Seafood")),
             line(156, (120, "from the Carolina"), (335, "2"), (385, "7.99"), (475, "8.31")),
             line(167, (36, "9780061603584"), (120, "Little Blue Truck's Springtime"))]
    second = [line(60, (36, "Anne McGilvray & Company"), (470, "Page 2 of 2")), header,
              line(112, (120, "(Paperback)"), (335, "6"), (380, "35.00"), (470, "109.20")),
              line(123, (36, "9780067009717"), (120, "Pete the Cat"), (330, "10"), (385, "7.99"), (475, "41.55"))]
    assert [(p.code, p.description, p.qty) for p in products(first, second)] == [
        ("9780063299270", "Go Dog. Go! (Board Book)", 6),
        ("9780065573861", "Boy, the Mole, the Fox and the Horse, The (Hardcover)", 24),
        ("9780060528043", "Coastal Kitchen, The: Simple Seafood from the Carolina", 2),
        ("9780061603584", "Little Blue Truck's Springtime (Paperback)", 6),
        ("9780067009717", "Pete the Cat", 10)]


def test_a_landscape_page_repeating_the_header_reworded_with_its_columns_spread_wider_is_read_where_they_stand():
    first = [line(100, (36, "Item"), (110, "Description"), (330, "Qty"), (400, "Rate"), (460, "Amount")),
             line(112, (36, "RPG941"), (110, "Peonies Everyday Card"), (335, "12"), (400, "6.00"), (465, "72.00")),
             line(123, (36, "JAS054"), (110, "English Rose Keepsake Box"), (340, "6"), (400, "9.00"), (465, "54.00"))]
    second = [line(86, (36, "Item #"), (130, "Description (cont.)"), (500, "Qty"), (610, "Rate"), (680, "Amount")),
              line(101, (36, "PLN472"), (130, "2026 Flower Shop Wall Calendar"), (505, "12"), (612, "4.50"),
                   (685, "54.00")),
              line(112, (36, "EMG530"), (130, "Juliet Rose Memo Notepad"), (505, "12"), (612, "4.50"), (685, "54.00"))]
    assert [(p.code, p.qty, p.price) for p in products(first, second)] == [
        ("RPG941", 12, Decimal("6.00")), ("JAS054", 6, Decimal("9.00")), ("PLN472", 12, Decimal("4.50")),
        ("EMG530", 12, Decimal("4.50"))]


def test_an_entry_opened_by_its_code_under_a_charge_at_the_pages_foot_goes_on_under_a_reworded_header():
    first = [line(100, (36, "Item"), (110, "Description"), (300, "UPC"), (380, "Qty Shipped"), (440, "Your Price"),
                  (500, "Extended Amount")),
             line(112, (36, "XS7494"), (110, "Wool Felt Tea Towel"), (300, "191492222843")),
             line(123, (110, "in Gray"), (385, "1"), (440, "9.992"), (510, "9.99")),
             line(134, (110, "Tariff Surcharge 10% - XS7494"), (510, "1.00")),
             line(145, (36, "DA8535"), (110, "Hand-Painted Ceramic Ornament,"), (300, "191305000805")),
             line(156, (110, "Natural & Cream Stripe"), (385, "12"), (440, "4.792"), (505, "57.50")),
             line(167, (110, "Tariff Surcharge 10% - DA8535"), (510, "5.75")),
             line(178, (36, "CF2801"), (110, "Linen Bird Figurine w/ Reactive"), (300, "191276587685")),
             line(189, (300, "Invoice continues on next page"))]
    second = [line(90, (36, "Item #"), (110, "Description (cont.)"), (300, "UPC Code"), (380, "Ship Qty"),
                   (440, "Net $"), (500, "Line Total")),
              line(104, (36, "...description continues")),
              line(115, (110, "Glaze (Each One Will Vary)"), (385, "12"), (440, "9.992"), (505, "119.90")),
              line(126, (36, "DH2980A"), (110, "Stoneware Coaster Set"), (300, "191941819011")),
              line(137, (110, "of 4"), (385, "1"), (440, "6.392"), (505, "6.39"))]
    assert [(p.code, p.description, p.qty) for p in products(first, second)] == [
        ("XS7494", "Wool Felt Tea Towel in Gray", 1),
        ("DA8535", "Hand-Painted Ceramic Ornament, Natural & Cream Stripe", 12),
        ("CF2801", "Linen Bird Figurine w/ Reactive Glaze (Each One Will Vary)", 12),
        ("DH2980A", "Stoneware Coaster Set of 4", 1)]


def test_a_upc_printed_under_each_rows_code_heading_the_next_page_is_the_last_rows():
    def header(y: float) -> TextLine:
        return line(y, (20, "Ln"), (40, "Product Code / UPC"), (160, "Description"), (380, "Qty Ord"),
                    (440, "Your Price"), (500, "Extd Price"))

    def entry(y: float, ln: str, code: str, upc: str, name: str) -> list[TextLine]:
        return [line(y, (20, ln), (40, code), (160, name), (385, "8"), (445, "2.40"), (505, "19.20")),
                line(y + 10, (45, upc)), line(y + 20, (160, "Carton Pack: 12 Min: 6"))]

    first = [header(100), *entry(115, "65", "DA6988A", "191009701455", "Bamboo Serving Board"),
             *entry(148, "66", "DA1148B", "191009280271", "Bamboo Ornament"),
             line(181, (20, "67"), (40, "DH7533"), (160, "Mango Wood Picture Frame"), (385, "8"), (445, "2.40"),
                  (505, "19.20"))]
    second = [line(50, (20, "Creative Co-op - Order Confirmation CS004130955 (continued)")), header(70),
              line(90, (45, "191009567974")), line(100, (160, "Carton Pack: 12 Min: 6")),
              *entry(115, "68", "DA5827", "191009277634", "Cast Iron Basket")]
    assert [(p.code, p.upc) for p in products(first, second)] == [
        ("DA6988A", "191009701455"), ("DA1148B", "191009280271"), ("DH7533", "191009567974"),
        ("DA5827", "191009277634")]


def test_the_option_ordered_named_under_a_description_is_no_part_of_it():
    lines = [line(100, (70, "Item"), (130, "UPC"), (190, "Description"), (385, "Qty"), (441, "Price")),
             line(115, (71, "CF6560C"), (130, "191396345476"), (191, "Recycled Paper Garland"), (385, "4"),
                  (441, "7.50")),
             line(125, (192, "Option: Color: Sage"), size=8.5),
             line(143, (72, "DH9437"), (130, "191288811607"), (191, "Recycled Paper Garland Distressed"), (381, "36"),
                  (441, "4.99")),
             line(152, (191, "White Finish")),
             line(162, (192, "Option: Size: Small"), size=8.5)]
    assert [p.description for p in products(lines)] == [
        "Recycled Paper Garland", "Recycled Paper Garland Distressed White Finish"]


def test_counts_set_right_of_their_left_set_label_before_the_unit_are_the_quantities():
    def row(y: float, qty: tuple[float, str], code: str, upc: str, name: str, price: tuple[float, str],
            amount: tuple[float, str]) -> TextLine:
        return printed(y, 6.75, (qty[0], 59.3, qty[1]), (64.8, 72.0, "ST"), (98.2, 124.4, code),
                       (151.3, 196.7, upc), (236.8, 300.0, name), (price[0], 509.9, price[1]),
                       (amount[0], 577.1, amount[1]))

    lines = [printed(128.3, 6.0, (475.0, 490.0, "UNIT"), (515.0, 550.0, "EXTENDED")),
             printed(135.1, 6.0, (35.0, 47.0, "QTY"), (65.0, 79.0, "UOM"), (98.0, 111.0, "SKU"), (151.0, 164.0, "UPC"),
                     (237.0, 280.0, "DESCRIPTION"), (475.0, 493.0, "PRICE"), (515.0, 535.0, "PRICE")),
             row(149.8, (52.8, "12"), "CN711-A", "825470033075", "Paper Star Lantern", (497.4, "2.25"),
                 (560.5, "27.00")),
             row(164.0, (56.0, "4"), "LT894-A", "863773010535", "Stoneware Bunny Planter", (492.1, "11.00"),
                 (560.5, "44.00")),
             row(178.3, (52.3, "48"), "LT589", "858470054040", "Mercury Glass Votive", (497.4, "7.99"),
                 (556.0, "383.52"))]
    assert [(p.code, p.qty, p.price) for p in products(lines)] == [
        ("CN711-A", 12, Decimal("2.25")), ("LT894-A", 4, Decimal("11.00")), ("LT589", 48, Decimal("7.99"))]


def test_a_groups_heading_over_the_first_row_of_a_table_naming_no_description_leaves_descriptions_under_rows():
    header = line(160, (36, "Product Code"), (98, "UPC"), (190, "Qty Ord"), (348, "U/M"), (400, "List Price"),
                  (460, "Your Price"), (520, "Your Extd Price"))

    def entry(y: float, code: str, qty: str, name: str) -> list[TextLine]:
        return [line(y, (36, code), (99, "195634859782"), (207, qty), (348, "PK"), (405, "2.00"), (465, "1.60"),
                     (525, "1.60")), line(y + 17.3, (46, name))]

    lines = [header, line(180.2, (36, "EVERYDAY COLLECTION")), *entry(202.6, "HX8574C", "1", "Embossed Garland"),
             *entry(237.0, "DA9480", "36", "Stoneware Wall Decor"), *entry(271.4, "DF8744C", "48", "Mango Wood Tray")]
    assert [(p.code, p.description) for p in products(lines)] == [
        ("HX8574C", "Embossed Garland"), ("DA9480", "Stoneware Wall Decor"), ("DF8744C", "Mango Wood Tray")]


def test_a_spreadsheets_rows_set_at_their_foot_print_a_descriptions_first_lines_over_its_numbers():
    lines = [line(100, (36, "ISBN-13"), (120, "Title"), (330, "Qty"), (380, "List Price"), (460, "Extended")),
             line(110, (120, "Simple Abundance: 365 Days to a Balanced and")),
             line(120, (36, "9780062276155"), (120, "Joyful Life"), (335, "1"), (385, "9.99"), (465, "9.99")),
             line(130, (120, "Magnolia Table, Volume 2: A Collection of Recipes")),
             line(140, (36, "9780062236197"), (120, "for Gathering"), (335, "2"), (380, "18.99"), (465, "37.98")),
             line(150, (36, "9780062186393"), (120, "Night Circus, The"), (335, "6"), (380, "12.99"), (465, "77.94")),
             line(160, (120, "Tiny Beautiful Things: Advice on Love and Life from")),
             line(170, (36, "9780062248435"), (120, "Dear Sugar"), (335, "2"), (385, "9.99"), (465, "19.98")),
             line(190, (300, "Total Units"), (335, "11"))]
    assert [p.description for p in products(lines)] == [
        "Simple Abundance: 365 Days to a Balanced and Joyful Life",
        "Magnolia Table, Volume 2: A Collection of Recipes for Gathering", "Night Circus, The",
        "Tiny Beautiful Things: Advice on Love and Life from Dear Sugar"]


def test_a_titles_first_word_that_names_a_unit_stays_the_titles():
    lines = [printed(157.5, 7.5, (43, 60, "ISBN"), (144, 157, "QTY"), (162, 184, "TITLE"), (444, 462, "LIST"),
                     (501, 532, "EXT NET")),
             printed(183.3, 8, (43, 104, "9780063545373"), (153, 156, "6"), (162, 262, "Harold and the Purple"),
                     (439, 461, "26.99"), (509, 531, "80.97")),
             printed(215.7, 8, (43, 104, "9780065117455"), (153, 156, "4"), (162, 185, "Night"),
                     (191, 243, "Circus, The"), (439, 461, "14.99"), (509, 531, "29.98"))]
    assert [(p.description, p.qty) for p in products(lines)] == [("Harold and the Purple", 6), ("Night Circus, The", 4)]


def test_a_charges_name_centred_on_its_numbers_line_is_no_product():
    # Flipkart: "Shipping and Handling" / numbers / "Charges", a cell of two lines centred on its numbers
    lines = [printed(152.5, 6.0, (109, 135, "Product"), (227, 265, "Description"), (302, 314, "Qty"),
                     (332, 358, "Gross"), (411, 438, "Taxable"), (516, 533, "Total")),
             printed(167.4, 6.0, (50, 175, "CAMPUS CRUNCH Running Shoes For Men")),
             printed(175.2, 6.0, (50, 181, "CG-257-G-BLK-WHT-8"), (198, 282, "HSN: 64041990"), (307, 309, "1"),
                     (335, 355, "629.00"), (415, 435, "561.61"), (515, 535, "629.00")),
             printed(183.2, 6.0, (50, 91, "IMEI/SrNo: [[]]")),
             printed(194.7, 6.0, (198, 274, "Shipping and Handling")),
             printed(197.9, 6.0, (307, 309, "1"), (339, 351, "0.00"), (419, 432, "0.00"), (519, 531, "0.00")),
             printed(202.7, 6.0, (198, 225, "Charges")),
             printed(214.1, 6.0, (475, 497, "TOTAL"), (499, 520, "PRICE:"), (523, 546, "629.00"))]
    assert [p.qty for p in products(lines)] == [1]


def test_a_tax_summarys_header_naming_goods_under_the_rows_is_no_product_table():
    lines = [line(261, (61, "Codice"), (216, "Descrizione"), (358, "Quantità"), (414, "Prezzo Un."),
                  (522, "Imp. Netto"), (562, "IVA")),
             line(307, (31, "VELA1583XSIF"), (138, "VELA BUCKET WHITE"), (383, "300"), (428, "7,92000"),
                  (530, "2.376,00"), (561, "341")),
             line(657.8, (37, "Imponibile/Taxable amount"), (154, "Al.IVA / V.A.T."),
                  (230, "Importo IVA / V.A.T. amount"), (357, "Totale merce / Goods amount"),
                  (484, "% Sconto"), (531, "Importo sconto"), (602, "Netto merce / Net amount"), char=3.2),
             printed(669.1, 7.9, (92, 117, "2.764,00"), (127, 137, "341"), (181, 213, "N.I. ART 41")),
             printed(672.8, 7.9, (336, 360, "2.764,00"), (391, 403, "0,00"), (549, 573, "2.764,00"))]
    assert [(p.code, p.qty) for p in products(lines, fmt=COMMA)] == [("VELA1583XSIF", 300)]


def test_a_count_times_the_product_in_a_description_without_a_quantity_column_is_the_quantity():
    # a subscription's invoice: "6 x Subscription to Starter" beside its amount only
    lines = [printed(334, 12, (69, 144, "Description"), (250, 330, "Time Period"), (434, 529, "Amount (USD)")),
             printed(357.8, 12, (68, 226, "6 x Subscription to Starter"), (251, 408, "2024-02-03 to 2024-03-03"),
                     (504, 544, "$30.00")),
             printed(381.5, 12, (392, 423, "Total"), (500, 545, "$30.00"))]
    assert [(p.qty, p.price, p.description) for p in products(lines)] == [
        (6, Decimal("5"), "Subscription to Starter")]


def test_an_option_counting_pieces_beside_a_products_numbers_is_no_totals_line():
    # Faire: "Harbor Map Puzzle | Pieces: 500 | SPG-PZ-H500 | $28.00 | 3 | $14.00 | $42.00"
    lines = [line(300, (48, "PRODUCT"), (280, "OPTIONS"), (401, "SKU"), (520, "RETAIL PRICE"), (605, "QTY"),
                  (650, "WHOLESALE"), (713, "TOTAL")),
             line(321, (48, "Octopus Thank You Card"), (280, "—"), (401, "SPG-TY-OCT"), (545, "$5.50"), (605, "12"),
                  (665, "$2.75"), (713, "$33.00")),
             line(340, (49, "Harbor Map Puzzle"), (281, "Pieces: 500"), (401, "SPG-PZ-H500"), (539, "$28.00"),
                  (610, "3"), (659, "$14.00"), (713, "$42.00")),
             line(359, (49, "Whale Tail Bookmark"), (280, "—"), (401, "SPG-BM-WT"), (545, "$3.00"), (604, "20"),
                  (665, "$1.50"), (713, "$30.00")),
             line(400, (600, "Items: 35"), (713, "$105.00"))]
    assert [(p.code, p.qty) for p in products(lines)] == [("SPG-TY-OCT", 12), ("SPG-PZ-H500", 3), ("SPG-BM-WT", 20)]


def test_a_charge_named_in_a_product_or_service_column_beside_its_description_is_no_product():
    lines = [line(277, (56, "DATE"), (111, "PRODUCT/SERVICE"), (231, "DESCRIPTION"), (413, "QTY"), (468, "RATE"),
                  (520, "AMOUNT")),
             line(297, (55, "04/14/2025"), (110, "WL-2210"), (230, "Wool Blend Throw"), (425, "4"), (468, "34.00"),
                  (530, "136.00")),
             line(315, (55, "04/14/2025"), (110, "Shipping"), (231, "Freight - FedEx Ground, 3 cartons"), (426, "1"),
                  (468, "46.80"), (535, "46.80")),
             line(333, (55, "04/14/2025"), (111, "BK-3302"), (230, "Great Plains Cookbook"), (425, "5"), (468, "17.50"),
                  (535, "87.50"))]
    assert [p.qty for p in products(lines)] == [4, 5]


def test_a_vendors_prescribed_quantity_falls_back_to_the_bare_qty_when_no_column_names_it():
    # an invoice whose rule takes what shipped, printed "Qty | Backordered | Units": Qty is the count billed
    lines = [
        line(100, (31, "Item"), (83, "UPC"), (147, "Description"), (298, "Qty"), (325, "Backordered"), (391, "Units"),
             (428, "MSRP"), (504, "Rate"), (551, "Amount")),
        line(115, (31, "DC2280"), (83, "191009946038"), (147, "Stoneware Dish"), (308, "0"), (366, "36"), (391, "EA"),
             (436, "9.91"), (504, "7.928"), (568, "0.00")),
        line(130, (31, "AL2260A"), (83, "191009729204"), (147, "Faux Pumpkin"), (303, "12"), (370, "0"),
             (391, "EA"), (436, "2.39"), (504, "1.912"), (560, "22.94")),
    ]
    tables = read_tables((Page(1, tuple(lines)),), POINT)
    assert [(p.code, p.qty, p.price) for p in product_lines(tables[0], POINT, quantity=lx.SHIPPED)] == [
        ("DC2280", 0, Decimal("7.928")), ("AL2260A", 12, Decimal("1.912"))]


def test_a_tally_invoices_counts_in_nos_and_a_rate_per_unit_column():
    lines = [
        printed(340.0, 10.0, (39, 47, "Sl"), (139, 222, "Description of Goods"), (324, 357, "Quantity"),
                (380, 398, "Rate"), (417, 430, "per"), (453, 484, "Amount")),
        printed(351.4, 7.6, (39, 54, "No.")),
        printed(368.8, 10.0, (40, 42, "1"), (53, 82, "Desks"), (333, 362, "5 No.s"), (376, 410, "7,000.00"),
                (416, 431, "No.s"), (458, 501, "35,000.00")),
        printed(380.7, 10.0, (39, 44, "2"), (53, 83, "Chairs"), (327, 362, "10 No.s"), (375, 410, "6,000.00"),
                (416, 431, "No.s"), (458, 501, "60,000.00")),
    ]
    assert [(p.description, p.qty, p.price) for p in products(lines)] == [
        ("Desks", 5, Decimal("7000.00")), ("Chairs", 10, Decimal("6000.00"))]


def test_a_name_under_product_and_sku_ending_in_a_count_keeps_it_and_takes_the_code_labelled_under_it():
    lines = [line(192, (51, "#"), (64, "Product / SKU"), (290, "Packs"), (328, "Units"), (362, "Unit price"),
                  (490, "Net")),
             line(211, (53, "1"), (64, "Bee Kind Enamel Pin"), (311, "1"), (342, "10"), (383, "£2.60"),
                  (490, "£26.00")),
             line(224, (63, "SKU HH4348"), size=7),
             line(237, (53, "2"), (63, "Wildflower Seed Bombs (tin of 6)"), (311, "1"), (346, "4"), (383, "£3.20"),
                  (490, "£12.80")),
             line(250, (63, "SKU HH5314"), size=7)]
    assert [(p.code, p.description, p.qty) for p in products(lines)] == [
        ("HH4348", "Bee Kind Enamel Pin", 10), ("HH5314", "Wildflower Seed Bombs (tin of 6)", 4)]
    leading = [*lines[:3], line(237, (53, "2"), (63, "HX2000 Heater Element"), (311, "1"), (346, "4"), (383, "£3.20"),
                                (490, "£12.80")), line(250, (63, "Replaces Item #4521"), size=7)]
    assert products(leading)[1].code == "HX2000"  # (a code leading the cell stays the code)


def test_a_labelled_code_only_at_the_descriptions_end_and_never_left_in_it():
    from invoice_processing.layout.printed_codes import labelled_code

    assert labelled_code('Felt Garland 96"L SKU: CM4574') == ("CM4574", 'Felt Garland 96"L')
    assert labelled_code("Multi-SKU 24pc counter display") == ("", "Multi-SKU 24pc counter display")
    assert labelled_code("Replacement part for Item #4521 drill") == ("", "Replacement part for Item #4521 drill")
    lines = [line(100, (30, "Item"), (100, "Description"), (300, "Qty"), (360, "Price"), (430, "Amount")),
             line(115, (30, "VB-57135"), (100, "V-Belt Classical Section"), (300, "2"), (360, "9.50"), (430, "19.00")),
             line(124, (100, "SKU: RPS-8802")),
             line(139, (30, "NA-2210"), (100, "Needle Assortment"), (300, "1"), (360, "4.00"), (430, "4.00"))]
    assert [(p.code, p.description) for p in products(lines)] == [
        ("VB-57135", "V-Belt Classical Section"), ("NA-2210", "Needle Assortment")]


def test_a_shipped_quantity_rule_never_falls_back_to_what_was_ordered():
    lines = [line(100, (31, "Item"), (147, "Description"), (298, "Ordered"), (345, "Dlvd"), (391, "B/O"),
                  (436, "Price"), (551, "Amount")),
             line(115, (31, "DC2280"), (147, "Stoneware Dish"), (305, "36"), (350, "0"), (395, "36"),
                  (436, "7.928"), (568, "0.00"))]
    tables = read_tables((Page(1, tuple(lines)),), POINT)
    assert [p.qty for p in product_lines(tables[0], POINT, quantity=lx.SHIPPED)] != [36]


def test_a_column_of_user_names_is_no_quantity():
    lines = [line(100, (40, "Description"), (250, "User"), (430, "Amount")),
             line(115, (40, "Support retainer March"), (250, "J. Smith"), (430, "450.00")),
             line(130, (40, "Support retainer April"), (250, "A. Jones"), (430, "450.00"))]
    assert [(p.qty, p.price) for p in products(lines)] == [(1, Decimal("450.00"))] * 2


def test_a_nordic_totals_strip_under_the_rows_ends_the_table():
    lines = [line(92, (48, "Artikelnr"), (114, "Benämning"), (324, "Lev ant"), (364, "Enh"), (436, "À-pris"),
                  (517, "Belopp")),
             line(116, (49, "153505"), (114, "Bokmärke reflex"), (352, "4"), (363, "st"), (432, "144,00"),
                  (516, "576,00")),
             line(136, (49, "355573"), (114, "Skrivbok A5 5-pack"), (352, "6"), (363, "st"), (432, "130,00"),
                  (516, "780,00")),
             line(188, (45, "Varuvärde"), (131, "Frakt"), (216, "Exkl. moms"), (301, "Moms 25 %"),
                  (385, "Öresavrundning"), (470, "Att betala SEK")),
             line(201, (46, "1 356,00"), (131, "149,00"), (216, "1 505,00"), (301, "376,25"), (386, "0,25"),
                  (471, "1 882,00"))]
    assert [(p.qty, p.price) for p in products(lines, fmt=COMMA)] == [(4, Decimal("144.00")), (6, Decimal("130.00"))]


def test_a_turkish_e_archive_invoices_stacked_header_and_lira_amounts():
    lines = [line(370, (324, "İskonto"), (365, "İskonto"), (518, "Mal Hizmet")),
             line(375, (37, "No"), (110, "Mal Hizmet"), (215, "Miktar"), (244, "Birim"), (280, "Fiyat"),
                  (409, "KDV Oranı"), (465, "KDV Tutarı")),
             line(379, (328, "Oranı"), (368, "Tutarı"), (527, "Tutarı")),
             line(393, (39, "1"), (54, "KARGO TAŞIMA HİZMET BEDELİ"), (225, "2"), (276, "64,58 TL"), (417, "%18,00"),
                  (474, "23,25 TL"), (535, "129,16 TL")),
             line(405, (179, "Toplam Miktar :"), (245, "2")),
             line(421, (398, "Mal Hizmet Toplam Tutarı"), (534, "129,16 TL"))]
    assert [(p.qty, p.price, p.description) for p in products(lines, fmt=COMMA)] == [
        (2, Decimal("64.58"), "KARGO TAŞIMA HİZMET BEDELİ")]


def test_croatian_bulgarian_greek_and_lithuanian_tables_by_their_own_labels():
    croatian = [line(229, (42, "R.br."), (70, "Šifra"), (116, "Naziv proizvoda / usluge"), (327, "Kol."),
                     (354, "JM"), (385, "Cijena kn"), (435, "PDV %"), (517, "Iznos kn")),
                line(244, (46, "1."), (70, "LAV-01"), (116, "Lavandin vrećica Hvar 15 g"), (317, "120,00"),
                     (352, "kom"), (408, "6,50"), (441, "25,00"), (526, "780,00")),
                line(259, (46, "2."), (70, "LAV-05"), (116, "Eterično ulje lavande 10 ml"), (321, "48,00"),
                     (352, "kom"), (403, "24,00"), (441, "25,00"), (518, "1.152,00")),
                line(442, (384, "Ukupno bez PDV-a:"), (500, "1.932,00 kn"))]
    assert [(p.code, p.qty, p.price) for p in products(croatian, fmt=COMMA)] == [
        ("LAV-01", 120, Decimal("6.50")), ("LAV-05", 48, Decimal("24.00"))]
    bulgarian = [line(215, (48, "№"), (65, "Код"), (109, "Наименование на стоката/услугата"), (339, "Мярка"),
                      (376, "Количество"), (442, "Ед. цена"), (515, "Стойност")),
                 line(229, (50, "1"), (66, "100214"), (109, "Розово масло 1 мл"), (347, "бр."), (400, "60,000"),
                      (460, "6,40"), (529, "384,00"))]
    assert [(p.qty, p.price) for p in products(bulgarian, fmt=COMMA)] == [(60, Decimal("6.40"))]
    greek = [line(221, (45, "Α/Α"), (67, "Κωδικός"), (123, "Περιγραφή είδους"), (366, "Μ.Μ."), (401, "Ποσότητα"),
                  (451, "Τιμή μονάδας"), (563, "Καθαρή αξία"), (628, "ΦΠΑ %")),
             line(235, (51, "1"), (67, "ΚΡ-0112"), (123, "Κεραμικό μάτι τοίχου"), (370, "τεμ."), (424, "24,00"),
                  (485, "3,8500"), (598, "92,40"), (641, "24%"))]
    assert [(p.qty, p.price) for p in products(greek, fmt=COMMA)] == [(24, Decimal("3.8500"))]
    lithuanian = [line(219, (46, "Eil."), (69, "Prekės"), (127, "Pavadinimas"), (320, "Mato"), (358, "Kiekis"),
                       (405, "Kaina be"), (473, "PVM"), (515, "Suma be")),
                  line(229, (46, "Nr."), (69, "kodas"), (323, "vnt."), (402, "PVM, Eur"), (452, "tarifas, %"),
                       (511, "PVM, Eur")),
                  line(243, (51, "1"), (69, "GNT-0101"), (127, "Gintarinė apyrankė"), (323, "vnt."), (376, "25"),
                       (422, "14,20"), (484, "21"), (526, "355,00"))]
    assert [(p.qty, p.price) for p in products(lithuanian, fmt=COMMA)] == [(25, Decimal("14.20"))]


def test_a_discount_named_in_one_compound_word_is_no_product():
    lines = [line(250, (31, "Omschrijving"), (513, "Totaal")),
             line(279, (32, "3 dagen watertrappelen"), (513, "€ 75,-")),
             line(293, (31, "Flyboarden ja"), (513, "€ 30,-")),
             line(307, (31, "Vroegboekkorting ja"), (513, "€ -30,-")),
             line(321, (31, "Frühbucherrabatt"), (513, "€ -5,-"))]
    assert [p.description for p in products(lines, fmt=COMMA)] == ["3 dagen watertrappelen", "Flyboarden ja"]
