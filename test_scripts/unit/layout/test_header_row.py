"""Column headers are found from the labels' words and their places on the line."""

from __future__ import annotations

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.header_row import find_header
from invoice_processing.models import TextLine
from test_scripts.unit.layout.lines import line as words_line
from test_scripts.unit.layout.lines import printed


def line(y: float, *labels: tuple[float, str]) -> TextLine:
    """A line of 9-point words; each label's words sit 3 points apart, starting at its x."""
    return words_line(y, *labels, char=5.0, gap=3.0)


def test_a_header_naming_no_product_but_only_known_columns_is_a_header():
    header = line(100, (30, "Line"), (50, "Type"), (90, "Scheduled"), (250, "Air Time"),
                  (300, "Length"), (430, "Copy/ISCI"), (490, "Amount"), (550, "Remarks"))
    found = find_header((header,), 0)
    assert found is not None
    assert [c.role for c in found.columns].count(lx.AMOUNT) == 1
    assert lx.DESCRIPTION not in found.roles()


def test_unknown_words_among_the_labels_keep_a_line_from_being_a_header():
    prose = line(100, (30, "Line"), (50, "Type"), (90, "Marketing"), (200, "Campaign"),
                 (300, "Length"), (490, "Amount"))
    assert find_header((prose,), 0) is None


def test_a_row_of_values_is_not_a_header():
    body = line(100, (30, "2.0"), (50, "SPOT"), (90, "Day"), (250, "Time"), (300, "00:15"),
                (430, "Date"), (490, "$10.00"))
    assert find_header((body,), 0) is None


def test_a_label_on_a_third_header_line_names_its_own_column():
    lines = (line(226, (147, "Qty"), (479, "List"), (527, "Extended")),
             line(235, (51, "ISBN"), (139, "Ordered"), (476, "Price"), (529, "Amount")),
             line(244, (110, "Title")))
    found = find_header(lines, 0)
    assert found is not None and found.last == 2
    assert [c.label for c in found.columns if c.role == lx.DESCRIPTION] == ["Title"]


def test_a_header_with_a_column_per_day_is_a_header():
    header = line(190, (48, "#"), (60, "Day/Time"), (140, "Program"), (284, "Rate"), (341, "Len"), (361, "2/18"),
                  (386, "2/19"), (410, "2/20"), (679, "Spots"), (745, "$"))
    found = find_header((header,), 0)
    assert found is not None
    assert {lx.DESCRIPTION, lx.PRICE, lx.QTY, lx.AMOUNT} <= found.roles()


def test_dotted_abbreviations_read_as_their_labels():
    header = line(288, (51, "N.º"), (99, "Artículo"), (182, "EAN"), (286, "Cant."), (346, "Ud."), (557, "P. unit."),
                  (632, "P.V.P."), (704, "Importe"))
    found = find_header((header,), 0)
    assert found is not None
    assert [c.role for c in found.columns] == [lx.CODE, lx.DESCRIPTION, lx.UPC, lx.QTY, lx.UOM, lx.PRICE,
                                               lx.LIST_PRICE, lx.AMOUNT]


def test_a_books_isbn13_and_contributor_columns_and_a_slash_label_beside_the_description():
    books = line(100, (40, "ISBN13"), (123, "Title"), (423, "Contributor"), (490, "Format"), (547, "Qty"),
                 (582, "List Price"), (640, "Ext List"))
    found = find_header((books,), 0)
    assert found is not None and [c.role for c in found.columns][:3] == [lx.CODE, lx.DESCRIPTION, lx.OTHER]
    # "QTY / UOM" set close to "Description": two labels, not a quantity named "QTY / UOM Description"
    shared = words_line(100, (153, "SKU"), (199, "UPC"), (255, "QTY / UOM"), (295, "Description"), (458, "Unit Price"),
                        (524, "Extended"), char=4.3, gap=2.0)
    found = find_header((shared,), 0)
    assert found is not None and [c.role for c in found.columns] == [
        lx.CODE, lx.UPC, lx.QTY, lx.DESCRIPTION, lx.PRICE, lx.AMOUNT]


