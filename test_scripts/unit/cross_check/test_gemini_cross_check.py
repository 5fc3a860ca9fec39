"""Gemini's answer checked against the page: the printed values and the local text reading."""

from __future__ import annotations

import copy
import logging

import pytest

from invoice_processing.config import load_settings
from invoice_processing.models import Backend
from test_scripts.fakes.clients import FAST, deps_for, post
from test_scripts.fakes.gemini_fake import GeminiFake
from test_scripts.generator import generic_invoice, harpercollins_po, rifle_paper_invoice

SETTINGS = load_settings({**FAST, "REQUEST_DEADLINE_SECONDS": "20"})
CASES = {"generic": lambda: generic_invoice("columns", 1), "harpercollins": lambda: harpercollins_po(1),
         "rifle": lambda: rifle_paper_invoice(1)}


@pytest.fixture
def gemini():
    fake = GeminiFake()
    yield fake
    fake.close()


def _request_record(caplog) -> dict:
    [record] = [r.json_fields for r in caplog.records
                if getattr(r, "json_fields", {}).get("event") == "invoice_request"]
    return record


def _answer(gemini, caplog, tmp_path, pdf: bytes, truth: dict) -> tuple[dict, dict]:
    gemini.know(pdf, truth)
    caplog.set_level(logging.INFO, logger="invoice_processing")
    caplog.clear()
    body, status, _ = post(pdf, deps_for(tmp_path / "g.csv", gemini, local=False), SETTINGS, planned=Backend.GEMINI)
    assert status == 200 and body["method"] == "gemini", body
    return body, _request_record(caplog)


@pytest.mark.parametrize("case", CASES)
def test_an_exact_answer_is_not_flagged(gemini, caplog, tmp_path, case):
    invoice = CASES[case]()
    body, record = _answer(gemini, caplog, tmp_path, invoice.pdf, invoice.truth)
    assert body["needs_review"] is False and not [w for w in body["warnings"] if w.startswith("cross-check")]
    assert record["cross_check"] == {"status": "agree", "checks": ["printed", "subtotal", "local_text"],
                                     "second_reading": "local_text", "reasons": []}


def _changed_price(truth: dict) -> dict:
    truth["line_items"][2]["wholesale"] = "31.17"  # printed nowhere on these pages
    return truth


def _dropped_line(truth: dict) -> dict:
    del truth["line_items"][4]
    return truth


def _invented_line(truth: dict) -> dict:
    truth["line_items"].insert(3, {"item": "ZZ-9999 - Porcelain Teapot", "wholesale": "23.41", "qty": 7})
    return truth


MISTAKES = {
    "changed price": (_changed_price, {"price_not_printed", "line_values", "subtotal_mismatch"},
                      "line 3 ("),
    "dropped line": (_dropped_line, {"line_count", "line_missing", "subtotal_mismatch"},
                     "the local text reading has a line not read"),
    "invented line": (_invented_line, {"price_not_printed", "qty_not_printed", "line_count", "line_extra",
                                       "subtotal_mismatch"}, "line 4 (ZZ-9999 - Porcelain Teapot)"),
}


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("mistake", MISTAKES)
def test_a_wrong_answer_is_written_but_flagged_with_the_reason_named(gemini, caplog, tmp_path, case, mistake):
    invoice = CASES[case]()
    change, reasons, named = MISTAKES[mistake]
    body, record = _answer(gemini, caplog, tmp_path, invoice.pdf, change(copy.deepcopy(invoice.truth)))
    assert body["rows_written"] == body["items_count"] > 0  # never blocks the write
    assert body["needs_review"] is True and body["quality_score"] <= 0.85
    checks = [w for w in body["warnings"] if w.startswith("cross-check: ")]
    assert any(named in w for w in checks), checks
    assert record["cross_check"]["status"] == "disagree" and record["needs_review"] is True
    found = set(record["cross_check"]["reasons"])
    assert found & reasons and found <= reasons | {"qty_not_printed"}, found
