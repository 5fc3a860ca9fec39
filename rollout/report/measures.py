"""What the A/B compares: each measure, the requests it counts and its good direction.

Every measure is the mean of one number per request over a population of requests, so one
pair of tests serves them all (a rate is the mean of 0/1 values). Populations:

- *processed*: outcomes success, error and timeout (client errors and duplicates say nothing
  about the backend; duplicates may skip extraction altogether);
- *succeeded*: outcome success.

**Accuracy** is defined from the log alone: a processed request is accurate when it succeeded
with ``quality_score >= 0.9`` and the quality report did not flag it (``needs_review`` false).
A failed or timed-out request counts as not accurate, so a backend cannot look accurate by
failing on its hard invoices.

**Agreement** is the share of succeeded requests whose reading passed the cross-checks (the
log's ``cross_check.status`` is ``agree``: the values written are printed on the page, the lines
add up to the printed subtotal, and a second reading at hand says the same), among those the
cross-check could run on (``agree`` or ``disagree``; ``unchecked`` and unrecorded ones are left
out). It compares the arms on what the page says, not on the model's own confidence.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from rollout.report.records import Request

ACCURACY_MIN_QUALITY = 0.9


class Kind(StrEnum):
    RATE = "rate"  # 0/1 per request: two-proportion test
    MEAN = "mean"  # a number per request: Welch's t-test
    TIME = "time"  # a duration: Mann-Whitney, plus p50/p95


@dataclass(frozen=True)
class Measure:
    name: str
    label: str
    kind: Kind
    higher_is_better: bool
    value: Callable[[Request], float | None]  # None: the request is not in this measure's population
    unit: str = ""
    compared: bool = True  # False: only the treatment arm has this population (no A/B test)

    def improvement(self, diff: float) -> bool:
        """True when a treatment-minus-control difference ``diff`` is in the good direction."""
        return diff > 0 if self.higher_is_better else diff < 0


def _on_processed(test: Callable[[Request], bool]) -> Callable[[Request], float | None]:
    return lambda r: (1.0 if test(r) else 0.0) if r.processed else None


def accurate(r: Request) -> bool:
    return (r.outcome == "success" and r.quality_score is not None
            and r.quality_score >= ACCURACY_MIN_QUALITY and not r.needs_review)


def _gemini_served(r: Request) -> float | None:
    # SPEC §6 "Gemini success rate": of the requests planned for Gemini, the share Gemini served.
    if not r.processed or r.method_planned != "gemini":
        return None
    return 1.0 if r.outcome == "success" and r.method_used == "gemini" else 0.0


def _agreement(r: Request) -> float | None:
    if r.outcome != "success" or r.cross_check not in ("agree", "disagree"):
        return None
    return 1.0 if r.cross_check == "agree" else 0.0


def _seconds(r: Request) -> float | None:
    return r.duration_ms / 1000 if r.processed and r.duration_ms is not None else None


MEASURES: tuple[Measure, ...] = (
    Measure("accuracy", "accuracy", Kind.RATE, True, _on_processed(accurate)),
    Measure("agreement", "cross-check agreement", Kind.RATE, True, _agreement),
    Measure("success_rate", "success rate", Kind.RATE, True, _on_processed(lambda r: r.outcome == "success")),
    Measure("timeout_rate", "timeout rate", Kind.RATE, False, _on_processed(lambda r: r.outcome == "timeout")),
    Measure("error_rate", "error rate", Kind.RATE, False, _on_processed(lambda r: r.outcome == "error")),
    Measure("fallback_rate", "fallback rate", Kind.RATE, False, _on_processed(lambda r: r.fallback_used)),
    Measure("gemini_success_rate", "Gemini success rate", Kind.RATE, True, _gemini_served, compared=False),
    Measure("items_per_invoice", "line items per invoice", Kind.MEAN, True,
            lambda r: float(r.items) if r.outcome == "success" and r.items is not None else None),
    Measure("quality_score", "quality score", Kind.MEAN, True,
            lambda r: r.quality_score if r.outcome == "success" else None),
    Measure("cost_per_invoice", "cost per invoice", Kind.MEAN, False,
            lambda r: r.cost_usd if r.processed else None, unit="USD"),
    Measure("duration_s", "processing time", Kind.TIME, False, _seconds, unit="s"),
)
MEASURE_BY_NAME: dict[str, Measure] = {m.name: m for m in MEASURES}


def values(measure: Measure, requests: list[Request]) -> list[float]:
    """The measure's per-request numbers over its population, in the order given."""
    return [v for v in map(measure.value, requests) if v is not None]
