"""The figures: forest plots and the gray-zone severity figure (plotnine), with their data.

Both notebooks (``notebooks/forest_plot.ipynb``, ``notebooks/gray_zone.ipynb``) call into this
module, so the figures' logic is tested like any other code and the notebooks stay short.

Conventions: ratio measures on a log axis labelled in natural units with the null line at 1;
differences on a linear axis with the null at 0; marker area proportional to precision (1/SE);
a CI that runs past the axis is clipped with an arrow; the estimate and CI as text at the right;
"Favours ..." labels oriented by whether the outcome's event is good or bad for the patient;
every version of a number on which the sources disagree is drawn and marked. Colours are the
Okabe-Ito palette (colour-blind safe) and every colour also differs in lightness or shape, so
the figures read in greyscale print.
"""

from __future__ import annotations

import math
import textwrap
from pathlib import Path
from typing import Any

import matplotlib
import numpy as np
import pandas as pd
import plotnine as p9

from evidence_review.records import MEASURES_DIFFERENCE, MEASURES_RATIO
from evidence_review.stats import z_for_level
from evidence_review.vocabulary import Vocabulary

matplotlib.use("Agg")
matplotlib.rcParams.update(
    {
        "svg.hashsalt": "evidence-review",  # stable ids in SVG output
        "svg.fonttype": "path",  # text as paths: no font needed where the SVG is shown
        "pdf.fonttype": 42,
        "font.family": "DejaVu Sans",
    }
)

OKABE_ITO = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky": "#56B4E9",
    "green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
    "grey": "#999999",
}
MEASURE_NAMES = {
    "rate_ratio": "rate ratio",
    "odds_ratio": "odds ratio",
    "hazard_ratio": "hazard ratio",
    "risk_ratio": "risk ratio",
    "risk_difference": "risk difference (points)",
    "mean_difference": "mean difference",
    "standardized_mean_difference": "standardized mean difference",
}
WIDTH_IN = 7.0  # fits A4 and Letter text width with margins; also the web column


def json_parameter(value: str) -> Any:
    """A notebook parameter given as JSON text (by the workflow) or as the path of a JSON file
    (the notebooks' defaults, which point at test fixtures)."""
    import json

    text = value if value.lstrip().startswith(("{", "[")) else Path(value).read_text(encoding="utf-8")
    return json.loads(text)


def estimate_text(row: pd.Series) -> str:
    """'1.16 (1.01–1.32)' as printed in the source."""

    def t(key: str) -> str:
        return str(row[f"{key}_text"]).replace("-", "\u2212")

    sep = " to " if str(row["ci_low_text"]).startswith("-") or str(row["ci_high_text"]).startswith("-") else "\u2013"
    return f"{t('estimate')} ({t('ci_low')}{sep}{t('ci_high')})"


# -- forest plots ---------------------------------------------------------------------------------


def select_rows(evidence: pd.DataFrame, select: dict[str, Any]) -> pd.DataFrame:
    """Effect estimates matching a plot's ``select`` (each key: one value or a list)."""
    ev = evidence[evidence["ci_low"].notna() & (evidence["problems"].fillna("") == "")]
    ev = ev[ev["measure"].isin((*MEASURES_RATIO, *MEASURES_DIFFERENCE))]
    for key, wanted in select.items():
        values = wanted if isinstance(wanted, list) else [wanted]
        ev = ev[ev[key].fillna("").isin(values)]
    return ev


def forest_data(evidence: pd.DataFrame, spec: dict[str, Any], vocab: Vocabulary) -> pd.DataFrame:
    """The rows one forest plot draws, one per version of each quantity.

    Versions that agree (identical, or equal after rounding) are drawn once, from the preferred
    source, with every source that reports them listed; versions that disagree are all drawn and
    marked.
    """
    ev = select_rows(evidence, spec["select"])
    group_by = spec.get("group_by", "outcome")
    order = {k: i for i, k in enumerate(spec.get("order", []))}
    rows = []
    keys = ["trial", "outcome", "subgroup", "timepoint"]
    for _, group in ev.groupby(keys, sort=False):
        versions = group.drop_duplicates(["measure", "estimate_text", "ci_low_text", "ci_high_text"])
        conflict = len(versions) > 1 and any("conflicting" in str(c) for c in group["reconciliation"])
        if not conflict:
            versions = group.sort_values("preferred", ascending=False).head(1)
        for _, r in versions.iterrows():
            same = group[
                (group["estimate_text"] == r["estimate_text"])
                & (group["ci_low_text"] == r["ci_low_text"])
                & (group["ci_high_text"] == r["ci_high_text"])
                & (group["measure"] == r["measure"])
            ]
            sources = sorted(same["source"].unique()) if conflict else sorted(group["source"].unique())
            outcome = vocab.outcomes.get(r["outcome"])
            z = z_for_level(r["ci_level"])
            ratio = r["measure"] in MEASURES_RATIO
            se = ((math.log(r["ci_high"]) - math.log(r["ci_low"])) if ratio else (r["ci_high"] - r["ci_low"])) / (2 * z)
            rows.append(
                {
                    "result_id": r["result_id"],
                    "trial": r["trial"],
                    "outcome": r["outcome"],
                    "subgroup": r["subgroup"],
                    "timepoint": r["timepoint"],
                    "measure": r["measure"],
                    "scale": "ratio" if ratio else "difference",
                    "estimate": r["estimate"],
                    "ci_low": r["ci_low"],
                    "ci_high": r["ci_high"],
                    "text": estimate_text(r),
                    "sources": ", ".join(sources),
                    "disagreement": conflict,
                    "benefit": outcome.benefit if outcome else "none",
                    "se": se,
                    "header": _header(r, group_by, vocab),
                    "label": _label(r, group_by, vocab, conflict),
                    "_order": order.get(r[group_by if isinstance(group_by, str) else group_by[0]], len(order)),
                }
            )
    data = pd.DataFrame(rows)
    if data.empty:
        return data
    data = data.sort_values(["scale", "_order", "header", "subgroup", "label"], kind="stable").drop(columns="_order")
    return data.reset_index(drop=True)


