"""Read Creative Co-op's product tables into rows: one ``Row`` per printed row with its description.

Layout assumed (from the vendor's samples): every page repeats letterhead, addresses and the
table header; the table body follows the header and ends at the page footer ("Page N of M",
totals) or a wide vertical gap. A row is recognised by its tokens, right to left: two or more
prices, a unit of measure, then the quantity columns, then ``CODE UPC`` and the rest (RT in
the order confirmation, the description's first line in the invoice). Lines in between that
are not rows are description text: in the invoice and in most confirmations they belong to the
row above; in confirmations that print the description over its code row (recognised when the
first body line of the document is text) they belong to the row below. Either way they follow
the row across a page break.

Everything is read from the line text, so text-only backends work. Cell x positions, measured
against the column titles found on that page's header (never fixed coordinates), only decide
which quantity column a number sits in, and only when the page's cells are real (the header
line has one cell per title); without them the arithmetic (extended = price × qty) settles the
invoice's one ambiguity, a description that ends in a number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple, cast

from invoice_processing.models import Document, LineItem, TextLine
from invoice_processing.normalize import parse_price


@dataclass(frozen=True)
class Table:
    """One document type's product table, as data."""

    kind: str
    required: tuple[str, ...]  # header words that identify the table
    titles: tuple[tuple[str, str], ...]  # role, title pattern: where each column sits on the page
    quantities: tuple[str, ...]  # the integer columns before the unit of measure, left to right
    quantity: str  # the column that is the line's quantity
    above_possible: bool  # descriptions may be printed over their code row


def _table(
    kind: str,
    required: Iterable[str],
    titles: Iterable[tuple[str, str]],
    quantities: Iterable[str],
    quantity: str,
    above: bool,
) -> Table:
    return Table(kind, tuple(required), tuple(titles), tuple(quantities), quantity, above)


ORDER = _table(
    "order", (r"product\s*code", r"\bupc\b", r"qty\s*ord\b", r"your\s*price"),
    (("code", r"product\s*code"), ("upc", r"\bupc\b"), ("rt", r"\brt\b"), ("ordered", r"qty\s*ord\b"),
     ("alloc", r"qty\s*alloc"), ("shipped", r"qty\s*ship(?:ped)?"), ("backorder", r"qty\s*bk\s*ord"),
     ("um", r"\bu/?m\b"), ("list", r"list\s*price"), ("your", r"your\s*price\b"), ("extended", r"extd")),
    ("ordered", "alloc", "shipped", "backorder"), "ordered", True)
INVOICE = _table(
    "invoice", (r"\bitem\b", r"\bupc\b", r"\bdescription\b", r"\bshipped\b", r"your\s*price"),
    (("code", r"\bitem\b"), ("upc", r"\bupc\b"), ("description", r"\bdescription\b"), ("shipped", r"\bshipped\b"),
     ("back", r"\bback\b"), ("um", r"\bu/?m\b"), ("list", r"list\s*price"), ("truck", r"\btruck\b"),
     ("your", r"your\s*price"), ("extended", r"extended")),
    ("shipped", "back"), "shipped", False)
TABLES = (ORDER, INVOICE)

CODE = re.compile(r"^(?:XS\d{3,6}|[A-Z]{2}\d{4})[A-Z]?$")  # DF6419A, XS9826A, XS9482, CF1234
UPC = re.compile(r"^\d{12}$")
PRICE = re.compile(r"^\$?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2,4}$")
INT = re.compile(r"^\d{1,3}(?:,\d{3})*$")
UNIT = re.compile(r"^(?:EA|EACH|PK|PKG|PC|PCS|ST|SET|DZ|DOZ|CS|BX|PR|CT)$")
END = re.compile(r"\bpage\s+\d+\s+of\s+\d+\b|^(?:merchandise\s+|sub\s*-?\s*|order\s+|invoice\s+)?total\b"
                 r"|^(?:continued|amount\s+due|balance\s+due|thank\s+you)\b", re.I)  # the page's table body ends here
SKIP = re.compile(r"^(?:tariff\s+surcharge|trf-ccoi)\b", re.I)  # charge text, never a description
_TAIL = 7  # the unit of measure is among the last words of a row
_MIN_HEADER_CELLS = 5  # a header in fewer cells means the backend gave text without real columns
_FAR = 4.0  # a gap of more than this many font sizes ends the body (footers sit apart)
_FAR_PITCHES = 3.5  # the same in typical line pitches, when the backend gives no font size


