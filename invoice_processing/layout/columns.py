"""Put a body line's cells into the header's columns.

A cell under a column's label belongs to it. Other numbers are matched to the numeric columns
in reading order (the n-th number to the right goes to a column to the right of the previous
one), choosing the matching that puts each number closest to its column: right-aligned, centred
and left-aligned numbers all find their column that way, and a stray token between columns is
left out instead of shifting every value by one. Text goes to the text column it overlaps, else
to the nearest text column on its left (descriptions run wider than their header).
"""

from __future__ import annotations

import re

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.cell_splits import split_cells
from invoice_processing.layout.cell_units import (
    before_a_word,
    currency_beside_number,
    currency_leading,
    place_units,
    quantity_beside_unit,
    quantity_with_word,
    unit_after,
    unit_of,
    unit_to_its_column,
)
from invoice_processing.layout.column_bands import bands, distance_to, flag, kept, mostoverlap, text_column
from invoice_processing.layout.header_labels import Column
from invoice_processing.layout.numbers import NumberFormat, is_numeric
from invoice_processing.layout.prose_numbers import inside_words
from invoice_processing.models import Cell, TextLine

_SKIP = 40.0  # cost of leaving a number out (points): a stray token, a number inside a description
_FAR = 160.0  # a number this far from every free column is not in the table


def _match_numbers(numbers: list[Cell], columns: list[tuple[int, Column]],
                   edges: dict[int, float] | None = None) -> dict[int, int]:
    """Order-preserving matching of numbers to columns with the least total distance (cell -> column).

    ``edges``: the right edge the table's rows already print a column's numbers at; a number
    ending there is that column's, however its label is set above it ("Shp" left over "24")."""
    n, m = len(numbers), len(columns)
    inf = float("inf")
    # best[i][j]: least cost placing the first i numbers using the first j columns
    best = [[inf] * (m + 1) for _ in range(n + 1)]
    choice: list[list[tuple[int, int, bool]]] = [[(0, 0, False)] * (m + 1) for _ in range(n + 1)]
    for j in range(m + 1):
        best[0][j] = 0.0
    for i in range(1, n + 1):
        best[i][0] = best[i - 1][0] + _SKIP
        choice[i][0] = (i - 1, 0, False)
        for j in range(1, m + 1):
            options = [(best[i][j - 1], (i, j - 1, False)), (best[i - 1][j] + _SKIP, (i - 1, j, False))]
            index, column = columns[j - 1]
            edge = edges.get(index) if edges else None
            cell = numbers[i - 1]
            distance = 0.0 if edge is not None and abs(cell.x1 - edge) <= 1.0 else distance_to(cell, column)
            if distance <= _FAR:
                options.append((best[i - 1][j - 1] + distance, (i - 1, j - 1, True)))
            best[i][j], choice[i][j] = min(options, key=lambda option: option[0])
    placed: dict[int, int] = {}
    i, j = n, m
    while i > 0:
        pi, pj, used = choice[i][j]
        if used:
            placed[i - 1] = columns[j - 1][0]
        i, j = pi, pj
    return placed


