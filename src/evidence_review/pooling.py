"""Which results are pooled, by a stated policy, and why the others are not.

Every group of results that could be pooled (one comparison, one outcome, one subgroup) is
either pooled (:mod:`evidence_review.meta`) or listed with the reason it was not, so that the
review can say both. The policy is ``config.yaml: pooling``:

``comparisons``
    which treatments form one comparison (``{name: [treatment, ...]}``, e.g. a drug with and
    without a background therapy, or a drug class); by default each treatment is its own.
``timepoint_windows``
    per outcome, the range of days whose time points are equivalent (``mortality: [28, 60]``);
    without one, only the same time point pools.
``poolable_measures``
    sets of measures that may pool together (``[[hazard_ratio, rate_ratio]]``); by default only
    the same measure.
``method`` (REML, DL or PM), ``hartung_knapp``, ``min_trials``.

Only randomized trials pool. A trial reported by several sources counts once: its version from
the source kind earliest in ``source_priority`` (the evidence table's ``preferred`` rows).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from evidence_review import meta, stats
from evidence_review.records import MEASURES_DIFFERENCE, MEASURES_RATIO, NotPooled, Pooled, columns
from evidence_review.vocabulary import Vocabulary

POOLED_COLUMNS = columns(Pooled)
NOT_POOLED_COLUMNS = columns(NotPooled)


@dataclass(frozen=True)
class Policy:
    """``config.yaml: pooling``."""

    enabled: bool = True
    method: str = "REML"
    hartung_knapp: bool = False
    min_trials: int = 2
    comparisons: dict[str, tuple[str, ...]] = field(default_factory=dict)
    timepoint_windows: dict[str, tuple[int, int]] = field(default_factory=dict)
    poolable_measures: tuple[frozenset[str], ...] = ()

    @classmethod
    def from_config(cls, config: dict[str, Any]) -> Policy:
        return cls(
            enabled=config.get("enabled", True),
            method=config.get("method", "REML"),
            hartung_knapp=config.get("hartung_knapp", False),
            min_trials=int(config.get("min_trials", 2)),
            comparisons={k: tuple(v) for k, v in config.get("comparisons", {}).items()},
            timepoint_windows={k: (int(v[0]), int(v[1])) for k, v in config.get("timepoint_windows", {}).items()},
            poolable_measures=tuple(frozenset(s) for s in config.get("poolable_measures", [])),
        )

    def comparison(self, treatment: str) -> str:
        for name, treatments in self.comparisons.items():
            if treatment in treatments:
                return name
        return treatment

    def measures_pool(self, measures: set[str]) -> bool:
        return len(measures) == 1 or any(measures <= s for s in self.poolable_measures)


def _day(timepoint: str) -> int | None:
    """The day of a time point: "day 28" -> 28, "week 4" -> 28; months and years have no exact day."""
    m = re.fullmatch(r"(day|week) (\d+)", timepoint or "")
    return int(m.group(2)) * (7 if m.group(1) == "week" else 1) if m else None


def _words(measures: set[str]) -> str:
    names = sorted(m.replace("_", " ") for m in measures)
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]


def _days(timepoints: set[str]) -> str:
    if any(t and _day(t) is None for t in timepoints):  # months or years: as the texts state them
        return ", ".join(sorted(t for t in timepoints if t)) or "unstated"
    days = sorted({_day(t) for t in timepoints if _day(t) is not None})
    text = ", ".join(str(d) for d in days[:-1]) + (" and " if len(days) > 1 else "") + str(days[-1]) if days else ""
    return f"{text} days" if days else "unstated"


def candidates(evidence: pd.DataFrame, vocab: Vocabulary, policy: Policy) -> pd.DataFrame:
    """The results that may pool: preferred versions of plausible estimates with a CI, from
    randomized trials, each with its comparison."""
    ev = evidence[
        evidence["preferred"]
        & evidence["ci_low"].notna()
        & evidence["estimate"].notna()
        & (evidence["problems"] == "")
        & evidence["measure"].isin([*MEASURES_RATIO, *MEASURES_DIFFERENCE])
    ].copy()
    randomized = {n for n, t in vocab.trials.items() if "random" in t.design}
    ev = ev[ev["trial"].isin(randomized)]
    ev["treatment"] = ev["trial"].map(lambda t: vocab.trials[t].treatment)
    ev["comparison"] = ev["treatment"].map(policy.comparison)
    return ev


def plan(evidence: pd.DataFrame, vocab: Vocabulary, config: dict[str, Any]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The pooled table and the not-pooled table (every candidate group is in one of them)."""
    policy = Policy.from_config(config)
    pooled: list[dict[str, Any]] = []
    refused: list[dict[str, Any]] = []
    if not policy.enabled:
        return pd.DataFrame(columns=POOLED_COLUMNS), pd.DataFrame(columns=NOT_POOLED_COLUMNS)
    ev = candidates(evidence, vocab, policy)
    for (comparison, outcome, subgroup), group in ev.groupby(["comparison", "outcome", "subgroup"], sort=True):
        reported = evidence[
            evidence["trial"].isin(group["trial"])
            & (evidence["outcome"] == outcome)
            & (evidence["subgroup"] == subgroup)
        ]
        chosen, reason = _choose(group, outcome, policy, n_sources=reported["source"].nunique())
        base = {"comparison": comparison, "outcome": outcome, "subgroup": subgroup}
        if reason:
            refused.append({**base, "trials": ";".join(sorted(set(group["trial"]))),
                            "result_ids": ";".join(group["result_id"]), "reason": reason})  # fmt: skip
        else:
            pooled.append({**base, **_pool(chosen, policy)})
    out = pd.DataFrame(pooled, columns=[c for c in POOLED_COLUMNS if c != "pool_id"])
    out.insert(0, "pool_id", [f"P{i:03d}" for i in range(1, len(out) + 1)])
    no = pd.DataFrame(refused, columns=[c for c in NOT_POOLED_COLUMNS if c != "group_id"])
    no.insert(0, "group_id", [f"N{i:03d}" for i in range(1, len(no) + 1)])
    return out, no


