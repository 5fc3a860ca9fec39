"""The spreadsheet's tabs as one instance knows them: ids, grid sizes, the 10-million-cell limit,
the data tab's name for a given year, and the requests that create a missing tab.

Sheets refuses any change that would take a spreadsheet past 10,000,000 cells (every tab's
rows × columns, empty or not): a 26-column data tab reaches it after about 380,000 rows, and
from then on every append fails. ``GridCheck`` watches the total from the tabs' properties and
says when it passes ``WARN_SHARE`` of the limit, long before writes fail; the data tab's name
may carry ``{year}`` so each year starts a new tab that can later be moved elsewhere.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

CELL_LIMIT = 10_000_000  # Google Sheets' limit per spreadsheet
WARN_SHARE = 0.8  # an anomaly is logged from here on (about 76,000 rows before the limit on 26 columns)
YEAR = "{year}"
DATA_HEADER = ("", "Order date", "Vendor", "Invoice", "Item", "Wholesale", "Qty")  # A..G of a tab we create


@dataclass(frozen=True)
class TabInfo:
    sheet_id: int
    title: str
    rows: int
    columns: int


def data_tab_title(pattern: str, now: float) -> str:
    """``GOOGLE_SHEETS_SHEET_NAME`` for the write happening at ``now`` (``{year}``: the UTC year)."""
    return pattern.replace(YEAR, time.strftime("%Y", time.gmtime(now)))


def derived_sheet_id(title: str, taken: Sequence[int] = ()) -> int:
    """The sheet id this product gives a tab it creates: the same on every instance, so two
    instances creating it at once collide (one batch is refused) instead of making two tabs."""
    salt = 0
    while True:
        sheet_id = int(uuid.uuid5(uuid.NAMESPACE_URL, f"{title}#{salt}" if salt else title).hex[:7], 16)
        if sheet_id not in taken:
            return sheet_id
        salt += 1


def parse_tabs(meta: Mapping[str, Any]) -> dict[str, TabInfo]:
    """title -> TabInfo from a Spreadsheet resource (``sheets.properties``)."""
    tabs = {}
    for sheet in meta.get("sheets", []):
        props = sheet.get("properties", {})
        grid = props.get("gridProperties", {})
        if "title" in props and "sheetId" in props:
            tabs[props["title"]] = TabInfo(int(props["sheetId"]), props["title"], int(grid.get("rowCount", 0)),
                                           int(grid.get("columnCount", 0)))
    return tabs


def add_tab_requests(title: str, sheet_id: int, header: Sequence[str], *, hidden: bool) -> list[dict[str, Any]]:
    """``addSheet`` (one row, as many columns as the header) and its header row, for a batchUpdate."""
    props = {"sheetId": sheet_id, "title": title, "hidden": hidden,
             "gridProperties": {"rowCount": 1, "columnCount": len(header)}}
    return [{"addSheet": {"properties": props}}, append_cells(sheet_id, [text_row(header)])]


def text_row(cells: Sequence[str]) -> dict[str, Any]:
    return {"values": [{"userEnteredValue": {"stringValue": c}} if c else {} for c in cells]}


def append_cells(sheet_id: int, rows: list[dict[str, Any]]) -> dict[str, Any]:
    fields = "userEnteredValue,userEnteredFormat.numberFormat"
    return {"appendCells": {"sheetId": sheet_id, "rows": rows, "fields": fields}}


class GridCheck:
    """Total cells of the spreadsheet against Sheets' limit, from the tabs' properties."""

    def __init__(self, limit: int = CELL_LIMIT, warn_share: float = WARN_SHARE):
        self.limit, self.warn_share = limit, warn_share

    def total(self, tabs: dict[str, TabInfo]) -> int:
        return sum(t.rows * t.columns for t in tabs.values())

    def near(self, tabs: dict[str, TabInfo]) -> bool:
        return self.total(tabs) >= self.warn_share * self.limit

    def fits(self, tabs: dict[str, TabInfo], title: str, new_rows: int) -> bool:
        """Whether appending ``new_rows`` to ``title`` stays inside the limit (the worst case:
        every row is a new grid row)."""
        columns = tabs[title].columns if title in tabs else len(DATA_HEADER)
        return self.total(tabs) + new_rows * columns <= self.limit
