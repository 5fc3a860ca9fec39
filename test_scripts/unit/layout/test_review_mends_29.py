"""The review of bc5281b: each test a layout the rules of rounds 430-441 misread (each passed on bc81479)."""

from __future__ import annotations

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.fields import PageView
from invoice_processing.models import Backend, Document, Page
from invoice_processing.vendors import interpret
from invoice_processing.vendors.header_numbers import find_invoice_number, find_po_number
from invoice_processing.vendors.issuer import find_vendor
from invoice_processing.vendors.number_tokens import read_id
from invoice_processing.vendors.order_titles import is_purchase_order
from test_scripts.unit.layout.lines import printed
from test_scripts.unit.vendors.test_onehundred80 import _line

_ITEM = [_line(80, [(50, "SKU"), (110, "UPC"), (230, "QTY"), (280, "Description"), (450, "Unit Price"),
                    (530, "Extended")]),
         _line(96, [(50, "H6094"), (110, "740030356356"), (235, "24"), (280, "Metal Star Tree Topper"),
                    (455, "47.75"), (530, "1,146.00")])]


def _onehundred80(*head):
    return interpret(Document(pages=(Page(1, (_line(20, [(50, "OneHundred80"), (400, "INVOICE")]), *head, *_ITEM)),),
                              backend=Backend.LOCAL))


def test_find_named_po_a_blank_po_box_does_not_take_the_table_heading_under_it():
    # (HIGH) boxed fields, the PO box left blank: the new reader walks down to "SKU UPC" and files it as the PO
    invoice = _onehundred80(_line(40, [(60, "P.O."), (85, "Number"), (180, "Invoice"), (220, "#:")], word_by_word=True),
                            _line(52, [(180, "325206")], word_by_word=True))
    assert invoice.invoice_number == "325206"


def test_find_named_po_na_or_none_typed_for_the_po_is_no_po():
    # (MEDIUM) "N/A", "NONE", "VERBAL" become the invoice number, with no NO_PO warning
    for po in ("N/A", "NONE"):
        lines = (_line(40, [(50, "INVOICE# 101-88420 DATE 1/6/2025")]),
                 _line(52, [(50, f"YOUR PO# {po} TERMS NET 45")]))
        assert _onehundred80(*lines).invoice_number == "101-88420", po


# a German letter invoice: its subject lines under the window and info block, "Bestellung ..." (the buyer's order)
# over "Rechnung Nr. ..." in the same type, in rows 12-13 over the item table
HARTMANN = [
    printed(40, 16, (40, 200, 'Hartmann Metallbau GmbH')),
    printed(56, 8, (40, 300, 'Gewerbering 4 · 76131 Karlsruhe · Tel. 0721 55 66 77')),
    printed(100, 7, (40, 250, 'Hartmann Metallbau GmbH · Gewerbering 4 · 76131 Karlsruhe')),
    printed(114, 10, (40, 200, 'Stadtwerke Bruchsal GmbH'), (360, 400, 'Datum:'), (450, 500, '03.04.2025')),
    printed(126, 10, (40, 200, 'Abteilung Einkauf'), (360, 400, 'Kunden-Nr.:'), (450, 500, '10023')),
    printed(138, 10, (40, 200, 'Schnabel-Henning-Str. 1a'), (360, 400, 'Bearbeiter:'), (450, 500, 'M. Hartmann')),
    printed(150, 10, (40, 200, '76646 Bruchsal'), (360, 400, 'Telefon:'), (450, 500, '0721 55 66 78')),
    printed(170, 10, (360, 400, 'E-Mail:'), (450, 540, 'info@hartmann-metallbau.de')),
    printed(182, 10, (360, 400, 'USt-IdNr.:'), (450, 540, 'DE123456789')),
    printed(194, 10, (360, 400, 'Steuer-Nr.:'), (450, 540, '35012/34567')),
    printed(206, 10, (360, 400, 'Lieferdatum:'), (450, 540, '28.03.2025')),
    printed(218, 10, (360, 400, 'Seite:'), (450, 540, '1 von 1')),
    printed(250, 10, (40, 300, 'Bestellung 4500218763 vom 12.02.2025')),
    printed(262, 10, (40, 300, 'Rechnung Nr. 2025-0117')),
    printed(290, 9, (40, 70, 'Pos.'), (80, 200, 'Bezeichnung'), (360, 390, 'Menge'), (420, 470, 'Einzelpreis'),
            (500, 540, 'Gesamt')),
    printed(304, 9, (40, 70, '1'), (80, 200, 'Geländer Edelstahl'), (360, 390, '2'), (420, 470, '450,00'),
            (500, 540, '900,00')),
    printed(318, 9, (40, 70, '2'), (80, 200, 'Montage'), (360, 390, '1'), (420, 470, '300,00'), (500, 540, '300,00')),
]


