"""Adapter: the `combine` rule -> evidence_review.stages.combine."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _adapter import rule_logging

from evidence_review.stages import EXTRACTED_TABLES, combine

smk = snakemake  # noqa: F821
with rule_logging(smk.log[0]) as log:
    extracted = {sid: {t: smk.input[t][i] for t in EXTRACTED_TABLES} for i, sid in enumerate(smk.params.sources)}
    counts = combine(extracted, smk.params.sources_dir, smk.input.vocabulary, smk.params.settings, dict(smk.output))
    log.info("combined %s", counts)
