"""The role one printed column label names: as the lexicon spells it (``known_role``), or read
through what stacked headers add to a label (``role_of``: "SKU" over "Description", "Line
Total" over "at List", "U.S." over "Retail", "Extended (at Net)")."""

from __future__ import annotations

import functools
import re

from invoice_processing.layout import lexicon as lx

_DAY_LABEL = re.compile(r"\d{1,2}/\d{1,2}")
# labels that name an identifier, never a noun a description may be "of" ("Part Description")
_IDENTIFIERS = frozenset({"sku", "sku no", "style", "style no", "isbn", "isbn 13", "isbn-13", "upc", "ean", "item no",
                          "part no", "product code", "item code", "art-nr", "artikelnr", "réf", "ref"})
# "Item", "Artikel": what was sold; the description, or the code when another column is the description
AMBIGUOUS_ITEM = frozenset({"item", "product", "artikel", "article", "producto", "artículo", "articulo", "produkt",
                            "produit", "prodotto", "produto", "articolo"})
# "... at List", "... @ Net": what a price is taken at; "Shipped This Inv": what a count is of
_QUALIFIER = re.compile(r"\s+(?:(?:at|@)\s+\S.*|(?:on\s+)?this\s+(?:inv(?:oice)?|shipment|order|page)\.?)$", re.I)
# "... ex GST", "... (excl. VAT)", "... zzgl. MwSt.", "... hors taxes": a label taken before tax keeps its role
# the words that qualify a label as taken with or before tax, in the languages the lexicon reads
WITH_TAX_WORDS = ("inc", "incl", "including", "inkl", "ttc")
BEFORE_TAX_WORDS = ("ex", "excl", "excluding", "exkl", "zzgl", "ohne", "hors", "sans", "sin", "senza", "zonder",
                    "without", "before")
_WITH_TAX = re.compile(rf"\s*\(?\s*(?:{'|'.join(WITH_TAX_WORDS)})\.?\s*(?:gst|vat|tax|btw|mwst|ust|tva|iva)\.?\s*\)?$",
                       re.I)  # "... inc GST", "... (incl. VAT)": a label taken with tax
_BEFORE_TAX = re.compile(rf"\s*\(?\s*(?:(?:{'|'.join(BEFORE_TAX_WORDS)})\.?\s*"
                         r"(?:gst|vat|tax|taxes|btw|mwst|ust|tva|iva)|htva|h\.t\.v\.a)\.?\s*\)?"
                         r"(?:\s*\(?(?:eur|usd|gbp|chf|€|\$|£)\)?)?$", re.I)  # ("Betrag ohne MwSt. EUR")


_HT_TTC = re.compile(r"\(?\s*(?:ht|ttc)\.?\s*\)?", re.I)  # "HT", "(TTC)"


def tax_qualifier(text: str) -> bool:
    """A tax qualifier printed alone, as a header prints it under a label: "(excl. VAT)", "(incl.
    btw)", "HTVA", "TTC"."""
    return bool(_WITH_TAX.fullmatch(text) or _BEFORE_TAX.fullmatch(text) or _HT_TTC.fullmatch(text))


@functools.lru_cache(maxsize=2048)
def known_role(text: str) -> str:
    """The role a label names as the lexicon spells it, or "". "UPC/EAN" and "Qty/Hrs" name one
    role through either part; a qualified label keeps its role ("Extended (at Net)")."""
    label = lx.normal_label(text)
    if _DAY_LABEL.fullmatch(label):
        return lx.OTHER  # a column per day ("2/18 | 2/19 | 2/20"): counts by date, never a price
    role = lx.LABEL_ROLES.get(label, "")
    if not role and "-" in label:  # "Ext-price", "Unit-price": words joined by hyphens (fixed-width reports)
        role = lx.LABEL_ROLES.get(label.replace("-", " "), "") or lx.LABEL_ROLES.get(label.replace("-", ""), "")
        # ("Netto-Preis": a compound written with a hyphen, "Nettopreis")
        first, _, last = label.rpartition("-")
        if not role and lx.LABEL_ROLES.get(last.strip()) == lx.DESCRIPTION and (
                " " not in label or _identifier(first.strip()) or first.strip() in AMBIGUOUS_ITEM):
            role = lx.DESCRIPTION  # "Stunden-Leistungsbeschreibung": a kind of description; "Product Code -
            # Description": a code and its name in one cell (not "Ln Product Code - Description": two labels)
    before_tax = _BEFORE_TAX.search(text) if not role else None
    if before_tax and before_tax.start() > 0:  # "Unit Price ex GST" (its third header line): a unit price
        base = text[:before_tax.start()]
        return lx.PRICE if lx.normal_label(base) == "unit" else known_role(base)  # "Unit ex GST": the price
    with_tax = _WITH_TAX.search(text) if not role else None
    if with_tax and with_tax.start() > 0:  # "Unit inc GST" beside the net price: a gross price, no wholesale
        base = known_role(text[:with_tax.start()])
        return lx.NUMBER if base in (lx.PRICE, lx.UOM) else base
    if not role and "(" in text.strip()[1:]:  # "Extended (at Net)", "Ext. Retail (Qty x List)": a qualified label
        return role_of(text[:text.index("(", 1)])
    if not role and "/" in label:  # "UPC/EAN", "Qty/Hrs": one role; "Rate / Item": the rate per item
        role = _slashed(label)
    return role


