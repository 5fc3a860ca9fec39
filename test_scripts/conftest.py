"""Shared fixtures: settings from a dict, a CSV sheet in a temp dir, a real functions-framework
server on 127.0.0.1, and a loopback file server for URL inputs."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import requests

# gRPC's C core logs connection teardown at INFO; tests start and stop many loopback servers.
os.environ.setdefault("GRPC_VERBOSITY", "ERROR")

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class FunctionServer:
    """A real ``functions-framework`` process serving ``main.process_invoice``."""

    def __init__(self, env: dict[str, str], tmp: Path):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.log_path = tmp / f"server-{self.port}.log"
        self.env = {**os.environ, **env}
        self.proc: subprocess.Popen | None = None

    def start(self) -> FunctionServer:
        binary = Path(sys.executable).parent / "functions-framework"
        command = [str(binary), "--target=process_invoice", "--source=main.py", "--host=127.0.0.1",
                   f"--port={self.port}"]
        self._log = open(self.log_path, "wb")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(command, cwd=ROOT, env=self.env, stdout=self._log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited: {self.log_path.read_text()[-2000:]}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return self
            except OSError:
                time.sleep(0.05)  # readiness poll of a starting process, not a timing assumption
        raise RuntimeError("functions-framework did not start within 30 s")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=10)
        self._log.close()

    def logs(self) -> str:
        return self.log_path.read_text(errors="replace")

    def post(self, **kwargs) -> requests.Response:
        return requests.post(self.url, timeout=60, **kwargs)


@pytest.fixture
def start_server(tmp_path) -> Iterator:
    servers: list[FunctionServer] = []

    def start(**env: str) -> FunctionServer:
        base = {"LOCAL_SHEET_PATH": str(tmp_path / "sheet.csv"), "LOG_FORMAT": "json"}
        server = FunctionServer(base | env, tmp_path).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


class FileServer:
    """Serves ``files`` (path -> bytes) on 127.0.0.1 for URL-input tests."""

    def __init__(self, files: dict[str, bytes]):
        self.files = files
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server API
                body = outer.files.get(self.path)
                if body is None:
                    self.send_response(404)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", "application/pdf")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def file_server() -> Iterator:
    servers: list[FileServer] = []

    def serve(files: dict[str, bytes]) -> FileServer:
        server = FileServer(files)
        servers.append(server)
        return server

    yield serve
    for server in servers:
        server.close()


class OriginServer:
    """A scripted loopback origin for download tests: a PDF, redirects, over-size and slow bodies.

    Routes: ``/invoice.pdf``; ``/redirect?to=<url>`` (302); ``/hops/<n>`` (n redirects, then the
    PDF); ``/big-declared`` (Content-Length over any cap); ``/big-stream`` (no length, 4 MB);
    ``/slow`` (one byte every 0.2 s, the configured slowness of a hostile server). Every request
    is recorded in ``hits`` as ``(path, Host header, Authorization header)``.
    """

    def __init__(self, pdf: bytes, ssl_context=None):
        self.pdf = pdf
        self.hits: list[tuple[str, str, str]] = []
        self.redirects: dict[str, str] = {}  # path -> Location, checked before the fixed routes
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):  # noqa: N802 - http.server API
                outer.hits.append((self.path, self.headers.get("Host", ""), self.headers.get("Authorization", "")))
                outer.route(self)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        if ssl_context is not None:
            self.httpd.socket = ssl_context.wrap_socket(self.httpd.socket, server_side=True)
        self.port = self.httpd.server_address[1]
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def route(self, handler) -> None:
        from urllib.parse import parse_qs, urlsplit

        parts = urlsplit(handler.path)
        if parts.path in self.redirects:
            return self._redirect(handler, self.redirects[parts.path])
        if parts.path == "/redirect":
            return self._redirect(handler, parse_qs(parts.query)["to"][0])
        if parts.path.startswith("/hops/"):
            left = int(parts.path.rsplit("/", 1)[1])
            return self._redirect(handler, f"/hops/{left - 1}" if left > 1 else "/invoice.pdf")
        if parts.path == "/big-declared":
            return self._send(handler, b"%PDF-1.4\n" + b"0" * 2_000_000)
        if parts.path == "/big-stream":
            return self._stream(handler, [b"%PDF-1.4\n"] + [b"0" * 65536] * 64, 0)
        if parts.path == "/slow":
            return self._stream(handler, [b"%PDF-1.4\n"] + [b"0"] * 300, 0.2)
        if parts.path.endswith(".pdf"):
            return self._send(handler, self.pdf)
        handler.send_response(404)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    @staticmethod
    def _redirect(handler, location: str) -> None:
        handler.send_response(302)
        handler.send_header("Location", location)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    @staticmethod
    def _send(handler, body: bytes) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "application/pdf")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        with contextlib.suppress(OSError):  # the client may stop reading at its size cap
            handler.wfile.write(body)

    @staticmethod
    def _stream(handler, chunks: list[bytes], pause: float) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "application/pdf")
        handler.send_header("Connection", "close")
        handler.end_headers()
        handler.close_connection = True
        try:
            for chunk in chunks:
                handler.wfile.write(chunk)
                handler.wfile.flush()
                if pause:
                    time.sleep(pause)  # the server's configured slowness, not a test timing assumption
        except OSError:
            pass  # the client gave up: expected

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def origin_server() -> Iterator:
    servers: list[OriginServer] = []

    def serve(pdf: bytes, ssl_context=None) -> OriginServer:
        server = OriginServer(pdf, ssl_context)
        servers.append(server)
        return server

    yield serve
    for server in servers:
        server.close()
