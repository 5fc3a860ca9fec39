"""Table rows → product lines: quantity, unit price and the texts that name the product.

Which columns hold the quantity, the unit price and the line amount is decided by arithmetic:
the combination whose quantity × price gives the amount on most rows (List vs Your Price,
Retail vs Net, Ordered vs Shipped). Where nothing adds up, the labels decide (a unit price
before a list price, shipped before ordered); without any price, the unit price is
amount ÷ quantity. A row whose numbers do not add
up is kept and named in ``ProductLine.mismatch``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.header_labels import Column
from invoice_processing.layout.numbers import NumberFormat, parse_amount, parse_quantity
from invoice_processing.layout.row_kinds import description_text
from invoice_processing.layout.rows import Row, Table, Wrap
from invoice_processing.normalize import per_unit


@dataclass(frozen=True)
class ProductLine:
    code: str
    upc: str
    description: str
    qty: Decimal
    price: Decimal
    amount: Decimal | None
    list_price: Decimal | None
    uom: str
    page: int
    ordered: Decimal | None = None
    mismatch: bool = False  # quantity × price is not the printed amount
    discount: Decimal | None = None  # the line's own discount rate as a fraction ("Disc 46%" → 0.46)


def _first(row: Row, indexes: list[int], fmt: NumberFormat, *, quantity: bool = False) -> Decimal | None:
    for index in indexes:
        text = row.values.get(index, "")
        value = parse_quantity(text, fmt) if quantity else parse_amount(text, fmt)
        tokens = text.split()
        if value is None and not quantity and len(tokens) > 1 and all(_flag(t) for t in tokens[1:]):
            value = parse_amount(tokens[0], fmt)  # "£89.365 S": a flag set in the price's text column
        if value is not None:
            return value
    return None


def _fits(qty: Decimal | None, price: Decimal | None, amount: Decimal | None) -> bool:
    return qty is not None and price is not None and amount is not None and qty > 0 and _adds_up(qty, price, amount)


def _adds_up(qty: Decimal, price: Decimal, amount: Decimal) -> bool:
    return abs(qty * price - amount) <= max(Decimal("0.011"), abs(amount) * Decimal("0.001"))


@dataclass(frozen=True)
class Reading:
    """Which columns hold a row's quantity, unit price and line amount."""

    qty: int | None
    price: int | None
    amount: int | None


_MONEY_ORDER = (lx.PRICE, lx.LIST_PRICE, lx.AMOUNT)


def choose_columns(table: Table, fmt: NumberFormat, quantity: str = "") -> Reading:
    """The quantity, price and amount columns: the combination whose quantity × price gives the
    amount on most rows; the labels decide when no combination adds up (or to break ties).
    ``quantity`` names the one quantity role to use (a vendor's rule), else any may be."""
    qtys = [i for role in ((quantity,) if quantity else lx.QTY_ROLES) for i in table.indexes(role)]
    money = [i for role in _MONEY_ORDER for i in table.indexes(role)]
    rows = [{i: _first(row, [i], fmt, quantity=i in qtys) for i in qtys + money} for row in table.rows]
    best: tuple[tuple[int, ...], Reading] | None = None
    for q_rank, q in enumerate(qtys):
        for p_rank, p in enumerate(money):
            for a in money:
                if a == p:
                    continue
                fits = sum(1 for v in rows if _fits(v[q], v[p], v[a]))
                key = (fits, -q_rank, -p_rank, int(table.columns[a].x0))
                if fits and (best is None or key > best[0]):
                    best = (key, Reading(q, p, a))
    if best is not None:
        return best[1]
    prices = table.indexes(lx.PRICE) + table.indexes(lx.LIST_PRICE)
    amounts = table.indexes(lx.AMOUNT)
    if amounts and not prices and len(amounts) > 1:  # "Net" and "Extended": the last is the amount
        prices, amounts = amounts[:-1], amounts[-1:]
    return Reading(qtys[0] if qtys else None, prices[0] if prices else None, amounts[-1] if amounts else None)


_RATE = re.compile(r"(\d{1,2}(?:[.,]\d+)?)\s*%")


def _rate(row: Row, table: Table) -> Decimal | None:
    """The rate printed in the row's discount column ("Disc 46%", "10,5 %"), as a fraction."""
    found = _RATE.search(_text(row, table, lx.DISCOUNT))
    return Decimal(found.group(1).replace(",", ".")) / 100 if found else None


def _text(row: Row, table: Table, role: str) -> str:
    return " ".join(row.values.get(i, "") for i in table.indexes(role)).strip()


