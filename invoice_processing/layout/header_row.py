"""Find a product table's column header: the line (or two stacked lines) that names its columns.

A header is read word by word: the longest known label (``lexicon.LABEL_ROLES``) is taken at
each place, so "Unit Price" is one column and "BTW Hoeveelheid" two. A header stacked over two
lines ("Qty / Ord", "Your / Price", "Extended / Amount") is read by joining the words that sit
above one another. A line is a header when it names a quantity, a price or amount, and a
description or code, and most of its words are known labels.
"""

from __future__ import annotations

import re

from invoice_processing.layout import field_labels as fl
from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.header_clutter import less_fields, less_side_total
from invoice_processing.layout.header_extension import extended, only_labels, with_columns
from invoice_processing.layout.header_groups import completed, group_titles, titles_over
from invoice_processing.layout.header_labels import (
    Column,
    Header,
    count_label_words,
    header_score,
    is_label_word,
    promote_first,
    read_labels,
    resolved,
    split_words,
)
from invoice_processing.layout.stacked_labels import stacked_words
from invoice_processing.models import Cell, TextLine

_TITLE_WORDS = re.compile(rf"(?:(?:{fl.DOCUMENT_TITLE_WORDS})\b[\s/().:&-]*)+", re.I)
_INVOICE = re.compile(rf"\b(?:{fl.DOCUMENT_WORD})\b", re.I)


_TITLE_LENGTH = 40  # (a title is short: the words pattern is tried on nothing longer)


def _titled(line: TextLine) -> bool:
    """A short line of document-title words, an invoice's among them ("INVOICE / PACKING LIST"): a title, whose
    "List" names no list price's column ("Order | Ship" over "Qty | Qty", with no invoice's word, is a header)."""
    text = line.text.strip()
    return len(text) <= _TITLE_LENGTH and bool(_INVOICE.search(text)) and bool(_TITLE_WORDS.fullmatch(text))


def find_header(lines: tuple[TextLine, ...], at: int) -> Header | None:
    """The header starting at ``lines[at]`` (one line, or two stacked lines), or None."""
    lines = less_fields(less_side_total(lines, at), at)
    line = lines[at]
    own = count_label_words(line)
    below = lines[at + 1] if at + 1 < len(lines) else None
    if not own or own + (count_label_words(below) if below is not None else 0) < 2 or _titled(line):
        return None  # a header has at least two label words (most lines have none): skip the full read
    if group_titles(lines, at):
        return None  # titles over groups of columns ("Quantity" over "Shipped | Back"): the header is under them
    best: list[Column] = []
    best_score, last = 0, at
    if own >= 2:
        best = promote_first(read_labels(split_words(line), line.size))
        best_score = header_score(best)
    if below is not None and _next_line(lines, at):
        stacked, score, end = _stacked_reading(lines, at)
        # a tie goes to the stacked reading ("BACK" over "ORDER") unless the line under it is labels
        # of its own ("Item Description" under "Item | UPC | Units"), and never to a line over a
        # header that reads better alone
        below_words = split_words(below)
        tie = score == best_score and not only_labels(line, below) and 2 * sum(
            is_label_word(w.text) for w in below_words) >= len(below_words)  # and not a line of words under it
        # (but a box's title set just under the header, right of it, adds only columns no label names: "INVOICE
        # SUMMARY" beside "Qty | ... | Total")
        tie = tie and not ([c for c in stacked if c.role] == best and len(stacked) > len(best))
        # (a line of the same label over several columns, "Qty | Qty | Qty" over "Ord | Alloc | Shipped", reads
        # as the stack that tells them apart)
        told_apart = _repeats(best) > _repeats(stacked) and score + _repeats(best) >= best_score
        # ("UNIT" over "PRICE" beside "QUANTITY": the stack names the unit price the line alone lacks)
        priced = score == best_score and lx.PRICE in _roles(stacked) and lx.PRICE not in _roles(best)
        # (the line under it read alone, less the labels it repeats that the stack tells apart: "Price" thrice)
        under = promote_first(read_labels(split_words(below), below.size))
        alone = header_score(under) - (_repeats(under) if _repeats(stacked) < _repeats(under) else 0)
        if score and (score > best_score or tie or told_apart or priced) and score >= alone:
            best, best_score, last = stacked, score, end
    best, best_score, last = _or_over_two_lines(lines, at, (best, best_score, last))
    block, block_score, block_last = _block_reading(lines, at)
    if block_score and (block_score > best_score or (block_last > last and _roles(best) <= _roles(block))):
        best, best_score, last = block, block_score, block_last  # the whole block, naming all the reading named
    if own >= 2 and below is not None:
        joined = _completed(line, below, best_score)
        if joined and header_score(joined) > best_score:
            best, best_score, last = joined, header_score(joined), at + 1
    if not best_score or (last >= at + 2 and len(lines[at].cells) == 1 and _reads_better_below(
            lines, at, best, best_score)):
        return None  # (over three lines, reading better from the next: "Description" over "Product / Code | ...")
    best, last = extended(lines, best, last)
    titles = titles_over(lines, at)
    return Header(tuple(resolved(completed(best, titles) if titles else best)), at, last)


