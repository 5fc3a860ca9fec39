"""Quality report of an extracted invoice: what a person should check, and a score in [0, 1].

Checks, each from the invoice alone (no lookups):
- header fields missing (invoice number, date, vendor) and no product lines at all;
- a product line without a price or a quantity;
- arithmetic: qty × price differs from the printed extended amount by more than a cent (an
  extended amount at list price is accepted where the list price is known);
- Creative Co-op: Your Price is not 80% of List (true on every sample the vendor sent);
- copied rows, the historic placeholder failure: a run of ``COPIED_RUN`` or more consecutive
  lines sharing one price and quantity while the amounts printed on those same lines (extended,
  list price) disagree, i.e. the values were copied from one row. Real invoices often list many
  products at the same price and quantity (``1.60`` × ``24``), so equal values alone never count.

The score only informs: a low score never stops real rows from being written. ``needs_review``
is true whenever there is anything to check.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from itertools import groupby

from invoice_processing.models import Invoice, LineItem
from invoice_processing.vendors.catalog import CREATIVE_COOP

CENT = Decimal("0.01")
COPIED_RUN = 5
CREATIVE_COOP_SHARE = Decimal("0.8")
MAX_LINE_WARNINGS = 8  # per check; the rest are counted, so a bad invoice cannot flood the response
HEADER_PENALTY = 0.15
COPIED_PENALTY = 0.5
LINE_PENALTY_BASE, LINE_PENALTY_SHARE = 0.1, 0.4


@dataclass(frozen=True)
class QualityReport:
    score: float
    warnings: tuple[str, ...] = ()

    @property
    def needs_review(self) -> bool:
        return bool(self.warnings)


def _label(index: int, line: LineItem) -> str:
    name = line.item if len(line.item) <= 40 else line.item[:37] + "..."
    return f"line {index + 1} ({name})"


def missing_values(lines: tuple[LineItem, ...]) -> dict[int, str]:
    found: dict[int, str] = {}
    for index, line in enumerate(lines):
        if line.wholesale is None or line.wholesale <= 0:
            found[index] = f"{_label(index, line)} has no price"
        elif line.qty is None or line.qty <= 0:
            found[index] = f"{_label(index, line)} has no quantity"
    return found


def _close(a: Decimal, b: Decimal) -> bool:
    return abs(a - b) <= CENT


def arithmetic(lines: tuple[LineItem, ...]) -> dict[int, str]:
    found: dict[int, str] = {}
    for index, line in enumerate(lines):
        if line.extended is None or not line.qty or line.wholesale is None:
            continue
        expected = line.wholesale * line.qty
        at_list = line.list_price is not None and _close(line.list_price * line.qty, line.extended)
        if not _close(expected, line.extended) and not at_list:
            found[index] = (f"{_label(index, line)}: {line.qty} × {line.wholesale} = {expected.quantize(CENT)} "
                            f"but the extended amount printed is {line.extended}")
    return found


def creative_coop_pricing(invoice: Invoice) -> dict[int, str]:
    if invoice.vendor != CREATIVE_COOP:
        return {}
    found: dict[int, str] = {}
    for index, line in enumerate(invoice.line_items):
        if line.list_price is not None and not _close(line.list_price * CREATIVE_COOP_SHARE, line.wholesale):
            found[index] = f"{_label(index, line)}: Your Price {line.wholesale} is not 80% of List {line.list_price}"
    return found


def copied_blocks(lines: tuple[LineItem, ...]) -> list[str]:
    """Runs of equal (price, qty) whose own printed amounts disagree: values copied from one row."""
    found: list[str] = []
    start = 0
    for _, run in groupby(lines, key=lambda line: (line.wholesale, line.qty)):
        block = list(run)
        if len(block) >= COPIED_RUN:
            extended = {line.extended for line in block if line.extended is not None}
            listed = {line.list_price for line in block if line.list_price is not None}
            if len(extended) > 1 or len(listed) > 1:
                found.append(f"lines {start + 1}-{start + len(block)} all carry price {block[0].wholesale} and "
                             f"qty {block[0].qty} while their printed amounts differ: values copied from one row")
        start += len(block)
    return found


def header_gaps(invoice: Invoice) -> list[str]:
    gaps = [f"no {name} found" for name, value in (("invoice number", invoice.invoice_number),
                                                  ("order date", invoice.order_date),
                                                  ("vendor", invoice.vendor)) if not value]
    return gaps


def _capped(messages: list[str]) -> list[str]:
    if len(messages) <= MAX_LINE_WARNINGS:
        return messages
    return [*messages[:MAX_LINE_WARNINGS], f"... and {len(messages) - MAX_LINE_WARNINGS} more like these"]


def assess(invoice: Invoice) -> QualityReport:
    lines = invoice.line_items
    gaps = header_gaps(invoice)
    per_line = [missing_values(lines), arithmetic(lines), creative_coop_pricing(invoice)]
    copied = copied_blocks(lines)
    flagged = set().union(*per_line)
    score = 1.0 - HEADER_PENALTY * len(gaps) - (COPIED_PENALTY if copied else 0.0)
    if flagged:
        score -= LINE_PENALTY_BASE + LINE_PENALTY_SHARE * len(flagged) / len(lines)
    if not lines:
        gaps.append("no product lines found")
        score = 0.0
    warnings = [*gaps, *copied]
    for found in per_line:
        warnings += _capped(list(found.values()))
    return QualityReport(round(min(1.0, max(0.0, score)), 3), tuple(f"quality: {w}" for w in warnings))


__all__ = ["QualityReport", "assess"]
