"""Find a product table's column header: the line (or two stacked lines) that names its columns.

A header is read word by word: the longest known label (``lexicon.LABEL_ROLES``) is taken at
each place, so "Unit Price" is one column and "BTW Hoeveelheid" two. A header stacked over two
lines ("Qty / Ord", "Your / Price", "Extended / Amount") is read by joining the words that sit
above one another. A line is a header when it names a quantity, a price or amount, and a
description or code, and most of its words are known labels.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.label_roles import known_role, role_of
from invoice_processing.models import Cell, TextLine

_AMBIGUOUS_ITEM = frozenset({"item", "artikel", "article", "product", "producto", "artículo", "articulo", "produkt",
                            "produit", "produto", "articolo"})


@dataclass(frozen=True)
class Column:
    role: str
    x0: float
    x1: float
    label: str  # as printed

    @property
    def numeric(self) -> bool:
        return self.role in lx.NUMERIC_ROLES

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass(frozen=True)
class Header:
    columns: tuple[Column, ...]
    first: int  # index of the header's first line on its page
    last: int  # index of its last line (first + 1 for a stacked header)

    def roles(self) -> set[str]:
        return {c.role for c in self.columns}


@functools.lru_cache(maxsize=2048)
def _label_word(text: str) -> bool:
    """True when some word of ``text`` appears in a known label (a quick test before reading labels)."""
    return any(word in lx.LABEL_WORDS for word in lx.normal_label(text).replace("/", " ").split())


def _labels(words: list[Cell], size: float) -> list[Column]:
    """Known labels by longest match over neighbouring words, unknown words kept as ``other``
    (a header repeated on every page is read once)."""
    return list(_labels_of(tuple(words), size))


@functools.lru_cache(maxsize=2048)
def _labels_of(words: tuple[Cell, ...], size: float) -> tuple[Column, ...]:
    found: list[Column] = []
    at = 0
    joinable = max(size, 6.0) * 1.2  # words of one label sit closer than this
    while at < len(words):
        best: Column | None = None
        used = 1
        for length in range(min(lx.LONGEST_LABEL, len(words) - at), 0, -1):
            span = words[at:at + length]
            if any(b.x0 - a.x1 > joinable for a, b in zip(span, span[1:], strict=False)) or any(
                    w.text.endswith(")") or (len(w.text) > 1 and w.text.endswith("/")) for w in span[:-1]) or (
                    length > 1 and span[0].text == "#"):
                continue  # words a column apart, past a label's end ("Unit price (£) | Amount (£)", "Quantity/"),
                # or the line numbers' "#" before the next label ("# | ISBN-13")
            if length > 1 and any(b.x0 - a.x1 > 0.85 * size for a, b in zip(span, span[1:], strict=False)) and all(
                    role_of(w.text) in lx.NUMERIC_ROLES for w in span):
                continue  # "Net   Amount" set a column apart: two numbers' labels, not one
            text = " ".join(w.text for w in span)
            role = role_of(text) if length == 1 else known_role(text)  # words side by side: only a known label
            if role:
                best, used = Column(role, span[0].x0, max(w.x1 for w in span), text), length
                break
        if best is None:
            word = words[at]
            if found and found[-1].role == "" and word.x0 - found[-1].x1 <= joinable:
                last = found.pop()
                best = Column("", last.x0, word.x1, f"{last.label} {word.text}")
            else:
                best = Column("", word.x0, word.x1, word.text)
        at += used
        found.append(best)
    return tuple(found)


def _stacked(upper: TextLine, lower: TextLine) -> list[Cell]:
    """The two lines' words as one row: a word of the lower line joins the upper word(s) it sits under."""
    # an upper word without a letter or digit ("#") stacks with nothing
    stacks: list[tuple[list[Cell], list[Cell]]] = [
        ([c], []) for c in upper.tokens if any(ch.isalnum() for ch in c.text)]
    loose: list[Cell] = []
    for word in lower.tokens:
        over = [s for s in stacks if s[0][0].x0 < word.x1 and word.x0 < s[0][-1].x1]
        if len(over) > 1 and not any(s[1] for s in over[1:]):  # "Unit of" over "Measure": one label
            over[0][0].extend(c for s in over[1:] for c in s[0])
            stacks = [s for s in stacks if not any(s is o for o in over[1:])]
        if over:
            over[0][1].append(word)
        else:
            loose.append(word)
    merged: list[Cell] = []
    for top, bottom in stacks:
        words = top + bottom
        merged.append(Cell(min(w.x0 for w in words), max(w.x1 for w in words), " ".join(w.text for w in words)))
    return sorted(merged + loose, key=lambda c: c.x0)


