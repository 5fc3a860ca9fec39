"""A product table's body lines as items: each line (joined with the lines that complete its row:
a quantity on one line and the price on the next, a quantity centred on a tall row) as a row,
description text, a break or the table's end."""

from __future__ import annotations

import re
from dataclasses import replace

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.numbers import NumberFormat
from invoice_processing.layout.printed_codes import labelled_code
from invoice_processing.layout.row_kinds import description_text, kind_of, text_of
from invoice_processing.layout.rows import Item, Row, Table
from invoice_processing.models import Cell, TextLine


def _spans_numbers(line: TextLine, table: Table) -> bool:
    """A long text cell reaching across the numeric columns: a note or a paragraph, not table text."""
    numeric = [c for c in table.columns if c.numeric]
    if not numeric:
        return False
    first = min(c.x0 for c in numeric)
    last = max(c.x1 for c in numeric)
    starts = [c.x0 for c in table.columns if c.role == lx.DESCRIPTION]  # a description may run across them
    starts += table.wrap_starts()
    if 0 < line.y - table.last_y <= 2.6 * max(line.size, 6.0):
        starts += table.text_starts[-8:]  # (and this page's text lines', close under the line before it)
    if any(len(cell.text.split()) == 1 and lx.looks_like_code(cell.text) for cell in line.cells[:2]):
        return False  # a product's code and its long name, not a paragraph
    return any(cell.x0 < first and cell.x1 > (first + last) / 2 and len(cell.text.split()) > 6
               and not any(abs(cell.x0 - x) <= 2 for x in starts) for cell in line.cells)


def _values(line: TextLine, table: Table, fmt: NumberFormat) -> dict[int, str]:
    """Column index -> the text of the line's cells in that column, left to right."""
    return _texts(table.placed(line, fmt))


def _texts(placed: dict[int, list[Cell]]) -> dict[int, str]:
    return {index: " ".join(c.text for c in cells) for index, cells in placed.items()}


# one label and a count ("Pieces: 45"), no total's word: the totals block's counts ("Units: 436") or a product's own
_COUNTED = re.compile(r"^(?!(?:totals?|sum|summe|gesamt)\b)[^\W\d_]+\s*:\s*\d+$", re.I)


def _attribute_under_a_row(line: TextLine, table: Table) -> bool:
    """A count by its label in small type right under a row's lines ("Pieces: 45" under "Marble Run
    Starter", beside "Size: Small" under the others): the product's, never the totals block's."""
    pitch = max(line.size, 6.0)
    return bool(_COUNTED.match(line.text.strip())) and 0 < line.size < 0.9 * table.row_size and (
        0 < line.y - table.last_y <= 1.6 * pitch)


def body_item(line: TextLine, table: Table, page: int, fmt: NumberFormat, *, wide_text: bool = False) -> Item | None:
    """A body line as an item ("row", "text", "break" or "skip"), or None where the table ends
    (a totals line, or unless ``wide_text``, a long text reaching across the numbers)."""
    placed = table.placed(line, fmt)
    values = _texts(placed)
    kind = kind_of(line, values, table, fmt)
    if kind == "furniture" and 0 < line.size < 0.9 * table.row_size and labelled_code(line.text)[0]:
        kind = "text"  # a note in small type naming the product's code ("SKU: PCS-GR-MP12 | MSRP $8.99"): its row's
    kind = "text" if kind == "total" and _attribute_under_a_row(line, table) else kind
    spans = kind == "text" and not wide_text and _spans_numbers(line, table)
    table.last_y = line.y
    if kind == "total" or spans:
        return None
    if kind == "row":
        table.learn_edges(placed)
        table.row_ys.append(line.y)
        table.row_size = line.size
        return Item("row", line, page, Row(values, line, page), description_text(values, table.columns))
    if kind == "text":
        cells = tuple(sorted(((i, c) for i, column in placed.items() for c in column), key=lambda p: p[1].x0))
        table.text_starts.append(line.cells[0].x0)
        if len(line.cells) == 1 and len(line.text.split()) <= 4:
            table.titles.append(line.text)
        return Item("text", line, page, text=text_of(values, table.columns), values=values, cells=cells)
    return Item("break" if kind in ("charge", "numbers", "subtotal") else "skip", line, page)


