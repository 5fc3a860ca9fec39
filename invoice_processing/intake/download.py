"""Fetch a PDF from a URL without letting the URL turn the function against its own network.

Every hop (the URL and each of at most three redirects) goes through ``url_safety.check_url``:
https only, no credentials in the URL, no metadata or local names, and every address the host
resolves to must be public. The connection then goes to exactly the address that was checked
(urllib3 pool on the IP, with the original host as Host header, TLS SNI and certificate name),
so a DNS answer that changes between the check and the connection cannot reach anything else.

The body is streamed with a size cap (413 past ``max_bytes``) and one overall time limit taken
from the request deadline: a watchdog shuts the response down when it runs out, so a server
that trickles bytes forever costs at most ``timeout`` seconds (502 ``download_failed``,
retryable). Errors say what the caller can do; they never quote the URL, its query string or
the response body.
"""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING
from urllib.parse import urljoin

from invoice_processing.config import Settings
from invoice_processing.errors import DownloadFailed, DownloadRefused, PayloadTooLarge, UrlNotFetchable
from invoice_processing.intake import trello
from invoice_processing.intake.url_safety import DownloadPolicy, Resolver, Target, check_url

if TYPE_CHECKING:
    from typing import TypedDict

    import urllib3

    class _PoolOptions(TypedDict):
        timeout: urllib3.Timeout
        retries: bool
        maxsize: int

_CHUNK = 64 * 1024
_REDIRECTS = (301, 302, 303, 307, 308)
_USER_AGENT = "invoice-processing/1.0 (+url download)"


def download_policy(settings: Settings) -> DownloadPolicy:
    return DownloadPolicy(
        allow_loopback=settings.download_allow_private,
        allowed_hosts=settings.download_allowed_hosts,
        resolve_overrides=dict(settings.download_resolve_overrides),
    )


def fetch_for(settings: Settings, url: str, timeout: float) -> bytes:
    """``fetch`` with everything taken from settings (policy, size cap, Trello credentials)."""
    return fetch(url, max_bytes=settings.max_pdf_bytes, timeout=timeout, policy=download_policy(settings),
                 trello_auth=(settings.trello_api_key, settings.trello_api_token))


def fetch(url: str, *, max_bytes: int, timeout: float, policy: DownloadPolicy | None = None,
          trello_auth: tuple[str, str] = ("", ""), resolver: Resolver | None = None) -> bytes:
    """Download ``url`` into memory within ``timeout`` seconds in total, at most ``max_bytes``."""
    policy = policy or DownloadPolicy()
    if timeout <= 0:
        raise DownloadFailed("No time was left to download the file. Retry later.", detail="no time left")
    ends = time.monotonic() + timeout
    url, headers = trello.api_request(url, *trello_auth)
    first_host = ""
    for _hop in range(policy.max_redirects + 1):
        target = check_url(url, policy, resolver)
        first_host = first_host or target.host
        if target.host != first_host:
            headers = {}  # credentials go to the host they were made for, never across a redirect
        response = _open(target, headers, ends, policy)
        try:
            if response.status in _REDIRECTS:
                location = response.headers.get("Location", "")
                if not location:
                    raise DownloadFailed(detail=f"redirect without location status={response.status}")
                url = urljoin(url, location)
                continue
            _check_status(response.status)
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise _too_large(max_bytes, f"declared={declared}")
            return _read_capped(response, max_bytes, ends)
        finally:
            response.release_conn()
    raise DownloadRefused(f"The file URL redirected more than {policy.max_redirects} times.", detail="redirects")


def _check_status(status: int) -> None:
    if 400 <= status < 500:
        raise UrlNotFetchable(detail=f"status={status}")
    if status >= 500 or status < 200 or status >= 300:
        raise DownloadFailed(detail=f"status={status}")


def _open(target: Target, headers: dict[str, str], ends: float, policy: DownloadPolicy) -> urllib3.BaseHTTPResponse:
    """GET ``target.path`` from ``target.address`` (the checked IP), speaking to ``target.host``."""
    import urllib3  # loaded on first use: keeps cold start small

    seconds = max(0.001, ends - time.monotonic())
    options: _PoolOptions = {"timeout": urllib3.Timeout(connect=seconds, read=seconds), "retries": False, "maxsize": 1}
    pool: urllib3.HTTPConnectionPool
    if target.scheme == "https":
        import certifi

        pool = urllib3.HTTPSConnectionPool(
            target.address, target.port, server_hostname=target.host, assert_hostname=target.host,
            cert_reqs="CERT_REQUIRED", ca_certs=policy.ca_certs or certifi.where(), **options)
    else:
        pool = urllib3.HTTPConnectionPool(target.address, target.port, **options)
    name = f"[{target.host}]" if ":" in target.host else target.host
    default_port = 443 if target.scheme == "https" else 80
    host_header = name if target.port == default_port else f"{name}:{target.port}"
    sent = {"User-Agent": _USER_AGENT, "Accept": "application/pdf, */*", "Accept-Encoding": "identity",
            **headers, "Host": host_header}
    try:
        return pool.urlopen("GET", target.path, headers=sent, redirect=False, retries=False,
                            preload_content=False, decode_content=False, assert_same_host=False)
    except urllib3.exceptions.HTTPError as exc:
        raise _failure(exc) from None


def _failure(exc: Exception) -> DownloadFailed:
    import urllib3

    if isinstance(exc, urllib3.exceptions.NewConnectionError):  # a ConnectTimeoutError subclass: test first
        return DownloadFailed("The file URL's server refused the connection. Check the link or retry later.",
                              detail="connect")
    if isinstance(exc, urllib3.exceptions.TimeoutError):
        return DownloadFailed("The file URL did not answer in time. Retry later.", detail="timeout")
    if isinstance(exc, urllib3.exceptions.SSLError):
        return DownloadFailed("The file URL's secure connection could not be verified.", detail="tls")
    return DownloadFailed(detail=type(exc).__name__)


def _too_large(max_bytes: int, detail: str) -> PayloadTooLarge:
    return PayloadTooLarge(
        f"The file at the URL is larger than the {max_bytes / 1_048_576:.1f} MB this service accepts.",
        detail=detail)


def _read_capped(response: urllib3.BaseHTTPResponse, max_bytes: int, ends: float) -> bytes:
    """Read until the end, the size cap or the time limit, whichever comes first."""
    import urllib3

    watchdog = threading.Timer(max(0.0, ends - time.monotonic()), response.shutdown)
    watchdog.daemon = True
    watchdog.start()
    chunks: list[bytes] = []
    total = 0
    try:
        while chunk := response.read1(_CHUNK):
            total += len(chunk)
            if total > max_bytes:
                raise _too_large(max_bytes, "stream over cap")
            if time.monotonic() >= ends:
                break
            chunks.append(chunk)
    except (urllib3.exceptions.HTTPError, OSError, ValueError) as exc:
        if time.monotonic() < ends:
            raise _failure(exc) from None
    finally:
        watchdog.cancel()
    if time.monotonic() >= ends:
        raise DownloadFailed("The file URL sent its file too slowly and was cut off. Retry later.",
                             detail="body timeout")
    return b"".join(chunks)
