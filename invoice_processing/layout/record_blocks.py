"""Items printed as blocks of labelled lines, one value per line, instead of a table's rows.

An e-invoice viewer (an XRechnung or ZUGFeRD invoice rendered for people) prints each position
as a block: "Artikelnummer | SCH-953927", "Artikelname | Laminierfolien A4", "Menge | 50 Pack",
"Einzelpreis (netto) | 11,20 EUR", "Gesamtpreis (netto) | 560,00 EUR", the labels in one column
and the values in another. Each block whose labels name a quantity, a price or an amount, and a
code or a description becomes one line, each value in the slot of its label, under one header
line made of the labels, so the table engine reads every block as a row. A value going on over
a second line (a long name) is joined to its value. A document without two such blocks is
returned unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.label_roles import role_of
from invoice_processing.layout.label_slots import LabelSlots
from invoice_processing.models import Page, TextLine

_SLOT, _STEP, _LEFT = 90.0, 100.0, 40.0  # the slots the values are set in, left to right
_NEAR = 3.0  # points: a value's continuation starts where the value starts
_PRICES = frozenset({lx.PRICE, lx.AMOUNT})
_NAMES = frozenset({lx.CODE, lx.DESCRIPTION})
# the values a row is read from (a tax printed in words, "Normalsatz (S), 19 %", or a position's number are not)
_KEPT = frozenset({lx.CODE, lx.UPC, lx.DESCRIPTION, *lx.QTY_ROLES, lx.UOM, lx.PRICE, lx.LIST_PRICE, lx.AMOUNT,
                   lx.DISCOUNT})


@dataclass
class _Block:
    values: dict[str, str] = field(default_factory=dict)  # label -> value, in the order printed
    roles: set[str] = field(default_factory=set)
    seen: set[str] = field(default_factory=set)  # every label printed in the block
    kept_roles: list[str] = field(default_factory=list)  # the roles of ``values``, in their order
    rows: list[int] = field(default_factory=list)  # the block's lines on its page
    start: float = 0.0  # where its values start across the page (its continuations start there too)

    def item(self) -> bool:
        """True when the block is an item: a quantity, a price or an amount, and a code or a name
        with letters, and no total among its labels (a summary box "Items | Units | Subtotal")."""
        named = any(role in _NAMES and any(ch.isalpha() for ch in value)
                    for role, value in zip(self.kept_roles, self.values.values(), strict=True))
        return bool(self.roles & set(lx.QTY_ROLES) and self.roles & _PRICES and named and not any(
            lx.TOTALS.match(label) or lx.SUBTOTALS.match(label) for label in self.seen))


def _pair(line: TextLine) -> tuple[str, str, str, float] | None:
    """(label, role, value, value's x) of a line "label | value" whose label names a role."""
    if len(line.cells) < 2:
        return None
    label = line.cells[0].text.strip().rstrip(":").strip()
    role = role_of(label) if label and not any(ch.isdigit() for ch in label) else ""
    if not role:
        return None
    value = " ".join(c.text.strip() for c in line.cells[1:])
    return label, role, value, line.cells[1].x0


def _blocks(page: Page) -> list[_Block]:
    """The page's blocks of labelled lines, in order (a label printed again starts the next)."""
    blocks: list[_Block] = []
    block: _Block | None = None
    last = ""
    for at, line in enumerate(page.lines):
        pair = _pair(line)
        if pair is None:
            if block is not None and last and line.cells and abs(line.cells[0].x0 - block.start) <= _NEAR:
                block.values[last] += " " + line.text.strip()  # the value goes on ("Informationsverarbeitung")
                block.rows.append(at)
                continue
            block, last = None, ""
            continue
        label, role, value, x = pair
        if block is None or label in block.seen or abs(x - block.start) > _NEAR:
            block = _Block(start=x)
            blocks.append(block)
        block.rows.append(at)
        block.seen.add(label)
        block.roles.add(role)
        if role in _KEPT:
            block.values[label] = value
            block.kept_roles.append(role)
        last = label if role in _KEPT else ""
    return blocks


def record_blocks(pages: tuple[Page, ...]) -> tuple[Page, ...]:
    """The pages with every item block as one line under a header of its labels (see the module's
    docstring); the pages themselves when the document has fewer than two item blocks."""
    found = [[b for b in _blocks(page) if b.item()] for page in pages]
    if sum(len(items) for items in found) < 2:
        return pages
    slots = LabelSlots(_LEFT, _SLOT, _STEP)
    for items in found:  # every label's slot, in the order first printed
        for block in items:
            for label in block.values:
                slots.cell(label, label)
    out: list[Page] = []
    for page, items in zip(pages, found, strict=True):
        if not items:
            out.append(page)
            continue
        lines = list(page.lines)
        gone = {row for block in items for row in block.rows}
        for block in items:
            first = page.lines[block.rows[0]]
            cells = tuple(slots.cell(label, value) for label, value in block.values.items())
            lines[block.rows[0]] = TextLine(first.y, cells, first.size, cells)
        head = page.lines[items[0].rows[0]]
        header = slots.header()
        kept = [line for at, line in enumerate(lines) if at not in gone or any(at == b.rows[0] for b in items)]
        kept.insert(kept.index(lines[items[0].rows[0]]), TextLine(head.y - 0.5, header, head.size, header))
        out.append(Page(page.number, tuple(kept)))
    return tuple(out)
