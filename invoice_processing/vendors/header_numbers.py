"""The document's own number, read from the header: an invoice number beats an order number, which
beats a receipt, quotation or contract number, then a reference (labels in tiers, ``layout.field_labels``);
each value is checked against its type (``number_tokens.read_id``: a token with a digit that is no date, amount or
phone number). The buyer's PO number is read apart (``find_po_number``)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from invoice_processing.layout import field_labels as fl
from invoice_processing.layout.field_values import find_beside, find_value, label_hits, tier
from invoice_processing.layout.fields import PageView, Phrase, pitch
from invoice_processing.models import TextLine
from invoice_processing.normalize import date_span
from invoice_processing.vendors.number_forms import (
    HEADER_ROWS,
    after_point_of_sale,
    in_a_sentence,
    invoice_titled,
    series_and_number,
)
from invoice_processing.vendors.number_tokens import read_id

# a credit or debit note's or a corrected invoice's own number, as strong as an invoice's: the first of them read top
# to bottom wins ("Gutschrift-Nr.: GS-2025-00318" printed over "... zu Rechnung Nr. RE-2025-04127" in the letter)
_OWN_CREDIT = (rf"(?:credit|debit)\s*(?:note|memo)\s*{fl.NUMBER_SIGN}", r"gutschrift\s*-?\s*(?:nummer|nr\b\.?)",
               r"(?:korrektur|storno)rechnung(?:\s*-?\s*(?:nummer|nr\b\.?))?|rechnungskorrektur\s*-?\s*(?:nummer|nr\b\.?)",
               rf"n\s*[°º]\s*d['’]\s*avoir|avoir\s*{fl.NUMBER_SIGN}|facture\s*rectificative\s*{fl.NUMBER_SIGN}")
NUMBER_LABELS: tuple[str, ...] = (  # strongest first
    tier((*fl.INVOICE_NUMBER, *_OWN_CREDIT)),
    # "Invoice 1020", "Factuur" over its number, "# 123", "Invoice for Order #LF1289", "Invoice for #1064"
    # ("#0211, block B, the orient", "#03-08 Lantern Works": an address's unit, no number)
    rf"{fl.DOCUMENT_WORD}(?:\s+for\s+(?:order\s*)?#?)?|#(?!\d{{2}}-\d{{2,4}}\s+(?-i:[A-Z][a-z]))(?=\s*[A-Za-z0-9_\-]*\d(?![A-Za-z0-9_\-]*,))",
    tier((fl.DOCUMENT_NUMBER, r"documento?(?=\s*:?\s*$)")),  # ("Document", "Documento" alone beside its number)
    tier(fl.ORDER_NUMBER),
    tier(fl.OTHER_DOCUMENT),
    tier(fl.REFERENCE),
    fl.BARE_NUMBER,
    tier(fl.DELIVERY_DOCUMENT),
    fl.QUALIFIED_ORDER,
)
PO_LABELS: tuple[str, ...] = (tier(fl.PO_NUMBER),)
_SHORT = re.compile(r"[:#\s]*(\d{1,2})")
_AFTER_HYPHEN = re.compile(r"(?<=[-/])\s+")
# INV-2026-0042, INV000123, INV/2023/03/0008; a sales order's, a quotation's or an estimate's: SO-2025-11872, QT-0041
_ID_TAIL = r"[-/_#]?[A-Z]{0,3}[-/_]?\d[\w/-]*"  # what follows a kind's prefix in a number that names its kind
_INVOICE_ID = re.compile(rf"(?:INV|SO|QT|QUO|EST){_ID_TAIL}")
_OWN_ID = re.compile(rf"INV{_ID_TAIL}")  # an invoice's own prefix (not an order's "SO-")



def find_invoice_number(lines: Sequence[TextLine]) -> str:
    """The invoice number, else an order, receipt/quotation/contract or reference number."""
    view = PageView(lines)
    number = _found_number(view, lines)
    return after_point_of_sale(view, number) if number.isdigit() else number


def _found_number(view: PageView, lines: Sequence[TextLine]) -> str:
    bare = NUMBER_LABELS.index(fl.BARE_NUMBER)
    heads = view.product_headers()  # (a product table's column labels, "Ref.", name no document number)
    return (find_value(view, NUMBER_LABELS[:2], read_id)
            or find_beside(view, r"#(?=\s*$)", read_id, skip=view.table_rows())  # (Zoho's bare "#")
            or find_beside(view, NUMBER_LABELS[0], _short_number)  # "Invoice Number: 1" beside "Order Number: 2295"
            or _under_the_title(lines)  # "COMMERCIAL INVOICE" over "Number | IN-0593817" beats "Order: SO-1102266"
            or _own_invoice_id(view)  # "INV-1187342 | Date 11/04/2025" beats "Sales Order SO-884120"
            or find_value(view, NUMBER_LABELS[2:3], read_id, heads)  # ("Document | INV 0098812" beats "Order #")
            or (find_value(view, (fl.BARE_NUMBER,), _bare_id, heads) if invoice_titled(view) else None)
            or find_value(view, NUMBER_LABELS[3:bare], read_id, heads)
            or find_value(view, (fl.BARE_NUMBER,), _bare_id, heads)
            or find_value(view, NUMBER_LABELS[bare + 1:], read_id, heads) or _short_beside(view)
            or find_value(view, NUMBER_LABELS[:1], _short_number)  # (a grid's "Invoice No." over "31")
            or _invoice_id_alone(view) or series_and_number(lines) or in_a_sentence(lines) or _by_the_date(view)
            or "")


_TITLE = re.compile(rf"{fl.DOCUMENT_WORD}", re.I)
_PACKING = re.compile(fl.DELIVERY_TITLE, re.I)  # ("Invoice / Packing List": one title)
_TITLE_PARTS = re.compile(r"/|\s[-–]\s")  # ("FATTURA / INVOICE", "FAKTURA - DAŇOVÝ DOKLAD")
_BARE = re.compile(r"(?:number|no\.?|nr\.?|#|n[°º.]|№|br\.|č\.)\s*:?", re.I)  # (Czech, Slovak "č.")
# (after two or three capitals before the number, a Portuguese document's series or another's: "Nº FT 2025/318",
# "No. PW 77104")
_BARE_WITH = re.compile(r"(?:number|no\.|nr\.|#|n\.?\s*[°º]|№|br\.|č\.)\s*:?\s*"
                        r"((?-i:[A-Z]{2,3}\s(?=\d|[A-Z0-9]{1,5}/\d))?\S*\d\S*)", re.I)  # (and "N.º FT M/1532")


def _under_the_title(lines: Sequence[TextLine]) -> str | None:
    """The number beside a bare "Number" label right under the invoice's title, in its box
    ("COMMERCIAL INVOICE" over "Number | IN-0593817"), or a code alone under a bigger title at the end of
    its line ("Sales Invoice" over "... ACC-SINV-2025-00087"): the invoice's own, before an order's
    number printed elsewhere."""
    for at, line in enumerate(lines[:HEADER_ROWS]):
        titles = [c for c in line.cells if all(_TITLE.fullmatch(part.strip()) or _PACKING.fullmatch(part.strip())
                                               for part in _TITLE_PARTS.split(c.text)) and _TITLE.search(c.text)]
        # (the name may share its line; "FATTURA / INVOICE": the title in two languages; "FAKTURA | DAŇOVÝ DOKLAD":
        # a title in two phrases, side by side)
        if not titles or any(line.cells.index(b) != line.cells.index(a) + 1
                             for a, b in zip(titles, titles[1:], strict=False)):
            continue
        title = titles[-1]
        beside = [c for c in line.cells if c.x0 > title.x1]  # ("FATTURA / INVOICE | N. / No. | 142/E": on its line)
        if len(beside) >= 2 and all(_BARE.fullmatch(part.strip()) for part in beside[0].text.split("/")):
            return read_id(beside[1].text)
        if beside and (joined := _BARE_WITH.fullmatch(beside[0].text.strip())):
            return read_id(joined.group(1))  # ("FAKTURA | DAŇOVÝ DOKLAD | č. 2025010457": one phrase beside it)
        for under in lines[at + 1:at + 4]:
            cells = under.cells
            near = [i for i, c in enumerate(cells) if c.x1 > title.x0 - 2 * max(line.size, 6.0)
                    and c.x0 < title.x1] if cells else []
            if near and near[0] + 1 < len(cells) and _BARE.fullmatch(cells[near[0]].text.strip()):
                return read_id(cells[near[0] + 1].text)
            # (the box's label and number spanning the title centred over them: "INVOICE" over "Number | KOG-31877")
            spanned = [i for i, c in enumerate(cells[:-1]) if c.x0 < title.x0 and cells[i + 1].x1 > title.x1
                       and _BARE.fullmatch(c.text.strip())]
            if spanned:
                return read_id(cells[spanned[0] + 1].text)
            joined = _BARE_WITH.fullmatch(cells[near[0]].text.strip()) if near else None
            if joined:  # ("Invoice" over "No. KH/INV/2025/1146": label and number one phrase)
                return read_id(joined.group(1))
            # a code of letters and digits alone under the title, ending a letterhead's line ("Sales Invoice" over
            # "... GSTIN/EIN 39-2214876 ACC-SINV-2025-00087")
            coded = [c for c in cells if title.x0 - line.size <= c.x0 < title.x1 and _CODE.fullmatch(c.text.strip())
                     and not _NOT_A_NUMBER.search(c.text) and date_span(c.text) is None]
            if len(coded) == 1 and coded[0] is cells[-1] and pitch(title) > 1.3 * pitch(coded[0]) and not (
                    len(cells) > 1 and _labels_it(cells[-2].text)):  # (set bigger; not "VAT | GB123456789")
                return read_id(coded[0].text)
    return None


# (maybe after a Portuguese document's series letters: "FT 2025A/412", never "PO 4471-OH")
_CODE = re.compile(r"(?:(?:FT|FR|FS|NC|ND|RG|VD)\s)?(?=\S*\d)(?=\S*[A-Za-z])[A-Za-z0-9][\w/.-]{4,}")
# a web address or a tax number under the title ("www.acme24.com", "GB123456789"): no document's number
_NOT_A_NUMBER = re.compile(r"^www\.|\.[a-z]{2,6}$|^[A-Z]{2}\d{8,12}$", re.I)
_LABEL_WORDS = fl.TAX_ID_WORDS | {"IBAN", "BIC", "SWIFT", "TEL", "FAX", "PHONE", "REG", "NO", "NR"}


def _labels_it(text: str) -> bool:
    """True for a label without digits whose last word names a tax, bank or phone number ("VAT", "IBAN:")."""
    words = text.strip().upper().replace("/", " ").split()
    return bool(words) and not any(ch.isdigit() for ch in text) and words[-1].strip(".:#") in _LABEL_WORDS


def _short_beside(view: PageView) -> str | None:
    """A short number beside a quotation's or receipt's label ("Offertnummer: 52"), else beside the
    document's title ("Rechnung 13"); an invoice's label's is read first of all ("Rechnungsnummer: 6")."""
    return find_beside(view, tier(fl.OTHER_DOCUMENT), _short_number) or find_beside(
        view, fl.DOCUMENT_WORD, _short_number)  # the title "Rechnung 13"


