"""Reading request records back: both log forms, bad lines counted and skipped, field names
shared with the writer, and no import of invoice_processing from rollout."""

from __future__ import annotations

import ast
import json
from datetime import UTC, datetime
from types import SimpleNamespace

import pytest

from invoice_processing import metrics
from rollout.report.cloud_logs import SourceError, entries_filter, read_entries
from rollout.report.records import FORMATTER_FIELDS, PAYLOAD_FIELDS, load_file, load_lines
from test_scripts.paths import ROOT

RECORD = {"event": "invoice_request", "time": "2026-11-22T10:00:00.123Z", "severity": "INFO", "request_id": "r1",
          "outcome": "success", "variant": "treatment", "vendor": "HarperCollins", "rollout_stage": "initial",
          "bucket": 42, "method_planned": "gemini", "method_used": "gemini", "fallback_used": False,
          "timed_out": False, "duration_ms": 12345, "items": 7, "quality_score": 0.95, "needs_review": False,
          "cost_usd": 0.002}


def test_every_field_read_is_a_field_the_function_writes():
    assert set(PAYLOAD_FIELDS) <= set(metrics.FIELDS)
    assert set(FORMATTER_FIELDS) == {"time"}  # added by the JSON formatter, not a payload field


def test_rollout_never_imports_invoice_processing():
    for path in (ROOT / "rollout").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module or ""]
            assert not any(n.split(".")[0] == "invoice_processing" for n in names), path.name


def test_bare_and_cloud_logging_wrapped_records_read_the_same():
    wrapped = {"jsonPayload": {k: v for k, v in RECORD.items() if k != "time"},
               "timestamp": "2026-11-22T10:00:00.123456789Z", "severity": "INFO"}
    result = load_lines([json.dumps(RECORD), json.dumps(wrapped)])
    bare, cloud = result.requests
    assert result.skipped == {}
    assert bare.time == datetime(2026, 11, 22, 10, 0, 0, 123000, tzinfo=UTC)
    assert cloud.time == datetime(2026, 11, 22, 10, 0, 0, 123456, tzinfo=UTC)
    assert (bare.variant, bare.outcome, bare.bucket, bare.duration_ms, bare.quality_score) == (
        "treatment", "success", 42, 12345.0, 0.95)
    assert bare == type(bare)(**{**cloud.__dict__, "time": bare.time})


def test_bad_lines_are_counted_with_reasons_and_skipped():
    lines = ["not json", "[1, 2]", json.dumps({**RECORD, "variant": "blue"}),
             json.dumps({**RECORD, "duration_ms": "slow"}), json.dumps({**RECORD, "time": "yesterday"}),
             json.dumps({**RECORD, "quality_score": 1.5}), json.dumps({**RECORD, "variant": ""}),
             json.dumps({"event": "startup"}), "", json.dumps(RECORD), json.dumps({"jsonPayload": "text"})]
    result = load_lines(lines)
    assert len(result.requests) == 1 and result.other_events == 1 and result.lines == 10
    assert result.skipped == {"not JSON": 1, "not a JSON object": 1, "unknown variant": 1, "invalid duration_ms": 1,
                              "invalid time": 1, "invalid quality_score": 1, "no variant": 1,
                              "jsonPayload is not an object": 1}
    assert result.examples[0] == "record 1: not JSON"
    assert "skipped 8 unusable lines" in result.summary()


def test_a_gcloud_json_array_export_is_read(tmp_path):
    path = tmp_path / "export.json"
    path.write_text(json.dumps([{"jsonPayload": RECORD}, {"jsonPayload": {**RECORD, "outcome": "timeout"}}, 3]))
    result = load_file(str(path))
    assert [r.outcome for r in result.requests] == ["success", "timeout"] and result.skipped == {"not a JSON object": 1}


def test_cloud_logging_entries_are_read_through_the_client():
    seen = {}

    class FakeClient:
        def list_entries(self, **kwargs):
            seen.update(kwargs)
            stamp = datetime(2026, 11, 22, 9, tzinfo=UTC)
            return [SimpleNamespace(payload={k: v for k, v in RECORD.items() if k != "time"}, timestamp=stamp),
                    SimpleNamespace(payload="a text entry", timestamp=stamp)]

    since = datetime(2026, 11, 20, tzinfo=UTC)
    result = read_entries("my-project", since, client=FakeClient())
    assert [r.time for r in result.requests] == [datetime(2026, 11, 22, 9, tzinfo=UTC)]
    assert result.skipped == {"jsonPayload is not an object": 1}
    assert seen["filter_"] == entries_filter(since) == (
        'jsonPayload.event="invoice_request" AND timestamp>="2026-11-20T00:00:00Z"')
    assert seen["resource_names"] == ["projects/my-project"] and seen["order_by"] == "timestamp asc"


def test_an_unreadable_cloud_logging_source_is_one_clear_error():
    class Denied:
        def list_entries(self, **kwargs):
            raise PermissionError("403 caller lacks logging.logEntries.list")

    with pytest.raises(SourceError, match="Logs Viewer"):
        read_entries("my-project", datetime(2026, 11, 20, tzinfo=UTC), client=Denied())
