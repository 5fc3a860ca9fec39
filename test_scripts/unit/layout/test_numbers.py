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


def test_amounts_in_any_common_currency_are_read_and_a_code_is_only_a_word_of_its_own():
    # a Kuwaiti order's "2.150 KD" (three decimals), a Czech "300,00 Kč", a Polish "12,50 zł", a Swedish
    # "95 SEK" and a Brazilian "R$ 49,90" are amounts; "PENS 12" is no Peruvian amount
    assert parse_amount("2.150 KD", POINT) == Decimal("2.150")
    assert parse_amount("300,00 Kč", COMMA) == Decimal("300.00")
    assert parse_amount("12,50 zł", COMMA) == Decimal("12.50")
    assert parse_amount("95 SEK", POINT) == Decimal("95")
    assert parse_amount("R$ 49,90", COMMA) == Decimal("49.90")
    assert parse_amount("PENS 12", POINT) is None
