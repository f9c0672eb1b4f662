"""What the workflow does to Snakemake's own process (registered by ``workflow/rules/common.smk``).

After every scheduling pass Snakemake (9.x) starts a :class:`threading.Timer` that wakes its
scheduler again once the job rate limit's timespan has passed (``--max-jobs-per-timespan``, one
second by default; a shorter span cannot be given). The timer is not a daemon thread, so the
process waits for the last one before it exits: up to a second after every build, and after every
job a cluster runs, where each job is a Snakemake process of its own. When the interpreter shuts
down there is nothing left to schedule, so the timers are cancelled then: at parse time the
Snakefile registers :func:`cancel_scheduler_timers` to run just before Python joins the remaining
threads. Hooks (``onsuccess``) would not do: the processes Snakemake spawns for a cluster job run
with ``--no-hooks``; every Snakemake process parses the Snakefile.

``tests/test_workflow.py`` checks, on a one-rule workflow run by the installed Snakemake with
``--no-hooks``, that such a timer is waiting at exit and that the process ends at once, so an
upgrade that changes either is seen.
"""

from __future__ import annotations

import threading

_registered = False


def cancel_scheduler_timers() -> int:
    """Cancel the timers Snakemake's job scheduler left waiting; how many there were."""
    cancelled = 0
    for thread in threading.enumerate():
        wakes = getattr(thread, "function", None)
        if isinstance(thread, threading.Timer) and "JobScheduler." in getattr(wakes, "__qualname__", ""):
            thread.cancel()
            cancelled += 1
    return cancelled


def cancel_scheduler_timers_at_exit() -> None:
    """Have :func:`cancel_scheduler_timers` run when this process exits, before Python waits for its
    non-daemon threads (``threading``'s own exit hook, which :mod:`concurrent.futures` uses too;
    ``atexit`` runs only after that wait). Once per process, however often the Snakefile is parsed."""
    global _registered
    if not _registered:
        threading._register_atexit(cancel_scheduler_timers)
        _registered = True
