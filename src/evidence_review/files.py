"""Table and text files: deterministic CSV, atomic writes, printed numbers read back as text.

Kept apart from the table contracts (:mod:`evidence_review.tables`, which need pandera) so that
the notebooks read and write tables without importing the validation machinery.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pandas as pd


def write_csv(df: pd.DataFrame, path: str | Path) -> None:
    """Write ``df`` as CSV atomically (a temporary file in the same folder, then a rename)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            df.to_csv(handle, index=False, lineterminator="\n", float_format="%.10g")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_text(text: str, path: str | Path) -> None:
    """Write text atomically."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


TEXT_COLUMNS_SUFFIXES = ("_text", "_label", "_id", "_basis")


def read_csv(path: str | Path) -> pd.DataFrame:
    """Read a table written by :func:`write_csv`, keeping printed numbers as text."""
    header = pd.read_csv(path, nrows=0).columns
    dtypes = {
        c: str
        for c in header
        if c.endswith(TEXT_COLUMNS_SUFFIXES)
        or c
        in {
            "source",
            "trial",
            "outcome",
            "subgroup",
            "timepoint",
            "measure",
            "label",
            "unit",
            "quote",
            "excerpt",
            "construction",
            "problems",
            "levels",
            "direction",
            "treatment",
            "text",
            "rating",
            "strength",
            "evidence",
            "intervention",
            "scale",
            "claimed_text",
        }
    }
    return pd.read_csv(
        path, dtype=dtypes, keep_default_na=False, na_values={c: [""] for c in header if c not in dtypes}
    )
