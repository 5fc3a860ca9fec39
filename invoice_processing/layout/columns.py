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
from invoice_processing.layout.header_row import Column, overlap
from invoice_processing.layout.numbers import NumberFormat, is_numeric, parse_amount
from invoice_processing.layout.prose_numbers import inside_words
from invoice_processing.models import Cell, TextLine

_SKIP = 40.0  # cost of leaving a number out (points): a stray token, a number inside a description
_FAR = 160.0  # a number this far from every free column is not in the table


_Band = tuple[float, float, int]  # x0, x1, column index


_BANDS: dict[int, tuple[tuple[Column, ...], tuple[tuple[_Band, ...], tuple[_Band, ...]]]] = {}


def _bands(columns: tuple[Column, ...]) -> tuple[tuple[_Band, ...], tuple[_Band, ...]]:
    """The numeric and the text columns' extents with their indexes, computed once a header (kept
    by identity: hashing a header's columns on every line costs more than the computation)."""
    known = _BANDS.get(id(columns))
    if known is not None and known[0] is columns:
        return known[1]
    numeric = tuple((c.x0, c.x1, i) for i, c in enumerate(columns) if c.numeric)
    text = tuple((c.x0, c.x1, i) for i, c in enumerate(columns) if not c.numeric)
    if len(_BANDS) > 256:
        _BANDS.clear()
    _BANDS[id(columns)] = (columns, (numeric, text))  # the entry keeps ``columns`` alive: its id stays its own
    return numeric, text


def _mostoverlap(cell: Cell, bands: tuple[_Band, ...], narrow: float = 0.0) -> tuple[float, int]:
    """(overlap, index) of the band ``cell`` overlaps most (the rightmost on a tie), or (0, -1);
    ``narrow``: a share of each band's width taken off its overlap, so that of two bands a cell
    covers alike the narrower wins ("ea" under "U/M" inside a wide "Item Description")."""
    best = (0.0, -1)
    found = False
    x0, x1 = cell.x0, cell.x1
    score = 0.0
    for left, right, index in bands:
        overlap = (x1 if x1 < right else right) - (x0 if x0 > left else left)
        mine = overlap - narrow * (right - left)
        if not found or (mine, index) > (score, best[1]):
            best, score, found = (overlap, index), mine, True
    return best


def _distance(cell: Cell, column: Column) -> float:
    centre = (cell.x0 + cell.x1) / 2
    return min(abs(cell.x1 - column.x1), abs(centre - column.centre), abs(cell.x0 - column.x0))


def split_cells(line: TextLine, fmt: NumberFormat, columns: tuple[Column, ...] = ()) -> list[Cell]:
    """The line's cells, with a cell of several numbers ("2 4.50") split into its words, and a
    barcode set close before the description ("191009918406 Woven Seagrass") split from it; a
    number grouped with spaces ("3 503,70") under one numeric column alone stays whole."""
    cells: list[Cell] = []
    for cell in line.cells:
        parts = cell.text.split()
        numbers = len(parts) > 1 and all(is_numeric(p, fmt) for p in parts) and not _grouped(cell, columns, fmt)
        barcode = len(parts) > 1 and parts[0].isdigit() and 8 <= len(parts[0]) <= 14 and not numbers
        leading = len(parts) > 1 and not numbers and is_numeric(parts[0], fmt) and _under_two_numbers(cell, columns)
        if (numbers or barcode or leading) and line.words:
            inside = [w for w in line.words if w.x0 >= cell.x0 - 0.5 and w.x1 <= cell.x1 + 0.5]
            if len(inside) == len(parts):
                if numbers:
                    cells += inside
                else:  # a barcode before its description, a price before its tax code ("7,00 TVA 5,5%")
                    cells += [inside[0], Cell(inside[1].x0, cell.x1, " ".join(parts[1:]))]
                continue
        cells.append(cell)
    return _rejoined(cells, columns, fmt, line.size)


def _under_two_numbers(cell: Cell, columns: tuple[Column, ...]) -> bool:
    """True when ``cell`` reaches under two numeric columns' labels (two values set close together)."""
    return sum(1 for c in columns if c.numeric and overlap(cell, c) > 0) >= 2


