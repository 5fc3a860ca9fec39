"""A loopback HTTP fake with scripted behaviour: answer well, slowly, never, or with an error.

Every handler thread is a daemon and waits on ``released`` (set by ``close``), so a fake that
"hangs" never hangs the test run: closing it lets the waiting handlers finish at once.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

ERROR_STATUS = {"400": "INVALID_ARGUMENT", "404": "NOT_FOUND", "429": "RESOURCE_EXHAUSTED",
                "500": "INTERNAL", "503": "UNAVAILABLE"}
MODES = ("ok", "slow", "hang", "bad_json", "empty", *ERROR_STATUS)


@dataclass
class Seen:
    """One request the fake received."""

    path: str
    headers: dict[str, str]
    body: dict
    arrived: float
    answered: float = 0.0


class LoopbackFake:
    """Subclasses implement ``answer(path, headers, body, mode) -> (status, payload)``.

    ``mode`` is one of ``MODES`` or a sequence of them used request by request (the last one
    repeats), e.g. ``("503", "ok")`` to test one retry. ``delay`` seconds pass before every
    answer ("slow" without a delay waits 1 s).
    """

    def __init__(self, mode: str | Sequence[str] = "ok", delay: float = 0.0):
        self.modes = [mode] if isinstance(mode, str) else list(mode)
        self.delay = delay
        self.seen: list[Seen] = []
        self.released = threading.Event()
        self._lock = threading.Lock()
        self.url = self._serve()

    def _serve(self) -> str:
        """Start answering on 127.0.0.1 (HTTP here; other transports override); the base URL."""
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.httpd.daemon_threads = True
        threading.Thread(target=self.httpd.serve_forever, name="fake-server", daemon=True).start()
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def close(self) -> None:
        self.released.set()
        self._stop()

    def _stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> LoopbackFake:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def answer(self, path: str, headers: dict[str, str], body: dict, mode: str) -> tuple[int, object]:
        raise NotImplementedError

    def _next_mode(self, seen: Seen) -> str:
        with self._lock:
            self.seen.append(seen)
            return self.modes[min(len(self.seen), len(self.modes)) - 1]

    def _respond(self, handler: BaseHTTPRequestHandler) -> None:
        raw = handler.rfile.read(int(handler.headers.get("Content-Length") or 0))
        seen = Seen(handler.path, dict(handler.headers), json.loads(raw or b"{}"), time.monotonic())
        mode = self._next_mode(seen)
        if mode == "hang":
            self.released.wait()
            return
        delay = self.delay or (1.0 if mode == "slow" else 0.0)
        if delay and self.released.wait(delay):
            return
        if mode in ERROR_STATUS:
            status, payload = int(mode), error_body(int(mode))
        else:
            status, payload = self.answer(urlsplit(handler.path).path, seen.headers, seen.body, mode)
        data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        seen.answered = time.monotonic()
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json; charset=UTF-8")
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self):  # noqa: N802 - http.server API
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up
                    fake._respond(self)

            def log_message(self, *args):
                pass

        return Handler


def error_body(status: int, message: str = "") -> dict:
    """Google's REST error shape."""
    return {"error": {"code": status, "message": message or f"fake error {status}",
                      "status": ERROR_STATUS.get(str(status), "UNKNOWN")}}
