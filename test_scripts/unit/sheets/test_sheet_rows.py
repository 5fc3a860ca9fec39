"""Invoice -> sheet cells: formula neutralization, proven for any text (hypothesis)."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from invoice_processing.models import Invoice, LineItem
from invoice_processing.sheets.rows import FORMULA_STARTS, invoice_rows, neutralize
from invoice_processing.sheets.writer import LedgerEntry
from test_scripts.fakes.sheets import FakeClock, google_sheet, served

NUMBER = re.compile(r"-?\d+(\.\d+)?")
DATE = re.compile(r"\d{2}/\d{2}/\d{4}")


def _safe(cell) -> bool:
    """A cell USER_ENTERED can never turn into a formula: a number, a date, marked text, or
    text that does not start with a formula character."""
    if not isinstance(cell, str):
        return True
    return bool(NUMBER.fullmatch(cell) or DATE.fullmatch(cell)) or cell.startswith("'") or not cell.startswith(
        FORMULA_STARTS)


@pytest.mark.parametrize(("text", "written"), [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
    ("+1-555", "'+1-555"), ("-5% off", "'-5% off"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tTab", "'\tTab"), ("\rCR", "'\rCR"), ("'Tis the Season", "''Tis the Season"),
    ("Brass Hook - 5-5.75\"", "Brass Hook - 5-5.75\""), ("two\nlines", "two lines"),
])
def test_neutralize_marks_what_sheets_would_misread(text, written):
    assert neutralize(text) == written


@given(st.text())
def test_no_neutralized_text_can_start_a_formula(text):
    cell = neutralize(text)
    assert not cell.startswith(FORMULA_STARTS) or cell.startswith("'")
    shown = cell[1:] if cell.startswith("'") else cell  # what Sheets displays
    assert shown == text.replace("\n", " ")


_text = st.text(min_size=1, max_size=40)
_items = st.builds(LineItem, item=_text, wholesale=st.decimals(min_value=Decimal("-999"), max_value=Decimal("9999"),
                   places=3, allow_nan=False, allow_infinity=False),
                   qty=st.one_of(st.integers(0, 10_000), st.decimals(
                       min_value=Decimal("0.01"), max_value=Decimal("999"), places=2, allow_nan=False,
                       allow_infinity=False)))
_invoices = st.builds(Invoice, order_date=st.one_of(st.none(), st.dates(date(2000, 1, 1), date(2099, 12, 31))),
                      vendor=_text, invoice_number=_text,
                      line_items=st.lists(_items, min_size=1, max_size=5).map(tuple))


@given(_invoices)
def test_every_cell_of_any_invoice_is_safe_to_enter(invoice):
    rows = invoice_rows(invoice)
    assert all(len(row) == 6 and all(_safe(cell) for cell in row) for row in rows)


@settings(max_examples=40, deadline=None)
@given(_invoices)
def test_written_through_the_api_no_cell_becomes_a_formula(invoice):
    with served() as fake:
        rows = invoice_rows(invoice)
        google_sheet(fake, FakeClock()).append(rows, LedgerEntry("k", "n", "v", "", len(rows)), timeout=30)
        assert fake.formulas == []
        shown = [row[4] for row in fake.rows("Sheet1")]  # column E, as staff see it
        assert shown == [li.item.replace("\n", " ") for li in invoice.line_items]


def test_a_fractional_quantity_is_written_as_the_number_printed_and_answered_as_a_json_number():
    line = LineItem(item="800122 - Mtr koper buis 15 mm", wholesale=Decimal("12.27"), qty=Decimal("2.50"))
    invoice = Invoice(order_date=date(2024, 3, 1), vendor="Welplast", invoice_number="600627", line_items=(line,))
    assert invoice_rows(invoice)[0][5] == "2.5"
    assert line.to_json()["qty"] == 2.5
    whole = LineItem(item="x", wholesale=Decimal("1"), qty=3)
    assert invoice_rows(Invoice(None, "v", "n", (whole,)))[0][5] == 3 and whole.to_json()["qty"] == 3