def _rejoined(cells: list[Cell], columns: tuple[Column, ...], fmt: NumberFormat, size: float) -> list[Cell]:
    """Cells with a number whose thousands the PDF set as a word of their own ("1" | "230,72")
    joined back, when the whole stands under one numeric column."""
    joined: list[Cell] = []
    for cell in cells:
        last = joined[-1] if joined else None
        if last is not None and last.text.isdigit() and len(last.text) <= 3 and 0 <= cell.x0 - last.x1 <= max(
                size, 6.0):
            whole = Cell(last.x0, cell.x1, f"{last.text} {cell.text}")
            if _grouped(whole, columns, fmt):
                joined[-1] = whole
                continue
        joined.append(cell)
    return joined


def _grouped(cell: Cell, columns: tuple[Column, ...], fmt: NumberFormat) -> bool:
    """True when ``cell`` reads as one number with its thousands set apart by spaces ("3 503,70")
    and stands under one numeric column only."""
    parts = cell.text.split()
    if not columns or not all(len(p.split(fmt.decimal)[0]) == 3 and p.split(fmt.decimal)[0].isdigit()
                              for p in parts[1:]):
        return False  # each group after the first: three digits ("2 4.50" is two numbers)
    if not all(p.isdigit() and len(p) <= 3 for p in parts[:1]) or parse_amount(cell.text, fmt) is None:
        return False
    under = [c for c in columns if c.numeric and c.x0 - 4 < cell.x1 and cell.x0 < c.x1 + 4]
    return len(under) == 1


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
            distance = 0.0 if edge is not None and abs(cell.x1 - edge) <= 1.0 else _distance(cell, column)
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
               starts: dict[int, float] | None = None) -> dict[int, list[Cell]]:
    """Column index -> the line's cells in that column, left to right (stray flags in a
    description's column left out); ``edges`` as in ``_match_numbers``; ``starts``: text column ->
    where its rows' texts start (a text under no label that starts there is that column's)."""
    placed: dict[int, list[Cell]] = {}
    numbers: list[Cell] = []
    units: list[Cell] = []  # unit words under a number's column: part of the number, or text on a text line
    cells = split_cells(line, fmt, columns)
    inside = inside_words(cells, columns, fmt, 1.2 * max(line.size, 6.0), edges or {})
    numeric_bands, text_bands = _bands(columns)
    for at, cell in enumerate(cells):
        numeric = is_numeric(cell.text, fmt) and at not in inside
        on_number = _mostoverlap(cell, numeric_bands)
        on_text = _mostoverlap(cell, text_bands, narrow=0.05)
        edge = _at_edge(cell, edges, placed) if numeric and edges else None
        if edge is not None:
            placed[edge] = [cell]
        elif numeric:
            if on_number[0] > 0 and on_number[0] >= on_text[0] and on_number[1] not in placed:
                placed[on_number[1]] = [cell]
            elif on_text[0] > 0 and on_number[0] <= 0 and not _unit_after(cells, at, line.size):
                placed.setdefault(on_text[1], []).append(cell)
            else:  # a number with its unit after it ("12,00 stuks") is a quantity, wherever it starts
                numbers.append(cell)
        elif _currency_beside_number(cells, at, fmt, line.size) or _unit_of(cells, at, inside, fmt, line.size) or (
                on_text[0] <= 0 and on_number[0] > 0 and lx.UNITS.match(cell.text.strip().rstrip("%"))
                and not _before_a_word(cells, at, fmt)):  # ("Día de los Muertos": a word of the text)
            units.append(cell)
        elif on_text[0] > 0:
            placed.setdefault(on_text[1], []).append(cell)
        else:
            _unlabelled(cells, at, on_number, columns, placed, fmt, starts)
    free = [(index, col) for index, col in enumerate(columns) if col.numeric and index not in placed]
    matched = _match_numbers(numbers, free, edges) if numbers and free else {}
    for at, cell in enumerate(numbers):
        column = matched.get(at)
        placed.setdefault(column if column is not None else _text_column(cell, columns), []).append(cell)
    _place_units(units, placed, columns, cells, fmt, line.size)
    _unit_to_its_column(placed, columns)
    return {index: _kept(cells, columns[index]) for index, cells in placed.items()}


