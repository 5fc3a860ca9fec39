"""Figure 7, Document AI splitting: a 40-page PDF against one call of the same fake.

Document AI's synchronous call takes at most 15 pages, so the backend splits longer PDFs and
runs the parts concurrently; with a fixed delay per call in the loopback fake
(``test_scripts/fakes/docai_fake.py``, driven through the real google-cloud-documentai
client), 40 pages (three calls) should take about one call, not three. The baseline is a
15-page PDF (one call) through the same backend and fake with the same delay, so both sides
carry the same client and fake costs; the note also gives the wall time against the bare delay.
"""

from __future__ import annotations

import time

from . import inputs
from .report import Figure

TARGET = 1.5
DELAY = 2.0  # seconds per call: the order of a real Document AI invoice-parser call
NAME = "Document AI split, 40 pages vs one call"


def _wall(pdf: bytes, delay: float) -> tuple[float, int]:
    from invoice_processing.extraction.backend import Deadline
    from invoice_processing.models import PdfInput
    from test_scripts.fakes.clients import docai_backend
    from test_scripts.fakes.docai_fake import DocumentAiFake

    with DocumentAiFake(delay=delay) as fake:
        backend = docai_backend(fake)
        began = time.perf_counter()
        backend.extract(PdfInput(pdf, "bench"), Deadline(120))
        return time.perf_counter() - began, len(fake.seen)


def run(delay: float = DELAY) -> list[Figure]:
    long, short = inputs.generic(40), inputs.generic(15)
    _wall(short.pdf, 0.0)  # warm-up: client import and first connection
    one_call, one_count = _wall(short.pdf, delay)
    split, calls = _wall(long.pdf, delay)
    ratio = split / one_call
    note = (f"{long.pages} pages in {calls} concurrent calls: wall {split * 1000:.0f} ms; {short.pages} pages in "
            f"{one_count} call: {one_call * 1000:.0f} ms; fake delay {delay * 1000:.0f} ms per call "
            f"(40 pages = {split / delay:.2f}x the bare delay; serial calls would be about {calls}x).")
    return [Figure("7", NAME, f"{split * 1000:.0f} ms", f"{one_call * 1000:.0f} ms (one call, {short.pages} pages)",
                   ratio, f"<= {TARGET}x one call", ratio <= TARGET, note)]
