"""A one-node SLURM cluster on 127.0.0.1 for the tests, from Debian's slurm-wlm and munge.

Everything lives in one temporary folder (configuration, state, logs, the munge key and socket);
the daemons are started in the foreground as child processes and stopped by their PIDs. The
configuration is written to /etc/slurm/slurm.conf, where srun inside a job looks for it, and
removed afterwards; a machine that already has one (a real cluster) is not touched: the caller
skips. No accounting database: jobs are followed with ``squeue`` (the profile's
``slurm-status-command``).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

DAEMONS = ("munged", "slurmctld", "slurmd")
SYSTEM_CONF = Path("/etc/slurm/slurm.conf")


def available() -> bool:
    """The Debian packages are installed, this user may write /etc/slurm, and no cluster is configured."""
    installed = all(shutil.which(d) or Path(f"/usr/sbin/{d}").exists() for d in DAEMONS) and bool(
        shutil.which("sbatch")
    )
    return installed and os.access(SYSTEM_CONF.parent, os.W_OK) and not SYSTEM_CONF.exists()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _conf(root: Path, node: str, cpus: int, memory_mb: int) -> str:
    return f"""\
ClusterName=evidencereview
SlurmctldHost={node}(127.0.0.1)
SlurmctldPort={_free_port()}
SlurmdPort={_free_port()}
AuthType=auth/munge
AuthInfo=socket={root}/munge/munge.socket
CredType=cred/munge
SlurmUser=root
SlurmdUser=root
StateSaveLocation={root}/state
SlurmdSpoolDir={root}/spool
SlurmctldPidFile={root}/slurmctld.pid
SlurmdPidFile={root}/slurmd.pid
SlurmctldLogFile={root}/slurmctld.log
SlurmdLogFile={root}/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core_Memory
ReturnToService=2
MpiDefault=none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SlurmctldTimeout=30
SlurmdTimeout=30
InactiveLimit=0
MinJobAge=300
KillWait=5
Waittime=0
SchedulerParameters=sched_interval=1,batch_sched_delay=0
NodeName={node} NodeAddr=127.0.0.1 CPUs={cpus} RealMemory={memory_mb} State=UNKNOWN
PartitionName=debug Nodes={node} Default=YES MaxTime=INFINITE State=UP
"""


@contextlib.contextmanager
def cluster(root: Path, cpus: int = 2, memory_mb: int = 4000, timeout: float = 30.0) -> Iterator[dict[str, str]]:
    """Start munged, slurmctld and slurmd; yield the environment for sbatch/squeue; stop them."""
    root.mkdir(parents=True, exist_ok=True)
    for sub in ("munge", "state", "spool"):
        (root / sub).mkdir(exist_ok=True)
    os.chmod(root / "munge", 0o700)
    key = root / "munge" / "munge.key"
    key.write_bytes(os.urandom(1024))
    os.chmod(key, 0o400)
    node = socket.gethostname().split(".")[0]
    conf = SYSTEM_CONF
    conf.write_text(_conf(root, node, cpus, memory_mb))
    env = {**os.environ, "SLURM_CONF": str(conf)}
    procs: list[subprocess.Popen] = []
    logs = []
    try:
        munge_log = open(root / "munged.out", "w")  # noqa: SIM115 (closed in the finally)
        logs.append(munge_log)
        procs.append(
            subprocess.Popen(
                [
                    "munged",
                    "--foreground",
                    "--force",
                    f"--socket={root}/munge/munge.socket",
                    f"--key-file={key}",
                    f"--pid-file={root}/munge/munged.pid",
                    f"--log-file={root}/munge/munged.log",
                    f"--seed-file={root}/munge/munged.seed",
                ],
                stdout=munge_log,
                stderr=subprocess.STDOUT,
            )
        )
        _wait(lambda: (root / "munge" / "munge.socket").exists(), timeout, "munged did not start", root)
        for daemon in (["slurmctld", "-D", "-i", "-f", str(conf)], ["slurmd", "-D", "-f", str(conf), "-N", node]):
            out = open(root / f"{daemon[0]}.out", "w")  # noqa: SIM115 (closed in the finally)
            logs.append(out)
            procs.append(subprocess.Popen(daemon, stdout=out, stderr=subprocess.STDOUT, env=env))
            time.sleep(0.2)

        def idle() -> bool:
            done = subprocess.run(["sinfo", "-h", "-o", "%t"], capture_output=True, text=True, env=env)
            return done.returncode == 0 and done.stdout.strip() in {"idle", "mix", "alloc"}

        _wait(idle, timeout, "the node did not come up", root)
        yield env
    finally:
        for proc in reversed(procs):
            if proc.poll() is None:
                proc.terminate()
        for proc in reversed(procs):
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)
        for log in logs:
            log.close()
        conf.unlink(missing_ok=True)


def _wait(ready, timeout: float, message: str, root: Path) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if ready():
            return
        time.sleep(0.1)
    tails = {
        p.name: p.read_text(errors="replace")[-2000:] for p in sorted(root.glob("*.log")) + sorted(root.glob("*.out"))
    }
    raise RuntimeError(f"{message} within {timeout:.0f} s: {tails}")
