"""Which words of a product table are the description's and which are its columns' values:
counts, sizes, units, flags and signs set among the words or beside the numbers."""

from __future__ import annotations

from decimal import Decimal

import pytest

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.cell_splits import split_cells
from invoice_processing.layout.header_labels import Column
from invoice_processing.layout.header_row import find_header
from invoice_processing.layout.numbers import COMMA, POINT, NumberFormat
from invoice_processing.layout.products import ProductLine, product_lines
from invoice_processing.layout.tables import read_tables
from invoice_processing.models import Page, TextLine
from test_scripts.unit.layout.lines import line, printed, spaced


def products(lines: list[TextLine], fmt: NumberFormat = POINT) -> list[ProductLine]:
    return [p for t in read_tables((Page(1, tuple(lines)),), fmt) for p in product_lines(t, fmt)]


def test_a_count_alone_under_the_text_it_ends_is_text_not_a_quantity():
    lines = [
        line(100, (25, "Item"), (84, "UPC"), (145, "Description"), (164, "Qty"), (282, "Price"), (401, "Amount")),
        line(110, (25, "DM7091"), (84, "889110791555"), (145, "Recycled Glass Mug")),
        line(119, (168, "2"), (282, "12.99"), (408, "25.98")),
        line(128, (25, "XS9318"), (84, "889110174602"), (145, "Enameled Metal Bird, Set of")),
        line(137, (145, "3")),
        line(146, (164, "72"), (282, "16.00"), (401, "1152.00")),
    ]
    assert [(p.code, p.qty, p.description) for p in products(lines)] == [
        ("DM7091", 2, "Recycled Glass Mug"), ("XS9318", 72, "Enameled Metal Bird, Set of 3")]


def test_an_inverted_article_under_its_title_and_a_unit_word_ending_a_description_are_words():
    lines = [
        line(100, (61, "Ln"), (106, "Qty"), (174, "Fl"), (222, "ISBN"), (359, "List"), (530, "Amount")),
        line(110, (61, "Patient Lighthouse: Board Book Edition,")),
        line(119, (60, "A")),
        line(128, (61, "21"), (134, "2"), (174, "BB"), (222, "9780355511383"), (359, "17.99"), (530, "35.98")),
    ]
    assert [p.description for p in products(lines)] == ["Patient Lighthouse: Board Book Edition, A"]
    boxed = [
        line(100, (50, "Item"), (92, "UPC"), (146, "UM"), (192, "Shipped"), (275, "Price"), (359, "Amount")),
        line(110, (50, "BB6550"), (92, "191009604929"), (150, "Enameled Metal Bud Vase, Set of 6 in Printed")),
        line(119, (150, "Box")),
        line(128, (146, "EACH"), (196, "8"), (272, "12.00"), (359, "96.00")),
    ]
    assert [p.description for p in products(boxed)] == ["Enameled Metal Bud Vase, Set of 6 in Printed Box"]


def test_line_numbers_under_a_product_label_and_a_flag_after_a_price_stay_out():
    lines = [
        line(100, (46, "#"), (79, "SKU"), (225, "Qty"), (290, "Unit"), (365, "Unit"), (520, "Extended")),
        line(110, (43, "Product")),
        line(120, (43, "Brass Table Runner")),
        line(130, (47, "1"), (79, "CKF-3045B"), (229, "6"), (280, "£98.00"), (350, "£81.38 S"), (526, "£488.28")),
        line(140, (43, "Linen Tea Towel")),
        line(150, (47, "2"), (79, "CKF-1880"), (229, "2"), (280, "£12.00"), (350, "£10.00 N"), (526, "£20.00")),
    ]
    assert [(p.code, p.price, p.description) for p in products(lines)] == [
        ("CKF-3045B", Decimal("81.38"), "Brass Table Runner"), ("CKF-1880", Decimal("10.00"), "Linen Tea Towel")]


def test_sizes_weights_and_a_sign_before_an_amount_are_not_quantities():
    lines = [
        line(100, (60, "Art.nr."), (134, "EAN"), (266, "Aantal"), (328, "Prijs"), (486, "Regeltotaal")),
        spaced(110, 60, "Geurkaars vijg 200 g 40 x 40 cm"),
        line(120, (60, "AM-4815"), (249, "48,00"), (285, "ST."), (334, "€"), (347, "66,825"), (492, "€"),
             (505, "3.207,60")),
        spaced(130, 60, "Theedoek pack 3 40 x 40 cm"),
        line(140, (60, "AM-1923"), (249, "12,00"), (285, "ST."), (334, "€"), (353, "91,60"), (492, "€"),
             (505, "1.099,20")),
    ]
    assert [(p.code, p.qty, p.price, p.description) for p in products(lines, COMMA)] == [
        ("AM-4815", 48, Decimal("66.825"), "Geurkaars vijg 200 g 40 x 40 cm"),
        ("AM-1923", 12, Decimal("91.60"), "Theedoek pack 3 40 x 40 cm")]


def test_a_subtotal_carried_to_the_next_page_does_not_end_the_table():
    header = (28, "Menge"), (119, "Artikel-Nr."), (383, "Einzelpreis"), (534, "Gesamt")
    first = [line(100, *header),
             line(120, (46, "36"), (119, "CR-3099B"), (383, "19,06"), (534, "686,16")),
             line(130, (28, "Duftkerze Steingut")),
             line(150, (46, "4"), (119, "CR-414A"), (383, "24,00"), (534, "96,00")),
             line(165, (28, "Zwischensumme Übertrag"), (537, "782,16"))]
    second = [line(60, *header), line(75, (28, "Duftkerze Zeder")),
              line(95, (46, "2"), (119, "CR-415"), (383, "5,00"), (534, "10,00")),
              line(105, (28, "Windlicht Glas")),
              line(125, (28, "Gesamtsumme"), (534, "792,16"))]
    tables = read_tables((Page(1, tuple(first)), Page(2, tuple(second))), COMMA)
    assert [(p.code, p.description) for t in tables for p in product_lines(t, COMMA)] == [
        ("CR-3099B", "Duftkerze Steingut"), ("CR-414A", "Duftkerze Zeder"), ("CR-415", "Windlicht Glas")]