def _subgroup_label(name: str, vocab: Vocabulary) -> str:
    if name == "overall":
        return "all patients"
    digits = [int(d) for d in name.split()[1].split("-")]
    if len(digits) == 1:
        return f"score {digits[0]}: {vocab.levels[digits[0]]['label']}"
    return f"scores {digits[0]}\u2013{digits[-1]}: oxygen without invasive ventilation"


def _header(r: pd.Series, group_by: str | list[str], vocab: Vocabulary) -> str:
    keys = group_by if isinstance(group_by, list) else [group_by]
    parts = []
    for key in keys:
        value = r[key]
        if key == "subgroup":
            value = _subgroup_label(value, vocab)
        elif key == "trial" and value in vocab.trials:
            value = f"{value}: {vocab.trials[value].intervention} vs {vocab.trials[value].comparator}"
        if value:
            parts.append(str(value))
    return ", ".join(parts)


def _label(r: pd.Series, group_by: str | list[str], vocab: Vocabulary, conflict: bool) -> str:
    keys = group_by if isinstance(group_by, list) else [group_by]
    bits = []
    if "outcome" not in keys:
        bits.append(r["outcome"])
    if "subgroup" not in keys:
        bits.append(_subgroup_label(r["subgroup"], vocab))
    if "timepoint" not in keys and r["timepoint"]:
        bits.append(r["timepoint"])
    bits.append(MEASURE_NAMES[r["measure"]])
    label = ", ".join(bits)
    return label + (" \u26a0" if conflict else "")


def _favour_labels(benefit: str, experimental: str, ratio: bool) -> tuple[str, str]:
    """(left, right) labels: which arm each side of the null line favours."""
    left_good = benefit == "decrease"  # a lower ratio/difference of a harmful event favours the drug
    if benefit == "none":
        return ("lower with " + experimental, "higher with " + experimental)
    return (
        (f"\u2190 favours {experimental}", "favours control \u2192")
        if left_good
        else ("\u2190 favours control", f"favours {experimental} \u2192")
    )


def _slots(part: pd.DataFrame) -> int:
    """Lines a panel needs: one per row, and one per group header."""
    headers = [h for h in dict.fromkeys(part["header"]) if h]
    return len(part) + len(headers)


def _axis(lo: float, hi: float, ratio: bool) -> tuple[float, float, list[float]]:
    """Axis range and breaks, in plotted units (log10 for ratios), for one panel."""
    if ratio:
        xmin = max(min(2 ** math.floor(math.log2(min(lo, 0.9))), 0.5), 0.125)
        xmax = min(max(2 ** math.ceil(math.log2(max(hi, 1.1))), 2.0), 8.0)
        breaks = [b for b in (0.125, 0.25, 0.5, 1, 2, 4, 8) if xmin <= b <= xmax]
        return math.log10(xmin), math.log10(xmax), breaks
    span = max(abs(lo), abs(hi), 1.0)
    step = 5 if span <= 20 else 10
    xmin = -step * math.ceil(abs(min(lo, 0)) / step + 0.01)
    xmax = step * math.ceil(max(hi, 0) / step + 0.01)
    return xmin, xmax, [float(b) for b in np.arange(xmin, xmax + step / 2, step)]


# Column layout of every panel, as fractions of the figure width.
_LABEL_W, _PLOT_W, _TEXT_W = 0.47, 0.32, 0.21


