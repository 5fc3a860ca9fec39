"""The report as plain rows of text, shared by the terminal table and the HTML page."""

from __future__ import annotations

from rollout.decision import CONTROL, TREATMENT
from rollout.report.analysis import Comparison, Group, Report, Summary
from rollout.report.measures import MEASURES, Kind, Measure

COMPARISON_HEADER = ("metric", "good", "control", "treatment", "difference", "p fixed", "test",
                     "p always-valid", "verdict")
VENDOR_MEASURES = ("success_rate", "accuracy", "agreement", "timeout_rate", "error_rate", "fallback_rate",
                   "items_per_invoice", "quality_score", "cost_per_invoice")
VENDOR_HEADER = ("vendor", "variant", "requests", "success", "accuracy", "agree", "timeout", "error", "fallback",
                 "items", "quality", "cost", "p50 s", "p95 s")


def value_text(measure: Measure, value: float | None) -> str:
    if value is None:
        return "-"
    if measure.kind is Kind.RATE:
        return f"{value * 100:.1f}%"
    if measure.unit == "USD":
        return f"${value:.4f}"
    return f"{value:.2f}{' ' + measure.unit if measure.unit else ''}"


def diff_text(c: Comparison) -> str:
    if c.diff is None:
        return "-"
    if c.measure.kind is Kind.RATE:
        return f"{c.diff * 100:+.1f} pts"
    return f"{c.diff:+.3g}{' ' + c.measure.unit if c.measure.unit else ''}"


def p_text(p: float | None) -> str:
    return "-" if p is None else ("<0.0001" if p < 1e-4 else f"{p:.4f}")


def summary_text(measure: Measure, s: Summary) -> str:
    return f"{value_text(measure, s.mean)} (n={s.n})"


def comparison_rows(report: Report) -> list[tuple[str, ...]]:
    """One row per measure, plus p50/p95 rows for processing time."""
    rows: list[tuple[str, ...]] = [("requests (all outcomes)", "", str(report.variants[CONTROL].requests),
             str(report.variants[TREATMENT].requests), "", "", "", "", ""),
            ("processed", "", str(report.variants[CONTROL].processed),
             str(report.variants[TREATMENT].processed), "", "", "", "", "")]
    for measure in MEASURES:
        c = report.comparison(measure.name)
        rows.append((measure.label, "higher" if measure.higher_is_better else "lower",
                     summary_text(measure, c.control), summary_text(measure, c.treatment), diff_text(c),
                     p_text(c.p_fixed), c.fixed_test, p_text(c.p_always_valid), c.verdict))
        if measure.kind is Kind.TIME:
            for name in ("p50", "p95"):
                pair = [getattr(s, name) for s in (c.control, c.treatment)]
                rows.append((f"{measure.label} {name}", "lower", *(value_text(measure, v) for v in pair),
                             "", "", "", "", ""))
    return rows


def _vendor_cells(group: Group) -> list[str]:
    by_name = {m.name: m for m in MEASURES}
    cells = [value_text(by_name[name], group.measures[name].mean) for name in VENDOR_MEASURES]
    duration = group.measures["duration_s"]
    return cells + [value_text(by_name["duration_s"], duration.p50), value_text(by_name["duration_s"], duration.p95)]


def vendor_rows(report: Report) -> list[tuple[str, ...]]:
    rows = []
    for vendor, groups in report.vendors.items():
        for variant, group in groups.items():
            if group.requests:
                rows.append((vendor, variant, str(group.requests), *_vendor_cells(group)))
    return rows


def period_text(report: Report) -> str:
    if report.start is None or report.end is None:
        return "period unknown (records carry no time)"
    hours = (report.end - report.start).total_seconds() / 3600
    stages = ", ".join(f"{stage or '(none)'} {n}" for stage, n in report.stages.most_common())
    return (f"{report.start:%Y-%m-%d %H:%M} to {report.end:%Y-%m-%d %H:%M} UTC ({hours:.1f} h); "
            f"requests by stage: {stages}")
