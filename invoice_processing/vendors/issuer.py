"""Who issued the document: the seller's name as printed, for vendors without their own rules.

Evidence, strongest first: the value of a seller label ("Sold by", "Remit to", "Verkäufer",
"Fournisseur", ...); a legal line (the small sender line over a window address, "X GmbH ·
street · city", a footer "X B.V. KvK ...", "© 2019 X, Inc", "sold by X"); a name heading the
top block (large print, near the top, its address or registry lines under it). Any candidate
gains from a legal form (Inc., GmbH, B.V., ...) and from a web or e-mail domain the page prints
outside the customer's blocks. Never a candidate: the title, a label or its value, a sentence,
an address, anything in a customer block (under "Bill to", "Kunde", "Client", ... or under a
sender line) or a name the page prints as the customer's. A purchase order's supplier and a
marketplace order's shop, named outright (``named_suppliers``), come before all of these.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from invoice_processing.layout import notices
from invoice_processing.layout.field_values import compiled
from invoice_processing.layout.fields import PageView, Phrase
from invoice_processing.models import Document, TextLine
from invoice_processing.vendors.document_pages import header_lines
from invoice_processing.vendors.domain_names import domain_names
from invoice_processing.vendors.issuer_names import (
    LEGAL_FORM,
    REGISTRY,
    clean,
    domain_keys,
    form_alone,
    formed,
    name_key,
    name_like,
    squash,
)
from invoice_processing.vendors.named_suppliers import linked_shop, po_supplier
from invoice_processing.vendors.parties import among_bank_lines, customer_blocks, page_domains
from invoice_processing.vendors.seller_labels import assignees, labelled_sellers
from invoice_processing.vendors.sender_lines import sender_name
from invoice_processing.vendors.spelled_names import spelled_out
from invoice_processing.vendors.top_block import SIGNATURE, top_block
from invoice_processing.vendors.two_line_names import form_under, joined_above

NOTICES = (compiled(notices.COPYRIGHT), compiled(notices.SOLD_BY), compiled(notices.REGISTERED))
_SOLD_ON = compiled(notices.SOLD_ON)
_MARKET_TAILS = ("wholesale", "marketplace", "inc", "llc", "ltd", "gmbh", "sas", "bv", "sl", "europe")
# what a product is sold by, not whom ("Sold by the dozen", "sold by weight", "sold by the case")
_SOLD_IN = re.compile(r"(?:the\s+|a\s+)?(?:dozen|each|piece|pair|case|box|pack|weight|pound|lb|kg|kilo|meter|metre|"
                      r"yard|foot|unit|roll|sheet|bundle|gross)s?\b", re.I)
_AT_RATE = re.compile(r"(?<!\S)@\s*[$€£]?\s?\d")  # a count's rate: "1 @ $340.00" (not "orders@2print.co.uk")
SELLER, LEGAL, BRAND = 10.0, 8.0, 4.0  # base scores by kind of evidence
DOMAIN_BONUS, FORM_BONUS, REPEAT_BONUS, BANK_BONUS = 6.0, 3.0, 1.5, 3.0
Scored = Iterator[tuple[str, float]]


def find_vendor(lines: Sequence[TextLine]) -> str:
    """The issuer's name as printed on page one, or '' when nothing plausible is there."""
    view = PageView(lines)
    customer, customer_names = customer_blocks(view)
    supplier = po_supplier(view, customer, customer_names) or linked_shop(view)
    if supplier:
        return supplier
    domains = page_domains(view, customer)
    found: dict[str, tuple[float, str, int]] = {}
    alone = {p.text for row in view.rows for p in row}  # names printed as phrases of their own
    # "Sold on Faire by Moss & Fern": the marketplace's own name (its footer's "Faire Wholesale, Inc.") sells nothing
    markets = {squash(sold.group(1)) for line in lines if (sold := _SOLD_ON.search(line.text))}
    factors = assignees(lines)
    for text, score in _evidence(view, customer, domains):
        name = _seller_name(text, customer_names, factors)
        key = squash(name)
        if not name or any(market and key.startswith(market) and (
                key == market or key[len(market):].startswith(_MARKET_TAILS)) for market in markets):
            continue  # ("Faire Wholesale, Inc." on "Sold on Faire by ..."; "Etsyland Crafts" sold on Etsy is a seller)
        keys = domain_keys(name)  # ("FERNANDO A. CHIESA S.A." at fernandochiesa.com.ar)
        score += DOMAIN_BONUS if any(d in k or (len(k) >= 4 and k in d) for d in domains for k in keys) else 0.0
        score += FORM_BONUS if formed(name) else 0.0
        best, printed, seen = found.get(key, (score, name, 0))
        found[key] = (max(best, score), _spelling(printed, name, best >= score, alone), seen + 1)
    ranked = sorted(found.values(), key=lambda v: v[0] + REPEAT_BONUS * min(v[2] - 1, 2), reverse=True)
    first = min(view.table_rows(), default=len(view.rows))
    heads = {clean(p.text) for row in view.rows[:first] for p in row}  # (printed over the products)
    named = spelled_out(ranked[0][1], [(name, name in heads and score >= 0.5 * ranked[0][0]) for score, name, _ in
                                       ranked]) if ranked else ""
    named = joined_above(named, view, customer_names) if named else ""  # (a name set in two lines)
    return _in_its_case(form_under(named, view, customer_names), lines) if named else ""