def forest_plot(data: pd.DataFrame, spec: dict[str, Any], vocab: Vocabulary, footer: str = "") -> p9.ggplot:
    """One forest plot; a panel per scale (ratios on a log axis, differences on a linear one)
    and outcome direction, each with its own "favours" labels, stacked with heights in
    proportion to their rows."""
    trials = data["trial"].unique()
    experimental = vocab.trials[trials[0]].treatment if len(trials) == 1 and trials[0] in vocab.trials else "treatment"
    rows, ticks, nulls, labels, titles, arrows, headers = [], [], [], [], [], [], []
    panel_names = []
    groups = sorted(
        data.groupby(["scale", "benefit"], sort=False),
        key=lambda kv: (kv[0][0] != "ratio", kv[0][1] != "increase"),
    )
    # panels are stacked top to bottom in one plot: panel k's rows sit above offset k
    offsets, top = [], 0.0
    for _, part in reversed(groups):
        offsets.insert(0, top + 1.4)
        top += _slots(part) + 2.6
    for ((scale, benefit), part), base in zip(groups, offsets, strict=True):
        ratio = scale == "ratio"
        kind = "Ratio measures (log scale)" if ratio else "Differences (percentage points)"
        what = {
            "increase": "outcomes where higher is better",
            "decrease": "harmful outcomes",
            "none": "other outcomes",
        }[benefit]
        name = f"{kind}: {what}"
        panel_names.append(name)
        xmin, xmax, breaks = _axis(part["ci_low"].min(), part["ci_high"].max(), ratio)
        width = (xmax - xmin) / _PLOT_W
        left, right = xmin - _LABEL_W * width, xmax + _TEXT_W * width
        right = float(right)
        # every panel is drawn in its own [0, 1] coordinates, so panels of different scales share
        # one plot and line up: label column | plot | estimate and sources
        f = np.log10 if ratio else (lambda v: np.asarray(v, float))

        def u(v: Any, left: float = left, right: float = right) -> Any:
            return (np.asarray(v, float) - left) / (right - left)

        n = _slots(part)
        p = part.reset_index(drop=True).copy()
        p["panel"] = name
        # a group's header on a line of its own above its rows (the forest-plot subgroup header)
        y, previous, header_rows = float(n), None, []
        ys = []
        for header in p["header"]:
            if header and header != previous:
                header_rows.append({"panel": name, "x": 0.0, "y": base + y, "label": header})
                y -= 1
                previous = header
            ys.append(base + y)
            y -= 1
        p["y"] = ys
        headers.extend(header_rows)
        p["x"] = u(f(p["estimate"]))
        p["lo"] = u(np.clip(f(p["ci_low"]), xmin, xmax))
        p["hi"] = u(np.clip(f(p["ci_high"]), xmin, xmax))
        p["label_x"] = 0.02 if p["header"].astype(bool).any() else 0.0
        p["text_x"] = float(u(xmax + 0.04 * width))
        p["weight"] = 1 / p["se"]
        p["kind"] = np.where(p["disagreement"], "sources disagree (every version shown)", "as reported")
        p["row_label"] = p["label"]
        p["right_label"] = p["text"]
        rows.append(p)
        for mask, edge in ((f(p["ci_low"]) < xmin, xmin), (f(p["ci_high"]) > xmax, xmax)):
            if mask.any():
                arrows.append(p[mask].assign(edge=float(u(edge)), start=p[mask]["x"]))
        for b in breaks:
            ticks.append(
                {
                    "panel": name,
                    "x": float(u(f(b))),
                    "label": f"{b:g}",
                    "y0": base + 0.45,
                }
            )
        null_u = float(u(0.0))
        nulls.append({"panel": name, "x": null_u, "ymin": base + 0.45, "ymax": base + n + 0.5})
        fav_left, fav_right = _favour_labels(benefit, experimental, ratio)
        labels.extend(
            [
                {"panel": name, "x": null_u - 0.01, "y": base - 0.45, "label": fav_left, "ha": "right"},
                {"panel": name, "x": null_u + 0.01, "y": base - 0.45, "label": fav_right, "ha": "left"},
            ]
        )
        titles.append({"panel": name, "x": 0.0, "y": base + n + 0.9, "label": name})
    d = pd.concat(rows, ignore_index=True)
    order = pd.Categorical(d["panel"], categories=panel_names, ordered=True)
    d["panel"] = order
    tick_df, null_df, lab_df, title_df = (pd.DataFrame(x) for x in (ticks, nulls, labels, titles))
    head_df = pd.DataFrame(headers, columns=["panel", "x", "y", "label"])
    for df in (tick_df, null_df, lab_df, title_df, head_df):
        df["panel"] = pd.Categorical(df["panel"], categories=panel_names, ordered=True)
    plot = (
        p9.ggplot(d)
        + p9.geom_segment(p9.aes(x="x", xend="x", y="y0", yend="y0 - 0.12"), data=tick_df, color="#444444")
        + p9.geom_text(p9.aes(x="x", y="y0 - 0.2", label="label"), data=tick_df, size=7, va="top")
        + p9.geom_segment(p9.aes(x="x", xend="x", y="ymin", yend="ymax"), data=null_df, color="#444444", size=0.5)
        + p9.geom_segment(p9.aes(x="lo", xend="hi", y="y", yend="y"), size=0.7)
        + p9.geom_point(p9.aes(x="x", y="y", size="weight", shape="kind", fill="kind"), color="black")
        + p9.geom_text(p9.aes(x="label_x", y="y", label="row_label"), ha="left", size=6.6)
        + p9.geom_text(p9.aes(x="text_x", y="y", label="right_label"), ha="left", size=7.5)
        + p9.geom_text(p9.aes(x="label_x", y="y - 0.32", label="sources"), ha="left", size=6, color="#333333")
        + p9.geom_text(p9.aes(x="x", y="y", label="label", ha="ha"), data=lab_df, size=7, fontstyle="italic")
        + p9.geom_text(p9.aes(x="x", y="y", label="label"), data=title_df, ha="left", size=8, fontweight="bold")
        + p9.geom_text(
            p9.aes(x="x", y="y", label="label"), data=head_df, ha="left", size=7, fontstyle="italic", color="#222222"
        )
        + p9.scale_x_continuous(limits=(0, 1), expand=(0, 0))
        + p9.scale_size_continuous(range=(1.8, 5), guide=None)
        + p9.scale_shape_manual(values={"as reported": "s", "sources disagree (every version shown)": "D"}, name="")
        + p9.scale_fill_manual(
            values={
                "as reported": OKABE_ITO["blue"],
                "sources disagree (every version shown)": OKABE_ITO["orange"],
            },
            name="",
        )
        + p9.scale_y_continuous(limits=(0.4, top + 0.2), expand=(0, 0))
        + p9.labs(x="", y="", title=spec["title"], caption=footer or None, shape="", fill="")
        + p9.theme_void(base_size=9)
        + p9.theme(
            strip_text=p9.element_blank(),
            strip_background=p9.element_blank(),
            legend_position="bottom" if d["disagreement"].any() else "none",
            plot_title=p9.element_text(size=10, ha="left", margin={"b": 6}),
            plot_caption=p9.element_text(size=7, ha="left"),
            figure_size=(WIDTH_IN, 0.9 + 0.3 * top),
            plot_background=p9.element_rect(fill="white", color="white"),
        )
    )
    for arrow_rows in arrows:
        arrow_rows = arrow_rows.assign(panel=pd.Categorical(arrow_rows["panel"], categories=panel_names, ordered=True))
        plot += p9.geom_segment(
            p9.aes(x="start", xend="edge", y="y", yend="y"),
            data=arrow_rows,
            arrow=p9.arrow(length=0.07, type="closed", angle=25),
            size=0.7,
        )
    return plot


