"""Random-effects meta-analysis of one effect per trial, as R's metafor ``rma()`` computes it.

Estimators of the between-trial variance τ²: REML (the default, Fisher scoring), DerSimonian-
Laird and Paule-Mandel, each truncated at 0. Inference by the normal distribution, or by the
Hartung-Knapp(-Sidik-Jonkman) adjustment with a t distribution on k - 1 degrees of freedom.
Heterogeneity: Cochran's Q and its P, I² and H² from τ² and the typical within-trial variance
(metafor's definitions), and the prediction interval ``mu ± crit * sqrt(τ² + SE²)``.

Why not a library: statsmodels' ``combine_effects`` has no REML and returns a negative τ² (and
I² below 0) for homogeneous trials; PyMARE 0.0.13's standard errors differ from metafor's by
1e-3 on ``dat.bcg``. The tests compare every number here with metafor itself (R, Debian's
``r-cran-metafor``) to 1e-6.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

METHODS = {"REML": "restricted maximum likelihood", "DL": "DerSimonian-Laird", "PM": "Paule-Mandel"}


@dataclass(frozen=True)
class MetaAnalysis:
    """One random-effects meta-analysis; estimates on the analysis scale (log for ratios)."""

    method: str  # REML, DL or PM
    hartung_knapp: bool
    k: int
    estimate: float
    se: float
    ci_low: float
    ci_high: float
    statistic: float  # z, or t with Hartung-Knapp
    p: float
    tau2: float
    q: float
    q_df: int
    q_p: float
    i2: float  # percent
    h2: float
    pi_low: float | None  # prediction interval, for k >= 3
    pi_high: float | None
    weights: tuple[float, ...]  # percent


def _tau2_dl(y: np.ndarray, v: np.ndarray) -> float:
    w = 1 / v
    mu = np.sum(w * y) / np.sum(w)
    q = float(np.sum(w * (y - mu) ** 2))
    c = float(np.sum(w) - np.sum(w**2) / np.sum(w))
    return max(0.0, (q - (len(y) - 1)) / c)


def _tau2_reml(y: np.ndarray, v: np.ndarray, tol: float = 1e-12, max_iter: int = 1000) -> float:
    """Fisher scoring on the restricted likelihood (metafor's algorithm), started at DL's τ² and
    kept at or above 0 by step halving."""
    tau2 = _tau2_dl(y, v)
    for _ in range(max_iter):
        w = 1 / (v + tau2)
        sw = np.sum(w)
        mu = np.sum(w * y) / sw
        py = w * (y - mu)  # P y, with P = W - w w' / sum(w)
        trace_p = sw - np.sum(w**2) / sw
        sum_pp = np.sum(w**2) - 2 * np.sum(w**3) / sw + (np.sum(w**2) / sw) ** 2
        step = float((np.sum(py**2) - trace_p) / sum_pp)
        while tau2 + step < 0:
            step /= 2
            if abs(step) < tol:
                return 0.0
        tau2 += step
        if abs(step) < tol:
            return max(0.0, tau2)
    raise RuntimeError("REML did not converge")  # pragma: no cover - bounded, convergent on valid input


def _generalized_q(y: np.ndarray, v: np.ndarray, tau2: float) -> float:
    w = 1 / (v + tau2)
    mu = np.sum(w * y) / np.sum(w)
    return float(np.sum(w * (y - mu) ** 2))


def _tau2_pm(y: np.ndarray, v: np.ndarray) -> float:
    """The τ² at which the generalized Q equals its expectation k - 1 (0 if Q(0) is below it);
    Q is decreasing in τ², so bisection finds it."""
    target = len(y) - 1
    if _generalized_q(y, v, 0.0) <= target:
        return 0.0
    lo, hi = 0.0, 1.0
    while _generalized_q(y, v, hi) > target:
        hi *= 2
    for _ in range(200):
        mid = (lo + hi) / 2
        if _generalized_q(y, v, mid) > target:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def random_effects(
    y: np.ndarray, v: np.ndarray, method: str = "REML", hartung_knapp: bool = False, level: float = 95.0
) -> MetaAnalysis:
    """Pool estimates ``y`` with sampling variances ``v`` (one per trial)."""
    # the distribution functions themselves (scipy.special), which scipy.stats calls: importing
    # scipy.stats takes a second, longer than everything else the combine stage does
    from scipy.special import chdtrc, ndtr, ndtri, stdtr, stdtrit

    y, v = np.asarray(y, float), np.asarray(v, float)
    k = len(y)
    if k < 2:
        raise ValueError("a meta-analysis needs at least two estimates")
    if np.any(v <= 0) or not np.all(np.isfinite(y)) or not np.all(np.isfinite(v)):
        raise ValueError("estimates must be finite and variances positive")
    tau2 = {"REML": _tau2_reml, "DL": _tau2_dl, "PM": _tau2_pm}[method](y, v)
    w = 1 / (v + tau2)
    mu = float(np.sum(w * y) / np.sum(w))
    alpha = 1 - level / 100
    if hartung_knapp:
        s2 = float(np.sum(w * (y - mu) ** 2) / (k - 1))
        se = math.sqrt(s2 / np.sum(w))
        crit = float(stdtrit(k - 1, 1 - alpha / 2))
        stat = mu / se
        p = float(2 * stdtr(k - 1, -abs(stat)))
    else:
        se = math.sqrt(1 / np.sum(w))
        crit = float(ndtri(1 - alpha / 2))
        stat = mu / se
        p = float(2 * ndtr(-abs(stat)))
    w0 = 1 / v
    mu0 = np.sum(w0 * y) / np.sum(w0)
    q = float(np.sum(w0 * (y - mu0) ** 2))
    typical = (k - 1) * np.sum(w0) / (np.sum(w0) ** 2 - np.sum(w0**2))
    half_pi = crit * math.sqrt(tau2 + se**2)
    return MetaAnalysis(
        method=method,
        hartung_knapp=hartung_knapp,
        k=k,
        estimate=mu,
        se=se,
        ci_low=mu - crit * se,
        ci_high=mu + crit * se,
        statistic=stat,
        p=p,
        tau2=tau2,
        q=q,
        q_df=k - 1,
        q_p=float(chdtrc(k - 1, q)),
        i2=float(100 * tau2 / (tau2 + typical)),
        h2=float((tau2 + typical) / typical),
        pi_low=mu - half_pi if k >= 3 else None,
        pi_high=mu + half_pi if k >= 3 else None,
        weights=tuple(float(x) for x in 100 * w / np.sum(w)),
    )
