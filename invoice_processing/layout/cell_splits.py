"""A body line's cells as the table's columns want them: a cell of several numbers split into
its words, a barcode or a price set close before its text split from it, values set closer than a
cell gap parted where their labels part, and a number's thousands set apart joined back. Used by
``columns.placements`` before it places the cells."""

from __future__ import annotations

import re

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.header_labels import Column, overlap
from invoice_processing.layout.numbers import NumberFormat, is_numeric, parse_amount
from invoice_processing.models import Cell, TextLine

_CURRENCY = re.compile(lx.CURRENCY)


def split_cells(line: TextLine, fmt: NumberFormat, columns: tuple[Column, ...] = ()) -> list[Cell]:
    """The line's cells, with a cell of several numbers ("2 4.50", a line's number before its ISBN
    or code: "2 9780061913006", "1 CAL048") split into its words, and a barcode set close before the description
    ("191009918406 Woven Seagrass") split from it; a number grouped with spaces ("3 503,70") under
    one numeric column alone stays whole."""
    cells: list[Cell] = []
    for cell in line.cells:
        parts = cell.text.split()
        numbers = len(parts) > 1 and all(is_numeric(p, fmt) for p in parts) and not _grouped(cell, columns, fmt)
        barcode = len(parts) > 1 and parts[0].isdigit() and 8 <= len(parts[0]) <= 14 and not numbers
        leading = len(parts) > 1 and not numbers and is_numeric(parts[0], fmt) and _under_two_numbers(cell, columns)
        counted = len(parts) == 2 and parts[0].isdigit() and len(parts[0]) <= 3 and (  # a line's number set close
            (parts[1].isdigit() and 8 <= len(parts[1]) <= 14) or lx.looks_like_code(parts[1])  # before its code
            or _count_apart(cell, line.words, columns))
        coded = len(parts) == 2 and lx.looks_like_code(parts[0]) and parts[1].isdigit() and 8 <= len(parts[1]) <= 14 \
            and not parts[0].isdigit()  # a long code set close before its barcode ("XM5135A 428707406893")
        # a count and its unit set close before the code ("6 EA SV-1101" under "Qty | Style")
        counted = counted or (len(parts) == 3 and parts[0].isdigit() and len(parts[0]) <= 4 and bool(
            lx.UNITS.fullmatch(parts[1])) and lx.looks_like_code(parts[2]))
        # a count set close before its description ("40 Caño de cobre ..." under "Cant. | Descripción")
        described = len(parts) > 2 and parts[0].isdigit() and len(parts[0]) <= 4 and _count_apart(
            cell, line.words, columns)
        if (numbers or barcode or leading or counted or coded or described) and line.words:
            inside = [w for w in line.words if w.x0 >= cell.x0 - 0.5 and w.x1 <= cell.x1 + 0.5]
            if len(inside) == len(parts):
                if numbers or counted or coded:
                    cells += inside
                elif described:
                    cells += [inside[0], Cell(inside[1].x0, cell.x1, " ".join(parts[1:]))]
                else:  # a barcode before its description, a price before its tax code ("7,00 TVA 5,5%")
                    cells += [inside[0], *_by_labels(Cell(inside[1].x0, cell.x1, " ".join(parts[1:])), line.words,
                                                     columns)]
                continue
        cells += _by_labels(cell, line.words, columns)
    return _rejoined(_signs_dropped(cells, columns, fmt), columns, fmt, line.size)


def _signs_dropped(cells: list[Cell], columns: tuple[Column, ...], fmt: NumberFormat) -> list[Cell]:
    """The cells without a currency's sign set apart in a column of its own before an amount under a
    numeric column ("$" | "1.95"): no word of the text beside it."""
    numeric = [c for c in columns if c.numeric]
    return [cell for at, cell in enumerate(cells) if not (
        _CURRENCY.fullmatch(cell.text.strip()) and at + 1 < len(cells) and is_numeric(cells[at + 1].text, fmt)
        and any(overlap(cells[at + 1], c) > 0 for c in numeric))]


