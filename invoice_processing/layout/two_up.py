"""Tables printed in two panels side by side, read left panel first.

Some systems fit more items on a page by printing the table twice across it: "Style |
Description | Qty | Price | Amount | Style | Description | Qty | Price | Amount", the items
going on from the left panel to the right one. Read as one table, each line would hold two
products. Here such a page's lines from the header down are cut where the second panel starts,
and the right panel's lines follow the left panel's, moved under it, so the table engine reads
one panel after the other like a longer page. Two different tables printed side by side (a
service ticket's "Description | Hrs | Rate | Amount" beside its "Part No. | Description | Qty |
Unit | Amount") are cut the same way, the second keeping its own columns. Pages without such a
header are returned as they are.
"""

from __future__ import annotations

from collections.abc import Callable

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.header_labels import Column, count_label_words, read_labels, split_words
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
    labels repeat, the same roles in the same order twice, or two tables' headers side by side; else None."""
    if count_label_words(line) < 6:
        return None
    every = read_labels(split_words(line), line.size)
    beside = _two_tables(every, line.size)
    if beside is not None:
        return beside, 0.0  # (two tables: the second keeps its own columns, moved under the first)
    labels = [c for c in every if c.role in _NAMED]
    half = len(labels) // 2
    if half < 3 or len(labels) % 2 or [c.role for c in labels[:half]] != [c.role for c in labels[half:]]:
        return None
    if lx.DESCRIPTION not in {c.role for c in labels[:half]} or labels[half].x0 <= labels[half - 1].x1:
        return None
    start = (labels[half - 1].x1 + labels[half].x0) / 2
    return start, labels[half].x0 - labels[0].x0


def _two_tables(labels: list[Column], size: float) -> float | None:
    """Where a second table starts beside the first (a landscape page's "Description | Hrs | Rate | Amount" for the
    labour and "Part No. | Description | Qty | Unit | Amount" for the materials): after an amount's label, well apart
    from it, both sides with a count's label and an amount's; the second table keeps its own columns."""
    for at in range(2, len(labels) - 2):
        left, right = labels[:at], labels[at:]
        if left[-1].role == lx.AMOUNT and right[0].x0 - left[-1].x1 >= 2 * max(size, 6.0) and all(
                {c.role for c in side} & set(lx.QTY_ROLES) and lx.AMOUNT in {c.role for c in side}
                and {c.role for c in side} & {lx.DESCRIPTION, lx.CODE} for side in (left, right)):
            return (left[-1].x1 + right[0].x0) / 2
    return None


def _part(line: TextLine, keep: Callable[[Cell], bool], shift: float, drop: float) -> TextLine | None:
    """The line's cells ``keep`` takes, moved ``shift`` points left and ``drop`` points down."""
    cells = tuple(c.moved(-shift) for c in line.cells if keep(c))
    if not cells:
        return None
    words = tuple(w.moved(-shift) for w in line.words if keep(w))
    return TextLine(line.y + drop, cells, line.size, words)
