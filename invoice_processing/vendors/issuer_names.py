"""Whether a printed phrase can be a company's name, and the name as printed without what
surrounds it (a document word, a trademark sign, a monogram): the tests every issuer candidate
passes (``issuer``). The full name a logo's short form or letters stand for is in ``spelled_names``."""

from __future__ import annotations

import re
import unicodedata

from invoice_processing.layout import field_labels as fl
from invoice_processing.layout.field_values import compiled, tier
from invoice_processing.layout.lexicon import CURRENCY_CODES, LABEL_ROLES, normal_label

LEGAL_FORM, REGISTRY, POSTAL = compiled(fl.LEGAL_FORM), compiled(fl.LEGAL_REGISTRY), compiled(fl.POSTAL)
TITLE = compiled(rf"^(?:(?:{fl.DOCUMENT_TITLE_WORDS})\b[\s/().:-]*)+$")
NOT_A_NAME, TRAILING_TITLE, COUNTRY = compiled(fl.NOT_A_NAME), compiled(fl.TRAILING_TITLE), compiled(fl.COUNTRY)
STREET = compiled(fl.STREET)
# "Receipt from X"; "Remit payment to X, PO Box ...", "Make checks payable to X", "Direct credit to X",
# "EFT to X", a signature block's "For X": the name after the words
LEADING_TITLE = compiled(r"^(?:(?:receipt|invoice|bill|statement|quote|estimate)\s+from|(?:please\s+)?remit\s+"
                         r"(?:payment\s+)?to|(?:make\s+(?:all\s+)?)?(?:checks|cheques)\s+(?:are\s+)?payable\s+to|payable\s+to|"
                         r"(?:please\s+)?pay(?:ments?)?\s+(?:(?:by|via)\s+(?:bank\s+transfer|bacs|eft|ach|wire|cheque|check)\s+)?"
                         r"to|(?:direct\s+credit|eft|bank\s+transfer|"
                         r"deposit|payments?)\s+to|for(?=\s+(?-i:[A-Z])))"  # ("For X" over "Authorised Signatory")
                         r"\s*:?\s+(?=\S)")
SENTENCE_END = re.compile(fl.SENTENCE_END)  # case matters: "wel." ends a sentence, "Inc." a name
# what a party's label may add after its name ("Supplier Address", "Customer Details", "Lieferant Anschrift"), maybe
# glued to it ("Klantgegevens", "Absenderadresse")
_TAIL_WORDS = (r"name|address|details?|info(?:rmation)?|contact|adresse|anschrift|daten|angaben|coordonn[ée]es|"
               r"gegevens|adres|datos|direcci[óo]n")
# (a label ends where its word does, or its glued tail's: "REFERENZ" is a label, not "REF" and a name "ERENZ")
_LABELS = tier((*fl.INVOICE_NUMBER, *fl.ORDER_NUMBER, *fl.PO_NUMBER, *fl.OTHER_DOCUMENT, *fl.REFERENCE,
                *fl.ORDER_DATE, *fl.INVOICE_DATE, *fl.BARE_DATE, fl.SELLER_LABELS, fl.CUSTOMER_LABELS, fl.BARE_NUMBER))
ANY_LABEL = compiled(rf"(?:{_LABELS})(?=(?:{_TAIL_WORDS})?(?![^\W\d_]))")
# a party's label read apart too: "ISSUED TO" is a customer's, though "Issued" alone labels a date
_PARTY_LABEL = compiled(rf"(?:{tier((fl.SELLER_LABELS, fl.CUSTOMER_LABELS))})(?=(?:{_TAIL_WORDS})?(?![^\W\d_]))")


def squash(text: str) -> str:
    """Lower-case letters and digits only, umlauts spelt out ("Gärtner" → "gaertner"), accents dropped;
    Greek and Cyrillic letters kept as they are."""
    text = text.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", text)
                   if c.isalnum() and (c.isascii() or 0x370 <= ord(c) < 0x530))


def name_key(text: str) -> str:
    """A name for comparison: squashed, without a bracketed suffix ("Ads That Work (3438)")."""
    return squash(re.sub(r"\([^)]*\)", "", text))


_BARE_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}", re.I)
_LEADING_MARKS = re.compile(r"^[^\x00-\x7f\w]+\s*")  # marks drawn in type before a word: "▌", "■", "►"


_LINK_WORDS = re.compile(r"\s+\([a-z]+(?: [a-z]+)*\)$|"  # (one way to read it: no backtracking)
                         r"\s*\((?i:formerly|previously|earlier)[^()]*\)$")  # "X Limited (Formerly known as Y)"


