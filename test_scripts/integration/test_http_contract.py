"""The HTTP contract (SPEC §2) against the real functions-framework server on 127.0.0.1."""

from __future__ import annotations

import csv
import json
import re

import pytest

from test_scripts.generator.pdfs import encrypted_pdf, image_only_pdf, simple_invoice

SUCCESS_KEYS = {
    "success", "request_id", "method", "fallback_used", "rollout_stage", "variant", "vendor",
    "invoice_number", "invoice_date", "items_count", "sheet_range", "duplicate", "warnings", "duration_ms",
}


@pytest.fixture
def server(start_server):
    return start_server(MAX_PDF_BYTES="300000", DOWNLOAD_ALLOW_PRIVATE="true")


def sheet_rows(server) -> list[list[str]]:
    path = server.env["LOCAL_SHEET_PATH"]
    with open(path, newline="") as handle:
        return list(csv.reader(handle))[1:]


def assert_success(response, number: str) -> dict:
    assert response.status_code == 200, response.text
    body = response.json()
    assert set(body) >= SUCCESS_KEYS
    assert body["success"] is True and body["method"] == "local" and body["fallback_used"] is False
    assert body["invoice_number"] == number and body["vendor"] == "Harbor Test Supply"
    assert body["invoice_date"] == "03/04/2025" and body["items_count"] == 2
    assert re.fullmatch(r"local!B\d+:G\d+", body["sheet_range"])
    return body


def test_multipart_upload_writes_rows_like_zapier_file_mode(server):
    response = server.post(files={"invoice_file": ("inv.pdf", simple_invoice("M-1"), "application/pdf")})
    body = assert_success(response, "M-1")
    assert body["duplicate"] is False and body["rows_written"] == 2
    assert sheet_rows(server) == [
        ["03/04/2025", "Harbor Test Supply", "M-1", "HT-1 - Brass Hook", "2.25", "3"],
        ["03/04/2025", "Harbor Test Supply", "M-1", "HT-2 - Rope Coil 10 ft", "7.00", "1"],
    ]


def test_form_file_url_downloads_the_pdf(server, file_server):
    files = file_server({"/a.pdf": simple_invoice("F-1")})
    assert_success(server.post(data={"file_url": files.base + "/a.pdf"}), "F-1")


def test_url_string_in_invoice_file_field_is_downloaded(server, file_server):
    files = file_server({"/b.pdf": simple_invoice("F-2")})
    assert_success(server.post(data={"invoice_file": files.base + "/b.pdf"}), "F-2")


def test_json_file_url_downloads_the_pdf(server, file_server):
    files = file_server({"/c.pdf": simple_invoice("J-1")})
    assert_success(server.post(json={"file_url": files.base + "/c.pdf"}), "J-1")


def test_raw_pdf_body(server):
    response = server.post(data=simple_invoice("R-1"), headers={"Content-Type": "application/pdf"})
    assert_success(response, "R-1")


def test_same_pdf_twice_adds_rows_once_and_says_duplicate(server):
    pdf = simple_invoice("D-1")
    first = server.post(files={"invoice_file": ("d.pdf", pdf, "application/pdf")}).json()
    second = server.post(files={"invoice_file": ("again.pdf", pdf, "application/pdf")}).json()
    assert first["duplicate"] is False and second["duplicate"] is True
    assert second["rows_written"] == 0 and second["sheet_range"] == first["sheet_range"]
    assert second["invoice_number"] == "D-1" and second["items_count"] == 2
    assert len(sheet_rows(server)) == 2


def test_one_json_log_record_per_request(server):
    server.post(files={"invoice_file": ("inv.pdf", simple_invoice("L-1"), "application/pdf")})
    server.post(data=b"not a pdf", headers={"Content-Type": "application/pdf"})
    records = [json.loads(line) for line in server.logs().splitlines() if line.startswith("{")]
    requests_logged = [r for r in records if r.get("event") == "invoice_request"]
    assert [r["outcome"] for r in requests_logged] == ["success", "client_error"]
    ok = requests_logged[0]
    assert ok["severity"] == "INFO" and ok["method_used"] == "local" and ok["items"] == 2
    assert ok["pages"] == 1 and ok["rows_written"] == 2 and ok["duration_ms"] >= 0
    assert "Brass Hook" not in server.logs()  # invoice text never reaches the logs


BAD_INPUTS = {
    "get": (dict(method="GET"), 405, "method_not_allowed"),
    "empty_post": (dict(data=b""), 400, "missing_input"),
    "non_pdf_named_pdf": (dict(files={"invoice_file": ("x.pdf", b"GIF89a not really", "application/pdf")}),
                          415, "not_a_pdf"),
    "truncated_pdf": (dict(files={"invoice_file": ("t.pdf", simple_invoice()[:600], "application/pdf")}),
                      422, "corrupt_pdf"),
    "encrypted_pdf": (dict(files={"invoice_file": ("e.pdf", encrypted_pdf(), "application/pdf")}),
                      422, "encrypted_pdf"),
    "oversize_body": (dict(data=b"%PDF-1.4\n" + b"0" * 400_000, headers={"Content-Type": "application/pdf"}),
                      413, "payload_too_large"),
    "json_without_file_url": (dict(json={"url": "https://example.invalid/x.pdf"}), 400, "missing_input"),
    "unreachable_url": (dict(json={"file_url": "http://127.0.0.1:9/x.pdf"}), 502, "download_failed"),
    "bad_url_scheme": (dict(json={"file_url": "ftp://example.invalid/x.pdf"}), 400, "invalid_url"),
    "image_only_pdf": (dict(files={"invoice_file": ("s.pdf", image_only_pdf(), "application/pdf")}),
                       422, "no_products"),
    "wrong_form_field": (dict(files={"document": ("d.pdf", simple_invoice(), "application/pdf")}),
                         400, "missing_input"),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_input_gets_documented_json_error(server, case):
    import requests

    kwargs, status, code = BAD_INPUTS[case]
    kwargs = dict(kwargs)
    method = kwargs.pop("method", "POST")
    response = requests.request(method, server.url, timeout=60, **kwargs)
    assert response.status_code == status, response.text
    body = response.json()
    assert body["success"] is False and body["error"]["code"] == code
    assert body["error"]["message"] and "Traceback" not in response.text
    assert body["request_id"]
    if status >= 500:
        assert body["retryable"] is True and int(response.headers["Retry-After"]) > 0
    assert "Traceback" not in server.logs()
