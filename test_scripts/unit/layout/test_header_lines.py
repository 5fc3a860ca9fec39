"""Column headers printed over several lines: labels over two lines beside one-line labels
centred between them, qualifiers under a label, extensions at a named price."""

from __future__ import annotations

from decimal import Decimal

import pytest

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.header_row import find_header
from invoice_processing.layout.numbers import COMMA, POINT
from invoice_processing.layout.products import ProductLine, product_lines
from invoice_processing.layout.tables import read_tables
from invoice_processing.models import Cell, Page, TextLine
from test_scripts.unit.layout.lines import line


def products(lines: list[TextLine]) -> list[ProductLine]:
    return [p for t in read_tables((Page(1, tuple(lines)),), POINT) for p in product_lines(t, POINT)]


CENTRED = [  # "Order / Qty", "List / Price", "Extended / (at Net)" around "Ln | ISBN | Title / Description | Fmt"
    line(297, (402, "Order"), (474, "List"), (531, "Extended"), size=8),
    line(302, (53, "Ln"), (69, "ISBN"), (185, "Title / Description"), (358, "Fmt"), size=8),
    line(306, (412, "Qty"), (467, "Price"), (538, "(at Net)"), size=8),
    line(320, (58, "1"), (69, "9780066708461"), (185, "Frog and Toad Are Friends"), (361, "HC"), (418, "12"),
         (472, "5.99"), (551, "38.82"), size=8),
    line(333, (58, "2"), (69, "9781407921372"), (185, "Anne of Green Gables"), (361, "TR"), (423, "6"),
         (472, "9.99"), (551, "32.37"), size=8),
]


def test_labels_over_two_lines_around_centred_one_line_labels_are_one_header():
    header = find_header(tuple(CENTRED), 0)
    assert header is not None and (header.first, header.last) == (0, 2)
    roles = {c.label: c.role for c in header.columns}
    assert roles["Order Qty"] == lx.ORDERED and roles["List Price"] == lx.LIST_PRICE
    assert roles["Extended (at Net)"] == lx.AMOUNT and roles["Title / Description"] == lx.DESCRIPTION
    assert [(p.code, p.description, p.qty, p.price) for p in products(CENTRED)] == [
        ("9780066708461", "Frog and Toad Are Friends", 12, Decimal("5.99")),
        ("9781407921372", "Anne of Green Gables", 6, Decimal("9.99"))]


def test_a_first_row_under_a_two_line_header_is_never_its_third_line():
    lines = [line(100, (40, "Item"), (200, "Unit"), (300, "Line")),
             line(109, (40, "Description"), (205, "Price"), (300, "Total")),
             line(118, (40, "Oak Shelf"), (205, "12.00"), (300, "24.00"))]
    header = find_header(tuple(lines), 0)
    assert header is not None and header.last == 1


def test_an_extension_at_a_named_price_is_the_amount_not_a_second_list_price():
    lines = [  # "Ext. Retail" over "(Qty x List)" beside the one-line labels
        line(283, (533, "Ext. Retail"), size=8.5),
        line(288, (40, "ISBN-13"), (123, "Title"), (435, "Qty"), (480, "Retail"), size=8.5),
        line(293, (529, "(Qty x List)"), size=8.5),
        line(307, (39, "9780065142471"), (124, "Mother Goose Treasury, The"), (444, "4"), (483, "18.99"),
             (552, "75.96"), size=8.5),
    ]
    header = find_header(tuple(lines), 0)
    assert header is not None and [c.role for c in header.columns] == [
        lx.CODE, lx.DESCRIPTION, lx.QTY, lx.LIST_PRICE, lx.AMOUNT]
    for label in ("Ext @ List", "EXT RETAIL", "Extension @ Retail", "Extended Net"):
        one = find_header((line(100, (40, "ISBN"), (120, "Title"), (400, "Qty"), (450, "List"), (520, label)),), 0)
        assert one is not None and one.columns[-1].role == lx.AMOUNT, label
    [product] = products(lines)
    assert (product.price, product.amount, product.qty) == (Decimal("18.99"), Decimal("75.96"), 4)


def test_a_tax_code_under_the_tax_label_is_no_part_of_the_description():
    lines = [line(245, (47, "Item #"), (127, "Items"), (475, "Quantity"), (572, "Price"), (625, "GST/HST"),
                  (710, "Amount")),
             line(264, (46, "CK94F236"), (127, "Speckled White Pillow Cover"), (504, "24"), (566, "$34.50"),
                  (628, "HST 13%"), (713, "$828.00"))]
    [product] = products(lines)
    assert (product.code, product.description, product.price) == (
        "CK94F236", "Speckled White Pillow Cover", Decimal("34.50"))
    flagged = [line(203, (42, "SKU"), (213, "Tx"), (238, "Description"), (351, "QTY"), (410, "Unit Price"),
                    (492, "Extended Amount")),
               line(348, (42, "H6481"), (213, "N"), (238, "Felt Mushroom Ornament 72\"L")),  # a flag, not a rate
               line(360, (349, "12 ST"), (427, "$47.33"), (538, "$567.96"))]
    assert [(p.code, p.description, p.qty) for p in products(flagged)] == [
        ("H6481", 'Felt Mushroom Ornament 72"L', 12)]


def test_a_line_over_the_header_is_not_stacked_into_it_when_the_header_alone_reads_better():
    lines = [line(379, (460, "Montants exprimés en Euros"), size=8),
             line(393, (32, "Désignation"), (356, "TVA"), (399, "P.U. HT"), (458, "Qté"), (516, "Total HT")),
             line(411, (32, "PFFWN008 - Essential Cyclique dextrine"), (365, "5,5%"), (423, "8,82"), (473, "220"),
                  (530, "1 940,40"))]
    assert find_header(tuple(lines), 0) is None
    header = find_header(tuple(lines), 1)
    assert header is not None and [c.role for c in header.columns] == [
        lx.DESCRIPTION, lx.TAX, lx.PRICE, lx.QTY, lx.AMOUNT]  # "P.U. HT" is one label, as "PU HT" is
    assert lx.normal_label("P.U. HT") == "pu ht" and lx.normal_label("P.V.P.") == "pvp"


def test_a_word_under_a_label_completes_it_even_when_the_label_alone_names_the_same_column():
    lines = [line(294, (39, "ITEM NO."), (94, "DESCRIPTION"), (256, "SHIPPED"), (303, "BACK"), (331, "UM"),
                  (465, "LIST"), (487, "NET EACH"), (528, "EXT AMOUNT"), size=7),
             line(303, (298, "ORDER"), size=7),
             line(318, (39, "DS8683B"), (94, "Seagrass Basket with Handles,"), (279, "12"), (319, "0"), (331, "EA"),
                  (461, "45.00"), (504, "22.50"), (550, "270.00"), size=7.6),
             line(328, (94, "Set of 3"), size=7.6)]
    header = find_header(tuple(lines), 0)
    assert header is not None and header.last == 1  # "ORDER" is the end of "BACK ORDER", not a description
    assert [c.role for c in header.columns] == [lx.CODE, lx.DESCRIPTION, lx.SHIPPED, lx.BACKORDER, lx.UOM,
                                                 lx.LIST_PRICE, lx.PRICE, lx.AMOUNT]
    assert [p.description for p in products(lines)] == ["Seagrass Basket with Handles, Set of 3"]


def test_field_labels_with_colons_are_not_a_table_header():
    lines = [line(86, (41, "Payment Details:"), (107, "ACCOUNT NAME:"), (203, "PB WHOLESALE U.K. LTD")),
             line(98, (41, "SORT CODE: 09-02-22"), (150, "IBAN: GB73ABBY09022211053785"))]
    assert find_header(tuple(lines), 0) is None


def test_net_and_gross_unit_prices_and_german_text_labels():
    lines = [line(185, (38, "Réf."), (81, "Produit"), (270, "Quantité"), (329, "Prix u. HT"), (386, "TVA"),
                  (430, "Prix u. TTC"), (518, "Total TTC")),
             line(207, (38, "8489"), (81, "Barebells Protein Bar"), (286, "3"), (342, "20,99 €"), (386, "5.5%"),
                  (447, "22,14 €"), (529, "66,43 €"))]
    [bar] = [p for t in read_tables((Page(1, tuple(lines)),), COMMA) for p in product_lines(t, COMMA)]
    assert (bar.code, bar.price, bar.qty) == ("8489", Decimal("20.99"), 3)  # the net price, not the gross
    german = find_header((line(395, (61, "Pos"), (84, "Nummer"), (128, "Text"), (391, "Menge"),
                               (446, "Einzelpreis"), (499, "Gesamtpreis")),), 0)
    assert german is not None and [c.role for c in german.columns][1:3] == [lx.CODE, lx.DESCRIPTION]


def test_an_italian_header():
    lines = [line(218, (51, "Codice"), (133, "Descrizione"), (429, "Quantità"), (475, "U.M."), (524, "Prezzo unitario"),
                  (606, "Sconto %"), (708, "Importo"), (760, "IVA")),
             line(233, (133, "DDT n. 188 del 05/05/2025")),
             line(247, (51, "LIV-ALL-60"), (133, "Livella in alluminio 60 cm"), (459, "6"), (480, "pz"), (563, "15,68"),
                  (623, "10,00"), (719, "84,67"), (764, "22")),
             line(262, (600, "Totale imponibile"), (719, "84,67"))]
    [level] = [p for t in read_tables((Page(1, tuple(lines)),), COMMA) for p in product_lines(t, COMMA)]
    assert (level.code, level.description, level.qty, level.price) == (
        "LIV-ALL-60", "Livella in alluminio 60 cm", 6, Decimal("15.68"))


