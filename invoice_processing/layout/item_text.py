"""A product row's item text: its code, its UPC or barcode and its description, with the
description's wrapped lines above and below the row attached by geometry and words."""

from __future__ import annotations

import re

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.between_rows import GOES_ON
from invoice_processing.layout.header_labels import Column
from invoice_processing.layout.printed_codes import labelled_code
from invoice_processing.layout.row_kinds import description_text
from invoice_processing.layout.rows import Row, Table, Wrap
from invoice_processing.models import Cell


def column_text(row: Row, table: Table, role: str) -> str:
    return " ".join(row.values.get(i, "") for i in table.indexes(role)).strip()


def upc_of(text: str) -> str:
    """The UPC/EAN among a UPC column's tokens (8 to 14 digits); flags beside it are not part of it."""
    digits = [t for t in text.split() if t.isdigit() and 8 <= len(t) <= 14]
    grouped = text.replace("-", " ").split()  # "1-91009-12345-6", "0 12345 67890 5": its digits in groups
    if not digits and len(grouped) > 1 and all(t.isdigit() for t in grouped) and 8 <= len("".join(grouped)) <= 14:
        return "".join(grouped)
    return digits[0] if digits else ("" if text.split() and all(len(t) <= 2 for t in text.split()) else text)


def _barcode(text: str) -> str:
    """A barcode printed on a line above or below its row: one token of 8 to 14 digits (a
    description's sizes, "12\" x 18\"", have digits too but no such token)."""
    digits = [t for t in text.split() if t.isdigit() and 8 <= len(t) <= 14]
    if digits:
        return digits[0]
    grouped = text.replace("-", " ").split()  # "0 12345 67890 5", "889110-90343-5"
    return text.strip() if grouped and all(t.isdigit() for t in grouped) and 8 <= len("".join(grouped)) <= 14 else ""


def code_of(text: str) -> str:
    """A code is one token with a digit: flags printed beside it in the code's band ("EC9515 Y",
    "DS S2921") are not part of it."""
    tokens = text.split()
    if len(tokens) > 1:
        if _LETTER_CODE.match(tokens[0]):
            return tokens[0]  # "LAB-VOT Votives, box of 6": a code of capitals joined by hyphens
        if named(text):
            return ""  # "Cure Coming 60" under "Item": a product's name ending in a count, no code
        coded = [t for t in tokens if any(ch.isdigit() for ch in t)]
        lettered = [t for t in coded if any(ch.isalpha() for ch in t)]
        if len(coded) > 1 and coded[0].isdigit() and len(coded[0]) <= 4 and lettered:
            return lettered[0]  # "001 CD2712A": the line's number before its code, under one label
        return coded[0] if coded else text
    return text


_LETTER_CODE = re.compile(r"^[A-Z]{2,}(?:-[A-Z0-9]+)+$")


def named(text: str) -> bool:
    """A name, not a code with flags: words in lower case, its only digits whole counts ("Unwind 120")."""
    tokens = text.split()
    return any(any(ch.islower() for ch in t) for t in tokens) and all(
        t.isdigit() or not any(ch.isdigit() for ch in t) for t in tokens)


_SMALL = 0.85  # a line in type this much smaller than its row's: a note about the product, not its name
_NUMBERED = re.compile(r"\d{8,}")  # an identifier's digits (ISBN, UPC, EAN): a line of the product's numbers


