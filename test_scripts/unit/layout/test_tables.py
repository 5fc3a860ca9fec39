"""Product tables read from word boxes: rows printed over two lines are joined, others are not."""

from __future__ import annotations

from decimal import Decimal

from invoice_processing.layout.numbers import COMMA, POINT, NumberFormat
from invoice_processing.layout.products import product_lines
from invoice_processing.layout.tables import read_tables
from invoice_processing.models import Page, TextLine
from test_scripts.unit.layout.lines import line, spaced


def read(lines: list[TextLine], fmt: NumberFormat = POINT) -> list[tuple[Decimal, Decimal]]:
    tables = read_tables((Page(1, tuple(lines)),), fmt)
    return [(p.qty, p.price) for t in tables for p in product_lines(t, fmt)]


def test_quantity_on_one_line_and_price_on_the_next_make_one_row():
    lines = [
        line(100, (57, "Pos."), (91, "Materiaal"), (338, "Aantal"), (400, "Prijs"), (488, "Waarde")),
        line(120, (57, "0010"), (91, "15995646"), (350, "1 ST")),
        line(134, (211, "Nettoprijs"), (412, "534,87"), (494, "534,87")),
        line(147, (91, "AC wormwiel-motorreductor")),
    ]
    assert read(lines, COMMA) == [(Decimal(1), Decimal("534.87"))]


def test_a_rate_set_half_a_line_above_its_row_is_the_rows_rate():
    lines = [
        line(237, (29, "#"), (52, "Item"), (255, "Rate"), (345, "Qty"), (376, "Taxable Value"), (538, "Amount")),
        line(253.5, (261, "581.57")),
        line(259.6, (29, "1"), (51, "Acne Gel 50 gm"), (334, "1 PAC"), (398, "581.57"), (537, "686.25")),
        line(265.5, (229, "775.42 (-25%)")),
        line(283.0, (259, "289.36")),
        line(288.9, (29, "2"), (51, "Arachitol Nano"), (334, "1 BTL"), (396, "289.36"), (537, "324.09")),
        line(295.0, (229, "340.43 (-15%)")),
    ]
    assert read(lines) == [(Decimal(1), Decimal("581.57")), (Decimal(1), Decimal("289.36"))]


def test_complete_rows_a_line_apart_stay_separate_rows():
    lines = [
        line(100, (40, "Description"), (300, "Qty"), (360, "Price"), (440, "Amount")),
        line(112, (40, "Blue mug"), (305, "2"), (360, "4.00"), (440, "8.00")),
        line(124, (40, "Red mug"), (305, "3"), (360, "5.00"), (440, "15.00")),
    ]
    assert read(lines) == [(Decimal(2), Decimal("4.00")), (Decimal(3), Decimal("5.00"))]


def test_a_products_long_name_reaching_across_the_numbers_does_not_end_the_table():
    lines = [
        line(194, (28, "SKU"), (165, "Qty"), (446, "Price"), (550, "Amount")),
        line(219, (28, "C3065"), (144, "Wood Bead Garland")),
        line(229, (170, "36"), (442, "$38.24"), (554, "$1376.64")),
        line(240, (28, "S5380"), (144, "Jute Garland 4 in - 3 Asst. Colors, Sold as a Set of Three in a Box")),
        line(250, (170, "36"), (446, "$6.53"), (558, "$235.08")),
    ]
    assert read(lines) == [(Decimal(36), Decimal("38.24")), (Decimal(36), Decimal("6.53"))]


def test_a_number_inside_a_wrapped_description_stays_in_the_description():
    lines = [
        line(211, (51, "SKU"), (202, "Price"), (356, "Qty"), (507, "Extended")),
        line(237, (50, "P8627"), (203, "5.71"), (361, "4"), (522, "22.84")),
        line(247, (62, "Flocked Pine Tree - Set of"), (207, "2")),
    ]
    tables = read_tables((Page(1, tuple(lines)),), POINT)
    assert [p.description for p in product_lines(tables[0], POINT)] == ["Flocked Pine Tree - Set of 2"]


def test_numbers_among_letter_spaced_words_are_words_of_the_description():
    lines = [
        line(248, (37, "Code"), (86, "UPC"), (162, "Shp"), (233, "List"), (299, "Net"), (354, "Ext")),
        spaced(264, 37, "Recycled Glass Planter, 2 Colors"),
        line(275, (37, "XS6501C"), (87, "191009478555"), (168, "24"), (234, "2.00"), (294, "1.60"), (343, "38.40")),
        spaced(290, 37, "Cotton Votive Holder, Sold in Multiples of 4"),
        line(301, (37, "AH7147"), (87, "191009140621"), (168, "24"), (234, "2.00"), (294, "1.60"), (343, "38.40")),
    ]
    tables = read_tables((Page(1, tuple(lines)),), POINT)
    assert [p.description for p in product_lines(tables[0], POINT)] == [
        "Recycled Glass Planter, 2 Colors", "Cotton Votive Holder, Sold in Multiples of 4"]


def test_a_quantity_and_its_unit_beside_a_code_stay_the_quantity():
    lines = [
        line(274, (28, "Item #"), (110, "QTY"), (166, "Fl"), (212, "Item Description"), (471, "Price"),
             (529, "Ext. Price")),
        line(293, (28, "RGR-7546"), (109, "10 pcs"), (166, "NT"), (212, "Speckled Ornament"), (475, "46.49"),
             (538, "$464.90")),
    ]
    assert read(lines) == [(Decimal(10), Decimal("46.49"))]


def test_a_wrapped_description_reads_in_printed_order_across_the_columns_bands():
    lines = [
        line(211, (51, "SKU"), (202, "Price"), (356, "Qty"), (507, "Extended")),
        line(237, (50, "P8627"), (203, "5.71"), (361, "4"), (522, "22.84")),
        line(247, (62, "Metal Star Tree Topper -"), (207, "3"), (222, "Asst. Colors")),
    ]
    tables = read_tables((Page(1, tuple(lines)),), POINT)
    assert [p.description for p in product_lines(tables[0], POINT)] == ["Metal Star Tree Topper - 3 Asst. Colors"]


def test_a_description_under_a_flag_column_keeps_its_words_and_numbers_but_not_flags():
    lines = [
        line(100, (44, "Product"), (89, "UPC/EAN"), (148, "Rt"), (163, "Order Qty"), (338, "Unit"),
             (378, "Price"), (431, "Ext Price")),
        line(112, (44, "XS2838"), (88, "889110174469"), (148, "N"), (192, "16"), (338, "Ea"), (378, "7.49"),
             (445, "119.84")),
        spaced(122, 148, 'Recycled Glass Banner, 10" Dia. x', gap=4.0),
        line(132, (148, '3"H')),
        line(144, (44, "XS2295"), (88, "889110267784"), (192, "16"), (338, "Ea"), (378, "9.50"), (441, "152.00")),
        line(154, (148, "BB"), (170, "Holds Tealight, Set of")),
        line(164, (148, "4")),
    ]
    tables = read_tables((Page(1, tuple(lines)),), POINT)
    assert [p.description for p in product_lines(tables[0], POINT)] == [
        'Recycled Glass Banner, 10" Dia. x 3"H', "Holds Tealight, Set of 4"]


