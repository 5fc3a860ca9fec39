"""A self-contained HTML report: the tables, the gate decision if given, and the charts inline."""

from __future__ import annotations

import base64
from collections.abc import Iterable, Sequence
from html import escape

from rollout.report.analysis import Report
from rollout.report.charts import png_bytes
from rollout.report.gate import GateDecision
from rollout.report.rows import COMPARISON_HEADER, VENDOR_HEADER, comparison_rows, period_text, vendor_rows
from rollout.report.sequential import TAU_SD

_STYLE = """body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}
td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}td:first-child,th:first-child{text-align:left}
.better{color:#137333;font-weight:bold}.worse{color:#c5221f;font-weight:bold}code{background:#f3f3f3}"""


def _table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join(
        "<tr>" + "".join(f'<td class="{escape(cell)}">{escape(cell)}</td>' if cell in ("better", "worse")
                         else f"<td>{escape(cell)}</td>" for cell in row) + "</tr>"
        for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def _gate(decision: GateDecision | None) -> str:
    if decision is None:
        return ""
    reasons = "".join(f"<li>{escape(r)}</li>" for r in decision.reasons)
    commands = "".join(f"<pre><code>{escape(c)}</code></pre>" for c in decision.commands) or "<p>No change.</p>"
    return f"<h2>Gate: {decision.verdict.value} (stage {decision.stage.value})</h2><ul>{reasons}</ul>{commands}"


def render(report: Report, load_summary: str, decision: GateDecision | None = None) -> str:
    image = base64.b64encode(png_bytes(report)).decode("ascii")
    method = (f"Significant means the always-valid p-value (mSPRT, mixing sd {TAU_SD} pooled sd) is at most "
              f"{report.alpha}; it stays valid however often the report is read. The fixed-horizon p-value "
              "is shown for reference only. Accuracy: success with quality score at least 0.9 and not "
              "flagged for review, over processed requests (success, error, timeout).")
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>Gemini rollout report</title>"
        f"<style>{_STYLE}</style></head><body><h1>Gemini rollout report</h1>"
        f"<p>{escape(period_text(report))}</p><p>{escape(load_summary)}</p>{_gate(decision)}"
        f"<h2>Treatment vs control</h2>{_table(COMPARISON_HEADER, comparison_rows(report))}"
        f"<p>{escape(method)}</p><h2>Distributions</h2>"
        f"<img alt='distributions per variant' src='data:image/png;base64,{image}'>"
        f"<h2>By vendor</h2>{_table(VENDOR_HEADER, vendor_rows(report))}</body></html>"
    )
