"""Where a table's numeric columns end and its descriptions start, read from its body before
its rows are placed.

Header labels are often set flush left while the numbers under them are flush right, far from
their label ("Qty / Ordered" over a count that ends just before the next label): the nearest
label is then the wrong column. The body's own alignment says where each column ends: the
numbers of its rows end at a few right edges, one per numeric column, in the header's order.
When the body shows exactly one edge per numeric column, each column gets its edge, in order;
when some columns are empty, each edge goes to the last label starting before it.
"""

from __future__ import annotations

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.columns import row_number
from invoice_processing.layout.header_labels import Column
from invoice_processing.layout.numbers import NumberFormat, is_numeric
from invoice_processing.models import TextLine

_SAME_EDGE = 1.5  # points: numbers set flush right end within this of each other
_BODY_LINES = 60


def body_edges(columns: tuple[Column, ...], lines: tuple[TextLine, ...], fmt: NumberFormat) -> dict[int, float]:
    """Numeric column index -> the right edge its numbers end at, or {} when the body does not
    show one edge per numeric column (a column left empty, numbers set ragged)."""
    numeric = [i for i, c in enumerate(columns) if c.numeric]
    text = [(c.x0, c.x1) for c in columns if not c.numeric]
    ends: list[float] = []
    rows = 0
    for line in lines[:_BODY_LINES]:  # whole cells: "2 597,28" is one number, not two
        found = [cell.x1 for cell in line.cells if is_numeric(cell.text, fmt) and len(cell.text) <= 12
                 and not any(cell.x0 < right and left < cell.x1 for left, right in text)]
        if len(found) >= 2:  # a row's numbers, not a count in a line of words
            ends += found
            rows += 1
    if rows < 2 or not numeric:
        return {}
    clusters: list[list[float]] = []
    for end in sorted(ends):
        if clusters and end - clusters[-1][-1] <= _SAME_EDGE:
            clusters[-1].append(end)
        else:
            clusters.append([end])
    edges = [sorted(c)[len(c) // 2] for c in clusters if len(c) >= max(2, rows / 2)]  # a column is on most rows
    if len(edges) != len(numeric):
        return _under_labels(columns, edges)
    if any(edge < columns[index].x0 for index, edge in zip(numeric, edges, strict=True)):
        return {}  # a number ending left of where its label starts is not under that label
    return dict(zip(numeric, edges, strict=True))


def body_numbered(columns: tuple[Column, ...], lines: tuple[TextLine, ...]) -> bool:
    """True when the body's lines start, left of the table's first column and under no label, with
    the rows' numbers in order (1, 2, ...; or three from a later number: a table continued under a
    new header): a row's number, not its code ("79", "7733", "10978" are article numbers)."""
    found = [number for line in lines[:_BODY_LINES] if line.cells and (number := row_number(line.cells[0], columns))
             is not None]
    counted = found == list(range(found[0], found[0] + len(found))) if found else False
    return counted and len(found) >= (2 if found[0] == 1 else 3)  # (a later table's rows: 11, 12, 13)


def body_starts(columns: tuple[Column, ...], lines: tuple[TextLine, ...]) -> dict[int, float]:
    """Description column index -> where its texts start, when the body's texts reaching under
    its label start left of it at one place on two lines or more ("VELA BUCKET ... PIECES" and
    its wrapped lines at x 141 under a "Descrizione" label at 229): a shorter text starting there
    ("BOLLE BOWL CLEAR", ending before the label) is the description too."""
    found: dict[int, float] = {}
    for index, column in enumerate(columns):
        if column.role != lx.DESCRIPTION:
            continue
        before = max((c.x1 for c in columns if c.x1 <= column.x0), default=float("-inf"))
        starts = sorted(cell.x0 for line in lines[:_BODY_LINES] for cell in line.cells
                        if before < cell.x0 < column.x0 < cell.x1)
        counts = [sum(1 for x in starts if abs(x - start) <= 2.0) for start in starts]
        if counts and max(counts) >= 2:
            found[index] = starts[counts.index(max(counts))]
    return found


def _under_labels(columns: tuple[Column, ...], edges: list[float]) -> dict[int, float]:
    """Some numeric columns left empty: each edge belongs to the last label that starts before
    it (labels start at or left of their numbers' end), when that label is a number's and no
    other edge claims it."""
    claimed: dict[int, list[float]] = {}
    for edge in edges:
        before = [i for i, c in enumerate(columns) if c.x0 <= edge]
        if before and columns[before[-1]].numeric:
            claimed.setdefault(before[-1], []).append(edge)
    return {index: found[0] for index, found in claimed.items() if len(found) == 1}
