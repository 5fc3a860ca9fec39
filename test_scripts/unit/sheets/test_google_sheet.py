"""The Google Sheets writer against the ``responses`` fake of the Sheets v4 REST API: what each
request costs, where rows land, and the faults (429, 5xx, lost answers, races)."""

from __future__ import annotations

import logging

import pytest
import requests

from invoice_processing.errors import SheetQuotaSpent, SheetWriteFailed, SheetWriteInProgress
from invoice_processing.models import WriteResult
from invoice_processing.sheets.writer import LedgerEntry
from test_scripts.fakes.sheets import FakeClock, Quota, google_sheet, served

ROWS = [["01/17/2025", "Acme", "A-1", "HT-1 - Brass Hook", "4.995", 2], ["01/17/2025", "Acme", "A-1", "Y", "3.00", 1]]


def invoice(number: str, lines: int = 2) -> list[list]:
    return [["01/17/2025", "Acme", number, f"SKU-{i} - thing", "1.25", i + 1] for i in range(lines)]


def entry(key: str = "k1", rows=ROWS) -> LedgerEntry:
    return LedgerEntry(key, str(rows[0][2]), "Acme", "01/17/2025", len(rows))


def write(sheet, key: str = "k1", rows=ROWS, timeout: float = 30.0) -> WriteResult:
    """One request as the pipeline makes it: claim before extraction, then append."""
    found = sheet.claim(key)
    if found is not None:
        return WriteResult(found.sheet_range, 0, duplicate=True)
    return sheet.append(rows, entry(key, rows), timeout=timeout)


@pytest.fixture
def fake():
    with served() as sheets:
        yield sheets


@pytest.fixture
def clock():
    return FakeClock()


def data_blocks(fake) -> list[tuple[str, ...]]:
    return [tuple(row[1:7]) for row in fake.rows("Sheet1")]


def ledger_states(fake, key: str) -> list[str]:
    return [row[1] for row in fake.rows("_ledger")[1:] if row[0] == key]


def test_a_new_invoice_costs_two_writes_and_a_replay_none(fake, clock):
    sheet, other = google_sheet(fake, clock), google_sheet(fake, clock)
    write(sheet, "warm-up", invoice("W-1"))
    write(other, "warm-up-2", invoice("W-2"))
    fake.calls.clear()
    result = write(sheet, "k1")
    # before extraction: one read of the rows added since; after: the claim, then rows + commit
    assert [(c.kind, c.tab) for c in fake.calls] == [
        ("get", "_ledger"), ("batchUpdate", "_ledger"), ("batchUpdate", "Sheet1")]
    assert fake.writes() == 2 and result.rows_written == 2 and result.sheet_range == "Sheet1!B5:G6"
    fake.calls.clear()
    clock.advance(600)
    replay = write(other, "k1")
    assert replay.duplicate and replay.sheet_range == "Sheet1!B5:G6"
    assert [(c.kind, c.tab) for c in fake.calls] == [("get", "_ledger")] and fake.writes() == 0
    fake.calls.clear()
    assert write(sheet, "k1").duplicate and fake.calls == []  # the instance that wrote it knows
    assert ledger_states(fake, "k1") == ["pending", "written"]  # a replay adds no ledger row


def test_the_first_invoice_creates_the_ledger_inside_its_claim(fake, clock):
    write(google_sheet(fake, clock))
    assert [c.kind for c in fake.calls] == ["spreadsheet", "batchUpdate", "batchUpdate"]
    ledger = next(s["properties"] for s in fake.metadata()["sheets"] if s["properties"]["title"] == "_ledger")
    assert ledger["hidden"] is True
    header, claim, commit = fake.rows("_ledger")
    assert header[:3] == ["key", "state", "claim_id"] and claim[:2] == ["k1", "pending"]
    assert commit[:2] == ["k1", "written"] and commit[8] == "Sheet1!B1:G2" and commit[2] == claim[2]


def test_rows_are_typed_cells_in_b_to_g_that_never_become_formulas(fake, clock):
    rows = [["01/17/2025", "Acme", "00123", "1-2", "4.995", 2], ["01/17/2025", "Acme", "00123", "'=cmd", "3.00", 1]]
    write(google_sheet(fake, clock), rows=rows)
    assert data_blocks(fake) == [("01/17/2025", "Acme", "00123", "1-2", "4.995", "2"),
                                 ("01/17/2025", "Acme", "00123", "=cmd", "3.00", "1")]
    cells = fake.tabs["Sheet1"].grid[0]
    assert cells[0] is None  # column A is never written
    assert [cell[0] for cell in cells[1:7]] == ["date", "text", "text", "text", "number", "number"]
    assert fake.formulas == []