class Word(NamedTuple):
    x0: float
    x1: float
    text: str
    numeric_cell: bool  # every word of its cell is an integer (a column value, not description text)


@dataclass
class Row:
    code: str
    upc: str
    quantities: dict[str, int]
    prices: list[Decimal]
    page: int
    description: list[str] = field(default_factory=list)

    @property
    def your_price(self) -> Decimal:
        return self.prices[-2]

    @property
    def list_price(self) -> Decimal | None:
        return self.prices[0] if len(self.prices) >= 3 else None


Columns = dict[str, tuple[float, float]]


def words(line: TextLine) -> list[Word]:
    """The line's words, each with an x extent interpolated inside its cell."""
    found: list[Word] = []
    for cell in line.cells:
        parts = list(re.finditer(r"\S+", cell.text))
        numeric = all(INT.match(p.group()) for p in parts)
        scale = (cell.x1 - cell.x0) / max(len(cell.text), 1)
        found += [Word(cell.x0 + scale * p.start(), cell.x0 + scale * p.end(), p.group(), numeric) for p in parts]
    return found


def header_columns(line: TextLine, table: Table) -> Columns | None:
    """Where each titled column sits, when ``line`` is ``table``'s header row (else None)."""
    text = " ".join(line.text.split())
    if not all(re.search(p, text, re.I) for p in table.required):
        return None
    ws = words(line)
    starts, at = [], 0
    for w in ws:
        starts.append(at)
        at += len(w.text) + 1
    columns: Columns = {}
    for role, pattern in table.titles:
        match = re.search(pattern, " ".join(w.text for w in ws), re.I)
        if match:
            inside = [w for w, s in zip(ws, starts, strict=True) if match.start() <= s < match.end()]
            columns[role] = (inside[0].x0, inside[-1].x1)
    return columns


def parse_row(line: TextLine, table: Table, columns: Columns | None, page: int) -> Row | None:
    """A table row read right to left from its tokens, or None when the line is not a row.

    The tail after the unit of measure holds the prices (at least two) and at most one other
    token (a Truck code); the integers just before the unit are the quantity columns.
    """
    ws = words(line)
    unit = next((i for i in range(len(ws) - 1, max(len(ws) - _TAIL, 0) - 1, -1) if UNIT.match(ws[i].text)), -1)
    tail = [w.text for w in ws[unit + 1:]]
    # every PRICE-matched token parses, so no None is in the list
    prices = cast(list[Decimal], [parse_price(text) for text in tail if PRICE.match(text)])
    if unit <= 0 or len(prices) < 2 or len(tail) - len(prices) > 1 or not PRICE.match(tail[-1]):
        return None
    start = unit
    while start and INT.match(ws[start - 1].text) and unit - start < len(table.quantities):
        start -= 1
    left = [w.text for w in ws[:start]]
    code = left.pop(0) if left and CODE.match(left[0]) else ""
    upc = left.pop(0) if code and left and UPC.match(left[0]) else ""
    quantities, spilled = _quantities(ws[start:unit], table, columns, prices)
    rest = [*left, *spilled] if table.kind == "invoice" else []
    return Row(code, upc, quantities, prices, page, [" ".join(rest)] if rest else [])


def _quantities(
    ints: list[Word], table: Table, columns: Columns | None, prices: list[Decimal]
) -> tuple[dict[str, int], list[str]]:
    """Quantity columns by role, and numbers that turned out to be description text."""
    values = [int(w.text.replace(",", "")) for w in ints]
    if columns and all(role in columns for role in table.quantities):
        roles = [_column_of(w, columns) if w.numeric_cell else "" for w in ints]
        kept = {r: v for r, v in zip(roles, values, strict=True) if r in table.quantities}
        if len(kept) == sum(r in table.quantities for r in roles):  # one number per column
            return kept, [w.text for r, w in zip(roles, ints, strict=True) if r not in table.quantities]
    if table.kind == "invoice" and len(values) == 2 and not _fits(values[0], prices) and _fits(values[1], prices):
        return {table.quantity: values[1]}, [ints[0].text]  # "... Set of 4  24  EA": the 4 is description
    return dict(zip(table.quantities, values, strict=False)), []


