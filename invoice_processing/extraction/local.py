"""Local backend: the PDF's own text layer (``pdf.text_layer``), read in a helper process, no network."""

from __future__ import annotations

from invoice_processing.deadline import Deadline
from invoice_processing.extraction.backend import BackendError
from invoice_processing.models import Backend, Document, Page, PdfInput
from invoice_processing.pdf.checks import PARSE_TIME_CAP_SECONDS
from invoice_processing.pdf.isolation import ParserFailed, run_job
from invoice_processing.pdf.text_layer import pages_from_json


class LocalBackend:
    name = Backend.LOCAL

    def extract(self, pdf: PdfInput, deadline: Deadline) -> Document:
        """Read the text layer in an isolated helper (``pdf.isolation``) under the parse time cap."""
        pages = isolated_pages(pdf.data, deadline)
        if not any(page.lines for page in pages):
            raise BackendError("no_text_layer", "the PDF has no text layer")
        return Document(pages=tuple(pages), backend=Backend.LOCAL)


def isolated_pages(data: bytes, deadline: Deadline, first: int = 0) -> list[Page]:
    """The pages (the first ``first`` only, when given), read in a helper process under the
    parse time cap (a hostile PDF costs the helper, never this worker)."""
    cap = min(PARSE_TIME_CAP_SECONDS, max(1.0, deadline.remaining()))
    try:
        return pages_from_json(run_job("pages", data, {"first": first}, timeout=cap))
    except ParserFailed as failed:
        raise BackendError("parser_failed", failed.detail) from None