def _resolve(columns: list[Column]) -> list[Column]:
    """'Item'/'Artikel' is the description unless another column is; then it is the code."""
    descriptions = [c for c in columns if c.role == lx.DESCRIPTION]
    resolved = []
    for column in columns:
        plain = column.label.strip().lower()  # "Item #", "Item No" name a code, never the description
        if column.role == lx.CODE and plain in _AMBIGUOUS_ITEM and not descriptions:
            column = Column(lx.DESCRIPTION, column.x0, column.x1, column.label)
            descriptions.append(column)
        elif column.role == lx.DESCRIPTION and lx.normal_label(plain) == "desc" and any(
                c.role in lx.PRICE_ROLES and c.x1 <= column.x0 for c in columns):
            column = Column(lx.DISCOUNT, column.x0, column.x1, column.label)  # "Desc." after a price: Desconto
            descriptions = [d for d in descriptions if d.label != column.label]
        elif column.role == lx.DESCRIPTION and plain in _AMBIGUOUS_ITEM and len(descriptions) > 1:
            column = Column(lx.CODE, column.x0, column.x1, column.label)
            descriptions.remove(next(c for c in descriptions if c.label == column.label))
        resolved.append(column)
    return [c if c.role else Column(lx.OTHER, c.x0, c.x1, c.label) for c in resolved]


def _promote_first(columns: list[Column]) -> list[Column]:
    """A table whose every column but the first is named, money among them, bills what its first
    column names ("Gemaakte kosten | Bedrag | Btw % | Btw"): that column is the description."""
    if len(columns) < 3 or columns[0].role or any(c.role in (lx.DESCRIPTION, lx.CODE) for c in columns):
        return columns
    rest = columns[1:]
    named = columns[0].label.replace(" ", "").isalpha()
    if named and all(c.role for c in rest) and any(c.role in lx.PRICE_ROLES for c in rest):
        first = columns[0]
        return [Column(lx.DESCRIPTION, first.x0, first.x1, first.label), *rest]
    return columns


def _score(columns: list[Column]) -> int:
    """How header-like a row of labels is: 0 when it is not a product table's header.

    A header names what was sold (a description or a code) and a price or amount, with most of
    its words known labels (or, naming neither, five known labels and hardly anything else:
    "Line | Type | Scheduled | Air Time | Length | Amount | Remarks"); a quantity column is usual
    (three labels at least), but services and fees are often billed by amount alone
    ("Description | Amount": each line is one unit).
    """
    known = [c for c in columns if c.role]
    roles = {c.role for c in known}
    if len(known) < 0.6 * len(columns) or not roles & set(lx.PRICE_ROLES):
        return 0
    if any(not c.role and (any(ch.isdigit() for ch in c.label) or "," in c.label) for c in columns):
        return 0  # a value or a phrase among the words ("Each One Will Vary, ... Details"): a body line
    if sum(c.label.endswith(":") for c in columns) >= 2:
        return 0  # field labels ("Payment Details: ACCOUNT NAME: ..."), not a table's columns
    names_product = lx.DESCRIPTION in roles or bool(roles & {lx.CODE, lx.UPC} and roles & set(lx.QTY_ROLES))
    if not names_product and (len(known) < 5 or len(known) < 0.85 * len(columns)):
        return 0
    if roles & set(lx.QTY_ROLES):
        return len(known) if len(known) >= 3 else 0
    return len(known) if len(known) >= 2 else 0


def _split_words(line: TextLine) -> list[Cell]:
    """The line's words; a backend without words gives cells, split here at spaces by character share."""
    if line.words:
        return list(line.words)
    words: list[Cell] = []
    for cell in line.cells:
        parts = cell.text.split()
        width = (cell.x1 - cell.x0) / max(1, len(cell.text))
        at = cell.x0
        for part in parts:
            words.append(Cell(at, at + width * len(part), part))
            at += width * (len(part) + 1)
    return words


def _label_words(line: TextLine) -> int:
    return sum(1 for w in line.tokens if _label_word(w.text))


def overlap(cell: Cell, column: Column) -> float:
    """How far ``cell`` and ``column``'s label overlap across the page (negative: the gap)."""
    return min(cell.x1, column.x1) - max(cell.x0, column.x0)


