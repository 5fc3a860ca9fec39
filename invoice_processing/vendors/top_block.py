"""The issuer's evidence from the page's top block and footer (``issuer`` weighs it with the rest): each
phrase scored by its print size, its closeness to the top and the lines under and over it (an address or
registry lines under a name head a company's block). Never a label, a value (beside its label, or in a grid of
fields over the first table), an amount's label, a city after its postcode or a person's signature over its
caption, nor a line ending in a comma (an address going on: "Nadukuthagai Village, Thirunindravur,")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from invoice_processing.layout import field_labels as fl
from invoice_processing.layout.fields import PageView, Phrase, aligned, overlap
from invoice_processing.normalize import date_span
from invoice_processing.vendors.issuer_names import LEGAL_FORM, REGISTRY, is_label, name_like
from invoice_processing.vendors.parties import ADDRESS


def top_block(view: PageView, customer: set[Phrase]) -> Iterator[tuple[str, float]]:
    """Phrases at the top of the page (above its first table) and in its footer, scored by print
    size, closeness to the top and the lines under and over them."""
    tables = view.table_rows()
    stop = min(tables, default=len(view.rows))
    top = set(range(min(stop, 25)))
    footer = {row for row in range(stop, len(view.rows)) if view.in_footer(row)}
    for row in sorted((top | footer) - tables):
        for phrase in view.rows[row]:
            after = view.right_of(phrase)
            labelled = after is not None and (after.text.startswith(":") or bool(_AMOUNT.fullmatch(after.text.strip())))
            if phrase in customer or view.is_value(phrase) or phrase.text.endswith(":") or labelled or _going_on(
                    phrase) or _after_postcode(view, phrase) or _signed_over(view, phrase) or (row in top and (
                    _in_a_grid(view, phrase) or _heads_a_grid(view, phrase))):
                continue
            size = view.lines[row].size / view.body_size - 1 if view.body_size else 0.0
            score = 4.0 * min(1.5, max(0.0, size)) + (2.0 * (1 - view.y(row) / view.bottom) if row in top else 0.0)
            yield phrase.text, score + _block_evidence(view, phrase)


# an amount alone, its currency's code before or after it: "$1,250.00", "CHF 3,600.00" (after "Pre-Tax Total":
# an amount's label, no name; beside "Operationssaal": a priced list's row)
_AMOUNT = re.compile(rf"(?:[A-Z]{{3}}\s?)?(?:{fl.MONEY})\s*(?:[A-Z]{{3}})?")
_POSTCODE = re.compile(r"^(?:[A-Z]{1,2}-)?\d{4,5}$")  # "51370", "D-97950", "NL-1097"
SIGNATURE = re.compile(r"\b(?:signature|signatory|signed|unterschrift|firma\s+autorizada|co(?:mpany|\.)?\s+chop)\b",
                        re.I)
_FOR = re.compile(r"for\b", re.I)  # "For Sharma Traders" over "Authorised Signatory": the seller signs


def _signed_over(view: PageView, phrase: Phrase) -> bool:
    """A name signed over its caption ("chuyan" over "Authority Signature & Co. Chop"): a person's signature."""
    below = view.rows[phrase.row + 1] if phrase.row + 1 < len(view.rows) else []
    return not _FOR.match(phrase.text) and any(
        p.x0 < phrase.x1 + 40 and phrase.x0 - 40 < p.x1 and SIGNATURE.search(p.text) for p in below)


def _in_a_grid(view: PageView, phrase: Phrase) -> bool:
    """A value of a grid of fields ("SALESREP IN | SHIP VIA | TERMS | F.O.B." over "JTV | BEST WAY | NET 10TH
    PROX | SHIP POINT"): three phrases of its line or more, each under one of the line right over it."""
    row = phrase.row
    if row == 0 or len(view.rows[row]) < 3 or not view.near(row - 1, row):
        return False
    above = view.rows[row - 1]
    under = [p for p in view.rows[row] if sum(1 for q in above if overlap(q, p) > 0) == 1]
    return len(above) >= 3 and len(under) >= 3 and phrase in under


def _going_on(phrase: Phrase) -> bool:
    """An address line going on after its comma ("Nadukuthagai Village, Thirunindravur,"); a name with its form
    may end in one ("Muster Holz GmbH," over "AG Aarau")."""
    return phrase.text.rstrip().endswith(",") and not LEGAL_FORM.search(phrase.text)


