"""The extractor against tables written by hand from reading each source (tests/data/expected/)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from conftest import VOCABULARY

from evidence_review.extract import Extractor
from evidence_review.vocabulary import Vocabulary

EXPECTED = Path(__file__).parent / "data" / "expected"
KEY = [
    "trial",
    "outcome",
    "subgroup",
    "timepoint",
    "measure",
    "estimate_text",
    "ci_low_text",
    "ci_high_text",
    "p_operator",
    "p_text",
    "arm1_text",
    "arm2_text",
    "unit",
]


def _rows(df: pd.DataFrame) -> list[tuple]:
    df = df.reindex(columns=KEY).fillna("").astype(str)
    return sorted(map(tuple, df.to_numpy()))


@pytest.mark.parametrize("source", ["kalil2021", "goletti2021", "bronte2020", "nih2021", "karolinska2020"])
def test_every_result_found_and_nothing_spurious(extracted, source):
    expected = pd.read_csv(EXPECTED / f"{source}.csv", dtype=str, keep_default_na=False)
    got = extracted[source]["results"]
    missing = sorted(set(_rows(expected)) - set(_rows(got)))
    spurious = sorted(set(_rows(got)) - set(_rows(expected)))
    assert not missing, f"results in {source} not extracted: {missing}"
    assert not spurious, f"results extracted from {source} that are not in it: {spurious}"
    assert len(got) == len(expected)
    # and each row's quote starts as written down by hand
    quotes = got["quote"].str.replace(r"\s+", " ", regex=True)
    for start in expected["quote_starts"]:
        assert quotes.str.startswith(start.strip()[:40]).any(), start


def test_offsets_delimit_the_quote_in_every_row(extracted, texts):
    n = 0
    for sid, frames in extracted.items():
        text = texts[sid]
        for table in ("results", "claims", "statements", "recommendations"):
            for row in frames[table].itertuples():
                assert text[row.start : row.end] == row.quote, (sid, table, row)
                n += 1
    assert n >= 90  # 73 results, 3 claims, 12 statements, 7 recommendations


def test_named_examples(extracted):
    ev = pd.concat([f["results"] for f in extracted.values()], ignore_index=True)

    def one(**kw):
        rows = ev
        for k, v in kw.items():
            rows = rows[rows[k] == v]
        assert len(rows) >= 1, kw
        return rows.iloc[0]

    r = one(source="kalil2021", trial="ACTT-2", outcome="recovery", subgroup="overall", measure="rate_ratio")
    assert (r.estimate, r.ci_low, r.ci_high, r.p_value, r.p_operator) == (1.16, 1.01, 1.32, 0.03, "=")
    r = one(source="kalil2021", subgroup="score 6", measure="rate_ratio")
    assert (r.estimate_text, r.ci_low_text, r.ci_high_text) == ("1.51", "1.10", "2.08")
    m = one(source="goletti2021", subgroup="score 6", measure="median")
    assert (m.arm1_value, m.arm2_value, m.unit) == (10, 18, "days")
    r = one(source="goletti2021", subgroup="score 5", measure="rate_ratio", outcome="recovery")
    assert (r.ci_low, r.ci_high) == (0.98, 1.39)
    assert "Figure 1" in r.quote and "text interrupted by the legend of Figure 1" in r.excerpt
    hrs = ev[(ev.source == "goletti2021") & (ev.measure == "hazard_ratio")]
    assert sorted(zip(hrs.subgroup, hrs.timepoint, hrs.estimate_text, strict=True)) == [
        ("score 5", "day 14", "0.73"),
        ("score 5", "day 28", "0.40"),
        ("score 6", "day 14", "0.21"),
        ("score 6", "day 28", "0.55"),
    ]
    rec = ev[(ev.trial == "RECOVERY") & (ev.measure == "rate_ratio")]
    assert sorted(rec.estimate_text) == ["0.64", "0.82"]
    assert sorted(rec.subgroup) == ["score 5-6", "score 7"]
    r = one(trial="ACTT-1", measure="rate_ratio")
    assert (r.estimate, r.ci_low, r.ci_high, r.p_operator, r.p_value) == (1.29, 1.12, 1.49, "<", 0.001)
    r = one(source="nih2021", subgroup="score 7", measure="rate_ratio")
    assert (r.estimate, r.ci_low, r.ci_high) == (1.08, 0.59, 1.97)
    r = one(source="nih2021", outcome="mortality", measure="odds_ratio")
    assert (r.estimate_text, r.label, r.timepoint) == ("0.65", "OR", "day 28")
    rux = ev[(ev.trial == "Cao 2020 (ruxolitinib)") & (ev.measure == "median") & ev.p_value.notna()]
    assert sorted(zip(rux.arm1_text, rux.arm2_text, rux.p_text, strict=True)) == [
        ("12", "15", "0.15"),
        ("17", "16", "0.94"),
        ("5", "8", "0.03"),
    ]
    news = ev[ev.source == "karolinska2020"]
    assert set(zip(news.measure, news.arm1_text, news.arm2_text, strict=True)) >= {
        ("percent", "17", "35"),
        ("count", "83", "83"),
    }


def test_precision_as_printed_is_kept(extracted):
    ev = extracted["kalil2021"]["results"]
    sae = ev[(ev.outcome == "serious adverse events") & (ev.measure == "percent")].iloc[0]
    assert (sae.arm1_text, sae.arm2_text) == ("16.0", "21.0")  # not "16" and "21"
    ci = ev[(ev.outcome == "clinical status")].iloc[0]
    assert ci.ci_low_text == "1.0"


def test_recommendations_with_ratings(extracted):
    recs = extracted["nih2021"]["recommendations"]
    assert sorted(recs["rating"]) == ["", "", "AIII", "AIII", "AIII", "BIIa"]
    bii = recs[recs.rating == "BIIa"].iloc[0]
    assert bii.intervention == "baricitinib in combination with remdesivir"
    assert (bii.direction, bii.strength, bii.evidence) == ("for", "B", "IIa")
    assert set(recs[recs.rating == ""].direction) == {"insufficient data"}


def test_unrelated_article_at_the_end_yields_nothing(extracted, texts):
    start = texts["goletti2021"].index("Terlipressin")
    for table in extracted["goletti2021"].values():
        assert (table["start"] < start).all()


def test_trial_typos_and_aliases_resolve(vocab):
    text = (
        "Kalil et al. report the results of ACCT-2, a trial of baricitinib. "
        "Recovery was faster (rate ratio for recovery, 1.16; 95% CI, 1.01 to 1.32; P=0.03)."
    )
    out = Extractor(vocab).extract(text, "t")
    assert [r.trial for r in out.results] == ["ACTT-2"]


def test_a_vocabulary_never_makes_a_source_s_numbers_disappear(vocab):
    text = "In a trial of terlipressin, mortality was lower (hazard ratio, 0.70; 95% CI, 0.50 to 0.98)."
    rows = Extractor(vocab).extract(text, "t").results
    assert [(r.measure, r.estimate, r.ci_low, r.ci_high, r.trial) for r in rows] == [
        ("hazard_ratio", 0.70, 0.50, 0.98, "")
    ]


def test_an_appended_article_off_topic_yields_nothing(vocab):
    text = (
        "In ACTT-2 of baricitinib for COVID-19, recovery was faster (rate ratio for recovery, 1.16; "
        "95% CI, 1.01 to 1.32; P=0.03).\n\nDisclosure forms provided by the authors are available.\n\n"
        "In a trial of terlipressin, mortality was lower (hazard ratio, 0.70; 95% CI, 0.50 to 0.98)."
    )
    rows = Extractor(vocab).extract(text, "t").results
    assert [(r.measure, r.estimate) for r in rows] == [("rate_ratio", 1.16)]


def test_windows_line_endings_keep_offsets(vocab):
    text = (
        "In ACTT-2 of baricitinib for COVID-19, recovery was faster\r\n(rate ratio for recov-\r\nery, "
        "1.16; 95% CI, 1.01 to 1.32; P=0.03).\r\n"
    )
    out = Extractor(vocab).extract(text, "t")
    (row,) = out.results
    assert text[row.start : row.end] == row.quote
    assert row.outcome == "recovery" and row.estimate == 1.16


def test_perturbed_texts_never_crash_the_extractor(vocab, seed, tmp_path):
    """Documents built from the sources with shuffled paragraphs and changed digits (the
    benchmark's corpus): every table is still valid, implausible numbers flagged, not fatal."""
    import sys

    from evidence_review import stages

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from run import make_corpus

    make_corpus(60, tmp_path, seed=11, sources_dir=seed / "data" / "sources")
    flagged = 0
    for path in sorted(tmp_path.glob("doc*.txt")):
        tables_ = stages.extract_text(path, path.stem, vocab)
        results = tables_["results"]
        text = path.read_text(encoding="utf-8")
        assert all(text[r.start : r.end] == r.quote for r in results.itertuples())
        flagged += int((results["problems"] != "").sum())
    assert flagged > 0  # changed digits do produce reversed CIs and the like, and they are kept


def test_every_construction_of_the_grammar_has_exactly_one_builder():
    from evidence_review import grammar
    from evidence_review.extract import READERS

    constructions = [v for v in vars(grammar).values() if isinstance(v, grammar.Construction)]
    read = [r.construction for r in READERS]
    assert sorted(c.name for c in constructions) == sorted(c.name for c in read)
    assert len({c.name for c in read}) == len(read)


@pytest.mark.parametrize(
    ("sentence", "direction"),
    [
        ("In ACTT-2, baricitinib was most effective in patients with an ordinal score of 6.", "benefit"),
        ("In ACTT-2, baricitinib was not effective in patients with an ordinal score of 7.", "no benefit"),
        ("In ACTT-2, baricitinib did not show a benefit in patients with an ordinal score of 5.", "no benefit"),
        ("The trial aimed to evaluate whether baricitinib is effective at an ordinal score of 5.", None),
        ("Is baricitinib effective in patients with an ordinal score of 5?", None),
        ("Baricitinib could be effective in patients with an ordinal score of 5.", None),
        ("Efficacy of baricitinib at ordinal score 5", None),
    ],
)
def test_only_assertions_state_an_effect(vocab, sentence, direction):
    """Objectives, questions, hypotheticals and titles are no statement of benefit; a negation
    states no benefit."""
    found = Extractor(vocab).extract(f"Results\n\n{sentence}\n", "t").statements
    assert [s.direction for s in found] == ([direction] if direction else [])


def test_the_extract_stage_writes_the_bytes_of_the_validated_tables(sources, vocab, extracted, seed, tmp_path):
    """The extract rule writes its tables from the records without pandas; they are the bytes
    the validated tables give (the contract is checked again where combine reads them), for the
    five sources and for perturbed documents with flagged numbers."""
    import sys

    from evidence_review import files, stages

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from run import make_corpus

    make_corpus(20, tmp_path / "docs", seed=5, sources_dir=seed / "data" / "sources")
    cases = [(s.text_path, s.meta_path, extracted[sid]) for sid, s in sources.items()]
    for i, text in enumerate(sorted((tmp_path / "docs").glob("doc*.txt"))):
        meta = text.with_suffix(".yaml")
        meta.write_text(
            f"id: doc{i}\nkind: news\ntitle: t\nauthors: [a]\nvenue: v\nyear: 2024\nurl: https://example.org\n",
            encoding="utf-8",
        )
        cases.append((text, meta, stages.extract_text(text, f"doc{i}", vocab)))
    for text, meta, frames in cases:
        written = {t: tmp_path / "out" / f"{text.stem}.{t}.csv" for t in stages.EXTRACTED_TABLES}
        stages.extract_source(text, meta, VOCABULARY, written)
        for table in stages.EXTRACTED_TABLES:
            validated = tmp_path / "validated.csv"
            files.write_csv(frames[table], validated)
            assert written[table].read_bytes() == validated.read_bytes(), (text.name, table)


def test_tables_are_written_whole_with_the_permissions_of_a_plain_file(tmp_path):
    import os

    from evidence_review.atomic import atomic_text_file

    mask = os.umask(0o022)
    try:
        with atomic_text_file(tmp_path / "t.csv") as handle:
            handle.write("a\n")
        assert (tmp_path / "t.csv").stat().st_mode & 0o777 == 0o644
        (tmp_path / "t.csv").write_text("last good\n")
        with pytest.raises(RuntimeError), atomic_text_file(tmp_path / "t.csv") as handle:
            handle.write("half")
            raise RuntimeError("interrupted")
        assert (tmp_path / "t.csv").read_text() == "last good\n"
        assert [p.name for p in tmp_path.iterdir()] == ["t.csv"]
    finally:
        os.umask(mask)


def test_a_study_the_vocabulary_does_not_know_is_named_with_its_file(tmp_path, vocab):
    from evidence_review import stages
    from evidence_review.errors import InputError

    text, meta = tmp_path / "s.txt", tmp_path / "s.yaml"
    text.write_text("Mortality was lower (HR 0.8, 95% CI 0.7-0.9).\n", encoding="utf-8")
    meta.write_text(
        "id: s\nkind: news\ntitle: t\nauthors: [a]\nvenue: v\nyear: 2024\nurl: https://example.org\nstudy: NOPE\n",
        encoding="utf-8",
    )
    outputs = {t: tmp_path / f"{t}.csv" for t in stages.EXTRACTED_TABLES}
    with pytest.raises(InputError, match=r"s.yaml: study 'NOPE' is not a trial in the vocabulary \(known: .*ACTT-2"):
        stages.extract_source(text, meta, VOCABULARY, outputs)
    assert not any(p.exists() for p in outputs.values())
    # without a vocabulary any study is taken as written
    Vocabulary.empty().check_study("NOPE", str(meta))
