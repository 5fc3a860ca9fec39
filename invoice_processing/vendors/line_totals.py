"""A table's one price column that holds line totals: an order printing "Qty | Item | Price" where
the price is quantity × the unit price (a web shop's order, "5 | Stitch markers | $284.70").

The labels cannot tell; the document's own subtotal can. When no row prints a separate amount,
some row has a quantity above one, the prices add up to the printed subtotal and quantity ×
price does not, each price is its row's total and the unit price is total ÷ quantity (SPEC §7,
"where only a line total is printed").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from invoice_processing.cross_check.printed import CENT, subtotals
from invoice_processing.layout.products import ProductLine
from invoice_processing.normalize import per_unit


def as_line_totals(lines: list[ProductLine], page_texts: Sequence[str]) -> list[ProductLine]:
    """``lines`` with each price read as its row's total when the printed subtotal says so, else as they are."""
    if not _totals(lines, page_texts):
        return lines
    return [replace(line, price=per_unit(line.price, line.qty), amount=line.price) for line in lines]


def _totals(lines: list[ProductLine], page_texts: Sequence[str]) -> bool:
    counted = [line for line in lines if line.qty > 0]
    if not counted or any(line.amount is not None for line in lines) or all(line.qty == 1 for line in counted):
        return False
    printed, _ = subtotals(page_texts)
    if not printed:
        return False
    as_totals = sum((line.price for line in counted), Decimal(0))
    as_units = sum((line.price * line.qty for line in counted), Decimal(0))
    return any(abs(as_totals - value) < CENT for value in printed) and not any(
        abs(as_units - value) < CENT for value in printed)