def test_a_remark_under_a_rows_numbers_is_not_the_next_rows_description():
    rows = []
    y = 110.0
    for code, name, remark in (("DL6428B", "Metal Throw, Whitewashed", "CANCELLED PER CUSTOMER"),
                               ("XS7212C", "Recycled Glass Wreath", ""), ("XS6676", "Paper Mache Pitcher", ""),
                               ("DK1197A", "Woven Seagrass Ornament", "")):
        rows.append(line(y, (41, code), (151, name)))
        rows.append(line(y + 9.4, (196, "12"), (417, "2.00"), (503, "24.00")))
        if remark:
            rows.append(line(y + 18.8, (151, remark)))
        y += 37.0
    lines = [line(96, (41, "Item"), (151, "Description"), (190, "Qty"), (417, "Price"), (503, "Amount")), *rows]
    tables = read_tables((Page(1, tuple(lines)),), POINT)
    assert [p.description for p in product_lines(tables[0], POINT)] == [
        "Metal Throw, Whitewashed", "Recycled Glass Wreath", "Paper Mache Pitcher", "Woven Seagrass Ornament"]


def test_a_header_completed_by_a_label_line_under_it_with_flags_and_a_note_among_the_rows():
    lines = [
        line(251, (36, "Qté"), (451, "Prix unitaire"), (527, "Total HT")),
        line(261, (37, "Désignation")),
        line(277, (41, "48"), (80, "C"), (477, "80,42"), (528, "3.860,16")),
        line(287, (36, "Torchon lin lot de 3 laiton")),
        line(301, (41, "36"), (80, "X"), (473, "110,30"), (528, "3.970,80")),
        line(310, (37, "Mug émaillé")),
        line(322, (37, "Bon de livraison 8284")),
        line(336, (45, "4"), (478, "19,69"), (540, "78,76")),
        line(346, (37, "Mug émaillé Ø 12 cm")),
    ]
    tables = read_tables((Page(1, tuple(lines)),), COMMA)
    assert [(p.description, p.qty) for p in product_lines(tables[0], COMMA)] == [
        ("Torchon lin lot de 3 laiton", 48), ("Mug émaillé", 36), ("Mug émaillé Ø 12 cm", 4)]


def test_a_count_and_its_unit_in_a_description_line_stay_words_of_it():
    lines = [
        line(245, (42, "Ln"), (80, "Item"), (135, "Unit Price"), (209, "Quantity"), (273, "UM"), (534, "Extended")),
        line(254, (42, "Description")),
        spaced(339, 42, "Wildwood Jigsaw Puzzle 1000 pc", gap=6.0),
        line(348, (47, "3"), (80, "NBK736"), (154, "$18.00"), (241, "6"), (273, "Each"), (539, "$108.00")),
    ]
    tables = read_tables((Page(1, tuple(lines)),), POINT)
    assert [(p.description, p.qty) for p in product_lines(tables[0], POINT)] == [("Wildwood Jigsaw Puzzle 1000 pc", 6)]


def test_a_description_broken_by_a_page_without_a_repeated_header_is_joined_not_the_running_head():
    first = Page(1, (
        line(300, (29, "ISBN"), (180, "Qty"), (228, "Title"), (448, "Price"), (532, "Amount")),
        line(320, (29, "9780573909412"), (186, "5"), (228, "Lonely Llama"), (448, "$34.50"), (532, "$172.50")),
        line(335, (29, "9780102412147"), (186, "5"), (228, "Haddad, Kenji: Bears Who Bake:"), (448, "$21.95"),
             (532, "$109.75")),
    ))
    second = Page(2, (
        line(30, (28, "Anne McGilvray & Company - Purchase Order NS4593244")),
        line(59, (228, "Twelve Recipes for Little")),
        line(71, (228, "Chefs and Their Grown-Ups")),
        line(86, (29, "9780597323461"), (186, "4"), (228, "Lindqvist, Samir: The Long"), (448, "$25.99"),
             (532, "$103.96")),
    ))
    tables = read_tables((first, second), POINT)
    assert [p.description for t in tables for p in product_lines(t, POINT)] == [
        "Lonely Llama", "Haddad, Kenji: Bears Who Bake: Twelve Recipes for Little Chefs and Their Grown-Ups",
        "Lindqvist, Samir: The Long"]


def test_a_unit_labelled_column_full_of_prices_is_a_price_column_decided_by_arithmetic():
    lines = [
        line(268, (50, "Description"), (321, "Units"), (380, "Unit"), (415, "Unit"), (454, "Unit"),
             (488, "Extended Amount")),
        line(288, (50, "Stoneware Throw Pillow"), (338, "3"), (380, "pcs"), (411, "61.915"), (450, "155.00"),
             (532, "$185.75")),
        line(321, (50, "Sage Green Tea Towel"), (338, "6"), (380, "each"), (416, "57.35"), (450, "125.99"),
             (532, "$344.10")),
    ]
    assert read(lines) == [(Decimal(3), Decimal("61.915")), (Decimal(6), Decimal("57.35"))]


def _above_table(head: list[TextLine], foot: list[TextLine], second: list[TextLine]) -> list[str]:
    first = Page(1, (
        line(100, (28, "Description"), (118, "Item"), (420, "Qty"), (507, "Price"), (565, "Amount")),
        *head,
        line(124, (118, "B5521A"), (430, "2"), (507, "2.65"), (565, "5.30")),
        *foot,
    ))
    tables = read_tables((first, Page(2, tuple(second))), POINT)
    return [p.description for t in tables for p in product_lines(t, POINT)]


def test_on_a_continued_page_the_lines_right_over_the_first_row_are_its_description():
    head = [line(112, (28, "Paper Honeycomb Ball"))]
    second = [line(30, (28, "Carried forward 5.30")), line(52, (28, "Smith, Rafael: Bears Who Bake")),
              line(62, (28, "for Little Chefs")), line(72, (118, "B5994"), (430, "12"), (507, "3.73"), (565, "44.76"))]
    assert _above_table(head, [], second) == ["Paper Honeycomb Ball", "Smith, Rafael: Bears Who Bake for Little Chefs"]


def test_a_description_at_a_pages_foot_goes_to_the_next_pages_first_row_past_the_running_head():
    head = [line(112, (28, "Paper Honeycomb Ball"))]
    foot = [line(136, (28, "Jute Pom Pom Garland"))]
    second = [line(22, (28, "One Hundred 80 Degrees - Invoice 387589")),
              line(52, (118, "B5994"), (430, "12"), (507, "3.73"), (565, "44.76"))]
    assert _above_table(head, foot, second) == ["Paper Honeycomb Ball", "Jute Pom Pom Garland"]