def test_a_ledger_made_by_hand_is_found_and_widened(clock):
    with served() as fake:
        fake.add_tab("_ledger", [["key", "state", "claim_id", "claimed_at", "invoice_number", "vendor", "order_date",
                                  "rows", "sheet_range", "written_at"]], columns=10)
        write(google_sheet(fake, clock))
        assert ledger_states(fake, "k1") == ["pending", "written"] and fake.tabs["_ledger"].column_count == 12


def test_an_old_ledger_is_still_read(clock):
    with served() as fake:
        old = ["k1", "written", "c0", "2024-01-01T00:00:00.000Z", "A-1", "Acme", "01/17/2025", "2", "Sheet1!B2:G3",
               "2024-01-01T00:00:01.000Z"]
        fake.add_tab("_ledger", [["key", "state", "claim_id"], old, ["k2", "abandoned", "c1"]], columns=10)
        assert write(google_sheet(fake, clock), "k1").sheet_range == "Sheet1!B2:G3"
        assert fake.writes() == 0


def test_the_range_is_where_the_rows_landed_and_the_ledger_learns_it(fake, clock):
    sheet = google_sheet(fake, clock)
    write(sheet, "k1", invoice("A-1"))
    fake.tabs["Sheet1"].put(4, 8, ("text", "a note in column I"))  # staff wrote on row 5
    second = write(sheet, "k2", invoice("A-2"))
    assert second.sheet_range == "Sheet1!B6:G7" and second.range_ok
    assert fake.rows("_ledger")[-1][8] == "Sheet1!B3:G4"  # the commit holds the range predicted before
    write(sheet, "k3", invoice("A-3"))  # the next claim carries the correction
    clock.advance(5)
    assert write(google_sheet(fake, clock), "k2").sheet_range == "Sheet1!B6:G7"


def test_a_missing_ledger_is_made_again_and_no_request_fails(fake, clock):
    sheet = google_sheet(fake, clock)
    write(sheet, "k1", invoice("A-1"))
    fake.tabs["_ledger_old"] = fake.tabs.pop("_ledger")  # an operator renamed the tab
    fake.tabs["_ledger_old"].title = "_ledger_old"
    clock.advance(3700)  # past the tab refresh
    assert write(sheet, "k2", invoice("A-2")).rows_written == 2
    assert write(google_sheet(fake, clock), "k3", invoice("A-3")).rows_written == 2
    assert ledger_states(fake, "k2") == ["pending", "written"]


def test_a_spent_budget_answers_503_before_extraction_and_release_gives_it_back(fake, clock):
    sheet = google_sheet(fake, clock, sheets_writes_per_minute=4)
    assert sheet.claim("k1") is None and sheet.claim("k2") is None
    with pytest.raises(SheetQuotaSpent) as spent:
        sheet.claim("k3")
    assert spent.value.status == 503 and spent.value.retryable and spent.value.retry_after == 21  # 20 s to the minute
    sheet.release("k2")  # k2's extraction failed: its writes go back
    assert sheet.claim("k3") is None
    assert fake.writes() == 0


def test_a_429_waits_for_the_next_window_within_the_deadline(clock):
    with served(quota=Quota(per_minute=3, now=clock.now)) as fake:
        sheet = google_sheet(fake, clock)
        write(sheet, "k1", invoice("A-1"))
        result = write(sheet, "k2", invoice("A-2"), timeout=60)  # the write batch is refused, then sent again
        assert result.rows_written == 2 and len(data_blocks(fake)) == 4
        assert fake.quota.refused == 1 and max(clock.slept) >= 19  # waited out the minute, not 8 s backoffs


