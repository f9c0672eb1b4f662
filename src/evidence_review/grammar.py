"""The extraction grammar: how trial results are written in English-language medical text.

This module holds only patterns and the parsing of what they capture. It knows nothing of a
particular review; trial, outcome and subgroup names come from the vocabulary file
(``data/vocabulary.yaml``, see :mod:`evidence_review.vocabulary`).

Constructions recognised (after :mod:`evidence_review.text` has cleaned the text):

``EFFECT``
    ``<label> [qualifier] [,:=] <estimate> [unit] (;|,|[|() <level>% CI|confidence interval
    [,:] <low> (to|-|–|,) <high> []|)] [(;|,) P <op> <p>]``, e.g. "rate ratio for recovery,
    1.16; 95% CI, 1.01 to 1.32; P=0.03", "OR 2.3; 95% CI, 1.4–3.7", "hazard ratio, 0.40 [95% CI,
    0.14 to 1.14]", "difference, −5.0 percentage points; 95% CI, −9.8 to −0.3", "RD -5; 95% CI,
    -9 to -2". Labels map to measures in :data:`MEASURE_LABELS`.
``VERSUS``
    ``<v1> [unit] [[bracket]] [for|in <arm>] vs. <v2> [unit] [[bracket]] [; P <op> <p>]``:
    "7 days vs. 8 days", "10 vs. 18 days", "16.0% vs. 21.0%", "no deaths in the X arm
    vs. three deaths [14% of patients]".
``THAN`` / ``THAN_THAT`` / ``THAN_VALUE_OF``
    ``(<v1> <unit>) than in the <arm> (<v2> <unit>)``: "(30 patients [6%]) than in the placebo
    group (57 patients [11%])"; each arm's value after its group, compared in words: "in the
    observation group (12.5%) was lower than that in the control group (25.0%)", "of the observation
    group was 93.33%, which was higher than 76.67% of the control group".
``IN_GROUP_AND``
    ``<v1> [unit] in the <arm> group and <v2> [unit] in the <arm> group``.
``COMPARED_WITH``
    ``<v1> <unit> ... compared with|to <v2> <unit>`` (same kind of unit), across a sentence
    boundary at most: "2104 hospitalized patients ... were compared with 4321 controls".
``N_PAIR`` / ``GROUP_N_PAIR`` / ``RECEIVED_PAIR``
    arm sizes: "(n = 20) with placebo (...; n = 21)", "(combination group, 515 patients) or
    placebo (control group, 518 patients)", "received vaccine (12,466) or placebo (12,500)".
``COUNTS_AND`` / ``AND_P`` / ``ASSIGNED_TO`` / ``TABLE_ARMS``
    arm values as trial reports write them: "152 patients (50.2%) and 201 patients (66.6%)",
    "44.3 ± 15.6% and 22.1 ± 13.7% (P = 0.111)", "305 to drug X and 306 to placebo", and two
    arms' cells side by side in a table row, "504 (17.8) | 600 (21.1)".
``ARMS_LISTED`` / ``ARMS_LABELLED``
    three arms or more, each value with its arm after it ("-15.0% with X 5 mg, -19.5% with X 10
    mg, and -3.1% with placebo"), or arms named before their values in a bracket ("(X 5 mg: 85.1%;
    placebo: 34.5%)"): each arm against the comparator; a list of groups of people gives a value
    per subgroup.
``DIFFERENCE_INTERVAL``
    a difference after the first of its list, its label not repeated: "... for 5 mg and -16.4
    percentage points (-17.9 to -14.9) for 10 mg"; in a table's cell under a column that names it
    (``DIFFERENCE_IN_TABLE_C``, the same pattern anchored on the cells).
``DIFFERENCE_IN_WORDS`` / ``DIFFERENCE_WORD_AFTER`` / ``DIFFERENCE_VERSUS_CONTROL``
    a difference whose sign is a word: "lower by 6.3 mm Hg (95% CI 4.1 to 8.5)", "0.8 log10 copies/mL
    lower with X (95% CI 0.6 to 1.0)", "1.9 days shorter in the X group than in the Y group (0.7 to 3.1)";
    or printed, against the comparator it names: "+4.1 points vs placebo (95% CI 2.2-6.0)".
``TIMES_HIGHER`` / ``FOLD_HIGHER_RISK``
    a ratio said as a multiple on the scale it names: "The odds of remission were 2.1 times higher
    (95% CI 1.4-3.2)", "a 2.3-fold higher risk of death (95% CI 1.5-3.4)".
``WHO_GOT`` / ``OF_THE_WHO_GOT`` / ``EFFECTIVE``
    as news writes them: "12 people who got the vaccine developed severe illness, compared with
    107 who got dummy shots", "Of the 1,000 people who got the drug, 32 had a heart attack,
    compared with 51 of the 995 who got a placebo", "was 89% effective at preventing severe illness".
``VALUE_CI`` / ``VALUE_INTERVAL``
    one value with its interval and the arm named after it: "11.2 months (95% CI, 9.8 to 13.1)
    with drug X", "35.8% (95% CI 23.9-43.1)", "The area under the curve was 0.93 (95% CI
    0.91-0.95)"; the next values of its paragraph whose interval is not named again, "13.9 months
    (12.6-15.0) in the Y group".
``ABSOLUTE_POINT``
    a number needed to treat, an absolute risk reduction or a standardised mean difference without
    its interval: "a number needed to treat of 83", "the absolute risk reduction was 1.2%",
    "standardised mean difference -0.31".
``CLAIM`` / ``CLAIM_BY`` / ``CLAIM_REDUCTION``
    relative effects stated in words: "30% higher odds", "71 percent reduction in mortality",
    "reduced the risk of hospitalization or death by 89 percent", "Deaths fell by 31 percent",
    "the relative risk reduction for X was 71.3%".
``VALUES_RESPECTIVELY``
    single values, one for each item or time point the sentence's subject lists: "CSS and OS rates at 5
    years were 96.2% and 90.4%, respectively", "The 1-, 3-, and 5-year survival rates were 92.1%, 78.4%,
    and 65.3%, respectively", "The sensitivity and specificity were 91.2% and 84.5%, respectively".
``COUNT`` / ``PERCENT_OF`` / ``MEDIAN_OF`` / ``PEOPLE_WITH_EVENT`` / ``EVENTS_COUNTED``
    single values: "n = 1,033", "1062 hospitalized patients", "approximately 11% of patients",
    "median age of 81 years", "Among 1,204 patients, 148 (12.3%) had X", "3,419 hip fractures
    occurred".
``P_VALUE``
    "P=0.03", "P = 0.03", "P<0.001", "P =.18", "p<0.0001" (after cleaning "p‹0·0001"), "p-value 0.03".

Values may be numbers in words up to ninety-nine ("Forty-seven patients ... died"). A list of
estimates whose items are named "..., respectively" is paired in order by the extractor
(``extract.Extractor._list_of_estimates_respectively``), not by a construction.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from evidence_review.number import NUMBER_WORD
from evidence_review.records import MEASURES_DIFFERENCE, MEASURES_RATIO


class Pattern:
    """A regular expression compiled when it is first used, not when the grammar is imported.

    Compiling all the patterns of the grammar and the extractor took 0.35 s on import (this
    project's 2-core machine), and one of the review's source texts uses a third to three fifths
    of them (a construction is tried only where its anchor occurs): each process that extracts
    one source (a job of the workflow's extract rule, a shard of a corpus, the command line)
    compiles only what its text needs. ``pattern`` is the source, for building larger patterns from this one;
    the first use of any other attribute compiles it and keeps the compiled pattern's methods on
    this object, so that later calls cost what they cost on a compiled pattern.
    """

    _METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:  # only for attributes not set yet
        if name.startswith("__") or name == "_flags":
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self._flags)
        for method in self._METHODS:
            setattr(self, method, getattr(compiled, method))
        self.flags, self.groupindex, self.groups = compiled.flags, compiled.groupindex, compiled.groups
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"grammar.Pattern({self.pattern!r})"


# -- numbers -------------------------------------------------------------------------------------

# thousands separated by commas ("1,033") or by a (thin) space ("21 550", cleaned to a space)
NUMBER = r"(?:-\s?)?(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+(?![\d.,]\d)|\d+)(?:\.\d+)?|-?\.\d+"
VALUE = rf"(?:{NUMBER}|\b(?i:{NUMBER_WORD})\b(?!-))"
# a number is not a result when it follows a comparison sign (a threshold: "SpO2 ≤94%"),
# a letter or a hyphen joined to a word ("IL-6", "HER-2"), or a decimal point.
_NOT_AFTER = r"(?<![≤≥<>=\w.\-/])(?<![≤≥<>]\s)"


def _unnamed(pattern: str) -> str:
    """A pattern's text with its named groups made plain groups, to be repeated inside another pattern (a list's
    item: its builder reads each item with the named pattern)."""
    if "(?P=" in pattern or re.search(r"\(\?\(\w", pattern):
        raise ValueError("a pattern that refers to its named groups cannot lose their names")
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


#: the nouns a number of people is counted in (lower case: a construction's anchor is searched in the
#: lower-cased text)
PEOPLE_NOUNS = (
    r"patients?|participants?|subjects?|persons?|people|adults?|children|child|controls?|cases?|volunteers?|mothers|"
    r"infants|babies|newborns|neonates|individuals|residents|adolescents|workers|employees|nurses|veterans|students|"
    r"pts"  # (a conference abstract's patients)
)
UNITS = {
    "percent": r"%|percent\b|per\s*cent\b",
    # a change within an arm on a percentage scale: "-1.8 percentage points with X and -0.9 with placebo"
    "percentage points": r"percentage\s+points?\b",
    "days": r"days?\b",
    "weeks": r"weeks?\b",
    "months": r"(?:months?|mos?)\b",
    "years": r"years?\b",
    "patients": r"(?i:(?:(?:hospitalized|adult|matched|eligible|incident|randomi[sz]ed|randomly\s+assigned|enrolled|"
    rf"evaluable|pregnant)\s+)?(?:{PEOPLE_NOUNS}|women|men|girls|boys)\b)",
    "deaths": r"deaths\b",
    "events": r"events\b",
}
#: Units of measurement a value may carry, kept as printed ("121.4 mm Hg", "6.1 points").
MEASUREMENT_UNIT = (
    r"mm\s?Hg\b|kg/m(?:2|²)(?!\w)"
    r"|(?:kg|g|cm|mm|m|km|m[lL]|L|bpm|points?|hours?|h|minutes?|min|"
    # concentrations: "mg/dL", "mmol/mol", "U/L", "cells/µL"
    r"(?:mg|g|mmol|µmol|nmol|pmol|ng|pg|µg|mIU|IU|U|cells)/(?:d[lL]|[lL]|m[lL]|µL|mol))(?![\w/])"
    r"|m[lL](?:/|\s+per\s+)min(?:ute)?(?:(?:/|\s+per\s+)1\.73\s?m(?:2|²))?(?:\s+per\s+year|/year|/yr)?"
    # a viral load: "log10 copies/mL", "log10 copies per milliliter"
    r"|log10\s+copies(?:/m[lL]|\s+per\s+millilit(?:er|re))?\b"
    # a rate: "per 100 person-years", "per 1000 patient-days", "/100,000"
    r"|(?:per\s+|/\s?)\d[\d,]*(?:\s+(?:person|patient|participant|woman|man)[- ](?:years?|months?|days?)"
    r"|\s+(?:live\s+births|births|deliveries|pregnancies|women|admissions|discharges|procedures))?(?![\w.])"
)
#: a rate per person-time, what it counts named (a plural) or not: "0.78 per patient-year", "2.1 events per
#: 100 patient-years" (before the counts' units: "events per 100 patient-years" is a rate, not a number of events)
RATE_UNIT = (
    r"(?i:[a-z]+s\s+)?(?i:per)\s+(?:\d[\d,]*\s+)?"
    r"(?i:person|patient|participant)[- ](?i:years?|months?|days?)\b"
)
#: a yearly rate as a percentage: "1.61% per year vs. 2.22% per year" (a value, not a percentage of the arm)
PERCENT_PER_YEAR = r"(?:%|(?i:percent))\s+(?i:per)\s+(?i:year|yr)\b"
UNIT = (
    f"(?:{RATE_UNIT})|(?:{PERCENT_PER_YEAR})|"
    + "|".join(f"(?:{u})" for u in UNITS.values())
    + f"|(?:{MEASUREMENT_UNIT})"
)
COUNT_UNITS = {"patients", "deaths", "events"}


def unit_name(text: str | None) -> str:
    """The unit class of a captured unit ("%" -> "percent", "patients" -> "patients")."""
    if not text:
        return ""
    printed = " ".join(text.split())
    text = printed.lower()
    for name, pattern in UNITS.items():
        if re.fullmatch(pattern, text):
            return name
    return printed  # a unit of measurement, as printed


# -- P values ------------------------------------------------------------------------------------


def p_value_pattern(suffix: str = "") -> str:
    """A P value; its groups are ``p_op`` and ``p`` (with ``suffix`` appended)."""
    return (
        # (the test that gave it before it: "log-rank P = 0.01")
        rf"(?:(?i:one|two)[- ]sided\s+|(?i:nominal)\s+"
        rf"|(?i:(?:stratified\s+)?log-rank|Wilcoxon|Mann-Whitney|chi-square)\s+)?"
        # (after "value" the operator may be left out: "p-value 0.03", "P value of 0.03": equal)
        rf"\b[Pp]\s*(?:-?\s*values?\s*(?:(?i:of|was)\s+)?)?"
        rf"(?P<p_op{suffix}>[=<>≤≥]|&lt;|(?<=value\s)|(?<=values\s)|(?<=of\s)|(?<=was\s))\s*"
        # any number: a P above 1 is kept and flagged; a small one may be in scientific notation: "2.23 × 10-5"
        rf"(?P<p{suffix}>(?:\d*\.\d+|\d+)(?:\s*[×x]\s*10\s*\^?\s*[-−]\s*\d+)?)(?!\d|\.\d)"
    )


P_VALUE = p_value_pattern()
#: the percent of an interval's level, as news spells it too: "95 percent confidence interval"
LEVEL_PERCENT = r"(?:%|(?i:percent|per\s?cent)\b)"
#: The P of a test between subgroups or across categories, not of the estimate beside it: "P for interaction =
#: 0.31", "P for trend <0.001"
TEST_P_VALUE = (
    r"(?i:\bp\s*(?:-?\s*value\s*)?(?:for|of)\s+(?:interaction|trend|heterogeneity|non-?inferiority|superiority"
    r"|(?:subgroup|between-subgroup)\s+differences?|non-?linearity)"
    r"\s*[=<>≤≥]\s*\d*\.?\d+)"
)
_P_OPERATORS = {"=": "=", "<": "<", ">": ">", "≤": "<=", "≥": ">=", "&lt;": "<", "": "="}


def p_operator(op: str) -> str:
    return _P_OPERATORS[op]


# -- effect estimates ----------------------------------------------------------------------------

#: Printed labels and the measure each names. Abbreviations are matched case-sensitively.
MEASURE_LABELS = {
    "rate ratio": "rate_ratio",
    "incidence rate ratio": "rate_ratio",
    "recovery rate ratio": "rate_ratio",
    "odds ratio": "odds_ratio",
    "adjusted odds ratio": "odds_ratio",
    "proportional odds ratio": "odds_ratio",
    "common odds ratio": "odds_ratio",
    "hazard ratio": "hazard_ratio",
    "adjusted hazard ratio": "hazard_ratio",
    "subdistribution hazard ratio": "hazard_ratio",
    "sub-distribution hazard ratio": "hazard_ratio",
    "cause-specific hazard ratio": "hazard_ratio",
    "risk ratio": "risk_ratio",
    "win ratio": "win_ratio",  # a hierarchical composite's wins over losses: above 1 favours the first arm
    # (an ordinal outcome's wins over losses, ties left out: a win ratio by another name)
    "generalized odds ratio": "win_ratio",
    "generalised odds ratio": "win_ratio",
    # a ratio of (geometric) means of a continuous outcome, not pooled with the ratios of events
    "geometric mean ratio": "ratio_of_means",
    "ratio of geometric means": "ratio_of_means",
    "ratio of means": "ratio_of_means",
    "geometric mean titer ratio": "ratio_of_means",
    "geometric mean titre ratio": "ratio_of_means",
    "geometric mean concentration ratio": "ratio_of_means",
    # (a ratio of a biomarker's means on the log scale: "treatment ratio, 0.79 [95% CI, 0.71-0.88]")
    "treatment ratio": "ratio_of_means",
    "estimated treatment ratio": "ratio_of_means",
    "relative risk": "risk_ratio",
    "relative risk ratio": "risk_ratio",
    "risk difference": "risk_difference",
    "absolute risk difference": "risk_difference",
    # (a difference of event rates, in events per person-time: its unit says so)
    "rate difference": "risk_difference",
    "incidence rate difference": "risk_difference",
    "absolute difference": "risk_difference",
    "mean difference": "mean_difference",
    "standardized mean difference": "standardized_mean_difference",
    "standardised mean difference": "standardized_mean_difference",
    # (an effect size in units of standard deviation: "Cohen's d = 0.45", "Hedges' g -0.31")
    "cohen's d": "standardized_mean_difference",
    "cohen d": "standardized_mean_difference",
    "hedges' g": "standardized_mean_difference",
    "hedges g": "standardized_mean_difference",
    "difference in medians": "mean_difference",
    "difference": "difference",  # resolved by its unit, see effect_measure()
    "between-group difference": "difference",
    "treatment difference": "difference",
    "estimated treatment difference": "difference",
    "absolute risk reduction": "risk_difference",
    "absolute risk increase": "risk_difference",
    "number needed to treat": "number_needed_to_treat",
    "number needed to harm": "number_needed_to_treat",
}
MEASURE_ABBREVIATIONS = {
    "OR": "odds_ratio",
    "aOR": "odds_ratio",
    "HR": "hazard_ratio",
    "aHR": "hazard_ratio",
    "RR": "risk_ratio",
    "IRR": "rate_ratio",
    "RRR": "risk_ratio",  # a relative risk ratio (multinomial regression); "RRR 31%" is a reduction, not read as one
    "RD": "risk_difference",
    "ARD": "risk_difference",
    "MD": "mean_difference",
    "SMD": "standardized_mean_difference",
    "NNT": "number_needed_to_treat",
    "ARR": "risk_difference",
    "NNH": "number_needed_to_treat",
    "GMR": "ratio_of_means",
    "ETR": "ratio_of_means",
    "ETD": "difference",
}
# the measures are defined once, with the records the extractor returns
RATIO_MEASURES = set(MEASURES_RATIO)
DIFFERENCE_MEASURES = set(MEASURES_DIFFERENCE)
#: labels of a risk difference whose sign is in the word: "absolute risk reduction 4.9" is -4.9
REDUCTION_LABELS = {"absolute risk reduction", "arr"}
DECREASE_WORDS = {"lower", "reduced", "smaller", "less", "shorter", "decreased", "fewer", "lowered", "shortened"}

#: a number needed to treat as news writes it: "the number of people who would need to be treated"
NNT_IN_WORDS = (
    r"number\s+of\s+(?:people|patients|persons|participants)\s+(?:who\s+)?(?:would\s+)?need(?:ed)?\s+to\s+be\s+treated"
)
#: (a difference's label may be plural, before a list: "Estimated treatment differences versus X were -0.15 (...)")
_WORD_LABELS = "|".join(
    r"\s+".join(map(re.escape, k.split())) + ("s?" if k.endswith("difference") else "")
    for k in sorted(MEASURE_LABELS, key=len, reverse=True)
)
_ABBR_LABELS = "|".join(sorted(MEASURE_ABBREVIATIONS, key=len, reverse=True))
_LABEL = rf"(?P<label>\b(?:(?i:{_WORD_LABELS}|{NNT_IN_WORDS})|(?:{_ABBR_LABELS}))\b)"
#: a number in what a label is of that is not its value: glued to a scale's name ("XQ-9", "QL-5D", "Hb1c",
#: "XR20") or a dose ("with 20 mg")
_GLUED_OR_DOSE = r"(?<=[A-Za-z]-)\d+[A-Za-z]*\b|(?<=[A-Za-z])\d+[A-Za-z]*\b|\d+(?:\.\d+)?\s?(?:mg|µg|mcg|g|mL)\b"
#: what a label is of, for whom, and how long: "for death", "with X for 2.6 years to prevent one event"
_QUALIFIER = (
    r"(?P<qualifier>(?:\s+(?i:for|of|in|on|vs\.?|versus|with|among|to)\b"
    # (a scale named with its number: "on the XQ-9", "in QL-5D", "in Hb1c", "for XR20"; a dose: "with 20 mg")
    rf"(?:[^;:,()\[\]\d=]|\d{{1,3}}(?:\.\d)?\s+(?i:days?|weeks?|months?|years?)\b|{_GLUED_OR_DOSE}){{0,80}}?)?)"
)
#: the arms a label compares, set off by commas after what it is about: "the geometric mean ratio of X,
#: drug A versus placebo, was 0.71 (...)", "the hazard ratio for X in the A group, as compared with the B group, was"
_COMPARED_ARMS = (
    r"(?:,\s*(?:(?P<compared1>[^;:,()\[\]\d=]{1,40}?)\s+(?i:versus|vs\.?)|(?i:as\s+)?(?i:compared\s+(?:with|to)))\s+"
    r"(?P<compared2>[^;:,()\[\]\d=]{1,40}?)\s*,)?"
)
_CI_NAME = r"(?i:CI|confidence\s+(?:interval|limits)(?:\s*\[CI\])?|CrI|credible\s+interval(?:\s*\[CrI\])?)"
#: (a one-sided interval has an infinite bound, "1-sided 97.5% CI, -∞ to 2.1", or only its upper one is
#: printed: "upper boundary of the one-sided 97.5% CI, 0.1")
_CI = (
    r"(?P<upper>(?i:upper\s+(?:boundary|bound|limit)\s+of\s+the\s+))?"
    # (its level may be left to the methods, as the Annals prints it: "[CI, -4.3 to -0.7 percentage points]")
    rf"(?:(?:(?i:1|one|2|two)-?\s?(?i:sided)\s+)?(?P<level>\d{{2}}(?:\.\d)?)\s*{LEVEL_PERCENT}\s*)?{_CI_NAME}\s*[,:]?\s*"
    rf"(?(upper)|(?P<lo>{NUMBER}|-\s?∞)\s*%?(?:\s*(?i:percentage\s+points?))?\s*(?:to|–|—|-|,)\s*)(?P<hi>{NUMBER}|\+?∞)"
    rf"(?:\s*%|\s*(?i:percentage\s+points?))?"
)
EFFECT = Pattern(
    # (its abbreviation defined after the label: "the sub-distribution hazard ratio (SHR) was 0.84, 95% CI ...")
    # (or the arms it divides: "the geometric mean concentration ratio (vaccine/placebo) was 12.7 (95% CI ...)")
    rf"{_LABEL}(?:\s*[\[(](?:[A-Za-z]{{1,6}}|[A-Za-z][\w -]{{0,30}}/[A-Za-z][\w -]{{0,30}})[\])])?"
    # (a cost's currency before it: "mean difference US$3215, 95% CI ...")
    rf"{_QUALIFIER}{_COMPARED_ARMS}\s*(?:[,:=]|\b(?:was|of)\b)?\s*(?P<cur>(?:US|A|C|NZ)?\$|€|£)?(?P<est>{NUMBER})"
    rf"(?P<unit>\s*(?:(?i:percentage\s+points?)|%|(?i:percent)|(?i:days?|weeks?|months?)\b|{RATE_UNIT}|{MEASUREMENT_UNIT}"
    # (or what a difference counts, its interval right after it: "mean difference -0.6 transfusions, 95% CI ...")
    r"|(?!(?i:times|folds?)\b)[a-z]{3,20}s(?:\s+per\s+[a-z]+(?:-[a-z]+)?)?\b))?"
    rf"\s*(?:[;,]\s*|(?P<open>[\[(])\s*)(?:(?i:the\s+))?{_CI}"
    rf"(?:\s*[;,]\s*{p_value_pattern('_in')}(?:\s+(?i:for)\s+[A-Za-z -]{{1,30}}?)?)?(?(open)\s*[\])])"
    rf"(?:\s*[;,]\s*{P_VALUE})?"
)


def effect_measure(label: str, unit: str | None) -> str:
    """The measure a printed label names; a bare "difference" is resolved by its unit."""
    label = " ".join(label.split())
    if re.fullmatch(NNT_IN_WORDS, label, re.IGNORECASE):
        return "number_needed_to_treat"
    measure = MEASURE_ABBREVIATIONS.get(label) or MEASURE_LABELS[re.sub(r"(?i)(difference)s$", r"\1", label).lower()]
    if measure == "difference":
        text = (unit or "").lower()
        if "%" in text or "percent" in text:  # percentage points too
            return "risk_difference"
        return "mean_difference"
    return measure


# -- ratios as general medical English writes them ----------------------------------------------
#
# Abstracts from every field write ratios in many more ways than a label followed by its CI:
# "HR = 1.30, 95% CI = 1.11-1.43", "AOR = 2.3 (95% CI 1.2, 4.0)", "aHR 0.76 [0.60–0.95]",
# "odds ratios (95% CI) were 0.85 (0.81-0.90) in model 1 and 0.80 (0.73-0.81) in model 2",
# "(P = 0.001; HR 2.6; 95% CI 1.4, 4.8)", "triglycerides (1.05; 1.00 to 1.12)". Two
# constructions cover them: an estimate with its interval (``RATIO_INTERVAL``), whatever comes
# before it, attributed to the nearest ratio label before it in its sentence
# (:data:`RATIO_LABEL`); and a labelled estimate without an interval (``RATIO_POINT``).

_RATIO_WORD_PREFIX = (
    r"(?:(?:adjusted|unadjusted|crude|multivariable|multivariate|univariable|univariate|pooled|summary|"
    r"overall|partial|proportional|common|generali[sz]ed|cumulative|cause[- ]specific|sub-?distribution|"
    r"subdistributional|"
    r"incidence|relative|corresponding|estimated|standardi[sz]ed|stratified|matched)\s+)*"
)
#: A ratio's label: words ("adjusted hazard ratio", "odd ratio", "relative risk") or an
#: abbreviation with its usual prefixes and suffixes ("aOR", "AOR", "ORadj", "aIRR", "sHR", "ORs").
RATIO_LABEL = Pattern(
    r"(?P<word>\b(?i:" + _RATIO_WORD_PREFIX + r"(?:hazards?|odds?|risk|rate|inciden(?:ce|t)[- ]rate)[- ]ratios?"
    r"|relative[- ](?:risks?|hazards?)|risk[- ]ratios?)\b)"
    r"|(?P<abbr>(?<![A-Za-z0-9])(?:a|A|adj|adj\.|s|S|cs|m|p|u)?(?:IRR|HR|OR|RRR|RR)(?:adj|a|s)?(?![A-Za-z]))"
)


def ratio_measure(label: str) -> str:
    """The measure a ratio label names ("aHR" -> hazard_ratio, "odd ratio" -> odds_ratio)."""
    low = label.lower()
    if "generali" in low and "odds" in low:
        return "win_ratio"  # (see MEASURE_LABELS)
    if "hazard" in low or "hr" in low:
        return "hazard_ratio"
    if "odd" in low or "or" in low:
        return "odds_ratio"
    if "rate" in low or "irr" in low:
        return "rate_ratio"
    return "risk_ratio"


_RNUM = r"\d+(?:\.\d+)?|\.\d+"
_CI_TAG = (
    rf"(?:(?P<level>\d{{2}}(?:\.\d+)?)\s*{LEVEL_PERCENT}\s*-?\s*)?"
    r"(?i:CI|CrI|C\.I\.|confiden(?:ce|t)\s+(?:intervals?|limits?)(?:\s*[\[(]CI[\])])?|credible\s+intervals?)"
    r"(?:\s*[\[(]\s*CI\s*[\])]|\s*\d{2}(?:\.\d+)?\s*%)?"  # "95% confidence interval (CI)", "CI95%"
)
_BOUND_SEP = r"\s*(?:-|–|—|\bto\b|,|;|~|～)\s*"  # ("1.21~4.56", as some abstracts print a range)
_BOUNDS = rf"(?P<lo>{_RNUM})\s*%?{_BOUND_SEP}(?P<hi>{_RNUM})(?![\d.])(?:\s*%)?"
_P_AFTER = rf"(?:\s*[;,]?\s*(?i:and\s+)?{p_value_pattern('_in')})?"
#: An estimate and its interval, the body of RATIO_INTERVAL and DEFINED_RATIO.
_ESTIMATE_AND_INTERVAL = (
    # an estimate ...
    rf"(?P<est>{_RNUM})(?![\d.%])"
    rf"(?:"
    # ... with a bracketed interval: "1.30 (95% CI 1.11-1.43)", "0.86 [0.75-0.98]",
    # "0.510 (97.5% CI [0.311-0.833]; P = 0.0007)"
    rf"\s*[,;]?\s*(?P<open>[\[(])\s*(?:{_CI_TAG}\s*[,:;=]?\s*)?(?P<inner>[\[(]\s*)?{_BOUNDS}"
    # (the bracket may go on: "(95% CI 1.08-1.62; p = 0.004; n observed cases = 96)")
    rf"(?(inner)\s*[\])])(?:\s*[;,]\s*{p_value_pattern('_br')})?(?:\s*[\])])?"
    # ... or with a CI tag after a separator: "1.30, 95% CI = 1.11-1.43", "0.82 95% CI 0.52-1.30"
    rf"|\s*[,;]?\s*(?:(?i:with)\s+)?(?P<tag2>{_CI_TAG.replace('level', 'level2')})\s*[,:=]?\s*(?P<open2>[\[(]\s*)?"
    rf"{_BOUNDS.replace('lo>', 'lo2>').replace('hi>', 'hi2>')}(?(open2)\s*[\])])"
    # ... or with its bounds after a semicolon or comma, at the end of a bracket or before its P or
    # what else the bracket says (not another interval): "(HR per 1 SD, 0.91; 0.84 to 0.97)", "(6.1-7.4;
    # HR 0.71, 0.60-0.83; p<0.0001)", "(RR 0.83, 0.72 to 0.96; 9 trials)"
    rf"|\s*[;,]\s*(?P<lo3>{_RNUM})\s*(?:-|–|\bto\b)\s*(?P<hi3>{_RNUM})(?!\d|\.\d)"
    rf"(?=\s*[\])]|\s*[;,]\s*(?!-?[\d.]+\s*(?:-|–|to)\s*-?\d)|\.(?!\d))"
    rf")"
    rf"{_P_AFTER}"
)
RATIO_INTERVAL = Pattern(
    # an estimate not part of a word, a range or a threshold
    rf"(?<![\w.\-/≤≥<>=±]){_ESTIMATE_AND_INTERVAL}"
)
#: A ratio under an abbreviation the text defines for itself: "the HR from prospective analysis
#: (HRP) ... HRP=1.30, 95%CI: 0.83, 2.01" (the builder keeps it only when the text defines it).
DEFINED_RATIO = Pattern(rf"(?<![A-Za-z])(?P<defined>[A-Z][A-Za-z]{{1,6}})\s*[=:,]?\s*{_ESTIMATE_AND_INTERVAL}")
RATIO_IN_BRACKET = Pattern(
    rf"(?P<open>[\[(])\s*(?P<est>{_RNUM})\s*[;,]\s*(?:{_CI_TAG}\s*[,:=]?\s*)?"
    rf"{_BOUNDS}(?:\s*[;,]\s*{p_value_pattern('_br')})?\s*[\])]"
)
#: A difference after the first of its list, its label not repeated: "difference, -11.9 percentage
#: points (95% CI -13.4 to -10.4) for 5 mg and -16.4 percentage points (-17.9 to -14.9) for 10 mg"
#: (the builder keeps it only when the nearest label before it in its sentence names a difference).
DIFFERENCE_INTERVAL = Pattern(
    rf"(?<![\w.\-/≤≥<>=±])(?P<est>{NUMBER})\s*(?P<unit>(?i:percentage\s+points?|days?|weeks?|months?)\b|%|{MEASUREMENT_UNIT})?"
    # its interval in a bracket, or after a comma where the bracket around both closes after it:
    # "(difference 8.5 percentage points, 7.9-9.1)"
    rf"\s*(?:(?P<open>[\[(])\s*(?:{_CI_TAG}\s*[,:=]?\s*)?|,\s*(?=[^()\[\]]{{0,40}}[\])]))"
    rf"(?P<lo>{NUMBER})\s*%?\s*(?:to|–|—|-|(?(open),))\s*(?P<hi>{NUMBER})\s*%?"
    rf"(?:\s*[;,]\s*{p_value_pattern('_br')})?(?:\s*[;,]\s*{TEST_P_VALUE})?\s*(?(open)[\])]|(?=[\])]))"
)
#: A difference whose signs are words, as GRADE's summary-of-findings tables write it: "MD 7.1 lower
#: (10.5 lower to 3.7 lower)", "SMD 0.32 higher (0.10 higher to 0.54 higher)", "63 fewer per 1000
#: (from 46 fewer to 86 more)".
_DIRECTION = r"(?i:lower|higher|fewer|more|less|greater)"
GRADE_DIFFERENCE = Pattern(
    rf"(?:(?P<label>\b(?:S?MD|RD|(?i:(?:standardi[sz]ed\s+)?mean\s+difference|risk\s+difference))\b)\s*)?"
    rf"(?<![\w.\-/])(?P<est>{_RNUM})\s*(?P<unit>%|(?i:percentage\s+points?)\b|{MEASUREMENT_UNIT})?\s*(?P<dir>{_DIRECTION})"
    # (in prose, what is counted and the people per which: "21 fewer deaths per 1000 patients (95% CI 8 to 33
    # fewer)", the lower bound's word left out)
    r"(?:\s+(?P<what>[a-z][a-z-]+)(?=\s+(?i:per)\s))?"
    r"(?P<per>\s+(?i:per)\s+\d[\d,]*)?(?:(?<=\d)\s+(?i:patients|people|participants|persons))?"
    # (or what would happen to them, the people per which named before: "Out of 1000 people treated, 52 fewer
    # would be admitted to hospital (95% CI 31 fewer to 70 fewer)")
    r"(?:\s+(?i:would|will|may|might|could)\s+(?P<event>(?:[a-z-]+\s+){0,5}?[a-z-]+))?"
    rf"\s*\(\s*(?:{_CI_TAG}\s*[,:=]?\s*)?(?i:from\s+)?(?P<lo>{_RNUM})\s*(?:%|(?i:percentage\s+points?))?\s*"
    rf"(?P<lodir>{_DIRECTION})?\s*(?i:to)\s+(?P<hi>{_RNUM})\s*(?:%|(?i:percentage\s+points?))?\s*(?P<hidir>{_DIRECTION})"
    # (the certainty of the evidence after it in the bracket: "(95% CI 12 fewer to 9 more; low certainty)")
    r"(?:\s*[;,][^()\d]{1,60})?\s*\)"
)
#: the people per which a difference in words counts, named before it: "Out of 1000 people treated ...", "For
#: every 1000 patients treated, ..."
PEOPLE_PER_BEFORE = Pattern(
    rf"(?i)\b(?:out\s+of|for\s+every|of\s+every|in\s+every)\s+(?P<n>\d[\d,]*)\s+{UNITS['patients']}"
)
#: A labelled ratio without an interval: "OR = 9.1, p < 0.000", "(odds ratio [OR] 0.298, P=.04)".
RATIO_POINT = Pattern(
    rf"(?:{RATIO_LABEL.pattern})(?P<abbr2>\s*[\[(](?:a|adj)?[A-Z]{{1,4}}s?[\])])?"
    rf"(?P<qualifier>(?:\s+(?i:for|of|in|among|per|with)\b[^;:=()\[\]\d]{{0,50}}?)?)"
    rf"\s*(?:[=:,]|\b(?i:was|of|is|were)\b)?\s*(?P<est>{_RNUM})(?![\d%]|\.\d|\s*[-–](?:\s*\d))"
    # (followed by the end of its clause or sentence: "... with a hazard ratio of 0.52.")
    rf"(?=\s*(?:[,;)\]]|\.(?!\d)|$|\s(?i:and|or|for|in|vs)\b|\s*[Pp]\b))"
    rf"(?:\s*[,;]?\s*{P_VALUE})?"
)

#: An absolute effect printed without its interval: "a number needed to treat of 83", "NNT = 25",
#: "the absolute risk reduction was 1.2%", "standardised mean difference -0.31" (with an interval,
#: :data:`EFFECT` reads it).
ABSOLUTE_POINT = Pattern(
    r"\b(?P<label>(?i:number\s+needed\s+to\s+(?:treat|harm)|absolute\s+risk\s+(?:reduction|increase|difference)"
    rf"|{NNT_IN_WORDS}|standardi[sz]ed\s+mean\s+difference|cohen'?s?\s+d|hedges'?\s+g)"
    # (psychology's Cohen's d after its test and P: "t(184) = -3.42, p = .001, d = 0.50")
    r"|NNT|NNH|ARR|ARD|SMD|(?<=\d,\s)d(?=\s*=))\b(?:\s*\((?:NNT|NNH|ARR|ARD|SMD)\))?"
    # (a duration in what it is for: "to prevent one event over 26 months was 22")
    # (and the arms it compares: "to be treated with X rather than Y to prevent one event was 27")
    r"(?P<qualifier>(?:\s+(?i:to|for|in|at|with)\b(?:[^;:=()\[\]\d]|\d{1,3}\s+(?i:days?|weeks?|months?|years?)\b"
    rf"|{_GLUED_OR_DOSE}){{0,90}}?)?)"
    r"\s*(?:[=:,]|\b(?i:was|of|is)\b)?\s*(?<![A-Za-z])(?P<est>-?\d+(?:\.\d+)?)(?!\.\d|\d|\s*(?i:days?|weeks?|months?|years?)\b)"
    r"(?P<unit>\s*(?:%|(?i:percentage\s+points?)\b))?"
    r"(?!\s*[(\[,;]\s*(?:\d{2}\s*%\s*)?(?i:CI|confidence)|\s*[(\[]\s*-?\d)"
    rf"(?:\s*[,;]\s*{P_VALUE})?"
)


# -- arm comparisons -----------------------------------------------------------------------------

_BRACKET = r"\s*\[(?P<{name}>[^\]\d]{{0,12}}(?P<{name}_pct>\d+(?:\.\d+)?)\s*%[^\]]{{0,30}})\]"
#: a dose in an arm's name: "drug X 10 mg", "drug Y 0.5 mg/kg"
DOSE = r"\d+(?:\.\d+)?[\s-]?(?:mg|µg|mcg|g|mL|ml|IU|units?)(?:/(?:kg|m2|day|d))?(?![\w/])"
_ARM_REF = rf"(?:[^;:()\[\]\d.,]|{DOSE}){{1,60}}?"
#: the words between events and their arm: "8 cases occurred among vaccine recipients"
OCCURRED = r"occurred|were\s+(?:reported|observed|seen|confirmed|diagnosed|recorded)"
#: "45.1% of patients receiving X", "30.2% of those receiving placebo"
_OF_PEOPLE = rf"(?:\s+(?i:of|among)\s+(?:(?i:the)\s+)?(?:\d[\d,]*\s+)?(?i:those|women|men|{PEOPLE_NOUNS})\b)?"
#: the words that name an arm after the people of a value: "3.2% of those who got a placebo"
WHO_GOT_ARM = r"(?i:who\s+(?:received|took|got|were\s+given|were\s+assigned\s+to))"
#: the words that name an arm after its value: "in the X group", "with X", "receiving X", "of those who took X"
#: ("after" an arm's procedure: "in 9 of 204 patients (4.4%) after laparoscopic repair and ...", not after a
#: time: "after one cycle", "after the first dose")
_ARM_WORDS = (
    r"(?i:for|in|on|with|among|receiving|given|taking|assigned\s+to"
    rf"|after(?=\s+[a-z]+\s+[a-z])(?!\s+(?:{NUMBER_WORD}|first|second|third|last|each|every|the)\b)|{WHO_GOT_ARM}"
    # (a crossover trial's periods: "during melatonin", not "during follow-up" or "during the first year")
    r"|during(?!\s+(?:follow-?up|the\s+(?:first|second|third|last|study|trial|follow-?up)\b|(?:the\s+)?\d"
    r"|(?:the\s+)?(?:years?|months?|weeks?|days?|nights?|periods?|treatment|hospitali[sz]ation|pregnancy)\b)))"
)
#: the noun an arm is named with: "the placebo group", "the X arm", "the control clusters"
ARM_NOUN = r"(?i:group|arm|cluster)s?"
#: the words before an arm named right after a value: "in", "with", "of patients assigned to"
_ARM_AFTER_PEOPLE = (
    r"(?:(?:\s+(?i:of)\s+(?:(?i:the)\s+)?(?i:patients|participants|those|people|subjects))?\s+"
    r"(?:(?i:assigned\s+to|receiving|given|taking)|(?i:in|of)(?=\s+(?i:the)\s+[^;:()\[\]\d.,]{1,40}?\s+"
    rf"{ARM_NOUN}\b))"
    r"|\s+(?i:for|in|on|with|among))"
)
#: an arm named in brackets after its value: "75.5% (drug X)" (not a P value, not a number, not an
#: estimate: "... of 305 (odds ratio 2.03 [1.47-2.81])")
_ARM_IN_BRACKET = (
    r"(?P<rp{n}>(?![Pp]\s*[=<>≤≥]|(?i:IQR|range|SD|SEM?)\b|[^()]*\b(?i:CI|ratio|difference|relative\s+risk|odds|hazard)\b"
    r"|[^()]*\b(?:[aA]|adj)?(?:HR|OR|RR|IRR|RD|MD|SMD)s?\b)"
    r"[^()\d][^()\[\];=%]{{0,40}})"
)


#: the spread printed after a value, part of it: "8 days (IQR, 5-13)", "(range 2 to 9)", "(SD 4.1)"
_SPREAD = (
    rf"\s*[\[(]\s*(?i:IQR|interquartile\s+range|range|SD|SEM?)\s*[,:=]?\s*(?:{NUMBER})"
    rf"(?:\s*(?:-|–|to|,)\s*(?:{NUMBER}))?\s*[\])]"
)
#: the second arm's spread unlabelled, as its first arm's labelled one set it out: "5 days (IQR 3-9) with
#: X and 7 days (4-12) with Y" (a bracketed range after the second value is then quartiles, not a CI),
#: "12.4 mm Hg (SD 9.8) with X and 4.1 mm Hg (9.2) with Y"
_SPREAD_AS_BEFORE = rf"\s*[\[(]\s*(?:{NUMBER})(?:\s*(?:-|–|to|,)\s*(?:{NUMBER}))?\s*[\])]"


#: the spread printed between a value and its unit, as "mean (SD)" reports write it: "-2.1 (3.9)
#: mL/min/1.73 m2 per year", "8 (IQR 5-13) days"
_SPREAD_BEFORE_UNIT = (
    rf"(?:\s*[\[(](?:(?i:SD|SE|IQR|range)\s*[,:=]?\s*)?(?:{NUMBER})(?:\s*(?:-|–|to|,)\s*(?:{NUMBER}))?[\])]"
    rf"(?=\s*(?:{MEASUREMENT_UNIT}|(?i:days?|weeks?|months?|years?|percentage\s+points?)\b)))?"
)


def _arm_value(n: int, after: int | None = None) -> str:
    """One arm's value: "30 patients [6%]", "12 of 150 (8.0%)", "27 of the 385", "45% (n = 62)", "7 days", "$633".

    ``after``: the arm printed before this one, whose labelled spread this one's may repeat unlabelled
    (by default arm 1 before arm 2; 0 for none)."""
    if after is None:
        after = 1 if n == 2 else 0
    return (
        # (not a natural frequency: "1 in 4 patients")
        # (a mean and its SD may stand in a bracket of their own: "(2.1±0.6) vs (3.4±0.8) points")
        rf"(?P<vp{n}>\(\s*(?=[\d.]+\s*±))?"
        rf"{_NOT_AFTER}(?:(?P<cur{n}>[$€£])\s?)?(?P<v{n}>{VALUE})(?![\d.]|\s+in\s+\d)"
        rf"(?:\s*±\s*(?P<sd{n}>{NUMBER})(?=\s*%?))?(?(vp{n})\s*\))"
        rf"(?:(?:\s+(?:out\s+)?of(?:\s+the)?|\s*/)\s*(?P<d{n}>{NUMBER})(?!\d|\.\d))?{_SPREAD_BEFORE_UNIT}"
        rf"(?P<u{n}>\s*(?:{UNIT}))?(?:\s*±\s*(?P<sdu{n}>{NUMBER})\s*%?)?"
        rf"(?:{_BRACKET.format(name=f'b{n}')}|\s*\((?P<p{n}>\d+(?:\.\d+)?)\s*%(?:\s+(?i:per)\s+[\w -]{{1,25}})?\)"
        # (the counts behind a percentage: "(12 of 150)", "(n=41/494)")
        rf"|\s*\((?:[nN]\s*=\s*)?(?P<c{n}>\d[\d,]*)\s*(?:of|/)\s*(?P<cd{n}>\d[\d,]*)(?:\s+(?i:patients|participants))?\)"
        # a percentage printed as a bound is not a value: "two (<1%) patients"
        rf"|\s*\(\s*(?P<pb{n}>[<>≤≥]\s*\d+(?:\.\d+)?)\s*%\))?"
        # the people after the bracket: "248 (61%) patients and 203 (50%) patients, respectively", "41 (2.9%) women"
        rf"(?:(?<=%\))\s+(?i:patients|participants|women|men|children)\b)?"
        rf"(?:\s*[\[(]\s*[nN]\s*=\s*(?P<n{n}>{NUMBER})\s*[\])])?"
        # Lancet's count (percentage) of a denominator: "1083 (36.1%) of 3003 patients"
        rf"(?:(?<=%\))\s+of\s+(?P<dl{n}>{NUMBER})(?:\s+(?i:patients|participants))?)?"
        rf"(?:(?P<spread{n}>{_SPREAD})" + (rf"|(?(spread{after}){_SPREAD_AS_BEFORE})" if after else "") + ")?"
    )


#: the rate behind an arm's events, after its arm: "7 participants in the vaccine group (1.0 per 1000
#: participant-years)"
_RATE_AFTER_ARM = (
    rf"(?:\s*\((?P<rt{{n}}>{_RNUM})\s+(?P<rtu{{n}}>{RATE_UNIT}|(?i:per)\s+\d[\d,]*(?:\s+[A-Za-z][\w-]*)?)\))?"
)


#: a test statistic printed before its P: "χ2=5.23", "t = 2.41", "Z = -1.98"
TEST_STATISTIC = rf"(?:χ2|χ²|(?i:chi2|chi-square[d]?)|[tzZF])\s*(?:\(\d+\))?\s*[=:]\s*-?(?:{NUMBER})"
VERSUS = Pattern(
    rf"{_arm_value(1)}(?P<r1>(?:\s+(?i:{OCCURRED}))?{_ARM_AFTER_PEOPLE}\s+{_ARM_REF}|\s*\({_ARM_IN_BRACKET.format(n=1)}\))?\s*,?\s*"
    rf"(?:\b(?:(?i:vs)\.\s*|(?i:vs|versus)\s+)|(?<=\s)v\.?\s+(?=\d))"
    # (the time after the second arm: "versus 19.9% with placebo at 12 months")
    rf"{_arm_value(2)}(?P<r2>{_ARM_AFTER_PEOPLE}\s+{_ARM_REF}(?=[;,)]|\.(?!\d)|$|\s*\(|\s+(?i:in|for)\b"
    r"|\s+(?i:at|by|after|within)\s+\d)"
    rf"|\s*\({_ARM_IN_BRACKET.format(n=2)}\))?"
    # when, after the values: "9.6% vs 12.8% at 18 months (p=0.002)"
    rf"(?P<when>\s+(?i:at|by|after|within)\s+\d{{1,3}}\s+(?i:days|weeks?|months?|years?)\b)?"
    # (the test that gave the P, before it: "(8.2% vs 17.5%, χ2=5.23, P=0.022)")
    rf"(?:\s*[;,(]\s*(?:{TEST_STATISTIC}\s*[;,]\s*)?{P_VALUE})?"
)
THAN = Pattern(
    rf"\((?:[^()\d]{{0,20}})?{_arm_value(1)}\)\s*than\s+(?P<r2>(?i:in\s+)?{_ARM_REF})\s*"
    rf"\((?:[^()\d]{{0,20}})?{_arm_value(2)}\)"
)
#: an arm's group named with "in"/"of": "in the observation group", "of the control group"
_GROUP_OF = rf"(?i:in|of|for)\s+(?i:the\s+)?(?:(?!\b(?i:in|of|for)\b)[^;:()\[\]\d.,]){{1,40}}?\b{ARM_NOUN}"
#: Each arm's value in a bracket after its group, compared in words: "the incidence of X in the observation
#: group (12.5%) was significantly lower than that in the control group (25.0%)", "the VAS score of the study
#: group (2.1±0.6) was lower than that of the control group (3.4±0.8)"
#: (or said to differ from it, or not: "... (6.67%) was not significantly different from that in the control group
#: (10.00%)"; or in square brackets around a mean in its own: "of the study group [(8.1±1.2) points] was")
THAN_THAT = Pattern(
    rf"(?P<r1>{_GROUP_OF})\s*[(\[]{_arm_value(1)}[)\]](?P<mid>[^;:()\[\]\d]{{0,60}}?)\b(?i:than|(?:different|differed)\s+from)\s+"
    rf"(?:(?i:that|those)\s+)?(?P<r2>{_GROUP_OF})\s*[(\[]{_arm_value(2)}[)\]]"
    rf"(?:\s*[;,(]\s*(?:{TEST_STATISTIC}\s*[;,]\s*)?{P_VALUE})?"
)
#: ... or each after its group's verb: "the total effective rate of the observation group was 93.33%, which
#: was higher than 76.67% of the control group"
THAN_VALUE_OF = Pattern(
    rf"(?P<r1>{_GROUP_OF})\s+(?i:was|were)\s+{_arm_value(1)}\s*,?\s*(?:(?i:which|that)\s+(?i:was|were)\s+)?"
    rf"(?P<mid>(?:[a-z]+\s+){{0,2}}?(?i:higher|lower|greater|less|more|better|worse|shorter|longer))\s+(?i:than)\s+"
    rf"{_arm_value(2)}\s+(?P<r2>{_GROUP_OF})(?:\s*[;,(]\s*(?:{TEST_STATISTIC}\s*[;,]\s*)?{P_VALUE})?"
)
#: ... or each after its group and its verb, the second group's "that": "The LVEF of the observation group was
#: (48.6±5.3)% and that of the control group was (43.2±4.9)% (P<0.05)"
AND_THAT_OF = Pattern(
    rf"(?P<r1>{_GROUP_OF})\s+(?i:was|were)\s+{_arm_value(1)}\s*,?\s+(?i:and|while|whereas)\s+(?i:that|those)\s+"
    rf"(?P<r2>{_GROUP_OF})\s+(?i:was|were)\s+{_arm_value(2)}(?:\s*[;,(]\s*(?:{TEST_STATISTIC}\s*[;,]\s*)?{P_VALUE})?"
)
#: a time point after a value: "at 3 months", "at week 12", "after 2 years"
_AT_TIME = (
    r"(?i:at|by|after|within)\s+(?:(?i:day|week|month|year)\s+\d{1,3}|\d{1,3}\s+(?i:days?|weeks?|months?|years?))\b"
)
#: (the time point may stand between a value and its arm: "12% at 6 months in the X group and 15% at 6 months in
#: the Y group")
IN_GROUP_AND = Pattern(
    rf"{_arm_value(1)}(?P<when>\s+{_AT_TIME})?"
    rf"(?P<r1>(?:\s+of\s+(?:the\s+)?(?:patients|participants))?\s+(?:in|of)\s+the\s+"
    rf"[^;()\d]{{1,40}}?\b{ARM_NOUN}){_RATE_AFTER_ARM.format(n=1)}\s*,?\s+and\s+(?i:in\s+|by\s+)?{_arm_value(2)}"
    rf"(?:\s+{_AT_TIME})?(?P<r2>(?:\s+of\s+(?:the\s+)?(?:patients|participants))?\s+(?:in|of)\s+the\s+"
    rf"[^;()\d]{{1,40}}?\b{ARM_NOUN}){_RATE_AFTER_ARM.format(n=2)}"
)


def _two_counts_in_arm(n: int) -> str:
    """Two outcomes' counts in one arm: "120 and 131 patients in the X group"."""
    return (
        rf"{_NOT_AFTER}(?P<a{n}>{NUMBER})\s*,?\s*(?i:and)\s+(?P<b{n}>{NUMBER})(?:\s+(?i:patients|participants))?"
        rf"\s+(?P<r{n}>(?i:in|among)\s+(?i:the)\s+[^;:()\d]{{1,40}}?\s+(?i:group|arm))"
    )


#: Two outcomes' counts in each of two arms, "respectively": "Hospitalization and death occurred in 120 and 131
#: patients in the X group and in 165 and 158 patients in the Y group, respectively" (the outcomes are the
#: sentence's subject, in the same order).
OUTCOMES_BY_ARMS = Pattern(
    rf"{_two_counts_in_arm(1)}\s*,?\s*(?i:and)\s+(?:(?i:in)\s+)?{_two_counts_in_arm(2)}\s*,?\s*(?i:respectively)\b"
)
#: One value of a list that names its arms after it, in the same order (:data:`VALUES_THEN_ARMS`).
LISTED_VALUE = Pattern(rf"{_NOT_AFTER}(?P<v>{NUMBER})(?P<u>\s*(?:{UNIT}))?")
_LISTED = _unnamed(LISTED_VALUE.pattern)
#: Three values or more, then their arms in the same order: "26.1%, 21.4%, and 6.8% of the patients in the
#: 200-mg, 100-mg, and placebo groups, respectively", "38.5% vs 31.2% vs 14.9% in the 200-mg, 100-mg and
#: placebo groups", "31%, 45%, 52% and 60% of patients with placebo and drug X 5, 10 and 20 mg, respectively"
#: (the doses of one drug written once).
#: the noun after names of arms that makes them groups: "in the 200-mg, 100-mg, and placebo groups"
GROUP_NOUN_AFTER = Pattern(r"\s+(?i:groups|arms|cohorts)\b")
#: the words that name a comparator arm (:data:`CONTROL_ARM`)
_CONTROL_WORDS = (
    r"placebo|controls?|usual\s+care|standard(?:\s+of)?\s+care|standard\s+(?:treatment|therapy)|sham"
    r"|vehicle|comparator|no\s+(?:treatment|intervention)"
)
VALUES_THEN_ARMS = Pattern(
    rf"{_LISTED}(?:\s*(?:,|(?i:vs\.?|versus))\s*{_LISTED}){{1,5}}\s*,?\s*(?i:and|vs\.?|versus)\s+{_LISTED}"
    rf"(?P<arms>\s+(?:(?i:of)\s+(?:(?i:the)\s+)?(?i:patients|participants|those)\s+)?(?i:in|for|among|with)\s+"
    rf"(?:(?i:the)\s+)?(?P<names>[^.;()]{{3,120}}?(?={GROUP_NOUN_AFTER.pattern}|\s*,\s*(?i:respectively)\b)"
    # (or no group noun when the last is the comparator: "41%, 33% and 20% with drug X 20 mg, drug X 10 mg and
    # placebo (P < .001)")
    rf"|[^.;()]{{1,100}}?\s(?i:and)\s+(?:(?i:the)\s+)?(?i:{_CONTROL_WORDS})(?=\s*[(.;]|\s*$))"
    rf"(?:{GROUP_NOUN_AFTER.pattern})?)"
    r"(?:\s*,?\s*(?i:respectively)\b)?"
)
#: Single values, one for each item named before them in the same order: "RFS, CSS and OS rates at 5
#: years were 81.3%, 96.2%, and 90.4%, respectively", "The 1-, 3-, and 5-year overall survival rates were 92.1%,
#: 78.4%, and 65.3%, respectively" (the builder reads the items; arms' values are read before it)
#: (each value with its spread or not: "5 months (IQR: 4-8) and 22 months (IQR: 15-31)")
LISTED_VALUE_SPREAD = Pattern(rf"{LISTED_VALUE.pattern}(?:{_SPREAD})?")
_LISTED_SPREAD = rf"{_LISTED}(?:{_SPREAD})?"
VALUES_RESPECTIVELY = Pattern(
    rf"{_LISTED_SPREAD}(?:\s*,\s*{_LISTED_SPREAD}){{0,5}}\s*,?\s*(?i:and)\s+{_LISTED_SPREAD}\s*,?\s*(?i:respectively)\b"
)
#: Single values, one for each item named after them in the same order: "The crude event rates were 38.2, 52.6 and
#: 71.9 per 1000 person-years for low, intermediate and high doses, respectively" (each value a row; the items are
#: given to them as to a list of estimates, see ``Extractor._list_of_estimates_respectively``)
VALUES_FOR_ITEMS = Pattern(
    rf"{_LISTED}(?:\s*,\s*{_LISTED}){{0,5}}\s*,?\s*(?i:and)\s+{_LISTED}"
    # (items without numbers, but time points: "at weeks 4, 8 and 12"; not "in the X group at 1 and 5 years")
    r"(?=\s*,?\s+(?:(?i:for|in|among|with)\s+[^.;:()\[\]\d]{2,120}?|(?i:at)\s+[^.;:()\[\]]{2,60}?)"
    r"\s*,?\s+(?i:respectively)\b)"
)
#: the counts behind a percentage, after its arm: "0.8% of the patients in the X group (8 of 1039 patients)";
#: the percentage behind a count: "31 of 402 drug X recipients (7.7%)"
_COUNTS_AFTER_ARM = (
    r"(?:\s*\((?:(?P<ca{n}>\d[\d,]*)\s*(?:of|/)\s*(?P<cda{n}>\d[\d,]*)(?:\s+[A-Za-z]+)?"
    r"|(?P<pa{n}>\d+(?:\.\d+)?)\s*%)\))?"
)
#: a percentage that is a threshold, part of what people had: "weight loss of at least 5%", "a 5% or greater
#: reduction"
THRESHOLD_PERCENT = (
    r"(?i:(?:at\s+least|at\s+most|more\s+than|less\s+than|over|under|above|below)\s+|[≥≤<>]\s*)\d+(?:\.\d+)?\s*%"
    r"|\d+(?:\.\d+)?\s*%\s+(?i:or\s+(?:more|greater|higher|less|lower|fewer))\b"
)
#: ... ending right before "versus" ("or more", "or less", "or greater": look-behinds of fixed widths)
_THRESHOLD_PERCENT_END = r"(?:(?<=%\s(?i:or\smore))|(?<=%\s(?i:or\sless))|(?<=%\s(?i:or\sgreater)))"
COMPARED_WITH = Pattern(
    rf"{_arm_value(1)}"
    # the arm named right after the first value: "10 days with drug H as compared with 15 days with placebo",
    # "no deaths were reported in the X group, as compared with 9 deaths in the Y group"
    # (its counts after it, and an aside before the comparison: "0.80% of the patients in the X group (3 of 376
    # patients), with 0 deaths, as compared with 7.10% ...")
    rf"(?:(?P<r1>(?:\s+(?i:{OCCURRED}))?{_OF_PEOPLE}\s+{_ARM_WORDS}(?:\s+[^\s;:()\[\]\d.,]+){{1,3}}?)"
    rf"{_COUNTS_AFTER_ARM.format(n=1)}"
    rf"(?=\s*,?\s+(?i:as\s+)?(?i:compared|versus|vs\b)|\s*,\s+(?i:with)\s+[^,;()]{{1,30}},\s+(?i:as\s+)?(?i:compared|versus|vs\b)))?"
    # (within its sentence, not past another percentage, "per cent" included; the next sentence only when
    # it starts the comparison: "Of these, 17 percent suffered X. This compared to 35 percent in ...")
    # (a threshold's percentage is part of what they had: "achieved weight loss of 5% or more versus 31.1% on placebo")
    rf"(?P<mid>(?:[^()%Pp.]|\.(?!\s)|\.\s+(?=(?i:this)\s+(?i:compared|compares)\b)|[Pp](?!ercent|er\s+cent)|{THRESHOLD_PERCENT})"
    rf"{{0,220}}?)"
    rf"(?:\b(?i:this\s+)?(?i:compared|compares)\s+(?i:to|with)|,\s*(?i:against|versus|vs\.?)"
    rf"|{_THRESHOLD_PERCENT_END}\s+(?i:versus|vs\.?))\s+{_arm_value(2)}"
    rf"(?P<r2>{_OF_PEOPLE}\s+(?:{_ARM_WORDS}|{WHO_GOT_ARM})(?:\s+[^\s;:()\[\]\d.,]+){{1,3}}?"
    rf"(?=\s*[;,.)]|\s*\(|$))?"
)
#: "27.8% and 30.5% in the intervention and control groups, respectively"
RESPECTIVELY = Pattern(
    # (the second value is the last before the arms: in "follow-up of 5.4 months, 19 and 26% in the X and Y groups
    # respectively" the values are 19 and 26%)
    # (nor the last two of a list of values: "38.2, 52.6 and 71.9 per 1000 person-years for ...")
    rf"(?<![\d%],\s)(?<![\d%],){_arm_value(1)}\s*(?:,|(?i:and|vs\.?|versus))\s*{_arm_value(2)}(?![\d.]|\s*(?:,|(?i:and))\s+\d)"
    rf"(?:(?P<arms>[^.;]{{0,120}}?)\b(?i:respectively)\b"
    # (or the two groups named in order right after the values, without "respectively": "12.2% and 15.7% of the
    # home and clinic groups")
    r"|(?P<arms_in_order>\s+(?i:of|in|among)\s+(?:(?i:the)\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?i:and)\s+[\w-]+(?:\s+[\w-]+)?"
    rf"\s+(?i:groups|arms)\b))(?:\s*[(;,]\s*{P_VALUE})?"
)
#: the people of an arm, named by what they received: "vaccine recipients", "drug X-treated patients"
ARM_PEOPLE = r"(?:\s+(?i:recipients|users|takers)|[\s-](?i:treated)\s+(?i:patients|participants|subjects))\b"
#: "of vaccine recipients", "of placebo-treated patients", or the arm's people right after a count (one
#: to three words): "9 vaccine recipients"
_RECIPIENTS = (
    # (or the comparator's people by their name, and a case-control study's cases: "17% of controls", "of
    # control participants", "18.4% of cases and 11.2% of controls"; what they did may follow: "17% of controls
    # reported improvement")
    r"\s+(?i:of|among)\s+(?:(?i:the)\s+)?(?i:cases|controls|non-?users|(?:case|control)\s+(?:participants|patients|subjects))\b"
    r"(?:\s+[^;:()\[\]\d.,]{1,60}?)?|"
    rf"\s+(?i:of)\s+(?:(?i:the)\s+)?{_ARM_REF}{ARM_PEOPLE}"
    # (or people named by what they had: "57 infants of vaccinated mothers")
    rf"|\s+(?i:of)\s+(?:(?i:the)\s+)?(?i:vaccinated|unvaccinated|treated|untreated)\s+(?:{PEOPLE_NOUNS}|women|mothers)\b"
    # (or the arm's group: "3 percent of the placebo group")
    rf"|\s+(?i:of)\s+(?i:the)\s+(?:(?!(?i:patients|participants|those)\b)[^;:()\[\]\d.,]){{1,40}}?\s+{ARM_NOUN}\b"
    rf"|\s+(?:[A-Za-z][\w-]*\s+){{0,2}}?[A-Za-z]\w*{ARM_PEOPLE}"
)
#: "45% (n = 62) for drug A and 30% (n = 100) for drug B"
#: the people of an arm by its name, "of drug K patients", the second of a pair only when its name is a
#: comparator's, "of placebo patients" (else "of diabetic patients" may be a subgroup's)
_ARM_PATIENTS = r"\s+(?i:of)\s+(?:(?i:the)\s+)?[A-Za-z][\w-]*(?:\s+[\w-]+)?\s+(?i:patients|participants)\b"
_CONTROL_PATIENTS = rf"\s+(?i:of)\s+(?:(?i:the)\s+)?(?i:{_CONTROL_WORDS})\s+(?i:patients|participants)\b"
FOR_AND_FOR = Pattern(
    # (what the cases are of, before they occurred: "7 cases of X were confirmed in the vaccine group")
    # (or among whom: "9 cases of X with onset at least 7 days after the second dose among participants ...")
    rf"{_arm_value(1)}(?:\s+(?i:of)\s+(?!(?i:the\s+)?(?i:those|women|men|{PEOPLE_NOUNS})\b)"
    rf"(?P<what>(?:[^,;()\d]|\d{{1,3}}\s+(?i:days?|weeks?|months?)\b){{3,80}}?)"
    rf"(?=\s+(?i:{OCCURRED}|among\b|in\s+the\b)))?"
    rf"(?P<r1>(?:\s+(?i:{OCCURRED}))?(?:{_OF_PEOPLE}\s+{_ARM_WORDS}\s+{_ARM_REF}|{_RECIPIENTS}|{_ARM_PATIENTS}))"
    rf"{_COUNTS_AFTER_ARM.format(n=1)}{_RATE_AFTER_ARM.format(n=1)}\s*,?\s*"
    r"(?i:and|but|whereas|while|versus|vs\.?|(?:as\s+)?compared\s+with)\s+"
    # (or the other way: "decreased by 17.9% with X and increased by 3.4% with placebo")
    r"(?i:(?:(?P<dir2>increased|rose|decreased|fell|declined|dropped)\s+)?by\s+|in\s+)?"
    # (the arm ends before how long: "2.1% of those given placebo over two years")
    rf"{_arm_value(2)}(?P<r2>{_OF_PEOPLE}\s+{_ARM_WORDS}\s+{_ARM_REF}|{_RECIPIENTS}|{_CONTROL_PATIENTS})"
    # (what the people of both arms were or did after it: "... and 51 of 108 (47.2%) in group B were pain-free")
    r"(?=[;,.)]|\s+\(|$|\s+(?i:over|during|within|through)\s|\s+(?i:were|had|did|remained|became)\s)"
    rf"{_COUNTS_AFTER_ARM.format(n=2)}{_RATE_AFTER_ARM.format(n=2)}"
    # (their P, alone in a bracket or after a comma: "... and 18% of those in the placebo group (P = 0.01)")
    rf"(?:(?:\s*(?P<p_open>\()|\s*[;,])\s*{p_value_pattern('_br')}(?(p_open)\s*\)))?"
)
#: The words that name a comparator arm: "placebo", "usual care", "the control group".
CONTROL_ARM = Pattern(rf"(?i)\b(?:{_CONTROL_WORDS})\b")
#: One arm's value with its arm named after it, an item of :data:`ARMS_LISTED`: "-15.0% with
#: drug X 5 mg", "12 (2.4%) in the placebo group".
ARM_AFTER_VALUE = Pattern(
    # (an arm with no event: "..., 6 on 30 mg and none on placebo")
    rf"{_NOT_AFTER}(?P<v>{NUMBER}|\b(?i:none)\b)(?:\s*±\s*{NUMBER})?(?P<u>\s*(?:{UNIT}))?"
    # (its arm in a bracket after it: "4.1% (200 mg), 3.9% (100 mg), and 5.2% (placebo) of patients")
    rf"(?:\s*\((?P<arm_b>(?![Pp]\s*[=<>≤≥]|(?i:IQR|range|SD|SEM?|95)\b){_ARM_REF})\)(?=\s*[;,]|\s+(?i:and|of)\s)"
    # (a count's percentage in a bracket, or an aside: "98 patients (12.2%) in the high-dose group")
    # (and the arm's people, Lancet's way: "168 (70.6%) of 238 patients in the 15 mg group")
    rf"|(?:\s*\((?:(?P<pct>\d+(?:\.\d+)?)\s*%|[^()]{{0,30}})\))?"
    rf"(?:\s+(?i:of)\s+(?P<d>{NUMBER})(?:\s+(?i:patients|participants))?)?\s+(?P<arm>{_ARM_WORDS}\s+(?:(?i:the)\s+)?{_ARM_REF})"
    rf"(?=\s*[;,.)(]|\s+(?i:and)\s|\s+(?i:(?:as\s+)?compared|versus|vs)\b|$))"
)
#: Three arms or more, each value with its arm after it: "-15.0% with drug X 5 mg, -19.5% with
#: drug X 10 mg, and -3.1% with placebo".
_AFTER_ITEM = _unnamed(ARM_AFTER_VALUE.pattern)
#: (or two arms' values against the comparator's: "168 (70.6%) of 238 patients in the 15 mg group and 165 (69.9%)
#: of 236 in the 30 mg group compared with 87 (36.7%) of 237 in the placebo group")
ARMS_LISTED = Pattern(
    rf"{_AFTER_ITEM}(?:(?:\s*[,;]\s*{_AFTER_ITEM})+\s*[,;]?\s*(?i:and)"
    # (the people whose share each is between them: "61.3% (15 mg) and 65.0% (30 mg) of patients with X, versus")
    rf"|\s+(?i:and)\s+{_AFTER_ITEM}(?:\s+(?i:of)\s+(?:(?i:the)\s+)?(?i:patients|participants)\b[^;()]{{0,80}}?)?"
    r"\s*,?\s+(?i:(?:as\s+)?compared\s+(?:with|to)|versus|vs\.?))\s+" + _AFTER_ITEM
)
#: One arm's value with its arm named before it, an item of :data:`ARMS_LABELLED`: "drug X 5 mg:
#: 85.1%", "placebo 24%" (not a statistic's label: "SD 4.1", "P = 0.2").
ARM_BEFORE_VALUE = Pattern(
    rf"(?P<arm>(?!(?:[Pp]|[nN]|SD|SE|IQR|CI|HR|OR|RR|(?i:range|median|mean|all|total|overall))\b)"
    rf"[A-Za-z][^;:,()\[\]=<>≤≥±\d]{{0,40}}?(?:\s{DOSE})?)\s*:?\s+(?P<v>{NUMBER})(?P<u>\s*(?:{UNIT}))?(?=\s*[;,)])"
)
#: Arms in a bracket, each named before its value: "(drug X 5 mg: 85.1%; drug X 10 mg: 89.4%;
#: placebo: 34.5%)", "(drug X 52%, placebo 24%)".
_BEFORE_ITEM = _unnamed(ARM_BEFORE_VALUE.pattern)
ARMS_LABELLED = Pattern(rf"\(\s*{_BEFORE_ITEM}(?:\s*[;,]\s*{_BEFORE_ITEM})+\s*\)")
#: Two arms' counts with their percentages, experimental arm first as trial reports write them:
#: "occurred in 152 patients (50.2%) and 201 patients (66.6%)", "41 (12.0%) and 57 (16.5%)".
COUNTS_AND = Pattern(rf"{_arm_value(1)}(?<=\))\s*,?\s*(?i:and|vs\.?|versus)\s+(?i:in\s+)?{_arm_value(2)}(?<=\))")


def _table_arm_cell(n: int) -> str:
    """One arm's cell: "45/600" (a count of its denominator, its percentage or not), "504 (17.8)", a
    central value and its spread, "54 (41–58)", "21.4 ± 48.2", or a value alone, "0.61" (the builder
    keeps values alone only with their decimals: a rate, not a count)."""
    return (
        rf"(?P<v{n}>{NUMBER})(?:\s*/\s*(?P<d{n}>{NUMBER}))?"
        rf"(?(d{n})(?:\s*\(\s*(?P<p{n}>{_RNUM})\s*%?\s*\))?"
        rf"|(?:\s*\(\s*(?P<p{n}b>{_RNUM})\s*(?:%|(?:–|-|to|,)\s*(?P<q{n}>{_RNUM}))?\s*\)|\s*±\s*(?P<sd{n}>{NUMBER}))?)"
    )


#: Two arms' cells side by side in a table row: "504 (17.8) | 600 (21.1)", "12/150 (8.0%)<tab>20/148
#: (13.5%)", "45/600 | 62/598" (the arms and their sizes are in the columns' headers); a median and its
#: quartiles, "54 (41–58) | 51 (35–57)", when the row or column says so.
#: (the builder reads a third arm's cell or more after them, "118 (38.1) | 131 (43.0) | 52 (16.9)", each arm
#: against the comparator)
TABLE_ARMS = Pattern(
    rf"(?<![\w.]){_table_arm_cell(1)}\s*(?:\||\t| {{2,}})\s*{_table_arm_cell(2)}(?=[ ]*(?:\||\t| {{2,}}|\n|$))"
)
#: one arm's cell, whole, after the first two of :data:`TABLE_ARMS`: its groups are ``v``, ``d``, ``p``, ``pb``,
#: ``q`` and ``sd``
TABLE_ARM_CELL = Pattern(rf"\s*{_table_arm_cell('')}\s*")
#: Two arms' absolute risks side by side in a summary-of-findings table, the comparator's first:
#: "69 per 1000 | 63 per 1000 (46 to 86)" (the arms are in the columns' headers: "Risk with usual care").
TABLE_RISKS = Pattern(
    rf"(?<![\w.])(?P<v2>{NUMBER})\s+(?P<per>(?i:per)\s+\d[\d,]*)\s*(?:\||\t| {{2,}})"
    rf"\s*(?P<v1>{NUMBER})\s+(?i:per)\s+\d[\d,]*"
    rf"(?:\s*\(\s*(?P<lo>{NUMBER})\s*(?:to|–|-|,)\s*(?P<hi>{NUMBER})\s*\))?"
)
#: An estimate and its interval in cells of their own, under headers that name them: "| 0.71 | 0.48-1.05 |"
#: under "| HR | 95% CI |", or "0.82<tab>0.66<tab>1.02" under "Odds ratio<tab>Lower 95% CI<tab>Upper 95% CI".
_CELL_END = r"(?:\||\t| {2,}|\n|$)"
TABLE_ESTIMATE_CI = Pattern(
    rf"(?<![\w.])(?P<est>{NUMBER})\s*(?:\||\t| {{2,}})\s*"
    rf"(?:(?P<lo>{NUMBER})\s*(?:to|–|—|-|,)\s*(?P<hi>{NUMBER})"
    rf"|(?P<lo2>{NUMBER})[ ]*(?:\||\t| {{2,}})\s*(?P<hi2>{NUMBER}))(?=[ ]*{_CELL_END})"
)
#: Two arms' percentages after the verb of occurrence, experimental arm first: "Death occurred in 8.1%
#: and 8.7% (hazard ratio ...)", "in 7.4% and 7.9% of participants".
OCCURRED_IN_AND = Pattern(
    # (or after the pair before it, the verb left out: "..., respectively, and dysgeusia in 5.6% and 0.3%")
    # (or after the pair and estimate before it: "...), and a score of 0 to 3 in 38.2% and 21.5% (relative risk")
    r"(?:(?:\b(?i:occurred|developed|reported)"
    r"|(?:(?<=(?i:respectively))|(?<=\)))\s*,?\s+(?i:and|while|whereas)\s+(?P<what>[A-Za-z][^,;()%]{2,50}?))\s+(?i:in)"
    # (or two values said to be alike: "Event rates were similar, at 1.1% and 1.0%", "were similar (86.2% and 87.4%;")
    r"|\b(?i:similar|comparable)\s*(?:,?\s+(?i:at|with)|\((?=\d[\d.]*\s*%\s+(?i:and|vs\.?|versus)\s))"
    # (or two values of what the sentence is about, an estimate comparing them right after: "Mortality at 90
    # days was 36.7% and 38.5% (hazard ratio, 0.95; ...)")
    r"|\b(?P<was>(?i:was|were)))"
    rf"(?:\s+|(?<=\())?{_arm_value(1)}(?<=%)\s+(?i:and|vs\.?|versus)\s+"
    rf"{_arm_value(2)}(?<=%)(?:\s+(?i:of)\s+(?:(?i:the)\s+)?(?i:patients|participants))?"
    rf"(?(was)(?=\s*[(\[]\s*(?:{_LABEL}|{RATIO_LABEL.pattern}))|(?=\s*[(;,.]|\s*$))"
)
#: Two values and the P value that compares them: "were 44.3 ± 15.6% and 22.1 ± 13.7% (P = 0.111)".
#: (or the two alone in their bracket: "was similar in the two groups (77.1% and 80.8%)")
AND_P = Pattern(
    rf"(?:(?P<bopen>\()\s*)?{_arm_value(1)}\s+(?i:and)\s+{_arm_value(2)}"
    rf"(?(bopen)(?<=%)\s*\)|\s*[(;,]\s*{P_VALUE})"
)
#: the verbs of a change over time
_CHANGED = (
    r"(?i:fell|decreased|declined|dropped|reduced|lowered|cut|raised|decreasing|increased|rose|improved|"
    r"changed|went|increasing|shortened|lengthened)"
)
#: a change over time: "hospital stay fell from 8 to 7 days" (the later value is arm 1)
FROM_TO = Pattern(
    rf"\b(?P<verb>{_CHANGED})(?P<what>(?:\s+[A-Za-z-]+){{0,3}}?)\s+(?i:from)\s+"
    rf"{_arm_value(2, after=0)}\s+(?i:to)\s+{_arm_value(1, after=2)}"
)
#: The same, news's way round: "lowered the rate of X to 11.2% from 13.4%" (what changed may be a list: "the
#: combined rate of X, Y or death")
TO_FROM = Pattern(
    rf"\b(?P<verb>{_CHANGED})(?P<what>(?:,?\s+[A-Za-z-]+){{0,10}}?)\s+(?i:to)\s+"
    rf"{_arm_value(1, after=0)}\s+(?i:from)\s+{_arm_value(2, after=1)}"
)
_ARM_VERB = r"(?i:receive|received|receiving|to|with|given|taking|or|and)"
N_PAIR = Pattern(
    # the first arm named before its bracket: "assigned to receive X (n=3005) or placebo (n=3007)"
    rf"(?:\b{_ARM_VERB}\s+(?!{_ARM_VERB}\b)(?P<r1>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){{0,3}}?)\s*(?=\())?"
    rf"\((?:[^()]*?;\s*)?[nN]\s*=\s*(?P<v1>{NUMBER})\s*\)\s*(?i:with|or|and|vs\.?|versus)\s+"
    # (not across another value: "12% (n=45) with X vs 18% (n=70) with Y" is a comparison of the percentages)
    rf"(?P<r2>[^()\d%]{{1,40}}?)\s*\((?:[^()]*?;\s*)?[nN]\s*=\s*(?P<v2>{NUMBER})\s*\)"
)
#: The arms' sizes in bare brackets after the arms people received: "24,966 participants received vaccine
#: (12,466) or placebo (12,500)"
RECEIVED_PAIR = Pattern(
    r"\b(?i:received|were\s+given|were\s+(?:randomly\s+)?(?:assigned|allocated)\s+to)\s+"
    rf"(?P<r1>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){{0,3}}?)\s*\((?P<v1>{NUMBER})\)\s*(?i:or|and)\s+"
    rf"(?P<r2>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){{0,3}}?)\s*\((?P<v2>{NUMBER})\)"
)
GROUP_N_PAIR = Pattern(
    rf"\((?P<r1>[^(),\d]{{1,40}}),\s*(?P<v1>{NUMBER})\s+(?:patients|participants)\)\s*"
    rf"(?i:or|and|vs\.?|versus)\s+[^()]{{0,40}}?\((?P<r2>[^(),\d]{{1,40}}),\s*"
    rf"(?P<v2>{NUMBER})\s+(?:patients|participants)\)"
)

# -- claims and single values --------------------------------------------------------------------

#: bounds that may be below zero
_SIGNED_BOUNDS = _BOUNDS.replace("(?P<lo>", "(?P<lo>-?").replace("(?P<hi>", "(?P<hi>-?")
#: a median's upper bound that the survival curve did not reach: "(95% CI, 6.9 to not reached)", "(3.0-NR)"
UNREACHED_BOUND = r"(?P<unreached>NR|NE|(?i:not\s+(?:reached|estimable|evaluable)))\b"
_BOUNDS_MAYBE_UNREACHED = (
    rf"(?P<lo>-?{_RNUM})\s*%?{_BOUND_SEP}(?:(?P<hi>-?{_RNUM})(?!\d|\.\d)(?:\s*%)?|{UNREACHED_BOUND})"
)
#: Vaccine efficacy with its interval: "vaccine efficacy was 91.3% (95% CI, 89.0 to 93.2)" (a lower
#: bound may be below zero: "45% (95% CI -12 to 73)"), or without: "efficacy was 94.6%" (a bare "efficacy"
#: in a text about a vaccine: the builder decides).
VACCINE_EFFICACY = Pattern(
    rf"\b(?P<label>(?i:(?:vaccine\s+)?(?:efficacy|effectiveness))|VE)\b(?P<qualifier>[^;:=()\[\]\d]{{0,60}}?)"
    rf"\s*(?:[,:=]|\b(?i:was|of|is)\b)?\s*(?P<est>-?{_RNUM})\s*%"
    rf"(?:\s*[,;]?\s*[\[(]?\s*(?:{_CI_TAG}\s*[,:=]?\s*)?{_SIGNED_BOUNDS}\s*[\])]?)?"
)
#: A ratio said as a multiple, the scale it is on named before it: "The odds of remission were 2.1 times
#: higher (95% CI 1.4-3.2)", "the risk of X was 1.8-fold higher (95% CI ...)" ("times lower" is left
#: alone: it may mean the ratio or its inverse).
TIMES_HIGHER = Pattern(
    r"\b(?P<scale>(?i:odds|risks?|hazards?|rates?|incidence|likelihood))\s+(?i:of|for)\s+(?P<what>[^,;:()\[\]\d]{3,60}?)"
    rf"\s+(?i:was|were|is|are)\s+(?P<est>{_RNUM})\s*(?:(?i:times)|-?\s?(?i:fold))\s+"
    # (or the comparator's: "was 1.5 times that of the control group (95% CI ...)")
    r"(?i:higher|greater|increased|as\s+high|that\s+(?:of|in))\b[^;()\[\]\d]{0,40}?"
    rf"\s*[\[(]\s*(?:{_CI_TAG}\s*[,:=]?\s*)?{_BOUNDS}\s*[\])]"
)
#: The multiple before the scale: "a 2.3-fold higher risk of death (95% CI 1.5-3.4)"
FOLD_HIGHER_RISK = Pattern(
    rf"(?<![\w.])(?P<est>{_RNUM})\s*(?:-?\s?(?i:fold)|\s(?i:times))\s+(?i:higher|greater|increased)\s+"
    r"(?P<scale>(?i:odds|risk|hazard|rate|incidence|likelihood))\s+(?i:of|for)\s+(?P<what>[^,;:()\[\]\d]{3,60}?)"
    rf"\s*[\[(]\s*(?:{_CI_TAG}\s*[,:=]?\s*)?{_BOUNDS}\s*[\])]"
)
#: a character of a verb's object: no number, but a name's digit, "Hb1c", "XQ9"
_OBJECT_CHARACTER = r"(?:[^;:,()\d]|(?<=[A-Za-z])\d)"
#: A difference whose sign is given in words: "lower by 6.3 mm Hg (95% CI 4.1 to 8.5)".
DIFFERENCE_IN_WORDS = Pattern(
    rf"\b(?P<direction>(?i:lower|higher|reduced|increased|greater|smaller|less|more|shorter|longer|decreased|slower|"
    rf"faster|differed|lowered|shortened))"
    # (a verb's object between it and "by": "zentrapib reduced the length of stay in the ICU by 0.4 days (95% CI ...)")
    r"(?:(?:(?<=reduced)|(?<=increased)|(?<=decreased)|(?<=lowered)|(?<=shortened))"
    rf"\s+(?P<what>(?!(?i:by)\b)[A-Za-z]{_OBJECT_CHARACTER}{{1,80}}?))?"
    rf"\s+(?i:by)\s+(?P<est>{_RNUM})"
    # (not two arms' changes: "increased by 21.5 m vs 1.2 m", "by 10.4/5.9 mm Hg"; nor the first of a list of
    # changes: "reduced by 7.6 kg, 9.3 kg and 11.2 kg with the three doses")
    r"(?![.,]?\d|\s*/\s*\d|\s*[A-Za-z]{0,8}\s*,\s*[-−]?\d+(?:\.\d+)?\s*[A-Za-z]{0,8}\s*(?:,|(?i:and)\b)|\s*(?:(?i:percentage\s+points?)|[A-Za-zµ/%]{1,8}(?:\s?Hg)?)?\s*,?\s*(?i:vs\.?|versus)\s+[-−]?\d)"
    rf"\s*(?P<unit>(?i:percentage\s+points?|per\s?cent\b)|%|{MEASUREMENT_UNIT}|[A-Za-zµ/]{{1,8}}(?:\s?Hg)?)?"
    # (the arms compared, before the interval: "lower by 6.3 mm Hg in the X group than in the Y group (95% CI ...)")
    rf"(?:\s+(?P<r1>(?i:in|with|among|for)\s+[^;:()\[\]\d.,]{{1,40}}?)\s+(?i:than)\s+"
    rf"(?P<r2>(?:(?i:in|with|among|for)\s+)?[^;:()\[\]\d.,]{{1,40}}?)(?=\s*[\[(]\s*\d{{2}}(?:\.\d+)?\s*%))?"
    # (a bound may be below zero: "lower by 2.1 mm Hg (95% CI -0.3 to 4.5)", "differed by 0.3 months (-0.1 to 0.7)")
    rf"(?:\s*[,;]?\s*[\[(]\s*(?:{_CI_TAG}\s*[,:=]?\s*)?{_SIGNED_BOUNDS}"
    rf"(?:\s*[;,]\s*{p_value_pattern('_br')})?\s*[\])])?"
)
#: A second object of the verb of :data:`DIFFERENCE_IN_WORDS`, after its interval: "... by 0.6 percentage points (95% CI
#: 0.4 to 0.8) and body weight by 2.1 kg (1.5 to 2.7)" (its builder reads it with the first)
DIFFERENCE_AND_BY = Pattern(
    rf"(?<=[\])])\s*,?\s+(?i:and)\s+(?P<what>(?!(?i:by)\b)[A-Za-z]{_OBJECT_CHARACTER}{{1,60}}?)\s+(?i:by)\s+(?P<est>{_RNUM})"
    rf"\s*(?P<unit>(?i:percentage\s+points?|per\s?cent\b)|%|{MEASUREMENT_UNIT}|[A-Za-zµ/]{{1,8}}(?:\s?Hg)?)?"
    rf"\s*[,;]?\s*[\[(]\s*(?:{_CI_TAG}\s*[,:=]?\s*)?{_SIGNED_BOUNDS}\s*[\])]"
)
#: A difference whose sign is a word after it, its interval after its arms: "0.8 log10 copies/mL lower with X
#: (95% CI 0.6 to 1.0)", "1.9 days shorter in the X group than in the Y group (95% CI, 0.7 to 3.1)" (the builder of
#: :data:`DIFFERENCE_IN_WORDS` reads it).
DIFFERENCE_WORD_AFTER = Pattern(
    # (the unit may be joined to it: "a 2.4-point greater improvement in X (95% CI ...)")
    rf"{_NOT_AFTER}(?P<est>{_RNUM})(?:\s*|-(?=[a-z]))(?P<unit>(?i:percentage\s+points?)|%|{MEASUREMENT_UNIT}"
    # (or the unit as printed, up to three words: "log10 copies/mL", "points on the scale")
    r"|(?!(?i:times|fold)\b)(?:[A-Za-zµ][\w/µ.-]{0,14}\s+){0,2}?[A-Za-zµ][\w/µ-]{0,14})?"
    r"\s+(?P<direction>(?i:lower|higher|fewer|more|less|greater|shorter|longer|smaller|larger))\b"
    # (and the change it is a difference in: "greater improvement in the X score")
    r"(?:\s+(?P<what>(?i:improvement|reduction|decrease|increase|change|gain|loss|decline|rise)"
    r"(?:\s+(?i:in|of)\s+[^;:()\[\]]{2,60}?)?))?"
    r"(?:\s+(?P<r1>(?i:in|with|among|for|on)\s+[^;:()\[\]\d.,]{1,40}?))?"
    r"(?:\s+(?i:than|compared\s+with|versus|vs\.?)\s+(?P<r2>(?:(?i:in|with|among|for|on)\s+)?[^;:()\[\]\d.,]{1,40}?))?"
    rf"\s*[\[(]\s*(?:{_CI_TAG}\s*[,:=]?\s*)?{_SIGNED_BOUNDS}"
    rf"(?:\s*[;,]\s*{p_value_pattern('_br')})?\s*[\])]"
)
#: ... or its sign a word after its interval, and the arm it favours after the word: "improved by 0.9 points (95% CI,
#: 0.5-1.3) more in the intervention group" (an interval named as a CI, a unit of measurement, the arm's group)
DIFFERENCE_WORD_AFTER_CI = Pattern(
    rf"{_NOT_AFTER}(?P<est>{_RNUM})\s*(?P<unit>(?i:percentage\s+points?)|{MEASUREMENT_UNIT})"
    rf"\s*[\[(]\s*{_CI_TAG}\s*[,:=]?\s*{_SIGNED_BOUNDS}(?:\s*[;,]\s*{p_value_pattern('_br')})?\s*[\])]"
    r"\s+(?P<direction>(?i:lower|higher|fewer|more|less|greater|shorter|longer|smaller|larger))\b"
    r"\s+(?P<r1>(?i:in|with|among|for|on)\s+[^;:()\[\]\d.,]{1,40}?\s(?i:group|arm))\b"
    r"(?:\s+(?i:than|compared\s+with|versus|vs\.?)\s+(?P<r2>(?:(?i:in|with|among|for|on)\s+)?[^;:()\[\]\d.,]{1,40}?\s"
    r"(?i:group|arm))\b)?"
)
#: ... or a change's difference with no interval, its sign a word after its unit and the arm it favours after the
#: word: "Lung function improved by 95 mL more with drug Q than with placebo", "Weight fell by 4.1 kg more with drug
#: Q (P < 0.001)" (a decrease's "more" is below zero)
DIFFERENCE_BY_MORE = Pattern(
    # (a literal first, then a cheap look ahead: a number, a word at most and the direction)
    r"[Bb][Yy](?<![\w][Bb][Yy])(?=\s+[-−]?[\d.,]+\s*(?:[^\s]{1,20}\s+)?(?i:more|less|fewer|lower|higher|greater)\b)"
    rf"\s+{_NOT_AFTER}(?P<est>{_RNUM})\s*(?P<unit>(?i:percentage\s+points?)|{MEASUREMENT_UNIT}|[A-Za-zµ][\w/µ-]{{0,14}})"
    r"\s+(?P<direction>(?i:more|less|fewer|lower|higher|greater))\b"
    r"\s+(?P<r1>(?i:in|with|among|for|on)\s+[^;:()\[\]\d.,]{1,40}?)"
    r"(?:\s+(?i:than|compared\s+with|versus|vs\.?)\s+(?P<r2>(?:(?i:in|with|among|for|on)\s+)?[^;:()\[\]\d.,]{1,40}?))?"
    rf"(?:\s*[\[(]\s*(?:(?:{_CI_TAG}\s*[,:=]?\s*)?{_SIGNED_BOUNDS}\s*[;,]?\s*)?(?:{p_value_pattern('_br')})?\s*[\])])?"
    r"(?=\s*[.;,)]|\s*$)"
)
#: A difference against the comparator, its sign printed and its interval named: "+4.1 points vs placebo (95%
#: CI 2.2-6.0)", "-2.3 kg versus usual care (95% CI -3.1 to -1.5)".
DIFFERENCE_VERSUS_CONTROL = Pattern(
    rf"(?<![\w.])(?P<est>[+\-−]\s?{_RNUM})\s*(?P<unit>(?i:percentage\s+points?)|{MEASUREMENT_UNIT}|[A-Za-z]{{3,12}}s)?"
    r"\s+(?i:vs\.?|versus)\s+(?P<r2>(?i:placebo|usual\s+care|standard\s+(?:of\s+)?care|sham|"
    r"(?:the\s+)?control(?:\s+group)?))"
    rf"\s*[\[(]\s*{_CI_TAG}\s*[,:=]?\s*{_SIGNED_BOUNDS}(?:\s*[;,]\s*{p_value_pattern('_br')})?\s*[\])]"
)
#: One value with its interval, and the arm it belongs to when named after it: "35.8% (95% CI
#: 23.9-43.1)", "11.2 months (95% CI, 9.8 to 13.1) with drug X", "7.4 months (95% CI, 6.9 to not
#: reached)"; a quantity without a unit: "The area under the curve was 0.93 (95% CI 0.91-0.95)".
VALUE_CI = Pattern(
    # (signed or not: "+15.2 m (95% CI 5.1-25.3)"; in a unit of measurement: "kg", "mL/min/1.73 m2")
    rf"{_NOT_AFTER}(?P<v>[-+−]?(?:{_RNUM}))\s*(?P<unit>%|(?i:percent\b|(?:months?|days?|weeks?|years?|hours?|points?)\b)|mm\s?Hg\b"
    rf"|{MEASUREMENT_UNIT}"
    # (or a rate, what it counts per how many of what: "2.1 cases per 100,000 doses (95% CI ...)")
    r"|[a-z]+\s+(?i:per)\s+\d[\d,]*(?:\s+[a-z][\w-]*){0,2})?"
    # (its interval in a bracket, or after a semicolon: "(incidence 7.2 per 1000 person-years; 95% CI 7.1-7.3)")
    rf"(?:\s*(?P<copen>[\[(])|\s*;)\s*{_CI_TAG}\s*[,:=]?\s*{_BOUNDS_MAYBE_UNREACHED}"
    # (a pooled value's studies and heterogeneity in its bracket: "(95% CI 19.8-27.3; 31 studies; I2 = 92%)"; or its
    # P: "(95% CI 0.774-0.850, p<0.001)")
    r"(?:\s*[;,]\s*(?:\d[\d,]*\s+(?i:studies|trials|cohorts)|(?:I2|I²)\s*=\s*\d+(?:\.\d+)?\s*%)){0,2}"
    rf"(?:\s*[;,]\s*{P_VALUE})?(?(copen)\s*[\])])"
    # (the arm after it, not the first of a list: "... for A and B, respectively", nor "on average")
    rf"(?P<r1>(?![^;.]*\b(?i:respectively)\b)(?!\s+(?i:on\s+average|in\s+total|in\s+all)\b){_OF_PEOPLE}\s+(?i:with|in|for|among|on)\s+(?:the\s+)?[^;:()\[\]\d.,]{{1,40}}?(?=\s*[;,.()]|\s+(?i:versus|vs\.?|and|compared|than)\b|$"
    # (what the arm's people were or did after it: "71% (95% CI ...) of patients in the X group were free of pain")
    r"|(?<=\s(?i:group))\s+(?i:were|had|did|remained|became)\s))?"
)

#: A value with an interval whose name an earlier interval of its paragraph printed, as the Lancet
#: writes the second arm's: "17.4 months (95% CI 15.8-19.1) in the X group and 13.9 months
#: (12.6-15.0) in the Y group", "8.6 months (7.9-9.8) versus 6.9 months (6.1-7.4; HR ...)" (the
#: builder keeps it only when an interval named as a CI stands before it in its paragraph; without a
#: unit, in its sentence: "0.93 (95% CI 0.91-0.95), compared with 0.89 (0.86-0.92) for the Y assay").
VALUE_INTERVAL = Pattern(
    rf"{_NOT_AFTER}(?P<v>{_RNUM})\s*(?P<unit>%|(?i:percent\b|(?:months?|days?|weeks?|years?|hours?|points?)\b)|mm\s?Hg\b)?"
    rf"\s*[\[(]\s*(?P<lo>{_RNUM})\s*%?\s*(?:-|–|—|\bto\b)\s*(?P<hi>{_RNUM})(?![\d.])\s*%?\s*(?:[\])]|;)"
    rf"(?P<r1>\s+(?i:with|in|for|among|on)\s+(?:the\s+)?[^;:()\[\]\d.,]{{1,40}}?(?=\s*[;,.()]|\s+(?i:versus|vs\.?|and|compared|than)\b|$))?"
)
#: An interval named as a confidence (or credible) interval, with its level
NAMED_INTERVAL = Pattern(
    rf"(?i)(?:(?P<level>\d{{2}}(?:\.\d+)?)\s*{LEVEL_PERCENT}\s*-?\s*)?\b(?:CI|CrI|confidence\s+interval|credible\s+interval)"
)

#: One value and its interval in one bracket, after what they are about: "among those aged 70 to 79
#: (84.4%; 95% CI, 46.9 to 97.0)".
VALUE_CI_IN_BRACKET = Pattern(rf"\((?P<v>{_RNUM})\s*(?P<unit>%)\s*[;,]\s*{_CI_TAG}\s*[,:=]?\s*{_BOUNDS}\s*\)")

CLAIM = Pattern(
    rf"{_NOT_AFTER}(?P<v>{NUMBER})\s*(?:%|(?i:percent|per\s*cent))"
    # (its interval between: "a 7% (95% CI 3-11%) increase in mortality")
    rf"(?:\s*[\[(]\s*{_CI_TAG}[^()\[\]]{{0,30}}[\])])?\s+(?:(?i:relative)\s+)?"
    # (or its scale first: "a 23% relative risk reduction in the composite outcome")
    r"(?:(?P<scale_first>(?i:risk|hazard|odds))\s+(?=(?i:reduction|increase|decrease)\b))?"
    r"(?P<direction>(?i:higher|lower|greater|increased?|reduction|reduced|decreased?|fewer|more|less))"
    r"(?:(?:\s+(?i:in|of))?\s+(?P<scale>(?i:odds|risk|hazard|rate|chance|likelihood))\b)?"
    # what the risk is of: "a 34% lower risk of dementia (HR ...)", what an increase is in
    r"(?:(?:(?<=[a-z])\s+(?i:of|for)|(?:(?<=increase)|(?<=reduction)|(?<=decrease))\s+(?i:in))\s+(?P<what>[^,;:()\[\]\d]{3,60}?)(?=\s*[,;:(\[.]|\s+(?i:in|among|with|than|compared)\b|$))?"
)
#: a hedge before a change's size: "cut the risk of X by about 19 percent"
_ABOUT = r"(?:(?i:about|approximately|nearly|almost|roughly|around|some|more\s+than|over|up\s+to)\s+)?"
#: A relative effect stated as a change by a percentage: "reduced the risk of hospitalization or death
#: by 89 percent", "cut the odds of relapse by 30%".
CLAIM_BY = Pattern(
    # "reduced the risk of hospitalization or death by 89 percent"
    # (or as it is happening: "with X reducing the risk of Y by 25% (HR ...)")
    r"\b(?:(?P<direction>(?i:reduced|lowered|cut|decreased|increased|raised|reducing|lowering|cutting|decreasing|"
    r"increasing|raising))\s+(?:(?i:the)\s+)?"
    r"(?:(?i:relative|combined|overall)\s+)?"
    r"(?P<scale>(?i:odds|risk|hazard|rate|chance|likelihood|incidence))\b"
    rf"(?:\s+(?i:of)\s+(?P<what>[^.;()\d]{{3,80}}?)(?=\s+(?i:by)\s+{_ABOUT}\d))?[^.;()\d]{{0,80}}?"
    # "Deaths from any cause fell by 31 percent" (what fell: the subject)
    r"|(?P<change>(?i:fell|dropped|declined|decreased|rose|increased|(?:was|were)\s+(?:reduced|lowered|cut)))"
    r"(?:\s+(?i:significantly|substantially))?"
    # "Treatment reduced X by 24% (relative risk, 0.76 ...)": what it changed, read only when a ratio
    # follows to say the percentage is relative ("reduced a laboratory value by 1.2%" is not)
    r"|(?P<verb>(?i:reduced|lowered|cut|increased|raised))\s+(?P<object>[^.;()\d]{3,60}?))"
    rf"\s+(?i:by)\s+{_ABOUT}(?P<v>{NUMBER})\s*(?:%|(?i:percent|per\s*cent)\b)"
    r"(?(object)(?=\s*[(\[]\s*(?:(?i:relative\s+risk|risk\s+ratio|hazard\s+ratio|odds\s+ratio|rate\s+ratio)|RR|HR|OR|IRR)\b))"
)
#: An efficacy in words, as news writes it: "was 89% effective at preventing severe illness",
#: "95 percent effective against hospitalization" (the builder keeps it in a sentence about a vaccine).
EFFECTIVE = Pattern(
    rf"{_NOT_AFTER}(?P<est>{_RNUM})\s*(?:%|(?i:percent|per\s*cent)\b)\s+(?i:effective)\s+"
    r"(?:(?i:at|in)\s+(?i:preventing|reducing)|(?i:against))\s+(?P<what>[^,;.()]{3,60}?)"
    r"(?=\s*[,;.(]|\s+(?i:in|among|after|over|according|through)\b|$)"
    # (its interval after what it prevents: "94.3% effective in preventing X (95% credible interval, 89.1 to 97.3)")
    rf"(?:\s*[\[(]\s*{_CI_TAG}\s*[,:=]?\s*{_SIGNED_BOUNDS}\s*[\])])?"
)
#: News's arm counts: "12 people who got the vaccine developed severe illness, compared with 107 who
#: got dummy shots" (events in each arm; what they developed is the outcome).
#: the people news counts, and the words that give them their arm: "12 people who got the vaccine"
_PEOPLE_NOUN = r"(?i:people|patients|participants|volunteers|adults|children)"
_WHO_WERE_GIVEN = r"(?i:who)\s+(?i:got|received|took|were\s+given)\s+"
WHO_GOT = Pattern(
    rf"{_NOT_AFTER}(?P<v1>{NUMBER})\s+{_PEOPLE_NOUN}\s+{_WHO_WERE_GIVEN}(?P<r1>[^,;()]{{2,40}}?)\s+"
    r"(?i:developed|had|got|caught|died\s+of|were\s+hospitali[sz]ed\s+(?:for|with))\s+(?P<what>[^,;()]{3,60}?)\s*,?\s+"
    rf"(?i:compared\s+(?:with|to)|versus|vs\.?|against)\s+(?P<v2>{NUMBER})\s+(?:{_PEOPLE_NOUN}\s+)?"
    rf"{_WHO_WERE_GIVEN}(?P<r2>[^,;.()]{{2,40}})"
)
#: News's counts of the people of each arm: "Of the 1,000 people who got the drug, 32 had a heart attack
#: over two years, compared with 51 of the 995 who got a placebo".
OF_THE_WHO_GOT = Pattern(
    rf"\b(?i:of)\s+(?i:the)\s+(?P<d1>{NUMBER})\s+{_PEOPLE_NOUN}\s+{_WHO_WERE_GIVEN}(?P<r1>[^,;()]{{2,40}}?)\s*,\s*"
    rf"(?P<v1>{VALUE})\s+(?:{_PEOPLE_NOUN}\s+)?(?i:developed|had|got|caught|died\s+of|were\s+hospitali[sz]ed\s+(?:for|with))\s+"
    r"(?P<what>[^,;()]{3,60}?)(?:\s+(?i:over|during|within|in|after)\s+[^,;()]{1,30}?)?\s*,?\s+"
    rf"(?i:compared\s+(?:with|to)|versus|vs\.?|against)\s+(?P<v2>{VALUE})\s+(?i:of)\s+(?:(?i:the)\s+)?(?P<d2>{NUMBER})\s+"
    rf"(?:{_PEOPLE_NOUN}\s+)?{_WHO_WERE_GIVEN}(?P<r2>[^,;.()]{{2,40}})"
)
#: the unit of a value in a list or at a time point: "%", "percentage points", "points", "kg", "mm Hg"
VALUE_UNIT = rf"(?i:percentage\s+points?\b|percent\b|points?\b)|%|{MEASUREMENT_UNIT}"
#: one value of a list, its unit printed or left to the last one: "-2.01", "7.6 kg", "-2.30 percentage points"
_LISTED_VALUE = rf"[-−]?(?:{_RNUM})(?:\s*(?:{VALUE_UNIT}))?"
#: Three arms' values or more, their arms listed after them, "respectively", then the comparator's value: "-2.01,
#: -2.24 and -2.30 percentage points with X 5, 10 and 15 mg, respectively, versus -1.86 percentage points with Y"
LISTED_ARMS_VERSUS = Pattern(
    rf"{_NOT_AFTER}(?P<values>{_LISTED_VALUE}(?:\s*,\s*{_LISTED_VALUE})+\s*,?\s*(?i:and)\s+{_LISTED_VALUE})"
    r"\s+(?i:with|in|for|among|on)\s+(?P<arms>[^;:()]{3,80}?)\s*,?\s+(?i:respectively)\s*,?\s+"
    rf"(?i:versus|vs\.?|(?:as\s+)?compared\s+with)\s+(?P<v2>{_LISTED_VALUE})"
    rf"\s+(?P<r2>(?i:with|in|for|among|on)\s+{_ARM_REF})(?=\s*[;,.)(]|\s*$)"
)

#: one value of a list that names no arm, an item of :data:`VALUES_IN_ARMS_ORDER`: "2 (0.8%)", "38.2%",
#: "-0.41 (SE 0.03)", "-0.45 (0.03)", a count in words with its percentage, "two (2%)"
UNNAMED_ITEM = Pattern(
    rf"{_NOT_AFTER}(?P<v>[-−]?(?:{_RNUM})|\b(?i:{NUMBER_WORD})(?=\s*\(\s*{_RNUM}\s*%))(?![.,]?\d)(?P<u>\s*(?:{VALUE_UNIT}))?"
    rf"(?:\s*\(\s*(?:(?P<pct>{_RNUM})\s*%|(?:(?i:SEM?|SD)\s*,?\s*)?(?:{_RNUM}))\s*\))?"
)
_UNNAMED_ITEM = _unnamed(UNNAMED_ITEM.pattern)
#: Three arms' values or more that name no arm, in the order the text named the arms before their sizes:
#: "Serious infections occurred in 2 (0.8%), 5 (2.1%) and 1 (0.4%) patients", "Response rates were 38.2%,
#: 41.9% and 13.1%" (the builder takes the arms from the rows before it; without them, nothing)
VALUES_IN_ARMS_ORDER = Pattern(
    # (or a chain of them, "10.2% vs 12.4% vs 17.9%"; a P after them, "... 17.9%, respectively (P = .004)")
    rf"(?<![\d%)],\s)(?<![\d%)],)(?P<values>{_UNNAMED_ITEM}(?:\s*(?:,|(?i:vs\.?|versus))\s*{_UNNAMED_ITEM})+"
    rf"\s*,?\s*(?i:and|vs\.?|versus)\s+{_UNNAMED_ITEM})"
    r"(?:\s+(?i:of\s+)?(?i:the\s+)?(?i:patients|participants))?(?:\s*,\s*(?i:respectively))?"
    r"(?=\s*[.;)]|\s*$|\s*,\s+(?i:and|but|while|whereas)\s|\s*[(\[]\s*(?i:p)\b)"
)

#: one value at its time point, an item of :data:`VALUES_AT_TIMES`: "93.1% at 2 years"
VALUE_AT_TIME = Pattern(rf"{_NOT_AFTER}(?P<v>[-−]?(?:{_RNUM}))\s*(?P<unit>{VALUE_UNIT})?\s+(?P<time>{_AT_TIME})")
_ITEM_AT_TIME = _unnamed(VALUE_AT_TIME.pattern)
#: One value at each of two time points or more, of one group: "Freedom from reoperation was 93.1% at 2 years
#: and 88.4% at 5 years", "4.2 kg at week 16 and 7.9 kg at week 40" (a row for each; not two
#: arms' values, each named after its time: "12% at 6 months in the X group and ...")
VALUES_AT_TIMES = Pattern(
    rf"{_ITEM_AT_TIME}(?:\s*,\s*{_ITEM_AT_TIME})*\s*,?\s*(?i:and|vs\.?|versus)\s+{_ITEM_AT_TIME}"
    r"(?!\s+(?i:in|with|among|for|on)\s)"
)


def _from_to_item(n: int) -> str:
    """One arm's change, an item of :data:`FROM_TO_BY_ARMS`: "from 17.8 to 9.6 in the X group"."""
    return (
        rf"(?P<i{n}>(?i:from)\s+(?P<b{n}>[-−]?(?:{_RNUM}))\s*(?P<ub{n}>{VALUE_UNIT})?\s+(?i:to)\s+"
        rf"(?P<a{n}>[-−]?(?:{_RNUM}))\s*(?P<ua{n}>{VALUE_UNIT})?\s+"
        rf"(?P<r{n}>(?i:in|with|among|on)\s+(?:(?i:the)\s+)?[A-Za-z][^,;:()\[\]]{{1,40}}?))"
    )


#: Two arms' changes from one time to another: "The score decreased from 17.8 to 9.6 in the X group and from 17.5
#: to 14.1 in the control group" (a row for each arm, its value after against its value before)
FROM_TO_BY_ARMS = Pattern(
    rf"\b(?P<verb>{_CHANGED})(?P<what>(?:\s+[A-Za-z-]+){{0,3}}?)\s+{_from_to_item(1)}\s*,?\s+"
    rf"(?i:and|but|while|whereas|versus|vs\.?|compared\s+with)\s+(?:{_CHANGED}\s+)?{_from_to_item(2)}"
    r"(?=\s*[;,.)(]|\s*$)"
)


_NOT_REACHED = r"(?:NR|(?i:not\s+(?:yet\s+)?reached))\b"
_TIME_UNIT = r"(?:(?i:months?|years?|weeks?|days?)|mo)\b"
#: A median not reached in one arm, against a time in the other: "Median overall survival was not reached with X
#: versus 18.4 months with Y", "mPFS was 9.8 mo vs NR"
NOT_REACHED_PAIR = Pattern(
    rf"(?P<nr1>{_NOT_REACHED})(?P<r1>\s+{_ARM_WORDS}\s+{_ARM_REF})?\s*,?\s+(?i:versus|vs\.?|compared\s+with)\s+"
    rf"(?P<v2>{_RNUM})\s*(?P<u2>{_TIME_UNIT})(?P<r2>\s+{_ARM_WORDS}\s+{_ARM_REF})?(?=\s*[;,.)(]|\s*$)"
    rf"|(?<![\d.])(?P<v1>{_RNUM})\s*(?P<u1>{_TIME_UNIT})(?P<r1b>\s+{_ARM_WORDS}\s+{_ARM_REF})?\s*,?\s+"
    rf"(?i:versus|vs\.?|compared\s+with)\s+(?P<nr2>{_NOT_REACHED})(?P<r2b>\s+{_ARM_WORDS}\s+{_ARM_REF})?(?=\s*[;,.)(]|\s*$)"
)


def _pressures(n: int) -> str:
    """One arm's blood pressure, systolic over diastolic: "10.4/5.9 mm Hg" (signed or not)."""
    return rf"(?P<s{n}>-?(?:{_RNUM}))\s*/\s*(?P<d{n}>-?(?:{_RNUM}))(?:\s*(?P<u{n}>(?i:mm\s?Hg)\b))?"


#: Two arms' blood pressures, systolic over diastolic, in mm Hg: "decreased by 10.4/5.9 mm Hg with X and
#: 4.2/2.1 mm Hg with Y", "(10.4/5.9 vs 4.2/2.1 mm Hg)"
BLOOD_PRESSURES = Pattern(
    rf"{_NOT_AFTER}{_pressures(1)}(?P<r1>\s+{_ARM_WORDS}\s+{_ARM_REF})?\s*,?\s+"
    r"(?i:and|vs\.?|versus|compared\s+with)\s+(?:(?i:by)\s+)?"
    rf"{_pressures(2)}(?P<r2>\s+{_ARM_WORDS}\s+{_ARM_REF})?(?=\s*[;,.)(]|\s*$)"
)
#: News's events among the people of each arm, each arm's number after its count: "There were 7 cases among
#: the 12,500 people who got the vaccine, versus 40 among the 12,500 who got placebo" (what was counted is the
#: outcome; how long, after the arm, is not part of it: "who got the vaccine in the first season").
_ABOUT = r"(?:(?i:roughly|about|around|nearly|almost|some|more\s+than|fewer\s+than)\s+)?"
_WHEN_AFTER_ARM = (
    r"(?:\s+(?i:in|during|over|through)\s+(?:(?i:the)\s+)?\w+\s+(?i:seasons?|winters?|years?|months?|weeks?|days?))?"
)
AMONG_THE_WHO_GOT = Pattern(
    rf"{_NOT_AFTER}(?P<v1>{VALUE})\s+(?P<what>[A-Za-z][A-Za-z -]{{1,40}}?)"
    r"(?:\s+(?i:occurred|were\s+(?:seen|reported|recorded|confirmed|diagnosed)))?"
    rf"\s+(?i:among|in|of)\s+(?:(?i:the)\s+)?{_ABOUT}"
    rf"(?P<d1>{NUMBER})\s+(?:{_PEOPLE_NOUN}\s+)?{_WHO_WERE_GIVEN}(?P<r1>[^,;()]{{2,40}}?){_WHEN_AFTER_ARM}\s*,?\s+"
    rf"(?i:compared\s+(?:with|to)|versus|vs\.?|against)\s+(?P<v2>{VALUE})\s+(?:[A-Za-z][A-Za-z-]*\s+){{0,2}}?(?i:among|in|of)\s+"
    rf"(?:(?i:the)\s+)?{_ABOUT}(?P<d2>{NUMBER})\s+(?:{_PEOPLE_NOUN}\s+)?{_WHO_WERE_GIVEN}(?P<r2>[^,;.()]{{2,40}}?)"
    rf"{_WHEN_AFTER_ARM}(?=\s*[,;.)]|\s*$)"
)
#: A number needed to treat as news writes it: "For every 67 patients treated for three years, one major event was
#: prevented"; or after what it prevents: "one death was prevented for every 25 people treated"
_TREATED = rf"(?:{_PEOPLE_NOUN}|(?i:persons|women|men))\s+(?i:treated|who\s+(?:took|received|got)\s+[^,;()]{{2,40}}?)"
_PREVENTED = r"(?i:was|is|were|would\s+be|could\s+be)\s+(?i:prevented|avoided|averted)"
NNT_FOR_EVERY = Pattern(
    rf"\b(?i:for\s+every)\s+(?P<est>{NUMBER})\s+{_TREATED}[^,;()]{{0,60}}?\s*,\s*"
    rf"(?i:one|1|a\s+single)\s+(?P<what>[^,;()]{{2,60}}?)\s+{_PREVENTED}"
    rf"|\b(?i:one|1|a\s+single)\s+(?P<what_first>[^,;()]{{2,60}}?)\s+{_PREVENTED}\s+(?i:for\s+every)\s+"
    rf"(?P<est_after>{NUMBER})\s+{_TREATED}"
)
#: A relative risk reduction printed without its interval: "The relative risk reduction for medically
#: attended disease was 71.3%" (a claim: with an interval it is read as a value with its CI).
CLAIM_REDUCTION = Pattern(
    r"\b(?i:relative\s+)(?:(?P<scale>(?i:risk))\s+)?(?P<direction>(?i:reduction))(?:\s*\((?:RRR)\))?"
    r"(?:\s+(?i:for|in|of|against)\s+(?P<what>[^.;:()\d=]{3,80}?))?\s*(?:\b(?i:was|of)\b|[:=,])\s*"
    rf"(?P<v>{NUMBER})\s*(?:%|(?i:percent|per\s*cent)\b)(?!\s*[(\[,;]\s*\d{{2}}\s*%)"
)
#: Patients assigned to each arm: "305 to drug X and 306 to placebo", "(n = 40 assigned to A and 42 to B",
#: "12 467 received the vaccine and 12 499 received placebo".
_ASSIGNED_ARM = r"(?i:to|received|were\s+given)\s+(?:the\s+)?[^;:()\d,.\n]{1,40}?"


#: the arm of a size after the first, its verb understood: "401 received drug X, 400 drug Y and 402 placebo"
#: (not what the people did: "and 12 withdrew", "and 9 completed the study")
_GAPPED_ARM = (
    r"(?!(?i:were|was|had|did|died|withdrew|left|remained)\b|[A-Za-z]+ed(?![\w-]))(?:(?i:the)\s+)?[^;:()\d,.\n]{1,40}?"
)


def _assigned(value: str = "", arm: str = "", verb_understood: bool = False) -> str:
    """One arm's size and the arm it went to: "806 to the high-dose group", "412 patients were assigned
    to X" (the number and the arm in the named groups ``value`` and ``arm``, unnamed when not given);
    ``verb_understood``: or the arm alone, after a first that said it ("... and 402 placebo")."""
    v, a = (f"?P<{name}>" if name else "?:" for name in (value, arm))
    arm_pattern = rf"{_ASSIGNED_ARM}|{_GAPPED_ARM}" if verb_understood else _ASSIGNED_ARM
    return (
        rf"{_NOT_AFTER}({v}{VALUE})(?:\s+(?i:patients|participants))?(?:\s+(?i:were\s+)?(?i:randomly\s+)?"
        rf"(?i:assigned|randomi[sz]ed|allocated))?\s+({a}{arm_pattern})"
    )


#: Two arms' sizes: "410 to drug X and 405 to placebo"
ASSIGNED_TO = Pattern(rf"{_assigned('v1', 'r1')}\s*,?\s+(?i:and)\s+{_assigned('v2', 'r2', True)}(?=\s*[;,.()]|$)")
#: One arm's size in a list of three arms or more (:data:`ASSIGNED_LISTED`): "806 to the high-dose group"
_ITEM_ENDS = r"(?=\s*[;,.()]|\s+(?i:and)\s|$)"
ASSIGNED_ITEM = Pattern(_assigned("v", "arm", True) + _ITEM_ENDS)
_ASSIGNED_ITEM, _ASSIGNED_NEXT = _assigned() + _ITEM_ENDS, _assigned(verb_understood=True) + _ITEM_ENDS
#: Three arms' sizes or more: "806 to the high-dose group, 803 to the low-dose group, and 806 to the placebo group"
#: ("401 received drug X, 400 drug Y, and 402 placebo")
ASSIGNED_LISTED = Pattern(rf"{_ASSIGNED_ITEM}(?:\s*[,;]\s*{_ASSIGNED_NEXT})+\s*[,;]?\s*(?i:and)\s+{_ASSIGNED_NEXT}")
#: The arms people were assigned to, named before results that name none: "were randomly assigned to receive
#: drug X 10 mg, drug X 20 mg, or placebo", "randomised (1:1) to drug Y or usual care" (the builder keeps a list
#: of two names or more, without what follows them: "..., in addition to standard care, for 10 days")
ALLOCATION = Pattern(
    # (said of the people, "were randomly assigned to", or by the investigators, "we assigned 412 patients to";
    # not "patients assigned to X had ...")
    r"(?:\b(?i:were|was|been|be|being)\s+(?i:randomly\s+)?(?i:assigned|allocated|randomi[sz]ed)"
    r"|\b(?i:we)\s+(?i:randomly\s+)?(?i:assigned|allocated|randomi[sz]ed)(?:\s+[^\s.;:()]+){1,5}?)\s+(?:\([^()]{1,30}\)\s+)?"
    r"(?:(?i:in\s+an?\s+)?\d+\s*:\s*\d+(?:\s*:\s*\d+)?\s+(?:(?i:ratio)\s+)?)?"
    r"(?i:to)\s+(?:(?i:receive|either)\s+)*(?P<arms>[^.;:]{3,200}?)(?=\s*[.;:]|$)"
)
#: the verb every :data:`ALLOCATION` has, found first in the lower-cased text (the whole pattern is tried only
#: around it, up to ``ALLOCATION_REACH`` characters before and after)
ALLOCATION_VERB = Pattern(r"assigned|allocated|randomi[sz]ed")
ALLOCATION_REACH = (20, 400)
#: where a list of arms allocated ends, and what it says of them begins
ALLOCATION_TAIL = Pattern(
    r"(?i),?\s+(?:for|during|over|until|at|in\s+addition\s+to|on\s+top\s+of|with(?:out)?|who|which|stratified"
    r"|according|as|from|by|each|daily|once|twice)\b.*$"
)
_RANDOMIZED = r"(?i:underwent\s+randomi[sz]ation|were\s+(?:randomi[sz]ed|randomly\s+(?:assigned|allocated)|enrolled))"
#: one arm's size in a bracket after the number randomised, an item of :data:`ASSIGNED_IN_BRACKET`: "5990 drug X",
#: "5986 to placebo"
ARM_SIZE_ITEM = Pattern(
    rf"{_NOT_AFTER}(?P<v>{NUMBER})\s+(?:(?i:to)\s+)?(?:(?i:the)\s+)?(?P<arm>[A-Za-z][\w-]*(?:\s+[\w-]+){{0,3}}?)"
    r"(?=\s*[,;)])"
)
_ARM_SIZE_ITEM = rf"\s*{_unnamed(ARM_SIZE_ITEM.pattern)}\s*"
#: The arms' sizes in a bracket after the number randomised: "11 976 women were randomised (5990 drug X, 5986
#: placebo)"
ASSIGNED_IN_BRACKET = Pattern(
    rf"\b(?i:randomi[sz]ed|randomly\s+(?:assigned|allocated)|enrolled)\s*\((?P<items>{_ARM_SIZE_ITEM}"
    rf"(?:[,;]\s*(?:(?i:and)\s+)?{_ARM_SIZE_ITEM})+)\)"
)
COUNT = Pattern(
    # (not a natural frequency: "about 1 in 20 patients")
    # (nor the people per which one counts: "Out of 1000 people treated, 52 fewer ...", "for every 1000 patients")
    rf"(?:\b[nN]\s*=\s*(?P<n>{NUMBER}))|(?:{_NOT_AFTER}(?<!\b1\sin\s)(?<!\bone\sin\s)(?<!\b[Oo]ut\sof\s)(?<!\b[Ee]very\s)"
    rf"(?<!\b[Pp]er\s)(?P<v>{VALUE})(?:\s+of\s+(?P<d>{NUMBER}))?\s+"
    rf"(?P<unit>{UNITS['patients']})(?:\s*\((?P<pct>\d+(?:\.\d+)?)\s*%\))?)"
)
#: the verbs that say what people had, before what it was: "148 (12.3%) had X", "... and 35.6% in the control
#: group had quit smoking", "..., respectively, underwent surgery"
PEOPLE_HAD = r"had|developed|experienced|suffered|sustained|reported|required|needed|underwent|achieved|reached"
#: and what they did, after their number: "31 (5.2%) died"
PEOPLE_DID = rf"died|{PEOPLE_HAD}"
#: People with an event, their noun left out, their percentage after them or not: "Among 1,204 patients,
#: 148 (12.3%) had acute myocardial infarction", "Overall, 31 (5.2%) died", "during which 1,127 developed
#: hypertension" (the builder reads what they had).
PEOPLE_WITH_EVENT = Pattern(
    rf"{_NOT_AFTER}(?P<v>{NUMBER})(?:\s*\(\s*(?P<pct>\d+(?:\.\d+)?)\s*%\s*\))?(?:\s+of\s+(?P<d>{NUMBER}))?"
    rf"(?=\s+(?i:{PEOPLE_DID})\b(?!\s+(?i:randomi[sz]ation)))"
)
#: Events counted, what they were named after their number: "3,419 hip fractures occurred", "we recorded 61
#: major bleedings" (the builder leaves a number of people to :data:`COUNT`).
EVENTS_COUNTED = Pattern(
    rf"(?P<verb>\b(?i:recorded|observed|identified|documented)\s+)?{_NOT_AFTER}(?P<v>{NUMBER})\s+"
    r"(?P<what>(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*s)\b"
    r"(?(verb)(?=\s*[(,;.]|\s+(?:during|in|among|over)\b)"
    r"|(?=\s+(?i:occurred|were\s+(?:recorded|observed|identified|diagnosed|reported|confirmed|documented))\b))"
)
#: people randomised, the nouns of :data:`PEOPLE_NOUNS` and those it leaves out, one word before them or none:
#: "11 976 nulliparous women were randomised", "7358 pregnant participants were randomly assigned"
_RANDOMIZED_PEOPLE = rf"(?:[A-Za-z-]+\s+)?(?i:women|men|girls|boys|couples|families|pregnancies|{PEOPLE_NOUNS})"
#: the people randomized, their noun left out or named after them: "21 550 were screened and 1 204 underwent
#: randomization", "We randomised 11 976 women"
RANDOMIZED_COUNT = Pattern(
    # (not the last group of a list: "310 patients and 120 healthy volunteers were enrolled")
    rf"{_NOT_AFTER}(?<!\band\s)(?<!\d\s)(?P<r>{NUMBER})(?=\s+(?:{_RANDOMIZED_PEOPLE}\s+)?{_RANDOMIZED})"
    rf"|\b(?i:randomi[sz]ed|enrolled|recruited)\s+(?P<rw>{NUMBER})(?=\s+{_RANDOMIZED_PEOPLE}\b)"
)
PERCENT_OF = Pattern(
    rf"{_NOT_AFTER}(?P<v>{NUMBER})\s*(?:%|(?i:percent))\s+of\s+(?:the\s+)?"
    r"(?:patients|participants|subjects)\b"
)
MEDIAN_OF = Pattern(
    rf"\b(?i:median)\s+(?P<what>[a-z ]{{2,30}}?)\s+(?:of\s+(?:the\s+)?(?:patients|participants)\s+)?"
    rf"(?:was|of|were)\s+(?P<v>{NUMBER})\s+(?P<unit>years|days|months|weeks)\b"
)

# -- context: trials named in the text, time points, severity scores, recommendations ------------


@dataclass(frozen=True)
class Hints:
    """Lower-case words one of which every match of a pattern holds, and how far the match may
    reach before (``before``) and after (``after``) the word."""

    words: tuple[str, ...]
    before: int
    after: int


#: (matched in the lower-cased text; the subgroup is read from the text at the match's span)
#: A subgroup as a text names it, before its results: "in participants aged 65 years or older",
#: "among those treated within five days", "in the subgroup of women", "in the diabetic subgroup".
#: groups of people a subgroup names in one or two words: "in women", "among current smokers"
GROUP_WORDS = (
    r"women|men|girls|boys|females|males|children|adolescents|adults|older\s+adults|younger\s+adults|smokers|"
    r"nonsmokers|non-smokers|never\s+smokers|former\s+smokers|current\s+smokers"
)
SUBGROUP = Pattern(
    r"\b(?:in|among|for)\s+(?:the\s+)?(?:(?:[a-z-]+\s+){0,2}?(?:subgroups?|subsets?|strat(?:um|a)|trials|studies)\s+of\s+)?"
    # (how many of them, a part of the people named before: "among the 1,210 people over 75", "in the 214 patients
    # with diabetes"; without "the", a count names the people studied: "Among 19,114 people aged 70 or older, ...")
    r"(?:(?<=\bthe\s)\d[\d,]*\s+(?=\w+\s+(?:over|under|older|younger|aged|with|without)\b))?"
    # (or the subgroup itself: "In the subgroup with nodal disease (n=412), the HR was ...")
    r"(?P<who>(?:patients|participants|those|people|persons|subjects|women|men|girls|boys|children|adults|"
    r"individuals|recipients|infants|subgroup|subset)\s+(?:with|without|aged|who|older|younger|treated|receiving|not|over|under|"
    r"from|having|living|born|[<>≤≥]|\d(?![\d.]*\s*[(\[]))[^,;:()]{0,60}?)"
    # (or what was found in them: "among those without diabetes it was 0.80")
    r"(?=\s*[,;:(\[]|\s+(?:was|were|had|has|the|vs\.?|versus|it\s+was)\b|\s+(?:and|or)\s+(?:in|among)\b|\s*$"
    # (or the first value, not a threshold of the subgroup's: "of less than 60%", "of 60% or more")
    # (nor a range's upper end: "of 1% to 49%")
    r"|(?<!\bthan)(?<!\bbelow)(?<!\babove)(?<!\bunder)(?<!\bover)(?<!\bleast)(?<!\bmost)(?<!\bof)(?<!\bto)"
    r"\s+\d+(?:\.\d+)?\s*(?:%|\(|(?:percent))(?!\s*or\s+(?:more|less|greater|higher|lower|above|below)\b))"
    # (a group after the bracket of the one before: "in women (0.83, ...) and men (0.86, ...)"; what was found
    # in it after it: "In women the aHR was 0.82 (...), and in men 0.91 (...)")
    rf"|(?:\b(?:in|among)\s+|(?<=\)\sand\s)|(?<=\)\sor\s))(?P<group>{GROUP_WORDS})"
    rf"(?=\s*[(\[,;]|\s*$|\s+(?:the|it)\s+|\s+{NUMBER}\s*[(\[])"
    r"|\b(?:in|among)\s+the\s+(?P<named>[^,;:()\d\s]+(?:\s+[^,;:()\d\s]+){0,4}?)\s+"
    r"(?:subgroups?|strat(?:um|a)|subpopulation)\b(?!\s+of\b)"
    # (an analysis of other than all randomized: "in the per-protocol population", "in the mITT analysis")
    r"|\b(?:in|among|for)\s+the\s+(?P<analysis>(?:per[- ]protocol|as[- ]treated|modified\s+intention[- ]to[- ]treat|"
    r"mitt|complete[- ]case)\s+(?:population|analysis|analyses|set|cohort))\b"
)

#: a word every subgroup as written holds (lower case)
SUBGROUP_HINTS = Hints(("patients", "participants", "those", "people", "persons", "subjects", "women", "men", "girls",
                        "boys", "children", "adults", "individuals", "recipients", "infants", "subgroup", "strat",
                        "males", "adolescents", "smokers",
                        "subpopulation", "subset", "protocol", "treated", "intention", "mitt",
                        "complete"), 60, 100)  # fmt: skip

#: A sentence that states what a trial was designed to detect, its sample size or power calculation: its numbers
#: are assumptions, not results ("1,200 patients would provide 90% power to detect a hazard ratio of 0.75,
#: assuming an event rate of 12%")
SAMPLE_SIZE_CALCULATION = Pattern(
    r"(?i)(?:%\s+power\b|\bpower\s+(?:of\s+\d+(?:\.\d+)?\s*%\s+)?to\s+(?:detect|show|demonstrate)"
    r"|\bsample\s+size\s+(?:was|of|calculation|estimate)"
    r"|\b(?:was|were)\s+(?:calculated|estimated|planned)\s+(?:to\s+(?:provide|give|have|detect)|assuming|on\s+the\s+basis)"
    r"|\bassuming\s+(?:an?\s+|the\s+)?(?:event|response|control|placebo|baseline|true|two-sided|one-sided|dropout|attrition)"
    r"|\b(?:needed|required)\s+to\s+(?:detect|show|demonstrate))"
)


#: the words one of which every such sentence holds (lower case): a cheap search first, the pattern only in
#: their sentences
SAMPLE_SIZE_WORDS = (
    "power", "sample size", "assuming", "calculated", "estimated", "planned", "needed to", "required to"
)  # fmt: skip


def sample_size_words(text: str) -> Iterator[int]:
    """Where :data:`SAMPLE_SIZE_WORDS` occur in ``text`` (any case; offsets into ``text``)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # (a text whose lower case has other lengths, "İ": the pattern itself)
        yield from (m.start() for m in SAMPLE_SIZE_CALCULATION.finditer(text))
        return
    for word in SAMPLE_SIZE_WORDS:
        at = lowered.find(word)
        while at >= 0:
            yield at
            at = lowered.find(word, at + len(word))


def states_assumptions(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` is a sample size or power calculation: it says so
    (:data:`SAMPLE_SIZE_CALCULATION`) and reports no interval or P value, as a result does even where it
    speaks of power ("had limited power to detect a difference (HR 0.90; 95% CI 0.75-1.08)")."""
    return bool(
        SAMPLE_SIZE_CALCULATION.search(text, start, end)
        and not NAMED_INTERVAL.search(text, start, end)
        and not _P_VALUE_SEARCH.search(text, start, end)
    )


_P_VALUE_SEARCH = Pattern(P_VALUE)

#: A response threshold of a scale, part of an outcome's name: "a PASI 90 response", "EASI-75 rates"
SCALE_THRESHOLD = r"(?<=[A-Z][A-Z][\s-])\d{2,3}(?![\d.,%])\b(?=\s+[A-Za-z])"
#: A count that names a test or a questionnaire, part of an outcome's name: "the 6-minute walk distance",
#: "the 36-item short form", "a 10-point scale"
NUMBERED_NAME = r"(?i:\d+-(?:minute|min|second|metre|meter|item|question|domain|dimension|point)(?=\s+[a-z]))"

#: A trial registry number: "NCT04401579", "ISRCTN 50189673", "EudraCT 2020-001052-18".
REGISTRY_ID = Pattern(
    r"\b(?:NCT\d{8}|ISRCTN\s?\d{8}|EudraCT(?:\s+(?:[Nn]umber|[Nn]o\.?))?[\s:#]*\d{4}-\d{6}-\d{2}|ChiCTR[-A-Z]*\d{6,}"
    r"|ACTRN\d{14}|DRKS\d{8}|CTRI/\d{4}/\d{2,3}/\d+|jRCT\d{7,}|UMIN\d{9})\b"
)
_ACRONYM = r"[A-Z][A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)*"
#: An acronym right before the bracket that holds its registry number names that trial: "COUGH-1 (NCT04111111)"
#: (matched at the end of the text before the number)
ACRONYM_BEFORE_REGISTRY = Pattern(rf"(?<![\w-])(?P<name>{_ACRONYM})\s*[(\[]\s*(?:ClinicalTrials\.gov\s*[,:]?\s*)?$")
#: Words that may stand between a trial's acronym and "trial": "the ABC-1 randomized controlled trial".
DESIGN_WORDS = frozenset(("randomized", "randomised", "controlled", "clinical", "pivotal", "multicenter",
                          "multicentre", "multi-center", "multi-centre", "open-label", "double-blind",
                          "double-blinded", "placebo-controlled", "pragmatic", "international", "noninferiority",
                          "non-inferiority", "platform", "adaptive", "cluster", "multinational", "global", "landmark",
                          "large", "ongoing", "phase", "1", "2", "3", "4", "i",
                          "ii", "iii", "iv", "2a", "2b", "3a", "3b", "iia", "iib", "iiia", "iiib"))  # fmt: skip
#: what every registry number starts with (a quick test before the pattern)
REGISTRY_PREFIXES = ("NCT", "ISRCTN", "EudraCT", "ChiCTR", "ACTRN", "DRKS", "CTRI", "jRCT", "UMIN")
REGISTRY_KEYS = ("CT", "DRKS", "UMIN")  # one of them is in every prefix
#: The words beside a trial's acronym (found in the lower-cased text; the acronym is at most
#: ``TRIAL_REACH`` characters before them or ``TRIAL_REACH_AFTER`` after).
TRIAL_WORDS = ("trial", "study", "investigators")
TRIAL_REACH = 90
#: how far after "trial" an acronym in brackets may end ("trial (ABC-1)")
TRIAL_REACH_AFTER = 40
#: A trial's acronym where the text says it names a trial: "the ABC-HF trial", "(XYZ trial)",
#: "the ABC-1 randomized controlled trial", "the phase 3 ABC-2 trial", "Phase 3 XYZ Trial",
#: "(XYZ-2) trial", "the ABCD investigators"; the words between are design words
#: (:func:`names_a_trial`).
_PHASE = r"[Pp]hase\s+(?:[1-4][ab]?|I{1,3}[ab]?|IV)\s+"
TRIAL_ACRONYM = Pattern(
    # (the words that describe it before it in lower case: "the five-year ABC-OB trial", "the landmark XYZ study")
    rf"(?:(?:\b[Tt]he\s+|\(|^|[,;:]\s+)(?P<pre>(?:[\w-]+\s+)?{_PHASE}|(?:[a-z][\w-]*\s+){{1,2}})?|\b{_PHASE})"
    rf"\(?(?P<name>{_ACRONYM})\)?(?P<design>(?:\s+[\w-]+){{0,4}}?)"
    rf"\s+(?:[Tt]rial|[Ss]tudy|[Ii]nvestigators)\b",
    re.MULTILINE,
)
#: A trial's acronym in brackets right after "trial", or the name it is called: "in this phase 3
#: trial (ABC-1)", "the trial, called ABCDE", "In the first trial, ABC-1, 4,012 patients" (matched where the
#: word is; set off by commas, the name holds a digit or a hyphen).
TRIAL_ACRONYM_AFTER = Pattern(
    rf"(?i:trial|study)(?:\s+\((?P<name>{_ACRONYM})[);,]|,?\s+(?i:called|named|known\s+as|dubbed)\s+(?P<called>{_ACRONYM})\b"
    r"|,\s+(?P<apposed>[A-Z][A-Z0-9]*[-\d][A-Za-z0-9-]*),)"
)
#: The acronym a title ends with, or its main part does: "Drug X in Heart Failure with Reduced
#: Ejection Fraction (ABC-HF)", "Drug X versus placebo in obesity (ABC-3): a randomised trial".
TITLE_ACRONYM = Pattern(rf"\((?P<name>{_ACRONYM})\)\s*(?::|$)")
#: Acronyms that name no trial: designs, methods, agencies, statistics.
# fmt: off
NOT_TRIAL_NAMES = frozenset({
    "RCT", "RCTS", "CT", "MRI", "PCR", "ICU", "US", "USA", "UK",
    "EU", "NIH", "FDA", "WHO", "CDC", "EMA", "NHS", "CI", "HR", "OR", "RR", "IRR", "AOR", "SD", "IQR", "BMI", "GRADE",
    "PRISMA", "CONSORT", "ITT", "MITT", "PP", "NA",
})
# fmt: on


#: how long a trial runs, before its name: "the five-year ABC trial", "the 3-year XYZ study"
_DURATION_WORD = Pattern(rf"(?i)(?:\d+|{NUMBER_WORD})-(?:year|month|week)")


def names_a_trial(m: re.Match[str]) -> bool:
    """Whether a match of :data:`TRIAL_ACRONYM` names a trial: an acronym that can name one, and
    only design words between it and "trial"."""
    words = m.group("design").split() + (m.group("pre") or "").split()
    return trial_name(m.group("name")) and all(w.lower() in DESIGN_WORDS or _DURATION_WORD.fullmatch(w) for w in words)


def trial_name(name: str) -> bool:
    """Whether an acronym can name a trial: two capitals at least, not a design, disease, agency
    or statistic ("RCT", "FDA", "HR"), not a Roman numeral ("phase III")."""
    capitals = sum(ch.isupper() for ch in name)
    return (
        len(name) >= 3
        and capitals >= 2
        and name.upper() not in NOT_TRIAL_NAMES
        and not re.fullmatch(r"[IVX]+", name)
        and not REGISTRY_ID.fullmatch(name)  # a registry number names its trial in its own way
    )


#: (matched in the lower-cased text, like SUBGROUP: a case-sensitive pattern is faster)
TIMEPOINT = Pattern(
    r"\b(?:(?:(?:at|by|on|through|to)\s+)?(?:day)\s+(?P<d1>\d{1,3})\b)"
    r"|\b(?P<d2>\d{1,3})-(?:day)\b"
    r"|\b(?:(?:by|within|at))\s+(?P<d3>\d{1,3})\s+(?:days)\b"
    # weeks, months and years: "at week 12", "through month 6", "12-week", "at 6 months", "at 1 year"
    r"|\b(?:(?:at|by|on|through|to|after|in)\s+)(?P<u1>(?:week|wk|month|mo|year|yr))\s+(?P<n1>\d{1,3})\b"
    r"|(?<!per )\b(?P<n2>\d{1,3})-(?P<u2>(?:week|month|year))\b(?!\s+(?:increase|increment|decrease|older|younger))"
    r"|\b(?:(?:by|within|at|after))\s+(?P<n3>\d{1,3})\s+(?P<u3>(?:weeks?|months?|years?))\b"
    # hours only after "at": "pain freedom at 2 hours", "at hour 24" ("within 24 hours", "24-hour urine": not when)
    r"|\bat\s+(?:(?P<n4>\d{1,3})\s+(?P<u4>hours?)|(?P<u5>hour)\s+(?P<n5>\d{1,3}))\b"
)


TIMEPOINT_HINTS = Hints(("day", "week", "month", "year", "wk", "mo", "yr", "hour"), 24, 16)


def timepoint_label(match: re.Match[str]) -> str:
    """ "day 28", "week 12", "month 6", "year 1", "hour 2"."""
    day = match.group("d1") or match.group("d2") or match.group("d3")
    if day:
        return f"day {day}"
    unit = next(u for u in match.group("u1", "u2", "u3", "u4", "u5") if u).lower().rstrip("s")
    unit = {"wk": "week", "mo": "month", "yr": "year"}.get(unit, unit)  # "at wk 26"
    return f"{unit} {next(n for n in match.group('n1', 'n2', 'n3', 'n4', 'n5') if n)}"


#: "ordinal score of 6", "score of 5:", "ordinal scores of 5 and 6", "(ordinal score of 4 or 5)",
#: "assumed score of 5 or 6", "ordinal scale of 5 or 6"
SCORE = Pattern(
    r"\b(?i:(?:baseline\s+)?(?:ordinal\s+)?(?:scores?|scale)(?:\s+of)?)\s+(?P<a>\d)"
    r"(?:\s*(?:,|or|and|to|-|–)\s*(?P<b>\d)\b)?"
)
#: An eligibility range: "score of 4 (not receiving oxygen) to 7 (receiving ventilation)".
SCORE_RANGE = Pattern(
    r"\b(?i:(?:ordinal\s+)?score\s+of)\s+(?P<a>\d)\s*(?:\([^)]*\)\s*)?(?i:to)\s+(?P<b>\d)"
    r"(?:\s*\([^)]*\))?"
)

#: Rating of a recommendation: "(BIIa)", "(AIII)", "(Level AI)".
RATING = Pattern(r"\((?:(?i:level)\s+)?(?P<strength>[ABC])(?P<quality>III|II[ab]?|I)\)")
BULLET = Pattern(r"(?m)^[ \t]*(?:[•\u2022*\-–]|\d+\.)[ \t]+(?P<text>.+)$")


# -- constructions, in the order the extractor tries them ----------------------------------------


@dataclass(frozen=True)
class Construction:
    """A result construction: its pattern, and an anchor that every match contains.

    The pattern is tried only in windows around the anchor's occurrences (``before`` and
    ``after`` characters, bounds on how far a match reaches from its anchor): a cheap literal
    search first, the expensive pattern only where it can match. Anchors are written in lower
    case and searched in the lower-cased text, where the regular-expression engine can skip
    ahead on their first characters.
    """

    name: str
    pattern: re.Pattern[str]
    anchor: str
    before: int = 0
    after: int = 0
    #: the unit of both values when the construction itself says it ("(n = 20) ... (n = 21)")
    unit: str = ""
    #: both values must carry a unit ("2104 patients ... compared with 4321 controls")
    both_units: bool = False
    #: the arm of the first value is named before the match ("... in the x group (30 [6%]) than")
    arm_before: bool = False
    #: the label is part of the match ("OR = 9.2"); otherwise it is looked for before it
    labelled: bool = True
    #: the names of the two values when they are not arms but times ("from 8 to 7 days")
    arm_words: tuple[str, str] = ()
    #: the anchor is matched in the text as printed, not lower-cased ("OR" is a label, "or" a word)
    case_sensitive: bool = False

    @property
    def _anchors(self) -> tuple[re.Pattern[str], re.Pattern[str]]:
        return _compiled_anchor(self.anchor)

    def windows(self, text: str, lowered: str | None = None, anchors: dict | None = None) -> list[tuple[int, int]]:
        """Windows of ``text`` where the pattern can match; ``lowered`` is ``text.lower()``;
        ``anchors`` keeps the anchors' matches in ``text`` for the constructions that share one."""
        key = (self.anchor, self.case_sensitive)
        hits = anchors.get(key) if anchors is not None else None
        if hits is None:
            plain, insensitive = self._anchors
            if self.case_sensitive:
                found = plain.finditer(text)
            else:
                lowered = text.lower() if lowered is None else lowered
                found = plain.finditer(lowered) if len(lowered) == len(text) else insensitive.finditer(text)
            hits = [m.span() for m in found]
            if anchors is not None:
                anchors[key] = hits
        spans: list[tuple[int, int]] = []
        before, after, size = self.before, self.after, len(text)
        for start, end in hits:
            lo, hi = max(0, start - before), min(size, end + after)
            if spans and lo <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(hi, spans[-1][1]))
            else:
                spans.append((lo, hi))
        return spans


