"""Product lines of a till receipt that prints each item's name with its amount at the line's end
(a tax flag after it: "GIFT BAG ASST 30CT  14.99 A", "Glue Sticks Mini 60ct  33.96 T"), its count
and unit price on the line under it when it bought more than one ("4 @ 7.49", "2 Stk x 2,29",
"SKU 400220918  4 @ 8.49"), and its item number on a line of its own over or under it (as most of
the receipt's items have it).

Read only when nothing else found the document's lines, and kept only when the receipt's own
arithmetic holds: the items' amounts and the fees among them (a bottle deposit, a bag) add up to
the subtotal (or total) printed under them, so a letter, a statement or a totals block never reads
as items.
"""

from __future__ import annotations

import re
from decimal import Decimal

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.numbers import NumberFormat, parse_amount, to_the_cent, whole
from invoice_processing.models import Document, LineItem, TextLine
from invoice_processing.normalize import parse_date

# an amount at a line's end with cents, a tax flag or an asterisk after it ("14.99 A", "0,30 A *")
# (or whole, after its currency's sign: an estimate's "Roll more paint $100")
_AMOUNT_END = re.compile(r"\s(?:[£$€]?(?P<amount>-?\d[\d.,]*[.,]\d\d)|[£$€](?P<whole>\d{1,3}(?:,\d{3})+|\d{1,6}))"
                         r"(?:\s+[A-Z]{1,2})?(?:\s+\*)?$")
# a count and a unit price on a line of their own ("4 @ 7.49", "2 Stk x 2,29"), maybe after an item number
_RATE = re.compile(r"^(?:(?:SKU|Art\.?(?:-Nr\.?)?|#)?\s*(?P<code>[A-Z0-9-]*\d[A-Z0-9-]*)\s+)?"
                   r"(?P<qty>\d{1,4})\s*(?:st(?:k|ck)?\.?|pcs?|ea)?\s*(?:@|x|×)\s*[£$€]?(?P<price>\d[\d.,]*[.,]\d\d)$",
                   re.I)
# a count and a unit price before the name ("4 @ 9.49 EXT CORD 15FT BRN")
_RATE_FIRST = re.compile(r"^(?P<qty>\d{1,4})\s*(?:@|x|×)\s*[£$€]?(?P<price>\d[\d.,]*[.,]\d\d)\s+(?P<name>.*)$", re.I)
# an item number alone on its line ("0044871", "SKU 400220918")
_CODE_LINE = re.compile(r"^(?:SKU|Art\.?(?:-Nr\.?)?|Item|#)?\s*:?\s*(?P<code>[A-Z0-9-]*\d[A-Z0-9-]{3,})$"
                        r"|^(?:SKU|Art\.?(?:-Nr\.?)?|Item)\s*:?\s*(?P<named>(?=[A-Z0-9-]*[\d-])[A-Z0-9][A-Z0-9-]{3,})"
                        r"(?:\s+-\s+\S.*)?$", re.I)
# (a labelled item number may end in its digits or carry its variant after a dash: "SKU ST-THR-NVY - Navy")
# a fee a till adds among the items: not a product, but part of the subtotal
_FEE = re.compile(r"\b(?:bag\s*fee|bag\s*charge|carrier\s*bag|tragetasche|t[üu]te|draagtas|sac\s*cabas|"
                  r"deposit|pfand|statiegeld|consigne|crv)\b", re.I)
# a weighed item's weight and price per kilo under its name ("1,500 kg x 1,99 EUR/kg"): the item is bought once
_WEIGHED = re.compile(r"^\d+[.,]\d+\s*(?:kg|g|lb|lbs|oz|l)\s*[x×@]\s*\d[\d.,]*[.,]\d\d\s*(?:EUR|€|\$|£)?\s*/\s*"
                      r"(?:kg|g|lb|oz|l)$", re.I)
_PHONE = re.compile(r"^\d{3}-\d{3}-\d{4}$|^\d{3}-\d{4}$")
_CENTS = re.compile(r"(?<![\w.,])\d[\d.,]*[.,]\d\d(?![\w.,])")  # another amount among a name's words
_COUNT_FIRST = re.compile(r"^(?:\d{1,4}\s*[x×]|[x×]\d{1,4})\s", re.I)
_FLAG = re.compile(r"^[A-Z]\s+(?=\d{5,}\s)")  # a till's mark before the item number ("E 761205 GIFT BAG")


