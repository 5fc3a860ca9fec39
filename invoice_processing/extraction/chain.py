"""The fallback chain: an ordered tuple of backends walked by one loop.

Every attempt is recorded in the request's ``Trail`` (backend, ok, elapsed ms, error code,
items); the first backend whose document turns into an invoice with products wins. When none
does, the chain raises the product error (no products, out of time, or every backend failed).
``interpret`` (document → invoice) is passed in so that extraction never imports the vendor rules.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from invoice_processing.deadline import Deadline
from invoice_processing.errors import (
    BackendUnavailable,
    DeadlineExceeded,
    ExtractionFailed,
    InvoiceError,
    NoProductsFound,
)
from invoice_processing.extraction.backend import BackendError, ExtractionBackend
from invoice_processing.models import Attempt, Backend, Document, Invoice, PdfInput, Trail, Usage

_log = logging.getLogger(__name__)

FALLBACKS: dict[Backend, tuple[Backend, ...]] = {
    Backend.GEMINI: (Backend.GEMINI, Backend.DOCUMENT_AI, Backend.LOCAL),
    Backend.DOCUMENT_AI: (Backend.DOCUMENT_AI, Backend.LOCAL),
    Backend.LOCAL: (Backend.LOCAL,),
}
NO_PRODUCTS = "no_products"
MIN_CALL_SECONDS = 1.0  # a network call with less left is not started (backends may set ``min_seconds``)
HANDOVER_SECONDS = 0.1  # kept on top, so a tier cut off at its window's end leaves the next its full minimum


@dataclass(frozen=True)
class ExtractionResult:
    invoice: Invoice
    document: Document
    backend: Backend
    first: Backend
    attempts: tuple[Attempt, ...]
    usage: Usage = Usage()  # tokens and estimated cost of every attempt, failed ones included

    @property
    def fallback_used(self) -> bool:
        return self.backend != self.first

    @property
    def fallback_reason(self) -> str:
        failed = [a.error_code for a in self.attempts if not a.ok]
        return failed[0] if failed else ""


def fallback_order(first: Backend, available: Mapping[Backend, ExtractionBackend]) -> tuple[Backend, ...]:
    """The fallback order starting at ``first``, without backends that are not configured."""
    return tuple(b for b in FALLBACKS[first] if b in available)


def run_chain(
    pdf: PdfInput,
    order: Sequence[Backend],
    backends: Mapping[Backend, ExtractionBackend],
    interpret: Callable[[Document], Invoice],
    deadline: Deadline,
    trail: Trail,
) -> ExtractionResult:
    """The first backend in ``order`` whose document has products; every attempt and its cost
    go into ``trail``. Raises the product error (an ``InvoiceError``) when none has."""
    trail.first = order[0] if order else Backend.LOCAL
    if not order:
        raise BackendUnavailable()
    for index, backend in enumerate(order):
        window = _window(backend, order[index + 1:], backends, deadline)
        if window is None:
            trail.attempts.append(Attempt(backend, False, 0, "no_time_left", timed_out=True))
            continue
        started = time.monotonic()
        try:
            document = backends[backend].extract(pdf, window)
            trail.usage += document.fields.get("usage") or Usage()
            invoice = interpret(document)
        except BackendError as exc:
            trail.usage += exc.usage
            trail.attempts.append(Attempt(backend, False, _ms(started), exc.code, timed_out=exc.timed_out))
            continue
        except Exception as exc:  # a bug in one backend or rule must not cost the invoice
            # Only the type is logged: library messages can quote invoice text.
            _log.error("backend %s raised %s", backend.value, type(exc).__name__)
            trail.attempts.append(Attempt(backend, False, _ms(started), "internal_error"))
            continue
        if not invoice.line_items:
            trail.attempts.append(Attempt(backend, False, _ms(started), NO_PRODUCTS))
            trail.without_products = trail.without_products or invoice
            continue
        trail.attempts.append(Attempt(backend, True, _ms(started), items=len(invoice.line_items)))
        return ExtractionResult(invoice, document, backend, order[0], tuple(trail.attempts), trail.usage)
    raise _failure(trail.attempts, deadline)


def _min_seconds(backend: ExtractionBackend) -> float:
    return float(getattr(backend, "min_seconds", MIN_CALL_SECONDS))


def _window(
    name: Backend, later: Sequence[Backend], backends: Mapping[Backend, ExtractionBackend], deadline: Deadline
) -> Deadline | None:
    """The deadline one tier runs under, or None when too little time is left to start it.

    A cloud tier holds back the minimum each later cloud tier needs, so a slow Gemini cannot eat
    Document AI's turn; the local tier (no network) always runs on what is left.
    """
    if name is Backend.LOCAL:
        return deadline
    available = deadline.for_call(float("inf"))
    needed = _min_seconds(backends[name])
    if available < needed:
        return None
    kept = sum(_min_seconds(backends[b]) + HANDOVER_SECONDS for b in later if b is not Backend.LOCAL)
    return deadline.keeping(min(kept, available - needed))


def _failure(attempts: list[Attempt], deadline: Deadline) -> InvoiceError:
    if any(a.timed_out for a in attempts) or deadline.expired():
        return DeadlineExceeded(detail="all backends failed or ran out of time", retry_after=60)
    if all(a.error_code in (NO_PRODUCTS, "no_text_layer") for a in attempts):
        return NoProductsFound()
    return ExtractionFailed(detail=",".join(f"{a.backend.value}:{a.error_code}" for a in attempts))


def _ms(started: float) -> int:
    return int((time.monotonic() - started) * 1000)