def test_stacked_words_over_one_label_are_one_label_and_numbers_labels_set_apart_are_two():
    header = (line(100, (32, "Item"), (204, "Unit"), (229, "of"), (253, "Qty"), (455, "List"), (499, "Extd")),
              line(110, (32, "#"), (100, "UPC"), (204, "Measure"), (253, "Ordered"), (455, "Price"), (499, "Price")))
    found = find_header(header, 0)
    assert found is not None
    assert [c.role for c in found.columns] == ["code", "upc", "uom", "ordered", "list_price", "amount"]
    apart = (line(100, (35, "Code"), (221, "Ordered"), (500, "List"), (539, "Net"), (562, "Amount")),)
    split = find_header(apart, 0)
    assert split is not None and [c.label for c in split.columns][-2:] == ["Net", "Amount"]


def test_descriptions_under_a_price_label_are_text_when_the_table_has_no_text_column():
    lines = [
        line(100, (52, "Your"), (543, "Line")),
        line(109, (52, "Price"), (103, "SRP"), (149, "Qty"), (542, "Total")),
        line(118, (50, "Product Description")),
        line(133, (50, "Frosted Tea Towel Set/3")),
        line(142, (50, "39.485"), (103, "86.99"), (156, "6"), (542, "236.91")),
        line(157, (50, "Amber Photo Album")),
        line(166, (54, "53.33"), (100, "117.00"), (154, "10"), (542, "533.30")),
    ]
    assert [(p.qty, p.price, p.description) for p in products(lines)] == [
        (6, Decimal("39.485"), "Frosted Tea Towel Set/3"), (10, Decimal("53.33"), "Amber Photo Album")]


def test_notes_continued_on_notes_and_phrases_never_join_a_description():
    lines = [
        line(100, (42, "Libellé"), (400, "Prix HT"), (489, "Quantité"), (546, "Montant HT")),
        line(115, (42, "Bougie parfumée figue 180 g")),
        line(124, (401, "44,99"), (512, "6"), (546, "269,94 €")),
        line(139, (42, "Vase en grès")),
        line(148, (401, "10,00"), (512, "2"), (546, "20,00 €")),
        line(160, (279, "Suite page suivante")),
        line(175, (42, "Each One Will Vary, Hand-Painted Details")),
    ]
    assert [(p.qty, p.description) for p in products(lines, COMMA)] == [
        (6, "Bougie parfumée figue 180 g"), (2, "Vase en grès")]
    noted = [
        line(100, (44, "Code"), (212, "Ordered"), (466, "Price"), (547, "Amount")),
        line(110, (44, "AH2239"), (216, "4"), (470, "7.60"), (547, "30.40")),
        line(119, (44, "Marble Wreath, Hand-Painted Details")),
        line(128, (44, "NOTES:")),
        line(137, (44, "Merci pour votre commande.")),
    ]
    assert [p.description for p in products(noted)] == ["Marble Wreath, Hand-Painted Details"]


def test_a_flag_under_a_tax_label_is_no_part_of_the_title_beside_it():
    lines = [
        line(100, (51, "ISBN"), (131, "Tx"), (149, "Title"), (166, "Qty"), (226, "UOM"), (698, "Retail"),
             (771, "Amount")),
        line(110, (51, "9780482235206"), (131, "BB"), (149, "Moreno,"), (186, "Lucia:"), (219, "The"),
             (238, "Long"), (261, "Road"), (285, "Home")),
        line(119, (196, "5"), (227, "ea"), (720, "23.95"), (767, "$64.67")),
    ]
    assert [p.description for p in products(lines)] == ["Moreno, Lucia: The Long Road Home"]


def test_a_unit_under_the_quantity_on_a_wrapped_line_is_the_rows_unit_not_a_word_of_its_description():
    lines = [
        line(100, (40, "#"), (66, "Item & Description"), (354, "Qty"), (410, "Rate"), (535, "Amount")),
        line(115, (40, "1"), (66, "Orthopedic dog bed, washable cover -"), (347, "24.00"), (407, "78.61"),
             (535, "1886.64")),
        line(127, (66, "charcoal"), (358, "pcs")),
        line(142, (40, "2"), (66, "Gift"), (347, "2.00"), (407, "5.00"), (535, "10.00")),
        line(154, (66, "Set of 3"), (150, "Box")),
    ]
    assert [(p.qty, p.description) for p in products(lines)] == [
        (24, "Orthopedic dog bed, washable cover - charcoal"), (2, "Gift Set of 3 Box")]


def test_a_dash_for_none_under_a_numbers_label_is_no_word_of_the_description():
    lines = [
        line(100, (44, "SKU"), (101, "Description"), (304, "Qty"), (342, "List Price"), (396, "Disc. %"),
             (449, "Net Amount")),
        line(115, (44, "KO-7001"), (101, "Trail map, waterproof"), (310, "10"), (359, "12.95"), (423, "–"),
             (474, "129.50")),
    ]
    lines.append(line(130, (101, "Stitched Notebook"), (396, "-"), (420, "Large")))  # a dash between words stays
    assert [(p.description, p.price) for p in products(lines)] == [
        ("Trail map, waterproof Stitched Notebook - Large", Decimal("12.95"))]


def test_a_rate_printed_with_its_unit_is_the_price_and_no_word_of_the_description():
    lines = [
        line(100, (73, "DESCRIPTION"), (337, "HOURS"), (431, "RATE"), (498, "AMOUNT")),
        line(115, (73, "Photo retouching"), (359, "22"), (412, "$65.00/hr"), (495, "$1,430.00")),
        line(130, (73, "Binder clips 12/box"), (359, "5"), (412, "3.90"), (495, "19.50")),
    ]
    assert [(p.description, p.qty, p.price) for p in products(lines)] == [
        ("Photo retouching", 22, Decimal("65.00")), ("Binder clips 12/box", 5, Decimal("3.90"))]


def test_a_short_name_under_no_label_joins_the_column_whose_rows_start_where_it_starts():
    lines = [
        line(100, (57, "SKU"), (209, "Name"), (420, "QTY"), (453, "Unit price"), (514, "Amount")),
        line(115, (39, "SW1054"), (103, "Vitamin C w/Rose Hips, 1,000 mg, 90 caps"), (419, "80"), (449, "4.75"),
             (508, "380.00")),
        line(130, (39, "SWU1003"), (103, "Ultimate Ashwagandha"), (420, "150"), (450, "5.771"), (508, "865.65")),
    ]
    assert [(p.code, p.description) for p in products(lines)] == [
        ("SW1054", "Vitamin C w/Rose Hips, 1,000 mg, 90 caps"), ("SWU1003", "Ultimate Ashwagandha")]


