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
    "Snakefile",
    "environment.yml",
    "pyproject.toml",
    "workflow",
    "src",
    "notebooks",
    "reports",
    "profiles",
]


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
    for item in (SCENARIOS / scenario).iterdir():
        if item.is_dir():
            shutil.copytree(item, target / item.name, ignore=ignore)
        else:
            shutil.copy2(item, target / item.name)
    return target


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
