"""The paths users take: the conda environment, GitHub Pages, and a DAG that re-runs exactly what
an edit affects."""

from __future__ import annotations

import csv
import io
import re
import shutil
from pathlib import Path

import pytest
import yaml
from conftest import EPOCH
from helpers import snakemake

from evidence_review.codedeps import code_closure


def _quarto_pins(root: Path) -> dict[str, dict[str, str]]:
    text = (root / "requirements" / "quarto-pins.csv").read_text()
    rows = csv.DictReader(io.StringIO("".join(line for line in text.splitlines(True) if not line.startswith("#"))))
    return {r["quarto"]: r for r in rows}


def _conda_pins(root: Path) -> dict[str, str]:
    env = yaml.safe_load((root / "environment.yml").read_text())
    pins = {}
    for dep in env["dependencies"]:
        if isinstance(dep, str) and "=" in dep:
            name, version = dep.split("=", 1)
            pins[name] = version
    return pins


def test_environment_pins_a_quarto_release_with_its_own_pandoc_and_typst(root):
    table = _quarto_pins(root)
    # the table itself, checked against quarto-cli's `configuration` at each tag (by hand)
    assert table["1.9.37"] == {"quarto": "1.9.37", "pandoc": "3.8.3", "typst": "0.14.2", "on_conda_forge": "yes"}
    assert table["1.7.33"]["pandoc"] == "3.6.3" and table["1.7.33"]["typst"] == "0.13.0"
    pins = _conda_pins(root)
    row = table[pins["quarto"]]
    assert row["on_conda_forge"] == "yes"
    assert pins.get("pandoc", row["pandoc"]) == row["pandoc"]
    assert pins.get("typst", row["typst"]) == row["typst"]


def test_pages_workflow_uses_the_pinned_quarto_and_never_cancels_a_deploy(root):
    workflow = yaml.safe_load((root / ".github" / "workflows" / "pages.yml").read_text())
    setup = next(s for s in workflow["jobs"]["build"]["steps"] if s.get("uses", "").startswith("quarto-dev/"))
    assert str(setup["with"]["version"]) == _conda_pins(root)["quarto"]
    cancel = str(workflow["concurrency"]["cancel-in-progress"])
    assert cancel != "True" and "refs/heads/main" in cancel


def test_environment_pip_pins_match_the_lock(root):
    lock = dict(
        re.match(r"([A-Za-z0-9_.-]+)==(\S+)", line).groups()
        for line in (root / "requirements" / "constraints.txt").read_text().splitlines()
        if "==" in line and not line.startswith("#")
    )
    lock = {k.lower().replace("_", "-"): v for k, v in lock.items()}
    env = yaml.safe_load((root / "environment.yml").read_text())
    pip = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    for spec in pip:
        name, version = spec.split("==")
        assert lock[name.lower()] == version, spec


def test_build_outputs_are_ignored_by_git(root):
    ignored = (root / ".gitignore").read_text().split()
    for path in ("/results/", "/logs/", "/benchmarks/out/", ".snakemake/"):
        assert path in ignored


def test_code_closure_follows_imports(tmp_path):
    pkg = tmp_path / "evidence_review"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from evidence_review import b\n")
    (pkg / "b.py").write_text("def f():\n    from evidence_review.c import x\n    return x\n")
    (pkg / "c.py").write_text('SCHEMA = "c.schema.yaml"\n')
    (pkg / "c.schema.yaml").write_text("{}\n")
    (pkg / "d.py").write_text("import os\n")
    scripts = tmp_path / "scripts"
    scripts.mkdir()
    (scripts / "_helper.py").write_text("import evidence_review.d\n")
    (scripts / "run.py").write_text("from _helper import go\nimport evidence_review.a\n")
    got = [Path(p).relative_to(tmp_path).as_posix() for p in code_closure([scripts / "run.py"], pkg)]
    assert got == [
        "evidence_review/__init__.py",
        "evidence_review/a.py",
        "evidence_review/b.py",
        "evidence_review/c.py",
        "evidence_review/c.schema.yaml",
        "evidence_review/d.py",
        "scripts/_helper.py",
    ]


def _scheduled(project: Path) -> set[str]:
    """The rules a dry run would run (from Snakemake's "Job stats" table)."""
    out = snakemake(project, "-n", "--cores", "1", env={"SOURCE_DATE_EPOCH": EPOCH}).stdout
    if "Job stats:" not in out:
        return set()
    lines = out.split("Job stats:", 1)[1].strip().splitlines()
    rules = set()
    for line in lines[2:]:  # after the header and its rule
        parts = line.split()
        if not parts:
            break
        if parts[0] not in {"total", "all"}:
            rules.add(parts[0])
    return rules


ALL = {"extract", "combine", "figures", "write_review", "render"}
FIGURES = {"figures", "write_review", "render"}
#: What an edit of each module re-runs, worked out by hand from what each rule runs (a dry run
#: also schedules every job downstream of one that re-runs).
EXPECTED = {
    "__init__.py": ALL,
    "errors.py": ALL,
    "text.py": ALL,
    "grammar.py": ALL,
    "number.py": ALL,
    "extract.py": ALL,
    "vocabulary.py": ALL,
    "stats.py": ALL,
    "files.py": ALL,
    "tables.py": ALL,
    "records.py": ALL,
    "coverage.py": ALL,
    "pooling.py": ALL,
    "meta.py": ALL,
    "findings.py": {"write_review", "render"},
    "checks.py": ALL,
    "stages.py": ALL,
    "sources.py": ALL,
    "yaml_text.py": ALL,
    "record_csv.py": ALL,
    "corpus.py": set(),
    "atomic.py": ALL,
    "text_tables.py": ALL,
    "figures.py": FIGURES,
    "notebooks.py": FIGURES,
    "review.py": {"write_review", "render"},
    "buildinfo.py": {"write_review", "render"},
    "render.py": {"render"},
    "cli.py": set(),
    "codedeps.py": set(),
    "snakemake_hooks.py": set(),  # (run by the Snakefile's onsuccess hook, not by a rule)
}


@pytest.mark.e2e
def test_an_edit_reruns_exactly_the_rules_that_run_the_module(built_project, tmp_path):
    project = tmp_path / "project"
    shutil.copytree(built_project, project, symlinks=True)
    package = project / "src" / "evidence_review"
    assert {p.name for p in package.glob("*.py")} == set(EXPECTED)
    assert _scheduled(project) == set()
    for name, expected in EXPECTED.items():
        module = package / name
        original = module.read_text()
        module.write_text(original + "\nEDITED_BY_THE_TEST = True\n")
        try:
            assert _scheduled(project) == expected, name
        finally:
            module.write_text(original)
