"""Figure 7, Document AI splitting: a 40-page PDF against the delay of one call.

Document AI's synchronous call takes at most 15 pages, so the backend splits longer PDFs and
runs the parts concurrently; with a fixed delay per call in the fake, 40 pages (three calls)
should take about one delay, not three. This needs the Document AI backend
(``invoice_processing/extraction/document_ai.py``) and its loopback fake
(``test_scripts/fakes/``); until both exist the figure is reported as not available.
"""

from __future__ import annotations

import importlib
import importlib.util
import time

from . import inputs
from .report import Figure, not_available

TARGET = 1.5
DELAY = 0.5
NAME = "Document AI split, 40 pages vs one call"


def _fake_server():
    """The Document AI fake's start function, if the fakes package offers one we know."""
    for module_name in ("test_scripts.fakes.document_ai", "test_scripts.fakes"):
        if importlib.util.find_spec(module_name.split(".")[0]) is None:
            continue
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        for attribute in ("DocumentAiFake", "DocumentAIFake", "FakeDocumentAI", "FakeDocumentAi"):
            if hasattr(module, attribute):
                return getattr(module, attribute)
    return None


def run() -> list[Figure]:
    if importlib.util.find_spec("invoice_processing.extraction.document_ai") is None:
        return [not_available("7", NAME, f"<= {TARGET}x one call",
                              "invoice_processing/extraction/document_ai.py has not landed yet")]
    fake = _fake_server()
    if fake is None:
        return [not_available("7", NAME, f"<= {TARGET}x one call",
                              "no Document AI fake under test_scripts/fakes/ yet")]
    from invoice_processing.config import load_settings
    from invoice_processing.extraction.backend import Deadline
    from invoice_processing.models import PdfInput

    document_ai = importlib.import_module("invoice_processing.extraction.document_ai")
    made = inputs.generic(40)
    with fake(delay=DELAY) as server:
        settings = load_settings(server.environ())
        backend = document_ai.DocumentAiBackend(settings)
        began = time.perf_counter()
        backend.extract(PdfInput(made.pdf, "bench"), Deadline(120))
        wall = time.perf_counter() - began
    ratio = wall / DELAY
    note = f"{made.pages} pages, fake delay {DELAY * 1000:.0f} ms per call, wall {wall * 1000:.0f} ms."
    return [Figure("7", NAME, f"{wall * 1000:.0f} ms", f"{DELAY * 1000:.0f} ms (one call)", ratio,
                   f"<= {TARGET}x one call", ratio <= TARGET, note)]