def forest_alt_text(data: pd.DataFrame, spec: dict[str, Any]) -> str:
    parts = [f"Forest plot: {spec['title']}. {len(data)} estimates."]
    for _, r in data.iterrows():
        null = 1.0 if r["scale"] == "ratio" else 0.0
        crosses = r["ci_low"] <= null <= r["ci_high"]
        label = r["label"].replace(" \u26a0", "")
        parts.append(
            f"{r['header'] + ', ' if r['header'] else ''}{label}: {r['text']}"
            f"{', interval includes no effect' if crosses else ', interval excludes no effect'}"
            f"{', sources disagree' if r['disagreement'] else ''} ({r['sources']})."
        )
    return " ".join(parts)


# -- gray zone ------------------------------------------------------------------------------------

STRENGTH_ORDER = [
    "benefit: CI excludes no effect",
    "possible benefit: CI includes no effect",
    "no benefit shown",
    "statement only",
    "no data",
]
STRENGTH_FILL = {
    STRENGTH_ORDER[0]: "#B35806",  # dark orange (darkest in greyscale)
    STRENGTH_ORDER[1]: "#FDB863",  # light orange
    STRENGTH_ORDER[2]: "#F7F7F7",
    STRENGTH_ORDER[3]: "#FFFFFF",
    STRENGTH_ORDER[4]: "#D9D9D9",
}


def gray_zone_data(
    evidence: pd.DataFrame, statements: pd.DataFrame, vocab: Vocabulary, primary: dict[str, str]
) -> pd.DataFrame:
    """One cell per treatment and severity level: the estimate that colours it and its row."""
    cells = []
    levels = sorted(vocab.levels)
    ev = evidence[
        evidence["preferred"]
        & evidence["ci_low"].notna()
        & (evidence["problems"] == "")
        & evidence["measure"].isin(MEASURES_RATIO)
    ]
    for treatment in vocab.treatments:
        trial = vocab.trial_for_treatment(treatment)
        outcome = primary.get(treatment, "")
        for level in levels:
            cell: dict[str, Any] = {
                "treatment": treatment,
                "level": level,
                "trial": trial or "",
                "outcome": outcome,
                "result_id": "",
                "statement_ids": "",
                "text": "",
            }
            rows = ev[(ev["trial"] == (trial or "")) & (ev["outcome"] == outcome)]
            rows = rows[rows["subgroup"].map(lambda s, lv=level: lv in _levels_of(s))]
            if len(rows):
                r = rows.sort_values(["timepoint", "result_id"]).iloc[-1]
                benefit = vocab.outcomes[outcome].benefit
                favours = r["estimate"] > 1 if benefit == "increase" else r["estimate"] < 1
                excludes = r["ci_low"] > 1 if benefit == "increase" else r["ci_high"] < 1
                strength = STRENGTH_ORDER[0] if excludes else STRENGTH_ORDER[1] if favours else STRENGTH_ORDER[2]
                spans = "-" in r["subgroup"]
                cell.update(
                    strength=strength,
                    result_id=r["result_id"],
                    measure=r["measure"],
                    text=f"{MEASURE_NAMES[r['measure']].split(' (')[0]}\n{estimate_text(r)}"
                    + (f"\n({_level_range(_levels_of(r['subgroup']), vocab)} together)" if spans else ""),
                    source=r["source"],
                )
            else:
                st = statements[
                    (statements["treatment"] == treatment)
                    & statements["levels"].map(lambda s, lv=level: str(lv) in s.split(";"))
                ]
                if len(st):
                    directions = sorted(set(st["direction"]))
                    cell.update(
                        strength=STRENGTH_ORDER[3],
                        statement_ids=";".join(st["statement_id"]),
                        text="stated: " + " / ".join(directions),
                        source=";".join(sorted(set(st["source"]))),
                    )
                else:
                    cell.update(strength=STRENGTH_ORDER[4], text="no data", source="")
            cells.append(cell)
    return pd.DataFrame(cells)


