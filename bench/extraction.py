"""Figure 2, local extraction per page against PDFium's own text extraction of the same PDF.

The baseline is the physical limit of this backend: pypdfium2 opening the PDF and reading
each page's text (load page, text page, ``get_text_range``), nothing else. Ours is the whole
local backend (``LocalBackend.extract``: the same reading plus word boxes, lines and cells).
Two documents: the generated Creative Co-op order confirmation (dense table, 15+ pages) and a
100-page generic invoice. Figure 2c adds the vendor rules (table engine, header reader) to the
extraction of the Creative Co-op order: issue 15's target is 2.5x PDFium's text for both together.
"""

from __future__ import annotations

from invoice_processing.deadline import Deadline
from invoice_processing.extraction.local import LocalBackend
from invoice_processing.models import PdfInput

from . import inputs
from .report import Figure, not_available
from .timing import best, interleave, median

TARGET = 2.0
TARGET_WITH_RULES = 2.5


def bare_text(data: bytes) -> list[str]:
    """What the PDF library alone does: open, and each page's full text."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    texts = []
    try:
        for index in range(len(doc)):
            page = doc[index]
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range())
            textpage.close()
            page.close()
    finally:
        doc.close()
    return texts


def ours(data: bytes):
    return LocalBackend().extract(PdfInput(data, "bench"), Deadline(600))


def with_rules(data: bytes):
    """The local backend and the vendor rules: what a request spends before the sheet, on a
    document the rules have not seen (their caches emptied first, as in a new request's)."""
    from invoice_processing.layout import clear_caches
    from invoice_processing.vendors import interpret

    clear_caches()
    return interpret(ours(data))


def in_process(data: bytes):
    """The same reading without the isolation helper (diagnostic: what the process boundary costs)."""
    from invoice_processing.pdf.text_layer import read_pages

    return read_pages(data)


def measure(number: str, label: str, generated, budget: float) -> Figure:
    data = generated.pdf
    samples = interleave({"ours": lambda: ours(data), "bare": lambda: bare_text(data),
                          "in_process": lambda: in_process(data)}, rounds=40, budget=budget)
    pages = generated.pages
    per_ours, per_bare = best(samples["ours"]) / pages, best(samples["bare"]) / pages
    per_inproc = best(samples["in_process"]) / pages
    ratio = per_ours / per_bare
    note = (f"{label}: {pages} pages; per page min {per_ours * 1000:.2f} ms (median "
            f"{median(samples['ours']) / pages * 1000:.2f}) vs PDFium text min {per_bare * 1000:.2f} ms (median "
            f"{median(samples['bare']) / pages * 1000:.2f}); the same reading in this process, without the "
            f"isolation helper, {per_inproc * 1000:.2f} ms ({per_inproc / per_bare:.2f}x); "
            f"{len(samples['ours'])} interleaved rounds.")
    return Figure(number, f"local extraction per page, {label}", f"{per_ours * 1000:.2f} ms/page",
                  f"{per_bare * 1000:.2f} ms/page (pypdfium2 text)", ratio, f"<= {TARGET}x", ratio <= TARGET, note)


def measure_rules(number: str, label: str, generated, budget: float) -> Figure:
    data = generated.pdf
    samples = interleave({"rules": lambda: with_rules(data), "bare": lambda: bare_text(data)}, rounds=20,
                         budget=budget)
    pages = generated.pages
    per_rules, per_bare = best(samples["rules"]) / pages, best(samples["bare"]) / pages
    ratio = per_rules / per_bare
    note = (f"{label}: {pages} pages; extraction and vendor rules per page min {per_rules * 1000:.2f} ms (median "
            f"{median(samples['rules']) / pages * 1000:.2f}) vs PDFium text min {per_bare * 1000:.2f} ms; "
            f"{len(samples['rules'])} interleaved rounds.")
    return Figure(number, f"extraction and vendor rules per page, {label}", f"{per_rules * 1000:.2f} ms/page",
                  f"{per_bare * 1000:.2f} ms/page (pypdfium2 text)", ratio, f"<= {TARGET_WITH_RULES}x",
                  ratio <= TARGET_WITH_RULES, note)


def run(budget: float = 30.0) -> list[Figure]:
    figures = []
    order = inputs.creative_coop_order()
    if order is None:
        figures.append(not_available("2a", "local extraction per page, Creative Co-op order", f"<= {TARGET}x",
                                     "the generator has no creative_coop_order yet"))
    else:
        figures.append(measure("2a", "Creative Co-op order", order, budget / 3))
        figures.append(measure_rules("2c", "Creative Co-op order", order, budget / 3))
    figures.append(measure("2b", "100-page generic", inputs.generic(100), budget / 3))
    return figures