def document_vendor(document: Document) -> str:
    """The issuer of ``document``: the name its header page prints (``find_vendor``), else the seller a label names
    on a page after it ("REMIT TO: | Northpeak Paper Goods, Inc." on page two's payment stub; never a page before
    the header page, a printed e-mail's "From:")."""
    lines = header_lines(document)
    found = find_vendor(list(lines))
    at = next((n for n, page in enumerate(document.pages) if page.lines is lines), len(document.pages))
    return found or seller_named_later([page.lines for page in document.pages[at + 1:]])


def seller_named_later(pages: Sequence[Sequence[TextLine]]) -> str:
    """The seller a label names on later pages, for a document whose header page names none: never a customer's
    name, a legal form alone, nor the factor an account is assigned to; '' when none does."""
    for lines in pages:
        view = PageView(lines)
        customer, names = customer_blocks(view)
        factors = assignees(lines)
        name = next((found for text, _ in labelled_sellers(view, customer)
                     if (found := _seller_name(text, names, factors))), "")
        if name:
            return name
    return ""


def _seller_name(text: str, customer_names: set[str], factors: list[str]) -> str:
    """``text`` cleaned as a seller's name: '' for no name, a customer's, a legal form alone, or the factor an
    account is assigned to ("... payable only to Brightwater Trade Finance, LLC")."""
    name = clean(text)
    if not name_like(name) or name_key(name) in customer_names or form_alone(name):
        return ""
    return "" if any(factor.startswith(squash(name)) for factor in factors) else name


_SIGNED_FOR = re.compile(r"for\s+(?:and\s+on\s+behalf\s+of\s+)?(\S.{2,60})", re.I)
# whose signature or box it is when it is not the seller's: the buyer's, a receiver's, an office's
_NOT_A_SIGNER = re.compile(r"\b(?:customer|client|buyer|receiver|recipient|received|accept\w*|approv\w*|internal|"
                           r"office|official|use)\b", re.I)


def _signed_for(view: PageView, phrase: Phrase) -> str:
    """The firm a signature block signs for ("Marisol Keane, Accounts Manager" over "for Fenwick & Ash Ceramics";
    "for Sanganeri Blockprint Textiles Pvt. Ltd." over "Authorised Signatory"): a "for" line within three lines of a
    signature's caption in its column; '' otherwise."""
    found = _SIGNED_FOR.fullmatch(phrase.text.strip())
    name = found.group(1).rstrip(" .,") if found else ""
    if not name or _NOT_A_SIGNER.search(name) or not name_like(clean(name)):
        return ""  # ("For Customer Acceptance", "For Internal Use": a box's title, no firm)
    near = range(max(0, phrase.row - 3), min(len(view.rows), phrase.row + 4))
    captions = [p.text for r in near if r != phrase.row for p in view.rows[r]
                if p.x0 < phrase.x1 + 40 and phrase.x0 - 40 < p.x1 and SIGNATURE.search(p.text)]
    return name if captions and not any(_NOT_A_SIGNER.search(c) for c in captions) else ""


