"""Seller and number rules from the twenty-ninth session's independent documents: each case is a layout a helper drew
or found, reduced to the lines that matter."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.fields import PageView
from invoice_processing.layout.label_roles import known_role
from invoice_processing.normalize import parse_date
from invoice_processing.vendors.header import find_date
from invoice_processing.vendors.header_numbers import find_invoice_number, find_named_po, find_po_number
from invoice_processing.vendors.issuer import find_vendor
from invoice_processing.vendors.issuer_names import clean, name_like
from invoice_processing.vendors.number_tokens import read_id
from invoice_processing.vendors.order_titles import is_purchase_order
from invoice_processing.vendors.parties import customer_blocks
from test_scripts.unit.layout.lines import printed

# a Swiss association's invoice: its letterhead at the left, and on the same line at the right the small sender line
# in commas over the member's window address
HEV = [
    printed(30, 8, (138, 224, 'Hauseigentümerverband'), (228, 247, 'Flawil'), (260, 287, 'Rütiweg'),
            (290, 299, '20'), (346, 374, 'Telefon:'), (405, 418, '079'), (421, 432, '241'), (436, 445, '49'),
            (447, 456, '40')),
    printed(42, 8, (259, 276, '9230'), (280, 299, 'Flawil')),
    printed(157, 12, (75, 140, 'Hauseigentümerverband'), (203, 224, 'Telefon:'), (227, 236, '079'),
            (238, 247, '241'), (250, 256, '49'), (258, 264, '40'), (339, 356, 'HEV,'), (360, 387, 'Rütiweg'),
            (390, 400, '20,'), (404, 421, '9230'), (424, 443, 'Flawil'), (523, 537, 'PP')),
    printed(173, 6, (76, 96, 'Rütiweg'), (98, 105, '20')),
    printed(182, 10, (75, 88, '9230'), (91, 105, 'Flawil'), (339, 363, 'Heinz'), (367, 420, 'Moosberger')),
    printed(194, 10, (339, 359, 'Burg'), (363, 384, '1487')),
    printed(205, 10, (338, 360, '9230'), (364, 388, 'Flawil')),
    printed(292, 12, (59, 112, 'Rechnung'), (117, 131, 'Nr.'), (137, 175, '119117')),
    # the payment slip at the foot: the association's bank for it, the member's name as the payer's
    printed(581, 8, (20, 72, 'Raiffeisenbank'), (183, 235, 'Raiffeisenbank')),
    printed(590, 8, (19, 36, '9230'), (40, 59, 'Flawil'), (182, 199, '9230'), (203, 222, 'Flawil')),
    printed(599, 8, (19, 33, 'z.G.'), (182, 196, 'z.G.')),
    printed(609, 8, (20, 35, 'HEV'), (41, 60, 'Flawil'), (183, 198, 'HEV'), (204, 223, 'Flawil')),
    printed(618, 8, (19, 36, '9230'), (40, 59, 'Flawil'), (182, 199, '9230'), (203, 222, 'Flawil')),
    printed(682, 8, (356, 375, 'Heinz'), (378, 420, 'Moosberger')),
    printed(692, 12, (106, 118, '48'), (145, 157, '00'), (356, 371, 'Burg'), (375, 392, '1487')),
    printed(700, 8, (355, 372, '9230'), (376, 395, 'Flawil')),
    printed(732, 7, (18, 35, 'Heinz'), (37, 74, 'Moosberger')),
    printed(740, 7, (18, 31, 'Burg'), (34, 49, '1487')),
    printed(748, 7, (17, 32, '9230'), (35, 52, 'Flawil')),
]


def test_a_sender_line_in_commas_beside_the_letterhead_marks_the_window_under_it_as_the_customers():
    assert find_vendor(HEV) in ("Hauseigentümerverband", "Hauseigentümerverband Flawil", "HEV Flawil")


# a German institute's purchase order: its letterhead's address line, then its sender line over the supplier's
# window address, the order's fields beside it and its subject "Bestellung ..." under the window
LABOR = [
    printed(45, 13, (51, 104, 'Institut'), (109, 130, 'für'), (136, 215, 'Molekulare'), (221, 306, 'Zellbiologie')),
    printed(59, 8, (51, 93, 'Universität'), (97, 141, 'Rheinhafen'), (145, 146, '·'), (150, 179, 'Einkauf'),
            (182, 184, '/'), (188, 236, 'Beschaffung'), (240, 241, '·'), (244, 297, 'Albertusplatz'),
            (300, 304, '3'), (308, 309, '·'), (313, 337, '50667'), (341, 357, 'Köln')),
    printed(118, 8.5, (51, 62, 'IMZ'), (65, 65, '·'), (68, 111, 'Albertusplatz'), (114, 117, '3'),
            (120, 121, '·'), (124, 144, '50667'), (147, 160, 'Köln'), (351, 396, 'Bestell-Nr.:'),
            (435, 488, '4500218763')),
    printed(128, 8.5, (351, 408, 'Bestelldatum:'), (436, 483, '12.02.2025')),
    printed(132, 10, (51, 111, 'Laborbedarf'), (115, 150, 'Kessler'), (154, 184, 'GmbH')),
    printed(140, 8.5, (350, 405, 'Anforderung:'), (436, 457, 'BANF'), (462, 503, '10047719')),
    printed(145, 10, (50, 90, 'Vertrieb'), (95, 152, 'Innendienst')),
    printed(151, 8.5, (351, 412, 'Lieferantennr.:'), (436, 461, '70031')),
    printed(158, 10, (51, 125, 'Industriestraße'), (130, 141, '41')),
    printed(163, 8.5, (351, 404, 'Liefertermin:'), (436, 449, 'KW'), (452, 462, '09'), (465, 468, '/'),
            (471, 519, '28.02.2025')),
    printed(173, 10, (51, 81, '68219'), (86, 137, 'Mannheim'), (350, 423, 'Ansprechpartner:'), (436, 447, 'Dr.'),
            (451, 458, 'S.'), (462, 490, 'Brandt')),
    printed(186, 8.5, (350, 383, 'Telefon:'), (436, 456, '0221'), (460, 505, '470-55318')),
    printed(236, 14, (51, 133, 'Bestellung'), (140, 235, '4500218763')),
    printed(257, 9, (51, 71, 'Sehr'), (74, 108, 'geehrte'), (112, 143, 'Damen'), (148, 163, 'und'),
            (168, 200, 'Herren,')),
    printed(304, 8, (433, 482, 'Einzelpreis'), (508, 542, 'Gesamt')),
    printed(309, 8, (56, 74, 'Pos.'), (83, 116, 'Art.-Nr.'), (150, 206, 'Bezeichnung'), (360, 390, 'Menge'),
            (405, 417, 'ME')),
    printed(313, 8, (465, 482, 'EUR'), (525, 542, 'EUR')),
    printed(328, 8, (63, 67, '1'), (84, 126, 'KS-220145'), (150, 210, 'Pipettenspitzen'), (381, 389, '10'),
            (406, 416, 'Btl'), (460, 481, '18,90'), (515, 541, '189,00')),
]


def test_the_supplier_in_the_window_under_the_last_of_two_sender_lines_and_a_subject_under_the_window():
    assert is_purchase_order(PageView(LABOR))  # ("Bestellung ..." in the thirteenth row, over the table)
    assert find_vendor(LABOR) == "Laborbedarf Kessler GmbH"


# a German bookshop's order: "Unsere Bestellnr." beside the window, "Bestellung Nr." its subject
PAPETERIE = [
    printed(53, 16, (489, 550, 'Lindner')),
    printed(71, 8, (454, 505, 'Buchhandlung'), (508, 513, '&'), (516, 550, 'Papeterie')),
    printed(133, 6.5, (60, 82, 'Lindner'), (84, 101, 'GmbH'), (104, 105, '·'), (108, 138, 'Marktplatz'),
            (141, 143, '9'), (146, 147, '·'), (150, 168, '79098'), (170, 194, 'Freiburg')),
    printed(148, 8.5, (344, 368, 'Datum'), (500, 506, '3.'), (510, 528, 'März'), (531, 549, '2025')),
    printed(152, 10, (60, 110, 'Papierwerk'), (113, 166, 'Sonnenberg'), (171, 182, 'KG')),
    printed(161, 8.5, (344, 370, 'Unsere'), (373, 408, 'Bestellnr.'), (506, 550, 'B-2503-114')),
    printed(180, 10, (60, 110, 'Mühlenweg'), (115, 124, '12')),
    printed(193, 10, (60, 88, '73430'), (91, 116, 'Aalen')),
    printed(259, 13, (61, 129, 'Bestellung'), (135, 153, 'Nr.'), (159, 233, 'B-2503-114')),
]


def test_bestellung_nr_labels_an_orders_number():
    assert find_invoice_number(PAPETERIE) == "B-2503-114"
    assert find_invoice_number([printed(100, 10, (60, 160, 'Bestellungsnummer:'), (170, 230, '4711-22'))]) == "4711-22"


# a school's purchase order: "ISSUED TO | SHIP TO | BILL TO" over the supplier's and its own blocks
ACADEMY = [
    printed(43, 17, (41, 65, 'St.'), (73, 168, "Brendan's"), (174, 260, 'Academy'), (477, 532, 'Purchase'),
            (537, 572, 'Order')),
    printed(59, 9, (40, 69, 'Lower'), (72, 102, 'School'), (105, 119, 'Art'), (123, 177, 'Department'),
            (181, 182, '·'), (186, 208, '3300'), (212, 254, 'Lakeview'), (258, 282, 'Drive'), (286, 287, '·'),
            (291, 332, 'Madison,'), (336, 348, 'WI'), (352, 379, '53704')),
    printed(87, 6.5, (45, 79, 'PURCHASE'), (82, 104, 'ORDER'), (107, 118, 'NO.'), (178, 194, 'DATE')),
    printed(100, 9.5, (45, 120, 'SBA-ART-0592'), (177, 236, '08/05/2025')),
    printed(157, 8, (41, 73, 'ISSUED'), (76, 88, 'TO'), (231, 251, 'SHIP'), (254, 266, 'TO'), (421, 439, 'BILL'),
            (442, 454, 'TO')),
    printed(169, 8.5, (40, 69, 'Artisan'), (73, 98, 'Crafts'), (101, 144, 'Wholesale'), (148, 162, 'Inc.'),
            (231, 241, 'St.'), (245, 286, "Brendan's"), (290, 329, 'Academy'), (421, 431, 'St.'),
            (435, 476, "Brendan's"), (480, 519, 'Academy')),
    printed(180, 8.5, (41, 61, '2780'), (65, 103, 'Industrial'), (108, 119, 'Dr.'), (230, 250, 'Attn:'),
            (253, 266, 'Art'), (270, 293, 'Room'), (297, 312, '118')),
    printed(190, 8.5, (41, 53, 'Elk'), (56, 80, 'Grove'), (84, 114, 'Village,'), (118, 125, 'IL'),
            (128, 154, '60007'), (231, 251, '3300'), (255, 294, 'Lakeview'), (297, 319, 'Drive')),
]


def test_issued_to_on_a_purchase_order_heads_the_supplier_and_is_no_name():
    assert find_vendor(ACADEMY) == "Artisan Crafts Wholesale Inc."
    assert not name_like("ISSUED TO")


def test_a_portuguese_series_under_the_title_and_italian_labels_and_forms():
    fatura = [
        printed(42, 16, (31, 140, 'CONSERVEIRA'), (144, 230, 'ATLÂNTICA'), (501, 565, 'FATURA')),
        printed(59, 9, (30, 39, 'de'), (42, 85, 'Matosinhos'), (88, 89, '·'), (93, 115, 'desde'), (119, 136, '1938'),
                (508, 519, 'N.º'), (523, 533, 'FT'), (536, 565, 'M/1532')),
    ]
    assert find_invoice_number(fatura) == "FT M/1532"
    assert name_like("Tessitura Valsesia di Bertolini Marco & C. s.n.c.")
    for label in ("Numero", "Tipo documento", "Cod. cliente", "Nummer"):
        assert not name_like(label), label
    assert name_like("Number Nine Ltd")


def test_a_macedonian_pro_forma_number():
    lines = [printed(259, 11.68, (70, 90, 'Про'), (93, 134, 'фактура'), (137, 152, 'бр.'), (155, 184, '1020/'),
                     (186, 198, '22'))]
    assert find_invoice_number(lines) == "1020/ 22"


def test_a_po_a_buyer_named_in_words_is_read_where_no_number_is_printed():
    assert find_named_po([printed(80, 9.5, (340, 353, 'PO'), (356, 363, '#:'), (400, 450, 'LARKSPUR'),
                                  (452, 495, 'HOLIDAY'), (498, 516, '2025'), (519, 522, '-'), (525, 541, 'JEN'))]) \
        == "LARKSPUR HOLIDAY 2025 - JEN"
    assert find_named_po([printed(80, 9, (40, 70, 'P.O.'), (73, 110, 'NUMBER'), (120, 170, 'Christmas'),
                                  (173, 180, 'in'), (183, 200, 'July'), (203, 225, '(Deb)'), (228, 240, '#2'))]) \
        == "Christmas in July (Deb) #2"
    assert find_named_po([printed(80, 9, (40, 70, 'PO#'), (80, 120, 'F24-24853'))]) == "F24-24853"
    assert find_po_number([printed(80, 9, (40, 70, 'PO#'), (80, 120, 'HOLIDAY'), (123, 160, 'RESTOCK'))]) == ""


def test_a_unit_number_in_the_sellers_address_is_no_invoice_number():
    lines = [
        printed(47, 26, (41, 81, 'Lorong'), (86, 128, 'Lantern'), (133, 153, 'Pte.'), (158, 179, 'Ltd.'),
                (391, 441, 'TAX'), (451, 553, 'INVOICE')),
        printed(60, 8.5, (40, 48, '71'), (52, 78, 'Lorong'), (81, 96, '25A'), (99, 129, 'Geylang')),
        printed(71, 9, (40, 66, '#03-08'), (69, 97, 'Lantern'), (100, 124, 'Works'), (500, 505, '#'),
                (508, 555, 'INV-000318')),
        printed(82, 8.5, (40, 78, 'Singapore'), (81, 109, '388398')),
    ]
    assert find_invoice_number(lines) == "INV-000318"


def test_an_italian_grids_your_order_and_a_portuguese_order_date_date_the_order():
    fattura = [
        printed(185, 6, (42, 55, 'Tipo'), (57, 91, 'documento'), (168, 191, 'Numero'), (193, 205, 'doc.'),
                (258, 271, 'Data'), (273, 285, 'doc.'), (322, 331, 'Vs.'), (334, 353, 'ordine'), (422, 435, 'Cod.'),
                (438, 459, 'Cliente')),
        printed(197, 9, (44, 72, 'Fattura'), (75, 145, 'accompagnatoria'), (169, 224, 'FA/2025/0093'),
                (259, 304, '11/04/2025'), (324, 330, 'n.'), (334, 343, '22'), (347, 358, 'del'),
                (362, 407, '02/04/2025'), (423, 454, 'TN0042')),
        printed(300, 8, (40, 100, 'Scadenza'), (120, 170, '30/04/2025')),  # (day first)
    ]
    assert find_date(fattura) == date(2025, 4, 2)
    fatura = [
        printed(140, 9, (43, 80, 'Data'), (120, 170, '22-04-2025')),
        printed(155, 6, (43, 49, 'N/'), (52, 66, 'Guia'), (122, 129, 'V/'), (131, 169, 'Encomenda'),
                (193, 207, 'Data'), (211, 249, 'Encomenda'), (272, 291, 'Cond.'), (294, 308, 'Pag.')),
        printed(167, 8, (43, 54, 'GT'), (57, 101, 'CAC25/880'), (123, 152, 'AZB-17'), (194, 239, '02-04-2025'),
                (274, 299, 'Pronto'), (302, 347, 'pagamento')),
    ]
    assert find_date(fatura) == date(2025, 4, 2)


def test_numbers_of_a_spanish_box_and_a_dutch_utility_bill():
    assert read_id("2025 / 2318") == "2025 / 2318" and read_id("4711 / 03.03.2025") == "4711"
    nota = [printed(100, 9, (40, 90, 'Notanummer'), (150, 200, '830 441 276'))]
    assert find_invoice_number(nota) == "830 441 276"


def test_codes_and_units_are_no_names():
    for text in ("GL-SPRING-25", "F94 K7T2", "Unit 3, 9 Boulder Road", "Shop 4, 18 Mount Street"):
        assert not name_like(text), text
    for text in ("Unit Four Ltd", "Level 3 Coffee", "A1 AUTO", "8gears AG"):
        assert name_like(text), text


# Xero's page: the seller's block at the right, "TAX INVOICE" at the left over its contact's block under no label
XERO = [
    printed(52, 8.5, (301, 334, 'Invoice'), (338, 359, 'Date'), (431, 466, 'Saltbush'), (470, 520, 'Homewares')),
    printed(63, 26, (45, 96, 'TAX'), (107, 211, 'INVOICE'), (301, 310, '28'), (314, 329, 'Feb'), (332, 353, '2025'),
            (431, 447, 'Unit'), (451, 457, '3,'), (461, 466, '9'), (470, 502, 'Boulder'), (505, 525, 'Road')),
    printed(75, 8.5, (301, 334, 'Invoice'), (338, 375, 'Number'), (431, 460, 'Malaga'), (464, 478, 'WA'),
            (481, 501, '6090')),
    printed(85, 8.5, (430, 477, 'AUSTRALIA')),
    printed(88, 8.5, (301, 344, 'INV-02219')),
    printed(97, 9, (56, 91, 'Gumnut'), (95, 101, '&'), (105, 115, 'Co'), (120, 172, 'Homewares')),
    printed(102, 8.5, (301, 348, 'Reference')),
    printed(108, 9, (56, 77, 'Shop'), (81, 88, '4,'), (93, 103, '18'), (107, 134, 'Mount'), (138, 165, 'Street')),
    printed(113, 8.5, (300, 318, 'Acct'), (322, 354, 'GUM-07'), (358, 361, '/'), (364, 393, 'Docket'),
            (397, 422, '31150')),
    printed(119, 9, (56, 83, 'Mount'), (87, 117, 'Lawley'), (120, 135, 'WA'), (139, 160, '6050')),
    printed(127, 8.5, (300, 319, 'ABN')),
    printed(130, 9, (55, 105, 'AUSTRALIA')),
    printed(138, 8.5, (301, 310, '63'), (314, 329, '148'), (333, 348, '220'), (352, 367, '917')),
    printed(174, 8.5, (49, 102, 'Description'), (278, 319, 'Quantity'), (331, 350, 'Unit'), (354, 377, 'Price'),
            (421, 439, 'GST'), (486, 523, 'Amount'), (526, 547, 'AUD')),
    printed(190, 8.5, (49, 83, 'SB-4332'), (87, 121, 'Ceramic'), (125, 140, 'Bud'), (144, 164, 'Vase'),
            (301, 318, '8.00'), (359, 376, '3.41'), (398, 415, 'GST'), (523, 546, '27.28')),
]


def test_the_block_under_a_big_title_at_its_left_edge_is_the_customers_when_the_seller_stands_right():
    assert find_vendor(XERO) == "Saltbush Homewares"


# a French wholesaler's invoice: its legal line at the top left and, on the same line far right, "AU NOM ET POUR LE
# COMPTE DE" over the laboratory it invoices for
BIOGARAN = [
    printed(31, 14, (180, 244, 'FACTURE'), (249, 267, 'DE'), (272, 363, 'SPÉCIALITÉS')),
    printed(52, 6.8, (93, 108, 'Centre'), (110, 136, 'Spécialités'), (138, 180, 'Pharmaceutiques'),
            (182, 183, '-'), (185, 198, 'Siège'), (200, 214, 'social'), (216, 217, ':'), (423, 430, 'AU'),
            (433, 445, 'NOM'), (447, 454, 'ET'), (456, 472, 'POUR'), (474, 480, 'LE'), (482, 505, 'COMPTE'),
            (508, 515, 'DE')),
    printed(59, 5.98, (92, 98, '76'), (100, 101, '-'), (103, 108, '78'), (110, 126, 'avenue'), (128, 133, 'du'),
            (136, 144, 'Midi'), (146, 148, '-'), (150, 156, 'CS'), (158, 172, '30077'), (174, 175, '-'),
            (177, 191, '63808'), (193, 212, 'Cournon'), (214, 239, 'd’Auvergne'), (241, 255, 'Cedex')),
    printed(66, 9.71, (92, 100, 'Tél.'), (103, 103, ':'), (106, 114, '(33)'), (116, 121, '04'), (123, 129, '73'),
            (131, 136, '69'), (138, 143, '28'), (145, 150, '28'), (450, 491, 'BIOGARAN')),
    printed(75, 7.77, (93, 100, 'SAS'), (102, 106, 'au'), (107, 118, 'capital'), (119, 123, 'de'), (125, 126, '3'),
            (128, 134, '015'), (136, 141, '136'), (143, 145, '€'), (171, 178, 'RCS'),
            (180, 208, 'Clermont-Ferrand'), (427, 433, '15'), (436, 462, 'boulevard'), (465, 486, 'Charles'),
            (488, 494, 'de'), (497, 514, 'Gaulle')),
    printed(85, 7.77, (432, 449, '92707'), (451, 486, 'COLOMBES'), (488, 509, 'CEDEX')),
    printed(92, 7.97, (28, 36, 'N°'), (38, 61, 'CLIENT'), (128, 159, 'ADRESSE'), (162, 170, 'DE'),
            (173, 207, 'LIVRAISON')),
    printed(106, 8, (37, 68, '2013006'), (114, 160, 'PHARMACIE'), (164, 180, 'DES'), (183, 240, 'COQUELICOTS')),
    printed(123, 8, (114, 126, '164'), (130, 156, 'ROUTE'), (160, 170, 'DE'), (173, 221, 'SCHIRMECK')),
    printed(133, 8, (114, 135, '67200'), (138, 194, 'STRASBOURG')),
]


def test_a_legal_line_ends_at_a_wide_gap_and_the_principal_beside_it_is_the_seller():
    assert find_vendor(BIOGARAN) == "BIOGARAN"


def test_a_name_whose_second_line_starts_with_di_under_its_first():
    lines = [
        printed(40, 7.5, (330, 356, 'Spett.le')),
        printed(45, 12.5, (41, 130, 'CERAMICHE'), (135, 225, 'ARTISTICHE'), (230, 298, 'VIETRESI')),
        printed(52, 10, (333, 372, 'Bottega'), (376, 417, 'Emporio'), (421, 442, 'Sole'), (446, 454, 'di'),
                (459, 478, 'Rita'), (482, 518, 'Franchi')),
        printed(62, 8.5, (40, 48, 'di'), (50, 76, 'Amato'), (79, 98, 'Luca'), (102, 108, '&'), (111, 119, 'C.'),
                (122, 142, 's.a.s.'), (332, 353, 'Corso'), (356, 384, 'Vittorio'), (387, 424, 'Emanuele'),
                (428, 433, 'II,'), (437, 446, '40')),
        printed(72, 8.5, (40, 53, 'Via'), (56, 90, 'Costiera'), (92, 138, 'Amalfitana,'), (142, 156, '118')),
    ]
    assert find_vendor(lines) == "CERAMICHE ARTISTICHE VIETRESI di Amato Luca & C. s.a.s."


def test_a_carried_sum_a_goods_total_and_an_energy_tax_are_no_products():
    assert lx.CARRIED.match("Transporte 1 867,59") and lx.CARRIED.match("A transportar 1 867,59")
    assert lx.TOTALS.search("Mercadoria 6 377,70") and not lx.TOTALS.search("Mercadoria diversa")
    assert lx.CHARGES.match("Energiebelasting elektriciteit") and not lx.CHARGES.match("Energiezuinige lamp")


def test_a_typed_po_is_read_whole_where_it_is_its_number_and_a_count():
    assert find_named_po([printed(80, 9, (40, 90, 'P.O. Number:'), (100, 150, 'JM-FALL25'), (153, 162, '#2'))]) \
        == "JM-FALL25 #2"
    # (a label's word before the number, a line run on after it: the number)
    assert find_named_po([printed(80, 9, (40, 100, 'CUSTOMER PO'), (110, 125, 'po'), (128, 190, '4471-westbrook'))]) \
        == "4471-westbrook"
    assert find_named_po([printed(80, 9, (40, 100, 'Customer PO:'), (110, 130, '1247'), (133, 150, '818'),
                                  (153, 200, 'Commercial'), (203, 212, 'St'))]) == "1247"
    assert find_named_po([printed(80, 9, (40, 70, 'PO #'), (80, 120, '55123'), (130, 150, 'Sales'),
                                  (153, 170, 'Rep:'), (175, 190, 'Tom'))]) == "55123"


def test_a_comma_set_apart_in_a_date_and_a_title_joined_by_its_dash():
    """A comma or a dash whose glyph box is flat now stays on its line ("August 3 , 2014", "FAKTURA - DAŇOVÝ
    DOKLAD"): the date still reads, and a title of two parts still heads its number."""
    assert parse_date("August 3 , 2014") == date(2014, 8, 3)
    faktura = [printed(46, 13, (44, 111, 'FAKTURA'), (116, 120, '-'), (127, 188, 'DAŇOVÝ'), (193, 253, 'DOKLAD'),
                       (446, 456, 'č.'), (463, 552, '2025010457'))]
    assert [c.text for c in faktura[0].cells] == ["FAKTURA - DAŇOVÝ DOKLAD", "č. 2025010457"]
    assert find_invoice_number(faktura) == "2025010457"


def test_quotation_to_labels_the_customer():
    lines = [
        printed(46, 20.41, (388, 453, 'Welliesta'), (459, 509, 'Fitness'), (514, 545, 'Gym')),
        printed(73, 12, (405, 447, 'Amravati,'), (452, 508, 'Maharashtra'), (511, 527, '444'), (530, 545, '605')),
        printed(140, 12, (55, 109, 'QUOTATION'), (113, 125, 'TO'), (129, 130, ':')),
        printed(145, 19.81, (477, 545, 'QT202114')),
        printed(156, 20.41, (56, 95, 'Rahis'), (100, 136, 'Khan')),
        printed(166, 12, (407, 426, 'Date'), (430, 438, 'of'), (442, 487, 'Quotation'), (491, 492, ':'),
                (496, 545, '29-08-2021')),
        printed(173, 12, (55, 65, 'Sk'), (69, 100, 'pathak'), (103, 123, 'road'), (127, 129, ','), (133, 152, 'near'),
                (156, 190, 'vinayak'), (193, 246, 'sabhagruha')),
        printed(178, 12, (411, 434, 'Place'), (438, 447, 'of'), (450, 480, 'supply'), (483, 484, ':'),
                (489, 545, 'Maharashtra')),
        printed(700, 12, (55, 90, 'Thank'), (93, 115, 'you')),
    ]
    assert find_vendor(lines) == "Welliesta Fitness Gym"
    blocked = customer_blocks(PageView(lines))[0]  # (the name under "QUOTATION TO :" is the customer's)
    assert "Rahis Khan" in {p.text for p in blocked}


def test_a_truffle_coded_trf_is_a_product():
    assert not lx.CHARGES.match("TRF-180 Truffes nature poudrées cacao") and lx.CHARGES.match("TRF-CCOI")


def test_a_customers_block_opened_by_mme_beside_the_sellers_street():
    lines = [
        printed(20, 12, (44, 175, 'HYDRO-THERMIQUE'), (181, 253, 'ROUSSEAU'), (363, 402, 'Plomberie'),
                (406, 407, '·'), (411, 451, 'Chauffage')),
        printed(59, 9.5, (43, 47, '9'), (51, 82, 'avenue'), (84, 132, 'Jean-Jaurès'), (341, 365, 'Mme'),
                (370, 406, 'Hélène'), (411, 511, 'FAURE-MARCHAND')),
        printed(71, 9.5, (43, 69, '69007'), (73, 92, 'Lyon'), (341, 351, '12'), (356, 389, 'chemin'),
                (394, 410, 'des'), (413, 445, 'Vignes')),
        printed(81, 9.5, (43, 53, '04'), (57, 66, '78'), (70, 79, '72'), (84, 93, '30'), (97, 107, '15'),
                (341, 370, '69290'), (374, 419, 'Craponne')),
        printed(141, 18, (44, 102, 'DEVIS')),
        printed(164, 9, (43, 67, 'Devis'), (71, 80, 'n°'), (84, 85, ':'), (90, 148, 'D-2025-0087')),
        printed(700, 8, (43, 120, 'SAS Hydro-Thermique Rousseau')),
    ]
    assert "Mme Hélène FAURE-MARCHAND" in {p.text for p in customer_blocks(PageView(lines))[0]}
    assert clean("Accounts Manager, Harbor & Pine Trading Co.") == "Harbor & Pine Trading Co."


def test_deposit_invoice_arve_and_kaufdatum_labels():
    assert find_invoice_number([printed(100, 9, (40, 160, 'Deposit Invoice No.'), (170, 220, 'DEP-0637'),
                                        (300, 350, 'Sales Order'), (360, 420, 'SO-2025-118'))]) == "DEP-0637"
    assert find_invoice_number([printed(100, 9, (40, 90, 'Arve nr'), (100, 150, 'A-25-0412'))]) == "A-25-0412"
    ebay = [printed(100, 9, (340, 420, 'Rechnungsdatum:'), (430, 480, '22.01.2025')),
            printed(112, 9, (340, 400, 'Kaufdatum:'), (430, 480, '19.01.2025'))]
    assert find_date(ebay) == date(2025, 1, 19)


def test_an_order_named_in_a_field_blocks_right_column_and_a_quotation_named_as_the_reference():
    czech = [
        printed(100, 8, (40, 110, 'Datum vystavení:'), (120, 164, '21.03.2025')),
        printed(265, 8, (40, 77, 'Variabilní'), (80, 110, 'symbol:'), (120, 164, '250100245'),
                (307, 353, 'Objednávka'), (357, 365, 'č.:'), (420, 456, 'OBJ-0091'), (460, 468, 'ze'),
                (472, 486, 'dne'), (490, 534, '14.03.2025')),
    ]
    assert find_date(czech) == date(2025, 3, 14)
    atelier = [
        printed(221, 8, (57, 65, 'N°'), (71, 80, 'de'), (86, 123, 'commande'), (155, 156, ':'),
                (162, 214, 'AB-2025-112')),
        printed(233, 8, (57, 75, 'Date'), (155, 156, ':'), (163, 210, '09.04.2025')),
        printed(244, 8, (57, 80, 'Votre'), (86, 128, 'référence'), (155, 156, ':'), (163, 186, 'Offre'),
                (191, 238, 'O-2025-087'), (244, 253, 'du'), (259, 306, '21.03.2025')),
    ]
    assert find_date(atelier) == date(2025, 4, 9)


def test_a_unit_price_with_tax_cut_over_two_lines_is_no_unit_price():
    assert known_role("Stückpreis (inkl.") == lx.NUMBER and known_role("Stückpreis (inkl. USt.)") == lx.NUMBER
    assert known_role("Stückpreis") == lx.PRICE


def test_a_giros_payee_and_a_swiss_qr_bills_payee_are_the_sellers():
    finnish = [
        printed(53, 16, (52, 130, 'Kuusiston'), (136, 254, 'Kahvipaahtimo'), (260, 280, 'Oy'), (342, 398, 'LASKU')),
        printed(71, 8.5, (52, 102, 'Satamakatu'), (106, 115, '22'), (119, 125, 'B')),
        printed(81, 8.5, (52, 77, '20100'), (81, 106, 'Turku')),
        printed(87, 8, (341, 368, 'Laskun'), (372, 402, 'numero'), (437, 485, '2025-00318')),
        printed(139, 9.5, (52, 85, 'Kahvila'), (90, 113, 'Lokki'), (117, 128, 'Ky')),
        printed(162, 9.5, (52, 91, 'Rantatie'), (95, 99, '5')),
        printed(174, 9.5, (52, 81, '21100'), (85, 131, 'NAANTALI')),
        printed(682, 9, (49, 65, 'Saaja'), (68, 70, '/'), (73, 105, 'Mottagare'), (318, 352, 'Viitenro')),
        printed(695, 9, (49, 89, 'Kuusiston'), (93, 156, 'Kahvipaahtimo'), (159, 170, 'Oy'), (318, 356, 'Eräpäivä')),
    ]
    assert "kuusistonkahvipaahtimooy" not in customer_blocks(PageView(finnish))[1]
    qr = [
        printed(564, 11, (15, 68, 'Récépissé'), (190, 229, 'Section'), (233, 281, 'paiement')),
        printed(585, 6, (14, 36, 'Compte'), (38, 40, '/'), (42, 64, 'Payable'), (66, 69, 'à'), (335, 357, 'Compte'),
                (358, 360, '/'), (362, 384, 'Payable'), (386, 389, 'à')),
        printed(604, 8, (15, 55, 'Fromagerie'), (58, 66, 'du'), (69, 86, 'Jorat'), (89, 102, 'Sàrl'),
                (335, 375, 'Fromagerie'), (378, 386, 'du'), (389, 406, 'Jorat'), (409, 422, 'Sàrl')),
        printed(613, 8, (15, 35, 'Route'), (38, 46, 'de'), (49, 82, 'Carrouge'), (85, 89, '4'), (335, 356, 'Route'),
                (358, 367, 'de'), (370, 402, 'Carrouge'), (405, 409, '4')),
        printed(622, 8, (15, 32, '1083'), (35, 66, 'Mézières'), (69, 80, 'VD'), (335, 352, '1083'),
                (355, 387, 'Mézières'), (389, 400, 'VD')),
    ]
    assert not {p.text for p in customer_blocks(PageView(qr))[0]} & {"Fromagerie du Jorat Sàrl"}


def test_a_shop_receipts_card_with_a_two_line_title_and_three_option_lines_over_its_count():
    from test_scripts.unit.layout.test_labelled_entries import products

    lines = [
        printed(60, 12, (50, 200, 'Order receipt')),
        printed(212, 9.5, (111, 152, 'Botanical'), (156, 175, 'Fern'), (179, 202, 'Print,'), (206, 240, 'Vintage'),
                (243, 265, 'Style'), (268, 287, 'Wall'), (290, 306, 'Art,'), (310, 345, 'Pressed'),
                (349, 368, 'Leaf'), (533, 562, '$36.00')),
        printed(224, 9.5, (111, 158, 'Illustration')),
        printed(236, 8.5, (110, 129, 'SKU:'), (133, 186, 'FO-BOT-0810')),
        printed(247, 8.5, (110, 128, 'Size:'), (132, 149, '8x10'), (153, 158, 'in')),
        printed(258, 8.5, (111, 136, 'Frame:'), (140, 176, 'Unframed')),
        printed(269, 8.5, (110, 143, 'Quantity:'), (147, 151, '2'), (191, 211, 'Price:'), (214, 240, '$18.00')),
        printed(293, 9.5, (110, 145, 'Custom'), (149, 163, 'Pet'), (166, 199, 'Portrait'), (203, 221, 'Line'),
                (225, 264, 'Drawing,'), (533, 562, '$42.00')),
        printed(305, 9.5, (111, 142, 'Printed'), (146, 156, 'on'), (160, 190, 'Cotton'), (194, 219, 'Paper')),
        printed(317, 8.5, (110, 129, 'SKU:'), (133, 175, 'FO-PET-57')),
        printed(350, 8.5, (110, 143, 'Quantity:'), (147, 149, '1'), (191, 211, 'Price:'), (214, 240, '$42.00')),
    ]
    assert [(p.qty, p.price) for p in products(lines)] == [(2, Decimal("18.00")), (1, Decimal("42.00"))]


def test_numbers_of_rounds_448_to_453():
    # a Flemish invoice's title with its year and number set apart by a slash
    assert find_invoice_number([printed(238, 15, (58, 128, 'FACTUUR'), (134, 166, '2025'), (170, 176, '/'),
                                        (180, 212, '0142'))]) == "2025 / 0142"
    # an Austrian sales invoice's title over its number, beside the order's
    navision = [
        printed(42, 12, (40, 78, 'TIROLER'), (83, 158, 'KERZENZIEHEREI'), (330, 445, 'Verkaufsrechnung')),
        printed(60, 8.5, (330, 343, 'Nr.'), (450, 495, 'VR-104532')),
        printed(93, 8.5, (330, 384, 'Auftragsnr.'), (450, 490, 'VA-22871')),
    ]
    assert find_invoice_number(navision) == "VR-104532"
    sap = [printed(60, 8.5, (330, 380, 'Beleg-Nr.'), (450, 500, '0012884417')),
           printed(72, 8.5, (330, 380, 'Bestell-Nr.'), (450, 500, 'BE-4471-25'))]
    assert find_invoice_number(sap) == "0012884417"


def test_a_buyers_order_number_and_date_over_its_values_dates_the_order():
    lines = [
        printed(60, 8.5, (302, 360, 'Invoice No. & Date'), (400, 450, 'SGT/EXP/0412'), (455, 470, 'dt.'),
                (473, 520, '21.02.2025')),
        printed(89, 8, (302, 328, "Buyer's"), (330, 351, 'Order'), (353, 365, 'No.'), (367, 373, '&'),
                (376, 391, 'Date')),
        printed(101, 8.5, (302, 350, 'PO-HL-55021'), (357, 365, 'dt.'), (368, 406, '03.01.2025')),
    ]
    assert find_date(lines) == date(2025, 1, 3)


def test_a_cheque_sentences_payee_a_salesperson_among_fields_and_a_glued_deposit():
    assert clean("Check payable to Maple & Thyme Catering Co.") == "Maple & Thyme Catering Co."
    chile = [
        printed(51, 12, (41, 112, 'COMERCIAL'), (116, 162, 'ANDINA'), (167, 182, 'DE'), (187, 260, 'REPUESTOS'),
                (264, 287, 'SpA')),
        printed(76, 11, (40, 51, 'Av.'), (54, 78, 'Vicuña'), (81, 117, 'Mackenna'), (120, 139, '1850,'),
                (142, 173, 'Santiago'), (418, 470, 'FACTURA'), (474, 552, 'ELECTRÓNICA')),
        printed(155, 8, (46, 92, 'SEÑOR(ES):'), (111, 150, 'Lubricentro'), (152, 156, 'y'), (159, 178, 'Taller'),
                (181, 193, 'Los'), (196, 223, 'Aromos'), (226, 243, 'Ltda.'), (341, 367, 'FECHA'),
                (370, 406, 'EMISIÓN:'), (430, 470, '03/03/2025')),
        printed(167, 8, (47, 71, 'R.U.T.:'), (110, 157, '77.812.004-3'), (340, 385, 'CONDICIÓN'),
                (388, 417, 'VENTA:'), (430, 456, 'Crédito')),
        printed(179, 8, (46, 68, 'GIRO:'), (110, 130, 'Taller'), (340, 398, 'VENCIMIENTO:'), (430, 470, '02/04/2025')),
        printed(191, 8, (47, 93, 'DIRECCIÓN:'), (111, 123, 'Los'), (125, 152, 'Aromos'), (155, 170, '455,'),
                (340, 387, 'VENDEDOR:'), (431, 437, 'P.'), (440, 456, 'Soto')),
    ]
    assert find_vendor(chile) == "COMERCIAL ANDINA DE REPUESTOS SpA"
    assert lx.CHARGES.match("Kühlbox-Pfand") and not lx.CHARGES.match("Pfandflasche 0,5 l")


def test_a_mexican_ordered_and_supplied_column_a_count_set_close_before_its_text_and_a_glued_currency():
    assert known_role("Cant. Ped.") == lx.ORDERED and known_role("Cant. Surt.") == lx.SHIPPED
    from invoice_processing.layout.numbers import COMMA, POINT, parse_amount
    from test_scripts.unit.layout.test_review_mends_25 import products

    assert parse_amount("USD5.85", POINT) == Decimal("5.85")
    assert parse_amount("USD7,020.00", POINT) == Decimal("7020.00")

    lines = [
        printed(139, 8.6, (43, 55, 'Ítem'), (83, 104, 'Cant.'), (109, 160, 'Descripción'), (439, 500, 'Marca / Modelo'),
                (600, 615, 'IVA'), (651, 700, 'P. Unit. U$S'), (754, 794, 'Total U$S')),
        printed(257, 8.6, (49, 53, '7'), (100, 104, '1'), (108, 180, 'Control remoto cableado'), (439, 490, 'Midea'),
                (590, 614, '10,5%'), (673, 699, '438,00'), (768, 794, '438,00')),
        printed(272, 8.6, (49, 53, '8'), (95, 104, '40'), (108, 128, 'Caño'), (131, 140, 'de'), (143, 164, 'cobre'),
                (168, 181, '1/4"'), (438, 473, 'Genérico'), (590, 614, '10,5%'), (678, 699, '14,60'),
                (768, 794, '584,00')),
    ]
    assert (40, Decimal("14.60")) in [(p.qty, p.price) for p in products(lines, COMMA)]


def test_a_cover_letter_naming_the_invoice_behind_it_is_no_header_page():
    from invoice_processing.models import Backend, Document, Page
    from invoice_processing.vendors.document_pages import header_lines

    letter = (
        printed(40, 14, (40, 200, 'HARBOR & PINE')),
        printed(120, 10, (40, 330, 'Re: Your Purchase Order TM-0311 / our Invoice 20931')),
        printed(140, 10, (40, 160, 'Dear Ms. Okafor,')),
        printed(160, 10, (40, 400, 'Please find enclosed our invoice covering the merchandise.')),
        printed(300, 10, (40, 160, 'With kind regards,')),
        printed(320, 10, (40, 200, 'Margaret Lindqvist')),
    )
    invoice = (
        printed(40, 12, (40, 250, 'Harbor & Pine Trading Co.')),
        printed(70, 10, (400, 460, 'Invoice #'), (480, 530, '20931')),
        printed(200, 9, (40, 100, 'Description'), (350, 380, 'Qty'), (420, 460, 'Price'), (500, 540, 'Amount')),
        printed(214, 9, (40, 140, 'Driftwood Lantern'), (355, 365, '4'), (420, 460, '38.00'), (500, 540, '152.00')),
    )
    document = Document(pages=(Page(1, letter), Page(2, invoice)), backend=Backend.LOCAL)
    assert header_lines(document) == invoice


def test_one_list_of_sign_offs_for_names_and_cover_letters():
    """A letter's sign-off in any of the languages is no name, and ends a cover letter."""
    from invoice_processing.vendors.document_pages import _letter

    for text in ("Mit freundlichen Grüßen", "Cordialement", "Atentamente", "Distinti saluti", "With regards",
                 "Kind regards", "Yours sincerely"):
        assert not name_like(text), text
    letter = [printed(60, 10, (40, 300, 'Betreff: Ihre Bestellung 4711 / unsere Rechnung 2025-0117')),
              printed(80, 10, (40, 200, 'Sehr geehrte Frau Kern,')),
              printed(200, 10, (40, 200, 'Mit freundlichen Grüßen'))]
    assert _letter(letter)
