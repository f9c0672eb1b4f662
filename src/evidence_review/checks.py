"""The checks: the sources against themselves and against each other.

Produces, from the combined evidence table,

* ``checks``: one row per check (what was checked, its inputs, what was recomputed, a verdict
  and a one-line explanation). Verdicts: ``consistent``, ``computed`` (derived, nothing to
  compare with), ``note`` (worth a reader's attention, not an error), ``discrepancy`` and
  ``unsupported`` (a claim the source's own numbers do not give);
* ``reconciliation``: one row per quantity reported more than once (same trial, outcome,
  subgroup, time point and kind of number), classified ``identical``, ``consistent after
  rounding``, ``conflicting measure label`` or ``conflicting value``;
* ``subgroup_tests``: Cochran's Q across the severity strata of one trial and outcome.

Pooling across trials is :mod:`evidence_review.pooling` (the policy) and
:mod:`evidence_review.meta` (the statistics).

All comparisons of printed numbers go through :mod:`evidence_review.stats`, which turns every
printed number into the interval of values it can stand for.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from evidence_review import stats
from evidence_review.number import Number
from evidence_review.records import MEASURES_DIFFERENCE, MEASURES_RATIO
from evidence_review.vocabulary import Vocabulary

CHECK_COLUMNS = [
    "check_id",
    "check",
    "scope",
    "source",
    "result_ids",
    "trial",
    "outcome",
    "subgroup",
    "timepoint",
    "inputs",
    "recomputed",
    "verdict",
    "explanation",
]
RECONCILIATION_COLUMNS = [
    "group_id",
    "trial",
    "outcome",
    "subgroup",
    "timepoint",
    "kind",
    "sources",
    "result_ids",
    "versions",
    "classification",
    "explanation",
]
SUBGROUP_COLUMNS = [
    "test_id",
    "trial",
    "outcome",
    "timepoint",
    "measure",
    "subgroups",
    "estimates",
    "result_ids",
    "q",
    "df",
    "p",
    "i2",
    "interpretation",
]

VERDICTS = ["consistent", "computed", "note", "discrepancy", "unsupported"]
_APPROXIMATE = re.compile(r"(?i)\b(?:approximately|about|around|nearly|roughly|~)\s*$")
_SIGNIFICANT = re.compile(r"(?i)\bsignifican")
_NOT_SIGNIFICANT = re.compile(
    r"(?i)\b(?:not|non|no|did not achieve|nonsignificant|non-significant)\b[^.;]{0,40}significan|"
    r"\bnonsignifican|\bnon-significan"
)


def article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


def one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def fmt(x: float, digits: int = 2) -> str:
    """A number for a sentence: fixed digits, Unicode minus."""
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "n/a"
    return f"{x:.{digits}f}".replace("-", "\u2212")


def fmt_p(p: float) -> str:
    if p < 0.001:
        return "<0.001"
    return f"{p:.3f}" if p < 0.01 else f"{p:.2f}" if p >= 0.1 else f"{p:.3f}"


def number(row: pd.Series, key: str) -> Number | None:
    """The number ``key`` ("estimate", "ci_low", "arm1" ...) of a row as printed, or None where the row
    has no value for it (a bound printed as "not reached" has its text and no value)."""
    text = row.get(f"{key}_text")
    if text is None or (isinstance(text, float) and math.isnan(text)) or text == "":
        return None
    value = row.get(key if key in row.index else f"{key}_value")
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return Number.parse(str(text))


def kind_of(row: pd.Series) -> str:
    """What sort of number a row is, for grouping rows that report the same quantity."""
    measure = row["measure"]
    if measure in MEASURES_RATIO:
        return "ratio"
    if measure in MEASURES_DIFFERENCE:
        return "difference"
    shape = "arms" if pd.notna(row.get("arm1_value")) or pd.notna(row.get("arm2_value")) else "single"
    return f"{measure} ({shape})"


def label_of(row: pd.Series) -> str:
    """A printed result in one line: "rate ratio 1.16 (1.01-1.32), P=0.03" or "7 vs 8 days"."""
    measure = row["measure"].replace("_", " ")
    unit = row.get("unit") or ""
    if pd.notna(row.get("estimate")) and row.get("ci_low_text"):
        text = f"{measure} {row['estimate_text']} ({row['ci_low_text']}\u2013{row['ci_high_text']})"
        if row.get("p_text"):
            text += f", P{row['p_operator']}{row['p_text']}"
        return text.replace("-", "\u2212").replace("\u2212\u2212", "-")
    if row.get("arm1_text") or row.get("arm2_text"):
        u = "%" if unit == "%" else f" {unit}"
        a = row.get("arm1_text") or "?"
        b = row.get("arm2_text") or "?"
        text = f"{a}{u} vs {b}{u}"
        if row.get("p_text"):
            text += f", P{row['p_operator']}{row['p_text']}"
        return text
    u = "%" if unit == "%" else f" {unit}"
    return f"{measure} {row['estimate_text']}{u}"


@dataclass
class CheckContext:
    evidence: pd.DataFrame
    claims: pd.DataFrame
    recommendations: pd.DataFrame
    texts: dict[str, str]  # source id -> text
    kinds: dict[str, str]  # source id -> kind of document
    vocab: Vocabulary
    rows: list[dict[str, Any]]

    def add(
        self,
        check: str,
        rows: list[pd.Series],
        inputs: str,
        recomputed: str,
        verdict: str,
        explanation: str,
        scope: str = "within result",
    ) -> None:
        first = rows[0]
        self.rows.append(
            {
                "check": check,
                "scope": scope,
                "source": ";".join(sorted({r["source"] for r in rows})),
                "result_ids": ";".join(_row_id(r) for r in rows),
                "trial": first.get("trial", ""),
                "outcome": first.get("outcome", ""),
                "subgroup": first.get("subgroup", ""),
                "timepoint": first.get("timepoint", ""),
                "inputs": inputs,
                "recomputed": recomputed,
                "verdict": verdict,
                "explanation": explanation,
            }
        )

    def sentence(self, row: pd.Series) -> str:
        text = self.texts.get(row["source"], "")
        return one_line(text[int(row["context_start"]) : int(row["context_end"])])


def _row_id(row: pd.Series) -> str:
    for key in ("result_id", "claim_id", "recommendation_id", "statement_id"):
        value = row.get(key)
        if isinstance(value, str) and value:
            return value
    return ""


# -- within one result ---------------------------------------------------------------------------


def check_estimates(ctx: CheckContext) -> None:
    evidence = ctx.evidence
    effects = evidence[evidence["ci_low"].notna() & evidence["ci_high"].notna() & (evidence["problems"] == "")]
    for _, row in effects.iterrows():
        est, lo, hi = number(row, "estimate"), number(row, "ci_low"), number(row, "ci_high")
        ratio = row["measure"] in MEASURES_RATIO
        rec = stats.recompute(est, lo, hi, row["ci_level"], ratio)
        scale = "log scale" if ratio else "linear scale"
        basis = f"{label_of(row)} [{int(row['ci_level'])}% CI]"
        rec_text = (
            f"SE {fmt(rec.se, 3)} ({scale}); z {fmt(rec.z, 2)}; P {fmt_p(rec.p)} "
            f"(from {fmt_p(rec.p_range.lo)} to {fmt_p(rec.p_range.hi)} allowing for rounding)"
        )
        if row.get("p_text"):
            reported = stats.reported_p(row["p_text"], row["p_operator"])
            ok = reported.overlaps(rec.p_range)
            ctx.add(
                "P value vs CI",
                [row],
                basis,
                rec_text,
                "consistent" if ok else "discrepancy",
                f"The reported P{row['p_operator']}{row['p_text']} agrees with the P implied by the CI."
                if ok
                else f"The CI implies P {fmt_p(rec.p)} (between {fmt_p(rec.p_range.lo)} and "
                f"{fmt_p(rec.p_range.hi)} for any values that round to the printed ones), not "
                f"P{row['p_operator']}{row['p_text']}; the test and the CI may come from different methods.",
            )
        else:
            ctx.add(
                "P value from CI",
                [row],
                basis,
                rec_text,
                "computed",
                f"No P value is printed; the CI implies P {fmt_p(rec.p)}.",
            )
        half = (math.log(hi.value) - math.log(lo.value)) / 2 if ratio else (hi.value - lo.value) / 2
        f = math.log if ratio else (lambda x: x)
        gap = max(
            f(rec.estimate_range.lo) - f(rec.midpoint_range.hi),
            f(rec.midpoint_range.lo) - f(rec.estimate_range.hi),
            0.0,
        )
        centred = gap <= 0.05 * abs(half)
        mid = "geometric midpoint" if ratio else "midpoint"
        ctx.add(
            "estimate within and centred in its CI",
            [row],
            basis,
            f"{mid} of the CI {fmt(rec.midpoint, 3)} "
            f"({fmt(rec.midpoint_range.lo, 3)} to {fmt(rec.midpoint_range.hi, 3)} allowing for rounding)",
            "consistent" if centred else "discrepancy",
            f"The estimate sits at the {mid} of its CI, as a CI computed on the {scale} should."
            if centred
            else f"The estimate {row['estimate_text']} is not at the {mid} of its CI ({fmt(rec.midpoint, 3)}) "
            "for any values that round to the printed ones: the estimate or a bound may be misprinted, "
            f"or the CI is not symmetric on the {scale}.",
        )
        check_significance_wording(ctx, row, lo, hi, ratio)


def null_relation(lo: Number, hi: Number, ratio: bool) -> str:
    null = 1.0 if ratio else 0.0
    if lo.value == null or hi.value == null:
        return "touches"
    return "crosses" if lo.value < null < hi.value else "excludes"


def check_significance_wording(ctx: CheckContext, row: pd.Series, lo: Number, hi: Number, ratio: bool) -> None:
    relation = null_relation(lo, hi, ratio)
    sentence = ctx.sentence(row)
    says_not = bool(_NOT_SIGNIFICANT.search(sentence))
    says_sig = bool(_SIGNIFICANT.search(sentence)) and not says_not
    p_small = bool(row.get("p_text")) and stats.reported_p(row["p_text"], row["p_operator"]).hi <= 0.05
    null = "1" if ratio else "0"
    basis = f"{label_of(row)}; wording: \u201c{sentence[:160]}{'…' if len(sentence) > 160 else ''}\u201d"
    if relation == "crosses" and (says_sig or p_small):
        verdict, why = (
            "discrepancy",
            (f"The text calls the result significant (or prints P\u22640.05) but the CI includes {null} (no effect)."),
        )
    elif relation == "excludes" and says_not:
        verdict, why = "discrepancy", f"The text calls the result not significant but the CI excludes {null}."
    elif relation == "touches":
        verdict, why = (
            "note",
            (
                f"A CI bound is printed as {null}: the interval touches no effect, so whether it is "
                "significant depends on digits that were rounded away."
            ),
        )
    else:
        return
    ctx.add("significance wording vs CI", [row], basis, f"CI {relation} {null}", verdict, why)


# -- arm values ----------------------------------------------------------------------------------


def _denominators(ctx: CheckContext, row: pd.Series) -> tuple[tuple[float, float] | None, str]:
    trial = ctx.vocab.trials.get(row["trial"])
    if trial and trial.randomized:
        return (
            trial.randomized["experimental"],
            trial.randomized["control"],
        ), "randomized numbers (vocabulary)"
    ev = ctx.evidence
    sizes = ev[(ev["trial"] == row["trial"]) & (ev["outcome"] == "enrollment") & ev["arm1_value"].notna()]
    if len(sizes):
        s = sizes.iloc[0]
        return (s["arm1_value"], s["arm2_value"]), f"arm sizes in {s['result_id']}"
    return None, ""


def check_arm_percentages(ctx: CheckContext) -> None:
    ev = ctx.evidence
    pairs = ev[
        (ev["measure"] == "percent") & ev["arm1_value"].notna() & ev["arm2_value"].notna() & (ev["problems"] == "")
    ]
    for _, row in pairs.iterrows():
        n, n_basis = _denominators(ctx, row)
        tp = stats.two_proportions(row["arm1_value"], row["arm2_value"], *(n or (None, None)))
        parts = [f"RD {fmt(tp.rd, 1)} percentage points"]
        if tp.rd_ci:
            parts[-1] += (
                f" (95% CI {fmt(tp.rd_ci[0], 1)} to {fmt(tp.rd_ci[1], 1)},"
                f" with n = {int(n[0])}/{int(n[1])} from {n_basis})"
            )
        if tp.rr is not None:
            rr = f"risk ratio {fmt(tp.rr, 2)}"
            if tp.rr_ci:
                rr += f" ({fmt(tp.rr_ci[0], 2)} to {fmt(tp.rr_ci[1], 2)})"
            parts.append(rr)
        parts.append(tp.nnt())
        recomputed = "; ".join(parts)
        same = ev[
            (ev["source"] == row["source"])
            & (ev["trial"] == row["trial"])
            & (ev["outcome"] == row["outcome"])
            & (ev["subgroup"] == row["subgroup"])
            & (ev["context_start"] == row["context_start"])
            & ev["ci_low"].notna()
        ]
        diff = same[same["measure"] == "risk_difference"]
        ratio = same[same["measure"].isin(MEASURES_RATIO)]
        p1 = stats.printed(number(row, "arm1"))
        p2 = stats.printed(number(row, "arm2"))
        rd_box = stats.Interval(p1.lo - p2.hi, p1.hi - p2.lo)
        if len(diff):
            d = diff.iloc[0]
            stated = stats.printed(number(d, "estimate"))
            ok = stated.overlaps(rd_box)
            ctx.add(
                "risk difference from arm percentages",
                [row, d],
                f"{label_of(row)}; stated {label_of(d)}",
                recomputed,
                "consistent" if ok else "discrepancy",
                f"The arms give a difference of {fmt(tp.rd, 1)} points ({fmt(rd_box.lo, 2)} to "
                f"{fmt(rd_box.hi, 2)} allowing for rounding), "
                + ("matching the stated difference." if ok else f"not the stated {d['estimate_text']}."),
            )
        elif len(ratio) and tp.rr is not None:
            r = ratio.iloc[0]
            inside = r["ci_low"] <= tp.rr <= r["ci_high"]
            ctx.add(
                "crude ratio from arm percentages",
                [row, r],
                f"{label_of(row)}; stated {label_of(r)}",
                recomputed,
                "consistent" if inside else "note",
                f"The crude risk ratio {fmt(tp.rr, 2)} from the percentages lies within the stated "
                f"{r['measure'].replace('_', ' ')}'s CI."
                if inside
                else f"The crude risk ratio {fmt(tp.rr, 2)} lies outside the stated "
                f"{r['measure'].replace('_', ' ')}'s CI; "
                "the stated estimate is probably adjusted or time-to-event.",
            )
        else:
            ctx.add(
                "absolute effect from arm percentages",
                [row],
                label_of(row),
                recomputed,
                "computed",
                "Absolute difference and number needed to treat derived from the arm percentages.",
            )


def check_denominators(ctx: CheckContext) -> None:
    """Which arm sizes are consistent with a count and its percentage, vs the randomized ones."""
    ev = ctx.evidence
    counts = ev[(ev["measure"] == "count") & ev["arm1_value"].notna() & (ev["outcome"] != "enrollment")]
    for _, row in counts.iterrows():
        pcts = ev[
            (ev["trial"] == row["trial"])
            & (ev["outcome"] == row["outcome"])
            & (ev["subgroup"] == row["subgroup"])
            & (ev["measure"] == "percent")
            & ev["arm2_value"].notna()
        ].drop_duplicates(["source", "arm1_text", "arm2_text"])
        n, n_basis = _denominators(ctx, row)
        for _, pct in pcts.iterrows():
            ranges = []
            for arm in ("arm1", "arm2"):
                c, p = number(row, arm), number(pct, arm)
                if c is None or p is None or p.value <= 0:
                    ranges.append(None)
                    continue
                ranges.append(stats.implied_denominators(int(c.value), p))
            if not any(ranges):
                continue
            text = "; ".join(
                f"arm {i}: {number(row, f'arm{i}').text} of {r.start}\u2013{r[-1]}" if r else f"arm {i}: none"
                for i, r in zip((1, 2), ranges, strict=True)
                if r is not None
            )
            scope = "within source" if pct["source"] == row["source"] else "across sources"
            basis = f"counts {label_of(row)} ({row['source']}); percentages {label_of(pct)} ({pct['source']})"
            if n is None:
                ctx.add(
                    "denominators implied by counts and percentages",
                    [row, pct],
                    basis,
                    text,
                    "computed",
                    "Arm sizes that make the counts round to the printed percentages.",
                    scope,
                )
                continue
            fits = [int(size) in r for r, size in zip(ranges, n, strict=True) if r is not None]
            ok = all(fits)
            ctx.add(
                "denominators implied by counts and percentages",
                [row, pct],
                basis,
                f"{text}; compared with n = {int(n[0])}/{int(n[1])} ({n_basis})",
                "consistent" if ok else "discrepancy",
                "The counts and percentages fit the arm sizes."
                if ok
                else f"The counts ({label_of(row)}) with the percentages ({label_of(pct)}) imply arm sizes of "
                f"{text.replace('arm 1: ', '').replace('arm 2: ', '')}, not the "
                f"{int(n[0])} and {int(n[1])} randomized: the percentages are of another population "
                "(for example the patients who received treatment).",
                scope,
            )


def check_arm_sums(ctx: CheckContext) -> None:
    ev = ctx.evidence
    enrol = ev[ev["outcome"] == "enrollment"]
    arms = enrol[enrol["arm1_value"].notna() & enrol["arm2_value"].notna()]
    totals = enrol[enrol["estimate"].notna()]
    for _, row in arms.iterrows():
        for _, tot in (
            totals[(totals["trial"] == row["trial"]) & (totals["subgroup"] == row["subgroup"])]
            .drop_duplicates(["source", "estimate"])
            .iterrows()
        ):
            total = row["arm1_value"] + row["arm2_value"]
            ok = total == tot["estimate"]
            scope = "within source" if tot["source"] == row["source"] else "across sources"
            ctx.add(
                "arm sizes add up to the total",
                [row, tot],
                f"{label_of(row)}; total {tot['estimate_text']}",
                f"{row['arm1_text']} + {row['arm2_text']} = {int(total)}",
                "consistent" if ok else "discrepancy",
                "The arm sizes add up to the total."
                if ok
                else f"The arm sizes add up to {int(total)}, not {tot['estimate_text']}.",
                scope,
            )


def check_overall_from_arms(ctx: CheckContext) -> None:
    ev = ctx.evidence
    singles = ev[(ev["measure"] == "percent") & ev["estimate"].notna()]
    for _, row in singles.iterrows():
        arms = ev[
            (ev["trial"] == row["trial"])
            & (ev["outcome"] == row["outcome"])
            & (ev["subgroup"] == row["subgroup"])
            & (ev["measure"] == "percent")
            & ev["arm1_value"].notna()
            & ev["arm2_value"].notna()
        ]
        for _, arm in arms.iterrows():
            n, n_basis = _denominators(ctx, arm)
            w1, w2 = n if n else (1.0, 1.0)
            overall = (arm["arm1_value"] * w1 + arm["arm2_value"] * w2) / (w1 + w2)
            box = stats.printed(number(row, "estimate"))
            ok = box.contains(overall)
            text = ctx.texts.get(row["source"], "")[: int(row["start"])]
            approximate = bool(_APPROXIMATE.search(text[-20:]))
            verdict = "consistent" if ok else "note" if approximate else "discrepancy"
            ctx.add(
                "overall percentage vs arm percentages",
                [row, arm],
                f"overall {row['estimate_text']}% ({row['source']}); arms {label_of(arm)} ({arm['source']})",
                f"weighted overall {fmt(overall, 1)}% ({n_basis or 'equal weights'})",
                verdict,
                f"The arms give {fmt(overall, 1)}% overall, which the printed {row['estimate_text']}% "
                + (
                    "matches." if ok else f"does not round to{' (the text says approximately)' if approximate else ''}."
                ),
                "within source" if arm["source"] == row["source"] else "across sources",
            )


# -- claims and ratings ---------------------------------------------------------------------------


def check_claims(ctx: CheckContext) -> None:
    ev = ctx.evidence
    for _, claim in ctx.claims.iterrows():
        relative = claim["claimed_value"] / 100
        implied = 1 + relative if claim["direction"] == "increase" else 1 - relative
        basis = f"\u201c{claim['quote']}\u201d ({claim['source']})"
        same = ev[
            (ev["trial"] == claim["trial"])
            & (ev["outcome"] == claim["outcome"])
            & (ev["subgroup"] == claim["subgroup"])
        ]
        ratios = same[same["measure"].isin(MEASURES_RATIO) & same["estimate"].notna()]
        ratios = ratios.assign(_same=(ratios["source"] != claim["source"])).sort_values("_same")
        if len(ratios):
            r = ratios.iloc[0]
            box = stats.printed(number(r, "estimate"))
            claim_box = stats.Interval(implied - 0.005, implied + 0.005)
            ok = box.overlaps(claim_box) or abs(implied - r["estimate"]) < 10 ** -number(r, "estimate").decimals
            ctx.add(
                "stated relative effect vs estimate",
                [claim, r],
                f"{basis}; {label_of(r)} ({r['source']})",
                f"a {claim['claimed_text']}% {claim['direction']} is a ratio of {fmt(implied, 2)}",
                "consistent" if ok else "unsupported",
                f"The claim matches the {r['measure'].replace('_', ' ')} of {r['estimate_text']}."
                if ok
                else f"The claim implies a ratio of {fmt(implied, 2)}, the numbers give {r['estimate_text']}.",
                "within source" if r["source"] == claim["source"] else "across sources",
            )
            continue
        own = ev[
            (ev["trial"] == claim["trial"])
            & (ev["source"] == claim["source"])
            & (ev["measure"] == "percent")
            & ev["arm1_value"].notna()
            & ev["arm2_value"].notna()
        ]
        if len(own):
            r = own.iloc[0]
            reduction = (1 - r["arm1_value"] / r["arm2_value"]) * 100
            same_outcome = r["outcome"] == claim["outcome"]
            ok = same_outcome and abs(reduction - claim["claimed_value"]) <= 1
            ctx.add(
                "stated relative effect vs the source's own numbers",
                [claim, r],
                f"{basis}; {label_of(r)} for {r['outcome']}",
                f"relative reduction {fmt(reduction, 0)}% = 1 \u2212 {r['arm1_text']}/{r['arm2_text']}",
                "consistent" if ok else "unsupported",
                f"The source's own numbers ({r['arm1_text']}% vs {r['arm2_text']}% for {r['outcome']}) give a "
                f"{fmt(reduction, 0)}% relative reduction"
                + (
                    ""
                    if same_outcome
                    else f" in {r['outcome']}, not a {claim['claimed_text']}% reduction in {claim['outcome']}"
                )
                + ("." if ok else "; the claimed figure is not supported by the numbers given."),
                "within source",
            )
        else:
            ctx.add(
                "stated relative effect vs the source's own numbers",
                [claim],
                basis,
                "no numbers to compare",
                "unsupported",
                "The source gives no numbers from which this relative effect can be checked.",
            )


def check_ratings(ctx: CheckContext) -> None:
    recs = ctx.recommendations
    if recs.empty:
        return
    kinds = recs["source"].map(ctx.kinds)
    guideline = recs[kinds == "guideline"]
    cited = recs[(kinds != "guideline") & (recs["rating"] != "")]
    for _, rec in cited.iterrows():
        drug = rec["intervention"].split()[0].lower() if rec["intervention"] else ""
        matches = (
            guideline[guideline["intervention"].str.lower().str.contains(re.escape(drug))] if drug else guideline[:0]
        )
        if matches.empty:
            continue
        given = "; ".join(f"{m['rating'] or m['direction']} for {m['intervention']}" for _, m in matches.iterrows())
        ok = rec["rating"] in set(matches["rating"])
        ctx.add(
            "cited guideline rating vs the guideline",
            [rec, *[m for _, m in matches.iterrows()]],
            f"\u201c{one_line(rec['quote'])}\u201d ({rec['source']})",
            f"the guideline gives: {given}",
            "consistent" if ok else "discrepancy",
            f"The rating {rec['rating']} is among the guideline's ratings."
            if ok
            else f"{rec['source']} cites a rating of {rec['rating']}, which the guideline version in the sources "
            f"does not give for {drug}; it gives {given}.",
            "across sources",
        )


def check_statement_support(ctx: CheckContext, statements: pd.DataFrame) -> None:
    """A statement of benefit at a severity level, against the trial's estimates at that level."""
    ev = ctx.evidence
    for _, st in statements[statements["direction"] == "benefit"].iterrows():
        trial = ctx.vocab.trial_for_treatment(st["treatment"])
        if not trial:
            continue
        for level in st["levels"].split(";"):
            est = ev[(ev["trial"] == trial) & (ev["subgroup"] == f"score {level}") & ev["ci_low"].notna()]
            if est.empty:
                continue
            fav = []
            for _, r in est.drop_duplicates(["outcome", "timepoint", "estimate_text", "ci_low_text"]).iterrows():
                benefit = ctx.vocab.outcomes[r["outcome"]].benefit if r["outcome"] in ctx.vocab.outcomes else "none"
                ratio = r["measure"] in MEASURES_RATIO
                null = 1.0 if ratio else 0.0
                excl = r["ci_low"] > null if benefit == "increase" else r["ci_high"] < null
                fav.append((excl, r))
            ok = any(e for e, _ in fav)
            listed = "; ".join(f"{r['outcome']} {label_of(r)}" for _, r in fav)
            row = st.copy()
            row["outcome"], row["subgroup"], row["timepoint"] = "", f"score {level}", ""
            ctx.add(
                "stated benefit vs estimates at that severity",
                [row, *[r for _, r in fav]],
                f"\u201c{one_line(st['quote'])}\u201d ({st['source']})",
                listed,
                "consistent" if ok else "note",
                f"At score {level} at least one estimate excludes no effect in favour of {st['treatment']}."
                if ok
                else f"At score {level} every estimate's CI includes no effect ({listed}); the stated benefit "
                "is a point estimate, not an established effect.",
                "within source" if set(r["source"] for _, r in fav) == {st["source"]} else "across sources",
            )