def test_a_description_under_the_code_column_continues_across_a_page_without_a_header():
    first = Page(1, (
        line(440, (60, "SKU"), (120, "UPC"), (244, "QTY"), (634, "Unit Price"), (702, "Amount")),
        line(466, (60, "C3620"), (120, "781206772365"), (256, "6"), (646, "26.855"), (708, "161.13")),
        line(476, (73, "Flocked Pine Tree 6-8 in")),
        line(492, (60, "S6606A"), (120, "719120016746"), (256, "6"), (651, "39.70"), (708, "238.20")),
    ))
    second = Page(2, (
        line(55, (72, "Carried forward"), (703, "4071.53")),
        line(70, (72, "Glass Bauble Set - 3 Asst. Colors, Sold")),
        line(80, (72, "as a Set of Three")),
        line(95, (60, "C5408A"), (120, "717300391607"), (256, "2"), (651, "41.37"), (712, "82.74")),
        line(105, (72, "Velvet Stocking")),
    ))
    tables = read_tables((first, second), POINT)
    assert [p.description for t in tables for p in product_lines(t, POINT)] == [
        "Flocked Pine Tree 6-8 in", "Glass Bauble Set - 3 Asst. Colors, Sold as a Set of Three", "Velvet Stocking"]


def test_a_lone_count_ending_a_wrapped_description_is_not_a_quantity():
    lines = [
        line(460, (42, "Style #"), (120, "Qty"), (175, "UOM"), (445, "Wholesale"), (532, "Amount")),
        line(518, (42, "WRP874"), (95, "Juliet Rose Pocket Notebook Set of")),
        line(530, (95, "3")),
        line(542, (127, "12"), (175, "ea"), (475, "4.00"), (545, "48.00")),
    ]
    tables = read_tables((Page(1, tuple(lines)),), POINT)
    assert [(p.code, p.description, p.qty) for p in product_lines(tables[0], POINT)] == [
        ("WRP874", "Juliet Rose Pocket Notebook Set of 3", 12)]


def test_the_products_label_under_a_numbers_label_names_the_description_and_flags_stay_out():
    lines = [
        line(288, (37, "Item #"), (120, "UPC"), (282, "Ordered"), (360, "Qty Shp"), (534, "UM"), (600, "Your Price"),
             (696, "Ext. Price")),
        line(300, (259, "Product")),
        line(320, (37, "SE-9638"), (234, "X"), (259, "Hammered Ceramic Mug")),
        line(332, (313, "12"), (391, "12"), (535, "each"), (625, "£90.16"), (703, "£1,081.92")),
    ]
    tables = read_tables((Page(1, tuple(lines)),), POINT)
    assert [(p.code, p.description, p.qty) for p in product_lines(tables[0], POINT)] == [
        ("SE-9638", "Hammered Ceramic Mug", 12)]


def test_a_description_label_over_the_quantities_leaves_them_quantities():
    lines = [
        line(250, (70, "QTY"), (115, "SKU"), (419, "Unit Price"), (497, "Extended")),
        line(260, (60, "Description")),
        line(276, (66, "4"), (75, "ea"), (115, "C4431A"), (443, "27.74"), (507, "110.96")),
        line(286, (60, "Ceramic Gnome")),
    ]
    tables = read_tables((Page(1, tuple(lines)),), POINT)
    assert [(p.code, p.description, p.qty) for p in product_lines(tables[0], POINT)] == [
        ("C4431A", "Ceramic Gnome", 4)]


def test_a_later_pages_abbreviated_header_keeps_the_first_pages_columns():
    header = (19, "Product Code"), (189, "Qty Ord"), (410, "List Price"), (465, "Your Price"), (521, "Your Extd Price")
    short = (19, "Code"), (84, "Wh"), (189, "Ord"), (410, "List"), (465, "Net"), (521, "Ext")
    first = Page(1, (line(218, *header),
                     line(240, (19, "XS7432"), (172, "Stoneware Tree Topper")),
                     line(262, (84, "MEM"), (214, "12"), (439, "6.24"), (490, "4.992"), (570, "59.90"))))
    second = Page(2, (line(65, *short),
                      line(79, (19, "AH8208C"), (172, "Cotton Mug, Round")),
                      line(100, (84, "MEM"), (214, "24"), (439, "2.00"), (495, "1.60"), (570, "38.40"))))
    tables = read_tables((first, second), POINT)
    assert [(p.code, p.price, p.qty) for t in tables for p in product_lines(t, POINT)] == [
        ("XS7432", Decimal("4.992"), 12), ("AH8208C", Decimal("1.60"), 24)]


def test_a_long_name_over_its_row_across_the_numbers_is_no_note_but_a_note_after_the_table_is():
    lines = [
        line(255, (60, "SKU"), (212, "Qty"), (311, "Unit Price"), (503, "Amount")),
        line(283, (60, "Glass Bauble Set - Assorted")),
        line(293, (60, "T9153"), (217, "24"), (320, "$36.895"), (505, "$885.48")),
        line(326, (61, "Paper Honeycomb Ball 6-8 in - 3 Asst. Colors, Sold as a Set of Three in a Display Box")),
        line(336, (60, "T9824A"), (222, "6"), (329, "37.33"), (510, "223.98")),
        line(380, (60, "Please note that all orders ship within ten business days of the order date, freight prepaid")),
        line(420, (60, "X1"), (222, "1"), (329, "1.00"), (510, "1.00")),
    ]
    tables = read_tables((Page(1, tuple(lines)),), POINT)
    assert [(p.code, p.qty) for t in tables for p in product_lines(t, POINT)] == [("T9153", 24), ("T9824A", 6)]


def test_a_currency_word_after_each_amount_belongs_to_the_amount_not_the_description():
    lines = [
        line(252, (50, "Description"), (183, "Réf."), (222, "EAN"), (282, "Prix public"), (345, "P.U."),
             (380, "Commandé"), (420, "Livré"), (508, "Total HT")),
        line(266, (50, "Vase en grès"), (183, "CN-8631"), (286, "102,99"), (319, "EUR"), (337, "41,01"), (366, "EUR"),
             (404, "24"), (432, "24"), (507, "984,24"), (540, "EUR")),
    ]
    tables = read_tables((Page(1, tuple(lines)),), COMMA)
    assert [(p.code, p.upc, p.description, p.price, p.qty) for p in product_lines(tables[0], COMMA)] == [
        ("CN-8631", "", "Vase en grès", Decimal("41.01"), 24)]


