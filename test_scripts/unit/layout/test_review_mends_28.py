"""The twenty-eighth session's review: each test a layout the session's first rules misread (96227e4..f8711a4),
written by a reviewer who saw only the change; each failed on f8711a4."""

from __future__ import annotations

from decimal import Decimal

from invoice_processing.layout.fields import PageView
from invoice_processing.vendors.issuer import find_vendor
from invoice_processing.vendors.issuer_names import name_like
from test_scripts.unit.layout.lines import line
from test_scripts.unit.layout.test_review_mends_25 import products


# ---- more_column_labels: "total incl vat" / "line total incl vat" as TAX -------------------------------------
def test_a_gross_line_total_is_the_line_s_amount_when_no_net_column_is_printed():
    # a B2C web shop's table: prices with VAT, one total column "Total incl VAT" (no "Goods Value" beside it)
    lines = [line(200, (40, "Description"), (300, "Qty"), (350, "Price"), (480, "Total incl VAT")),
             line(215, (40, "Ceramic mug blue"), (305, "2"), (350, "14.28"), (485, "28.56")),
             line(230, (40, "Tea pot white"), (305, "1"), (350, "35.70"), (485, "35.70"))]
    assert [p.amount for p in products(lines)] == [Decimal("28.56"), Decimal("35.70")]


# ---- header_row._titled: a stacked header's top line made of "title words" ---------------------------------
def test_order_over_qty_and_ship_over_qty_keeps_the_ordered_quantity():
    lines = [line(200, (40, "Order"), (90, "Ship")),
             line(211, (40, "Qty"), (90, "Qty"), (140, "Item"), (200, "Description"), (380, "Price"), (450, "Amount")),
             line(225, (45, "10"), (95, "8"), (140, "W-1"), (200, "Widget large"), (380, "5.00"), (450, "40.00")),
             line(240, (45, "4"), (95, "4"), (140, "W-2"), (200, "Widget small"), (380, "2.50"), (450, "10.00"))]
    assert [(p.ordered, p.qty) for p in products(lines)] == [(Decimal("10"), Decimal("8")),
                                                              (Decimal("4"), Decimal("4"))]


def test_retail_and_wholesale_over_price_keeps_the_list_price():
    lines = [line(200, (300, "Retail"), (380, "Wholesale")),
             line(211, (40, "Item"), (100, "Description"), (250, "Qty"), (300, "Price"), (380, "Price"),
                  (450, "Amount")),
             line(225, (40, "W-1"), (100, "Widget large"), (255, "10"), (300, "9.99"), (380, "5.00"), (450, "50.00"))]
    assert [(p.list_price, p.price) for p in products(lines)] == [(Decimal("9.99"), Decimal("5.00"))]


# ---- issuer_names.ANY_LABEL: a label now must end at its word's end --------------------------------------------
def test_glued_party_labels_are_still_labels_no_names():
    # Dutch "Klantgegevens" (customer details), "Leverancieradres", German "Absenderadresse", "Verkäuferdaten"
    for label in ("Klantgegevens", "Leverancieradres", "Absenderadresse", "Absenderangaben", "Verkäuferdaten"):
        assert not name_like(label), label


# ---- field_labels.NOT_A_NAME: a sentence opened by a pronoun --------------------------------------------------
def test_a_dutch_firm_named_vos_is_no_sentence():
    # "vos" (French "your") is also a common Dutch surname; "en" after it is lower case
    assert name_like("Vos en Zonen B.V.")
    assert name_like("We are Social Ltd")


# ---- order_titles.is_purchase_order: an invoice word alone above the PO title ------------------------------------
def test_a_billing_address_heading_rechnung_over_a_german_purchase_order_s_subject():
    from invoice_processing.vendors.order_titles import is_purchase_order

    po = [line(40, (40, "Stadtwerke Musterstadt GmbH"), size=14),
          line(60, (40, "Hauptstraße 1, 12345 Musterstadt")),
          line(100, (40, "Lieferung"), (300, "Rechnung")),  # (the delivery and the billing address blocks)
          line(112, (40, "Lager Nord, Torweg 5"), (300, "Buchhaltung, Hauptstraße 1")),
          line(150, (40, "Bestellung Nr. 4500012345"), (400, "Datum: 12.03.2025")),
          line(170, (40, "Lieferant: Schmidt Elektro KG"))]
    assert is_purchase_order(PageView(po))


# ---- party_labels.SELLER_LABELS: "verfasser" (the author, often a person) ----------------------------------------
def test_the_author_under_verfasser_is_no_seller_when_the_letterhead_names_the_firm():
    lines = [line(40, (40, "8gears AG"), size=18),
             line(60, (40, "Kleindorf 18, CH-8702 Zollikon")),
             line(100, (40, "EMPFÄNGER"), (300, "VERFASSER")),
             line(112, (40, "usegroup GmbH"), (300, "Vadim Bauer")),
             line(124, (40, "Huswertstr. 14"), (300, "Projektleiter")),
             line(150, (40, "Rechnung"), size=16),
             line(170, (40, "Nummer"), (100, "20150921"))]
    assert find_vendor(lines) == "8gears AG"


# ---- number_tokens.read_id: two groups of digits -------------------------------------------------------------------
def test_a_number_then_a_year_are_two_groups_not_one_number():
    from invoice_processing.vendors.number_tokens import read_id

    assert read_id("512 2025") == "512" and read_id("910 4418") == "910 4418"


# ---- two_line_names.joined_above: only a line aligned with the name and set alike ----------------------------------
def test_an_address_ending_in_a_letter_over_a_firm_is_no_part_of_its_name():
    lines = [line(40, (40, "Rua das Flores 12, Bloco E"), size=8),
             line(52, (120, "Cerâmica Atlântica Lda."), size=14),
             line(90, (40, "Fatura"), (100, "FT 2025/77"))]
    assert find_vendor(lines) == "Cerâmica Atlântica Lda."
