"""Number and date rules from the twenty-sixth session's independent documents (the document's number and date,
and the names that stood in for them): each case is a layout a helper drew or found, reduced to the lines that
matter."""

from __future__ import annotations

from datetime import date

from invoice_processing.vendors.header import find_date
from invoice_processing.vendors.header_numbers import find_invoice_number
from invoice_processing.vendors.issuer import find_vendor
from invoice_processing.vendors.issuer_names import name_like
from test_scripts.unit.layout.lines import line, printed
from test_scripts.unit.layout.pages_26 import RIFLE_INVOICE


def test_labels_with_dotted_leaders_to_their_colons():
    # "INVOICE NO.....: 0091552", "ORDER DATE.....: 03/19/2025": an old business system's leaders fill each label
    # out to its colon (the order date is the one kept)
    lines = [
        printed(39, 12, (36, 79, 'QUARRY'), (87, 122, 'STONE'), (130, 171, 'TOOLS,'), (181, 206, 'INC.'),
                (381, 458, 'INVOICE')),
        printed(53, 8.5, (37, 56, '1880'), (62, 112, 'INDUSTRIAL'), (118, 138, 'PKWY'), (381, 415, 'INVOICE'),
                (421, 460, 'NO.....:'), (468, 502, '0091552')),
        printed(63, 8.5, (36, 61, 'BARRE'), (67, 76, 'VT'), (83, 107, '05641'), (381, 415, 'INVOICE'),
                (421, 460, 'DATE...:'), (468, 517, '03/31/2025')),
        printed(73, 8.5, (36, 51, 'TEL'), (57, 117, '802-555-0190'), (380, 405, 'ORDER'), (411, 460, 'NO.......:'),
                (467, 507, 'SO-27741')),
        printed(84, 8.5, (380, 405, 'ORDER'), (411, 460, 'DATE.....:'), (468, 517, '03/19/2025')),
        printed(93, 8.5, (381, 460, 'PAGE...........:'), (468, 471, '1')),
        printed(100, 8.5, (37, 56, 'SOLD'), (62, 75, 'TO:'), (87, 122, 'GRANITE'), (128, 153, 'STATE'),
                (159, 204, 'LANDSCAPE'), (210, 219, 'CO')),
        printed(110, 8.5, (88, 96, '77'), (103, 133, 'QUARRY'), (138, 148, 'RD')),
        printed(120, 8.5, (87, 122, 'CONCORD'), (128, 138, 'NH'), (144, 168, '03301')),
        printed(140, 8.5, (36, 56, 'CUST'), (62, 85, 'P.O.:'), (93, 122, '5531-B'), (149, 177, 'TERMS:'),
                (185, 193, '2%'), (200, 208, '10'), (215, 229, 'NET'), (236, 244, '30'), (271, 290, 'SHIP'),
                (296, 315, 'VIA:'), (322, 337, 'OUR'), (342, 367, 'TRUCK')),
        printed(170, 8, (37, 55, 'ITEM'), (92, 145, 'DESCRIPTION'), (326, 340, 'ORD'), (354, 368, 'SHP'),
                (378, 392, 'B/O'), (414, 433, 'UNIT'), (438, 462, 'PRICE'), (533, 576, 'EXTENSION')),
        printed(188, 8, (36, 69, 'QS40100'), (92, 125, 'DIAMOND'), (131, 144, 'CUP'), (150, 173, 'WHEEL'),
                (179, 193, '4IN'), (198, 221, 'TURBO'), (227, 269, 'SEGMENTED'), (275, 302, '5/8-11')),
        printed(198, 8, (92, 116, 'ARBOR'), (121, 135, 'FOR'), (140, 173, 'GRANITE'), (331, 339, '12'),
                (359, 367, '12'), (388, 391, '0'), (434, 461, '24.500'), (548, 575, '294.00')),
    ]
    assert (find_invoice_number(lines), find_date(lines)) == ("0091552", date(2025, 3, 19))


