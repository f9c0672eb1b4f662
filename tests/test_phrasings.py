"""Generic extraction on sentences written for these tests (invented numbers, no vocabulary),
one family of phrasings at a time, each with the row(s) it must give."""

from __future__ import annotations

import itertools
import math

import pytest

from evidence_review.extract import Extractor
from evidence_review.text import clean
from evidence_review.vocabulary import Vocabulary

GENERIC = Extractor(Vocabulary.empty())


def rows(text: str):
    return GENERIC.extract(text, "t").results


def effect(r) -> tuple:
    def num(v):
        return None if v is None or (isinstance(v, float) and math.isnan(v)) else v

    return (r.measure, num(r.estimate), num(r.ci_low), num(r.ci_high), r.p_text or None)


# -- ratios: label, estimate, interval and P in the ways abstracts write them -------------------

RATIOS = [
    ("Death was more frequent (HR = 1.30, 95% CI = 1.11-1.43).", [("hazard_ratio", 1.30, 1.11, 1.43, None)]),
    # "higher/lower odds" names an odds ratio the sentence does not print
    ("Smokers had decreased odds of withdrawal (0.6, 0.5-0.7).", [("odds_ratio", 0.6, 0.5, 0.7, None)]),
    ("Women had higher odds of relapse (1.8; 95% CI 1.2 to 2.7).", [("odds_ratio", 1.8, 1.2, 2.7, None)]),
    ("Smoking raised the odds (AOR = 2.4 (95% CI 1.3, 4.1)).", [("odds_ratio", 2.4, 1.3, 4.1, None)]),
    ("Exposure was associated with odds ratio 1.04 (1.01-1.07).", [("odds_ratio", 1.04, 1.01, 1.07, None)]),
    ("Relapse was likelier (P = 0.002; HR 2.7; 95% CI 1.5, 4.9).", [("hazard_ratio", 2.7, 1.5, 4.9, "0.002")]),
    ("Stroke was less frequent (aHR 0.77 [0.61–0.96]).", [("hazard_ratio", 0.77, 0.61, 0.96, None)]),
    ("Admissions rose (IRR, 1.8 (95% CI: 1.2 to 2.6)).", [("rate_ratio", 1.8, 1.2, 2.6, None)]),
    ("Falls were rarer (adjusted HR 0.64; 95% CI 0.50-0.82; P < 0.001).", [("hazard_ratio", 0.64, 0.5, 0.82, "0.001")]),
    ("Bleeding (sHR 1.22, 95% CI 1.02-1.46) was more common.", [("hazard_ratio", 1.22, 1.02, 1.46, None)]),
    (
        "Cancer death (subdistribution hazard ratio 0.81; 95% CI 0.70 to 0.94) fell.",
        [("hazard_ratio", 0.81, 0.7, 0.94, None)],
    ),
    ("Readmission (relative risk 0.72, 95% CI 0.58-0.89) was lower.", [("risk_ratio", 0.72, 0.58, 0.89, None)]),
    ("Mortality was lower (OR=1.5 [1.1–2.0]).", [("odds_ratio", 1.5, 1.1, 2.0, None)]),
    ("Mortality was lower (HR 0.80, 95% confidence limits 0.70-0.92).", [("hazard_ratio", 0.8, 0.7, 0.92, None)]),
    ("Odds of death were lower (odds ratio 0.80 with 95% CI 0.70 to 0.92).", [("odds_ratio", 0.8, 0.7, 0.92, None)]),
    ("Mortality: HR 0.80, 0.70-0.92.", [("hazard_ratio", 0.8, 0.7, 0.92, None)]),
    # a multinomial model's relative risk ratio
    ("Smokers had higher odds of the outcome (RRR 1.52, 95% CI 1.20-1.93).", [("risk_ratio", 1.52, 1.2, 1.93, None)]),
    ("Infection (risk ratio, 1.15; 95% CI, 1.01 to 1.31) rose.", [("risk_ratio", 1.15, 1.01, 1.31, None)]),
    (
        "Visits (incidence rate ratio 0.88, 95% CI 0.79-0.98; P = .02) fell.",
        [("rate_ratio", 0.88, 0.79, 0.98, ".02")],
    ),
    ("Frailty predicted falls (OR: 2.1; 95%CI: 1.1-3.9).", [("odds_ratio", 2.1, 1.1, 3.9, None)]),
    # a range with a tilde, as some abstracts print it
    ("Diabetes was a risk factor (OR=1.87, 95%CI: 1.05~3.33, P=0.03).", [("odds_ratio", 1.87, 1.05, 3.33, "0.03")]),
    ("Odds were higher (ORadj = 1.51, 95% CI: 1.15-2.00).", [("odds_ratio", 1.51, 1.15, 2.0, None)]),
    ("Women had higher odds (odds ratio [OR] = 1.84, 95% CI [1.20, 2.82]).", [("odds_ratio", 1.84, 1.20, 2.82, None)]),
    ("Mortality was higher (HR [95% CI]: 1.62 [1.20-2.19]).", [("hazard_ratio", 1.62, 1.2, 2.19, None)]),
    ("The allele conferred risk (OR [95%CI] = 1.22 [1.10-1.35]).", [("odds_ratio", 1.22, 1.10, 1.35, None)]),
    ("Mortality (HR 0.86 [0.75-0.98]; P = 0.03) was lower.", [("hazard_ratio", 0.86, 0.75, 0.98, "0.03")]),
    ("The HR for fracture in women was 1.26 (95% CI 1.12 to 1.41).", [("hazard_ratio", 1.26, 1.12, 1.41, None)]),
    (
        "Odds ratios (95% CI) were 0.87 (0.83-0.91) in model 1 and 0.80 (0.75-0.83) in model 2.",
        [("odds_ratio", 0.87, 0.83, 0.91, None), ("odds_ratio", 0.80, 0.75, 0.83, None)],
    ),
    (
        "Risk rose with lipids: apoB (HR per 1 SD, 1.18; 1.11 to 1.26), triglycerides (1.05; 1.00 to 1.12).",
        [("hazard_ratio", 1.18, 1.11, 1.26, None), ("hazard_ratio", 1.05, 1.0, 1.12, None)],
    ),
    (
        "Q2: HR = 1.2 (95% CI 1.0-1.4); Q3: HR = 1.5 (95% CI 1.2-1.9); Q4: HR = 2.0 (95% CI 1.6-2.5).",
        [
            ("hazard_ratio", 1.2, 1.0, 1.4, None),
            ("hazard_ratio", 1.5, 1.2, 1.9, None),
            ("hazard_ratio", 2.0, 1.6, 2.5, None),
        ],
    ),
    ("Need for surgery (OR = 9.1, p < 0.000) was higher.", [("odds_ratio", 9.1, None, None, "0.000")]),
    ("Delay predicted failure (odds ratio [OR] 0.298, P=.04).", [("odds_ratio", 0.298, None, None, ".04")]),
    ("Survival improved: hazard ratio 0.73, one-sided P = 0.0103.", [("hazard_ratio", 0.73, None, None, "0.0103")]),
    ("The pooled RR was 1.15 (95% CI: 1.14, 1.17).", [("risk_ratio", 1.15, 1.14, 1.17, None)]),
    ("Events (RR 0.82 95% CI 0.52-1.30; p = 0.41; I2 0%) did not differ.", [("risk_ratio", 0.82, 0.52, 1.30, "0.41")]),
    (
        "Relapse was rarer (hazard ratio, 0.510 (97.5% CI [0.311-0.833]; P = 0.0007)).",
        [("hazard_ratio", 0.510, 0.311, 0.833, "0.0007")],
    ),
    ("Sepsis rose (aIRR 1.30, 95% CI 1.12 to 1.51).", [("rate_ratio", 1.30, 1.12, 1.51, None)]),
    (
        "The cumulative relative risk was 2.13 [95% confident interval (CI): 1.31 to 3.46].",
        [("risk_ratio", 2.13, 1.31, 3.46, None)],
    ),
    (
        "Heart failure (adjusted odds ratio, 3.51; 95% confidence interval [CI], 1.50-8.43) mattered.",
        [("odds_ratio", 3.51, 1.50, 8.43, None)],
    ),
    (
        "NYHA class (OR = 6.01; CI95% [1.32-18.76], p = 0.001) predicted response.",
        [("odds_ratio", 6.01, 1.32, 18.76, "0.001")],
    ),
    ("Dementia risk rose (HR 1.50; 95% CI 1.28–1.73).", [("hazard_ratio", 1.5, 1.28, 1.73, None)]),
    ("Readmission fell (hazard ratio 0.70 [95% CI 0.55 to 0.89]).", [("hazard_ratio", 0.7, 0.55, 0.89, None)]),
    (
        "Use was associated with harm (HR, 1.36; 95% confidence interval, 1.05-1.76; P = .01).",
        [("hazard_ratio", 1.36, 1.05, 1.76, ".01")],
    ),
    ("Clinic visits (ORs 1.20, 95% CI 1.05-1.37) increased.", [("odds_ratio", 1.2, 1.05, 1.37, None)]),
    ("The risk ratio for recurrence was 0.66 (95% CI 0.49 to 0.91).", [("risk_ratio", 0.66, 0.49, 0.91, None)]),
    ("Death (HR 0.62, 95% credible interval 0.41-0.93) fell.", [("hazard_ratio", 0.62, 0.41, 0.93, None)]),
    ("Mortality (HR 1.05, 99% CI 0.90-1.22) did not differ.", [("hazard_ratio", 1.05, 0.9, 1.22, None)]),
    (
        "Cases had an adjusted Incident Rate Ratio (aIRR) 1.14 (95% CI; 1.10, 1.20) times the claims.",
        [("rate_ratio", 1.14, 1.1, 1.20, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RATIOS, ids=[t[:40] for t, _ in RATIOS])
def test_ratio_phrasings(text, expected):
    assert [effect(r) for r in rows(text) if r.measure.endswith("ratio")] == expected


def test_ci_level_is_read_where_printed():
    (r,) = rows("Death (HR 1.05, 99% CI 0.90-1.22) did not differ.")
    assert r.ci_level == 99
    (r,) = rows("Death (OR = 5.87; CI95% [1.41-17.93]) mattered.")
    assert r.ci_level == 95
    (r,) = rows("Death was rarer (aHR 0.77 [0.61–0.96]).")
    assert r.ci_level is None  # not printed: not guessed


# -- combinations: every label with every way of writing an interval and a P ----------------------

LABELS = {
    "HR": "hazard_ratio",
    "aHR": "hazard_ratio",
    "hazard ratio": "hazard_ratio",
    "adjusted hazard ratio": "hazard_ratio",
    "OR": "odds_ratio",
    "AOR": "odds_ratio",
    "odds ratio": "odds_ratio",
    "RR": "risk_ratio",
    "relative risk": "risk_ratio",
    "IRR": "rate_ratio",
}
INTERVALS = [
    "{label} {e} (95% CI {lo}-{hi}{p})",
    "{label} = {e}, 95% CI = {lo}-{hi}{p}",
    "{label}, {e}; 95% CI, {lo} to {hi}{p}",
    "{label} {e} [{lo}–{hi}]{p}",
    "{label}: {e} (95% CI: {lo}, {hi}){p}",
    "{label} {e} (95% confidence interval {lo} to {hi}){p}",
]
PS = [("", None), ("; P = 0.03", "0.03"), (", p<0.001", "0.001")]
NUMBERS = [("0.72", "0.58", "0.89"), ("1.9", "1.2", "3.1"), ("2.35", "1.08", "5.12")]
COMBINATIONS = [
    (fmt.format(label=label, e=e, lo=lo, hi=hi, p=p), (LABELS[label], float(e), float(lo), float(hi), p_text))
    for (label, fmt, (p, p_text)), (e, lo, hi) in zip(
        itertools.product(LABELS, INTERVALS, PS), itertools.cycle(NUMBERS), strict=False
    )
]


@pytest.mark.parametrize(("phrase", "expected"), COMBINATIONS, ids=[c[0] for c in COMBINATIONS])
def test_every_label_with_every_interval_and_p(phrase, expected):
    text = f"In the cohort, the primary outcome differed between groups ({phrase})."
    assert [effect(r) for r in rows(text)] == [expected]


# -- arm values ---------------------------------------------------------------------------------


def arms(r) -> tuple:
    return (r.measure, r.arm1_label, r.arm1_text, r.arm2_label, r.arm2_text, r.p_text or None)


ARMS = [
    (
        "Response was 45% (n = 62) for drug A and 30% (n = 100) for drug B.",
        [("percent", "drug A", "45", "drug B", "30", None)],
        [(62.0, 100.0)],
    ),
    (
        "Mortality was 27.8% and 30.5% in the intervention and control groups, respectively (P = 0.21).",
        [("percent", "intervention", "27.8", "control", "30.5", "0.21")],
        [(None, None)],
    ),
    (
        "Recurrence occurred in 39 versus 58 percent of patients.",
        [("percent", "", "39", "", "58", None)],
        [(None, None)],
    ),
    (
        "Death occurred in 12 of 150 (8.0%) vs 20 of 148 (13.5%) patients.",
        [("count", "", "12", "", "20", None), ("percent", "", "8.0", "", "13.5", None)],
        [(150.0, 148.0), (150.0, 148.0)],
    ),
    (
        "Hospital stay fell from 8 to 7 days.",
        [("median", "after", "7", "before", "8", None)],
        [(None, None)],
    ),
    (
        "ORR at week 26 was 75.3% (drug X) versus 70.5% (drug Y).",
        [("percent", "drug X", "75.3", "drug Y", "70.5", None)],
        [(None, None)],
    ),
    (
        "Adherence was higher (79 ± 15% vs. 58 ± 28%, P < .001).",
        [("percent", "", "79", "", "58", ".001")],
        [(None, None)],
    ),
    (
        "Infections occurred in 30 patients [6%] vs 57 patients [11%] (P = 0.01).",
        [("count", "", "30", "", "57", "0.01"), ("percent", "", "6", "", "11", None)],
        [(None, None), (None, None)],
    ),
    (
        "The median time to recovery was 7 days vs. 8 days.",
        [("median", "", "7", "", "8", None)],
        [(None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected", "sizes"), ARMS, ids=[t[:40] for t, _, _ in ARMS])
def test_arm_values(text, expected, sizes):
    found = rows(text)
    assert [arms(r) for r in found] == expected
    assert [(_nan_none(r.arm1_n), _nan_none(r.arm2_n)) for r in found] == sizes


def _nan_none(v):
    return None if v is None or (isinstance(v, float) and math.isnan(v)) else v


# -- differences, efficacy, proportions ---------------------------------------------------------

SINGLES = [
    (
        "Systolic pressure was lower by 6.3 mm Hg (95% CI 4.1 to 8.5) with the combination.",
        [("mean_difference", -6.3, -8.5, -4.1, None)],
    ),
    (
        "Remission was higher by 12.5 percentage points (95% CI 4.0 to 21.0; P = 0.004).",
        [("risk_difference", 12.5, 4.0, 21.0, "0.004")],
    ),
    (
        "Among participants, vaccine efficacy was 91.3% (95% CI, 89.0 to 93.2).",
        [("vaccine_efficacy", 91.3, 89.0, 93.2, None)],
    ),
    ("VE against hospitalisation was 84% (95% CI 72-91).", [("vaccine_efficacy", 84.0, 72.0, 91.0, None)]),
    ("Of the patients, 36.6% (95% CI 24.1-44.5) had a positive test.", [("percent", 36.6, 24.1, 44.5, None)]),
    (
        "The difference was -5.0 percentage points (95% CI, -9.8 to -0.3; P=0.03).",
        [("risk_difference", -5.0, -9.8, -0.3, "0.03")],
    ),
    ("The mean difference was 2.4 (95% CI 1.1 to 3.7) points.", [("mean_difference", 2.4, 1.1, 3.7, None)]),
]


@pytest.mark.parametrize(("text", "expected"), SINGLES, ids=[t[:40] for t, _ in SINGLES])
def test_differences_efficacy_and_proportions(text, expected):
    assert [effect(r) for r in rows(text) if r.measure != "count"] == expected


# -- trial reports and news: each number with its outcome, arms, subgroup and trial -------------


SAQ_CHANGE = "The mean change in the Seattle angina frequency score from baseline to week 24"


def report(r) -> tuple:
    """What a reader of a trial report checks: trial, outcome, subgroup, measure, values, arms."""
    single = _nan_none(r.estimate) is not None
    values = (
        (_nan_none(r.estimate), _nan_none(r.ci_low), _nan_none(r.ci_high))
        if single
        else (
            r.arm1_text,
            r.arm2_text,
        )
    )
    return (r.trial, r.outcome, r.subgroup, r.measure, *values, r.arm1_label, r.arm2_label)


REPORTS = [
    (  # events in each group with their denominators; "and in" before the second arm
        "In the LUMEN-2 trial, the primary outcome occurred in 212 of 1504 patients (14.1%) in the "
        "tirzomab group and in 287 of 1497 patients (19.2%) in the placebo group (hazard ratio, 0.72; "
        "95% CI, 0.60 to 0.86; P<0.001).",
        [
            ("LUMEN-2", "the primary outcome", "overall", "count", "212", "287", "tirzomab", "placebo"),
            ("LUMEN-2", "the primary outcome", "overall", "percent", "14.1", "19.2", "tirzomab", "placebo"),
            ("LUMEN-2", "the primary outcome", "overall", "hazard_ratio", 0.72, 0.6, 0.86, "", ""),
        ],
    ),
    (  # a rate per year in the bracket; the ratio's "with X" names the arm, not the outcome
        "Stroke occurred in 98 patients (1.10% per year) and 131 patients (1.48% per year), respectively "
        "(hazard ratio with apixo, 0.74; 95% CI, 0.57 to 0.96).",
        [
            ("", "Stroke", "overall", "count", "98", "131", "", ""),
            ("", "Stroke", "overall", "percent", "1.10", "1.48", "", ""),
            ("", "Stroke", "overall", "hazard_ratio", 0.74, 0.57, 0.96, "", ""),
        ],
    ),
    (  # "respectively" before the ratio is not its outcome
        "Death from any cause occurred in 8.2% and 9.9% of patients, respectively (hazard ratio, 0.83; "
        "95% CI, 0.71 to 0.97).",
        [
            ("", "Death from any cause", "overall", "percent", "8.2", "9.9", "", ""),
            ("", "Death from any cause", "overall", "hazard_ratio", 0.83, 0.71, 0.97, "", ""),
        ],
    ),
    (  # a number in a name ("grade 3") is not where the outcome ends; counts with percentages are events
        "Grade 3 or 4 neutropenia occurred in 61 patients (20.1%) and 24 patients (7.9%).",
        [
            ("", "Grade 3 or 4 neutropenia", "overall", "count", "61", "24", "", ""),
            ("", "Grade 3 or 4 neutropenia", "overall", "percent", "20.1", "7.9", "", ""),
        ],
    ),
    (  # a median with its own interval in each arm, the arm named after it
        "Median overall survival was 18.4 months (95% CI, 16.0 to 21.1) with velotinib and 13.9 months "
        "(95% CI, 12.2 to 15.5) with docetaxel.",
        [
            ("", "overall survival", "overall", "median", 18.4, 16.0, 21.1, "velotinib", ""),
            ("", "overall survival", "overall", "median", 13.9, 12.2, 15.5, "docetaxel", ""),
        ],
    ),
    (  # means with SDs and a unit of measurement; a difference in points is a mean difference
        "The mean change in the symptom score was 7.2±15.1 points with drug A and 4.0±16.3 points with "
        "placebo (difference, 3.2 points; 95% CI, 1.9 to 4.5).",
        [
            ("", "The mean change in the symptom score", "overall", "mean", "7.2", "4.0", "drug A", "placebo"),
            ("", "The mean change in the symptom score", "overall", "mean_difference", 3.2, 1.9, 4.5, "", ""),
        ],
    ),
    (  # a measurement in each named group
        "At 6 months, the mean eGFR was 48.3 ml/min in the finerel group and 45.1 ml/min in the placebo group.",
        [("", "the mean eGFR", "overall", "mean", "48.3", "45.1", "finerel", "placebo")],
    ),
    (  # a number needed to treat with its interval
        "The number needed to treat to prevent one hospitalization was 19 (95% CI, 12 to 44).",
        [("", "hospitalization", "overall", "number_needed_to_treat", 19.0, 12.0, 44.0, "", "")],
    ),
    (  # the first arm named before its size in brackets
        "Patients were randomly assigned to receive velutide (n=1502) or placebo (n=1499).",
        [("", "enrollment", "overall", "count", "1502", "1499", "velutide", "placebo")],
    ),
    (  # "respectively" with no arm in its sentence: the arms its paragraph named last, in that order;
        # the people after a count's percentage in brackets
        "The primary outcome occurred in 60 patients (10.1%) in the corvatide group and in 85 patients (14.3%) "
        "in the placebo group. Serious adverse events occurred in 131 (22%) patients and 98 (17%) patients, "
        "respectively.",
        [
            ("", "The primary outcome", "overall", "count", "60", "85", "corvatide", "placebo"),
            ("", "The primary outcome", "overall", "percent", "10.1", "14.3", "corvatide", "placebo"),
            ("", "Serious adverse events", "overall", "count", "131", "98", "corvatide", "placebo"),
            ("", "Serious adverse events", "overall", "percent", "22", "17", "corvatide", "placebo"),
        ],
    ),
    (  # the Lancet's second interval without its name, once the first has said it is a 95% CI; an
        # unnamed interval after a comma before the P; the values after them of the arms they named, in order
        "Median overall survival was 19.2 months (95% CI 17.0-21.5) in the corvatide group and 15.1 months "
        "(13.4-16.9) in the placebo group. Median progression-free survival was 7.4 months (6.8-8.1) versus "
        "5.2 months (4.9-5.9; HR 0.68, 0.57-0.81; p<0.0001).",
        [
            ("", "overall survival", "overall", "median", 19.2, 17.0, 21.5, "corvatide", ""),
            ("", "overall survival", "overall", "median", 15.1, 13.4, 16.9, "placebo", ""),
            ("", "progression-free survival", "overall", "median", 7.4, 6.8, 8.1, "corvatide", ""),
            ("", "progression-free survival", "overall", "median", 5.2, 4.9, 5.9, "placebo", ""),
            ("", "progression-free survival", "overall", "hazard_ratio", 0.68, 0.57, 0.81, "", ""),
        ],
    ),
    (  # the arms compared before the bracket that holds their values
        "Nausea was more frequent with corvatide than with placebo (14.2% vs. 6.1%).",
        [("", "Nausea", "overall", "percent", "14.2", "6.1", "corvatide", "placebo")],
    ),
    (  # each arm's recipients
        "Serious adverse events occurred in 3.1% of vaccine recipients and 3.3% of placebo recipients.",
        [("", "Serious adverse events", "overall", "percent", "3.1", "3.3", "vaccine", "placebo")],
    ),
    (  # arm sizes as the people who received each arm, thousands after a (thin) space
        "Of 9 870 participants, 4 931 received the vaccine and 4 939 received placebo.",
        [
            ("", "enrollment", "overall", "count", 9870.0, None, None, "", ""),
            ("", "enrollment", "overall", "count", "4 931", "4 939", "vaccine", "placebo"),
        ],
    ),
    (  # what "the most common" were
        "Adverse events were frequent; the most common were nausea (12% vs 4%) and headache (9% vs 7%).",
        [
            ("", "nausea", "overall", "percent", "12", "4", "", ""),
            ("", "headache", "overall", "percent", "9", "7", "", ""),
        ],
    ),
    (  # metres are a unit of measurement
        "The walk distance was 12.1 m and 3.2 m, respectively (difference, 8.9 m; 95% CI, 2.6 to 15.2).",
        [
            ("", "The walk distance", "overall", "value", "12.1", "3.2", "", ""),
            ("", "The walk distance", "overall", "mean_difference", 8.9, 2.6, 15.2, "", ""),
        ],
    ),
    (  # news: what those taking each arm reached
        "In the trial, 9.2 percent of those taking the drug reached the main goal, compared with 13.1 percent "
        "of those given a placebo.",
        [("", "main goal", "overall", "percent", "9.2", "13.1", "drug", "placebo")],
    ),
    (  # a natural frequency is not a number of patients
        "About 1 in 20 patients on the drug stopped taking it, versus about 1 in 25 on placebo.",
        [],
    ),
    (  # GRADE's informative statements: what the intervention "probably reduces", "may make little or no
        # difference to"; the participants of an outcome's studies
        "Compared with usual care, walking probably reduces the length of stay (MD -1.12 days, 95% CI -1.78 to "
        "-0.46; 9 studies, 2871 participants) and may make little or no difference to mortality (RR 1.02, 95% CI "
        "0.85 to 1.23). We are uncertain whether walking affects falls (OR 1.31, 95% CI 0.62 to 2.77).",
        [
            ("", "length of stay", "overall", "mean_difference", -1.12, -1.78, -0.46, "", ""),
            ("", "enrollment", "overall", "count", 2871.0, None, None, "", ""),
            ("", "mortality", "overall", "risk_ratio", 1.02, 0.85, 1.23, "", ""),
            ("", "falls", "overall", "odds_ratio", 1.31, 0.62, 2.77, "", ""),
        ],
    ),
    (  # an absolute risk reduction with an unnamed interval (below zero), a number needed to treat alone
        "The absolute risk reduction at three years was 1.2% (0.4% to 2.0%), corresponding to a number needed "
        "to treat of 83.",
        [
            ("", "The absolute risk reduction at three years", "overall", "risk_difference", -1.2, -2.0, -0.4, "", ""),
            (
                "",
                "The absolute risk reduction at three years",
                "overall",
                "number_needed_to_treat",
                83.0,
                None,
                None,
                "",
                "",
            ),
        ],
    ),
    (  # absolute effects without intervals
        "The absolute risk reduction was 2.1 percentage points and the NNT was 48.",
        [
            ("", "unspecified", "overall", "risk_difference", -2.1, None, None, "", ""),
            ("", "unspecified", "overall", "number_needed_to_treat", 48.0, None, None, "", ""),
        ],
    ),
    (  # "but not with X": X; the BMJ's "95% confidence interval" and a ratio's list without labels
        "High doses were associated with a lower risk of stroke (adjusted hazard ratio 0.85, 95% confidence "
        "interval 0.76 to 0.95), but not with bleeding (1.09, 0.81 to 1.47).",
        [
            ("", "stroke", "overall", "hazard_ratio", 0.85, 0.76, 0.95, "", ""),
            ("", "bleeding", "overall", "hazard_ratio", 1.09, 0.81, 1.47, "", ""),
        ],
    ),
    (  # a subgroup after the bracket of the one before
        "Results were similar in women (hazard ratio 0.83, 95% CI 0.70 to 0.99) and men (0.86, 0.75 to 0.99).",
        [
            ("", "unspecified", "women", "hazard_ratio", 0.83, 0.7, 0.99, "", ""),
            ("", "unspecified", "men", "hazard_ratio", 0.86, 0.75, 0.99, "", ""),
        ],
    ),
    (  # the outcome of an effect after two arms' values is the sentence's, not "in the X group vs"
        "Admission occurred in 6 participants (0.7%) in the drug group vs 15 (1.9%) in the placebo group "
        "(absolute difference, -1.2% [95% CI, -2.3% to -0.2%]).",
        [
            ("", "Admission", "overall", "count", "6", "15", "drug", "placebo"),
            ("", "Admission", "overall", "percent", "0.7", "1.9", "drug", "placebo"),
            ("", "Admission", "overall", "risk_difference", -1.2, -2.3, -0.2, "", ""),
        ],
    ),
    (  # a relative change and what it is in, before its ratio
        "Shifts were observed, with a 9% reduction in infection burden (IRR 0.90, 95% CI 0.82-0.98; p=0.02).",
        [("", "infection burden", "overall", "rate_ratio", 0.90, 0.82, 0.98, "", "")],
    ),
    (  # a change within each arm in percentage points
        "At 12 weeks, the mean change in HbA1c was -1.8 percentage points with tirvapin and -0.9 percentage "
        "points with placebo.",
        [("", "the mean change in HbA1c", "overall", "mean", "-1.8", "-0.9", "tirvapin", "placebo")],
    ),
    (  # "the odds of X were higher with A": X
        "The odds of remission were higher with drug A (adjusted odds ratio [aOR] 2.14; 95% CI 1.33-3.44).",
        [("", "remission", "overall", "odds_ratio", 2.14, 1.33, 3.44, "", "")],
    ),
    (  # an analysis population is where, not what: a subset of the people randomized, as written
        "In the per-protocol population, results were consistent (HR 0.74; 0.61-0.90).",
        [("", "unspecified", "per-protocol population", "hazard_ratio", 0.74, 0.61, 0.9, "", "")],
    ),
    (  # what the people counted did, after them
        "A total of 47 of 512 patients (9.2%) in the drug group and 68 of 509 (13.4%) in the usual-care group "
        "died (risk difference, -4.2 percentage points; 95% CI, -8.0 to -0.4).",
        [
            ("", "death", "overall", "count", "47", "68", "drug", "usual-care"),
            ("", "death", "overall", "percent", "9.2", "13.4", "drug", "usual-care"),
            ("", "death", "overall", "risk_difference", -4.2, -8.0, -0.4, "", ""),
        ],
    ),
    (  # "a reduction in X (RR ...)": X
        "Pooled analysis showed a reduction in stroke (RR 0.80, 95% CI 0.71-0.90; I2 = 0%).",
        [("", "stroke", "overall", "risk_ratio", 0.80, 0.71, 0.90, "", "")],
    ),
    (  # one arm named before the bracket of the values, the other implied
        "The median stay was shorter with zelvirin (6 days [IQR, 4-9] vs 8 days [IQR, 5-12]; P = .01).",
        [("", "stay", "overall", "median", "6", "8", "zelvirin", "")],
    ),
    (  # a diagnostic accuracy is what was measured, not a label
        "Sensitivity was 92.3% (95% CI, 88.1%-95.4%) and specificity 85.0% (95% CI, 81.2%-88.3%).",
        [
            ("", "Sensitivity", "overall", "percent", 92.3, 88.1, 95.4, "", ""),
            ("", "specificity", "overall", "percent", 85.0, 81.2, 88.3, "", ""),
        ],
    ),
    (  # two arms compared before the bracket, a "than" with "the"
        "Reactions were more frequent with the vaccine than with placebo (pain, 60.9% vs. 9.3%).",
        [("", "pain", "overall", "percent", "60.9", "9.3", "vaccine", "placebo")],
    ),
    (  # a cohort study: what "a 34% lower risk of" is of; an exposure's increment, an analysis and a
        # category of the exposure are not outcomes; incident cases are events
        "Among 48 512 participants (54.2% women), 3 214 incident cases of dementia occurred. Compared with the "
        "lowest quartile, the highest quartile of daily steps was associated with a 34% lower risk of dementia "
        "(HR, 0.66; 95% CI, 0.56-0.78). Each additional 1000 steps per day was associated with a lower risk "
        "(HR, 0.92; 95% CI, 0.89-0.95). In sensitivity analyses excluding the first 2 years, results were "
        "similar (HR, 0.69; 95% CI, 0.57-0.83). The cumulative incidence at 10 years was 5.1% (95% CI, "
        "4.6%-5.6%) in the highest quartile and 8.3% (95% CI, 7.7%-8.9%) in the lowest.",
        [
            ("", "enrollment", "overall", "count", 48512.0, None, None, "", ""),
            ("", "dementia", "overall", "count", 3214.0, None, None, "", ""),
            ("", "dementia", "overall", "hazard_ratio", 0.66, 0.56, 0.78, "", ""),
            ("", "dementia", "overall", "hazard_ratio", 0.92, 0.89, 0.95, "", ""),  # "a lower risk": of dementia
            ("", "dementia", "overall", "hazard_ratio", 0.69, 0.57, 0.83, "", ""),  # "results were similar": to those
            ("", "The cumulative incidence", "overall", "percent", 5.1, 4.6, 5.6, "highest quartile", ""),
            ("", "The cumulative incidence", "overall", "percent", 8.3, 7.7, 8.9, "lowest", ""),
        ],
    ),
    (  # news: an efficacy in words (a vaccine's), events in each arm as "who got", a ratio ending its sentence
        "The experimental vaccine was 89% effective at preventing severe illness in adults over 60. Among the "
        "18,000 volunteers, 12 people who got the vaccine developed severe illness, compared with 107 who got "
        "dummy shots. The risk of dying was cut by nearly half, with a hazard ratio of 0.52.",
        [
            ("", "severe illness", "overall", "vaccine_efficacy", 89.0, None, None, "", ""),
            ("", "enrollment", "overall", "count", 18000.0, None, None, "", ""),
            ("", "severe illness", "overall", "count", "12", "107", "vaccine", "dummy shots"),
            ("", "dying", "overall", "hazard_ratio", 0.52, None, None, "", ""),
        ],
    ),
    (  # news: the first arm's people named before its value, the second's after it; a "shot" is a vaccine
        "New shot is 91% effective against severe illness. Patients on the drug lived a median of 14.3 months, "
        "versus 10.1 months for those on standard chemotherapy.",
        [
            ("", "severe illness", "overall", "vaccine_efficacy", 91.0, None, None, "", ""),
            (
                "",
                "Patients on the drug lived a median",
                "overall",
                "median",
                "14.3",
                "10.1",
                "drug",
                "standard chemotherapy",
            ),
        ],
    ),
    (  # a drug "50% effective" is a relative reduction, not a vaccine's efficacy: not read as one
        "The drug was 50% effective at preventing relapse.",
        [],
    ),
    (  # a risk named by the word before it; a qualified label ("adjusted HR [aHR] =") is not an outcome
        "Drug Z users had a lower fracture risk than non-users (adjusted HR [aHR] = 0.88; 95% CI = 0.82-0.94).",
        [("", "fracture", "overall", "hazard_ratio", 0.88, 0.82, 0.94, "", "")],
    ),
    (  # events counted among each arm's recipients
        "Among 30,112 participants, 11 cases occurred among vaccine recipients and 185 among placebo recipients.",
        [
            ("", "enrollment", "overall", "count", 30112.0, None, None, "", ""),
            ("", "cases", "overall", "count", "11", "185", "vaccine", "placebo"),
        ],
    ),
    (  # news: "compared with" and "against", a value between them that belongs to neither
        "The pill cut hospital admissions by 85 percent. In the NOVA-7 trial, 1.2 percent of those who took "
        "the pill were admitted, compared with 7.5 percent of those given a placebo.",
        [("NOVA-7", "admitted", "overall", "percent", "1.2", "7.5", "pill", "placebo")],
    ),
    (  # a subgroup as written, and the population in the title is not one
        "Rivo in Adults with Atrial Fibrillation (RAFT-3)\nEfficacy in participants aged 75 years or older was "
        "61.2% (95% CI, 40.3 to 75.0), and in those with diabetes 58.9% (95% CI 35.5–73.8). In adults with "
        "atrial fibrillation, bleeding occurred in 4.1% vs 3.2% (P = 0.04).",
        [
            ("RAFT-3", "Efficacy", "participants aged 75 years or older", "percent", 61.2, 40.3, 75.0, "", ""),
            ("RAFT-3", "Efficacy", "those with diabetes", "percent", 58.9, 35.5, 73.8, "", ""),
            ("RAFT-3", "bleeding", "overall", "percent", "4.1", "3.2", "", ""),
        ],
    ),
    (  # percentages "of the X group"; an adjusted ratio whose abbreviation is not the outcome
        "Relapse occurred in 12.5% of the lavitrex group and 20.3% of the placebo group (adjusted hazard ratio "
        "[aHR], 0.58; 95% CI, 0.41-0.82).",
        [
            ("", "Relapse", "overall", "percent", "12.5", "20.3", "lavitrex", "placebo"),
            ("", "Relapse", "overall", "hazard_ratio", 0.58, 0.41, 0.82, "", ""),
        ],
    ),
    (  # medians with their interquartile ranges; counts and percentages of patients receiving each arm
        "The median stay was 6 days (IQR, 4-9) vs 8 days (IQR, 5-12). Rash occurred in 31 participants (4.1%) "
        "receiving drug B and in 12 (1.6%) receiving placebo.",
        [
            ("", "stay", "overall", "median", "6", "8", "", ""),
            ("", "Rash", "overall", "count", "31", "12", "drug B", "placebo"),
            ("", "Rash", "overall", "percent", "4.1", "1.6", "drug B", "placebo"),
        ],
    ),
    (  # the second median's quartiles unlabelled, as the first's were labelled, then a ratio of the same outcome
        "The median time to clinical stability was 5 days (IQR 3-9) with zorvimab and 7 days (4-12) with standard "
        "care (HR 1.28 [1.12-1.46]). Median length of stay was 9 days (interquartile range 6-14) versus 11 days "
        "(7-18).",
        [
            ("", "time to clinical stability", "overall", "median", "5", "7", "zorvimab", "standard care"),
            ("", "time to clinical stability", "overall", "hazard_ratio", 1.28, 1.12, 1.46, "", ""),
            ("", "length of stay", "overall", "median", "9", "11", "zorvimab", "standard care"),
        ],
    ),
    (  # a meta-analysis: "the association" and "a lower risk" refer back to the one outcome of the ratio before;
        # a subgroup named before another estimate's bracket is that estimate's
        "The highest category of tea intake was associated with a lower risk of gout (pooled RR = 0.74, 95% CI: "
        "0.66-0.83, I2 = 41%). Each additional cup per day was associated with a 5% lower risk (RR 0.95; 95% CI "
        "0.93-0.97). The association was similar in men (RR 0.73; 95% CI 0.62-0.86) and women (RR 0.76; 95% CI "
        "0.65-0.89), and the risk of hyperuricaemia was lower too (RR 0.70, 0.58-0.84).",
        [
            ("", "gout", "overall", "risk_ratio", 0.74, 0.66, 0.83, "", ""),
            ("", "gout", "overall", "risk_ratio", 0.95, 0.93, 0.97, "", ""),
            ("", "gout", "men", "risk_ratio", 0.73, 0.62, 0.86, "", ""),
            ("", "gout", "women", "risk_ratio", 0.76, 0.65, 0.89, "", ""),
            ("", "hyperuricaemia", "overall", "risk_ratio", 0.70, 0.58, 0.84, "", ""),
        ],
    ),
    (  # three arms: each arm's size; each arm's count and its percentage against the comparator's; a difference in
        # words with the arms it compares before its interval
        "2,415 patients underwent randomization: 806 to the high-dose group, 803 to the low-dose group, and 806 to "
        "the placebo group. The primary outcome occurred in 98 patients (12.2%) in the high-dose group, 117 (14.6%) "
        "in the low-dose group, and 151 (18.7%) in the placebo group. Systolic pressure was lower by 6.3 mm Hg in "
        "the high-dose group than in the placebo group (95% CI, 4.1 to 8.5).",
        [
            ("", "enrollment", "overall", "count", 2415.0, None, None, "", ""),
            ("", "enrollment", "overall", "count", 806.0, None, None, "high-dose", ""),
            ("", "enrollment", "overall", "count", 803.0, None, None, "low-dose", ""),
            ("", "enrollment", "overall", "count", 806.0, None, None, "placebo", ""),
            ("", "The primary outcome", "overall", "count", "98", "151", "high-dose", "placebo"),
            ("", "The primary outcome", "overall", "count", "117", "151", "low-dose", "placebo"),
            ("", "The primary outcome", "overall", "percent", "12.2", "18.7", "high-dose", "placebo"),
            ("", "The primary outcome", "overall", "percent", "14.6", "18.7", "low-dose", "placebo"),
            ("", "Systolic pressure", "overall", "mean_difference", -6.3, -8.5, -4.1, "high-dose", "placebo"),
        ],
    ),
    (  # categories of an exposure, each with its estimate, then what they had: the categories are subgroups, what
        # they had the outcome (then referred back to); not across another clause's estimate
        "Compared with nonusers, daily users (aOR, 2.41; 95% CI, 1.88-3.09), weekly users (aOR, 1.62; 95% CI, "
        "1.29-2.03), and occasional users (aOR, 1.18; 95% CI, 0.97-1.44) had higher odds of wheezing. The "
        "association was attenuated after adjustment for smoking (aOR, 1.71; 95% CI, 1.35-2.16). Mortality was "
        "higher (HR 1.3, 95% CI 1.1-1.6) and patients had higher odds of readmission (OR 1.4, 95% CI 1.1-1.8).",
        [
            ("", "wheezing", "daily users", "odds_ratio", 2.41, 1.88, 3.09, "", ""),
            ("", "wheezing", "weekly users", "odds_ratio", 1.62, 1.29, 2.03, "", ""),
            ("", "wheezing", "occasional users", "odds_ratio", 1.18, 0.97, 1.44, "", ""),
            ("", "wheezing", "overall", "odds_ratio", 1.71, 1.35, 2.16, "", ""),
            ("", "Mortality", "overall", "hazard_ratio", 1.3, 1.1, 1.6, "", ""),
            ("", "readmission", "overall", "odds_ratio", 1.4, 1.1, 1.8, "", ""),
        ],
    ),
    (  # news: the first arm and its size before its count ("Of the 1,500 people who got the pill, 12 ..."), what
        # they did right after it; the first arm's people by what they took ("pill takers")
        "Of the 1,500 people who got the pill, 12 ended up in the hospital, compared with 97 of the 1,480 who got "
        "dummy pills. About 9% of pill takers reported nausea, versus 5% in the placebo group.",
        [
            ("", "enrollment", "overall", "count", 1500.0, None, None, "pill", ""),
            ("", "ended up in the hospital", "overall", "count", "12", "97", "pill", "dummy pills"),
            ("", "nausea", "overall", "percent", "9", "5", "pill", "placebo"),
        ],
    ),
    (  # a threshold "before 37 weeks" is part of the outcome; values with an SD are means; mothers counted of a
        # denominator; arms that are clusters, and a rate per live births
        "The rate of preterm birth before 37 weeks was 11.8% in the progesterone group and 12.2% in the placebo "
        "group. Birth weight was 3120 g (SD 540) in the intervention group and 3085 g (SD 562) in the control group. "
        "Exclusive breastfeeding was reported by 312 of 820 mothers (38.0%) in the counselling arm versus 241 of 815 "
        "(29.5%) in the usual-care arm. The incidence of neonatal sepsis was 4.0 per 1000 live births in the "
        "intervention clusters and 6.2 per 1000 live births in the control clusters.",
        [
            ("", "preterm birth before 37 weeks", "overall", "percent", "11.8", "12.2", "progesterone", "placebo"),
            ("", "Birth weight", "overall", "mean", "3120", "3085", "intervention", "control"),
            ("", "Exclusive breastfeeding", "overall", "count", "312", "241", "counselling", "usual-care"),
            ("", "Exclusive breastfeeding", "overall", "percent", "38.0", "29.5", "counselling", "usual-care"),
            ("", "neonatal sepsis", "overall", "value", "4.0", "6.2", "intervention", "control"),
        ],
    ),
    (  # subgroups by a threshold, the second after "and" before its bracket; both about the outcome referred back
        # to; the first arm is the last one named before its bracket
        "The intervention reduced hospitalization (relative risk, 0.78 [CI, 0.66 to 0.92]). The benefit was "
        "consistent in patients aged ≥75 years (HR 0.82 [0.66-1.01]) and <75 years (HR 0.79 [0.67-0.93]). The "
        "primary end point occurred in fewer patients in the ticagrelor group (9.8%) than in the clopidogrel group "
        "(11.7%).",
        [
            ("", "hospitalization", "overall", "risk_ratio", 0.78, 0.66, 0.92, "", ""),
            ("", "hospitalization", "patients aged ≥75 years", "hazard_ratio", 0.82, 0.66, 1.01, "", ""),
            ("", "hospitalization", "<75 years", "hazard_ratio", 0.79, 0.67, 0.93, "", ""),
            ("", "The primary end point", "overall", "percent", "9.8", "11.7", "ticagrelor", "clopidogrel"),
        ],
    ),
    (  # the arms a ratio compares, named after it
        "The hazard ratio for the primary outcome was 0.63 (95% CI, 0.49 to 0.81) for high dose versus placebo and "
        "0.76 (95% CI, 0.60 to 0.97) for low dose versus placebo. The risk of death was lower (HR 0.80, 95% CI "
        "0.70-0.92) with drug A vs placebo.",
        [
            ("", "the primary outcome", "overall", "hazard_ratio", 0.63, 0.49, 0.81, "high dose", "placebo"),
            ("", "the primary outcome", "overall", "hazard_ratio", 0.76, 0.6, 0.97, "low dose", "placebo"),
            ("", "death", "overall", "hazard_ratio", 0.8, 0.7, 0.92, "drug A", "placebo"),
        ],
    ),
    (  # news: the first arm's people "on the drug", named before what they did ("stopped ...")
        "About 17% of participants on the drug stopped taking it because of side effects, compared with 8% on placebo.",
        [("", "stopped taking it because of side effects", "overall", "percent", "17", "8", "drug", "placebo")],
    ),
    (  # a subgroup named before a list of outcomes is each one's (it is not before another estimate's bracket)
        "Among women aged 35 years or older, the risks of preterm birth (aOR 1.81, 95% CI 1.14-2.88) and low birth "
        "weight (aOR 2.08, 95% CI 1.28-3.38) were higher.",
        [
            ("", "preterm birth", "women aged 35 years or older", "odds_ratio", 1.81, 1.14, 2.88, "", ""),
            ("", "low birth weight", "women aged 35 years or older", "odds_ratio", 2.08, 1.28, 3.38, "", ""),
        ],
    ),
    (  # the statistic and the time point before the outcome are not its name; a common odds ratio's qualifier is
        # the label's; a mean change in a percentage is a mean, not a share of patients
        "The estimated 2-year overall survival was 72.4% (95% CI 68.1-76.3) in the pembrazumab group. The odds of "
        "a good functional outcome were higher with thrombectomy (common OR 2.1; 95% CI 1.4-3.0). The mean change "
        "from baseline in HbA1c was -1.3% with semaglitide and -0.5% with placebo.",
        [
            ("", "overall survival", "overall", "percent", 72.4, 68.1, 76.3, "pembrazumab", ""),
            ("", "a good functional outcome", "overall", "odds_ratio", 2.1, 1.4, 3.0, "", ""),
            ("", "The mean change from baseline in HbA1c", "overall", "mean", "-1.3", "-0.5", "semaglitide", "placebo"),
        ],
    ),
    (  # Lancet's counts of a denominator in each group, who "had died", and the ratio of their deaths
        "By day 28, 87 (14.5%) of 601 patients in the zorvimab group and 119 (19.7%) of 603 in the standard care "
        "group had died (hazard ratio [HR] 0.71 [95% CI 0.54-0.94]; p=0.016).",
        [
            ("", "death", "overall", "count", "87", "119", "zorvimab", "standard care"),
            ("", "death", "overall", "percent", "14.5", "19.7", "zorvimab", "standard care"),
            ("", "death", "overall", "hazard_ratio", 0.71, 0.54, 0.94, "", ""),
        ],
    ),
    (  # an absolute risk reduction is a risk difference below zero
        "The absolute risk reduction for stroke was 3.2 percentage points (95% CI, 1.1 to 5.3).",
        [("", "stroke", "overall", "risk_difference", -3.2, -5.3, -1.1, "", "")],
    ),
    (  # patients assigned to each arm; a rate in a unit of measurement is a value unless called a mean
        "We assigned 402 to drug C and 398 to placebo. The eGFR slope was -1.1 ml/min/1.73 m2 per year with "
        "drug C and -2.6 ml/min/1.73 m2 per year with placebo.",
        [
            ("", "enrollment", "overall", "count", "402", "398", "drug C", "placebo"),
            ("", "The eGFR slope", "overall", "value", "-1.1", "-2.6", "drug C", "placebo"),
        ],
    ),
    (  # a subgroup named with an adjective before "subgroup of"; an event rate after a clause, ", versus"
        "In the prespecified subgroup of patients with cirrhosis, bleeding occurred in 9.0% vs 14.2%. Over two "
        "years, 5.1% of participants on drug D had a fracture, versus 7.7% of those on placebo.",
        [
            ("", "bleeding", "patients with cirrhosis", "percent", "9.0", "14.2", "", ""),
            ("", "fracture", "overall", "percent", "5.1", "7.7", "drug D", "placebo"),
        ],
    ),
    (  # Lancet style: a sentence that starts with a number, counts in the bracket, middle-dot decimals
        "Patients were assigned (410 to cavotib and 405 to placebo). 90-day mortality was 10·2% (41 of 402) in "
        "the cavotib group and 14·9% (59 of 396) in the placebo group (HR 0·66 [95% CI 0·45–0·97]; p=0·034).",
        [
            ("", "enrollment", "overall", "count", "410", "405", "cavotib", "placebo"),
            ("", "mortality", "overall", "count", "41", "59", "cavotib", "placebo"),
            ("", "mortality", "overall", "percent", "10.2", "14.9", "cavotib", "placebo"),
            ("", "mortality", "overall", "hazard_ratio", 0.66, 0.45, 0.97, "", ""),
        ],
    ),
    (  # JAMA style: percent signs on the bounds, a P "for noninferiority", counts over denominators
        "Infection occurred in 9.8% vs 12.0% (difference, -2.2% [95% CI, -4.0% to -0.4%]; P = .02). The "
        "difference in relapse was 1.1 percentage points (97.5% CI, -2.0 to 4.2; P = .003 for noninferiority). "
        "Nausea was reported in 17/301 (5.6%) vs 9/298 (3.0%) patients.",
        [
            ("", "Infection", "overall", "percent", "9.8", "12.0", "", ""),
            ("", "Infection", "overall", "risk_difference", -2.2, -4.0, -0.4, "", ""),
            ("", "relapse", "overall", "risk_difference", 1.1, -2.0, 4.2, "", ""),
            ("", "Nausea", "overall", "count", "17", "9", "", ""),
            ("", "Nausea", "overall", "percent", "5.6", "3.0", "", ""),
        ],
    ),
    (  # ratios listed with their outcomes after them; "per 10-year increase" is not a time point, nor
        # what a ratio is about
        "Hazard ratios were 0.77 (0.66-0.90) for heart failure and 0.85 (0.72-1.00) for stroke. The odds ratio "
        "per 10-year increase in age was 1.09 (1.02-1.17).",
        [
            ("", "heart failure", "overall", "hazard_ratio", 0.77, 0.66, 0.9, "", ""),
            ("", "stroke", "overall", "hazard_ratio", 0.85, 0.72, 1.0, "", ""),
            ("", "unspecified", "overall", "odds_ratio", 1.09, 1.02, 1.17, "", ""),
        ],
    ),
    (  # a list under a heading: each item is a sentence; what a closed bracket holds is not the outcome
        "Key results\n• Primary endpoint: HR 0.84 (95% CI 0.72–0.98), p = 0.03\n"
        "• Mortality at 90 days: 7.7% (drug) vs 9.9% (placebo); RR 0.78 (0.62–0.98)\n• Nausea: 33 (11%) vs 21 (7%)\n",
        [
            ("", "Primary endpoint", "overall", "hazard_ratio", 0.84, 0.72, 0.98, "", ""),
            ("", "Mortality at 90 days", "overall", "percent", "7.7", "9.9", "drug", "placebo"),
            ("", "Mortality at 90 days", "overall", "risk_ratio", 0.78, 0.62, 0.98, "", ""),
            ("", "Nausea", "overall", "count", "33", "21", "drug", "placebo"),
            ("", "Nausea", "overall", "percent", "11", "7", "drug", "placebo"),
        ],
    ),
    (  # a change "from ... to ..." with the words between the verb and "from" as the outcome
        "Treatment lowered readmissions from 18.4% to 12.1%.",
        [("", "readmissions", "overall", "percent", "12.1", "18.4", "after", "before")],
    ),
    (  # a PDF page: headings without a blank line after them, a wrapped sentence, means with SDs
        "RESULTS\nPatients\nIn all, 804 patients underwent randomization; 402 were assigned to the loxa group and 402 "
        "to the placebo group (Fig. 1).\nEfficacy\nThe primary end point occurred in 41 patients (10.2%) in the loxa\n"
        "group and in 66 patients (16.4%) in the placebo group. At 90 days, the mean (±SD) score was 2.2±1.3 in the "
        "loxa group and 2.7±1.4 in the placebo group (adjusted mean difference, −0.5; 95% CI, −0.7 to −0.3).",
        [
            ("", "enrollment", "overall", "count", 804.0, None, None, "", ""),
            ("", "enrollment", "overall", "count", "402", "402", "loxa", "placebo"),
            ("", "The primary end point", "overall", "count", "41", "66", "loxa", "placebo"),
            ("", "The primary end point", "overall", "percent", "10.2", "16.4", "loxa", "placebo"),
            ("", "score", "overall", "mean", "2.2", "2.7", "loxa", "placebo"),
            ("", "score", "overall", "mean_difference", -0.5, -0.7, -0.3, "", ""),
        ],
    ),
    (  # news: a trial named after a comma, "the risk of X", events "occurred in", a difference "slower by" a unit
        "Drug F cuts kidney failure, KIDNEY-7 trial shows\nThe injection lowered the risk of kidney failure by 21% "
        "(hazard ratio 0.79, 95% CI 0.68-0.92). Kidney events occurred in 301 participants in the drug group and "
        "377 in the placebo group. Annual eGFR decline was slower by 1.02 mL/min/1.73 m2 (95% CI 0.71-1.33).",
        [
            ("KIDNEY-7", "kidney failure", "overall", "hazard_ratio", 0.79, 0.68, 0.92, "", ""),
            ("KIDNEY-7", "Kidney events", "overall", "count", "301", "377", "drug", "placebo"),
            ("KIDNEY-7", "Annual eGFR decline", "overall", "mean_difference", 1.02, 0.71, 1.33, "", ""),
        ],
    ),
    (  # subgroups by sex; a ratio with its bounds after a comma; "and of X"
        "Use was associated with a lower risk of dementia (adjusted HR 0.83; 95% CI 0.72-0.96) and of stroke (aHR "
        "0.76, 0.62-0.93). The association was stronger in women (HR 0.71, 95% CI 0.56-0.90) than in men (HR 0.92, "
        "95% CI 0.76-1.11; P for interaction = 0.02).",
        [
            ("", "dementia", "overall", "hazard_ratio", 0.83, 0.72, 0.96, "", ""),
            ("", "stroke", "overall", "hazard_ratio", 0.76, 0.62, 0.93, "", ""),
            ("", "unspecified", "women", "hazard_ratio", 0.71, 0.56, 0.90, "", ""),
            ("", "unspecified", "men", "hazard_ratio", 0.92, 0.76, 1.11, "", ""),
        ],
    ),
    (  # percentages "of patients receiving X"; arms named after each value around "as compared with"
        "Remission occurred in 41.3% of patients receiving drug G and 27.9% of those receiving placebo (P<0.001). "
        "The median time to recovery was 9 days with drug H as compared with 13 days with placebo. At week 24, "
        "58% of patients in the drug group had a response, as compared with 31% in the placebo group.",
        [
            ("", "Remission", "overall", "percent", "41.3", "27.9", "drug G", "placebo"),
            ("", "time to recovery", "overall", "median", "9", "13", "drug H", "placebo"),
            ("", "response", "overall", "percent", "58", "31", "drug", "placebo"),
        ],
    ),
    (  # two subgroups and two ratios, "respectively"
        "Results were consistent in patients with prior stroke and in patients without prior stroke "
        "(HR 0.81 [0.66-0.99] and 0.78 [0.65-0.94], respectively).",
        [
            ("", "unspecified", "patients with prior stroke", "hazard_ratio", 0.81, 0.66, 0.99, "", ""),
            ("", "unspecified", "patients without prior stroke", "hazard_ratio", 0.78, 0.65, 0.94, "", ""),
        ],
    ),
    (  # the counts behind each percentage after its arm, as NEJM abstracts write them
        "Hospitalization or death through day 28 occurred in 1.1% of the patients in the drug V group (9 of 812 "
        "patients) and in 5.9% of those in the placebo group (48 of 809 patients).",
        [
            ("", "Hospitalization or death through day 28", "overall", "count", "9", "48", "drug V", "placebo"),
            ("", "Hospitalization or death through day 28", "overall", "percent", "1.1", "5.9", "drug V", "placebo"),
        ],
    ),
    (  # news: the trial "called" by its name; what the people of each arm "had"
        "In the study, called PRISM, 5.2% of patients who received the drug had a stroke over a median of 2.5 "
        "years, compared with 6.8% of those given a placebo.",
        [("PRISM", "stroke", "overall", "percent", "5.2", "6.8", "drug", "placebo")],
    ),
    (  # a GRADE summary-of-findings table: the ratio labelled in its cell, each arm's risk per 1000,
        # a difference whose signs are words
        "Outcome | Risk with usual care | Risk with drug W | Relative effect (95% CI) | Participants (studies)\n"
        "Stroke | 52 per 1000 | 40 per 1000 (31 to 51) | RR 0.77 (0.60 to 0.98) | 3120 (6 RCTs)\n"
        "Pain (0-10) | The mean pain was 5.1 | MD 1.2 lower (1.9 lower to 0.5 lower) | - | 410 (3 RCTs)\n",
        [
            ("", "Stroke", "overall", "value", 40.0, 31.0, 51.0, "drug W", ""),
            ("", "Stroke", "overall", "value", 52.0, None, None, "usual care", ""),
            ("", "Stroke", "overall", "risk_ratio", 0.77, 0.60, 0.98, "", ""),
            ("", "Pain (0-10)", "overall", "mean_difference", -1.2, -1.9, -0.5, "", ""),
        ],
    ),
    (  # a difference in a table: its label from the column's header, its outcome from the row, its P
        "Outcome | Drug E (n = 300) | Placebo (n = 298) | Risk difference (95% CI) | P value\n"
        "Remission, No. (%) | 120 (40.0) | 90 (30.2) | 9.8 (2.1 to 17.5) | .01\n",
        [
            ("", "enrollment", "overall", "count", 300.0, None, None, "Drug E", ""),
            ("", "enrollment", "overall", "count", 298.0, None, None, "Placebo", ""),
            ("", "Remission", "overall", "count", "120", "90", "Drug E", "Placebo"),
            ("", "Remission", "overall", "percent", "40.0", "30.2", "Drug E", "Placebo"),
            ("", "Remission", "overall", "risk_difference", 9.8, 2.1, 17.5, "", ""),
        ],
    ),
    (  # an absolute difference per 1000 with its signs in words, from fewer to more
        "Death: 12 fewer per 1000 (from 30 fewer to 9 more).",
        [("", "Death", "overall", "risk_difference", -12.0, -30.0, 9.0, "", "")],
    ),
    (  # "mean (SD)" and "median (IQR)" spreads printed between a value and its unit; a change within each
        # arm ("decreased by ... in the X group and by ...") is an arm value, not a difference
        "At week 8, the mean (SD) systolic blood pressure decreased by 12.4 (10.2) mm Hg in the drug Y group and "
        "by 6.1 (9.8) mm Hg in the placebo group (difference, -6.3 mm Hg [95% CI, -8.0 to -4.6]). The median "
        "time to control was 18 (IQR, 12-30) days with drug Y versus 29 (IQR, 20-44) days with placebo.",
        [
            ("", "systolic blood pressure", "overall", "mean", "12.4", "6.1", "drug Y", "placebo"),
            ("", "systolic blood pressure", "overall", "mean_difference", -6.3, -8.0, -4.6, "", ""),
            ("", "time to control", "overall", "median", "18", "29", "drug Y", "placebo"),
        ],
    ),
    (  # a vaccine's efficacies in a list, each against what it names after it, and in subgroups with
        # the value and its interval in one bracket; cases of a disease are events
        "A total of 9 cases of influenza occurred in the vaccine group. Vaccine efficacy was 88.0% (95% CI, "
        "70.1 to 95.2) against hospitalization and 61.5% (95% CI, 48.0 to 71.3) against any illness. Efficacy "
        "was similar among participants 65 to 74 years of age (60.2%; 95% CI, 41.0 to 73.1).",
        [
            ("", "influenza", "overall", "count", 9.0, None, None, "", ""),
            ("", "hospitalization", "overall", "vaccine_efficacy", 88.0, 70.1, 95.2, "", ""),
            ("", "any illness", "overall", "vaccine_efficacy", 61.5, 48.0, 71.3, "", ""),
            ("", "Efficacy", "participants 65 to 74 years of age", "vaccine_efficacy", 60.2, 41.0, 73.1, "", ""),
        ],
    ),
    (  # Lancet: the trial a title names holds across the text's headings; "n (%) of N"; unitless
        # counts of two arms each named; two percentages after "occurred in"; arms "assigned to"
        "Drug Z versus placebo in gout (GOUT-9): a randomised, double-blind trial\n\nSummary\nFindings The "
        "primary outcome occurred in 120 (20·1%) of 597 patients in the drug Z group and 160 (26·8%) of 598 in "
        "the placebo group. The total number of flares was 310 in the drug Z group and 402 in the placebo "
        "group. Death occurred in 2·1% and 2·5% (hazard ratio 0·84 [0·45-1·57]). Rash occurred in 6·2% of "
        "patients assigned to drug Z versus 3·1% assigned to placebo.",
        [
            ("GOUT-9", "The primary outcome", "overall", "count", "120", "160", "drug Z", "placebo"),
            ("GOUT-9", "The primary outcome", "overall", "percent", "20.1", "26.8", "drug Z", "placebo"),
            ("GOUT-9", "The total number of flares", "overall", "count", "310", "402", "drug Z", "placebo"),
            ("GOUT-9", "Death", "overall", "percent", "2.1", "2.5", "drug Z", "placebo"),
            ("GOUT-9", "Death", "overall", "hazard_ratio", 0.84, 0.45, 1.57, "", ""),
            ("GOUT-9", "Rash", "overall", "percent", "6.2", "3.1", "drug Z", "placebo"),
        ],
    ),
    (  # three arms, each value with its arm after it: each arm against the comparator
        "The mean change in HbA1c was -1.8% with drug K 5 mg, -2.2% with drug K 10 mg, and -0.4% with placebo.",
        [
            ("", "The mean change in HbA1c", "overall", "mean", "-1.8", "-0.4", "drug K 5 mg", "placebo"),
            ("", "The mean change in HbA1c", "overall", "mean", "-2.2", "-0.4", "drug K 10 mg", "placebo"),
        ],
    ),
    (  # arms named before their values in a bracket, with or without a colon; the comparator first
        "Nausea was reported more often (placebo: 8.0%; drug M 1 mg: 21.5%; drug M 2 mg: 30.2%). "
        "Rash was rare (drug M 1 mg 1.1%, placebo 0.9%).",
        [
            ("", "Nausea", "overall", "percent", "21.5", "8.0", "drug M 1 mg", "placebo"),
            ("", "Nausea", "overall", "percent", "30.2", "8.0", "drug M 2 mg", "placebo"),
            ("", "Rash", "overall", "percent", "1.1", "0.9", "drug M 1 mg", "placebo"),
        ],
    ),
    (  # values in a list whose names are groups of people, not arms: a value per subgroup
        "Adherence was 61% in women, 58% in men and 40% in adolescents.",
        [
            ("", "Adherence", "women", "percent", 61.0, None, None, "", ""),
            ("", "Adherence", "men", "percent", 58.0, None, None, "", ""),
            ("", "Adherence", "adolescents", "percent", 40.0, None, None, "", ""),
        ],
    ),
    (  # treatments with no comparator among them: a value per treatment, none compared with another
        "The probability of remission was 64% for drug S, 51% for drug T, and 47% for drug U.",
        [
            ("", "The probability of remission", "overall", "percent", 64.0, None, None, "drug S", ""),
            ("", "The probability of remission", "overall", "percent", 51.0, None, None, "drug T", ""),
            ("", "The probability of remission", "overall", "percent", 47.0, None, None, "drug U", ""),
        ],
    ),
    (  # a difference whose label the first estimate of the list carries
        "The treatment difference versus placebo was -6.1 percentage points (95% CI -8.0 to -4.2) for the low "
        "dose and -9.4 percentage points (-11.3 to -7.5) for the high dose.",
        [
            ("", "unspecified", "overall", "risk_difference", -6.1, -8.0, -4.2, "", ""),
            ("", "unspecified", "overall", "risk_difference", -9.4, -11.3, -7.5, "", ""),
        ],
    ),
    (  # the subject of the sentence is the outcome; a threshold is part of its name; the comparator is not
        "Weight loss of 10% or more occurred in 41.0% in the drug N group and in 12.4% in the placebo group. "
        "Heart rate rose by a mean of 3.0 bpm with drug N versus 0.3 bpm with placebo. Fewer patients had "
        "the composite of stroke, myocardial infarction, or death compared with placebo (HR 0.80, 95% CI "
        "0.70-0.93).",
        [
            ("", "Weight loss of 10% or more", "overall", "percent", "41.0", "12.4", "drug N", "placebo"),
            ("", "Heart rate", "overall", "mean", "3.0", "0.3", "drug N", "placebo"),
            (
                "",
                "composite of stroke, myocardial infarction, or death",
                "overall",
                "hazard_ratio",
                0.80,
                0.70,
                0.93,
                "",
                "",
            ),
        ],
    ),
    (  # "times more likely" in a text that names one kind of ratio: that ratio, about what follows
        "Odds ratios (ORs) of relapse were estimated by logistic regression. Smokers were 2.4 (95% CI 1.5-3.8) "
        "times more likely to have a relapse than non-smokers.",
        [("", "relapse", "overall", "odds_ratio", 2.4, 1.5, 3.8, "", "")],
    ),
    (  # a meta-analysis abstract: the object of what the treatment changed, the subject of what did not
        # differ, an elliptic "as was", a label's object before a colon, a win ratio, a difference in words
        "Varnolide reduced monthly headache days (MD -2.0 days, 95% CI -2.7 to -1.3; I2 = 38%). Withdrawal "
        "due to adverse events did not differ (RR 1.20; 95% CI, 0.87 to 1.65). Dizziness was more common with "
        "varnolide (OR 2.34 [95% CI 1.47, 3.71]), as was dry mouth (OR 1.57, 95% CI 1.08-2.28). Weighted mean "
        "difference in rescue medication days: -1.3 days (-1.8 to -0.8). The win ratio for the hierarchical "
        "composite was 1.20 (95% CI, 1.01-1.43). Restricted mean survival time at 12 months differed by 0.2 "
        "months (95% CI -0.0 to 0.6).",
        [
            ("", "monthly headache days", "overall", "mean_difference", -2.0, -2.7, -1.3, "", ""),
            ("", "Withdrawal due to adverse events", "overall", "risk_ratio", 1.20, 0.87, 1.65, "", ""),
            ("", "Dizziness", "overall", "odds_ratio", 2.34, 1.47, 3.71, "", ""),
            ("", "dry mouth", "overall", "odds_ratio", 1.57, 1.08, 2.28, "", ""),
            ("", "rescue medication days", "overall", "mean_difference", -1.3, -1.8, -0.8, "", ""),
            ("", "the hierarchical composite", "overall", "win_ratio", 1.20, 1.01, 1.43, "", ""),
            ("", "Restricted mean survival time at 12 months", "overall", "mean_difference", 0.2, -0.0, 0.6, "", ""),
        ],
    ),
    (  # counts in words with a percentage printed as a bound ("(<1%)": the counts only); unitless values
        # with their arms after them; a difference after means with their SDs is about the means' outcome
        "Deaths occurred in four (1%) patients in the A group and two (<1%) patients in the B group. The change "
        "in symptom score was -14.2 with short-course treatment and -12.8 with standard treatment. The mean (SD) "
        "length of stay was 5.2 (3.1) days vs 6.0 (3.8) days (mean difference, -0.8 days; 95% CI, -1.2 to -0.4).",
        [
            ("", "Deaths", "overall", "count", "four", "two", "A", "B"),
            (
                "",
                "The change in symptom score",
                "overall",
                "value",
                "-14.2",
                "-12.8",
                "short-course treatment",
                "standard treatment",
            ),
            ("", "length of stay", "overall", "mean", "5.2", "6.0", "short-course treatment", "standard treatment"),
            ("", "length of stay", "overall", "mean_difference", -0.8, -1.2, -0.4, "", ""),
        ],
    ),
    (  # a one-sided interval: its infinite bound is missing, as printed; the margin is explained
        "The primary outcome occurred in 7.4% and 7.9% of participants (absolute difference, -0.5 percentage "
        "points [1-sided 97.5% CI, -∞ to 2.1]), meeting the noninferiority margin of 4 percentage points.",
        [
            ("", "The primary outcome", "overall", "percent", "7.4", "7.9", "", ""),
            ("", "The primary outcome", "overall", "risk_difference", -0.5, None, 2.1, "", ""),
        ],
    ),
    (  # a number needed to treat as news writes it, and what it prevents
        "The number of people who would need to be treated for two years to prevent one fracture was 38.",
        [("", "fracture", "overall", "number_needed_to_treat", 38.0, None, None, "", "")],
    ),
    (  # "X% of patients in the A group versus Y% in the B group"; a change in each arm ("and by"), its
        # difference with an interval after a comma; a clause that names no outcome before its ratio
        "Fractures occurred in 3.2% of patients in the A group versus 7.9% in the B group. Bone density "
        "increased by 9.4% with drug A and by 0.9% with placebo (difference 8.5 percentage points, 7.9-9.1). "
        "Each additional year of exposure was associated with a 3% higher risk (HR 1.03; 95% CI: 1.01-1.05).",
        [
            ("", "Fractures", "overall", "percent", "3.2", "7.9", "A", "B"),
            ("", "Bone density", "overall", "percent", "9.4", "0.9", "drug A", "placebo"),
            ("", "Bone density", "overall", "risk_difference", 8.5, 7.9, 9.1, "", ""),
            ("", "unspecified", "overall", "hazard_ratio", 1.03, 1.01, 1.05, "", ""),
        ],
    ),
    (  # a later estimate of a list that names its own outcome; a reference group in a bracket is an aside
        "The HR for wrist fracture (non-users as the reference) was 0.94 (95% CI 0.88 to 1.00) and for "
        "spine fracture was 1.12 (95% CI 1.05 to 1.20).",
        [
            ("", "wrist fracture", "overall", "hazard_ratio", 0.94, 0.88, 1.00, "", ""),
            ("", "spine fracture", "overall", "hazard_ratio", 1.12, 1.05, 1.20, "", ""),
        ],
    ),
    (  # a list of ratios whose label names the outcome: the words after each are its category
        "Compared with day work, the adjusted HRs (95% CIs) for gout were 1.11 (0.98, 1.25) for rotating "
        "shifts and 1.44 (1.20, 1.73) for night shifts (P for trend < 0.001).",
        [
            ("", "gout", "rotating shifts", "hazard_ratio", 1.11, 0.98, 1.25, "", ""),
            ("", "gout", "night shifts", "hazard_ratio", 1.44, 1.2, 1.73, "", ""),
        ],
    ),
    (  # news: a comparison does not reach back into the sentence before; what the people of an arm lost
        "The trial enrolled adults and cut events by 20 per cent in a trial of 9,000 adults. Over three years, "
        "6.5 per cent of those on the jab had an event, against 8 per cent on a placebo. People on the jab lost "
        "an average of 9.4 per cent of their body weight, compared with 0.9 per cent on the placebo.",
        [
            ("", "enrollment", "overall", "count", 9000.0, None, None, "", ""),
            ("", "event", "overall", "percent", "6.5", "8", "jab", "placebo"),
            ("", "body weight lost", "overall", "percent", "9.4", "0.9", "jab", "placebo"),
        ],
    ),
    (  # rates per person-time are values in their unit, not counts of events; two percentages alone in
        # their bracket; what the people of an arm were "twice as likely ... to have"; a share "of patients with"
        "The rate of flares was 0.78 per patient-year in the A group and 1.21 per patient-year in the B group. "
        "Infection occurred at 2.1 vs. 2.4 events per 100 patient-years. Patients in the A group were twice as "
        "likely as those in the B group to have a response (odds ratio, 2.03; 95% CI, 1.51 to 2.74). The "
        "percentage of patients with a serious adverse event was similar in the two groups (7.1% and 8.8%).",
        [
            ("", "flares", "overall", "value", "0.78", "1.21", "A", "B"),
            ("", "Infection", "overall", "value", "2.1", "2.4", "A", "B"),
            ("", "response", "overall", "odds_ratio", 2.03, 1.51, 2.74, "", ""),
            ("", "serious adverse event", "overall", "percent", "7.1", "8.8", "", ""),
        ],
    ),
    (  # what a factor "independently predicted"; a label with the exposure's increment ("OR per 10 percent
        # decrease") is not what, nor is the "OR" label a conjunction; "both X and Y"; "among women but not
        # among men" names where; what "positive associations with" names
        "Frailty independently predicted readmission (adjusted HR 1.60; 95% CI 1.20-2.17). Both delta score "
        "(OR per point decrease 1.25; 95% CI 1.17-1.34) and percent change score (OR per 10 percent decrease "
        "1.15; 95% CI 1.10-1.20) were associated with recovery. Drug use was associated with lower mortality "
        "(HR 0.76; 95% CI, 0.70-0.85) among women but not among men (HR 0.95; 95% CI, 0.83-1.10). Positive "
        "associations with stroke were seen for apoB (HR per 1 SD, 1.17; 95% confidence interval, 1.10 to "
        "1.25).",
        [
            ("", "readmission", "overall", "hazard_ratio", 1.60, 1.2, 2.17, "", ""),
            ("", "delta score", "overall", "odds_ratio", 1.25, 1.17, 1.34, "", ""),
            ("", "percent change score", "overall", "odds_ratio", 1.15, 1.10, 1.20, "", ""),
            ("", "mortality", "women", "hazard_ratio", 0.76, 0.7, 0.85, "", ""),
            ("", "mortality", "men", "hazard_ratio", 0.95, 0.83, 1.1, "", ""),
            ("", "stroke", "overall", "hazard_ratio", 1.17, 1.10, 1.25, "", ""),
        ],
    ),
    (  # the arms compared after what a ratio is about are not part of it; "This represented" names nothing
        "The hazard ratio for the primary outcome in the A group, as compared with the B group, was 0.80 "
        "(95% CI, 0.71 to 0.91; P<0.001). This represented an absolute difference of 2.1 percentage points "
        "(95% CI, 0.9 to 3.3).",
        [
            ("", "the primary outcome", "overall", "hazard_ratio", 0.8, 0.71, 0.91, "A", "B"),
            ("", "unspecified", "overall", "risk_difference", 2.1, 0.9, 3.3, "", ""),
        ],
    ),
    (  # a unit of measurement with a number in it, "m²" printed as a superscript
        "The mean eGFR slope was -1.8 mL/min/1.73 m² per year with vorapril and -3.2 mL/min/1.73 m² per year "
        "with placebo (difference 1.4 mL/min/1.73 m² per year, 95% CI 0.9–1.9).",
        [
            ("", "The mean eGFR slope", "overall", "mean", "-1.8", "-3.2", "vorapril", "placebo"),
            ("", "The mean eGFR slope", "overall", "mean_difference", 1.4, 0.9, 1.9, "", ""),
        ],
    ),
    (  # a ratio of geometric means, the arms it compares set off by commas
        "At 6 months, the geometric mean ratio of proteinuria, vorapril versus placebo, was 0.64 (95% CI 0.58–0.71).",
        [("", "proteinuria", "overall", "ratio_of_means", 0.64, 0.58, 0.71, "vorapril", "placebo")],
    ),
    (  # the people counted between the arms' values and the ratio are not what the ratio is about
        "Hyperkalaemia was reported in 44 (2.9%) versus 21 (1.4%) participants (relative risk 2.07, 1.24–3.46).",
        [
            ("", "Hyperkalaemia", "overall", "count", "44", "21", "", ""),
            ("", "Hyperkalaemia", "overall", "percent", "2.9", "1.4", "", ""),
            ("", "Hyperkalaemia", "overall", "risk_ratio", 2.07, 1.24, 3.46, "", ""),
        ],
    ),
    (  # each arm's mean change with its standard error; a "placebo-adjusted difference" is about the same
        "The mean change in diastolic blood pressure was -9.1 mm Hg (SE 0.8) with tenzolan 20 mg and -2.6 mm Hg "
        "(SE 0.9) with placebo (placebo-adjusted difference -6.5 mm Hg, 95% CI -8.9 to -4.1; p<0.0001).",
        [
            (
                "",
                "The mean change in diastolic blood pressure",
                "overall",
                "mean",
                "-9.1",
                "-2.6",
                "tenzolan 20 mg",
                "placebo",
            ),
            ("", "The mean change in diastolic blood pressure", "overall", "mean_difference", -6.5, -8.9, -4.1, "", ""),
        ],
    ),
    (  # a threshold is part of what was counted
        "The proportion of patients with a diastolic blood pressure below 80 mm Hg was 41.5% with tenzolan and "
        "22.0% with placebo (odds ratio 2.52, 95% CI 1.70 to 3.74).",
        [
            (
                "",
                "diastolic blood pressure below 80 mm Hg",
                "overall",
                "percent",
                "41.5",
                "22.0",
                "tenzolan",
                "placebo",
            ),
            ("", "diastolic blood pressure below 80 mm Hg", "overall", "odds_ratio", 2.52, 1.7, 3.74, "", ""),
        ],
    ),
    (  # cases with their rates per person-time; "1 case and 11 cases"; an efficacy's lower bound below zero
        "Vaccine efficacy was assessed over one season. Influenza was confirmed in 9 participants in the vaccine "
        "group (1.4 per 1000 participant-years) and in 52 participants in the placebo group (8.1 per 1000 "
        "participant-years). Efficacy against hospitalization was 91.0% (95% CI, 60.2 to 99.0), with 1 case and "
        "11 cases, respectively. Among participants 85 years or older, efficacy was 100% (95% CI, -95.3 to 100).",
        [
            ("", "Influenza", "overall", "count", "9", "52", "vaccine", "placebo"),
            ("", "Influenza", "overall", "value", "1.4", "8.1", "vaccine", "placebo"),
            ("", "hospitalization", "overall", "vaccine_efficacy", 91.0, 60.2, 99.0, "", ""),
            ("", "hospitalization", "overall", "count", "1", "11", "vaccine", "placebo"),
            ("", "unspecified", "participants 85 years or older", "vaccine_efficacy", 100.0, -95.3, 100.0, "", ""),
        ],
    ),
    (  # news: "of those who got a placebo"; what they underwent in the passive; "No deaths ... versus three"
        "In the study, 1.2% of those who took the drug early were hospitalized, compared with 5.6% of those who got "
        "a placebo. No deaths were reported in the treatment group, versus three in the placebo group.",
        [
            ("", "hospitalized", "overall", "percent", "1.2", "5.6", "drug early", "placebo"),
            ("", "death", "overall", "count", "No", "three", "treatment", "placebo"),
        ],
    ),
    (  # JCO's "v" between the arms' values; "mo" for months
        "Median progression-free survival was 8.3 v 5.9 months (HR, 0.68; 95% CI, 0.55 to 0.84; P < .001). "
        "Median overall survival was 15.1 v 12.0 mo (HR 0.81 [95% CI 0.67–0.97]).",
        [
            ("", "progression-free survival", "overall", "median", "8.3", "5.9", "", ""),
            ("", "progression-free survival", "overall", "hazard_ratio", 0.68, 0.55, 0.84, "", ""),
            ("", "overall survival", "overall", "median", "15.1", "12.0", "", ""),
            ("", "overall survival", "overall", "hazard_ratio", 0.81, 0.67, 0.97, "", ""),
        ],
    ),
    (  # the people randomized, named with their participle
        "Of 652 randomly assigned patients, 327 received the study drug.",
        [("", "enrollment", "overall", "count", 652.0, None, None, "", "")],
    ),
    (  # an elliptic clause ("past users did not") is about what the clause before names
        "Compared with never users, current users had a higher risk of hip fracture (adjusted HR 1.31 [95% CI "
        "1.12–1.53]), whereas past users did not (adjusted HR 1.02 [95% CI 0.88–1.18]).",
        [
            ("", "hip fracture", "overall", "hazard_ratio", 1.31, 1.12, 1.53, "", ""),
            ("", "hip fracture", "overall", "hazard_ratio", 1.02, 0.88, 1.18, "", ""),
        ],
    ),
    (  # a sensitivity "of" something is the sensitivity, not that something
        "Sensitivity of the index was 88% (95% CI 81-93).",
        [("", "Sensitivity of the index", "overall", "percent", 88.0, 81.0, 93.0, "", "")],
    ),
    (  # news: "Of the N people who got X, n had Y, compared with m of the M who got Z" (the Ns are the arms')
        "Of the 1,200 people who got the drug, 41 had a stroke over three years, compared with 66 of the 1,190 "
        "who got a placebo.",
        [("", "stroke", "overall", "count", "41", "66", "drug", "placebo")],
    ),
    (  # what the people of the first arm did, after it, is the outcome, not part of the arm
        "About 6 percent of those taking the drug stopped because of nausea, versus 2 percent on placebo.",
        [("", "stopped because of nausea", "overall", "percent", "6", "2", "drug", "placebo")],
    ),
    (  # what the people of the arms had, after them, is what the values and the ratio are about
        "At 6 months, 38.4% (402/1047) of participants in the intervention group and 31.9% (333/1044) in the "
        "control group had quit smoking (adjusted odds ratio 1.33, 95% confidence interval 1.11 to 1.60; P=0.002).",
        [
            ("", "quit smoking", "overall", "count", "402", "333", "intervention", "control"),
            ("", "quit smoking", "overall", "percent", "38.4", "31.9", "intervention", "control"),
            ("", "quit smoking", "overall", "odds_ratio", 1.33, 1.11, 1.6, "", ""),
        ],
    ),
    (  # each arm's value with its own interval, the arm named after it with its people
        "The primary end point occurred in 7.7% (95% CI, 6.2 to 9.2) of patients in the lomitant group and 11.3% "
        "(95% CI, 9.5 to 13.1) of those in the placebo group.",
        [
            ("", "The primary end point", "overall", "percent", 7.7, 6.2, 9.2, "lomitant", ""),
            ("", "The primary end point", "overall", "percent", 11.3, 9.5, 13.1, "placebo", ""),
        ],
    ),
    (  # what a comparison was made "with respect to"
        "Lomitant was noninferior to warfarin with respect to major bleeding (difference, -0.6 percentage points; "
        "95% CI, -2.3 to 1.1).",
        [("", "major bleeding", "overall", "risk_difference", -0.6, -2.3, 1.1, "", "")],
    ),
    (  # an interval whose bounds carry the unit too ("... to −0.6 percentage points]")
        "The intervention reduced the 14-day readmission rate (difference, −3.1 percentage points [95% CI, −5.6 to "
        "−0.6 percentage points]).",
        [("", "readmission rate", "overall", "risk_difference", -3.1, -5.6, -0.6, "", "")],
    ),
    (  # people as the subject: what the estimate is about is named after it
        "Drinkers had an odds ratio of 1.9 (95% CI: 1.2, 3.0) for gout.",
        [("", "gout", "overall", "odds_ratio", 1.9, 1.2, 3.0, "", "")],
    ),
    (  # "a lower proportion of patients in the X group had Y": Y
        "A significantly lower proportion of patients in the early group had pneumonia (9% vs. 16%, P=.02).",
        [("", "pneumonia", "overall", "percent", "9", "16", "", "")],
    ),
    (  # the subject before a bracket, its predicate after it; the Lancet's en dash as a minus sign
        "At 90 days, a good outcome (score 0–2) was achieved by 301 (50·2%) of 600 patients in the lomafen group "
        "and 262 (43·9%) of 597 in the placebo group (adjusted risk ratio 1·14, 95% CI 1·02–1·28; p=0·021). Major "
        "bleeding occurred in 19 (3·2%) patients versus 11 (1·8%) patients (adjusted risk difference 1·4%, –0·4 "
        "to 3·2).",
        [
            ("", "a good outcome", "overall", "count", "301", "262", "lomafen", "placebo"),
            ("", "a good outcome", "overall", "percent", "50.2", "43.9", "lomafen", "placebo"),
            ("", "a good outcome", "overall", "risk_ratio", 1.14, 1.02, 1.28, "", ""),
            ("", "Major bleeding", "overall", "count", "19", "11", "lomafen", "placebo"),
            ("", "Major bleeding", "overall", "percent", "3.2", "1.8", "lomafen", "placebo"),
            ("", "Major bleeding", "overall", "risk_difference", 1.4, -0.4, 3.2, "", ""),
        ],
    ),
    (  # cases of what, confirmed in each arm, with their rates
        "Over one season, 9 cases of influenza were confirmed in the vaccine group (1.3 per 1000 participant-years) "
        "and 47 cases in the placebo group (6.9 per 1000 participant-years).",
        [
            ("", "influenza", "overall", "count", "9", "47", "vaccine", "placebo"),
            ("", "influenza", "overall", "value", "1.3", "6.9", "vaccine", "placebo"),
        ],
    ),
    (  # categories before the estimates' labels are their subgroups, not what they are about
        "The benefit was consistent across subgroups, including age (<65 years: HR 0.77, 95% CI 0.61–0.97; ≥65 years: "
        "HR 0.80, 95% CI 0.65–0.98). For women: OR 1.3 (1.0-1.7); for men: OR 1.0 (0.8-1.3).",
        [
            ("", "unspecified", "<65 years", "hazard_ratio", 0.77, 0.61, 0.97, "", ""),
            ("", "unspecified", "≥65 years", "hazard_ratio", 0.80, 0.65, 0.98, "", ""),
            ("", "unspecified", "women", "odds_ratio", 1.3, 1.0, 1.7, "", ""),
            ("", "unspecified", "men", "odds_ratio", 1.0, 0.8, 1.3, "", ""),
        ],
    ),
    (  # "of the X group" names an arm; medians with their quartiles in square brackets, "median" not the outcome
        "Delirium occurred in 14.1% of the early mobilization group vs 21.6% of the usual care group. Among the 8 "
        "secondary outcomes, 3 differed: length of stay (median, 8 [IQR, 6-11] vs 9 [IQR, 7-13] days; P = .01).",
        [
            ("", "Delirium", "overall", "percent", "14.1", "21.6", "early mobilization", "usual care"),
            ("", "length of stay", "overall", "median", "8", "9", "early mobilization", "usual care"),
        ],
    ),
    (  # GRADE's absolute effect in prose, the lower bound's word left out; what the second arm's people had
        "Steroids probably reduce mortality (RR 0.80, 95% CI 0.70 to 0.91), which corresponds to 21 fewer deaths "
        "per 1000 patients (95% CI 8 to 33 fewer). At 12 weeks, 68% of patients receiving 2 mg/kg and 44% of "
        "those receiving placebo had a response.",
        [
            ("", "mortality", "overall", "risk_ratio", 0.8, 0.7, 0.91, "", ""),
            ("", "death", "overall", "risk_difference", -21.0, -33.0, -8.0, "", ""),
            ("", "response", "overall", "percent", "68", "44", "2 mg/kg", "placebo"),
        ],
    ),
    (  # news: counts whose arms are named by "on", what they had between the values
        "Of the 17,604 people in the study, 569 on the drug had one of those events, compared with 701 on placebo.",
        [
            ("", "enrollment", "overall", "count", 17604.0, None, None, "", ""),
            ("", "one of those events", "overall", "count", "569", "701", "drug", "placebo"),
        ],
    ),
    (  # costs: a currency before each arm's value is its unit
        "Yearly inpatient spending was lower with the voucher ($612 vs $771; P = .01).",
        [("", "Yearly inpatient spending", "overall", "value", "612", "771", "voucher", "")],
    ),
    (  # a ratio said as a multiple on the scale named with it
        "The odds of remission were 2.1 times higher (95% CI 1.4-3.2) with the drug. Carriers had a 2.3-fold "
        "higher risk of death (95% CI 1.5-3.4) than non-carriers. The rate of falls was 1.6-fold higher (95% CI "
        "1.2 to 2.1) among users.",
        [
            ("", "remission", "overall", "odds_ratio", 2.1, 1.4, 3.2, "", ""),
            ("", "death", "overall", "risk_ratio", 2.3, 1.5, 3.4, "", ""),
            ("", "falls", "overall", "rate_ratio", 1.6, 1.2, 2.1, "", ""),
        ],
    ),
    (  # text from a PDF: a heading in capitals after a title line, thousands split by a space
        "Effect of Lomivir on Recovery in Adults With Influenza\nRESULTS\nOf 12 480 patients screened, 1 306 "
        "underwent randomization. Recovery by day 28 occurred in 70.2% and 63.9% of patients, respectively.",
        [
            ("", "enrollment", "overall", "count", 1306.0, None, None, "", ""),
            ("", "Recovery by day 28", "overall", "percent", "70.2", "63.9", "", ""),
        ],
    ),
    (  # a median whose interval's upper bound was not reached; the second median after "as compared with"
        "The median progression-free survival was 7.4 months (95% CI, 6.9 to not reached) in the vemolin group, "
        "as compared with 5.6 months (95% CI, 5.2 to 6.1) in the placebo group.",
        [
            ("", "progression-free survival", "overall", "median", 7.4, 6.9, None, "vemolin", ""),
            ("", "progression-free survival", "overall", "median", 5.6, 5.2, 6.1, "placebo", ""),
        ],
    ),
    (  # arms named by their people: "X-treated patients", "X recipients" with or without "of"
        "Nausea was reported in 12% of dorvapine-treated patients and 18% of placebo-treated patients. Relapse "
        "occurred in 9 dorvapine recipients and in 121 placebo recipients. Headache occurred in 31 of 402 "
        "dorvapine recipients (7.7%) and 12 of 398 placebo recipients (3.0%).",
        [
            ("", "Nausea", "overall", "percent", "12", "18", "dorvapine", "placebo"),
            ("", "Relapse", "overall", "count", "9", "121", "dorvapine", "placebo"),
            ("", "Headache", "overall", "count", "31", "12", "dorvapine", "placebo"),
            ("", "Headache", "overall", "percent", "7.7", "3.0", "dorvapine", "placebo"),
        ],
    ),
    (  # the first arm named at the head of the sentence, or by where its events were reported
        "Among dorvapine recipients, 14.2% had dizziness, as compared with 6.1% among placebo recipients. "
        "Among patients receiving dorvapine, 8.0% had fatigue, as compared with 3.5% of those receiving placebo. "
        "No deaths were reported in the dorvapine group, as compared with 9 deaths in the placebo group.",
        [
            ("", "dizziness", "overall", "percent", "14.2", "6.1", "dorvapine", "placebo"),
            ("", "fatigue", "overall", "percent", "8.0", "3.5", "dorvapine", "placebo"),
            ("", "death", "overall", "count", "No", "9", "dorvapine", "placebo"),
        ],
    ),
    (  # a subgroup's threshold is part of its name, not the first value; a duration in what an NNT is for
        "Results were similar in patients with an ejection fraction of less than 60% (hazard ratio, 0.79; 95% CI, "
        "0.67 to 0.93) and in those with an ejection fraction of 60% or more (hazard ratio, 0.84; 95% CI, 0.65 "
        "to 1.08). The number needed to treat to prevent one primary event over 26 months was 22.",
        [
            (
                "",
                "unspecified",
                "patients with an ejection fraction of less than 60%",
                "hazard_ratio",
                0.79,
                0.67,
                0.93,
                "",
                "",
            ),
            (
                "",
                "unspecified",
                "those with an ejection fraction of 60% or more",
                "hazard_ratio",
                0.84,
                0.65,
                1.08,
                "",
                "",
            ),
            ("", "primary event over 26 months", "overall", "number_needed_to_treat", 22.0, None, None, "", ""),
        ],
    ),
    (  # means with their SD in percentage points; a noninferiority difference with only its upper bound
        "The mean (SD) change in HbA1c at week 26 was -1.4 (0.9) percentage points with semavir vs -1.2 (0.9) "
        "percentage points with standard therapy (difference, -0.2 percentage points; upper boundary of the "
        "one-sided 97.5% CI, 0.1).",
        [
            ("", "change in HbA1c at week 26", "overall", "mean", "-1.4", "-1.2", "semavir", "standard therapy"),
            ("", "change in HbA1c at week 26", "overall", "mean_difference", -0.2, None, 0.1, "", ""),
        ],
    ),
    (  # news: a list of events as the subject; what the people of an arm did, between the values
        "Heart attacks, strokes or heart-related deaths occurred in 6.5% of those on the drug compared with 8% of "
        "those on a placebo. Nearly 17 percent of people taking the drug stopped because of side effects, "
        "compared with 8 percent of those on placebo.",
        [
            ("", "Heart attacks, strokes or heart-related deaths", "overall", "percent", "6.5", "8", "drug", "placebo"),
            ("", "stopped because of side effects", "overall", "percent", "17", "8", "drug", "placebo"),
        ],
    ),
    (  # people who developed the outcome are events, not the study's size; a group after the interval is
        # the subgroup; an association stronger for X is about X; an abbreviation defined after the label
        "During follow-up, 8,412 participants developed dementia. The ORs were 1.9 (1.3-2.7) in men and 1.4 "
        "(1.0-2.0) in women. The association was stronger for Alzheimer disease (relative risk (RR) = 0.74 (95% "
        "confidence interval: 0.65-0.84)). In the competing-risk analysis, the sub-distribution hazard ratio "
        "(SHR) was 0.84, 95% CI 0.77-0.92. Pooled across 12 cohorts, the pooled OR was 1.62, 95% CI: 1.31-2.00.",
        [
            ("", "dementia", "overall", "count", 8412.0, None, None, "", ""),
            ("", "unspecified", "men", "odds_ratio", 1.9, 1.3, 2.7, "", ""),
            ("", "unspecified", "women", "odds_ratio", 1.4, 1.0, 2.0, "", ""),
            ("", "Alzheimer disease", "overall", "risk_ratio", 0.74, 0.65, 0.84, "", ""),
            ("", "unspecified", "overall", "hazard_ratio", 0.84, 0.77, 0.92, "", ""),
            ("", "unspecified", "overall", "odds_ratio", 1.62, 1.31, 2.0, "", ""),
        ],
    ),
    (  # what the people of a "respectively" list did after it is its outcome ("died" is death)
        "Death from cardiovascular causes occurred in 221 patients (9.4%) and 270 patients (11.3%), respectively "
        "(hazard ratio, 0.81; 95% CI, 0.68 to 0.97); 270 patients (11.5%) and 322 patients (13.6%), "
        "respectively, died from any cause (hazard ratio, 0.84; 95% CI, 0.72 to 0.98).",
        [
            ("", "Death from cardiovascular causes", "overall", "count", "221", "270", "", ""),
            ("", "Death from cardiovascular causes", "overall", "percent", "9.4", "11.3", "", ""),
            ("", "Death from cardiovascular causes", "overall", "hazard_ratio", 0.81, 0.68, 0.97, "", ""),
            ("", "death from any cause", "overall", "count", "270", "322", "", ""),
            ("", "death from any cause", "overall", "percent", "11.5", "13.6", "", ""),
            ("", "death from any cause", "overall", "hazard_ratio", 0.84, 0.72, 0.98, "", ""),
        ],
    ),
    (  # yearly rates as percentages; the arms of "in the A group than in the B group" are not the outcome's
        "The trial was stopped early owing to a lower rate of the primary outcome in the intensive-treatment "
        "group than in the standard-treatment group (1.61% per year vs. 2.22% per year; hazard ratio with "
        "intensive treatment, 0.74; 95% confidence interval [CI], 0.63 to 0.88; P<0.001).",
        [
            (
                "",
                "primary outcome",
                "overall",
                "value",
                "1.61",
                "2.22",
                "intensive-treatment",
                "standard-treatment",
            ),
            ("", "primary outcome", "overall", "hazard_ratio", 0.74, 0.63, 0.88, "", ""),
        ],
    ),
    (  # cases of what, with when they began, among each arm's people; an efficacy in words with its interval
        "There were 9 cases of influenza with onset at least 7 days after the second dose among participants "
        "assigned to receive the vaccine and 158 cases among those assigned to placebo; the vaccine was 94.3% "
        "effective in preventing influenza (95% credible interval, 89.1 to 97.3).",
        [
            (
                "",
                "influenza with onset at least 7 days after the second dose",
                "overall",
                "count",
                "9",
                "158",
                "vaccine",
                "placebo",
            ),
            ("", "influenza", "overall", "vaccine_efficacy", 94.3, 89.1, 97.3, "", ""),
        ],
    ),
    (  # the first arm's counts after it and an aside before the comparison; counts "(27 of 380 patients)"
        "Hospitalization or death through day 28 occurred in 0.80% of the patients in the tavoglif group (3 of 376 "
        "patients), with 0 deaths, as compared with 7.10% (27 of 380 patients) in the placebo group.",
        [
            ("", "Hospitalization or death through day 28", "overall", "count", "3", "27", "tavoglif", "placebo"),
            (
                "",
                "Hospitalization or death through day 28",
                "overall",
                "percent",
                "0.80",
                "7.10",
                "tavoglif",
                "placebo",
            ),
        ],
    ),
    (  # the first arm right before its bracket, "... than in the B group (...)"; "The percentage of participants
        # who were X" is about X; a difference after "than in the B group" is about the same
        "The percentage of participants who were hospitalized or died through day 29 was lower in the tavoglif "
        "group (27 of 381 participants [7.1%]) than in the placebo group (52 of 375 [13.9%]) (difference, -6.8 "
        "percentage points; 95% confidence interval [CI], -11.2 to -2.4; P=0.002).",
        [
            ("", "hospitalized or died through day 29", "overall", "count", "27", "52", "tavoglif", "placebo"),
            ("", "hospitalized or died through day 29", "overall", "percent", "7.1", "13.9", "tavoglif", "placebo"),
            ("", "hospitalized or died through day 29", "overall", "risk_difference", -6.8, -11.2, -2.4, "", ""),
        ],
    ),
    (  # three arms: values then their arms in the same order; each arm beside its value, or in a bracket after it
        "Remission occurred in 26.1%, 21.4%, and 6.8% of the patients in the 200-mg, 100-mg, and placebo groups, "
        "respectively. Improvement was 38.5% vs 31.2% vs 14.9% in the 200-mg, 100-mg and placebo groups. The mean "
        "change in the score was -3.9 in the 200-mg group, -3.4 in the 100-mg group, and -1.7 in the placebo "
        "group. Serious adverse events occurred in 4.1% (200 mg), 3.9% (100 mg), and 5.2% (placebo) of patients.",
        [
            ("", "Remission", "overall", "percent", "26.1", "6.8", "200-mg", "placebo"),
            ("", "Remission", "overall", "percent", "21.4", "6.8", "100-mg", "placebo"),
            ("", "Improvement", "overall", "percent", "38.5", "14.9", "200-mg", "placebo"),
            ("", "Improvement", "overall", "percent", "31.2", "14.9", "100-mg", "placebo"),
            ("", "The mean change in the score", "overall", "mean", "-3.9", "-1.7", "200-mg", "placebo"),
            ("", "The mean change in the score", "overall", "mean", "-3.4", "-1.7", "100-mg", "placebo"),
            ("", "Serious adverse events", "overall", "percent", "4.1", "5.2", "200 mg", "placebo"),
            ("", "Serious adverse events", "overall", "percent", "3.9", "5.2", "100 mg", "placebo"),
        ],
    ),
    (  # two outcomes' counts in each of two arms, respectively; counts of "the" denominator in news
        "Hospitalization and cardiovascular death occurred in 120 and 131 patients in the tenapril group and in 165 "
        "and 158 patients in the usual care group, respectively. Three of the 389 patients who got the pill were "
        "hospitalized, compared with 27 of the 385 who got a placebo.",
        [
            ("", "Hospitalization", "overall", "count", "120", "165", "tenapril", "usual care"),
            ("", "cardiovascular death", "overall", "count", "131", "158", "tenapril", "usual care"),
            ("", "hospitalized", "overall", "count", "Three", "27", "pill", "placebo"),
        ],
    ),
    (  # news: the people who got an arm are its size, not the trial's; a number word is no percentage
        "Of the 389 patients who got the pill, three were hospitalized. About 20 percent of people on the pill "
        "reported one, versus 22 percent on placebo.",
        [
            ("", "enrollment", "overall", "count", 389.0, None, None, "pill", ""),
            ("", "unspecified", "overall", "percent", "20", "22", "pill", "placebo"),
        ],
    ),
    (  # Annals: an interval's level left to the methods, its unit repeated in it; a second ratio in the
        # bracket is about the same outcome; "Effects were consistent" in the contrary subgroups refers back
        "The composite outcome occurred in 14.2% of patients receiving dapalenib and 17.0% of those receiving "
        "usual care (absolute risk difference, -2.8 percentage points [CI, -4.9 to -0.7 percentage points]; "
        "hazard ratio, 0.81 [CI, 0.70 to 0.94]). Effects were consistent among patients with chronic kidney "
        "disease (hazard ratio, 0.77 [CI, 0.61 to 0.97]) and without chronic kidney disease (hazard ratio, 0.85 "
        "[CI, 0.70 to 1.03]).",
        [
            ("", "The composite outcome", "overall", "percent", "14.2", "17.0", "dapalenib", "usual care"),
            ("", "The composite outcome", "overall", "risk_difference", -2.8, -4.9, -0.7, "", ""),
            ("", "The composite outcome", "overall", "hazard_ratio", 0.81, 0.7, 0.94, "", ""),
            (
                "",
                "The composite outcome",
                "patients with chronic kidney disease",
                "hazard_ratio",
                0.77,
                0.61,
                0.97,
                "",
                "",
            ),
            (
                "",
                "The composite outcome",
                "patients without chronic kidney disease",
                "hazard_ratio",
                0.85,
                0.7,
                1.03,
                "",
                "",
            ),
        ],
    ),
    (  # Lancet: counts (percentages) of their denominators compared, no arm named; the odds ratio's
        # bracket after them names no arm
        "A complete response was seen in 97 (41.5%) of 234 patients versus 61 (26.3%) of 232 (odds ratio 1.99 "
        "[1.35-2.93]).",
        [
            ("", "A complete response", "overall", "count", "97", "61", "", ""),
            ("", "A complete response", "overall", "percent", "41.5", "26.3", "", ""),
            ("", "A complete response", "overall", "odds_ratio", 1.99, 1.35, 2.93, "", ""),
        ],
    ),
    (  # accuracy: quantities without a unit, with their intervals, the second's named only before it
        "The C statistic of the score was 0.78 (95% CI 0.74-0.82) in the derivation cohort and 0.75 "
        "(0.70-0.80) in the validation cohort.",
        [
            ("", "The C statistic of the score", "overall", "value", 0.78, 0.74, 0.82, "derivation cohort", ""),
            ("", "The C statistic of the score", "overall", "value", 0.75, 0.7, 0.8, "validation cohort", ""),
        ],
    ),
    (  # a cohort: people of another noun, those with an event without their percentage; a category in
        # brackets is part of its clause ("whereas long sleep (>=9 h) was not": elliptic, about hypertension);
        # ratios in square brackets after the groups they are for
        "A total of 6,120 nurses were followed, during which 802 developed hypertension. Compared with 7-8 h of "
        "sleep, short sleep (<6 h) was associated with an increased risk of hypertension [HR (95% CI) = 1.29 "
        "(1.10-1.51)], whereas long sleep (≥9 h) was not [HR (95% CI) = 1.04 (0.82-1.32)]. The association was "
        "stronger in women [OR=1.45, 95%CI(1.12, 1.88)] than in men [OR=1.16, 95%CI(0.95, 1.42)].",
        [
            ("", "enrollment", "overall", "count", 6120.0, None, None, "", ""),
            ("", "hypertension", "overall", "count", 802.0, None, None, "", ""),
            ("", "hypertension", "overall", "hazard_ratio", 1.29, 1.1, 1.51, "", ""),
            ("", "hypertension", "overall", "hazard_ratio", 1.04, 0.82, 1.32, "", ""),
            ("", "hypertension", "women", "odds_ratio", 1.45, 1.12, 1.88, "", ""),
            ("", "hypertension", "men", "odds_ratio", 1.16, 0.95, 1.42, "", ""),
        ],
    ),
    (  # a vaccine trial: the arms' sizes in bare brackets; an efficacy right after the arms' counts is
        # about what they counted
        "In all, 18,402 participants received vaccine (9,198) or placebo (9,204). Nine cases of influenza "
        "occurred in the vaccine group and 52 in the placebo group (vaccine efficacy, 82.7%; 95% CI, 65.0 to "
        "92.4).",
        [
            ("", "enrollment", "overall", "count", 18402.0, None, None, "", ""),
            ("", "enrollment", "overall", "count", "9,198", "9,204", "vaccine", "placebo"),
            ("", "influenza", "overall", "count", "Nine", "52", "vaccine", "placebo"),
            ("", "influenza", "overall", "vaccine_efficacy", 82.7, 65.0, 92.4, "", ""),
        ],
    ),
    (  # news: the people who took each arm, the time after the second arm not part of it; a subject set
        # off from its predicate by an aside; a label's number and a natural frequency are not counts
        "Strokes occurred in 1.4% of those who took the pill and 2.3% of those given placebo over three years. "
        "Major bleeding, a common worry with blood thinners, was about the same in both groups: 2.9% versus "
        "2.7%. Group 2 had larger clots. About 1 in 4 reported a headache.",
        [
            ("", "Strokes", "overall", "percent", "1.4", "2.3", "pill", "placebo"),
            ("", "Major bleeding", "overall", "percent", "2.9", "2.7", "pill", "placebo"),
        ],
    ),
    (  # oncology: "Kaplan-Meier estimates of" is the statistic, not the outcome; the stages before the
        # brackets are subgroups, and "The benefit" refers back; "There was no significant difference in"
        # is not the outcome's name
        "Kaplan-Meier estimates of overall survival at 36 months were 61.0% (95% CI 55.1-66.2) with "
        "velozumab and 52.3% (46.5-57.8) with observation (hazard ratio for death, 0.76; 95% CI, 0.62 to "
        "0.93). The benefit was observed across stages: stage II (HR 0.70, 95% CI 0.50-0.97) and stage III "
        "(HR 0.80, 95% CI 0.62-1.03). There was no significant difference in grade 3 toxicity (12.0% vs 10.8%).",
        [
            ("", "overall survival", "overall", "percent", 61.0, 55.1, 66.2, "velozumab", ""),
            ("", "overall survival", "overall", "percent", 52.3, 46.5, 57.8, "observation", ""),
            ("", "death", "overall", "hazard_ratio", 0.76, 0.62, 0.93, "", ""),
            ("", "death", "stage II", "hazard_ratio", 0.7, 0.5, 0.97, "", ""),
            ("", "death", "stage III", "hazard_ratio", 0.80, 0.62, 1.03, "", ""),
            ("", "grade 3 toxicity", "overall", "percent", "12.0", "10.8", "velozumab", "observation"),
        ],
    ),
    (  # NEJM: "assigned to receive X" names X; a percentage of the patients is of what they were or had
        "A total of 2,204 patients underwent randomization: 1,101 were assigned to receive nadroxin and 1,103 to "
        "receive placebo. Overall, 38.5% of the patients were women, and 7% of patients had a serious adverse event.",
        [
            ("", "enrollment", "overall", "count", 2204.0, None, None, "", ""),
            ("", "enrollment", "overall", "count", "1,101", "1,103", "nadroxin", "placebo"),
            ("", "women", "overall", "percent", 38.5, None, None, "", ""),
            ("", "serious adverse event", "overall", "percent", 7.0, None, None, "", ""),
        ],
    ),
    (  # the Lancet's means with their SD, the second arm's spread unlabelled as the first's was labelled
        "At 12 weeks, the mean reduction in blood pressure was 11·8 mm Hg (SD 9·1) with rimaxolol and "
        "4·6 mm Hg (8·7) with placebo (difference –7·2 mm Hg, 95% CI –8·5 to –5·9; p<0·0001).",
        [
            ("", "the mean reduction in blood pressure", "overall", "mean", "11.8", "4.6", "rimaxolol", "placebo"),
            ("", "the mean reduction in blood pressure", "overall", "mean_difference", -7.2, -8.5, -5.9, "", ""),
        ],
    ),
    (  # risk factors: each item of the list is the exposure its ratio compares, what they were factors for
        # the outcome ("Multivariate logistic regression showed that" is not part of the first)
        "Multivariate logistic regression showed that age (OR=1.04, 95%CI: 1.01-1.07, P=0.004), diabetes "
        "(OR=2.12, 95%CI: 1.33-3.38, P=0.002) and smoking (OR=1.71, 95%CI: 1.05-2.79, P=0.031) were independent "
        "risk factors for postoperative delirium.",
        [
            ("", "postoperative delirium", "overall", "odds_ratio", 1.04, 1.01, 1.07, "age", ""),
            ("", "postoperative delirium", "overall", "odds_ratio", 2.12, 1.33, 3.38, "diabetes", ""),
            ("", "postoperative delirium", "overall", "odds_ratio", 1.71, 1.05, 2.79, "smoking", ""),
        ],
    ),
    (  # news: "Among those who got X," names the first arm, not a subgroup; what the people of an arm "got"
        # is the outcome; "lowered X by an average of 51%" is a mean change of X
        "Among those who got the drug, 5.1% died within 30 days, compared to 7.4% in the placebo group. Only 4 of "
        "1,000 people who got the vaccine got sick, compared with 39 of 1,000 who got a placebo. The drug lowered "
        "LDL cholesterol by an average of 48%, versus 4% for a placebo.",
        [
            ("", "death within 30 days", "overall", "percent", "5.1", "7.4", "drug", "placebo"),
            ("", "got sick", "overall", "count", "4", "39", "vaccine", "placebo"),
            ("", "LDL cholesterol", "overall", "mean", "48", "4", "", "placebo"),
        ],
    ),
    (  # "The number of patients who ..." counts them in each arm, "respectively"
        "The number of patients who reached the target was 64 and 81 in the standard and intensive groups, "
        "respectively.",
        [("", "the target", "overall", "count", "64", "81", "standard", "intensive")],
    ),
    (  # a cohort: events counted, named after their number; "The risk was highest with ..." is about what the
        # sentence before names
        "During 0.8 million person-years, 2,874 hip fractures occurred. Current use was associated with a higher "
        "risk of hip fracture (aHR 1.21; 95% CI 1.11-1.32). The risk was highest with more than 3 years of use "
        "(aHR 1.40; 95% CI 1.20-1.63). Over the same period we recorded 64 major bleedings.",
        [
            ("", "hip fractures", "overall", "count", 2874.0, None, None, "", ""),
            ("", "hip fracture", "overall", "hazard_ratio", 1.21, 1.11, 1.32, "", ""),
            ("", "hip fracture", "overall", "hazard_ratio", 1.40, 1.20, 1.63, "", ""),
            ("", "major bleedings", "overall", "count", 64.0, None, None, "", ""),
        ],
    ),
    (  # what a treatment "resulted in" is not the outcome: what the difference is of follows it
        "Screening resulted in an absolute risk reduction of 9 per 1000 (95% CI 3 to 15) for colorectal cancer death.",
        [("", "colorectal cancer death", "overall", "risk_difference", -9.0, -15.0, -3.0, "", "")],
    ),
    (  # psychiatry: a standardised mean difference without an interval after the difference
        "The mean change in HAM-D score was -11.2 with lurasetine and -8.9 with placebo (difference -2.3, 95% CI "
        "-4.0 to -0.6; standardised mean difference -0.27; P = .008).",
        [
            ("", "The mean change in HAM-D score", "overall", "mean", "-11.2", "-8.9", "lurasetine", "placebo"),
            ("", "The mean change in HAM-D score", "overall", "mean_difference", -2.3, -4.0, -0.6, "", ""),
            (
                "",
                "The mean change in HAM-D score",
                "overall",
                "standardized_mean_difference",
                -0.27,
                None,
                None,
                "",
                "",
            ),
        ],
    ),
    (  # list of ratios, what each is about after it
        "The HRs were 0.91 (0.83-1.00), 0.80 (0.70-0.92) and 0.66 (0.55-0.79) for stroke, myocardial "
        "infarction and cardiovascular death, respectively.",
        [
            ("", "stroke", "overall", "hazard_ratio", 0.91, 0.83, 1.0, "", ""),
            ("", "myocardial infarction", "overall", "hazard_ratio", 0.8, 0.7, 0.92, "", ""),
            ("", "cardiovascular death", "overall", "hazard_ratio", 0.66, 0.55, 0.79, "", ""),
        ],
    ),
    (  # list of ratios, what each is about before it
        "The hazard ratios for stroke, myocardial infarction and death were 1.10 (0.94-1.29), 0.85 (0.75-0.97) "
        "and 0.71 (0.60-0.84), respectively.",
        [
            ("", "stroke", "overall", "hazard_ratio", 1.1, 0.94, 1.29, "", ""),
            ("", "myocardial infarction", "overall", "hazard_ratio", 0.85, 0.75, 0.97, "", ""),
            ("", "death", "overall", "hazard_ratio", 0.71, 0.6, 0.84, "", ""),
        ],
    ),
    (  # ranked categories share their noun
        "Adjusted ORs for hip fracture were 1.05 (0.92-1.20), 1.31 (1.14-1.50) and 1.62 (1.40-1.88) for the "
        "lowest, middle and highest tertiles of sleep duration, respectively.",
        [
            ("", "hip fracture", "lowest tertile of sleep duration", "odds_ratio", 1.05, 0.92, 1.2, "", ""),
            ("", "hip fracture", "middle tertile of sleep duration", "odds_ratio", 1.31, 1.14, 1.5, "", ""),
            ("", "hip fracture", "highest tertile of sleep duration", "odds_ratio", 1.62, 1.4, 1.88, "", ""),
        ],
    ),
    (  # people of a list, the outcome before
        "The risk ratios for relapse were 0.74 (95% CI 0.60-0.91) and 0.93 (95% CI 0.77-1.12) in women and "
        "men, respectively.",
        [
            ("", "relapse", "women", "risk_ratio", 0.74, 0.6, 0.91, "", ""),
            ("", "relapse", "men", "risk_ratio", 0.93, 0.77, 1.12, "", ""),
        ],
    ),
    (  # with and without share their people
        "The HRs for death were 0.69 (0.55-0.86) and 0.97 (0.84-1.12) for patients with and without chronic "
        "kidney disease, respectively.",
        [
            ("", "death", "patients with chronic kidney disease", "hazard_ratio", 0.69, 0.55, 0.86, "", ""),
            ("", "death", "patients without chronic kidney disease", "hazard_ratio", 0.97, 0.84, 1.12, "", ""),
        ],
    ),
    (  # single values of two arms, respectively
        "Two-year event-free survival was 71.4% (95% CI 64.9-77.0) and 65.2% (95% CI 58.3-71.2) for tolvarin "
        "and observation, respectively.",
        [
            ("", "Two-year event-free survival", "overall", "percent", 71.4, 64.9, 77.0, "tolvarin", ""),
            ("", "Two-year event-free survival", "overall", "percent", 65.2, 58.3, 71.2, "observation", ""),
        ],
    ),
    (  # a subgroup without a comma, the next one"s value right after it
        "In women the aHR was 0.77 (95% CI, 0.66-0.90), and in men 0.94 (95% CI, 0.81-1.09).",
        [
            ("", "unspecified", "women", "hazard_ratio", 0.77, 0.66, 0.9, "", ""),
            ("", "unspecified", "men", "hazard_ratio", 0.94, 0.81, 1.09, "", ""),
        ],
    ),
    (  # what was found in a subgroup said as "it was"
        "Among patients with atrial fibrillation, the hazard ratio was 0.71 (95% CI, 0.58 to 0.87), and among "
        "those without atrial fibrillation it was 0.92 (95% CI, 0.80 to 1.06).",
        [
            ("", "unspecified", "patients with atrial fibrillation", "hazard_ratio", 0.71, 0.58, 0.87, "", ""),
            ("", "unspecified", "those without atrial fibrillation", "hazard_ratio", 0.92, 0.8, 1.06, "", ""),
        ],
    ),
    (  # a difference in what it counts
        "Antibiotic use was lower in the zinc group (mean difference -0.4 courses, 95% CI -0.7 to -0.1).",
        [
            ("", "Antibiotic use", "overall", "mean_difference", -0.4, -0.7, -0.1, "", ""),
        ],
    ),
    (  # a rate difference per year
        "The mean difference was 1.3 visits per year (95% CI 0.5 to 2.1).",
        [
            ("", "unspecified", "overall", "mean_difference", 1.3, 0.5, 2.1, "", ""),
        ],
    ),
    (  # a kidney function slope in words
        "The between-group difference in the eGFR slope was 1.4 ml per minute per 1.73 m2 per year (95% CI, "
        "0.6 to 2.2).",
        [
            ("", "the eGFR slope", "overall", "mean_difference", 1.4, 0.6, 2.2, "", ""),
        ],
    ),
    (  # a vaccine"s bare efficacy, with and without its interval, not a planned threshold
        "A single dose of the vaccine was studied. The trial was powered to show an efficacy of at least 50%. "
        "Efficacy against hospitalization was 88.1% (95% CI 74.0 to 95.2). Among participants older than 75 "
        "years, efficacy was 79.6%.",
        [
            ("", "hospitalization", "overall", "vaccine_efficacy", 88.1, 74.0, 95.2, "", ""),
            ("", "unspecified", "participants older than 75 years", "vaccine_efficacy", 79.6, None, None, "", ""),
        ],
    ),
    (  # cases in two arms said with versus
        "Over six months, 12 cases of shingles occurred in the vaccine group versus 95 in the placebo group.",
        [
            ("", "shingles", "overall", "count", "12", "95", "vaccine", "placebo"),
        ],
    ),
    (  # a versus pair that names no arm compares the arms its paragraph named
        "Relapse occurred in 18.2% of the patients in the lixotide group and 27.5% of those in the placebo "
        "group. Nausea was more frequent: 14.0% versus 6.1%.",
        [
            ("", "Relapse", "overall", "percent", "18.2", "27.5", "lixotide", "placebo"),
            ("", "Nausea", "overall", "percent", "14.0", "6.1", "lixotide", "placebo"),
        ],
    ),
    (  # how often, between the arms named before
        "No significant differences were seen between the apixarin and warfarin groups in the frequency of "
        "major bleeding (14 vs. 19 patients, respectively) or stroke (6 vs. 9 patients, respectively).",
        [
            ("", "major bleeding", "overall", "count", "14", "19", "apixarin", "warfarin"),
            ("", "stroke", "overall", "count", "6", "9", "apixarin", "warfarin"),
        ],
    ),
    (  # a registry number in a sentence that names no trial is the one trial"s the text names
        "Remifen for Acute Gout (REGAL-2): a randomised trial\n\nMethods: REGAL-2 enrolled adults with a gout "
        "flare. The trial is registered with ClinicalTrials.gov, NCT05000111.\nResults: Pain at 72 hours was "
        "lower with remifen (mean difference -1.1 points, 95% CI -1.6 to -0.6).",
        [
            ("REGAL-2", "Pain", "overall", "mean_difference", -1.1, -1.6, -0.6, "", ""),
        ],
    ),
    (  # a table row that says its cells are medians and their unit
        "Table 2. Outcomes\n\n| Outcome | Drug (N=300) | Placebo (N=298) |\n|---|---|---|\n| Time to discharge "
        "— median days | 6 | 8 |\n| Readmission — no. (%) | 20 (6.7) | 31 (10.4) |",
        [
            ("", "enrollment", "overall", "count", 300.0, None, None, "Drug", ""),
            ("", "enrollment", "overall", "count", 298.0, None, None, "Placebo", ""),
            ("", "Time to discharge", "overall", "median", "6", "8", "Drug", "Placebo"),
            ("", "Readmission", "overall", "count", "20", "31", "Drug", "Placebo"),
            ("", "Readmission", "overall", "percent", "6.7", "10.4", "Drug", "Placebo"),
        ],
    ),
    (  # a ratio and its bounds after a comma, what else the bracket says after them; no clear effect on what
        "Salt substitution lowered the risk of stroke (RR 0.86, 0.77 to 0.96; 7 trials). There was no clear "
        "effect on all-cause mortality (RR 0.97, 0.89 to 1.06; 11 trials).",
        [
            ("", "stroke", "overall", "risk_ratio", 0.86, 0.77, 0.96, "", ""),
            ("", "all-cause mortality", "overall", "risk_ratio", 0.97, 0.89, 1.06, "", ""),
        ],
    ),
    (  # subgroups of trials" participants, the effect on what
        "The effect on stroke was larger in trials of participants with diabetes (RR 0.74, 0.62 to 0.88) than "
        "in trials of participants without diabetes (RR 0.93, 0.81 to 1.07).",
        [
            ("", "stroke", "participants with diabetes", "risk_ratio", 0.74, 0.62, 0.88, "", ""),
            ("", "stroke", "participants without diabetes", "risk_ratio", 0.93, 0.81, 1.07, "", ""),
        ],
    ),
    (  # a fully adjusted label and a comparator after "than"
        "Statin users had a lower risk of incident dementia than non-users (fully adjusted HR 0.87; 95% CI 0.81-0.93).",
        [
            ("", "incident dementia", "overall", "hazard_ratio", 0.87, 0.81, 0.93, "", ""),
        ],
    ),
    (  # a threshold"s percentage is part of what people achieved
        "At week 52, 64.2% of participants on glucatide achieved weight loss of 10% or more versus 12.9% on placebo.",
        [
            ("", "weight loss of 10% or more", "overall", "percent", "64.2", "12.9", "glucatide", "placebo"),
        ],
    ),
    (  # a change on average is no arm"s
        "Diastolic blood pressure fell by 2.6 mm Hg (95% CI 1.8 to 3.4) on average.",
        [
            ("", "Diastolic blood pressure", "overall", "value", 2.6, 1.8, 3.4, "", ""),
        ],
    ),
    (  # a dateline: a month"s abbreviation ends no sentence, its dash ends a clause
        "BOSTON, Feb. 3 -- Patients taking the drug lost an average of 12.4% of their body weight at 40 weeks, "
        "compared with 1.9% for those on placebo.",
        [
            ("", "body weight lost", "overall", "percent", "12.4", "1.9", "drug", "placebo"),
        ],
    ),
    (  # a tab table"s rows may leave their last cells out; each cell keeps its column"s header
        "Table 2. Subgroup Analyses of the Primary Outcome\n\nSubgroup\tNo. of Patients\tDrug "
        "(N=1200)\tPlacebo (N=1195)\tHazard Ratio (95% CI)\tP for Interaction\nSex\t\t\t\t\t0.52\n  "
        "Male\t1410\t70/706\t95/704\t0.72 (0.53-0.98)\n  Female\t985\t51/494\t60/491\t0.84 (0.58-1.22)",
        [
            ("", "enrollment", "overall", "count", 1200.0, None, None, "Drug", ""),
            ("", "enrollment", "overall", "count", 1195.0, None, None, "Placebo", ""),
            ("", "Primary Outcome", "Sex: Male", "count", "70", "95", "Drug", "Placebo"),
            ("", "Primary Outcome", "Sex: Male", "hazard_ratio", 0.72, 0.53, 0.98, "", ""),
            ("", "Primary Outcome", "Sex: Female", "count", "51", "60", "Drug", "Placebo"),
            ("", "Primary Outcome", "Sex: Female", "hazard_ratio", 0.84, 0.58, 1.22, "", ""),
        ],
    ),
    (  # categories with numbers after each estimate of a list
        "Compared with non-drinkers, the adjusted hazard ratios of gout were 1.05 (0.94-1.17) for <1 "
        "drink/day, 1.21 (1.08-1.36) for 1-2 drinks/day and 1.49 (1.29-1.72) for ≥3 drinks/day (P for trend "
        "<0.001).",
        [
            ("", "gout", "<1 drink/day", "hazard_ratio", 1.05, 0.94, 1.17, "", ""),
            ("", "gout", "1-2 drinks/day", "hazard_ratio", 1.21, 1.08, 1.36, "", ""),
            ("", "gout", "≥3 drinks/day", "hazard_ratio", 1.49, 1.29, 1.72, "", ""),
        ],
    ),
    (  # "the corresponding HR" refers back to what the sentence before was about
        "Each additional hour of sleep was associated with a lower risk of depression (HR 0.91; 95% CI "
        "0.86-0.96). In women, the corresponding HR was 0.88 (0.82-0.95); in men, 0.95 (0.88-1.03).",
        [
            ("", "depression", "overall", "hazard_ratio", 0.91, 0.86, 0.96, "", ""),
            ("", "depression", "women", "hazard_ratio", 0.88, 0.82, 0.95, "", ""),
            ("", "depression", "men", "hazard_ratio", 0.95, 0.88, 1.03, "", ""),
        ],
    ),
    (  # the people of an arm before a ratio's bracket are not its outcome
        "Response occurred in 45/120 (37.4%) patients given drug Q versus 30/118 (25.3%) given placebo (aOR "
        "1.80; 95% confidence interval [CI] 1.03-3.14).",
        [
            ("", "Response", "overall", "count", "45", "30", "drug Q", "placebo"),
            ("", "Response", "overall", "percent", "37.4", "25.3", "drug Q", "placebo"),
            ("", "Response", "overall", "odds_ratio", 1.80, 1.03, 3.14, "", ""),
        ],
    ),
    (  # the comparator's people by their name, what they did after them
        "31% of participants in the yoga group and 19% of controls reported clinically important improvement.",
        [
            ("", "clinically important improvement", "overall", "percent", "31", "19", "yoga", "controls"),
        ],
    ),
    (  # 'without a significant effect on' what; an exposure's increment before the label names nothing
        "Iron reduced the composite of death or hospitalisation (OR 0.73, 95% CI 0.63 to 0.85), without a "
        "significant effect on cardiovascular mortality (OR 0.86, 0.70 to 1.05). Per 1-mg/dL increase in "
        "ferritin, the HR was 1.04 (95% CI, 1.01-1.07).",
        [
            ("", "composite of death or hospitalisation", "overall", "odds_ratio", 0.73, 0.63, 0.85, "", ""),
            ("", "cardiovascular mortality", "overall", "odds_ratio", 0.86, 0.7, 1.05, "", ""),
            ("", "unspecified", "overall", "hazard_ratio", 1.04, 1.01, 1.07, "", ""),
        ],
    ),
    (  # a number spelled out at the start of a sentence
        "Forty-seven patients (9.2%) in the tolvarin group and 68 (13.4%) in the placebo group died. "
        "Sixty-three participants were assigned to the exercise group and 61 to usual care.",
        [
            ("", "death", "overall", "count", "Forty-seven", "68", "tolvarin", "placebo"),
            ("", "death", "overall", "percent", "9.2", "13.4", "tolvarin", "placebo"),
            ("", "enrollment", "overall", "count", "Sixty-three", "61", "exercise", "usual care"),
        ],
    ),
    (  # a ratio in the bracket after a 'vs' pair is not an arm; an arm's people may be infants
        "Death before discharge: 6.1% vs 6.5% (aOR 0.94, 0.60-1.47). Necrotising enterocolitis occurred in "
        "3.4% of infants who received probiotics and 5.9% of those who received placebo.",
        [
            ("", "Death before discharge", "overall", "percent", "6.1", "6.5", "", ""),
            ("", "Death before discharge", "overall", "odds_ratio", 0.94, 0.6, 1.47, "", ""),
            ("", "Necrotising enterocolitis", "overall", "percent", "3.4", "5.9", "probiotics", "placebo"),
        ],
    ),
    (  # means with their SD in square brackets; arms after 'after' their procedure, not after a time
        "Pain scores were lower after laparoscopic repair (mean 3.2 [SD 1.9] vs 4.6 [SD 2.1]). Wound infection "
        "occurred in 9 of 204 patients (4.4%) after laparoscopic repair and in 27 of 206 (13.1%) after open "
        "repair (relative risk 0.34, 95% CI 0.16 to 0.70). The response rate was 25.0% after one cycle and "
        "37.5% after two cycles.",
        [
            ("", "Pain scores", "overall", "mean", "3.2", "4.6", "", ""),
            ("", "Wound infection", "overall", "count", "9", "27", "laparoscopic repair", "open repair"),
            ("", "Wound infection", "overall", "percent", "4.4", "13.1", "laparoscopic repair", "open repair"),
            ("", "Wound infection", "overall", "risk_ratio", 0.34, 0.16, 0.7, "", ""),
        ],
    ),
    (  # each arm's value after its group, compared in words ('lower than that in the control group')
        "The incidence of adverse reactions in the observation group (12.5%) was significantly lower than that "
        "in the control group (25.0%) (P<0.05). After treatment, the VAS score of the study group (2.1±0.6) "
        "was lower than that of the control group (3.4±0.8). The recurrence rate of the observation group was "
        "8.3%, which was lower than 20.0% of the control group.",
        [
            ("", "adverse reactions", "overall", "percent", "12.5", "25.0", "observation", "control"),
            ("", "the VAS score", "overall", "mean", "2.1", "3.4", "study", "control"),
            ("", "The recurrence rate", "overall", "percent", "8.3", "20.0", "observation", "control"),
        ],
    ),
    (  # news: what the people of an arm saw, after them
        "Sixty-one percent of people taking the drug saw their migraine days cut by at least half, versus 29 "
        "percent in the placebo group.",
        [("", "migraine days cut by at least half", "overall", "percent", "Sixty-one", "29", "drug", "placebo")],
    ),
    (  # "results were consistent for X (HR"; a higher risk than a comparator names nothing: the sentence before's
        "SGLT2 inhibitor users had a lower risk of fracture than DPP-4 inhibitor users (HR 0.90, 95% CI 0.83-0.98). "
        "Results were consistent for hip fracture (HR 0.88; 95% CI 0.76-1.02). Canagliflozin users had a higher "
        "risk than empagliflozin users (HR 1.19; 95% CI 1.02-1.39).",
        [
            ("", "fracture", "overall", "hazard_ratio", 0.9, 0.83, 0.98, "", ""),
            ("", "hip fracture", "overall", "hazard_ratio", 0.88, 0.76, 1.02, "", ""),
            ("", "hip fracture", "overall", "hazard_ratio", 1.19, 1.02, 1.39, "", ""),
        ],
    ),
    (  # a number needed to treat in words, the arms it compares before what it prevents
        "The number of patients who would need to be treated with apixadin rather than warfarin to prevent one "
        "primary end-point event was 27.",
        [("", "primary end-point event", "overall", "number_needed_to_treat", 27.0, None, None, "", "")],
    ),
    (  # a case-control study's cases and controls are the two groups compared; the pair's own P after it
        "Diabetes was present in 17.9% of cases and 10.6% of controls (P = 0.02).",
        [("", "Diabetes", "overall", "percent", "17.9", "10.6", "cases", "controls")],
    ),
    (  # a difference whose sign is a word after it and its unit, the arms before its interval
        "Viral RNA at day 7 was 0.6 log10 copies/mL lower with quivorin than with placebo (95% CI 0.3 to 0.9).",
        [("", "Viral RNA at day 7", "overall", "mean_difference", -0.6, -0.9, -0.3, "quivorin", "placebo")],
    ),
    (  # ... its interval unnamed (it holds the estimate), the arms' groups named
        "Hospital stay was 2.4 days shorter in the early group than in the delayed group (1.1 to 3.7).",
        [("", "Hospital stay", "overall", "mean_difference", -2.4, -3.7, -1.1, "early", "delayed")],
    ),
    (  # ... a bound below zero when its interval crosses no difference
        "Fatigue scores were 1.4 points higher with the drug (95% CI -0.2 to 3.0).",
        [("", "Fatigue scores", "overall", "mean_difference", 1.4, -0.2, 3.0, "drug", "")],
    ),
    (  # an unnamed interval that does not hold the value is something else: nothing read
        "Scores were 4.0 points higher with drug A (1.0 to 2.0).",
        [],
    ),
    (  # an analysis of part of the people randomized is a subgroup as written; "the difference was" before the
        # unnamed interval names the difference
        "In the per-protocol population the difference was -1.3 percentage points (-4.6 to 2.0).",
        [("", "unspecified", "per-protocol population", "risk_difference", -1.3, -4.6, 2.0, "", "")],
    ),
    (  # the second subgroup's difference, its label not repeated, with the P for interaction in its bracket;
        # "the difference in X" is about X
        "In patients with diabetes, the difference in weight was -3.4 kg (95% CI, -4.1 to -2.7), and in those "
        "without, -2.2 kg (95% CI, -2.8 to -1.6; P for interaction = 0.04).",
        [
            ("", "weight", "patients with diabetes", "mean_difference", -3.4, -4.1, -2.7, "", ""),
            ("", "weight", "those without", "mean_difference", -2.2, -2.8, -1.6, "", ""),
        ],
    ),
    (  # "Grade 3 or 4" names the events: no count of 4
        "Grade 3 or 4 neutropenia occurred in 22.5% and 6.1% of patients, respectively.",
        [("", "Grade 3 or 4 neutropenia", "overall", "percent", "22.5", "6.1", "", "")],
    ),
    (  # people in whom something occurred are people with it, not the trial's size; the people in whom events
        # just counted were recorded are the study's
        "Grade 3-4 diarrhea occurred in 17 patients. A total of 5,120 falls were recorded in 2,043 patients.",
        [
            ("", "Grade 3-4 diarrhea", "overall", "count", 17.0, None, None, "", ""),
            ("", "falls", "overall", "count", 5120.0, None, None, "", ""),
            ("", "enrollment", "overall", "count", 2043.0, None, None, "", ""),
        ],
    ),
    (  # what happened to the treatment is what was counted
        "Treatment was discontinued because of toxic effects in 38 patients (9.4%) receiving drug K and 9 "
        "patients (2.3%) receiving placebo.",
        [
            (
                "",
                "Treatment was discontinued because of toxic effects",
                "overall",
                "count",
                "38",
                "9",
                "drug K",
                "placebo",
            ),
            (
                "",
                "Treatment was discontinued because of toxic effects",
                "overall",
                "percent",
                "9.4",
                "2.3",
                "drug K",
                "placebo",
            ),
        ],
    ),
    (  # a difference of event rates, in events per person-time; the median of the follow-up is not the values'
        "With a median follow-up of 1.8 years, stroke occurred at a rate of 2.2 per 100 patient-years with drug R "
        "and 3.1 per 100 patient-years with no treatment (incidence rate difference, -0.9 events per 100 "
        "patient-years; 95% CI, -1.6 to -0.2).",
        [
            ("", "stroke", "overall", "value", "2.2", "3.1", "drug R", "no treatment"),
            ("", "stroke", "overall", "risk_difference", -0.9, -1.6, -0.2, "", ""),
        ],
    ),
    (  # a pronoun is no outcome: the one named before it
        "Compared with placebo, drug A reduced the odds of relapse (OR 0.62, 95% CrI 0.50-0.77) and drug B "
        "probably reduced them (OR 0.88, 95% CrI 0.72-1.07).",
        [
            ("", "relapse", "overall", "odds_ratio", 0.62, 0.5, 0.77, "", ""),
            ("", "relapse", "overall", "odds_ratio", 0.88, 0.72, 1.07, "", ""),
        ],
    ),
    (  # a crossover trial's periods are its arms; not "during follow-up"
        "Nausea was reported by 7 of 44 children during the active period and 2 of 44 during placebo. Rash "
        "occurred in 5% during follow-up and 3% during treatment.",
        [("", "Nausea", "overall", "count", "7", "2", "active period", "placebo")],
    ),
    (  # a scale's response threshold is part of the outcome's name
        "At week 24, an EASI 75 response was achieved by 61.2% of patients receiving drug E and 14.0% receiving "
        "placebo.",
        [("", "an EASI 75 response", "overall", "percent", "61.2", "14.0", "drug E", "placebo")],
    ),
    (  # each arm's value with its spread in a bracket, then the difference: what the values are of, not an arm
        "The mean change in pain score was -3.1 (SE, 0.4) for drug P vs -1.7 (SE, 0.4) for placebo (mean "
        "difference, -1.4 [95% CI, -2.5 to -0.3]).",
        [
            ("", "The mean change in pain score", "overall", "mean", "-3.1", "-1.7", "drug P", "placebo"),
            ("", "The mean change in pain score", "overall", "mean_difference", -1.4, -2.5, -0.3, "", ""),
        ],
    ),
    (  # a signed difference against the comparator it names, as key results list it
        "- Symptom score at 24 weeks: +3.6 points vs placebo (95% CI 1.9-5.3)\n"
        "- Body weight: -2.8 kg versus usual care (95% CI -3.5 to -2.1; p<0.001)",
        [
            ("", "Symptom score at 24 weeks", "overall", "mean_difference", 3.6, 1.9, 5.3, "", "placebo"),
            ("", "Body weight", "overall", "mean_difference", -2.8, -3.5, -2.1, "", "usual care"),
        ],
    ),
    (  # a trial named with the words that describe it before its acronym; a subgroup of people counted
        "The five-year ORBIT-OB trial followed 9,870 adults. Among the 806 people over 80, the benefit was similar "
        "(hazard ratio 0.84; 95% confidence interval, 0.57 to 1.24).",
        [
            ("ORBIT-OB", "enrollment", "overall", "count", 9870.0, None, None, "", ""),
            ("ORBIT-OB", "enrollment", "overall", "count", 806.0, None, None, "", ""),
            ("ORBIT-OB", "unspecified", "people over 80", "hazard_ratio", 0.84, 0.57, 1.24, "", ""),
        ],
    ),
    (  # the counts behind each arm's percentage after "n="
        "Ninety-day mortality was 7.9% (n=39/494) in the early arm and 11.5% (n=57/496) in the deferred arm.",
        [
            ("", "Ninety-day mortality", "overall", "count", "39", "57", "early", "deferred"),
            ("", "Ninety-day mortality", "overall", "percent", "7.9", "11.5", "early", "deferred"),
        ],
    ),
    (  # what both arms' people were, after the second arm, and the P of the comparison after it
        "At 3 months, 64 of 120 (53.3%) patients in group A and 47 of 118 (39.8%) in group B were free of "
        "symptoms (P=0.04).",
        [
            ("", "free of symptoms", "overall", "percent", "53.3", "39.8", "group A", "group B"),
            ("", "free of symptoms", "overall", "count", "64", "47", "group A", "group B"),
        ],
    ),
    (  # a difference in a change, its size and unit joined: "a 1.9-point greater improvement in X"
        "Patients in the coaching group had a 1.9-point greater improvement in the anxiety score (95% CI, 0.8-3.0).",
        [("", "improvement in the anxiety score", "overall", "mean_difference", 1.9, 0.8, 3.0, "", "")],
    ),
    (  # two values, then the two groups they belong to in order, "respectively" unsaid
        "The primary outcome occurred in 12.2% and 15.7% of the home and clinic groups (RR 0.78; 95% CI 0.63-0.96).",
        [
            ("", "The primary outcome", "overall", "percent", "12.2", "15.7", "home", "clinic"),
            ("", "The primary outcome", "overall", "risk_ratio", 0.78, 0.63, 0.96, "", ""),
        ],
    ),
    (  # means with their SDs each in a bracket of its own, the comparator named first, as many clinical journals
        # write them
        "Compared with the control group, the observation group had lower pain scores on day 3 [(2.4±0.7) vs "
        "(3.6±0.9) points, t=8.15, P<0.001].",
        [("", "pain scores on day 3", "overall", "mean", "2.4", "3.6", "observation", "control")],
    ),
    (  # a test's accuracy: what it had is what its values are of
        "The assay had a sensitivity of 88.6% (95% CI 83.1-92.8) and a specificity of 92.4% (89.9-94.5).",
        [
            ("", "sensitivity", "overall", "percent", 88.6, 83.1, 92.8, "", ""),
            ("", "a specificity", "overall", "percent", 92.4, 89.9, 94.5, "", ""),
        ],
    ),
    (  # a pooled value's number of studies and heterogeneity inside its bracket
        "The pooled prevalence was 17.8% (95% CI 14.6-21.3; 24 studies; I2 = 88%).",
        [("", "The pooled prevalence", "overall", "percent", 17.8, 14.6, 21.3, "", "")],
    ),
    (  # news: the interval's level in words, what the estimate was adjusted for before it (not its outcome),
        # non-users as the comparator, how long the people were followed after what they did
        "Fracture occurred in 3.4 percent of statin users and 4.3 percent of non-users. After adjustment for age, "
        "sex and kidney function, the hazard ratio was 0.81 (95 percent confidence interval, 0.72 to 0.92). In "
        "the 2,915-patient trial, 3.8 percent of those on drug F were hospitalized for pneumonia during a median "
        "of 1.9 years, compared with 5.6 percent of those on placebo.",
        [
            ("", "Fracture", "overall", "percent", "3.4", "4.3", "statin", "non-users"),
            ("", "unspecified", "overall", "hazard_ratio", 0.81, 0.72, 0.92, "", ""),
            ("", "hospitalized for pneumonia", "overall", "percent", "3.8", "5.6", "drug F", "placebo"),
        ],
    ),
    (  # the comparator's people named by their group; "affected" says what happened to them
        "Headache affected 9 percent of tablet takers and 4 percent of the placebo group.",
        [("", "Headache", "overall", "percent", "9", "4", "tablet", "placebo")],
    ),
    (  # two arms' counts with their denominators and no arm named compare the arms the paragraph named last
        "Nausea occurred in 9.4% with drug L and 3.1% with placebo. Dizziness was reported in 48 of 905 patients "
        "(5.3%) and 21 of 902 (2.3%).",
        [
            ("", "Nausea", "overall", "percent", "9.4", "3.1", "drug L", "placebo"),
            ("", "Dizziness", "overall", "count", "48", "21", "drug L", "placebo"),
            ("", "Dizziness", "overall", "percent", "5.3", "2.3", "drug L", "placebo"),
        ],
    ),
    (  # each arm's value with its interval, what its people were after the arm
        "At 6 months, 64% (95% CI, 58 to 70) of patients in the brace group were free of pain, as compared with "
        "49% (95% CI, 43 to 55) in the exercise group.",
        [
            ("", "free of pain", "overall", "percent", 64.0, 58.0, 70.0, "brace", ""),
            ("", "free of pain", "overall", "percent", 49.0, 43.0, 55.0, "exercise", ""),
        ],
    ),
    (  # a rate with its interval, what it counts per how many of what; a rate's denominator is no one's size
        "The incidence of seizures was 3.4 cases per 100,000 doses (95% CI, 2.2 to 5.0). A total of 27 events "
        "per 1000 patients were seen.",
        [("", "seizures", "overall", "value", 3.4, 2.2, 5.0, "", "")],
    ),
    (  # a ratio said as a multiple of the comparator's
        "Their risk of falling was 1.7 times that of the control group (95% CI 1.3-2.2).",
        [("", "falling", "overall", "risk_ratio", 1.7, 1.3, 2.2, "", "")],
    ),
    (  # an abbreviation defined after its words is not an aside; how long the change ran is part of what
        "The mean change in the Seattle angina frequency score (SAQ-AF) from baseline to week 24 was 11.2 "
        "points with ravotide vs 6.5 points with placebo (difference, 4.7 points [95% CI, 1.9-7.5]).",
        [
            ("", SAQ_CHANGE, "overall", "mean", "11.2", "6.5", "ravotide", "placebo"),
            ("", SAQ_CHANGE, "overall", "mean_difference", 4.7, 1.9, 7.5, "", ""),
        ],
    ),
    (  # two arms' changes "by X vs Y" are their values, not a difference; a test's count is part of its name
        "The 12-minute walk distance increased by 34.0 m vs 8.5 m (difference, 25.5 m [95% CI, 10.2-40.8]).",
        [
            ("", "The 12-minute walk distance", "overall", "value", "34.0", "8.5", "", ""),
            ("", "The 12-minute walk distance", "overall", "mean_difference", 25.5, 10.2, 40.8, "", ""),
        ],
    ),
    (  # changes the one way with one arm and the other way with the other; a "treatment ratio" of means
        "Troponin fell by a geometric mean of 22.4% with ravotide and rose by 5.1% with placebo (treatment ratio, "
        "0.74 [95% CI, 0.66-0.83]).",
        [
            ("", "Troponin", "overall", "percent", "22.4", "5.1", "ravotide", "placebo"),
            ("", "Troponin", "overall", "ratio_of_means", 0.74, 0.66, 0.83, "", ""),
        ],
    ),
    (  # an aside between the subject and its verb is part of the subject
        "Angina episodes (first and repeat) were less frequent with ravotide (rate ratio, 0.61 [95% CI, 0.48-0.77]).",
        [("", "Angina episodes", "overall", "rate_ratio", 0.61, 0.48, 0.77, "", "")],
    ),
    (  # a number needed to treat in words, for how long, with its interval; what it prevents
        "The number of patients who would need to be treated with ravotide for 1.5 years to prevent one "
        "hospitalization was 31 (95% CI, 19 to 88).",
        [("", "hospitalization", "overall", "number_needed_to_treat", 31.0, 19.0, 88.0, "", "")],
    ),
    (  # two values with their intervals, one after the other, of the arms the paragraph named last
        "Median overall survival was 19.2 months in the ravotide group and 15.0 months in the docetaxel group "
        "(HR 0.77, 95% CI 0.63-0.94). Median progression-free survival was 6.1 months (5.2-7.0) versus 4.4 "
        "months (3.9-5.1; HR 0.70, 0.58-0.85).",
        [
            ("", "overall survival", "overall", "median", "19.2", "15.0", "ravotide", "docetaxel"),
            ("", "overall survival", "overall", "hazard_ratio", 0.77, 0.63, 0.94, "", ""),
            ("", "progression-free survival", "overall", "median", 6.1, 5.2, 7.0, "ravotide", ""),
            ("", "progression-free survival", "overall", "median", 4.4, 3.9, 5.1, "docetaxel", ""),
            ("", "progression-free survival", "overall", "hazard_ratio", 0.7, 0.58, 0.85, "", ""),
        ],
    ),
    (  # the abbreviations of an estimated treatment difference and ratio
        "Fasting glucose: ETD -1.4 mmol/L (95% CI -1.9 to -0.9). Insulin dose: ETR 0.82 (95% CI 0.75-0.90).",
        [
            ("", "Fasting glucose", "overall", "mean_difference", -1.4, -1.9, -0.9, "", ""),
            ("", "Insulin dose", "overall", "ratio_of_means", 0.82, 0.75, 0.9, "", ""),
        ],
    ),
    (  # a viral load's difference in log10 copies
        "The viral load at day 7 was lower with pemivir (difference, -0.52 log10 copies per milliliter; 95% CI, "
        "-0.66 to -0.38).",
        [("", "The viral load at day 7", "overall", "mean_difference", -0.52, -0.66, -0.38, "", "")],
    ),
    (  # a second outcome's pair after "respectively", its verb left out; the arms the paragraph named
        "Cough resolved in 61 of 300 patients in the pemivir group and 48 of 298 in the placebo group. Headache was "
        "reported in 11.3% and 10.9% of the patients, respectively, and diarrhea in 4.2% and 1.1%.",
        [
            ("", "Cough resolved", "overall", "count", "61", "48", "pemivir", "placebo"),
            ("", "Headache", "overall", "percent", "11.3", "10.9", "pemivir", "placebo"),
            ("", "diarrhea", "overall", "percent", "4.2", "1.1", "pemivir", "placebo"),
        ],
    ),
    (  # news's events among each arm's people, their numbers after the counts
        "There were 9 cases among the roughly 15,200 people who got the shot in the first winter, versus 52 among "
        "the 15,150 who got placebo.",
        [("", "cases", "overall", "count", "9", "52", "shot", "placebo")],
    ),
    (  # a time before the list of events that is the sentence's subject is not part of it
        "Through day 60, stroke or death from any cause occurred in 2.1% of patients in the X group and in 3.0% in "
        "the Y group.",
        [("", "stroke or death from any cause", "overall", "percent", "2.1", "3.0", "X", "Y")],
    ),
    (  # a change from one time to another names no arms for the pair after it
        "Relapse occurred in 12 of 150 patients in the X group and 20 of 148 patients in the Y group. Home pressure "
        "fell from 151.2 to 141.6 mm Hg. Control was reached by 27.3% versus 11.2%.",
        [
            ("", "Relapse", "overall", "count", "12", "20", "X", "Y"),
            ("", "Home pressure", "overall", "value", "141.6", "151.2", "after", "before"),
            ("", "Control", "overall", "percent", "27.3", "11.2", "X", "Y"),
        ],
    ),
    (  # a plural label before a list; the first estimate's unit is the list's; a bare "difference" before one
        "Estimated treatment differences versus drug S were -0.18 percentage points (95% CI -0.30 to -0.06), -0.41 "
        "(-0.53 to -0.29) and -0.47 (-0.59 to -0.35). The difference was -2.1 kg (95% CI -2.9 to -1.3) for 5 mg and "
        "-3.4 kg (-4.2 to -2.6) for 10 mg.",
        [
            ("", "unspecified", "overall", "risk_difference", -0.18, -0.3, -0.06, "", ""),
            ("", "unspecified", "overall", "risk_difference", -0.41, -0.53, -0.29, "", ""),
            ("", "unspecified", "overall", "risk_difference", -0.47, -0.59, -0.35, "", ""),
            ("", "unspecified", "overall", "mean_difference", -2.1, -2.9, -1.3, "", ""),
            ("", "unspecified", "overall", "mean_difference", -3.4, -4.2, -2.6, "", ""),
        ],
    ),
    (  # each arm named right before its size
        "We randomly assigned 1204 participants to lirotide 2 mg (n=301), 4 mg (n=302), or 8 mg (n=300), or to "
        "placebo (n=301).",
        [
            ("", "enrollment", "overall", "count", 1204.0, None, None, "", ""),
            ("", "enrollment", "overall", "count", 301.0, None, None, "lirotide 2 mg", ""),
            ("", "enrollment", "overall", "count", 302.0, None, None, "4 mg", ""),
            ("", "enrollment", "overall", "count", 300.0, None, None, "8 mg", ""),
            ("", "enrollment", "overall", "count", 301.0, None, None, "placebo", ""),
        ],
    ),
    (  # blood pressures, systolic over diastolic: a row of each; a fall is below zero
        "Clinic blood pressure decreased by 9.8/4.7 mm Hg with the device and 3.3/1.2 mm Hg with sham.",
        [
            ("", "Clinic blood pressure (systolic)", "overall", "value", "9.8", "3.3", "device", "sham"),
            ("", "Clinic blood pressure (diastolic)", "overall", "value", "4.7", "1.2", "device", "sham"),
        ],
    ),
    (  # three doses' values, "respectively", against the comparator's: a row for each dose
        "At week 26, mean changes in HbA1c were -1.62, -1.85 and -2.04 percentage points with lirotide 2, 4 and 8 "
        "mg, respectively, versus -0.31 percentage points with placebo.",
        [
            ("", "mean changes in HbA1c", "overall", "mean", "-1.62", "-0.31", "lirotide 2 mg", "placebo"),
            ("", "mean changes in HbA1c", "overall", "mean", "-1.85", "-0.31", "lirotide 4 mg", "placebo"),
            ("", "mean changes in HbA1c", "overall", "mean", "-2.04", "-0.31", "lirotide 8 mg", "placebo"),
        ],
    ),
    (  # a list of categories after a colon, each item's estimate after a comma: the item is its subgroup
        "By subgroup, hazard ratios were: heart failure, 0.64 (0.50–0.82); no heart failure, 0.71 (0.58–0.87); "
        "age 75 or older, 0.69 (0.52–0.91).",
        [
            ("", "unspecified", "heart failure", "hazard_ratio", 0.64, 0.5, 0.82, "", ""),
            ("", "unspecified", "no heart failure", "hazard_ratio", 0.71, 0.58, 0.87, "", ""),
            ("", "unspecified", "age 75 or older", "hazard_ratio", 0.69, 0.52, 0.91, "", ""),
        ],
    ),
    (  # a number needed to treat as news writes it, either way round
        "For every 54 patients treated for two years, one hospitalization was prevented. One death was averted "
        "for every 120 people who took the drug.",
        [
            ("", "hospitalization", "overall", "number_needed_to_treat", 54.0, None, None, "", ""),
            ("", "death", "overall", "number_needed_to_treat", 120.0, None, None, "", ""),
        ],
    ),
    (  # a ratio of means with the arms it divides in brackets; a value with its CI in a unit, signed
        "The geometric mean concentration ratio (vaccine/placebo) was 9.4 (95% CI 7.7–11.5). Walk distance: "
        "+12.6 m (95% CI 3.9–21.3).",
        [
            ("", "unspecified", "overall", "ratio_of_means", 9.4, 7.7, 11.5, "", ""),
            ("", "Walk distance", "overall", "value", 12.6, 3.9, 21.3, "", ""),
        ],
    ),
    (  # two values with their intervals, each with its arm, name the arms of the pairs after them
        "Seroconversion rates were 91.2% (95% CI 87.0–94.4) in the vaccine group and 6.1% (3.4–9.9) in the placebo "
        "group. Local reactions occurred in 74.5% vs 12.0% of participants.",
        [
            ("", "Seroconversion", "overall", "percent", 91.2, 87.0, 94.4, "vaccine", ""),
            ("", "Seroconversion", "overall", "percent", 6.1, 3.4, 9.9, "placebo", ""),
            ("", "Local reactions", "overall", "percent", "74.5", "12.0", "vaccine", "placebo"),
        ],
    ),
    (  # where an estimate was found is not what it is about; a list of categories, "respectively", is the
        # rows' subgroups, not their outcome
        "In fully adjusted models, the HR per 10 units of noise was 1.06 (95% CI 1.02-1.10). Compared with the lowest "
        "tertile, the HRs for the middle and highest tertiles were 1.04 (0.99-1.09) and 1.15 (1.09-1.21), "
        "respectively.",
        [
            ("", "unspecified", "overall", "hazard_ratio", 1.06, 1.02, 1.1, "", ""),
            ("", "unspecified", "middle tertile", "hazard_ratio", 1.04, 0.99, 1.09, "", ""),
            ("", "unspecified", "highest tertile", "hazard_ratio", 1.15, 1.09, 1.21, "", ""),
        ],
    ),
    (  # news's counts of people who were something or got sick, each arm named by what its people got
        "Among infants who got the antibody, 14 were admitted to hospital with the virus, compared with 71 among "
        "those who got a placebo. Among people who got the shot, 9 got sick, compared with 44 among those who got "
        "a placebo.",
        [
            ("", "admitted to hospital with the virus", "overall", "count", "14", "71", "antibody", "placebo"),
            ("", "got sick", "overall", "count", "9", "44", "shot", "placebo"),
        ],
    ),
    (  # how long is not what; a clause after "though" is about the outcome before it
        "Across three seasons the rate was 12.4% (95% CI, 10.1 to 15.0). Vaccine efficacy against hospitalization "
        "was 88.0%, though with only two cases in the vaccine group and 16 in the placebo group, the estimate is "
        "uncertain.",
        [
            ("", "unspecified", "overall", "percent", 12.4, 10.1, 15.0, "", ""),
            ("", "hospitalization", "overall", "vaccine_efficacy", 88.0, None, None, "", ""),
            ("", "hospitalization", "overall", "count", "two", "16", "vaccine", "placebo"),
        ],
    ),
    (  # a paragraph that names no arms compares those its text named before it, when it named one pair
        "Primary Outcome\nThe primary outcome occurred in 212 patients (27.0%) in the ravotide group and in 260 "
        "patients (33.1%) in the placebo group (hazard ratio, 0.79; 95% CI, 0.66 to 0.95).\n\nSecondary Outcomes\n"
        "Death occurred in 88 patients (11.2%) and 97 patients (12.4%), respectively.",
        [
            ("", "The primary outcome", "overall", "count", "212", "260", "ravotide", "placebo"),
            ("", "The primary outcome", "overall", "percent", "27.0", "33.1", "ravotide", "placebo"),
            ("", "The primary outcome", "overall", "hazard_ratio", 0.79, 0.66, 0.95, "", ""),
            ("", "Death", "overall", "count", "88", "97", "ravotide", "placebo"),
            ("", "Death", "overall", "percent", "11.2", "12.4", "ravotide", "placebo"),
        ],
    ),
    (  # the BMJ's "v" after the first arm's people; "but not at 12 months" says when, not what
        "Relapse occurred in 31/405 (7.7%) participants in the intervention group v 52/401 (13.0%) in the control "
        "group (relative risk 0.59, 95% confidence interval 0.39 to 0.90). Fatigue scores were lower at 8 weeks "
        "(mean difference -1.1, 95% confidence interval -1.6 to -0.6) but not at 12 months (-0.3, -0.8 to 0.2).",
        [
            ("", "Relapse", "overall", "count", "31", "52", "intervention", "control"),
            ("", "Relapse", "overall", "percent", "7.7", "13.0", "intervention", "control"),
            ("", "Relapse", "overall", "risk_ratio", 0.59, 0.39, 0.9, "", ""),
            ("", "Fatigue scores", "overall", "mean_difference", -1.1, -1.6, -0.6, "", ""),
            ("", "Fatigue scores", "overall", "mean_difference", -0.3, -0.8, 0.2, "", ""),
        ],
    ),
    (  # two groups of people, the subject and after "than", are the values' groups; what they had, the outcome
        "Obese patients had higher 30-day readmission than nonobese patients (18.4% vs 11.9%; adjusted HR 1.52, 95% "
        "CI 1.31-1.77). Former smokers had a higher rate of recurrence than never smokers (27% vs 15%).",
        [
            ("", "readmission", "overall", "percent", "18.4", "11.9", "Obese patients", "nonobese patients"),
            ("", "readmission", "overall", "hazard_ratio", 1.52, 1.31, 1.77, "", ""),
            ("", "recurrence", "overall", "percent", "27", "15", "Former smokers", "never smokers"),
        ],
    ),
    (  # a statistic without a unit, its interval unnamed in its sentence, once the paragraph has named one
        "The sensitivity was 91.0% (95% CI 86.2-94.5). The area under the ROC curve was 0.948 (0.931-0.965), "
        "compared with 0.917 (0.896-0.938) for the older score.",
        [
            ("", "The sensitivity", "overall", "percent", 91.0, 86.2, 94.5, "", ""),
            ("", "The area under the ROC curve", "overall", "value", 0.948, 0.931, 0.965, "", ""),
            ("", "The area under the ROC curve", "overall", "value", 0.917, 0.896, 0.938, "older score", ""),
        ],
    ),
    (  # a conference abstract: "pts", each arm named before its size (two arms: the pairs' arms), a sentence
        # that starts in lower case after a value
        "Results: 318 pts were randomized (ravotide n=160, docetaxel n=158). mPFS was 7.2 vs 4.6 mo (HR 0.66; 95% "
        "CI 0.51-0.85). ORR was 33.1% vs 13.9%. mOS was 13.0 vs 11.4 mo (HR 0.90; 95% CI 0.69-1.17).",
        [
            ("", "enrollment", "overall", "count", 318.0, None, None, "", ""),
            ("", "enrollment", "overall", "count", 160.0, None, None, "ravotide", ""),
            ("", "enrollment", "overall", "count", 158.0, None, None, "docetaxel", ""),
            ("", "mPFS", "overall", "median", "7.2", "4.6", "ravotide", "docetaxel"),
            ("", "mPFS", "overall", "hazard_ratio", 0.66, 0.51, 0.85, "", ""),
            ("", "ORR", "overall", "percent", "33.1", "13.9", "ravotide", "docetaxel"),
            ("", "mOS", "overall", "median", "13.0", "11.4", "ravotide", "docetaxel"),
            ("", "mOS", "overall", "hazard_ratio", 0.9, 0.69, 1.17, "", ""),
        ],
    ),
    (  # a trial's name set off by commas after "trial"; each arm's people counted before it
        "In the second trial, KNEE-2, venous thromboembolism occurred in 5% of 388 patients on ravotide and in 19% "
        "of 391 patients on enoxaparin.",
        [("KNEE-2", "venous thromboembolism", "overall", "percent", "5", "19", "ravotide", "enoxaparin")],
    ),
    (  # each group's value after its verb, the second group's "that"; a value said to differ from the other's or
        # not; a singular rate is part of what was measured
        "The total effective rate of the study group (91.67%) was higher than that of the control group (73.33%) "
        "(P<0.05). The LVEF of the study group was (51.24±4.36)% and that of the control group was (46.08±5.02)% "
        "(P<0.05). The incidence of complications in the study group (5.00%) was not significantly different from "
        "that in the control group (8.33%) (P>0.05).",
        [
            ("", "The total effective rate", "overall", "percent", "91.67", "73.33", "study", "control"),
            ("", "The LVEF", "overall", "percent", "51.24", "46.08", "study", "control"),
            ("", "complications", "overall", "percent", "5.00", "8.33", "study", "control"),
        ],
    ),
    (  # news: what both arms' people had, after the comparison set off by commas; the first arm's people who
        # died, "against" the second's
        "About 14 percent of patients on the pill, compared with 21 percent on placebo, had a heart attack. In all, "
        "37 people in the pill group died, against 58 in the placebo group.",
        [
            ("", "heart attack", "overall", "percent", "14", "21", "pill", "placebo"),
            ("", "death", "overall", "count", "37", "58", "pill", "placebo"),
        ],
    ),
    (  # two values said to be alike, of the arms the paragraph named; two arms' values each at a time point
        "Bleeding occurred in 2.9% of those on ravotide and 7.4% of those on apixaban. Stroke rates were similar, "
        "at 1.3% and 1.2%.",
        [
            ("", "Bleeding", "overall", "percent", "2.9", "7.4", "ravotide", "apixaban"),
            ("", "Stroke", "overall", "percent", "1.3", "1.2", "ravotide", "apixaban"),
        ],
    ),
    (  # a median not reached in one arm against a time in the other: no value, its text as printed; its arms
        # name the pairs after it; a sentence that starts with a lower-case abbreviation is its own clause
        "Median overall survival was not reached with ravotide versus 21.3 months with docetaxel. The response "
        "rate was 44.0% versus 27.5%. Death occurred in 14 patients in the A group and 22 in the B group. mPFS was "
        "9.1 mo vs NR.",
        [
            ("", "overall survival", "overall", "median", "not reached", "21.3", "ravotide", "docetaxel"),
            ("", "The response rate", "overall", "percent", "44.0", "27.5", "ravotide", "docetaxel"),
            ("", "Death", "overall", "count", "14", "22", "A", "B"),
            ("", "mPFS", "overall", "median", "9.1", "NR", "A", "B"),
        ],
    ),
    (  # a subgroup named by a range, its upper end no value
        "In those with a score of 10% to 39%, the hazard ratio was 0.81 (95% CI 0.66–0.99).",
        [("", "unspecified", "those with a score of 10% to 39%", "hazard_ratio", 0.81, 0.66, 0.99, "", "")],
    ),
    (  # what a result favoured an arm on; what favoured it
        "At one year, the change in scores favoured drug Q for physical role (6.1 vs 3.2; p = 0.01). "
        "Overall survival favoured the combination (hazard ratio 0.79, 95% CI 0.66-0.95).",
        [
            ("", "physical role", "overall", "value", "6.1", "3.2", "", ""),
            ("", "Overall survival", "overall", "hazard_ratio", 0.79, 0.66, 0.95, "", ""),
        ],
    ),
    (  # three arms named before their sizes; lists of their values that name no arm are theirs, in that order,
        # each against the comparator (counts with their shares, shares, means with their SEs, none on placebo)
        "We randomly assigned 630 patients to velumab 50 mg (n=211), velumab 100 mg (n=209) or placebo (n=210). "
        "Remission at week 24 was reached by 31.8%, 36.4% and 12.9%. Serious infections occurred in 4 (1.9%), 7 "
        "(3.3%) and 2 (1.0%) patients. The mean change in the fatigue score was -5.2 (SE 0.6), -6.0 (0.6) and "
        "-2.1 (0.6). Shingles occurred in 2 patients on 50 mg, 5 on 100 mg and none on placebo.",
        [
            ("", "enrollment", "overall", "count", 630.0, None, None, "", ""),
            ("", "enrollment", "overall", "count", 211.0, None, None, "velumab 50 mg", ""),
            ("", "enrollment", "overall", "count", 209.0, None, None, "velumab 100 mg", ""),
            ("", "enrollment", "overall", "count", 210.0, None, None, "placebo", ""),
            ("", "Remission at week 24", "overall", "percent", "31.8", "12.9", "velumab 50 mg", "placebo"),
            ("", "Remission at week 24", "overall", "percent", "36.4", "12.9", "velumab 100 mg", "placebo"),
            ("", "Serious infections", "overall", "count", "4", "2", "velumab 50 mg", "placebo"),
            ("", "Serious infections", "overall", "count", "7", "2", "velumab 100 mg", "placebo"),
            ("", "Serious infections", "overall", "percent", "1.9", "1.0", "velumab 50 mg", "placebo"),
            ("", "Serious infections", "overall", "percent", "3.3", "1.0", "velumab 100 mg", "placebo"),
            ("", "The mean change in the fatigue score", "overall", "mean", "-5.2", "-2.1", "velumab 50 mg", "placebo"),
            (
                "",
                "The mean change in the fatigue score",
                "overall",
                "mean",
                "-6.0",
                "-2.1",
                "velumab 100 mg",
                "placebo",
            ),
            ("", "Shingles", "overall", "count", "2", "none", "50 mg", "placebo"),
            ("", "Shingles", "overall", "count", "5", "none", "100 mg", "placebo"),
        ],
    ),
    (  # two arms' counts of their people, then the comparator's; two arms' shares of the people named after them
        "At week 16, a response was seen in 120 (57.1%) of 210 patients in the 50 mg group and 131 (62.7%) of 209 in "
        "the 100 mg group compared with 44 (21.0%) of 210 in the placebo group. Clear skin was seen in 40.2% (50 mg) "
        "and 44.8% (100 mg) of patients with plaques on at least 10% of their skin, versus 9.6% with placebo.",
        [
            ("", "a response", "overall", "count", "120", "44", "50 mg", "placebo"),
            ("", "a response", "overall", "count", "131", "44", "100 mg", "placebo"),
            ("", "a response", "overall", "percent", "57.1", "21.0", "50 mg", "placebo"),
            ("", "a response", "overall", "percent", "62.7", "21.0", "100 mg", "placebo"),
            ("", "Clear skin", "overall", "percent", "40.2", "9.6", "50 mg", "placebo"),
            ("", "Clear skin", "overall", "percent", "44.8", "9.6", "100 mg", "placebo"),
        ],
    ),
    (  # the BMJ's way: arms' sizes in a bracket after the number randomised, a paragraph's later comparisons with
        # the ratio its first one named, unlabelled; a rate per 1000 births; the arm a pair leaves unnamed
        "Results: 8 412 pregnant women were randomised (4205 heparin, 4207 no heparin). Stillbirth occurred in 1.1% of "
        "women in the heparin group and 1.6% in the no heparin group (relative risk 0.66, 95% confidence interval "
        "0.48 to 0.99). Placental abruption was less common with heparin (0.8% v 1.2%; 0.67, 0.44 to 1.02). "
        "Neonatal death was 3.9 v 4.4 per 1000 births (0.89, 0.47 to 1.68).",
        [
            ("", "enrollment", "overall", "count", 8412.0, None, None, "", ""),
            ("", "enrollment", "overall", "count", 4205.0, None, None, "heparin", ""),
            ("", "enrollment", "overall", "count", 4207.0, None, None, "no heparin", ""),
            ("", "Stillbirth", "overall", "percent", "1.1", "1.6", "heparin", "no heparin"),
            ("", "Stillbirth", "overall", "risk_ratio", 0.66, 0.48, 0.99, "", ""),
            ("", "Placental abruption", "overall", "percent", "0.8", "1.2", "heparin", "no heparin"),
            ("", "Placental abruption", "overall", "risk_ratio", 0.67, 0.44, 1.02, "", ""),
            ("", "Neonatal death", "overall", "value", "3.9", "4.4", "heparin", "no heparin"),
            ("", "Neonatal death", "overall", "risk_ratio", 0.89, 0.47, 1.68, "", ""),
        ],
    ),
    (  # two values of what a clause is about, an estimate right after them: the arms the paragraph named; an
        # ordinal outcome's generalized odds ratio is a win ratio; a score range is part of the outcome's name
        "We assigned 150 patients to the stent group and 148 to the medical group. A shift toward better outcomes "
        "favored the stent (generalized odds ratio, 1.34; 95% CI, 1.09 to 1.75). A score of 0 to 2 occurred in "
        "24.0% of the patients in the stent group and 11.5% of those in the medical group (relative risk, 2.09; 95% "
        "CI, 1.22 to 3.58), and a score of 0 to 3 in 40.7% and 25.0% (relative risk, 1.63; 95% CI, 1.17 to 2.27). "
        "Death at 90 days was 30.0% and 32.4% (hazard ratio, 0.91; 95% CI, 0.62 to 1.33).",
        [
            ("", "enrollment", "overall", "count", "150", "148", "stent", "medical"),
            ("", "A shift toward better outcomes", "overall", "win_ratio", 1.34, 1.09, 1.75, "", ""),
            ("", "A score of 0 to 2", "overall", "percent", "24.0", "11.5", "stent", "medical"),
            ("", "A score of 0 to 2", "overall", "risk_ratio", 2.09, 1.22, 3.58, "", ""),
            ("", "score of 0 to 3", "overall", "percent", "40.7", "25.0", "stent", "medical"),
            ("", "a score of 0 to 3", "overall", "risk_ratio", 1.63, 1.17, 2.27, "", ""),
            ("", "Death at 90 days", "overall", "percent", "30.0", "32.4", "stent", "medical"),
            ("", "Death", "overall", "hazard_ratio", 0.91, 0.62, 1.33, "", ""),
        ],
    ),
    (  # two arms' changes from one time to another (each arm's values after and before, its arm in both labels; the
        # arms of the pairs after it); a standardized effect size as "Cohen d"; a scale named with its number
        "The pain score fell from 6.8 to 3.1 in the yoga group and from 6.6 to 5.2 in the waiting-list group "
        "(difference, -1.9 points; 95% CI, -2.6 to -1.2; Cohen d = 0.71). Pain relief of 50% or more was reported by "
        "47.5% vs 15.8% (risk ratio, 3.01; 95% CI, 1.84-4.92). Function improved more with yoga (mean difference on "
        "the ODI-10, -4.4; 95% CI, -6.9 to -1.9), and the mean difference in SF-36 was 3.3 (95% CI 1.2 to 5.4).",
        [
            ("", "The pain score", "overall", "value", "3.1", "6.8", "yoga, after", "yoga, before"),
            ("", "The pain score", "overall", "value", "5.2", "6.6", "waiting-list, after", "waiting-list, before"),
            ("", "The pain score", "overall", "mean_difference", -1.9, -2.6, -1.2, "", ""),
            ("", "The pain score", "overall", "standardized_mean_difference", 0.71, None, None, "", ""),
            ("", "Pain relief of 50% or more", "overall", "percent", "47.5", "15.8", "yoga", "waiting-list"),
            ("", "Pain relief of 50% or more", "overall", "risk_ratio", 3.01, 1.84, 4.92, "", ""),
            ("", "ODI-10", "overall", "mean_difference", -4.4, -6.9, -1.9, "", ""),
            ("", "SF-36", "overall", "mean_difference", 3.3, 1.2, 5.4, "", ""),
        ],
    ),
    (  # news's change the other way round, "to ... from ..." (after, then before); two values said to be alike in
        # a bracket before the estimate that compares them
        "The pill lowered the rate of heart attack to 4.2% from 5.9%. We assigned 300 patients to oral therapy and "
        "298 to intravenous therapy. Clinical cure was similar (88.0% and 89.3%; difference, -1.3 percentage points; "
        "95% CI, -6.3 to 3.7).",
        [
            ("", "rate of heart attack", "overall", "percent", "4.2", "5.9", "after", "before"),
            ("", "enrollment", "overall", "count", "300", "298", "oral therapy", "intravenous therapy"),
            ("", "Clinical cure", "overall", "percent", "88.0", "89.3", "oral therapy", "intravenous therapy"),
            ("", "Clinical cure", "overall", "risk_difference", -1.3, -6.3, 3.7, "", ""),
        ],
    ),
    (  # people randomised with a word before their noun ("randomly" found as "randomised" is); a verb's object
        # between it and "by": a difference, its sign the verb's; single values for the items named after them,
        # "respectively" (categories: each value's subgroup; time points: each value's time point)
        "In all, 5120 older adults were randomly assigned to the two groups. Compared with usual care, the "
        "programme shortened the time to discharge by 1.3 days (95% CI, 0.6 to 2.0). The crude fall rates were "
        "21.4, 17.9 and 12.2 per 1000 person-years for low, moderate and high adherence, respectively. Response "
        "rates were 33%, 41% and 47% at weeks 6, 12 and 24, respectively.",
        [
            ("", "enrollment", "overall", "count", 5120.0, None, None, "", ""),
            ("", "the time to discharge", "overall", "mean_difference", -1.3, -2.0, -0.6, "", ""),
            ("", "The crude fall", "low adherence", "value", 21.4, None, None, "", ""),
            ("", "The crude fall", "moderate adherence", "value", 17.9, None, None, "", ""),
            ("", "The crude fall", "high adherence", "value", 12.2, None, None, "", ""),
            ("", "Response", "overall", "percent", 33.0, None, None, "", ""),
            ("", "Response", "overall", "percent", 41.0, None, None, "", ""),
            ("", "Response", "overall", "percent", 47.0, None, None, "", ""),
        ],
    ),
    (  # infants named by what their mothers had; a vaccine efficacy in each of two windows, about the same outcome
        "Severe illness occurred in 21 infants of vaccinated mothers and in 64 infants of placebo recipients. Vaccine "
        "efficacy against severe illness was 78.1% (99.5% CI, 41.2 to 93.0) within 90 days and 66.0% (97.5% CI, 40.3 "
        "to 81.5) within 180 days.",
        [
            ("", "Severe illness", "overall", "count", "21", "64", "vaccinated mothers", "placebo"),
            ("", "severe illness", "overall", "vaccine_efficacy", 78.1, 41.2, 93.0, "", ""),
            ("", "severe illness", "overall", "vaccine_efficacy", 66.0, 40.3, 81.5, "", ""),
        ],
    ),
    (  # the subject before an aside and a verb of change; a cost's currency before its estimate; the arm a pair
        # leaves unnamed, named before in fewer words; an appendix's page is no value
        "We randomly assigned 240 patients to robotic (n=120) or open (n=120) surgery. Their pain scores, measured "
        "on a 10-point scale, fell by 3.2 points, compared with 2.1 points in the open group. Blood loss was lower "
        "with robotic surgery (mean 210 vs 380 mL; appendix p 4). Costs were higher (mean difference US$2870, 95% "
        "CI 1910 to 3830).",
        [
            ("", "enrollment", "overall", "count", 240.0, None, None, "", ""),
            ("", "enrollment", "overall", "count", "120", "120", "robotic", "open"),
            ("", "Their pain scores", "overall", "value", "3.2", "2.1", "", "open"),
            ("", "Blood loss", "overall", "mean", "210", "380", "robotic surgery", "open"),
            ("", "Costs", "overall", "mean_difference", 2870.0, 1910.0, 3830.0, "", ""),
        ],
    ),
    (  # a subgroup named with no outcome, right after the estimate of one: about that outcome; "the subgroup with"
        "The hazard ratio for relapse was 0.64 (95% CI 0.52-0.79). In the subgroup with nodal disease, the HR was "
        "0.58 (0.43-0.78); in those without nodal disease, 0.71 (0.54-0.93).",
        [
            ("", "relapse", "overall", "hazard_ratio", 0.64, 0.52, 0.79, "", ""),
            ("", "relapse", "subgroup with nodal disease", "hazard_ratio", 0.58, 0.43, 0.78, "", ""),
            ("", "relapse", "those without nodal disease", "hazard_ratio", 0.71, 0.54, 0.93, "", ""),
        ],
    ),
    (  # a verb's two objects, the second after the first one's interval ("and X by ..."), a name with a digit in
        # it; the groups a label compares, after it, are its arms, not what it is about
        "Compared with placebo, glypraxin lowered HbA1c by 0.8 percentage points (95% CI 0.6 to 1.0) and body weight "
        "by 3.4 kg (2.7 to 4.1). The odds ratio of the exercise group compared to the control group was 0.61 (95% CI: "
        "0.40-0.93).",
        [
            ("", "HbA1c", "overall", "risk_difference", -0.8, -1.0, -0.6, "", ""),
            ("", "body weight", "overall", "mean_difference", -3.4, -4.1, -2.7, "", ""),
            ("", "unspecified", "overall", "odds_ratio", 0.61, 0.4, 0.93, "exercise", "control"),
        ],
    ),
    (  # what a clause denies is its outcome; a group is not the population a title names because the title has a
        # word that holds its letters ("men" in "dementia")
        "Statins and dementia: a cohort study\n\nStatins lowered stroke (HR 0.81, 0.70 to 0.94), but not all-cause "
        "death (HR 0.97, 0.88 to 1.07). The association was stronger in women (HR 0.72, 0.60-0.86) than in men "
        "(HR 0.90, 0.77-1.05).",
        [
            ("", "stroke", "overall", "hazard_ratio", 0.81, 0.7, 0.94, "", ""),
            ("", "all-cause death", "overall", "hazard_ratio", 0.97, 0.88, 1.07, "", ""),
            # (the sentence before names two outcomes: which one is meant is not said)
            ("", "unspecified", "women", "hazard_ratio", 0.72, 0.6, 0.86, "", ""),
            ("", "unspecified", "men", "hazard_ratio", 0.9, 0.77, 1.05, "", ""),
        ],
    ),
    (  # the time after the second arm; the arms of the people "receiving" them, "respectively"; a mean change with
        # its spread's name between "mean" and "change" is a mean, not a share of patients
        "Stroke occurred in 3.1% with ribatrex versus 4.6% with placebo at 24 months. Rash occurred in 7.4% and 2.0% "
        "of patients receiving ribatrex and placebo, respectively. The mean (±SD) change in weight was -8.1±6.0% "
        "with ribatrex and -1.9±4.4% with placebo.",
        [
            ("", "Stroke", "overall", "percent", "3.1", "4.6", "ribatrex", "placebo"),
            ("", "Rash", "overall", "percent", "7.4", "2.0", "ribatrex", "placebo"),
            ("", "change in weight", "overall", "mean", "-8.1", "-1.9", "ribatrex", "placebo"),
        ],
    ),
]


def test_people_counted_last_in_a_list_of_groups_are_no_enrollment_and_items_with_numbers_are_no_list():
    # the group of people counted last in a list is not the enrollment; values "in the X group at 2 and 4 years,
    # respectively" are not each an item of "X group at 2" and "4 years"
    groups = GENERIC.extract("We enrolled 310 patients with gout and 120 healthy volunteers were enrolled.", "g")
    assert [(r.outcome, r.estimate) for r in groups.results] == [("enrollment", 310.0)]
    text = (
        "Survival was 91.0% and 80.4% in the A group and 88.2% and 75.1% in the B group at 2 and 4 years, respectively."
    )
    assert [r.construction for r in GENERIC.extract(text, "s").results if r.construction == "values_for_items"] == []
    # doses named after single values are their arms; time points, their time points
    doses = (
        "Event rates were 38.0, 51.5 and 70.2 per 1000 person-years for low, intermediate and high doses, respectively."
    )
    assert [(r.arm1_label, r.estimate, r.unit) for r in GENERIC.extract(doses, "d").results] == [
        ("low doses", 38.0, "per 1000 person-years"),
        ("intermediate doses", 51.5, "per 1000 person-years"),
        ("high doses", 70.2, "per 1000 person-years"),
    ]
    weeks = GENERIC.extract(
        "Response rates were 33%, 41% and 47% at weeks 6, 12 and 24, respectively.", "w", audit=True
    )
    assert [(r.estimate, r.timepoint) for r in weeks.results] == [
        (33.0, "week 6"),
        (41.0, "week 12"),
        (47.0, "week 24"),
    ]
    assert weeks.unexplained == []


def test_values_in_the_arms_order_need_as_many_arms_named_before_and_no_list_of_what_they_are():
    # the last two of three arms' sizes are not a pair; a subject that lists what the values are is no list of
    # arms; two arms named before three values give no rows (the values are left to the audit)
    three = "Patients were assigned to X 10 mg (n=100), X 20 mg (n=101) or placebo (n=99). "
    found = GENERIC.extract(three + "Nausea, rash and headache were reported in 12%, 8% and 5%.", "t", audit=True)
    assert [(r.arm1_label, r.estimate) for r in found.results] == [("X 10 mg", 100), ("X 20 mg", 101), ("placebo", 99)]
    assert [u.number for u in found.unexplained] == ["12", "8", "5"]
    two = "Patients were assigned to X (n=100) or placebo (n=99). Rates were 12%, 8% and 5%."
    found = GENERIC.extract(two, "t", audit=True)
    assert [r.construction for r in found.results] == ["n_pair"]
    assert [u.number for u in found.unexplained] == ["12", "8", "5"]


@pytest.mark.parametrize(("text", "expected"), REPORTS, ids=[t[:40] for t, _ in REPORTS])
def test_trial_report_phrasings(text, expected):
    found = rows(text)
    assert [report(r) for r in found] == expected
    for r in found:
        assert text[r.start : r.end] == r.quote


def test_the_test_statistic_before_a_p_is_the_rows_and_the_p_its_p():
    text = (
        "The incidence of delirium was lower in the dexmedetomidine group than in the control group (8.2% vs 17.5%, "
        "χ2=5.23, P=0.022)."
    )
    extraction = GENERIC.extract(text, "t")
    assert [(report(r), r.p_text) for r in extraction.results] == [
        (("", "delirium", "overall", "percent", "8.2", "17.5", "dexmedetomidine", "control"), "0.022")
    ]
    assert extraction.unexplained == []


def test_arm_cells_of_a_table_row_with_arms_and_sizes_from_the_headers():
    text = (
        "Table 3. Outcomes\n\n| Outcome | Drug Q (N = 1204) | Placebo (N = 1198) | HR (95% CI) |\n|---|---|---|---|\n"
        "| Stroke | 41 (3.4) | 66 (5.5) | 0.61 (0.41-0.90) |\n| Bleeding | 30/1204 (2.5%) | 21/1198 (1.8%) | — |\n"
    )
    tabbed = "Outcome\tDrug Q n/N (%)\tPlacebo n/N (%)\nStroke\t41/1204 (3.4)\t66/1198 (5.5)\n"
    assert [(r.arm1_label, r.arm2_label, r.arm1_n) for r in rows(tabbed)] == [("Drug Q", "Placebo", 1204.0)] * 2
    found = [r for r in rows(text) if r.construction != "count"]
    assert [
        (r.outcome, r.measure, r.arm1_label, r.arm1_text, r.arm1_n, r.arm2_label, r.arm2_text, r.arm2_n)
        for r in found
        if r.construction == "table_arms"
    ] == [
        ("Stroke", "count", "Drug Q", "41", 1204.0, "Placebo", "66", 1198.0),
        ("Stroke", "percent", "Drug Q", "3.4", 1204.0, "Placebo", "5.5", 1198.0),
        ("Bleeding", "count", "Drug Q", "30", 1204.0, "Placebo", "21", 1198.0),
        ("Bleeding", "percent", "Drug Q", "2.5", 1204.0, "Placebo", "1.8", 1198.0),
    ]
    assert [effect(r) for r in found if r.measure == "hazard_ratio"] == [("hazard_ratio", 0.61, 0.41, 0.9, None)]
    for r in found:
        assert text[r.start : r.end] == r.quote


def test_psychologys_cohens_d_after_its_test_and_p_is_a_standardized_mean_difference_a_bare_d_elsewhere_is_not():
    found = rows("Anxiety was lower after training, t(96) = -2.71, p = .008, d = 0.55.")
    assert [(r.outcome, r.measure, r.label, r.estimate) for r in found] == [
        ("Anxiety", "standardized_mean_difference", "Cohen's d", 0.55)
    ]
    assert rows("Doses were given on alternate days, d = 3 after surgery.") == []


def test_a_p_in_scientific_notation_is_one_p():
    (found,) = rows("The allele raised the odds of gout (OR 1.33, 95% CI 1.15-1.53; P = 4.6 × 10-5).")
    assert (found.measure, found.estimate, found.p_text, found.p_operator) == ("odds_ratio", 1.33, "4.6 × 10-5", "=")
    assert found.p_value == pytest.approx(4.6e-5, rel=1e-12)


def test_a_statistic_with_its_interval_and_its_p_in_one_bracket():
    found = rows("The AUROC of the score was 0.812 (95% CI 0.774-0.850, p<0.001).")
    assert [(r.outcome, r.estimate, r.ci_low, r.ci_high, r.p_text) for r in found] == [
        ("The AUROC of the score", 0.812, 0.774, 0.85, "0.001")
    ]


def test_three_groups_values_are_not_read_as_a_pair_of_the_last_two_they_are_left_to_the_audit():
    text = "Cohort A had larger cysts (52 vs. 41 vs. 36 mm; P = 0.02) and more relapses (21.4 vs. 8.8% and 11.9%)."
    found = GENERIC.extract(text, "t", audit=True)
    assert found.results == []
    assert [u.number for u in found.unexplained] == ["52", "41", "36", "0.02", "21.4", "8.8", "11.9"]
    assert [(r.arm1_text, r.arm2_text) for r in rows("Cysts were larger (52 vs. 41 mm; P = 0.02).")] == [("52", "41")]


def test_news_change_the_other_way_round_may_be_of_a_list():
    found = rows("The pill lowered the combined rate of stroke, heart attack or death to 8.7% from 10.2%.")
    assert [(r.outcome, r.arm1_label, r.arm1_text, r.arm2_label, r.arm2_text) for r in found] == [
        ("combined rate of stroke, heart attack or death", "after", "8.7", "before", "10.2")
    ]


def test_three_arms_cells_of_a_table_row_are_each_against_the_comparator_and_a_p_or_estimate_cell_is_no_arm():
    text = (
        "| Outcome | X 5 mg (N=200) | Placebo (N=198) | X 10 mg (N=201) | P value* |\n|---|---|---|---|---|\n"
        "| Response, n (%) | 64 (32.0) | 30 (15.2) | 77 (38.3) | <0.001 |\n"
        "| Change in score, mean (SD) | -4.1 (6.0) | -1.2 (5.8) | -5.0 (6.2) | 0.002 |\n"
    )
    found = rows(text)
    assert [
        (r.outcome, r.measure, r.arm1_label, r.arm1_text, r.arm1_n, r.arm2_label, r.arm2_text, r.arm2_n)
        for r in found
        if r.construction == "table_arms"
    ] == [
        ("Response", "count", "X 5 mg", "64", 200.0, "Placebo", "30", 198.0),
        ("Response", "count", "X 10 mg", "77", 201.0, "Placebo", "30", 198.0),
        ("Response", "percent", "X 5 mg", "32.0", 200.0, "Placebo", "15.2", 198.0),
        ("Response", "percent", "X 10 mg", "38.3", 201.0, "Placebo", "15.2", 198.0),
        ("Change in score", "mean", "X 5 mg", "-4.1", 200.0, "Placebo", "-1.2", 198.0),
        ("Change in score", "mean", "X 10 mg", "-5.0", 201.0, "Placebo", "-1.2", 198.0),
    ]
    for r in found:
        assert text[r.start : r.end] == r.quote
        assert "<0.001" not in r.quote and "0.002 |" not in r.quote  # (the P cells are not the rows')
    # two arms and an estimate's cell after them: the arms' row and the estimate's, the row's P the estimate's
    two = (
        "| Outcome | X (N=640) | Placebo (N=636) | Risk ratio (95% CI) | P |\n|---|---|---|---|---|\n"
        "| Death | 38/640 (5.9) | 55/636 (8.6) | 0.69 (0.46 to 1.03) | 0.08 |\n"
    )
    assert [(r.measure, r.arm1_text, r.arm2_text, r.estimate, r.p_text) for r in rows(two) if r.outcome == "Death"] == [
        ("count", "38", "55", None, ""),
        ("percent", "5.9", "8.6", None, ""),
        ("risk_ratio", "", "", 0.69, "0.08"),
    ]


def test_a_difference_column_in_percentage_points_gives_risk_differences_for_rows_of_percentages():
    text = (
        "| Outcome | Drug Z (N=640) | Placebo (N=636) | Risk Ratio (95% CI) "
        "| Difference, percentage points (95% CI) |\n"
        "|---|---|---|---|---|\n"
        "| Death at day 28 — no./total no. (%) | 38/640 (5.9) | 55/636 (8.6) | 0.69 (0.46 to 1.03) "
        "| -2.7 (-5.6 to 0.2) |\n"
        "| Days free of support — median (IQR) | 24 (18 to 26) | 22 (14 to 25) | — | 2.0 (0.8 to 3.2) |\n"
    )
    found = [r for r in rows(text) if r.construction == "difference_interval"]
    assert [(r.outcome, r.measure, r.estimate, r.ci_low, r.ci_high, r.unit) for r in found] == [
        ("Death at day 28", "risk_difference", -2.7, -5.6, 0.2, "percentage points"),
        ("Days free of support", "mean_difference", 2.0, 0.8, 3.2, ""),  # a row of medians: not in points
    ]


def test_an_empty_cell_does_not_shift_the_columns_after_it_and_means_are_not_counts():
    text = (
        "| Outcome | Drug Q (N=1204) | Placebo (N=1198) | HR (95% CI) | P |\n|---|---|---|---|---|\n"
        "| Stroke — no. (%) | 120 (10.0) | 166 (13.9) | 0.70 (0.55-0.89) | |\n"
        "| Change in score — mean (SD) | 5.8 (14.2) | 3.1 (15.0) | | |\n"
        "|  | 1 (0.1) | 2 (0.2) | | |\n"
    )
    found = [r for r in rows(text) if r.construction != "count"]
    assert [(r.outcome, r.measure, r.arm1_label, r.arm1_text, r.arm2_label, r.arm2_text) for r in found] == [
        ("Stroke", "count", "Drug Q", "120", "Placebo", "166"),
        ("Stroke", "percent", "Drug Q", "10.0", "Placebo", "13.9"),
        ("Stroke", "hazard_ratio", "", "", "", ""),
        ("Change in score", "mean", "Drug Q", "5.8", "Placebo", "3.1"),
        ("unspecified", "count", "Drug Q", "1", "Placebo", "2"),
        ("unspecified", "percent", "Drug Q", "0.1", "Placebo", "0.2"),
    ]
    assert (found[2].estimate, found[2].ci_low, found[2].ci_high, found[2].p_text) == (0.7, 0.55, 0.89, "")


def test_every_row_of_an_aligned_tables_difference_column_is_read_in_the_unit_its_row_names():
    """Each row's difference, however far below the header that names it; a difference of rows of "no. (%)"
    is in percentage points, a row's own unit is its difference's ("mL")."""
    text = (
        "Table 2. End Points at Week 24\n\n"
        "End Point                                  Drug Z (N = 410)   Placebo (N = 207)   Difference (95% CI)\n"
        "Change in walking distance, m, mean (SD)   41 (62)            12 (58)             29 (19 to 39)\n"
        "Annualized fall rate                       0.61               0.93                RR 0.66 (0.52-0.84)\n"
        "Free of falls, no. (%)                     233 (56.8)         91 (44.0)           12.8 (4.6 to 21.0)\n"
        "Fracture, no. (%)                          9 (2.2)            11 (5.3)            -3.1 (-6.5 to 0.3)\n"
    )
    found = [r for r in rows(text) if r.construction in ("difference_interval", "difference_in_table")]
    assert [(r.outcome, r.measure, r.estimate, r.ci_low, r.ci_high, r.unit) for r in found] == [
        ("Change in walking distance", "mean_difference", 29.0, 19.0, 39.0, "m"),
        ("Free of falls", "risk_difference", 12.8, 4.6, 21.0, "percentage points"),
        ("Fracture", "risk_difference", -3.1, -6.5, 0.3, "percentage points"),
    ]


def test_a_column_headed_ratio_or_difference_gives_a_ratio_in_rows_of_counts_and_a_difference_in_rows_of_means():
    """A trial report's outcomes table heads one column "Hazard Ratio or Difference (95% CI)": its rows of
    "no. (%)" hold ratios, its rows of means (a "±" in the arms' cells, or a row named for a measurement,
    "— points") hold differences in the row's unit."""
    text = (
        "Table 2. Outcomes.\n"
        "Outcome | Drug Q (N=402) | Placebo (N=398) | Hazard Ratio or Difference (95% CI)\n"
        "Death or hospitalization — no. (%) | 61 (15.2) | 83 (20.9) | 0.71 (0.51 to 0.99)\n"
        "Change in walking distance — m | 18.3±40.2 | 4.6±38.9 | 13.7 (8.2 to 19.2)\n"
        "Change in symptom score at wk 12 — points | 5.1 | 2.2 | 2.9 (0.8 to 5.0)\n"
        "Stroke — no. (%) | 7 (1.7) | 9 (2.3) | 0.77 (0.29 to 2.06)\n"
        "Functional score of 0 to 2 | 201 (50.0) | 166 (41.7) | 1.25 (1.05 to 1.49)\n"
    )
    found = [r for r in rows(text) if r.ci_low is not None]
    assert [(r.outcome, r.measure, r.estimate, r.ci_low, r.ci_high, r.unit, r.timepoint) for r in found] == [
        ("Death or hospitalization", "hazard_ratio", 0.71, 0.51, 0.99, "", ""),
        ("Change in walking distance", "mean_difference", 13.7, 8.2, 19.2, "m", ""),
        ("Change in symptom score at wk 12", "mean_difference", 2.9, 0.8, 5.0, "points", "week 12"),
        ("Stroke", "hazard_ratio", 0.77, 0.29, 2.06, "", ""),
        ("Functional score of 0 to 2", "hazard_ratio", 1.25, 1.05, 1.49, "", ""),  # (a score's name, counts)
    ]
    measured = [r for r in rows(text) if r.construction == "table_arms" and r.measure not in ("count", "percent")]
    assert [(r.outcome, r.measure, r.arm1_text, r.arm2_text, r.unit) for r in measured] == [
        ("Change in walking distance", "mean", "18.3", "4.6", "m"),  # (a mean ± its SD)
        ("Change in symptom score at wk 12", "value", "5.1", "2.2", "points"),  # (the table does not say which)
    ]


def test_two_trials_named_by_their_registry_numbers_each_keep_their_results_and_both_pool_none():
    text = (
        "METHODS\nIn two parallel trials, ITCH-A (NCT05333333) and ITCH-B (NCT05444444), adults were assigned to "
        "drug V or placebo.\n\nRESULTS\nIn ITCH-A (640 patients), the 24-hour itch score fell by 48.2% with drug V "
        "and 31.5% with placebo. In ITCH-B (702 patients), pruritus resolved in 39.0% with drug V and 22.4% with "
        "placebo. Rash occurred in 4.0% and 1.1% of patients in ITCH-A. Across both trials, serious adverse events "
        "occurred in 2.6% of patients receiving drug V and 2.8% receiving placebo."
    )
    assert [(r.trial, r.outcome, r.measure, r.arm1_text, r.arm2_text) for r in rows(text)] == [
        ("ITCH-A", "enrollment", "count", "", ""),
        ("ITCH-A", "the 24-hour itch score", "percent", "48.2", "31.5"),
        ("ITCH-B", "enrollment", "count", "", ""),
        ("ITCH-B", "pruritus resolved", "percent", "39.0", "22.4"),
        ("", "serious adverse events", "percent", "2.6", "2.8"),
    ]


def test_a_table_of_studies_gives_each_row_its_study_and_the_title_its_outcome_the_total_row_pools_them():
    text = (
        "Figure 3. Forest plot of stroke\n\n"
        "| Study | Drug, events/total | Control, events/total | Weight, % | Risk ratio (95% CI) |\n"
        "|---|---|---|---|---|\n"
        "| DELTA 2018 | 18/402 | 27/398 | 31.5 | 0.66 (0.37-1.18) |\n"
        "| Epsilon 2020 | 33/615 | 41/611 | 68.5 | 0.80 (0.51-1.25) |\n"
        "| Total (fixed effect) | 51/1017 | 68/1009 | 100 | 0.75 (0.53-1.06) |\n\n"
        "Heterogeneity: chi2 = 0.31; I2 = 0%; P = 0.58."
    )
    found = GENERIC.extract(text, "t", audit=True)
    assert [(r.trial, r.outcome, r.measure, r.estimate if r.measure == "risk_ratio" else r.arm1_text)
            for r in found.results] == [
        ("DELTA 2018", "stroke", "count", "18"),
        ("DELTA 2018", "stroke", "risk_ratio", 0.66),
        ("Epsilon 2020", "stroke", "count", "33"),
        ("Epsilon 2020", "stroke", "risk_ratio", 0.8),
        ("", "stroke", "count", "51"),
        ("", "stroke", "risk_ratio", 0.75),
    ]  # fmt: skip
    assert [r.trial_basis for r in found.results][-1] == "pooled across trials"
    assert found.unexplained == []  # (the studies' weights, the test of heterogeneity)


def test_a_sample_size_calculation_states_assumptions_not_results_and_is_not_audited():
    text = (
        "We estimated that 900 patients would provide 85% power to detect a hazard ratio of 0.70, assuming an event "
        "rate of 14% in the placebo group. The sample size was calculated assuming a 25% response rate with placebo "
        "and 40% with the drug. Death occurred in 9.1% vs 12.6% (HR 0.71, 95% CI 0.55-0.92)."
    )
    found = GENERIC.extract(text, "t", audit=True)
    assert [(r.outcome, r.measure) for r in found.results] == [("Death", "percent"), ("Death", "hazard_ratio")]
    assert found.unexplained == []
    # a result that speaks of power is still a result: it has its interval
    result = "The trial had limited power to detect a difference in stroke (HR 0.91; 95% CI 0.74-1.12)."
    assert [(r.outcome, r.estimate) for r in rows(result)] == [("stroke", 0.91)]


def test_what_authors_say_of_an_estimate_is_not_its_outcome():
    text = (
        "Lee et al. report that drug R reduced the primary end point (hazard ratio, 0.83; 95% CI, 0.70 to 0.98). "
        "However, the confidence interval nearly includes 1, and in the 188 patients with heart failure the point "
        "estimate reversed (hazard ratio, 1.09; 95% CI, 0.72 to 1.65). In our cohort we observed no benefit "
        "(adjusted hazard ratio, 0.98; 95% CI, 0.84 to 1.14). There was no association between drug R use and "
        "hip fracture (HR 0.94, 95% CI 0.81-1.09)."
    )
    # (the subgroup's estimate, right after the sentence of the primary end point's, names no outcome: that one)
    assert [(r.outcome, r.subgroup, r.estimate) for r in rows(text) if r.measure == "hazard_ratio"] == [
        ("primary end point", "overall", 0.83),
        ("primary end point", "patients with heart failure", 1.09),
        ("unspecified", "overall", 0.98),
        ("hip fracture", "overall", 0.94),
    ]


def test_an_aligned_tables_unit_line_under_its_header_is_part_of_the_header_and_its_sizes_are_the_arms():
    """A line of one cell under the columns ("no. of patients (%)") does not end the header: the first row
    is a row, and each size in the header is its arm's."""
    text = (
        "Table 2. Outcomes\n\n"
        "Outcome                     Nephrolin (N=1502)   Placebo (N=1498)   Hazard Ratio (95% CI)\n"
        "                            no. of patients (%)\n"
        "Primary composite outcome   245 (16.3)           312 (20.8)         0.76 (0.64-0.90)\n"
        "End-stage kidney disease    71 (4.7)             92 (6.1)           0.77 (0.56-1.05)\n"
    )
    found = rows(text)
    assert [(r.outcome, r.measure, r.estimate, r.arm1_label) for r in found if r.outcome == "enrollment"] == [
        ("enrollment", "count", 1502.0, "Nephrolin"),
        ("enrollment", "count", 1498.0, "Placebo"),
    ]
    assert [(r.outcome, r.measure, r.arm1_text, r.arm2_text, r.arm1_label) for r in found if r.arm1_text] == [
        ("Primary composite outcome", "count", "245", "312", "Nephrolin"),
        ("Primary composite outcome", "percent", "16.3", "20.8", "Nephrolin"),
        ("End-stage kidney disease", "count", "71", "92", "Nephrolin"),
        ("End-stage kidney disease", "percent", "4.7", "6.1", "Nephrolin"),
    ]
    assert [(r.outcome, r.estimate) for r in found if r.measure == "hazard_ratio"] == [
        ("Primary composite outcome", 0.76),
        ("End-stage kidney disease", 0.77),
    ]


def test_a_table_of_baseline_characteristics_has_characteristics_not_subgroups_and_a_titled_table_keeps_its_header():
    """ "Characteristic" heads subgroups only beside a column of estimates: in a table of baseline
    characteristics each row is what was measured, its unit the row's. A table with its title after a
    blank line and a unit line under its header is not cut short as a legend set in running text."""
    text = (
        "Results were as follows.\n\n"
        "| Characteristic | Drug R (N=512) | Placebo (N=509) |\n"
        "|---|---|---|\n"
        "| Age, mean (SD), yr | 63.4 (9.8) | 62.9 (10.1) |\n"
        "| Diabetes, No. (%) | 188 (36.7) | 179 (35.2) |\n\n"
        "Table 3. Adverse Events\n\n"
        "Event                    Drug R (N=510)    Placebo (N=507)\n"
        "                         no. of patients (%)\n"
        "Any adverse event        402 (78.8)        391 (77.1)\n"
        "Hypotension              31 (6.1)          12 (2.4)\n"
    )
    found = [r for r in rows(text) if r.construction == "table_arms"]
    assert [(r.outcome, r.subgroup, r.measure, r.unit, r.arm1_text, r.arm2_text, r.arm1_label) for r in found] == [
        ("Age", "overall", "mean", "yr", "63.4", "62.9", "Drug R"),
        ("Diabetes", "overall", "count", "events", "188", "179", "Drug R"),
        ("Diabetes", "overall", "percent", "%", "36.7", "35.2", "Drug R"),
        ("Any adverse event", "overall", "count", "events", "402", "391", "Drug R"),
        ("Any adverse event", "overall", "percent", "%", "78.8", "77.1", "Drug R"),
        ("Hypotension", "overall", "count", "events", "31", "12", "Drug R"),
        ("Hypotension", "overall", "percent", "%", "6.1", "2.4", "Drug R"),
    ]


def test_table_cells_of_means_with_their_sd_and_a_risk_column_headed_with_its_interval():
    text = (
        "| End point | Zoraxin (N = 448) | Placebo (N = 452) | P value |\n|---|---|---|---|\n"
        "| Change in 6-min walk distance, m, mean ± SD | 21.4 ± 48.2 | 6.1 ± 51.0 | 0.003 |\n\n"
        "| Outcome | Risk with placebo | Risk with zoraxin (95% CI) | Relative effect (95% CI) |\n|---|---|---|---|\n"
        "| Mortality | 115 per 1000 | 91 per 1000 (75 to 110) | RR 0.79 (0.65 to 0.96) |\n"
    )
    found = rows(text)
    (means,) = [r for r in found if r.construction == "table_arms"]
    assert (means.outcome, means.measure, means.unit, means.arm1_text, means.arm2_text, means.p_text) == (
        "Change in 6-min walk distance", "mean", "m", "21.4", "6.1", "0.003"
    )  # fmt: skip
    assert [(r.arm1_label, r.estimate, r.ci_low, r.ci_high) for r in found if r.construction == "table_risks"] == [
        ("zoraxin", 91.0, 75.0, 110.0),
        ("placebo", 115.0, None, None),
    ]


def test_a_pdf_tables_values_below_zero_are_not_counts_and_its_header_line_of_sizes_is_the_arms():
    """An aligned table (from a PDF) with the arms' sizes on a second header line, changes with a
    spread the table does not name, a difference under "Difference (95% CI)" and a row of counts."""
    text = (
        "End point                        Drug K          Placebo         Difference (95% CI)      P value\n"
        "                                 (N=310)         (N=305)\n"
        "Change in weight at wk 26, kg    -5.4 (0.3)      -1.2 (0.3)      -4.2 (-5.0 to -3.4)      <0.001\n"
        "Weight loss >=5%, no. (%)        180 (58.1)      61 (20.0)       OR 5.5 (3.8 to 8.0)      <0.001\n"
    )
    found = [
        (r.outcome, r.timepoint, r.measure, r.arm1_label, r.arm1_text, r.arm1_n, r.arm2_text, r.arm2_n, r.unit,
         r.estimate, r.ci_low, r.ci_high, r.p_text)
        for r in rows(text) if r.construction != "count"
    ]  # fmt: skip
    nan = None
    assert [tuple(None if isinstance(v, float) and math.isnan(v) else v for v in f) for f in found] == [
        ("Change in weight at wk 26", "week 26", "value", "Drug K", "-5.4", 310.0, "-1.2", 305.0, "kg", nan, nan, nan,
         ""),
        ("Change in weight at wk 26", "week 26", "mean_difference", "", "", nan, "", nan, "kg", -4.2, -5.0, -3.4,
         "0.001"),
        ("Weight loss >=5%", "", "count", "Drug K", "180", 310.0, "61", 305.0, "events", nan, nan, nan, ""),
        ("Weight loss >=5%", "", "percent", "Drug K", "58.1", 310.0, "20.0", 305.0, "%", nan, nan, nan, ""),
        ("Weight loss >=5%", "", "odds_ratio", "", "", nan, "", nan, "", 5.5, 3.8, 8.0, "0.001"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "timepoint"),
    [
        ("At week 12, remission occurred in 31% vs 18%.", "week 12"),
        ("The 6-month mortality was 12% vs 15%.", "month 6"),
        ("At 24 months, survival was 61% vs 52%.", "month 24"),
        ("At 1 year, survival was 80% vs 74%.", "year 1"),
        ("Mortality at day 28 was 8% vs 12%.", "day 28"),
        ("Pain freedom at 2 hours was 21% vs 14%.", "hour 2"),
        ("Within 24 hours of onset, pain freedom was 21% vs 14%.", ""),
        ("Mortality was 8% vs 12%.", ""),
    ],
)
def test_time_points_in_hours_days_weeks_months_and_years(text, timepoint):
    (r,) = rows(text)
    assert r.timepoint == timepoint


def test_relative_effects_stated_as_a_change_by_a_percentage_are_claims():
    text = "The pill reduced the risk of hospitalization or death by 89 percent, the PILL-2 trial found."
    (claim,) = GENERIC.extract(text, "t").claims
    assert (claim.trial, claim.claimed_text, claim.direction, claim.scale) == ("PILL-2", "89", "decrease", "risk")
    assert GENERIC.extract(text, "t").unexplained == []
    (less,) = GENERIC.extract("The risk of relapse was 30% less with drug E.", "t").claims
    assert (less.outcome, less.claimed_text, less.direction) == ("relapse", "30", "decrease")
    text = "Those who took drug E were 18% less likely than those on placebo to need dialysis."
    (likely,) = GENERIC.extract(text, "t").claims
    assert (likely.outcome, likely.claimed_text, likely.direction) == ("dialysis", "18", "decrease")


def test_a_relative_risk_reduction_with_its_scale_first_is_a_claim_and_names_the_outcome_of_its_ratio():
    text = (
        "The drug achieved a 21% relative risk reduction in the composite renal outcome compared with placebo "
        "(hazard ratio [HR], 0.79; 95% confidence interval [CI], 0.68 to 0.92)."
    )
    found = GENERIC.extract(text, "t")
    assert [(c.outcome, c.claimed_text, c.direction, c.scale) for c in found.claims] == [
        ("the composite renal outcome", "21", "decrease", "risk")
    ]
    assert [(r.outcome, r.measure, r.estimate) for r in found.results] == [
        ("composite renal outcome", "hazard_ratio", 0.79)
    ]


def test_a_change_said_as_it_happens_is_a_claim():
    text = (
        "The trial met its primary endpoint, with lomazin reducing the risk of stroke by 21% (HR 0.79; 95% CI "
        "0.66-0.94) compared to placebo."
    )
    found = GENERIC.extract(text, "t")
    assert [(c.outcome, c.claimed_text, c.direction, c.scale) for c in found.claims] == [
        ("stroke", "21", "decrease", "risk")
    ]
    assert found.unexplained == []


def test_counts_of_two_outcomes_in_two_arms_under_a_subject_that_names_one_are_left_to_the_audit():
    text = (
        "Events occurred in 120 and 131 patients in the A group and in 165 and 158 patients in the B group, "
        "respectively."
    )
    found = GENERIC.extract(text, "t")  # ("131 patients", "158 patients" pass for counts of the population)
    assert found.results == [] and [u.number for u in found.unexplained] == ["120", "165"]


def test_changes_said_with_their_directions_carry_their_signs():
    fell_rose = "Troponin fell by a geometric mean of 22.4% with ravotide and rose by 5.1% with placebo."
    rose_fell = "Weight increased by 1.2 kg in the A group and decreased by 0.4 kg in the B group."
    signed = [(r.arm1_value, r.arm2_value) for t in (fell_rose, rose_fell) for r in rows(t)]
    assert signed == [(-22.4, 5.1), (1.2, -0.4)]
    (lower,) = rows("Systolic pressure was lower by 6.3 mm Hg vs 2.1 mm Hg.")
    assert (lower.measure, lower.arm1_value, lower.arm2_value, lower.unit) == ("value", -6.3, -2.1, "mm Hg")


def test_the_last_of_a_list_against_another_value_is_left_to_the_audit():
    text = "Body weight was reduced by 6.1 kg, 8.0 kg and 9.9 kg with the three doses versus 4.4 kg with drug S."
    found = GENERIC.extract(text, "t")
    assert found.results == [] and [u.number for u in found.unexplained] == ["6.1", "8.0", "9.9", "4.4"]


def test_a_number_in_a_rows_subgroup_is_explained_by_the_row():
    text = "Mortality by age: the hazard ratios were: under 70, 0.83 (0.71-0.97); 70 or older, 0.90 (0.78-1.04)."
    found = GENERIC.extract(text, "t")
    assert [(r.outcome, r.subgroup, r.estimate) for r in found.results] == [
        ("Mortality by age", "under 70", 0.83),
        ("Mortality by age", "70 or older", 0.9),
    ]
    assert found.unexplained == []  # (70 names each subgroup)


def test_per_cent_in_words_reads_as_the_percent_sign():
    spelled = rows("Wheezing was lower by 4.5 per cent (95 per cent confidence interval 1.2 to 7.8).")
    signed = rows("Wheezing was lower by 4.5% (95% CI 1.2 to 7.8).")
    assert [(r.measure, r.estimate, r.ci_low, r.ci_high, r.unit) for r in spelled] == [
        ("risk_difference", -4.5, -7.8, -1.2, "%")
    ]
    assert [(r.measure, r.estimate, r.ci_low, r.ci_high, r.unit) for r in signed] == [
        (r.measure, r.estimate, r.ci_low, r.ci_high, r.unit) for r in spelled
    ]


def test_arms_named_in_two_pairs_before_a_paragraph_that_names_none_are_not_guessed():
    text = (
        "Death occurred in 20 patients in the A group and 25 in the B group.\n\nIn the extension, death occurred in "
        "12 patients in the C group and 30 in the D group.\n\nStroke occurred in 11 patients (2.1%) and 14 patients "
        "(2.7%), respectively."
    )
    strokes = [r for r in rows(text) if r.outcome == "Stroke"]
    assert [(r.arm1_label, r.arm2_label) for r in strokes] == [("", ""), ("", "")]
    one_pair = "Death occurred in 20 patients in the A group and 25 in the B group.\n\n" + text.split("\n\n")[2]
    assert {(r.arm1_label, r.arm2_label, r.arm_basis) for r in rows(one_pair) if r.outcome == "Stroke"} == {
        ("A", "B", "named earlier in the text")
    }


def test_one_groups_values_at_time_points_are_a_row_each_with_its_time_point():
    text = (
        "Freedom from reoperation was 93.1% at 2 years, 88.4% at 5 years and 80.2% at 10 years. Mean weight loss "
        "was 4.2 kg at week 16 and 7.9 kg at week 40."
    )
    assert [(r.outcome, r.measure, r.estimate, r.unit, r.timepoint) for r in rows(text)] == [
        ("Freedom from reoperation", "percent", 93.1, "%", "year 2"),
        ("Freedom from reoperation", "percent", 88.4, "%", "year 5"),
        ("Freedom from reoperation", "percent", 80.2, "%", "year 10"),
        ("Mean weight loss", "mean", 4.2, "kg", "week 16"),
        ("Mean weight loss", "mean", 7.9, "kg", "week 40"),
    ]
    # (two arms' values at one time point are not one group's at two: a pair of the arms, at that time point)
    found = rows("Mortality was 9% at 6 months in the X group and 14% at 6 months in the Y group.")
    assert [(r.measure, r.arm1_label, r.arm1_value, r.arm2_label, r.arm2_value, r.timepoint) for r in found] == [
        ("percent", "X", 9.0, "Y", 14.0, "month 6")
    ]


def test_the_people_counted_before_an_arm_are_its_size():
    (r,) = rows("Stroke occurred in 2% of 512 patients on drug A and in 3% of 509 patients on drug B.")
    arms = ((r.arm1_value, r.arm1_n, r.arm1_label), (r.arm2_value, r.arm2_n, r.arm2_label))
    assert arms == ((2.0, 512.0, "drug A"), (3.0, 509.0, "drug B"))


def test_a_decimal_comma_is_read_where_it_cannot_be_a_thousands_separator():
    text = "Mortality at 90 days was 22,4% vs 27,9% (HR 0,77; 95% CI 0,62-0,96; p=0,019)."
    found = rows(text)
    assert [(r.measure, effect(r)[1:4], r.p_text, r.arm1_value, r.arm2_value) for r in found] == [
        ("percent", (None, None, None), "", 22.4, 27.9),
        ("hazard_ratio", (0.77, 0.62, 0.96), "0.019", None, None),
    ]
    assert found[1].quote == "HR 0,77; 95% CI 0,62-0,96; p=0,019"  # (the quote as printed)
    # thousands, a list, citations: not decimals
    kept = GENERIC.extract("Of 1,204 patients[1,2], grades 1,2,3 were seen, as before3,4.", "t")
    assert [(r.outcome, r.estimate) for r in kept.results] == [("enrollment", 1204.0)]
    assert [u.number for u in kept.unexplained] == []
    (graded,) = rows("Grade 3,4 adverse events occurred in 12% vs 15%.")  # (two labels' numbers)
    assert graded.outcome == "Grade 3,4 adverse events"


def test_a_denominator_at_the_end_of_a_sentence_is_read():
    (r,) = rows("Relapse was seen in 12/150 vs 20/148.")
    assert (r.arm1_value, r.arm1_n, r.arm2_value, r.arm2_n) == (12.0, 150.0, 20.0, 148.0)


def test_a_timepoint_in_what_a_label_is_for_is_the_rows():
    (r,) = rows("The hazard ratio for death at 60 days was 0.84 (95% CI, 0.71 to 0.99).")
    assert (r.outcome, r.timepoint, r.measure, r.estimate) == ("death at 60 days", "day 60", "hazard_ratio", 0.84)


def test_a_p_after_its_test_a_unit_printed_once_after_both_values_and_sizes_beside_percentages():
    text = (
        "At 3 years, overall survival was 85.2% vs 79.1% (log-rank P = 0.01). Intracranial hemorrhage was "
        "rarer (0.3% vs 0.8% per year; HR 0.38, 95% CI 0.22-0.64). Mortality was 12% (n=45) with rilazan vs "
        "18% (n=70) with warfarin."
    )
    found = [r for r in rows(text) if not r.label]
    assert [(r.measure, r.unit, r.arm1_text, r.arm2_text, r.arm1_label, r.arm2_label, r.p_text) for r in found] == [
        ("percent", "%", "85.2", "79.1", "", "", "0.01"),
        ("value", "% per year", "0.3", "0.8", "", "", ""),
        ("percent", "%", "12", "18", "rilazan", "warfarin", ""),
    ]
    assert found[0].quote == "85.2% vs 79.1% (log-rank P = 0.01"


def test_one_p_for_each_comparison_of_a_list_of_arms_goes_to_each_row():
    text = (
        "Remission occurred in 26.1%, 21.4%, and 6.8% of the patients in the 200-mg, 100-mg, and placebo groups, "
        "respectively (P<0.001 for both comparisons with placebo). Response was 40% with X 5 mg, 35% with X 2 mg, "
        "and 20% with placebo (P = 0.04)."
    )
    assert [(r.arm1_label, r.p_operator, r.p_text) for r in rows(text)] == [
        ("200-mg", "<", "0.001"),
        ("100-mg", "<", "0.001"),
        ("X 5 mg", "", ""),  # one P after three arms says not which comparison it is: none of them has it
        ("X 2 mg", "", ""),
    ]


def test_a_change_with_a_hedge_before_its_size_is_a_claim():
    text = "The drug also cut the risk of dying from any cause by about 19 percent."
    found = GENERIC.extract(text, "t")
    assert [(c.outcome, c.claimed_text, c.direction, c.scale) for c in found.claims] == [
        ("dying from any cause", "19", "decrease", "risk")
    ]


def test_a_relative_change_with_its_interval_is_a_claim_about_what_it_is_in():
    text = "Each 5 µg/m3 increase in exposure was associated with a 4% (95% CI 1-7%) increase in hospital admissions."
    found = GENERIC.extract(text, "t")
    assert [(c.outcome, c.claimed_text, c.direction) for c in found.claims] == [
        ("hospital admissions", "4", "increase")
    ]
    assert (found.results, found.unexplained) == ([], [])


def test_numbers_below_zero_are_audited_the_upper_bound_of_a_range_is_not_a_number_of_its_own():
    from evidence_review.coverage import NUMBER_TOKEN

    tokens = [m.group(0) for m in NUMBER_TOKEN.finditer("(change -2.6 points [-4.9 to -0.3]), IL-6, 1.2-1.4, 5%-10%")]
    assert tokens == ["2.6", "4.9", "0.3", "1.2", "5"]
    found = GENERIC.extract("The score changed by -0.04 ± 0.5 points in the A group (P = 0.49).", "t").unexplained
    assert [u.number for u in found] == ["0.04", "0.5", "0.49"]


def test_an_aligned_tables_header_is_its_last_line_above_the_rows_the_lines_above_are_its_upper_header():
    text = (
        "                                   Intervention     Control\n"
        "Outcome                            (n = 412)        (n = 409)     Absolute difference (95% CI)    P value\n"
        "Death, No. (%)                     62 (15.0)        71 (17.4)     -2.4 (-7.4 to 2.6)              .36\n"
        "Symptomatic hemorrhage, No. (%)    17 (4.1)         8 (2.0)       2.1 (-0.3 to 4.5)               .08\n"
    )
    found = [
        (r.outcome, r.measure, r.arm1_label, r.arm1_n, r.arm2_label, r.arm2_n, r.estimate, r.ci_low, r.p_text)
        for r in rows(text) if r.construction != "count"
    ]  # fmt: skip
    nan = None
    assert [tuple(None if isinstance(v, float) and math.isnan(v) else v for v in f) for f in found] == [
        ("Death", "count", "Intervention", 412.0, "Control", 409.0, nan, nan, ""),
        ("Death", "percent", "Intervention", 412.0, "Control", 409.0, nan, nan, ""),
        ("Death", "risk_difference", "", nan, "", nan, -2.4, -7.4, ".36"),
        ("Symptomatic hemorrhage", "count", "Intervention", 412.0, "Control", 409.0, nan, nan, ""),
        ("Symptomatic hemorrhage", "percent", "Intervention", 412.0, "Control", 409.0, nan, nan, ""),
        ("Symptomatic hemorrhage", "risk_difference", "", nan, "", nan, 2.1, -0.3, ".08"),
    ]


def test_an_estimate_pooled_across_trials_is_no_one_trials():
    text = (
        "In the ALPHA-2 trial, mortality was 8.0% with velocimab and 10.1% with placebo (HR 0.77; 95% CI 0.63-0.94). "
        "The BETA trial found no benefit (HR 1.03; 95% CI 0.87-1.22). A pooled analysis of both trials gave an HR "
        "of 0.88 (95% CI 0.77-1.00)."
    )
    found = [(r.trial, r.trial_basis, r.outcome, r.estimate) for r in rows(text) if r.measure == "hazard_ratio"]
    assert found == [
        ("ALPHA-2", "named in sentence", "mortality", 0.77),
        ("BETA", "named in sentence", "unspecified", 1.03),
        ("", "pooled across trials", "unspecified", 0.88),
    ]


def test_a_claim_that_refers_back_names_no_outcome():
    text = "In the trial, 2.4% of users had a stroke, versus 3.8% of non-users. That works out to a 37% lower risk."
    assert [(c.outcome, c.claimed_text) for c in GENERIC.extract(text, "t").claims] == [("unspecified", "37")]


def test_when_printed_after_the_arms_values_is_their_time_point_and_the_p_compares_them():
    (r,) = rows("Event rates were 8.4% vs 11.9% at 12 months (p=0.004).")
    assert (r.arm1_text, r.arm2_text, r.timepoint, r.timepoint_basis, r.p_text) == (
        "8.4",
        "11.9",
        "month 12",
        "stated",
        "0.004",
    )


def test_a_markdown_tables_rule_is_not_a_subgroup_and_events_over_total_is_not_part_of_an_arm():
    text = (
        "Table 2. Subgroups\n| Subgroup | Drug events/total | Placebo events/total | HR (95% CI) |\n|---|---|---|---|\n"
        "| Age < 70 years | 31/420 | 47/415 | 0.64 (0.41-1.01) |\n| Men | 50/380 | 66/390 | 0.77 (0.53-1.11) |\n"
    )
    found = [(r.subgroup, r.measure, r.arm1_label, r.arm2_label, r.arm1_text, r.arm1_n) for r in rows(text)]
    assert found == [
        ("Age < 70 years", "count", "Drug", "Placebo", "31", 420.0),
        ("Age < 70 years", "hazard_ratio", "", "", "", None),
        ("Men", "count", "Drug", "Placebo", "50", 380.0),
        ("Men", "hazard_ratio", "", "", "", None),
    ]


def test_a_claim_of_being_less_likely_to_have_a_list_of_things_is_about_the_list_not_how_long():
    text = (
        "People who took the injection were 20% less likely to have a heart attack, stroke or die of heart disease "
        "over about three years than those given a placebo."
    )
    (claim,) = GENERIC.extract(text, "t").claims
    assert (claim.outcome, claim.claimed_text, claim.direction) == (
        "heart attack, stroke or die of heart disease",
        "20",
        "decrease",
    )


def test_a_claim_of_being_less_likely_to_have_something_is_about_that_thing():
    text = "Users were 17 percent less likely to develop dementia than non-users, in a study of 200,000 older adults."
    extraction = GENERIC.extract(text, "t")
    (claim,) = extraction.claims
    assert (claim.outcome, claim.claimed_text, claim.direction) == ("dementia", "17", "decrease")
    assert extraction.unexplained == []


def test_percentages_listed_side_by_side_are_audited():
    """ "81.3%, 96.2% and 90.4%" is results the extractor does not read: the audit lists them."""
    text = "Survival rates at 5 years were 81.3%, 96.2%, and 90.4%, respectively."
    assert [u.number for u in GENERIC.extract(text, "t").unexplained] == ["81.3", "96.2", "90.4"]


def test_a_drugs_efficacy_in_words_is_not_read_and_the_audit_lists_it():
    extraction = GENERIC.extract("The drug was 50% effective at preventing relapse.", "t")
    assert extraction.results == [] and [u.number for u in extraction.unexplained] == ["50"]


def test_a_claim_of_a_lower_risk_names_what_the_risk_is_of():
    (claim,) = GENERIC.extract(
        "The top quartile had a 34% lower risk of dementia (HR, 0.66; 95% CI, 0.56-0.78).", "t"
    ).claims
    assert (claim.outcome, claim.claimed_text, claim.direction, claim.scale) == ("dementia", "34", "decrease", "risk")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what the risk was of, not who cut it
        ("The drug cut the risk of kidney failure or death by 32 percent.", ("kidney failure or death", "32", "risk")),
        # what fell: the subject
        ("Deaths from any cause fell by 31 percent in the treated group.", ("Deaths from any cause", "31", "")),
        # a relative risk reduction printed without its interval
        ("The relative risk reduction for attended illness was 71.3%.", ("attended illness", "71.3", "risk")),
        # a relative reduction that does not say "risk"
        ("The relative reduction in falls was 20%.", ("falls", "20", "")),
        # a combined risk, in per cent
        ("The jab reduced the combined risk of stroke or death by 20 per cent.", ("stroke or death", "20", "risk")),
        # what "was reduced by" a percentage (not a difference of 32 percentage points)
        ("Falls were reduced by 32% (HR 0.68 [0.52-0.89]).", ("Falls", "32", "")),
    ],
)
def test_relative_reductions_in_words_are_claims(text, expected):
    extraction = GENERIC.extract(text, "t")
    (claim,) = extraction.claims
    assert (claim.outcome, claim.claimed_text, claim.scale) == expected
    assert claim.direction == "decrease"
    assert [r.measure for r in extraction.results] in ([], ["hazard_ratio"]) and extraction.unexplained == []


def test_a_difference_in_words_that_compares_the_arms_is_read_a_change_within_an_arm_is_not():
    (row,) = rows("Remission was higher by 6.3 percentage points in the drug group.")
    assert (row.outcome, row.measure, row.estimate, row.unit) == (
        "Remission",
        "risk_difference",
        6.3,
        "percentage points",
    )
    assert [r.measure for r in rows("Weight decreased by 4.1 kg in the drug group.")] == []


def test_a_relative_change_in_percent_is_a_claim_however_percent_is_written():
    for text in (
        "Falls were reduced by 32% (HR 0.68 [0.52-0.89]).",
        "Falls were reduced by 32 percent (HR 0.68 [0.52-0.89]).",
    ):
        extraction = GENERIC.extract(text, "t")
        assert [c.claimed_text for c in extraction.claims] == ["32"]
        assert [r.measure for r in extraction.results] == ["hazard_ratio"]


def test_a_p_printed_before_its_estimate_is_in_the_rows_quote_and_not_unexplained():
    text = "Relapse was likelier (P = 0.002; HR 2.7; 95% CI 1.5, 4.9)."
    extraction = GENERIC.extract(text, "t")
    (row,) = extraction.results
    assert (row.p_text, row.quote) == ("0.002", "P = 0.002; HR 2.7; 95% CI 1.5, 4.9")
    assert text[row.start : row.end] == row.quote and extraction.unexplained == []


def test_categories_of_a_list_of_estimates_are_their_subgroups_and_a_comparator_is_not_an_outcome():
    found = rows("Risk rose (Q2: HR = 1.2 (95% CI 1.0-1.4); Q3: HR = 1.5 (95% CI 1.2-1.8)).")
    assert [(r.subgroup, r.estimate) for r in found] == [("Q2", 1.2), ("Q3", 1.5)]
    found = rows("Stroke occurred less often [n = 110] vs placebo [n = 98] (39 versus 58 percent; hazard ratio, 0.54).")
    assert [(r.outcome, r.measure) for r in found if r.outcome != "enrollment"] == [
        ("Stroke", "percent"),
        ("Stroke", "hazard_ratio"),
    ]


def test_what_a_treatment_changed_by_a_percentage_is_a_claim_only_when_a_ratio_says_it_is_relative():
    extraction = GENERIC.extract("Treatment reduced mortality by 24% (relative risk, 0.76; 95% CI, 0.64 to 0.90).", "t")
    (claim,) = extraction.claims
    assert (claim.outcome, claim.claimed_text, claim.direction) == ("mortality", "24", "decrease")
    assert [(r.outcome, r.measure, r.estimate) for r in extraction.results] == [("mortality", "risk_ratio", 0.76)]
    assert extraction.unexplained == []
    # a percentage of a laboratory value is not said to be relative: not a claim, and the audit lists it
    extraction = GENERIC.extract("Treatment reduced HbA1c by 1.2% (P < 0.001).", "t")
    assert extraction.claims == [] and [u.number for u in extraction.unexplained] == ["1.2"]


def test_an_outcome_named_after_a_labelled_estimate_is_its_outcome_unless_it_names_a_dose():
    (row,) = rows("The HR was 0.72 (95% confidence interval: 0.58 to 0.89; p = 0.002) for death.")
    assert (row.outcome, row.measure, row.estimate, row.p_text) == ("death", "hazard_ratio", 0.72, "0.002")
    (row,) = rows("The HR was 0.72 (95% CI 0.58 to 0.89) for the high dose.")
    assert row.outcome == "unspecified"


def test_a_relative_risk_reduction_as_a_percentage_is_not_a_ratio():
    (row,) = rows("The relative risk reduction was 31% (95% CI, 18 to 42).")
    assert (row.measure, row.estimate, row.ci_low, row.ci_high) == ("percent", 31.0, 18.0, 42.0)
    # under the label a relative risk ratio also has, it is not read, and the audit lists it
    extraction = GENERIC.extract("Stroke fell (RRR 31%, 95% CI 18-42).", "t")
    assert extraction.results == []
    assert [u.number for u in extraction.unexplained] == ["31", "18"]


def test_a_vocabulary_normalises_names_and_keeps_the_numbers_of_a_text_about_other_trials():
    vocab = Vocabulary.from_dict(
        {
            "trials": [
                {"name": "HEART-1", "aliases": ["HEART-1", "Heart One"], "design": "randomized",
                 "treatment": "cardiox", "intervention": "cardiox", "comparator": "placebo"}
            ],
            "outcomes": [{"name": "mortality", "terms": ["death", "mortality"], "benefit": "decrease"}],
        }
    )  # fmt: skip
    extractor = Extractor(vocab)
    known = "In the Heart One trial, death occurred in 8.1% vs 10.4% (hazard ratio, 0.77; 95% CI, 0.62 to 0.95)."
    assert [(r.trial, r.outcome, r.measure) for r in extractor.extract(known, "k").results] == [
        ("HEART-1", "mortality", "percent"),
        ("HEART-1", "mortality", "hazard_ratio"),
    ]
    # background numbers in a text about the vocabulary's trials name no trial and are left out
    background = "Heart failure affects 2% of adults. In HEART-1, death occurred in 8.1% vs 10.4%."
    assert [r.trial for r in extractor.extract(background, "b").results] == ["HEART-1"]
    # a text about a trial the vocabulary does not know keeps every number, its trial as the text names it
    other = "In the KIDNEY-9 trial, death occurred in 5.0% vs 6.6% (hazard ratio, 0.74; 95% CI, 0.58 to 0.94)."
    assert [(r.trial, r.outcome, r.measure) for r in extractor.extract(other, "o").results] == [
        ("KIDNEY-9", "mortality", "percent"),
        ("KIDNEY-9", "mortality", "hazard_ratio"),
    ]
    assert [r.trial for r in extractor.extract("Death occurred in 5.0% vs 6.6%.", "n").results] == [""]
    # news names its trial after its numbers: they are the trial's when they compare its arms (not a background fact)
    news = (
        "Heart failure affects 2% of adults. Among people who took cardiox, 8.1% died within a year, compared with "
        "10.4% of those given placebo. The trial, called HEART-1, involved 2,600 adults."
    )
    assert [(r.trial, r.measure, r.arm1_value) for r in extractor.extract(news, "n").results] == [
        ("HEART-1", "percent", 8.1),
        ("HEART-1", "count", None),
    ]
    # an outcome the vocabulary does not know, named in the sentence, is not the paragraph's last one
    text = "In HEART-1, death occurred in 8.1% vs 10.4%. Serious hypotension was more frequent (2.4% vs 1.4%)."
    assert [r.outcome for r in extractor.extract(text, "h").results] == [
        "mortality",
        "Serious hypotension",
    ]


def test_with_a_vocabulary_one_arms_value_is_named_as_the_vocabulary_names_the_arm():
    vocab = Vocabulary.from_dict(
        {
            "trials": [
                {"name": "HEART-1", "design": "randomized", "treatment": "cardiox", "intervention": "cardiox",
                 "comparator": "standard care", "experimental_terms": ["cardiox"],
                 "control_terms": ["standard-care", "usual care"]}
            ],
            "outcomes": [{"name": "survival", "terms": ["survival"], "benefit": "increase"}],
        }
    )  # fmt: skip
    text = (
        "In HEART-1, median survival was 20.1 months (95% CI 18.0-22.3) in the cardiox-treated group and "
        "16.0 months (95% CI 14.2-17.9) in the standard-care group."
    )
    found = Extractor(vocab).extract(text, "t").results
    assert [(r.trial, r.outcome, r.measure, r.estimate, r.arm1_label) for r in found] == [
        ("HEART-1", "survival", "median", 20.1, "cardiox"),
        ("HEART-1", "survival", "median", 16.0, "standard care"),
    ]
    assert [r.arm1_label for r in rows(text)] == ["cardiox-treated", "standard-care"]  # without one, as written
    # a change from one time to another within an arm named after it is not two arms to put in order
    text = "In HEART-1, survival rose from 61.0% to 66.4% in the cardiox group."
    (change,) = Extractor(vocab).extract(text, "t").results
    found = (change.arm1_label, change.arm1_value, change.arm2_label, change.arm2_value)
    assert found == ("after", 66.4, "before", 61.0)


def test_with_a_vocabulary_three_arms_named_before_their_sizes_are_the_arms_of_the_lists_after_them():
    vocab = Vocabulary.from_dict(
        {
            "trials": [
                {"name": "JOINT-2", "design": "randomized", "treatment": "velumab", "intervention": "velumab",
                 "comparator": "placebo", "experimental_terms": ["velumab"], "control_terms": ["placebo"]}
            ],
        }
    )  # fmt: skip
    text = (
        "In JOINT-2, patients were assigned to velumab 50 mg (n=211), velumab 100 mg (n=209) or placebo (n=210). "
        "Serious infections occurred in 4 (1.9%), 7 (3.3%) and 2 (1.0%) patients."
    )
    found = [r for r in Extractor(vocab).extract(text, "t").results if r.construction == "values_in_arms_order"]
    assert [(r.trial, r.measure, r.arm1_label, r.arm1_text, r.arm2_label, r.arm2_text) for r in found] == [
        ("JOINT-2", "count", "velumab 50 mg", "4", "placebo", "2"),
        ("JOINT-2", "count", "velumab 100 mg", "7", "placebo", "2"),
        ("JOINT-2", "percent", "velumab 50 mg", "1.9", "placebo", "1.0"),
        ("JOINT-2", "percent", "velumab 100 mg", "3.3", "placebo", "1.0"),
    ]


def test_with_a_vocabulary_a_table_row_that_qualifies_its_term_is_another_outcome_as_written():
    vocab = Vocabulary.from_dict({"outcomes": [{"name": "mortality", "terms": ["death"], "benefit": "decrease"}]})
    table = (
        "| Outcome | Drug (n = 900) | Placebo (n = 905) | Hazard ratio (95% CI) |\n"
        "|---|---|---|---|\n"
        "| Death from any cause, no. (%) | 81 (9.0) | 102 (11.3) | 0.79 (0.59-1.06) |\n"
        "| Cardiovascular death | 47 (5.2) | 66 (7.3) | 0.71 (0.49-1.03) |\n"
        "| Death from renal causes | 9 (1.0) | 12 (1.3) | 0.75 (0.32-1.78) |\n"
        "| Death by day 90 | 40 (4.4) | 52 (5.7) | 0.77 (0.51-1.16) |\n"
    )
    found = Extractor(vocab).extract(table, "t").results
    assert [(r.outcome, r.measure) for r in found if r.measure == "hazard_ratio"] == [
        ("mortality", "hazard_ratio"),
        ("Cardiovascular death", "hazard_ratio"),
        ("Death from renal causes", "hazard_ratio"),
        ("mortality", "hazard_ratio"),
    ]


def test_values_after_a_decrease_in_words_are_changes_below_zero_as_printed():
    found = rows("Diastolic pressure fell by 5.9 mm Hg and 2.2 mm Hg, respectively, in the X and Y groups.")
    assert [(r.arm1_value, r.arm1_text, r.arm2_value, r.arm2_text, r.unit) for r in found] == [
        (-5.9, "5.9", -2.2, "2.2", "mm Hg")
    ]
    # a percentage after "fell by" may be relative: as printed
    found = rows("Body weight fell by 7.4% with drug S and 1.8% with placebo.")
    assert [(r.arm1_value, r.arm2_value) for r in found] == [(7.4, 1.8)]


def test_the_results_section_of_a_structured_abstract_belongs_to_the_one_trial_its_methods_name():
    """Headings start sections; the one trial an article names, before its results, is theirs: its arm
    values are kept with a vocabulary (they are not background) and named without one."""
    text = (
        "Cardiox in Heart Failure\n\nMETHODS\nIn this trial (HEART-1; NCT05512345), we randomly assigned 4012 "
        "patients.\n\nRESULTS\nDeath occurred in 402 of 2006 patients (20.0%) in the cardiox group and in 491 of "
        "2006 patients (24.5%) in the placebo group (hazard ratio, 0.80; 95% CI, 0.70 to 0.91).\n"
    )
    vocab = Vocabulary.from_dict(
        {
            "trials": [
                {"name": "HEART-1", "aliases": ["HEART-1"], "design": "randomized", "treatment": "cardiox",
                 "intervention": "cardiox", "comparator": "placebo", "experimental_terms": ["cardiox"],
                 "control_terms": ["placebo"]}
            ],
            "outcomes": [{"name": "mortality", "terms": ["death"], "benefit": "decrease"}],
        }
    )  # fmt: skip
    with_vocabulary = [
        (r.trial, r.outcome, r.measure, r.trial_basis) for r in Extractor(vocab).extract(text, "t").results
    ]
    basis = "the one trial its article names, before its results"
    assert with_vocabulary == [
        ("HEART-1", "enrollment", "count", "named in sentence"),
        ("HEART-1", "mortality", "count", basis),
        ("HEART-1", "mortality", "percent", basis),
        ("HEART-1", "mortality", "hazard_ratio", basis),
    ]
    assert [(r.trial, r.measure) for r in rows(text)] == [
        ("HEART-1", "count"),
        ("HEART-1", "count"),
        ("HEART-1", "percent"),
        ("HEART-1", "hazard_ratio"),
    ]
    # an article that names two trials leaves its results' trial unsaid
    two = text.replace("we randomly assigned", "as in the LUNG-2 trial, we randomly assigned")
    assert [r.trial for r in rows(two)][1:] == ["", "", ""]


def test_with_a_vocabulary_a_lists_categories_and_a_studys_participants_are_not_its_outcome():
    vocab = Vocabulary.from_dict(
        {"outcomes": [{"name": "gout", "terms": ["gout"], "benefit": "decrease"},
                      {"name": "headache days", "terms": ["headache days"], "benefit": "decrease"}]}
    )  # fmt: skip
    extractor = Extractor(vocab)
    text = (
        "The adjusted HRs (95% CIs) for gout were 1.11 (0.98, 1.25) for rotating shifts and 1.44 (1.20, 1.73) "
        "for night shifts. The drug reduced headache days (MD -2.1 days, 95% CI -2.8 to -1.4; 7 trials, 3904 "
        "participants) and cut gout by 20 per cent in a trial of 17,600 adults."
    )
    found = extractor.extract(text, "t").results
    assert [(r.outcome, r.subgroup, r.measure, r.estimate) for r in found] == [
        ("gout", "rotating shifts", "hazard_ratio", 1.11),
        ("gout", "night shifts", "hazard_ratio", 1.44),
        ("headache days", "overall", "mean_difference", -2.1),
        ("enrollment", "overall", "count", 3904.0),
        ("enrollment", "overall", "count", 17600.0),
    ]


def test_with_a_vocabulary_an_asides_outcome_and_an_earlier_items_are_not_a_values_and_a_list_pairs_in_order():
    vocab = Vocabulary.from_dict(
        {"outcomes": [{"name": "kidney composite", "terms": ["primary-outcome event"], "benefit": "decrease"},
                      {"name": "death", "terms": ["death"], "benefit": "decrease"},
                      {"name": "nausea", "terms": ["nausea"], "benefit": "decrease"},
                      {"name": "stroke", "terms": ["stroke"], "benefit": "decrease"}]}
    )  # fmt: skip
    extractor = Extractor(vocab)
    text = (
        "A primary-outcome event (a decline in eGFR of at least 40% or death from renal causes) occurred in 8.1% "
        "of the patients in the X group and 11.3% of those in the placebo group. The most common side effects "
        "were nausea (44.2% vs 17.4%) and diarrhea (31.5% vs 15.9%). The HRs were 0.81 (0.70-0.94) and 0.93 "
        "(0.80-1.08) for stroke and death, respectively."
    )
    found = extractor.extract(text, "t").results
    assert [(r.outcome, r.measure, r.arm1_text or r.estimate_text) for r in found] == [
        ("kidney composite", "percent", "8.1"),
        ("nausea", "percent", "44.2"),
        ("diarrhea", "percent", "31.5"),
        ("stroke", "hazard_ratio", "0.81"),
        ("death", "hazard_ratio", "0.93"),
    ]


def test_out_of_a_denominator_a_p_value_without_its_sign_and_a_natural_frequency_left_to_the_audit():
    text = (
        "In the trial, 12 out of 100 people on the drug and 20 out of 100 on placebo had a heart attack. "
        "Readmission was reduced (hazard ratio 0.78, p-value 0.03). "
        "About 1 in 4 patients on the drug had nausea, compared with 1 in 10 on placebo."
    )
    found = GENERIC.extract(text, "t")
    assert [(report(r), r.arm1_n, r.arm2_n, r.p_text, r.p_operator) for r in found.results] == [
        (("", "heart attack", "overall", "count", "12", "20", "drug", "placebo"), 100.0, 100.0, "", ""),
        (("", "Readmission", "overall", "hazard_ratio", 0.78, None, None, "", ""), None, None, "0.03", "="),
    ]
    # "1 in 4 ... compared with 1 in 10" are no two arms' counts (1 and 1): the audit lists them
    assert [u.number for u in found.unexplained] == ["1", "1", "10"]


def test_a_lists_items_that_are_analyses_models_or_time_points():
    """Items of a "respectively" list that name analyses or models are subgroups (each with the noun they
    share), items that are time points are the estimates' time points, not outcomes."""
    text = (
        "The HRs were 0.72 (95% CI 0.60-0.86) and 0.81 (0.70-0.94) in the intention-to-treat and per-protocol "
        "populations, respectively. The ORs for remission were 1.4 (1.1-1.8) and 1.9 (1.4-2.6) at 6 and 12 months, "
        "respectively. Adjusted HRs for death were 0.8 (0.7-0.9) and 0.9 (0.8-1.0) in models 1 and 2, respectively."
    )
    found = GENERIC.extract(text, "t")
    assert [(r.outcome, r.subgroup, r.timepoint, r.estimate) for r in found.results] == [
        ("unspecified", "intention-to-treat population", "", 0.72),
        ("unspecified", "per-protocol population", "", 0.81),
        ("remission", "overall", "month 6", 1.4),
        ("remission", "overall", "month 12", 1.9),
        ("death", "model 1", "", 0.8),
        ("death", "model 2", "", 0.9),
    ]
    assert found.unexplained == []


def test_an_aligned_tables_line_of_sizes_may_hold_an_estimates_interval_and_the_p_column_stays_the_headers():
    """A PDF table's header on two lines, the second the arms' sizes and "(95% CI)" under "Hazard ratio": the
    first line is the header (the P column's too), the second its sizes and the estimate's level."""
    text = (
        "Table 2. Efficacy end points\n\n"
        "End point                                  Drug A          Placebo         Hazard ratio      P value\n"
        "                                           (N = 512)       (N = 509)       (95% CI)\n"
        "Progression-free survival, median (mo)     11.2            7.4             0.68 (0.57-0.81)  <0.001\n"
        "Objective response, no. (%)                256 (50.0)      178 (35.0)      —                 0.003\n"
    )
    found = GENERIC.extract(text, "t").results
    assert [(r.outcome, r.measure, r.arm1_label, r.arm1_n, r.estimate, r.ci_level, r.p_text) for r in found] == [
        ("enrollment", "count", "Drug A", None, 512.0, None, ""),
        ("enrollment", "count", "Placebo", None, 509.0, None, ""),
        ("Progression-free survival", "median", "Drug A", 512.0, None, None, ""),
        ("Progression-free survival", "hazard_ratio", "", None, 0.68, 95.0, "0.001"),
        ("Objective response", "count", "Drug A", 512.0, None, None, "0.003"),
        ("Objective response", "percent", "Drug A", 512.0, None, None, "0.003"),
    ]


def test_single_values_respectively_one_for_each_item_or_time_point_the_subject_lists():
    text = (
        "Recurrence-free survival (RFS), cancer-specific survival (CSS) and overall survival (OS) rates at 5 years "
        "were 81.3%, 96.2% and 90.4%, respectively. The 1-, 3-, and 5-year overall survival rates were 92.1%, "
        "78.4%, and 65.3%, respectively. The sensitivity and specificity were 91.2% and 84.5%, respectively. "
        "Median neoadjuvant and adjuvant therapy durations were 5 months (IQR: 4-8) and 22 months (IQR: 15-31), "
        "respectively. Response rates were 45% and 30% in the drug and placebo groups, respectively."
    )
    found = GENERIC.extract(text, "t")
    assert [(report(r), r.timepoint) for r in found.results] == [
        (("", "Recurrence-free survival", "overall", "percent", 81.3, None, None, "", ""), "year 5"),
        (("", "cancer-specific survival", "overall", "percent", 96.2, None, None, "", ""), "year 5"),
        (("", "overall survival", "overall", "percent", 90.4, None, None, "", ""), "year 5"),
        (("", "overall survival", "overall", "percent", 92.1, None, None, "", ""), "year 1"),
        (("", "overall survival", "overall", "percent", 78.4, None, None, "", ""), "year 3"),
        (("", "overall survival", "overall", "percent", 65.3, None, None, "", ""), "year 5"),
        (("", "sensitivity", "overall", "percent", 91.2, None, None, "", ""), ""),
        (("", "specificity", "overall", "percent", 84.5, None, None, "", ""), ""),
        (("", "neoadjuvant", "overall", "median", 5.0, None, None, "", ""), ""),
        (("", "adjuvant therapy durations", "overall", "median", 22.0, None, None, "", ""), ""),
        (("", "Response", "overall", "percent", "45", "30", "drug", "placebo"), ""),
    ]
    assert found.unexplained == []
    # how long, not when: no time point ("over 5 years"); a list's subject that is no list gives nothing
    over = GENERIC.extract("Stroke and death rates over 5 years were 4.1% and 6.2%, respectively.", "o").results
    assert [(r.outcome, r.estimate, r.timepoint) for r in over] == [("Stroke", 4.1, ""), ("death", 6.2, "")]
    assert GENERIC.extract("Rates were 4.1%, 5.0% and 6.2%, respectively.", "n").results == []


def test_a_pairs_own_p_after_it_alone_in_a_bracket_or_after_a_comma_and_not_a_ratios_after_it():
    text = (
        "Relapse occurred in 11% of patients in the X group and 17% of those in the placebo group (P = 0.02). "
        "Nausea occurred in 6% of patients in the X group and 3% of those in the placebo group, P = 0.04. "
        "Falls occurred in 9% of patients in the X group and 14% of those in the placebo group (P = 0.03; OR 0.61, "
        "95% CI 0.40-0.93)."
    )
    found = GENERIC.extract(text, "t").results
    assert [(r.outcome, r.measure, r.p_text) for r in found] == [
        ("Relapse", "percent", "0.02"),
        ("Nausea", "percent", "0.04"),
        ("Falls", "percent", ""),
        ("Falls", "odds_ratio", "0.03"),
    ]


def test_a_sentence_that_starts_with_a_number_is_a_sentence():
    from evidence_review.text import layout

    text = "Patients were enrolled (n = 40). 28-day mortality was 10%. See Fig. 2 for details. 12 died."
    lay = layout(text)
    assert [text[s.start : s.end] for s in lay.sentences] == [
        "Patients were enrolled (n = 40).",
        "28-day mortality was 10%.",
        "See Fig. 2 for details.",
        "12 died.",
    ]


TRIAL_NAMES = [
    ("The ORBIT-4 trial randomized 900 patients.", "ORBIT-4", "named in sentence"),
    ("Results of the ALTO randomized controlled trial. Death occurred in 4% vs 6%.", "ALTO", "named in paragraph"),
    ("Heart Failure Outcomes (HF-PACE)\nDeath occurred in 4% vs 6%.", "HF-PACE", "named earlier in section"),
    # (a title after blank lines is still the title)
    ("\n\nKidney Outcomes (KO-3)\nDeath occurred in 4% vs 6%.", "KO-3", "named earlier in section"),
    ("We enrolled patients (NCT01234567). Death occurred in 4% vs 6%.", "NCT01234567", "named in paragraph"),
    ("The STAR trial (ISRCTN 12345678) enrolled adults. Death occurred in 4% vs 6%.", "STAR", "named in paragraph"),
    # design words before the acronym; the acronym in brackets after "trial"; a title's main part
    ("In the phase 3 DELTA-7 trial, death occurred in 4% vs 6%.", "DELTA-7", "named in sentence"),
    (
        "Drug Q Phase 3 SUMMIT-2 Trial Meets Its Goal\nDeath occurred in 4% vs 6%.",
        "SUMMIT-2",
        "named earlier in section",
    ),
    ("In this randomized trial (CORE-5), death occurred in 4% vs 6%.", "CORE-5", "named in sentence"),
    (
        "Drug R versus placebo in gout (GOUT-2): a randomised trial\nDeath occurred in 4% vs 6%.",
        "GOUT-2",
        "named earlier in section",
    ),
    ("The trial (NCT01234567) enrolled adults. Death occurred in 4% vs 6%.", "NCT01234567", "named in paragraph"),
    (  # a title a PDF wrapped over lines
        "Drug R versus placebo in chronic\ngout (GOUT-2): a randomised,\ndouble-blind trial\n\n"
        "Death occurred in 4% vs 6%.",
        "GOUT-2",
        "named earlier in section",
    ),
    # designs, diseases and agencies are not trial names
    ("In a phase III trial, death occurred in 4% vs 6%.", "", "none"),
    ("The RCT study and the FDA trial: death occurred in 4% vs 6%.", "", "none"),
]


def test_a_result_comparing_arms_before_the_one_trial_its_article_names_later_is_that_trials():
    news = (
        "Heart failure affects 2% of adults. Death occurred in 4% of people on the drug vs 6% on placebo.\n\n"
        "The trial, called ORCA-2, enrolled 900 adults."
    )
    found = rows(news)
    assert [(r.trial, r.trial_basis, r.arm1_text, r.arm2_text) for r in found if r.measure == "percent"] == [
        ("ORCA-2", "the one trial its article names, after its results", "4", "6"),
    ]
    # not a trial a title below names: the next abstract's
    two = "Death occurred in 4% vs 6%.\n\nDrug R in gout: the GOUT-2 randomised trial\n\nGout flares were rarer."
    assert [(r.trial, r.trial_basis) for r in rows(two)] == [("", "none")]


@pytest.mark.parametrize(("text", "trial", "basis"), TRIAL_NAMES, ids=[t[:30] for t, _, _ in TRIAL_NAMES])
def test_the_trial_is_the_one_the_text_names(text, trial, basis):
    found = rows(text)
    assert found and {(r.trial, r.trial_basis) for r in found[-1:]} == {(trial, basis)}


# -- text from PDFs and tables ------------------------------------------------------------------


def test_thin_space_thousands_and_hyphenated_line_wraps():
    text = "Among 21\u2009550 participants, the rate ra-\ntio for death was 0.85 (95% CI 0.76 to 0.94)."
    found = rows(text)
    assert [(r.measure, r.estimate) for r in found] == [("count", 21550.0), ("rate_ratio", 0.85)]
    for r in found:
        assert text[r.start : r.end] == r.quote


def test_an_abbreviation_the_text_defines_for_a_ratio_is_its_label():
    text = (
        "Exposure raised the risk: the HR from the registry analysis (HRG) was 1.20 (95% CI 1.01-1.38).\n"
        "Among carriers the limits were wider (HRG=1.24,95%CI:1.00,1.54; P=0.03).\n"
        "Scores (ABC=1.24, 95% CI 1.00-1.54) are not ratios."
    )
    found = [r for r in rows(text) if r.measure.endswith("ratio")]
    assert [(r.label, *effect(r)) for r in found] == [
        ("HR", "hazard_ratio", 1.2, 1.01, 1.38, None),
        ("HRG", "hazard_ratio", 1.24, 1.00, 1.54, "0.03"),
    ]
    assert found[1].quote == "HRG=1.24,95%CI:1.00,1.54; P=0.03"


def test_letter_spaced_words_from_pdfs():
    text = "R E S U L T S\nThe  h a z a r d  r a t i o  for death was 0.75 (95% CI 0.60-0.94)."
    (r,) = rows(text)
    assert (r.measure, r.label, r.outcome, r.estimate, r.ci_low, r.ci_high) == (
        "hazard_ratio",
        "hazard ratio",
        "death",
        0.75,
        0.6,
        0.94,
    )
    assert text[r.start : r.end] == r.quote and r.quote.startswith("h a z a r d")
    # single letters that are words, and short runs, are left alone
    assert clean("Groups A and B differed; x y z.").text == "Groups A and B differed; x y z."


@pytest.mark.parametrize(
    ("wrapped", "joined"),
    [
        ("the recov-\nery of", "the recovery of"),  # a word split by a wrap
        ("the Kaplan-\nMeier estimate", "the Kaplan-Meier estimate"),  # a capital after it: words
        ("IL-\n6 levels", "IL-6 levels"),  # a digit after it
        ("TNF-\nalpha levels", "TNF-alpha levels"),  # an acronym before it
        ("a placebo-\ncontrolled trial", "a placebo-controlled trial"),  # a prefix that takes one
        ("Sotagli-\nflozin was given", "Sotagliflozin was given"),  # a capitalized word split by a wrap
    ],
)
def test_a_hyphen_at_a_lines_end_is_kept_only_where_the_words_take_one(wrapped, joined):
    assert clean(wrapped).text == joined


def test_a_pages_running_head_and_foot_inside_a_sentence_are_cut_out_and_the_sentence_rejoins():
    """A PDF's page break sets the running head and foot inside a sentence ("Treat-" ... "ment-related"):
    they are cut out as a segment of their own, the word rejoins, offsets still point into the text, and
    the excerpt says where the text was interrupted."""
    text = (
        "RESULTS\nAn objective response occurred in 28.4% and 12.9% of the patients, respectively. Treat-\n\n"
        "n engl j med 388;14 nejm.org April 6, 2023\nDownloaded from nejm.org on April 10, 2023.\n\n"
        "ment-related adverse events of grade 3 or higher occurred in 21.7% of the patients in the X group and\n\n"
        "The Journal of Things 12;3\n\n"
        "in 41.3% of those in the placebo group.\n"
    )
    ct = clean(text)
    assert "Treatment-related adverse events" in ct.text and "nejm.org" not in ct.text
    assert "Journal of Things" not in ct.text
    (row,) = [r for r in rows(text) if r.outcome.startswith("Treatment")]
    assert (row.measure, row.arm1_text, row.arm2_text, row.arm1_label, row.arm2_label) == (
        "percent", "21.7", "41.3", "X", "placebo"
    )  # fmt: skip
    assert text[row.start : row.end] == row.quote and "Journal of Things" in row.quote
    assert "[\u2026 text interrupted by a page's running head and foot \u2026]" in row.excerpt
    # a short line that stops without a full stop is a title, not running text: what follows it stays
    title = "Lorvatinib in Lung Cancer\n\noriginal article\n\nresults were reported.\n"
    assert clean(title).text == title


def test_one_line_abstract_keeps_each_result_with_its_own_label():
    text = (
        "BACKGROUND: Few data. METHODS: A cohort. RESULTS: Stroke (HR 0.80, 95% CI 0.70-0.92) and "
        "bleeding (OR 1.40, 95% CI 1.10-1.78) differed. CONCLUSIONS: Treat."
    )
    assert [effect(r) for r in rows(text)] == [
        ("hazard_ratio", 0.8, 0.7, 0.92, None),
        ("odds_ratio", 1.4, 1.1, 1.78, None),
    ]


# Tables as text: the measure from the column's header, the outcome from the row's first cell,
# the P from the column headed P. Each table is (text, [(outcome, measure, est, lo, hi, P)]).
TABLES = [
    (  # a table of subgroups whose title names its outcome before them
        "Table 3. Primary outcome in prespecified subgroups\n\n| Subgroup | Drug, n/N (%) | Placebo, n/N (%) | "
        "Hazard ratio (95% CI) |\n|---|---|---|---|\n"
        "| Age <65 years | 41/512 (8.0) | 66/509 (13.0) | 0.60 (0.41-0.89) |\n"
        "| Female | 38/402 (9.5) | 55/398 (13.8) | 0.67 (0.44-1.01) |\n",
        [
            ("Primary outcome", "hazard_ratio", 0.6, 0.41, 0.89, None),
            ("Primary outcome", "hazard_ratio", 0.67, 0.44, 1.01, None),
        ],
    ),
    (
        "Table 2. Outcomes at 12 months.\n\n| Outcome | Drug (n=100) | Placebo (n=98) | HR (95% CI) | P |\n"
        "|---|---|---|---|---|\n| Death | 12 (12%) | 20 (20.4%) | 0.58 (0.29-1.17) | 0.13 |\n"
        "| Stroke | 3 | 5 | 0.61 (0.15-2.50) | 0.49 |\n",
        [("Death", "hazard_ratio", 0.58, 0.29, 1.17, "0.13"), ("Stroke", "hazard_ratio", 0.61, 0.15, 2.5, "0.49")],
    ),
    (
        "Table 3\nOutcome\tOdds ratio (95% CI)\tP value\nReadmission\t0.72 (0.55\u20130.94)\t0.02\n"
        "Myocardial infarction\t1.10 (0.90\u20131.34)\t0.35\n",
        [
            ("Readmission", "odds_ratio", 0.72, 0.55, 0.94, "0.02"),
            ("Myocardial infarction", "odds_ratio", 1.1, 0.9, 1.34, "0.35"),
        ],
    ),
    (
        "Outcome              Adjusted HR (95% CI)      P\n"
        "Death                0.58 (0.29 to 1.17)       0.13\n"
        "Hospitalization      0.71 (0.60 to 0.84)       <0.001\n",
        [
            ("Death", "hazard_ratio", 0.58, 0.29, 1.17, "0.13"),
            ("Hospitalization", "hazard_ratio", 0.71, 0.6, 0.84, "0.001"),
        ],
    ),
    (  # an estimate and its interval in cells of their own, under "HR" and "95% CI"
        "| Outcome | Drug (n=600) | Placebo (n=598) | HR | 95% CI | P |\n|---|---|---|---|---|---|\n"
        "| Death | 45/600 | 62/598 | 0.71 | 0.48-1.05 | 0.09 |\n"
        "| Stroke | 12/600 | 25/598 | 0.47 | 0.24-0.94 | 0.03 |\n",
        [("Death", "hazard_ratio", 0.71, 0.48, 1.05, "0.09"), ("Stroke", "hazard_ratio", 0.47, 0.24, 0.94, "0.03")],
    ),
    (  # or under "Lower 95% CI" and "Upper 95% CI"
        "Outcome\tOdds ratio\tLower 95% CI\tUpper 95% CI\tP\nReadmission\t0.82\t0.66\t1.02\t0.07\n"
        "Infection\t1.31\t1.02\t1.68\t0.03\n",
        [
            ("Readmission", "odds_ratio", 0.82, 0.66, 1.02, "0.07"),
            ("Infection", "odds_ratio", 1.31, 1.02, 1.68, "0.03"),
        ],
    ),
    (  # each row of a table is a sentence: a time point in one row's name is not the next row's
        "Outcome\tDrug (N=400)\tPlacebo (N=398)\tRisk ratio (95% CI)\tP value\n"
        "Death at day 60\t31/400 (7.8)\t44/398 (11.1)\t0.70 (0.45\u20131.09)\t0.11\n"
        "Readmission\t52/400 (13.0)\t71/398 (17.8)\t0.73 (0.52\u20131.01)\t0.06\n",
        [
            ("Death at day 60", "risk_ratio", 0.7, 0.45, 1.09, "0.11"),
            ("Readmission", "risk_ratio", 0.73, 0.52, 1.01, "0.06"),
        ],
    ),
    (  # a centred header over aligned columns; the interval in brackets; no P column; its rows are
        # subgroups (its first header cell says so), of no outcome its title names
        "                       Relative risk\n"
        "Subgroup               [95% CI]\n"
        "Women                  0.82 [0.70, 0.96]\n"
        "Men                    0.91 [0.80, 1.04]\n",
        [("unspecified", "risk_ratio", 0.82, 0.7, 0.96, None), ("unspecified", "risk_ratio", 0.91, 0.8, 1.04, None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    TABLES,
    ids=[
        "subgroups-title",
        "pipe",
        "tab",
        "aligned",
        "separate-ci",
        "lower-upper",
        "rows-are-sentences",
        "centred-header",
    ],
)
def test_tables_as_pipe_tab_or_aligned_text(text, expected):
    found = [r for r in rows(text) if r.measure.endswith("ratio")]
    assert [(r.outcome, *effect(r)) for r in found] == [
        (outcome, measure, est, lo, hi, p) for outcome, measure, est, lo, hi, p in expected
    ]
    for r in found:
        assert text[r.start : r.end] == r.quote


def test_counts_of_their_denominators_side_by_side_in_a_table_are_the_arms_counts():
    text = (
        "| Outcome | Drug (n=600) | Placebo (n=598) | HR | 95% CI |\n|---|---|---|---|---|\n"
        "| Death | 45/600 | 62/598 | 0.71 | 0.48-1.05 |\n"
    )
    found = [r for r in rows(text) if r.construction == "table_arms"]
    assert [(r.outcome, r.measure, r.arm1_label, r.arm1_text, r.arm1_n, r.arm2_text, r.arm2_n) for r in found] == [
        ("Death", "count", "Drug", "45", 600.0, "62", 598.0)
    ]
    assert found[0].quote == "45/600 | 62/598"


def test_a_table_row_of_medians_and_quartiles_gives_the_medians_and_its_p():
    """ "54 (41-58)" under a row named "Median ... (IQR)" is a median and its quartiles, not a count and
    a percentage; with no estimate in the row, its P compares the two arms. Each row has its own time
    point (none here), not the time point of the row above."""
    text = (
        "Outcome\tDrug (N=400)\tPlacebo (N=398)\tP value\n"
        "Death at day 60, No. (%)\t31 (7.8)\t44 (11.1)\t0.11\n"
        "Median days alive and out of hospital (IQR)\t54 (41\u201358)\t51 (35\u201357)\t0.01\n"
        "Length of stay, days (range)\t6 (2-30)\t7 (3-41)\t0.20\n"
        "Age, years\t61 (50-70)\t60 (48-71)\t\n"
    )
    found = [r for r in rows(text) if r.construction == "table_arms"]
    assert [(r.outcome, r.timepoint, r.measure, r.arm1_text, r.arm2_text, r.p_text) for r in found] == [
        ("Death at day 60", "day 60", "count", "31", "44", "0.11"),
        ("Death at day 60", "day 60", "percent", "7.8", "11.1", "0.11"),
        ("Median days alive and out of hospital", "", "median", "54", "51", "0.01"),
        ("Length of stay", "", "median", "6", "7", "0.20"),
    ]  # (ages with a range but no word for it are not read: a range in a bracket is a spread only when said)
    assert [r.unit for r in found] == ["events", "%", "", "days"]  # the unit the row names, not the outcome's
    for r in found:
        assert text[r.start : r.end] == r.quote


def test_a_table_of_subgroups_gives_each_row_its_subgroup_and_the_outcome_of_its_title():
    """The rows of a subgroup table are subgroups of the group in the row above them that has no
    estimate; the outcome is what its title names; the patients of each subgroup and the P for
    interaction are explained by their columns' headers, not listed unexplained."""
    text = (
        "Table 4. Subgroup analyses of death or readmission\n\n"
        "Subgroup              No. of patients    Hazard ratio (95% CI)    P for interaction\n"
        "Sex                                                               0.35\n"
        "  Female              812                0.81 (0.64-1.02)\n"
        "  Male                1431               0.70 (0.59-0.83)\n"
        "Kidney function                                                   0.62\n"
        "  eGFR <60            640                0.73 (0.57-0.94)\n"
        "  eGFR ≥60            1603               0.76 (0.64-0.90)\n"
    )
    out = GENERIC.extract(text, "t")
    assert [(r.outcome, r.subgroup, r.estimate, r.ci_low, r.ci_high) for r in out.results] == [
        ("death or readmission", "Sex: Female", 0.81, 0.64, 1.02),
        ("death or readmission", "Sex: Male", 0.7, 0.59, 0.83),
        ("death or readmission", "Kidney function: eGFR <60", 0.73, 0.57, 0.94),
        ("death or readmission", "Kidney function: eGFR ≥60", 0.76, 0.64, 0.9),
    ]
    assert out.unexplained == []


def test_every_row_of_a_long_table_gives_its_difference():
    """The difference column's label is in the header, far above the last rows."""
    header = "Outcome | Drug E (n = 300) | Placebo (n = 298) | Risk difference (95% CI) | P value\n"
    body = "".join(
        f"Outcome number {i} with a long name, No. (%) | {100 + i} (40.0) | {90 + i} (30.2) | {i}.8 ({i}.1 to "
        f"{i + 9}.5) | .01\n"
        for i in range(1, 13)
    )
    found = [r for r in rows(header + body) if r.measure == "risk_difference"]
    assert [(r.outcome, r.estimate, r.ci_low, r.ci_high, r.p_text) for r in found] == [
        (f"Outcome number {i} with a long name", i + 0.8, i + 0.1, i + 9.5, ".01") for i in range(1, 13)
    ]


def test_a_ratio_in_running_text_beside_a_table_keeps_its_own_label():
    text = (
        "Mortality was lower (odds ratio 0.70, 95% CI 0.52 to 0.94).\n\n"
        "| Outcome | HR (95% CI) |\n|---|---|\n| Death | 0.58 (0.29-1.17) |\n"
    )
    assert [effect(r) for r in rows(text)] == [
        ("odds_ratio", 0.7, 0.52, 0.94, None),
        ("hazard_ratio", 0.58, 0.29, 1.17, None),
    ]


# -- what must not be read as a result ----------------------------------------------------------

NOT_RESULTS = [
    "The odds of survival were 3 to 5 in the earlier series.",
    "Patients aged 18-65 years were enrolled between 2015 and 2019.",
    "The hazard ratio was estimated with Cox models (version 3.2-1).",
    "Eligible patients had a BMI of 25-35 and an HbA1c of 7.0-10.0%.",
    "Follow-up was 12 (8-16) months.",
    "See Table 2 (rows 3-5) for the odds ratio definitions.",
]


@pytest.mark.parametrize("text", NOT_RESULTS)
def test_background_numbers_are_not_ratios(text):
    assert [r for r in rows(text) if r.measure.endswith("ratio")] == []


def test_a_mean_difference_interval_is_not_taken_for_a_ratio():
    """The interval after "the mean difference was" is the difference's, not a second odds ratio."""
    text = "Scores improved (OR 1.5, 95% CI 1.1-2.0) and the mean difference was 3.2 (1.4-5.0)."
    assert [effect(r) for r in rows(text)] == [
        ("odds_ratio", 1.5, 1.1, 2.0, None),
        ("mean_difference", 3.2, 1.4, 5.0, None),
    ]


# -- the anchor windows are an optimisation only ------------------------------------------------


def test_extraction_over_windows_equals_extraction_over_the_whole_text(monkeypatch, texts):
    """Each construction is tried only in windows around its anchor; trying it over the whole
    text must find exactly the same rows (on the seed texts and on every sentence above)."""
    from evidence_review import grammar

    sentences = [*RATIOS, *ARMS, *SINGLES, *COMBINATIONS, *TABLES, *REPORTS]
    corpus = [*texts.values(), "\n\n".join(t for t, *_ in sentences)]
    windowed = [[(*effect(r), r.start, r.end, r.construction) for r in rows(t)] for t in corpus]
    monkeypatch.setattr(grammar.Construction, "windows", lambda self, text, *_: [(0, len(text))])
    whole = [[(*effect(r), r.start, r.end, r.construction) for r in rows(t)] for t in corpus]
    assert windowed == whole
    assert sum(map(len, whole)) > 300


# -- the coverage audit -------------------------------------------------------------------------


def test_unexplained_numbers_are_those_no_row_or_rule_accounts_for():
    text = (
        "Patients aged 18-65 years received 40 mg daily in 2019 [12]. Mortality was lower "
        "(HR 0.80, 95% CI 0.70-0.92; P = 0.001) at 12 months; the ratio of means was 1.7 (SD 0.4) "
        "in group 2 and quality of life rose by 4 (P = 0.02)."
    )
    found = GENERIC.extract(text, "t").unexplained
    assert [(u.number, text[u.start : u.end]) for u in found] == [("1.7", "1.7"), ("4", "4"), ("0.02", "0.02")]


@pytest.mark.parametrize(
    ("context", "rule"),
    [
        ("95% CI", "CI level"),
        ("in 2019", "year"),
        ("40 mg/kg", "dose or concentration"),
        ("BMI ≥25", "threshold"),
        ("aged 18-65", "age or range of the population"),
        ("in adults 60 and older", "age or range of the population"),
        ("(P for subgroup difference = 0.02)", "test of interaction or trend"),
        ("(P for nonlinearity = 0.01)", "test of interaction or trend"),
        ("patients with 276 dental implants", "count of the population"),
        ("Among 12 446 matched pairs", "count of the population"),
        ("for 1-2 drinks/day", "category of an exposure"),
        ("cord clamping at 60 seconds or more", "duration or time point"),
        ("at 12 months", "duration or time point"),
        ("the 6-minute walk", "duration or time point"),
        ("doi: 10.21203/rs.3.rs-123/v1", "reference"),
        ("54.2% women", "characteristic of the population"),
        ("each additional 1000 steps", "unit of a rate or an increment"),
        ("per 1000 participant-years", "unit of a rate or an increment"),
        ("in group 2", "label with a number"),
        ("NCT01234567", "registry number"),
        ("I2 = 45%", "heterogeneity or test statistic"),
        ("(b = -0.62, SE = 0.18)", "heterogeneity or test statistic"),
        ("P = 3 × 10-6", "decimal exponent"),
        ("(intracluster correlation coefficient 0.03)", "heterogeneity or test statistic"),
        ("an EASI 75 response", "response threshold of a scale"),
        ("the 36-item short form", "count in the name of a test or a questionnaire"),
        ("on a 10-point scale", "count in the name of a test or a questionnaire"),
        ("(Heterogeneity: Q = 3.1, P = 0.33)", "test of heterogeneity"),
        ("In the 2,915-patient trial", "size of the study"),
        ("With a median f/u of 14.8 mo", "length of follow-up"),
        ("1062 patients", "count of the population"),
        ("(range 3-18)", "spread of a value"),
        ("18.2-NR", "interval with a bound not reached"),
        ("a 50% or greater reduction", "threshold"),
        ("the noninferiority margin of 4 percentage points", "margin of a noninferiority or equivalence test"),
        ("randomly assigned in a 1:1 ratio", "allocation ratio"),
        ("were randomized 2:1 to", "allocation ratio"),
        ("randomly assigned (1:1:1) to", "allocation ratio"),
        ("a cluster randomized trial in 24 wards", "count of the population"),
        ("338 [45.6%] women", "characteristic of the population"),
        ("a decline in eGFR of at least 50%", "threshold"),
        ("reached a blood pressure below 130 mm Hg", "threshold"),
        ("12 480 patients", "count of the population"),
        ("n observed cases = 96", "number of events behind an estimate"),
        ("We included 14 RCTs", "count of the population"),
        ("mean [SD] age, 42.6 [14.1] years", "age or range of the population"),
        ("588 (94.8%) completed the study", "people who completed the study"),
        ("201 (91.4%) completed the final assessment", "people who completed the study"),
        ("31 220 [51.8%] women", "characteristic of the population"),
        ("during 104 310 person-years", "person-time of follow-up"),
        ("on days 1, 4, 8 and 11", "duration or time point"),
        ("327 received the study drug", "size of an arm"),
        ("804 were included in the modified intention-to-treat analysis", "people analysed"),
        ("during 45210 person-years", "person-time of follow-up"),
        ("Pooled across 12 cohorts", "count of the population"),
        ("We included 14 randomised controlled trials", "count of the population"),
        ("Twenty studies: 22 prospective cohort studies", "count of the population"),
    ],
)
def test_each_explanation_names_what_the_number_is(context, rule):
    from evidence_review.coverage import explanation

    assert explanation(context) == rule


@pytest.mark.parametrize("context", ["a response rate of 22.2%", "the ratio of 1:4", "a cost of 35 dollars"])
def test_a_letter_inside_a_word_is_not_a_test_statistic(context):
    """ "of 22.2%" is not F = 22.2: a statistic's name starts a word."""
    from evidence_review.coverage import explanation

    assert explanation(context) is None


def test_a_duration_with_its_interval_or_compared_with_another_is_a_result_not_a_time_point():
    """ "7.3 months (95% CI ...)" and "9.0 months versus 6.2 months" are medians the audit must not
    explain away as durations; "at 12 months" and "a mean stay of 12 days" are durations."""
    from evidence_review.coverage import EXPLANATIONS

    duration = EXPLANATIONS["duration or time point"]
    assert duration.search("was 7.3 months (95% CI, 6.8 to 8.7)") is None
    assert duration.search("was 8 days (IQR, 5-13)") is None
    assert [m.group() for m in duration.finditer("was 9.0 months versus 6.2 months")] == ["6.2 months"]
    assert duration.search("during a mean stay of 12 days, 148 died").group() == "12 days"


def test_arms_values_each_with_its_arm_make_a_sentence_the_audit_reads():
    """Two percentages or two counts of their denominators, each followed by its arm, report results:
    the numbers the extractor did not read there are listed."""
    text = (
        "Remission was reached in 12% of the cohort on drug A and 18% of the cohort on drug B. Relapse: 31 of "
        "402 first-line, and 12 of 398 second-line."
    )
    assert [u.number for u in GENERIC.extract(text, "t").unexplained] == ["12", "18", "31", "402", "12", "398"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the people named at the start of the sentence are the denominator of each count after them
        (
            "Among 2,310 residents, 187 (8.1%) had influenza and 22 (1.0%) died.",
            [
                ("enrollment", "count", 2310.0, None),
                ("influenza", "count", 187.0, 2310.0),
                ("influenza", "percent", 8.1, 2310.0),
                ("death", "count", 22.0, 2310.0),
                ("death", "percent", 1.0, 2310.0),
            ],
        ),
        # their noun printed, what they had after their percentage
        (
            "Of the 640 patients, 75 patients (11.7%) developed delirium.",
            [
                ("enrollment", "count", 640.0, None),
                ("delirium", "count", 75.0, 640.0),
                ("delirium", "percent", 11.7, 640.0),
            ],
        ),
        # (each noun people are counted in is found: the construction's anchor is made of the same nouns)
        (
            "In all, 1310 infants were enrolled; 61 (4.7%) developed sepsis.",
            [
                ("enrollment", "count", 1310.0, None),
                ("sepsis", "count", 61.0, None),  # (the people enrolled are not said to be its denominator)
                ("sepsis", "percent", 4.7, None),
            ],
        ),
        # the people named first with who they are; what they had ends before when
        (
            "Among 512 patients who met the criteria, 171 (33.4%) had a good outcome at 6 months.",
            [
                ("enrollment", "count", 512.0, None),
                ("good outcome", "count", 171.0, 512.0),
                ("good outcome", "percent", 33.4, 512.0),
            ],
        ),
        # no people named before them: no denominator
        (
            "Overall, 41 (6.4%) required dialysis.",
            [("dialysis", "count", 41.0, None), ("dialysis", "percent", 6.4, None)],
        ),
    ],
)
def test_people_with_an_event_their_noun_left_out(text, expected):
    """ "148 (12.3%) had X": the people who had X, counted and as a percentage of those named before."""
    found = rows(text)
    assert [(r.outcome, r.measure, r.estimate, _nan_none(r.arm1_n)) for r in found] == expected
    for r in found:
        assert text[r.start : r.end] == r.quote


def test_a_duration_of_follow_up_with_its_spread_is_explained():
    """ "median follow-up 18.4 months [IQR 12.2-24.0]" is how long the trial watched, not a result."""
    text = (
        "At the data cutoff (median follow-up 18.4 months [IQR 12.2-24.0]), death occurred in 31 of 210 "
        "patients in the A group and 45 of 205 in the B group."
    )
    assert [u.number for u in GENERIC.extract(text, "t").unexplained] == []


def test_a_table_title_that_names_no_outcome_before_its_subgroups_gives_none():
    """ "Outcomes by subgroup" says what the table holds, not what outcome: its rows stay unspecified."""
    text = (
        "Table 2. Outcomes by subgroup\n\n| Subgroup | Drug, events/total | Placebo, events/total | HR (95% CI) |\n"
        "|---|---|---|---|\n| Women | 40/510 | 58/505 | 0.67 (0.45-1.00) |\n"
    )
    assert [(r.outcome, r.subgroup, r.measure) for r in rows(text)] == [
        ("unspecified", "Women", "count"),
        ("unspecified", "Women", "hazard_ratio"),
    ]


def test_table_cells_of_values_alone_are_read_with_their_decimals_under_the_arms():
    """ "| 0.61 | 0.89 |" under the arms' headers are the arms' values (a rate); whole numbers alone may be
    counts of anything, and decimals under an estimate's and its bound's headers are not arms' values."""
    text = (
        "| Outcome | Drug (N = 612) | Placebo (N = 608) | Rate ratio (95% CI) |\n|---|---|---|---|\n"
        "| Exacerbations per patient-year | 0.61 | 0.89 | 0.69 (0.58-0.82) |\n"
        "| Strokes | 3 | 5 | 0.60 (0.14-2.50) |\n\n"
        "Outcome\tOdds ratio\tLower 95% CI\tUpper 95% CI\nReadmission\t0.82\t0.66\t1.02\n"
    )
    found = [(r.outcome, r.measure, r.arm1_label, _nan_none(r.arm1_value), _nan_none(r.arm2_value), r.estimate)
             for r in rows(text) if r.measure != "count"]  # fmt: skip
    assert [(o, m, a, v1, v2, _nan_none(e)) for o, m, a, v1, v2, e in found] == [
        ("Exacerbations per patient-year", "value", "Drug", 0.61, 0.89, None),
        ("Exacerbations per patient-year", "rate_ratio", "", None, None, 0.69),
        ("Strokes", "rate_ratio", "", None, None, 0.6),
        ("Readmission", "odds_ratio", "", None, None, 0.82),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Grade 3 or higher adverse events occurred in most of them.",  # a grade's number and a threshold
        "A total of 6,412 studies were identified in the search.",  # what a review found, not events
        "Follow-up visits at 12 months were recorded.",  # a time
        "In total, 240 patients were identified.",  # people: a count of the population's
    ],
)
def test_a_number_before_a_noun_that_occurred_is_not_always_a_count_of_events(text):
    assert [r for r in rows(text) if r.construction == "events_counted"] == []


def test_women_counted_in_each_arm_are_the_arms_people():
    """In a trial of women, "women" counts the people of each arm as "patients" does."""
    text = "Wound infection occurred in 41 (2.9%) women in the one-dose group and 47 (3.3%) in the two-dose group."
    assert [(r.outcome, r.measure, r.arm1_label, r.arm1_text, r.arm2_label, r.arm2_text) for r in rows(text)] == [
        ("Wound infection", "count", "one-dose", "41", "two-dose", "47"),
        ("Wound infection", "percent", "one-dose", "2.9", "two-dose", "3.3"),
    ]


def test_counts_in_words_with_their_percentages_listed_in_the_arms_order():
    """ "one (1%), two (2%), two (2%) and four (4%) patients" after four arms' sizes: each arm's count against the
    comparator's; the last two items are no pair of two arms. Without arms named before them, no row, and the
    numbers are in the audit."""
    text = (
        "Overall, 300 patients were randomly assigned to placebo (n=75) or drug R 10 mg (n=76), 20 mg (n=74) or "
        "40 mg (n=75). Rash was reported in three (4%), one (1%), four (5%) and six (8%) patients."
    )
    found = [r for r in rows(text) if r.outcome == "Rash"]
    assert [(r.measure, r.arm1_label, r.arm1_text, r.arm2_label, r.arm2_text) for r in found] == [
        ("count", "drug R 10 mg", "one", "placebo", "three"),
        ("count", "20 mg", "four", "placebo", "three"),
        ("count", "40 mg", "six", "placebo", "three"),
        ("percent", "drug R 10 mg", "1", "placebo", "4"),
        ("percent", "20 mg", "5", "placebo", "4"),
        ("percent", "40 mg", "8", "placebo", "4"),
    ]
    listed = "Rash was reported in three (4%), one (1%), four (5%) and six (8%) patients."
    alone = GENERIC.extract(listed, "r", audit=True)
    assert alone.results == []
    assert [u.number for u in alone.unexplained] == ["4", "1", "5", "8"]


def test_the_groups_a_sentence_compares_before_a_bracket_of_their_values_are_its_arms():
    """ "Women had a lower sensitivity than men (81.2% vs 90.4%)": women and men, not the arms of the sentence
    before."""
    text = (
        "The AUC was 0.91 (0.88-0.93) for the rapid assay and 0.89 (0.86-0.92) for the laboratory assay. "
        "Women had a lower sensitivity than men (81.2% vs 90.4%, P=0.03)."
    )
    found = [r for r in rows(text) if r.construction == "versus"]
    assert [(r.outcome, r.arm1_label, r.arm1_text, r.arm2_label, r.arm2_text, r.p_text) for r in found] == [
        ("sensitivity", "Women", "81.2", "men", "90.4", "0.03")
    ]


def test_a_mean_and_its_sd_in_a_bracket_of_their_own_before_the_unit_compared_in_words():
    """As many journals print a group's mean: "(16.2±2.8) h, shorter than (21.5±3.6) h in the control group",
    or in square brackets around it, "[(88.1±3.9) points]"."""
    text = (
        "The time to first defecation in the study group was (16.2±2.8) h, shorter than (21.5±3.6) h in the "
        "control group (t=8.112, P<0.001). The comfort score of the study group [(88.1±3.9) points] was higher than "
        "that of the control group [(80.6±4.4) points] (P<0.05)."
    )
    assert [(r.outcome, r.measure, r.arm1_text, r.arm2_text, r.unit, r.p_text) for r in rows(text)] == [
        ("The time to first defecation", "mean", "16.2", "21.5", "h", "0.001"),
        ("The comfort score", "mean", "88.1", "80.6", "points", "0.05"),
    ]


def test_a_number_needed_to_treat_for_a_scale_with_its_number_and_a_dose_is_its_value_not_the_scales():
    text = "The number needed to treat for XR20 with 40 mg was 4.2 (95% CI 2.9 to 7.6)."
    assert [(r.measure, r.estimate, r.ci_low, r.ci_high) for r in rows(text)] == [
        ("number_needed_to_treat", 4.2, 2.9, 7.6)
    ]
    assert [r.estimate for r in rows("The number needed to treat for XR20 was 6.")] == [6.0]


def test_values_then_their_arms_with_the_doses_of_one_drug_written_once():
    """ "31%, 44%, 50% and 58% of patients with placebo and drug R 10, 20 and 40 mg, respectively": each dose its
    arm, in full, against placebo; names with no comparator and no group noun are items (each its own value)."""
    text = (
        "Response was achieved by 31%, 44%, 50% and 58% of patients with placebo and drug R 10, 20 and 40 mg, "
        "respectively."
    )
    assert [(r.arm1_label, r.arm1_text, r.arm2_label, r.arm2_text) for r in rows(text)] == [
        ("drug R 10 mg", "44", "placebo", "31"),
        ("drug R 20 mg", "50", "placebo", "31"),
        ("drug R 40 mg", "58", "placebo", "31"),
    ]


def test_a_single_value_with_its_interval_after_a_semicolon_in_a_bracket_or_ending_a_sentence():
    """ "(incidence 6.3 per 1000 person-years; 95% CI 5.9-6.8)", "was 12.4%; 95% CI 10.9-14.0." """
    text = (
        "Over 9 years, 2,210 participants developed the disease (incidence 6.3 per 1000 person-years; 95% CI "
        "5.9-6.8). The prevalence of anaemia was 12.4%; 95% CI 10.9-14.0."
    )
    found = [r for r in rows(text) if r.construction == "value_ci"]
    assert [(r.outcome, r.estimate, r.ci_low, r.ci_high, r.unit) for r in found] == [
        ("incidence", 6.3, 5.9, 6.8, "per 1000 person-years"),
        ("The prevalence of anaemia", 12.4, 10.9, 14.0, "%"),
    ]


def test_a_list_of_subgroups_each_named_before_its_estimates_label_after_a_colon():
    """ "Mortality by baseline eGFR: below 45, RR 0.66 (0.52-0.84); 45 or above, RR 0.59 (0.47-0.74)": each item
    its subgroup, the lead what the list is of (without what it is by); a lead that is a clause names no outcome,
    and the items are not the outcome either."""
    text = (
        "Mortality by baseline eGFR: below 45 mL/min/1.73 m2, RR 0.66 (0.52-0.84); 45 mL/min/1.73 m2 or above, "
        "RR 0.59 (0.47-0.74)."
    )
    assert [(r.outcome, r.subgroup, r.measure, r.estimate) for r in rows(text)] == [
        ("Mortality", "below 45 mL/min/1.73 m2", "risk_ratio", 0.66),
        ("Mortality", "45 mL/min/1.73 m2 or above", "risk_ratio", 0.59),
    ]
    clause = (
        "The effect did not differ by age: under 70 years, RR 0.71 (0.58-0.87); 70 years or over, RR 0.64 (0.50-0.82)."
    )
    assert [(r.outcome, r.subgroup, r.estimate) for r in rows(clause)] == [
        ("unspecified", "under 70 years", 0.71),
        ("unspecified", "70 years or over", 0.64),
    ]


def test_a_news_wires_dateline_is_not_what_its_first_sentence_is_about():
    text = (
        "LONDON, 3 March - Drug K reduced the risk of major adverse cardiovascular events by 19% compared with "
        "placebo in the KAPPA trial (hazard ratio 0.81; 95% CI 0.72-0.91; p<0.001), the company said."
    )
    assert [(r.trial, r.outcome, r.measure, r.estimate) for r in rows(text)] == [
        ("KAPPA", "major adverse cardiovascular events", "hazard_ratio", 0.81)
    ]


def test_a_difference_whose_sign_is_a_word_after_its_interval_and_before_the_arm_it_favours():
    """ "improved by 0.9 points (95% CI, 0.5-1.3) more in the intervention group": a mean difference, the arm
    it favours first; "lower" is below zero, and so is "more" of a fall."""
    text = (
        "At 12 months, the walking score improved by 1.1 points (95% CI, 0.6-1.6) more in the exercise group. "
        "Pain scores were 1.3 points (95% CI 0.5 to 2.1) lower in the acupuncture group than in the sham group. "
        "Weight fell by 2.2 kg (95% CI 1.0 to 3.4) more in the drug group than in the placebo group."
    )
    assert [(r.measure, r.estimate, r.ci_low, r.ci_high, r.unit, r.arm1_label, r.arm2_label) for r in rows(text)] == [
        ("mean_difference", 1.1, 0.6, 1.6, "points", "exercise", ""),
        ("mean_difference", -1.3, -2.1, -0.5, "points", "acupuncture", "sham"),
        ("mean_difference", -2.2, -3.4, -1.0, "kg", "drug", "placebo"),
    ]


def test_each_arms_people_named_by_its_arm_when_the_second_is_the_comparator():
    """ "4.6% of drug K patients and 1.4% of placebo patients": the arms; "of diabetic patients and ... of
    nondiabetic patients" names no comparator and may be subgroups: no pair (its numbers in the audit)."""
    arms = "Rash was reported by 4.6% of drug K patients and 1.4% of placebo patients."
    assert [(r.arm1_label, r.arm1_text, r.arm2_label, r.arm2_text) for r in rows(arms)] == [
        ("drug K", "4.6", "placebo", "1.4")
    ]
    subgroups = "Rash occurred in 11% of diabetic patients and 7% of nondiabetic patients."
    groups = GENERIC.extract(subgroups, "g", audit=True)
    assert groups.results == [] and [u.number for u in groups.unexplained] == ["11", "7"]


def test_arms_people_were_assigned_to_are_the_arms_of_values_after_them_that_name_none():
    # a list of arms allocated, with no sizes, names the arms of the values that follow, in order: three
    # values each against the comparator, a pair "respectively" as a pair
    three = (
        "Adults were randomly assigned in a 1:1:1 ratio to receive drug Q 10 mg, drug Q 20 mg, or placebo "
        "(stratified by site). The primary end point occurred in 9.4%, 11.8%, and 16.5% of patients, respectively "
        "(P = .006 for trend)."
    )
    found = GENERIC.extract(three, "t", audit=True)
    assert [(r.arm1_label, r.arm1_text, r.arm2_label, r.arm2_text, r.arm_basis) for r in found.results] == [
        ("drug Q 10 mg", "9.4", "placebo", "16.5", "named where they were assigned, in order, in the paragraph"),
        ("drug Q 20 mg", "11.8", "placebo", "16.5", "named where they were assigned, in order, in the paragraph"),
    ]
    pair = (
        "Patients were randomized (1:1) to drug Q (400 mg daily) or matching placebo for 28 days, in addition to "
        "usual care.\n\nThe primary end point occurred in 12.0% and 18.5% of patients, respectively (P = .01)."
    )
    assert [(r.arm1_label, r.arm1_text, r.arm2_label, r.arm2_text) for r in rows(pair)] == [
        ("drug Q", "12.0", "matching placebo", "18.5")
    ]
    # we assigned them, by the investigators
    ours = (
        "We randomly assigned 640 women to early induction or expectant management. "
        "Rates were 17% and 23%, respectively."
    )
    assert [(r.arm1_label, r.arm2_label) for r in rows(ours) if r.construction == "respectively"] == [
        ("early induction", "expectant management")
    ]
    # not an allocation: what those assigned had, or a number of groups; arms with their sizes are read as sizes
    for words in (
        "Patients assigned to drug Q had fewer deaths and shorter stays. ",
        "Patients were randomized to drug Q and had fewer deaths or shorter stays. ",
        "Patients were randomly assigned to one of three groups. ",
    ):
        after = words + "Rates were 4.1% and 6.3%, respectively."
        assert [(r.arm1_label, r.arm2_label, r.arm1_text) for r in rows(after)] == [("", "", "4.1")], words
    sized = (
        "Of 1,566 infants, 782 were assigned to delayed and 784 to early clamping. "
        "Death occurred in 37.0% versus 37.2%."
    )
    assert [(r.arm1_label, r.arm2_label) for r in rows(sized) if r.construction != "count"] == [
        ("delayed", "early clamping"), ("delayed", "early clamping")
    ]  # fmt: skip


def test_three_groups_values_in_a_chain_of_vs_and_arms_sizes_with_the_verb_said_once():
    text = (
        "Of 1,203 randomized patients, 401 received high-dose drug Q, 400 low-dose drug Q, and 402 placebo. "
        "The primary end point occurred in 10.2% vs 12.4% vs 17.9% of patients, respectively (P = .004 for trend)."
    )
    found = GENERIC.extract(text, "t", audit=True)
    fields = [
        (r.construction, r.arm1_label, r.estimate_text, r.arm1_text, r.arm2_label, r.arm2_text) for r in found.results
    ]
    assert fields == [
        ("count", "", "1,203", "", "", ""),
        ("assigned_listed", "high-dose drug Q", "401", "", "", ""),
        ("assigned_listed", "low-dose drug Q", "400", "", "", ""),
        ("assigned_listed", "placebo", "402", "", "", ""),
        ("values_in_arms_order_vs", "high-dose drug Q", "", "10.2", "placebo", "17.9"),
        ("values_in_arms_order_vs", "low-dose drug Q", "", "12.4", "placebo", "17.9"),
    ]  # fmt: skip
    assert found.unexplained == []
    two = rows("In total, 401 received drug Q and 402 placebo; 12 withdrew.")
    assert [(r.arm1_label, r.arm1_text, r.arm2_label, r.arm2_text) for r in two] == [
        ("drug Q", "401", "placebo", "402")
    ]
    # what people did is no arm: "and 12 withdrew", "and 9 completed the study"
    assert rows("Overall, 401 received drug Q and 12 withdrew.") == []
    assert rows("Overall, 401 received drug Q and 9 completed the study.") == []
    # a chain of three with no arms named before it gives no pair of two of them: the audit lists them
    alone = GENERIC.extract("The primary end point occurred in 10.2% vs 12.4% vs 17.9% of patients.", "a", audit=True)
    assert alone.results == []
    assert [u.number for u in alone.unexplained] == ["10.2", "12.4", "17.9"]


def test_values_then_arms_ending_with_the_comparator_need_no_group_noun():
    text = "Response rates were 41%, 33% and 20% with drug Q 20 mg, drug Q 10 mg and placebo (P < .001)."
    assert [(r.outcome, r.arm1_label, r.arm1_text, r.arm2_label, r.arm2_text) for r in rows(text)] == [
        ("Response", "drug Q 20 mg", "41", "placebo", "20"),
        ("Response", "drug Q 10 mg", "33", "placebo", "20"),
    ]
    # with no comparator last, the names may be what the values are of: no arms
    items = rows("Rates were 41%, 33% and 20% with diabetes, hypertension and obesity (P < .001).")
    assert all(not r.arm2_label for r in items)


def test_two_counts_of_people_side_by_side_are_audited():
    found = GENERIC.extract("Serious adverse events were reported in 31 and 45 patients.", "t", audit=True)
    assert found.results == []
    assert "31" in [u.number for u in found.unexplained]


def test_natural_frequencies_in_prose_are_risk_differences_per_the_people_named_before_and_no_enrollment():
    # GRADE's plain-language statements: the people per which the difference counts, named before it, are no
    # enrollment; what would happen to them is the outcome; the certainty after the interval is left to the words
    text = (
        "Out of 1000 people treated like those in the trials, 52 fewer would be admitted to hospital (95% CI 31 "
        "fewer to 70 fewer). Drug Q may make little or no difference to mortality: 3 fewer deaths per 1000 people "
        "(95% CI 12 fewer to 9 more; low certainty). For every 1000 patients treated, about 18 more would have "
        "nausea (from 7 more to 33 more)."
    )
    found = GENERIC.extract(text, "t", audit=True)
    fields = [(r.outcome, r.measure, r.estimate, r.ci_low, r.ci_high, r.unit) for r in found.results]
    assert fields == [
        ("admitted to hospital", "risk_difference", -52.0, -70.0, -31.0, "per 1000"),
        ("death", "risk_difference", -3.0, -12.0, 9.0, "per 1000"),
        ("nausea", "risk_difference", 18.0, 7.0, 33.0, "per 1000"),
    ]
    assert found.unexplained == []
    # people counted, not per which, are still the enrollment
    assert [(r.outcome, r.estimate) for r in rows("A total of 1000 people were enrolled.")] == [("enrollment", 1000.0)]


def test_a_bayesian_probability_of_benefit_is_no_outcome():
    text = "The posterior probability of benefit was 97.2% (median hazard ratio 0.81; 95% credible interval 0.66-0.99)."
    assert [(r.outcome, r.measure, r.estimate, r.ci_low, r.ci_high) for r in rows(text)] == [
        ("unspecified", "hazard_ratio", 0.81, 0.66, 0.99)
    ]
    # nor is a run-in heading "Subgroups:"
    text = "Subgroups: the posterior probability of benefit was 84.0% among women (odds ratio, 1.15; 95% CrI, 0.9-1.5)."
    assert [(r.outcome, r.subgroup, r.estimate) for r in rows(text)] == [("unspecified", "women", 1.15)]


def test_each_arms_people_who_died_or_had_an_event_after_both_arms_are_no_enrollment():
    text = (
        "Two patients on drug Q and one on placebo died during the trial. "
        "Five patients in the drug Q group and 12 in the placebo group died. "
        "In all, 120 patients in the drug Q group and 118 in the placebo group had a response."
    )
    assert [(r.outcome, r.measure, r.arm1_label, r.arm1_text, r.arm2_label, r.arm2_text) for r in rows(text)] == [
        ("death", "count", "drug Q", "Two", "placebo", "one"),
        ("death", "count", "drug Q", "Five", "placebo", "12"),
        ("response", "count", "drug Q", "120", "placebo", "118"),
    ]
    # arms' sizes stay sizes, what follows them is not their arm's name; nor does a size's arm run on into
    # the next sentence
    sizes = "Overall, 401 patients received drug Q and 402 received placebo and had follow-up. Rates were similar."
    assert [(r.outcome, r.arm1_label, r.arm1_text, r.arm2_label, r.arm2_text) for r in rows(sizes)] == [
        ("enrollment", "drug Q", "401", "placebo", "402")
    ]


def test_a_change_more_with_one_arm_than_another_with_no_interval_is_a_difference():
    text = (
        "Lung function improved by 95 milliliters more with drug Q than with placebo. "
        "Weight fell by 4.1 kg more with drug Q (P < 0.001)."
    )
    fields = [(r.outcome, r.measure, r.estimate, r.unit, r.arm1_label, r.arm2_label, r.p_text) for r in rows(text)]
    assert fields == [
        ("Lung function", "mean_difference", 95.0, "milliliters", "drug Q", "placebo", ""),
        ("Weight", "mean_difference", -4.1, "kg", "drug Q", "", "0.001"),
    ]
    # with no arm after it, its number is audited
    alone = GENERIC.extract("Lung function improved by 95 milliliters more overall.", "a", audit=True)
    assert alone.results == []
    assert [u.number for u in alone.unexplained] == ["95"]


def test_a_footnote_mark_after_a_table_rows_first_cell_is_not_part_of_its_outcome():
    table = (
        "Outcome                      Drug Q (n=290)   Placebo (n=294)   Risk ratio (95% CI)\n"
        "Death, n (%)a                12 (4.1)         20 (6.8)          0.61 (0.30–1.22)\n"
        "Readmission†                 31 (10.7)        45 (15.3)         0.70 (0.46–1.07)\n"
    )
    found = [
        (r.outcome, r.measure)
        for r in rows(table)
        if r.measure in ("count", "risk_ratio") and r.outcome != "enrollment"
    ]
    assert found == [
        ("Death", "count"), ("Death", "risk_ratio"), ("Readmission", "count"), ("Readmission", "risk_ratio")
    ]  # fmt: skip


def test_the_people_compared_are_not_the_outcome_what_they_reported_is():
    text = "Participants in the top quartile had a higher risk than those in the lowest (HR, 1.45; 95% CI, 1.1-1.9)."
    assert [(r.outcome, r.estimate) for r in rows(text)] == [("unspecified", 1.45)]
    said = "Participants in the mindfulness condition reported lower stress (d = 0.50; 95% CI, 0.21-0.79)."
    assert [r.outcome for r in rows(said)] == ["Participants in the mindfulness condition reported lower stress"]