# -- across sources ----------------------------------------------------------------------------

GROUP_KEY = ["trial", "outcome", "subgroup", "timepoint", "kind"]


def _boxes(row: pd.Series) -> dict[str, stats.Interval]:
    out = {}
    for key in ("estimate", "ci_low", "ci_high", "arm1", "arm2"):
        n = number(row, key)
        if n is not None:
            out[key] = stats.printed(n)
    return out


def _values(row: pd.Series) -> dict[str, float]:
    return {k: number(row, k).value for k in ("estimate", "ci_low", "ci_high", "arm1", "arm2") if number(row, k)}


def classify_pair(a: pd.Series, b: pd.Series) -> str:
    va, vb = _values(a), _values(b)
    keys = sorted(set(va) & set(vb))
    same_numbers = keys and all(va[k] == vb[k] for k in keys)
    if a["measure"] != b["measure"]:
        return "conflicting measure label" if same_numbers else "conflicting value"
    if same_numbers:
        return "identical"
    ba, bb = _boxes(a), _boxes(b)
    if keys and all(ba[k].overlaps(bb[k]) for k in keys):
        return "consistent after rounding"
    return "conflicting value"


SEVERITY = ["identical", "consistent after rounding", "conflicting measure label", "conflicting value"]


def reconcile(evidence: pd.DataFrame) -> pd.DataFrame:
    ev = evidence[(evidence["problems"] == "") & (evidence["trial"] != "")].copy()
    ev["kind"] = ev.apply(kind_of, axis=1)
    rows = []
    for key, group in ev.groupby(GROUP_KEY, sort=True):
        versions = group.drop_duplicates(
            ["source", "measure", "estimate_text", "ci_low_text", "ci_high_text", "arm1_text", "arm2_text"]
        )
        sources = sorted(group["source"].unique())
        if len(sources) < 2 and len(versions) < 2:
            continue
        worst, explanation = "identical", []
        vlist = list(versions.iterrows())
        for i, (_, a) in enumerate(vlist):
            for _, b in vlist[i + 1 :]:
                cls = classify_pair(a, b)
                if SEVERITY.index(cls) > SEVERITY.index(worst):
                    worst = cls
                if cls != "identical":
                    explanation.append(_explain(cls, a, b))
        if len(sources) < 2 and worst in ("identical", "consistent after rounding"):
            continue
        rows.append(
            {
                "trial": key[0],
                "outcome": key[1],
                "subgroup": key[2],
                "timepoint": key[3],
                "kind": key[4],
                "sources": ";".join(sources),
                "result_ids": ";".join(group["result_id"]),
                "versions": " | ".join(f"{r['source']}: {label_of(r)}" for _, r in versions.iterrows()),
                "classification": worst,
                "explanation": " ".join(dict.fromkeys(explanation))
                or f"All {len(group)} reports print the same numbers.",
            }
        )
    out = pd.DataFrame(rows, columns=[c for c in RECONCILIATION_COLUMNS if c != "group_id"])
    out.insert(0, "group_id", [f"Q{i:03d}" for i in range(1, len(out) + 1)])
    return out


