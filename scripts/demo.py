"""The main job on the embedded default, end to end, the way Zapier drives it.

Generates sample invoices, starts functions-framework on 127.0.0.1, posts every PDF as a
multipart ``invoice_file`` (then one again, to show the replay is not written twice), and
prints the rows of the local CSV sheet and its path.
"""

from __future__ import annotations

import csv
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from test_scripts.generator import write_corpus  # noqa: E402 - needs the path above


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_ready(proc: subprocess.Popen, port: int) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit("functions-framework exited during start-up")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("functions-framework did not start within 30 s")


def main() -> int:
    samples = ROOT / "samples"
    sheet = samples / "invoice_sheet.csv"
    samples.mkdir(exist_ok=True)
    for stale in samples.glob("invoice_sheet.csv*"):
        stale.unlink()
    pdfs = [p for p in write_corpus(samples, seeds=range(2)) if p.suffix == ".pdf"]
    port = _free_port()
    env = {**os.environ, "LOCAL_SHEET_PATH": str(sheet), "LOG_FORMAT": "text"}
    command = [str(Path(sys.executable).parent / "functions-framework"), "--target=process_invoice",
               "--source=main.py", "--host=127.0.0.1", f"--port={port}"]
    log_path = samples / "server.log"
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            _wait_ready(proc, port)
            print(f"functions-framework on http://127.0.0.1:{port}/ (log: {log_path})")
            for pdf in [*pdfs, pdfs[0]]:
                with open(pdf, "rb") as handle:
                    files = {"invoice_file": (pdf.name, handle, "application/pdf")}
                    body = requests.post(f"http://127.0.0.1:{port}/", files=files, timeout=160).json()
                if body.get("success"):
                    state = "duplicate, nothing written" if body["duplicate"] else f"{body['items_count']} rows"
                    print(f"  {pdf.name:<32} {body['vendor']:<28} {body['invoice_number']:<12} "
                          f"{state:<26} {body['sheet_range']}")
                else:
                    print(f"  {pdf.name:<32} error {body['error']['code']}: {body['error']['message']}")
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    with open(sheet, newline="") as handle:
        rows = list(csv.reader(handle))
    print(f"\nSheet (columns B..G): {sheet}  ({len(rows) - 1} rows)")
    for row in rows:
        print("  " + " | ".join(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
