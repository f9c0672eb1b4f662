"""Adapter: the `figures` rule -> evidence_review.notebooks.run_notebooks (one kernel)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _adapter import rule_logging

from evidence_review.notebooks import NotebookRun, run_notebooks

smk = snakemake  # noqa: F821
with rule_logging(smk.log[0]) as log:
    # one run per figure: (notebook, executed copy, papermill parameters, files it writes), from
    # common.smk; a figure made from the same inputs (the code included) is kept, not drawn again
    runs = [
        NotebookRun(notebook, output, parameters, tuple(products))
        for notebook, output, parameters, products in smk.params.runs
    ]
    run_notebooks(runs, kernels=smk.threads, log=log, code=smk.input.code)