def test_a_number_beside_a_title_in_two_phrases_and_under_a_title_after_its_series():
    # "FAKTURA | DAŇOVÝ DOKLAD | č. 2025010457" (its dash a line apart); "Fatura" over "Nº FT 2025/318"
    czech = [
        printed(46, 13, (44, 111, 'FAKTURA'), (127, 188, 'DAŇOVÝ'), (193, 253, 'DOKLAD'), (446, 456, 'č.'),
                (463, 552, '2025010457')),
        printed(47, 13, (116, 120, '-')),
        printed(76, 7.5, (49, 88, 'Dodavatel:'), (304, 342, 'Odběratel:')),
        printed(91, 8.5, (49, 109, 'Dřevohračky'), (112, 142, 'Hořice'), (146, 169, 's.r.o.'),
                (304, 352, 'Hračkárna'), (356, 362, 'U'), (366, 414, 'Medvídka,'), (418, 442, 's.r.o.')),
        printed(101, 8.5, (49, 79, 'Husova'), (83, 104, '1220'), (304, 344, 'Nerudova'), (348, 358, '14')),
        printed(112, 8.5, (49, 64, '508'), (68, 77, '01'), (81, 107, 'Hořice'), (304, 319, '118'), (323, 332, '00'),
                (337, 359, 'Praha'), (364, 367, '1')),
        printed(123, 8.5, (49, 58, 'IČ:'), (63, 105, '27841102'), (114, 130, 'DIČ:'), (135, 188, 'CZ27841102'),
                (304, 314, 'IČ:'), (318, 360, '06124577'), (369, 385, 'DIČ:'), (390, 443, 'CZ06124577')),
        printed(135, 8.5, (49, 80, 'Spisová'), (84, 116, 'značka:'), (120, 125, 'C'), (128, 154, '24187'),
                (158, 188, 'vedená'), (192, 196, 'u'), (201, 241, 'Krajského')),
        printed(146, 8.5, (49, 73, 'soudu'), (77, 81, 'v'), (85, 111, 'Hradci'), (115, 146, 'Králové')),
        printed(159, 7.5, (304, 335, 'Konečný'), (339, 372, 'příjemce:'), (376, 408, 'prodejna'), (412, 428, 'Malá'),
                (432, 455, 'Strana')),
    ]
    portuguese = [
        printed(58, 13, (52, 126, 'Cerâmicas'), (132, 187, 'Oliveira'), (193, 203, '&'), (210, 256, 'Filhos,'),
                (263, 292, 'Lda.')),
        printed(70, 12, (350, 392, 'Fatura'), (505, 535, 'Original')),
        printed(77, 8, (52, 66, 'Rua'), (70, 78, 'da'), (82, 110, 'Fábrica'), (114, 123, 'de'), (127, 151, 'Louça,'),
                (155, 164, '47')),
        printed(87, 8.5, (51, 89, '4410-123'), (92, 106, 'Vila'), (110, 129, 'Nova'), (133, 142, 'de'),
                (145, 162, 'Gaia'), (349, 359, 'Nº'), (363, 372, 'FT'), (375, 415, '2025/318')),
        printed(98, 8.5, (52, 84, 'Portugal'), (349, 371, 'Data:'), (375, 423, '14-03-2025')),
        printed(108, 8.5, (52, 66, 'NIF:'), (70, 84, '503'), (88, 101, '842'), (106, 119, '117'), (126, 127, '·'),
                (133, 149, 'Tel.:'), (153, 174, '+351'), (178, 192, '223'), (195, 209, '745'), (213, 227, '190'),
                (349, 401, 'Vencimento:'), (406, 454, '13-04-2025')),
        printed(120, 8.5, (51, 163, 'geral@ceramicas-oliveira.pt'), (349, 380, 'ATCUD:'), (383, 446, 'JF7KQ2M3-318')),
        printed(173, 8, (52, 86, 'Exmo.(s)'), (89, 110, 'Sr.(s)')),
        printed(187, 9, (52, 71, 'Loja'), (75, 107, 'Jardim'), (111, 129, 'das'), (133, 163, 'Flores'),
                (167, 192, 'Unip.'), (197, 217, 'Lda.'), (340, 348, 'V/'), (352, 396, 'Requisição:'),
                (400, 439, 'REQ-0091')),
        printed(198, 9, (51, 64, 'Av.'), (69, 79, 'da'), (83, 127, 'Liberdade'), (131, 149, '210,'),
                (154, 165, '2.º'), (169, 187, 'Esq.'), (341, 381, 'Condições'), (384, 393, 'de'),
                (397, 444, 'pagamento:'), (448, 457, '30'), (461, 476, 'dias')),
        printed(208, 9, (52, 94, '1250-147'), (98, 125, 'Lisboa'), (341, 360, 'Local'), (364, 373, 'de'),
                (377, 400, 'carga:'), (404, 442, 'Armazém'), (445, 452, 'V.'), (456, 463, 'N.'), (467, 484, 'Gaia')),
        printed(220, 9, (52, 68, 'NIF:'), (72, 88, '514'), (92, 108, '209'), (112, 128, '881'), (341, 359, 'Data'),
                (362, 371, 'de'), (375, 399, 'carga:'), (403, 448, '14-03-2025'), (452, 474, '09:30')),
    ]
    assert (find_invoice_number(czech), find_invoice_number(portuguese)) == ("2025010457", "FT 2025/318")


