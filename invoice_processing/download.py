"""Fetch a PDF from a URL: http(s) only, a timeout from the request deadline, a size cap.

Streaming stops as soon as the cap is passed, so a huge or endless body costs at most
``max_bytes``. Errors say what the caller can do; they never quote the response body.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from .errors import DownloadFailed, InvalidUrl, PayloadTooLarge, UrlNotFetchable

ALLOWED_SCHEMES = ("https", "http")
_CHUNK = 64 * 1024


def validate_url(url: str) -> str:
    url = (url or "").strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        raise InvalidUrl() from None
    if parts.scheme.lower() not in ALLOWED_SCHEMES or not parts.hostname:
        raise InvalidUrl("The file URL must start with https:// (or http://) and name a host.")
    return url


def fetch(url: str, *, max_bytes: int, timeout: float, session=None) -> bytes:
    """Download ``url`` into memory. ``timeout`` bounds connecting and each read."""
    import requests  # loaded on first use: keeps cold start small

    url = validate_url(url)
    if timeout <= 0:
        raise DownloadFailed("No time was left to download the file. Retry later.", retry_after=30)
    http = session or requests
    try:
        with http.get(url, stream=True, timeout=timeout, allow_redirects=True) as response:
            if 400 <= response.status_code < 500:
                raise UrlNotFetchable(detail=f"status={response.status_code}")
            if response.status_code >= 500:
                raise DownloadFailed(detail=f"status={response.status_code}")
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise PayloadTooLarge(detail=f"declared={declared}")
            return _read_capped(response, max_bytes)
    except requests.exceptions.InvalidURL:
        raise InvalidUrl() from None
    except requests.exceptions.Timeout:
        raise DownloadFailed("The file URL did not answer in time. Retry later.", detail="timeout") from None
    except requests.exceptions.RequestException as exc:
        raise DownloadFailed(detail=type(exc).__name__) from None


def _read_capped(response, max_bytes: int) -> bytes:
    chunks: list[bytes] = []
    total = 0
    for chunk in response.iter_content(_CHUNK):
        total += len(chunk)
        if total > max_bytes:
            raise PayloadTooLarge(detail="stream over cap")
        chunks.append(chunk)
    return b"".join(chunks)
