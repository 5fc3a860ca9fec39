"""Invoice → sheet rows (columns B..G), formatted at this edge only.

Rows are written with USER_ENTERED so dates and numbers are typed; every text cell that could
start a formula (``=``, ``+``, ``-``, ``@``, tab, CR) is prefixed with an apostrophe, which
Sheets treats as "this is text" and does not display.
"""

from __future__ import annotations

from .models import Invoice
from .normalize import format_date, format_decimal

COLUMNS = ("order_date", "vendor", "invoice_number", "item", "wholesale", "qty")  # B..G
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralize(text: str) -> str:
    """Text that can never become a formula when entered as USER_ENTERED.

    Text that already starts with an apostrophe gets one more, or Sheets would swallow it as
    its own "this is text" marker and the cell would lose a character.
    """
    text = text.replace("\n", " ")
    return "'" + text if text.startswith((*FORMULA_STARTS, "'")) else text


def invoice_rows(invoice: Invoice) -> list[list[str | int]]:
    order_date = format_date(invoice.order_date)
    vendor = neutralize(invoice.vendor)
    number = neutralize(invoice.invoice_number)
    return [
        [order_date, vendor, number, neutralize(li.item), format_decimal(li.wholesale), li.qty]
        for li in invoice.line_items
    ]
