"""Page machinery for ``creative_coop_variants``: fonts, columns, visual lines, pagination, drawing.

Everything is measured in points from the top-left corner of the page (``y`` grows down, it is
the baseline of a text line) and converted at the canvas. A document is a list of ``Block``s of
``Row``s; ``paginate`` places them on pages (a block may break across pages unless it is kept
together) and repeats a table's column header at the top of every page the table continues on.
The page furniture (letterhead, page numbers, footers) is drawn afterwards, once the page count
is known, so "Page 3 of 15" is always right.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from .drawing import wrap

FAMILIES: dict[str, tuple[str, str]] = {
    "Helvetica": ("Helvetica", "Helvetica-Bold"),
    "Times": ("Times-Roman", "Times-Bold"),
    "Courier": ("Courier", "Courier-Bold"),
}


@dataclass(frozen=True)
class Face:
    """A font family at one size; ``width`` measures text as it will be drawn."""

    family: str
    size: float

    def name(self, bold: bool = False) -> str:
        return FAMILIES[self.family][1 if bold else 0]

    def width(self, text: str, bold: bool = False, size: float | None = None) -> float:
        return stringWidth(text, self.name(bold), size or self.size)

    def wrap(self, text: str, width: float) -> list[str]:
        """Greedy word wrap by measured width (``drawing.wrap``): joining the lines with single
        spaces gives the text back."""
        return wrap(text, self.name(), self.size, width)


@dataclass(frozen=True)
class Cell:
    x: float
    text: str
    align: str = "left"  # left | right | center
    bold: bool = False
    size: float | None = None  # None: the document's size


@dataclass
class Row:
    """One visual line: its cells, the distance to the next line, optional rules under it."""

    cells: list[Cell]
    step: float
    rules: list[tuple[float, float, float]] = field(default_factory=list)  # (x0, x1, dy below baseline)


@dataclass
class Block:
    """Rows that belong together (a product with its description and sub-lines, a totals box).

    ``keep``: move the whole block to the next page when it does not fit (else it breaks where
    the page ends). ``table``: the table the rows belong to; a page that starts inside it gets
    that table's continuation header. ``need``: room that must remain after the block (a
    column header is never left alone at the foot of a page). ``before``: space above.
    """

    rows: list[Row]
    keep: bool = False
    table: str | None = None
    need: float = 0.0
    before: float = 0.0

    @property
    def height(self) -> float:
        return sum(r.step for r in self.rows)


@dataclass
class Col:
    """A table column: ``x`` is the left edge (left-aligned text) or right edge (numbers)."""

    key: str
    label: str
    align: str
    width: float
    x: float = 0.0

    @property
    def left(self) -> float:
        return self.x if self.align == "left" else self.x - self.width

    @property
    def right(self) -> float:
        return self.x + self.width if self.align == "left" else self.x

    def cell(self, text: str, bold: bool = False) -> Cell:
        return Cell(self.x, text, self.align, bold)


def place_columns(cols: list[Col], start: float, gap: float) -> float:
    """Lay the columns out left to right from ``start``; returns the right edge of the last."""
    x = start
    for col in cols:
        col.x = x if col.align == "left" else x + col.width
        x += col.width + gap
    return x - gap


def page_size(orientation: str) -> tuple[float, float]:
    return landscape(letter) if orientation == "landscape" else letter


Placed = list[tuple[float, Row]]


@dataclass
class Frame:
    """Where the body of each page may go, and the rows a continued table repeats on top."""

    top_first: float
    top_next: float
    bottom: float
    continuation: Callable[[str], list[Row]]


def paginate(blocks: list[Block], frame: Frame) -> list[Placed]:
    pages: list[Placed] = [[]]
    y = frame.top_first

    def new_page(table: str | None) -> None:
        nonlocal y
        pages.append([])
        y = frame.top_next
        if table:
            for row in frame.continuation(table):
                place(row)

    def place(row: Row) -> None:
        nonlocal y
        pages[-1].append((y, row))
        y += row.step

    for block in blocks:
        y += block.before if pages[-1] else 0
        last = block.rows[-1].step if block.rows else 0
        fits = y + block.height - last + block.need <= frame.bottom
        if (block.keep or block.need) and not fits and pages[-1]:
            new_page(block.table)
        for row in block.rows:
            if y > frame.bottom:
                new_page(block.table)
            place(row)
    return pages


@dataclass
class Ink:
    """Drawing operations for one page's furniture, replayed on the canvas."""

    ops: list[tuple] = field(default_factory=list)

    def text(self, x: float, y: float, text: str, *, size: float, bold: bool = False, align: str = "left") -> None:
        self.ops.append(("text", x, y, text, size, bold, align))

    def rule(self, x0: float, x1: float, y: float, width: float = 0.5) -> None:
        self.ops.append(("rule", x0, x1, y, width))

    def box(self, x: float, y: float, w: float, h: float) -> None:
        self.ops.append(("box", x, y, w, h))


def draw(orientation: str, face: Face, pages: list[Placed], furniture: Callable[[int, int], Ink]) -> bytes:
    """Draw every page: its furniture (given page number and count), then its rows."""
    width, height = page_size(orientation)
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(width, height), invariant=1)

    def text(x: float, y: float, value: str, size: float, bold: bool, align: str) -> None:
        pdf.setFont(face.name(bold), size)
        if align == "right":
            pdf.drawRightString(x, height - y, value)
        elif align == "center":
            pdf.drawCentredString(x, height - y, value)
        else:
            pdf.drawString(x, height - y, value)

    for number, placed in enumerate(pages, start=1):
        pdf.setLineWidth(0.5)
        for op in furniture(number, len(pages)).ops:
            if op[0] == "text":
                text(*op[1:])
            elif op[0] == "rule":
                pdf.setLineWidth(op[4])
                pdf.line(op[1], height - op[3], op[2], height - op[3])
            else:
                pdf.setLineWidth(0.5)
                pdf.rect(op[1], height - op[2] - op[4], op[3], op[4])
        pdf.setLineWidth(0.4)
        for y, row in placed:
            for cell in row.cells:
                if cell.text:
                    text(cell.x, y, cell.text, cell.size or face.size, cell.bold, cell.align)
            for x0, x1, dy in row.rules:
                pdf.line(x0, height - y - dy, x1, height - y - dy)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()
