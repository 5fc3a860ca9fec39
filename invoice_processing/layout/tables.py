"""Product tables: rows under a column header, across pages, with wrapped descriptions attached.

A row is anchored on a line that carries the table's numbers (a quantity and a price or an
amount); lines of text only are parts of a description and go to the row they belong to: the
row below them when the table prints descriptions above the numbers, else the row above (also
across a page break). A table ends at a totals line (in any cell), and a later page continues
it under a repeated header. Lines of charges (shipping, tax, surcharges) are never rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.columns import assign
from invoice_processing.layout.header_row import Column, Header, find_header
from invoice_processing.layout.numbers import NumberFormat, parse_amount, parse_quantity
from invoice_processing.models import Page, TextLine


@dataclass
class Row:
    """One product row: its cells by column index, and the description lines that belong to it."""

    values: dict[int, str]
    line: TextLine
    page: int
    above: list[str] = field(default_factory=list)
    below: list[str] = field(default_factory=list)


@dataclass
class Table:
    columns: tuple[Column, ...]
    rows: list[Row] = field(default_factory=list)

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
    if qty is not None and money is not None:
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


def _descriptions_above(kinds: list[tuple[str, Row | str]]) -> bool:
    """True when the table prints each description above its numbers: text comes before the
    first row, and most rows carry no text of their own."""
    rows = [item for kind, item in kinds if kind == "row" and isinstance(item, Row)]
    if not rows:
        return False
    first_row = next(i for i, (kind, _) in enumerate(kinds) if kind == "row")
    texts_before = any(kind == "text" for kind, _ in kinds[:first_row])
    return texts_before and sum(1 for r in rows if r.above or r.below) == 0


def read_tables(pages: tuple[Page, ...], fmt: NumberFormat) -> list[Table]:
    """Every product table of the document, in reading order."""
    tables: list[Table] = []
    table: Table | None = None
    for page in pages:
        table = _read_page(page, table, tables, fmt)
    return [t for t in tables if t.rows]


def _read_page(page: Page, table: Table | None, tables: list[Table], fmt: NumberFormat) -> Table | None:
    """Read one page into ``tables``; the table still open at its end (continued on the next page).

    On a page that continues a table, what precedes its first row or repeated header is the page's
    running head (letterhead, "continued"), not description text.
    """
    lines = page.lines
    items: list[tuple[str, Row | str]] = []
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
        if table is None:
            continue
        item = _body_item(line, table, page.number, fmt)
        if item[0] == "end":
            _settle(table, items)
            items, table = [], None
        elif item[0] == "row" and carried:
            items = [("row", item[1])]
            carried = False
        elif item[0] != "skip":
            items.append(item)
    if table is not None:
        _settle(table, [] if carried else items)
    return table


def _body_item(line: TextLine, table: Table, page: int, fmt: NumberFormat) -> tuple[str, Row | str]:
    """A body line as ("row", Row), ("text", description), ("break", ""), ("skip", "") or ("end", "")."""
    values = assign(line, table.columns, fmt)
    kind = _kind(line, values, table, fmt)
    if kind == "total" or (kind == "text" and _spans_numbers(line, table)):
        return "end", ""
    if kind == "row":
        return "row", Row(values, line, page)
    if kind == "text":
        return "text", _text(values, table.columns)
    return ("break", "") if kind in ("charge", "numbers", "subtotal") else ("skip", "")


def _same_columns(columns: tuple[Column, ...], header: Header) -> bool:
    return [c.role for c in columns] == [c.role for c in header.columns]


def _settle(table: Table, items: list[tuple[str, Row | str]]) -> None:
    """Give each description line to its row and append the rows to ``table``."""
    above = _descriptions_above(items)
    pending: list[str] = []
    previous: Row | None = table.rows[-1] if table.rows else None
    for kind, item in items:
        if kind == "row" and isinstance(item, Row):
            if above:
                item.above, pending = pending, []
            table.rows.append(item)
            previous = item
        elif kind == "text" and isinstance(item, str) and item:
            if above:
                pending.append(item)
            elif previous is not None:
                previous.below.append(item)
        elif kind == "break":
            pending = []
            if not above:
                previous = None