def _heads_a_grid(view: PageView, phrase: Phrase) -> bool:
    """A label of a grid's first row ("P.O. Number | Terms | Rep | Ship Date | Via" over "CQ-2025-0419 | Net 45 |
    KD | 4/1/2025 | FedEx Ground"): three phrases or more, its line's every phrase over one of the line right under
    it, most of those with digits; no digit in its line, nor larger print than theirs (a name over its address is
    larger; "To: | Jordan Walsh | Invoice Date | Melrose Parking" over blocks and a date is no grid: "To:" is over
    none)."""
    row = phrase.row
    if not (is_label(phrase.text) or _FIELD.fullmatch(phrase.text.strip())):
        return False  # (a field's label: "Sanganeri Blockprint Textiles Pvt. Ltd. | Invoice No. | Dated", a name)
    if row + 1 >= len(view.rows) or len(view.rows[row]) < 3 or not view.near(row, row + 1) or any(
            ch.isdigit() for p in view.rows[row] if not _PAGE.fullmatch(p.text.strip()) for ch in p.text) or view.lines[
            row].size > view.lines[row + 1].size + 0.5:
        return False  # (a row of labels has no digits: "Infomaniak Network SA | Fällig am | 30.09.25" is none)
    under = view.rows[row + 1]
    labels = [p for p in view.rows[row] if not _PAGE.fullmatch(p.text.strip())]
    over = {p: found[0] for p in labels if len(found := [q for q in under if overlap(q, p) > 0]) == 1}
    digits = sum(any(ch.isdigit() for ch in q.text) for q in over.values())
    return len(over) >= 3 and len(over) == len(labels) and phrase in over and 2 * digits > len(over) and (
        not _STREET_FIRST.match(over[phrase].text))  # ("KBJR Television Inc" over "246 S Lake AVE": a name, its street)


# the labels of a grid's fields that name no document's number nor date ("Terms", "Rep", "Ship Via", "F.O.B.")
_FIELD = re.compile(r"(?:payment\s+|freight\s+)?terms|(?:sales\s*)?rep|sales\s*person|salesperson|ship(?:ped)?\s*"
                    r"(?:via|date)|via|(?:ship(?:ping)?|payment|delivery)\s+method|order\s+taker|f\.?\s?o\.?\s?b\.?|"
                    r"account|acct\.?|job|project|whse|warehouse|buyer|contact|due\s*date|carrier|route", re.I)
_PAGE = re.compile(r"page\s*\d+(?:\s*(?:of|/)\s*\d+)?", re.I)  # "Page 1 of 2" beside a grid's labels
_STREET_FIRST = re.compile(r"\d{1,5}[A-Za-z]?\s+[A-Za-z]")  # a house's number, then its street


def _after_postcode(view: PageView, phrase: Phrase) -> bool:
    """A city printed after its postcode ("51370 | CHAMPIGNY"): an address, not a name."""
    before = [p for p in view.rows[phrase.row] if p.x1 <= phrase.x0 + 0.5]
    return bool(before) and bool(_POSTCODE.match(max(before, key=lambda p: p.x1).text.strip()))


def _block_evidence(view: PageView, phrase: Phrase) -> float:
    """How much ``phrase`` heads a company block: address lines under it (+), registry lines
    under it (+), a name or address line right over it (-: it is inside a block)."""
    under = list(view.under(phrase, 5))
    address = sum(_address_line(p.text) and not _priced(view.rows[p.row], p) for p in under[:3])
    score = (2.5 if address else 0.0) + (1.0 if address >= 2 else 0.0)
    beside = [" ".join(q.text for q in view.rows[p.row] if p.x0 <= q.x0 < phrase.x1 + 100) for p in under]
    score += 2.5 if any(REGISTRY.search(text) for text in beside) else 0.0
    above = [p for p in view.rows[phrase.row - 1] if aligned(p, phrase)] if phrase.row else []
    near = phrase.row > 0 and view.near(phrase.row - 1, phrase.row)
    return score - (2.5 if near and any(name_like(p.text) or ADDRESS.search(p.text) for p in above) else 0.0)


_CONTACT = re.compile(r"(?:tel\w*|phone|ph|fax|mob\w*|e-?mail|web\w*|www|internet|[tefwm])\s*\.?\s*:", re.I)
_YEAR = re.compile(r"\d{4}")


def _address_line(text: str) -> bool:
    """A line of a postal or contact address ("Telefon: ...", "T: ..." too): no other field's "label:
    value", no date with its year in full ("Aufenthalt: 11.03.2026", "Appendizitis (ICD-10: K35.80)"
    under a section's heading are not addresses; a house number "No. 12/3/45" is no date)."""
    if not ADDRESS.search(text) or (":" in text and not _CONTACT.match(text)):
        return False
    found = date_span(text)
    return found is None or not _YEAR.search(text[found[1]:found[2]])


def _priced(row: list[Phrase], phrase: Phrase) -> bool:
    """A row of a priced list: ``phrase`` and, beside it, one amount alone ("Operationssaal | CHF
    4,200.00"); a summary box's "Amount Due: $1,650.00" beside an address is no price of it."""
    return len(row) == 2 and phrase in row and any(q != phrase and _AMOUNT.fullmatch(q.text.strip()) for q in row)
