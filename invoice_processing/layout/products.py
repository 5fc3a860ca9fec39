"""Table rows → product lines: quantity, unit price and the texts that name the product.

Which columns hold the quantity, the unit price and the line amount is decided by arithmetic
(``column_choice``); without any price, the unit price is amount ÷ quantity. A row whose numbers
do not add up is kept and named in ``ProductLine.mismatch``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.column_choice import adds_up, choose_columns, read_first, row_pair
from invoice_processing.layout.flat_fees import fee_alone, group_sum
from invoice_processing.layout.header_labels import Column
from invoice_processing.layout.item_text import (
    code_of,
    column_text,
    in_row,
    is_flag,
    item_description,
    named,
    upc_of,
    with_variant,
    without_line_number,
)
from invoice_processing.layout.numbers import NumberFormat, parse_amount
from invoice_processing.layout.price_units import discount_rate, given_free, pack_of, packed, weighed
from invoice_processing.layout.printed_codes import codes_in_names, codes_in_text, labelled_code
from invoice_processing.layout.rows import Row, Table
from invoice_processing.layout.text_counts import text_count, unlabelled_count
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


_POSITION = re.compile(r"^(\d{1,6})[A-Za-z]?$")  # a line's position, "50A" for an alternative to position 50


def _line_numbers(table: Table, index: int) -> bool:
    """True when a code column only counts the lines (1, 2, 3, ...; an ERP's positions 10, 20, 30 or
    0010, 0020 with "50A" for an alternative to 50; "Opt." for an optional item): a line number, not a code."""
    values = [v for row in table.rows if (v := row.values.get(index, "").strip().rstrip("."))  # a charge has none
              and not lx.OPTIONAL.match(v)]  # (nor an offer's optional item: "Opt.")
    found = [_POSITION.match(v) for v in values]
    numbers = [int(m.group(1)) for m in found if m]
    if not values or len(numbers) < len(values) or numbers != sorted(numbers):
        return False
    lettered = any(not v.isdigit() for v in values)
    if numbers[0] <= 2:
        return not lettered
    step = numbers[0]  # an ERP's positions: 10, 20, 30 (a step a multiple of the first, "50A" beside its 50)
    return 5 <= step <= 100 and len(numbers) >= 2 and all(
        (b - a) % step == 0 and (b > a or not b_value.isdigit())
        for a, b, b_value in zip(numbers, numbers[1:], values[1:], strict=False))


def _codes_in_item_column(table: Table) -> Table:
    """A column read as the description ("Item", "Product") holds codes when nearly all its rows
    show one code-like token (GA6409) or a count (line numbers, left out later): then it is the
    code column."""
    changed = list(table.columns)
    for index in table.indexes(lx.DESCRIPTION):
        values = [in_row(row, index) for row in table.rows]
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


def _component(row: Row, kit: Row | None) -> bool:
    """A kit's component: a row at no price whose first value, a code or a name, stands in the
    kit's first column but set in from where the kit's starts ("KIT-TREK-01 ..." over "  ST-3708
    Headlamp ... 0.00"); a free line starting elsewhere or with a number is a product."""
    if kit is None:
        return False
    first, kit_first = _first_value(row), _first_value(kit)
    return first is not None and kit_first is not None and first[0] == kit_first[0] and (
        first[1] >= kit_first[1] + 5)


def _first_value(row: Row) -> tuple[int, float] | None:
    """The column of the row's first value and where its first word starts, when that value has a
    letter (a right-aligned count or line number moves with its width)."""
    if not row.values:
        return None
    index = min(row.values)
    text = row.values[index]
    if not any(ch.isalpha() for ch in text):
        return None
    word = next((w for w in row.line.tokens if w.text and w.text in text.split()), None)
    return (index, word.x0) if word is not None else None


_MARKET_IDS = frozenset({"asin", "fnsku", "amazon asin"})


def _more_codes(row: Row, codes: list[int], code: str, description: str) -> list[str]:
    """The identifiers a row prints in other code columns besides its own code (the shop's SKU and
    the supplier's: "PPS21578 | JR-97318C"), each one code, in printed order."""
    more = []
    for index in codes:
        text = row.values.get(index, "").strip()
        if text and len(text.split()) == 1 and not code.startswith(text) and lx.looks_like_code(text) and (
                text not in description):  # (the code's start, "DB54", when its end wraps under it: "DB5409")
            more.append(text)
    return more


def _billed_rows(table: Table) -> tuple[Row, ...]:
    """The table's rows, none when its only count is a back order's ("Code | Description | Qty B/O | RRP"
    under "ITEMS ON BACK ORDER - NOT INVOICED") or it lists options under a heading saying so: what
    was not billed."""
    return () if table.offered or (table.indexes(lx.BACKORDER) and not table.indexes(*lx.QTY_ROLES)) else tuple(
        table.rows)


def _offered(row: Row, amount: int | None) -> bool:
    """A quotation's optional or alternative item: its amount's column says so instead of a sum
    (or, the amount's cell empty, the first cell right of it: "1.926,00 €  E.P. 24")."""
    if amount is None:
        return False
    printed = row.values.get(amount, "").strip() or next(
        (row.values[i].strip() for i in sorted(row.values) if i > amount and row.values[i].strip()), "")
    return bool(lx.OPTIONAL.match(printed))


def _item_text(row: Row, table: Table, codes: list[int]) -> tuple[str, str, str]:
    """The row's (code, UPC, description) from its code cells, its UPC and its description's lines."""
    coded = " ".join(row.values.get(i, "") for i in codes).strip()
    code, upc, description = item_description(row, table, code_of(coded), upc_of(column_text(row, table, lx.UPC)))
    if (not table.indexes(lx.DESCRIPTION) or not description) and code and (
            code in coded.split() or not description) and (not description or not row.above):
        # "SKU / Description": one cell, its text going on in the lines under the row (or the name set
        # nearer the code's centred label than the description's: "Item #" over "LAB-T12 Beeswax taper";
        # or the name on the row's line and its code under it: "Fairy Light String" over "LD7505S")
        rest = [w for w in coded.split() if w != code]
        # ("Wildflower Seed Bombs (tin of 6)" over "SKU HH5314": a name whose end looked like a code; its code is
        # the one labelled under it, but never over a code leading the cell, "HX2000 Heater Element")
        if rest and code != coded.split()[0] and labelled_code(description)[0]:
            return "", upc, " ".join([coded, description]).strip()
        # (flags, "M-2108B DS", and counts, "02", are no text)
        if any(w.isalpha() and not is_flag(w) for w in rest):
            description = " ".join([*rest, description]).strip()
    elif not code and named(coded):  # the product's name under "Item" ("Cure Coming 60"), its SKU beside it
        description = " ".join([coded, description]).strip()
    return code, upc, description


def product_lines(table: Table, fmt: NumberFormat, quantity: str = "") -> list[ProductLine]:
    """Every row of ``table`` as a product line (quantity 0 included: the caller decides);
    ``quantity`` is the quantity role a vendor's rule prescribes."""
    table = _money_in_text_columns(_codes_in_item_column(table), fmt)
    reading = choose_columns(table, fmt, quantity)
    lists = [i for i in table.indexes(lx.LIST_PRICE) if i != reading.price]
    codes = [i for i in table.indexes(lx.CODE) if not _line_numbers(table, i)]
    # a marketplace's own number beside the seller's code ("ASIN | SKU"): the buyer's reference, no code of the line
    codes = [i for i in codes if lx.normal_label(table.columns[i].label) not in _MARKET_IDS] or codes
    lines: list[ProductLine] = []
    kit: Row | None = None  # the last row kept at a price: a kit its components are set in under
    # a table without a quantity column bills each line once (fees, services)
    # (the count set under another column of the same role when the row's is empty: "12 EA" under
    # "Quantity" where the table's other counts stand under "Units"; never another amount beside "Net")
    by_count = reading.qty is not None and table.columns[reading.qty].role in lx.QTY_ROLES
    counts = [] if reading.qty is None else [reading.qty, *(
        i for i in table.indexes(table.columns[reading.qty].role) if i != reading.qty and by_count)]
    fees: set[int] = set()  # the lines billed by their amount alone
    for row in _billed_rows(table):
        qty = read_first(row, counts, fmt, quantity=True) if counts else Decimal(1)
        amount = read_first(row, [reading.amount], fmt) if reading.amount is not None else None
        price = read_first(row, [reading.price], fmt) if reading.price is not None else None
        if qty is None and price in (None, amount) and amount is not None and amount > 0 and fee_alone(row, table):
            qty = Decimal(1)  # a flat fee billed by its amount alone ("Trip charge | 75.00", "PLYWOOD | 58.00 | 58.00")
            fees.add(len(lines))
        if qty is None:
            continue
        if price is None and amount is not None and qty > 0:
            price = per_unit(amount, qty)
        rate = discount_rate(row, table)
        if price is None or (not price and _component(row, kit)) or _offered(row, reading.amount) or given_free(
                rate, amount):
            continue
        kit = row if price else kit
        mismatch = amount is not None and reading.price is not None and not adds_up(qty, price, amount)
        listed = read_first(row, lists, fmt) if lists else None
        if mismatch and amount is not None and (recount := _recounted(row, table, counts, (price, amount), fmt)):
            (qty, price), mismatch = recount, False  # a catch weight's pounds; a case's count at its case price
        if mismatch and amount is not None and reading.price is not None and reading.amount is not None:
            listed, price, mismatch = _reconciled(row, table, (reading.price, reading.amount), (qty, price, amount),
                                                  rate, fmt, listed)
        code, upc, description = _item_text(row, table, codes)
        code, upc, description = codes_in_text(code, upc, description)
        description = without_line_number(description, row, table)  # ("1 Harold ..." under "# | Title")
        if reading.qty is None and (counted := text_count(description, price, amount, reading.price is not None)):
            qty, price, description = counted  # ("2 of: The Choice", "Qty: 12 ea" under the name)
            mismatch = mismatch and not (amount is not None and adds_up(qty, price, amount))
        elif reading.qty is None and mismatch and (count := unlabelled_count(row, table, fmt, price, amount, rate)):
            qty, mismatch = count, False  # (under a label glued to the next: "U.M.Quantità" over "pz | 48,00")
        description = with_variant(" - ".join([*_more_codes(row, codes, code, description), description]), row, table)
        lines.append(ProductLine(
            code=code, upc=upc, description=description,
            qty=qty, price=price, amount=amount, list_price=listed,
            uom=column_text(row, table, lx.UOM), page=row.page,
            ordered=read_first(row, table.indexes(lx.ORDERED), fmt, quantity=True), mismatch=mismatch,
            discount=rate,
        ))
    amounts = [line.amount for line in lines]
    return _with_codes_in_names([line for at, line in enumerate(lines) if not group_sum(amounts, fees, at)])


def _recounted(row: Row, table: Table, counts: list[int], money: tuple[Decimal, Decimal],
               fmt: NumberFormat) -> tuple[Decimal, Decimal] | None:
    """A mismatched row's count and price by its own arithmetic: the weight it is billed by at its price (a catch
    weight, priced per pound), the units its packs hold (cases priced each), else its one count and price whose
    product is its amount (a case's)."""
    price, amount = money
    units = weighed(row, table, price, amount, fmt)
    if units is None and counts and (count := read_first(row, counts, fmt, quantity=True)):
        units = packed(row, table, count, price, amount)
    return (units, price) if units is not None else row_pair(row, table, counts, amount, fmt)


def _reconciled(row: Row, table: Table, columns: tuple[int, int], values: tuple[Decimal, Decimal, Decimal],
                rate: Decimal | None, fmt: NumberFormat,
                listed: Decimal | None) -> tuple[Decimal | None, Decimal, bool]:
    """(list price, price, mismatch) for a row whose quantity times its price is not its amount: the price
    the amount confirms when the price column prints something else, or the row as printed (flagged)."""
    (price_at, amount_at), (qty, price, amount) = columns, values
    pack = pack_of(row, table, price_at, fmt)
    # per hundred, dozen, pair; per 100 or 1000 where only the amount says so; maybe less the row's discount
    nets = (Decimal(1), *((1 - rate,) if rate is not None and 0 < rate < 1 else ()))
    for per in [pack] if pack and pack > 1 else [100, 1000] if pack is None and abs(amount) >= 1 else []:
        if any(adds_up(qty, price / per * net, amount) for net in nets):
            return listed, price / per, False
    if price == amount and qty > 1 and _line_priced(table, price_at, amount_at, fmt):
        return listed, per_unit(amount, qty), False  # "2 | Price £24.00 | Line Total £24.00": the line's price
    if table.columns[price_at].role == lx.LIST_PRICE and rate is not None and 0 < rate < 1 and any(
            adds_up(qty, net, amount) for net in (price * (1 - rate), round(price * (1 - rate), 2))):
        # a retail price ("RRP") less the row's trade discount (maybe rounded to the cent): the net price billed
        return price, per_unit(amount, qty), False
    return listed, price, True


def _line_priced(table: Table, price: int, amount: int, fmt: NumberFormat) -> bool:
    """Whether the price column holds each line's price, not a unit's (a shop's plug-in's "Quantity | Price |
    VAT | Line Total"): the same as the amount on every row that prints both, two rows of several units at
    least among them (a row of one unit says nothing), and no discount between them."""
    if table.indexes(lx.DISCOUNT):
        return False
    counts = table.indexes(*lx.QTY_ROLES)
    rows = [(read_first(row, counts, fmt, quantity=True), read_first(row, [price], fmt), read_first(row, [amount], fmt))
            for row in table.rows]
    both = [(q, p, a) for q, p, a in rows if p is not None and a is not None]
    return sum(1 for q, _, _ in both if q is not None and q != 1) >= 2 and all(p == a for _, p, a in both)


def _with_codes_in_names(lines: list[ProductLine]) -> list[ProductLine]:
    """The lines with the codes their names start or end with, where most lines without a code print one so."""
    uncoded = [at for at, line in enumerate(lines) if not line.code]
    for at, (code, description) in zip(uncoded, codes_in_names([lines[at].description for at in uncoded]), strict=True):
        lines[at] = replace(lines[at], code=code, description=description) if code else lines[at]
    return lines