def _unlabelled(cells: list[Cell], at: int, on_number: tuple[float, int], columns: tuple[Column, ...],
                placed: dict[int, list[Cell]], fmt: NumberFormat, starts: dict[int, float] | None) -> None:
    """A text under no text column's label: the column whose rows' texts start where it starts
    (left-aligned under a centred label), else nothing when it is a dash for "none" among numbers,
    else as ``_loose_text`` places it."""
    cell = cells[at]
    start = _starting(cell, starts) if on_number[0] <= 0 else None
    if start is not None:
        placed.setdefault(start, []).append(cell)
    elif not (on_number[0] > 0 and _nil(cells, at, fmt)):
        _loose_text(cell, on_number, columns, placed)


def _starting(cell: Cell, starts: dict[int, float] | None) -> int | None:
    """The text column whose rows' texts start where ``cell`` starts, if any."""
    for index, x in (starts or {}).items():
        if abs(cell.x0 - x) <= 2.0:
            return index
    return None


_NIL = frozenset({"-", "–", "—", "--", "n/a", "N/A"})


def _nil(cells: list[Cell], at: int, fmt: NumberFormat) -> bool:
    """A dash for "none" among a row's numbers ("12.95 | – | 129.50" under "Disc. %"), not a dash
    between words ("Not In Stock - Blossom ...")."""
    if cells[at].text.strip() not in _NIL:
        return False
    sides = [cells[i].text for i in (at - 1, at + 1) if 0 <= i < len(cells)]
    return all(is_numeric(text, fmt) for text in sides)


def _loose_text(cell: Cell, on_number: tuple[float, int], columns: tuple[Column, ...],
                placed: dict[int, list[Cell]]) -> None:
    """Text under no text column's label: a tax code under the tax column's ("HST 13%", "VAT A")
    stays there, a flag ("BB", "NT") under a number's label is no text of the line, and anything
    else belongs to the text column it starts in (descriptions run wider than their label)."""
    if on_number[0] > 0 and _flag(cell.text) and len(cell.text.strip()) >= 2:
        return
    role = columns[on_number[1]].role if on_number[0] > 0 else ""
    if (role == lx.TAX and _tax_code(cell, on_number[0])) or (role == lx.DISCOUNT and (
            _RATE.search(cell.text) or _CASCADE.match(cell.text.strip()))):
        placed.setdefault(on_number[1], []).append(cell)  # "HST 13%" under the tax label, "Disc 46%" under a discount's
    else:
        placed.setdefault(_text_column(cell, columns), []).append(cell)


_RATE = re.compile(r"\d(?:[.,]\d+)?\s*%")
_CASCADE = re.compile(r"\d+(?:[.,]\d+)?(?:\s*\+\s*\d+(?:[.,]\d+)?)+\s*%?$")  # "20+10": discounts one on another
# a tax code as printed under a tax label: "HST 13%", "20 %", "GST", "G1"
_TAX_CODE = re.compile(r"^(?:[A-Z]{2,5}\s*)?\d{1,2}(?:[.,]\d{1,2})?\s*%$|^[A-Z]{3,4}$|^[A-Z]\d$")


def _tax_code(cell: Cell, overlap: float) -> bool:
    """A tax code as printed under the tax label ("HST 13%", "G1", "GST", "FRE"), mostly inside the
    label's band; not a flag ("N", "DS": no text of a row either way) nor words reaching under it."""
    text = cell.text.strip()
    return overlap >= 0.5 * (cell.x1 - cell.x0) and bool(_TAX_CODE.match(text))


def _unit_to_its_column(placed: dict[int, list[Cell]], columns: tuple[Column, ...]) -> None:
    """On a row (numbers in numeric columns), a unit word read into a wide description label's
    band that also stands under the unit column's label ("stück" under "ME" inside
    "Artikelbezeichnung") is the row's unit."""
    units = [i for i, c in enumerate(columns) if c.role == lx.UOM
             and all(_flag(cell.text) for cell in placed.get(i, []))]  # empty, or a flag ("C") set under it
    if len(units) != 1 or not any(columns[i].numeric for i in placed):
        return
    unit = columns[units[0]]
    for index, cells in list(placed.items()):
        if columns[index].role != lx.DESCRIPTION:
            continue
        moved = [c for c in cells if lx.UNITS.match(c.text.strip()) and overlap(c, unit) > 0]
        if len(moved) == 1 and len(cells) == 1:
            placed[units[0]] = moved + placed.get(units[0], [])
            del placed[index]


