"""The A/B report: per-variant and per-vendor summaries, and treatment-vs-control comparisons.

Pure: requests in, a ``Report`` value out. Requests are compared in arrival order so the
always-valid test sees the looks an operator could have taken. Each comparison says whether
the treatment (Gemini) is better, worse or not distinguishable, using the metric's own good
direction and the always-valid p-value; the fixed-horizon p-value is shown beside it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

import numpy as np

from rollout.decision import CONTROL, TREATMENT, VARIANTS
from rollout.report.measures import MEASURES, Kind, Measure, values
from rollout.report.records import Request
from rollout.report.sequential import MIN_N, Sequential, always_valid
from rollout.report.stats import fixed_p_value, sample_ratio_p

BETTER, WORSE, NO_DIFFERENCE, TOO_FEW = "better", "worse", "no difference", "too few requests"
NOT_COMPARED = "treatment only"


@dataclass(frozen=True)
class Summary:
    """One measure over one group of requests."""

    n: int
    mean: float | None
    p50: float | None = None
    p95: float | None = None


@dataclass(frozen=True)
class Group:
    """All measures for one group (a variant, or a vendor within a variant)."""

    requests: int
    processed: int
    measures: dict[str, Summary]


@dataclass(frozen=True)
class Comparison:
    measure: Measure
    control: Summary
    treatment: Summary
    diff: float | None  # treatment minus control
    p_fixed: float | None
    fixed_test: str
    sequential: Sequential | None
    verdict: str

    @property
    def p_always_valid(self) -> float | None:
        return self.sequential.p_value if self.sequential and self.sequential.looks else None


@dataclass(frozen=True)
class Report:
    variants: dict[str, Group]
    vendors: dict[str, dict[str, Group]]
    comparisons: dict[str, Comparison]
    stages: Counter[str]
    start: datetime | None
    end: datetime | None
    alpha: float
    min_n: int
    samples: dict[str, dict[str, np.ndarray]] = field(repr=False)  # measure -> variant -> values

    def comparison(self, name: str) -> Comparison:
        return self.comparisons[name]

    def srm_p(self, treatment_share: float) -> float | None:
        """Sample-ratio check of the processed split against a stage's planned share."""
        return sample_ratio_p(self.variants[CONTROL].processed, self.variants[TREATMENT].processed,
                              treatment_share)


def summarize(measure: Measure, data: np.ndarray) -> Summary:
    if len(data) == 0:
        return Summary(0, None)
    if measure.kind is Kind.TIME:
        p50, p95 = np.percentile(data, [50, 95])
        return Summary(len(data), float(data.mean()), float(p50), float(p95))
    return Summary(len(data), float(data.mean()))


def group(requests: list[Request]) -> Group:
    measures = {m.name: summarize(m, np.array(values(m, requests))) for m in MEASURES}
    return Group(len(requests), sum(r.processed for r in requests), measures)


def compare(measure: Measure, ordered: list[Request], alpha: float, min_n: int) -> Comparison:
    """Treatment vs control on one measure over time-ordered requests."""
    pairs = [(v, r.variant == TREATMENT) for r in ordered if (v := measure.value(r)) is not None]
    data = np.array([v for v, _ in pairs], dtype=float)
    treated = np.array([t for _, t in pairs], dtype=bool)
    control, treatment = data[~treated], data[treated]
    summary_c, summary_t = summarize(measure, control), summarize(measure, treatment)
    if not measure.compared:
        return Comparison(measure, summary_c, summary_t, None, None, "", None, NOT_COMPARED)
    p_fixed, test = fixed_p_value(measure.kind, control, treatment)
    if min(len(control), len(treatment)) < min_n:
        return Comparison(measure, summary_c, summary_t, _diff(summary_c, summary_t), p_fixed, test, None, TOO_FEW)
    seq = always_valid(data, treated, pooled=measure.kind is Kind.RATE, alpha=alpha, min_n=min_n)
    diff = _diff(summary_c, summary_t)
    verdict = NO_DIFFERENCE
    if seq.p_value <= alpha and diff:
        verdict = BETTER if measure.improvement(diff) else WORSE
    return Comparison(measure, summary_c, summary_t, diff, p_fixed, test, seq, verdict)


def _diff(control: Summary, treatment: Summary) -> float | None:
    if control.mean is None or treatment.mean is None:
        return None
    return treatment.mean - control.mean


def _ordered(requests: list[Request]) -> list[Request]:
    """Arrival order; records without a time keep their place after the timed ones (stable)."""
    return sorted(requests, key=lambda r: (r.time is None, r.time or datetime.min))


def build_report(requests: list[Request], *, alpha: float = 0.05, min_n: int = MIN_N) -> Report:
    """Summaries and comparisons for ``requests`` (already filtered to the period of interest)."""
    ordered = _ordered(requests)
    by_variant = {v: [r for r in ordered if r.variant == v] for v in VARIANTS}
    vendors: dict[str, dict[str, Group]] = {}
    for vendor in sorted({r.vendor or "(unknown)" for r in ordered}):
        mine = [r for r in ordered if (r.vendor or "(unknown)") == vendor]
        vendors[vendor] = {v: group([r for r in mine if r.variant == v]) for v in VARIANTS}
    samples = {m.name: {v: np.array(values(m, by_variant[v])) for v in VARIANTS} for m in MEASURES}
    times = [r.time for r in ordered if r.time is not None]
    return Report(
        variants={v: group(rs) for v, rs in by_variant.items()},
        vendors=vendors,
        comparisons={m.name: compare(m, ordered, alpha, min_n) for m in MEASURES},
        stages=Counter(r.stage for r in ordered),
        start=min(times) if times else None,
        end=max(times) if times else None,
        alpha=alpha, min_n=min_n, samples=samples,
    )


def stage_run(requests: list[Request], stage: str = "") -> tuple[str, list[Request]]:
    """A stage (default: the latest request's) and its requests since it last began.

    The comparison is fair only inside one stage (the split and the traffic mix may change
    between stages), so the gate looks at this run alone.
    """
    ordered = [r for r in _ordered(requests) if r.stage]
    if not stage:
        stage = ordered[-1].stage if ordered else ""
    end = max((i + 1 for i, r in enumerate(ordered) if r.stage == stage), default=0)
    start = end
    while start > 0 and ordered[start - 1].stage == stage:
        start -= 1
    return stage, ordered[start:end]
