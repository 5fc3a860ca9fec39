"""Render log records: JSON for Cloud Logging (default), text for a terminal, or
google-cloud-logging's own ``StructuredLogHandler`` (``LOG_FORMAT=cloud``).

The default JSON carries the keys Cloud Logging's agent reads from stdout (``severity``,
``message``, ``logging.googleapis.com/trace``, ``.../spanId``, ``.../trace_sampled``) exactly as
``StructuredLogHandler`` writes them (a test compares the two), without importing the client
library at start-up: that import alone takes about three times as long as functions-framework's
(see docs/benchmarks.md), and a cold start is paid by the caller.
"""

from __future__ import annotations

import json
import logging
import re
import sys
import time
from typing import Any

from .metrics import LOGGER_NAME

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


def _handler(log_format: str, project_id: str, stream) -> logging.Handler:
    if log_format == "cloud":
        from google.cloud.logging_v2.handlers import StructuredLogHandler

        return StructuredLogHandler(stream=stream, project_id=project_id or None)
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter(project_id) if log_format == "json" else TextFormatter())
    return handler


def setup_logging(log_format: str = "json", project_id: str = "", stream=None) -> logging.Logger:
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
