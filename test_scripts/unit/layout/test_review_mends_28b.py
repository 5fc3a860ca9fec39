"""The twenty-eighth session's second review (f8711a4..1ba14c1): each test a layout the first review's mends or the
rules after them misread, written by a reviewer who saw only the change; each failed on 1ba14c1."""

from __future__ import annotations

from invoice_processing.layout.fields import PageView
from invoice_processing.vendors.header_numbers import find_invoice_number
from invoice_processing.vendors.issuer import find_vendor
from invoice_processing.vendors.issuer_names import name_like
from invoice_processing.vendors.number_tokens import read_id
from invoice_processing.vendors.order_titles import is_purchase_order
from test_scripts.unit.layout.lines import line, printed


# ---- order_titles._invoice_field: an invoice's title alone, no number right of it ----------------------------------
def test_an_invoice_title_alone_over_a_bestellung_line_is_no_purchase_order():
    # a German invoice: its title "Rechnung" over the buyer's order it bills ("Bestellung Nr. 4711 vom ..."), set alike
    page = [line(40, (40, "Elektro Schmidt KG"), size=14),
            line(70, (40, "Rechnung"), size=12),
            line(90, (40, "Bestellung Nr. 4711 vom 01.03.2025"), size=12),
            line(120, (40, "Rechnungsnummer: 2025-118"))]
    assert not is_purchase_order(PageView(page))


# ---- two_line_names.joined_above: "aligned left or right" loses a centred letterhead -------------------------------
def test_a_centred_two_line_name_is_still_one_name():
    lines = [
        printed(46, 16.36, (458, 556, 'ÁRAJÁNLAT')),
        printed(74, 7.85, (417, 446, 'Nemzeti'), (449, 492, 'Informatikai'), (496, 546, 'Infrastruktúra'),
                (549, 557, 'és')),
        printed(83, 7.85, (454, 501, 'Biztonságért'), (504, 520, 'KFT.')),  # (centred under the line above)
        printed(92, 7.85, (456, 491, 'Akadémia'), (494, 511, 'körút'), (514, 521, '10')),
        printed(152, 7.85, (43, 65, 'VEVŐ')),
        printed(164, 7.85, (44, 69, 'Puskás'), (71, 97, 'Tivadar'), (100, 130, 'Egyetem')),
    ]
    assert find_vendor(lines) == "Nemzeti Informatikai Infrastruktúra és Biztonságért KFT."


# ---- field_labels.NOT_A_NAME: the pronoun rule narrowed to you/your/uw/ihr(e)/votre -------------------------------
def test_sentences_opened_by_wir_or_vos_are_still_no_names():
    # German "we thank you for your order", French "your references": sentences and labels, not firms
    for text in ("Wir danken für Ihren Auftrag", "Vos références"):
        assert not name_like(text), text


# ---- number_tokens._first_words: a series' letters then groups of digits -------------------------------------------
def test_a_number_in_four_groups_after_its_series_letters_is_not_cut():
    head = [printed(40, 14, (40, 200, 'Elektro Rhein GmbH'), (450, 540, 'RECHNUNG')),
            printed(60, 9, (350, 420, 'Rechnungsnummer'), (430, 500, 'RE 90 24 118 5')),
            printed(72, 9, (350, 420, 'Kundennummer'), (430, 470, 'K-2093'))]
    assert find_invoice_number(head) == "RE 90 24 118 5"  # (read "RE 90 24 118": the last group dropped)


def test_a_danish_vat_number_in_pairs_is_not_cut_to_three():
    # "DK 12 34 56 78" (CVR/VAT in pairs) read "DK 12 34 56": at most three groups are joined, the rest dropped
    assert read_id("DK 12 34 56 78") in (None, "DK 12 34 56 78")
    assert read_id("RE 90 24 118 5") == "RE 90 24 118 5"


def test_a_phone_number_after_its_capitals_is_no_document_number():
    # "TEL 02 1234 5678", "FAX 02 1234 5679": a kind's letters then groups, but a phone's
    assert read_id("TEL 02 1234 5678") is None
    assert read_id("FAX 02 1234 5679") is None


# ---- header._NUMBER_OF: a series' letters in capitals only ----------------------------------------------------------
def test_a_position_s_numbers_before_vom_are_no_order_number():
    from datetime import date

    from invoice_processing.vendors.header import find_date

    lines = [line(40, (40, "Rechnung"), (300, "Datum: 07.03.2025")),
             line(60, (40, "Auftrag"), (120, "Pos 10 20 vom 03.03.2025"))]
    assert find_date(lines) == date(2025, 3, 7)
