"""Prices, quantities and dates as vendors print them (SPEC §3)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from invoice_processing.normalize import (
    excel_serial_date,
    format_date,
    format_decimal,
    parse_date,
    parse_price,
    parse_qty,
)


@pytest.mark.parametrize("text,expected", [
    ("4.995", Decimal("4.995")), ("$1,234.50", Decimal("1234.50")), ("(3.00)", Decimal("-3.00")),
    ("12", Decimal("12")), ("$ 7.10", Decimal("7.10")), ("-2.5", Decimal("-2.5")),
    ("€ 399,00", Decimal("399.00")), ("1.234,56", Decimal("1234.56")), ("12,345", Decimal("12345")),
])
def test_parse_price_keeps_every_digit(text, expected):
    assert parse_price(text) == expected


@pytest.mark.parametrize("text", ["", "abc", "1.2.3", "12,3456", "$", "Page 1 of 3", "1/17/2025"])
def test_parse_price_rejects_non_prices(text):
    assert parse_price(text) is None


@pytest.mark.parametrize("text,expected", [
    ("3", 3), ("1,200", 1200), ("3.00", 3), ("2.5", None), ("x", None), ("4 EA", 4), ("1.00 kg", 1),
])
def test_parse_qty_accepts_whole_numbers_only(text, expected):
    assert parse_qty(text) == expected


@pytest.mark.parametrize("text", [
    "1/17/2025", "01/17/25", "2025-01-17", "January 17, 2025", "17-Jan-2025", "Jan 17 2025",
    "Invoice Date: 01-17-2025", "17 January 2025", "17.01.2025", "17 januari 2025", "17. Januar 2025",
    "Jan.17th.2025", "2025. 01. 17.",
])
def test_parse_date_formats_vendors_print(text):
    assert parse_date(text) == date(2025, 1, 17)


@pytest.mark.parametrize("text", ["2025", "45678", "13/45/2025", "Total 1,234.50", ""])
def test_parse_date_never_reads_a_bare_number_or_an_impossible_date(text):
    assert parse_date(text) is None


def test_excel_serial_only_in_a_plausible_range():
    assert excel_serial_date(45674) == date(2025, 1, 17)
    assert excel_serial_date("2025") is None and excel_serial_date("x") is None


def test_formats_at_the_sheet_edge():
    assert format_date(date(2025, 1, 7)) == "01/07/2025"
    assert [format_decimal(Decimal(v)) for v in ("4.995", "12.5", "3", "1.60", "0.0100")] == [
        "4.995", "12.50", "3.00", "1.60", "0.01"]


@given(st.decimals(min_value=0, max_value=10**6, places=3, allow_nan=False, allow_infinity=False))
def test_format_then_parse_round_trips(value):
    assert parse_price(format_decimal(value)) == value


def test_a_period_of_days_and_months_is_no_two_digit_year():
    assert parse_date("4500077 (1 Jan - 31 Dec 2025)") == date(2025, 12, 31)
    assert parse_date("5 Mar 24 and") == date(2024, 3, 5)