def test_a_line_of_labels_under_the_middle_lines_words_is_not_a_third_header_line():
    lines = [line(268, (166, "UPC"), (457, "Net"), (525, "Ext."), size=8.5),
             line(278, (56, "#"), (93, "Style"), (166, "Code"), (264, "QTY"), (312, "Fl"), (447, "Price"),
                  (520, "Price"), size=8.5),
             line(288, (51, "Item"), (76, "Description"), size=8.5),  # names the line printed under each row
             line(305, (56, "1"), (93, "NH-7856"), (275, "6"), (312, "C"), (447, "12.72"), (521, "76.32"), size=8.5),
             line(315, (50, "Hand-Painted Coaster Set/4"), size=8.5)]
    header = find_header(tuple(lines), 0)
    assert header is not None and [c.role for c in header.columns] == [
        lx.OTHER, lx.CODE, lx.UPC, lx.QTY, lx.OTHER, lx.PRICE, lx.AMOUNT]
    assert [(p.code, p.description, p.qty) for p in products(lines)] == [("NH-7856", "Hand-Painted Coaster Set/4", 6)]


def test_a_price_set_close_before_its_tax_code_is_split_from_it():
    lines = [line(333, (33, "Description"), (347, "Quantité"), (401, "Prix unitaire"), (461, "Taxes"),
                  (524, "Montant")),
             line(394, (33, "[VO-FS99-Z16T] Magnésium Bisglycinate"), (324, "24,000 Unités"), (436, "7,00 TVA 5,5%"),
                  (524, "168,00 €"))]
    [product] = [p for t in read_tables((Page(1, tuple(lines)),), COMMA) for p in product_lines(t, COMMA)]
    assert (product.code, product.description, product.price, product.qty) == (
        "VO-FS99-Z16T", "Magnésium Bisglycinate", Decimal("7.00"), 24)


def test_hours_and_days_are_units_and_a_delivery_service_is_a_product():
    lines = [line(261, (49, "Description"), (318, "Quantity"), (383, "Price after Discount"), (507, "Amount")),
             line(279, (49, "Design time - logo refresh"), (334, "4 hrs"), (403, "65.00"), (502, "260.00")),
             line(297, (49, "Delivery and installation (per crew day)"), (320, "3.00 Days"), (403, "691.00"),
                  (502, "2,073.00")),
             line(315, (49, "Delivery charge"), (340, "1"), (403, "45.00"), (502, "45.00"))]
    assert [(p.description, p.qty, p.price) for p in products(lines)] == [
        ("Design time - logo refresh", 4, Decimal("65.00")),
        ("Delivery and installation (per crew day)", 3, Decimal("691.00"))]
    assert lx.CHARGES.match("Delivery  17.43") and lx.CHARGES.match("Delivery: 12.00")  # a charge by the totals


def _boxed(y: float, *words: tuple[float, float, str], size: float = 8.0) -> TextLine:
    """A line of words at the exact boxes a PDF gave them."""
    return TextLine.of_words(y, tuple(Cell(x0, x1, text) for x0, x1, text in words), size, size)


def test_a_marketplace_header_over_two_lines_with_qualifiers():
    lines = [_boxed(239, (321, 335, "Unit"), (338, 355, "Price"), (372, 387, "Item"), (390, 419, "Subtotal"),
                    (443, 455, "Tax"), (495, 507, "Tax"), (562, 579, "Total")),
             _boxed(249, (33, 73, "Description"), (207, 224, "ASIN"), (285, 297, "Qty"), (321, 340, "(excl."),
                    (342, 355, "tax)"), (385, 404, "(excl."), (406, 419, "tax)"), (440, 455, "Rate"),
                    (479, 507, "Amount"), (547, 564, "(incl."), (566, 579, "tax)")),
             _boxed(262, (33, 100, "Heavy"), (103, 120, "duty"), (123, 150, "stapler"), (207, 257, "B0019LTFIY"),
                    (294, 296, "6"), (327, 355, "$138.41"), (391, 419, "$830.46"), (433, 455, "6.25%"),
                    (483, 507, "$51.90"), (551, 579, "$882.36"))]
    header = find_header(tuple(lines), 0)
    assert header is not None and [c.role for c in header.columns] == [
        lx.DESCRIPTION, lx.CODE, lx.QTY, lx.PRICE, lx.AMOUNT, lx.TAX, lx.TAX, lx.AMOUNT]
    [item] = products(lines)
    assert (item.code, item.description, item.price, item.qty) == ("B0019LTFIY", "Heavy duty stapler",
                                                                   Decimal("138.41"), 6)


def test_stacked_labels_read_through_what_the_second_line_adds():
    lines = [line(150, (40, "SKU /"), (97, "UPC"), (171, "QTY"), (195, "UOM"), (284, "Unit"), (358, "Sugg."),
                  (434, "Extended"), size=7),
             line(158, (41, "Description"), (281, "Price"), (358, "Retail"), (434, "at List"), size=7),
             line(172, (41, "EA6039B"), (173, "144"), (195, "Ea"), (276, "14.250"), (360, "28.50"), (439, "2,052.00"),
                  size=7),
             line(181, (53, 'Mercury Glass Pumpkin 5.5"'), size=7)]
    header = find_header(tuple(lines), 0)
    assert header is not None and [c.role for c in header.columns] == [
        lx.CODE, lx.UPC, lx.QTY, lx.UOM, lx.PRICE, lx.LIST_PRICE, lx.AMOUNT]  # "SKU / Description": the code
    [item] = products(lines)
    assert (item.code, item.description, item.price) == ("EA6039B", 'Mercury Glass Pumpkin 5.5"', Decimal("14.250"))
    side_by_side = find_header((line(100, (38, "Product Code"), (103, "Description"), (416, "Qty"), (672, "Price")),),
                               0)
    assert side_by_side is not None and [c.role for c in side_by_side.columns] == [
        lx.CODE, lx.DESCRIPTION, lx.QTY, lx.PRICE]  # words side by side stay two labels


def test_a_description_line_under_a_header_is_never_stacked_into_it():
    lines = [line(64, (22, "Item"), (78, "UPC Code"), (160, "Shipped"), (210, "Back Ordered"), (312, "UOM"),
                  (339, "List Price"), (434, "Your Price"), (504, "Amount")),
             line(81, (160, "Includes Gift Tag")),  # the rest of the last page's description
             line(94, (22, "XM3452B"), (190, "48"), (277, "0"), (312, "EA"), (369, "45.00"), (465, "36.00"),
                  (504, "1,728.00"))]
    header = find_header(tuple(lines), 0)
    assert header is not None and header.last == 0


def test_desc_among_the_prices_is_a_discount():
    header = find_header((line(232, (43, "Artigo"), (94, "Descrição"), (325, "Qtd."), (347, "Un."),
                               (383, "Preço Unit."), (438, "Desc."), (475, "IVA"), (533, "Total")),), 0)
    assert header is not None and [c.role for c in header.columns] == [
        lx.CODE, lx.DESCRIPTION, lx.QTY, lx.UOM, lx.PRICE, lx.DISCOUNT, lx.TAX, lx.AMOUNT]


def test_invoiced_quantities_and_inventory_ids():
    header = find_header((line(114, (46, "LINE"), (69, "STYLE"), (130, "PRODUCT DESCRIPTION"), (452, "QTY INVOICED"),
                               (502, "UOM"), (581, "UNIT PRICE"), (667, "EXTENDED AMOUNT")),), 0)
    assert header is not None and lx.SHIPPED in header.roles()
    ids = find_header((line(198, (47, "Line"), (70, "Inventory ID"), (140, "Description"), (508, "Qty."),
                            (556, "Unit Price"), (717, "Ext. Price")),), 0)
    assert ids is not None and [c.role for c in ids.columns][1] == lx.CODE


def test_a_third_header_line_taking_the_prices_before_tax_is_part_of_the_header_on_every_page():
    header = [line(64, (648, "Unit Price"), (781, "Amount"), size=7.5),
              line(68, (33, "Item Code"), (104, "Description"), (571, "Qty"), (596, "Unit"), (724, "GST"), size=7.5),
              line(73, (657, "ex GST"), (783, "ex GST"), size=7.5)]
    first = [*header, line(90, (34, "BW4228-W"), (104, "LED Strip 24V Reel"), (574, "20"), (598, "RL"), (663, "34.08"),
                           (719, "68.16"), (785, "681.60"), size=8)]
    second = [*header, line(90, (34, "BW2464-D"), (104, "Dimmer Module 350W"), (575, "18"), (598, "EA"),
                            (663, "66.89"), (715, "120.40"), (779, "1,204.02"), size=8)]
    pages = (Page(1, tuple(first)), Page(2, tuple(second)))
    read = [p for t in read_tables(pages, POINT) for p in product_lines(t, POINT)]
    assert [(p.code, p.description, p.price, p.qty) for p in read] == [
        ("BW4228-W", "LED Strip 24V Reel", Decimal("34.08"), 20),
        ("BW2464-D", "Dimmer Module 350W", Decimal("66.89"), 18)]


def test_a_label_closed_by_its_qualifier_is_not_joined_to_the_next_one():
    header = find_header((line(329, (85, "Code"), (148, "Description"), (328, "Qty"), (370, "Unit price (£)"),
                               (438, "Amount (£)"), size=9.5, char=4.6, gap=2.5),), 0)
    assert header is not None
    assert [(c.role, c.label) for c in header.columns][-2:] == [(lx.PRICE, "Unit price (£)"), (lx.AMOUNT, "Amount (£)")]


def test_labels_over_three_lines_ending_on_the_headers_main_line():
    lines = (line(503, (397, "Unit Price"), size=8.8), line(517, (418, "after"), (483, "Tax"), size=8.8),
             line(531, (35, "Item"), (123, "Description"), (225, "Quantity"), (280, "Unit Price"), (343, "Discount"),
                  (401, "Discount"), (462, "Amount"), (539, "Total"), size=8.8),
             line(553, (35, "Performance Fuel"), (123, "Orange & Mango"), (254, "16"), (299, "26.50"), (350, "5%"),
                  (416, "25.00"), (475, "0.00"), (527, "400.00"), size=8.8))
    header = find_header(lines, 0)
    assert header is not None and header.last == 2
    assert [(c.role, c.label) for c in header.columns][-3:] == [
        (lx.PRICE, "Unit Price after Discount"), (lx.TAX, "Tax Amount"), (lx.AMOUNT, "Total")]
    assert [(p.price, p.qty) for p in products(list(lines))] == [(Decimal("25.00"), 16)]


