"""Columns whose labels could name two things, decided by the body: of two text columns whose
labels could each name the code or the description ("Item" and "Product"), the column whose cells
are single code-like tokens is the code and the one whose cells are words the description; a
"Unit" column of bare counts in a table naming no quantity is the quantity ("Unit | Description |
Unit Price | Amount" over "150 | Hex Head Screw | 3.50 | 525.00")."""

from __future__ import annotations

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.columns import placements
from invoice_processing.layout.header_labels import Column
from invoice_processing.layout.numbers import CENTS, NumberFormat, parse_amount
from invoice_processing.models import TextLine

_BODY_LINES = 30


def _coded(text: str) -> bool:
    return len(text.split()) == 1 and lx.looks_like_code(text)


def by_body(columns: tuple[Column, ...], lines: tuple[TextLine, ...], fmt: NumberFormat) -> tuple[Column, ...]:
    """``columns`` with the code and the description swapped when the body prints words under
    the code's label and codes under the description's, on most lines that fill both; a unit's
    column of counts as the quantity (``_counted_units``)."""
    columns = _valued_texts(_counted_units(columns, lines, fmt), lines, fmt)
    codes = [i for i, c in enumerate(columns) if c.role == lx.CODE]
    descriptions = [i for i, c in enumerate(columns) if c.role == lx.DESCRIPTION]
    if len(codes) != 1 or len(descriptions) != 1:
        return columns
    code, description = codes[0], descriptions[0]
    both = swapped = 0
    for line in lines[:_BODY_LINES]:
        placed = placements(line, columns, fmt)
        if code not in placed or description not in placed:
            continue
        both += 1
        code_text = " ".join(c.text for c in placed[code])
        description_text = " ".join(c.text for c in placed[description])
        swapped += _coded(description_text) and lx.worded(code_text)
    if both < 2 or swapped < 0.6 * both:
        return columns
    return _turned(columns, {code: lx.DESCRIPTION, description: lx.CODE})


def _counted_units(columns: tuple[Column, ...], lines: tuple[TextLine, ...], fmt: NumberFormat) -> tuple[Column, ...]:
    """``columns`` with their one unit's column as the quantity when no column names a quantity and
    the body's rows print a whole number first under that label, two rows or more and nearly every one."""
    units = [i for i, c in enumerate(columns) if c.role == lx.UOM]
    if len(units) != 1 or any(c.role in lx.QTY_ROLES for c in columns):
        return columns
    unit, numeric = units[0], [i for i, c in enumerate(columns) if c.numeric]
    cells = [placed[unit][0].text for line in lines[:_BODY_LINES]  # (on lines with numbers: the rows)
             if unit in (placed := placements(line, columns, fmt)) and any(i in placed for i in numeric)]
    counts = sum(1 for text in cells if (text.split() or [""])[0].isdigit())  # (a description may start in its cell)
    if counts < 2 or counts < 0.9 * len(cells):
        return columns
    return _turned(columns, {unit: lx.QTY})


def _valued_texts(columns: tuple[Column, ...], lines: tuple[TextLine, ...], fmt: NumberFormat) -> tuple[Column, ...]:
    """``columns`` with a second description's column that prints only amounts with cents as the amount
    ("List | Disc% | Nett | Goods" over "118.5000 | 52.00 | 56.8800 | 227.52": the goods' value), on two rows
    or more and every one."""
    texts = [i for i, c in enumerate(columns) if c.role == lx.DESCRIPTION]
    if len(texts) != 2 or any(c.role == lx.AMOUNT and c.x0 > columns[texts[1]].x0 for c in columns):
        return columns
    last = texts[1]
    cells = [" ".join(c.text for c in placed[last]) for line in lines[:_BODY_LINES]
             if last in (placed := placements(line, columns, fmt))]
    valued = sum(1 for text in cells if parse_amount(text, fmt) is not None and CENTS.search(text))
    if valued < 2 or valued < len(cells):
        return columns
    return _turned(columns, {last: lx.AMOUNT})


def _turned(columns: tuple[Column, ...], roles: dict[int, str]) -> tuple[Column, ...]:
    """``columns`` with the columns at ``roles``' indexes given those roles, in place and label kept."""
    return tuple(Column(roles[i], c.x0, c.x1, c.label) if i in roles else c for i, c in enumerate(columns))
