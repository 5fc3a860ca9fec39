"""The Document AI backend through the real client (REST, http:// endpoint) against the loopback fake."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from invoice_processing.config import load_settings
from invoice_processing.deadline import Deadline
from invoice_processing.extraction.backend import BackendError, BackendUnavailableError
from invoice_processing.extraction.docai_mapping import document_pages, entity_fields
from invoice_processing.extraction.document_ai import DocumentAiBackend
from invoice_processing.models import Backend, PdfInput, PdfProfile
from invoice_processing.pipeline import first_backend
from test_scripts.fakes.clients import FAST, deps_for, docai_backend, post
from test_scripts.fakes.docai_entities import truth_entities
from test_scripts.fakes.docai_fake import layout_document
from test_scripts.generator import (
    creative_coop_order,
    generic_invoice,
    harpercollins_po,
    onehundred80_invoice,
    rifle_paper_invoice,
)
from test_scripts.generator.pdfs import simple_invoice

SETTINGS = load_settings({**FAST, "REQUEST_DEADLINE_SECONDS": "30"})


def _extract(fake, pdf: bytes, seconds: float = 20.0):
    return docai_backend(fake, SETTINGS).extract(PdfInput(pdf, "raw"), Deadline(seconds))


CASES = [lambda: generic_invoice("columns", 1), lambda: generic_invoice("ordered_shipped", 2),
         lambda: generic_invoice("amount_only", 0), lambda: harpercollins_po(1), lambda: onehundred80_invoice(1),
         lambda: rifle_paper_invoice(1), lambda: creative_coop_order(1)]


@pytest.mark.parametrize("make", CASES)
def test_document_ai_rows_match_the_local_backend(fake_for, tmp_path, make):
    invoice = make()
    fake = fake_for()
    fake.know(invoice.pdf, invoice.truth)
    body, status, _ = post(invoice.pdf, deps_for(tmp_path / "d.csv", docai=fake, local=False, settings=SETTINGS),
                           SETTINGS, planned=Backend.DOCUMENT_AI)
    local, local_status, _ = post(invoice.pdf, deps_for(tmp_path / "l.csv"), SETTINGS, planned=Backend.LOCAL)
    assert status == local_status == 200 and body["method"] == "document_ai"
    assert (tmp_path / "d.csv").read_text() == (tmp_path / "l.csv").read_text()


def test_forty_pages_run_as_concurrent_parts_and_merge_in_page_order(fake_for):
    invoice = generic_invoice("columns", 1, lines=1120)  # 40 pages with this seed: three parts
    assert invoice.pages > 30
    baseline_doc = _extract(fake_for(), invoice.pdf)  # the same parts answered at once
    slow = fake_for(delay=1.0)
    document = _extract(slow, invoice.pdf)
    assert len(slow.seen) == 3
    # concurrent: every part was sent before the fake answered any (serial parts would each wait
    # for the answer before them), whatever the machine's load
    assert max(s.arrived for s in slow.seen) < min(s.answered for s in slow.seen)
    assert [p.number for p in document.pages] == list(range(1, invoice.pages + 1))
    assert document.pages == baseline_doc.pages
    ys = [[line.y for line in page.lines] for page in document.pages]
    assert all(page == sorted(page) for page in ys)


def test_lines_with_equal_text_on_different_pages_are_all_kept(fake_for):
    invoice = generic_invoice("columns", 1, lines=1120)
    document = _extract(fake_for(), invoice.pdf)
    headers = [line for line in document.lines if "Description" in line.text and "Qty" in line.text]
    assert len(headers) >= invoice.pages - 1  # the repeated table header of every page survives the merge


def test_mapping_keeps_column_gaps_as_cells_and_reads_entities():
    from google.cloud import documentai

    pdf = simple_invoice("T-7")
    raw = {**layout_document(pdf), "entities": truth_entities({
        "vendor": "Harbor Test Supply", "invoice_number": "T-7", "order_date": "2025-03-04",
        "line_items": [{"item": "HT-1 - Brass Hook", "wholesale": "4.995", "qty": 3}]})}
    document = documentai.Document.pb(documentai.Document.from_json(__import__("json").dumps(raw)))
    [page] = document_pages(document, [(595.27, 841.89)])
    row = next(line for line in page.lines if line.text.startswith("HT-1"))
    assert [cell.text for cell in row.cells] == ["HT-1", "Brass Hook", "3", "2.25", "6.75"]
    assert 38 < row.cells[0].x0 < 42 and row.cells[1].x0 == pytest.approx(110, abs=1)
    fields = entity_fields(document)
    assert fields["invoice_id"] == "T-7" and fields["invoice_date"] == date(2025, 3, 4)
    assert fields["line_items"][0]["unit_price"] == Decimal("4.995") and fields["line_items"][0]["quantity"] == 3


@pytest.mark.parametrize(("mode", "code", "calls"), [(("503", "ok"), "", 2), ("503", "http_503", 2),
                                                      ("bad_json", "invalid_answer", 1)])
def test_errors_and_the_one_retry(fake_for, mode, code, calls):
    fake = fake_for(mode)
    if code:
        with pytest.raises(BackendError) as raised:
            _extract(fake, simple_invoice())
        grpc = fake.url.startswith("grpc://")  # gRPC reports an unparsable answer as INTERNAL (500)
        if grpc and code == "invalid_answer":
            code, calls = "http_500", 2  # ... which, like any 500, gets the one retry
        assert raised.value.code == code
    else:
        assert _extract(fake, simple_invoice()).pages
    assert len(fake.seen) == calls


def test_wrong_processor_is_named(fake_for):
    backend = docai_backend(fake_for(), SETTINGS)
    backend.processor = backend.processor.replace("proc-1", "missing")
    with pytest.raises(BackendError) as raised:
        backend.extract(PdfInput(simple_invoice(), "raw"), Deadline(10))
    assert raised.value.code == "processor_not_found"


def test_without_credentials_document_ai_is_unavailable(monkeypatch, tmp_path):
    monkeypatch.setenv("GOOGLE_APPLICATION_CREDENTIALS", str(tmp_path / "absent.json"))
    backend = DocumentAiBackend(project="p", location="us", processor_id="x", timeout=5, min_seconds=1)
    with pytest.raises(BackendUnavailableError) as raised:
        backend.extract(PdfInput(simple_invoice(), "raw"), Deadline(10))
    assert raised.value.code == "no_credentials"


@pytest.mark.parametrize(("pages", "size", "expected"), [
    (5, 5 * 1024 * 1024, Backend.GEMINI), (6, 1000, Backend.DOCUMENT_AI), (1, 5 * 1024 * 1024 + 1, Backend.DOCUMENT_AI),
])
def test_long_or_large_pdfs_skip_gemini(pages, size, expected):
    settings = load_settings({})
    assert first_backend(Backend.GEMINI, PdfProfile(pages, size, True), settings) is expected
    assert first_backend(Backend.DOCUMENT_AI, PdfProfile(pages, size, True), settings) is Backend.DOCUMENT_AI
