"""A stateful fake of the Sheets v4 REST API, served through ``responses``.

It keeps a grid per tab and answers with the real request and response shapes: values
``get``/``batchGet``/``update``/``append`` (table detection, INSERT_ROWS, ``tableRange`` and
``updates.updatedRange``), ``spreadsheets.get`` and ``batchUpdate`` (``addSheet``,
``appendCells``, validated as a whole before any is applied, and ``includeSpreadsheetInResponse``
with ``responseRanges`` and GridData). USER_ENTERED input is interpreted the way Sheets does for what matters here:
a leading apostrophe marks text (and is not shown), numbers become numbers, and text that
Sheets would treat as a formula is recorded in ``formulas`` so tests can prove none was sent.

``appendCells`` takes typed cells (``stringValue``, ``numberValue``, a DATE number format) and
inserts grid rows only when the grid has no empty rows left; ``deleteDimension``,
``appendDimension`` and ``deleteSheet`` are applied too. The spreadsheet's cell limit (10
million: every tab's rows × columns) refuses a batch that would pass it, as Sheets does.

Faults: ``fault(call)`` may return ``"429"``, ``"500"``, ``"503"``, ``"timeout"``, ``"connect"``
(nothing applied) or ``"lost"``/``"lost500"`` (applied, then the answer is lost).
``quota``: Sheets' per-minute write quota per user (429 beyond it, refused calls counted or
not). Answers are JSON indented as Google's are, and ``sizes`` keeps each answer's bytes.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from urllib.parse import parse_qs, unquote, urlsplit

import requests
import responses

BASE = "https://sheets.googleapis.com/v4/spreadsheets"
_A1 = re.compile(r"^(?:'(?P<q>(?:[^']|'')*)'|(?P<p>[^!']+))!(?P<c1>[A-Z]+)(?P<r1>\d*)(?::(?P<c2>[A-Z]+)(?P<r2>\d*))?$")
_NUMBER = re.compile(r"[+-]?\d+(\.\d+)?")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_ERRORS = {429: "RESOURCE_EXHAUSTED", 500: "INTERNAL", 503: "UNAVAILABLE", 400: "INVALID_ARGUMENT"}
WRITE_KINDS = ("batchUpdate", "append", "update", "batchUpdateValues")
CELL_LIMIT = 10_000_000


@dataclass
class Quota:
    """Google's write quota: ``per_minute`` write requests per user in each wall-clock minute.

    ``count_refused``: whether a refused (429) request also counts against the minute, as
    Google's documentation leaves open; the burst benchmark runs both. ``retry_after``: the
    ``Retry-After`` header sent with a 429 (none by default: Sheets usually sends none).
    """

    per_minute: int = 60
    count_refused: bool = True
    now: Callable[[], float] = lambda: 0.0
    retry_after: int | None = None
    used: dict[int, int] = field(default_factory=dict)
    refused: int = 0

    def admit(self) -> bool:
        minute = int(self.now() // 60)
        if self.used.get(minute, 0) < self.per_minute:
            self.used[minute] = self.used.get(minute, 0) + 1
            return True
        self.refused += 1
        if self.count_refused:
            self.used[minute] += 1
        return False


def col_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def col_letters(index: int) -> str:
    out, index = "", index + 1
    while index:
        index, rem = divmod(index - 1, 26)
        out = chr(65 + rem) + out
    return out


def a1_tab(title: str) -> str:
    return title if re.fullmatch(r"[A-Za-z0-9_]+", title) else "'" + title.replace("'", "''") + "'"


def span(title: str, c1: int, r1: int, c2: int, r2: int) -> str:
    """A1 range from 0-based corners, as Sheets reports it."""
    return f"{a1_tab(title)}!{col_letters(c1)}{r1 + 1}:{col_letters(c2)}{r2 + 1}"


@dataclass
class Tab:
    sheet_id: int
    title: str
    hidden: bool = False
    grid: list[list] = field(default_factory=list)  # rows of cells; a cell is None or (kind, value)
    row_count: int = 1000  # the grid's rows, filled or not (a new spreadsheet's tab has 1000)
    column_count: int = 26

    @property
    def rows(self) -> int:
        return max(self.row_count, len(self.grid))

    def last_row(self, c1: int, c2: int) -> int:
        """0-based index of the last row with a value in columns c1..c2, -1 when none."""
        for i in range(len(self.grid) - 1, -1, -1):
            if any(cell is not None for cell in self.grid[i][c1:c2 + 1]):
                return i
        return -1

    def put(self, row: int, col: int, cell) -> None:
        while len(self.grid) <= row:
            self.grid.append([])
        line = self.grid[row]
        while len(line) <= col:
            line.append(None)
        line[col] = cell

    def shown(self, row: int, col: int) -> str:
        line = self.grid[row] if row < len(self.grid) else []
        cell = line[col] if col < len(line) else None
        return "" if cell is None else display(cell)


def display(cell: tuple) -> str:
    """What staff see in a cell: a DATE-formatted number as MM/DD/YYYY, a number with the
    ``0.00##`` pattern with at least two decimals, other numbers as written."""
    kind, value = cell[0], cell[1]
    if kind == "date":
        return (date(1899, 12, 30) + timedelta(days=int(value))).strftime("%m/%d/%Y")
    if kind == "number" and not isinstance(value, str):
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
        if len(cell) > 2 and cell[2].startswith("0.00"):
            return format(number.quantize(Decimal("0.01")) if number == number.quantize(Decimal("0.01"))
                          else number.normalize(), "f")
        return format(number.normalize(), "f") if number != number.to_integral_value() else str(int(number))
    return str(value)