def find_header(lines: tuple[TextLine, ...], at: int) -> Header | None:
    """The header starting at ``lines[at]`` (one line, or two stacked lines), or None."""
    line = lines[at]
    own = _label_words(line)
    below = lines[at + 1] if at + 1 < len(lines) else None
    if not own or own + (_label_words(below) if below is not None else 0) < 2:
        return None  # a header has at least two label words (most lines have none): skip the full read
    best: list[Column] = []
    best_score, last = 0, at
    if own >= 2:
        best = _promote_first(_labels(_split_words(line), line.size))
        best_score = _score(best)
    if below is not None and 0 < below.y - line.y <= 1.8 * max(line.size, below.size, 6.0):
        stacked, score, end = _stacked_reading(lines, at)
        # a tie goes to the stacked reading ("BACK" over "ORDER") unless the line under it is labels
        # of its own ("Item Description" under "Item | UPC | Units"), and never to a line over a
        # header that reads better alone
        below_words = _split_words(below)
        tie = score == best_score and not _only_labels(line, below) and 2 * sum(
            _label_word(w.text) for w in below_words) >= len(below_words)  # and not a line of words under it
        if score and (score > best_score or tie) and score >= _score(_promote_first(_labels(_split_words(below),
                                                                                          below.size))):
            best, best_score, last = stacked, score, end
    best, best_score, last = _or_over_two_lines(lines, at, (best, best_score, last))
    if own >= 2 and below is not None:
        joined = _completed(line, below, best_score)
        if joined and _score(joined) > best_score:
            best, best_score, last = joined, _score(joined), at + 1
    if not best_score:
        return None
    best, last = _extended(lines, best, last)
    return Header(tuple(_resolve(best)), at, last)


def _extended(lines: tuple[TextLine, ...], best: list[Column], last: int) -> tuple[list[Column], int]:
    """The header with the label-only lines under it (a translation, "Title" under its own line)
    and a line of its labels in another language."""
    for _ in range(2):
        extra = _only_labels(lines[last], lines[last + 1]) if last + 1 < len(lines) else []
        if not extra:
            break
        best, last = _with_columns(best, extra), last + 1
    if last + 1 < len(lines) and _translated(lines[last], lines[last + 1], best):
        last += 1
    return best, last


def _translated(line: TextLine, below: TextLine, columns: list[Column]) -> bool:
    """True for the header's labels again in another language right under it ("Quantity/ | Unit
    Price/" over "Menny. | Egységár"): three or more cells without a digit, each under a label of
    its own, for half the labels or more."""
    if len(below.cells) < 3 or not 0 < below.y - line.y <= 1.8 * max(line.size, below.size, 6.0) or any(
            ch.isdigit() for ch in below.text):
        return False
    under = [{at for at, column in enumerate(columns) if overlap(cell, column) > 0} for cell in below.cells]
    named = set().union(*under)
    # each cell under labels of its own, and half the labels or more translated (not a description's words)
    return all(under) and len(named) == sum(map(len, under)) and 2 * len(named) >= len(columns)


