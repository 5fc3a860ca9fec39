"""What one instance knows of the ledger: every row it has read, indexed for the questions a
request asks (is this PDF written? this content? this invoice number? is a claim live?).

The ledger is append-only, so the index only ever grows by the rows after ``last_row``; a
request reads the tail (``A<last_row>:L``: the last known row again, then the new ones) and
the first returned row must be the one remembered there. When it is not (older rows were
summarised away and the rest moved up), ``ShiftedLedger`` asks for one full read of the now
short tab; rows seen before keep their place in ledger order (``seq``), which is what the rule
compares, never row numbers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from invoice_processing.sheets import ledger
from invoice_processing.sheets.a1 import parse_range
from invoice_processing.sheets.content import invoice_id
from invoice_processing.sheets.ledger import LedgerRow

_HEADER_ID = ("header", "", "", "")


class ShiftedLedger(Exception):
    """The rows read are not where this instance expects them: read the whole tab again."""


class LedgerIndex:
    def __init__(self) -> None:
        self.rows: list[LedgerRow] = []  # the ledger tab's rows (without the header), in order
        self.last_row = 0  # the last row number read (0: nothing read yet; 1: the header only)
        self._last_identity: tuple[str, str, str, str] = _HEADER_ID
        self._seq = 0
        self._seen: dict[tuple[str, str, str, str], int] = {}  # identity -> seq, for rows in the tab
        self.commits: dict[str, LedgerRow] = {}  # key -> its first commit (archived ones included)
        self.by_content: dict[str, LedgerRow] = {}  # content fingerprint -> first commit
        self.by_invoice: dict[str, list[LedgerRow]] = {}  # vendor + number -> commits
        self._claims: dict[str, list[LedgerRow]] = {}  # key or content -> effective claims
        self._committed: set[str] = set()  # claim ids with a commit in the tab
        self.data_end: dict[str, int] = {}  # data tab -> last data row a commit reports

    # -- reading ----------------------------------------------------------------------------
    def add_archive(self, values: Iterable[Sequence[object]]) -> None:
        for cells in values:
            row = LedgerRow.from_archive(cells)
            if row is not None:
                self._commit(self._numbered(row))

    def add_tail(self, first_row: int, values: Sequence[Sequence[object]]) -> None:
        """Rows read from ``first_row`` on (at most the last known row, so that row is read
        again and must be the one remembered there)."""
        if first_row > max(self.last_row, 1) or (self.last_row and first_row + len(values) <= self.last_row):
            raise ShiftedLedger(f"rows {first_row}.. do not reach the last known row {self.last_row}")
        for offset, cells in enumerate(values):
            number = first_row + offset
            parsed = LedgerRow.from_cells(number, cells)
            identity = parsed.identity if parsed else _HEADER_ID if number == 1 else ("blank", "", "", str(number))
            if number < self.last_row:
                continue
            if number == self.last_row:
                if identity != self._last_identity:
                    raise ShiftedLedger(f"row {number} is not the row read there before")
                continue
            self.last_row, self._last_identity = number, identity
            if parsed is not None:
                self._add(parsed)

    def restart(self) -> None:
        """Before a full read of a tab whose rows moved: forget positions, keep what is known."""
        self.rows, self.last_row, self._last_identity = [], 0, _HEADER_ID

    def forget_gone(self) -> None:
        """After a full read: rows no longer in the tab (summarised into the archive) will not come
        back, so their identities need not be kept."""
        self._seen = {r.identity: r.seq for r in self.rows}
        self._committed = {r.claim_id for r in self.rows if r.state == ledger.WRITTEN}

    def _add(self, row: LedgerRow) -> None:
        known = self._seen.get(row.identity)
        if known is not None:  # seen before the rows moved, or a claim that landed twice
            self.rows.append(replace(row, seq=known))
            return
        row = self._numbered(row)
        self._seen[row.identity] = row.seq
        self.rows.append(row)
        if row.state == ledger.PENDING:
            self._claim(row)
        elif row.state == ledger.WRITTEN:
            self._commit(row)
        elif row.state == ledger.RANGE:
            self._correct(row)

    def remember(self, commit: LedgerRow) -> None:
        """A commit this instance just wrote, known before any read brings its row back."""
        commit = self._numbered(commit)
        self._seen[commit.identity] = commit.seq
        self._commit(commit)

    def _numbered(self, row: LedgerRow) -> LedgerRow:
        self._seq += 1
        return replace(row, seq=self._seq)

    def _claim(self, row: LedgerRow) -> None:
        made_at = ledger.parse_stamp(row.claimed_at) or 0.0
        if self.judge(row, made_at).outcome is ledger.ClaimOutcome.NEW:  # a claim that lost never counts
            for name in filter(None, (row.key, row.content)):
                alive = [c for c in self._claims.get(name, []) if c.dead_at() > made_at]
                self._claims[name] = [*alive, row]

    def _commit(self, row: LedgerRow) -> None:
        if row.claim_id:
            self._committed.add(row.claim_id)
        self.commits.setdefault(row.key, row)
        if row.content:
            self.by_content.setdefault(row.content, row)
        same = self.by_invoice.setdefault(invoice_id(row.vendor, row.invoice_number), [])
        if not any(c.key == row.key and c.claim_id == row.claim_id for c in same):
            same.append(row)
        self._note_end(row.sheet_range)
        for name in filter(None, (row.key, row.content)):  # claims of a written invoice are over
            self._claims.pop(name, None)

    def _note_end(self, sheet_range: str) -> None:
        parsed = parse_range(sheet_range)
        if parsed:
            self.data_end[parsed[0]] = max(self.data_end.get(parsed[0], 0), parsed[4])

    def correct(self, fix: LedgerRow) -> None:
        """Apply a ``range`` row this instance is about to append (it knows it first)."""
        self._correct(fix)

    def _correct(self, fix: LedgerRow) -> None:
        commit = self.commits.get(fix.key)
        if commit is None or commit.claim_id != fix.claim_id:
            return
        fixed = replace(commit, sheet_range=fix.sheet_range)
        self.commits[fix.key] = fixed
        if commit.content and self.by_content.get(commit.content) is commit:
            self.by_content[commit.content] = fixed
        same = self.by_invoice.get(invoice_id(commit.vendor, commit.invoice_number), [])
        same[:] = [fixed if c is commit else c for c in same]
        self._note_end(fix.sheet_range)

    # -- questions --------------------------------------------------------------------------
    def written(self, key: str = "", content: str = "") -> LedgerRow | None:
        return self.commits.get(key) or (self.by_content.get(content) if content else None)

    def own(self, claim_id: str) -> LedgerRow | None:
        """The first row of a claim (a retried claim whose first answer was lost lands twice)."""
        found = None
        for row in reversed(self.rows):  # ours are near the end
            if row.claim_id == claim_id and row.state == ledger.PENDING:
                found = row
        return found

    def judge(self, claim: LedgerRow, now: float) -> ledger.Judgement:
        names = [n for n in (claim.key, claim.content) if n]
        commits = [c for c in (self.commits.get(claim.key), self.by_content.get(claim.content)) if c is not None]
        claims = [c for n in names for c in self._claims.get(n, [])]
        return ledger.judge(claim, commits, claims, now)

    def is_committed(self, claim_id: str) -> bool:
        return claim_id in self._committed

    def live_claim(self, key: str, now: float) -> int:
        """Seconds until the live claim on ``key`` (if any) can no longer write; 0 when none."""
        live = [c.dead_at() - now for c in self._claims.get(key, []) if c.dead_at() > now]
        return int(max(live)) + 1 if live else 0

    def rows_ahead(self, claim: LedgerRow, now: float) -> int:
        """Data rows that live claims made before ``claim`` are about to write (they will most
        likely land first)."""
        ahead = 0
        for row in reversed(self.rows):
            if row.seq < claim.seq and row.state == ledger.PENDING and row.claim_id not in self._committed \
                    and row.dead_at() > now:
                ahead += row.rows
            if row.seq < claim.seq and row.dead_at() < now - ledger.LEGACY_LEASE_SECONDS:
                break  # older claims are long over
        return ahead

    def same_invoice(self, vendor: str, invoice_number: str, content: str) -> list[LedgerRow]:
        """Commits of the same vendor and number with other lines (the earlier invoice to review)."""
        return [c for c in self.by_invoice.get(invoice_id(vendor, invoice_number), []) if c.content != content]
