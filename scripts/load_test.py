"""Load test: functions-framework with several workers on 127.0.0.1 and a bounded burst of clients.

    .venv/bin/python scripts/load_test.py --workers 4 --clients 16 --duration 30

Starts ``functions-framework --target=process_invoice`` (gunicorn; ``WORKERS`` and ``THREADS``
from the command line) on a free loopback port with a fresh CSV sheet and a webhook token,
then runs ``--clients`` threads for ``--duration`` seconds. Each request is one of:
- valid: a new invoice (unique number), expected 200 with ``duplicate: false``;
- duplicate: an invoice whose first post already succeeded, expected 200 with ``duplicate: true``;
- malformed: not a PDF (415), JSON without ``file_url`` (400), no token (401), GET (405).
Any other answer, a transport error or a timeout counts as an error. At the end the sheet must
hold exactly two rows per accepted invoice (each generated invoice has two products) and
nothing else. Prints requests per second, p50/p99 latency per kind and error counts; exits 1
on any error or any lost or duplicated row.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from test_scripts.generator.pdfs import simple_invoice  # noqa: E402 - needs ROOT on sys.path

TOKEN = "load-test-token"
MALFORMED = [
    ("not_a_pdf", 415), ("json_without_url", 400), ("no_token", 401), ("get", 405),
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(workers: int, threads: int, sheet: Path, log: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {**os.environ, "WORKERS": str(workers), "THREADS": str(threads), "LOCAL_SHEET_PATH": str(sheet),
           "WEBHOOK_TOKEN": TOKEN, "LOG_FORMAT": "json"}
    binary = Path(sys.executable).parent / "functions-framework"
    command = [str(binary), "--target=process_invoice", "--source=main.py", "--host=127.0.0.1", f"--port={port}"]
    proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT)
    ends = time.monotonic() + 30
    while time.monotonic() < ends:
        if proc.poll() is not None:
            raise SystemExit(f"server exited: {log.read_text()[-2000:]}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return proc, f"http://127.0.0.1:{port}/"
        except OSError:
            time.sleep(0.05)  # readiness poll of a starting process
    proc.kill()
    raise SystemExit("functions-framework did not start within 30 s")


class Run:
    """Shared state of the clients: accepted invoices, latencies, errors."""

    def __init__(self, url: str, ends: float):
        self.url, self.ends = url, ends
        self.lock = threading.Lock()
        self.next_number = 0
        self.accepted: list[tuple[str, bytes]] = []  # first post succeeded
        self.latency: dict[str, list[float]] = defaultdict(list)
        self.errors: Counter[str] = Counter()

    def new_invoice(self) -> tuple[str, bytes]:
        with self.lock:
            self.next_number += 1
            number = f"LT-{self.next_number:06d}"
        return number, simple_invoice(number)

    def record(self, kind: str, seconds: float, error: str = "") -> None:
        with self.lock:
            self.latency[kind].append(seconds)
            if error:
                self.errors[f"{kind}: {error}"] += 1


def post_pdf(session: requests.Session, run: Run, pdf: bytes) -> requests.Response:
    return session.post(run.url, files={"invoice_file": ("i.pdf", pdf, "application/pdf")},
                        headers={"X-Webhook-Token": TOKEN}, timeout=60)


def malformed(session: requests.Session, run: Run, rng: random.Random) -> tuple[str, str]:
    name, status = rng.choice(MALFORMED)
    headers = {"X-Webhook-Token": TOKEN}
    if name == "not_a_pdf":
        response = session.post(run.url, data=rng.randbytes(2000),
                                headers=headers | {"Content-Type": "application/pdf"}, timeout=60)
    elif name == "json_without_url":
        response = session.post(run.url, json={"url": 1}, headers=headers, timeout=60)
    elif name == "no_token":
        response = session.post(run.url, files={"invoice_file": ("i.pdf", b"%PDF-1.4", "application/pdf")}, timeout=60)
    else:
        response = session.get(run.url, headers=headers, timeout=60)
    ok = response.status_code == status and response.json().get("success") is False
    return "malformed", "" if ok else f"{name} got {response.status_code}"


def one_request(session: requests.Session, run: Run, rng: random.Random) -> tuple[str, str]:
    roll = rng.random()
    if roll < 0.2:
        return malformed(session, run, rng)
    with run.lock:
        replay = run.accepted[rng.randrange(len(run.accepted))] if run.accepted and roll < 0.45 else None
    if replay is not None:
        body = post_pdf(session, run, replay[1]).json()
        ok = body.get("success") is True and body.get("duplicate") is True and body.get("rows_written") == 0
        return "duplicate", "" if ok else f"{body.get('error', body)}"
    number, pdf = run.new_invoice()
    body = post_pdf(session, run, pdf).json()
    if body.get("success") is True and body.get("duplicate") is False and body.get("invoice_number") == number:
        with run.lock:
            run.accepted.append((number, pdf))
        return "valid", ""
    return "valid", f"{body.get('error', body)}"


def client(run: Run, seed: int) -> None:
    rng = random.Random(seed)
    session = requests.Session()
    while time.monotonic() < run.ends:
        started = time.monotonic()
        try:
            kind, error = one_request(session, run, rng)
        except (requests.RequestException, ValueError) as exc:
            kind, error = "transport", type(exc).__name__
        run.record(kind, time.monotonic() - started, error)


def check_sheet(sheet: Path, accepted: list[tuple[str, bytes]]) -> dict[str, int]:
    with sheet.open(newline="") as handle:
        rows = list(csv.reader(handle))[1:]
    per_invoice = Counter(row[2] for row in rows)
    expected = {number: 2 for number, _ in accepted}
    return {
        "rows": len(rows),
        "expected_rows": 2 * len(accepted),
        "lost": sum(1 for number in expected if per_invoice.get(number, 0) < 2),
        "duplicated": sum(1 for number, count in per_invoice.items() if count > 2),
        "unexpected": sum(1 for number in per_invoice if number not in expected),
    }


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000 if ordered else 0.0


def report(run: Run, seconds: float, sheet: dict[str, int], args) -> dict:
    everything = [v for values in run.latency.values() for v in values]
    summary = {
        "workers": args.workers, "threads": args.threads, "clients": args.clients, "duration_s": round(seconds, 1),
        "requests": len(everything), "rps": round(len(everything) / seconds, 1),
        "p50_ms": round(percentile(everything, 0.50), 1), "p99_ms": round(percentile(everything, 0.99), 1),
        "by_kind": {kind: {"n": len(v), "p50_ms": round(percentile(v, 0.5), 1), "p99_ms": round(percentile(v, 0.99), 1)}
                    for kind, v in sorted(run.latency.items())},
        "errors": sum(run.errors.values()), "error_samples": dict(run.errors.most_common(5)), "sheet": sheet,
    }
    print(json.dumps(summary, indent=2))
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--duration", type=float, default=30.0)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        sheet, log = Path(tmp) / "sheet.csv", Path(tmp) / "server.log"
        proc, url = start_server(args.workers, args.threads, sheet, log)
        try:
            started = time.monotonic()
            run = Run(url, started + args.duration)
            clients = [threading.Thread(target=client, args=(run, seed)) for seed in range(args.clients)]
            for thread in clients:
                thread.start()
            for thread in clients:
                thread.join()
            seconds = time.monotonic() - started
        finally:
            proc.terminate()
            proc.wait(15)
        summary = report(run, seconds, check_sheet(sheet, run.accepted), args)
    bad = summary["errors"] or any(summary["sheet"][k] for k in ("lost", "duplicated", "unexpected"))
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
