"""Pages of drawing operations, laid out first and written as one PDF at the end.

Recording before writing lets a footer print "Page 2 of 3". Coordinates are from the top of
the page (y grows down), as in ``drawing.py``; text uses reportlab's standard fonts so the PDF
has a real text layer and needs no font files.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

FONTS = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Times": ("Times-Roman", "Times-Bold"),
         "Courier": ("Courier", "Courier-Bold")}
PAPER = {"letter": letter, "A4": A4}
Op = tuple


class Sheet:
    """A document being laid out; ``y`` is the cursor from the top of the current page."""

    def __init__(self, family: str, size: float, paper: str, turned: bool, margin: float, top: float):
        self.width, self.height = landscape(PAPER[paper]) if turned else PAPER[paper]
        self.family, self.size, self.margin, self.top = family, size, margin, top
        self.bottom = max(top * 0.9, size * 3 + 24)  # room under the last row for "continued" and the footer
        self.pages: list[list[Op]] = [[]]
        self.current = 0
        self.y = top

    @property
    def right(self) -> float:
        return self.width - self.margin

    @property
    def page(self) -> int:
        return self.current + 1

    def font(self, bold: bool = False) -> str:
        return FONTS[self.family][bold]

    def measure(self, value: str, size: float | None = None, bold: bool = False) -> float:
        return stringWidth(value, self.font(bold), size or self.size)

    def text(self, x: float, y: float, value: str, *, size: float | None = None, bold: bool = False,
             align: str = "left", gray: float = 0.0) -> None:
        if value:
            self.pages[self.current].append(("text", x, y, value, self.font(bold), size or self.size, align, gray))

    def rule(self, x0: float, x1: float, y: float, width: float = 0.5) -> None:
        self.pages[self.current].append(("rule", x0, x1, y, width))

    def box(self, x: float, y: float, w: float, h: float, *, fill: float | None = None, radius: float = 0) -> None:
        """A rectangle with its top-left corner at (x, y); ``fill`` is a gray level (0 black, 1 white)."""
        self.pages[self.current].append(("box", x, y, w, h, fill, radius))

    def circle(self, x: float, y: float, r: float, fill: float) -> None:
        self.pages[self.current].append(("circle", x, y, r, fill))

    def fits(self, needed: float) -> bool:
        return self.y + needed <= self.height - self.bottom

    def new_page(self) -> None:
        self.pages.append([])
        self.current = len(self.pages) - 1
        self.y = self.top

    def pdf(self, footer: Callable[[Sheet, int, int], None] | None = None) -> bytes:
        """The PDF; ``footer(sheet, page, pages)`` is called on every page first."""
        if footer:
            for index in range(len(self.pages)):
                self.current = index
                footer(self, index + 1, len(self.pages))
        buffer = io.BytesIO()
        pdf = canvas.Canvas(buffer, pagesize=(self.width, self.height), invariant=1)
        for ops in self.pages:
            for op in ops:
                _draw(pdf, self.height, op)
            pdf.showPage()
        pdf.save()
        return buffer.getvalue()


def _draw(pdf: canvas.Canvas, height: float, op: Op) -> None:
    kind, *args = op
    if kind == "text":
        x, y, value, font, size, align, gray = args
        pdf.setFillGray(gray)
        pdf.setFont(font, size)
        draw = {"right": pdf.drawRightString, "center": pdf.drawCentredString}.get(align, pdf.drawString)
        draw(x, height - y, value)
        pdf.setFillGray(0)
    elif kind == "rule":
        x0, x1, y, width = args
        pdf.setLineWidth(width)
        pdf.line(x0, height - y, x1, height - y)
    elif kind == "box":
        x, y, w, h, fill, radius = args
        pdf.setLineWidth(0.6)
        if fill is not None:
            pdf.setFillGray(fill)
        pdf.roundRect(x, height - y - h, w, h, radius, stroke=1 if fill is None else 0, fill=fill is not None)
        pdf.setFillGray(0)
    elif kind == "circle":
        x, y, r, fill = args
        pdf.setFillGray(fill)
        pdf.circle(x, height - y, r, stroke=0, fill=1)
        pdf.setFillGray(0)
