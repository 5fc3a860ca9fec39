"""Remarks among a table's rows: lines that name another document, sit between marks, speak of the rows
around them, or are made of labelled values or short parts set apart by dots (``row_kinds`` calls them
furniture)."""

from __future__ import annotations

import re

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.field_labels import DOTS
from invoice_processing.layout.labelled_remarks import labelled_values


def is_note(text: str) -> bool:
    """A remark among the rows: a short line naming another document ("Delivered per delivery note
    DN-30917 of 06/05/2025"), set between asterisks ("*** Items below shipped from ... ***"), made
    of labelled values ("Req Date: 4/1/2025  Whse: MEM1  Disp: ALLOCATED"), or of short parts set
    apart by dots, most of them remarks ("Ship window 10/01 – 10/31 · Country of origin: India")."""
    words = text.split()
    return (len(words) <= 14 and bool(lx.REFERENCE_NOTE.search(text) or lx.SUBLINE.match(text.strip()))) or bool(
        _DECORATED.fullmatch(text.strip()) or (_ABOUT_THE_ROWS.search(text) and _ORDER_WORDS.search(text))) or (
        labelled_values(words) or _dotted(text)) or (len(words) >= 5 and text.rstrip()[-1:] in (".", "!") and bool(
            _NOTICE.fullmatch(text.strip())) and bool(_ORDER_WORDS.search(text)))


# a remark set between marks ("*** Items below shipped from ... ***", "--- HOLIDAY 2025 PROGRAM ---")
_DECORATED = re.compile(r"([-=*~#_])\1+(?=.*\w).*\1\1+")
# a remark about the rows around it ("Items below ship from our Dallas warehouse", "Backlist titles below: ...",
# "The following items are backordered")
_ABOUT_THE_ROWS = re.compile(r"\b(?:items?|titles?|products?|lines?|articles?)\s+(?:listed\s+)?"
                             r"(?:below|above)\b|\bthe\s+following\s+(?:items?|products?|titles?|lines?|articles?)\b",
                             re.I)


# a notice written as sentences ("Backordered items will ship when available. Backorders are not billed."): a
# capital first, a full stop at the end and a verb a product's name has no use for
_NOTICE = re.compile(r"(?:[A-Z][^.!]*\b(?:will|are|is|be|been|please|must|may|should|cannot|can't|won't)\b"
                     r"[^.!]*[.!]\s*)(?:[A-Z][^.!]*[.!]\s*)*")
# words of ordering and shipping a remark about the rows speaks of ("ship", "backordered", "returnable", "invoiced")
_ORDER_WORDS = re.compile(r"\b(?:items?|orders?|ship\w*|backorder\w*|back\s*order\w*|billed|invoiced|deliver\w*|"
                          r"dispatch\w*|stock|returns?|returnable|warehouse)\b", re.I)


_DOTS = re.compile(DOTS)


def _dotted(text: str) -> bool:
    """Short parts set apart by middle dots or bullets, most of them remarks ("Ship window ... ·
    Country of origin: India · Case pack 4"; not "Linen Napkin Set · Case pack 6": a name first)."""
    parts = _DOTS.split(text.strip())
    remarks = sum(1 for p in parts if lx.SUBLINE.match(p))
    return len(parts) >= 2 and all(len(p.split()) <= 6 for p in parts) and 2 * remarks > len(parts)
