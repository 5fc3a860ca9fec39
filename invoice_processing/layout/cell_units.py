"""Unit and currency words beside a row's numbers: "12 EA", "1000 pc", "102,99 EUR", "€ 86,05", a
unit under the unit label inside a wide description's band, and unit words that are words of
the text ("Set of 3", "Ship Model Kit")."""

from __future__ import annotations

import re
from decimal import Decimal

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.column_bands import flag, text_column
from invoice_processing.layout.header_labels import Column, overlap
from invoice_processing.layout.numbers import NumberFormat, is_numeric, parse_amount, parse_quantity, to_the_cent
from invoice_processing.models import Cell


def unit_to_its_column(placed: dict[int, list[Cell]], columns: tuple[Column, ...]) -> None:
    """On a row (numbers in numeric columns), a unit word read into a wide description label's
    band that also stands under the unit column's label ("stück" under "ME" inside
    "Artikelbezeichnung") is the row's unit."""
    units = [i for i, c in enumerate(columns) if c.role == lx.UOM
             and all(flag(cell.text) for cell in placed.get(i, []))]  # empty, or a flag ("C") set under it
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


_COUNT_AND_WORD = re.compile(r"^(\d[\d.,]*)\s+([^\W\d_][^\W\d]{0,11}\.?)$")  # "1 psch", "4,00 Plätze", "8,00 to"


def quantity_beside_unit(placed: dict[int, list[Cell]], columns: tuple[Column, ...], fmt: NumberFormat) -> None:
    """On a row with a price, one cell "count word" ("4,00 Plätze", "1 psch") under the quantity and
    unit labels standing side by side: the count is the row's quantity and the word its unit,
    whichever of the two labels the cell was read under (a unit word no list knows)."""
    qty = [i for i, c in enumerate(columns) if c.role in lx.QTY_ROLES]
    units = [i for i, c in enumerate(columns) if c.role == lx.UOM]
    if len(qty) != 1 or len(units) != 1 or not any(columns[i].role in lx.PRICE_ROLES for i in placed):
        return
    (q, u), cells = (qty[0], units[0]), placed.get(qty[0], []) or placed.get(units[0], [])
    if not (columns[q].x1 <= columns[u].x0 + 2 and (q in placed) != (u in placed) and len(cells) == 1):
        return
    cell = cells[0]
    found = _COUNT_AND_WORD.match(cell.text.strip())
    if found is None or parse_quantity(found.group(1), fmt) is None or (q in placed and parse_quantity(
            cell.text, fmt) is not None):  # "2,00 Stck" under the quantity's label: a quantity already
        return
    placed[q] = [_part(cell, found.group(1), first=True)]
    placed[u] = [_part(cell, found.group(2), first=False)]


def _part(cell: Cell, text: str, first: bool) -> Cell:
    """The cell's first or last ``text``, its extent by its share of the cell's characters."""
    width = (cell.x1 - cell.x0) / max(len(cell.text), 1) * len(text)
    return Cell(cell.x0, cell.x0 + width, text) if first else Cell(cell.x1 - width, cell.x1, text)


def quantity_with_word(placed: dict[int, list[Cell]], columns: tuple[Column, ...], fmt: NumberFormat) -> None:
    """In a table with no unit column, one cell "count word" under the quantity's label ("2 runs",
    "58 mi", "3 platter": what a service or a shop counts, in words no list knows; read as text) is
    the row's count where it times the row's price makes the row's amount."""
    qty = [i for i, c in enumerate(columns) if c.role in lx.QTY_ROLES]
    if len(qty) != 1 or qty[0] in placed or any(c.role == lx.UOM for c in columns):
        return
    found = [(i, cell, counted) for i, cells in placed.items() if not columns[i].numeric for cell in cells
             if overlap(cell, columns[qty[0]]) > 0 and (counted := _COUNT_AND_WORD.match(cell.text.strip()))]
    if len(found) != 1:
        return
    index, cell, counted = found[0]
    count_text, word = counted.groups()
    count = parse_quantity(count_text, fmt) if word.rstrip(".").isalpha() else None
    price, amount = (_number_under(placed, columns, role, fmt) for role in (lx.PRICE, lx.AMOUNT))
    if count is None or price is None or amount is None or not to_the_cent(count, price, amount):
        return
    placed[index].remove(cell)
    if not placed[index]:
        del placed[index]
    placed[qty[0]] = [_part(cell, count_text, first=True)]


def _number_under(placed: dict[int, list[Cell]], columns: tuple[Column, ...], role: str,
               fmt: NumberFormat) -> Decimal | None:
    """The number under the table's one column of ``role``, or None."""
    indexes = [i for i, c in enumerate(columns) if c.role == role]
    if len(indexes) != 1 or len(placed.get(indexes[0], [])) != 1:
        return None
    return parse_amount(placed[indexes[0]][0].text, fmt)


_CURRENCY_WORD = re.compile(rf"^{lx.CURRENCY}$")


