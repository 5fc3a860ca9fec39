"""Items printed as cards: a title, "12 × $15.75" (or "$7.80 × 2") beside the item's amount, its codes under it.

Web shops and sales-rep apps print each item as a small card rather than a table row: the title
on one line, the count and unit price as "12 × $15.75" (or "3 @ 4.50") with the item's amount
beside them, and the item's codes as labelled values on a line of their own ("SKU: F8026 | UPC:
022915760411 | UOM: EA"). The count-times-price word says which number is which, so each card is
set as a table row: its numbers and labelled codes move onto the title's line, each into the
slot of its own label (right of everything else on the page), and one header is put over the
first card, as for labelled strips (``labelled_entries``). A count and price whose product is not
the amount beside them make no card; documents with fewer than two cards are returned unchanged.
A shop's receipt may print the count and the price on lines of their own under the title, whose
line ends with the amount ("Quantity: 4" over "$18.00 each"): the same card.
"""

from __future__ import annotations

import re
from decimal import Decimal

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.card_lines import AMOUNT as _AMOUNT
from invoice_processing.layout.card_lines import PRICE as _PRICE
from invoice_processing.layout.card_lines import QTY as _QTY
from invoice_processing.layout.card_lines import Card as _Card
from invoice_processing.layout.card_lines import card_of_lines
from invoice_processing.layout.label_roles import known_role
from invoice_processing.layout.label_slots import beside, header_over
from invoice_processing.layout.labelled_entries import label_pairs
from invoice_processing.layout.numbers import NumberFormat, parse_amount, to_the_cent
from invoice_processing.models import Page, TextLine

# "12 × $15.75", "3 @ 4.50", "2 x 9.00" (never a size: "8x10")
_TIMES = re.compile(rf"(\d{{1,5}})(?:\s*[×@]\s*|\s+[xX]\s+)(({lx.CURRENCY})?\s?\d[\d.,\s]*)")
# "$7.80 × 2" (a point of sale's price times count): the price first, with its currency
_PRICE_TIMES = re.compile(rf"(({lx.CURRENCY})\s?\d[\d.,]*)(?:\s*×\s*|\s+[xX]\s+)(\d{{1,5}})")
_SEPARATORS = ("·", "•", "|", "–", "—")
_CODES = frozenset({lx.CODE, lx.UPC})
_KEPT = frozenset({lx.CODE, lx.UPC, lx.UOM})  # labelled values a card's row keeps


def _numbers(line: TextLine, fmt: NumberFormat) -> tuple[int, list[tuple[str, str]]] | None:
    """The index of the line's count-times-price cell and its (label, value) pairs: the count,
    the unit price and the amount beside them when one is printed and agrees; else None."""
    for index, text, end in _spans(line):
        match = _TIMES.fullmatch(text)
        flipped = _PRICE_TIMES.fullmatch(text) if match is None else None
        count, priced = (match.group(1), match.group(2)) if match else (
            (flipped.group(3), flipped.group(1)) if flipped else ("", ""))
        price = parse_amount(priced, fmt) if priced else None
        if price is None or not count:
            continue
        pairs = [(_QTY, count), (_PRICE, priced.strip())]
        rest = [c.text.strip() for c in line.cells[end:]]
        if rest and parse_amount(rest[-1], fmt) is None and line.cells[end].x0 - line.cells[end - 1].x1 > 12 * max(
                line.size, 6.0):
            rest = []  # a panel's words far right on a page of two columns ("12 × $9.80 ... Attn: Priya Nair")
        if rest and rest[0][:1] in _SEPARATORS and parse_amount(rest[-1], fmt) is None:
            rest = []  # a variant's words after a dot ("6 × $38.50 · Whole bean"): the amount is elsewhere
        if not rest:  # no amount to check the count and price against: the price's currency says it is one
            return (index, pairs) if flipped or (match and match.group(3)) else None
        amount = parse_amount(rest[-1], fmt)
        if amount is None or not to_the_cent(Decimal(count), price, amount):
            return None
        return index, [*pairs, (_AMOUNT, rest[-1])]
    return None


def _spans(line: TextLine) -> list[tuple[int, str, int]]:
    """Each cell's text (its index, text, the index after it), and a count's cell with the next one
    when that goes on with the times sign ("12" | "× $6.50": set wider apart than a word's space)."""
    cells = line.cells
    spans = [(index, cell.text.strip(), index + 1) for index, cell in enumerate(cells)]
    return spans + [(index, f"{cells[index].text.strip()} {cells[index + 1].text.strip()}", index + 2)
                    for index in range(len(cells) - 1) if cells[index].text.strip().isdigit()
                    and cells[index + 1].text.strip()[:1] in ("×", "@", "x", "X")]


def _codes(line: TextLine) -> list[tuple[str, str]] | None:
    """The line as labelled codes, "SKU: F8026 | UOM: EA", when it is nothing else and names a
    code or a barcode; else None."""
    pairs = label_pairs(line)
    roles = {known_role(label) for label, _ in pairs or []}
    return [(label, value.text) for label, value in pairs or [] if known_role(label) in _KEPT] if (
        roles & _CODES) else None


