"""HarperCollins purchase orders (printed by the distributor Anne McGilvray & Company).

SPEC §7, read by the table engine (``layout``); this module only adds the vendor's rules. Every value
comes from the document: the ``NS`` order number (else the PO number), the order date, the
discount printed as ``Discount: 50.00% OFF`` (or per line, "Disc 46%"), and per line the ISBN-13, the title
(library-inverted, may wrap: wrapped lines are joined), the quantity and the price printed,
which is the LIST price. Wholesale is list × (1 − discount), kept exact (``9.99`` at 50% is
``4.995``); without a printed discount it is the price as printed.
"""

from __future__ import annotations

import re
from decimal import Decimal

from invoice_processing.layout.field_values import find_value
from invoice_processing.layout.fields import PageView
from invoice_processing.layout.lexicon import DESCRIPTION
from invoice_processing.layout.numbers import detect_format, whole
from invoice_processing.layout.products import ProductLine, product_lines
from invoice_processing.layout.rows import Table
from invoice_processing.layout.tables import read_tables
from invoice_processing.models import Document, Invoice, LineItem
from invoice_processing.vendors import catalog
from invoice_processing.vendors.header import find_date, header_lines
from invoice_processing.vendors.header_numbers import find_named_po

NAME = "harpercollins"
ISBN = re.compile(r"\b97[89]\d{10}\b")
# a book's labelled details printed with its title ("ISBN 978... | Format: Trade", a "Series: Pete the Cat" or
# "MFR: HarperCollins" line under it): no words of the title
_ATTRIBUTES = re.compile(r"\s*(?:\|\s*)?\b(?:series|format|binding|imprint|publisher|mfr|manufacturer|"
                         r"pub(?:lication)?\.?\s*date|illustrator|ages?|grades?|carton\s*qty|bisac|authors?|"
                         r"contributors?)\s*:\s.*$", re.I)
# a publication date after the title, unlabelled by a colon ("Pub date 11/04/2025 - Non-returnable ..."; a
# "Special order" line under it is a remark: ``lexicon.SUBLINE``)
_PUB_DATE = re.compile(r"\s*\bpub(?:lication)?\.?\s*date\s*:?\s*\d.*$", re.I)
# the author's line under the title, unlabelled: "by Tara Westover", "by Lowry, Lois · Hardcover" (a name of
# two words or more after a lower-case "by": "Stand by Me" keeps its words)
_BY_AUTHOR = re.compile(r"\s+by\s+[A-Z][\w.'\u2019-]*,?(?:\s+[A-Z][\w.'\u2019-]*,?)+(?:\s*[\u00b7|\u2022]\s.*)?$")
_PRINTED_ISBN = re.compile(r"(?:\bISBN(?:-?13)?\s*:?\s*)?\b97[89](?:[- ]?\d){10}\b", re.I)  # "ISBN 978-0-06-..."
# the same book's ISBN-10 printed with it ("ISBN-10 0061549908", under the ISBN-13 in its cell)
_PRINTED_ISBN10 = re.compile(r"(?:\bISBN(?:-?10)?\s*:?\s*)?\b(\d(?:-?\d){8}-?[\dX])\b", re.I)


def _isbn10(found: re.Match[str]) -> str:
    """" " for a valid ISBN-10 (its check digit right), else the text as printed."""
    digits = found.group(1).replace("-", "").upper()
    total = sum((10 - at) * (10 if ch == "X" else int(ch)) for at, ch in enumerate(digits))
    return " " if total % 11 == 0 else found.group(0)
ORDER_NUMBER = re.compile(r"\bNS\d{5,}\b")
DISCOUNT = re.compile(r"discount\s*:?\s*(\d{1,2}(?:\.\d+)?)\s*%\s*off", re.I)
PERCENT = re.compile(r"^(\d{1,2}(?:\.\d+)?)\s*%")  # the value under or beside a "Discount" label
PERCENT_OFF = re.compile(r"\b(\d{1,2}(?:\.\d+)?)\s*%\s*off\b", re.I)  # "Less 48.00% OFF" by the totals
NO_DISCOUNT = "no 'Discount: NN% OFF' printed: wholesale is the net or list price as printed"


def matches(document: Document) -> bool:
    return catalog.vendor_of(document) == catalog.HARPERCOLLINS


