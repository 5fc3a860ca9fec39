"""The A/B report: each metric's good direction, per-vendor summaries, the stage run."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from rollout.report.analysis import BETTER, TOO_FEW, WORSE, build_report, stage_run
from rollout.report.measures import MEASURE_BY_NAME, accurate
from rollout.report.records import Request

T0 = datetime(2026, 11, 22, tzinfo=UTC)


def req(i: int = 0, **fields) -> Request:
    base = dict(time=T0 + timedelta(minutes=i), variant="control", outcome="success", vendor="HarperCollins",
                stage="majority", duration_ms=20_000, items=10, quality_score=0.95)
    return Request(**(base | fields))


@pytest.mark.parametrize("name,higher_is_better", [
    ("accuracy", True), ("success_rate", True), ("gemini_success_rate", True), ("items_per_invoice", True),
    ("quality_score", True), ("timeout_rate", False), ("error_rate", False), ("fallback_rate", False),
    ("cost_per_invoice", False), ("duration_s", False)])
def test_each_metric_knows_its_good_direction(name, higher_is_better):
    # SPEC §5: lower is better for time, timeout rate, error rate, fallback rate and cost.
    assert MEASURE_BY_NAME[name].higher_is_better is higher_is_better
    assert MEASURE_BY_NAME[name].improvement(+1.0) is higher_is_better


def test_accuracy_needs_success_quality_at_least_0_9_and_no_review_flag():
    assert accurate(req(quality_score=0.9))
    assert not accurate(req(quality_score=0.89))
    assert not accurate(req(needs_review=True))
    assert not accurate(req(outcome="timeout"))
    assert not accurate(req(quality_score=None))


def test_a_slower_treatment_is_worse_and_a_cheaper_one_is_better():
    requests = [req(i, variant="treatment" if i % 2 else "control", duration_ms=30_000 + i if i % 2 else 20_000 + i,
                    cost_usd=0.002 if i % 2 else 0.01) for i in range(400)]
    report = build_report(requests)
    assert report.comparison("duration_s").verdict == WORSE
    assert report.comparison("cost_per_invoice").verdict == BETTER
    assert report.comparison("duration_s").control.p50 == pytest.approx(20.199, abs=0.01)


def test_client_errors_and_duplicates_are_counted_but_not_in_rates():
    requests = [req(0), req(1, outcome="client_error"), req(2, outcome="duplicate"), req(3, outcome="timeout")]
    control = build_report(requests).variants["control"]
    assert (control.requests, control.processed) == (4, 2)
    assert control.measures["timeout_rate"].mean == 0.5 and control.measures["accuracy"].mean == 0.5


def test_summaries_per_vendor_and_variant():
    requests = [req(0), req(1, vendor="Rifle Paper Co.", variant="treatment", items=4), req(2, vendor="")]
    vendors = build_report(requests).vendors
    assert set(vendors) == {"HarperCollins", "Rifle Paper Co.", "(unknown)"}
    assert vendors["Rifle Paper Co."]["treatment"].measures["items_per_invoice"].mean == 4
    assert vendors["Rifle Paper Co."]["control"].requests == 0


def test_small_samples_are_not_judged():
    report = build_report([req(i, variant="treatment" if i % 2 else "control") for i in range(150)])
    assert report.comparison("accuracy").verdict == TOO_FEW and report.comparison("accuracy").p_fixed is not None


def test_the_gate_looks_at_the_latest_run_of_a_stage_only():
    requests = ([req(i, stage="initial") for i in range(3)] + [req(i, stage="expanded") for i in range(3, 6)]
                + [req(i, stage="initial") for i in range(6, 8)])
    stage, run = stage_run(list(reversed(requests)))
    assert stage == "initial" and [r.time for r in run] == [T0 + timedelta(minutes=i) for i in (6, 7)]
    stage, run = stage_run(requests, "expanded")
    assert len(run) == 3 and stage_run(requests, "full") == ("full", [])
