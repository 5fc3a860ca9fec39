"""Local backend: the PDF's own text layer, read with PDFium, no network.

PDFium reports text as rectangles (runs of characters on one line). We group them into
visual lines and keep each run as a ``Cell`` with its x extent, so the vendor rules can tell
columns apart. Measured on a generated 15-page table (ms/page): pypdfium2 text runs 5,
pypdf 8 (layout mode 10), pdfplumber 57; pypdfium2 is also the only one of the three that
keeps cell positions at that speed.
"""

from __future__ import annotations

from ..models import Backend, Cell, Document, Page, PdfInput, TextLine
from ..pdf import open_document
from .backend import BackendError, Deadline

_Run = tuple[float, float, float, float, str]  # top, bottom, x0, x1, text (y grows downwards)


class LocalBackend:
    name = Backend.LOCAL

    def extract(self, pdf: PdfInput, deadline: Deadline) -> Document:
        pages = read_pages(pdf.data)
        if not any(page.lines for page in pages):
            raise BackendError("no_text_layer", "the PDF has no text layer")
        return Document(pages=tuple(pages), backend=Backend.LOCAL)


def read_pages(data: bytes) -> list[Page]:
    pages: list[Page] = []
    with open_document(data) as doc:
        for index in range(len(doc)):
            page = doc[index]
            try:
                runs = _page_runs(page)
            finally:
                page.close()
            pages.append(Page(number=index + 1, lines=tuple(group_lines(runs))))
    return pages


def _page_runs(page) -> list[_Run]:
    height = page.get_height()
    textpage = page.get_textpage()
    try:
        runs: list[_Run] = []
        for i in range(textpage.count_rects()):
            left, bottom, right, top = textpage.get_rect(i)
            text = textpage.get_text_bounded(left, bottom, right, top)
            text = " ".join(text.split())
            if text:
                runs.append((height - top, height - bottom, left, right, text))
        return runs
    finally:
        textpage.close()


def group_lines(runs: list[_Run]) -> list[TextLine]:
    """Cluster runs whose vertical centres are close into lines; order cells left to right."""
    lines: list[list[_Run]] = []
    for run in sorted(runs, key=lambda r: ((r[0] + r[1]) / 2, r[2])):
        centre = (run[0] + run[1]) / 2
        if lines:
            last = lines[-1]
            top = min(r[0] for r in last)
            bottom = max(r[1] for r in last)
            tolerance = max(2.0, 0.45 * min(bottom - top, run[1] - run[0]))
            if abs(centre - (top + bottom) / 2) <= tolerance:
                last.append(run)
                continue
        lines.append([run])
    return [_to_line(group) for group in lines]


def _to_line(group: list[_Run]) -> TextLine:
    group.sort(key=lambda r: r[2])
    height = max(r[1] - r[0] for r in group)
    cells: list[Cell] = []
    for _top, _bottom, x0, x1, text in group:
        if cells:
            prev = cells[-1]
            gap = x0 - prev.x1
            if gap < 0.4 * height:  # a word gap, not a column gap: same cell
                joiner = " " if gap > 0.1 * height else ""
                cells[-1] = Cell(prev.x0, max(prev.x1, x1), prev.text + joiner + text)
                continue
        cells.append(Cell(x0, x1, text))
    y = sum((r[0] + r[1]) / 2 for r in group) / len(group)
    return TextLine(y=round(y, 2), cells=tuple(cells), size=round(height, 2))
