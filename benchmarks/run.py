"""Benchmark of the pipeline (``make bench``); not part of the test suite.

Prints, for the machine it runs on, medians of several runs, each beside its target and the
reference it is measured against in the same run:

* cold build: a fresh copy of the project (no results), ``snakemake --cores 4`` to the review,
  and the table of where its seconds go (one row per rule, from the rules' ``benchmark:`` files);
* the floor: Snakemake's own no-op on a one-rule workflow plus the same work in one Python process
  with no scheduler, job processes or kernels (``benchmarks/floor.py``); cold build / floor;
* no-op build, against Snakemake's own no-op on a one-rule workflow;
* one source edited: the jobs that re-run and their time;
* extraction: characters per second on one core (generic mode and with the review's vocabulary),
  wall time and peak memory for 1 to 10,000 generated documents, the scaling exponent;
* a corpus of 10,000 generated documents extracted by the workflow in shards (the ``corpus``
  key), and with ``--slurm`` the same through ``profiles/slurm`` on a one-node SLURM cluster
  started for the purpose (needs root, slurm-wlm and munge), and the review through the profile.

Targets (issue 16, 2 cores): cold build at most 10 s and at most 1.5 x the floor; no-op at most
1.2 x Snakemake's own; one source edited at most 6 s; extraction at least 1 MB/s per core, linear,
peak memory under 500 MB for 10,000 documents; SLURM overhead under 2 s per job.
Options: ``--runs N`` (default 3), ``--max-docs N`` (default 10000), ``--quick``, ``--slurm``.
"""

from __future__ import annotations

import argparse
import json
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


def snakemake(project: Path, *args: str, env: dict | None = None) -> tuple[float, str]:
    """Run snakemake with --cores 4 (or, with a profile, the profile's cores) in ``project``."""
    cores = [] if "--profile" in args else ["--cores", "4"]
    start = time.perf_counter()
    done = subprocess.run([str(BIN / "snakemake"), *cores, *args], cwd=project,
                          env={**ENV, **(env or {})}, capture_output=True, text=True)  # fmt: skip
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"failed: snakemake {' '.join(args)}\n{done.stdout[-2000:]}\n{done.stderr[-3000:]}")
    return elapsed, done.stdout + done.stderr


def job_counts(plan: str) -> dict[str, int]:
    """The "Job stats" table of a Snakemake run or dry run, without the totals."""
    return {rule: int(n) for rule, n in re.findall(r"^(\w+)\s+(\d+)$", plan, re.M) if rule not in {"all", "total"}}


# -- builds -----------------------------------------------------------------------------------------


def snakemake_own_noop(work: Path, runs: int) -> float:
    """Snakemake's own no-op: a one-rule workflow with its output present."""
    one = work / "one-rule"
    one.mkdir()
    (one / "Snakefile").write_text('rule a:\n    output:\n        "a.txt"\n    shell:\n        "touch {output}"\n')
    snakemake(one)
    return statistics.median(snakemake(one)[0] for _ in range(runs))


def per_rule(project: Path) -> list[dict[str, object]]:
    """Where a build's seconds went: the rules' benchmark files (wall s, CPU s, peak memory)."""
    rows: dict[str, dict[str, float]] = {}
    for tsv in sorted((project / "benchmarks/out").rglob("*.tsv")):
        rule = tsv.relative_to(project / "benchmarks/out").parts[0].removesuffix(".tsv")
        header, *values = tsv.read_text().splitlines()
        fields = dict(zip(header.split("\t"), values[-1].split("\t"), strict=True))
        row = rows.setdefault(rule, {"jobs": 0, "wall": 0.0, "cpu": 0.0, "rss": 0.0})
        row["jobs"] += 1
        row["wall"] += float(fields["s"])
        row["cpu"] += float(fields["cpu_time"])
        row["rss"] = max(row["rss"], float(fields["max_rss"]) if fields["max_rss"] != "NA" else 0.0)
    return [{"rule": rule, **row} for rule, row in rows.items()]


def bench_builds(runs: int, work: Path) -> dict[str, object]:
    own = snakemake_own_noop(work, runs)
    cold, noop, edit, edit_jobs = [], [], [], {}
    built = None
    for i in range(runs):
        project = copy_project(work / f"cold-{i}")
        cold.append(snakemake(project)[0])
        built = project
    rules = per_rule(built)
    for _ in range(runs):
        elapsed, out = snakemake(built)
        assert "Nothing to be done" in out
        noop.append(elapsed)
    source = sorted((built / "data/sources").glob("*.txt"))[-1]
    original = source.read_text(encoding="utf-8")
    for i in range(runs):
        source.write_text(original + f"\nEdited for the benchmark ({i}).\n", encoding="utf-8")
        edit_jobs = job_counts(snakemake(built, "-n")[1])
        edit.append(snakemake(built)[0])
    source.write_text(original, encoding="utf-8")
    snakemake(built)
    floor = bench_floor(built, runs)
    return {"cold": statistics.median(cold), "noop": statistics.median(noop), "own_noop": own,
            "edit": statistics.median(edit), "edit_jobs": edit_jobs, "rules": rules,
            "floor": own + floor["total"], "floor_parts": floor}  # fmt: skip


