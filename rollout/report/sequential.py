"""Always-valid test: mixture sequential probability ratio test (mSPRT).

Why: operators read the report every day and act the first time it looks significant. A
fixed-horizon p-value checked at every look inflates false positives; the mSPRT's p-value
stays valid at any stopping time (Johari, Pekelis, Walsh, "Always valid inference", 2017;
Robbins' normal mixture).

For a treatment-minus-control difference in means ``d`` with estimated variance ``V`` and a
normal mixing distribution N(0, tau^2) over the true difference, the likelihood ratio is

    Lambda = sqrt(V / (V + tau^2)) * exp(tau^2 d^2 / (2 V (V + tau^2)))

and P(Lambda ever reaches 1/alpha | no difference) <= alpha. The always-valid p-value is the
running minimum of 1/Lambda over the looks; inverting the test gives a confidence sequence
(an interval for the difference valid at every look), intersected over the looks.

``tau`` is ``TAU_SD`` pooled standard deviations: the size of effect the test is most
sensitive to (a quarter standard deviation is 10 points of accuracy near 80%, or 3.5 points of
timeout rate near 2%). Rates use the pooled variance of the two-proportion test, other means
the unpooled (Welch) variance. Looks start when both arms hold ``min_n`` values (the
normal approximation and the plug-in variance need that many; the gate asks 100 per arm).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    import numpy.typing as npt

TAU_SD = 0.25
MIN_N = 100


@dataclass(frozen=True)
class Sequential:
    """The always-valid result after the last look (p is 1.0 and bounds infinite before any)."""

    p_value: float
    low: float
    high: float
    looks: int
    path_n: np.ndarray  # total values at each look, for the charts
    path_low: np.ndarray
    path_high: np.ndarray


def log_lambda(diff: npt.ArrayLike, var_diff: npt.ArrayLike, tau2: npt.ArrayLike) -> npt.NDArray[np.float64]:
    """log of the mSPRT statistic, elementwise.

    Degenerate cases: all values identical (``tau2`` 0) is no evidence (0); two arms that are
    each constant but differ (``var_diff`` 0, ``diff`` not 0) is conclusive (infinity).
    """
    diff, var_diff, tau2 = np.broadcast_arrays(*(np.asarray(a, dtype=float) for a in (diff, var_diff, tau2)))
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        value = 0.5 * np.log(var_diff / (var_diff + tau2)) + tau2 * diff**2 / (2 * var_diff * (var_diff + tau2))
    conclusive = np.where((tau2 > 0) & (diff != 0), np.inf, 0.0)
    return np.where((var_diff > 0) & (tau2 > 0), value, conclusive)


def half_width(var_diff: npt.ArrayLike, tau2: npt.ArrayLike, alpha: float) -> npt.NDArray[np.float64]:
    """Half-width of the confidence sequence: the differences the test cannot yet reject."""
    var_diff, tau2 = np.asarray(var_diff, dtype=float), np.asarray(tau2, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        width = np.sqrt(2 * var_diff * (var_diff + tau2) / tau2
                        * (np.log(1 / alpha) + 0.5 * np.log((var_diff + tau2) / var_diff)))
    return np.where((var_diff > 0) & (tau2 > 0), width, np.inf)


def _variance(
    n: npt.NDArray[np.integer[Any]], total: npt.NDArray[np.float64], squares: npt.NDArray[np.float64]
) -> npt.NDArray[np.float64]:
    """Sample variance from running sums; rounding noise of constant values reads as 0."""
    mean = total / n
    raw = squares / n - mean**2
    variance: npt.NDArray[np.float64] = np.where(raw > 1e-12 * (mean**2 + 1e-300), raw, 0.0) * n / np.maximum(n - 1, 1)
    return variance


def moments(
    n_c: npt.NDArray[np.integer[Any]], sum_c: npt.NDArray[np.float64], sq_c: npt.NDArray[np.float64],
    n_t: npt.NDArray[np.integer[Any]], sum_t: npt.NDArray[np.float64], sq_t: npt.NDArray[np.float64], pooled: bool,
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """Difference of means, its variance and the mixing variance, from running sums (arrays)."""
    mean_c, mean_t = sum_c / n_c, sum_t / n_t
    var_c, var_t = _variance(n_c, sum_c, sq_c), _variance(n_t, sum_t, sq_t)
    var_all = _variance(n_c + n_t, sum_c + sum_t, sq_c + sq_t)
    var_diff = var_all * (1 / n_c + 1 / n_t) if pooled else var_c / n_c + var_t / n_t
    return mean_t - mean_c, var_diff, TAU_SD**2 * var_all


def _running_sums(values: npt.NDArray[np.float64], treated: npt.NDArray[np.bool_]) -> tuple[
    npt.NDArray[np.intp], npt.NDArray[np.float64], npt.NDArray[np.float64],
    npt.NDArray[np.intp], npt.NDArray[np.float64], npt.NDArray[np.float64],
]:
    x_c, x_t = np.where(treated, 0.0, values), np.where(treated, values, 0.0)
    return (np.cumsum(~treated), np.cumsum(x_c), np.cumsum(x_c**2),
            np.cumsum(treated), np.cumsum(x_t), np.cumsum(x_t**2))


def always_valid(values: npt.ArrayLike, treated: npt.ArrayLike, *, pooled: bool, alpha: float = 0.05,
                 min_n: int = MIN_N) -> Sequential:
    """mSPRT over values in arrival order; a look after every value once both arms hold ``min_n``.

    ``treated`` marks the treatment values. Looking after every value is the most frequent
    monitoring possible, so any coarser schedule (daily reports) is covered too.
    """
    values, treated = np.asarray(values, dtype=float), np.asarray(treated, dtype=bool)
    n_c, s_c, q_c, n_t, s_t, q_t = _running_sums(values, treated)
    look = (n_c >= min_n) & (n_t >= min_n)
    empty = np.array([])
    if not look.any():
        return Sequential(1.0, -np.inf, np.inf, 0, empty, empty, empty)
    idx = np.flatnonzero(look)
    diff, var_diff, tau2 = moments(n_c[idx], s_c[idx], q_c[idx], n_t[idx], s_t[idx], q_t[idx], pooled)
    p_path = np.minimum.accumulate(np.minimum(1.0, np.exp(-log_lambda(diff, var_diff, tau2))))
    width = half_width(var_diff, tau2, alpha)
    low, high = np.maximum.accumulate(diff - width), np.minimum.accumulate(diff + width)
    return Sequential(float(p_path[-1]), float(low[-1]), float(high[-1]), len(idx), idx + 1, low, high)
