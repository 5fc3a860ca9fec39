"""Run PDF parsing in helper processes with a time cap, so a hostile PDF costs one helper.

A hostile PDF can make a C parser loop, eat memory or crash outright. In a thread, a loop cannot
be stopped and a crash kills the whole worker (and every request it was serving). So PDFium
work runs in helper processes (``python -m invoice_processing.pdf.helper``): a helper takes one
job at a time over its stdin/stdout pipes and answers with JSON. When a job passes its time cap
the helper is killed; when a helper dies (a signal, its memory limit) the job fails with
``ParserFailed``; either way the next job gets a fresh helper. Only JSON crosses back (never
pickle), so even a helper taken over by a malicious PDF can send data, not code. Product
errors raised in a helper come back by code (``corrupt_pdf``, ``encrypted_pdf``, ...).

Helpers are started with ``subprocess`` (fork+exec: safe from a threaded server) and live on
between jobs, so a job costs a pipe round trip, not a process start (``docs/security.md``).
"""

from __future__ import annotations

import struct
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO, Any, cast

import orjson  # JSON both ways, 6x quicker than the json module on a page list

from invoice_processing import errors

HELPERS = 2  # parses at once per instance (each helper parses one PDF at a time)
MEMORY_LIMIT_BYTES = 2 * 1024**3  # address-space cap of a helper: a memory bomb fails there, not here
_FRAME = struct.Struct("!I")
_ROOT = str(Path(__file__).resolve().parents[2])  # the folder holding the package
_lock = threading.Lock()
_idle: list[_Helper] = []
_slots = threading.BoundedSemaphore(HELPERS)


class ParserFailed(Exception):
    """The helper crashed or ran past its time cap; ``timed_out`` tells which."""

    def __init__(self, timed_out: bool, detail: str):
        self.timed_out = timed_out
        self.detail = detail
        super().__init__(detail)


class _Helper:
    def __init__(self) -> None:
        self.process = subprocess.Popen([sys.executable, "-m", "invoice_processing.pdf.helper"], cwd=_ROOT,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.spent = False

    def call(self, job: str, data: bytes, params: dict[str, Any], timeout: float) -> dict[str, Any]:
        header = orjson.dumps({"job": job, "params": params})
        # started with PIPE: the streams are never None (the stubs cannot tell)
        write_frame(cast(IO[bytes], self.process.stdin), header)
        write_frame(cast(IO[bytes], self.process.stdin), data)
        expired = threading.Event()

        def expire() -> None:
            expired.set()
            self.process.kill()

        timer = threading.Timer(max(0.0, timeout), expire)
        timer.start()
        try:
            reply = read_frame(cast(IO[bytes], self.process.stdout))
        finally:
            timer.cancel()
        self.spent = expired.is_set()  # killed as the answer arrived: answer kept, helper not reused
        if reply is None:
            raise ParserFailed(self.spent, "parser time cap" if self.spent else "parser process died")
        answer: dict[str, Any] = orjson.loads(reply)  # the helper's envelope: {"result": ...} or {"error": ...}
        return answer

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(5)
        for stream in (self.process.stdin, self.process.stdout):
            cast(IO[bytes], stream).close()  # started with PIPE: never None


def run_job(job: str, data: bytes, params: dict[str, Any], *, timeout: float) -> Any:
    """Run ``job`` (a name in ``JOBS``) on ``data`` in a helper; its JSON answer, or raise.

    The answer is whatever the job returned, decoded from JSON (its shape depends on the job).

    Raises the product error the helper reported, or ``ParserFailed``.
    """
    if not _slots.acquire(timeout=max(0.0, timeout)):
        raise ParserFailed(True, "no parser free within the time cap")
    try:
        helper = _take()
        try:
            answer = helper.call(job, data, params, timeout)
        except (ParserFailed, OSError, ValueError) as exc:
            helper.kill()
            if isinstance(exc, ParserFailed):
                raise
            raise ParserFailed(False, "parser process died") from None
        if helper.spent:
            helper.kill()
        else:
            with _lock:
                _idle.append(helper)
    finally:
        _slots.release()
    if "error" in answer:
        raise _product_error(answer["error"])
    return answer["result"]


def _take() -> _Helper:
    with _lock:
        while _idle:
            helper = _idle.pop()
            if helper.process.poll() is None:
                return helper
            helper.kill()
    return _Helper()


def _product_error(error: dict[str, Any]) -> ParserFailed | errors.InvoiceError:
    known = {cls.code: cls for cls in (errors.CorruptPdf, errors.EncryptedPdf, errors.TooManyPages,
                                       errors.NotAPdf, errors.PayloadTooLarge, errors.MissingInput)}
    cls = known.get(str(error.get("code")))
    if cls is None:
        return ParserFailed(False, f"parser raised {str(error.get('code'))[:40]}")
    return cls(str(error.get("message") or "")[:300] or None, detail=str(error.get("detail") or "")[:200])


def write_frame(stream: IO[bytes], payload: bytes) -> None:
    stream.write(_FRAME.pack(len(payload)))
    stream.write(payload)
    stream.flush()


def read_frame(stream: IO[bytes]) -> bytes | None:
    head = stream.read(_FRAME.size)
    if len(head) < _FRAME.size:
        return None
    (size,) = _FRAME.unpack(head)
    body = stream.read(size)
    return body if len(body) == size else None
