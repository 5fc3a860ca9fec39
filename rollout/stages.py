"""Rollout stages and the environment switches that select one, read at request time.

Three switches, in order of precedence (SPEC §5, §8):
1. ``GEMINI_EMERGENCY_DISABLE=true``: the kill switch; Gemini is off whatever else is set.
2. ``PRODUCTION_ROLLOUT_ENABLED``: anything but true keeps Gemini off and ignores the stage.
3. ``GEMINI_ROLLOUT_STAGE``: disabled | initial | expanded | majority | full (0/5/25/50/100%).

Evaluation never raises: an unknown stage or a malformed switch fails safe to ``disabled``
and says why in ``StageSettings.reason`` with ``error=True`` (the caller logs it as an error).
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

# The rollout's settings, declared here once: name -> (default as the environment spells it, documentation).
# (The README table and the Terraform checks read them beside ``invoice_processing.config.ENV_VARS``.)
ENV_VARS: dict[str, tuple[str, str]] = {
    ENV_KILL: ("false", "`true` sends every invoice to Document AI, whatever the stage."),
    ENV_STAGE: ("disabled", "`disabled`, `initial`, `expanded`, `majority` or `full` (0/5/25/50/100% Gemini)."),
    ENV_ENABLED: ("false", "`false` ignores the stage and keeps Gemini off."),
    ENV_SALT: (DEFAULT_SALT, "Salt of the stable rollout bucketing."),
}

# Reasons (``StageSettings.reason``): stable strings that end up in logs and alerts.
REASON_FROM_ENV = "stage_from_environment"
REASON_KILL = "emergency_disable"
REASON_INVALID_KILL = "invalid_emergency_disable"
REASON_NOT_ENABLED = "rollout_not_enabled"
REASON_INVALID_ENABLED = "invalid_rollout_enabled"
REASON_INVALID_STAGE = "invalid_stage"

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


def _env(environ: Mapping[str, str], name: str) -> str:
    """One switch as stripped text; a missing or non-text value reads as empty (never raises)."""
    value = environ.get(name)
    return value.strip() if isinstance(value, str) else ""


def read_stage(environ: Mapping[str, str]) -> StageSettings:
    """The stage the environment selects right now (call per request: no restart needed)."""
    raw = _env(environ, ENV_STAGE)
    salt = _env(environ, ENV_SALT) or DEFAULT_SALT
    kill = _env(environ, ENV_KILL).lower()
    enabled = _env(environ, ENV_ENABLED).lower()
    if kill in _TRUE:
        return StageSettings(Stage.DISABLED, raw, REASON_KILL, salt=salt)
    if kill not in _FALSE:
        # A kill switch we cannot read must not let Gemini through: it wins, as if set.
        return StageSettings(Stage.DISABLED, raw, REASON_INVALID_KILL, error=True, salt=salt)
    if enabled not in _TRUE:
        invalid = enabled not in _FALSE
        reason = REASON_INVALID_ENABLED if invalid else REASON_NOT_ENABLED
        return StageSettings(Stage.DISABLED, raw, reason, error=invalid, salt=salt)
    try:
        stage = Stage(raw.lower() or Stage.DISABLED.value)
    except ValueError:
        return StageSettings(Stage.DISABLED, raw, REASON_INVALID_STAGE, error=True, salt=salt)
    return StageSettings(stage, raw, REASON_FROM_ENV, salt=salt)


def parse_stage(text: str) -> Stage | None:
    """A stage name (any case, surrounding blanks ignored) or None when it is not one."""
    try:
        return Stage(text.strip().lower())
    except (ValueError, AttributeError):
        return None


def next_stage(stage: Stage) -> Stage | None:
    """The stage after ``stage`` in the plan, or None after ``full``."""
    index = STAGE_ORDER.index(stage)
    return STAGE_ORDER[index + 1] if index + 1 < len(STAGE_ORDER) else None