_TOWN_AFTER = re.compile(r"^\s*:?\s*\d{1,4}[a-z]?,\s+[A-ZÄÖÜ][a-zäöüß]+(?:[\s-][A-ZÄÖÜ][a-zäöüß]+)?\s*$")


def _bare_id(text: str) -> str | None:
    """A number under a bare "No." / "Nr." label, unless a town follows it ("Nr. 1023, Maputo": the
    house number of an address)."""
    return None if _TOWN_AFTER.match(text) else read_id(text)


def find_po_number(lines: Sequence[TextLine]) -> str:
    """The buyer's purchase-order number ("PO #", "Customer PO", "Purchase Order No.")."""
    return find_value(PageView(lines), PO_LABELS, read_id) or ""


# a PO the buyer named in words ("HOLIDAY RESTOCK 2", "Christmas in July (Deb) #2"): up to six words, up to the next
# field's label (an invoice's, an order's or a reference's word only before its number: "SPRING ORDER 2" is a name);
# never a placeholder ("N/A", "PER EMAIL") nor a sentence ("Please reference on all invoices")
_NAMED_PO = re.compile(r"[^\W_][\w&'/.-]*(?:\s[\w&'/.()#-]+){0,5}")
_NEXT_FIELD = re.compile(r"(?:^|\s+)(?=(?:terms|ship(?:ped)?\s*(?:via|date|to)|via|date|rep|f\.?o\.?b\b|due|account|"
                         r"acct|buyer|contact|carrier|customer|cust\b|page|tel|phone|fax|e-?mail|sales\s*(?:rep|person)|"
                         r"dept|net\s*\d+)\b|(?:invoice|(?:sales\s*)?order|ref(?:erence)?)\b\s*(?:[#:]|no\b|number|date|"
                         r"\d{3}|[A-Z]{2,}-?\d|$))", re.I)
