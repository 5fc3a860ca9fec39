"""The Google Sheets writer against the ``responses`` fake of the Sheets v4 REST API."""

from __future__ import annotations

import pytest
import requests

from invoice_processing.errors import SheetWriteFailed, SheetWriteInProgress
from invoice_processing.models import WriteResult
from invoice_processing.sheets.writer import LedgerEntry
from test_scripts.fakes.sheets import FakeClock, google_sheet, served

ROWS = [["01/17/2025", "Acme", "A-1", "HT-1 - Brass Hook", "4.995", 2], ["01/17/2025", "Acme", "A-1", "Y", "3.00", 1]]


def entry(key: str = "k1", rows=ROWS) -> LedgerEntry:
    return LedgerEntry(key, "A-1", "Acme", "01/17/2025", len(rows))


def write(sheet, key: str = "k1", rows=ROWS, timeout: float = 30.0):
    """One request as the pipeline makes it: find before extraction, then append."""
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


def lost_then_unreachable():
    """A fault script: the first data append lands but its answer is lost, then nothing
    reaches Sheets any more (the instance that made it gives up or dies)."""
    state = {"lost": False}

    def fault(call):
        if call.kind == "append" and call.tab == "Sheet1" and not state["lost"]:
            state["lost"] = True
            return "lost"
        return "connect" if state["lost"] else None

    return fault


def test_one_append_to_b_to_g_user_entered_insert_rows(fake, clock):
    result = google_sheet(fake, clock).append(ROWS, entry(), timeout=30)
    assert (result.sheet_range, result.rows_written) == ("Sheet1!B1:G2", 2)
    assert not result.duplicate and result.range_ok
    appends = [c for c in fake.calls if c.kind == "append" and c.tab == "Sheet1"]
    assert len(appends) == 1 and appends[0].a1 == "'Sheet1'!B:G"
    assert [row[0] for row in fake.rows("Sheet1")] == ["", ""]  # column A is never written
    assert data_blocks(fake)[0] == ("01/17/2025", "Acme", "A-1", "HT-1 - Brass Hook", "4.995", "2")


def test_invoice_costs_one_append_and_one_ledger_round_trip(fake, clock):
    sheet = google_sheet(fake, clock)
    write(sheet, "warm-up")  # creates the ledger tab once per spreadsheet
    fake.calls.clear()
    write(sheet, "k1", [[*r[:2], "B-2", *r[3:]] for r in ROWS])
    # out: the claim, which reads the ledger back in the same request; back: the commit
    assert [(c.kind, c.tab) for c in fake.calls] == [
        ("batchUpdate", "_ledger"), ("append", "Sheet1"), ("batchUpdateValues", "_ledger")]
    fake.calls.clear()
    clock.advance(600)
    replay = write(sheet, "k1")
    assert replay.duplicate and replay.sheet_range == "Sheet1!B3:G4"
    assert [(c.kind, c.tab) for c in fake.calls] == [("batchUpdate", "_ledger")]  # nothing extracted or written


def test_the_first_invoice_creates_the_ledger_then_claims(fake, clock):
    write(google_sheet(fake, clock))
    # refused claim, look up the tab, create it, claim, append, commit
    assert [c.kind for c in fake.calls] == ["batchUpdate", "spreadsheet", "batchUpdate", "batchUpdate", "append",
                                            "batchUpdateValues"]
    fake.calls.clear()
    write(google_sheet(fake, clock), "k2")  # another instance: the tab's id is the derived one, no lookup
    assert [c.kind for c in fake.calls] == ["batchUpdate", "append", "batchUpdateValues"]


def test_a_ledger_tab_made_by_hand_is_found_by_its_title(clock):
    with served(tabs=("Sheet1", "_ledger")) as fake:  # ids 0 and 1, not the derived id
        write(google_sheet(fake, clock))
        assert fake.rows("_ledger")[-1][:2] == ["k1", "written"] and "_ledger" not in str(fake.formulas)
        assert [c.kind for c in fake.calls] == ["batchUpdate", "spreadsheet", "batchUpdate", "append",
                                                "batchUpdateValues"]


