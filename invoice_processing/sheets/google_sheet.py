"""Google Sheets writer: two write requests per new invoice, idempotent via an append-only ledger.

Per request: ``claim`` before extraction costs no write (the ledger rows this instance has not
seen yet, one read; the instance's write budget holds the invoice's two writes or answers 503
at once). Per new invoice, after extraction: the ledger claim (one batchUpdate that appends a
claim row and reads the ledger back from the last row this instance knew) and the write (one
atomic batchUpdate: the rows with typed cells and the ledger commit, reading the data tab
back to see where the rows landed). A replay of a written invoice, by bytes or by content,
writes nothing. The protocol, its guarantees and its residual risks are in docs/sheets.md.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from gspread.exceptions import APIError
from gspread.http_client import HTTPClient

from invoice_processing.config import Settings
from invoice_processing.deadline import Deadline
from invoice_processing.errors import InvoiceError, SheetQuotaSpent, SheetWriteFailed, SheetWriteInProgress
from invoice_processing.models import WriteResult
from invoice_processing.sheets import compaction, ledger
from invoice_processing.sheets.a1 import end_row
from invoice_processing.sheets.client import QuotaWait, SheetsHttp, describe, may_have_landed, status_of
from invoice_processing.sheets.content import fingerprint
from invoice_processing.sheets.data_tab import (
    answer_has_rows,
    commit_of,
    floor_row,
    locate,
    locate_anywhere,
    write_body,
)
from invoice_processing.sheets.ledger import LedgerRow
from invoice_processing.sheets.ledger_index import LedgerIndex
from invoice_processing.sheets.ledger_tab import READBACK_FIELDS, LedgerTab, batch_update
from invoice_processing.sheets.quota import WriteBudget, retry_after_seconds
from invoice_processing.sheets.tab_cache import TabCache
from invoice_processing.sheets.tabs import GridCheck, data_tab_title
from invoice_processing.sheets.writer import LedgerEntry

if TYPE_CHECKING:
    from google.auth.credentials import Credentials

CLAIM_BUDGET_SECONDS = 10.0
WRITES_PER_INVOICE = 2  # the ledger claim, then the rows with the commit
LEASE_SECONDS = 30.0  # a claim's writer sends nothing after this; the claim is over a margin later
MAX_HELD = 256  # requests of one instance between claim() and append()/release()
_log = logging.getLogger(__name__)


class _LeaseOver(Exception):
    """The claim's lease ended: sending the write now could race a later claim."""