@functools.cache
def _compiled_anchor(anchor: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    return re.compile(anchor), re.compile(anchor, re.IGNORECASE)


# Anchors start with a literal character where they can (no leading \b), and each branch of an
# alternation with its own ("patients?\b|participants?\b", not "(?:patients?|participants?)\b"): the
# engine then skips ahead to candidate positions by their first characters instead of trying every
# one. A loose anchor only costs a window.
# two bounds of an interval: "1.12-1.44", "1.2 to 2.6", "1.3, 4.1", "1.00 to 1.13"
_BOUNDS_ANCHOR = r"\d\s*%?\s*(?:-|–|—|to\b|,|;|~|～)\s*-?\.?\d"
_UNIT_WORDS = PEOPLE_NOUNS


_VERSUS_ANCHOR = r"v(?:s\b|ersus\b|\.?\s+\d)"


def _each_branch(words: str, tail: str) -> str:
    """An alternation of words with a tail, each branch with its own: ("a|b", r"\b") -> r"a\b|b\b"."""
    return "|".join(f"{word}{tail}" for word in words.split("|"))


#: The constructions, each with the anchor that every match contains. The extractor pairs each
#: with its builder (``evidence_review.extract.READERS``) and tries them in that order.
EFFECT_C = Construction(
    "effect", EFFECT, r"(?:%|[\[(,;]|percent|per\s?cent)\s*(?:ci\b|confidence|cri\b|credible)", 220, 160
)
RATIO_INTERVAL_C = Construction("ratio_interval", RATIO_INTERVAL, _BOUNDS_ANCHOR, 80, 90, labelled=False)
DEFINED_RATIO_C = Construction("defined_ratio", DEFINED_RATIO, _BOUNDS_ANCHOR, 90, 90, labelled=False)
RATIO_IN_BRACKET_C = Construction("ratio_in_bracket", RATIO_IN_BRACKET, _BOUNDS_ANCHOR, 20, 90, labelled=False)
GRADE_DIFFERENCE_C = Construction(
    "grade_difference",
    GRADE_DIFFERENCE,
    r"(?:lower|higher|fewer|more|less|greater)"
    r"(?:(?:\s+[a-z-]+)?(?:\s+per\s+[\d,]+(?:\s+[a-z]+)?)?\s*\(|\s+(?:would|will|may|might|could)\s)",
    60,
    90,
)
# (in the reach of the word "difference" before it, see extract._LABEL_REACH; or after a pipe or a tab,
# in a table whose header names the difference)
DIFFERENCE_INTERVAL_C = Construction(
    "difference_interval",
    DIFFERENCE_INTERVAL,
    r"difference|risk\s+(?:reduction|increase)|arr\b|\||\t",
    0,
    330,
    labelled=False,
)
# (matched as printed: "OR" and "RR" are labels, "or" is a word; every label has "ratio",
# "relative" or one of the abbreviations in it)
RATIO_POINT_C = Construction(
    "ratio_point", RATIO_POINT, r"(?i:ratio|relative)|IRR|HR|OR|RR", 40, 110, case_sensitive=True
)
ABSOLUTE_POINT_C = Construction(
    "absolute_point",
    ABSOLUTE_POINT,
    r"needed\s+to|absolute\s+risk|nn[th]\b|ar[rd]\b|number\s+of\s+\w+\s+(?:who\s+)?(?:would\s+)?need|"
    r"mean\s+difference|smd\b|cohen'?s?\s+d|hedges'?\s+g|,\s*d\s*=",
    20,
    100,
)
N_PAIR_C = Construction("n_pair", N_PAIR, r"=\s*\d", 160, 160, unit="patients")
RECEIVED_PAIR_C = Construction(
    "received_pair", RECEIVED_PAIR, r"\(\d[\d,. ]*\)\s*(?:or|and)\s", 80, 60, unit="patients"
)
GROUP_N_PAIR_C = Construction("group_n_pair", GROUP_N_PAIR, r"(?:patients|participants)\)", 160, 160, unit="patients")
THAN_C = Construction("than", THAN, r"\)\s*than\b", 130, 170, arm_before=True)
THAN_THAT_C = Construction(
    "than_that", THAN_THAT, r"\s(?:than|different\s+from|differed\s+from)\s+(?:that|those|in|of)\s", 200, 100
)
AND_THAT_OF_C = Construction("and_that_of", AND_THAT_OF, r"th(?:at|ose)\s+(?:of|in)\s", 180, 120)
THAN_VALUE_OF_C = Construction("than_value_of", THAN_VALUE_OF, r"\sthan\s+\(?\s*\d", 140, 80)
IN_GROUP_AND_C = Construction(
    "in_group_and", IN_GROUP_AND, r"(?:group|arm|clusters?)(?:\s*\([^()]{0,60}\))?\s*,?\s+and\s", 130, 150
)
VERSUS_C = Construction("versus", VERSUS, _VERSUS_ANCHOR, 160, 190)
COMPARED_WITH_C = Construction(
    "compared_with",
    COMPARED_WITH,
    r"compare[ds]?\s+(?:to|with)\b|,\s*(?:against|versus|vs)\b|%\s+or\s+(?:more|less|greater)\s+(?:versus|vs)\b",
    310,
    90,
    both_units=True,
)
RESPECTIVELY_C = Construction(
    "respectively", RESPECTIVELY, r"respectively|and\s+[\w-]+(?:\s+[\w-]+)?\s+(?:groups|arms)\b", 200, 30
)
OUTCOMES_BY_ARMS_C = Construction("outcomes_by_arms", OUTCOMES_BY_ARMS, r"respectively", 220, 10)
VALUES_THEN_ARMS_C = Construction(
    "values_then_arms",
    VALUES_THEN_ARMS,
    _each_branch("group|arm|cohort", r"s\b") + rf"|respectively|and\s+(?:the\s+)?(?:{_CONTROL_WORDS})\b",
    260,
    30,
)
# (the second value right after the conjunction: "... and 30% (n = 100) for B", "and in 12 of 150")
FOR_AND_FOR_C = Construction(
    "for_and_for",
    FOR_AND_FOR,
    r"\s(?:and|but|whereas|while|versus|vs\.?|compared\s+with)\s+(?:in\s+|(?:(?:increased|rose|decreased|fell|declined|dropped)\s+)?by\s+)?"
    rf"(?:[-.\d]|(?i:{NUMBER_WORD})\b)",
    180,
    140,
)
# (a value or a bracket before a cell's separator: one anchor for both constructions of table cells)
_CELL_ANCHOR = r"[)\d]\s*(?:\||\t| {2})"
TABLE_ARMS_C = Construction("table_arms", TABLE_ARMS, _CELL_ANCHOR, 40, 40)
TABLE_RISKS_C = Construction("table_risks", TABLE_RISKS, r"per\s+\d[\d,]*\s*(?:\||\t| {2})", 30, 70)
TABLE_ESTIMATE_CI_C = Construction("table_estimate_ci", TABLE_ESTIMATE_CI, _CELL_ANCHOR, 20, 60)
# (a difference in a table's cell, its label heading its column however far above: "| 18.9 (12.2 to 25.6) |"
# in every row under "Difference (95% CI)"; the cells' anchor, found once for the table constructions)
DIFFERENCE_IN_TABLE_C = Construction("difference_in_table", DIFFERENCE_INTERVAL, _CELL_ANCHOR, 0, 90, labelled=False)
OCCURRED_IN_AND_C = Construction("occurred_in_and", OCCURRED_IN_AND, r"%\s+(?:and|vs|versus)\s", 60, 40)
AND_P_C = Construction("and_p", AND_P, r"and\s+\d", 60, 90, both_units=True)  # (assigned_to's anchor)
# (a list's second value follows a comma or a semicolon)
ARMS_LISTED_C = Construction(
    "arms_listed", ARMS_LISTED, r"[,;]\s+(?:and\s+)?-?\.?\d|compared\s+(?:with|to)\s+\d|v(?:ersus|s\.?)\s+\d", 160, 230
)
# (read where its values are percentages: "5 mg: 85.1%; placebo: 34.5%", a cheap anchor)
ARMS_LABELLED_C = Construction("arms_labelled", ARMS_LABELLED, r"%\s*[;,]\s*[a-z]", 80, 170)
COUNTS_AND_C = Construction("counts_and", COUNTS_AND, r"%\)\s*,?\s*(?:and|vs|versus)\s", 40, 60)
FROM_TO_C = Construction("from_to", FROM_TO, r"\sfrom\s", 40, 90, arm_words=("after", "before"))
TO_FROM_C = Construction("to_from", TO_FROM, r"\sfrom\s", 120, 60, arm_words=("after", "before"))
FROM_TO_BY_ARMS_C = Construction("from_to_by_arms", FROM_TO_BY_ARMS, r"\sfrom\s", 40, 200)
VACCINE_EFFICACY_C = Construction(
    "vaccine_efficacy", VACCINE_EFFICACY, r"VE\b|(?i:efficacy|effectiveness)", 10, 150, case_sensitive=True
)
DIFFERENCE_IN_WORDS_C = Construction("difference_in_words", DIFFERENCE_IN_WORDS, r"\sby\s+\.?\d", 110, 110)
DIFFERENCE_BY_MORE_C = Construction("difference_by_more", DIFFERENCE_BY_MORE, r"\sby\s+\.?\d", 0, 200)
# (VERSUS's anchor, found once for both)
DIFFERENCE_VERSUS_CONTROL_C = Construction(
    "difference_versus_control", DIFFERENCE_VERSUS_CONTROL, _VERSUS_ANCHOR, 40, 120
)
DIFFERENCE_WORD_AFTER_CI_C = Construction(
    "difference_word_after_ci",
    DIFFERENCE_WORD_AFTER_CI,
    r"[)\]]\s*(?:lower|higher|fewer|more|less|greater|shorter|longer|smaller|larger)\s+(?:in|with|among|for|on)\s",
    100,
    90,
)
DIFFERENCE_WORD_AFTER_C = Construction(
    "difference_word_after",
    DIFFERENCE_WORD_AFTER,
    r"(?:lower|higher|fewer|more|less|greater|shorter|longer|smaller|larger)\s*(?:[(\[]|with\s|in\s|among\s|for\s|on\s|than\s"
    r"|improvement|reduction|decrease|increase|change|gain|loss|decline|rise)",
    60,
    160,
)
# (one anchor for both: found once)
_MULTIPLE_ANCHOR = r"(?:times|fold)\s+(?:higher|greater|increased|as\s|that\s)"
TIMES_HIGHER_C = Construction("times_higher", TIMES_HIGHER, _MULTIPLE_ANCHOR, 150, 110)
FOLD_HIGHER_RISK_C = Construction("fold_higher_risk", FOLD_HIGHER_RISK, _MULTIPLE_ANCHOR, 12, 150)
VALUE_CI_C = Construction(
    "value_ci", VALUE_CI, r"(?:%|percent|per\s?cent)\s*(?:ci\b|confidence|cri\b|credible)", 50, 110
)
# (the ratios' interval anchor, found once for all of them: "12.6-15.0")
VALUE_INTERVAL_C = Construction("value_interval", VALUE_INTERVAL, _BOUNDS_ANCHOR, 40, 90)
VALUE_CI_IN_BRACKET_C = Construction(
    "value_ci_in_bracket",
    VALUE_CI_IN_BRACKET,
    r"%\s*[;,]\s*\d{2}(?:\.\d+)?\s*(?:%|percent|per\s?cent)\s*(?:ci\b|confidence)",
    12,
    60,
)
CLAIM_C = Construction("claim", CLAIM, r"(?:%|per\s*cent)\s+(?:relative\s+)?[a-z]", 30, 60)
# (these two share the anchors of difference_in_words and for_and_for: found once per text)
CLAIM_BY_C = Construction(
    "claim_by",
    CLAIM_BY,
    r"\sby\s+(?:(?:about|approximately|nearly|almost|roughly|around|some|more\s+than|over|up\s+to)\s+)?\.?\d",
    130,
    20,
)
# (anchors that start with a word are found fast: the regular-expression engine skips to its letters)
EFFECTIVE_C = Construction("effective", EFFECTIVE, r"effective\s+(?:at|in|against)\s", 25, 90)
_WHO_GOT_ANCHOR = r"who\s+(?:got|received|took|were\s+given)\s"
WHO_GOT_C = Construction("who_got", WHO_GOT, _WHO_GOT_ANCHOR, 30, 260, unit="events")
# (the anchor of WHO_GOT, found once for both: "Of the 1,000 people who got ...")
OF_THE_WHO_GOT_C = Construction("of_the_who_got", OF_THE_WHO_GOT, _WHO_GOT_ANCHOR, 60, 300, unit="events")
LISTED_ARMS_VERSUS_C = Construction("listed_arms_versus", LISTED_ARMS_VERSUS, r"respectively", 220, 120)
# (an anchor that starts with a literal, which the search skips to: not with the value's digit)
VALUES_AT_TIMES_C = Construction(
    "values_at_times", VALUES_AT_TIMES, r"\s(?:at|by|after|within)\s+(?:\d|day\s|week\s|month\s|year\s)", 60, 160
)
NNT_FOR_EVERY_C = Construction("nnt_for_every", NNT_FOR_EVERY, r"for\s+every\s", 140, 180)
NOT_REACHED_PAIR_C = Construction(
    "not_reached_pair", NOT_REACHED_PAIR, r"(?:nr|not\s+(?:yet\s+)?reached)\b", 90, 110, case_sensitive=False
)
BLOOD_PRESSURES_C = Construction("blood_pressures", BLOOD_PRESSURES, r"mm\s?hg", 90, 160)
AMONG_THE_WHO_GOT_C = Construction("among_the_who_got", AMONG_THE_WHO_GOT, _WHO_GOT_ANCHOR, 120, 260, unit="events")
CLAIM_REDUCTION_C = Construction("claim_reduction", CLAIM_REDUCTION, r"relative\s+(?:risk\s+)?reduction", 0, 110)
VALUES_IN_ARMS_ORDER_C = Construction(
    "values_in_arms_order", VALUES_IN_ARMS_ORDER, r"and\s+(?:[-−]?\d|[a-z-]+\s*\(\s*\d)", 200, 40
)
# (a chain of them, "10.2% vs 12.4% vs 17.9%", found by its middle value, "vs 12.4% vs")
VALUES_IN_ARMS_ORDER_VS_C = Construction(
    "values_in_arms_order_vs", VALUES_IN_ARMS_ORDER, r"v(?:s\.?|ersus)\s+[-−]?\d[^a-z]{0,30}?v(?:s|ersus)\b", 60, 120
)
VALUES_FOR_ITEMS_C = Construction("values_for_items", VALUES_FOR_ITEMS, r"respectively", 220, 10)
VALUES_RESPECTIVELY_C = Construction("values_respectively", VALUES_RESPECTIVELY, r"respectively", 120, 10)
ASSIGNED_TO_C = Construction("assigned_to", ASSIGNED_TO, r"and\s+\d", 80, 90, unit="patients")
ASSIGNED_IN_BRACKET_C = Construction("assigned_in_bracket", ASSIGNED_IN_BRACKET, r"random(?:i[sz]|ly)|enrolled", 0, 120)
ASSIGNED_LISTED_C = Construction("assigned_listed", ASSIGNED_LISTED, r"and\s+\d", 200, 90, unit="patients")
PERCENT_OF_C = Construction("percent_of", PERCENT_OF, r"(?:%|percent)\s+of\s", 30, 50)
MEDIAN_OF_C = Construction("median_of", MEDIAN_OF, r"median", 0, 110)
PEOPLE_WITH_EVENT_C = Construction(
    "people_with_event", PEOPLE_WITH_EVENT, rf"(?:%\s*\)|\d)(?:\s+of\s+[\d,. ]+)?\s+(?:{PEOPLE_DID})\b", 40, 40
)
EVENTS_COUNTED_C = Construction(
    "events_counted",
    EVENTS_COUNTED,
    r"occurred\b|were\s+(?:recorded|observed|identified|diagnosed|reported|confirmed|documented)\b|"
    + _each_branch("recorded|observed|identified|documented", r"\s+\d"),
    80,
    60,
)
COUNT_C = Construction("count", COUNT, _each_branch(_UNIT_WORDS, r"\b") + r"|=\s*\d", 50, 30)
RANDOMIZED_COUNT_C = Construction("randomized_count", RANDOMIZED_COUNT, r"random(?:i[sz]|ly)|enrolled", 60, 30)