def _at_edge(cell: Cell, edges: dict[int, float], placed: dict[int, list[Cell]]) -> int | None:
    """The numeric column whose rows' numbers end where ``cell`` ends, if one is free."""
    for index, edge in edges.items():
        if abs(cell.x1 - edge) <= 1.0 and index not in placed:
            return index
    return None


_CURRENCY_WORD = re.compile(r"^(?:EUR|USD|GBP|CHF|CAD|AUD|SEK|NOK|DKK|PLN|CZK|INR|€|\$|£)$")


def _currency_beside_number(cells: list[Cell], at: int, fmt: NumberFormat, size: float) -> bool:
    """A currency printed as a word of its own right after an amount ("102,99 EUR") or right
    before it ("€ 86,05")."""
    if not _CURRENCY_WORD.match(cells[at].text.strip()):
        return False
    near = 1.5 * max(size, 6.0)
    before = cells[at - 1] if at > 0 else None
    after = cells[at + 1] if at + 1 < len(cells) else None
    return (before is not None and is_numeric(before.text, fmt) and 0 <= cells[at].x0 - before.x1 <= near) or (
        after is not None and is_numeric(after.text, fmt) and 0 <= after.x0 - cells[at].x1 <= near)


def _place_units(units: list[Cell], placed: dict[int, list[Cell]], columns: tuple[Column, ...], cells: list[Cell],
                 fmt: NumberFormat, size: float) -> None:
    """Unit words under a numeric column: the unit of the number just before them ("1000 pc",
    "12 EA"), or words of the text on a line of text ("Set of 3") or right after a word ("Ship
    Model Kit"), else left out."""
    for cell in units:
        at = next((i for i, c in enumerate(cells) if c is cell), -1)
        following = cells[at + 1] if 0 <= at < len(cells) - 1 else None
        if _CURRENCY_WORD.match(cell.text.strip()) and following is not None and is_numeric(following.text, fmt):
            continue  # "€ 66,825": the sign of the amount after it, not the unit of the number before
        after = _number_before(cell, placed, columns)
        if after is not None:
            placed[after].append(cell)
        elif _after_a_word(cell, cells, fmt) or not (any(columns[index].numeric for index in placed) or _set_apart(
                cell, cells, size)):
            placed.setdefault(_text_column(cell, columns, lx.UOM), []).append(cell)


def _set_apart(cell: Cell, cells: list[Cell], size: float) -> bool:
    """True when the words before ``cell`` end a column's gap away: a unit word under the quantity's
    label on a line of text ("charcoal" far left, "pcs" under "Qty") is the row's unit printed under
    its quantity, not a word of the wrapped description (which a unit starting the line may be: "Box")."""
    before = [c.x1 for c in cells if c.x1 <= cell.x0 + 0.5]
    return bool(before) and cell.x0 - max(before) > 1.2 * max(size, 6.0)


def _unit_of(cells: list[Cell], at: int, inside: set[int], fmt: NumberFormat, size: float) -> bool:
    """A unit word right after a number that is no word of the text ("1 pza"): the number's unit,
    even where a wide description label reaches over it."""
    if at == 0 or (at - 1) in inside or not lx.UNITS.match(cells[at].text.strip()):
        return False
    before = cells[at - 1]
    return is_numeric(before.text, fmt) and len(before.text.strip()) <= 8 and (  # a UPC before it is no count
        0 <= cells[at].x0 - before.x1 <= 0.8 * max(size, 6.0))


def _unit_after(cells: list[Cell], at: int, size: float = 0.0) -> bool:
    """True when a unit word follows ``cells[at]`` within a glyph pair's width, or most of a font
    size after a one-digit count ("12,00 stuks", "3  stuks")."""
    if at + 1 >= len(cells) or len(cells[at].text.strip()) > 8:  # a UPC before the unit is no quantity
        return False
    cell, after = cells[at], cells[at + 1]
    glyphs = max(2 * (cell.x1 - cell.x0) / max(len(cell.text), 1), 0.8 * size)
    return bool(lx.UNITS.match(after.text.strip())) and 0 <= after.x0 - cell.x1 <= glyphs


