"""Fuzzing the HTTP entry (issue 8): 50,000 generated requests in-process, no 500 and no hang.

Requests are built with Werkzeug's ``EnvironBuilder`` and handed to ``app.handle`` exactly as
functions-framework would, with the embedded default's dependencies (local extraction, CSV
sheet). A seeded generator (reproducible: the failing seed and case are in the assertion)
mixes every input mode with hostile variations: random bytes under every content type, mutated
and truncated PDFs, multipart with odd field and file names, URL strings from a small URL
grammar, deep and broken JSON, wrong methods and token headers. The download policy is
production's plus an allow-list, so no generated URL can reach the network (an audit-hook
guard fails the test on any non-loopback connection or DNS lookup).
"""

from __future__ import annotations

import json
import logging
import random
import sys
import time

import flask
import pytest
from werkzeug.test import EnvironBuilder

from invoice_processing.app import handle
from invoice_processing.config import load_settings
from invoice_processing.metrics import LOGGER_NAME
from invoice_processing.models import Backend, Route
from invoice_processing.wiring import build_deps
from test_scripts.generator.pdfs import simple_invoice

TOTAL = 50_000
TOKEN = "fuzz-token-0c9d"
_guard = {"on": False, "hits": []}


def _egress_guard(event, args):
    if not _guard["on"]:
        return
    if event == "socket.connect" and isinstance(args[1], tuple) and args[1][0] not in ("127.0.0.1", "::1"):
        _guard["hits"].append(str(args[1][0]))
        raise OSError("egress guard")
    if event == "socket.getaddrinfo" and args[0] not in ("localhost", "127.0.0.1", "::1"):
        _guard["hits"].append("dns")
        raise OSError("egress guard")


sys.addaudithook(_egress_guard)  # permanent by design; active only while a fuzz test runs

SCHEMES = ["https", "http", "ftp", "file", "gopher", "HTTPS", "javascript", "", "data", "dict"]
HOSTS = ["files.test", "127.0.0.1", "[::1]", "169.254.169.254", "metadata.google.internal", "0x7f000001",
         "2130706433", "[::ffff:10.0.0.1]", "evil.test", "xn--nxasmq6b.test", "a" * 300, "", "@", "files.test:99999",
         "files.test:-1", "user:pw@files.test", "[::1", "ex ample.test", "files.test.", "8.8.8.8", "%00", "trello.com"]
PATHS = ["/x.pdf", "/", "", "/%2e%2e/%2e%2e/etc/passwd", "/a?b=c#d", "/\r\nX-Injected: 1", "/ü.pdf", "/" + "a" * 5000,
         "/1/cards/5f1a2b3c4d5e6f7a8b9c0d1e/attachments/6a7b8c9d0e1f2a3b4c5d6e7f/download/x.pdf"]
TYPES = ["application/pdf", "application/octet-stream", "text/plain", "", "application/json", "image/gif",
         "multipart/form-data", "application/x-www-form-urlencoded", "application/pdf; charset=x", "\x00/\x00"]
