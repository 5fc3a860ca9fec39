"""Creative Co-op (SPEC §7): order confirmations (``CS`` numbers) and invoices (``CI`` numbers).

- Order confirmation: the product-code row carries UPC, RT, Qty Ord / Alloc / Shipped / BkOrd,
  U/M and List / Your / Your Extd Price; the description is printed on its own line(s) under
  (or, on some confirmations, over) the code row. Quantity is Qty Ord; a line with Qty Ord 0 is
  not a product. Order date is ORDER DATE.
- Invoice: Item | UPC | Description | Shipped | Back | UM | List Price | Truck | Your Price |
  Extended Amount, the description wrapping onto the lines below. Quantity is Shipped; a line
  with nothing shipped is a backorder, reported in the warnings. Order date is the printed ORDER
  DATE, else the invoice date.
- Wholesale is Your Price, kept as printed; a Your Price that is not 80% of List is a warning.
- Tariff rows (``TRF-CCOI``, ``Tariff Surcharge``) have no product code and UPC: not products.
- Item: ``CODE - UPC: 0<12-digit UPC> - <description>``.

Header fields: ``creative_coop_header``. Lines without word positions (a text-only backend) are
read from their text alone by ``creative_coop_lines``.
A document that prints neither table falls back to the generic rules under this vendor's name.
"""

from __future__ import annotations

import re

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.numbers import detect_format, whole
from invoice_processing.layout.printed_codes import labelled_upc
from invoice_processing.layout.products import product_lines
from invoice_processing.layout.tables import read_tables
from invoice_processing.models import Document, Invoice, LineItem
from invoice_processing.vendors import generic
from invoice_processing.vendors.catalog import CREATIVE_COOP, vendor_of
from invoice_processing.vendors.creative_coop_header import document_kind, number, order_date
from invoice_processing.vendors.creative_coop_lines import (
    INVOICE,
    ORDER,
    UPC,
    Table,
    detect_table,
    line_items,
    read_rows,
)

NAME = "creative_coop"
_TARIFF = re.compile(r"^(?:tariff|trf-ccoi|freight)\b", re.I)
_QUANTITY = {ORDER.kind: lx.ORDERED, INVOICE.kind: lx.SHIPPED}
# the product code leading the description's cell ("Item / Description": "HX7068 Terra-cotta Tray", "Product
# Code - Description": "DG4859B - 8\" H Frame"): two letters and three to five digits, maybe a letter after them
# (SPEC §7)
_CODE_FIRST = re.compile(r"^([A-Z]{2}\d{3,5}[A-Z]?)(?:\s+-)?\s+(\S.*)$")
# ... or ending it, printed under the name ("Description / Product Code": "Mercury Glass Tree" over "XS9482")
_CODE_LAST = re.compile(r"^(\S.*?)\s+([A-Z]{2}\d{3,5}[A-Z]?)$")


def matches(document: Document) -> bool:
    return vendor_of(document) == CREATIVE_COOP


def _engine_lines(document: Document, table: Table) -> tuple[list[LineItem], list[str]]:
    """Product lines read by the table engine with this vendor's rules: the quantity column the
    document kind prescribes, no tariff or freight rows, the item as code, UPC and description."""
    fmt = detect_format(line.text for line in document.lines)
    items: list[LineItem] = []
    warnings: list[str] = []
    for found in read_tables(document.pages, fmt):
        for line in product_lines(found, fmt, quantity=_QUANTITY[table.kind]):
            code, description, upc = line.code, line.description, line.upc.replace(" ", "")
            if not upc:
                upc, description = labelled_upc(description)  # a line "UPC 191009857221" under the name
            if not upc and UPC.match(code):
                code, upc = "", code  # ("Item" over "UPC": the UPC on the numbers' line, the code with the name)
            if not code and (first := _CODE_FIRST.match(description)):
                code, description = first.groups()
            elif not code and (last := _CODE_LAST.match(description)):
                description, code = last.groups()
            if not code or _TARIFF.match(code) or _TARIFF.match(description):
                continue
            item = " - ".join(p for p in (code, f"UPC: 0{upc[-12:]}" if upc else "", description) if p)
            qty = whole(line.qty)
            if not qty:
                if table is INVOICE and qty == 0:
                    warnings.append(f"backorder (not written): {item}")
                continue
            items.append(LineItem(item=item, wholesale=line.price, qty=qty, code=code, upc=upc,
                                  description=description, list_price=line.list_price, extended=line.amount))
    return items, warnings


def to_invoice(document: Document) -> Invoice:
    kind = document_kind(document)
    if kind is not None:
        items, warnings = _engine_lines(document, kind)
        if items:
            return Invoice(order_date=order_date(document, kind), vendor=CREATIVE_COOP,
                           invoice_number=number(document, kind), line_items=tuple(items), warnings=tuple(warnings))
    table = detect_table(document)  # lines without word positions: read from the text alone
    if table is None:
        return generic.to_invoice(document, vendor=CREATIVE_COOP)
    items, warnings = line_items(read_rows(document, table), table)
    return Invoice(order_date=order_date(document, table), vendor=CREATIVE_COOP, invoice_number=number(document, table),
                   line_items=tuple(items), warnings=tuple(warnings))


__all__ = ["NAME", "matches", "to_invoice"]