def _before_a_word(cells: list[Cell], at: int, fmt: NumberFormat) -> bool:
    """True when a word (not a number) follows ``cells[at]`` a glyph pair's width away or closer."""
    if at + 1 >= len(cells):
        return False
    cell, after = cells[at], cells[at + 1]
    glyphs = 2 * (cell.x1 - cell.x0) / max(len(cell.text), 1)
    return after.text[:1].isalpha() and not is_numeric(after.text, fmt) and after.x0 - cell.x1 <= glyphs


def _after_a_word(cell: Cell, cells: list[Cell], fmt: NumberFormat) -> bool:
    """True when a word (not a number) stands right before ``cell``, a glyph pair's width away."""
    before = [c for c in cells if c.x1 <= cell.x0 + 0.5]
    if not before:
        return False
    left = max(before, key=lambda c: c.x1)
    glyphs = 2 * (cell.x1 - cell.x0) / max(len(cell.text), 1)
    return any(ch.isalpha() for ch in left.text) and not is_numeric(left.text, fmt) and cell.x0 - left.x1 <= glyphs


def _number_before(unit: Cell, placed: dict[int, list[Cell]], columns: tuple[Column, ...]) -> int | None:
    """The numeric column whose number ends just before ``unit`` (within a word's gap), if any."""
    height = max(unit.x1 - unit.x0, 1.0) / max(len(unit.text), 1) * 2  # about a glyph pair's width
    best: tuple[float, int] | None = None
    for index, cells in placed.items():
        words = [t for c in cells for t in c.text.split()][1:]
        if not columns[index].numeric or any(lx.UNITS.match(t) for t in words):
            continue  # a number that has its unit already ("48 each" before a flag "X")
        gap = unit.x0 - cells[-1].x1
        if 0 <= gap <= 3 * height and (best is None or gap < best[0]):
            best = (gap, index)
    return best[1] if best is not None else None


def _kept(cells: list[Cell], column: Column) -> list[Cell]:
    """The column's cells left to right; in a description, a lone flag ("N", "DS", "*") printed
    apart from the words is a stray token of its own column, not part of the text."""
    cells = sorted(cells, key=lambda c: c.x0)
    if column.role == lx.DESCRIPTION and len(cells) > 1:
        gaps = [b.x0 - a.x1 for a, b in zip(cells, cells[1:], strict=False)]
        usual = sorted(gaps)[(len(gaps) - 1) // 2]  # the lower middle: a flag's own gap is one of two
        kept = [c for i, c in enumerate(cells) if not (_flag(c.text) and _apart(gaps, i, usual))]
        cells = kept or cells
    return cells


def _apart(gaps: list[float], index: int, usual: float) -> bool:
    """True when the cell at ``index`` sits further from its neighbours than the words usually do."""
    around = [gaps[i] for i in (index - 1, index) if 0 <= i < len(gaps)]
    return all(gap > 1.8 * usual + 1 for gap in around) or (len(gaps) == 1 and gaps[0] > 9)  # a wide word gap: 7


def _flag(text: str) -> bool:
    token = text.strip()
    return len(token) <= 2 and (token.isalpha() and token.isupper() or set(token) <= {"*", "#"})


def _text_column(cell: Cell, columns: tuple[Column, ...], unless: str = "") -> int:
    """The text column a loose text cell belongs to: the one whose band (from its label to the next
    column's) it starts in (descriptions run wider than their header), else the nearest; never a
    column of the role ``unless`` when another is at hand."""
    ordered = sorted(range(len(columns)), key=lambda i: columns[i].x0)
    text = [i for i in ordered if not columns[i].numeric and columns[i].role != unless]
    if not text:
        text = [i for i in ordered if not columns[i].numeric]
    if not text:
        return min(range(len(columns)), key=lambda i: _distance(cell, columns[i]))
    for position, index in enumerate(ordered):
        end = columns[ordered[position + 1]].x0 if position + 1 < len(ordered) else float("inf")
        if index in text and columns[index].x0 - 2 <= cell.x0 < end:
            return index
    centre = (cell.x0 + cell.x1) / 2
    return min(text, key=lambda i: abs(centre - columns[i].centre))
