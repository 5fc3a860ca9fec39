"""Rifle Paper Co. invoices.

A product line has a style code of three letters and three digits, a quantity and a price;
its item is ``CODE - <description as printed>`` (years and "12-Month" kept, wrapped lines
joined). The table also carries notes that are not products: ``Not In Stock - ... oos qty N.``,
``SHIP - <tracking>`` and freight or shipping charges. They are recognised by their whole
shape (``NOTES``), never by a substring, so "Goose" or "Ship Model Kit" stay products.
"""

from __future__ import annotations

import re

from invoice_processing.models import Document, Invoice, LineItem
from invoice_processing.vendors import catalog
from invoice_processing.vendors.generic import is_product_row, row_to_item
from invoice_processing.vendors.header import find_date, find_invoice_number
from invoice_processing.vendors.table import Row, table_rows

NAME = "rifle_paper"
STYLE_CODE = re.compile(r"^[A-Z]{3}\d{3}$")
NOTES: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern, re.I)
    for pattern in (
        r"^not\s+in\s+stock\s*-",  # Not In Stock - Peonies Wall Calendar oos qty 6.
        r"\boos\s+qty\s*:?\s*\d+\.?$",
        r"^ship\s*-\s*[A-Z0-9]{8,}$",  # SHIP - 1Z999AA10123456784
        r"^(freight|shipping)(\s*(&|and)\s*handling)?\b",
    )
)


def matches(document: Document) -> bool:
    return catalog.vendor_of(document) == catalog.RIFLE_PAPER


def is_note(text: str) -> bool:
    text = " ".join(text.split())
    return any(pattern.search(text) for pattern in NOTES)


def is_style_row(values: dict[str, str]) -> bool:
    """A style code, a quantity and a price; notes and charges have no style code."""
    code = values.get("code", "").strip()
    return bool(STYLE_CODE.match(code)) and not is_note(values.get("description", "")) and is_product_row(values)


def _without_notes(row: Row) -> Row:
    """The row with wrapped lines up to the first note (a note's own wrap goes with it)."""
    kept: list[str] = []
    for text in row.continuation:
        if is_note(text) or re.match(r"^not\s+in\s+stock\b", text.strip(), re.I):
            break
        kept.append(text)
    return Row(row.values, row.line, row.page, kept)


def to_invoice(document: Document) -> Invoice:
    header = list(document.pages[0].lines) if document.pages else []
    items: list[LineItem] = []
    warnings: list[str] = []
    for row in table_rows(document.pages, is_style_row):
        item, backorder = row_to_item(_without_notes(row))
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
