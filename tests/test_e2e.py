"""End to end: the workflow in a copy of the project, as a user runs it."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import EPOCH
from helpers import copy_project, git_checkout, snakemake
from pypdf import PdfReader

pytestmark = pytest.mark.e2e
ENV = {"SOURCE_DATE_EPOCH": EPOCH}


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_review_is_complete_in_html_and_pdf(built_project):
    html = (built_project / "results/review/review.html").read_text()
    pdf = built_project / "results/review/review.pdf"
    assert len(html) > 200_000 and pdf.stat().st_size > 100_000
    reader = PdfReader(pdf)
    assert len(reader.pages) >= 10
    assert reader.pages[0].mediabox.width == pytest.approx(595.28, abs=1)  # A4
    text = pdf_text(pdf)
    sections = [
        "Bottom line",
        "The trials and studies at a glance",
        "Summary of findings",
        "Forest plots",
        "Evidence by level of severity",
        "Consistency audit",
        "Guideline recommendations",
        "Observational evidence",
        "Limitations",
        "Questions for the journal club",
        "Provenance of every number",
        "Inputs and software",
        "References",
    ]
    for section in sections:
        assert section in text, section
        assert section in html, section
    # key numbers, as printed in the sources
    for number in [
        "1.16",
        "1.01",
        "1.32",
        "1.51",
        "2.08",
        "0.65",
        "0.39",
        "1.09",
        "2.2",
        "2.3",
        "BIIa",
        "16% vs. 20%",
        "0.35",
    ]:
        assert number in text, number
        assert number in html, number
    assert "rendered by pandoc" in text and "Typst" in text
    assert re.search(r"Figure 4: .*gray zone", text)


def test_figures_are_embedded(built_project):
    html = (built_project / "results/review/review.html").read_text()
    images = re.findall(r'<img[^>]+src="data:image/svg\+xml;base64,', html)
    assert len(images) == 4
    assert len(re.findall(r'<img[^>]+alt="[^"]{40,}"', html)) == 4
    assert "<link" not in html and "<script src" not in html  # self-contained


def test_every_pipeline_output_is_there(built_project):
    r = built_project / "results"
    for path in [
        "tables/evidence.csv",
        "tables/checks.csv",
        "tables/reconciliation.csv",
        "figures/gray-zone.svg",
        "figures/forest-actt2-main.png",
        "notebooks/forest_plot-actt2-by-score.ipynb",
        "notebooks/gray_zone.ipynb",
    ]:
        assert (r / path).stat().st_size > 500, path
    notebook = (r / "notebooks/gray_zone.ipynb").read_text()
    assert '"papermill"' not in notebook and "start_time" not in notebook
    for log in ("logs/combine.log", "logs/review/render.log"):
        assert (built_project / log).exists()


def test_second_run_does_nothing_and_leaves_the_checkout_clean(built_project):
    status = subprocess.run(["git", "status", "--porcelain"], cwd=built_project, capture_output=True, text=True)
    assert status.stdout == ""  # the build wrote only ignored files (results, logs, .snakemake)
    done = snakemake(built_project, "--cores", "2", env=ENV)
    assert "Nothing to be done" in done.stdout + done.stderr
    status = subprocess.run(["git", "status", "--porcelain"], cwd=built_project, capture_output=True, text=True)
    assert status.stdout == ""


def test_snakemake_report(built_project, tmp_path):
    snakemake(built_project, "--report", str(tmp_path / "report.html"), env=ENV)
    assert (tmp_path / "report.html").stat().st_size > 100_000


def test_two_clean_builds_are_byte_identical(built_project, tmp_path):
    other = git_checkout(copy_project(tmp_path / "again"))
    snakemake(other, "--cores", "2", env=ENV)
    files = sorted(
        p.relative_to(built_project / "results") for p in (built_project / "results").rglob("*") if p.is_file()
    )
    assert len(files) > 50
    different = [
        str(f) for f in files if (built_project / "results" / f).read_bytes() != (other / "results" / f).read_bytes()
    ]
    assert not different, different


def test_interrupted_render_keeps_the_previous_review(built_project, tmp_path):
    project = tmp_path / "interrupted"
    shutil.copytree(built_project, project, symlinks=True)
    review = project / "results/review/review.html"
    before = review.read_bytes()
    template = project / "reports/templates/85-questions.md.j2"
    template.write_text(template.read_text() + "\n1. **Added question.** What would change your mind?\n")
    bindir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bindir}{os.pathsep}{os.environ['PATH']}", **ENV}
    proc = subprocess.Popen(
        [str(bindir / "snakemake"), "--cores", "1"],
        cwd=project,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 120
    while not list((project / "results/review").glob("staging-*")):
        assert proc.poll() is None, "snakemake finished before the render could be interrupted"
        assert time.monotonic() < deadline
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGTERM)  # what `kill` sends; Ctrl-C (SIGINT) behaves the same
    proc.wait(timeout=60)
    assert review.read_bytes() == before  # the last good review is untouched
    done = snakemake(project, "--cores", "1", env=ENV)
    assert "Added question" in review.read_text()
    assert not list((project / "results/review").glob("staging-*"))
    assert done.returncode == 0


def test_editing_one_source_reruns_only_its_jobs_and_changes_the_review(built_project, tmp_path):
    project = tmp_path / "edited"
    shutil.copytree(built_project, project, symlinks=True)
    source = project / "data/sources/000_63a13493e95785ed.txt"
    text = source.read_text(encoding="utf-8")
    assert text.count("rate ratio for recovery, 1.16") == 1
    source.write_text(text.replace("rate ratio for recovery, 1.16", "rate ratio for recovery, 1.19"), encoding="utf-8")
    plan = snakemake(project, "-n", "--cores", "1", env=ENV).stdout
    jobs = {m.group(1): int(m.group(2)) for m in re.finditer(r"^(\w+)\s+(\d+)$", plan, re.M)}
    assert jobs["extract"] == 1 and jobs["combine"] == 1 and jobs["render"] == 1
    outputs = re.findall(r"^\s+output: (results/extracted/\w+)/", plan, re.M)
    assert outputs == ["results/extracted/kalil2021"]
    snakemake(project, "--cores", "2", env=ENV)
    html = (project / "results/review/review.html").read_text()
    assert "1.19" in html and "1.19" in pdf_text(project / "results/review/review.pdf")
    recon = (project / "results/tables/reconciliation.csv").read_text()
    assert re.search(r"ACTT-2,recovery,overall,,ratio,.*conflicting value", recon)
