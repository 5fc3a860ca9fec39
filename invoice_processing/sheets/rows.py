"""Invoice → sheet rows (columns B..G), formatted at this edge only.

Rows are written with USER_ENTERED so dates and numbers are typed; every text cell that could
start a formula (``=``, ``+``, ``-``, ``@``, tab, CR) is prefixed with an apostrophe, which
Sheets treats as "this is text" and does not display.
"""

from __future__ import annotations

from decimal import Decimal
from typing import cast

from invoice_processing.models import Invoice
from invoice_processing.normalize import format_date, format_decimal

COLUMNS = ("order_date", "vendor", "invoice_number", "item", "wholesale", "qty")  # B..G
TEXT_COLUMNS = (1, 2, 3)  # vendor, invoice number, item: always text, never typed
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralize(text: str) -> str:
    """Text that can never become a formula when entered as USER_ENTERED.

    Text that already starts with an apostrophe gets one more, or Sheets would swallow it as
    its own "this is text" marker and the cell would lose a character.
    """
    text = text.replace("\n", " ")
    return "'" + text if text.startswith((*FORMULA_STARTS, "'")) else text


def quantity(qty: int | Decimal) -> str | int:
    """Column G: the count, or a fractional quantity as plain text USER_ENTERED types as a number ("2.5")."""
    return qty if isinstance(qty, int) else format(qty.normalize(), "f")


def invoice_rows(invoice: Invoice) -> list[list[str | int]]:
    order_date = format_date(invoice.order_date)
    vendor = neutralize(invoice.vendor)
    number = neutralize(invoice.invoice_number)
    return [
        [order_date, vendor, number, neutralize(li.item), format_decimal(li.wholesale), quantity(li.qty)]
        for li in invoice.line_items
    ]


def marked_as_text(row: list[str | int]) -> list[str | int]:
    """A row as sent with USER_ENTERED: every text cell carries the apostrophe text marker.

    Without it Sheets types text that looks like something else: invoice number ``00123``
    would lose its zeros, ``1-2`` would become a date. Cells that ``neutralize`` already
    marked keep their single mark; dates and numbers stay unmarked so Sheets types them.
    """
    # cast: the TEXT_COLUMNS cells are always str (see invoice_rows); no runtime effect
    return [("'" + cast(str, c) if i in TEXT_COLUMNS and not str(c).startswith("'") else c) for i, c in enumerate(row)]