def _level_word(vocab: Vocabulary) -> str:
    return vocab.scale.get("level_word", "level")


def _level_range(levels: list[int], vocab: Vocabulary) -> str:
    """[5, 6] -> "scores 5–6" (in the vocabulary's word for a level)."""
    return f"{_level_word(vocab)}s {min(levels)}\u2013{max(levels)}"


def _levels_of(subgroup: str) -> list[int]:
    if not subgroup.startswith("score "):
        return []
    bounds = [int(x) for x in subgroup.split()[1].split("-")]
    return list(range(bounds[0], bounds[-1] + 1))


def gray_zone_plot(cells: pd.DataFrame, vocab: Vocabulary, title: str) -> p9.ggplot:
    levels = sorted(vocab.levels)
    treatments = list(vocab.treatments)
    d = cells.copy()
    d["x"] = d["level"].map({lv: i for i, lv in enumerate(levels)})
    d["y"] = d["treatment"].map({t: len(treatments) - i for i, t in enumerate(treatments)})
    d["strength"] = pd.Categorical(d["strength"], categories=STRENGTH_ORDER, ordered=True)
    d["xmin"], d["xmax"] = d["x"] - 0.47, d["x"] + 0.47
    d["ymin"], d["ymax"] = d["y"] - 0.45, d["y"] + 0.45
    statement = d[d["strength"] == STRENGTH_ORDER[3]]
    top = len(treatments) + 0.55
    gz = [levels.index(lv) for lv in vocab.gray_zone if lv in levels]
    band = pd.DataFrame({"x": np.linspace(-0.5, len(levels) - 0.5, 40)})
    band["t"] = (band["x"] + 0.5) / len(levels)
    step = (len(levels)) / 40
    # schematic bands from the vocabulary (severity_scale: bands), stacked above the cells
    bands = vocab.scale.get("bands", [])
    band_layers = []
    for i, spec in enumerate(reversed(bands)):
        low = top + 0.05 + 0.5 * i
        shade = band["t"] if spec["rises"] else 1 - band["t"]
        colour = OKABE_ITO["vermillion"] if spec["rises"] else OKABE_ITO["blue"]
        band_layers.append(
            p9.geom_rect(
                p9.aes(xmin="x", xmax=f"x+{step * 1.1}", ymin="ymin", ymax="ymax", alpha="shade"),
                data=band.assign(ymin=low, ymax=low + 0.4, shade=shade),
                fill=colour,
            )
        )
        band_layers.append(
            p9.annotate(
                "text",
                x=len(levels) - 0.55 if spec["rises"] else -0.45,
                y=low + 0.2,
                label=spec["label"],
                ha="right" if spec["rises"] else "left",
                size=7,
            )
        )
    labels = [f"{lv}\n" + textwrap.fill(vocab.levels[lv]["label"], 18) for lv in levels]
    plot = p9.ggplot()
    for layer in band_layers:
        plot += layer
    plot = (
        plot
        + p9.geom_rect(
            p9.aes(xmin="xmin", xmax="xmax", ymin="ymin", ymax="ymax", fill="strength"),
            data=d,
            color="#333333",
            size=0.3,
        )
        + p9.geom_rect(
            p9.aes(xmin="xmin", xmax="xmax", ymin="ymin", ymax="ymax"),
            data=statement,
            fill="none",
            color="#333333",
            linetype="dashed",
            size=0.6,
        )
        + p9.geom_text(p9.aes(x="x", y="y", label="text"), data=d, size=6.5, lineheight=1.1)
        + p9.annotate(
            "rect",
            xmin=min(gz) - 0.5,
            xmax=max(gz) + 0.5,
            ymin=0.45,
            ymax=len(treatments) + 0.5,
            fill="none",
            color="black",
            size=1.2,
            linetype="solid",
        )
        + p9.annotate(
            "text",
            x=(min(gz) + max(gz)) / 2,
            y=0.3,
            label=f"{vocab.scale.get('gray_zone_label', 'gray zone')} ({_level_range(list(vocab.gray_zone), vocab)})",
            size=7.5,
            fontweight="bold",
        )
        + p9.scale_x_continuous(breaks=list(range(len(levels))), labels=labels, expand=(0, 0.05))
        + p9.scale_y_continuous(
            breaks=[len(treatments) - i for i in range(len(treatments))], labels=treatments, expand=(0, 0.1)
        )
        + p9.scale_fill_manual(values=STRENGTH_FILL, drop=False, name="Evidence of benefit")
        + p9.scale_alpha_continuous(range=(0.05, 0.85), guide=None)
        + p9.labs(x=_capital(vocab.scale.get("name", "severity")), y="", title=title)
        + p9.theme_minimal(base_size=9)
        + p9.theme(
            panel_grid=p9.element_blank(),
            legend_position="bottom",
            legend_title=p9.element_text(size=8),
            legend_text=p9.element_text(size=7),
            figure_size=(WIDTH_IN, 4.6),
            plot_title=p9.element_text(size=10, ha="left"),
        )
        + p9.guides(fill=p9.guide_legend(nrow=2))
    )
    return plot


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def gray_zone_alt_text(cells: pd.DataFrame, vocab: Vocabulary) -> str:
    levels = sorted(vocab.levels)
    parts = [
        f"Treatments by {vocab.scale.get('name', 'severity')} ({min(levels)} to {max(levels)}), each cell "
        "shaded by the strength of evidence of benefit at that level."
    ]
    for _, c in cells.iterrows():
        lines = c["text"].splitlines()
        detail = lines[1] if len(lines) > 1 else lines[0] if lines else ""
        shown = f" ({detail})" if detail and detail != "no data" else ""
        parts.append(f"{c['treatment']}, score {c['level']}: {c['strength']}{shown}.")
    return " ".join(parts)


