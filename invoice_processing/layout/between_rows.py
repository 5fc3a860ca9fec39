"""Text lines between a table's rows that belong to no row: a title in larger type, a section's
heading ("WATER SERVICE", "Category: Frames"), a note set across the table ("Backlist reorder —
please ship complete") or in small capitals under a description. ``wraps`` gives every other line to its row."""

from __future__ import annotations

import re

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.printed_codes import labelled_code
from invoice_processing.layout.row_kinds import description_text
from invoice_processing.layout.rows import Item, Row, Table


def _capitals(text: str) -> bool:
    """No lower-case letter nor digit: a heading's capitals ("WATER SERVICE", "HALLOWEEN COLLECTION")."""
    return not any(ch.isdigit() or ch.islower() for ch in text)


def title(item: Item, size: float) -> bool:
    """Capitals without a digit in type larger than the rows' ``size``: a title, not a description."""
    text = item.line.text
    return item.line.size >= 1.2 * size and _capitals(text)


def box_heading(item: Item, table: Table) -> bool:
    """Capitals without a digit, two words or more, heading a continued page after a row printed in
    lower case: a box's heading ("PUBLISHER CONFIRMATION" over the order's totals), not the rest of
    that row's description."""
    text = item.line.text.strip()
    described = [table.rows[-1].values.get(index, "") for index in table.indexes(lx.DESCRIPTION)] if table.rows else []
    return len(text.split()) >= 2 and _capitals(text) and any(ch.islower() for value in described for ch in value)


def off_the_grid(item: Item, last: Item, table: Table, before: list[Item]) -> bool:
    """A line under the table's last row set in larger type, starting where no cell of the
    last rows, nor of the lines among them (``before``, on this page), starts ("112 titles, 2474
    units" over "Retail Total"): the totals' block, not the row's description."""
    own, above = item.line.font_size, last.line.font_size
    if not item.line.cells or not own or not above or own <= 1.05 * above:  # (a kit's parts under it: smaller)
        return False
    lines = [row.line for row in table.rows[-8:] if row.page == item.page] + [
        other.line for other in before if other.kind != "break" and other.page == item.page]
    return all(abs(item.line.cells[0].x0 - cell.x0) > 3 for line in lines for cell in line.cells)


def heading(item: Item, last: Item) -> bool:
    """A section's heading between rows: capitals without a digit, set left of where the line above
    starts (a wrapped description never starts left of its own row), in larger type ("INVOICE
    SUMMARY" over the totals), or labelled as a group's ("Category: Frames")."""
    if not item.line.cells or not last.line.cells or item.page != last.page:
        return False
    text = item.line.text
    if lx.GROUP_HEADING.match(text.strip()):
        return True
    left = item.line.cells[0].x0 < last.line.cells[0].x0 - 5
    return (left and _capitals(text)) or title(item, last.line.size)


def group_heading(item: Item, table: Table) -> bool:
    """A group's heading in capitals over the table's first row ("HALLOWEEN COLLECTION"), set left of
    the description's column (or, in a table naming none, a few words alone on the line with no
    digit: "EVERYDAY COLLECTION"): no words of the first description."""
    text = item.line.text
    starts = [c.x0 for c in table.columns if c.role == lx.DESCRIPTION]
    if not starts:
        return len(item.line.cells) == 1 and 2 <= len(text.split()) <= 4 and not any(
            ch.isdigit() for ch in text) and _capitals(text)
    return bool(item.line.cells) and item.line.cells[0].x0 < min(starts) - 5 and any(
        ch.isalpha() for ch in text) and _capitals(text)


