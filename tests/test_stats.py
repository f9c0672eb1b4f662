"""Formulas against hand-checked values and against scipy."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats as sps

from evidence_review import stats
from evidence_review.meta import random_effects
from evidence_review.number import Number


def N(text: str) -> Number:
    return Number.parse(text)


def test_se_and_p_from_ci_by_hand():
    # (ln 1.32 - ln 1.01) / (2 x 1.95996) = 0.06829; z = ln 1.16 / 0.06829 = 2.173; P = 0.0298
    rec = stats.recompute(N("1.16"), N("1.01"), N("1.32"), 95, ratio=True)
    assert rec.se == pytest.approx(0.0683, abs=5e-5)
    assert rec.z == pytest.approx(2.173, abs=1e-3)
    assert rec.p == pytest.approx(0.030, abs=5e-4)
    assert rec.midpoint == pytest.approx(math.sqrt(1.01 * 1.32), rel=1e-12)


def test_p_matches_scipy_normal():
    rec = stats.recompute(N("-5.3"), N("-8.7"), N("-1.9"), 95, ratio=False)
    z = 5.3 / (6.8 / (2 * sps.norm.ppf(0.975)))
    assert rec.p == pytest.approx(2 * sps.norm.sf(z), rel=1e-12)
    # rounding range contains the reported P=0.003 interval [0.0025, 0.0035)
    assert rec.p_range.overlaps(stats.reported_p("0.003", "="))


def test_sae_p_disagrees_with_ci_beyond_rounding():
    rec = stats.recompute(N("-5.0"), N("-9.8"), N("-0.3"), 95, ratio=False)
    assert rec.p == pytest.approx(0.039, abs=1e-3)
    assert not rec.p_range.overlaps(stats.reported_p("0.03", "="))


def test_rounding_prevents_false_alarm_for_coarse_bounds():
    # 0.21 (0.02-1.80): the geometric midpoint of the printed bounds is 0.19, but a lower bound
    # printed as 0.02 can be 0.025, which puts the midpoint at 0.21
    rec = stats.recompute(N("0.21"), N("0.02"), N("1.80"), 95, ratio=True)
    assert rec.midpoint == pytest.approx(0.1897, abs=1e-4)
    assert rec.midpoint_range.overlaps(rec.estimate_range)


def test_other_ci_levels_use_their_own_z():
    assert stats.z_for_level(90) == pytest.approx(1.644854, abs=1e-6)
    assert stats.z_for_level(99) == pytest.approx(2.575829, abs=1e-6)


def test_reported_p_intervals():
    p = stats.reported_p("0.03", "=")
    assert (p.lo, p.hi) == pytest.approx((0.025, 0.035))
    assert stats.reported_p(".18", "=").lo == pytest.approx(0.175)
    assert stats.reported_p("0.001", "<") == stats.Interval(0.0, 0.001)


def test_two_proportions_by_hand():
    # 16.0% vs 21.0% with 515/518: RD -5.0 points, SE sqrt(.16*.84/515 + .21*.79/518) = 2.411 points
    tp = stats.two_proportions(16.0, 21.0, 515, 518)
    assert tp.rd == pytest.approx(-5.0)
    se = math.sqrt(0.16 * 0.84 / 515 + 0.21 * 0.79 / 518) * 100
    assert tp.rd_ci == pytest.approx((-5.0 - 1.959964 * se, -5.0 + 1.959964 * se), abs=1e-4)
    assert tp.rr == pytest.approx(0.7619, abs=1e-4)
    assert tp.nnt().startswith("NNTB 20 (")


def test_nnt_with_ci_crossing_no_difference():
    # 5.1% vs 7.8%: RD -2.7, CI crosses 0 -> NNTB 38 (NNTB 18 to infinity to NNTH 345)
    tp = stats.two_proportions(5.1, 7.8, 515, 518)
    text = tp.nnt()
    assert text.startswith("NNTB 38 (NNTB ")
    assert "\u221e" in text and "NNTH" in text


def test_nnt_zero_events_and_no_denominators():
    tp = stats.two_proportions(0.0, 14.0)
    assert tp.rd == -14.0 and tp.rd_ci is None and tp.rr == 0.0
    assert tp.nnt() == "NNTB 8"


def test_implied_denominators():
    assert list(stats.implied_denominators(30, N("5.9"))) == list(range(505, 513))
    assert list(stats.implied_denominators(57, N("11.2"))) == list(range(507, 512))
    assert 21 in stats.implied_denominators(3, N("14"))
    assert 515 in stats.implied_denominators(30, N("6"))


def test_cochran_q_by_hand_and_against_the_meta_analysis():
    y = np.log([1.17, 1.51, 1.08])
    se = (np.log([1.39, 2.08, 1.97]) - np.log([0.98, 1.10, 0.59])) / (2 * 1.959964)
    het = stats.cochran_q(y, se)
    assert het.q == pytest.approx(2.086, abs=2e-3)
    assert het.df == 2
    assert het.p == pytest.approx(sps.chi2.sf(het.q, 2))
    assert het.i2 == pytest.approx((het.q - 2) / het.q)
    assert het.q == pytest.approx(random_effects(y, se**2, "DL").q)  # the same Q, computed apart
