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

Rows and their descriptions, page breaks included, are read by the table engine (``layout``);
this module only says which quantity counts, which rows are not products and how the item reads.
A document that prints neither number, or whose table the engine cannot read, falls back to the
generic rules under this vendor's name.
"""

from __future__ import annotations

import re
from datetime import date

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.numbers import detect_format, whole
from invoice_processing.layout.products import product_lines
from invoice_processing.layout.tables import read_tables
from invoice_processing.models import Document, Invoice, LineItem, TextLine
from invoice_processing.normalize import parse_date
from invoice_processing.vendors import generic
from invoice_processing.vendors.catalog import CREATIVE_COOP, vendor_of
from invoice_processing.vendors.header import find_invoice_number, find_labeled

NAME = "creative_coop"
ORDER, INVOICE = "order", "invoice"
NUMBERS: dict[str, re.Pattern[str]] = {ORDER: re.compile(r"\bCS\d{9}\b"), INVOICE: re.compile(r"\bCI\d{9}\b")}
DATE_LABELS: dict[str, tuple[str, ...]] = {
    ORDER: (r"order\s*date",),
    INVOICE: (r"invoice\s*date", r"inv\.?\s*date"),
}
_DATE = re.compile(r"(\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2})")
_LABEL_END = re.compile(r"\b(?:no|date|po|#|number|page)\b\.?:?", re.I)  # how the boxed labels end
_HEAD = 40


def matches(document: Document) -> bool:
    return vendor_of(document) == CREATIVE_COOP


def _number(document: Document, kind: str) -> str:
    for page in document.pages[:2]:
        found = NUMBERS[kind].search(page.text)
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


def _date(document: Document, kind: str) -> date | None:
    head = document.pages[0].lines[:_HEAD] if document.pages else []
    for label in DATE_LABELS[kind]:
        for text in (find_labeled(list(head), (label,), _DATE), _boxed_value(list(head), label)):
            found = parse_date(text) if text else None
            if found:
                return found
    return None


_TARIFF = re.compile(r"^(?:tariff|trf-ccoi|freight)\b", re.I)
_QUANTITY = {ORDER: lx.ORDERED, INVOICE: lx.SHIPPED}


def _kind(document: Document) -> str | None:
    """The order confirmation or the invoice, told by the number the document prints."""
    for kind in (INVOICE, ORDER):  # an invoice also prints the number of its order
        if any(NUMBERS[kind].search(page.text) for page in document.pages[:2]):
            return kind
    return None


def _engine_lines(document: Document, kind: str) -> tuple[list[LineItem], list[str]]:
    """Product lines read by the table engine with this vendor's rules: the quantity column the
    document kind prescribes, no tariff or freight rows, the item as code, UPC and description."""
    fmt = detect_format(line.text for line in document.lines)
    items: list[LineItem] = []
    warnings: list[str] = []
    for found in read_tables(document.pages, fmt):
        for line in product_lines(found, fmt, quantity=_QUANTITY[kind]):
            if not line.code or _TARIFF.match(line.code) or _TARIFF.match(line.description):
                continue
            upc = line.upc.replace(" ", "")
            item = " - ".join(p for p in (line.code, f"UPC: 0{upc[-12:]}" if upc else "", line.description) if p)
            qty = whole(line.qty)
            if not qty:
                if kind == INVOICE and qty == 0:
                    warnings.append(f"backorder (not written): {item}")
                continue
            items.append(LineItem(item=item, wholesale=line.price, qty=qty, code=line.code, upc=upc,
                                  description=line.description, list_price=line.list_price, extended=line.amount))
    return items, warnings


def to_invoice(document: Document) -> Invoice:
    kind = _kind(document)
    items, warnings = _engine_lines(document, kind) if kind is not None else ([], [])
    if kind is None or not items:
        return generic.to_invoice(document, vendor=CREATIVE_COOP)
    return Invoice(order_date=_date(document, kind), vendor=CREATIVE_COOP, invoice_number=_number(document, kind),
                   line_items=tuple(items), warnings=tuple(warnings))


__all__ = ["NAME", "matches", "to_invoice"]
