"""The Google Sheet's ledger tab: one row per write attempt, and the rule that reads it.

The ledger (a hidden tab, ``_ledger`` by default) makes writes idempotent across instances.
Every attempt to write an invoice first appends a ``pending`` claim row; after the data
append it turns its own row into ``written`` (with the range) or ``abandoned`` (when it knows
nothing landed). Rows are only ever appended or updated in place, never moved, so a row
number identifies a claim for good, and ledger order is the order claims reached Sheets.

``judge`` decides, from the rows of one key that precede a claim, what that claim may do.
It is pure so the rule is tested on its own (see docs/sheets.md for the guarantees).
"""

from __future__ import annotations

import calendar
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

HEADER = ("key", "state", "claim_id", "claimed_at", "invoice_number", "vendor", "order_date", "rows",
          "sheet_range", "written_at")  # columns A..J
PENDING, WRITTEN, ABANDONED = "pending", "written", "abandoned"
_STAMP = "%Y-%m-%dT%H:%M:%S"


def stamp(epoch: float) -> str:
    """UTC timestamp as stored in the ledger: milliseconds, sortable as text."""
    millis = int(round(epoch * 1000))
    return time.strftime(_STAMP, time.gmtime(millis // 1000)) + f".{millis % 1000:03d}Z"


def parse_stamp(text: str) -> float | None:
    try:
        whole, _, frac = text.rstrip("Z").partition(".")
        return float(calendar.timegm(time.strptime(whole, _STAMP))) + (int(frac) / 1000 if frac else 0.0)
    except (ValueError, OverflowError):
        return None


@dataclass(frozen=True)
class LedgerRow:
    """One ledger row as read back (text cells, missing trailing cells are empty)."""

    row: int  # 1-based row number in the ledger tab
    key: str
    state: str
    claim_id: str
    claimed_at: str
    invoice_number: str = ""
    vendor: str = ""
    order_date: str = ""
    rows: int = 0
    sheet_range: str = ""
    written_at: str = ""

    @classmethod
    def from_cells(cls, row: int, cells: Sequence[object]) -> LedgerRow | None:
        """Parse a row read from the tab; ``None`` for the header, blanks and foreign rows."""
        text = [str(c) for c in cells] + [""] * (len(HEADER) - len(cells))
        if not text[0] or text[0] == HEADER[0]:
            return None
        try:
            count = int(text[7] or 0)
        except ValueError:
            count = 0
        return cls(row, text[0], text[1], text[2], text[3], text[4], text[5], text[6], count, text[8], text[9])


def claim_cells(key: str, claim_id: str, now: float, invoice_number: str, vendor: str, order_date: str,
                rows: int) -> list[str | int]:
    return [key, PENDING, claim_id, stamp(now), invoice_number, vendor, order_date, rows, "", ""]


def parse_rows(values: Sequence[Sequence[object]], first_row: int) -> list[LedgerRow]:
    """Ledger rows from a values.get answer whose first returned row is ``first_row``."""
    parsed = (LedgerRow.from_cells(first_row + i, cells) for i, cells in enumerate(values))
    return [r for r in parsed if r is not None]


def floor_row(rows: list[LedgerRow], claimed_at: str, end_row: Callable[[str], int]) -> int:
    """The last data row that ledger entries written before ``claimed_at`` report.

    Rows appended for a claim land below every block written before the claim existed, so a
    search for them starts after this row (a different PDF of the same invoice, written
    earlier, can then never be mistaken for them).
    """
    return max((end_row(r.sheet_range) for r in rows if r.state == WRITTEN and r.written_at < claimed_at),
               default=0)


class ClaimOutcome(StrEnum):
    NEW = "new"  # no live claim before this one: write
    WRITTEN = "written"  # an earlier claim wrote the rows: answer duplicate
    IN_PROGRESS = "in_progress"  # an earlier claim may still be writing: retry later
    UNCERTAIN = "uncertain"  # an earlier claim died without saying: look in the data tab first


@dataclass(frozen=True)
class Judgement:
    outcome: ClaimOutcome
    written: LedgerRow | None = None
    retry_after: int = 0


def judge(earlier: list[LedgerRow], now: float, stale_after: float) -> Judgement:
    """What a claim may do, given the same key's rows that precede it in the ledger.

    A ``written`` row always wins. A ``pending`` row younger than ``stale_after`` belongs to
    an attempt that may still be running (its deadline has not passed), so nobody else may
    write. An older ``pending`` row belongs to an attempt that is over but never said whether
    its append landed (crash, or a response that was lost): the data tab must be searched.
    ``abandoned`` rows are attempts that know they wrote nothing.
    """
    written = [r for r in earlier if r.state == WRITTEN]
    if written:
        return Judgement(ClaimOutcome.WRITTEN, written=written[0])
    pending = [r for r in earlier if r.state not in (WRITTEN, ABANDONED)]
    ages = [now - (parse_stamp(r.claimed_at) or 0.0) for r in pending]
    fresh = [age for age in ages if age < stale_after]
    if fresh:
        return Judgement(ClaimOutcome.IN_PROGRESS, retry_after=max(30, int(stale_after - min(fresh)) + 1))
    if pending:
        return Judgement(ClaimOutcome.UNCERTAIN)
    return Judgement(ClaimOutcome.NEW)
