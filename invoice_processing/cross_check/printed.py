"""What was read against what is printed: prices, quantities and the subtotal of the page text.

A price is *printed* when the page shows it, or shows the line's amount (quantity × price,
to the cent either way of rounding), or shows the list price the price was derived from (a
printed discount off list, as on HarperCollins purchase orders). A quantity is printed when the
page shows that number. Line amounts *add up* when their sum (printed amounts where read, else
quantity × price; or at list price) equals a number printed on a subtotal line, or the sum of
several subtotal lines (one per section), within half a cent per line of rounding.

Numbers are read from the text as vendors print them (``$1,234.50``, ``1.234,56``, ``(3.00)``);
the same page text serves every backend (text layer, or Document AI's OCR text).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal

from invoice_processing.layout.lexicon import CHARGES
from invoice_processing.models import LineItem
from invoice_processing.normalize import parse_price

CENT = Decimal("0.01")
HALF_CENT = Decimal("0.005")
_NUMBER = re.compile(r"\(?[$€£]?\d(?:[\d,.']*\d)?\)?")
SUBTOTAL_LABEL = re.compile(r"\b(?:sub\s*-?\s*total|zwischensumme|sous[\s-]*total|subtotaal|merchandise\s+total)\b",
                            re.I)
# A page's running total carried to the next page is no subtotal of the products.
CARRIED = re.compile(r"\b(?:carried|brought|balance)\s+forward\b|übertrag|à\s+reporter|report[ée]?\b|"
                     r"suma\s+y\s+sigue|transporte\b|transport\b", re.I)
# Charges the lexicon does not name (freight in Dutch and German, postage): a subtotal may include them.
MORE_CHARGES = re.compile(r"^(?:vracht|verzending|fracht|porto|portes|frete|envío|envio|flete)\b", re.I)


def printed_numbers(text: str) -> frozenset[Decimal]:
    """Every number printed in ``text``, as a non-negative ``Decimal`` (``2.50`` equals ``2.5``)."""
    found: set[Decimal] = set()
    for token in _NUMBER.findall(text):
        value = parse_price(token.replace("'", ""))
        if value is not None:
            found.add(abs(value))
    return frozenset(found)


def amounts(qty: int | Decimal, price: Decimal) -> set[Decimal]:
    """The line amount as a page may print it: exact, or rounded to the cent either way."""
    exact = price * qty
    return {exact, *(exact.quantize(CENT, rounding) for rounding in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN))}


def price_printed(line: LineItem, numbers: frozenset[Decimal]) -> bool:
    if line.wholesale in numbers or (line.list_price is not None and line.list_price in numbers):
        return True
    return not amounts(line.qty, line.wholesale).isdisjoint(numbers)


def unprinted(lines: Sequence[LineItem], numbers: frozenset[Decimal]) -> dict[int, tuple[str, str]]:
    """Line index → (reason code, what is not printed) for prices and quantities the page lacks."""
    found: dict[int, tuple[str, str]] = {}
    for index, line in enumerate(lines):
        if not price_printed(line, numbers):
            found[index] = ("price_not_printed", f"price {line.wholesale} is not printed on the page")
        elif Decimal(line.qty) not in numbers:
            found[index] = ("qty_not_printed", f"quantity {line.qty} is not printed on the page")
    return found


def _numbers_in(text: str) -> list[Decimal]:
    return [n for n in (parse_price(t) for t in _NUMBER.findall(text)) if n is not None]


def subtotals(lines: Sequence[str]) -> tuple[list[Decimal], Decimal]:
    """The first number printed after each subtotal label, and the charges printed above the
    first subtotal (discounts, surcharges, shipping inside the table: their amounts, signed as
    printed), which a subtotal may already include."""
    found: list[Decimal] = []
    charges = Decimal(0)
    for text in lines:
        label = SUBTOTAL_LABEL.search(text)
        if label and CARRIED.search(text):
            continue
        if label:
            values = _numbers_in(text[label.end():])
            if values:
                found.append(abs(values[0]))
        elif not found and (CHARGES.match(text.strip()) or MORE_CHARGES.match(text.strip())):
            values = _numbers_in(text)
            charges += values[-1] if values else Decimal(0)
    return found, charges


def line_sums(lines: Sequence[LineItem]) -> set[Decimal]:
    """What the lines add up to: printed amounts where read, quantity × price, or at list price."""
    read = sum((line.extended if line.extended is not None else line.wholesale * line.qty for line in lines),
               Decimal(0))
    priced = sum((line.wholesale * line.qty for line in lines), Decimal(0))
    listed = sum(((line.list_price or line.wholesale) * line.qty for line in lines), Decimal(0))
    return {read, priced, listed}


def subtotal_gap(lines: Sequence[LineItem], page_lines: Sequence[str]) -> str:
    """'' when no subtotal is printed or the lines add up to it; else what does not add up."""
    printed, charges = subtotals(page_lines)
    if not printed or not lines:
        return ""
    candidates = {*printed, sum(printed, Decimal(0))}
    tolerance = CENT + HALF_CENT * len(lines)
    sums = line_sums(lines)
    totals = sums | {total + charges for total in sums} | {total - abs(charges) for total in sums}
    if any(abs(total - value) <= tolerance for total in totals for value in candidates):
        return ""
    read = min(sums, key=lambda total: min(abs(total - value) for value in candidates))
    shown = ", ".join(str(value) for value in printed[:3])
    return f"the product lines add up to {read.quantize(CENT)}, the subtotal printed is {shown}"
