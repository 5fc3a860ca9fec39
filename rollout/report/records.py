"""Per-request log records (``event="invoice_request"``) read back for the A/B analysis.

Accepts the JSON lines the function writes to stdout and Cloud Logging exports, which wrap
the same object as ``{"jsonPayload": {...}, "timestamp": ...}``. A line that cannot be read
is counted under a reason and skipped, never raised: one corrupt line must not hide a day of
evidence. The field names read here are the ones ``invoice_processing.metrics`` writes (a
test checks them; this package does not import it).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from rollout.decision import VARIANTS

EVENT_REQUEST = "invoice_request"
OUTCOMES = ("success", "duplicate", "client_error", "error", "timeout")
# Outcomes that say something about the service. A client error is the caller's unusable PDF;
# a duplicate may skip extraction entirely. Both are counted but left out of every rate.
PROCESSED = ("success", "error", "timeout")

# Fields of the request record this package reads. "time" and "severity" are added by the
# log formatter; the rest are payload fields of invoice_processing.metrics.FIELDS.
FORMATTER_FIELDS = ("time",)
PAYLOAD_FIELDS = ("event", "outcome", "variant", "vendor", "rollout_stage", "bucket", "method_planned",
                  "method_used", "fallback_used", "timed_out", "duration_ms", "items", "quality_score",
                  "needs_review", "cost_usd", "cross_check")
CROSS_CHECK_STATUSES = ("agree", "disagree", "unchecked")
_MAX_EXAMPLES = 5
_FRACTION = re.compile(r"(\.\d{6})\d+")


@dataclass(frozen=True)
class Request:
    """One processed-or-not request as the analysis sees it (None: not recorded)."""

    time: datetime | None
    variant: str
    outcome: str
    vendor: str = ""
    stage: str = ""
    bucket: int | None = None
    method_planned: str = ""
    method_used: str = ""
    fallback_used: bool = False
    timed_out: bool = False
    duration_ms: float | None = None
    items: int | None = None
    quality_score: float | None = None
    needs_review: bool = False
    cost_usd: float | None = None
    cross_check: str = ""  # agree | disagree | unchecked; '' when not recorded

    @property
    def processed(self) -> bool:
        return self.outcome in PROCESSED


@dataclass
class LoadResult:
    """Requests read, plus what was skipped and why (reason -> count, first few line numbers)."""

    requests: list[Request] = field(default_factory=list)
    lines: int = 0
    other_events: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)

    def skip(self, line_no: int, reason: str) -> None:
        self.skipped[reason] += 1
        if len(self.examples) < _MAX_EXAMPLES:
            self.examples.append(f"record {line_no}: {reason}")

    def summary(self) -> str:
        """One sentence for the operator: how much was read and what was left out."""
        text = f"{len(self.requests)} request records read from {self.lines} lines"
        if self.other_events:
            text += f", {self.other_events} other events ignored"
        if self.skipped:
            reasons = ", ".join(f"{n} {reason}" for reason, n in self.skipped.most_common())
            text += f"; skipped {sum(self.skipped.values())} unusable lines ({reasons})"
        return text


class BadRecord(ValueError):
    """A record that cannot be used; the message is the skip reason."""


def parse_time(value: Any) -> datetime | None:
    """ISO-8601 text (``...Z`` or an offset, up to nanoseconds) as an aware UTC datetime."""
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise BadRecord("invalid time")
    try:
        parsed = datetime.fromisoformat(_FRACTION.sub(r"\1", value.strip()).replace("Z", "+00:00"))
    except ValueError:
        raise BadRecord("invalid time") from None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def _number(payload: Mapping[str, Any], name: str) -> float | None:
    value = payload.get(name)
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise BadRecord(f"invalid {name}")
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise BadRecord(f"invalid {name}") from None
    if not math.isfinite(number) or number < 0:
        raise BadRecord(f"invalid {name}")
    return number


def _flag(payload: Mapping[str, Any], name: str) -> bool:
    value = payload.get(name, False)
    if isinstance(value, bool):
        return value
    if value in (None, "", "false", "False", 0):
        return False
    if value in ("true", "True", 1):
        return True
    raise BadRecord(f"invalid {name}")


def _text(payload: Mapping[str, Any], name: str) -> str:
    value = payload.get(name)
    return value.strip() if isinstance(value, str) else ""


def _cross_check(payload: Mapping[str, Any]) -> str:
    """The cross-check status: the field is ``{"status": ..., ...}`` (a bare status is accepted)."""
    value = payload.get("cross_check")
    status = value.get("status") if isinstance(value, dict) else value
    if status in (None, ""):
        return ""
    if status not in CROSS_CHECK_STATUSES:
        raise BadRecord("invalid cross_check")
    return str(status)


def request_from_payload(payload: Mapping[str, Any], timestamp: Any = None) -> Request:
    """A ``Request`` from one record's payload; raises ``BadRecord`` with the skip reason."""
    variant, outcome = _text(payload, "variant"), _text(payload, "outcome")
    if variant not in VARIANTS:
        raise BadRecord("no variant" if not variant else "unknown variant")
    if outcome not in OUTCOMES:
        raise BadRecord("unknown outcome")
    bucket, items = _number(payload, "bucket"), _number(payload, "items")
    quality = _number(payload, "quality_score")
    if quality is not None and quality > 1:
        raise BadRecord("invalid quality_score")
    return Request(
        time=parse_time(payload.get("time") or timestamp), variant=variant, outcome=outcome,
        vendor=_text(payload, "vendor"), stage=_text(payload, "rollout_stage"),
        bucket=None if bucket is None else int(bucket), method_planned=_text(payload, "method_planned"),
        method_used=_text(payload, "method_used"), fallback_used=_flag(payload, "fallback_used"),
        timed_out=_flag(payload, "timed_out"), duration_ms=_number(payload, "duration_ms"),
        items=None if items is None else int(items), quality_score=quality,
        needs_review=_flag(payload, "needs_review"), cost_usd=_number(payload, "cost_usd"),
        cross_check=_cross_check(payload),
    )