def test_a_colombian_electronic_invoice_s_number_label_and_a_barcode_in_its_font():
    # "FACTURA ELECTRÓNICA DE VENTA No | 04WC41104" (the branches' addresses print "No.17-69" over it), and the
    # barcode's characters in a Code 128 font ("ÍÂL+$DÎ") beside the seller's name: no name
    lines = [
        printed(7, 4.45, (312, 330, 'BOGOTA'), (378, 406, 'CARTAGENA'), (447, 476, 'VALLEDUPAR'),
                (515, 535, 'PEREIRA'), (582, 606, 'SINCELEJO')),
        printed(12, 4.45, (312, 325, 'CALLE'), (327, 335, '63A'), (336, 354, 'No.16-43'), (378, 391, 'CRA.2'),
                (393, 410, 'No.12-37'), (447, 469, 'DIAGONAL'), (471, 476, '16'), (515, 521, 'AV'), (522, 527, '30'),
                (529, 534, 'DE'), (536, 555, 'AGOSTO'), (582, 596, 'CALLE'), (597, 601, '21'),
                (604, 621, 'No.16-25')),
        printed(16, 4.45, (311, 338, 'TEL.3494100'), (378, 405, 'TEL.6653363'), (447, 465, 'No.17-69'),
                (515, 533, 'No.36-10'), (582, 608, 'TEL.2825904')),
        printed(21, 4.45, (447, 473, 'TEL.5712354'), (515, 540, 'TEL3361911')),
        printed(25, 4.45, (312, 321, 'CALI'), (378, 408, 'SANTAMARTA'), (582, 616, 'BARRANQUILLA')),
        printed(30, 8.75, (150, 218, 'SUPERTIENDAS'), (221, 226, 'Y'), (229, 288, 'DROGUERIAS'), (312, 325, 'CALLE'),
                (327, 331, '26'), (333, 348, 'No.7-41'), (378, 392, 'CALLE'), (394, 398, '23'),
                (400, 418, 'No.7-150'), (447, 470, 'MONTERIA'), (515, 537, 'MEDELLIN'), (582, 596, 'CALLE'),
                (597, 602, '53'), (604, 624, 'No.46-192')),
        printed(34, 4.45, (311, 338, 'TEL.4181800'), (378, 403, 'TEL4210714'), (447, 462, 'CRA.14'),
                (464, 481, 'No.27-22'), (483, 489, 'AV'), (515, 530, 'CRA.34'), (532, 547, 'No.16A'),
                (582, 596, 'LOCAL'), (598, 604, '301')),
        printed(39, 4.45, (447, 478, 'CIRCUNVALAR'), (515, 533, 'SUR-241'), (582, 607, 'TEL3710100')),
        printed(42, 8.75, (150, 192, 'OLIMPICA'), (195, 211, 'S.A.'), (447, 473, 'TEL.7837474'),
                (515, 542, 'TEL.3132239')),
        printed(68, 6.05, (5, 35, 'OLIMPICA'), (37, 48, 'S.A.')),
        printed(71, 30.06, (562, 611, 'ÍÂL+$DÎ')),
        printed(75, 6.25, (6, 16, 'NIT:'), (19, 59, '890.107.487-3')),
        printed(79, 5.2, (287, 326, 'Representación'), (328, 345, 'Gráfica'), (347, 353, 'De'), (355, 374, 'Factura'),
                (375, 402, 'electrónica'), (404, 410, 'de'), (412, 426, 'Venta')),
        printed(83, 6.25, (5, 19, 'Calle'), (21, 28, '53'), (30, 39, 'No.'), (41, 48, '46'), (50, 52, '-'),
                (54, 64, '192'), (66, 80, 'Local'), (83, 94, '301.')),
        printed(87, 6.85, (294, 309, 'Fecha'), (311, 336, 'Validación'), (338, 352, 'DIAN:'),
                (354, 380, '2024-09-05'), (382, 418, '20:24:34-05:00'), (574, 605, '04WC41104')),
        printed(91, 6.25, (6, 53, 'BARRANQUILLA'), (55, 57, '-'), (59, 92, 'COLOMBIA'), (132, 145, 'PBX:'),
                (147, 171, '3710100')),
        printed(97, 5.2, (6, 19, 'CUFE'), (21, 22, ':'), (24, 292, 'fbaa34ee8ff233bde179711bf054a643295dffad8e4f79')),
        printed(99, 6.95, (514, 547, 'FACTURA'), (549, 599, 'ELECTRÓNICA'), (601, 610, 'DE'), (612, 636, 'VENTA'),
                (638, 647, 'No'), (705, 743, '04WC41104')),
        printed(126, 6.25, (604, 627, 'PAGINA'), (629, 631, '1'), (634, 641, 'de'), (643, 645, '1')),
    ]
    assert (find_invoice_number(lines), find_vendor(lines)) == ("04WC41104", "OLIMPICA S.A.")