def test_labels_printed_without_a_space_between_them_and_swedish_quantity_labels():
    glued = words_line(100, (50, "Description"), (330, "QuantitéPrix unitaire"), (452, "Taxes"), (506, "Montant"),
                       char=4.5, gap=2.0)
    found = find_header((glued,), 0)
    assert found is not None and [c.role for c in found.columns] == [
        lx.DESCRIPTION, lx.QTY, lx.PRICE, lx.TAX, lx.AMOUNT]
    acronym = words_line(100, (46, "SKU"), (183, "QTY"), (208, "UOMDescription"), (408, "Price"), (452, "Amount"),
                         char=4.5, gap=2.0)
    found = find_header((acronym,), 0)
    assert found is not None and [c.role for c in found.columns] == [
        lx.CODE, lx.QTY, lx.UOM, lx.DESCRIPTION, lx.PRICE, lx.AMOUNT]
    swedish = line(100, (55, "Artikelnr"), (108, "Benämning"), (305, "Best."), (342, "Lev."), (374, "Rest"),
                   (399, "Enh"), (458, "À-pris"), (519, "Summa"))
    found = find_header((swedish,), 0)
    assert found is not None and [c.role for c in found.columns] == [
        lx.CODE, lx.DESCRIPTION, lx.ORDERED, lx.SHIPPED, lx.BACKORDER, lx.UOM, lx.PRICE, lx.AMOUNT]


def test_a_custom_sku_column_after_the_name_is_the_code():
    header = line(100, (55, "Item"), (352, "Custom SKU"), (466, "Qty"), (535, "Total"))
    found = find_header((header,), 0)
    assert found is not None and [c.role for c in found.columns] == [lx.DESCRIPTION, lx.CODE, lx.QTY, lx.AMOUNT]


def test_a_best_before_column_is_no_ordered_quantity():
    header = line(100, (40, "Item"), (120, "Description"), (300, "Best Before"), (380, "Qty"), (430, "Price"),
                  (500, "Amount"))
    found = find_header((header,), 0)
    assert found is not None and lx.ORDERED not in found.roles()
    assert [c.role for c in found.columns].count(lx.QTY) == 1


def test_a_lot_number_is_no_code_and_a_suppliers_code_or_catalogue_number_is():
    lot = find_header((line(100, (43, "Code"), (105, "Product"), (264, "Lot No."), (321, "Qty"), (414, "Unit Price"),
                            (523, "Amount")),), 0)
    assert lot is not None and [c.role for c in lot.columns][:3] == [lx.CODE, lx.DESCRIPTION, lx.OTHER]
    supplier = find_header((line(100, (37, "Line"), (63, "Supp Code"), (121, "Item"), (361, "Qty"), (401, "Price"),
                                 (458, "Total")),), 0)
    assert supplier is not None and lx.CODE in supplier.roles()
    catalogue = find_header((line(100, (87, "Qty"), (110, "Catalogue No."), (193, "Description"), (510, "Amount")),),
                            0)
    assert catalogue is not None and [c.role for c in catalogue.columns][:2] == [lx.QTY, lx.CODE]


def test_packs_are_a_quantity_and_units_per_pack_a_pack_size():
    header = line(100, (48, "Item"), (109, "Description"), (313, "Units/Pk"), (365, "Packs"), (410, "Units"),
                  (454, "Price/Pack"), (542, "Total"))
    found = find_header((header,), 0)
    assert found is not None and [c.role for c in found.columns][2:5] == [lx.NUMBER, lx.QTY, lx.QTY]


def test_a_spanish_purchase_orders_unit_and_unit_price_labels():
    found = find_header((line(194, (17, "Uni."), (192, "Descripción"), (452, "Cant."), (489, "P. Uni"),
                              (529, "P. Total")),), 0)
    assert found is not None
    assert [c.role for c in found.columns][:4] == [lx.UOM, lx.DESCRIPTION, lx.QTY, lx.PRICE]


def test_labels_glued_after_a_full_stop_are_split_only_before_a_whole_label():
    glued = find_header((line(233, (44, "Item"), (77, "Material No.Description"), (391, "Qty"), (438, "Unit Price"),
                              (519, "Total")),), 0)
    assert glued is not None and [c.label for c in glued.columns][1:3] == ["Material No.", "Description"]
    abbreviated = find_header((line(100, (40, "Best.Nr."), (160, "Bezeichnung"), (300, "Menge"), (360, "Preis")),), 0)
    assert abbreviated is not None and abbreviated.columns[0].role not in lx.QTY_ROLES


