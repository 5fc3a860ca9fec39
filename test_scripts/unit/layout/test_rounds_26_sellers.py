"""Seller and customer rules from the twenty-sixth session's independent documents: each case is a layout a
helper drew or found, reduced to the lines that matter."""

from __future__ import annotations

from invoice_processing.layout.fields import PageView
from invoice_processing.vendors.domain_names import domain_names
from invoice_processing.vendors.issuer import find_vendor, seller_named_later
from invoice_processing.vendors.issuer_names import clean, name_like
from invoice_processing.vendors.parties import customer_blocks
from test_scripts.unit.layout.lines import line, printed
from test_scripts.unit.layout.pages_26 import GROCERY_PO


def test_a_note_in_english_under_a_product_has_no_legal_form():
    # "Lot 771/56 - colour and size as pre-pack PP72" under the page's last rows, over two lines that read as
    # an address: "as" is English here, not a Norwegian AS, and the note no name
    lines = [
        printed(36, 14, (212, 277, 'Tidewater'), (282, 349, 'Stationery'), (354, 400, 'Supply')),
        printed(48, 8, (173, 181, '95'), (184, 205, 'Wharf'), (207, 230, 'Street,'), (233, 251, 'Suite'),
                (254, 259, '4,'), (263, 305, 'Portsmouth,'), (308, 319, 'NH'), (322, 342, '03801'), (348, 350, '-'),
                (355, 439, 'tidewaterstationery.com')),
        printed(74, 10, (41, 74, 'Invoice'), (546, 565, 'Page'), (568, 570, '1')),
        printed(86, 8.5, (41, 72, 'Number:'), (75, 129, 'TSS/25/00418'), (300, 338, 'Customer:'),
                (342, 359, 'Little'), (363, 388, 'Harbor'), (391, 413, 'Paper'), (416, 440, 'Goods')),
        printed(97, 8.5, (41, 60, 'Date:'), (64, 111, '14-Feb-2025'), (301, 309, '17'), (312, 328, 'Bow'),
                (331, 353, 'Street')),
        printed(108, 8.5, (301, 345, 'Portsmouth,'), (349, 360, 'NH'), (363, 385, '03801')),
        printed(119, 8.5, (300, 318, 'Acct:'), (322, 354, 'LHP-009')),
        printed(149, 8, (48, 52, '#'), (60, 76, 'SKU'), (113, 128, 'Item'), (348, 380, 'Quantity'),
                (401, 415, 'Unit'), (463, 480, 'Rate'), (542, 572, 'Amount')),
        printed(579, 8, (44, 52, '18'), (60, 93, 'TW-5217'), (113, 152, 'Letterpress'), (155, 186, 'Notecard'),
                (190, 203, 'Box'), (206, 214, '10'), (216, 235, 'cards'), (238, 251, 'and'), (254, 291, 'envelopes,'),
                (376, 380, '4'), (401, 411, 'EA'), (465, 480, '6.00'), (552, 572, '24.00')),
        printed(588, 8, (112, 149, 'two-colour'), (152, 188, 'letterpress'), (191, 199, 'on'), (202, 215, '220'),
                (218, 223, 'lb'), (226, 247, 'cotton'), (250, 270, 'stock,'), (273, 303, 'assorted')),
        printed(598, 8, (112, 133, 'florals'), (136, 138, '-'), (141, 166, 'reorder')),
        printed(608, 7, (121, 130, 'Lot'), (133, 153, '771/56'), (156, 158, '-'), (160, 179, 'colour'),
                (181, 193, 'and'), (194, 207, 'size'), (209, 216, 'as'), (218, 246, 'pre-pack'), (247, 264, 'PP72')),
        printed(621, 8, (44, 52, '19'), (60, 93, 'TW-5218'), (113, 132, 'Brass'), (135, 156, 'Paper'),
                (159, 172, 'Clip'), (174, 185, 'Tin'), (188, 202, 'gold'), (205, 225, 'finish,'), (229, 241, '100'),
                (244, 261, 'clips,'), (265, 288, 'hinged'), (291, 298, 'lid'), (301, 303, '-'), (371, 380, '36'),
                (401, 411, 'EA'), (465, 480, '6.00'), (548, 572, '216.00')),
        printed(631, 8, (113, 138, 'reorder')),
        printed(641, 7, (121, 146, 'Delivery'), (148, 164, 'week'), (167, 174, '19'), (175, 178, '/'),
                (179, 195, '2025')),
        printed(654, 8, (113, 139, 'Leather'), (142, 177, 'Bookmark'), (180, 243, 'vegetable-tanned,'),
                (246, 263, 'hand'), (266, 293, 'stitched'), (296, 315, 'edge,')),
        printed(664, 8, (43, 52, '20'), (60, 93, 'TW-5219'), (112, 132, 'tassel'), (135, 137, '-'),
                (141, 166, 'reorder'), (376, 380, '6'), (401, 411, 'EA'), (465, 480, '1.85'), (553, 572, '11.10')),
        printed(679, 8, (43, 50, '21'), (60, 93, 'TW-5220'), (113, 143, 'Fountain'), (146, 159, 'Pen'),
                (163, 172, 'Ink'), (175, 195, 'Bottle'), (198, 206, '50'), (209, 218, 'ml,'), (222, 245, 'colour:'),
                (248, 278, 'Midnight'), (281, 298, 'Blue,'), (301, 320, 'water'), (372, 380, '12'), (401, 411, 'EA'),
                (465, 480, '9.80'), (548, 572, '117.60')),
        printed(689, 8, (112, 135, 'based,'), (139, 157, 'glass'), (160, 178, 'bottle'), (181, 187, 'in'),
                (190, 213, 'printed'), (216, 238, 'carton'), (241, 243, '-'), (246, 271, 'reorder')),
        printed(750, 7, (206, 225, 'Thank'), (227, 238, 'you'), (241, 249, 'for'), (251, 264, 'your'),
                (267, 293, 'business'), (298, 300, '-'), (304, 335, 'Tidewater'), (337, 368, 'Stationery'),
                (370, 391, 'Supply'), (394, 406, 'LLC')),
    ]
    assert find_vendor(lines) == "Tidewater Stationery Supply"


def test_a_british_city_line_with_its_county_and_postcode_is_no_sender_line():
    # "Kersey, Suffolk IP7 6EG" under a sole trader's name: a town, its county and postcode, not "name, address"
    lines = [
        printed(64, 18, (56, 112, 'Eleanor'), (117, 136, 'M.'), (142, 210, 'Ashdown'), (496, 539, 'Invoice')),
        printed(98, 10, (56, 70, 'The'), (73, 86, 'Old'), (88, 111, 'Forge,'), (114, 140, 'Church'),
                (142, 160, 'Lane'), (459, 471, '3rd'), (474, 517, 'September'), (520, 539, '2025')),
        printed(110, 9, (56, 83, 'Kersey,'), (86, 113, 'Suffolk'), (115, 127, 'IP7'), (130, 146, '6EG')),
        printed(121, 9, (56, 78, '07700'), (81, 94, '914'), (97, 110, '382')),
        printed(157, 10, (56, 69, 'To:'), (80, 107, 'Orford'), (110, 129, 'Ness'), (132, 151, 'Gifts')),
        printed(169, 10, (80, 85, '2'), (88, 109, 'Quay'), (112, 135, 'Street')),
        printed(181, 10, (80, 109, 'Orford,'), (112, 162, 'Woodbridge'), (165, 183, 'IP12'), (186, 205, '2NU')),
        printed(212, 10, (56, 70, 'For'), (73, 113, 'letterpress'), (116, 155, 'stationery'), (158, 192, 'supplied'),
                (195, 204, 'on'), (208, 211, '1'), (215, 257, 'September'), (260, 282, '2025,'), (285, 293, 'as'),
                (296, 326, 'ordered'), (328, 338, 'by'), (341, 382, 'telephone:')),
        printed(245, 10, (59, 79, 'Item'), (362, 378, 'Qty'), (421, 443, 'Price'), (501, 523, 'Total')),
        printed(263, 10, (59, 103, 'Letterpress'), (106, 142, 'greetings'), (145, 162, 'card'),
                (165, 206, "'Saltmarsh"), (209, 238, "Heron',"), (241, 255, 'A6,'), (258, 276, 'with'),
                (279, 314, 'envelope'), (368, 378, '36'), (421, 442, '£2.25'), (496, 523, '£81.00')),
        printed(279, 10, (59, 103, 'Letterpress'), (106, 142, 'greetings'), (145, 162, 'card'),
                (165, 215, "'Lighthouse',"), (219, 233, 'A6,'), (236, 253, 'with'), (256, 292, 'envelope'),
                (368, 378, '36'), (421, 442, '£2.25'), (496, 523, '£81.00')),
        printed(295, 10, (59, 96, 'Notecard'), (99, 111, 'set,'), (115, 119, '8'), (122, 142, 'cards'),
                (146, 151, '+'), (154, 195, 'envelopes,'), (199, 230, "'Suffolk"), (233, 257, "Coast'"),
                (369, 378, '12'), (421, 443, '£7.50'), (496, 523, '£90.00')),
    ]
    assert find_vendor(lines) == "Eleanor M. Ashdown"


