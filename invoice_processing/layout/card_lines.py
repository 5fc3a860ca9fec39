"""Item cards whose count and unit price stand on lines of their own (``item_cards`` reads the
cards whose count and price are printed "12 × $15.75"): a shop's receipt's "Quantity: 4" over
"$18.00 each", a marketplace's "Qty 6 | $36.00" over "Wholesale $6.00", a title ending with its
count ("Ring Dish × 15") over "$9.00 ea.", and "Item# … | Qty 4 | $89.00/ea" under the amount.
Each one's count times its price must be the amount printed for it."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.card_codes import labelled_codes
from invoice_processing.layout.numbers import NumberFormat, parse_amount, to_the_cent
from invoice_processing.models import TextLine

QTY, PRICE, AMOUNT = "Qty", "Unit Price", "Amount"
Card = tuple[int, int, tuple[int, ...], list[tuple[str, str]]]  # title line, its cells kept, numbers lines, pairs
# "Quantity: 4" and "$18.00 each" (or "Price: $18.00") on lines of their own under the title (a shop's receipt)
_COUNT_WORDS = r"(?:qty|quantity|menge|anzahl|quantit[ée]|cantidad|aantal)"
_COUNT_LINE = re.compile(rf"{_COUNT_WORDS}\s*:\s*(\d{{1,5}})", re.I)
_EACH_LINE = re.compile(rf"(?:(?:unit\s*)?price\s*:\s*)?(({lx.CURRENCY})\s?\d[\d.,]*)"
                        r"(?:\s*(?:each|ea\.?|/\s*(?:ea|each|unit)))?", re.I)


_SET_BEFORE = re.compile(r"^[·•|]\s+")


def card_of_lines(lines: tuple[TextLine, ...], at: int, fmt: NumberFormat) -> Card | None:
    """The card whose count stands on ``lines[at]`` in one of the ways above, else None."""
    return (_stacked(lines, at, fmt) or _labelled_card(lines, at, fmt) or _counted_title(lines, at, fmt)
            or _inline_card(lines, at, fmt) or _count_beside_title(lines, at, fmt))


def _pairs(count: str, price: str, amount: str) -> list[tuple[str, str]]:
    """A card's count, unit price and amount as (label, value) pairs for its row's slots."""
    return [(QTY, count), (PRICE, price), (AMOUNT, amount)]


def _price_under(lines: tuple[TextLine, ...], at: int, read: Callable[[TextLine], re.Match[str] | None],
                 count: str, amount: Decimal, fmt: NumberFormat) -> tuple[int, str] | None:
    """(its line, the price as printed): the first unit price ``read`` finds on the three lines under
    ``lines[at]`` (a variant or a SKU may stand between), when the count times it is the amount."""
    for under in range(at + 1, min(at + 4, len(lines))):
        priced = read(lines[under])
        price = parse_amount(priced.group(1), fmt) if priced else None
        if price is not None and priced is not None:
            return (under, priced.group(1)) if to_the_cent(Decimal(count), price, amount) else None
    return None


def _stacked(lines: tuple[TextLine, ...], at: int, fmt: NumberFormat) -> Card | None:
    """A card whose count and price stand on lines of their own under its title ("Quantity: 4" over
    "$18.00 each"), the title's line ending with the amount they give; else None."""
    counted = _COUNT_LINE.fullmatch(lines[at].text.strip()) if len(lines[at].cells) == 1 else None
    priced = _EACH_LINE.fullmatch(lines[at + 1].text.strip()) if counted and at + 1 < len(lines) else None
    price = parse_amount(priced.group(1), fmt) if priced else None
    if counted is None or priced is None or price is None:
        return None
    for title in range(at - 1, max(at - 5, -1), -1):  # (its variants, "Size: 1.5 inch", between)
        amount = _ending_amount(lines[title], fmt)
        if amount is not None:
            if not to_the_cent(Decimal(counted.group(1)), price, amount):
                return None
            cells = lines[title].cells
            pairs = _pairs(counted.group(1), priced.group(1), cells[-1].text.strip())
            return title, len(cells) - 1, (at, at + 1), pairs
    return None


# a marketplace's card: "Qty 6 | $36.00" under the title, "Wholesale $6.00 | Retail $12.00" a line or two lower
_COUNT_CELL = re.compile(rf"{_COUNT_WORDS}\s*:?\s*(\d{{1,5}})", re.I)
_PRICE_CELL = re.compile(
    rf"(?:wholesale|unit\s*price|unit|price|your\s*price|cost|each)\s*:?\s*(({lx.CURRENCY})\s?\d[\d.,]*)", re.I)


def _labelled_card(lines: tuple[TextLine, ...], at: int, fmt: NumberFormat) -> Card | None:
    """A card whose count is labelled on the line under its title with the amount beside it
    ("Enamel Pie Dish 9in" over "Qty 6 | $36.00"), its unit price labelled on one of the next
    three lines ("Wholesale $6.00 | Retail $12.00", the variant and SKU between): the count times
    the price must be the amount; else None."""
    cells = lines[at].cells
    counted = _COUNT_CELL.fullmatch(cells[0].text.strip()) if len(cells) == 2 and at > 0 else None
    amount = parse_amount(cells[-1].text, fmt) if counted else None
    title = lines[at - 1]
    if counted is None or amount is None or len(title.cells) != 1 or not any(ch.isalpha() for ch in title.text) or (
            lines[at].y - title.y > 2.5 * max(lines[at].size, 1.0)):
        return None
    found = _price_under(lines, at, _labelled_price, counted.group(1), amount, fmt)
    if found is None:
        return None
    return at - 1, 1, (at, found[0]), _pairs(counted.group(1), found[1], cells[-1].text.strip())


