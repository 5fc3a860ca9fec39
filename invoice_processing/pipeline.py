"""One invoice down the pipeline: profile → claim (or replay) → extract → rows → sheet.

No HTTP and no environment here: the caller passes the PDF, the planned backend, settings
and the dependencies (backends, sheet), so the CLI, the HTTP entry point and the tests all
run exactly this code.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from invoice_processing import quality
from invoice_processing.config import Settings
from invoice_processing.deadline import Deadline
from invoice_processing.errors import InvoiceError
from invoice_processing.extraction.backend import ExtractionBackend
from invoice_processing.extraction.chain import ExtractionResult, order_for, run_chain
from invoice_processing.models import Backend, Document, Invoice, PdfInput, PdfProfile, WriteResult
from invoice_processing.normalize import format_date
from invoice_processing.pdf import checks as pdf_checks
from invoice_processing.sheets.rows import invoice_rows
from invoice_processing.sheets.writer import LedgerEntry, SheetWriter
from invoice_processing.vendors import interpret


@dataclass
class Deps:
    backends: Mapping[Backend, ExtractionBackend]
    sheet: SheetWriter
    interpret: Callable[[Document], Invoice] = interpret


@dataclass(frozen=True)
class Outcome:
    """What happened to one invoice; the entry points turn it into JSON and a log record."""

    profile: PdfProfile
    planned: Backend
    write: WriteResult
    vendor: str
    invoice_number: str
    invoice_date: str  # MM/DD/YYYY as in the rows
    items_count: int
    extraction: ExtractionResult | None = None  # None for a replay answered from the ledger
    warnings: tuple[str, ...] = ()
    timings: dict[str, int] = field(default_factory=dict)
    quality_score: float | None = None  # None for a replay: nothing was extracted
    needs_review: bool = False

    @property
    def duplicate(self) -> bool:
        return self.write.duplicate

    @property
    def invoice(self) -> Invoice | None:
        return self.extraction.invoice if self.extraction else None


def plan_backend(planned: Backend, profile: PdfProfile, settings: Settings) -> Backend:
    """Large or long PDFs skip Gemini: they go straight to Document AI."""
    if planned is Backend.GEMINI and (
        profile.pages > settings.gemini_max_pages or profile.size_bytes > settings.gemini_max_bytes
    ):
        return Backend.DOCUMENT_AI
    return planned


def process(pdf: PdfInput, planned: Backend, settings: Settings, deps: Deps, deadline: Deadline) -> Outcome:
    profile = pdf_checks.profile(pdf.data, max_bytes=settings.max_pdf_bytes, max_pages=settings.max_pdf_pages)
    key = pdf.sha256
    seen = deps.sheet.claim(key, timeout=max(0.0, deadline.remaining()))
    planned = plan_backend(planned, profile, settings)
    if seen is not None:  # a replay: answer from the ledger, spend nothing on extraction
        return Outcome(
            profile, planned, WriteResult(seen.sheet_range, 0, duplicate=True),
            seen.vendor, seen.invoice_number, seen.order_date, seen.rows,
        )
    try:
        order = order_for(planned, deps.backends)
        result = run_chain(pdf, order, deps.backends, deps.interpret, deadline)
        invoice = result.invoice
        report = quality.assess(invoice)  # informs only: low scores never stop the write
        rows = invoice_rows(invoice)
        entry = LedgerEntry(key, invoice.invoice_number, invoice.vendor, format_date(invoice.order_date), len(rows))
    except BaseException:
        deps.sheet.release(key)  # nothing to write: a replay need not wait for this claim
        raise
    started = time.monotonic()
    try:
        write = deps.sheet.append(rows, entry, timeout=max(0.0, deadline.remaining()))
    except InvoiceError as exc:
        exc.log_fields["rows"] = rows  # nothing is lost: the record keeps what was extracted
        exc.log_fields["extraction"] = result
        exc.log_fields["quality"] = report
        raise
    sheet_ms = int((time.monotonic() - started) * 1000)
    warnings = [*invoice.warnings, *report.warnings]
    if not write.range_ok:
        warnings.append(f"the sheet reported writing {write.sheet_range}, outside columns B..G")
    return Outcome(
        profile=profile,
        planned=result.planned,
        write=write,
        vendor=invoice.vendor,
        invoice_number=invoice.invoice_number,
        invoice_date=format_date(invoice.order_date),
        items_count=len(invoice.line_items),
        extraction=result,
        warnings=tuple(warnings),
        timings={"sheet_ms": sheet_ms},
        quality_score=report.score,
        needs_review=report.needs_review,
    )