def test_a_unit_word_starting_a_description_after_the_upc_and_a_count_beside_the_code():
    lines = [
        line(100, (26, "Item"), (83, "UPC/EAN"), (165, "Shipped"), (216, "Backord"), (291, "U/M"), (321, "Lst Price"),
             (419, "Your Cost"), (483, "Extension")),
        line(115, (26, "XS966"), (84, "889110088283"), (164, "Día de los Muertos Resin Wall Decor")),
        line(127, (193, "24"), (292, "Set"), (350, "3.99"), (443, "3.192"), (506, "76.61")),
    ]
    assert [p.description for p in products(lines)] == ["Día de los Muertos Resin Wall Decor"]
    coded = [
        line(100, (33, "Item #"), (101, "UPC/EAN"), (185, "Ordered"), (327, "Unit"), (369, "List Price"),
             (402, "Your Price"), (429, "Amount")),
        line(115, (33, "DL7574B"), (80, "02"), (101, "191009753817"), (209, "24"), (327, "EA"), (373, "5.00"),
             (406, "4.00"), (440, "96.00")),
        line(127, (165, "Recycled Glass Planter, Whitewashed")),
    ]
    assert [(p.code, p.description) for p in products(coded)] == [("DL7574B", "Recycled Glass Planter, Whitewashed")]


def test_a_code_broken_after_its_hyphen_is_joined():
    lines = [
        line(100, (40, "SKU"), (112, "UPC"), (183, "Qty"), (204, "UOM"), (228, "Description"), (467, "Price"),
             (549, "Extended")),
        line(115, (40, "HL-BIRCH-LIT-"), (112, "840208253026"), (187, "6"), (204, "EA"), (228, "Lighted Birch Tree"),
             (472, "9.50"), (553, "57.00")),
        line(125, (39, "5FT-WHT")),
    ]
    assert [p.code for p in products(lines)] == ["HL-BIRCH-LIT-5FT-WHT"]


def test_stacked_discounts_stay_in_the_discount_column():
    lines = [
        line(100, (38, "Codice"), (100, "Descrizione"), (328, "Q.tà"), (380, "Prezzo"), (428, "Sconto"),
             (523, "Importo")),
        line(115, (38, "UT15778"), (100, "Set 6 coltelli bistecca"), (344, "6"), (386, "29,06"), (430, "20+10"),
             (528, "125,54")),
    ]
    assert [(p.description, p.price) for p in products(lines, COMMA)] == [("Set 6 coltelli bistecca", Decimal("29.06"))]


def test_a_count_and_a_unit_word_no_list_knows_under_the_quantity_and_unit_labels():
    lines = [
        line(100, (60, "Artikel-Nr."), (118, "Leistungsbeschreibung"), (348, "Menge"), (382, "Einheit"),
             (428, "Einzelpreis"), (498, "Gesamtpreis")),
        line(112, (60, "01"), (118, "An- und Abfahrt der Geräte"), (373, "1 psch"), (444, "95,00"), (522, "95,00")),
        line(124, (60, "02"), (118, "Instandsetzung des Tennisplatzes"), (358, "4,00 Plätze"), (438, "535,00"),
             (507, "2.140,00")),
        line(136, (60, "0009"), (118, "PE-Folie zum Abdecken"), (359, "2,00 Stck"), (444, "17,50"), (522, "35,00")),
    ]
    assert [(p.qty, p.price, p.uom) for p in products(lines, COMMA)] == [
        (1, Decimal("95.00"), "psch"), (4, Decimal("535.00"), "Plätze"), (2, Decimal("17.50"), "")]


def test_capitals_and_a_count_among_a_wrapped_descriptions_words_under_the_number_labels_are_words():
    lines = [
        line(139, (30, "PRODUCT CODE"), (99, "UPC"), (167, "RT"), (194, "QTY ORD"), (240, "QTY ALLOC"),
             (295, "QTY SHIPPED"), (413, "U/M"), (445, "LIST PRICE"), (504, "YOUR PRICE"), (564, "YOUR EXTD PRICE"),
             char=4.5, gap=5.5),
        line(579, (30, "DS5317"), (99, "191071866487"), (167, "A"), (222, "4"), (277, "4"), (341, "0"), (414, "ST"),
             (468, "16.25"), (523, "13.000"), (610, "52.00")),
        spaced(590, 49, 'ENAMELED METAL BASKET WITH TASSELS, 16" X 16", SAGE GREEN,', gap=5.5),
        line(601, (30, "DB6284C"), (99, "191060523612"), (167, "A"), (222, "6"), (277, "6"), (341, "0"),
             (414, "ST"), (473, "6.49"), (528, "5.192"), (610, "31.15")),
        spaced(612, 49, 'MANGO WOOD BOWL WITH LEATHER STRAP, 72"L, AMBER, SET OF 4', gap=5.5),
    ]
    assert [p.description for p in products(lines)] == [
        'ENAMELED METAL BASKET WITH TASSELS, 16" X 16", SAGE GREEN,',
        'MANGO WOOD BOWL WITH LEATHER STRAP, 72"L, AMBER, SET OF 4']


def test_a_combined_tax_code_under_the_tax_label_and_a_times_sign_before_a_count():
    lines = [line(255, (58, "Item"), (130, "Description"), (352, "Qty"), (412, "Price"), (458, "Tax"), (532, "Total")),
             line(294, (58, "SH-WAL-36"), (130, "Floating shelf, walnut, 36 in"), (364, "2"), (413, "64.50"),
                  (446, "GST+PST"), (529, "129.00"))]
    assert [(p.code, p.description, p.qty) for p in products(lines)] == [
        ("SH-WAL-36", "Floating shelf, walnut, 36 in", 2)]
    quickbooks = [line(200, (54, "ACTIVITY"), (181, "DESCRIPTION"), (387, "TAX"), (421, "QTY"), (471, "RATE"),
                       (523, "AMOUNT")),
                  line(220, (54, "Notebooks:NB-LIN-A5"), (181, "Linen Notebook A5 - Dotted, Sage"), (387.6, "HST ON"),
                       (427, "24"), (475, "8.75"), (531, "210.00"))]
    assert [p.description for p in products(quickbooks)] == ["Notebooks:NB-LIN-A5 Linen Notebook A5 - Dotted, Sage"]
    square = [line(214, (65, "Item"), (430, "Qty"), (511, "Amount")),
              line(233, (65, "Sourdough country loaf"), (425, "× 24"), (517, "$78.00")),
              line(249, (65, "1 kg, sliced"), size=8)]
    assert [(p.description, p.qty, p.price) for p in products(square)] == [
        ("Sourdough country loaf 1 kg, sliced", 24, Decimal("3.25"))]


