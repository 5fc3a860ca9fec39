"""Domain values shared by every stage. Plain data, no I/O, no imports from the package.

Money is ``Decimal`` and dates are ``date``; strings are formatted only at the sheet edge
(``sheets.rows``) and at the JSON edge (``Invoice.to_json``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from functools import cached_property
from typing import Any, NamedTuple


class Backend(StrEnum):
    """Extraction backends, named as they appear in responses and log records."""

    GEMINI = "gemini"
    DOCUMENT_AI = "document_ai"
    LOCAL = "local"


@dataclass(frozen=True)
class PdfInput:
    """The PDF a request brought, before any parsing."""

    data: bytes
    source: str  # multipart | form_url | json_url | raw | cli
    filename: str = ""

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


class Cell(NamedTuple):
    """A run of text on one line with its horizontal extent in points (x grows to the right)."""

    x0: float
    x1: float
    text: str

    def moved(self, dx: float) -> Cell:
        """The same text ``dx`` points further right (left when negative)."""
        return Cell(self.x0 + dx, self.x1 + dx, self.text)


@dataclass(frozen=True)
class TextLine:
    """One visual line of a page. ``y`` grows downwards.

    ``words`` are the line's words left to right with their own extents (empty when a backend
    gives only cells); ``cells`` are runs of words closer than a word gap, which keeps column
    gaps visible. ``size`` is the line's font size (0 when unknown); ``estimated`` when it was
    estimated from the glyphs' boxes (Document AI, OCR, a text layer whose sizes mean nothing), not
    read from the font: good for telling a heading from a row, not a line from the one under it.
    """

    y: float
    cells: tuple[Cell, ...]
    size: float = 0.0
    words: tuple[Cell, ...] = ()
    estimated: bool = False

    @property
    def font_size(self) -> float:
        """The size the font is drawn at, 0 when only estimated."""
        return 0.0 if self.estimated else self.size

    @classmethod
    def of_words(cls, y: float, words: tuple[Cell, ...], size: float, height: float,
                 estimated: bool = False) -> TextLine:
        """A line from its words (sorted by x): a gap under 0.6 of the line's height joins words
        into one cell (with a space when the gap is over 0.1 of it)."""
        word_gap, no_gap = 0.6 * height, 0.1 * height
        cells: list[Cell] = []
        x0, x1, parts = words[0].x0, words[0].x1, [words[0].text]
        for word in words[1:]:
            gap = word.x0 - x1
            if gap < word_gap:
                parts.append(" " + word.text if gap > no_gap else word.text)
                if word.x1 > x1:
                    x1 = word.x1
                continue
            cells.append(Cell(x0, x1, "".join(parts)))
            x0, x1, parts = word.x0, word.x1, [word.text]
        cells.append(Cell(x0, x1, "".join(parts)))
        return cls(y, tuple(cells), size, words, estimated)

    @cached_property
    def text(self) -> str:
        """The line with cells separated by at least two spaces (column gaps stay visible)."""
        return "  ".join(c.text.strip() for c in self.cells if c.text.strip())

    @property
    def tokens(self) -> tuple[Cell, ...]:
        """The words, or the cells when the backend gave no words."""
        return self.words or self.cells


@dataclass(frozen=True)
class Page:
    number: int  # 1-based
    lines: tuple[TextLine, ...]

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


VENDOR_PAGES = 2  # the first pages of a document, where vendors are told apart by their printed names


@dataclass(frozen=True)
class Document:
    """What a backend read from a PDF: page text (always) plus the backend's own fields.

    ``fields`` holds structured output the backend produced itself (Gemini's JSON, Document AI
    entities), mapped to plain Python values; vendor rules use it as a starting point.
    """

    pages: tuple[Page, ...]
    backend: Backend
    fields: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.pages)

    @cached_property
    def memo(self) -> dict[str, Any]:
        """Values derived from this document once (the vendor printed on it, ...), by name."""
        return {}

    @property
    def lines(self) -> list[TextLine]:
        return [line for p in self.pages for line in p.lines]


@dataclass(frozen=True)
class LineItem:
    """One product line as it goes to the sheet."""

    item: str
    wholesale: Decimal
    qty: int | Decimal  # whole for products; a generic invoice may bill 2.5 metres or 1.5 hours
    code: str = ""
    upc: str = ""
    description: str = ""
    list_price: Decimal | None = None
    extended: Decimal | None = None

    def to_json(self) -> dict[str, Any]:
        qty = self.qty if isinstance(self.qty, int) else float(self.qty)  # (a JSON number: 2.5, never "2.5")
        return {"item": self.item, "wholesale": str(self.wholesale), "qty": qty}


@dataclass(frozen=True)
class Invoice:
    order_date: date | None
    vendor: str
    invoice_number: str
    line_items: tuple[LineItem, ...]
    warnings: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "order_date": self.order_date.isoformat() if self.order_date else None,
            "vendor": self.vendor,
            "invoice_number": self.invoice_number,
            "line_items": [li.to_json() for li in self.line_items],
            "warnings": list(self.warnings),
        }


@dataclass(frozen=True)
class PdfProfile:
    pages: int
    size_bytes: int
    has_text_layer: bool


@dataclass(frozen=True)
class Attempt:
    """One backend's try within the fallback chain."""

    backend: Backend
    ok: bool
    elapsed_ms: int
    error_code: str = ""
    items: int = 0
    timed_out: bool = False


@dataclass(frozen=True)
class WriteResult:
    """What the sheet writer reports after an append (or after finding a duplicate)."""

    sheet_range: str
    rows_written: int
    duplicate: bool
    range_ok: bool = True
    earlier: tuple[str, ...] = ()  # ranges of the same vendor and invoice number written with other lines


@dataclass(frozen=True)
class Route:
    """The rollout's answer for one PDF, in this package's terms (the entry point maps it):
    the backend to try first, and the stage, bucket and variant the log record carries."""

    backend: Backend
    stage: str = "disabled"
    bucket: int = -1
    variant: str = "control"
    stage_error: bool = False
    reason: str = ""


@dataclass(frozen=True)
class Usage:
    """What cloud calls cost: Gemini tokens and an estimated price (for the log record)."""

    input_tokens: int = 0
    output_tokens: int = 0
    cost_usd: float = 0.0

    def __add__(self, other: Usage) -> Usage:
        return Usage(self.input_tokens + other.input_tokens, self.output_tokens + other.output_tokens,
                     self.cost_usd + other.cost_usd)


@dataclass(frozen=True)
class Unwritten:
    """An invoice that was extracted but could not be written: the log record keeps its rows."""

    rows: list[list[str | int]]
    backend: Backend
    vendor: str
    items: int
    quality_score: float
    needs_review: bool


@dataclass
class Trail:
    """What one request did on its way, whether it ends in rows or in an error.

    The pipeline fills it as it goes (the fallback chain adds every attempt and its cost), and
    the entry points build the log record and the error answer from it, so an error carries
    nothing but its code and message.
    """

    first: Backend | None = None  # the backend tried first; None until the chain starts
    attempts: list[Attempt] = field(default_factory=list)
    usage: Usage = field(default_factory=Usage)
    unwritten: Unwritten | None = None
    without_products: Invoice | None = None  # a backend's reading that found the header but no product

    @property
    def chain_failed(self) -> bool:
        """The chain ran and no backend produced products."""
        return self.first is not None and not any(a.ok for a in self.attempts)
