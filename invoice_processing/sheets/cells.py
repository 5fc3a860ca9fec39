"""Sheet rows (B..G) as typed Sheets cells for ``appendCells``: nothing is parsed by Sheets.

Text (vendor, invoice number, item) goes as ``stringValue``, which Sheets stores as it is and
never turns into a formula, a number or a date; the price and quantity as ``numberValue``; the
order date as its serial day number with a ``MM/DD/YYYY`` date format, so it sorts and filters
as a date. Column A is sent as an empty cell, so the row lands in A..G with A untouched.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

DATE_FORMAT = {"type": "DATE", "pattern": "mm/dd/yyyy"}
PRICE_FORMAT = {"type": "NUMBER", "pattern": "0.00########"}  # 4.995 shows 4.995, 3 shows 3.00
_EPOCH = date(1899, 12, 30)  # Sheets' day zero


def serial(text: str) -> int | None:
    """``01/17/2025`` -> 45674 (Sheets' serial day); ``None`` when it is not an MM/DD/YYYY date."""
    try:
        return (datetime.strptime(text, "%m/%d/%Y").date() - _EPOCH).days
    except ValueError:
        return None


def plain_text(cell: object) -> str:
    """The text staff should see: rows built for USER_ENTERED carry an apostrophe that only
    marks text (``rows.neutralize``); a ``stringValue`` needs no mark, so it is dropped."""
    text = str(cell)
    return text[1:] if text.startswith("'") else text


def _number(cell: object, number_format: dict[str, str] | None = None) -> dict[str, Any]:
    try:
        value = Decimal(str(cell))
    except InvalidOperation:
        return {"userEnteredValue": {"stringValue": plain_text(cell)}}
    number: int | float = int(value) if value == value.to_integral_value() else float(value)
    typed: dict[str, Any] = {"userEnteredValue": {"numberValue": number}}
    return typed | {"userEnteredFormat": {"numberFormat": number_format}} if number_format else typed


def typed_row(row: Sequence[str | int]) -> dict[str, Any]:
    """One RowData for A..G from a sheet row B..G (order date, vendor, number, item, price, qty)."""
    day = serial(str(row[0]))
    when = {"userEnteredValue": {"numberValue": day}, "userEnteredFormat": {"numberFormat": DATE_FORMAT}} \
        if day is not None else ({"userEnteredValue": {"stringValue": str(row[0])}} if row[0] else {})
    texts = [{"userEnteredValue": {"stringValue": plain_text(c)}} for c in row[1:4]]
    return {"values": [{}, when, *texts, _number(row[4], PRICE_FORMAT), _number(row[5])]}


def shown(cell: dict[str, Any]) -> str:
    """A cell read back (``userEnteredValue``) as comparable text: dates as their serial."""
    value = cell.get("userEnteredValue", {})
    if "numberValue" in value:
        number = Decimal(str(value["numberValue"]))
        return format(number.normalize(), "f") if number != number.to_integral_value() else str(int(number))
    return str(value.get("stringValue", value.get("formulaValue", value.get("boolValue", ""))))


def expected(row: Sequence[str | int]) -> list[str]:
    """What ``shown`` gives for the cells A..G of ``typed_row(row)``."""
    return [shown(c) for c in typed_row(row)["values"]]