def placements(line: TextLine, columns: tuple[Column, ...], fmt: NumberFormat, edges: dict[int, float] | None = None,
               starts: dict[int, float] | None = None, numbered: bool = False) -> dict[int, list[Cell]]:
    """Column index -> the line's cells in that column, left to right (stray flags in a
    description's column left out); ``edges`` as in ``_match_numbers``; ``starts``: text column ->
    where its rows' texts start (a text under no label that starts there is that column's);
    ``numbered``: the rows print their numbers left of the first column (no text of a row)."""
    placed: dict[int, list[Cell]] = {}
    numbers: list[Cell] = []
    units: list[Cell] = []  # unit words under a number's column: part of the number, or text on a text line
    cells = _unnumbered(split_cells(line, fmt, columns), columns) if numbered else split_cells(line, fmt, columns)
    cells = _inside(cells, columns, line.size, edges or {})
    inside = inside_words(cells, columns, fmt, 1.2 * max(line.size, 6.0), edges or {})
    numeric_bands, text_bands = bands(columns)
    for at, cell in enumerate(cells):
        numeric = is_numeric(cell.text, fmt) and at not in inside
        on_number = mostoverlap(cell, numeric_bands)
        on_text = mostoverlap(cell, text_bands, narrow=0.05)
        edge = _fixed(cells, at, columns, fmt, edges, placed, line.size) if numeric else None
        if edge is not None:
            placed[edge] = [cell]
        elif numeric:
            if on_number[0] > 0 and on_number[0] >= on_text[0] and on_number[1] not in placed:
                placed[on_number[1]] = [cell]
            elif on_text[0] > 0 and on_number[0] <= 0 and not unit_after(cells, at, line.size):
                placed.setdefault(on_text[1], []).append(cell)
            else:  # a number with its unit after it ("12,00 stuks") is a quantity, wherever it starts
                numbers.append(cell)
        elif currency_beside_number(cells, at, fmt, line.size, columns) or unit_of(
                cells, at, inside, fmt, line.size) or (
                on_text[0] <= 0 and on_number[0] > 0 and lx.UNITS.match(cell.text.strip().rstrip("%"))
                and not before_a_word(cells, at, fmt)):  # ("Día de los Muertos": a word of the text)
            units.append(cell)
        elif on_text[0] > 0:
            placed.setdefault(on_text[1], []).append(cell)
        elif on_number[0] > 0 and _in_words(cell, columns[on_number[1]]):
            placed.setdefault(on_number[1], []).append(cell)
        else:
            _unlabelled(cells, at, on_number, columns, placed, fmt, starts, line.size)
    free = [(index, col) for index, col in enumerate(columns) if col.numeric and index not in placed]
    matched = _match_numbers(numbers, free, edges) if numbers and free else {}
    for at, cell in enumerate(numbers):
        column = matched.get(at)
        placed.setdefault(column if column is not None else text_column(cell, columns), []).append(cell)
    place_units(units, placed, columns, cells, fmt, line.size)
    unit_to_its_column(placed, columns)
    quantity_beside_unit(placed, columns, fmt)
    quantity_with_word(placed, columns, fmt)
    return {index: kept(cells, columns[index]) for index, cells in placed.items()}


def _fixed(cells: list[Cell], at: int, columns: tuple[Column, ...], fmt: NumberFormat, edges: dict[int, float] | None,
           placed: dict[int, list[Cell]], size: float) -> int | None:
    """The column a number's place fixes: the one its currency word starts under ("EUR ..... 5.440,00"
    under a left-aligned "Tarief"), else the one whose rows' numbers end where it ends."""
    led = currency_leading(cells, at - 1, fmt, columns) if at else None
    if led is not None and led not in placed:
        return led
    return _at_edge(cells[at], edges, placed, size) if edges else None


def _unnumbered(cells: list[Cell], columns: tuple[Column, ...]) -> list[Cell]:
    """The cells without the row's number left of the table's first column (see ``edges.body_numbered``)."""
    return cells[1:] if cells and row_number(cells[0], columns) is not None else cells


def _inside(cells: list[Cell], columns: tuple[Column, ...], size: float, edges: dict[int, float]) -> list[Cell]:
    """The cells less those of a sidebar beside the table: the order's fields set in a panel left
    of it ("ORDER NUMBER | 5 | 9780068014782 ..."), texts ending far left of the table's first
    label, the line going on with a value under that label (a short text under a centred label
    over a wide first column is that column's own); or right of it ("... | 96.00 | Dec 19, 2024"),
    texts starting far right of the last label (a number's) and of where the rows' numbers end."""
    if len(cells) < 2 or not columns:
        return cells
    first = min(columns, key=lambda c: c.x0)
    room = max(size, 6.0)
    outside = 0
    while outside < len(cells) - 1 and cells[outside].x1 < first.x0 - 4 * room:
        outside += 1
    under = cells[outside]
    cells = cells[outside:] if outside and first.x0 - room <= under.x1 and under.x0 <= first.x1 + room else cells
    last = max(columns, key=lambda c: c.x1)
    if not last.numeric:
        return cells  # (a description printed last runs on past its label)
    right = max([last.x1, *edges.values()]) + 3 * room
    end = len(cells)
    while end > 0 and cells[end - 1].x0 > right:
        end -= 1
    return cells[:end]


