"""Settings: every setting declared once, read once from the environment into a frozen object.

Each ``Settings`` field names its environment variable, its default (as the environment would
spell it), its documentation and its parser; ``ENV_VARS``, ``load_settings`` and the README and
Terraform checks are all derived from those declarations. This is the only module of the package
that reads the environment. The rollout switches are read per request by ``rollout.stages``,
which declares them itself (``rollout.stages.ENV_VARS``). With no Google configuration at all
the embedded default runs: local extraction and a CSV sheet.
"""

from __future__ import annotations

import ipaddress
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from invoice_processing.errors import ConfigurationError

Parser = Callable[[str, str], Any]  # (raw text, variable name) -> value; raises ConfigurationError
PRODUCTION_ROLLOUT_ENABLED = "PRODUCTION_ROLLOUT_ENABLED"  # declared and read per request in rollout.stages


def _text(raw: str, name: str) -> str:
    return raw


def _truthy(raw: str, name: str = "") -> bool:
    return raw.strip().lower() in {"1", "true", "yes", "on"}


def _int(raw: str, name: str) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise ConfigurationError(f"{name} must be a whole number.", detail=name) from None
    if value <= 0:
        raise ConfigurationError(f"{name} must be positive.", detail=name)
    return value


def _seconds(raw: str, name: str, *, allow_zero: bool = False) -> float:
    try:
        value = float(raw)
    except ValueError:
        raise ConfigurationError(f"{name} must be a number of seconds or dollars.", detail=name) from None
    if not (value >= 0 if allow_zero else value > 0) or value == float("inf"):
        raise ConfigurationError(f"{name} must be a positive finite number.", detail=name)
    return value


def _price(raw: str, name: str) -> float:
    return _seconds(raw, name, allow_zero=True)


def _list(raw: str, name: str) -> tuple[str, ...]:
    return tuple(item.strip().lower() for item in raw.split(",") if item.strip())


def _overrides(raw: str, name: str) -> tuple[tuple[str, str], ...]:
    """``host=ip`` pairs; each value must be an IP address (checked later like any DNS answer)."""
    pairs = []
    for item in _list(raw, name):
        host, _, address = item.partition("=")
        try:
            ipaddress.ip_address(address.strip())
        except ValueError:
            raise ConfigurationError(f"{name} must look like host=ip,host=ip.", detail=name) from None
        pairs.append((host.strip().rstrip("."), address.strip()))
    return tuple(pairs)


def _log_format(raw: str, name: str) -> str:
    value = raw.lower()
    if value not in {"json", "text", "cloud"}:
        raise ConfigurationError("LOG_FORMAT must be 'json', 'text' or 'cloud'.", detail=name)
    return value


def _setting(env: str, default: str, doc: str, parse: Parser = _text, value: Any = None) -> Any:
    """One declared setting: a dataclass field whose default is ``parse(default)`` (or ``value``)."""
    typed = parse(default, env) if value is None else value
    return field(default=typed, metadata={"env": env, "default": default, "doc": doc, "parse": parse})


