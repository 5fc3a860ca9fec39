"""The parties a page names: the customer's blocks (under "Bill to", "Kunde", "Client", ... and
under a window's sender line, ``sender_lines``), a party label's value and the page's own
web and e-mail domains. ``issuer`` weighs the seller's evidence with them."""

from __future__ import annotations

import re
from collections.abc import Iterator

from invoice_processing.layout import field_labels as fl
from invoice_processing.layout.field_values import Hit, compiled, label_hits, whole_words
from invoice_processing.layout.fields import SPACING, PageView, Phrase, overlap, pitch
from invoice_processing.vendors.issuer_names import is_label, name_key, name_like, squash
from invoice_processing.vendors.sender_lines import postcode, sender_lines

LABEL_TAIL, ADDRESS, CREDIT = compiled(fl.SELLER_LABEL_TAIL), compiled(fl.ADDRESS), compiled(fl.CREDIT)
_PARTY = compiled(f"{fl.SELLER_LABELS}|{fl.CUSTOMER_LABELS}")
_SELLER = compiled(fl.SELLER_LABELS)
_ROLE = re.compile(r"brand|retailer|stockist|maker|merchant|shop|store", re.I)  # a party's role in brackets
DOMAIN = compiled(fl.DOMAIN)
PARTS = compiled(fl.PART_SEPARATORS)


_ACCOUNT = re.compile(r":?\s*#?\s*(?=(?:[A-Z-]*\d){3})[A-Z\d-]{3,12}")  # one code with three digits, no lower case


def party_value(rest: str) -> str | None:
    """What follows a party label in its phrase: '' for none ("Bill To:", "Seller Name:"), the
    name itself ("Sold By : X Ltd.", "Order from X Ltd - street ..."), or None when the label names
    another field of the party ("Seller Signature", "Customer No. 123"). A synonym in brackets
    is still the label ("SUPPLIER (VENDOR)"), and so is a label ending in a comma ("Bill To,")."""
    if rest in (",", ";"):
        return ""
    if rest.startswith("(") and rest.endswith(")") and (_PARTY.fullmatch(rest[1:-1].strip()) or _ROLE.fullmatch(
            rest[1:-1].strip())):
        return ""  # ("SUPPLIER (VENDOR)", "SELLER (BRAND)", "BILLED TO (RETAILER)")
    tail = LABEL_TAIL.match(rest)
    if tail is None:
        if _ACCOUNT.fullmatch(rest):
            return ""  # "VENDOR: 00317": the party's account number beside its label, its name under it
        if rest and not name_like(rest):  # "Order from X Ltd - The Old Dairy, Wells Road": the name, then its address
            first = PARTS.split(rest)[0]
            first = first if first != rest else _before_address(rest)
            return first if first and name_like(first) else None
        return rest
    return "" if tail.group(1) is not None and not rest[tail.end() :].strip(" :") else None


def _before_address(text: str) -> str:
    """A name run on into its address on one line ("Henry Schein, Inc. Box 371952 Pittsburgh, PA"):
    the words before the first with a digit, without the box or suite words that lead to it."""
    words: list[str] = []
    for word in text.split():
        if any(ch.isdigit() for ch in word):
            break
        words.append(word)
    while words and words[-1].lower().rstrip(",") in fl.BOX_WORDS:
        words.pop()
    return " ".join(words).rstrip(",") if len(words) < len(text.split()) else ""