def test_the_firm_over_an_attention_line_is_the_customer():
    # "Pinewood Grocers, Inc." over "Attn: Helen Barros, General Manager" (no "Bill to" over it): the customer,
    # not the seller the letterhead names
    lines = [
        printed(50, 16, (197, 306, 'CASTELLANO'), (311, 323, '&'), (328, 380, 'REYES'), (385, 416, 'LLP')),
        printed(67, 10, (271, 310, 'Attorneys'), (313, 321, 'at'), (323, 340, 'Law')),
        printed(80, 8.5, (172, 185, '200'), (187, 195, 'N.'), (198, 223, 'LaSalle'), (226, 247, 'Street,'),
                (250, 267, 'Suite'), (269, 286, '2650'), (291, 292, '|'), (297, 326, 'Chicago,'),
                (329, 353, 'Illinois'), (356, 376, '60601'), (381, 382, '|'), (387, 405, '(312)'),
                (407, 440, '555-0190')),
        printed(91, 8.5, (259, 284, 'Federal'), (286, 299, 'Tax'), (302, 310, 'ID'), (313, 353, '36-4781125')),
        printed(122, 10, (60, 100, 'Pinewood'), (103, 136, 'Grocers,'), (139, 154, 'Inc.'), (400, 431, 'Invoice'),
                (434, 456, 'Date:'), (470, 491, 'April'), (494, 501, '2,'), (504, 523, '2025')),
        printed(134, 10, (60, 80, 'Attn:'), (83, 107, 'Helen'), (110, 138, 'Barros,'), (141, 173, 'General'),
                (175, 211, 'Manager'), (400, 431, 'Invoice'), (434, 451, 'No.:'), (470, 503, '24-0318')),
        printed(146, 10, (60, 80, '4410'), (83, 92, 'N.'), (95, 117, 'Clark'), (120, 143, 'Street'),
                (400, 426, 'Client'), (429, 446, 'No.:'), (470, 490, '2024')),
        printed(158, 10, (60, 95, 'Chicago,'), (99, 108, 'IL'), (111, 135, '60640'), (400, 430, 'Matter'),
                (433, 450, 'No.:'), (470, 508, '2024-117')),
        printed(187, 10, (60, 76, 'RE:'), (80, 112, 'Harbor'), (115, 136, 'Lane'), (139, 163, 'Lease'),
                (166, 198, 'Dispute')),
        printed(200, 10, (60, 75, 'For'), (77, 127, 'professional'), (130, 161, 'services'), (165, 201, 'rendered'),
                (203, 234, 'through'), (237, 263, 'March'), (266, 277, '31,'), (281, 301, '2025')),
        printed(222, 10, (60, 138, 'PROFESSIONAL'), (141, 190, 'SERVICES')),
        printed(238, 9.5, (60, 79, 'Date'), (110, 128, 'Atty'), (145, 192, 'Description'), (420, 445, 'Hours'),
                (476, 495, 'Rate'), (519, 552, 'Amount')),
        printed(254, 9.5, (60, 93, '03/03/25'), (110, 131, 'MCR'), (145, 174, 'Review'), (177, 213, "landlord's"),
                (216, 239, 'notice'), (242, 250, 'of'), (252, 278, 'default'), (281, 294, 'and'), (297, 315, 'lease'),
                (318, 348, 'sections'), (351, 363, '7.2'), (366, 379, 'and'), (382, 393, '14;'), (434, 445, '1.4'),
                (469, 495, '425.00'), (526, 552, '595.00')),
        printed(265, 9.5, (145, 182, 'telephone'), (185, 226, 'conference'), (229, 245, 'with'), (248, 269, 'client'),
                (271, 307, 'regarding'), (310, 326, 'cure'), (329, 355, 'period.')),
        printed(282, 9.5, (60, 93, '03/03/25'), (110, 126, 'JTA'), (145, 180, 'Research'), (182, 209, 'Illinois'),
                (212, 246, 'authority'), (248, 258, 'on'), (260, 305, 'commercial'), (307, 344, "landlord's"),
                (347, 363, 'duty'), (366, 373, 'to'), (376, 409, 'mitigate;'), (434, 445, '3.2'),
                (469, 495, '260.00'), (526, 552, '832.00')),
        printed(293, 9.5, (145, 163, 'draft'), (165, 220, 'memorandum.')),
    ]
    assert find_vendor(lines) == "CASTELLANO & REYES LLP"


def test_a_firm_s_name_that_starts_with_its_number_and_ends_with_its_form():
    # "4th Street Paper Co." in large print at top right, over "Kestrel Holdings LLC d/b/a 4th Street Paper Co."
    lines = [
        printed(46, 16, (41, 88, 'PEACH'), (93, 148, 'STREET'), (153, 242, 'STATIONERS'), (420, 442, '4th'),
                (448, 492, 'Street'), (499, 542, 'Paper'), (547, 571, 'Co.')),
        printed(59, 8, (402, 426, 'Kestrel'), (429, 460, 'Holdings'), (463, 476, 'LLC'), (479, 497, 'd/b/a'),
                (499, 510, '4th'), (513, 534, 'Street'), (537, 557, 'Paper'), (560, 571, 'Co.')),
        printed(66, 10, (40, 81, 'Accounts'), (85, 120, 'Payable')),
        printed(69, 8, (402, 414, '610'), (417, 421, 'E'), (425, 435, '4th'), (438, 447, 'St,'),
                (450, 473, 'Austin,'), (476, 486, 'TX'), (489, 510, '78701'), (516, 517, '·'),
                (522, 572, '512-555-0170')),
        printed(76, 10, (40, 51, '88'), (55, 99, 'Peachtree'), (103, 132, 'Center'), (135, 152, 'Ave'),
                (156, 168, 'NE')),
        printed(88, 10, (40, 73, 'Atlanta,'), (77, 91, 'GA'), (94, 121, '30303')),
        printed(126, 20, (41, 121, 'INVOICE'), (191, 220, 'INVOICE'), (268, 295, 'ORDER'), (298, 317, 'DATE'),
                (346, 363, 'SHIP'), (366, 385, 'DATE'), (424, 444, 'CUST'), (447, 457, 'PO'), (502, 519, 'SHIP'),
                (522, 534, 'VIA')),
        printed(138, 9, (190, 215, '41877'), (269, 313, '11/03/2024'), (347, 391, '11/06/2024'),
                (425, 465, 'PSS-7720'), (503, 520, 'UPS'), (523, 555, 'Ground')),
        printed(172, 9, (43, 61, 'SKU'), (124, 172, 'Description'), (397, 412, 'Qty'), (460, 477, 'Unit'),
                (531, 544, 'Ext'), (548, 569, 'Price')),
        printed(188, 9, (44, 91, 'NB-A5-DOT'), (123, 134, 'A5'), (137, 175, 'notebook,'), (179, 191, 'dot'),
                (194, 210, 'grid,'), (214, 242, 'lay-flat,'), (246, 262, 'kraft'), (265, 287, 'cover'),
                (402, 412, '24'), (460, 477, '5.60'), (542, 569, '134.40')),
        printed(203, 9, (44, 86, 'NB-A5-LIN'), (123, 134, 'A5'), (137, 175, 'notebook,'), (179, 199, 'lined,'),
                (203, 231, 'lay-flat,'), (235, 251, 'kraft'), (254, 276, 'cover'), (402, 412, '24'),
                (460, 477, '5.60'), (542, 569, '134.40')),
        printed(218, 9, (44, 90, 'NB-A6-PKT'), (124, 150, 'Pocket'), (154, 190, 'notebook'), (193, 205, 'A6,'),
                (209, 237, '3-pack,'), (241, 275, 'assorted'), (403, 412, '18'), (460, 477, '6.90'),
                (542, 569, '124.20')),
        printed(233, 9, (44, 84, 'PL-WK-25'), (123, 143, '2025'), (146, 173, 'weekly'), (176, 207, 'planner,'),
                (211, 229, 'linen'), (232, 256, 'cover,'), (259, 278, 'sage'), (403, 412, '12'), (455, 477, '13.25'),
                (542, 569, '159.00')),
    ]
    assert find_vendor(lines) == "4th Street Paper Co."


