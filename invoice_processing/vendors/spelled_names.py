"""The full name a logo's short form or letters stand for (``spelled_out``): "GREAT LAKES" over "Great Lakes
Industrial Distributors", "F&F" over "Fern and Fable Goods"."""

from __future__ import annotations

import re

from invoice_processing.vendors.issuer_names import LEGAL_FORM, squash

_MONOGRAM = re.compile(r"^[A-Z](?:\s?[&+]\s?[A-Z]){1,2}$")  # a logo's letters: "F&F", "M & M", "A+B+C"
_JOINING = frozenset({"&", "+", "and", "und", "et", "y", "en", "e"})


def monogram_name(name: str, names: list[tuple[str, bool]]) -> str:
    """The name a logo's monogram stands for ("F&F" over "Fern and Fable Goods", "M&M" by "Moss & Mortar
    Ceramics"): the first of ``names`` printed near it (each with whether it is) whose words start with the
    monogram's letters in order; else ""."""
    if not _MONOGRAM.match(name):
        return ""
    letters = [ch for ch in name if ch.isalpha()]
    for full, near in names:
        words = [word for word in LEGAL_FORM.sub("", full).split() if word.lower() not in _JOINING]
        initials = [word[0].upper() for word in words]
        # (one word more at most, a trade's: "Goods", "Ceramics"; never "Terms and Conditions Apply")
        if near and _WORDS_ONLY.match(full) and initials[:len(letters)] == letters and len(words) <= len(
                letters) + 1 and not _NOT_A_NAME.intersection(word.lower() for word in words):
            return full
    return ""


_NOT_A_NAME = frozenset({"terms", "conditions", "apply", "office", "pay", "later", "shipping", "department", "dept"})


_WORDS_ONLY = re.compile(r"^[^\W\d_][\w&.,'’ -]*$")  # a name of words, not a name with its web address


def spelled_out(name: str, names: list[tuple[str, bool]]) -> str:
    """The issuer's full name where the winner is its short form set as a logo ("GREAT LAKES" over
    "Great Lakes Industrial Distributors"), or a name without its legal form inside a longer one
    with it ("Atlântica" in "Tipografia Atlântica, Lda."). A logo's monogram before its word ("B
    Brightwater": a letter in a circle) is no part of the name, and a logo of letters alone ("F&F") stands for
    the name printed near it whose words start with them; a one-word logo ("Saltmarsh",
    "meridian") is the short form of a name that starts with it ("Saltmarsh Bakehouse") printed over
    the products with nearly the evidence the logo has (``names``: each with whether it is such)."""
    words = name.split()
    if lettered := monogram_name(name, names):
        return lettered
    if len(words) >= 2 and len(words[0]) == 1 and words[0].isupper() and words[1][:1] == words[0]:
        unlettered = _fuller(" ".join(words[1:]), names)  # (only where that fuller name is printed: "S Smith" stays)
        if unlettered:
            return unlettered
    return _fuller(name, names) or name


def _fuller(name: str, names: list[tuple[str, bool]]) -> str:
    """The shortest of ``names`` that spells ``name`` out (see ``spelled_out``), or ""."""
    key = squash(name)
    short = name.isupper() or name.islower() or len(name.split()) == 1
    numbered = any(ch.isdigit() for ch in name)  # (never with its box or street: "... KG - Hafenstraße 41")
    fuller = [n for n, near in names if len(squash(n)) > len(key) and _WORDS_ONLY.match(n) and (
        numbered or not any(ch.isdigit() for ch in n)) and (
        (squash(n).startswith(key) and (name.isupper() or LEGAL_FORM.search(n) or (short and near)))
        or (key in squash(n) and LEGAL_FORM.search(n) and not LEGAL_FORM.search(name)))]
    return min(fuller, key=len) if fuller else ""
