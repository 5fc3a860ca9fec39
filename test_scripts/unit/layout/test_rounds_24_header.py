"""Header rules from the twenty-fourth session's independent documents (sellers, numbers, dates): each case
is a layout a helper drew or found, reduced to the lines that matter."""

from __future__ import annotations

from datetime import date

from invoice_processing.vendors.header import find_date
from invoice_processing.vendors.header_numbers import find_invoice_number
from invoice_processing.vendors.issuer import find_vendor
from test_scripts.unit.layout.lines import line


def test_a_mixed_case_wordmark_over_the_rest_of_its_name_in_capitals():
    lines = [line(39, (36, "Fraser Valley"), (331, "INVOICE FV-2025-118734"), size=18),
             line(53, (36, "BUILDING CENTRE LTD."), (331, "Date:"), (354, "02-Dec-2025"), size=9),
             line(67, (36, "31850 South Fraser Way, Abbotsford BC V2T 1V3"), size=8),
             line(109, (36, "CHARGE TO"), (250, "SHIP TO"), size=8),
             line(119, (36, "Cascade Ridge Contracting Ltd."), (250, "Cascade Ridge Contracting Ltd."), size=8)]
    assert find_vendor(lines).casefold() == "fraser valley building centre ltd."


def test_invoice_numbers_printed_with_a_date_label_a_bare_no_spaces_or_groups():
    cases = [
        ([line(125, (46, "Exporter:"), (313, "Invoice No. & Date"), (398, "KMC/EXP/112/25-26")),
          line(133, (46, "Khan Metal Crafts"), (398, "Dt. 12-Jun-2025"))], "KMC/EXP/112/25-26"),
        ([line(101, (470, "No."), (491, "RSI/EXP/0925")),
          line(112, (55, "COMMERCIAL"), (150, "INVOICE"), (425, "Dated: September 9, 2025"))], "RSI/EXP/0925"),
        ([line(77, (55, "S.A. de C.V."), (409, "Invoice No. CAU-E 1187"))], "CAU-E 1187"),
        ([line(221, (50, "Rechnung Nr. 25 1 04417"))], "25 1 04417"),
        ([line(90, (40, "PFI No. : 2010008912"), (300, "Date : 12.03.2025")),
          line(102, (40, "PO No. : 130102"), (300, "O.C. Ref No. : 2010008912"))], "2010008912"),
        ([line(279, (59, "Código Cliente"), (205, "Nº Albarán"), (340, "Nº Factura"), (466, "Fecha Factura")),
          line(291, (59, "4300218"), (205, "25 - 3.743"), (340, "25 - 11.474"), (466, "30/11/2025"))],
         "25 - 11.474"),
    ]
    for lines, number in cases:
        assert find_invoice_number(lines) == number


def test_a_date_in_groups_is_no_invoice_number():
    assert find_invoice_number([line(100, (50, "Invoice No. 12 03 2025"))]) != "12 03 2025"
    assert find_invoice_number([line(100, (50, "Invoice No. 10 06 25"))]) != "10 06 25"


def test_the_shipper_exporter_sells_and_the_notify_party_does_not():
    lines = [line(44, (46, "SHENZHEN"), (118, "LUMIWAVE TECHNOLOGY CO.,"), (307, "LTD."), size=14),
             line(49, (421, "INVOICE"), (459, "NO.:"), (480, "LW20250508-07")),
             line(58, (47, "Bao'an, Shenzhen, China"), (473, "DATE: 2025/05/08")),
             line(81, (211, "COMMERCIAL INVOICE"), size=14),
             line(106, (46, "Shipper/Exporter"), (304, "Consignee")),
             line(116, (46, "Shenzhen Lumiwave Technology Co., Ltd."), (304, "Brightline Distribution B.V.")),
             line(125, (46, "5F, Building B, Huafeng Industrial Zone"), (304, "Columbusweg 22")),
             line(160, (46, "Notify Party"), (304, "Terms: FOB Yantian, Shenzhen")),
             line(170, (46, "DHL Global Forwarding (Netherlands) B.V., Rotterdam")),
             line(179, (46, "Attn: import desk, ref BDV-55102"))]
    assert find_vendor(lines).casefold() == "shenzhen lumiwave technology co., ltd."


def test_an_exporters_name_wrapped_before_its_legal_form_beside_the_buyers_box():
    lines = [line(57, (55, "Cerámica Artesanal"), (203, "Uriarte de Puebla"), (378, "COMMERCIAL INVOICE"), size=16),
             line(77, (55, "S.A. de C.V."), (104, "·"), (109, "RFC CAU940512K27")),
             line(88, (54, "4 Poniente 911, Centro Histórico, 72000 Puebla, Pue., México")),
             line(127, (55, "Exporter"), (225, "Sold to / Ship to"), (383, "Shipment")),
             line(137, (54, "Cerámica Artesanal Uriarte de Puebla,"), (225, "Casa Azul Trading Co.")),
             line(146, (55, "S.A. de C.V."), (225, "5120 N. Broadway")),
             line(156, (54, "4 Poniente 911, Centro"), (225, "San Antonio, TX 78209, USA"))]
    assert find_vendor(lines) == "Cerámica Artesanal Uriarte de Puebla, S.A. de C.V."


