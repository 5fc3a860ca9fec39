"""Header labels stacked over two lines read as one row: each lower word joins the upper words it
sits under ("Qty" over "Shipped"), phrases over phrases, slashes between two languages' labels and
words broken in a narrow column."""

from __future__ import annotations

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.label_roles import known_role, role_of
from invoice_processing.models import Cell, TextLine


def stacked_words(upper: TextLine, lower: TextLine) -> list[Cell]:
    """The two lines' words as one row: a word of the lower line joins the upper word(s) it sits under."""
    # an upper word without a letter or digit ("#") stacks with nothing
    stacks: list[tuple[list[Cell], list[Cell]]] = [
        ([c], []) for c in upper.tokens if any(ch.isalnum() for ch in c.text)]
    loose: list[Cell] = [c for c in upper.tokens if c.text == "#"]  # a line number's "#" stays a column
    titles = [s for s in stacks if _group_title(s[0][0], lower)]
    stacks = [s for s in stacks if not any(s is t for t in titles)]
    for word in lower.tokens:
        over = [s for s in stacks if s[0][0].x0 < word.x1 and word.x0 < s[0][-1].x1]
        if len(over) > 1:  # a word that grazes a neighbour's label ("Shipped" set against "Alloc") is under its own
            over = [s for s in over if _shared(s[0], word) >= 0.25 * min(word.x1 - word.x0, s[0][-1].x1 - s[0][0].x0)]
        if len(over) > 1 and not any(s[1] for s in over[1:]):  # "Unit of" over "Measure": one label
            over[0][0].extend(c for s in over[1:] for c in s[0])
            stacks = [s for s in stacks if not any(s is o for o in over[1:])]
        if over and not _label_of_its_own(over[0], word):
            over[0][1].append(word)
        else:
            loose.append(word)
    loose += _slashes(upper, stacks)
    merged: list[Cell] = []
    for top, bottom in _phrases_over_phrases(stacks, upper.cells, lower.cells):
        words = top + bottom
        merged.append(Cell(min(w.x0 for w in words), max(w.x1 for w in words), _stacked_text(top, bottom)))
    return sorted(merged + loose, key=lambda c: c.x0)


_COUNTS = frozenset({*lx.QTY_ROLES, lx.BACKORDER, lx.NUMBER})


def _group_title(upper: Cell, lower: TextLine) -> bool:
    """True when ``upper`` is a group's title over counts' labels of their own, each printed apart and
    none read with it ("Quantity" between dashes over "Allocd | Shipd"): its lower words stand as
    columns of their own."""
    under = [w for w in lower.tokens if upper.x0 < w.x1 and w.x0 < upper.x1]
    if len(under) < 2 or not all(known_role(w.text) in _COUNTS for w in under):
        return False  # (counts only: "Cost" over "Unit | Total" beside "Retail" over them is two prices)
    if len({cell_of(w, lower.cells) for w in under}) < len(under):
        return False  # (one phrase under it: "Unit" over "Price Each")
    # (not a label read with one of them: "Quantity" over "Shipped | UM" is the quantity shipped)
    return not any(known_role(f"{upper.text} {w.text}") for w in under) and not known_role(
        " ".join(w.text for w in (upper, *under)))


def _stacked_text(top: list[Cell], bottom: list[Cell]) -> str:
    """The words of a stack as one label; a word broken in a narrow column without a hyphen ("Unidade"
    over "s", "Descuent" over "o") is joined whole when only the whole word is a label."""
    text = " ".join(w.text for w in (*top, *bottom))
    if len(bottom) == 1 and len(bottom[0].text) <= 2 and bottom[0].text.isalpha() and bottom[0].text.islower():
        glued = " ".join(w.text for w in top) + bottom[0].text
        if known_role(glued) and not known_role(text):
            return glued
    return text


def _slashes(upper: TextLine, stacks: list[tuple[list[Cell], list[Cell]]]) -> list[Cell]:
    """The upper line's slashes between two languages' labels ("Qté / Qty", "Montant /" over "Amount"):
    one right after a stack's words with words under it goes on that stack (its label goes on after the
    slash, "Montant / Amount"); any other stays where it is printed ("Qté / Qty" is one label)."""
    loose: list[Cell] = []
    for slash in (c for c in upper.tokens if c.text == "/"):
        ending = [s for s in stacks if 0 <= slash.x0 - s[0][-1].x1 <= max(upper.size, 6.0)]
        if ending and ending[0][1]:
            ending[0][0].append(slash)
        else:
            loose.append(slash)
    return loose


def _shared(top: list[Cell], word: Cell) -> float:
    """How far ``word`` stands under the words ``top`` (the width both cover)."""
    return min(word.x1, top[-1].x1) - max(word.x0, top[0].x0)


def _label_of_its_own(stack: tuple[list[Cell], list[Cell]], word: Cell) -> bool:
    """True when ``word`` is a second lower word under a stack that already reads as a label with
    its first ("Quantity" over "Shipped" and "UM"), and a label of its own that the stack does not
    go on into: the next column's label, set close."""
    top, bottom = stack
    if not bottom or not role_of(word.text):
        return False
    words = " ".join(w.text for w in (*top, *bottom))
    return bool(known_role(words)) and not known_role(f"{words} {word.text}")


def cell_of(word: Cell, cells: tuple[Cell, ...]) -> int:
    """The index of the cell of ``cells`` holding ``word``, or -1."""
    return next((i for i, c in enumerate(cells) if c.x0 - 0.5 <= word.x0 and word.x1 <= c.x1 + 0.5), -1)


def _phrases_over_phrases(stacks: list[tuple[list[Cell], list[Cell]]], upper: tuple[Cell, ...],
                          lower: tuple[Cell, ...]) -> list[tuple[list[Cell], list[Cell]]]:
    """Neighbouring stacks whose upper words are one printed phrase over one lower phrase ("Unit
    price" over "(excl. VAT)") as one stack: the phrase over the phrase, not word over word; and a
    code's printed label kept whole over a shorter one ("Product Code" over "UPC")."""
    joined: list[tuple[list[Cell], list[Cell]]] = []
    for top, bottom in stacks:
        if joined:
            last_top, last_bottom = joined[-1]
            cell = cell_of(top[0], upper)
            same_top = cell == cell_of(last_top[-1], upper) != -1
            if same_top and bottom and last_bottom and cell_of(bottom[0], lower) == cell_of(
                    last_bottom[-1], lower) != -1:
                joined[-1] = (last_top + top, last_bottom + bottom)
                continue
            if same_top and not (bottom and last_bottom) and known_role(upper[cell].text) in (lx.CODE, lx.UPC):
                joined[-1] = (last_top + top, last_bottom + bottom)  # "Product Code" over "UPC": a code's label whole
                continue
        joined.append((list(top), list(bottom)))
    return joined
