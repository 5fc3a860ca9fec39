"""The one deadline/budget type: every network call and every retry loop asks it how long it may take.

A request makes one at arrival (``REQUEST_DEADLINE_SECONDS``); steps that need their own bound
(a sheet claim, a best-effort release) make a shorter one on the same clock.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace


@dataclass
class Deadline:
    """One per request: every network call asks it how long it may take.

    ``reserve`` is kept back for the sheet write, so extraction can never eat the time the
    write needs. ``clock`` is injectable for tests.
    """

    budget: float
    reserve: float = 0.0
    clock: Callable[[], float] = time.monotonic
    started: float = field(default=-1.0)

    def __post_init__(self) -> None:
        if self.started < 0:
            self.started = self.clock()

    def elapsed(self) -> float:
        return self.clock() - self.started

    def remaining(self) -> float:
        """Seconds left of the whole budget (may be negative)."""
        return self.budget - self.elapsed()

    def for_call(self, cap: float) -> float:
        """Seconds one call may take: ``min(cap, remaining - reserve)``, never negative."""
        return max(0.0, min(cap, self.remaining() - self.reserve))

    def expired(self) -> bool:
        return self.remaining() <= 0

    def short_of(self, seconds: float) -> Deadline:
        """A deadline that ends ``seconds`` before this one (time kept for a step after it)."""
        return Deadline(self.remaining() - seconds, clock=self.clock)

    def keeping(self, seconds: float) -> Deadline:
        """The same deadline with ``seconds`` more held back (for the tiers that may still follow)."""
        return replace(self, reserve=self.reserve + max(0.0, seconds))
