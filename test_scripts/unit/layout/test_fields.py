"""Header fields by geometry (layout.fields through vendors.header and vendors.header_numbers): a
label's value right of it or under it, checked against its type, with labels in five languages."""

from __future__ import annotations

from datetime import date

import pytest

from invoice_processing.layout.fields import PageView
from invoice_processing.models import Backend, Cell, Document, Page, TextLine
from invoice_processing.vendors.header import document_number, find_date, header_lines, own_pages
from invoice_processing.vendors.header_numbers import find_invoice_number, find_po_number, read_id
from test_scripts.unit.layout.lines import printed

CHAR = 4.5  # points per character of the test font (9 pt)


def line(y: float, *runs: tuple[float, str], size: float = 9.0, space: float = CHAR) -> TextLine:
    """A line whose runs start at the given x; words inside a run are one ``space`` apart."""
    words: list[Cell] = []
    for x, text in runs:
        for word in text.split():
            words.append(Cell(x, x + CHAR * len(word), word))
            x += CHAR * len(word) + space
    return TextLine.of_words(y, tuple(words), size, size)


def test_words_one_space_apart_are_one_phrase_and_a_column_gap_splits():
    view = PageView([line(50, (40, "Invoice No."), (140, "INV-1043"))])
    assert [p.text for p in view.rows[0]] == ["Invoice No.", "INV-1043"]
    monospaced = PageView([line(50, (40, "Hollow Oak Toys Ltd."), space=CHAR)])  # a space as wide as a letter
    assert [p.text for p in monospaced.rows[0]] == ["Hollow Oak Toys Ltd."]


@pytest.mark.parametrize("label", [
    "Invoice No.", "Invoice #", "Invoice Number:", "Inv. No.", "Rechnungsnummer", "Rechnungs-Nr.", "Re.-Nr.",
    "N° de facture", "Facture n°", "Numéro de facture", "Factuurnummer", "Factuur nr.", "Número de factura",
    "Factura N.º", "Nº Factura", "VENDOR INVOICE #", "Supplier Invoice No.", "Our invoice", "P/I No.:", "N° pièce",
    "INVOICE n.", "PO Acknowledgement", "Documento n.", "Numero documento",
])
def test_invoice_number_labels_in_five_languages(label):
    lines = [line(40, (40, "Customer No.:"), (160, "48213")), line(55, (40, label), (160, "FV2025/9314"))]
    assert find_invoice_number(lines) == "FV2025/9314"


def test_invoice_number_beats_an_order_number_printed_above_it():
    lines = [line(40, (40, "Order No."), (160, "SO-55812")), line(55, (40, "Invoice No."), (160, "INV-1043"))]
    assert find_invoice_number(lines) == "INV-1043"
    assert find_invoice_number([line(65, (316, "Faktura VAT nr"), (388, "VAT/Z/4/2024"))]) == "VAT/Z/4/2024"
    assert find_invoice_number([line(65, (380, "Invoice Reference"), (470, "0417"))]) == "0417"
    sap = [line(139, (364, "Billing document"), (514, "90041877")), line(150, (364, "Date"), (509, "19.05.2025")),
           line(172, (364, "Sales order"), (504, "4500219984")), line(183, (364, "Delivery"), (514, "80017231"))]
    assert find_invoice_number(sap) == "90041877"  # an SAP form's


def test_a_row_of_values_over_their_small_captions_pairs_each_caption_with_the_value_over_it():
    lines = [line(42, (37, "ONE HUNDRED 80 DEGREES"), (519, "INVOICE"), size=18),
             line(81, (37, "INV270327"), (144, "October 6, 2025"), (252, "4471-OH"), (360, "C7101"),
                  (440, "1Z9W4F870377001145"), size=9.5),
             line(93, (37, "Invoice #"), (145, "Invoice Date"), (253, "PO Number"), (360, "Customer ID"),
                  (440, "Tracking"), size=6.5),
             line(109, (36, "Ship To: Magnolia Porch Home Decor, 77 Church St, Charleston SC 29401"), size=8)]
    assert find_invoice_number(lines) == "INV270327"
    assert find_po_number(lines) == "4471-OH"
    assert find_date(lines) == date(2025, 10, 6)


def test_values_over_their_captions_with_the_sellers_big_name_set_between_them_at_the_left():
    lines = [line(46, (333, "LFT-250314-02"), (438, "March 14, 2025"), (543, "March 3, 2025"), (648, "1 / 2"),
                  size=10.5),
             line(53, (95, "Little Fox Toy Company"), size=16),
             line(58, (333, "INVOICE NO."), (438, "INVOICE DATE"), (542, "ORDER DATE"), (648, "PAGE"), size=6),
             line(109, (41, "SHIP TO / BILL TO"), (330, "Customer PO:"), (396, "ML-0219"))]
    assert find_invoice_number(lines) == "LFT-250314-02"
    assert find_date(lines) == date(2025, 3, 3)


def test_boxed_grid_pairs_each_label_with_the_value_under_it():
    lines = [
        line(60, (40, "Invoice No."), (110, "Cust. PO"), (165, "Invoice Date"), (240, "Date Ordered")),
        line(72, (40, "INV-538747"), (110, "82829"), (165, "12/11/24"), (240, "11/30/24")),
    ]
    assert find_invoice_number(lines) == "INV-538747"
    assert find_date(lines) == date(2024, 11, 30)  # the order date wins where printed


def test_a_date_wider_than_its_label_is_read_whole():
    lines = [line(60, (60, "Invoice Date:"), (180, "Order Date"), (290, "PO #:")),
             line(72, (60, "February 10,"), (131, "2024"), (180, "January 29,"), (249, "2024"), (290, "3499"))]
    assert find_date(lines) == date(2024, 1, 29)


def test_combined_labels_pair_their_parts_with_the_values():
    lines = [line(130, (318, "Rechnungsnummer / Datum")), line(140, (317, "94165608 / 30.08.2018"))]
    assert find_invoice_number(lines) == "94165608"
    assert find_date(lines) == date(2018, 8, 30)


def test_due_ship_and_validity_dates_are_never_the_document_date():
    lines = [
        line(60, (330, "Date d'échéance"), (430, "Date:"), (480, "Numéro de facture:")),
        line(72, (330, "23.03.2024"), (430, "23.01.2024"), (480, "FA690278")),
    ]
    assert find_date(lines) == date(2024, 1, 23)
    assert find_date([line(60, (40, "Date limite de paiement le 05 Juillet 2015"))]) is None


def test_a_label_inside_a_sentence_is_no_label():
    lines = [line(138, (121, "Invoice 1020"), (384, "March 18, 2019")),
             line(797, (121, "Thank you for your business. Your next invoice date is April 18, 2019."))]
    assert find_date(lines) == date(2019, 3, 18)
    assert find_invoice_number(lines) == "1020"


def test_title_with_its_number_and_a_bare_invoice_grid_label():
    assert find_invoice_number([line(175, (56, "Angebot 4120"), size=15)]) == "4120"
    grid = [line(285, (45, "Klant"), (144, "Order"), (433, "Factuur")),
            line(298, (45, "SCONL0303006280999"), (144, "SCONL000000444"), (409, "VF1005193039"))]
    assert find_invoice_number(grid) == "VF1005193039"


@pytest.mark.parametrize("text,expected", [
    ("# BLR_WFLD2015", "#BLR_WFLD2015"), ("2212618452 - 18000011552739", "2212618452 - 18000011552739"),
    ("94165608 / 30.08.2018", "94165608"), ("06/29/25", None), ("$1,200.00", None), ("(205) 943-2168", None),
    ("Page 1 of 2", None), ("12", None), ("A0492/23 vom 12.12.2023", "A0492/23"), ("#88213", "88213"),
    ("# 1042", "1042"), ("#FA2025/083518", "FA2025/083518"), ("#LABZ65216", "LABZ65216"),
])
def test_a_number_is_checked_against_its_type(text, expected):
    assert read_id(text) == expected


def test_a_po_label_followed_by_a_date_has_no_po_number():
    lines = [line(60, (40, "PO #:"), (120, "06/29/25")), line(72, (40, "Customer PO:"), (120, "14343"))]
    assert find_po_number(lines) == "14343"


def test_dates_follow_the_documents_own_order():
    ambiguous = [line(60, (40, "Invoice Date:"), (160, "05/06/2025"))]
    assert find_date(ambiguous) == date(2025, 5, 6)  # a US retailer's default: month first
    settled = [*ambiguous, line(72, (40, "Due Date:"), (160, "20/06/2025"))]
    assert find_date(settled) == date(2025, 6, 5)  # 20/06 can only be day first
    euro = [*ambiguous, line(300, (40, "Total"), (400, "1.234,50 €"))]
    assert find_date(euro) == date(2025, 6, 5)  # euro prices: day first when nothing else says


@pytest.mark.parametrize("text,expected", [
    ("Datum: Dienstag 20 Feb. 2024", date(2024, 2, 20)), ("Factuurdatum: 01 maart 2021", date(2021, 3, 1)),
    ("Fecha: 15 de marzo de 2025", date(2025, 3, 15)), ("Date : 1er janvier 2024", date(2024, 1, 1)),
    ("Datum: 28.11.23", date(2023, 11, 28)), ("Rechnungsdatum: 7. Mai 2014", date(2014, 5, 7)),
    ("Date: the 3rd of March, 2025", date(2025, 3, 3)), ("Date: Installment 2 of Jan 15, 2025", date(2025, 1, 15)),
])
def test_month_names_and_two_digit_years(text, expected):
    label, value = text.split(":")
    assert find_date([line(60, (40, label + ":"), (200, value.strip()))]) == expected


def test_a_bare_number_sign_under_the_title_names_the_documents_number():
    lines = [line(40, (40, "Atelier Lumière SARL"), (420, "FACTURE", ), size=20),
             line(66, (460, "N°"), (480, "FA-2024-0312")), line(78, (460, "Date :"), (490, "12/03/2024"))]
    assert find_invoice_number(lines) == "FA-2024-0312"
    # under an invoice's own title, "N°" is the invoice's number, before an order's named one; under another
    # document's title a named number wins over "N°"
    labelled = [*lines, line(90, (40, "Commande n°"), (120, "CMD-77"))]
    assert find_invoice_number(labelled) == "FA-2024-0312"
    delivery = [line(40, (40, "Atelier Lumière SARL"), (420, "BON DE LIVRAISON"), size=20), *labelled[1:]]
    assert find_invoice_number(delivery) == "CMD-77"
    vat = [line(40, (40, "N° TVA FR12345678901"))]  # a number named otherwise after it is no document number
    assert find_invoice_number(vat) == ""


