"""What the vendor rules read from a document: its product lines through the table engine
(``layout``) and its header lines with word-spaced labels read as phrases.

A line printed in a widely tracked font comes from the backend as one cell per word ("Order",
"Date:", "06/18/25"); the header labels ("Order Date:", "P.O. Number") are read again as
phrases: words closer than the font size belong together, as they do on any other line.
"""

from __future__ import annotations

from invoice_processing.layout.numbers import detect_format
from invoice_processing.layout.products import ProductLine, product_lines
from invoice_processing.layout.tables import read_tables
from invoice_processing.models import Cell, Document, TextLine


def engine_lines(document: Document, quantity: str = "") -> list[ProductLine]:
    """Every row of every product table, in reading order (``quantity``: the role a vendor prescribes)."""
    fmt = detect_format(line.text for line in document.lines)
    return [line for table in read_tables(document.pages, fmt) for line in product_lines(table, fmt, quantity)]


def _phrases(line: TextLine) -> TextLine:
    """A line the backend gave one cell per word, with its words regrouped into phrases."""
    if len(line.words) < 2 or len(line.words) != len(line.cells):
        return line
    gap = max(line.size, 6.0)
    cells: list[Cell] = []
    for word in line.words:
        if cells and word.x0 - cells[-1].x1 <= gap:
            last = cells.pop()
            word = Cell(last.x0, max(last.x1, word.x1), f"{last.text} {word.text}")
        cells.append(word)
    return TextLine(line.y, tuple(cells), line.size, line.words)


def header_lines(document: Document) -> list[TextLine]:
    """Page one's lines, where the header fields are, labels read as phrases."""
    return [_phrases(line) for line in document.pages[0].lines] if document.pages else []