def _by_labels(cell: Cell, words: tuple[Cell, ...], columns: tuple[Column, ...]) -> list[Cell]:
    """A cell right of the text columns of numbers and a word or two, whose words stand under
    different labels, one of them a number's ("10.00 Exempt $ 10,732.28" under "Disc.% | Taxes |
    Amount", set closer than the gap that parts cells), split where the words change label; any
    other cell as it is."""
    numeric = [c for c in columns if c.numeric]
    if not numeric or " " not in cell.text or cell.x0 < min(c.x0 for c in numeric) - 2 or any(
            not c.numeric and overlap(cell, c) > 0 for c in columns):
        return [cell]
    inside = [w for w in words if w.x0 >= cell.x0 - 0.5 and w.x1 <= cell.x1 + 0.5]
    worded = [w for w in inside if any(ch.isalpha() for ch in w.text) and not _CURRENCY.fullmatch(w.text)]
    if len(inside) != len(cell.text.split()) or not 0 < len(worded) <= 2 or not any(
            any(ch.isdigit() for ch in w.text) and w not in worded for w in inside):
        return [cell]  # (numbers with their currencies, "102,99 EUR 41,01 EUR", are read by the currency rules;
        # a line of words, a description printed over its row's numbers, is no row of values)
    pieces: list[list[Cell]] = []
    last: Column | None = None
    for word in inside:
        under = max(columns, key=lambda c: overlap(word, c))
        label = under if overlap(word, under) > 0 else None
        said = " ".join(w.text for w in pieces[-1]) if pieces else ""
        inside_one = said.count("(") > said.count(")") or said.endswith(("x", "×", "@"))  # "12 (2 x | 6)"
        if pieces and (inside_one or not (label is not None and last is not None and label != last)):
            pieces[-1].append(word)
        else:
            pieces.append([word])
        last = label or last
    return [Cell(p[0].x0, p[-1].x1, " ".join(w.text for w in p)) for p in pieces]


def _count_apart(cell: Cell, words: tuple[Cell, ...], columns: tuple[Column, ...]) -> bool:
    """True when the cell's first word (a count) stands under a numeric column's label and its
    second under another label, clear of the first ("6 CK-JAM-STR" under "Qty | Item No.", "40 Caño de ..." under
    "Cant. | Descripción")."""
    inside = [w for w in words if w.x0 >= cell.x0 - 0.5 and w.x1 <= cell.x1 + 0.5]
    if len(inside) < 2:
        return False
    first = [c for c in columns if overlap(inside[0], c) > 0]
    return len(first) == 1 and first[0].numeric and overlap(inside[1], first[0]) <= 0 and any(
        overlap(inside[1], c) > 0 for c in columns)


def _under_two_numbers(cell: Cell, columns: tuple[Column, ...]) -> bool:
    """True when ``cell`` reaches under two numeric columns' labels (two values set close together)."""
    return sum(1 for c in columns if c.numeric and overlap(cell, c) > 0) >= 2


def _rejoined(cells: list[Cell], columns: tuple[Column, ...], fmt: NumberFormat, size: float) -> list[Cell]:
    """Cells with a number whose thousands the PDF set as a word of their own ("1" | "230,72")
    joined back, when the whole stands under one numeric column."""
    joined: list[Cell] = []
    for cell in cells:
        last = joined[-1] if joined else None
        if last is not None and last.text.isdigit() and len(last.text) <= 3 and 0 <= cell.x0 - last.x1 <= min(
                max(size, 6.0), 2.5 * (cell.x1 - cell.x0) / max(len(cell.text), 1)):  # (a scaled font's size: no gap)
            whole = Cell(last.x0, cell.x1, f"{last.text} {cell.text}")
            if _grouped(whole, columns, fmt):
                joined[-1] = whole
                continue
        joined.append(cell)
    return joined


def _grouped(cell: Cell, columns: tuple[Column, ...], fmt: NumberFormat) -> bool:
    """True when ``cell`` reads as one number with its thousands set apart by spaces ("3 503,70")
    and stands under one numeric column only."""
    parts = cell.text.split()
    if not columns or not all(len(p.split(fmt.decimal)[0]) == 3 and p.split(fmt.decimal)[0].isdigit()
                              for p in parts[1:]):
        return False  # each group after the first: three digits ("2 4.50" is two numbers)
    if not all(p.isdigit() and len(p) <= 3 for p in parts[:1]) or parse_amount(cell.text, fmt) is None:
        return False
    under = [c for c in columns if c.numeric and c.x0 - 4 < cell.x1 and cell.x0 < c.x1 + 4]
    return len(under) == 1