def test_po_numbers_printed_with_their_kind_and_customer_po_hash_labels():
    assert find_po_number([line(40, (360, "P.O. NUMBER:"), (450, "PO 88214"))]) == "PO 88214"
    assert find_po_number([line(40, (353, "Cust PO #:"), (441, "JM-0921"))]) == "JM-0921"
    assert find_po_number([line(40, (353, "Retailer PO #:"), (441, "88410"))]) == "88410"
    assert find_po_number([line(40, (394, "P/O No."), (478, "436919"))]) == "436919"  # a British purchase order's
    # the document's title, then the number's own label in one phrase
    assert find_po_number([line(74, (40, "Purchase Order PO# 42170")), line(89, (45, "PO Date"), (92, "07/29/2025"))]) \
        == "42170"
    assert find_po_number([line(74, (40, "Purchase Order PO Box 12"))]) == ""
    assert read_id("Net 30") is None and read_id("PO Box 448") is None


def test_a_number_printed_big_under_a_big_title_and_more_number_labels():
    lines = [line(40, (36, "PB Wholesale UK Ltd"), size=12), line(128, (497, "ORDER"), size=14),
             line(151, (472, "SO-00041207"), size=12), line(167, (452, "Order Date:"), (506, "04/10/2024"), size=8),
             line(196, (36, "Company Name:"), (114, "FITNESS WORLD NUTRITION"), size=8)]
    assert find_invoice_number(lines) == "SO-00041207"
    small = [line(40, (420, "INVOICE"), size=20), line(60, (420, "Account 1234-55"), size=9)]
    assert find_invoice_number(small) == ""  # under a big title, only text as big is its value
    assert find_invoice_number([line(40, (35, "Num. Facture"), (124, "F03-98156149"))]) == "F03-98156149"
    assert find_invoice_number([line(40, (352, "VAT Invoice no. FS/22/09/51"))]) == "FS/22/09/51"


def test_dates_inside_codes_are_no_dates_and_a_date_may_take_three_lines():
    coded = [line(40, (40, "Article code"), (160, "2.05.04.03.082"))]
    assert find_date(coded) is None
    stacked = [line(40, (40, "Invoice"), (200, "Date")), line(52, (40, "INV408688"), (200, "Tuesday 16")),
               line(64, (200, "September")), line(76, (200, "2025"))]
    assert find_date(stacked) == date(2025, 9, 16)
    assert find_invoice_number([line(40, (594, "Fattura n."), (689, "412/2025"))]) == "412/2025"


def test_document_numbers_of_order_acknowledgements_pro_formas_and_a_colon_set_apart():
    assert find_invoice_number([line(143, (372, "Acknowledgement No:"), (520, "OA36316"))]) == "OA36316"
    assert find_invoice_number([line(143, (331, "Pro-forma No."), (417, "PF24018"))]) == "PF24018"
    assert find_invoice_number([line(120, (316, "Invoice No"), (384, ":"), (393, "IN647760"))]) == "IN647760"
    assert find_invoice_number([line(232, (44, "AB-Nummer"), size=6.5), line(244, (44, "AB 24687"))]) == "AB 24687"
    titled = [line(64, (467, "FATURA"), size=22), line(84, (486, "FT A2024/786"), size=11),
              *(line(98 + 10 * i, (42, text), size=8) for i, text in enumerate(
                  ("4000-446 Porto", "Rua de Santa Catarina, 512", "NIF 501234567", "Tel. 222 000 111")))]
    assert find_invoice_number(titled) == "FT A2024/786"


def test_edi_dates_australian_dates_and_titles_with_their_number():
    assert find_date([line(51, (420, "ORDER DATE"), (521, "20251201"))]) == date(2025, 12, 1)
    au = [line(40, (40, "Bluegum Supplies Pty Ltd  ABN 12 345 678 901")), line(52, (40, "Total $1,234.50")),
          line(64, (400, "Date"), (460, "5/02/2024"))]
    assert find_date(au) == date(2024, 2, 5)
    assert find_invoice_number([line(184, (40, "Tax Invoice INV/2024/00187"), size=17),
                                *(line(200 + 10 * i, (40, "Body text line"), size=8) for i in range(4))]) == (
        "INV/2024/00187")
    quote = [line(113, (256, "QUOTATION"), size=14), line(129, (252, "SAL-QTN-2024-00045")),
             *(line(140 + 10 * i, (40, "Body text line"), size=9) for i in range(4))]
    assert find_invoice_number(quote) == "SAL-QTN-2024-00045"  # a document number under its title, body size
    assert find_invoice_number([line(70, (369, "Packing Slip:"), (440, "20418")),
                                line(109, (368, "Customer PO:"), (440, "CMS-5521"))]) == "20418"
    assert find_invoice_number([line(79, (560, "Order Nbr.:"), (640, "SO004512"))]) == "SO004512"


def test_a_number_beside_its_label_wins_over_an_address_under_a_small_title():
    lines = [line(67, (57, "INVOICE")), line(86, (57, "Quarry Lane Goods LLC"), (402, "Invoice"), (480, "QLG-000318")),
             line(102, (57, "118 Quarry Lane"), (411, "Date"), (480, "2025-07-09"))]
    assert find_invoice_number(lines) == "QLG-000318"


def test_a_date_of_sale_is_the_date_only_when_the_page_has_no_other():
    alone = [line(103, (460, "Date of sale: 2025-10-27 12:11:20")), line(111, (474, "Printed: 2025-10-28 12:15:02")),
             line(131, (237, "Invoice number: 4539894"))]
    assert find_date(alone) == date(2025, 10, 27)
    beside = [line(103, (40, "Sale Date"), (120, "10/25/2022")), line(115, (40, "Invoice Date"), (120, "10/26/2022"))]
    assert find_date(beside) == date(2022, 10, 26)


def test_a_row_of_values_under_a_row_of_labels_pairs_them_in_order_and_a_value_is_no_label():
    lines = [line(211, (52, "Doc. Type"), (176, "Doc. No."), (330, "Curr. Code"), (434, "Doc. Date"), (508, "Page")),
             line(222, (136, "Invoice"), (265, "25VW0008482"), (408, "EUR"), (468, "25/08/2025"), (552, "1")),
             line(239, (52, "Customer"), (175, "VAT / Fiscal Code"), (330, "Shipping Date")),
             line(251, (131, "C000446"), (260, "FR79897756912"), (387, "25/08/2025"))]
    assert find_invoice_number(lines) == "25VW0008482"


def test_a_label_with_its_translation_after_a_slash_has_its_value_beside_it():
    lines = [line(107, (356, "Invoice No/ Számlaszám:"), (515, "BEU24127434")),
             line(294, (45, "Payment Method/"), (176, "Delivery Date/"), (307, "Invoice Date/"), (438, "Due Date/")),
             line(304, (45, "Fizetési mód"), (175, "Teljesítés dátuma"), (307, "Számla dátuma"), (438, "Határidő")),
             line(315, (44, "Transfer"), (176, "2024-09-10"), (307, "2024-09-12"), (438, "2024-09-12"))]
    assert find_invoice_number(lines) == "BEU24127434"
    assert find_date(lines) == date(2024, 9, 12)


def test_serial_numbers_receipts_paid_dates_and_a_dated_beside_the_buyers_order():
    assert find_invoice_number([line(67, (481, "Serial No: VSG.00314")), line(80, (470, "Invoice date: 2025-10-22"))]) \
        == "VSG.00314"
    assert find_date([line(224, (60, "Receipt Number:"), (179, "PBL-58291")),
                      line(242, (60, "Date Paid:"), (179, "October 3, 2025"))]) == date(2025, 10, 3)
    tally = [line(49, (305, "Invoice No."), (439, "Dated")), line(62, (304, "SLT/25-26/0457"), (439, "14-Aug-25")),
             line(141, (305, "Buyer's Order No."), (439, "Dated")), line(153, (305, "PO/ASH/2231"), (439, "05-Aug-25"))]
    assert find_date(tally) == date(2025, 8, 5)
    assert find_date([line(52, (305, "Invoice No."), (437, "Dated")), line(62, (305, "GST/1042"), (437, "29-Jan-24")),
                      line(112, (305, "Buyer's Order No."), (437, "Buyer's Order Date")),
                      line(122, (305, "PO-77"), (437, "20-Jan-24"))]) == date(2024, 1, 20)


def test_a_label_set_off_by_a_dash():
    assert find_invoice_number([line(76, (366, "Invoice #— 3189846")), line(91, (366, "Invoice Date— Sep 13, 2022"))]) \
        == "3189846"


def test_a_label_with_dot_leaders():
    assert find_po_number([line(56, (360, "PO#........"), (418, "PO-118830"))]) == "PO-118830"


def test_numero_alone_beside_its_number():
    assert find_invoice_number([line(145, (44, "FACTURE"), size=18), line(169, (43, "Numéro"), (142, "2025/0198"))]) \
        == "2025/0198"


@pytest.mark.parametrize("sentence", [
    "Votre commande n° LCG-2291 du 05/03/2025 – Bon de livraison BL-25-0988",
    "Votre réf : 918654 du 05/03/2025 Cde. interne : PO157389",
    "Ihre Bestellung Nr. 4711 vom 05.03.2025",
    "Your order #A-77 of 05/03/2025, thank you",
])
def test_the_buyers_order_named_in_a_sentence_gives_the_order_date_column_b(sentence):
    # SPEC: column B is the order date; the real sets' truths give it wherever the page prints one
    lines = [line(96, (335, "Date :"), (369, "13/03/2025")), line(218, (42, sentence))]
    assert find_date(lines) == date(2025, 3, 5)
    assert find_date(lines[1:], day_first=True) == date(2025, 3, 5)
    assert find_date([lines[0], line(218, (42, "Lieferung vom 05.03.2025"))]) == date(2025, 3, 13)  # no order


def test_the_buyers_order_date_as_a_field_of_its_own_is_the_order_date():
    lines = [line(96, (40, "Date:"), (110, "April 21, 2025")),
             line(110, (40, "Your order of:"), (110, "March 30, 2025"))]
    assert find_date(lines) == date(2025, 3, 30)  # (a field with its colon, as a sentence naming the order)
    assert find_date([lines[0], line(110, (40, "Your order of March 30, 2025 is on its way"))]) == date(2025, 3, 30)
    assert find_date([lines[0], line(110, (40, "Your order ships within 5 days"))]) == date(2025, 4, 21)
    for label, value in (("Ihre Bestellung vom:", "30.03.2025"), ("Customer PO date", "03/30/2025")):
        assert find_date([lines[0], line(110, (40, label), (140, value))]) == date(2025, 3, 30)


@pytest.mark.parametrize("printed", [
    [("Date commande", "20/11/2023")], [("Bestellung vom", "20.11.2023")],
    [("Commande du 20/11/2023 passée par téléphone", "")], [("Rif. vs. ordine n. 7781 del 20/11/2023", "")],
    [("Rif. ordine cliente n. 77 del 20/11/2023", "")], [("Votre commande BC 5521 du 20/11/2023", "")],
    [("WT-2025-044 (ordered 11/20/2023)", "")], [("Referentie: Bestelling 1844 van 20 november 2023", "")],
    [("Referentie", "Bestelling 1844 van 20 november 2023")],
    [("Referencia: Pedido 61 del 20/11/2023", "")], [("Reference", "Order from 20 Nov 2023")]])
