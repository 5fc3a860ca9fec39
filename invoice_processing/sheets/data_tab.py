"""The write itself: the invoice's rows and the ledger commit in one atomic batchUpdate, and
where the rows landed.

``appendCells`` adds rows after the last row holding data in any column, starting at column A
(sent empty), so the rows always land in A..G; which rows they are is only known once Sheets
has applied the batch. The same request therefore reads the data tab back from a little above
the last known row (``includeSpreadsheetInResponse``): the batch is applied atomically, so
right after it our rows are the last rows with data, and ``locate`` checks they hold exactly
what was sent before naming their range.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from gspread.http_client import ParamsType

from invoice_processing.deadline import Deadline
from invoice_processing.sheets import cells, ledger
from invoice_processing.sheets.a1 import block, quote_tab
from invoice_processing.sheets.client import SheetsHttp
from invoice_processing.sheets.ledger import LedgerRow
from invoice_processing.sheets.ledger_tab import READBACK_FIELDS, grid_rows
from invoice_processing.sheets.tabs import (
    DATA_HEADER,
    TabInfo,
    add_tab_requests,
    append_cells,
    derived_sheet_id,
    text_row,
)

FLOOR_SLACK = 5  # rows read back above the last known data row (a few deleted by staff are tolerated)


def write_body(title: str, rows: Sequence[Sequence[str | int]], commit: LedgerRow, ledger_title: str,
               tabs: dict[str, TabInfo], floor: int) -> dict[str, Any]:
    """The batchUpdate: [create the data tab,] the rows, the commit; reading back from ``floor``."""
    requests: list[dict[str, Any]] = []
    if title in tabs:
        data_id = tabs[title].sheet_id
    else:  # a new year's tab, or one renamed away: make it rather than fail every request
        data_id = derived_sheet_id(title, [t.sheet_id for t in tabs.values()])
        requests += add_tab_requests(title, data_id, DATA_HEADER, hidden=False)
    requests.append(append_cells(data_id, [cells.typed_row(r) for r in rows]))
    requests.append(append_cells(tabs[ledger_title].sheet_id, [text_row(commit.cells())]))
    return {"requests": requests, "includeSpreadsheetInResponse": True,
            "responseRanges": [f"{quote_tab(title)}!A{floor if title in tabs else 1}:G"],
            "responseIncludeGridData": True}


def floor_row(title: str, tabs: dict[str, TabInfo], known_end: int) -> int:
    """Where the read-back starts: a little above the last data row known, inside the grid."""
    rows = tabs[title].rows if title in tabs else 1
    return max(1, min(known_end - FLOOR_SLACK, rows))


def locate(answer: dict[str, Any], title: str, rows: Sequence[Sequence[str | int]]) -> tuple[str, dict[str, Any]]:
    """(the range our rows occupy, the data tab's properties); the range is empty when the last
    rows with data are not exactly the rows sent (Sheets put them somewhere unexpected)."""
    first, row_data, props = grid_rows(answer, title)
    filled = [i for i, r in enumerate(row_data) if any(cells.shown(c) for c in r.get("values", []))]
    if not filled or filled[-1] + 1 < len(rows):
        return "", props
    end = filled[-1]
    got = [[cells.shown(c) for c in r.get("values", [])] for r in row_data[end - len(rows) + 1:end + 1]]
    want = [cells.expected(r) for r in rows]
    if [_trimmed(g) for g in got] != [_trimmed(w) for w in want]:
        return "", props
    return block(title, first + end - len(rows) + 1, first + end), props


def locate_anywhere(http: SheetsHttp, spreadsheet_id: str, title: str, rows: Sequence[Sequence[str | int]],
                    budget: Deadline) -> str:
    """Our rows, found by reading the whole data tab: only when the read-back started below them
    (rows above were deleted). Empty when the read fails: the rows are written, their range
    stays unconfirmed."""
    params: ParamsType = {"ranges": f"{quote_tab(title)}!A1:G", "includeGridData": "true",
                          "fields": READBACK_FIELDS.removeprefix("updatedSpreadsheet(").removesuffix(")")}
    try:
        meta = http.call(budget, lambda client: client.fetch_sheet_metadata(spreadsheet_id, params=params))
    except Exception:  # noqa: BLE001 - see the docstring
        return ""
    return locate({"updatedSpreadsheet": meta}, title, rows)[0]


def answer_has_rows(answer: dict[str, Any], title: str) -> bool:
    """Whether the read-back holds any row with data (else it started below the last one)."""
    return any(any(cells.shown(c) for c in r.get("values", [])) for r in grid_rows(answer, title)[1])


def commit_of(claim: LedgerRow, sheet_range: str, written_at: str) -> LedgerRow:
    """The ``written`` row for ``claim``: the same invoice, the range predicted for it."""
    return LedgerRow(0, claim.key, ledger.WRITTEN, claim.claim_id, claim.claimed_at, claim.invoice_number,
                     claim.vendor, claim.order_date, claim.rows, sheet_range, written_at, claim.content)


def _trimmed(values: list[str]) -> list[str]:
    values = list(values)
    while values and not values[-1]:
        values.pop()
    return values
