"""Number, date and seller rules from the twenty-seventh session's independent documents: each case is a layout a
helper drew or found, reduced to the lines that matter."""

from __future__ import annotations

from datetime import date

from invoice_processing.vendors.header import find_date
from invoice_processing.vendors.header_numbers import find_invoice_number
from invoice_processing.vendors.issuer import find_vendor
from test_scripts.unit.layout.lines import line, printed
from test_scripts.unit.layout.pages_26 import RIFLE_INVOICE


def test_a_number_that_names_itself_an_invoice_s_beats_a_labelled_sales_order_s():
    # "INV-1187342 | Date 11/04/2025 | p.1" under the title, unlabelled; "Sales Order SO-884120" under it, labelled
    lines = [RIFLE_INVOICE[0], *RIFLE_INVOICE[2:]]  # (without the letterhead's address line)
    assert find_invoice_number(lines) == "INV-1187342"
    # the customer's reference to an earlier invoice, beside its label, is no number of this document's
    referenced = [*lines[:2], printed(81, 8, (34, 80, 'Your ref:'), (90, 136, 'INV-1187342')), *lines[3:]]
    assert find_invoice_number(referenced) == "SO-884120"


def test_a_garage_s_repair_order_number_is_the_document_s():
    # "REPAIR ORDER / INVOICE" over "RO # | 58214": a garage's repair order, its only number
    lines = [
        printed(46, 16, (41, 124, 'Ridgeline'), (130, 172, 'Auto'), (179, 191, '&'), (199, 252, 'Diesel'),
                (401, 445, 'REPAIR'), (449, 491, 'ORDER'), (495, 500, '/'), (504, 553, 'INVOICE')),
        printed(65, 8.5, (391, 402, 'RO'), (406, 412, '#'), (535, 564, '58214')),
        printed(76, 8.5, (391, 410, 'Date'), (511, 563, '03/14/2025')),
        printed(98, 8.5, (390, 410, 'Tech'), (518, 535, '#07'), (539, 542, '/'), (546, 563, '#11')),
    ]
    assert find_invoice_number(lines) == "58214"
    assert find_invoice_number([lines[0], line(65, (391, "WO No."), (535, "W-4471")), *lines[2:]]) == "W-4471"


def test_a_code_aligned_under_a_date_alone_is_the_number_printed_without_a_label():
    # a Latvian advance invoice: "28.02.2022" over "10260-22-186784A" at the top right, no label for either
    lines = [
        printed(61, 10, (262, 299, 'Avansa'), (303, 332, 'rēķins')),
        printed(84, 9, (60, 117, 'Pakalpojumu'), (121, 165, 'sniedzējs:'), (489, 536, '28.02.2022')),
        printed(95, 9, (60, 111, 'Nosaukums:'), (115, 129, 'SIA'), (133, 188, '"Izdevniecība'),
                (192, 225, 'iŽurnāli"'), (457, 536, '10260-22-186784A')),
        printed(107, 9, (60, 113, 'Reģistrācijas'), (117, 149, 'numurs:'), (153, 210, '40103221835')),
        printed(118, 9, (60, 78, 'PVN'), (82, 114, 'numurs:'), (119, 186, 'LV40103221835')),
    ]
    assert find_invoice_number(lines) == "10260-22-186784A"
    # the seller's name after its block's name label ("Nosaukums:", Latvian for "Name:")
    assert find_vendor(lines) == 'SIA "Izdevniecība iŽurnāli"'
    # a code set apart from the date (not aligned with it) is no number of the document's
    apart = [*lines[:2], printed(95, 9, (60, 111, 'Nosaukums:'), (115, 129, 'SIA'), (133, 188, '"Izdevniecība'),
                                 (192, 225, 'iŽurnāli"'), (380, 440, '10260-22-186784A')), *lines[3:]]
    assert find_invoice_number(apart) == ""


