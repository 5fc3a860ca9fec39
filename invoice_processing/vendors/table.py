"""Find product tables in page text by their header row, and read their rows by column.

A header row is a line with at least three cells naming known column roles (``ROLES``). Each
later cell is assigned to the column it overlaps most (numbers are usually right-aligned, text
left-aligned, so overlap beats left edges). Works on any backend's lines: cells need only x
extents, which text-only backends approximate from character offsets.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from invoice_processing.models import Cell, Page, TextLine

# Role -> header words. Order matters inside a cell: the first role whose pattern matches wins.
ROLES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (role, re.compile(pattern, re.I))
    for role, pattern in (
        ("backorder", r"^(b/?o|back\s*-?ordered|backorder|qty\s*b/?o|qty\s*bkord|bkord|back)$"),
        ("shipped", r"^(qty\.?\s*)?(shipped|ship|shp|qty\s*shp)$"),
        ("ordered", r"^(qty\.?\s*)?(ordered|ord|order\s*qty|qty\s*ord)$"),
        ("qty", r"^(qty|qty\.|quantity|units?|count|pcs|aantal|hoeveelheid|menge|anzahl|quantit[ée]|qt[ée]\.?)$"),
        ("list_price", r"^(list|list\s*price|retail|msrp|srp)$"),
        ("price", r"^(unit\s*price|price|rate|unit\s*cost|cost|each|price\s*each|your\s*price|net\s*price|unit|prijs(\s*per\s*stuk)?|stukprijs|einzelpreis|preis|[ve]k-?preis|prix(\s*unitaire)?|p\.?u\.?)$"),  # noqa: E501
        ("amount", r"^(amount|total|line\s*total|extended|ext\.?|ext\.?\s*price|extended\s*(price|amount)|your\s*extd\s*price|net\s*amount|bedrag|totaal|betrag|gesamt(preis)?|zeilenbetrag|montant|total\s*ht)$"),  # noqa: E501
        ("upc", r"^(upc|ean|barcode)$"),
        ("uom", r"^(u/?m|uom|unit\s*of\s*measure)$"),
        ("code", r"^(item\s*(#|no\.?|number|code)?|sku|sku\s*#|product\s*(code|#|no\.?)|style|style\s*#|part\s*(#|no\.?)|catalog\s*#|model|isbn(?:[\s-]*13)?|code|ref\.?)$"),  # noqa: E501
        ("description", r"^(description|item\s*description|product|product\s*name|name|title|details|desc\.?|artikel|omschrijving|bezeichnung|beschreibung|leistung|d[ée]signation|libell[ée])$"),  # noqa: E501
    )
)


@functools.cache
def _any_role() -> re.Pattern[str]:
    """All role patterns in one regex, compiled on first use (keeps it out of the cold start)."""
    return re.compile("|".join(f"(?:{pattern.pattern})" for _, pattern in ROLES), re.I)


TABLE_END = re.compile(r"^(grand\s*total|total|invoice\s*total|amount\s*due|balance\s*due|totaal|gesamt|summe)\b", re.I)
NUMERIC_ROLES = {"qty", "ordered", "shipped", "backorder", "price", "amount", "list_price"}
QTY_ROLES = {"qty", "ordered", "shipped"}
TOTAL_WORDS = re.compile(
    r"^(sub\s*-?total|total|grand\s*total|sales\s*tax|tax|vat|gst|shipping|freight|handling|"
    r"discount|balance|amount\s*due|payments?|deposit|credit|invoice\s*total|s\s*&\s*h)\b",
    re.I,
)


@dataclass(frozen=True)
class Column:
    role: str
    x0: float
    x1: float


@dataclass
class Row:
    """One table row's cells by role (texts), plus wrapped lines below it."""

    values: dict[str, str]
    line: TextLine
    page: int
    continuation: list[str] = field(default_factory=list)


@functools.lru_cache(maxsize=4096)
def role_of(text: str) -> str:
    """The column role a header cell names, or "" (cached: every line of a page is asked)."""
    cleaned = " ".join(text.replace(":", "").split())
    if not _any_role().match(cleaned):  # one regex for the usual answer (not a header word) instead of eleven
        return ""
    for role, pattern in ROLES:
        if pattern.match(cleaned):
            return role
    return ""


OTHER = "other"  # a header cell we do not use (discount %, tax rate, ...): kept so its cells land there


_ITEM_WORDS = re.compile(r"^(item|artikel|article|product)$", re.I)


