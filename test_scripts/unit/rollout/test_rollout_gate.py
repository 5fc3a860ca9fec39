"""The stage gate (issue 6 acceptance): a real Gemini gain reaches ADVANCE, a timeout
regression reaches ROLLBACK, and every HOLD rule (dwell, 100 per arm, split, warnings) holds."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from rollout.report.analysis import build_report
from rollout.report.gate import Verdict, evaluate, stage_command
from rollout.report.records import load_lines, request_from_payload
from rollout.report.simulate import CONTROL_PROFILE, GEMINI_PROFILE, simulate
from rollout.stages import Stage

START = datetime(2026, 11, 20, tzinfo=UTC)
APPLY = "terraform -chdir=terraform apply -var-file=prod.tfvars"
BETTER_GEMINI = replace(GEMINI_PROFILE, accuracy=0.90, median_ms=16_000)  # 10 points more accurate, 20% faster
SAME_AS_CONTROL = replace(CONTROL_PROFILE, backend="gemini")


def report_of(n: int, stage: Stage, treatment=GEMINI_PROFILE, seed: int = 1, control=CONTROL_PROFILE):
    records = simulate(n, stage, seed=seed, start=START, hours=30, treatment=treatment, control=control)
    return build_report([request_from_payload(r) for r in records])


def test_a_more_accurate_and_faster_gemini_advances_with_the_next_stage_command():
    decision = evaluate(report_of(4000, Stage.INITIAL, BETTER_GEMINI), Stage.INITIAL, hours_in_stage=30)
    assert decision.verdict is Verdict.ADVANCE and decision.target is Stage.EXPANDED
    assert decision.commands == (f"{APPLY} -var gemini_rollout_stage=expanded",)
    assert "significant accuracy gain" in decision.reasons[0]


def test_a_timeout_regression_rolls_back_to_disabled():
    slow = replace(GEMINI_PROFILE, timeout_rate=0.08)  # 2% -> 8%: under the 10% critical alert
    decision = evaluate(report_of(2000, Stage.EXPANDED, slow), Stage.EXPANDED, hours_in_stage=50)
    assert decision.verdict is Verdict.ROLLBACK and decision.target is Stage.DISABLED
    assert any(r.startswith("significant regression in timeout rate") for r in decision.reasons)
    assert decision.commands == (f"{APPLY} -var gemini_rollout_stage=disabled",)


def test_an_accuracy_regression_rolls_back_even_before_the_dwell_ends():
    worse = replace(GEMINI_PROFILE, accuracy=0.65)
    decision = evaluate(report_of(2000, Stage.MAJORITY, worse), Stage.MAJORITY, hours_in_stage=5)
    assert decision.verdict is Verdict.ROLLBACK
    assert any(r.startswith("significant regression in accuracy") for r in decision.reasons)


def test_a_critical_alert_threshold_rolls_back_with_the_kill_switch_first():
    failing = replace(GEMINI_PROFILE, error_rate=0.07)  # error rate >= 5% is critical (SPEC §6)
    decision = evaluate(report_of(600, Stage.MAJORITY, failing, seed=2), Stage.MAJORITY, hours_in_stage=80)
    assert decision.verdict is Verdict.ROLLBACK
    assert any("error rate" in r and "critical" in r for r in decision.reasons)
    assert decision.commands == (f"{APPLY} -var gemini_emergency_disable=true",
                                 f"{APPLY} -var gemini_rollout_stage=disabled")


def test_a_warning_threshold_holds_a_stage_that_would_otherwise_advance():
    fallbacky = replace(BETTER_GEMINI, fallback_rate=0.45)  # >= 40% is a warning
    decision = evaluate(report_of(4000, Stage.INITIAL, fallbacky), Stage.INITIAL, hours_in_stage=30)
    assert decision.verdict is Verdict.HOLD and decision.commands == ()
    assert any("fallback usage rate" in r and "warning" in r for r in decision.reasons)


@pytest.mark.parametrize("stage,hours,dwell", [(Stage.INITIAL, 23.5, 24), (Stage.EXPANDED, 47, 48),
                                               (Stage.MAJORITY, 71, 72)])
def test_a_clear_win_still_holds_until_the_minimum_dwell(stage, hours, dwell):
    report = report_of(4000, stage, BETTER_GEMINI)
    assert evaluate(report, stage, hours).verdict is Verdict.HOLD
    assert f"has run {hours:.1f} h of its minimum {dwell} h" in " ".join(evaluate(report, stage, hours).reasons)
    assert evaluate(report, stage, dwell).verdict is Verdict.ADVANCE


def test_fewer_than_100_requests_per_arm_holds():
    decision = evaluate(report_of(1500, Stage.INITIAL, BETTER_GEMINI), Stage.INITIAL, hours_in_stage=30)
    assert decision.verdict is Verdict.HOLD
    assert any("at least 100 processed requests per arm" in r for r in decision.reasons)


def test_no_difference_holds():
    decision = evaluate(report_of(4000, Stage.INITIAL, SAME_AS_CONTROL), Stage.INITIAL, hours_in_stage=30)
    assert decision.verdict is Verdict.HOLD and decision.target is None
    assert any(r.startswith("no significant accuracy gain yet") for r in decision.reasons)


def test_a_split_that_does_not_match_the_stage_holds():
    # Records routed at majority (50%) but judged as expanded (25%): treatment requests are missing or extra.
    decision = evaluate(report_of(4000, Stage.MAJORITY, BETTER_GEMINI), Stage.EXPANDED, hours_in_stage=60)
    assert decision.verdict is Verdict.HOLD
    assert any("does not match expanded's planned share" in r for r in decision.reasons)


def test_disabled_points_to_initial_and_full_is_the_last_stage():
    empty = build_report([])
    disabled = evaluate(empty, Stage.DISABLED, 0)
    assert (disabled.verdict, disabled.commands) == (Verdict.ADVANCE, (stage_command(Stage.INITIAL),))
    full = evaluate(report_of(500, Stage.FULL), Stage.FULL, 200)
    assert full.verdict is Verdict.HOLD and "full is the last stage" in full.reasons[-1]
    timeouts = evaluate(report_of(500, Stage.FULL, replace(GEMINI_PROFILE, timeout_rate=0.2)), Stage.FULL, 200)
    assert timeouts.verdict is Verdict.ROLLBACK


def test_the_gate_decides_even_on_a_log_of_garbage():
    loaded = load_lines(["{", "[]", '{"event": "invoice_request"}'])
    decision = evaluate(build_report(loaded.requests), Stage.INITIAL, 30)
    assert decision.verdict is Verdict.HOLD and sum(loaded.skipped.values()) == 3