def item_description(row: Row, table: Table, code: str, upc: str) -> tuple[str, str, str]:
    """(code, UPC, description): the row's own, completed from the lines printed above and below
    it (a code and UPC printed on the line over the numbers, a description wrapping under them); a
    line in much smaller type under a description printed on the row's line is a note about the
    product ("Frontlist - on sale 9/2/2025", "Raw, unfiltered"), unless it carries the product's
    numbers or the description goes on into it (sizes read from the font only: Document AI's and the
    OCR's are estimated from glyph boxes, "White" under "Matte" would read smaller)."""
    words: list[str] = []
    unit = any(row.values.get(i, "").strip() for i in table.indexes(lx.UOM))  # the row prints its own unit
    own = description_text(row.values, table.columns)
    described = row.line.font_size if own else 0.0  # the font size of the description's lines so far (0: unknown)
    for runs in (row.above, row.below):
        for at, wrap in enumerate(runs):
            if at and _ends_a_title(runs[at - 1], wrap):
                words.append(wrap.cells[0][1].text)
                continue
            text = " ".join(wrap.values.values())
            before = " ".join(words).strip() if runs is row.below else text  # (what goes on into the other)
            small = bool(wrap.font) and wrap.font <= _SMALL * described and not (
                _NUMBERED.search(text) or GOES_ON.search(before) or (
                    (own or before).isupper() and text.isupper()))
            small = small or (bool(code) and len(text.split()) <= 3 and text.split()[-1:] == [code])  # "SKU 27-9693"
            if small and not code:  # (a note's labelled code is the row's: "SKU: PCS-GR-MP12 | MSRP $8.99")
                code = labelled_code(text)[0]
            described = max(described, 0.0 if small else wrap.font)
            # (a note in small type under a description set on the row's line; not an "ISBN 978..." line, nor the
            # rest of a description that goes on: "BAR, HEAT EXCHANGER MOUNTING," over "COOLER POWER STATION", or
            # is set in capitals as it is: "PLATE, ADAPTER, WATER TANK, RF PS" over "& AC-DC PCB")
            code, upc = _attached(wrap, table, code, upc, [] if small else words, unit, row.values,
                                  runs is row.below and not at)
        if runs is row.above:
            own = _uncaptioned(description_text(row.values, table.columns), row)
            if not (row.above or row.below) or not all(is_flag(token) for token in own.split()):
                words.append(own)  # a row whose description is printed apart shows only flags on its own line
    return code, upc, _unlabelled(_wrapped(words))


def _uncaptioned(own: str, row: Row) -> str:
    """The row's description without a picture's caption set left of the name and repeating its
    start ("Peonies" beside "Peonies Birthday Card", an image's alt text): one cell, the next one
    beginning with its words ("Bora Bora Shirt" in one cell keeps its words)."""
    texts = [" ".join(cell.text.split()) for cell in row.line.cells]
    for caption, name in zip(texts, texts[1:], strict=False):
        if own.startswith(f"{caption} {name}") and name.startswith(f"{caption} "):
            return own[len(caption):].lstrip()
    return own


def _unlabelled(description: str) -> str:
    """The description without its column's label printed before it in a card's line ("DESCRIPTION
    Vintage Collection Tin Lantern ...", "Description: ..."): set apart by its capitals or its colon,
    the label is no word of it ("Name Tag Set" and "NAME BADGE HOLDERS" keep theirs)."""
    first, _, rest = description.partition(" ")
    apart = first.endswith(":") or (first.isupper() and not rest.isupper())
    named = lx.LABEL_ROLES.get(lx.normal_label(first.rstrip(":"))) == lx.DESCRIPTION
    return rest if rest and apart and named else description


def _wrapped(parts: list[str]) -> str:
    """The parts of a description printed on several lines, as one: a single space between lines,
    none after a line ending in a slash between words ("Red/" over "Green": "Red/Green", "S/" over
    "M": "S/M"; "w/" over "Glass" stays "w/ Glass"), in a range's dash between numbers ("4.5-" over
    '6"': '4.5-6"') or in a compound's hyphen before a word ("Full-" over "Color")."""
    text = ""
    for part in (" ".join(part.split()) for part in parts):
        if not part:
            continue
        last = text.rsplit(" ", 1)[-1]
        slash = last.endswith("/") and last.lower() not in ("w/", "c/") and last[-2:-1].isalnum() and part[:1].isalnum()
        glued = slash or (last[-1:] in ("-", "–") and last[-2:-1].isdigit() and part[:1].isdigit()) or (
            last[-1:] == "-" and len(last) > 2 and last[-2:-1].isalpha() and part[:1].isalpha())  # "Full-" / "Color"
        text = f"{text}{part}" if glued or not text else f"{text} {part}"
    return text


def with_variant(description: str, row: Row, table: Table) -> str:
    """The description followed by the row's variant, printed in columns of their own ("Colour",
    "Size"): "Linen Tea Towel - Fog - OS"; a dash or nothing printed there adds nothing."""
    printed = [" ".join(row.values.get(i, "").split()) for i in table.indexes(lx.OTHER)
               if lx.is_variant(table.columns[i].label)]
    variants = [text for text in printed if any(ch.isalnum() for ch in text) and not description.casefold().endswith(
        text.casefold())]  # (a name already ending in its colour: "Linen Tea Towel - Fog")
    return " - ".join(part for part in (description, *variants) if part)


