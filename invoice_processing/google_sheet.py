"""Google Sheets writer (gspread): one ``values.append`` per invoice, idempotent via a ledger.

Per new invoice: one ledger read before extraction (``find``), then in ``append`` a ledger
claim row, the data append to ``'<tab>'!B:G`` (USER_ENTERED, INSERT_ROWS) and the claim's
commit. A replay of a written invoice costs the ledger read only. The protocol, what it
guarantees and its residual risks are in docs/sheets.md; the rule is in ``sheet_ledger``.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable, Sequence

from gspread.exceptions import APIError
from gspread.http_client import HTTPClient

from . import sheet_ledger as ledger
from .config import Settings
from .errors import InvoiceError, SheetWriteFailed, SheetWriteInProgress
from .models import WriteResult
from .retry import Budget
from .sheet_a1 import end_row, find_block, parse_range, quote_tab, range_ok
from .sheet_http import SheetsHttp, describe, may_have_landed
from .sheets import LedgerEntry

FIND_BUDGET_SECONDS = 10.0
STALE_MARGIN_SECONDS = 60.0  # a claim older than the request deadline plus this is over
_log = logging.getLogger(__name__)


class _AppendFailed(Exception):
    def __init__(self, cause: BaseException, ambiguous: bool):
        super().__init__(type(cause).__name__)
        self.cause, self.ambiguous = cause, ambiguous


class GoogleSheet:
    """``SheetWriter`` for a Google spreadsheet: rows to ``<tab>!B:G``, claims to the ledger tab.

    ``credentials`` default to Application Default Credentials (the function's service
    account); ``sleep``, ``clock`` (monotonic) and ``now`` (epoch) are injectable for tests.
    """

    def __init__(self, settings: Settings, *, credentials=None, sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic, now: Callable[[], float] = time.time):
        self.spreadsheet_id = settings.spreadsheet_id
        self.tab, self.ledger_tab = settings.sheet_name, settings.ledger_sheet_name
        self.stale_after = settings.request_deadline_seconds + STALE_MARGIN_SECONDS
        self._http = SheetsHttp(credentials, sleep=sleep)
        self._clock, self._now = clock, now
        self._lock = threading.Lock()
        self._seen: OrderedDict[str, tuple] = OrderedDict()  # key -> find's ledger read

    def _retry(self, budget: Budget, call: Callable[[HTTPClient], dict]) -> dict:
        return self._http.call(budget, call)

    # -- ledger -----------------------------------------------------------------------------
    def _read_ledger(self, key: str, budget: Budget, first: int = 1, last: int | None = None):
        """(last row number read, the rows of ``key``, the written rows of every key) for
        ledger rows ``first..last``."""
        a1 = f"{quote_tab(self.ledger_tab)}!A{first}:J{last or ''}"
        try:
            data = self._retry(budget, lambda http: http.values_get(self.spreadsheet_id, a1))
        except APIError as exc:
            if exc.response.status_code != 400 or first != 1:
                raise
            self._create_ledger(budget)  # "Unable to parse range": the tab does not exist yet
            return 1, [], []  # the new tab holds its header row only
        values = data.get("values", [])
        parsed = ledger.parse_rows(values, first)
        written = [r for r in parsed if r.state == ledger.WRITTEN]
        return first + len(values) - 1, [r for r in parsed if r.key == key], written

    def _create_ledger(self, budget: Budget) -> None:
        """Add the hidden ledger tab and its header in one atomic batchUpdate."""
        sheet_id = int(uuid.uuid5(uuid.NAMESPACE_URL, self.ledger_tab).hex[:7], 16)
        header = {"values": [{"userEnteredValue": {"stringValue": name}} for name in ledger.HEADER]}
        body = {"requests": [
            {"addSheet": {"properties": {"sheetId": sheet_id, "title": self.ledger_tab, "hidden": True,
                                         "gridProperties": {"rowCount": 1, "columnCount": len(ledger.HEADER)}}}},
            {"appendCells": {"sheetId": sheet_id, "rows": [header], "fields": "userEnteredValue"}},
        ]}
        try:
            self._retry(budget, lambda http: http.batch_update(self.spreadsheet_id, body))
        except APIError as exc:
            if exc.response.status_code != 400:  # 400: another instance created it first
                raise

    def _ledger_append(self, cells: list, budget: Budget) -> int:
        """Append one claim row (RAW: never parsed, never a formula); returns its row number."""
        a1 = f"{quote_tab(self.ledger_tab)}!A:J"
        params = {"valueInputOption": "RAW", "insertDataOption": "INSERT_ROWS"}
        data = self._retry(budget, lambda http: http.values_append(
            self.spreadsheet_id, a1, params=params, body={"majorDimension": "ROWS", "values": [cells]}))
        parsed = parse_range(data["updates"]["updatedRange"])
        if parsed is None:
            raise SheetWriteFailed(detail="ledger append reported no range")
        return parsed[2]

    def _ledger_set(self, row: int, cells: list, budget: Budget) -> None:
        a1 = f"{quote_tab(self.ledger_tab)}!A{row}:J{row}"
        self._retry(budget, lambda http: http.values_update(
            self.spreadsheet_id, a1, params={"valueInputOption": "RAW"}, body={"values": [cells]}))

    def _settle(self, row: int, claim: list, state: str, budget: Budget, sheet_range: str = "") -> None:
        """Best effort: turn our claim into ``written``/``abandoned``. A failure is logged, not
        raised: an unsettled claim goes stale and the next replay searches the data tab."""
        done = [claim[0], state, *claim[2:8], sheet_range, ledger.stamp(self._now()) if sheet_range else ""]
        try:
            self._ledger_set(row, done, budget)
        except Exception as exc:  # noqa: BLE001 - logged; the data tab is the truth
            _log.error("sheet_ledger_unsettled", extra={"json_fields": {
                "event": "sheet_ledger_unsettled", "detail": describe(exc), "sheet_range": sheet_range}})

    # -- SheetWriter ------------------------------------------------------------------------
    def find(self, key: str) -> LedgerEntry | None:
        """The ledger entry when ``key`` was written; raises when a live attempt is writing it."""
        budget = Budget(FIND_BUDGET_SECONDS, self._clock)
        try:
            last, rows, written = self._read_ledger(key, budget)
        except InvoiceError:
            raise
        except Exception as exc:  # noqa: BLE001 - classified into the product's error
            raise SheetWriteFailed("The sheet's ledger could not be read. Retry later.",
                                   detail=describe(exc)) from None
        verdict = ledger.judge(rows, self._now(), self.stale_after)
        if verdict.verdict is ledger.Verdict.WRITTEN:
            return _entry(verdict.written)
        if verdict.verdict is ledger.Verdict.IN_PROGRESS:
            raise SheetWriteInProgress(retry_after=verdict.retry_after)
        with self._lock:  # append() reuses this read: one ledger read per invoice
            self._seen[key] = (last, rows, written)
            while len(self._seen) > 256:
                self._seen.popitem(last=False)
        return None

    def append(self, rows: Sequence[Sequence[str | int]], entry: LedgerEntry, timeout: float) -> WriteResult:
        budget = Budget(timeout, self._clock)
        try:
            return self._append(rows, entry, budget)
        except InvoiceError:
            raise
        except Exception as exc:  # noqa: BLE001 - classified into the product's error
            raise SheetWriteFailed(detail=describe(exc)) from None

    def _append(self, rows, entry: LedgerEntry, budget: Budget) -> WriteResult:
        with self._lock:
            seen = self._seen.pop(entry.key, None)
        last, earlier, written = seen if seen is not None else self._read_ledger(entry.key, budget)
        claim_id = uuid.uuid4().hex
        claim = ledger.claim_cells(entry.key, claim_id, self._now(), entry.invoice_number, entry.vendor,
                                   entry.order_date, len(rows))
        row = self._ledger_append(claim, budget)
        if row - 1 != last:  # rows appeared since the read (or the tab changed): read them too
            first = last + 1 if row - 1 > last else 1
            _, more, more_written = self._read_ledger(entry.key, budget, first, row - 1)
            earlier = [r for r in earlier if r.row < first] + more
            written = [r for r in written if r.row < first] + more_written
        first_own = min([r.row for r in earlier if r.claim_id == claim_id] + [row])
        rivals = [r for r in earlier if r.claim_id != claim_id and r.row < first_own]
        verdict = ledger.judge(rivals, self._now(), self.stale_after)
        if verdict.verdict is ledger.Verdict.WRITTEN:
            self._settle(row, claim, ledger.ABANDONED, budget)
            return WriteResult(verdict.written.sheet_range, 0, duplicate=True)
        if verdict.verdict is ledger.Verdict.IN_PROGRESS:
            self._settle(row, claim, ledger.ABANDONED, budget)
            raise SheetWriteInProgress(retry_after=verdict.retry_after)
        if verdict.verdict is ledger.Verdict.UNCERTAIN:
            since = min(r.claimed_at for r in rivals if r.state not in (ledger.WRITTEN, ledger.ABANDONED))
            floor = ledger.floor_row(written, since, end_row)
            found = self._retry(budget, lambda http: {"range": self._search(http, rows, floor)})["range"]
            if found:  # an earlier attempt's append landed but it never said so
                self._settle(row, claim, ledger.WRITTEN, budget, found)
                return WriteResult(found, 0, duplicate=True, range_ok=range_ok(found, self.tab, len(rows)))
        return self._write(rows, row, claim, budget, ledger.floor_row(written, claim[3], end_row))

    def _write(self, rows, row: int, claim: list, budget: Budget, floor: int) -> WriteResult:
        try:
            reported = self._append_rows(rows, budget, floor)
        except _AppendFailed as failed:
            if not failed.ambiguous:  # nothing can have landed: free the key at once
                self._settle(row, claim, ledger.ABANDONED, budget)
            raise SheetWriteFailed(
                "The sheet did not confirm the write. Retry later: a retry never writes the rows twice.",
                detail=describe(failed.cause),  # an unsettled claim blocks replays until it is stale
                retry_after=int(self.stale_after) + 1 if failed.ambiguous else 30) from None
        ok = range_ok(reported, self.tab, len(rows))
        if not ok:
            _log.error("sheet_range_unexpected", extra={"json_fields": {
                "event": "sheet_range_unexpected", "sheet_range": reported, "detail": f"expected {self.tab}!B:G"}})
        self._settle(row, claim, ledger.WRITTEN, budget, reported)
        return WriteResult(reported, len(rows), duplicate=False, range_ok=ok)

    # -- data tab ---------------------------------------------------------------------------
    def _append_rows(self, rows, budget: Budget, floor: int) -> str:
        """The one data append, retried; after an answer that may have landed, search first."""
        landed_maybe = False

        def attempt(http: HTTPClient) -> dict:
            nonlocal landed_maybe
            if landed_maybe and (found := self._search(http, rows, floor)):
                return {"updates": {"updatedRange": found}}
            try:
                return http.values_append(
                    self.spreadsheet_id, f"{quote_tab(self.tab)}!B:G",
                    params={"valueInputOption": "USER_ENTERED", "insertDataOption": "INSERT_ROWS"},
                    body={"majorDimension": "ROWS", "values": [list(r) for r in rows]})
            except Exception as exc:
                landed_maybe = landed_maybe or may_have_landed(exc)
                raise

        try:
            return self._retry(budget, attempt)["updates"]["updatedRange"]
        except Exception as exc:  # noqa: BLE001 - wrapped with what the ledger needs to know
            raise _AppendFailed(exc, landed_maybe) from None

    def _search(self, http: HTTPClient, rows, floor: int) -> str:
        """The range of the last block below row ``floor`` whose vendor, number and items
        equal ``rows``; empty when there is none. Reads only the rows below ``floor``."""
        data = http.values_get(self.spreadsheet_id, f"{quote_tab(self.tab)}!B{floor + 1}:G")
        parsed = parse_range(data.get("range", ""))
        return find_block(self.tab, data.get("values", []), parsed[2] if parsed else floor + 1, rows)


def _entry(row: ledger.LedgerRow) -> LedgerEntry:
    return LedgerEntry(row.key, row.invoice_number, row.vendor, row.order_date, row.rows, row.sheet_range,
                       row.written_at)
