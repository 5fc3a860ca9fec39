"""The benchmark command's pieces run on tiny inputs (no timing assertions: figures are for
``python -m bench``, not for tests)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bench import extraction, inputs, overhead, report, rival
from test_scripts import generator


def test_generic_input_has_the_requested_page_count():
    assert inputs.generic(2).pages == 2


def test_distinct_copies_differ_but_stay_pdfs():
    pdf = inputs.generic(2).pdf
    first, second = inputs.distinct(pdf, 1), inputs.distinct(pdf, 2)
    assert first != second and first.startswith(b"%PDF-")
    assert len(extraction.bare_text(first)) == 2


def test_local_extraction_and_bare_text_read_the_same_pages():
    made = generator.generic_invoice("columns", 0)
    document = extraction.ours(made.pdf)
    assert len(document.pages) == len(extraction.bare_text(made.pdf)) == made.pages


def test_overhead_request_runs_through_the_app_with_instant_fakes():
    serve, document = overhead.request_runner(inputs.generic(2).pdf)
    serve()  # raises unless the app answered 200
    assert document.pages


def test_invoice2data_rows_become_sheet_items():
    rows = [{"code": "DH4744", "upc": "191009813129", "qty": "12", "price": "1.60",
             "name": "Recycled Glass\nPlanter, 6\"H\n"},
            {"code": "EC2673", "upc": "889110586894", "qty": "0", "price": "7.60", "name": "Not ordered"}]
    assert rival.theirs_lines(rows, "creative_coop") == [
        ("DH4744 - UPC: 0191009813129 - Recycled Glass Planter, 6\"H", Decimal("1.60"), 12)]


def test_f1_counts_only_fully_right_lines():
    truth = {"line_items": [{"item": "A", "wholesale": "1.00", "qty": 2}, {"item": "B", "wholesale": "2", "qty": 1}]}
    assert rival.f1([("A", Decimal("1"), 2), ("B", Decimal("2"), 3)], truth) == pytest.approx(0.5)


def test_table_marks_missing_pieces_not_available(tmp_path):
    figures = [report.Figure("1", "x", "1 ms", "2 ms", 0.5, "<= 1x", True),
               report.not_available("7", "y", "<= 1.5x", "not landed yet")]
    text = report.plain_table(figures)
    assert "PASS" in text and "N/A" in text and "not landed yet" in text
    docs = tmp_path / "benchmarks.md"
    docs.write_text(f"# Benchmarks\n\nintro\n\n{report.BEGIN}\nold\n{report.END}\n\nafter\n")
    report.write_docs(docs, figures, "python -m bench", 1.0)
    written = docs.read_text()
    assert "intro" in written and "after" in written and "old" not in written and "| 7 | y |" in written
