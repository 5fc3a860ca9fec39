"""Product lines as printed: which columns a document has, in what order, titled how, and the
text of each cell (units after the quantity or in a column, flags, currency symbols).

Roles: ``line`` (line number), ``code``, ``upc``, ``desc``, ``qty`` or ``ordered``/``shipped``/
``backordered``, ``unit``, ``flag``, ``list`` (retail / MSRP: not the unit price), ``price``,
``amount``. A flag ``after_qty`` sits between the quantity and the unit column. With
``Style.extra_price == "same"`` the list and unit price columns carry the same title, so only
qty × price = amount tells them apart.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

from .formats import Numbers
from .style import Style
from .table import Col, Row
from .words import Lang, Titles

LEFT = {"code", "upc", "desc", "unit", "flag"}
FLAGS = ("T", "N", "Y", "NT", "X", "S", "DS", "C")  # tax, new, drop-ship ... never "BO": that would say backorder


@dataclass
class Item:
    codes: dict[str, str]  # role -> identifier as printed ("code", "upc")
    desc: str
    qty: int  # the quantity billed (shipped)
    amount: Decimal
    price: Decimal | None = None  # None: only the line total is printed
    ordered: int | None = None  # printed only with ordered/shipped columns
    list_price: Decimal | None = None
    unit: str = ""
    flag: str = ""


def price_roles(style: Style, *, unit_price: bool = True) -> list[str]:
    if not unit_price:
        return []
    if style.extra_price == "none":
        return ["price"]
    return ["list", "price"] if style.list_first else ["price", "list"]


def columns(style: Style, lang: Lang, rng: random.Random, *, ids: list[str], qtys: list[str], prices: list[str],
            titles: dict[str, Titles] | None = None) -> list[Col]:
    """The table's columns in printed order for this style."""
    flag = ["flag"] if style.flags != "none" else []
    ids = ids + (flag if style.flags == "after_code" else [])
    qtys = qtys + (flag if style.flags == "after_qty" else []) + (["unit"] if style.units == "column" else [])
    prices = prices + (flag if style.flags == "before_amount" else [])
    swap = style.qty_after_price and style.order in ("code_desc_qty", "desc_code_qty")
    numbers = prices + qtys if swap else qtys + prices
    roles = {"qty_code_desc": qtys + ids + ["desc"] + prices, "code_qty_desc": ids + qtys + ["desc"] + prices,
             "desc_code_qty": ["desc"] + ids + numbers}.get(style.order, ids + ["desc"] + numbers)
    roles = (["line"] if style.line_numbers else []) + roles + ["amount"]
    table = {**lang.columns, **(titles or {})}
    chosen = {role: rng.choice(table[role]) if role != "flag" else rng.choice((("",), ("",), ("Tx",), ("Fl",)))
              for role in roles}
    if style.extra_price == "same" and "list" in roles and "price" in roles:
        chosen["list"] = chosen["price"] = rng.choice(table["same"])
    return [Col(role, chosen[role], "left" if role in LEFT else "right") for role in roles]


def unit_word(style: Style, word: str) -> str:
    return {"upper": word.upper(), "lower": word.lower()}.get(style.unit_case, word)


def row(item: Item, style: Style, numbers: Numbers, index: int, *, qty_places: int = 0) -> Row:
    """The printed row of one product (``index`` counts from 1)."""
    first = index == 1
    symbol_price = style.currency == "prices" or (style.currency == "first" and first)
    symbol_amount = style.currency in ("amounts", "prices") or (style.currency == "first" and first)
    unit = unit_word(style, item.unit) if item.unit else ""
    cells = {**item.codes, "line": str(index), "flag": item.flag, "unit": unit if style.units == "column" else "",
             "amount": numbers.money(item.amount, symbol=symbol_amount)}
    billed = numbers.qty(item.qty, qty_places) + (f" {unit}" if style.units == "after" and unit else "")
    if item.ordered is None:
        cells["qty"] = billed
    else:
        cells.update(ordered=numbers.qty(item.ordered, qty_places), shipped=billed,
                     backordered=str(item.ordered - item.qty) if item.ordered > item.qty else "")
    if item.price is not None:
        cells["price"] = numbers.money(item.price, symbol=symbol_price)
    if item.list_price is not None:
        cells["list"] = numbers.money(item.list_price, symbol=symbol_price)
    return Row(cells, item.desc, "product", item.amount)


def flag(rng: random.Random) -> str:
    return rng.choice(FLAGS) if rng.random() < 0.6 else ""


def retail(rng: random.Random, price: Decimal) -> Decimal:
    """A suggested retail price: about twice the wholesale, never equal to it."""
    value = (price * Decimal(rng.choice(("2", "2.2", "2.5")))).quantize(Decimal(1))
    return value - Decimal("0.01") if rng.random() < 0.6 else value


def totals(lang: Lang, numbers: Numbers, style: Style, rng: random.Random, merchandise: Decimal, *,
           tax: bool = True, shipping: bool = True, discount: bool | None = None) -> list[tuple[str, str, bool]]:
    """Subtotal, discount, shipping, tax and total lines (label, printed value, bold)."""
    colon = ":" if rng.random() < 0.4 else ""
    found = [(rng.choice(lang.subtotal), merchandise)]
    if discount if discount is not None else rng.random() < 0.3:
        found.append((rng.choice(lang.discount), -(merchandise * Decimal("0.05")).quantize(Decimal("0.01"))))
    if shipping:
        found.append((rng.choice(lang.shipping), Decimal(rng.randint(500, 4500)) / 100))
    if tax and rng.random() < 0.8:
        base = sum(value for _, value in found)
        rate = numbers.number(lang.tax_rate.normalize(), 0) if lang.tax_rate == lang.tax_rate.to_integral() \
            else numbers.number(lang.tax_rate)
        found.append((rng.choice(lang.tax).format(rate=rate), (base * lang.tax_rate / 100).quantize(Decimal("0.01"))))
    total = sum(value for _, value in found)
    symbol = style.currency != "none"
    printed = [(label + colon, numbers.money(value, symbol=symbol), False) for label, value in found]
    return printed + [(rng.choice(lang.total) + colon, numbers.money(total, symbol=symbol), True)]
