"""Hostile PDFs (issue 8): caps before parsing, a time cap, crashes as 422, never a dead worker.

Hand-written malformed PDFs go to the running server, which must answer each with a 4xx and
keep serving. The isolation mechanism itself is tested in-process: a parse that runs past its
cap is killed, and a helper that dies mid-parse (SIGSEGV, as a PDFium crash would) is a 422.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import pytest

from invoice_processing.errors import CorruptPdf
from invoice_processing.pdf import checks as pdf_checks
from test_scripts.generator.pdfs import simple_invoice
from test_scripts.raw_pdf import pdf_of as _pdf

PAGE = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"
HOSTILE = {
    "cyclic_page_tree": _pdf(["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [2 0 R] /Count 1 >>"]),
    "lying_page_count": _pdf(["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 99999999 >>",
                              PAGE]),
    "deeply_nested_arrays": _pdf(["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                                  "<< /Type /Page /Parent 2 0 R /MediaBox " + "[" * 50_000 + "]" * 50_000 + " >>"]),
    "xref_past_end": _pdf(["<< /Type /Catalog /Pages 2 0 R >>"], xref=False).replace(b"startxref\n", b"startxref\n9"),
    "garbage_after_header": b"%PDF-1.4\n" + os.urandom(4096),
    "header_only": b"%PDF-1.7\n%%EOF\n",
    "root_is_not_a_dict": _pdf(["[1 2 3]"]),
    "content_stream_bomb": _pdf([
        "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        "<< /Length 600000 >>\nstream\n" + "q " * 300_000 + "\nendstream"]),
}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from test_scripts.conftest import FunctionServer

    tmp = tmp_path_factory.mktemp("hostile")
    started = FunctionServer({"LOCAL_SHEET_PATH": str(tmp / "sheet.csv"), "LOG_FORMAT": "json",
                              "MAX_PDF_PAGES": "5"}, tmp).start()
    yield started
    started.stop()


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_pdf_is_a_4xx_and_the_server_keeps_serving(server, name):
    response = server.post(files={"invoice_file": (f"{name}.pdf", HOSTILE[name], "application/pdf")})
    assert 400 <= response.status_code < 500, response.text
    assert response.json()["error"]["code"] in {"corrupt_pdf", "no_products", "too_many_pages", "encrypted_pdf"}
    ok = server.post(files={"invoice_file": ("ok.pdf", simple_invoice(f"H-{name}"), "application/pdf")})
    assert ok.status_code == 200, ok.text
    assert "Traceback" not in server.logs()


def test_page_cap_is_checked_before_pages_are_parsed(server):
    long_pdf = _pdf(["<< /Type /Catalog /Pages 2 0 R >>",
                     "<< /Type /Pages /Kids [" + " ".join(["3 0 R"] * 6) + "] /Count 6 >>", PAGE])
    response = server.post(data=long_pdf, headers={"Content-Type": "application/pdf"})
    assert response.status_code == 422 and response.json()["error"]["code"] == "too_many_pages"


def test_parse_past_the_time_cap_is_killed_and_answered_as_422(monkeypatch):
    monkeypatch.setattr(pdf_checks, "PARSE_TIME_CAP_SECONDS", 0.001)
    started = time.monotonic()
    with pytest.raises(CorruptPdf) as failed:
        pdf_checks.profile(HOSTILE["content_stream_bomb"] * 1, max_bytes=10**7, max_pages=5)
    assert failed.value.detail in {"parser time cap", "no parser free within the time cap"}
    assert time.monotonic() - started < 5
    monkeypatch.setattr(pdf_checks, "PARSE_TIME_CAP_SECONDS", 20.0)
    assert pdf_checks.profile(simple_invoice(), max_bytes=10**7, max_pages=5).pages == 1  # a fresh helper


def _helpers() -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                status = (entry / "status").read_text()
                cmdline = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if f"PPid:\t{os.getpid()}\n" in status and b"invoice_processing.pdf.isolation" in cmdline:
                found.append(int(entry.name))
    return found


def test_parser_crash_is_a_422_not_a_dead_worker():
    pdf_checks.profile(simple_invoice(), max_bytes=10**7, max_pages=5)  # a helper is running
    big = _pdf(["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
                "<< /Length 30000000 >>\nstream\n" + "q " * 15_000_000 + "\nendstream"])
    outcome: dict = {}

    def parse():
        try:
            pdf_checks.profile(big, max_bytes=10**8, max_pages=5)
        except CorruptPdf as error:
            outcome["error"] = error

    worker = threading.Thread(target=parse)
    worker.start()
    ends = time.monotonic() + 30
    while worker.is_alive() and time.monotonic() < ends:  # until the parse fails (helpers may be replaced)
        for pid in _helpers():
            os.kill(pid, signal.SIGSEGV)  # what a PDFium crash looks like from outside
        worker.join(0.05)
    assert "error" in outcome and outcome["error"].status == 422
    assert pdf_checks.profile(simple_invoice(), max_bytes=10**7, max_pages=5).pages == 1
