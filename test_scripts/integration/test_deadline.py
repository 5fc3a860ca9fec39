"""The request's one deadline: what each call may take, what tiers leave each other, start-up errors."""

from __future__ import annotations

import threading

import pytest

from invoice_processing.config import load_settings
from invoice_processing.deadline import Deadline
from invoice_processing.errors import ConfigurationError
from invoice_processing.extraction.backend import BackendTimeout
from invoice_processing.extraction.chain import HANDOVER_SECONDS, _window
from invoice_processing.extraction.local import LocalBackend
from invoice_processing.extraction.timebox import run_within, tier_window
from invoice_processing.models import Backend


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class Tier:
    def __init__(self, min_seconds: float):
        self.min_seconds = min_seconds


def test_a_call_gets_its_cap_or_what_is_left_minus_the_sheet_reserve():
    clock = Clock()
    deadline = Deadline(150, reserve=10, clock=clock)
    assert deadline.for_call(60) == 60
    clock.now += 100
    assert deadline.for_call(60) == 40
    clock.now += 45
    assert deadline.for_call(60) == 0 and not deadline.expired()
    assert tier_window(deadline, 60).remaining() == 0


def test_an_earlier_tier_leaves_later_cloud_tiers_their_minimum():
    clock = Clock()
    deadline = Deadline(3, reserve=0.2, clock=clock)
    tiers = {Backend.GEMINI: Tier(0.8), Backend.DOCUMENT_AI: Tier(0.8), Backend.LOCAL: LocalBackend()}
    order = (Backend.GEMINI, Backend.DOCUMENT_AI, Backend.LOCAL)
    gemini = _window(Backend.GEMINI, order[1:], tiers, deadline)
    assert gemini.for_call(60) == pytest.approx(2.8 - 0.8 - HANDOVER_SECONDS)
    clock.now += gemini.for_call(60)  # Gemini used its whole window
    docai = _window(Backend.DOCUMENT_AI, order[2:], tiers, deadline)
    assert docai is not None and docai.for_call(60) == pytest.approx(0.8 + HANDOVER_SECONDS)
    clock.now += 0.85
    assert _window(Backend.DOCUMENT_AI, order[2:], tiers, deadline) is None  # too little left: not started
    assert _window(Backend.LOCAL, (), tiers, deadline) is deadline  # no network: always runs


def test_run_within_stops_waiting_for_a_call_that_never_returns():
    never = threading.Event()
    deadline = Deadline(0.3)
    with pytest.raises(BackendTimeout):
        run_within([never.wait], 0.3)
    assert deadline.elapsed() < 0.5
    never.set()


def test_run_within_keeps_order_and_raises_the_first_failure():
    assert run_within([lambda: 1, lambda: 2, lambda: 3], 5, parallel=2) == [1, 2, 3]
    with pytest.raises(ZeroDivisionError):
        run_within([lambda: 1, lambda: 1 / 0], 5)


def test_deadline_and_reserve_accept_fractions_and_reject_nonsense():
    settings = load_settings({"REQUEST_DEADLINE_SECONDS": "3", "SHEET_WRITE_RESERVE_SECONDS": "0.25"})
    assert settings.request_deadline_seconds == 3.0 and settings.sheet_write_reserve_seconds == 0.25
    for bad in ("0", "-1", "soon", "inf", "nan"):
        with pytest.raises(ConfigurationError, match="REQUEST_DEADLINE_SECONDS"):
            load_settings({"REQUEST_DEADLINE_SECONDS": bad})
    with pytest.raises(ConfigurationError, match="SHEET_WRITE_RESERVE_SECONDS"):
        load_settings({"REQUEST_DEADLINE_SECONDS": "5", "SHEET_WRITE_RESERVE_SECONDS": "5"})


@pytest.mark.parametrize(("env", "named"), [
    ({"GEMINI_MODEL": "gpt-4o"}, "GEMINI_MODEL"),
    ({"GEMINI_MODEL": "Gemini 2.5 Flash"}, "GEMINI_MODEL"),
    ({"GEMINI_API_VERSION": "v2"}, "GEMINI_API_VERSION"),
    ({"PRODUCTION_ROLLOUT_ENABLED": "true", "GOOGLE_CLOUD_PROJECT_ID": "p"}, "DOCUMENT_AI_PROCESSOR_ID"),
    ({"DOCUMENT_AI_PROCESSOR_ID": "abc"}, "GOOGLE_CLOUD_PROJECT_ID"),
    ({"GEMINI_API_KEY_SECRET": "gemini-key"}, "GOOGLE_CLOUD_PROJECT_ID"),
])
def test_backend_configuration_errors_name_the_variable(env, named):
    with pytest.raises(ConfigurationError) as raised:
        load_settings(env)
    assert named in raised.value.message and raised.value.detail


def test_startup_configuration_error_is_a_clear_json_answer_not_a_traceback(start_server):
    server = start_server(PRODUCTION_ROLLOUT_ENABLED="true", GEMINI_ROLLOUT_STAGE="full", GEMINI_API_KEY="k")
    response = server.post(data=b"%PDF-1.4", headers={"Content-Type": "application/pdf"})
    assert response.status_code == 500
    error = response.json()["error"]
    assert error["code"] == "configuration_error" and "DOCUMENT_AI_PROCESSOR_ID" in error["message"]
    logs = server.logs()
    assert '"event":"configuration_error"' in logs.replace(" ", "") and "Traceback" not in logs
