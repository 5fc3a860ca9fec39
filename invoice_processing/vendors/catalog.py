"""Vendor names and the printed aliases that identify them (SPEC §7), as data.

Detection reads names printed on the document, never "two codes that look alike".
"""

from __future__ import annotations

import re

from ..models import Document

CREATIVE_COOP = "Creative Co-op"
HARPERCOLLINS = "HarperCollins"
ONEHUNDRED80 = "OneHundred80"
RIFLE_PAPER = "Rifle Paper Co."

ALIASES: dict[str, tuple[str, ...]] = {
    HARPERCOLLINS: (r"harper\s*collins", r"mfr:\s*harper\s*collins", r"anne\s+mcgilvray\s*(?:&|and)\s*company"),
    CREATIVE_COOP: (r"creative[\s-]*co-?op",),
    ONEHUNDRED80: (r"one\s*hundred\s*80(?:\s*degrees)?", r"onehundred80(?:degrees\.com)?"),
    RIFLE_PAPER: (r"rifle\s+paper",),
}
_PATTERNS = {name: re.compile("|".join(patterns), re.I) for name, patterns in ALIASES.items()}


def names_in(document: Document, pages: int = 2) -> set[str]:
    """Canonical names of every known vendor printed on the first ``pages`` pages."""
    text = "\n".join(page.text for page in document.pages[:pages])
    return {name for name, pattern in _PATTERNS.items() if pattern.search(text)}


def printed(document: Document, name: str, pages: int = 2) -> bool:
    return name in names_in(document, pages)
