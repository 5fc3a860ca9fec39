"""Run PDF parsing in helper processes with a time cap, so a hostile PDF costs one helper.

A hostile PDF can make a C parser loop, eat memory or crash outright. In a thread, a loop cannot
be stopped and a crash kills the whole worker (and every request it was serving). So PDFium
work runs in helper processes (``python -m invoice_processing.isolation``): a helper takes one
job at a time over its stdin/stdout pipes and answers with JSON. When a job passes its time cap
the helper is killed; when a helper dies (a signal, its memory limit) the job fails with
``ParserFailed``; either way the next job gets a fresh helper. Only JSON crosses back (never
pickle), so even a helper taken over by a malicious PDF can send data, not code. Product
errors raised in a helper come back by code (``corrupt_pdf``, ``encrypted_pdf``, ...).

Helpers are started with ``subprocess`` (fork+exec: safe from a threaded server) and live on
between jobs, so a job costs a pipe round trip, not a process start (``docs/security.md``).
"""

from __future__ import annotations

import contextlib
import os
import struct
import subprocess
import sys
import threading

import orjson  # JSON both ways, 6x quicker than the json module on a page list

HELPERS = 2  # parses at once per instance (each helper parses one PDF at a time)
MEMORY_LIMIT_BYTES = 2 * 1024**3  # address-space cap of a helper: a memory bomb fails there, not here
_FRAME = struct.Struct("!I")
_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the folder holding the package
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
    def __init__(self):
        self.process = subprocess.Popen([sys.executable, "-m", "invoice_processing.isolation"], cwd=_ROOT,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.spent = False

    def call(self, job: str, data: bytes, params: dict, timeout: float) -> dict:
        header = orjson.dumps({"job": job, "params": params})
        _write(self.process.stdin, header)
        _write(self.process.stdin, data)
        expired = threading.Event()

        def expire() -> None:
            expired.set()
            self.process.kill()

        timer = threading.Timer(max(0.0, timeout), expire)
        timer.start()
        try:
            reply = _read(self.process.stdout)
        finally:
            timer.cancel()
        self.spent = expired.is_set()  # killed as the answer arrived: answer kept, helper not reused
        if reply is None:
            raise ParserFailed(self.spent, "parser time cap" if self.spent else "parser process died")
        return orjson.loads(reply)

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(5)
        for stream in (self.process.stdin, self.process.stdout):
            stream.close()


def run_job(job: str, data: bytes, params: dict, *, timeout: float) -> dict:
    """Run ``job`` (a name in ``JOBS``) on ``data`` in a helper; its JSON answer, or raise.

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


def _product_error(error: dict):
    from . import errors

    known = {cls.code: cls for cls in (errors.CorruptPdf, errors.EncryptedPdf, errors.TooManyPages,
                                       errors.NotAPdf, errors.PayloadTooLarge, errors.MissingInput)}
    cls = known.get(str(error.get("code")))
    if cls is None:
        return ParserFailed(False, f"parser raised {str(error.get('code'))[:40]}")
    return cls(str(error.get("message") or "")[:300] or None, detail=str(error.get("detail") or "")[:200])


def _write(stream, payload: bytes) -> None:
    stream.write(_FRAME.pack(len(payload)))
    stream.write(payload)
    stream.flush()


def _read(stream) -> bytes | None:
    head = stream.read(_FRAME.size)
    if len(head) < _FRAME.size:
        return None
    (size,) = _FRAME.unpack(head)
    body = stream.read(size)
    return body if len(body) == size else None


def _jobs() -> dict:
    from . import pdf
    from .extraction import local

    return {"profile": pdf.profile_job, "pages": local.pages_job}


def serve() -> None:
    """Helper main loop: one job at a time until stdin closes."""
    import resource

    from .errors import InvoiceError

    with contextlib.suppress(ValueError, OSError):  # a lower hard limit may already be in place
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT_BYTES, MEMORY_LIMIT_BYTES))
    jobs = _jobs()
    source, sink = sys.stdin.buffer, os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # stray prints from libraries must not corrupt the reply pipe
    while (header := _read(source)) is not None and (data := _read(source)) is not None:
        request = orjson.loads(header)
        try:
            answer = {"result": jobs[request["job"]](data, **request["params"])}
        except InvoiceError as error:
            answer = {"error": {"code": error.code, "message": error.message, "detail": error.detail}}
        except Exception as exc:  # only the type crosses back: library messages can quote invoice text
            answer = {"error": {"code": type(exc).__name__}}
        _write(sink, orjson.dumps(answer))


if __name__ == "__main__":
    serve()