def _count_beside_title(lines: tuple[TextLine, ...], at: int, fmt: NumberFormat) -> Card | None:
    """A card whose count is labelled right of its title ("Botanical Fern Print | Quantity: 4"), its
    unit price labelled at the end of a line under it ("Size: 8x10 inches | Price: $22.00") and its
    amount alone on a line lower ("$88.00"): the count times the price must be the amount; else None."""
    cells = lines[at].cells
    counted = _COUNT_CELL.fullmatch(cells[-1].text.strip()) if len(cells) == 2 else None
    if counted is None or not any(ch.isalpha() for ch in cells[0].text):
        return None
    priced: tuple[int, str] | None = None
    for under in range(at + 1, min(at + 5, len(lines))):
        line = lines[under]
        if not line.cells or line.y - lines[at].y > 6 * max(lines[at].size, 1.0):
            return None
        if priced is None:
            found = _PRICE_CELL.fullmatch(line.cells[-1].text.strip())
            priced = (under, found.group(1)) if found else None
            continue
        amount = parse_amount(line.cells[0].text, fmt) if len(line.cells) == 1 else None
        price = parse_amount(priced[1], fmt)
        if amount is not None and price is not None:
            if not to_the_cent(Decimal(counted.group(1)), price, amount):
                return None
            return at, 1, (priced[0], under), _pairs(counted.group(1), priced[1], line.cells[0].text.strip())
    return None


def _labelled_price(line: TextLine) -> re.Match[str] | None:
    return _PRICE_CELL.fullmatch(line.cells[0].text.strip()) if line.cells else None


def _each_price(line: TextLine) -> re.Match[str] | None:
    return _EACH_LINE.fullmatch(line.text.strip()) if len(line.cells) == 1 else None


_TITLE_TIMES = re.compile(r"(?:^|.*\S\s+)×\s*(\d{1,5})")  # "Ring Dish × 15", "× 8" after the title


def _counted_title(lines: tuple[TextLine, ...], at: int, fmt: NumberFormat) -> Card | None:
    """A card whose title ends with its count and its line with the amount ("Ring Dish × 15 |
    $135.00"), its unit price on one of the next three lines ("$9.00 ea.", a variant between)."""
    cells = lines[at].cells
    counted = _TITLE_TIMES.fullmatch(cells[-2].text.strip()) if len(cells) >= 2 else None
    amount = parse_amount(cells[-1].text, fmt) if counted else None
    if counted is None or amount is None or not any(ch.isalpha() for ch in cells[0].text):
        return None
    found = _price_under(lines, at, _each_price, counted.group(1), amount, fmt)
    if found is None:
        return None
    kept = len(cells) - 2 if cells[-2].text.strip().startswith("×") else len(cells) - 1
    return at, kept, (found[0],), _pairs(counted.group(1), found[1], cells[-1].text.strip())


def _inline_card(lines: tuple[TextLine, ...], at: int, fmt: NumberFormat) -> Card | None:
    """A card whose code, count and unit price share a line under its title and amount ("Item#
    571204986 | Qty 4 | $89.00/ea" under "... Hex Key Set" and "$356.00", "Style PCG856 | Quantity: 6 |
    Unit $3.00" under "Ship Model Kit Greeting Card | $18.00", "SKU FB-SP-012 · Qty: 24 · $4.10 each")."""
    cells = [_SET_BEFORE.sub("", c.text.strip()) for c in lines[at].cells]  # (a dot close before a field: "· Qty: 24")
    count = next((m for c in cells if (m := _COUNT_CELL.fullmatch(c))), None)
    priced = next((m for c in cells if ((m := _EACH_LINE.fullmatch(c)) and m.end(1) < len(c))  # ("$89.00/ea",
                   or (m := _PRICE_CELL.fullmatch(c))), None)  # "$4.10 each", "Unit $3.00"; not an amount alone
    price = parse_amount(priced.group(1), fmt) if priced else None
    if count is None or priced is None or price is None:
        return None
    codes = [pair for cell in lines[at].cells for pair in labelled_codes(TextLine(lines[at].y, (cell,))) or []]
    for up in range(at - 1, max(at - 7, -1), -1):  # (a variant's and a SKU's lines between: "Style: Fern & Moth")
        over = lines[up]
        # the amount: the line's last cell, or one before a panel's words beside the card ("$528.00 | Summary")
        end = next((i for i in range(len(over.cells) - 1, -1, -1) if (amount := parse_amount(
            over.cells[i].text, fmt)) is not None and to_the_cent(Decimal(count.group(1)), price, amount)), None)
        if end is not None:
            title = up if end > 0 and any(ch.isalpha() for ch in over.cells[0].text) else up - 1
            if title < 0 or lines[at].y - lines[title].y > 8.0 * max(lines[at].size, 1.0):
                return None
            pairs = [*codes, *_pairs(count.group(1), priced.group(1), over.cells[end].text.strip())]
            kept = end if title == up else len(lines[title].cells)
            return title, kept, tuple(i for i in (up, at) if i != title), pairs
    return None



def _ending_amount(line: TextLine, fmt: NumberFormat) -> Decimal | None:
    """The amount ending a card's title line (words first, the amount last), else None."""
    cells = line.cells
    if len(cells) < 2 or not any(ch.isalpha() for ch in cells[0].text):
        return None
    return parse_amount(cells[-1].text, fmt)
