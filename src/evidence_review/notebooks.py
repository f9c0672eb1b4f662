"""Executed notebooks as reproducible outputs: the same inputs give the same bytes."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat

from evidence_review.files import write_text

# papermill and nbclient record times, durations and the kernel's version in the notebook
_VOLATILE_NOTEBOOK_KEYS = ("papermill", "widgets")
_VOLATILE_CELL_KEYS = ("papermill", "execution", "ExecuteTime")
_ADDRESS = re.compile(r" at 0x[0-9a-f]+>")


def strip_notebook(source: str | Path, target: str | Path) -> None:
    """Copy an executed notebook without run times, durations and other volatile metadata."""
    nb = nbformat.read(str(source), as_version=4)
    for key in _VOLATILE_NOTEBOOK_KEYS:
        nb.metadata.pop(key, None)
    nb.metadata.get("language_info", {}).pop("version", None)
    for index, cell in enumerate(nb.cells):
        for key in _VOLATILE_CELL_KEYS:
            cell.metadata.pop(key, None)
        cell.id = f"cell-{index}"  # papermill gives the injected parameters cell a random id
        for output in cell.get("outputs", []):
            text = output.get("data", {}).get("text/plain", "")
            # an object's repr shows its memory address ("<ggplot object at 0x7f...>")
            if _ADDRESS.search("".join(text)) and len(output["data"]) > 1:
                del output["data"]["text/plain"]
    write_text(nbformat.writes(nb) + "\n", target)


if __name__ == "__main__":  # the figure rules: python -m evidence_review.notebooks EXECUTED OUT
    import sys

    strip_notebook(*sys.argv[1:3])