_PLACEHOLDER = re.compile(r"(?:n/?a|none|tbd|tba|verbal|phone|e-?mail|per\s+\w+|-+)(?:\W|$)", re.I)
_LABEL_ALONE = re.compile(r"(?:sales\s*|purchase\s*|customer\s*)?(?:order|invoice)(?:\s*(?:no\.?|#|number))?", re.I)
_SENTENCE = re.compile(r"\b(?:please|reference|refer|see|on|all|the|our|your)\b", re.I)
_SUFFIXED = re.compile(r"\s+#\d{1,3}")  # a typed PO's number and its count after it ("JM-FALL25 #2")


def _named_po(text: str) -> str | None:
    if text.strip().endswith(":") or _PLACEHOLDER.match(text.strip()):
        return None  # (another label: "Purchase Order | PO #: LARKSPUR ..."; a placeholder: "PER EMAIL")
    value = _NEXT_FIELD.split(text.strip(), maxsplit=1)[0].strip(" :#")
    words = value.split()
    lowered = sum(w[0].islower() for w in words) * 2 > len(words) >= 3 and _SENTENCE.search(value)
    return value if len(value) <= 40 and _NAMED_PO.fullmatch(value) and not re.search(fl.MONEY, value) and not (
        lowered or _LABEL_ALONE.fullmatch(value)) else None


