"""A large corpus extracted in shards: the documents, the shards, the rules, the gathered table."""

from __future__ import annotations

import itertools
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from helpers import copy_project, snakemake
from hypothesis import given
from hypothesis import strategies as st

from evidence_review import corpus
from evidence_review.errors import InputError

# A MEDLINE export as PubMed writes it (fields of 4 characters and "- ", continuation lines
# indented by six spaces, records separated by a blank line); the texts are made up.
MEDLINE = """\
PMID- 90000001
OWN - NLM
TI  - A made-up trial of a made-up drug.
AB  - We randomly assigned 400 patients. Death occurred in 20 of 200 patients and 30 of
      200 patients (hazard ratio, 0.64; 95% CI, 0.37 to 1.12).
FAU - Doe, Jane

PMID- 90000002
TI  - A record with a title only.

PMID- 90000003
TI  - Another made-up cohort.
AB  - Exposure was associated with the outcome (adjusted odds ratio 1.8, 95% CI 1.2-2.6).
"""


@given(total=st.integers(0, 5000), count=st.integers(1, 64))
def test_shards_are_contiguous_cover_every_document_once_and_differ_by_at_most_one(total, count):
    bounds = [corpus.shard_bounds(total, i, count) for i in range(count)]
    assert bounds[0][0] == 0 and bounds[-1][1] == total
    assert all(a[1] == b[0] for a, b in itertools.pairwise(bounds))
    sizes = [stop - first for first, stop in bounds]
    assert max(sizes) - min(sizes) <= 1


def test_a_medline_export_is_read_one_document_per_record(tmp_path):
    export = tmp_path / "search.nbib"
    export.write_text(MEDLINE, encoding="utf-8")
    docs = list(corpus.documents(export))
    assert [d.id for d in docs] == ["90000001", "90000002", "90000003"]
    assert docs[0].text == (
        "A made-up trial of a made-up drug.\nWe randomly assigned 400 patients. Death occurred in 20 of 200 "
        "patients and 30 of 200 patients (hazard ratio, 0.64; 95% CI, 0.37 to 1.12).\n"
    )
    assert docs[1].text == "A record with a title only.\n"
    assert corpus.count_documents(export) == 3
    assert [d.id for d in corpus.documents(export, 1, 3)] == ["90000002", "90000003"]


def test_a_medline_shard_has_its_records_results(tmp_path):
    export = tmp_path / "search.nbib"
    export.write_text(MEDLINE, encoding="utf-8")
    out = tmp_path / "shard.csv"
    assert corpus.extract_shard(export, 1, 2, None, out) == 2  # records 2 and 3 of 3
    rows = out.read_text(encoding="utf-8").splitlines()
    assert len(rows) == 2 and rows[1].startswith("90000003,90000003-R001,,outcome,overall,")
    assert ",odds_ratio,adjusted odds ratio,1.8," in rows[1]


def test_a_file_that_is_neither_folder_nor_export_is_named(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("Some notes.\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"notes.txt: not a folder of .txt files nor a MEDLINE export"):
        list(corpus.documents(notes))


def test_a_shard_that_breaks_the_contract_is_named_and_nothing_is_written(tmp_path):
    good, bad = tmp_path / "a.csv", tmp_path / "b.csv"
    export = tmp_path / "search.nbib"
    export.write_text(MEDLINE, encoding="utf-8")
    corpus.extract_shard(export, 0, 1, None, good)
    bad.write_text(good.read_text().replace(",hazard_ratio,", ",hazards,"), encoding="utf-8")
    out = tmp_path / "out" / "corpus.csv"
    with pytest.raises(InputError, match=r"b.csv: does not meet the results contract"):
        corpus.gather([good, bad], out)
    assert not out.exists() and not list(out.parent.iterdir())


@pytest.mark.e2e
def test_the_corpus_rules_give_the_table_the_command_line_gives(tmp_path, seed):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from run import make_corpus

    project = copy_project(tmp_path / "project")
    make_corpus(40, project / "data" / "corpus", seed=3, sources_dir=seed / "data" / "sources")
    (project / "data" / "corpus" / "files.txt").unlink()
    config = yaml.safe_load((project / "config.yaml").read_text())
    config["corpus"] = {"path": "data/corpus", "shards": 3}
    (project / "config.yaml").write_text(yaml.safe_dump(config, sort_keys=False))
    plan = snakemake(project, "results/tables/corpus_results.csv", "-n", "--cores", "2").stdout
    assert any(line.split()[:2] == ["extract_corpus_shard", "3"] for line in plan.splitlines()), plan
    snakemake(project, "results/tables/corpus_results.csv", "--cores", "2")
    texts = sorted(str(p) for p in (project / "data" / "corpus").glob("*.txt"))
    cli = subprocess.run(
        [str(Path(sys.executable).parent / "evidence-review"), "extract", *texts],
        capture_output=True,
        text=True,
        check=True,
    )
    gathered = (project / "results/tables/corpus_results.csv").read_text(encoding="utf-8")
    assert gathered == cli.stdout and gathered.count("\n") > 100
    assert not list((project / "results").glob("corpus/shard-*"))  # temporary, removed once gathered
