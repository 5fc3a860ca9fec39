"""OneHundred80 (One Hundred 80 Degrees) invoices.

Columns ``SKU | UPC | QTY | UOM | Description | Unit Price | Extended`` (UOM ``EA`` or ``ST``),
found by the header row on each page. The PO number is the invoice number on the sheet (the
retailer files these invoices by its own PO). Item: ``SKU - UPC: 0<12-digit UPC> - <description>``,
or ``SKU - <description>`` when the line has no UPC. Descriptions are kept as printed, inch marks
and ranges included (``5-5.75"``, ``72"L``), wrapped lines joined.
"""

from __future__ import annotations

import re

from invoice_processing.models import Document, Invoice, LineItem
from invoice_processing.normalize import parse_price, parse_qty
from invoice_processing.vendors import catalog
from invoice_processing.vendors.generic import is_product_row, unit_price
from invoice_processing.vendors.header import find_date, find_invoice_number, find_po_number
from invoice_processing.vendors.table import Row, table_rows

NAME = "onehundred80"
UPC = re.compile(r"^\d{12}$")
_QTY_ROLES = ("shipped", "qty", "ordered")


def matches(document: Document) -> bool:
    return catalog.vendor_of(document) == catalog.ONEHUNDRED80


def item_text(sku: str, upc: str, description: str) -> str:
    """``SKU - UPC: 0<UPC> - description``; the leading 0 makes the 12-digit UPC an EAN-13."""
    parts = [sku] if sku else []
    if upc:
        parts.append(f"UPC: 0{upc}")
    if description:
        parts.append(description)
    return " - ".join(parts)


def row_to_item(row: Row) -> LineItem | None:
    values = row.values
    qty = next((parse_qty(values[role]) for role in _QTY_ROLES if values.get(role)), None)
    if not qty:
        return None
    price = unit_price(values, qty)
    if price is None:
        return None
    sku = values.get("code", "").strip()
    upc = values.get("upc", "").replace(" ", "")
    upc = upc if UPC.match(upc) else ""
    description = " ".join(" ".join([values.get("description", ""), *row.continuation]).split())
    return LineItem(
        item=item_text(sku, upc, description),
        wholesale=price,
        qty=qty,
        code=sku,
        upc=upc,
        description=description,
        extended=parse_price(values.get("amount", "")),
    )


def to_invoice(document: Document) -> Invoice:
    header = list(document.pages[0].lines) if document.pages else []
    items = [item for row in table_rows(document.pages, is_product_row) if (item := row_to_item(row))]
    number = find_po_number(header)
    warnings: list[str] = []
    if not number:
        number = find_invoice_number(header)
        warnings.append("no PO number printed: the invoice number is used instead")
    return Invoice(
        order_date=find_date(header),
        vendor=catalog.ONEHUNDRED80,
        invoice_number=number,
        line_items=tuple(items),
        warnings=tuple(warnings),
    )


__all__ = ["NAME", "matches", "to_invoice"]
