"""The local backend with the generic rules reproduces generated invoices' ground truth
exactly: every header field and every line (item text, price, qty), across layouts, seeds,
multi-page tables and wrapped descriptions. Goes through the CLI, as a user would."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from invoice_processing.deadline import Deadline
from invoice_processing.extraction.local import LocalBackend
from invoice_processing.models import PdfInput
from invoice_processing.vendors import interpret
from test_scripts.generator import GENERIC_LAYOUTS, generic_invoice
from test_scripts.generator.truth import expected_lines, got_lines, header_mismatches
from test_scripts.paths import ROOT

SEEDS = range(8)  # seeds 1000+ are kept out of the tests (bench.accuracy --holdout)


def extract(pdf: bytes) -> dict:
    invoice = interpret(LocalBackend().extract(PdfInput(pdf, "test"), Deadline(30)))
    return invoice.to_json()


@pytest.mark.parametrize("layout", GENERIC_LAYOUTS)
@pytest.mark.parametrize("seed", SEEDS)
def test_generic_invoice_matches_truth(layout, seed):
    generated = generic_invoice(layout, seed)
    payload = extract(generated.pdf)
    assert header_mismatches(payload, generated.truth) == {}
    assert got_lines(payload) == expected_lines(generated.truth)
    backorders = [w for w in payload["warnings"] if w.startswith("backorder")]
    assert len(backorders) == len(generated.truth.get("backorders", []))


@pytest.mark.parametrize("layout", GENERIC_LAYOUTS)
def test_long_multi_page_invoice_keeps_every_line_once(layout):
    generated = generic_invoice(layout, 42, pages=6)
    assert generated.pages >= 5
    payload = extract(generated.pdf)
    assert got_lines(payload) == expected_lines(generated.truth)


def test_cli_extract_reproduces_the_truth(tmp_path):
    generated = generic_invoice(GENERIC_LAYOUTS[0], 3)
    path = tmp_path / f"{generated.name}.pdf"
    path.write_bytes(generated.pdf)
    result = subprocess.run([sys.executable, "-m", "invoice_processing", "extract", str(path), "--json"],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert header_mismatches(payload, generated.truth) == {}
    assert got_lines(payload) == expected_lines(generated.truth)


def test_runs_off_the_number_line_are_dropped_not_the_page():
    import orjson

    from invoice_processing.pdf.text_layer import pages_from_json
    from invoice_processing.pdf.text_lines import group_lines

    def run(x0, x1, top, text, size=10.0):
        return (top + top + 10, x0, top, top + 10, x1, text, size)

    good = [run(10, 40, 100, "Widget"), run(200, 220, 100, "4"), run(10, 50, 130, "Total")]
    odd = [run(float("inf"), float("inf"), 100, "huge"), run(60, 80, float("nan"), "lost"),
           run(90, 95, 100, "x", size=float("inf"))]
    lines = group_lines(good + odd)
    assert lines == group_lines(list(good))
    [page] = pages_from_json(orjson.loads(orjson.dumps([[1, lines]])))
    assert [[cell.text for cell in line.cells] for line in page.lines] == [["Widget", "4"], ["Total"]]


def test_a_fractional_quantity_is_billed_as_printed_not_dropped():
    from decimal import Decimal

    from invoice_processing.models import Backend, Document, Page
    from invoice_processing.vendors.generic import engine_items
    from test_scripts.unit.layout.lines import line
    lines = (line(100, (34, "Artikelnr:"), (96, "Aantal"), (149, "Omschrijving"), (403, "Prijs per stuk"),
                  (518, "Regeltotaal")),
             line(112, (29, "701738"), (100, "1,00"), (142, "Bonfix rechte klem koppeling 22 mm"), (423, "6,44"),
                  (548, "6,44")),
             line(124, (29, "800122"), (99, "2,50"), (142, "Mtr koper buis 15 mm"), (419, "12,27"), (543, "30,68")))
    items, _ = engine_items(Document((Page(1, lines),), Backend.LOCAL))
    assert [(item.wholesale, item.qty) for item in items] == [(Decimal("6.44"), 1), (Decimal("12.27"), Decimal("2.5"))]


def test_a_quotations_position_its_text_calls_an_option_not_in_the_sum_is_not_billed():
    from decimal import Decimal

    from invoice_processing.models import Backend, Document, Page
    from invoice_processing.vendors.generic import engine_items
    from test_scripts.unit.layout.lines import line
    lines = (line(300, (57, "Pos."), (92, "Art.-Nr."), (141, "Bezeichnung"), (352, "Menge"), (447, "Einzelpreis"),
                  (496, "Gesamtpreis")),
             line(312, (62, "8"), (92, "500-900"), (141, "Kabelkanal Schreibtisch, Aluminium"), (352, "6,00"),
                  (452, "39,80"), (505, "238,80")),
             line(324, (62, "8a"), (91, "400-010"), (141, "Akustik-Trennwand 160 cm, Filz"), (352, "3,00"),
                  (447, "289,00"), (498, "(867,00)")),
             line(335, (141, "grau (Optionsposition)")))
    items, _ = engine_items(Document((Page(1, lines),), Backend.LOCAL))
    assert [(item.wholesale, item.qty) for item in items] == [(Decimal("39.80"), 6)]


def test_a_row_its_text_calls_backordered_or_cancelled_with_nothing_billed_is_a_backorder():
    from decimal import Decimal

    from invoice_processing.models import Backend, Document, Page
    from invoice_processing.vendors.generic import engine_items
    from test_scripts.unit.layout.lines import line
    lines = (line(100, (40, "Qty"), (70, "UOM"), (100, "Item #"), (160, "Description"), (460, "Price"), (520, "Ext.")),
             line(112, (40, "24"), (70, "EA"), (100, "SS4601A"), (160, "Kraft Gift Tag Pack 12"), (460, "2.25"),
                  (520, "54.00")),
             line(124, (40, "24"), (70, "EA"), (100, "SS4604B"), (160, "Ocean Tag Pack — on backorder, not billed"),
                  (460, "2.25"), (524, "0.00")),
             line(136, (40, "2"), (70, "DZ"), (100, "SS4710"), (160, "Party Straws — line cancelled"), (460, "28.80"),
                  (524, "0.00")),
             line(148, (40, "1"), (70, "EA"), (100, "SS0001"), (160, "Counter display, no charge"), (460, "0.00"),
                  (524, "0.00")),
             # review of the twentieth session: free items whose words name a backorder are shipped
             line(160, (40, "6"), (70, "EA"), (100, "SS4605"), (160, "Sub for out of stock SS4604 - no charge"),
                  (460, "2.25"), (524, "0.00")),
             line(172, (40, "1"), (70, "EA"), (100, "SS0002"), (160, "Replaces backordered tag from INV 881"),
                  (460, "2.25"), (524, "0.00")))
    items, warnings = engine_items(Document((Page(1, lines),), Backend.LOCAL))
    assert [(item.code, item.wholesale, item.qty) for item in items] == [
        ("SS4601A", Decimal("2.25"), 24), ("SS0001", Decimal("0.00"), 1), ("SS4605", Decimal("2.25"), 6),
        ("SS0002", Decimal("2.25"), 1)]
    assert len(warnings) == 2 and all(w.startswith("backorder (not written)") for w in warnings)


def test_a_rows_status_on_its_wrapped_line_after_a_bracket_it_closes_makes_a_backorder():
    from decimal import Decimal

    from invoice_processing.models import Backend, Document, Page
    from invoice_processing.vendors.generic import engine_items
    from test_scripts.unit.layout.lines import line
    lines = (line(100, (40, "Qty"), (70, "UOM"), (100, "Item #"), (160, "Description"), (460, "Price"), (520, "Ext.")),
             line(112, (40, "24"), (70, "EA"), (100, "SS4601A"), (160, "Kraft Gift Tag Pack 12"), (460, "2.25"),
                  (520, "54.00")),
             line(124, (40, "24"), (70, "DZ"), (100, "SS3982"), (160, "Kraft Planner (limited seasonal edition,"),
                  (460, "28.80"), (524, "0.00")),
             line(136, (160, "non-returnable) — on backorder, not billed")),
             line(148, (40, "2"), (70, "EA"), (100, "SS3988"), (160, "Dot Grid Notebook"), (460, "1.60"),
                  (524, "3.20")),
             line(160, (160, "Non-returnable")))
    items, warnings = engine_items(Document((Page(1, lines),), Backend.LOCAL))
    assert [(item.code, item.wholesale, item.qty) for item in items] == [
        ("SS4601A", Decimal("2.25"), 24), ("SS3988", Decimal("1.60"), 2)]
    assert items[1].description == "Dot Grid Notebook"  # (a remark of its own stays one)
    assert len(warnings) == 1 and "SS3982" in warnings[0]


def test_a_pictures_caption_repeating_the_names_start_beside_it_and_a_style_line_under_it():
    from invoice_processing.models import Backend, Document, Page
    from invoice_processing.vendors.generic import engine_items
    from test_scripts.unit.layout.lines import line
    lines = (line(100, (40, "Items (3)"), (380, "Unit"), (450, "Qty"), (540, "Amount")),
             line(120, (50, "Peonies"), (92, "Peonies Birthday Card"), (376, "$7.00"), (455, "6"), (543, "$42.00")),
             line(131, (92, "Style GCB011 · Boxed Set of 1"), size=7.0),
             line(160, (92, "Bora Bora Beach Towel"), (376, "$9.00"), (455, "4"), (543, "$36.00")),
             line(171, (92, "Style WRP112"), size=7.0),
             line(200, (48, "Garden"), (92, "Gardenia Candle"), (376, "$5.00"), (455, "2"), (543, "$10.00")))
    items, _ = engine_items(Document((Page(1, lines),), Backend.LOCAL))
    assert [(item.code, item.description) for item in items] == [
        ("GCB011", "Peonies Birthday Card"), ("WRP112", "Bora Bora Beach Towel"), ("", "Garden Gardenia Candle")]


def test_a_count_by_its_label_in_small_type_under_a_row_is_the_products_and_the_table_goes_on():
    from invoice_processing.models import Backend, Document, Page
    from invoice_processing.vendors.generic import engine_items
    from test_scripts.unit.layout.lines import line
    head = line(100, (52, "Product"), (307, "Quantity"), (422, "Price"), (537, "Total"), size=9.5)
    marble = (line(120, (52, "Marble Run Starter"), (322, "× 3"), (416, "$19.95"), (532, "$59.85"), size=9.5),
              line(132, (52, "Pieces: 45"), size=8.0), line(144, (52, "SKU: BB-MRB-JAR"), size=8.0))
    wand = line(163, (52, "Giant Bubble Wand"), (319, "× 12"), (421, "$3.85"), (532, "$46.20"), size=9.5)
    items, _ = engine_items(Document((Page(1, (head, *marble, wand, line(190, (343, "Subtotal"), (525, "$106.05")))),),
                                     Backend.LOCAL))
    assert [(item.code, item.qty) for item in items] == [("BB-MRB-JAR", 3), ("", 12)]
    # the totals block's counts in the rows' own type end the table
    counts = line(132, (52, "Pieces: 45"), size=9.5)
    items, _ = engine_items(Document((Page(1, (head, marble[0], counts, wand)),), Backend.LOCAL))
    assert [item.qty for item in items] == [3]


def test_a_courier_line_named_by_its_word_alone_is_a_charge_and_a_courier_bag_a_product():
    from invoice_processing.layout import lexicon as lx
    assert lx.CHARGES.match("COURIER – Courier - The Courier Guy (2 boxes)") and lx.CHARGES.match("Courier: DHL")
    assert not lx.CHARGES.match("Courier Bag Canvas")
    for bag in ("Courier 15in Laptop Bag", "Courier - Waxed Canvas Messenger Bag", "Courier (Black) Backpack",
                "Courier 2.0 Typewriter Ribbon"):  # (review of the twenty-first session)
        assert not lx.CHARGES.match(bag), bag
    assert lx.SUBTOTALS.match("GROUP TOTAL****") and not lx.SUBTOTALS.match("Section Total Gym Membership")
