"""The one structured record per request: event and field names, and how it is written.

Every name a log-based metric, an alert or the A/B analysis reads is defined here and nowhere
else; Terraform's filters are tested against these names.

Rendering: JSON for Cloud Logging (default), text for a terminal, or google-cloud-logging's own
``StructuredLogHandler`` (``LOG_FORMAT=cloud``). The default JSON carries the keys Cloud Logging's
agent reads from stdout (``severity``, ``message``, ``logging.googleapis.com/trace``,
``.../spanId``, ``.../trace_sampled``) exactly as ``StructuredLogHandler`` writes them (a test
compares the two), without importing the client library at start-up: that import alone takes
about three times as long as functions-framework's (see docs/benchmarks.md), and a cold start is
paid by the caller.
"""

from __future__ import annotations

import json
import logging
import re
import sys
import time
from collections.abc import Mapping
from typing import Any, TextIO

LOGGER_NAME = "invoice_processing"

# Events (the record's "event" field).
EVENT_REQUEST = "invoice_request"  # the canonical per-request record
EVENT_STARTUP = "startup"
EVENT_SHEET_RANGE_MISMATCH = "sheet_range_mismatch"
EVENT_CONFIG_ERROR = "configuration_error"
EVENT_ROLLOUT_INVALID = "rollout_stage_invalid"
EVENT_SHEET_GRID_NEAR_LIMIT = "sheet_grid_near_limit"  # the spreadsheet nears Sheets' 10-million-cell limit

# Outcomes (the "outcome" field of EVENT_REQUEST).
OUTCOME_SUCCESS = "success"
OUTCOME_DUPLICATE = "duplicate"
OUTCOME_CLIENT_ERROR = "client_error"  # 4xx: the caller's input was unusable
OUTCOME_ERROR = "error"  # 5xx other than a timeout
OUTCOME_TIMEOUT = "timeout"  # the request deadline ran out
OUTCOMES = (OUTCOME_SUCCESS, OUTCOME_DUPLICATE, OUTCOME_CLIENT_ERROR, OUTCOME_ERROR, OUTCOME_TIMEOUT)

# Field names of EVENT_REQUEST.
FIELDS: dict[str, str] = {
    "event": "event name",
    "request_id": "id returned to the caller",
    "outcome": "one of OUTCOMES",
    "http_status": "status code answered",
    "error_code": "stable error code, empty on success",
    "source": "how the PDF arrived: multipart | form_url | json_url | raw | cli",
    "method_planned": "backend the route chose first",
    "method_used": "backend that produced the rows (empty when none did)",
    "fallback_used": "true when method_used is not method_planned",
    "fallback_reason": "error code of the first failed attempt",
    "timed_out": "true when some attempt or the request hit its deadline",
    "attempts": "list of {backend, ok, elapsed_ms, error_code, items}",
    "gemini_ms": "milliseconds spent in Gemini",
    "document_ai_ms": "milliseconds spent in Document AI",
    "local_ms": "milliseconds spent in local extraction",
    "sheet_ms": "milliseconds spent writing the sheet",
    "duration_ms": "total milliseconds from arrival to answer",
    "pages": "PDF page count",
    "bytes": "PDF size in bytes",
    "vendor": "canonical vendor name",
    "items": "product lines extracted",
    "quality_score": "0..1 from the quality report",
    "needs_review": "true when the quality report flags the invoice",
    "cross_check": "{status: agree | disagree | unchecked, checks, second_reading, reasons}: read vs printed",
    "rollout_stage": "effective rollout stage",
    "bucket": "0..9999 stable bucket of the PDF",
    "variant": "control (Document AI) | treatment (Gemini with fallback)",
    "rows_written": "rows appended by this request",
    "duplicate": "true when the invoice was already in the sheet",
    "sheet_range": "range the sheet reported it wrote",
    "gemini_input_tokens": "prompt tokens reported by Gemini",
    "gemini_output_tokens": "response tokens reported by Gemini",
    "cost_usd": "estimated cost of the cloud calls",
    "rows": "the extracted rows, kept only when they could not be written",
    "warnings_count": "warnings in the response",
    "detail": "short explanation for non-request events (never invoice text or secrets)",
}


