"""Figure 10, scanned invoices through functions-framework on the embedded default (local OCR).

A real server (``functions-framework --target=process_invoice`` on 127.0.0.1, no Google
configuration, CSV sheet), fresh for the run, so its first scan pays what a new instance pays:
the parser helper's start, importing the recogniser and loading its models. Posted the way
Zapier posts (multipart ``invoice_file``):

- 10a: a 1-page generated scan (generic invoice, 200 dpi) as the server's first request:
  seconds to a 200 with its rows, against the same invoice's text PDF (issue 19: within 10 s);
- 10b: another 1-page scan once the models are loaded (what every later scan costs);
- 10c: a 20-page scan: a 200 within ``REQUEST_DEADLINE_SECONDS``, or a retryable error in time,
  and the server still answering afterwards (never a dead worker).

``python -m bench.scans`` runs it alone and prints the figures.
"""

from __future__ import annotations

import subprocess
import tempfile
import time
from pathlib import Path

from test_scripts import generator
from test_scripts.generator.scans import scanned

from . import server
from .report import Figure, plain_table

ONE_PAGE_TARGET = 10.0  # seconds, issue 19
DEADLINE = 150.0  # REQUEST_DEADLINE_SECONDS' default


def _server(sheet_dir: Path) -> tuple[subprocess.Popen[bytes], str]:
    env = {"LOCAL_SHEET_PATH": str(sheet_dir / "sheet.csv"), "LOG_FORMAT": "json",
           "REQUEST_DEADLINE_SECONDS": str(DEADLINE)}
    proc, port = server.start(env)
    return proc, f"http://127.0.0.1:{port}/"


def _post(url: str, pdf: bytes) -> tuple[int, dict[str, object], float]:
    import requests

    began = time.perf_counter()
    response = requests.post(url, files={"invoice_file": ("scan.pdf", pdf, "application/pdf")}, timeout=DEADLINE + 30)
    return response.status_code, response.json(), time.perf_counter() - began


def run(long: bool = True) -> list[Figure]:
    """Figures 10a-10c (10c only when ``long``: it takes about two minutes)."""
    one, other = (scanned(generator.generic_invoice("columns", seed, lines=12), seed, dpi=200) for seed in (1, 2))
    long_scan = scanned(generator.generic_invoice("ordered_shipped", 4, pages=14), 4, dpi=150)  # 20 pages
    with tempfile.TemporaryDirectory() as folder:
        proc, url = _server(Path(folder))
        try:
            cold_status, cold_body, cold = _post(url, one.pdf)
            _, _, text_pdf = _post(url, generator.generic_invoice("columns", 1, lines=12).pdf)
            warm_status, warm_body, warm = _post(url, other.pdf)
            long_status, long_body, long_seconds = _post(url, long_scan.pdf) if long else (0, {}, 0.0)
            after_status, _, _ = _post(url, generator.generic_invoice("amount_only", 4).pdf)
        finally:
            proc.terminate()
            proc.wait(10)
    expected = len(one.truth["line_items"])
    cold_ok = cold_status == 200 and cold_body.get("items_count") == expected and cold <= ONE_PAGE_TARGET
    long_ok = (long_status == 200 or bool(long_body.get("retryable"))) and long_seconds <= DEADLINE
    long_answer = (f"200, {long_body.get('items_count')} rows" if long_status == 200 else
                   f"{long_status} {(long_body.get('error') or {}).get('code')} (retryable)")
    figures = [
        Figure("10a", "1-page scan, first request of a new server", f"{cold:.1f} s",
               f"{text_pdf * 1000:.0f} ms (text PDF)", cold / text_pdf, f"200 with rows <= {ONE_PAGE_TARGET:.0f} s",
               cold_ok,
               f"status {cold_status}, {cold_body.get('items_count')} of {expected} rows, method "
               f"{cold_body.get('method')}; includes starting the parser helper and loading the OCR models."),
        Figure("10b", "1-page scan, models loaded", f"{warm:.1f} s", f"{text_pdf * 1000:.0f} ms (text PDF)",
               warm / text_pdf, "200 with rows", warm_status == 200 and warm_body.get("items_count") == len(
                   other.truth["line_items"]), f"status {warm_status}, {warm_body.get('items_count')} rows."),
    ]
    if not long:
        return figures
    return [*figures, Figure("10c", "20-page scan", f"{long_seconds:.1f} s",
                             f"{DEADLINE:.0f} s (REQUEST_DEADLINE_SECONDS)",
               long_seconds / DEADLINE, "200 in time or retryable error", long_ok and after_status == 200,
               f"{long_scan.pages} pages, {len(long_scan.pdf) / 1_048_576:.1f} MB: {long_answer}; the next request "
               f"answered {after_status}.")]


if __name__ == "__main__":
    print(plain_table(run()))
