"""The generator's ground truth is consistent with the PDF it drew, and deterministic."""

from __future__ import annotations

from decimal import Decimal

import pypdfium2 as pdfium
import pytest

from test_scripts.generator import GENERIC_LAYOUTS, generic_invoice


def _text(pdf: bytes) -> str:
    doc = pdfium.PdfDocument(pdf)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in doc)
    finally:
        doc.close()


@pytest.mark.parametrize("layout", GENERIC_LAYOUTS)
def test_truth_is_printed_in_the_pdf(layout):
    generated = generic_invoice(layout, 11)
    text = " ".join(_text(generated.pdf).split())
    assert generated.truth["invoice_number"] in text and generated.truth["vendor"] in text
    for line in generated.truth["line_items"]:
        assert Decimal(line["wholesale"]) > 0 and line["qty"] > 0
        for word in line["item"].split():
            assert word in text
    assert not set(generated.truth["backorders"]) & {li["item"] for li in generated.truth["line_items"]}


def test_same_seed_same_pdf_and_different_seeds_differ():
    assert generic_invoice("columns", 4).pdf == generic_invoice("columns", 4).pdf
    assert generic_invoice("columns", 4).truth != generic_invoice("columns", 5).truth


def test_pages_argument_makes_long_invoices():
    assert generic_invoice("ordered_shipped", 2, pages=4).pages >= 4
    assert generic_invoice("amount_only", 2, lines=3).pages == 1


def test_unknown_layout_is_refused():
    with pytest.raises(ValueError):
        generic_invoice("spiral", 1)