def find_named_po(lines: Sequence[TextLine]) -> str:
    """The buyer's PO as typed: its words beside its label (or right under it, a box's value), up to the next
    field's label, where no number is printed ("HOLIDAY RESTOCK 2"), or its number and a count after it ("JM-FALL25
    #2"); else its number (a retailer files a OneHundred80 invoice by its PO, whatever its buyer typed there)."""
    view = PageView(lines)
    number = find_value(view, PO_LABELS, read_id) or ""
    named = find_beside(view, PO_LABELS[0], _named_po) or _named_under(view) or ""
    return named if named and (not number or _SUFFIXED.fullmatch(named.removeprefix(number))) else number


def _named_under(view: PageView) -> str | None:
    """The words in a PO box's value, the line right under its label and over it ("P.O. Number" over "SPRING
    RESTOCK"); never print further down (a blank box's label over the table's head)."""
    for hit in label_hits(view, PO_LABELS[0]):
        row, label = hit.phrase.row, hit.phrase
        bound = min((p.x0 for p in view.rows[row] if p.x0 >= label.x1), default=label.x1 + 200)  # (the next box's)
        under = [p for p in view.rows[row + 1] if p.x1 > label.x0 and p.x0 < bound] if view.near(row, row + 1) else []
        if not hit.rest and under and (value := _named_po(" ".join(p.text for p in under))):
            return value
    return None


def _short_number(text: str) -> str | None:
    """The whole value a number of one or two digits ("Rechnungsnummer: 6"; not "14 days net")."""
    found = _SHORT.fullmatch(text.strip())
    return found.group(1) if found else None


