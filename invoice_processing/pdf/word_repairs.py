"""Words as the page means them where a later tool or a renderer changed how the text layer
reads: letter-spaced capitals ("S T Y L E"), a capital a renderer set apart from the rest of its
word ("P aper", "T itle"), and words set at a slant across the page (a "COPY" watermark).

Each rule works on ``Run`` tuples, the text layer's words with their boxes (see ``text_layer``).
"""

from __future__ import annotations

import functools
import math
import re
from typing import Final

# top + bottom (twice the vertical centre: the sort key), x0, top, bottom, x1, text, font size (y grows down)
Run = tuple[float, float, float, float, float, str, float]
# a run's fields (see ``Run``)
X0: Final = 1
TOP: Final = 2
BOTTOM: Final = 3
X1: Final = 4
TEXT: Final = 5
SIZE: Final = 6
_CODE_REST = re.compile(r"^[A-Z]{1,4}\d")  # the rest of a code after its first letter ("RN471" of "JRN471")
TALL = 2.5  # a word's box this many times its mean glyph width tall is perhaps a word set at a slant


def parted(last: Run, word: str, x0: float, text: str, start: int) -> bool:
    """True when ``word`` may be the rest of the capital standing before it ("P aper", "Hand-P
    ainted", "J RN471"): small letters or a code's capitals and digits after one capital (never "A"
    or "I", words of their own), one space between them in the text, and a gap under half the
    capital's height. The caller also asks PDFium whether that space was drawn or only inferred
    from the gap (a renderer's kerning). Capitals and digits apart ("NET 30") stay apart."""
    before = last[TEXT]
    capital = before[-1:]
    if not capital.isupper() or capital in "AI" or text[start - 1:start] != " ":
        return False
    single = len(before) == 1 or before[-2:-1] == "-"
    rest = single and (word[:1].islower() or _CODE_REST.match(word) is not None)  # "P aper", "J RN471"
    return rest and 0 <= x0 - last[X1] < 0.5 * (last[BOTTOM] - last[TOP])


def diagonal(angle: float, page_slant: float = 0.0) -> bool:
    """True for a char PDFium measures at a clear slant, about 8 to 82 degrees off the page's axes
    (a diagonal watermark, a stamp set at 14 degrees; a skewed scan's text layer, a few degrees off,
    stays), and not at the slant the page's own text shares (``page_slant``, radians: a page scanned
    askew keeps its words); -1 is "unknown"."""
    if angle < 0:
        return False
    off = angle - page_slant
    return abs(math.sin(2 * angle)) > 0.28 and abs(math.sin(off)) > math.sin(math.radians(3))


def _glyph(run: Run) -> bool:
    """One or two capitals alone (a letter-spaced word's letters, "T O TA L" with a kerned pair;
    text in small letters is not taken for it: "Fa La La", "36 skeins x 8 m in a palette")."""
    core = run[TEXT].rstrip(".:")
    return 0 < len(core) <= 2 and core.isalpha() and core.isupper()


def _height(run: Run) -> float:
    return run[BOTTOM] - run[TOP]


def unspaced(group: list[Run]) -> list[Run]:
    """A line's letter-spaced labels and titles as words: "S T Y L E", "I N V O I C E" (text set
    with wide letter spacing, whose letters the text layer parts with spaces) read "STYLE", "INVOICE".

    Letters stand three or more in a row, less than 1.2 letter heights apart; where a gap is over
    0.8 of the tallest letter's height, the next word starts ("B I L L  T O": "BILL", "TO"). Letters
    are joined only into a word the lexicon knows: capitals set apart by ordinary spaces ("12 AV DE
    LA REPUBLIQUE", "SIZES S M L XL") stay as printed.
    """
    spaced_words = _spaced_words()  # (the lexicon is loaded only when a line has such letters)

    out: list[Run] = []
    at = 0
    while at < len(group):
        end = at + 1
        while end < len(group) and _glyph(group[end]) and _glyph(group[end - 1]) and (
                group[end][X0] - group[end - 1][X1] < 1.2 * max(_height(group[end]), _height(group[end - 1]))):
            end += 1
        if end - at < 3:
            out.append(group[at])
            at += 1
            continue
        letters = group[at:end]
        if _tracked(letters, group[at - 1] if at else None, group[end] if end < len(group) else None):
            out += _joined(letters, spaced_words, tracked=True)
            at = end
            continue
        widest = 0.8 * max(_height(r) for r in letters)
        word = [letters[0]]
        for before, letter in zip(letters, letters[1:], strict=False):
            if letter[X0] - before[X1] > widest:
                out += _joined(word, spaced_words)
                word = []
            word.append(letter)
        out += _joined(word, spaced_words)
        at = end
    return out


