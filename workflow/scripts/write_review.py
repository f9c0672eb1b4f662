"""Adapter: the `write_review` rule -> evidence_review.review.write_parts."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _adapter import rule_logging

from evidence_review.review import write_parts

smk = snakemake  # noqa: F821
with rule_logging(smk.log[0]) as log:
    written = write_parts(
        tables_dir=smk.params.tables_dir,
        figures_dir=smk.params.figures_dir,
        templates_dir=smk.params.templates_dir,
        vocabulary=smk.input.vocabulary,
        settings=smk.params.settings,  # the build (commit, date) is read when the rule runs
        out_dir=smk.output.parts,
        summary_out=smk.output.summary,
        previous=str(Path(smk.input.previous[0]).parent) if smk.input.previous else None,
        sources_dir=smk.params.sources_dir,
    )
    log.info("wrote %s", written)