def test_a_letterhead_name_over_its_legal_form_in_smaller_type_is_one_name():
    # "VAN DIJK" in 20 points over "Woonaccessoires B.V." in 10, both at the left margin
    lines = [
        printed(44, 20, (40, 86, 'VAN'), (96, 142, 'DIJK'), (729, 801, 'INVOICE')),
        printed(59, 10, (40, 126, 'Woonaccessoires'), (131, 149, 'B.V.')),
        printed(67, 7.5, (613, 638, 'Invoice'), (642, 652, 'no.'), (753, 801, 'F2025-01377')),
        printed(74, 7, (41, 85, 'Industrieweg'), (88, 96, '41'), (99, 100, '·'), (104, 120, '3542'), (123, 133, 'AD'),
                (136, 161, 'Utrecht')),
    ]
    assert find_vendor(lines).lower() == "van dijk woonaccessoires b.v."
    # a line under the name that is no firm's (a tagline without a form) is not joined
    tagline = [lines[0], printed(59, 10, (40, 126, 'Woonaccessoires'), (131, 160, 'sinds'), (164, 185, '1987')),
               *lines[2:]]
    assert find_vendor(tagline).lower() == "van dijk"


def test_a_dutch_account_holder_s_name_and_a_french_farm_s_form():
    # "t.n.v. EU Transport" (in the name of) under the bank's details; "GAEC Les Jardins de Tallende" (a farm's form)
    from invoice_processing.vendors.issuer_names import clean, formed
    assert clean("t.n.v. EU Transport") == "EU Transport"
    assert formed("GAEC Les Jardins de Tallende") and formed("EARL du Moulin")
    assert not formed("Les Jardins de Tallende")


def test_quotation_numbers_in_portuguese_and_english_and_an_italian_bare_number():
    # "Orçamento N°: 12345"; an offer's grid "Offer No." over "SPC22/CG/041/2022-23"; "N. CO/2025/0381 del 07/04/2025"
    assert find_invoice_number([line(80, (40, "Orçamento N°: 12345"), (490, "Data: 21/10/2025"))]) == "12345"
    grid = [line(100, (40, "Handled by"), (200, "Offer Date"), (400, "Offer No.")),
            line(112, (40, "R. Sharma"), (200, "25/02/2023"), (400, "SPC22/CG/041/2022-23"))]
    assert find_invoice_number(grid) == "SPC22/CG/041/2022-23"
    italian = [line(121, (57, "CONFERMA D'ORDINE"), (326, "Spett.le"), size=13),
               line(139, (57, "N. CO/2025/0381 del 07/04/2025"), (326, "Keramik & Tisch Hoffmann e.K."))]
    assert find_invoice_number(italian) == "CO/2025/0381"
    # "N." before a street's number is no document's
    assert find_invoice_number([line(80, (40, "Ship to: 14 N. 5th Avenue"))]) == ""


def test_a_mexican_cfdi_s_folio_under_its_label():
    # "Serie | Folio" over "A-FI | 13" (the issuer's name over its "RFC:" is left: a customer's prints one too)
    lines = [
        printed(33, 10, (26, 68, 'ESCUELA'), (72, 111, 'KEMPER'), (114, 153, 'URGATE'), (449, 464, 'CFDI'),
                (467, 474, 'de'), (477, 502, 'Ingreso')),
        printed(48, 7, (26, 39, 'RFC:'), (42, 91, 'EKU9003173C9'), (370, 385, 'Serie'), (481, 495, 'Folio')),
        printed(60, 7, (369, 382, 'A-FI'), (481, 488, '13')),
        printed(71, 7, (26, 53, 'Régimen'), (55, 73, 'fiscal:'), (76, 86, '601'), (90, 91, '-'), (94, 120, 'General'),
                (123, 131, 'de'), (134, 145, 'Ley'), (148, 178, 'Personas'), (181, 208, 'Morales')),
        printed(76, 7, (370, 388, 'Lugar'), (390, 397, 'de'), (400, 425, 'emisión'), (481, 499, 'Fecha'),
                (501, 504, 'y'), (507, 521, 'hora'), (524, 531, 'de'), (534, 559, 'emisión')),
        printed(83, 7, (26, 52, 'Número'), (54, 62, 'de'), (64, 99, 'certificado:'),
                (102, 182, '30001000000400002434')),
        printed(87, 7, (369, 389, '77710'), (480, 548, '2023-02-14T11:27:59')),
        printed(116, 7, (31, 72, 'Información'), (75, 85, 'del'), (88, 111, 'cliente'), (314, 356, 'Información'),
                (359, 368, 'del'), (371, 387, 'pago')),
        printed(132, 7, (30, 51, 'CALEB'), (54, 74, 'ISAAC'), (76, 97, 'MORA'), (100, 115, 'DIAZ'), (314, 326, 'Uso'),
                (328, 337, 'del'), (340, 354, 'CFDI'), (453, 491, 'Exportación')),
        printed(143, 7, (314, 329, 'CP01'), (332, 334, '-'), (337, 356, 'Pagos'), (452, 459, '01')),
        printed(148, 7, (31, 44, 'RFC:'), (47, 105, 'MODC980924HK1')),
    ]
    assert find_invoice_number(lines) == "13"


