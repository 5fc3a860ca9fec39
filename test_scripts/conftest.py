"""Shared fixtures: settings from a dict, a CSV sheet in a temp dir, a real functions-framework
server on 127.0.0.1, and a loopback file server for URL inputs."""

from __future__ import annotations

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