def _in_its_case(name: str, lines: Sequence[TextLine]) -> str:
    """A name set in capitals (a letterhead's "HOLLOW OAK WOODWORKS") as the page also prints it in
    upper and lower case ("... payable to Hollow Oak Woodworks"), else as it is."""
    if not name.isupper():
        return name
    pattern = re.compile(rf"(?<![\w@./]){re.escape(name)}(?![\w@/]|\.\w)", re.I)  # (never inside an address)
    for line in lines:
        for found in pattern.finditer(line.text):
            if not found.group().isupper() and not found.group().islower():
                return found.group()
    return name


def _spelling(printed: str, name: str, kept: bool, alone: set[str]) -> str:
    """Of two spellings of one name that differ by a full stop after it, the one printed as a phrase
    of its own ("Northwind Paper Goods LLC" in the letterhead, not the sentence's "payable to
    Northwind Paper Goods LLC."); else the better scored (``kept``: the one found first)."""
    if printed.rstrip(".") == name.rstrip(".") and (printed in alone) != (name in alone):
        return printed if printed in alone else name
    return printed if kept else name


def _evidence(view: PageView, customer: set[Phrase], domains: set[str]) -> Scored:
    yield from ((text, SELLER - depth) for text, depth in labelled_sellers(view, customer))
    yield from _legal_names(view, customer)
    yield from _wordmark_names(view, customer)
    yield from ((word, BRAND) for word in domain_names(view, customer, domains))
    yield from top_block(view, customer)


def _under_a_name(view: PageView, row: int) -> bool:
    """A line right under a name set much larger ("Saltmarsh Bakehouse" over "Wholesale bread &
    pastry · 31 Dock Street ..."; the title "INVOICE | CSC-118204" beside the name, or a smaller
    title between them, elsewhere on the line): the letterhead's tagline and address, not a sender line."""
    if row == 0 or not view.rows[row]:
        return False
    first, size = view.rows[row][0], view.lines[row].size
    for up in range(row - 1, max(row - 3, -1), -1):
        over = [p for p in view.rows[up] if p.x0 < first.x1 and first.x0 < p.x1]
        if over:
            above = view.lines[up].size
            return above >= 1.5 * size and view.y(row) - view.y(up) <= 2.0 * above and name_like(
                clean(over[0].text))
    return False


def _in_full(view: PageView, row: int, name: str) -> bool:
    """A sender line's name repeating the letterhead's over it with its legal form ("NORDLYS INTERIØR" over
    "Nordlys Interiør ApS · Vestergade 17 · ..."): the name in full, no tagline."""
    return bool(LEGAL_FORM.search(name)) and any(len(squash(p.text)) >= 4 and squash(name).startswith(squash(
        p.text)) for up in range(max(row - 2, 0), row) for p in view.rows[up])


# a name's last words naming its trade, in capitals or title case ("Electrical Distributors", "Paper Supply Co")
_TRADE_TAIL = re.compile(r"(?:[A-Z][A-Za-z&'-]*\s+){0,3}(?:distributors?|suppl(?:y|ies)|wholesalers?|industries|"
                         r"trading|imports?|manufacturing|mfg\.?|products|company|co\.?|group|partners|enterprises|"
                         r"laboratories|labs|hardware|lumber|provisions|outfitters|goods|works|studios?|workshop|"
                         r"mercantile|collective|apothecary|foundry|makers)", re.I)


def _wordmark_names(view: PageView, customer: set[Phrase]) -> Scored:
    """A wordmark over the rest of its name in small capitals ("NORTHFIELD" over "PANTRY
    DISTRIBUTORS, INC."): the two read as one name, which its legal form ends."""
    for row in view.rows[:12]:
        for phrase in row:
            if phrase in customer or LEGAL_FORM.search(phrase.text) or not name_like(clean(phrase.text)):
                continue
            under = next(view.under(phrase, 1), None)
            if under is None or under in customer or any(ch.isdigit() for ch in under.text):
                continue
            size = view.lines[phrase.row].size
            if _its_logo(phrase.text, under.text) and LEGAL_FORM.search(under.text) and (
                    view.y(under.row) - view.y(phrase.row) <= 2.5 * size):
                yield under.text, LEGAL  # ("SALTBUSH" over "Saltbush Homewares Pty Ltd": the name its logo starts)
                continue
            centred = abs((under.x0 + under.x1) - (phrase.x0 + phrase.x1)) <= 6.0
            # (or a name centred over two lines alike in capitals: "TWO RIVERS" over "HARDWARE")
            alike = centred and phrase.text.isupper() and under.text.isupper() and abs(
                size - view.lines[under.row].size) <= 0.5 and _TRADE_TAIL.fullmatch(under.text) is not None
            if (size < 1.5 * view.lines[under.row].size and not alike) or view.y(under.row) - view.y(
                    phrase.row) > 1.5 * size:
                continue
            if (under.text.isupper() == phrase.text.isupper() or (under.text.isupper() and abs(
                    under.x0 - phrase.x0) <= 3.0)) and LEGAL_FORM.search(under.text):
                # (a mixed-case wordmark over the rest in capitals: "Fraser Valley" over "BUILDING CENTRE LTD.")
                # (or the whole name again with its form: "Savonnerie du Fjord" over "Savonnerie du Fjord inc.")
                again = under.text.casefold().startswith(phrase.text.casefold())
                yield under.text if again else f"{phrase.text} {under.text}", LEGAL
            elif phrase.text.isupper() and _TRADE_TAIL.fullmatch(under.text) and (
                    abs(under.x0 - phrase.x0) <= 3.0 or centred):
                # ("SUMMIT RIDGE" over "Electrical Distributors": the trade its name goes on to)
                lead = " ".join(w.capitalize() if len(w) > 3 and w.isalpha() else w for w in phrase.text.split())
                yield f"{lead} {under.text}", LEGAL


