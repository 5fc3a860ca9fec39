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
from invoice_processing.layout.card_codes import SEPARATORS, labelled_codes, unit_word
from invoice_processing.layout.card_lines import AMOUNT as _AMOUNT
from invoice_processing.layout.card_lines import PRICE as _PRICE
from invoice_processing.layout.card_lines import QTY as _QTY
from invoice_processing.layout.card_lines import Card as _Card
from invoice_processing.layout.card_lines import card_of_lines
from invoice_processing.layout.label_slots import beside, header_over
from invoice_processing.layout.numbers import NumberFormat, parse_amount, to_the_cent
from invoice_processing.models import Cell, Page, TextLine

# "12 × $15.75", "3 @ 4.50", "2 x 9.00" (never a size: "8x10"); "Qty 4 @ $4.00", "12 EA @ $18.00"
_COUNT = r"(?:(?:qty|quantity)\.?:?\s*)?(\d{1,5})"  # a count, maybe labelled ("Qty 4", "Quantity: 6")
_UNIT = r"([A-Za-z]{1,5})"  # a unit's word after it (checked against the lexicon's units)
_TIMES = re.compile(rf"{_COUNT}(?:\s*{_UNIT})?(?:\s*[×@]\s*|\s+[xX]\s+)(({lx.CURRENCY})?\s?\d[\d.,\s]*)", re.I)
# "6 EA | $12.00 / EA": a count and its unit, then the price per that unit (checked against the amount beside)
_PER_UNIT = re.compile(rf"{_COUNT}\s*{_UNIT}\s+(({lx.CURRENCY})\s?\d[\d.,]*)\s*/\s*{_UNIT}", re.I)
_COUNT_START = re.compile(rf"{_COUNT}(?:\s*{_UNIT})?", re.I)  # a span may start there
# "$7.80 × 2" (a point of sale's price times count): the price first, with its currency
_PRICE_TIMES = re.compile(rf"(({lx.CURRENCY})\s?\d[\d.,]*)(?:\s*×\s*|\s+[xX]\s+)(\d{{1,5}})")
_Titled = tuple[int, tuple[int, ...], list[tuple[str, str]]]  # the title's line, code lines passed, their codes


def _numbers(line: TextLine, fmt: NumberFormat) -> tuple[int, list[tuple[str, str]], float] | None:
    """The index of the line's count-times-price cell, its (label, value) pairs (the count, the unit
    price and the amount beside them when one is printed and agrees) and where the card's numbers
    end; else None."""
    for index, text, end in _spans(line):
        match = _TIMES.fullmatch(text)
        flipped = _PRICE_TIMES.fullmatch(text) if match is None else None
        per = _PER_UNIT.fullmatch(text) if match is None and flipped is None else None
        count, priced = (match.group(1), match.group(3)) if match else (
            (flipped.group(3), flipped.group(1)) if flipped else ((per.group(1), per.group(3)) if per else ("", "")))
        price = parse_amount(priced, fmt) if priced else None
        unit = match.group(2) if match else (per.group(2) if per else None)
        if price is None or not count or not unit_word(unit) or (
                per and per.group(2).lower() != per.group(5).lower()):  # ("6 EA | $9.75 / CS": which is it?)
            continue
        pairs = [(_QTY, count), (_PRICE, priced.strip())]
        rest = [c.text.strip() for c in line.cells[end:]]
        if rest and parse_amount(rest[-1], fmt) is None and line.cells[end].x0 - line.cells[end - 1].x1 > 12 * max(
                line.size, 6.0):
            rest = []  # a panel's words far right on a page of two columns ("12 × $9.80 ... Attn: Priya Nair")
        if rest and rest[0][:1] in SEPARATORS and parse_amount(rest[-1], fmt) is None:
            rest = []  # a variant's words after a dot ("6 × $38.50 · Whole bean"): the amount is elsewhere
        if not rest:  # no amount to check the count and price against: the price's currency says it is one
            return (index, pairs, line.cells[end - 1].x1) if flipped or (match and match.group(4)) else None
        for at, printed in _amounts(rest, end, len(line.cells)):
            amount = parse_amount(printed, fmt)
            if amount is not None and to_the_cent(Decimal(count), price, amount):
                return index, [*pairs, (_AMOUNT, printed)], line.cells[at].x1
        return None
    return None


def _amounts(rest: list[str], end: int, cells: int) -> list[tuple[int, str]]:
    """(its cell, its text) for what may be a card's amount after its count and price (``rest``, from
    cell ``end``): the line's last word ("= $6.00" read "$6.00"), or the first when words follow it
    (a panel's "Subtotal | $4,507.25" beside the card)."""
    printed = [text.removeprefix("=").strip() for text in rest]
    return [(cells - 1, printed[-1])] + (
        [(end, printed[0])] if len(printed) > 2 and any(ch.isalpha() for ch in printed[1]) else [])


