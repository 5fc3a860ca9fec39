"""The per-request record as Cloud Logging sees it: our JSON matches google-cloud-logging's
StructuredLogHandler on every key Cloud Logging reads; text form for terminals."""

from __future__ import annotations

import io
import json
import logging

import flask
import pytest

from invoice_processing import metrics
from invoice_processing.metrics import parse_trace, setup_logging

TRACE = "105445aa7843bc8bf206b12000100000/1;o=1"
SHARED_KEYS = ("message", "severity", "logging.googleapis.com/trace", "logging.googleapis.com/spanId",
               "logging.googleapis.com/trace_sampled", "outcome", "items")


def _emit(log_format: str) -> dict:
    stream = io.StringIO()
    setup_logging(log_format, "proj", stream=stream)
    app = flask.Flask("t")  # StructuredLogHandler reads the trace from the Flask request
    with app.test_request_context("/", headers={"X-Cloud-Trace-Context": TRACE}):
        metrics.log_event(metrics.EVENT_REQUEST, {"outcome": "success", "items": 3}, trace=TRACE)
    lines = [json.loads(line) for line in stream.getvalue().splitlines() if '"outcome"' in line]
    assert len(lines) == 1
    return lines[0]


def test_json_record_matches_google_cloud_logging_structured_handler():
    ours, theirs = _emit("json"), _emit("cloud")
    assert {k: ours.get(k) for k in SHARED_KEYS} == {k: theirs.get(k) for k in SHARED_KEYS}
    assert ours["logging.googleapis.com/trace"] == "projects/proj/traces/105445aa7843bc8bf206b12000100000"
    assert ours["event"] == "invoice_request" and ours["severity"] == "INFO"


def test_text_format_is_one_readable_line():
    stream = io.StringIO()
    setup_logging("text", stream=stream)
    metrics.log_event(metrics.EVENT_REQUEST, {"outcome": "timeout", "duration_ms": 3001}, level=logging.ERROR)
    assert stream.getvalue().strip() == "ERROR   invoice_request outcome=timeout duration_ms=3001"


def test_unknown_field_names_are_refused():
    with pytest.raises(ValueError):
        metrics.log_event(metrics.EVENT_REQUEST, {"not_a_field": 1})


@pytest.mark.parametrize("header,expected", [
    (TRACE, ("105445aa7843bc8bf206b12000100000", "0000000000000001", True)),
    ("abc123", ("abc123", "", False)),
    ("", ("", "", False)),
    ("<script>/1", ("", "", False)),
])
def test_trace_header_parsing(header, expected):
    assert parse_trace(header) == expected
