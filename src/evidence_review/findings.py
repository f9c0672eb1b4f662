"""The review's findings: one per outcome of the question, with its certainty and its sentence.

For each outcome of ``config.yaml: review/outcomes`` the finding is the pooled result of the
randomized trials of the intervention (:mod:`evidence_review.pooling`), or the one trial's
result, or, when trials report it but may not be pooled, each trial's result with the reason.
Its certainty follows GRADE: randomized evidence starts high and is rated down one level per
serious concern (two per very serious one):

* **risk of bias** and **indirectness**: the user's judgments per trial (``review/judgments``);
  a missing judgment is "not assessed", never guessed;
* **imprecision** (computed): the CI includes no effect; very serious when it includes both an
  important benefit and an important harm (``mid`` of the outcome, default 25% for ratios);
* **inconsistency** (computed, two or more trials): I² of 50% or more, or a prediction interval
  that includes no effect while the CI does not.

The sentence is a GRADE informative statement (Santesso et al., J Clin Epidemiol
2020;119:126-135), chosen from :data:`STATEMENTS` by the direction of the estimate, whether its
CI excludes no effect, and the certainty.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from evidence_review.pooling import Policy
from evidence_review.records import MEASURES_RATIO
from evidence_review.vocabulary import Vocabulary

LEVELS = ["very low", "low", "moderate", "high"]
DOWNGRADE = {"not serious": 0, "serious": 1, "very serious": 2}

#: GRADE informative statements: (effect, certainty) -> statement; {i} the intervention, {o} the
#: outcome. "effect" is "reduces" / "increases" when the CI excludes no effect (and no
#: important-difference threshold says the effect is trivial), else "no difference".
STATEMENTS = {
    ("reduces", "high"): "{I} reduces {o}.",
    ("reduces", "moderate"): "{I} probably reduces {o}.",
    ("reduces", "low"): "{I} may reduce {o}.",
    ("reduces", "very low"): "The evidence is very uncertain about the effect of {i} on {o}.",
    ("increases", "high"): "{I} increases {o}.",
    ("increases", "moderate"): "{I} probably increases {o}.",
    ("increases", "low"): "{I} may increase {o}.",
    ("increases", "very low"): "The evidence is very uncertain about the effect of {i} on {o}.",
    ("no difference", "high"): "{I} results in little or no difference in {o}.",
    ("no difference", "moderate"): "{I} probably results in little or no difference in {o}.",
    ("no difference", "low"): "{I} may result in little or no difference in {o}.",
    ("no difference", "very low"): "The evidence is very uncertain about the effect of {i} on {o}.",
}


@dataclass
class Concern:
    """One GRADE domain of one finding."""

    domain: str
    level: str  # not serious, serious, very serious, not assessed, not applicable
    reason: str
    missing: list[str] = field(default_factory=list)  # trials with no judgment of this domain
    judged: str = ""  # the reason of the judgment that decides the level (without the gaps)

    @property
    def downgrade(self) -> int:
        return DOWNGRADE.get(self.level, 0)


@dataclass
class Finding:
    """What the evidence says about one outcome."""

    outcome: str
    importance: str
    window: str
    kind: str  # pooled, single trial, not pooled, no evidence
    trials: list[str]
    result_ids: list[str]
    measure: str = ""
    estimate: float = math.nan
    ci_low: float = math.nan
    ci_high: float = math.nan
    pool_id: str = ""
    reason: str = ""  # why the trials were not pooled
    concerns: list[Concern] = field(default_factory=list)
    certainty: str = ""
    effect: str = ""  # reduces, increases, no difference
    statement: str = ""

    @property
    def downgrades(self) -> list[Concern]:
        return [c for c in self.concerns if c.downgrade]

    @property
    def not_assessed(self) -> list[Concern]:
        """Domains with no judgment for some or all of the trials."""
        return [c for c in self.concerns if c.missing]


def _null(measure: str) -> float:
    return 1.0 if measure in MEASURES_RATIO else 0.0


def _judgment(judgments: dict[str, Any], trials: list[str], outcome: str, domain: str) -> Concern:
    """The most serious judgment of a domain among the trials; trials without one are named as
    not assessed (nothing is guessed for them)."""
    found, missing = [], []
    for trial in trials:
        j = judgments.get(trial, {}).get(domain)
        if j and (not j.get("outcomes") or outcome in j["outcomes"]):
            found.append((DOWNGRADE[j["level"]], trial, j))
        elif not j:
            missing.append(trial)
    gap = f"not assessed for {', '.join(missing)} (no judgment in config.yaml: review/judgments)" if missing else ""
    if not found:
        return Concern(domain, "not assessed", gap, missing)
    worst = max(found, key=lambda x: x[0])
    if worst[0] == 0:
        reason = "; ".join(f"{t}: {j['reason']}" for _, t, j in found)
        return Concern(domain, "not serious", "; ".join(filter(None, (reason, gap))), missing)
    reason = f"{worst[1]}: {worst[2]['reason']}"
    return Concern(domain, worst[2]["level"], "; ".join(filter(None, (reason, gap))), missing, reason)


def imprecision(measure: str, lo: float, hi: float, mid: float | None) -> Concern:
    null = _null(measure)
    if not (lo <= null <= hi):
        return Concern("imprecision", "not serious", "the CI excludes no effect")
    if measure in MEASURES_RATIO:
        mid = 0.25 if mid is None else mid
        both = lo < 1 / (1 + mid) and hi > 1 + mid
        size = f"a {mid:.0%} relative change"
    else:
        both = mid is not None and lo < -mid and hi > mid
        size = f"a difference of {mid:g}" if mid is not None else ""
    if both:
        return Concern("imprecision", "very serious", f"the CI includes no effect and both benefit and harm of {size}")
    return Concern("imprecision", "serious", "the CI includes no effect")


def inconsistency(pooled: pd.Series | None, k: int) -> Concern:
    if pooled is None or k < 2:
        return Concern("inconsistency", "not applicable", "one trial")
    null = _null(pooled["measure"].split(";")[0])
    pi = pooled.get("pi_low")
    pi_crosses = pd.notna(pi) and pooled["pi_low"] <= null <= pooled["pi_high"]
    ci_crosses = pooled["ci_low"] <= null <= pooled["ci_high"]
    if pooled["i2"] >= 50:
        return Concern("inconsistency", "serious", f"I² = {pooled['i2']:.0f}%")
    if pi_crosses and not ci_crosses:
        return Concern("inconsistency", "serious", "the prediction interval includes no effect")
    return Concern("inconsistency", "not serious", f"I² = {pooled['i2']:.0f}%")


def effect_of(measure: str, est: float, lo: float, hi: float, mid: float | None) -> str:
    null = _null(measure)
    if lo <= null <= hi:
        return "no difference"
    if mid is not None:
        trivial = abs(math.log(est)) < math.log(1 + mid) if measure in MEASURES_RATIO else abs(est) < mid
        if trivial:
            return "no difference"
    return "reduces" if est < null else "increases"


def statement(effect: str, certainty: str, intervention: str, outcome: str) -> str:
    text = STATEMENTS[(effect, certainty)]
    return text.format(I=intervention[:1].upper() + intervention[1:], i=intervention, o=outcome)


def summary_of_findings(
    evidence: pd.DataFrame,
    pooled: pd.DataFrame,
    not_pooled: pd.DataFrame,
    vocab: Vocabulary,
    review: dict[str, Any],
    pooling: dict[str, Any],
) -> list[Finding]:
    """One finding per outcome of the question."""
    policy = Policy.from_config(pooling)
    interventions = set(review["interventions"])
    comparisons = {policy.comparison(t) for t in interventions}
    randomized = {n for n, t in vocab.trials.items() if "random" in t.design and t.treatment in interventions}
    usable = evidence[
        evidence["preferred"]
        & (evidence["problems"] == "")
        & (evidence["subgroup"] == "overall")
        & evidence["trial"].isin(randomized)
        & evidence["ci_low"].notna()
        & evidence["estimate"].notna()
    ]
    findings = []
    for spec in review["outcomes"]:
        outcome, mid = spec["name"], spec.get("mid")
        base = {"outcome": outcome, "importance": spec.get("importance", "secondary"), "window": spec.get("window", "")}
        rows = usable[usable["outcome"] == outcome]
        ratio_first = rows.assign(_ratio=~rows["measure"].isin(MEASURES_RATIO)).sort_values(["_ratio", "result_id"])
        pool = pooled[
            pooled["comparison"].isin(comparisons) & (pooled["outcome"] == outcome) & (pooled["subgroup"] == "overall")
        ]
        refused = not_pooled[
            not_pooled["comparison"].isin(comparisons)
            & (not_pooled["outcome"] == outcome)
            & (not_pooled["subgroup"] == "overall")
        ]
        trials = sorted(set(rows["trial"]))
        if len(pool):
            p = pool.iloc[0]
            f = Finding(**base, kind="pooled", trials=p["trials"].split(";"), result_ids=p["result_ids"].split(";"),
                        measure=p["measure"].split(";")[0], estimate=p["estimate"], ci_low=p["ci_low"],
                        ci_high=p["ci_high"], pool_id=p["pool_id"])  # fmt: skip
            pooled_row: pd.Series | None = p
        elif len(trials) == 1:
            r = ratio_first.iloc[0]
            f = Finding(**base, kind="single trial", trials=trials, result_ids=[r["result_id"]], measure=r["measure"],
                        estimate=r["estimate"], ci_low=r["ci_low"], ci_high=r["ci_high"])  # fmt: skip
            pooled_row = None
        elif len(trials) > 1:
            firsts = ratio_first.drop_duplicates("trial")
            reason = "; ".join(sorted(set(refused["reason"]))) or "not pooled"
            shown = list(firsts["result_id"])
            why = f"The trials were not pooled ({reason}); each trial's result is shown."
            findings.append(Finding(**base, kind="not pooled", trials=trials, result_ids=shown, reason=reason,
                                    certainty="not rated", statement=why))  # fmt: skip
            continue
        else:
            why = f"No randomized trial in the sources reports {outcome} with a CI."
            findings.append(Finding(**base, kind="no evidence", trials=[], result_ids=[], certainty="not rated",
                                    statement=why))  # fmt: skip
            continue
        judgments = review.get("judgments", {})
        f.concerns = [
            _judgment(judgments, f.trials, outcome, "risk_of_bias"),
            inconsistency(pooled_row, len(f.trials)),
            _judgment(judgments, f.trials, outcome, "indirectness"),
            imprecision(f.measure, f.ci_low, f.ci_high, mid),
        ]
        f.certainty = LEVELS[max(3 - sum(c.downgrade for c in f.concerns), 0)]
        f.effect = effect_of(f.measure, f.estimate, f.ci_low, f.ci_high, mid)
        f.statement = statement(f.effect, f.certainty, review["intervention"], outcome)
        findings.append(f)
    return findings


SUMMARY_COLUMNS = ["outcome", "importance", "kind", "trials", "result_ids", "pool_id", "measure", "estimate",
                   "ci_low", "ci_high", "certainty", "effect", "statement"]  # fmt: skip


def summary_table(findings: list[Finding]) -> pd.DataFrame:
    """The findings as a table: what the review keeps to compare the next build with."""
    return pd.DataFrame(
        [
            {
                "outcome": f.outcome,
                "importance": f.importance,
                "kind": f.kind,
                "trials": ";".join(f.trials),
                "result_ids": ";".join(f.result_ids),
                "pool_id": f.pool_id,
                "measure": f.measure,
                "estimate": f.estimate,
                "ci_low": f.ci_low,
                "ci_high": f.ci_high,
                "certainty": f.certainty,
                "effect": f.effect,
                "statement": f.statement,
            }
            for f in findings
        ],
        columns=SUMMARY_COLUMNS,
    )


@dataclass
class Change:
    outcome: str
    what: str  # new trials, estimate changed, conclusion changed, new outcome, outcome dropped
    before: str
    after: str


def changes(current: pd.DataFrame, previous: pd.DataFrame) -> list[Change]:
    """What changed between the previous published summary and this build's."""
    out: list[Change] = []
    before = previous.set_index("outcome")
    now = current.set_index("outcome")
    for outcome in now.index:
        c = now.loc[outcome]
        if outcome not in before.index:
            out.append(Change(outcome, "new outcome", "", c["statement"]))
            continue
        b = before.loc[outcome]
        new_trials = sorted(set(str(c["trials"]).split(";")) - set(str(b["trials"]).split(";")) - {""})
        if new_trials:
            out.append(Change(outcome, "new trials", str(b["trials"]).replace(";", ", "), ", ".join(new_trials)))
        if _estimate(b) != _estimate(c):
            out.append(Change(outcome, "estimate changed", _estimate(b), _estimate(c)))
        if (b["effect"], b["certainty"]) != (c["effect"], c["certainty"]):
            what = "direction changed" if b["effect"] != c["effect"] else "certainty changed"
            out.append(
                Change(outcome, what, f"{b['statement']} ({b['certainty']})", f"{c['statement']} ({c['certainty']})")
            )
    for outcome in before.index.difference(now.index):
        out.append(Change(outcome, "outcome dropped", before.loc[outcome, "statement"], ""))
    return out


def _estimate(row: pd.Series) -> str:
    if pd.isna(row["estimate"]) or row["estimate"] == "":
        return "none"
    measure = str(row["measure"]).replace("_", " ")
    return f"{measure} {float(row['estimate']):.2f} ({float(row['ci_low']):.2f} to {float(row['ci_high']):.2f})"
