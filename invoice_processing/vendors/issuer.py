"""Who issued the document: the vendor name as printed, for vendors without their own rules.

Candidates are the cells near the top of page one and in its footer (where legal names sit).
Each is scored: a legal form (Inc., GmbH, B.V., ...) and a match with a web or e-mail domain
printed on the page count most, then font size and closeness to the top. The customer's
address block (after "Bill to", "Ship to", ...) and labels are never candidates.
"""

from __future__ import annotations

import re

from invoice_processing.models import TextLine

NOT_A_NAME = re.compile(
    r"^#|^(invoice|tax invoice|sales invoice|retail invoice|factuur|kopie factuur|rechnung|facture|"
    r"order confirmation|packing slip|statement|page \d+|seite|original|copy|thank you)\b|@|www\.|https?://|"
    r"\d{3}[-.)]\s?\d{3}|:\s*$",
    re.I,
)
LEGAL_FORM = re.compile(
    r"\b(inc|llc|l\.l\.c|ltd|limited|co|company|corp|corporation|gmbh|ag|b\.?v|n\.?v|s\.?a\.?s?|sarl|"
    r"pvt|plc|pty|srl|spa)\b\.?",
    re.I,
)
CUSTOMER_BLOCK = re.compile(
    r"\b(bill(ed)?\s*to|ship(ped)?\s*to|sold\s*to|deliver\s*to|customer|factuuradres|afleveradres|"
    r"rechnungsadresse|lieferadresse|attn)\b",
    re.I,
)
DOMAIN = re.compile(r"(?:www\.|@|https?://(?:www\.)?)([a-z0-9-]+)\.[a-z]{2,}", re.I)
SELLER_LABEL = re.compile(r"^(sold\s*by|seller|vendor|supplier|verkoper|verk[äa]ufer|vendeur)\s*:\s*", re.I)
TRAILING_WORDS = re.compile(r"\s+(invoice|factuur|rechnung|facture)\.?$", re.I)
_TOP, _BOTTOM, _BLOCK = 15, 12, 6


def _customer_cells(lines: list[TextLine]) -> set[tuple[int, int]]:
    """(line index, cell index) of every cell in an address block under a customer label."""
    blocked: set[tuple[int, int]] = set()
    for at, line in enumerate(lines):
        for label in (c for c in line.cells if CUSTOMER_BLOCK.search(c.text)):
            for below in range(at, min(at + _BLOCK, len(lines))):
                for index, cell in enumerate(lines[below].cells):
                    if cell.x0 < label.x1 + 120 and cell.x1 > label.x0 - 10:
                        blocked.add((below, index))
    return blocked


def _clean(text: str) -> str:
    text = SELLER_LABEL.sub("", text.strip())
    text = text.split(" - ")[0].strip() if " - " in text else text
    return TRAILING_WORDS.sub("", text).strip(" ,;")


def _score(text: str, size: float, position: int, domains: set[str]) -> float:
    squashed = re.sub(r"[^a-z0-9]", "", text.lower())
    score = size + (4.0 if LEGAL_FORM.search(text) else 0.0) - 0.05 * position
    if any(len(d) >= 4 and (d in squashed or squashed.startswith(d)) for d in domains):
        score += 5.0
    if (text.endswith(".") and len(text.split()) > 3) or len(text.split()) > 6:  # a sentence, not a name
        score -= 6.0
    return score


def find_vendor(lines: list[TextLine]) -> str:
    """The issuer's name as printed on page one, or '' when nothing plausible is there."""
    domains = {m.group(1).lower().replace("-", "") for line in lines for m in DOMAIN.finditer(line.text)}
    blocked = _customer_cells(lines)
    places = list(range(min(_TOP, len(lines)))) + list(range(max(_TOP, len(lines) - _BOTTOM), len(lines)))
    best: tuple[float, str] | None = None
    for at in places:
        line = lines[at]
        for index, cell in enumerate(line.cells):
            text = _clean(cell.text)
            if (at, index) in blocked or len(text) < 3 or not re.search(r"[A-Za-z]{2}", text):
                continue
            if NOT_A_NAME.search(cell.text.strip()) and not SELLER_LABEL.match(cell.text.strip()):
                continue
            if NOT_A_NAME.search(text) or re.match(r"^[\d(+]", text) or CUSTOMER_BLOCK.search(text):
                continue
            score = _score(text, line.size, at if at < _TOP else 2 * _TOP, domains)
            score += 3.0 if SELLER_LABEL.match(cell.text.strip()) else 0.0
            if best is None or score > best[0]:
                best = (score, text)
    return best[1] if best else ""
