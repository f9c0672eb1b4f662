"""Adapter: the `extract` rule -> evidence_review.stages.extract_source."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _adapter import rule_logging  # noqa: E402

from evidence_review.stages import extract_source  # noqa: E402

with rule_logging(snakemake.log[0]) as log:  # noqa: F821
    counts = extract_source(
        snakemake.input.text, snakemake.input.meta, snakemake.input.vocabulary, dict(snakemake.output)  # noqa: F821
    )
    log.info("extracted %s", counts)
