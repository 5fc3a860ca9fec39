"""Prices printed per pack: per hundred, thousand, dozen or pair, not per unit; lines billed by weight; a
line's discount rate.

"53.3300 | Per C" (per hundred), "14.79/DZ" (per dozen), "117.14/PR" (per pair), "Preis | PE
1.000". The sheet's price is one unit's, so ``products`` divides by the pack when the row's own
arithmetic says so (quantity × price ÷ pack = amount)."""

from __future__ import annotations

import re
from decimal import Decimal

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.column_choice import adds_up
from invoice_processing.layout.item_text import column_text, is_flag
from invoice_processing.layout.numbers import NumberFormat, parse_quantity, whole
from invoice_processing.layout.rows import Row, Table

PACKS = {"c": 100, "m": 1000, "dz": 12, "doz": 12, "dozen": 12, "pr": 2, "pair": 2, "gr": 144, "gross": 144,
         "e": 1, "ea": 1, "each": 1}
_PER_LABEL = re.compile(r"(?:per|/)\s*(m|c|1,?000|100|thousand|hundred)$")
_LABEL_PACKS = {"m": 1000, "1000": 1000, "thousand": 1000, "c": 100, "100": 100, "hundred": 100}
_SUFFIX = re.compile(r"/\s*([A-Za-z]+)\.?\s*$")  # "14.79/DZ"
_WORD_AFTER = re.compile(r"\d\s+([A-Za-z]{1,5})\.?\s*$")  # "985.00 M": a per column's letter set close to the price


def pack_of(row: Row, table: Table, price: int, fmt: NumberFormat) -> int | None:
    """How many units the row's price is for, where the row prints it (after the price, or in a
    "Per" column: "C", "M", "DZ", "100", "1.000", "100 ST"); None when it prints none."""
    suffix = _SUFFIX.search(row.values.get(price, ""))
    if suffix:
        return PACKS.get(suffix.group(1).lower())
    after = _WORD_AFTER.search(row.values.get(price, ""))
    if after and after.group(1).lower() in PACKS:
        return PACKS[after.group(1).lower()]
    labelled = _PER_LABEL.search(lx.normal_label(table.columns[price].label))
    if labelled:  # "Price per M" over every row's price
        return _LABEL_PACKS[labelled.group(1).replace(",", "")]
    for index, column in enumerate(table.columns):
        if lx.normal_label(column.label) in lx.PER_LABELS:
            text = _PER_LEAD.sub("", row.values.get(index, "").strip())  # ("per 1,000" under "Per": its count)
            count_and_unit = text.split()
            if len(count_and_unit) == 2 and lx.UNITS.match(count_and_unit[1]):
                text = count_and_unit[0]  # "100 ST": per hundred pieces
            if text.lower() in PACKS:
                return PACKS[text.lower()]
            count = parse_quantity(text, fmt) if text else None
            return whole(count) if count is not None and count > 0 else None
    return _per_under(row, price)


_PER = "|".join(label for label in sorted(lx.PER_LABELS) if label.isalpha())  # "per", "je", "par", ...
_PER_WORD = re.compile(rf"(?:^|\s)(?:{_PER})\s*$", re.I)
_PER_LEAD = re.compile(rf"^(?:{_PER})\s+(?=\d)", re.I)
_PER_COUNT = re.compile(rf"^(?:(?:{_PER})\s+)?(10|100|1\.?000)$", re.I)


def _per_under(row: Row, price: int) -> int | None:
    """A pack printed on the line under the price ("51,75" over "per 100", the "per" maybe ending
    the description's cell beside it): how many units the price is for."""
    for wrap in row.below[:1]:
        found = _PER_COUNT.match(wrap.values.get(price, "").strip())
        before = " ".join(text for index, text in sorted(wrap.values.items()) if index < price)
        if found and (" " in found.group(0) or _PER_WORD.search(before)):
            return int(found.group(1).replace(".", ""))
    return None


_WEIGHT = re.compile(r"\b(?:weight|wt|lbs?|kgs?|gewicht|poids|peso)\b")
_PER_WEIGHT = re.compile(r"\d\s*/?\s*(?:lbs?|kgs?|kilos?)\.?$", re.I)  # a price per pound or kilo: "24.60 kg"


def weighed(row: Row, table: Table, price: Decimal, amount: Decimal, fmt: NumberFormat) -> Decimal | None:
    """The weight a row is billed by where its count is not: a weight column's value that times the price
    (per pound, per kilo) is the amount ("1 | CS | ... | WEIGHT 10.42 | 6.29 | LB | 65.54"), or an unnamed column's
    beside a price per pound or kilo ("2 | CS | ... | Billed 13.84 | 24.60 kg | 340.46"); None otherwise."""
    per_weight = any(_PER_WEIGHT.search(row.values.get(index, "")) for index in table.indexes(lx.PRICE))
    for index, column in enumerate(table.columns):
        if (column.role == lx.NUMBER and _WEIGHT.search(lx.normal_label(column.label))) or (
                per_weight and column.role == lx.OTHER):
            text = row.values.get(index, "").strip()
            value = parse_quantity(text, fmt)
            if value is None and len(text.split()) > 1 and all(is_flag(t) for t in text.split()[1:]):
                value = parse_quantity(text.split()[0], fmt)  # (the tax's flag beside it: "13.84 Z")
            if value is not None and value > 0 and adds_up(value, price, amount):
                return value
    return None


def packed(row: Row, table: Table, qty: Decimal, price: Decimal, amount: Decimal) -> Decimal | None:
    """The units a row ships where its count is of packs and its price per unit: the count times a whole number
    under a pack's label ("Pack | Ship | UM | Price | Per" over "12 | 3 | CS | 2.75 | EA | 99.00": 36 eaches);
    None otherwise."""
    for index, column in enumerate(table.columns):
        size = row.values.get(index, "").strip()
        if column.role in (lx.UOM, lx.NUMBER) and _PACK.fullmatch(lx.normal_label(column.label)) and size.isdigit() \
                and 1 < int(size) <= 1000 and adds_up(qty * int(size), price, amount):
            return qty * int(size)
    return None


# a pack's size over its column ("Pack", "Case Pack", "Pk Size", "Units/Case", "VPE", "Inner")
_PACK = re.compile(r"(?:case\s*)?pack(?:\s*size)?|pk(?:\s*size)?|units?\s*(?:/|per)\s*(?:case|pack|carton|ctn)|"
                   r"(?:case|ctn|carton)\s*qty|vpe|inner|master\s*pack", re.I)


_RATE = re.compile(r"(\d{1,3}(?:[.,]\d+)?)\s*%")
_BARE_RATE = re.compile(r"(\d{1,2}(?:[.,]\d+)?)")


def discount_rate(row: Row, table: Table) -> Decimal | None:
    """The rate printed in the row's discount column ("Disc 46%", "10,5 %"), as a fraction."""
    text = column_text(row, table, lx.DISCOUNT)
    lone = [c.label for c in table.columns if c.role == lx.DISCOUNT]  # ("15,0" under a lone "REM%")
    found = _RATE.search(text) or (_BARE_RATE.fullmatch(text.strip()) if len(lone) == 1 and "%" in lone[0] else None)
    return Decimal(found.group(1).replace(",", ".")) / 100 if found else None


def given_free(rate: Decimal | None, amount: Decimal | None) -> bool:
    """Goods given free: the row's discount is the whole price ("Dto. 100%"), its amount empty or nothing."""
    return rate is not None and rate >= 1 and not amount
