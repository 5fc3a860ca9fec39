"""Sellers named under their labels ("Sold by", "Remit to", "Lieferant", "Fournisseur", ...): the
label's value beside it or the block under it; never a salesperson's field ("Vendeur / Sales",
"Verkäufer" among the document's own numbered and dated fields). ``issuer`` scores them."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from invoice_processing.layout import field_labels as fl
from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.field_values import Hit, compiled, label_hits
from invoice_processing.layout.fields import PageView, Phrase, overlap
from invoice_processing.layout.label_roles import role_of
from invoice_processing.models import TextLine
from invoice_processing.vendors.issuer_names import LEGAL_FORM, POSTAL, squash
from invoice_processing.vendors.parties import among_bank_lines, party_value

_NAME_LABEL = compiled(fl.NAME_LABEL)
_CUSTOMER_LABEL = compiled(rf"^\W*(?:{fl.CUSTOMER_LABELS})\s*(?:[:/]|$)")  # a box's title ("Sold to / Ship to")

_MAILBOX = re.compile(r"\s*<[^<>@\s]+@[^<>\s]+>\s*$")  # a sender's address after the sender's name
_SALESPERSON = re.compile(r"\bsales(?:\s*(?:person|rep(?:resentative)?|man|woman))?\b", re.I)


def labelled_sellers(view: PageView, customer: set[Phrase]) -> Iterator[tuple[str, int]]:
    """Values of seller labels, each with how far under its label it stands (0: the rest of the
    label's phrase or of its line; 1, 2, ...: the lines of the block under it); then the payee a
    payment advice slip is addressed to ("PAYMENT ADVICE" over "To: X"), at 0; then the account's holder named
    among bank details, at 1."""
    factored = bool(assignees(view.lines))  # (the page says the account is assigned to a factor)
    for hit in (h for h in label_hits(view, fl.SELLER_LABELS) if not _in_a_table(view, h.phrase)):
        label = hit.phrase.text[:len(hit.phrase.text) - len(hit.rest)]
        if _SALESPERSON.search(label) or (_SELLING_PERSON.match(label) and _among_fields(view, hit.phrase)):
            continue  # "Vendeur / Sales", "Vendedor / Salesperson": who sold it, the seller's own staff
        author = _AUTHOR.match(label)  # ("Verfasser": the document's author, often a person; a firm by its form)
        yield from ((name, depth) for name, depth in _values(view, hit, customer, factored)
                    if not author or LEGAL_FORM.search(name))
    yield from _advice_payees(view)
    yield from _account_holders(view)


_AUTHOR = re.compile(r"\W*verfasser", re.I)


def _values(view: PageView, hit: Hit, customer: set[Phrase], factored: bool) -> Iterator[tuple[str, int]]:
    """A seller label's values: the rest of its phrase, the phrases right of it, the block under it."""
    value = party_value(_MAILBOX.sub("", hit.rest))  # an e-mail's "From: Fern & Fable Stationery <orders@...>"
    if value:
        yield value, 0
    if value is None or value:
        return
    after = view.after(hit.phrase)
    if after and after[0].x0 - hit.phrase.x1 <= _BESIDE and not _CUSTOMER_LABEL.match(after[0].text):
        # (not a box's title across the page, nor the next box's: "Exporter | Sold to / Ship to")
        yield _MAILBOX.sub("", " ".join(p.text for p in after)), 0  # ("From: | Fernhill Paper Goods <orders@...>")
        if len(after) > 1:
            yield after[0].text, 0  # the first phrase alone ("Supplier: | Bean Road Wholesale | Deliver: ...")
        yield from _under_its_number(view, after[0], customer, factored)
    under = [p for p in view.under(hit.phrase, 4) if p not in customer]
    centred = _centred_over(view, hit.phrase)
    if centred is not None and centred not in customer and (not under or centred.row < under[0].row):
        under.insert(0, centred)  # the block's first line, under a title centred over the block
    yield from _block_names(view, under, factored)


def _account_holders(view: PageView) -> Iterator[tuple[str, int]]:
    """The account's holder named among the seller's bank details ("Account name: Harbor Lantern Trading Co."
    over "Bank: ... | Account: ..."): whom the buyer pays, at 1 (elsewhere an account's name may be the buyer's)."""
    for hit in label_hits(view, r"account\s*(?:name|holder)"):
        if hit.rest and among_bank_lines(view, hit.phrase):
            yield hit.rest, 1


_ACCOUNT = re.compile(r"#?\s?[A-Z]{0,3}-?\d{3,10}")  # the seller's number in the buyer's books: "30411", "V-20417"


def _under_its_number(view: PageView, value: Phrase, customer: set[Phrase], factored: bool) -> Iterator[tuple[
        str, int]]:
    """The block under a seller's number in the buyer's books ("VENDOR....: | 30411" over the vendor's name)."""
    if not _ACCOUNT.fullmatch(value.text.strip()):
        return
    under = []
    for p in (q for q in view.under(value, 4) if q not in customer):
        if any(q.x1 <= p.x0 and q.text.rstrip().endswith(":") for q in view.rows[p.row]):
            break  # (another field's value: "Vendor: | 30411" over "Ship Via: | Estes Express")
        under.append(p)
    yield from _block_names(view, under, factored)


def assignees(lines: Sequence[TextLine]) -> list[str]:
    """What follows an assignment notice ("This account has been assigned to, is owned by and is payable only to
    | Brightwater Trade Finance, LLC, ..."), squashed: the factor's name starts it, and the factor sells nothing
    (a seller's own "Checks are payable only to ..." assigns nothing)."""
    text = " ".join(line.text for line in lines)
    tails = []
    for found in _ASSIGNED.finditer(text):
        tail = text[found.end():found.end() + 200]
        payable = _PAYABLE.search(tail[:80])  # ("assigned to, is owned by and is payable only to X": X)
        tails.append(squash(tail[payable.end():] if payable else tail)[:80])
    return tails


def _block_names(view: PageView, under: list[Phrase], factored: bool) -> Iterator[tuple[str, int]]:
    """The lines of the block under a seller's label, each with its depth; a name field's value first
    (``factored``: the page says the account is assigned to a factor)."""
    assigned = [found.group(1) for p in under if (found := _FOR_ACCOUNT.match(p.text))]
    if assigned:  # a factor's remit-to block "... Finance Inc. / f/a/o Northern Pine Trading Co.": the seller's
        yield assigned[0], 0
        return
    if under and _COLLECTOR.search(under[0].text) and (factored or any(
            _LOCKBOX.search(p.text) or POSTAL.search(p.text) for p in under[:3])):
        # a collector's lockbox or box the payment goes to ("Meridian Receivables Services, Inc. / Lockbox Dept.",
        # "Riviera Finance LLC / PO Box 202485"), or a factor the account is assigned to ("... Trade Finance, LLC")
        return
    for depth, phrase in enumerate(under):
        if phrase.text.rstrip().endswith(":") and not _NAME_LABEL.match(phrase.text):
            continue  # the next field's label ("From: | X" over "Sent: | ...")
        named = view.right_of(phrase) if _NAME_LABEL.match(phrase.text) else None
        label, colon, rest = phrase.text.partition(":")
        if named is None and colon and rest.strip() and _NAME_LABEL.match(label):
            yield rest.strip(), 0  # "Denominazione: Ceramiche Del Sole S.r.l.": the block's name field
            continue
        form = under[depth + 1].text.strip() if depth + 1 < len(under) else ""
        if named is None and phrase.text.rstrip().endswith((",", ".")) and not LEGAL_FORM.search(phrase.text) and (
                LEGAL_FORM.match(form) and len(form.split()) <= 4 and not any(ch.isdigit() for ch in form)):
            # a name wrapped before its legal form ("... de Puebla," over "S.A. de C.V.", "... ve Tic." over "A.Ş.")
            yield f"{phrase.text.rstrip()} {form}", depth
        yield (named.text if named is not None else phrase.text), depth  # "Name | Schaller GmbH"


# a payee who collects for the seller: "f/a/o", "FBO", "for the account of" the seller
_FOR_ACCOUNT = re.compile(r"^(?:f/a/o|f\.?b\.?o\.?|for\s+(?:the\s+)?(?:account|benefit)\s+of)\s*:?\s+(\S.*)$", re.I)
_LOCKBOX = re.compile(r"\block\s*-?\s*box\b", re.I)
_COLLECTOR = re.compile(r"\b(?:receivables?|factoring|factors?|funding|capital|financ\w*|bank\w*|bancorp)\b", re.I)
_ASSIGNED = re.compile(r"\b(?:has\s+been|is)\s+(?:sold\s+and\s+)?assigned\s+to\b", re.I)
_PAYABLE = re.compile(r"\bpayable\s+(?:only\s+)?to\b", re.I)
_ADVICE = re.compile(r"^\W*(?:payment|remittance)\s+advice\W*$", re.I)
_TO = re.compile(r"^to\s*:\s*(\S.*)$", re.I)


def _advice_payees(view: PageView) -> Iterator[tuple[str, int]]:
    """The payee of a payment advice slip ("PAYMENT ADVICE" over "To: Hedgerow & Hive Preserves Ltd"):
    the slip the customer sends back with the payment is addressed to the seller."""
    for row, phrases in enumerate(view.rows):
        if any(_ADVICE.match(p.text) for p in phrases):
            for phrase in (p for line in view.rows[row + 1:row + 4] for p in line):
                if (to := _TO.match(phrase.text)) and (value := party_value(to.group(1))):
                    yield value, 0


# a seller's label that also names the salesperson ("Verkäufer", "Vendeur", "Vendedor", "Verkoper")
_SELLING_PERSON = re.compile(r"^\W*(?:verk[äa]ufer(?:in)?|vendeur|vendedor|verkoper)\b", re.I)
# the document's own fields' labels: its number, its order's, its dates, its due and delivery dates, its terms
_FIELD_LABEL = re.compile("^(?:" + "|".join((*fl.INVOICE_NUMBER, *fl.ORDER_NUMBER, *fl.INVOICE_DATE, *fl.ORDER_DATE,
                                             fl.DUE_DATE, fl.SHIP_DATE, r"(?:liefer|zahlungs)bedingung")) + ")", re.I)


def _among_fields(view: PageView, label: Phrase) -> bool:
    """True when the seller's label is one field of the document's own (its number and dates labelled
    in the same column, a few lines around it: "Rechnungsnr. | Buchungsdatum | ... | Verkäufer"): the
    salesperson who took the order, not the party that sold."""
    near = range(max(0, label.row - 8), min(len(view.rows), label.row + 9))
    return sum(1 for row in near for p in view.rows[row]
               if p is not label and abs(p.x0 - label.x0) <= 6 and _FIELD_LABEL.match(p.text)) >= 2


def _centred_over(view: PageView, label: Phrase) -> Phrase | None:
    """The first line of the block a box title is centred over ("VENDOR" over "LINGBO GROUP INC" /
    "3333 WARRENVILLE RD"): on the first of the two lines under the label that prints under it,
    the one phrase there."""
    for row in view.rows[label.row + 1:label.row + 3]:
        if not row:
            continue
        under = [p for p in row if overlap(p, label) > 0]
        if len(under) > 1 or view.y(row[0].row) - view.y(label.row) > 2.5 * max(view.lines[label.row].size, 6.0):
            return None
        if under:
            return under[0]
    return None


def _in_a_table(view: PageView, label: Phrase) -> bool:
    """True for a table's column label ("REF. | DESIGNATION | Marque | NB Colis | QTE ...": three labels of a
    product table's columns on its line or more) and for a word in a product's row with prices after it
    ("FROM ABBAYE | 1 | 5 | U | 3,25 | 3,25 | 16,25"): the brands of its products, no seller."""
    products = sum(1 for p in view.rows[label.row] if role_of(p.text) in _PRODUCT_ROLES)
    return products >= 3 or (":" not in label.text and sum(
        1 for p in view.after(label) if _PRICE.fullmatch(p.text.strip())) >= 2)  # ("Sold by: X | £12.50": a seller)


_PRODUCT_ROLES = frozenset({lx.CODE, lx.DESCRIPTION, lx.PRICE, lx.LIST_PRICE, lx.AMOUNT, *lx.QTY_ROLES})
_PRICE = re.compile(r"[-$€£]?\s?\d{1,3}(?:[.,\s]\d{3})*[.,]\d{2,3}\s?[€$£]?")


_BESIDE = 150.0  # points: a label's value stands this close to its right, or it belongs to another box
