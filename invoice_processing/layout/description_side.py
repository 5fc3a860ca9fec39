"""Which side of its numbers a table prints each description on: above them or below them,
decided once from the table's first page (``wraps.settle`` places the lines accordingly)."""

from __future__ import annotations

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.between_rows import group_heading
from invoice_processing.layout.bottom_aligned import bottom_aligned
from invoice_processing.layout.rows import Item, Table


def descriptions_above(items: list[Item], table: Table) -> bool:
    """True when the table prints each description above its numbers: text comes before the
    first row (not a group's heading in capitals), and the rows carry no text of their own; or
    its cells stand at the foot of their rows (``bottom_aligned``)."""
    kinds = [item.kind for item in items]
    if "row" not in kinds:
        return False
    first_row = kinds.index("row")
    own_text = sum(1 for item in items if item.row is not None and _reads_as_text(item.text))
    return (any(item.kind == "text" and not group_heading(item, table) for item in items[:first_row]) and (
        own_text == 0) and not _hang_under_rows(items)) or bottom_aligned(items, table)


def _hang_under_rows(items: list[Item]) -> bool:
    """True when the text runs between rows stand clearly closer to the row over them than to the
    row under them, on most of them (descriptions printed under their numbers, a section's title
    over the first row notwithstanding)."""
    under = over = 0
    for at, item in enumerate(items):
        if item.kind != "row" or at + 1 >= len(items) or items[at + 1].kind != "text":
            continue
        end = at + 1
        while end + 1 < len(items) and items[end + 1].kind == "text":
            end += 1
        after = items[end + 1] if end + 1 < len(items) else None
        if after is None or after.kind != "row" or after.page != item.page:
            continue
        up, down = items[at + 1].line.y - item.line.y, after.line.y - items[end].line.y
        under += up < 0.95 * down
        over += down < 0.95 * up
    return under >= 3 and under > 3 * over


def _reads_as_text(text: str) -> bool:
    """Words of a description, not a lone code ("CAL120") printed in the description's column, nor
    a unit word ("dz") left in a column no label names."""
    words = [word for word in text.split() if not lx.UNITS.match(word)]
    return len(words) > 1 or any(ch.islower() for word in words for ch in word)
