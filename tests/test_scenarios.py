"""Whole reviews built from the scenarios in tests/data/scenarios, as users build them:

* S1, the seed review (the `built_project` fixture);
* S2, the seeds without the guideline;
* S3, a living update: the seeds plus a second randomized trial of the same drug (written for
  these tests), pooled by the policy and compared with S1's published summary;
* S4, a new review on another question (heart failure) with no severity scale.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import slurm_cluster
from conftest import EPOCH
from helpers import copy_project, snakemake
from pypdf import PdfReader

from evidence_review import files, stats
from evidence_review.meta import random_effects

pytestmark = pytest.mark.e2e
SEED_WORDS = ["baricitinib", "ACTT", "COVID", "ordinal", "remdesivir", "dexamethasone", "RECOVERY", "Stebbing",
              "Bronte", "NIAID", "gray zone"]  # fmt: skip


def build(tmp_path_factory, scenario: str) -> Path:
    project = copy_project(tmp_path_factory.mktemp(scenario) / "project", scenario)
    snakemake(project, "--cores", "2", env={"SOURCE_DATE_EPOCH": EPOCH})
    return project


@pytest.fixture(scope="module")
def s2(tmp_path_factory) -> Path:
    return build(tmp_path_factory, "s2-without-guideline")


@pytest.fixture(scope="module")
def s3(tmp_path_factory) -> Path:
    return build(tmp_path_factory, "s3-second-rct")


@pytest.fixture(scope="module")
def s4(tmp_path_factory) -> Path:
    return build(tmp_path_factory, "s4-heart-failure")


def table(project: Path, name: str) -> pd.DataFrame:
    return files.read_csv(project / "results" / "tables" / f"{name}.csv")


def html(project: Path) -> str:
    return (project / "results/review/review.html").read_text()


def pdf_text(project: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(project / "results/review/review.pdf").pages)


def _visible(page: str) -> str:
    """The text a reader sees (no tags, no embedded images)."""
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    page = re.sub(r"<img\b[^>]*>", " ", page)
    return re.sub(r"<[^>]+>", " ", page)


def test_every_finding_is_traced_to_its_rows(built_project, s2, s3, s4):
    """Each finding of each scenario names the evidence rows it was computed from, and each of
    them is in the review's provenance appendix with its quote."""
    for project in (built_project, s2, s3, s4):
        summary = table(project, "summary_of_findings")
        evidence = table(project, "evidence").set_index("result_id")
        page = html(project)
        for f in summary.itertuples():
            assert f.statement and "{" not in f.statement
            for rid in filter(None, f.result_ids.split(";")):
                assert rid in evidence.index
                assert f'id="prov-{rid}"' in page, (project.name, rid)
            if f.kind == "single trial":
                row = evidence.loc[f.result_ids]
                assert (f.estimate, f.ci_low, f.ci_high) == (row.estimate, row.ci_low, row.ci_high)


def test_s1_findings_as_computed_by_hand(built_project):
    summary = table(built_project, "summary_of_findings").set_index("outcome")
    # recovery 1.16 (1.01-1.32): the CI excludes 1; indirectness judged serious: moderate
    assert summary.loc["recovery", "statement"] == "Baricitinib probably increases recovery."
    # mortality 0.65 (0.39-1.09): the CI includes 1; imprecision and indirectness: low
    assert summary.loc["mortality", "certainty"] == "low"
    assert summary.loc["mortality", "statement"] == "Baricitinib may result in little or no difference in mortality."
    not_pooled = table(built_project, "not_pooled")
    assert set(not_pooled["reason"].str.split(" \\(").str[0]) == {"one trial"}
    assert table(built_project, "pooled").empty


def test_s2_without_the_guideline(s2):
    page = html(s2)
    assert "nih2021" not in set(table(s2, "evidence")["source"])
    assert 'id="tbl-recommendations"' not in page  # the guideline's table goes with its source
    assert "Bottom line" in page and 'id="sec-sof"' in page