def test_a_priced_option_is_no_sender_line():
    # "Garage door – 2 coats Enamacryl: 1 | @ $340.00" under "Options (not included)": a price, not a name
    lines = [
        printed(44, 16, (41, 113, 'Mossfield'), (119, 181, 'Painters'), (187, 197, '&'), (203, 286, 'Decorators')),
        printed(61, 8.5, (41, 52, 'PO'), (55, 69, 'Box'), (73, 81, '18'), (84, 99, '822,'),
                (103, 150, 'Christchurch'), (153, 170, '8641'), (177, 178, '·'), (183, 197, '027'), (200, 214, '555'),
                (216, 235, '4410'), (241, 242, '·'), (247, 264, 'GST'), (267, 279, 'No.'), (283, 330, '118-442-907')),
        printed(93, 20, (41, 97, 'Quote')),
        printed(122, 9, (40, 66, 'Quote'), (69, 101, 'number'), (131, 171, 'MPD-0871'), (360, 371, 'To')),
        printed(134, 9, (41, 63, 'Issue'), (66, 84, 'date'), (130, 135, '3'), (138, 153, 'Feb'), (156, 175, '2025'),
                (361, 383, 'Helen'), (386, 392, '&'), (395, 424, 'Marcus'), (427, 447, 'Tane')),
        printed(146, 9, (41, 67, 'Expiry'), (130, 135, '3'), (138, 153, 'Mar'), (156, 175, '2025'), (361, 370, '14'),
                (373, 391, 'Rata'), (394, 418, 'Street')),
        printed(158, 9, (41, 83, 'Reference'), (131, 161, 'Exterior'), (164, 191, 'repaint'), (194, 199, '–'),
                (202, 211, '14'), (214, 232, 'Rata'), (235, 243, 'St'), (361, 394, 'Merivale')),
        printed(167, 9, (360, 410, 'Christchurch'), (413, 433, '8014')),
        printed(197, 9, (41, 89, 'Description'), (500, 534, 'Amount'), (537, 555, 'NZD')),
        printed(215, 10, (41, 95, 'Preparation')),
        printed(229, 9, (52, 95, 'Waterblast'), (98, 106, 'all'), (109, 139, 'exterior'),
                (142, 203, 'weatherboards,'), (206, 229, 'soffits'), (232, 247, 'and'), (250, 273, 'decks'),
                (528, 555, '780.00')),
        printed(517, 9.5, (40, 76, 'Options'), (79, 96, '(not'), (100, 141, 'included)')),
        printed(530, 9, (53, 83, 'Repaint'), (86, 103, 'front'), (106, 130, 'fence,'), (133, 138, '2'),
                (141, 164, 'coats:'), (167, 177, '24'), (180, 188, 'lm'), (193, 200, '@'), (204, 242, '$28.00/lm'),
                (528, 555, '672.00')),
        printed(542, 9, (52, 82, 'Garage'), (85, 103, 'door'), (105, 110, '–'), (113, 117, '2'), (120, 141, 'coats'),
                (145, 188, 'Enamacryl:'), (192, 195, '1'), (200, 207, '@'), (211, 243, '$340.00'),
                (528, 555, '340.00')),
        printed(562, 8.5, (40, 66, 'Terms:'), (69, 85, '20%'), (88, 115, 'deposit'), (118, 127, 'on'),
                (130, 175, 'acceptance,'), (178, 211, 'progress'), (214, 246, 'payment'), (249, 255, 'at'),
                (258, 274, '50%'), (278, 320, 'completion,'), (323, 352, 'balance'), (355, 364, 'on'),
                (367, 410, 'completion.'), (413, 451, 'Quantities'), (454, 491, 'measured'), (494, 502, 'on'),
                (506, 518, 'site'), (521, 530, '29')),
        printed(572, 8.5, (40, 72, 'January;'), (75, 93, 'work'), (95, 118, 'varied'), (121, 130, 'by'),
                (133, 165, 'measure'), (168, 174, 'at'), (177, 188, 'the'), (192, 210, 'rates'), (213, 237, 'above.'),
                (240, 272, 'Weather'), (275, 314, 'permitting,'), (317, 333, 'start'), (337, 345, '17'),
                (348, 383, 'February.'), (387, 407, 'Bank:'), (410, 427, 'ANZ'), (430, 511, '06-0817-0442718-00.')),
    ]
    assert find_vendor(lines) == "Mossfield Painters & Decorators"


def test_a_customer_s_contact_in_body_print_under_its_name_in_large_print_is_in_its_block():
    # "CUSTOMER" (8 pt) over "Willow Creek Market" (20 pt), then "Ruth Andersson" (10 pt) after a gap
    lines = [
        printed(37, 8, (40, 85, 'CUSTOMER')),
        printed(57, 20, (40, 103, 'Willow'), (110, 165, 'Creek'), (171, 234, 'Market')),
        printed(66, 22, (496, 538, '1919')),
        printed(84, 10, (41, 60, 'Ruth'), (64, 111, 'Andersson'), (484, 535, 'MERCANTILE'), (537, 550, 'CO.')),
        printed(95, 10, (40, 45, '9'), (49, 75, 'Depot'), (78, 104, 'Street')),
        printed(106, 10, (40, 74, 'Galena,'), (79, 86, 'IL'), (89, 116, '61036')),
        printed(157, 10, (41, 74, 'Invoice'), (78, 93, 'No.'), (151, 171, 'Date'), (260, 307, 'Customer'),
                (310, 325, 'No.'), (370, 429, 'Salesperson')),
        printed(169, 10, (41, 98, '1919-003562'), (151, 206, '17-Jan-2025'), (260, 298, 'C-40412'),
                (371, 398, 'House')),
    ]
    block = {p.text for p in customer_blocks(PageView(lines))[0]}
    assert {"Willow Creek Market", "Ruth Andersson", "9 Depot Street"} <= block


def test_a_name_ends_at_its_form_before_a_house_number():
    # a marketplace's band: "Kreate Marketplace Ltd, 3 Shoreditch Yard, London E2 7DJ" names the firm, then its address
    assert clean("Kreate Marketplace Ltd, 3 Shoreditch Yard, London E2 7DJ") == "Kreate Marketplace Ltd"
    assert clean("Saltmarsh Candle Co., 2 Quay Street") == "Saltmarsh Candle Co."


