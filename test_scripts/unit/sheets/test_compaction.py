"""What compaction may summarise, the batch it sends, and the grid limit and tab names."""

from __future__ import annotations

from invoice_processing.sheets import compaction
from invoice_processing.sheets.ledger import stamp
from invoice_processing.sheets.ledger_index import LedgerIndex
from invoice_processing.sheets.tabs import GridCheck, TabInfo, data_tab_title

NOW = 1_750_000_000.0
DAY = 86_400.0


def ledger(n: int, age: float, live_at: int | None = None) -> LedgerIndex:
    """``n`` written invoices (claim + commit rows) ``age`` seconds old; one live claim at ``live_at``."""
    values = [["key", "state"]]
    for i in range(n):
        at = NOW - age + i
        if i == live_at:
            values.append([f"k{i}", "pending", f"c{i}", stamp(NOW), "", "", "", "1", "", "", f"h{i}", stamp(NOW + 30)])
            continue
        values.append([f"k{i}", "pending", f"c{i}", stamp(at), "", "", "", "1", "", "", f"h{i}", stamp(at + 30)])
        values.append([f"k{i}", "written", f"c{i}", stamp(at), f"N{i}", "Acme", "", "1", f"Sheet1!B{i + 2}:G{i + 2}",
                       stamp(at), f"h{i}"])
    index = LedgerIndex()
    index.add_tail(1, values)
    return index


def test_a_short_ledger_is_left_alone():
    assert compaction.plan(ledger(100, age=10 * DAY), NOW) is None


def test_old_closed_rows_become_one_archive_row_per_invoice():
    chosen = compaction.plan(ledger(1500, age=10 * DAY), NOW)
    assert chosen is not None and chosen.rows == 3000 and len(chosen.summaries) == 1500
    assert chosen.summaries[0].archive_cells()[:2] == ["k0", "h0"]


def test_young_rows_and_live_claims_stay():
    assert compaction.plan(ledger(1500, age=DAY / 2), NOW) is None
    chosen = compaction.plan(ledger(1500, age=10 * DAY, live_at=700), NOW)
    assert chosen is not None and chosen.rows == 1400  # everything before the live claim


def test_the_batch_moves_the_generation_marker_and_deletes_the_prefix():
    tabs = {"_ledger": TabInfo(7, "_ledger", 3001, 12), "_ledger_gen_3": TabInfo(9, "_ledger_gen_3", 1, 1)}
    chosen = compaction.plan(ledger(1500, age=10 * DAY), NOW)
    assert chosen is not None
    requests = compaction.requests(chosen, tabs, "_ledger", "_ledger_archive")
    kinds = [next(iter(r)) for r in requests]
    assert kinds == ["addSheet", "deleteSheet", "addSheet", "appendCells", "appendCells", "deleteDimension"]
    assert requests[0]["addSheet"]["properties"]["title"] == "_ledger_gen_4"
    assert requests[-1]["deleteDimension"]["range"] == {"sheetId": 7, "dimension": "ROWS", "startIndex": 1,
                                                        "endIndex": 3001}


def test_the_tab_name_may_carry_the_year():
    assert data_tab_title("Receiving {year}", NOW) == "Receiving 2025" and data_tab_title("Sheet1", NOW) == "Sheet1"


def test_the_grid_check_warns_long_before_the_limit():
    check = GridCheck()
    tabs = {"Sheet1": TabInfo(0, "Sheet1", 300_000, 26)}  # 7.8 million cells
    assert not check.near(tabs) and check.fits(tabs, "Sheet1", 100)
    tabs = {"Sheet1": TabInfo(0, "Sheet1", 310_000, 26)}
    assert check.near(tabs) and check.fits(tabs, "Sheet1", 100)
    assert not check.fits({"Sheet1": TabInfo(0, "Sheet1", 384_610, 26)}, "Sheet1", 10)
