"""Tables printed in two panels side by side, read left panel first.

Some systems fit more items on a page by printing the table twice across it: "Style |
Description | Qty | Price | Amount | Style | Description | Qty | Price | Amount", the items
going on from the left panel to the right one. Read as one table, each line would hold two
products. Here such a page's lines from the header down are cut where the second panel starts,
and the right panel's lines follow the left panel's, moved under it, so the table engine reads
one panel after the other like a longer page. Pages without such a header are returned as they
are.
"""

from __future__ import annotations

from collections.abc import Callable

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.header_labels import count_label_words, read_labels, split_words
from invoice_processing.models import Cell, Page, TextLine

_NAMED = (lx.CODE, lx.DESCRIPTION, lx.UPC, *lx.QTY_ROLES, *lx.PRICE_ROLES)  # the roles a panel repeats


def single_panels(pages: tuple[Page, ...]) -> tuple[Page, ...]:
    """The pages with every two-panel table read as one column (see the module's docstring)."""
    out = [_one_column(page) for page in pages]
    return pages if all(new is old for new, old in zip(out, pages, strict=True)) else tuple(out)


def _one_column(page: Page) -> Page:
    lines = page.lines
    for at, line in enumerate(lines):
        cut = _second_panel(line)
        if cut is not None:
            return Page(page.number, (*lines[:at], *_panels(lines[at:], *cut)))
    return page


def _panels(body: tuple[TextLine, ...], start: float, shift: float) -> list[TextLine]:
    """The left panel's lines, then the right panel's moved under them (``start``: where the
    right panel begins; ``shift``: how far it moves left onto the left panel's columns)."""
    def on_left(cell: Cell) -> bool:
        return (cell.x0 + cell.x1) / 2 < start

    left = [part for row in body if (part := _part(row, on_left, 0.0, 0.0))]
    head = body[0]
    drop = (left[-1].y - head.y + 2 * max(head.size, 6.0)) if left else 0.0
    right = [part for row in body if (part := _part(row, lambda c: not on_left(c), shift, drop))]
    return [*left, *right]


def _second_panel(line: TextLine) -> tuple[float, float] | None:
    """(where the second panel starts, how far it moves left) when ``line`` is a header whose
    labels repeat, the same roles in the same order twice; else None."""
    if count_label_words(line) < 6:
        return None
    labels = [c for c in read_labels(split_words(line), line.size) if c.role in _NAMED]
    half = len(labels) // 2
    if half < 3 or len(labels) % 2 or [c.role for c in labels[:half]] != [c.role for c in labels[half:]]:
        return None
    if lx.DESCRIPTION not in {c.role for c in labels[:half]} or labels[half].x0 <= labels[half - 1].x1:
        return None
    start = (labels[half - 1].x1 + labels[half].x0) / 2
    return start, labels[half].x0 - labels[0].x0


def _part(line: TextLine, keep: Callable[[Cell], bool], shift: float, drop: float) -> TextLine | None:
    """The line's cells ``keep`` takes, moved ``shift`` points left and ``drop`` points down."""
    cells = tuple(c.moved(-shift) for c in line.cells if keep(c))
    if not cells:
        return None
    words = tuple(w.moved(-shift) for w in line.words if keep(w))
    return TextLine(line.y + drop, cells, line.size, words)
