"""Table rules from the twenty-sixth session's independent documents: each case is a layout a helper drew or
found, reduced to the lines that matter."""

from __future__ import annotations

from decimal import Decimal

from invoice_processing.layout.numbers import COMMA, POINT, NumberFormat
from invoice_processing.layout.products import ProductLine, product_lines
from invoice_processing.layout.remark_words import SUMMARY_HEADING
from invoice_processing.layout.tables import read_tables
from invoice_processing.models import Page, TextLine
from invoice_processing.vendors.header_numbers import find_invoice_number
from invoice_processing.vendors.issuer import find_vendor
from invoice_processing.vendors.issuer_names import clean
from test_scripts.unit.layout.lines import line, printed
from test_scripts.unit.layout.pages_26 import GROCERY_PO


def products(pages: list[list[TextLine]], mark: NumberFormat) -> list[ProductLine]:
    read = tuple(Page(n + 1, tuple(lines)) for n, lines in enumerate(pages))
    return [p for table in read_tables(read, mark) for p in product_lines(table, mark)]


def test_a_count_under_a_label_glued_to_the_unit_s_is_the_quantity_the_amount_confirms():
    # the text layer glued "U.M." to "Quantità" in one word: no quantity column, yet "48,00" times 6,90 is 331,20
    # (and 6 times 32,00 less its 10% discount is 172,80)
    lines = [line(201, (45, "Codice"), (93, "Descrizione"), (314, "U.M.Quantità"), (402, "Prezzo"), (440, "Sconto"),
                  (490, "Importo"), (539, "IVA")),
             line(220, (45, "BV-101"), (93, "Bicchiere acqua soffiato"), (321, "pz"), (358, "48,00"), (415, "6,90"),
                  (500, "331,20"), (546, "22")),
             line(249, (45, "BV-230"), (93, "Lanterna da giardino"), (321, "pz"), (364, "6,00"), (409, "32,00"),
                  (441, "10,00%"), (501, "172,80"), (546, "22")),
             line(265, (45, "BV-140"), (93, "Caraffa con manico"), (321, "pz"), (364, "1,00"), (410, "14,50"),
                  (500, "14,50"), (546, "22")),
             line(300, (380, "Totale imponibile"), (500, "518,50"))]
    read = [(p.code, p.qty, p.price) for p in products([lines], COMMA)]
    assert read == [("BV-101", Decimal("48"), Decimal("6.90")), ("BV-230", Decimal("6"), Decimal("32.00")),
                    ("BV-140", Decimal("1"), Decimal("14.50"))]


def test_an_abbreviation_set_a_space_apart_in_typewriter_type_leads_its_label():
    # "Retail | Ext. Retail" in a monospaced 7-point type: "Ext." a wide space before "Retail" is the extension's
    # label, not an amount column beside a second list price
    lines = [
        printed(181, 7, (40, 44, '#'), (66, 78, 'Qty'), (91, 102, 'EAN'), (107, 111, '/'), (116, 144, 'ISBN-13'),
                (180, 201, 'Title'), (206, 209, '/'), (214, 239, 'Author'), (475, 500, 'Retail'), (526, 541, 'Ext.'),
                (547, 572, 'Retail')),
        printed(193, 7, (41, 44, '1'), (75, 78, '1'), (90, 144, '9781445125879'), (180, 216, 'Holloway,'),
                (223, 250, 'Calvin:'), (256, 268, 'The'), (273, 302, 'Kitchen'), (307, 330, 'River:'),
                (336, 344, 'An'), (349, 394, 'Illustrated'), (400, 420, 'Field'), (480, 500, '16.99'),
                (552, 572, '16.99')),
        printed(202, 7, (193, 213, 'Guide')),
        printed(214, 7, (41, 44, '2'), (74, 77, '5'), (90, 144, '9780063797314'), (180, 220, 'Kowalczyk,'),
                (227, 254, 'Tobias:'), (261, 280, 'Stars'), (286, 310, 'Little'), (315, 340, 'Garden'),
                (345, 377, 'Midnight'), (383, 403, 'River'), (479, 500, '35.00'), (548, 572, '175.00')),
        printed(226, 7, (40, 44, '3'), (70, 78, '10'), (90, 144, '9780005396506'), (180, 212, 'Jameson,'),
                (218, 250, 'Desmond:'), (256, 280, 'Secret'), (286, 310, 'Little'), (315, 340, 'Garden'),
                (345, 360, 'Fox:'), (366, 370, 'A'), (374, 394, 'Novel'), (480, 500, '16.99'), (548, 572, '169.90')),
    ]
    read = [(p.qty, p.price, p.amount, p.list_price) for p in products([lines], POINT)]
    assert read == [(1, Decimal("16.99"), Decimal("16.99"), None), (5, Decimal("35.00"), Decimal("175.00"), None),
                    (10, Decimal("16.99"), Decimal("169.90"), None)]


def test_a_summary_of_the_hours_billed_above_bills_nothing_again():
    # "TIMEKEEPER SUMMARY": each lawyer's hours at their rate, the time entries above summed up again
    first = [line(238, (60, "Date"), (110, "Atty"), (145, "Description"), (420, "Hours"), (476, "Rate"),
                  (519, "Amount")),
             line(254, (60, "03/03/25"), (110, "MCR"), (145, "Review landlord's notice of default"), (434, "1.4"),
                  (469, "425.00"), (526, "595.00")),
             line(282, (60, "03/03/25"), (110, "JTA"), (145, "Research Illinois authority"), (434, "3.2"),
                  (469, "260.00"), (526, "832.00")),
             line(310, (300, "Total Professional Services"), (517, "1,427.00"))]
    second = [line(92, (60, "TIMEKEEPER SUMMARY")),
              line(108, (60, "Timekeeper"), (275, "Hours"), (361, "Rate"), (519, "Amount")),
              line(124, (60, "Marco C. Reyes, Partner (MCR)"), (284, "1.4"), (354, "425.00"), (526, "595.00")),
              line(137, (60, "Julia T. Alvarez, Associate (JTA)"), (284, "3.2"), (354, "260.00"), (526, "832.00")),
              line(183, (60, "DISBURSEMENTS")),
              line(199, (60, "Date"), (145, "Description"), (519, "Amount")),
              line(215, (60, "03/11/25"), (145, "Circuit Court of Cook County - filing fee"), (526, "388.00")),
              line(286, (145, "Total Disbursements"), (521, "$388.00"))]
    read = [(p.qty, p.price) for p in products([first, second], POINT)]
    assert read == [(Decimal("1.4"), Decimal("425.00")), (Decimal("3.2"), Decimal("260.00")),
                    (Decimal("1"), Decimal("388.00"))]


