"""Retries with exponential backoff and full jitter, bounded by a time budget (tenacity).

Sheets answers 429 when a quota is exhausted and 5xx when it is unwell; both are worth
another try, but never past the request's deadline: a retry that cannot finish in time only
delays the 503 that lets Zapier replay later. ``wait_hint`` names a floor for the next wait
(the end of a spent quota window, Google's ``Retry-After``): backing off for less only spends
another request on a certain refusal. ``sleep`` is injectable so tests run without waiting.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

import tenacity

from invoice_processing.deadline import Deadline

MIN_ATTEMPT_SECONDS = 1.0  # not worth starting a call with less time than this left
MAX_ATTEMPTS = 8
BACKOFF_MULTIPLIER = 0.5  # first waits are up to 0.5 s, 1 s, 2 s, ... (full jitter)
BACKOFF_MAX = 8.0

T = TypeVar("T")


def call_with_retries(
    call: Callable[[], T],
    budget: Deadline,
    *,
    transient: Callable[[BaseException], bool],
    sleep: Callable[[float], None] = time.sleep,
    on_retry: Callable[[tenacity.RetryCallState], None] | None = None,
    wait_hint: Callable[[BaseException], float] = lambda exc: 0.0,
) -> T:
    """Run ``call`` until it succeeds, fails for good, or the budget cannot fit another try.

    The last exception is re-raised unchanged, so callers classify it themselves.
    """
    backoff = tenacity.wait_random_exponential(multiplier=BACKOFF_MULTIPLIER, max=BACKOFF_MAX)

    def wait(state: tenacity.RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        return max(backoff(state), wait_hint(exc) if exc is not None else 0.0)

    def out_of_time(state: tenacity.RetryCallState) -> bool:
        if state.attempt_number >= MAX_ATTEMPTS:
            return True
        return budget.remaining() - state.upcoming_sleep < MIN_ATTEMPT_SECONDS

    retrying = tenacity.Retrying(
        retry=tenacity.retry_if_exception(transient),
        wait=wait,
        stop=out_of_time,
        sleep=sleep,
        before_sleep=on_retry,
        reraise=True,
    )
    return retrying(call)