def unpriced_header(line: TextLine) -> bool:
    """A line naming products and their counts but no price nor amount ("Style # | Description | Qty
    Ordered | Qty Backordered | Expected": a table of backorders or of a packing list under the
    invoice's): no product table's header, but the end of the one above it."""
    if count_label_words(line) < 3 or len(line.cells) < 2:
        return False  # (one phrase is a sentence: "Line cancelled - item discontinued, no quantity ordered")
    columns = read_labels(split_words(line), line.size)
    known = [c for c in columns if c.role]
    roles = {c.role for c in known}
    return len(known) >= 3 and len(known) >= 0.8 * len(columns) and bool(
        roles & {lx.DESCRIPTION, lx.CODE}) and bool(roles & set(lx.QTY_ROLES)) and not roles & set(lx.PRICE_ROLES)


def _repeats(columns: list[Column]) -> int:
    """How many of the columns repeat another's label word for word ("Qty | Qty | Qty": two)."""
    labels = [c.label.casefold() for c in columns if c.role]
    return len(labels) - len(set(labels))


def _title_over(line: TextLine, below: TextLine) -> bool:
    """A section's title over a header ("SHIPPED ITEMS" over "SKU | UPC | QTY ..."): one phrase
    reaching over two of the header's labels, not labels stacked over labels."""
    if len(line.cells) != 1:
        return False
    title = line.cells[0]
    return sum(1 for w in split_words(below) if w.x0 < title.x1 and title.x0 < w.x1) >= 2 and len(
        title.text.split()) >= 2


def _or_over_two_lines(lines: tuple[TextLine, ...], at: int,
                       found: tuple[list[Column], int, int]) -> tuple[list[Column], int, int]:
    """``found`` (columns, score, last line), or the reading of labels over three lines when it
    scores higher, or as high with fewer unknown words ("Unit Price" / "after" over "Discount")."""
    if at + 2 >= len(lines):
        return found
    over, score = _over_two_lines(lines[at], lines[at + 1], lines[at + 2])
    if score > found[1] or (score and score == found[1] and len(over) < len(found[0])):
        return over, score, at + 2
    return found


def _over_two_lines(top: TextLine, middle: TextLine, main: TextLine) -> tuple[list[Column], int]:
    """Labels printed over three lines and ending on the header's main line ("Unit Price" / "after"
    over "Discount", "Tax" over "Amount", beside one-line "Item | Quantity | Total"): every word of the
    two lines over it stands over a word of the main line. (columns, score), or ([], 0)."""
    pitch = max(top.size, middle.size, main.size, 6.0)
    if not (0 < middle.y - top.y <= 1.8 * pitch and 0 < main.y - middle.y <= 1.8 * pitch):
        return [], 0
    main_words = split_words(main)
    upper_words = split_words(top) + split_words(middle)
    if count_label_words(main) < 2 or not all(
            any(w.x0 < m.x1 and m.x0 < w.x1 for m in main_words) for w in upper_words):
        return [], 0
    upper = TextLine(middle.y, middle.cells, middle.size, tuple(stacked_words(
        TextLine(top.y, top.cells, top.size, tuple(split_words(top))),
        TextLine(middle.y, middle.cells, middle.size, tuple(split_words(middle))))))
    columns = read_labels(stacked_words(upper, TextLine(main.y, main.cells, main.size, tuple(main_words))), pitch)
    return columns, header_score(columns)