def test_a_unit_word_after_a_count_inside_a_description_stays_in_the_description():
    lines = [line(100, (48, "SKU"), (118, "UPC"), (216, "QTY"), (243, "UOM"), (270, "Description"),
                  (597, "Unit Price"), (706, "Extended")),
             spaced(110, 270, "Pack of 10 @ 2 each Gift Tags w/ Twine", gap=6),
             line(110, (48, "SP3570-S3"), (118, "840126805666"), (227, "6"), (246, "EA"), (621, "24.00"),
                  (716, "144.00"))]
    merged = [TextLine.of_words(110, tuple(sorted((*lines[1].words, *lines[2].words), key=lambda c: c.x0)), 9, 9)]
    assert [(p.description, p.qty, p.uom) for p in products([lines[0], *merged])] == [
        ("Pack of 10 @ 2 each Gift Tags w/ Twine", 6, "EA")]


def test_a_variant_printed_in_columns_of_its_own_follows_the_name():
    lines = [
        line(100, (40, "Style"), (100, "Description"), (300, "Color"), (380, "Size"), (440, "Qty"), (480, "Price"),
             (540, "Total")),
        line(115, (40, "4300"), (100, "Stoneware planter"), (300, "Sea Glass"), (380, "Sm"), (444, "2"),
             (480, "18.50"), (540, "37.00")),
        line(128, (40, "4336"), (100, "Enamel watering can"), (300, "Cream"), (380, "-"), (444, "6"),
             (480, "16.25"), (540, "97.50")),
    ]
    assert [(p.code, p.description) for p in products(lines)] == [
        ("4300", "Stoneware planter - Sea Glass - Sm"), ("4336", "Enamel watering can - Cream")]
    sku_and_style = [
        line(100, (40, "SKU"), (110, "Style"), (270, "Metal"), (355, "Length / Size"), (440, "Qty"), (480, "Price"),
             (540, "Total")),
        line(115, (40, "LV200-RO"), (110, "Tiny Star Pendant Necklace"), (270, "Rose Gold Fill"), (355, "16 in"),
             (444, "3"), (480, "26.50"), (540, "79.50")),
    ]
    assert [(p.code, p.description) for p in products(sku_and_style)] == [
        ("LV200-RO", "Tiny Star Pendant Necklace - Rose Gold Fill - 16 in")]


def test_a_unit_with_its_plural_in_brackets_after_the_quantity():
    lines = [line(100, (50, "Description"), (330, "Quantité"), (400, "Prix"), (506, "Montant")),
             line(115, (50, "Miel de lavande AOP 250 g"), (316, "6,00 Unité(s)"), (406, "7,95"), (514, "47,70 €"))]
    assert [(p.description, p.qty, p.price) for p in products(lines, COMMA)] == [
        ("Miel de lavande AOP 250 g", Decimal("6.00"), Decimal("7.95"))]


def test_a_price_per_hundred_or_per_dozen_is_divided_into_one_units_price():
    per_column = [
        line(100, (65, "Part Number"), (152, "Description"), (483, "Ship Qty"), (621, "Unit Price"), (668, "Per"),
             (721, "Ext. Price")),
        line(115, (65, "RV245-68"), (152, "Eye Bolt, Forged"), (503, "100"), (629, "53.3300"), (672, "C"),
             (737, "53.33")),
        line(128, (65, "RV925-60"), (152, "Sheet Metal Screw"), (503, "25"), (629, "1.2000"), (672, "E"),
             (737, "30.00")),
    ]
    assert [(p.code, p.price) for p in products(per_column)] == [
        ("RV245-68", Decimal("0.5333")), ("RV925-60", Decimal("1.2000"))]
    suffixed = [
        line(100, (58, "Item"), (213, "Description"), (532, "Shipped"), (621, "Price"), (687, "Extension")),
        line(115, (58, "LMP-9346"), (213, "Motor Oil 5 L Jug"), (532, "18"), (625, "14.79/DZ"), (706, "22.19")),
    ]
    assert [(p.code, p.price) for p in products(suffixed)] == [("LMP-9346", Decimal("1.2325"))]
    under = [  # "per 100" on the line under the price, its "per" ending the description's line
        line(100, (40, "Artikel"), (110, "Bezeichnung"), (330, "Menge"), (400, "E-Preis"), (480, "Preis")),
        line(115, (40, "MSV1660"), (110, "6kt-Schraube M16x60"), (330, "8,000 ST"), (405, "51,75"), (485, "4,14")),
        line(126, (110, "m. Schaft inkl. Mutter"), (330, "per"), (405, "100")),
        line(140, (40, "MSV1661"), (110, "Mutter M16"), (330, "8,000 ST"), (405, "0,75"), (485, "6,00")),
        line(151, (110, "verzinkt 100")),
    ]
    assert [(p.code, p.price) for p in products(under, COMMA)] == [
        ("MSV1660", Decimal("0.5175")), ("MSV1661", Decimal("0.75"))]


def test_a_variant_column_adds_nothing_the_name_ends_with_and_an_option_code_is_no_variant():
    lines = [
        line(100, (40, "Style"), (100, "Description"), (300, "Colour"), (440, "Qty"), (480, "Price"), (540, "Total")),
        line(115, (40, "4324"), (100, "Linen Tea Towel - Fog"), (300, "Fog"), (444, "2"), (480, "6.75"),
             (540, "13.50")),
    ]
    assert [p.description for p in products(lines)] == ["Linen Tea Towel - Fog"]
    assert lx.is_variant("Length / Size") and lx.is_variant("SIZE (mL)") and not lx.is_variant("Option Code")


def test_new_zealand_dollars_and_plain_words_for_the_columns():
    lines = [line(100, (57, "What"), (339, "How many"), (431, "Each"), (505, "Cost")),
             line(115, (57, "Linen napkins, set of 4 - Ochre"), (360, "6"), (427, "NZ$42.00"), (498, "NZ$252.00"))]
    assert [(p.description, p.qty, p.price) for p in products(lines)] == [
        ("Linen napkins, set of 4 - Ochre", 6, Decimal("42.00"))]


def test_a_box_beside_the_table_right_of_its_numbers_is_no_description():
    lines = [
        line(243, (52, "Product"), (242, "Qty"), (285, "Price"), (318, "Line total"), (392, "Delivery")),
        line(267, (52, "Blown tumbler, sea green"), (239, "6 pcs"), (279, "$22.00"), (325, "$132.00"), (392, "Method")),
        line(281, (392, "Courier, insured"), size=8.5),
        line(286, (52, "Blown tumbler, amber"), (239, "6 pcs"), (279, "$22.00"), (325, "$132.00")),
        line(295, (392, "Packed"), size=8.5),
    ]
    assert [p.description for p in products(lines)] == ["Blown tumbler, sea green", "Blown tumbler, amber"]


