"""The pure parts of the Google sheet writer: the ledger rule, the instance's index of the
ledger, and the B..G range check."""

from __future__ import annotations

import pytest

from invoice_processing.sheets.a1 import block, parse_range, range_ok
from invoice_processing.sheets.ledger import ClaimOutcome, LedgerRow, judge, stamp
from invoice_processing.sheets.ledger_index import LedgerIndex, ShiftedLedger

NOW = 1_750_000_000.0


def claim(seq: int, age: float, lease: float = 30, key: str = "k", content: str = "c", claim_id: str = "") -> LedgerRow:
    return LedgerRow(seq + 1, key, "pending", claim_id or f"c{seq}", stamp(NOW - age), content=content,
                     lease_until=stamp(NOW - age + lease), seq=seq)


def commit(seq: int, key: str = "k", content: str = "c", sheet_range: str = "Sheet1!B2:G3") -> LedgerRow:
    return LedgerRow(seq + 1, key, "written", f"c{seq}", stamp(NOW - 50), "A-1", "Acme", "01/17/2025", 2,
                     sheet_range, stamp(NOW - 50), content, seq=seq)


@pytest.mark.parametrize(("commits", "claims", "outcome"), [
    ([], [], ClaimOutcome.NEW),
    ([commit(1)], [], ClaimOutcome.WRITTEN),
    ([commit(9)], [], ClaimOutcome.NEW),  # a commit after our claim does not precede it
    ([], [claim(1, age=10)], ClaimOutcome.IN_PROGRESS),  # its lease runs: it may still write
    ([], [claim(1, age=200)], ClaimOutcome.NEW),  # lease over long before: it wrote nothing
    ([], [claim(1, age=60)], ClaimOutcome.IN_PROGRESS),  # lease over, but a late apply is still possible
])
def test_the_ledger_rule(commits, claims, outcome):
    assert judge(claim(5, age=0), commits, claims, NOW).outcome is outcome


def test_in_progress_asks_to_come_back_once_the_earlier_claim_is_over():
    judged = judge(claim(5, age=0), [], [claim(1, age=10, lease=30)], NOW)
    assert judged.retry_after == 81  # lease ends in 20 s, plus the 60 s margin for a late apply


def test_a_claim_landed_twice_is_one_claim():
    ours = claim(5, age=0, claim_id="same")
    assert judge(ours, [], [claim(2, age=0, claim_id="same")], NOW).outcome is ClaimOutcome.NEW


def rows(*cells: list[str]) -> list[list[str]]:
    return [["key", "state", "claim_id"], *cells]


def pending(key: str, claim_id: str, at: float, content: str = "") -> list[str]:
    return [key, "pending", claim_id, stamp(at), "A-1", "Acme", "", "2", "", "", content, stamp(at + 30)]


def written(key: str, claim_id: str, at: float, content: str = "", where: str = "Sheet1!B2:G3") -> list[str]:
    return [key, "written", claim_id, stamp(at), "A-1", "Acme", "01/17/2025", "2", where, stamp(at), content]


def test_the_index_reads_the_tail_from_the_last_known_row():
    index = LedgerIndex()
    index.add_tail(1, rows(pending("k1", "a", NOW), written("k1", "a", NOW, "c1")))
    assert index.last_row == 3 and index.commits["k1"].sheet_range == "Sheet1!B2:G3"
    index.add_tail(3, [written("k1", "a", NOW, "c1"), pending("k2", "b", NOW)])  # row 3 again, then row 4
    assert index.last_row == 4 and index.live_claim("k2", NOW) > 0 and index.written(content="c1")


def test_rows_that_moved_up_are_noticed():
    index = LedgerIndex()
    index.add_tail(1, rows(pending("k1", "a", NOW), written("k1", "a", NOW)))
    with pytest.raises(ShiftedLedger):  # rows 2..3 were summarised away: row 3 holds something else
        index.add_tail(3, [pending("k9", "z", NOW)])
    with pytest.raises(ShiftedLedger):  # the tab is shorter than the last row known
        index.add_tail(3, [])


def test_after_a_full_read_known_rows_keep_their_order_and_nothing_is_forgotten():
    index = LedgerIndex()
    index.add_tail(1, rows(written("k1", "a", NOW, "c1"), pending("k2", "b", NOW, "c2")))
    index.add_archive([["key", "content"], ["k0", "c0", "0-1", "Acme", "", "1", "Sheet1!B1:G1", stamp(NOW)]])
    index.restart()
    index.add_tail(1, rows(pending("k2", "b", NOW, "c2"), pending("k3", "d", NOW, "c3")))  # k1's row archived
    assert index.written("k1") and index.written("k0") and index.last_row == 3
    k2, k3 = index.own("b"), index.own("d")
    assert k2 is not None and k3 is not None and k2.seq < k3.seq
    assert index.judge(k3, NOW).outcome is ClaimOutcome.NEW


def test_a_claim_that_lost_blocks_nobody():
    later = LedgerIndex()  # b (another PDF, same content) lost to a; e is b's replay after a wrote
    later.add_tail(1, rows(pending("k1", "a", NOW, "c"), pending("k2", "b", NOW + 1, "c"),
                           written("k1", "a", NOW + 2, "c"), pending("k2", "e", NOW + 3, "c2")))
    replay = later.own("e")
    assert replay is not None and later.judge(replay, NOW + 3).outcome is ClaimOutcome.NEW
    assert later.live_claim("k2", NOW + 3) > 0  # only the replay's own claim is live on k2


def test_a_range_correction_replaces_the_commits_range():
    index = LedgerIndex()
    fix = ["k1", "range", "a", stamp(NOW), "", "", "", "", "Sheet1!B7:G8", stamp(NOW)]
    index.add_tail(1, rows(written("k1", "a", NOW, "c1", "Sheet1!B5:G6"), fix))
    assert index.commits["k1"].sheet_range == index.by_content["c1"].sheet_range == "Sheet1!B7:G8"
    assert index.data_end["Sheet1"] == 8


def test_same_number_other_lines_are_named():
    index = LedgerIndex()
    index.add_tail(1, rows(written("k1", "a", NOW, "c1", "Sheet1!B2:G3")))
    assert [c.sheet_range for c in index.same_invoice("ACME ", "a-1", "c2")] == ["Sheet1!B2:G3"]
    assert index.same_invoice("Acme", "A-1", "c1") == []  # the same lines are a duplicate, not a conflict


def test_rows_ahead_counts_live_claims_before_ours():
    index = LedgerIndex()
    index.add_tail(1, rows(pending("k1", "a", NOW, "c1"), pending("k2", "b", NOW, "c2"), pending("k3", "d", NOW)))
    assert index.rows_ahead(index.own("d"), NOW) == 4


@pytest.mark.parametrize(("a1", "ok"), [
    ("Sheet1!B5:G6", True), ("'Sheet1'!B5:G6", True), ("Sheet1!A5:F6", False), ("Sheet1!B5:G5", False),
    ("Other!B5:G6", False), ("Sheet1!C5:H6", False), ("", False),
])
def test_only_the_invoice_rows_in_b_to_g_of_the_tab_are_ok(a1, ok):
    assert range_ok(a1, "Sheet1", 2) is ok


def test_tab_names_with_quotes_round_trip():
    assert parse_range("'Bob''s tab'!B2:G9") == ("Bob's tab", "B", 2, "G", 9)
    assert block("Bob's tab", 2, 9) == "'Bob''s tab'!B2:G9" and block("Sheet1", 2, 9) == "Sheet1!B2:G9"