def discount_of(text: str) -> Decimal | None:
    """The order's discount as a fraction (``50.00% OFF`` → 0.5), None when none is printed."""
    match = DISCOUNT.search(text)
    return Decimal(match.group(1)) / 100 if match else None


def document_discount(document: Document) -> Decimal | None:
    """The order's discount: "Discount: 50.00% OFF" in the text, else the value a "Discount"
    label has beside or under it (a boxed grid), else "NN% OFF" anywhere."""
    text = "\n".join(page.text for page in document.pages)
    found = discount_of(text)
    if found is None and document.pages:
        found = find_value(PageView(header_lines(document)), (r"discount",),
                           lambda value: Decimal(m.group(1)) / 100 if (m := PERCENT.match(value)) else None)
    if found is None and (match := PERCENT_OFF.search(text)):
        found = Decimal(match.group(1)) / 100
    return found


def _book(line: ProductLine, discount: Decimal | None, authored: bool = False) -> LineItem | None:
    """The line as a book: its ISBN-13 (in the code or EAN column, or leading its title lines),
    the title without it (nor its author, after " / " under a "Title / Author" label: ``authored``),
    and wholesale from the list price."""
    found = ISBN.search(" ".join((line.code, line.upc, line.description)).replace("-", ""))
    qty = whole(line.qty)
    if found is None or not qty or qty < 0:
        return None
    isbn = found.group()
    title = " ".join(_PRINTED_ISBN10.sub(_isbn10, _PRINTED_ISBN.sub(" ", line.description)).split())
    title = title.rsplit(" / ", 1)[0] if authored else title
    title = _BY_AUTHOR.sub("", _PUB_DATE.sub("", _ATTRIBUTES.sub("", title))).strip()
    listed = line.list_price if line.list_price is not None else line.price
    discount = line.discount if line.discount is not None else discount  # a line's own "Disc 46%" first
    wholesale = listed * (1 - discount) if discount is not None else line.price
    return LineItem(item=f"{isbn} - {title}" if title else isbn, wholesale=wholesale, qty=qty, code=isbn,
                    description=title, list_price=listed, extended=line.amount)


def invoice_number(document: Document) -> str:
    """The ``NS`` order number printed on the header page, else on a later page (a publisher's
    confirmation box at the end: "Publisher Order #: NS4519930"), else the PO number."""
    lines = header_lines(document)
    found = ORDER_NUMBER.search("\n".join(line.text for line in lines)) or ORDER_NUMBER.search(
        "\n".join(page.text for page in document.pages))
    return found.group(0) if found else find_named_po(lines)


def to_invoice(document: Document) -> Invoice:
    discount = document_discount(document)
    fmt = detect_format(line.text for line in document.lines)
    tables = read_tables(document.pages, fmt)
    lines = [(line, _authored(table)) for table in tables for line in product_lines(table, fmt)]
    texts = [line.text for line in document.lines]
    items: list[LineItem] = []
    held: list[LineItem] = []  # titles ordered but not billed: their extension printed 0.00 beside a backorder's
    for line, authored in lines:  # status on their line ("NYP 10/14/2025", "B/O reprint"; not "FREE", "N/C sample")
        if (item := _book(line, discount, authored)) is not None:
            unbilled = line.amount == 0 and bool(item.list_price) and any(
                item.code in text and _HELD.search(text) for text in texts)
            (held if unbilled else items).append(item)
    discounted = discount is not None or any(line.discount is not None for line, _ in lines)
    return Invoice(
        order_date=find_date(header_lines(document)),
        vendor=catalog.HARPERCOLLINS,
        invoice_number=invoice_number(document),
        line_items=tuple(items),
        warnings=(*(f"backorder (not written): {item.item}" for item in held), *(() if discounted else (NO_DISCOUNT,))),
    )


# a title's status saying it is not shipped: not yet published, backordered, reprinting, out of print or stock
_HELD = re.compile(r"\b(?:NYP|B/?O|OP|OS|TOS|OSI|back\s*-?\s*order(?:ed)?|reprint(?:ing)?|not\s+yet\s+pub\w*|"
                   r"out\s+of\s+(?:print|stock))\b", re.I)


_AUTHOR = re.compile(r"/\s*author", re.I)


def _authored(table: Table) -> bool:
    """True when the table's title column is headed "Title / Author": its cells print the author after " / "."""
    return any(_AUTHOR.search(column.label) for column in table.columns if column.role == DESCRIPTION)


__all__ = ["NAME", "matches", "to_invoice"]