def test_a_dominican_fiscal_number_labels_the_invoice():
    # "NCF: B0100001434" under "FACTURA DE CRÉDITO FISCAL" (not "Vencimiento NCF: 31/12/2026", its expiry)
    lines = [
        printed(74, 13.5, (368, 427, 'FACTURA'), (432, 447, 'DE'), (452, 507, 'CRÉDITO'), (513, 555, 'FISCAL')),
        printed(98, 10.5, (467, 489, 'NCF:'), (494, 555, 'B0100001434')),
        printed(116, 10.5, (412, 473, 'Vencimiento'), (477, 498, 'NCF:'), (502, 555, '31/12/2026')),
        printed(148, 9, (57, 96, 'Industrias'), (100, 142, 'Monterrey'), (145, 159, 'SRL')),
        printed(161, 9, (58, 76, 'RNC:'), (80, 122, '132327179')),
        printed(175, 9, (57, 74, 'calle'), (78, 91, '1ra,'), (94, 99, '#'), (102, 108, '8,'), (111, 118, 'C.'),
                (121, 141, 'Villas'), (145, 175, 'Palmera'), (179, 190, 'km'), (194, 202, '10'), (205, 215, '½,'),
                (218, 240, 'Santo'), (244, 281, 'Domingo,'), (285, 326, 'Dominican'), (330, 363, 'Republic')),
        printed(189, 9, (57, 189, 'ventas@industriasmonterrey.com'), (193, 193, '|'),
                (197, 293, '@industriasmonterreysrl')),
        printed(230, 7.5, (57, 86, 'CLIENTE'), (325, 358, 'DETALLES')),
        printed(243, 9, (57, 82, 'Razón'), (86, 112, 'Social:'), (117, 165, 'Fideicomiso'),
                (168, 216, 'inmobiliario'), (219, 236, 'VBC'), (239, 262, 'Green'), (324, 369, 'Condición:'),
                (384, 418, 'Contado')),
        printed(256, 9, (117, 155, 'residence'), (159, 168, 'by'), (171, 188, 'blue'), (191, 204, 'sky'),
                (324, 367, 'Vendedor:'), (384, 428, 'JHONATAN'), (432, 458, 'ZAERA')),
        printed(269, 9, (57, 110, 'RNC/Cédula:'), (118, 160, '133143887'),
                (385, 491, 'industriasmonterrey@gmail.com')),
        printed(283, 9, (57, 98, 'Dirección:'), (117, 144, 'Ciudad'), (147, 164, 'Juan'), (168, 193, 'bosch,'),
                (196, 234, 'Republica'), (238, 283, 'Dominicana'), (325, 350, 'Fecha:'), (384, 429, '27/03/2026')),
        printed(296, 9, (324, 351, 'Vence:'), (384, 429, '26/03/2026')),
    ]
    assert find_invoice_number(lines) == "B0100001434"


def test_a_year_after_del_a_serie_folio_label_and_a_po_number_s_label():
    dated = [line(60, (40, "FACTURA ELECTRONICA"), (400, "N° 1187")), line(80, (40, "Santiago, 14 de Marzo del 2025"))]
    assert find_date(dated) == date(2025, 3, 14)
    numbered = [line(43, (104, "ARTESANÍAS DEL BAJÍO, S.A. DE C.V."), (420, "FACTURA (CFDI de Ingreso)")),
                line(57, (105, "RFC: ADB0905127K3"), (390, "Serie-Folio:"), (476, "A-10482"))]
    assert find_invoice_number(numbered) == "A-10482"
    assert not name_like("P.O. Number") and not name_like("CUST PO")


