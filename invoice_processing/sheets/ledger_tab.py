"""The ledger tabs over HTTP: reading only the rows after the last one known, and the claim,
which appends a claim row and reads the ledger back in the same request.

A claim is one ``spreadsheets.batchUpdate``: an ``appendCells`` of the claim row plus
``includeSpreadsheetInResponse`` limited to ``A<last known row>:L``, so Sheets applies the
append and returns the rows from the last one this instance knew down to the claim: no
separate read, no window between reading and claiming, and an answer whose size depends on
how many rows other instances appended meanwhile, not on the ledger's length. A cold instance
reads the ledger (and the archive of summarised rows) once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from gspread.exceptions import APIError
from gspread.http_client import HTTPClient
from gspread.urls import SPREADSHEET_BATCH_UPDATE_URL

from invoice_processing.deadline import Deadline
from invoice_processing.errors import SheetWriteFailed
from invoice_processing.sheets import ledger
from invoice_processing.sheets.a1 import quote_tab
from invoice_processing.sheets.client import SheetsHttp
from invoice_processing.sheets.ledger import LedgerRow
from invoice_processing.sheets.ledger_index import LedgerIndex, ShiftedLedger
from invoice_processing.sheets.quota import WriteBudget
from invoice_processing.sheets.tabs import TabInfo, add_tab_requests, append_cells, derived_sheet_id, text_row

# Only what the ledger rule needs comes back: the tabs' sizes and the cell values read back.
READBACK_FIELDS = ("updatedSpreadsheet(sheets(properties(sheetId,title,gridProperties(rowCount,columnCount)),"
                   "data(startRow,rowData(values(userEnteredValue)))))")


def cell_text(cell: dict[str, Any]) -> str:
    value = cell.get("userEnteredValue", {})
    for kind in ("stringValue", "numberValue", "boolValue"):
        if kind in value:
            number = value[kind]
            return str(int(number)) if kind == "numberValue" and float(number).is_integer() else str(number)
    return ""


def grid_rows(answer: dict[str, Any], title: str) -> tuple[int, list[dict[str, Any]], dict[str, Any]]:
    """(1-based number of the first row, its RowData, the tab's properties) of ``title`` in a
    batchUpdate answer."""
    for sheet in answer.get("updatedSpreadsheet", {}).get("sheets", []):
        if sheet.get("properties", {}).get("title") == title:
            grid = (sheet.get("data") or [{}])[0]
            return grid.get("startRow", 0) + 1, grid.get("rowData", []), sheet["properties"]
    raise SheetWriteFailed(detail="the batchUpdate answer holds no data of the tab read back")


def batch_update(http: HTTPClient, spreadsheet_id: str, body: dict[str, Any], fields: str) -> dict[str, Any]:
    # cast: the JSON answer of spreadsheets.batchUpdate (requests' .json() is untyped)
    return cast(dict[str, Any], http.request("post", SPREADSHEET_BATCH_UPDATE_URL % spreadsheet_id,
                                             params={"fields": fields}, json=body).json())


class LedgerTab:
    """The ledger and its archive in one spreadsheet, read into ``index``."""

    def __init__(self, http: SheetsHttp, spreadsheet_id: str, title: str, index: LedgerIndex):
        self._http, self.spreadsheet_id, self.title, self.index = http, spreadsheet_id, title, index
        self.archive = f"{title}_archive"
        self.archive_last = 0  # archive rows read so far (it is append-only too)

    # -- reading ----------------------------------------------------------------------------
    def sync(self, tabs: dict[str, TabInfo], budget: Deadline) -> None:
        """Read what this instance has not seen yet: the tail, or everything when cold or moved."""
        if self.title not in tabs:
            return  # not created yet (the first claim creates it)
        if self.index.last_row:
            start = self.index.last_row
            try:
                answer = self._http.call(budget, lambda http: http.values_get(
                    self.spreadsheet_id, f"{quote_tab(self.title)}!A{start}:L"))
                self.index.add_tail(start, answer.get("values", []))
                return
            except ShiftedLedger:
                pass
            except APIError as exc:
                if exc.response.status_code != 400:
                    raise
        self.read_all(tabs, budget)

    def read_all(self, tabs: dict[str, TabInfo], budget: Deadline) -> None:
        """The whole ledger, plus the archive rows not read yet (one ``values.batchGet``)."""
        ranges = [f"{quote_tab(self.title)}!A1:L"]
        if self.archive in tabs:
            ranges.append(f"{quote_tab(self.archive)}!A{max(1, self.archive_last)}:H")
        answer = self._http.call(budget, lambda http: http.values_batch_get(self.spreadsheet_id, ranges))
        ranges_read = answer.get("valueRanges", [])
        if len(ranges_read) > 1:
            archived = ranges_read[1].get("values", [])
            self.index.add_archive(archived)
            self.archive_last = max(self.archive_last, max(1, self.archive_last) + len(archived) - 1)
        self.index.restart()
        self.index.add_tail(1, ranges_read[0].get("values", []) if ranges_read else [])
        self.index.forget_gone()

    # -- claiming ---------------------------------------------------------------------------
    def claim(self, claim: LedgerRow, before: Sequence[LedgerRow], tabs: dict[str, TabInfo], budget: Deadline,
              quota: WriteBudget, held: list[int]) -> dict[str, Any]:
        """Append ``before`` (range corrections) and ``claim``; returns the tab's properties.

        The ledger is created in the same request when missing (hidden, with its header);
        an old ledger narrower than ``HEADER`` gets the columns it lacks first.
        """
        rows = [text_row(r.cells()) for r in [*before, claim]]
        known = self.index.last_row if self.title in tabs else 1
        if self.title in tabs:
            info = tabs[self.title]
            requests: list[dict[str, Any]] = []
            if info.columns < len(ledger.HEADER):
                requests.append({"appendDimension": {"sheetId": info.sheet_id, "dimension": "COLUMNS",
                                                     "length": len(ledger.HEADER) - info.columns}})
            requests.append(append_cells(info.sheet_id, rows))
            start = max(1, known)
        else:
            sheet_id = derived_sheet_id(self.title, [t.sheet_id for t in tabs.values()])
            requests = [*add_tab_requests(self.title, sheet_id, ledger.HEADER, hidden=True),
                        append_cells(sheet_id, rows)]
            start = 1
        body = {"requests": requests, "includeSpreadsheetInResponse": True,
                "responseRanges": [f"{quote_tab(self.title)}!A{start}:L"], "responseIncludeGridData": True}
        answer = self._http.call(budget, lambda http: batch_update(http, self.spreadsheet_id, body, READBACK_FIELDS),
                                 quota=quota, held=held)
        first, row_data, props = grid_rows(answer, self.title)
        values = [[cell_text(c) for c in r.get("values", [])] for r in row_data]
        if self.title not in tabs:
            self.index.restart()  # a new tab: positions start over, what was known stays known
        try:
            self.index.add_tail(first, values)
        except ShiftedLedger:  # older rows moved up meanwhile: read the (short) tab whole
            self.read_all(tabs, budget)
        return props

    def committed(self, http: HTTPClient, claim_id: str) -> LedgerRow | None:
        """After a write whose answer was lost: the commit of ``claim_id`` if it landed."""
        start = max(1, self.index.last_row)
        answer = http.values_get(self.spreadsheet_id, f"{quote_tab(self.title)}!A{start}:L")
        rows = (LedgerRow.from_cells(start + i, cells) for i, cells in enumerate(answer.get("values", [])))
        return next((r for r in rows if r and r.state == ledger.WRITTEN and r.claim_id == claim_id), None)