def bench_floor(built: Path, runs: int) -> dict[str, float]:
    """The stages in one process (benchmarks/floor.py), median of ``runs`` (seconds per stage)."""
    measured = []
    for _ in range(runs):
        scratch = Path(tempfile.mkdtemp())
        start = time.perf_counter()
        _, out = timed([sys.executable, str(ROOT / "benchmarks/floor.py"), str(scratch)], built)
        parts = json.loads(out.strip().splitlines()[-1])
        parts["total"] = time.perf_counter() - start
        measured.append(parts)
        shutil.rmtree(scratch)
    middle = sorted(measured, key=lambda p: p["total"])[len(measured) // 2]
    return middle


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

    texts = source_texts()
    chars = sum(map(len, texts))
    # the command line and the corpus rules write the results only; the review's extract rule
    # also writes the coverage audit. The modes take turns (this machine's speed drifts), after
    # a warm-up (patterns compiled on first use); the median of the runs.
    modes = {
        "generic": (Extractor(Vocabulary.empty()), False),
        "generic + audit": (Extractor(Vocabulary.empty()), True),
        "vocabulary + audit": (Extractor(Vocabulary.load(ROOT / "data/vocabulary.yaml")), True),
    }
    measured: dict[str, list[float]] = {mode: [] for mode in modes}
    for run in range(runs + 1):
        for mode, (extractor, audit) in modes.items():
            start = time.perf_counter()
            for _ in range(5):
                for i, text in enumerate(texts):
                    extractor.extract(text, f"s{i}", audit=audit)
            if run:
                measured[mode].append(5 * chars / (time.perf_counter() - start))
    rates = {mode: statistics.median(values) for mode, values in measured.items()}
    scaling = []
    for n in [x for x in (1, 100, 1000, 10000) if x <= max_docs]:
        corpus = work / f"corpus-{n}"
        total = make_corpus(n, corpus)
        cmd = [sys.executable, "-m", "evidence_review.cli", "extract", "--files-from", str(corpus / "files.txt")]
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
    return {"rates": rates, "scaling": scaling, "exponent": exponent}


# -- a corpus in shards, locally and through SLURM ---------------------------------------------------


def corpus_project(work: Path, docs: int, shards: int) -> Path:
    import yaml

    project = copy_project(work / f"corpus-project-{docs}")
    make_corpus(docs, project / "data/corpus")
    (project / "data/corpus/files.txt").unlink()
    config = yaml.safe_load((project / "config.yaml").read_text())
    config["corpus"] = {"path": "data/corpus", "shards": shards}
    (project / "config.yaml").write_text(yaml.safe_dump(config, sort_keys=False))
    return project


def bench_corpus(work: Path, docs: int, shards: int, slurm_env: dict | None) -> dict[str, float]:
    target = "results/tables/corpus_results.csv"
    project = corpus_project(work, docs, shards)
    result = {"docs": docs, "shards": shards, "local": snakemake(project, target)[0]}
    mb = sum(p.stat().st_size for p in (project / "data/corpus").glob("*.txt")) / 1e6
    result["mb"] = mb
    if slurm_env is not None:
        shutil.rmtree(project / "results")
        shutil.rmtree(project / ".snakemake")
        result["slurm"] = snakemake(project, target, "--profile", "profiles/slurm", env=slurm_env)[0]
    return result


def bench_slurm_review(work: Path, env: dict, local_cold: float) -> dict[str, object]:
    project = copy_project(work / "slurm-review")
    elapsed, out = snakemake(project, "--profile", "profiles/slurm", env=env)
    submitted = len(re.findall(r"submitted with SLURM jobid", out))
    return {"wall": elapsed, "jobs": submitted, "per_job": (elapsed - local_cold) / max(submitted, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--max-docs", type=int, default=10000)
    parser.add_argument("--quick", action="store_true", help="one run, up to 1,000 documents")
    parser.add_argument("--slurm", action="store_true", help="also through a one-node SLURM cluster (root)")
    args = parser.parse_args()
    runs, max_docs = (1, 1000) if args.quick else (args.runs, args.max_docs)
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; median of {runs} run(s)")
    with tempfile.TemporaryDirectory(prefix="evidence-bench-") as tmp:
        work = Path(tmp)
        builds = bench_builds(runs, work)
        extraction = bench_extraction(max_docs, runs, work)
        slurm = None
        if args.slurm:
            sys.path.insert(0, str(ROOT / "tests"))
            import slurm_cluster

            if not slurm_cluster.available():
                raise SystemExit("--slurm: needs root, slurm-wlm and munge (tools/system-deps.sh), and no SLURM set up")
            with slurm_cluster.cluster(work / "cluster") as env:
                corpus = bench_corpus(work, max_docs, 4, env)
                slurm = bench_slurm_review(work, env, builds["cold"])
        else:
            corpus = bench_corpus(work, max_docs, 4, None)
    report(builds, extraction, corpus, slurm)


def report(builds: dict, extraction: dict, corpus: dict, slurm: dict | None) -> None:
    def verdict(ok: bool) -> str:
        return "meets target" if ok else "MISSES target"

    ratio = builds["cold"] / builds["floor"]
    noop_ratio = builds["noop"] / builds["own_noop"]
    parts = builds["floor_parts"]
    print("\nbuilds (snakemake --cores 4, pandoc + typst)")
    print(f"  cold build            {builds['cold']:6.1f} s   target <= 10 s: {verdict(builds['cold'] <= 10)}")
    print(f"  floor                 {builds['floor']:6.1f} s   = Snakemake's own start {builds['own_noop']:.1f}"
          f" + the stages "
          f"in one process {parts['total']:.1f} (imports {parts['imports']:.1f}, extract {parts['extract']:.1f}, "
          f"combine {parts['combine']:.1f}, figures {parts['figures']:.1f}, review {parts['write_review']:.1f}, "
          f"render {parts['render']:.1f})")  # fmt: skip
    print(f"  cold / floor          {ratio:6.2f}     target <= 1.5: {verdict(ratio <= 1.5)}")
    print(f"  no-op build           {builds['noop']:6.2f} s   Snakemake's own no-op (one rule) "
          f"{builds['own_noop']:.2f} s; "
          f"ratio {noop_ratio:.2f}, target <= 1.2: {verdict(noop_ratio <= 1.2)}")  # fmt: skip
    jobs = ", ".join(f"{rule} {n}" for rule, n in builds["edit_jobs"].items())
    print(
        f"  one source edited     {builds['edit']:6.1f} s   target <= 6 s: {verdict(builds['edit'] <= 6)}; jobs: {jobs}"
    )
    print("\n  where a cold build's seconds go (benchmark: files of the rules; jobs of a rule summed)")
    print(f"  {'rule':<22} {'jobs':>5} {'wall s':>8} {'CPU s':>8} {'peak MB':>8}")
    for row in builds["rules"]:
        print(f"  {row['rule']:<22} {row['jobs']:>5} {row['wall']:>8.1f} {row['cpu']:>8.1f} {row['rss']:>8.0f}")
    print("\nextraction (one core)")
    for mode, rate in extraction["rates"].items():
        mbs = rate / 1e6
        print(f"  {mode:<20} {mbs:6.2f} MB/s (characters)   target >= 1: {verdict(mbs >= 1)}")
    print(f"  {'documents':>10} {'MB':>8} {'seconds':>9} {'MB/s':>7} {'peak MB':>9} {'rows':>8}   (generic mode)")
    for s in extraction["scaling"]:
        print(f"  {s['docs']:>10,} {s['chars'] / 1e6:>8.1f} {s['seconds']:>9.1f} "
              f"{s['chars'] / 1e6 / s['seconds']:>7.2f} {s['peak_mb']:>9.0f} {s['rows']:>8,}")  # fmt: skip
    peak = max(s["peak_mb"] for s in extraction["scaling"])
    print(f"  scaling exponent      {extraction['exponent']:6.2f}   (1 = linear in the number of documents)")
    print(f"  peak memory           {peak:6.0f} MB   target < 500 MB: {verdict(peak < 500)}")
    print(f"\ncorpus in shards ({corpus['docs']:,} documents, {corpus['mb']:.0f} MB, {corpus['shards']} shards, "
          f"the workflow's extract_corpus_shard and gather_corpus rules)")  # fmt: skip
    print(f"  local                 {corpus['local']:6.1f} s")
    if slurm is not None:
        print(f"  one-node SLURM        {corpus['slurm']:6.1f} s")
        print("\nthe review through profiles/slurm (one-node cluster on this machine)")
        jobs = f"{slurm['jobs']} SLURM jobs; local cold build {builds['cold']:.1f} s"
        print(f"  wall                  {slurm['wall']:6.1f} s   ({jobs})")
        print(f"  overhead per job      {slurm['per_job']:6.1f} s   target < 2 s: {verdict(slurm['per_job'] < 2)}")


if __name__ == "__main__":
    main()
