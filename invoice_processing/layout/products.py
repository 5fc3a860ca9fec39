"""Table rows → product lines: quantity, unit price and the texts that name the product.

Which price column holds the unit price is decided by arithmetic where the table prints a line
amount: the column whose price × quantity gives the amount on most rows (List vs Your Price,
Retail vs Net). Without an amount, the lexicon's order decides (a unit price before a list
price); without any price, the unit price is amount ÷ quantity. A row whose numbers do not add
up is kept and named in ``ProductLine.mismatch``.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.numbers import NumberFormat, parse_amount, parse_quantity
from invoice_processing.layout.tables import Row, Table

_PLACES = Decimal("0.0001")  # amount ÷ quantity that does not terminate is kept to 4 places


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


def _first(row: Row, indexes: list[int], fmt: NumberFormat, *, quantity: bool = False) -> Decimal | None:
    for index in indexes:
        text = row.values.get(index, "")
        value = parse_quantity(text, fmt) if quantity else parse_amount(text, fmt)
        if value is not None:
            return value
    return None


def _adds_up(qty: Decimal, price: Decimal, amount: Decimal) -> bool:
    return abs(qty * price - amount) <= max(Decimal("0.011"), abs(amount) * Decimal("0.001"))


def _quantity_indexes(table: Table) -> list[int]:
    return [i for role in lx.QTY_ROLES for i in table.indexes(role)]


def price_column(table: Table, fmt: NumberFormat) -> int | None:
    """The column that holds the unit price, or None when only amounts are printed."""
    candidates = table.indexes(lx.PRICE) + table.indexes(lx.LIST_PRICE)
    amounts = table.indexes(lx.AMOUNT)
    if len(candidates) < 2 or not amounts:
        return candidates[0] if candidates else None
    qty_at = _quantity_indexes(table)

    def fits(index: int) -> int:
        count = 0
        for row in table.rows:
            qty = _first(row, qty_at, fmt, quantity=True)
            price = _first(row, [index], fmt)
            amount = _first(row, amounts, fmt)
            if qty is not None and price is not None and amount is not None and _adds_up(qty, price, amount):
                count += 1
        return count

    return max(candidates, key=lambda index: (fits(index), -candidates.index(index)))


def _text(row: Row, table: Table, role: str) -> str:
    return " ".join(row.values.get(i, "") for i in table.indexes(role)).strip()


def _description(row: Row, table: Table) -> str:
    own = _text(row, table, lx.DESCRIPTION) or _text(row, table, lx.OTHER)
    return " ".join(" ".join([*row.above, own, *row.below]).split())


def product_lines(table: Table, fmt: NumberFormat) -> list[ProductLine]:
    """Every row of ``table`` as a product line (quantity 0 included: the caller decides)."""
    price_at = price_column(table, fmt)
    amounts, lists = table.indexes(lx.AMOUNT), table.indexes(lx.LIST_PRICE)
    qty_at = _quantity_indexes(table)
    lines: list[ProductLine] = []
    for row in table.rows:
        qty = _first(row, qty_at, fmt, quantity=True)
        amount = _first(row, amounts, fmt)
        price = _first(row, [price_at], fmt) if price_at is not None else None
        if qty is None:
            continue
        if price is None and amount is not None and qty > 0:
            exact = amount / qty
            price = exact if exact == exact.quantize(_PLACES) else exact.quantize(_PLACES, ROUND_HALF_UP)
        if price is None:
            continue
        mismatch = amount is not None and price_at is not None and not _adds_up(qty, price, amount)
        lines.append(ProductLine(
            code=_text(row, table, lx.CODE), upc=_text(row, table, lx.UPC), description=_description(row, table),
            qty=qty, price=price, amount=amount, list_price=_first(row, lists, fmt) if lists else None,
            uom=_text(row, table, lx.UOM), page=row.page,
            ordered=_first(row, table.indexes(lx.ORDERED), fmt, quantity=True), mismatch=mismatch,
        ))
    return lines
