"""The pipeline's stages as functions; ``workflow/scripts/*.py`` are thin adapters to these.

Each stage reads files, validates what it writes against the table contracts
(:mod:`evidence_review.tables`) and writes every output atomically.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from evidence_review import tables
from evidence_review.extract import (
    CLAIM_COLUMNS,
    RECOMMENDATION_COLUMNS,
    STATEMENT_COLUMNS,
    Extractor,
)
from evidence_review.sources import read_text
from evidence_review.vocabulary import Vocabulary

EXTRACTED_TABLES = ("results", "claims", "statements", "recommendations")


def extract_text(
    path: str | Path, source_id: str, vocab: Vocabulary, study: str | None = None
) -> dict[str, pd.DataFrame]:
    """Extract the four tables of one source text, validated."""
    text = read_text(path)
    if study is not None and study not in vocab.trials:
        from evidence_review.errors import InputError

        raise InputError(
            f"{Path(path).with_suffix('.yaml')}: study {study!r} is not a trial in the vocabulary "
            f"(known: {', '.join(vocab.trials)}); add it to the vocabulary or fix the name"
        )
    out = Extractor(vocab).extract(text, source_id, study)
    return {
        "results": tables.results_frame(out.results),
        "claims": tables.CLAIMS.validate(tables.frame(out.claims, CLAIM_COLUMNS)),
        "statements": tables.STATEMENTS.validate(tables.frame(out.statements, STATEMENT_COLUMNS)),
        "recommendations": tables.RECOMMENDATIONS.validate(
            tables.frame(out.recommendations, RECOMMENDATION_COLUMNS)
        ),
    }


def extract_source(
    text_path: str | Path,
    meta_path: str | Path,
    vocabulary_path: str | Path,
    outputs: dict[str, str | Path],
) -> dict[str, Any]:
    """The ``extract`` rule: one source text to its four tables."""
    from evidence_review.sources import load_metadata

    meta = load_metadata(Path(meta_path))
    vocab = Vocabulary.load(vocabulary_path)
    frames = extract_text(text_path, meta["id"], vocab, meta.get("study"))
    for name in EXTRACTED_TABLES:
        tables.write_csv(frames[name], outputs[name])
    return {name: len(df) for name, df in frames.items()}
