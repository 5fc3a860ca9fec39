"""HTTP request → pipeline → (JSON, status, headers), and the request's one log record.

The error → status map lives here and only here: every ``InvoiceError`` carries its status,
code and public message; anything else is a 500 with a generic message (the exception type,
never its text, goes to the log).
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable, Sequence
from typing import Any

import flask

from invoice_processing import metrics
from invoice_processing.config import Settings
from invoice_processing.deadline import Deadline
from invoice_processing.errors import InvoiceError
from invoice_processing.intake import request as intake
from invoice_processing.intake.download import fetch_for
from invoice_processing.models import Attempt, Backend, Route, Trail, Usage
from invoice_processing.pipeline import Deps, Outcome, process

_log = logging.getLogger(__name__)


# Headers HTTP asks for with some statuses.
_STATUS_HEADERS = {405: {"Allow": "POST"}, 401: {"WWW-Authenticate": 'Bearer realm="invoice-webhook"'}}
Router = Callable[[str], Route]  # pdf sha256 -> route
Response = tuple[dict[str, Any], int, dict[str, str]]


def handle(request: flask.Request, settings: Settings, deps: Deps, router: Router) -> Response:
    arrived = time.monotonic()
    request_id = uuid.uuid4().hex
    trace = request.headers.get("X-Cloud-Trace-Context", "")
    deadline = Deadline(settings.request_deadline_seconds, reserve=settings.sheet_write_reserve_seconds)
    record: dict[str, Any] = {"request_id": request_id}
    trail = Trail()
    try:
        intake.check_method(request.method)
        intake.check_token(request.headers, settings)

        def fetcher(url: str) -> bytes:
            return fetch_for(settings, url, deadline.for_call(settings.download_timeout_seconds))

        pdf = intake.read_request(request, settings, fetcher)
        record["source"] = pdf.source
        route = router(pdf.sha256)
        record.update(rollout_stage=route.stage, bucket=route.bucket, variant=route.variant)
        outcome = process(pdf, route.backend, settings, deps, deadline, trail)
    except InvoiceError as error:
        return _error(error, trail, record, arrived, trace)
    except Exception as exc:  # a bug: answer a clean 500, keep the type for the log
        record["detail"] = type(exc).__name__
        return _error(InvoiceError(), Trail(), record, arrived, trace)
    return _success(outcome, route, record, arrived, trace)


def unconfigured(error: InvoiceError) -> Response:
    """The answer to every request while the instance's settings are unusable (logged once at
    start-up, not per request)."""
    return {"success": False, "error": {"code": error.code, "message": error.message}, "request_id": ""}, \
        error.status, {}


def _success(outcome: Outcome, route: Route, record: dict[str, Any], arrived: float, trace: str) -> Response:
    duration_ms = int((time.monotonic() - arrived) * 1000)
    extraction = outcome.extraction
    method = extraction.backend.value if extraction else ""
    fallback = bool(extraction and extraction.fallback_used)
    body = {
        "success": True,
        "request_id": record["request_id"],
        "method": method,
        "fallback_used": fallback,
        "rollout_stage": route.stage,
        "variant": route.variant,
        "vendor": outcome.vendor,
        "invoice_number": outcome.invoice_number,
        "invoice_date": outcome.invoice_date,
        "items_count": outcome.items_count,
        "sheet_range": outcome.write.sheet_range,
        "duplicate": outcome.duplicate,
        "rows_written": outcome.write.rows_written,
        "warnings": list(outcome.warnings),
        "quality_score": outcome.quality_score,
        "needs_review": outcome.needs_review,
        "duration_ms": duration_ms,
    }
    if extraction:
        body.update(attempts=_attempt_summary(extraction.attempts), fallback_reason=extraction.fallback_reason)
        record.update(_attempt_fields(extraction.attempts, extraction.first), **_usage_fields(extraction.usage))
    else:
        record["method_planned"] = outcome.first.value
    outcome_name = metrics.OUTCOME_DUPLICATE if outcome.duplicate else metrics.OUTCOME_SUCCESS
    record.update(
        outcome=outcome_name, http_status=200, error_code="", method_used=method,
        duration_ms=duration_ms, pages=outcome.profile.pages, bytes=outcome.profile.size_bytes,
        vendor=outcome.vendor, items=outcome.items_count, rows_written=outcome.write.rows_written,
        duplicate=outcome.duplicate, sheet_range=outcome.write.sheet_range,
        warnings_count=len(outcome.warnings), needs_review=outcome.needs_review, **outcome.timings,
    )
    if outcome.quality_score is not None:
        record["quality_score"] = outcome.quality_score
    if outcome.cross_check is not None:
        record["cross_check"] = outcome.cross_check
    if not outcome.write.range_ok:
        metrics.log_event(metrics.EVENT_SHEET_RANGE_MISMATCH, {"request_id": record["request_id"],
                          "sheet_range": outcome.write.sheet_range}, level=logging.ERROR, trace=trace)
    metrics.log_event(metrics.EVENT_REQUEST, record, trace=trace)
    return body, 200, {}


def _attempt_fields(attempts: Sequence[Attempt], first: Backend) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "method_planned": first.value,
        "attempts": [
            {"backend": a.backend.value, "ok": a.ok, "elapsed_ms": a.elapsed_ms, "error_code": a.error_code,
             "items": a.items}
            for a in attempts
        ],
        "timed_out": any(a.timed_out for a in attempts),
    }
    failed = [a for a in attempts if not a.ok]
    fields["fallback_used"] = bool(attempts) and attempts[-1].ok and len(attempts) > 1
    fields["fallback_reason"] = failed[0].error_code if failed else ""
    for a in attempts:
        key = f"{a.backend.value}_ms"
        fields[key] = fields.get(key, 0) + a.elapsed_ms
    return fields


def _attempt_summary(attempts: Sequence[Attempt]) -> list[dict[str, Any]]:
    """Which backends were tried, in order, and why each one that failed did not produce rows."""
    return [{"backend": a.backend.value, "ok": a.ok, "elapsed_ms": a.elapsed_ms, "error_code": a.error_code}
            for a in attempts]


def _usage_fields(usage: Usage) -> dict[str, Any]:
    """Gemini tokens and the estimated cost of the cloud calls (zero when none was made)."""
    return {"gemini_input_tokens": usage.input_tokens, "gemini_output_tokens": usage.output_tokens,
            "cost_usd": round(usage.cost_usd, 6)}


def _error(error: InvoiceError, trail: Trail, record: dict[str, Any], arrived: float, trace: str) -> Response:
    duration_ms = int((time.monotonic() - arrived) * 1000)
    body: dict[str, Any] = {
        "success": False,
        "error": {"code": error.code, "message": error.message},
        "request_id": record["request_id"],
    }
    headers: dict[str, str] = {}
    if error.retryable:
        body["retryable"] = True
        headers["Retry-After"] = str(error.retry_after or 30)
    headers.update(_STATUS_HEADERS.get(error.status, {}))
    if error.status >= 500 and error.code == "deadline_exceeded":
        outcome = metrics.OUTCOME_TIMEOUT
    elif error.status >= 500:
        outcome = metrics.OUTCOME_ERROR
    else:
        outcome = metrics.OUTCOME_CLIENT_ERROR
    if trail.chain_failed:  # no backend produced rows: say which were tried and why each failed
        record.update(_attempt_fields(trail.attempts, trail.first or Backend.LOCAL), **_usage_fields(trail.usage))
        body["attempts"] = _attempt_summary(trail.attempts)
    record.update(outcome=outcome, http_status=error.status, error_code=error.code, duration_ms=duration_ms)
    if outcome == metrics.OUTCOME_TIMEOUT:
        record["timed_out"] = True
    unwritten = trail.unwritten
    if unwritten is not None:  # extracted but not written: the record keeps the rows
        record["rows"] = unwritten.rows
        record.update(_attempt_fields(trail.attempts, trail.first or unwritten.backend), **_usage_fields(trail.usage))
        record.update(method_used=unwritten.backend.value, vendor=unwritten.vendor, items=unwritten.items,
                      quality_score=unwritten.quality_score, needs_review=unwritten.needs_review)
    if error.detail and "detail" not in record:
        record["detail"] = error.detail
    metrics.log_event(metrics.EVENT_REQUEST, record, level=metrics.severity_for(outcome), trace=trace)
    return body, error.status, headers
