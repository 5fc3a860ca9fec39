"""PDF checks before any extraction: size, magic bytes, then a parse of every page in a helper."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from invoice_processing.errors import CorruptPdf, MissingInput, NotAPdf, PayloadTooLarge, TooManyPages
from invoice_processing.models import PdfProfile
from invoice_processing.pdf.document import open_document
from invoice_processing.pdf.isolation import ParserFailed, run_job

if TYPE_CHECKING:
    import pypdfium2 as pdfium

PDF_MAGIC = b"%PDF-"
_MAGIC_WINDOW = 1024  # the PDF spec lets the header start anywhere in the first 1024 bytes


def check_magic(data: bytes) -> None:
    """Raise ``NotAPdf`` unless the bytes carry the PDF header (names and headers are not trusted)."""
    if PDF_MAGIC not in data[:_MAGIC_WINDOW]:
        raise NotAPdf()


def check_size(size: int, limit: int) -> None:
    if size > limit:
        raise PayloadTooLarge(
            f"The file is {size / 1_048_576:.1f} MB; the limit is {limit / 1_048_576:.1f} MB. "
            "Send a smaller PDF or split it.",
            detail=f"size={size} limit={limit}",
        )


PARSE_TIME_CAP_SECONDS = 20.0  # one PDFium pass over a hostile PDF; a 200-page invoice needs about 2 s


def profile(data: bytes, *, max_bytes: int, max_pages: int) -> PdfProfile:
    """Check a PDF before any extraction: size and magic bytes here, then in an isolated helper
    (``pdf.isolation``) with a time cap: opens, has pages, page cap, and every page parses.

    A PDF that crashes or stalls the parser is a 422 ``corrupt_pdf``, never a dead worker.
    """
    if not data:
        raise MissingInput("The request body was empty. Send the invoice PDF.")
    check_size(len(data), max_bytes)
    check_magic(data)
    try:
        found = run_job("profile", data, {"max_pages": max_pages}, timeout=PARSE_TIME_CAP_SECONDS)
    except ParserFailed as failed:
        raise CorruptPdf(
            "The PDF could not be read safely (it stalled or crashed the PDF reader). "
            "Re-export or re-download it and try again.", detail=failed.detail) from None
    return PdfProfile(pages=int(found["pages"]), size_bytes=len(data), has_text_layer=bool(found["has_text"]))


def profile_job(data: bytes, max_pages: int) -> dict[str, int | bool]:
    """The PDFium part of ``profile`` (runs in a helper): page count, caps, a parse of every page.

    The page cap is checked before any page is parsed; then each page and its text layer are
    loaded once, so a page that hangs or crashes PDFium does so here, under the time cap.
    """
    with open_document(data) as doc:
        pages = len(doc)
        if pages == 0:
            raise CorruptPdf("The PDF has no pages.", detail="zero pages")
        if pages > max_pages:
            raise TooManyPages(
                f"The PDF has {pages} pages; the limit is {max_pages}. Split it and send the parts.",
                detail=f"pages={pages} limit={max_pages}",
            )
        chars = [_page_chars(doc, index) for index in range(pages)]
    return {"pages": pages, "has_text": any(chars[:3])}


def _page_chars(doc: pdfium.PdfDocument, index: int) -> int:
    page = doc[index]
    textpage = page.get_textpage()
    try:
        return cast(int, textpage.count_chars())  # pypdfium2 has no type information
    finally:
        textpage.close()
        page.close()
