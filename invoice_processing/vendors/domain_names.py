"""Names the page spells as its own web or e-mail domain: a word ("styleGREEN" beside stylegreen.de) or a run of
capitalised words in a sentence ("Tidewater Print Studio" beside tidewaterprintstudio.com). ``issuer`` weighs
them as brand evidence."""

from __future__ import annotations

import re
from collections.abc import Iterator

from invoice_processing.layout.fields import PageView, Phrase
from invoice_processing.vendors.issuer_names import clean, name_like, squash
from invoice_processing.vendors.parties import CREDIT

# a sentence about the parcel names its carrier and the carrier's tracking site ("Shipped with Royal Mail ...")
_CARRIED = re.compile(r"\b(?:ship\w*|track\w*|deliver\w*|dispatch\w*|carrier|courier|parcel)\b", re.I)


def domain_names(view: PageView, customer: set[Phrase], domains: set[str]) -> Iterator[str]:
    """A word printed as the page's own web or e-mail domain ("styleGREEN" beside stylegreen.de), or a run of
    capitalised words spelling it in a sentence ("Tidewater Print Studio" beside tidewaterprintstudio.com)."""
    for row in view.rows:
        for phrase in (p for p in row if p not in customer and not CREDIT.search(p.text)):
            yield from (w for w in phrase.text.split() if len(w) >= 4 and squash(w) in domains)
            # (in a sentence, never in a name itself; a whole run of capitalised words, never "Harbor Light Home" of
            # "Remit to: Harbor Light Home Decor, PO Box 318")
            raw = [] if name_like(clean(phrase.text)) or _CARRIED.search(phrase.text) else phrase.text.split()
            yield from (" ".join(w.strip("!.,;:") for w in raw[at:end]) for at, end in _capitalised_runs(raw)
                        if squash(" ".join(raw[at:end])) in domains)


def _capitalised_runs(words: list[str]) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of two to four capitalised words, whole: no capitalised word goes on before or
    after it within its sentence."""
    for at in range(len(words)):
        for end in range(at + 2, min(at + 4, len(words)) + 1):
            run = words[at:end]
            opened = at == 0 or words[at - 1][-1] in "!.,;:" or not words[at - 1][:1].isupper()
            closed = end == len(words) or run[-1][-1] in "!.,;:" or not words[end][:1].isupper()
            if opened and closed and all(w[:1].isupper() for w in run):
                yield at, end
