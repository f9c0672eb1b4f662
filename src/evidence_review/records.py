"""The records the extractor returns: one typed definition per table.

Each record is a dataclass; its fields, in order, are the table's columns, and each field's
metadata says how the column is checked. :mod:`evidence_review.tables` derives the pandera
contract of each table from these definitions, and the CSV columns are ``columns(Result)``, so
a column is declared once, here.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

MEASURES_RATIO = ("rate_ratio", "odds_ratio", "hazard_ratio", "risk_ratio")
MEASURES_DIFFERENCE = ("risk_difference", "mean_difference", "standardized_mean_difference")
MEASURES = tuple(
    sorted(
        {
            *MEASURES_RATIO,
            *MEASURES_DIFFERENCE,
            "median",
            "mean",
            "value",
            "percent",
            "count",
            "vaccine_efficacy",
            "win_ratio",  # not pooled with the ratios: its direction is its own, not its outcome's
            "ratio_of_means",  # a ratio of (geometric) means of a continuous outcome: not pooled with the ratios
            "number_needed_to_treat",
        }
    )
)


def column(
    kind: type = str,
    *,
    required: bool = False,
    unique: bool = False,
    isin: tuple[str, ...] | None = None,
    matches: str | None = None,
    ge: float | None = None,
    gt: float | None = None,
    doc: str = "",
) -> Any:
    """A field of a record and the contract of its column.

    ``required`` text columns may not be empty; numbers default to missing (None), text to "".
    """
    default: Any = None if kind in (float, int, bool) and not required else ("" if kind is str else None)
    meta = {"kind": kind, "required": required, "unique": unique, "isin": isin, "matches": matches,
            "ge": ge, "gt": gt, "doc": doc}  # fmt: skip
    if kind is int and required:
        return dataclasses.field(default=0, metadata=meta)
    return dataclasses.field(default=default, metadata=meta)


def columns(record: type) -> list[str]:
    """The table columns of a record type, in order."""
    return [f.name for f in dataclasses.fields(record)]


@dataclass
class Result:
    """One reported number: an effect estimate, an arm comparison or a single value."""

    source: str = column(required=True, doc="source id")
    result_id: str = column(unique=True, doc="stable row id, <source>-R<n>")
    trial: str = column(doc="the trial (vocabulary name, registry number, metadata study) or empty")
    outcome: str = column(doc="vocabulary outcome, or the outcome as written (generic mode)")
    subgroup: str = column(doc="overall, score N, score N-M, or the subgroup as written")
    timepoint: str = column(
        matches=r"^(|(?:hour|day|week|month|year) \d+)$", doc="hour, day, week, month or year N, or empty"
    )
    measure: str = column(isin=MEASURES)
    label: str = column(doc="the measure's label as printed")
    estimate: float = column(float)
    estimate_text: str = column(doc="the estimate as printed")
    ci_low: float = column(float)
    ci_low_text: str = column()
    ci_high: float = column(float)
    ci_high_text: str = column()
    ci_level: float = column(float)
    p_value: float = column(float)
    p_text: str = column()
    p_operator: str = column(isin=("=", "<", ">", "<=", ">=", ""))
    arm1_label: str = column(doc="the experimental arm")
    arm1_value: float = column(float)
    arm1_text: str = column()
    arm2_label: str = column(doc="the control arm")
    arm2_value: float = column(float)
    arm2_text: str = column()
    arm1_n: float = column(float, doc="the arm's denominator or size, where printed beside its value")
    arm2_n: float = column(float)
    unit: str = column()
    start: int = column(int, required=True, ge=0, doc="offset of the quote in the source text")
    end: int = column(int, required=True, gt=0)
    quote: str = column(required=True, doc="text[start:end]")
    excerpt: str = column(required=True, doc="the quote on one line")
    context_start: int = column(int, required=True)
    context_end: int = column(int, required=True)
    trial_basis: str = column(required=True)
    subgroup_basis: str = column()
    timepoint_basis: str = column()
    arm_basis: str = column()
    construction: str = column(required=True, doc="the grammar construction that read it")
    problems: str = column(doc="why the numbers cannot be right as printed")


def _present(value: Any) -> bool:
    """A number is there: not None and not NaN (a missing value in a record or a table row)."""
    return value is not None and value == value


def plausibility_problems(row: Mapping[str, Any]) -> str:
    """Why the numbers of a result cannot be right as printed ("" when they can). ``row`` is a
    record's fields or a table row (missing numbers as None or NaN)."""
    problems = []
    measure = row.get("measure")
    est, lo, hi = row.get("estimate"), row.get("ci_low"), row.get("ci_high")
    has_ci = _present(lo) and _present(hi)
    if measure in MEASURES_RATIO and any(_present(v) and v <= 0 for v in (est, lo, hi)):
        problems.append("ratio not above 0")
    if has_ci and lo > hi:
        problems.append("CI bounds reversed")
    elif has_ci and _present(est) and not (lo <= est <= hi):
        problems.append("estimate outside its CI")
    level = row.get("ci_level")
    if _present(level) and not (50 <= level < 100):
        problems.append("CI level not between 50% and 100%")
    p = row.get("p_value")
    if _present(p) and not (0 <= p <= 1):
        problems.append("P outside 0-1")
    if measure == "percent":
        for key in ("estimate", "arm1_value", "arm2_value"):
            v = row.get(key)
            if _present(v) and not (0 <= v <= 100):
                problems.append("percentage outside 0-100")
                break
    if measure == "count":
        for key in ("estimate", "arm1_value", "arm2_value"):
            v = row.get(key)
            if _present(v) and (v < 0 or v != int(v)):
                problems.append("count not a whole number")
                break
    return "; ".join(problems)


