"""Page furniture around a product table: running heads and footers printed on most pages,
and a continued page's head made of the first page's head words ("Textiles Brisa S.L. -
2024-7917") or saying the document goes on ("... - continued")."""

from __future__ import annotations

import re

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.numbers import is_numeric
from invoice_processing.models import Page, TextLine

_PAGE_COUNTER = re.compile(
    r"\b(?:page|seite|pagina|página|pág|blatt|blad)\.?\s*\d+(?:\s*(?:of|von|de|van|sur|/)\s*\d+)?", re.I)


def head_words(line: TextLine) -> set[str]:
    """The line's words, casefolded, without a page counter ("Page 2 of 2" beside the seller's name)."""
    return {token.casefold() for token in _PAGE_COUNTER.sub(" ", line.text).split()
            if any(ch.isalnum() for ch in token)}


def is_furniture(line: TextLine, repeated: frozenset[str], head: set[str] | None) -> bool:
    """A running head or footer: printed on most pages, or (``head``: the first page's head, on a
    continued page before its first row) made of the first page's head's words."""
    return _shape(line) in repeated or bool(head and (
        _running_head(line, head) or lx.CONTINUED.search(line.text)))


_PAGE_NUMBER = re.compile(r"^[-–—\s]*(\d{1,3})(?:\s*/\s*\d{1,3})?[-–—\s]*$")


def page_number(page: Page, at: int) -> bool:
    """The page's own number alone at its head or foot ("1", "- 2 -", "3/4"): no row's number."""
    found = _PAGE_NUMBER.match(page.lines[at].text) if at < 2 or at >= len(page.lines) - 2 else None
    return found is not None and int(found.group(1)) == page.number


def _running_head(line: TextLine, head: set[str]) -> bool:
    """A line on a continued page made only of words the first page prints above its table (the
    seller's name and the document's number, "Textiles Brisa S.L. - 2024-7917"): the page's
    running head, not the rest of a description broken by the page."""
    words = head_words(line)
    return len(words) >= 2 and words <= head


_DIGITS = re.compile(r"\d+")


def _shape(line: TextLine) -> str:
    """A line's text with its digits and spacing left out ("Page 1  of 2" and "Page 2 of 2" alike)."""
    return " ".join(_DIGITS.sub("#", line.text).split())


def repeated_lines(pages: tuple[Page, ...]) -> frozenset[str]:
    """Sentences printed at the same height in the head or foot of most pages (running heads and
    footers), digits ignored; a description that happens to repeat sits elsewhere, and a row of
    numbers or a line of a product's labelled codes is never one."""
    seen: dict[tuple[str, int], set[int]] = {}
    for page in pages:
        margins = page.lines[:4] + page.lines[-4:] if len(page.lines) > 8 else ()
        for line in margins:
            numbers = sum(1 for c in line.cells if is_numeric(c.text))
            # (a page counter's "1" may stand beside it; a product's codes by their labels, "SKU: HX8573  UPC:
            # 810119503510" under the last row of each page, are no footer)
            if len(line.text.split()) >= 3 and numbers <= max(1, len(line.cells) // 4) and not lx.IDENTITIES.fullmatch(
                    line.text.strip()):
                seen.setdefault((_shape(line), round(line.y / 4)), set()).add(page.number)
    enough = max(2, (len(pages) + 1) // 2)  # running heads and footers are on most pages
    return frozenset(text for (text, _), on in seen.items() if len(on) >= enough)