# -- saving -----------------------------------------------------------------------------------------


def save(plot: Any, stem: str | Path, dpi: int = 200) -> list[Path]:
    """Save ``plot`` as SVG (for HTML and PDF) and PNG, byte-identical across rebuilds.

    The plot is drawn once and the one figure written in both formats (``ggplot.save`` would
    build and draw it again for each file).
    """
    from matplotlib import pyplot

    stem = Path(stem)
    stem.parent.mkdir(parents=True, exist_ok=True)
    plot = plot + p9.theme(dpi=dpi)
    figure = plot.draw(show=False)
    paths = []
    try:
        with matplotlib.rc_context(plot.theme.rcParams):
            for ext, kwargs in (
                ("svg", {"metadata": {"Date": None}}),
                ("png", {"dpi": dpi, "metadata": {"Software": None}}),
            ):
                path = stem.with_suffix(f".{ext}")
                tmp = path.with_name(f".{path.name}.tmp.{ext}")
                figure.savefig(tmp, format=ext, **kwargs)
                tmp.replace(path)
                paths.append(path)
    finally:
        pyplot.close(figure)
    return paths


def subgroup_footer(tests: pd.DataFrame, data: pd.DataFrame) -> str:
    """Footer lines with the test for subgroup differences of each plotted trial and outcome."""
    lines = []
    for _, t in tests.iterrows():
        shown = data[
            (data["trial"] == t["trial"])
            & (data["outcome"] == t["outcome"])
            & (data["timepoint"].fillna("") == (t["timepoint"] if isinstance(t["timepoint"], str) else ""))
        ]
        if len(shown):
            when = f", {t['timepoint']}" if isinstance(t["timepoint"], str) and t["timepoint"] else ""
            lines.append(
                f"Test for subgroup differences, {t['outcome']}{when}: Q = {t['q']:.2f}, df = {int(t['df'])}, "
                f"P = {t['p']:.2f}, I\u00b2 = {t['i2']:.0f}%"
            )
    return "\n".join(lines)


# -- the meta-analysis forest plot (RevMan conventions) ------------------------------------------

#: Column positions (fractions of the width): study | n per arm | weight | estimate [CI] | plot
_META_COLS = {"study": 0.0, "n1": 0.29, "n2": 0.36, "weight": 0.43, "text": 0.51, "plot": (0.70, 0.90)}