def log_event(event: str, fields: Mapping[str, Any], *, level: int = logging.INFO, trace: str = "") -> None:
    """Write one structured record. Unknown field names are a programming error.

    ``trace`` is the raw ``X-Cloud-Trace-Context`` header value; the formatter turns it into
    Cloud Logging's trace and span fields.
    """
    unknown = set(fields) - set(FIELDS)
    if unknown:
        raise ValueError(f"unknown log fields: {sorted(unknown)}")
    record = {"event": event, **fields}
    logging.getLogger(LOGGER_NAME).log(level, event, extra={"json_fields": record, "trace_header": trace})


def severity_for(outcome: str) -> int:
    if outcome in (OUTCOME_ERROR, OUTCOME_TIMEOUT):
        return logging.ERROR
    if outcome == OUTCOME_CLIENT_ERROR:
        return logging.WARNING
    return logging.INFO

_SEVERITY = {
    logging.DEBUG: "DEBUG",
    logging.INFO: "INFO",
    logging.WARNING: "WARNING",
    logging.ERROR: "ERROR",
    logging.CRITICAL: "CRITICAL",
}
_TRACE = re.compile(r"^([0-9a-fA-F]{1,64})(?:/(\d{1,20}))?(?:;o=([01]))?")


def parse_trace(header: str) -> tuple[str, str, bool]:
    """``X-Cloud-Trace-Context: TRACE/SPAN;o=1`` → (trace id, span id as 16 hex digits, sampled)."""
    match = _TRACE.match((header or "").strip())
    if not match:
        return "", "", False
    trace, span, sampled = match.groups()
    span_hex = f"{int(span):016x}" if span and int(span) < 2**64 else ""
    return trace, span_hex, sampled == "1"


class JsonFormatter(logging.Formatter):
    """One JSON object per record: Cloud Logging's keys plus the record's ``json_fields``."""

    def __init__(self, project_id: str = ""):
        super().__init__()
        self.project_id = project_id

    def format(self, record: logging.LogRecord) -> str:
        payload: dict[str, Any] = dict(getattr(record, "json_fields", None) or {})
        payload["message"] = record.getMessage()
        payload["severity"] = _SEVERITY.get(record.levelno, "DEFAULT")
        payload["time"] = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + f".{int(record.msecs):03d}Z"
        payload["logging.googleapis.com/labels"] = {"python_logger": record.name}
        trace, span, sampled = parse_trace(getattr(record, "trace_header", ""))
        if trace and self.project_id:
            payload["logging.googleapis.com/trace"] = f"projects/{self.project_id}/traces/{trace}"
            if span:
                payload["logging.googleapis.com/spanId"] = span
            payload["logging.googleapis.com/trace_sampled"] = sampled
        return json.dumps(payload, default=str, separators=(",", ":"))


class TextFormatter(logging.Formatter):
    """Readable one-line form for a terminal: ``LEVEL event key=value ...``."""

    def format(self, record: logging.LogRecord) -> str:
        fields = dict(getattr(record, "json_fields", None) or {})
        fields.pop("event", None)
        pairs = " ".join(f"{k}={v}" for k, v in fields.items() if v not in ("", None, [], {}))
        return f"{record.levelname:<7} {record.getMessage()} {pairs}".rstrip()


def _handler(log_format: str, project_id: str, stream: TextIO) -> logging.Handler:
    if log_format == "cloud":
        from google.cloud.logging_v2.handlers import StructuredLogHandler

        # google-cloud-logging leaves the handler's __init__ unannotated
        return StructuredLogHandler(stream=stream, project_id=project_id or None)  # type: ignore[no-untyped-call]
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter(project_id) if log_format == "json" else TextFormatter())
    return handler


def setup_logging(log_format: str = "json", project_id: str = "", stream: TextIO | None = None) -> logging.Logger:
    """Point the product's logger at stdout (idempotent: safe on every cold start)."""
    logger = logging.getLogger(LOGGER_NAME)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    for old in [h for h in logger.handlers if getattr(h, "_invoice_handler", False)]:
        logger.removeHandler(old)
    handler = _handler(log_format, project_id, stream or sys.stdout)
    handler._invoice_handler = True  # type: ignore[attr-defined]
    logger.addHandler(handler)
    return logger
