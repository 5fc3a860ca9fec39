"""The sheet writers' one interface: ``claim`` → ``append(rows, entry) -> WriteResult`` or ``release``.

``csv_sheet.CsvSheet`` is the embedded default (a local CSV file); ``google_sheet.GoogleSheet``
writes a Google Sheet. Both take all rows of one invoice in one call, and both answer
``duplicate`` for the same PDF and for the same invoice content (vendor, number, lines) in
another PDF.
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
    content: str = ""  # fingerprint of vendor, number and lines (sheets.content)


class SheetWriter(Protocol):
    """``claim`` before extraction, and cheap: the entry when this PDF is already written; else
    ``None``, having checked that the invoice can be written now (no live attempt on the same
    PDF, write quota held for it: otherwise a retryable error, before any extraction money is
    spent). Then ``append`` (which still answers ``duplicate`` for the same content from another
    PDF) or, when extraction fails, ``release``."""

    def claim(self, key: str, timeout: float = ...) -> LedgerEntry | None: ...

    def release(self, key: str) -> None: ...

    def append(self, rows: Sequence[Sequence[str | int]], entry: LedgerEntry, timeout: float) -> WriteResult: ...
