"""Creative Co-op's header fields (SPEC §7): which document it is, its number and its date.

The order confirmation prints ``CS`` + 9 digits and ORDER DATE; the invoice prints ``CI`` + 9
digits, its invoice date and often the number and date of its order. The sheet's column B is the
order date (SPEC §3): the invoice gives its order's date where it prints one, else its own date.
Dates are read beside their label or, in a boxed header whose labels and values sit on two lines,
under it.
"""

from __future__ import annotations

import re
from datetime import date

from invoice_processing.layout import field_labels as fl
from invoice_processing.layout.field_values import find_value, tier
from invoice_processing.layout.fields import PageView
from invoice_processing.models import Document, TextLine
from invoice_processing.normalize import parse_date, prefers_day_first
from invoice_processing.vendors.creative_coop_lines import INVOICE, ORDER, Table
from invoice_processing.vendors.header import find_date, find_labeled, header_lines, read_date
from invoice_processing.vendors.header_numbers import find_invoice_number

NUMBERS: dict[str, re.Pattern[str]] = {ORDER.kind: re.compile(r"\bCS\d{9}\b"), INVOICE.kind: re.compile(r"\bCI\d{9}\b")}
DATE_LABELS: dict[str, tuple[str, ...]] = {
    ORDER.kind: (r"order\s*date",),
    INVOICE.kind: (r"order\s*date", r"invoice\s*date", r"inv\.?\s*date"),
}
# the same dates in any printed form ("November 18, 2024"), under any of their labels ("Date:")
_ANY_FORM: dict[str, tuple[str, ...]] = {
    ORDER.kind: (tier(fl.ORDER_DATE), tier(fl.BARE_DATE)),
    INVOICE.kind: (tier(fl.INVOICE_DATE), tier(fl.BARE_DATE)),
}
_DATE = re.compile(r"(\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2})")
_LABEL_END = re.compile(r"\b(?:no|date|po|#|number|page)\b\.?:?", re.I)  # how the boxed labels end
_HEAD = 40


def document_kind(document: Document) -> Table | None:
    """The order confirmation or the invoice, told by the number the document prints."""
    for table in (INVOICE, ORDER):  # an invoice also prints the number of its order
        if any(NUMBERS[table.kind].search(page.text) for page in document.pages[:2]):
            return table
    return None


def number(document: Document, table: Table) -> str:
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


# the invoice's order named with its date: "YOUR ORDER: CS004044107 of 08/11/2025"
_ORDER_OF = re.compile(rf"\bCS\d{{9}}\s*,?\s*(?:of|dated|from)\s+{_DATE.pattern}\b", re.I)


def order_date(document: Document, table: Table) -> date | None:
    head = header_lines(document)[:_HEAD]
    if table.kind == INVOICE.kind:  # the invoice's order's date under any of its labels ("Your Order Date")
        named = next((match for line in head if (match := _ORDER_OF.search(line.text))), None)
        if named is not None and (when := parse_date(named.group(1))) is not None:
            return when
        day_first = prefers_day_first(line.text for line in head)
        ordered = find_value(PageView(list(head)), (tier(fl.ORDER_DATE),), lambda text: read_date(text, day_first))
        if ordered is not None:
            return ordered
    for label in DATE_LABELS[table.kind]:
        for text in (find_labeled(list(head), (label,), _DATE), _boxed_value(list(head), label)):
            found = parse_date(text) if text else None
            if found:
                return found
    return find_date(list(head), _ANY_FORM[table.kind])
