"""Figure 5, requests per second through functions-framework with 1 worker and with N workers.

Real servers, as deployed locally: ``functions-framework --target=process_invoice`` on
127.0.0.1, workers set with functions-framework's ``WORKERS`` variable (its gunicorn app reads
``WORKERS`` and ``THREADS``), the embedded default (local backend, CSV sheet in a temp dir),
logs to /dev/null. Every request posts a different PDF (the 2-page invoice with a different
trailer comment), so none is answered from the replay ledger. Phases alternate 1, N, 1, N
workers, each on a fresh server and sheet; the client keeps 2 requests in flight per worker, each on a new connection.
N is the core count: beyond it, workers only share the same cores. A server with N workers is
pinned to N cores (with its parser helper processes), so one worker is measured on one core.
"""

from __future__ import annotations

import http.client
import itertools
import os
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from . import inputs, server
from .report import Figure

TARGET = 0.8


def _start(workers: int, sheet_dir: Path, source: str = "main.py") -> tuple[subprocess.Popen[bytes], int]:
    # N workers get N cores: set before the server has forked its workers, so they and their
    # parser helpers inherit it. One worker with helpers on a second core would not be one
    # worker's throughput.
    env = {"WORKERS": str(workers), "LOCAL_SHEET_PATH": str(sheet_dir / "sheet.csv"), "LOG_FORMAT": "json"}
    return server.start(env, source=source, cores=workers)


def _load(port: int, pdf: bytes, serial: itertools.count, clients: int, seconds: float) -> tuple[int, int]:
    """Post distinct PDFs from ``clients`` threads for ``seconds``; (ok answers, failures)."""
    stop = time.monotonic() + seconds
    counts = [[0, 0] for _ in range(clients)]

    def client(index: int) -> None:
        while time.monotonic() < stop:
            body = inputs.distinct(pdf, next(serial))
            # A new connection per request, as Zapier's calls arrive: a kept-alive connection stays
            # with the worker that accepted it, which would measure the client, not the workers.
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            try:
                conn.request("POST", "/", body=body, headers={"Content-Type": "application/pdf"})
                response = conn.getresponse()
                response.read()
                counts[index][0 if response.status == 200 else 1] += 1
            except (OSError, http.client.HTTPException):
                counts[index][1] += 1
            finally:
                conn.close()

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(c[0] for c in counts), sum(c[1] for c in counts)


def phase(workers: int, pdf: bytes, serial: itertools.count, seconds: float, source: str) -> tuple[float, int]:
    with tempfile.TemporaryDirectory() as tmp:
        proc, port = _start(workers, Path(tmp), source)
        try:
            _load(port, pdf, serial, 2 * workers, min(2.0, seconds / 2))  # warm every worker (imports, caches)
            began = time.monotonic()
            ok, failed = _load(port, pdf, serial, 2 * workers, seconds)
            return ok / (time.monotonic() - began), failed
        finally:
            proc.terminate()
            proc.wait(timeout=10)


def run(seconds: float = 5.0, rounds: int = 2) -> list[Figure]:
    return [measure("5", "", "main.py", seconds, rounds),
            measure("5b", ", instant sheet (diagnostic)", "bench/_instant_sheet_main.py", seconds, rounds)]


def measure(number: str, label: str, source: str, seconds: float, rounds: int) -> Figure:
    cores = os.cpu_count() or 1
    pdf = inputs.generic(2).pdf
    serial = itertools.count()
    rates: dict[int, list[float]] = {1: [], cores: []}
    failures = 0
    for _ in range(rounds):
        for workers in rates:
            rate, failed = phase(workers, pdf, serial, seconds, source)
            rates[workers].append(rate)
            failures += failed
    one, many = max(rates[1]), max(rates[cores])
    ratio = many / (cores * one)
    listed = {workers: ", ".join(f"{r:.1f}" for r in found) for workers, found in rates.items()}
    note = (f"--source={source}; 2-page invoice, distinct PDFs, {seconds:.0f} s per phase, {rounds} rounds "
            f"alternating; 1 worker {listed[1]} req/s, {cores} workers {listed[cores]} req/s (best kept); "
            f"ratio = N-worker rate / (N x 1-worker rate); failed requests: {failures}. "
            f"Servers pinned to as many cores as workers; the load client runs on the same {cores} cores.")
    return Figure(number, f"throughput, {cores} workers vs 1{label}", f"{many:.1f} req/s ({cores} workers)",
                  f"{one:.1f} req/s (1 worker)", ratio, f">= {TARGET} x N", ratio >= TARGET and failures == 0, note)