def meta_forest_data(pooled: pd.DataFrame, evidence: pd.DataFrame, vocab: Vocabulary) -> pd.DataFrame:
    """One row per trial of each pooled analysis, then its pooled row: what the plot draws."""
    by_id = evidence.set_index("result_id")
    rows = []
    for p in pooled.itertuples():
        ratio = all(m in MEASURES_RATIO for m in p.measure.split(";"))
        outcome = vocab.outcomes.get(p.outcome)
        for rid, weight in zip(p.result_ids.split(";"), p.weights.split(";"), strict=True):
            r = by_id.loc[rid]
            trial = vocab.trials.get(r["trial"])
            randomized = trial.randomized if trial else {}
            rows.append(
                {
                    "pool_id": p.pool_id, "kind": "trial", "label": r["trial"], "result_id": rid,
                    "estimate": r["estimate"], "ci_low": r["ci_low"], "ci_high": r["ci_high"],
                    "text": estimate_text(r), "weight": float(weight),
                    "n1": randomized.get("experimental", ""), "n2": randomized.get("control", ""),
                    "ratio": ratio, "benefit": outcome.benefit if outcome else "none",
                    "comparison": p.comparison, "outcome": p.outcome, "subgroup": p.subgroup, "measure": p.measure,
                    "pi_low": math.nan, "pi_high": math.nan, "heterogeneity": "",
                }
            )  # fmt: skip
        het = (
            f"Heterogeneity: \u03c4\u00b2 = {p.tau2:.3f}; Q = {p.q:.2f}, df = {p.q_df} (P = {p.q_p:.2f}); "
            f"I\u00b2 = {p.i2:.0f}%"
        )
        rows.append(
            {
                "pool_id": p.pool_id, "kind": "pooled", "label": _pooled_label(p),
                "result_id": "", "estimate": p.estimate, "ci_low": p.ci_low, "ci_high": p.ci_high,
                "text": f"{p.estimate:.2f} [{p.ci_low:.2f}, {p.ci_high:.2f}]", "weight": 100.0, "n1": "", "n2": "",
                "ratio": ratio, "benefit": outcome.benefit if outcome else "none", "comparison": p.comparison,
                "outcome": p.outcome, "subgroup": p.subgroup, "measure": p.measure,
                "pi_low": p.pi_low, "pi_high": p.pi_high, "heterogeneity": het,
            }
        )  # fmt: skip
    return pd.DataFrame(rows, columns=META_COLUMNS)


META_COLUMNS = [
    "pool_id", "kind", "label", "result_id", "estimate", "ci_low", "ci_high", "text", "weight", "n1", "n2",
    "ratio", "benefit", "comparison", "outcome", "subgroup", "measure", "pi_low", "pi_high", "heterogeneity",
]  # fmt: skip


def _pooled_label(p: Any) -> str:
    hartung_knapp = str(p.hartung_knapp) == "True"  # a bool, or its text read back from CSV
    return f"Random effects ({p.method}{', Hartung-Knapp' if hartung_knapp else ''})"


