"""Invoice entities as Document AI's invoice parser returns them, drawn from generator truth.

REST JSON shape of ``Document.entities`` (camelCase; the gRPC fake encodes the same dict):
``invoice_id``, ``invoice_date`` (``normalizedValue.dateValue``), ``supplier_name``, and one
``line_item`` per product line with ``line_item/product_code``, ``line_item/description``,
``line_item/quantity``, ``line_item/unit_price`` and ``line_item/amount`` properties.

Like the processor, the fake reports only what the page prints (when it is given the page
text): a unit price that is not printed (a HarperCollins price taken off list, an amount-only
invoice) is left out, and the amount is the one printed for the line. Properties come in a
different order on every line (reading order varies on real pages), money is normalized to
``moneyValue`` and quantities to text unless ``normalized=False`` (mention text only), and
backordered lines are line items with quantity 0. ``page_of`` places each line on a page, so a
split PDF's parts each carry the entities of their own pages.
"""

from __future__ import annotations

import re
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal

from invoice_processing.normalize import parse_price

_NUMBER = re.compile(r"[$€]?\d[\d,.]*\d|\d")
_CODE = re.compile(r"^[A-Z0-9][A-Z0-9./-]*\d[A-Z0-9./-]*$", re.I)


def split_item(item: str) -> tuple[str, str]:
    """(product code, description) of a truth item ``CODE - description`` (no code: '')."""
    code, sep, rest = item.partition(" - ")
    return (code, rest) if sep and _CODE.match(code) else ("", item)


def printed_tokens(text: str) -> dict[Decimal, str]:
    """Each number printed in ``text`` → the first token that prints it."""
    found: dict[Decimal, str] = {}
    for token in _NUMBER.findall(text):
        value = parse_price(token)
        if value is not None:
            found.setdefault(value, token)
    return found


def _money(value: Decimal) -> dict:
    units = int(value)
    return {"currencyCode": "USD", "units": str(units), "nanos": int((value - units) * 1_000_000_000)}


def _prop(kind: str, mention: str, normalized: dict | None, use_normalized: bool) -> dict:
    prop = {"type": f"line_item/{kind}", "mentionText": mention, "confidence": 0.9}
    if normalized and use_normalized:
        prop["normalizedValue"] = normalized
    return prop


def _printed_amount(qty: int, price: Decimal, printed: dict[Decimal, str]) -> Decimal | None:
    exact = price * qty
    for value in (exact, *(exact.quantize(Decimal("0.01"), r) for r in (ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN))):
        if value in printed:
            return value
    return None


def line_entity(item: str, price: Decimal | None, qty: int, printed: dict[Decimal, str] | None, *,
                normalized: bool = True, turn: int = 0) -> dict:
    """One ``line_item`` entity; ``printed`` None reports every value (no page to check)."""
    code, description = split_item(item)
    props = []
    if code:
        props.append(_prop("product_code", code, None, normalized))
    props.append(_prop("description", description, None, normalized))
    props.append(_prop("quantity", str(qty), {"text": str(qty)}, normalized))
    if price is not None and (printed is None or price in printed):
        mention = printed[price] if printed else str(price)
        props.append(_prop("unit_price", mention, {"moneyValue": _money(price), "text": f"{price} USD"}, normalized))
    amount: Decimal | None = None
    if qty == 0:  # a backorder: nothing shipped, nothing charged
        amount = Decimal("0.00") if printed is None or Decimal(0) in printed else None
    elif price is not None:
        amount = (price * qty).quantize(Decimal("0.01"), ROUND_HALF_EVEN) if printed is None else (
            _printed_amount(qty, price, printed))
    if amount is not None:
        mention = printed[amount] if printed and amount in printed else str(amount)
        props.append(_prop("amount", mention, {"moneyValue": _money(amount)}, normalized))
    turn %= len(props)
    return {"type": "line_item", "mentionText": item, "confidence": 0.9, "properties": props[turn:] + props[:turn]}


def header_entities(truth: dict, *, normalized: bool = True) -> list[dict]:
    year, month, day = (int(p) for p in truth["order_date"].split("-"))
    date = {"type": "invoice_date", "mentionText": truth["order_date"]}
    if normalized:
        date["normalizedValue"] = {"text": truth["order_date"], "dateValue": {"year": year, "month": month, "day": day}}
    return [{"type": "invoice_id", "mentionText": truth["invoice_number"], "confidence": 0.97}, date,
            {"type": "supplier_name", "mentionText": truth["vendor"], "confidence": 0.95}]


def _anchor(item: str) -> str:
    code, description = split_item(item)
    return code or description[:20]


def placed_lines(truth: dict, text: str) -> list[tuple[int, str, Decimal | None, int]]:
    """(offset in ``text``, item, price, qty) of every product and backordered line, in the
    order the page prints them (a line that cannot be found keeps its neighbour's offset)."""
    placed: list[tuple[int, str, Decimal | None, int]] = []
    offset = 0
    for line in truth["line_items"]:
        found = text.find(_anchor(line["item"]), offset)
        offset = found if found >= 0 else offset
        placed.append((offset, line["item"], Decimal(str(line["wholesale"])), int(line["qty"])))
    for item in truth.get("backorders", []):
        found = text.find(_anchor(item))
        placed.append((found if found >= 0 else len(text), item, None, 0))
    return sorted(placed, key=lambda entry: entry[0])


def truth_entities(truth: dict, text: str | None = None, page_starts: list[int] | None = None,
                   pages: range | None = None, *, normalized: bool = True) -> list[dict]:
    """The entities of ``truth``; with the document ``text`` (and its ``page_starts`` offsets),
    only the values the page prints and only the lines on ``pages`` (1-based)."""
    printed = printed_tokens(text) if text is not None else None
    entities = header_entities(truth, normalized=normalized) if pages is None or 1 in pages else []
    for turn, (offset, item, price, qty) in enumerate(placed_lines(truth, text or "")):
        page = sum(1 for start in (page_starts or [0]) if start <= offset)
        if pages is None or page in pages:
            entities.append(line_entity(item, price, qty, printed, normalized=normalized, turn=turn))
    return entities