def test_a_429_past_the_deadline_is_a_503_after_which_a_replay_writes_once(clock):
    with served(quota=Quota(per_minute=3, now=clock.now)) as fake:
        sheet = google_sheet(fake, clock)
        write(sheet, "k1", invoice("A-1"))
        with pytest.raises(SheetQuotaSpent) as spent:
            write(sheet, "k2", invoice("A-2"), timeout=10)
        assert spent.value.retry_after >= 60  # past the window and past the claim's lease
        clock.advance(spent.value.retry_after)
        assert write(google_sheet(fake, clock), "k2", invoice("A-2")).rows_written == 2
        assert len(data_blocks(fake)) == 4


def test_persistent_500_is_a_retryable_503_within_the_deadline(fake, clock):
    fake.fault = lambda call: "500" if call.tab == "Sheet1" else None
    with pytest.raises(SheetWriteFailed) as failed:
        write(google_sheet(fake, clock), timeout=20)
    assert failed.value.status == 503 and failed.value.retryable and failed.value.retry_after > 0
    assert clock.t <= 20 and data_blocks(fake) == []
    assert "500" in failed.value.detail and "injected" not in failed.value.message


def test_each_call_gets_a_timeout_derived_from_the_deadline(clock):
    seen = []
    with served() as fake:
        sheet = google_sheet(fake, clock)
        original = requests.Session.request

        def spy(self, method, url, **kwargs):
            seen.append(kwargs.get("timeout"))
            return original(self, method, url, **kwargs)

        requests.Session.request = spy
        try:
            sheet.append(ROWS, entry(), timeout=7.5)
        finally:
            requests.Session.request = original
    timeouts = [t for t in seen if isinstance(t, tuple)]
    assert timeouts and all(t[1] <= 10 and t[0] <= 5 for t in timeouts)


def test_a_write_whose_answer_was_lost_is_found_not_repeated(fake, clock):
    faults = iter(["lost"])
    fake.fault = lambda call: next(faults, None) if call.kind == "batchUpdate" and call.tab == "Sheet1" else None
    result = write(google_sheet(fake, clock))
    assert (result.rows_written, result.duplicate, result.sheet_range) == (2, False, "Sheet1!B1:G2")
    assert len(data_blocks(fake)) == 2 and ledger_states(fake, "k1") == ["pending", "written"]


def test_a_lost_answer_then_the_instance_dies_the_replay_answers_duplicate(fake, clock):
    state = {"lost": False}

    def fault(call):
        if call.kind == "batchUpdate" and call.tab == "Sheet1" and not state["lost"]:
            state["lost"] = True
            return "lost"
        return "connect" if state["lost"] else None

    fake.fault = fault
    with pytest.raises(SheetWriteFailed):
        write(google_sheet(fake, clock), timeout=15)
    fake.fault = lambda call: None
    replay = write(google_sheet(fake, clock))  # rows and commit landed together: no search needed
    assert replay.duplicate and replay.sheet_range == "Sheet1!B1:G2" and len(data_blocks(fake)) == 2


def test_a_write_that_never_landed_is_written_by_the_replay_once_the_claim_is_over(fake, clock):
    fake.fault = lambda call: "connect" if call.kind == "batchUpdate" and call.tab == "Sheet1" else None
    with pytest.raises(SheetWriteFailed) as failed:
        write(google_sheet(fake, clock), timeout=15)
    fake.fault = lambda call: None
    with pytest.raises(SheetWriteInProgress):  # too early: the claim's writer might still send
        write(google_sheet(fake, clock))
    clock.advance(failed.value.retry_after)
    assert write(google_sheet(fake, clock)).rows_written == 2 and len(data_blocks(fake)) == 2


def test_a_replay_while_the_first_attempt_is_writing_is_told_to_retry_before_extraction(fake, clock):
    first, second = google_sheet(fake, clock), google_sheet(fake, clock)
    answers = []

    def during_first_write(call):
        if call.kind == "batchUpdate" and call.tab == "Sheet1" and not answers:
            try:
                second.claim("k1")
            except SheetWriteInProgress as exc:
                answers.append(exc)

    fake.hook = during_first_write
    assert write(first).rows_written == 2
    assert len(answers) == 1 and answers[0].status == 503 and answers[0].retry_after > 0
    fake.hook = lambda call: None
    assert write(second).duplicate and len(data_blocks(fake)) == 2