def test_a_description_label_over_the_code_label_names_the_code_column_and_the_table_goes_on_over_the_page():
    def page(y: float, rows: list[TextLine]) -> list[TextLine]:
        return [line(y, (41, "Description (above) /"), (186, "Qty"), (236, "Qty"), (366, "Net"), (453, "Line"),
                     size=7.5),
                line(y + 8, (41, "Style"), (166, "Ordered"), (215, "Invoiced"), (258, "Whs"), (281, "Unit"),
                     (359, "Price"), (449, "Total"), size=7.5), *rows]
    first = page(50, [line(80, (40, "Botanical Thank You Boxed Set of 8"), size=7.5),
                      line(90, (50, "CRD032"), (191, "12"), (241, "12"), (258, "W1"), (280, "ea"), (359, "22.00"),
                           (444, "264.00"), size=7.5),
                      line(103, (40, "Canvas Tote Bag, Margaux"), size=7.5)])
    second = page(50, [line(76, (50, "TOT025"), (196, "8"), (246, "8"), (258, "W2"), (280, "ea"), (359, "10.00"),
                            (449, "80.00"), size=7.5)])
    header = find_header(tuple(first), 0)
    assert header is not None and header.last == 1 and header.columns[0].role == lx.CODE
    pages = (Page(1, tuple(first)), Page(2, tuple(second)))
    read = [p for t in read_tables(pages, POINT) for p in product_lines(t, POINT)]
    assert [(p.code, p.description) for p in read] == [
        ("CRD032", "Botanical Thank You Boxed Set of 8"), ("TOT025", "Canvas Tote Bag, Margaux")]


@pytest.mark.parametrize("labels, roles", [
    (("ITEM", "DESCRIPTION", "U", "Q", "UNIT PRICE", "%DS.", "AMOUNT"),
     [lx.CODE, lx.DESCRIPTION, lx.UOM, lx.QTY, lx.PRICE, lx.DISCOUNT, lx.AMOUNT]),
    (("Articles", "Quantité", "Prix", "Remise", "Impôt", "Montant de la taxe", "Total"),
     [lx.DESCRIPTION, lx.QTY, lx.PRICE, lx.DISCOUNT, lx.TAX, lx.TAX, lx.AMOUNT]),
    (("Brand", "Product", "Flavour", "Price", "Quantity", "VAT", "Sum (ex.)"),
     [lx.OTHER, lx.DESCRIPTION, lx.OTHER, lx.PRICE, lx.QTY, lx.TAX, lx.AMOUNT]),
    (("Service Code", "Description", "Qty", "UOM", "Rate", "Amount"),
     [lx.CODE, lx.DESCRIPTION, lx.QTY, lx.UOM, lx.PRICE, lx.AMOUNT]),
    (("Item#", "UPC", "Ord", "U/M", "Desc.", "Ea.", "Ext."),
     [lx.CODE, lx.UPC, lx.ORDERED, lx.UOM, lx.DESCRIPTION, lx.PRICE, lx.AMOUNT]),
])
def test_short_plural_and_french_labels(labels, roles):
    header = find_header((line(100, *((40 + 75 * at, label) for at, label in enumerate(labels)), char=3.5),), 0)
    assert header is not None and [c.role for c in header.columns] == roles


def test_bilingual_labels_end_at_their_slash_and_the_translation_line_is_the_headers():
    lines = (line(386, (128, "Quantity/"), (169, "Unit/"), (207, "Unit Price/"), (304, "Disc.Up/"),
                  (355, "Net Amount/"), (445, "Description/"), size=8, char=3.6, gap=1.5),
             line(396, (128, "Menny."), (169, "M.e."), (210, "Egységár"), (308, "Eng.eá."), (361, "Nettó érték"),
                  (445, "Megnevezés"), size=8, char=3.6),
             line(417, (128, "800 pcs/"), (230, "1.60"), (320, "1.60"), (374, "1,280.00"), (445, "Dark Opaque 500ml"),
                  size=8, char=3.6))
    header = find_header(lines, 0)
    assert header is not None and header.last == 1
    assert [c.role for c in header.columns] == [lx.QTY, lx.UOM, lx.PRICE, lx.DISCOUNT, lx.AMOUNT, lx.DESCRIPTION]
    assert [(p.description, p.qty, p.price) for p in products(list(lines))] == [
        ("Dark Opaque 500ml", 800, Decimal("1.60"))]


def test_a_description_set_word_by_word_under_the_header_is_no_translation_of_it():
    def words(y: float, x: float, text: str) -> TextLine:
        cells, at = [], x
        for word in text.split():
            cells.append(Cell(at, at + 4.5 * len(word), word))
            at += 4.5 * len(word) + 6.5
        return TextLine.of_words(y, tuple(cells), 9.0, 9.0)

    header = line(229, (20, "Item Number"), (84, "Flg"), (105, "Loc"), (126, "UPC"), (196, "Qty Shipped"),
                  (303, "Unit of Measure"), (389, "List Price"), (469, "Your Cost"), (523, "Extd Price"))
    found = find_header((header, words(245, 28, "Paper Mache Banner, Assorted")), 0)
    assert found is not None and found.last == 0


def test_a_sections_title_over_the_header_and_line_numbers_before_the_isbn_are_no_labels_of_it():
    titled = (line(170, (40, "SHIPPED ITEMS"), char=6.0),
              line(185, (42, "SKU"), (102, "UPC"), (186, "QTY"), (214, "UOM"), (244, "Description"),
                   (459, "Unit Price"), (532, "Extended")))
    header = find_header(titled, 0) or find_header(titled, 1)
    assert header is not None and header.first == 1
    assert [c.label for c in header.columns] == ["SKU", "UPC", "QTY", "UOM", "Description", "Unit Price", "Extended"]
    numbered = find_header((line(252, (56, "#"), (68, "ISBN-13"), (150, "Title"), (375, "Qty"), (426, "List"),
                                 (455, "Discount"), (530, "Extended"), char=4.0),), 0)
    assert numbered is not None and [c.label for c in numbered.columns][:2] == ["#", "ISBN-13"]


def test_a_line_numbers_label_close_before_a_code_and_title_label_is_a_column_of_its_own():
    lines = [line(185, (63, "Ln"), (82, "ISBN / Title"), (411, "Qty"), (437, "List Price"), (487, "Extended (net)"),
                  size=9.5),
             line(202, (63, "1"), (84, "9780060433079"), (423, "5"), (453, "$14.99"), (526, "$40.47"), size=9.5),
             line(214, (84, "Lessons in Chemistry: A Novel"), size=9.5)]
    header = find_header(tuple(lines), 0)
    assert header is not None and [c.role for c in header.columns][:1] == [lx.OTHER]
    [book] = products(lines)
    assert "1" not in book.description.split() and (book.price, book.qty) == (Decimal("14.99"), 5)


def test_unit_prices_ex_and_inc_tax_and_a_total_inc_tax():
    header = find_header((line(185, (39, "Code"), (96, "Description"), (304, "Qty"), (332, "Unit ex GST"), (414, "GST"),
                               (441, "Unit inc GST"), (500, "Total inc GST"), size=7.6, char=3.6, gap=2.0),), 0)
    assert header is not None and [c.role for c in header.columns] == [
        lx.CODE, lx.DESCRIPTION, lx.QTY, lx.PRICE, lx.TAX, lx.NUMBER, lx.AMOUNT]


@pytest.mark.parametrize("labels, roles", [
    (("Artikelnr", "Benämning", "Antal", "Á-pris", "Belopp"), [lx.CODE, lx.DESCRIPTION, lx.QTY, lx.PRICE, lx.AMOUNT]),
    (("Varenr", "Beskrivelse", "Antal", "Enhedspris", "Beløb"), [lx.CODE, lx.DESCRIPTION, lx.QTY, lx.PRICE, lx.AMOUNT]),
    (("Lp.", "NAZWA TOWARU", "ILOŚĆ", "J.m.", "CENA NETTO", "WARTOŚĆ NETTO", "Stawka VAT"),  # Polish
     [lx.OTHER, lx.DESCRIPTION, lx.QTY, lx.UOM, lx.PRICE, lx.AMOUNT, lx.TAX]),
    (("Kód", "Název", "Množství", "MJ", "Cena za MJ", "Celkem bez DPH", "DPH"),  # Czech
     [lx.CODE, lx.DESCRIPTION, lx.QTY, lx.UOM, lx.PRICE, lx.AMOUNT, lx.TAX]),
    (("Pos.", "Description rapide", "Pièce", "Prix / pièce", "TVA", "Somme"),  # a French invoice's by the piece
     [lx.OTHER, lx.DESCRIPTION, lx.QTY, lx.PRICE, lx.TAX, lx.AMOUNT]),
    (("Description", "Months", "Amount", "Total"), [lx.DESCRIPTION, lx.QTY, lx.AMOUNT, lx.AMOUNT]),  # a lease's
    (("Description", "Unités", "Tarif", "Total Net"), [lx.DESCRIPTION, lx.QTY, lx.PRICE, lx.AMOUNT]),  # units sold
    (("ITEM", "UPC", "DESCRIPTION", "SHIPD", "BACK", "UM", "LIST", "YOUR PRC", "EXTENDED"),  # a line printer's
     [lx.CODE, lx.UPC, lx.DESCRIPTION, lx.SHIPPED, lx.BACKORDER, lx.UOM, lx.LIST_PRICE, lx.PRICE, lx.AMOUNT]),
    (("Pos.", "Menge", "Einh.", "Bezeichnung", "EP €", "GP €"),  # a German craftsman's quotation
     [lx.OTHER, lx.QTY, lx.UOM, lx.DESCRIPTION, lx.PRICE, lx.AMOUNT]),
    (("Tuotekuvaus", "Määrä", "Yksikkö", "hinta", "Alv %", "Yhteensä"),  # Finnish
     [lx.DESCRIPTION, lx.QTY, lx.UOM, lx.PRICE, lx.TAX, lx.AMOUNT]),
    (("Photo", "Description", "Quantité", "Poids Brut (kg)", "Prix unitaire", "Montant HT"),  # weights, a photo
     [lx.OTHER, lx.DESCRIPTION, lx.QTY, lx.NUMBER, lx.PRICE, lx.AMOUNT]),
    (("Style", "Clr", "Description", "Ship", "Bckord", "Selling Price", "Extended"),  # an apparel maker's
     [lx.CODE, lx.OTHER, lx.DESCRIPTION, lx.SHIPPED, lx.BACKORDER, lx.PRICE, lx.AMOUNT]),
    (("Código", "Descripción", "Udes", "Precio", "%Dto", "Importes"),  # a Spanish distributor's
     [lx.CODE, lx.DESCRIPTION, lx.QTY, lx.PRICE, lx.DISCOUNT, lx.AMOUNT]),
])
def test_labels_of_more_languages_and_trades(labels, roles):
    header = find_header((line(100, *((40 + 90 * at, label) for at, label in enumerate(labels))),), 0)
    assert header is not None and [c.role for c in header.columns] == roles


