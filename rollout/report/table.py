"""Terminal tables (rich) for the report and the gate decision."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text

from rollout.report.analysis import BETTER, WORSE, Report
from rollout.report.gate import GateDecision, Verdict
from rollout.report.rows import COMPARISON_HEADER, VENDOR_HEADER, comparison_rows, period_text, vendor_rows

_VERDICT_STYLE = {BETTER: "green", WORSE: "bold red"}
_GATE_STYLE = {Verdict.ADVANCE: "bold green", Verdict.HOLD: "bold yellow", Verdict.ROLLBACK: "bold red"}


def comparison_table(report: Report) -> Table:
    table = Table(title=f"Gemini (treatment) vs Document AI (control): {period_text(report)}",
                  caption=f"significant when the always-valid p <= {report.alpha}; "
                          f"tests start at {report.min_n} values per arm")
    for name in COMPARISON_HEADER:
        table.add_column(name, justify="left" if name in ("metric", "test", "verdict") else "right")
    for row in comparison_rows(report):
        table.add_row(*row[:-1], Text(row[-1], style=_VERDICT_STYLE.get(row[-1], "")))
    return table


def vendor_table(report: Report) -> Table:
    table = Table(title="By vendor and variant")
    for name in VENDOR_HEADER:
        table.add_column(name, justify="left" if name in ("vendor", "variant") else "right")
    for row in vendor_rows(report):
        table.add_row(*row)
    return table


def gate_text(decision: GateDecision, hours: float) -> Text:
    """The verdict, its reasons and the command to run, ready for a console."""
    text = Text()
    text.append(f"{decision.verdict.value}", style=_GATE_STYLE[decision.verdict])
    text.append(f"  stage {decision.stage.value}, running {hours:.1f} h")
    if decision.target is not None:
        text.append(f" -> {decision.target.value}")
    text.append("\n")
    for reason in decision.reasons:
        text.append(f"  - {reason}\n")
    if decision.commands:
        text.append("Change to make (then set the same value in prod.tfvars so the next apply keeps it):\n")
        for command in decision.commands:
            text.append(f"  {command}\n", style="bold")
    else:
        text.append("No change: keep the current stage and run the gate again later.\n")
    return text
