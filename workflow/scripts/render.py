"""Adapter: the `render` rule -> evidence_review.render.render_review."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _adapter import rule_logging

from evidence_review.render import render_review

smk = snakemake  # noqa: F821
with rule_logging(smk.log[0]) as log:
    engine = render_review(
        reports_dir=smk.params.reports_dir,
        parts_dir=smk.input.parts,
        figures=list(smk.input.figures),
        bibliography=smk.input.bibliography,
        csl_style=smk.params.csl_style,
        settings=smk.params.settings,
        html_out=smk.output.html,
        pdf_out=smk.output.pdf,
        log=log,
    )
    log.info("rendered with %s", engine)