def test_tax_qualifiers_under_two_like_price_labels_tell_the_net_price_from_the_gross():
    lines = [line(414, (39, "Beschrijving"), (303, "Aantal"), (335, "Prijs per eenheid"), (401, "Btw-tarief"),
                  (443, "Prijs per eenheid"), (507, "Subtotaal item"), size=7.5, char=3.4),
             line(428, (357, "(excl. btw)"), (467, "(incl. btw)"), (526, "(incl. btw)"), size=7.5, char=3.4),
             line(446, (39, "PremiumCord DVI verbindingskabel"), (321, "1"), (370, "€ 3,11"), (415, "21%"),
                  (478, "€ 3,76"), (536, "€ 3,76"), size=7.5, char=3.4)]
    header = find_header(tuple(lines), 0)
    assert header is not None and header.last == 1
    assert [c.role for c in header.columns] == [lx.DESCRIPTION, lx.QTY, lx.PRICE, lx.TAX, lx.NUMBER, lx.AMOUNT]
    [cable] = [p for t in read_tables((Page(1, tuple(lines)),), COMMA) for p in product_lines(t, COMMA)]
    assert (cable.price, cable.qty) == (Decimal("3.11"), 1)


def test_a_tax_summary_after_the_products_is_no_second_product_table():
    lines = [line(50, (61, "Bezeichnung"), (297, "Menge"), (362, "Einzelpreis"), (444, "Summe Pos."), (510, "MwSt.")),
             line(68, (61, "Kühne Kürbis 200g"), (311, "1"), (366, "1,69 €"), (475, "1,69 €"), (521, "B")),
             line(83, (61, "PFAND 0,25"), (310, "2"), (366, "0,25 €"), (475, "0,50 €"), (521, "A")),
             line(98, (374, "Summe:"), (469, "2,19 €")),
             line(120, (59, "Steuersatz"), (269, "Nettobetrag"), (352, "MwSt. Betrag"), (485, "Gesamtbetrag")),
             line(135, (60, "A = 19%"), (291, "0,42 €"), (387, "0,08 €"), (519, "0,50 €")),
             line(150, (61, "B = 7%"), (291, "1,58 €"), (387, "0,11 €"), (519, "1,69 €"))]
    rows = [p for t in read_tables((Page(1, tuple(lines)),), COMMA) for p in product_lines(t, COMMA)]
    assert [(p.description, p.price) for p in rows] == [("Kühne Kürbis 200g", Decimal("1.69"))]


def test_french_wholesale_headers_with_invoiced_quantity_gross_and_net_prices():
    ekibio = find_header((line(225, (151, "Code et Désignation"), (377, "Certif."), (422, "Référentiel"),
                               (491, "Colis"), (530, "Qte Facturée"), (595, "Prix Brut"), (648, "Remises"),
                               (700, "Prix Net"), (749, "Montant HT"), (810, "T"), size=7.5, char=3.2),), 0)
    assert ekibio is not None and [c.role for c in ekibio.columns] == [
        lx.DESCRIPTION, lx.OTHER, lx.OTHER, lx.QTY, lx.SHIPPED, lx.LIST_PRICE, lx.DISCOUNT, lx.PRICE, lx.AMOUNT,
        lx.OTHER]  # parcels and the invoiced quantity: the arithmetic chooses
    stacked = find_header((line(335, (395, "Prix"), (467, "Prix"), size=8.2, char=3.6),
                           line(348, (22, "Code"), (149, "Désignation"), (305, "Qté fact"), (361, "UF"), (393, "base"),
                                (423, "Remise"), (460, "Net UF"), (513, "Mtt HT"), size=8.2, char=3.6)), 0)
    assert stacked is not None
    assert {c.role: c.label for c in stacked.columns if c.numeric} == {
        lx.SHIPPED: "Qté fact", lx.LIST_PRICE: "Prix base", lx.DISCOUNT: "Remise", lx.PRICE: "Prix Net UF",
        lx.AMOUNT: "Mtt HT"}


def test_the_price_after_discount_is_the_price_and_a_count_of_the_quantities_ends_the_table():
    lines = [line(231, (56, "CIP"), (147, "DÉSIGNATION"), (310, "QUANTITÉ"), (363, "PRIX"), (401, "REMISE"),
                  (435, "PRIX UNITAIRE"), (492, "MONTANT"), size=8, char=3.4),
             line(240, (309, "FACTURÉE"), (350, "UNITAIRE HT"), (409, "(%)"), (434, "APRÈS REMISE"), (504, "HT"),
                  size=8, char=3.4),
             line(276, (29, "3400926782498"), (98, "GLYC/VAS/PARA CREME 250G"), (322, "102"), (367, "1.96"),
                  (418, "2.50"), (458, "1.911"), (498, "194.92"), size=8, char=3.4),
             line(286, (29, "3400937950527"), (98, "MACROGOL 4000 10G 20SAC"), (325, "36"), (367, "1.96"),
                  (418, "2.50"), (458, "1.911"), (502, "68.80"), size=8, char=3.4),
             line(404, (98, "TOTAL QTES FACTUREES"), (319, "138"), (495, "263.72"), size=8, char=3.4)]
    found = products(lines)
    assert [(p.code, p.price, p.qty) for p in found] == [
        ("3400926782498", Decimal("1.911"), 102), ("3400937950527", Decimal("1.911"), 36)]


def test_parcels_are_the_quantity_where_no_other_count_is_printed_and_an_italian_header():
    lines = [line(301, (35, "Colis"), (66, "Désignation"), (335, "Provenance"), (379, "P.U. HT"), (417, "Pièces"),
                  (466, "P.U. TTC"), (514, "MT TTC"), size=9, char=3.6),
             line(333, (55, "2"), (66, "Vimto soda 12x0,5l"), (335, "ESPAGNE"), (389, "12.79"), (430, "24"),
                  (472, "13.500"), (533, "27.00"), size=9, char=3.6)]
    assert [(p.price, p.qty) for p in products(lines)] == [(Decimal("12.79"), 2)]
    italian = find_header((line(290, (58, "Codice"), (117, "Colore"), (229, "Descrizione"), (352, "U.M."),
                                (378, "Quantità"), (420, "Prezzo Un."), (470, "Sc.1/2/3%"), (522, "Imp. Netto"),
                                (562, "IVA"), size=7, char=2.8),), 0)
    assert italian is not None and [c.role for c in italian.columns] == [
        lx.CODE, lx.OTHER, lx.DESCRIPTION, lx.UOM, lx.QTY, lx.PRICE, lx.DISCOUNT, lx.AMOUNT, lx.TAX]


def test_a_short_description_starting_where_the_long_ones_start_left_of_their_label():
    lines = [line(290, (58, "Codice"), (117, "Colore"), (229, "Descrizione"), (378, "Quantità"), (420, "Prezzo"),
                  (522, "Importo"), size=7, char=3.0),
             line(312, (25, "BOLS1587XSIF/D"), (121, "TR"), (141, "BOLLE BUCKET PRO CLEAR"), (397, "204"),
                  (433, "19,8500"), (530, "4.049,40"), size=8, char=3.0),
             line(365, (25, "VELA1589XSIF/D"), (123, "BI"), (141, "VELA BUCKET ROUND BLANC HI-PS BOITE DE 6"),
                  (397, "204"), (437, "7,8200"), (531, "1.595,28"), size=8, char=3.0),
             line(376, (141, "MARQUAGE 1 FACE 1 COULEUR NOIR - LOGO"), size=8, char=3.0)]
    found = [p for t in read_tables((Page(1, tuple(lines)),), COMMA) for p in product_lines(t, COMMA)]
    assert [p.description for p in found] == [  # the colour's code (its own column) is the product's variant
        "BOLLE BUCKET PRO CLEAR - TR",
        "VELA BUCKET ROUND BLANC HI-PS BOITE DE 6 MARQUAGE 1 FACE 1 COULEUR NOIR - LOGO - BI"]