def test_a_service_named_for_a_tax_and_counted_in_hours_is_billed_work():
    # QuickBooks Online's "Activity | Description": the bookkeeper's "Sales Tax" activity, 1.5 hours at 85.00
    lines = [line(267, (56, "DATE"), (115, "ACTIVITY"), (216, "DESCRIPTION"), (414, "QTY"), (469, "RATE"),
                  (522, "AMOUNT")),
             line(289, (55, "02/03/2025"), (116, "Bookkeeping"), (215, "January bank reconciliation"), (418, "3.5"),
                  (468, "65.00"), (530, "227.50")),
             line(371, (55, "02/14/2025"), (115, "Sales Tax"), (215, "Wisconsin sales & use tax return preparation"),
                  (418, "1.5"), (468, "85.00"), (530, "127.50")),
             line(509, (423, "SUBTOTAL"), (530, "355.00")),
             line(525, (453, "TAX"), (540, "0.00"))]
    read = [(p.qty, p.price) for p in products([lines], POINT)]
    assert read == [(Decimal("3.5"), Decimal("65.00")), (Decimal("1.5"), Decimal("85.00"))]


def test_a_swedish_delivered_count_label_in_two_words_over_a_count_in_packs():
    # Fortnox: "Lev ant" (delivered count) over "20 fp" (packs) and "12 | st"
    lines = [
        printed(332, 8.5, (45, 73, 'Art.nr'), (108, 160, 'Benämning'), (323, 339, 'Lev'), (342, 358, 'ant'),
                (363, 379, 'Enh'), (426, 454, 'À-pris'), (501, 533, 'Belopp')),
        printed(348, 8.5, (45, 79, 'LS-1001'), (108, 164, 'Kökshandduk'), (168, 207, 'halvlinne,'),
                (212, 237, 'randig'), (241, 253, 'blå'), (348, 357, '60'), (362, 370, 'st'), (430, 454, '42,50'),
                (497, 500, '2'), (505, 533, '550,00')),
        printed(362, 8.5, (45, 79, 'LS-1004'), (108, 164, 'Kökshandduk'), (168, 207, 'halvlinne,'),
                (212, 230, 'rutig'), (234, 247, 'röd'), (348, 357, '60'), (362, 370, 'st'), (430, 454, '42,50'),
                (497, 500, '2'), (505, 533, '550,00')),
        printed(376, 8.5, (45, 79, 'LS-1120'), (108, 136, 'Löpare'), (140, 159, 'linne'), (163, 194, '40x150'),
                (197, 212, 'cm,'), (216, 238, 'natur'), (348, 357, '12'), (362, 370, 'st'), (426, 454, '189,00'),
                (497, 500, '2'), (505, 533, '268,00')),
        printed(389, 8.5, (45, 79, 'LS-1200'), (108, 147, 'Bordsduk'), (150, 170, 'linne'), (174, 210, '150x250'),
                (214, 228, 'cm,'), (232, 242, 'vit'), (353, 357, '6'), (362, 370, 'st'), (425, 454, '465,00'),
                (497, 500, '2'), (505, 533, '790,00')),
        printed(403, 8.5, (45, 79, 'LS-1310'), (107, 147, 'Servetter'), (150, 170, 'linne'), (173, 201, '45x45,'),
                (205, 235, '4-pack,'), (239, 252, 'grå'), (348, 357, '20'), (362, 370, 'fp'), (426, 454, '156,00'),
                (497, 501, '3'), (505, 533, '120,00')),
    ]
    read = [(p.code, p.qty, p.price) for p in products([lines], COMMA)]
    assert read[-2:] == [("LS-1200", Decimal("6"), Decimal("465.00")), ("LS-1310", Decimal("20"), Decimal("156.00"))]


def test_a_staff_summary_with_its_remark_and_a_table_of_lines_billed_before_bill_nothing():
    # "Staff summary (hours worked 09/06, ...)" repeats the staffing lines; "Previously invoiced on PO ... (for
    # reference — not billed again)" lists an earlier invoice's
    lines = [line(72, (54, "Code"), (103, "Description"), (382, "Qty / Hrs"), (458, "Rate"), (542, "Amount")),
             line(90, (54, "ST-1"), (103, "Server"), (400, "20"), (458, "34.00"), (542, "680.00")),
             line(102, (54, "ST-2"), (103, "Bartender"), (400, "10"), (458, "38.00"), (542, "380.00")),
             line(114, (300, "Subtotal"), (542, "1,060.00")),
             line(150, (54, "Staff summary (hours worked 09/06, approved by client on site)")),
             line(165, (55, "Role"), (193, "Staff"), (291, "Total hrs"), (363, "Rate"), (425, "Amount")),
             line(183, (54, "Server"), (205, "4"), (316, "20"), (359, "34.00"), (429, "680.00")),
             line(195, (55, "Bartender"), (205, "2"), (316, "10"), (359, "38.00"), (429, "380.00")),
             line(230, (41, "Previously invoiced on PO HM-PO-0912 (for reference — not billed again)")),
             line(246, (41, "Invoice"), (99, "Date"), (156, "SKU"), (215, "Item"), (395, "Qty"), (439, "Unit price"),
                  (542, "Amount")),
             line(262, (40, "CC-3318-A"), (98, "04/18/2025"), (156, "GND-48W"), (214, "Gondola end cap"), (404, "2"),
                  (451, "412.00"), (548, "824.00"))]
    read = [(p.qty, p.price) for p in products([lines], POINT)]
    assert read == [(Decimal("20"), Decimal("34.00")), (Decimal("10"), Decimal("38.00"))]


