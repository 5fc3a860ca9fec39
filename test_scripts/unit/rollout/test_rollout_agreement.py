"""Agreement in the A/B report: the share of invoices whose reading passed the cross-checks,
per arm and per vendor, read from the request log's ``cross_check`` field."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from rollout.report.analysis import build_report
from rollout.report.cli import main
from rollout.report.measures import MEASURE_BY_NAME
from rollout.report.records import load_lines
from rollout.report.rows import VENDOR_HEADER, vendor_rows
from rollout.report.simulate import CONTROL_PROFILE, GEMINI_PROFILE, simulate
from rollout.stages import Stage

START = datetime(2026, 11, 20, tzinfo=UTC)


def record(status, outcome: str = "success", **fields) -> str:
    payload = {"event": "invoice_request", "outcome": outcome, "variant": "treatment", "vendor": "OneHundred80",
               "time": "2026-11-22T10:00:00Z", **fields}
    if status is not None:
        payload["cross_check"] = status
    return json.dumps(payload)


def test_the_cross_check_status_is_read_from_the_record_and_a_bad_one_is_skipped():
    loaded = load_lines([
        record({"status": "agree", "checks": ["printed"], "second_reading": "", "reasons": []}),
        record({"status": "disagree", "reasons": ["line_count"]}), record("unchecked"), record(None),
        record({"status": "maybe"}),
    ])
    assert [r.cross_check for r in loaded.requests] == ["agree", "disagree", "unchecked", ""]
    assert dict(loaded.skipped) == {"invalid cross_check": 1}


def test_agreement_counts_successes_the_cross_check_ran_on():
    loaded = load_lines([record({"status": s}) for s in ("agree", "agree", "disagree", "unchecked")]
                        + [record(None), record({"status": "disagree"}, outcome="error")])
    measure = MEASURE_BY_NAME["agreement"]
    assert measure.higher_is_better
    assert [measure.value(r) for r in loaded.requests] == [1.0, 1.0, 0.0, None, None, None]


@pytest.fixture
def records():
    control = replace(CONTROL_PROFILE, accuracy=0.95)
    treatment = replace(GEMINI_PROFILE, accuracy=0.70)  # more flagged readings: less agreement
    return simulate(3000, Stage.MAJORITY, seed=7, start=START, hours=30, control=control, treatment=treatment)


def test_the_report_shows_agreement_per_arm_and_per_vendor(records):
    report = build_report(load_lines(json.dumps(r) for r in records).requests)
    comparison = report.comparison("agreement")
    assert comparison.control.n > 1000 and comparison.treatment.n > 1000
    assert comparison.control.mean > comparison.treatment.mean + 0.05 and comparison.verdict == "worse"
    column = VENDOR_HEADER.index("agree")
    rows = vendor_rows(report)
    assert {row[0] for row in rows} == {"Creative Co-op", "HarperCollins", "OneHundred80", "Rifle Paper Co."}
    for vendor, variant, *_ in rows:
        expected = report.vendors[vendor][variant].measures["agreement"].mean
        assert [row[column] for row in rows if row[:2] == (vendor, variant)] == [f"{expected * 100:.1f}%"]


def test_the_report_command_prints_agreement_for_both_arms(records, tmp_path, capsys):
    path = tmp_path / "requests.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    assert main(["report", "--logs", str(path)]) == 0
    out = capsys.readouterr().out
    [line] = [line for line in out.splitlines() if "cross-check agreement" in line]
    assert line.count("%") >= 2 and "worse" in line
    assert " agree " in out  # the by-vendor table's column
