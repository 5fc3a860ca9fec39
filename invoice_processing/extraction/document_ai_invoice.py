"""Document AI's invoice entities → an ``Invoice``: the reading for vendors without rules. Pure.

Built from ``docai_mapping.entity_fields`` (values already normalized where the processor
normalized them):
- item: ``product_code - description`` when both are read, else whichever is, else the line
  item's own text;
- price: ``unit_price``, else ``amount ÷ quantity`` (the any-vendor rule of SPEC §7: where only a
  line total is printed, that is the unit price), kept exact or to 4 places;
- quantity: ``quantity``; 0 is a backorder (reported in ``warnings``, not written);
- a line item without a quantity or without any price is reported in ``warnings``, never
  completed with an invented value; charges, taxes and totals read as line items are not products.

Header: ``supplier_name``, ``invoice_id``, ``invoice_date`` as read; what the processor did not
read is left empty here (the vendor step fills it from the page text).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from invoice_processing.layout.lexicon import CHARGES, TOTALS
from invoice_processing.models import Invoice, LineItem
from invoice_processing.normalize import per_unit

_NAME_CHARS = 40
_BACKORDER = "backorder"


def entity_invoice(fields: dict[str, Any]) -> Invoice:
    """The invoice the entities describe (``fields`` as ``entity_fields``/``merge_fields`` give them)."""
    items: list[LineItem] = []
    warnings: list[str] = []
    for number, raw in enumerate(fields.get("line_items", []), start=1):
        line, problem = _line(raw)
        if line is not None:
            items.append(line)
        elif problem == _BACKORDER:
            warnings.append(f"backorder (not written): {_name(raw)}")
        elif problem:
            warnings.append(f"Document AI line item {number} ({_short(_name(raw))}) {problem}: not written")
    return Invoice(order_date=fields.get("invoice_date"), vendor=str(fields.get("supplier_name", "")),
                   invoice_number=str(fields.get("invoice_id", "")), line_items=tuple(items),
                   warnings=tuple(warnings))


def _name(raw: dict[str, Any]) -> str:
    code, description = str(raw.get("product_code", "")).strip(), str(raw.get("description", "")).strip()
    if code and description and not description.startswith(code):
        return f"{code} - {description}"
    return description or code or str(raw.get("text", "")).strip()


def _short(text: str) -> str:
    return text if len(text) <= _NAME_CHARS else text[:_NAME_CHARS - 3] + "..."


def _not_a_product(name: str) -> bool:
    return bool(CHARGES.match(name) or TOTALS.match(name))


def _line(raw: dict[str, Any]) -> tuple[LineItem | None, str]:
    """A product line, or None and what is wrong with it ('' when it is not a product at all)."""
    name = _name(raw)
    if not name or _not_a_product(name):
        return None, ""
    qty: int | None = raw.get("quantity")
    unit: Decimal | None = raw.get("unit_price")
    amount: Decimal | None = raw.get("amount")
    if qty is None:
        return None, "has no quantity"
    if qty == 0:
        return None, _BACKORDER
    if unit is None and amount is not None and qty > 0:
        unit = per_unit(amount, qty)
    if unit is None:
        return None, "has no price"
    if unit < 0 or qty < 0:
        return None, ""  # a credit or a return, not a product bought
    return LineItem(item=name, wholesale=unit, qty=qty, code=str(raw.get("product_code", "")).strip(),
                    description=str(raw.get("description", "")).strip(), extended=amount), ""


__all__ = ["entity_invoice"]