def _completed(line: TextLine, below: TextLine, score: int) -> list[Column]:
    """The line's labels completed by those it lacks, printed on a line of their own under it
    ("Qté | Prix | Total" over "Désignation", the description's label set under the quantity's),
    or [] when that reading does not apply. One such label is never split between stacked words
    ("Quantity" over "Product Description") and stands beside the columns it is under."""
    extra = only_labels(line, below)
    if not extra or (score and len(extra) != 1) or _title_over(line, below):
        return []  # (a section's title over a header is no label of it)
    line_labels = read_labels(split_words(line), line.size)
    if score:
        return with_columns(line_labels, extra)
    roles = {c.role for c in line_labels}
    return sorted(line_labels + [c for c in extra if c.role not in roles], key=lambda c: c.x0)


def _reads_better_below(lines: tuple[TextLine, ...], at: int, best: list[Column], score: int) -> bool:
    """True when the two lines under ``lines[at]`` (one label alone) read as a header scoring higher
    and naming all ``best`` names (what, how many, at what price, for what amount): the header
    starts there, the lone label naming a line printed apart ("Description" over "Product Code")."""
    below, below_score, _ = _stacked_reading(lines, at + 1)
    return below_score > score and _families(best) <= _families(below)


def _families(columns: list[Column]) -> set[str]:
    roles = {c.role for c in columns}
    kinds = {"what": {lx.DESCRIPTION, lx.CODE, lx.UPC}, "count": set(lx.QTY_ROLES), "price": {lx.PRICE, lx.LIST_PRICE},
             "amount": {lx.AMOUNT}}
    return {name for name, members in kinds.items() if roles & members}


def _roles(columns: list[Column]) -> set[str]:
    """The roles that make a product table, of ``columns``: what was sold, how many, at what price."""
    return {c.role for c in columns} & {lx.DESCRIPTION, lx.CODE, lx.PRICE, lx.AMOUNT, *lx.QTY_ROLES}


_TIGHT = 1.3  # the lines of one header block stand as close as lines of type


def _in_block(line: TextLine, below: TextLine, third: bool, pitch: float = 0.0) -> bool:
    """True when ``below`` goes on the header block ``line`` is in: label words closer than a line
    of type; from the third line on, a line of labels of its own ("Item Description" naming the
    line printed under each row) stays apart unless set closer than a line's height, or a row of
    labels at the block's own pitch (``pitch``: the gap between its first two lines)."""
    gap, size = below.y - line.y, max(line.size, below.size, 6.0)
    if not 0 < gap <= _TIGHT * size or any(ch.isdigit() for ch in below.text):
        return False
    own = only_labels(line, below) if third and gap > size else []
    # (a row of labels at the block's pitch goes on it: "UPC | RT | Ord | Alloc | ..." under "Code | Qty | Qty")
    return not own or (pitch > 0 and gap <= 1.05 * pitch and len(own) >= 3)