def test_a_code_of_capitals_and_hyphens_and_a_name_set_under_the_codes_centred_label():
    lines = [
        line(208, (70, "Item #"), (271, "Description"), (486, "Qty"), (582, "Price"), (651, "Disc.")),
        line(227, (43, "LAB-T12"), (128, "Beeswax taper pair, 12 in, natural"), (489, "12"), (577, "$11.00"),
             (655, "10%")),
        line(282, (43, "LAB-VOT"), (128, "Votives, box of 6"), (489, "10"), (577, "$13.25"), (655, "15%")),
    ]
    assert [(p.code, p.description) for p in products(lines)] == [
        ("LAB-T12", "Beeswax taper pair, 12 in, natural"), ("LAB-VOT", "Votives, box of 6")]


def test_a_shops_sku_and_the_suppliers_sku_both_lead_the_item():
    lines = [
        line(176, (39, "Our SKU"), (105, "Supplier SKU"), (179, "Product"), (438, "Qty"), (489, "Cost"),
             (552, "Total")),
        line(192, (40, "PPS21578"), (104, "JR-97318C"), (179, "Sticker sheet, retro fruit"), (442, "48"),
             (480, "5.80"), (541, "278.40")),
    ]
    assert [(p.code, p.description) for p in products(lines)] == [
        ("PPS21578", "JR-97318C - Sticker sheet, retro fruit")]


def test_cards_print_their_title_a_little_over_their_numbers_and_the_labels_again_over_each():
    lines = [line(201, (49, "#"), (65, "ISBN"), (155, "TITLE"), (429, "QTY"), (458, "LIST PRICE"), (510, "EXTENDED"))]
    for at, (isbn, title, qty, price, amount) in enumerate([
            ("9780042226965", "Little Blue Truck, The", "12", "27.99", "335.88"),
            ("9780067720264", "Quiet Power of Small Things, The", "10", "22.99", "229.90"),
            ("9780044667155", "Map of Forgotten Islands: A Novel", "6", "14.99", "89.94")]):
        y = 223 + 32 * at
        lines += [line(y, (431, "Qty"), (484, "List"), (517, "Extended"), size=8.7),
                  line(y + 5, (49, str(at + 1)), (65, isbn), (155, title), size=11.3),
                  line(y + 9, (433, qty), (471, price), (518, amount), size=11.3)]
    tables = read_tables((Page(1, tuple(lines)),), POINT)
    assert [(p.code, p.description, p.price, p.qty) for t in tables for p in product_lines(t, POINT)] == [
        ("9780042226965", "Little Blue Truck, The", Decimal("27.99"), 12),
        ("9780067720264", "Quiet Power of Small Things, The", Decimal("22.99"), 10),
        ("9780044667155", "Map of Forgotten Islands: A Novel", Decimal("14.99"), 6)]


_ODOO_HEADER = printed(228, 10, (30.8, 86.4, "Description"), (312.3, 353.9, "Quantity"), (372.5, 391.9, "Unit"),
                       (395.6, 419.9, "Price"), (425.5, 458.5, "Disc.%"), (463.5, 492.3, "Taxes"),
                       (505.3, 544.1, "Amount"))


def test_values_set_closer_than_a_cell_gap_part_where_their_labels_part_and_exempt_is_the_tax():
    rows = [_ODOO_HEADER,
            printed(250, 10, (30.8, 90.1, "[LAB-63704]"), (94.8, 146.2, "Laboratory"), (149.2, 176.5, "Wash"),
                    (312.4, 338.9, "50.00"), (343.2, 366.9, "Units"), (381.2, 419.8, "238.495"),
                    (432.2, 458.4, "10.00"), (464.3, 500.4, "Exempt"), (505.2, 511.0, "$"),
                    (515.0, 562.4, "10,732.28")),
            printed(270, 10, (30.8, 90.1, "[LAB-51844]"), (94.8, 150.0, "Borosilicate"), (312.4, 338.9, "50.00"),
                    (343.2, 366.9, "Units"), (387.2, 419.8, "53.495"), (464.3, 500.4, "Exempt"), (511.3, 517.1, "$"),
                    (520.8, 562.4, "2,674.75"))]
    assert rows[1].cells[-1].text == "10.00 Exempt $ 10,732.28"  # one cell as the text layer groups it
    assert [(p.description, p.qty, p.price, p.amount) for p in products(rows)] == [
        ("Laboratory Wash", 50, Decimal("238.495"), Decimal("10732.28")),  # (its code in brackets: the code)
        ("Borosilicate", 50, Decimal("53.495"), Decimal("2674.75"))]


def test_a_tax_exemption_with_its_reason_and_a_rate_after_a_mixed_case_tax_name_are_no_words_of_the_text():
    lines = [line(100, (45, "Description"), (334, "Quantity"), (383, "Unit Price"), (439, "Taxes"), (519, "Amount")),
             line(110, (45, "Terracotta Pot 30 cm"), (366, "6"), (406, "$12.30"), (439, "Exempt (resale)"),
                  (538, "$73.80")),
             line(120, (45, "Hand Trowel"), (366, "5"), (406, "$40.32"), (439, "Btw 9%"), (532, "$201.60"))]
    assert [(p.description, p.qty, p.price) for p in products(lines)] == [
        ("Terracotta Pot 30 cm", 6, Decimal("12.30")), ("Hand Trowel", 5, Decimal("40.32"))]


def test_a_price_per_hundred_pieces_under_pro_and_a_justified_titles_words_set_wider_than_a_cells():
    german = [
        line(100, (38, "Pos."), (70, "Material"), (127, "Bezeichnung"), (331, "Menge ME"), (427, "Preis"), (480, "pro"),
             (530, "Betrag")),
        line(115, (39, "30"), (70, "10002510"), (127, "Sicherungsmutter M6"), (340, "1100 ST"), (431, "7,45"),
             (468, "100 ST"), (536, "81,95")),
        line(128, (39, "40"), (70, "10005280"), (127, "Kabelbinder schwarz"), (349, "60 ST"), (422, "157,61"),
             (477, "1 ST"), (524, "9.456,60")),
    ]
    assert [(p.code, p.price) for p in products(german, COMMA)] == [
        ("10002510", Decimal("0.0745")), ("10005280", Decimal("157.61"))]
    # groff sets a justified title's words 7 points apart, under no label between the ISBN's and the title's
    justified = [line(100, (87, "ISBN"), (255, "Title"), (399, "Qty"), (433, "List"), (468, "Extended")),
                 line(115, (66, "9781443471305"), (146, "Paddington at the Zoo Board Book"), (407, "6"),
                      (431, "19.99"), (479, "63.57")),
                 line(130, (66, "9780062060624"), (146, "The Very Hungry Caterpillar Book"), (407, "4"),
                      (431, "9.99"), (479, "21.18")),
                 line(145, (66, "9781443496346"), (146, "Welcome to the Neighborhood:"), (403, "10"),
                      (431, "19.99"), (475, "105.95"), gap=7.0)]
    assert [p.description for p in products(justified)][-1] == "Welcome to the Neighborhood:"