def test_a_grid_s_labels_are_no_names_and_a_remit_to_block_on_the_stub_names_the_seller():
    # page one: a logo without words, "P.O. Number | Terms | Rep | Ship Date | Via" over their values; the seller's
    # name only under "REMIT TO:" on page two's payment stub
    first = [
        printed(46, 24, (475, 571, 'INVOICE')),
        printed(67, 8, (532, 549, 'Page'), (553, 555, '1'), (559, 565, 'of'), (568, 572, '2')),
        printed(105, 7.5, (302, 317, 'Date'), (369, 394, 'Invoice'), (397, 400, '#'), (448, 464, 'Acct'),
                (467, 471, '#'), (524, 538, 'S.O.'), (541, 545, '#')),
        printed(121, 8.5, (286, 302, 'April'), (305, 311, '2,'), (315, 333, '2025'), (373, 396, '31077'),
                (444, 476, 'RT-0662'), (516, 554, 'SO-14418')),
        printed(154, 8, (45, 56, 'Bill'), (59, 68, 'To'), (234, 251, 'Ship'), (254, 263, 'To')),
        printed(167, 8.5, (44, 64, 'Cairn'), (67, 72, '&'), (75, 91, 'Quill'), (95, 117, 'Books'),
                (234, 254, 'Cairn'), (257, 262, '&'), (265, 281, 'Quill'), (285, 307, 'Books'), (310, 313, '-'),
                (315, 339, 'Annex')),
        printed(178, 8.5, (44, 79, 'Accounts'), (82, 112, 'Payable'), (235, 252, '1932'), (256, 266, 'SE'),
                (270, 298, 'Division'), (302, 309, 'St')),
        printed(188, 8.5, (44, 58, '410'), (61, 75, 'NW'), (77, 101, 'Couch'), (104, 114, 'St,'), (117, 129, 'Ste'),
                (132, 136, '2'), (235, 267, 'Portland,'), (271, 283, 'OR'), (286, 309, '97202')),
        printed(199, 8.5, (45, 77, 'Portland,'), (81, 93, 'OR'), (96, 119, '97209')),
        printed(234, 7.5, (71, 85, 'P.O.'), (88, 116, 'Number'), (188, 211, 'Terms'), (299, 313, 'Rep'),
                (395, 411, 'Ship'), (414, 429, 'Date'), (513, 524, 'Via')),
        printed(249, 8.5, (65, 121, 'CQ-2025-0419'), (188, 200, 'Net'), (203, 212, '45'), (301, 312, 'KD'),
                (396, 429, '4/1/2025'), (492, 516, 'FedEx'), (518, 546, 'Ground')),
        printed(282, 8, (49, 62, 'Qty'), (73, 88, 'Item'), (151, 193, 'Description'), (473, 490, 'Rate'),
                (538, 568, 'Amount')),
        printed(298, 8.5, (53, 62, '48'), (73, 115, 'NP-CRD-011'), (150, 182, 'Greeting'), (185, 203, 'Card'),
                (206, 208, '-'), (212, 242, 'Birthday'), (245, 281, "'Mountain"), (284, 315, "Sunrise',"),
                (319, 329, 'A2'), (331, 346, 'with'), (349, 365, 'kraft'), (368, 404, 'envelope,'),
                (407, 417, 'foil'), (474, 490, '2.25'), (543, 568, '108.00')),
        printed(308, 8.5, (150, 175, 'accent')),
        printed(323, 8.5, (53, 62, '48'), (73, 116, 'NP-CRD-014'), (150, 182, 'Greeting'), (185, 203, 'Card'),
                (206, 208, '-'), (211, 235, 'Thank'), (237, 251, 'You'), (255, 273, "'Fern"), (276, 299, "Study'"),
                (474, 490, '2.25'), (543, 568, '108.00')),
        printed(338, 8.5, (53, 62, '24'), (73, 116, 'NP-CRD-022'), (150, 182, 'Greeting'), (185, 203, 'Card'),
                (206, 208, '-'), (211, 249, 'Sympathy'), (252, 273, "'Quiet"), (276, 297, "Lake',"),
                (301, 340, 'letterpress'), (474, 490, '2.60'), (547, 568, '62.40')),
        printed(353, 8.5, (53, 62, '12'), (73, 114, 'NP-NBK-101'), (151, 178, 'Lay-flat'), (181, 217, 'Notebook'),
                (219, 231, 'A5,'), (234, 246, 'dot'), (249, 264, 'grid,'), (268, 281, '160'), (284, 295, 'pp,'),
                (298, 315, 'linen'), (319, 339, 'cover'), (342, 344, '-'), (347, 366, 'Slate'), (474, 490, '8.75'),
                (543, 568, '105.00')),
        printed(368, 8.5, (53, 62, '12'), (73, 115, 'NP-NBK-102'), (151, 178, 'Lay-flat'), (181, 217, 'Notebook'),
                (219, 231, 'A5,'), (234, 246, 'dot'), (249, 264, 'grid,'), (268, 281, '160'), (284, 295, 'pp,'),
                (298, 315, 'linen'), (319, 339, 'cover'), (342, 344, '-'), (347, 367, 'Moss'), (474, 490, '8.75'),
                (543, 568, '105.00')),
        printed(383, 8.5, (53, 62, '10'), (73, 118, 'NP-PLN-2026'), (150, 169, '2026'), (171, 199, 'Weekly'),
                (202, 232, 'Planner,'), (236, 257, 'spiral,'), (261, 274, '7x9'), (277, 285, 'in.'),
                (470, 490, '13.40'), (543, 568, '134.00')),
        printed(398, 8.5, (49, 62, '100'), (73, 114, 'NP-STK-300'), (150, 168, 'Vinyl'), (171, 197, 'Sticker'),
                (200, 217, "'Trail"), (220, 234, "Mix'"), (237, 271, 'assorted,'), (274, 279, '3'), (282, 289, 'in.'),
                (474, 490, '1.10'), (543, 568, '110.00')),
        printed(413, 8.5, (58, 62, '8'), (73, 114, 'NP-PST-018'), (150, 161, 'Art'), (164, 181, 'Print'),
                (183, 201, '8x10'), (204, 227, "'Three"), (230, 256, 'Sisters'), (259, 287, "Range',"),
                (290, 327, 'unframed,'), (331, 359, 'sleeved'), (474, 490, '9.00'), (547, 568, '72.00')),
        printed(428, 8.5, (58, 62, '6'), (73, 114, 'NP-PST-019'), (150, 161, 'Art'), (164, 181, 'Print'),
                (184, 206, '11x14'), (209, 232, "'Three"), (235, 260, 'Sisters'), (264, 291, "Range',"),
                (295, 332, 'unframed,'), (335, 364, 'sleeved'), (470, 490, '14.25'), (547, 568, '85.50')),
        printed(443, 8.5, (53, 62, '16'), (73, 115, 'NP-BXS-040'), (151, 174, 'Boxed'), (177, 217, 'Notecards,'),
                (220, 231, 'set'), (234, 241, 'of'), (243, 249, '8,'), (253, 297, "'Wildflowers"), (300, 307, 'of'),
                (310, 321, 'the'), (324, 362, "Cascades'"), (474, 490, '7.80'), (543, 568, '124.80')),
        printed(458, 8.5, (53, 62, '50'), (73, 117, 'NP-WRP-005'), (150, 163, 'Gift'), (166, 186, 'Wrap'),
                (189, 210, 'Sheet'), (213, 236, '20x30'), (239, 259, "'Topo"), (262, 281, "Map',"),
                (285, 307, 'folded'), (474, 490, '1.85'), (547, 568, '92.50')),
        printed(750, 8, (488, 524, 'Continued'), (526, 535, 'on'), (537, 553, 'next'), (554, 572, 'page')),
    ]
    second = [
        printed(612, 6.5, (218, 220, '-'), (222, 224, '-'), (226, 245, 'please'), (247, 266, 'detach'),
                (268, 279, 'and'), (281, 297, 'return'), (300, 310, 'this'), (312, 331, 'portion'),
                (333, 344, 'with'), (347, 359, 'your'), (361, 386, 'payment'), (388, 390, '-'), (392, 394, '-')),
        printed(634, 8.5, (41, 65, 'REMIT'), (67, 80, 'TO:'), (360, 400, 'Customer'), (495, 514, 'Cairn'),
                (517, 522, '&'), (525, 541, 'Quill'), (545, 568, 'Books')),
        printed(647, 9, (41, 82, 'Northpeak'), (85, 108, 'Paper'), (111, 139, 'Goods,'), (143, 156, 'Inc.'),
                (361, 389, 'Invoice'), (392, 396, '#'), (545, 568, '31077')),
        printed(659, 9, (41, 73, 'Lockbox'), (77, 97, 'Dept.'), (100, 118, '7731'), (361, 389, 'Invoice'),
                (392, 410, 'Date'), (526, 568, '04/02/2025')),
        printed(669, 9, (41, 53, 'PO'), (56, 71, 'Box'), (74, 98, '34790')),
        printed(673, 8.5, (360, 392, 'Amount'), (395, 410, 'Due'), (530, 568, '$1,513.95')),
        printed(680, 9, (40, 70, 'Seattle,'), (73, 87, 'WA'), (90, 138, '98124-1790')),
        printed(686, 8.5, (360, 392, 'Amount'), (395, 432, 'Enclosed')),
        printed(690, 8.5, (502, 568, '______________')),
    ]
    assert find_vendor(first) == ""
    assert seller_named_later([second]) == "Northpeak Paper Goods, Inc."


