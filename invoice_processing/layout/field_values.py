"""Label lookups on a page's phrases: where a label stands, and the value beside or under it.

``fields.PageView`` reads a page as phrases; here a label is matched at a phrase's start (the
whole label, tiers strongest first) and its value taken from the rest of the phrase, the rest
of the line or what stands under it, each value checked by the caller against its type.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TypeVar

from invoice_processing.layout import field_labels as fl
from invoice_processing.layout.captions import captioned_value
from invoice_processing.layout.fields import BELOW_ROWS, SPACING, PageView, Phrase, owner
from invoice_processing.normalize import date_span

T = TypeVar("T")
_PARTS = re.compile(rf"(?<!{fl.YEAR})\s+/\s+|(?<={fl.YEAR})\s+/\s+(?!\d)")  # (one number: "2025 / 0142")
_SUBJECT = re.compile(rf"^{fl.SUBJECT}(?=\S)", re.I)  # a letter's subject line before its label


@dataclass(frozen=True)
class Hit:
    """A label in ``phrase``: part ``part`` of ``parts`` ("A / B"); ``rest`` follows it in that part."""

    phrase: Phrase
    part: int
    parts: int
    rest: str


@cache
def compiled(label: str) -> re.Pattern[str]:
    """A label pattern compiled once (case-insensitive)."""
    return re.compile(label, re.I)


def tier(alternatives: Sequence[str]) -> str:
    """One label pattern from several equally strong ones."""
    return "|".join(f"(?:{a})" for a in alternatives)


@cache
def whole_words(label: str) -> re.Pattern[str]:
    """``label`` ending at a word's end, so that an alternative cut short inside a word gives way to
    a longer one ("Ref" in "Referencia" to "Referencia")."""
    return re.compile(rf"(?:{label})(?:(?<=\W)|(?![^\W\d]))", re.I)


def label_hits(view: PageView, label: str) -> Iterator[Hit]:
    """Every phrase starting with ``label`` as a whole word ("Datum" is no label in "Datumsangabe")."""
    pattern = whole_words(label)
    for row in view.rows:
        for phrase in row:
            yield from _after_marks(phrase, pattern)
            yield from _translated(phrase, pattern)
            parts = _PARTS.split(phrase.text)
            for index, part in enumerate(parts):
                if index and any(c.isdigit() for c in "".join(parts[:index])):
                    break
                # ("Re: Purchase Order No. ...", a box's "| CONFIRMATION DE LA COMMANDE N°164708")
                match = pattern.match(_SUBJECT.sub("", part.lstrip("*•·-– |")))
                if match and match.end() and not _runs_on(match):
                    # "Invoice #— 3189846", "PO#........ PO-118830", "NO.....: 0091552": the label's end
                    rest = re.sub(r"^\s*(?:\.{2,}\s*:?|[:.—–])?\s*", "", match.string[match.end():])
                    rest = "" if _TRANSLATION.fullmatch(rest.strip()) else rest  # "Invoice No/ Számlaszám:"
                    # (the label again in another language, its value after it: "Invoice No. / N° de facture: LW-5530")
                    translated = _TRANSLATED_VALUE.match("/ " + parts[index + 1]) if not rest.strip() and (
                        index + 1 < len(parts)) else None
                    if translated:
                        yield Hit(phrase, index + 1, len(parts), translated.group(1).strip())
                        break
                    yield Hit(phrase, index, len(parts), rest.strip())
                    break


_MARK = re.compile(r"\s+[·•|¦]\s+")  # a mark set between a line's fields ("Placed May 2 · PO Number: 48974")
_COLON = re.compile(r"\s*[:#]\s*")  # the end of a field's label: its value follows


def _after_marks(phrase: Phrase, pattern: re.Pattern[str]) -> Iterator[Hit]:
    """A label and a colon with its value after a mark inside a phrase ("... · PO Number: 48974 ·
    ..."): the phrase's fields set apart by marks rather than by space."""
    for field in _MARK.split(phrase.text)[1:]:
        match = pattern.match(field)
        after = _COLON.match(field, match.end()) if match and match.end() and not _runs_on(match) else None
        if after is not None and field[after.end():].strip():  # ("· Order 4471 shipped ·": a sentence, no field)
            yield Hit(phrase, 0, 1, field[after.end():].strip())
        elif match and match.end() and _dated(field[match.end():].strip()):
            yield Hit(phrase, 0, 1, field[match.end():].strip())  # ("... • Ordered 10/20/2025 •": a date alone)


def _dated(text: str) -> bool:
    """The whole text is one date ("10/20/2025", "Feb 3, 2025")."""
    found = date_span(text)
    return found is not None and found[1] == 0 and found[2] == len(text)


_BRACKETED = re.compile(r"\(([^()]{2,40})\)\s*:?")


def _translated(phrase: Phrase, pattern: re.Pattern[str]) -> Iterator[Hit]:
    """A label in the page's language with its translation in brackets ("Daňový doklad č. (Invoice
    No):", "Datum splatnosti (payment date):"): the bracketed label is the label, its value follows."""
    for found in _BRACKETED.finditer(phrase.text):
        if found.start() == 0:
            continue  # (a phrase starting with brackets is read as it is)
        match = pattern.match(found.group(1).strip())
        if match and match.end() == len(found.group(1).strip()):
            yield Hit(phrase, 0, 1, phrase.text[found.end():].strip())
            return


# the same label in a second language after a slash ("/ Számlaszám:", "/"): no value
_TRANSLATION = re.compile(r"(?:/(?:\s*[^\W\d_][^\d:/]{0,40})?)+:?")  # ("Beleg-Nr./Document No./")
_TRANSLATED_VALUE = re.compile(r"/\s*[^\W\d_][^\d:/]{0,40}:\s*(\S.*)")  # the label again in another language


def _runs_on(match: re.Match[str]) -> bool:
    """The label ends inside a word ("Order" in "Orders", "No" in "Notes")."""
    text, end = match.string, match.end()
    return end < len(text) and text[end - 1].isalnum() and text[end].isalpha()


# "SAL-QTN-2024-00045", "2503001", "0008-00021658" (a point of sale and its number), "2025/318/0535": a
# document's number under its big title
# (after "N°" or "No." printed with it: "N° F-2024-0412")
_DOCUMENT_NUMBER = re.compile(rf"(?:(?i:{fl.NUMBER_SIGN})\s*)?"
                              r"(?P<id>(?=[^ ]*[A-Za-z])(?=[^ ]*\d)[A-Z0-9][A-Z0-9/-]{5,}|\d{5,}|"
                              r"\d{2,}(?:-\d{3,})+|\d{2,}(?:/\d{3,}){2,})")  # (never a month: "03/2025")


def candidates(view: PageView, hit: Hit, *, below: bool = True) -> Iterator[str]:
    """Texts that may be ``hit``'s value: the rest of its phrase, else the rest of its line and
    what stands under it (the matching part where label and value are "A / B"). Under a big
    title only text printed as big is its value ("ORDER" over "SO-00041207")."""
    if hit.rest:
        yield hit.rest
        return
    captioned = captioned_value(view, hit.phrase)
    if captioned is not None:
        yield captioned.text
    right = view.right_of(hit.phrase)
    big = view.is_big(hit.phrase)
    lines = list(view.below(hit.phrase, rows=3)) if below else []  # read once: two lines for a value, three to join
    under = [_numbered(p) if big and not view.is_big(p) else p for p in lines if p.row <= hit.phrase.row + BELOW_ROWS
             and (not big or view.is_big(p) or _DOCUMENT_NUMBER.fullmatch(p.text))]
    size = max(view.lines[hit.phrase.row].size, 6.0)
    # another block's text on the label's line (not a panel's value set flush right), or an address column's line
    far = right is not None and right.x0 - hit.phrase.x1 > 8 * size and not flush_right(
        view, hit.phrase, right) or _under_first(view, hit.phrase)
    for phrase in [*under, right] if far and under else [right, *under]:
        if phrase is not None:
            parts = _PARTS.split(phrase.text)
            yield parts[hit.part] if hit.parts > 1 and len(parts) == hit.parts else phrase.text
    lines = lines if under else []
    for end in range(2, len(lines) + 1):  # a value set over several lines ("Tuesday 16" / "September" / "2025")
        yield " ".join(p.text for p in lines[:end])


def find_beside(view: PageView, label: str, accept: Callable[[str], T | None],
                skip: set[int] | None = None) -> T | None:
    """The first value ``accept`` takes from the rest of a ``label``'s phrase or the text right of it on its line,
    however far, never from under it: a bare "#" beside its number ("# | : INV-000001"; a "#" column's rows are
    ``skip``ped), a short number beside an invoice number's label ("Rechnungsnummer: 6", not "1 of 2" under it)."""
    for hit in label_hits(view, label):
        if skip and hit.phrase.row in skip:
            continue
        right = view.right_of(hit.phrase)
        value = accept(hit.rest or (right.text if right is not None else ""))
        after = view.after(hit.phrase) if value is None and not hit.rest else []
        if value is None and len(after) > 1:  # the value alone, before another block's text on its line
            value = accept(after[0].text)
        if value is not None:
            return value
    return None


def _numbered(phrase: Phrase) -> Phrase:
    """A number under a big title without the "N°" printed before it."""
    found = _DOCUMENT_NUMBER.fullmatch(phrase.text)
    return Phrase(phrase.x0, phrase.x1, found.group("id"), phrase.row) if found else phrase


def _under_first(view: PageView, label: Phrase, accept: Callable[[str], object] | None = None) -> bool:
    """True when right of a label stands an address's line set in a column of its own ("Invoice Number | 1012 Metro
    Manila" between "Ibarra St" and "TONDO") and a value (one ``accept`` takes) stands right under the label."""
    right, row = view.right_of(label), label.row
    if right is None or row == 0 or not view.near(row, row + 1):
        return False
    stacked = all(any(abs(p.x0 - right.x0) <= 2 for p in view.rows[at]) for at in (row - 1, row + 1))
    rest = " ".join(p.text.strip() for p in view.rows[row] if p.x0 >= right.x0)  # ("LS11 | 5PS": one postcode)
    return stacked and bool(_TOWN.fullmatch(right.text.strip()) or UK_CA_POSTCODE.fullmatch(rest)) and any(
        abs(p.x0 - label.x0) <= 3 and (accept is None or accept(p.text) is not None) for p in view.rows[row + 1])


_TOWN = re.compile(r"\d{3,6}\s+[^\W\d][^\d,]*")  # a postcode and its town ("1012 Metro Manila")
UK_CA_POSTCODE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d")  # a British or Canadian one


def _beside(view: PageView, label: Phrase) -> str:
    """The text right of a label on its line, unless it stands a block away (but for a panel's value set flush
    right with the values of the labels around it)."""
    right = view.right_of(label)
    near = right is not None and (right.x0 - label.x1 <= 8 * max(view.lines[label.row].size, 6.0) or flush_right(
        view, label, right))
    return right.text if right is not None and near else ""


def flush_right(view: PageView, label: Phrase, value: Phrase) -> bool:
    """True when ``value`` ends where the values of two other lines of labels starting at ``label``'s x end, within
    a few lines: a panel's values set flush right ("Order Date ... Mar 3 2025" under "Order Ref ... SO-2503-11876")."""
    found = 0
    for row in view.rows[max(0, label.row - 4):label.row + 5]:
        if not row or row[0].row == label.row or len(row) < 2:
            continue
        starts = [p for p in row if abs(p.x0 - label.x0) <= 2.0]
        if starts and abs(row[-1].x1 - value.x1) <= 1.5 and row[-1] is not starts[0]:
            found += 1
    return found >= 2


_LABEL_AND_VALUE = re.compile(r"^[^\W\d][^:\d]*:\s*\S")  # "PO Number: PO-77120": words, a colon, the value


def _printed_as_a_value(view: PageView, phrase: Phrase) -> bool:
    """A label's words printed as another field's value: in a grid's row of values, or after "Type"."""
    return _in_a_value_row(view, phrase) or _a_types_value(view, phrase)


def _in_a_value_row(view: PageView, phrase: Phrase) -> bool:
    """True for a word printed as a value in a boxed grid: in a row of values under a row of three
    or more labels without digits ("Invoice" under "Doc. Type" of "Doc. Type | Doc. No. | Curr. Code |
    Doc. Date"), on a row that holds numbers. Such a word names no field of its own."""
    if phrase.row == 0 or phrase.text.rstrip().endswith(":") or _LABEL_AND_VALUE.match(phrase.text):
        # ("Invoice #:" beside its value under "DELIVER TO: | INVOICE TO: | ...", "PO Number: PO-77120" under
        # "SHIP TO | BILLING | ORDER INFO": a label)
        return False
    above, row = view.rows[phrase.row - 1], view.rows[phrase.row]
    if len(above) < 3 or any(ch.isdigit() for p in above for ch in p.text) or view.y(phrase.row) - view.y(
            phrase.row - 1) > 1.5 * SPACING:
        return False
    if sum(any(ch.isdigit() for ch in p.text) for p in row) < 2:
        return False
    at = row.index(phrase) if phrase in row else -1
    after = row[at + 1] if 0 <= at < len(row) - 1 else None
    heading = owner(above, phrase)  # (a label and its value beside it under one heading: "ACKNOWLEDGEMENT"
    # over "Order No. | 2025-00871")
    return after is None or heading is None or heading is not owner(above, after)


_TYPE_LABEL = re.compile(r"^(?:document\s*|doc\.?\s*)?type\s*:?$", re.I)
_DOCUMENT = re.compile(fl.DOCUMENT_WORD, re.I)


def _a_types_value(view: PageView, phrase: Phrase) -> bool:
    """True for a word printed as the value of a "Type" label just left of it ("Type | Invoice" in a
    document's box, over "Created | ..." and "Account | C-2207"): it names no field of its own."""
    row = view.rows[phrase.row]
    at = row.index(phrase) if phrase in row else -1
    return at > 0 and bool(_TYPE_LABEL.match(row[at - 1].text.strip()) and _DOCUMENT.fullmatch(phrase.text.strip()))


def _relabelled(hit: Hit, label_tiers: Sequence[str], accept: Callable[[str], object]) -> Hit:
    """A label whose rest starts with another label of the same field ("Purchase Order PO# 42170":
    the title, then the number's own label): the value after that label."""
    if not hit.rest or accept(hit.rest) is not None:
        return hit
    for label in label_tiers:
        found = whole_words(label).match(hit.rest)
        if found and found.end():
            rest = re.sub(r"^\s*(?:\.{2,}\s*:?|[:.—–#])?\s*", "", hit.rest[found.end():]).strip()
            return Hit(hit.phrase, hit.part, hit.parts, rest)  # ("FAKTURA INVOICE" | "000203519": the value beside)
    return hit


def find_value(view: PageView, label_tiers: Sequence[str], accept: Callable[[str], T | None],
               skip: set[int] | None = None) -> T | None:
    """The first value ``accept`` takes under the strongest label tier that has one (top to
    bottom within a tier). A label whose phrase goes on with something that is no value is no
    label; a big title is no label of what stands under it; a label on a ``skip``ped row is none."""
    for label in label_tiers:
        hits = [_relabelled(hit, label_tiers, accept) for hit in label_hits(view, label)
                if not skip or hit.phrase.row not in skip]
        hits = [hit for hit in hits
                if not (hit.rest and accept(hit.rest) is None) and not _printed_as_a_value(view, hit.phrase)]
        for hit in hits:  # a value printed beside its label first ("Invoice | QLG-000318" under a title "INVOICE")
            value = accept(hit.rest or ("" if _under_first(view, hit.phrase, accept) else _beside(view, hit.phrase)))
            if value is not None:
                return value
        for hit in hits:
            for text in candidates(view, hit):
                value = accept(text)
                if value is not None:
                    return value
    return None
