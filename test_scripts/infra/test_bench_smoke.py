"""The benchmark command's pieces run on tiny inputs (no timing assertions: figures are for
``python -m bench``, not for tests)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bench import extraction, inputs, overhead, report, rival, sheet_burst, sheet_ledger
from bench.sim_clock import SimClock
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


def test_the_simulated_clock_moves_only_when_every_thread_waits():
    clock, seen = SimClock(100.0), []

    def worker(name: str, waits: list[float]):
        def run() -> None:
            for wait in waits:
                clock.sleep(wait)
                seen.append((name, clock.now()))
        return run

    clock.run([worker("a", [1, 5]), worker("b", [2, 2]), worker("c", [3])])
    assert seen == [("a", 101.0), ("b", 102.0), ("c", 103.0), ("b", 104.0), ("a", 106.0)]


def test_a_small_burst_is_written_once_whatever_the_quota_counts():
    for count_refused in (True, False):
        result = sheet_burst.run_burst(invoices=8, instances=2, seconds=10, quota=6, count_refused=count_refused)
        assert (result.lost, result.duplicated_rows) == (0, 0)
        assert result.writes_accepted == 2 * 8 and result.first_try < 8  # 6 writes a minute: some waited


def test_the_ledger_benchmark_names_each_answer():
    found = sheet_ledger.measure(rows=400, others=1)
    assert {"cold read (whole ledger)", "read before extraction", "claim answer", "write answer"} <= set(found)
    assert found["claim answer"][0] < found["cold read (whole ledger)"][0]
