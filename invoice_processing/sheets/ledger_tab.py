"""The ledger tab over HTTP: a claim that reads the ledger back in the same request, and
in-place updates of a claim row.

A claim is one ``spreadsheets.batchUpdate``: an ``appendCells`` of the claim row plus
``includeSpreadsheetInResponse`` limited to the ledger's range, so Sheets applies the append
and returns the ledger as it stands right after it. Sheets applies a batchUpdate atomically
and appends after the last row, so the rows above the claim are exactly the claims that
reached Sheets first: no separate read, and no window between reading and claiming.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any, cast

from gspread.exceptions import APIError
from gspread.http_client import HTTPClient, ParamsType
from gspread.urls import SPREADSHEET_BATCH_UPDATE_URL

from invoice_processing.deadline import Deadline
from invoice_processing.errors import SheetWriteFailed
from invoice_processing.sheets import ledger
from invoice_processing.sheets.a1 import quote_tab, span_rows
from invoice_processing.sheets.client import SheetsHttp

# Only what the ledger rule needs comes back: cell values of the ledger range.
CLAIM_FIELDS = "updatedSpreadsheet(sheets(properties(title),data(startRow,rowData(values(userEnteredValue)))))"


def derived_sheet_id(title: str) -> int:
    """The sheet id this product gives a ledger tab it creates (stable across instances)."""
    return int(uuid.uuid5(uuid.NAMESPACE_URL, title).hex[:7], 16)


def cell_text(cell: dict[str, Any]) -> str:
    value = cell.get("userEnteredValue", {})
    for kind in ("stringValue", "numberValue", "boolValue"):
        if kind in value:
            number = value[kind]
            return str(int(number)) if kind == "numberValue" and float(number).is_integer() else str(number)
    return ""


def grid_rows(answer: dict[str, Any], title: str) -> tuple[int, list[list[str]]]:
    """(1-based number of the first row, the rows as text) of ``title`` in a batchUpdate answer."""
    for sheet in answer.get("updatedSpreadsheet", {}).get("sheets", []):
        if sheet.get("properties", {}).get("title") == title:
            grid = (sheet.get("data") or [{}])[0]
            rows = [[cell_text(c) for c in row.get("values", [])] for row in grid.get("rowData", [])]
            return grid.get("startRow", 0) + 1, rows
    raise SheetWriteFailed(detail="ledger claim answer holds no ledger data")


class LedgerTab:
    """The hidden ledger tab of one spreadsheet (created with its header on first use)."""

    def __init__(self, http: SheetsHttp, spreadsheet_id: str, title: str):
        self._http, self.spreadsheet_id, self.title = http, spreadsheet_id, title
        self._sheet_id: int | None = None

    def claim(self, cells: list[str | int], budget: Deadline) -> tuple[tuple[int, ...], list[ledger.LedgerRow]]:
        """Append ``cells`` and read the ledger back in one request.

        Returns the numbers of the rows carrying this claim's id, first one first (a retried
        call whose answer was lost appended it twice), and every ledger row. Tab missing or renumbered: find or create
        it once, then claim.
        """
        try:
            answer = self._claim_call(cells, budget)
        except APIError as exc:
            if exc.response.status_code != 400:
                raise
            self._sheet_id = self._locate_or_create(budget)
            answer = self._claim_call(cells, budget)
        first, values = grid_rows(answer, self.title)
        rows = ledger.parse_rows(values, first)
        own = [r.row for r in rows if r.claim_id == cells[2]]
        if not own:
            raise SheetWriteFailed(detail="ledger claim not found in the ledger read back")
        return tuple(sorted(own)), rows

    def _claim_call(self, cells: list[str | int], budget: Deadline) -> dict[str, Any]:
        sheet_id = self._sheet_id if self._sheet_id is not None else derived_sheet_id(self.title)
        body = {
            "requests": [{"appendCells": {"sheetId": sheet_id, "rows": [_row(cells)], "fields": "userEnteredValue"}}],
            "includeSpreadsheetInResponse": True,
            "responseRanges": [self.a1],
            "responseIncludeGridData": True,
        }
        return self._http.call(budget, lambda http: _batch_update(http, self.spreadsheet_id, body, CLAIM_FIELDS))

    def _locate_or_create(self, budget: Deadline) -> int:
        found = self._locate(budget)
        if found is not None:
            return found
        sheet_id = derived_sheet_id(self.title)
        body = {"requests": [
            {"addSheet": {"properties": {"sheetId": sheet_id, "title": self.title, "hidden": True,
                                         "gridProperties": {"rowCount": 1, "columnCount": len(ledger.HEADER)}}}},
            {"appendCells": {"sheetId": sheet_id, "rows": [_row(list(ledger.HEADER))], "fields": "userEnteredValue"}},
        ]}
        try:
            self._http.call(budget, lambda http: _batch_update(http, self.spreadsheet_id, body, "replies"))
        except APIError as exc:
            if exc.response.status_code != 400 or (found := self._locate(budget)) is None:
                raise  # 400 and the tab exists now: another instance created it first
            return found
        return sheet_id

    def _locate(self, budget: Deadline) -> int | None:
        params: ParamsType = {"fields": "sheets(properties(sheetId,title))"}
        meta = self._http.call(budget, lambda http: http.fetch_sheet_metadata(self.spreadsheet_id, params=params))
        for sheet in meta.get("sheets", []):
            if sheet["properties"]["title"] == self.title:
                return int(sheet["properties"]["sheetId"])
        return None

    def set_rows(self, rows: tuple[int, ...], cells: list[str | int], budget: Deadline) -> None:
        """Overwrite claim rows ``rows`` with ``cells`` in one request (RAW: stored as sent)."""
        data = [{"range": f"{quote_tab(self.title)}!A{row}:J{row}", "values": [cells]} for row in rows]
        body = {"valueInputOption": "RAW", "data": data}
        self._http.call(budget, lambda http: http.values_batch_update(self.spreadsheet_id, body=body))

    def written_spans(self, values: Sequence[Sequence[object]], other_than: str) -> list[tuple[int, int]]:
        """Data rows that ``written`` ledger rows of keys other than ``other_than`` report."""
        spans = []
        for row in ledger.parse_rows(values, 1):
            if row.state == ledger.WRITTEN and row.key != other_than and (span := span_rows(row.sheet_range)):
                spans.append(span)
        return spans

    @property
    def a1(self) -> str:
        return f"{quote_tab(self.title)}!A:J"


def _row(cells: Sequence[str | int]) -> dict[str, Any]:
    return {"values": [{"userEnteredValue": {"stringValue": str(c)}} for c in cells]}


def _batch_update(http: HTTPClient, spreadsheet_id: str, body: dict[str, Any], fields: str) -> dict[str, Any]:
    # cast: the JSON answer of spreadsheets.batchUpdate (requests' .json() is untyped)
    return cast(dict[str, Any], http.request("post", SPREADSHEET_BATCH_UPDATE_URL % spreadsheet_id,
                                             params={"fields": fields}, json=body).json())