def _slashed(label: str) -> str:
    """The role of a label of parts joined by slashes: each part's own role when they agree or all
    are numbers' ("Qty/Hrs"), what was sold for a product and its kind ("Product/Dienst"), a price
    for a price per a unit ("Price/Case"); else ""."""
    words = [part.strip() for part in label.split("/") if part.strip()]
    parts = [lx.LABEL_ROLES.get(word, "") for word in words]
    named = zip(parts, words, strict=True)
    if lx.DESCRIPTION in parts and all(
            part == lx.DESCRIPTION or word in AMBIGUOUS_ITEM or (part == "" and not _labels_in(word))
            for part, word in named):
        parts = [lx.DESCRIPTION] * len(parts)  # "Product/Dienst", "Traject/Cursus": what was sold
    if len(set(parts)) == 1 or (parts and parts[0] in lx.NUMERIC_ROLES and all(parts)):  # each part a label
        return parts[0]
    if parts and parts[0] == lx.PRICE and all(lx.UNITS.match(word) for word in words[1:]):
        return lx.PRICE  # "Price/Case", "Cost / Dozen": the price per that unit
    return ""


def _labels_in(words: str) -> bool:
    """Words of which one is a label of its own ("ln isbn" in "Ln ISBN / Title": two columns'
    labels side by side, not one unknown name of the description's)."""
    return len(words.split()) > 1 and any(lx.LABEL_ROLES.get(word, lx.DESCRIPTION) != lx.DESCRIPTION
                                          for word in words.split())


@functools.lru_cache(maxsize=2048)
def role_of(text: str) -> str:
    """The role of one printed label (a cell, or the words stacked over two lines): as known, else
    read through what stacked headers add to a label ("SKU" over "Description", "Line Total" over
    "at List", "U.S." over "Retail")."""
    role = known_role(text)
    if role:
        return role
    label = lx.normal_label(text)
    role = _code_over_description(label) or _joined(label)
    if not role and after_discount(label):
        return lx.PRICE
    qualified = _QUALIFIER.search(text) if not role else None
    if qualified and qualified.start() > 0:  # "Line Total at List": the label before what it is taken at
        return role_of(text[:qualified.start()])
    if not role and _PER_UNIT_PRICE.fullmatch(text.strip()):
        return lx.PRICE  # "$/BUNCH", "€/kg": a price per unit, written with its currency
    role = role or _with_a_modifier(label) or owned_code(label) or _counted(label) or _numbered(label)
    if not role and _LOST_LIGATURE.search(text):
        return role_of(_LOST_LIGATURE.sub("ti", text))  # a font's "ti" ligature read as a hyphen: "Quan-ty"
    return role


_LOST_LIGATURE = re.compile(r"(?<=[a-z])-(?=[a-z])")
_PER_UNIT_PRICE = re.compile(r"[$€£]\s*/\s*[^\W\d_]{1,8}\.?", re.I)


_NUMBER_WORDS = (" number", " nummer", " numéro", " numero", " nbr", " num")


def _numbered(label: str) -> str:
    """A code's label with "Number" spelled out ("Style Number", "SKU Number"): the role of the same
    label with "No" ("Style No")."""
    for word in _NUMBER_WORDS:
        if label.endswith(word):
            named = label[:-len(word)]
            return lx.LABEL_ROLES.get(f"{named} no", "") or lx.LABEL_ROLES.get(f"{named} #", "")
    return ""


_COUNT_WORDS = frozenset({"qty", "quantity", "menge", "qté", "cant", "aantal"})
_COUNTS = (lx.SHIPPED, lx.ORDERED, lx.BACKORDER, lx.QTY)


def _counted(label: str) -> str:
    """A quantity's word over (or before) which count it is ("Qty" over "Back", "Shipped" over
    "Qty"): that count's role."""
    words = label.split()
    for known, other in ((words[1:], words[:1]), (words[:-1], words[-1:])):
        if other and other[0] in _COUNT_WORDS and (role := lx.LABEL_ROLES.get(" ".join(known), "")) in _COUNTS:
            return role
    return ""


_AND = re.compile(r"\s+(?:&|\+|and|y|und|et|en|e)\s+")


