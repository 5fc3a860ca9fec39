"""Numbers as a document prints them: its decimal mark, decided once per document.

``1,234.56`` and ``1.234,56`` are both common; a document uses one convention throughout, so the
evidence of all its numbers decides how an ambiguous one (``1,250``) is read. Quantities may
carry a unit after them (``4 EA``, ``12 Stk``, ``2 pcs``) and amounts a currency sign or code.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from invoice_processing.layout.lexicon import CURRENCY, UNITS

_CURRENCY = re.compile(CURRENCY, re.I)
_NUMBER = re.compile(r"^[(\-−]?\s*\d[\d.,'\u00a0 ]*\)?-?$")
_POINT_DECIMAL = re.compile(r"\d\.\d{1,4}$")
_COMMA_DECIMAL = re.compile(r"\d,\d{1,4}$")
_GROUPED_POINT = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$")
# commas grouping thousands, or lakhs and crores ("1,86,760.00")
_GROUPED_COMMA = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?$")


@dataclass(frozen=True)
class NumberFormat:
    """How one document writes numbers: ``decimal`` is "." or ","."""

    decimal: str = "."

    @property
    def group(self) -> str:
        return "," if self.decimal == "." else "."


POINT, COMMA = NumberFormat("."), NumberFormat(",")


def detect_format(texts: Iterable[str]) -> NumberFormat:
    """The convention most of the document's numbers show (point when nothing tells)."""
    point = comma = 0
    thousands = False  # a number whose point can only group thousands: "2.000", "$27.166" (pesos) and no cents
    dinar = False  # the document names a currency of three decimals ("KWD", "2.150 KD")
    for text in texts:
        for token in re.findall(r"\d[\d.,]*\d", text):
            if "." in token and "," in token:
                if token.rfind(",") > token.rfind("."):
                    comma += 2
                else:
                    point += 2
            elif re.fullmatch(r"\d+,\d{2}", token) or _POINT_GROUPS.fullmatch(token):
                comma += 1
            elif re.fullmatch(r"\d+\.\d{2}", token) or _COMMA_GROUPS.fullmatch(token):
                point += 1
            elif _ONLY_DECIMAL.fullmatch(token):  # "0.6300", "0.630": no thousands group starts with 0 nor has 4 digits
                point += 1 if "." in token else 0
                comma += 1 if "," in token else 0
            thousands = thousands or bool(re.fullmatch(r"[1-9]\d{0,2}\.\d{3}", token))
        dinar = dinar or bool(_THREE_DECIMALS.search(text))
    if comma == point == 0 and thousands and not dinar:
        return COMMA  # no cents anywhere and points every three digits: a currency without cents (CLP, PYG, JPY)
    return COMMA if comma > point else POINT


# a mark that can only be the decimal one ("0.6300", "12.5000"; not a month and year, "03.2024")
_ONLY_DECIMAL = re.compile(r"0[.,]\d+|\d+[.,](?!(?:19|20)\d\d$)\d{4,}")
_POINT_GROUPS = re.compile(r"\d{1,3}(?:\.\d{3}){2,}")  # "1.560.000": points group thousands
_COMMA_GROUPS = re.compile(r"\d{1,3}(?:,\d{3}){2,}")  # "1,560,000": commas group thousands
# currencies written with three decimals (Kuwaiti, Bahraini, Omani, Jordanian, Tunisian dinars): "2.150 KD"
_THREE_DECIMALS = re.compile(r"\b(?:KWD|KD|BHD|BD|OMR|JOD|TND)\b")


# a rate's unit after its price ("$95.00/hr", "12,50 / Tag", "12.742/EA"): the price per that unit
# (its currency's sign may stand between: "3,50 € / p.", "2,70 € / bte", a French farm shop's)
_PER_UNIT = re.compile(r"(?:(?<=\d[.,]\d\d)|(?<=\d[.,]\d{3})|(?<=\d[.,]\d{4}))\s*(?:[€$£]\s*)?/\s*"
                       r"(?:hr|hrs|hour|h|day|tag|jour|month|mo|week|wk|year|yr|ea|each|"
                       r"unit|pc|kg|lb|m|m²|sq\.?\s*ft|ft|c|dz|doz|dozen|pr|pair|gr|gross|p|bte|pi[èe]ce)\.?$", re.I)


