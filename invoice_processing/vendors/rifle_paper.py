"""Rifle Paper Co. invoices (SPEC §7), read by the table engine (``layout``).

A product line has a style code of three letters and three digits; its item is ``CODE - <description
as printed>`` (years and "12-Month" kept, wrapped lines joined). Quantity is what shipped; a line with
nothing shipped is a backorder (reported, not written). Notes are no products: ``Not In Stock - ...
oos qty N.``, ``SHIP - <tracking>``, freight and shipping charges, recognised by their whole shape
(``NOTES``), never by a substring ("Goose", "Ship Model Kit", "Shipping Out ... Card" stay products).
"""
from __future__ import annotations

import re

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.numbers import detect_format, whole
from invoice_processing.layout.products import ProductLine, product_lines
from invoice_processing.layout.tables import read_tables
from invoice_processing.models import Document, Invoice, LineItem
from invoice_processing.vendors import catalog
from invoice_processing.vendors.header import find_date, header_lines
from invoice_processing.vendors.header_numbers import find_invoice_number

NAME = "rifle_paper"
# a tracking number: UPS's "1Z" and 6 more, or whole or in groups with a digit each (8 digits at least),
# and a carrier's "(carton 1 of 2)", "(FedEx)" or its name and service ("USPS", "UPS Ground", "via USPS")
_TRACKING = (r"(?:1Z[A-Z0-9]{6,}|(?=(?:[A-Z ]*\d){8})[A-Z0-9]*\d[A-Z0-9]*(?:\s[A-Z0-9]*\d[A-Z0-9]*)*)"
             r"(?:\s*\([^)]*\)|\s+(?:(?:via|by)\s+)?(?:usps|ups|fedex|dhl|ontrac|lasership|canada\s+post)\b"
             r"(?:\s+(?:ground|2\s?day|express|priority(?:\s+mail)?|overnight|standard|home\s+delivery|"
             r"next\s+day(?:\s+air)?|surepost|smartpost|first[-\s]class|parcel\s+select|economy)\b)?)?")
# the carrier and its service before the tracking number ("SHIP - UPS Ground 1Z4F7A...", "SHIP - FedEx 2Day ...")
_CARRIER = r"(?:(?:usps|ups|fedex|dhl|ontrac|lasership|canada\s+post)(?:\s+[A-Za-z0-9]+){0,2}?\s+)?"
STYLE_CODE = re.compile(r"\b[A-Z]{3}\d{3}\b")
NOTES: tuple[re.Pattern[str], ...] = tuple(re.compile(pattern, re.I) for pattern in (  # a note's whole line
    r"^not\s+in\s+stock\s*-",  # Not In Stock - Peonies Wall Calendar oos qty 6.
    r"\boos\s+qty\s*:?\s*\d+\.?$",
    rf"^ship\s*-\s*{_CARRIER}{_TRACKING}$",  # SHIP - 1Z999AA10123456784, SHIP - 1Z W39 184 03 9981 2207
    rf"^{lx.SHIPPING}",  # "Freight", "Shipping & Handling"; "Shipping Out Bon Voyage Card" is a card
))
# The same notes inside a description the table joined from several lines (a note may wrap).
NOTE_SPANS = (
    re.compile(r"\bnot\s+in\s+stock\s*-.*?(?:\boos\s+qty\s*:?\s*\d+\b\.?|$)", re.I),
    re.compile(rf"\b(?:ship\s+)?ship\s*-\s*{_CARRIER}{_TRACKING}", re.I),  # ("SHIP" also under the item's label)
)
CHARGE = NOTES[-1]


def matches(document: Document) -> bool:
    return catalog.vendor_of(document) == catalog.RIFLE_PAPER


def is_note(text: str) -> bool:
    """A note or charge printed in the table (its whole line), not a product."""
    text = " ".join(text.split())
    return any(pattern.search(text) for pattern in NOTES)


def without_notes(text: str) -> str:
    """The description as printed, without the notes printed next to it."""
    for span in NOTE_SPANS:
        text = span.sub(" ", text)
    return " ".join(text.split())


def line_item(line: ProductLine) -> tuple[LineItem | None, str]:
    """A product line, or None with the item text of a backorder (nothing shipped)."""
    description = without_notes(line.description)
    in_column = STYLE_CODE.search(line.code)
    found = in_column or STYLE_CODE.search(description)  # else printed with the description, on its line
    if found is None or CHARGE.match(description):
        return None, ""
    code = found.group()
    if not in_column:  # (with the brackets an ERP prints it in, "[JRN184] Bramble Lined Journal", or the dash
        printed = re.escape(code)  # the item's own format puts after it, "TOT446 - Strawberry Fields Tote")
        description = " ".join(re.sub(rf"\[\s*{printed}\s*\]|{printed}(?:\s+[-–](?=\s))?", " ", description,
                                      count=1).split())
    item = f"{code} - {description}" if description else code
    qty = whole(line.qty)
    if qty == 0:
        return None, item
    if qty is None or qty < 0:
        return None, ""
    return LineItem(item=item, wholesale=line.price, qty=qty, code=code, description=description,
                    extended=line.amount), ""


def to_invoice(document: Document) -> Invoice:
    header = header_lines(document)
    fmt = detect_format(line.text for line in document.lines)
    lines = [line for table in read_tables(document.pages, fmt) for line in product_lines(table, fmt)]
    items: list[LineItem] = []
    warnings: list[str] = []
    for line in lines:
        item, backorder = line_item(line)
        if item:
            items.append(item)
        elif backorder:
            warnings.append(f"backorder (not written): {backorder}")
    return Invoice(
        order_date=find_date(header),
        vendor=catalog.RIFLE_PAPER,
        invoice_number=find_invoice_number(header),
        line_items=tuple(items),
        warnings=tuple(warnings),
    )


__all__ = ["NAME", "matches", "to_invoice"]