def test_a_slovak_table_s_labels_over_their_tax_qualifiers():
    # "Č. | Kód | Popis | Mn. | MJ | Cena/MJ | DPH | Spolu | Spolu" over "bez DPH | % | bez DPH | s DPH"
    lines = [
        printed(285, 7.5, (46, 52, 'Č.'), (60, 73, 'Kód'), (102, 121, 'Popis'), (288, 300, 'Mn.'), (308, 316, 'MJ'),
                (349, 378, 'Cena/MJ'), (391, 406, 'DPH'), (442, 462, 'Spolu'), (498, 518, 'Spolu')),
        printed(293, 7.5, (348, 360, 'bez'), (363, 378, 'DPH'), (400, 407, '%'), (432, 444, 'bez'), (447, 462, 'DPH'),
                (497, 500, 's'), (503, 518, 'DPH')),
        printed(308, 8.5, (49, 52, '1'), (60, 87, 'DH-101'), (102, 133, 'Drevená'), (137, 161, 'hračka'),
                (165, 168, '–'), (171, 193, 'vláčik'), (195, 199, 's'), (202, 206, '3'), (209, 244, 'vagónmi,'),
                (247, 262, 'buk,'), (297, 301, '6'), (308, 315, 'ks'), (358, 378, '14,90'), (398, 406, '23'),
                (442, 462, '89,40'), (493, 519, '109,96')),
        printed(319, 8.5, (102, 133, 'prírodný'), (136, 148, 'olej')),
        printed(332, 8.5, (49, 52, '2'), (60, 88, 'DH-114'), (102, 139, 'Skladačka'), (143, 177, 'zvieratká'),
                (181, 210, '(farma),'), (214, 222, '12'), (226, 255, 'dielikov'), (258, 262, 'v'), (292, 300, '12'),
                (308, 315, 'ks'), (362, 378, '9,60'), (398, 406, '23'), (437, 462, '115,20'), (493, 518, '141,70')),
        printed(343, 8.5, (102, 142, 'plátennom'), (145, 170, 'vrecku')),
    ]
    read = [(p.code, p.qty, p.price) for p in products([lines], COMMA)]
    assert read == [("DH-101", Decimal("6"), Decimal("14.90")), ("DH-114", Decimal("12"), Decimal("9.60"))]


def test_a_czech_invoice_s_pieces_its_total_column_its_carriage_and_its_software_s_credit():
    # Fakturoid: "Položka | Množství | Jedn. cena | Celkem" over "6 ks | 590,00 Kč | 3 540,00 Kč", carriage as
    # "Doprava – Zásilkovna", and "Vystaveno ve Fakturoidu – www.fakturoid.cz" at the foot (the software's credit)
    lines = [
        printed(62, 22, (52, 145, 'Faktura'), (156, 284, '2025-0087')),
        printed(83, 9, (51, 90, 'Neplátce'), (94, 111, 'DPH')),
        printed(117, 7, (51, 98, 'DODAVATEL'), (318, 364, 'ODBĚRATEL')),
        printed(128, 11, (50, 92, 'Ateliér'), (96, 134, 'Modrá'), (140, 170, 'Liška'), (318, 359, 'Thistle'),
                (365, 389, 'Row'), (394, 422, 'Gifts')),
        printed(141, 9, (50, 80, 'Tereza'), (84, 126, 'Horáková'), (318, 323, '9'), (327, 367, 'Chestnut'),
                (371, 391, 'Lane')),
        printed(153, 9, (50, 103, 'Jeronýmova'), (107, 111, '9'), (318, 357, 'Concord,'), (362, 375, 'MA'),
                (378, 405, '01742')),
        printed(165, 9, (51, 66, '602'), (71, 81, '00'), (85, 105, 'Brno'), (318, 353, 'Spojené'),
                (357, 379, 'státy'), (383, 423, 'americké')),
        printed(177, 9, (50, 76, 'Česká'), (81, 121, 'republika')),
        printed(200, 9, (51, 66, 'IČO'), (69, 114, '08471235')),
        printed(214, 7, (51, 75, 'Fyzická'), (79, 98, 'osoba'), (102, 130, 'zapsaná'), (133, 136, 'v'),
                (139, 191, 'živnostenském'), (194, 224, 'rejstříku.')),
        printed(247, 8.5, (59, 98, 'Bankovní'), (101, 118, 'účet'), (161, 245, '2401875539/2010'),
                (318, 346, 'Datum'), (349, 390, 'vystavení'), (490, 498, '3.'), (502, 510, '4.'), (514, 537, '2025')),
        printed(261, 8.5, (59, 78, 'IBAN'), (160, 184, 'CZ48'), (188, 210, '2010'), (214, 237, '0000'),
                (241, 264, '0024'), (267, 290, '0187'), (294, 317, '5539'), (318, 346, 'Datum'),
                (350, 390, 'splatnosti'), (484, 498, '17.'), (502, 510, '4.'), (514, 537, '2025')),
        printed(275, 8.5, (58, 98, 'Variabilní'), (101, 130, 'symbol'), (161, 207, '20250087'), (318, 346, 'Datum'),
                (349, 371, 'zdan.'), (376, 401, 'plnění'), (490, 498, '1.'), (502, 510, '4.'), (514, 537, '2025')),
        printed(289, 8.5, (58, 89, 'Způsob'), (93, 119, 'platby'), (161, 208, 'Převodem')),
        printed(344, 8, (54, 87, 'Položka'), (327, 367, 'Množství'), (400, 422, 'Jedn.'), (426, 446, 'cena'),
                (509, 541, 'Celkem')),
        printed(359, 9, (54, 81, 'Ručně'), (84, 100, 'šitý'), (104, 134, 'polštář'), (137, 141, 's'),
                (145, 183, 'výšivkou'), (188, 209, 'lišky,'), (213, 223, '40'), (228, 233, '×'), (238, 248, '40'),
                (252, 267, 'cm,'), (272, 284, 'len'), (349, 354, '6'), (358, 367, 'ks'), (402, 433, '590,00'),
                (437, 446, 'Kč'), (489, 493, '3'), (497, 528, '540,00'), (532, 541, 'Kč')),
        printed(374, 9, (54, 86, 'Plátěná'), (90, 113, 'taška'), (118, 143, '„Les“,'), (148, 181, 'sítotisk,'),
                (186, 220, 'přírodní'), (343, 354, '20'), (358, 367, 'ks'), (402, 433, '215,00'), (437, 446, 'Kč'),
                (489, 493, '4'), (497, 528, '300,00'), (532, 541, 'Kč')),
        printed(389, 9, (54, 84, 'Dětská'), (88, 108, 'deka'), (113, 163, 'mušelínová'), (168, 183, '100'),
                (188, 193, '×'), (198, 214, '120'), (218, 233, 'cm,'), (237, 278, 'šalvějová'), (349, 353, '5'),
                (358, 367, 'ks'), (403, 433, '748,00'), (437, 446, 'Kč'), (489, 493, '3'), (498, 528, '740,00'),
                (532, 541, 'Kč')),
        printed(404, 9, (54, 91, 'Přáníčka'), (95, 99, 's'), (102, 139, 'obálkou,'), (144, 192, 'akvarelový'),
                (196, 211, 'tisk'), (215, 233, '(bal.'), (238, 248, '10'), (252, 264, 'ks)'), (340, 350, '12'),
                (354, 366, 'bal'), (403, 433, '165,50'), (437, 446, 'Kč'), (489, 493, '1'), (497, 528, '986,00'),
                (532, 541, 'Kč')),
        printed(419, 9, (53, 86, 'Textilní'), (89, 124, 'zvířátko'), (128, 132, '–'), (136, 157, 'liška,'),
                (162, 172, '28'), (176, 188, 'cm'), (349, 354, '8'), (358, 367, 'ks'), (402, 433, '389,00'),
                (437, 446, 'Kč'), (489, 493, '3'), (498, 528, '112,00'), (532, 541, 'Kč')),
        printed(434, 9, (54, 90, 'Doprava'), (94, 98, '–'), (102, 149, 'Zásilkovna'), (154, 161, '(2'),
                (166, 194, 'balíky)'), (362, 366, '1'), (403, 433, '178,00'), (437, 446, 'Kč'), (498, 528, '178,00'),
                (532, 541, 'Kč')),
        printed(465, 14, (396, 405, 'K'), (410, 462, 'úhradě16'), (468, 520, '856,00'), (527, 544, 'Kč')),
        printed(800, 7, (50, 86, 'Vystaveno'), (89, 97, 've'), (100, 136, 'Fakturoidu'), (140, 142, '–'),
                (145, 205, 'www.fakturoid.cz')),
    ]
    read = [(p.qty, p.price) for p in products([lines], COMMA)]
    assert read == [(Decimal("6"), Decimal("590.00")), (Decimal("20"), Decimal("215.00")),
                    (Decimal("5"), Decimal("748.00")), (Decimal("12"), Decimal("165.50")),
                    (Decimal("8"), Decimal("389.00"))]
    assert find_vendor(lines) == "Ateliér Modrá Liška"


