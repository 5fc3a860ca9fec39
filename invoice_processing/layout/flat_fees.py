"""Fees billed by their amount alone in a table with a count column ("Trip charge | | | 75.00", "PLYWOOD | 58.00 |
58.00"): which lines they are, and which such lines are a group's heading with its sum instead."""

from __future__ import annotations

import re
from decimal import Decimal

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.header_labels import Column
from invoice_processing.layout.numbers import is_numeric
from invoice_processing.layout.rows import Row, Table
from invoice_processing.models import Cell, TextLine


def flat_fee(line: TextLine, values: dict[int, str], table: Table) -> bool:
    """A fee billed by its amount alone ("Trip charge | 75.00"): named where the descriptions start, with
    nothing else on its line, under no row's own lines, and no payment, balance or rounding."""
    columns, start = table.columns, min((c.x0 for c in table.columns if c.role == lx.DESCRIPTION), default=-1.0)
    named = [c for c in line.cells if c.x1 > start]  # (after the row's number: "14 | Project management | 1,500.00")
    numbers = {columns[i].role: values[i].strip() for i in values if columns[i].numeric}  # (a rate as much as it)
    return start >= 0 and bool(named) and abs(named[0].x0 - start) <= 6 and _alone(named, columns, start) and (
        fee_roles(set(numbers)) and len(set(numbers.values())) == 1 and not _NO_FEE.search(named[0].text)
        and not lx.CARRIAGE.search(named[0].text) and not any(_TAX_AT_RATE.search(c.text.strip()) for c in named)
        and not _tucked(line, table))


def _alone(named: list[Cell], columns: tuple[Column, ...], start: float) -> bool:
    """No words right of the description but numbers ("Cut lengths cannot be returned. | Goods | 23,051.83": a
    total beside a note)."""
    first = min((c.x0 for c in columns if c.numeric and c.x0 > start), default=start) - 10
    return all(c.x0 < first or is_numeric(c.text) for c in named)


def _tucked(line: TextLine, table: Table) -> bool:
    """True when the line stands under the last row nearer than rows stand (a line's pitch when one row was read):
    the row's own line (Shopify's "Default Title | $64.80", a discounted total)."""
    ys = table.row_ys
    gaps = [b - a for a, b in zip(ys, ys[1:], strict=False) if b > a]
    return bool(ys) and 0 < line.y - ys[-1] < (0.9 * min(gaps) if gaps else 1.5 * max(line.size, 6.0))


# a tax charged at its rate, named by a phrase of the fee's line ("NC sales tax on supplies 7.25%", "7% sales tax"):
# the totals' tax (never "Tax return preparation 2024 - 50% retainer": work billed)
_TAX_AT_RATE = re.compile(r"^(?:\w+\s+){0,2}tax(?:\s+on\s+[^%\d]*)?\s*\d+(?:[.,]\d+)?\s*%\s*$|"
                          r"^\d+(?:[.,]\d+)?\s*%\s*(?:sales\s+|use\s+)?tax\b", re.I)


# what a line with an amount alone may name that is billed by no one: payments, balances, rounding, credits; and
# freight in words the carriage list lacks ("Fracht", "Vracht", "Frete", "Portes")
_NO_FEE = re.compile(r"\b(?:paid|payments?|balance|round(?:ing|ed)?|advance|received|applied|credit|tendered|owing|"
                     r"previous|brought|deposit|refund|change|retention|fracht|vracht|frete|flete|porte?s?)\b|"
                     r"^(?:net\s+)?amount\b", re.I)


def fee_roles(roles: set[str]) -> bool:
    """True when a row's numbers stand under its amount and at most a rate (no count): a fee billed as it stands."""
    return lx.AMOUNT in roles and roles <= {lx.PRICE, lx.AMOUNT}


def fee_alone(row: Row, table: Table) -> bool:
    """True when the row's numbers are its amount and at most a rate as much (no count): a fee billed as it stands."""
    return fee_roles({table.columns[i].role for i in row.values if table.columns[i].numeric and row.values[i].strip()})


def group_sum(amounts: list[Decimal | None], fees: set[int], at: int) -> bool:
    """True for a fee line whose amount is the sum of the lines after it (up to the next such line):
    a group's heading printed with its sum ("Kitchen | 1,250.00" over its cabinets), no fee."""
    if at not in fees:
        return False
    after = amounts[at + 1:next((f for f in sorted(fees) if f > at), len(amounts))]
    return len(after) >= 1 and None not in after and sum(a for a in after if a is not None) == amounts[at]