def row_number(cell: Cell, columns: tuple[Column, ...]) -> int | None:
    """The number a cell left of the table's first column prints, when it is a bare count of up to
    three digits ("1", "12."): maybe a row's number under no label."""
    text = cell.text.strip().rstrip(".")
    return int(text) if text.isdigit() and len(text) <= 3 and columns and cell.x1 < min(
        c.x0 for c in columns) - 2 else None


def _in_words(cell: Cell, column: Column) -> bool:
    """A numeric column's value printed in words: a tax rate under "Taxes" ("GST 5%", set wider than
    its label), an offer's "optional" or "Alternative" under the amount's label. It goes to that
    column, never into the row's description."""
    text = cell.text.strip()
    if column.role == lx.TAX:  # (a rate: the bare codes, "GST", "G1", are read by ``_tax_code`` under the label)
        return bool(_RATE.search(text) and _TAX_CODE.match(text))
    return column.role == lx.AMOUNT and bool(lx.OPTIONAL.match(text)) and len(text.split()) <= 2


def _unlabelled(cells: list[Cell], at: int, on_number: tuple[float, int], columns: tuple[Column, ...],
                placed: dict[int, list[Cell]], fmt: NumberFormat, starts: dict[int, float] | None,
                size: float) -> None:
    """A text under no text column's label: the column whose rows' texts start where it starts
    (left-aligned under a centred label) or whose description it goes on, else nothing when it is
    a dash for "none" among numbers, else as ``_loose_text`` places it."""
    cell = cells[at]
    column = _starting(cell, starts) if on_number[0] <= 0 else None
    if column is None and on_number[0] <= 0:
        column = _going_on(cells, at, columns, placed, size)
    if column is not None:
        placed.setdefault(column, []).append(cell)
    elif not (on_number[0] > 0 and _nil(cells, at, fmt)):
        _loose_text(cell, on_number, columns, placed, _between_words(cells, at))


def _going_on(cells: list[Cell], at: int, columns: tuple[Column, ...], placed: dict[int, list[Cell]],
              size: float) -> int | None:
    """The description column, when ``cells[at]`` goes on from the description's last word a word
    space away (justified type sets a title's words wider apart than a cell's: "Welcome | to | the")."""
    if at == 0 or cells[at].x0 - cells[at - 1].x1 > 0.8 * max(size, 6.0):
        return None
    for index, column in enumerate(columns):
        if column.role == lx.DESCRIPTION and placed.get(index) and placed[index][-1] is cells[at - 1]:
            return index
    return None


def _starting(cell: Cell, starts: dict[int, float] | None) -> int | None:
    """The text column whose rows' texts start where ``cell`` starts, if any."""
    for index, x in (starts or {}).items():
        if abs(cell.x0 - x) <= 2.0:
            return index
    return None


_NIL = frozenset({"-", "–", "—", "--", "n/a", "N/A"})


def _nil(cells: list[Cell], at: int, fmt: NumberFormat) -> bool:
    """A dash for "none" among a row's numbers ("12.95 | – | 129.50" under "Disc. %"), not a dash
    between words ("Not In Stock - Blossom ..."); the number before it may carry a word ("2 runs | — |
    $96.00": a count that ``quantity_with_word`` reads)."""
    if cells[at].text.strip() not in _NIL:
        return False
    sides = [cells[i].text for i in (at - 1, at + 1) if 0 <= i < len(cells)]
    return all(is_numeric(text, fmt) or (i == 0 and at > 0 and _COUNTED.match(text.strip()) is not None)
               for i, text in enumerate(sides))


_COUNTED = re.compile(r"^\d[\d.,]*\s+[^\W\d_]+\.?$")  # a count and its word ("2 runs"), not a size ('10"H')


