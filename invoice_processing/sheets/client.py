"""HTTP to the Sheets API through gspread: credentials, per-call timeouts, retries, the
instance's write budget, and which failures are worth retrying or may have been applied anyway.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

import requests
from gspread.exceptions import APIError
from gspread.http_client import HTTPClient

from invoice_processing.deadline import Deadline
from invoice_processing.errors import ConfigurationError
from invoice_processing.sheets.quota import WriteBudget
from invoice_processing.sheets.retry import call_with_retries

if TYPE_CHECKING:
    from google.auth.credentials import Credentials
    from google.auth.transport.requests import AuthorizedSession
    from tenacity import RetryCallState

SCOPES = ("https://www.googleapis.com/auth/spreadsheets",)
CALL_CAP_SECONDS = 20.0  # one HTTP call never waits longer, so a hung call leaves time to retry
CONNECT_CAP_SECONDS = 5.0
_log = logging.getLogger(__name__)
T = TypeVar("T")


class QuotaWait(Exception):
    """This instance's write budget is spent for ``seconds`` more: no request was sent."""

    def __init__(self, seconds: float):
        super().__init__(f"quota: {seconds:.1f} s")
        self.seconds = seconds


def is_transient(exc: BaseException) -> bool:
    """429, 5xx, timeouts and dropped connections may succeed on another try."""
    if isinstance(exc, QuotaWait):
        return True
    if isinstance(exc, APIError):
        return exc.response.status_code == 429 or exc.response.status_code >= 500
    return isinstance(exc, requests.Timeout | requests.ConnectionError)


def may_have_landed(exc: BaseException) -> bool:
    """A failed write that Sheets may still have applied (5xx, read timeout, lost connection).

    429 is a refusal and a connect timeout never sent the request: those wrote nothing.
    """
    if isinstance(exc, APIError):
        return exc.response.status_code >= 500
    return is_transient(exc) and not isinstance(exc, requests.ConnectTimeout)


def retry_after_header(exc: BaseException) -> float | None:
    """Google's ``Retry-After`` (seconds) on a refused call, when it sent one."""
    if not isinstance(exc, APIError):
        return None
    try:
        return float(exc.response.headers.get("Retry-After", ""))
    except ValueError:
        return None


def status_of(exc: BaseException) -> int:
    return exc.response.status_code if isinstance(exc, APIError) else 0


def describe(exc: BaseException) -> str:
    """Exception type and HTTP status only: Google's message text stays out of responses."""
    return f"google sheet: {type(exc).__name__} {status_of(exc) or ''}".strip()


class SheetsHttp:
    """Makes gspread clients that share one authorized session but each carry their own
    timeout (so concurrent requests in one instance never change each other's timeouts)."""

    _session: AuthorizedSession | None

    def __init__(self, credentials: Credentials | None = None, *, sleep: Callable[[float], None] = time.sleep):
        self._credentials, self._session, self._sleep = credentials, None, sleep

    def client(self, budget: Deadline) -> HTTPClient:
        if self._session is None:
            from google.auth import default
            from google.auth.exceptions import DefaultCredentialsError
            from google.auth.transport.requests import AuthorizedSession

            try:  # Application Default Credentials: the function's service account
                credentials = self._credentials or default(scopes=list(SCOPES))[0]
            except DefaultCredentialsError:
                raise ConfigurationError("No Google credentials for the Sheets API.", detail="adc") from None
            # google-auth leaves AuthorizedSession.__init__ unannotated
            self._session = AuthorizedSession(credentials)  # type: ignore[no-untyped-call]
        http = HTTPClient(None, session=self._session)  # type: ignore[arg-type]
        seconds = max(0.1, min(CALL_CAP_SECONDS, budget.remaining()))
        http.set_timeout((min(CONNECT_CAP_SECONDS, seconds), seconds))
        return http

    def call(self, budget: Deadline, call: Callable[[HTTPClient], T], *, quota: WriteBudget | None = None,
             held: list[int] | None = None) -> T:
        """``call`` with a fresh client, retried on transient failures within ``budget``.

        A write passes the instance's ``quota``: every attempt takes one write from it (from
        ``held``, the request's reservation, while any is left), and waits, or gives up with
        ``QuotaWait``, when the window is spent; a 429 marks the window spent.
        """
        held = held if held is not None else [0]
        hint = [0.0]

        def attempt() -> T:
            if quota is not None:
                wait = quota.take(held=held[0] > 0)
                if wait > 0:
                    hint[0] = wait
                    raise QuotaWait(wait)
                held[0] = max(0, held[0] - 1)
            try:
                return call(self.client(budget))
            except APIError as exc:
                if quota is not None and status_of(exc) == 429:
                    hint[0] = quota.refused(retry_after_header(exc))
                raise

        def wait_hint(exc: BaseException) -> float:
            return hint[0] if isinstance(exc, QuotaWait) or status_of(exc) == 429 else 0.0

        return call_with_retries(attempt, budget, transient=is_transient, sleep=self._sleep, on_retry=_log_retry,
                                 wait_hint=wait_hint)


def _log_retry(state: RetryCallState) -> None:
    exc = state.outcome.exception() if state.outcome else None
    _log.warning("sheet_retry", extra={"json_fields": {
        "event": "sheet_retry", "attempt": state.attempt_number, "wait_s": round(state.upcoming_sleep, 3),
        "detail": describe(exc) if exc else ""}})
