"""The line-item table: column geometry, titles on one or two lines, rows whose description sits
in its own column or on a line below or above the numbers, rows broken across pages, totals.

Column widths come from what is printed in them; the description wraps at the style's width
(at least a third of the longest description, so it takes at most about three lines). When
the columns do not fit the font shrinks, and at the last resort the description moves to its
own line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal

from ..drawing import wrap
from .formats import Numbers
from .sheet import Sheet
from .style import Style

Piece = tuple[float, str, str]  # x, text, align


@dataclass
class Col:
    role: str
    title: tuple[str, ...]
    align: str = "left"
    x: float = 0.0  # left edge of left-aligned text, right edge of right-aligned numbers
    width: float = 0.0

    @property
    def left(self) -> float:
        return self.x if self.align == "left" else self.x - self.width


@dataclass
class Row:
    cells: dict[str, str]
    desc: str = ""
    kind: str = "product"  # product | note (text only) | charge (freight and the like)
    amount: Decimal | None = None


@dataclass
class Table:
    cols: list[Col]
    rows: list[Row]
    mode: str  # where descriptions go: inline | below | above | above_code
    wrap: float
    span_x: float
    gap: float
    lead: tuple[str, ...] = ()  # above_code: the roles printed at the start of the description line
    desc_title: str = ""  # printed on a header line of its own when descriptions have no column

    def col(self, role: str) -> Col | None:
        return next((c for c in self.cols if c.role == role), None)


def title_lines(col: Col, lines: int) -> tuple[str, ...]:
    parts = col.title
    if lines == 1 or len(parts) == 1:
        joined = parts[0][:-1] + parts[1] if len(parts) == 2 and parts[0].endswith("-") else " ".join(parts)
        return (joined,) if lines == 1 else ("", joined)
    return parts


def _content_width(sheet: Sheet, col: Col, rows: list[Row], lines: int) -> float:
    cells = [sheet.measure(r.cells.get(col.role, "")) for r in rows if r.kind != "note"]
    titles = [sheet.measure(t, bold=True) for t in title_lines(col, lines)]
    return max(cells + titles + [sheet.size])


def _desc_floor(sheet: Sheet, rows: list[Row]) -> float:
    texts = [r.desc for r in rows if r.kind == "product" and r.desc] or ["-"]
    longest = max(sheet.measure(t) for t in texts)
    word = max(sheet.measure(w) for t in texts for w in t.split())
    return max(70.0, longest / 3 + sheet.size, word + 4)


def plan(sheet: Sheet, style: Style, cols: list[Col], rows: list[Row]) -> Table:
    """Place the columns; may make ``sheet.size`` smaller so they fit."""
    mode = style.desc
    while True:
        gap = sheet.size * 1.3
        avail = sheet.right - sheet.margin
        shown = [c for c in cols if c.role != "desc" or mode == "inline"]
        widths = [_content_width(sheet, c, rows, style.header_lines) for c in shown]
        floor = _desc_floor(sheet, rows)
        others = sum(w for c, w in zip(shown, widths, strict=True) if c.role != "desc") + gap * (len(shown) - 1)
        if mode == "inline":
            title = _content_width(sheet, Col("desc", next(c for c in cols if c.role == "desc").title), [], 1)
            floor = max(floor, title)
        if others + (floor if mode == "inline" else 0) <= avail:
            break
        if sheet.size > 6.5:
            sheet.size -= 0.5
        elif mode == "inline":
            mode = "below"
        else:
            break
    desc_w = max(floor, min(style.desc_width, avail - others)) if mode == "inline" else 0.0
    spare = max(0.0, avail - others - desc_w)
    table = _place(sheet, style, shown, widths, rows, mode, gap, desc_w, spare, floor)
    if mode != "inline":
        table.desc_title = title_lines(next(c for c in cols if c.role == "desc"), 1)[0]
    return table


def _place(sheet: Sheet, style: Style, shown: list[Col], widths: list[float], rows: list[Row], mode: str,
           gap: float, desc_w: float, spare: float, floor: float) -> Table:
    """Columns left to right; spare room widens the gaps a little and the rest goes where text
    columns meet number columns (or after the description)."""
    even = min(spare / max(1, len(shown) - 1), sheet.size * 2.5)
    rest = spare - even * (len(shown) - 1)
    boundary = next((i for i in range(len(shown) - 1) if shown[i].align == "left" and shown[i + 1].align == "right"
                     and all(c.align == "right" for c in shown[i + 1:])), 0)
    if mode == "inline":
        boundary = next(i for i, c in enumerate(shown) if c.role == "desc")
    x = sheet.margin
    placed = []
    for index, (col, width) in enumerate(zip(shown, widths, strict=True)):
        width = desc_w if col.role == "desc" else width
        placed.append(replace(col, x=x if col.align == "left" else x + width, width=width))
        x += width + gap + even + (rest if index == boundary else 0.0)
    table = Table(placed, rows, mode, desc_w, sheet.margin, gap)
    lead = [c for c in placed[:next((i for i, c in enumerate(placed) if c.align == "right"), len(placed))]]
    if mode == "above_code" and any(c.role == "code" for c in lead):
        table.span_x, table.lead = lead[-1].x + lead[-1].width + gap, tuple(c.role for c in lead)
    elif mode != "inline" and placed[0].align == "left":
        table.span_x = placed[0].x + (sheet.size * 1.5 if mode == "below" else 0.0)
    if mode != "inline":
        table.wrap = max(floor, min(style.desc_width * 1.6, sheet.right - table.span_x))
    return table


def draw_header(sheet: Sheet, style: Style, table: Table) -> None:
    lines = style.header_lines + (1 if table.desc_title else 0)
    height = lines * sheet.size * 1.15
    top = sheet.y - sheet.size * 1.1
    if style.header_look == "band":
        sheet.box(sheet.margin - 3, top, sheet.right - sheet.margin + 6, height + sheet.size * 0.6, fill=0.86)
    elif style.header_look == "box":
        sheet.box(sheet.margin - 3, top, sheet.right - sheet.margin + 6, height + sheet.size * 0.6)
    else:
        sheet.rule(sheet.margin, sheet.right, top)
        sheet.rule(sheet.margin, sheet.right, top + height + sheet.size * 0.6)
    if table.desc_title:
        sheet.text(table.span_x, sheet.y + style.header_lines * sheet.size * 1.15, table.desc_title, bold=True)
    for col in table.cols:
        for index, text in enumerate(title_lines(col, style.header_lines)):
            y = sheet.y + index * sheet.size * 1.15
            if col.align == "left":
                sheet.text(col.x, y, text, bold=True)
            elif style.title_align == "center":
                sheet.text(col.left + col.width / 2, y, text, bold=True, align="center")
            else:
                sheet.text(col.x, y, text, bold=True, align="right")
    sheet.y += height + sheet.size * 0.9


def row_lines(sheet: Sheet, table: Table, row: Row) -> list[list[Piece]]:
    """The printed lines of one row, top to bottom."""
    desc_col = table.col("desc")
    numbers = [(c.x, row.cells[c.role], c.align) for c in table.cols if c.role != "desc" and row.cells.get(c.role)]
    if table.mode == "inline" and desc_col:
        parts = wrap(row.desc, sheet.font(), sheet.size, desc_col.width) or [""]
        return [numbers + [(desc_col.x, parts[0], "left")]] + [[(desc_col.x, p, "left")] for p in parts[1:]]
    parts = wrap(row.desc, sheet.font(), sheet.size, table.wrap)
    span: list[list[Piece]] = [[(table.span_x, p, "left")] for p in parts]
    if row.kind == "note":
        return span
    if row.kind == "charge":
        return [numbers + span[0]] + span[1:]
    if table.mode == "below":
        return [numbers] + span
    if table.lead:
        lead = [(c.x, row.cells[c.role], c.align) for c in table.cols if c.role in table.lead and row.cells.get(c.role)]
        return [lead + span[0]] + span[1:] + [[p for p in numbers if p not in lead]]
    return span + [numbers]


def _is_numbers(line: list[Piece], row: Row) -> bool:
    return any(text == row.cells.get("amount") and text for _, text, _ in line)


def draw_rows(sheet: Sheet, style: Style, table: Table, on_break: Callable[[Decimal | None], None]) -> None:
    """Every row; ``on_break(carried)`` ends the page and starts the next (carried: sum so far)."""
    step, carried = sheet.size * 1.2, Decimal(0)
    reserve = sheet.size * 2 if style.carry else 0.0  # the carried-forward line at the foot of the page
    for row in table.rows:
        lines = row_lines(sheet, table, row)
        whole = step * (len(lines) - 1) + sheet.size * style.pitch
        if (not style.split_rows or row.kind != "product") and not sheet.fits(whole + reserve):
            on_break(carried if style.carry else None)
        # rows that may break do break when they come near the foot of the page, after their first line
        split = style.split_rows and len(lines) > 1 and not sheet.fits(whole + reserve + step * 4)
        for index, line in enumerate(lines):
            if not sheet.fits(step + reserve) or (split and index == 1):
                on_break(carried if style.carry else None)
            for x, text, align in line:
                sheet.text(x, sheet.y, text, align=align)
            if row.amount is not None and _is_numbers(line, row):
                carried += row.amount
            sheet.y += step if index < len(lines) - 1 else sheet.size * style.pitch
        if style.row_rules and style.pitch >= 1.7 and row.kind == "product":  # midway between the rows
            sheet.rule(sheet.margin, sheet.right, sheet.y - sheet.size * (style.pitch + 0.55) / 2, 0.25)


def label_x(sheet: Sheet, style: Style, table: Table) -> tuple[float, str]:
    """Where total labels start (or end, for right-aligned labels)."""
    amount = table.col("amount") or table.cols[-1]
    desc = table.col("desc")
    if style.totals == "left":
        return sheet.margin, "left"
    if style.totals == "desc":
        return (desc.x if desc else table.span_x), "left"
    if style.totals == "mid":
        return min(sheet.width * 0.5, amount.left - sheet.size * 12), "left"
    return amount.left - table.gap * 1.5, "right"


def draw_totals(sheet: Sheet, style: Style, table: Table, lines: list[tuple[str, str, bool]],
                new_page: Callable[[], None]) -> None:
    amount = table.col("amount") or table.cols[-1]
    needed = sheet.size * 1.6 * (len(lines) + 1)
    if not sheet.fits(needed):
        new_page()
    sheet.rule(amount.left - 10, amount.x, sheet.y - sheet.size * 0.9)
    sheet.y += sheet.size * 0.6
    x, align = label_x(sheet, style, table)
    widest = max(sheet.measure(value, bold=True) for _, value, _ in lines)
    if align == "right":
        x = min(x, amount.x - widest - table.gap)
    for label, value, bold in lines:
        sheet.text(x, sheet.y, label, bold=bold, align=align)
        sheet.text(amount.x, sheet.y, value, bold=bold, align="right")
        sheet.y += sheet.size * 1.6


def carry_line(sheet: Sheet, style: Style, table: Table, label: str, value: Decimal, numbers: Numbers) -> None:
    amount = table.col("amount") or table.cols[-1]
    x, align = label_x(sheet, style, table)
    sheet.text(x, sheet.y, label, bold=True, align=align)
    sheet.text(amount.x, sheet.y, numbers.money(value), bold=True, align="right")
    sheet.y += sheet.size * 1.8