def test_a_dutch_invoice_to_block_is_the_customers():
    # "Factuur aan:" (invoice to) over the shop that buys; the wholesaler's name is its letterhead
    lines = [
        line(35, (155, "SPEELGOEDGROOTHANDEL DE VLIEGER"), size=13.0),
        line(49, (134, "Industrieweg 4-6 · 8263 AB Kampen · 038 331 07 50 · verkoop@devlieger-speelgoed.nl"), size=7.5),
        line(68, (520, "pagina 1/2"), size=7.5),
        line(87, (37, "Factuur aan:"), (300, "Afleveradres:"), size=9.0),
        line(100, (37, "Kinderwinkel"), (97, "Ukkie V.O.F."), (301, "Kinderwinkel"), (361, "Ukkie"), size=9.0),
        line(111, (37, "Postbus 212"), (300, "Oude Ebbingestraat 41"), size=9.0),
        line(123, (37, "9700 AE Groningen"), (301, "9712 HC Groningen"), size=9.0),
        line(158, (41, "Factuur nr."), (128, "Datum"), (215, "Klantnr."), (301, "Order nr."),
             (388, "Vertegenw."), (476, "Betaalconditie"), size=6.5),
        line(169, (40, "VF25/0318"), (128, "5 maart 2025"), (215, "11087"), (301, "ORD-40912"),
             (389, "R. Bakker"), (476, "30 dagen netto"), size=8.5),
        line(197, (38, "Art.nr"), (88, "Omschrijving"), (279, "Best."), (314, "Gel."),
             (349, "Bruto"), (384, "Kort."), (423, "Netto"), (453, "Btw%"), (499, "Totaal"), size=7.5),
        line(212, (39, "Pakbon nr. 77-21904"), (132, "(levering 3 maart 2025)"), size=7.5),
        line(224, (39, "562.9320"), (89, "Houten treinset 24-delig met brug"), (291, "12"), (321, "12"),
             (351, "18,90"), (388, "10%"), (425, "17,01"), (467, "21"), (500, "204,12"), size=7.5),
        line(237, (39, "587.4050"), (89, "Knikkers glas in katoenen zakje 30 st."), (291, "12"), (321, "12"),
             (356, "2,35"), (388, "15%"), (430, "2,00"), (467, "21"), (505, "24,00"), size=7.5),
    ]
    assert find_vendor(lines) == "SPEELGOEDGROOTHANDEL DE VLIEGER"


def test_a_registration_notice_names_the_seller_whose_name_is_only_in_its_logo():
    lines = [line(106, (176, "Fiscal"), (401, "Entrega"), size=10.2),
             line(118, (175, "TASCA BAREA S.L"), (401, "TASCA BAREA S.L"), size=10.2),
             line(130, (7, "C/ Sindicalismo, 34"), (175, "TASCA BAREA S.L"), size=10.2),
             line(144, (8, "Polígono Industrial Los Olivos"), (176, "28012/EMBAJADORES,38"), (401, "CL/EMBAJADORES,38"),
                  size=10.2),
             line(156, (176, "28012"), (230, "MADRID"), (401, "28012"), (455, "MADRID"), size=10.2),
             line(160, (7, "28906"), (36, "Getafe"), (68, "(MADRID)"), size=8.7),
             line(168, (176, "MADRID"), (401, "MADRID"), size=10.2),
             line(174, (7, "Tel: 91"), (37, "683 32 84"), size=8.7),
             line(180, (176, "ESPAÑA"), (401, "ESPAÑA"), size=10.2),
             line(192, (7, "www.fabeiro.com"), (176, "Cif/Nif"), (218, "B87760575"), (401, "Tel.:"), (446, "600214481"),
                  size=10.2),
             line(201, (7, "administracion@fabeiroiberico.com"), size=8.7),
             line(279, (59, "Código Cliente"), (205, "Nº Albarán"), (340, "Nº Factura"), (466, "Fecha Factura"),
                  size=10.2),
             line(301, (71, "438793/27"), (339, "25 - 11.474"), (474, "28-11-2025"), size=10.2),
             line(833, (38, "Fabeiro S.L. Inscrita en el Registro Mercantil de Madrid. Tomo 1070, Folio 116 Hoja Nº "
                            "M-20522."), (387, "Inscripción 1ª CIF.: B-79/992079"), size=9.6)]
    assert find_vendor(lines) == "Fabeiro S.L."


