"""Vendor detection reads names printed on the document (SPEC §7): every alias, distributor
purchase orders, manufacturer labels, and which vendor wins when several names are printed."""

from __future__ import annotations

import pytest

from invoice_processing.models import Backend, Cell, Document, Page, TextLine
from invoice_processing.pdf.text_layer import read_pages
from invoice_processing.vendors import (
    REGISTRY,
    catalog,
    creative_coop,
    detect,
    generic,
    harpercollins,
    onehundred80,
    rifle_paper,
)
from test_scripts.generator import (
    GENERIC_LAYOUTS,
    creative_coop_invoice,
    generic_invoice,
    harpercollins_po,
    onehundred80_invoice,
    rifle_paper_invoice,
)


def page_of(*texts: str) -> Document:
    lines = tuple(TextLine(y=20.0 + 14 * i, cells=(Cell(50, 50 + 5 * len(t), t),), size=9) for i, t in enumerate(texts))
    return Document(pages=(Page(1, lines),), backend=Backend.LOCAL)


@pytest.mark.parametrize("text, vendor", [
    ("HarperCollins Publishers", catalog.HARPERCOLLINS),
    ("Harper Collins", catalog.HARPERCOLLINS),
    ("MFR: HarperCollins", catalog.HARPERCOLLINS),
    ("Anne McGilvray & Company", catalog.HARPERCOLLINS),
    ("Creative Co-op", catalog.CREATIVE_COOP),
    ("CREATIVE CO-OP, INC.", catalog.CREATIVE_COOP),
    ("Creative Coop", catalog.CREATIVE_COOP),
    ("Creative-Coop", catalog.CREATIVE_COOP),
    ("www.creativeco-op.com", catalog.CREATIVE_COOP),
    ("One Hundred 80 Degrees", catalog.ONEHUNDRED80),
    ("OneHundred80", catalog.ONEHUNDRED80),
    ("One Hundred80", catalog.ONEHUNDRED80),
    ("www.onehundred80degrees.com", catalog.ONEHUNDRED80),
    ("RIFLE PAPER CO.", catalog.RIFLE_PAPER),
    ("Harbor Test Supply", ""),
])
def test_every_printed_alias_names_its_vendor(text, vendor):
    assert catalog.vendor_of(page_of(text, "INVOICE")) == vendor


def test_manufacturer_label_beats_the_distributor_and_other_names():
    po = page_of("Anne McGilvray & Company", "PURCHASE ORDER", "MFR: Rifle Paper Co.")
    assert catalog.vendor_of(po) == catalog.RIFLE_PAPER
    po = page_of("Rifle Paper Co. display fixtures", "Anne McGilvray & Company", "MFR: HarperCollins")
    assert catalog.vendor_of(po) == catalog.HARPERCOLLINS


def test_first_printed_name_wins_when_several_are_printed():
    invoice = page_of("Rifle Paper Co.", "INVOICE", "GCM001  HarperCollins Book Lovers Card  6  4.00  24.00")
    assert catalog.vendor_of(invoice) == catalog.RIFLE_PAPER


def test_goose_or_ship_in_a_product_name_is_no_vendor_name():
    assert catalog.vendor_of(page_of("Harbor Test Supply", "Mother Goose Ship Model Kit")) == ""


def test_registry_order_and_generic_last():
    names = [rules.NAME for rules in REGISTRY]
    assert names == ["harpercollins", "creative_coop", "onehundred80", "rifle_paper", "generic"]


@pytest.mark.parametrize("make, rules", [
    (lambda: harpercollins_po(0), harpercollins),
    (lambda: harpercollins_po(1, discount=46), harpercollins),
    (lambda: onehundred80_invoice(0), onehundred80),
    (lambda: rifle_paper_invoice(0), rifle_paper),
    (lambda: creative_coop_invoice(0, lines=5), creative_coop),
    *[(lambda layout=layout: generic_invoice(layout, 0), generic) for layout in GENERIC_LAYOUTS],
])
def test_generated_documents_go_to_their_vendor_rules(make, rules):
    document = Document(pages=tuple(read_pages(make().pdf)), backend=Backend.LOCAL)
    assert detect(document) is rules
