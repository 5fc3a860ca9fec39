"""Hard time limits around blocking SDK calls, and the one retry a cloud tier may make.

An SDK's own timeout (httpx's in google-genai, requests' in the Document AI REST transport)
bounds each socket operation, not the whole call: a server that trickles bytes, a credential
refresh or a retry hidden in the SDK can outlast it. So a cloud tier also runs its calls on
daemon worker threads and the request stops waiting when the tier's window closes. An abandoned
worker is ended soon after by the SDK timeout it was given, and never blocks interpreter exit.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from invoice_processing.deadline import Deadline
from invoice_processing.extraction.backend import BackendTimeout

T = TypeVar("T")
RETRY_PAUSE_SECONDS = 0.5  # pause before the one retry (a 429/503 rarely clears at once)


def run_within(calls: Sequence[Callable[[], T]], seconds: float, *, parallel: int = 8) -> list[T]:
    """Run ``calls`` (at most ``parallel`` at a time) on daemon threads; results in call order.

    Raises the first error as soon as any call fails (the others are abandoned), or
    ``BackendTimeout`` when not every call has finished within ``seconds``.
    """
    if not calls:
        return []
    batch = _Batch(len(calls))
    gate = threading.BoundedSemaphore(parallel)
    for index, call in enumerate(calls):
        threading.Thread(target=batch.run, args=(index, call, gate), name="cloud-call", daemon=True).start()
    if not batch.done.wait(max(0.0, seconds)):
        batch.done.set()  # calls still queued behind the gate never start
        raise BackendTimeout(detail=f"not finished within {seconds:.1f}s")
    if batch.error is not None:
        raise batch.error
    return batch.results


class _Batch:
    """Results of one ``run_within``: filled by the workers, read by the waiting request thread."""

    def __init__(self, size: int):
        self.results: list[Any] = [None] * size  # each call's result at its index (None until it finishes)
        self.left = size
        self.error: Exception | None = None
        self.done = threading.Event()
        self._lock = threading.Lock()

    def run(self, index: int, call: Callable[[], object], gate: threading.BoundedSemaphore) -> None:
        with gate:
            if self.done.is_set():  # another call failed or the request gave up: do not start
                return
            try:
                result = call()
            except Exception as exc:  # handed to the waiting request thread
                with self._lock:
                    self.error = self.error or exc
                self.done.set()
                return
        with self._lock:
            self.results[index] = result
            self.left -= 1
            if self.left == 0:
                self.done.set()


def with_one_retry(
    call: Callable[[float], T], window: Deadline, *, retryable: Callable[[Exception], bool], min_seconds: float
) -> T:
    """``call(timeout)`` with what is left of ``window``; once more after a short pause when the
    failure is retryable (429, 5xx) and the window still leaves ``min_seconds`` for the retry."""
    try:
        return call(window.for_call(float("inf")))
    except Exception as exc:
        if not retryable(exc) or window.for_call(float("inf")) < RETRY_PAUSE_SECONDS + min_seconds:
            raise
    time.sleep(RETRY_PAUSE_SECONDS)  # bounded: the window was just checked to outlast it
    return call(window.for_call(float("inf")))


def tier_window(deadline: Deadline, cap: float) -> Deadline:
    """A fresh deadline for one cloud tier: ``min(cap, time left - reserve)`` from now."""
    return Deadline(deadline.for_call(cap), clock=deadline.clock)