def test_order_dates_by_label_or_in_words_in_four_languages(printed):
    label, value = printed[0]
    lines = [line(60, (375, "Date"), (452, "22/11/2023")), line(72, (40, label), *([(452, value)] if value else []))]
    assert find_date(lines, day_first=not label.startswith("WT")) == date(2023, 11, 20)


def test_a_number_printed_after_its_one_letter_series():
    assert read_id("R 2024-118733") == "R 2024-118733"
    assert find_invoice_number([line(60, (349, "N°"), (361, ":"), (400, "F 0412-087653"))]) == "F 0412-087653"


def test_a_grid_label_in_body_type_on_the_line_of_a_big_name_labels_the_value_under_it():
    def big_name(y: float, name: str, x: float, size: float) -> list[Cell]:
        return [Cell(x, x + 0.55 * size * len(name), name)]  # as wide as type of its size

    labels = TextLine.of_words(44, tuple(big_name(44, "Rifle Paper Co.", 41, 26) + list(
        line(44, (338, "Invoice#"), (395, "Invoice Date"), (458, "Customer#")).words)), 26, 26)
    values = line(58, (337, "1184523"), (399, "01/22/25"), (456, "RPC-30418"), size=8.5)
    body = [line(170 + 12 * i, (40, "Style"), (97, "Description"), (409, "Qty"), size=8.5) for i in range(4)]
    assert find_invoice_number([labels, values, *body]) == "1184523"


@pytest.mark.parametrize(("lines", "expected"), [
    ([line(40, (40, "Rechnungsdatum: 12.03.2025")), line(55, (40, "Ihre Bestellung vom 3. März 2025"))],
     date(2025, 3, 3)),
    # (with its colon, a field of its own: the order date, column B)
    ([line(40, (40, "Rechnungsdatum: 12.03.2025")), line(55, (40, "Ihre Bestellung vom: 3. März 2025"))],
     date(2025, 3, 3)),
    ([line(40, (40, "Factuurdatum"), (140, "12-03-2025")), line(55, (40, "Uw order van 03-03-2025"))],
     date(2025, 3, 3)),
    ([line(40, (40, "Data 12/03/2025   Cliente C0088   Vs. ordine del 27/02/2025"))], date(2025, 2, 27)),
    ([line(55, (40, "Ihre Bestellung vom: 3. März 2025"))], date(2025, 3, 3)),
    ([line(40, (40, "Dato"), (140, "12.03.2025")), line(55, (40, "Ordredato"), (140, "04.03.2025"))],
     date(2025, 3, 4)),
])
def test_the_buyers_order_named_on_the_document_gives_column_b_in_four_languages(lines, expected):
    assert find_date(lines) == expected


@pytest.mark.parametrize("row", ["Order No. 4711  Date of Shipment: 03/20/2025",
                                 "Your PO # 4711  Date of Delivery 03/20/2025",
                                 "Bestellung Nr. 4711  Lieferung vom 03/20/2025",
                                 # review of the twentieth session: a period's, a validity's or a shipment's start
                                 "Order period from 03/20/2025 to 04/19/2025", "Order valid from 03/20/2025",
                                 "Reference  Order 4411 shipped from 03/20/2025",
                                 "Your order from 03/20/2025 - 04/19/2025"])
def test_another_dates_label_after_the_orders_number_names_no_order_date(row):
    # review of the nineteenth session: "of" / "vom" after a shipment's or delivery's label
    assert find_date([line(40, (40, "Invoice Date: 03/12/2025")), line(60, (40, row))]) == date(2025, 3, 12)


def test_an_order_date_label_wins_over_the_day_the_order_was_entered_above_it():
    box = [line(91, (399, "ORDER INFO")), line(105, (399, "Entered: 01/09/2025")),
           line(115, (399, "Order Date: 01/08/2025")), line(126, (399, "Start Ship: 03/01/2025"))]
    assert find_date(box) == date(2025, 1, 8)
    assert find_date([line(60, (40, "Order # NS4480317"), (300, "Entered 03/28/2026"))]) == date(2026, 3, 28)


def test_a_document_types_value_is_no_label_and_a_title_centred_over_its_number_box_names_it():
    typed = [line(65, (503, "Document #"), (592, "000741-B")), line(81, (100, "FERNWAY"), (502, "Type"),
             (593, "Invoice")), line(99, (502, "Created"), (593, "2025-03-18T16:12")),
             line(116, (502, "Account"), (592, "C-2207"))]
    assert find_invoice_number(typed) == "000741-B"  # ("Invoice" is the Type's value, not a label over "C-2207")
    boxed = [line(41, (455, "INVOICE"), size=13), line(48, (100, "KESTREL"), size=20),
             line(59, (393, "Number"), (529, "KOG-31877")), line(70, (393, "Date"), (529, "05/19/2025")),
             line(119, (37, "SOLD TO"), (231, "SHIP TO"), (430, "ORDER")), line(129, (431, "PO SSO-5521"))]
    assert find_invoice_number(boxed) == "KOG-31877"


def test_scandinavian_invoice_numbers():
    lines = [line(40, (40, "Fakturanr."), (140, "10417")), line(55, (40, "Ordrenr."), (140, "6121"))]
    assert find_invoice_number(lines) == "10417"


def test_a_title_with_its_kind_before_it_names_the_number():
    lines = [line(46, (43, "Sales - Invoice PSI-103245"), (364, "Hartwell Office Supplies Ltd"), size=12),
             line(130, (341, "Bill-to Customer No."), (440, "C10452")),
             line(237, (45, "No."), (105, "Description"), (290, "Quantity")),
             line(253, (45, "3793-K"), (105, "Sticky Notes"), (320, "10"))]
    assert find_invoice_number(lines) == "PSI-103245"


def test_a_value_in_other_type_a_few_points_off_its_labels_line_is_beside_it():
    lines = [line(170, (82, "20251205FF0191"), (245, "04/12/2025")),
             line(174, (30, "Réf. commande :"), (158, "Date de commande :")),
             line(210, (31, "N° facture :"), (82, "4L51211978"), (158, "Date facture :"), (233, "12/12/2025"))]
    assert find_date(lines) == date(2025, 12, 4)


def test_another_boxs_date_a_few_points_off_and_far_to_the_right_is_no_labels_value():
    lines = [line(100, (40, "Order Date:")), line(103, (400, "12/01/2025")),
             line(140, (40, "Invoice Date:"), (120, "11/20/2025"))]
    assert find_date(lines) == date(2025, 11, 20)


def test_a_letters_subject_line_names_its_purchase_orders_number():
    lines = [line(127, (64, "November 4, 2025")), line(166, (64, "Re: Purchase Order No. BB-2025-114"))]
    assert find_po_number(lines) == "BB-2025-114"


def test_a_bare_po_before_its_number_and_never_a_po_box():
    lines = [line(47, (36, "onehundred80degrees.com"), (598, "PO"), (614, "PO-887315"), (675, "DATED"),
                  (706, "04/28/2025")),
             line(60, (36, "PO Box 771120, Memphis, TN 38177"))]
    assert find_po_number(lines) == "PO-887315"
    assert find_po_number([line(60, (36, "PO Box 771120, Memphis, TN 38177"))]) == ""


def test_a_purchase_order_field_under_a_bigger_receipt_title_is_no_purchase_orders_title():
    def numbered(title: str) -> str:
        lines = (line(41, (497, title), size=24), line(60, (36, "609-689-3000")),
                 line(102, (361, "Purchase Order"), (505, "1110JPRINCE"), size=11),
                 line(122, (361, "Paid"), (537, "$146.41"), size=11),
                 line(142, (361, "Invoice"), (528, "55152414"), size=11),
                 line(162, (361, "Invoice Date"), (534, "11/10/25"), size=11),
                 *(line(180 + 12 * i, (55, text)) for i, text in enumerate(("Billed to", "University", "Dept"))))
        return document_number(Document((Page(1, lines),), Backend.LOCAL))

    assert numbered("Receipt") == "55152414"
    assert numbered("Purchase Order") == "1110JPRINCE"  # the title itself: a purchase order's number first


def test_a_number_under_a_big_title_alone_on_its_line_is_read_without_what_stands_beside_it():
    erp = [printed(46.8, 9, (464.7, 475.2, "De"), (478.4, 509.2, "Groene"), (512.1, 532.4, "Tafel"),
                   (536.2, 552.4, "B.V.")),
           printed(51.7, 18, (43.6, 102.8, "Factuur")),
           printed(57.9, 9, (459.1, 488.1, "Nieuwe"), (491.7, 534.8, "Binnenweg"), (538.3, 552.7, "214")),
           printed(68.5, 9, (42.1, 134.2, "ACC-SINV-2025-00731"), (474.8, 492.6, "3021"), (497.4, 507.8, "GJ"),
                   (511.8, 552.4, "Rotterdam")),
           printed(90.1, 9, (464.4, 477.8, "btw"), (481.1, 551.1, "NL862345678B01"))]
    assert find_invoice_number(erp) == "ACC-SINV-2025-00731"
    digits = [line(241, (61, "RECHNUNG"), size=18.7), line(250, (306, "TG Höchberg"), size=12),
              line(258, (60, "2503001"), (306, "Waldsportanlage beim Sportplatz"), size=12)]
    assert find_invoice_number(digits) == "2503001"


def test_an_invoice_templates_serial_is_its_number():
    assert find_invoice_number([line(66, (470, "INVOICE"), size=20), line(91, (423, "Serial"), (454, "SMP-00000318")),
                                line(102, (407, "Invoice date: 03/02/2025"))]) == "SMP-00000318"


def test_a_delivery_note_or_sales_order_number_is_read_last_of_all():
    note = [line(144, (45, "Delivery Note No."), (148, "Delivery Date"), (250, "Order Date")),
            line(160, (45, "DN-061442"), (148, "05-Sep-2024"), (250, "02-Sep-2024"))]
    assert find_invoice_number(note) == "DN-061442"
    assert find_invoice_number([line(74, (588, "Sales Order"), (749, "SO-118306"))]) == "SO-118306"
    assert find_invoice_number([line(124, (45, "Lieferschein-Nr."), (148, "Lieferdatum")),
                                line(140, (45, "LS-0087412"), (148, "03.12.2024"))]) == "LS-0087412"
    # an invoice names its delivery note among its remarks: its own number wins
    assert find_invoice_number([line(154, (86, "Número:"), (152, "0454/25")),
                                line(619, (85, "Albaran: 20251007 2"))]) == "0454/25"


def test_a_purchase_orders_title_in_spanish_with_its_number():
    lines = [line(91, (169, "ORDEN DE COMPRA OS-0-0-5067"), size=14), line(120, (11, "Fecha:"), (61, "16/09/2025")),
             line(132, (11, "Proveedor:"), (61, "UNILIMPIOSUR CIA LTDA"))]
    assert document_number(Document((Page(1, tuple(lines)),), Backend.LOCAL)) == "OS-0-0-5067"


