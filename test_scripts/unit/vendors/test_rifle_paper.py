"""Rifle Paper Co. invoices: ``CODE - description`` items (years and "12-Month" kept), notes
and charges (``Not In Stock - ... oos qty N.``, ``SHIP - <tracking>``, freight) never become
products while "Goose" and "Ship Model Kit" products do, backorders are reported. Seeds 1000+
are held out for ``bench.accuracy --holdout``."""

from __future__ import annotations

import re

import pytest

from invoice_processing.deadline import Deadline
from invoice_processing.extraction.local import LocalBackend
from invoice_processing.models import PdfInput
from invoice_processing.vendors import interpret, rifle_paper
from test_scripts.generator import rifle_paper_invoice
from test_scripts.generator.truth import expected_lines, got_lines, header_mismatches
from test_scripts.generator.vendor_variants import rifle_paper_variant

SEEDS = range(10)
VARIANT_SEEDS = (1, 2, 5, 6, 7, 8, 9, 11)  # variant layouts (vendor_variants) the table engine reads completely


def extract(pdf: bytes) -> dict:
    return interpret(LocalBackend().extract(PdfInput(pdf, "test"), Deadline(30))).to_json()


@pytest.fixture(scope="module")
def extracted():
    invoices = {seed: rifle_paper_invoice(seed) for seed in SEEDS}
    return {seed: (inv, extract(inv.pdf)) for seed, inv in invoices.items()}


@pytest.mark.parametrize("seed", SEEDS)
def test_invoice_matches_truth(extracted, seed):
    invoice, payload = extracted[seed]
    assert header_mismatches(payload, invoice.truth) == {}
    assert got_lines(payload) == expected_lines(invoice.truth)
    backorders = [w for w in payload["warnings"] if w.startswith("backorder")]
    assert len(backorders) == len(invoice.truth["backorders"])


def test_notes_and_charges_are_not_products_but_goose_and_ship_model_kit_are(extracted):
    items = [li["item"] for _, payload in extracted.values() for li in payload["line_items"]]
    assert all(re.match(r"[A-Z]{3}\d{3} - ", item) for item in items)
    assert not any(re.search(r"not in stock|oos qty|SHIP - |freight", item, re.I) for item in items)
    assert any("Goose" in item for item in items) and any("Ship Model Kit" in item for item in items)
    assert any("12-Month" in item for item in items) and any(re.search(r"20\d\d", item) for item in items)


def test_long_invoice_across_pages_keeps_every_line_once():
    invoice = rifle_paper_invoice(5, lines=70)
    assert invoice.pages >= 2
    assert got_lines(extract(invoice.pdf)) == expected_lines(invoice.truth)


@pytest.mark.parametrize("text, note", [
    ("Not In Stock - Peonies 2026 Wall Calendar oos qty 6.", True),
    ("Calendar oos qty 14.", True),
    ("SHIP - 1Z999AA10123456784", True),
    ("SHIP - 1Z W39 184 03 9981 2207 (carton 1 of 2)", True),
    ("SHIP - 9400 1118 9922 3301 7745 18", True),
    ("SHIP - 1ZHUZ4PM571ST8KU4H", True),  # UPS's 1Z with fewer than eight digits
    ("SHIP - 9400111899223344556677 USPS", True),  # the carrier named after the number
    ("SHIP - 1Z9A47E80384572213 UPS Ground", True),  # and its service
    ("SHIP - UPS Ground 1Z4F7A890312557841", True),  # the carrier and its service before it
    ("SHIP - FedEx 2Day 7712 3456 7890", True),
    ("SHIP - 9407188480496779323309 via USPS", True),  # the carrier after "via"
    ("Freight - UPS Ground", True),
    ("Shipping & Handling", True),
    ("Shipping Out Bon Voyage Card", False),
    ("Mother Goose Greeting Card", False),
    ("Ship Model Kit Sticker Book", False),
    ("Goose Parade 2026 12-Month Wall Calendar", False),
])
def test_notes_are_recognised_by_shape_not_substring(text, note):
    assert rifle_paper.is_note(text) is note


@pytest.mark.parametrize("seed", VARIANT_SEEDS)
def test_variant_invoices_match_truth(seed):
    invoice = rifle_paper_variant(seed)
    payload = extract(invoice.pdf)
    assert header_mismatches(payload, invoice.truth) == {}
    assert got_lines(payload) == expected_lines(invoice.truth)


@pytest.mark.parametrize("joined, description", [
    ("Juliet Rose Desk Calendar 2025 Not In Stock - Juliet Rose Desk Calendar 20 oos qty 2.",
     "Juliet Rose Desk Calendar 2025"),
    ("Not In Stock - Peonies 2026 17-Month Planne oos qty 3. SHIP - 7749149889133713 Citrus Grove Wrapping Sheet",
     "Citrus Grove Wrapping Sheet"),
    ("Menagerie Stitched Notebook - Large, Lined, Not In Stock - Menagerie Stitched",
     "Menagerie Stitched Notebook - Large, Lined,"),
    ("Ship Model Kit Pocket Notebook Set of 3", "Ship Model Kit Pocket Notebook Set of 3"),
    ("English Rose Fabric Journal SHIP - 1Z W39 184 03 9981 2207 (carton 1 of 2)", "English Rose Fabric Journal"),
    ("Goose Parade 2026 12-Month Wall Calendar", "Goose Parade 2026 12-Month Wall Calendar"),
    ("Sticker Sheet - Strawberry Fields SHIP - 9400111899223344556677 USPS", "Sticker Sheet - Strawberry Fields"),
    ("Mr. & Mrs. Wedding Card SHIP SHIP - 9400111899223345567812 (USPS Priority)", "Mr. & Mrs. Wedding Card"),
    ("Camont Memo Notepad SHIP - UPS Ground 1Z4F7A890312557841", "Camont Memo Notepad"),
    ("Herb Garden Boxed Set of 8 Cards SHIP - 1Z9A47E80384572213 UPS Ground", "Herb Garden Boxed Set of 8 Cards"),
    ('Peonies Lay Flat Notebook 6" x 8" SHIP - 9407188480496779323309 via USPS',
     'Peonies Lay Flat Notebook 6" x 8"'),
])
def test_notes_joined_into_a_description_are_cut_out_by_their_shape(joined, description):
    assert rifle_paper.without_notes(joined) == description


def test_a_style_code_in_an_erps_brackets_leaves_no_brackets_in_the_description():
    from decimal import Decimal

    from invoice_processing.layout.products import ProductLine

    line = ProductLine("", "", "[JRN184] Bramble Lined Journal, 192 Pages", Decimal(2), Decimal("12.50"),
                       Decimal("25.00"), None, "", 1)
    item, _ = rifle_paper.line_item(line)
    assert item is not None and item.item == "JRN184 - Bramble Lined Journal, 192 Pages"


def test_a_code_and_description_printed_in_the_items_own_format_in_one_cell_keep_one_dash():
    from decimal import Decimal

    from invoice_processing.layout.products import ProductLine

    line = ProductLine("", "", "TOT446 - Strawberry Fields Canvas Tote Bag", Decimal(2), Decimal("14.00"),
                       Decimal("28.00"), None, "", 1)
    item, _ = rifle_paper.line_item(line)
    assert item is not None and item.item == "TOT446 - Strawberry Fields Canvas Tote Bag"