def test_values_over_their_captions_with_headings_or_a_block_under_the_grid():
    # "FV25-000318 | 22 de enero de 2025 | PED-7741" over "Nº factura | Fecha | Nº pedido", then block headings
    # ("FORMA DE PAGO", "CLIENTE"); a grid of two value-and-caption rows whose last caption, "INVOICE TO", heads
    # the customer's address
    spanish = [
        printed(49, 20, (41, 148, 'CERÁMICAS'), (154, 239, 'ALBAICÍN'), (460, 555, 'FACTURA')),
        printed(66, 7.5, (40, 76, 'Cerámicas'), (78, 106, 'Albaicín,'), (109, 121, 'S.L.'), (127, 128, '·'),
                (133, 156, 'Cuesta'), (159, 168, 'del'), (171, 194, 'Chapiz'), (196, 203, '41'), (209, 210, '·'),
                (215, 235, '18010'), (238, 267, 'Granada')),
        printed(76, 7.5, (40, 52, 'CIF'), (55, 92, 'B18456723'), (97, 98, '·'),
                (103, 206, 'pedidos@ceramicasalbaicin.es'), (211, 212, '·'), (217, 229, '+34'), (232, 244, '958'),
                (246, 254, '55'), (257, 264, '21'), (267, 275, '09')),
        printed(114, 10.5, (41, 103, 'FV25-000318'), (135, 146, '22'), (150, 162, 'de'), (165, 193, 'enero'),
                (197, 208, 'de'), (212, 234, '2025'), (261, 307, 'PED-7741'), (345, 408, 'ALB-25-0102'),
                (440, 481, '4300128')),
        printed(126, 6.5, (40, 47, 'Nº'), (49, 69, 'factura'), (136, 153, 'Fecha'), (260, 267, 'Nº'),
                (269, 288, 'pedido'), (345, 367, 'Albarán'), (440, 453, 'Cód.'), (456, 474, 'cliente')),
        printed(144, 6.5, (41, 63, 'FORMA'), (66, 74, 'DE'), (77, 95, 'PAGO'), (320, 347, 'CLIENTE')),
        printed(157, 9.5, (40, 98, 'Transferencia'), (101, 111, '30'), (114, 132, 'días'), (320, 342, 'Casa'),
                (346, 380, 'Lumbre'), (384, 434, 'Decoración')),
        printed(169, 9.5, (320, 339, 'Attn.'), (343, 366, 'Marta'), (370, 393, 'Iturbe')),
        printed(178, 6.5, (40, 85, 'VENCIMIENTO')),
        printed(181, 9.5, (320, 341, 'Calle'), (345, 371, 'Mayor'), (374, 386, '18,'), (390, 407, 'bajo')),
        printed(193, 9.5, (40, 87, '21/02/2025'), (320, 345, '31001'), (350, 392, 'Pamplona'),
                (395, 434, '(Navarra)')),
        printed(205, 9.5, (321, 335, 'NIF'), (339, 386, 'B31778820')),
    ]
    british = [
        printed(53, 20, (168, 319, 'HARROWGATE'), (324, 387, 'LINEN'), (393, 427, 'CO.')),
        printed(71, 9, (218, 248, 'Weavers'), (251, 259, 'of'), (259, 273, 'fine'), (276, 313, 'household'),
                (316, 336, 'linens'), (339, 357, 'since'), (360, 378, '1898')),
        printed(106, 16, (50, 99, 'Invoice'), (245, 301, 'HL/25/04418'), (346, 359, '3rd'), (362, 381, 'June'),
                (384, 404, '2025'), (445, 467, 'ACC'), (471, 490, '1187')),
        printed(117, 6, (246, 269, 'INVOICE'), (272, 282, 'NO.'), (346, 361, 'DATE'), (363, 365, '/'),
                (366, 378, 'TAX'), (380, 398, 'POINT'), (445, 475, 'ACCOUNT')),
        printed(135, 10.5, (245, 260, 'DN'), (263, 289, '77310'), (345, 403, 'WEB-110482'), (446, 456, '30'),
                (459, 477, 'days'), (480, 503, 'EOM')),
        printed(144, 6, (51, 74, 'INVOICE'), (76, 84, 'TO'), (246, 275, 'DELIVERY'), (277, 293, 'NOTE'),
                (345, 362, 'YOUR'), (365, 386, 'ORDER'), (388, 401, 'REF.'), (445, 466, 'TERMS')),
        printed(154, 10, (50, 65, 'The'), (68, 91, 'Linen'), (94, 115, 'Press'), (118, 155, '(Ludlow)'),
                (158, 172, 'Ltd')),
        printed(166, 10, (50, 55, '4'), (58, 82, 'Broad'), (85, 108, 'Street')),
        printed(178, 10, (50, 81, 'Ludlow')),
        printed(190, 10, (50, 93, 'Shropshire'), (96, 113, 'SY8'), (117, 135, '1NG')),
    ]
    assert (find_invoice_number(spanish), find_invoice_number(british)) == ("FV25-000318", "HL/25/04418")


def test_a_sales_order_s_number_alone_at_the_top_right():
    # "NORTHFIELD KNITTING CO. | SO-2025-11872" over "Fall/Winter 2025 · Sales Order": no label names the number
    lines = [
        printed(35, 14, (41, 130, 'NORTHFIELD'), (135, 199, 'KNITTING'), (205, 228, 'CO.'),
                (494, 572, 'SO-2025-11872')),
        printed(49, 8.5, (41, 81, 'Fall/Winter'), (83, 102, '2025'), (105, 106, '·'), (109, 130, 'Sales'),
                (133, 154, 'Order'), (541, 558, 'page'), (562, 572, '1/2')),
        printed(69, 8, (40, 72, 'Created:'), (101, 132, 'February'), (135, 145, '18,'), (148, 165, '2025'),
                (271, 282, 'Bill'), (285, 294, 'To'), (440, 462, 'Seller')),
        printed(80, 8, (40, 58, 'Start'), (61, 79, 'ship:'), (100, 140, '07/15/2025'), (270, 285, 'Wild'),
                (288, 306, 'Rose'), (309, 341, 'Outfitters'), (441, 474, 'Northfield'), (477, 503, 'Knitting'),
                (506, 517, 'Co.')),
        printed(91, 8, (40, 68, 'Cancel:'), (100, 140, '08/31/2025'), (271, 283, '128'), (286, 291, 'N'),
                (294, 310, 'Main'), (314, 321, 'St'), (440, 447, '71'), (452, 471, 'Loom'), (474, 491, 'Lane')),
        printed(102, 8, (41, 57, 'Rep:'), (100, 119, 'Carla'), (122, 139, 'Voss'), (142, 162, '(East)'),
                (270, 301, 'Jackson,'), (304, 317, 'WY'), (319, 340, '83001'), (441, 464, 'Lowell,'),
                (468, 479, 'MA'), (482, 503, '01852')),
        printed(113, 8, (40, 66, 'Terms:'), (101, 112, 'Net'), (115, 123, '30')),
        printed(146, 8, (44, 63, 'Style'), (97, 139, 'Description'), (226, 247, 'Color'), (288, 298, 'XS'),
                (313, 317, 'S'), (334, 340, 'M'), (357, 361, 'L'), (376, 386, 'XL'), (403, 422, 'Units'),
                (448, 466, 'WSP'), (487, 510, 'MSRP'), (545, 563, 'Total')),
        printed(164, 8, (45, 74, 'NK-2041'), (97, 133, 'Fisherman'), (136, 157, 'Cable'), (159, 195, 'Crewneck'),
                (226, 256, 'Oatmeal'), (292, 294, '-'), (313, 317, '2'), (335, 339, '3'), (357, 361, '3'),
                (380, 382, '1'), (418, 422, '9'), (446, 466, '48.00'), (486, 510, '118.00'), (540, 564, '432.00')),
    ]
    assert find_invoice_number(lines) == "SO-2025-11872"