def test_a_cash_sales_number():
    lines = [line(119, (25, "Customer"), (320, "CASH SALE n. US/2025/026002/COR"), (528, "Pag. 1/1"), size=10.4),
             line(137, (320, "Reference: Sales Order #7000115509"), size=8)]
    assert find_invoice_number(lines) == "US/2025/026002/COR"


def test_a_number_of_digits_alone_under_a_big_title_and_what_a_serial_label_is_not():
    lines = [line(241, (61, "RECHNUNG"), size=18.7), line(258, (60, "2503001"), size=9),
             *(line(280 + 12 * i, (60, "Lieferung von Tennismehl"), size=9) for i in range(4))]
    assert find_invoice_number(lines) == "2503001"
    assert find_invoice_number([line(91, (423, "Serial"), (454, "ATA3 cable, 1 m"))]) == ""


def test_ihre_bestellung_vom_gives_way_to_the_documents_own_date():
    grid = [line(256, (47, "Rechnungs-Nr."), (133, "Datum"), (480, "Ihre Bestellung vom")),
            line(269, (47, "VR240512"), (134, "14.05.2024"), (480, "02.05.2024"))]
    assert find_date(grid) == date(2024, 5, 14)
    assert find_date([line(256, (480, "Ihre Bestellung vom")), line(269, (480, "02.05.2024"))]) == date(2024, 5, 2)


def test_a_tax_number_beside_the_title_is_not_the_documents_number():
    lines = [line(61, (47, "FACTURA"), (491, "CIF B98765432"), size=26), line(84, (46, "Nº F240056"), size=9.5),
             line(131, (45, "CLIENTE"), (324, "Fecha"), (508, "22/04/2024"))]
    assert find_invoice_number(lines) == "F240056"


def test_a_number_with_its_sign_under_a_big_title():
    title = printed(67, 26, (52, 143, "Facture"), (464, 545, "SAS Studio Céladon"))
    lines = [line(56, (480, "Studio Céladon")), title,
             line(88, (51, "N° F-2024-0412"), size=10), line(136, (51, "Facturé à"), (323, "Date d'émission")),
             line(163, (50, "Service achats"), (323, "Référence"), (467, "Devis D-2024-0388"))]
    assert find_invoice_number(lines) == "F-2024-0412"


def test_a_web_orders_number_after_its_shops_name():
    assert find_invoice_number([line(115, (62, "Amazon.ca order number:"), (209, "701-7426366-1013047"))]) == (
        "701-7426366-1013047")
    ack = [line(143, (372, "Acknowledgement No:"), (520, "OA36316")),
           line(155, (372, "Your order no:"), (520, "TL/PO/920"))]
    assert find_invoice_number(ack) == "OA36316"  # the buyer's own order number comes last


def test_a_cover_sheet_in_front_of_the_document_is_not_its_header():
    cover = Page(1, (line(65, (55, "FAX COVER SHEET"), size=15), line(97, (54, "To: HarperCollins Publishers")),
                     line(112, (55, "From: Anne McGilvray & Company, Dallas")),
                     line(146, (55, "Pages (including cover): 2"))))
    order = Page(2, (line(60, (328, "Order #:"), (397, "NS1182043")),
                     line(206, (62, "Ln"), (79, "ISBN-13"), (163, "Title"), (367, "Qty"), (402, "List Price")),
                     line(220, (69, "1"), (79, "9785470091499"), (163, "Wishtree"), (377, "6"), (420, "18.99"))))
    assert document_number(Document((cover, order), Backend.LOCAL)) == "NS1182043"
    letterhead = Page(1, (line(60, (328, "Invoice No:"), (397, "RP-2025-004417")), line(80, (54, "Bill To:"))))
    assert document_number(Document((letterhead, order), Backend.LOCAL)) == "RP-2025-004417"  # no cover: page one
    letter = Page(1, (line(65, (55, "Anne McGilvray & Company"), size=15), line(97, (54, "Dear Buyer,")),
                      line(112, (55, "Thank you for meeting us at the Dallas Market. Your order follows.")),
                      line(146, (55, "Warm regards, Dana"))))
    assert document_number(Document((letter, order), Backend.LOCAL)) == "NS1182043"  # a cover letter


def test_the_buyers_own_order_number_is_not_the_documents():
    assert find_invoice_number([line(155, (372, "Your order no:"), (520, "TL/PO/920"))]) == ""
    assert find_invoice_number([line(155, (372, "Customer Order #:"), (520, "CO-88213"))]) == ""


def test_a_remittance_slip_on_page_one_is_no_cover_sheet():
    summary = Page(1, (line(60, (328, "Invoice No:"), (397, "INV-20931")), line(80, (54, "Bill To:")),
                       line(700, (54, "PAYMENT TRANSMITTAL - return this portion with your payment"))))
    detail = Page(2, (line(60, (328, "Detail No:"), (397, "DET-7781")),
                      line(206, (62, "Item"), (163, "Description"), (367, "Qty"), (402, "Price")),
                      line(220, (69, "A-1"), (163, "Mug"), (377, "6"), (420, "18.99"))))
    assert document_number(Document((summary, detail), Backend.LOCAL)) == "INV-20931"


def test_a_printed_email_in_front_of_its_attached_invoice_is_no_header():
    email = Page(1, (line(57, (41, "From:"), (112, "Greenfield Garden Wholesale <accounts@greenfield.example>")),
                     line(74, (40, "Sent:"), (112, "Tuesday, April 8, 2025 4:12 PM")),
                     line(91, (40, "To:"), (112, "orders@twooaks.example")),
                     line(108, (40, "Subject:"), (113, "Your order 4471")), line(171, (41, "Hi Dana,"))))
    invoice = Page(2, (line(60, (328, "Invoice No:"), (397, "GGW-25-0331")),
                       line(206, (62, "Item"), (163, "Description"), (367, "Qty"), (402, "Price")),
                       line(220, (69, "A-1"), (163, "Seed tray"), (377, "6"), (420, "4.99"))))
    assert document_number(Document((email, invoice), Backend.LOCAL)) == "GGW-25-0331"


def test_a_label_after_a_mark_inside_a_phrase_gives_its_value():
    placed = line(113, (55, "Placed March 12, 2025 · PO Number: 48974 · Payment terms: Net 30"))
    assert find_po_number([placed]) == "48974"
    assert find_po_number([line(113, (55, "Placed March 12, 2025 · Payment terms: Net 30"))]) == ""


def test_a_browsers_print_stamp_is_no_date_of_the_document():
    stamp = line(20, (25, "12/5/26, 12:56 PM"), (237, "Web order - Order WEB-66281"))
    assert find_date([stamp, line(67, (412, "06 Jan 2026"))]) == date(2026, 1, 6)
    assert find_date([stamp, line(67, (412, "Submitted: 06 Jan 2026"))]) == date(2026, 1, 6)
    assert find_date([line(20, (25, "Order placed: June 2, 2025, 12:56 PM")), line(67, (412, "06 Jan 2026"))]) == date(
        2025, 6, 2)
    flight = [line(22, (409, "Print Date"), (450, "02/28/20 14:21:20")), line(137, (88, "Flight Dates:"),
              (200, "03/03/20 - 03/03/20")), line(151, (87, "Original Date / Rev:"), (200, "02/28/20 / 02/28/20"))]
    assert find_date(flight) == date(2020, 2, 28)  # an advertising order's flight dates are its period


def test_dots_leading_from_a_label_to_its_value_in_fixed_width_type_are_no_value():
    dots = tuple((96 + 10 * i, ".") for i in range(7))
    lines = [line(98, (41, "Invoice Date"), *dots, (165, ":"), (179, "03/20/19")),
             line(125, (40, "Order Date"), *dots, (165, ":"), (179, "03/15/19"))]
    assert find_date(lines) == date(2019, 3, 15)


def test_rows_with_four_decimal_unit_prices_are_table_rows():
    rows = [line(231 + 14 * i, (41, "34150"), (85, "TC4118"), (139, "WIPER BLADE BEAM"), (326, "6 KT"),
                 (375, "83.5500"), (449, "501.30")) for i in range(3)]
    assert PageView([line(44, (188, "Tri-County Auto Parts")), *rows]).table_rows() == {1, 2, 3}


def test_a_receipts_own_date_and_time_alone_on_its_first_line_is_its_date():
    assert find_date([line(20, (40, "05.01.2026 14:32")), line(40, (40, "Kasse 3"))]) == date(2026, 1, 5)


def test_a_sentence_between_marks_names_no_field():
    thanks = line(60, (40, "Thank you for your order · Order 4471 shipped · Invoice follows"))
    assert find_invoice_number([thanks]) == ""


def test_a_purchase_invoices_title_with_its_number_beside_it():
    assert find_invoice_number([line(37, (426, "Purchase"), (465, "Invoice"), (499, "INV-HH-00731"))]) == "INV-HH-00731"


def test_a_number_with_slashes_under_a_big_label_of_a_row_of_big_labels():
    lines = [line(68, (64, "Kathari")), line(104, (64, "PRAKTIJK 318 BVBA")), line(126, (64, "Naamsesteenweg, 386")),
             printed(178.4, 15.0, (63.3, 129.8, "FACTUUR")),
             printed(223.2, 15.0, (70.1, 157.4, "Volgnummer"), (196.2, 291.1, "Factuurdatum"),
                     (329.2, 414.3, "Vervaldatum")),
             printed(238.1, 9.0, (70.3, 132.1, "2025/318/0535"), (195.8, 245.4, "2025-02-03"),
                     (329.5, 376.9, "2025-02-18")),
             printed(279.8, 15.0, (63.0, 170.0, "OMSCHRIJVING"), (233.0, 290.0, "AANTAL"), (322.0, 365.0, "PRIJS")),
             line(294, (63, "wekelijkse schoonmaak"), (252, "1.00"), (323, "€ 200.0")),
             line(305, (63, "januari")), line(316, (63, "wekelijkse schoonmaak"), (252, "1.00"), (323, "€ 385.0"))]
    assert find_invoice_number(lines) == "2025/318/0535"
    month = [*lines[:4], printed(223.2, 15.0, (70.1, 157.4, "Volgnummer")),
             printed(238.1, 9.0, (70.3, 110.0, "03/2025"))]
    assert find_invoice_number(month) == ""  # (a month under it is no number)


def test_the_numero_sign_names_a_number():
    assert find_invoice_number([line(54, (485, "Invoice"), (520, "№"), (530, "1190718"))]) == "1190718"
    assert find_po_number([line(57, (513, "PO № 117655"))]) == "117655"


def test_a_bare_number_label_wrapped_after_its_de_and_a_quotations_number_label_in_spanish():
    wrapped = [line(40, (240, "PRESUPUESTO"), size=14), line(117, (38, "N.º de"), (133, "COT-24-07713"), (300, "Fecha"),
                                                              (395, "17/01/2024")),
               line(128, (38, "presupuesto"))]
    assert find_invoice_number(wrapped) == "COT-24-07713"
    assert find_invoice_number([line(117, (38, "N.º de presupuesto:"), (160, "COT-24-07714"))]) == "COT-24-07714"