def test_ledger_tab_is_created_hidden_with_a_header(fake, clock):
    write(google_sheet(fake, clock))
    ledger = next(s["properties"] for s in fake.metadata()["sheets"] if s["properties"]["title"] == "_ledger")
    assert ledger["hidden"] is True
    header, row = fake.rows("_ledger")
    assert header[:3] == ["key", "state", "claim_id"] and row[:2] == ["k1", "written"] and row[8] == "Sheet1!B1:G2"


def test_429_then_success_backs_off_without_really_sleeping(fake, clock):
    faults = iter(["429", "429"])
    fake.fault = lambda call: next(faults, None) if call.tab == "Sheet1" else None
    result = write(google_sheet(fake, clock))
    assert result.rows_written == 2 and len(data_blocks(fake)) == 2
    assert len(clock.slept) == 2 and all(0 <= s <= 8 for s in clock.slept)
    assert fake.count("append", "Sheet1") == 3 and fake.count("get", "Sheet1") == 0  # 429 wrote nothing: no search


def test_persistent_500_is_a_retryable_503_within_the_deadline(fake, clock):
    fake.fault = lambda call: "500" if call.tab == "Sheet1" else None
    sheet = google_sheet(fake, clock)
    with pytest.raises(SheetWriteFailed) as failed:
        write(sheet, timeout=20)
    assert failed.value.status == 503 and failed.value.retryable and failed.value.retry_after > 0
    assert clock.t <= 20 and data_blocks(fake) == []
    assert "500" in failed.value.detail and "injected" not in failed.value.message


def test_persistent_429_frees_the_key_at_once(fake, clock):
    fake.fault = lambda call: "429" if call.kind == "append" and call.tab == "Sheet1" else None
    sheet = google_sheet(fake, clock)
    with pytest.raises(SheetWriteFailed):
        write(sheet, timeout=10)
    assert fake.rows("_ledger")[1][1] == "abandoned"  # 429 is a refusal: nothing can have landed
    fake.fault = lambda call: None
    assert write(sheet).rows_written == 2  # the replay writes at once, no waiting for staleness


def test_each_call_gets_a_timeout_derived_from_the_deadline(clock):
    seen = []
    with served() as fake:
        fake.hook = lambda call: seen.append(call)
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
    assert timeouts and all(t[1] <= 7.5 and t[0] <= 5 for t in timeouts)


def test_a_timeout_that_never_reached_sheets_is_retried(fake, clock):
    faults = iter(["connect", "timeout"])
    fake.fault = lambda call: next(faults, None) if call.tab == "Sheet1" else None
    assert write(google_sheet(fake, clock)).rows_written == 2
    assert len(data_blocks(fake)) == 2


def test_a_write_whose_response_was_lost_is_found_not_repeated(fake, clock):
    faults = iter(["lost"])
    fake.fault = lambda call: next(faults, None) if call.kind == "append" and call.tab == "Sheet1" else None
    result = write(google_sheet(fake, clock))
    assert (result.rows_written, result.duplicate, result.sheet_range) == (2, False, "'Sheet1'!B1:G2")
    assert len(data_blocks(fake)) == 2 and fake.rows("_ledger")[1][1] == "written"


def test_lost_response_then_the_instance_dies_the_replay_reconciles(fake, clock):
    fake.fault = lost_then_unreachable()
    with pytest.raises(SheetWriteFailed):
        write(google_sheet(fake, clock), timeout=15)
    assert fake.rows("_ledger")[1][1] == "pending"  # nobody could say whether it landed
    fake.fault = lambda call: None
    clock.advance(30)
    with pytest.raises(SheetWriteInProgress) as early:  # too soon: the first attempt may be alive
        write(google_sheet(fake, clock))
    assert early.value.retryable and early.value.retry_after >= 30
    clock.advance(600)
    replay = write(google_sheet(fake, clock))  # another instance, after the first one's deadline
    assert replay.duplicate and replay.rows_written == 0 and replay.sheet_range == "'Sheet1'!B1:G2"
    assert len(data_blocks(fake)) == 2


def test_a_replay_while_the_first_attempt_is_writing_is_told_to_retry(fake, clock):
    first, second = google_sheet(fake, clock), google_sheet(fake, clock)
    answers = []

    def during_first_append(call):
        if call.kind == "append" and call.tab == "Sheet1" and not answers:
            try:
                write(second)
            except SheetWriteInProgress as exc:
                answers.append(exc)

    fake.hook = during_first_append
    assert write(first).rows_written == 2
    assert len(answers) == 1 and answers[0].status == 503
    fake.hook = lambda call: None
    assert write(second).duplicate and len(data_blocks(fake)) == 2


