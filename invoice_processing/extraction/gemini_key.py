"""The Gemini API key: ``GEMINI_API_KEY``, else Secret Manager by secret name, fetched once per instance.

The key is kept in memory only: it is never logged, never part of an error message or a
``repr``. A failed lookup is reported by a stable code (and the exception's type in the detail),
never by the library's message. A failure is not cached, so the next request tries again; a
success is, so an instance asks Secret Manager once.
"""

from __future__ import annotations

import threading

from invoice_processing.deadline import Deadline
from invoice_processing.extraction.backend import BackendUnavailableError

SECRET_TIMEOUT_SECONDS = 5.0  # cap on the one Secret Manager call


def secret_version(secret: str, project: str) -> str:
    """``projects/P/secrets/S/versions/V`` for a bare secret name or a full resource name."""
    if secret.startswith("projects/"):
        return secret if "/versions/" in secret else f"{secret}/versions/latest"
    return f"projects/{project}/secrets/{secret}/versions/latest"


def access_secret(name: str, timeout: float, endpoint: str = "") -> str:
    """Read one secret version's payload (REST transport: no gRPC import at cold start)."""
    from google.api_core import exceptions
    from google.api_core.client_options import ClientOptions
    from google.auth import exceptions as auth_exceptions
    from google.auth.credentials import AnonymousCredentials
    from google.cloud import secretmanager

    options = ClientOptions(api_endpoint=endpoint) if endpoint else None
    # never send tokens in clear (google-auth leaves AnonymousCredentials.__init__ unannotated)
    credentials = AnonymousCredentials() if endpoint.startswith("http://") else None  # type: ignore[no-untyped-call]
    try:
        client = secretmanager.SecretManagerServiceClient(credentials=credentials, transport="rest",
                                                          client_options=options)
        response = client.access_secret_version(name=name, timeout=timeout, retry=None)
    except auth_exceptions.DefaultCredentialsError:
        raise BackendUnavailableError("no_credentials", "no Application Default Credentials") from None
    except (exceptions.GoogleAPICallError, auth_exceptions.GoogleAuthError, OSError) as exc:
        raise BackendUnavailableError("secret_unavailable", type(exc).__name__) from None
    return response.payload.data.decode("utf-8").strip()


class ApiKey:
    """A key source for one instance: ``key(deadline) -> str`` ('' when nothing is configured)."""

    def __init__(self, value: str = "", *, secret: str = "", project: str = "", endpoint: str = ""):
        self._value = value
        self._name = secret_version(secret, project) if secret and not value else ""
        self._endpoint = endpoint
        self._lock = threading.Lock()

    def __call__(self, deadline: Deadline) -> str:
        if self._value or not self._name:
            return self._value
        with self._lock:
            if not self._value:
                self._value = access_secret(self._name, deadline.for_call(SECRET_TIMEOUT_SECONDS), self._endpoint)
        return self._value

    def __repr__(self) -> str:
        return f"ApiKey(source={'secret' if self._name else 'environment'})"