def _invoice_id_alone(view: PageView) -> str | None:
    """A number that names itself an invoice's ("INV-2026-0042") printed alone, under no label,
    over the page's first table: the document's number when no label names one."""
    for _, _, phrase in _over_the_table(view):
        text = _AFTER_HYPHEN.sub("", phrase.text.strip())  # ("INV- 494- 2023")
        if _INVOICE_ID.fullmatch(text):
            return read_id(text)
    return None


def _over_the_table(view: PageView) -> Iterator[tuple[int, int, Phrase]]:
    """(row, place in its row, phrase) of the header's phrases: over the page's first table, in its first lines."""
    stop = min(view.table_rows(), default=len(view.rows))
    for at, row in enumerate(view.rows[:min(stop, HEADER_ROWS)]):
        for place, phrase in enumerate(row):
            yield at, place, phrase


def _own_invoice_id(view: PageView) -> str | None:
    """An invoice's own number by its prefix ("INV-1187342"), under no label and beside none, read before an
    order's labelled number; never on a credit note's, receipt's or statement's page (its "INV-" is the invoice it
    settles)."""
    if find_value(view, (_SETTLES,), read_id, view.product_headers()):
        return None
    for at, place, phrase in _over_the_table(view):
        if _OWN_ID.fullmatch(_AFTER_HYPHEN.sub("", phrase.text.strip())) and not _labelled(view, at, place):
            return read_id(phrase.text.strip())
    return None


# a receipt's, a statement's or a remittance's number: such a page names the invoices it settles ("INV-...")
_SETTLES = rf"(?:receipt|statement|remittance|payment|quittung|re[çc]u|recibo)\s*{fl.NUMBER_SIGN}"


def _labelled(view: PageView, at: int, place: int) -> bool:
    """Whether a label stands right before ``view.rows[at][place]`` on its line (a colon's or a number sign's, or
    words without digits close to it) or right over it (words without digits that are no document's title)."""
    row, phrase = view.rows[at], view.rows[at][place]
    near = 3 * max(pitch(phrase) * 2, 6.0)
    before = row[place - 1] if place else None
    if before is not None and (before.text.rstrip().endswith((":", "#")) or (
            phrase.x0 - before.x1 <= near and not any(ch.isdigit() for ch in before.text))):
        return True
    above = [p for p in (view.rows[at - 1] if at else []) if p.x0 < phrase.x1 and phrase.x0 < p.x1]
    return any(not any(ch.isdigit() for ch in p.text) and not _TITLE.fullmatch(p.text.strip()) for p in above)


def _by_the_date(view: PageView) -> str | None:
    """A code alone at its line's end right under or over a date alone at its own, the two aligned ("28.02.2022"
    over "10260-22-186784A" at the page's top right): the document's number printed without a label."""
    rows = view.rows[:_TOP_ROWS]
    for at, row in enumerate(rows):
        found = date_span(row[-1].text) if row and _alone(row) else None
        if not found or found[1] > 0 or found[2] < len(row[-1].text.strip()):
            continue
        for near in (at - 1, at + 1):
            other = rows[near][-1] if 0 <= near < len(rows) and rows[near] and _alone(rows[near]) else None
            text = other.text.strip() if other is not None else ""
            if other is not None and (abs(other.x1 - row[-1].x1) <= 2 or abs(other.x0 - row[-1].x0) <= 2) and (
                    _CODE.fullmatch(text) and not _NOT_A_NUMBER.search(text) and date_span(text) is None):
                return read_id(text)
    return None


_TOP_ROWS = 12  # (a page's head: where a letter's date and reference stand)


def _alone(row: list[Phrase]) -> bool:
    """Whether the row's last phrase stands apart from the rest of its line: well right of another block's text,
    and never near a label's colon ("Ship Date: | 03/12/2025")."""
    last = row[-1]
    gap = last.x0 - row[-2].x1 if len(row) > 1 else float("inf")
    labelled = len(row) > 1 and row[-2].text.rstrip().endswith((":", "#"))
    return gap > (20 if labelled else 8) * max(pitch(last), 1.0)
