"""The document's number in the forms a few countries and letters print it, without a label of its own: an
Argentine voucher's point of sale before its number, a series and its number in one phrase, the number named in a
sentence of the page's head."""

from __future__ import annotations

import re
from collections.abc import Sequence

from invoice_processing.layout import field_labels as fl
from invoice_processing.layout.field_values import label_hits
from invoice_processing.layout.fields import PageView
from invoice_processing.models import TextLine

HEADER_ROWS = 40  # a date or number under no label is looked for in the first lines only


_POINT_OF_SALE = r"punto\s*de\s*venta|pto\.?\s*(?:de\s*)?vta\.?"  # an Argentine voucher's point of sale


def after_point_of_sale(view: PageView, number: str) -> str:
    """An AFIP voucher's number after its point of sale ("Punto de Venta: 00001 | Comp. Nro: 00000125":
    "00001-00000125", as the voucher is written in full), when both stand on one line, or the point of
    sale's number read with the voucher's eight digits beside it; else ``number``."""
    for hit in label_hits(view, _POINT_OF_SALE):
        row, right = view.rows[hit.phrase.row], view.right_of(hit.phrase)
        point = hit.rest or (right.text.split()[0] if right is not None and right.text.split() else "")
        if re.fullmatch(r"\d{4,5}", point) and any(p.text.strip() == number for p in row):
            return f"{point}-{number}"
    if re.fullmatch(r"\d{4,5}", number):  # "Nº 0003 | 00003435", the dash between drawn apart: "0003-00003435"
        for row in view.rows[:HEADER_ROWS]:
            for at, phrase in enumerate(row[:-1]):
                after = row[at + 1].text.strip().lstrip("- ")
                if phrase.text.split()[-1] == number and re.fullmatch(r"\d{8}", after):
                    return f"{number}-{after}"
    return number


# a document's series and its number in one phrase ("Seria CHM nr. 0428", "Serija RVL Nr. 004512"): both
_SERIES = re.compile(r"\bseri(?:a|ja|e)\s*:?\s+(?-i:([A-Z]{1,6}))\s+(?:nr|no|n°|nº|№)\.?\s*:?\s*(\d[\w/-]*)", re.I)


def series_and_number(lines: Sequence[TextLine]) -> str:
    """The series and the number it prints after it, as one ("CHM 0428"), from the header's lines."""
    for line in lines[:HEADER_ROWS]:
        found = _SERIES.search(line.text)
        if found and not _IDENTITY_CARD.search(line.text[:found.start()]):
            return f"{found.group(1)} {found.group(2)}"
    return ""


_IDENTITY_CARD = re.compile(r"\b(?:c\.?\s?i|b\.?\s?i|act\s+identitate|buletin)\.?\s*$", re.I)  # a delegate's card


# "Thank you! Your order SO-0502274 has been received.": the number named in a sentence of the page's head
_IN_A_SENTENCE = re.compile(r"\byour\s+(?:order|purchase\s+order|invoice)\s*(?:#|no\.?|number)?\s*:?\s*"
                            r"#?(?=[A-Z0-9-]{4,}\b)([A-Z0-9][A-Z0-9-]*\d[A-Z0-9-]*)\b(?![/.,]\d)", re.I)
# "This invoice no. 2025-0312 dated 11 March 2025 covers ...", "This is invoice MSJ-2291, issued on ...": a letter's
# own invoice, before the buyer's order
_THIS_INVOICE = re.compile(r"\b(?:(?:this|our)\s+invoice\s*(?:#|no\.?|number)|this\s+is\s+(?:our\s+)?invoice)\s*:?\s*"
                           r"#?(?=[A-Z0-9-]{4,}\b)([A-Z0-9][A-Z0-9/-]*\d[A-Z0-9-]*)\b(?![/.,]\d)", re.I)


_DASHED_DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-\d{2,4}")


def in_a_sentence(lines: Sequence[TextLine]) -> str | None:
    """The order's or invoice's number named in a sentence over the table ("Your order SO-0502274 has
    been received"), when no label names one."""
    for pattern in (_THIS_INVOICE, _IN_A_SENTENCE):
        for line in lines[:HEADER_ROWS]:
            found = pattern.search(line.text)
            if found and not _DASHED_DATE.fullmatch(found.group(1)):
                return found.group(1)
    return None


# an invoice's title alone, maybe in two languages ("FATTURA / INVOICE")
INVOICE_TITLE = re.compile(rf"(?:{fl.DOCUMENT_WORD})(?:\s*/\s*(?:{fl.DOCUMENT_WORD}))*", re.I)


def invoice_titled(view: PageView) -> bool:
    """Whether the page's header names it an invoice by a title printed alone ("RECHNUNG", "Tax Invoice"): a bare
    "Nummer:" there is the invoice's own number, before an order's ("Auftrag: A-2025-09120 vom 28.04.2025")."""
    stop = min(view.table_rows(), default=len(view.rows))
    return any(INVOICE_TITLE.fullmatch(p.text.strip()) for row in view.rows[:min(stop, HEADER_ROWS)] for p in row)
