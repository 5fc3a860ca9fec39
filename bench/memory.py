"""Figure 6, peak memory (RSS) of one request for a 2-page and a 100-page invoice.

Each case runs in a fresh process (``_rss_child.py``: functions-framework and ``main`` imported as
in the function's process, then the embedded-default pipeline with the
local backend and a CSV sheet in a temp dir) and reads its own peak with ``getrusage``, so
nothing one case allocated can hide in the other's figure. Cases alternate; we keep the
smallest peak of each.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from . import inputs
from .report import Figure
from .timing import run_json

TARGET = 1.5


def run(rounds: int = 3) -> list[Figure]:
    cases = {"2": inputs.generic(2), "100": inputs.generic(100)}
    peaks: dict[str, list[dict]] = {name: [] for name in cases}
    with tempfile.TemporaryDirectory() as tmp:
        for name, made in cases.items():
            (Path(tmp) / f"{name}.pdf").write_bytes(made.pdf)
        for attempt in range(rounds):
            for name in cases:
                sheet = Path(tmp) / f"sheet-{name}-{attempt}"
                sheet.mkdir()
                peaks[name].append(run_json(["bench/_rss_child.py", str(Path(tmp) / f"{name}.pdf"), str(sheet)],
                                            timeout=120))
    small = min(peaks["2"], key=lambda r: r["peak_kb"])
    large = min(peaks["100"], key=lambda r: r["peak_kb"])
    ratio = large["peak_kb"] / small["peak_kb"]
    def grew(case: dict) -> str:
        return f"+{(case['peak_kb'] - case['imports_kb']) / 1024:.1f} MiB over imports"

    note = (f"peak RSS (VmHWM) of a fresh process serving one request: 2 pages ({small['items']} lines) "
            f"{small['peak_kb'] / 1024:.1f} MiB ({grew(small)}), 100 pages ({large['items']} lines) "
            f"{large['peak_kb'] / 1024:.1f} MiB ({grew(large)}); functions-framework, main and PDFium alone "
            f"{small['imports_kb'] / 1024:.1f} MiB; {rounds} alternating rounds, smallest kept.")
    return [Figure("6", "peak RSS, 100-page vs 2-page invoice", f"{large['peak_kb'] / 1024:.1f} MiB",
                   f"{small['peak_kb'] / 1024:.1f} MiB (2 pages)", ratio, f"<= {TARGET}x", ratio <= TARGET, note)]
