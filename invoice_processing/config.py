"""Settings: read once from the environment into a frozen object and passed down.

This is the only module that knows environment variable names (``ENV_VARS`` documents each
one; the README table and the Terraform consistency test are checked against it). With no
Google configuration at all the embedded default runs: local extraction and a CSV sheet.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from .errors import ConfigurationError

# name -> (default, description). Defaults are strings as they would appear in the environment.
ENV_VARS: dict[str, tuple[str, str]] = {
    "GOOGLE_CLOUD_PROJECT_ID": ("", "Google Cloud project (Document AI, Secret Manager, logging)."),
    "GOOGLE_CLOUD_LOCATION": ("us", "Document AI location (`us` or `eu`)."),
    "DOCUMENT_AI_PROCESSOR_ID": ("", "Document AI invoice processor id; empty disables Document AI."),
    "DOCUMENT_AI_ENDPOINT": ("", "Override of the Document AI API endpoint (tests, private endpoints)."),
    "GOOGLE_SHEETS_SPREADSHEET_ID": ("", "Target spreadsheet; empty means the local CSV sheet."),
    "GOOGLE_SHEETS_SHEET_NAME": ("Sheet1", "Tab that receives the rows (columns B..G)."),
    "LEDGER_SHEET_NAME": ("_ledger", "Hidden tab that records written invoices (idempotency)."),
    "LOCAL_SHEET_PATH": ("invoice_sheet.csv", "CSV sheet of the embedded default (columns B..G)."),
    "GEMINI_API_KEY": ("", "Gemini API key (Terraform fills it from Secret Manager)."),
    "GEMINI_API_KEY_SECRET": ("", "Secret Manager secret holding the key, used when GEMINI_API_KEY is empty."),
    "GEMINI_MODEL": ("gemini-2.5-flash", "Gemini model name."),
    "GEMINI_API_VERSION": ("v1beta", "Gemini API version used by google-genai."),
    "GEMINI_EMERGENCY_DISABLE": ("false", "`true` sends every invoice to Document AI, whatever the stage."),
    "GEMINI_ROLLOUT_STAGE": ("disabled", "disabled | initial | expanded | majority | full (0/5/25/50/100%)."),
    "PRODUCTION_ROLLOUT_ENABLED": ("false", "`false` ignores the stage and keeps Gemini off."),
    "ROLLOUT_SALT": ("invoice-rollout-v1", "Salt of the stable rollout bucketing."),
    "GEMINI_MAX_PAGES": ("5", "PDFs with more pages skip Gemini and go to Document AI."),
    "GEMINI_MAX_BYTES": ("5242880", "PDFs larger than this skip Gemini and go to Document AI."),
    "REQUEST_DEADLINE_SECONDS": ("150", "Total time budget of one request, from arrival."),
    "SHEET_WRITE_RESERVE_SECONDS": ("10", "Part of the budget kept for the sheet write."),
    "MAX_PDF_BYTES": ("20971520", "Largest accepted PDF (413 above)."),
    "MAX_PDF_PAGES": ("200", "Most pages accepted (422 above)."),
    "DOWNLOAD_TIMEOUT_SECONDS": ("30", "Cap on one URL download."),
    "DOWNLOAD_ALLOW_PRIVATE": ("false", "Test setting only: allow URL downloads from loopback/private addresses."),
    "WEBHOOK_TOKEN": ("", "Shared secret expected in X-Webhook-Token or Authorization: Bearer."),
    "ALLOW_UNAUTHENTICATED": ("", "`true` accepts requests without a token when none is configured."),
    "LOG_FORMAT": ("json", "`json` (one record per line), `text` (terminal), `cloud` (google-cloud-logging handler)."),
}


def _truthy(value: str) -> bool:
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _int(env: Mapping[str, str], name: str) -> int:
    raw = env.get(name, "").strip() or ENV_VARS[name][0]
    try:
        value = int(raw)
    except ValueError:
        raise ConfigurationError(f"{name} must be a whole number.", detail=name) from None
    if value <= 0:
        raise ConfigurationError(f"{name} must be positive.", detail=name)
    return value


def _str(env: Mapping[str, str], name: str) -> str:
    return env.get(name, "").strip() or ENV_VARS[name][0]


@dataclass(frozen=True)
class Settings:
    project_id: str = ""
    location: str = "us"
    processor_id: str = ""
    document_ai_endpoint: str = ""
    spreadsheet_id: str = ""
    sheet_name: str = "Sheet1"
    ledger_sheet_name: str = "_ledger"
    local_sheet_path: str = "invoice_sheet.csv"
    gemini_api_key: str = ""
    gemini_api_key_secret: str = ""
    gemini_model: str = "gemini-2.5-flash"
    gemini_api_version: str = "v1beta"
    gemini_max_pages: int = 5
    gemini_max_bytes: int = 5 * 1024 * 1024
    request_deadline_seconds: int = 150
    sheet_write_reserve_seconds: int = 10
    max_pdf_bytes: int = 20 * 1024 * 1024
    max_pdf_pages: int = 200
    download_timeout_seconds: int = 30
    download_allow_private: bool = False
    webhook_token: str = ""
    allow_unauthenticated: bool = True
    log_format: str = "json"

    def __repr__(self) -> str:  # never show secrets in logs or tracebacks
        return f"Settings(project_id={self.project_id!r}, spreadsheet_id={self.spreadsheet_id!r}, ...)"

    @property
    def uses_google_sheets(self) -> bool:
        return bool(self.spreadsheet_id)

    @property
    def document_ai_configured(self) -> bool:
        return bool(self.project_id and self.processor_id)

    @property
    def gemini_configured(self) -> bool:
        return bool(self.gemini_api_key or self.gemini_api_key_secret)


def load_settings(environ: Mapping[str, str] | None = None) -> Settings:
    """Read settings from ``environ`` (default: the process environment). Raises
    ``ConfigurationError`` with the variable's name when a value is unusable."""
    env = os.environ if environ is None else environ
    token = env.get("WEBHOOK_TOKEN", "").strip()
    spreadsheet_id = _str(env, "GOOGLE_SHEETS_SPREADSHEET_ID")
    allow_raw = env.get("ALLOW_UNAUTHENTICATED", "").strip()
    # Open access is the embedded default only: once a real sheet is configured it must be asked for.
    allow_open = _truthy(allow_raw) if allow_raw else not spreadsheet_id
    log_format = _str(env, "LOG_FORMAT").lower()
    if log_format not in {"json", "text", "cloud"}:
        raise ConfigurationError("LOG_FORMAT must be 'json', 'text' or 'cloud'.", detail="LOG_FORMAT")
    return Settings(
        project_id=_str(env, "GOOGLE_CLOUD_PROJECT_ID"),
        location=_str(env, "GOOGLE_CLOUD_LOCATION"),
        processor_id=_str(env, "DOCUMENT_AI_PROCESSOR_ID"),
        document_ai_endpoint=_str(env, "DOCUMENT_AI_ENDPOINT"),
        spreadsheet_id=spreadsheet_id,
        sheet_name=_str(env, "GOOGLE_SHEETS_SHEET_NAME"),
        ledger_sheet_name=_str(env, "LEDGER_SHEET_NAME"),
        local_sheet_path=_str(env, "LOCAL_SHEET_PATH"),
        gemini_api_key=env.get("GEMINI_API_KEY", "").strip(),
        gemini_api_key_secret=_str(env, "GEMINI_API_KEY_SECRET"),
        gemini_model=_str(env, "GEMINI_MODEL"),
        gemini_api_version=_str(env, "GEMINI_API_VERSION"),
        gemini_max_pages=_int(env, "GEMINI_MAX_PAGES"),
        gemini_max_bytes=_int(env, "GEMINI_MAX_BYTES"),
        request_deadline_seconds=_int(env, "REQUEST_DEADLINE_SECONDS"),
        sheet_write_reserve_seconds=_int(env, "SHEET_WRITE_RESERVE_SECONDS"),
        max_pdf_bytes=_int(env, "MAX_PDF_BYTES"),
        max_pdf_pages=_int(env, "MAX_PDF_PAGES"),
        download_timeout_seconds=_int(env, "DOWNLOAD_TIMEOUT_SECONDS"),
        download_allow_private=_truthy(_str(env, "DOWNLOAD_ALLOW_PRIVATE")),
        webhook_token=token,
        allow_unauthenticated=allow_open,
        log_format=log_format,
    )