def _line_numbers(table: Table, index: int) -> bool:
    """True when a code column only counts the lines (1, 2, 3, ...): a line number, not a code."""
    values = [v for row in table.rows if (v := row.values.get(index, "").strip().rstrip("."))]  # a charge has none
    return bool(values) and all(v.isdigit() for v in values) and [int(v) for v in values] == sorted(
        int(v) for v in values) and int(values[0]) <= 2


def _upc(text: str) -> str:
    """The UPC/EAN among a UPC column's tokens (8 to 14 digits); flags beside it are not part of it."""
    digits = [t for t in text.split() if t.isdigit() and 8 <= len(t) <= 14]
    return digits[0] if digits else ("" if text.split() and all(len(t) <= 2 for t in text.split()) else text)


def _barcode(text: str) -> str:
    """A barcode printed on a line above or below its row: one token of 8 to 14 digits (a
    description's sizes, "12\" x 18\"", have digits too but no such token)."""
    digits = [t for t in text.split() if t.isdigit() and 8 <= len(t) <= 14]
    if digits:
        return digits[0]
    grouped = text.replace("-", " ").split()  # "0 12345 67890 5", "889110-90343-5"
    return text.strip() if grouped and all(t.isdigit() for t in grouped) and 8 <= len("".join(grouped)) <= 14 else ""


def _code(text: str) -> str:
    """A code is one token with a digit: flags printed beside it in the code's band ("EC9515 Y",
    "DS S2921") are not part of it."""
    tokens = text.split()
    if len(tokens) > 1:
        coded = [t for t in tokens if any(ch.isdigit() for ch in t)]
        return coded[0] if coded else text
    return text


def _description(row: Row, table: Table, code: str, upc: str) -> tuple[str, str, str]:
    """(code, UPC, description): the row's own, completed from the lines printed above and below
    it (a code and UPC printed on the line over the numbers, a description wrapping under them)."""
    words: list[str] = []
    unit = any(row.values.get(i, "").strip() for i in table.indexes(lx.UOM))  # the row prints its own unit
    for runs in (row.above, row.below):
        for at, wrap in enumerate(runs):
            if at and _ends_a_title(runs[at - 1], wrap):
                words.append(wrap.cells[0][1].text)
                continue
            code, upc = _attached(wrap, table, code, upc, words, unit)
        if runs is row.above:
            own = description_text(row.values, table.columns)
            if not (row.above or row.below) or not all(_flag(token) for token in own.split()):
                words.append(own)  # a row whose description is printed apart shows only flags on its own line
    return code, upc, " ".join(" ".join(words).split())


def _ends_a_title(before: Wrap, wrap: Wrap) -> bool:
    """A capital alone on a description line, right under the line it ends and where that line
    starts ("Patient Lighthouse: Board Book Edition," / "A"): a word, not a flag."""
    if len(wrap.cells) != 1 or not before.cells or not _flag(wrap.cells[0][1].text):
        return False
    return abs(wrap.cells[0][1].x0 - before.cells[0][1].x0) <= 2 and before.cells[-1][1].text.endswith(",")


def _attached(wrap: Wrap, table: Table, code: str, upc: str, words: list[str],
              unit: bool = False) -> tuple[str, str]:
    """Read a line printed above or below a row: a code or UPC the row lacks, the rest description
    in the order it is printed (words may cross the columns' bands)."""
    taken: dict[int, set[str]] = {}  # tokens read as the code or the UPC, by column
    for index in sorted(wrap.values):
        column, text = table.columns[index], wrap.values[index]
        tokens = text.split()
        if column.role == lx.CODE and code.endswith("-") and tokens and tokens[0][:1].isalnum():
            taken[index] = {tokens[0]}
            code += tokens[0]  # a code broken after its hyphen ("HL-BIRCH-LIT-" over "5FT-WHT")
        elif column.role == lx.CODE and not lx.looks_like_code(code) and tokens and lx.looks_like_code(tokens[0]):
            code = tokens[0]
            taken[index] = {code}
        elif column.role == lx.UPC and not upc and _barcode(text):
            upc = _barcode(text)
            taken[index] = {upc}
    parts: list[str] = []
    described = bool(table.indexes(lx.DESCRIPTION))
    for at, (index, cell) in enumerate(wrap.cells):
        column = table.columns[index]
        if column.role == lx.UOM and lx.UNITS.match(wrap.values.get(index, "").strip()) and not (
                unit or _among_words(wrap, at)):
            continue  # the line's unit, in the unit column (unless the row prints its own: "... Printed" / "Box")
        if (column.role == lx.OTHER or (column.role != lx.DESCRIPTION and described)) and all(
                _flag(token) for token in cell.text.split()) and not _set_as_a_word(wrap, at):
            continue  # flags and warehouse codes ("N", "BB", "MEM") outside the description's column
            # (a capital set as one of the words, "Snow on the Harbor: A Winter ...", is a word)
        drop = taken.get(index, set())
        kept = [t for t in cell.text.split() if t not in drop]
        if len(kept) < len(cell.text.split()):
            taken[index] = set()  # the code is taken once
        parts += kept
    words.append(" ".join(parts))
    return code, upc