def test_a_polish_sellers_name_field_under_its_label():
    lines = [line(40, (40, "Faktura podstawowa"), size=14),
             line(80, (40, "Sprzedawca"), (300, "Nabywca")),
             line(92, (40, "NIP: 9999999999"), (300, "NIP: 1111111111")),
             line(104, (40, "Nazwa: ABC Developex S.A."), (300, "Nazwa: F.H.U. Jan Kowalski")),
             line(116, (40, "ul. Sadowa 1 m. 3, 00-002 Kraków"), (300, "ul. Polna 1, 00-001 Warszawa"))]
    assert find_vendor(lines) == "ABC Developex S.A."


def test_a_ship_date_is_the_date_when_the_page_prints_no_other():
    lines = [line(40, (40, "Lawn Fawn"), (400, "INVOICE"), size=16),
             line(70, (400, "Invoice #"), (480, "Ship Date")),
             line(82, (400, "CP-Summer25"), (480, "6/10/2025"))]
    assert find_date(lines) == date(2025, 6, 10)
    lines.append(line(94, (400, "Order Date"), (480, "5/28/2025")))
    assert find_date(lines) == date(2025, 5, 28)


def test_a_czech_tax_documents_number_and_its_seller_with_a_dotted_legal_form():
    lines = [line(66, (225, "Faktura - daňový doklad č.FV5040011231"), size=14),
             line(94, (37, "Dodavatel:"), (291, "Adresát:")),
             line(110, (39, "ELKOV elektro a.s.")),
             line(120, (39, "Kšírova 701/255")),
             line(130, (39, "619 00 Brno")),
             line(158, (300, "iSolar PV s.r.o.")),
             line(166, (300, "Hronovická 663")),
             line(640, (39, "Vytištěno programem myWAC"))]
    assert find_invoice_number(lines) == "FV5040011231"
    assert find_vendor(lines) == "ELKOV elektro a.s."


def test_values_over_two_small_captions_beside_the_sellers_address():
    # "Mill of Ardle, Bridge of Cally | TB-250419 | 4 April 2025" over "Blairgowrie PH10 7JL | Scotland |
    # INVOICE NUMBER | DATE": the two captions' values stand over them, the address runs on at the left
    lines = [line(44, (32, "Thistle & Bramble"), (484, "INVOICE"), size=16),
             line(63, (30, "Thistle & Bramble Ltd")),
             line(73, (30, "Mill of Ardle, Bridge of Cally"), (372, "TB-250419"), (490, "4 April 2025")),
             line(83, (30, "Blairgowrie PH10 7JL"), (107, "Scotland"), (370, "INVOICE NUMBER"), (508, "DATE"), size=6),
             line(92, (30, "VAT No. GB 401 7712 93")),
             line(120, (34, "INVOICE TO"), (307, "DELIVER TO"))]
    assert find_invoice_number(lines) == "TB-250419"
    form = [line(40, (31, "OLD MILL SOAP COMPANY"), (501, "INVOICE"), size=16),
            line(72, (393, "0011582"), (518, "5/6/25")),
            line(83, (394, "INVOICE NO."), (524, "DATE"), size=6),
            line(110, (34, "BILL TO"), (315, "DELIVER TO"))]
    assert find_invoice_number(form) == "0011582"


def test_a_slogan_after_the_sellers_legal_form_is_no_part_of_its_name():
    lines = [line(40, (40, "Wren & Willow Stationers Ltd - fine paper goods"), size=16),
             line(60, (40, "14 Bridge Street, Hay-on-Wye HR3 5DE")),
             line(100, (40, "INVOICE"), (300, "Invoice No. WW-4471"))]
    assert find_vendor(lines) == "Wren & Willow Stationers Ltd"


