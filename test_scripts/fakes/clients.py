"""The product's real backends and app, pointed at the loopback fakes (helpers for tests)."""

from __future__ import annotations

import time
from pathlib import Path

import flask

from invoice_processing.app import handle
from invoice_processing.config import load_settings
from invoice_processing.extraction.document_ai import DocumentAiBackend
from invoice_processing.extraction.gemini import GeminiBackend
from invoice_processing.extraction.local import LocalBackend
from invoice_processing.models import Backend, Route
from invoice_processing.pipeline import Deps
from invoice_processing.sheets.csv_sheet import CsvSheet

from .docai_fake import DocumentAiFake
from .gemini_fake import GeminiFake

FAST = {"REQUEST_DEADLINE_SECONDS": "3", "SHEET_WRITE_RESERVE_SECONDS": "0.2", "CLOUD_CALL_MIN_SECONDS": "0.8"}
_app = flask.Flask("fakes")


def gemini_backend(fake: GeminiFake, settings=None, *, key: str = "test-key", model: str = "") -> GeminiBackend:
    settings = settings or load_settings(FAST)
    return GeminiBackend(lambda deadline: key, model=model or settings.gemini_model,
                         api_version=settings.gemini_api_version, timeout=settings.gemini_timeout_seconds,
                         min_seconds=settings.cloud_call_min_seconds, price_input=0.30, price_output=2.50,
                         base_url=fake.url)


def docai_backend(fake: DocumentAiFake, settings=None) -> DocumentAiBackend:
    settings = settings or load_settings(FAST)
    return DocumentAiBackend(project="test-project", location="us", processor_id=fake.processor, endpoint=fake.url,
                             timeout=settings.document_ai_timeout_seconds, min_seconds=settings.cloud_call_min_seconds,
                             price_per_page=0.01)


def deps_for(sheet: Path, gemini: GeminiFake | None = None, docai: DocumentAiFake | None = None, *,
             local: bool = True, settings=None) -> Deps:
    backends: dict = {Backend.LOCAL: LocalBackend()} if local else {}
    if gemini is not None:
        backends[Backend.GEMINI] = gemini_backend(gemini, settings)
    if docai is not None:
        backends[Backend.DOCUMENT_AI] = docai_backend(docai, settings)
    return Deps(backends=backends, sheet=CsvSheet(str(sheet)))


def post(pdf: bytes, deps: Deps, settings=None, planned: Backend = Backend.GEMINI) -> tuple[dict, int, float]:
    """POST the PDF to the real app as Zapier's raw mode does; returns (body, status, seconds)."""
    settings = settings or load_settings(FAST)
    route = Route(planned, stage="full", bucket=0, variant="treatment" if planned is Backend.GEMINI else "control")
    with _app.test_request_context("/", method="POST", data=pdf, content_type="application/pdf") as context:
        started = time.monotonic()
        body, status, _ = handle(context.request, settings, deps, lambda key: route)
        return body, status, time.monotonic() - started
