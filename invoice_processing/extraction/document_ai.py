"""Document AI backend (google-cloud-documentai, gRPC transport) under the request deadline.

The synchronous ``:process`` call takes at most 15 pages, so longer PDFs are split into parts
of at most 15 pages that run concurrently; the parts' pages are merged back in page order (lines
are kept as read, never de-duplicated by text). The page layout becomes ``TextLine``s that go
through the same vendor rules as the local backend; entities go into ``Document.fields``, and
the invoice they describe (``document_ai_invoice``) into ``fields["entities"]``: the reading for
vendors without rules, and a second reading of the rules' for the vendors with rules.

Time: the tier gets ``min(DOCUMENT_AI_TIMEOUT_SECONDS, time left - reserves)``; every call is
given what is left of that window as its ``timeout`` with the SDK's own retry switched off (its
default retry runs for up to 300 s), and the request stops waiting for the workers when the
window closes. A part is retried once for 429/5xx or a failed connection when the window allows.

Credentials: Application Default Credentials, resolved once per instance on first use. A plain
``http://`` endpoint (the loopback fake, a private emulator) gets anonymous credentials, so no
token is ever sent unencrypted. No credentials means the backend reports itself unavailable.
"""

from __future__ import annotations

import threading
from functools import partial
from typing import TYPE_CHECKING, Any

from invoice_processing.deadline import Deadline
from invoice_processing.extraction.backend import (
    BackendError,
    BackendTimeout,
    BackendUnavailableError,
    status_error,
)
from invoice_processing.extraction.docai_mapping import document_pages, entity_fields, merge_fields
from invoice_processing.extraction.document_ai_invoice import entity_invoice
from invoice_processing.extraction.timebox import run_within, tier_window, with_one_retry
from invoice_processing.models import Backend, Document, Page, PdfInput, Usage
from invoice_processing.pdf.document import open_document, split_pages

if TYPE_CHECKING:
    from google.auth.credentials import Credentials
    from google.cloud import documentai

MAX_PAGES_PER_CALL = 15  # the synchronous API's limit
RETRYABLE_STATUS = frozenset({429, 500, 502, 503})
GRPC_OPTIONS = [("grpc.max_send_message_length", -1), ("grpc.max_receive_message_length", -1)]  # as Google's own
# Only what the mapping reads: page images, blocks and paragraphs would multiply the response
# size (and, over REST, the JSON-to-protobuf parsing: about 0.5 s per 15 pages).
FIELD_MASK = {"paths": ["text", "entities", "pages.page_number", "pages.dimension", "pages.lines", "pages.tokens"]}


