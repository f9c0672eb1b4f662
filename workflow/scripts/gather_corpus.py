"""Adapter: the `gather_corpus` rule -> evidence_review.corpus.gather."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _adapter import rule_logging

from evidence_review.corpus import gather

smk = snakemake  # noqa: F821
with rule_logging(smk.log[0]) as log:
    rows = gather(list(smk.input.shards), smk.output[0])
    log.info("gathered %d shards, %d rows", len(smk.input.shards), rows)
