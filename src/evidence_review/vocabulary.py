"""The review's vocabulary (``data/vocabulary.yaml``): names of trials, outcomes and subgroups.

The file is validated against ``vocabulary.schema.yaml`` (shipped with the package) and compiled
into one matcher: every phrase of every kind, longest first, so that overlapping phrases resolve
to the longest ("death or invasive mechanical ventilation" is an outcome, not a subgroup).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from evidence_review.errors import InputError


@dataclass(frozen=True)
class Trial:
    name: str
    aliases: tuple[str, ...]
    design: str
    treatment: str
    intervention: str
    comparator: str
    experimental_terms: tuple[str, ...]
    control_terms: tuple[str, ...]
    randomized: dict[str, int] = field(default_factory=dict)
    population: str = ""
    primary_outcome: str = ""
    indirectness: str = ""

    @property
    def observational(self) -> bool:
        return "observational" in self.design


@dataclass(frozen=True)
class Outcome:
    name: str
    terms: tuple[str, ...]
    benefit: str  # "increase", "decrease" or "none"
    default_timepoint: str = ""


@dataclass(frozen=True)
class Mention:
    """A vocabulary phrase found in a clean text."""

    kind: str  # trial, outcome, subgroup, treatment
    name: str
    start: int
    end: int


@dataclass
class Vocabulary:
    topic_terms: tuple[str, ...]
    article_end_markers: tuple[str, ...]
    treatments: dict[str, tuple[str, ...]]
    trials: dict[str, Trial]
    outcomes: dict[str, Outcome]
    levels: dict[int, dict[str, str]]
    gray_zone: tuple[int, ...]
    subgroup_phrases: dict[str, tuple[str, ...]]
    efficacy_cues: tuple[str, ...]
    uncertainty_cues: tuple[str, ...]

    @classmethod
    def load(cls, path: str | Path) -> Vocabulary:
        path = Path(path)
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = f", line {mark.line + 1}" if mark else ""
            raise InputError(f"{path}{line}: not valid YAML ({exc})") from exc
        return cls.from_dict(data, str(path))

    @classmethod
    def from_dict(cls, data: Any, where: str = "vocabulary") -> Vocabulary:
        schema = yaml.safe_load(resources.files("evidence_review").joinpath("vocabulary.schema.yaml").read_text())
        data = json.loads(json.dumps(data))  # YAML integer keys become strings, as in JSON
        errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(data), key=str)
        if errors:
            first = errors[0]
            key = "/".join(str(p) for p in first.absolute_path) or "(top level)"
            raise InputError(f"{where}: {key}: {first.message}")
        scale = data["severity_scale"]
        return cls(
            topic_terms=tuple(data["topic_terms"]),
            article_end_markers=tuple(data.get("article_end_markers", [])),
            treatments={t["name"]: tuple(t["terms"]) for t in data["treatments"]},
            trials={
                t["name"]: Trial(
                    name=t["name"],
                    aliases=tuple(t["aliases"]),
                    design=t["design"],
                    treatment=t["treatment"],
                    intervention=t["intervention"],
                    comparator=t["comparator"],
                    experimental_terms=tuple(t.get("experimental_terms", [])),
                    control_terms=tuple(t.get("control_terms", [])),
                    randomized=dict(t.get("randomized", {})),
                    population=t.get("population", ""),
                    primary_outcome=t.get("primary_outcome", ""),
                    indirectness=t.get("indirectness", ""),
                )
                for t in data["trials"]
            },
            outcomes={
                o["name"]: Outcome(o["name"], tuple(o["terms"]), o["benefit"], o.get("default_timepoint", ""))
                for o in data["outcomes"]
            },
            levels={int(k): v for k, v in scale["levels"].items()},
            gray_zone=tuple(scale.get("gray_zone", [])),
            subgroup_phrases={k: tuple(v) for k, v in scale.get("phrases", {}).items()},
            efficacy_cues=tuple(data.get("efficacy_cues", [])),
            uncertainty_cues=tuple(data.get("uncertainty_cues", [])),
        )

    # -- matching ---------------------------------------------------------------------------

    @cached_property
    def _phrases(self) -> dict[str, tuple[str, str, bool]]:
        """phrase -> (kind, name, case_sensitive); later kinds never override earlier ones."""
        table: dict[str, tuple[str, str, bool]] = {}
        for trial in self.trials.values():
            for alias in trial.aliases:
                table.setdefault(alias, ("trial", trial.name, True))
        for outcome in self.outcomes.values():
            for term in outcome.terms:
                table.setdefault(term.lower(), ("outcome", outcome.name, False))
        for name, phrases in self.subgroup_phrases.items():
            for phrase in phrases:
                table.setdefault(phrase.lower(), ("subgroup", name, False))
        return table

    @cached_property
    def _matcher(self) -> re.Pattern[str]:
        def alternative(phrase: str, case_sensitive: bool) -> str:
            body = r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", phrase))
            body = body if case_sensitive else f"(?i:{body})"
            return rf"(?<![\w-]){body}(?![\w-])"

        items = sorted(self._phrases.items(), key=lambda kv: len(kv[0]), reverse=True)
        return re.compile("|".join(f"({alternative(p, cs)})" for p, (_, _, cs) in items))

    @cached_property
    def _group_names(self) -> list[tuple[str, str]]:
        items = sorted(self._phrases.items(), key=lambda kv: len(kv[0]), reverse=True)
        return [(kind, name) for _, (kind, name, _) in items]

    def mentions(self, text: str) -> list[Mention]:
        """All vocabulary mentions in ``text``, non-overlapping; of overlapping phrases the
        longest wins ("time to recovery from initial lymphopenia": the lymphopenia outcome)."""
        found = []
        pos = 0
        matcher = self._matcher
        while match := matcher.search(text, pos):
            best = match
            for word in re.finditer(r"(?<=[\s-])\w", text[match.start() : match.end()]):
                other = matcher.match(text, match.start() + word.start())
                if other and other.end() - other.start() > best.end() - best.start():
                    best = other
            kind, name = self._group_names[best.lastindex - 1]
            found.append(Mention(kind, name, best.start(), best.end()))
            pos = best.end()
        return found

    @cached_property
    def _treatment_names(self) -> dict[str, str]:
        return {t.lower(): name for name, ts in self.treatments.items() for t in ts}

    @cached_property
    def _treatment_matcher(self) -> re.Pattern[str]:
        terms = sorted(self._treatment_names, key=len, reverse=True)
        return re.compile(rf"(?i)\b(?:{'|'.join(re.escape(t) for t in terms)})\b")

    def treatment_mentions(self, text: str) -> list[Mention]:
        matcher = self._treatment_matcher
        return [
            Mention("treatment", self._treatment_names[m.group(0).lower()], m.start(), m.end())
            for m in matcher.finditer(text)
        ]

    @cached_property
    def topic_pattern(self) -> re.Pattern[str]:
        alt = "|".join(re.escape(t) for t in self.topic_terms)
        return re.compile(rf"(?i)(?<![\w-])(?:{alt})(?![\w])")

    @cached_property
    def article_end_pattern(self) -> re.Pattern[str] | None:
        if not self.article_end_markers:
            return None
        return re.compile("|".join(re.escape(m) for m in self.article_end_markers))

    def cue_pattern(self, cues: tuple[str, ...]) -> re.Pattern[str]:
        alt = "|".join(re.escape(c) for c in cues) or r"(?!)"
        return re.compile(rf"(?i)\b(?:{alt})")

    def trial_for_treatment(self, treatment: str) -> str | None:
        for trial in self.trials.values():
            if trial.treatment == treatment and not trial.observational:
                return trial.name
        return None
