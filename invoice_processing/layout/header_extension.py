"""The lines right under a column header that still belong to it: labels of their own ("Title"
under "ISBN | Ordered"), the labels again in another language, and tax qualifiers under like
labels ("(excl. btw)" | "(incl. btw)"). ``header_row`` reads a header's own lines."""

from __future__ import annotations

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.header_labels import Column, overlap, read_labels, split_words
from invoice_processing.layout.label_roles import AMBIGUOUS_ITEM, role_of, tax_qualifier
from invoice_processing.models import Cell, TextLine


def extended(lines: tuple[TextLine, ...], best: list[Column], last: int) -> tuple[list[Column], int]:
    """The header with the label-only lines under it (a translation, "Title" under its own line)
    and a line of its labels in another language."""
    for _ in range(2):
        extra = only_labels(lines[last], lines[last + 1]) if last + 1 < len(lines) else []
        if not extra:
            break
        best, last = with_columns(best, extra), last + 1
    qualified = _tax_qualified(lines[last], lines[last + 1], best) if last + 1 < len(lines) else []
    if qualified:
        best, last = qualified, last + 1
    elif last + 1 < len(lines) and _translated(lines[last], lines[last + 1], best):
        last += 1
    return best, last


def _tax_qualifier_cells(line: TextLine) -> list[Cell]:
    """The line's cells when each is a tax qualifier alone ("(excl. btw)", "(incl. btw)", "TTC"), else []."""
    cells = list(line.cells)
    return cells if cells and all(tax_qualifier(c.text.strip()) for c in cells) else []


def _tax_qualified(line: TextLine, below: TextLine, columns: list[Column]) -> list[Column]:
    """The header's columns with the tax qualifiers printed under their labels ("Prijs per
    eenheid" over "(incl. btw)": a price with tax, beside the one without), or [] when the line
    under the header is not only such qualifiers, each under one label."""
    cells = _tax_qualifier_cells(below)
    if not cells or not 0 < below.y - line.y <= 2.0 * max(line.size, below.size, 6.0):
        return []
    qualified = list(columns)
    for cell in cells:
        under = [at for at, column in enumerate(columns) if overlap(cell, column) > 0]
        if len(under) != 1:
            return []
        column = columns[under[0]]
        label = f"{column.label} {cell.text.strip()}"
        qualified[under[0]] = Column(role_of(label) or column.role, column.x0, column.x1, label)
    return qualified


def _translated(line: TextLine, below: TextLine, columns: list[Column]) -> bool:
    """True for the header's labels again in another language right under it ("Quantity/ | Unit
    Price/" over "Menny. | Egységár"): three or more cells without a digit, each under a label of
    its own, for half the labels or more."""
    if len(below.cells) < 3 or not 0 < below.y - line.y <= 1.8 * max(line.size, below.size, 6.0) or any(
            ch.isdigit() for ch in below.text):
        return False
    under = [{at for at, column in enumerate(columns) if overlap(cell, column) > 0} for cell in below.cells]
    named = set().union(*under)
    # each cell under labels of its own, and half the labels or more translated (not a description's words)
    return all(under) and len(named) == sum(map(len, under)) and 2 * len(named) >= len(columns)


def only_labels(line: TextLine, below: TextLine) -> list[Column]:
    """The labels of a line just under the header whose every word is a known column label."""
    pitch = max(line.size, below.size, 6.0)
    if not 0 < below.y - line.y <= 1.8 * pitch:
        return []
    labels = read_labels(split_words(below), below.size)
    return labels if labels and all(label.role for label in labels) else []


def _names_product(column: Column) -> bool:
    """A label that names what was sold: "Description", or "Product"/"Item" alone."""
    return column.role == lx.DESCRIPTION or column.label.strip().lower() in AMBIGUOUS_ITEM


def with_columns(columns: list[Column], extra: list[Column]) -> list[Column]:
    """The header's columns and the labels of a line under it that stand under none of them
    (a third header line naming its own column: "Title" under "ISBN | Ordered"), and the
    description's label under numbers' labels when the header names none ("Product" under
    "Ordered"); never a label under another text column's ("Description" under "Item")."""
    named = {c.role for c in columns}
    free: list[Column] = []
    columns = list(columns)
    for label in extra:
        over = [o for o in columns if label.x0 < o.x1 and o.x0 < label.x1]
        joined = _completing(over, label)
        if joined is not None:  # "Total" over the header's line, "Units" under it: one label
            columns[columns.index(over[0])] = joined
        elif not over:
            free.append(label)
        elif _names_product(label) and lx.DESCRIPTION not in named and all(o.numeric for o in over):
            clipped = _beside(label, over)  # the product's name under numbers' labels: the part beside them
            if clipped is not None:
                free.append(clipped)
    return sorted(columns + free, key=lambda c: c.x0)


def _completing(over: list[Column], label: Column) -> Column | None:
    """The one-word label ``label`` stands under, completed by it into a count's or a price's label of
    another role ("Total" and "Units": "Total Units", a quantity), else None."""
    if len(over) != 1 or len(over[0].label.split()) != 1 or len(label.label.split()) != 1:
        return None
    text = f"{over[0].label} {label.label}"
    role = role_of(text) or (label.role if label.role in lx.QTY_ROLES else "")  # ("Total Units" names no total)
    if role in (*lx.QTY_ROLES, *lx.PRICE_ROLES) and role != over[0].role:
        return Column(role, min(over[0].x0, label.x0), max(over[0].x1, label.x1), text)
    return None


def _beside(label: Column, over: list[Column]) -> Column | None:
    """The wider part of ``label`` left or right of the columns it overlaps, if any is left."""
    left, right = min(o.x0 for o in over), max(o.x1 for o in over)
    parts = [(left - label.x0, label.x0, left), (label.x1 - right, right, label.x1)]
    width, x0, x1 = max(parts)
    return Column(label.role, x0, x1, label.label) if width > 2 else None
