"""One row per benchmark figure, the table printed at the end of a run, and docs/benchmarks.md.

Every figure is a ratio of two numbers measured in the same run (the machines are shared and
noisy, so absolute milliseconds from different runs are not comparable), with the target it
is held to and PASS/FAIL. A piece that cannot run here (a backend or fake another engineer
has not landed yet) is reported as ``N/A`` with the reason, never as a crash.
"""

from __future__ import annotations

import datetime
import platform
from dataclasses import dataclass
from pathlib import Path

COLUMNS = ("#", "figure", "measured", "baseline", "ratio", "target", "result")


@dataclass(frozen=True)
class Figure:
    number: str
    name: str
    measured: str = ""
    baseline: str = ""
    ratio: float | None = None
    target: str = ""
    passed: bool | None = None  # None: not available here
    note: str = ""

    @property
    def result(self) -> str:
        return "N/A" if self.passed is None else ("PASS" if self.passed else "FAIL")

    def cells(self) -> tuple[str, ...]:
        ratio = "" if self.ratio is None else f"{self.ratio:.2f}"
        return (self.number, self.name, self.measured, self.baseline, ratio, self.target, self.result)


def not_available(number: str, name: str, target: str, why: str) -> Figure:
    return Figure(number, name, measured="not available", target=target, note=why)


def plain_table(figures: list[Figure]) -> str:
    rows = [COLUMNS, *(f.cells() for f in figures)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(COLUMNS))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    notes = [f"  [{f.number}] {f.note}" for f in figures if f.note]
    return "\n".join(lines + (["", "notes:", *notes] if notes else []))


def markdown_table(figures: list[Figure]) -> str:
    def row(cells) -> str:
        return "| " + " | ".join(str(c).replace("|", "\\|") for c in cells) + " |"

    lines = [row(COLUMNS), row(["---"] * len(COLUMNS)), *(row(f.cells()) for f in figures)]
    notes = [f"- **{f.number}** {f.note}" for f in figures if f.note]
    return "\n".join(lines + (["", *notes] if notes else []))


def machine() -> str:
    import os

    python = f"{platform.python_implementation()} {platform.python_version()}"
    return f"{python}, {os.cpu_count()} cores, {platform.system()}"


BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"


def write_docs(path: Path, figures: list[Figure], command: str, seconds: float) -> None:
    """Replace the table between the markers in ``path`` (the prose around it is kept)."""
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    block = "\n".join([
        BEGIN,
        f"Latest run: {stamp}, `{command}`, {seconds:.0f} s, {machine()}.",
        "",
        markdown_table(figures),
        END,
    ])
    text = path.read_text() if path.exists() else f"# Benchmarks\n\n{BEGIN}\n{END}\n"
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        text = head + block + rest.split(END, 1)[1]
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    path.write_text(text)
