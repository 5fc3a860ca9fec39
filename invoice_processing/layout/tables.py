"""Product tables: rows under a column header, across pages, with wrapped descriptions attached.

A row is anchored on a line that carries the table's numbers (a quantity and a price or an
amount); lines of text only are parts of a description and go to the row they belong to: the
row below them when the table prints descriptions above the numbers, else the row above (also
across a page break). A table ends at a totals line (in any cell), and a later page continues
it under a repeated header. Lines of charges (shipping, tax, surcharges) are never rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.columns import assign
from invoice_processing.layout.header_row import Column, Header, find_header
from invoice_processing.layout.numbers import NumberFormat, is_numeric, parse_amount, parse_quantity
from invoice_processing.models import Page, TextLine


@dataclass(frozen=True)
class _Item:
    """A body line as the table reads it: a row, description text, or a break between rows."""

    kind: str  # "row", "text" or "break"
    line: TextLine
    page: int
    row: Row | None = None
    text: str = ""
    values: dict[int, str] = field(default_factory=dict)


@dataclass
class Row:
    """One product row: its cells by column index, and the description lines that belong to it."""

    values: dict[int, str]
    line: TextLine
    page: int
    above: list[dict[int, str]] = field(default_factory=list)  # cells by column of the lines above it
    below: list[dict[int, str]] = field(default_factory=list)


@dataclass
class Table:
    columns: tuple[Column, ...]
    rows: list[Row] = field(default_factory=list)
    above: bool | None = None  # descriptions printed above their numbers (decided on the first page)
    pending: list[_Item] = field(default_factory=list)  # description lines waiting for their row
    lead_gaps: list[float] = field(default_factory=list)  # row to next description: how this table spaces rows

    def indexes(self, *roles: str) -> list[int]:
        return [i for i, c in enumerate(self.columns) if c.role in roles]


def _number(values: dict[int, str], indexes: list[int], fmt: NumberFormat, quantity: bool) -> Decimal | None:
    for index in indexes:
        text = values.get(index, "")
        value = parse_quantity(text, fmt) if quantity else parse_amount(text, fmt)
        if value is not None:
            return value
    return None


def _text(values: dict[int, str], columns: tuple[Column, ...]) -> str:
    return " ".join(values[i] for i in sorted(values) if not columns[i].numeric).strip()


def description_text(values: dict[int, str], columns: tuple[Column, ...]) -> str:
    """A row's own description: its description column, else words in unnamed columns that read as
    text (a description printed under the RT column), not flags ("N", "*") or codes ("MEM")."""
    named = " ".join(values[i] for i in sorted(values) if columns[i].role == lx.DESCRIPTION).strip()
    if named:
        return named
    loose = [values[i] for i in sorted(values) if columns[i].role == lx.OTHER]
    return " ".join(p for p in loose if any(ch.islower() for ch in p)).strip()


def _kind(line: TextLine, values: dict[int, str], table: Table, fmt: NumberFormat) -> str:
    """What a body line is: "row", "total", "subtotal", "charge", "furniture", "text" or "numbers"."""
    columns = table.columns
    texts = [values[i] for i in sorted(values) if not columns[i].numeric]
    qty = _number(values, table.indexes(*lx.QTY_ROLES), fmt, quantity=True)
    money = _number(values, table.indexes(*lx.PRICE_ROLES), fmt, quantity=False)
    labels = [t.strip() for t in texts] + [cell.text.strip() for cell in line.cells]
    if qty is None and any(lx.TOTALS.match(label) for label in labels):
        return "subtotal" if any(lx.SUBTOTALS.match(label) for label in labels) else "total"
    if lx.FURNITURE.match(line.text.strip()):
        return "furniture"
    label = texts[0] if texts else ""
    if lx.CHARGES.match(label.strip()):
        return "charge"
    has_numbers = any(columns[i].numeric and values[i] for i in values)
    if money is not None and (qty is not None or (not table.indexes(*lx.QTY_ROLES) and texts)):
        return "row"
    if not has_numbers:
        return "text" if texts else "furniture"
    return "numbers"


def _spans_numbers(line: TextLine, table: Table) -> bool:
    """A long text cell reaching across the numeric columns: a note or a paragraph, not table text."""
    numeric = [c for c in table.columns if c.numeric]
    if not numeric:
        return False
    first = min(c.x0 for c in numeric)
    last = max(c.x1 for c in numeric)
    return any(cell.x0 < first and cell.x1 > (first + last) / 2 and len(cell.text.split()) > 6 for cell in line.cells)


def _descriptions_above(items: list[_Item]) -> bool:
    """True when the table prints each description above its numbers: text comes before the
    first row, and the rows carry no text of their own."""
    kinds = [item.kind for item in items]
    if "row" not in kinds:
        return False
    first_row = kinds.index("row")
    own_text = sum(1 for item in items if item.row is not None and item.text)
    return "text" in kinds[:first_row] and own_text == 0


def read_tables(pages: tuple[Page, ...], fmt: NumberFormat) -> list[Table]:
    """Every product table of the document, in reading order."""
    tables: list[Table] = []
    table: Table | None = None
    furniture = _repeated_lines(pages)
    for page in pages:
        table = _read_page(page, table, tables, fmt, furniture)
    return [t for t in tables if t.rows]


_DIGITS = re.compile(r"\d+")


def _repeated_lines(pages: tuple[Page, ...]) -> frozenset[str]:
    """Sentences printed at the same height in the head or foot of most pages (running heads and
    footers), digits ignored; a description that happens to repeat sits elsewhere, and a row of
    numbers is never one."""
    seen: dict[tuple[str, int], set[int]] = {}
    for page in pages:
        margins = page.lines[:4] + page.lines[-4:] if len(page.lines) > 8 else ()
        for line in margins:
            if len(line.text.split()) >= 3 and not any(is_numeric(c.text) for c in line.cells):
                seen.setdefault((_DIGITS.sub("#", line.text), round(line.y / 4)), set()).add(page.number)
    enough = max(2, (len(pages) + 1) // 2)  # running heads and footers are on most pages
    return frozenset(text for (text, _), on in seen.items() if len(on) >= enough)


def _read_page(page: Page, table: Table | None, tables: list[Table], fmt: NumberFormat,
               furniture: frozenset[str] = frozenset()) -> Table | None:
    """Read one page into ``tables``; the table still open at its end (continued on the next page).

    On a page that continues a table, what precedes its first row or repeated header is the page's
    running head (letterhead, "continued"), not description text.
    """
    lines = page.lines
    items: list[_Item] = []
    carried = table is not None
    at = 0
    while at < len(lines):
        header = find_header(lines, at)
        if header is not None:
            if table is not None:
                _settle(table, [] if carried else items)
                items, carried = [], False
            if table is None or not _same_columns(table.columns, header):
                table = Table(header.columns)
                tables.append(table)
            at = header.last + 1
            continue
        line = lines[at]
        at += 1
        if table is None or _DIGITS.sub("#", line.text) in furniture:
            continue
        item = _body_item(line, table, page.number, fmt)
        if item is None:
            _settle(table, items)
            items, table = [], None
        elif item.kind == "row" and carried:
            items = [item]
            carried = False
        elif item.kind != "skip":
            items.append(item)
    if table is not None:
        _settle(table, [] if carried else items)
    return table


def _body_item(line: TextLine, table: Table, page: int, fmt: NumberFormat) -> _Item | None:
    """A body line as an item ("row", "text", "break" or "skip"), or None where the table ends."""
    values = assign(line, table.columns, fmt)
    kind = _kind(line, values, table, fmt)
    if kind == "total" or (kind == "text" and _spans_numbers(line, table)):
        return None
    if kind == "row":
        return _Item("row", line, page, Row(values, line, page), description_text(values, table.columns))
    if kind == "text":
        return _Item("text", line, page, text=_text(values, table.columns), values=values)
    return _Item("break" if kind in ("charge", "numbers", "subtotal") else "skip", line, page)


def _same_columns(columns: tuple[Column, ...], header: Header) -> bool:
    return [c.role for c in columns] == [c.role for c in header.columns]


def _near(upper: _Item, lower: _Item, pitches: float = 2.6) -> bool:
    """Two lines close enough to be parts of one row (a wrap, not a footer or a note)."""
    if upper.page != lower.page:
        return True
    size = max(upper.line.size, lower.line.size, 6.0) if upper.line.size or lower.line.size else 9.0
    return 0 < lower.line.y - upper.line.y <= pitches * size


def _settle(table: Table, items: list[_Item]) -> None:
    """Give each description line to its row and append the rows to ``table``."""
    if table.above is None and any(item.kind == "row" for item in items):
        table.above = _descriptions_above(items)
    if table.above:
        _settle_above(table, items)
    else:
        _settle_below(table, items)


def _settle_below(table: Table, items: list[_Item]) -> None:
    last: _Item | None = None  # the row (or its last description line) new text may follow
    continued = bool(table.rows)  # text before this page's first row may finish the last row's description
    for item in items:
        if item.kind == "row" and item.row is not None:
            table.rows.append(item.row)
            last, continued = item, False
        elif item.kind == "text" and item.text and table.rows:
            if (continued and last is None) or (last is not None and _near(last, item)):
                table.rows[-1].below.append(item.values)
                last = item
            else:
                last, continued = None, False
        elif item.kind == "break":
            last, continued = None, False


def _settle_above(table: Table, items: list[_Item]) -> None:
    """Descriptions printed over their numbers: a run of text lines goes to the row right under it.

    Text runs are split where lines stand apart. The run that ends right over a row is its
    description; at the end of a page, the first run (if it starts no further below the last row
    than this table spaces its rows) goes on to the next page's first row, and later runs are
    footers or notes.
    """
    runs: list[list[_Item]] = [list(table.pending)] if table.pending else []
    last_row: _Item | None = None
    for item in items:
        if item.kind == "row" and item.row is not None:
            run = runs[-1] if runs else []
            if run and _near(run[-1], item):
                item.row.above = [p.values for p in run]
                if last_row is not None and last_row.page == run[0].page:
                    table.lead_gaps.append(run[0].line.y - last_row.line.y)
            table.rows.append(item.row)
            runs, last_row = [], item
        elif item.kind == "text" and item.text:
            if runs and runs[-1] and _near(runs[-1][-1], item):
                runs[-1].append(item)
            else:
                runs.append([item])
        elif item.kind == "break":
            runs = []
    table.pending = _carried(table, runs[0] if runs else [], last_row)


def _carried(table: Table, run: list[_Item], last_row: _Item | None) -> list[_Item]:
    """The text run left at the end of a page that may start the next page's first description."""
    if not run or last_row is None or last_row.page != run[0].page:
        return run
    lead = max(table.lead_gaps, default=0.0)
    near = run[0].line.y - last_row.line.y <= 1.3 * lead if lead else _near(last_row, run[0], 3.6)
    return run if near else []
