"""Amounts whose currency and digits wrap onto two lines in a narrow column.

A web shop's order page prints "CDN$" at the end of an item's first line and "28.91" under it,
at the start of the next (the price column is too narrow for both). Such a line's currency is
joined with the number right under it, so the first line carries the row's price and the second
stays the rest of its description. Pages without such a split are returned unchanged.
"""

from __future__ import annotations

import re

from invoice_processing.models import Cell, Page, TextLine

_SIGN = re.compile(r"^(?:(?:US|NZ|AU|CA|CDN|HK|SG|A|C)?\$|USD|EUR|GBP|CAD|AUD|NZD|CHF|€|£)$", re.I)
_DIGITS = re.compile(r"^\d[\d,.]*\d$")


def joined_amounts(page: Page) -> Page:
    """The page with each currency left alone at a line's end joined to the number under it."""
    lines = list(page.lines)
    changed = False
    for at in range(len(lines) - 1):
        line, below = lines[at], lines[at + 1]
        if not line.cells or not _SIGN.match(line.cells[-1].text.strip()):
            continue
        sign = line.cells[-1]
        if not 0 < below.y - line.y <= 1.5 * max(line.size, 6.0):
            continue
        under = [c for c in below.cells if _DIGITS.match(c.text.strip()) and c.x0 < sign.x1 + 2 and sign.x0 - 2 < c.x1]
        if len(under) != 1:
            continue
        amount = Cell(min(sign.x0, under[0].x0), max(sign.x1, under[0].x1), f"{sign.text.strip()} {under[0].text}")
        cells = (*line.cells[:-1], amount)
        lines[at] = TextLine(line.y, cells, line.size, cells)
        rest = tuple(c for c in below.cells if c is not under[0])
        lines[at + 1] = TextLine(below.y, rest, below.size, rest)
        changed = True
    return Page(page.number, tuple(line for line in lines if line.cells)) if changed else page