def test_a_header_block_of_tight_lines_reads_each_column_top_to_bottom():
    lines = [line(238.3, (221, "Unit"), (250, "Taxable"), (302, "CGST"), (546, "Total"), size=7.5, char=3.4),
             line(242.4, (16, "S."), (32, "Item"), (61, "Item Desc"), (160, "Qty"), (189, "MRP"), (561, "(INR)"),
                  size=7.5, char=3.4),
             line(246.9, (219, "Base"), (254, "Value"), size=7.5, char=3.4),
             line(252.1, (32, "Code"), (292, "Rate"), (309, "Amt"), size=7.5, char=3.4),
             line(256.7, (16, "No"), (219, "Cost"), (257, "(INR)"), size=7.5, char=3.4),
             line(275, (18, "1"), (32, "33899"), (59, "GO DESI MINTS"), (161, "90"), (187, "80.00"), (216, "49.524"),
                  (252, "4457.16"), (292, "2.50"), (315, "111.43"), (547, "4568.59"), size=7.5, char=3.4)]
    header = find_header(tuple(lines), 0)
    assert header is not None and header.last == 4
    assert {c.label: c.role for c in header.columns if c.role in (lx.QTY, lx.PRICE, lx.AMOUNT, lx.LIST_PRICE)} == {
        "Qty": lx.QTY, "MRP": lx.LIST_PRICE, "Unit Base Cost": lx.PRICE, "Taxable Value (INR)": lx.AMOUNT,
        "Total (INR)": lx.AMOUNT}
    assert [(p.price, p.qty) for p in products(lines)] == [(Decimal("49.524"), 90)]


def test_a_phrase_over_a_phrase_is_one_label_and_htva_keeps_a_price():
    uk = [line(183, (460, "Unit price"), (539, "Unit price"), (609, "VAT"), (671, "Line total"), size=7.6, char=3.6),
          line(193, (44, "Product code"), (129, "Description"), (407, "Qty"), (455, "(excl. VAT)"),
               (537, "(incl. VAT)"), (609, "rate"), (665, "(excl. VAT)"), (718, "Pack"), size=7.6, char=3.6)]
    header = find_header(tuple(uk), 0)
    assert header is not None and [(c.label, c.role) for c in header.columns][3:7] == [
        ("Unit price (excl. VAT)", lx.PRICE), ("Unit price (incl. VAT)", lx.NUMBER), ("VAT rate", lx.TAX),
        ("Line total (excl. VAT)", lx.AMOUNT)]
    belgian = find_header((line(255, (351, "Qté"), (403, "P.U."), (448, "Montant"), (497, "TVA"), size=9, char=3.8),
                           line(266, (49, "Réf."), (100, "Désignation"), (298, "Colis"), (334, "facturée"),
                                (393, "HTVA"), (456, "HTVA"), (507, "%"), size=9, char=3.8)), 0)
    assert belgian is not None and [c.role for c in belgian.columns] == [
        lx.CODE, lx.DESCRIPTION, lx.QTY, lx.SHIPPED, lx.PRICE, lx.AMOUNT, lx.TAX]


def test_three_label_lines_at_the_body_spacing_are_one_header_block():
    lines = [line(254, (38, "Code"), (404, "Prix"), (525, "T"), size=8, char=3.5),
             line(264, (38, "article"), (327, "Qté"), (401, "base"), (431, "Rem."), (482, "Montant"), (525, "V"),
                  size=8, char=3.5),
             line(274, (89, "Désignation"), (323, "fact."), (352, "UF"), (409, "UF"), (443, "%"), (502, "HT"),
                  (525, "A"), size=8, char=3.5),
             line(290, (38, "712825"), (89, "Flocons d'avoine bio 500 g"), (335, "3"), (352, "CT"), (399, "4,954"),
                  (493, "14,86"), (526, "1"), size=8, char=3.5)]
    header = find_header(tuple(lines), 0)
    assert header is not None and header.last == 2
    [flakes] = [p for t in read_tables((Page(1, tuple(lines)),), COMMA) for p in product_lines(t, COMMA)]
    assert (flakes.code, flakes.description, flakes.price, flakes.qty) == (
        "712825", "Flocons d'avoine bio 500 g", Decimal("4.954"), 3)


@pytest.mark.parametrize("charge", ["Frais de livraison", "Consigne caisse bois", "Statiegeld kratten",
                                    "Servicegebühr Lieferung (Kühlfahrzeug)", "Packing & crating fee"])
def test_delivery_fees_and_deposits_are_no_products(charge):
    lines = [line(100, (40, "Description"), (300, "Qty"), (380, "Price"), (460, "Amount")),
             line(114, (40, "Linen Tea Towel"), (300, "12"), (380, "4.50"), (460, "54.00")),
             line(128, (40, charge), (300, "1"), (380, "22.00"), (460, "22.00"))]
    assert [p.description for p in products(lines)] == ["Linen Tea Towel"]


def test_labels_printed_with_hyphens_for_spaces():
    header = find_header((line(237, (19, "Ln#"), (47, "Your-item-#"), (162, "Description"), (371, "Qty/Unit"),
                               (458, "Prc/Lb"), (523, "Ext-price"), size=10),), 0)
    assert header is not None and [c.role for c in header.columns] == [
        lx.OTHER, lx.CODE, lx.DESCRIPTION, lx.QTY, lx.PRICE, lx.AMOUNT]


def test_a_lone_label_over_a_two_line_header_reading_better_on_its_own_is_no_header_line():
    lines = [line(221, (46, "Description"), size=8, char=3.6),
             line(231, (32, "Product"), (213, "Qty"), (253, "Qty"), (299, "Qty"), (343, "Qty"), (431, "List"),
                  (488, "Your"), (544, "Your Extd"), size=8, char=3.6),
             line(240, (32, "Code"), (98, "UPC"), (172, "RT"), (212, "Ord"), (248, "Alloc"), (284, "Shipped"),
                  (332, "BkOrd"), (364, "U/M"), (426, "Price"), (488, "Price"), (562, "Price"), size=8, char=3.6)]
    assert find_header(tuple(lines), 0) is None
    header = find_header(tuple(lines), 1)
    assert header is not None and [c.label for c in header.columns if c.role in (lx.CODE, lx.PRICE)] == [
        "Product Code", "Your Price"]


def test_a_code_label_over_a_upc_label_is_the_codes_column_with_the_upc_printed_under_the_code():
    lines = [line(186, (43, "Product Code"), (310, "Qty"), (476, "List"), (514, "Your"), (551, "Your Extd"), size=7),
             line(195, (43, "UPC"), (143, "Description"), (309, "Ord"), (471, "Price"), (513, "Price"), (567, "Price"),
                  size=7),
             line(209, (43, "DM4628C"), (143, "Marble Spreader"), (314, "15"), (474, "8.00"), (516, "6.40"),
                  (555, "96.00"), size=7),
             line(219, (43, "192541569280"), size=6.5)]
    found = [p for t in read_tables((Page(1, tuple(lines)),), POINT) for p in product_lines(t, POINT)]
    assert [(p.code, p.upc, p.description, p.price) for p in found] == [
        ("DM4628C", "192541569280", "Marble Spreader", Decimal("6.40"))]


def test_group_titles_over_the_header_are_no_columns_and_complete_a_label_saying_nothing_alone():
    lines = [line(176, (438, "Quantity"), (564, "Price"), size=7.6),
             line(190, (667, "Extended"), size=7.6),
             line(199, (39, "Item"), (102, "UPC"), (172, "Description"), (411, "Shipped"), (459, "Back"), (488, "UM"),
                  (540, "List"), (563, "Truck"), (620, "Your"), (672, "Amount"), size=7.6),
             line(212, (39, "XS3847"), (102, "191005544512"), (171, "Stoneware Mug, Boxed"), (433, "24"), (473, "0"),
                  (489, "EA"), (535, "18.75"), (569, "T1"), (619, "15.00"), (678, "360.00"), size=7.6),
             line(225, (40, "DC3371A"), (102, "191008366039"), (171, "Glass Vase"), (437, "4"), (473, "0"),
                  (489, "PK"), (539, "9.99"), (569, "T1"), (618, "7.992"), (682, "31.97"), size=7.6)]
    assert find_header(tuple(lines), 0) is None  # the titles' line starts no header
    found = [p for t in read_tables((Page(1, tuple(lines)),), POINT) for p in product_lines(t, POINT)]
    assert [(p.code, p.qty, p.price) for p in found] == [
        ("XS3847", 24, Decimal("15.00")), ("DC3371A", 4, Decimal("7.992"))]


def test_a_band_of_group_titles_drawn_between_dashes_with_a_currency_is_no_label_of_the_stack_under_it():
    lines = [line(150, (334, "------ Quantity ------"), (481, "---- Pricing (USD) ----"), size=7),
             line(160, (320, "Qty"), (350, "Qty"), (380, "Qty"), (410, "Qty"), (470, "List"), (505, "Your"),
                  (540, "Your Extd"), size=7),
             line(169, (40, "Product Code"), (110, "UPC"), (180, "Description"), (320, "Ord"), (350, "Alloc"),
                  (380, "Shipped"), (410, "BkOrd"), (440, "U/M"), (470, "Price"), (505, "Price"), (540, "Price"),
                  size=7),
             line(180, (40, "XS9949A"), (110, "191003760937"), (180, "Cast Aluminum Garland"), (322, "2"),
                  (352, "2"), (382, "0"), (412, "0"), (440, "ST"), (470, "18.75"), (505, "15.00"), (545, "30.00"),
                  size=7),
             line(190, (40, "DA3192"), (110, "191001207038"), (180, "Linen Blend Pumpkin"), (322, "24"), (352, "12"),
                  (382, "0"), (412, "12"), (440, "EA"), (470, "20.00"), (505, "16.00"), (545, "384.00"), size=7)]
    assert find_header(tuple(lines), 0) is None  # the band starts no header
    found = [p for t in read_tables((Page(1, tuple(lines)),), POINT) for p in product_lines(t, POINT)]
    assert [(p.code, p.qty, p.price) for p in found] == [
        ("XS9949A", 2, Decimal("15.00")), ("DA3192", 24, Decimal("16.00"))]