def test_two_requests_racing_to_claim_write_once(fake, clock):
    first, second = google_sheet(fake, clock), google_sheet(fake, clock)
    write(first, "warm-up", invoice("W-1"))
    raced = []

    def second_writes_inside_the_first_claim(call):
        if call.kind == "batchUpdate" and call.tab == "_ledger" and not raced:
            raced.append(None)
            raced[0] = write(second, "k1")  # applied before the first claim: second is above it

    assert first.claim("k1") is None
    fake.hook = second_writes_inside_the_first_claim
    late = first.append(ROWS, entry(), timeout=30)  # its claim lands after second's commit
    fake.hook = lambda call: None
    assert raced[0].rows_written == 2
    assert late.duplicate and late.sheet_range == raced[0].sheet_range and len(data_blocks(fake)) == 4


def test_a_claim_behind_a_live_claim_waits_for_it(fake, clock):
    first, second = google_sheet(fake, clock), google_sheet(fake, clock)
    write(first, "warm-up", invoice("W-1"))
    assert first.claim("k1") is None and second.claim("k1") is None  # both pass the check, both extract
    refused = []

    def second_claims_while_first_writes(call):
        if call.kind == "batchUpdate" and call.tab == "Sheet1" and not refused:
            refused.append(None)
            with pytest.raises(SheetWriteInProgress) as waiting:
                second.append(ROWS, entry(), timeout=30)
            refused[0] = waiting.value

    fake.hook = second_claims_while_first_writes
    assert first.append(ROWS, entry(), timeout=30).rows_written == 2
    fake.hook = lambda call: None
    assert refused[0].retry_after > 0
    assert write(second).duplicate and len(data_blocks(fake)) == 4


def test_the_same_invoice_as_two_pdfs_is_one_write_and_one_duplicate(fake, clock):
    write(google_sheet(fake, clock), "warm-up", invoice("W-1"))
    fake.calls.clear()
    first = write(google_sheet(fake, clock), "pdf-1")
    writes_first = fake.writes()
    second = write(google_sheet(fake, clock), "pdf-2", list(reversed(ROWS)))  # re-exported: other bytes
    assert (first.rows_written, second.duplicate, second.sheet_range) == (2, True, first.sheet_range)
    assert writes_first == 2 and fake.writes() == 2 and len(data_blocks(fake)) == 4


def test_the_same_invoice_as_two_pdfs_at_once_is_written_once(fake, clock):
    first, second = google_sheet(fake, clock), google_sheet(fake, clock)
    assert first.claim("pdf-1") is None and second.claim("pdf-2") is None  # both extract at once
    raced = []

    def second_claims_while_first_writes(call):
        if call.kind == "batchUpdate" and call.tab == "Sheet1" and not raced:
            raced.append(None)
            with pytest.raises(SheetWriteInProgress):  # same content, another PDF: a live claim holds it
                second.append(ROWS, entry("pdf-2"), 30)

    fake.hook = second_claims_while_first_writes
    assert first.append(ROWS, entry("pdf-1"), timeout=30).rows_written == 2
    fake.hook = lambda call: None
    clock.advance(5)
    assert write(second, "pdf-2").duplicate and len(data_blocks(fake)) == 2


def test_same_number_with_other_lines_is_written_and_names_the_earlier_range(fake, clock):
    write(google_sheet(fake, clock), "pdf-1")
    other = write(google_sheet(fake, clock), "pdf-2", ROWS[:1])
    assert other.rows_written == 1 and other.earlier == ("Sheet1!B1:G2",)


def test_a_claim_whose_answer_was_lost_lands_twice_and_counts_once(fake, clock):
    write(google_sheet(fake, clock), "warm-up", invoice("W-1"))
    faults = iter(["lost"])
    fake.fault = lambda call: next(faults, None) if call.kind == "batchUpdate" and call.tab == "_ledger" else None
    assert write(google_sheet(fake, clock)).rows_written == 2
    assert ledger_states(fake, "k1") == ["pending", "pending", "written"]
    clock.advance(5)
    assert write(google_sheet(fake, clock)).duplicate


def test_the_claim_never_outlasts_the_time_it_is_given(fake, clock):
    fake.fault = lambda call: "503"
    with pytest.raises(SheetWriteFailed) as failed:
        google_sheet(fake, clock).claim("k1", timeout=3)
    assert failed.value.retryable and clock.t <= 3


