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
from evidence_review.buildinfo import build_info
from evidence_review.grammar import RATIO_MEASURES
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

    def row(self, result_id: str) -> pd.Series:
        hit = self.evidence[self.evidence["result_id"] == result_id]
        if hit.empty:
            raise KeyError(f"no result {result_id} in the evidence table")
        return hit.iloc[0]

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
        level = int(r["ci_level"]) if not math.isnan(r["ci_level"]) else 95
        text = (
            f"{self.cite(result_id)} ({level}% CI {self.cite(result_id, 'ci_low')} to {self.cite(result_id, 'ci_high')}"
        )
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
            if rid in set(self.evidence["result_id"]):
                self.used.setdefault(rid, self.row(rid).to_dict())
        return f'[{md_escape(minus(value))}](#{anchor(key)} "{title_escape(how)}")'


# -- context -------------------------------------------------------------------------------------

GRADE_LEVELS = ["very low", "low", "moderate", "high"]


def certainty(row: pd.Series, vocab: Vocabulary) -> tuple[str, list[str]]:
    """GRADE certainty of one result, with the reasons for each downgrade."""
    trial = vocab.trials.get(row["trial"])
    level = 1 if trial is not None and trial.observational else 3
    reasons = []
    if trial is not None and trial.observational:
        reasons.append("observational data: risk of bias (starts at low)")
    ratio = row["measure"] in RATIO_MEASURES
    null = 1.0 if ratio else 0.0
    if pd.notna(row.get("ci_low")) and row["ci_low"] <= null <= row["ci_high"]:
        level -= 1
        reasons.append("imprecision: the CI includes no effect")
    if trial is not None and trial.indirectness:
        level -= 1
        reasons.append(f"indirectness: {trial.indirectness}")
    return GRADE_LEVELS[max(level, 0)], reasons


