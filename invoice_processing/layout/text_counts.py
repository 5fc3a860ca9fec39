"""A line's count printed in its text where the table has no quantity column: before the name, as a
web shop prints it ("2 of: The Choice", "6 x Subscription to Starter"), or after it as a field of its own
("Qty: 12 ea (case of 6)" under the name) that the line's amount confirms (twelve times the price); or in a
column whose label names no role (the text layer glued "U.M.Quantità" into one word over "pz 48,00")."""

from __future__ import annotations

import re
from decimal import Decimal

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.column_choice import adds_up
from invoice_processing.layout.numbers import NumberFormat, parse_quantity
from invoice_processing.layout.rows import Row, Table
from invoice_processing.normalize import per_unit

_STATED = re.compile(r"\b(?:qty|quantity|menge|qté|quantité|cantidad|aantal)\s*[:.]?\s*(\d{1,5})\b", re.I)


def text_count(description: str, price: Decimal, amount: Decimal | None,
               priced: bool) -> tuple[Decimal, Decimal, str] | None:
    """(count, unit price, description) where the text states the count, else None. ``priced``: the
    table has a unit price column (else a count before the name makes the amount a price per that many)."""
    counted = lx.COUNT_PREFIX.match(description)
    if counted:
        qty, description = Decimal(counted.group(1)), description[counted.end():]
        if not priced and amount is not None and qty > 0:
            price = per_unit(amount, qty)  # ("6 x Subscription to Starter | $30.00": five each)
        return qty, price, description
    stated = [Decimal(found.group(1)) for found in _STATED.finditer(description)]
    if len(stated) == 1 and stated[0] > 1 and price > 0 and amount is not None and adds_up(stated[0], price, amount):
        return stated[0], price, description
    return None


def unlabelled_count(row: Row, table: Table, fmt: NumberFormat, price: Decimal, amount: Decimal | None,
                     rate: Decimal | None) -> Decimal | None:
    """The one number, over one, in the row's columns of no known role that times the price (less the
    line's discount) is its amount: the count of a table whose quantity label the reader could not name."""
    if amount is None or price <= 0:
        return None
    net = price * (1 - rate) if rate is not None and rate < 1 else price
    found = {value for index, column in enumerate(table.columns) if column.role == lx.OTHER
             for token in row.values.get(index, "").split()
             if (value := parse_quantity(token, fmt)) is not None and value > 1 and adds_up(value, net, amount)}
    return found.pop() if len(found) == 1 else None
