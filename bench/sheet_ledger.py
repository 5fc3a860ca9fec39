"""Figure 9, what a claim costs on a long ledger: ``python -m bench.sheet_ledger``.

The in-memory Sheets v4 (``test_scripts/fakes/sheets.py``, answers indented as Google's are)
holds a ledger of ``ROWS`` rows (written invoices, claim and commit rows, younger than a day so
none is compacted). A cold instance reads it once; another instance writes a few invoices; then
the warm instance takes a new invoice. Printed: the bytes of each answer the warm invoice
needed (the read before extraction, the claim, the write) against the cold read (the
baseline: what every claim used to download), and the milliseconds each took here (client and
fake together, one core).
"""

from __future__ import annotations

import argparse
import logging
import time

from invoice_processing.sheets.writer import LedgerEntry
from test_scripts.fakes.sheets import FakeClock, google_sheet, served

from .report import Figure

NAME = "warm claim answer at 50k ledger rows"
ROWS = 50_000
TARGET_BYTES = 50_000


def _invoice(number: str) -> list[list[str | int]]:
    return [["01/17/2025", "Acme", number, f"SKU-{i} - item {i}", "1.25", i + 1] for i in range(5)]


def _request(sheet, key: str, number: str) -> None:
    if sheet.claim(key) is None:
        rows = _invoice(number)
        sheet.append(rows, LedgerEntry(key, number, "Acme", "01/17/2025", len(rows)), timeout=60)


def measure(rows: int = ROWS, others: int = 3) -> dict[str, tuple[int, float]]:
    """answer -> (bytes, milliseconds) for the cold read and for the warm invoice's requests."""
    clock = FakeClock()
    found: dict[str, tuple[int, float]] = {}
    with served() as fake:
        fake.seed_ledger(rows // 2, clock.now() - 3600)
        warm, other = google_sheet(fake, clock), google_sheet(fake, clock)
        started = time.perf_counter()
        warm.claim("first")  # cold: the tabs, then the whole ledger, once
        found["cold read (whole ledger)"] = (max(fake.sizes), (time.perf_counter() - started) * 1000)
        _request(warm, "first", "F-1")
        for n in range(others):
            _request(other, f"other-{n}", f"O-{n}")
        clock.advance(5)
        fake.calls.clear()
        fake.sizes.clear()
        timings = []
        started = time.perf_counter()
        _request(warm, "new", "N-1")
        total_ms = (time.perf_counter() - started) * 1000
        names = {("get", "_ledger"): "read before extraction", ("batchUpdate", "_ledger"): "claim answer",
                 ("batchUpdate", "Sheet1"): "write answer"}
        for call, size in zip(fake.calls, fake.sizes, strict=True):
            timings.append((names.get((call.kind, call.tab), call.kind), size))
        for name, size in timings:
            found[name] = (size, total_ms)
    return found


def run() -> list[Figure]:
    logging.getLogger("invoice_processing").setLevel(logging.CRITICAL)
    found = measure()
    cold, claim = found["cold read (whole ledger)"][0], found["claim answer"][0]
    note = "; ".join(f"{name} {size:,} B" for name, (size, _) in found.items()) + \
        f"; the warm invoice took {found['claim answer'][1]:.0f} ms here (client and fake), the cold read " \
        f"{found['cold read (whole ledger)'][1]:.0f} ms"
    return [Figure("9", NAME, f"{claim:,} B", f"{cold:,} B (cold read)", claim / cold,
                   f"< {TARGET_BYTES:,} B", claim < TARGET_BYTES, note)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.sheet_ledger", description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=ROWS, help="ledger rows before the run")
    args = parser.parse_args(argv)
    logging.getLogger("invoice_processing").setLevel(logging.CRITICAL)
    found = measure(args.rows)
    for name, (size, _) in found.items():
        print(f"{name:<28} {size:>12,} bytes")
    print(f"warm invoice, all requests: {found['claim answer'][1]:.0f} ms; cold read: "
          f"{found['cold read (whole ledger)'][1]:.0f} ms")
    return 0 if found["claim answer"][0] < TARGET_BYTES else 1


if __name__ == "__main__":
    raise SystemExit(main())
