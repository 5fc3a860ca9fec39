"""Seller, number and charge rules from the twenty-eighth session's independent documents: each case is a layout a
helper drew or found, reduced to the lines that matter."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.fields import PageView
from invoice_processing.layout.header_row import find_header
from invoice_processing.layout.label_roles import known_role
from invoice_processing.layout.numbers import COMMA, POINT, NumberFormat
from invoice_processing.models import TextLine
from invoice_processing.vendors.header import find_date
from invoice_processing.vendors.header_numbers import find_invoice_number, find_po_number
from invoice_processing.vendors.issuer import find_vendor
from invoice_processing.vendors.issuer_names import clean, name_like
from invoice_processing.vendors.number_tokens import read_id
from invoice_processing.vendors.order_titles import is_purchase_order
from test_scripts.unit.layout.lines import printed
from test_scripts.unit.layout.test_review_mends_25 import products

# a Swiss invoice service's page: the fields' labels in capitals at the top right, the parties side by side
ZRECHNUNG = [
    printed(70, 9.22, (309, 392, 'AUSSTELLUNGSDATUM'), (417, 470, '2015-09-21')),
    printed(101, 6.91, (355, 391, 'REFERENZ')),
    printed(115, 6.91, (329, 391, 'KUNDENNUMMER')),
    printed(129, 9.22, (355, 390, 'WÄHRUNG'), (417, 435, 'EUR')),
    printed(209, 21.5, (60, 164, 'Rechnung')),
    printed(250, 11.52, (56, 105, 'Nummer'), (112, 171, '20150921')),
    printed(292, 6.91, (56, 100, 'EMPFÄNGER'), (309, 352, 'VERFASSER')),
    printed(305, 9.22, (58, 103, 'usegroup'), (108, 123, 'Inh.'), (127, 159, 'Jochen'), (163, 188, 'Stärk'),
            (312, 344, '8gears'), (348, 360, 'AG')),
    printed(318, 9.22, (57, 89, 'Jochen'), (93, 118, 'Stärk'), (311, 340, 'Vadim'), (344, 372, 'Bauer')),
    printed(332, 9.22, (58, 112, 'Huswertstr.'), (117, 127, '14'), (312, 353, 'Kleindorf'), (356, 367, '18')),
    printed(346, 9.22, (58, 64, 'D'), (65, 70, 'E'), (72, 74, '-'), (78, 107, '60435'), (120, 162, 'Frankfurt'),
            (311, 323, 'CH'), (326, 328, '-'), (332, 354, '8702'), (373, 409, 'Zollikon')),
]


def test_the_issuer_under_verfasser_beside_the_recipient_is_the_seller_and_labels_are_no_names():
    assert find_vendor(ZRECHNUNG) == "8gears AG"
    # a label is read to its word's end ("REFERENZ", not "REF" and a name "ERENZ"); a currency's label, a
    # customer's reference and a comment's are labels too
    for label in ("REFERENZ", "WÄHRUNG", "Currency", "Customer Ref", "KOMMENTARE", "ZAHLUNGSINFORMATIONEN", "EUR"):
        assert not name_like(label), label


def test_names_with_a_number_glued_to_them_or_their_founding_year_before_their_form():
    assert name_like("8gears AG") and name_like("99designs Inc")
    assert name_like("GEOBAL CONSTRUCCIONS 2018 SL") and name_like("GEOBAL CONSTRUCCIONS 2018 S.L.")
    assert not name_like("Invoice 2018") and not name_like("455 Sherman St, Denver CO")


def test_a_phrase_cut_before_its_last_word_is_no_name_and_a_country_after_a_dash_is_cut():
    assert not name_like("Numéro de") and not name_like("Terms and")
    assert clean("Oookki - France") == "Oookki"
    assert clean("Smith - Jones") == "Smith - Jones"  # (no country: a name of two)
    assert clean("DEMO - Sliced Invoices") == "DEMO - Sliced Invoices"  # (a name ending in the plural is kept)
    assert clean("Amazon Invoice") == "Amazon"


def test_a_number_labelled_document_and_a_bare_nummer_under_an_invoice_title_beat_an_order_s():
    lab = [
        printed(56, 14, (47, 103, 'Meridian'), (109, 183, 'LabSource,'), (188, 211, 'Inc.'), (529, 566, 'Invoice')),
        printed(95, 7.5, (36, 51, 'Sold'), (53, 63, 'To:'), (401, 436, 'Document'), (461, 472, 'INV'),
                (475, 503, '0098812')),
        printed(105, 7.5, (36, 65, 'Cascade'), (68, 119, 'Biotherapeutics'), (401, 420, 'Dated'), (460, 474, 'April'),
                (477, 483, '2,'), (486, 502, '2025')),
        printed(115, 7.5, (400, 420, 'Order'), (423, 427, '#'), (461, 495, 'MO-41277')),
    ]
    assert find_invoice_number(lab) == "INV 0098812"
    rechnung = [
        printed(97, 9, (51, 129, 'Universitätsklinikum'), (361, 394, 'Nummer:'), (440, 493, '2025/R/11583')),
        printed(108, 9, (51, 68, 'Frau'), (72, 82, 'Dr.'), (86, 113, 'Albers,'), (361, 387, 'Datum:'),
                (440, 482, '02.05.2025')),
        printed(130, 9, (50, 75, '80337'), (78, 114, 'München'), (360, 389, 'Auftrag:'), (440, 494, 'A-2025-09120'),
                (496, 512, 'vom'), (515, 557, '28.04.2025')),
        printed(166, 12, (51, 119, 'RECHNUNG')),
    ]
    assert find_invoice_number(rechnung) == "2025/R/11583"
    # (without the invoice's title the order's named number still wins over a bare "Nummer:")
    assert find_invoice_number(rechnung[:3]) == "A-2025-09120"


def test_a_number_in_a_group_of_three_and_a_group_of_four_digits():
    assert read_id("910 4418") == "910 4418"
    assert read_id("726 752") == "726"  # (two groups of three: the second is no part of it)


def test_an_invoice_label_above_a_bestellung_label_as_big_is_no_purchase_order():
    fields = [
        printed(90, 8, (349, 384, 'Rechnung'), (430, 480, '90-2025-1147')),
        printed(105, 8, (349, 371, 'Datum'), (430, 470, '09.04.2025')),
        printed(152, 8, (349, 385, 'Bestellung'), (430, 459, '4711/25'), (461, 477, 'vom'), (480, 520, '27.03.2025')),
    ]
    assert not is_purchase_order(PageView(fields))
    assert is_purchase_order(PageView(fields[1:]))  # ("Bestellung" alone heads a German purchase order)


def test_a_dangerous_goods_surcharge_is_a_charge_a_shipping_carton_is_a_product():
    assert lx.CHARGES.match("Gefahrgutzuschlag (Entzündbare Flüssigkeiten, UN 1170)")
    assert not lx.CHARGES.match("Betonzuschlag 0/16 mm")  # (concrete's aggregate)
    assert lx.CHARGES.match("Versand DHL") and lx.CHARGES.match("Versandspesen")
    assert not lx.CHARGES.match("Versandkarton Stülpdeckel A5, weiß")


def test_a_price_per_piece_in_a_currency_and_czech_column_labels():
    assert lx.normal_label("Unit Price HKD/pc") == "unit price"
    assert known_role("Unit Price HKD/pc") == "price"
    assert known_role("Cena za položku") == "price" and known_role("Celkem bez daně") == "amount"


def _products(lines: list[TextLine], mark: NumberFormat = POINT) -> list[tuple[Decimal, Decimal]]:
    return [(p.qty, p.price) for p in products(lines, mark)]


def test_an_irish_wholesaler_s_cases_singles_and_total_units_with_the_gross_beside_the_net():
    # "Case Size | Cases | Singles | Total Units | Unit Price | VAT Rate | Goods Value | VAT Value | Line Total Incl."
    lines = [
        printed(138, 7.5, (33, 54, 'Stock'), (57, 75, 'Code'), (90, 132, 'Description'), (401, 419, 'Case'),
                (433, 455, 'Cases'), (466, 493, 'Singles'), (514, 532, 'Total'), (570, 585, 'Unit'),
                (610, 625, 'VAT'), (664, 687, 'Goods'), (728, 743, 'VAT'), (772, 787, 'Line'), (790, 808, 'Total')),
        printed(147, 7.5, (404, 419, 'Size'), (514, 533, 'Units'), (566, 585, 'Price'), (608, 625, 'Rate'),
                (666, 687, 'Value'), (722, 743, 'Value'), (776, 791, 'Incl.'), (794, 809, 'VAT')),
        printed(163, 8.2, (34, 65, 'LV70529'), (90, 101, 'Pet'), (104, 138, 'Shampoo'), (141, 171, 'Oatmeal'),
                (175, 180, '&'), (182, 198, 'Aloe'), (201, 223, '500ml'), (410, 419, '10'), (451, 454, '1'),
                (491, 493, '-'), (524, 533, '10'), (565, 585, '10.66'), (609, 625, '23%'), (662, 686, '106.60'),
                (722, 742, '24.52'), (784, 808, '131.12')),
        printed(179, 8.2, (34, 66, 'PG70096'), (89, 110, 'Collar'), (113, 133, 'Nylon'), (137, 172, 'Reflective'),
                (176, 207, '35-50cm'), (211, 224, 'Red'), (415, 419, '4'), (451, 454, '1'), (489, 492, '3'),
                (529, 532, '7'), (569, 584, '7.41'), (609, 625, '23%'), (666, 686, '51.87'), (723, 742, '11.93'),
                (788, 808, '63.80')),
    ]
    assert _products(lines) == [(Decimal("10"), Decimal("10.66")), (Decimal("7"), Decimal("7.41"))]


HUNGARIAN_QUOTE = [
    printed(46, 16.36, (458, 556, 'ÁRAJÁNLAT')),
    printed(74, 7.85, (417, 446, 'Nemzeti'), (449, 492, 'Informatikai'), (496, 546, 'Infrastruktúra'),
            (549, 557, 'és')),
    printed(83, 7.85, (490, 537, 'Biztonságért'), (540, 556, 'KFT.')),
    printed(92, 7.85, (492, 527, 'Akadémia'), (530, 547, 'körút'), (550, 557, '10')),
    printed(101, 7.85, (499, 516, '6000'), (519, 557, 'Kecskemét')),
    printed(152, 7.85, (43, 65, 'VEVŐ')),
    printed(164, 7.85, (44, 69, 'Puskás'), (71, 97, 'Tivadar'), (100, 130, 'Egyetem')),
    printed(247, 7.85, (48, 76, 'LEÍRÁS'), (294, 341, 'MENNYISÉG'), (347, 391, 'EGYSÉGÁR'), (393, 407, '(FT)'),
            (414, 468, 'KEDVEZMÉNY'), (470, 476, '%'), (482, 531, 'VÉGÖSSZEG'), (534, 548, '(FT)')),
    printed(269, 7.85, (48, 87, 'PowerEdge'), (91, 108, 'R770'), (111, 129, 'Rack'), (131, 154, 'Server'),
            (326, 330, '2'), (333, 341, 'db'), (358, 366, '37'), (369, 381, '165'), (384, 407, '734,00'),
            (462, 476, '0,00'), (498, 506, '74'), (509, 520, '331'), (524, 547, '468,00')),
    printed(291, 7.85, (48, 66, 'Cisco'), (69, 124, 'C8500-12X4QC'), (326, 330, '2'), (333, 341, 'db'),
            (358, 366, '53'), (369, 381, '960'), (384, 407, '203,00'), (462, 476, '0,00'), (494, 506, '107'),
            (509, 522, '920'), (524, 548, '406,00')),
]


def test_a_hungarian_quotation_s_columns_its_title_and_its_seller_s_name_over_two_lines():
    assert _products(HUNGARIAN_QUOTE, COMMA) == [(Decimal("2"), Decimal("37165734.00")),
                                                 (Decimal("2"), Decimal("53960203.00"))]
    assert find_vendor(HUNGARIAN_QUOTE) == "Nemzeti Informatikai Infrastruktúra és Biztonságért KFT."
    assert not name_like("ÁRAJÁNLAT") and not name_like("Számla")


def test_a_law_firm_s_letter_date_beats_the_first_time_entry_under_the_table_s_date_column():
    lines = [
        printed(109, 9.5, (72, 97, 'Ashby'), (99, 126, 'Marine'), (129, 158, 'Supply,'), (161, 175, 'Inc.'),
                (484, 509, 'March'), (512, 518, '5,'), (521, 539, '2025')),
        printed(121, 9.5, (72, 91, 'Attn:'), (94, 117, 'Claire'), (120, 146, 'Ashby,'), (149, 179, 'General'),
                (182, 212, 'Counsel'), (447, 475, 'Invoice'), (478, 491, 'No.'), (494, 539, '2025-00871')),
        printed(217, 9.5, (75, 94, 'Date'), (127, 145, 'Atty'), (163, 210, 'Description'), (460, 485, 'Hours'),
                (504, 537, 'Amount')),
        printed(236, 9.5, (75, 108, '02/03/25'), (127, 145, 'HCP'), (163, 192, 'Review'), (195, 231, "landlord's"),
                (234, 257, 'notice'), (474, 485, '1.2'), (511, 537, '540.00')),
        printed(263, 9.5, (75, 108, '02/04/25'), (127, 145, 'SRK'), (163, 210, 'Research'), (474, 485, '3.4'),
                (505, 537, '1,054.00')),
    ]
    assert find_date(lines) == date(2025, 3, 5)
    # (one dated line under the table's "Date" is the payment a receipt records, read when nothing else dates it)
    receipt = [
        printed(208, 9, (39, 58, 'Date'), (196, 243, 'Description'), (302, 338, 'Quantity'), (480, 513, 'Amount')),
        printed(230, 9, (39, 100, '18 September, 2025'), (195, 240, 'API Services'), (310, 315, '1'),
                (481, 510, '$20.00')),
    ]
    assert find_date(receipt) == date(2025, 9, 18)


def test_a_title_of_document_words_is_no_table_header_and_a_task_column_names_the_work():
    title = printed(46, 14, (341, 398, 'INVOICE'), (409, 414, '/'), (425, 483, 'PACKING'), (492, 524, 'LIST'))
    terms = printed(122, 9, (340, 366, 'TERMS'), (416, 426, '2%'), (433, 442, '10'), (448, 464, 'NET'),
                    (471, 479, '30'))
    assert find_header((title, terms), 0) is None
    timesheet = [
        printed(189, 9, (49, 68, 'Date'), (90, 110, 'Task'), (421, 445, 'Hours'), (483, 500, 'Rate'),
                (522, 555, 'Amount')),
        printed(225, 9, (49, 70, '02/03'), (91, 160, 'Checkout extensibility'), (432, 450, '5.50'),
                (475, 500, '175.00'), (531, 555, '962.50')),
    ]
    assert _products(timesheet) == [(Decimal("5.50"), Decimal("175.00"))]


def test_a_portuguese_documento_over_its_series_number_and_a_price_per_unit_beside_a_discount():
    head = [
        printed(120, 8, (40, 80, 'Documento'), (200, 220, 'Data')),
        printed(131, 9, (40, 100, 'FT 2024/1187'), (200, 245, '2024-05-14')),
    ]
    assert find_invoice_number(head) == "FT 2024/1187"
    assert known_role("Preço Un.") == "price"


def test_a_phrase_a_pronoun_opens_before_a_word_in_lower_case_is_a_sentence_no_name():
    assert not name_like("You rode with Clifford") and not name_like("Uw boekingen")
    assert name_like("Your Party Shop") and name_like("Our Lady of Grace Ltd")  # (names in capitals)


def test_case_counts_beside_a_unit_upc_and_a_norwegian_sum_without_vat():
    cases = [
        printed(204, 7.6, (40, 56, 'Item'), (59, 64, '#'), (88, 117, 'Product'), (120, 163, 'Description'),
                (260, 295, 'Pack/Size'), (314, 329, 'Unit'), (332, 347, 'UPC'), (392, 401, 'Cs'), (420, 429, 'Cs'),
                (455, 473, 'Case'), (496, 511, 'Unit'), (535, 565, 'Amount')),
        printed(214, 7.6, (387, 400, 'Ord'), (412, 429, 'Ship'), (454, 473, 'Price'), (494, 511, 'Cost')),
        printed(228, 7.6, (39, 67, '83-4545'), (87, 99, 'Sea'), (102, 115, 'Salt'), (118, 145, 'Caramel'),
                (148, 168, 'Sauce'), (260, 278, '12/10'), (281, 288, 'oz'), (314, 365, '204917913754'),
                (397, 400, '2'), (425, 428, '2'), (454, 473, '67.20'), (496, 511, '5.60'), (542, 565, '134.40')),
        printed(238, 7.6, (88, 98, 'Lot'), (100, 126, 'D24198'), (130, 144, 'Best'), (147, 155, 'By'),
                (158, 196, '04/15/2026')),
        printed(249, 7.6, (40, 67, '17-4566'), (87, 134, 'Stone-Ground'), (137, 164, 'Mustard'), (167, 174, 'w/'),
                (177, 198, 'Honey'), (260, 274, '12/8'), (277, 284, 'oz'), (313, 365, '057487477641'),
                (397, 400, '1'), (425, 428, '1'), (454, 473, '90.00'), (496, 511, '7.50'), (546, 565, '90.00')),
    ]
    assert _products(cases) == [(Decimal("2"), Decimal("67.20")), (Decimal("1"), Decimal("90.00"))]
    norwegian = [
        printed(190, 8, (50, 72, 'Linje'), (78, 109, 'Varenr'), (128, 171, 'Varetekst'), (348, 375, 'Antall'),
                (381, 399, 'Enh'), (440, 457, 'Pris'), (462, 487, 'Rab%'), (507, 526, 'Sum'), (529, 546, 'eks.')),
        printed(200, 8, (529, 547, 'mva')),
        printed(503, 8, (58, 70, '180'), (79, 115, 'SE-3050'), (129, 240, 'Skål steintøy Ø 14 cm, sand'),
                (365, 375, '24'), (381, 393, 'stk'), (434, 457, '42,00'), (512, 547, '1 008,00')),
    ]
    assert _products(norwegian, COMMA) == [(Decimal("24"), Decimal("42.00"))]
    # (the labels that name those columns)
    assert known_role("Cs Ord") == "ordered" and known_role("Cs Ship") == "shipped"
    assert known_role("Unit UPC") == "upc" and known_role("Sum eks. mva") == "amount"


def test_an_order_confirmation_s_title_in_dutch_or_nordic_is_no_name():
    for title in ("ORDERBEVESTIGING", "Ordrebekræftelse", "Ordrebekreftelse", "Orderbekräftelse"):
        assert not name_like(title), title


def test_a_number_with_its_series_letters_under_an_invoice_and_packing_list_title():
    lines = [
        printed(36, 14, (37, 98, 'PRAIRIE'), (104, 147, 'WIND'), (154, 264, 'DISTRIBUTING'), (614, 661, 'Invoice'),
                (665, 670, '/'), (675, 726, 'Packing'), (732, 756, 'List')),
        printed(50, 8.5, (37, 61, 'Prairie'), (64, 83, 'Wind'), (86, 131, 'Distributing'), (135, 148, 'LLC'),
                (544, 557, 'No.'), (561, 573, 'PW'), (577, 603, '77104'), (612, 613, '·'), (623, 647, 'Dated'),
                (651, 699, '01/09/2025')),
        printed(101, 8, (36, 54, 'Cust'), (57, 69, 'PO:'), (73, 115, 'WSM-0107'), (124, 150, 'Terms:'),
                (155, 166, '1%'), (170, 181, '15,'), (185, 198, 'Net'), (201, 210, '30')),
    ]
    assert find_invoice_number(lines) == "PW 77104"


def test_a_shop_receipt_s_card_with_its_option_and_sku_lines_between_title_and_count():
    from test_scripts.unit.layout.test_labelled_entries import products

    lines = [
        printed(60, 12, (50, 200, 'Order receipt')),
        printed(351, 9, (107, 151, 'Mushroom'), (155, 182, 'Forest'), (185, 216, 'Sticker,'),
                (220, 278, 'Weatherproof'), (281, 304, 'Vinyl,'), (307, 312, '3'), (315, 332, 'inch'),
                (535, 562, '$70.00')),
        printed(362, 8.5, (107, 130, 'Finish:'), (134, 179, 'Holographic')),
        printed(373, 8, (106, 124, 'SKU:'), (128, 191, 'PMS-ST-MUSH-H')),
        printed(384, 8.5, (106, 139, 'Quantity:'), (143, 152, '50'), (201, 221, 'Price:'), (224, 245, '$1.40'),
                (248, 266, 'each')),
        printed(409, 9, (106, 126, '2025'), (129, 152, 'Moon'), (156, 181, 'Phase'), (184, 202, 'Wall'),
                (205, 245, 'Calendar,'), (249, 273, '11x17'), (277, 320, 'Risograph'), (324, 343, 'Print'),
                (535, 562, '$96.00')),
        printed(420, 8, (106, 124, 'SKU:'), (128, 171, 'PMS-CAL25')),
        printed(431, 8.5, (106, 139, 'Quantity:'), (143, 152, '10'), (201, 221, 'Price:'), (224, 245, '$9.60'),
                (248, 266, 'each')),
    ]
    assert [(p.qty, p.price) for p in products(lines)] == [(50, Decimal("1.40")), (10, Decimal("9.60"))]


def test_an_order_number_in_groups_with_its_date_and_an_invoice_number_in_groups_after_its_series():
    lines = [
        printed(36, 12, (41, 300, 'RHEINFELD Elektro-Großhandel GmbH & Co. KG'), (649, 760, 'RECHNUNG')),
        printed(49, 8, (537, 610, 'Beleg-Nr. 90 24 118 5'), (622, 690, 'Datum 07.03.2025')),
        printed(88, 8, (41, 90, 'Herrn Kaya'), (430, 480, 'Auftrags-Nr.:'), (484, 530, 'AB 77 40 221'),
                (534, 548, 'vom'), (552, 600, '03.03.2025')),
    ]
    assert find_date(lines) == date(2025, 3, 3)
    head = [
        printed(60, 9, (350, 420, 'Rechnungsnummer'), (430, 490, 'NL 25 00871')),
        printed(72, 9, (350, 420, 'Kundennummer'), (430, 470, 'K-2093')),
    ]
    assert find_invoice_number(head) == "NL 25 00871"
    assert read_id("PO 12 2025") is None  # (a month and a year after a kind's letters: no number)


def test_a_bulgarian_number_label_glued_to_its_number_under_the_title():
    lines = [
        printed(158, 12, (285, 340, 'ФАКТУРА')),
        printed(185, 9, (49, 110, 'Място:София'), (284, 350, 'Дата:22.04.2025'), (494, 570, 'Номер:1000051813')),
    ]
    assert find_invoice_number(lines) == "1000051813"


def test_a_sentence_s_full_stop_after_an_acronym_form_is_no_part_of_the_name():
    assert clean("Paper Lantern Press LLC.") == "Paper Lantern Press LLC"
    assert clean("Acme Inc.") == "Acme Inc." and clean("Foo Ltd.") == "Foo Ltd."  # (abbreviations keep theirs)


def test_a_purchase_order_s_number_beside_p_o_alone():
    lines = [
        printed(169, 12, (19, 120, 'Purchase Order')),
        printed(190, 9, (18, 70, 'SUPPLIER'), (234, 280, 'SHIP TO'), (451, 470, 'P.O.'), (516, 540, '1096')),
        printed(203, 9, (18, 200, 'Samhan Technologies (Pvt) Ltd'), (451, 475, 'DATE'), (515, 560, '03/09/2025')),
    ]
    assert find_po_number(lines) == "1096"
    assert find_po_number([printed(190, 9, (18, 60, 'P.O. Box'), (70, 90, '1096'))]) == ""
