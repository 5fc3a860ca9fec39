"""A product's code or barcode printed inside its description's text, by its label ("Felt Garland
SKU: CM4574", "[UPC 807802872220]") or in an ERP's square brackets before the name ("[NB-TEE-NA-S]
Organic Crew Tee"): found, and taken out of the text."""

from __future__ import annotations

import re

from invoice_processing.layout import lexicon as lx

# a UPC named by its label inside the description's text ("Heart Ornament 3\" [UPC 807802872220]", a line "UPC
# 191009857221" under the name): with its brackets and the separator before it
_LABELLED_UPC = re.compile(rf"\s*[-|,;]?\s*([\[(])?\b{lx.UPC_LABEL}(?:-?1[23])?\b\s*[:#]?\s*(\d{{12,14}})\b"
                           r"\s*(?(1)[\])])", re.I)


def labelled_upc(description: str) -> tuple[str, str]:
    """(UPC, description without it) for a UPC printed by its label in the description's text; ("",
    description) when none is."""
    return _cut(_LABELLED_UPC.search(description), 2, description)


# a product's code named by its label after its name, as a card prints it on a line under the name ("... Garland
# SKU: CM4574", maybe its UPC after it), or before it ("SKU: 981 Vitamine D3 Spray"): the label in capitals, a
# code of capitals and digits, at the text's end or start (a style's code starts with a letter: "Style GCB011
# · Boxed Set of 1", never "Art Deco Style 1920")
_LABEL = (r"(?:SKU|Sku|Item\s*#|Item\s*No\.?|(?:Style|STYLE)(?:\s*#|\s*No\.?)?(?=\s*[:#]?\s*[A-Z]))\s*[:#]?\s*"
          r"([A-Z0-9][A-Z0-9./-]*\d[A-Z0-9./-]*"
          r"|[A-Z]{2,}(?:-[A-Z0-9]+){2,})")  # (or three parts of capitals: "SKU: HH-VAS-BUD-OAT"; not "NON-GMO")
_LABELLED_CODE = re.compile(rf"\s*[-|,;]?\s*(?<![-\w]){_LABEL}(?=\s*(?:$|{lx.UPC_LABEL}\b))|^{_LABEL}(?=\s|$)")


def labelled_code(description: str) -> tuple[str, str]:
    """(code, description without it) for a code printed by its label at the end or the start of the
    description's text ("Felt Garland 96\"L SKU: CM4574", "SKU: 981 Vitamine D3"); ("", description) when
    none is ("Multi-SKU 24pc display", "Replacement part for Item #4521 drill")."""
    found = _LABELLED_CODE.search(description)
    return _cut(found, 1 if found is None or found.group(1) else 2, description)


# a code in square brackets before the name, as an ERP prints its internal reference ("[NB-TEE-NA-S] Organic Crew
# Tee (Navy, S)"): capitals, digits and joining marks, a digit among them
_BRACKETED_CODE = re.compile(r"^\[\s*([A-Z0-9][A-Z0-9./_-]*)\s*\]\s+(?=\S)")
_COUNTED = re.compile(r"^\d+-[A-Z]+$")  # "[2-PACK]", "[12-MONTH]": a count and its unit, no code


def bracketed_code(description: str) -> tuple[str, str]:
    """(code, description without it) for a code printed in square brackets before the name, as Odoo
    prints its references: letters with digits ("[CON-8556]"), capitals joined by hyphens
    ("[WEB-KON]") or four digits and more, no year ("[000117]", "[7482]"); ("", description) when none is ("[Sample]
    Linen Towel", "[PRE-ORDER] Throw", "[3/4] Inch elbow", "[2-PACK] Wraps", "[2024] Planner")."""
    found = _BRACKETED_CODE.match(description)
    code = found.group(1) if found else ""
    lettered = any(ch.isalpha() for ch in code) and any(ch.isdigit() for ch in code) and not _COUNTED.match(code)
    joined = "-" in code and code.replace("-", "").isalpha() and code not in _FLAGS
    numbered = code.isdigit() and len(code) >= 4 and not re.fullmatch(r"(?:19|20)\d\d", code)  # (no year)
    return _cut(found, 1, description) if lettered or joined or numbered else ("", description)


# words in capitals an ERP's brackets flag a line with, no reference
_FLAGS = frozenset({"PRE-ORDER", "BACK-ORDER", "RE-ORDER", "ON-SALE", "GIFT-WRAP", "T-SHIRT", "CLOSE-OUT",
                    "MADE-TO-ORDER", "NON-GMO", "ONE-SIZE"})


def codes_in_text(code: str, upc: str, description: str) -> tuple[str, str, str]:
    """(code, UPC, description): the codes named by their labels in the text ("SKU: CM4574  UPC:
    810422305146" under the name) where the row's columns print none, or a code in brackets before
    the name where the row has none; no part of the description either way."""
    named, description = labelled_code(description)
    if named:
        found_upc, description = labelled_upc(description)
        return code or named, upc or found_upc, description
    if not code:
        code, description = bracketed_code(description)
    return code, upc, description


def codes_in_names(descriptions: list[str]) -> list[tuple[str, str]]:
    """(code, name) for each of a table's descriptions, a code cut off the name's start where most of them (two
    at least, more than half) start with one ("HO-TY04 Letterpress Thank You card", "SB708 Ceramic Egg Cup": a code
    column printed in the description's), or end with one in brackets ("Linen Tea Towel - Lemons (DB-197)"); else
    ("", description) for each (a "COVID-19 Antigen Test Kit" or an "OMEGA-3 Fish Oil" among names is a name)."""
    for pattern in (_LEADING_CODE, _TRAILING_CODE):
        found = [pattern.search(description) for description in descriptions]
        if (coded := sum(1 for match in found if match)) >= 2 and 2 * coded > len(descriptions):
            return [(match.group(1), (description[:match.start()] + description[match.end():]).strip())
                    if match else ("", description) for match, description in zip(found, descriptions, strict=True)]
    return [("", description) for description in descriptions]


# a code of capitals and digits in brackets ending a name (one token, letters first, then a digit: "(DB-197)",
# "(HX5678B)"; not "(Set of 4)", "(12oz)", "(8X10)", "(2-PACK)" or "(2024)")
_TRAILING_CODE = re.compile(r"\s*\(((?=[A-Z0-9-]*\d)[A-Z]{1,5}-?\d[A-Z0-9-]*)\)$")


# a code of capitals and digits leading a name (two words at least after it), letters first ("HO-TY04", "SB708"),
# five characters or joined by a hyphen, or three parts of capitals ("LC-PEN-GEL"); not "3-PIECE SET", "A5 Notebook",
# "X100 Camera", "T-SHIRT Navy"
_LEADING_CODE = re.compile(r"^((?=[A-Z0-9-]{5,}\s|[A-Z]+-)[A-Z]{1,5}-?(?=[A-Z0-9-]*\d)[A-Z0-9]+(?:-[A-Z0-9]+)*"
                           r"|[A-Z]{2,}(?:-[A-Z0-9]+){2,})\s+(?=[A-Za-z][^\s]*\s+\S)")


def _cut(found: re.Match[str] | None, group: int, text: str) -> tuple[str, str]:
    """(the match's ``group``, ``text`` without the match), or ("", text) without a match."""
    if found is None:
        return "", text
    return found.group(group), " ".join((text[:found.start()] + " " + text[found.end():]).split())
