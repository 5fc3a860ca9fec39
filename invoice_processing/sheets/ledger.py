"""The Google Sheet's ledger: an append-only log of write attempts, and the rule that reads it.

The ledger (a hidden tab, ``_ledger`` by default) makes writes idempotent across instances.
Rows are only ever appended, never edited, so any instance can keep what it has read and ask
only for the rows after it, and old rows can be summarised away without moving anything a
live request points at. Three kinds of row, columns A..L (``HEADER``):

- ``pending``: a claim, appended after extraction and before the write; it names the PDF's
  key, the invoice (number, vendor, content fingerprint) and a lease: its writer sends nothing
  after ``lease_until``;
- ``written``: the commit, appended in the same atomic batchUpdate as the data rows, so rows
  without their commit (or a commit without its rows) cannot exist;
- ``range``: a correction of a commit's ``sheet_range`` once its writer read back where the
  rows landed (appended with that instance's next claim, at no extra request).

Ledgers written before this layout (rows updated in place, ``abandoned``, no lease) are read
as well. ``judge`` decides, from the rows that precede a claim, what it may do; it is pure, so
the rule is tested on its own (see docs/sheets.md).
"""

from __future__ import annotations

import calendar
import time
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

HEADER = ("key", "state", "claim_id", "claimed_at", "invoice_number", "vendor", "order_date", "rows",
          "sheet_range", "written_at", "content", "lease_until")  # columns A..L
ARCHIVE_HEADER = ("key", "content", "invoice_number", "vendor", "order_date", "rows", "sheet_range",
                  "written_at")  # the archive tab's columns A..H: one row per summarised invoice
PENDING, WRITTEN, RANGE, ABANDONED, ARCHIVED = "pending", "written", "range", "abandoned", "archived"
LEGACY_LEASE_SECONDS = 150.0  # claims from before leases: the request deadline was their bound
STALE_MARGIN_SECONDS = 60.0  # a call sent before a lease ended may still be applied this much later
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


@dataclass(frozen=True, slots=True)
class LedgerRow:
    """One ledger row as read back (text cells; missing trailing cells are empty).

    ``row`` is its row number in the tab (it changes when older rows are summarised away);
    ``seq`` is its place in ledger order as this instance saw it (it never changes)."""

    row: int
    key: str
    state: str
    claim_id: str = ""
    claimed_at: str = ""
    invoice_number: str = ""
    vendor: str = ""
    order_date: str = ""
    rows: int = 0
    sheet_range: str = ""
    written_at: str = ""
    content: str = ""
    lease_until: str = ""
    seq: int = 0

    @classmethod
    def from_cells(cls, row: int, cells: Sequence[object]) -> LedgerRow | None:
        """Parse a row read from the tab; ``None`` for the header, blanks and foreign rows."""
        text = [str(c) for c in cells][: len(HEADER)]
        text += [""] * (len(HEADER) - len(text))
        if not text[0] or text[0] == HEADER[0] or text[1] not in (PENDING, WRITTEN, RANGE, ABANDONED):
            return None
        return cls(row, text[0], text[1], text[2], text[3], text[4], text[5], text[6], _count(text[7]), text[8],
                   text[9], text[10], text[11])

    @classmethod
    def from_archive(cls, cells: Sequence[object]) -> LedgerRow | None:
        text = [str(c) for c in cells][: len(ARCHIVE_HEADER)]
        text += [""] * (len(ARCHIVE_HEADER) - len(text))
        if not text[0] or text[0] == ARCHIVE_HEADER[0]:
            return None
        return cls(0, text[0], ARCHIVED, "", "", text[2], text[3], text[4], _count(text[5]), text[6], text[7],
                   text[1])

    def cells(self) -> list[str]:
        return [self.key, self.state, self.claim_id, self.claimed_at, self.invoice_number, self.vendor,
                self.order_date, str(self.rows) if self.rows else "", self.sheet_range, self.written_at,
                self.content, self.lease_until]

    def archive_cells(self) -> list[str]:
        return [self.key, self.content, self.invoice_number, self.vendor, self.order_date, str(self.rows),
                self.sheet_range, self.written_at]

    @property
    def identity(self) -> tuple[str, str, str, str]:
        """What names a row whatever its row number (a claim that landed twice is one claim)."""
        return self.state, self.claim_id, self.key, self.sheet_range if self.state == RANGE else ""

    @property
    def is_commit(self) -> bool:
        return self.state in (WRITTEN, ARCHIVED)

    def dead_at(self) -> float:
        """When a pending claim can no longer write anything (its lease plus the margin)."""
        lease = parse_stamp(self.lease_until)
        if lease is None:
            lease = (parse_stamp(self.claimed_at) or 0.0) + LEGACY_LEASE_SECONDS
        return lease + STALE_MARGIN_SECONDS

    def age_stamp(self) -> str:
        return self.written_at or self.claimed_at


def _count(text: str) -> int:
    try:
        return int(text or 0)
    except ValueError:
        return 0


class ClaimOutcome(StrEnum):
    NEW = "new"  # no live claim and no commit before this one: write
    WRITTEN = "written"  # the same PDF or the same invoice content is written: answer duplicate
    IN_PROGRESS = "in_progress"  # an earlier live claim may still be writing it: retry later


@dataclass(frozen=True)
class Judgement:
    outcome: ClaimOutcome
    written: LedgerRow | None = None
    retry_after: int = 0


def judge(claim: LedgerRow, commits: Sequence[LedgerRow], claims: Sequence[LedgerRow], now: float) -> Judgement:
    """What ``claim`` may do, given the commits and the effective claims of the same key or the
    same content (any order; only those before ``claim`` in ledger order count).

    A commit before it always wins (duplicate). A claim before it whose lease had not run out
    when ``claim`` was made belongs to an attempt that may still write, so ``claim`` loses
    (retry later), and it loses for good: every later reader judges it the same way. A claim
    whose lease had run out wrote nothing (its commit would be in the ledger: rows and commit
    land together), so it no longer counts.
    """
    earlier = [c for c in commits if c.seq < claim.seq]
    if earlier:
        return Judgement(ClaimOutcome.WRITTEN, written=min(earlier, key=lambda c: c.seq))
    made_at = parse_stamp(claim.claimed_at) or now
    live = [c for c in claims if c.seq < claim.seq and c.claim_id != claim.claim_id and c.dead_at() > made_at]
    if live:
        return Judgement(ClaimOutcome.IN_PROGRESS, retry_after=max(1, int(max(c.dead_at() for c in live) - now) + 1))
    return Judgement(ClaimOutcome.NEW)
