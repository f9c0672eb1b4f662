"""The floor of a build, for the benchmark: the same work as `snakemake --cores 4` in one Python
process, with no scheduler, no job processes and no Jupyter kernels.

Run in a built project (it reads config.yaml, the sources and the executed figure notebooks,
whose injected parameters say what each figure draws); writes everything to a scratch folder and
prints the seconds of each stage as JSON. ``python benchmarks/floor.py SCRATCH``.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

started = time.perf_counter()
import nbformat  # noqa: E402
import yaml  # noqa: E402

from evidence_review import review, stages  # noqa: E402
from evidence_review.render import render_review  # noqa: E402
from evidence_review.sources import discover  # noqa: E402

scratch = Path(sys.argv[1])
seconds = {"imports": time.perf_counter() - started}


def timed(name, work):
    start = time.perf_counter()
    work()
    seconds[name] = time.perf_counter() - start


config = yaml.safe_load(Path("config.yaml").read_text())
sources = discover(config["sources_dir"])
extracted = {s.id: {t: scratch / "extracted" / s.id / f"{t}.csv" for t in stages.EXTRACTED_TABLES} for s in sources}
tables = {t: scratch / "tables" / f"{t}.csv" for t in stages.COMBINED_TABLES}
settings = {k: config[k] for k in ("source_priority", "pooling") if k in config}


def extract():
    for s in sources:
        stages.extract_source(s.text_path, s.meta_path, config["vocabulary"], extracted[s.id])


def figures():
    (scratch / "figures").mkdir(parents=True, exist_ok=True)
    for executed in sorted(Path("results/notebooks").glob("*.ipynb")):
        namespace: dict = {}
        for cell in nbformat.read(str(executed), as_version=4).cells:
            if cell.cell_type == "code":
                exec(cell.source, namespace)  # the project's own notebooks
                if "parameters" in cell.metadata.get("tags", []) or "injected-parameters" in cell.metadata.get(
                    "tags", []
                ):
                    namespace["output_stem"] = str(scratch / "figures" / Path(namespace["output_stem"]).name)


timed("extract", extract)
timed("combine", lambda: stages.combine(extracted, config["sources_dir"], config["vocabulary"], settings, tables))
timed("figures", figures)
timed(
    "write_review",
    lambda: review.write_parts(
        tables_dir=scratch / "tables",
        figures_dir=scratch / "figures",
        templates_dir="reports/templates",
        vocabulary=config["vocabulary"],
        settings={k: config[k] for k in ("review", "forest_plots", "gray_zone", "pooling") if k in config},
        out_dir=scratch / "parts",
        sources_dir=config["sources_dir"],
    ),
)
timed(
    "render",
    lambda: render_review(
        reports_dir="reports",
        parts_dir=scratch / "parts",
        figures=sorted(str(p) for p in (scratch / "figures").glob("*.svg")),
        bibliography=config["bibliography"],
        csl_style=config["csl_style"],
        settings=config["review"],
        html_out=scratch / "review.html",
        pdf_out=scratch / "review.pdf",
    ),
)
print(json.dumps(seconds))
