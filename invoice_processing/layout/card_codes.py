"""A card's codes printed by their labels, with or without colons ("SKU: F8026 | UOM: EA", "Style
BKM209", "Item # DA9673 · UPC 191007063355"): what ``item_cards`` and ``card_lines`` keep as a card's
code, barcode and unit."""

from __future__ import annotations

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.header_labels import split_words
from invoice_processing.layout.label_roles import known_role
from invoice_processing.layout.labelled_entries import label_pairs
from invoice_processing.models import TextLine

SEPARATORS = ("·", "•", "|", "–", "—")  # set between a card's fields
_CODES = frozenset({lx.CODE, lx.UPC})
_KEPT = frozenset({lx.CODE, lx.UPC, lx.UOM})  # labelled values a card's row keeps


def unit_word(word: str | None) -> bool:
    """No word, or a unit's ("EA", "ST", "pcs"): what may stand between a count and its price."""
    return word is None or lx.UNITS.fullmatch(word.lower()) is not None


def labelled_codes(line: TextLine) -> list[tuple[str, str]] | None:
    """The line as labelled codes, "SKU: F8026 | UOM: EA" (or without colons, "Style BKM209",
    "Item # DA9673 · UPC 191007063355"), when it is nothing else and names a code or a barcode; else None."""
    pairs = label_pairs(line)
    if pairs is None:
        return bare_codes(line)
    roles = {known_role(label) for label, _ in pairs}
    return [(label, value.text) for label, value in pairs if known_role(label) in _KEPT] if (
        roles & _CODES) else None


def bare_codes(line: TextLine) -> list[tuple[str, str]] | None:
    """Codes each after its label with no colon ("SKU E8747", "Item # DA9673 · UPC 191007063355 · UM
    EA"): every word a label of one or two words or its value (a code's with a digit, a unit's a
    unit word), a code or a barcode among them; else None."""
    words = [w.text for w in split_words(line) if w.text not in SEPARATORS]
    pairs: list[tuple[str, str]] = []
    at = 0
    while at < len(words):
        for size in (2, 1):
            label, value = " ".join(words[at:at + size]), words[at + size] if at + size < len(words) else ""
            role = known_role(label) if value else ""
            if role in _KEPT and (unit_word(value) if role == lx.UOM else _coded(value)):
                pairs.append((label, value))
                at += size + 1
                break
        else:
            return None
    return pairs if any(known_role(label) in _CODES for label, _ in pairs) else None


def _coded(value: str) -> bool:
    """A code's value: four characters or more with a digit, and a letter or five digits ("E8747",
    "842593280496"; not a card's number, "Item 3", nor a year, "Style 2024")."""
    digits = sum(ch.isdigit() for ch in value)
    return len(value) >= 4 and digits > 0 and (any(ch.isalpha() for ch in value) or digits >= 5)
