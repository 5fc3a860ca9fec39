"""Where a cell stands among a header's columns: the numeric and text bands, the band a cell
overlaps most, the text column a loose text belongs to, and flags ("N", "DS", "*") set apart
from a description's words."""

from __future__ import annotations

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.header_labels import Column
from invoice_processing.models import Cell

Band = tuple[float, float, int]  # x0, x1, column index


BANDS: dict[int, tuple[tuple[Column, ...], tuple[tuple[Band, ...], tuple[Band, ...]]]] = {}


def bands(columns: tuple[Column, ...]) -> tuple[tuple[Band, ...], tuple[Band, ...]]:
    """The numeric and the text columns' extents with their indexes, computed once a header (kept
    by identity: hashing a header's columns on every line costs more than the computation)."""
    known = BANDS.get(id(columns))
    if known is not None and known[0] is columns:
        return known[1]
    numeric = tuple((c.x0, c.x1, i) for i, c in enumerate(columns) if c.numeric)
    text = tuple((c.x0, c.x1, i) for i, c in enumerate(columns) if not c.numeric)
    if len(BANDS) > 256:
        BANDS.clear()
    BANDS[id(columns)] = (columns, (numeric, text))  # the entry keeps ``columns`` alive: its id stays its own
    return numeric, text


def mostoverlap(cell: Cell, bands: tuple[Band, ...], narrow: float = 0.0) -> tuple[float, int]:
    """(overlap, index) of the band ``cell`` overlaps most (the rightmost on a tie), or (0, -1);
    ``narrow``: a share of each band's width taken off its overlap, so that of two bands a cell
    covers alike the narrower wins ("ea" under "U/M" inside a wide "Item Description")."""
    best = (0.0, -1)
    found = False
    x0, x1 = cell.x0, cell.x1
    score = 0.0
    for left, right, index in bands:
        overlap = (x1 if x1 < right else right) - (x0 if x0 > left else left)
        mine = overlap - narrow * (right - left)
        if not found or (mine, index) > (score, best[1]):
            best, score, found = (overlap, index), mine, True
    return best


def distance_to(cell: Cell, column: Column) -> float:
    centre = (cell.x0 + cell.x1) / 2
    return min(abs(cell.x1 - column.x1), abs(centre - column.centre), abs(cell.x0 - column.x0))


def kept(cells: list[Cell], column: Column) -> list[Cell]:
    """The column's cells left to right; in a description, a lone flag ("N", "DS", "*") printed
    apart from the words is a stray token of its own column, not part of the text."""
    cells = sorted(cells, key=lambda c: c.x0)
    if column.role == lx.DESCRIPTION and len(cells) > 1:
        gaps = [b.x0 - a.x1 for a, b in zip(cells, cells[1:], strict=False)]
        usual = sorted(gaps)[(len(gaps) - 1) // 2]  # the lower middle: a flag's own gap is one of two
        kept = [c for i, c in enumerate(cells) if not (flag(c.text) and _apart(gaps, i, usual))]
        cells = kept or cells
    return cells


def _apart(gaps: list[float], index: int, usual: float) -> bool:
    """True when the cell at ``index`` sits further from its neighbours than the words usually do."""
    around = [gaps[i] for i in (index - 1, index) if 0 <= i < len(gaps)]
    return all(gap > 1.8 * usual + 1 for gap in around) or (len(gaps) == 1 and gaps[0] > 9)  # a wide word gap: 7


def flag(text: str) -> bool:
    token = text.strip()
    return len(token) <= 2 and (token.isalpha() and token.isupper() or set(token) <= {"*", "#"})


def text_column(cell: Cell, columns: tuple[Column, ...], unless: str = "") -> int:
    """The text column a loose text cell belongs to: the one whose band (from its label to the next
    column's) it starts in (descriptions run wider than their header), else the nearest; never a
    column of the role ``unless`` when another is at hand."""
    ordered = sorted(range(len(columns)), key=lambda i: columns[i].x0)
    text = [i for i in ordered if not columns[i].numeric and columns[i].role != unless]
    if not text:
        text = [i for i in ordered if not columns[i].numeric]
    if not text:
        return min(range(len(columns)), key=lambda i: distance_to(cell, columns[i]))
    for position, index in enumerate(ordered):
        end = columns[ordered[position + 1]].x0 if position + 1 < len(ordered) else float("inf")
        if index in text and columns[index].x0 - 2 <= cell.x0 < end:
            return index
    centre = (cell.x0 + cell.x1) / 2
    return min(text, key=lambda i: abs(centre - columns[i].centre))
