"""A whole document from its content (``Spec``) and its layout (``Style``): header, table with
page breaks (continuation text, carried-forward sums, running heads, repeated column titles),
totals, footnotes and page footers.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import Decimal

from . import header
from .formats import Numbers
from .goods import Party
from .sheet import Sheet
from .style import Style
from .table import Col, Row, carry_line, draw_header, draw_rows, draw_totals, plan
from .words import Lang


@dataclass
class Spec:
    look: random.Random  # small choices of the drawing itself (title size, logo shape, ...)
    lang: Lang
    numbers: Numbers
    seller: Party
    customer: Party
    title: str
    fields: list[tuple[str, str]]
    cols: list[Col]
    rows: list[Row]
    totals: list[tuple[str, str, bool]]
    running: str  # the running head of later pages
    ship_to: Party | None = None
    bill_label: str = "Bill To:"
    ship_label: str = "Ship To:"
    remit_label: str = "Remit To:"
    sender_label: str = "From:"
    notes: list[str] = field(default_factory=list)
    footnotes: list[str] = field(default_factory=list)
    legal: str = ""


def render(spec: Spec, style: Style) -> tuple[bytes, int]:
    """The PDF and its page count."""
    sheet = Sheet(style.font, style.size, style.paper, style.landscape, style.margin, top=style.margin * 0.8 + 10)
    table = plan(sheet, style, spec.cols, spec.rows)
    header.draw(sheet, style, spec)
    draw_header(sheet, style, table)
    look, lang = spec.look, spec.lang
    continued = look.choice(lang.continued) if look.random() < 0.6 else ""
    carried_label = look.choice(lang.carried)

    def page_top() -> None:
        sheet.new_page()
        if style.running_head:
            sheet.text(sheet.margin, sheet.y, spec.running, bold=True)
            sheet.rule(sheet.margin, sheet.right, sheet.y + sheet.size * 0.6, 0.3)
            sheet.y += sheet.size * 3

    def on_break(carried: Decimal | None) -> None:
        if carried is not None:
            carry_line(sheet, style, table, carried_label, carried, spec.numbers)
        elif continued:
            sheet.text(sheet.width / 2, sheet.height - sheet.bottom + sheet.size * 1.3, continued, align="center")
        page_top()
        if style.repeat_header:
            draw_header(sheet, style, table)
        if carried is not None:
            carry_line(sheet, style, table, carried_label, carried, spec.numbers)

    draw_rows(sheet, style, table, on_break)
    draw_totals(sheet, style, table, spec.totals, page_top)
    _footnotes(sheet, style, spec.footnotes, page_top)
    page_word = look.choice(lang.page)

    def footer(s: Sheet, number: int, pages: int) -> None:
        if style.footer == "legal" and spec.legal:
            s.text(s.width / 2, s.height - 12, spec.legal, size=6.0, align="center")
        if style.footer != "none":
            s.text(s.right, s.height - 22, page_word.format(n=number, total=pages), size=s.size - 0.5, align="right")

    return sheet.pdf(footer), len(sheet.pages)


def _footnotes(sheet: Sheet, style: Style, notes: list[str], page_top) -> None:
    if not notes:
        return
    sheet.y += sheet.size * 1.5
    if not sheet.fits(sheet.size * 1.4 * len(notes)):
        page_top()
    x, align = {"left": (sheet.margin, "left"), "center": (sheet.width / 2, "center"),
                "right": (sheet.right, "right")}[style.footnote]
    for note in notes:
        sheet.text(x, sheet.y, note, size=sheet.size - 0.5, align=align)
        sheet.y += sheet.size * 1.4