def test_a_date_alone_after_its_label_between_marks():
    # "Sales Order SO-884120 • Ordered 10/20/2025 • Terms Net 30": the order's date, no colon after its label
    lines = list(RIFLE_INVOICE)
    assert find_date(lines) == date(2025, 10, 20)


def test_a_bilingual_label_with_its_value_after_the_second_language():
    # "Invoice No. / N° de facture: LW-5530" (a Canadian invoice's two languages, one colon, then the value)
    lines = [
        printed(61, 15, (49, 121, 'Laurentian'), (126, 195, 'Woodcraft'), (199, 225, 'Ltd.'), (419, 443, 'TAX'),
                (447, 495, 'INVOICE'), (498, 503, '/'), (506, 562, 'FACTURE')),
        printed(82, 8.5, (50, 58, '88'), (61, 75, 'Rue'), (78, 90, 'des'), (93, 121, 'Érables,'),
                (124, 216, 'Sainte-Agathe-des-Monts,'), (219, 231, 'QC'), (233, 247, 'J8C'), (250, 264, '2R4'),
                (425, 450, 'Invoice'), (454, 466, 'No.'), (469, 471, '/'), (474, 482, 'N°'), (486, 494, 'de'),
                (497, 525, 'facture:'), (528, 563, 'LW-5530')),
        printed(91, 8.5, (50, 84, 'GST/HST'), (86, 108, '81234'), (111, 128, '5678'), (131, 157, 'RT0001'),
                (162, 163, '·'), (166, 182, 'QST'), (185, 228, '1218765432'), (231, 258, 'TQ0001'),
                (497, 516, 'Date:'), (520, 563, '2025-01-14')),
        printed(102, 8.5, (489, 514, 'Terms:'), (518, 530, 'Net'), (533, 542, '30'), (545, 562, 'days')),
        printed(128, 8.5, (50, 67, 'Sold'), (70, 80, 'To'), (312, 330, 'Ship'), (333, 343, 'To')),
        printed(139, 8.5, (49, 64, 'The'), (67, 91, 'Hearth'), (94, 100, '&'), (102, 123, 'Table'),
                (126, 145, 'Shop'), (312, 334, 'Same'), (337, 345, 'as'), (348, 373, 'sold-to')),
        printed(149, 8.5, (50, 68, '1220'), (71, 90, 'Bank'), (93, 115, 'Street')),
        printed(159, 8.5, (50, 78, 'Ottawa,'), (81, 93, 'ON'), (97, 112, 'K1S'), (115, 129, '3Y4'),
                (312, 331, 'Your'), (334, 349, 'Ref.'), (353, 380, 'HT-118')),
    ]
    assert find_invoice_number(lines) == "LW-5530"


def test_a_credit_memo_s_own_number_before_the_invoice_it_credits():
    # "Credit Memo #: CM-20931" beside "Original Invoice: INV-118204"
    lines = [
        printed(54, 18, (199, 257, 'Harbor'), (262, 275, '&'), (281, 314, 'Pine'), (320, 382, 'Trading'),
                (388, 413, 'Co.')),
        printed(71, 9.5, (151, 191, 'Wholesale'), (194, 217, 'Home'), (220, 226, '&'), (229, 244, 'Gift'),
                (250, 251, '·'), (257, 275, '1200'), (278, 314, 'Industrial'), (317, 340, 'Pkwy,'),
                (343, 360, 'Unit'), (362, 368, 'C'), (374, 375, '·'), (380, 419, 'Asheville,'), (422, 434, 'NC'),
                (437, 460, '28806')),
        printed(83, 9.5, (220, 326, 'orders@harborandpine.com'), (332, 333, '·'), (339, 392, '828-555-0172')),
        printed(120, 14, (51, 104, 'CREDIT'), (108, 154, 'MEMO')),
        printed(145, 10, (50, 78, 'Credit'), (80, 107, 'Memo'), (110, 117, '#:'), (155, 198, 'CM-20931'),
                (310, 338, 'Credit'), (340, 363, 'Date:'), (415, 461, '2025-06-09')),
        printed(159, 10, (50, 86, 'Original'), (89, 122, 'Invoice:'), (155, 206, 'INV-118204'),
                (310, 346, 'Original'), (349, 365, 'Inv.'), (368, 391, 'Date:'), (415, 461, '2025-05-12')),
        printed(173, 10, (50, 74, 'RMA'), (76, 84, '#:'), (155, 185, 'R-4402'), (310, 352, 'Customer'),
                (355, 362, '#:'), (415, 446, 'C10577')),
    ]
    assert find_invoice_number(lines) == "CM-20931"


