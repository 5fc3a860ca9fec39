"""Header fields any invoice prints: the order or invoice date (the sheet's column B) and the document's number
(column D), read on its header page (``document_pages``).

Every vendor module reads its header here. A value is found next to or under its label by
``layout.fields`` and checked against its type (``read_date`` here, ``header_numbers.read_id`` for
numbers). Labels are data (``layout.field_labels``) in tiers: an invoice number beats an order number
(``header_numbers``); an order date beats the invoice date,
which beats a bare "Date". With no dated label, the first date that no due, ship or validity
label qualifies is the document's. Whether ``05/06/2025`` is May or June is decided by all the
dates the document prints (``normalize.prefers_day_first``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from invoice_processing.layout import field_labels as fl
from invoice_processing.layout.date_labels import POSTING_DATE
from invoice_processing.layout.field_values import candidates, find_value, label_hits, tier
from invoice_processing.layout.fields import PageView, overlap
from invoice_processing.models import Document, TextLine
from invoice_processing.normalize import GLUED_MONTH, date_span, date_votes, parse_date, prefers_day_first
from invoice_processing.vendors.document_pages import header_lines as header_lines
from invoice_processing.vendors.document_pages import own_pages as own_pages  # (read with the header fields)
from invoice_processing.vendors.header_numbers import find_invoice_number, find_po_number
from invoice_processing.vendors.number_forms import HEADER_ROWS
from invoice_processing.vendors.order_titles import is_purchase_order

DATE_LABELS: tuple[str, ...] = (tier(tuple(p for p in fl.ORDER_DATE if p != fl.ORDER_ENTERED)),
                                 tier((fl.ORDER_ENTERED,)), tier(fl.INVOICE_DATE), tier((POSTING_DATE,)),
                                 tier(fl.BARE_DATE),
                                 tier(fl.CUSTOMER_ORDER_DATE))
_COMPACT_DATE = re.compile(r"^((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$")
_NOT_ORDER_DATE = re.compile(fl.NOT_THE_ORDER_DATE, re.I)
_ORDER_BESIDE = re.compile(fl.ORDER_NUMBER_BESIDE, re.I)
# a clock time after a date on a page's first line, beside the page's title: a browser's print stamp ("12/5/26,
# 12:56 PM | Order WEB-66281"), not the document's date
_PRINTED_AT = re.compile(r",?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?")


_SPACED_SLASHES = re.compile(r"(?<=\b\d\d)\s+/\s+(?=\d\d\b)")


def read_date(text: str, day_first: bool) -> date | None:
    """A date at the start of ``text`` (after at most one word: "Dienstag 20 Feb. 2024", or after its "of":
    "tel. del 20/02/2025"); under a date's label also the compact form EDI documents print ("20251201")."""
    compact = _COMPACT_DATE.match(text.strip())
    if compact:
        return parse_date(f"{compact.group(1)}-{compact.group(2)}-{compact.group(3)}")
    text = GLUED_MONTH.sub(r"\1 \2", _SPACED_SLASHES.sub("/", text))  # "08 / 02 / 23", "Apr16, 2025"
    found = date_span(text, day_first=day_first)
    before = text[: found[1]].split() if found is not None else []  # ("tel. del 20/02/2025": ordered by phone)
    return found[0] if found is not None and (len(before) <= 1 or (
        len(before) <= 3 and before[-1].casefold() in _OF)) else None


_OF = frozenset({"del", "dated", "vom", "du", "dd", "dd."})  # the word before a document's date: "... of 20/02/2025"


def unlabeled_date(view: PageView, day_first: bool) -> date | None:
    """The first date in the header that no due, ship, validity... label qualifies (beside it,
    over it or before it in its phrase)."""
    for row in view.rows[:HEADER_ROWS]:
        for at, phrase in enumerate(row):
            found = date_span(GLUED_MONTH.sub(r"\1 \2", phrase.text), day_first=day_first)  # (a space in the date)
            if found is None or _NOT_ORDER_DATE.search(phrase.text[: found[1]]) or (
                    phrase.row == 0 and len(row) > 1 and _PRINTED_AT.fullmatch(phrase.text[found[2]:])):
                continue
            above = [p for p in view.rows[phrase.row - 1] if overlap(p, phrase) > 0] if phrase.row else []
            size = max(view.lines[phrase.row].size, 6.0)  # (a label beside it, not another field across the line)
            before = [p for p in row[max(0, at - 1) : at] if phrase.x0 - p.x1 <= 8 * size]
            if not any(_NOT_ORDER_DATE.search(p.text) for p in [*before, *above]):
                return found[0]
    return None