def test_two_requests_racing_to_claim_write_once(fake, clock):
    first, second = google_sheet(fake, clock), google_sheet(fake, clock)
    write(first, "warm-up")
    raced = []

    def second_claims_inside_the_first_claim(call):
        if call.kind == "batchUpdate" and not raced:
            raced.append("claiming")
            raced[0] = second.claim("k1")  # applied before the first claim: second is above it

    fake.hook = second_claims_inside_the_first_claim
    with pytest.raises(SheetWriteInProgress) as refused:
        first.claim("k1")
    fake.hook = lambda call: None
    assert raced == [None] and refused.value.retry_after > 0
    assert second.append(ROWS, entry(), timeout=30).rows_written == 2  # the winner writes
    late = write(first)  # the loser's replay
    assert late.duplicate and late.rows_written == 0 and late.sheet_range == "Sheet1!B3:G4"
    assert len(data_blocks(fake)) == 4
    states = [row[1] for row in fake.rows("_ledger")[1:] if row[0] == "k1"]
    assert states == ["written", "abandoned", "pending"]  # winner, refused loser, the replay's claim


def test_a_failed_extraction_gives_its_claim_back(fake, clock):
    sheet = google_sheet(fake, clock)
    assert sheet.claim("k1") is None
    sheet.release("k1")  # what the pipeline does when extraction fails
    assert [row[1] for row in fake.rows("_ledger")[1:]] == ["abandoned"]
    assert write(google_sheet(fake, clock)).rows_written == 2  # a replay at once writes, no 503


def test_rows_that_land_outside_b_to_g_are_flagged_and_not_rewritten(fake, clock, caplog):
    fake.misalign = "A"  # Sheets found a "table" starting in column A
    result = write(google_sheet(fake, clock))
    assert not result.range_ok and result.sheet_range == "Sheet1!A1:F2"
    assert any(getattr(r, "json_fields", {}).get("event") == "sheet_range_unexpected" for r in caplog.records)
    assert write(google_sheet(fake, clock)).duplicate


def test_same_rows_from_another_pdf_are_not_mistaken_for_a_lost_write(fake, clock):
    sheet = google_sheet(fake, clock)
    write(sheet, "first-pdf")
    clock.advance(5)
    faults = iter(["timeout"])  # not applied, yet it looks exactly like a lost answer
    fake.fault = lambda call: next(faults, None) if call.kind == "append" and call.tab == "Sheet1" else None
    result = write(sheet, "second-pdf")
    assert result.sheet_range in ("'Sheet1'!B3:G4", "Sheet1!B3:G4") and result.rows_written == 2
    assert len(data_blocks(fake)) == 4


def test_request_urls_quote_the_tab_and_carry_the_options(clock):
    with served(tabs=("Receiving 2025",)) as fake:
        sheet = google_sheet(fake, clock, sheet_name="Receiving 2025")
        urls = []
        fake.hook = lambda call: urls.append(call)
        write(sheet)
    data = [c for c in urls if c.tab == "Receiving 2025"]
    assert data[0].a1 == "'Receiving 2025'!B:G"
    assert fake.rows("Receiving 2025")[0][1:3] == ["01/17/2025", "Acme"]


def test_query_options_of_the_data_append():
    captured = {}
    clock = FakeClock()
    with served() as fake:
        original = fake._apply

        def capture(call, query, body):
            if call.kind == "append" and call.tab == "Sheet1":
                captured.update(query=query, body=body)
            return original(call, query, body)

        fake._apply = capture
        google_sheet(fake, clock).append(ROWS, entry(), timeout=30)
    assert captured["query"]["valueInputOption"] == "USER_ENTERED"
    assert captured["query"]["insertDataOption"] == "INSERT_ROWS"
    marked = [[r[0], *("'" + c for c in r[1:4]), *r[4:]] for r in ROWS]  # text cells always marked as text
    assert captured["body"] == {"majorDimension": "ROWS", "values": marked}