def test_a_latex_fonts_euro_written_e_kilograms_as_kgs_and_a_job_number_as_the_lines_code():
    euro = [line(100, (103, "Art.-Nr."), (153, "Bezeichnung"), (376, "Menge"), (419, "Einzelpreis"),
                 (482, "Gesamtpreis")),
            line(115, (103, "KB-1020"), (153, "Kaffeebecher, 300 ml"), (379, "12 Stk."), (443, "9,80 e"),
                 (504, "117,60 e")),
            line(130, (103, "VD-140"), (153, "Bloempot, 17 cm"), (383, "10"), (443, "e 4,05"), (504, "e 40,50"))]
    assert [(p.code, p.qty, p.price) for p in products(euro, COMMA)] == [
        ("KB-1020", 12, Decimal("9.80")), ("VD-140", 10, Decimal("4.05"))]
    kilos = [line(100, (41, "No."), (67, "Description of Goods"), (336, "Quantity"), (422, "Rate"), (522, "Amount")),
             line(115, (41, "1"), (67, "MS Square Tube 40x40x2 mm"), (344, "75 Kgs"), (419, "53.22"),
                  (521, "3,991.50"))]
    assert [(p.description, p.qty) for p in products(kilos)] == [("MS Square Tube 40x40x2 mm", 75)]
    jobs = [line(100, (40, "Line"), (62, "Job #"), (122, "Description"), (484, "Quantity"), (538, "Unit Price"),
                 (611, "Amount")),
            line(115, (47, "1"), (62, "JOB-24310"), (123, "Rack cards 4 x 9 in."), (505, "250"), (552, "$0.240"),
                 (618, "$60.00"))]
    assert [(p.code, p.description) for p in products(jobs)] == [("JOB-24310", "Rack cards 4 x 9 in.")]


def test_a_quantity_with_its_cases_in_brackets_and_one_set_flush_left_under_its_label_end_anywhere():
    lines = [line(100, (44, "Item"), (124, "Description"), (344, "Quantity"), (442, "Wholesale"), (543, "Total")),
             line(115, (44, "PMP-BIRT-100"), (124, "Birthday Cake card, A2, blank"), (344, "12 (2 x 6)"),
                  (442, "$2.50"), (543, "$30.00")),
             line(130, (44, "PMP-HOUS-191"), (114.5, "Housewarming Key letterpress greeting card, A2, blank"),
                  (344, "6 (1 x 6)"),
                  (442, "$2.50"), (543, "$15.00")),
             line(145, (44, "HNY-COMB-4"), (124, "Honeycomb in clamshell, 4 oz"), (344, "3 (3 cases of 1)"),
                  (442, "$9.60"), (543, "$28.80"))]
    assert [(p.code, p.qty, p.price) for p in products(lines)] == [
        ("PMP-BIRT-100", 12, Decimal("2.50")), ("PMP-HOUS-191", 6, Decimal("2.50")),
        ("HNY-COMB-4", 3, Decimal("9.60"))]


def test_a_description_wrapped_after_a_slash_joins_without_a_space_and_with_after_w_slash():
    lines = [line(100, (44, "SKU"), (124, "Description"), (344, "Qty"), (442, "Price"), (543, "Total")),
             line(115, (44, "SV4440-RD"), (124, "Plaid Stocking with Faux Fur Cuff, Red/"), (344, "12"),
                  (442, "2.25"), (543, "27.00")),
             line(125, (124, "Green")),
             line(140, (44, "XM26512"), (124, "Metal Lantern 10.5in w/"), (344, "36"), (442, "3.25"),
                  (543, "117.00")),
             line(150, (124, "Glass"))]
    assert [p.description for p in products(lines)] == [
        "Plaid Stocking with Faux Fur Cuff, Red/Green", "Metal Lantern 10.5in w/ Glass"]


def test_a_description_printed_over_its_numbers_under_number_labels_only_stays_whole():
    # a generated layout's words as measured: descriptions over the numbers, no text column
    lines = [printed(252.1, 7.5, (52.1, 68.6, "Your"), (542.7, 557.0, "Line")),
             printed(260.9, 7.5, (52.1, 68.5, "Price"), (102.6, 116.4, "SRP"), (148.5, 160.2, "Qty"),
                     (189.1, 197.5, "Tx"), (541.5, 558.2, "Total")),
             printed(269.7, 7.5, (50.1, 75.8, "Product"), (77.8, 114.7, "Description")),
             printed(284.7, 7.5, (50.1, 70.8, "Amber"), (72.8, 90.0, "Photo"), (92.2, 112.9, "Album")),
             printed(293.8, 7.5, (54.0, 70.1, "53.33"), (100.0, 119.6, "117.00"), (153.7, 160.2, "10"),
                     (189.0, 194.1, "Y"), (541.6, 561.8, "533.30")),
             printed(405.0, 7.5, (50.3, 64.4, "Sage"), (66.7, 84.7, "Green"), (86.9, 111.8, "Ceramic"),
                     (114.0, 127.9, "Mug"), (130.4, 136.2, '8"'), (139.0, 140.8, "-"), (143.2, 163.9, "Amber"),
                     (166.1, 175.3, "Set"), (177.4, 183.8, "of"), (185.6, 190.5, "2,"), (192.9, 228.2, "Dishwasher"),
                     (230.4, 243.3, "Safe")),
             printed(413.8, 7.5, (54.0, 70.4, "93.22"), (99.3, 119.6, "205.00"), (152.9, 160.1, "46"),
                     (189.2, 192.5, "S"), (537.7, 561.8, "4288.12"))]
    assert [(p.description, p.qty) for p in products(lines)] == [
        ("Amber Photo Album", 10), ('Sage Green Ceramic Mug 8" - Amber Set of 2, Dishwasher Safe', 46)]


def test_a_count_with_its_cases_in_brackets_reaching_under_the_next_label_stays_one_value():
    words = printed(115, 9, (300, 309, "12"), (311, 318, "(2"), (320, 324, "x"), (326, 333, "6)"))
    cells = split_cells(words, POINT, (Column(lx.QTY, 300, 318, "Qty"), Column(lx.PRICE, 330, 360, "Price")))
    assert "6)" not in [c.text for c in cells] and not any(c.text.endswith(" x") for c in cells)  # no cut inside