def _loose_text(cell: Cell, on_number: tuple[float, int], columns: tuple[Column, ...],
                placed: dict[int, list[Cell]], worded: bool = False) -> None:
    """Text under no text column's label: a tax code under the tax column's ("HST 13%", "VAT A")
    stays there, a flag ("BB", "NT") under a number's label is no text of the line unless set
    between words (``worded``: "SET OF 4" running on under the quantities), and anything else
    belongs to the text column it starts in (descriptions run wider than their label)."""
    if on_number[0] > 0 and flag(cell.text) and len(cell.text.strip()) >= 2 and not worded:
        return
    role = columns[on_number[1]].role if on_number[0] > 0 else ""
    packed = role == lx.NUMBER and cell.text[:1].isdigit() and on_number[0] >= 0.5 * (cell.x1 - cell.x0) and bool(
        lx.PACKING.intersection(lx.normal_label(columns[on_number[1]].label).split()))
    if (role == lx.TAX and _tax_code(cell, on_number[0], columns[on_number[1]])) or (role == lx.DISCOUNT and (
            _RATE.search(cell.text) or _CASCADE.match(cell.text.strip()))) or packed:  # "100/box" under "Pack Size"
        placed.setdefault(on_number[1], []).append(cell)  # "HST 13%" under the tax label, "Disc 46%" under a discount's
    else:
        placed.setdefault(text_column(cell, columns), []).append(cell)


def _between_words(cells: list[Cell], at: int) -> bool:
    """True when the cell at ``at`` has a word right before it, no further than the words before
    it stand apart, and something right after it (or ends the line): set as a word of a text."""
    if at < 2:
        return False
    before, cell = cells[at - 1], cells[at]
    gap = cell.x0 - before.x1
    usual = before.x0 - cells[at - 2].x1
    after = cells[at + 1].x0 - cell.x1 if at + 1 < len(cells) else 0.0
    return any(ch.isalpha() for ch in before.text) and 0 <= gap <= 1.5 * usual + 1 and after <= 1.5 * usual + 1


_RATE = re.compile(r"\d(?:[.,]\d+)?\s*%")
_CASCADE = re.compile(r"\d+(?:[.,]\d+)?(?:\s*\+\s*\d+(?:[.,]\d+)?)+\s*%?$")  # "20+10": discounts one on another
# a tax code as printed under a tax label: "HST 13%", "Btw 9%", "20 %", "20.0% S" (its rate's code), "GST", "G1",
# "GST+PST"
_TAX_CODE = re.compile(r"^(?:[A-Z]{2,5}\s*|(?i:btw|mwst|ust|tva|iva|vat|gst|hst|pst|igic)\.?\s*)?"
                       r"\d{1,2}(?:[.,]\d{1,2})?\s*%(?:\s*[A-Z]{1,2})?$|"
                       r"^[A-Z]{3,4}$|^[A-Z]\d$|^[A-Z]{2,5}(?:\s*[+/&]\s*[A-Z]{2,5})+$|"
                       r"^[A-Z]{2,5}(?:\s*[+/&]\s*[A-Z]{2,5})*\s[A-Z]{2}$")  # and its province: "HST ON", "GST/QST QC"


def _tax_code(cell: Cell, overlap: float, label: Column) -> bool:
    """A tax code as printed under the tax label ("HST 13%", "G1", "GST", "FRE", "Exempt"), mostly inside the
    label's band or centred on it ("GST+PST" wider than "Tax"); not a flag ("N", "DS": no text of a
    row either way) nor words reaching under it."""
    text = cell.text.strip()
    centred = label.x0 <= (cell.x0 + cell.x1) / 2 <= label.x1
    if lx.tax_exempt(text):  # "Exempt (resale)": a word, then maybe its reason, from the label on
        return centred or label.x0 - 2 <= cell.x0 <= label.x1
    aligned = abs(cell.x0 - label.x0) <= 2  # (left-aligned under it: "HST ON" under "TAX")
    return (overlap >= 0.5 * (cell.x1 - cell.x0) or centred or aligned) and bool(_TAX_CODE.match(text))


def _at_edge(cell: Cell, edges: dict[int, float], placed: dict[int, list[Cell]], size: float = 0.0) -> int | None:
    """The numeric column whose rows' numbers end where ``cell`` ends, if one is free (within a
    quarter of the type's size: a proportional "1" ends its number short of the others)."""
    for index, edge in edges.items():
        if abs(cell.x1 - edge) <= max(1.0, 0.25 * size) and index not in placed:
            return index
    return None
