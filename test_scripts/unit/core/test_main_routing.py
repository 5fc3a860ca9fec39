"""The entry point reads the rollout stage on every request: no restart needed."""

from __future__ import annotations

import hashlib

import main
from invoice_processing.models import Backend

KEYS = [hashlib.sha256(str(i).encode()).hexdigest() for i in range(2000)]


def _gemini_share(monkeypatch, **env: str) -> float:
    for name in ("GEMINI_ROLLOUT_STAGE", "PRODUCTION_ROLLOUT_ENABLED", "GEMINI_EMERGENCY_DISABLE"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return sum(main.route(key).backend is Backend.GEMINI for key in KEYS) / len(KEYS)


def test_changing_the_stage_changes_routing_on_the_next_request(monkeypatch):
    assert _gemini_share(monkeypatch, PRODUCTION_ROLLOUT_ENABLED="true", GEMINI_ROLLOUT_STAGE="disabled") == 0
    initial = _gemini_share(monkeypatch, PRODUCTION_ROLLOUT_ENABLED="true", GEMINI_ROLLOUT_STAGE="initial")
    majority = _gemini_share(monkeypatch, PRODUCTION_ROLLOUT_ENABLED="true", GEMINI_ROLLOUT_STAGE="majority")
    full = _gemini_share(monkeypatch, PRODUCTION_ROLLOUT_ENABLED="true", GEMINI_ROLLOUT_STAGE="full")
    assert 0.03 < initial < 0.07 and 0.45 < majority < 0.55 and full == 1


def test_kill_switch_sends_everything_to_document_ai(monkeypatch):
    share = _gemini_share(monkeypatch, PRODUCTION_ROLLOUT_ENABLED="true", GEMINI_ROLLOUT_STAGE="full",
                          GEMINI_EMERGENCY_DISABLE="true")
    assert share == 0


def test_rollout_not_enabled_keeps_gemini_off_and_bad_stage_fails_safe(monkeypatch):
    assert _gemini_share(monkeypatch, PRODUCTION_ROLLOUT_ENABLED="false", GEMINI_ROLLOUT_STAGE="full") == 0
    assert _gemini_share(monkeypatch, PRODUCTION_ROLLOUT_ENABLED="true", GEMINI_ROLLOUT_STAGE="everyone") == 0
    plan = main.route(KEYS[0])
    assert plan.stage == "disabled" and plan.stage_error and plan.variant == "control"