def customer_blocks(view: PageView) -> tuple[set[Phrase], set[str]]:
    """Phrases of the customer's blocks (under customer labels and window sender lines) and the
    customer names they print (not from a bare "To:", which a payment advice also uses)."""
    blocked: set[Phrase] = set()
    names: set[str] = set()
    for hit in label_hits(view, fl.CUSTOMER_LABELS):
        if not _customers(view, hit):
            continue
        row = view.rows[hit.phrase.row]
        bound = min([p.x0 for p in row if p.x0 > hit.phrase.x1 and (is_label(p.text) or p.text.endswith(":"))]
                    + [p.x0 - 12 for p in row if p.x0 > hit.phrase.x1 and _PARTY.fullmatch(p.text.strip())]
                    + [p.x0 - 4 for p in row if not hit.rest and _peer_heading(view, hit.phrase, p)]
                    + [hit.phrase.x0 + 260])  # (a block is no wider; the supplier's box may stand right of it)
        largest = 2.5 * pitch(hit.phrase)  # (a name set far larger on the label's line is the letterhead's)
        block = [hit.phrase, *(p for p in row if hit.phrase.x1 <= p.x0 < bound and pitch(p) <= largest),
                 *_column(view, hit.phrase, bound)]
        blocked.update(block)
        value = party_value(hit.rest)  # ("Shipping address: Tidepool General Store, 1204 Bay Street": its name)
        first = _before_address(value) or value if value else next((p.text for p in block[1:] if name_like(p.text)),
                                                                     hit.rest)
        if first and not re.match(r"to\b", hit.phrase.text, re.I):
            names.add(name_key(first))
    for firm in (f for row in view.rows for p in row if (f := _firm_over(view, p)) is not None):
        blocked.add(firm)  # ("Pinewood Grocers, Inc." over "Attn: Helen Barros, General Manager": whose she is)
        names.add(name_key(firm.text))
    for block in _addressed_blocks(view):  # a window's address to a person by title: "Mr. | Luis Carrillo" ...
        blocked.update(block)
        names.update(name_key(p.text) for p in block if name_like(p.text))
    for sender in sender_lines(view):
        blocked.update(_column(view, sender, sender.x1 + 12))
    labelled = blocked or any(True for _ in label_hits(view, fl.SELLER_LABELS))
    for head, block in () if labelled else _twin_blocks(view):  # (blocks under no party label only)
        blocked.update(block)
        if head is not None:
            names.add(name_key(head.text))
    titled = [] if labelled else _block_under_title(view)
    blocked.update(titled)
    names.update(name_key(p.text) for p in titled[:1])
    return blocked, names


_TITLE_ALONE = compiled(rf"\W*{fl.DOCUMENT_WORD}\W*")


def _block_under_title(view: PageView) -> list[Phrase]:
    """An address block under a big document title at its left edge, under no label, while a name stands right of the
    title on a line over the title's (Xero's "TAX INVOICE" over its contact's block, the seller's at the right from
    the page's top): the customer's (never a seller's block under its title beside a window set at its height)."""
    for row in view.rows[:6]:
        for title in row:
            if not _TITLE_ALONE.fullmatch(title.text) or view.lines[title.row].size < 1.6 * (view.body_size or 99.0):
                continue
            under = [p for r in range(title.row + 1, min(title.row + 6, len(view.rows))) for p in view.rows[r]
                     if 0 <= p.x0 - title.x0 <= 15 and view.y(r) - view.y(title.row) <= 5 * SPACING]
            if not under or not name_like(under[0].text):
                return []
            block = [under[0], *_column(view, under[0], under[0].x0 + 200)]
            seller = [p for r in view.rows[:title.row] for p in r if p.x0 > title.x1 + 100 and name_like(p.text)]
            return block if len(block) >= 3 and seller and any(postcode(p.text) for p in block) else []
    return []


def _customers(view: PageView, hit: Hit) -> bool:
    """Whether a customer label's hit labels the customer: not another field of the party, nor the seller's own
    addresses in the small print at the foot ("Rechnungsadresse:"), nor a label naming the seller first ("Saaja /
    Mottagare": a giro's payee in two languages), nor a transfer's recipient among bank details ("Bankverbindung: |
    Empfänger: Daniel Baldauf | IBAN: ...": the account's holder, the seller)."""
    phrase = hit.phrase
    return not (party_value(hit.rest) is None or (view.in_footer(phrase.row) and view.is_small(phrase.row))
                or _SELLER_FIRST.match(phrase.text) or (_PAYEE.match(phrase.text) and among_bank_lines(view, phrase)))


