"""Rollout stages and the environment switches that select one, read at request time.

Evaluation never raises: an unknown stage or malformed switch fails safe to ``disabled`` and
says why in ``StageSettings.reason`` (the caller logs it as an error).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum


class Stage(StrEnum):
    DISABLED = "disabled"
    INITIAL = "initial"
    EXPANDED = "expanded"
    MAJORITY = "majority"
    FULL = "full"


# Share of traffic (in basis points of 10,000 buckets) that gets Gemini at each stage.
STAGE_BASIS_POINTS: dict[Stage, int] = {
    Stage.DISABLED: 0,
    Stage.INITIAL: 500,
    Stage.EXPANDED: 2500,
    Stage.MAJORITY: 5000,
    Stage.FULL: 10000,
}

# Planned minimum dwell (hours) in a stage before advancing to the next.
STAGE_DWELL_HOURS: dict[Stage, int] = {
    Stage.INITIAL: 24,
    Stage.EXPANDED: 48,
    Stage.MAJORITY: 72,
}

STAGE_ORDER: tuple[Stage, ...] = tuple(Stage)

ENV_STAGE = "GEMINI_ROLLOUT_STAGE"
ENV_ENABLED = "PRODUCTION_ROLLOUT_ENABLED"
ENV_KILL = "GEMINI_EMERGENCY_DISABLE"
ENV_SALT = "ROLLOUT_SALT"
DEFAULT_SALT = "invoice-rollout-v1"

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"", "0", "false", "no", "off"}


@dataclass(frozen=True)
class StageSettings:
    """The effective stage and why. ``configured`` is what the environment asked for."""

    stage: Stage
    configured: str
    reason: str
    error: bool = False
    salt: str = DEFAULT_SALT

    @property
    def basis_points(self) -> int:
        return STAGE_BASIS_POINTS[self.stage]


def read_stage(environ: Mapping[str, str]) -> StageSettings:
    raw = (environ.get(ENV_STAGE) or "").strip()
    salt = (environ.get(ENV_SALT) or "").strip() or DEFAULT_SALT
    kill = (environ.get(ENV_KILL) or "").strip().lower()
    enabled = (environ.get(ENV_ENABLED) or "").strip().lower()
    if kill in _TRUE:
        return StageSettings(Stage.DISABLED, raw, "emergency_disable", salt=salt)
    if kill not in _FALSE:
        # A switch we cannot read must not let Gemini through: the kill switch wins.
        return StageSettings(Stage.DISABLED, raw, "invalid_emergency_disable", error=True, salt=salt)
    if enabled not in _TRUE:
        reason = "rollout_not_enabled" if enabled in _FALSE else "invalid_rollout_enabled"
        return StageSettings(Stage.DISABLED, raw, reason, error=enabled not in _FALSE, salt=salt)
    try:
        stage = Stage(raw.lower() or Stage.DISABLED.value)
    except ValueError:
        return StageSettings(Stage.DISABLED, raw, "invalid_stage", error=True, salt=salt)
    return StageSettings(stage, raw, "stage_from_environment", salt=salt)
