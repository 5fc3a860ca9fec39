"""Descriptions whose numbers stand on their last line: each row's text printed tight over it, an
entry's gap under the row before ("Harvest Collection Rattan Star Tree Topper, 10\" -" over "FL1726 |
... | Assorted colors, sold as a set | 12 | 8.50"). ``wraps`` reads every other table."""

from __future__ import annotations

from invoice_processing.layout.rows import Item, Table


def led_rows(items: list[Item], entry: float, table: Table) -> list[Item]:
    """``items`` less the runs of text lines standing an entry's gap under a row and tight over the
    next row (a description whose numbers stand on its last line): each run goes over that next row,
    and so does a run over the page's first row once another run was led; a run at the page's
    foot, an entry's gap under its last row, goes over the next page's first row (``Table.leading``)."""
    if table.leading and items and not table.led_codes:  # (the lines the last page ended with, over this page's
        # first row; ``code_leads`` places its own)
        if (row := items[0].row) is not None:
            row.above[:0] = table.leading
        table.leading = []
    entry = entry or _lead_gap(items)
    if not entry:
        return items
    kept: list[Item] = []
    led = 0
    at = 0
    while at < len(items):
        end = at
        while end < len(items) and items[end].kind == "text" and items[end].text:
            end += 1
        run = items[at:end]
        row = items[end].row if run and end < len(items) else None
        if row is not None and at and _leads(items[at - 1], run, items[end], entry) and not (
                end + 1 < len(items) and items[end + 1].kind == "text" and _tight(items[end:end + 2], entry)):
            # (numbers on the description's last line: none of it under them, as on a row centred on its lines)
            row.above[:0] = [item.wrap for item in run]
            led += 1
        else:
            kept.extend(run or items[at:at + 1])
        at = max(end, at + 1)
    opening = next((at for at, item in enumerate(kept) if item.kind != "text"), 0)
    # (the first row's lines over it, on the table's first page and on a page it goes on to: with the numbers on
    # their descriptions' last lines, nothing of the last page's last row goes on there)
    if led and opening and (row := kept[opening].row) is not None and _tight(kept[:opening + 1], entry):
        row.above[:0] = [item.wrap for item in kept[:opening]]
        kept = kept[opening:]
    return _foot(kept, entry, table) if led else kept


def _foot(kept: list[Item], entry: float, table: Table) -> list[Item]:
    """``kept`` less the run of text lines ending the page an entry's gap under its last row, tight
    together: the first lines of the next page's first row (kept in ``table.leading``)."""
    start = len(kept)
    while start and kept[start - 1].kind == "text" and kept[start - 1].text:
        start -= 1
    run = kept[start:]
    if not run or not start or kept[start - 1].kind != "row" or kept[start - 1].page != run[0].page:
        return kept
    if run[0].line.y - kept[start - 1].line.y >= 0.85 * entry and (len(run) == 1 or _tight(run, entry)):
        table.leading = [item.wrap for item in run]
        return kept[:start]
    return kept


def _lead_gap(items: list[Item]) -> float:
    """Where no two rows stand together: the gap under a row to the next text when every such gap
    is far wider than the gaps from text to text or to the next row (each description's lines
    over its numbers, entries set apart); else 0."""
    pairs = [(a, b) for a, b in zip(items, items[1:], strict=False) if a.page == b.page and b.line.y > a.line.y]
    under = [b.line.y - a.line.y for a, b in pairs if a.kind == "row" and b.kind == "text"]
    over = [b.line.y - a.line.y for a, b in pairs if a.kind == "text" and b.kind in ("text", "row")]
    return min(under) if len(under) >= 2 and over and min(under) >= 1.4 * max(over) else 0.0


def _tight(lines: list[Item], entry: float) -> bool:
    return all(a.page == b.page and 0 < b.line.y - a.line.y < 0.75 * entry for a, b in zip(lines, lines[1:],
                                                                                           strict=False))


def _leads(before: Item, run: list[Item], after: Item, entry: float) -> bool:
    """True when ``run`` stands an entry's gap under the row ``before`` and, its lines tight, right
    over the row ``after``."""
    if before.kind != "row" or after.kind != "row" or before.page != after.page:
        return False
    starts = [cell.x0 for cell in after.line.cells]  # (each line starting where a cell of the row does, in
    # type no larger than the row's: no group's heading, "Fieldmark Paper", "Tape & Twine")
    return run[0].line.y - before.line.y >= 0.85 * entry and _tight([*run, after], entry) and all(
        item.line.cells and any(abs(item.line.cells[0].x0 - x) <= 3 for x in starts)
        and item.line.size <= 1.04 * after.line.size for item in run)
