"""A firm's name set in two lines of a letterhead, read as one ("VAN DIJK" over "Woonaccessoires B.V.",
"Nemzeti Informatikai Infrastruktúra és" over "Biztonságért KFT.")."""

from __future__ import annotations

import re

from invoice_processing.layout.fields import PageView, Phrase, pitch
from invoice_processing.vendors.issuer_names import LEGAL_FORM, clean, formed, name_key, name_like


def form_under(name: str, view: PageView, customer_names: set[str]) -> str:
    """A letterhead's name without a legal form joined with the line right under it, in smaller type and aligned
    with it, that is one word and a form ("VAN DIJK" over "Woonaccessoires B.V."): the firm's name set in two lines
    (never a franchisee's own firm under its brand, "RE/MAX" over "Harbour Realty Ltd", a name by itself)."""
    if formed(name):
        return name
    for at, row in enumerate(view.rows[:8]):  # (a letterhead's lines)
        mine = [p for p in row if clean(p.text) == name]
        below = view.rows[at + 1] if at + 1 < len(view.rows) else []
        under = [p for p in below if mine and abs(p.x0 - mine[0].x0) <= 2]
        rest = clean(under[0].text) if under else ""
        form = LEGAL_FORM.search(rest)
        if form is None or not formed(rest) or len(rest[:form.start()].split()) != 1 or form.end() < len(rest.rstrip(
                ". ")):
            continue
        if name_like(rest) and name_key(rest) not in customer_names and pitch(under[0]) < pitch(mine[0]):
            return f"{name} {rest}" if name_like(f"{name} {rest}") else name
    return name


_JOINER_END = re.compile(r"\s(?:and|&|und|et|y|e|és|en|og|och)$", re.I)
_JOINER_START = re.compile(r"(?:di|de|del|della|du|des|van|von|of)\s")  # a name's second line, in lower case


def joined_above(name: str, view: PageView, customer_names: set[str]) -> str:
    """A firm's name whose first line ends with its joining word over a second line with its legal form, the winner,
    the two aligned left, right or on their centres and set alike ("Nemzeti Informatikai Infrastruktúra és" over
    "Biztonságért KFT."), or whose second line starts with one under its first, aligned left and set no smaller
    ("CERAMICHE ARTISTICHE VIETRESI" over "di Amato Luca & C. s.a.s."): the two lines as one name."""
    if not formed(name):
        return name
    for at, row in enumerate(view.rows[1:12], start=1):
        mine = [p for p in row if clean(p.text) == name]
        above = [p for p in view.rows[at - 1] if mine and _aligned(p, mine[0])
                 and abs(pitch(p) - pitch(mine[0])) <= 0.2 * pitch(mine[0]) and _JOINER_END.search(p.text.strip())]
        if mine and _JOINER_START.match(name):  # ("CERAMICHE ARTISTICHE VIETRESI" over "di Amato Luca & C. s.a.s.")
            above = [p for r in view.rows[max(0, at - 2):at] for p in r if abs(p.x0 - mine[0].x0) <= 3
                     and pitch(p) >= pitch(mine[0]) and name_like(p.text) and not LEGAL_FORM.search(p.text)][-1:]
        joined = f"{above[0].text.strip()} {name}" if above else ""
        if joined and name_like(joined) and name_key(joined) not in customer_names:
            return joined
    return name


def _aligned(a: Phrase, b: Phrase) -> bool:
    return abs(a.x0 - b.x0) <= 3 or abs(a.x1 - b.x1) <= 3 or abs(a.x0 + a.x1 - b.x0 - b.x1) <= 6
