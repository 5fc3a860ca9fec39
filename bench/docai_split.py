"""Figure 7, Document AI splitting: a 40-page PDF against one call of the same fake.

Document AI's synchronous call takes at most 15 pages, so the backend splits longer PDFs and
runs the parts concurrently; with a fixed delay per call in the loopback fake
(``test_scripts/fakes/docai_grpc_fake.py``, in a process of its own: ``_docai_fake_child.py``),
driven through the real google-cloud-documentai client over gRPC as in production, 40 pages
(three calls) should take about one call, not three. The baseline is a 15-page PDF (one call)
through the same backend and fake with the same delay, so both sides carry the same client
costs; the note also gives the wall time against the bare delay and the client's own time with
no delay, over gRPC and over REST.
"""

from __future__ import annotations

import subprocess
import sys
import time

from . import inputs
from .report import Figure
from .timing import ROOT

TARGET = 1.5
DELAY = 2.0  # seconds per call: the order of a real Document AI invoice-parser call
NAME = "Document AI split, 40 pages vs one call"


class _Fake:
    """The fake in a child process (a real server's work is not the client's CPU time)."""

    def __init__(self, delay: float, transport: str):
        self.process = subprocess.Popen([sys.executable, str(ROOT / "bench" / "_docai_fake_child.py"), str(delay),
                                         transport], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self.url, self.processor = self.process.stdout.readline().split()

    def backend(self):
        from invoice_processing.extraction.document_ai import DocumentAiBackend

        return DocumentAiBackend(project="bench", location="us", processor_id=self.processor, endpoint=self.url,
                                 timeout=110, min_seconds=1, price_per_page=0.0)

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(10)


def _walls(pdfs: dict[str, bytes], delay: float, rounds: int, transport: str = "grpc") -> dict[str, float]:
    """Least wall time of each PDF through the backend, after one call each to warm up."""
    from invoice_processing.deadline import Deadline
    from invoice_processing.models import PdfInput

    fake = _Fake(delay, transport)
    try:
        backend = fake.backend()
        best: dict[str, float] = {}
        for round_ in range(rounds + 1):
            for name, pdf in pdfs.items():
                began = time.perf_counter()
                backend.extract(PdfInput(pdf, "bench"), Deadline(120))
                if round_:  # round 0 warms the client and the fake's answer cache
                    best[name] = min(best.get(name, float("inf")), time.perf_counter() - began)
        return best
    finally:
        fake.close()


def run(delay: float = DELAY, rounds: int = 2) -> list[Figure]:
    long, short = inputs.generic(40), inputs.generic(15)
    pdfs = {"split": long.pdf, "one": short.pdf}
    walls = _walls(pdfs, delay, rounds)
    client = _walls(pdfs, 0.0, rounds)
    rest = _walls(pdfs, 0.0, 1, "rest")
    ratio = walls["split"] / walls["one"]
    note = (f"gRPC (the production transport): {long.pages} pages in 3 concurrent calls: wall "
            f"{walls['split'] * 1000:.0f} ms; {short.pages} pages in one call: {walls['one'] * 1000:.0f} ms; fake "
            f"delay {delay * 1000:.0f} ms per call, fake in its own process (40 pages = "
            f"{walls['split'] / delay:.2f}x the bare delay; serial calls would be about 3x); best of {rounds}. "
            f"The client's own time with no delay, 40 / 15 pages: gRPC {client['split'] * 1000:.0f} / "
            f"{client['one'] * 1000:.0f} ms, REST {rest['split'] * 1000:.0f} / {rest['one'] * 1000:.0f} ms "
            f"(REST parses the JSON answer into protobuf in Python, serialised across parts by the interpreter lock).")
    return [Figure("7", NAME, f"{walls['split'] * 1000:.0f} ms", f"{walls['one'] * 1000:.0f} ms (one call, "
                   f"{short.pages} pages)", ratio, f"<= {TARGET}x one call", ratio <= TARGET, note)]
