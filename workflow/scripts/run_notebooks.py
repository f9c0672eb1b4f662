"""Adapter: the figure rules -> evidence_review.notebooks.run_notebooks (one kernel per rule)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _adapter import rule_logging

from evidence_review.notebooks import NotebookRun, run_notebooks

smk = snakemake  # noqa: F821
with rule_logging(smk.log[0]) as log:
    # one run per figure: (executed notebook, papermill parameters), from common.smk's figure_runs
    runs = [NotebookRun(smk.input.notebook, notebook, parameters) for notebook, parameters in smk.params.runs]
    run_notebooks(runs)
    log.info("executed %d notebook(s) in one kernel", len(runs))
