"""Timing helpers: interleaved repetitions inside a time budget, and child processes.

Cases that are compared with each other run round-robin (A, B, A, B, ...), so a burst of
load from someone else's test run hits both sides of a ratio alike; we report the minimum
(the least disturbed run) and the median. A full garbage collection runs before every timed
call: the bench process holds the generated test invoices (a function instance holds no such
heap), and a collection traversing them inside a timed call would be charged to that case.
"""

from __future__ import annotations

import gc
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def interleave(cases: dict[str, Callable[[], object]], *, rounds: int, budget: float,
               min_rounds: int = 3) -> dict[str, list[float]]:
    """Seconds per call of each case, ``rounds`` times round-robin, stopping early once past ``budget``."""
    samples: dict[str, list[float]] = {name: [] for name in cases}
    started = time.perf_counter()
    for done in range(rounds):
        for name, case in cases.items():
            gc.collect()
            began = time.perf_counter()
            case()
            samples[name].append(time.perf_counter() - began)
        if done + 1 >= min_rounds and time.perf_counter() - started > budget:
            break
    return samples


def best(samples: list[float]) -> float:
    return min(samples)


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 10 else f"{seconds:.1f} s"


def run_json(args: list[str], *, timeout: float, env: dict[str, str] | None = None,
             python: str | None = None, stdin: str | None = None) -> dict:
    """Run ``python args...`` from the repository root and parse the JSON it prints last."""
    command = [python or sys.executable, *args]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=timeout, input=stdin,
                          env={**os.environ, **(env or {})}, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args[:2])} failed: {done.stderr.strip()[-600:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])