def _its_logo(word: str, name: str) -> bool:
    """One word in capitals, the first of the name under it: the name's logo."""
    return word.isupper() and len(word.split()) == 1 and len(name.split()) > 1 and (
        name.split()[0].casefold() == word.casefold())


def _wraps_the_last_row(view: PageView, row: int, last: int) -> bool:
    """The line right under the table's last row, a line's pitch below it and starting where one of
    its cells starts: that row's wrapped description ("Victoria sponge, 10in" under "Celebration Cake |
    1 pcs | ...", "JAR, FIG & CEDAR 8 OZ" under "16 CN7948 | HAND-POURED SOY CANDLE IN AMBER | EA |
    ..."), low as it prints, not a footer's sender line."""
    return row == last + 1 and bool(view.rows[last]) and bool(view.rows[row]) and any(
        abs(view.rows[row][0].x0 - cell.x0) <= 2 for cell in view.rows[last]) and view.near(last, row)


def _legal_names(view: PageView, customer: set[Phrase]) -> Scored:
    """Names from legal lines: sender lines, footers, copyright and "sold by" notices, and a lone
    name over a registered-office line; never a line of the customer's block (its city line is
    no sender line, however small it prints)."""
    tables = view.table_rows()  # a product row is no sender line ("Candle Holder - | 24 | units | 116.99")
    first = min(tables, default=len(view.rows))  # nor a line under the table's top (a wrapped description),
    last = max(tables, default=-1)  # even low on the page, while rows follow it
    for row, phrases in enumerate(view.rows):
        if (phrases and all(p in customer for p in phrases)) or row in tables:
            continue
        text = " ".join(p.text for p in phrases)
        inside = first < row < last  # a wrapped description among the rows ("... Sold by the dozen.")
        for found in (n.search(text) for n in NOTICES if not inside):
            if found and not _SOLD_IN.match(found.group(1)) and not found.group(1)[:1].islower():
                # (the name ends where a dash, a sentence, a bar or another field's label follows it)
                yield re.split(r"\s+[-–(]\s*|\.\s|\s*\||\s+(?=[A-Z]\w*(?:\s+\w+)?\s*:)", found.group(1))[0], LEGAL
        late = row > first and (not view.in_footer(row) or row < last or _wraps_the_last_row(view, row, last))
        name = sender_name(view, row) if not late and phrases and phrases[0] not in customer and not _AT_RATE.search(
            text) else ""  # (never a priced line: "Garage door – 2 coats Enamacryl: 1 | @ $340.00")
        name = name if name and (not _under_a_name(view, row) or _in_full(view, row, name)) else ""
        if name:  # (a seller's bank account under it, "IBAN BE03 ...", beats a customer's legal form)
            yield name, LEGAL + (BANK_BONUS if among_bank_lines(view, phrases[0]) else 0.0)
        below = view.rows[row + 1] if row + 1 < len(view.rows) else []
        if len(phrases) == 1 and below and REGISTRY.match(below[0].text):
            yield phrases[0].text, LEGAL - 2
        yield from ((signed, LEGAL) for p in phrases if (signed := _signed_for(view, p)))
