"""Extraction tables written straight from records with the :mod:`csv` module.

An extraction job's start-up (importing pandas and pandera) used to cost more than its work;
this writer gives the bytes :func:`evidence_review.files.write_csv` gives for the same rows
(numbers as ``%.10g``, missing values empty, minimal quoting, ``\\n`` line ends) without
importing either. The tables' contracts are checked where they are read: the combine stage
validates every extracted table against :mod:`evidence_review.tables`, and a test compares the
two writers byte for byte.
"""

from __future__ import annotations

import csv
import dataclasses
import math
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, TextIO

from evidence_review.atomic import atomic_text_file
from evidence_review.records import Result, columns, plausibility_problems


def _cell(value: Any) -> Any:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float):
        return "%.10g" % value  # noqa: UP031 - the format pandas applies (float_format)
    return value


def _row(record: Any, names: Sequence[str]) -> list[Any]:
    # a shallow copy of the fields (dataclasses.asdict deep-copies every value: a third of the
    # command line's time on a large corpus)
    values = dict(vars(record)) if dataclasses.is_dataclass(record) else dict(record)
    if isinstance(record, Result):
        values["problems"] = plausibility_problems(values)
    return [_cell(values.get(name)) for name in names]


def write_rows(handle: TextIO, records: Iterable[Any], record_type: type, header: bool = True) -> None:
    """Write ``records`` (instances of ``record_type``) as CSV rows to an open text file."""
    names = columns(record_type)
    writer = csv.writer(handle, lineterminator="\n")
    if header:
        writer.writerow(names)
    writer.writerows(_row(r, names) for r in records)


def write_records(records: Iterable[Any], record_type: type, path: str | Path) -> None:
    """Write a table of records atomically."""
    with atomic_text_file(path) as handle:
        write_rows(handle, records, record_type)
