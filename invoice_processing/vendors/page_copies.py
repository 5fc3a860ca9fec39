"""A document printed twice in one file: its pages, then a copy of them ("ORYGINAŁ" then "KOPIA",
"Original" then "Duplicate", or the same page again)."""

from __future__ import annotations

import re

from invoice_processing.models import Page

_AMOUNT = re.compile(r"\d[.,]\d{2}(?!\d)")  # a line with an amount: a row, a total


def copied(first: Page, page: Page) -> bool:
    """True when ``page`` prints most of ``first``'s lines again and the very lines of it with an amount (its
    rows and totals), none more: a copy of the document, not the next page of its table, which repeats its
    running head (and maybe the totals) and prints rows of its own."""
    mine = {" ".join(line.text.split()) for line in first.lines}
    theirs = {" ".join(line.text.split()) for line in page.lines}
    priced = {text for text in mine if _AMOUNT.search(text)}
    return len(mine) >= 8 and len(priced) >= 2 and len(mine & theirs) >= 0.8 * len(mine) and priced == {
        text for text in theirs if _AMOUNT.search(text)}