def find_labeled(lines: Sequence[TextLine], labels: tuple[str, ...], pattern: re.Pattern[str]) -> str:
    """The first value matching ``pattern`` (its group 1) next to or under one of ``labels``."""
    view = PageView(lines)
    for label in labels:
        for hit in label_hits(view, label):
            for text in candidates(view, hit):
                match = pattern.match(text.strip())
                if match:
                    return match.group(1)
    return ""


def find_date(lines: Sequence[TextLine], labels: tuple[str, ...] = DATE_LABELS,
              day_first: bool | None = None) -> date | None:
    """The buyer's order date (labelled, or named in a sentence: "Ihre Bestellung KR-0219 vom 03.03.2025";
    the sheet's column B is the order date), else the strongest label's in ``labels`` (vendors pass their
    own), else the first unqualified date, else a sale's, else a shipment's. ``day_first``: the page's own."""
    if day_first is None:
        day_first = prefers_day_first(line.text for line in lines)
    view = PageView(lines)
    def dated(text: str) -> date | None:
        return read_date(text, day_first)

    ordered = _dated_order(view, day_first) or _numbered_order(view, day_first) or find_value(view, labels[:1], dated)
    in_words = _order_in_words(view, day_first) if ordered is None and labels == DATE_LABELS else None
    heads = _dated_lines(view, day_first)  # (a product table's "Date" column dates its lines, not the document)
    return (ordered or in_words or find_value(view, labels[1:], dated, heads) or unlabeled_date(view, day_first)
            or find_value(view, (fl.SALE_DATE,), dated) or _labelled_in_a_sentence(view, day_first)
            or find_value(view, (fl.SHIP_DATE,), dated))


def _dated_lines(view: PageView, day_first: bool) -> set[int]:
    """The product tables' header rows over two or more lines that start with a date ("02/03/25 | HCP | Review
    ..."): a time entry's date, no date of the document's (one dated line may be the payment the page records)."""
    return {at for at in view.product_headers() if sum(
        bool(row) and read_date(row[0].text, day_first) is not None for row in view.rows[at + 1:at + 12]) >= 2}


# "Your order has shipped. The invoice details are below. Invoice date: Dec 11, 2025.": a date's label
# inside a sentence of an e-mail's body, read when no other date is
_IN_A_SENTENCE = re.compile(r"\b(?:invoice|order|document)\s+date\s*:\s*(?P<date>.{6,20}?)(?:\.\s|\.?$)", re.I)


def _labelled_in_a_sentence(view: PageView, day_first: bool) -> date | None:
    for row in view.rows:
        for found in _IN_A_SENTENCE.finditer(" ".join(p.text for p in row)):
            if (read := read_date(found.group("date").strip(" ,."), day_first)) is not None:
                return read
    return None


# "Votre commande n° 118 du 05/03/2025", "Ihre Bestellung Nr. 4711 vom 3.2.2025", "your order #77 of ...",
# "Commande du 28/09/2023 passée par téléphone", "Rif. vs. ordine n. 7781 del 31/05/2024", "Uw order van 6 maart
# 2025", "Ihre Bestellung vom: 3. März 2025", "Votre commande BC 5521 du ...", "Rif. ordine cliente n. 77 del ...",
# "WT-2025-044 (ordered 03/27/2025)", "OWL-HOL-24 (placed 4 November 2024)", "Objednávka č.: OBJ-0091 ze dne
# 14.03.2025": the order's date in words
# the words of another date's label between the order's number and "of" ("Order No. 4711 Date of Shipment",
# "Bestellung Nr. 4711 Lieferung vom ...", "Su pedido 4500 Fecha de entrega"): no date of the order
_OTHER_DATE = (r"(?:dates?|datum|fecha|data|ship\w*|delivery|dispatch|lieferung|livraison|exp[ée]dition|entrega|"
               r"env[íi]o|levering|consegna|spedizione|period\w*|valid\w*|expir\w*)\b")
# a quotation named as the reference ("Votre référence : Offre O-2025-087 du 21.03.2025"): no order's date
_QUOTE = r"(?:offre|devis|angebot|quot\w*|estimate|offert\w*|presupuesto|preventivo|or[çc]amento)\b"
_ORDER_IN_WORDS = re.compile(
    r"(?:\b(?:(?:votre|v/)\s*(?:commande|cde|r[ée]f(?:[ée]rence)?)|(?:ihre|ihr)\s+(?:bestellung|auftrag)|"
    r"uw\s+(?:bestelling|order)|su\s+pedido|your\s+(?:order|purchase\s+order|po)|"
    r"(?:rif\.?\s*)?(?:(?:vs\.?|vostro)\s*ordine|ordine\s+cliente))|"
    # the order alone, first on its line or as a reference's value ("Referentie: Bestelling 1844 van ...")
    r"(?:^|\b(?:referentie|reference|référence|referencia|riferimento|referenz|ref)\.?\s*:?\s*)"
    r"(?:commande|bestellung|bestelling|auftrag|order|pedido|ordine|objedn[áa]vka|zam[óo]wienie))"
    rf"\b\.?\s*:?\s*(?!{_QUOTE})(?:(?:(?:n[°º]|nr|no|n|#|č)\.?\s*:?\s*)?(?:(?!{_OTHER_DATE})[\w/-]{{1,20}}\s+){{1,2}})??"
    r"(?:du|of|dated|vom|van|del|de|ze\s+dne|z\s+dnia|"
    r"from(?!.*\b(?:to|until|till)\b|.*\d\s*[-–]\s+\d))\s*:?\s+"  # (no range)
    r"(?P<date>.+)$|\(\s*(?:ordered|placed)\s+(?:on\s+)?(?P<on>[^)]{6,24})\)",
    re.I)


