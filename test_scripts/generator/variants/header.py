"""Page one's header: the seller in one of six places, the customer's blocks, the document title,
and the number and date fields (label left of the value, label above it, or a boxed grid).

Arrangements (``Style.seller``): ``top_left`` (seller left, title and fields right),
``top_right`` (title and fields left, seller right), ``logo`` (a drawn mark and a big name),
``remit`` (the seller only in a "Remit To:" block), ``sender`` ("From:" beside "Bill To:"),
``window`` (German window-envelope letter: a small sender line over the customer's address,
which has no label, and the seller top right).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .sheet import Sheet
from .style import Style

if TYPE_CHECKING:
    from .compose import Spec

Line = tuple[str, float, bool]  # text, size, bold


def _block(sheet: Sheet, x: float, y: float, lines: list[Line], align: str = "left") -> float:
    """Draw lines from top ``y``; returns the bottom."""
    for text, size, bold in lines:
        y += size * 1.25
        sheet.text(x, y, text, size=size, bold=bold, align=align)
    return y


def _width(sheet: Sheet, lines: list[Line]) -> float:
    return max((sheet.measure(t, s, b) for t, s, b in lines), default=0.0)


def _seller(spec: Spec, sheet: Sheet, big: float) -> list[Line]:
    room = (sheet.right - sheet.margin) * 0.48
    size = min(big, big * room / max(1.0, sheet.measure(spec.seller.name, big, True)))
    return [(spec.seller.name, size, True)] + [(line, sheet.size, False) for line in spec.seller.lines]


def _party(sheet: Sheet, label: str, party) -> list[Line]:
    head = [(label, sheet.size, True)] if label else []
    return head + [(party.name, sheet.size, False)] + [(line, sheet.size, False) for line in party.lines[:3]]


def fields_size(sheet: Sheet, style: Style, fields: list[tuple[str, str]]) -> tuple[float, float]:
    """Width and height of the fields block."""
    s = sheet.size
    if style.fields == "inline":
        label = max(sheet.measure(lbl, bold=True) for lbl, _ in fields)
        value = max(sheet.measure(v) for _, v in fields)
        return label + 10 + value, len(fields) * s * 1.35
    cells = [max(sheet.measure(lbl, s - 0.5, True), sheet.measure(v)) + (14 if style.fields == "grid" else 18)
             for lbl, v in fields]
    return sum(cells), s * 3.0


def draw_fields(sheet: Sheet, style: Style, fields: list[tuple[str, str]], x: float, y: float) -> float:
    """The fields block with its top-left corner at (x, y); returns the bottom."""
    s = sheet.size
    if style.fields == "inline":
        label = max(sheet.measure(lbl, bold=True) for lbl, _ in fields)
        for index, (lbl, value) in enumerate(fields):
            base = y + s * 1.35 * (index + 1)
            sheet.text(x, base, lbl, bold=True)
            sheet.text(x + label + 10, base, value)
        return y + len(fields) * s * 1.35 + 2
    for lbl, value in fields:
        width = max(sheet.measure(lbl, s - 0.5, True), sheet.measure(value)) + (14 if style.fields == "grid" else 18)
        if style.fields == "grid":
            sheet.box(x, y, width, s * 3.0)
            sheet.rule(x, x + width, y + s * 1.45, 0.3)
        sheet.text(x + 5, y + s * 1.1, lbl, size=s - 0.5, bold=True)
        sheet.text(x + 5, y + s * 2.55, value)
        x += width
    return y + s * 3.0 + 2


def draw(sheet: Sheet, style: Style, spec: Spec) -> None:
    """Draw the header; leaves ``sheet.y`` where the table may start."""
    look = spec.look
    big, title_size = look.choice((14.0, 16.0, 18.0, 22.0)), look.choice((13.0, 16.0, 20.0, 24.0))
    top = sheet.top
    arrange = {"top_left": _top_left, "top_right": _top_right, "logo": _logo, "remit": _remit,
               "sender": _sender, "window": _window}[style.seller]
    bottom, fields_done = arrange(sheet, style, spec, top, big, title_size)
    if not fields_done:  # too wide beside the blocks: a row of its own under them
        bottom = draw_fields(sheet, style, spec.fields, sheet.margin, bottom + sheet.size)
    bottom = _notes(sheet, style, spec.notes, bottom + sheet.size * 0.8)
    sheet.y = bottom + sheet.size * 3.2


def _fits_side(sheet: Sheet, style: Style, spec: Spec) -> bool:
    return fields_size(sheet, style, spec.fields)[0] <= (sheet.right - sheet.margin) * 0.46


def _title_and_fields(sheet: Sheet, style: Style, spec: Spec, x: float, top: float, size: float,
                      right: bool) -> tuple[float, bool]:
    """The title with the fields under it, at the left edge ``x`` or ending at the right margin."""
    align = "right" if right else "left"
    size = min(size, size * (sheet.right - sheet.margin) * 0.4 / sheet.measure(spec.title, size, True))
    sheet.text(sheet.right if right else x, top + size, spec.title, size=size, bold=True, align=align)
    bottom = top + size + 4
    if not _fits_side(sheet, style, spec):
        return bottom, False
    width = fields_size(sheet, style, spec.fields)[0]
    return draw_fields(sheet, style, spec.fields, sheet.right - width if right else x, bottom + 4), True


def _customers(sheet: Sheet, spec: Spec, top: float, columns: int = 2) -> float:
    step = (sheet.right - sheet.margin) / columns
    bottoms = [_block(sheet, sheet.margin, top, _party(sheet, spec.bill_label, spec.customer))]
    if spec.ship_to:
        bottoms.append(_block(sheet, sheet.margin + step, top, _party(sheet, spec.ship_label, spec.ship_to)))
    return max(bottoms)


def _top_left(sheet, style, spec, top, big, title_size):
    left = _block(sheet, sheet.margin, top, _seller(spec, sheet, big))
    right, done = _title_and_fields(sheet, style, spec, sheet.margin, top, title_size, right=True)
    return _customers(sheet, spec, max(left, right) + sheet.size * 2), done


def _top_right(sheet, style, spec, top, big, title_size):
    right = _block(sheet, sheet.right, top, _seller(spec, sheet, big), align="right")
    left, done = _title_and_fields(sheet, style, spec, sheet.margin, top, title_size, right=False)
    return _customers(sheet, spec, max(left, right) + sheet.size * 2), done


def _logo(sheet, style, spec, top, big, title_size):
    mark = spec.look.choice((30.0, 38.0, 46.0))
    initials = "".join(word[0] for word in spec.seller.name.split()[:2] if word[0].isalpha()).upper()
    if spec.look.random() < 0.5:
        sheet.circle(sheet.margin + mark / 2, top + mark / 2, mark / 2, fill=0.25)
    else:
        sheet.box(sheet.margin, top, mark, mark, fill=0.25, radius=6)
    sheet.text(sheet.margin + mark / 2, top + mark / 2 + mark * 0.14, initials, size=mark * 0.38, bold=True,
               align="center", gray=1.0)
    name = _seller(spec, sheet, big + 4)[0]
    sheet.text(sheet.margin + mark + 10, top + mark / 2 + name[1] * 0.35, name[0], size=name[1], bold=True)
    address = "  ·  ".join(spec.seller.lines[:3])
    sheet.text(sheet.margin, top + mark + sheet.size * 1.8, address, size=sheet.size - 0.5)
    left = top + mark + sheet.size * 2.2
    right, done = _title_and_fields(sheet, style, spec, sheet.margin, left + 4, title_size, right=True)
    return _customers(sheet, spec, max(left, right) + sheet.size * 2), done


def _remit(sheet, style, spec, top, big, title_size):
    left, done = _title_and_fields(sheet, style, spec, sheet.margin, top, title_size + 4, right=False)
    lines = [(spec.remit_label, sheet.size, True)] + _seller(spec, sheet, sheet.size + 2)
    x = sheet.right - _width(sheet, lines)
    right = _block(sheet, x, top, lines)
    return _customers(sheet, spec, max(left, right) + sheet.size * 2), done


def _sender(sheet, style, spec, top, big, title_size):
    centered = spec.look.random() < 0.5
    x = sheet.width / 2 if centered else sheet.margin
    sheet.text(x, top + title_size, spec.title, size=title_size, bold=True, align="center" if centered else "left")
    y = top + title_size + sheet.size * 2
    seller = [(spec.sender_label, sheet.size, True)] + _seller(spec, sheet, sheet.size + 1.5)
    bill = _party(sheet, spec.bill_label, spec.customer)
    step = max((sheet.right - sheet.margin) / 3, _width(sheet, seller) + 20)
    bottoms = [_block(sheet, sheet.margin, y, seller), _block(sheet, sheet.margin + step, y, bill)]
    free = sheet.margin + step + _width(sheet, bill) + 20  # where the third block may start
    width = fields_size(sheet, style, spec.fields)[0]
    done = _fits_side(sheet, style, spec) and sheet.right - width >= free
    if done:
        bottoms.append(draw_fields(sheet, style, spec.fields, sheet.right - width, y))
    elif spec.ship_to:
        ship = _party(sheet, spec.ship_label, spec.ship_to)
        if free + _width(sheet, ship) <= sheet.right:
            bottoms.append(_block(sheet, free, y, ship))
    return max(bottoms), done


def _window(sheet, style, spec, top, big, title_size):
    right = _block(sheet, sheet.right, top, _seller(spec, sheet, big), align="right")
    y = max(top + 80, right + sheet.size)
    sender = " · ".join((spec.seller.name, *spec.seller.lines[:2]))
    sheet.text(sheet.margin, y, sender, size=6.0)
    sheet.rule(sheet.margin, sheet.margin + sheet.measure(sender, 6.0), y + 1.5, 0.3)
    address = _block(sheet, sheet.margin, y + 4, _party(sheet, "", spec.customer))
    done = _fits_side(sheet, style, spec)
    fields = y
    if done:
        width = fields_size(sheet, style, spec.fields)[0]
        fields = draw_fields(sheet, style, spec.fields, sheet.right - width, y)
    title = max(address, fields) + sheet.size * 2 + title_size
    sheet.text(sheet.margin, title, spec.title, size=title_size, bold=True)
    return title + 4, done


def _notes(sheet: Sheet, style: Style, notes: list[str], y: float) -> float:
    if not notes:
        return y
    widths = [sheet.measure(n) for n in notes]
    room = sheet.right - sheet.margin - sum(widths)
    if style.notes == "spread" and room > 30 * len(notes):
        x, gap = sheet.margin, room / max(1, len(notes) - 1) if len(notes) > 1 else 0.0
        for note, width in zip(notes, widths, strict=True):
            sheet.text(x, y + sheet.size, note)
            x += width + gap
        return y + sheet.size * 1.4
    return _block(sheet, sheet.margin, y, [(n, sheet.size, False) for n in notes])