def test_a_remark_under_the_last_rows_numbers_does_not_go_to_the_next_pages_first_row():
    header = ((39, "Code"), (167, "RT"), (288, "Ord"), (466, "List"), (507, "Net"), (550, "Ext"))
    rows, y = [], 240.0
    for code, name in (("DA6114C", "Paper Mache Mushroom"), ("XS6676", "Stoneware Pitcher"), ("HX3989B", "Resin Star")):
        rows += [line(y, (39, code), (167, name)),
                 line(y + 11, (295, "24"), (466, "2.00"), (505, "1.60"), (543, "38.40"))]
        y += 36
    first = Page(1, (line(222, *header), *rows, line(y - 36 + 22, (167, "CANCELLED PER CUSTOMER"))))
    second = Page(2, (line(222, *header), line(240, (39, "XS4997B"), (167, "Cotton Votive Holder")),
                      line(251, (295, "24"), (466, "2.00"), (505, "1.60"), (543, "38.40"))))
    tables = read_tables((first, second), POINT)
    assert [p.description for t in tables for p in product_lines(t, POINT)][-1] == "Cotton Votive Holder"


def test_a_code_line_after_a_remark_at_a_pages_foot_starts_the_next_pages_first_row():
    header = ((45, "Code"), (151, "RT"), (189, "Ord"), (337, "List"), (371, "Net"), (412, "Ext"))
    rows, y = [], 640.0
    for code, name in (("XT8281C", "Enameled Bud Vase"), ("DE1707", "Tree Topper"), ("DL4840C", "Enameled Dish")):
        rows += [line(y, (45, code), (151, name)),
                 line(y + 9.5, (194, "24"), (337, "2.00"), (370, "1.60"), (412, "38.40"))]
        y += 25
    first = Page(1, (line(620, *header), *rows, line(y - 25 + 19, (151, "** Discontinued - no longer available **")),
                     line(y - 25 + 34, (45, "XS86041B"), (151, "Resin Vessel, Hand-Stamped"))))
    second = Page(2, (line(230, *header), line(262, (151, "Boxed")),
                      line(272, (194, "24"), (337, "2.00"), (370, "1.60"), (412, "38.40"))))
    tables = read_tables((first, second), POINT)
    assert [(p.code, p.description) for t in tables for p in product_lines(t, POINT)][-1] == (
        "XS86041B", "Resin Vessel, Hand-Stamped Boxed")


def test_a_word_that_is_also_a_unit_stays_in_the_description_after_a_word():
    lines = [
        line(440, (29, "Style #"), (78, "Description"), (151, "Shipped"), (223, "B/O"), (273, "UM"), (491, "Price"),
             (552, "Amount")),
        spaced(492, 86, "Ship Model Kit Jigsaw Puzzle 1000 pc", gap=6.0),
        line(503, (29, "PLN808"), (178, "24"), (273, "ea"), (497, "9.00"), (552, "216.00")),
    ]
    tables = read_tables((Page(1, tuple(lines)),), POINT)
    assert [p.description for p in product_lines(tables[0], POINT)] == ["Ship Model Kit Jigsaw Puzzle 1000 pc"]


def test_a_quantity_with_its_unit_left_of_its_label_is_the_quantity_and_a_gencod_is_the_upc():
    lines = [
        line(200, (42, "Artikelnr."), (121, "Gencod"), (236, "Product"), (277, "Aantal"), (361, "Prijs"),
             (523, "Bedrag")),
        line(228, (42, "TFG-4287"), (121, "2277846007221"), (236, "Geurkaars vijg 200 g")),
        line(238, (253, "12,00"), (283, "stuks"), (365, "58,93"), (503, "707,16")),
    ]
    tables = read_tables((Page(1, tuple(lines)),), COMMA)
    assert [(p.code, p.upc, p.qty, p.price) for p in product_lines(tables[0], COMMA)] == [
        ("TFG-4287", "2277846007221", Decimal(12), Decimal("58.93"))]


def test_a_unit_column_of_counts_in_a_table_naming_no_quantity_is_the_quantity():
    lines = [line(285, (87, "Unit"), (234, "Description"), (397, "Unit Price ($)"), (473, "Amount ($)")),
             line(301, (88, "150"), (129, "Stainless Steel Hex Head Screw (M8X35)"), (441, "3.50"), (503, "525.00")),
             line(317, (88, "200"), (129, "Pan Slotted Self Tapping Screw"), (441, "3.75"), (503, "750.00")),
             line(340, (373, "Subtotal ($)"), (495, "1,275.00"))]
    found = [p for t in read_tables((Page(1, tuple(lines)),), POINT) for p in product_lines(t, POINT)]
    assert [(p.qty, p.price) for p in found] == [(150, Decimal("3.50")), (200, Decimal("3.75"))]


def test_a_table_of_backorders_without_prices_under_the_products_is_not_billed():
    lines = [
        line(100, (40, "Style #"), (100, "Description"), (330, "Qty Shipped"), (420, "Unit Price"), (520, "Total")),
        line(112, (40, "GCO168"), (100, "Gooseberry Congrats Card"), (350, "6"), (430, "3.00"), (525, "18.00")),
        line(124, (40, "CAL181"), (100, "Peonies Appointment Calendar"), (350, "6"), (425, "17.00"), (520, "102.00")),
        line(150, (40, "Backordered Items (not invoiced - will ship when back in stock)")),
        line(164, (40, "Style #"), (100, "Description"), (360, "Qty Ordered"), (424, "Qty Backordered"),
             (514, "Expected")),
        line(176, (40, "HMD140"), (100, "Garden Party Gift Wrap Roll"), (404, "6"), (484, "6"), (514, "Jan 2026")),
        line(188, (40, "PEN279"), (100, "Claudine Tea Towel"), (400, "12"), (480, "12"), (514, "Jan 2026")),
        line(210, (413, "Merchandise Total"), (537, "120.00")),
    ]
    found = [p for t in read_tables((Page(1, tuple(lines)),), POINT) for p in product_lines(t, POINT)]
    assert [(p.code, p.qty) for p in found] == [("GCO168", 6), ("CAL181", 6)]


def test_a_totals_box_beside_the_last_rows_of_a_narrower_table_ends_nothing():
    rows = [line(100, (33, "SKU"), (160, "QTY"), (197, "Description"), (353, "Unit Price"), (406, "Extended"))]
    rows += [line(112 + 14 * at, (33, f"T12{at}9"), (160, "36"), (197, f"Velvet Pumpkin {at}"), (368, "8.50"),
                  (410, "306.00")) for at in range(3)]
    beside = [line(119, (459, "Subtotal"), (547, "918.00")), line(133, (459, "Shipping"), (561, "TBD")),
              line(147, (459, "Total"), (542, "918.00"))]
    found = [p for t in read_tables((Page(1, tuple(sorted(rows + beside, key=lambda ln: ln.y))),), POINT)
             for p in product_lines(t, POINT)]
    assert [(p.code, p.description) for p in found] == [
        ("T1209", "Velvet Pumpkin 0"), ("T1219", "Velvet Pumpkin 1"), ("T1229", "Velvet Pumpkin 2")]


