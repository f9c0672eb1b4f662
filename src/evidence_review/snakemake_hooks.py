"""Code the workflow's Snakemake hooks run (``onsuccess`` in the Snakefile).

After every scheduling pass Snakemake (9.x) starts a :class:`threading.Timer` that wakes its
scheduler again once the job rate limit's timespan has passed (``--max-jobs-per-timespan``, one
second by default; a shorter span cannot be given). The timer is not a daemon thread, so the
process waits for the last one before it exits: up to a second after every build, a tenth of a
cold build of the review. Once the run has succeeded there is nothing left to schedule, and the
``onsuccess`` hook cancels it. ``tests/test_workflow.py`` checks, on a one-rule workflow run by the
installed Snakemake, that such a timer is left when the hook is absent and none when it runs, so
an upgrade that changes either is seen.
"""

from __future__ import annotations

import threading


def cancel_scheduler_timers() -> int:
    """Cancel the timers Snakemake's job scheduler left waiting; how many there were."""
    cancelled = 0
    for thread in threading.enumerate():
        wakes = getattr(thread, "function", None)
        if isinstance(thread, threading.Timer) and "JobScheduler." in getattr(wakes, "__qualname__", ""):
            thread.cancel()
            cancelled += 1
    return cancelled
