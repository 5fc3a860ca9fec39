"""The stage gate: ADVANCE, HOLD or ROLLBACK, with reasons and the exact change to make.

Rules, in order (SPEC §5 and §6):
- ROLLBACK when the treatment arm crosses a *critical* alert threshold of SPEC §6, or when the
  always-valid test shows a significant regression in accuracy or in timeout rate.
- HOLD when a *warning* threshold is crossed, an arm has fewer than 100 processed requests,
  the observed split does not match the stage (sample-ratio mismatch), the stage has not yet
  run its minimum dwell (24/48/72 h), or there is no significant accuracy gain yet.
- ADVANCE otherwise: a significant accuracy gain without a timeout regression, after the dwell.

Thresholds are applied to the whole stage (not to 15-minute windows as the alerts are) and
only once the treatment arm holds ``ALERT_MIN_REQUESTS`` processed requests, like the alerts'
low-traffic guard. Rolling back means Gemini off (``disabled``); the kill switch is the
faster lever when a critical threshold is crossed. Decisions are values; nothing raises.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from rollout.decision import CONTROL, TREATMENT
from rollout.report.analysis import BETTER, WORSE, Comparison, Report
from rollout.report.measures import Kind
from rollout.report.stats import SRM_ALPHA
from rollout.stages import STAGE_BASIS_POINTS, STAGE_DWELL_HOURS, Stage, next_stage

ALERT_MIN_REQUESTS = 10
APPLY = "terraform -chdir=terraform apply -var-file=prod.tfvars"
KILL_SWITCH = f"{APPLY} -var gemini_emergency_disable=true"


class Verdict(StrEnum):
    ADVANCE = "ADVANCE"
    HOLD = "HOLD"
    ROLLBACK = "ROLLBACK"


@dataclass(frozen=True)
class Threshold:
    measure: str
    label: str
    warning: float
    critical: float
    higher_is_worse: bool
    scale: float = 100.0  # shown as percent unless told otherwise
    unit: str = "%"


# SPEC §6, applied to the treatment arm. Average processing time is in seconds.
THRESHOLDS: tuple[Threshold, ...] = (
    Threshold("timeout_rate", "timeout rate", 0.05, 0.10, True),
    Threshold("error_rate", "error rate", 0.02, 0.05, True),
    Threshold("gemini_success_rate", "Gemini success rate", 0.70, 0.50, False),
    Threshold("duration_s", "average processing time", 45.0, 60.0, True, scale=1.0, unit=" s"),
    Threshold("fallback_rate", "fallback usage rate", 0.40, 0.60, True),
)


@dataclass(frozen=True)
class GateDecision:
    verdict: Verdict
    stage: Stage
    target: Stage | None  # the stage to apply, None for HOLD
    reasons: tuple[str, ...]
    commands: tuple[str, ...]


def stage_command(stage: Stage) -> str:
    return f"{APPLY} -var gemini_rollout_stage={stage.value}"


def _crossed(t: Threshold, value: float, level: float) -> bool:
    return value >= level if t.higher_is_worse else value < level


def threshold_findings(report: Report) -> tuple[list[str], list[str]]:
    """(critical, warning) messages for the treatment arm against SPEC §6."""
    critical: list[str] = []
    warning: list[str] = []
    arm = report.variants[TREATMENT]
    if arm.processed < ALERT_MIN_REQUESTS:
        return critical, warning
    for t in THRESHOLDS:
        summary = arm.measures[t.measure]
        if summary.mean is None:
            continue
        shown = f"{t.label} {summary.mean * t.scale:.1f}{t.unit}"
        if _crossed(t, summary.mean, t.critical):
            critical.append(f"{shown} crosses the critical threshold ({t.critical * t.scale:g}{t.unit})")
        elif _crossed(t, summary.mean, t.warning):
            warning.append(f"{shown} crosses the warning threshold ({t.warning * t.scale:g}{t.unit})")
    return critical, warning


def _ab_findings(report: Report) -> tuple[list[str], list[str], list[str], list[str]]:
    """(rollback, hold, advance, notes) from the always-valid comparisons (SPEC §5 rules).

    Notes are significant regressions the rules do not act on (time, cost, ...): shown so a
    person can weigh them, without changing the verdict.
    """
    rollback, hold, advance = [], [], []
    accuracy, timeouts = report.comparison("accuracy"), report.comparison("timeout_rate")
    for c in (accuracy, timeouts):
        if c.verdict == WORSE:
            rollback.append(f"significant regression in {c.measure.label}: {_effect(c)}")
    if accuracy.verdict == BETTER and timeouts.verdict != WORSE:
        advance.append(f"significant accuracy gain without a timeout regression: {_effect(accuracy)}")
    elif not rollback:
        hold.append(f"no significant accuracy gain yet ({_effect(accuracy)})")
    notes = [f"note: {c.measure.label} is significantly worse ({_effect(c)})"
             for c in report.comparisons.values()
             if c.verdict == WORSE and c.measure.name not in ("accuracy", "timeout_rate")]
    return rollback, hold, advance, notes


def _effect(c: Comparison) -> str:
    if c.diff is None:
        return "no data"
    scale, unit = (100, " points") if c.measure.kind is Kind.RATE else (1, f" {c.measure.unit}".rstrip())
    p = "n/a" if c.p_always_valid is None else f"{c.p_always_valid:.3g}"
    return f"treatment minus control {c.diff * scale:+.2f}{unit}, always-valid p={p}"


def _readiness(report: Report, stage: Stage, hours: float) -> list[str]:
    """Hold reasons that are about the evidence, not the result: size, split, dwell."""
    hold = []
    n_c, n_t = report.variants[CONTROL].processed, report.variants[TREATMENT].processed
    if min(n_c, n_t) < report.min_n:
        hold.append(f"need at least {report.min_n} processed requests per arm (control {n_c}, treatment {n_t})")
    srm = report.srm_p(STAGE_BASIS_POINTS[stage] / 10_000)
    if srm is not None and srm < SRM_ALPHA:
        hold.append(f"the split (control {n_c}, treatment {n_t}) does not match {stage.value}'s planned share "
                    f"(sample-ratio p={srm:.2g}): check routing and logging before trusting the comparison")
    dwell = STAGE_DWELL_HOURS.get(stage, 0)
    if hours < dwell:
        hold.append(f"{stage.value} has run {hours:.1f} h of its minimum {dwell} h")
    return hold


def evaluate(report: Report, stage: Stage, hours_in_stage: float) -> GateDecision:
    """The verdict for ``stage`` given the report of its requests and how long it has run."""
    if stage is Stage.DISABLED:
        return GateDecision(Verdict.ADVANCE, stage, Stage.INITIAL, (
            "Gemini is off: there is no treatment arm to judge; the first stage is initial (5%). "
            "Advance only once the cause of any earlier rollback is fixed.",), (stage_command(Stage.INITIAL),))
    critical, warning = threshold_findings(report)
    rollback, hold, advance, notes = ([], [], [], []) if stage is Stage.FULL else _ab_findings(report)
    rollback = critical + rollback
    if rollback:
        commands = ((KILL_SWITCH,) if critical else ()) + (stage_command(Stage.DISABLED),)
        return GateDecision(Verdict.ROLLBACK, stage, Stage.DISABLED, tuple(rollback + notes), commands)
    if stage is Stage.FULL:
        reasons = warning + ["full is the last stage: keep watching the alerts"]
        return GateDecision(Verdict.HOLD, stage, None, tuple(reasons), ())
    hold = warning + _readiness(report, stage, hours_in_stage) + hold
    if hold or not advance:
        return GateDecision(Verdict.HOLD, stage, None, tuple(hold + advance + notes), ())
    target = next_stage(stage) or Stage.FULL
    return GateDecision(Verdict.ADVANCE, stage, target, tuple(advance + notes), (stage_command(target),))
