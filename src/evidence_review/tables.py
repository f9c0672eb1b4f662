"""Table contracts (pandera): what every table the pipeline writes must satisfy.

Every table the pipeline writes is validated here before it is written. Implausible numbers
(a negative ratio, P > 1, a percentage over 100, reversed CI bounds, an estimate outside its
CI) are not dropped: the extractor flags them in the ``problems`` column, and the contract
checks that every row outside the plausible ranges carries such a flag. The consistency audit
shows them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import numpy as np
import pandas as pd
import pandera.pandas as pa

from evidence_review import records
from evidence_review.records import (
    MEASURES_RATIO,
    Claim,
    Recommendation,
    Result,
    Statement,
    Unexplained,
    columns,
    plausibility_problems,
)

MEASURES = list(records.MEASURES)
RESULT_COLUMNS = [c for c in columns(Result) if c != "problems"]
RESULT_TABLE_COLUMNS = columns(Result)
CLAIM_COLUMNS = columns(Claim)
STATEMENT_COLUMNS = columns(Statement)
RECOMMENDATION_COLUMNS = columns(Recommendation)
UNEXPLAINED_COLUMNS = columns(Unexplained)
NUMERIC_RESULT_COLUMNS = [f.name for f in dataclasses.fields(Result) if f.metadata["kind"] is float]


def schema_of(record: type, name: str, checks: list[pa.Check] | None = None) -> pa.DataFrameSchema:
    """The pandera contract of a record's table, from the metadata of the record's fields."""
    cols = {}
    for f in dataclasses.fields(record):
        meta = f.metadata
        col_checks = []
        if meta["isin"] is not None:
            col_checks.append(pa.Check.isin(list(meta["isin"])))
        if meta["matches"] is not None:
            col_checks.append(pa.Check.str_matches(meta["matches"]))
        if meta["ge"] is not None:
            col_checks.append(pa.Check.ge(meta["ge"]))
        if meta["gt"] is not None:
            col_checks.append(pa.Check.gt(meta["gt"]))
        nullable = not (meta["required"] or meta["unique"])
        cols[f.name] = pa.Column(meta["kind"], col_checks, nullable=nullable, unique=meta["unique"])
    return pa.DataFrameSchema(cols, checks=checks or [], strict=True, ordered=True, coerce=True, name=name)


def _flagged_or(check: Callable[[pd.DataFrame], pd.Series]) -> Callable[[pd.DataFrame], pd.Series]:
    def wrapped(df: pd.DataFrame) -> pd.Series:
        return check(df) | (df["problems"].fillna("") != "")

    return wrapped


def _ratio_positive(df: pd.DataFrame) -> pd.Series:
    ratio = df["measure"].isin(MEASURES_RATIO)
    ok = (df[["estimate", "ci_low", "ci_high"]].fillna(1) > 0).all(axis=1)
    return ~ratio | ok


def _ci_ordered(df: pd.DataFrame) -> pd.Series:
    return df["ci_low"].isna() | df["ci_high"].isna() | (df["ci_low"] <= df["ci_high"])


def _p_range(df: pd.DataFrame) -> pd.Series:
    return df["p_value"].isna() | df["p_value"].between(0, 1)


def _percent_range(df: pd.DataFrame) -> pd.Series:
    pct = df["measure"] == "percent"
    vals = df[["estimate", "arm1_value", "arm2_value"]]
    ok = ((vals >= 0) & (vals <= 100) | vals.isna()).all(axis=1)
    return ~pct | ok


def _ci_level(df: pd.DataFrame) -> pd.Series:
    return df["ci_level"].isna() | ((df["ci_level"] >= 50) & (df["ci_level"] < 100))


def _offsets(df: pd.DataFrame) -> pd.Series:
    return (df["start"] >= 0) & (df["end"] > df["start"]) & (df["quote"].str.len() == df["end"] - df["start"])


_text = pa.Column(str, nullable=False)
_opt_text = pa.Column(str, nullable=True)
_num = pa.Column(float, nullable=True)

RESULTS = schema_of(
    Result,
    "results",
    checks=[
        pa.Check(_flagged_or(_ratio_positive), error="ratios must be > 0 unless flagged"),
        pa.Check(_flagged_or(_ci_ordered), error="ci_low <= ci_high unless flagged"),
        pa.Check(_flagged_or(_p_range), error="0 <= p <= 1 unless flagged"),
        pa.Check(_flagged_or(_percent_range), error="percentages within 0-100 unless flagged"),
        pa.Check(_flagged_or(_ci_level), error="CI level within 50-100% unless flagged"),
        pa.Check(_offsets, error="start/end must delimit the quote"),
    ],
)
CLAIMS = schema_of(Claim, "claims")
STATEMENTS = schema_of(Statement, "statements")
RECOMMENDATIONS = schema_of(Recommendation, "recommendations")
UNEXPLAINED = schema_of(Unexplained, "unexplained")


def frame(rows: list, columns: list[str]) -> pd.DataFrame:
    """A table with exactly ``columns`` (missing values as NaN / empty strings); ``rows`` are
    records (dataclass instances) or dicts."""
    rows = [dataclasses.asdict(r) if dataclasses.is_dataclass(r) else r for r in rows]
    df = pd.DataFrame(rows, columns=columns)
    for col in df.columns:
        if df[col].dtype == object:
            df[col] = df[col].where(df[col].notna(), "")
    return df


def results_frame(rows: list) -> pd.DataFrame:
    df = frame(rows, RESULT_COLUMNS)
    for col in NUMERIC_RESULT_COLUMNS:
        df[col] = pd.to_numeric(df[col].replace("", np.nan), errors="coerce")
    df["problems"] = [plausibility_problems(r) for r in df.to_dict("records")] if len(df) else []
    return RESULTS.validate(df)


# -- combined tables ----------------------------------------------------------------------------

EVIDENCE = RESULTS.add_columns({"source_kind": _text, "preferred": pa.Column(bool), "reconciliation": _opt_text})
EVIDENCE.name = "evidence"

CHECKS = pa.DataFrameSchema(
    {
        "check_id": pa.Column(str, unique=True),
        "check": _text,
        "scope": pa.Column(str, pa.Check.isin(["within result", "within source", "across sources"])),
        "source": _text,
        "result_ids": _text,
        "trial": _opt_text,
        "outcome": _opt_text,
        "subgroup": _opt_text,
        "timepoint": _opt_text,
        "inputs": _text,
        "recomputed": _text,
        "verdict": pa.Column(str, pa.Check.isin(["consistent", "computed", "note", "discrepancy", "unsupported"])),
        "explanation": _text,
    },
    strict=True,
    ordered=True,
    coerce=True,
    name="checks",
)
RECONCILIATION = pa.DataFrameSchema(
    {
        "group_id": pa.Column(str, unique=True),
        "trial": _text,
        "outcome": _text,
        "subgroup": _text,
        "timepoint": _opt_text,
        "kind": _text,
        "sources": _text,
        "result_ids": _text,
        "versions": _text,
        "classification": pa.Column(
            str,
            pa.Check.isin(["identical", "consistent after rounding", "conflicting measure label", "conflicting value"]),
        ),
        "explanation": _text,
    },
    strict=True,
    ordered=True,
    coerce=True,
    name="reconciliation",
)
SUBGROUP_TESTS = pa.DataFrameSchema(
    {
        "test_id": pa.Column(str, unique=True),
        "trial": _text,
        "outcome": _text,
        "timepoint": _opt_text,
        "measure": pa.Column(str, pa.Check.isin(sorted(MEASURES_RATIO))),
        "subgroups": _text,
        "estimates": _text,
        "result_ids": _text,
        "q": pa.Column(float, pa.Check.ge(0)),
        "df": pa.Column(int, pa.Check.ge(1)),
        "p": pa.Column(float, pa.Check.in_range(0, 1)),
        "i2": pa.Column(float, pa.Check.in_range(0, 100)),
        "interpretation": _text,
    },
    strict=True,
    ordered=True,
    coerce=True,
    name="subgroup_tests",
)
POOLED = schema_of(
    records.Pooled,
    "pooled",
    checks=[
        pa.Check(
            lambda df: df["p"].le(1) & df["q_p"].le(1) & df["i2"].le(100), error="P values within 0-1, I² within 0-100"
        )
    ],
)
NOT_POOLED = schema_of(records.NotPooled, "not_pooled")
