"""Benchmark of the pipeline (``make bench``); not part of the test suite.

Prints, for the machine it runs on, the median of several runs of:

* cold build: a fresh copy of the project (no results), ``snakemake --cores 4`` to the review;
* no-op build: nothing changed;
* one source edited: which jobs re-run, and how long they take;
* the floor: the parts no build can avoid, measured in the same run: interpreter start and
  imports, one figure notebook, one render; and cold build / floor;
* extraction: characters per second on one core, and wall time and peak memory for 1, 100,
  1,000 and 10,000 documents generated from the sources (varied, not copies), with the scaling
  exponent of time against the number of documents.

Targets (2 cores, pandoc + typst engine): cold build under 20 s and at most 3 times the floor;
no-op under 1.5 s; extraction at least 1 MB/s per core, linear, peak memory under 500 MB for
10,000 documents. Options: ``--runs N`` (default 3), ``--max-docs N`` (default 10000), ``--quick``.
"""

from __future__ import annotations

import argparse
import math
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from helpers import copy_project  # noqa: E402

BIN = Path(sys.executable).parent
ENV = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}", "SOURCE_DATE_EPOCH": "1700000000"}


def timed(cmd: list[str], cwd: Path) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=cwd, env=ENV, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{done.stderr[-3000:]}")
    return elapsed, done.stdout + done.stderr