def test_an_order_s_date_given_with_its_number_beside_its_label():
    # SAP: "Auftrag | 1400028815 vom 12.05.2025" under "Datum | 19.05.2025" (the order date is the one kept)
    lines = [
        printed(33, 13, (41, 107, 'Nordlicht'), (113, 188, 'Glaswaren'), (194, 237, 'GmbH'), (528, 547, 'Seite'),
                (551, 554, '1')),
        printed(47, 8, (41, 89, 'Hafenstraße'), (92, 96, '9'), (100, 101, '·'), (105, 129, '24937'),
                (133, 171, 'Flensburg')),
        printed(94, 12, (41, 69, 'Nordlicht'), (72, 105, 'Glaswaren'), (108, 128, 'GmbH'), (131, 132, '·'),
                (135, 174, 'Hafenstraße'), (177, 180, '9'), (183, 184, '·'), (187, 207, '24937'),
                (210, 241, 'Flensburg'), (341, 415, 'RECHNUNG')),
        printed(110, 9.5, (40, 73, 'Juniper'), (77, 99, 'Lane'), (103, 152, 'Mercantile'),
                (341, 418, 'Rechnungsnummer'), (430, 470, '90041877')),
        printed(122, 9.5, (40, 57, '418'), (62, 83, 'Main'), (87, 116, 'Street'), (341, 366, 'Datum'),
                (431, 475, '19.05.2025')),
        printed(134, 9.5, (41, 85, 'Stillwater'), (89, 102, 'MN'), (107, 135, '55082'), (341, 404, 'Kundennummer'),
                (431, 460, '100733')),
        printed(147, 9.5, (41, 59, 'USA'), (340, 369, 'Auftrag'), (431, 480, '1400028815'), (484, 500, 'vom'),
                (504, 548, '12.05.2025')),
        printed(159, 8, (341, 388, 'Lieferschein'), (431, 470, '80061124')),
        printed(171, 8, (341, 375, 'USt-IdNr.'), (431, 441, 'DE'), (444, 458, '287'), (462, 476, '441'),
                (480, 494, '906')),
        printed(209, 8.5, (41, 59, 'Sehr'), (63, 95, 'geehrte'), (99, 128, 'Damen'), (132, 147, 'und'),
                (151, 181, 'Herren,'), (185, 197, 'für'), (200, 228, 'unsere'), (232, 271, 'Lieferung'),
                (275, 319, 'berechnen'), (323, 335, 'wir'), (339, 363, 'Ihnen:')),
    ]
    assert find_date(lines) == date(2025, 5, 12)