# marks that group thousands and nothing else: spaces (no-break, narrow and thin too) and apostrophes ("1’954.00")
_GROUP_MARKS = str.maketrans("", "", " \u00a0\u202f\u2009'’")


# the euro sign as a LaTeX font without its Unicode name writes it: "e" after an amount's cents ("9,80 e") or
# before an amount with cents ("e 4,05")
_LATEX_EURO = re.compile(r"(?<=\d[.,]\d\d)\s+e$|^e\s+(?=[\d.,]*\d[.,]\d\d$)")


# the tax basis printed after an amount ("800 DH HT", "960,00 € TTC": before or with the taxes)
_TAX_BASIS = re.compile(r"(?<=\S)\s+(?-i:HT|TTC|H\.T\.|T\.T\.C\.|HTVA)$")

# a tax's rate in brackets after its amount ("£17.04 (20%)" under "VAT")
_RATE_AFTER = re.compile(r"(?:(?<=\d[.,]\d\d)|(?<=\d[.,]\d\d\)))\s*\(\s*\d{1,3}(?:[.,]\d{1,2})?\s*%\s*\)$")

# a whole amount with a dash for its cents ("€ 1.600,–", "Fr. 25.-"): no negative sign
CENTS = re.compile(r"\d[.,]\d\d$")  # an amount printed with its cents ("12.50", "1.234,56")
_DASHED_CENTS = re.compile(r"(?<=\d)[.,]\s?[-–—]{1,2}$")


def _strip(text: str) -> tuple[str, bool]:
    """The bare number and whether it is negative (``(3.00)``, ``-3.00``, ``3.00-``)."""
    raw = _CURRENCY.sub("", _LATEX_EURO.sub("", _PER_UNIT.sub("", _TAX_BASIS.sub("", _RATE_AFTER.sub(
        "", text.strip()))))).strip()
    raw = _DASHED_CENTS.sub("", raw)
    negative = raw.startswith(("(", "-", "−")) or raw.endswith("-")
    return raw.strip("()-−").translate(_GROUP_MARKS), negative


@functools.lru_cache(maxsize=1024)  # a page repeats its cells' texts (bounded: a 100-page document has thousands)
def parse_amount(text: str, fmt: NumberFormat = POINT) -> Decimal | None:
    """A money amount or price, every printed digit kept; None when ``text`` is not one number."""
    raw, negative = _strip(text)
    if len(raw) == 3 and raw[0] == fmt.decimal and raw[1:].isdigit():
        raw = "0" + raw  # ".00", ".01": cents without the zero before them (an ERP's amounts)
    if not raw or not _NUMBER.match(raw) or not raw[0].isdigit() or not raw[-1].isdigit():
        return None
    if raw.isdigit() and len(raw) >= 13:  # a tracking number or an EAN, never an amount
        return None
    if fmt.decimal == ",":
        if _GROUPED_POINT.match(raw) or re.fullmatch(r"\d+(?:,\d+)?", raw):
            raw = raw.replace(".", "").replace(",", ".")
        elif re.fullmatch(r"\d+\.\d{1,2}", raw):  # a stray point-decimal in a comma document: read as printed
            pass
        else:
            return None
    else:
        if _GROUPED_COMMA.match(raw) or re.fullmatch(r"\d+(?:\.\d+)?", raw):
            raw = raw.replace(",", "")
        elif re.fullmatch(r"\d+,\d{1,2}", raw):  # a stray comma-decimal in a point document
            raw = raw.replace(",", ".")
        else:
            return None
    try:
        value = Decimal(raw)
    except InvalidOperation:
        return None
    return -value if negative else value


_SPACE_GROUPED = re.compile(r"\d{1,3}(?: \d{3})+(?:[.,]\d+)?")