def _no_text(column: Column, cell: Cell, beyond: float, described: bool) -> bool:
    """A cell under a column of no role that is no description: a box beside the table ("Delivery" |
    "Courier, insured", right of its numbers), a spreadsheet's row number, printed on its empty rows
    too ("40" under "9"), or a photo's column."""
    return (column.x0 > beyond and described) or (column.label.isdigit() and cell.text.strip().isdigit()) or (
        lx.normal_label(column.label) in lx.PICTURE_LABELS)  # a photo's box: "no image" where none is printed


def _ends_a_title(before: Wrap, wrap: Wrap) -> bool:
    """A capital alone on a description line, right under the line it ends and where that line
    starts ("Patient Lighthouse: Board Book Edition," / "A"): a word, not a flag."""
    if len(wrap.cells) != 1 or not before.cells or not is_flag(wrap.cells[0][1].text):
        return False
    return abs(wrap.cells[0][1].x0 - before.cells[0][1].x0) <= 2 and before.cells[-1][1].text.endswith(",")


def _code_goes_on(code: str, tokens: list[str], wrap: Wrap, below: bool) -> bool:
    """Whether a line's first token in the code column goes on with the row's code: after its hyphen
    ("HL-BIRCH-LIT-" over "5FT-WHT"), or, on the first line under the row (``below``), as the end of a code its
    narrow column cut ("DB54" over "09", "EC76" over "61A": one or two digits and maybe a letter, alone on the
    line, after a code of letters and digits; never a case's "CS6" or a year)."""
    if code.endswith("-") and tokens and tokens[0][:1].isalnum():
        return True
    tail = tokens[0] if below and len(tokens) == 1 and len(wrap.values) == 1 else ""
    return bool(code) and code.isalnum() and len(code) <= 6 and bool(_CODE_TAIL.fullmatch(tail)) and (
        lx.looks_like_code(code + tail))


_CODE_TAIL = re.compile(r"\d{1,2}[A-Z]?")  # a code's end cut by its column: "09", "61A"


def _attached(wrap: Wrap, table: Table, code: str, upc: str, words: list[str],
              unit: bool = False, own: dict[int, str] | None = None, below: bool = False) -> tuple[str, str]:
    """Read a line printed above or below a row: a code or UPC the row lacks, the rest description
    in the order it is printed (words may cross the columns' bands); a cell going on with the text
    the row prints in a column of its own ("A Pout-Pout Fish" / "Adventure" under "Series") is that
    column's, not the description's."""
    taken: dict[int, set[str]] = {}  # tokens read as the code or the UPC, by column
    for index in sorted(wrap.values):
        column, text = table.columns[index], wrap.values[index]
        tokens = text.split()
        if column.role == lx.CODE and _code_goes_on(code, tokens, wrap, below):
            taken[index] = {tokens[0]}
            code += tokens[0]
        elif column.role == lx.CODE and not lx.looks_like_code(code) and tokens and lx.looks_like_code(tokens[0]):
            code = tokens[0]
            taken[index] = {code}
        elif not upc and _barcode(text) and (column.role == lx.UPC or (
                column.role == lx.CODE and text.strip().isdigit() and 12 <= len(text.strip()) <= 14)):
            upc = _barcode(text)  # in the UPC's column, or alone under the code ("Product Code" over "UPC")
            taken[index] = {upc}
    parts: list[str] = []
    described = bool(table.indexes(lx.DESCRIPTION))
    numbers = [c.x1 for c in table.columns if c.numeric]
    # a table whose descriptions stand left of its numbers ends at its last number's column
    beyond = max(numbers) if numbers and all(c.x1 < min(numbers) for c in table.columns if c.role == lx.DESCRIPTION) \
        else float("inf")
    for at, (index, cell) in enumerate(wrap.cells):
        column = table.columns[index]
        if column.role == lx.OTHER and (_no_text(column, cell, beyond, described) or (
                described and own and (lx.worded(own.get(index, "")) or own.get(index, "").strip().isalpha())
                and len(wrap.cells) == 1
                and cell.x0 >= column.x0 - 2)):
            continue
        if column.role == lx.UOM and lx.UNITS.match(wrap.values.get(index, "").strip()) and not (
                unit or _among_words(wrap, at)):
            continue  # the line's unit, in the unit column (unless the row prints its own: "... Printed" / "Box")
        if (column.role == lx.OTHER or (column.role != lx.DESCRIPTION and described)) and all(
                is_flag(token) for token in cell.text.split()) and not _set_as_a_word(wrap, at):
            continue  # flags and warehouse codes ("N", "BB", "MEM") outside the description's column
            # (a capital set as one of the words, "Snow on the Harbor: A Winter ...", is a word)
        drop = taken.get(index, set())
        kept = [t for t in cell.text.split() if t not in drop]
        if len(kept) < len(cell.text.split()):
            taken[index] = set()  # the code is taken once
        parts += kept
    words.append(" ".join(parts))
    return code, upc


