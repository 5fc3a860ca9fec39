"""One invoice down the pipeline: profile → claim (or replay) → extract → cross-check → rows → sheet.

No HTTP and no environment here: the caller passes the PDF, the route's backend, settings,
the dependencies (backends, sheet) and a ``Trail`` the pipeline fills as it goes, so the CLI,
the HTTP entry point and the tests all run exactly this code. ``extract`` is the same pipeline
without the sheet (the CLI's ``extract`` command); ``process`` is the whole of it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from invoice_processing import cross_check, quality
from invoice_processing.config import Settings
from invoice_processing.deadline import Deadline
from invoice_processing.errors import InvoiceError
from invoice_processing.extraction.backend import ExtractionBackend
from invoice_processing.extraction.chain import ExtractionResult, fallback_order, run_chain
from invoice_processing.models import Backend, Document, Invoice, PdfInput, PdfProfile, Trail, Unwritten, WriteResult
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
    first: Backend  # the backend tried first (after the size rule)
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
    cross_check: dict[str, Any] | None = None  # the log record's field; None for a replay

    @property
    def duplicate(self) -> bool:
        return self.write.duplicate

    @property
    def invoice(self) -> Invoice | None:
        return self.extraction.invoice if self.extraction else None


@dataclass(frozen=True)
class Extracted:
    """An invoice read and checked, not yet written."""

    profile: PdfProfile
    result: ExtractionResult
    report: quality.QualityReport
    rows: list[list[str | int]]
    checked: cross_check.CrossCheck = cross_check.CrossCheck()


def first_backend(routed: Backend, profile: PdfProfile, settings: Settings) -> Backend:
    """The backend to try first: the route's, except that large or long PDFs skip Gemini and
    go straight to Document AI."""
    if routed is Backend.GEMINI and (
        profile.pages > settings.gemini_max_pages or profile.size_bytes > settings.gemini_max_bytes
    ):
        return Backend.DOCUMENT_AI
    return routed


def check(pdf: PdfInput, settings: Settings) -> PdfProfile:
    """The PDF checks every path starts with (size, magic bytes, pages, a parse of each page)."""
    return pdf_checks.profile(pdf.data, max_bytes=settings.max_pdf_bytes, max_pages=settings.max_pdf_pages)


def extract(pdf: PdfInput, routed: Backend, settings: Settings, deps: Deps, deadline: Deadline, trail: Trail,
            profile: PdfProfile | None = None) -> Extracted:
    """Check (unless ``profile`` is given), extract with fallbacks, cross-check what was read,
    assess quality, build the rows."""
    profile = profile or check(pdf, settings)
    first = first_backend(routed, profile, settings)
    result = run_chain(pdf, fallback_order(first, deps.backends), deps.backends, deps.interpret, deadline, trail)
    checked = cross_check.check(result.invoice, result.document, deps.interpret)
    report = cross_check.apply(quality.assess(result.invoice), checked)  # informs only: never stops the write
    return Extracted(profile, result, report, invoice_rows(result.invoice), checked)


def process(pdf: PdfInput, routed: Backend, settings: Settings, deps: Deps, deadline: Deadline,
            trail: Trail | None = None) -> Outcome:
    trail = Trail() if trail is None else trail
    profile = check(pdf, settings)
    key = pdf.sha256
    # Before any extraction money is spent: a replay is answered from the ledger, and an invoice
    # that cannot be written now (live attempt, write quota spent) is a retryable 503 at once.
    seen = deps.sheet.claim(key, timeout=max(0.0, deadline.remaining()))
    if seen is not None:
        return Outcome(
            profile, first_backend(routed, profile, settings), WriteResult(seen.sheet_range, 0, duplicate=True),
            seen.vendor, seen.invoice_number, seen.order_date, seen.rows,
        )
    try:
        extracted = extract(pdf, routed, settings, deps, deadline, trail, profile)
        invoice, result, report, rows = extracted.result.invoice, extracted.result, extracted.report, extracted.rows
        entry = LedgerEntry(key, invoice.invoice_number, invoice.vendor, format_date(invoice.order_date), len(rows))
    except BaseException:
        deps.sheet.release(key)  # nothing to write: the writes held for it go back to the budget
        raise
    started = time.monotonic()
    try:
        write = deps.sheet.append(rows, entry, timeout=max(0.0, deadline.remaining()))
    except InvoiceError:
        # nothing is lost: the log record keeps what was extracted
        trail.unwritten = Unwritten(rows, result.backend, invoice.vendor, len(invoice.line_items), report.score,
                                    report.needs_review)
        raise
    sheet_ms = int((time.monotonic() - started) * 1000)
    warnings = [*invoice.warnings, *report.warnings]
    if not write.range_ok:
        warnings.append(f"the sheet did not confirm the rows at {write.sheet_range} (columns B..G); check the tab")
    if write.earlier:  # same vendor and number, other lines: both invoices stay, a person decides
        warnings.append(f"invoice {invoice.invoice_number} from {invoice.vendor} was already written with other "
                        f"lines at {', '.join(write.earlier)}; check both")
    return Outcome(
        profile=profile,
        first=result.first,
        write=write,
        vendor=invoice.vendor,
        invoice_number=invoice.invoice_number,
        invoice_date=format_date(invoice.order_date),
        items_count=len(invoice.line_items),
        extraction=result,
        warnings=tuple(warnings),
        timings={"sheet_ms": sheet_ms},
        quality_score=report.score,
        needs_review=report.needs_review or bool(write.earlier),
        cross_check=extracted.checked.record(),
    )
