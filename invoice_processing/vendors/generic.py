"""Any vendor: header fields as printed and every product row of the document's tables.

Quantity is what shipped when both ordered and shipped are printed; a line with nothing
shipped is a backorder (reported, not written). When only a line total is printed the unit
price is total ÷ quantity. Totals, taxes, shipping and discounts are not products.
"""

from __future__ import annotations

import re
from decimal import Decimal

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.numbers import detect_format, whole
from invoice_processing.layout.products import product_lines
from invoice_processing.layout.tables import read_tables
from invoice_processing.models import Document, Invoice, LineItem
from invoice_processing.normalize import parse_price, parse_qty, per_unit
from invoice_processing.vendors.header import document_date, document_number, own_pages
from invoice_processing.vendors.issuer import document_vendor
from invoice_processing.vendors.line_totals import as_line_totals
from invoice_processing.vendors.receipt_blocks import block_items
from invoice_processing.vendors.receipt_lines import receipt_items
from invoice_processing.vendors.table import TOTAL_WORDS, Row, table_rows

NAME = "generic"


def matches(document: Document) -> bool:
    return True


def _quantity(values: dict[str, str]) -> int | None:
    for role in ("shipped", "qty", "ordered"):
        if values.get(role):
            return parse_qty(values[role])
    return None


def is_product_row(values: dict[str, str]) -> bool:
    label = values.get("description") or values.get("code") or ""
    if not label or TOTAL_WORDS.match(label):
        return False
    if _quantity(values) is None:
        return False
    prices = [parse_price(values[r]) for r in ("price", "amount") if values.get(r)]
    return bool(prices) and all(p is not None for p in prices)


def unit_price(values: dict[str, str], qty: int) -> Decimal | None:
    price = parse_price(values.get("price", ""))
    if price is not None:
        return price
    amount = parse_price(values.get("amount", ""))
    if amount is None or qty <= 0:
        return None
    return per_unit(amount, qty)


def item_text(code: str, description: str) -> str:
    parts = [p for p in (code.strip(), description.strip()) if p]
    return " - ".join(parts)


def row_to_item(row: Row) -> tuple[LineItem | None, str]:
    """A line item, or None with the backorder item text when nothing shipped."""
    values = row.values
    description = " ".join([values.get("description", ""), *row.continuation]).strip()
    code = values.get("code", "")
    item = item_text(code, description)
    qty = _quantity(values)
    if qty is None:
        return None, ""
    if qty == 0:
        return None, item
    price = unit_price(values, qty)
    if price is None:
        return None, ""
    return (
        LineItem(
            item=item,
            wholesale=price,
            qty=qty,
            code=code,
            description=description,
            extended=parse_price(values.get("amount", "")),
        ),
        "",
    )


# a row's own words saying nothing of it is billed, set apart at the end of its text ("... — on backorder, not
# billed", "(line cancelled)"); not "Sub for out of stock SS4604", "Replaces backordered tag", "Non-cancelled"
_STATUS = (r"(?:back\s*-?\s*order(?:ed)?|not\s+billed|cancell?ed|out\s+of\s+stock|storniert|nicht\s+lieferbar|"
           r"annul[ée]e?|en\s+rupture)")
_NOT_BILLED = re.compile(rf"(?:^|\s[-—–]\s*|[(,;:]\s*)(?:line\s+|item\s+)?(?:on\s+)?{_STATUS}"
                         rf"(?:\s*[,;]\s*(?:on\s+)?{_STATUS})*[\s.)!*]*$", re.I)


def engine_items(document: Document) -> tuple[list[LineItem], list[str]]:
    """Product lines read by the table engine (``layout``): items, and warnings for backorders."""
    fmt = detect_format(line.text for line in document.lines)
    items: list[LineItem] = []
    warnings: list[str] = []
    texts = [line.text for line in document.lines]
    for table in read_tables(own_pages(document), fmt):
        for line in as_line_totals(product_lines(table, fmt), texts):
            item = " - ".join(part for part in (line.code, line.upc, line.description) if part)
            qty: int | Decimal | None = whole(line.qty)
            if qty is None and line.qty > 0:
                qty = line.qty.normalize()  # 2,50 metres of pipe, 1.5 hours: billed as printed
            if qty == 0 or (line.amount == 0 and line.price and _NOT_BILLED.search(line.description)):
                if line.ordered or qty:  # ("24 EA ... on backorder, not billed | 2.25 | 0.00": nothing billed)
                    warnings.append(f"backorder (not written): {item}")
                continue
            if qty is None or qty < 0 or not item or lx.OFFERED_ITEM.search(item):
                continue  # (an alternative a quotation offers instead of a line: its price is in no total)
            items.append(LineItem(item=item, wholesale=line.price, qty=qty, code=line.code,
                                  description=line.description, extended=line.amount))
    return items, warnings


def to_invoice(document: Document, vendor: str = "") -> Invoice:
    items, warnings = engine_items(document)
    if not items:
        items, warnings = _cell_rules_items(document)
    if not items:  # a till receipt: "quantity @ price ... amount" under each item's name
        fmt = detect_format(line.text for line in document.lines)
        items = block_items(document, fmt) or receipt_items(document, fmt)  # (the block's sum is checked)
    return Invoice(
        order_date=document_date(document),
        vendor=vendor or document_vendor(document),
        invoice_number=document_number(document),
        line_items=tuple(items),
        warnings=tuple(warnings),
    )


def _cell_rules_items(document: Document) -> tuple[list[LineItem], list[str]]:
    items: list[LineItem] = []
    warnings: list[str] = []
    for row in table_rows(document.pages, is_product_row):
        item, backorder = row_to_item(row)
        if item:
            items.append(item)
        elif backorder:
            warnings.append(f"backorder (not written): {backorder}")
    return items, warnings


__all__ = ["NAME", "matches", "to_invoice"]
