"""Product lines of a till receipt or a hand-made invoice without a column header: each item's
name on a line of its own and under it "quantity @ unit price ... amount" ("10 @ 12.99   129.90"),
all of it on one line ("CAKE BOX 2 x 9.95 19.90"), a count before the name and the line's
amount after it ("6 x Speckled stoneware mug   £108.00", "x6  Lavender Oat Bar  $5.50  $33.00"),
or the name and its amount over "quantity × unit price" ("Seeded Rye Pan Loaf   $162.00" over
"8 × $20.25").

Read only when the document has no product table. A priced line counts only when quantity × unit
price is the amount printed at its end, and a counted one only with its count first, so totals,
tax and payment lines never do.
"""

from __future__ import annotations

import re
from decimal import Decimal

from invoice_processing.layout.numbers import NumberFormat, parse_amount, to_the_cent, whole
from invoice_processing.models import Document, LineItem, TextLine
from invoice_processing.normalize import per_unit

# (a tax code may follow the amount: "= 42.60 Z", "£7.56 A")
_PRICED = re.compile(r"^(?P<name>.*?)\s*(?P<qty>\d{1,4})\s*(?:@|x|×)\s*[£$€]?(?P<price>\d[\d.,]*)\s+.*?"
                     r"[£$€]?(?P<amount>\d[\d.,]*)(?:\s+(?-i:[A-Z*]\d?))?$", re.I)


# "6 x | Speckled stoneware mug, oatmeal glaze | £108.00": a count, the name, the line's amount
# also "x6 | Lavender Oat Bar, 120 g | $5.50 | $33.00": the count after its sign, a unit price before the amount
_COUNTED = re.compile(r"^(?:(?P<qty>\d{1,4})\s*(?:x|×)|(?:x|×)(?P<after>\d{1,4}))\s+(?P<name>.*?[^\W\d_].*?)"
                      r"(?:\s+[£$€]?(?P<price>\d[\d.,]*[.,]\d\d))?\s+[£$€]?(?P<amount>\d[\d.,]*[.,]\d\d)$", re.I)


# "Seroflora Boric Acid Suppositories (28ct) | Qty 12 | $179.88": the name, its count after its label, the amount
_LABELLED = re.compile(r"^(?P<name>.*?[^\W\d_].*?)\s+(?:qty|quantity|qté|menge|cant\.?|anz\.?)\s*:?\s*(?P<qty>\d{1,4})"
                       r"\s+[£$€]?(?P<amount>\d[\d.,]*[.,]\d\d)$", re.I)


# "Miel zeep € 3,80 incl. 21 % × 1 = € 3,80": a shop's name, unit price (its tax rate after it), count and amount
_PRICE_FIRST = re.compile(r"^(?P<name>.*?[^\W\d_].*?)\s+[£$€]\s?(?P<price>\d[\d.,]*[.,]\d\d)(?:\s+(?:incl|excl|inkl|"
                          r"exkl|inc|ex)\.?\s*\d{1,2}(?:[.,]\d+)?\s*%)?\s*[x×]\s*(?P<qty>\d{1,4})\s*=\s*[£$€]?\s?"
                          r"(?P<amount>\d[\d.,]*[.,]\d\d)$", re.I)


# "8 × $20.25" alone on its line, under the item's name and amount
_RATE_UNDER = re.compile(r"^(?P<qty>\d{1,4})\s*(?:@|x|×)\s*[£$€]?(?P<price>\d[\d.,]*)$", re.I)


def receipt_items(document: Document, fmt: NumberFormat) -> list[LineItem]:
    """The receipt's items, in order ([] when none reads as "quantity @ price ... amount" or
    "quantity x name ... amount")."""
    items: list[LineItem] = []
    for page in document.pages:
        lines = page.lines
        for at, line in enumerate(lines):
            above = lines[at - 1] if at else None
            item = _item(line, above, fmt) or _counted(lines, at, fmt) or _under_its_name(line, above, fmt)
            if item is not None:
                items.append(item)
    return items


def _counted(lines: tuple[TextLine, ...], at: int, fmt: NumberFormat) -> LineItem | None:
    """"6 x Speckled stoneware mug £108.00" (or "... Qty 12 $179.88"): the amount is the line's, the unit price
    amount ÷ count; the name goes on in the lines under it that start where it starts and print no amount."""
    line = lines[at]
    flat = " ".join(line.text.split())
    found = _COUNTED.match(flat) or _LABELLED.match(flat)
    groups = found.groupdict() if found else {}
    qty = whole(Decimal(groups.get("qty") or groups.get("after") or 0)) if found else None
    amount = parse_amount(groups["amount"], fmt) if found else None
    price = parse_amount(groups["price"], fmt) if groups.get("price") else None
    if found is None or not qty or amount is None or (
            price is not None and not to_the_cent(qty, price, amount)):
        return None
    name = [found["name"].strip()]
    start = next((cell.x0 for cell in line.cells if cell.text.strip() and found["name"].startswith(
        cell.text.strip().split()[0])), None)
    for below in lines[at + 1:at + 4]:
        if start is None or abs(below.cells[0].x0 - start) > 2 or not _named(below) or below.y - line.y > 3 * max(
                line.size, 6.0):
            break
        name.append(" ".join(below.text.split()))
    unit = price if price is not None else per_unit(amount, qty)
    text = " ".join(name)
    return LineItem(item=text, wholesale=unit, qty=qty, description=text, extended=amount)


def _under_its_name(line: TextLine, above: TextLine | None, fmt: NumberFormat) -> LineItem | None:
    """"8 × $20.25" under "Seeded Rye Pan Loaf  $162.00": the name and the amount are the line's
    above, and the quantity × unit price must give that amount."""
    found = _RATE_UNDER.match(" ".join(line.text.split()))
    if found is None or above is None or len(above.cells) < 2 or not 0 < line.y - above.y <= 2.5 * max(line.size, 6.0):
        return None
    qty, price = whole(Decimal(found["qty"])), parse_amount(found["price"], fmt)
    amount = parse_amount(above.cells[-1].text.strip().lstrip("£$€"), fmt)
    name = " ".join(" ".join(cell.text for cell in above.cells[:-1]).split())
    if not qty or price is None or amount is None or not to_the_cent(qty, price, amount) or not any(
            ch.isalpha() for ch in name):
        return None
    return LineItem(item=name, wholesale=price, qty=qty, description=name, extended=amount)


def _item(line: TextLine, above: TextLine | None, fmt: NumberFormat) -> LineItem | None:
    flat = " ".join(line.text.split())
    found = _PRICED.match(flat) or _PRICE_FIRST.match(flat)
    if found is None:
        return None
    qty, price, amount = (whole(Decimal(found["qty"])), parse_amount(found["price"], fmt),
                          parse_amount(found["amount"], fmt))
    if not qty or price is None or amount is None or not to_the_cent(qty, price, amount):
        return None
    name = found["name"].strip()
    if not name and above is not None and _named(above) and 0 < line.y - above.y <= 2 * max(line.size, 6.0):
        name = " ".join(above.text.split())
    return LineItem(item=name, wholesale=price, qty=qty, description=name, extended=amount) if name else None


def _named(line: TextLine) -> bool:
    """A line that names an item: words, and no price of its own."""
    return any(ch.isalpha() for ch in line.text) and _PRICED.match(" ".join(line.text.split())) is None and not any(
        parse_amount(cell.text) is not None and "." in cell.text for cell in line.cells)
