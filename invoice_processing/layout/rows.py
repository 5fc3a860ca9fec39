"""A product table as read: its columns and rows, and the body lines on their way to a row."""

from __future__ import annotations

from dataclasses import dataclass, field

from invoice_processing.layout.header_row import Column
from invoice_processing.models import TextLine


@dataclass(frozen=True)
class Item:
    """A body line as the table reads it: a row, description text, or a break between rows."""

    kind: str  # "row", "text" or "break"
    line: TextLine
    page: int
    row: Row | None = None
    text: str = ""
    values: dict[int, str] = field(default_factory=dict)


@dataclass
class Row:
    """One product row: its cells by column index, and the description lines that belong to it."""

    values: dict[int, str]
    line: TextLine
    page: int
    above: list[dict[int, str]] = field(default_factory=list)  # cells by column of the lines above it
    below: list[dict[int, str]] = field(default_factory=list)


@dataclass
class Table:
    columns: tuple[Column, ...]
    rows: list[Row] = field(default_factory=list)
    above: bool | None = None  # descriptions printed above their numbers (decided on the first page)
    pending: list[Item] = field(default_factory=list)  # description lines waiting for their row
    lead_gaps: list[float] = field(default_factory=list)  # row to next description: how this table spaces rows

    def indexes(self, *roles: str) -> list[int]:
        return [i for i, c in enumerate(self.columns) if c.role in roles]