def test_german_compounds_with_a_hyphen_and_abbreviated_ordered_and_delivered_labels():
    swiss = find_header((line(291, (61, "Pos"), (88, "Art.-Nr."), (140, "Bezeichnung"), (256, "Menge"),
                              (335, "Listenpreis"), (388, "Rabatt %"), (441, "Netto-Preis"), (529, "Total")),), 0)
    assert swiss is not None
    assert [c.role for c in swiss.columns][-4:] == [lx.LIST_PRICE, lx.DISCOUNT, lx.PRICE, lx.AMOUNT]
    grocer = find_header((line(290, (46, "Pos"), (72, "Artikel"), (123, "Bezeichnung"), (353, "Best."),
                               (387, "Lief."), (415, "ME"), (455, "E-Preis"), (529, "G-Preis")),), 0)
    assert grocer is not None and [c.role for c in grocer.columns][3:5] == [lx.ORDERED, lx.SHIPPED]


def test_a_net_price_beside_the_list_price_in_spanish_and_french():
    spanish = find_header((line(262, (37, "Código"), (83, "Descripción"), (315, "Cant."), (362, "Precio"),
                                (405, "Dto."), (444, "P. neto"), (497, "Importe")),), 0)
    assert spanish is not None and [c.role for c in spanish.columns][3:6] == [lx.PRICE, lx.DISCOUNT, lx.PRICE]


def test_supplied_quantities_backorders_nett_amounts_and_our_reference():
    za = find_header((line(164, (32, "Code"), (94, "Description"), (305, "Ordered"), (349, "Supplied"),
                           (399, "B/Order"), (470, "Price"), (514, "Nett Amount")),), 0)
    assert za is not None and [c.role for c in za.columns] == [
        lx.CODE, lx.DESCRIPTION, lx.ORDERED, lx.SHIPPED, lx.BACKORDER, lx.PRICE, lx.AMOUNT]
    uk = find_header((line(188, (56, "Qty"), (77, "Our Ref"), (140, "Description"), (441, "VAT Rate"),
                           (515, "Net Total")),), 0)
    assert uk is not None and [c.role for c in uk.columns][:3] == [lx.QTY, lx.CODE, lx.DESCRIPTION]


def test_a_style_and_colour_code_and_a_part_number():
    found = find_header((line(222, (44, "Style/Color"), (124, "Description"), (502, "Ordered"), (549, "Shipped"),
                              (639, "Unit Price"), (714, "Amount")),), 0)
    assert found is not None and found.columns[0].role == lx.CODE
    parts = find_header((line(100, (40, "P/N"), (120, "Description"), (400, "Qty"), (460, "Price")),), 0)
    assert parts is not None and parts.columns[0].role == lx.CODE


def test_a_header_stacked_over_two_lines_with_a_customers_item_and_a_unit_set_close_to_the_quantity():
    printed = [words_line(191, (41, "Item"), (85, "Customer"), (316, "Quantity"), (375, "Unit"), (434, "Extended")),
               words_line(205, (40, "Number"), (85, "Item"), (139, "Description"), (311, "Shipped"), (350, "UM"),
                          (395, "Price"), (473, "Price"))]
    found = find_header(tuple(printed), 0)
    assert found is not None
    assert [(c.role, c.label) for c in found.columns] == [
        (lx.CODE, "Item Number"), (lx.CODE, "Customer Item"), (lx.DESCRIPTION, "Description"),
        (lx.SHIPPED, "Quantity Shipped"), (lx.UOM, "UM"), (lx.PRICE, "Unit Price"), (lx.AMOUNT, "Extended Price")]


def test_the_same_label_over_several_columns_reads_as_the_stack_that_tells_them_apart():
    from test_scripts.unit.layout.lines import printed

    upper = printed(127, 7.5, (43, 68, "Product"), (71, 87, "Code"), (124, 139, "UPC"), (173, 183, "RT"),
                    (200, 211, "Qty"), (234, 245, "Qty"), (273, 285, "Qty"), (315, 326, "Qty"), (348, 362, "U/M"),
                    (377, 389, "List"), (392, 408, "Price"), (422, 438, "Your"), (440, 457, "Price"),
                    (473, 489, "Your"), (491, 507, "Extd"))
    lower = printed(135, 7.5, (199, 212, "Ord"), (231, 248, "Alloc"), (266, 292, "Shipped"), (309, 332, "BkOrd"),
                    (482, 498, "Price"))
    header = find_header((upper, lower), 0)
    assert header is not None and [c.role for c in header.columns if c.numeric][:4] == [
        lx.ORDERED, lx.NUMBER, lx.SHIPPED, lx.BACKORDER]