def split_unit(text: str) -> tuple[str, str]:
    """``"4 EA"`` → ``("4", "EA")``, ``"1 000 pcs"`` → ``("1 000", "pcs")``; ``"12"`` → ``("12", "")``: a unit
    word after a quantity."""
    parts = text.strip().split()
    if len(parts) == 2 and UNITS.match(parts[1].rstrip("/")):  # "800 pcs/" over its translation ("db")
        return parts[0], parts[1].rstrip("/")
    if len(parts) > 2 and UNITS.match(parts[-1].rstrip("/")) and _SPACE_GROUPED.fullmatch(" ".join(parts[:-1])):
        return " ".join(parts[:-1]), parts[-1].rstrip("/")  # "1 000 pcs": a space groups the count's thousands
    match = re.fullmatch(r"([\d.,]+)\s*([A-Za-z²]{1,5}\.?)", text.strip())
    if match and UNITS.match(match.group(2)):
        return match.group(1), match.group(2)
    return text.strip(), ""


_TIMES = re.compile(r"^\s*×\s*(?=\d)")
_LOTS_OF = re.compile(r"^\s*(\d[\d.,]*)\s+(?:lots?|doos|dozen|cases?|box(?:es)?|packs?|cartons?|kartons?|colis|cajas?|"
                      r"paquetes?|ve|pck|pk)\.?\s+(?:de|of|à|a|van|x|×)?\s*\d+\s*$", re.I)
_CASES_OF = re.compile(r"^\s*(\d{1,4})\s*[x×]\s*(\d{1,4})\s*$")  # cases times units per case, in a quantity's cell
# a count in two units ("4 cs / 48 ea"): cases and the eaches they hold
_TWO_UNITS = re.compile(r"^\s*(\d[\d.,]*)\s*([A-Za-z]{1,6})\.?\s*/\s*(\d[\d.,]*)\s*([A-Za-z]{1,6})\.?\s*$")
_SINGLES = frozenset({"ea", "each", "pc", "pcs", "unit", "units", "un", "st", "stk", "u"})
_PACKED = re.compile(r"(?<=[\d.])\s*\([^()]*\d[^()]*\)\s*$")  # "12 (2 x 6)", "3 (3 cases of 1)": the cases apart


@functools.lru_cache(maxsize=1024)
def parse_quantity(text: str, fmt: NumberFormat = POINT) -> Decimal | None:
    """A quantity, with an optional unit word after it ("12 EA"), a times sign before it ("× 24")
    or its cases in brackets after it ("12 (2 x 6)"); whole or decimal (hours, kilograms)."""
    packs = _CASES_OF.match(text)
    if packs:  # "2 x 6": two cases of six
        return Decimal(int(packs[1]) * int(packs[2]))
    two = _TWO_UNITS.match(text)
    if two and UNITS.match(two[2]) and UNITS.match(two[4]):  # the single pieces' count, which a price "/ea" is for
        text = two[1] if two[2].lower() in _SINGLES and two[4].lower() not in _SINGLES else two[3]
    lots = _LOTS_OF.match(text)
    if lots:  # "1,00 Lot de 6", "3 doos 12": the lots counted, the price is a lot's
        text = lots[1]
    number, _ = split_unit(_TIMES.sub("", _PACKED.sub("", text)))
    value = parse_amount(number, fmt)
    if value is None or value < 0 or _CURRENCY.search(_FEET.sub("", text)):
        return None
    return value


_FEET = re.compile(r"(?<=\d)\s*Ft\b\.?\s*$")  # "50 Ft": a quantity's feet, never its forints


@functools.lru_cache(maxsize=1024)
def is_numeric(text: str, fmt: NumberFormat = POINT) -> bool:
    """True for a cell that is one number (with a currency, a unit or a percent sign at most)."""
    stripped = text.strip().rstrip("%").strip()
    sized = _CASES_OF.match(stripped)
    if sized and int(sized[1]) >= 10 and int(sized[2]) >= 10:
        return False  # "24 x 36": a size, not cases times units ("2 x 6")
    return parse_amount(stripped, fmt) is not None or parse_quantity(stripped, fmt) is not None


def to_the_cent(count: Decimal | int, unit: Decimal, amount: Decimal) -> bool:
    """True when ``count`` times ``unit`` makes ``amount`` to the cent (a receipt's "4 @ 7.49 |
    29.96", a card's "12 × $15.75 | $189.00")."""
    return abs(count * unit - amount) <= Decimal("0.011")


def whole(value: Decimal) -> int | None:
    """The integer a quantity is, or None when it has a fraction."""
    return int(value) if value == value.to_integral_value() else None
