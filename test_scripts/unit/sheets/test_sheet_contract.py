"""One contract, two sheets: the local CSV sheet and Google Sheets (against the fake) behave
the same, and which one runs is configuration only."""

from __future__ import annotations

import flask
import pytest

from invoice_processing.app import handle
from invoice_processing.config import load_settings
from invoice_processing.extraction.local import LocalBackend
from invoice_processing.models import Backend, Route
from invoice_processing.pipeline import Deps
from invoice_processing.sheets.a1 import range_ok
from invoice_processing.sheets.csv_sheet import CsvSheet
from invoice_processing.sheets.google_sheet import GoogleSheet
from invoice_processing.sheets.writer import LedgerEntry
from invoice_processing.wiring import build_sheet
from test_scripts.fakes.sheets import FakeClock, google_sheet, served
from test_scripts.generator.pdfs import image_only_pdf, simple_invoice

ROWS = [["01/17/2025", "Acme", "A-1", "X - Thing", "1.50", 2], ["01/17/2025", "Acme", "A-1", "Y", "3.00", 1]]


def entry(key: str) -> LedgerEntry:
    return LedgerEntry(key, "A-1", "Acme", "01/17/2025", 2)


@pytest.fixture(params=["csv", "google"])
def sheet(request, tmp_path):
    if request.param == "csv":
        yield CsvSheet(tmp_path / "s.csv"), "local"
        return
    with served() as fake:
        yield google_sheet(fake, FakeClock()), "Sheet1"


def test_an_unknown_invoice_is_not_found(sheet):
    writer, _ = sheet
    assert writer.claim("nope") is None


def test_an_invoice_is_written_once_to_b_to_g_and_found_again(sheet):
    writer, tab = sheet
    assert writer.claim("k1") is None
    first = writer.append(ROWS, entry("k1"), timeout=30)
    assert not first.duplicate and first.rows_written == 2 and first.range_ok and range_ok(first.sheet_range, tab, 2)
    seen = writer.claim("k1")
    assert (seen.invoice_number, seen.vendor, seen.rows, seen.sheet_range) == ("A-1", "Acme", 2, first.sheet_range)
    again = writer.append(ROWS, entry("k1"), timeout=30)  # a replay that skipped find
    assert again.duplicate and again.rows_written == 0 and again.sheet_range == first.sheet_range


def test_two_invoices_get_two_consecutive_blocks(sheet):
    writer, tab = sheet
    ranges = [writer.append([[*r[:2], number, *r[3:]] for r in ROWS], LedgerEntry(key, number, "Acme", "", 2),
                            timeout=30).sheet_range for key, number in (("a", "A-1"), ("b", "B-1"))]
    assert all(range_ok(r, tab, 2) for r in ranges) and ranges[0] != ranges[1]


def test_the_same_invoice_in_another_pdf_is_a_duplicate_and_other_lines_are_flagged(sheet):
    writer, tab = sheet
    first = writer.append(ROWS, entry("pdf-1"), timeout=30)
    assert writer.claim("pdf-2") is None  # other bytes: not known before extraction
    copy = writer.append(list(reversed(ROWS)), entry("pdf-2"), timeout=30)
    assert copy.duplicate and copy.rows_written == 0 and copy.sheet_range == first.sheet_range
    other = writer.append(ROWS[:1], LedgerEntry("pdf-3", "A-1", "Acme", "01/17/2025", 1), timeout=30)
    assert other.rows_written == 1 and other.earlier == (first.sheet_range,)


def test_switching_sheets_is_configuration_only(tmp_path):
    local = build_sheet(load_settings({"LOCAL_SHEET_PATH": str(tmp_path / "s.csv")}))
    google = build_sheet(load_settings({"GOOGLE_SHEETS_SPREADSHEET_ID": "sheet-id", "WEBHOOK_TOKEN": "t"}))
    assert isinstance(local, CsvSheet) and isinstance(google, GoogleSheet)
    assert (google.spreadsheet_id, google.tab, google.ledger_tab) == ("sheet-id", "Sheet1", "_ledger")


def _post(writer, caplog):
    app = flask.Flask(__name__)
    settings = load_settings({"LOCAL_SHEET_PATH": "unused.csv"})
    deps = Deps(backends={Backend.LOCAL: LocalBackend()}, sheet=writer)
    with app.test_request_context("/", method="POST", data=simple_invoice(), content_type="application/pdf"):
        caplog.clear()
        return handle(flask.request, settings, deps, lambda key: Route(Backend.LOCAL))