def test_a_row_of_labels_and_blocks_over_a_date_and_addresses_is_no_grid():
    # Xero's "To: | Jordan Walsh Consulting | Invoice Date | Melrose Parking" over its addresses and the date: the
    # seller's name right of a date's label stays a name ("To:" is over nothing: no grid of labels and values)
    lines = [
        printed(99, 9, (28, 39, 'To:'), (67, 94, 'Jordan'), (97, 121, 'Walsh'), (124, 166, 'Consulting'),
                (169, 198, '(Demo)'), (332, 362, 'Invoice'), (365, 384, 'Date'), (448, 479, 'Melrose'),
                (483, 512, 'Parking')),
        printed(112, 9, (67, 76, '23'), (80, 98, 'Main'), (102, 125, 'Street'), (333, 335, '1'), (340, 355, 'Nov'),
                (358, 377, '2016'), (449, 478, 'Parking'), (481, 537, 'Administration')),
        printed(122, 9, (67, 125, 'MARINEVILLE'), (129, 149, 'NSW'), (152, 172, '2000'), (449, 453, 'P'),
                (457, 463, 'O'), (467, 481, 'Box'), (484, 498, '123')),
        printed(132, 9, (332, 375, 'Reference'), (378, 411, 'Number'), (448, 504, 'MELBOURNE'), (508, 527, '3333')),
        printed(146, 9, (332, 350, '9871')),
    ]
    assert find_vendor(lines) == "Melrose Parking"


def test_a_seller_beside_a_due_date_over_its_street_beside_a_date_is_no_grid_of_labels():
    # "Infomaniak Network SA | Fällig am | 30.09.25" over "Rue Eugène-Marziano, 25 | Datum | 31.08.25": a name
    lines = [
        printed(42, 20, (342, 431, 'Rechnung'), (438, 515, '6844134')),
        printed(71, 8.4, (29, 69, 'Infomaniak'), (72, 103, 'Network'), (105, 116, 'SA'), (344, 363, 'Fällig'),
                (366, 377, 'am'), (455, 487, '30.09.25')),
        printed(81, 8.4, (29, 43, 'Rue'), (47, 114, 'Eugène-Marziano,'), (117, 126, '25'), (344, 367, 'Datum'),
                (455, 487, '31.08.25')),
        printed(92, 8.4, (29, 40, 'CH'), (43, 45, '-'), (49, 66, '1227'), (69, 98, 'Genève'), (101, 103, '-'),
                (106, 131, 'Suisse'), (344, 392, 'Kundenkonto'), (456, 487, '1331097')),
        printed(102, 8.4, (343, 367, 'Status'), (456, 483, 'Bezahlt')),
        printed(112, 8.4, (29, 119, 'Mehrwertsteuernummer:'), (123, 176, 'EU442008675')),
        printed(123, 8.4, (29, 87, 'Firmennummer:'), (90, 101, 'CH'), (105, 107, '-'), (110, 123, '660'),
                (126, 128, '-'), (131, 163, '0059996'), (166, 168, '-'), (172, 174, '1')),
        printed(145, 8.4, (29, 142, 'https://support.infomaniak.com')),
        printed(182, 8.4, (344, 389, 'Mohamad'), (393, 424, 'Hamza'), (428, 474, 'Mehmalat')),
        printed(192, 8.4, (344, 396, 'Sundernholz'), (400, 414, '112')),
        printed(203, 8.4, (344, 370, '45134'), (374, 397, 'Essen')),
        printed(213, 8.4, (344, 386, 'GERMANY')),
        printed(246, 12, (29, 100, 'Bestellung'), (106, 172, '#6273335'), (178, 247, '(31.08.25)')),
    ]
    assert find_vendor(lines) == "Infomaniak Network SA"