def test_price_after_over_disc_and_tax_over_code_stack_and_a_line_numbers_hash_stays_a_column():
    lines = [line(178, (434, "Price after"), (482, "Tax"), size=7.5, char=3.3),
             line(187, (43, "#"), (54, "Item No."), (113, "Item Description"), (280, "Quantity"), (319, "UoM"),
                  (351, "Unit Price"), (394, "Disc. %"), (453, "Disc."), (480, "Code"), (517, "Total"),
                  size=7.5, char=3.3),
             line(203, (44, "1"), (54, "CS97868"), (113, "Colour Protect Conditioner 1L"), (295, "3.00"),
                  (319, "Each"), (367, "51.96"), (402, "15.00"), (448, "44.166"), (481, "GST"), (536, "132.50"),
                  size=7.5, char=3.3)]
    header = find_header(tuple(lines), 0)
    assert header is not None and [c.role for c in header.columns] == [
        lx.OTHER, lx.CODE, lx.DESCRIPTION, lx.QTY, lx.UOM, lx.PRICE, lx.DISCOUNT, lx.PRICE, lx.TAX, lx.AMOUNT]
    found = [p for t in read_tables((Page(1, tuple(lines)),), POINT) for p in product_lines(t, POINT)]
    assert [(p.code, p.price) for p in found] == [("CS97868", Decimal("44.166"))]
    top = line(239, (67, "#"), (79, "Item No."), (144, "Item Description"), (420, "Qty"), (468, "Qty"),
               (544, "Unit Price"), (650, "Price after"), (708, "VAT"), (776, "Total"), size=8.2, char=3.6)
    under = line(249, (402, "Ordered"), (449, "Shipped"), (655, "Discount"), (705, "Code"), size=8.2, char=3.6)
    hashed = find_header((top, under), 0)
    assert hashed is not None and [c.role for c in hashed.columns][:2] == [lx.OTHER, lx.CODE]


def test_a_code_label_after_the_name_of_whose_code_it_is_heads_one_code_column():
    header = line(163, (20, "Index"), (62, "Voltaic Part Number"), (153, "Manufacturer Part Number"),
                  (272, "Description"), (478, "Qty"), (647, "Unit Price"), (696, "Extended Price"))
    found = find_header((header,), 0)
    assert found is not None
    assert [(c.label, c.role) for c in found.columns][:4] == [
        ("Index", lx.OTHER), ("Voltaic Part Number", lx.CODE), ("Manufacturer Part Number", lx.CODE),
        ("Description", lx.DESCRIPTION)]
    position = find_header((line(100, (40, "Pos. Item no."), (120, "Description"), (300, "Qty"), (360, "Unit price"),
                                 (430, "Amount")),), 0)
    assert position is not None and [c.label for c in position.columns][:2] == ["Pos.", "Item no."]


def test_rows_numbered_under_no_label_left_of_the_table_keep_their_number_out_of_the_text():
    def products_of(numbers: list[str]) -> list[tuple[str, Decimal, int]]:
        lines = [line(200, (77, "DESCRIPTION"), (456, "QTY"), (485, "RATE"), (512, "LINE TOTAL"))]
        for at, (number, text) in enumerate(zip(numbers, ["Salt cellar with lid", "Stoneware mug, 12 oz",
                                                           "Tall tumbler"], strict=True)):
            lines.append(line(219 + 18 * at, (52, number), (77, text), (466, "6"), (478, "$22.00"), (524, "$132.00")))
        tables = read_tables((Page(1, tuple(lines)),), POINT)
        return [(p.description, p.price, p.qty) for t in tables for p in product_lines(t, POINT)]

    assert [d for d, _, _ in products_of(["1", "2", "3"])] == ["Salt cellar with lid", "Stoneware mug, 12 oz",
                                                               "Tall tumbler"]
    assert [d for d, _, _ in products_of(["79", "773", "109"])][0] == "79 Salt cellar with lid"  # article numbers
    assert [d for d, _, _ in products_of(["11", "12", "13"])][0] == "Salt cellar with lid"  # a later table's rows


def test_a_pack_size_under_its_label_is_no_part_of_the_description_nor_a_variant():
    lines = [line(245, (38, "Line"), (68, "Catalog No."), (134, "Description"), (391, "Pack Size"), (446, "Qty"),
                  (473, "Unit Price"), (528, "Extended")),
             line(263, (48, "1"), (68, "LB-93926A"), (134, "Nitrile examination gloves, medium"), (392, "100/box"),
                  (454, "2"), (500, "$9.85"), (550, "$19.70"))]
    tables = read_tables((Page(1, tuple(lines)),), POINT)
    assert [(p.code, p.description) for t in tables for p in product_lines(t, POINT)] == [
        ("LB-93926A", "Nitrile examination gloves, medium")]
    assert not lx.is_variant("Pack Size") and lx.is_variant("Size")


def test_a_spreadsheets_row_numbers_before_the_header_and_on_empty_rows():
    lines = [line(178, (25, "9"), (50, "Line"), (72, "ISBN-13"), (148, "Title"), (555, "Format"), (611, "Qty"),
                  (651, "List Price"), (731, "Ext. List")),
             line(194, (24, "10"), (61, "1"), (72, "9780002923699"), (148, "Pete the Cat"), (555, "BD"), (619, "2"),
                  (670, "7.99"), (741, "15.98")),
             line(210, (24, "11"), (61, "2"), (72, "9781441687241"), (148, "Sapiens"), (555, "HC"), (619, "5"),
                  (670, "9.99"), (741, "49.95")),
             line(226, (24, "12")), line(242, (24, "13"), (148, "Subtotal (list)"), (611, "7"), (731, "65.93"))]
    assert [(p.code, p.description, p.price, p.qty) for p in products(lines)] == [
        ("9780002923699", "Pete the Cat", Decimal("7.99"), 2), ("9781441687241", "Sapiens", Decimal("9.99"), 5)]


def test_a_name_on_the_rows_line_with_its_code_under_it_in_one_product_sku_column():
    lines = [line(159, (38, "Product / SKU"), (287, "UPC"), (385, "Qty"), (414, "UOM"), (452, "Unit Price"),
                  (516, "Extended")),
             line(177, (38, "Fairy Light String 10ft, Warm White"), (287, "841372873911"), (394, "6"), (425, "EA"),
                  (488, "$3.50"), (547, "$21.00")), line(187, (38, "LD7505S")),
             line(207, (38, "Mini Bottle Brush Trees, Set of 3"), (287, "841377842318"), (394, "2"), (425, "ST"),
                  (483, "$12.00"), (547, "$24.00")), line(217, (38, "RT7895"))]
    assert [(p.code, p.upc, p.description, p.qty) for p in products(lines)] == [
        ("LD7505S", "841372873911", "Fairy Light String 10ft, Warm White", 6),
        ("RT7895", "841377842318", "Mini Bottle Brush Trees, Set of 3", 2)]


def test_the_price_under_a_label_naming_none_when_only_it_gives_the_amount():
    """A consignment statement: "RETAIL" and the consignor's price, its label read as no price's; the
    quantity times the consignor's price is the extended amount on every row, the retail price on none."""
    lines = [line(248, (36, "ITEM"), (101, "DESCRIPTION"), (305, "QTY"), (341, "RETAIL"), (396, "CONSIGNOR"),
                  (461, "EXTENDED")),
             line(281, (36, "CB-WAL-L"), (101, "Walnut cutting board"), (318, "2"), (348, "85.00"), (414, "51.00"),
                  (468, "102.00")),
             line(303, (36, "CB-CHY-S"), (102, "Cherry cheese board"), (318, "4"), (348, "42.00"), (414, "25.20"),
                  (468, "100.80"))]
    assert [(p.code, p.price, p.qty, p.list_price) for p in products(lines)] == [
        ("CB-WAL-L", Decimal("51.00"), 2, Decimal("85.00")), ("CB-CHY-S", Decimal("25.20"), 4, Decimal("42.00"))]


def test_the_count_under_a_label_naming_none_when_only_it_gives_the_amount():
    """A consignment report: "Sold", "Returned" and "Net" (read as an amount's label); the net count times
    the price is the amount due on every row, the units sold only where nothing came back."""
    lines = [line(188, (39, "SKU"), (117, "Item"), (419, "Sold"), (455, "Returned"), (516, "Net"), (619, "Price"),
                  (707, "Amount Due")),
             line(206, (39, "OFP-J-101"), (117, "Handbound Journal"), (430, "7"), (485, "1"), (525, "6"),
                  (642, "22.80"), (728, "136.80")),
             line(224, (39, "OFP-J-104"), (117, "Kraft Pocket Journal"), (427, "11"), (484, "0"), (521, "11"),
                  (647, "9.60"), (728, "105.60")),
             line(242, (39, "OFP-P-214"), (117, "Linocut Print Owl"), (431, "6"), (484, "2"), (525, "4"),
                  (642, "16.80"), (732, "67.20"))]
    assert [(p.code, p.qty, p.amount) for p in products(lines)] == [
        ("OFP-J-101", 6, Decimal("136.80")), ("OFP-J-104", 11, Decimal("105.60")), ("OFP-P-214", 4, Decimal("67.20"))]
    # review of the twenty-first session: cartons that fit the half-price rows only are no count of the others
    cartons = [line(100, (39, "Code"), (117, "Description"), (300, "Ctn"), (350, "Qty"), (420, "Price"),
                    (500, "Amount")),
               line(112, (39, "KD-101"), (117, "Kite half-price promo"), (300, "2"), (350, "4"), (420, "5.00"),
                    (500, "10.00")),
               line(124, (39, "KD-102"), (117, "Yo-yo half-price promo"), (300, "1"), (350, "2"), (420, "8.00"),
                    (500, "8.00")),
               line(136, (39, "KD-103"), (117, "Spinning top"), (300, "1"), (350, "10"), (420, "3.00"), (500, "30.00"))]
    assert [p.qty for p in products(cartons)] == [4, 2, 10]