_SELLER_FIRST = compiled(rf"\W*{whole_words(fl.SELLER_LABELS).pattern}")  # a seller's label as a whole word


# "Attn:", the Nordic "Att.:", the Dutch "t.a.v.", the German "z.Hd."
_REMITTANCE = re.compile(r"\b(?:remit\w*|payments?|pay)\b", re.I)  # "Mail payments to:", "Remittance address:"
_ATTN = re.compile(r"\s*(?:attn\b|attention\b|att\.|t\.\s?a\.\s?v\.|z\.\s?hd\.)", re.I)


def _firm_over(view: PageView, attn: Phrase) -> Phrase | None:
    """The firm's name right over an "Attn:" line at its start, in body print and under or after no seller's label
    ("Remit to: | Acme Inc." over "Attn: Accounts Receivable" is the seller's): the customer the person works for."""
    row = attn.row
    found = _ATTN.match(attn.text)
    if found is None or row == 0 or not view.near(row - 1, row) or view.in_footer(row) or any(
            ch.isdigit() for ch in attn.text[found.end():]):
        return None  # (the seller's own contact block at the foot; "Att. al cliente: 912 345 678", a service line)
    firm = next((p for p in view.rows[row - 1] if abs(p.x0 - attn.x0) <= 3.0), None)
    if firm is None or not name_like(firm.text) or (view.body_size and view.lines[row - 1].size > 1.2 * view.body_size):
        return None
    over = [p for r in range(max(0, row - 3), row - 1) for p in view.rows[r] if overlap(p, firm) > 0]
    before = [p for p in view.rows[row - 1] if p.x1 <= firm.x0]  # ("Remit to: | Northpeak Paper Goods, Inc.")
    return None if any(_SELLER.match(p.text.strip()) or _REMITTANCE.search(p.text) for p in [firm, *over, *before[-1:]]
                       ) else firm


_PAYEE = re.compile(r"\s*(?:empf[äa]nger|recipient)\b", re.I)  # a transfer's recipient among bank details
_BANK_LINE = re.compile(r"\b(?:iban|bic|swift|bankverbindung|bank\s*details|kontoinhaber|routing|sort\s*code|bsb|"
                        r"bank(?=\s*:))\b", re.I)  # ("Bank: First Coastal", "Routing (ACH)"; an account's number may be
# the customer's own account with the seller)


def among_bank_lines(view: PageView, phrase: Phrase) -> bool:
    """A bank-details line (IBAN, BIC, "Bankverbindung", "Bank:", a routing or sort code) within two lines over or
    under ``phrase``, in its column (not the seller's bank column beside a customer's "Empfänger:" block)."""
    near = range(max(0, phrase.row - 2), min(len(view.rows), phrase.row + 3))
    return any(_BANK_LINE.search(p.text) for r in near if r != phrase.row for p in view.rows[r]
               if p.x0 < phrase.x1 + 20 and phrase.x0 - 20 < p.x1)


_SALUTATION = re.compile(rf"{fl.PERSON_TITLE}\.?(?:\s|$)", re.I)  # (never "Monsieur Bricolage", "Miss Daisy ...")
_BESIDE = re.compile(r"(?:mme|mlle|sra|sig\.?ra)\.?\s", re.I)  # (a sole trader's own letterhead may open with one)


def _addressed_blocks(view: PageView) -> Iterator[list[Phrase]]:
    """Address blocks that start with a person's title ("Mr. | Luis Carrillo" over "Little Gem Taqueria LLC",
    a street and a postcode; "Mme Hélène ..." beside the seller's street): the customer's, in body print (a
    letterhead's large "Mrs. Meyer's Soap Co." sells)."""
    for row in view.rows:
        if not row or (view.body_size and view.lines[row[0].row].size > 1.2 * view.body_size):
            continue
        # (anywhere on its row: a window right of the seller's print; a French, Spanish or Italian title only there,
        # "Mme Hélène ..." beside the seller's street)
        for title in (p for at, p in enumerate(row) if _SALUTATION.match(p.text) or at and _BESIDE.match(p.text)):
            block = [p for p in row if title.x0 <= p.x0 < title.x0 + 260] + list(_column(view, title, title.x0 + 260))
            if any(postcode(p.text) for p in block):
                yield block