def body_item_at(lines: tuple[TextLine, ...], at: int, table: Table, page: int,
                  fmt: NumberFormat) -> tuple[Item | None, int]:
    """The body item starting at ``lines[at]`` (joined with the lines below it that complete its
    row) and the index of the line after it."""
    if id(lines[at]) in table.consumed:  # a quantity already read into the row it is centred on
        return Item("skip", lines[at], page), at + 1
    if _beside(lines[at], table) and _row_after(lines, at, table, fmt):
        return Item("skip", lines[at], page), at + 1  # a totals box set beside the last rows ("Subtotal | 1,710.40")
    item = _count_ending_a_wrap(lines, at, table, page, fmt) or body_item(lines[at], table, page, fmt)
    if item is None and (_beside_a_row(lines, at, table, page, fmt) or _wraps_a_coded_line(lines, at)):
        item = body_item(lines[at], table, page, fmt, wide_text=True)  # a long name, not a note
    elif item is None and _NOTE_LABEL.match(lines[at].text.strip()) and _row_after(lines, at, table, fmt):
        item = Item("break", lines[at], page)  # "Note: the following lines were ordered at the show ...": rows go on
    if item is not None and item.kind == "break" and table.indexes(*lx.QTY_ROLES):
        item = _centred_quantity(lines, at, table, page, fmt) or item
    at += 1
    titled = _titled_row(lines, at - 1, table, page, fmt) if (
        item is not None and item.kind == "text" and at < len(lines)) else None
    item, at = (titled, at + 1) if titled is not None else (item, at)
    while item is not None and item.kind in ("row", "break") and at < len(lines):
        joined = _joined_row(item.line, lines[at], table, page, fmt)
        if joined is None:
            break
        item, at = joined, at + 1
    return item, at


def _centred_quantity(lines: tuple[TextLine, ...], at: int, table: Table, page: int, fmt: NumberFormat) -> Item | None:
    """The row ``lines[at]`` is when its quantity stands alone a few lines below it, centred on the
    row's tall description cell ("Confluence (Cloud) Standard ... | USD 40.25 | USD 40.25" over
    three lines of details, "1" under "Qty" beside the middle one), or None."""
    line = lines[at]
    for other in lines[at + 1:at + 7]:
        if other.y - line.y > 4 * max(line.size, other.size, 6.0):
            return None
        numeric = [i for i in table.placed(other, fmt) if table.columns[i].numeric]
        if not numeric:
            continue  # a line of the description between
        if len(other.cells) != 1 or any(table.columns[i].role not in lx.QTY_ROLES for i in numeric):
            return None
        joined = TextLine(line.y, tuple(sorted(line.cells + other.cells, key=lambda c: c.x0)), line.size,
                          tuple(sorted(line.tokens + other.tokens, key=lambda w: w.x0)) if line.words else ())
        item = body_item(joined, table, page, fmt)
        if item is None or item.kind != "row":
            return None
        table.consumed.add(id(other))
        return item
    return None


def _count_ending_a_wrap(lines: tuple[TextLine, ...], at: int, table: Table, page: int,
                         fmt: NumberFormat) -> Item | None:
    """A lone count on a line of its own that starts where the text just above it starts ("...
    Set of" over "3"): the end of that text, as text in the same column, not a quantity."""
    line = lines[at]
    words = line.text.split()
    if at == 0 or not 1 <= len(words) <= 2 or not words[0].isdigit() or len(words[0]) > 3 or (
            len(words) == 2 and not (words[1].isalpha() and len(words[1]) <= 4)):
        return None  # "3", or a size's end under its start ("... 40 x" / "40 cm")
    above = lines[at - 1]
    cell = Cell(line.cells[0].x0, line.cells[-1].x1, " ".join(words))
    if not 0 < line.y - above.y <= 1.6 * max(line.size, above.size, 6.0):
        return None
    for index, cells in table.placed(above, fmt).items():
        if any(abs(c.x0 - cell.x0) <= 2 and any(ch.isalpha() for ch in c.text) for c in cells):
            return Item("text", line, page, text=cell.text, values={index: cell.text}, cells=((index, cell),))
    return None


def _wraps_a_coded_line(lines: tuple[TextLine, ...], at: int) -> bool:
    """True when ``lines[at]`` goes on with the text of the line just above it, a line that starts
    with a product code ("XS97738 | 889110689798 | Enameled Metal Wreath," over "with 6 Hour
    Timer, 3 Styles, ..."): a long description, not a note."""
    if at == 0 or not lines[at].cells:
        return False
    line, above = lines[at], lines[at - 1]
    if not above.cells or not lx.looks_like_code(above.cells[0].text.split()[0] if above.cells[0].text else ""):
        return False
    close = 0 < line.y - above.y <= 2 * max(line.size, above.size, 6.0)
    return close and any(abs(cell.x0 - line.cells[0].x0) <= 2 for cell in above.cells[1:])


def _beside_a_row(lines: tuple[TextLine, ...], at: int, table: Table, page: int, fmt: NumberFormat) -> bool:
    """True when the line just above or below ``lines[at]`` (within two font sizes), or the one
    after the line below it (a name wrapped onto a second line over its row), is one of the
    table's rows: a long text there is a product's name running across the numbers, not a note."""
    line = lines[at]
    for step, other in ((1, lines[at - 1] if at > 0 else None), (1, lines[at + 1] if at + 1 < len(lines) else None),
                        (2, lines[at + 2] if at + 2 < len(lines) else None)):
        if other is None or abs(other.y - line.y) > 2 * step * max(line.size, other.size, 6.0):
            continue
        values = _values(other, table, fmt)
        if kind_of(other, values, table, fmt) == "row":
            return True
    return False