def _explain(cls: str, a: pd.Series, b: pd.Series) -> str:
    if cls == "conflicting measure label":
        return (
            f"{a['source']} calls {a['estimate_text']} ({a['ci_low_text']}\u2013{a['ci_high_text']}) "
            f"{article(a['measure'])} {a['measure'].replace('_', ' ')}, {b['source']} calls the same numbers "
            f"{article(b['measure'])} {b['measure'].replace('_', ' ')}."
        )
    va, vb = _values(a), _values(b)
    ba, bb = _boxes(a), _boxes(b)
    names = {
        "estimate": "estimate",
        "ci_low": "lower CI bound",
        "ci_high": "upper CI bound",
        "arm1": "experimental arm",
        "arm2": "control arm",
    }
    diffs = []
    for k in sorted(set(va) & set(vb)):
        if va[k] != vb[k]:
            ta, tb = number(a, k).text, number(b, k).text
            if cls == "consistent after rounding":
                diffs.append(f"{names[k]} {ta} vs {tb}")
            elif not ba[k].overlaps(bb[k]):
                diffs.append(f"{names[k]} {ta} ({a['source']}) vs {tb} ({b['source']})")
    if cls == "consistent after rounding":
        return f"{a['source']} and {b['source']} differ only by rounding ({', '.join(diffs)})."
    return f"Values disagree beyond rounding: {', '.join(diffs)}."


