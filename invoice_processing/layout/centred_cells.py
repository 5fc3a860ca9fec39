"""Cells centred on their row's numbers: a grid whose descriptions wrap over several lines prints
some of each description's lines over its row's numbers and some under them. ``wraps`` gives text
lines to the row over them; these rules give the lines standing over a row back to it, where the
page's own spacing shows it (rows parted by a wider gap than a description's lines, rows growing
with their cells) and the table shows it (a row with lines on both sides of its numbers).
"""

from __future__ import annotations

import math

from invoice_processing.layout.rows import Item, Row, Table, Wrap


def bare_pitch(items: list[Item]) -> float:
    """How far apart this page sets two rows with no text between them (the median, of two or more
    such pairs), else 0."""
    gaps = sorted(b.line.y - a.line.y for a, b in zip(items, items[1:], strict=False)
                  if a.kind == b.kind == "row" and a.page == b.page and b.line.y > a.line.y)
    return gaps[len(gaps) // 2] if len(gaps) >= 2 else 0.0


def line_pitch(items: list[Item]) -> float:
    """How far apart this page sets the lines of one description: the lower quartile of the gaps
    under a text line, or under a row printing text of its own, to the text line after it, or over a
    row without text to the text line after that row (a cell's two lines around its numbers); of two
    or more such gaps, each under a few font sizes; else 0. (The gap from text down to a row with
    text is left out: a whole entry in most tables, a line in some.)"""
    gaps = []
    for at, (a, b) in enumerate(zip(items, items[1:], strict=False)):
        if a.kind == "text" and b.kind == "row" and not b.text and at + 2 < len(items):
            b = items[at + 2]  # (over the row without text, to the line under it)
        if a.page == b.page and b.kind == "text" and a.kind in ("text", "row") and a.text and b.text and (
                0 < b.line.y - a.top_y <= 2.5 * max(b.line.size, 6.0)):
            gaps.append(b.line.y - a.top_y)  # (a row joined from its text's line and its numbers': from the text)
    gaps.sort()
    return gaps[len(gaps) // 4] if len(gaps) >= 2 else 0.0


def split_between(table: Table, tail: list[tuple[Item, float]], row: Item, bare: float,
                  pitch: float) -> tuple[Row, Row, list[Wrap]] | None:
    """Give the last lines of the run of text under the last row to ``row`` when the run parts
    clearly wider there than anywhere else and those lines stand over ``row`` as lines of one cell
    centred on its numbers stand: a line's ``pitch`` apart, and the last a pitch over the numbers'
    line when it prints text of its own (the cell's middle line), half a pitch over it when not (the
    numbers between two lines). (the last row, ``row``, the lines given), or None. Kept by ``keep_splits``.

    The lines must take room of their own: two rows with text between stand further apart than
    two rows with none (``bare``) by about that text's height (a grid whose rows grow with their
    cells; a sheet's wrapped text spilling over fixed rows keeps its rows where they were)."""
    if row.row is None or not pitch or tail[-1][0].page != row.page:
        return None
    end = row.top_y - tail[-1][0].line.y
    size = max(row.line.size, 6.0)
    if bare and row.line.y - tail[0][0].line.y + tail[0][1] < bare + 0.4 * len(tail) * size:
        return None
    gaps = [gap for _, gap in tail]
    part = max(range(len(gaps)), key=gaps.__getitem__)
    inner = gaps[part + 1:]  # between the lines given to ``row``: one description's pitch
    others = [*gaps[:part], *inner, end]
    if not _over_numbers(end, row, pitch) or gaps[part] < 1.15 * max(pitch, *others) or any(
            abs(gap - pitch) > 0.2 * pitch for gap in inner):
        return None
    moved = [item.wrap for item, _ in tail[part:]]
    below = table.rows[-1].below
    if below[-len(moved):] != moved:
        return None
    del below[-len(moved):]
    row.row.above[:0] = moved
    return table.rows[-1], row.row, moved


def _over_numbers(gap: float, row: Item, pitch: float) -> bool:
    """True when a cell's line ``gap`` over ``row`` stands where a centred cell's last line over the
    numbers stands: a ``pitch`` over them when the row prints text of its own (the cell's middle
    line), half a pitch when not (the numbers between two lines)."""
    return abs(gap - (pitch if row.text else 0.5 * pitch)) <= 0.2 * pitch


def keep_splits(table: Table, splits: list[tuple[Row, Row, list[Wrap]]]) -> None:
    """Keep the page's parted runs when the table centres its descriptions on their rows: a row
    given lines over its numbers also keeps lines under them (its cell's lines around its numbers),
    here or on an earlier page; else give every run back to the row over it (each description
    printed under its row, some merely nearer the next)."""
    if not splits:
        return
    if table.centred or any(row.below for _, row, _ in splits):
        table.centred = True
        return
    for upper, lower, moved in reversed(splits):
        del lower.above[:len(moved)]
        upper.below.extend(moved)


def tight_run(lead_in: list[tuple[Item, float]], row: Item, pitch: float = 0.0) -> list[Item]:
    """The text lines right over the table's first row, each a description's ``pitch`` over the next
    (as close as the last stands over the row, the pitch unknown), the last close over the row (its
    description's first lines, when the table turns out to centre its descriptions on their rows); a
    run parted from the header by a wider gap."""
    if not lead_in or lead_in[-1][0].page != row.page:
        return []
    end = row.top_y - lead_in[-1][0].line.y
    if not 0 < end <= 2.0 * max(row.line.size, 6.0):
        return []
    step = pitch or end
    start = len(lead_in) - 1
    while start > 0 and 0.8 * step <= lead_in[start][1] <= 1.2 * step:
        start -= 1
    return [item for item, _ in lead_in[start:]]


def centred(row: Item, before: tuple[Item, list[Wrap] | None, float] | None, after: Item | None) -> bool:
    """A row printed without text of its own, its numbers centred on a description of two lines
    ("Queso manchego curado, ... (precio por" over "8 | 54,75 € | 438,00 €" over "pieza)"): the
    text line right over it, set apart from the row before, starts its description when a text
    line stands as close under it. A line given to the row before is taken back when it stands
    much nearer this row than the line over it (a cell's two lines centred on the row's numbers)."""
    if before is None or row.text or row.row is None or after is None or after.kind != "text":
        return False
    text, went, above = before
    up, down = row.line.y - text.line.y, after.line.y - row.line.y
    if text.page != row.page or after.page != row.page or not 0 < up <= 1.5 * down <= 3 * up:
        return False
    if went is not None and not (went and went[-1] == text.wrap and up <= 0.6 * above):
        return False  # (a line that went to the row before, as near it, is that row's)
    if text.line.cells and after.line.cells and abs(text.line.cells[0].x0 - after.line.cells[0].x0) > 2:
        return False  # the two lines start apart: a section's title over the row ("SHIP WINDOW 2: ..."), not its text
    if went is not None:
        went.pop()
    row.row.above.insert(0, text.wrap)
    return True


class Centring:
    """What one page of a table shows of cells centred on their rows, as ``wraps`` reads it: the
    text lines given to the last row since it, the text over the table's first row, the runs parted."""

    def __init__(self, table: Table, items: list[Item]) -> None:
        self.bare = bare_pitch(items)
        self.pitch = table.pitch = line_pitch(items) or table.pitch  # (a page of few lines: the last page's)
        self.tail: list[tuple[Item, float]] = []  # text lines given to the last row, each with its gap above
        self.lead_in: list[tuple[Item, float]] = []  # text lines over the table's first row, with their gaps
        self.splits: list[tuple[Row, Row, list[Wrap]]] = []
        self.loose: list[Item] = []  # text lines given to no row (after a charge's line), a line apart
        self.taken: list[tuple[Row, list[Wrap]]] = []  # loose lines given to the row under them
        self.around = 0  # rows without text read as centred on their two-line description (``centred``)

    def at_row(self, table: Table, row: Item, last: Item | None, before: tuple[Item, list[Wrap] | None, float] | None,
               after: Item | None) -> None:
        """``row`` comes (before it joins ``table``) after ``last`` and the text line ``before`` (that
        line, where it went, its gap above), with ``after`` under it: part the run over it, or see
        whether it centres a two-line description without text of its own (``centred``)."""
        chained = self.tail and self.tail[-1][0] is last
        split = split_between(table, self.tail, row, self.bare, self.pitch) if chained else None
        self.tail = []
        first = not table.rows and bool(self.lead_in)
        if first:
            table.lead_in = tight_run(self.lead_in, row, self.pitch)
            before = before or (self.lead_in[-1][0], None, self.lead_in[-1][1])  # (the first row's cell, centred)
        if split is not None:
            self.splits.append(split)
        elif not self._take_loose(table, row) and centred(row, before, after):
            self.around += 1
            table.lead_in = table.lead_in[:-1] if first else table.lead_in  # (its line over the numbers taken)
        # (a row read from its text's line half a line over its numbers, the rest of the text as far under them)
        self.around += bool(row.top and after is not None and after.kind == "text" and after.page == row.page and abs(
            (after.line.y - row.line.y) - (row.line.y - row.top)) <= 0.3 * max(self.pitch, row.line.size))
        self.loose = []

    def _take_loose(self, table: Table, row: Item) -> bool:
        """Give the loose lines right over ``row`` to it when they stand as a centred cell's lines
        stand over its numbers (see ``split_between``); True when given."""
        loose, pitch = self.loose, self.pitch
        if not loose or not pitch or row.row is None or loose[-1].page != row.page:
            return False
        if not _over_numbers(row.top_y - loose[-1].line.y, row, pitch):
            return False
        starts = [*table.wrap_starts(first_only=True), *(cell.x0 for cell in row.line.cells)]
        if not all(item.line.cells and any(abs(item.line.cells[0].x0 - x) <= 3 for x in starts) for item in loose):
            return False  # (a line starting where no text of the table starts: a box beside the table)
        moved = [item.wrap for item in loose]
        row.row.above[:0] = moved
        self.taken.append((row.row, moved))
        return True

    def dropped(self, item: Item) -> None:
        """``item`` went to no row: a loose line, maybe the first of the next row's cell."""
        last = self.loose[-1] if self.loose else None
        if last is not None and not (last.page == item.page and abs(item.line.y - last.line.y - self.pitch) <= (
                0.2 * self.pitch)):
            self.loose = []
        self.loose.append(item)

    def given(self, table: Table, item: Item, gap: float, last: Item | None) -> None:
        """``item`` went to the last row, ``gap`` under ``last`` (None: at the top of a page, which in
        a table that centres its descriptions parts two rows)."""
        self.tail = [*self.tail, (item, gap)] if last is not None else [(item, math.inf)] if table.centred else []
        self.loose = []

    def broken(self) -> None:
        """A break between rows: what stood over it is not the first row's, nor the next row's."""
        self.lead_in, self.loose = [], []

    def over_first(self, item: Item) -> None:
        """``item`` stands over the table's first row (no row read yet)."""
        lead_in = self.lead_in
        gap = item.line.y - lead_in[-1][0].line.y if lead_in and lead_in[-1][0].page == item.page else 0.0
        lead_in.append((item, gap))

    def finish(self, table: Table) -> None:
        """The page is read: keep its parted runs or give them back; the first row's lines over it."""
        table.centred = table.centred or self.around >= 2  # (rows centred on their cells' lines, two or more)
        keep_splits(table, self.splits)
        # loose lines stay with the row under them in a table seen centring its cells, or when such rows
        # (or rows centred on two lines) are two or more, each keeping about as many lines under its numbers
        if self.taken and (table.centred or len(self.taken) + self.around >= 2 and all(
                row.below and abs(len(moved) - len(row.below)) <= 1 for row, moved in self.taken)):
            table.centred = True
        else:
            for row, moved in self.taken:
                del row.above[:len(moved)]
        if table.lead_in and table.rows:
            if table.centred:
                table.rows[0].above[:0] = [line.wrap for line in table.lead_in]
            table.lead_in = []