@dataclass(frozen=True)
class Call:
    method: str
    kind: str  # get | batchGet | update | batchUpdateValues | append | spreadsheet | batchUpdate
    a1: str = ""

    @property
    def tab(self) -> str:
        match = _A1.match(self.a1)
        return (match["p"] or match["q"].replace("''", "'")) if match else ""


class FakeSheets:
    def __init__(self, spreadsheet_id: str = "sheet-id", tabs: tuple[str, ...] = ("Sheet1",),
                 quota: Quota | None = None, cell_limit: int = CELL_LIMIT):
        self.spreadsheet_id = spreadsheet_id
        self.tabs = {name: Tab(i, name) for i, name in enumerate(tabs)}
        self.quota, self.cell_limit = quota, cell_limit
        self.calls: list[Call] = []
        self.sizes: list[int] = []  # bytes of each answer, in the order of ``calls``
        self._lock = threading.RLock()  # Sheets applies one request at a time
        self.formulas: list[tuple[str, str]] = []  # (tab, text) of every cell entered as a formula
        self.fault: Callable[[Call], str | None] = lambda call: None
        self.misalign: str | None = None  # next data append lands from this column (table detection trap)
        self.hook: Callable[[Call], None] = lambda call: None  # runs before a call is applied

    # -- wiring -----------------------------------------------------------------------------
    def install(self, mock: responses.RequestsMock) -> FakeSheets:
        root = re.escape(f"{BASE}/{self.spreadsheet_id}")
        for method in ("GET", "POST", "PUT"):
            mock.add_callback(method, re.compile(root + r"([/:?].*)?$"), callback=self._dispatch)
        return self

    def _dispatch(self, request):
        parts = urlsplit(request.url)
        tail = unquote(parts.path[len(f"/v4/spreadsheets/{self.spreadsheet_id}"):])
        query = {k: v if k == "ranges" else v[0] for k, v in parse_qs(parts.query).items()}
        body = json.loads(request.body) if request.body else {}
        call = self._classify(request.method, tail)
        if call.kind == "batchUpdate":
            call = Call(call.method, call.kind, self._batch_tab(body))
        if call.kind == "batchUpdateValues" and body.get("data"):
            call = Call(call.method, call.kind, body["data"][0]["range"])
        with self._lock:
            self.calls.append(call)
            fault = self.fault(call)
            if fault in ("timeout", "connect"):
                self.sizes.append(0)
                raise (requests.ConnectTimeout if fault == "connect" else requests.ReadTimeout)("injected")
            if self.quota is not None and call.kind in WRITE_KINDS and not self.quota.admit():
                return self._error(429, "Quota exceeded for quota metric 'Write requests' and limit "
                                        "'Write requests per minute per user'", self.quota.retry_after)
            if fault in ("429", "500", "503"):
                return self._error(int(fault), "injected")
        self.hook(call)
        with self._lock:
            try:
                answer = self._apply(call, query, body)
            except LookupError as exc:
                return self._error(400, str(exc))
            if fault == "lost":
                self.sizes.append(0)
                raise requests.ReadTimeout("injected after the write was applied")
            if fault == "lost500":
                return self._error(500, "injected after the write was applied")
            text = json.dumps(answer, indent=2)  # Google's answers are indented JSON
            self.sizes.append(len(text.encode("utf-8")))
            return 200, {"Content-Type": "application/json"}, text

    @staticmethod
    def _classify(method: str, tail: str) -> Call:
        if tail.startswith("/values/"):
            a1 = tail[len("/values/"):]
            if a1.endswith(":append"):
                return Call(method, "append", a1[: -len(":append")])
            return Call(method, "update" if method == "PUT" else "get", a1)
        if tail == "/values:batchGet":
            return Call(method, "batchGet")
        if tail == "/values:batchUpdate":
            return Call(method, "batchUpdateValues")
        if tail == ":batchUpdate":
            return Call(method, "batchUpdate")
        return Call(method, "spreadsheet")

    def _batch_tab(self, body: dict) -> str:
        """The tab a batchUpdate is about (its first request's), as A1, so ``Call.tab`` works."""
        for request in body.get("requests", []):
            for kind in ("appendCells", "addSheet"):
                if kind in request:
                    target = request[kind].get("sheetId", request[kind].get("properties", {}).get("sheetId"))
                    title = next((t.title for t in self.tabs.values() if t.sheet_id == target), None)
                    title = title or request[kind].get("properties", {}).get("title", "")
                    return f"{a1_tab(title)}!A1" if title else ""
        return ""

    def _error(self, status: int, message: str, retry_after: int | None = None):
        body = {"error": {"code": status, "message": message, "status": _ERRORS.get(status, "UNKNOWN")}}
        text = json.dumps(body, indent=2)
        self.sizes.append(len(text))
        headers = {"Content-Type": "application/json"}
        if retry_after is not None:
            headers["Retry-After"] = str(retry_after)
        return status, headers, text

    # -- API --------------------------------------------------------------------------------
    def _apply(self, call: Call, query: dict, body: dict) -> dict:
        if call.kind == "get":
            return self.values_get(call.a1)
        if call.kind == "batchGet":
            return {"spreadsheetId": self.spreadsheet_id, "valueRanges": [self.values_get(r) for r in query["ranges"]]}
        if call.kind == "append":
            return self._append(call.a1, query, body["values"])
        if call.kind == "update":
            return self._update(call.a1, query, body["values"])
        if call.kind == "batchUpdateValues":
            for each in body["data"]:  # validated first: one bad range applies nothing
                self._range(each["range"])
            answers = [self._update(each["range"], body, each["values"]) for each in body["data"]]
            return {"spreadsheetId": self.spreadsheet_id, "totalUpdatedRows": sum(a["updatedRows"] for a in answers),
                    "responses": answers}
        if call.kind == "batchUpdate":
            return self._batch_update(body)
        if query.get("ranges"):  # spreadsheets.get limited to ranges, with GridData when asked
            return self._spreadsheet(query["ranges"], query.get("includeGridData") == "true")
        return self.metadata()

    def _range(self, a1: str) -> tuple[Tab, int, int, int, int | None]:
        match = _A1.match(a1)
        title = (match["p"] or match["q"].replace("''", "'")) if match else ""
        if title not in self.tabs:
            raise LookupError(f"Unable to parse range: {a1}")
        c1 = col_index(match["c1"])
        c2 = col_index(match["c2"]) if match["c2"] else c1
        r1 = int(match["r1"] or 1) - 1
        r2 = int(match["r2"]) - 1 if match["r2"] else (r1 if match["r1"] and not match["c2"] else None)
        return self.tabs[title], c1, c2, r1, r2

    def values_get(self, a1: str) -> dict:
        tab, c1, c2, r1, r2 = self._range(a1)
        if r1 >= tab.rows:
            raise LookupError(f"Range ({a1}) exceeds grid limits. Max rows: {tab.rows}, max columns: 26")
        end = tab.last_row(c1, c2) if r2 is None else min(r2, tab.last_row(c1, c2))
        rows = [[tab.shown(r, c) for c in range(c1, c2 + 1)] for r in range(r1, end + 1)]
        rows = [row[: max([i + 1 for i, v in enumerate(row) if v] or [0])] for row in rows]
        last = r2 if r2 is not None else max(len(tab.grid), 1) - 1
        answer = {"range": f"{a1_tab(tab.title)}!{col_letters(c1)}{r1 + 1}:{col_letters(c2)}{last + 1}",
                  "majorDimension": "ROWS"}
        if rows:
            answer["values"] = rows
        return answer

    def _enter(self, tab: Tab, value, user_entered: bool):
        if not user_entered or not isinstance(value, str):
            return ("number", value) if isinstance(value, int | float) else ("text", value)
        if value.startswith("'"):
            return ("text", value[1:])
        if _NUMBER.fullmatch(value):
            return ("number", value)
        if value.startswith(_FORMULA_STARTS):
            self.formulas.append((tab.title, value))
            return ("formula", value)
        return ("text", value)

    def _append(self, a1: str, query: dict, values: list[list]) -> dict:
        tab, c1, c2, _, _ = self._range(a1)
        last = tab.last_row(c1, c2)
        first_data = next((i for i in range(last + 1) if any(tab.grid[i][c1:c2 + 1])), None)
        start = last + 1
        if query.get("insertDataOption") == "INSERT_ROWS":
            tab.row_count = tab.rows + len(values)  # Sheets inserts new rows for the data
            tab.grid[start:start] = [[] for _ in values]
        left = c1
        if self.misalign and not tab.hidden:
            left, self.misalign = col_index(self.misalign), None
        for i, row in enumerate(values):
            for j, value in enumerate(row):
                tab.put(start + i, left + j, self._enter(tab, value, query["valueInputOption"] == "USER_ENTERED"))
        width = max(len(r) for r in values)
        updated = span(tab.title, left, start, left + width - 1, start + len(values) - 1)
        answer = {"spreadsheetId": self.spreadsheet_id, "updates": {
            "spreadsheetId": self.spreadsheet_id, "updatedRange": updated, "updatedRows": len(values),
            "updatedColumns": width, "updatedCells": sum(len(r) for r in values)}}
        if first_data is not None:
            answer["tableRange"] = f"{a1_tab(tab.title)}!{col_letters(c1)}{first_data + 1}:{col_letters(c2)}{last + 1}"
        return answer

    def _update(self, a1: str, query: dict, values: list[list]) -> dict:
        tab, c1, _, r1, _ = self._range(a1)
        for i, row in enumerate(values):
            for j, value in enumerate(row):
                tab.put(r1 + i, c1 + j, self._enter(tab, value, query["valueInputOption"] == "USER_ENTERED"))
        width = max(len(r) for r in values)
        return {"spreadsheetId": self.spreadsheet_id,
                "updatedRange": span(tab.title, c1, r1, c1 + width - 1, r1 + len(values) - 1),
                "updatedRows": len(values), "updatedColumns": width, "updatedCells": sum(len(r) for r in values)}

    def _batch_update(self, body: dict) -> dict:
        """Validates every request first and applies none when one is invalid (atomic)."""
        self._validate(body)
        replies = []
        for request in body["requests"]:
            kind, spec = next(iter(request.items()))
            by_id = {t.sheet_id: t for t in self.tabs.values()}
            if kind == "addSheet":
                props = spec["properties"]
                grid = props.get("gridProperties", {})
                tab = Tab(props.get("sheetId", max(by_id, default=0) + 1), props["title"], bool(props.get("hidden")),
                          row_count=grid.get("rowCount", 1000), column_count=grid.get("columnCount", 26))
                self.tabs[tab.title] = tab
                replies.append({"addSheet": {"properties": self._properties(tab)}})
                continue
            if kind == "deleteSheet":
                del self.tabs[by_id[spec["sheetId"]].title]
            elif kind == "appendCells":
                self._append_cells(by_id[spec["sheetId"]], spec["rows"])
            elif kind == "appendDimension":
                tab = by_id[spec["sheetId"]]
                if spec["dimension"] == "ROWS":
                    tab.row_count = tab.rows + spec["length"]
                else:
                    tab.column_count += spec["length"]
            elif kind == "deleteDimension":
                grid_range = spec["range"]
                tab = by_id[grid_range["sheetId"]]
                first, last = grid_range["startIndex"], grid_range["endIndex"]
                del tab.grid[first:last]
                tab.row_count = tab.rows - (last - first)
            replies.append({})
        answer = {"spreadsheetId": self.spreadsheet_id, "replies": replies}
        if body.get("includeSpreadsheetInResponse"):
            answer["updatedSpreadsheet"] = self._spreadsheet(body.get("responseRanges", []),
                                                             bool(body.get("responseIncludeGridData")))
        return answer

    def _validate(self, body: dict) -> None:
        """Every request against the state the earlier requests of the batch leave."""
        titles = {t.title: (t.sheet_id, t.rows, t.column_count) for t in self.tabs.values()}
        cells = sum(t.rows * t.column_count for t in self.tabs.values())
        for index, request in enumerate(body["requests"]):
            kind, spec = next(iter(request.items()))
            ids = {v[0]: k for k, v in titles.items()}
            target = spec.get("sheetId", spec.get("range", {}).get("sheetId"))
            if kind == "addSheet":
                props = spec["properties"]
                if props["title"] in titles:
                    raise LookupError(f'Invalid requests[{index}].addSheet: A sheet with the name "{props["title"]}" '
                                      "already exists. Please enter another name.")
                if props.get("sheetId") in ids:
                    raise LookupError(f"Invalid requests[{index}].addSheet: sheet ID {props['sheetId']} is in use")
                grid = props.get("gridProperties", {})
                titles[props["title"]] = (props.get("sheetId", -1), grid.get("rowCount", 1000),
                                          grid.get("columnCount", 26))
                cells += titles[props["title"]][1] * titles[props["title"]][2]
            elif target not in ids:
                raise LookupError(f"Invalid requests[{index}].{kind}: No grid with id: {target}")
            elif kind == "deleteSheet":
                sheet_id, rows, columns = titles.pop(ids[target])
                cells -= rows * columns
            elif kind == "appendCells":
                title = ids[target]
                sheet_id, rows, columns = titles[title]
                if any(len(row.get("values", [])) > columns for row in spec["rows"]):
                    raise LookupError(f"Invalid requests[{index}].appendCells: Range exceeds grid limits. "
                                      f"Max columns: {columns}")
                tab = self.tabs.get(title)
                used = tab.last_row(0, 10_000) + 1 if tab else 1
                grown = max(rows, used + len(spec["rows"]))
                cells += (grown - rows) * columns
                titles[title] = (sheet_id, grown, columns)
            elif kind == "appendDimension":
                sheet_id, rows, columns = titles[ids[target]]
                grows = spec["dimension"] == "ROWS"
                titles[ids[target]] = (sheet_id, rows + spec["length"] * grows, columns + spec["length"] * (not grows))
                cells += spec["length"] * (columns if grows else rows)
            elif kind == "deleteDimension":
                sheet_id, rows, columns = titles[ids[target]]
                if spec["range"]["endIndex"] > rows:
                    raise LookupError(f"Invalid requests[{index}].deleteDimension: index out of range")
                removed = spec["range"]["endIndex"] - spec["range"]["startIndex"]
                titles[ids[target]] = (sheet_id, rows - removed, columns)
                cells -= removed * columns
            if cells > self.cell_limit:
                raise LookupError("This action would increase the number of cells in the workbook above the "
                                  f"limit of {self.cell_limit} cells.")
        for response_range in body.get("responseRanges", []):
            match = _A1.match(response_range)
            title = (match["p"] or match["q"].replace("''", "'")) if match else ""
            if title not in titles:
                raise LookupError(f"Unable to parse range: {response_range}")
            if match["r1"] and int(match["r1"]) > titles[title][1]:
                raise LookupError(f"Range ({response_range}) exceeds grid limits. Max rows: {titles[title][1]}")

    def _append_cells(self, tab: Tab, rows: list[dict]) -> None:
        """Rows after the last row with data in any column; the grid grows only when full."""
        start = tab.last_row(0, 10_000) + 1
        tab.row_count = max(tab.rows, start + len(rows))
        for i, row in enumerate(rows):
            for j, cell in enumerate(row.get("values", [])):
                value = cell.get("userEnteredValue")
                if value is None:
                    continue
                number_format = cell.get("userEnteredFormat", {}).get("numberFormat", {})
                if "numberValue" in value:
                    kind = "date" if number_format.get("type") == "DATE" else "number"
                    tab.put(start + i, j, (kind, value["numberValue"], number_format.get("pattern", "")))
                elif "formulaValue" in value:
                    self.formulas.append((tab.title, value["formulaValue"]))
                    tab.put(start + i, j, ("formula", value["formulaValue"]))
                else:
                    tab.put(start + i, j, ("text", value.get("stringValue", value.get("boolValue", ""))))

    def _spreadsheet(self, ranges: list[str], grid: bool) -> dict:
        """The Spreadsheet resource limited to ``ranges``, with GridData when asked."""
        sheets = []
        for a1 in ranges:
            tab, c1, c2, r1, r2 = self._range(a1)
            sheet = {"properties": self._properties(tab)}
            if grid:
                end = tab.last_row(c1, c2) if r2 is None else min(r2, tab.last_row(c1, c2))
                rows = []
                for r in range(r1, end + 1):
                    line = tab.grid[r][c1:c2 + 1] if r < len(tab.grid) else []
                    cells = [{} if c is None else {"userEnteredValue": _user_value(c)} for c in line]
                    rows.append({"values": cells} if cells else {})
                grid_data = {"startRow": r1, "startColumn": c1, "rowData": rows}
                sheet["data"] = [{k: v for k, v in grid_data.items() if v}]  # proto3 JSON leaves out zeros
            sheets.append(sheet)
        return {"spreadsheetId": self.spreadsheet_id, "properties": {"title": "Invoices"}, "sheets": sheets}

    def _properties(self, tab: Tab) -> dict:
        props = {"sheetId": tab.sheet_id, "title": tab.title, "index": list(self.tabs).index(tab.title),
                 "sheetType": "GRID", "gridProperties": {"rowCount": tab.rows, "columnCount": tab.column_count}}
        return props | ({"hidden": True} if tab.hidden else {})

    def metadata(self) -> dict:
        return {"spreadsheetId": self.spreadsheet_id, "properties": {"title": "Invoices"},
                "sheets": [{"properties": self._properties(t)} for t in self.tabs.values()]}

    def add_tab(self, title: str, rows: list[list[str]], *, hidden: bool = True, columns: int = 26) -> Tab:
        """A tab holding ``rows`` as text (a ledger made by hand, or one seeded by a test)."""
        tab = Tab(max((t.sheet_id for t in self.tabs.values()), default=0) + 1, title, hidden, row_count=len(rows),
                  column_count=columns)
        tab.grid = [[("text", value) if value != "" else None for value in row] for row in rows]
        self.tabs[title] = tab
        return tab

    def seed_ledger(self, invoices: int, written_by: float, title: str = "_ledger") -> Tab:
        """A ledger tab holding ``invoices`` written invoices (claim and commit rows, the layout
        of ``invoice_processing.sheets.ledger``), one a second, the last at ``written_by``."""
        from invoice_processing.sheets.ledger import HEADER, stamp

        rows = [list(HEADER)]
        for n in range(invoices):
            at, lease = stamp(written_by - invoices + n), stamp(written_by - invoices + n + 30)
            head = [f"{n:064x}", "pending", f"{n:032x}", at, f"INV-{n}", "Acme", "01/17/2025", "3"]
            rows.append([*head, "", "", f"{n:032x}", lease])
            rows.append([head[0], "written", *head[2:], f"Sheet1!B{3 * n + 2}:G{3 * n + 4}", at, f"{n:032x}", ""])
        return self.add_tab(title, rows, columns=len(HEADER))

    def writes(self) -> int:
        """Write requests received (what Sheets counts against the write quota)."""
        return sum(1 for c in self.calls if c.kind in WRITE_KINDS)

    # -- inspection -------------------------------------------------------------------------
    def rows(self, title: str = "Sheet1") -> list[list[str]]:
        """Every non-empty row of a tab as shown, columns A.. (so B..G are indexes 1..6)."""
        tab = self.tabs[title]
        shown = [[tab.shown(r, c) for c in range(max(len(tab.grid[r]), 7))] for r in range(len(tab.grid))]
        return [row for row in shown if any(row)]

    def count(self, kind: str, tab: str | None = None) -> int:
        return sum(1 for c in self.calls if c.kind == kind and (tab is None or c.tab == tab))