def _choose(group: pd.DataFrame, outcome: str, policy: Policy, n_sources: int) -> tuple[pd.DataFrame, str]:
    """One result per trial to pool, or the reason there is none to pool."""
    trials = sorted(set(group["trial"]))
    if len(trials) < policy.min_trials:
        if len(trials) == 1 and n_sources > 1:
            return group, f"one trial ({trials[0]}), reported by {n_sources} sources: it counts once"
        return group, f"one trial ({trials[0]})" if len(trials) == 1 else "fewer trials than min_trials"
    window = policy.timepoint_windows.get(outcome)
    if window:
        days = group["timepoint"].map(_day)
        inside = group[days.between(*window)]
        if inside["trial"].nunique() < policy.min_trials:
            return group, (
                f"time points {_days(set(group['timepoint']))} outside the window {window[0]}-{window[1]} days"
            )
        group = inside
    else:  # without a window only one and the same time point pools
        common = set.intersection(*group.groupby("trial")["timepoint"].apply(set))
        if not common:
            return group, f"time points {_days(set(group['timepoint']))} differ and no window is set for {outcome}"
        group = group[group["timepoint"] == sorted(common)[0]]
    measures = set(group["measure"])
    if not policy.measures_pool(measures):
        shared = set.intersection(*group.groupby("trial")["measure"].apply(set))
        if not shared:
            return group, f"{_words(measures)} (not poolable together by the policy)"
        group = group[group["measure"] == sorted(shared)[0]]
    # one row per trial: the earliest time point in the window, then the first by result id
    chosen = group.sort_values(["trial", "timepoint", "result_id"]).drop_duplicates("trial")
    if chosen["measure"].isin(MEASURES_RATIO).any() and not chosen["measure"].isin(MEASURES_RATIO).all():
        return group, f"{_words(set(chosen['measure']))}: ratios and differences do not pool"
    return chosen, ""


def _pool(rows: pd.DataFrame, policy: Policy) -> dict[str, Any]:
    ratio = rows["measure"].isin(MEASURES_RATIO).all()
    transform = np.log if ratio else np.asarray
    back = math.exp if ratio else float
    level = rows["ci_level"].fillna(95.0).to_numpy(float)
    z = np.array([stats.z_for_level(lv) for lv in level])
    y = transform(rows["estimate"].to_numpy(float))
    se = (transform(rows["ci_high"].to_numpy(float)) - transform(rows["ci_low"].to_numpy(float))) / (2 * z)
    res = meta.random_effects(y, se**2, policy.method, policy.hartung_knapp)
    return {
        "timepoint": ";".join(rows["timepoint"]),
        "measure": ";".join(sorted(set(rows["measure"]))),
        "trials": ";".join(rows["trial"]),
        "result_ids": ";".join(rows["result_id"]),
        "k": res.k,
        "method": res.method,
        "hartung_knapp": res.hartung_knapp,
        "estimate": back(res.estimate),
        "ci_low": back(res.ci_low),
        "ci_high": back(res.ci_high),
        "p": res.p,
        "tau2": res.tau2,
        "q": res.q,
        "q_df": res.q_df,
        "q_p": res.q_p,
        "i2": res.i2,
        "pi_low": back(res.pi_low) if res.pi_low is not None else math.nan,
        "pi_high": back(res.pi_high) if res.pi_high is not None else math.nan,
        "weights": ";".join(f"{w:.1f}" for w in res.weights),
        "policy": _describe(policy),
    }


def _describe(policy: Policy) -> str:
    how = f"{meta.METHODS[policy.method]} random effects"
    return how + (" with the Hartung-Knapp adjustment" if policy.hartung_knapp else "")