def _tracked(word: list[Run], before: Run | None, after: Run | None) -> bool:
    """True for four letters or more set evenly apart (the widest gap at most 1.5 times the
    narrowest) with twice the widest gap or more to the text on either side: one word set with
    tracking ("R I F L E  P A P E R"), not letters set apart by ordinary spaces ("SIZES S M L XL")."""
    if len(word) < 4 or any(len(r[TEXT]) != 1 for r in word):
        return False
    gaps = [b[X0] - a[X1] for a, b in zip(word, word[1:], strict=False)]
    sides = [word[0][X0] - before[X1] if before is not None else float("inf"),
             after[X0] - word[-1][X1] if after is not None else float("inf")]
    return min(gaps) > 0 and max(gaps) <= 1.5 * min(gaps) and min(sides) >= 2 * max(gaps)


def capital_split(group: list[Run]) -> list[Run]:
    """A label's capital parted from the rest of it ("T itle", "Q ty", "L ist Price": a renderer
    that places the first glyph apart from a kerned pair) joined again, when the whole is a word
    the lexicon knows; other capitals alone stay words ("X large"), and so do "A" and "I", words
    of their own ("A mount bracket")."""
    spaced_words = _spaced_words()

    out: list[Run] = []
    for run in group:
        last = out[-1] if out else None
        if (last is not None and len(last[TEXT]) == 1 and last[TEXT].isupper() and last[TEXT] not in "AI"
                and run[TEXT][:1].islower()
                and run[X0] - last[X1] < 0.5 * _height(run)
                and (last[TEXT] + run[TEXT]).rstrip(".:").lower() in spaced_words):
            out[-1] = _joined([last, run], spaced_words)[0]
            continue
        out.append(run)
    return out


def _joined(letters: list[Run], words: frozenset[str], tracked: bool = False) -> list[Run]:
    """Letters as one word over their joint extent, when the lexicon knows the word or the letters
    are ``tracked`` (see ``_tracked``); else as printed."""
    text = "".join(r[TEXT] for r in letters)
    if len(letters) == 1 or (text.rstrip(".:").lower() not in words and not tracked):
        return letters
    top, bottom = min(r[TOP] for r in letters), max(r[BOTTOM] for r in letters)
    return [(top + bottom, letters[0][X0], top, bottom, letters[-1][X1], text, max(r[SIZE] for r in letters))]


# Words a document sets letter-spaced besides its column labels: titles and party labels
_SPACED_TITLES = frozenset({
    "invoice", "bill", "ship", "to", "sold", "from", "remit", "date", "order", "number", "page", "customer",
    "terms", "due", "subtotal", "tax", "notes", "receipt", "quote", "estimate", "statement", "purchase",
    "rechnung", "facture", "factuur", "factura", "lieferschein", "angebot", "devis", "offerte", "presupuesto",
})


@functools.lru_cache(maxsize=1)
def _spaced_words() -> frozenset[str]:
    """Words a document sets letter-spaced ("S T Y L E", "I N V O I C E"): its column labels, titles and
    party labels; the text layer joins spaced capitals only into these."""
    from invoice_processing.layout.lexicon import LABEL_WORDS

    return LABEL_WORDS | _SPACED_TITLES
