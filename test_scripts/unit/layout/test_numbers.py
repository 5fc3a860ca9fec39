"""Numbers as a document prints them."""

from __future__ import annotations

from decimal import Decimal

from invoice_processing.layout.numbers import COMMA, POINT, parse_amount


def test_cents_printed_without_the_zero_before_them():
    assert parse_amount(".01", POINT) == Decimal("0.01")
    assert parse_amount("$.50", POINT) == Decimal("0.50")
    assert parse_amount(",50", COMMA) == Decimal("0.50")
    assert parse_amount(".5", POINT) is None  # one digit: no amount
    assert parse_amount(",50", POINT) is None  # the other decimal mark


def test_thousands_grouped_by_narrow_spaces_and_typographic_apostrophes():
    assert parse_amount("1\u202f234,56 €", COMMA) == Decimal("1234.56")
    assert parse_amount("1\u2009234.56", POINT) == Decimal("1234.56")
    assert parse_amount("CHF 1’954.00", POINT) == Decimal("1954.00")