METHODS = ["POST"] * 12 + ["GET", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"]


class Generator:
    """Seeded request maker: ``make()`` returns EnvironBuilder keyword arguments."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.pdf = simple_invoice("FZ-1")

    def url(self) -> str:
        r = self.rng
        return f"{r.choice(SCHEMES)}://{r.choice(HOSTS)}{r.choice(PATHS)}" if r.random() < 0.9 else self.text(60)

    def text(self, limit: int) -> str:
        return "".join(chr(self.rng.choice([self.rng.randrange(32, 127), self.rng.randrange(0, 0x3000)]))
                       for _ in range(self.rng.randrange(limit)))

    def header_text(self) -> str:
        """Latin-1 text without line breaks (a client library would refuse those)."""
        text = self.text(30).encode("latin-1", "replace").decode("latin-1")
        return text.replace("\r", " ").replace("\n", " ")

    def blob(self, limit: int) -> bytes:
        return self.rng.randbytes(self.rng.randrange(limit))

    def pdfish(self) -> bytes:
        r, data = self.rng, bytearray(self.pdf)
        choice = r.random()
        if choice < 0.4:
            return bytes(data[: r.randrange(len(data))])
        if choice < 0.8:
            for _ in range(r.randrange(1, 20)):
                data[r.randrange(len(data))] = r.randrange(256)
            return bytes(data)
        return b"%PDF-1." + self.blob(2000)

    def json_body(self) -> bytes:
        r = self.rng
        kind = r.randrange(6)
        if kind == 0:
            return json.dumps({"file_url": self.url()}).encode()
        if kind == 1:
            return json.dumps({"file_url": r.choice([None, 1, [], {}, True, self.text(10)])}).encode()
        if kind == 2:
            depth = r.randrange(1, 200_000)
            return b"[" * depth + b"]" * depth
        if kind == 3:
            return json.dumps([self.text(20) for _ in range(r.randrange(5))]).encode()
        if kind == 4:
            return self.blob(200)
        return b'{"file_url": "' + self.text(30).encode("utf-8", "surrogatepass") + b'"'

    def make(self) -> dict:
        r = self.rng
        headers = {}
        if r.random() < 0.2:
            headers[r.choice(["X-Webhook-Token", "Authorization"])] = r.choice(
                [TOKEN, f"Bearer {TOKEN}", "Bearer", self.header_text()])
        kind = r.randrange(10)
        args: dict = {"method": r.choice(METHODS), "headers": headers}
        if kind <= 2:
            args.update(data=self.blob(3000), content_type=r.choice(TYPES))
        elif kind == 3:
            args.update(data=self.pdfish(), content_type=r.choice(["application/pdf", ""]))
        elif kind <= 5:
            field = r.choice(["invoice_file", "file_url", "document", self.text(10) or "x"])
            name = r.choice(["a.pdf", "../../etc/passwd", "", "\u202e.pdf", "x" * 400, self.text(20)])
            content = self.pdfish() if r.random() < 0.3 else self.blob(500)
            args.update(data={field: (_BytesFile(content), name)}, content_type="multipart/form-data")
        elif kind <= 7:
            args.update(data={r.choice(["file_url", "invoice_file", "url"]): self.url()})
        else:
            args.update(data=self.json_body(), content_type=r.choice(["application/json", "application/json; x=1"]))
        return args


def _BytesFile(content: bytes):  # noqa: N802 - reads like a type at the call site
    import io

    return io.BytesIO(content)


@pytest.fixture(scope="module")
def apps(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("fuzz")
    env = {"LOCAL_SHEET_PATH": str(tmp / "sheet.csv"), "DOWNLOAD_ALLOWED_HOSTS": "files.test,*.files.test",
           "DOWNLOAD_RESOLVE_OVERRIDES": "files.test=127.0.0.1",
           "MAX_PDF_BYTES": "200000", "DOWNLOAD_TIMEOUT_SECONDS": "2"}
    open_settings = load_settings(env)
    token_settings = load_settings(env | {"WEBHOOK_TOKEN": TOKEN})
    deps = build_deps(open_settings)
    return [(open_settings, deps), (token_settings, deps)]


def _route(key: str) -> Route:
    return Route(Backend.LOCAL)


@pytest.fixture
def quiet_logs(monkeypatch):
    """Request records go nowhere here: pytest's capture would hold 50,000 of them in memory."""
    logger = logging.getLogger(LOGGER_NAME)
    monkeypatch.setattr(logger, "propagate", False)
    monkeypatch.setattr(logger, "handlers", [logging.NullHandler()])


@pytest.mark.parametrize("seed", range(10))
def test_generated_requests_never_get_a_500_or_hang(apps, quiet_logs, seed):
    generator = Generator(seed)
    slowest = 0.0
    _guard["on"] = True
    try:
        for index in range(TOTAL // 10):
            args = generator.make()
            settings, deps = apps[index % 7 == 0]
            request = EnvironBuilder(path="/", **args).get_request(flask.Request)
            started = time.monotonic()
            body, status, headers = handle(request, settings, deps, _route)
            slowest = max(slowest, time.monotonic() - started)
            assert status < 500 or body.get("retryable") is True, (seed, index, args.get("method"), body)
            assert isinstance(body["success"], bool) and json.dumps(body)
    finally:
        _guard["on"] = False
    assert slowest < 10, slowest
    assert _guard["hits"] == []