def test_the_columns_numbers_under_a_romanian_header_are_no_line():
    # SmartBill: "0 | 1 | 2 | 3 | 4 | 5 = 3 x 4 | 6" under the labels, the currency set before the first
    lines = [
        printed(156, 7, (45, 55, 'Nr.'), (68, 110, 'Denumirea'), (113, 155, 'produselor'), (158, 171, 'sau'),
                (174, 178, 'a'), (182, 220, 'serviciilor'), (282, 298, 'U.M.'), (318, 338, 'Cant.'),
                (361, 376, 'Preț'), (380, 403, 'unitar'), (438, 472, '-RON-Valoarea'), (500, 534, '-RON-Valoarea')),
        printed(164, 7, (44, 56, 'crt.'), (363, 381, '(fără'), (384, 402, 'TVA)'), (519, 535, 'TVA')),
        printed(187, 7, (48, 52, '-RON-0'), (168, 171, '1'), (288, 292, '2'), (322, 326, '3'), (372, 376, '4'),
                (425, 429, '5'), (432, 437, '='), (440, 444, '3'), (446, 450, 'x'), (453, 457, '4'), (505, 509, '6')),
        printed(201, 8, (48, 52, '1'), (68, 84, 'Față'), (88, 97, 'de'), (100, 121, 'masă'), (124, 148, 'țesută'),
                (152, 183, 'manual,'), (188, 201, '140'), (205, 209, 'x'), (213, 227, '180'), (230, 244, 'cm,'),
                (248, 269, 'motiv'), (283, 297, 'buc'), (330, 338, '10'), (376, 402, '189,00'),
                (438, 472, '1.890,00'), (508, 534, '359,10')),
        printed(211, 8, (68, 113, 'bucovinean')),
    ]
    read = [(p.qty, p.price) for p in products([lines], COMMA)]
    assert read == [(Decimal("10"), Decimal("189.00"))]


