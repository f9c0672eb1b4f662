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

from evidence_review.errors import InputError
from evidence_review.yaml_text import YAMLError, parse_yaml

_SEPARATORS = re.compile(r"[\s-]+")
_WORD_START = re.compile(r"(?<=[\s-])\w")


def trie_pattern(phrases: list[str]) -> str:
    """A regular expression matching any of ``phrases``, factored as a character trie so that the
    engine tries them all in one step per position; longer phrases are preferred. Spaces and
    hyphens between words match any run of white space or hyphens."""
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for ch in _SEPARATORS.sub(" ", phrase.strip()):
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alternatives = [
            (r"[\s-]+" if ch == " " else re.escape(ch)) + build(child) for ch, child in sorted(node.items()) if ch
        ]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie) if phrases else r"(?!)"


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
    scale: dict[str, Any] = field(default_factory=dict)  # the severity scale's name, level word, bands
    rating_legend: str = ""  # what a guideline's recommendation ratings mean

    @classmethod
    def load(cls, path: str | Path) -> Vocabulary:
        path = Path(path)
        try:
            data = parse_yaml(path.read_text(encoding="utf-8"))
        except YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = f", line {mark.line + 1}" if mark else ""
            raise InputError(f"{path}{line}: not valid YAML ({exc})") from exc
        return cls.from_dict(data, str(path))

    @classmethod
    def from_dict(cls, data: Any, where: str = "vocabulary") -> Vocabulary:
        schema = parse_yaml(resources.files("evidence_review").joinpath("vocabulary.schema.yaml").read_text())
        data = json.loads(json.dumps(data))  # YAML integer keys become strings, as in JSON
        errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(data), key=str)
        if errors:
            first = errors[0]
            key = "/".join(str(p) for p in first.absolute_path) or "(top level)"
            raise InputError(f"{where}: {key}: {first.message}")
        owner: dict[str, str] = {}
        for i, trial in enumerate(data.get("trials", [])):
            for alias in trial.setdefault("aliases", [trial["name"]]):  # by default, the name as written
                if alias in owner and owner[alias] != trial["name"]:
                    raise InputError(
                        f"{where}: trials/{i}/aliases: {alias!r} is an alias of both {owner[alias]!r} and "
                        f"{trial['name']!r}; a name in a text must point to one trial"
                    )
                owner[alias] = trial["name"]
        scale = data.get("severity_scale", {"levels": {}})
        return cls(
            topic_terms=tuple(data.get("topic_terms", [])),
            article_end_markers=tuple(data.get("article_end_markers", [])),
            treatments={t["name"]: tuple(t["terms"]) for t in data.get("treatments", [])},
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
                )
                for t in data.get("trials", [])
            },
            outcomes={
                o["name"]: Outcome(o["name"], tuple(o["terms"]), o["benefit"], o.get("default_timepoint", ""))
                for o in data.get("outcomes", [])
            },
            levels={int(k): v for k, v in scale["levels"].items()},
            gray_zone=tuple(scale.get("gray_zone", [])),
            subgroup_phrases={k: tuple(v) for k, v in scale.get("phrases", {}).items()},
            efficacy_cues=tuple(data.get("efficacy_cues", [])),
            uncertainty_cues=tuple(data.get("uncertainty_cues", [])),
            scale={k: v for k, v in scale.items() if k not in ("levels", "phrases", "gray_zone")},
            rating_legend=data.get("rating_legend", ""),
        )

    @classmethod
    def empty(cls) -> Vocabulary:
        """No vocabulary: every text is on topic, no names are known, nothing is normalised.
        Trials come from registry numbers and the sources' metadata; outcomes as written."""
        return cls((), (), {}, {}, {}, {}, (), {}, (), ())

    @property
    def generic(self) -> bool:
        """Whether this is no vocabulary at all (generic extraction)."""
        return not (self.topic_terms or self.trials or self.outcomes)

    def check_study(self, study: str | None, where: str) -> None:
        """A source's study (its metadata's ``study``) must be a trial of the vocabulary, unless
        there is no vocabulary (generic extraction: any study is taken as written)."""
        if study is not None and not self.generic and study not in self.trials:
            raise InputError(
                f"{where}: study {study!r} is not a trial in the vocabulary "
                f"(known: {', '.join(self.trials)}); add it to the vocabulary or fix the name"
            )

    def trial(self, name: str) -> Trial:
        """The trial of that name; one the vocabulary does not know has only its name."""
        return self.trials.get(name) or Trial(name, (name,), "", "", "", "", (), ())

    # -- matching ---------------------------------------------------------------------------

    @cached_property
    def _phrases(self) -> dict[str, tuple[str, str, bool]]:
        """phrase -> (kind, name, case_sensitive); hyphens and runs of white space are one space
        (so "low-flow oxygen" matches "low flow oxygen"); later kinds never override earlier ones."""
        table: dict[str, tuple[str, str, bool]] = {}

        def add(phrase: str, entry: tuple[str, str, bool]) -> None:
            key = _SEPARATORS.sub(" ", phrase.strip())
            table.setdefault(key if entry[2] else key.lower(), entry)

        for trial in self.trials.values():
            for alias in trial.aliases:
                add(alias, ("trial", trial.name, True))
        for outcome in self.outcomes.values():
            for term in outcome.terms:
                add(term, ("outcome", outcome.name, False))
        for name, phrases in self.subgroup_phrases.items():
            for phrase in phrases:
                add(phrase, ("subgroup", name, False))
        return table

    @cached_property
    def _matchers(self) -> tuple[re.Pattern[str], ...]:
        """Two trie-shaped patterns (case-sensitive aliases, case-insensitive terms): one pass over
        the text tries all phrases at once, sharing common prefixes, longest first."""
        sensitive = [p for p, (_, _, cs) in self._phrases.items() if cs]
        insensitive = [p for p, (_, _, cs) in self._phrases.items() if not cs]
        return (
            re.compile(rf"(?<![\w-])(?:{trie_pattern(sensitive)})(?![\w-])"),
            re.compile(rf"(?i)(?<![\w-])(?:{trie_pattern(insensitive)})(?![\w-])"),
        )

    def _lookup(self, matched: str) -> tuple[str, str] | None:
        key = _SEPARATORS.sub(" ", matched)
        if key in self._phrases:
            kind, name, _ = self._phrases[key]
            return kind, name
        hit = self._phrases.get(key.lower())
        if hit is None or hit[2]:  # case-sensitive phrases must match as written
            return None
        return hit[0], hit[1]

    def mentions(self, text: str) -> list[Mention]:
        """All vocabulary mentions in ``text``, non-overlapping; of overlapping phrases the
        longest wins ("time to recovery from initial lymphopenia": the lymphopenia outcome)."""
        if not self._phrases:
            return []  # no vocabulary: nothing to look for
        candidates: list[tuple[int, int]] = []
        for matcher in self._matchers:
            for m in matcher.finditer(text):
                candidates.append((m.start(), m.end()))
                # a longer phrase may start inside a match ("time to [recovery from initial lymphopenia]")
                for word in _WORD_START.finditer(text, m.start() + 1, m.end()):
                    inner = matcher.match(text, word.start())
                    if inner and inner.end() > m.end():
                        candidates.append((inner.start(), inner.end()))
        # of overlapping candidates the longest wins: a sweep in order of position
        accepted: list[tuple[int, int]] = []
        for start, end in sorted(set(candidates), key=lambda se: (se[0], -se[1])):
            if accepted and start < accepted[-1][1]:
                if end - start > accepted[-1][1] - accepted[-1][0]:
                    accepted[-1] = (start, end)
                continue
            accepted.append((start, end))
        found: list[Mention] = []
        for start, end in accepted:
            hit = self._lookup(text[start:end])
            if hit:
                found.append(Mention(hit[0], hit[1], start, end))
        return sorted(found, key=lambda m: m.start)

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
