# Helpers shared by the rules: configuration checks, the list of sources, output paths.
import json
import os
import sys
from pathlib import Path
from typing import NamedTuple

# The workflow runs the project's own library (src/evidence_review), installed or not: rules
# run in this process's environment or in the conda environment of environment.yml.
SRC = str(Path(workflow.basedir) / "src")
sys.path.insert(0, SRC)
os.environ.update(
    PYTHONPATH=os.pathsep.join(filter(None, (SRC, os.environ.get("PYTHONPATH"))))
)

from snakemake.exceptions import WorkflowError
from snakemake.logging import logger
from snakemake.utils import validate

from evidence_review.codedeps import code_closure
from evidence_review.errors import InputError
from evidence_review.snakemake_hooks import cancel_scheduler_timers_at_exit
from evidence_review.sources import discover
from evidence_review.vocabulary import Vocabulary

validate(config, "../schemas/config.schema.yaml")
# every Snakemake process of the workflow ends when its work does (see snakemake_hooks)
cancel_scheduler_timers_at_exit()

try:
    SOURCES = {s.id: s for s in discover(config["sources_dir"])}
    VOCABULARY = Vocabulary.load(config["vocabulary"])
except InputError as exc:
    raise WorkflowError(str(exc)) from None


def _check_names(key, values, allowed):
    values = values if isinstance(values, list) else [values]
    unknown = [v for v in values if v not in allowed]
    if unknown:
        raise WorkflowError(
            f"config.yaml: {key}: unknown value(s) {', '.join(map(repr, unknown))}; "
            f"allowed (from {config['vocabulary']}): {', '.join(sorted(allowed))}"
        )


_SUBGROUPS = {
    "overall",
    *[f"score {lv}" for lv in VOCABULARY.levels],
    *VOCABULARY.subgroup_phrases,
}
for _plot, _spec in config["forest_plots"].items():
    _sel = _spec["select"]
    _check_names(
        f"forest_plots/{_plot}/select/trial", _sel.get("trial", []), VOCABULARY.trials
    )
    _check_names(
        f"forest_plots/{_plot}/select/outcome",
        _sel.get("outcome", []),
        VOCABULARY.outcomes,
    )
    _check_names(
        f"forest_plots/{_plot}/select/subgroup", _sel.get("subgroup", []), _SUBGROUPS
    )
_check_names(
    "review/outcomes",
    [o["name"] for o in config["review"]["outcomes"]],
    VOCABULARY.outcomes,
)
_check_names(
    "review/judgments", list(config["review"].get("judgments", {})), VOCABULARY.trials
)
_TREATMENTS_OF_TRIALS = {t.treatment for t in VOCABULARY.trials.values()}
_check_names(
    "review/interventions", config["review"]["interventions"], _TREATMENTS_OF_TRIALS
)
_TREATMENTS = {
    *VOCABULARY.treatments,
    *(t.treatment for t in VOCABULARY.trials.values()),
}
for _name, _treatments in config.get("pooling", {}).get("comparisons", {}).items():
    _check_names(f"pooling/comparisons/{_name}", _treatments, _TREATMENTS)
_check_names(
    "pooling/timepoint_windows",
    list(config.get("pooling", {}).get("timepoint_windows", {})),
    VOCABULARY.outcomes,
)
if "gray_zone" in config:
    for _treatment, _outcome in config["gray_zone"]["primary_outcomes"].items():
        _check_names("gray_zone/primary_outcomes", _treatment, VOCABULARY.treatments)
        _check_names(
            f"gray_zone/primary_outcomes/{_treatment}", _outcome, VOCABULARY.outcomes
        )
elif VOCABULARY.levels:
    logger.warning(
        f"config.yaml: no gray_zone key, so the review has no figure of the evidence by level of "
        f"the severity scale that {config['vocabulary']} defines; add gray_zone (title, "
        f"primary_outcomes) to draw it"
    )

