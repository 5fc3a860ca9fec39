"""Numbers printed among a line's words as words of its text ("Coasters, 3 Styles", "Set of 3",
"40 x 40 cm", "6 Hour Timer"), not values of the table's numeric columns."""

from __future__ import annotations

import re

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.header_labels import Column, overlap
from invoice_processing.layout.numbers import NumberFormat, is_numeric
from invoice_processing.models import Cell


def inside_words(cells: list[Cell], columns: tuple[Column, ...], fmt: NumberFormat, word_gap: float,
                  edges: dict[int, float] | None = None) -> set[int]:
    """Numbers printed among words as one of them ("Coasters, 3 Styles", "Multiples of 4" in wide
    letter spacing): with words on both sides (or ending a line with no other number) no further
    apart than the line's words usually are, and not followed by a unit word when under a numeric
    column's label; never a column's gap apart (``word_gap``)."""
    if len(cells) == 1 and cells[0].text.strip().isdigit() and not any(
            overlap(cells[0], c) > 0 for c in columns if c.numeric):
        return {0}  # a lone count on a line of its own, under no number's label: the end of a wrapped text
    numeric = [is_numeric(c.text, fmt) for c in cells]
    numbers = [at for at, is_number in enumerate(numeric) if is_number]
    if not numbers:
        return set()
    gaps = [b.x0 - a.x1 for a, b, na, nb in zip(cells, cells[1:], numeric, numeric[1:], strict=False) if not (na or nb)]
    usual = sorted(gaps)[len(gaps) // 2] if gaps else word_gap  # "of 2", "Kussenhoes 40 x 40 cm": no pair of words
    near = min(1.5 * usual + 1, word_gap)
    found = _sizes(cells, fmt, word_gap)  # "40 x 40 cm"
    # (under a numeric column's label, or ending where its rows' numbers end: set right of a label set left)
    ends = list((edges or {}).values())
    under = [(any(overlap(c, col) > 0 for col in columns if col.numeric) or any(abs(c.x1 - x) <= 1.0 for x in ends))
             if numeric[at] else False for at, c in enumerate(cells)]
    worded = [(any(ch.isalpha() for ch in c.text) and not numeric[at] and not lx.tax_exempt(c.text)) or (
        c.text.endswith(",")) or (
        bool(c.text.strip()) and all(ch in "-–—/&+" for ch in c.text.strip())) or (
        not numeric[at] and bool(lx.MEASURE.fullmatch(c.text.strip()))) for at, c in enumerate(cells)]
    # a word (not a tax column's "Exempt"), a count in prose ("Multiples of 4, 3 Styles"), a dash ("- 3 Asst."), or
    # a number found a word

    for at in [*numbers, *numbers]:  # twice: a count may hang on one found after it
        left, cell = cells[at - 1] if at else None, cells[at]
        right = cells[at + 1] if at + 1 < len(cells) else None
        sides = [i for i in (at - 1, at + 1) if 0 <= i < len(cells)]
        if at in found:
            continue
        if cell.text.endswith(",") and any(worded[i] or i in found for i in sides):
            found.add(at)  # no column prints its number with a comma after it
            continue
        if _after_words_off_edges(cells, at, worded, near, edges) and not _flush_left(cell, columns):
            found.add(at)  # "ligné H 25" | "N": after words, where none of the table's columns ends a number
            continue
        others = any(under[n] for n in numbers if n != at and n not in found)
        if (left is None and (right is None or others)) or (right is None and others):
            continue  # a number starting or ending the line is a word of it only when no other number is a column's
        # (a quantity before its unit, or a rate with the unit it is per: Tally's "2 NUM | 38,628.15 | NUM")
        if under[at] and (_quantity_and_unit(cells, at, fmt, near, others, (at + 2) in found) or _between_units(
                left, right)):
            continue
        gap = max(cell.x0 - left.x1 if left is not None else 0.0, right.x0 - cell.x1 if right is not None else 0.0)
        if all(worded[i] or i in found for i in sides) and gap <= near:
            found.add(at)
    return found


_COUNT = re.compile(r"\d[\d.,]*")


def _between_units(left: Cell | None, right: Cell | None) -> bool:
    """True when a unit word stands right after a number and the cell before it is a count with its unit ("2 NUM";
    not the "H" of "Kandelaar H 25 cm")."""
    words = left.text.split() if left is not None else []
    return right is not None and bool(lx.UNITS.match(right.text.strip())) and len(words) == 2 and bool(
        _COUNT.fullmatch(words[0])) and bool(lx.UNITS.match(words[1]))


def _after_words_off_edges(cells: list[Cell], at: int, worded: list[bool], near: float,
                           edges: dict[int, float] | None) -> bool:
    """True when the table knows where its numeric columns end (two at least), ``cells[at]`` ends
    at none of them, and a word stands right before it."""
    if not edges or len(edges) < 2 or at == 0 or not worded[at - 1]:
        return False
    cell = cells[at]
    return cell.x0 - cells[at - 1].x1 <= near and all(abs(cell.x1 - edge) > 3.0 for edge in edges.values())


def _flush_left(cell: Cell, columns: tuple[Column, ...]) -> bool:
    """True when ``cell`` starts where a numeric column's label starts: a left-aligned column's
    value ("6 (1 x 6)" under "Quantity"), wherever it ends."""
    return any(col.numeric and abs(cell.x0 - col.x0) <= 1.5 for col in columns)


def _sizes(cells: list[Cell], fmt: NumberFormat, word_gap: float) -> set[int]:
    """The numbers of a size printed among words ("pack 3 40 x 40 cm"): two numbers on either side
    of an "x", a word's gap apart, with a word after them."""
    found: set[int] = set()
    for at in range(len(cells) - 3):
        first, times, second, after = cells[at:at + 4]
        if times.text.strip() in ("x", "×") and is_numeric(first.text, fmt) and is_numeric(second.text, fmt) and any(
                ch.isalpha() for ch in after.text) and max(times.x0 - first.x1, second.x0 - times.x1,
                                                          after.x0 - second.x1) <= word_gap:
            found |= {at, at + 2}
    return found


def _quantity_and_unit(cells: list[Cell], at: int, fmt: NumberFormat, near: float, other_numbers: bool,
                       size_after: bool = False) -> bool:
    """True when ``cells[at]``, under a quantity's label, is the quantity before its unit ("mug 2 ea
    4.50"); not when words follow the unit ("6 Hour Timer"), when it ends a line of words with no
    other column's number ("Puzzle 1000 pc"), or in a size ("40 x 40 cm")."""
    right = cells[at + 1] if at + 1 < len(cells) else None
    if right is None or not lx.UNITS.match(right.text.strip()):
        return False
    after = cells[at + 2] if at + 2 < len(cells) else None
    if after is None:
        return other_numbers
    if right.text.strip() in ("x", "×") and is_numeric(after.text, fmt):
        return False
    return (is_numeric(after.text, fmt) and not size_after) or after.x0 - right.x1 > near  # "200 g 40 x 40 cm"