def _peer_heading(view: PageView, label: Phrase, other: Phrase) -> bool:
    """``other``, far right of a party label alone on its row, heads a block of its own ("Billed to |
    Invoice details | Payment"): three blocks or more side by side, the next row printing a line under
    each heading (a form's "Bill To | Appalachian Outfitters LLC" is a label and its value)."""
    if other.x0 - label.x1 < 100 or label.row + 1 >= len(view.rows):
        return False
    under = view.rows[label.row + 1]
    heads = [p for p in view.rows[label.row] if p.x0 >= label.x1 + 100 and any(abs(u.x0 - p.x0) <= 4 for u in under)]
    return len(heads) >= 2 and other in heads and any(abs(p.x0 - label.x0) <= 4 for p in under)


def _twin_blocks(view: PageView) -> Iterator[tuple[Phrase | None, list[Phrase]]]:
    """Blocks printed twice side by side under no label (the customer's billing and shipping
    address, the same): two lines or more of one block repeated a column away, within a line or two.
    Each block's phrases in that column, with the name heading it (the line over its first
    repeated line, when it is a name; the other block may print no name)."""
    seen: dict[str, list[Phrase]] = {}
    for row in view.rows:
        for phrase in row:
            if len(phrase.text) >= 6 and not _MONEY.search(phrase.text):
                seen.setdefault(squash(phrase.text), []).append(phrase)
    twins = [pair for pair in seen.values() if len(pair) == 2 and abs(pair[0].row - pair[1].row) <= 2
             and abs(pair[0].x0 - pair[1].x0) >= 100]
    if len(twins) < 2 or len(twins) * 2 > 0.3 * sum(len(row) for row in view.rows):
        return  # (a page printed twice side by side, "Customer copy | Office copy", is no customer's block)
    for side in (0, 1):
        block = sorted((pair[side] for pair in twins), key=lambda p: p.row)
        first = block[0]
        above = [p for p in view.rows[first.row - 1] if abs(p.x0 - first.x0) <= 12] if first.row else []
        head = above[0] if above and name_like(above[0].text) and above[0] not in block else None
        yield head, [*block, *([head] if head is not None else [])]


def _column(view: PageView, head: Phrase, bound: float) -> Iterator[Phrase]:
    """Phrases under ``head`` between its left edge and ``bound``, until a gap or another label."""
    last, size = view.y(head.row), view.lines[head.row].size
    for row in view.rows[head.row + 1 : head.row + 8]:
        inside = [p for p in row if head.x0 - 12 <= p.x0 < bound]
        y = view.y(row[0].row) if row else last
        # (a name in larger type after a gap, once the block has lines: the next block, a letterhead's; a customer's
        # name in bold under its small label is its block's first line, and its contact under it no larger)
        larger = bool(inside) and last > view.y(head.row) and view.lines[row[0].row].size >= 1.25 * view.lines[
            head.row].size and view.lines[row[0].row].size > size
        if y - last > 2.5 * SPACING or (any(is_label(p.text) for p in inside) and y - last > SPACING) or (
                larger and y - last > 1.5 * SPACING):
            return
        if inside:
            last, size = y, view.lines[row[0].row].size
            yield from inside


def page_domains(view: PageView, customer: set[Phrase]) -> set[str]:
    """Web and e-mail domains printed outside the customer's blocks (not free-mail providers)."""
    texts = [p.text for row in view.rows for p in row if p not in customer and not CREDIT.search(p.text)]
    found = {squash(m.group(1)) for text in texts for m in DOMAIN.finditer(text)}
    return {d for d in found if len(d) >= 3 and d not in fl.FREE_MAIL}


_MONEY = compiled(fl.MONEY)