def test_an_advance_invoice_s_number_under_its_title_its_courier_and_a_name_before_a_proforma_title():
    # "Zálohová faktúra" over "MSK22002065"; "Dobierka" (cash on delivery) and "Kuriér na adresu" are carriage;
    # "Takideco Proforma Invoice": the shop's name before the title, not a name with "Proforma" in it
    slovak = [
        printed(41, 12, (476, 522, 'Zálohová'), (526, 561, 'faktúra')),
        printed(57, 13.5, (471, 561, 'MSK22002065')),
        printed(102, 6, (34, 70, 'DODÁVATEĽ:'), (311, 348, 'ODBERATEĽ:')),
        printed(117, 10.5, (35, 90, 'LUCULLUS'), (94, 117, 's.r.o.'), (312, 341, 'Repre'), (344, 365, 's.r.o')),
        printed(129, 9, (35, 70, 'Pribinova'), (72, 77, '4'), (183, 199, 'IČO:'), (206, 244, '50169971'),
                (311, 329, 'Vlčie'), (332, 351, 'hrdlo'), (354, 362, '61'), (466, 482, 'IČO:'), (489, 513, 'TODO'),
                (516, 554, '50169971')),
        printed(141, 9, (34, 47, '811'), (52, 61, '09'), (65, 101, 'Bratislava'), (183, 199, 'DIČ:'),
                (206, 254, '2120204361'), (312, 336, '82107'), (339, 376, 'Bratislava'), (467, 482, 'DIČ:'),
                (489, 537, '2120204361')),
        printed(153, 9, (34, 74, 'Slovensko'), (169, 176, 'IČ'), (180, 199, 'DPH:'), (206, 265, 'SK2120204361'),
                (312, 351, 'Slovensko'), (452, 460, 'IČ'), (463, 482, 'DPH:'), (489, 548, 'SK2120204361')),
        printed(167, 6.75, (34, 69, 'Spoločnosť'), (70, 75, 'je'), (77, 104, 'zapísaná'), (106, 109, 'v'),
                (111, 148, 'Obchodnom'), (151, 171, 'registri'), (173, 206, 'Okresného'), (208, 222, 'súdu'),
                (225, 254, 'Bratislava'), (256, 259, 'I,')),
        printed(175, 6.75, (34, 55, 'Oddiel:'), (58, 69, 'Sro,'), (72, 91, 'Vložka'), (94, 109, 'číslo:'),
                (112, 140, '113755/B')),
        printed(233, 9, (35, 59, 'Dátum'), (62, 104, 'vystavenia:'), (187, 198, '21.'), (202, 208, '4.'),
                (212, 231, '2022'), (259, 277, 'Číslo'), (281, 299, 'účtu:'), (397, 442, 'seller.banks')),
        printed(245, 9, (35, 62, 'Dátum'), (65, 109, 'splatnosti:'), (186, 198, '21.'), (201, 208, '4.'),
                (211, 231, '2022'), (258, 300, 'Variabilný'), (303, 335, 'symbol:'), (397, 442, '922002786')),
        printed(257, 9, (35, 59, 'Dátum'), (63, 95, 'dodania:'), (187, 198, '21.'), (202, 208, '4.'),
                (212, 231, '2022'), (259, 282, 'IBAN:'), (391, 442, 'seller.banks')),
        printed(269, 9, (259, 302, 'BIC/SWIFT:'), (397, 442, 'seller.banks')),
        printed(303, 16.5, (34, 64, 'Spôsob'), (67, 92, 'platby:'), (161, 199, 'prevodom'), (203, 212, 'na'),
                (215, 231, 'účet'), (259, 291, 'Čiastka'), (294, 299, 'k'), (302, 333, 'úhrade:'),
                (388, 428, '11,88'), (433, 442, '€')),
        printed(356, 6, (50, 70, 'NÁZOV'), (72, 100, 'POLOŽKY'), (271, 283, 'KÓD'), (312, 345, 'MNOŽSTVO'),
                (390, 407, 'CENA'), (408, 416, 'ZA'), (418, 430, 'KUS'), (445, 456, 'DPH'), (516, 541, 'CELKOM'),
                (543, 547, 'S'), (549, 561, 'DPH')),
        printed(374, 9, (35, 41, '1.'), (51, 100, 'Bezpudrové'), (103, 135, 'nitrilové'), (138, 173, 'rukavice'),
                (176, 213, 'Mercator'), (216, 220, 'L'), (223, 226, '-'), (274, 278, '9'), (330, 332, '1'),
                (337, 345, 'ks'), (405, 422, '6,66'), (425, 430, '€'), (440, 450, '20'), (453, 460, '%'),
                (537, 554, '7,99'), (556, 561, '€')),
        printed(385, 9, (50, 74, '100ks')),
        printed(403, 9, (34, 41, '2.'), (51, 87, 'Dobierka'), (330, 332, '1'), (337, 345, 'ks'), (405, 422, '0,83'),
                (425, 430, '€'), (440, 450, '20'), (453, 460, '%'), (536, 554, '0,99'), (556, 561, '€')),
        printed(422, 9, (34, 41, '3.'), (51, 75, 'Kuriér'), (78, 87, 'na'), (90, 118, 'adresu'), (330, 332, '1'),
                (337, 345, 'ks'), (405, 422, '2,42'), (425, 430, '€'), (440, 450, '20'), (453, 460, '%'),
                (536, 554, '2,90'), (556, 561, '€')),
        printed(456, 6, (137, 160, 'ZÁKLAD'), (212, 223, 'DPH'), (272, 297, 'CELKOM')),
        printed(463, 16.5, (382, 429, 'Celkom'), (507, 547, '11,88'), (552, 561, '€')),
        printed(473, 9, (35, 52, 'DPH'), (55, 64, '20'), (68, 75, '%'), (146, 163, '9,90'), (210, 226, '1,98'),
                (276, 297, '11,88')),
        printed(493, 9, (34, 65, 'Celkom'), (146, 163, '9,90'), (209, 226, '1,98'), (276, 297, '11,88')),
        printed(515, 9, (35, 60, 'Rozpis'), (64, 80, 'DPH'), (84, 116, 'uvedený'), (119, 123, 'v'),
                (126, 147, 'mene'), (150, 167, 'EUR')),
        printed(832, 9, (222, 288, 'info@hk-green.sk'), (291, 309, '+421'), (314, 328, '222'), (331, 346, '000'),
                (349, 358, '27'), (362, 372, '1/1')),
    ]
    title = [printed(48, 18, (159, 260, "Takideco"), (265, 360, "Proforma"), (365, 440, "Invoice"))]
    assert find_invoice_number(slovak) == "MSK22002065"
    assert [(p.qty, p.price) for p in products([slovak], COMMA)] == [(Decimal("1"), Decimal("6.66"))]
    assert clean(title[0].text) == "Takideco"


def test_a_price_of_three_decimals_per_its_unit_in_typewriter_columns():
    # "12.742/EA" under "PRICE/UM" (set further left than "278.40/C" in a monospaced column): the price as printed
    lines = [
        printed(180, 8, (36, 46, 'LN'), (51, 69, 'ITEM'), (108, 161, 'DESCRIPTION'), (291, 324, 'SHIPPED'),
                (339, 352, 'B/O'), (358, 391, 'ORDERED'), (411, 449, 'PRICE/UM'), (468, 506, 'EXTENDED')),
        printed(188, 8,
                (37, 544, '-' * 106)),
        printed(200, 8, (42, 45, '1'), (50, 98, 'A53-B-2-21'), (109, 116, '2"'), (123, 146, 'SCH40'),
                (151, 170, 'A53B'), (176, 189, 'ERW'), (195, 209, 'BLK'), (214, 232, 'PIPE'), (238, 252, 'T&C'),
                (258, 269, "21'"), (310, 323, '168'), (349, 352, '0'), (378, 390, '168'), (411, 448, '612.50/C'),
                (469, 506, '1,029.00')),
        printed(210, 8, (123, 146, 'HEAT#'), (152, 184, '4471905'), (195, 209, 'MTR'), (214, 223, 'ON'),
                (228, 247, 'FILE')),
        printed(222, 8, (42, 45, '2'), (50, 98, 'A53-B-1-21'), (109, 116, '1"'), (123, 146, 'SCH40'),
                (151, 170, 'A53B'), (176, 189, 'ERW'), (195, 209, 'BLK'), (214, 232, 'PIPE'), (238, 252, 'T&C'),
                (258, 269, "21'"), (310, 323, '126'), (349, 352, '0'), (378, 390, '126'), (411, 448, '278.40/C'),
                (478, 506, '350.78')),
        printed(234, 8, (42, 45, '3'), (51, 83, 'MI-90-2'), (109, 116, '2"'), (123, 141, '150#'), (147, 161, 'BLK'),
                (166, 184, 'MALL'), (190, 209, 'IRON'), (214, 222, '90'), (228, 242, 'ELL'), (315, 323, '24'),
                (349, 352, '0'), (382, 390, '24'), (406, 449, '12.742/EA'), (478, 506, '305.81')),
        printed(246, 8, (42, 45, '4'), (51, 83, 'MI-90-1'), (109, 116, '1"'), (123, 141, '150#'), (147, 161, 'BLK'),
                (166, 184, 'MALL'), (190, 209, 'IRON'), (214, 222, '90'), (228, 242, 'ELL'), (315, 323, '40'),
                (349, 352, '0'), (382, 390, '40'), (411, 449, '3.918/EA'), (478, 506, '156.72')),
        printed(258, 8, (42, 45, '5'), (51, 88, 'MI-TEE-2'), (109, 116, '2"'), (123, 141, '150#'), (147, 161, 'BLK'),
                (166, 184, 'MALL'), (190, 209, 'IRON'), (214, 227, 'TEE'), (315, 323, '12'), (349, 352, '0'),
                (382, 390, '12'), (406, 449, '18.306/EA'), (478, 506, '219.67')),
    ]
    read = [(p.code, p.qty, p.price) for p in products([lines], POINT)]
    assert read[-2:] == [("MI-90-1", Decimal("40"), Decimal("3.918")), ("MI-TEE-2", Decimal("12"), Decimal("18.306"))]
    assert ("MI-90-2", Decimal("24"), Decimal("12.742")) in read


