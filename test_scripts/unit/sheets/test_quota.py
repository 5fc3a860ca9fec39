"""One instance's write budget: Google's per-minute windows, reservations, 429 and Retry-After."""

from __future__ import annotations

from invoice_processing.sheets.quota import WriteBudget, retry_after_seconds


class Clock:
    def __init__(self, t: float = 1_750_000_040.0):  # 20 s into a minute
        self.t = t

    def __call__(self) -> float:
        return self.t


def test_reservations_fill_the_window_then_say_when_it_ends():
    clock = Clock()
    budget = WriteBudget(4, now=clock)
    assert budget.reserve(2) == 0 and budget.reserve(2) == 0
    assert budget.reserve(2) == 40  # the minute ends in 40 s
    assert retry_after_seconds(40) == 41
    clock.t += 40
    assert budget.reserve(2) > 0  # reservations still outstanding carry over into the new minute
    budget.give_back(2)
    assert budget.reserve(2) == 0


def test_sent_writes_count_in_the_window_they_are_sent():
    clock = Clock()
    budget = WriteBudget(4, now=clock)
    budget.reserve(2)
    assert budget.take(held=True) == 0 and budget.take(held=True) == 0
    assert budget.reserved == 0 and budget.spare() == 2
    assert budget.take(held=False) == 0 and budget.take(held=False) == 0  # two retries fit
    assert budget.take(held=False) == 40 and budget.spare() == 0
    clock.t += 40
    assert budget.spare() == 4


def test_a_429_spends_the_window_for_everyone_and_retry_after_can_extend_it():
    clock = Clock()
    budget = WriteBudget(60, now=clock)
    assert budget.refused(None) == 40
    assert budget.reserve(2) == 40 and budget.take(held=False) == 40
    assert budget.refused(75) == 75  # Google asked for longer than the window
    clock.t += 75
    assert budget.reserve(2) == 0


def test_give_back_never_goes_below_zero():
    budget = WriteBudget(4, now=Clock())
    budget.give_back(3)
    assert budget.reserved == 0 and budget.reserve(4) == 0
