"""The spreadsheet's tabs as one instance knows them: ids and grid sizes, read at cold start and
every hour (``REFRESH_SECONDS``), updated from every read-back, and the grid-limit anomaly.

Tab ids are what ``appendCells`` needs; grid sizes are what Sheets' 10-million-cell limit is
counted on (``tabs.GridCheck``). Past ``WARN_SHARE`` of the limit, the event
``sheet_grid_near_limit`` is logged at ERROR (the anomaly alert), at most once an hour.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from gspread.http_client import ParamsType

from invoice_processing import metrics
from invoice_processing.deadline import Deadline
from invoice_processing.sheets.client import SheetsHttp
from invoice_processing.sheets.tabs import GridCheck, TabInfo, parse_tabs

REFRESH_SECONDS = 3600.0
_FIELDS = "sheets(properties(sheetId,title,gridProperties(rowCount,columnCount)))"


class TabCache:
    def __init__(self, http: SheetsHttp, spreadsheet_id: str, grid: GridCheck, now: Callable[[], float]):
        self._http, self.spreadsheet_id, self.grid, self._now = http, spreadsheet_id, grid, now
        self._lock = threading.Lock()
        self._tabs: dict[str, TabInfo] | None = None
        self._read_at = 0.0
        self._logged_at = -REFRESH_SECONDS

    def get(self, budget: Deadline, refresh: bool = False) -> dict[str, TabInfo]:
        """The tabs (one ``spreadsheets.get`` when unknown, older than an hour, or ``refresh``)."""
        now = self._now()
        with self._lock:
            if self._tabs is not None and not refresh and now - self._read_at < REFRESH_SECONDS:
                return self._tabs
        params: ParamsType = {"fields": _FIELDS}
        meta = self._http.call(budget, lambda http: http.fetch_sheet_metadata(self.spreadsheet_id, params=params))
        with self._lock:
            self._tabs, self._read_at = parse_tabs(meta), now
            tabs = self._tabs
        self._check(tabs, now)
        return tabs

    def note(self, props: dict[str, Any]) -> None:
        """A tab's properties as a read-back reported them (its grid grew, or it was just made)."""
        with self._lock:
            if self._tabs is None:
                return
            self._tabs = tabs = {**self._tabs, **parse_tabs({"sheets": [{"properties": props}]})}
        self._check(tabs, self._now())

    def _check(self, tabs: dict[str, TabInfo], now: float) -> None:
        with self._lock:
            if not self.grid.near(tabs) or now - self._logged_at < REFRESH_SECONDS:
                return
            self._logged_at = now
        metrics.log_event(metrics.EVENT_SHEET_GRID_NEAR_LIMIT, {"detail": (
            f"{self.grid.total(tabs)} of {self.grid.limit} cells used; writes fail at the limit. Move old tabs to "
            "another spreadsheet or put {year} in GOOGLE_SHEETS_SHEET_NAME.")}, level=logging.ERROR)