def test_tax_names_in_any_case_before_a_rate_and_no_other_word_and_a_slash_size_joined():
    lines = [line(100, (45, "Description"), (334, "Quantity"), (383, "Unit Price"), (439, "Taxes"), (519, "Amount")),
             line(110, (45, "Wool throw"), (366, "2"), (406, "$12.30"), (439, "Wool 80%"), (538, "$24.60")),
             line(120, (45, "Tee, Size S/"), (366, "3"), (406, "$9.00"), (439, "MwSt. 19%"), (538, "$27.00")),
             line(130, (45, "M"))]
    assert [p.description for p in products(lines)] == ["Wool throw Wool 80%", "Tee, Size S/M"]


def test_a_capital_after_a_size_in_fractions_is_a_word_of_the_description():
    # the description under its row runs into the flag column ("RT"): '8-1/4" H' is a height, not a flag
    lines = [
        line(100, (30, "Product Code"), (105, "UPC"), (185, "RT"), (212, "Qty Ord"), (300, "Qty Shipped"),
             (529, "Your Price"), (599, "Amount")),
        line(110, (30, "DF9683"), (106, "673659034360"), (185, "R"), (236, "8"), (340, "6"), (548, "10.00"),
             (638, "60.00")),
        line(120, (42, "Galvanized Metal Pillow Cover,"), (182, '8-1/4"'), (215, "H")),
    ]
    assert [p.description for p in products(lines)] == ['Galvanized Metal Pillow Cover, 8-1/4" H']


def test_a_count_set_close_before_a_code_of_letters_parts_where_their_labels_part():
    # MYOB prints the quantity first, right-aligned against the item number's left edge
    lines = [
        line(100, (56, "Qty"), (73, "Item No."), (145, "Description"), (393, "Unit Price"), (503, "Total")),
        printed(112, 9.0, (65, 69, "6"), (73, 123, "CK-JAM-STR"), (145, 200, "Strawberry"), (204, 220, "Jam"),
                (411, 429, "$4.85"), (499, 522, "$29.10")),
        printed(124, 9.0, (61, 69, "24"), (73, 122, "CK-OIL-LEM"), (145, 200, "Lemon"), (204, 220, "Oil"),
                (411, 429, "$9.90"), (495, 522, "$237.60")),
    ]
    assert [(p.code, p.qty, p.price) for p in products(lines)] == [
        ("CK-JAM-STR", 6, Decimal("4.85")), ("CK-OIL-LEM", 24, Decimal("9.90"))]


def test_a_stacked_label_grazing_its_neighbour_and_a_code_set_close_before_its_barcode():
    # "Qty" over "Alloc" and "Qty" over "Shipped", the two lower words touching ("AllocShipped"); a long
    # code set against its UPC in one cell
    lines = [
        printed(188, 9.0, (37, 83, "Product"), (202, 222, "Qty"), (242, 262, "Qty"), (290, 310, "Qty"),
                (411, 432, "List"), (465, 492, "Your"), (518, 545, "Your"), (550, 575, "Extd")),
        printed(199, 9.0, (37, 66, "Code"), (93, 116, "UPC"), (201, 221, "Ord"), (233, 262, "Alloc"),
                (260, 309, "Shipped"), (403, 432, "Price"), (463, 492, "Price"), (547, 576, "Price")),
        printed(214, 9.0, (36, 78, "XM5135A"), (80, 175, "428707406893"), (216, 221, "3"), (256, 261, "2"),
                (304, 309, "2"), (402, 431, "14.00"), (462, 491, "11.20"), (546, 575, "33.60")),
        printed(226, 9.0, (93, 150, "Stoneware"), (154, 180, "Mug")),
    ]
    assert [(p.code, p.upc, p.ordered, p.price) for p in products(lines)] == [
        ("XM5135A", "428707406893", 3, Decimal("11.20"))]


def test_bilingual_labels_set_apart_by_slashes_over_a_wrapped_header():
    lines = [
        printed(221, 9.0, (40, 62, "Code"), (97, 145, "Description"), (390, 405, "Qté"), (408, 410, "/"),
                (413, 428, "Qty"), (451, 467, "Prix"), (470, 472, "/"), (475, 496, "Price"), (533, 567, "Montant"),
                (570, 572, "/")),
        printed(230, 9.0, (538, 572, "Amount")),
        printed(246, 9.0, (40, 69, "100234"), (96, 200, "Savon artisanal - Lavande"), (419, 428, "12"),
                (473, 498, "4,80 $"), (543, 573, "57,60 $")),
    ]
    assert [(p.code, p.qty, p.price) for p in products(lines, COMMA)] == [("100234", 12, Decimal("4.80"))]


def test_a_range_broken_after_its_dash_is_joined_without_a_space():
    from invoice_processing.layout.item_text import _wrapped

    assert _wrapped(["Glass Cloche 4.5-", '6"H']) == 'Glass Cloche 4.5-6"H'
    assert _wrapped(["Linen Napkin Set -", "Blue"]) == "Linen Napkin Set - Blue"


def test_a_range_broken_after_an_en_dash_and_a_currency_after_a_comma_without_a_space():
    from invoice_processing.layout.item_text import _wrapped
    from invoice_processing.layout.label_roles import role_of

    assert _wrapped(["Glass Cloche 4.5–", '6"H']) == 'Glass Cloche 4.5–6"H'
    assert role_of("UNIT PRICE,USD") == lx.PRICE and role_of("TOTAL,USD") == lx.AMOUNT


@pytest.mark.parametrize("label, role", [
    ("VK-Preis ohne MwSt.", lx.PRICE), ("Betrag ohne MwSt. EUR", lx.AMOUNT), ("Precio sin IVA", lx.PRICE),
    ("Prijs zonder BTW", lx.PRICE), ("Importo senza IVA", lx.AMOUNT)])
def test_a_label_taken_before_tax_in_other_words_keeps_its_role(label, role):
    from invoice_processing.layout.label_roles import role_of

    assert role_of(label) == role


def test_a_currency_sign_in_a_column_of_its_own_is_no_word_of_the_description():
    lines = [line(132, (39, "SKU"), (83, "UPC"), (158, "QTY"), (180, "UOM"), (203, "Description"), (437, "Price"),
                  (480, "Extended")),
             line(145, (39, "XM3040"), (83, "810873044328"), (164, "24"), (183, "EA"),
                  (203, 'Knit Gnome Ornament, Red/White 4-5"'), (403, "$"), (440, "1.95"), (485, "46.80"))]
    assert [(p.description, p.price) for p in products(lines)] == [
        ('Knit Gnome Ornament, Red/White 4-5"', Decimal("1.95"))]