def _next_line(lines: tuple[TextLine, ...], at: int) -> bool:
    """True when ``lines[at + 1]`` is the line right under ``lines[at]``: within 1.8 font sizes, or
    (up to 2.2) at the page's own line pitch, the lower fifth of its gaps between adjacent lines (a
    monospaced spool's 7.4-point type set 13.4 points apart)."""
    line, below = lines[at], lines[at + 1]
    gap, size = below.y - line.y, max(line.size, below.size, 6.0)
    if not 0 < gap <= 2.2 * size:
        return False
    if gap <= 1.8 * size:
        return True
    steps = sorted(b.y - a.y for a, b in zip(lines, lines[1:], strict=False) if b.y > a.y)
    return len(steps) >= 5 and gap <= 1.05 * steps[len(steps) // 5]


def _block_reading(lines: tuple[TextLine, ...], at: int) -> tuple[list[Column], int, int]:
    """A header block of three lines or more set closer than a line's height, its labels printed
    over two or three lines around one-line labels centred among them ("Unit / Base / Cost" and
    "Taxable / Value / (INR)" beside "Qty | MRP"): each column's label is the words standing over
    one another, top to bottom. ([], 0, at) when ``lines[at]`` starts no such block."""
    end = at
    # (the block's pitch, when its first line is labels over several columns, not one label over them)
    pitch = lines[at + 1].y - lines[at].y if at + 1 < len(lines) and len(lines[at].cells) >= 2 else 0.0
    while end + 1 < len(lines) and _in_block(lines[end], lines[end + 1], end > at, pitch):
        end += 1
    if end - at < 2 or any(ch.isdigit() for ch in lines[at].text):
        return [], 0, at
    words = tuple(split_words(lines[at]))
    row = TextLine(lines[at].y, words, lines[at].size, words)
    for below in lines[at + 1:end + 1]:
        signs = [w for w in row.words if not any(ch.isalnum() for ch in w.text)]  # "/" stacks with nothing
        joined = stacked_words(row, TextLine(below.y, below.cells, below.size, tuple(split_words(below))))
        stacked = tuple(sorted(joined + [s for s in signs if s not in joined], key=lambda c: c.x0))
        row = TextLine(row.y, stacked, max(row.size, below.size), stacked)
    columns = read_labels(list(row.words), max(row.size, 6.0))
    return columns, header_score(columns), end


def _stacked_reading(lines: tuple[TextLine, ...], at: int) -> tuple[list[Column], int, int]:
    """``lines[at]`` and the line under it read as one stacked header: (columns, score, last line),
    completed by the product's label on a third line when the two name no product ("Precio /
    unitario", "Importe / neto" over "Descripción")."""
    line, below = lines[at], lines[at + 1]
    upper_words = TextLine(line.y, line.cells, line.size, tuple(split_words(line)))
    lower_words = TextLine(below.y, below.cells, below.size, tuple(split_words(below)))
    cells = stacked_words(upper_words, lower_words)
    stacked = read_labels(cells, max(line.size, below.size, 6.0))
    score = header_score(stacked)
    third = _third_line(line, below, lines[at + 2], cells) if score and at + 2 < len(lines) else []
    if third and header_score(third) >= score:
        return third, header_score(third), at + 2
    if not score and at + 2 < len(lines):
        third = only_labels(below, lines[at + 2])
        completed = with_columns(stacked, third) if third else stacked
        if header_score(completed):
            return completed, header_score(completed), at + 2
    return stacked, score, at + 1


def _third_line(top: TextLine, middle: TextLine, third: TextLine, stacked: list[Cell]) -> list[Column]:
    """Two stacked header lines (read as ``stacked``) and a third right under them whose every
    word sits under one of their labels: labels printed over two lines around single-line labels
    centred between them ("Order" over "Qty" beside "ISBN | Title" in the middle), or a qualifier
    under a label ("Ext. Retail" over "(Qty x List)"); [] when the third line is anything else."""
    pitch = max(middle.size, third.size, 6.0)
    words = split_words(third)
    top_words, middle_words = split_words(top), split_words(middle)
    # top-line labels with nothing of the middle line under them: the labels the third line ends
    open_top = [t for t in top_words if not any(t.x0 < m.x1 and m.x0 < t.x1 for m in middle_words)]
    if not 0 < third.y - middle.y <= 1.3 * pitch or not words or any(ch.isdigit() for ch in third.text) or not all(
            any(c.x0 < w.x1 and w.x0 < c.x1 for c in open_top) for w in words):
        return []  # a line of labels of its own ("Description" under "Ord / Qty") stays apart
    lower = TextLine(third.y, third.cells, third.size, tuple(words))
    size = max(top.size, middle.size, third.size, 6.0)
    if not any(a.x0 < b.x1 and b.x0 < a.x1 for a in top_words for b in middle_words):
        # the middle line stands beside the two-line labels: the third line ends the top line's labels
        upper = TextLine(top.y, top.cells, top.size, tuple(top_words))
        return read_labels(sorted(stacked_words(upper, lower) + middle_words, key=lambda c: c.x0), size)
    upper = TextLine(middle.y, tuple(stacked), middle.size, tuple(stacked))
    return read_labels(stacked_words(upper, lower), size)

