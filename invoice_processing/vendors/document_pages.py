"""Which pages make the document: the page that heads it (page one, past a cover sheet, a printed e-mail or a
packing list in front of it) and its own pages (up to a copy of the whole document or a second invoice
scanned into the same file). ``header`` reads the header fields on them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from invoice_processing.layout import field_labels as fl
from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.field_values import find_value, tier
from invoice_processing.layout.fields import PageView
from invoice_processing.layout.header_row import find_header
from invoice_processing.models import Document, Page, TextLine
from invoice_processing.vendors.header_numbers import find_invoice_number, find_po_number
from invoice_processing.vendors.number_tokens import read_id
from invoice_processing.vendors.page_copies import copied


def own_pages(document: Document) -> tuple[Page, ...]:
    """The document's own pages: up to a copy of the whole document printed after it (``page_copies``), or
    up to a later page that starts another invoice, under its own
    invoice title and table, with another number by the invoice number's label than the header
    page's ("Invoice No.: 100517" after the pages of 100482: two invoices scanned into one file, the
    first is the document; "INV-100482" is the same number), once the pages before it have printed
    their totals (a page whose running head prints another number goes on with the same table)."""
    copy = next((at for at, page in enumerate(document.pages[1:], 1) if copied(document.pages[0], page)), 0)
    if copy:
        return document.pages[:copy]  # (a copy of the whole document printed after it: "KOPIA", "Duplicate")
    labels = (tier(fl.INVOICE_NUMBER),)
    first = find_value(PageView(header_lines(document)), labels, read_id) if document.pages else None
    if not first:
        return document.pages
    digits = "".join(ch for ch in first if ch.isdigit())
    for at, page in enumerate(document.pages[1:], 1):
        other = find_value(PageView(page.lines), labels, read_id)
        theirs = "".join(ch for ch in other or "" if ch.isdigit())
        if theirs and digits and digits not in theirs and theirs not in digits and _invoice_title(page.lines) and (
                _totalled(document.pages[:at])):
            return document.pages[:at]  # (another invoice's own title, number and table)
    return document.pages


def _totalled(pages: tuple[Page, ...]) -> bool:
    """True when ``pages`` print a totals line, a total's label with an amount after it on its line
    or right under it ("Total 37.98", "Gesamtbetrag: 11900,00 €", "TOTAL" over "37.98"; a column's
    "Gesamt" over the rows is none, the rows standing further under it): an invoice's end."""
    return any(_total_at(page.lines, row, at) for page in pages for row, line in enumerate(page.lines)
               for at in range(len(line.cells)))


def _total_at(lines: tuple[TextLine, ...], row: int, at: int) -> bool:
    cells = lines[row].cells
    found = lx.TOTALS.match(cells[at].text)
    if found is None:
        return False
    if any(ch.isdigit() for text in (cells[at].text[found.end():], *(cell.text for cell in cells[at + 1:]))
           for ch in text):
        return True
    label, below = cells[at], lines[row + 1] if row + 1 < len(lines) else None
    if below is None or len(below.cells) != 1 or below.y - lines[row].y > 1.5 * max(lines[row].size, 6.0):
        return False
    amount = below.cells[0]
    return amount.x0 < label.x1 and label.x0 < amount.x1 and any(ch.isdigit() for ch in amount.text)


_COVER_PAGES = 2  # a cover sheet or two before the document itself (a fax cover, a cover letter)
_COVER = re.compile(fl.COVER_SHEET, re.I)
_EMAIL = re.compile(fl.EMAIL_HEADER, re.I)
_COVER_LINES = 25  # a cover sheet says so in its first lines (a fax form: "Number of pages (including cover)")


def header_lines(document: Document) -> tuple[TextLine, ...]:
    """The lines of the page that heads the document: page one, unless it is a cover sheet (it
    says so, "FAX COVER SHEET", "document follows this cover sheet", or it is a printed e-mail's
    "From: | Sent: | To: | Subject:", or a letter naming no document number; and it prints no
    product table) in front of a page that does print one."""
    if not document.pages:
        return ()
    first = document.pages[0].lines
    head = first[:_COVER_LINES]
    if _packing_list(head):  # a packing list in front of its invoice: the invoice heads the document
        return next((page.lines for page in document.pages[1:_COVER_PAGES + 1] if _billing_title(page.lines)), first)
    covered = _COVER.search(" ".join(line.text for line in head)) or sum(
        1 for line in head if _EMAIL.match(line.text)) >= 3  # a printed e-mail in front of its attachment
    if (not covered and len(document.pages) == 1) or _has_table(first) or not (covered or _letter(first)):
        return first
    return next((page.lines for page in document.pages[1:_COVER_PAGES + 1] if _has_table(page.lines)), first)


def _letter(lines: Sequence[TextLine]) -> bool:
    """A page in front of the document naming no document number of its own, or written as a letter, from its
    salutation to its sign-off ("Dear Ms Reyes, ... Kind regards": a cover letter that names the invoice behind it)."""
    return (not find_invoice_number(lines) and not find_po_number(lines)) or (
        any(_GREETING.match(line.text) for line in lines) and any(_SIGN_OFF.match(line.text) for line in lines))


_GREETING = re.compile(r"\s*(?:dear\b|sehr\s+geehrte|geachte\b|estimad[oa]s?\b|gentile\b|madame,|monsieur,)", re.I)
_SIGN_OFF = re.compile(rf"\s*(?:{fl.SIGN_OFF})", re.I)


_PACKING = re.compile(rf"\b{fl.DELIVERY_TITLE}\b", re.I)
_INVOICE_TITLE = re.compile(rf"\b{fl.DOCUMENT_WORD}\b", re.I)
# the title of the document a packing list travels with: an invoice, or an order a buyer placed or a seller confirms
_BILLING_TITLE = re.compile(rf"\b(?:{fl.DOCUMENT_WORD}|purchase\s*order|order\s*(?:confirmation|acknowledge?ment)|"
                            r"sales\s*order|auftragsbest[äa]tigung|bestellung|bon\s*de\s*commande|pedido)\b", re.I)


def _title_of(lines: Sequence[TextLine]) -> str:
    """The page's title: the text of its first lines in its largest type."""
    head = lines[:12]
    size = max((line.size for line in head), default=0.0)
    return " ".join(line.text for line in head if line.size >= 0.9 * size)


def _packing_list(head: Sequence[TextLine]) -> bool:
    """A packing list's title, not a combined one ("Lieferschein / Rechnung", "Packing Slip / Invoice")."""
    title = _title_of(head)
    return bool(_PACKING.search(title)) and not _INVOICE_TITLE.search(title)


def _invoice_title(lines: Sequence[TextLine]) -> bool:
    return bool(_INVOICE_TITLE.search(_title_of(lines))) and _has_table(tuple(lines))


def _billing_title(lines: Sequence[TextLine]) -> bool:
    """The page titled as the invoice or the order a packing list travels with, and printing its table."""
    return bool(_BILLING_TITLE.search(_title_of(lines))) and _has_table(tuple(lines))


def _has_table(lines: tuple[TextLine, ...]) -> bool:
    return any(find_header(lines, at) is not None for at in range(len(lines)))