def test_s3_pools_the_two_trials_as_metafor_does(s3):
    pooled = table(s3, "pooled").set_index("outcome")
    assert set(pooled.index) == {"mortality", "recovery"}
    evidence = table(s3, "evidence").set_index("result_id")
    for outcome in ("mortality", "recovery"):
        p = pooled.loc[outcome]
        rows = evidence.loc[p["result_ids"].split(";")]
        assert sorted(rows["trial"]) == ["ACTT-2", "BARI-HOSP"]
        y = np.log(rows["estimate"].to_numpy(float))
        z = stats.z_for_level(95)
        v = ((np.log(rows["ci_high"].to_numpy(float)) - np.log(rows["ci_low"].to_numpy(float))) / (2 * z)) ** 2
        ours = random_effects(y, v, "REML")
        assert p["estimate"] == pytest.approx(np.exp(ours.estimate), abs=1e-9)
        if shutil.which("Rscript"):
            code = (
                "suppressMessages(library(metafor)); "
                f"f <- rma(yi=c({','.join(f'{x:.17g}' for x in y)}), vi=c({','.join(f'{x:.17g}' for x in v)}), "
                "method='REML', control=list(threshold=1e-12)); "
                "cat(sprintf('%.12f', c(exp(f$b[1]), exp(f$ci.lb), exp(f$ci.ub), f$tau2, f$I2)))"
            )
            ref = [float(x) for x in subprocess.run(["Rscript", "-e", code], capture_output=True, text=True,
                                                     check=True).stdout.split()]  # fmt: skip
            assert [p["estimate"], p["ci_low"], p["ci_high"], p["tau2"], p["i2"]] == pytest.approx(ref, abs=1e-6)
    # mortality: the second trial reports day 28 and day 60, both in the window; day 28 is pooled
    assert pooled.loc["mortality", "timepoint"] == "day 28;day 28"
    page = html(s3)
    assert 'id="fig-meta-analysis"' in page
    summary = table(s3, "summary_of_findings").set_index("outcome")
    assert summary.loc["mortality", "kind"] == "pooled"
    assert summary.loc["mortality", "trials"] == "ACTT-2;BARI-HOSP"


def test_s3_says_what_changed_since_s1(s3):
    page = _visible(html(s3))
    assert "What changed since the previous version" in page
    assert "new trials" in page and "BARI-HOSP" in page
    assert "estimate changed" in page


def test_s4_is_a_review_of_its_own_question_with_no_word_of_the_seed_review(s4):
    for text in (_visible(html(s4)), pdf_text(s4)):
        for word in SEED_WORDS:
            assert word.lower() not in text.lower(), word
    page = html(s4)
    assert 'id="sec-gray-zone"' not in page  # no severity scale: no figure, no section
    assert "Veltiparin" in page
    assert set(table(s4, "pooled")["outcome"]) == {
        "all-cause death",
        "cardiovascular death or heart failure hospitalization",
    }
    assert not (s4 / "results/figures/gray-zone.svg").exists()


@pytest.mark.slurm
def test_s4_through_a_one_node_slurm_cluster_is_byte_identical(s4, tmp_path, seed):
    """The review built through profiles/slurm (one SLURM job) equals the local build; a corpus
    in two shards runs as two more SLURM jobs and gives the table the command line gives."""
    import sys

    import yaml

    if not slurm_cluster.available():
        if os.environ.get("CI"):
            pytest.fail("slurm-wlm and munge are needed under CI (tools/system-deps.sh installs them)")
        pytest.skip("no SLURM packages, or a SLURM cluster is already configured here")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from run import make_corpus

    project = copy_project(tmp_path / "project", "s4-heart-failure")
    make_corpus(12, project / "data/corpus", seed=2, sources_dir=seed / "data/sources")
    (project / "data/corpus/files.txt").unlink()
    config = yaml.safe_load((project / "config.yaml").read_text())
    config["corpus"] = {"path": "data/corpus", "shards": 2}
    (project / "config.yaml").write_text(yaml.safe_dump(config, sort_keys=False))
    with slurm_cluster.cluster(tmp_path / "cluster") as env:
        done = snakemake(project, "--profile", "profiles/slurm", env={**env, "SOURCE_DATE_EPOCH": EPOCH})
    log = done.stdout + done.stderr
    # the review in one group job; the two shards and the gathering in three jobs of their own
    submitted = re.findall(r"submitted with SLURM jobid \d+ \(log: \S*/slurm_logs/([^/\s]+)/", log)
    jobs = sorted("group_review" if name.startswith("group_review") else name for name in submitted)
    assert jobs == ["group_review", "rule_extract_corpus_shard", "rule_extract_corpus_shard", "rule_gather_corpus"], log

    outputs = sorted(
        p.relative_to(s4)
        for pattern in ("results/tables/*.csv", "results/figures/*", "results/notebooks/*.ipynb", "results/review/*.*")
        for p in s4.glob(pattern)
    )
    assert len(outputs) > 20
    for rel in outputs:
        assert (project / rel).read_bytes() == (s4 / rel).read_bytes(), rel
    texts = sorted(str(p) for p in (project / "data/corpus").glob("*.txt"))
    cli = subprocess.run(
        [str(Path(sys.executable).parent / "evidence-review"), "extract", *texts], capture_output=True, text=True
    )
    assert (project / "results/tables/corpus_results.csv").read_text(encoding="utf-8") == cli.stdout
