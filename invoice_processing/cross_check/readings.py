"""Two readings of one invoice compared line by line: counts and values, not wording.

Lines are paired by value, whatever their order: first exact (price, quantity) pairs, then
lines that *agree* by another route: the same quantity and the same line amount (one reading
has the printed amount, the other quantity × price, rounded to the cent either way) or one
reading's price is the other's list price (a price derived from a printed discount). Lines
left over on both sides are reported as differing values, in document order; what is left on
one side only is a line the other reading does not have.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

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


def pair(read: Sequence[LineItem], second: Sequence[LineItem]) -> tuple[list[int], list[int]]:
    """Indices left unpaired in ``read`` and in ``second``, each in document order."""
    by_value: defaultdict[tuple[Decimal, int], list[int]] = defaultdict(list)
    for index, line in enumerate(second):
        by_value[(line.wholesale, line.qty)].append(index)
    left_read: list[int] = []
    for index, line in enumerate(read):
        same = by_value.get((line.wholesale, line.qty))
        if same:
            same.pop(0)
        else:
            left_read.append(index)
    left_second = sorted(i for indices in by_value.values() for i in indices)
    unpaired: list[int] = []
    for index in left_read:
        match = next((j for j in left_second if agree(read[index], second[j])), None)
        if match is None:
            unpaired.append(index)
        else:
            left_second.remove(match)
    return unpaired, left_second


def compare(read: Sequence[LineItem], second: Sequence[LineItem], label: str) -> list[Difference]:
    """What the reading written (``read``) and a second reading (``second``, called ``label``)
    disagree on; empty when they agree."""
    found: list[Difference] = []
    if len(read) != len(second):
        found.append(Difference("line_count", f"{len(read)} product lines read, {label} has {len(second)}"))
    only_read, only_second = pair(read, second)
    for i, j in zip(only_read, only_second, strict=False):
        a, b = read[i], second[j]
        found.append(Difference("line_values", f"{name(i, a)}: {value_text(a)}, {label} reads {value_text(b)}", i))
    paired = min(len(only_read), len(only_second))
    for i in only_read[paired:]:
        found.append(Difference("line_extra", f"{name(i, read[i])} is not in {label}", i))
    for j in only_second[paired:]:
        b = second[j]
        found.append(Difference("line_missing", f"{label} has a line not read: {b.item[:_NAME_CHARS]} "
                                                f"({value_text(b)})"))
    return found