def test_is_purchase_order_an_invoices_order_reference_in_row_12_is_no_po_title():
    # (HIGH) rows 12-20 now searched: the invoice reads as a PO and its customer becomes the vendor
    assert not is_purchase_order(PageView(HARTMANN))
    assert find_vendor(HARTMANN) == "Hartmann Metallbau GmbH"


# a UK trade invoice: its branches listed in commas at the top right, beside its number and date
BRANCHES = [
    printed(40, 9, (40, 80, 'INVOICE'), (330, 380, 'Northway'), (383, 420, 'Plumbing,'), (423, 433, '14'),
            (436, 460, 'Mill'), (463, 490, 'Lane,'), (493, 515, 'Leeds'), (518, 530, 'LS6'), (533, 545, '2AB')),
    printed(52, 9, (40, 80, 'No.'), (90, 130, 'INV-2291'), (330, 380, 'Northway'), (383, 420, 'Plumbing,'),
            (423, 433, '9'), (436, 460, 'Quay'), (463, 490, 'Street,'), (493, 515, 'York'), (518, 530, 'YO1'),
            (533, 545, '7HH')),
    printed(64, 9, (40, 80, 'Date'), (90, 130, '03/04/2025'), (330, 380, 'Northway'), (383, 420, 'Plumbing,'),
            (423, 433, '2'), (436, 460, 'Dock'), (463, 490, 'Road,'), (493, 515, 'Hull'), (518, 530, 'HU1'),
            (533, 545, '1AA')),
    printed(76, 9, (330, 380, 'www.northwayplumbing.co.uk')),
    printed(110, 9, (40, 80, 'Bill'), (83, 95, 'To:')),
    printed(122, 9, (40, 80, 'Harrogate'), (83, 130, 'Lettings'), (133, 150, 'Ltd')),
    printed(134, 9, (40, 60, '3'), (63, 100, 'Station'), (103, 130, 'Parade')),
    printed(146, 9, (40, 90, 'Harrogate'), (93, 110, 'HG1'), (113, 125, '1UE')),
    printed(200, 9, (40, 90, 'Description'), (480, 520, 'Amount')),
    printed(214, 9, (40, 120, 'Boiler service'), (480, 520, '120.00')),
]


def test_comma_sender_a_sellers_branch_list_is_no_window_sender_line():
    # (HIGH) _comma_sender takes branch 1 for a sender line and blocks branches 2-3 as the customer's: no vendor
    assert find_vendor(BRANCHES) == "Northway Plumbing"