def _user_value(cell: tuple) -> dict:
    kind, value = cell[0], cell[1]
    if kind in ("number", "date"):
        return {"numberValue": float(value)}
    return {"formulaValue": value} if kind == "formula" else {"stringValue": str(value)}


class FakeClock:
    """Monotonic and wall clocks that only move when told to (or when backoff 'sleeps')."""

    def __init__(self, wall: float = 1_750_000_000.0):
        self.t, self.wall0, self.slept = 0.0, wall, []

    def monotonic(self) -> float:
        return self.t

    def now(self) -> float:
        return self.wall0 + self.t

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.t += seconds

    def advance(self, seconds: float) -> None:
        self.t += seconds


def google_sheet(fake: FakeSheets, clock: FakeClock, grid=None, **settings):
    """A real ``GoogleSheet`` wired to the fake: anonymous credentials, the fake clock."""
    from google.auth.credentials import AnonymousCredentials

    from invoice_processing.config import Settings
    from invoice_processing.sheets.google_sheet import GoogleSheet

    config = Settings(spreadsheet_id=fake.spreadsheet_id, **settings)
    return GoogleSheet(config, credentials=AnonymousCredentials(), sleep=clock.sleep, clock=clock.monotonic,
                       now=clock.now, grid=grid)


@contextmanager
def served(tabs: tuple[str, ...] = ("Sheet1",), grid_rows: int = 1000, **options) -> Iterator[FakeSheets]:
    """A fresh fake installed in its own ``responses`` mock (any other URL fails loudly).

    ``grid_rows``: rows of each tab's grid, filled or not (0: no empty rows below the data);
    ``options``: ``quota``, ``cell_limit``.
    """
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        fake = FakeSheets(tabs=tabs, **options)
        for tab in fake.tabs.values():
            tab.row_count = grid_rows
        yield fake.install(mock)