@dataclass(frozen=True)
class Settings:
    project_id: str = _setting(
        "GOOGLE_CLOUD_PROJECT_ID", "", "Google Cloud project (Document AI, Secret Manager, logging).")
    location: str = _setting("GOOGLE_CLOUD_LOCATION", "us", "Document AI location (`us` or `eu`).")
    processor_id: str = _setting(
        "DOCUMENT_AI_PROCESSOR_ID", "", "Document AI invoice processor id; empty disables Document AI.")
    document_ai_endpoint: str = _setting(
        "DOCUMENT_AI_ENDPOINT", "",
        "Override of the Document AI API endpoint (private endpoints: gRPC with TLS); `grpc://host:port` (insecure "
        "gRPC) and `http://host:port` (plain REST) are for loopback fakes and emulators and send no credentials.")
    spreadsheet_id: str = _setting(
        "GOOGLE_SHEETS_SPREADSHEET_ID", "", "Target spreadsheet; empty means the local CSV sheet.")
    sheet_name: str = _setting(
        "GOOGLE_SHEETS_SHEET_NAME", "Sheet1",
        "Tab that receives the rows (columns B..G); `{year}` in it becomes the current year (UTC), so each year "
        "starts a new tab, created when missing.")
    ledger_sheet_name: str = _setting(
        "LEDGER_SHEET_NAME", "_ledger", "Hidden tab that records written invoices (idempotency).")
    sheets_writes_per_minute: int = _setting(
        "SHEETS_WRITES_PER_MINUTE", "60",
        "Sheets write requests this instance may send per minute: its share of the quota (60 per minute per "
        "service account), which Terraform divides by the instance count.", _int)
    local_sheet_path: str = _setting(
        "LOCAL_SHEET_PATH", "invoice_sheet.csv", "CSV sheet of the embedded default (columns B..G).")
    gemini_api_key: str = _setting("GEMINI_API_KEY", "", "Gemini API key (Terraform fills it from Secret Manager).")
    gemini_api_key_secret: str = _setting(
        "GEMINI_API_KEY_SECRET", "", "Secret Manager secret holding the key, used when GEMINI_API_KEY is empty.")
    gemini_model: str = _setting("GEMINI_MODEL", "gemini-2.5-flash", "Gemini model name.")
    gemini_api_version: str = _setting("GEMINI_API_VERSION", "v1beta", "Gemini API version used by google-genai.")
    gemini_max_pages: int = _setting(
        "GEMINI_MAX_PAGES", "5", "PDFs with more pages skip Gemini and go to Document AI.", _int)
    gemini_max_bytes: int = _setting(
        "GEMINI_MAX_BYTES", "5242880", "PDFs larger than this skip Gemini and go to Document AI.", _int)
    request_deadline_seconds: float = _setting(
        "REQUEST_DEADLINE_SECONDS", "150",
        "Total time budget of one request, from arrival (seconds, may be fractional).", _seconds)
    sheet_write_reserve_seconds: float = _setting(
        "SHEET_WRITE_RESERVE_SECONDS", "10", "Part of the budget kept for the sheet write.", _seconds)
    gemini_timeout_seconds: float = _setting(
        "GEMINI_TIMEOUT_SECONDS", "60", "Cap on one Gemini call (the request deadline may cut it shorter).", _seconds)
    document_ai_timeout_seconds: float = _setting(
        "DOCUMENT_AI_TIMEOUT_SECONDS", "90",
        "Cap on one Document AI call (the request deadline may cut it shorter).", _seconds)
    cloud_call_min_seconds: float = _setting(
        "CLOUD_CALL_MIN_SECONDS", "5",
        "Shortest cloud call worth starting; earlier tiers leave this to later ones.", _seconds)
    gemini_price_input_per_million: float = _setting(
        "GEMINI_PRICE_INPUT_PER_MILLION", "0.30",
        "USD per million Gemini input tokens (logged cost estimate).", _price)
    gemini_price_output_per_million: float = _setting(
        "GEMINI_PRICE_OUTPUT_PER_MILLION", "2.50",
        "USD per million Gemini output tokens (logged cost estimate).", _price)
    document_ai_price_per_page: float = _setting(
        "DOCUMENT_AI_PRICE_PER_PAGE", "0.01", "USD per page processed by Document AI (logged cost estimate).", _price)
    max_pdf_bytes: int = _setting("MAX_PDF_BYTES", "20971520", "Largest accepted PDF (413 above).", _int)
    max_pdf_pages: int = _setting("MAX_PDF_PAGES", "200", "Most pages accepted (422 above).", _int)
    download_timeout_seconds: int = _setting("DOWNLOAD_TIMEOUT_SECONDS", "30", "Cap on one URL download.", _int)
    download_allow_private: bool = _setting(
        "DOWNLOAD_ALLOW_PRIVATE", "false",
        "Test setting only: allow plain http and loopback (127.0.0.0/8, ::1) download addresses; private, "
        "link-local and metadata addresses stay refused.", _truthy)
    download_allowed_hosts: tuple[str, ...] = _setting(
        "DOWNLOAD_ALLOWED_HOSTS", "",
        "Optional comma-separated allow-list of download hosts (`*.example.com` matches subdomains); empty "
        "allows any public host.", _list)
    download_resolve_overrides: tuple[tuple[str, str], ...] = _setting(
        "DOWNLOAD_RESOLVE_OVERRIDES", "",
        "Test setting only: `host=ip,...` answered instead of DNS, like a hosts file; the answers still pass "
        "the address checks.", _overrides)
    trello_api_key: str = _setting(
        "TRELLO_API_KEY", "", "Trello API key for downloading Trello attachment links (from Secret Manager).")
    trello_api_token: str = _setting(
        "TRELLO_API_TOKEN", "", "Trello API token for downloading Trello attachment links (from Secret Manager).")
    webhook_token: str = _setting(
        "WEBHOOK_TOKEN", "", "Shared secret expected in X-Webhook-Token or Authorization: Bearer.")
    # Empty means: open on the embedded default only; once a real sheet is set it must be asked for.
    allow_unauthenticated: bool = _setting(
        "ALLOW_UNAUTHENTICATED", "", "`true` accepts requests without a token when none is configured.",
        _truthy, value=True)
    log_format: str = _setting(
        "LOG_FORMAT", "json",
        "`json` (one record per line), `text` (terminal), `cloud` (google-cloud-logging handler).", _log_format)

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


# name -> (default as the environment spells it, documentation), in declaration order.
ENV_VARS: dict[str, tuple[str, str]] = {
    f.metadata["env"]: (f.metadata["default"], f.metadata["doc"]) for f in fields(Settings)
}


def load_settings(environ: Mapping[str, str] | None = None) -> Settings:
    """Read settings from ``environ`` (default: the process environment). Raises
    ``ConfigurationError`` with the variable's name when a value is unusable."""
    env = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    for declared in fields(Settings):
        name, default, parse = declared.metadata["env"], declared.metadata["default"], declared.metadata["parse"]
        values[declared.name] = parse(env.get(name, "").strip() or default, name)
    if not env.get("ALLOW_UNAUTHENTICATED", "").strip():
        values["allow_unauthenticated"] = not values["spreadsheet_id"]
    settings = Settings(**values)
    _check_backends(settings, required_document_ai=_truthy(env.get(PRODUCTION_ROLLOUT_ENABLED, "")))
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