def test_an_issuer_s_block_under_emisor_names_its_firm_after_nombre_without_its_rfc():
    lines = [
        printed(47, 8, (422, 444, 'SERIE:'), (515, 520, 'A')),
        printed(61, 8, (422, 445, 'FOLIO:'), (503, 531, '167ABC')),
        printed(147, 10, (41, 76, 'EMISOR')),
        printed(163, 8, (41, 74, 'NOMBRE:'), (120, 147, 'ACCEM'), (150, 188, 'SERVICIOS'),
                (191, 252, 'EMPRESARIALES'), (255, 264, 'SC'), (465, 480, 'RFC:'), (497, 555, 'AAA010101AAA')),
        printed(177, 8, (41, 74, 'REGIMEN'), (77, 104, 'FISCAL:'), (121, 132, '601')),
        printed(200, 10, (41, 90, 'RECEPTOR')),
        printed(214, 8, (41, 74, 'NOMBRE:'), (120, 150, 'CARLOS'), (154, 190, 'CORTES'), (194, 220, 'SOTO'),
                (465, 480, 'RFC:'), (497, 555, 'COSC8001137NA')),
        printed(600, 8, (41, 90, 'SELLO'), (94, 110, 'DEL'), (114, 130, 'SAT')),
    ]
    assert (find_vendor(lines), find_invoice_number(lines)) == ("ACCEM SERVICIOS EMPRESARIALES SC", "167ABC")
    from invoice_processing.vendors.issuer_names import clean
    assert clean("Acme GmbH USt-IdNr. DE123456789") == "Acme GmbH" and clean("Blue Vat Ltd") == "Blue Vat Ltd"


def test_a_credit_or_debit_note_s_own_number_and_date_before_the_invoice_it_names():
    german = [line(60, (40, "Gutschrift-Nr.: GS-2025-00318")), line(72, (40, "Kunden-Nr.: 10442")),
              line(100, (40, "Gutschrift"), size=14),
              line(120, (40, "wir schreiben Ihnen zu unserer Rechnung Nr. RE-2025-04127 vom 29.04.2025 gut:"))]
    assert find_invoice_number(german) == "GS-2025-00318"
    corrected = [line(60, (40, "Korrekturrechnung KR-24-1056")), line(72, (40, "Auftrags-Nr. AB-24-0877"))]
    debit = [line(60, (40, "Debit Note No. : DN-5531")), line(90, (40, "Delivery Note : DL-40991"))]
    avoir = [line(60, (40, "N° d'avoir : AV-000872")), line(72, (40, "Bon de livraison : BL-55102"))]
    assert [find_invoice_number(lines) for lines in (corrected, debit, avoir)] == ["KR-24-1056", "DN-5531",
                                                                                   "AV-000872"]
    memo = [line(60, (400, "Credit Memo # CM-20417")), line(72, (400, "Credit Date 04/22/2025")),
            line(84, (400, "Original Invoice # INV-118842")), line(96, (400, "Invoice Date 03/28/2025"))]
    assert (find_invoice_number(memo), find_date(memo)) == ("CM-20417", date(2025, 4, 22))


def test_a_vietnamese_date_in_words_and_an_account_number_after_a_supplier_s_name():
    # "Ngày 04 tháng 10 năm 2023" (day 4, month 10); "Supplier: Green Loop Foods ..., Inc. (acct 77-1042)"
    assert find_date([line(80, (40, "Ngày 04 tháng 10 năm 2023"))]) == date(2023, 10, 4)
    from invoice_processing.vendors.issuer_names import clean
    assert clean("Green Loop Foods Distribution, Inc.  (acct 77-1042)") == "Green Loop Foods Distribution, Inc."


def test_a_gst_invoice_s_number_beats_its_order_number():
    # an Indian distributor's "GST INVOICE NO DE2531403175" under "ORDER NO. :1014640581"
    lines = [line(60, (40, "ORDER NO. :1014640581"), (300, "GST INVOICE NO"), (400, "DE2531403175")),
             line(72, (300, "SAP REFERENCE NO"), (400, "1232782413"))]
    assert find_invoice_number(lines) == "DE2531403175"
