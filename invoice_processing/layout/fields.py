"""A page read as phrases for its header fields: what stands beside or under a label.

A page is read as phrases: runs of words on one line closer than a column gap (estimated from
the line's own character width, so monospaced and proportional fonts split alike). A label
matches at the start of a phrase and must be the whole label (``field_values``): what follows
it in the phrase is either nothing (then the value is the rest of the line, or what stands
under the label in the next lines, matched by column as in boxed header grids) or the value
itself. The caller checks every value against its type, so a neighbour that is not a value of
that type is never taken. "Rechnungsnummer / Datum" over "94165608 / 30.08.2018" pairs the
parts in order.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from statistics import median

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.field_labels import MONEY
from invoice_processing.layout.header_row import find_header
from invoice_processing.models import Cell, TextLine

_GAP = 1.6  # a gap wider than this many characters of the line's font separates phrases
_BELOW_ROWS, _BELOW_DISTANCE = 2, 40.0  # a value under its label: at most two lines and 40 pt down
SPACING = 12.0  # a usual line pitch in points; blocks end at a gap of 2.5 pitches
BELOW_ROWS = _BELOW_ROWS
_EM = 0.55  # a character's mean width in its font size (Latin text, capitals and lower case)
_MONEY = re.compile(MONEY, re.I)
_COUNTED = {*lx.QTY_ROLES, lx.PRICE, lx.AMOUNT}  # a product table's header names counts or money
_NAMED = {lx.DESCRIPTION, lx.CODE}  # and what was sold
_LABEL_ENDS = frozenset({"#", "№", "No.", "no."})
_LEADER = re.compile(r"[.:·…_\s]+")  # dots leading from a label to its value, set apart in fixed-width type


@dataclass(frozen=True)
class Phrase:
    """Words of one line between column gaps: ``row`` is the line's index in its ``PageView``."""

    x0: float
    x1: float
    text: str
    row: int


def phrases(line: TextLine, row: int) -> list[Phrase]:
    """The line's phrases left to right (from its words when the backend gave them, else cells)."""
    tokens = sorted((t for t in line.tokens if t.text.strip()), key=lambda t: t.x0)
    if not tokens:
        return []
    widths = [(t.x1 - t.x0) / len(t.text) for t in tokens if len(t.text) >= 3]
    body = max(median(widths or [(t.x1 - t.x0) / len(t.text) for t in tokens]), 0.5)
    out: list[Phrase] = []
    run: list[Cell] = [tokens[0]]
    for token in tokens[1:]:
        apart = token.x0 - max(t.x1 for t in run)
        # (words in larger type than the line's others space wider: a letterhead's name beside small labels)
        gap = _GAP * max(body, min(_char_width(run[-1], body), _char_width(token, body)))
        gap += 0.5 * body if run[-1].text.endswith(",") else 0.0  # (a comma's glyph ends short of its place: "3, 2025")
        # (a number sign ends its label, "PO | #" set a fixed-width space apart on a line of narrower type)
        if apart > gap and not (token.text.strip() in _LABEL_ENDS and apart <= 2 * gap):
            out.append(_phrase(run, row))
            run = []
        run.append(token)
    return [*out, _phrase(run, row)]


def pitch(box: Cell | Phrase) -> float:
    """A phrase's or a cell's width per character: its print size, near enough."""
    return (box.x1 - box.x0) / max(len(box.text), 1)


def _char_width(token: Cell, body: float) -> float:
    """A word's width per letter (``body``, the line's, for a word too short to tell)."""
    text = token.text.strip()
    return (token.x1 - token.x0) / len(text) if len(text) >= 3 else body


def _phrase(run: list[Cell], row: int) -> Phrase:
    return Phrase(run[0].x0, max(t.x1 for t in run), " ".join(t.text.strip() for t in run), row)


def overlap(a: Phrase, b: Phrase) -> float:
    """How far two phrases share a column, in points (negative: the gap between them)."""
    return min(a.x1, b.x1) - max(a.x0, b.x0)


def aligned(p: Phrase, head: Phrase) -> bool:
    """``p`` starts or ends where ``head`` does (a block's lines under its first line)."""
    return overlap(p, head) > 0 and (abs(p.x0 - head.x0) <= 12 or abs(p.x1 - head.x1) <= 12)


