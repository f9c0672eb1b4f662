"""The statistics: recomputing what a printed result implies, with its rounding.

Every printed number stands for an interval: "1.16" for [1.155, 1.165), "P=0.03" for
[0.025, 0.035). The checks compare *intervals*, so that a disagreement is reported only when no
values consistent with the printed digits agree -- rounding never raises a false alarm.

Formulas (z is the normal quantile for the CI level, 1.96 for 95%):

* standard error from a CI: ratio measures ``(ln hi - ln lo) / (2 z)``, differences
  ``(hi - lo) / (2 z)``;
* z statistic ``ln(est) / SE`` (ratios) or ``est / SE``, two-sided ``P = 2 (1 - Phi(|z|))``;
* the estimate should sit at the CI's midpoint on the scale the CI was computed on (the log
  scale for ratios);
* risk difference of two proportions with the Wald CI, risk ratio with the log (Katz) CI, number
  needed to treat ``1 / |RD|`` with its CI from the RD's CI (Altman's NNTB/NNTH notation when the
  CI crosses no difference);
* Cochran's Q on the log scale for subgroup differences, with ``I^2 = max(0, (Q - df) / Q)``.

Meta-analysis across trials is :mod:`evidence_review.meta`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import NormalDist

import numpy as np

from evidence_review.number import Number

# scipy is imported where it is used: the figures need only the normal quantile, and importing
# it costs every notebook run time.


def z_for_level(level: float) -> float:
    """The normal quantile of a two-sided CI level (1.959964 for 95%)."""
    return NormalDist().inv_cdf(1 - (1 - level / 100) / 2)


def p_two_sided(z: float) -> float:
    """Two-sided P of a z statistic, 2(1 - Phi(|z|)), accurate in the far tail."""
    return math.erfc(abs(z) / math.sqrt(2))


@dataclass(frozen=True)
class Interval:
    lo: float
    hi: float

    def overlaps(self, other: Interval) -> bool:
        return self.lo <= other.hi and other.lo <= self.hi

    def contains(self, x: float) -> bool:
        return self.lo <= x <= self.hi


def printed(number: Number) -> Interval:
    """The values a printed number stands for (half a unit of its last digit either side)."""
    half = 0.5 * 10 ** (-number.decimals)
    return Interval(number.value - half, number.value + half)


def reported_p(text: str, operator: str) -> Interval:
    """The P values a printed P stands for: "=0.03" -> [0.025, 0.035], "<0.001" -> [0, 0.001]."""
    p = Number.parse(text)
    if operator in ("<", "<="):
        return Interval(0.0, p.value)
    if operator in (">", ">="):
        return Interval(p.value, 1.0)
    box = printed(p)
    return Interval(max(box.lo, 0.0), min(box.hi, 1.0))


@dataclass(frozen=True)
class Recomputed:
    """What a printed estimate and CI imply."""

    se: float
    z: float
    p: float
    p_range: Interval  # over all values consistent with the printed digits
    midpoint: float  # on the natural scale
    midpoint_range: Interval
    estimate_range: Interval


def recompute(est: Number, lo: Number, hi: Number, level: float, ratio: bool) -> Recomputed:
    """SE, z, P and CI midpoint implied by an estimate and its CI, with rounding ranges.

    For ratios all of this is computed on the log scale; ``midpoint`` is returned on the
    natural scale (the geometric mean of the bounds).
    """
    z_crit = z_for_level(level)
    f = math.log if ratio else (lambda x: x)
    e_box, l_box, h_box = printed(est), printed(lo), printed(hi)
    if ratio:
        # a bound printed as 0.02 may be as low as 0.015, never 0: keep the box positive
        l_box = Interval(max(l_box.lo, lo.value / 2), l_box.hi)
        e_box = Interval(max(e_box.lo, est.value / 2), e_box.hi)
    theta = f(est.value)
    se = (f(hi.value) - f(lo.value)) / (2 * z_crit)
    z = theta / se if se > 0 else math.inf
    width_min = f(h_box.lo) - f(l_box.hi)
    width_max = f(h_box.hi) - f(l_box.lo)
    t_lo, t_hi = f(e_box.lo), f(e_box.hi)
    abs_min = 0.0 if t_lo <= 0 <= t_hi else min(abs(t_lo), abs(t_hi))
    abs_max = max(abs(t_lo), abs(t_hi))
    se_min = max(width_min, 1e-12) / (2 * z_crit)
    se_max = width_max / (2 * z_crit)
    p_range = Interval(p_two_sided(abs_max / se_min), p_two_sided(abs_min / se_max))
    mid = (f(lo.value) + f(hi.value)) / 2
    mid_range = Interval((f(l_box.lo) + f(h_box.lo)) / 2, (f(l_box.hi) + f(h_box.hi)) / 2)
    if ratio:
        return Recomputed(
            se,
            z,
            p_two_sided(z),
            p_range,
            math.exp(mid),
            Interval(math.exp(mid_range.lo), math.exp(mid_range.hi)),
            e_box,
        )
    return Recomputed(se, z, p_two_sided(z), p_range, mid, mid_range, e_box)


@dataclass(frozen=True)
class TwoProportions:
    """Risk difference (percentage points), risk ratio and NNT from two proportions."""

    p1: float
    p2: float
    n1: float | None
    n2: float | None
    rd: float
    rd_ci: tuple[float, float] | None
    rr: float | None
    rr_ci: tuple[float, float] | None

    def nnt(self) -> str:
        return nnt_text(self.rd, self.rd_ci)


def two_proportions(
    pct1: float, pct2: float, n1: float | None = None, n2: float | None = None, level: float = 95.0
) -> TwoProportions:
    """Arm 1 minus arm 2, from percentages; CIs need the denominators."""
    p1, p2 = pct1 / 100, pct2 / 100
    rd = pct1 - pct2
    rr = p1 / p2 if p2 > 0 else None
    rd_ci = rr_ci = None
    if n1 and n2:
        z = z_for_level(level)
        se = math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2) * 100
        rd_ci = (rd - z * se, rd + z * se)
        a, c = p1 * n1, p2 * n2
        if a > 0 and c > 0 and rr is not None:
            se_log = math.sqrt(1 / a - 1 / n1 + 1 / c - 1 / n2)
            rr_ci = (rr * math.exp(-z * se_log), rr * math.exp(z * se_log))
    return TwoProportions(p1, p2, n1, n2, rd, rd_ci, rr, rr_ci)


def nnt_text(rd_points: float, ci: tuple[float, float] | None) -> str:
    """Number needed to treat from a risk difference in percentage points (arm1 - arm2, where
    a negative difference in a harmful outcome is a benefit). Written as NNTB (benefit) or NNTH
    (harm); a CI that crosses no difference is written "NNTB a to infinity to NNTH b"."""
    if rd_points == 0:
        return "not estimable (no difference)"

    def one(d: float) -> str:
        kind = "NNTB" if d < 0 else "NNTH"
        return f"{kind} {math.ceil(100 / abs(d) - 1e-9)}"

    text = one(rd_points)
    if ci is None:
        return text
    lo, hi = ci
    if lo < 0 < hi:
        return f"{text} ({one(lo)} to \u221e to {one(hi)})"
    near, far = (hi, lo) if rd_points < 0 else (lo, hi)
    return f"{text} ({one(far).split()[1]} to {one(near).split()[1]})"


def implied_denominators(count: int, pct: Number) -> range:
    """All whole denominators n for which count/n rounds to the printed percentage."""
    box = printed(pct)
    if box.hi <= 0:
        return range(0)
    n_min = max(count, math.floor(count * 100 / box.hi))
    n_max = math.ceil(count * 100 / box.lo) if box.lo > 0 else n_min + 10**6
    hits = [n for n in range(max(n_min, 1), n_max + 1) if box.lo <= 100 * count / n < box.hi]
    return range(hits[0], hits[-1] + 1) if hits else range(0)


@dataclass(frozen=True)
class Heterogeneity:
    q: float
    df: int
    p: float
    i2: float
    pooled_fixed: float  # log scale for ratios


def cochran_q(y: np.ndarray, se: np.ndarray) -> Heterogeneity:
    """Cochran's Q test of differences between independent estimates (e.g. subgroups)."""
    y, se = np.asarray(y, float), np.asarray(se, float)
    w = 1 / se**2
    pooled = float(np.sum(w * y) / np.sum(w))
    q = float(np.sum(w * (y - pooled) ** 2))
    df = len(y) - 1
    from scipy.special import chdtrc  # the chi-square upper tail (what scipy.stats.chi2.sf calls)

    p = float(chdtrc(df, q)) if df > 0 else math.nan
    i2 = max(0.0, (q - df) / q) if q > 0 else 0.0
    return Heterogeneity(q, df, p, i2, pooled)