def test_a_statements_number_and_an_order_placed_on_a_marketplace_in_french():
    assert find_invoice_number([line(115, (40, "Statement No."), (130, "CJL-2503"))]) == "CJL-2503"
    lines = [line(81, (440, "Date de facture : 12/03/2025")),
             line(92, (372, "Commande passée le 05/03/2025 via Boutiqo"))]
    assert find_date(lines) == date(2025, 3, 5)


def test_a_transmittal_in_front_and_a_second_invoice_after_the_document():
    cover = Page(1, (line(90, (62, "FAX / EMAIL TRANSMITTAL"), size=28), line(147, (60, "To:"), (161, "Receiving")),
                     line(170, (61, "From:"), (160, "Anne McGilvray & Company - Order Desk")),
                     line(195, (61, "Regarding:"), (161, "HarperCollins order (attached)"))))
    order = Page(2, (line(60, (328, "Order #:"), (397, "NS76647622")),
                     line(206, (62, "Ln"), (79, "ISBN-13"), (163, "Title"), (367, "Qty"), (402, "List Price")),
                     line(220, (69, "1"), (79, "9785470091499"), (163, "Wishtree"), (377, "6"), (420, "18.99"))))
    assert document_number(Document((cover, order), Backend.LOCAL)) == "NS76647622"
    table = (line(206, (62, "Item"), (163, "Description"), (367, "Qty"), (402, "Price")),
             line(220, (69, "A-1"), (163, "Mug"), (377, "6"), (420, "18.99")))
    first = Page(1, (line(50, (40, "Tallis & Finch"), (499, "INVOICE"), size=18),
                     line(73, (449, "Invoice No.:"), (544, "100482")), *table))
    going_on = Page(2, (line(49, (470, "Invoice 100482 (continued)")), *table,
                        line(240, (360, "Total"), (420, "37.98"))))
    another = Page(3, (line(50, (40, "Tallis & Finch"), (499, "INVOICE"), size=18),
                       line(73, (449, "Invoice No.:"), (544, "100517")), *table))
    assert [p.number for p in own_pages(Document((first, going_on, another), Backend.LOCAL))] == [1, 2]
    same = Page(3, (line(50, (499, "INVOICE"), size=18), line(73, (449, "Invoice No.:"), (544, "INV-100482")),
                    *table))
    stub = Page(3, (line(73, (449, "Invoice No.:"), (544, "100311")),))  # a remittance stub: no invoice's title
    assert len(own_pages(Document((first, going_on, same), Backend.LOCAL))) == 3
    assert len(own_pages(Document((first, going_on, stub), Backend.LOCAL))) == 3


def test_a_running_head_with_another_number_over_a_table_going_on_is_the_same_invoice():
    table = (line(206, (53, "Pos"), (84, "Art-Nr."), (138, "Beschreibung"), (295, "Menge"), (436, "E-Preis"),
                  (508, "Gesamt")),)
    first = Page(1, (line(275, (51, "Rechnung"), size=14), line(299, (51, "Rechnungs-Nr.:"), (127, "1054")), *table,
                     line(460, (53, "1"), (84, "1001"), (138, "Produkt 1"), (310, "2.0"), (430, "100,00"))))
    going_on = Page(2, (line(128, (53, "Rechnung"), (437, "Rechnungs-Nr.: 123"), size=12), *table,
                        line(218, (53, "2"), (84, "1002"), (138, "Produkt 2"), (310, "2.0"), (430, "100,00")),
                        line(260, (281, "Gesamtbetrag:"), (494, "400,00"))))
    assert len(own_pages(Document((first, going_on), Backend.LOCAL))) == 2


def test_a_packing_list_in_front_of_its_invoice_and_a_tills_sale_bon_and_transaction_numbers():
    table = (line(191, (60, "Item"), (130, "Description"), (529, "Qty"), (594, "Unit Price"), (701, "Amount")),
             line(220, (59, "GCM247"), (129, "Garden Party Thank You Card"), (534, "12"), (617, "3.00"),
                  (712, "36.00")))
    packing = Page(1, (line(45, (57, "Rifle Paper Co."), (638, "PACKING LIST"), size=17),
                       line(69, (546, "Order #:"), (624, "SO-448120")), *table))
    invoice = Page(2, (line(45, (57, "Rifle Paper Co."), (563, "INVOICE (shipment 1 of 1)"), size=17),
                       line(79, (537, "Invoice #:"), (628, "3206640")), *table))
    assert document_number(Document((packing, invoice), Backend.LOCAL)) == "3206640"
    both = Page(1, (line(45, (57, "Harbor Lane"), (500, "PACKING SLIP / INVOICE"), size=17),
                    line(69, (546, "Order #:"), (624, "SO-1")), *table))
    assert document_number(Document((both, invoice), Backend.LOCAL)) == "SO-1"  # one document: its own page one
    assert find_invoice_number([line(81, (28, "Sale #: 220417"))]) == "220417"
    assert find_invoice_number([line(352, (10, "13.11.2024 09:47"), (110, "Bon-Nr.:"), (150, "4182"))]) == "4182"
    assert find_invoice_number([line(70, (7, "TRANS 55-208814"), (116, "11/21/24 08:12"))]) == "55-208814"


def test_a_packing_slip_in_front_of_its_purchase_order_leaves_the_order_page_at_the_head():
    table = (line(191, (60, "ISBN"), (130, "Title"), (529, "Qty"), (594, "List"), (701, "Extended")),
             line(220, (59, "9780062345678"), (129, "Little Blue Truck, The"), (534, "12"), (617, "9.99"),
                  (712, "119.88")))
    packing = Page(1, (line(52, (50, "PACKING SLIP"), size=22), line(71, (404, "Shipped 05/13/2025 via FedEx")),
                       line(191, (60, "ISBN"), (130, "Title"), (529, "Qty")),
                       line(220, (59, "9780062345678"), (129, "Little Blue Truck, The"), (534, "12"))))
    order = Page(2, (line(52, (50, "PURCHASE ORDER"), size=22), line(80, (404, "Order Date: 5/6/2025")), *table))
    assert header_lines(Document((packing, order), Backend.LOCAL)) == order.lines
    both = Page(1, (line(52, (50, "PACKING SLIP / INVOICE"), size=22), line(80, (404, "Invoice #: 4471")), *table))
    assert header_lines(Document((both, order), Backend.LOCAL)) == both.lines  # (one document: its own page)


def test_a_fixed_width_forms_order_dt_beside_its_invoice_dt():
    lines = [line(100, (400, "Invoice Dt"), (470, "04/17/25")), line(112, (400, "Order Dt"), (470, "04/03/25"))]
    assert find_date(lines) == date(2025, 4, 3)
    assert find_date(lines[:1]) == date(2025, 4, 17)
    local = [line(100, (40, "Invoice Date :"), (120, "07-Nov-24")), line(112, (40, "LPO Date :"), (120, "29-Oct-24"))]
    assert find_date(local) == date(2024, 10, 29)  # a local purchase order's date (the Gulf's, India's)


def test_an_order_date_after_commande_du_and_under_a_boxed_ihre_bestellung():
    french = [line(195, (347, "Date"), (427, "18/06/2025")), line(207, (347, "Commande du"), (427, "09/06/2025"))]
    assert find_date(french) == date(2025, 6, 9)
    german = [line(215, (45, "Beleg-Nr."), (147, "Belegdatum"), (352, "Ihre Bestellung")),
              line(229, (45, "LR 250611"), (148, "11.06.2025"), (352, "vom 02.06.2025"))]
    assert find_date(german) == date(2025, 6, 11)  # (the buyer's order named on it gives way to the document's)


def test_labels_in_spanish_and_portuguese_and_a_label_cut_short_inside_a_word_gives_way():
    assert find_invoice_number([line(60, (345, "Número de la factura"), (485, "ES53G33FAEUI"))]) == "ES53G33FAEUI"
    assert find_invoice_number([line(20, (368, "FATURA-RECIBO Nº")), line(35, (379, "FT 18A2401/21509"))]) == (
        "FT 18A2401/21509")
    assert find_invoice_number([line(76, (411, "Referencia: #1721"))]) == "1721"  # not "Ref" + "erencia"


def test_a_bare_number_sign_labels_the_number_beside_it():
    lines = [line(152, (431, "TAX INVOICE"), size=22), line(176, (44, "#"), (172, ": INV-000001")),
             line(187, (45, "Invoice Date"), (172, ": 01/10/2025"))]
    assert find_invoice_number(lines) == "INV-000001"


def test_an_invoice_number_printed_alone_over_the_table():
    lines = [line(44, (482, "INV-2026-0042")), line(51, (42, "INVOICE"), size=32),
             line(82, (40, "Acme Cloud Services Inc.")), line(272, (53, "DESCRIPTION"), (350, "QTY"), (501, "AMOUNT"))]
    assert find_invoice_number(lines) == "INV-2026-0042"
    assert find_invoice_number(lines[1:]) == ""


def test_an_invoice_titled_for_an_order_takes_the_orders_number():
    assert find_invoice_number([line(48, (40, "Little Fern Press"), (433, "Invoice for Order #LF1289"))]) == "LF1289"


def test_our_reference_a_french_transaction_number_and_a_short_number_under_the_invoice_label():
    assert find_invoice_number([line(277, (60, "Your Reference:"), (361, "Our Reference:")),
                                line(291, (362, "F2324-001"))]) == "F2324-001"
    french = [line(184, (32, "Nom de client: nano"), (437, "N° De transaction:"), (539, "1006"))]
    assert find_invoice_number(french) == "1006"
    assert find_invoice_number([line(167, (38, "Datum: 26.10.2021")), line(179, (38, "Rechnungsnummer: 6"))]) == "6"
    assert find_invoice_number([line(330, (119, "Rechnung #2023-001"))]) == "2023-001"
    assert find_invoice_number([line(60, (40, "Order Date: 06/29/25")), line(72, (40, "Page 1"))]) == ""


def test_a_tables_hash_column_a_count_of_days_and_a_page_count_are_no_invoice_numbers():
    table = [line(100, (40, "#"), (70, "Description"), (300, "Qty"), (380, "Price"), (460, "Amount")),
             line(114, (40, "001"), (70, "Mug"), (300, "2"), (380, "4.50"), (460, "9.00")),
             line(128, (40, "002"), (70, "Bowl"), (300, "1"), (380, "5.00"), (460, "5.00"))]
    assert find_invoice_number([line(60, (40, "Order No: SO-5512")), *table]) == "SO-5512"
    assert find_invoice_number([line(60, (40, "PO #: 7781")), *table]) == ""
    assert find_invoice_number([line(60, (40, "Invoice: 14 days net"))]) == ""
    assert find_invoice_number([line(60, (40, "Invoice No.")), line(72, (40, "1 of 2"))]) == ""
    assert find_invoice_number([line(44, (482, "Invest2024")), *table]) == ""