def test_a_case_s_count_at_its_case_price_beside_the_unit_price_and_a_crate_deposit():
    # "Cases | Units | Case Price | Unit Price | Amount": 3 cases at 18.40 (not at the unit's 4.60); a split case's
    # 2 units at 4.40; the milk crates' deposit is no product
    lines = [
        printed(172, 8.5, (40, 64, 'Code'), (85, 121, 'Product'), (291, 313, 'Pack'), (351, 378, 'Cases'),
                (390, 414, 'Units'), (421, 442, 'Case'), (447, 470, 'Price'), (476, 495, 'Unit'), (499, 522, 'Price'),
                (535, 572, 'Amount')),
        printed(189, 8.5, (41, 61, '1101'), (84, 110, 'Whole'), (114, 130, 'Milk'), (133, 159, 'Gallon'),
                (290, 303, '4/1'), (307, 323, 'GAL'), (373, 377, '3'), (447, 469, '18.40'), (503, 521, '4.60'),
                (548, 571, '55.20')),
        printed(201, 8.5, (41, 61, '1103'), (85, 97, '2%'), (101, 137, 'Reduced'), (141, 153, 'Fat'),
                (157, 173, 'Milk'), (176, 202, 'Gallon'), (290, 303, '4/1'), (307, 323, 'GAL'), (373, 377, '2'),
                (447, 469, '17.60'), (503, 521, '4.40'), (548, 571, '35.20')),
        printed(213, 8, (84, 101, 'split'), (104, 121, 'case'), (409, 413, '2'), (505, 521, '4.40'),
                (555, 571, '8.80')),
        printed(225, 8.5, (41, 61, '1120'), (85, 112, 'Nonfat'), (116, 132, 'Milk'), (136, 152, 'Half'),
                (155, 181, 'Gallon'), (291, 309, '9/64'), (312, 324, 'OZ'), (409, 414, '4'), (446, 469, '25.65'),
                (504, 521, '2.85'), (549, 571, '11.40')),
        printed(387, 8.5, (40, 76, 'CRATES'), (81, 87, '&'), (91, 135, 'RETURNS')),
        printed(399, 8.5, (85, 101, 'Milk'), (104, 125, 'crate'), (129, 159, 'deposit'), (163, 165, '-'),
                (168, 207, 'delivered'), (409, 413, '7'), (504, 521, '2.50'), (549, 571, '17.50')),
        printed(411, 8.5, (85, 101, 'Milk'), (104, 125, 'crate'), (129, 159, 'deposit'), (163, 165, '-'),
                (169, 195, 'picked'), (199, 209, 'up'), (213, 252, '(empties)'), (406, 413, '-9'), (504, 521, '2.50'),
                (545, 571, '-22.50')),
    ]
    read = [(p.code, p.qty, p.price) for p in products([lines], POINT)]
    assert read == [("1101", Decimal("3"), Decimal("18.40")), ("1103", Decimal("2"), Decimal("17.60")),
                    ("", Decimal("2"), Decimal("4.40")), ("1120", Decimal("4"), Decimal("2.85"))]


def test_a_weight_billed_in_an_unnamed_column_beside_a_price_per_kilo():
    # "Qty Unit | ... | Billed | Price / | Tax | Total CAD" over "2 | CS | ... | 13.84 | 24.60 kg | Z | 340.46"
    lines = [
        printed(137, 8, (53, 68, 'Qty'), (72, 91, 'Unit'), (102, 124, 'Code'), (152, 187, 'Product'),
                (191, 241, 'description'), (376, 402, 'Billed'), (435, 458, 'Price'), (460, 463, '/'),
                (485, 501, 'Tax'), (510, 532, 'Total'), (536, 555, 'CAD')),
        printed(155, 8, (63, 67, '2'), (72, 83, 'CS'), (102, 127, 'B1042'), (152, 176, 'Boeuf'), (178, 180, '-'),
                (184, 228, 'contre-filet'), (231, 248, 'AAA'), (251, 253, '/'), (256, 275, 'Beef'),
                (277, 310, 'striploin'), (313, 332, 'AAA,'), (380, 402, '13.84'), (436, 457, '24.60'),
                (460, 470, 'kg'), (491, 495, 'Z'), (528, 554, '340.46')),
        printed(168, 8, (152, 189, 'boneless,'), (192, 228, 'vac-pack')),
        printed(180, 6.5, (152, 163, 'Lot'), (166, 196, '1042-405'), (199, 200, '·'), (203, 230, 'Meilleur'),
                (232, 250, 'avant'), (252, 255, '/'), (257, 266, 'BB'), (269, 305, '2025-01-26'), (308, 309, '·'),
                (312, 315, '2'), (318, 333, 'colis')),
        printed(192, 8, (64, 67, '1'), (72, 83, 'CS'), (102, 128, 'B1077'), (152, 176, 'Boeuf'), (178, 202, 'haché'),
                (205, 246, 'mi-maigre'), (249, 252, '/'), (254, 287, 'Medium'), (290, 319, 'ground'),
                (322, 340, 'beef'), (342, 346, '4'), (436, 457, '64.90'), (460, 468, 'cs'), (491, 495, 'Z'),
                (533, 554, '64.90')),
        printed(205, 8, (152, 156, 'x'), (160, 176, '2.27'), (180, 189, 'kg')),
        printed(217, 8, (64, 67, '1'), (72, 83, 'CS'), (102, 127, 'P2010'), (152, 170, 'Porc'), (173, 175, '-'),
                (178, 200, 'longe'), (204, 239, 'désossée'), (242, 245, '/'), (248, 266, 'Pork'), (269, 284, 'loin'),
                (287, 321, 'boneless'), (385, 401, '9.42'), (441, 457, '9.85'), (460, 470, 'kg'), (491, 495, 'Z'),
                (533, 554, '92.79')),
    ]
    read = [(p.code, p.qty, p.price) for p in products([lines], POINT)]
    assert read == [("B1042", Decimal("13.84"), Decimal("24.60")), ("B1077", Decimal("1"), Decimal("64.90")),
                    ("P2010", Decimal("9.42"), Decimal("9.85"))]