# -- across subgroups and trials ------------------------------------------------------------------


def preferred_versions(evidence: pd.DataFrame, priority: list[str], kinds: dict[str, str]) -> pd.Series:
    """For each quantity, the row to show: from the highest-priority kind of source."""
    ev = evidence.copy()
    ev["kind"] = ev.apply(kind_of, axis=1)
    rank = ev["source"].map(lambda s: priority.index(kinds[s]) if kinds.get(s) in priority else len(priority))
    ev["_rank"] = rank
    ev["_order"] = range(len(ev))
    best = ev.sort_values(["_rank", "source", "_order"]).drop_duplicates([*GROUP_KEY, "measure"], keep="first")
    best = best.sort_values(["_rank", "source", "_order"]).drop_duplicates(GROUP_KEY, keep="first")
    return evidence["result_id"].isin(best["result_id"])


def subgroup_tests(evidence: pd.DataFrame) -> pd.DataFrame:
    ev = evidence[
        evidence["preferred"]
        & evidence["ci_low"].notna()
        & evidence["subgroup"].str.match(r"score \d$")
        & evidence["measure"].isin(MEASURES_RATIO)
        & (evidence["problems"] == "")
    ]
    rows = []
    for (trial, outcome, timepoint, measure), group in ev.groupby(["trial", "outcome", "timepoint", "measure"]):
        group = group.sort_values("subgroup")
        if len(group) < 2:
            continue
        y = np.log(group["estimate"].to_numpy())
        se = (np.log(group["ci_high"].to_numpy()) - np.log(group["ci_low"].to_numpy())) / (
            2 * np.array([stats.z_for_level(lv) for lv in group["ci_level"]])
        )
        het = stats.cochran_q(y, se)
        rows.append(
            {
                "trial": trial,
                "outcome": outcome,
                "timepoint": timepoint,
                "measure": measure,
                "subgroups": ";".join(group["subgroup"]),
                "estimates": "; ".join(
                    f"{r['subgroup']}: {r['estimate_text']} ({r['ci_low_text']}\u2013{r['ci_high_text']})"
                    for _, r in group.iterrows()
                ),
                "result_ids": ";".join(group["result_id"]),
                "q": het.q,
                "df": het.df,
                "p": het.p,
                "i2": het.i2 * 100,
                "interpretation": (
                    f"Q = {fmt(het.q, 2)} on {het.df} df, P = {fmt_p(het.p)}, I\u00b2 = {het.i2 * 100:.0f}%: "
                    + (
                        "the subgroups differ more than chance would explain."
                        if het.p < 0.05
                        else "no evidence that the effect differs between severity strata; "
                        "the apparent differences are compatible with chance."
                    )
                ),
            }
        )
    out = pd.DataFrame(rows, columns=[c for c in SUBGROUP_COLUMNS if c != "test_id"])
    out.insert(0, "test_id", [f"H{i:03d}" for i in range(1, len(out) + 1)])
    return out


def run_checks(ctx: CheckContext, statements: pd.DataFrame) -> pd.DataFrame:
    check_estimates(ctx)
    check_arm_percentages(ctx)
    check_denominators(ctx)
    check_arm_sums(ctx)
    check_overall_from_arms(ctx)
    check_claims(ctx)
    check_ratings(ctx)
    check_statement_support(ctx, statements)
    flagged = ctx.evidence[ctx.evidence["problems"] != ""]
    for _, row in flagged.iterrows():
        ctx.add(
            "plausibility of the printed numbers",
            [row],
            label_of(row),
            row["problems"],
            "discrepancy",
            f"These numbers cannot be right as printed ({row['problems']}); the row is kept and "
            "left out of figures and summaries.",
        )
    out = pd.DataFrame(ctx.rows, columns=[c for c in CHECK_COLUMNS if c != "check_id"])
    out.insert(0, "check_id", [f"K{i:03d}" for i in range(1, len(out) + 1)])
    return out