def test_numbers_in_groups_with_a_sign_inside_or_spaced_hyphens_and_a_sale_in_portuguese():
    assert find_invoice_number([line(60, (40, "Rechnungsnummer"), (160, "726 752 5181"))]) == "726 752 5181"
    assert find_invoice_number([line(60, (40, "Quotation#:"), (160, "Quote_#1"))]) == "Quote_#1"
    assert find_invoice_number([line(40, (450, "INV- 494- 2023")), line(80, (40, "Description"), (300, "Amount"))]) == (
        "INV-494-2023")
    assert find_invoice_number([line(60, (40, "Venda nº:256"))]) == "256"
    assert find_invoice_number([line(60, (40, "Rechnungsnummer"), (160, "726 752"))]) == "726"


def test_a_house_number_with_its_town_is_no_document_number():
    lines = [line(74, (199, "Liteshutter"), size=14), line(110, (199, "Av. Maria de Lurdes Mutola,")),
             line(125, (199, "Nr. 1023, Maputo")), line(246, (57, "Número:"), (171, "Data:"), (284, "Vencimento:")),
             line(258, (57, "FAT309203"), (170, "26/11/2025"), (284, "26/12/2025"))]
    assert find_invoice_number(lines) == "FAT309203"
    assert find_invoice_number([line(60, (40, "Nr. 2025-118, Lieferschein 4711"))]) == "2025-118"


def test_a_big_titles_number_in_hyphenated_groups_under_it():
    lines = [printed(64, 12, (358, 400, "Factura")), printed(90, 9.8, (377, 444, "0008-00021658")),
             printed(114, 8.2, (399, 440, "01/11/2022")),
             printed(232, 8.2, (80, 226, "DOS ARROYOS AGROP. Y COM. S.A.")),
             printed(244, 8.2, (79, 136, "Avda. 56 - 2801")),
             printed(254, 8.2, (79, 97, "7630"), (133, 179, "NECOCHEA")),
             printed(330, 8.2, (33, 64, "Articulo"), (406, 440, "Cantidad"), (473, 497, "Precio"))]
    assert find_invoice_number(lines) == "0008-00021658"


def test_a_quotations_short_number_beside_its_label_before_another_blocks_text():
    lines = [line(35, (459, "Offert"), size=23), line(147, (376, "Mottagare")), line(160, (376, "Brink-Hosting")),
             line(187, (55, "Offertnummer:"), (152, "52"), (376, "123 45 Köpstad")),
             line(199, (55, "Datum:"), (153, "14.11.2024"))]
    assert find_invoice_number(lines) == "52"


@pytest.mark.parametrize("label", ["N° de Folio:", "Folio:", "Comp. Nro:", "Comprobante N°", "Volgnummer",
                                   "Número de recibo"])
def test_folio_voucher_sequence_and_receipt_number_labels(label):
    lines = [line(40, (40, "Customer No.:"), (160, "48213")), line(55, (40, label), (160, "00012798"))]
    assert find_invoice_number(lines) == "00012798"


def test_a_short_number_beside_the_documents_title():
    lines = [line(309, (75, "Rechnung 13"), size=20), line(330, (75, "Datum: 19.08.2015"), size=14),
             line(373, (74, "Pos."), (103, "Bezeichnung"), (343, "Vorgänge (Stk.)"), (435, "Betrag (Euro)"))]
    assert find_invoice_number(lines) == "13"
    assert find_invoice_number([line(40, (75, "Invoice 1 of 2"), size=20)]) == ""


def test_a_place_and_date_beside_another_field_across_the_line_is_the_documents_date():
    lines = [line(251, (61, "RECHNUNG"), size=14),
             line(276, (61, "Produktion: The next Level"), (486, "Berlin, 25.1.24")),
             line(301, (61, "Leih-Zeitraum: 18.1 - 22.1.24")), line(313, (61, "Rechnungsnummer: R2301"))]
    assert find_date(lines) == date(2024, 1, 25)


def test_italian_and_portuguese_month_names():
    from invoice_processing.normalize import parse_date

    assert parse_date("10 luglio 2020") == date(2020, 7, 10) and parse_date("3 de março de 2024") == date(2024, 3, 3)


def test_a_date_only_the_other_order_makes_and_an_invoices_short_number_beside_an_order_number():
    from invoice_processing.normalize import parse_date

    assert parse_date("10.23.23", day_first=True) == date(2023, 10, 23)
    lines = [line(120, (300, "Invoice Number:"), (400, "1")), line(132, (300, "Order Number:"), (400, "2295")),
             line(144, (300, "Order Date:"), (400, "August 22, 2021"))]
    assert find_invoice_number(lines) == "1"


def test_the_titles_number_after_invoice_for():
    lines = [line(54, (484, "Tidewater Threads")), line(58, (50, "Invoice for #1064"), size=21),
             line(73, (50, "Order date: Feb 16, 2026")), line(83, (50, "Invoice date: Feb 16, 2026"))]
    assert find_invoice_number(lines) == "1064"


def test_a_label_with_its_translation_in_brackets():
    lines = [line(326, (57, "Daňový doklad č. (Invoice No):"), (210, "2406000590"),
                  (296, "Datum splatnosti faktury (payment date):"), (495, "3.10.2006")),
             line(337, (57, "Variabilní symbol:"), (210, "45021295"))]
    assert find_invoice_number(lines) == "2406000590"


@pytest.mark.parametrize("label", ["Numero de Ticket:", "FACTURA N.", "Número de facturación", "Ticket #"])
def test_ticket_and_billing_number_labels(label):
    lines = [line(40, (40, "Customer No.:"), (160, "48213")), line(55, (40, label), (160, "G141681724"))]
    assert find_invoice_number(lines) == "G141681724"


def test_a_folio_planner_and_a_number_before_another_field_are_read_as_printed():
    lines = [line(40, (40, "Order Number:"), (160, "2295")), line(100, (40, "Folio 2024 Desk Planner"), (300, "2"))]
    assert find_invoice_number(lines) == "2295"
    assert find_invoice_number([line(40, (40, "No. 1234, Date: 12/03/2024"))]) == "1234"


def test_a_labels_colon_keeps_it_a_label_on_a_row_of_values_under_party_labels():
    lines = [line(72, (31, "DELIVER TO:"), (164, "INVOICE TO:"), (332, "Driver Instructions")),
             line(84, (98, "Acct#12345"), (476, "Invoice #:"), (545, "1234567")),
             line(120, (52, "61 Bowden Street"), (476, "Order:"), (545, "7654321"))]
    assert find_invoice_number(lines) == "1234567"


def test_a_vendor_invoices_title_with_its_number_beside_it():
    assert find_invoice_number([line(58, (72, "VENDOR INVOICE VINV-20260090")),
                                line(126, (440, "Customer PO: PO-44689"))]) == "VINV-20260090"


def test_a_due_date_never_before_the_invoice_date_tells_which_order_the_dates_are_in():
    from invoice_processing.vendors.header import document_date

    def dated(*runs: tuple[float, str]) -> Document:
        lines = (line(40, (30, "Invoice INV/2024/00002")), line(60, *runs[:2]), line(75, *runs[2:]),
                 line(120, (30, "Total VAT"), (400, "19.00")))
        return Document(pages=(Page(1, lines),), backend=Backend.LOCAL)

    # "VAT" hints day first; read so, the due date (8 January) would precede the invoice (6 February)
    assert document_date(dated((30, "Invoice Date:"), (300, "Due Date:"), (30, "06/02/2024"), (300, "08/01/2024"))) \
        == date(2024, 6, 2)
    # both orders allow it: the hint stands
    assert document_date(dated((30, "Invoice Date:"), (300, "Due Date:"), (30, "06/02/2024"), (300, "08/03/2024"))) \
        == date(2024, 2, 6)


def test_finnish_and_czech_labels_and_titles_name_the_number_and_the_date():
    from invoice_processing.vendors.header import find_date
    lines = [line(40, (30, "RK-AviaTech Oy"), (300, "LASKU")), line(60, (300, "Päiväys:"), (400, "24.11.2024")),
             line(72, (300, "Laskun numero:"), (400, "1024"))]
    assert find_invoice_number(lines) == "1024" and find_date(lines) == date(2024, 11, 24)
    assert find_invoice_number([line(40, (300, "Faktura 20150009")), line(52, (300, "Daňový doklad"))]) == "20150009"


def test_an_order_number_named_only_in_a_sentence_over_the_table():
    lines = [line(40, (60, "Order Confirmation")),
             line(52, (60, "Thank you! Your order SO-0502274 has been received.")),
             line(64, (60, "Order date: 10/21/2025"))]
    assert find_invoice_number(lines) == "SO-0502274"
    assert find_invoice_number([line(40, (60, "Your order 2024-05-01 has shipped."))]) == ""


def test_a_draft_or_web_orders_label_names_its_number():
    assert find_invoice_number([line(99, (78, "Draft Order #D1284")), line(99, (478, "March 3, 2025"))]) == "D1284"
    assert find_invoice_number([line(40, (60, "Web Order # 100482"))]) == "100482"
    assert find_invoice_number([line(40, (60, "Purchase Order #1284"))]) == ""


def test_your_po_number_is_the_buyers_purchase_order():
    from invoice_processing.vendors.header_numbers import find_po_number
    lines = [line(58, (436, "Your PO Number: WH-30917")), line(69, (484, "Order Date: 8/5/2025")),
             line(81, (474, "SO Number: SO-118842"))]
    assert find_po_number(lines) == "WH-30917" and find_invoice_number(lines) == "SO-118842"


def test_labels_wrapped_in_a_narrow_column_read_whole():
    from invoice_processing.vendors.header_numbers import find_po_number
    lines = [line(75, (499, "Sales")), line(83, (499, "Order:"), (564, "SO-141165")),
             line(88, (38, "Hearth & Holly Mercantile")), line(92, (499, "PO")),
             line(98, (38, "15 Depot Square"), (499, "Number:"), (541, "PO56911"))]
    assert find_po_number(lines) == "PO56911" and find_invoice_number(lines) == "SO-141165"


def test_a_dates_label_inside_a_sentence_gives_the_date_when_no_other_is_printed():
    lines = [line(40, (40, "Subject: Invoice CI004186377 for your order CS003960450")),
             line(90, (40, "Your order has shipped. The invoice details are below. Invoice date: Dec 11, 2025.")),
             line(104, (40, "Invoice: CI004186377"), (200, "Terms: Net 30"))]
    assert find_date(lines) == date(2025, 12, 11)
    assert find_date([line(90, (40, "Order date: 11.12.2025. Thank you"))], day_first=True) == date(2025, 12, 11)


@pytest.mark.parametrize("title", ["FATTURA ACCOMPAGNATORIA N.", "Fattura differita n.", "Factura simplificada Nº"])
def test_an_invoice_title_qualified_by_its_kind_carries_its_number(title):
    lines = [line(40, (40, "CERAMICHE FONTANA S.p.A.")), line(60, (40, f"{title} FV/2025/000512")),
             line(80, (40, "Cliente"), (160, "C00417"))]
    assert find_invoice_number(lines) == "FV/2025/000512"


