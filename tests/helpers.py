"""Helpers for tests that run the workflow in a copy of the project."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCENARIOS = Path(__file__).resolve().parent / "data" / "scenarios"
#: The project's code (from the checkout); a review's config.yaml and data/ come from a scenario.
CODE_FILES = [
    ".gitignore",
    "Snakefile",
    "environment.yml",
    "pyproject.toml",
    "workflow",
    "src",
    "notebooks",
    "reports",
    "profiles",
]


def lay_out_scenario(scenario: str, target: Path) -> Path:
    """A scenario's review (config.yaml and data/) in ``target``. A scenario's scenario.yaml may
    name a ``base`` scenario laid out first, and files of it to ``remove``; the scenario's own
    files are laid over the base's."""
    import yaml

    folder = SCENARIOS / scenario
    spec_file = folder / "scenario.yaml"
    spec = (yaml.safe_load(spec_file.read_text()) if spec_file.exists() else None) or {}
    if spec.get("base"):
        lay_out_scenario(spec["base"], target)
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path != spec_file:
            dest = target / path.relative_to(folder)
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, dest)
    for name in spec.get("remove", []):
        (target / name).unlink()
    return target


def copy_project(target: Path, scenario: str = "seed") -> Path:
    """The project's code with one scenario's review (config.yaml and data/), without results."""
    target.mkdir(parents=True, exist_ok=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info")
    for name in CODE_FILES:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, target / name, ignore=ignore)
        else:
            shutil.copy2(src, target / name)
    return lay_out_scenario(scenario, target)


def snakemake(cwd: Path, *args: str, check: bool = True, env: dict | None = None):
    """Run snakemake (from this environment) in ``cwd``; returns the CompletedProcess."""
    bindir = str(Path(sys.executable).parent)
    run_env = {**os.environ, "PATH": bindir + os.pathsep + os.environ.get("PATH", ""), **(env or {})}
    done = subprocess.run(
        [str(Path(bindir) / "snakemake"), *args], cwd=cwd, capture_output=True, text=True, env=run_env
    )
    if check and done.returncode != 0:
        raise AssertionError(f"snakemake {' '.join(args)} failed:\n{done.stdout[-4000:]}\n{done.stderr[-4000:]}")
    return done


def git_checkout(project: Path) -> Path:
    """Make ``project`` a git checkout with one commit, as a clone is. Author, committer and
    dates are fixed, so the same files give the same commit (and the same build information)."""
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "test", "GIT_AUTHOR_EMAIL": "test@example.org", "GIT_COMMITTER_NAME": "test",
        "GIT_COMMITTER_EMAIL": "test@example.org", "GIT_AUTHOR_DATE": "2023-11-14T22:13:20Z",
        "GIT_COMMITTER_DATE": "2023-11-14T22:13:20Z",
    }  # fmt: skip
    for args in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-q", "-m", "the project"]):
        subprocess.run(["git", *args], cwd=project, check=True, env=env, capture_output=True)
    return project
