"""Tables whose cells stand at the foot of their rows (a spreadsheet's default): a wrapped
description's first lines are printed over the line that carries its code and numbers, and the
rest of it on that line ("Simple Abundance: 365 Days to a Balanced and" over "9780062276155 |
Joyful Life | 1 | 9.99"). Told by the words: a run of text between two rows goes on into the
row under it (it ends in "and", "of", a comma), never the other way, from the row over it
(``wraps`` reads such a table as one printing its descriptions over its numbers)."""

from __future__ import annotations

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.between_rows import GOES_ON
from invoice_processing.layout.rows import Item, Table


def bottom_aligned(items: list[Item], table: Table) -> bool:
    """True when the runs of text between rows go on into the row under them, twice at least and
    more than three times as often as they go on from the row over them."""
    texts = table.indexes(lx.DESCRIPTION)
    if not texts:
        return False
    up = down = 0
    previous: Item | None = None  # the row before the run
    run: list[Item] = []
    for item in items:
        if item.kind == "text" and item.text:
            run.append(item)
            continue
        if item.kind == "row" and item.row is not None:
            if run and run[-1].page == item.page:
                up += bool(GOES_ON.search(run[-1].text.strip()))
                before = " ".join(previous.row.values.get(i, "") for i in texts).strip() if (
                    previous is not None and previous.row is not None) else ""
                down += bool(run[0].text.strip()[:1].islower() or (before and GOES_ON.search(before)))
            previous = item
        run = []
    return up >= 2 and up > 3 * down