def _column_of(word: Word, columns: Columns) -> str:
    """The column whose title the word overlaps most, else the one whose title centre is nearest."""
    def overlap(role: str) -> float:
        return min(word.x1, columns[role][1]) - max(word.x0, columns[role][0])

    best = max(columns, key=overlap)
    if overlap(best) > 0:
        return best
    centre = (word.x0 + word.x1) / 2
    return min(columns, key=lambda r: abs((columns[r][0] + columns[r][1]) / 2 - centre))


def _fits(qty: int, prices: list[Decimal]) -> bool:
    """Extended amount = your price × qty, to the cent."""
    return abs(prices[-1] - prices[-2] * qty) <= Decimal("0.01")


def _line_pitch(lines: tuple[TextLine, ...]) -> float:
    """A typical distance between adjacent lines of the page (for backends that give no font size)."""
    steps = sorted(b.y - a.y for a, b in zip(lines, lines[1:], strict=False) if b.y > a.y)
    return steps[len(steps) // 5] if steps else 0.0


def body(document: Document, table: Table) -> Iterator[tuple[int, TextLine, Columns | None]]:
    """Each page's lines between its table header and where the table ends on that page."""
    for page in document.pages:
        last: TextLine | None = None
        columns: Columns | None = None
        pitch = _line_pitch(page.lines)
        for line in page.lines:
            if last is None:
                found = header_columns(line, table)
                if found is not None:
                    last, columns = line, found if len(line.cells) >= _MIN_HEADER_CELLS else None
                continue
            far = _FAR * line.size if line.size else _FAR_PITCHES * pitch
            if END.search(line.text) or (far and line.y - last.y > far):
                break
            yield page.number, line, columns
            last = line


def _in_text_columns(line: TextLine, table: Table, columns: Columns | None) -> bool:
    """Description text starts left of the first quantity column (checked when positions are real)."""
    first = columns.get(table.quantities[0]) if columns else None
    return first is None or line.cells[0].x0 < first[0]


def read_rows(document: Document, table: Table) -> list[Row]:
    """Every row of ``table`` in the document, in order, each with its description lines."""
    rows: list[Row] = []
    pending: list[str] = []
    above: bool | None = None if table.above_possible else False
    for page, line, columns in body(document, table):
        row = parse_row(line, table, columns, page)
        if above is None:
            above = row is None  # the first body line of the document is text: descriptions lead
        if row is not None:
            row.description[:0] = pending
            pending = []
            rows.append(row)
        elif SKIP.match(line.text.strip()) or not _in_text_columns(line, table, columns):
            continue
        elif above:
            pending.append(" ".join(line.text.split()))
        elif rows:
            rows[-1].description.append(" ".join(line.text.split()))
    return rows


def detect_table(document: Document) -> Table | None:
    """Which of the vendor's documents this is, by the table header it prints."""
    for line in (line for page in document.pages[:2] for line in page.lines):
        for table in TABLES:
            if header_columns(line, table) is not None:
                return table
    return None


def _description(row: Row) -> str:
    return " ".join(" ".join(row.description).split())


def _item(row: Row) -> str:
    upc = f"UPC: 0{row.upc}" if row.upc else ""
    return " - ".join(part for part in (row.code, upc, _description(row)) if part)


def line_items(rows: list[Row], table: Table) -> tuple[list[LineItem], list[str]]:
    """The rows as product lines (the table's quantity column; no tariff or charge rows, which
    carry no product code) and the backorders of an invoice as warnings."""
    items: list[LineItem] = []
    warnings: list[str] = []
    for row in rows:
        if not row.code:
            continue  # tariff (TRF-CCOI) and other charge rows carry no product code
        qty = row.quantities.get(table.quantity, 0)
        item = _item(row)
        if qty <= 0:
            if table is INVOICE:
                warnings.append(f"backorder (not written): {item}")
            continue
        items.append(LineItem(item=item, wholesale=row.your_price, qty=qty, code=row.code, upc=row.upc,
                              description=_description(row), list_price=row.list_price,
                              extended=row.prices[-1]))
    return items, warnings
