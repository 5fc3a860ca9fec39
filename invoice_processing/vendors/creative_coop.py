"""Creative Co-op (SPEC §7): order confirmations (``CS`` numbers) and invoices (``CI`` numbers).

- Order confirmation: the product-code row carries UPC, RT, Qty Ord / Alloc / Shipped / BkOrd,
  U/M and List / Your / Your Extd Price; the description is printed on its own line(s) under
  (or, on some confirmations, over) the code row. Quantity is Qty Ord; a line with Qty Ord 0 is
  not a product. Order date is ORDER DATE.
- Invoice: Item | UPC | Description | Shipped | Back | UM | List Price | Truck | Your Price |
  Extended Amount, the description wrapping onto the lines below. Quantity is Shipped; a line
  with nothing shipped is a backorder, reported in the warnings. Order date is the invoice date.
- Wholesale is Your Price, kept as printed; a Your Price that is not 80% of List is a warning.
- Tariff rows (``TRF-CCOI``, ``Tariff Surcharge``) have no product code and UPC: not products.
- Item: ``CODE - UPC: 0<12-digit UPC> - <description>``.

How rows and their descriptions are read, page breaks included: ``creative_coop_lines``.
A document that prints neither table falls back to the generic rules under this vendor's name.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.numbers import detect_format, whole
from invoice_processing.layout.products import product_lines
from invoice_processing.layout.tables import read_tables
from invoice_processing.models import Document, Invoice, LineItem, TextLine
from invoice_processing.normalize import parse_date
from invoice_processing.vendors import generic
from invoice_processing.vendors.catalog import CREATIVE_COOP, vendor_of
from invoice_processing.vendors.creative_coop_lines import INVOICE, ORDER, Row, Table, detect_table, read_rows
from invoice_processing.vendors.header import find_invoice_number, find_labeled

NAME = "creative_coop"
NUMBERS: dict[str, re.Pattern[str]] = {ORDER.kind: re.compile(r"\bCS\d{9}\b"), INVOICE.kind: re.compile(r"\bCI\d{9}\b")}
DATE_LABELS: dict[str, tuple[str, ...]] = {
    ORDER.kind: (r"order\s*date",),
    INVOICE.kind: (r"invoice\s*date", r"inv\.?\s*date"),
}
_DATE = re.compile(r"(\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2})")
_LABEL_END = re.compile(r"\b(?:no|date|po|#|number|page)\b\.?:?", re.I)  # how the boxed labels end
_LIST_SHARE = Decimal("0.8")  # Your Price is 80% of List on every sample
_HEAD = 40


def matches(document: Document) -> bool:
    return vendor_of(document) == CREATIVE_COOP


def _number(document: Document, table: Table) -> str:
    for page in document.pages[:2]:
        found = NUMBERS[table.kind].search(page.text)
        if found:
            return found.group()
    return find_invoice_number(document.lines[:_HEAD])


def _boxed_value(lines: list[TextLine], label: str) -> str:
    """Text-only boxed header: the k-th value on the next line under the k-th label of this one."""
    for at, line in enumerate(lines[:-1]):
        text = " ".join(line.text.split())
        match = re.search(label, text, re.I)
        if match and not re.search(r"\d", text):
            index = len(_LABEL_END.findall(text[: match.start()]))
            values = lines[at + 1].text.split()
            if index < len(values):
                return values[index]
    return ""


def _date(document: Document, table: Table) -> date | None:
    head = document.pages[0].lines[:_HEAD] if document.pages else []
    for label in DATE_LABELS[table.kind]:
        for text in (find_labeled(list(head), (label,), _DATE), _boxed_value(list(head), label)):
            found = parse_date(text) if text else None
            if found:
                return found
    return None


def _description(row: Row) -> str:
    return " ".join(" ".join(row.description).split())


def _item(row: Row) -> str:
    upc = f"UPC: 0{row.upc}" if row.upc else ""
    return " - ".join(part for part in (row.code, upc, _description(row)) if part)


def _lines(rows: list[Row], table: Table) -> tuple[list[LineItem], list[str]]:
    items: list[LineItem] = []
    warnings: list[str] = []
    for row in rows:
        if not row.code:
            continue  # tariff (TRF-CCOI) and other charge rows carry no product code
        qty = row.quantities.get(table.quantity, 0)
        item = _item(row)
        if qty <= 0:
            if table is INVOICE:
                warnings.append(f"backorder (not written): {item}")
            continue
        items.append(LineItem(item=item, wholesale=row.your_price, qty=qty, code=row.code, upc=row.upc,
                              description=_description(row), list_price=row.list_price,
                              extended=row.prices[-1]))
    return items, warnings


_TARIFF = re.compile(r"^(?:tariff|trf-ccoi|freight)\b", re.I)
_QUANTITY = {ORDER.kind: lx.ORDERED, INVOICE.kind: lx.SHIPPED}


def _kind(document: Document) -> Table | None:
    """The order confirmation or the invoice, told by the number the document prints."""
    for table in (INVOICE, ORDER):  # an invoice also prints the number of its order
        if any(NUMBERS[table.kind].search(page.text) for page in document.pages[:2]):
            return table
    return None


def _engine_lines(document: Document, table: Table) -> tuple[list[LineItem], list[str]]:
    """Product lines read by the table engine with this vendor's rules: the quantity column the
    document kind prescribes, no tariff or freight rows, the item as code, UPC and description."""
    fmt = detect_format(line.text for line in document.lines)
    items: list[LineItem] = []
    warnings: list[str] = []
    for found in read_tables(document.pages, fmt):
        for line in product_lines(found, fmt, quantity=_QUANTITY[table.kind]):
            if not line.code or _TARIFF.match(line.code) or _TARIFF.match(line.description):
                continue
            upc = line.upc.replace(" ", "")
            item = " - ".join(p for p in (line.code, f"UPC: 0{upc[-12:]}" if upc else "", line.description) if p)
            qty = whole(line.qty)
            if not qty:
                if table is INVOICE and qty == 0:
                    warnings.append(f"backorder (not written): {item}")
                continue
            items.append(LineItem(item=item, wholesale=line.price, qty=qty, code=line.code, upc=upc,
                                  description=line.description, list_price=line.list_price, extended=line.amount))
    return items, warnings


def to_invoice(document: Document) -> Invoice:
    kind = _kind(document)
    if kind is not None:
        items, warnings = _engine_lines(document, kind)
        if items:
            return Invoice(order_date=_date(document, kind), vendor=CREATIVE_COOP,
                           invoice_number=_number(document, kind), line_items=tuple(items), warnings=tuple(warnings))
    table = detect_table(document)
    if table is None:
        return generic.to_invoice(document, vendor=CREATIVE_COOP)
    items, warnings = _lines(read_rows(document, table), table)
    return Invoice(order_date=_date(document, table), vendor=CREATIVE_COOP, invoice_number=_number(document, table),
                   line_items=tuple(items), warnings=tuple(warnings))


__all__ = ["NAME", "matches", "to_invoice"]
