"""Synthetic request records for the rollout tests, demos and the runbook's dry run.

Produces the same JSON objects the function logs (``invoice_request`` records), routed by
the real ``decide`` so the split follows the stage's share exactly as in production. Seeded:
the same arguments always give the same records.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import numpy as np

from rollout.decision import TREATMENT, Route, decide
from rollout.stages import REASON_FROM_ENV, Stage, StageSettings

VENDORS = ("Creative Co-op", "HarperCollins", "OneHundred80", "Rifle Paper Co.")
DEADLINE_MS = 150_000


@dataclass(frozen=True)
class ArmProfile:
    """How one backend behaves: shares of processed requests, and its time distribution."""

    accuracy: float = 0.80  # accurate (success, quality >= 0.9, not flagged)
    timeout_rate: float = 0.02
    error_rate: float = 0.01
    fallback_rate: float = 0.05
    median_ms: float = 20_000
    sigma: float = 0.5  # of log(duration)
    cost_usd: float = 0.01
    backend: str = "document_ai"


CONTROL_PROFILE = ArmProfile()
GEMINI_PROFILE = ArmProfile(backend="gemini", cost_usd=0.002)


def _record(rng: np.random.Generator, profile: ArmProfile, route: Route, when: datetime) -> dict[str, Any]:
    u = rng.random()
    timeout = u < profile.timeout_rate
    error = not timeout and u < profile.timeout_rate + profile.error_rate
    success = not timeout and not error
    accurate = success and rng.random() < profile.accuracy / (1 - profile.timeout_rate - profile.error_rate)
    fallback = success and rng.random() < profile.fallback_rate
    duration = DEADLINE_MS if timeout else min(DEADLINE_MS - 1, rng.lognormal(np.log(profile.median_ms), profile.sigma))
    quality = rng.uniform(0.9, 1.0) if accurate else rng.uniform(0.4, 0.9)
    review = bool(success and not accurate and rng.random() < 0.5)
    used = "document_ai" if fallback and profile.backend == "gemini" else ("local" if fallback else profile.backend)
    return {
        "event": "invoice_request", "time": when.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
        "severity": "INFO" if success else "ERROR", "request_id": f"sim-{rng.integers(1 << 62):x}",
        "outcome": "success" if success else ("timeout" if timeout else "error"),
        "http_status": 200 if success else (504 if timeout else 502), "error_code": "",
        "method_planned": route.backend, "method_used": used if success else "",
        "fallback_used": bool(fallback), "fallback_reason": "backend_error" if fallback else "",
        "timed_out": bool(timeout), "duration_ms": int(duration), "pages": int(rng.integers(1, 6)),
        "bytes": int(rng.integers(50_000, 2_000_000)), "vendor": VENDORS[int(rng.integers(len(VENDORS)))],
        "items": int(rng.integers(5, 60)) if success else 0, "quality_score": round(float(quality), 3),
        "needs_review": review, "rollout_stage": route.stage,
        "bucket": route.bucket, "variant": route.variant, "rows_written": 0, "duplicate": False,
        "cost_usd": profile.cost_usd,
        # a disagreeing cross-check is one reason an invoice is flagged for review
        "cross_check": {"status": "disagree" if review else "agree", "checks": ["printed", "subtotal"],
                        "second_reading": "", "reasons": ["subtotal_mismatch"] if review else []},
    }


def simulate(n: int, stage: Stage, *, seed: int, start: datetime, hours: float,
             control: ArmProfile = CONTROL_PROFILE, treatment: ArmProfile = GEMINI_PROFILE) -> list[dict[str, Any]]:
    """``n`` request records spread evenly over ``hours`` from ``start``, at ``stage``.

    Each request gets a random PDF hash as its key and is routed by ``decide``; a quality
    score of at least 0.9 is given exactly to the accurate ones, so accuracy as the analysis
    defines it matches ``profile.accuracy``. Half of the other successes are flagged for review
    with a disagreeing cross-check; every other success agrees.
    """
    rng = np.random.default_rng(seed)
    settings = StageSettings(stage, stage.value, REASON_FROM_ENV)
    step = timedelta(hours=hours) / max(n, 1)
    records = []
    for i in range(n):
        route = decide(rng.bytes(32).hex(), settings)
        profile = treatment if route.variant == TREATMENT else control
        records.append(_record(rng, profile, route, start + i * step))
    return records
