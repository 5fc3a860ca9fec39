"""SSRF suite (issue 8) against the real functions-framework server on 127.0.0.1.

Two servers: one with production's download policy (https only, public addresses only) and
one with the loopback test setting, needed wherever a real origin must answer (redirects,
over-size and slow bodies). Both run under an egress guard (``egress_guard/sitecustomize.py``)
that blocks and reports any connection or DNS lookup beyond loopback, so every "refused" below
is also proven to be refused before a packet left: the guard's marker must never appear.
Host names that "resolve" to private addresses come from ``DOWNLOAD_RESOLVE_OVERRIDES`` (a
hosts file the address check still classifies), never from real DNS.
"""

from __future__ import annotations

import time
from urllib.parse import quote

import pytest
import requests

from test_scripts.conftest import FunctionServer
from test_scripts.generator.pdfs import simple_invoice
from test_scripts.paths import EGRESS_GUARD

GUARD = str(EGRESS_GUARD)
OVERRIDES = "intranet.test=10.0.0.7,meta-alias.test=169.254.169.254,files.test=127.0.0.1,v6.test=fd00::5"
TOKEN = "ssrf-suite-token-4d1c"

# url -> expected error code; every one must be a 400 before any connection.
PRODUCTION_REFUSALS = {
    "https://127.0.0.1/invoice.pdf": "download_refused",
    "https://127.0.0.53:8443/invoice.pdf": "download_refused",
    "https://localhost/invoice.pdf": "download_refused",
    "https://LOCALHOST./invoice.pdf": "download_refused",
    "https://files.localhost/invoice.pdf": "download_refused",
    "https://[::1]/invoice.pdf": "download_refused",
    "https://10.0.0.1/invoice.pdf": "download_refused",
    "https://10.255.255.254/invoice.pdf": "download_refused",
    "https://172.16.0.1/invoice.pdf": "download_refused",
    "https://172.31.255.254/invoice.pdf": "download_refused",
    "https://192.168.0.1/invoice.pdf": "download_refused",
    "https://192.168.255.254/invoice.pdf": "download_refused",
    "https://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token": "download_refused",
    "https://metadata.google.internal/computeMetadata/v1/": "download_refused",
    "https://METADATA.GOOGLE.INTERNAL./computeMetadata/v1/": "download_refused",
    "https://metadata/computeMetadata/v1/": "download_refused",
    "https://metadata.goog/computeMetadata/v1/": "download_refused",
    "https://2130706433/invoice.pdf": "download_refused",  # decimal 127.0.0.1
    "https://0x7f000001/invoice.pdf": "download_refused",  # hex 127.0.0.1
    "https://0xa9fea9fe/computeMetadata/v1/": "download_refused",  # hex 169.254.169.254
    "https://0177.0.0.1/invoice.pdf": "download_refused",  # octal
    "https://127.1/invoice.pdf": "download_refused",  # short form
    "https://[::ffff:127.0.0.1]/invoice.pdf": "download_refused",  # IPv4-mapped IPv6
    "https://[::ffff:a9fe:a9fe]/computeMetadata/v1/": "download_refused",
    "https://[::ffff:10.0.0.1]/invoice.pdf": "download_refused",
    "https://[64:ff9b::a00:1]/invoice.pdf": "download_refused",  # NAT64 of 10.0.0.1
    "https://[fe80::1]/invoice.pdf": "download_refused",
    "https://[fd00::1]/invoice.pdf": "download_refused",
    "https://[::]/invoice.pdf": "download_refused",
    "https://0.0.0.0/invoice.pdf": "download_refused",
    "https://224.0.0.1/invoice.pdf": "download_refused",
    "https://255.255.255.255/invoice.pdf": "download_refused",
    "https://100.64.0.1/invoice.pdf": "download_refused",  # carrier-grade NAT
    "https://intranet.test/invoice.pdf": "download_refused",  # resolves to 10.0.0.7
    "https://meta-alias.test/computeMetadata/v1/": "download_refused",  # resolves to 169.254.169.254
    "https://v6.test/invoice.pdf": "download_refused",  # resolves to fd00::5
    "https://files.test/invoice.pdf": "download_refused",  # resolves to loopback; not allowed in production
    "file:///etc/passwd": "invalid_url",
    "ftp://files.example.com/invoice.pdf": "invalid_url",
    "gopher://127.0.0.1:70/_GET%20/": "invalid_url",
    "dict://127.0.0.1:11211/stats": "invalid_url",
    "http://files.example.com/invoice.pdf": "invalid_url",  # plain http in production
    "https://user:secret@files.example.com/invoice.pdf": "invalid_url",
    "https:///invoice.pdf": "invalid_url",
    "https://files.example.com:99999/invoice.pdf": "invalid_url",
}


