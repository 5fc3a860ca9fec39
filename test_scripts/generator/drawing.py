"""A small drawing toolkit for realistic invoice PDFs: pages, wrapped table rows, page breaks.

Text is drawn with reportlab's ``drawString``/``drawRightString`` like invoicing software does,
so the PDF has a real text layer. Coordinates here are from the top of the page (y grows down)
and converted at the edge.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

WIDTH, HEIGHT = letter


@dataclass(frozen=True)
class Column:
    title: str
    x: float  # left edge for left-aligned text, right edge for right-aligned numbers
    width: float
    align: str = "left"  # left | right

    @property
    def left(self) -> float:
        return self.x if self.align == "left" else self.x - self.width


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap by measured string width (how invoicing software wraps a cell)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if current and stringWidth(trial, font, size) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    return [*lines, current] if current else lines


class Document:
    """A multi-page PDF being drawn; ``y`` is the cursor from the top of the current page."""

    def __init__(self, font: str = "Helvetica", size: float = 9.0, margin: float = 54.0):
        self.buffer = io.BytesIO()
        self.canvas = canvas.Canvas(self.buffer, pagesize=letter, invariant=1)
        self.font, self.size, self.margin = font, size, margin
        self.y = margin
        self.page = 1
        self.on_new_page: Callable[[Document], None] | None = None

    def text(self, x: float, y: float, value: str, *, size: float | None = None, bold: bool = False,
             align: str = "left") -> None:
        font = f"{self.font}-Bold" if bold else self.font
        self.canvas.setFont(font, size or self.size)
        draw = self.canvas.drawRightString if align == "right" else self.canvas.drawString
        draw(x, HEIGHT - y, value)

    def line(self, x0: float, x1: float, y: float) -> None:
        self.canvas.setLineWidth(0.5)
        self.canvas.line(x0, HEIGHT - y, x1, HEIGHT - y)

    def room(self, needed: float) -> bool:
        return self.y + needed <= HEIGHT - self.margin - 30

    def new_page(self) -> None:
        self.canvas.showPage()
        self.page += 1
        self.y = self.margin
        if self.on_new_page:
            self.on_new_page(self)

    def finish(self, total_pages_label: bool = True) -> bytes:
        self.canvas.save()
        return self.buffer.getvalue()


def table_header(doc: Document, columns: Sequence[Column], *, bold: bool = True) -> None:
    for col in columns:
        doc.text(col.x, doc.y, col.title, bold=bold, align=col.align)
    doc.line(columns[0].left, max(c.x if c.align == "right" else c.x + c.width for c in columns), doc.y + 4)
    doc.y += doc.size * 1.9


def table_row(doc: Document, columns: Sequence[Column], values: dict[str, str], *, pitch: float,
              wrap_column: str, before_break: Callable[[Document], None]) -> None:
    """Draw one row; the ``wrap_column`` text wraps inside its width onto extra lines."""
    col_by_title = {c.title: c for c in columns}
    wrapped = wrap(values.get(wrap_column, ""), doc.font, doc.size, col_by_title[wrap_column].width)
    needed = pitch + (len(wrapped) - 1) * doc.size * 1.2
    if not doc.room(needed):
        before_break(doc)
        doc.new_page()
    for col in columns:
        if col.title == wrap_column:
            for index, part in enumerate(wrapped):
                doc.text(col.x, doc.y + index * doc.size * 1.2, part)
        elif values.get(col.title):
            doc.text(col.x, doc.y, values[col.title], align=col.align)
    doc.y += needed
