"""One instance's share of the Sheets write quota, in Google's per-minute windows.

Sheets allows a fixed number of write requests a minute per service account (60 by default)
and answers 429 beyond it. Every instance keeps one ``WriteBudget``: a request that will write
reserves its two writes (the claim, then the rows with the ledger commit) *before* extraction,
so an invoice that cannot be written this minute is answered 503 at once, with a
``Retry-After`` past the window, before any Gemini or Document AI money is spent on it. A 429
(with Google's ``Retry-After`` when it sends one) marks the window spent for everyone.

Windows are whole wall-clock minutes, as Google refills per-minute quotas; ``now`` is injectable.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable

WINDOW_SECONDS = 60.0


class WriteBudget:
    """Write requests this instance may still send in the current window.

    ``used + reserved`` never exceeds ``per_window`` within one window: a reservation is a
    promise that the write will be sent soon (it counts when sent), and it carries over into
    the next window if the request crosses a minute boundary.
    """

    def __init__(self, per_window: int, *, now: Callable[[], float] = time.time, window: float = WINDOW_SECONDS):
        self.per_window, self.window, self._now = per_window, window, now
        self._lock = threading.Lock()
        self._window_id = -1
        self._used = 0
        self.reserved = 0
        self._blocked_until = 0.0

    def _roll(self, now: float) -> None:
        window_id = int(now // self.window)
        if window_id != self._window_id:
            self._window_id, self._used = window_id, 0

    def _wait(self, now: float, wanted: int) -> float:
        """Seconds until ``wanted`` more writes fit (0: they fit now)."""
        if self._blocked_until > now:
            return self._blocked_until - now
        if self._used + self.reserved + wanted <= self.per_window:
            return 0.0
        return (self._window_id + 1) * self.window - now

    def reserve(self, writes: int) -> float:
        """Hold ``writes`` for a request; 0 when granted, else the seconds until a window with room."""
        with self._lock:
            now = self._now()
            self._roll(now)
            wait = self._wait(now, writes)
            if wait == 0:
                self.reserved += writes
            return wait

    def take(self, held: bool) -> float:
        """A write request is about to be sent: use a held reservation or, for a retry, a free
        write. 0 when it may be sent, else the seconds to wait first."""
        with self._lock:
            now = self._now()
            self._roll(now)
            if self._blocked_until > now:
                return self._blocked_until - now
            if held:
                self.reserved -= 1
            elif (wait := self._wait(now, 1)) > 0:
                return wait
            self._used += 1
            return 0.0

    def give_back(self, writes: int) -> None:
        """Reserved writes that will not be sent (extraction failed, a duplicate, a retry saved)."""
        with self._lock:
            self.reserved = max(0, self.reserved - writes)

    def spare(self) -> int:
        """Writes left in this window beyond the reservations (optional work uses only these)."""
        with self._lock:
            now = self._now()
            self._roll(now)
            return 0 if self._blocked_until > now else self.per_window - self._used - self.reserved

    def refused(self, retry_after: float | None) -> float:
        """Sheets answered 429: the window is spent until it ends, or until ``Retry-After`` when
        Google says longer. Returns the seconds to wait."""
        with self._lock:
            now = self._now()
            self._roll(now)
            until = max((self._window_id + 1) * self.window, now + (retry_after or 0.0))
            self._blocked_until = max(self._blocked_until, until)
            return self._blocked_until - now


def retry_after_seconds(wait: float) -> int:
    """A ``Retry-After`` that lands past ``wait`` (whole seconds, at least 1)."""
    return max(1, math.ceil(wait) + 1)