def test_a_bare_number_label_under_the_invoices_title_beats_an_order_number_elsewhere():
    lines = [line(45, (396, "COMMERCIAL INVOICE"), size=11), line(53, (46, "RIFLE PAPER CO."), size=22),
             line(63, (380, "Number"), (500, "IN-0593817")), line(79, (380, "Date"), (503, "2024-12-03")),
             line(131, (46, "Sold to"), (397, "Order details")),
             line(160, (46, "77 College Ave"), (397, "Order: SO-1102266"))]
    assert find_invoice_number(lines) == "IN-0593817"


def test_the_date_an_order_was_entered_beats_the_e_mails_date_it_was_forwarded_with():
    lines = [line(73, (55, "From:"), (104, "orders@annemcgilvray.com")),
             line(95, (55, "Date:"), (104, "Thu, Apr 2, 2026 at 9:41 AM")),
             line(209, (62, "Order # NS4480317"), (159, "Entered 03/28/2026"), (375, "Discount: 46.00% OFF"))]
    assert find_date(lines) == date(2026, 3, 28)


def test_a_letters_sentence_naming_this_invoices_number_beats_the_buyers_order_it_names_after():
    lines = [line(60, (184, "Tidewater Soap Company"), size=22), line(126, (72, "Harbor & Bloom Boutique")),
             line(217, (72, "This invoice no. 2025-0312 dated 11 March 2025 covers the goods shipped to you")),
             line(231, (72, "against your purchase order HB-0917. The amount below is payable within 30 days."))]
    assert find_invoice_number(lines) == "2025-0312"
    told = [line(60, (184, "Marisol Studio Jewelry"), size=22),
            line(217, (72, "This is invoice MSJ-2291, issued on 14 March 2025, for the pieces listed below."))]
    assert find_invoice_number(told) == "MSJ-2291"


def test_a_number_sign_a_fixed_width_space_after_its_label_ends_the_label_on_a_line_of_narrower_type():
    lines = [printed(43, 10, (460, 501, "INVOICE"), (508, 513, "#"), (520, 554, "107733")),
             printed(66, 8.5, (40, 71, "Wholesale"), (74, 88, "Home"), (91, 108, "Décor"), (111, 114, "&"),
                     (117, 144, "Seasonal"), (148, 224, "onehundred80degrees.com"), (464, 473, "PO"), (479, 483, "#"),
                     (515, 555, "SBG-1104"))]
    assert [p.text for p in PageView(lines).rows[1]][-2:] == ["PO #", "SBG-1104"]
    assert find_po_number(lines) == "SBG-1104"


def test_an_abbreviated_customer_order_date_and_a_sidebars_ordered_date_are_order_dates():
    boxed = [line(96, (417, "CUST. ORDER DATE"), (491, "ORDER NO."), (564, "TERMS")),
             line(106, (418, "10/29/2026"), (491, "CS003912207"), (564, "Net 60"))]
    assert find_date(boxed) == date(2026, 10, 29)
    sidebar = [line(60, (600, "INVOICED"), (680, "2026-11-24")), line(72, (600, "ORDERED"), (680, "2026-08-30"))]
    assert find_date(sidebar) == date(2026, 8, 30)


@pytest.mark.parametrize("label,value", [("Your PO dated:", "28 February 2025"),
                                         ("Customer order", "28 Feb 2025, by phone"), ("Your order date", "02/28/25")])
def test_the_buyers_order_named_in_its_own_words_gives_the_order_date(label, value):
    lines = [line(80, (50, "Invoice date"), (146, "17 March 2025")), line(94, (50, label), (146, value))]
    assert find_date(lines) == date(2025, 2, 28)


def test_an_invoice_for_an_order_names_its_number_in_the_title():
    lines = [line(54, (42, "bidbay"), size=26), line(90, (41, "Invoice for order 21-11473-90862"), size=13),
             line(112, (40, "Order date: Feb 12, 2026"), (287, "Sales record number: 4417"))]
    assert find_invoice_number(lines) == "21-11473-90862"


def test_the_invoices_title_beside_the_name_over_its_number_and_label_in_one_phrase():
    lines = [line(51, (91, "Kilnhouse Stoneware"), (506, "Invoice"), size=19),
             line(69, (90, "Kilnhouse Pottery Ltd · Stroud GL5 2HT"), (461, "No. KH/INV/2025/1146")),
             line(83, (457, "Date"), (511, "2025-09-03")), line(95, (423, "Customer ref."), (512, "PO 5520-B"))]
    assert find_invoice_number(lines) == "KH/INV/2025/1146"


def test_a_label_over_its_value_beside_an_address_block_set_half_a_line_lower():
    # Xero: "Invoice Number" over "INV-0457"; the seller's address runs beside them half a line lower
    lines = [line(109, (283, "Invoice Date"), (414, "Unit 4, Canal Wharf")), line(119.9, (283, "14 Mar 2025"),
                                                                                (414, "Water Lane")),
             line(130.8, (414, "Leeds")), line(137.1, (283, "Invoice Number")), line(141.9, (414, "LS11 5PS")),
             line(148.1, (283, "INV-0457")), line(152.9, (414, "UNITED KINGDOM"))]
    assert find_invoice_number(lines) == "INV-0457"


def test_a_label_with_its_value_beside_it_under_a_row_of_headings_is_a_label():
    # "ACKNOWLEDGEMENT | SOLD TO | SHIP TO | TERMS" over "Order No. 2025-00871 | <customer> | ..."
    lines = [line(111, (36, "ACKNOWLEDGEMENT"), (217, "SOLD TO"), (397, "SHIP TO"), (576, "TERMS")),
             line(123, (36, "Order No."), (99, "2025-00871"), (216, "Glacier Peak Outdoor Ltd."),
                  (396, "Glacier Peak Outdoor"), (577, "2% 10, Net 45")),
             line(134, (36, "Order Date"), (99, "2025-02-03"), (217, "1205 Bow Valley Trail"),
                  (396, "Attn: Receiving"), (577, "Net 45"))]
    assert find_invoice_number(lines) == "2025-00871"


def test_a_title_in_two_languages_beside_its_number():
    lines = [line(17.8, (31, "ArtLink Baltic OY"), (313, "FAKTURA INVOICE"), (410, "000203519"), size=9.5),
             line(64.9, (313, "Order no."), (398, "0003001584-1"))]
    assert find_invoice_number(lines) == "000203519"


def test_an_argentine_voucher_number_follows_its_point_of_sale():
    lines = [line(32.8, (342, "FACTURA DE CRÉDITO ELECTRÓNICA")),
             line(64.3, (342, "Punto de Venta:"), (417, "00001"), (461, "Comp. Nro:"), (517, "00000125")),
             line(80.8, (342, "Fecha de Emisión:"), (429, "13/02/2023"))]
    assert find_invoice_number(lines) == "00001-00000125"
    assert find_invoice_number([line(64.3, (342, "Comp. Nro:"), (517, "00000125"))]) == "00000125"


def test_a_bare_number_label_beside_the_invoices_title_and_a_proforma_pi_number():
    italian = [line(110, (50, "FATTURA / INVOICE"), (342, "N. / No."), (403, "142/E"), size=13),
               line(125, (342, "Data / Date"), (402, "05/03/2025")),
               line(240, (46, "Resa / Incoterms"), (302, "Vs. ordine / Your order"), (430, "Valuta / Currency")),
               line(253, (46, "EXW Deruta"), (302, "LTH-0318"), (430, "EUR"))]
    assert find_invoice_number(italian) == "142/E"
    proforma = [line(44, (546, "PROFORMA INVOICE"), size=18), line(70, (571, "PI No.:"), (650, "MRC-PI-2025-014")),
                line(82, (571, "Date:"), (650, "24/02/2025"))]
    assert find_invoice_number(proforma) == "MRC-PI-2025-014"


def test_a_panels_values_set_flush_right_far_from_their_labels_are_theirs():
    # "Order Date" with its value flush right in the panel; the ship window's dates under it, nearer the label
    lines = [printed(43.16, 8.0, (383.7, 419.7, "Order Ref"), (482.6, 550.8, "SO-2503-11876")),
             printed(52.67, 22.0, (37.0, 219.4, "Rifle Paper Co.")),
             printed(59.16, 8.0, (383.7, 424.6, "Order Date"), (501.3, 525.6, "Mar 3"), (529.6, 550.7, "2025")),
             printed(74.16, 11.0, (36.7, 206.1, "Wholesale Order Confirmation"), (402.2, 491.8, "Window Mar 17 2025"),
                     (521.0, 550.6, "4 2025")),
             printed(75.88, 8.0, (383.8, 399.2, "Ship"), (495.6, 517.8, "– Apr")),
             printed(91.47, 8.0, (383.3, 412.6, "Your PO"), (508.4, 550.6, "JPM-0303")),
             printed(107.75, 8.5, (36.6, 189.5, "301 W Main St, Bozeman, MT 59715"), (383.3, 406.4, "Terms"),
                     (500.4, 550.6, "Credit Card"))]
    assert find_date(lines) == date(2025, 3, 3)


def test_an_argentine_invoices_number_in_two_parts_beside_nro_or_a_dash_drawn_apart():
    nro = [line(71, (290, "A"), (347, "FACTURA"), size=23),
           line(86, (288, "C001"), (344, "NRO.:"), (383, "00004-00017649"))]
    assert find_invoice_number(nro) == "00004-00017649"
    parts = [printed(19.8, 10, (442, 489, "FACTURA")),
             printed(34.0, 20, (312, 326, "A"), (408, 444, "Nº 0003"), (458, 502, "00003435")),
             printed(35.6, 10, (451, 454, "-")), printed(49.8, 9, (424, 450, "Fecha:"), (459, 503, "10/02/2023"))]
    assert find_invoice_number(parts) == "0003-00003435"


def test_a_date_printed_with_spaces_around_its_slashes_and_a_two_digit_year():
    lines = [line(71, (347, "FACTURA"), size=23), line(165, (338, "FECHA"), (395, "08 / 02 / 23")),
             line(400, (338, "Fecha Vto. CAE:"), (420, "18/02/2023"))]
    assert find_date(lines) == date(2023, 2, 8)


def test_an_order_named_with_the_date_it_was_placed_gives_the_order_date():
    lines = [line(60, (40, "INVOICE 20771934"), size=16),
             line(80, (40, "Invoice date 10/02/2026 · Due 11/01/2026")),
             line(92, (40, "Sales order 771204 placed 08/12/2026"))]
    assert find_date(lines) == date(2026, 8, 12)


def test_a_statement_invoices_title_with_its_number_beats_a_delivery_notes():
    lines = [line(54, (44, "Copper Kettle Provisions"), (357, "STATEMENT INVOICE CKP-0325-118"), size=20),
             line(67, (457, "Invoice date: March 14, 2025")),
             line(141, (47, "Delivery Note DN-44810"), (386, "Delivered 03/04/2025"))]
    assert find_invoice_number(lines) == "CKP-0325-118"


