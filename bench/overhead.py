"""Figure 4, pipeline overhead per request when every cloud call is an instant fake.

A request goes through ``app.handle`` exactly as functions-framework hands it over (a Flask
request with a raw PDF body), planned for Gemini; the Gemini, Document AI and sheet fakes
answer at once (the backends return the document the local backend read from this PDF, as a
cloud backend would hand back page text). What is left is everything except waiting on
Google: intake, the PDF checks, routing, vendor rules, quality, rows, the ledger check and the
JSON log line. It is held against the local extraction of the same 2-page invoice.
"""

from __future__ import annotations

import os

from invoice_processing.app import handle
from invoice_processing.config import load_settings
from invoice_processing.deadline import Deadline
from invoice_processing.extraction.local import LocalBackend
from invoice_processing.metrics import setup_logging
from invoice_processing.models import Backend, Document, PdfInput, Route, WriteResult
from invoice_processing.pdf.checks import profile
from invoice_processing.pipeline import Deps
from invoice_processing.vendors import interpret

from . import inputs
from .report import Figure
from .timing import best, interleave, median

TARGET = 0.05


class InstantBackend:
    """A cloud backend that answers at once with a document read beforehand."""

    def __init__(self, name: Backend, document: Document):
        self.name, self.document = name, document

    def extract(self, pdf: PdfInput, deadline: Deadline) -> Document:
        return Document(pages=self.document.pages, backend=self.name)


class InstantSheet:
    def claim(self, key: str, timeout: float = 0):
        return None

    def release(self, key: str) -> None:
        pass

    def append(self, rows, entry, timeout: float = 0) -> WriteResult:
        return WriteResult(f"Sheet1!B2:G{len(rows) + 1}", len(rows), False)


def request_runner(pdf: bytes):
    """A callable that serves one request for ``pdf`` through ``app.handle`` with instant fakes."""
    import flask

    settings = load_settings({})
    document = LocalBackend().extract(PdfInput(pdf, "bench"), Deadline(60))
    deps = Deps(backends={b: InstantBackend(b, document) for b in (Backend.GEMINI, Backend.DOCUMENT_AI)},
                sheet=InstantSheet())
    app = flask.Flask("bench")

    def route(key: str) -> Route:
        return Route(Backend.GEMINI, "full", 0, "treatment")

    def serve() -> None:
        with app.test_request_context("/", method="POST", data=pdf, content_type="application/pdf"):
            body, status, _ = handle(flask.request, settings, deps, route)
        if status != 200:
            raise RuntimeError(f"overhead request failed: {body}")

    return serve, document


def run(budget: float = 15.0) -> list[Figure]:
    made = inputs.generic(2)
    devnull = open(os.devnull, "w")  # noqa: SIM115 - the log line is formatted and written, as in production
    setup_logging("json", stream=devnull)
    serve, document = request_runner(made.pdf)
    settings = load_settings({})
    samples = interleave({
        "request": serve,
        "local": lambda: LocalBackend().extract(PdfInput(made.pdf, "bench"), Deadline(60)),
        "profile": lambda: profile(made.pdf, max_bytes=settings.max_pdf_bytes, max_pages=settings.max_pdf_pages),
        "rules": lambda: interpret(document),
    }, rounds=300, budget=budget, min_rounds=20)
    request, local = best(samples["request"]), best(samples["local"])
    ratio = request / local
    note = (f"2-page invoice, {len(samples['request'])} interleaved rounds: request with instant fakes min "
            f"{request * 1000:.2f} ms (median {median(samples['request']) * 1000:.2f}), of which PDF checks "
            f"{best(samples['profile']) * 1000:.2f} ms and vendor rules {best(samples['rules']) * 1000:.2f} ms; "
            f"local extraction min {local * 1000:.2f} ms (median {median(samples['local']) * 1000:.2f}).")
    return [Figure("4", "pipeline overhead, instant cloud fakes", f"{request * 1000:.2f} ms/request",
                   f"{local * 1000:.2f} ms (local extraction, 2 pages)", ratio, f"<= {TARGET:.2f}x",
                   ratio <= TARGET, note)]