def test_through_the_app_a_dead_sheet_answers_503_retryable_and_the_log_keeps_the_rows(caplog):
    with served() as fake:
        fake.fault = lambda call: "503" if call.tab == "Sheet1" else None
        body, status, headers = _post(google_sheet(fake, FakeClock()), caplog)
        assert status == 503 and body["retryable"] is True and int(headers["Retry-After"]) > 0
        record = next(r.json_fields for r in caplog.records if getattr(r, "json_fields", {}).get("rows"))
        assert len(record["rows"]) == 2 and record["error_code"] == "sheet_write_failed"
        fake.fault = lambda call: None
        clock = FakeClock(wall=1_750_001_000.0)  # Zapier's replay, minutes later, on another instance
        body, status, _ = _post(google_sheet(fake, clock), caplog)
        assert status == 200 and not body["duplicate"] and body["items_count"] == 2
        body, status, _ = _post(google_sheet(fake, clock), caplog)
        assert status == 200 and body["duplicate"] is True and body["sheet_range"] == "Sheet1!B1:G2"
        assert len(fake.rows("Sheet1")) == 2


def test_through_the_app_a_pdf_without_products_writes_nothing_and_gives_its_writes_back():
    with served() as fake:
        app = flask.Flask(__name__)
        settings = load_settings({"LOCAL_SHEET_PATH": "unused.csv"})
        sheet = google_sheet(fake, FakeClock())
        deps = Deps(backends={Backend.LOCAL: LocalBackend()}, sheet=sheet)
        with app.test_request_context("/", method="POST", data=image_only_pdf(), content_type="application/pdf"):
            body, status, _ = handle(flask.request, settings, deps, lambda key: Route(Backend.LOCAL))
        assert status == 422 and body["error"]["code"] == "no_products"
        assert fake.writes() == 0 and sheet.quota.reserved == 0  # nothing to wait on, nothing held


def test_through_the_app_a_spent_budget_answers_503_before_extraction(caplog):
    with served() as fake:
        sheet = google_sheet(fake, FakeClock(), sheets_writes_per_minute=2)
        body, status, _ = _post(sheet, caplog)
        assert status == 200 and body["items_count"] == 2
        app = flask.Flask(__name__)
        settings = load_settings({"LOCAL_SHEET_PATH": "unused.csv"})

        class Counting(LocalBackend):
            calls = 0

            def extract(self, pdf, deadline):
                Counting.calls += 1
                return super().extract(pdf, deadline)

        deps = Deps(backends={Backend.LOCAL: Counting()}, sheet=sheet)
        other = simple_invoice(number="T-2002")
        with app.test_request_context("/", method="POST", data=other, content_type="application/pdf"):
            body, status, headers = handle(flask.request, settings, deps, lambda key: Route(Backend.LOCAL))
        assert status == 503 and body["error"]["code"] == "sheet_quota_spent" and int(headers["Retry-After"]) > 0
        assert Counting.calls == 0  # no extraction was paid for an invoice that could not be written


def test_through_the_app_the_same_invoice_as_two_pdf_files_is_one_write_and_one_duplicate(caplog):
    with served() as fake:
        clock = FakeClock()
        first_pdf = simple_invoice()
        second_pdf = first_pdf + b"\n%re-exported\n"  # another file, the same invoice
        app = flask.Flask(__name__)
        settings = load_settings({"LOCAL_SHEET_PATH": "unused.csv"})
        deps = Deps(backends={Backend.LOCAL: LocalBackend()}, sheet=google_sheet(fake, clock))
        answers = []
        for pdf in (first_pdf, second_pdf):
            with app.test_request_context("/", method="POST", data=pdf, content_type="application/pdf"):
                answers.append(handle(flask.request, settings, deps, lambda key: Route(Backend.LOCAL)))
        (first, status1, _), (second, status2, _) = answers
        assert status1 == status2 == 200 and not first["duplicate"] and second["duplicate"] is True
        assert second["sheet_range"] == first["sheet_range"] and len(fake.rows("Sheet1")) == 2
        assert fake.writes() == 2  # the first file's claim and write; the second file wrote nothing