def test_an_sap_forms_net_value_is_the_amount_that_shows_a_price_is_per_hundred():
    lines = [
        line(100, (51, "Pos"), (87, "Material"), (143, "Bezeichnung"), (335, "Menge"), (369, "ME"), (405, "Preis"),
             (435, "PE"), (450, "Rab.%"), (496, "Nettowert EUR")),
        line(112, (51, "000010"), (87, "40101329"), (143, "Sechskantschraube M8x30"), (335, "200 ST"), (405, "4,50"),
             (435, "100"), (515, "9,00")),
        line(124, (51, "000020"), (87, "40068005"), (143, "Gewindestange M10"), (335, "12 ST"), (405, "2,35"),
             (440, "1"), (510, "28,20")),
    ]
    assert read(lines, COMMA) == [(Decimal(200), Decimal("0.045")), (Decimal(12), Decimal("2.35"))]


def test_a_sidebar_of_order_fields_left_of_the_table_is_no_part_of_its_rows():
    lines = [
        line(71, (201, "Ln"), (227, "ISBN"), (318, "Title"), (577, "List"), (610, "Qty"), (722, "Amount")),
        line(89, (18, "ORDER NUMBER"), (206, "1"), (226, "9780067641910"), (318, "Wedding People, The"),
             (571, "22.00"), (612, "1"), (730, "22.00")),
        line(103, (19, "DISCOUNT"), (206, "2"), (226, "9780065277203"), (318, "Heaven & Earth Grocery Store"),
             (571, "27.99"), (612, "2"), (730, "55.98")),
        line(117, (19, "FREIGHT"), (206, "3"), (226, "9780061905940"), (318, "Pete the Cat"),
             (571, "18.99"), (612, "5"), (730, "94.95")),
    ]
    assert read(lines) == [(Decimal(1), Decimal("22.00")), (Decimal(2), Decimal("27.99")),
                           (Decimal(5), Decimal("18.99"))]


def test_a_short_name_far_left_of_a_centred_first_label_is_still_the_rows_name():
    lines = [
        line(100, (150, "Description"), (400, "Qty"), (460, "Price"), (530, "Amount")),
        line(112, (40, "Mug"), (405, "2"), (460, "4.00"), (530, "8.00")),
        line(124, (40, "Tea towel"), (405, "3"), (460, "5.00"), (530, "15.00")),
    ]
    tables = read_tables((Page(1, tuple(lines)),), POINT)
    assert [p.description for t in tables for p in product_lines(t, POINT)] == ["Mug", "Tea towel"]


def test_a_wrapped_descriptions_words_naming_columns_are_no_new_header():
    lines = [
        line(81, (41, "ORD"), (65, "SHP"), (89, "ITEM#"), (252, "DESCRIPTION"), (634, "UNIT PRICE"), (718, "EXTENDED")),
        line(94, (51, "5"), (75, "5"), (90, "5277344"), (252, "LETTUCE ROMAINE HEARTS - GLUTEN FREE LABEL"),
             (659, "35.11"), (728, "175.55")),
        line(105, (252, "ON EACH UNIT")),
        line(116, (51, "2"), (75, "2"), (90, "9467392"), (252, "BUTTER SOLID UNSALTED AA"), (654, "122.88"),
             (728, "245.76")),
        line(127, (46, "10"), (70, "10"), (90, "2342531"), (252, "MILK 2% REDUCED FAT"), (659, "35.39"),
             (728, "353.90")),
    ]
    assert read(lines) == [(Decimal(5), Decimal("35.11")), (Decimal(2), Decimal("122.88")),
                           (Decimal(10), Decimal("35.39"))]


def test_a_book_distributors_supplied_column_is_the_quantity_billed():
    lines = [
        line(100, (36, "ISBN"), (112, "Title"), (367, "RRP"), (434, "Ord"), (463, "Supp"), (504, "Net"),
             (540, "Value")),
        line(112, (36, "9787940938631"), (112, "The Lost River"), (367, "12.99"), (440, "5"), (470, "4"),
             (504, "7.14"), (540, "28.56")),
        line(124, (36, "9781698752600"), (112, "Winter Light"), (367, "14.99"), (440, "2"), (470, "2"),
             (504, "8.24"), (540, "16.48")),
    ]
    assert read(lines) == [(Decimal(4), Decimal("7.14")), (Decimal(2), Decimal("8.24"))]


def test_a_table_of_options_under_a_heading_saying_they_are_not_in_the_total_bills_nothing():
    header = ((48, "Aantal"), (82, "Omschrijving"), (412, "Artikelcode"), (521, "Prijs per stuk"), (635, "Bedrag"))
    lines = [
        line(200, *header),
        line(218, (64, "10"), (84, "Plantenbak cortenstaal 120 x 40 x 40 cm"), (414, "PL-300"), (538, "356,25"),
             (621, "3.562,50")),
        line(252, (516, "Totaal excl. btw"), (621, "3.562,50")),
        line(299, (30, "Optioneel (niet inbegrepen in het totaal)")),
        line(315, *header),
        line(332, (71, "1"), (83, "Verlichting overkapping LED"), (413, "FB-2040"), (541, "685,00"), (631, "685,00")),
    ]
    assert read(lines, COMMA) == [(Decimal(10), Decimal("356.25"))]


def test_a_pricing_unit_column_says_a_price_is_per_thousand_or_per_dozen():
    lines = [
        line(200, (46, "Shipped"), (206, "Item ID"), (302, "Item Description"), (552, "Unit Price"),
             (597, "Pricing UOM"), (658, "Extended Price")),
        line(212, (60, "2,000"), (206, "KP-PB-0912"), (302, "Poly Bag 9 x 12"), (565, "42.500"), (618, "M"),
             (690, "85.00")),
        line(224, (70, "24"), (206, "JS-GL-M"), (302, "Nitrile Gloves M"), (569, "52.80"), (618, "DZ"),
             (690, "105.60")),
        line(236, (70, "3"), (206, "KP-TAPE"), (302, "Carton Sealing Tape"), (569, "58.40"), (616, "CS"),
             (690, "175.20")),
    ]
    assert read(lines) == [(Decimal(2000), Decimal("0.0425")), (Decimal(24), Decimal("4.4")),
                           (Decimal(3), Decimal("58.40"))]


