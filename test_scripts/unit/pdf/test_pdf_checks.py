"""PDF intake checks give the documented error for each kind of bad file."""

from __future__ import annotations

import pytest

from invoice_processing.errors import CorruptPdf, EncryptedPdf, MissingInput, NotAPdf, PayloadTooLarge, TooManyPages
from invoice_processing.pdf.checks import profile
from invoice_processing.pdf.document import split_pages
from test_scripts.generator import generic_invoice
from test_scripts.generator.pdfs import encrypted_pdf, image_only_pdf, simple_invoice

LIMITS = {"max_bytes": 1_000_000, "max_pages": 3}


def test_a_good_pdf_is_profiled():
    result = profile(simple_invoice(), **LIMITS)
    assert (result.pages, result.has_text_layer) == (1, True)
    assert profile(image_only_pdf(), **LIMITS).has_text_layer is False


@pytest.mark.parametrize("data,error", [
    (b"", MissingInput),
    (b"GIF89a....", NotAPdf),
    (b"%PDF-1.7\n%%EOF", CorruptPdf),
    (b"x" * 1_000_001, PayloadTooLarge),
])
def test_bad_bytes_are_refused_with_the_right_error(data, error):
    with pytest.raises(error):
        profile(data, **LIMITS)


def test_encrypted_and_truncated_pdfs():
    with pytest.raises(EncryptedPdf):
        profile(encrypted_pdf(), **LIMITS)
    with pytest.raises(CorruptPdf):
        profile(simple_invoice()[:500], **LIMITS)


def test_page_cap_is_configurable():
    long_pdf = generic_invoice("columns", 1, pages=5).pdf
    with pytest.raises(TooManyPages) as refused:
        profile(long_pdf, **LIMITS)
    assert "limit is 3" in refused.value.message
    assert profile(long_pdf, max_bytes=1_000_000, max_pages=10).pages >= 5


def test_split_keeps_every_page_in_order():
    generated = generic_invoice("columns", 2, pages=5)
    parts = split_pages(generated.pdf, 2)
    assert [start for start, _ in parts] == list(range(1, generated.pages + 1, 2))
    assert sum(profile(part, max_bytes=10**7, max_pages=2).pages for _, part in parts) == generated.pages


def test_the_check_builds_every_pages_text_layer(monkeypatch):
    """A text layer that stalls or crashes PDFium must do so in the check, under its cap, before
    the claim and any cloud call: a later failure would be a retryable 503 after the spend."""
    import pypdfium2 as pdfium

    from invoice_processing.pdf.checks import profile_job

    invoice = generic_invoice("columns", 1, pages=6)
    built: list[object] = []
    original = pdfium.PdfPage.get_textpage

    def counting(page):
        built.append(page)
        return original(page)

    monkeypatch.setattr(pdfium.PdfPage, "get_textpage", counting)
    pages = profile_job(invoice.pdf, max_pages=20)["pages"]
    assert pages > 3 and len(built) == pages