def test_sap_business_one_s_posting_date_is_the_document_s():
    # "Posting Date | 09/02/2025" over "Delivery Date | 09/16/2025" (the date every row's "Del. Date" repeats)
    lines = [
        printed(45, 16, (45, 74, 'Blue'), (78, 118, 'Heron'), (123, 192, 'Mercantile'), (197, 218, 'Co.'),
                (417, 505, 'PURCHASE'), (510, 567, 'ORDER')),
        printed(59, 8.5, (45, 53, '88'), (56, 97, 'Commercial'), (100, 121, 'Street,'), (124, 136, 'Bar'),
                (138, 164, 'Harbor,'), (167, 179, 'ME'), (182, 202, '04609'), (210, 210, '|'),
                (217, 330, 'purchasing@blueheronmerc.com')),
        printed(67, 9, (412, 423, 'PO'), (426, 438, 'No.'), (536, 567, '4500217')),
        printed(78, 9, (412, 439, 'Posting'), (441, 458, 'Date'), (526, 566, '09/02/2025')),
        printed(89, 9, (412, 443, 'Delivery'), (446, 463, 'Date'), (526, 566, '09/16/2025')),
        printed(100, 9, (412, 434, 'Buyer'), (529, 538, 'M.'), (541, 567, 'Tessier')),
        printed(122, 9, (45, 74, 'Vendor'), (300, 317, 'Ship'), (320, 330, 'To')),
        printed(134, 9, (45, 67, 'Cedar'), (69, 95, 'Hollow'), (98, 138, 'Soapworks'), (140, 157, 'LLC'),
                (300, 317, 'Blue'), (319, 342, 'Heron'), (344, 383, 'Mercantile'), (385, 397, 'Co.')),
        printed(145, 9, (46, 63, '1402'), (66, 92, 'County'), (94, 113, 'Road'), (116, 119, '9'),
                (300, 336, 'Receiving'), (339, 358, 'Dock'), (361, 366, 'B')),
        printed(156, 9, (45, 88, 'Woodstock,'), (91, 102, 'VT'), (105, 126, '05091'), (300, 309, '88'),
                (312, 356, 'Commercial'), (358, 379, 'Street')),
        printed(167, 9, (45, 72, 'Vendor'), (74, 95, 'Code:'), (98, 127, 'V10388'), (300, 313, 'Bar'),
                (315, 342, 'Harbor,'), (345, 359, 'ME'), (361, 383, '04609')),
        printed(189, 9, (45, 77, 'Payment'), (79, 103, 'Terms:'), (107, 120, 'Net'), (122, 130, '45'),
                (145, 160, 'Ship'), (163, 178, 'Via:'), (181, 197, 'UPS'), (200, 227, 'Ground'),
                (241, 266, 'F.O.B.:'), (270, 311, 'Destination')),
        printed(213, 8, (64, 78, 'Our'), (108, 133, 'Vendor'), (344, 356, 'Qty'), (412, 426, 'Unit'),
                (438, 452, 'Disc'), (493, 506, 'Ext.'), (543, 556, 'Del.')),
        printed(222, 8, (55, 58, '#'), (64, 79, 'Item'), (82, 93, 'No.'), (108, 122, 'Cat.'), (124, 135, 'No.'),
                (172, 211, 'Description'), (343, 356, 'Ord'), (363, 380, 'UoM'), (409, 426, 'Price'), (445, 452, '%'),
                (479, 506, 'Amount'), (541, 556, 'Date')),
        printed(235, 8.5, (55, 58, '1'), (64, 90, 'A01207'), (108, 160, 'CH-BAR-LAV'), (172, 188, 'Goat'),
                (190, 206, 'milk'), (208, 223, 'soap'), (226, 236, 'bar'), (239, 242, '5'), (245, 255, 'oz,'),
                (257, 286, 'lavender'), (348, 356, '48'), (366, 378, 'EA'), (412, 426, '3.85'), (484, 506, '184.80'),
                (518, 556, '09/16/2025')),
        printed(246, 8.5, (55, 58, '2'), (64, 91, 'A01214'), (108, 160, 'CH-BAR-OAT'), (172, 188, 'Goat'),
                (190, 206, 'milk'), (208, 223, 'soap'), (226, 236, 'bar'), (239, 242, '5'), (245, 255, 'oz,'),
                (257, 284, 'oatmeal'), (287, 293, '&'), (295, 316, 'honey'), (348, 356, '48'), (366, 378, 'EA'),
                (412, 426, '3.85'), (484, 506, '184.80'), (518, 556, '09/16/2025')),
        printed(257, 8.5, (55, 58, '3'), (64, 90, 'A01221'), (108, 160, 'CH-BAR-CDR'), (172, 188, 'Goat'),
                (190, 206, 'milk'), (208, 223, 'soap'), (226, 236, 'bar'), (239, 242, '5'), (245, 255, 'oz,'),
                (257, 276, 'cedar'), (278, 284, '&'), (287, 301, 'sage'), (348, 356, '36'), (366, 378, 'EA'),
                (412, 426, '3.85'), (484, 506, '138.60'), (518, 556, '09/16/2025')),
        printed(268, 8.5, (54, 58, '4'), (64, 90, 'A01228'), (108, 145, 'CH-LOT-8'), (172, 203, 'Whipped'),
                (205, 222, 'body'), (224, 244, 'lotion'), (246, 250, '8'), (252, 260, 'oz'), (262, 273, 'jar,'),
                (276, 310, 'unscented'), (348, 356, '24'), (366, 378, 'EA'), (412, 426, '7.10'), (484, 506, '170.40'),
                (518, 556, '09/16/2025')),
        printed(279, 8.5, (55, 58, '5'), (64, 90, 'A01235'), (108, 156, 'CH-BLM-LIP'), (172, 202, 'Beeswax'),
                (204, 213, 'lip'), (215, 232, 'balm'), (235, 251, 'tube,'), (253, 292, 'peppermint'),
                (345, 356, '120'), (366, 378, 'EA'), (408, 426, '1.275'), (484, 506, '153.00'),
                (518, 556, '09/16/2025')),
        printed(290, 8.5, (55, 58, '6'), (64, 91, 'A01242'), (108, 158, 'CH-SCR-SUG'), (172, 191, 'Sugar'),
                (194, 212, 'scrub'), (215, 222, '10'), (225, 234, 'oz,'), (237, 270, 'grapefruit'), (349, 356, '18'),
                (366, 378, 'EA'), (412, 426, '8.40'), (484, 506, '151.20'), (518, 556, '09/16/2025')),
    ]
    assert find_date(lines) == date(2025, 9, 2)