class GoogleSheet:
    """``SheetWriter`` for a Google spreadsheet: rows to the data tab, claims to the ledger tab.

    ``credentials`` default to Application Default Credentials (the function's service
    account); ``sleep``, ``clock`` (monotonic) and ``now`` (epoch) are injectable for tests.
    """

    def __init__(self, settings: Settings, *, credentials: Credentials | None = None,
                 sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.monotonic,
                 now: Callable[[], float] = time.time, grid: GridCheck | None = None):
        self.spreadsheet_id = settings.spreadsheet_id
        self.tab, self.ledger_tab = settings.sheet_name, settings.ledger_sheet_name
        self.quota = WriteBudget(settings.sheets_writes_per_minute, now=now)
        self.index = LedgerIndex()
        self._http = SheetsHttp(credentials, sleep=sleep)
        self._ledger = LedgerTab(self._http, self.spreadsheet_id, self.ledger_tab, self.index)
        self._clock, self._now = clock, now
        self._tabs = TabCache(self._http, self.spreadsheet_id, grid or GridCheck(), now)
        self._lock = threading.RLock()
        self._held: OrderedDict[str, int] = OrderedDict()  # key -> writes reserved by claim()
        self._fixes: list[LedgerRow] = []  # range corrections, appended with the next claim
        self._data_end: dict[str, int] = {}  # data tab -> last row our own writes saw

    # -- SheetWriter ------------------------------------------------------------------------
    def claim(self, key: str, timeout: float = CLAIM_BUDGET_SECONDS) -> LedgerEntry | None:
        """The ledger entry when this PDF was written; else ``None``, with the invoice's two
        writes held. Raises (503, retryable) when a live attempt holds the PDF or the write
        budget is spent. Writes nothing; at most one read (the cold instance: two)."""
        if (known := self.index.commits.get(key)) is not None:
            return _entry(known)
        budget = Deadline(min(CLAIM_BUDGET_SECONDS, timeout), clock=self._clock)
        try:
            with self._lock:
                self._ledger.sync(self._tabs.get(budget), budget)
        except InvoiceError:
            raise
        except Exception as exc:  # noqa: BLE001 - classified into the product's error
            raise SheetWriteFailed("The sheet's ledger could not be read. Retry later.", detail=describe(exc)) from None
        if (known := self.index.commits.get(key)) is not None:
            return _entry(known)
        if wait := self.index.live_claim(key, self._now()):
            raise SheetWriteInProgress(retry_after=wait)
        if (wait_s := self.quota.reserve(WRITES_PER_INVOICE)) > 0:
            raise SheetQuotaSpent(retry_after=retry_after_seconds(wait_s), detail="write budget spent")
        with self._lock:
            self._held[key] = self._held.get(key, 0) + WRITES_PER_INVOICE
            while len(self._held) > MAX_HELD:
                self.quota.give_back(self._held.popitem(last=False)[1])
        return None

    def release(self, key: str) -> None:
        """Nothing will be written for ``key`` (extraction failed): give its writes back."""
        self.quota.give_back(self._unhold(key))

    def append(self, rows: Sequence[Sequence[str | int]], entry: LedgerEntry, timeout: float) -> WriteResult:
        held = [self._unhold(entry.key)]
        try:
            if not held[0]:  # no claim() before (the CLI's and the tests' direct use): check now
                seen = self.claim(entry.key, timeout)
                if seen is not None:
                    return WriteResult(seen.sheet_range, 0, duplicate=True)
                held[0] = self._unhold(entry.key)
            return self._append(rows, entry, Deadline(timeout, clock=self._clock), held)
        except InvoiceError:
            raise
        except Exception as exc:  # noqa: BLE001 - classified into the product's error
            raise SheetWriteFailed(detail=describe(exc)) from None
        finally:
            self.quota.give_back(held[0])

    def _unhold(self, key: str) -> int:
        with self._lock:
            return self._held.pop(key, 0)

    # -- one new invoice --------------------------------------------------------------------
    def _append(self, rows: Sequence[Sequence[str | int]], entry: LedgerEntry, budget: Deadline,
                held: list[int]) -> WriteResult:
        content = fingerprint(rows)
        if (earlier := self.index.written(entry.key, content)) is not None:  # same invoice, another PDF
            return WriteResult(earlier.sheet_range, 0, duplicate=True)
        now = self._now()
        claim = LedgerRow(0, entry.key, ledger.PENDING, uuid.uuid4().hex, ledger.stamp(now), entry.invoice_number,
                          entry.vendor, entry.order_date, len(rows), content=content,
                          lease_until=ledger.stamp(now + min(LEASE_SECONDS, max(1.0, budget.remaining()))))
        own = self._claim(claim, budget, held)
        judged = self.index.judge(own, self._now())
        if judged.outcome is ledger.ClaimOutcome.WRITTEN and judged.written is not None:
            return WriteResult(judged.written.sheet_range, 0, duplicate=True)  # our claim lost for good
        if judged.outcome is ledger.ClaimOutcome.IN_PROGRESS:
            raise SheetWriteInProgress(retry_after=judged.retry_after)
        same = tuple(c.sheet_range for c in self.index.same_invoice(entry.vendor, entry.invoice_number, content))
        result = self._write(rows, own, budget, held)
        self._compact_if_due(budget)
        return replace(result, earlier=same)

    def _claim(self, claim: LedgerRow, budget: Deadline, held: list[int]) -> LedgerRow:
        """Write 1: append the claim (with pending range corrections), read the ledger back."""
        with self._lock:
            fixes, self._fixes = self._fixes, []
        try:
            with self._lock:  # one request of this instance at a time reads into the index
                try:
                    props = self._ledger.claim(claim, fixes, self._tabs.get(budget), budget, self.quota, held)
                except APIError as exc:  # tab made or moved by someone else meanwhile: look again, once
                    if status_of(exc) != 400:
                        raise
                    tabs = self._tabs.get(budget, refresh=True)
                    self._ledger.read_all(tabs, budget)
                    props = self._ledger.claim(claim, fixes, tabs, budget, self.quota, held)
            self._tabs.note(props)
        except QuotaWait as spent:
            raise SheetQuotaSpent(retry_after=retry_after_seconds(spent.seconds), detail="write budget spent") from None
        except Exception:
            with self._lock:
                self._fixes = fixes + self._fixes
            raise
        own = self.index.own(claim.claim_id)
        if own is None:
            raise SheetWriteFailed(detail="ledger claim not found in the ledger read back")
        return own

    def _write(self, rows: Sequence[Sequence[str | int]], claim: LedgerRow, budget: Deadline,
               held: list[int]) -> WriteResult:
        """Write 2: the rows and the commit, atomically; where they landed, from the read-back."""
        now = self._now()
        title = data_tab_title(self.tab, now)
        tabs = self._tabs.get(budget)
        if not self._tabs.grid.fits(tabs, title, len(rows)):
            raise SheetWriteFailed(
                "The spreadsheet has reached Google Sheets' limit of 10 million cells. An operator must move "
                "old tabs to another spreadsheet (or use a {year} tab name); then retry.", detail="grid_full")
        seen_end = self._data_end.get(title)  # verified by our last read-back, else what commits report
        known_end = seen_end if seen_end is not None else self.index.data_end.get(title, 0)
        first = max(known_end, self.index.data_end.get(title, 0)) + self.index.rows_ahead(claim, now) + 1
        predicted = f"{title}!B{first}:G{first + len(rows) - 1}"
        commit = commit_of(claim, predicted, ledger.stamp(now))
        answer = self._send_write(rows, claim, commit, title, known_end, budget, held)
        with self._lock:
            self.index.remember(commit)
        if answer is None:  # landed, its answer lost: the ledger holds the commit
            return WriteResult(predicted, len(rows), duplicate=False)
        actual, props = locate(answer, title, rows)
        self._tabs.note(props)
        if not actual and not answer_has_rows(answer, title):  # read back too low: rows were deleted above
            actual = locate_anywhere(self._http, self.spreadsheet_id, title, rows, budget)
        if not actual:
            _log.error("sheet_range_unexpected", extra={"json_fields": {
                "event": "sheet_range_unexpected", "sheet_range": predicted, "detail": "rows not found read back"}})
            return WriteResult(predicted, len(rows), duplicate=False, range_ok=False)
        self._data_end[title] = end_row(actual)
        if actual != predicted:  # the ledger says where, once this instance claims again
            fix = LedgerRow(0, claim.key, ledger.RANGE, claim.claim_id, ledger.stamp(self._now()),
                            sheet_range=actual, written_at=ledger.stamp(self._now()))
            with self._lock:
                self._fixes.append(fix)
                self.index.correct(fix)
        return WriteResult(actual, len(rows), duplicate=False)

    def _send_write(self, rows: Sequence[Sequence[str | int]], claim: LedgerRow, commit: LedgerRow, title: str,
                    known_end: int, budget: Deadline, held: list[int]) -> dict[str, Any] | None:
        """The write batch, retried; never sent after the claim's lease, never twice: after an
        answer that may have landed, the ledger is read first (rows and commit land together).
        ``None`` when an earlier attempt landed and its answer was lost."""
        lease_end = ledger.parse_stamp(claim.lease_until) or 0.0
        landed_maybe = False

        def attempt(http: HTTPClient) -> dict[str, Any] | None:
            nonlocal landed_maybe
            if landed_maybe and self._ledger.committed(http, commit.claim_id) is not None:
                return None
            if self._now() > lease_end:
                raise _LeaseOver()
            tabs = self._tabs.get(budget)
            body = write_body(title, rows, commit, self.ledger_tab, tabs, floor_row(title, tabs, known_end))
            try:
                return batch_update(http, self.spreadsheet_id, body, READBACK_FIELDS)
            except Exception as exc:
                if status_of(exc) == 400:  # a tab made by another instance meanwhile: look again
                    self._tabs.get(budget, refresh=True)
                landed_maybe = landed_maybe or may_have_landed(exc)
                raise

        try:
            return self._http.call(budget, attempt, quota=self.quota, held=held)
        except Exception as exc:  # noqa: BLE001 - mapped to a retryable answer
            # Until the claim is over, a replay would be told to wait: come back after it.
            retry_after = max(1, int(claim.dead_at() - self._now()) + 1)
            if isinstance(exc, QuotaWait) or status_of(exc) == 429:
                raise SheetQuotaSpent(retry_after=retry_after, detail="write budget spent after the claim") from None
            raise SheetWriteFailed(
                "The sheet did not confirm the write. Retry later: a retry never writes the rows twice.",
                detail=describe(exc), retry_after=retry_after) from None

    # -- compaction -------------------------------------------------------------------------
    def _compact_if_due(self, budget: Deadline) -> None:
        """Summarise old closed ledger rows, with a write this window can spare (best effort)."""
        if compaction.plan(self.index, self._now()) is None or self.quota.spare() < 1 or budget.remaining() < 5:
            return
        try:  # the generation first, then the rows: a compaction in between is caught by the marker
            tabs = self._tabs.get(budget, refresh=True)
            with self._lock:
                self._ledger.sync(tabs, budget)  # positions as they are now, not as last read
                chosen = compaction.plan(self.index, self._now())
            if chosen is None or self.ledger_tab not in tabs:
                return
            body = {"requests": compaction.requests(chosen, tabs, self.ledger_tab, self._ledger.archive)}
            self._http.call(budget, lambda http: batch_update(http, self.spreadsheet_id, body, "replies"),
                            quota=self.quota)
            self._tabs.get(budget, refresh=True)
            _log.info("sheet_ledger_compacted", extra={"json_fields": {
                "event": "sheet_ledger_compacted", "detail": f"{chosen.rows} rows, {len(chosen.summaries)} archived"}})
        except Exception as exc:  # noqa: BLE001 - another instance compacted first, or no time: later
            _log.warning("sheet_ledger_compaction_skipped", extra={"json_fields": {
                "event": "sheet_ledger_compaction_skipped", "detail": describe(exc)}})


def _entry(row: LedgerRow) -> LedgerEntry:
    return LedgerEntry(row.key, row.invoice_number, row.vendor, row.order_date, row.rows, row.sheet_range,
                       row.written_at, row.content)
