"""HarperCollins purchase orders (printed by the distributor Anne McGilvray & Company).

Every value comes from the document: the ``NS`` order number (else the PO number), the order
date, the discount printed as ``Discount: 50.00% OFF``, and per line the ISBN-13, the title
(library-inverted, may wrap), quantity, list price and extended amount. Wholesale is
list × (1 − discount), kept exact (``9.99`` at 50% is ``4.995``). The table is found by its
header row, so column order and positions follow the page.
"""

from __future__ import annotations

import re
from decimal import Decimal

from invoice_processing.models import Document, Invoice, LineItem
from invoice_processing.normalize import parse_price, parse_qty
from invoice_processing.vendors import catalog
from invoice_processing.vendors.header import DATE_LABELS, find_date, find_po_number
from invoice_processing.vendors.table import Row, table_rows

NAME = "harpercollins"
ISBN = re.compile(r"^97[89]\d{10}$")
ORDER_NUMBER = re.compile(r"\bNS\d{5,}\b")
DISCOUNT = re.compile(r"discount\s*:?\s*(\d{1,2}(?:\.\d+)?)\s*%\s*off", re.I)
ORDER_DATE_LABELS = (r"order\s*date", r"p\.?\s*o\.?\s*date", *DATE_LABELS)
_QTY_ROLES = ("shipped", "qty", "ordered")
NO_DISCOUNT = "no 'Discount: NN% OFF' printed: wholesale is the net or list price as printed"


def matches(document: Document) -> bool:
    return catalog.vendor_of(document) == catalog.HARPERCOLLINS


def _isbn(values: dict[str, str]) -> str:
    digits = values.get("code", "").replace("-", "").replace(" ", "")
    return digits if ISBN.match(digits) else ""


def _qty(values: dict[str, str]) -> int | None:
    return next((parse_qty(values[role]) for role in _QTY_ROLES if values.get(role)), None)


def is_book_row(values: dict[str, str]) -> bool:
    """An ISBN-13, a quantity and a list (or net) price: a book line."""
    has_price = any(parse_price(values.get(role, "")) is not None for role in ("list_price", "price"))
    return bool(_isbn(values)) and _qty(values) is not None and has_price


def discount_of(text: str) -> Decimal | None:
    """The order's discount as a fraction (``50.00% OFF`` → 0.5), None when none is printed."""
    match = DISCOUNT.search(text)
    return Decimal(match.group(1)) / 100 if match else None


def _wholesale(values: dict[str, str], qty: int, discount: Decimal | None) -> Decimal | None:
    listed = parse_price(values.get("list_price", ""))
    if discount is not None and listed is not None:
        return listed * (1 - discount)
    net = parse_price(values.get("price", ""))
    if net is not None:
        return net
    extended = parse_price(values.get("amount", ""))
    if extended is not None and qty:
        return extended / qty
    return listed


def row_to_item(row: Row, discount: Decimal | None) -> LineItem | None:
    values = row.values
    qty = _qty(values)
    if not qty:
        return None
    wholesale = _wholesale(values, qty, discount)
    if wholesale is None:
        return None
    isbn = _isbn(values)
    title = " ".join(" ".join([values.get("description", ""), *row.continuation]).split())
    return LineItem(
        item=f"{isbn} - {title}" if title else isbn,
        wholesale=wholesale,
        qty=qty,
        code=isbn,
        description=title,
        list_price=parse_price(values.get("list_price", "")),
        extended=parse_price(values.get("amount", "")),
    )


def invoice_number(document: Document) -> str:
    first = document.pages[0] if document.pages else None
    if first is None:
        return ""
    found = ORDER_NUMBER.search(first.text)
    return found.group(0) if found else find_po_number(list(first.lines))


def to_invoice(document: Document) -> Invoice:
    header = list(document.pages[0].lines) if document.pages else []
    discount = discount_of("\n".join(page.text for page in document.pages[:2]))
    items = [item for row in table_rows(document.pages, is_book_row) if (item := row_to_item(row, discount))]
    warnings = [] if discount is not None else [NO_DISCOUNT]
    return Invoice(
        order_date=find_date(header, ORDER_DATE_LABELS),
        vendor=catalog.HARPERCOLLINS,
        invoice_number=invoice_number(document),
        line_items=tuple(items),
        warnings=tuple(warnings),
    )


__all__ = ["NAME", "matches", "to_invoice"]
