"""Adapter: the `extract_corpus_shard` rule -> evidence_review.corpus.extract_shard."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _adapter import rule_logging

from evidence_review.corpus import extract_shard

smk = snakemake  # noqa: F821
with rule_logging(smk.log[0]) as log:
    index, count = int(smk.wildcards.shard), int(smk.wildcards.shards)
    vocabulary = smk.input.vocabulary[0] if smk.input.vocabulary else None
    documents = extract_shard(smk.input.corpus, index, count, vocabulary, smk.output[0])
    log.info("shard %d of %d: %d documents", index, count, documents)