_NOTE_LABEL = re.compile(rf"^(?:{lx.NOTE_LABEL}|anmerkung\s*:\s*\S)", re.I)


def _beside(line: TextLine, table: Table) -> bool:
    """A line standing wholly right of a table that ends in a column of numbers: a box beside it."""
    if not table.columns or not table.columns[-1].numeric or not line.cells:
        return False
    edge = max(table.edges.values(), default=table.columns[-1].x1)
    return line.cells[0].x0 > max(edge, table.columns[-1].x1) + 8


def _row_after(lines: tuple[TextLine, ...], at: int, table: Table, fmt: NumberFormat) -> bool:
    """True when the line under ``lines[at]`` (within three font sizes) is one of the table's rows."""
    if at + 1 >= len(lines) or lines[at + 1].y - lines[at].y > 3 * max(lines[at].size, 6.0):
        return False
    below = lines[at + 1]
    return kind_of(below, _values(below, table, fmt), table, fmt) == "row"


def _type_size(line: TextLine) -> float:
    """The line's type size, no larger than its letters' widths say (PDFium reports the size in the
    font's own units under a scaled text matrix: 282 for 9-point type)."""
    letters = sum(len(c.text) for c in line.cells)
    width = sum(c.x1 - c.x0 for c in line.cells) / letters if letters else 0.0
    return min(line.size or float("inf"), 2.0 * width)


def _titled_row(lines: tuple[TextLine, ...], at: int, table: Table, page: int, fmt: NumberFormat) -> Item | None:
    """A row whose text stands a little over its numbers (less than three quarters of a line: a
    card's title and its numbers centred apart, "Little Blue Truck, The" over "12 | 27.99 |
    335.88"): the two lines as one row, when the lower holds the row's numbers and no text and the
    upper starts a row (it prints the code, or no text of the table stands right over it: else it
    is the rest of a description begun a line higher)."""
    line, below = lines[at], lines[at + 1]
    if not 0 < below.y - line.y < 0.75 * max(_type_size(line), _type_size(below), 6.0):
        return None
    lower, upper = _values(below, table, fmt), _values(line, table, fmt)
    if kind_of(below, lower, table, fmt) != "row" or description_text(lower, table.columns):
        return None
    coded = any(table.columns[i].role in (lx.CODE, lx.UPC) and text.strip() for i, text in upper.items())
    if not coded and at > 0 and line.y - lines[at - 1].y <= 1.5 * max(_type_size(line), 6.0):
        over = lines[at - 1]
        if kind_of(over, _values(over, table, fmt), table, fmt) == "text":
            return None
    return _as_one_row(line, below, table, page, fmt, titled=True)


def _joined_row(line: TextLine, below: TextLine, table: Table, page: int, fmt: NumberFormat) -> Item | None:
    """One row printed over two lines, as the row it is, or None.

    Two cases: a quantity on one line and the price on the next ("0010 | 1 ST" over
    "Nettoprijs | 534,87 | 534,87"), neither a row alone; and a cell printed half a line above or
    below the rest of its row (a rate set over its list price beside a one-line row). The two
    lines never both fill one numeric column.
    """
    gap, pitch = below.y - line.y, max(line.size, below.size, 6.0)
    if not 0 < gap <= 1.8 * pitch or _beside(below, table):
        return None  # (nor a box's line beside the table: "VT sales tax | 0.00" right of the amounts)
    upper, lower = _values(line, table, fmt), _values(below, table, fmt)
    if any(table.columns[i].numeric for i in set(upper) & set(lower)):
        return None
    kinds = (kind_of(line, upper, table, fmt), kind_of(below, lower, table, fmt))
    if kinds == ("charge", "row") and gap < 0.75 * pitch and not description_text(lower, table.columns):
        return Item("break", below, page)  # a charge's name over its numbers, half a line apart ("Shipping and
        # Handling" over "1 | 0.00", "Charges" under them)
    if set(kinds) != {"numbers"} and not (gap < 0.75 * pitch and set(kinds) == {"numbers", "row"}):
        return None
    return _as_one_row(line, below, table, page, fmt)


def _as_one_row(line: TextLine, below: TextLine, table: Table, page: int, fmt: NumberFormat,
                titled: bool = False) -> Item | None:
    """Two lines read as one line at the lower's place, when that is a row; else None. A row whose
    text line stands over its numbers' line (``titled``) keeps that line's place as its ``top``."""
    words = tuple(sorted(line.tokens + below.tokens, key=lambda w: w.x0))
    cells = tuple(sorted(line.cells + below.cells, key=lambda c: c.x0))
    joined = TextLine(below.y, cells, max(line.size, below.size), words if line.words and below.words else ())
    item = body_item(joined, table, page, fmt)
    if item is None or item.kind != "row":
        return None
    return replace(item, top=line.y) if titled else item
