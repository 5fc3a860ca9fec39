"""Virtual time for benchmarks that run several threads: nobody really sleeps.

Threads take part through ``run`` (which counts them all in before any starts, so time cannot
move on before the last one is running). ``sleep(s)`` parks the
caller until virtual time reaches its wake-up; time only moves when every registered thread is
parked, and then jumps to the earliest wake-up, waking every thread due at that instant. So a
minute of simulated traffic with instances waiting on Google's quota window runs in the time
the code itself takes, and the result is the same on a slow or a fast machine.
"""

from __future__ import annotations

import heapq
import itertools
import threading
from collections.abc import Callable, Sequence


class SimClock:
    def __init__(self, start: float = 0.0):
        self.t = start
        self._cv = threading.Condition()
        self._running = 0
        self._sleepers: list[tuple[float, int]] = []
        self._released: set[int] = set()
        self._ids = itertools.count()

    def now(self) -> float:
        return self.t

    def run(self, targets: Sequence[Callable[[], None]]) -> None:
        """Run ``targets`` as threads on this clock until all return."""
        with self._cv:
            self._running += len(targets)
        threads = [threading.Thread(target=self._member, args=(t,), daemon=True) for t in targets]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    def _member(self, target: Callable[[], None]) -> None:
        try:
            target()
        finally:
            with self._cv:
                self._running -= 1
                self._advance()

    def sleep(self, seconds: float) -> None:
        with self._cv:
            ticket = next(self._ids)
            heapq.heappush(self._sleepers, (self.t + max(0.0, seconds), ticket))
            self._running -= 1
            self._advance()
            while ticket not in self._released:
                self._cv.wait()
            self._released.discard(ticket)  # counted as running again by whoever woke it

    def _advance(self) -> None:
        """With every thread parked, jump to the earliest wake-up and release all due then."""
        if self._running > 0 or not self._sleepers:
            return
        self.t = max(self.t, self._sleepers[0][0])
        while self._sleepers and self._sleepers[0][0] <= self.t:
            self._released.add(heapq.heappop(self._sleepers)[1])
            self._running += 1
        self._cv.notify_all()