def test_an_argentine_vouchers_number_and_a_seller_its_web_address_spells_without_initials():
    assert find_invoice_number([line(90, (334, "Compr. Nro:"), (396, "00010-00000010"))]) == "00010-00000010"
    lines = [
        line(33, (295, "ACODIGO"), (351, "Factura A"), (461, "Nº 0006-00247202"), size=30.0),
        line(54, (421, "Fecha de Emision: 05/09/25"), size=9.0),
        line(60, (300, "Nº 01"), size=5.0),
        line(68, (61, "FERNANDO A. CHIESA S.A."), size=9.0),
        line(70, (350, "C.U.I.T. Nº 30-53492487-5"),
             (425, "-"), (430, "ING. BRUTOS CONV.MULT.:921-750041-4"), size=6.0),
        line(77, (30, "San Martin 1440 bis | 2132 Funes | Santa Fe | Argentina"), size=7.0),
        line(80, (350, "CAJA CO.:"), (382, "196 330"), (406, "- IMP."), (424, "INTERNOS: NO RESPONSABLE"), size=6.0),
        line(86, (20, "Tel. 0341-2315000 | E-mail: contacto@fernandochiesa.com.ar"), size=7.0),
        line(90, (351, "INICIO DE ACTIVIDADES: 22/05/1956. - HAB. MUNICIPAL: 2907"), size=6.0),
        line(95, (78, "IVA: Responsable Inscripto"), size=7.0),
        line(119, (15, "CLIENTE:"), (71, "PAULUK Ricardo Federico"), (400, "CUENTA:"), (450, "4564"), size=8.0),
        line(129, (400, "VENDEDOR: 21"), size=8.0),
        line(134, (16, "DOMICILIO:"), (70, "Alberdi 224 | Cod. Postal: 3703 | TRES ISLETAS | Pcia: CHACO"), size=8.0),
        line(139, (400, "ZONA:"), (450, "302"), size=8.0),
    ]
    assert find_vendor(lines) == "FERNANDO A. CHIESA S.A."


def test_xeros_invoice_number_under_its_label_beside_the_sellers_address():
    # "Invoice Number | 1012 Metro Manila": the seller's address runs down its own column beside the fields;
    # the number stands under its label
    lines = [line(59, (352, "Invoice Date"), (459, "Janzbert24 Logistics")),
             line(69, (31, "INVOICE"), (352, "18 Jul 2025"), size=20),
             line(72, (460, "Ibarra St")),
             line(86, (352, "Invoice Number"), (460, "1012 Metro Manila")),
             line(97, (57, "Ellaine Dela Cruz"), (352, "INV-0006"), (459, "TONDO METRO MANILA")),
             line(111, (460, "1012")),
             line(124, (460, "PHILIPPINES"))]
    assert find_invoice_number(lines) == "INV-0006"


def test_a_month_day_year_date_with_dashes():
    assert find_date([line(99, (51, "INVOICE DATE"), (150, "CUSTOMER #")),
                      line(112, (50, "Apr-11-25"), (150, "30518"))]) == date(2025, 4, 11)


def test_an_issuers_words_before_its_name_and_a_lockbox_it_remits_to():
    assert find_vendor([line(40, (40, "TAX INVOICE / DELIVERY NOTE"), size=16),
                        line(60, (40, "Issued by Coastline Brands Distribution Pty Ltd")),
                        line(72, (40, "14 Wharf Road, Fremantle WA 6160"))]) == "Coastline Brands Distribution Pty Ltd"
    lines = [
        line(41, (522, "INVOICE"), size=10.0),
        line(51, (52, "Blue Heron Home Décor, LLC"), size=20.0),
        line(55, (451, "Invoice Number"), (515, "BH-0093317"), size=8.5),
        line(69, (50, "Showroom & Warehouse: 780 Meeting Street, Charleston, SC 29403"), (315, "·"),
             (322, "843-555-0161"),
             (519, "Page 1 of 2"), size=8.5),
        line(99, (51, "INVOICE DATE"), (150, "CUSTOMER #"), size=8.0),
        line(105, (329, "PLEASE REMIT PAYMENT TO:"), size=9.0),
        line(112, (50, "Apr-11-25"), (150, "30518"), size=10.0),
        line(120, (329, "Meridian Receivables Services, Inc."), size=11.0),
        line(133, (51, "BILL TO"), (329, "Lockbox Dept. 4471"), size=9.0),
        line(144, (50, "Sandpiper Cottage Gifts"), (329, "P.O. Box 98213"), size=9.0),
        line(155, (50, "41 Ocean Avenue"), (328, "Chicago, IL 60693-8213"), size=9.0),
        line(166, (51, "Kennebunkport, ME 04046"), (328, "ACH: ABA 071000013"), (423, "Acct 5519-20447"), size=9.0),
    ]
    assert find_vendor(lines) == "Blue Heron Home Décor, LLC"


def test_odoos_vendor_bill_and_a_supplier_invoices_title_before_its_number():
    # a buyer's Odoo prints its record of a supplier's invoice: "Vendor Bill BILL/2024/03/0001", "Factura de
    # proveedor FACTU/2024/03/0001", "Facture fournisseur ..."
    for title, number in (("Vendor Bill BILL/2024/03/0001", "BILL/2024/03/0001"),
                          ("Factura de proveedor FACTU/2024/03/0001", "FACTU/2024/03/0001"),
                          ("Facture fournisseur FACTU/2024/03/0002", "FACTU/2024/03/0002")):
        assert find_invoice_number([line(100, (40, title), size=16)]) == number
    assert find_invoice_number([line(100, (40, "Bill BILL/2024/0001"), size=16)]) == ""
