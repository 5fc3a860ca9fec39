"""Entries whose numbers stand on a line of their own, under labels of their own.

Some systems print each entry over two lines: the code and description, then under them the
numbers ("Qty 6 | @ 2.50 | = 15.00"), and the header says so with two lines of labels: "Style |
Description" over "Qty | @ Price | = Amount", the second line's labels under the first line's
description. Read as one table, the numbers sit inside the description's column. Here each
entry's numbers are moved onto the entry's first line, right of everything else on the page, and
the two header lines become one, so the table engine reads the entry as a row like any other
(wrapped description lines stay where they are, and a page break between the description and
its numbers is closed). Pages without such a header are returned unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.header_labels import Column, count_label_words, read_labels, split_words
from invoice_processing.layout.numbers import NumberFormat, is_numeric
from invoice_processing.layout.page_furniture import is_furniture, repeated_lines
from invoice_processing.models import Cell, Page, TextLine

_SYMBOLS = frozenset({"@", "=", "x", "×", "at"})  # joining a label to its number: "@ 2.50", "= 15.00"
_GAP = 12.0  # between the page's right-most text and the numbers moved beside it


@dataclass
class _Layout:
    left: float  # where the numbers' labels start: an entry's first line starts left of it
    words: frozenset[str]  # the numbers' label words, printed again before each number ("Qty 6")
    furniture: frozenset[str]  # the document's running heads and footers: never an entry
    shift: float  # how far the numbers move right: beside the document's right-most text


def joined_entries(pages: tuple[Page, ...], fmt: NumberFormat) -> tuple[Page, ...]:
    """The pages with every two-line entry as one line (see the module's docstring); the pages
    themselves when no entry's numbers were moved."""
    out: list[list[TextLine]] = []
    layout: _Layout | None = None
    waiting: tuple[int, int] | None = None  # (page, line) of the last entry still without numbers
    joined = False
    for page in pages:
        lines = list(page.lines)
        out.append(lines)
        start = 0
        pair = _header_pair(lines)
        if pair is not None:
            at, labels = pair
            layout = _layout(pages, labels, layout)
            lines[at - 1:at + 1] = [_header(lines[at - 1], lines[at], layout)]
            start = at
        if layout is not None:
            found, waiting = _join(out, len(out) - 1, start, layout, fmt, waiting)
            joined = joined or found
    if not joined:
        return pages
    return tuple(Page(page.number, tuple(lines)) for page, lines in zip(pages, out, strict=True))


def _layout(pages: tuple[Page, ...], labels: list[Column], before: _Layout | None) -> _Layout:
    """The numbers' labels as this page prints them; the document's furniture and right edge are
    read once, on the first page with such a header."""
    words = frozenset(w.lower() for c in labels for w in c.label.split())
    if before is not None:
        return _Layout(labels[0].x0, words, before.furniture, before.shift + before.left - labels[0].x0)
    right = max((c.x1 for p in pages for line in p.lines for c in line.cells), default=0.0)
    return _Layout(labels[0].x0, words, repeated_lines(pages), right + _GAP - labels[0].x0)


def _moved(words: list[Cell] | tuple[Cell, ...], layout: _Layout) -> tuple[Cell, ...]:
    """The words moved right by the layout's shift (beside the document's right-most text)."""
    return tuple(w.moved(layout.shift) for w in words)


def _header_pair(lines: list[TextLine]) -> tuple[int, list[Column]] | None:
    """(index of the numbers' label line, its labels) where a line of code and description labels
    stands over a line of quantity and price labels that starts under its description, or None."""
    for at in range(1, len(lines)):
        below, over = lines[at], lines[at - 1]
        if len(below.tokens) > 8 or count_label_words(below) < 2 or not count_label_words(over):
            continue  # (the numbers' labels: a few words, "Qty | @ Price | = Amount")
        if not 0 < below.y - over.y <= 1.8 * max(over.size, below.size, 6.0):
            continue
        labels = [c for c in read_labels(split_words(below), below.size) if c.label.lower() not in _SYMBOLS]
        heads = read_labels(split_words(over), over.size)
        if not labels or not heads or any(not c.numeric for c in labels) or any(not c.role for c in heads):
            continue
        roles = {c.role for c in labels}
        if (roles.intersection(lx.QTY_ROLES) and len(roles) >= 2 and not any(c.numeric for c in heads)
                and {c.role for c in heads} & {lx.DESCRIPTION, lx.CODE} and labels[0].x0 > heads[0].x1):
            return at, labels
    return None


def _header(over: TextLine, below: TextLine, layout: _Layout) -> TextLine:
    """The two header lines as one: the numbers' labels moved right, without their joining signs."""
    moved = _moved([w for w in split_words(below) if w.text.lower() not in _SYMBOLS], layout)
    return TextLine(over.y, over.cells + moved, max(over.size, below.size), over.words + moved if over.words else ())


def _numbers(line: TextLine, layout: _Layout, fmt: NumberFormat) -> tuple[Cell, ...] | None:
    """The line's numbers moved right, when the line is only numbers (each perhaps after its label
    or a joining sign) under the numbers' labels, at least two of them; else None."""
    if not line.cells or line.cells[0].x0 < layout.left - 6:
        return None
    kept = tuple(w for w in split_words(line) if w.text.lower().rstrip(":.") not in layout.words | _SYMBOLS)
    if len(kept) < 2 or not all(is_numeric(w.text, fmt) for w in kept):
        return None
    return _moved(kept, layout)


def _join(out: list[list[TextLine]], page: int, start: int, layout: _Layout, fmt: NumberFormat,
          waiting: tuple[int, int] | None) -> tuple[bool, tuple[int, int] | None]:
    """Move each numbers line of ``out[page]`` (from ``start``) onto the entry line before it (on
    this page or, across a break, the last one of the page before); (any moved, entry waiting)."""
    lines = out[page]
    found = False
    at = start
    while at < len(lines):
        line = lines[at]
        numbers = _numbers(line, layout, fmt)
        if numbers is None:
            if line.cells and line.cells[0].x0 < layout.left - 6 and not is_furniture(line, layout.furniture, None):
                waiting = (page, at)
            at += 1
            continue
        if waiting is None:
            at += 1
            continue
        target_page, index = waiting
        entry = out[target_page][index]
        out[target_page][index] = TextLine(entry.y, entry.cells + numbers, max(entry.size, line.size),
                                           entry.words + numbers if entry.words else ())
        del lines[at]
        waiting, found = None, True
    return found, waiting
