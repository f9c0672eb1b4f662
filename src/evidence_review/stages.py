"""The pipeline's stages as functions; ``workflow/scripts/*.py`` are thin adapters to these.

Each stage reads files, validates what it writes against the table contracts
(:mod:`evidence_review.tables`) and writes every output atomically.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from evidence_review import records
from evidence_review.sources import read_text
from evidence_review.vocabulary import Vocabulary

if TYPE_CHECKING:
    import pandas as pd

# The extract stage runs once per source and imports neither pandas nor pandera (their import
# took longer than the extraction); the stages that need them import them when they run, and only
# the extract stage imports the extractor (the grammar's patterns are compiled on first use, those
# its text needs: :class:`evidence_review.grammar.Pattern`).
EXTRACTED_RECORDS = {
    "results": records.Result,
    "claims": records.Claim,
    "statements": records.Statement,
    "recommendations": records.Recommendation,
    "unexplained": records.Unexplained,
}
EXTRACTED_TABLES = tuple(EXTRACTED_RECORDS)


def extract_text(
    path: str | Path, source_id: str, vocab: Vocabulary, study: str | None = None
) -> dict[str, pd.DataFrame]:
    """Extract the tables of one source text, validated."""
    from evidence_review import tables
    from evidence_review.extract import Extractor
    from evidence_review.tables import CLAIM_COLUMNS, RECOMMENDATION_COLUMNS, STATEMENT_COLUMNS

    vocab.check_study(study, str(Path(path).with_suffix(".yaml")))
    out = Extractor(vocab).extract(read_text(path), source_id, study)
    return {
        "results": tables.results_frame(out.results),
        "claims": tables.CLAIMS.validate(tables.frame(out.claims, CLAIM_COLUMNS)),
        "statements": tables.STATEMENTS.validate(tables.frame(out.statements, STATEMENT_COLUMNS)),
        "recommendations": tables.RECOMMENDATIONS.validate(tables.frame(out.recommendations, RECOMMENDATION_COLUMNS)),
        "unexplained": tables.UNEXPLAINED.validate(tables.frame(out.unexplained, tables.UNEXPLAINED_COLUMNS)),
    }


def extract_source(
    text_path: str | Path,
    meta_path: str | Path,
    vocabulary_path: str | Path,
    outputs: dict[str, str | Path],
) -> dict[str, Any]:
    """The ``extract`` rule: one source text to its tables (checked by the combine stage)."""
    from evidence_review.extract import Extractor
    from evidence_review.record_csv import write_records
    from evidence_review.sources import load_metadata

    meta = load_metadata(Path(meta_path))
    vocab = Vocabulary.load(vocabulary_path)
    study = meta.get("study")
    vocab.check_study(study, str(meta_path))
    out = Extractor(vocab).extract(read_text(text_path), meta["id"], study)
    for name, record_type in EXTRACTED_RECORDS.items():
        write_records(getattr(out, name), record_type, outputs[name])
    return {name: len(getattr(out, name)) for name in EXTRACTED_TABLES}


COMBINED_TABLES = (
    "evidence",
    "claims",
    "statements",
    "recommendations",
    "unexplained",
    "checks",
    "reconciliation",
    "subgroup_tests",
    "pooled",
    "not_pooled",
    "sources",
)


def combine(
    extracted: dict[str, dict[str, str | Path]],
    sources_dir: str | Path,
    vocabulary_path: str | Path,
    config: dict[str, Any],
    outputs: dict[str, str | Path],
) -> dict[str, int]:
    """The ``combine`` rule: all sources' tables to the review's evidence and checks tables.

    ``extracted`` maps each source id to the paths of its four extracted tables.
    """
    import pandas as pd

    from evidence_review import checks, files, pooling, tables
    from evidence_review.sources import discover, sha256
    from evidence_review.tables import CLAIM_COLUMNS, RECOMMENDATION_COLUMNS, STATEMENT_COLUMNS

    vocab = Vocabulary.load(vocabulary_path)
    sources = {s.id: s for s in discover(sources_dir)}
    missing = sorted(set(extracted) - set(sources))
    if missing:
        from evidence_review.errors import InputError

        raise InputError(f"{sources_dir}: no metadata for extracted source(s) {', '.join(missing)}")
    parts: dict[str, list[pd.DataFrame]] = {name: [] for name in EXTRACTED_TABLES}
    for sid in sorted(extracted):
        for name in EXTRACTED_TABLES:
            parts[name].append(files.read_csv(extracted[sid][name]))

    def concat(name: str, columns: list[str]) -> pd.DataFrame:
        frames = [f for f in parts[name] if len(f)]
        return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=columns)

    kinds = {sid: sources[sid].kind for sid in extracted}
    evidence = concat("results", tables.RESULT_TABLE_COLUMNS)
    evidence = tables.RESULTS.validate(evidence)
    evidence["source_kind"] = evidence["source"].map(kinds)
    evidence["preferred"] = checks.preferred_versions(evidence, list(config["source_priority"]), kinds)
    claims = tables.CLAIMS.validate(concat("claims", CLAIM_COLUMNS))
    statements = tables.STATEMENTS.validate(concat("statements", STATEMENT_COLUMNS))
    recommendations = tables.RECOMMENDATIONS.validate(concat("recommendations", RECOMMENDATION_COLUMNS))
    unexplained = tables.UNEXPLAINED.validate(concat("unexplained", tables.UNEXPLAINED_COLUMNS))

    reconciliation = tables.RECONCILIATION.validate(checks.reconcile(evidence))
    group_of = {
        rid: f"{r.group_id}: {r.classification}" for r in reconciliation.itertuples() for rid in r.result_ids.split(";")
    }
    evidence["reconciliation"] = evidence["result_id"].map(group_of).fillna("")
    evidence = tables.EVIDENCE.validate(evidence)

    ctx = checks.CheckContext(
        evidence=evidence,
        claims=claims,
        recommendations=recommendations,
        texts={sid: read_text(sources[sid].text_path) for sid in extracted},
        kinds=kinds,
        vocab=vocab,
        rows=[],
    )
    check_table = tables.CHECKS.validate(checks.run_checks(ctx, statements))
    subgroup = tables.SUBGROUP_TESTS.validate(checks.subgroup_tests(evidence))
    pooled_table, not_pooled_table = pooling.plan(evidence, vocab, config.get("pooling", {}))
    pooled = tables.POOLED.validate(pooled_table)
    not_pooled = tables.NOT_POOLED.validate(not_pooled_table)
    source_table = pd.DataFrame(
        [
            {
                "id": s.id,
                "file": s.text_path.name,
                "kind": s.kind,
                "title": s.meta["title"],
                "authors": "; ".join(s.meta["authors"]),
                "venue": s.meta["venue"],
                "year": s.meta["year"],
                "doi": s.meta.get("doi", ""),
                "url": s.meta.get("url", ""),
                "study": s.meta.get("study", ""),
                "sha256": sha256(s.text_path),
                "characters": len(ctx.texts[sid]),
                "results": int((evidence["source"] == s.id).sum()),
            }
            for sid, s in sorted(sources.items())
            if sid in extracted
        ]
    )
    out = {
        "evidence": evidence,
        "claims": claims,
        "statements": statements,
        "recommendations": recommendations,
        "unexplained": unexplained,
        "checks": check_table,
        "reconciliation": reconciliation,
        "subgroup_tests": subgroup,
        "pooled": pooled,
        "not_pooled": not_pooled,
        "sources": source_table,
    }
    for name in COMBINED_TABLES:
        files.write_csv(out[name], outputs[name])
    return {name: len(df) for name, df in out.items()}