def test_a_makers_name_on_the_rows_line_leaves_the_product_names_printed_over_the_numbers_theirs():
    def small(y: float, *texts: tuple[float, str]) -> TextLine:
        return line(y, *texts, size=6.6, char=3.2, gap=1.6)

    def row(y: float, number: str, name: str, price: str, qty: str, total: str) -> list[TextLine]:
        return [small(y - 3.4, (137, name), (528, "United")),
                small(y, (66, f"{number} Trained by JP"), (404, price), (445, qty), (459, total), (503, "0%")),
                small(y + 4.4, (137, "expiry date: 2027-04-30"), (525, "Kingdom"))]
    lines = [small(259, (406, "Unit"), (493, "VAT"), (522, "Country of")),
             small(262.7, (46, "Cnt."), (84, "Manufacturer"), (231, "Name of product/service"), (427, "Quantity"),
                  (452, "Total NET")),
             small(267.2, (404, "price"), (493, "Rate"), (530, "origin")),
             *row(280.7, "1", "EAA + Hydration, Fizzy Cola Bottles", "€12.19", "10", "€121.90"),
             *row(298.7, "2", "EAA + Hydration, Sour Cherry", "€12.19", "16", "€195.04"),
             *row(316.7, "3", "Love Heart - 60 caps", "€24.51", "2", "€49.02")]
    tables = read_tables((Page(1, tuple(lines)),), POINT)
    names = [p.description.split(" expiry")[0] for t in tables for p in product_lines(t, POINT)]
    assert names == ["EAA + Hydration, Fizzy Cola Bottles", "EAA + Hydration, Sour Cherry", "Love Heart - 60 caps"]


def test_a_products_name_under_the_item_label_ending_in_a_count_is_its_name_not_a_code():
    lines = [
        line(531, (35, "Item"), (123, "Description"), (220, "Quantity"), (276, "Unit Price"), (461, "Amount")),
        line(553, (35, "Cure Coming 60"), (123, "SKU: TBJP-CC60S"), (249, "24"), (296, "19.39"), (527, "465.36")),
        line(589, (35, "Unwind 120"), (123, "SKU: TBJP-UNW120"), (254, "5"), (296, "19.40"), (532, "97.00")),
    ]
    tables = read_tables((Page(1, tuple(lines)),), POINT)
    found = [(p.code, p.description, p.qty) for t in tables for p in product_lines(t, POINT)]
    # (the code is the SKU its label names in the description's column)
    assert found == [("TBJP-CC60S", "Cure Coming 60", 24), ("TBJP-UNW120", "Unwind 120", 5)]


def test_goods_given_free_at_a_whole_discount_with_no_amount_are_not_billed():
    lines = [
        line(100, (40, "REFERENCIA"), (190, "CONCEPTOS"), (340, "Cantidad"), (408, "Precio Unidad"), (463, "Dto."),
             (506, "IMPORTE NETO")),
        line(112, (40, "IGEG9BC"), (119, "100% EGG ORIGINAL 900 G."), (370, "16"), (415, "21,45"), (520, "343,20")),
        line(124, (40, "IGGLY540"), (119, "GLYCINE 540 G."), (375, "2"), (420, "8,65"), (465, "100%")),
        line(136, (40, "IGBC300"), (119, "BCAA ZERO 300G."), (375, "4"), (415, "10,40"), (467, "10%"), (525, "37,44")),
    ]
    assert read(lines, COMMA) == [(Decimal(16), Decimal("21.45")), (Decimal(4), Decimal("10.40"))]


def test_a_print_shops_price_per_thousand_is_divided_and_an_exact_unit_price_is_never_rounded():
    from invoice_processing.normalize import per_unit
    lines = [
        line(100, (60, "Quantity"), (106, "Description"), (409, "Price per M"), (515, "Amount")),
        line(112, (60, "10,000"), (106, "#10 window envelopes"), (412, "71.25"), (520, "712.50")),
        line(124, (60, "1,000"), (106, "Presentation folders"), (408, "1,240.00"), (515, "1,240.00")),
    ]
    assert read(lines) == [(Decimal(10000), Decimal("0.07125")), (Decimal(1000), Decimal("1.24"))]
    assert per_unit(Decimal("712.50"), 10000) == Decimal("0.07125") and per_unit(Decimal(100), 3) == Decimal("33.3333")


def test_a_table_under_a_heading_saying_it_is_for_reference_bills_nothing():
    lines = [
        line(279, (41, "Entry summary (CBP 7501) — for reference")),
        line(293, (45, "HTS"), (134, "Goods"), (356, "Entered value"), (456, "Rate"), (531, "Duty")),
        line(309, (45, "6912.00.4810"), (134, "Ceramic planters, glazed"), (377, "18,420.00"), (457, "9.8%"),
             (517, "1,805.16")),
        line(364, (41, "Brokerage & service charges")),
        line(382, (44, "Code"), (95, "Description"), (375, "Qty"), (419, "Unit rate"), (491, "Amount USD")),
        line(400, (44, "CB01"), (94, "Customs entry filing"), (387, "1"), (432, "175.00"), (522, "175.00")),
        line(451, (45, "BOND"), (95, "Single transaction bond"), (381, "45"), (443, "5.00"), (522, "225.00")),
    ]
    assert read(lines) == [(Decimal(1), Decimal("175.00")), (Decimal(45), Decimal("5.00"))]


def test_a_sock_brands_pairs_are_the_quantity():
    lines = [
        line(100, (40, "SKU"), (120, "Style / size"), (330, "Pairs"), (380, "Wholesale"), (450, "MSRP"),
             (510, "Line total")),
        line(112, (40, "TB-CRW-M"), (120, "Crew sock, sage - M"), (335, "6"), (390, "6.50"), (455, "13.00"),
             (520, "39.00")),
        line(124, (40, "TB-CRW-L"), (120, "Crew sock, sage - L"), (332, "12"), (390, "6.50"), (455, "13.00"),
             (520, "78.00")),
    ]
    assert read(lines) == [(Decimal(6), Decimal("6.50")), (Decimal(12), Decimal("6.50"))]


def test_a_quantity_labelled_with_an_apostrophe_q_ty():
    lines = [
        line(216, (49, "No."), (84, "Item No."), (217, "Description"), (357, "Unit"), (402, "Q'TY"),
             (452, "Unit Price"), (513, "Amount")),
        line(244, (54, "1"), (85, "EB-2231"), (134, "Measuring spoon set"), (359, "sets"), (418, "1,200"),
             (478, "1.235"), (522, "1,482.00")),
        line(276, (53, "2"), (85, "EB-4410"), (134, "Silicone spatula set"), (359, "sets"), (424, "800"),
             (478, "1.580"), (522, "1,264.00")),
    ]
    assert read(lines) == [(Decimal(1200), Decimal("1.235")), (Decimal(800), Decimal("1.580"))]