# a name, a dash, then its street ("14 rue des Tanneurs, ...") or its town ("Portland, Oregon")
_BEFORE_ADDRESS = re.compile(r"^(.*?\S)\s+[-–—]\s+(?:\d{1,5}[a-z]?\s+\S.*|[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2},"
                             r"\s*[A-Z][\w .'-]*|[a-z][a-z ,&'-]*)$")  # (or a slogan: "... Ltd - fine paper goods")


_BEFORE_COUNTRY = re.compile(r"^(.*?\S)\s+[-–—]\s+(\S.*)$")


# a sentence after the name's full stop: "... LLC. A 1.5% monthly charge", "... Co. Cards accepted online",
# "... Company. Past-due balances accrue"
_SENTENCE_AFTER = re.compile(r"^(.*?\S\.)\s+(?:(?:A|An|The|This|Please|Payment|Thank)\b|"
                             r"[A-Z][a-z]+(?:-[a-z]+)*\s+[a-z]).*$")


# what a legal line says of the name: "X Ltd is a company registered in ...", "X LLC is licensed by ..."
_IS_REGISTERED = re.compile(r"^(.*?\S)\s+(?:is|are)\s+(?:a\s+(?:private\s+|public\s+)?(?:limited\s+)?company|"
                            r"registered|incorporated|authori[sz]ed|regulated|licensed)\b.*$", re.I)


# a street's kind opening an address ("Ctra.", "Avda.", "C/", "Via", "Rue"): see ``fl.STREET``
_STREET_KIND = re.compile(r"(?:ctra|carretera|avda|av|c/|calle|camino|paseo|pza|plaza|via|viale|piazza|corso|rue|"
                          r"avenue|bd|boulevard|chemin|rua|carrer)\b\.?\s*\S", re.I)


def _street_after_form(text: str) -> str:
    """``text`` up to its legal form when a street's kind follows it ("COMPAÑÍA ... S.A. CTRA. LOGROÑO"), or a
    house's number after a comma ("Kreate Marketplace Ltd, 3 Shoreditch Yard, London E2 7DJ")."""
    for form in LEGAL_FORM.finditer(text):
        after = text[form.end():].lstrip(" ,-–")
        numbered = text[form.end():].startswith(", ") and after[:1].isdigit() and not form.group().islower()
        if form.start() > 0 and after and (_STREET_KIND.match(after) or numbered):
            return text[:form.end()].rstrip(" ,")
    return text


def clean(text: str) -> str:
    """The name without a trailing document word, trademark sign ("RBDRINKS®"), link words, punctuation or
    sentence full stop, or a logo's monogram before it ("BC Bramble Cottage Gifts Ltd": the
    initials of the words after it)."""
    text = _LEADING_MARKS.sub("", text.strip().rstrip("®™©").strip())  # "▌PURCHASE ORDER": a bar drawn in type
    text = LEADING_TITLE.sub("", TRAILING_TITLE.sub("", text)).strip(" ,;:|·•-–—~=*").rstrip("!")  # ("STAPLES!")
    text = _LEADING.sub("", text)  # ". Schneider Electric (NZ) Limited", "to Tall Pines Puzzle Co."
    text = _LINK_WORDS.sub("", text)  # "Amazon (seller profile)": a link's words after the name
    text = _MESSRS.sub("", text)  # "M/s Bharat Bijlee Limited": the courtesy before a firm's name
    text = _TAX_ID_AFTER.sub("", _REGISTRATION.sub("", text))  # "... SDN. BHD. (148515-V)", "... SC RFC: AAA0101"
    text = _DIVISION.sub("", text)  # "PRAIRIE HOUND PET NUTRITION · Wholesale Division": the name
    named = _BEFORE_ADDRESS.match(text)  # "Atelier Sauge SAS - 14 rue des Tanneurs, 69001 Lyon", "X Ltd - fine goods"
    text = named.group(1) if named and LEGAL_FORM.search(named.group(1)) else text
    country = _BEFORE_COUNTRY.match(text)  # "Oookki - France": a shop's name and its country, in its footer
    text = country.group(1) if country and COUNTRY.match(country.group(2)) else text
    text = _street_after_form(text)  # "... S.A. CTRA. LOGROÑO": the name ends with its legal form
    registered = _IS_REGISTERED.match(text)  # "The Malt Miller Ltd is a company registered in England": the name
    text = registered.group(1) if registered and LEGAL_FORM.search(registered.group(1)) else text
    trading = _TRADING_NAME.match(text)  # "Booker is the trading name of Booker Limited": the company's name
    text = trading.group(1) if trading and LEGAL_FORM.search(trading.group(1)) else text
    ended = _SENTENCE_AFTER.match(text)  # "... payable to Hollow Oak Chandlery LLC. A 1.5% monthly charge"
    if ended and LEGAL_FORM.search(ended.group(1)):  # (the sentence's full stop after "LLC" is no part of it)
        last = ended.group(1).split()[-1][:-1]  # ("LLC." and "Company." end the sentence; "S.L.", "Co." and
        text = ended.group(1)[:-1] if (last.isupper() or len(last) > 4) and "." not in last else ended.group(1)
        # "Ltd." keep their own full stop)
    words = text.split()
    if len(words) > 2 and 1 <= len(words[0]) <= 3 and words[0].isalpha() and words[0].isupper() and (
            words[0] == "".join(w[0] for w in words[1:len(words[0]) + 1]).upper()):
        text = " ".join(words[1:])
    last = text.split()[-1] if text.split() else ""
    if text.endswith(".") and (len(last) > 5 and last.count(".") == 1 and not LEGAL_FORM.search(last)
                               or last[:-1] in _ACRONYM_FORMS):  # (a sentence's stop after "LLC", never "Inc.")
        text = text[:-1]
    return text


