"""Group titles over a column header, each spanning several of its columns.

"Quantity" over "Shipped | Back", "Price" over "List | Truck | Your": a line of a few general
labels each spanning several columns of the header under it. Such a line is no part of any one
column's label (it is not read as "Quantity Shipped Back"); it completes the labels under it
that say nothing alone ("Your" under "Price" is "Your Price"). ``header_row`` asks both."""

from __future__ import annotations

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.header_labels import Column, read_labels, split_words
from invoice_processing.layout.label_roles import known_role
from invoice_processing.layout.stacked_labels import cell_of
from invoice_processing.models import Cell, TextLine

_GROUPS = frozenset({*lx.QTY_ROLES, lx.PRICE, lx.LIST_PRICE, lx.AMOUNT})  # what a group title says


def group_titles(lines: tuple[TextLine, ...], at: int) -> list[Column]:
    """The titles of ``lines[at]`` when it is a line of group titles over the header one or two
    lines under it, else []: at most three general labels, all words labels, the header under
    them naming more than twice as many columns, and a title standing over two of its labels."""
    line = lines[at]
    words = [w for w in split_words(line) if any(ch.isalnum() for ch in w.text)]  # ("------ Quantity ------")
    if len(words) > 6 or not words:
        return []  # (at most three titles of two words each: a header's own line has more)
    titles = [_general(c) for c in read_labels(words, line.size)]
    if not titles or len(titles) > 3 or any(c.role not in _GROUPS for c in titles):
        return []
    over = line
    for below in lines[at + 1:at + 3]:
        if not 0 < below.y - over.y <= 2.0 * max(over.size, below.size, 6.0) or any(
                ch.isdigit() for ch in below.text):
            return []
        over = below
        labels = read_labels(split_words(below), below.size)
        if len(labels) > 2 * len(titles) and any(_straddles(title, labels, below.cells) for title in titles):
            return titles
    return []


_GENERAL = {"pricing": lx.PRICE, "prices": lx.PRICE, "quantities": lx.QTY, "amounts": lx.AMOUNT}


def _general(title: Column) -> Column:
    """A group's title in words no column is labelled with ("Pricing (USD)", "Quantities") as the
    role it stands for."""
    role = title.role or _GENERAL.get(lx.normal_label(title.label), "")
    return Column(role, title.x0, title.x1, title.label) if role != title.role else title


def _straddles(title: Column, labels: list[Column], cells: tuple[Cell, ...]) -> bool:
    """True when ``title`` stands over two of ``labels`` at once, each naming a column of its own
    and printed apart (a group's title over its columns; not "Unit Price" over "(ex GST)", not
    "Prix" over "Net UF")."""
    under = [c for c in labels if c.x0 < title.x1 and title.x0 < c.x1 and c.role not in ("", lx.OTHER, lx.TAX)]
    apart = {cell_of(Cell(c.x0, c.x0, c.label), cells) for c in under}
    return len(under) >= 2 and len(apart) >= 2


def completed(columns: list[Column], titles: list[Column]) -> list[Column]:
    """The columns, each one-word label that names nothing alone completed by the nearest group
    title when together they name a column ("Your" under "Price": "Your Price")."""
    out = []
    for column in columns:
        if column.role in (lx.OTHER, "") and len(column.label.split()) == 1:
            title = min(titles, key=lambda t: abs(t.centre - column.centre))
            for label in (f"{column.label} {title.label}", f"{title.label} {column.label}"):
                role = known_role(label)
                if role:
                    column = Column(role, column.x0, column.x1, label)
                    break
        out.append(column)
    return out


def titles_over(lines: tuple[TextLine, ...], first: int) -> list[Column]:
    """The group titles one or two lines over a header starting at ``lines[first]``, else []."""
    for at in (first - 1, first - 2):
        if at >= 0:
            titles = group_titles(lines, at)
            if titles:
                return titles
    return []