def is_flag(token: str) -> bool:
    """A flag or short warehouse code: up to three capitals, or marks ("*", "#")."""
    return (token.isalpha() and token.isupper() and len(token) <= 3) or set(token) <= {"*", "#"}


def _set_as_a_word(wrap: Wrap, at: int) -> bool:
    """True when the cell at ``at`` stands within a space's width or so (one font size) of the
    words on both sides of it (or of the one before it, ending the line): a word, not a flag."""
    cells = [cell for _, cell in wrap.cells]
    if not wrap.size or at == 0:
        return False
    neighbours = [cells[i] for i in (at - 1, at + 1) if 0 <= i < len(cells)]
    gaps = [cells[at].x0 - cells[at - 1].x1] + ([cells[at + 1].x0 - cells[at].x1] if at + 1 < len(cells) else [])
    first = neighbours[0].text
    worded = (any(ch.isalpha() for ch in first) or bool(lx.MEASURE.match(first.strip()))) and all(
        any(ch.isalnum() for ch in c.text) for c in neighbours)  # "laiton Ø 12 cm", "ruban H 25 cm", '16" X 16"'
    return worded and all(g <= wrap.size for g in gaps)


def _among_words(wrap: Wrap, at: int) -> bool:
    """True when the cell at ``at`` is set as one of the line's words: it has a neighbour and
    stands no further from its neighbours than the line's words usually do ("Dia. x 3"H")."""
    cells = [cell for _, cell in wrap.cells]
    gaps = [b.x0 - a.x1 for a, b in zip(cells, cells[1:], strict=False)]
    if not gaps:
        return False
    usual = sorted(gaps)[len(gaps) // 2]
    around = [gaps[i] for i in (at - 1, at) if 0 <= i < len(gaps)]
    return all(gap <= 1.5 * usual + 1 for gap in around) and len(cells) > 2


def in_row(row: Row, index: int) -> str:
    """A column's text for a row: on its own line, else on the first line printed with it."""
    for values in (row.values, *(wrap.values for wrap in (*row.above, *row.below))):
        text = values.get(index, "").strip()
        if text and not all(is_flag(token) for token in text.split()):  # a flag ("Y") is no code nor text
            return text
    return ""


_LEADING_NUMBER = re.compile(r"^\d{1,3}\s+(?=\S)")
_NUMBER_FIRST = re.compile(r"^\d{1,3}\.?\s+(?=\S)")  # (a line's number before its name: "1 HYDRANGEA", "1. ROSA")


def without_line_number(description: str, row: Row, table: Table) -> str:
    """The description without the row's line number glued before it ("1 Harold and the Purple
    Crayon" under "# | Title"), where the table's line-number column is empty on the row or holds
    the number with the title ("4 Pinkalicious", a short title nearer the number's label)."""
    numbered = [row.values.get(i, "").strip() for i, c in enumerate(table.columns)
                if c.label.strip() in lx.LINE_NUMBER_LABELS or lx.normal_label(c.label) in lx.LINE_NUMBER_LABELS]
    if not description:  # the name set under the number's label with the number ("Lp. | Nazwa": "1 HYDRANGEA")
        return next((v[m.end():] for v in numbered if (m := _NUMBER_FIRST.match(v)) and any(
            w.isalpha() and len(w) >= 2 for w in v[m.end():].split())), "")
    if numbered and all(not value or _LEADING_NUMBER.match(value) for value in numbered):
        return _LEADING_NUMBER.sub("", description, count=1)
    return description
