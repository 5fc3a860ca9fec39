"""The pure parts of the Google sheet writer: the ledger rule and the B..G range check."""

from __future__ import annotations

import pytest

from invoice_processing.sheets.a1 import find_block, parse_range, range_ok
from invoice_processing.sheets.ledger import ClaimOutcome, LedgerRow, judge, stamp

NOW = 1_750_000_000.0


def row(n: int, state: str, age: float, sheet_range: str = "") -> LedgerRow:
    return LedgerRow(n, "k", state, f"c{n}", stamp(NOW - age), sheet_range=sheet_range)


@pytest.mark.parametrize(("earlier", "outcome"), [
    ([], ClaimOutcome.NEW),
    ([row(2, "abandoned", 5)], ClaimOutcome.NEW),
    ([row(2, "pending", 5)], ClaimOutcome.IN_PROGRESS),
    ([row(2, "pending", 500)], ClaimOutcome.UNCERTAIN),
    ([row(2, "pending", 500), row(3, "pending", 5)], ClaimOutcome.IN_PROGRESS),
    ([row(2, "pending", 5), row(3, "written", 4, "Sheet1!B2:G3")], ClaimOutcome.WRITTEN),
])
def test_the_ledger_rule(earlier, outcome):
    assert judge(earlier, NOW, stale_after=210).outcome is outcome


def test_in_progress_asks_to_come_back_after_the_claim_is_stale():
    assert judge([row(2, "pending", 10)], NOW, stale_after=210).retry_after == 201


@pytest.mark.parametrize(("a1", "ok"), [
    ("Sheet1!B5:G6", True), ("'Sheet1'!B5:G6", True), ("Sheet1!A5:F6", False), ("Sheet1!B5:G5", False),
    ("Other!B5:G6", False), ("Sheet1!C5:H6", False), ("", False),
])
def test_only_the_invoice_rows_in_b_to_g_of_the_tab_are_ok(a1, ok):
    assert range_ok(a1, "Sheet1", 2) is ok


def test_tab_names_with_quotes_round_trip():
    assert parse_range("'Bob''s tab'!B2:G9") == ("Bob's tab", "B", 2, "G", 9)


def test_find_block_takes_the_last_match_and_ignores_the_text_mark():
    rows = [["d", "Acme", "A-1", "'=x", "1", 1]]
    values = [["d", "Acme", "A-1", "=x"], ["d", "Acme", "B-2", "y"], ["d", "Acme", "A-1", "=x"]]
    assert find_block("Sheet1", values, 10, rows) == "'Sheet1'!B12:G12"
    assert find_block("Sheet1", values[1:2], 10, rows) == ""
