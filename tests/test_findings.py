"""Findings: the GRADE statement table case by case, certainty with its reasons, judgments that
are missing shown as such, and what changed between two builds."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from evidence_review import findings
from evidence_review.vocabulary import Vocabulary


@pytest.mark.parametrize(
    ("measure", "estimate", "lo", "hi", "certainty", "expected"),
    [
        ("hazard_ratio", 0.65, 0.39, 0.90, "high", "Drug X reduces death."),
        ("hazard_ratio", 0.65, 0.39, 0.90, "moderate", "Drug X probably reduces death."),
        ("hazard_ratio", 0.65, 0.39, 0.90, "low", "Drug X may reduce death."),
        (
            "hazard_ratio",
            0.65,
            0.39,
            0.90,
            "very low",
            "The evidence is very uncertain about the effect of drug X on death.",
        ),
        ("rate_ratio", 1.16, 1.01, 1.32, "high", "Drug X increases death."),
        ("rate_ratio", 1.16, 1.01, 1.32, "moderate", "Drug X probably increases death."),
        ("rate_ratio", 1.16, 1.01, 1.32, "low", "Drug X may increase death."),
        ("hazard_ratio", 0.65, 0.39, 1.09, "high", "Drug X results in little or no difference in death."),
        ("hazard_ratio", 0.65, 0.39, 1.09, "moderate", "Drug X probably results in little or no difference in death."),
        ("hazard_ratio", 0.65, 0.39, 1.09, "low", "Drug X may result in little or no difference in death."),
        (
            "hazard_ratio",
            0.65,
            0.39,
            1.09,
            "very low",
            "The evidence is very uncertain about the effect of drug X on death.",
        ),
        ("risk_difference", -5.0, -9.8, -0.3, "moderate", "Drug X probably reduces death."),
        ("risk_difference", 2.0, -1.0, 5.0, "low", "Drug X may result in little or no difference in death."),
    ],
)
def test_grade_statement_for_each_direction_and_certainty(measure, estimate, lo, hi, certainty, expected):
    effect = findings.effect_of(measure, estimate, lo, hi, mid=None)
    assert findings.statement(effect, certainty, "drug X", "death") == expected


def test_a_minimal_important_difference_makes_a_small_effect_trivial():
    assert findings.effect_of("hazard_ratio", 0.95, 0.91, 0.99, mid=0.1) == "no difference"
    assert findings.effect_of("hazard_ratio", 0.80, 0.70, 0.90, mid=0.1) == "reduces"
    assert findings.effect_of("mean_difference", -1.0, -1.5, -0.5, mid=2.0) == "no difference"


def test_imprecision_levels():
    assert findings.imprecision("hazard_ratio", 0.7, 0.9, None).level == "not serious"
    assert findings.imprecision("hazard_ratio", 0.9, 1.1, None).level == "serious"
    very = findings.imprecision("hazard_ratio", 0.5, 1.6, None)
    assert very.level == "very serious" and "25% relative change" in very.reason
    assert findings.imprecision("mean_difference", -3.0, 4.0, 2.0).level == "very serious"


def test_inconsistency_from_i2_and_the_prediction_interval():
    base = {"measure": "hazard_ratio", "ci_low": 0.6, "ci_high": 0.9, "pi_low": math.nan, "pi_high": math.nan}
    assert findings.inconsistency(pd.Series({**base, "i2": 62.0}), 3).level == "serious"
    assert findings.inconsistency(pd.Series({**base, "i2": 20.0, "pi_low": 0.4, "pi_high": 1.3}), 3).level == "serious"
    assert findings.inconsistency(pd.Series({**base, "i2": 20.0}), 2).level == "not serious"
    assert findings.inconsistency(None, 1).level == "not applicable"


def _vocab() -> Vocabulary:
    return Vocabulary.from_dict(
        {
            "trials": [
                {
                    "name": n,
                    "aliases": [n],
                    "design": "randomized controlled trial",
                    "treatment": "drug x",
                    "intervention": "drug x",
                    "comparator": "placebo",
                }
                for n in ("T1", "T2")
            ],
            "outcomes": [{"name": "death", "terms": ["death"], "benefit": "decrease"}],
        }
    )


def _evidence(rows):
    base = {"preferred": True, "problems": "", "subgroup": "overall", "outcome": "death", "source": "s",
            "ci_level": 95.0, "timepoint": ""}  # fmt: skip
    return pd.DataFrame([{**base, **r} for r in rows])


REVIEW = {"intervention": "drug x", "interventions": ["drug x"], "comparator": "placebo", "population": "adults",
          "outcomes": [{"name": "death", "importance": "primary"}]}  # fmt: skip


def test_single_trial_finding_with_a_missing_judgment_shown_as_not_assessed():
    ev = _evidence([{"result_id": "s-R1", "trial": "T1", "measure": "hazard_ratio", "estimate": 0.7,
                     "ci_low": 0.55, "ci_high": 0.89}])  # fmt: skip
    empty = pd.DataFrame(columns=["comparison", "outcome", "subgroup", "pool_id", "trials", "result_ids", "measure",
                                  "estimate", "ci_low", "ci_high", "reason", "i2", "pi_low", "pi_high"])  # fmt: skip
    judged = {**REVIEW, "judgments": {"T1": {"indirectness": {"level": "serious", "reason": "older patients"}}}}
    (f,) = findings.summary_of_findings(ev, empty, empty, _vocab(), judged, {})
    assert f.kind == "single trial" and f.result_ids == ["s-R1"]
    assert [(c.domain, c.level) for c in f.concerns] == [
        ("risk_of_bias", "not assessed"),
        ("inconsistency", "not applicable"),
        ("indirectness", "serious"),
        ("imprecision", "not serious"),
    ]
    assert f.certainty == "moderate"
    assert f.statement == "Drug x probably reduces death."


def test_two_trials_not_pooled_are_each_shown_with_the_reason():
    t1 = {"result_id": "s-R1", "trial": "T1", "measure": "hazard_ratio", "estimate": 0.7, "ci_low": 0.55}
    t2 = {"result_id": "s-R2", "trial": "T2", "measure": "odds_ratio", "estimate": 0.8, "ci_low": 0.6}
    ev = _evidence([{**t1, "ci_high": 0.89}, {**t2, "ci_high": 1.1}])
    no_pool = pd.DataFrame(columns=["comparison", "outcome", "subgroup", "pool_id"])
    reason = "hazard ratio and odds ratio (not poolable together by the policy)"
    refused = pd.DataFrame([{"comparison": "drug x", "outcome": "death", "subgroup": "overall", "reason": reason}])
    (f,) = findings.summary_of_findings(ev, no_pool, refused, _vocab(), REVIEW, {})
    assert f.kind == "not pooled" and f.result_ids == ["s-R1", "s-R2"]
    assert "hazard ratio and odds ratio" in f.statement and f.certainty == "not rated"


def test_what_changed_between_two_summaries():
    before = pd.DataFrame([
        {"outcome": "death", "trials": "T1", "measure": "hazard_ratio", "estimate": 0.70, "ci_low": 0.50,
         "ci_high": 1.00, "effect": "no difference", "certainty": "low", "statement": "A."},
        {"outcome": "stroke", "trials": "T1", "measure": "hazard_ratio", "estimate": 0.9, "ci_low": 0.7,
         "ci_high": 1.2, "effect": "no difference", "certainty": "low", "statement": "B."},
    ])  # fmt: skip
    after = pd.DataFrame([
        {"outcome": "death", "trials": "T1;T2", "measure": "hazard_ratio", "estimate": 0.69, "ci_low": 0.52,
         "ci_high": 0.92, "effect": "reduces", "certainty": "moderate", "statement": "C."},
    ])  # fmt: skip
    got = [(c.outcome, c.what, c.before, c.after) for c in findings.changes(after, before)]
    assert got == [
        ("death", "new trials", "T1", "T2"),
        ("death", "estimate changed", "hazard ratio 0.70 (0.50 to 1.00)", "hazard ratio 0.69 (0.52 to 0.92)"),
        ("death", "direction changed", "A. (low)", "C. (moderate)"),
        ("stroke", "outcome dropped", "B.", ""),
    ]


def test_an_alias_listed_under_two_trials_is_an_error_naming_both():
    from evidence_review.errors import InputError

    data = {
        "trials": [
            {
                "name": n,
                "aliases": [n, "SHARED"],
                "design": "randomized controlled trial",
                "treatment": "x",
                "intervention": "x",
                "comparator": "placebo",
            }
            for n in ("T1", "T2")
        ]
    }
    with pytest.raises(InputError, match=r"trials/1/aliases: 'SHARED' is an alias of both 'T1' and 'T2'"):
        Vocabulary.from_dict(data, "vocabulary.yaml")


def test_a_trial_without_aliases_is_found_by_its_name_and_a_name_taken_by_another_is_an_error():
    from evidence_review.errors import InputError

    def trial(name, **more):
        base = {"name": name, "design": "randomized", "treatment": "x", "intervention": "x", "comparator": "y"}
        return base | more

    vocab = Vocabulary.from_dict({"trials": [trial("ORBIT-3")]}, "vocabulary.yaml")
    assert vocab.trials["ORBIT-3"].aliases == ("ORBIT-3",)
    found = [(m.kind, m.name, m.start) for m in vocab.mentions("In ORBIT-3, orbit-3 is not the trial.")]
    assert found == [("trial", "ORBIT-3", 3)]
    data = {"trials": [trial("ORBIT-3"), trial("ORBIT-4", aliases=["ORBIT-4", "ORBIT-3"])]}
    with pytest.raises(InputError, match=r"trials/1/aliases: 'ORBIT-3' is an alias of both 'ORBIT-3' and 'ORBIT-4'"):
        Vocabulary.from_dict(data, "vocabulary.yaml")


def test_a_judgment_missing_for_one_trial_neither_hides_another_s_concern_nor_is_guessed():
    judgments = {"T1": {"indirectness": {"level": "serious", "reason": "older patients"}}}
    c = findings._judgment(judgments, ["T1", "T2"], "death", "indirectness")
    assert (c.level, c.missing) == ("serious", ["T2"])
    assert c.reason.startswith("T1: older patients; not assessed for T2")
    nothing = findings._judgment({}, ["T1", "T2"], "death", "risk_of_bias")
    assert (nothing.level, nothing.downgrade, nothing.missing) == ("not assessed", 0, ["T1", "T2"])