def test_a_retail_price_less_the_rows_trade_discount_gives_the_net_price_billed():
    """A UK book wholesaler prints no net price: "RRP", "Trade disc." and the line's value, which is the
    quantity times the retail price less the discount (rounded to the penny first, or not)."""
    lines = [line(123, (53, "Supplied"), (153, "EAN"), (241, "Description"), (634, "RRP"), (663, "Trade disc."),
                  (745, "Line value (£)")),
             line(140, (86, "2"), (152, "9781527903203"), (240, "Goodnight, Quiet Harbor"), (633, "9.99"), (693, "35%"),
                  (780, "12.98")),
             line(155, (86, "6"), (152, "9781520401294"), (241, "Small Islands: Essays"), (633, "6.99"), (693, "50%"),
                  (780, "21.00"))]
    assert [(p.qty, p.price, p.list_price) for p in products(lines)] == [
        (2, Decimal("6.49"), Decimal("9.99")), (6, Decimal("3.5"), Decimal("6.99"))]


def test_a_line_number_and_a_quantity_in_a_scaled_font_are_two_numbers():
    """Crystal Reports sets "200 Tf" under a small scale: the line's size says 50 points or more, its letters
    are 5 points wide; "010" and "200" 41 points apart are a line's number and its quantity, not "10 200"."""
    head = line(546, (33, "Item"), (77, "Quantity"), (143, "Unit Price"), (212, "Description"), (503, "Extended Price"),
                size=50)
    rows = [line(576, (33, "010"), (91, "200"), (155, "30.00"), (210, "Repl HD housing"), (531, "6,000.00"), size=50),
            line(592, (33, "020"), (93, "50"), (155, "25.95"), (210, "Bearing assm"), (532, "1,297.50"), size=50)]
    assert [(p.qty, p.price) for p in products([head, *rows])] == [(200, Decimal("30.00")), (50, Decimal("25.95"))]


def test_a_note_between_rows_left_of_the_descriptions_is_no_part_of_the_row_above():
    head = line(240, (54, "#"), (72, "ISBN"), (160, "Title"), (445, "Qty"), (481, "Price"), (540, "Amount"))
    rows = [line(252 + 12 * i, (54, str(i + 1)), (72, isbn), (160, title), (448, "4"), (482, "16.99"), (543, "67.96"))
            for i, (isbn, title) in enumerate([("9780066840208", "Biscuit Loves the Library"),
                                               ("9780007522705", "Tuesdays with Morrie"),
                                               ("9780003130171", "Chicka Chicka Boom Boom")])]
    after = line(300, (52, "4"), (72, "9781445739878"), (160, "Pout-Pout Fish, The"), (445, "10"), (481, "27.99"),
                 (539, "279.90"))
    note = line(288, (71, "Backlist reorder — please ship complete"))
    assert [p.description for p in products([head, *rows, note, after])][2:] == [
        "Chicka Chicka Boom Boom", "Pout-Pout Fish, The"]
    wrapped = line(288, (71, "with Board Book Slipcase"))  # (in lower case: the title above goes on)
    assert products([head, *rows, wrapped, after])[2].description == "Chicka Chicka Boom Boom with Board Book Slipcase"


def test_an_item_and_its_price_alone_and_an_abbreviated_quantity_label():
    lines = [line(368, (61, "Item"), (525, "Price")),
             line(395, (60, "Aperture Science Handheld Portal Device"), (474, "10,000.00 USD")),
             line(421, (60, "Aperture Science Weighted Pivot Cube"), (480, "7,200.00 USD")),
             line(502, (440, "Total: 17,200.00 USD"))]
    assert [(p.description, p.price, p.qty) for p in products(lines)] == [
        ("Aperture Science Handheld Portal Device", Decimal("10000.00"), 1),
        ("Aperture Science Weighted Pivot Cube", Decimal("7200.00"), 1)]
    header = find_header((line(297, (30, "Description"), (328, "VAT"), (389, "Unit Price"), (450, "Qt"),
                               (493, "Total exc. VAT")),), 0)
    assert header is not None and [c.role for c in header.columns] == [
        lx.DESCRIPTION, lx.TAX, lx.PRICE, lx.QTY, lx.AMOUNT]


def test_a_decorated_note_left_of_the_descriptions_printed_under_their_rows():
    head = line(68, (30, "Product Code"), (91, "UPC"), (218, "Qty"), (349, "UM"), (442, "Your Price"),
                (497, "Extended"))
    body = [line(96, (30, "HX3894"), (91, "191009786054"), (218, "6"), (349, "EA"), (442, "10.00"), (497, "60.00")),
            line(111, (91, "14in Mango Wood Bowl, Multi Color")),
            line(123, (30, "XS2057"), (91, "191008724071"), (218, "6"), (349, "EA"), (442, "1.60"), (497, "9.60")),
            line(138, (91, "Velvet Lumbar Pillow, Black & Natural")),
            line(150, (30, "--- HOLIDAY 2025 PRE-BOOK (ships 8/1/2025) ---")),
            line(162, (30, "XS2058"), (91, "191008724088"), (218, "4"), (349, "EA"), (442, "2.00"), (497, "8.00")),
            line(177, (91, "Velvet Lumbar Pillow, Cream"))]
    assert [p.description for p in products([head, *body])] == [
        "14in Mango Wood Bowl, Multi Color", "Velvet Lumbar Pillow, Black & Natural", "Velvet Lumbar Pillow, Cream"]


def test_a_price_and_an_amount_taken_before_tax_over_two_lines_are_one_column_each():
    # "VK-Preis ohne" over "MwSt.": the numbers stand right-aligned under the qualifier's words
    lines = [line(230, (46, "Nr."), (94, "Beschreibung"), (324, "Menge"), (356, "Einheit"), (429, "VK-Preis ohne"),
                  (504, "Betrag ohne"), size=8),
             line(240, (461, "MwSt."), (528, "MwSt."), size=8),
             line(254, (46, "10008"), (94, "Holzkreisel Buche natur"), (345, "1"), (356, "Karton (6 Stk.)"),
                  (463, "47,10"), (529, "47,10")),
             line(268, (46, "10044"), (94, "Stapelturm Regenbogen"), (345, "6"), (356, "Set"), (468, "7,85"),
                  (529, "47,10"))]
    header = find_header(tuple(lines), 0)
    assert header is not None and [c.role for c in header.columns][-2:] == [lx.PRICE, lx.AMOUNT]
    found = [p for t in read_tables((Page(1, tuple(lines)),), COMMA) for p in product_lines(t, COMMA)]
    assert [(p.qty, p.price) for p in found] == [(1, Decimal("47.10")), (6, Decimal("7.85"))]


def test_unit_over_price_beside_one_line_labels_is_the_unit_price_and_dinars_after_their_amount():
    lines = [line(317, (33, "DESCRIPTION"), (402, "QUANTITY"), (464, "UNIT"), (494, "TAXES"), (533, "AMOUNT"),
                  size=16, char=5.0),
             line(332, (460, "PRICE"), size=16, char=5.0),
             line(360, (33, "Cheesecake Cookies"), (434, "1.00"), (462, "10.00"), (495, "19%"), (531, "10.000 DT"),
                  size=16, char=4.0)]
    header = find_header(tuple(lines), 0)
    assert header is not None and [c.role for c in header.columns] == [
        lx.DESCRIPTION, lx.QTY, lx.PRICE, lx.TAX, lx.AMOUNT]
    [cookies] = products(lines)
    assert (cookies.description, cookies.price, cookies.qty) == ("Cheesecake Cookies", Decimal("10.00"), 1)


def test_a_position_and_its_amount_only_bill_each_position_once():
    lines = [line(100, (40, "Position"), (400, "Betrag")),
             line(118, (40, "Prozess-Review (Pauschal)"), (400, "€ 4.800,–")),
             line(136, (40, "Gesamt (netto)"), (400, "€ 4.800,–"))]
    found = [p for t in read_tables((Page(1, tuple(lines)),), COMMA) for p in product_lines(t, COMMA)]
    assert [(p.description, p.price, p.qty) for p in found] == [("Prozess-Review (Pauschal)", Decimal("4800"), 1)]


def test_a_part_number_over_its_description_and_a_quantitys_word_over_which_count():
    from invoice_processing.layout.label_roles import role_of
    assert role_of("Part Number / Description") == lx.CODE and role_of("Mfr Part # Description") == lx.CODE
    assert role_of("# Description") == lx.DESCRIPTION and role_of("Item UPC") == lx.CODE
    assert role_of("Qty Back") == lx.BACKORDER and role_of("Shipped Qty") == lx.SHIPPED
    assert role_of("Qty Description") == ""


def test_a_stack_telling_apart_three_prices_beats_the_line_under_it_read_alone():
    lines = [line(147, (45, "Ln"), (59, "Product Code /"), (432, "Qty"), (466, "Qty"), (506, "Qty"), (542, "Qty"),
                  (594, "List"), (642, "Your"), (695, "Your Extd"), size=8.5, char=3.9),
             line(156, (45, "No"), (59, "Description"), (297, "UPC"), (373, "U/M"), (398, "RT"), (431, "Ord"),
                  (461, "Alloc"), (490, "Shipped"), (533, "BkOrd"), (589, "Price"), (641, "Price"), (711, "Price"),
                  size=8.5, char=3.9)]
    header = find_header(tuple(lines), 0)
    assert header is not None and header.last == 1
    assert [c.role for c in header.columns][5:] == [lx.ORDERED, lx.NUMBER, lx.SHIPPED, lx.BACKORDER, lx.LIST_PRICE,
                                                    lx.PRICE, lx.AMOUNT]