def test_a_cancelled_lines_note_naming_item_and_quantity_is_no_header_of_backorders():
    lines = [
        line(100, (40, "Product Code"), (100, "UPC"), (200, "Qty Ord"), (260, "U/M"), (320, "Your Price"),
             (400, "Extended")),
        line(112, (40, "XS4422"), (100, "191009896067"), (210, "48"), (260, "EA"), (330, "7.992"), (405, "383.62")),
        line(124, (100, "Porcelain Cutting Board")),
        line(136, (40, "HX7544"), (100, "191009903376"), (210, "0"), (260, "EA"), (330, "3.20"), (405, "0.00")),
        line(148, (100, "Glass Bird Figurine")),
        line(160, (100, "Line cancelled - item discontinued, no quantity ordered")),
        line(172, (40, "XM1217A"), (100, "191009811480"), (210, "4"), (260, "EA"), (330, "19.20"), (405, "76.80")),
        line(184, (100, "Square Linen Pillow")),
    ]
    found = [p for t in read_tables((Page(1, tuple(lines)),), POINT) for p in product_lines(t, POINT)]
    assert [(p.code, p.qty) for p in found] == [("XS4422", 48), ("HX7544", 0), ("XM1217A", 4)]


def test_a_totals_box_level_with_the_header_and_between_the_rows_is_beside_the_table():
    # a spreadsheet's totals box right of the table: its first line level with the header, the others
    # half a line under a row or between rows
    rows = [line(168, (67, "Item"), (137, "Description"), (488, "Unit Price"), (566, "Qty"), (636, "Amount"),
                 (695, "Subtotal"), (774, "806.90"))]
    rows += [line(183 + 15 * at, (54, str(at + 1)), (66, f"JP-10{at}"), (137, f"Soy Candle {at}"), (514, "9.75"),
                  (573, "12"), (645, "117.00")) for at in range(3)]
    beside = [line(188, (694, "VT sales tax (resale)"), (784, "0.00")), line(206, (695, "Freight"), (779, "24.60")),
              line(220, (694, "TOTAL DUE"), (766, "$831.50"))]
    rows += [line(235, (54, "4"), (66, "JP-210"), (137, "Wax Melt"), (515, "3.25"), (572, "24"), (649, "78.00"))]
    found = [p for t in read_tables((Page(1, tuple(sorted(rows + beside, key=lambda ln: ln.y))),), POINT)
             for p in product_lines(t, POINT)]
    assert [(p.code, p.description, p.qty) for p in found] == [
        ("JP-100", "Soy Candle 0", 12), ("JP-101", "Soy Candle 1", 12), ("JP-102", "Soy Candle 2", 12),
        ("JP-210", "Wax Melt", 24)]


def test_a_summary_boxs_title_just_under_the_header_and_right_of_it_is_no_column():
    # round 260: "INVOICE SUMMARY" five points under "Qty | Style | ... | Total", its lines beside the rows
    rows = [line(152.6, (50, "Qty"), (69, "Style"), (120, "Description"), (338, "Unit"), (394, "Total")),
            line(157.9, (439, "INVOICE SUMMARY"))]
    rows += [line(168 + 14 * at, (59, "6"), (70, f"EDP75{at}"), (120, f"Roses Card {at}"), (338, "3.00"),
                  (394, "18.00")) for at in range(4)]
    beside = [line(176, (439, "Items"), (543, "50")), line(190, (439, "Units"), (538, "264")),
              line(210, (439, "Merchandise"), (520, "2,303.00"))]
    found = [p for t in read_tables((Page(1, tuple(sorted(rows + beside, key=lambda ln: ln.y))),), POINT)
             for p in product_lines(t, POINT)]
    assert [(p.code, p.description, p.qty) for p in found] == [
        (f"EDP75{at}", f"Roses Card {at}", 6) for at in range(4)]


def test_a_sidebars_values_level_with_rows_far_right_of_the_table_are_no_words_of_them():
    # round 143: the order's fields in a panel right of the table, some level with its rows
    rows = [line(109.6, (37, "SKU"), (92, "UPC"), (181, "QTY"), (206, "UOM"), (236, "Description"),
                 (469, "Unit Price"), (532, "Extended")),
            line(193.4, (37, "SP6969"), (192, "4"), (206, "EA"), (236, "Beaded Wood Garland"), (500, "9.50"),
                 (547, "38.00")),
            line(209.3, (37, "SP5518"), (93, "843700505163"), (192, "4"), (207, "ST"), (236, "Galvanized Planters"),
                 (495, "24.00"), (547, "96.00"), (606, "Dec 19, 2024")),
            line(235.3, (36, "WN9296"), (93, "826276166585"), (192, "3"), (206, "EA"), (236, "Frosted Pinecone Pick"),
                 (495, "19.99"), (547, "59.97"), (606, "UPS"))]
    found = [p for t in read_tables((Page(1, tuple(rows)),), POINT) for p in product_lines(t, POINT)]
    assert [(p.code, p.description, p.qty) for p in found] == [
        ("SP6969", "Beaded Wood Garland", 4), ("SP5518", "Galvanized Planters", 4),
        ("WN9296", "Frosted Pinecone Pick", 3)]


def test_a_count_with_a_word_no_list_knows_is_the_quantity_where_the_rows_arithmetic_holds():
    rows = [line(232, (41, "Description"), (349, "Rate"), (424, "Qty"), (483, "Tax"), (525, "Line Total")),
            line(256, (41, "Payroll Processing"), (339, "$48.00"), (412, "2 runs"), (492, "—"), (541, "$96.00")),
            line(267, (41, "Bi-weekly runs x2, 7 employees")),
            line(288, (41, "Mileage"), (345, "$0.70"), (415, "58 mi"), (492, "—"), (541, "$40.60")),
            line(320, (41, "Advisory Call"), (334, "$120.00"), (410, "1.5 hrs"), (492, "—"), (536, "$180.00")),
            line(352, (41, "Site visit"), (334, "$80.00"), (410, "3 visits"), (492, "—"), (536, "$200.00"))]
    found = [p for t in read_tables((Page(1, tuple(rows)),), POINT) for p in product_lines(t, POINT)]
    # (the last row's count times its rate is not its amount: no count is read, the row is not billed, as before)
    assert [(p.description, p.qty, p.price) for p in found] == [
        ("Payroll Processing Bi-weekly runs x2, 7 employees", 2, Decimal("48.00")),
        ("Mileage", 58, Decimal("0.70")), ("Advisory Call", Decimal("1.5"), Decimal("120.00"))]


def test_a_code_labelled_in_a_small_note_under_each_row_is_the_rows_code():
    rows = [line(222, (48, "#"), (67, "Item & Description"), (407, "Qty"), (463, "Rate"), (537, "Amount"))]
    for at, (code, name) in enumerate((("PCS-GR-MP12", "Maple Pecan Granola 12oz"), ("PCS-PC-SS5", "Kettle Corn"),
                                       ("PCS-CR-CH6", "Herb Crackers"))):
        rows += [line(246 + 26 * at, (48, str(at + 1)), (67, name), (398, "36.00"), (463, "5.25"), (539, "189.00")),
                 line(257.5 + 26 * at, (66, f"SKU: {code}"), (144, "MSRP $8.99"), size=7.5)]
    found = [p for t in read_tables((Page(1, tuple(rows)),), POINT) for p in product_lines(t, POINT)]
    assert [(p.code, p.description, p.qty) for p in found] == [
        ("PCS-GR-MP12", "Maple Pecan Granola 12oz", 36), ("PCS-PC-SS5", "Kettle Corn", 36),
        ("PCS-CR-CH6", "Herb Crackers", 36)]