def test_item_no_each_total_counts_each_item():
    # a sole trader's "Item | No. | Each | Total": the item's name, how many of it, the price of each
    lines = [
        printed(227, 10, (53, 73, 'Item'), (335, 349, 'No.'), (425, 447, 'Each'), (520, 542, 'Total')),
        printed(244, 10, (53, 82, 'Walnut'), (85, 114, 'serving'), (117, 142, 'board,'), (145, 164, 'large'),
                (168, 200, '(approx.'), (204, 217, '18"'), (220, 225, 'x'), (228, 239, '9")'), (340, 345, '4'),
                (420, 447, '$48.00'), (510, 542, '$192.00')),
        printed(259, 10, (53, 81, 'Cherry'), (84, 104, 'salad'), (107, 137, 'servers,'), (140, 155, 'pair'),
                (341, 345, '8'), (420, 447, '$22.00'), (510, 542, '$176.00')),
        printed(274, 10, (53, 78, 'Maple'), (82, 110, 'spurtle,'), (114, 127, '12"'), (339, 347, '15'),
                (425, 447, '$9.50'), (510, 542, '$142.50')),
        printed(289, 10, (53, 83, 'Spalted'), (86, 109, 'beech'), (111, 133, 'bowl,'), (136, 169, 'medium'),
                (172, 174, '-'), (178, 196, 'each'), (198, 219, 'piece'), (222, 251, 'unique,'), (254, 274, 'grain'),
                (277, 291, 'and'), (340, 344, '3'), (420, 447, '$38.00'), (510, 542, '$114.00')),
        printed(302, 10, (53, 79, 'colour'), (81, 96, 'will'), (99, 117, 'vary')),
        printed(317, 10, (53, 77, 'Board'), (80, 105, 'butter,'), (109, 113, '2'), (116, 125, 'oz'),
                (128, 138, 'tin'), (339, 347, '12'), (425, 447, '$6.00'), (515, 542, '$72.00')),
        printed(346, 10, (396, 421, 'Goods'), (513, 545, '$696.50')),
        printed(359, 10, (395, 426, 'Postage'), (429, 437, '(2'), (440, 471, 'parcels)'), (518, 545, '$18.50')),
    ]
    read = [(p.description[:14], p.qty, p.price) for p in products([lines], POINT)]
    assert read == [("Walnut serving", Decimal("4"), Decimal("48.00")),
                    ("Cherry salad s", Decimal("8"), Decimal("22.00")),
                    ("Maple spurtle,", Decimal("15"), Decimal("9.50")),
                    ("Spalted beech ", Decimal("3"), Decimal("38.00")),
                    ("Board butter, ", Decimal("12"), Decimal("6.00"))]


def test_rand_printed_before_whole_amounts():
    # a South African quote: "R 899" under "Unit Price" and "Total (Excl)"
    lines = [
        printed(297, 12, (24, 45, 'SKU'), (112, 152, 'Product'), (327, 345, 'Qty'), (424, 445, 'Unit'),
                (449, 474, 'Price'), (531, 556, 'Total'), (560, 588, '(Excl)')),
        printed(329, 11, (25, 94, 'PLID41670085'), (112, 162, 'Dalwhinnie'), (166, 169, '-'), (173, 184, '15'),
                (187, 207, 'Year'), (211, 225, 'Old'), (229, 232, '-'), (236, 240, '1'), (245, 264, 'Litre'),
                (334, 337, '1'), (447, 453, 'R'), (456, 473, '899'), (561, 567, 'R'), (570, 587, '899')),
        printed(357, 11, (25, 93, 'PLID40724371'), (112, 175, 'Glenmorangie'), (179, 182, '-'), (186, 197, '10'),
                (200, 220, 'Year'), (224, 238, 'Old'), (242, 269, 'Single'), (272, 292, 'Malt'), (334, 337, '1'),
                (447, 453, 'R'), (456, 473, '409'), (561, 567, 'R'), (570, 587, '409')),
        printed(375, 11, (111, 150, 'Whiskey'), (153, 157, '-'), (161, 189, '750ml')),
        printed(403, 12, (417, 442, 'Total'), (446, 474, '(Excl)'), (535, 542, 'R'), (546, 588, '1308.00')),
        printed(431, 12, (456, 474, 'Vat'), (542, 548, 'R'), (552, 588, '196.20')),
        printed(459, 12, (419, 445, 'Total'), (448, 474, '(Incl)'), (535, 542, 'R'), (546, 588, '1504.20')),
    ]
    read = [(p.qty, p.price) for p in products([lines], POINT)]
    assert read == [(Decimal("1"), Decimal("899")), (Decimal("1"), Decimal("409"))]


