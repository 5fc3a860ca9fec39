"""Charts of the distributions per variant, the figure people look at before deciding.

Uses matplotlib's object API (``Figure``), not pyplot: no global state, no display needed.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from rollout.decision import CONTROL, TREATMENT, VARIANTS
from rollout.report.analysis import Report
from rollout.report.measures import MEASURE_BY_NAME
from rollout.report.stats import proportion_interval

if TYPE_CHECKING:
    import numpy.typing as npt

COLORS = {CONTROL: "#4c72b0", TREATMENT: "#dd8452"}
LABELS = {CONTROL: "control (Document AI)", TREATMENT: "treatment (Gemini)"}
RATES = ("success_rate", "accuracy", "agreement", "timeout_rate", "error_rate", "fallback_rate")


def _durations(ax: Axes, report: Report) -> None:
    for variant in VARIANTS:
        data = np.sort(report.samples["duration_s"][variant])
        if len(data):
            ax.step(data, np.arange(1, len(data) + 1) / len(data), where="post", color=COLORS[variant],
                    label=f"{LABELS[variant]} p50 {np.median(data):.1f} s, p95 {np.percentile(data, 95):.1f} s")
    ax.set(title="Processing time (cumulative share)", xlabel="seconds", ylabel="share of requests")
    ax.legend(fontsize=7)


def _histogram(ax: Axes, report: Report, name: str, bins: int | npt.NDArray[np.float64]) -> None:
    measure = MEASURE_BY_NAME[name]
    for variant in VARIANTS:
        data = report.samples[name][variant]
        if len(data):
            # matplotlib's annotations leave out arrays for ``bins``, which it accepts
            ax.hist(data, bins=bins, density=True, alpha=0.5, color=COLORS[variant],  # type: ignore[arg-type]
                    label=f"{LABELS[variant]} mean {data.mean():.2f}")
    ax.set(title=f"{measure.label.capitalize()} (successful invoices)", ylabel="density")
    ax.legend(fontsize=7)


def _rates(ax: Axes, report: Report) -> None:
    x = np.arange(len(RATES))
    for offset, variant in ((-0.2, CONTROL), (0.2, TREATMENT)):
        means: list[float] = []
        errors: list[list[float]] = [[], []]
        for name in RATES:
            data = report.samples[name][variant]
            mean = float(data.mean()) if len(data) else 0.0
            low, high = proportion_interval(int(data.sum()), len(data))
            means.append(mean * 100)
            errors[0].append(max(mean - low, 0) * 100)
            errors[1].append(max(high - mean, 0) * 100)
        ax.bar(x + offset, means, width=0.4, yerr=errors, capsize=3, color=COLORS[variant], label=LABELS[variant])
    ax.set_xticks(x, [MEASURE_BY_NAME[n].label.replace(" rate", "") for n in RATES], fontsize=8)
    ax.set(title="Rates with 95% intervals", ylabel="% of processed requests")
    ax.legend(fontsize=7)


def _sequence(ax: Axes, report: Report, name: str) -> None:
    c = report.comparison(name)
    seq = c.sequential
    ax.axhline(0, color="black", linewidth=0.8)
    if seq is None or not seq.looks:
        ax.text(0.5, 0.5, f"needs {report.min_n} per arm", ha="center", transform=ax.transAxes)
    else:
        low, high = np.clip(seq.path_low, -1, 1) * 100, np.clip(seq.path_high, -1, 1) * 100
        ax.fill_between(seq.path_n, low, high, alpha=0.4, color=COLORS[TREATMENT], step="post")
    good = "up is better" if c.measure.higher_is_better else "down is better"
    ax.set(title=f"{c.measure.label.capitalize()}, treatment minus control\nalways-valid 95% band ({good})",
           xlabel="requests observed", ylabel="points")


def figure(report: Report) -> Figure:
    fig = Figure(figsize=(15, 9), layout="constrained")
    axes = fig.subplots(2, 3)
    _durations(axes[0][0], report)
    _histogram(axes[0][1], report, "quality_score", np.linspace(0, 1, 21))
    _histogram(axes[0][2], report, "items_per_invoice", 20)
    _rates(axes[1][0], report)
    _sequence(axes[1][1], report, "accuracy")
    _sequence(axes[1][2], report, "timeout_rate")
    return fig


def png_bytes(report: Report) -> bytes:
    buffer = io.BytesIO()
    figure(report).savefig(buffer, format="png", dpi=90)
    return buffer.getvalue()