def test_a_header_of_signs_names_the_count_the_price_and_the_amount_over_unlabelled_names():
    rows = [line(187, (67, "#"), (381, "Qty"), (451, "@"), (523, "$")),
            line(207, (66, "M-01"), (111, "Speckled Mug, 12 oz"), (389, "12"), (434, "14.00"), (497, "168.00")),
            line(223, (66, "B-10"), (111, "Cereal Bowl, Oyster White"), (395, "8"), (434, "16.50"), (497, "132.00")),
            line(391, (431, "Goods"), (488, "300.00"))]
    found = [p for t in read_tables((Page(1, tuple(rows)),), POINT) for p in product_lines(t, POINT)]
    assert [(p.code, p.description, p.qty, p.price) for p in found] == [
        ("M-01", "Speckled Mug, 12 oz", 12, Decimal("14.00")),
        ("B-10", "Cereal Bowl, Oyster White", 8, Decimal("16.50"))]


def test_a_price_per_hundred_or_per_thousand_in_a_per_column_is_divided_where_the_row_adds_up():
    rows = [line(157, (43, "Item"), (133, "Description"), (473, "Quantity (pcs)"), (584, "Price"), (613, "Per"),
                 (760, "Amount")),
            line(180, (43, "ENV-A7-WW"), (133, "A7 envelope"), (514, "2,500"), (589, "6.80"), (613, "per 100"),
                 (769, "170.00")),
            line(199, (43, "ENV-10-SW"), (133, "#10 window envelope"), (514, "5,000"), (584, "42.50"),
                 (613, "per 1,000"), (768, "212.50"))]
    found = [p for t in read_tables((Page(1, tuple(rows)),), POINT) for p in product_lines(t, POINT)]
    assert [(p.code, p.qty, p.price) for p in found] == [
        ("ENV-A7-WW", 2500, Decimal("0.068")), ("ENV-10-SW", 5000, Decimal("0.0425"))]


def test_a_count_a_price_and_an_amount_with_nothing_over_the_names_head_no_table():
    rows = [line(187, (381, "Qty"), (451, "Price"), (523, "Total")),
            line(207, (111, "Speckled Mug, 12 oz"), (389, "12"), (434, "14.00"), (497, "168.00"))]
    assert read_tables((Page(1, tuple(rows)),), POINT) == []


def test_a_dash_after_a_size_is_a_word_of_the_text_and_after_a_counted_word_a_none():
    from invoice_processing.layout.columns import _nil
    from invoice_processing.models import Cell

    def cells(*texts: str) -> list[Cell]:
        return [Cell(10.0 * i, 10.0 * i + 8, text) for i, text in enumerate(texts)]

    assert not _nil(cells('10"H', "-", "3"), 1, POINT)  # ('Velvet Stocking 10"H - 3 Asst. Colors')
    assert _nil(cells("2 runs", "—", "$96.00"), 1, POINT)
    assert _nil(cells("12.95", "–", "129.50"), 1, POINT)


def test_eaches_and_their_unit_price_win_over_cases_and_a_case_price_that_also_add_up():
    # a purchase order prints both: 2 cases of 12 at 101.76 a case, or 24 eaches at 8.48 ("Unit Price is per each")
    lines = [
        line(151, (30, "SKU"), (190, "Description"), (429, "Case Pack"), (489, "Cases"), (534, "QTY"), (562, "UOM"),
             (607, "Unit Price"), (678, "Case Price"), (773, "Extended")),
        line(167, (30, "18075"), (190, "Enamel Mushroom Ornament"), (461, "12"), (508, "2"), (541, "24"), (562, "EA"),
             (631, "8.48"), (694, "101.76"), (784, "203.52")),
        line(181, (30, "49948"), (190, "Ceramic Cardinal Bird"), (461, "12"), (508, "3"), (541, "36"), (562, "EA"),
             (631, "4.57"), (699, "54.84"), (784, "164.52")),
    ]
    assert read(lines) == [(Decimal(24), Decimal("8.48")), (Decimal(36), Decimal("4.57"))]
    from invoice_processing.layout.column_choice import _by_the_case

    assert [_by_the_case(label) for label in ("Case-Price", "Price/Box", "Pack Price", "Unit Price")] == [1, 1, 1, 0]


def test_a_free_line_naming_an_air_service_or_printing_marks_alone_is_no_product():
    # an ERP prints the shipping method and a separator as items at 0.00 (the shipping is charged in the totals)
    lines = [
        line(317, (28, "Description"), (288, "Manufac"), (378, "Quantity"), (477, "Price"), (574, "Total")),
        line(337, (28, "001"), (60, "Nike Air Zoom Vapor Pro 2 (W)"), (288, "DR6192-700"), (382, "1"), (470, "60.00"),
             (570, "60.00")),
        line(375, (28, "002"), (60, "***2-DAY AIR***"), (288, "XBLUE"), (382, "1"), (475, "0.00"), (574, "0.00")),
        line(413, (28, "003"), (60, "/////////////////////"), (382, "1"), (475, "0.00"), (574, "0.00")),
        line(438, (28, "004"), (60, "Sample Grip, Black"), (382, "1"), (475, "0.00"), (574, "0.00")),
        line(463, (28, "005"), (60, "40012"), (382, "2"), (475, "0.00"), (574, "0.00")),  # (a free item by number)
    ]
    assert read(lines) == [(Decimal(1), Decimal("60.00")), (Decimal(1), Decimal("0.00")), (Decimal(2), Decimal("0.00"))]


def test_a_tax_amount_with_its_rate_in_brackets_stays_in_the_tax_column():
    # InvoiceShelf: "£17.04 (20%)" under "VAT", set wide across the quantity's edge, is no word of the item
    lines = [
        line(180, (40, "Items"), (308, "Price"), (355, "Qty"), (412, "VAT"), (521, "Amount")),
        line(203, (40, "QI-1020"), (76, "Wax Seal Kit, Brass Thistle"), (304, "£14.20"), (366, "6"),
             (378, "£17.04 (20%)"), (529, "£85.20")),
        line(227, (40, "QI-1027"), (76, "Sealing Wax Sticks x6, Burgundy"), (309, "£4.60"), (361, "24"),
             (378, "£22.08 (20%)"), (524, "£110.40")),
    ]
    tables = read_tables((Page(1, tuple(lines)),), POINT)
    assert [(p.code, p.description, p.qty, p.price) for t in tables for p in product_lines(t, POINT)] == [
        ("QI-1020", "Wax Seal Kit, Brass Thistle", 6, Decimal("14.20")),
        ("QI-1027", "Sealing Wax Sticks x6, Burgundy", 24, Decimal("4.60"))]