def test_an_apparel_orders_size_run_between_the_labels_leaves_the_line_a_header():
    header = line(100, (40, "Style"), (100, "Name / Color"), (420, "XS"), (450, "S"), (480, "M"), (510, "L"),
                  (540, "XL"), (566, "2XL"), (603, "Units"), (658, "WSP"), (705, "MSRP"), (777, "Total"))
    found = find_header((header,), 0)
    assert found is not None
    roles = {c.label: c.role for c in found.columns}
    assert (roles["Units"], roles["WSP"], roles["Total"]) == (lx.QTY, lx.PRICE, lx.AMOUNT)
    assert {roles[size] for size in ("XS", "S", "M", "L", "XL", "2XL")} == {lx.OTHER}


def test_a_bookkeeping_apps_activity_column_is_the_description():
    header = line(100, (40, "DATE"), (110, "ACTIVITY"), (330, "TAX"), (380, "QTY"), (430, "RATE"), (500, "AMOUNT"))
    found = find_header((header,), 0)
    assert found is not None
    assert [c.role for c in found.columns] == [lx.OTHER, lx.DESCRIPTION, lx.TAX, lx.QTY, lx.PRICE, lx.AMOUNT]


def _spool(y: float, *words: tuple[float, float, str]) -> TextLine:
    return printed(y, 7.4, *words)


def test_a_spool_header_over_two_lines_at_the_page_pitch_with_a_group_title_reads_each_column():
    # an AS/400 listing: 7.4-point type set 13.4 points apart (over 1.8 font sizes), and
    # "------ QUANTITY ------" over four counts, each its own column
    lines = (
        _spool(213.5, (35, 52, "ITEM"), (83, 96, "UPC"), (146, 154, "RT"), (169, 193, "------"),
               (199, 234, "QUANTITY"), (240, 265, "------"), (284, 297, "U/M"), (324, 341, "LIST"),
               (355, 390, "CUSTOMER"), (418, 453, "CUSTOMER")),
        _spool(226.8, (34, 61, "NUMBER"), (84, 100, "CODE"), (159, 185, "ORDERD"), (190, 216, "ALLOCD"),
               (222, 243, "SHIPD"), (248, 274, "BK/ORD"), (320, 341, "PRICE"), (369, 390, "PRICE"),
               (413, 452, "EXTENSION")),
        *(_spool(244.3 + 13.4 * k, (34, 60, "XT2044"), (84, 136, "191009353829"), (182, 185, "2"),
                 (213, 216, "2"), (239, 243, "0"), (271, 274, "0"), (284, 292, "ST"), (319, 341, "4.590"),
                 (369, 390, "3.672"), (435, 452, "7.34")) for k in range(6)),
    )
    found = find_header(lines, 0)
    assert found is not None and found.last == 1
    assert [c.role for c in found.columns] == [
        lx.CODE, lx.UPC, lx.OTHER, lx.ORDERED, lx.NUMBER, lx.SHIPPED, lx.BACKORDER, lx.UOM, lx.LIST_PRICE,
        lx.PRICE, lx.AMOUNT]


def test_a_dot_matrix_purchase_orders_two_line_titles_each_name_their_column():
    def report(y: float, *words: tuple[float, float, str]) -> TextLine:
        return printed(y, 8.6, *words)
    lines = (
        report(202.4, (40, 60, "LINE"), (72, 106, "ISBN-13"), (149, 173, "TITLE"), (180, 183, "/"),
               (190, 246, "DESCRIPTION"), (386, 411, "ORDER"), (432, 463, "RETAIL"), (484, 525, "EXTENDED"),
               (572, 587, "NET")),
        report(213.2, (45, 59, "NO."), (71, 102, "NUMBER"), (150, 189, "(LIBRARY"), (195, 219, "FORM)"),
               (396, 411, "QTY"), (443, 463, "LIST"), (489, 499, "AT"), (505, 525, "LIST"), (546, 587, "EXTENDED")),
    )
    found = find_header(lines, 0)
    assert found is not None and found.last == 1
    assert [c.role for c in found.columns if c.role not in (lx.OTHER, "")][:5] == [
        lx.CODE, lx.DESCRIPTION, lx.ORDERED, lx.LIST_PRICE, lx.AMOUNT]


def test_prices_stacked_over_unit_and_total_are_no_group_titles():
    lines = (line(100, (40, "Item"), (120, "Description"), (330, "Qty"), (400, "Cost"), (480, "Retail")),
             line(110, (385, "Unit"), (420, "Total"), (465, "Unit"), (500, "Total")))
    found = find_header(lines, 0)
    assert found is None or lx.UOM not in found.roles()