def header_columns(line: TextLine) -> list[Column] | None:
    """Columns named by ``line``, or None when it is not a table header.

    "Item"/"Artikel" names the description unless another column does; then it is the code.
    """
    if len(line.cells) < 3:  # a header names at least three columns
        return None
    found = [role_of(c.text) for c in line.cells]
    named_count = len(found) - found.count("")
    if named_count < 3 or named_count < len(found) / 2:  # the test below, before building any Column
        return None
    columns = [Column(role or OTHER, c.x0, c.x1) for role, c in zip(found, line.cells, strict=True)]
    if sum(c.role == "description" for c in columns) > 1:
        columns = [
            Column("code", col.x0, col.x1) if col.role == "description" and _ITEM_WORDS.match(cell.text.strip()) else col  # noqa: E501
            for col, cell in zip(columns, line.cells, strict=True)
        ]
    named = [c for c in columns if c.role != OTHER]
    roles = {c.role for c in named}
    if len(named) < 3 or len(named) < len(columns) / 2 or not roles & QTY_ROLES:
        return None
    if not roles & {"price", "amount"} or not roles & {"description", "code"}:
        return None
    return columns


# A cell that starts with a digit but is no number ('12" x 18"', '5-5.75"') is description text
# that spilled past its column's edge: it goes to a text column, never to a number column.
# Numbers may carry a unit or currency after them ("1.00 Units", "4 EA", "12,50 EUR", "10 %").
_SPILLED_TEXT = re.compile(r"^\d")
_NUMBER_CELL = re.compile(r"^\d[\d.,\s]*%?\)?\s*(?:[A-Za-z€$£.]{1,8})?$")


def _spilled_text(text: str) -> bool:
    text = text.strip()
    return bool(_SPILLED_TEXT.match(text)) and not _NUMBER_CELL.match(text)


def assign(cells: tuple[Cell, ...], columns: list[Column]) -> dict[str, str]:
    """Map each cell to the column it overlaps most (nearest centre when none overlaps)."""
    values: dict[str, str] = {}
    text_columns = [col for col in columns if col.role not in NUMERIC_ROLES]
    for cell in cells:
        candidates = text_columns if text_columns and _spilled_text(cell.text) else columns
        # max(candidates, key=(overlap, -distance)) written out (first best wins, as with max):
        # it runs for every cell of every line and was the largest cost of the generic rules
        x0, x1, centre = cell.x0, cell.x1, (cell.x0 + cell.x1) / 2
        best, best_overlap, best_near = candidates[0], -1.0, 0.0
        for col in candidates:
            overlap = (x1 if x1 <= col.x1 else col.x1) - (x0 if x0 >= col.x0 else col.x0)
            if overlap < 0.0:
                overlap = 0.0
            near = -abs(centre - (col.x0 + col.x1) / 2)
            if overlap > best_overlap or (overlap == best_overlap and near > best_near):
                best, best_overlap, best_near = col, overlap, near
        values[best.role] = (values.get(best.role, "") + " " + cell.text).strip()
    return values


def _overlap(cell: Cell, col: Column) -> float:
    return max(0.0, min(cell.x1, col.x1) - max(cell.x0, col.x0))


def _distance(cell: Cell, col: Column) -> float:
    return abs((cell.x0 + cell.x1) / 2 - (col.x0 + col.x1) / 2)


def widen(columns: list[Column]) -> list[Column]:
    """Stretch each column to the midpoint between its neighbours so cells near an edge land right."""
    ordered = sorted(columns, key=lambda c: c.x0)
    wide: list[Column] = []
    for index, col in enumerate(ordered):
        left = (ordered[index - 1].x1 + col.x0) / 2 if index else col.x0 - 200
        right = (col.x1 + ordered[index + 1].x0) / 2 if index + 1 < len(ordered) else col.x1 + 200
        wide.append(Column(col.role, left, right))
    return wide


def table_rows(pages: tuple[Page, ...], is_row: Callable[[dict[str, str]], bool]) -> list[Row]:
    """Rows under every header on every page, with wrapped description lines attached.

    ``is_row(values)`` says whether assigned values form a product row; lines that are not rows
    but sit right under one, inside the text columns, are its wrapped continuation.
    """
    rows: list[Row] = []
    for page in pages:
        page_columns = None
        for line in page.lines:
            found = header_columns(line)
            if found:
                page_columns = widen(found)
                last_y = None
                continue
            if page_columns is None:
                continue
            values = assign(line.cells, page_columns)
            first_text = values.get("description") or values.get("code") or line.text
            if TOTAL_WORDS.match(first_text.strip()) or TOTAL_WORDS.match(line.text):
                last_y = None  # a subtotal, tax or charge line: never a product, never a wrap
                if TABLE_END.match(line.text):
                    page_columns = None  # the grand total ends the table on this page
                continue
            if is_row(values):
                rows.append(Row(values, line, page.number))
                last_y = line.y
                continue
            same_page = rows and rows[-1].page == page.number and last_y is not None
            if same_page and last_y is not None and _is_wrap(values, line, last_y, rows[-1]):
                rows[-1].continuation.append(values.get("description", ""))
                last_y = line.y
    return rows


def _is_wrap(values: dict[str, str], line: TextLine, last_y: float, row: Row) -> bool:
    if set(values) - {"description", OTHER} or not values.get("description"):
        return False
    pitch = max(line.size, row.line.size, 6.0) * 1.8
    return 0 < line.y - last_y <= pitch
