"""OneHundred80 (One Hundred 80 Degrees) invoices.

SPEC §7, read by the table engine (``layout``): columns ``SKU | UPC | QTY | UOM | Description | Unit Price
| Extended`` in any order, titles and places, the unit price chosen by arithmetic. The PO number
is the invoice number on the sheet (the retailer files these invoices by its own PO). Item:
``SKU - UPC: 0<12-digit UPC> - <description>``, or ``SKU - <description>`` when the line has no
UPC (a UPC named in the description's text, "[UPC 807802872220]", is the line's). Descriptions are
kept as printed, inch marks and ranges included (``5-5.75"``, ``72"L``), wrapped lines joined.
"""

from __future__ import annotations

import re

from invoice_processing.layout.numbers import detect_format, whole
from invoice_processing.layout.printed_codes import labelled_upc
from invoice_processing.layout.products import ProductLine, product_lines
from invoice_processing.layout.tables import read_tables
from invoice_processing.models import Document, Invoice, LineItem
from invoice_processing.vendors import catalog
from invoice_processing.vendors.header import find_date, header_lines
from invoice_processing.vendors.header_numbers import find_invoice_number, find_named_po

NAME = "onehundred80"
UPC = re.compile(r"\b\d{12}\b")
_GROUP_MARK = re.compile(r"(?<=\d)[-\s](?=\d)")  # a UPC printed in groups: "8-10047-47919-2", "8 10047 47919 2"
NO_PO = "no PO number printed: the invoice number is used instead"


def matches(document: Document) -> bool:
    return catalog.vendor_of(document) == catalog.ONEHUNDRED80


def item_text(sku: str, upc: str, description: str) -> str:
    """``SKU - UPC: 0<UPC> - description``; the leading 0 makes the 12-digit UPC an EAN-13."""
    return " - ".join(part for part in (sku, f"UPC: 0{upc}" if upc else "", description) if part)


def _item(line: ProductLine) -> LineItem | None:
    qty = whole(line.qty)
    if not qty or qty < 0 or not (line.code or line.description):
        return None
    found = UPC.search(_GROUP_MARK.sub("", line.upc))  # (a flag may stand beside it; "8-10047-47919-2": its groups)
    upc, description = (found.group(), line.description) if found else labelled_upc(line.description)
    return LineItem(item=item_text(line.code, upc[-12:], description), wholesale=line.price, qty=qty,
                    code=line.code, upc=upc[-12:], description=description, extended=line.amount)


def to_invoice(document: Document) -> Invoice:
    header = header_lines(document)
    fmt = detect_format(line.text for line in document.lines)
    lines = [line for table in read_tables(document.pages, fmt) for line in product_lines(table, fmt)]
    number = find_named_po(header)
    return Invoice(
        order_date=find_date(header),
        vendor=catalog.ONEHUNDRED80,
        invoice_number=number or find_invoice_number(header),
        line_items=tuple(item for line in lines if (item := _item(line))),
        warnings=() if number else (NO_PO,),
    )


__all__ = ["NAME", "matches", "to_invoice"]
