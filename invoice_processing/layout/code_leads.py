"""Entries whose code stands on their first line and their numbers on their last ("9780065573861 |
Boy, the Mole, the Fox and the Horse," over "The (Hardcover) | 24 | 14.99 | 187.08"): the rows
without a code of their own take the lines over them, from the line that prints a code in the
code's column. ``wraps`` reads every other table; ``led_rows`` those whose code is on the row."""

from __future__ import annotations

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.rows import Item, Table

_LONGEST = 6  # an entry's lines over its numbers, at most


def code_led(items: list[Item], table: Table) -> list[Item]:
    """``items`` less the lines that open the entries of a table printing each code on its
    entry's first line and the numbers on its last, each run put over its row. The table is
    found to print so on the first page where every row lacking a code has a run starting with a
    code right over it (two rows at least); the finding holds on later pages, where a page's
    first row may end the entry the last page began (``Table.leading``), and a page ending in
    such a run leaves it to the next page's first row."""
    codes = table.indexes(lx.CODE)
    if not codes or table.led_codes is False:
        return items
    if table.led_codes:
        items = _carried(items, codes, table)
    codeless = [at for at, item in enumerate(items) if _codeless(item, codes)]
    runs = {at: _run(items, at, codes) for at in codeless}
    if table.led_codes is None:
        if len(codeless) < 2:
            return items
        table.led_codes = all(start is not None for start in runs.values())
        if not table.led_codes:
            return items
    moved: set[int] = set()
    for at, start in runs.items():
        row = items[at].row
        if start is not None and row is not None:
            row.above[:0] = [item.wrap for item in items[start:at]]
            moved.update(range(start, at))
    kept = [item for at, item in enumerate(items) if at not in moved]
    return _foot(kept, codes, table)


def _codeless(item: Item, codes: list[int]) -> bool:
    return item.kind == "row" and item.row is not None and not any(item.row.values.get(i, "").strip() for i in codes)


def _carried(items: list[Item], codes: list[int], table: Table) -> list[Item]:
    """``items`` less the lines over the page's first row when the last page ended in a run opening
    an entry (``Table.leading``) and that row lacks a code: they and the run go over it."""
    if not table.leading:
        return items
    first = next((at for at, item in enumerate(items) if item.kind == "row"), None)
    if first is None:
        return items  # (no row read yet: a repeated header settles what came before it)
    row = items[first].row
    if row is not None and _codeless(items[first], codes) and all(item.kind == "text" for item in items[:first]):
        row.above[:0] = [*table.leading, *(item.wrap for item in items[:first] if item.text)]
        items = items[first:]
    table.leading = []
    return items


def _run(items: list[Item], at: int, codes: list[int]) -> int | None:
    """Where the run of text lines right over ``items[at]`` starts, when its first line prints a
    code in the code's column and no other does; None when there is no such run."""
    start = at
    while start and at - start < _LONGEST and _tight(items[start - 1], items[start]):
        start -= 1
        if _coded(items[start], codes):
            return start
    return None


def _foot(kept: list[Item], codes: list[int], table: Table) -> list[Item]:
    """``kept`` less a run opening an entry at the page's foot, under its last row: the first lines
    of the next page's first row."""
    start = len(kept)
    while start and kept[start - 1].kind == "text" and kept[start - 1].text and len(kept) - start < _LONGEST:
        start -= 1
        if _coded(kept[start], codes):
            if table.leading or not start or kept[start - 1].kind not in ("row", "break"):
                return kept
            table.leading = [item.wrap for item in kept[start:]]
            return kept[:start]
    return kept


def _coded(item: Item, codes: list[int]) -> bool:
    """A text line printing a code in the code's column."""
    return item.kind == "text" and any(
        index in codes and cell.text.split()[:1] and lx.looks_like_code(cell.text.split()[0])
        for index, cell in item.cells)


def _tight(upper: Item, lower: Item) -> bool:
    """Two lines of one entry: a text line standing within two lines of type over the next."""
    size = max(upper.line.size, lower.line.size, 6.0)
    return upper.kind == "text" and bool(upper.text) and upper.page == lower.page and (
        0 < lower.line.y - upper.line.y <= 2.2 * size) and (upper is not lower)
