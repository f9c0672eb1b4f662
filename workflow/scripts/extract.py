"""Adapter: the `extract` rule -> evidence_review.stages.extract_source."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _adapter import rule_logging

from evidence_review.stages import extract_source

smk = snakemake  # noqa: F821 (injected by Snakemake)
with rule_logging(smk.log[0]) as log:
    counts = extract_source(smk.input.text, smk.input.meta, smk.input.vocabulary, dict(smk.output))
    log.info("extracted %s", counts)