def _title_over(line: TextLine, below: TextLine) -> bool:
    """A section's title over a header ("SHIPPED ITEMS" over "SKU | UPC | QTY ..."): one phrase
    reaching over two of the header's labels, not labels stacked over labels."""
    if len(line.cells) != 1:
        return False
    title = line.cells[0]
    return sum(1 for w in _split_words(below) if w.x0 < title.x1 and title.x0 < w.x1) >= 2 and len(
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
    main_words = _split_words(main)
    upper_words = _split_words(top) + _split_words(middle)
    if _label_words(main) < 2 or not all(any(w.x0 < m.x1 and m.x0 < w.x1 for m in main_words) for w in upper_words):
        return [], 0
    upper = TextLine(middle.y, middle.cells, middle.size, tuple(_stacked(
        TextLine(top.y, top.cells, top.size, tuple(_split_words(top))),
        TextLine(middle.y, middle.cells, middle.size, tuple(_split_words(middle))))))
    columns = _labels(_stacked(upper, TextLine(main.y, main.cells, main.size, tuple(main_words))), pitch)
    return columns, _score(columns)


def _completed(line: TextLine, below: TextLine, score: int) -> list[Column]:
    """The line's labels completed by those it lacks, printed on a line of their own under it
    ("Qté | Prix | Total" over "Désignation", the description's label set under the quantity's),
    or [] when that reading does not apply. One such label is never split between stacked words
    ("Quantity" over "Product Description") and stands beside the columns it is under."""
    extra = _only_labels(line, below)
    if not extra or (score and len(extra) != 1) or _title_over(line, below):
        return []  # (a section's title over a header is no label of it)
    line_labels = _labels(_split_words(line), line.size)
    if score:
        return _with_columns(line_labels, extra)
    roles = {c.role for c in line_labels}
    return sorted(line_labels + [c for c in extra if c.role not in roles], key=lambda c: c.x0)


def _stacked_reading(lines: tuple[TextLine, ...], at: int) -> tuple[list[Column], int, int]:
    """``lines[at]`` and the line under it read as one stacked header: (columns, score, last line),
    completed by the product's label on a third line when the two name no product ("Precio /
    unitario", "Importe / neto" over "Descripción")."""
    line, below = lines[at], lines[at + 1]
    upper_words = TextLine(line.y, line.cells, line.size, tuple(_split_words(line)))
    lower_words = TextLine(below.y, below.cells, below.size, tuple(_split_words(below)))
    cells = _stacked(upper_words, lower_words)
    stacked = _labels(cells, max(line.size, below.size, 6.0))
    score = _score(stacked)
    third = _third_line(line, below, lines[at + 2], cells) if score and at + 2 < len(lines) else []
    if third and _score(third) >= score:
        return third, _score(third), at + 2
    if not score and at + 2 < len(lines):
        third = _only_labels(below, lines[at + 2])
        completed = _with_columns(stacked, third) if third else stacked
        if _score(completed):
            return completed, _score(completed), at + 2
    return stacked, score, at + 1


def _third_line(top: TextLine, middle: TextLine, third: TextLine, stacked: list[Cell]) -> list[Column]:
    """Two stacked header lines (read as ``stacked``) and a third right under them whose every
    word sits under one of their labels: labels printed over two lines around single-line labels
    centred between them ("Order" over "Qty" beside "ISBN | Title" in the middle), or a qualifier
    under a label ("Ext. Retail" over "(Qty x List)"); [] when the third line is anything else."""
    pitch = max(middle.size, third.size, 6.0)
    words = _split_words(third)
    top_words, middle_words = _split_words(top), _split_words(middle)
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
        return _labels(sorted(_stacked(upper, lower) + middle_words, key=lambda c: c.x0), size)
    upper = TextLine(middle.y, tuple(stacked), middle.size, tuple(stacked))
    return _labels(_stacked(upper, lower), size)


def _only_labels(line: TextLine, below: TextLine) -> list[Column]:
    """The labels of a line just under the header whose every word is a known column label."""
    pitch = max(line.size, below.size, 6.0)
    if not 0 < below.y - line.y <= 1.8 * pitch:
        return []
    labels = _labels(_split_words(below), below.size)
    return labels if labels and all(label.role for label in labels) else []


def _names_product(column: Column) -> bool:
    """A label that names what was sold: "Description", or "Product"/"Item" alone."""
    return column.role == lx.DESCRIPTION or column.label.strip().lower() in _AMBIGUOUS_ITEM


def _with_columns(columns: list[Column], extra: list[Column]) -> list[Column]:
    """The header's columns and the labels of a line under it that stand under none of them
    (a third header line naming its own column: "Title" under "ISBN | Ordered"), and the
    description's label under numbers' labels when the header names none ("Product" under
    "Ordered"); never a label under another text column's ("Description" under "Item")."""
    named = {c.role for c in columns}
    free: list[Column] = []
    for label in extra:
        over = [o for o in columns if label.x0 < o.x1 and o.x0 < label.x1]
        if not over:
            free.append(label)
        elif _names_product(label) and lx.DESCRIPTION not in named and all(o.numeric for o in over):
            clipped = _beside(label, over)  # the product's name under numbers' labels: the part beside them
            if clipped is not None:
                free.append(clipped)
    return sorted(columns + free, key=lambda c: c.x0)


def _beside(label: Column, over: list[Column]) -> Column | None:
    """The wider part of ``label`` left or right of the columns it overlaps, if any is left."""
    left, right = min(o.x0 for o in over), max(o.x1 for o in over)
    parts = [(left - label.x0, label.x0, left), (label.x1 - right, right, label.x1)]
    width, x0, x1 = max(parts)
    return Column(label.role, x0, x1, label.label) if width > 2 else None
