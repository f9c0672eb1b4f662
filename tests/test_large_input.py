"""A very large source text: 50 MB in one file is extracted in linear time within a stated memory
bound (README: under 1 GB of resident memory)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.e2e
MEMORY_BOUND_MB = 1024


def test_fifty_megabytes_in_one_file(tmp_path, root, seed):
    sys.path.insert(0, str(root / "benchmarks"))
    from run import make_corpus

    make_corpus(1000, tmp_path / "parts", seed=3, sources_dir=seed / "data" / "sources")
    parts = [p.read_text(encoding="utf-8") for p in sorted((tmp_path / "parts").glob("doc*.txt"))]
    big = tmp_path / "big.txt"
    size = 0
    with open(big, "w", encoding="utf-8") as out:
        i = 0
        while size < 50_000_000:
            out.write(parts[i % len(parts)] + "\n\n")
            size += len(parts[i % len(parts)]) + 2
            i += 1
    with open(tmp_path / "out.csv", "w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "evidence_review.cli", "extract", str(big), "--vocabulary",
             str(seed / "data/vocabulary.yaml")],
            stdout=out, stderr=subprocess.PIPE,
        )  # fmt: skip
        _, status, usage = os.wait4(proc.pid, 0)  # the child's own peak memory
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        errors = proc.stderr.read().decode()
        proc.stderr.close()
    assert proc.returncode == 0, errors[-2000:]
    peak_mb = usage.ru_maxrss / 1024
    assert peak_mb < MEMORY_BOUND_MB, f"peak memory {peak_mb:.0f} MB"
    with open(tmp_path / "out.csv") as written:
        rows = sum(1 for _ in written) - 1
    assert rows > 10_000
