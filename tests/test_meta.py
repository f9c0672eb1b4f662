"""The meta-analysis against R's metafor (the reference implementation), to 1e-6."""

from __future__ import annotations

import json
import os
import shutil
import subprocess

import numpy as np
import pytest

from evidence_review.meta import random_effects

RSCRIPT = shutil.which("Rscript")
needs_r = pytest.mark.skipif(
    RSCRIPT is None and not os.environ.get("CI"), reason="R with metafor is not installed (make system-deps)"
)

# dat.bcg (Colditz et al. 1994, as shipped with metafor): BCG vaccine trials, log risk ratios
BCG = {
    "tpos": [4, 6, 3, 62, 33, 180, 8, 505, 29, 17, 186, 5, 27],
    "tneg": [119, 300, 228, 13536, 5036, 1361, 2537, 87886, 7470, 1699, 50448, 2493, 16886],
    "cpos": [11, 29, 11, 248, 47, 372, 10, 499, 45, 65, 141, 3, 29],
    "cneg": [128, 274, 209, 12619, 5761, 1079, 619, 87892, 7232, 1600, 27197, 2338, 17825],
}


def _bcg() -> tuple[np.ndarray, np.ndarray]:
    a, b, c, d = (np.array(BCG[k], float) for k in ("tpos", "tneg", "cpos", "cneg"))
    y = np.log((a / (a + b)) / (c / (c + d)))
    v = 1 / a - 1 / (a + b) + 1 / c - 1 / (c + d)
    return y, v


DATASETS = {
    "bcg": _bcg(),
    # two consistent trials (log ratios from 0.85 [0.76, 0.94] and 0.87 [0.74, 1.02]): Q < df,
    # where statsmodels' DerSimonian-Laird gives a negative tau² and I²
    "k2-homogeneous": (
        np.log([0.85, 0.87]),
        ((np.log([0.94, 1.02]) - np.log([0.76, 0.74])) / (2 * 1.959963984540054)) ** 2,
    ),
    # two trials that disagree (0.60 [0.45, 0.80] and 1.10 [0.90, 1.35])
    "k2-heterogeneous": (
        np.log([0.60, 1.10]),
        ((np.log([0.80, 1.35]) - np.log([0.45, 0.90])) / (2 * 1.959963984540054)) ** 2,
    ),
    # three trials of mean differences, one with a small variance
    "k3-differences": (np.array([-2.1, -0.4, -3.5]), np.array([0.64, 0.25, 1.44])),
}
CASES = [(d, m, hk) for d in DATASETS for m in ("REML", "DL", "PM") for hk in (False, True)]

# metafor is asked for its estimators' exact solutions (its defaults stop REML at a change below
# 1e-5 and Paule-Mandel's root search at uniroot's default tolerance, about 3e-5 in tau² on dat.bcg)
R_CODE = r"""
suppressMessages(library(metafor))
input <- readLines(file("stdin"))
for (i in seq(1, length(input), by = 4)) {
  y <- as.numeric(strsplit(input[i], ",")[[1]])
  v <- as.numeric(strsplit(input[i + 1], ",")[[1]])
  fit <- rma(yi = y, vi = v, method = input[i + 2], test = input[i + 3],
             control = list(threshold = 1e-12, tol = 1e-12, maxiter = 1000))
  pr <- predict(fit)
  out <- c(fit$b[1], fit$se, fit$ci.lb, fit$ci.ub, fit$zval, fit$pval, fit$tau2, fit$QE, fit$QEp,
           fit$I2, fit$H2, pr$pi.lb, pr$pi.ub, weights(fit))
  cat(sprintf("%.15g", out), "\n")
}
"""


@pytest.fixture(scope="module")
def metafor() -> dict[tuple[str, str, bool], list[float]]:
    """metafor's results for every case, from one R process."""
    lines = []
    for dataset, method, hk in CASES:
        y, v = DATASETS[dataset]
        lines += [",".join(f"{x:.17g}" for x in y), ",".join(f"{x:.17g}" for x in v), method, "knha" if hk else "z"]
    done = subprocess.run(
        [RSCRIPT or "Rscript", "--vanilla", "-e", R_CODE],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    rows = [[float(x) for x in line.split()] for line in done.stdout.strip().splitlines()]
    assert len(rows) == len(CASES)
    return dict(zip(CASES, rows, strict=True))


@needs_r
@pytest.mark.parametrize(
    ("dataset", "method", "hk"), CASES, ids=[f"{d}-{m}-{'knha' if h else 'z'}" for d, m, h in CASES]
)
def test_agrees_with_metafor(metafor, dataset, method, hk):
    y, v = DATASETS[dataset]
    ref = metafor[(dataset, method, hk)]
    got = random_effects(y, v, method, hartung_knapp=hk)
    ours = [got.estimate, got.se, got.ci_low, got.ci_high, got.statistic, got.p, got.tau2, got.q, got.q_p,
            got.i2, got.h2]  # fmt: skip
    assert ours == pytest.approx(ref[:11], abs=1e-6, rel=1e-6), json.dumps({"ours": ours, "metafor": ref[:11]})
    assert list(got.weights) == pytest.approx(ref[13:], abs=1e-6)
    if got.k >= 3:
        assert [got.pi_low, got.pi_high] == pytest.approx(ref[11:13], abs=1e-6)
    else:
        assert got.pi_low is None and got.pi_high is None  # not reported for two trials


def test_published_bcg_values_by_hand():
    """Values printed by metafor's documentation for dat.bcg (log risk ratios)."""
    y, v = _bcg()
    reml = random_effects(y, v)
    assert reml.tau2 == pytest.approx(0.3132, abs=5e-5)
    assert reml.estimate == pytest.approx(-0.7145, abs=5e-5)
    assert reml.se == pytest.approx(0.1798, abs=5e-5)
    assert reml.i2 == pytest.approx(92.22, abs=5e-3)
    assert reml.q == pytest.approx(152.2330, abs=5e-4)
    assert random_effects(y, v, "DL").tau2 == pytest.approx(0.3088, abs=5e-5)


def test_homogeneous_trials_give_tau2_zero_and_i2_zero():
    y, v = DATASETS["k2-homogeneous"]
    for method in ("REML", "DL", "PM"):
        res = random_effects(y, v, method)
        assert res.tau2 == 0.0 and res.i2 == 0.0
        # with tau² = 0 the random-effects estimate is the inverse-variance (fixed) one
        w = 1 / v
        assert res.estimate == pytest.approx(float(np.sum(w * y) / np.sum(w)), abs=1e-12)


def test_bad_input_is_refused():
    with pytest.raises(ValueError, match="at least two"):
        random_effects(np.array([0.1]), np.array([0.01]))
    with pytest.raises(ValueError, match="variances positive"):
        random_effects(np.array([0.1, 0.2]), np.array([0.01, 0.0]))
