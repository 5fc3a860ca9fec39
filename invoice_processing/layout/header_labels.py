"""The labels of a column header: each word read as a known label by longest match, words
stacked over two lines joined, ambiguous labels ("Item") resolved, and a reading's score (how
much it looks like a product table's header). ``header_row`` finds headers with these."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.label_roles import (
    AMBIGUOUS_ITEM,
    BEFORE_TAX_WORDS,
    WITH_TAX_WORDS,
    after_discount,
    known_role,
    owned_code,
    role_of,
)
from invoice_processing.models import Cell, TextLine


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
def is_label_word(text: str) -> bool:
    """True when some word of ``text`` appears in a known label, or it is a sign that labels a column
    alone ("@", "$"; a quick test before reading labels)."""
    return text in _SIGN_LABELS or any(
        word in lx.LABEL_WORDS for word in lx.normal_label(text).replace("/", " ").split())


_SIGN_LABELS = frozenset({"@", "$"})


def read_labels(words: list[Cell], size: float) -> list[Column]:
    """Known labels by longest match over neighbouring words, unknown words kept as ``other``
    (a header repeated on every page is read once)."""
    return list(labels_of(tuple(words), size))


# "QuantitéPrix", "Material No.Description": a lower-case letter or a full stop, then a capital; "UOMDescription":
# capitals, then a capital starting a word in lower case
_GLUED = re.compile(r"(?<=[a-zß-ÿ.])(?=[A-ZÀ-Þ])|(?<=[A-ZÀ-Þ]{2})(?=[A-ZÀ-Þ][a-zß-ÿ])")


def _after_stop(before: str, after: str) -> bool:
    """A split after a full stop stands only before a whole label of four letters or more ("No." |
    "Description"), never inside an abbreviation ("Best.Nr.", "Pos.Nr.", "Réf.Art.")."""
    return not before.endswith(".") or (len(after.rstrip(".")) >= 4 and lx.normal_label(after) in lx.LABEL_ROLES)


_LEADING = frozenset({"ext", "extd", "extn", "extended"})  # a price's qualifier, printed before its word


def _unspaced(words: tuple[Cell, ...], size: float) -> tuple[Cell, ...]:
    """The words with a label set letter by letter ("D e s c r i p c i o n") as one word: a run of
    four single letters or more, each close to the next."""
    out: list[Cell] = []
    run: list[Cell] = []
    for word in (*words, None):
        if word is not None and len(word.text) == 1 and word.text.isalpha() and (
                not run or word.x0 - run[-1].x1 <= 0.8 * max(size, 6.0)):
            run.append(word)
            continue
        if len(run) >= 4:
            out.append(Cell(run[0].x0, run[-1].x1, "".join(w.text for w in run)))
        else:
            out.extend(run)
        run = []
        if word is not None:
            if len(word.text) == 1 and word.text.isalpha():
                run = [word]
            else:
                out.append(word)
    return tuple(out)


def _unglued(words: tuple[Cell, ...]) -> tuple[Cell, ...]:
    """The words with two labels printed without a space between them ("Quantité" right-aligned
    up to "Prix unitaire": "QuantitéPrix") split where a capital follows a lower-case letter or a
    full stop (before a whole label: see ``_after_stop``), when each part is a label's word and the
    whole is no label of its own ("No.Description" is two); each part gets its share of the word's width."""
    out: list[Cell] = []
    for word in words:
        parts = _GLUED.split(word.text)
        whole = len(parts) < 2 or lx.normal_label(word.text) in lx.LABEL_ROLES
        if whole or not all(is_label_word(p) for p in parts) or not all(
                _after_stop(a, b) for a, b in zip(parts, parts[1:], strict=False)):
            out.append(word)
            continue
        at, width = word.x0, (word.x1 - word.x0) / len(word.text)
        for part in parts:
            out.append(Cell(at, at + width * len(part), part))
            at += width * len(part)
    return tuple(out)