def test_a_seller_s_box_beside_a_grid_of_fields_and_a_signatory_s_caption():
    # Tally: "Sanganeri Blockprint Textiles Pvt. Ltd. | Invoice No. | Dated" over its street and the fields' values;
    # "Authorised Signatory" under "for Sanganeri ..." is a caption, no name
    lines = [
        printed(34, 12, (254, 280, 'TAX'), (286, 339, 'INVOICE'), (466, 502, '(ORIGINAL'), (505, 518, 'FOR'),
                (521, 559, 'RECIPIENT)')),
        printed(56, 8.5, (41, 88, 'Sanganeri'), (92, 141, 'Blockprint'), (144, 181, 'Textiles'), (185, 203, 'Pvt.'),
                (207, 224, 'Ltd.'), (306, 331, 'Invoice'), (335, 346, 'No.'), (434, 455, 'Dated')),
        printed(67, 8.5, (41, 56, 'Plot'), (59, 71, '47,'), (76, 98, 'RIICO'), (102, 140, 'Industrial'),
                (144, 163, 'Area'), (306, 380, 'SBT/24-25/0917'), (434, 490, '18-Jan-2025')),
        printed(78, 8.5, (41, 83, 'Sanganer,'), (86, 110, 'Jaipur'), (113, 116, '-'), (119, 151, '302029')),
        printed(84, 7.5, (306, 336, 'Delivery'), (339, 356, 'Note'), (434, 479, 'Mode/Terms'), (482, 489, 'of'),
                (492, 524, 'Payment')),
        printed(89, 8.5, (41, 84, 'Rajasthan,'), (88, 109, 'Code'), (113, 114, ':'), (118, 128, '08')),
        printed(95, 8.5, (306, 346, 'DN-0917'), (434, 444, '30'), (449, 471, 'Days')),
        printed(100, 8.5, (40, 86, 'GSTIN/UIN:'), (90, 175, '08AAHCS4417M1Z6')),
        printed(112, 8.5, (41, 65, 'E-Mail'), (69, 70, ':'), (74, 215, 'accounts@sanganeriblockprint.in'),
                (306, 333, "Buyer's"), (336, 357, 'Order'), (360, 371, 'No.'), (434, 455, 'Dated')),
        printed(124, 8.5, (305, 366, 'JLM-PO-5561'), (433, 490, '02-Jan-2025')),
        printed(141, 7.5, (306, 347, 'Dispatched'), (350, 379, 'through'), (434, 475, 'Destination')),
        printed(151, 8.5, (305, 324, 'Gati'), (328, 364, 'Surface'), (434, 453, 'New'), (457, 481, 'Delhi')),
        printed(159, 8.5, (41, 65, 'Buyer'), (68, 83, '(Bill'), (87, 98, 'to)')),
        printed(170, 8.5, (40, 74, 'Juniper'), (78, 100, 'Lane'), (104, 154, 'Mercantile')),
        printed(180, 8.5, (40, 52, 'c/o'), (56, 84, 'Bharat'), (87, 114, 'Export'), (118, 174, 'Consolidators'),
                (305, 328, 'Terms'), (331, 338, 'of'), (341, 373, 'Delivery:'), (377, 394, 'Door'),
                (397, 429, 'delivery,'), (432, 456, 'freight'), (460, 487, 'prepaid')),
        printed(192, 8.5, (41, 57, 'Unit'), (61, 73, '12,'), (77, 100, 'Okhla'), (104, 128, 'Phase'),
                (132, 138, 'II,'), (143, 160, 'New'), (164, 184, 'Delhi'), (188, 190, '-'), (194, 225, '110020')),
        printed(203, 8.5, (40, 86, 'GSTIN/UIN:'), (90, 174, '07AABCB9921Q1ZP')),
        printed(214, 8.5, (41, 62, 'State'), (66, 90, 'Name'), (94, 95, ':'), (99, 122, 'Delhi,'), (126, 147, 'Code'),
                (151, 152, ':'), (156, 166, '07')),
        printed(294, 8, (43, 51, 'Sl'), (63, 113, 'Description'), (117, 126, 'of'), (129, 156, 'Goods'),
                (242, 280, 'HSN/SAC'), (311, 350, 'Quantity'), (400, 420, 'Rate'), (430, 445, 'per'),
                (450, 470, 'Disc.'), (474, 482, '%'), (522, 557, 'Amount')),
        printed(305, 8, (40, 54, 'No.')),
        printed(317, 8, (45, 49, '1'), (63, 82, 'Hand'), (86, 107, 'block'), (110, 137, 'printed'),
                (141, 165, 'cotton'), (169, 202, 'cambric,'), (207, 230, 'indigo'), (241, 281, '52081190'),
                (302, 334, '245.500'), (337, 350, 'Mtr'), (393, 419, '185.00'), (431, 444, 'Mtr'),
                (517, 556, '45,417.50')),
        printed(328, 8, (62, 84, 'dabu,'), (88, 100, '44"'), (104, 125, 'width')),
        printed(338, 8, (45, 49, '2'), (62, 90, 'Quilted'), (94, 118, 'cotton'), (122, 159, 'bedcover'),
                (162, 178, 'king'), (182, 219, '108x108"'), (241, 281, '63049210'), (324, 334, '60'),
                (337, 350, 'Pcs'), (385, 419, '2,150.00'), (431, 443, 'Pcs'), (510, 556, '1,29,000.00')),
        printed(349, 8, (63, 89, 'kantha'), (93, 114, 'stitch')),
        printed(359, 8, (45, 49, '3'), (62, 93, 'Cushion'), (97, 119, 'cover'), (122, 149, '16x16"'),
                (153, 174, 'block'), (177, 197, 'print,'), (241, 281, '63040000'), (319, 334, '480'),
                (337, 350, 'Pcs'), (393, 419, '142.50'), (431, 443, 'Pcs'), (517, 556, '68,400.00')),
        printed(370, 8, (62, 96, 'assorted'), (99, 123, 'florals')),
        printed(381, 8, (45, 49, '4'), (63, 116, 'Hand-knotted'), (120, 137, 'wool'), (141, 146, '&'),
                (150, 162, 'silk'), (166, 178, 'rug'), (181, 200, '8x10'), (204, 211, 'ft,'), (241, 281, '57011010'),
                (330, 333, '2'), (337, 350, 'Pcs'), (373, 419, '1,18,500.00'), (431, 443, 'Pcs'),
                (509, 556, '2,37,000.00')),
        printed(391, 8, (63, 85, 'Bagru'), (89, 109, 'motif')),
        printed(402, 8, (45, 49, '5'), (62, 84, 'Table'), (87, 113, 'runner'), (117, 144, '13x72"'),
                (148, 161, 'mul'), (165, 189, 'cotton'), (193, 209, 'with'), (241, 281, '63049290'),
                (320, 334, '150'), (337, 350, 'Pcs'), (393, 419, '298.00'), (431, 443, 'Pcs'),
                (517, 556, '44,700.00')),
        printed(412, 8, (62, 89, 'tassels')),
        printed(423, 8, (45, 49, '6'), (62, 81, 'Voile'), (85, 112, 'printed'), (116, 140, 'fabric,'),
                (144, 171, 'natural'), (175, 195, 'dyes,'), (199, 211, '54"'), (241, 281, '52083290'),
                (302, 334, '118.750'), (337, 350, 'Mtr'), (393, 419, '226.40'), (431, 444, 'Mtr'),
                (517, 556, '26,885.00')),
        printed(433, 8, (62, 83, 'width')),
        printed(444, 8, (45, 49, '7'), (62, 103, 'Tablecloth'), (107, 118, 'set'), (122, 149, '60x90"'),
                (153, 169, 'with'), (172, 176, '6'), (180, 210, 'napkins'), (241, 281, '63022100'), (325, 334, '75'),
                (337, 350, 'Set'), (385, 419, '1,240.00'), (431, 443, 'Set'), (517, 556, '93,000.00')),
        printed(457, 8, (185, 208, 'CGST'), (211, 218, '@'), (222, 235, '6%'), (517, 556, '38,664.15')),
        printed(471, 8, (185, 208, 'SGST'), (211, 218, '@'), (222, 235, '6%'), (517, 556, '38,664.15')),
        printed(484, 8, (190, 218, 'Round'), (222, 235, 'Off'), (540, 556, '0.20')),
        printed(500, 9, (209, 234, 'Total'), (299, 313, '692'), (317, 330, 'Pcs'), (488, 493, '₹'),
                (497, 556, '7,21,731.00')),
        printed(523, 7.5, (40, 69, 'Amount'), (72, 114, 'Chargeable'), (118, 126, '(in'), (130, 154, 'words)'),
                (527, 533, 'E.'), (536, 541, '&'), (544, 556, 'O.E')),
        printed(534, 8.5, (41, 69, 'Indian'), (74, 108, 'Rupees'), (112, 140, 'Seven'), (144, 165, 'Lakh'),
                (169, 204, 'Twenty'), (208, 226, 'One'), (229, 275, 'Thousand'), (279, 307, 'Seven'),
                (312, 351, 'Hundred'), (355, 384, 'Thirty'), (387, 405, 'One'), (409, 430, 'Only')),
        printed(563, 7.5, (40, 81, "Company's"), (85, 103, 'Bank'), (106, 131, 'Details')),
        printed(572, 7.5, (41, 59, 'Bank'), (62, 83, 'Name'), (87, 87, ':'), (91, 111, 'HDFC'), (115, 133, 'Bank'),
                (136, 151, 'Ltd.,'), (155, 192, 'C-Scheme'), (195, 220, 'Branch')),
        printed(582, 7.5, (40, 51, 'A/c'), (55, 66, 'No.'), (70, 71, ':'), (75, 140, '50200047731902'),
                (153, 169, 'IFSC'), (172, 173, ':'), (177, 230, 'HDFC0000084')),
        printed(592, 7.5, (41, 85, 'Declaration:'), (88, 100, 'We'), (103, 130, 'declare'), (133, 148, 'that'),
                (151, 164, 'this'), (167, 193, 'invoice'), (196, 218, 'shows'), (221, 233, 'the'),
                (236, 258, 'actual'), (262, 279, 'price'), (283, 290, 'of'), (292, 304, 'the'), (307, 329, 'goods'),
                (332, 367, 'described')),
        printed(602, 8, (40, 53, 'and'), (57, 72, 'that'), (75, 82, 'all'), (86, 125, 'particulars'),
                (128, 139, 'are'), (142, 157, 'true'), (160, 173, 'and'), (177, 205, 'correct.'), (367, 380, 'for'),
                (383, 428, 'Sanganeri'), (432, 477, 'Blockprint'), (480, 515, 'Textiles'), (519, 536, 'Pvt.'),
                (540, 556, 'Ltd.')),
        printed(633, 7.5, (478, 518, 'Authorised'), (521, 557, 'Signatory')),
        printed(810, 7, (169, 199, 'SUBJECT'), (201, 210, 'TO'), (213, 236, 'JAIPUR'), (238, 286, 'JURISDICTION'),
                (289, 290, '·'), (293, 307, 'This'), (310, 315, 'is'), (318, 321, 'a'), (324, 358, 'Computer'),
                (361, 397, 'Generated'), (401, 425, 'Invoice')),
    ]
    assert find_vendor(lines) == "Sanganeri Blockprint Textiles Pvt. Ltd."
    assert not name_like("Authorised Signatory")


def test_a_po_s_vendor_number_beside_its_dotted_label_over_the_vendor_s_name():
    # "VENDOR....: | 30411" over "PACIFIC NATURAL DISTRIBUTORS LLC": the supplier the grocer's order is addressed to
    lines = list(GROCERY_PO)
    assert find_vendor(lines) == "PACIFIC NATURAL DISTRIBUTORS LLC"


