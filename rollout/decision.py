"""Route one request: which backend to try first, and which A/B arm it belongs to.

``control`` is Document AI; ``treatment`` is Gemini with the usual fallback chain. The route is
a value: evaluation never raises, and a stage that could not be read shows as
``stage_error=True`` with the reason (the entry point logs it as an error).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from rollout.bucketing import bucket
from rollout.stages import StageSettings, read_stage

CONTROL = "control"  # Document AI
TREATMENT = "treatment"  # Gemini, with fallback
VARIANTS = (CONTROL, TREATMENT)
GEMINI = "gemini"  # backend names, as the function spells them
DOCUMENT_AI = "document_ai"


@dataclass(frozen=True)
class Route:
    """Which backend a request tries first (``backend``), and the stage, bucket and arm it was routed by."""

    stage: str
    bucket: int
    variant: str
    backend: str
    reason: str
    stage_error: bool = False


def decide(key: str, settings: StageSettings) -> Route:
    """Pure: the same key and settings always give the same route."""
    b = bucket(key, settings.salt)
    treated = b < settings.basis_points
    return Route(
        stage=settings.stage.value,
        bucket=b,
        variant=TREATMENT if treated else CONTROL,
        backend=GEMINI if treated else DOCUMENT_AI,
        reason=settings.reason,
        stage_error=settings.error,
    )


def route_request(key: str, environ: Mapping[str, str]) -> Route:
    """Read the stage from ``environ`` now (no restart needed) and decide."""
    return decide(key, read_stage(environ))
