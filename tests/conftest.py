"""Shared fixtures: the project's own data, extracted and combined once per test session."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import yaml
from helpers import SCENARIOS, copy_project

from evidence_review import files, stages
from evidence_review.sources import discover, read_text
from evidence_review.vocabulary import Vocabulary

ROOT = Path(__file__).resolve().parents[1]
# The tests never read the live data/ folder: a user who adds or removes a source still sees a
# green suite. Whole reviews are built from scenarios in tests/data/scenarios/ (config + data).
SEED = SCENARIOS / "seed"
SOURCES_DIR = SEED / "data" / "sources"
VOCABULARY = SEED / "data" / "vocabulary.yaml"


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def seed() -> Path:
    """The seed review's scenario: its config.yaml and data/ (copies of the five sources)."""
    return SEED


@pytest.fixture(scope="session")
def config() -> dict:
    return yaml.safe_load((SEED / "config.yaml").read_text())


@pytest.fixture(scope="session")
def vocab() -> Vocabulary:
    return Vocabulary.load(VOCABULARY)


@pytest.fixture(scope="session")
def sources():
    return {s.id: s for s in discover(SOURCES_DIR)}


@pytest.fixture(scope="session")
def texts(sources) -> dict[str, str]:
    return {sid: read_text(s.text_path) for sid, s in sources.items()}


@pytest.fixture(scope="session")
def extracted(sources, vocab) -> dict[str, dict[str, pd.DataFrame]]:
    return {sid: stages.extract_text(s.text_path, sid, vocab, s.study) for sid, s in sources.items()}


@pytest.fixture(scope="session")
def combined(tmp_path_factory, sources, config) -> dict[str, pd.DataFrame]:
    """The combine stage run on the five sources, its tables read back."""
    out = tmp_path_factory.mktemp("combined")
    paths = {}
    for sid, s in sources.items():
        paths[sid] = {t: out / f"{sid}.{t}.csv" for t in stages.EXTRACTED_TABLES}
        stages.extract_source(s.text_path, s.meta_path, VOCABULARY, paths[sid])
    outputs = {t: out / f"{t}.csv" for t in stages.COMBINED_TABLES}
    stages.combine(paths, SOURCES_DIR, VOCABULARY, config, outputs)
    frames = {t: files.read_csv(p) for t, p in outputs.items()}
    frames["evidence"]["preferred"] = frames["evidence"]["preferred"].astype(str) == "True"
    return frames


@pytest.fixture(scope="session")
def project_copy(tmp_path_factory) -> Path:
    """An unbuilt copy of the project, for dry runs."""
    return copy_project(tmp_path_factory.mktemp("project") / "project")


EPOCH = "1700000000"  # a fixed build date for the copies (they are not git checkouts)


@pytest.fixture(scope="session")
def built_project(tmp_path_factory) -> Path:
    """The project copied into a git checkout (as a clone is) and built once with
    `snakemake --cores 2`, as a user would."""
    from helpers import git_checkout, snakemake

    project = git_checkout(copy_project(tmp_path_factory.mktemp("built") / "project"))
    snakemake(project, "--cores", "2", env={"SOURCE_DATE_EPOCH": EPOCH})
    return project