def _joined(label: str) -> str:
    """Two labels joined by "and" in any language ("Artículo y descripción", "Item & Description",
    "SKU und Bezeichnung"): the description's column when one part names it and the other names it
    or an identifier (a code and its name in one cell is read as "SKU / Description" is)."""
    parts = _AND.split(label)
    if len(parts) != 2:
        return ""
    roles = {lx.LABEL_ROLES.get(part, "") for part in parts}
    if roles == {lx.DESCRIPTION}:
        return lx.DESCRIPTION
    return _code_over_description(" ".join(parts)) if lx.DESCRIPTION in roles else ""


# a code's label after the name of whose code it is ("Manufacturer Part Number", "Cobalt P/N", "Customer SKU")
_CODE_TAIL = re.compile(r"(?:^|\s)(?:part(?:\s+(?:no|number))?|p/n|pn|sku|"
                        r"(?:item|article|catalog|cat|model|product|style)\s+(?:no|number|code))$")


_OWNERS = frozenset({"manufacturer", "manufacturers", "mfr", "mfg", "maker", "brand", "customer", "cust", "vendor",
                     "supplier", "hersteller", "fabricant", "fabricante", "fabrikant", "client", "cliente", "klant"})


def owned_code(label: str) -> str:
    """A code column's label with one or two words before it that say whose code it is (a maker,
    the buyer, a brand's own name, a word no label uses): the code's role; never after another
    column's word ("Pos. Item no." is a position's column and a code's, "Lot Item Number" no code)."""
    tail = _CODE_TAIL.search(label)
    head = label[:tail.start()].split() if tail else []
    if tail is None or not 1 <= len(head) <= 2:
        return ""
    owners = all(word in _OWNERS or (word.isalpha() and len(word) >= 3 and word not in lx.LABEL_WORDS) for word in head)
    return lx.CODE if owners else ""


_AFTER_DISCOUNT = re.compile(r"\s+(?:après|apres|after|nach|n|na|tras|dopo|con|with|incl|inkl|net\s+of)\s+"
                             r"(?:la\s+|el\s+|lo\s+)?(?:remise|discount|disc|rabatt|korting|descuento|dto|sconto)$")


@functools.lru_cache(maxsize=2048)
def after_discount(text: str) -> bool:
    """A price's label qualified as taken after the discount ("Prix unitaire après remise", "Preis
    n. Rabatt"): the price the buyer pays."""
    label = lx.normal_label(text)
    discounted = _AFTER_DISCOUNT.search(label)
    return bool(discounted and discounted.start() > 0 and role_of(label[:discounted.start()]) in (
        lx.PRICE, lx.LIST_PRICE))


def _with_a_modifier(label: str) -> str:
    """A known label with one short word that names no column before or after it, as stacked
    headers print them ("U.S." over "Retail", "ISBN" over "13-digit")."""
    words = label.replace("/", " ").split()
    if not 2 <= len(words) <= 4:
        return ""
    for at in range(len(words) - 1, 0, -1):
        for known, rest in ((words[:at], words[at:]), (words[len(words) - at:], words[:len(words) - at])):
            role = lx.LABEL_ROLES.get(" ".join(known), "")
            if role and len(rest) == 1 and rest[0] not in lx.LABEL_WORDS and _modifier(rest[0]):
                return role
    return ""


def _modifier(word: str) -> bool:
    """A word that qualifies a label rather than a description's word: a short abbreviation
    ("us" for "U.S."), or one with a digit ("13-digit")."""
    return len(word) <= 3 or any(ch.isdigit() for ch in word)


def _identifier(label: str) -> bool:
    """A label naming which product a line is: a code's or a UPC's ("Part Number", "SKU"), not
    "Item" (the description too, as often) nor a bare number's ("#", "No": the line's number)."""
    return label in _IDENTIFIERS or (lx.LABEL_ROLES.get(label) in (lx.CODE, lx.UPC) and label not in AMBIGUOUS_ITEM
                                     and label not in _BARE_NUMBERS)


_BARE_NUMBERS = frozenset({"#", "no", "nr", "number", "num", "n", "nº", "n°"})


def _code_over_description(label: str) -> str:
    """"SKU / Description" stacked over two lines ("SKU Description"), or the other way round: the
    code's column, its description printed on a line of its own beside the code's; a code and a
    UPC stacked likewise ("Product Code" over "UPC") name the code's column."""
    words = label.replace("/", " ").split()
    for at in range(1, len(words)):
        left, right = " ".join(words[:at]), " ".join(words[at:])
        if _identifier(left) and lx.LABEL_ROLES.get(right) == lx.DESCRIPTION:
            return lx.LABEL_ROLES[left]
        if _identifier(right) and lx.LABEL_ROLES.get(left) == lx.DESCRIPTION:
            return lx.LABEL_ROLES[right]  # "Description (above)" over "Style": the code, its name over it
        if (_identifier(left) or left in AMBIGUOUS_ITEM) and _identifier(right) and lx.CODE in (
                lx.LABEL_ROLES[left], lx.LABEL_ROLES[right]):
            return lx.CODE  # "Product Code" (or "Item") over "UPC": the code's column, its UPC printed under it
    return ""