def test_dutch_and_french_pack_labels_and_a_returnable_pallet():
    # "Verp. / Cond. | Aantal verp. / Nbre cond. | Prijs/verp. / Prix/cond." (packs counted, a pack's price); the
    # "Leeggoed europallet" (a returnable pallet's deposit) is no product; "Prijs p/st" is a price per piece
    belgian = [
        printed(157, 8, (43, 65, 'Code'), (107, 165, 'Omschrijving'), (169, 172, '/'), (175, 228, 'Désignation'),
                (407, 430, 'Verp.'), (434, 437, '/'), (440, 464, 'Cond.'), (478, 506, 'Aantal'), (510, 532, 'verp.'),
                (536, 539, '/'), (542, 563, 'Nbre'), (567, 590, 'cond.'), (602, 646, 'Prijs/verp.'), (650, 653, '/'),
                (656, 700, 'Prix/cond.'), (711, 739, 'Totaal'), (742, 745, '/'), (748, 770, 'Total'),
                (787, 807, 'BTW')),
        printed(172, 8, (43, 82, 'VDL-1010'), (108, 138, 'Pralines'), (142, 189, 'assortiment'), (192, 206, '250'),
                (210, 213, 'g'), (217, 246, 'ballotin'), (249, 252, '/'), (254, 302, 'Assortiment'),
                (306, 336, 'pralines'), (340, 354, '250'), (358, 361, 'g'), (421, 429, '12'), (433, 452, 'st/pc'),
                (586, 591, '4'), (679, 700, '78,60'), (744, 770, '314,40'), (795, 807, '6%')),
        printed(182, 8, (108, 136, 'ballotin')),
        printed(193, 8, (43, 82, 'VDL-1012'), (108, 138, 'Pralines'), (142, 189, 'assortiment'), (192, 206, '500'),
                (210, 213, 'g'), (217, 246, 'ballotin'), (249, 252, '/'), (254, 302, 'Assortiment'),
                (306, 336, 'pralines'), (340, 354, '500'), (358, 361, 'g'), (423, 427, '6'), (430, 449, 'st/pc'),
                (587, 590, '3'), (679, 700, '74,10'), (744, 770, '222,30'), (795, 807, '6%')),
        printed(317, 8, (43, 82, 'VDL-9030'), (107, 171, 'Geschenkzakjes'), (175, 192, 'kraft'), (196, 211, 'met'),
                (214, 232, 'logo,'), (237, 250, '100'), (254, 261, 'st'), (263, 266, '/'), (269, 300, 'Sachets'),
                (303, 331, 'cadeau'), (335, 353, 'kraft'), (357, 375, 'logo,'), (417, 420, '1'),
                (424, 455, 'pak/paq'), (587, 590, '3'), (679, 700, '12,80'), (749, 770, '38,40'), (790, 807, '21%')),
        printed(328, 8, (108, 122, '100'), (126, 134, 'pc')),
        printed(338, 8, (44, 73, 'LG-EUR'), (108, 146, 'Leeggoed'), (149, 189, 'europallet'), (192, 195, '/'),
                (197, 230, 'Vidange'), (233, 279, 'europalette'), (587, 590, '1'), (679, 700, '12,00'),
                (749, 770, '12,00'), (795, 807, '0%')),
    ]
    dutch = [
        printed(227, 8, (39, 77, 'Artikelnr.'), (95, 148, 'Omschrijving'), (310, 326, 'Colli'), (340, 354, 'Inh.'),
                (367, 392, 'Aantal'), (410, 427, 'Prijs'), (430, 445, 'p/st'), (455, 484, 'Korting'),
                (517, 544, 'Bedrag')),
        printed(241, 8, (40, 72, 'Pakbon'), (76, 102, '80412'), (106, 123, 'd.d.'), (127, 177, '05-03-2025')),
        printed(252, 8, (40, 74, 'BH-11402'), (95, 119, 'Zinken'), (122, 148, 'emmer'), (151, 164, 'met'),
                (167, 196, 'handvat'), (199, 204, 'Ø'), (207, 215, '22'), (218, 230, 'cm,'), (234, 256, 'antiek'),
                (258, 273, 'grijs'), (323, 326, '2'), (351, 355, '4'), (389, 393, '8'), (430, 444, '7,25'),
                (483, 485, '-'), (525, 545, '58,00')),
        printed(263, 8, (40, 74, 'BH-11403'), (95, 119, 'Zinken'), (122, 148, 'emmer'), (151, 164, 'met'),
                (167, 196, 'handvat'), (199, 204, 'Ø'), (207, 215, '28'), (218, 230, 'cm,'), (234, 256, 'antiek'),
                (258, 273, 'grijs'), (323, 326, '1'), (351, 355, '4'), (389, 393, '4'), (429, 445, '9,80'),
                (483, 485, '-'), (525, 545, '39,20')),
        printed(273, 8, (40, 74, 'BH-12010'), (95, 132, 'Terracotta'), (135, 146, 'pot'), (150, 172, "'Siena'"),
                (175, 180, 'Ø'), (184, 192, '16'), (195, 205, 'cm'), (208, 222, 'met'), (225, 249, 'schotel'),
                (323, 326, '3'), (347, 354, '12'), (384, 393, '36'), (430, 444, '2,65'), (474, 485, '5%'),
                (525, 544, '90,63')),
        printed(283, 8, (40, 74, 'BH-12011'), (95, 132, 'Terracotta'), (135, 146, 'pot'), (150, 172, "'Siena'"),
                (175, 180, 'Ø'), (184, 192, '21'), (195, 205, 'cm'), (208, 222, 'met'), (225, 249, 'schotel'),
                (323, 326, '3'), (351, 355, '6'), (385, 393, '18'), (429, 445, '4,10'), (474, 485, '5%'),
                (525, 544, '70,11')),
    ]
    assert [(p.code, p.qty, p.price) for p in products([belgian], COMMA)] == [
        ("VDL-1010", Decimal("4"), Decimal("78.60")), ("VDL-1012", Decimal("3"), Decimal("74.10")),
        ("VDL-9030", Decimal("3"), Decimal("12.80"))]
    assert ("BH-12010", Decimal("36"), Decimal("2.65")) in [(p.code, p.qty, p.price) for p in products([dutch], COMMA)]


def test_headings_of_summaries_that_repeat_the_lines_and_of_tables_that_bill():
    # a recap of the lines above bills nothing; an expense summary or an order summary may be what is billed
    repeats = ["TIMEKEEPER SUMMARY", "Fee summary by attorney", "RECAP BY CATEGORY", "Récapitulatif",
               "Staff summary (hours worked 09/06)"]
    bills = ["EXPENSE SUMMARY", "Order Summary", "Summary of Services", "Riepilogo"]
    assert all(SUMMARY_HEADING.match(h) for h in repeats)
    assert not any(SUMMARY_HEADING.match(h) for h in bills)


def test_cases_counted_at_a_case_s_cost_beside_the_unit_s():
    # "UNIT COST | QTY CS | CASE COST | EXTENDED": 5 cases at 77.6880 (four decimals), not at the unit's 6.4740
    lines = [line for line in GROCERY_PO if 150 <= line.y <= 190]
    read = [(p.code, p.qty, p.price) for p in products([lines], POINT)]
    assert read == [("716099", Decimal("5"), Decimal("77.6880")), ("610428", Decimal("5"), Decimal("83.2800"))]
