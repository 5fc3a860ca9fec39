"""Two readings of one invoice compared line by line: counts and values, not wording.

Lines are paired in document order (runs of equal price and quantity aligned), and two lines
*agree* when their price and quantity are equal or, with the same quantity, by another route:
the same line amount (one reading has the printed amount, the other quantity × price, rounded
to the cent either way) or one reading's price is the other's list price (a price derived from
a printed discount). Lines at the same place that do not agree are differing values; a line
left on one side only (after a last pairing by value, wherever it sits) is a line the other
reading does not have.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from difflib import SequenceMatcher

from invoice_processing.cross_check.printed import HALF_CENT, amounts
from invoice_processing.models import LineItem

_NAME_CHARS = 40


@dataclass(frozen=True)
class Difference:
    code: str  # line_count | line_values | line_extra | line_missing
    message: str
    line: int | None = None  # index of the line read (None: not one of its lines)


def name(index: int, line: LineItem) -> str:
    text = line.item if len(line.item) <= _NAME_CHARS else line.item[:_NAME_CHARS - 3] + "..."
    return f"line {index + 1} ({text})"


def value_text(line: LineItem) -> str:
    """``price × qty`` as a person reads it (``6.2675``, ``15.00``: no trailing zeros past the cents)."""
    price = line.wholesale.normalize()
    if price.as_tuple().exponent > -2:  # type: ignore[operator]  # finite Decimal: an int exponent
        price = line.wholesale.quantize(Decimal("0.01"))
    return f"{price} × {line.qty}"


def _amount(line: LineItem) -> set[Decimal]:
    return {line.extended} if line.extended is not None else amounts(line.qty, line.wholesale)


def agree(a: LineItem, b: LineItem) -> bool:
    if a.qty != b.qty:
        return False
    if a.wholesale == b.wholesale or a.wholesale == b.list_price or b.wholesale == a.list_price:
        return True
    return any(abs(x - y) <= HALF_CENT for x in _amount(a) for y in _amount(b))


def pair(read: Sequence[LineItem], second: Sequence[LineItem]) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Lines of the two readings that differ: (read, second) index pairs at the same place in
    both, then the indices left in ``read`` and in ``second`` (each in document order).

    Document order first: runs of equal (price, quantity) are aligned (``difflib``), and lines at
    the same place in a changed stretch are compared with ``agree``; what is left over is then
    paired by value wherever it sits (a line the other reading has elsewhere)."""
    keys = [[(line.wholesale, line.qty) for line in lines] for lines in (read, second)]
    differing: list[tuple[int, int]] = []
    left_read: list[int] = []
    left_second: list[int] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, keys[0], keys[1], autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        common = min(i2 - i1, j2 - j1)
        differing += [(i1 + k, j1 + k) for k in range(common) if not agree(read[i1 + k], second[j1 + k])]
        left_read += range(i1 + common, i2)
        left_second += range(j1 + common, j2)
    for index in list(left_read):
        match = next((j for j in left_second if agree(read[index], second[j])), None)
        if match is not None:
            left_read.remove(index)
            left_second.remove(match)
    return differing, left_read, left_second


def compare(read: Sequence[LineItem], second: Sequence[LineItem], label: str) -> list[Difference]:
    """What the reading written (``read``) and a second reading (``second``, called ``label``)
    disagree on; empty when they agree."""
    found: list[Difference] = []
    if len(read) != len(second):
        found.append(Difference("line_count", f"{len(read)} product lines read, {label} has {len(second)}"))
    differing, only_read, only_second = pair(read, second)
    for i, j in differing:
        a, b = read[i], second[j]
        found.append(Difference("line_values", f"{name(i, a)}: {value_text(a)}, {label} reads {value_text(b)}", i))
    for i in only_read:
        found.append(Difference("line_extra", f"{name(i, read[i])} is not in {label}", i))
    for j in only_second:
        b = second[j]
        found.append(Difference("line_missing", f"{label} has a line not read: {b.item[:_NAME_CHARS]} "
                                                f"({value_text(b)})"))
    return found
