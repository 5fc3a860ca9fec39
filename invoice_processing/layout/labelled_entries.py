"""Entries whose numbers each carry their own label, with no column header over them.

Some systems print each entry as a line of code and description and, under it, a strip of
labelled values: "Qty Ord: 72 | Qty Alloc: 0 | U/M: EA | List Price: 7.99 | Your Price: 6.392".
The labels say which column each value belongs to, so the strips are read as a table: each
strip's values move onto its entry's line, each into the slot of its own label (right of
everything else on the page), and one header line is put over the first entry, made of the
strips' labels and, for the entry line's own cells, what each holds (a code, a barcode, a
description). The table engine then reads every entry as a row like any other; lines between an
entry and its strip stay where they are (wrapped descriptions). Documents without such strips
(at least two, each with a quantity and a price or an amount) are returned unchanged.
"""

from __future__ import annotations

import re

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.header_labels import split_words
from invoice_processing.layout.label_roles import known_role
from invoice_processing.layout.label_slots import LabelSlots, beside, header_over
from invoice_processing.layout.page_furniture import is_furniture, repeated_lines
from invoice_processing.models import Cell, Page, TextLine

_LONGEST = 4  # words in one label
_PRICES = frozenset({lx.PRICE, lx.AMOUNT})
_AMOUNT = re.compile(r"[$€£]?\s*\d{1,3}(?:[.,\s]\d{3})*[.,]\d{2,4}")


def label_pairs(line: TextLine) -> list[tuple[str, Cell]] | None:
    """The line as (label, value word) pairs ("Qty Ord: 72", "SKU: F8026"), each label of up to
    four words ending in a colon, when the line is nothing else; else None."""
    words = split_words(line)
    pairs: list[tuple[str, Cell]] = []
    label: list[str] = []
    at = 0
    while at < len(words):
        text = words[at].text
        label.append(text)
        if len(text) > 1 and text.endswith(":") and at + 1 < len(words):
            pairs.append((" ".join(label)[:-1], words[at + 1]))
            label = []
            at += 2
            continue
        if len(label) > _LONGEST:
            return None
        at += 1
    return None if label else pairs


def strip_pairs(line: TextLine) -> list[tuple[str, Cell]] | None:
    """The line as (label, value word) pairs, "Qty Ord: 72" each, when it is nothing else: three
    pairs or more, at least half of their labels known, a quantity and a price or an amount among
    them; else None."""
    pairs = label_pairs(line)
    if pairs is None or len(pairs) < 3:
        return None
    roles = [known_role(name) for name, _ in pairs]
    if 2 * sum(1 for role in roles if role) < len(roles):
        return None
    return pairs if set(lx.QTY_ROLES).intersection(roles) and _PRICES.intersection(roles) else None


def labelled_entries(pages: tuple[Page, ...]) -> tuple[Page, ...]:
    """The pages with every strip's values on its entry's line and one header over the first
    entry (see the module's docstring); the pages themselves when the document has no strips."""
    strips = {(p, i): pairs for p, page in enumerate(pages) for i, line in enumerate(page.lines)
              if len(line.cells) >= 3 and (pairs := strip_pairs(line)) is not None}
    if len(strips) < 2:
        return pages
    furniture = repeated_lines(pages)  # (a footer of labelled sums on every page is no strip)
    strips = {(p, i): pairs for (p, i), pairs in strips.items() if not is_furniture(pages[p].lines[i], furniture, None)}
    if len(strips) < 2:
        return pages
    slots = beside(pages)
    for pairs in strips.values():  # every label's slot, in the order first printed
        for name, _ in pairs:
            slots.cell(name, name)
    out: list[Page] = []
    headed = False
    for p, page in enumerate(pages):
        lines, first = _joined(page, {i: pairs for (q, i), pairs in strips.items() if q == p}, slots, furniture)
        if first is not None and not headed:
            lines.insert(first, header_over(lines[first], slots))
            headed = True
        out.append(Page(page.number, tuple(line for line in lines if line.cells)))
    return tuple(out) if headed else pages


def _joined(page: Page, strips: dict[int, list[tuple[str, Cell]]], slots: LabelSlots,
            furniture: frozenset[str]) -> tuple[list[TextLine], int | None]:
    """The page's lines with each strip's values moved onto its entry (a strip's own line left
    empty); the index of the page's first entry, None when it has none. An entry is the line
    over the page's first strip (see ``_over``), and the first line after each strip for the next."""
    lines = list(page.lines)
    first: int | None = None
    entry: int | None = None  # the first line after the page's last strip
    seen = False  # a strip earlier on this page
    for i, line in enumerate(page.lines):
        pairs = strips.get(i)
        if pairs is None:
            if seen and entry is None and not is_furniture(line, furniture, None):
                entry = i
            continue
        at = entry if entry is not None else _over(page.lines, i)
        seen, entry = True, None
        if at < 0 or at in strips or _priced(lines[at]):
            continue  # (a line with prices of its own is a row, its labelled line under it no strip of it)
        values = tuple(slots.cell(name, value.text) for name, value in pairs)
        owner = lines[at]
        lines[at] = TextLine(owner.y, owner.cells + values, owner.size, owner.words + values if owner.words else ())
        lines[i] = TextLine(line.y, ())
        first = at if first is None else first
    return lines, first


def _priced(line: TextLine) -> bool:
    """True when a cell of the line is an amount with decimals ("4.00", "1,234.56")."""
    return any(_AMOUNT.fullmatch(cell.text.strip()) for cell in line.cells)


def _over(lines: tuple[TextLine, ...], strip: int) -> int:
    """The entry over a page's first strip: the nearest line above it that starts left of it (an
    entry's code starts at the margin; its wrapped description, over the strip too, further right),
    else the line right over it."""
    left = lines[strip].cells[0].x0
    for at in range(strip - 1, max(strip - 4, -1), -1):
        if lines[at].cells and lines[at].cells[0].x0 < left:
            return at
    return strip - 1