def wrapped_labels(lines: Sequence[TextLine], rows: list[list[Phrase]]) -> list[list[Phrase]]:
    """``rows`` with each label wrapped in a narrow column joined again: a lone word over a label
    ending in a colon, where it starts, with nothing beside it ("PO" over "Number: | PO56911", "Sales"
    over "Order: | SO-141165"), is that label's first word."""
    for at, row in enumerate(rows):
        for index, label in enumerate(row):
            if not label.text.endswith(":") or " " in label.text:
                continue
            size = max(lines[at].size, 6.0)
            for up in range(at - 1, max(at - 3, -1), -1):
                if lines[at].y - lines[up].y > 1.6 * size:
                    break
                word = next((p for p in rows[up] if abs(p.x0 - label.x0) <= 2), None)
                if word is None:
                    continue
                alone = not any(0 <= p.x0 - word.x1 <= 15 * size for p in rows[up] if p is not word)
                if alone and word.text.isalpha() and " " not in word.text:
                    rows[up] = [p for p in rows[up] if p is not word]
                    row[index] = Phrase(label.x0, max(label.x1, word.x1), f"{word.text} {label.text}", at)
                break
    return rows


class PageView:
    """One page's lines as rows of phrases, with what label lookups need."""

    def __init__(self, lines: Sequence[TextLine]) -> None:
        self.lines = list(lines)
        self.rows = wrapped_labels(self.lines, [phrases(line, at) for at, line in enumerate(self.lines)])
        self._headers: set[int] | None = None  # rows that head a product table (found once)
        sizes = [line.size for line in self.lines if line.size > 0]
        self.body_size = median(sizes) if sizes else 0.0
        self.bottom = max((line.y for line in self.lines), default=0.0) or 1.0

    def y(self, row: int) -> float:
        """The baseline of line ``row`` (grows downwards)."""
        return self.lines[row].y

    def near(self, row: int, below: int) -> bool:
        """Whether line ``below`` exists and stands at most a line and a half under line ``row``."""
        return below < len(self.rows) and self.y(below) - self.y(row) <= 1.6 * SPACING

    def right_of(self, phrase: Phrase) -> Phrase | None:
        """What follows ``phrase`` on its line, as one phrase (a date may be split in two); at the
        line's end, what follows it on a line set a few points higher or lower (a value in other
        type than its label: "Date de commande :" beside "04/12/2025" four points above it)."""
        after = self.after(phrase)
        return Phrase(after[0].x0, after[-1].x1, " ".join(p.text for p in after), phrase.row) if after else None

    def after(self, phrase: Phrase) -> list[Phrase]:
        """The phrases following ``phrase`` on its line, else the first one beside it on a line a few
        points off its own (what ``right_of`` joins)."""
        found = [p for p in self.rows[phrase.row] if p.x0 >= phrase.x1]
        while found and _LEADER.fullmatch(found[0].text):  # "Order Date . . . . . : 03/15/19": a leader
            found.pop(0)
        return found or self._offset_beside(phrase)

    def _offset_beside(self, phrase: Phrase) -> list[Phrase]:
        """The first phrase after ``phrase`` on a line a few points off its own, close beside it."""
        size = max(self.lines[phrase.row].size, 6.0)
        for row in (phrase.row - 1, phrase.row + 1):
            if 0 <= row < len(self.rows) and 0 < abs(self.y(row) - self.y(phrase.row)) <= 0.6 * size:
                after = [p for p in self.rows[row] if p.x0 >= phrase.x1]
                if after and after[0].x0 - phrase.x1 <= 8 * size and not self._in_a_block(after[0], size):
                    return after[:1]  # (another box's text stands further off)
        return []

    def _in_a_block(self, phrase: Phrase, size: float) -> bool:
        """A line of a block of text (an address beside the labels): a line at its x a line's pitch over
        and under it."""
        def aligned(row: int) -> bool:
            return 0 <= row < len(self.rows) and abs(self.y(row) - self.y(phrase.row)) <= 2 * size and any(
                abs(p.x0 - phrase.x0) <= 1.0 for p in self.rows[row])
        return any(aligned(phrase.row - k) for k in (1, 2)) and any(aligned(phrase.row + k) for k in (1, 2))

    def below(self, phrase: Phrase, rows: int = _BELOW_ROWS) -> Iterator[Phrase]:
        """Under ``phrase`` in the next ``rows`` lines: the phrases whose best column match on the
        label's line is ``phrase`` (boxed grids: a row of labels over a row of values), joined."""
        labels = self.rows[phrase.row]
        for row in self.rows[phrase.row + 1 : phrase.row + 1 + rows]:
            if not row or self.y(row[0].row) - self.y(phrase.row) > _BELOW_DISTANCE:
                return
            mine = [p for p in row if owner(labels, p) == phrase]
            if len(labels) == 1:  # a label alone on its line owns the whole line under it: only what stands under it
                mine = [p for p in mine if overlap(p, phrase) > 0]
            if any(overlap(p, phrase) > 0 for p in mine):
                yield Phrase(mine[0].x0, mine[-1].x1, " ".join(p.text for p in mine), row[0].row)
            elif len(labels) >= 3 and len(row) == len(labels) and row is self.rows[phrase.row + 1]:
                yield row[labels.index(phrase)]  # a row of values under a row of labels, one each, in order

    def under(self, head: Phrase, count: int = 6) -> Iterator[Phrase]:
        """Up to ``count`` phrases aligned under ``head``, line after line, until a gap."""
        last = self.y(head.row)
        for row in self.rows[head.row + 1 : head.row + 1 + 2 * count]:
            if not row or count <= 0:
                continue
            if self.y(row[0].row) - last > 2.5 * max(SPACING, self.body_size):  # (a page in large print: wider)
                return
            mine = [p for p in row if aligned(p, head)]
            if mine:
                last, count = self.y(row[0].row), count - 1
                yield mine[0]

    def is_big(self, phrase: Phrase) -> bool:
        """Printed larger than the body text (a title rather than a label): on a line of larger
        type, and wide enough for it; a label in body type beside a big name on one line ("Rifle
        Paper Co." | "Invoice#") is as wide as body type, nearer the body's size than the line's."""
        size = self.lines[phrase.row].size
        if not (self.body_size > 0 and size > 1.25 * self.body_size):
            return False
        printed = (phrase.x1 - phrase.x0) / (_EM * max(1, len(phrase.text)))  # the size its width says
        return printed * printed > size * self.body_size

    def in_footer(self, row: int) -> bool:
        """In the last quarter of the page's printed height."""
        return self.y(row) >= 0.75 * self.bottom

    def is_small(self, row: int) -> bool:
        """Printed smaller than the body text (a sender line, a legal footer)."""
        return self.body_size > 0 and self.lines[row].size < 0.92 * self.body_size

    def is_value(self, phrase: Phrase) -> bool:
        """Right of a "Label:" on its line, close enough to be that label's value."""
        before = [p for p in self.rows[phrase.row] if p.x1 <= phrase.x0]
        return bool(before) and before[-1].text.endswith(":") and phrase.x0 - before[-1].x1 < 120

    def table_rows(self) -> set[int]:
        """Rows of amount tables (amounts in several columns) and the column titles over them, and
        a product table's header line ("QTY DESCRIPTION AMOUNT" over a receipt's one amount column)."""
        rows = {at for at, row in enumerate(self.rows) if _amounts(row)}
        for at in sorted(rows):
            rows |= {above for above in (at - 1, at - 2) if above >= 0 and len(self.rows[above]) >= 3}
        return rows | self.product_headers()

    def product_headers(self) -> set[int]:
        """Rows that head a product table (a count's and a name's column labels)."""
        if self._headers is None:
            lines = tuple(self.lines)
            self._headers = set()
            for at in range(len(lines)):
                header = find_header(lines, at)
                roles = header.roles() if header is not None else set()
                if roles & _COUNTED and roles & _NAMED:
                    self._headers.add(at)
        return self._headers


def owner(labels: list[Phrase], value: Phrase) -> Phrase | None:
    """The label a value under a row of labels belongs to: the one it overlaps most, else the
    nearest one left of it (a value wider than its label spills to the right)."""
    best = max(labels, key=lambda q: overlap(q, value))
    if overlap(best, value) > 0:
        return best
    return max((q for q in labels if q.x0 <= value.x0), key=lambda q: q.x0, default=None)


def _amounts(row: list[Phrase]) -> bool:
    return len(row) >= 3 and sum(bool(_MONEY.search(p.text)) for p in row) >= 2