def test_a_signature_block_signs_for_the_seller():
    # a logo with no text; "Authorised signature | Marisol Keane, Accounts Manager | for Fenwick & Ash Ceramics"
    lines = [
        printed(130, 13, (248, 277, 'TAX'), (283, 347, 'INVOICE')),
        printed(167, 9, (40, 76, 'Invoice'), (80, 90, 'to'), (360, 393, 'Invoice'), (396, 409, 'no.'),
                (480, 554, 'INV/2025/0907')),
        printed(180, 9, (40, 72, 'Hearth'), (76, 83, '&'), (86, 107, 'Hive'), (110, 137, 'Home'),
                (360, 389, 'Issued'), (498, 554, '2025-07-21')),
        printed(192, 9, (41, 57, '560'), (60, 83, 'Main'), (87, 114, 'Street'), (360, 387, 'Order'),
                (390, 405, 'ref.'), (513, 555, 'SO-3318')),
        printed(202, 9, (41, 87, 'Stillwater,'), (91, 107, 'MN'), (111, 138, '55082')),
        printed(206, 9, (360, 400, 'Payment'), (481, 501, 'Due'), (504, 516, 'on'), (520, 555, 'receipt')),
        printed(213, 9, (40, 60, 'USA')),
        printed(257, 9, (43, 62, 'Ref.'), (103, 126, 'Item'), (330, 357, 'Units'), (374, 395, 'Unit'),
                (399, 424, 'price'), (428, 441, '($)'), (516, 534, 'Net'), (538, 551, '($)')),
        printed(276, 9, (43, 79, 'FA-M12'), (103, 126, 'Mug,'), (130, 168, 'Reactive'), (172, 199, 'Glaze,'),
                (203, 234, 'Ocean,'), (239, 248, '12'), (252, 262, 'oz'), (346, 356, '36'), (417, 441, '6.125'),
                (521, 551, '220.50')),
        printed(291, 9, (43, 85, 'FA-M12T'), (103, 126, 'Mug,'), (130, 168, 'Reactive'), (172, 199, 'Glaze,'),
                (203, 253, 'Terracotta,'), (258, 267, '12'), (272, 281, 'oz'), (346, 356, '36'), (417, 441, '6.125'),
                (521, 551, '220.50')),
        printed(306, 9, (43, 76, 'FA-B06'), (104, 133, 'Cereal'), (136, 158, 'Bowl'), (162, 173, '6",'),
                (177, 215, 'Oatmeal'), (219, 254, 'Speckle'), (346, 357, '24'), (417, 441, '5.875'),
                (522, 551, '141.00')),
        printed(321, 9, (43, 76, 'FA-P10'), (104, 134, 'Dinner'), (138, 160, 'Plate'), (164, 189, '10.5",'),
                (194, 231, 'Oatmeal'), (235, 270, 'Speckle'), (346, 357, '24'), (417, 441, '8.250'),
                (522, 551, '198.00')),
        printed(336, 9, (43, 76, 'FA-V08'), (104, 121, 'Bud'), (124, 145, 'Vase'), (149, 169, 'Trio,'),
                (173, 200, 'Matte'), (203, 229, 'White'), (233, 252, '(set)'), (352, 356, '8'), (412, 441, '12.500'),
                (522, 551, '100.00')),
        printed(351, 9, (43, 76, 'FA-S03'), (104, 121, 'Salt'), (124, 151, 'Cellar'), (154, 174, 'with'),
                (177, 207, 'Acacia'), (211, 225, 'Lid'), (347, 356, '12'), (417, 441, '7.375'), (527, 551, '88.50')),
        printed(378, 9, (432, 460, 'Goods'), (524, 555, '968.50')),
        printed(392, 9, (381, 415, 'Crating'), (419, 426, '&'), (429, 460, 'freight'), (530, 555, '35.00')),
        printed(406, 9, (392, 418, 'Total'), (422, 460, 'payable'), (513, 555, '1,003.50')),
        printed(446, 7.5, (40, 81, 'Handmade'), (84, 108, 'goods:'), (112, 132, 'slight'), (135, 172, 'variations'),
                (175, 182, 'in'), (185, 204, 'glaze'), (207, 221, 'and'), (224, 238, 'size'), (241, 253, 'are'),
                (256, 308, 'characteristic'), (311, 324, 'and'), (327, 339, 'not'), (342, 371, 'defects.')),
        printed(509, 7.5, (40, 81, 'Authorised'), (84, 120, 'signature')),
        printed(521, 7.5, (40, 69, 'Marisol'), (72, 97, 'Keane,'), (100, 134, 'Accounts'), (137, 171, 'Manager')),
        printed(531, 7.5, (40, 51, 'for'), (54, 85, 'Fenwick'), (88, 94, '&'), (97, 111, 'Ash'),
                (114, 149, 'Ceramics')),
    ]
    assert find_vendor(lines) == "Fenwick & Ash Ceramics"


def test_the_account_holder_among_bank_details_and_a_name_spelling_the_page_s_domain():
    # page two's "Payment details": "Bank: ... | Account name: Harbor Lantern Trading Co. | Routing (ACH): ...";
    # "Thank you for stocking Tidewater Print Studio! Reorders: orders@tidewaterprintstudio.com"
    bank = [
        printed(311, 8, (47, 86, 'Payment'), (89, 119, 'details'), (330, 357, 'Terms:'), (361, 373, '2%'),
                (376, 387, '10,'), (392, 405, 'Net'), (408, 417, '30')),
        printed(323, 7, (47, 65, 'Bank:'), (69, 83, 'First'), (86, 111, 'Coastal'), (115, 133, 'Bank,'),
                (137, 150, 'N.A.')),
        printed(334, 7, (46, 74, 'Account'), (77, 98, 'name:'), (102, 125, 'Harbor'), (128, 154, 'Lantern'),
                (156, 182, 'Trading'), (186, 196, 'Co.')),
        printed(344, 7, (47, 72, 'Routing'), (76, 97, '(ACH):'), (101, 140, '211274450')),
        printed(354, 7, (46, 74, 'Account'), (77, 89, 'no.:'), (93, 109, '5503'), (113, 129, '2291'),
                (133, 140, '07')),
        printed(364, 7, (47, 68, 'Please'), (71, 91, 'quote'), (94, 118, 'invoice'), (121, 148, 'number'),
                (150, 158, 'as'), (161, 195, 'reference.')),
    ]
    thanks = [
        printed(125, 7, (45, 69, 'ORDER'), (72, 77, '#'), (178, 202, 'ORDER'), (205, 223, 'DATE'), (311, 327, 'SHIP'),
                (331, 348, 'DATE'), (444, 468, 'TERMS')),
        printed(141, 10, (45, 82, 'TW1188'), (178, 195, 'Aug'), (199, 206, '4,'), (210, 232, '2025'),
                (311, 328, 'Aug'), (332, 345, '11,'), (349, 371, '2025'), (445, 460, 'Net'), (463, 473, '30')),
        printed(174, 9, (40, 81, 'Customer:'), (85, 113, 'Pelican'), (117, 133, 'Post'), (136, 156, 'Gifts,'),
                (160, 164, '9'), (168, 195, 'Harbor'), (199, 209, 'Ln,'), (213, 223, 'St.'), (227, 263, 'Michaels,'),
                (267, 279, 'MD'), (283, 307, '21663')),
        printed(185, 11, (40, 97, 'Wholesale'), (101, 131, 'order'), (136, 174, 'invoice')),
        printed(209, 9, (53, 58, '#'), (66, 101, 'Product'), (357, 404, 'Wholesale'), (438, 454, 'Qty'),
                (531, 568, 'Subtotal')),
        printed(227, 9, (55, 58, '1'), (65, 77, 'Art'), (80, 98, 'Print'), (101, 121, '8x10'), (124, 126, '-'),
                (130, 153, 'Heron'), (157, 164, 'at'), (168, 187, 'Dusk'), (382, 403, '$6.00'), (445, 453, '10'),
                (541, 568, '$60.00')),
        printed(241, 9, (54, 58, '2'), (65, 77, 'Art'), (80, 98, 'Print'), (101, 121, '8x10'), (124, 126, '-'),
                (130, 145, 'Salt'), (148, 171, 'Marsh'), (175, 207, 'Morning'), (382, 403, '$6.00'), (445, 453, '10'),
                (541, 568, '$60.00')),
        printed(255, 9, (54, 58, '3'), (65, 77, 'Art'), (80, 98, 'Print'), (102, 126, '11x14'), (129, 131, '-'),
                (135, 161, 'Oyster'), (165, 186, 'Boats'), (382, 403, '$9.50'), (449, 453, '6'),
                (541, 568, '$57.00')),
        printed(269, 9, (54, 59, '4'), (66, 99, 'Postcard'), (103, 122, 'Pack'), (125, 137, '(12'),
                (141, 174, 'assorted'), (178, 206, 'coastal'), (210, 243, 'designs)'), (382, 403, '$7.20'),
                (449, 453, '8'), (541, 568, '$57.60')),
        printed(283, 9, (54, 58, '5'), (65, 100, 'Greeting'), (103, 121, 'Card'), (125, 127, '-'), (130, 147, 'Tide'),
                (150, 174, 'Chart,'), (178, 199, 'blank'), (203, 225, 'inside'), (382, 403, '$2.10'),
                (444, 454, '24'), (541, 568, '$50.40')),
        printed(297, 9, (54, 58, '6'), (65, 100, 'Greeting'), (103, 121, 'Card'), (125, 127, '-'), (131, 147, 'Blue'),
                (151, 169, 'Crab'), (173, 206, 'Birthday'), (382, 403, '$2.10'), (444, 454, '24'),
                (541, 568, '$50.40')),
        printed(311, 9, (55, 58, '7'), (65, 94, 'Canvas'), (98, 124, 'Pouch,'), (127, 154, 'Screen'),
                (158, 186, 'Printed'), (190, 233, 'Lighthouse'), (382, 403, '$8.75'), (449, 453, '6'),
                (541, 568, '$52.50')),
        printed(325, 9, (54, 58, '8'), (66, 93, 'Sticker'), (96, 98, '-'), (101, 150, 'Chesapeake'),
                (154, 168, 'Bay'), (172, 188, 'Map'), (191, 215, '(vinyl,'), (219, 230, '3")'), (382, 403, '$1.35'),
                (444, 453, '50'), (541, 568, '$67.50')),
        printed(339, 9, (54, 58, '9'), (65, 82, 'Wall'), (85, 121, 'Calendar'), (125, 146, '2026,'),
                (150, 194, 'Watercolor'), (197, 219, 'Coast'), (376, 403, '$11.00'), (445, 453, '12'),
                (536, 568, '$132.00')),
        printed(353, 9, (50, 58, '10'), (66, 101, 'Notecard'), (105, 118, 'Set'), (121, 128, 'of'), (131, 135, '8'),
                (139, 155, 'with'), (159, 202, 'Envelopes,'), (205, 248, 'Shorebirds'), (382, 403, '$7.80'),
                (445, 453, '12'), (541, 568, '$93.60')),
        printed(367, 9, (50, 58, '11'), (66, 95, 'Enamel'), (99, 109, 'Pin'), (113, 115, '-'), (119, 152, 'Skipjack'),
                (382, 403, '$3.90'), (444, 453, '20'), (541, 568, '$78.00')),
        printed(395, 9.5, (416, 470, 'Merchandise'), (537, 571, '$759.00')),
        printed(409, 9.5, (433, 469, 'Shipping'), (543, 571, '$14.25')),
        printed(423, 9.5, (415, 442, 'Order'), (446, 469, 'Total'), (534, 571, '$773.25')),
        printed(462, 7.5, (40, 61, 'Thank'), (63, 75, 'you'), (78, 87, 'for'), (89, 116, 'stocking'),
                (119, 153, 'Tidewater'), (156, 170, 'Print'), (173, 196, 'Studio!'), (200, 231, 'Reorders:'),
                (234, 347, 'orders@tidewaterprintstudio.com')),
        printed(473, 7.5, (41, 52, 'Pay'), (55, 75, 'online'), (77, 84, 'at'),
                (87, 185, 'pay.tidewaterprintstudio.com'), (188, 195, 'or'), (198, 205, 'by'), (208, 227, 'check'),
                (229, 236, 'to'), (238, 249, 'the'), (252, 278, 'address'), (280, 288, 'on'), (291, 302, 'our'),
                (304, 331, 'website.')),
    ]
    assert seller_named_later([bank]) == "Harbor Lantern Trading Co."
    assert find_vendor(thanks) == "Tidewater Print Studio"


