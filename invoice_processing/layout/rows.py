"""A product table as read: its columns and rows, and the body lines on their way to a row."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from invoice_processing.layout.header_row import Column
from invoice_processing.models import Cell, TextLine


@dataclass(frozen=True)
class Wrap:
    """A line of description text printed above or below its row: its text by column, and its
    cells left to right with the column each is in."""

    values: dict[int, str]
    cells: tuple[tuple[int, Cell], ...] = ()


@dataclass(frozen=True)
class Item:
    """A body line as the table reads it: a row, description text, or a break between rows."""

    kind: str  # "row", "text" or "break"
    line: TextLine
    page: int
    row: Row | None = None
    text: str = ""
    values: dict[int, str] = field(default_factory=dict)
    cells: tuple[tuple[int, Cell], ...] = ()  # a text line's cells with their columns, left to right

    @property
    def wrap(self) -> Wrap:
        return Wrap(self.values, self.cells)


@dataclass
class Row:
    """One product row: its cells by column index, and the description lines that belong to it."""

    values: dict[int, str]
    line: TextLine
    page: int
    above: list[Wrap] = field(default_factory=list)  # the description lines printed above it
    below: list[Wrap] = field(default_factory=list)


@dataclass
class Table:
    columns: tuple[Column, ...]
    rows: list[Row] = field(default_factory=list)
    above: bool | None = None  # descriptions printed above their numbers (decided on the first page)
    pending: list[Item] = field(default_factory=list)  # description lines waiting for their row
    lead_gaps: list[float] = field(default_factory=list)  # row to next description: how this table spaces rows

    def indexes(self, *roles: str) -> list[int]:
        return list(_indexes(self.columns, roles))


@functools.lru_cache(maxsize=1024)
def _indexes(columns: tuple[Column, ...], roles: tuple[str, ...]) -> tuple[int, ...]:
    return tuple(i for i, c in enumerate(columns) if c.role in roles)