def test_text_that_looks_like_a_number_or_date_stays_text(fake, clock):
    rows = [["01/17/2025", "Acme", "00123", "1-2", "4.995", 2], ["01/17/2025", "Acme", "00123", "'=cmd", "1", 1]]
    write(google_sheet(fake, clock), rows=rows)
    assert data_blocks(fake) == [("01/17/2025", "Acme", "00123", "1-2", "4.995", "2"),
                                 ("01/17/2025", "Acme", "00123", "=cmd", "1", "1")]
    cells = fake.tabs["Sheet1"].grid[0]
    assert [cell[0] for cell in cells[1:7]] == ["text", "text", "text", "text", "number", "number"]


def test_a_claim_whose_answer_was_lost_lands_twice_and_both_rows_are_settled(fake, clock):
    write(google_sheet(fake, clock), "warm-up")
    faults = iter(["lost"])  # the claim is applied, its answer lost; the retry claims again
    fake.fault = lambda call: next(faults, None) if call.kind == "batchUpdate" else None
    assert write(google_sheet(fake, clock)).rows_written == 2
    rows = [row for row in fake.rows("_ledger")[1:] if row[0] == "k1"]
    assert len(rows) == 2 and rows[0][2] == rows[1][2]  # one claim id, two rows
    assert [row[1] for row in rows] == ["written", "written"]  # nothing left pending to block a replay
    clock.advance(5)
    assert write(google_sheet(fake, clock)).duplicate


def test_the_claim_never_outlasts_the_time_it_is_given(fake, clock):
    fake.fault = lambda call: "503"  # Sheets down: the claim retries with backoff until time is up
    with pytest.raises(SheetWriteFailed) as failed:
        google_sheet(fake, clock).claim("k1", timeout=3)
    assert failed.value.retryable and clock.t <= 3


def test_a_copy_written_from_another_pdf_while_we_extracted_is_not_taken_for_our_rows(fake, clock):
    first, other = google_sheet(fake, clock), google_sheet(fake, clock)
    assert first.claim("pdf-a") is None  # A claims, then extracts for a while...
    clock.advance(20)
    assert write(other, "pdf-b").rows_written == 2  # ...while B, the same invoice in another PDF, is written
    faults = iter(["timeout"])  # A's append never reached Sheets, yet looks like a lost answer
    fake.fault = lambda call: next(faults, None) if call.kind == "append" and call.tab == "Sheet1" else None
    mine = first.append(ROWS, entry("pdf-a"), timeout=30)
    assert mine.rows_written == 2 and mine.sheet_range.endswith("B3:G4")  # written, not B's B1:G2
    assert len(data_blocks(fake)) == 4


def test_the_search_reads_from_the_last_row_when_the_grid_has_no_empty_rows(clock):
    with served(grid_rows=0) as fake:  # every grid row holds data: a range below them is a 400
        sheet = google_sheet(fake, clock)
        write(sheet, "k1")
        clock.advance(1)  # k2's claim comes after k1's commit: the search starts at k1's last row
        faults = iter(["timeout"])
        fake.fault = lambda call: next(faults, None) if call.kind == "append" and call.tab == "Sheet1" else None
        result = write(sheet, "k2", [[*r[:2], "B-2", *r[3:]] for r in ROWS])
        assert result.rows_written == 2 and len(data_blocks(fake)) == 4


def test_a_failed_search_gives_the_claim_back(fake, clock):
    fake.fault = lost_then_unreachable()
    with pytest.raises(SheetWriteFailed):
        write(google_sheet(fake, clock), timeout=15)  # landed, unconfirmed, then the instance gave up
    clock.advance(600)
    fake.fault = lambda call: "500" if call.kind == "batchGet" else None  # the replay cannot search
    with pytest.raises(SheetWriteFailed):
        write(google_sheet(fake, clock), timeout=15)
    assert [row[1] for row in fake.rows("_ledger")[1:]] == ["pending", "abandoned"]  # the replay's claim freed
    fake.fault = lambda call: None
    assert write(google_sheet(fake, clock)).duplicate and len(data_blocks(fake)) == 2


def test_claims_pushed_out_of_an_instance_are_given_back(fake, clock, monkeypatch):
    monkeypatch.setattr("invoice_processing.sheets.google_sheet.MAX_LIVE_CLAIMS", 1)
    sheet = google_sheet(fake, clock)
    assert sheet.claim("k1") is None and sheet.claim("k2") is None  # k1's claim no longer fits
    assert [row[:2] for row in fake.rows("_ledger")[1:]] == [["k1", "abandoned"], ["k2", "pending"]]
