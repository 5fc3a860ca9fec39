"""Figure 3, the same PDFs through invoice2data: time per invoice and line-item F1, side by side.

invoice2data (installed in the bench virtualenv, see ``venv.py``) runs in a child process with
the YAML templates in ``bench/invoice2data_templates/`` and its default first reader (pdfium,
the same PDF library as ours); the child times ``extract_data`` per invoice, so its start-up
is not counted. Its rows become sheet items the way the vendor rules write them (``CODE - UPC:
0<UPC> - description`` for Creative Co-op, ``CODE - description`` for the generic invoice) and
both sides are scored against the generator's truth with the same matcher as the tests: a line
counts only when item, price and quantity are all right. Rounds alternate child and in-process.
"""

from __future__ import annotations

import gc
import json
import re
import tempfile
import time
from collections import Counter
from decimal import Decimal, InvalidOperation
from pathlib import Path

from invoice_processing.deadline import Deadline
from invoice_processing.extraction.local import LocalBackend
from invoice_processing.models import PdfInput
from invoice_processing.vendors import interpret
from test_scripts.generator.truth import expected_lines, got_lines

from . import inputs, venv
from .report import Figure, not_available
from .timing import ROOT, best, run_json

TEMPLATES = ROOT / "bench" / "invoice2data_templates"
SPEED_TARGET = 5.0


def f1(got: list, truth: dict) -> float:
    have, want = Counter(got), Counter(expected_lines(truth))
    matched = sum((have & want).values())
    precision = matched / sum(have.values()) if have else 0.0
    recall = matched / sum(want.values()) if want else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _item(row: dict, kind: str) -> tuple[str, Decimal, int] | None:
    text = " ".join(part.strip() for part in re.split(r"\n", row.get("name") or row.get("description") or "")
                    if part.strip())
    qty = (row.get("qty") or "").split()
    price = (row.get("price") or "").split()
    try:
        qty_value, price_value = int(qty[-1]), Decimal(price[-1].replace(",", ""))
    except (IndexError, ValueError, InvalidOperation):
        return None
    if qty_value == 0:
        return None  # not ordered: not a product
    head = f"{row['code']} - UPC: 0{row['upc']}" if kind == "creative_coop" else row.get("code", "")
    return (f"{head} - {text}" if text else head, price_value, qty_value)


def theirs_lines(rows: list[dict], kind: str) -> list:
    return [item for item in (_item(row, kind) for row in rows) if item is not None]


def ours(data: bytes):
    return interpret(LocalBackend().extract(PdfInput(data, "bench"), Deadline(600)))


def run(budget: float = 40.0, rounds: int = 3) -> list[Figure]:
    cases = {"creative_coop": inputs.creative_coop_order(), "generic": inputs.generic(100)}
    cases = {name: made for name, made in cases.items() if made is not None}
    try:
        python = venv.python()
    except Exception as exc:  # no registry or no pip: say so, keep the other figures
        return [not_available("3", "vs invoice2data", f">= {SPEED_TARGET}x faster, higher F1",
                              f"bench virtualenv could not be set up ({type(exc).__name__})")]
    figures, timings = [], {name: ([], []) for name in cases}
    last: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        paths = {}
        for name, made in cases.items():
            paths[name] = str(Path(tmp) / f"{name}.pdf")
            Path(paths[name]).write_bytes(made.pdf)
        spec = json.dumps({"templates": str(TEMPLATES), "rounds": 2, "cases": paths})
        for _ in range(rounds):
            child = run_json(["bench/_invoice2data_child.py"], timeout=budget * 2, python=python, stdin=spec)
            for name, made in cases.items():
                timings[name][1].append(min(child["cases"][name]["seconds"]))
                last[name] = child["cases"][name]
                gc.collect()  # see timing.py: the bench's own heap is not the function's
                began = time.perf_counter()
                invoice = ours(made.pdf)
                timings[name][0].append(time.perf_counter() - began)
                last[name]["ours"] = got_lines(invoice.to_json())
    for number, (name, made) in zip(("3a", "3b"), cases.items(), strict=False):
        mine, theirs = best(timings[name][0]), best(timings[name][1])
        ours_f1 = f1(last[name]["ours"], made.truth)
        their_f1 = f1(theirs_lines(last[name]["lines"], name), made.truth)
        speedup = theirs / mine
        error = f" invoice2data error: {last[name]['error']}." if last[name]["error"] else ""
        note = (f"{name} ({made.pages} pages): ours {mine * 1000:.0f} ms/invoice (extraction + vendor rules), "
                f"F1 {ours_f1:.3f}; invoice2data {theirs * 1000:.0f} ms/invoice (pdfium reader + template), "
                f"F1 {their_f1:.3f}; ratio = invoice2data time / ours.{error}")
        figures.append(Figure(number, f"vs invoice2data, {made.pages}-page {name.replace('_', ' ')}",
                              f"{mine * 1000:.0f} ms, F1 {ours_f1:.3f}", f"{theirs * 1000:.0f} ms, F1 {their_f1:.3f}",
                              speedup, f">= {SPEED_TARGET}x faster, higher F1",
                              speedup >= SPEED_TARGET and ours_f1 > their_f1, note))
    return figures
