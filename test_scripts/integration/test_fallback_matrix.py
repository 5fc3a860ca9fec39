"""Acceptance: under one 3-second deadline every request answers in time, through the real app.

Gemini ∈ {ok, slow, hang, 500, bad JSON, empty} × Document AI ∈ {ok, 503, hang}, with only the
two cloud backends configured so that rows are written exactly when one of them succeeded.
The three Document AI cases of one Gemini mode run concurrently (each with its own sheet) to keep
the file fast; the Gemini modes run one after another, so that no more requests share the
process's CPU (and the in-process fakes' threads) than a "slow" Gemini's window can absorb.
"""

from __future__ import annotations

import csv
import json
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from invoice_processing.config import load_settings
from test_scripts.fakes.clients import FAST, deps_for, post
from test_scripts.fakes.docai_fake import DocumentAiFake
from test_scripts.fakes.gemini_fake import GeminiFake
from test_scripts.generator import generic_invoice
from test_scripts.generator.pdfs import image_only_pdf

GEMINI_MODES = ("ok", "slow", "hang", "500", "bad_json", "empty")
DOCAI_MODES = ("ok", "503", "hang")
GEMINI_SUCCEEDS = {"ok", "slow"}
DEADLINE = 3.0
SETTINGS = load_settings(FAST)


@pytest.fixture(scope="module")
def invoice():
    return generic_invoice("columns", 0)


@pytest.fixture(scope="module")
def fakes(invoice, tmp_path_factory):
    gemini = {mode: GeminiFake(mode, delay=0.5 if mode == "slow" else 0.0) for mode in GEMINI_MODES}
    docai = {mode: DocumentAiFake(mode) for mode in DOCAI_MODES}
    for fake in (*gemini.values(), *docai.values()):
        fake.know(invoice.pdf, invoice.truth)
    # Warm up both SDKs' paths once, under a roomy deadline: their first import costs about a
    # second, which is cold start, not what this file measures.
    roomy = load_settings({**FAST, "REQUEST_DEADLINE_SECONDS": "60"})
    for g in ("ok", "empty"):
        deps = deps_for(tmp_path_factory.mktemp("warm") / "s.csv", gemini[g], docai["ok"], local=False,
                        settings=roomy)
        assert post(invoice.pdf, deps, roomy)[1] == 200
    yield gemini, docai
    for fake in (*gemini.values(), *docai.values()):
        fake.close()


def _rows(path) -> list[list[str]]:
    if not path.exists():
        return []
    with open(path, newline="") as handle:
        return list(csv.reader(handle))[1:]


def test_every_request_answers_within_the_deadline_and_writes_rows_only_on_success(fakes, invoice, tmp_path):
    gemini, docai = fakes

    def run(case):
        g, d = case
        sheet = tmp_path / f"{g}-{d}.csv"
        body, status, seconds = post(invoice.pdf, deps_for(sheet, gemini[g], docai[d], local=False), SETTINGS)
        return case, body, status, seconds, _rows(sheet)

    results = []
    with ThreadPoolExecutor(len(DOCAI_MODES)) as pool:
        for g in GEMINI_MODES:
            results += pool.map(run, [(g, d) for d in DOCAI_MODES])
    for (g, d), body, status, seconds, rows in results:
        assert seconds < DEADLINE + 0.5, (g, d, seconds)
        succeeded = g in GEMINI_SUCCEEDS or d == "ok"
        if succeeded:
            assert status == 200, (g, d, body)
            assert body["method"] == ("gemini" if g in GEMINI_SUCCEEDS else "document_ai"), (g, d)
            assert body["fallback_used"] is (g not in GEMINI_SUCCEEDS)
            assert len(rows) == len(invoice.truth["line_items"]) == body["rows_written"], (g, d)
        else:
            assert status in (503, 504) and body["retryable"] is True, (g, d, status, body)
            assert rows == [], (g, d)
        assert [a["backend"] for a in body["attempts"]][0] == "gemini"


def test_hanging_gemini_still_answers_in_time_with_document_ai_rows(fakes, invoice, tmp_path):
    gemini, docai = fakes
    body, status, seconds = post(invoice.pdf, deps_for(tmp_path / "s.csv", gemini["hang"], docai["ok"]), SETTINGS)
    assert status == 200 and seconds < 3.5
    assert body["method"] == "document_ai" and body["fallback_used"] is True
    assert body["fallback_reason"] == "timeout"
    assert [(a["backend"], a["ok"], a["error_code"]) for a in body["attempts"]] == [
        ("gemini", False, "timeout"), ("document_ai", True, "")]


def test_every_backend_failing_answers_a_retryable_error_within_the_deadline(fakes, tmp_path):
    gemini, docai = fakes
    deps = deps_for(tmp_path / "s.csv", gemini["hang"], docai["hang"])  # local too: the scan has no text
    body, status, seconds = post(image_only_pdf(), deps, SETTINGS)
    assert seconds < DEADLINE
    assert status == 504 and body["retryable"] is True and body["error"]["code"] == "deadline_exceeded"
    assert [a["backend"] for a in body["attempts"]] == ["gemini", "document_ai", "local"]
    assert _rows(tmp_path / "s.csv") == []


def test_upstream_errors_everywhere_answer_503_with_the_attempts(fakes, tmp_path):
    gemini, docai = fakes
    body, status, seconds = post(image_only_pdf(), deps_for(tmp_path / "s.csv", gemini["500"], docai["503"]),
                                 SETTINGS)
    assert status == 503 and body["retryable"] is True and seconds < DEADLINE
    assert [(a["backend"], a["error_code"]) for a in body["attempts"]] == [
        ("gemini", "http_500"), ("document_ai", "http_503"), ("local", "no_text_layer")]


def test_real_server_with_gemini_hanging_answers_from_document_ai_in_time(fakes, invoice, start_server):
    """The deployed path: env settings, ``GOOGLE_GEMINI_BASE_URL`` read by the SDK, functions-framework."""
    gemini, docai = fakes
    server = start_server(**FAST, GEMINI_API_KEY="test-key", GOOGLE_GEMINI_BASE_URL=gemini["hang"].url,
                          GOOGLE_CLOUD_PROJECT_ID="test-project", DOCUMENT_AI_PROCESSOR_ID="proc-1",
                          DOCUMENT_AI_ENDPOINT=docai["ok"].url, PRODUCTION_ROLLOUT_ENABLED="true",
                          GEMINI_ROLLOUT_STAGE="full")
    warm = server.post(data=generic_invoice("columns", 1).pdf, headers={"Content-Type": "application/pdf"})
    assert warm.status_code == 200  # first request pays the SDK imports (cold start)
    started = time.monotonic()
    response = server.post(data=invoice.pdf, headers={"Content-Type": "application/pdf"})
    seconds = time.monotonic() - started
    body = response.json()
    assert response.status_code == 200 and seconds < 3.5, (seconds, body)
    assert body["method"] == "document_ai" and body["variant"] == "treatment"
    assert [a["error_code"] for a in body["attempts"]] == ["timeout", ""]
    record = [json.loads(line) for line in server.logs().splitlines() if '"invoice_request"' in line][-1]
    assert record["method_used"] == "document_ai" and record["timed_out"] is True
    assert record["cost_usd"] == pytest.approx(0.01 * invoice.pages)
    assert "test-key" not in server.logs()
