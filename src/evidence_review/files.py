"""Table and text files: deterministic CSV, atomic writes, printed numbers read back as text.

Kept apart from the table contracts (:mod:`evidence_review.tables`, which need pandera) so that
the notebooks read and write tables without importing the validation machinery.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pandas as pd

from evidence_review import records
from evidence_review.atomic import atomic_text_file


def write_csv(df: pd.DataFrame, path: str | Path) -> None:
    """Write ``df`` as CSV atomically."""
    with atomic_text_file(path) as handle:
        df.to_csv(handle, index=False, lineterminator="\n", float_format="%.10g")


def write_text(text: str, path: str | Path) -> None:
    """Write text atomically."""
    with atomic_text_file(path) as handle:
        handle.write(text)


# Columns that hold numbers; every other column of every table is text. Printed numbers
# ("21.0", "1,033") stay text in their *_text columns, so the reported precision survives.
#: Numeric columns: every number field of the extraction records, and those of the tables the
#: checks and figures compute.
NUMERIC_COLUMNS = {
    f.name
    for record in (
        records.Result, records.Claim, records.Statement, records.Recommendation, records.Unexplained, records.Pooled
    )
    for f in dataclasses.fields(record)
    if f.metadata["kind"] in (float, int)
} | {
    "level", "q", "df", "p", "i2", "year", "characters", "results", "se", "weight", "x", "y",
}  # fmt: skip


def read_csv(path: str | Path) -> pd.DataFrame:
    """Read a table written by :func:`write_csv`: text columns as text ("" for empty), numeric
    columns as numbers (NaN for empty)."""
    header = pd.read_csv(path, nrows=0).columns
    text = {c: str for c in header if c not in NUMERIC_COLUMNS}
    return pd.read_csv(path, dtype=text, keep_default_na=False, na_values={c: [""] for c in header if c not in text})
