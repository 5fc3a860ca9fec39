"""Columns made from labels printed beside their values: one slot per label, in the order the
labels are first printed, where the table engine reads them as a header's columns (labelled
strips under entries, blocks of labelled lines)."""

from __future__ import annotations

from dataclasses import dataclass, field

from invoice_processing.layout import lexicon as lx
from invoice_processing.models import Cell, Page, TextLine

_GAP = 12.0  # between the pages' right-most text and the first slot
_SLOT = 60.0  # a slot's width
_STEP = 70.0  # from one slot to the next
# the labels put over an entry line's own cells, as the lexicon spells them (read back by the header reader)
NAMES = {lx.UPC: "UPC", lx.CODE: "Item No", lx.DESCRIPTION: "Description"}


@dataclass
class LabelSlots:
    left: float  # where the first slot starts
    width: float  # a slot's width
    step: float  # from one slot to the next
    labels: list[str] = field(default_factory=list)  # in the order first printed

    def cell(self, label: str, text: str) -> Cell:
        """``text`` set in ``label``'s slot (a new label takes the next slot)."""
        if label not in self.labels:
            self.labels.append(label)
        x0 = self.left + self.step * self.labels.index(label)
        return Cell(x0, x0 + self.width, text)

    def header(self) -> tuple[Cell, ...]:
        """The labels themselves, each in its slot: the header line over the values."""
        return tuple(self.cell(label, label) for label in self.labels)


def beside(pages: tuple[Page, ...]) -> LabelSlots:
    """Slots right of everything printed on ``pages`` (values moved there never meet the page's own text)."""
    right = max((c.x1 for page in pages for line in page.lines for c in line.cells), default=0.0)
    return LabelSlots(right + _GAP, _SLOT, _STEP)


def named(cell: Cell) -> str:
    """The label an entry line's own cell stands under, by what it holds (a barcode, a code, a description)."""
    token = cell.text.strip()
    if token.isdigit() and 8 <= len(token) <= 14:
        return NAMES[lx.UPC]
    return NAMES[lx.CODE] if " " not in token and lx.looks_like_code(token) else NAMES[lx.DESCRIPTION]


def header_over(owner: TextLine, slots: LabelSlots) -> TextLine:
    """The header line put right over an entry line: its own cells named by what they hold, then the slots' labels."""
    cells = tuple(Cell(c.x0, c.x1, named(c)) for c in owner.cells if c.x1 < slots.left) + slots.header()
    return TextLine(owner.y - 0.5, cells, owner.size, cells)