@functools.lru_cache(maxsize=2048)
def labels_of(words: tuple[Cell, ...], size: float) -> tuple[Column, ...]:
    words = _unglued(_unspaced(words, size))
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
            if length > 1 and any(b.x0 - a.x1 > 0.85 * size and lx.normal_label(a.text) not in _LEADING for a, b in zip(
                    span, span[1:], strict=False)) and all(role_of(w.text) in lx.NUMERIC_ROLES for w in span):
                continue  # "Net   Amount" set a column apart: two numbers' labels, not one (an abbreviation that
                # qualifies the next word leads it: "Ext. Retail" in a typewriter's type; "MwSt. | Betrag" are two)
            core = span[:-1] if span[-1].text in lx.CURRENCY_CODES else span
            coded = span[-1] if len(core) < length else (words[at + length] if at + length < len(words) else None)
            if len(core) > 1 and coded is not None and coded.text in lx.CURRENCY_CODES and role_of(
                    core[-1].text) == lx.AMOUNT and role_of(" ".join(w.text for w in core[:-1])) == lx.TAX and (
                    core[-1].x0 - core[-2].x1 > 0.55 * size):
                continue  # "VAT | Amount GBP" (Xero's): the currency names the amount's, a label of its own
            text = " ".join(w.text for w in span)
            # words side by side: only a known label, or a price's label taken after the discount
            role = role_of(text) if length == 1 else known_role(text) or (lx.PRICE if after_discount(text) else "")
            if role:
                best, used = Column(role, span[0].x0, max(w.x1 for w in span), text), length
                break
        if best is None:
            best = _unknown(found, words[at], joinable)
        elif (best.role == lx.CODE and found and found[-1].role == "" and best.x0 - found[-1].x1 <= joinable
              and lx.normal_label(best.label) in _BARE_CODE and any(ch.isalpha() for ch in found[-1].label)):
            last = found.pop()  # "Lot No.", "HTS Code", "Dev Code": another number of the product, no code of it
            best = Column(lx.OTHER, last.x0, best.x1, f"{last.label} {best.label}")
        elif (best.role == lx.CODE and found and found[-1].role in ("", lx.OTHER) and best.x0 - found[-1].x1 <= joinable
              and owned_code(lx.normal_label(f"{found[-1].label} {best.label}"))):
            last = found.pop()  # "Manufacturer Part Number", "Cobalt P/N": whose code it is, then the code's label
            best = Column(lx.CODE, last.x0, best.x1, f"{last.label} {best.label}")
        at += used
        found.append(best)
    return tuple(found)


def _unknown(found: list[Column], word: Cell, joinable: float) -> Column:
    """A word of no known label: the rest of the unknown words before it, or of a number's label it
    qualifies ("VK-Preis ohne" over "MwSt.": the price taken before tax), taken off ``found``; else its own."""
    last = found[-1] if found and word.x0 - found[-1].x1 <= joinable else None
    if last is not None and last.role in lx.NUMERIC_ROLES and lx.normal_label(word.text) in _TAX_HEADS:
        found.pop()
        return Column(last.role, last.x0, word.x1, f"{last.label} {word.text}")
    if last is not None and last.role == "":
        found.pop()
        return Column("", last.x0, word.x1, f"{last.label} {word.text}")
    return Column("", word.x0, word.x1, word.text)


# the first word of a tax qualifier after a number's label, its tax named on the line under it (not the short
# "ex", "inc" nor "before", "ttc": words of other labels too)
_TAX_HEADS = frozenset(WITH_TAX_WORDS + BEFORE_TAX_WORDS) - {"ex", "inc", "before", "ttc"}
_BARE_CODE = frozenset({"code", "no", "#", "nr", "number", "num"})  # labels naming a number, not which


def resolved(columns: list[Column]) -> list[Column]:
    """'Item'/'Artikel' is the description unless another column is; then it is the code."""
    descriptions = [c for c in columns if c.role == lx.DESCRIPTION]
    resolved = []
    for column in columns:
        plain = column.label.strip().lower()  # "Item #", "Item No" name a code, never the description
        if column.role == lx.CODE and plain in AMBIGUOUS_ITEM and not descriptions:
            column = Column(lx.DESCRIPTION, column.x0, column.x1, column.label)
            descriptions.append(column)
        elif column.role == lx.DESCRIPTION and lx.normal_label(plain) == "desc" and any(
                c.role in lx.PRICE_ROLES and c.x1 <= column.x0 for c in columns):
            column = Column(lx.DISCOUNT, column.x0, column.x1, column.label)  # "Desc." after a price: Desconto
            descriptions = [d for d in descriptions if d.label != column.label]
        elif column.role == lx.DESCRIPTION and plain in AMBIGUOUS_ITEM and len(descriptions) > 1:
            column = Column(lx.CODE, column.x0, column.x1, column.label)
            descriptions.remove(next(c for c in descriptions if c.label == column.label))
        resolved.append(column)
    return [c if c.role else Column(lx.OTHER, c.x0, c.x1, c.label) for c in resolved]