def test_a_year_tab_is_made_when_the_year_starts(clock):
    with served(tabs=("Receiving 2024",)) as fake:
        sheet = google_sheet(fake, clock, sheet_name="Receiving {year}")
        result = write(sheet)
        assert result.sheet_range == "'Receiving 2025'!B2:G3"  # under the header of the new tab
        assert fake.rows("Receiving 2025")[0][1:3] == ["Order date", "Vendor"]
        assert fake.rows("Receiving 2025")[1][2:4] == ["Acme", "A-1"]


def test_a_spreadsheet_near_its_cell_limit_is_an_anomaly_long_before_writes_fail(clock, caplog):
    from invoice_processing.sheets.tabs import GridCheck

    with served(grid_rows=1, cell_limit=4000) as fake:
        sheet = google_sheet(fake, clock, grid=GridCheck(limit=4000))
        warned_at, failed = None, None
        with caplog.at_level(logging.ERROR):
            for n in range(20):
                try:
                    write(sheet, f"k{n}", invoice(f"A-{n}", lines=10))
                except SheetWriteFailed as error:
                    failed = (n, error)
                    break
                events = [getattr(r, "json_fields", {}).get("event") for r in caplog.records]
                warned_at = n if warned_at is None and "sheet_grid_near_limit" in events else warned_at
        assert warned_at is not None and failed is not None and failed[0] - warned_at >= 2
        assert "10 million cells" in failed[1].message and failed[1].retryable
        assert len(data_blocks(fake)) == 10 * failed[0]  # nothing half-written


def test_the_claim_answer_does_not_grow_with_the_ledger(clock):
    sizes = {}
    for invoices in (100, 1500):
        with served() as fake:
            fake.seed_ledger(invoices, clock.now() - 3600)
            sheet, other = google_sheet(fake, clock), google_sheet(fake, clock)
            write(sheet, "warm-up", invoice("W-1"))  # the cold read, once
            write(other, "other", invoice("O-1"))  # another instance appends meanwhile
            fake.calls.clear()
            fake.sizes.clear()
            write(sheet, "k1")
            sizes[invoices] = {c.kind + ":" + c.tab: size for c, size in zip(fake.calls, fake.sizes, strict=True)}
    assert sizes[100].keys() == sizes[1500].keys()
    assert all(abs(sizes[100][k] - sizes[1500][k]) < 20 for k in sizes[100])  # only row numbers' digits differ
    assert sizes[1500]["batchUpdate:_ledger"] < 50_000


def test_compaction_while_traffic_flows_keeps_every_invoice_recognised(clock):
    with served() as fake:
        fake.seed_ledger(2100, clock.now() - 10 * 86_400)  # 4,200 rows, ten days old
        early = google_sheet(fake, clock)
        assert early.claim("0" * 63 + "5").invoice_number == "INV-5"  # read whole, positions remembered
        compactor = google_sheet(fake, clock)
        assert write(compactor, "k-new", invoice("N-1")).rows_written == 2
        assert len(fake.rows("_ledger")) == 3 and len(fake.rows("_ledger_archive")) == 2101
        assert "_ledger_gen_1" in fake.tabs
        fake.calls.clear()
        assert write(early, f"{7:064x}").duplicate and fake.calls == []  # known before, still known
        assert write(early, "k-two", invoice("N-2")).rows_written == 2  # its rows moved up: it reads again
        cold = google_sheet(fake, clock)
        assert write(cold, f"{9:064x}").sheet_range == "Sheet1!B29:G31"  # archived: still a duplicate
        assert write(cold, "k-new-copy", invoice("N-1")).duplicate  # by content, from the ledger
        assert write(cold, "k-old-copy", [["01/17/2025", "Acme", "INV-3", "x", "1", 1]]).earlier \
            == ("Sheet1!B11:G13",)  # the archive keeps what the same-number check needs


def test_two_compactions_from_the_same_generation_cannot_both_apply(clock):
    with served() as fake:
        fake.seed_ledger(2100, clock.now() - 10 * 86_400)
        first, second = google_sheet(fake, clock), google_sheet(fake, clock)
        first.claim("x")
        second.claim("y")  # both read the whole ledger at generation 0
        write(first, "k-1", invoice("N-1"))
        rows_after_first = len(fake.rows("_ledger"))
        write(second, "k-2", invoice("N-2"))
        assert len(fake.rows("_ledger_archive")) == 2101  # nothing summarised twice, nothing lost
        assert len(fake.rows("_ledger")) == rows_after_first + 2