class DocumentAiBackend:
    name = Backend.DOCUMENT_AI

    def __init__(self, *, project: str, location: str, processor_id: str, timeout: float, min_seconds: float,
                 endpoint: str = "", price_per_page: float = 0.0, parallel: int = 8):
        self.processor = f"projects/{project}/locations/{location}/processors/{processor_id}"
        self.endpoint = endpoint or f"{location}-documentai.googleapis.com"
        self.timeout, self.min_seconds, self.parallel = timeout, min_seconds, parallel
        self._price_per_page = price_per_page
        self._client: documentai.DocumentProcessorServiceClient | None = None
        self._unavailable = ""  # set once credentials are known to be missing
        self._lock = threading.Lock()

    def extract(self, pdf: PdfInput, deadline: Deadline) -> Document:
        window = tier_window(deadline, self.timeout)
        try:
            [client] = run_within([self._client_once], window.remaining())
            parts = split_pages(pdf.data, MAX_PAGES_PER_CALL)
            sizes = page_sizes(pdf.data)
            calls = [partial(self._process_part, client, data, first, sizes[first - 1:], window)
                     for first, data in parts]
            results = run_within(calls, window.remaining(), parallel=self.parallel)
        except Exception as exc:
            raise translate(exc) from None
        pages: list[Page] = [page for part_pages, _ in results for page in part_pages]
        fields = merge_fields([part_fields for _, part_fields in results])
        fields["entities"] = entity_invoice(fields)
        fields["usage"] = Usage(cost_usd=len(pages) * self._price_per_page)
        return Document(tuple(pages), Backend.DOCUMENT_AI, fields)

    def _process_part(self, client: documentai.DocumentProcessorServiceClient, data: bytes, first: int,
                      sizes: list[tuple[float, float]], window: Deadline) -> tuple[list[Page], dict[str, Any]]:
        from google.cloud import documentai

        request = documentai.ProcessRequest(
            name=self.processor, raw_document=documentai.RawDocument(content=data, mime_type="application/pdf"),
            field_mask=FIELD_MASK)

        def call(seconds: float) -> documentai.ProcessResponse:
            if seconds <= 0:
                raise BackendTimeout(detail="no time left for the call")
            return client.process_document(request=request, timeout=seconds, retry=None)

        response = with_one_retry(call, window, retryable=_retryable, min_seconds=self.min_seconds)
        document = documentai.Document.pb(response.document)
        return document_pages(document, sizes, first), entity_fields(document)

    def _client_once(self) -> documentai.DocumentProcessorServiceClient:
        with self._lock:
            if self._unavailable:
                raise BackendUnavailableError(self._unavailable)
            if self._client is None:
                self._client = self._build_client()
            return self._client

    def _build_client(self) -> documentai.DocumentProcessorServiceClient:
        """gRPC to Google (binary protobuf: a 15-page answer parses in milliseconds, where the
        REST transport's JSON-to-protobuf parsing takes about a second, serialised across the
        concurrent parts by the interpreter lock). ``grpc://host:port`` is an insecure channel
        and ``http://host:port`` plain REST, both for loopback fakes and emulators, both anonymous."""
        from google.api_core.client_options import ClientOptions
        from google.auth.credentials import AnonymousCredentials
        from google.cloud import documentai

        if self.endpoint.startswith("grpc://"):
            import grpc  # type: ignore[import-untyped]  # no type information installed (types-grpcio)
            from google.cloud.documentai_v1.services.document_processor_service.transports import (
                DocumentProcessorServiceGrpcTransport,
            )

            channel = grpc.insecure_channel(self.endpoint.removeprefix("grpc://"), options=GRPC_OPTIONS)
            return documentai.DocumentProcessorServiceClient(
                transport=DocumentProcessorServiceGrpcTransport(channel=channel))
        options = ClientOptions(api_endpoint=self.endpoint)
        if self.endpoint.startswith("http://"):
            # google-auth leaves AnonymousCredentials.__init__ unannotated
            return documentai.DocumentProcessorServiceClient(
                credentials=AnonymousCredentials(),  # type: ignore[no-untyped-call]
                transport="rest", client_options=options)
        return documentai.DocumentProcessorServiceClient(credentials=self._credentials(), transport="grpc",
                                                         client_options=options)

    def _credentials(self) -> Credentials:
        import google.auth
        from google.auth import exceptions as auth_exceptions

        try:
            credentials, _ = google.auth.default(scopes=["https://www.googleapis.com/auth/cloud-platform"])
        except auth_exceptions.DefaultCredentialsError:
            self._unavailable = "no_credentials"
            raise BackendUnavailableError("no_credentials", "no Application Default Credentials") from None
        return credentials


def page_sizes(data: bytes) -> list[tuple[float, float]]:
    """Width and height in points of every page (normalized boxes are scaled by these)."""
    with open_document(data) as doc:
        sizes = []
        for index in range(len(doc)):
            page = doc[index]
            try:
                sizes.append(tuple(page.get_size()))
            finally:
                page.close()
    return sizes


def _retryable(exc: Exception) -> bool:
    import requests
    from google.api_core import exceptions

    if isinstance(exc, exceptions.GoogleAPICallError):
        return exc.code in RETRYABLE_STATUS
    return isinstance(exc, requests.ConnectionError) and not isinstance(exc, requests.Timeout)


def translate(exc: Exception) -> BackendError:
    """Any failure of a Document AI call as a ``BackendError`` with a stable code (no SDK text)."""
    import requests
    from google.api_core import exceptions
    from google.auth import exceptions as auth_exceptions
    from google.protobuf.json_format import ParseError  # type: ignore[import-untyped]  # no types-protobuf installed

    if isinstance(exc, BackendError):
        return exc
    if isinstance(exc, exceptions.GoogleAPICallError):
        not_found = ("processor_not_found", "DOCUMENT_AI_PROCESSOR_ID or location is wrong")
        return status_error(int(exc.code or 0), not_found)
    if isinstance(exc, requests.Timeout):
        return BackendTimeout(detail=type(exc).__name__)
    if isinstance(exc, requests.ConnectionError):
        return BackendError("unreachable", type(exc).__name__)
    if isinstance(exc, (ParseError, ValueError)):
        return BackendError("invalid_answer", type(exc).__name__)
    if isinstance(exc, auth_exceptions.GoogleAuthError):
        return BackendUnavailableError("unauthorized", type(exc).__name__)
    return BackendError("document_ai_error", type(exc).__name__)
