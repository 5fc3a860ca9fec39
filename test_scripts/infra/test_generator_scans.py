"""The generator's scans: image-only PDFs of the generated invoices, with the originals' truth."""

from __future__ import annotations

import pypdfium2 as pdfium

from test_scripts.generator import generic_invoice
from test_scripts.generator.scans import DPI_RANGE, scanned


def test_a_scan_has_the_pages_and_truth_of_its_original_and_no_text():
    original = generic_invoice("ordered_shipped", 3, pages=2)
    scan = scanned(original, 3)
    assert scan.truth == original.truth and scan.name.endswith("-scan")
    doc = pdfium.PdfDocument(scan.pdf)
    try:
        assert len(doc) == original.pages >= 2
        for page in doc:
            assert page.get_textpage().count_chars() == 0
            (image,) = [obj for obj in page.get_objects() if obj.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE]
            dpi = image.get_px_size()[0] / (page.get_width() / 72)
            assert DPI_RANGE[0] - 1 <= dpi <= DPI_RANGE[1] + 1
            assert abs(page.get_width() - 612) < 1  # letter, as the original
    finally:
        doc.close()


def test_same_seed_same_scan():
    original = generic_invoice("columns", 5, lines=3)
    assert scanned(original, 5).pdf == scanned(original, 5).pdf != scanned(original, 6).pdf
