"""HTTP request → ``PdfInput``: the four ways Zapier (or a person) can send an invoice.

1. multipart/form-data with a file in ``invoice_file``;
2. a form field ``file_url`` (or a URL string in ``invoice_file``);
3. a JSON body ``{"file_url": "..."}``;
4. a raw body with ``Content-Type: application/pdf``.

Also the method and webhook-token checks, which run before the body is read.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from invoice_processing.config import Settings
from invoice_processing.errors import MethodNotAllowed, MissingInput, PayloadTooLarge, Unauthorized
from invoice_processing.models import PdfInput
from invoice_processing.pdf.checks import check_magic, check_size

if TYPE_CHECKING:
    from werkzeug.datastructures import Headers
    from werkzeug.wrappers import Request

FILE_FIELD = "invoice_file"
URL_FIELD = "file_url"
FORM_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded")
RAW_TYPES = ("application/pdf", "application/octet-stream")

Fetcher = Callable[[str], bytes]  # url -> bytes (the caller binds size cap and timeout)


def check_method(method: str) -> None:
    if method.upper() != "POST":
        raise MethodNotAllowed()


def check_token(headers: Headers | Mapping[str, str], settings: Settings) -> None:
    """Constant-time check of ``X-Webhook-Token`` or ``Authorization: Bearer``."""
    if not settings.webhook_token:
        if settings.allow_unauthenticated:
            return
        raise Unauthorized(
            "This service has no webhook token configured and does not accept unauthenticated "
            "requests. An operator must set WEBHOOK_TOKEN (or ALLOW_UNAUTHENTICATED=true)."
        )
    supplied = headers.get("X-Webhook-Token", "")
    auth = headers.get("Authorization", "")
    if not supplied and auth.lower().startswith("bearer "):
        supplied = auth[7:].strip()
    if not hmac.compare_digest(supplied.encode(), settings.webhook_token.encode()):
        raise Unauthorized()


def read_request(request: Request, settings: Settings, fetch: Fetcher) -> PdfInput:
    """Turn a Flask/Werkzeug request into the PDF it carries (not yet parsed)."""
    declared = request.content_length
    if declared is not None and declared > settings.max_pdf_bytes + 64 * 1024:
        raise PayloadTooLarge(
            f"The request body is {declared / 1_048_576:.1f} MB; the limit is "
            f"{settings.max_pdf_bytes / 1_048_576:.1f} MB.",
            detail=f"content_length={declared}",
        )
    mimetype = (request.mimetype or "").lower()
    if mimetype in FORM_TYPES:
        return _from_form(request, settings, fetch)
    if mimetype == "application/json":
        return _from_json(request, fetch)
    body = request.stream.read(settings.max_pdf_bytes + 1)
    if not body:
        raise MissingInput()
    check_size(len(body), settings.max_pdf_bytes)
    if mimetype not in RAW_TYPES:
        check_magic(body)  # an unlabelled body is accepted only when it is a PDF
    return PdfInput(body, "raw")


def _from_form(request: Request, settings: Settings, fetch: Fetcher) -> PdfInput:
    upload = request.files.get(FILE_FIELD)
    if upload is not None and upload.filename is not None:
        data = upload.stream.read(settings.max_pdf_bytes + 1)
        if data:
            check_size(len(data), settings.max_pdf_bytes)
            return PdfInput(data, "multipart", filename=_safe_name(upload.filename))
    for field in (URL_FIELD, FILE_FIELD):
        value = (request.form.get(field) or "").strip()
        if value:
            return PdfInput(fetch(value), "form_url", filename=_safe_name(value.rsplit("/", 1)[-1]))
    if request.files:
        raise MissingInput(
            f"The file must be sent in the '{FILE_FIELD}' field (found other file fields). "
            "In Zapier, name the file field invoice_file."
        )
    raise MissingInput()


def _from_json(request: Request, fetch: Fetcher) -> PdfInput:
    try:
        payload = request.get_json(silent=True)
    except RecursionError:  # deeply nested JSON: not a request we can use, not a crash
        payload = None
    if not isinstance(payload, dict):
        raise MissingInput("The JSON body must be an object like {\"file_url\": \"https://...\"}.")
    url = payload.get(URL_FIELD)
    if not isinstance(url, str) or not url.strip():
        raise MissingInput("The JSON body has no 'file_url' string. Send {\"file_url\": \"https://...\"}.")
    return PdfInput(fetch(url.strip()), "json_url")


def _safe_name(name: str) -> str:
    """A short, printable file name for logs and the ledger (never a path or a query)."""
    base = name.split("?", 1)[0].replace("\\", "/").rsplit("/", 1)[-1]
    return "".join(ch for ch in base if ch.isprintable())[:120]
