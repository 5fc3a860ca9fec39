"""The quality report: real data passes (shared prices and quantities included), copied rows,
arithmetic slips, missing values and header fields are flagged, the score is in [0, 1], and a
low score is surfaced in the response and the log record but never stops the write."""

from __future__ import annotations

import csv
import json
from datetime import date
from decimal import Decimal

import pytest

from invoice_processing import quality
from invoice_processing.config import load_settings
from invoice_processing.deadline import Deadline
from invoice_processing.extraction.local import LocalBackend
from invoice_processing.models import Backend, Invoice, LineItem, PdfInput
from invoice_processing.pipeline import Deps, process
from invoice_processing.sheets.csv_sheet import CsvSheet
from invoice_processing.vendors import interpret
from test_scripts.generator import (
    GENERIC_LAYOUTS,
    generic_invoice,
    harpercollins_po,
    onehundred80_invoice,
    rifle_paper_invoice,
)

D = Decimal


def line(n: int, price: str = "1.60", qty: int = 24, extended: str | None = "38.40", **kw) -> LineItem:
    return LineItem(item=f"DF{6400 + n}A - Item {n}", wholesale=D(price), qty=qty,
                    extended=D(extended) if extended is not None else None, **kw)


def invoice(lines, vendor="Harbor Test Supply", number="INV-1", when=date(2025, 1, 17)) -> Invoice:
    return Invoice(order_date=when, vendor=vendor, invoice_number=number, line_items=tuple(lines))


def test_many_real_products_sharing_price_and_qty_pass():
    report = quality.assess(invoice([line(n) for n in range(30)]))
    assert report.score == 1.0 and report.warnings == () and not report.needs_review


def test_rows_copying_one_rows_values_are_flagged():
    printed = ["38.40", "52.00", "19.20", "76.80", "12.00", "9.60"]
    report = quality.assess(invoice([line(n, extended=e) for n, e in enumerate(printed)]))
    assert report.needs_review and report.score <= 0.5
    assert any("lines 1-6" in w and "copied" in w for w in report.warnings)


def test_copied_block_is_found_by_differing_list_prices_too():
    lines = [line(n, extended=None, list_price=D(p)) for n, p in enumerate(["2.00", "2.50", "3.00", "2.00", "4.00"])]
    assert any("copied" in w for w in quality.assess(invoice(lines)).warnings)


def test_arithmetic_beyond_a_cent_is_flagged_but_three_decimal_prices_are_not():
    ok = [line(0, "4.995", 24, "119.88"), line(1, "2.125", 3, "6.38"),
          line(2, "9.99", 2, "19.98", list_price=D("9.99"))]
    assert quality.assess(invoice(ok)).warnings == ()
    report = quality.assess(invoice([*ok, line(3, "5.00", 6, "31.00")]))
    assert report.needs_review and 0 < report.score < 1
    assert report.warnings == ("quality: line 4 (DF6403A - Item 3): 6 × 5.00 = 30.00 but the extended amount "
                               "printed is 31.00",)


def test_extended_at_list_price_is_accepted():
    half = LineItem("978 - Book", D("4.995"), 4, list_price=D("9.99"), extended=D("39.96"))
    assert quality.assess(invoice([half])).warnings == ()


def test_missing_price_quantity_and_header_fields_are_flagged():
    report = quality.assess(invoice([line(0, "0", 3, None), line(1, "2.00", 0, None)], vendor="", number="",
                                    when=None))
    text = " | ".join(report.warnings)
    for expected in ("no invoice number", "no order date", "no vendor", "line 1 (", "has no price",
                     "has no quantity"):
        assert expected in text
    assert 0 <= report.score <= 0.5


def test_creative_coop_your_price_must_be_80_percent_of_list():
    good = line(0, "4.00", 6, "24.00", list_price=D("5.00"))
    bad = line(1, "4.50", 6, "27.00", list_price=D("5.00"))
    assert quality.assess(invoice([good], vendor="Creative Co-op")).warnings == ()
    report = quality.assess(invoice([good, bad], vendor="Creative Co-op"))
    assert report.warnings == ("quality: line 2 (DF6401A - Item 1): Your Price 4.50 is not 80% of List 5.00",)
    assert quality.assess(invoice([bad], vendor="Rifle Paper Co.")).warnings == ()


def test_no_lines_scores_zero_and_warnings_are_capped():
    assert quality.assess(invoice([])).score == 0.0
    many = quality.assess(invoice([line(n, "1.00", 2, "5.00") for n in range(40)]))
    assert len(many.warnings) <= quality.MAX_LINE_WARNINGS + 2 and "more like these" in many.warnings[-1]


def _extract(pdf: bytes) -> Invoice:
    return interpret(LocalBackend().extract(PdfInput(pdf, "test"), Deadline(30)))


@pytest.mark.parametrize("make", [
    *[(lambda layout=layout: generic_invoice(layout, 2)) for layout in GENERIC_LAYOUTS],
    lambda: harpercollins_po(2, discount=50), lambda: harpercollins_po(2, discount=46),
    lambda: onehundred80_invoice(2), lambda: rifle_paper_invoice(2),
])
def test_generated_invoices_score_one(make):
    report = quality.assess(_extract(make().pdf))
    assert report.score == 1.0 and report.warnings == ()


def test_low_score_still_writes_every_row(tmp_path):
    copied = invoice([line(n, extended=str(20 + n)) for n in range(6)])
    sheet_path = tmp_path / "sheet.csv"
    settings = load_settings({"LOCAL_SHEET_PATH": str(sheet_path)})
    deps = Deps(backends={Backend.LOCAL: LocalBackend()}, sheet=CsvSheet(sheet_path), interpret=lambda doc: copied)
    outcome = process(PdfInput(generic_invoice("columns", 1).pdf, "test"), Backend.LOCAL, settings, deps,
                      Deadline(60))
    assert outcome.write.rows_written == 6 and outcome.needs_review and outcome.quality_score <= 0.5
    assert any(w.startswith("quality: ") for w in outcome.warnings)
    with open(sheet_path, newline="") as handle:
        assert len(list(csv.reader(handle))) == 7  # header + six rows


def test_response_and_log_record_carry_the_quality_fields(start_server):
    server = start_server()
    generated = rifle_paper_invoice(3)
    body = server.post(files={"invoice_file": ("r.pdf", generated.pdf, "application/pdf")}).json()
    assert body["success"] and body["quality_score"] == 1.0 and body["needs_review"] is False
    records = [json.loads(x) for x in server.logs().splitlines() if x.startswith("{")]
    request = next(r for r in records if r.get("event") == "invoice_request")
    assert request["quality_score"] == 1.0 and request["needs_review"] is False