# Library code each rule runs, derived from the imports of its script or notebook (and of the
# modules those import): an edit of any of them re-runs exactly the rules that run it. Paths are
# relative to the working directory, so that a moved or copied project is not rebuilt.
PACKAGE = Path(os.path.relpath(SRC)) / "evidence_review"
SCRIPTS = Path(os.path.relpath(workflow.basedir)) / "workflow" / "scripts"
ENV = "../../environment.yml"


def code_of(*entries):
    """The package modules (and script helpers) that scripts, notebooks or modules run."""
    return code_closure(entries, PACKAGE)


EXTRACTED_TABLES = ["results", "claims", "statements", "recommendations", "unexplained"]
TABLES = [
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
]
GRAY_ZONE = "gray_zone" in config and bool(VOCABULARY.levels)


# what each figure writes: results/figures/<stem><ext>
FIGURE_FILES = {"svg": ".svg", "png": ".png", "data": ".csv", "alt": ".alt.txt"}


class FigureRun(NamedTuple):
    """One figure: its notebook, the executed copy, the figure files' stem, its parameters."""

    notebook: str
    output: str
    stem: str
    parameters: dict

    def file(self, kind):
        return f"results/figures/{self.stem}{FIGURE_FILES[kind]}"


def _figure(notebook, name, stem, **parameters):
    return FigureRun(
        f"notebooks/{notebook}.ipynb",
        f"results/notebooks/{name}.ipynb",
        stem,
        {**parameters, "output_stem": f"results/figures/{stem}"},
    )


_TABLES = "results/tables"
FIGURE_RUNS = [
    *(
        _figure(
            "forest_plot",
            f"forest_plot-{plot}",
            f"forest-{plot}",
            evidence=f"{_TABLES}/evidence.csv",
            subgroup_tests=f"{_TABLES}/subgroup_tests.csv",
            vocabulary=config["vocabulary"],
            spec_json=json.dumps(spec, sort_keys=True),
        )
        for plot, spec in config["forest_plots"].items()
    ),
    *(
        [
            _figure(
                "gray_zone",
                "gray_zone",
                "gray-zone",
                evidence=f"{_TABLES}/evidence.csv",
                statements=f"{_TABLES}/statements.csv",
                vocabulary=config["vocabulary"],
                primary_json=json.dumps(
                    config["gray_zone"]["primary_outcomes"], sort_keys=True
                ),
                title=config["gray_zone"]["title"],
            )
        ]
        if GRAY_ZONE
        else []
    ),
    _figure(
        "meta_analysis",
        "meta_analysis",
        "meta-analysis",
        pooled=f"{_TABLES}/pooled.csv",
        evidence=f"{_TABLES}/evidence.csv",
        vocabulary=config["vocabulary"],
        title="Meta-analyses (random effects)",
    ),
]
FIGURES_STEMS = [run.stem for run in FIGURE_RUNS]
PREVIOUS = config["review"].get("previous")
CORPUS = config.get("corpus", {})
CORPUS_SHARDS = [
    f"results/corpus/shard-{i}-of-{CORPUS.get('shards', 1)}.csv"
    for i in range(CORPUS.get("shards", 1))
]
REVIEW_OUTPUTS = [
    "results/review/review.html",
    "results/review/review.pdf",
    *(["results/tables/corpus_results.csv"] if CORPUS else []),
]


def extracted(table):
    return expand(
        "results/extracted/{source}/{table}.csv", source=sorted(SOURCES), table=table
    )


def folder_of(name):
    """A params function: the folder of the rule's first input file named ``name``."""
    return lambda wildcards, input: os.path.dirname(
        input[name][0] if isinstance(input[name], list) else input[name]
    )


def remove_stale_figures():
    """Figures (and their notebooks) of plots no longer in the config do not linger in results/."""
    keep = set(FIGURES_STEMS)
    for path in Path("results/figures").glob("*"):
        if path.name.split(".")[0] not in keep:
            path.unlink()
    notebooks = {Path(run.output).name for run in FIGURE_RUNS}
    for path in Path("results/notebooks").glob("*.ipynb"):
        if path.name not in notebooks and not path.name.startswith("."):
            path.unlink()
