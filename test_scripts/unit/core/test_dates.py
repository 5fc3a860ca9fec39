"""Date normalization (SPEC §3): what vendors print becomes a date, emitted as MM/DD/YYYY;
bare numbers are never dates, and Excel serials only where the source is numeric."""

from __future__ import annotations

from datetime import date

import pytest

from invoice_processing.normalize import excel_serial_date, format_date, parse_date, prefers_day_first

JAN_17 = date(2025, 1, 17)


@pytest.mark.parametrize("text", [
    "1/17/2025", "01/17/2025", "01/17/25", "1/17/25", "2025-01-17", "January 17, 2025", "Jan 17, 2025",
    "Jan. 17, 2025", "17-Jan-2025", "17 Jan 2025", "17-JAN-25", "Order Date: 01/17/2025", "1/17/2025 10:32 AM",
    "JANUARY 17, 2025", "January 17th, 2025", "2025-01-17T10:32:00", "1 / 17 / 2025", "17 Jan2025",
])
def test_vendor_formats_parse_to_the_same_day(text):
    assert parse_date(text) == JAN_17


@pytest.mark.parametrize("text", ["2025", "45674", "", "Net 30", "Page 1 of 2", "13/45/2025", "2/30/2025", "Page 1 / 2",
                                  "1 / 17 / 25"])
def test_non_dates_are_none(text):
    assert parse_date(text) is None


def test_day_first_only_when_the_document_says_so():
    assert parse_date("05/06/2025") == date(2025, 5, 6)
    assert parse_date("05/06/2025", day_first=True) == date(2025, 6, 5)


def test_decimal_commas_say_day_first_where_no_date_settles_it():
    lines = ["Order Date: 06/02/25", "Ship Date 02/10/25", "4.000  0,004500  18,00", "8.000  0,002800  22,40",
             "Total USD 2.833,15"]
    assert prefers_day_first(lines)
    assert not prefers_day_first(["Order Date: 06/02/25", "4,000  1.50  6,000.00", "Total USD 6,000.00"])


def test_excel_serial_only_for_numeric_fields():
    assert excel_serial_date(45674) == JAN_17
    assert excel_serial_date("45674") == JAN_17
    assert excel_serial_date(2025) is None and excel_serial_date("soon") is None


def test_sheet_format_is_mm_dd_yyyy():
    assert format_date(JAN_17) == "01/17/2025"
    assert format_date(date(2024, 12, 5)) == "12/05/2024"
    assert format_date(None) == ""


def test_a_code_with_a_month_and_a_year_in_it_is_no_date():
    assert parse_date("4 SEP2024-BLK") is None and parse_date("06 Feb2026") == date(2026, 2, 6)


def test_the_issue_date_and_time_in_spanish_wins_over_a_stamps_validity():
    from invoice_processing.vendors.header import find_date
    from test_scripts.unit.layout.lines import line
    lines = [line(60, (40, "Inicio de Vigencia: 2026-01-16")),
             line(72, (40, "Fecha y Hora de Emisión: 2026-03-05T11:34:25"))]
    assert find_date(lines) == date(2026, 3, 5)
