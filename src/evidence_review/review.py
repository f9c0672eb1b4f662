"""The review's generated sections: Markdown written from the results tables.

``reports/review.qmd`` is the Quarto document; it holds the structure and the fixed prose and
includes the sections this module writes into ``results/review/parts/`` from the templates in
``reports/templates/``. No number is typed into the document or the templates: every number is
put there by :meth:`Numbers.cite` (an extracted number, linked to its quote in the provenance
appendix) or :meth:`Numbers.derive` (a number this pipeline computed, linked to how).

Text that comes from a source (quotes, titles) is data: :func:`md_escape` makes it inert in
Pandoc Markdown (and so in HTML, Typst and Quarto's shortcodes), whatever characters it holds.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
import pandas as pd

from evidence_review import files
from evidence_review import findings as findings_mod
from evidence_review.buildinfo import build_info
from evidence_review.records import MEASURES_RATIO
from evidence_review.stages import COMBINED_TABLES
from evidence_review.vocabulary import Vocabulary

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|$@~^\"'=:;,%&?/])")


def md_escape(text: Any) -> str:
    """Source text as inert Pandoc Markdown: every ASCII punctuation character backslash-escaped,
    line breaks folded to spaces."""
    text = re.sub(r"\s+", " ", str(text)).strip()
    return _MD_SPECIAL.sub(r"\\\1", text)


def title_escape(text: str) -> str:
    """Text for a link title ("..."): only backslash and the double quote need escaping."""
    return re.sub(r"\s+", " ", text).strip().replace("\\", "\\\\").replace('"', '\\"')


def anchor(row_id: str) -> str:
    return "prov-" + re.sub(r"[^A-Za-z0-9_-]", "-", row_id)


def minus(text: str) -> str:
    """Typographic minus for printed negative numbers."""
    return re.sub(r"(?<![\w])-(?=\d)", "\u2212", text)


@dataclass
class Numbers:
    """Every number placed in the review, with where it came from."""

    evidence: pd.DataFrame
    used: dict[str, dict[str, Any]] = field(default_factory=dict)
    derived: dict[str, dict[str, Any]] = field(default_factory=dict)
    # each result's (first) row, looked up by its id: the review cites hundreds of numbers
    _rows: dict[str, pd.Series] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._rows = {}
        for _, r in self.evidence.iterrows():
            self._rows.setdefault(r["result_id"], r)

    def row(self, result_id: str) -> pd.Series:
        hit = self._rows.get(result_id)
        if hit is None:
            raise KeyError(f"no result {result_id} in the evidence table")
        return hit

    def cite(self, result_id: str, key: str = "estimate") -> str:
        """A printed number of an extracted result, as printed, linked to its quote."""
        r = self.row(result_id)
        text = r.get(f"{key}_text")
        if not isinstance(text, str) or not text:
            raise KeyError(f"{result_id} has no {key}")
        self.used.setdefault(result_id, r.to_dict())
        return f'[{md_escape(minus(text))}](#{anchor(result_id)} "{title_escape(r["excerpt"])}")'

    def effect(self, result_id: str) -> str:
        """'1.16 (95% CI 1.01 to 1.32)', every number linked."""
        r = self.row(result_id)
        level = f"{r['ci_level']:g}% CI" if not math.isnan(r["ci_level"]) else "CI, level not stated,"
        text = f"{self.cite(result_id)} ({level} {self.cite(result_id, 'ci_low')} to {self.cite(result_id, 'ci_high')}"
        if isinstance(r.get("p_text"), str) and r["p_text"]:
            op = {"<=": "\u2264", ">=": "\u2265"}.get(r["p_operator"], r["p_operator"])
            text += f"; P\u2009{md_escape(op)}\u2009{self.cite(result_id, 'p')}"
        return text + ")"

    def arms(self, result_id: str, unit: str = "") -> str:
        r = self.row(result_id)
        u = "%" if r["unit"] == "%" else f" {r['unit']}" if r["unit"] else ""
        u = unit or u
        shown = (" " if u.startswith(" ") else "") + md_escape(u)
        return f"{self.cite(result_id, 'arm1')}{shown} vs {self.cite(result_id, 'arm2')}{shown}"

    def derive(self, key: str, value: str, how: str, inputs: list[str]) -> str:
        """A number computed by the pipeline, linked to its derivation in the appendix."""
        self.derived.setdefault(key, {"value": value, "how": how, "inputs": inputs})
        for rid in inputs:
            if rid in self._rows:
                self.used.setdefault(rid, self.row(rid).to_dict())
        return f'[{md_escape(minus(value))}](#{anchor(key)} "{title_escape(how)}")'


# -- context -------------------------------------------------------------------------------------


def software_versions() -> dict[str, str]:
    """Versions of the software that builds the review (shown in the review)."""
    import platform
    from importlib.metadata import PackageNotFoundError, version

    out = {"Python": platform.python_version()}
    for name in (
        "evidence-review",
        "snakemake",
        "pandas",
        "numpy",
        "scipy",
        "pandera",
        "plotnine",
        "matplotlib",
        "papermill",
        "blingfire",
        "jinja2",
        "pypandoc-binary",
        "typst",
    ):
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            continue
    return out


def write_parts(
    tables_dir: str | Path,
    figures_dir: str | Path,
    templates_dir: str | Path,
    vocabulary: str | Path,
    settings: dict[str, Any],
    out_dir: str | Path,
    sources_dir: str | Path = "data/sources",
    summary_out: str | Path | None = None,
    previous: str | Path | None = None,
) -> list[str]:
    """Write the generated sections of the review (Markdown) into ``out_dir``, and the summary of
    findings as a table (``summary_out``: what the next build compares itself with)."""
    tables_dir, figures_dir, out_dir = Path(tables_dir), Path(figures_dir), Path(out_dir)
    vocab = Vocabulary.load(vocabulary)
    t = {name: files.read_csv(tables_dir / f"{name}.csv") for name in COMBINED_TABLES}
    ev = t["evidence"]
    ev["preferred"] = ev["preferred"].astype(str) == "True"
    numbers = Numbers(ev)
    figures = []
    stems = [f"forest-{p}" for p in settings["forest_plots"]]
    if settings.get("gray_zone") and vocab.levels:
        stems.append("gray-zone")
    stems.append("meta-analysis")
    for stem in stems:
        spec = settings["forest_plots"].get(stem.removeprefix("forest-"), {})
        title = spec.get("title") or (settings.get("gray_zone") or {}).get("title", "")
        if stem == "meta-analysis":
            title = "Meta-analyses of the randomized trials (random effects)"
        figures.append(
            {
                "id": f"fig-{stem}",
                "file": f"figures/{stem}.svg",
                "title": title,
                "alt": (figures_dir / f"{stem}.alt.txt").read_text(encoding="utf-8").strip(),
                "data": files.read_csv(figures_dir / f"{stem}.csv"),
            }
        )
        data = figures[-1]["data"]
        figures[-1]["disagree"] = "disagreement" in data and data["disagreement"].astype(str).eq("True").any()
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,  # Markdown, escaped by the md filter
        # "{#" opens Pandoc attribute ids ({#fig-x}); Jinja comments are {## ... ##}
        comment_start_string="{##",
        comment_end_string="##}",
    )
    env.filters["md"] = md_escape
    env.filters["minus"] = minus
    env.filters["title"] = title_escape
    env.filters["capital"] = lambda text: str(text)[:1].upper() + str(text)[1:]
    env.filters["listing"] = listing
    env.globals.update(
        n=numbers, vocab=vocab, anchor=anchor, isnum=lambda x: isinstance(x, float) and not math.isnan(x)
    )
    previous_summary = None
    if previous and (Path(previous) / "summary_of_findings.csv").exists():
        previous_summary = files.read_csv(Path(previous) / "summary_of_findings.csv")
    context = review_context(t, vocab, numbers, settings, figures, previous_summary)
    if summary_out is not None:
        files.write_csv(findings_mod.summary_table(context["findings"]), summary_out)
    texts = {row.id: (Path(sources_dir) / row.file).read_bytes().decode("utf-8") for row in t["sources"].itertuples()}

    def location(r: dict[str, Any]) -> str:
        text, start = texts[r["source"]], int(r["start"])
        line = text.count("\n", 0, start) + 1
        col = start - (text.rfind("\n", 0, start) + 1) + 1
        return f"`{t['sources'].set_index('id').loc[r['source'], 'file']}`, line {line}, column {col}"

    context.update(location=location, software=software_versions())
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    order = sorted(p.name for p in Path(templates_dir).glob("*.j2"))
    # the provenance appendix lists what the other sections used: render it last
    order.sort(key=lambda name: name.startswith("90-provenance"))
    for name in order:
        text = env.get_template(name).render(**context)
        files.write_text(text, out_dir / name.removesuffix(".j2"))
        written.append(name.removesuffix(".j2"))
    return written


def listing(items: list[Any]) -> str:
    """ "a", "a and b", "a, b and c"."""
    items = [str(i) for i in items]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1] if items else ""


def _where(df: pd.DataFrame, **where: Any) -> pd.DataFrame:
    """Rows of ``df`` whose columns have the given values (a list means any of them)."""
    for key, value in where.items():
        df = df[df[key].isin(value if isinstance(value, list) else [value])]
    return df


def review_context(
    t: dict[str, pd.DataFrame],
    vocab: Vocabulary,
    numbers: Numbers,
    settings: dict[str, Any],
    figures: list[dict[str, Any]],
    previous_summary: pd.DataFrame | None = None,
) -> dict[str, Any]:
    """Everything the templates print, computed from the tables, the vocabulary and the config."""
    ev = t["evidence"]
    pref = ev[ev["preferred"] & (ev["problems"] == "")]
    review = settings["review"]
    findings = findings_mod.summary_of_findings(
        ev, t["pooled"], t["not_pooled"], vocab, review, settings.get("pooling", {})
    )
    checks = t["checks"]
    recon = t["reconciliation"]
    conflicts = recon[recon["classification"] != "identical"]
    current = findings_mod.summary_table(findings)
    return {
        "settings": settings,
        "review": review,
        "question": review.get("question") or default_question(review),
        "build": settings.get("build") or build_info(),
        "findings": findings,
        "absolute": {f.outcome: absolute_effect(f, pref, numbers) for f in findings},
        "trials": trials_at_a_glance(ev, vocab, t["sources"]),
        "evidence": ev,
        "preferred": pref,
        "checks": checks,
        "findings_of_checks": checks[checks["verdict"].isin(["discrepancy", "unsupported", "note"])],
        "reconciliation": recon,
        "conflicts": conflicts,
        "by_id": ev.set_index("result_id"),
        "subgroup_tests": t["subgroup_tests"],
        "pooled": t["pooled"],
        "not_pooled": t["not_pooled"],
        "claims": t["claims"],
        "statements": t["statements"],
        "recommendations": t["recommendations"],
        "unexplained": t["unexplained"],
        "sources": t["sources"],
        "figures": figures,
        "numbers": numbers,
        "observational": ev[ev["trial"].map(lambda x: x in vocab.trials and vocab.trials[x].observational)],
        "limitations": limitations(findings, t, vocab),
        "untested": untested_levels(pref, vocab, review) if vocab.levels else [],
        "changes": findings_mod.changes(current, previous_summary) if previous_summary is not None else None,
        "has_scale": bool(vocab.levels) and bool(settings.get("gray_zone")),
        "where": _where,
    }


def default_question(review: dict[str, Any]) -> str:
    outcomes = listing([o["name"] for o in review["outcomes"]])
    return (
        f"In {review['population']}, what are the effects of {review['intervention']} compared with "
        f"{review['comparator']} on {outcomes}?"
    )


def trials_at_a_glance(ev: pd.DataFrame, vocab: Vocabulary, sources: pd.DataFrame) -> list[dict[str, Any]]:
    """One entry per trial or study with numbers in the evidence table."""
    out = []
    for name, rows in ev[ev["trial"] != ""].groupby("trial", sort=True):
        trial = vocab.trial(name)
        size = rows[(rows["outcome"] == "enrollment") & rows["estimate"].notna() & (rows["subgroup"] == "overall")]
        out.append(
            {
                "name": name,
                "design": trial.design,
                "comparison": f"{trial.intervention} vs {trial.comparator}" if trial.intervention else "",
                "randomized": sum(trial.randomized.values()) if trial.randomized else None,
                "enrollment": size.sort_values("result_id").iloc[0]["result_id"] if len(size) else None,
                "population": trial.population,
                "sources": sorted(set(rows["source"])),
            }
        )
    return out


def absolute_effect(f: findings_mod.Finding, pref: pd.DataFrame, numbers: Numbers) -> dict[str, str] | None:
    """Events per 1000 with the intervention against the control risk of the (first) trial that
    reports one, for a ratio finding; None when no control risk is reported."""
    if f.kind not in ("pooled", "single trial") or f.measure not in MEASURES_RATIO:
        return None
    control = pref[
        pref["trial"].isin(f.trials) & (pref["outcome"] == f.outcome) & (pref["subgroup"] == "overall")
        & (pref["measure"] == "percent") & pref["arm2_value"].notna()
    ].sort_values("result_id")  # fmt: skip
    if control.empty:
        return None
    c = control.iloc[0]
    cr = c["arm2_value"] / 100

    def per1000(ratio: float) -> float:
        if f.measure == "hazard_ratio":
            return 1000 * ((1 - (1 - cr) ** ratio) - cr)
        if f.measure == "odds_ratio":
            odds = cr / (1 - cr) * ratio
            return 1000 * (odds / (1 + odds) - cr)
        return 1000 * cr * (ratio - 1)

    def words(x: float) -> str:
        return f"{abs(x):.0f} {'fewer' if x < 0 else 'more'}"

    mid, lo, hi = per1000(f.estimate), *sorted((per1000(f.ci_low), per1000(f.ci_high)))
    source = f"the pooled analysis {f.pool_id}" if f.pool_id else f.result_ids[0]
    how = (
        f"Control risk {c['arm2_text']}% ({c['result_id']}, {c['trial']}) with the "
        f"{f.measure.replace('_', ' ')} {f.estimate:.2f} ({f.ci_low:.2f} to {f.ci_high:.2f}) of {source}"
    )
    inputs = [*f.result_ids, c["result_id"]]
    return {
        "control": numbers.cite(c["result_id"], "arm2"),
        "effect": numbers.derive(f"abs-{f.outcome}", words(mid), how, inputs),
        "ci": numbers.derive(f"abs-ci-{f.outcome}", f"{words(lo)} to {words(hi)}", how, inputs),
    }


def limitations(findings: list[findings_mod.Finding], t: dict[str, pd.DataFrame], vocab: Vocabulary) -> dict[str, Any]:
    """What limits the evidence, computed: outcomes resting on one trial, sources that disagree,
    judgments not made, numbers not read."""
    recon = t["reconciliation"]
    return {
        "one_trial": [f.outcome for f in findings if f.kind == "single trial"],
        "not_pooled": [f for f in findings if f.kind == "not pooled"],
        "no_evidence": [f.outcome for f in findings if f.kind == "no evidence"],
        "not_assessed": sorted({c.domain.replace("_", " ") for f in findings for c in f.not_assessed}),
        "conflicts": recon[recon["classification"].isin(["conflicting value", "conflicting measure label"])],
        "secondary_sources": sorted(
            set(t["sources"][~t["sources"]["kind"].isin(["trial-report", "preprint", "registry"])]["id"])
        ),
        "unexplained": len(t["unexplained"]),
    }


def untested_levels(pref: pd.DataFrame, vocab: Vocabulary, review: dict[str, Any]) -> list[str]:
    """Levels of the severity scale at which no randomized trial of the intervention reports an estimate."""
    trials = {n for n, tr in vocab.trials.items() if tr.treatment in review["interventions"] and "random" in tr.design}
    rows = pref[pref["trial"].isin(trials) & pref["ci_low"].notna()]
    tested = set()
    for sub in rows["subgroup"]:
        if sub.startswith("score "):
            bounds = [int(x) for x in sub.split()[1].split("-")]
            tested.update(range(bounds[0], bounds[-1] + 1))
    return [f"{lv} ({vocab.levels[lv]['label']})" for lv in sorted(vocab.levels) if lv not in tested]