def plain_language(row: pd.Series, grade: str, outcome: str, treatment: str = "baricitinib") -> str:
    """The GRADE plain-language statement for one result ("... probably reduces ...")."""
    who = treatment[:1].upper() + treatment[1:]
    ratio = row["measure"] in RATIO_MEASURES
    null = 1.0 if ratio else 0.0
    crosses = row["ci_low"] <= null <= row["ci_high"]
    up = row["estimate"] > null
    if grade == "very low":
        return f"The evidence is very uncertain about the effect on {outcome}."
    if crosses:
        lead = {"high": "makes", "moderate": "probably makes", "low": "may make"}[grade]
        return f"{who} {lead} little or no difference to {outcome}."
    verb = "increases" if up else "reduces"
    lead = {"high": "", "moderate": "probably ", "low": "may "}[grade]
    if lead == "may ":
        verb = "increase" if up else "reduce"
    return f"{who} {lead}{verb} {outcome}."


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
        "statsmodels",
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
) -> list[str]:
    """Write the generated sections of the review (Markdown) into ``out_dir``."""
    tables_dir, figures_dir, out_dir = Path(tables_dir), Path(figures_dir), Path(out_dir)
    vocab = Vocabulary.load(vocabulary)
    t = {name: files.read_csv(tables_dir / f"{name}.csv") for name in COMBINED_TABLES}
    ev = t["evidence"]
    ev["preferred"] = ev["preferred"].astype(str) == "True"
    numbers = Numbers(ev)
    figures = []
    for stem in [*(f"forest-{p}" for p in settings["forest_plots"]), "gray-zone"]:
        spec = settings["forest_plots"].get(stem.removeprefix("forest-"), {})
        figures.append(
            {
                "id": f"fig-{stem}",
                "file": f"figures/{stem}.svg",
                "title": spec.get("title", settings["gray_zone"]["title"]),
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
    env.filters["short_reason"] = lambda reason: reason.split(":")[0]
    env.globals.update(
        n=numbers, vocab=vocab, anchor=anchor, isnum=lambda x: isinstance(x, float) and not math.isnan(x)
    )
    context = review_context(t, vocab, numbers, settings, figures)
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
    order.sort(key=lambda name: name.startswith("provenance"))
    for name in order:
        text = env.get_template(name).render(**context)
        files.write_text(text, out_dir / name.removesuffix(".j2"))
        written.append(name.removesuffix(".j2"))
    return written


def _where(df: pd.DataFrame, **where: Any) -> pd.DataFrame:
    """Rows of ``df`` whose columns have the given values (a list means any of them)."""
    for key, value in where.items():
        df = df[df[key].isin(value if isinstance(value, list) else [value])]
    return df


def _first(df: pd.DataFrame, **where: Any) -> pd.Series | None:
    df = _where(df, **where)
    return df.iloc[0] if len(df) else None


def review_context(
    t: dict[str, pd.DataFrame],
    vocab: Vocabulary,
    numbers: Numbers,
    settings: dict[str, Any],
    figures: list[dict[str, Any]],
) -> dict[str, Any]:
    ev = t["evidence"]
    pref = ev[ev["preferred"] & (ev["problems"] == "")]
    main_trial = settings["review"]["trial"]  # the trial at a glance and in the summary of findings
    trial = vocab.trials[main_trial]
    sof = []
    for outcome in settings["review"]["summary_outcomes"]:
        r = _first(pref[pref["ci_low"].notna()], trial=main_trial, outcome=outcome, subgroup="overall")
        if r is None:
            continue
        grade, reasons = certainty(r, vocab)
        control = _first(pref, trial=main_trial, outcome=outcome, subgroup="overall", measure="percent")
        absolute = None
        if control is not None and pd.notna(control["arm2_value"]):
            cr = control["arm2_value"] / 100
            if r["measure"] in RATIO_MEASURES:

                def per1000(ratio: float, cr: float = cr, measure: str = r["measure"]) -> float:
                    if measure == "hazard_ratio":
                        return 1000 * ((1 - (1 - cr) ** ratio) - cr)
                    if measure == "odds_ratio":
                        odds = cr / (1 - cr) * ratio
                        return 1000 * (odds / (1 + odds) - cr)
                    return 1000 * cr * (ratio - 1)

                vals = [per1000(r["estimate"]), per1000(r["ci_low"]), per1000(r["ci_high"])]
            else:
                vals = [10 * r["estimate"], 10 * r["ci_low"], 10 * r["ci_high"]]
            lo, hi = sorted(vals[1:])
            how = (
                f"Control risk {control['arm2_text']}% ({control['result_id']}) with the "
                f"{r['measure'].replace('_', ' ')} {r['estimate_text']} ({r['ci_low_text']} to {r['ci_high_text']}) "
                f"({r['result_id']})"
            )
            absolute = {
                "control": numbers.cite(control["result_id"], "arm2"),
                "effect": numbers.derive(
                    f"abs-{r['result_id']}",
                    f"{abs(vals[0]):.0f} {'fewer' if vals[0] < 0 else 'more'}",
                    how,
                    [r["result_id"], control["result_id"]],
                ),
                "ci": numbers.derive(
                    f"abs-ci-{r['result_id']}",
                    f"{lo:.0f} to {hi:.0f}",
                    how,
                    [r["result_id"], control["result_id"]],
                ),
            }
        sof.append(
            {
                "row": r,
                "grade": grade,
                "reasons": reasons,
                "absolute": absolute,
                "statement": plain_language(r, grade, outcome, trial.treatment),
            }
        )
    enrollment = _first(pref[pref["estimate"].notna()], trial=main_trial, outcome="enrollment", subgroup="overall")
    arms = ev[(ev["trial"] == main_trial) & (ev["outcome"] == "enrollment") & ev["arm1_value"].notna()]
    checks = t["checks"]
    findings = checks[checks["verdict"].isin(["discrepancy", "unsupported", "note"])]
    recon = t["reconciliation"]
    conflicts = recon[recon["classification"] != "identical"]
    by_id = ev.set_index("result_id")
    observational = ev[ev["trial"].map(lambda x: x in vocab.trials and vocab.trials[x].observational)]
    return {
        "observational": observational,
        "settings": settings,
        "build": settings.get("build") or build_info(),
        "trial": trial,
        "trial_name": main_trial,
        "enrollment": enrollment,
        "arm_sizes": arms.iloc[0] if len(arms) else None,
        "sof": sof,
        "evidence": ev,
        "preferred": pref,
        "checks": checks,
        "findings": findings,
        "reconciliation": recon,
        "conflicts": conflicts,
        "by_id": by_id,
        "subgroup_tests": t["subgroup_tests"],
        "pooled": t["pooled"],
        "claims": t["claims"],
        "statements": t["statements"],
        "recommendations": t["recommendations"],
        "unexplained": t["unexplained"],
        "sources": t["sources"],
        "figures": figures,
        "numbers": numbers,
        "first": lambda **kw: _first(pref, **kw),
        "where": _where,
        "ratios": sorted(RATIO_MEASURES),
        "first_any": lambda **kw: _first(ev, **kw),
    }