def _order_in_words(view: PageView, day_first: bool) -> date | None:
    """The date of the buyer's order named in a sentence ("Votre commande n° 118 du 05/03/2025")."""
    for row in view.rows:
        for at in range(len(row)):  # (the row's text, then from each phrase on: a field block's right column)
            found = _ORDER_IN_WORDS.search(" ".join(p.text for p in row[at:]))
            when = read_date(found["date"] or found["on"], day_first) if found else None
            if when is not None:
                return when
    return None


def _dated_order(view: PageView, day_first: bool) -> date | None:
    """The date under a bare "Dated" printed right of the buyer's order number's label ("Buyer's
    Order No. | Dated" over "PO/ASH/2231 | 05-Aug-25"): the order's date."""
    for hit in label_hits(view, r"dated"):
        row = view.rows[hit.phrase.row]
        left = [p for p in row if p.x1 <= hit.phrase.x0]
        if hit.rest or not left or not _ORDER_BESIDE.match(left[-1].text):
            continue
        for text in candidates(view, hit):
            found = read_date(text, day_first)
            if found is not None:
                return found
    return None


# an order's label over its number and date ("Auftrag | 1400028815 vom 12.05.2025", "Order | 4471 of 03/02/2025",
# "Buyer's Order No. & Date" over "PO-HL-55021 dt. 03.01.2025")
_ORDER_LABEL = (r"(?:auftrag|bestellung|ihre\s+bestellung|(?:buyer'?s?\s+)?order(?:\s*no\.?\s*&\s*date)?|commande|"
                r"pedido|ordine|auftrags\s*-?\s*(?:nr\b\.?|nummer)\s*:?)")  # ("Auftrags-Nr.: AB 77 40 221 vom ...")
# (the number maybe in groups after its series' letters: "AB 77 40 221")
_NUMBER_OF = re.compile(r"(?:[A-Z0-9][\w/-]*\d[\w/-]*|(?-i:[A-Z]{1,3}\s+)?\d+(?:\s+\d+){1,4})\s+"
                        r"(?:vom|of|du|del|de|dt\.)\s+"
                        r"(.+)", re.I)


def _numbered_order(view: PageView, day_first: bool) -> date | None:
    """The date an order's label gives with the order's number, "<number> vom <date>": the order's date."""
    for hit in label_hits(view, _ORDER_LABEL):
        for text in candidates(view, hit):
            found = _NUMBER_OF.fullmatch(text.strip())
            if found and (read := read_date(found.group(1), day_first)) is not None:
                return read
    return None


def document_date(document: Document) -> date | None:
    """Column B of any other vendor: the order date, else the invoice date, read on the header
    page with the day/month order of the whole document."""
    day_first = prefers_day_first(line.text for line in document.lines)
    lines = header_lines(document)
    found = find_date(lines, day_first=day_first)
    if found is not None and date_votes(line.text for line in document.lines) == (0, 0) and _due_before(
            lines, found, day_first):
        other = find_date(lines, day_first=not day_first)  # no date settles the order, the due date does
        if other is not None and not _due_before(lines, other, not day_first):
            return other
    return found


def _due_before(lines: Sequence[TextLine], found: date, day_first: bool) -> bool:
    """Whether the page's due date, read in this order, comes before ``found`` (no due date does)."""
    due = find_value(PageView(lines), (tier((fl.DUE_DATE,)),), lambda text: read_date(text, day_first))
    return due is not None and due < found


def document_number(document: Document) -> str:
    """Column D of any other vendor: the invoice (else order, document, reference, PO) number; on
    a purchase order its PO number first (a reference column's first code is no number of it)."""
    lines = header_lines(document)
    if is_purchase_order(PageView(lines)):
        return find_po_number(lines) or find_invoice_number(lines)
    return find_invoice_number(lines) or find_po_number(lines)