def timed_with_memory(cmd: list[str], cwd: Path, stdout) -> tuple[float, float]:
    """Wall time (s) and peak resident memory (MB) of one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=ENV, stdout=stdout, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
    errors = proc.stderr.read().decode()
    proc.stderr.close()
    if proc.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{errors[-3000:]}")
    return elapsed, usage.ru_maxrss / 1024


def snakemake(project: Path, *args: str) -> tuple[float, str]:
    return timed([str(BIN / "snakemake"), "--cores", "4", *args], project)


# -- builds -----------------------------------------------------------------------------------------


def bench_builds(runs: int, work: Path) -> dict[str, float]:
    cold, noop, edit, edit_jobs = [], [], [], ""
    built = None
    for i in range(runs):
        project = copy_project(work / f"cold-{i}")
        cold.append(snakemake(project)[0])
        built = project
    for _ in range(runs):
        elapsed, out = snakemake(built)
        assert "Nothing to be done" in out
        noop.append(elapsed)
    source = built / "data/sources/004_e46e1df9711a1620.txt"
    original = source.read_text(encoding="utf-8")
    for i in range(runs):
        source.write_text(original + f"\nEdited for the benchmark ({i}).\n", encoding="utf-8")
        plan = snakemake(built, "-n")[1]
        stats = dict(re.findall(r"^(\w+)\s+(\d+)$", plan, re.M))  # the "Job stats" table (printed twice)
        edit_jobs = ", ".join(f"{rule} {count}" for rule, count in stats.items() if rule not in {"all", "total"})
        edit.append(snakemake(built)[0])
    source.write_text(original, encoding="utf-8")
    snakemake(built)
    floor = bench_floor(built, runs)
    return {"cold": statistics.median(cold), "noop": statistics.median(noop), "edit": statistics.median(edit),
            "edit_jobs": edit_jobs, **floor}  # fmt: skip


def bench_floor(built: Path, runs: int) -> dict[str, float]:
    """The irreducible parts of a build, measured on the built project."""
    imports, plot, render = [], [], []
    for _ in range(runs):
        imports.append(
            timed([sys.executable, "-c", "import snakemake.api, pandas, plotnine, evidence_review.figures"], built)[0]
        )
        out = Path(tempfile.mkdtemp())
        plot.append(
            timed([str(BIN / "papermill"), "--no-progress-bar", "notebooks/gray_zone.ipynb", str(out / "nb.ipynb"),
                   "-p", "evidence", "results/tables/evidence.csv", "-p", "statements", "results/tables/statements.csv",
                   "-p", "vocabulary", "data/vocabulary.yaml", "-p", "output_stem", str(out / "gz")], built)[0]
        )  # fmt: skip
        code = (
            "from evidence_review.render import render_review; import glob;"
            "render_review('reports', 'results/review/parts', sorted(glob.glob('results/figures/*.svg')),"
            "'data/references.bib', 'american-medical-association', {'engine': 'pandoc'},"
            f"'{out}/r.html', '{out}/r.pdf')"
        )
        render.append(timed([sys.executable, "-c", code], built)[0])
        shutil.rmtree(out)
    parts = {"imports": statistics.median(imports), "plot": statistics.median(plot),
             "render": statistics.median(render)}  # fmt: skip
    return {**parts, "floor": sum(parts.values())}


# -- extraction ---------------------------------------------------------------------------------------


def source_texts(sources_dir: Path = ROOT / "data/sources") -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(sources_dir.glob("*.txt"))]


def make_corpus(n: int, directory: Path, seed: int = 7, sources_dir: Path = ROOT / "data/sources") -> int:
    """n documents built from the paragraphs of the texts in ``sources_dir``: shuffled, subsetted,
    numbers perturbed (digits changed, format kept), so that no two documents are copies.
    Returns total characters."""
    rng = random.Random(seed)
    paragraphs = [p for text in source_texts(sources_dir) for p in re.split(r"\n\s*\n", text) if p.strip()]
    directory.mkdir(parents=True, exist_ok=True)
    total = 0
    listing = []
    for i in range(n):
        chosen = rng.sample(paragraphs, k=min(len(paragraphs), rng.randint(8, 30)))
        text = "\n\n".join(chosen)
        text = re.sub(r"\d", lambda m: str((int(m.group(0)) + rng.randint(0, 9)) % 10) if rng.random() < 0.3
                      else m.group(0), text)  # fmt: skip
        path = directory / f"doc{i:05d}.txt"
        path.write_text(text, encoding="utf-8")
        listing.append(str(path))
        total += len(text)
    (directory / "files.txt").write_text("\n".join(listing) + "\n")
    return total


def bench_extraction(max_docs: int, runs: int, work: Path) -> dict[str, object]:
    from evidence_review.extract import Extractor
    from evidence_review.vocabulary import Vocabulary

    extractor = Extractor(Vocabulary.load(ROOT / "data/vocabulary.yaml"))
    texts = source_texts()
    chars = sum(map(len, texts))
    rates = []
    for _ in range(runs):
        start = time.perf_counter()
        for _ in range(10):
            for i, text in enumerate(texts):
                extractor.extract(text, f"s{i}")
        rates.append(10 * chars / (time.perf_counter() - start))
    scaling = []
    for n in [x for x in (1, 100, 1000, 10000) if x <= max_docs]:
        corpus = work / f"corpus-{n}"
        total = make_corpus(n, corpus)
        cmd = [sys.executable, "-m", "evidence_review.cli", "extract", "--vocabulary",
               str(ROOT / "data/vocabulary.yaml"), "--files-from", str(corpus / "files.txt")]  # fmt: skip
        with open(corpus / "out.csv", "w") as out:
            wall, peak = timed_with_memory(cmd, ROOT, out)
        with open(corpus / "out.csv") as written:
            rows = sum(1 for _ in written) - 1
        scaling.append({"docs": n, "chars": total, "seconds": wall, "peak_mb": peak, "rows": rows})
        shutil.rmtree(corpus)
    big = [s for s in scaling if s["docs"] >= 100]
    exponent = float("nan")
    if len(big) >= 2:
        xs = [math.log(s["chars"]) for s in big]
        ys = [math.log(s["seconds"]) for s in big]
        mx, my = statistics.fmean(xs), statistics.fmean(ys)
        exponent = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)
    return {"rate": statistics.median(rates), "scaling": scaling, "exponent": exponent}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--max-docs", type=int, default=10000)
    parser.add_argument("--quick", action="store_true", help="one run, up to 1,000 documents")
    args = parser.parse_args()
    runs, max_docs = (1, 1000) if args.quick else (args.runs, args.max_docs)
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; median of {runs} run(s)")
    with tempfile.TemporaryDirectory(prefix="evidence-bench-") as tmp:
        work = Path(tmp)
        builds = bench_builds(runs, work)
        extraction = bench_extraction(max_docs, runs, work)

    def verdict(ok: bool) -> str:
        return "meets target" if ok else "MISSES target"

    ratio = builds["cold"] / builds["floor"]
    print("\nbuilds (snakemake --cores 4, pandoc + typst)")
    print(f"  cold build           {builds['cold']:6.1f} s   target < 20 s: {verdict(builds['cold'] < 20)}")
    print(f"  no-op build          {builds['noop']:6.2f} s   target < 1.5 s: {verdict(builds['noop'] < 1.5)}")
    print(f"  one source edited    {builds['edit']:6.1f} s   jobs: {builds['edit_jobs']}")
    print(f"  floor                {builds['floor']:6.1f} s   = imports {builds['imports']:.1f} + one plot "
          f"{builds['plot']:.1f} + one render {builds['render']:.1f}")  # fmt: skip
    print(f"  cold / floor         {ratio:6.1f}     target <= 3: {verdict(ratio <= 3)}")
    rate = extraction["rate"] / 1e6
    print("\nextraction (one core)")
    print(f"  throughput           {rate:6.2f} MB/s (characters)   target >= 1: {verdict(rate >= 1)}")
    print(f"  {'documents':>10} {'MB':>8} {'seconds':>9} {'MB/s':>7} {'peak MB':>9} {'rows':>8}")
    for s in extraction["scaling"]:
        print(f"  {s['docs']:>10,} {s['chars'] / 1e6:>8.1f} {s['seconds']:>9.1f} "
              f"{s['chars'] / 1e6 / s['seconds']:>7.2f} {s['peak_mb']:>9.0f} {s['rows']:>8,}")  # fmt: skip
    peak = max(s["peak_mb"] for s in extraction["scaling"])
    print(f"  scaling exponent     {extraction['exponent']:6.2f}   (1 = linear in the number of documents)")
    print(f"  peak memory          {peak:6.0f} MB   target < 500 MB: {verdict(peak < 500)}")


if __name__ == "__main__":
    main()
