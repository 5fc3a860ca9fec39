"""The embedded default's sheet: a CSV file whose columns are the sheet's B..G, plus a ledger
file that makes writes idempotent: one PDF is written once, and so is one invoice's content
(vendor, number, lines) arriving in another PDF. Same vendor and number with other lines is
written and the earlier range is named, as the Google sheet does.
"""

from __future__ import annotations

import csv
import fcntl
import io
import json
import os
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Any

from invoice_processing.errors import SheetWriteFailed
from invoice_processing.models import WriteResult
from invoice_processing.sheets.content import fingerprint, invoice_id
from invoice_processing.sheets.rows import COLUMNS
from invoice_processing.sheets.writer import LedgerEntry


class CsvSheet:
    """Local sheet: ``path`` holds the rows, ``path + '.ledger.jsonl'`` the written keys.

    Every append holds an exclusive file lock, so threads and worker processes serialise.
    A write records its intent (key and the CSV size before it) in the ledger first; an
    intent without a matching ``done`` means a crash mid-write, and the CSV is cut back to
    that size before anything else is written: no half invoice survives.
    """

    def __init__(self, path: str | os.PathLike[str], tab: str = "local"):
        self.path = Path(path)
        self.ledger = Path(f"{self.path}.ledger.jsonl")
        self.tab = tab
        self._reset(None)

    @contextmanager
    def _locked(self) -> Iterator[None]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(f"{self.path}.lock", "a+") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def _refresh(self) -> None:
        """Read the ledger records written since the last look (by any process), under the lock.

        Only the new tail of the file is parsed, so a write costs the same after 10,000
        invoices as after ten; a replaced or truncated ledger is read again from the start.
        """
        if not self.ledger.exists():
            self._reset(None)
            return
        stat = self.ledger.stat()
        if stat.st_ino != self._ledger_id or stat.st_size < self._offset:
            self._reset(stat.st_ino)
        with open(self.ledger, "rb") as handle:
            handle.seek(self._offset)
            chunk = handle.read()
        complete = chunk.rfind(b"\n") + 1
        self._offset += complete
        for raw in chunk[:complete].decode("utf-8").splitlines():
            if raw.strip():
                self._apply(json.loads(raw))

    def _reset(self, ledger_id: int | None) -> None:
        self._ledger_id, self._offset = ledger_id, 0
        self._done: dict[str, LedgerEntry] = {}
        self._by_content: dict[str, LedgerEntry] = {}
        self._by_invoice: dict[str, list[LedgerEntry]] = {}
        self._pending: dict[str, Any] | None = None
        self._next_row: int | None = None

    def _apply(self, record: dict[str, Any]) -> None:
        state = record.pop("state", "done")
        next_row = record.pop("next_row", None)
        if state == "intent":
            self._pending = record
            return
        if state == "done":
            entry = LedgerEntry(**record)
            self._done.setdefault(entry.key, entry)
            if entry.content:
                self._by_content.setdefault(entry.content, entry)
            self._by_invoice.setdefault(invoice_id(entry.vendor, entry.invoice_number), []).append(entry)
            self._next_row = next_row
        if self._pending and self._pending["key"] == record["key"]:
            self._pending = None  # finished (done) or undone (rolled_back)

    def claim(self, key: str, timeout: float = 0) -> LedgerEntry | None:
        """The entry when ``key`` is written. Nothing to hold: ``append`` decides under the
        file lock, which serialises every writer of this file."""
        with self._locked():
            self._refresh()
            return self._done.get(key)

    find = claim

    def release(self, key: str) -> None:
        """Nothing was held (see ``claim``)."""

    def rows(self) -> list[list[str]]:
        """All data rows (without the header), as text."""
        if not self.path.exists():
            return []
        with open(self.path, newline="", encoding="utf-8") as handle:
            return list(csv.reader(handle))[1:]

    def append(self, rows: Sequence[Sequence[str | int]], entry: LedgerEntry, timeout: float = 0) -> WriteResult:
        try:
            with self._locked():
                return self._append_locked(rows, entry)
        except OSError as exc:
            raise SheetWriteFailed(detail=f"csv sheet: {type(exc).__name__}") from None

    def _append_locked(self, rows: Sequence[Sequence[str | int]], entry: LedgerEntry) -> WriteResult:
        self._refresh()
        content = fingerprint(rows)
        seen = self._done.get(entry.key) or self._by_content.get(content)
        if seen is not None:  # this PDF, or the same invoice in another PDF
            return WriteResult(seen.sheet_range, 0, duplicate=True)
        earlier = tuple(e.sheet_range for e in self._by_invoice.get(invoice_id(entry.vendor, entry.invoice_number), [])
                        if e.content != content)
        if self._pending is not None:
            self._roll_back(self._pending)
            self._refresh()
        fresh = not self.path.exists() or self.path.stat().st_size == 0
        size_before = 0 if fresh else self.path.stat().st_size
        first_row = 2 if fresh else self._next_row or 1 + len(self.rows()) + 1
        sheet_range = f"{self.tab}!B{first_row}:G{first_row + len(rows) - 1}"
        self._ledger_write({"state": "intent", "key": entry.key, "size": size_before})
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        if fresh:
            writer.writerow(COLUMNS)
        writer.writerows(rows)
        with open(self.path, "a", encoding="utf-8", newline="") as handle:
            handle.write(buffer.getvalue())  # one write call: the invoice lands whole
            handle.flush()
            os.fsync(handle.fileno())
        stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        record = asdict(entry) | {"sheet_range": sheet_range, "written_at": stamp, "rows": len(rows),
                                  "content": content}
        self._ledger_write(record | {"state": "done", "next_row": first_row + len(rows)})
        return WriteResult(sheet_range, len(rows), duplicate=False, earlier=earlier)

    def _roll_back(self, pending: dict[str, Any]) -> None:
        if self.path.exists() and self.path.stat().st_size > pending["size"]:
            with open(self.path, "r+b") as handle:
                handle.truncate(pending["size"])
        self._ledger_write({"state": "rolled_back", "key": pending["key"]})

    def _ledger_write(self, record: dict[str, Any]) -> None:
        with open(self.ledger, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(record) + "\n")
            handle.flush()
            os.fsync(handle.fileno())