def add_record(result: LoadResult, obj: Any, line_no: int) -> None:
    """Add one decoded record (bare or Cloud Logging-wrapped) to ``result``."""
    if not isinstance(obj, dict):
        result.skip(line_no, "not a JSON object")
        return
    payload, timestamp = obj, None
    if "jsonPayload" in obj:
        payload, timestamp = obj["jsonPayload"], obj.get("timestamp")
        if not isinstance(payload, dict):
            result.skip(line_no, "jsonPayload is not an object")
            return
    if payload.get("event") != EVENT_REQUEST:
        result.other_events += 1
        return
    try:
        result.requests.append(request_from_payload(payload, timestamp))
    except BadRecord as bad:
        result.skip(line_no, str(bad))


def load_lines(lines: Iterable[str]) -> LoadResult:
    """Read JSON lines (blank lines ignored). Never raises for bad content."""
    result = LoadResult()
    for line_no, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        result.lines += 1
        try:
            obj = json.loads(line)
        except ValueError:
            result.skip(line_no, "not JSON")
            continue
        add_record(result, obj, line_no)
    return result


def load_file(path: str) -> LoadResult:
    """Read JSON lines, or the JSON array ``gcloud logging read --format=json`` prints.

    ``OSError`` is the caller's to report: a missing file is not data.
    """
    with open(path, encoding="utf-8", errors="replace") as handle:
        text = handle.read()
    if not text.lstrip().startswith("["):
        return load_lines(text.splitlines())
    try:
        items = json.loads(text)
    except ValueError:
        result = LoadResult(lines=1)
        result.skip(1, "not JSON (a JSON array that does not parse)")
        return result
    result = LoadResult(lines=len(items))
    for number, item in enumerate(items, start=1):
        add_record(result, item, number)
    return result
