"""Fault injection: 500 randomized request sequences against the Sheets fake.

Each sequence posts a few invoices (two of them sometimes the same invoice in different PDFs)
in random order with replays, across several instances, with 429/500/503, timeouts, refused
connections and answers lost after the write, and sometimes a replay that arrives while the
first attempt is claiming or writing. Afterwards every invoice must be in the sheet exactly
once (the copy in another PDF too: it is a duplicate), in B..G, with no formula, and every
request that did not write must have answered with a retryable error.
"""

from __future__ import annotations

import random
from collections import Counter

import pytest

from invoice_processing.errors import InvoiceError
from invoice_processing.models import WriteResult
from invoice_processing.sheets.writer import LedgerEntry
from test_scripts.fakes.sheets import FakeClock, google_sheet, served

FAULTS = ("429", "500", "503", "timeout", "connect", "lost", "lost500")
SEQUENCES = 500


def _invoices(rng: random.Random) -> dict[str, list[list]]:
    invoices = {}
    for n in range(rng.randint(1, 4)):
        rows = [["02/03/2025", "Acme", f"INV-{n}", f"SKU-{n}-{i} - thing {i}", "1.25", i + 1]
                for i in range(rng.randint(1, 5))]
        invoices[f"key-{n}"] = rows
    if len(invoices) > 1 and rng.random() < 0.3:  # the same invoice printed into two PDFs
        invoices["key-copy"] = [list(r) for r in invoices["key-0"]]
    return invoices


def _request(sheet, key: str, rows, budget: float) -> WriteResult:
    """What the pipeline does for one POST: ledger check before extraction, then the append."""
    found = sheet.claim(key)
    if found is not None:
        return WriteResult(found.sheet_range, 0, duplicate=True)
    return sheet.append(rows, LedgerEntry(key, rows[0][2], "Acme", "02/03/2025", len(rows)), timeout=budget)


def _run(seed: int) -> None:
    rng = random.Random(seed)
    random.seed(seed)  # tenacity's jitter
    clock = FakeClock()
    with served() as fake:
        sheets = [google_sheet(fake, clock, request_deadline_seconds=30) for _ in range(3)]
        invoices = _invoices(rng)
        rate = rng.choice((0.05, 0.2, 0.4))
        fake.fault = lambda call: rng.choice(FAULTS) if rng.random() < rate else None
        outcomes: list[tuple[str, object]] = []

        def post(key: str) -> None:
            try:
                outcomes.append((key, _request(rng.choice(sheets), key, invoices[key], rng.uniform(3, 30))))
            except InvoiceError as error:
                outcomes.append((key, error))

        def maybe_concurrent(call) -> None:  # a replay arriving while a write is in flight
            if call.kind == "batchUpdate" and rng.random() < 0.05:  # during a claim or a write
                fake.hook = lambda call: None
                post(rng.choice(list(invoices)))
                fake.hook = maybe_concurrent

        fake.hook = maybe_concurrent
        for _ in range(rng.randint(len(invoices), 3 * len(invoices))):
            post(rng.choice(list(invoices)))
            clock.advance(rng.choice((1, 20, 120, 400)))
        fake.fault, fake.hook = (lambda call: None), (lambda call: None)
        clock.advance(1000)
        for key in invoices:  # Zapier's later replays, once Sheets is healthy again
            post(key)
        _check(fake, invoices, outcomes, seed)


def _check(fake, invoices, outcomes, seed) -> None:
    for key, answer in outcomes:
        if isinstance(answer, InvoiceError):
            assert answer.retryable and answer.status == 503 and answer.retry_after > 0, (seed, key, answer.code)
    last = {key: answer for key, answer in outcomes}
    assert all(isinstance(a, WriteResult) for a in last.values()), seed
    grid = fake.rows("Sheet1")
    assert all(row[0] == "" and not any(row[7:]) for row in grid), seed  # B..G only
    assert fake.formulas == [], seed
    distinct = {k: rows for k, rows in invoices.items() if k != "key-copy"}  # the copy is the same invoice
    want = Counter(tuple(str(c).removeprefix("'") for c in r[1:4]) for rows in distinct.values() for r in rows)
    have = Counter(tuple(row[2:5]) for row in grid)
    assert have == want, seed  # every product exactly once, whichever PDF brought it
    written = Counter(key for key, a in outcomes if isinstance(a, WriteResult) and a.rows_written)
    assert all(n == 1 for n in written.values()), (seed, written)  # a lost answer's rows are found, not rewritten
    assert not ("key-copy" in written and "key-0" in written), seed  # one of the two PDFs wrote it


@pytest.mark.slow
def test_randomized_replays_and_faults_never_lose_shift_or_duplicate_a_row():
    for seed in range(SEQUENCES):
        _run(seed)
