"""``python -m bench``: every performance figure of issue 9, measured side by side in one run.

Prints one table (figure, measured, baseline, ratio, target, PASS/FAIL) plus notes with
min/median and the breakdowns; ``--write-docs`` also puts it into docs/benchmarks.md.
Each benchmark has its own time budget (the whole run takes about two minutes); a piece
that cannot run here is reported as N/A with the reason, and one that breaks is reported as
N/A with the error type, so one missing piece never hides the others.
``python -m bench.accuracy`` is the separate accuracy benchmark.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable

from . import (
    coldstart,
    docai_split,
    extraction,
    memory,
    overhead,
    report,
    rival,
    scans,
    sheet_burst,
    sheet_ledger,
    throughput,
)
from .timing import ROOT

DOCS = ROOT / "docs" / "benchmarks.md"


def plan(quick: bool) -> list[tuple[str, str, Callable[[], list[report.Figure]]]]:
    """(figure number, name, thunk) in run order; ``quick`` shrinks every budget (smoke runs)."""
    scale = 0.15 if quick else 1.0
    return [
        ("1", "cold start", lambda: coldstart.run(budget=20 * scale)),
        ("2", "local extraction", lambda: extraction.run(budget=40 * scale)),
        ("3", "invoice2data", lambda: rival.run(budget=60, rounds=1 if quick else 3)),
        ("4", "pipeline overhead", lambda: overhead.run(budget=15 * scale)),
        ("5", "throughput", lambda: throughput.run(seconds=1.5 if quick else 4.0, rounds=1 if quick else 2)),
        ("6", "peak memory", lambda: memory.run(rounds=1 if quick else 3)),
        ("7", "Document AI split", lambda: docai_split.run(delay=0.3 if quick else docai_split.DELAY,
                                                           rounds=1 if quick else 2)),
        ("8", "Sheets burst", lambda: sheet_burst.run(seeds=1 if quick else 3)),
        ("9", "ledger claim size", sheet_ledger.run),
        ("10", "scanned invoices", lambda: scans.run(long=not quick)),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="comma-separated figure numbers to run (default: all)")
    parser.add_argument("--quick", action="store_true", help="tiny budgets: checks the pieces run, figures are rough")
    parser.add_argument("--write-docs", action="store_true", help=f"write the table into {DOCS.relative_to(ROOT)}")
    parser.add_argument("--check", action="store_true", help="exit 1 when any figure fails its target")
    args = parser.parse_args(argv)
    wanted = {n.strip() for n in args.only.split(",") if n.strip()}
    started = time.perf_counter()
    figures: list[report.Figure] = []
    for number, name, thunk in plan(args.quick):
        if wanted and number not in wanted:
            continue
        print(f"[{number}] {name} ...", flush=True)
        try:
            figures += thunk()
        except Exception as exc:  # report the piece as broken, keep measuring the rest
            figures.append(report.not_available(number, name, "", f"{name} broke: {type(exc).__name__}: {exc}"[:300]))
    seconds = time.perf_counter() - started
    print()
    print(report.plain_table(figures))
    print(f"\n{seconds:.0f} s, {report.machine()}")
    if args.write_docs:
        command = "python -m bench" + (" --quick" if args.quick else "")
        report.write_docs(DOCS, figures, command, seconds)
        print(f"wrote {DOCS.relative_to(ROOT)}")
    failed = any(f.passed is False for f in figures)
    return 1 if args.check and failed else 0


if __name__ == "__main__":
    sys.exit(main())