def test_a_label_with_its_value_under_a_row_of_card_headings_is_read():
    lines = [line(159, (48, "SHIP TO"), (229, "BILLING"), (410, "ORDER INFO")),
             line(172, (48, "Tallgrass Goods Co."), (229, "Terms: Net 60"), (410, "PO Number: PO-77120"))]
    assert find_po_number(lines) == "PO-77120"


def test_a_short_invoice_number_under_its_grid_label_and_a_dotted_proforma_label():
    grid = [line(300, (300, "Invoice No."), (420, "Dated")), line(312, (300, "31"), (420, "2-Mar-24")),
            line(330, (300, "Other References"), (420, "Mode/Terms of Payment"))]
    assert find_invoice_number(grid) == "31"
    assert find_invoice_number([line(100, (40, "P.I. No."), (140, "ET/2020-21/00026"))]) == "ET/2020-21/00026"


def test_a_german_retailers_re_nummer():
    assert find_invoice_number([line(100, (40, "RE-Nummer"), (140, "GVR1679146"))]) == "GVR1679146"


def test_issued_labels_the_documents_date_over_a_timesheets_first_work_day():
    rows = [line(222, (50, "Date"), (114, "Description"), (390, "Hours"), (481, "Rate"), (523, "Amount")),
            line(243, (50, "2025-03-03"), (114, "Discovery call"), (414, "6"), (467, "USD 120"), (526, "USD 720"))]
    for label in ("Issued:", "Date issued:", "Issued on", "Datum vystavení:"):
        lines = [line(61, (437, "Invoice No."), (492, "INV/2025/00017")), line(73, (440, label), (492, "2025-04-02")),
                 line(167, (52, "Period: March 3 – March 28, 2025")), *rows]
        assert find_date(lines) == date(2025, 4, 2), label


def test_a_code_under_the_title_in_a_line_of_the_letterhead_is_the_invoices_number_before_a_sales_orders():
    # ERPNext: "Sales Invoice" over its number, which ends the letterhead's line set close beside the tax number
    title = printed(50.1, 20, (55.4, 141.2, "Northwind"), (149.0, 190.0, "Supply"), (428.2, 479.1, "Sales"),
                    (488.4, 556.8, "Invoice"))
    rest = [line(101, (54, "Customer Name"), (151, "Blue Heron Bookshop"), (341, "Date"), (441, "01-22-2025")),
            line(143, (54, "Address"), (151, "77 Harbor Street"), (341, "Sales Order"), (441, "SAL-ORD-2025-00033"))]

    def head(last: str) -> list[TextLine]:
        # (as the page gives them: glyphs 7.5 points high in 9-point type)
        words = ((310.1, 347.5, "555-0144"), (353.9, 354.7, "·"), (361.1, 400.4, "GSTIN/EIN"),
                 (404.4, 451.9, "39-2214876"), (456.8, 557.2, last))
        return [title, TextLine.of_words(66.2, tuple(Cell(*word) for word in words), 9, 7.5), *rest]

    assert find_invoice_number(head("ACC-SINV-2025-00087")) == "ACC-SINV-2025-00087"
    assert find_invoice_number(head("22-Jan-2025")) == "SAL-ORD-2025-00033"  # (a date under the title is no number)
    # review of the twentieth session: a web address or a labelled tax number there is no number either
    assert find_invoice_number(head("www.acme24.com")) == "SAL-ORD-2025-00033"
    assert find_invoice_number(head("GB123456789")) == "SAL-ORD-2025-00033"
    from invoice_processing.vendors.header_numbers import _labels_it

    assert _labels_it("VAT") and _labels_it("IBAN:") and not _labels_it("GSTIN/EIN 39-2214876")


def test_a_copy_of_the_document_printed_after_it_is_no_page_of_its_own():
    head = (line(40, (40, "Faktura VAT nr PL/417/01/2026"), size=14), line(60, (40, "Sprzedawca"), (300, "Nabywca")),
            line(72, (40, "ADTRADE Sp. z o.o."), (300, "Jan Kowalski")),
            line(84, (40, "ul. Polna 4"), (300, "ul. Lipowa 9")),
            line(100, (40, "Nazwa"), (300, "Ilość"), (360, "Cena"), (430, "Wartość")))
    rows = (line(112, (40, "Pędzle malarskie"), (300, "2"), (360, "8,13"), (430, "16,26")),
            line(124, (40, "Płótno 24x30"), (300, "11"), (360, "1,52"), (430, "16,72")),
            line(136, (40, "Farby akrylowe"), (300, "2"), (360, "28,46"), (430, "56,92")))
    original = Page(1, (*head, line(20, (500, "ORYGINAŁ")), *rows, line(150, (300, "Razem"), (430, "89,90"))))
    copy = Page(2, (*head, line(20, (500, "KOPIA")), *rows, line(150, (300, "Razem"), (430, "89,90"))))
    assert [p.number for p in own_pages(Document((original, copy), Backend.LOCAL))] == [1]
    # the next page of the table repeats its head, with rows of its own
    going_on = Page(2, (*head, line(112, (40, "Pędzle 10 szt"), (300, "1"), (360, "24,31"), (430, "24,31")),
                        *rows[1:], line(150, (300, "Razem"), (430, "89,90"))))
    assert len(own_pages(Document((original, going_on), Backend.LOCAL))) == 2
    # review of the twenty-first session: a detail page under the same head and totals prints rows of its own
    summary = Page(1, (*head, line(112, (40, "Invoice summary: see the detail overleaf")), *rows[2:],
                       line(150, (300, "Razem"), (430, "89,90"))))
    detail = Page(2, (*head, *rows, line(150, (300, "Razem"), (430, "89,90"))))
    assert len(own_pages(Document((summary, detail), Backend.LOCAL))) == 2


def test_a_portuguese_series_and_number_under_the_fatura_title_three_lines_down():
    lines = [printed(49, 20, (93, 170, "Casa"), (175, 240, "Lusitânia"), (485, 560, "FATURA")),
             printed(64, 8, (536, 562, "Original")), line(69, (92, "Artigos de Decoração e Oferta, Lda.")),
             printed(80, 12, (482, 499, "FT"), (503, 562, "2025A/412")),
             printed(94, 7.5, (489, 515, "ATCUD:"), (518, 562, "JJ4K7MTR-412"))]
    assert find_invoice_number(lines) == "FT 2025A/412"
    po = [printed(49, 20, (485, 560, "INVOICE")), *lines[1:3], printed(80, 12, (482, 499, "PO"), (503, 562, "4471-OH"))]
    assert find_invoice_number(po) == ""  # (review: a buyer's order under the title is no series of invoices)


def test_turkish_and_hungarian_labels_name_the_number_and_the_date():
    from invoice_processing.vendors.header import find_date
    lines = [line(112, (30, "ÇINAR YAZILIM REKLAM BİLİŞİM LİMİTED ŞİRKETİ"), (279, "e-Arşiv")),
             line(271, (29, "Ticaret Sicil No"), (379, "Fatura Numarası")),
             line(282, (29, "62755"), (379, "DK0202300052")), line(297, (30, "Mersis No"), (380, "Fatura Tarihi")),
             line(308, (29, "0295 1078"), (380, "13.09.2023 – 17:06:17"))]
    assert find_invoice_number(lines) == "DK0202300052" and find_date(lines) == date(2023, 9, 13)
    lines = [line(42, (34, "Számla/Invoice (Minta)"), size=20),
             line(67, (350, "Sorszám/Invoice No."), (466, "287/2008/V")),
             line(164, (71, "Fizetési mód/"), (339, "Számla kelte/")),
             line(173, (59, "Method of payment"), (336, "Date of invoice")),
             line(195, (66, "Készpénz/Cash"), (339, "2008. 10. 17."))]
    assert find_invoice_number(lines) == "287/2008/V" and find_date(lines) == date(2008, 10, 17)


def test_balkan_baltic_and_greek_numbers_dates_and_order_dates():
    from invoice_processing.vendors.header import find_date
    lines = [line(49, (241, "ФАКТУРА"), size=20), line(70, (248, "№ 0000004127"), size=12),
             line(102, (40, "Дата на издаване: 05.06.2024"), (377, "Дата на данъчното събитие: 04.06.2024"))]
    assert find_invoice_number(lines) == "0000004127"
    assert find_invoice_number([line(112, (399, "RAČUN br. 142-1-1"), size=15)]) == "142-1-1"
    lines = [line(51, (41, "PVM SĄSKAITA FAKTŪRA"), size=15), line(70, (41, "Serija RVL Nr. 004512"), size=11),
             line(85, (41, "2024 m. rugpjūčio 19 d.")), line(193, (40, "Apmokėti iki: 2024-09-02"))]
    assert find_invoice_number(lines) == "RVL 004512" and find_date(lines) == date(2024, 8, 19)
    lines = [line(73, (520, "Σειρά:"), (582, "ΤΠ-Α"), (665, "Αριθμός:"), (728, "1587")),
             line(84, (520, "Ημερομηνία:"), (582, "22/02/2024")),
             line(160, (456, "Ημ/νία παραγγελίας:"), (561, "16/02/2024"))]
    assert find_invoice_number(lines) == "1587" and find_date(lines) == date(2024, 2, 16)
    assert find_date([line(193, (49, "Dátum vystavenia:"), (139, "3. 7. 2024"))]) == date(2024, 7, 3)
    assert find_invoice_number([line(151, (247, "COMMERCIAL INVOICE")),
                                line(172, (56, "CONSIGNEE"), (427, "CI No. 130326-07"))]) == "130326-07"


def test_an_italian_order_reference_dated_after_its_of():
    from invoice_processing.vendors.header import find_date
    lines = [line(40, (40, "Fattura n. 142/2025 del 28/02/2025")), line(161, (40, "Rif. ordine: tel. del 20/02/2025"))]
    assert find_date(lines) == date(2025, 2, 20)
    assert find_date([line(40, (40, "Invoice Date: 28/02/2025")),
                      line(52, (40, "Order Date: see note of 20/02/2025"))]) == date(2025, 2, 28)


def test_a_number_printed_after_its_hyphenated_kind():
    assert find_invoice_number([line(40, (300, "Invoice No:"), (380, "KL-INV 7716"))]) == "KL-INV 7716"


def test_an_order_received_or_placed_names_the_order_date():
    from invoice_processing.vendors.header import find_date
    lines = [line(40, (300, "Invoice no. SB-25-031")), line(53, (300, "Date: March 21, 2025")),
             line(66, (300, "Order received: March 14, 2025"))]
    assert find_date(lines) == date(2025, 3, 14)
    lines = [line(40, (300, "Invoice Date: 12 November 2024")),
             line(52, (300, "Customer order: OWL-HOL-24 (placed 4 November 2024)"))]
    assert find_date(lines) == date(2024, 11, 4)
