"""A product table as read: its columns and rows, and the body lines on their way to a row."""

from __future__ import annotations

from dataclasses import dataclass, field

from invoice_processing.layout.columns import placements
from invoice_processing.layout.header_labels import Column
from invoice_processing.layout.numbers import NumberFormat
from invoice_processing.models import Cell, TextLine


@dataclass(frozen=True)
class Wrap:
    """A line of description text printed above or below its row: its text by column, and its
    cells left to right with the column each is in."""

    values: dict[int, str]
    cells: tuple[tuple[int, Cell], ...] = ()
    size: float = 0.0  # the line's font size
    font: float = 0.0  # the same, when read from the font (0 when only estimated: Document AI, OCR)


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
    top: float = 0.0  # a row joined from its text's line over its numbers' line: that line's baseline

    @property
    def top_y(self) -> float:
        """The baseline of the item's highest line (its own line's, but for a joined row)."""
        return self.top or self.line.y

    @property
    def wrap(self) -> Wrap:
        return Wrap(self.values, self.cells, self.line.size, self.line.font_size)


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
    edges: dict[int, float] = field(default_factory=dict)  # numeric column -> where its rows' numbers end
    starts: dict[int, float] = field(default_factory=dict)  # text column -> where its rows' texts start
    numbered: bool = False  # rows numbered 1, 2, 3 left of the first column, under no label
    # the last row of the table this one continues under another header, and the column its text goes in
    previous: tuple[Row, int] | None = None
    printed: set[str] = field(default_factory=set)  # its header's lines as printed, on every page so far
    open_remark: bool = False  # the last page ended in a remark set apart from its row (it may go on)
    centred: bool = False  # descriptions seen printed around their rows' numbers (not only under them)
    pitch: float = 0.0  # how far apart the last page set a description's lines (``centred_cells.line_pitch``)
    lead_in: list[Item] = field(default_factory=list)  # text right over the first row, its if ``centred``
    leading: list[Wrap] = field(default_factory=list)  # a page's last lines, over the next page's first row
    led_codes: bool | None = None  # each entry's code on its first line, its numbers on its last (``code_leads``)
    row_size: float = 0.0  # the font size of the last row read
    text_starts: list[float] = field(default_factory=list)  # where the text lines read so far start
    titles: list[str] = field(default_factory=list)  # short text lines among the rows ("1. Material"): groups' titles
    last_y: float = 0.0  # the baseline of the last body line read
    row_ys: list[float] = field(default_factory=list)  # the baselines of the rows read so far
    offered: bool = False  # under a heading of options not in the total ("Optioneel (niet inbegrepen in het totaal)")
    consumed: set[int] = field(default_factory=set, repr=False, compare=False)  # lines read into a row above
    by_roles: dict[tuple[str, ...], list[int]] = field(default_factory=dict, repr=False, compare=False)
    placed_lines: dict[int, tuple[TextLine, dict[int, list[Cell]]]] = field(default_factory=dict, repr=False,
                                                                           compare=False)

    def indexes(self, *roles: str) -> list[int]:
        found = self.by_roles.get(roles)
        if found is None:
            found = self.by_roles[roles] = [i for i, c in enumerate(self.columns) if c.role in roles]
        return list(found)

    def placed(self, line: TextLine, fmt: NumberFormat) -> dict[int, list[Cell]]:
        """``columns.placements`` of ``line`` under this table's header, once per line (a line is
        read again when tried together with its neighbour)."""
        known = self.placed_lines.get(id(line))
        if known is None or known[0] is not line:
            if len(self.placed_lines) > 64:  # only neighbours are read again: keep a page's worth at most
                self.placed_lines.clear()
            known = self.placed_lines[id(line)] = (line, placements(line, self.columns, fmt, self.edges, self.starts,
                                                                          self.numbered))
        return known[1]

    def wrap_starts(self, first_only: bool = False) -> list[float]:
        """Where the last rows' wrapped text lines start: each of their cells, or only the first."""
        wraps = [wrap.cells for row in self.rows[-8:] for wrap in (*row.above, *row.below)]
        return [cell.x0 for cells in wraps for _, cell in (cells[:1] if first_only else cells)]

    def learn_edges(self, placed: dict[int, list[Cell]]) -> None:
        """Remember where a row's numbers end, by column (see ``columns._match_numbers``)."""
        for index, cells in placed.items():
            column = self.columns[index]
            if column.numeric and len(cells) == 1:
                self.edges[index] = cells[0].x1
            elif not column.numeric and cells and cells[0].x0 < column.x0 and cells[0].x1 > column.x0:
                self.starts.setdefault(index, cells[0].x0)  # a text starting left of its centred label