# a Swiss invoice: the window at the right from the title's height, the seller's block under "RECHNUNG" at the left,
# no party label; the seller's web site and VAT number at the foot
SWISS = [
    printed(60, 24, (40, 160, 'RECHNUNG'), (340, 420, 'Bäckerei'), (424, 470, 'Huber'), (474, 490, 'AG')),
    printed(74, 10, (340, 400, 'Hauptgasse'), (404, 414, '7')),
    printed(86, 10, (40, 90, 'Malerei'), (94, 130, 'Keller'), (134, 160, 'GmbH'), (340, 365, '9000'),
            (369, 400, 'St.'), (403, 430, 'Gallen')),
    printed(98, 10, (40, 100, 'Dorfstrasse'), (104, 114, '12')),
    printed(110, 10, (40, 65, '8400'), (69, 120, 'Winterthur')),
    printed(122, 10, (40, 60, 'Tel.'), (64, 120, '052 212 33 44')),
    printed(160, 10, (40, 80, 'Datum'), (120, 170, '03.04.2025'), (340, 380, 'Rechnung'), (384, 400, 'Nr.'),
            (404, 440, '2025-117')),
    printed(200, 9, (40, 90, 'Position'), (300, 340, 'Menge'), (480, 520, 'Betrag')),
    printed(214, 9, (40, 120, 'Malerarbeiten'), (300, 310, '1'), (480, 520, '1250.00')),
    printed(780, 7, (40, 150, 'IBAN CH93 0076 2011 6238 5295 7'), (200, 320, 'www.malerei-keller.ch'),
            (340, 420, 'MWST CHE-123.456.789')),
]


def test_under_the_title_a_sellers_block_under_its_title_with_the_window_at_the_right():
    # (MEDIUM) _under_the_title blocks the seller's own block as the customer's; the addressee becomes the vendor
    assert find_vendor(SWISS) == "Malerei Keller GmbH"


def test_hash_label_a_number_sign_before_its_number_and_a_capitalised_word():
    # (MEDIUM) "# 2041 Due 03/04/2025" in one phrase: the '#' is no longer a label, the number is lost
    lines = [printed(47, 20, (41, 120, 'Acme'), (130, 160, 'Studio'), (400, 480, 'INVOICE')),
             printed(71, 9, (400, 405, '#'), (408, 430, '2041'), (433, 450, 'Due'), (453, 470, '03/04/2025'))]
    assert find_invoice_number(lines) == "2041"


def test_read_id_a_slash_before_a_page_count_a_line_or_a_second_ids_number_is_no_join():
    # (MEDIUM) "2025 / 2318" joined, but so are a page count, an SAP line item and a combined label's second id
    assert read_id("4711 / 1 of 2") == "4711"
    assert find_po_number([printed(71, 9, (40, 110, 'PO No. / Line:'), (120, 150, '4500218763'), (153, 156, '/'),
                                   (159, 170, '10'))]) == "4500218763"
    assert find_invoice_number([printed(71, 9, (40, 110, 'Rechnung-Nr./Kunden-Nr.:'), (120, 150, '4711'),
                                        (153, 156, '/'), (159, 180, '10023'))]) == "4711"


def test_carried_a_spanish_transport_service_line_is_no_carried_sum():
    # (MEDIUM) "Transporte | 1 | 45,00 | 45,00" (a carrier's service, a shipping charge) now page furniture
    assert not lx.CARRIED.match("Transporte 1 45,00 45,00")
    assert not lx.TOTALS.search("Mercadoria 2 10,00 20,00")  # (LOW) an item named "Mercadoria" with qty and price


def test_group_lines_a_rule_under_a_heading_with_descenders_stays_apart():
    # (LOW) the new band test keeps the commit's own underline apart only when no word has a descender
    from invoice_processing.pdf.text_lines import group_lines

    def run(x0, x1, top, bottom, text, size):
        return (top + bottom, x0, top, bottom, x1, text, size)

    runs = [run(40.22, 94.96, 74.54, 87.10, 'Shipping', 14.0), run(99.21, 150.0, 74.33, 84.25, 'Address', 14.0),
            run(40.0, 240.0, 86.3, 86.7, '________', 9.5)]  # (the commit test's rule, 2 pt under the baseline)
    assert [line[5::3] for line in group_lines(runs)] == [["Shipping", "Address"], ["________"]]