def _server(tmp_path_factory, **env: str) -> FunctionServer:
    tmp = tmp_path_factory.mktemp("ssrf")
    base = {"LOCAL_SHEET_PATH": str(tmp / "sheet.csv"), "LOG_FORMAT": "json", "PYTHONPATH": GUARD,
            "WEBHOOK_TOKEN": TOKEN, "DOWNLOAD_RESOLVE_OVERRIDES": OVERRIDES}
    return FunctionServer(base | env, tmp).start()


@pytest.fixture(scope="module")
def production(tmp_path_factory):
    server = _server(tmp_path_factory)
    yield server
    server.stop()


@pytest.fixture(scope="module")
def testing(tmp_path_factory):
    server = _server(tmp_path_factory, DOWNLOAD_ALLOW_PRIVATE="true", DOWNLOAD_TIMEOUT_SECONDS="2",
                     MAX_PDF_BYTES="300000")
    yield server
    server.stop()


@pytest.fixture
def origin(origin_server):
    return origin_server(simple_invoice("SSRF-1"))


def post_url(server: FunctionServer, url: str, mode: str = "json") -> requests.Response:
    headers = {"X-Webhook-Token": TOKEN}
    if mode == "json":
        return requests.post(server.url, json={"file_url": url}, headers=headers, timeout=30)
    return requests.post(server.url, data={"file_url": url}, headers=headers, timeout=30)


def assert_refused(response: requests.Response, status: int, code: str) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["success"] is False and body["error"]["code"] == code
    assert body["error"]["message"] and "Traceback" not in response.text
    return body


def assert_no_egress(server: FunctionServer) -> None:
    assert "EGRESS_BLOCKED" not in server.logs()


@pytest.mark.parametrize("url", sorted(PRODUCTION_REFUSALS))
def test_production_policy_refuses_hostile_url_before_connecting(production, url):
    body = assert_refused(post_url(production, url), 400, PRODUCTION_REFUSALS[url])
    assert url not in body["error"]["message"]  # the URL (and any secret in it) is never echoed
    assert_no_egress(production)


def test_form_field_url_gets_the_same_refusal(production):
    assert_refused(post_url(production, "https://169.254.169.254/", mode="form"), 400, "download_refused")
    assert_no_egress(production)


def test_loopback_test_setting_still_refuses_private_and_metadata(testing):
    for url in ("https://10.0.0.1/x.pdf", "http://169.254.169.254/", "http://intranet.test/x.pdf",
                "http://[::ffff:127.0.0.1]/x.pdf", "http://metadata.google.internal/"):
        assert_refused(post_url(testing, url), 400, "download_refused")
    assert_no_egress(testing)


@pytest.mark.parametrize("target,code", [
    ("http://10.0.0.7/invoice.pdf", "download_refused"),
    ("http://169.254.169.254/computeMetadata/v1/", "download_refused"),
    ("http://intranet.test/invoice.pdf", "download_refused"),
    ("http://[::ffff:a9fe:a9fe]/", "download_refused"),
    ("file:///etc/passwd", "invalid_url"),
    ("gopher://127.0.0.1:70/_x", "invalid_url"),
])
def test_redirect_from_allowed_host_to_private_one_is_refused(testing, origin, target, code):
    url = f"http://files.test:{origin.port}/redirect?to={quote(target, safe='')}"
    assert_refused(post_url(testing, url), 400, code)
    assert [hit[0].split("?")[0] for hit in origin.hits] == ["/redirect"]  # only the allowed hop was contacted
    assert_no_egress(testing)


def test_three_redirects_are_followed_and_a_fourth_is_refused(testing, origin):
    ok = post_url(testing, f"http://files.test:{origin.port}/hops/3")
    assert ok.status_code == 200, ok.text
    assert ok.json()["invoice_number"] == "SSRF-1"
    assert origin.hits[-1][1] == f"files.test:{origin.port}"  # pinned to 127.0.0.1, Host kept
    assert_refused(post_url(testing, f"http://files.test:{origin.port}/hops/4"), 400, "download_refused")


@pytest.mark.parametrize("path", ["/big-declared", "/big-stream"])
def test_over_size_body_is_refused_with_413(testing, origin, path):
    assert_refused(post_url(testing, f"http://files.test:{origin.port}{path}"), 413, "payload_too_large")


def test_slow_body_is_cut_off_at_the_download_timeout(testing, origin):
    started = time.monotonic()
    response = post_url(testing, f"http://files.test:{origin.port}/slow")
    elapsed = time.monotonic() - started
    body = assert_refused(response, 502, "download_failed")
    assert body["retryable"] is True and int(response.headers["Retry-After"]) > 0
    assert elapsed < 2 + 3  # DOWNLOAD_TIMEOUT_SECONDS=2 plus start-up slack; the body would take 60 s


def test_refusals_are_logged_without_the_url_query(production):
    post_url(production, "https://intranet.test/invoice.pdf?signature=planted-query-secret")
    logs = production.logs()
    assert "planted-query-secret" not in logs
    assert '"error_code":"download_refused"' in logs
