"""Fixed-horizon tests: valid for one look at a sample size chosen in advance.

They are shown next to the always-valid test (``sequential``) for comparison, but the gate
never decides on them: looking at a fixed-horizon p-value every day and stopping the first
time it dips under 0.05 makes false alarms several times likelier than 5% (the rollout tests
measure how much).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from scipy import stats

from rollout.report.measures import Kind

if TYPE_CHECKING:
    import numpy.typing as npt

SRM_ALPHA = 0.001  # sample-ratio mismatch is checked at a strict level: it should never fire by chance


def two_proportion_p(
    x_c: npt.ArrayLike, n_c: npt.ArrayLike, x_t: npt.ArrayLike, n_t: npt.ArrayLike
) -> np.float64 | npt.NDArray[np.float64]:
    """Two-sided p-value of the pooled two-proportion z-test (equals a 2x2 chi-square without
    continuity correction). Works elementwise on numpy arrays, for the simulations (a scalar for scalars)."""
    x_c, n_c, x_t, n_t = (np.asarray(a, dtype=float) for a in (x_c, n_c, x_t, n_t))
    pooled = (x_c + x_t) / (n_c + n_t)
    se = np.sqrt(pooled * (1 - pooled) * (1 / n_c + 1 / n_t))
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, (x_t / n_t - x_c / n_c) / se, 0.0)
    p: np.float64 | npt.NDArray[np.float64] = 2 * stats.norm.sf(np.abs(z))  # scipy has no type information
    return p


def fixed_p_value(kind: Kind, control: np.ndarray, treatment: np.ndarray) -> tuple[float | None, str]:
    """p-value and the test's name for one measure; None when either arm has fewer than 2 values."""
    if len(control) < 2 or len(treatment) < 2:
        return None, ""
    if kind is Kind.RATE:
        p = two_proportion_p(control.sum(), len(control), treatment.sum(), len(treatment))
        return float(p), "two-proportion z"
    if kind is Kind.TIME:
        return float(stats.mannwhitneyu(treatment, control, alternative="two-sided").pvalue), "Mann-Whitney U"
    if np.ptp(control) == 0 and np.ptp(treatment) == 0:
        return (1.0 if control[0] == treatment[0] else 0.0), "Welch t"
    return float(stats.ttest_ind(treatment, control, equal_var=False).pvalue), "Welch t"


def sample_ratio_p(n_control: int, n_treatment: int, treatment_share: float) -> float | None:
    """p-value that the observed split comes from the stage's planned share (chi-square).

    A tiny value means routing or logging loses one arm's requests: the comparison is then
    biased whatever the other tests say. None when the stage has no split to check.
    """
    total = n_control + n_treatment
    if total == 0 or not 0 < treatment_share < 1:
        return None
    expected = [total * (1 - treatment_share), total * treatment_share]
    return float(stats.chisquare([n_control, n_treatment], expected).pvalue)


def proportion_interval(successes: int, n: int, confidence: float = 0.95) -> tuple[float, float]:
    """Wilson interval of one proportion (scipy's), for error bars in the charts."""
    if n == 0:
        return 0.0, 0.0
    ci = stats.binomtest(successes, n).proportion_ci(confidence_level=confidence, method="wilson")
    return float(ci.low), float(ci.high)
