"""A fresh ``functions-framework`` serving ``process_invoice`` on 127.0.0.1, for the benchmarks
that measure the product the way Zapier reaches it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

from .timing import ROOT


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start(env: dict[str, str], *, source: str = "main.py",
          cores: int | None = None) -> tuple[subprocess.Popen[bytes], int]:
    """The server with ``env`` over this process's environment, ready to answer: (process, port).

    ``cores`` pins it to that many CPUs before it forks its workers (so they and their parser
    helpers inherit the set)."""
    port = free_port()
    binary = Path(sys.executable).parent / "functions-framework"
    proc = subprocess.Popen([str(binary), "--target=process_invoice", f"--source={source}", "--host=127.0.0.1",
                             f"--port={port}"], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT), **env},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if cores is not None:
        os.sched_setaffinity(proc.pid, set(sorted(os.sched_getaffinity(0))[:cores]))
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("functions-framework exited at start")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return proc, port
        except OSError:
            time.sleep(0.05)  # readiness poll of a starting process
    proc.kill()
    raise RuntimeError("functions-framework did not start within 30 s")
