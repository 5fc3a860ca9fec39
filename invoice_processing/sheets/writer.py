"""The sheet writers' one interface: ``claim`` → ``append(rows, entry) -> WriteResult`` or ``release``.

``csv_sheet.CsvSheet`` is the embedded default (a local CSV file); ``google_sheet.GoogleSheet``
writes a Google Sheet. Both take all rows of one invoice in one call.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from invoice_processing.models import WriteResult


@dataclass(frozen=True)
class LedgerEntry:
    """What the ledger remembers of a written invoice (enough to answer a replay)."""

    key: str
    invoice_number: str
    vendor: str
    order_date: str
    rows: int
    sheet_range: str = ""
    written_at: str = ""


class SheetWriter(Protocol):
    """``claim`` before extraction: the entry when the invoice is already written, else
    ``None`` and the key is this request's to ``append`` or, when extraction fails, to
    ``release``."""

    def claim(self, key: str, timeout: float = ...) -> LedgerEntry | None: ...

    def release(self, key: str) -> None: ...

    def append(self, rows: Sequence[Sequence[str | int]], entry: LedgerEntry, timeout: float) -> WriteResult: ...