def _counted_items(columns: list[Column]) -> list[Column]:
    """"Item | No. | Each | Total" (British use): the item's name first, then how many of it at a price "Each"; no
    code, where no other column names the description or a count ("Item | No. | Price" numbers a catalogue's)."""
    if not columns or columns[0].role != lx.CODE or lx.normal_label(columns[0].label) not in AMBIGUOUS_ITEM or any(
            c.role in (lx.DESCRIPTION, *lx.QTY_ROLES) for c in columns):
        return columns
    counts = [i for i, c in enumerate(columns[1:], 1) if c.role == lx.CODE and lx.normal_label(c.label) in (
        "no", "nos") and any(p.role == lx.PRICE and lx.normal_label(p.label) == "each" for p in columns[i + 1:])]
    if len(counts) != 1:
        return columns
    first, count = columns[0], columns[counts[0]]
    return [Column(lx.DESCRIPTION, first.x0, first.x1, first.label), *columns[1:counts[0]],
            Column(lx.QTY, count.x0, count.x1, count.label), *columns[counts[0] + 1:]]


_ITEM_WORDS = frozenset({"item", "items", "product", "products", "article", "artikel", "produit", "producto",
                         "service", "services", "position", "posten", "poste"})


def promote_first(columns: list[Column]) -> list[Column]:
    """A table whose every column but the first is named, money among them, bills what its first
    column names ("Gemaakte kosten | Bedrag | Btw % | Btw"): that column is the description."""
    columns = _counted_items(columns)
    if len(columns) == 2 and columns[0].role in (lx.CODE, lx.OTHER) and lx.normal_label(
            columns[0].label) in _ITEM_WORDS and columns[1].role in lx.PRICE_ROLES:
        # "Item | Price", "Position | Betrag": what the line bills, one each
        first = columns[0]
        return [Column(lx.DESCRIPTION, first.x0, first.x1, first.label), columns[1]]
    if len(columns) < 3 or columns[0].role or any(c.role in (lx.DESCRIPTION, lx.CODE) for c in columns):
        return columns
    rest = columns[1:]
    named = columns[0].label.replace(" ", "").isalpha()
    if named and all(c.role for c in rest) and any(c.role in lx.PRICE_ROLES for c in rest):
        first = columns[0]
        return [Column(lx.DESCRIPTION, first.x0, first.x1, first.label), *rest]
    return columns


def header_score(columns: list[Column]) -> int:
    """How header-like a row of labels is: 0 when it is not a product table's header.

    A header names what was sold (a description or a code) and a price or amount, with most of
    its words known labels (or, naming neither, five known labels and hardly anything else:
    "Line | Type | Scheduled | Air Time | Length | Amount | Remarks"); a quantity column is usual
    (three labels at least), but services and fees are often billed by amount alone
    ("Description | Amount": each line is one unit).
    """
    if len(columns) >= 5 and not columns[0].role and columns[0].label.isdigit() and len(columns[0].label) <= 3:
        columns = columns[1:]  # a spreadsheet's row number printed before every line, its header's too
    known = [c for c in columns if c.role]
    roles = {c.role for c in known}
    if len(known) < 0.6 * len(columns) or not roles & set(lx.PRICE_ROLES):
        return 0
    if any(not c.role and (any(ch.isdigit() for ch in c.label) or "," in c.label) for c in columns):
        return 0  # a value or a phrase among the words ("Each One Will Vary, ... Details"): a body line
    if sum(c.label.endswith(":") for c in columns) >= 2:
        return 0  # field labels ("Payment Details: ACCOUNT NAME: ..."), not a table's columns
    # (or, naming none, a count, a price and an amount right of an unknown label over the names: "# | Qty | @ |
    # $"; not "Qty | Price | Total" alone, a card's strip or a summary's)
    names_product = lx.DESCRIPTION in roles or bool(roles & {lx.CODE, lx.UPC} and roles & set(lx.QTY_ROLES)) or (
        not columns[0].role and bool(roles & set(lx.QTY_ROLES)) and {lx.PRICE, lx.AMOUNT} <= roles)
    if not names_product and (len(known) < 5 or len(known) < 0.85 * len(columns)):
        return 0
    if roles & set(lx.QTY_ROLES):
        return len(known) if len(known) >= 3 else 0
    return len(known) if len(known) >= 2 else 0


def split_words(line: TextLine) -> list[Cell]:
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


def count_label_words(line: TextLine) -> int:
    return sum(1 for w in line.tokens if is_label_word(w.text))


def overlap(cell: Cell, column: Column) -> float:
    """How far ``cell`` and ``column``'s label overlap across the page (negative: the gap)."""
    return min(cell.x1, column.x1) - max(cell.x0, column.x0)
