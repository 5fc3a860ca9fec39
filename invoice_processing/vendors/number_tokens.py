"""A document's number read from the text beside or under its label (``read_id``): a token with a digit that is no
date, amount or phone number, with its kind's prefix or its groups of digits ("PO 88214", "726 752 5181")."""

from __future__ import annotations

import re
from itertools import takewhile

from invoice_processing.layout import field_labels as fl
from invoice_processing.normalize import date_span, parse_date

_ID_TOKEN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_\-/.#]*$")  # ("Quote_#1")
_AMOUNT = re.compile(r"^[-(]?[$€£₹]|[$€£%]$|^\d{1,3}(?:[.,]\d{3})*[.,]\d{2}$")
_PREFIX = re.compile(r"^[A-Z]{1,3}(?:-[A-Z]{1,4})?$")  # ("PO 88214", "KL-INV 7716", "CAU-E 1187")
# a number printed in groups of digits after a short first one, maybe with a dash ("25 1 04417", "25 - 11.474")
# a date in groups ("12 03 2025", "06 2025", "10 06 25")
_SPACED_DATE = re.compile(r"(?:(?:0?[1-9]|[12]\d|3[01])\s+)?(?:0?[1-9]|[12]\d|3[01])\s+(?:19|20)\d{2}|"
                          r"(?:0?[1-9]|[12]\d|3[01])\s+(?:0?[1-9]|1[0-2])\s+\d{2}")
_DIGIT_GROUPS = re.compile(r"\d{1,5}(?:\s+(?:-\s+)?\d{1,6}(?:\.\d{3})?){1,3}")
_NUMBER_WORDS = frozenset({"NO", "NR", "NRO", "NUM", "Nº", "N°"})  # a number's label word, not its kind
_LETTERED = re.compile(r"[B-DF-HJ-NP-TV-Z]{4}")  # four initials, no word ("PRSF 7730412"; not "COPY", "BILL")
_KIND_WORDS = frozenset({"ORD", "INV", "DOC", "REF", "INVOICE"})  # a document's kind as a label ("Our ref: Invoice X")
_PHONE_WORDS = frozenset({"TEL", "FAX", "PH", "MOB", "TLF", "TFN", "GSM"})
_YEAR = re.compile(fl.YEAR)
_PHONE = re.compile(r"^\+\d|^\(\d{3}\)|^\d{3}[-.]\d{3}[-.]\d{4}$")


def _id_token(token: str) -> bool:
    return (bool(_ID_TOKEN.match(token)) and any(c.isdigit() for c in token) and not _AMOUNT.search(token)
            and not _PHONE.search(token) and parse_date(token) is None)


def read_id(text: str) -> str | None:
    """A number at the start of ``text`` as printed: a token with a digit that is no date, amount
    or phone number ("#88213" and "# 12" without the number sign, "# BLR_WFLD20" with it;
    "2212618452 - 1800001" stays whole)."""
    tokens = [t.rstrip(".,;:") for t in text.strip().lstrip(":").split()]  # "No | : | IN647760": the colon apart
    glued = bool(tokens) and tokens[0].startswith("#") and len(tokens[0]) > 1
    if tokens and tokens[0].upper() in fl.TAX_ID_WORDS:
        return None  # "CIF B98765432" beside the title: the seller's tax number, not the document's
    tokens = _first_words(tokens)
    grouped = _DIGIT_GROUPS.fullmatch(" ".join(tokens)) if tokens and len(tokens[0]) < 3 else None
    if grouped and sum(ch.isdigit() for ch in grouped.group()) >= 5 and not date_span(grouped.group()) and not (
            _PHONE.search(grouped.group()) or _SPACED_DATE.fullmatch(grouped.group())):
        return grouped.group()
    if not tokens or len(tokens[0]) < 3 or not _id_token(tokens[0].lstrip("#").replace(" ", "")):
        return None
    value = tokens[0]
    groups = [t for t in tokens[:4] if t.isdigit() and 3 <= len(t) <= 4]
    pair = [len(g) for g in groups] == [3, 4] and groups[1][:2] not in ("19", "20")  # ("910 4418"; not "512 2025")
    if groups == tokens[:len(groups)] and (len(groups) >= 3 or pair):
        value = " ".join(groups)  # a number printed in groups ("726 752 5181"; not "726 752")
    if value.startswith("#") and (value[1:2].isdigit() or glued):
        # "#88213", "#2023-001", a web shop's "#FA2025/083518": the number sign before a number ("# BLR_WFLD2015..."
        # set apart from it keeps it, as its truth does)
        value = value[1:]
    while len(tokens) >= 3 and tokens[1] == "-" and _id_token(tokens[2]):
        value, tokens = f"{value} - {tokens[2]}", tokens[2:]  # ("2212618452 - 1800001")
    if len(tokens) >= 3 and tokens[1] == "/" and _YEAR.fullmatch(value) and tokens[2].isdigit() and len(tokens[2]) >= 3:
        value = f"{value} / {tokens[2]}"  # a year's series and its number ("2025 / 2318"; not "4711 / 1 of 2")
    if len(tokens) >= 2 and value.endswith(("-", "/")) and tokens[1].isdigit() and len(tokens[1]) <= 6:
        value = f"{value} {tokens[1]}"  # the last group set apart after its dash ("MMPL/25-26/PO- 89")
    return value if len(value) <= 40 else None


def _first_words(tokens: list[str]) -> list[str]:
    """The tokens with the number first: a number sign set apart joined to it, a label's word before it left
    out, a kind's prefix joined to it."""
    if len(tokens) > 1 and tokens[0] == "#":
        return ["#" + tokens[1], *tokens[2:]]
    if len(tokens) > 1 and tokens[0].upper() in _NUMBER_WORDS:
        return tokens[1:]  # "NRO.: 00004-00017649", "No. 4471": the label's word before the number
    if len(tokens) > 1 and tokens[0].upper() in _KIND_WORDS and _id_token(tokens[1]) and tokens[1][:1].isalpha():
        return tokens[1:]  # "ORD SO-2291877": a terse label before a number that names its own kind
    if len(tokens) > 1 and _id_token(tokens[1]) and sum(ch.isdigit() for ch in tokens[1]) >= 3 and (
            _PREFIX.match(tokens[0]) or _LETTERED.fullmatch(tokens[0]) and tokens[1].isdigit() and len(tokens[1]) >= 5):
        return [f"{tokens[0]} {tokens[1]}", *tokens[2:]]  # "PO 88214", "PRSF 7730412": a number printed with its kind
    groups = list(takewhile(str.isdigit, tokens[1:]))  # (every group: "RE 90 24 118 5"; never a phone's "TEL 02 ...")
    if len(groups) >= 2 and _PREFIX.match(tokens[0]) and tokens[0].upper() not in _PHONE_WORDS and sum(
            map(len, groups)) >= 5 and not _SPACED_DATE.fullmatch(" ".join(groups)):
        return [" ".join(tokens[:len(groups) + 1]), *tokens[len(groups) + 1:]]  # "NL 25 00871": its series, groups
    return tokens
