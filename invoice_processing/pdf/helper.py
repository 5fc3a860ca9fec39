"""The parser helper process: ``python -m invoice_processing.pdf.helper``.

Takes one job at a time from its stdin (``pdf.isolation`` frames: a JSON header naming the job
and its parameters, then the PDF bytes) and answers each with one JSON frame on its stdout.
Its address space is capped, so a memory bomb fails here, not in the worker.
"""

from __future__ import annotations

import contextlib
import os
import resource
import sys
from collections.abc import Callable
from typing import Any

import orjson

from invoice_processing.errors import InvoiceError
from invoice_processing.pdf.checks import profile_job
from invoice_processing.pdf.isolation import MEMORY_LIMIT_BYTES, read_frame, write_frame
from invoice_processing.pdf.ocr import ocr_job
from invoice_processing.pdf.text_layer import pages_job

JOBS: dict[str, Callable[..., Any]] = {"profile": profile_job, "pages": pages_job, "ocr": ocr_job}


def serve() -> None:
    """Helper main loop: one job at a time until stdin closes."""
    with contextlib.suppress(ValueError, OSError):  # a lower hard limit may already be in place
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT_BYTES, MEMORY_LIMIT_BYTES))
    source, sink = sys.stdin.buffer, os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # stray prints from libraries must not corrupt the reply pipe
    while (header := read_frame(source)) is not None and (data := read_frame(source)) is not None:
        request = orjson.loads(header)
        try:
            answer = {"result": JOBS[request["job"]](data, **request["params"])}
        except InvoiceError as error:
            answer = {"error": {"code": error.code, "message": error.message, "detail": error.detail}}
        except Exception as exc:  # only the type crosses back: library messages can quote invoice text
            answer = {"error": {"code": type(exc).__name__}}
        write_frame(sink, orjson.dumps(answer))


if __name__ == "__main__":
    serve()