def meta_forest_plot(data: pd.DataFrame, title: str) -> p9.ggplot:
    """Per pooled analysis: a header, one row per trial (n per arm where known, weight, estimate
    and CI, a square sized by weight), the pooled diamond, its prediction interval (k >= 3), the
    heterogeneity line and the "favours" labels; ratios on a log axis."""
    texts, segs, squares, diamonds = [], [], [], []
    y = 0.0
    lo_x, hi_x = _META_COLS["plot"]
    for pool_id, block in reversed(list(data.groupby("pool_id", sort=True))):
        trials, pooled = block[block["kind"] == "trial"], block[block["kind"] == "pooled"].iloc[0]
        ratio = bool(pooled["ratio"])
        xmin, xmax, breaks = _axis(block["ci_low"].min(), block["ci_high"].max(), ratio)
        f = np.log10 if ratio else (lambda v: np.asarray(v, float))

        def u(v: Any, xmin: float = xmin, xmax: float = xmax) -> Any:
            return lo_x + (np.clip(np.asarray(v, float), xmin, xmax) - xmin) / (xmax - xmin) * (hi_x - lo_x)

        # from the bottom up: favours labels, axis, heterogeneity, pooled row, trials, header
        null = float(u(f(1.0 if ratio else 0.0)))
        fav_left, fav_right = _favour_labels(pooled["benefit"], pooled["comparison"], ratio)
        texts += [
            {"x": null - 0.005, "y": y, "label": fav_left, "ha": "right", "size": 6.5, "style": "italic"},
            {"x": null + 0.005, "y": y, "label": fav_right, "ha": "left", "size": 6.5, "style": "italic"},
        ]
        y += 0.7
        for b in breaks:
            texts.append(
                {"x": float(u(f(b))), "y": y, "label": f"{b:g}", "ha": "center", "size": 6.5, "style": "normal"}
            )
        segs.append({"x": lo_x, "xend": hi_x, "y": y + 0.35, "yend": y + 0.35})
        y += 1.0
        texts.append({"x": 0.0, "y": y, "label": pooled["heterogeneity"], "ha": "left", "size": 6.5, "style": "normal"})
        y += 1.0
        top_of_rows = y + len(trials) + 0.5
        if pd.notna(pooled["pi_low"]):
            segs.append({"x": float(u(f(pooled["pi_low"]))), "xend": float(u(f(pooled["pi_high"]))),
                         "y": y - 0.45, "yend": y - 0.45})  # fmt: skip
            texts.append({"x": 0.0, "y": y - 0.45, "label": "Prediction interval", "ha": "left", "size": 6.5,
                          "style": "italic"})  # fmt: skip
            y += 0.5
            top_of_rows += 0.5
        cx, cl, ch = (float(u(f(pooled[k]))) for k in ("estimate", "ci_low", "ci_high"))
        diamonds += [
            {"group": pool_id, "order": 0, "x": cl, "y": y},
            {"group": pool_id, "order": 1, "x": cx, "y": y + 0.3},
            {"group": pool_id, "order": 2, "x": ch, "y": y},
            {"group": pool_id, "order": 3, "x": cx, "y": y - 0.3},
        ]
        for col, value in (("study", pooled["label"]), ("weight", "100.0%"), ("text", pooled["text"])):
            texts.append({"x": _META_COLS[col], "y": y, "label": value, "ha": "left", "size": 7, "style": "bold"})
        y += 1.0
        for t in reversed(list(trials.itertuples())):
            for col, value in (("study", t.label), ("n1", str(t.n1)), ("n2", str(t.n2)),
                               ("weight", f"{t.weight:.1f}%"), ("text", t.text)):  # fmt: skip
                texts.append({"x": _META_COLS[col], "y": y, "label": value, "ha": "left", "size": 7, "style": "normal"})
            segs.append({"x": float(u(f(t.ci_low))), "xend": float(u(f(t.ci_high))), "y": y, "yend": y})
            squares.append({"x": float(u(f(t.estimate))), "y": y, "weight": t.weight})
            y += 1.0
        segs.append({"x": null, "xend": null, "y": y - len(trials) - 1.6, "yend": top_of_rows - 0.2})
        measure = MEASURE_NAMES.get(pooled["measure"], pooled["measure"].replace("_", " ").replace(";", " / "))
        heads = (
            ("study", "Study"),
            ("n1", "N (T)"),
            ("n2", "N (C)"),
            ("weight", "Weight"),
            ("text", f"{measure} [95% CI]"),
        )
        for col, value in heads:
            texts.append({"x": _META_COLS[col], "y": y, "label": value, "ha": "left", "size": 7, "style": "bold"})
        y += 1.0
        header = f"{pooled['comparison']}: {pooled['outcome']}" + (
            f" ({pooled['subgroup']})" if pooled["subgroup"] != "overall" else ""
        )
        texts.append({"x": 0.0, "y": y, "label": header, "ha": "left", "size": 8, "style": "bold"})
        y += 1.6
    t = pd.DataFrame(texts)
    plot = (
        p9.ggplot()
        + p9.geom_segment(p9.aes(x="x", xend="xend", y="y", yend="yend"), data=pd.DataFrame(segs), size=0.5)
        + p9.geom_point(
            p9.aes(x="x", y="y", size="weight"),
            data=pd.DataFrame(squares),
            shape="s",
            fill=OKABE_ITO["blue"],
            color="black",
        )
        + p9.geom_polygon(
            p9.aes(x="x", y="y", group="group"), data=pd.DataFrame(diamonds), fill=OKABE_ITO["black"], color="black"
        )
        + p9.scale_size_continuous(range=(1.5, 5), limits=(0, 100), guide=None)
        + p9.scale_x_continuous(limits=(0, 1.02), expand=(0, 0))
        + p9.scale_y_continuous(limits=(-0.6, y), expand=(0, 0))
        + p9.labs(title=title, x="", y="")
        + p9.theme_void(base_size=9)
        + p9.theme(
            plot_title=p9.element_text(size=10, ha="left", margin={"b": 6}),
            figure_size=(WIDTH_IN, 0.6 + 0.22 * y),
            plot_background=p9.element_rect(fill="white", color="white"),
        )
    )
    for (style, size), part in t.groupby(["style", "size"], sort=True):
        for ha, sub in part.groupby("ha", sort=True):
            plot += p9.geom_text(
                p9.aes(x="x", y="y", label="label"), data=sub, ha=ha, size=size,
                fontweight="bold" if style == "bold" else "normal",
                fontstyle="italic" if style == "italic" else "normal",
            )  # fmt: skip
    return plot


def meta_alt_text(data: pd.DataFrame) -> str:
    if data.empty:
        return "No analysis was pooled."
    parts = []
    for _, block in data.groupby("pool_id", sort=True):
        pooled = block[block["kind"] == "pooled"].iloc[0]
        trials = block[block["kind"] == "trial"]
        parts.append(
            f"Meta-analysis of {pooled['comparison']}, {pooled['outcome']}: "
            + "; ".join(f"{t.label} {t.text}, weight {t.weight:.1f}%" for t in trials.itertuples())
            + f"; pooled {pooled['measure'].replace('_', ' ')} {pooled['text']}. {pooled['heterogeneity']}."
        )
    return " ".join(parts)


def empty_figure(message: str) -> p9.ggplot:
    """A small figure that says why there is nothing to draw."""
    return (
        p9.ggplot(pd.DataFrame({"x": [0.5], "y": [0.5], "label": [message]}))
        + p9.geom_text(p9.aes(x="x", y="y", label="label"), size=9)
        + p9.scale_x_continuous(limits=(0, 1))
        + p9.scale_y_continuous(limits=(0, 1))
        + p9.theme_void()
        + p9.theme(figure_size=(WIDTH_IN, 0.6), plot_background=p9.element_rect(fill="white", color="white"))
    )
