"""A line's count printed in its text where the table has no quantity column: before the name, as a
web shop prints it ("2 of: The Choice", "6 x Subscription to Starter"), or after it as a field of its own
("Qty: 12 ea (case of 6)" under the name) that the line's amount confirms (twelve times the price)."""

from __future__ import annotations

import re
from decimal import Decimal

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.column_choice import adds_up
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
