"""Header fields any invoice prints: invoice number, date and the issuer's name.

Labels are data (``NUMBER_LABELS``, ``DATE_LABELS``); a value is looked for after its label
on the same line, else in the cell just below the label (boxed headers).
"""

from __future__ import annotations

import re
from datetime import date

from invoice_processing.models import Cell, TextLine
from invoice_processing.normalize import parse_date, prefers_day_first

_ID = r"([A-Z0-9][A-Z0-9_\-/.]*\d[A-Z0-9_\-/]*|\d[A-Z0-9_\-/]*)"
# Strongest first: an invoice number beats an order number, which beats a document number.
NUMBER_LABELS: tuple[str, ...] = (
    r"invoice\s*(?:#|no\.?|num(?:ber)?\.?|id)",
    r"inv\.?\s*(?:#|no\.?)",
    r"(?:factuurnummer|factuur\s*(?:nr|nummer)\.?|rechnungsnummer|rechnungs?-?\s*nr\.?|num[ée]ro\s*de\s*facture|facture\s*n[°o]\.?)",
    r"^invoice(?=\s*:|\s+[A-Z0-9/#\-]*\d|$)",
    r"^#(?=\s*[A-Z0-9_\-]*\d)",
    r"order\s*(?:#|no\.?|num(?:ber)?\.?)",
    r"sales\s*order\s*(?:#|no\.?)?",
    r"(?:document|doc\.?|bill)\s*(?:#|no\.?|num(?:ber)?)",
)
DATE_LABELS: tuple[str, ...] = (  # column B is the order date: an order date wins where printed
    r"order\s*date",
    r"(?:orderdatum|bestelldatum|date\s*de\s*commande)",
    r"invoice\s*date",
    r"(?:factuurdatum|factuur\s*datum|rechnungsdatum|date\s*de\s*(?:la\s*)?facture)",
    r"date\s*of\s*invoice",
    r"inv\.?\s*date",
    r"(?<![a-z] )\b(?:date|datum)(?!\s*(?:shipped|due|of\s*ship|required))",
)
PO_LABELS: tuple[str, ...] = (  # purchase-order number labels (word-bounded: "Portland" is no "PO")
    r"\bp\.?\s*o\.?\s*(?:#|no\b\.?|num(?:ber)?\b\.?)",
    r"\b(?:customer|cust\.?)\s*p\.?\s*o\b\.?",
    r"\bp\.?\s*o\.?\s*:",
)
_HEADER_LINES = 40  # header fields live near the top of page one


def _value_after(line: TextLine, label: re.Pattern[str]) -> tuple[str, Cell | None]:
    """Text after the label on the same line ('' when the label ends the line) and the label cell."""
    for index, cell in enumerate(line.cells):
        match = label.search(cell.text)
        if not match:
            continue
        rest = cell.text[match.end():].lstrip(" :#.")
        if not rest and index + 1 < len(line.cells):
            rest = line.cells[index + 1].text
        return rest.strip(), cell
    return "", None


def _below(lines: list[TextLine], at: int, cell: Cell) -> str:
    """The text of the next line's cell that sits under ``cell`` (boxed header layouts)."""
    for line in lines[at + 1 : at + 3]:
        for other in line.cells:
            if other.x0 < cell.x1 + 2 and other.x1 > cell.x0 - 2:
                return other.text
    return ""


def find_labeled(lines: list[TextLine], labels: tuple[str, ...], pattern: re.Pattern[str]) -> str:
    """The first value matching ``pattern`` after one of ``labels`` (tried in order)."""
    head = lines[:_HEADER_LINES]
    for label_text in labels:
        label = re.compile(label_text, re.I)
        for at, line in enumerate(head):
            rest, cell = _value_after(line, label)
            if cell is None:
                continue
            for candidate in (rest, _below(head, at, cell)):
                match = pattern.match(candidate.strip())
                if match:
                    return match.group(1)
    return ""


def find_invoice_number(lines: list[TextLine]) -> str:
    return find_labeled(lines, NUMBER_LABELS, re.compile(_ID, re.I))


def find_po_number(lines: list[TextLine]) -> str:
    return find_labeled(lines, PO_LABELS, re.compile(_ID, re.I))


def find_date(lines: list[TextLine], labels: tuple[str, ...] = DATE_LABELS) -> date | None:
    """The date after the strongest label in ``labels`` (vendors pass their own), else the first date."""
    head = lines[:_HEADER_LINES]
    day_first = prefers_day_first(line.text for line in lines)
    for label_text in labels:
        label = re.compile(label_text, re.I)
        for at, line in enumerate(head):
            rest, cell = _value_after(line, label)
            if cell is None:
                continue
            for candidate in (rest, _below(head, at, cell)):
                found = parse_date(candidate, day_first=day_first)
                if found:
                    return found
    for line in head:  # no label: the first date printed in the header
        found = parse_date(line.text, day_first=day_first)
        if found:
            return found
    return None