def currency_beside_number(cells: list[Cell], at: int, fmt: NumberFormat, size: float,
                           columns: tuple[Column, ...] = ()) -> bool:
    """A currency printed as a word of its own right after an amount ("102,99 EUR"), right before it
    ("€ 86,05") or leading it from under its column's label (``currency_leading``)."""
    if not _CURRENCY_WORD.match(cells[at].text.strip()):
        return False
    if columns and currency_leading(cells, at, fmt, columns) is not None:
        return True
    near = 1.5 * max(size, 6.0)
    before = cells[at - 1] if at > 0 else None
    after = cells[at + 1] if at + 1 < len(cells) else None
    return (before is not None and is_numeric(before.text, fmt) and 0 <= cells[at].x0 - before.x1 <= near) or (
        after is not None and is_numeric(after.text, fmt) and 0 <= after.x0 - cells[at].x1 <= near)


def currency_leading(cells: list[Cell], at: int, fmt: NumberFormat, columns: tuple[Column, ...]) -> int | None:
    """The numeric column whose left-aligned label the currency word ``cells[at]`` starts under,
    when the next cell is an amount set right of it before the next column's label ("Tarief" over
    "EUR ....... 5.440,00"): the amount is that column's, however far right it ends."""
    if at + 1 >= len(cells) or not _CURRENCY_WORD.match(cells[at].text.strip()):
        return None
    sign, amount = cells[at], cells[at + 1]
    if not is_numeric(amount.text, fmt):
        return None
    for index, column in enumerate(columns):
        if column.numeric and abs(sign.x0 - column.x0) <= 2.0 and sign.x1 <= column.x1 + 2.0:
            following = [c.x0 for c in columns if c.x0 > column.x1]
            return index if amount.x1 <= min(following, default=float("inf")) else None
    return None


def place_units(units: list[Cell], placed: dict[int, list[Cell]], columns: tuple[Column, ...], cells: list[Cell],
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
        text = _text_holding(cells[at - 1], placed, columns) if at > 0 else None
        if after is not None:
            placed[after].append(cell)
        elif text is not None and 0 <= cell.x0 - cells[at - 1].x1 <= 1.5 * max(size, 6.0):
            placed[text].append(cell)  # "Pack of 10 @ 2 each": the unit of a count inside a description
        elif _after_a_word(cell, cells, fmt) or not (any(columns[index].numeric for index in placed) or _set_apart(
                cell, cells, size)):
            placed.setdefault(text_column(cell, columns, lx.UOM), []).append(cell)


def _text_holding(cell: Cell, placed: dict[int, list[Cell]], columns: tuple[Column, ...]) -> int | None:
    """The description column ``cell`` was placed in, if any."""
    return next((index for index, cells in placed.items() if columns[index].role == lx.DESCRIPTION and any(
        c is cell for c in cells)), None)


def _set_apart(cell: Cell, cells: list[Cell], size: float) -> bool:
    """True when the words before ``cell`` end a column's gap away: a unit word under the quantity's
    label on a line of text ("charcoal" far left, "pcs" under "Qty") is the row's unit printed under
    its quantity, not a word of the wrapped description (which a unit starting the line may be: "Box")."""
    before = [c.x1 for c in cells if c.x1 <= cell.x0 + 0.5]
    return bool(before) and cell.x0 - max(before) > 1.2 * max(size, 6.0)


def unit_of(cells: list[Cell], at: int, inside: set[int], fmt: NumberFormat, size: float) -> bool:
    """A unit word right after a number that is no word of the text ("1 pza"): the number's unit,
    even where a wide description label reaches over it."""
    if at == 0 or (at - 1) in inside or not lx.UNITS.match(cells[at].text.strip()) or _titled(cells, at, size):
        return False
    before = cells[at - 1]
    return is_numeric(before.text, fmt) and len(before.text.strip()) <= 8 and (  # a UPC before it is no count
        0 <= cells[at].x0 - before.x1 <= max(size, 6.0))


def _titled(cells: list[Cell], at: int, size: float) -> bool:
    """A unit's word set as a title's first word, in title case with the title's next word a word
    space after it ("4 | Night Circus, The"; not "1 pza", "6 EA")."""
    word = cells[at].text.strip()
    after = cells[at + 1] if at + 1 < len(cells) else None
    return word[:1].isupper() and word[1:].islower() and after is not None and after.text[:1].isalpha() and (
        0 <= after.x0 - cells[at].x1 <= 0.8 * max(size, 6.0))


def unit_after(cells: list[Cell], at: int, size: float = 0.0) -> bool:
    """True when a unit word follows ``cells[at]`` within a glyph pair's width, or most of a font
    size after a one-digit count ("12,00 stuks", "3  stuks")."""
    if at + 1 >= len(cells) or len(cells[at].text.strip()) > 8:  # a UPC before the unit is no quantity
        return False
    cell, after = cells[at], cells[at + 1]
    glyphs = max(2 * (cell.x1 - cell.x0) / max(len(cell.text), 1), 0.8 * size)
    return bool(lx.UNITS.match(after.text.strip())) and 0 <= after.x0 - cell.x1 <= glyphs


def before_a_word(cells: list[Cell], at: int, fmt: NumberFormat) -> bool:
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
