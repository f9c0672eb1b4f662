"""Which modules of this package a script or notebook runs, derived from its imports.

The workflow lists these files as a rule's inputs, so that editing a module re-runs exactly the
rules whose code imports it, directly or through other modules. Imports are read as
text (nothing is executed): ``import evidence_review.x``, ``from evidence_review import x`` and
``from evidence_review.x import y`` anywhere in a file, including imports inside functions.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from pathlib import Path

PACKAGE = "evidence_review"


def _source(path: Path) -> str:
    if path.suffix == ".ipynb":
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        return "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")
    return path.read_text(encoding="utf-8")


#: An import statement at the start of a line (in a function body too): ``import a.b as c, d``
#: or ``from a.b import c, d`` / ``from a.b import (c,\n d)``. Read as text, not parsed: the
#: workflow asks on every invocation, and a regular expression reads a module in microseconds
#: where :mod:`ast` takes milliseconds. A line of a docstring that looks like an import can only
#: add a dependency, never hide one.
_IMPORT = re.compile(
    r"^[ \t]*(?:from[ \t]+(?P<module>[\w.]+)[ \t]+import[ \t]+(?P<names>\([^)]*\)|[^\n]*)"
    r"|import[ \t]+(?P<modules>[^\n]*))",
    re.M,
)


def _first_words(names: str) -> list[str]:
    """``"(a as b,  # note\n c)"`` -> ``["a", "c"]``."""
    names = re.sub(r"#[^\n]*", "", names).strip("() \t\n")
    return [part.split()[0] for part in names.split(",") if part.split()]


def imported_modules(path: Path, package_dir: Path) -> set[str]:
    """What ``path`` (a .py file or a notebook) imports of this package (module names) and of the
    modules beside it (``"file:<path>"``, e.g. a rule script's shared adapter)."""
    return set(_imported_modules(str(path), str(package_dir)))


@functools.cache  # the workflow asks once per rule; each file is read once per run
def _imported_modules(path_name: str, package_dir_name: str) -> frozenset[str]:
    path, package_dir = Path(path_name), Path(package_dir_name)
    names: set[str] = set()
    for match in _IMPORT.finditer(_source(path)):
        if match["modules"] is not None:
            names.update(_first_words(match["modules"]))
        elif not match["module"].startswith("."):
            names.add(match["module"])
            names.update(f"{match['module']}.{name}" for name in _first_words(match["names"]))
    found = set()
    for name in names:
        head, _, rest = name.partition(".")
        if head == PACKAGE and rest and (package_dir / f"{rest.split('.')[0]}.py").exists():
            found.add(rest.split(".")[0])
        elif head != PACKAGE and (path.parent / f"{head}.py").exists() and path.parent != package_dir:
            found.add(f"file:{path.parent / head}.py")
    return frozenset(found)


@functools.cache
def _data_files(path_name: str, package_dir_name: str) -> frozenset[str]:
    """The package's data files (schemas) that a module names."""
    text = Path(path_name).read_text(encoding="utf-8")
    return frozenset(f"file:{f}" for f in Path(package_dir_name).glob("*.yaml") if f'"{f.name}"' in text)


def code_closure(entries: Iterable[str | Path], package_dir: str | Path) -> list[str]:
    """The package modules that ``entries`` run, transitively, as sorted file paths.

    ``entries`` are scripts, notebooks or module names of the package (``"notebooks"``).
    """
    package_dir = Path(package_dir)
    seen: set[str] = set()
    todo: list[Path] = []
    for entry in entries:
        path = Path(entry)
        if path.suffix in {".py", ".ipynb"}:
            todo.append(path)
        else:
            seen.add(str(entry))
            todo.append(package_dir / f"{entry}.py")
    while todo:
        path = todo.pop()
        found = imported_modules(path, package_dir)
        if path.parent == package_dir:
            found |= _data_files(str(path), str(package_dir))
        for name in found - seen:
            seen.add(name)
            if not name.startswith("file:"):
                todo.append(package_dir / f"{name}.py")
            elif name.endswith(".py"):
                todo.append(Path(name.removeprefix("file:")))
    paths = [n.removeprefix("file:") if n.startswith("file:") else str(package_dir / f"{n}.py") for n in seen]
    # __init__.py runs on every import of the package
    if seen - {n for n in seen if n.startswith("file:")} and (package_dir / "__init__.py").exists():
        paths.append(str(package_dir / "__init__.py"))
    return sorted(paths)