@dataclass
class Claim:
    """A relative effect stated in words ("71 percent reduction in mortality")."""

    source: str = column(required=True)
    claim_id: str = column(unique=True)
    trial: str = column()
    outcome: str = column()
    subgroup: str = column()
    claimed_value: float = column(float, required=True, ge=0)
    claimed_text: str = column()
    direction: str = column()
    scale: str = column()
    start: int = column(int, required=True, ge=0)
    end: int = column(int, required=True, gt=0)
    quote: str = column()
    context_start: int = column(int, required=True)
    context_end: int = column(int, required=True)


@dataclass
class Statement:
    """Efficacy at a level of the severity scale stated without numbers."""

    source: str = column(required=True)
    statement_id: str = column(unique=True)
    treatment: str = column()
    trial: str = column()
    levels: str = column(matches=r"^\d(;\d)*$")
    direction: str = column(isin=("benefit", "no benefit", "uncertain"))
    start: int = column(int, required=True, ge=0)
    end: int = column(int, required=True, gt=0)
    quote: str = column()


@dataclass
class Recommendation:
    """A guideline recommendation with its rating."""

    source: str = column(required=True)
    recommendation_id: str = column(unique=True)
    intervention: str = column()
    direction: str = column(isin=("for", "against", "insufficient data"))
    strength: str = column(isin=("", "A", "B", "C"))
    evidence: str = column()
    rating: str = column()
    text: str = column()
    start: int = column(int, required=True, ge=0)
    end: int = column(int, required=True, gt=0)
    quote: str = column()


@dataclass
class Unexplained:
    """A number in a results-bearing sentence that no extracted row contains and no rule explains."""

    source: str = column(required=True)
    number: str = column(required=True, doc="the number as printed")
    start: int = column(int, required=True, ge=0)
    end: int = column(int, required=True, gt=0)
    sentence: str = column(required=True, doc="its sentence, on one line")


@dataclass
class Pooled:
    """One meta-analysis the pooling policy allowed (``pooled.csv``)."""

    pool_id: str = column(unique=True)
    comparison: str = column(required=True)
    outcome: str = column(required=True)
    subgroup: str = column(required=True)
    timepoint: str = column(doc="the time point of each trial's result, ';'-separated")
    measure: str = column(required=True)
    trials: str = column(required=True)
    result_ids: str = column(required=True)
    k: int = column(int, required=True, ge=2)
    method: str = column(isin=("REML", "DL", "PM"))
    hartung_knapp: bool = column(bool, required=True)
    estimate: float = column(float, required=True)
    ci_low: float = column(float, required=True)
    ci_high: float = column(float, required=True)
    p: float = column(float, required=True, ge=0)
    tau2: float = column(float, required=True, ge=0)
    q: float = column(float, required=True, ge=0)
    q_df: int = column(int, required=True, ge=1)
    q_p: float = column(float, required=True, ge=0)
    i2: float = column(float, required=True, ge=0)
    pi_low: float = column(float, doc="prediction interval, for three or more trials")
    pi_high: float = column(float)
    weights: str = column(required=True, doc="each trial's weight in percent, ';'-separated")
    policy: str = column(required=True)


@dataclass
class NotPooled:
    """A group of randomized results the pooling policy did not pool, and why (``not_pooled.csv``)."""

    group_id: str = column(unique=True)
    comparison: str = column(required=True)
    outcome: str = column(required=True)
    subgroup: str = column(required=True)
    trials: str = column(required=True)
    result_ids: str = column(required=True)
    reason: str = column(required=True, matches=r"^.+$")