def _spans(line: TextLine) -> list[tuple[int, str, int]]:
    """Each cell's text (its index, text, the index after it), and a cell that starts a count joined
    with the next ones ("12" | "× $6.50", "24 | EA | @ | $4.75", "Qty 4 | @ $4.00": set
    wider apart than a word's space)."""
    cells = line.cells
    texts = [cell.text.strip() for cell in cells]
    spans = [(index, text, index + 1) for index, text in enumerate(texts)]
    # (an "x" standing alone between a count and a price is a flag column's, "24 | X | 3.00": no times sign)
    return spans + [(index, " ".join(texts[index:end]), end) for index in range(len(cells) - 1)
                    if _COUNT_START.fullmatch(texts[index]) for end in range(index + 2, min(index + 5, len(cells) + 1))
                    if not any(text in ("x", "X") for text in texts[index + 1:end])]


def _titled(lines: tuple[TextLine, ...], at: int, index: int) -> _Titled | None:
    """(the line that carries the card's title, the lines of its codes passed, their codes): its own
    line, when text stands left of its numbers; else the line right over it (less than two and a
    half lines higher) when it ends left of the numbers; or, past the card's lines of labelled codes
    (up to three: "SKU E8747" over "UPC 842593280496", or the codes left of the numbers, "SKU: L5578 |
    UPC: …"), the line starting where they start."""
    left = lines[at].cells[:index]
    codes = labelled_codes(TextLine(lines[at].y, left)) if left else None
    if codes is None and any(any(ch.isalpha() for ch in c.text) for c in left):
        return at, (), []
    pairs, top = codes or [], at
    passed: list[int] = []
    for up in range(at - 1, max(at - 5, -1), -1):
        over = lines[up]
        if not over.cells or lines[top].y - over.y > 2.5 * max(lines[top].size, over.size, 1.0):
            return None
        found = labelled_codes(over)
        if found is not None and up > at - 4:
            passed.insert(0, up)
            pairs, top = found + pairs, up
            continue
        if pairs and over.cells[0].x0 > lines[at].cells[index].x0:
            continue  # a panel's line beside the card ("Ship Window | 10/06 - 10/20/2025")
        if pairs:  # a card: its title, its codes' lines, its numbers, all starting at one edge
            aligned = abs(over.cells[0].x0 - lines[top].cells[0].x0) <= 3 and any(ch.isalpha() for ch in over.text)
            return (up, tuple(passed), pairs) if aligned else None
        return (up, (), []) if over.cells[-1].x1 < lines[at].cells[index].x0 else None
    return None


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
        below = labelled_codes(lines[at + 1]) if at + 1 < len(lines) else None
        over = _amount_over(lines, at, found[1], fmt)
        if over is not None:  # the title's line ends with the amount: a variant's words may stand left of the numbers
            top, end, amount = over
            # (a panel's line between them, right of the amount: no wrap of the title)
            right = lines[top].cells[end].x1
            panel = tuple(i for i in range(top + 1, at) if all(c.x0 >= right for c in lines[i].cells))
            cards.append((top, end, (*panel, at), [*found[1], (_AMOUNT, amount)] + (below or [])))
            continue
        titled = _titled(lines, at, found[0])
        if titled is None or lx.CHARGES.match(lines[titled[0]].cells[0].text.strip()):
            continue  # (a deposit's or a charge's "6 @ 0.25" under each row of a table: no card)
        title, passed, codes = titled
        # (the title's own words: a panel's beside it, right of the card's numbers, left where they are)
        kept = found[0] if title == at else sum(1 for c in lines[title].cells if c.x0 < found[2])
        cards.append((title, kept, (*passed, at), codes + found[1] + (below or [])))
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


_PRICED = re.compile(r"[$€£]\s?\d[\d.,]*|\d[\d.,]*[.,]\d{2}")


def _title_cells(cells: tuple[Cell, ...], fmt: NumberFormat) -> tuple[Cell, ...]:
    """A card's title without the prices printed after it, left of the count and price ("Cedar & Sage
    Soy Candle | $28.00 | 6 × $14.00": the retail price in its own column, no word of the title)."""
    end = len(cells)
    while end > 1 and _PRICED.fullmatch(cells[end - 1].text.strip()) and parse_amount(
            cells[end - 1].text, fmt) is not None:
        end -= 1
    return cells[:end]


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
            cells = _title_cells(owner.cells[:kept], fmt) + tuple(slots.cell(label, value) for label, value in pairs)
            for at in numbers:
                if title != at:
                    lines[at] = TextLine(page.lines[at].y, ())
            lines[title] = TextLine(owner.y, cells, owner.size, cells)
            after = numbers[-1] + 1
            if after < len(lines) and labelled_codes(page.lines[after]):
                lines[after] = TextLine(page.lines[after].y, ())
        if cards and not headed:
            lines.insert(cards[0][0], header_over(lines[cards[0][0]], slots))
            headed = True
        out.append(Page(page.number, tuple(line for line in lines if line.cells)))
    return tuple(out)

