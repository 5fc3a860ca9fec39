"""The contract every extraction backend keeps.

A backend is a callable object with a ``name`` and ``extract(pdf, deadline) -> Document``.
It reads the PDF and returns page text plus its own structured fields; it never decides
vendor rules and never writes anything. It raises ``BackendError`` subclasses (with a stable
code) for everything that should make the chain move on to the next backend.
"""

from __future__ import annotations

from typing import Protocol

from invoice_processing.deadline import Deadline
from invoice_processing.models import Backend, Document, PdfInput, Usage


class BackendError(Exception):
    """Why a backend produced nothing; ``code`` goes into the attempt record.

    ``usage`` is what the failed try still cost (a model that answered with unusable JSON was paid).
    """

    code = "backend_error"
    timed_out = False

    def __init__(self, code: str = "", detail: str = "", usage: Usage | None = None):
        self.code = code or type(self).code
        self.detail = detail
        self.usage = usage or Usage()
        super().__init__(self.code)


class BackendUnavailableError(BackendError):
    code = "unavailable"


class BackendTimeout(BackendError):
    code = "timeout"
    timed_out = True


class ExtractionBackend(Protocol):
    name: Backend

    def extract(self, pdf: PdfInput, deadline: Deadline) -> Document: ...


def status_error(status: int, not_found: tuple[str, str], detail: str = "") -> BackendError:
    """The attempt error for an HTTP status from a cloud API (one mapping for every backend):
    404 → the backend's own "not found" code, 401/403 → unavailable, 408/504 → timeout."""
    if status == 404:
        return BackendError(*not_found)
    if status in (401, 403):
        return BackendUnavailableError("unauthorized", f"status {status}")
    if status in (408, 504):
        return BackendTimeout(f"http_{status}", f"status {status}")
    return BackendError(f"http_{status}", detail or f"status {status}")
