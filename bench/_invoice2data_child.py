"""Runs inside the bench virtualenv (``.cache/bench-venv``), never the function's: times
invoice2data on PDF files and prints its line items as JSON.

stdin: ``{"templates": DIR, "rounds": N, "cases": {name: pdf_path}}``;
stdout (last line): ``{"reader": ..., "cases": {name: {"seconds": [...], "lines": [...], "error": ""}}}``.
invoice2data's own pdfium reader is used: the same PDF library as ours, and its fastest one.
"""

import json
import logging
import sys
import time

from invoice2data import extract_data
from invoice2data.extract.loader import read_templates
from invoice2data.input import pdfium


def main() -> None:
    logging.disable(logging.CRITICAL)
    spec = json.load(sys.stdin)
    templates = read_templates(spec["templates"])
    results = {}
    for name, path in spec["cases"].items():
        seconds, result, error = [], {}, ""
        for _ in range(spec["rounds"]):
            began = time.perf_counter()
            try:
                result = extract_data(path, templates=templates, input_module=pdfium)
            except Exception as exc:  # report, do not crash the run
                error = f"{type(exc).__name__}: {exc}"[:300]
            seconds.append(time.perf_counter() - began)
        lines = [{k: str(v) for k, v in row.items()} for row in (result or {}).get("lines", [])]
        results[name] = {"seconds": seconds, "lines": lines, "error": error}
    print(json.dumps({"reader": "pdfium", "cases": results}))


if __name__ == "__main__":
    main()