def test_a_sign_off_and_a_weekday_are_no_names():
    # "Regards," over the sender's name; a print stamp's "Tuesday, 4 December ..."
    assert not any(name_like(t) for t in ("Regards", "Best regards", "Yours faithfully", "Tuesday"))
    assert name_like("Sunday Riley Modern Skincare")


def test_address_lines_ending_in_commas_under_a_name_in_a_widely_spaced_block():
    # "Thamizhan Goli Soda" over "Door No.42/A, New Road Nadukuthagai," and "Nadukuthagai Village, Thirunindravur,"
    # set 26 points apart: the lines that go on after their commas are the address, not names
    lines = [
        printed(59, 13.5, (345, 390, 'Original'), (422, 477, 'Duplicate'), (507, 561, 'Triplicate')),
        printed(91, 18, (43, 136, 'Thamizhan'), (143, 176, 'Goli'), (182, 225, 'Soda')),
        printed(124, 12, (44, 69, 'Door'), (73, 118, 'No.42/A,'), (123, 146, 'New'), (151, 177, 'Road'),
                (183, 258, 'Nadukuthagai,')),
        printed(150, 12, (44, 116, 'Nadukuthagai'), (120, 158, 'Village,'), (163, 242, 'Thirunindravur,')),
        printed(175, 12, (44, 90, 'Chennai,'), (94, 143, 'Tiruvallur'), (147, 150, '-'), (154, 196, '602024,'),
                (200, 215, 'TN')),
        printed(200, 12, (44, 106, 'GSTIN/UIN:'), (111, 219, '33DSKPG3112A1ZJ')),
        printed(225, 12, (44, 80, 'Phone:'), (85, 150, '9962827064')),
        printed(262, 24, (242, 281, 'Tax'), (289, 369, 'Invoice')),
        printed(313, 14.03, (44, 64, 'Bill'), (69, 88, 'To:'), (509, 568, '24/10/2023')),
        printed(336, 12, (486, 523, 'Invoice'), (528, 544, 'No:'), (549, 568, '010')),
        printed(343, 12, (44, 60, 'RK'), (64, 71, '&'), (75, 82, 'K'), (86, 127, 'General'), (132, 171, 'Trading')),
    ]
    assert find_vendor(lines) == "Thamizhan Goli Soda"


def test_a_run_of_capitalised_words_spelling_the_domain_is_a_whole_run_in_a_sentence():
    # "Tidewater Print Studio!" spells tidewaterprintstudio.com; "Harbor Light Home" of "Harbor Light Home Decor" does
    # not stand for harborlighthome.com: the run goes on; "North Loop Paper Goods" alone is a name, not a sentence
    view = PageView([line(40, (40, "Thank you for stocking Tidewater Print Studio! Reorders: orders@tidewater.com")),
                     line(60, (40, "Remit to: Harbor Light Home Decor, PO Box 318, Portsmouth")),
                     line(80, (40, "North Loop Paper Goods"))])
    domains = {"tidewaterprintstudio", "harborlighthome", "northlooppaper"}
    assert list(domain_names(view, set(), domains)) == ["Tidewater Print Studio"]


def test_a_nordic_att_line_under_the_customer_s_firm_and_a_name_ending_in_a_comma_with_its_form():
    # e-conomic: "Café Havnely I/S" over "Att.: Mikkel Sørensen" is the customer; "Follo Pte. Ltd.," keeps its comma
    danish = [
        printed(54, 10, (429, 516, 'Bønnekompagniet'), (519, 538, 'ApS')),
        printed(63, 22, (59, 131, 'Faktura')),
        printed(71, 8, (383, 443, 'Jægersborggade'), (446, 454, '12')),
        printed(81, 8, (383, 400, '2200'), (403, 443, 'København'), (446, 451, 'N')),
        printed(91, 8, (383, 411, 'CVR-nr.'), (414, 422, '38'), (425, 432, '41'), (436, 445, '77'), (447, 456, '20')),
        printed(101, 8, (383, 393, 'Tlf.'), (396, 405, '33'), (408, 416, '12'), (418, 427, '48'), (430, 438, '90')),
        printed(112, 8, (383, 484, 'salg@boennekompagniet.dk')),
        printed(124, 9.5, (57, 76, 'Café'), (80, 114, 'Havnely'), (117, 128, 'I/S')),
        printed(136, 9.5, (57, 73, 'Att.:'), (77, 103, 'Mikkel'), (106, 146, 'Sørensen')),
        printed(149, 9.5, (57, 105, 'Havnegade'), (108, 113, '5')),
        printed(161, 9.5, (57, 77, '5700'), (81, 126, 'Svendborg')),
        printed(195, 8.5, (383, 421, 'Fakturanr.'), (520, 537, '4471')),
        printed(206, 8.5, (383, 400, 'Dato'), (496, 538, '03.10.2024')),
        printed(217, 8.5, (383, 416, 'Kundenr.'), (520, 538, '2093')),
    ]
    assert find_vendor(danish) == "Bønnekompagniet ApS"
    swiss = [line(40, (40, "Lieferant")), line(52, (40, "Muster Holz GmbH,")), line(64, (40, "AG Aarau"))]
    assert find_vendor(swiss) == "Muster Holz GmbH"
