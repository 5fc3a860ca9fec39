"""Scanned invoices (no text layer) on the embedded default: read by local OCR in the parser helper.

Few and small on purpose: OCR costs seconds a page, so the accuracy over every vendor layout is
measured by ``python -m bench.accuracy --scans`` and the timings by ``python -m bench.scans``.
"""

from __future__ import annotations

import csv
import time

import pytest

from invoice_processing.deadline import Deadline
from invoice_processing.extraction.backend import BackendTimeout
from invoice_processing.extraction.local import LocalBackend
from invoice_processing.models import PdfInput
from invoice_processing.pdf.isolation import run_job
from test_scripts.generator import generic_invoice
from test_scripts.generator.scans import scanned


@pytest.fixture(scope="module")
def scan():
    return scanned(generic_invoice("columns", 1, lines=8), 1, dpi=200)


def test_a_scan_through_functions_framework_writes_the_rows_the_invoice_prints(start_server, scan):
    server = start_server()
    began = time.perf_counter()
    response = server.post(files={"invoice_file": ("scan.pdf", scan.pdf, "application/pdf")})
    seconds = time.perf_counter() - began
    print(f"\n1-page scan, first request of a new server: {seconds:.1f} s")  # the figure; bench.scans has more
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["method"] == "local" and body["invoice_number"] == scan.truth["invoice_number"]
    with open(server.env["LOCAL_SHEET_PATH"], newline="") as handle:
        rows = list(csv.reader(handle))[1:]
    assert [(row[3], row[4], int(row[5])) for row in rows] == [
        (line["item"], line["wholesale"], line["qty"]) for line in scan.truth["line_items"]]


def test_a_scan_longer_than_the_deadline_is_a_timeout_and_the_next_parse_still_works(scan):
    with pytest.raises(BackendTimeout) as raised:
        LocalBackend().extract(PdfInput(scan.pdf, "test"), Deadline(0.5))  # less than loading the models takes
    assert raised.value.code == "ocr_timeout"
    assert run_job("pages", generic_invoice("columns", 2).pdf, {}, timeout=20)  # a fresh helper took the job