def _titled(lines: tuple[TextLine, ...], at: int, index: int) -> int | None:
    """The line that carries the card's title: its own, when text stands left of its numbers, else
    the line right over it (less than two and a half lines higher) when it ends left of the numbers."""
    if any(any(ch.isalpha() for ch in c.text) for c in lines[at].cells[:index]):
        return at
    if at == 0:
        return None
    over = lines[at - 1]
    near = lines[at].y - over.y <= 2.5 * max(lines[at].size, 1.0)
    return at - 1 if near and over.cells and over.cells[-1].x1 < lines[at].cells[index].x0 else None


def _cards(page: Page, fmt: NumberFormat) -> list[_Card]:
    """The page's cards, in order: each one's title line, numbers line and pairs (labelled codes
    under the card, on the line right below its numbers or its title, included)."""
    lines = page.lines
    cards: list[_Card] = []
    for at, line in enumerate(lines):
        found = _numbers(line, fmt)
        if found is None:
            stacked = card_of_lines(lines, at, fmt)
            if stacked is not None:
                cards.append(stacked)
            continue
        below = _codes(lines[at + 1]) if at + 1 < len(lines) else None
        over = _amount_over(lines, at, found[1], fmt)
        if over is not None:  # the title's line ends with the amount: a variant's words may stand left of the numbers
            top, end, amount = over
            # (a panel's line between them, right of the amount: no wrap of the title)
            right = lines[top].cells[end].x1
            panel = tuple(i for i in range(top + 1, at) if all(c.x0 >= right for c in lines[i].cells))
            cards.append((top, end, (*panel, at), [*found[1], (_AMOUNT, amount)] + (below or [])))
            continue
        title = _titled(lines, at, found[0])
        if title is None or lx.CHARGES.match(lines[title].cells[0].text.strip()):
            continue  # (a deposit's or a charge's "6 @ 0.25" under each row of a table: no card)
        kept = found[0] if title == at else len(lines[title].cells)
        cards.append((title, kept, (at,), found[1] + (below or [])))
    return cards


# "SKU ST-SALT-04 - Natural" under the title: the card's code, no line of its description
_CODE_LINE = re.compile(r"(?:sku|item|style|code|art(?:icle)?|ref)\b", re.I)


def _amount_over(lines: tuple[TextLine, ...], at: int, pairs: list[tuple[str, str]],
                 fmt: NumberFormat) -> tuple[int, int, str] | None:
    """(title line, its amount's cell, the amount): the line over a count-times-price printed with
    no amount ("Stoneware Mug | $108.00" over "12 oz · 6 × $18.00"), whose amount is the count
    times the price; a panel's line set between them, or its words after the amount, on a page
    of two columns ("... | $144.00 | Net 30"), left aside; else None."""
    price = parse_amount(pairs[1][1], fmt) if len(pairs) == 2 else None
    if price is None:
        return None
    line = lines[at]
    described = False  # a line of the card's description passed (one at most, a line's room more)
    for up in range(at - 1, max(at - 4, -1), -1):
        over = lines[up]
        if line.y - over.y > 2.5 * max(line.size, 1.0) * (2 if described else 1) or (up == at - 3 and not described):
            return None
        cells = over.cells
        if len(cells) >= 2 and any(ch.isalpha() for ch in cells[0].text):
            for end in range(len(cells) - 1, 0, -1):
                amount = parse_amount(cells[end].text, fmt)
                if amount is not None and to_the_cent(Decimal(pairs[0][1]), price, amount):
                    return up, end, cells[end].text.strip()
        if len(cells) == 1 and not described and abs(cells[0].x0 - line.cells[0].x0) <= 3 and parse_amount(
                cells[0].text, fmt) is None and not _CODE_LINE.match(cells[0].text.strip()):
            described = True  # the card's description between its title and its numbers
            continue
        if not cells or cells[0].x0 < min(c.x1 for c in line.cells) + 4 * max(line.size, 6.0):
            return None  # (only a line of the panel beside the cards, far right, stands between)
    return None


def item_cards(pages: tuple[Page, ...], fmt: NumberFormat) -> tuple[Page, ...]:
    """The pages with every card's numbers and codes on its title's line, and one header over the
    first card (see the module's docstring); the pages themselves when fewer than two cards."""
    found = [_cards(page, fmt) for page in pages]
    if sum(len(cards) for cards in found) < 2:
        return pages
    slots = beside(pages)
    for label in (_QTY, _PRICE, _AMOUNT):
        slots.cell(label, label)
    out: list[Page] = []
    headed = False
    for page, cards in zip(pages, found, strict=True):
        lines = list(page.lines)
        for title, kept, numbers, pairs in cards:
            owner = page.lines[title]
            cells = owner.cells[:kept] + tuple(slots.cell(label, value) for label, value in pairs)
            for at in numbers:
                if title != at:
                    lines[at] = TextLine(page.lines[at].y, ())
            lines[title] = TextLine(owner.y, cells, owner.size, cells)
            after = numbers[-1] + 1
            if after < len(lines) and _codes(page.lines[after]):
                lines[after] = TextLine(page.lines[after].y, ())
        if cards and not headed:
            lines.insert(cards[0][0], header_over(lines[cards[0][0]], slots))
            headed = True
        out.append(Page(page.number, tuple(line for line in lines if line.cells)))
    return tuple(out)

