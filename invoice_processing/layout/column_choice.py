"""Which columns hold a product row's quantity, unit price and line amount, decided by arithmetic:
the combination whose quantity × price gives the amount on most rows (List vs Your Price, Retail vs
Net, Ordered vs Shipped); where nothing adds up, the labels decide. ``products`` reads the rows."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.item_text import is_flag
from invoice_processing.layout.numbers import NumberFormat, parse_amount, parse_quantity
from invoice_processing.layout.rows import Row, Table


def read_first(row: Row, indexes: list[int], fmt: NumberFormat, *, quantity: bool = False) -> Decimal | None:
    """The first of ``indexes``' values the row prints as a number (a count when ``quantity``)."""
    for index in indexes:
        text = row.values.get(index, "")
        value = parse_quantity(text, fmt) if quantity else parse_amount(text, fmt)
        tokens = text.split()
        if value is None and not quantity and len(tokens) > 1 and all(is_flag(t) or lx.UNITS.match(t) for t in
                                                                       tokens[1:]):
            value = parse_amount(tokens[0], fmt)  # "£89.365 S": a flag set in the price's text column; "24.60 kg"
        if value is not None:
            return value
    return None


def _fits(qty: Decimal | None, price: Decimal | None, amount: Decimal | None) -> bool:
    """Quantity × price is the amount on a row that says so (a free row's 0.00 fits any count: it says nothing)."""
    return qty is not None and price is not None and amount is not None and qty > 0 and amount != 0 and adds_up(
        qty, price, amount)


def adds_up(qty: Decimal, price: Decimal, amount: Decimal) -> bool:
    """Quantity × price is the amount, to the cent or a thousandth of it."""
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
    ``quantity`` names the one quantity role to use (a vendor's rule; the bare quantity's column when no
    column has that role: "Qty" on an invoice whose rule takes what shipped), else any may be."""
    qtys = (table.indexes(quantity) or table.indexes(lx.QTY)) if quantity else [
        i for role in lx.QTY_ROLES for i in table.indexes(role)]
    money = [i for role in _MONEY_ORDER for i in table.indexes(role)]
    rows = [{i: read_first(row, [i], fmt, quantity=i in qtys) for i in qtys + money} for row in table.rows]
    best: tuple[tuple[int, ...], Reading] | None = None
    for q_rank, q in enumerate(qtys):
        for p_rank, p in enumerate(money):
            for a in money:
                if a == p:
                    continue
                fits = sum(1 for v in rows if _fits(v[q], v[p], v[a]))
                cased = _by_the_case(table.columns[q].label) + _by_the_case(table.columns[p].label)
                key = (fits, -cased, -q_rank, -p_rank, int(table.columns[a].x0))
                if fits and (best is None or key > best[0]):
                    best = (key, Reading(q, p, a))
    unlabelled = _price_unlabelled(table, rows, qtys, money, fmt, best[0][0] if best is not None else 0)
    if unlabelled is not None:
        return unlabelled
    if best is not None:
        return _count_unlabelled(table, best[1], best[0][0], fmt) or best[1]
    prices = table.indexes(lx.PRICE) + table.indexes(lx.LIST_PRICE)
    amounts = table.indexes(lx.AMOUNT)
    if amounts and not prices and len(amounts) > 1:  # "Net" and "Extended": the last is the amount
        prices, amounts = amounts[:-1], amounts[-1:]
    return Reading(qtys[0] if qtys else None, prices[0] if prices else None, amounts[-1] if amounts else None)


def _by_the_case(label: str) -> int:
    """1 for a label that counts or prices by the case; eaches and their price win a tie with cases and a
    case's price (both add up to the amount)."""
    return int(bool(lx.BY_THE_CASE.intersection(re.split(r"[\s/-]+", lx.normal_label(label)))))


def _price_unlabelled(table: Table, rows: list[dict[int, Decimal | None]], qtys: list[int], money: list[int],
                      fmt: NumberFormat, fits: int) -> Reading | None:
    """The price in a column whose label names no price ("CONSIGNOR" over "PRICE (60%)" beside "RETAIL"), when
    the quantity times its values gives the amount on at least two rows and on more rows than any labelled
    price does (on at most half of them); else None."""
    if fits * 2 > len(rows) or not qtys:
        return None
    amounts = [a for a in money if table.columns[a].role == lx.AMOUNT]
    best: tuple[int, Reading] | None = None
    for p in table.indexes(lx.OTHER):
        values = [read_first(row, [p], fmt) for row in table.rows]
        for q in qtys:
            for a in amounts:
                found = sum(1 for v, price in zip(rows, values, strict=True) if _fits(v[q], price, v[a]))
                if found >= 2 and found > fits and (best is None or found > best[0]):
                    best = (found, Reading(q, p, a))
    return best[1] if best is not None else None


def _count_unlabelled(table: Table, reading: Reading, fits: int, fmt: NumberFormat) -> Reading | None:
    """The quantity in a column whose label names no count ("Net", units sold less returned, beside "Sold"
    and "Returned"), when its whole numbers times the price give the amount on every row: the labelled
    quantity's do on fewer; else None."""
    if fits == len(table.rows) or reading.price is None or reading.amount is None:
        return None
    prices = [read_first(row, [reading.price], fmt) for row in table.rows]
    amounts = [read_first(row, [reading.amount], fmt) for row in table.rows]
    for index, column in enumerate(table.columns):
        if index in (reading.qty, reading.price, reading.amount) or column.role not in (lx.OTHER, lx.AMOUNT):
            continue
        counts = [read_first(row, [index], fmt, quantity=True) for row in table.rows]
        if all(count is not None and count == count.to_integral_value() for count in counts) and all(
                _fits(count, price, amount) for count, price, amount in zip(counts, prices, amounts, strict=True)):
            return Reading(index, reading.price, reading.amount)
    return None


def row_pair(row: Row, table: Table, counts: list[int], amount: Decimal, fmt: NumberFormat) -> tuple[
        Decimal, Decimal] | None:
    """The one count and price of a row whose product is its amount, among its count columns and its price
    columns, where the table prints two of either ("Cases 3 | Case Price 18.40 | Unit Price 4.60 | 55.20", and
    "Units 4 | Unit Price 2.85 | 11.40" on a split case's row); None where no pair or several add up."""
    prices = table.indexes(lx.PRICE)
    if len(prices) < 2 and len(counts) < 2:
        return None
    pairs = {(qty, price) for at in counts for on in prices
             if (qty := read_first(row, [at], fmt, quantity=True)) is not None
             and (price := read_first(row, [on], fmt)) is not None and _fits(qty, price, amount)}
    return pairs.pop() if len(pairs) == 1 else None
