"""Build the pipeline's dependencies from settings: which backends exist, which sheet.

Only the entry points (``main.py`` and the CLI) call this. Cloud clients are created lazily
inside the backends and the Google sheet writer, so importing this module stays cheap.
"""

from __future__ import annotations

from invoice_processing.config import Settings
from invoice_processing.extraction.backend import ExtractionBackend
from invoice_processing.extraction.local import LocalBackend
from invoice_processing.models import Backend
from invoice_processing.pipeline import Deps
from invoice_processing.sheets.csv_sheet import CsvSheet
from invoice_processing.sheets.writer import SheetWriter


def build_deps(settings: Settings) -> Deps:
    backends: dict[Backend, ExtractionBackend] = {Backend.LOCAL: LocalBackend()}
    if settings.document_ai_configured:
        backends[Backend.DOCUMENT_AI] = build_document_ai(settings)
    if settings.gemini_configured:
        backends[Backend.GEMINI] = build_gemini(settings)
    return Deps(backends=backends, sheet=build_sheet(settings))


def build_gemini(settings: Settings) -> ExtractionBackend:
    """Gemini with its key from the environment or Secret Manager (fetched on first use)."""
    from invoice_processing.extraction.gemini import (
        GeminiBackend,  # pydantic schema: loaded only when Gemini is configured
    )
    from invoice_processing.extraction.gemini_key import ApiKey

    key = ApiKey(settings.gemini_api_key, secret=settings.gemini_api_key_secret, project=settings.project_id)
    return GeminiBackend(
        key, model=settings.gemini_model, api_version=settings.gemini_api_version,
        timeout=settings.gemini_timeout_seconds, min_seconds=settings.cloud_call_min_seconds,
        price_input=settings.gemini_price_input_per_million, price_output=settings.gemini_price_output_per_million,
    )


def build_document_ai(settings: Settings) -> ExtractionBackend:
    from invoice_processing.extraction.document_ai import DocumentAiBackend

    return DocumentAiBackend(
        project=settings.project_id, location=settings.location, processor_id=settings.processor_id,
        endpoint=settings.document_ai_endpoint, timeout=settings.document_ai_timeout_seconds,
        min_seconds=settings.cloud_call_min_seconds, price_per_page=settings.document_ai_price_per_page,
    )


def build_sheet(settings: Settings) -> SheetWriter:
    if settings.uses_google_sheets:
        from invoice_processing.sheets.google_sheet import GoogleSheet

        return GoogleSheet(settings)
    return CsvSheet(settings.local_sheet_path)
