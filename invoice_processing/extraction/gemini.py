"""Gemini backend (google-genai): PDF bytes inline, structured JSON out, under the request deadline.

Time: the tier gets ``min(GEMINI_TIMEOUT_SECONDS, time left - reserves)``. The SDK is given that
window as ``HttpOptions.timeout`` (milliseconds) and the call also runs on a worker thread that
the request stops waiting for when the window closes (``timebox``), because httpx's timeout is per
socket operation, not per call. The SDK never retries on its own (``HttpRetryOptions(attempts=1)``:
its retries would each get the full timeout again); this module retries once, only for 408/429/
5xx or a failed connection, only when the window still has room.

Errors: ``google.genai.errors.APIError`` carries the HTTP status; timeouts and connection failures
arrive as the HTTP client's own exceptions (httpx or httpx2), recognised by class name so either
client works. Only codes and types are recorded, never SDK messages (they can quote the request).

The client is built on first use, not at import (cold start), and kept in ``self._client``: in
google-genai 3.x a client that is not referenced any more is closed under a chained call.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from invoice_processing.deadline import Deadline
from invoice_processing.extraction.backend import (
    BackendError,
    BackendTimeout,
    BackendUnavailableError,
    status_error,
)
from invoice_processing.extraction.gemini_schema import PROMPT, GeminiInvoice, InvalidAnswer, parse_answer, to_invoice
from invoice_processing.extraction.local import isolated_pages
from invoice_processing.extraction.timebox import run_within, tier_window, with_one_retry
from invoice_processing.models import Backend, Document, PdfInput, Usage

if TYPE_CHECKING:
    from google import genai
    from google.genai import types

RETRYABLE_STATUS = frozenset({408, 429, 500, 502, 503, 504})
KeySource = Callable[[Deadline], str]  # deadline -> API key ('' when none is configured)


class GeminiBackend:
    name = Backend.GEMINI

    def __init__(self, api_key: KeySource, *, model: str, api_version: str, timeout: float, min_seconds: float,
                 price_input: float = 0.0, price_output: float = 0.0, base_url: str = ""):
        """``price_*`` are USD per million tokens; ``base_url`` '' keeps the SDK default (which
        honours ``GOOGLE_GEMINI_BASE_URL``)."""
        self._api_key = api_key
        self.model, self.api_version, self.timeout, self.min_seconds = model, api_version, timeout, min_seconds
        self._prices = (price_input, price_output)
        self._base_url = base_url
        self._client: genai.Client | None = None
        self._lock = threading.Lock()

    def extract(self, pdf: PdfInput, deadline: Deadline) -> Document:
        window = tier_window(deadline, self.timeout)
        try:
            [response] = run_within([partial(self._answer, pdf.data, window)], window.remaining())
        except Exception as exc:
            raise translate(exc) from None
        usage = self._usage(response)
        try:
            invoice = to_invoice(parse_answer(response.text or ""))
        except InvalidAnswer as exc:
            raise BackendError("invalid_answer", str(exc), usage=usage) from None
        try:  # the text layer (if any) the answer is checked against (vendor, printed values), read in isolation
            pages = isolated_pages(pdf.data, deadline)
        except BackendError:
            pages = []  # a text layer PDFium cannot read: Gemini read the PDF itself
        return Document(tuple(pages), Backend.GEMINI, {"invoice": invoice, "usage": usage, "model": self.model})

    def _answer(self, data: bytes, window: Deadline) -> types.GenerateContentResponse:
        client = self._client_for(window)
        return with_one_retry(partial(self._generate, client, data), window, retryable=_retryable,
                              min_seconds=self.min_seconds)

    def _client_for(self, window: Deadline) -> genai.Client:
        with self._lock:
            if self._client is None:
                key = self._api_key(window)
                if not key:
                    raise BackendUnavailableError("no_credentials", "no Gemini API key configured")
                from google import genai
                from google.genai import types

                options = types.HttpOptions(api_version=self.api_version, base_url=self._base_url or None,
                                            retry_options=types.HttpRetryOptions(attempts=1))
                self._client = genai.Client(api_key=key, http_options=options)
            return self._client

    def _generate(self, client: genai.Client, data: bytes, seconds: float) -> types.GenerateContentResponse:
        from google.genai import types

        if seconds <= 0:
            raise BackendTimeout(detail="no time left for the call")
        config = types.GenerateContentConfig(
            response_mime_type="application/json", response_schema=GeminiInvoice, temperature=0.0,
            http_options=types.HttpOptions(timeout=max(1, int(seconds * 1000)),
                                           retry_options=types.HttpRetryOptions(attempts=1)),
        )
        contents: list[types.PartUnionDict] = [types.Part.from_bytes(data=data, mime_type="application/pdf"), PROMPT]
        return client.models.generate_content(model=self.model, contents=contents, config=config)

    def _usage(self, response: types.GenerateContentResponse) -> Usage:
        meta = response.usage_metadata
        if meta is None:
            return Usage()
        tokens_in = meta.prompt_token_count or 0
        tokens_out = (meta.candidates_token_count or 0) + (meta.thoughts_token_count or 0)  # thinking is billed
        cost = (tokens_in * self._prices[0] + tokens_out * self._prices[1]) / 1_000_000
        return Usage(tokens_in, tokens_out, cost)


def _transport_kind(exc: Exception) -> str:
    """'timeout' or 'transport' for httpx/httpx2 exceptions, '' for anything else."""
    names = {cls.__name__ for cls in type(exc).__mro__ if cls.__module__.split(".")[0] in ("httpx", "httpx2")}
    if "TimeoutException" in names:
        return "timeout"
    return "transport" if "TransportError" in names else ""


def _retryable(exc: Exception) -> bool:
    from google.genai import errors

    if isinstance(exc, errors.APIError):
        return exc.code in RETRYABLE_STATUS
    return _transport_kind(exc) == "transport"


def translate(exc: Exception) -> BackendError:
    """Any failure of a Gemini call as a ``BackendError`` with a stable code (no SDK text)."""
    from google.genai import errors

    if isinstance(exc, BackendError):
        return exc
    if isinstance(exc, errors.APIError):
        status = exc.code or 0
        not_found = ("model_not_found", "GEMINI_MODEL is not served by this API version")
        return status_error(status, not_found, f"status {status} {exc.status or ''}".strip())
    kind = _transport_kind(exc)
    if kind == "timeout":
        return BackendTimeout(detail=type(exc).__name__)
    if kind == "transport":
        return BackendError("unreachable", type(exc).__name__)
    return BackendError("gemini_error", type(exc).__name__)