_ACRONYM_FORMS = frozenset({"LLC", "LLP", "PLC", "GmbH", "AG", "KG", "BV", "NV", "SRL", "SARL", "SAS", "AB", "ApS"})


# what may lead a name: a bullet printed as a full stop, a sentence's "... mail a check / to X Co.", a signature's
# title ("Director, Ashby & Rowe Ceramics Ltd", "Accounts Manager, Harbor & Pine Trading Co.")
_LEADING = re.compile(r"^(?:\.\s+|to\s+|issued\s+by\s+|(?:make\s+)?(?:checks?|cheques?)\s+(?:made\s+)?payable\s+to\s+|"
                      r"(?-i:t\.\s?n\.\s?v\.?)\s+|(?:(?:accounts?|sales|office|general|managing|finance|credit)\s+)?(?:director|"
                      r"manager|owner|proprietor|partner|president|ceo)\s*,\s*)(?=[A-Z0-9])", re.I)
# ("Issued by Coastline Brands ... Pty Ltd"; a Dutch account's holder: "t.n.v. EU Transport", in the name of)
_TRADING_NAME = re.compile(r"^.{2,40}?\s+is\s+(?:the\s+|a\s+)?trading\s+(?:name|style)\s+of\s+(.{3,60}?)\.?$", re.I)
_MESSRS = re.compile(r"^m/s\.?(?:\s*(?=\w)|$)", re.I)
# a tax number after the name on its line ("... SC RFC: AAA010101AAA"; never "Bakkerij Nieuwenhuis")
_TAX_ID_AFTER = re.compile(rf"\s+(?:{fl.TAX_ID_NAMES})\b\.?(?:\s*:\s*|\s+)(?=[A-Z]{{0,4}}\d)[A-Z0-9][\w./-]{{5,}}$",
                           re.I)
_REGISTRATION = re.compile(r"(?<=[\w.])\s*\(\s*(?:(?:brn|crn|reg(?:\.|istration)?\s*(?:no\.?)?|co\.?\s*no\.?|acct\.?|"
                           r"a/c)\s*)?[A-Z]?\d[\d-]{4,}[A-Z]?(?:-[A-Z])?\s*\)$", re.I)  # ("(acct 77-1042)")


# a division or department named after a mark: "· Wholesale Division", "| Foodservice Dept."
_DIVISION = re.compile(r"\s+[·•|]\s+(?:\w+\s+){0,3}(?:division|department|dept\.?|branch|abteilung|"
                       r"sparte|d[ée]partement|afdeling|divisi[óo]n|departamento)\s*$", re.I)


def is_label(text: str) -> bool:
    """A label, alone or with a number after it ("Invoice Date", "Klant", "Order #BQ7X2K9")."""
    for match in (ANY_LABEL.match(text), _PARTY_LABEL.match(text)):
        rest = text[match.end() :].strip(" :.") if match else ""
        if match and (not rest.strip("#") or rest[0] == "#" or any(c.isdigit() for c in rest.split()[0])
                      or _LABEL_TAIL.fullmatch(rest)):
            return True
    return False


_LABEL_TAIL = re.compile(rf"(?:{_TAIL_WORDS})(?:\s*(?:&|and|/|und|et|en|y)\s*\w+)?", re.I)