def test_a_marketplaces_number_beside_the_sellers_code_is_no_code_of_the_line():
    lines = [line(100, (30, "ASIN"), (100, "SKU"), (160, "UPC"), (240, "Description"), (420, "QTY"),
                  (460, "Unit Price"), (530, "Extended")),
             line(115, (30, "B0D58JJ261"), (100, "EA1522-S"), (160, "817319498844"),
                  (240, "Pastel Easter Egg Garland"), (425, "12"), (465, "11.00"), (535, "132.00"))]
    assert [(p.code, p.description) for p in products(lines)] == [("EA1522-S", "Pastel Easter Egg Garland")]


def test_a_note_in_small_type_under_a_description_on_the_rows_line_is_no_part_of_it():
    lines = [
        line(100, (55, "Qty"), (68, "ISBN"), (144, "Title"), (468, "List"), (550, "Extended"), size=10),
        line(115, (55, "2"), (68, "9780009976483"), (144, "Secret Garden, The (HarperClassics)"), (468, "17.99"),
             (550, "35.98"), size=10),
        line(128, (144, "Frontlist - on sale 9/2/2025, do not ship before on-sale date"), size=8),
        line(142, (55, "5"), (68, "9780063843240"), (144, "Block, Fill Port, Cooler Power Station,"), (468, "9.99"),
             (550, "49.95"), size=10),
        line(155, (144, "Acrylic"), size=8),
        line(169, (55, "6"), (144, "Ocean Is Calling, The"), (468, "9.99"), (550, "59.94"), size=10),
        line(182, (144, "ISBN 9780064955775 | Format: Trade"), size=8),
    ]
    assert [p.description for p in products(lines)] == [
        "Secret Garden, The (HarperClassics)", "Block, Fill Port, Cooler Power Station, Acrylic",
        "Ocean Is Calling, The ISBN 9780064955775 | Format: Trade"]


def test_a_small_note_under_a_description_on_its_own_line_and_a_line_repeating_the_code_are_no_part_of_it():
    lines = [
        line(100, (30, "Item"), (95, "UPC"), (201, "Qty"), (300, "Price"), size=8.5),
        line(115, (30, "AH6627"), (95, "197988170170"), (201, "2"), (300, "4.80"), size=8.5),
        line(126, (38, "Wool Felt Storage Tin Natural & Black"), size=8),
        line(136, (38, "Backordered - ETA 5/01/2025"), size=6.5),
        line(150, (30, "HX3794A"), (95, "195224174670"), (201, "6"), (300, "3.20"), size=8.5),
        line(161, (38, "Mango Wood Photo Frame"), size=8),
        line(171, (38, "SKU HX3794A"), size=8),
    ]
    assert [p.description for p in products(lines)] == ["Wool Felt Storage Tin Natural & Black",
                                                          "Mango Wood Photo Frame"]


def test_a_cards_description_label_and_a_line_number_glued_to_the_title_are_no_words_of_it():
    cards = [
        line(100, (36, "SKU"), (125, "UPC"), (273, "UOM"), (355, "QTY"), (432, "UNIT PRICE"), (544, "EXTENDED")),
        line(116, (36, "TH9202"), (125, "818878953676"), (277, "EA"), (359, "12"), (446, "9.995"), (551, "119.94")),
        line(126, (36, "DESCRIPTION Vintage Collection Tin Lantern")),
        line(143, (36, "OR9200"), (125, "818873419450"), (277, "ST"), (363, "8"), (451, "8.50"), (555, "68.00")),
        line(153, (36, "DESCRIPTION Metal Leaf Taper Holder")),
    ]
    assert [p.description for p in products(cards)] == ["Vintage Collection Tin Lantern", "Metal Leaf Taper Holder"]
    numbered = [line(130, (40, "#"), (172, "Title"), (342, "ISBN"), (479, "Qty"), (530, "Extended")),
                line(145, (51, "1 Harold and the Purple Crayon"), (308, "9780062057358"), (492, "12"), (530, "203.88"))]
    assert [p.description for p in products(numbered)] == ["Harold and the Purple Crayon"]


def test_a_short_title_nearer_the_line_numbers_label_and_a_count_under_the_other_count_column():
    lines = [line(130, (40, "#"), (172, "Title"), (342, "ISBN"), (479, "Qty"), (530, "Extended")),
             line(145, (51, "1 Harold and the Purple Crayon"), (308, "9780062057358"), (492, "12"), (530, "203.88")),
             line(160, (46, "4 Pinkalicious"), (308, "9780065634129"), (492, "10"), (530, "279.90"))]
    assert [p.description for p in products(lines)] == ["Harold and the Purple Crayon", "Pinkalicious"]
    counts = [line(88, (52, "Style"), (113, "Item Description"), (391, "Quantity"), (441, "Units"), (491, "Unit Price"),
                   (558, "Line Total")),
              line(100, (52, "PSN041"), (114, "Citrus Grove Memo Notepad"), (445, "2 EA"), (512, "$6.00"),
                   (572, "$12.00")),
              line(112, (52, "GCB115"), (114, "Garden Party Birthday Card"), (425, "12 EA"), (512, "$2.50"))]
    assert [(p.code, p.qty) for p in products(counts)] == [("PSN041", 2), ("GCB115", 12)]


def test_a_trades_packs_after_the_count_are_its_unit():
    lines = [line(176, (43, "Variety / Description"), (400, "Qty"), (468, "Price"), (549, "Total")),
             line(209, (43, "Rose Freedom, red"), (382, "12 bunch"), (468, "32.50"), (545, "390.00")),
             line(233, (43, "Satin ribbon #9, red"), (388, "3 spool"), (473, "6.95"), (549, "20.85"))]
    assert [(p.description, p.qty) for p in products(lines)] == [("Rose Freedom, red", 12), ("Satin ribbon #9, red", 3)]


def test_an_edi_printouts_line_number_under_the_item_label_is_not_the_code():
    from invoice_processing.layout.item_text import code_of
    assert code_of("Cure Coming 60") == "" and code_of("Unwind 120") == ""
    assert [code_of(text) for text in ("001 CD2712A", "12 XS9826A", "EC9515 Y", "7733 10978", "DS S2921")] == [
        "CD2712A", "XS9826A", "EC9515", "7733", "S2921"]