def test_a_header_of_three_lines_at_one_pitch_is_one_block_whatever_its_last_line_reads_alone():
    lines = [line(170.2, (32, "Product"), (235, "Qty"), (429, "Your"), size=7, char=3.4),
             line(178.6, (32, "Code"), (174, "Qty"), (204, "Qty"), (266, "Qty"), (338, "List"), (379, "Your"),
                  (430, "Extd"), size=7, char=3.4),
             line(186.8, (88, "UPC"), (150, "RT"), (173, "Ord"), (201, "Alloc"), (233, "Shipped"), (261, "BkOrd"),
                  (290, "U/M"), (335, "Price"), (379, "Price"), (429, "Price"), size=7, char=3.4)]
    header = find_header(tuple(lines), 0)
    assert header is not None and header.last == 2
    assert [c.role for c in header.columns][3:] == [lx.ORDERED, lx.NUMBER, lx.SHIPPED, lx.BACKORDER, lx.UOM,
                                                    lx.LIST_PRICE, lx.PRICE, lx.AMOUNT]


def test_a_codes_label_with_number_spelled_out_names_the_code():
    from invoice_processing.layout.label_roles import role_of
    assert role_of("Style Number") == lx.CODE and role_of("SKU Number") == lx.CODE
    assert role_of("Line Number") != lx.CODE and role_of("Invoice Number") == "" and role_of("Order Number") == ""


def test_a_services_time_worked_column_leaves_the_first_column_the_description():
    lines = [line(334, (42, "Invoice Components"), (223, "Time Worked"), (351, "Hours/Units"), (430, "Rate"),
                  (477, "Total Amount")),
             line(356, (46, "01_011_0107_1_1"), (229, "2022-03-21-16:00:00"), (402, "5.0"), (443, "40.0"),
                  (523, "200.0")),
             line(368, (46, "Assistance With Self-Care")),
             line(381, (46, "01_011_0107_1_1"), (229, "2022-03-22-16:00:00"), (402, "5.0"), (443, "40.0"),
                  (523, "200.0"))]
    assert [(p.qty, p.price) for p in products(lines)] == [(5, Decimal("40.0")), (5, Decimal("40.0"))]


def test_a_label_split_over_and_under_the_headers_line_is_one_label():
    # "Total" over the header's line and "Units" under it, both at the column's place (an apparel order's later pages)
    from test_scripts.unit.layout.lines import printed

    lines = [printed(55.99, 7.0, (617.0, 636.4, "Total")),
             printed(60.03, 7.0, (33.5, 52.8, "Style"), (111.6, 184.2, "Description / Color"), (430.9, 440.7, "XS"),
                     (462.0, 466.0, "S"), (489.2, 494.8, "M"), (518.4, 522.0, "L"), (543.2, 552.7, "XL"),
                     (569.2, 583.2, "2XL"), (689.3, 706.7, "WSP"), (766.2, 796.8, "Amount")),
             printed(63.69, 7.0, (617.1, 636.7, "Units")),
             printed(93.4, 7.8, (34, 71, "NB22-317"), (112, 287, "Flannel Shirt Jacket - Slate"), (435, 437, "-"),
                     (462, 466, "2"), (491, 493, "-"), (518, 522, "6"), (546, 550, "4"), (574, 578, "2"),
                     (628, 637, "14"), (680, 706, "$51.50"), (765, 796, "$721.00"))]
    header = find_header(tuple(lines), 0)
    assert header is not None and header.last == 2
    assert [(c.role, c.label) for c in header.columns if c.x0 > 600][:1] == [(lx.QTY, "Total Units")]
    assert [(p.qty, p.price) for p in products(lines)] == [(14, Decimal("51.50"))]


def test_a_price_column_holding_each_lines_price_gives_the_unit_price_by_the_quantity():
    """A shop's plug-in prints "Quantity | Weight | Price | VAT | Line Total" with the line's price under
    "Price": the same as the line total on every row, so two units at £24.00 cost £12.00 each."""
    head = line(326, (61, "Product"), (253, "Quantity"), (311, "Weight"), (369, "Price"), (426, "VAT"),
                (485, "Line Total"))
    rows = [line(348, (61, "Large Grain Bag"), (253, "2"), (311, "0.4kg"), (369, "£24.00"), (427, "£4.00"),
                 (484, "£24.00")),
            line(396, (61, "Cask Conditioning Yeast"), (254, "1"), (311, "0.0kg"), (369, "£4.45"), (427, "£0.74"),
                 (484, "£4.45")),
            line(444, (61, "Dried Yeast 11g"), (254, "3"), (311, "0.0kg"), (369, "£13.47"), (427, "£2.25"),
                 (484, "£13.47"))]
    assert [(p.qty, p.price, p.mismatch) for p in products([head, *rows])] == [
        (2, Decimal("12.00"), False), (1, Decimal("4.45"), False), (3, Decimal("4.49"), False)]
    # a unit price column with one line's total misprinted keeps its unit prices (and the flag)
    unit = [line(348, (61, "Large Grain Bag"), (253, "2"), (369, "£24.00"), (484, "£24.00")),
            line(396, (61, "Cask Conditioning Yeast"), (254, "2"), (369, "£4.45"), (484, "£8.90"))]
    assert [(p.price, p.mismatch) for p in products([head, *unit])] == [
        (Decimal("24.00"), True), (Decimal("4.45"), False)]


def test_a_code_cut_by_its_narrow_column_goes_on_in_the_line_under_it():
    head = line(200, (28, "Item"), (62, "UPC"), (126, "Description"), (318, "Shipped"), (420, "Price"), (556, "Amount"))
    rows = [line(219, (28, "DB54"), (62, "633861389573"), (126, "Faux Eucalyptus Bundle"), (342, "8"), (420, "9.60"),
                 (565, "76.80")),
            line(228, (28, "09")),
            line(242, (28, "EC76"), (62, "681968400332"), (126, "Terracotta Planter w/ Saucer"), (342, "8"),
                 (420, "12.00"), (565, "96.00")),
            line(251, (28, "61A"))]
    assert [(p.code, p.description) for p in products([head, *rows])] == [
        ("DB5409", "Faux Eucalyptus Bundle"), ("EC7661A", "Terracotta Planter w/ Saucer")]


def test_an_export_invoices_three_line_header_of_packing_weights_and_measures():
    """A Chinese proforma invoice centres one-line labels between the two lines of stacked ones ("Qty" over
    "(PCS)", "G.W" over "KG"); its pieces, not its cartons, times the unit price give the amount, and its
    "Total Goods Fee：" line with the counts is the total, no product."""
    lines = [line(127.8, (312, "Qty"), (333, "Packing"), (362, "Qty"), (381, "Unit Price"), (415, "AMOUNT"),
                  (472, "MEAS"), (517, "G.W"), (537, "N.W."), (555, "T.MEAS"), (580, "T.G.W"), size=4.2),
             line(132.0, (55, "NO."), (78, "Photo"), (135, "Item No."), (186, "Description"), (284, "Weight"),
                  (610, "Barcode"), size=4.2),
             line(135.8, (308, "(CTNS)"), (330, "(PCS/CTN)"), (360, "(PCS)"), (385, "(USD)"), (418, "(CNY)"),
                  (497, "CBM"), (518, "KG"), (538, "KG"), (558, "CBM"), (582, "KGS"), size=4.2),
             line(150.2, (57, "17"), (104, "TCE101117"), (186, "Gift Sets"), (282, "85ml*3*4"), (314, "1"),
                  (337, "144"), (362, "144"), (385, "$0.50"), (417, "$72.00"), (493, "0.04032"), (517, "17.8"),
                  (537, "16.4"), (554, "0.04032"), (582, "17.8"), size=4.7),
             line(171.4, (57, "18"), (104, "D7M035"), (186, "Wild At Kiss Eau De Parfum"), (282, "90ML"), (314, "2"),
                  (338, "48"), (363, "96"), (385, "$1.40"), (417, "$134.40"), (495, "0.0498"), (517, "19.8"),
                  (537, "18.3"), (556, "0.0996"), (582, "39.6"), size=4.7),
             line(192.6, (212, "Total Goods Fee："), (313, "3"), (361, "240"), (414, "$206.40"), (555, "0.14"),
                  (581, "57.4"), size=4.7)]
    assert [(p.qty, p.price) for p in products(lines)] == [(144, Decimal("0.50")), (96, Decimal("1.40"))]


def test_a_quantity_with_its_free_goods_and_an_added_freight_line():
    head = line(322, (23, "S.No."), (44, "CODE"), (92, "Item Description"), (210, "Hsn"), (261, "Qty+Free"),
                (400, "RATE"), (541, "AMOUNT"))
    rows = [line(341, (29, "1."), (41, "FP00127"), (73, "AASOPRO-DHA POWDER"), (201, "210690"), (267, "491"),
                 (400, "32.50"), (539, "15957.50")),
            line(373, (29, "2."), (41, "###101010"), (73, "Add"), (88, "FREIGHT ON SALE 18%"), (201, "210690"),
                 (397, "150.00"), (547, "150.00"))]
    assert [(p.qty, p.price) for p in products([head, *rows])] == [(491, Decimal("32.50"))]


def test_a_blanket_orders_release_bills_this_release_not_what_was_agreed_or_released_before():
    head = line(157, (37, "Rel. line"), (81, "Part no."), (151, "Description"), (367, "Agreed qty"),
                (433, "Prev. released"), (513, "This release"), (606, "UoM"), (651, "Price £"),
                (689, "Release value £"))
    rows = [line(175, (37, "010"), (81, "HTE-M01"), (151, "Enamel mug 10oz, white/navy rim"), (401, "144"),
                 (486, "48"), (555, "24"), (611, "EA"), (663, "4.10"), (735, "98.40")),
            line(190, (37, "020"), (81, "HTE-P10"), (151, "Enamel plate 10in, speckle blue"), (406, "96"),
                 (486, "24"), (555, "12"), (611, "EA"), (664, "5.35"), (735, "64.20"))]
    assert [(p.code, p.qty, p.price) for p in products([head, *rows])] == [
        ("HTE-M01", 24, Decimal("4.10")), ("HTE-P10", 12, Decimal("5.35"))]
