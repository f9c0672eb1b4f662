"""Executed notebooks as reproducible outputs: the same inputs give the same bytes."""

from __future__ import annotations

from pathlib import Path

import nbformat

from evidence_review.tables import write_text

# papermill and nbclient record times, durations and the kernel's version in the notebook
_VOLATILE_NOTEBOOK_KEYS = ("papermill", "widgets")
_VOLATILE_CELL_KEYS = ("papermill", "execution", "ExecuteTime")


def strip_notebook(source: str | Path, target: str | Path) -> None:
    """Copy an executed notebook without run times, durations and other volatile metadata."""
    nb = nbformat.read(str(source), as_version=4)
    for key in _VOLATILE_NOTEBOOK_KEYS:
        nb.metadata.pop(key, None)
    nb.metadata.get("language_info", {}).pop("version", None)
    for cell in nb.cells:
        for key in _VOLATILE_CELL_KEYS:
            cell.metadata.pop(key, None)
    write_text(nbformat.writes(nb) + "\n", target)