def _flag(token: str) -> bool:
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
    worded = any(ch.isalpha() for ch in neighbours[0].text) and all(
        any(ch.isalnum() for ch in c.text) for c in neighbours)  # "laiton Ø 12 cm", "ruban H 25 cm"
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


def _in_row(row: Row, index: int) -> str:
    """A column's text for a row: on its own line, else on the first line printed with it."""
    for values in (row.values, *(wrap.values for wrap in (*row.above, *row.below))):
        text = values.get(index, "").strip()
        if text and not all(_flag(token) for token in text.split()):  # a flag ("Y") is no code nor text
            return text
    return ""


def _codes_in_item_column(table: Table) -> Table:
    """A column read as the description ("Item", "Product") holds codes when nearly all its rows
    show one code-like token (GA6409) or a count (line numbers, left out later): then it is the
    code column."""
    changed = list(table.columns)
    for index in table.indexes(lx.DESCRIPTION):
        values = [_in_row(row, index) for row in table.rows]
        codes = [v for v in values if len(v.split()) == 1 and (lx.looks_like_code(v) or v.rstrip(".").isdigit())]
        if values and len(codes) >= 0.8 * len(values):
            column = changed[index]
            changed[index] = Column(lx.CODE, column.x0, column.x1, column.label)
    if changed == list(table.columns):
        return table
    return Table(tuple(changed), table.rows, table.above)


def _money_in_text_columns(table: Table, fmt: NumberFormat) -> Table:
    """A unit column whose rows nearly all hold a price ("Unit" over "61.915" where
    "Unit" names three columns) is a price column: the arithmetic then tells which price it is."""
    changed = list(table.columns)
    for index, column in enumerate(table.columns):
        if column.role != lx.UOM:
            continue
        values = [(row.values.get(index, "").split() or [""])[0] for row in table.rows]  # a flag may follow
        money = [v for v in values if "." in v or "," in v if parse_amount(v, fmt) is not None]
        if values and len(money) >= 0.8 * len(values):
            changed[index] = Column(lx.PRICE, column.x0, column.x1, column.label)
    if changed == list(table.columns):
        return table
    return Table(tuple(changed), table.rows, table.above)


def product_lines(table: Table, fmt: NumberFormat, quantity: str = "") -> list[ProductLine]:
    """Every row of ``table`` as a product line (quantity 0 included: the caller decides);
    ``quantity`` is the quantity role a vendor's rule prescribes."""
    table = _money_in_text_columns(_codes_in_item_column(table), fmt)
    reading = choose_columns(table, fmt, quantity)
    lists = [i for i in table.indexes(lx.LIST_PRICE) if i != reading.price]
    codes = [i for i in table.indexes(lx.CODE) if not _line_numbers(table, i)]
    lines: list[ProductLine] = []
    for row in table.rows:
        # a table without a quantity column bills each line once (fees, services)
        qty = _first(row, [reading.qty], fmt, quantity=True) if reading.qty is not None else Decimal(1)
        amount = _first(row, [reading.amount], fmt) if reading.amount is not None else None
        price = _first(row, [reading.price], fmt) if reading.price is not None else None
        if qty is None:
            continue
        if price is None and amount is not None and qty > 0:
            price = per_unit(amount, qty)
        if price is None:
            continue
        mismatch = amount is not None and reading.price is not None and not _adds_up(qty, price, amount)
        coded = " ".join(row.values.get(i, "") for i in codes).strip()
        code, upc, description = _description(row, table, _code(coded), _upc(_text(row, table, lx.UPC)))
        if not table.indexes(lx.DESCRIPTION) and code and code in coded.split() and (not description or not row.above):
            # "SKU / Description": one cell, its text going on in the lines under the row
            rest = [w for w in coded.split() if w != code]
            if any(w.isalpha() and not _flag(w) for w in rest):  # (flags, "M-2108B DS", and counts, "02", are no text)
                description = " ".join([*rest, description]).strip()
        lines.append(ProductLine(
            code=code, upc=upc, description=description,
            qty=qty, price=price, amount=amount, list_price=_first(row, lists, fmt) if lists else None,
            uom=_text(row, table, lx.UOM), page=row.page,
            ordered=_first(row, table.indexes(lx.ORDERED), fmt, quantity=True), mismatch=mismatch,
            discount=_rate(row, table),
        ))
    return lines
