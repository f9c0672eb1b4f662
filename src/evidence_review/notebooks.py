"""Executed notebooks as reproducible outputs, several of them run in one kernel.

The figures rule runs its notebooks with papermill, one executed notebook per figure, in as many
Jupyter kernels as the job has threads, each taking the next figure when it is free: a kernel's
start and its imports (pandas, plotnine) are paid once per kernel, not once per figure. Between two
notebooks the kernel's namespace is reset (``%reset -f``), so each notebook sees only its own
parameters and what it defines; imported modules stay loaded, which is the point. Each executed
notebook is then stripped of run times and renumbered from 1, so it has the same bytes as a run
in a fresh kernel of its own.

A figure is drawn again only when what it is drawn from has changed. Each executed notebook
records the SHA-256 of its inputs (``inputs_digest``: the notebook, the code it runs, its
parameters, the files they name, the installed packages); a run whose executed notebook and
products are there with the same digest is kept as it is (its files touched, so they stay
newer than their inputs) and no kernel starts for it. A source edited without changing a number
rewrites the tables, and so re-runs the figures job, but draws nothing.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import logging
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import nbformat

from evidence_review.atomic import atomic_text_file

# papermill and nbclient record times, durations and the kernel's version in the notebook
_VOLATILE_NOTEBOOK_KEYS = ("papermill", "widgets")
_VOLATILE_CELL_KEYS = ("papermill", "execution", "ExecuteTime")
_ADDRESS = re.compile(r" at 0x[0-9a-f]+>")
KERNEL = "python3"  # the kernel of the notebooks (ipykernel, in this Python environment)
_DIGEST_KEY = "evidence_review"  # the executed notebook's metadata: {"inputs_sha256": ...}


@dataclass(frozen=True)
class NotebookRun:
    """One notebook to execute: where it is, where its executed copy goes, its parameters, the
    files it writes besides its executed copy (``products``), and the digest of its inputs
    (``inputs_sha256``, recorded in the executed copy; see :func:`inputs_digest`)."""

    notebook: str
    output: str
    parameters: dict[str, Any]
    products: tuple[str, ...] = ()
    inputs_sha256: str = ""


def installed_packages() -> list[str]:
    """The distributions this Python can import, by the names of their metadata folders, which
    carry name and version (``pandas-2.2.3.dist-info``): listed, not read, in milliseconds."""
    found = set()
    for entry in sys.path:
        with contextlib.suppress(OSError):
            found.update(name for name in os.listdir(entry or ".") if name.endswith((".dist-info", ".egg-info")))
    return sorted(found)


def inputs_digest(run: NotebookRun, code: Iterable[str | Path] = ()) -> str:
    """SHA-256 of what a run's outputs are made from: the notebook, the ``code`` it runs, the
    parameters, the contents of every file a parameter names (other than the run's products), the
    Python and the installed packages. Paths are taken as given (relative to the working
    directory), so a copy of the project elsewhere has the same digests."""
    digest = hashlib.sha256()

    def add(label: str, data: bytes) -> None:
        digest.update(f"{label}\0{len(data)}\0".encode())
        digest.update(data)

    add("notebook", Path(run.notebook).read_bytes())
    for path in sorted({str(p) for p in code}):
        add(f"code {path}", Path(path).read_bytes())
    add("parameters", json.dumps(run.parameters, sort_keys=True).encode())
    for name, value in sorted(run.parameters.items()):
        if _names_a_file(value) and value not in run.products:
            add(f"file {name}", Path(value).read_bytes())
    add("python", f"{sys.version} {KERNEL}".encode())
    add("packages", "\n".join(installed_packages()).encode())
    return digest.hexdigest()


def _names_a_file(value: Any) -> bool:
    try:
        return isinstance(value, str) and bool(value) and Path(value).is_file()
    except (OSError, ValueError):  # a name too long for a path, or with a NUL: a string, no file
        return False


def recorded_digest(executed: str | Path) -> str | None:
    """The inputs' digest an executed notebook was made from (None: none recorded, or no notebook)."""
    try:
        metadata = json.loads(Path(executed).read_text(encoding="utf-8")).get("metadata", {})
    except (OSError, ValueError):
        return None
    return metadata.get(_DIGEST_KEY, {}).get("inputs_sha256")


def is_current(run: NotebookRun) -> bool:
    """Whether a run's executed notebook and products are there, made from the same inputs."""
    return (
        bool(run.inputs_sha256)
        and all(Path(p).is_file() for p in run.products)
        and recorded_digest(run.output) == run.inputs_sha256
    )


def strip_notebook(source: str | Path, target: str | Path, inputs_sha256: str = "") -> None:
    """Copy an executed notebook without run times, durations and other volatile metadata, its
    code cells numbered 1, 2, ... as in a kernel of its own, with the digest of its inputs."""
    nb = nbformat.read(str(source), as_version=4)
    for key in _VOLATILE_NOTEBOOK_KEYS:
        nb.metadata.pop(key, None)
    nb.metadata.get("language_info", {}).pop("version", None)
    if inputs_sha256:
        nb.metadata[_DIGEST_KEY] = {"inputs_sha256": inputs_sha256}
    count = 0
    for index, cell in enumerate(nb.cells):
        for key in _VOLATILE_CELL_KEYS:
            cell.metadata.pop(key, None)
        cell.id = f"cell-{index}"  # papermill gives the injected parameters cell a random id
        if cell.cell_type != "code":
            continue
        count += 1
        cell.execution_count = count
        for output in cell.get("outputs", []):
            if "execution_count" in output:
                output["execution_count"] = count
            text = output.get("data", {}).get("text/plain", "")
            # an object's repr shows its memory address ("<ggplot object at 0x7f...>")
            if _ADDRESS.search("".join(text)) and len(output["data"]) > 1:
                del output["data"]["text/plain"]
    with atomic_text_file(target) as handle:
        handle.write(nbformat.writes(nb) + "\n")


def run_notebooks(
    runs: Iterable[NotebookRun],
    kernels: int = 1,
    startup_timeout: int = 120,
    log: logging.Logger | None = None,
    code: Iterable[str | Path] | None = None,
) -> None:
    """Execute ``runs`` in ``kernels`` kernels started in the working directory (each in a process
    of its own, when there are several). The runs are taken in order, each by the first kernel
    that is free: a kernel claims a run by creating its marker file in a folder the kernels share,
    so a kernel that drew a quick figure goes on to the next while another still draws a slow one
    (a fixed share of the runs per kernel left one kernel idle for a second of a cold build).
    Which kernel executed a notebook does not show in it (see the module's docstring).

    With ``code`` (the files of code the notebooks run), each run's executed notebook records
    the digest of its inputs, and a run that :func:`is_current` is kept, not executed again.

    A notebook that fails stops its kernel's runs: papermill raises, and the partly executed copy
    is left beside its output (``.<name>.executing.ipynb``) with the error in it, for the reader
    to open.
    """
    runs = list(runs)
    if code is not None:
        code = list(code)
        runs = [dataclasses.replace(run, inputs_sha256=inputs_digest(run, code)) for run in runs]
        kept = [run for run in runs if is_current(run)]
        for run in kept:
            for path in (*run.products, run.output):
                os.utime(path)
            if log:
                log.info("%s: kept (made from the same inputs, sha256 %s)", run.output, run.inputs_sha256[:12])
        runs = [run for run in runs if run not in kept]
    if not runs:
        return
    kernels = max(1, min(kernels, len(runs)))
    if kernels == 1:
        timings = _run_in_one_kernel(runs, startup_timeout)
    else:  # each kernel is driven by a process of its own (python -m this module)
        with tempfile.TemporaryDirectory(prefix="evidence-review-claims-") as claims:
            job = json.dumps(
                {"runs": [dataclasses.asdict(r) for r in runs], "startup_timeout": startup_timeout, "claims": claims}
            )
            drivers = [
                subprocess.Popen(
                    [sys.executable, "-m", __name__, job], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
                )
                for _ in range(kernels)
            ]
            timings, failures = [], []
            for driver in drivers:
                out, err = driver.communicate()
                if driver.returncode:
                    failures.append(err[-4000:])
                else:
                    timings += [tuple(t) for t in json.loads(out)]
        if failures:
            raise RuntimeError("a figure notebook failed:\n" + "\n".join(failures))
        order = {run.output: i for i, run in enumerate(runs)}
        timings.sort(key=lambda t: order[t[0]])  # the log in the runs' order
    for output, seconds in timings:
        if log:
            log.info("%s: %.1f s", output, seconds)


def _claimed(index: int, claims: Path | None) -> bool:
    """Whether this kernel may execute run ``index``: always when it runs alone (no ``claims``);
    otherwise only if no other kernel has claimed it (creating the marker file is atomic)."""
    if claims is None:
        return True
    try:
        os.close(os.open(claims / str(index), os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except FileExistsError:
        return False
    return True


def _run_in_one_kernel(
    runs: list[NotebookRun], startup_timeout: int, claims: Path | None = None
) -> list[tuple[str, float]]:
    """Execute ``runs`` in order in one new kernel, with ``claims`` those no other kernel has
    claimed (see :func:`run_notebooks`); how long each took."""
    import papermill

    timings = []
    sockets = tempfile.TemporaryDirectory(prefix="evidence-review-kernel-")
    kernel = _kernel_manager(Path(sockets.name))
    kernel.start_kernel(cwd=os.getcwd())
    try:
        client = kernel.client()  # the one connection: papermill gets it for every notebook
        client.start_channels()
        client.wait_for_ready(timeout=startup_timeout)
        for index, run in enumerate(runs):
            if not _claimed(index, claims):
                continue
            if timings:
                _reset_namespace(client, startup_timeout)
            output = Path(run.output)
            output.parent.mkdir(parents=True, exist_ok=True)
            executing = output.with_name(f".{output.stem}.executing.ipynb")
            started = time.perf_counter()
            papermill.execute_notebook(
                run.notebook,
                str(executing),
                parameters=run.parameters,
                kernel_name=KERNEL,
                km=kernel,
                progress_bar=False,
                start_timeout=startup_timeout,
                # written once, when it ends (with the error in it, if a cell fails)
                request_save_on_cell_execute=False,
            )
            strip_notebook(executing, output, run.inputs_sha256)
            executing.unlink()
            timings.append((str(output), time.perf_counter() - started))
    finally:
        kernel.close_client()
        kernel.shutdown_kernel(now=True)
        sockets.cleanup()
    return timings


def _kernel_manager(sockets: Path) -> Any:
    """A kernel manager whose kernel has one client connection for its whole life, given to
    everyone who asks for a client (papermill asks once per notebook). A new connection costs a
    fifth of a second or more: the kernel's first messages are lost until the subscription is
    made, and the client waits for them before it retries. The kernel talks over Unix sockets in
    ``sockets`` (a private folder), not over TCP ports."""
    from jupyter_client.blocking import BlockingKernelClient
    from jupyter_client.manager import KernelManager

    class OneConnection(BlockingKernelClient):  # type: ignore[misc]
        def start_channels(self, *args: Any, **kwargs: Any) -> None:
            if not self.channels_running:  # papermill starts them again for each notebook
                super().start_channels(*args, **kwargs)

    class SharedKernel(KernelManager):  # type: ignore[misc]
        def __init__(self, **kwargs: Any) -> None:
            super().__init__(client_factory=OneConnection, **kwargs)
            self._client: Any = None

        def client(self, **kwargs: Any) -> Any:
            if self._client is None:
                self._client = super().client(**kwargs)
            return self._client

        def close_client(self) -> None:
            if self._client is not None:
                self._client.stop_channels()
                self._client.context.destroy(linger=0)
                self._client = None

    return SharedKernel(kernel_name=KERNEL, transport="ipc", ip=str(sockets / "kernel"))


def _reset_namespace(client: Any, timeout: int) -> None:
    """Forget every name the previous notebook defined (modules stay imported)."""
    reply = client.execute_interactive("%reset -f", store_history=False, timeout=timeout, output_hook=lambda _: None)
    if reply["content"]["status"] != "ok":
        raise RuntimeError(f"the kernel could not be reset between notebooks: {reply['content']}")


if __name__ == "__main__":  # one kernel of run_notebooks: runs as JSON -> timings as JSON
    job = json.loads(sys.argv[1])
    runs = [NotebookRun(**run) for run in job["runs"]]
    print(json.dumps(_run_in_one_kernel(runs, startup_timeout=job["startup_timeout"], claims=Path(job["claims"]))))
