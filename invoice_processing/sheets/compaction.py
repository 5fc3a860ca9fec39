"""Ledger compaction that is safe while traffic flows: old, closed rows become one archive row
per written invoice, in one atomic batchUpdate, and nothing any request points at moves.

What may go: a prefix of the ledger (rows 2..K) whose rows are all closed (commits, range
corrections, claims that committed, lost, or whose lease is long over) and older than
``MIN_AGE_SECONDS``. Each commit among them is summarised into the archive tab (key, content,
invoice, range), so a replay of an archived invoice is still a duplicate. Since the ledger is
append-only, nobody points at a row by its number (requests find their claim by its id, and
instances notice rows that moved up and read the now short tab again); live claims are never
in the prefix.

Two instances never compact at once: the batch also renames the generation marker tab
(``<ledger>_gen_<n>`` → ``n + 1``, as a delete plus an add): a second batch made from the same
generation finds the new marker's name taken, and Sheets refuses it whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from invoice_processing.sheets import ledger
from invoice_processing.sheets.ledger import LedgerRow
from invoice_processing.sheets.ledger_index import LedgerIndex
from invoice_processing.sheets.tabs import TabInfo, add_tab_requests, append_cells, derived_sheet_id, text_row

LEDGER_KEEP_ROWS = 2000  # compaction starts when the ledger holds more rows than this
MIN_AGE_SECONDS = 86_400.0  # rows younger than a day stay (replays within a day read them cheaply)
MAX_ROWS_PER_BATCH = 5000  # one batch stays well under Sheets' request size


@dataclass(frozen=True)
class Plan:
    rows: int  # ledger rows 2..rows+1 go
    summaries: list[LedgerRow]  # one per invoice written among them


def plan(index: LedgerIndex, now: float) -> Plan | None:
    """The prefix to compact, or ``None`` when the ledger is short or nothing old is closed."""
    if len(index.rows) <= LEDGER_KEEP_ROWS or not index.rows or index.rows[0].row != 2:
        return None
    prefix: list[LedgerRow] = []
    for expected, row in enumerate(index.rows[:MAX_ROWS_PER_BATCH], start=2):
        stamp = ledger.parse_stamp(row.age_stamp()) or now
        if row.row != expected or now - stamp < MIN_AGE_SECONDS or not _closed(index, row, now):
            break
        prefix.append(row)
    if not prefix:
        return None
    summaries = []
    for row in prefix:
        current = index.commits.get(row.key)
        if row.state == ledger.WRITTEN and current is not None and current.claim_id == row.claim_id:
            summaries.append(current)  # with its corrected range, if one came later
    return Plan(len(prefix), summaries)


def _closed(index: LedgerIndex, row: LedgerRow, now: float) -> bool:
    if row.state != ledger.PENDING:
        return True
    return index.is_committed(row.claim_id) or row.dead_at() < now


def generation(tabs: dict[str, TabInfo], ledger_title: str) -> tuple[int, TabInfo | None]:
    """The current generation marker (its number and tab; 0 and ``None`` before the first)."""
    pattern = re.compile(re.escape(ledger_title) + r"_gen_(\d+)")
    found = [(int(m[1]), tab) for title, tab in tabs.items() if (m := pattern.fullmatch(title))]
    return max(found, key=lambda pair: pair[0], default=(0, None))


def requests(chosen: Plan, tabs: dict[str, TabInfo], ledger_title: str, archive_title: str) -> list[dict[str, Any]]:
    """One batch: next marker, archive rows (creating the archive tab if needed), delete the prefix."""
    number, marker = generation(tabs, ledger_title)
    taken = [t.sheet_id for t in tabs.values()]
    title = f"{ledger_title}_gen_{number + 1}"
    out: list[dict[str, Any]] = [{"addSheet": {"properties": {
        "sheetId": derived_sheet_id(title, taken), "title": title, "hidden": True,
        "gridProperties": {"rowCount": 1, "columnCount": 1}}}}]
    if marker is not None:
        out.append({"deleteSheet": {"sheetId": marker.sheet_id}})
    if archive_title in tabs:
        archive_id = tabs[archive_title].sheet_id
    else:
        archive_id = derived_sheet_id(archive_title, taken)
        out += add_tab_requests(archive_title, archive_id, ledger.ARCHIVE_HEADER, hidden=True)
    if chosen.summaries:
        out.append(append_cells(archive_id, [text_row(r.archive_cells()) for r in chosen.summaries]))
    out.append({"deleteDimension": {"range": {"sheetId": tabs[ledger_title].sheet_id, "dimension": "ROWS",
                                              "startIndex": 1, "endIndex": 1 + chosen.rows}}})
    return out
