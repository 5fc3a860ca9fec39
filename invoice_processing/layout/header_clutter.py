"""What a header's line carries beside its labels: a totals box's label and amount level with it, a
labelled number and "(continued)" on a continued page. The header is read without them."""

from __future__ import annotations

import re
from dataclasses import replace

from invoice_processing.layout import lexicon as lx
from invoice_processing.models import TextLine

_FIELD = re.compile(r"\w[:#]\s*[A-Z]{0,4}[-/]?\d{4,}")  # a labelled number: "ORDER NO: CS004127586", "PO#: 88213"


def less_side_total(lines: tuple[TextLine, ...], at: int) -> tuple[TextLine, ...]:
    """The lines with ``lines[at]`` read without a totals' label and amount that end it ("Item | ... |
    Amount | Subtotal | 806.90": a spreadsheet's totals box set beside the table, its first line level
    with the header)."""
    line = lines[at]
    if len(line.cells) < 4:
        return lines
    label, amount = line.cells[-2], line.cells[-1]
    if not (lx.TOTALS.match(label.text.strip()) and _AMOUNT.match(amount.text.strip())):
        return lines
    less = replace(line, cells=line.cells[:-2], words=tuple(w for w in line.words if w.x1 <= label.x0))
    return (*lines[:at], less, *lines[at + 1:])


_AMOUNT = re.compile(r"^[$€£]?\s?\d[\d,.' ]*[.,]\d{2}$")


def less_fields(lines: tuple[TextLine, ...], at: int) -> tuple[TextLine, ...]:
    """The lines with ``lines[at]`` read without a labelled number and a "(continued)" set on it ("ORDER NO:
    CS004127586 | (continued)" level with a continued page's top labels "Qty | Qty | List | Your"): no labels."""
    line = lines[at]
    if ":" not in line.text and "#" not in line.text:
        return lines
    fields = [c for c in line.cells if _FIELD.search(c.text) or (lx.CONTINUED.search(c.text) and len(c.text) <= 14)]
    if not fields or not any(_FIELD.search(c.text) for c in fields) or len(fields) == len(line.cells):
        return lines
    less = replace(line, cells=tuple(c for c in line.cells if c not in fields), words=tuple(
        w for w in line.words if not any(f.x0 <= w.x0 and w.x1 <= f.x1 for f in fields)))
    return (*lines[:at], less, *lines[at + 1:])
