"""The one structured record per request: event and field names, and how it is written.

Every name a log-based metric, an alert or the A/B analysis reads is defined here and nowhere
else; Terraform's filters are tested against these names. How records are rendered (JSON for
Cloud Logging, text for a terminal) is ``log_setup``'s job.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

LOGGER_NAME = "invoice_processing"

# Events (the record's "event" field).
EVENT_REQUEST = "invoice_request"  # the canonical per-request record
EVENT_STARTUP = "startup"
EVENT_SHEET_RANGE_MISMATCH = "sheet_range_mismatch"
EVENT_CONFIG_ERROR = "configuration_error"
EVENT_ROLLOUT_INVALID = "rollout_stage_invalid"

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
