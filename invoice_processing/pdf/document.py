"""Open PDFs with pypdfium2 safely, and split them into page ranges.

PDFium is not thread-safe and functions-framework serves requests on threads, so every call
into it holds ``PDFIUM_LOCK``.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from invoice_processing.errors import CorruptPdf, EncryptedPdf

if TYPE_CHECKING:
    import pypdfium2 as pdfium

PDFIUM_LOCK = threading.RLock()


@contextmanager
def open_document(data: bytes) -> Iterator[pdfium.PdfDocument]:
    """Open ``data`` with PDFium under the lock; map PDFium's failures to product errors."""
    import pypdfium2 as pdfium  # loaded on first use: keeps cold start small

    with PDFIUM_LOCK:
        try:
            doc = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            if "password" in str(exc).lower():
                raise EncryptedPdf(detail="pdfium: password required") from None
            raise CorruptPdf(detail="pdfium could not open the file") from None
        try:
            yield doc
        finally:
            doc.close()


def split_pages(data: bytes, max_pages: int) -> list[tuple[int, bytes]]:
    """Split into parts of at most ``max_pages`` pages: ``[(first_page_number, pdf_bytes), ...]``."""
    import io

    import pypdfium2 as pdfium

    parts: list[tuple[int, bytes]] = []
    with open_document(data) as doc:
        total = len(doc)
        if total <= max_pages:
            return [(1, data)]
        for start in range(0, total, max_pages):
            part = pdfium.PdfDocument.new()
            try:
                part.import_pages(doc, list(range(start, min(start + max_pages, total))))
                buffer = io.BytesIO()
                part.save(buffer)
            finally:
                part.close()
            parts.append((start + 1, buffer.getvalue()))
    return parts
