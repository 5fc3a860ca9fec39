"""Vendor names and the printed aliases that identify them (SPEC §7), as data.

Detection reads names printed on the document, never "two codes that look alike".
"""

from __future__ import annotations

import re

from invoice_processing.models import VENDOR_PAGES, Document

CREATIVE_COOP = "Creative Co-op"
HARPERCOLLINS = "HarperCollins"
ONEHUNDRED80 = "OneHundred80"
RIFLE_PAPER = "Rifle Paper Co."

ALIASES: dict[str, tuple[str, ...]] = {
    HARPERCOLLINS: (r"harper\s*collins", r"mfr:\s*harper\s*collins"),
    CREATIVE_COOP: (r"creative[\s-]*co-?op",),
    ONEHUNDRED80: (r"one\s*hundred\s*80(?:\s*degrees)?", r"onehundred80(?:degrees\.com)?"),
    RIFLE_PAPER: (r"rifle\s+paper",),
}
_PATTERNS = {name: re.compile("|".join(patterns), re.I) for name, patterns in ALIASES.items()}
# Distributors whose purchase orders belong to one vendor unless a manufacturer label names another.
DISTRIBUTORS: dict[str, re.Pattern[str]] = {
    HARPERCOLLINS: re.compile(r"anne\s+mcgilvray\s*(?:&|and)\s*(?:company|co\b)", re.I),
}
MANUFACTURER_LABEL = re.compile(r"\b(?:mfr|manufacturer|publisher|vendor)\s*:\s*(.+)", re.I)


def names_in(document: Document, pages: int = VENDOR_PAGES) -> set[str]:
    """Canonical names of every known vendor printed on the first ``pages`` pages."""
    text = "\n".join(page.text for page in document.pages[:pages])
    return {name for name, pattern in _PATTERNS.items() if pattern.search(text)}


def printed(document: Document, name: str, pages: int = VENDOR_PAGES) -> bool:
    return name in names_in(document, pages)


def vendor_of(document: Document, pages: int = VENDOR_PAGES) -> str:
    """The one known vendor a document belongs to, '' when none is printed (worked out once
    per document: every vendor's ``matches`` asks).

    A manufacturer label (``MFR: HarperCollins``) names it outright. Otherwise, when several
    known names are printed, the one printed first wins (issuers print their name at the top;
    other names are products or remarks further down). A distributor's purchase order with no
    known vendor named belongs to the vendor that distributor represents.
    """
    key = f"vendor_of:{pages}"
    if key not in document.memo:
        document.memo[key] = _vendor_of("\n".join(page.text for page in document.pages[:pages]))
    vendor: str = document.memo[key]
    return vendor


def _vendor_of(text: str) -> str:
    for label in MANUFACTURER_LABEL.finditer(text):
        named = [name for name, pattern in _PATTERNS.items() if pattern.match(label.group(1).strip())]
        if named:
            return named[0]
    found = [(match.start(), name) for name, pattern in _PATTERNS.items() if (match := pattern.search(text))]
    if found:
        return min(found)[1]
    return next((name for name, pattern in DISTRIBUTORS.items() if pattern.search(text)), "")
