"""What built a review: the pipeline version and the build date (no clock: reproducible)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess


def build_info() -> dict[str, str]:
    """Date and version of the build: SOURCE_DATE_EPOCH if set, else the commit's date."""

    def git(*args: str) -> str:
        try:
            return subprocess.run(["git", *args], capture_output=True, text=True, check=True).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            return ""

    # The commit only: an uncommitted edit re-runs exactly the rules whose code it touches (their
    # inputs), not the review's text as well; a new commit re-runs the review's text.
    commit = git("rev-parse", "--short=12", "HEAD") or "unknown (not a git checkout)"
    epoch = os.environ.get("SOURCE_DATE_EPOCH") or git("log", "-1", "--format=%ct") or "0"
    date = dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).strftime("%Y-%m-%d")
    return {"commit": commit, "date": date}
