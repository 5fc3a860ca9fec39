"""Local backend: the PDF's own text layer (``pdf.text_layer``), read in a helper process, no
network; pages without text (scans) are read by OCR (``pdf.ocr``) in a helper, page by page,
under the request deadline."""

from __future__ import annotations

from invoice_processing.deadline import Deadline
from invoice_processing.extraction.backend import BackendError, BackendTimeout
from invoice_processing.models import Backend, Document, Page, PdfInput
from invoice_processing.pdf.checks import PARSE_TIME_CAP_SECONDS
from invoice_processing.pdf.isolation import ParserFailed, run_job
from invoice_processing.pdf.text_layer import pages_from_json

OCR_PAGE_CAP_SECONDS = 60.0  # one scanned page: about 3-5 s on 2 cores, plus loading the models once


class LocalBackend:
    name = Backend.LOCAL

    def extract(self, pdf: PdfInput, deadline: Deadline) -> Document:
        """Read the text layer in an isolated helper (``pdf.isolation``) under the parse time cap,
        then OCR the pages that have no text."""
        pages = isolated_pages(pdf.data, deadline)
        blank = [page.number for page in pages if not page.lines]
        if blank:
            read = {page.number: page for page in ocr_pages(pdf.data, blank, deadline)}
            pages = [read.get(page.number, page) for page in pages]
        if not any(page.lines for page in pages):
            raise BackendError("no_text_layer", "no page has a text layer or text OCR could read")
        return Document(pages=tuple(pages), backend=Backend.LOCAL)


def isolated_pages(data: bytes, deadline: Deadline, first: int = 0) -> list[Page]:
    """The pages (the first ``first`` only, when given), read in a helper process under the
    parse time cap (a hostile PDF costs the helper, never this worker)."""
    cap = min(PARSE_TIME_CAP_SECONDS, max(1.0, deadline.remaining()))
    try:
        return pages_from_json(run_job("pages", data, {"first": first}, timeout=cap))
    except ParserFailed as failed:
        raise BackendError("parser_failed", failed.detail) from None


def ocr_pages(data: bytes, numbers: list[int], deadline: Deadline) -> list[Page]:
    """Pages ``numbers`` (1-based) read by OCR in a helper, one page per job, each job capped by
    what is left of the deadline (less the sheet write's reserve): a scan too long for the
    request ends in ``BackendTimeout`` (a retryable 504), never in a stuck or dead worker."""
    pages: list[Page] = []
    for number in numbers:
        cap = deadline.for_call(OCR_PAGE_CAP_SECONDS)
        if cap <= 0:
            raise BackendTimeout("ocr_timeout", f"out of time after {len(pages)} of {len(numbers)} scanned pages")
        try:
            pages += pages_from_json(run_job("ocr", data, {"pages": [number]}, timeout=cap), estimated=True)
        except ParserFailed as failed:
            if failed.timed_out:
                raise BackendTimeout("ocr_timeout", f"OCR cut off after {len(pages)} of {len(numbers)} pages") from None
            raise BackendError("ocr_failed", failed.detail) from None
    return pages
