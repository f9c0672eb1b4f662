"""The checks on the five sources find what a careful reader finds, and nothing spurious."""

from __future__ import annotations

import pandas as pd

# Found by reading the five texts side by side (see the README, "What the checks found").
EXPECTED_RECONCILIATION = {
    (
        "ACTT-2",
        "clinical status",
        "score 6",
        "day 15",
        "ratio",
    ): "conflicting value",  # 2.2 (1.4-3.6) vs 2.3 (1.4-3.7)
    ("ACTT-2", "mortality", "overall", "day 28", "ratio"): "conflicting measure label",  # HR vs OR 0.65
    ("ACTT-2", "new infections", "overall", "", "difference"): "consistent after rounding",  # -5.3 vs -5
    (
        "ACTT-2",
        "new infections",
        "overall",
        "",
        "percent (arms)",
    ): "consistent after rounding",  # 5.9/11.2 vs 6/11
    ("ACTT-2", "serious adverse events", "overall", "", "percent (arms)"): "conflicting value",  # 21.0 vs 20
}
EXPECTED_FINDINGS = {
    ("P value vs CI", "kalil2021", "discrepancy"),  # SAE: CI implies P 0.04, printed P=0.03
    (
        "denominators implied by counts and percentages",
        "kalil2021;nih2021",
        "discrepancy",
    ),  # 507/509 not 515/518
    ("overall percentage vs arm percentages", "kalil2021;nih2021", "note"),  # "approximately 11%" vs 11.9%
    ("stated relative effect vs the source's own numbers", "karolinska2020", "unsupported"),  # 71% vs 51%
    ("cited guideline rating vs the guideline", "kalil2021;nih2021", "discrepancy"),  # "Level AI" vs BIIa
    ("significance wording vs CI", "kalil2021", "note"),  # OR 1.3 (1.0-1.6) touches 1
    ("significance wording vs CI", "goletti2021", "note"),
    ("stated benefit vs estimates at that severity", "goletti2021", "note"),  # legend: efficacious at 5-6
}


def test_reconciliation_finds_the_conflicts_read_by_hand(combined):
    recon = combined["reconciliation"].fillna("")
    found = {
        (r.trial, r.outcome, r.subgroup, r.timepoint, r.kind): r.classification
        for r in recon.itertuples()
        if r.classification != "identical"
    }
    assert found == EXPECTED_RECONCILIATION
    identical = recon[recon.classification == "identical"]
    assert len(identical) == 8
    sae = recon[(recon.outcome == "serious adverse events") & (recon.kind == "percent (arms)")].iloc[0]
    assert "control arm 21.0" in sae.explanation and "vs 20 (nih2021)" in sae.explanation


def test_checks_find_the_discrepancies_read_by_hand(combined):
    checks = combined["checks"]
    flagged = checks[checks.verdict.isin(["discrepancy", "unsupported", "note"])]
    found = {(r.check, r.source, r.verdict) for r in flagged.itertuples()}
    assert found == EXPECTED_FINDINGS
    # two statements (the legend and the closing paragraph) claim benefit at score 5
    statements = flagged[flagged.check == "stated benefit vs estimates at that severity"]
    assert len(statements) == 2 and set(statements.subgroup) == {"score 5"}


def test_no_false_alarm_from_rounding(combined):
    checks = combined["checks"]
    centred = checks[checks.check == "estimate within and centred in its CI"]
    assert len(centred) == 26 and set(centred.verdict) == {"consistent"}
    pv = checks[checks.check == "P value vs CI"]
    assert (pv.verdict == "consistent").sum() == 5


def test_claim_check_says_what_the_numbers_give(combined):
    c = combined["checks"]
    claim = c[c.verdict == "unsupported"].iloc[0]
    assert "51% relative reduction" in claim.explanation
    assert "death or invasive mechanical ventilation" in claim.explanation
    assert "71% reduction in mortality" in claim.explanation


def test_denominators_explain_the_safety_population(combined):
    c = combined["checks"]
    row = c[(c.check.str.startswith("denominators")) & (c.verdict == "discrepancy")].iloc[0]
    assert "505\u2013512" in row.recomputed and "507\u2013511" in row.recomputed
    assert "515" in row.explanation and "518" in row.explanation


def test_subgroup_test_for_recovery(combined):
    t = combined["subgroup_tests"]
    rec = t[(t.outcome == "recovery")].iloc[0]
    assert rec.subgroups == "score 5;score 6;score 7"
    assert rec.q == pytest_approx(2.086, 2e-3) and rec.df == 2
    assert rec.p > 0.3


def pytest_approx(x: float, tol: float):
    import pytest

    return pytest.approx(x, abs=tol)


def test_pooling_does_not_fire_with_one_baricitinib_trial(combined):
    assert combined["pooled"].empty


def test_implausible_numbers_are_kept_flagged_and_audited(vocab, tmp_path, config):
    from evidence_review import checks, tables
    from evidence_review.extract import Extractor

    text = (
        "In ACTT-2 of baricitinib for COVID-19, mortality (hazard ratio, 1.40; 95% CI, 1.90 to 0.80) "
        "and recovery (rate ratio for recovery, 2.50; 95% CI, 1.01 to 1.32; P=1.30) and "
        "serious adverse events (120.0% vs. 21.0%)."
    )
    rows = Extractor(vocab).extract(text, "bad").results
    df = tables.results_frame(rows)
    problems = dict(zip(df.measure, df.problems, strict=True))
    assert problems["hazard_ratio"] == "CI bounds reversed"
    assert problems["rate_ratio"] == "estimate outside its CI; P outside 0-1"
    assert problems["percent"] == "percentage outside 0-100"
    df["source_kind"] = "trial-summary"
    df["preferred"] = True
    df["reconciliation"] = ""
    ctx = checks.CheckContext(
        df,
        pd.DataFrame(columns=["claimed_value"]),
        pd.DataFrame(),
        {"bad": text},
        {"bad": "trial-summary"},
        vocab,
        [],
    )
    out = checks.run_checks(ctx, pd.DataFrame(columns=["direction"]))
    audited = out[out.check == "plausibility of the printed numbers"]
    assert len(audited) == 3 and set(audited.verdict) == {"discrepancy"}
