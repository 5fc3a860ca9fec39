"""Settings: read once from the environment into a frozen object and passed down.

This is the only module that knows environment variable names (``ENV_VARS`` documents each
one; the README table and the Terraform consistency test are checked against it). With no
Google configuration at all the embedded default runs: local extraction and a CSV sheet.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass

from invoice_processing.errors import ConfigurationError

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
    "REQUEST_DEADLINE_SECONDS": ("150", "Total time budget of one request, from arrival (seconds, may be fractional)."),
    "SHEET_WRITE_RESERVE_SECONDS": ("10", "Part of the budget kept for the sheet write."),
    "GEMINI_TIMEOUT_SECONDS": ("60", "Cap on one Gemini call (the request deadline may cut it shorter)."),
    "DOCUMENT_AI_TIMEOUT_SECONDS": ("90", "Cap on one Document AI call (the request deadline may cut it shorter)."),
    "CLOUD_CALL_MIN_SECONDS": ("5", "Shortest cloud call worth starting; earlier tiers leave this to later ones."),
    "GEMINI_PRICE_INPUT_PER_MILLION": ("0.30", "USD per million Gemini input tokens (logged cost estimate)."),
    "GEMINI_PRICE_OUTPUT_PER_MILLION": ("2.50", "USD per million Gemini output tokens (logged cost estimate)."),
    "DOCUMENT_AI_PRICE_PER_PAGE": ("0.01", "USD per page processed by Document AI (logged cost estimate)."),
    "MAX_PDF_BYTES": ("20971520", "Largest accepted PDF (413 above)."),
    "MAX_PDF_PAGES": ("200", "Most pages accepted (422 above)."),
    "DOWNLOAD_TIMEOUT_SECONDS": ("30", "Cap on one URL download."),
    "DOWNLOAD_ALLOW_PRIVATE": ("false", "Test setting only: allow plain http and loopback (127.0.0.0/8, ::1) "
                               "download addresses; private, link-local and metadata addresses stay refused."),
    "DOWNLOAD_ALLOWED_HOSTS": ("", "Optional comma-separated allow-list of download hosts (`*.example.com` "
                               "matches subdomains); empty allows any public host."),
    "DOWNLOAD_RESOLVE_OVERRIDES": ("", "Test setting only: `host=ip,...` answered instead of DNS, like a hosts "
                                   "file; the answers still pass the address checks."),
    "TRELLO_API_KEY": ("", "Trello API key for downloading Trello attachment links (from Secret Manager)."),
    "TRELLO_API_TOKEN": ("", "Trello API token for downloading Trello attachment links (from Secret Manager)."),
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


def _float(env: Mapping[str, str], name: str, *, allow_zero: bool = False) -> float:
    raw = env.get(name, "").strip() or ENV_VARS[name][0]
    try:
        value = float(raw)
    except ValueError:
        raise ConfigurationError(f"{name} must be a number of seconds or dollars.", detail=name) from None
    if not (value >= 0 if allow_zero else value > 0) or value == float("inf"):
        raise ConfigurationError(f"{name} must be a positive finite number.", detail=name)
    return value


def _str(env: Mapping[str, str], name: str) -> str:
    return env.get(name, "").strip() or ENV_VARS[name][0]


def _list(env: Mapping[str, str], name: str) -> tuple[str, ...]:
    return tuple(item.strip().lower() for item in _str(env, name).split(",") if item.strip())


def _overrides(env: Mapping[str, str], name: str) -> tuple[tuple[str, str], ...]:
    """``host=ip`` pairs; each value must be an IP address (checked later like any DNS answer)."""
    import ipaddress

    pairs = []
    for item in _list(env, name):
        host, _, address = item.partition("=")
        try:
            ipaddress.ip_address(address.strip())
        except ValueError:
            raise ConfigurationError(f"{name} must look like host=ip,host=ip.", detail=name) from None
        pairs.append((host.strip().rstrip("."), address.strip()))
    return tuple(pairs)


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
    request_deadline_seconds: float = 150.0
    sheet_write_reserve_seconds: float = 10.0
    gemini_timeout_seconds: float = 60.0
    document_ai_timeout_seconds: float = 90.0
    cloud_call_min_seconds: float = 5.0
    gemini_price_input_per_million: float = 0.30
    gemini_price_output_per_million: float = 2.50
    document_ai_price_per_page: float = 0.01
    max_pdf_bytes: int = 20 * 1024 * 1024
    max_pdf_pages: int = 200
    download_timeout_seconds: int = 30
    download_allow_private: bool = False
    download_allowed_hosts: tuple[str, ...] = ()
    download_resolve_overrides: tuple[tuple[str, str], ...] = ()
    trello_api_key: str = ""
    trello_api_token: str = ""
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
    settings = Settings(
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
        request_deadline_seconds=_float(env, "REQUEST_DEADLINE_SECONDS"),
        sheet_write_reserve_seconds=_float(env, "SHEET_WRITE_RESERVE_SECONDS"),
        gemini_timeout_seconds=_float(env, "GEMINI_TIMEOUT_SECONDS"),
        document_ai_timeout_seconds=_float(env, "DOCUMENT_AI_TIMEOUT_SECONDS"),
        cloud_call_min_seconds=_float(env, "CLOUD_CALL_MIN_SECONDS"),
        gemini_price_input_per_million=_float(env, "GEMINI_PRICE_INPUT_PER_MILLION", allow_zero=True),
        gemini_price_output_per_million=_float(env, "GEMINI_PRICE_OUTPUT_PER_MILLION", allow_zero=True),
        document_ai_price_per_page=_float(env, "DOCUMENT_AI_PRICE_PER_PAGE", allow_zero=True),
        max_pdf_bytes=_int(env, "MAX_PDF_BYTES"),
        max_pdf_pages=_int(env, "MAX_PDF_PAGES"),
        download_timeout_seconds=_int(env, "DOWNLOAD_TIMEOUT_SECONDS"),
        download_allow_private=_truthy(_str(env, "DOWNLOAD_ALLOW_PRIVATE")),
        download_allowed_hosts=_list(env, "DOWNLOAD_ALLOWED_HOSTS"),
        download_resolve_overrides=_overrides(env, "DOWNLOAD_RESOLVE_OVERRIDES"),
        trello_api_key=env.get("TRELLO_API_KEY", "").strip(),
        trello_api_token=env.get("TRELLO_API_TOKEN", "").strip(),
        webhook_token=token,
        allow_unauthenticated=allow_open,
        log_format=log_format,
    )
    _check_backends(settings, required_document_ai=_truthy(env.get("PRODUCTION_ROLLOUT_ENABLED", "")))
    return settings


_GEMINI_MODEL = re.compile(r"(?:models/)?gemini-[a-z0-9][a-z0-9.-]*")
_GEMINI_API_VERSIONS = ("v1", "v1beta", "v1alpha")
_LOCATION = re.compile(r"[a-z0-9-]+")


def _check_backends(settings: Settings, *, required_document_ai: bool) -> None:
    """Reject backend settings that would only fail later, per request, with a vaguer error.

    Document AI is required once the production rollout is on: its control arm runs on it, and
    without a processor the A/B comparison would silently measure the local backend instead.
    """
    if not _GEMINI_MODEL.fullmatch(settings.gemini_model):
        raise ConfigurationError(
            f"GEMINI_MODEL {settings.gemini_model!r} is not a Gemini model name (expected e.g. "
            "'gemini-2.5-flash'). Fix GEMINI_MODEL.", detail="GEMINI_MODEL")
    if settings.gemini_api_version not in _GEMINI_API_VERSIONS:
        raise ConfigurationError(
            f"GEMINI_API_VERSION must be one of {', '.join(_GEMINI_API_VERSIONS)}.", detail="GEMINI_API_VERSION")
    if not _LOCATION.fullmatch(settings.location):
        raise ConfigurationError("GOOGLE_CLOUD_LOCATION must be a location name such as 'us' or 'eu'.",
                                 detail="GOOGLE_CLOUD_LOCATION")
    if settings.processor_id and not settings.project_id:
        raise ConfigurationError("DOCUMENT_AI_PROCESSOR_ID is set but GOOGLE_CLOUD_PROJECT_ID is empty; "
                                 "Document AI needs both.", detail="GOOGLE_CLOUD_PROJECT_ID")
    secret = settings.gemini_api_key_secret
    if secret and not settings.gemini_api_key and not secret.startswith("projects/") and not settings.project_id:
        raise ConfigurationError("GEMINI_API_KEY_SECRET names a secret but GOOGLE_CLOUD_PROJECT_ID is empty; set "
                                 "the project or use the full projects/.../secrets/... name.",
                                 detail="GEMINI_API_KEY_SECRET")
    if required_document_ai and not settings.processor_id:
        raise ConfigurationError(
            "DOCUMENT_AI_PROCESSOR_ID is empty, but PRODUCTION_ROLLOUT_ENABLED is true and the control arm "
            "runs on Document AI. Set DOCUMENT_AI_PROCESSOR_ID and GOOGLE_CLOUD_PROJECT_ID, or set "
            "PRODUCTION_ROLLOUT_ENABLED=false.", detail="DOCUMENT_AI_PROCESSOR_ID")
    if settings.sheet_write_reserve_seconds >= settings.request_deadline_seconds:
        raise ConfigurationError("SHEET_WRITE_RESERVE_SECONDS must be smaller than REQUEST_DEADLINE_SECONDS.",
                                 detail="SHEET_WRITE_RESERVE_SECONDS")