_FIELD_WORDS = re.compile(r"^(?:payment\s+terms?|terms\s+of\s+payment|trade\s+terms?|ship\s+(?:date|via|by)|"
                          r"delivery\s+terms?|cleaning\s+period|(?:authori[sz]ed\s+)?signatory|"
                          r"tipo\s+(?:de\s+|di\s+)?documento|c[óo]d(?:igo|ice|\.)?\s*(?:del\s+)?cliente)\b", re.I)
# a sentence or label "we" or "your" opens ("Wir danken für Ihren Auftrag", "Vos références"; a firm has its form:
# "Vos en Zonen B.V.", "We are Social Ltd")
_OUR_SENTENCE = re.compile(r"^(?:we|our|wir|nous|vos)\s+(?-i:[a-zà-ÿ])", re.I)
_CONNECTORS = frozenset({"de", "du", "des", "of", "van", "von", "der", "di", "da", "do", "del", "la", "le", "y", "and",
                         "und", "et", "en", "the", "for", "für", "pour", "per", "a", "à", "al", "au", "to", "zu"})
_BRACKETED_TAIL = re.compile(r"\s*\([^()]*\)\s*$")


def name_like(text: str) -> bool:
    """Whether ``text`` can be a company's name (no title, label, sentence, address or amount)."""
    text = _BRACKETED_TAIL.sub("", text)  # "GEM CORPOCHEM PRIVATE LIMITED ( 0034008132 )": the supplier's account
    words = text.split()
    most = 9 if LEGAL_FORM.search(text) else 7  # a long name with its form ("... Cadeau Groothandel B.V.")
    if not 3 <= len(text) <= 60 or not 1 <= len(words) <= most or text.count("(") != text.count(")"):
        return False  # (a phrase cut inside its brackets, "Freight (Estes", is a fragment of a line)
    # a firm's name that starts with its number and ends with its form ("1919 Mercantile Co.", "4th Street Paper Co.",
    # "8gears AG"; not "455 Sherman St, Denver CO", a street and a city whose state reads as a form), or has the year
    # it was founded before its form ("GEOBAL CONSTRUCCIONS 2018 S.L.")
    formal = LEGAL_FORM.fullmatch(words[-1]) and "," not in text and len(words) >= 2
    numbered = _NUMBERED.match(text) if formal else None
    rest = text[numbered.end():] if numbered else text
    rest = _FOUNDED.sub("", rest) if formal else rest
    if sum(c.isalpha() for c in text) < max(2, len(text.replace(" ", "")) // 2) or re.search(r"\d{4}", rest):
        return False
    if _BARCODE.fullmatch(text.strip()) or _SIGN_OFF.fullmatch(text.strip(" ,.!")) or _CODE_ONLY.fullmatch(
            text.strip()):
        return False  # a barcode set in its font: Code 128's start and stop characters around its code ("ÍÂL+$DÎ")
    if NOT_A_NAME.search(rest) or TITLE.match(text) or SENTENCE_END.search(text) or REGISTRY.search(text):
        return False
    if POSTAL.search(text) or not squash(LEGAL_FORM.sub("", text)) or is_label(text) or _address_part(text):
        return False
    if any(normal_label(part) in LABEL_ROLES or _FIELD_WORDS.match(part.strip()) for part in _labels(text)):
        return False  # a column's label ("Item Description", "Referência") or a term's ("Payment term"), alone
        # or beside its translation ("Codice Fornitore / Supplier Code")
    # a phrase cut before its last word ("Numéro de" of "Numéro de facture"), a currency's code ("EUR"), a sentence
    # "we" or "your" opens ("Wir danken für Ihren Auftrag"): no name
    sentence = _OUR_SENTENCE.match(text) and not LEGAL_FORM.search(text)
    if words[-1] in _CONNECTORS or text.strip() in CURRENCY_CODES or sentence:
        return False
    if all(w.endswith(".") and len(w) <= 6 for w in words) and not LEGAL_FORM.search(text) or text.endswith(" #"):
        return False  # abbreviations only ("Cod. Cli.", "StNr."), a number's label ("CUST #"): a label
    if _BARE_DOMAIN.fullmatch(text.strip()) and (text.strip()[0].islower() or text.strip().lower().startswith("www.")
                                                  or text.strip().isupper()):
        return False  # "prolifedistribution.co.uk": the web address, not the name ("Together.ai" is one)
    spaced = sum(len(w) == 1 for w in words) * 2 > len(words)  # "I N V O I C E"
    named = LEGAL_FORM.sub("", text).split()  # "Ostrovit Spółka z ograniczoną odpowiedzialnością": a name and its form
    lowered = len(named) >= 3 and sum(w[0].islower() for w in named) * 2 > len(named)  # a sentence's words
    formed = bool(LEGAL_FORM.search(words[-1])) and len(words[-1].strip(".,")) >= 3  # ("co.,ltd."; not "per kg")
    return not spaced and not (lowered and not formed)  # (a name in lower case with its form)


def _labels(text: str) -> list[str]:
    """``text`` and, for a label printed with its translation ("Condizioni di pagamento/Terms of Payment"),
    each side of the slash (a legal form's "A/S" or a "c/o" has no sides of words)."""
    sides = text.split("/")
    return [text, *sides] if len(sides) == 2 and all(len(side.strip()) > 3 for side in sides) else [text]


# a letter's sign-off, or a weekday alone (a print stamp's "Tuesday, 4 December ..."): no names
_SIGN_OFF = re.compile(rf"{fl.SIGN_OFF}|(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.I)
_BARCODE = re.compile(r"[ËÌÍ]\S{2,}Î")
# a reference's or postcode's code, each word with a digit or ending in "-" and digits ("GL-SPRING-25", "F94 K7T2")
_CODE_ONLY = re.compile(r"(?:[A-Z]*\d[A-Z0-9]*\s+)+[A-Z]*\d[A-Z0-9]*|[A-Z0-9]+(?:-[A-Z0-9]+)*-\d+")
_NUMBERED = re.compile(r"\d{1,4}(?:st|nd|rd|th)?\s+(?=[A-Z][a-z])|\d{1,2}(?=[a-z]{3,}\s)")
_FOUNDED = re.compile(r"(?<=[^\W\d_]{3})\s+(?:19|20)\d\d(?=\s+\S+$)")


def _address_part(text: str) -> bool:
    """A country alone ("Belgique") or after its places ("Delhi, India"), a street without its
    number ("Rue Saint Denis"), unless a legal form says otherwise, or a house number and the places
    after it, set apart by commas."""
    text = text.strip()
    parts = text.split(",")  # "Golbazar-4, Siraha, Madhesh Pradesh, Nepal": a house number, then places
    if LEGAL_FORM.search(text):
        return bool(COUNTRY.match(text))
    return bool(COUNTRY.match(text) or STREET.search(text) or (len(parts) >= 2 and COUNTRY.match(parts[-1].strip()))
                or (len(parts) >= 3 and _HOUSE_NUMBER.search(parts[0])) or _UNIT.match(text))


_HOUSE_NUMBER = re.compile(r"(?:^|[\s-])\d+[A-Za-z]?$")  # "Golbazar-4", "Hauptweg 12a"
# a unit's number before its street ("Unit 3, 9 Boulder Road", "Shop 4/18 Mount Street")
_UNIT = re.compile(r"(?:unit|suite|shop|level|floor|ste|apt|flat)\s*\d+[A-Za-z]?\s*[,/]", re.I)


def domain_keys(name: str) -> set[str]:
    """The name squashed, and squashed without its initials and legal form ("FERNANDO A. CHIESA S.A." also reads
    "fernandochiesa", as its web address spells it)."""
    bare = " ".join(w for w in LEGAL_FORM.sub(" ", name).split() if len(w.strip(".,")) > 1)
    return {squash(name), squash(bare)} - {""}


_FORM_WORDS = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]?\.?|de|y|&|and|et|und|en", re.I)  # initials, a form's joiners


def form_alone(name: str) -> bool:
    """A legal form and nothing else: one first, then only initials and joiners ("S.A. de C.V.", "S.A.P.I. de
    C.V." on the line under the name it ends; not "J.P. & Co.", whose initials come first)."""
    rest = LEGAL_FORM.sub(" ", name).replace(",", " ").split()
    return LEGAL_FORM.match(name.strip()) is not None and all(_FORM_WORDS.fullmatch(w) for w in rest)


_FORM_TAIL = re.compile(r"[\s.,;)]*(?:\w{1,4}\.[\s.,]*)*|\s+di\s+.*")  # what may follow a form in lower case


def formed(name: str) -> bool:
    """Whether ``name`` carries a legal form: in capitals or capitalised anywhere ("Fjord AS Oslo"), in lower case
    at its end, maybe with more of it in short abbreviations ("ELKOV elektro a.s.", "sp. z o.o. sp.k.", "s.l.u.") or
    its owner's name after "di" ("s.a.s. di Mario Rossi"); "size as pre-pack" is a note's English."""
    return any(not form.group().islower() or _FORM_TAIL.fullmatch(name[form.end():]) is not None
               or LEGAL_FORM.match(name[form.end():].lstrip(" .,")) for form in LEGAL_FORM.finditer(name))
