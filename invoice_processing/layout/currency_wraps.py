"""Amounts whose currency and digits wrap onto two lines in a narrow column.

A web shop's order page prints "CDN$" at the end of an item's first line and "28.91" under it,
at the start of the next (the price column is too narrow for both). Such a line's currency is
joined with the number right under it, so the first line carries the row's price and the second
stays the rest of its description. Pages without such a split are returned unchanged.
"""

from __future__ import annotations

import re

from invoice_processing.layout.lexicon import CURRENCY
from invoice_processing.models import Cell, Page, TextLine

_SIGN = re.compile(rf"^{CURRENCY}$", re.I)
_DIGITS = re.compile(r"^\d[\d,.]*\d$")


def joined_amounts(page: Page) -> Page:
    """The page with each currency left alone at a line's end joined to the number under it: when
    the currency's line holds a name before it and no number, and the line under holds that number
    alone among its words (a currency row under a header, "EUR | EUR", is no such split)."""
    lines = list(page.lines)
    changed = False
    for at in range(len(lines) - 1):
        line, below = lines[at], lines[at + 1]
        if len(line.cells) < 2 or not _SIGN.match(line.cells[-1].text.strip()) or any(
                _DIGITS.match(c.text.strip()) for c in line.cells[:-1]):
            continue
        sign = line.cells[-1]
        numbers = [c for c in below.cells if _DIGITS.match(c.text.strip())]
        if not 0 < below.y - line.y <= 1.5 * max(line.size, 6.0) or len(numbers) != 1 or not (
                numbers[0].x0 < sign.x1 + 2 and sign.x0 - 2 < numbers[0].x1):
            continue
        number = numbers[0]
        amount = Cell(min(sign.x0, number.x0), max(sign.x1, number.x1), f"{sign.text.strip()} {number.text}")
        lines[at] = TextLine(line.y, (*line.cells[:-1], amount), line.size, _without(line.words, sign) + (amount,))
        lines[at + 1] = TextLine(below.y, tuple(c for c in below.cells if c is not number), below.size,
                                 _without(below.words, number))
        changed = True
    return Page(page.number, tuple(line for line in lines if line.cells)) if changed else page


def _without(words: tuple[Cell, ...], cell: Cell) -> tuple[Cell, ...]:
    """The words outside ``cell``'s extent (the line's own word boxes, kept for splitting cells)."""
    return tuple(w for w in words if not (w.x0 >= cell.x0 - 0.5 and w.x1 <= cell.x1 + 0.5))
