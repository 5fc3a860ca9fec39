"""Figure 1, cold start: ``import main`` against importing functions-framework alone.

Each import runs in a fresh interpreter (a cold start is exactly that), timed inside the
child around the import statement only, so interpreter start-up is not counted on either
side. The child also lists which cloud SDKs the import loaded: they must load only when
first used (the Gemini, Document AI, Secret Manager, Cloud Logging and Sheets clients).
"""

from __future__ import annotations

import subprocess
import sys

from .report import Figure
from .timing import ROOT, best, interleave, median, ms

SDK_PREFIXES = ("google.genai", "google.cloud.documentai", "google.cloud.secretmanager", "google.cloud.logging",
                "google.cloud.logging_v2", "gspread", "google.api_core", "grpc")
CHILD = """
import sys, time
began = time.perf_counter()
import {module}
elapsed = time.perf_counter() - began
loaded = sorted(m for m in sys.modules if m.startswith({prefixes!r}))
print(elapsed, ",".join(loaded))
"""
TARGET = 1.5
DEFERRED = ("google.genai", "google.cloud.documentai", "google.cloud.secretmanager", "google.cloud.logging", "gspread")


def _import_seconds(module: str, loaded: set[str]) -> float:
    code = CHILD.format(module=module, prefixes=SDK_PREFIXES)
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60, check=True)
    seconds, _, modules = out.stdout.strip().partition(" ")
    loaded.update(m for m in modules.split(",") if m)
    return float(seconds)


def run(budget: float = 20.0) -> list[Figure]:
    loaded: set[str] = set()
    samples = interleave({
        "main": lambda: _import_seconds("main", loaded),
        "ff": lambda: _import_seconds("functions_framework", set()),
    }, rounds=15, budget=budget)
    ours, base = best(samples["main"]), best(samples["ff"])
    roots = sorted({".".join(m.split(".")[:3]) for m in loaded})
    deferred = []
    for module in DEFERRED:  # what loading on first use keeps out of the cold start (one run each)
        try:
            deferred.append(f"{module} {ms(_import_seconds(module, set()))}")
        except subprocess.CalledProcessError:
            deferred.append(f"{module} not installed")
    ratio = ours / base
    note = (f"import main min {ms(ours)} / median {ms(median(samples['main']))}; functions-framework alone "
            f"min {ms(base)} / median {ms(median(samples['ff']))}; {len(samples['main'])} fresh interpreters each. "
            f"Cloud SDKs loaded by import main: {', '.join(roots) if roots else 'none'}. "
            f"Deferred to first use (each alone, one run): {'; '.join(deferred)}.")
    return [Figure("1", "cold start: import main", ms(ours), f"{ms(base)} (import functions_framework)", ratio,
                   f"<= {TARGET}x, no cloud SDK", ratio <= TARGET and not roots, note)]