def capitals_note(item: Item, last: Item, table: Table) -> bool:
    """A note in capitals, in smaller type than the description in mixed case over it ("PROMO CODE
    FALL25 APPLIED TO ABOVE LINES" under "7\" Dia Recycled Glass Vase"), or a group's heading in
    capitals standing twice a line's height under it ("EVERYDAY HOME"): no words of that description
    (a description in capitals goes on in capitals: "BAR, HEAT EXCHANGER MOUNTING," / "COOLER ...")."""
    text = item.line.text
    letters = sum(ch.isalpha() for ch in text)
    smaller = bool(item.line.font_size) and item.line.font_size < 0.97 * last.line.font_size and len(text.split()) >= 3
    heading = item.line.y - last.line.y >= 2 * max(item.line.size, 6.0) and not any(ch.isdigit() for ch in text) and (
        len(text.split()) >= 2)
    if (not (smaller or heading) or item.page != last.page or any(ch.islower() for ch in text)
            or letters < 0.6 * len("".join(text.split())) or not table.rows or labelled_code(text.strip())[0]):
        return False  # (nor a line naming the product's code: "SKU: PCS-PC-SS5 | MSRP $5.49")
    row = table.rows[-1]
    described = [description_text(row.values, table.columns), *(c.text for wrap in row.below for _, c in wrap.cells)]
    return any(ch.islower() for part in described for ch in part)


def _text_start(row: Row, table: Table) -> float | None:
    """Where the row's description starts: its first word on the row's line, else its first line
    printed under or over it; None when it prints none."""
    indexes = table.indexes(lx.DESCRIPTION)
    first = next((row.values[i].split()[0] for i in indexes if row.values.get(i, "").split()), None)
    own = next((word.x0 for word in row.line.words if word.text == first), None) if first else None
    wrapped = [wrap.cells[0][1].x0 for wrap in (*row.above, *row.below) if wrap.cells]
    return own if own is not None else min(wrapped, default=None)


def goes_on_over_the_page(item: Item, table: Table) -> bool:
    """Whether a text line heading a continued page may be the rest of the last row's description:
    not when it starts well left of where that description starts ("Lines 23-40 packed on pallet
    2" set from the code's column in small type, a note over the page's rows), unless the last rows'
    own lines under them start there too (a UPC printed under each row's code)."""
    start = _text_start(table.rows[-1], table) if table.rows else None
    if start is None or not item.line.cells or item.line.cells[0].x0 >= start - 5:
        return True
    x0 = item.line.cells[0].x0
    return sum(any(abs(wrap.cells[0][1].x0 - x0) <= 3 for wrap in row.below if wrap.cells)
               for row in table.rows[-6:]) >= 2


GOES_ON = re.compile(r"[,&(/-]$|\b(?:and|or|with|w/|of|for|in|on|to|from|into|between|und|mit|et|avec|en|y|con)$",
                     re.I)


def note_between(item: Item, last: Item, table: Table) -> bool:
    """A note between rows ("Backlist reorder — please ship complete", a merged cell across the
    table) or a group's heading in capitals ("HARVEST"): a text line starting left of where the rows'
    descriptions start, where none of the last rows' own wrapped lines starts (a table that prints
    each description under its code starts them all there), after a line that does not go on
    ("Walnut," does) and not going on itself in lower case."""
    rows = table.rows[-6:]
    starts = [x for row in rows if (x := _text_start(row, table)) is not None]
    text = item.line.text.strip().lstrip("-—–*=~•·>» ")  # ("--- HOLIDAY 2025 ---", "— Spring ... —", ">> Note")
    if len(rows) < 2 or len(starts) < len(rows) or not item.line.cells or item.line.cells[0].x0 >= min(starts) - 5:
        return False
    heading = text.isupper() and len(text) >= 4 and not any(ch.isdigit() for ch in text)  # "HARVEST"
    if (len(text.split()) < 3 and not heading) or not text[:1].isupper() or GOES_ON.search(last.line.text.strip()):
        return False
    start = item.line.cells[0].x0
    return not any(abs(wrap.cells[0][1].x0 - start) <= 3 for row in rows for wrap in (*row.above, *row.below)
                   if wrap.cells)