def block_items(document: Document, fmt: NumberFormat) -> list[LineItem]:
    """The receipt's items ([] unless their amounts and fees add up to the subtotal under them)."""
    lines = [line for page in document.pages for line in page.lines]
    begin, end = _block(lines)
    if end is None:
        return []
    printed = _AMOUNT_END.search(" " + " ".join(lines[end].text.split()))
    subtotal = _amount(printed, fmt)
    priced: list[tuple[int, str, Decimal]] = []
    fees = Decimal(0)
    for at in range(begin, end):
        text = " ".join(lines[at].text.split())
        found = _AMOUNT_END.search(" " + text)
        amount = _amount(found, fmt)
        name = text[:max(found.start() - 1, 0)].strip() if found else ""
        if amount is None or not any(ch.isalpha() for ch in name) or _RATE.match(text):
            if priced and any(ch.isalnum() for ch in text) and not (
                    _RATE.match(text) or _CODE_LINE.match(text) or _WEIGHED.match(text)):
                return []  # other text among the items (a title over its price, a second column): no till's list
            continue
        if _FEE.search(name) or amount < 0 or lx.CHARGES.match(name):
            fees += amount
        elif (_CENTS.search(name) and not _RATE_FIRST.match(name)) or _COUNT_FIRST.match(name):
            return []  # several amounts on an item's line ("24.99 | 5.00 | 29.99"): a table, no till's receipt;
            # a count before the name ("6 x Speckled mug  £108.00"): read by ``receipt_lines``
        else:
            priced.append((at, name, amount))
    above = sum(1 for at, _, _ in priced if _code_line(lines, at - 1))
    below = sum(1 for at, _, _ in priced if _code_line(lines, at + 1))
    over = above > below  # item numbers printed over the names on most items, else under them
    items: list[LineItem] = []
    for at, name, amount in priced:
        item = _item(lines, at, name, amount, fmt, (at - 1) if over else (at + 1))
        if item is None:
            return []
        items.append(item)
    added = sum((i.extended or Decimal(0) for i in items), fees)
    # (one item only over a subtotal its amount repeats: a ride's "Trip fare $6.26" over "Subtotal $6.26")
    least = 1 if lx.SUBTOTALS.match(" ".join(lines[end].text.split())) else 2
    if subtotal is None or len(items) < least or not to_the_cent(1, added, subtotal):
        return []
    return items


def _block(lines: list[TextLine]) -> tuple[int, int | None]:
    """Where the items start and the first totals line under an amount (a receipt may print its total first:
    "Total $10.06" over "Trip fare $6.26 | Subtotal $6.26"); None for no such line."""
    begin = 0
    for at, line in enumerate(lines):
        if lx.TOTALS.match(" ".join(line.text.split())):
            if any(_AMOUNT_END.search(" " + " ".join(lines[i].text.split())) for i in range(begin, at)):
                return begin, at
            begin = at + 1
    return begin, None


def _amount(found: re.Match[str] | None, fmt: NumberFormat) -> Decimal | None:
    """The amount an ``_AMOUNT_END`` match read, with cents or whole; None for no match."""
    return parse_amount(found["amount"] or found["whole"], fmt) if found else None


def _item(lines: list[TextLine], at: int, name: str, amount: Decimal, fmt: NumberFormat,
          code_at: int) -> LineItem | None:
    """One item: its count and unit price (inline, or on the line under it; else one at the amount),
    its item number (on the line ``code_at``, over or under it as the receipt prints them, or
    leading its name), and its name."""
    qty, price, code = 1, amount, ""
    first = _RATE_FIRST.match(name)
    under = _RATE.match(" ".join(lines[at + 1].text.split())) if at + 1 < len(lines) else None
    if under is None and at + 2 < len(lines) and _CODE_LINE.match(" ".join(lines[at + 1].text.split())):
        under = _RATE.match(" ".join(lines[at + 2].text.split()))  # (under the item number printed under it)
    rate = first or under
    if rate is not None:
        count, unit = whole(Decimal(rate["qty"])), parse_amount(rate["price"], fmt)
        if not count or unit is None or not to_the_cent(count, unit, amount):
            return None
        qty, price = count, unit
        name = first["name"] if first else name
        code = (under["code"] or "") if under and not first else ""
    code = code or (_code_line(lines, code_at) or "")
    name = _FLAG.sub("", name)
    leading = name.split(" ", 1)
    if not code and len(leading) == 2 and leading[0].isdigit() and len(leading[0]) >= 5:
        code, name = leading
    item = f"{code} - {name}" if code else name
    return LineItem(item=item, wholesale=price, qty=qty, code=code, description=name, extended=amount)


def _code_line(lines: list[TextLine], at: int) -> str | None:
    """The item number printed alone on line ``at`` ("0044871", "SKU 400118273"), if it is one (a
    date or a phone number is none)."""
    if not 0 <= at < len(lines):
        return None
    found = _CODE_LINE.match(" ".join(lines[at].text.split()))
    code = (found["code"] or found["named"]) if found else None
    return code if code and parse_date(code) is None and not _PHONE.match(code) else None
