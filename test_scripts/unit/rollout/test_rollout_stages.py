"""Stages from the environment (SPEC §5): read per request, kill switch wins, fail safe."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rollout import Stage, read_stage, route_request
from rollout.stages import (
    ENV_ENABLED,
    ENV_KILL,
    ENV_STAGE,
    REASON_FROM_ENV,
    REASON_INVALID_ENABLED,
    REASON_INVALID_KILL,
    REASON_INVALID_STAGE,
    REASON_KILL,
    REASON_NOT_ENABLED,
    next_stage,
    parse_stage,
)

KEYS = [hashlib.sha256(str(i).encode()).hexdigest() for i in range(4000)]


def env(stage: str = "full", enabled: str = "true", kill: str | None = None) -> dict[str, str]:
    values = {ENV_STAGE: stage, ENV_ENABLED: enabled}
    if kill is not None:
        values[ENV_KILL] = kill
    return values


def gemini_share(environ) -> float:
    return sum(route_request(key, environ).backend == "gemini" for key in KEYS) / len(KEYS)


@pytest.mark.parametrize("stage,share", [("disabled", 0), ("initial", 0.05), ("expanded", 0.25),
                                         ("majority", 0.5), ("full", 1)])
def test_each_stage_routes_its_share_to_gemini(stage, share):
    assert gemini_share(env(stage)) == pytest.approx(share, abs=0.015)


def test_changing_the_stage_changes_routing_on_the_next_request():
    environ = env("initial")
    key = next(k for k in KEYS if 500 <= route_request(k, environ).bucket < 2500)
    assert route_request(key, environ).variant == "control"
    environ[ENV_STAGE] = "expanded"  # the same mapping, changed between two requests
    route = route_request(key, environ)
    assert (route.variant, route.backend, route.stage) == ("treatment", "gemini", "expanded")


@pytest.mark.parametrize("kill", ["true", "TRUE", " 1 ", "yes", "on"])
def test_kill_switch_sends_every_request_to_document_ai(kill):
    environ = env("full", kill=kill)
    routes = [route_request(key, environ) for key in KEYS]
    assert {(r.variant, r.backend, r.stage, r.reason) for r in routes} == {
        ("control", "document_ai", "disabled", REASON_KILL)}
    assert not any(r.stage_error for r in routes)


def test_kill_switch_wins_over_an_invalid_stage_and_a_disabled_rollout():
    assert read_stage(env("everyone", enabled="false", kill="true")).reason == REASON_KILL


@pytest.mark.parametrize("environ,reason,error", [
    (env("full", kill="maybe"), REASON_INVALID_KILL, True),
    (env("full", enabled="false"), REASON_NOT_ENABLED, False),
    ({ENV_STAGE: "full"}, REASON_NOT_ENABLED, False),
    (env("full", enabled="treu"), REASON_INVALID_ENABLED, True),
    (env("everyone"), REASON_INVALID_STAGE, True),
    (env("50%"), REASON_INVALID_STAGE, True),
])
def test_unreadable_or_off_switches_fail_safe_to_disabled(environ, reason, error):
    settings = read_stage(environ)
    assert (settings.stage, settings.reason, settings.error) == (Stage.DISABLED, reason, error)
    assert gemini_share(environ) == 0


def test_stage_names_are_read_case_insensitively_and_reported_as_configured():
    settings = read_stage(env(" Majority "))
    assert (settings.stage, settings.configured, settings.reason) == (Stage.MAJORITY, "Majority", REASON_FROM_ENV)


@given(st.dictionaries(st.sampled_from([ENV_STAGE, ENV_ENABLED, ENV_KILL, "ROLLOUT_SALT"]),
                       st.one_of(st.text(max_size=12), st.none(), st.integers(), st.booleans())))
def test_any_environment_gives_a_route_and_never_raises(environ):
    route = route_request("a" * 64, environ)
    assert route.variant in ("control", "treatment") and 0 <= route.bucket < 10_000
    if route.stage == "disabled":
        assert route.backend == "document_ai"


def test_next_stage_follows_the_plan_and_stops_after_full():
    assert [next_stage(s) for s in Stage] == [Stage.INITIAL, Stage.EXPANDED, Stage.MAJORITY, Stage.FULL, None]
    assert parse_stage(" FULL ") is Stage.FULL and parse_stage("all") is None
