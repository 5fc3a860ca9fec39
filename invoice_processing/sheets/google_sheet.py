"""Google Sheets writer (gspread): one ``values.append`` per invoice, idempotent via a ledger.

Per new invoice: one ledger claim before extraction (``claim``: a single batchUpdate that
appends a claim row and returns the ledger as it stands after it), the data append to
``'<tab>'!B:G`` (USER_ENTERED, INSERT_ROWS) and the claim's commit. A replay of a written
invoice costs the claim only. The protocol, what it guarantees and its residual risks are in
docs/sheets.md; the rule is in ``sheet_ledger``, the ledger's HTTP in ``sheet_ledger_tab``.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from gspread.http_client import HTTPClient

from invoice_processing.config import Settings
from invoice_processing.deadline import Deadline
from invoice_processing.errors import InvoiceError, SheetWriteFailed, SheetWriteInProgress
from invoice_processing.models import WriteResult
from invoice_processing.sheets import ledger
from invoice_processing.sheets.a1 import end_row, find_block, quote_tab, range_ok
from invoice_processing.sheets.client import SheetsHttp, describe, may_have_landed
from invoice_processing.sheets.ledger_tab import LedgerTab
from invoice_processing.sheets.rows import marked_as_text
from invoice_processing.sheets.writer import LedgerEntry

if TYPE_CHECKING:
    from google.auth.credentials import Credentials

CLAIM_BUDGET_SECONDS = 10.0
RELEASE_BUDGET_SECONDS = 2.0  # best effort, after the request's own time may be spent
MAX_LIVE_CLAIMS = 256  # claims one instance holds between claim() and append()/release()
SETTLE_RESERVE_SECONDS = 2.0  # kept from the append's retries for the claim's commit
STALE_MARGIN_SECONDS = 60.0  # a claim older than the request deadline plus this is over
_log = logging.getLogger(__name__)


class _AppendFailed(Exception):
    def __init__(self, cause: BaseException, ambiguous: bool):
        super().__init__(type(cause).__name__)
        self.cause, self.ambiguous = cause, ambiguous


@dataclass(frozen=True)
class _Claim:
    """A live claim of this instance: its ledger row and what the ledger said around it."""

    rows: tuple[int, ...]  # its ledger rows, first one first (more than one after a lost answer)
    cells: list[str | int]  # the claim row as written: key, state, claim_id, claimed_at, ...
    rivals: list[ledger.LedgerRow]  # rows of the same key above ours
    written: list[ledger.LedgerRow]  # written rows of every key (where earlier blocks ended)
    outcome: ledger.ClaimOutcome


class GoogleSheet:
    """``SheetWriter`` for a Google spreadsheet: rows to ``<tab>!B:G``, claims to the ledger tab.

    ``credentials`` default to Application Default Credentials (the function's service
    account); ``sleep``, ``clock`` (monotonic) and ``now`` (epoch) are injectable for tests.
    """

    def __init__(self, settings: Settings, *, credentials: Credentials | None = None,
                 sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.monotonic,
                 now: Callable[[], float] = time.time):
        self.spreadsheet_id = settings.spreadsheet_id
        self.tab, self.ledger_tab = settings.sheet_name, settings.ledger_sheet_name
        self.stale_after = settings.request_deadline_seconds + STALE_MARGIN_SECONDS
        self._http = SheetsHttp(credentials, sleep=sleep)
        self._ledger = LedgerTab(self._http, self.spreadsheet_id, self.ledger_tab)
        self._clock, self._now = clock, now
        self._lock = threading.Lock()
        self._claims: OrderedDict[str, _Claim] = OrderedDict()  # key -> this instance's live claim

    def _retry(self, budget: Deadline, call: Callable[[HTTPClient], dict[str, Any]]) -> dict[str, Any]:
        return self._http.call(budget, call)

    # -- ledger -----------------------------------------------------------------------------
    def _claim(self, key: str, budget: Deadline) -> LedgerEntry | _Claim:
        """Claim ``key``: the written entry when an earlier claim wrote it, else our claim."""
        cells = ledger.claim_cells(key, uuid.uuid4().hex, self._now(), "", "", "", 0)
        own, rows = self._ledger.claim(cells, budget)
        rivals = [r for r in rows if r.key == key and r.row < own[0]]
        judged = ledger.judge(rivals, self._now(), self.stale_after)
        if judged.outcome is ledger.ClaimOutcome.WRITTEN:  # our row stays pending: a written row precedes it
            return _entry(cast(ledger.LedgerRow, judged.written))  # judge sets ``written`` with WRITTEN
        if judged.outcome is ledger.ClaimOutcome.IN_PROGRESS:
            self._settle(own, cells, ledger.ABANDONED, budget)
            raise SheetWriteInProgress(retry_after=judged.retry_after)
        return _Claim(own, cells, rivals, [r for r in rows if r.state == ledger.WRITTEN], judged.outcome)

    def _settle(self, own: tuple[int, ...], cells: list[str | int], state: str, budget: Deadline,
                sheet_range: str = "") -> None:
        """Best effort: turn our claim into ``written``/``abandoned``. A failure is logged, not
        raised: an unsettled claim goes stale and the next replay searches the data tab."""
        done = [cells[0], state, *cells[2:8], sheet_range, ledger.stamp(self._now()) if sheet_range else ""]
        try:  # one row, unless a lost answer made the claim land twice: one request either way
            self._ledger.set_rows(own, done, budget)
        except Exception as exc:  # noqa: BLE001 - logged; the data tab is the truth
            _log.error("sheet_ledger_unsettled", extra={"json_fields": {
                "event": "sheet_ledger_unsettled", "detail": describe(exc), "sheet_range": sheet_range}})

    # -- SheetWriter ------------------------------------------------------------------------
    def claim(self, key: str, timeout: float = CLAIM_BUDGET_SECONDS) -> LedgerEntry | None:
        """The ledger entry when ``key`` was written; else ``None`` and the key is ours to write
        (``append``) or to give back (``release``). Raises when a live attempt is writing it.
        Spends at most ``timeout`` seconds (never more than ``CLAIM_BUDGET_SECONDS``)."""
        budget = Deadline(min(CLAIM_BUDGET_SECONDS, timeout), clock=self._clock)
        try:
            got = self._claim(key, budget)
        except InvoiceError:
            raise
        except Exception as exc:  # noqa: BLE001 - classified into the product's error
            raise SheetWriteFailed("The sheet's ledger could not be read. Retry later.",
                                   detail=describe(exc)) from None
        if isinstance(got, LedgerEntry):
            return got
        with self._lock:
            self._claims[key] = got
            evicted = [self._claims.popitem(last=False)[1] for _ in range(len(self._claims) - MAX_LIVE_CLAIMS)]
        for old in evicted:  # never written by this instance now
            self._give_back(old)
        return None

    def release(self, key: str) -> None:
        """Give back a claim that will not be written (extraction failed): replays need not wait."""
        with self._lock:
            claim = self._claims.pop(key, None)
        if claim is not None:
            self._give_back(claim)

    def _give_back(self, claim: _Claim) -> None:
        self._settle(claim.rows, claim.cells, ledger.ABANDONED, Deadline(RELEASE_BUDGET_SECONDS, clock=self._clock))

    def append(self, rows: Sequence[Sequence[str | int]], entry: LedgerEntry, timeout: float) -> WriteResult:
        budget = Deadline(timeout, clock=self._clock)
        try:
            return self._append(rows, entry, budget)
        except InvoiceError:
            raise
        except Exception as exc:  # noqa: BLE001 - classified into the product's error
            raise SheetWriteFailed(detail=describe(exc)) from None

    def _append(self, rows: Sequence[Sequence[str | int]], entry: LedgerEntry, budget: Deadline) -> WriteResult:
        with self._lock:
            claim = self._claims.pop(entry.key, None)
        if claim is None:  # no claim() before (the CLI's and the tests' direct use): claim now
            got = self._claim(entry.key, budget)
            if isinstance(got, LedgerEntry):
                return WriteResult(got.sheet_range, 0, duplicate=True)
            claim = got
        cells = [*claim.cells[:4], entry.invoice_number, entry.vendor, entry.order_date, len(rows), "", ""]
        if claim.outcome is ledger.ClaimOutcome.UNCERTAIN:  # an earlier attempt died without saying
            since = min(r.claimed_at for r in claim.rivals if r.state not in (ledger.WRITTEN, ledger.ABANDONED))
            floor = ledger.floor_row(claim.written, since, end_row)
            try:
                found = self._retry(budget, lambda http: {"range": self._search(http, rows, floor, entry.key)})["range"]
            except Exception:
                self._settle(claim.rows, cells, ledger.ABANDONED, budget)  # nothing was appended by us
                raise
            if found:  # its append landed but it never said so
                self._settle(claim.rows, cells, ledger.WRITTEN, budget, found)
                return WriteResult(found, 0, duplicate=True, range_ok=range_ok(found, self.tab, len(rows)))
        claimed_at = cast(str, cells[3])  # cells[3]: the claim's claimed_at, a ledger.stamp text
        return self._write(rows, claim.rows, cells, budget, ledger.floor_row(claim.written, claimed_at, end_row))

    def _write(self, rows: Sequence[Sequence[str | int]], own: tuple[int, ...], claim: list[str | int],
               budget: Deadline, floor: int) -> WriteResult:
        keep = min(SETTLE_RESERVE_SECONDS, budget.remaining() / 4)  # the commit must still fit after retries
        try:
            reported = self._append_rows(rows, budget.short_of(keep), floor, cast(str, claim[0]))  # claim[0]: the key
        except _AppendFailed as failed:
            if not failed.ambiguous:  # nothing can have landed: free the key at once
                self._settle(own, claim, ledger.ABANDONED, budget)
            raise SheetWriteFailed(
                "The sheet did not confirm the write. Retry later: a retry never writes the rows twice.",
                detail=describe(failed.cause),  # an unsettled claim blocks replays until it is stale
                retry_after=int(self.stale_after) + 1 if failed.ambiguous else 30) from None
        ok = range_ok(reported, self.tab, len(rows))
        if not ok:
            _log.error("sheet_range_unexpected", extra={"json_fields": {
                "event": "sheet_range_unexpected", "sheet_range": reported, "detail": f"expected {self.tab}!B:G"}})
        self._settle(own, claim, ledger.WRITTEN, budget, reported)
        return WriteResult(reported, len(rows), duplicate=False, range_ok=ok)

    # -- data tab ---------------------------------------------------------------------------
    def _append_rows(self, rows: Sequence[Sequence[str | int]], budget: Deadline, floor: int, key: str) -> str:
        """The one data append, retried; after an answer that may have landed, search first."""
        landed_maybe = False

        def attempt(http: HTTPClient) -> dict[str, Any]:
            nonlocal landed_maybe
            if landed_maybe and (found := self._search(http, rows, floor, key)):
                return {"updates": {"updatedRange": found}}
            try:
                return cast(dict[str, Any], http.values_append(  # gspread answers the JSON untyped
                    self.spreadsheet_id, f"{quote_tab(self.tab)}!B:G",
                    params={"valueInputOption": "USER_ENTERED", "insertDataOption": "INSERT_ROWS"},
                    body={"majorDimension": "ROWS", "values": [marked_as_text(list(r)) for r in rows]}))
            except Exception as exc:
                landed_maybe = landed_maybe or may_have_landed(exc)
                raise

        try:
            return cast(str, self._retry(budget, attempt)["updates"]["updatedRange"])
        except Exception as exc:  # noqa: BLE001 - wrapped with what the ledger needs to know
            raise _AppendFailed(exc, landed_maybe) from None

    def _search(self, http: HTTPClient, rows: Sequence[Sequence[str | int]], floor: int, key: str) -> str:
        """The range of the last block below row ``floor`` whose vendor, number and items equal
        ``rows`` and that no other invoice's ``written`` ledger row names; empty when none.

        One ``values.batchGet`` reads the data rows from ``floor`` down (from the floor row
        itself, which exists: a range that starts below the grid's last row is a 400) and the
        ledger as it is now (a copy of this invoice in another PDF, written while we extracted,
        must not be mistaken for our rows).
        """
        start = max(floor, 1)
        data, book = http.values_batch_get(self.spreadsheet_id, [f"{quote_tab(self.tab)}!B{start}:G",
                                                                 self._ledger.a1])["valueRanges"]
        values = data.get("values", [])[1:] if floor >= 1 else data.get("values", [])
        taken = self._ledger.written_spans(book.get("values", []), other_than=key)
        return find_block(self.tab, values, floor + 1, rows, taken)


def _entry(row: ledger.LedgerRow) -> LedgerEntry:
    return LedgerEntry(row.key, row.invoice_number, row.vendor, row.order_date, row.rows, row.sheet_range,
                       row.written_at)
