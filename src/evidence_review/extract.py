"""The extraction engine: every trial number in a text, attributed and tied to its quote.

For one source text the engine

1. cleans the text and lays it out (:mod:`evidence_review.text`): articles, sections (started
   by headings), paragraphs, sentences, and figure legends cut out of the running text;
2. finds the vocabulary's mentions (trials, outcomes, severity subgroups) and the grammar's
   number constructions (:mod:`evidence_review.grammar`), most specific first: a span of text
   that one construction has used is not read again by a later one;
3. attributes each number to its context:

   * **trial**: the nearest trial named before it in the same section (a heading starts a new
     section, an article boundary a new article), else one named later in the same sentence,
     else the study the source's metadata names (first article only);
   * **outcome**: named in the estimate's label ("rate ratio for recovery"), inside the match
     ("three deaths"), right after an arm comparison ("16% vs. 20% for adverse events"), else
     the nearest one before it in the sentence, after it in the sentence, or earlier in the
     paragraph. A short outcome phrase that ends a longer one in the same sentence stands for
     the longer ("adverse events" after "serious adverse events"). Sample sizes are
     ``enrollment`` unless an outcome is named before them in their sentence;
   * **subgroup**: the nearest severity mention before it in the sentence; or, when the
     sentence refers back ("this ordinal score", "such patients"), the last one in the
     paragraph; else ``overall``. A range that spans the whole scale ("a score of 4 ... to 7")
     describes the population and means ``overall``;
   * **time point**: the nearest one before it in the sentence, unless a different outcome is
     named in between; else the outcome's default time point from the vocabulary;
   * **arms**: arm1 is the experimental arm. The order is read from the arm named next to each
     value, from "A and B ..., respectively", or else taken as written experimental-first;

4. returns four tables: results, claims (relative effects stated in words), statements (efficacy
   at a severity level stated without numbers) and recommendations (with their ratings).

Numbers without any trial (background facts such as "in 20% of patients the disease
progresses") are not trial numbers and are left out; effect estimates are always kept.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from evidence_review import coverage, text_tables
from evidence_review import grammar as g
from evidence_review.number import NUMBER_WORDS, Number
from evidence_review.records import Claim, Recommendation, Result, Statement
from evidence_review.text import CleanText, Layout, clean, excerpt, layout, merge_spans
from evidence_review.vocabulary import Mention, Trial, Vocabulary

_ANAPHORA = g.Pattern(
    r"(?i)\b(?:this|these|such|same|that)\s+(?:baseline\s+)?(?:ordinal[- ]score|ordinal\s+"
    r"score|subgroup|score|patients|stratum|strata|categor)"
)
_RESPECTIVELY = g.Pattern(r"(?i)\brespectively\b")
#: between a result and the next value of a list, the next item's own words: ") and diarrhea (" (not "and, to a
#: lesser extent, among those ... (", nor "; score of 6: hazard ratio, ")
_NEXT_ITEM = g.Pattern(
    r"\s*[)\]]?\s*,?\s*(?:and|or)\s+(?!(?:in|among|for|with|at|on|by|to|than|those|patients|participants)\b)"
    r"[a-z][a-z -]{2,40}?\s*[(\[]\s*"
)
#: what separates the estimates of a list: "0.95 (0.89-1.02), 0.84 (0.78-0.90) and 0.72 (0.66-0.79)"
_LIST_SEPARATOR = g.Pattern(r"\s*[,;]?\s*(?:(?:and|or)\s+)?")
#: the items a list of estimates is about, after its last estimate: "... for the lowest, middle and highest
#: tertiles, respectively", "... in men and women, respectively"
_ITEMS_AFTER = g.Pattern(
    r"(?i)\s*,?\s*(?P<preposition>for|in|among|with|at|after|by|within)\s+(?:the\s+)?(?P<items>[^;:()\[\]]{2,200}?)"
    r"\s*,?\s*respectively\b"
)
#: "respectively" right after the last estimate of a list ...
_RESPECTIVELY_AFTER = g.Pattern(r"(?i)\s*[,;]?\s*\(?respectively\b")
#: ... whose items are named before its first estimate: "The HRs for stroke, MI and death were 0.95 (...), ..."
_ITEMS_BEFORE = g.Pattern(
    r"(?i)\b(?:for|of|in|among)\s+(?:the\s+)?(?P<items>(?:(?!\b(?:for|in|among)\b)[^;:()\[\]\d]){2,200}?)"
    r"\s*(?:,|:|\b(?:were|was|are)\b)?\s*$"
)
#: the measures of one arm's value (not of a comparison)
_SINGLE_VALUES = ("percent", "mean", "median", "value", "count")
#: the rank of a category: "the lowest, middle and highest tertiles", "the second and third quartiles"
_RANK_WORD = g.Pattern(
    r"(?i:lowest|highest|middle|top|bottom|upper|lower|low|high|intermediate|moderate|mild|severe|first|second|"
    r"third|fourth|fifth|last)\b"
)
#: an item of a list that names people: "men and women", "patients with and without diabetes"
_PEOPLE_ITEM = g.Pattern(rf"(?i)(?:those|{g.PEOPLE_NOUNS}|{g.GROUP_WORDS})\b")
#: items that are analyses, populations, models or years, not outcomes: "in the intention-to-treat and
#: per-protocol populations", "in models 1 and 2", "in 2010 and 2015"
_ANALYSIS_ITEM = g.Pattern(
    r"(?i).*\b(?:populations?|analys[ie]s|sets?|models?|cohorts?|samples?|scenarios?|periods?|eras?)\b|\d"
)
_CLAUSE_SPLIT = g.Pattern(r"(?i),?\s+whereas\s+|,\s+while\s+")
_NO_BENEFIT = g.Pattern(
    r"(?i)\bno (?:evidence of |significant |clear )?(?:benefit|effect|reduction|improvement|difference)"
    r"|\bnot (?:effective|efficacious|beneficial)|\b(?:did|does|do|was|were|is|are)(?:n't| not)\b|\bfailed to\b"
    r"|\bwithout (?:benefit|effect)"
)
#: Clauses that do not assert an effect: an objective or method ("to evaluate whether ..."), a
#: question, a hypothetical ("could", "would", "if"). They never count as a stated benefit.
_NOT_AN_ASSERTION = g.Pattern(
    r"(?i)\b(?:to (?:evaluate|assess|determine|test|examine|investigate|compare|explore|establish)\b"
    r"|aim(?:s|ed)? (?:to|at)\b|objective|purpose|we hypothesi[sz]ed|hypothesis|whether|if\b|could|might|would)"
)
_REC_INTERVENTION = g.Pattern(
    r"(?i)(?:use of|recommends(?!\s+against)|recommend(?!\s+either))\s+(?P<what>.+?)(?=\s+(?:for the treatment|for the|"
    r"for patients|except|in hospitalized|alongside|\()|[,.]|$)"
)


@dataclass
class Extraction:
    """What the extractor found in one text, as typed records (:mod:`evidence_review.records`)."""

    results: list[Any] = field(default_factory=list)
    claims: list[Any] = field(default_factory=list)
    statements: list[Any] = field(default_factory=list)
    recommendations: list[Any] = field(default_factory=list)
    unexplained: list[Any] = field(default_factory=list)


@dataclass
class _Context:
    """One stretch of clean text (the running text, or one legend) with its mentions."""

    ct: CleanText
    lay: Layout
    trials: list[Mention]
    outcomes: list[Mention]
    subgroups: list[Mention]
    topical_articles: set[int]
    default_study: str | None
    #: the trials are those the text names itself; numbers that name no trial are kept
    own_trials: bool = False
    used: list[tuple[int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._in_sentence: dict[tuple[str, int], list[re.Match[str]]] = {}
        self._trial_starts = [m.start for m in self.trials]
        self._outcome_starts = [m.start for m in self.outcomes]
        self._subgroup_starts = [m.start for m in self.subgroups]

    @functools.cached_property
    def defined_ratios(self) -> dict[str, str]:
        """Abbreviations the text defines for a ratio: "the HR from prospective analysis (HRP)"
        -> {"HRP": "hazard_ratio"} (the nearest ratio label before the bracket, same sentence)."""
        found = {}
        for m in _DEFINITION.finditer(self.text):
            sentence = self.lay.sentence(m.start())
            label = _last_label(self.text, max(sentence.start, m.start() - 80), m.start())
            if label is not None and label.lastgroup in {"word", "abbr"}:
                found.setdefault(m.group("abbr"), g.ratio_measure(label.group(0)))
        return found

    @functools.cached_property
    def declared_ratio(self) -> re.Match[str] | None:
        """The ratio label of a text that names one kind of ratio only ("odds ratios (OR) of X
        were calculated"): what its unlabelled "2.4 (95% CI 1.4-6.2) times more likely" is."""
        labels = [m for m in g.RATIO_LABEL.finditer(self.text)]
        kinds = {g.ratio_measure(m.group(0)) for m in labels}
        return labels[0] if len(kinds) == 1 else None

    @functools.cached_property
    def about_vaccine_efficacy(self) -> bool:
        """Whether the text names a vaccine's efficacy ("vaccine efficacy", "VE") anywhere."""
        return any(m.group("vaccine") for m in _EFFICACY.finditer(self.text))

    @functools.cached_property
    def about_a_vaccine(self) -> bool:
        """Whether the text names a vaccine anywhere (its bare "efficacy" is the vaccine's)."""
        return bool(_VACCINE.search(self.text))

    @property
    def text(self) -> str:
        return self.ct.text

    def before_in_sentence(self, pattern: re.Pattern[str], pos: int, hints: g.Hints) -> list[re.Match[str]]:
        """The matches of ``pattern`` (written for lower-case text) in the sentence of ``pos`` that
        end before ``pos``, found in the lower-cased text (their spans are the text's). Every match
        holds one of the lower-case words of ``hints`` within its reach: the pattern is tried only
        around them, once per sentence."""
        index = self.lay.sentence_index(pos)
        key = (pattern.pattern, index)
        found = self._in_sentence.get(key)
        if found is None:
            sentence = self.lay.sentences[index]
            windows: list[tuple[int, int]] = []
            for word in hints.words:
                at = self.lowered.find(word, sentence.start, sentence.end)
                while at >= 0:
                    windows.append((max(sentence.start, at - hints.before), min(sentence.end, at + hints.after)))
                    at = self.lowered.find(word, at + len(word), sentence.end)
            found, seen = [], set()
            # (a text whose lower case has other lengths, "İ", is searched as printed, ignoring case)
            lowered, pattern = (
                (self.lowered, pattern) if len(self.lowered) == len(self.text) else (self.text, _ignoring_case(pattern))
            )
            for lo, hi in merge_spans(windows):
                for m in pattern.finditer(lowered, lo, hi):
                    if m.span() not in seen:
                        seen.add(m.span())
                        found.append(m)
            self._in_sentence[key] = found
        return [m for m in found if m.end() <= pos]

    @functools.cached_property
    def lowered(self) -> str:
        return self.text.lower()

    @functools.cached_property
    def title(self) -> str:
        """The text's first line when it reads as a title (at most 30 words, no full stop), with the lines
        after it up to a blank line when a PDF wrapped it (three lines at most, 40 words; its line breaks
        made spaces, so that the title keeps the text's offsets)."""
        end = self.text.find("\n")
        first_line = self.text[: end if end >= 0 else len(self.text)]
        block_end = self.text.find("\n\n")
        block = self.text[: block_end if block_end >= 0 else len(self.text)]
        if (
            block != first_line
            and block.count("\n") <= 2
            and len(block.split()) <= 40
            and not block.rstrip().endswith(".")
        ):
            return block.replace("\n", " ")
        return first_line if len(first_line.split()) <= 30 and not first_line.rstrip().endswith(".") else ""

    def in_topic(self, pos: int) -> bool:
        return self.lay.article_start(pos) in self.topical_articles

    @functools.cached_property
    def _planned(self) -> set[int]:
        return coverage.assumption_sentences(self.text, self.lay)

    def planned(self, pos: int) -> bool:
        """Whether ``pos`` is in a sentence that states a sample size or power calculation (assumptions)."""
        return self.lay.sentence_index(pos) in self._planned

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.used, (start, -1))
        return any(s < end and start < e for s, e in self.used[max(i - 1, 0) : i + 2])

    def use(self, start: int, end: int) -> None:
        bisect.insort(self.used, (start, end))

    def after_last_result(self, lo: int, hi: int) -> int | None:
        """The end of the last result already extracted within [lo, hi), or None."""
        i = bisect.bisect_left(self.used, (hi, -1))
        ends = [e for s, e in self.used[max(i - 3, 0) : i] if lo <= s and e <= hi]
        return max(ends) if ends else None

    def used_within(self, lo: int, hi: int) -> bool:
        """Whether a result already extracted lies entirely within [lo, hi)."""
        i = bisect.bisect_left(self.used, (lo, -1))
        return i < len(self.used) and self.used[i][1] <= hi

    @staticmethod
    def _between(items: list[Mention], starts: list[int], lo: int, hi: int) -> list[Mention]:
        return items[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]

    def only_trial(self, pos: int) -> tuple[str, bool] | None:
        """The one trial the article of ``pos`` names, when it names one only, and whether it names it before
        ``pos`` (in its methods, say, while the results stand in a section of their own); else whether it names
        it after ``pos`` in the same section (news's "The trial, called X, involved 407 adults" after its
        numbers; not a title below: the next abstract's)."""
        article = self.lay.article_start(pos)
        following = bisect.bisect_right(self.lay.article_starts, article)
        end = self.lay.article_starts[following] if following < len(self.lay.article_starts) else len(self.text)
        named = self.trials_between(article, end)
        names = {m.name for m in named}
        if len(names) != 1:
            return None
        following_section = bisect.bisect_right(self.lay.section_starts, pos)
        section_end = (
            self.lay.section_starts[following_section] if following_section < len(self.lay.section_starts) else end
        )
        if named[0].start >= pos:
            paragraph = self.lay.paragraph(named[0].start)
            words = self.text[paragraph.start : paragraph.end].strip()
            if named[0].start >= section_end or _TITLE_LINE.fullmatch(words):
                return None
        return named[0].name, named[0].start < pos

    def trials_between(self, lo: int, hi: int) -> list[Mention]:
        return self._between(self.trials, self._trial_starts, lo, hi)

    def outcomes_between(self, lo: int, hi: int) -> list[Mention]:
        return self._between(self.outcomes, self._outcome_starts, lo, hi)

    def subgroups_between(self, lo: int, hi: int) -> list[Mention]:
        return self._between(self.subgroups, self._subgroup_starts, lo, hi)


class _Spans:
    """Many spans, for asking whether any of them holds a position, in logarithmic time: sorted by
    start, with the running maximum of their ends."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._reach = list(itertools.accumulate((end for _, end in ordered), max))

    def holds(self, pos: int) -> bool:
        """Some span has start <= pos < end."""
        i = bisect.bisect_right(self._starts, pos) - 1
        return i >= 0 and self._reach[i] > pos

    def holds_end(self, end: int) -> bool:
        """Some span has start < end <= its end."""
        i = bisect.bisect_left(self._starts, end) - 1
        return i >= 0 and self._reach[i] >= end


class Extractor:
    """Extracts results from source texts with one vocabulary (compiled once)."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocab = vocabulary
        self._efficacy = vocabulary.cue_pattern(vocabulary.efficacy_cues)
        self._uncertain = vocabulary.cue_pattern(vocabulary.uncertainty_cues)
        self._full_scale = (min(vocabulary.levels), max(vocabulary.levels)) if vocabulary.levels else (0, 0)

    # -- public API -------------------------------------------------------------------------

    def extract(self, text: str, source: str, default_study: str | None = None, audit: bool = True) -> Extraction:
        """The tables of one text; ``audit=False`` leaves out the coverage audit (the numbers no
        row explains, a quarter of the time), for callers that write only the results."""
        ct = clean(text)
        out = Extraction()
        main = self._extract_from(ct, source, default_study, out)
        for float_text in ct.float_texts:
            self._extract_from(float_text, source, None, out, legend_floats=ct.floats, own_trials=main.own_trials)
        for name, record, key, prefix in (
            ("results", Result, "result_id", "R"),
            ("claims", Claim, "claim_id", "C"),
            ("statements", Statement, "statement_id", "S"),
            ("recommendations", Recommendation, "recommendation_id", "G"),
        ):
            table = getattr(out, name)
            table.sort(key=lambda row: (row["start"], row["end"], row.get("measure", "")))
            if name == "results":
                self._list_of_estimates_respectively(table, ct.original)
                _outcome_of_values_before(table, ct.original)
            if name == "results" and self.vocab.generic:
                _outcomes_referred_back(table, ct.original)
            for i, row in enumerate(table, 1):
                row[key] = f"{source}-{prefix}{i:03d}"
            # a builder that writes a field the record does not have fails here, loudly
            setattr(out, name, [record(**row) for row in table])
        if audit:
            out.unexplained = coverage.unexplained(ct, source, [*out.results, *out.claims], main.lay)
        return out

    # -- per text stretch -------------------------------------------------------------------

    def _context(self, ct: CleanText, default_study: str | None, own_trials: bool | None = None) -> _Context:
        """The mentions and layout of a stretch of text. ``own_trials``: the text's trials are the ones
        it names itself (no vocabulary, or a text that names none of the vocabulary's trials and has no
        study in its metadata); decided on the running text and passed on to its legends."""
        lay = layout(ct.text, self.vocab.article_end_pattern)
        mentions = self.vocab.mentions(ct.text)
        subgroups = self._severity_mentions(ct.text, [m for m in mentions if m.kind == "subgroup"])
        # the source's own (first) article always counts; an article appended after it (the
        # unrelated editorial at the end of a PDF page) only when it mentions a topic term
        bounds = [*lay.article_starts, len(ct.text)]
        topical = {bounds[0]}
        for a, b in itertools.pairwise(bounds):
            if not self.vocab.topic_terms or self.vocab.topic_pattern.search(ct.text, a, b):
                topical.add(a)
        trials = [m for m in mentions if m.kind == "trial"]
        if own_trials is None:
            own_trials = self.vocab.generic or (not trials and default_study is None)
        if own_trials:  # a vocabulary only normalises names: a text about other trials keeps its numbers
            trials = _named_trials(ct.text, lay)
        return _Context(
            ct=ct,
            lay=lay,
            trials=trials,
            outcomes=[m for m in mentions if m.kind == "outcome"],
            subgroups=subgroups,
            topical_articles=topical,
            default_study=default_study,
            own_trials=own_trials,
        )

    def _severity_mentions(self, text: str, phrases: list[Mention]) -> list[Mention]:
        """Numeric score mentions (with ranges and sets) merged with phrase mentions."""
        numeric: list[Mention] = []
        lo_scale, hi_scale = self._full_scale
        for match in g.SCORE.finditer(text) if self.vocab.levels else ():
            a = int(match.group("a"))
            b = int(match.group("b") or a)
            if not (lo_scale <= a <= hi_scale and lo_scale <= b <= hi_scale):
                continue
            lo, hi = min(a, b), max(a, b)
            name = "overall" if (lo, hi) == self._full_scale else (f"score {lo}" if lo == hi else f"score {lo}-{hi}")
            numeric.append(Mention("subgroup", name, match.start(), match.end()))
        whole_scale = [
            Mention("subgroup", "overall", match.start(), match.end())
            for match in (g.SCORE_RANGE.finditer(text) if self.vocab.levels else ())
            if tuple(sorted((int(match.group("a")), int(match.group("b"))))) == self._full_scale
        ]
        if whole_scale:  # a range over the whole scale is everyone: the scores inside it are not subgroups
            ranges = _Spans((m.start, m.end) for m in whole_scale)
            numeric = [m for m in numeric if not ranges.holds(m.start)] + whole_scale
        scores = _Spans((m.start, m.end) for m in numeric)
        merged = list(numeric)
        for m in phrases:
            if not (scores.holds(m.start) or scores.holds_end(m.end)):
                merged.append(m)
        # a phrase right after a numeric score only restates it: "score of 6 (receiving high-flow ...)"
        merged.sort(key=lambda m: m.start)
        return merged

    def _extract_from(
        self,
        ct: CleanText,
        source: str,
        default_study: str | None,
        out: Extraction,
        legend_floats: list[Any] | None = None,
        own_trials: bool | None = None,
    ) -> _Context:
        ctx = self._context(ct, default_study, own_trials)
        floats = legend_floats if legend_floats is not None else ct.floats
        singles: list[dict[str, Any]] = []
        first = len(out.results)
        lowered = ctx.lowered
        anchors: dict[tuple[str, bool], list[tuple[int, int]]] = {}  # constructions share anchors
        for reader in READERS:
            construction, pattern = reader.construction, reader.construction.pattern
            for lo, hi in construction.windows(ct.text, lowered, anchors):
                pos = lo
                while match := pattern.search(ct.text, pos, hi):
                    # a rejected match lets the search resume one character later
                    pos = match.start() + 1
                    if (
                        ctx.overlaps(match.start(), match.end())
                        or not ctx.in_topic(match.start())
                        or ctx.planned(match.start())  # ("... 90% power to detect a hazard ratio of 0.75")
                    ):
                        continue
                    rows = reader.build(self, ctx, match, construction)
                    if rows is None:
                        continue
                    pos = match.end()
                    ctx.use(match.start(), match.end())
                    for row in rows:
                        row["source"] = source
                        if reader.table == "claims":
                            out.claims.append(row)
                            continue
                        row["excerpt"] = excerpt(ct.original, row["start"], row["end"], floats)
                        if row.get("_arm_tag"):
                            singles.append(row)
                        else:
                            out.results.append(row)
        allocations = _allocations(ctx)
        out.results[first:] = self._arms_named_before(out.results[first:], ct.original, [*singles, *allocations])
        out.results.extend(self._pair_singletons(ctx, singles, floats))
        out.statements.extend(self._statements(ctx, source))
        out.recommendations.extend(self._recommendations(ctx, source))
        return ctx

    # -- attribution ------------------------------------------------------------------------

    def _trial(self, ctx: _Context, start: int, end: int) -> tuple[Trial | None, str]:
        if (study := _study_of_row(ctx, start)) is not None:  # a meta-analysis's table: "| ALPHA 2019 | 24/310 |"
            if _POOLED_ROW.match(study.text):
                return None, "pooled across trials"
            named = ctx.trials_between(study.start, study.end)
            written = " ".join(study.text.split())
            return self.vocab.trial(named[0].name if named else written), "row of a table of studies"
        sentence = ctx.lay.sentence(start)
        if _POOLED.search(ctx.text, sentence.start, start):
            return None, "pooled across trials"  # "A pooled analysis of both trials gave an HR of 0.89 (...)"
        lo = max(ctx.lay.section_start(start), ctx.lay.article_start(start))
        before = ctx.trials_between(lo, start)
        if before:
            m = before[-1]
            para = ctx.lay.paragraph(start)
            basis = (
                "named in sentence"
                if m.start >= sentence.start
                else "named in paragraph"
                if m.start >= para.start
                else "named earlier in section"
            )
            return self.vocab.trial(m.name), basis
        after = ctx.trials_between(end, sentence.end)
        if after:
            return self.vocab.trial(after[0].name), "named later in sentence"
        if ctx.default_study and ctx.lay.article_start(start) == 0:
            return self.vocab.trial(ctx.default_study), "study of the source"
        if ctx.title and ctx.lay.article_start(start) == 0 and (named := ctx.trials_between(0, len(ctx.title))):
            return self.vocab.trial(named[-1].name), "named in the title"  # across the text's headings
        if (only := ctx.only_trial(start)) is not None:  # "METHODS In this trial (X; NCT...)" over RESULTS
            name, before = only
            if before:
                return self.vocab.trial(name), "the one trial its article names, before its results"
            # named after it only (news's "The trial, called X, ..."): a result that compares arms or names one of
            # the trial's, not a background fact ("Heart failure affects 2% of adults.")
            trial, words = self.vocab.trial(name), ctx.text[sentence.start : sentence.end]
            if _COMPARES_ARMS.search(words) or self._arm_mentions(trial, words):
                return trial, "the one trial its article names, after its results"
        return None, "none"

    def _mention_text(self, ctx: _Context, m: Mention) -> str:
        return re.sub(r"[\s-]+", " ", ctx.text[m.start : m.end].lower())

    def _resolve_ellipsis(self, ctx: _Context, m: Mention, lo: int, hi: int) -> str:
        short = self._mention_text(ctx, m)
        for other in ctx.outcomes_between(lo, hi):
            text = self._mention_text(ctx, other)
            if other.name != m.name and len(text) > len(short) and text.endswith(short):
                return other.name
        return m.name

    def _outcome(
        self,
        ctx: _Context,
        match: re.Match[str],
        *,
        qualifier: tuple[int, int] | None = None,
        suffix: bool = False,
        count: bool = False,
    ) -> str:
        start, end = match.start(), match.end()
        sentence = ctx.lay.sentence(start)
        para = ctx.lay.paragraph(start)

        def pick(m: Mention) -> str:
            return self._resolve_ellipsis(ctx, m, sentence.start, sentence.end)

        before = ctx.outcomes_between(sentence.start, start)
        if count:
            return pick(before[-1]) if before else "enrollment"
        if qualifier and (inside := ctx.outcomes_between(*qualifier)):
            return pick(inside[0])
        if inside := ctx.outcomes_between(start, end):
            return pick(inside[0])
        if suffix:
            tail = re.match(r"\s*(?:for|in)\s+[^;)]{0,60}", ctx.text[end : end + 80])
            if tail and (after := ctx.outcomes_between(end, end + tail.end())):
                return pick(after[0])
        if before:
            # (not one in an aside with one outside it: "a primary-outcome event (a decline in eGFR ..., or death
            # from renal causes) occurred in 8.1%" is about the primary-outcome event)
            asides = [b.span() for b in _CLOSED_BRACKET.finditer(ctx.text, sentence.start, start)]
            outside = [m for m in before if not any(a <= m.start and m.end <= b for a, b in asides)]
            last = (outside or before)[-1]
            gap = ctx.after_last_result(last.end, start)
            if gap is not None and _NEXT_ITEM.fullmatch(ctx.text, gap, start):
                return "unspecified"  # the list's next item, not the mention: "nausea (44.2% vs 17.4%) and diarrhea ("
            return pick(last)
        if after := ctx.outcomes_between(end, sentence.end):
            return pick(after[0])
        if not ctx.outcomes:  # no outcome of the vocabulary in this text: as written, by the caller
            return "unspecified"
        if qualifier and _qualifier_as_written(ctx.text[qualifier[0] : qualifier[1]]):
            return "unspecified"  # the label says what it is about: "NNT to prevent one event", as written
        if _outcome_before(ctx.text, sentence.start, start):
            return "unspecified"  # the sentence says what it is about in words the vocabulary does not know
        if earlier := ctx.outcomes_between(para.start, sentence.start):
            return earlier[-1].name
        return "unspecified"

    def _subgroup(self, ctx: _Context, start: int) -> tuple[str, str]:
        sentence = ctx.lay.sentence(start)
        before = ctx.subgroups_between(sentence.start, start)
        if before:
            return before[-1].name, "named in sentence"
        if _ANAPHORA.search(ctx.text, sentence.start, start):
            para = ctx.lay.paragraph(start)
            earlier = ctx.subgroups_between(para.start, sentence.start)
            if earlier:
                return earlier[-1].name, "referred back to"
        return "overall", "no subgroup named"

    def _subgroup_as_written(self, ctx: _Context, start: int) -> re.Match[str] | None:
        """Without a severity scale: the last subgroup the sentence names before a value ("in
        participants aged 65 years or older ... 94.7%"), unless the source's title names it too
        (then it is the population studied, not a subgroup)."""
        if self.vocab.levels:
            return None
        sentence = ctx.lay.sentence(start)
        named = ctx.before_in_sentence(g.SUBGROUP, start, g.SUBGROUP_HINTS)
        if not named:
            return None
        last = named[-1]
        if len(named) > 1 and _RESPECTIVELY.search(ctx.text, start, sentence.end):
            # "in patients with X ... those without X (HR 0.75 [...] and 0.73 [...], respectively)":
            # the n-th value of the list belongs to the n-th subgroup
            ordinal = len(re.findall(r"\d\s*[\[(]", ctx.text[last.end() : start]))
            last = named[min(ordinal, len(named) - 1)] if ordinal < len(named) else last
        elif (
            last.end() < start and (bracket := _ESTIMATE_BRACKET.match(ctx.text, last.end())) and bracket.end() <= start
        ):
            return None  # "... in women (RR 0.72; 95% CI ...), and for X (RR": women is that bracket's, before
        who = ctx.lowered[slice(*_subgroup_span(last))]
        words = re.sub(r"(?i)^\S+\s+(?:with|without|who|aged|receiving|treated)?\s*", "", who).strip()
        if words and re.search(rf"\b{re.escape(words)}\b", ctx.title.lower()):
            return None  # (the population the title names; a word of it, not part of another: "men" in "treatment")
        return last

    def _timepoint(self, ctx: _Context, start: int, outcome: str) -> tuple[str, str]:
        points = ctx.before_in_sentence(g.TIMEPOINT, start, g.TIMEPOINT_HINTS)
        if points:
            last = points[-1]
            between = ctx.outcomes_between(last.end(), start)
            # the time point belongs to another result when a different outcome is named in
            # between, or when this outcome is named only after another result that follows it
            same = [m for m in between if m.name == outcome]
            claimed = bool(same) and ctx.used_within(last.end(), same[0].start)
            if all(m.name == outcome for m in between) and not claimed:
                return g.timepoint_label(last), "stated"
        default = self.vocab.outcomes.get(outcome)
        if default and default.default_timepoint:
            return default.default_timepoint, "outcome definition"
        return "", "not stated"

    def _arm_mentions(self, trial: Trial | None, text: str) -> list[tuple[int, str]]:
        """(position, "experimental" or "control") for each arm term of ``trial`` in ``text``."""
        if trial is None or not text:
            return []
        pattern = _arm_pattern(trial.experimental_terms, trial.control_terms)
        return [(m.start(), m.lastgroup) for m in pattern.finditer(text)]

    def _arm_of(self, trial: Trial | None, text: str) -> str | None:
        """ "experimental" or "control" if ``text`` names one arm of ``trial`` only."""
        arms = {arm for _, arm in self._arm_mentions(trial, text)}
        return arms.pop() if len(arms) == 1 else None

    def _arms_swapped(
        self, ctx: _Context, trial: Trial | None, match: re.Match[str], c: g.Construction
    ) -> tuple[bool, str]:
        groups = match.groupdict()
        if c.arm_words:  # two times of one arm ("fell from 151 to 142 mm Hg in the X group"), not two arms
            return False, "experimental arm first (as written)"
        r1 = self._arm_of(trial, groups.get("r1") or "")
        r2 = self._arm_of(trial, groups.get("r2") or "")
        if r1 or r2:
            return (r1 == "control" or r2 == "experimental"), "arm named beside the value"
        sentence = ctx.lay.sentence(match.start())
        rest = ctx.text[match.end() : sentence.end]
        resp = _RESPECTIVELY.search(rest)
        if resp and trial is not None:
            positions: dict[str, int] = {}
            for pos, arm in self._arm_mentions(trial, rest[: resp.start()]):
                positions.setdefault(arm, pos)
            if len(positions) == 2:
                return positions["control"] < positions["experimental"], "respectively"
        if c.arm_before:
            lead = ctx.text[sentence.start : match.start()]
            arm = self._last_arm(trial, lead)
            if arm:
                return arm == "control", "arm named beside the value"
        tail = ctx.text[match.end() : match.end() + 60]
        arm2 = self._arm_of(trial, re.split(r"[;.)]", tail)[0])
        if arm2:
            return arm2 == "experimental", "arm named beside the value"
        return False, "experimental arm first (as written)"

    def _last_arm(self, trial: Trial | None, text: str) -> str | None:
        mentions = self._arm_mentions(trial, text)
        return mentions[-1][1] if mentions else None

    def _context_fields(
        self, ctx: _Context, start: int, outcome: str, table: text_tables.TableCell | None = None
    ) -> dict[str, str]:
        """Outcome, subgroup and time point of a result, with how each was decided (in a table of
        subgroups, the subgroup its row names)."""
        subgroup, sub_basis = self._subgroup(ctx, start)
        if table is not None and (row_subgroup := _row_subgroup(ctx, table)):
            subgroup, sub_basis = row_subgroup, "row of a subgroup table"
        written = self._subgroup_as_written(ctx, start) if sub_basis == "no subgroup named" else None
        if written is not None:
            subgroup, sub_basis = " ".join(ctx.text[slice(*_subgroup_span(written))].split()), "as written"
        if outcome == "unspecified" and sub_basis != "row of a subgroup table":  # no outcome of the vocabulary:
            # as the text writes it, after the subgroup it names ("In the subgroup of X, bleeding occurred in
            # ...") or before it (a subgroup table's row names its subgroup, not its outcome)
            sentence_start = ctx.lay.sentence(start).start
            if written is None:
                outcome = _outcome_before(ctx.text, sentence_start, start) or outcome
            else:
                after = _outcome_before(ctx.text, written.end(), start)
                if _PREDICATE.match(after):  # "in X were similar to those in Y": no outcome after it
                    after = ""
                outcome = after or _outcome_before(ctx.text, sentence_start, written.start()) or outcome
        timepoint, tp_basis = self._timepoint(ctx, start, outcome)
        return {"outcome": outcome, "subgroup": subgroup, "subgroup_basis": sub_basis, "timepoint": timepoint,
                "timepoint_basis": tp_basis}  # fmt: skip

    def _base_row(self, ctx: _Context, start: int, end: int, trial: Trial | None, basis: str) -> dict[str, Any]:
        raw_start, raw_end = ctx.ct.raw_span(start, end)
        sentence = ctx.lay.sentence(start)
        c_start, c_end = ctx.ct.raw_span(sentence.start, max(sentence.end, end))
        return {
            "trial": trial.name if trial else "",
            "trial_basis": basis,
            "start": raw_start,
            "end": raw_end,
            "quote": ctx.ct.original[raw_start:raw_end],
            "context_start": c_start,
            "context_end": c_end,
        }

    # -- row builders -----------------------------------------------------------------------

    def _effect_rows(self, ctx: _Context, m: re.Match[str], c: g.Construction) -> list[dict[str, Any]] | None:
        trial, basis = self._trial(ctx, m.start(), m.end())
        measure = g.effect_measure(m.group("label"), m.group("unit"))
        if measure in g.RATIO_MEASURES and g.unit_name(m.group("unit")) == "percent":
            return None  # "RRR 31% (95% CI ...)": a relative reduction, not a ratio
        if measure == "risk_difference" and _MEANS_COMPARED.search(
            ctx.text, ctx.lay.sentence(m.start()).start, m.start()
        ):
            measure = "mean_difference"  # "The mean change in XQ was ... (difference, -0.2 percentage points; ...)"
        est, hi = Number.parse(m.group("est")), Number.parse(m.group("hi"))
        lo = Number.parse(m.group("lo")) if m.group("lo") else None  # ("upper boundary of the ... CI, 0.1": none)
        outcome = self._outcome(ctx, m, qualifier=m.span("qualifier"))
        if outcome == "unspecified":  # no outcome of the vocabulary: the words after the label
            outcome = _qualifier_as_written(m.group("qualifier") or "") or outcome
        row = self._base_row(ctx, m.start(), m.end(), trial, basis)
        row.update(self._context_fields(ctx, m.start(), outcome))
        if not row["timepoint"] and (when := g.TIMEPOINT.search(m.group("qualifier").lower())):
            row.update(timepoint=g.timepoint_label(when), timepoint_basis="stated")  # "HR for death at 28 days was"
        sentence = ctx.lay.sentence(m.start())
        after = None if _COMPARISON_AFTER.match(ctx.text, m.end()) else _outcome_after(ctx.text, m.end(), sentence.end)
        if after and (row["outcome"] == "unspecified" or _PEOPLE_SUBJECT.fullmatch(row["outcome"])):
            # "The HR was 0.72 (95% CI ...) for death.", "Smokers had an odds ratio of 2.3 (...) for relapse"
            row["outcome"] = " ".join(after.group("what").split())
        if row["subgroup_basis"] == "no subgroup named" and (group := _GROUP_AFTER_BRACKET.match(ctx.text, m.end())):
            row.update(subgroup=group.group("group"), subgroup_basis="as written")  # "(HR 0.78 ...) among women but"
        if row["subgroup_basis"] == "no subgroup named" and (category := _category_before(ctx, m.start())):
            row.update(subgroup=category, subgroup_basis="as written")  # "(Q2: HR = 1.2 (...); Q3:"
        unit = " ".join((m.group("unit") or "").split()) or (m.group("cur") or "")  # (or a cost's currency)
        label = " ".join(m.group("label").split())
        row.update(
            measure=measure,
            label=label,
            **_signed(label, est, lo, hi),
            ci_level=float(m.group("level")) if m.group("level") else None,
            unit="percentage points" if "percentage point" in unit.lower() else unit,
            construction=c.name,
            arm1_label=trial.intervention if trial else "",
            arm2_label=trial.comparator if trial else "",
        )
        if not row["arm1_label"] and m.group("compared2"):  # "the ratio of X, drug A versus placebo, was ..."
            # ("the HR for X in the A group, as compared with the B group, was": the first arm ends what it is about)
            tail = _ARM_GROUP_TAIL.search(m.group("qualifier"))
            first = m.group("compared1") or (tail.group(0) if tail else "")
            row.update(arm1_label=_arm_as_written(first), arm2_label=_arm_as_written(m.group("compared2")))
        groups = _GROUPS_COMPARED.fullmatch(m.group("qualifier") or "")
        if not row["arm1_label"] and groups:  # "The odds ratio of the intervention group compared to the control group"
            row.update(arm1_label=_arm_as_written(groups["a"]), arm2_label=_arm_as_written(groups["b"]),
                       arm_basis="arms named beside the label")  # fmt: skip
            if row["outcome"] == _qualifier_as_written(m.group("qualifier")):
                row["outcome"] = "unspecified"  # (the arms, not what the ratio is about)
        _add_arms_named_after(ctx, row, m.end())
        if self.vocab.generic:
            _categories_then_outcome(ctx, row, m.end())
        self._add_p(row, m)
        self._add_p_before(ctx, row, m.start())
        return [row]

    def _ratio_rows(self, ctx: _Context, m: re.Match[str], c: g.Construction) -> list[dict[str, Any]] | None:
        """A ratio of general medical English (see :data:`grammar.RATIO_INTERVAL`): its label is
        in the match (``RATIO_POINT``) or the nearest measure label before it in its sentence."""
        groups = m.groupdict()
        sentence = ctx.lay.sentence(m.start())
        likely = None
        table = None if c.labelled else text_tables.cell_at(ctx.text, m.start())
        if table is not None and not (table.cell.start <= m.start() and m.end() <= table.cell.end):
            return None  # a match that runs across the cells of a table row
        if c.labelled:
            label_text, label_start = groups["word"] or groups["abbr"], m.start()
            label_end = label_start + len(label_text)
        elif table is not None:  # in a table: the label in its cell ("RR 0.91 (0.67 to 1.24)"), else its header's
            own = _last_label(ctx.text, table.cell.start, m.start())
            labels = [own] if own is not None else [_last_label(ctx.text, h.start, h.end) for h in table.headers]
            label = next((x for x in labels if x is not None), None)
            if label is None or label.lastgroup not in _RATIO_LABEL_GROUPS:
                return None
            if own is None and _difference_in_its_row(ctx, table):
                return None  # "| Hazard Ratio or Difference (95% CI) |" in a row of means: a difference
            label_text, label_start, label_end = _label_words(label), label.start(), label.end()
        elif groups.get("defined"):  # "HRP=1.30, 95%CI: 0.83, 2.01", HRP defined for a ratio in the text
            if groups["defined"] not in ctx.defined_ratios and not g.RATIO_LABEL.fullmatch(groups["defined"]):
                return None  # (or a ratio's own abbreviation after "=": "OR=1.5 [1.1-2.0]")
            label_text, label_start, label_end = groups["defined"], m.start("defined"), m.end("defined")
        else:
            lo_bound = max(sentence.start, m.start() - _LABEL_REACH)
            label = _last_label(ctx.text, lo_bound, m.start())
            likely = _TIMES_LIKELY.match(ctx.text, m.end(), sentence.end) if label is None else None
            named_before = (
                _last_label(ctx.text, ctx.lay.paragraph(m.start()).start, lo_bound)
                if label is None
                and (groups.get("lo") or groups.get("lo2") or groups.get("lo3"))
                and _SHARES_RIGHT_BEFORE.search(ctx.text, max(sentence.start, m.start() - 60), m.start())
                else None
            )
            if likely and ctx.declared_ratio is not None:
                # "were 2.5 (95% CI 1.2-6.8) times more likely to have X": the one ratio the text names, about X
                label_text, label_start, label_end = _label_words(ctx.declared_ratio), m.start(), m.start()
            elif named_before is not None and named_before.lastgroup in _RATIO_LABEL_GROUPS:
                # the ratio its paragraph named first, right after two arms' shares, as the BMJ prints a paragraph's
                # later comparisons: "Hypertension: 6.1% v 6.5% (0.94, 0.81 to 1.09)"
                label_text, label_start, label_end = _label_words(named_before), m.start(), m.start()
            elif label is None or label.lastgroup not in _RATIO_LABEL_GROUPS:
                return None  # no label, or the nearest one names a difference, not a ratio
            else:
                label_text, label_start, label_end = _label_words(label), label.start(), label.end()
        est = Number.parse(m.group("est"))
        lo_text = groups.get("lo") or groups.get("lo2") or groups.get("lo3")
        hi_text = groups.get("hi") or groups.get("hi2") or groups.get("hi3")
        tagged = bool(groups.get("tag2")) or "%" in m.group(0) or _CI_NAMED.search(m.group(0))
        row = self._base_row(ctx, m.start(), m.end(), *self._trial(ctx, m.start(), m.end()))
        if lo_text and hi_text:
            lo, hi = Number.parse(lo_text), Number.parse(hi_text)
            if not tagged and not (lo.value <= est.value <= hi.value):
                return None  # an unlabelled pair of numbers that does not bracket the estimate
            level = groups.get("level") or groups.get("level2")
            if not level:
                spans = [(h.start, h.end) for h in table.headers] if table else [(label_start, m.end())]
                header = next(filter(None, (_CI_LEVEL.search(ctx.text, a, b) for a, b in spans)), None)
                level = (header.group(1) or header.group(2)) if header else None
            row.update(ci_low=lo.value, ci_low_text=lo.text, ci_high=hi.value, ci_high_text=hi.text,
                       ci_level=float(level) if level else None)  # fmt: skip
        elif est.value == 0:
            return None
        if table is not None:  # the outcome its row names (the vocabulary's name for it, or as written)
            outcome = _row_outcome(ctx, table)
        else:
            outcome = self._outcome(ctx, m, qualifier=(label_end, m.start()))
        compared = table is None and _COMPARISON_AFTER.match(ctx.text, m.end())
        after = _outcome_after(ctx.text, m.end(), sentence.end) if table is None and not compared else None
        between = ctx.text[label_end : m.start()] if table is None else ""
        colon = between.find(":")
        listed = _ITEM_OF_LIST.search(ctx.text, label_end + colon, m.start()) if colon >= 0 else None
        # (or each item before its label: "Mortality by eGFR: below 45, RR 0.65 (...); 45 or above, RR 0.61 (...)":
        # what the list is of is its lead, when the lead is a name and not a clause)
        lead = -1 if listed or table is not None else ctx.text.find(":", sentence.start, label_start)
        before_label = _ITEM_OF_LIST.search(ctx.text, lead, label_start) if lead >= 0 else None
        item_first = before_label if before_label and before_label.group("sep") == "," else None
        if item_first:
            listed = item_first
            named = _LIST_LEAD.fullmatch(ctx.text, sentence.start, lead)
            outcome = " ".join(named.group("what").split()) if named else "unspecified"
        if listed:  # "hazard ratios were: type 2 diabetes, 0.58 (...); no diabetes, 0.50 (...)": each item's own
            if outcome == "unspecified":
                outcome = _qualifier_as_written(between[:colon]) or outcome
        elif outcome == "unspecified" and table is None:
            # no outcome of the vocabulary: the words between label and estimate, up to the first value of
            # a list ("HRs for X were 1.11 (0.98, 1.25) for A, 1.24 (...) for B": both about X)
            between = ctx.text[label_end : m.start()]
            earlier = _EARLIER_ESTIMATE.search(between)
            outcome = _qualifier_as_written(between[: earlier.start()] if earlier else between) or outcome
            if earlier and (own := _own_qualifier(between)):
                outcome = own  # "The HR for X was 0.95 (...) and for Y was 1.13 (...)": this one's, Y
        # with the outcome named before it, the words after a ratio name its category ("... for night shifts")
        named_after = after and ctx.outcomes_between(m.end(), after.end())
        category = ""
        if after and outcome != "unspecified" and not named_after:
            category = " ".join(after.group("what").split())
        elif (
            table is None
            and outcome != "unspecified"
            and (numbered := _CATEGORY_AFTER.match(ctx.text, m.end(), sentence.end))
            and not g.TIMEPOINT.fullmatch(numbered.group("what").lower())
        ):
            category = " ".join(numbered.group("what").split())  # "... for 1-2 cups/day": a category with a number
        if outcome == "unspecified" and likely and likely.group("what"):
            outcome = " ".join(likely.group("what").split())
        if outcome == "unspecified" and after:  # or the words after it: "0.74 (0.65-0.85) for stroke"
            outcome = " ".join(after.group("what").split())
        trial = self.vocab.trials.get(row["trial"])
        row.update(self._context_fields(ctx, m.start(), outcome, table))
        if listed:
            row.update(subgroup=" ".join(listed.group("item").split()), subgroup_basis="as written")
            if item_first:
                row["outcome"] = outcome  # (not the item's words before the estimate)
            elif outcome == "unspecified":  # what the list is of, before its label ("Mortality by age: the HRs were:")
                before = _outcome_before(ctx.text, sentence.start, label_start)
                row["outcome"] = before if before and not _BY_SUBGROUP.fullmatch(before) else outcome
        elif category and row["subgroup_basis"] in ("no subgroup named", "as written"):  # its own words after it,
            # "... for occasional night shifts", not a subgroup named before the list's earlier values
            row.update(subgroup=category, subgroup_basis="as written")
        elif row["subgroup_basis"] == "no subgroup named" and (group := _GROUP_AFTER_BRACKET.match(ctx.text, m.end())):
            row.update(subgroup=group.group("group"), subgroup_basis="as written")  # "1.9 (1.3-2.7) in men and"
        elif (
            table is None
            and row["subgroup_basis"] == "no subgroup named"
            and (before := _category_before(ctx, label_start))
        ):
            row.update(subgroup=before, subgroup_basis="as written")  # "For women: OR 1.4 (1.1-1.8); for men: OR"
        row.update(
            measure=ctx.defined_ratios.get(label_text) or g.ratio_measure(label_text),
            label=" ".join(label_text.split()),
            estimate=est.value,
            estimate_text=est.text,
            unit="",
            construction=c.name,
            arm1_label=trial.intervention if trial else "",
            arm2_label=trial.comparator if trial else "",
        )
        if table is None:
            _add_arms_named_after(ctx, row, m.end())
            if self.vocab.generic:
                _categories_then_outcome(ctx, row, m.end())
        self._add_p(row, m)
        if table is not None:
            self._add_p_of_row(ctx, row, table)
        else:
            self._add_p_before(ctx, row, label_start)
        return [row]

    def _difference_interval_rows(
        self, ctx: _Context, m: re.Match[str], c: g.Construction
    ) -> list[dict[str, Any]] | None:
        """A difference whose label an earlier estimate of its sentence carries (see
        :data:`grammar.DIFFERENCE_INTERVAL`)."""
        sentence = ctx.lay.sentence(m.start())
        table = text_tables.cell_at(ctx.text, m.start())
        if table is not None and not (table.cell.start <= m.start() and m.end() <= table.cell.end):
            return None  # a match that runs across the cells of a table row
        # the label: in a table, its column's header ("Absolute difference (95% CI)"); else (or when the
        # table's columns do not align with its header) the nearest label before it in its sentence
        spans = [(h.start, h.end) for h in table.headers] if table else []
        spans.append((max(sentence.start, m.start() - _LABEL_REACH), m.start()))
        label = None
        right_before = _DIFFERENCE_RIGHT_BEFORE.search(ctx.text, max(sentence.start, m.start() - 40), m.start())
        headers = len(spans) - 1
        for index, (lo_bound, hi_bound) in enumerate(spans):
            nearest = _last_label(ctx.text, lo_bound, hi_bound)
            own_column = index < headers and (
                not g.RATIO_LABEL.search(ctx.text, lo_bound, hi_bound) or _difference_in_its_row(ctx, table)
            )
            # (or a bare "difference" before the first estimate of its list: "The difference was -2.1 kg (...)
            # with 5 mg and -3.4 kg (...) with 10 mg")
            listed = nearest is None and _BARE_DIFFERENCE_FIRST.search(ctx.text, lo_bound, hi_bound)
            if (nearest is None or nearest.lastgroup != "other") and not (right_before or own_column or listed):
                # no label, or a ratio's (a bare "difference" only right before it: "(difference 8.5 ...", or
                # heading its column: "| Difference (95% CI) |")
                continue
            for label in _DIFFERENCE_LABEL.finditer(ctx.text, lo_bound, hi_bound):  # noqa: B007 (the last one)
                pass
            if label is not None:
                break
        if label is None:
            return None
        est, lo, hi = (Number.parse(m.group(k)) for k in ("est", "lo", "hi"))
        tagged = _CI_NAMED.search(m.group(0))
        if not (tagged or lo.value <= est.value <= hi.value):
            return None
        unit = " ".join((m.group("unit") or "").split())
        header = next((h for h in (table.headers if table else []) if h.start <= label.start() < h.end), None)
        if (
            not unit
            and header
            and "%" in table.row_head.text
            and (re.search(r"(?i)percentage\s+points?", header.text) or not g.RATIO_LABEL.search(header.text))
        ):
            # "| Difference, percentage points (95% CI) |", or a bare "Difference (95% CI)", in a row of "no. (%)":
            # the difference of two percentages
            unit = "percentage points"
        elif not unit and table is not None:
            unit = _row_unit(table.row_head.text)  # "Change in FEV1, mL, mean (SD)": mL
        elif not unit and (first := _UNIT_OF_FIRST.search(ctx.text, label.end(), m.start())):
            unit = first.group("unit")  # "differences ... were -0.15 percentage points (...), -0.39 (...)": the list's
        trial, basis = self._trial(ctx, m.start(), m.end())
        outcome = _row_outcome(ctx, table) if table is not None else self._outcome(ctx, m)  # a table's: its row's
        row = self._base_row(ctx, m.start(), m.end(), trial, basis)
        row.update(self._context_fields(ctx, m.start(), outcome, table))
        label_text = " ".join(label.group(0).split())
        known = g.MEASURE_ABBREVIATIONS.get(label_text) or g.MEASURE_LABELS.get(label_text.lower(), "difference")
        level = _CI_LEVEL.search(ctx.text, label.start(), m.end())
        row.update(
            measure=g.effect_measure("difference", unit) if known == "difference" else known,
            label=label_text, **_signed(label_text, est, lo, hi),
            ci_level=float(level.group(1) or level.group(2)) if level else None,
            unit="percentage points" if "percentage point" in unit.lower() else unit, construction=c.name,
            arm1_label=trial.intervention if trial else "", arm2_label=trial.comparator if trial else "",
        )  # fmt: skip
        self._add_p(row, m)
        if table is not None:
            self._add_p_of_row(ctx, row, table)
        return [row]

    def _absolute_point_rows(self, ctx: _Context, m: re.Match[str], c: g.Construction) -> list[dict[str, Any]] | None:
        """A number needed to treat or an absolute risk difference without its interval (see
        :data:`grammar.ABSOLUTE_POINT`)."""
        label = " ".join(m.group("label").split())
        unit = " ".join((m.group("unit") or "").split())
        if label == "d":  # "p = .001, d = 0.50": Cohen's d, after a P only
            if not _P_RIGHT_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()):
                return None
            label = "Cohen's d"
        measure = g.effect_measure(label, unit)
        if (measure == "risk_difference") != bool(unit):
            return None  # a risk difference is in percent (points); a number needed to treat is not
        est = Number.parse(m.group("est"))
        row = self._base_row(ctx, m.start(), m.end(), *self._trial(ctx, m.start(), m.end()))
        outcome = self._outcome(ctx, m, qualifier=m.span("qualifier"))
        if outcome == "unspecified":  # the words after the label: "to prevent one hospitalization"
            qualifier = m.group("qualifier") or ""
            prevented = _TO_PREVENT_ONE.search(qualifier)  # (after the arms: "with X rather than Y to prevent one")
            outcome = (
                " ".join(prevented.group("what").split()) if prevented else _qualifier_as_written(qualifier)
            ) or outcome
        row.update(self._context_fields(ctx, m.start(), outcome))
        row.update(measure=measure, label=label, **_signed(label, est),
                   unit="percentage points" if "point" in unit.lower() else unit, construction=c.name)  # fmt: skip
        self._add_p(row, m)
        return [row]

    def _add_p_of_row(self, ctx: _Context, row: dict[str, Any], table: text_tables.TableCell) -> None:
        """The P of a table row: its cell in the column headed P (or "P value")."""
        cell = table.in_column(_P_HEADER)
        p = _P_CELL.fullmatch(cell.text) if cell and not row.get("p_text") else None
        if p:
            number = Number.parse(p.group("p"))
            row.update(p_value=number.value, p_text=number.text, p_operator=g.p_operator(p.group("op") or "="))
            if cell.start > table.cell.end:  # the quote runs on to the P, so that it holds every number read
                raw_start, raw_end = ctx.ct.raw_span(table.cell.start, cell.end)
                row.update(start=raw_start, end=raw_end, quote=ctx.ct.original[raw_start:raw_end])

    def _add_p_before(self, ctx: _Context, row: dict[str, Any], label_start: int) -> None:
        """ "(P = 0.002; HR 2.7; 95% CI 1.5, 4.9)": a P printed before the label, in its bracket."""
        if row.get("p_text"):
            return
        sentence = ctx.lay.sentence(label_start)
        opened = max(ctx.text.rfind("(", sentence.start, label_start), ctx.text.rfind("[", sentence.start, label_start))
        lead = ctx.text[opened + 1 : label_start] if opened >= 0 else ""
        before = _P_VALUE.search(lead)
        if before and not re.search(r"[)\]]", lead) and re.fullmatch(r"[\s;,]*", lead[before.end() :]):
            self._add_p(row, before)
            raw_start, _ = ctx.ct.raw_span(opened + 1 + before.start(), opened + 1 + before.end())
            if raw_start < row["start"]:  # the quote runs from the P, so that it holds every number read
                row.update(start=raw_start, quote=ctx.ct.original[raw_start : row["end"]])

    @staticmethod
    def _add_p(row: dict[str, Any], m: re.Match[str]) -> None:
        groups = m.groupdict()
        for suffix in ("", "_in", "_br"):
            if groups.get(f"p{suffix}"):
                p = Number.parse(groups[f"p{suffix}"])
                row.update(p_value=p.value, p_text=p.text, p_operator=g.p_operator(groups[f"p_op{suffix}"]))

    def _pair_rows(self, ctx: _Context, m: re.Match[str], c: g.Construction) -> list[dict[str, Any]] | None:
        groups = m.groupdict()
        if c is g.N_PAIR_C and _SIZE_LISTED_BEFORE.search(ctx.text, max(0, m.start() - 60), m.start()):
            return None  # "X 10 mg (n=100), X 20 mg (n=101) or placebo (n=99)": the last two of three arms' sizes
        if c is g.VERSUS_C and (
            _VERSUS_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
            or _THIRD_VALUE_AFTER.match(ctx.text, m.end())
        ):
            return None  # "(52 vs. 41 vs. 36 mm", "(21.4 vs. 8.8% and 11.9%, ...)": three groups' values, not two
        if groups.get("arms_in_order"):  # "... of the X and Y groups": the arms of "respectively" unsaid
            groups["arms"] = groups["arms_in_order"]
        u1, u2 = g.unit_name(groups.get("u1")), g.unit_name(groups.get("u2"))
        u1, u2 = u1 or groups.get("cur1") or "", u2 or groups.get("cur2") or ""  # "($633 vs $785; ...)": a currency
        if c.unit:
            u1 = u2 = c.unit
        whole = "." not in groups["v1"] + groups["v2"]
        had = _HAD_OUTCOME.search(groups.get("mid") or "")  # what the people counted had, between the values
        if "percent" in (u1, u2) and (
            yearly := next((u for u in (u1, u2) if re.fullmatch(g.PERCENT_PER_YEAR, u)), None)
        ):
            u1 = u2 = yearly  # "(0.3% vs 0.8% per year; HR ...)": the unit printed once, after both
        if groups.get("d1") and groups.get("d2") and bool(u1) != bool(u2):
            u1 = u2 = u1 or u2  # "Three of the 389 patients ..., compared with 27 of the 385 who got a placebo"
        if not (u1 or u2) and any(groups.get(k) for k in ("d1", "d2", "p1", "p2", "b1_pct", "b2_pct")):
            u1 = u2 = "events"  # "12 of 150 (8.0%)": counts, with their percentages
        if (
            not (u1 or u2)
            and not c.both_units
            and (
                groups.get("p")
                or (groups.get("sd1") and groups.get("sd2"))
                or (groups.get("spread1") and groups.get("spread2"))
            )
        ):
            # "(0.821 vs. 0.790; P = 0.031)", "2.1±1.4 in A and 2.6±1.5 in B", "(mean 3.2 [SD 1.9] vs 4.6 [SD 2.1]":
            # unitless values
            u1 = u2 = "value"
        if not (u1 or u2) and c is g.FOR_AND_FOR_C and not whole:
            u1 = u2 = "value"  # "was -14.2 with short-course treatment and -12.8 with standard treatment"
        if not (u1 or u2) and c is g.FOR_AND_FOR_C and _ARM_PEOPLE_END.search(groups.get("r1") or ""):
            u1 = u2 = "patients"  # "occurred in 9 vaccine recipients and in 121 placebo recipients": people
        if not (u1 or u2) and c in (g.IN_GROUP_AND_C, g.RESPECTIVELY_C):
            # "The number of events was 842 in the X group and 1024 in the Y group": each arm named (and "The
            # number of patients who ... was 64 and 71 in the A and B groups, respectively", only of a number of)
            number_of = _NUMBER_OF.search(ctx.text, ctx.lay.sentence(m.start()).start, m.start())
            if number_of and whole:
                u1 = u2 = "events"
            elif c is g.IN_GROUP_AND_C:
                u1 = u2 = "value"  # (values named beside their arms; "respectively" values without a unit are not read)
        done = _WERE_DONE.search(groups.get("mid") or "") or _FELL_ILL.search(groups.get("mid") or "")
        if not (u1 or u2) and c is g.COMPARED_WITH_C and whole and (had or done):
            # "569 on the drug had one of those events, compared with 701 on placebo", "11 were admitted to
            # hospital, compared with 60 among ...", "12 got sick, compared with 60 ...": people with the event
            u1 = u2 = "events"
        if not (u1 or u2) or (u1 and u2 and u1 != u2):
            return None
        if "percent" in (u1, u2) and any(
            groups[f"v{i}"].lower() in NUMBER_WORDS and g.unit_name(groups.get(f"u{i}")) != "percent" for i in (1, 2)
        ):
            return None  # "... reported one, versus 22 percent on placebo": a number word is no percentage (unless it
            # says so itself: "Twenty-eight per cent of participants in the X group and 17 per cent of controls")
        unit = u1 or u2
        if c is g.RESPECTIVELY_C and not (groups.get("arms") or "").strip(" ,"):
            # no arms named: the last two values of a longer list ("were 81.3%, 96.2% and 90.4%, respectively"),
            # or two outcomes' values ("The sensitivity and specificity were 91.2% and 84.5%, respectively")
            subject = _list_subject(ctx, m.start())
            if _VALUE_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start()) or (
                subject is not None and len(_list_items(_LIST_NOUN_TAIL.sub("", subject))) == 2
            ):
                return None
        if c is g.RESPECTIVELY_C and (
            re.search(r"\d", groups.get("arms") or "")  # "... 120 and 131 patients in the A group and in 165 and 158"
            or (unit in _TIME_UNITS and _WHEN_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()))
        ):
            return None  # not two arms' values: four values, or two time points ("in the SR group at 1 and 5 years")
        died_between = c is g.COMPARED_WITH_C and _DIED_AFTER_ARM.search(groups.get("mid") or "")
        if died_between and u1 in g.COUNT_UNITS and not u2:
            u2 = u1  # "41 people in the drug group died, against 63 in the placebo group": both arms' people
        if c.both_units and not (u1 and u2):
            return None
        listed = _LIST_BEFORE.search(ctx.text, max(0, m.start() - 60), m.start())
        if listed and c in (g.VERSUS_C, g.COMPARED_WITH_C, g.FOR_AND_FOR_C, g.IN_GROUP_AND_C):
            return None  # the last of a list against another ("7.6 kg, 9.3 kg and 11.2 kg with the three doses vs")
        trial, basis = self._trial(ctx, m.start(), m.end())
        if trial is None and not ctx.own_trials:
            return None  # with a vocabulary, arm values that name no trial are background facts
        v1, v2 = Number.parse(groups["v1"]), Number.parse(groups["v2"])
        swapped, arm_basis = self._arms_swapped(ctx, trial, m, c)
        is_count = unit in g.COUNT_UNITS
        occurred = _OCCURRED_FIRST.match(groups.get("r1") or "")  # "were reported in the X group"
        # "in the frequency of X (5 vs. 2 patients, respectively)": people with X, in a bracket after it
        frequency = _FREQUENCY_OF_BEFORE.search(ctx.text, max(0, m.start() - 160), m.start())
        # what the people of an arm did, after it ("... and 44% of those receiving placebo had a response")
        first_arm = (groups.get("r1") or "")[occurred.end() if occurred else 0 :]
        did = _ARM_VERB_TAIL.search(first_arm) or _ARM_VERB_TAIL.search(groups.get("r2") or "")
        # what both arms' people did or had, said after the second arm ("... in the control group had quit
        # smoking", "Two patients on X and one on placebo died")
        did_after, died_after = _THEY_DID_AFTER.match(ctx.text, m.end()), _DIED.match(ctx.text, m.end())
        # patients with a denominator or a percentage are patients with an event, not a sample size
        events = (
            any(groups.get(f"{k}{i}") for k in ("d", "p", "b", "ca", "pa", "dl", "rt") for i in (1, 2))
            or bool(occurred)
            or bool(frequency)
            or bool(_EVENT_VERB.search(ctx.text, max(0, m.start() - 30), m.start()))
            or bool(died_between)
            or _are_cases(ctx, m.start(), groups.get("u1") or groups.get("u2"))
            # (what they did or had, after both arms; but "402 received placebo and had follow-up": the sizes still)
            or (c is not g.ASSIGNED_TO_C and bool(did or died_after or did_after))
        )
        outcome = self._outcome(
            ctx,
            m,
            qualifier=m.span("what") if groups.get("what") else None,  # "7 cases of X were confirmed in ...": X
            suffix=True,
            count=is_count and unit == "patients" and not events,
        )
        if outcome == "unspecified" and groups.get("what"):  # "reduced mortality from 13.2% to 9.8%"
            outcome = _ARTICLE.sub("", " ".join(groups["what"].split()))
        if outcome == "unspecified" and frequency:
            # (not the arm it names before "than": "a lower rate of X in the A group than in the B group (")
            outcome = _ARTICLE.sub("", _ARM_GROUP_TAIL.sub("", " ".join(frequency.group("what").split())))
        if outcome == "unspecified" and had:  # "6.9% of patients who received X had a stroke, compared with"
            outcome = " ".join(had.group("what").split())
        if outcome == "unspecified" and did:  # "4 percent of those taking X stopped because of side effects, versus"
            outcome = _what_they_had(did)
        if outcome == "unspecified" and (done := _WERE_DONE.search(groups.get("mid") or "")):
            outcome = " ".join(done.group("what").split())  # "0.9% of those who took X were hospitalized, compared"
        did_between = _ARM_VERB_TAIL.search((groups.get("mid") or "").rstrip(" ,;"))
        if outcome == "unspecified" and did_between and _what_they_had(did_between).lower() not in NUMBER_WORDS:
            outcome = _what_they_had(did_between)  # "17 percent of people taking X stopped because of ..., compared"
        said_after = None  # what both arms' people did or were, said after the second arm
        if outcome == "unspecified" and did_after:
            # "... 35.6% in the control group had quit smoking"; "... had died": death
            outcome, said_after = _DIED_FIRST.sub("death", " ".join(did_after.group("what").split())), did_after
        elif outcome == "unspecified" and c is g.FOR_AND_FOR_C and (were := _PEOPLE_WERE.match(ctx.text, m.end())):
            outcome, said_after = " ".join(were.group("what").split()), were  # "... in group B were pain-free"
        # (and their P after it: "... in group B were pain-free (P=0.007)")
        p_after = _P_IN_BRACKET.match(ctx.text, said_after.end()) if said_after and not groups.get("p_br") else None
        if c is g.RESPECTIVELY_C and (then := _RESPECTIVELY_THEN.match(ctx.text, m.end())):
            # "..., respectively, died from any cause": the vocabulary's outcome it names, else as written
            named = ctx.outcomes_between(then.start("what"), then.end("what"))
            outcome = named[0].name if named else _DIED_FIRST.sub("death", _what_they_had(then))
        if outcome == "unspecified" and (died_between or died_after):
            outcome = "death"  # "47 of 512 patients (9.2%) in the X group and 68 of 509 (13.4%) in the Y group died"
        fields = self._context_fields(ctx, m.start(), outcome)
        if not fields["timepoint"] and (when := g.TIMEPOINT.search((groups.get("when") or "").lower())):
            fields.update(timepoint=g.timepoint_label(when), timepoint_basis="stated")  # "9.6% vs 12.8% at 18 months"
        lost = _LOST_OR_GAINED.search(fields["outcome"])
        if lost and (their := _OF_THEIR.match(ctx.text, m.end("v1"))):  # "lost an average of 9.4% of their body weight"
            fields["outcome"] = f"{their.group('what')} {lost.group(1).lower()}"
        if fields["outcome"] == "unspecified" and unit == "deaths":
            fields["outcome"] = "death"  # "no deaths in the X group, versus 10 deaths": the unit says it
        if fields["outcome"] == "unspecified" and events and is_count:  # "8 cases occurred among ..."
            fields["outcome"] = " ".join((groups.get("u1") or groups.get("u2") or "events").split())
        measure = _value_measure(ctx, m.start(), unit, is_count)
        if measure == "value" and (spread := groups.get("spread1")):  # "3120 g (SD 540) in the X group and ..."
            measure = "median" if re.search(r"(?i)IQR|interquartile|range", spread) else "mean"
        elif measure == "value" and groups.get("sd1") and groups.get("sd2"):
            measure = "mean"  # "(2.1±0.6) vs (3.4±0.8) points": means with their SDs
        fell = _FELL_BY.search(ctx.text, max(ctx.lay.sentence(m.start()).start, m.start() - 40), m.start())
        if groups.get("dir2"):  # "decreased by 17.9% with X and increased by 3.4% with Y": each change's own sign
            v1 = replace(v1, value=-v1.value) if fell else v1
            v2 = replace(v2, value=-v2.value) if groups["dir2"].lower() in _FALLING else v2
        elif unit not in ("percent", "events", "patients", "deaths") and fell:
            # "Diastolic pressure fell by 6.4 mm Hg and 1.9 mm Hg, respectively": changes below zero, as printed
            v1, v2 = (replace(v, value=-v.value) for v in (v1, v2))
        rows = []
        pairs = [(measure, v1, v2, unit)]
        pct1 = groups.get("b1_pct") or groups.get("p1") or groups.get("pa1")
        pct2 = groups.get("b2_pct") or groups.get("p2") or groups.get("pa2")
        if measure != "percent" and (pct1 or pct2) and not (groups.get("pb1") or groups.get("pb2")):
            # (not when one is printed as a bound: "4 (1%) ... and 2 (<1%)" gives the counts only)
            pairs.append(("percent", pct1 and Number.parse(pct1), pct2 and Number.parse(pct2), "percent"))
        c1, c2 = groups.get("c1") or groups.get("ca1"), groups.get("c2") or groups.get("ca2")
        if measure == "percent" and (c1 or c2):  # "12.4% (73 of 589)": the counts behind the percentages
            pairs.append(("count", c1 and Number.parse(c1), c2 and Number.parse(c2), "events"))
        r1, r2 = groups.get("rt1"), groups.get("rt2")
        if r1 or r2:  # "7 participants in the X group (1.0 per 1000 participant-years)": the events' rates
            rate_unit = " ".join((groups.get("rtu1") or groups.get("rtu2") or "").split())
            pairs.append(("value", r1 and Number.parse(r1), r2 and Number.parse(r2), rate_unit))
        sizes = [
            groups.get(f"d{i}") or groups.get(f"n{i}") or groups.get(f"cd{i}") or groups.get(f"cda{i}")
            or groups.get(f"dl{i}")
            for i in (1, 2)
        ]  # fmt: skip
        for i in (0, 1):  # or the people of each arm counted before it: "4% of 412 patients on X and 22% of 411 ..."
            if not sizes[i] and (counted := _OF_COUNTED.match(groups.get(f"r{i + 1}") or "")):
                sizes[i] = counted.group("n")
        n1, n2 = (Number.parse(x).value if x else None for x in sizes)
        labels = self._arm_labels(trial, groups, c)
        if not labels[0] and (on := _ARM_THEN_HAD.match(groups.get("mid") or "")):
            labels = (_arm_as_written(on.group("arm")), labels[1])  # "569 on the drug had ..., compared with 701"
        if not labels[0] and (
            who := _WHO_RECEIVED.search(groups.get("mid") or "")
            or _WHO_GOT_FIRST.match(groups.get("mid") or "")
            or _RECIPIENTS_FIRST.match(groups.get("mid") or "")
        ):
            labels = (_arm_as_written(who.group("arm")), labels[1])  # "6.9% of patients who received X had ..."
        if not any(labels) and (than := _arms_before_bracket(ctx, m.start())):
            labels = than  # "higher with the vaccine than with placebo (local reactions, 62.2% vs. 10.0%)"
        sentence_start = ctx.lay.sentence(m.start()).start
        if not any(labels) and (between := _BETWEEN_ARMS.search(ctx.text, sentence_start, m.start())):
            labels = (_arm_as_written(between.group("a")), _arm_as_written(between.group("b")))
        if not labels[0] and labels[1] and (on := _PEOPLE_ON.search(ctx.text, sentence_start, m.start())):
            labels = (
                _arm_as_written(on.group("arm")),
                labels[1],
            )  # "Patients on the drug lived a median of 14.3 months"
        if (
            c.arm_before
            and not labels[0]
            and (before := _ARM_BEFORE_BRACKET.search(ctx.text, sentence_start, m.start()))
        ):
            labels = (_arm_as_written(before.group("arm")), labels[1])  # "lower in the X group (27 of 381 [7.1%]) than"
        if not any(labels) and (lead := _COMPARED_WITH_LEAD.match(ctx.text, sentence_start, m.start())):
            # "Compared with the control group, the observation group had lower X [(2.1±0.6) vs (3.4±0.8)]"
            labels = (_arm_as_written(lead.group("first")), _arm_as_written(lead.group("second")))
        if not labels[0] and labels[1] and (lead := _LEAD_ARM.match(ctx.text, sentence_start, m.start())):
            # "Among X recipients, 14.2% had Y, as compared"; "Of the 1,500 people who got X, 12 ..." (its size too)
            written = lead.group("arm") or lead.group("got")
            labels = (_arm_as_written(written), labels[1])
            if lead.group("size") and n1 is None:
                n1 = Number.parse(lead.group("size")).value
            if fields["subgroup_basis"] == "as written" and fields["subgroup"].lower() in written.lower():
                fields.update(subgroup="overall", subgroup_basis="no subgroup named")  # the arm, not a subgroup
        if swapped:
            n1, n2 = n2, n1
        for meas, a, b, u in pairs:
            if swapped:
                a, b = b, a
            row = self._base_row(ctx, m.start(), m.end(), trial, basis)
            row.update(fields)
            row.update(
                measure=meas,
                label="",
                arm1_label=labels[0],
                arm2_label=labels[1],
                arm1_n=n1,
                arm2_n=n2,
                unit="%" if u == "percent" else "" if u == "value" else u,
                arm1_value=a.value if a else None,
                arm1_text=a.text if a else "",
                arm2_value=b.value if b else None,
                arm2_text=b.text if b else "",
                arm_basis=arm_basis,
                construction=c.name,
                **_place(ctx, m.start()),
            )
            if meas == measure:
                self._add_p(row, m)
                if p_after and not row.get("p_text"):
                    self._add_p(row, p_after)
                    raw_start, raw_end = ctx.ct.raw_span(m.start(), p_after.end())
                    row.update(end=raw_end, quote=ctx.ct.original[raw_start:raw_end])
            rows.append(row)
        return rows

    def _list_of_estimates_respectively(self, results: list[dict[str, Any]], text: str) -> None:
        """A list of estimates in one sentence whose items are named, in order, before or after it:
        "The HRs were 0.95 (...), 0.84 (...) and 0.72 (...) for stroke, myocardial infarction and death,
        respectively", "The HRs for stroke and death were 0.95 (...) and 0.72 (...), respectively", "... in
        men and women, respectively". The n-th estimate is about the n-th item: its time point where the
        items are time points ("at 6 and 12 months"); a subgroup where they are categories: people, ranked
        categories ("the lowest, middle and highest tertiles"), analyses, models or years ("in the ITT and
        per-protocol populations"); else the arm of a single value with its interval ("2-year PFS rates
        were 74.5% (...) and 80.1% (...) for A and B, respectively"); else an outcome, or a subgroup where the
        outcome is named before the list and the items after it. With a vocabulary the outcomes are its
        names (each item must name one); with a severity scale subgroups are its levels, left as they are.
        ``results`` are in the order of the text (offsets into ``text``)."""
        runs: list[list[dict[str, Any]]] = []
        for row in results:
            if row.get("estimate") is None or row.get("arm1_value") is not None:
                continue
            last = runs[-1][-1] if runs else None
            if (
                last is not None
                and last["context_start"] == row["context_start"]
                and last["end"] <= row["start"]
                and _LIST_SEPARATOR.fullmatch(text, last["end"], row["start"])
            ):
                runs[-1].append(row)
            else:
                runs.append([row])
        for run in runs:
            if len(run) < 2:
                continue
            first, end, sentence_end = run[0], run[-1]["end"], run[-1]["context_end"]
            if after := _ITEMS_AFTER.match(text, end, sentence_end):
                items, named_before = _list_items(after.group("items")), first["outcome"] != "unspecified"
                times = [g.TIMEPOINT.fullmatch(f"{after.group('preposition').lower()} {i.lower()}") for i in items]
                if len(items) == len(run) and all(times):  # "... at 6 and 12 months, respectively": time points
                    for row, when in zip(run, times, strict=True):
                        row.update(timepoint=g.timepoint_label(when), timepoint_basis="respectively")
                    continue
                if after.group("preposition").lower() not in ("for", "in", "among", "with"):
                    continue
            elif _RESPECTIVELY_AFTER.match(text, end, sentence_end) and (
                before := _ITEMS_BEFORE.search(text, first["context_start"], first["start"])
            ):
                items, named_before = _list_items(before.group("items")), False
            else:
                continue
            if len(items) != len(run):
                continue  # not one item for each value
            if any(_NOT_WHAT_AFTER.search(re.split(r"\s+of\s+", i)[0]) for i in items):
                # the items are arms or doses (not "tertiles of dose"): a single value's arm ("38.2, 52.6 and 71.9
                # per 1000 person-years for low, intermediate and high doses, respectively"), else left alone
                if all(row["measure"] in _SINGLE_VALUES and not row.get("arm1_label") for row in run):
                    for row, item in zip(run, items, strict=True):
                        row.update(arm1_label=item, arm_basis="respectively")
                continue
            categories = all(_PEOPLE_ITEM.match(i) or _RANK_WORD.match(i) for i in items) or any(
                _ANALYSIS_ITEM.match(i) for i in items
            )
            if not categories and all(row["measure"] in _SINGLE_VALUES for row in run):
                if not any(row["arm1_label"] for row in run):
                    for row, item in zip(run, items, strict=True):
                        row.update(arm1_label=item, arm_basis="respectively")
                continue
            if self.vocab.generic:
                outcomes = None if categories or named_before else items
            else:
                names = [[m.name for m in self.vocab.mentions(i) if m.kind == "outcome"] for i in items]
                if all(len(n) == 1 for n in names) and not categories:
                    outcomes = [n[0] for n in names]
                elif not any(names):
                    outcomes = None
                else:
                    continue  # some items name outcomes and some do not
            if outcomes is None and self.vocab.levels:
                continue  # the subgroups are the severity scale's
            for row, item, outcome in zip(run, items, outcomes or items, strict=True):
                if outcomes is not None:
                    row["outcome"] = outcome
                else:  # (about the first one's outcome, not the words of the list after it: "for the second", nor
                    # the list itself: "the HRs for the second, third and highest quartiles were ...")
                    outcome = "unspecified" if _names_the_items(first["outcome"], items) else first["outcome"]
                    row.update(outcome=outcome, subgroup=item, subgroup_basis="respectively")

    @staticmethod
    def _arms_named_before(
        rows: list[dict[str, Any]], text: str, sized: Iterable[dict[str, Any]] = ()
    ) -> list[dict[str, Any]]:
        """A "respectively", "versus" or "and" pair that names no arm compares the arms its paragraph
        named last, in the order it named them ("... in the X group and ... in the placebo group (...).
        Worsening heart failure occurred in 368 and 455 patients, respectively", "... the most common
        were neutropenia (88 [22%] vs 71 [17%])", "Hypotension was reported in 61 of 1,706 patients
        (3.6%) and 28 of 1,706 (1.6%)"), unless it names a subgroup (then it may compare that
        subgroup's people, not the arms). So do two values with their intervals, one right after the
        other, of the same outcome and kind, named in no arm ("Median progression-free survival was 8.8
        months (7.9-9.9) versus 6.2 months (5.6-6.9)"). A paragraph that names no arms compares those
        its article named before it when it named one pair only ("Secondary Outcomes: Death from
        cardiovascular causes occurred in 168 patients (10.8%) and 194 patients (12.5%), respectively").
        Three values or more that name no arm (:meth:`_values_in_arms_order_rows`) are the arms the paragraph, or
        else the text before it, named last before their sizes, if as many: a row for each against the
        comparator; otherwise they give no row (their numbers are left to the audit). The rows, in their order
        (``sized``: arms' sizes the vocabulary tags, to be paired later, read for their arms only)."""
        last: dict[int, tuple[str, str]] = {}
        in_order: dict[int, list[dict[str, Any]]] = {}  # the rows each list of values in the arms' order gives
        arms_of_article: dict[int, list[str]] = {}  # the arms each article named last before their sizes
        named: dict[int, set[tuple[str, str]]] = {}  # the pairs of arms each article named, so far
        inherited: set[int] = set()  # the paragraphs whose arms are those named before them
        sizes: dict[int, list[str]] = {}  # the arms each paragraph named before their sizes
        single: tuple[dict[str, Any], int] | None = None  # the last value with its interval
        # the lists of arms people were assigned to, not sizes, by identity (kept, so no other list takes its id)
        allocated: dict[int, list[str]] = {}
        for row in sorted([*rows, *sized], key=lambda r: r["start"]):
            paragraph, article = row.pop("_paragraph", None), row.pop("_article", None)
            if paragraph is None:
                continue
            if (arms := row.get("_allocated")) is not None:  # "were randomly assigned to A, B or C"
                sizes[paragraph] = arms_of_article[article] = assigned = list(arms)
                allocated[id(assigned)] = assigned
                if len(arms) == 2:
                    last[paragraph] = (arms[0], arms[1])
                    named.setdefault(article, set()).add(last[paragraph])
                    inherited.discard(paragraph)
                else:
                    last.pop(paragraph, None)
                continue
            if row.get("arm_basis") == "named before its size" or row["construction"] in _ARMS_SIZED:
                if id(sizes.get(paragraph)) in allocated:  # their sizes after them: the arms again, not more arms
                    sizes[paragraph] = []
                # "(zelbatinib n=211, docetaxel n=211)", "randomised (5990 drug X, 5986 placebo)": two arms
                sizes.setdefault(paragraph, []).append(row["arm1_label"])
                arms_of_article[article] = sizes[paragraph]
                if len(sizes[paragraph]) == 2:
                    last[paragraph] = (sizes[paragraph][0], sizes[paragraph][1])
                    named.setdefault(article, set()).add(last[paragraph])
                elif paragraph in last and len(sizes[paragraph]) > 2:
                    del last[paragraph]  # three arms or more: no pair
                continue
            if (values := row.pop("_in_arms_order", None)) is not None:
                arms = sizes.get(paragraph) or arms_of_article.get(article, [])
                how = "named where they were assigned" if id(arms) in allocated else "named before their sizes"
                basis = f"{how}, in order, " + ("in the paragraph" if paragraph in sizes else "earlier in the text")
                in_order[id(row)] = _each_in_arms_order(row, arms, values, basis) if len(arms) == len(values) else []
                continue
            if paragraph not in last and len(pairs := named.get(article, set())) == 1:
                last[paragraph] = next(iter(pairs))
                inherited.add(paragraph)
            if row["construction"] in _VALUES_WITH_INTERVALS:
                if single and single[1] == paragraph and paragraph in last and _unnamed_pair(single[0], row, text):
                    for value, arm in zip((single[0], row), last[paragraph], strict=True):
                        value.update(arm1_label=arm, arm_basis=_named_earlier(paragraph, inherited))
                elif single and single[1] == paragraph and _named_pair(single[0], row, text):
                    last[paragraph] = (single[0]["arm1_label"], row["arm1_label"])  # "86.4% (...) in the X group
                    inherited.discard(paragraph)
                    # and 7.9% (...) in the Y group": the arms, in order, for the pairs after it that name none
                    named.setdefault(article, set()).add(last[paragraph])
                single = (row, paragraph)
                continue
            if compared := row.pop("_arms_compared", None):  # (two arms' changes: the arms, not after and before)
                last[paragraph] = compared
                named.setdefault(article, set()).add(compared)
                inherited.discard(paragraph)
                continue
            if row["arm1_label"] and row["arm2_label"]:
                if row["construction"] not in _TIMES_NOT_ARMS:  # ("fell from 8 to 7 days": after and before)
                    last[paragraph] = (row["arm1_label"], row["arm2_label"])
                    named.setdefault(article, set()).add(last[paragraph])
                    inherited.discard(paragraph)
                continue
            unnamed = not (row["arm1_label"] or row["arm2_label"])
            of_arms = row["construction"] == "respectively" or (
                row["construction"] in ("versus", "counts_and", "occurred_in_and", "not_reached_pair")
                and row["subgroup_basis"] == "no subgroup named"
            )
            if of_arms and unnamed and paragraph in last:
                row["arm1_label"], row["arm2_label"] = last[paragraph]
                row["arm_basis"] = _named_earlier(paragraph, inherited)
            elif of_arms and paragraph in last and (one := _the_other_arm(row, last[paragraph])):
                # "less common with drug X (3.3% v 4.0%": the other arm of the pair named before
                row[one[0]] = one[1]
                row["arm_basis"] = "one named beside the values, the other " + _named_earlier(paragraph, inherited)
        return [given for row in rows for given in in_order.get(id(row), [row])]

    def _values_in_arms_order_rows(
        self, ctx: _Context, m: re.Match[str], c: g.Construction
    ) -> list[dict[str, Any]] | None:
        """Three arms' values or more that name no arm (see :data:`grammar.VALUES_IN_ARMS_ORDER`): a row of
        each kind (a count and its percentage, or a value) holding the values in order, for
        :meth:`_arms_named_before` to give them the arms the text named before their sizes, one row for each
        arm against the comparator. Nothing when the sentence's subject lists what the values are ("Nausea,
        rash and headache were ...") or the values are of two kinds."""
        sentence_start = ctx.lay.sentence(m.start()).start
        clause_start = max((v.end() for v in _VALUES_BEFORE.finditer(ctx.text, sentence_start, m.start())), default=0)
        subject = _SUBJECT_BEFORE_VERB.match(ctx.text, max(sentence_start, clause_start), m.start())
        if subject is not None and len(_list_items(_CLOSED_BRACKET.sub(" ", subject.group("what")))) > 1:
            return None
        items = list(g.UNNAMED_ITEM.finditer(ctx.text, m.start("values"), m.end("values")))
        units = {g.unit_name(i.group("u")) for i in items}
        with_percent = {bool(i.group("pct")) for i in items}
        if len(units) > 1 or len(with_percent) > 1:
            return None
        trial, basis = self._trial(ctx, m.start(), m.end())
        if trial is None and not ctx.own_trials:
            return None
        unit = units.pop()
        kinds = [("count", "events", "v"), ("percent", "%", "pct")] if with_percent.pop() else []
        if not kinds:
            kinds = [(_value_measure(ctx, m.start(), unit), "%" if unit == "percent" else unit, "v")]
        fields = self._context_fields(ctx, m.start(), self._outcome(ctx, m))
        rows = []
        for measure, unit_written, group in kinds:
            row = self._base_row(ctx, m.start(), m.end(), trial, basis)
            row.update(fields)
            row.update(measure=measure, label="", unit=unit_written, construction=c.name, **_place(ctx, m.start()))
            row["_in_arms_order"] = [Number.parse(i.group(group)) for i in items]
            rows.append(row)
        return rows

    def _from_to_by_arms_rows(self, ctx: _Context, m: re.Match[str], c: g.Construction) -> list[dict[str, Any]] | None:
        """Each of two arms' changes from one time to another (see :data:`grammar.FROM_TO_BY_ARMS`): a row for each
        arm, its value after against its value before, the arm named in both labels ("X, after"; with a
        vocabulary, as it names the arm)."""
        units = {g.unit_name(m.group(k)) for k in ("ub1", "ua1", "ub2", "ua2") if m.group(k)}
        if len(units) > 1:
            return None
        trial, basis = self._trial(ctx, m.start(), m.end())
        if trial is None and not ctx.own_trials:
            return None
        unit = units.pop() if units else ""
        outcome = self._outcome(ctx, m)
        if outcome == "unspecified" and m.group("what").strip():  # "improved physical function from ..."
            outcome = _ARTICLE.sub("", " ".join(m.group("what").split()))
        fields = self._context_fields(ctx, m.start(), outcome)
        rows = []
        for n in (1, 2):
            arm = _arm_as_written(m.group(f"r{n}"))
            role = self._arm_of(trial, m.group(f"r{n}")) if trial is not None and trial.intervention else None
            if role:  # (as the vocabulary names the arm)
                arm = trial.intervention if role == "experimental" else trial.comparator
            after, before = Number.parse(m.group(f"a{n}")), Number.parse(m.group(f"b{n}"))
            row = self._base_row(ctx, m.start(f"i{n}"), m.end(f"i{n}"), trial, basis)
            row.update(fields)
            row.update(measure=_value_measure(ctx, m.start(), unit), label="", arm1_label=f"{arm}, after",
                       arm2_label=f"{arm}, before", arm1_value=after.value, arm1_text=after.text,
                       arm2_value=before.value, arm2_text=before.text, unit="%" if unit == "percent" else unit,
                       arm_basis="one arm's values after and before", construction=c.name)  # fmt: skip
            row.update(_place(ctx, m.start()), _arms_compared=(_arm_as_written(m["r1"]), _arm_as_written(m["r2"])))
            rows.append(row)
        return rows

    def _values_at_times_rows(self, ctx: _Context, m: re.Match[str], c: g.Construction) -> list[dict[str, Any]] | None:
        """One group's value at each of two time points or more (see :data:`grammar.VALUES_AT_TIMES`): a row
        for each, its time point the one after it."""
        items = list(g.VALUE_AT_TIME.finditer(ctx.text, m.start(), m.end()))
        units = {g.unit_name(i.group("unit")) for i in items if i.group("unit")}
        if len(units) > 1:
            return None  # values of two kinds
        unit = units.pop() if units else ""
        outcome = self._outcome(ctx, m)
        rows = []
        for item in items:
            value = Number.parse(item.group("v"))
            row = self._single_row(ctx, m, c, value, outcome, _value_measure(ctx, m.start(), unit), unit)
            if row is None:
                return None
            when = g.TIMEPOINT.search(item.group("time").lower())
            row.update(timepoint=g.timepoint_label(when), timepoint_basis="stated")
            row["unit"] = "%" if unit == "percent" else unit
            rows.append(row)
        return rows

    def _nnt_for_every_rows(self, ctx: _Context, m: re.Match[str], c: g.Construction) -> list[dict[str, Any]] | None:
        """A number needed to treat in news's words (see :data:`grammar.NNT_FOR_EVERY`), about what it prevents."""
        est = Number.parse(m.group("est") or m.group("est_after"))
        what = " ".join((m.group("what") or m.group("what_first")).split())
        row = self._single_row(ctx, m, c, est, _ARTICLE.sub("", what), "number_needed_to_treat", "")
        return None if row is None else [row]

    def _listed_arms_versus_rows(
        self, ctx: _Context, m: re.Match[str], c: g.Construction
    ) -> list[dict[str, Any]] | None:
        """Each listed arm's value against the comparator's (see :data:`grammar.LISTED_ARMS_VERSUS`): a
        row for each arm, its value and the comparator's, one item of the arms' list for each value."""
        values = [_LISTED_VALUE.fullmatch(v) for v in _NAMES_SPLIT.split(m.group("values").strip())]
        arms = _dose_items(m.group("arms"))
        second = _LISTED_VALUE.fullmatch(m.group("v2"))
        units = {g.unit_name(v.group("unit")) for v in (*values, second) if v and v.group("unit")}
        if not all(values) or len(arms) != len(values) or len(units) != 1:
            return None  # not one arm for each value, or values in two units ("with the three doses")
        trial, basis = self._trial(ctx, m.start(), m.end())
        if trial is None and not ctx.own_trials:
            return None
        unit = units.pop()
        sentence = ctx.lay.sentence(m.start())
        fell = unit != "percent" and _FELL_BY.search(ctx.text, max(sentence.start, m.start() - 40), m.start())
        fields = self._context_fields(ctx, m.start(), self._outcome(ctx, m))
        b = Number.parse(second.group("v"))
        rows = []
        for value, arm in zip(values, arms, strict=True):
            a = Number.parse(value.group("v"))
            if fell:  # "reduced by 7.6 kg, 9.3 kg and 11.2 kg ... versus 5.7 kg": falls, below zero
                a, b_signed = replace(a, value=-a.value), replace(b, value=-b.value)
            else:
                b_signed = b
            row = self._base_row(ctx, m.start(), m.end(), trial, basis)
            row.update(fields)
            row.update(measure=_value_measure(ctx, m.start(), unit), label="", arm1_label=arm,
                       arm2_label=_arm_as_written(m.group("r2")), unit="%" if unit == "percent" else unit,
                       arm1_value=a.value, arm1_text=a.text, arm2_value=b_signed.value, arm2_text=b.text,
                       arm_basis="respectively", construction=c.name)  # fmt: skip
            rows.append(row)
        return rows

    def _not_reached_rows(self, ctx: _Context, m: re.Match[str], c: g.Construction) -> list[dict[str, Any]] | None:
        """A median not reached in one arm against a time in the other (see :data:`grammar.NOT_REACHED_PAIR`):
        the arm not reached has no value, its text as printed."""
        groups = m.groupdict()
        trial, basis = self._trial(ctx, m.start(), m.end())
        if trial is None and not ctx.own_trials:
            return None
        first_reached = groups["v1"] is not None
        time = Number.parse(groups["v1"] or groups["v2"])
        unit = "months" if (groups["u1"] or groups["u2"]) == "mo" else " ".join((groups["u1"] or groups["u2"]).split())
        texts = (time.text, groups["nr2"]) if first_reached else (groups["nr1"], time.text)
        values = (time.value, None) if first_reached else (None, time.value)
        arms = {"r1": groups["r1"] or groups["r1b"], "r2": groups["r2"] or groups["r2b"]}
        labels = self._arm_labels(trial, arms, c)
        named = (self._arm_of(trial, arms["r1"] or ""), self._arm_of(trial, arms["r2"] or ""))
        if named[0] == "control" or named[1] == "experimental":
            texts, values = texts[::-1], values[::-1]  # (the vocabulary's experimental arm first)
        row = self._base_row(ctx, m.start(), m.end(), trial, basis)
        row.update(self._context_fields(ctx, m.start(), self._outcome(ctx, m)))
        row.update(measure="median", label="", arm1_label=labels[0], arm2_label=labels[1], unit=unit,
                   arm1_value=values[0], arm1_text=texts[0], arm2_value=values[1], arm2_text=texts[1],
                   construction=c.name, **_place(ctx, m.start()))  # fmt: skip
        row["arm_basis"] = "arm named beside the value" if any(arms.values()) else "experimental arm first (as written)"
        return [row]

    def _blood_pressures_rows(self, ctx: _Context, m: re.Match[str], c: g.Construction) -> list[dict[str, Any]] | None:
        """Two arms' systolic and diastolic pressures (see :data:`grammar.BLOOD_PRESSURES`): a row of the
        arms' systolic values and one of their diastolic values, each signed as a fall or a rise says."""
        groups = m.groupdict()
        if not (groups["u1"] or groups["u2"]) or bool(groups["r1"]) != bool(groups["r2"]):
            return None  # (in mm Hg, said once at least; both arms named or neither)
        trial, basis = self._trial(ctx, m.start(), m.end())
        if trial is None and not ctx.own_trials:
            return None
        sentence = ctx.lay.sentence(m.start())
        fell = _FELL_BY.search(ctx.text, max(sentence.start, m.start() - 40), m.start())
        swapped, arm_basis = self._arms_swapped(ctx, trial, m, c)
        labels = self._arm_labels(trial, groups, c)
        fields = self._context_fields(ctx, m.start(), self._outcome(ctx, m))
        rows = []
        for part, key in (("systolic", "s"), ("diastolic", "d")):
            a, b = (Number.parse(groups[f"{key}{i}"]) for i in (1, 2))
            if fell:  # "decreased by 10.4/5.9 mm Hg": falls, below zero
                a, b = (replace(v, value=-v.value) for v in (a, b))
            if swapped:
                a, b = b, a
            row = self._base_row(ctx, m.start(), m.end(), trial, basis)
            row.update(fields)
            row.update(outcome=f"{fields['outcome']} ({part})", measure=_central_measure(ctx, m.start(), "mm Hg"),
                       label="", arm1_label=labels[0], arm2_label=labels[1], unit="mm Hg", arm1_value=a.value,
                       arm1_text=a.text, arm2_value=b.value, arm2_text=b.text, arm_basis=arm_basis,
                       construction=c.name)  # fmt: skip
            rows.append(row)
        return rows

    def _table_arms_rows(self, ctx: _Context, m: re.Match[str], c: g.Construction) -> list[dict[str, Any]] | None:
        """Two arms' counts and percentages side by side in a table row ("45/600 | 62/598": counts of
        their denominators); each arm is its column's header ("Drug X (N = 2833)"), the outcome the
        row's first cell. Three arms' cells or more, "118 (38.1) | 131 (43.0) | 52 (16.9)": each arm
        against the comparator (the column a control word names, else the last)."""
        first, second = text_tables.cell_at(ctx.text, m.start()), text_tables.cell_at(ctx.text, m.start("v2"))
        if (
            first is None
            or second is None
            or second.column != first.column + 1
            or not (first.headers and second.headers)
        ):
            return None
        first_end = max(m.end(k) for k in ("v1", "d1", "p1", "p1b", "q1", "sd1") if m.group(k))
        if not (first.cell.start <= m.start() and first_end <= first.cell.end and m.end() <= second.cell.end):
            return None  # not two whole cells of one row
        cells = [first, second]
        values = [
            {k: m.group(f"{k}{i}") for k in ("v", "d", "p", "q", "sd")} | {"pb": m.group(f"p{i}b")} for i in (1, 2)
        ]
        end = m.end()
        for following in first.row[second.column + 1 :]:  # the arms' cells right after, whole, of the first two's kind
            item = g.TABLE_ARM_CELL.fullmatch(ctx.text, following.start, following.end)
            cell = text_tables.cell_at(ctx.text, item.start("v")) if item else None
            if (
                cell is None
                or not cell.headers
                or any(_ESTIMATE_HEADER.search(h.text) or _P_HEADER.search(h.text.strip(" *†‡§")) for h in cell.headers)
                or any(bool(item[k]) != bool(values[0][k]) for k in ("d", "p", "pb", "q", "sd"))
                or ctx.overlaps(following.start, following.end)
            ):
                break
            cells.append(cell)
            values.append(item.groupdict())
            end = following.start + len(ctx.text[following.start : following.end].rstrip())
        if end > m.end():
            ctx.use(m.end(), end)  # (the cells after the match, read with it)
        for value in values:
            value["p"] = value["p"] or value["pb"]
        if len({value["p"] is None for value in values}) > 1:
            return None  # "45/600 (7.5) | 62/598": cells of two kinds
        alone = [not any(value[k] for k in ("d", "p", "q", "sd")) for value in values]
        central_row = _ROW_CENTRAL.search(" ".join(first.row_head.text.split()))
        if any(alone) and not (
            all(alone)
            and (central_row or all("." in value["v"] for value in values))
            and not any(_ESTIMATE_HEADER.search(h.text) for cell in cells for h in cell.headers)
        ):
            return None  # values alone are a rate's or a mean's only with their decimals ("0.61 | 0.89") or where
            # the row says so ("— median days | 9 | 12"), not counts, and under arms' headers, not under an
            # estimate's and its bounds' ("| Odds ratio | Lower 95% CI |")
        trial, basis = self._trial(ctx, m.start(), m.end())
        outcome = _row_outcome(ctx, first)
        fields = self._context_fields(ctx, m.start(), outcome, first)
        fields["outcome"] = outcome  # a row that names no outcome names none (not the words of the rows above)
        arms, sizes = [], []
        for table, value in zip(cells, values, strict=True):
            header = " ".join(" ".join(h.text for h in table.headers).split())  # a header on lines: "Drug X\n(N=402)"
            size = text_tables.ARM_SIZE.search(header)
            arms.append(_COUNT_HEADING.sub("", text_tables.ARM_SIZE.sub("", header)).strip(" ,;"))
            n = value["d"] or (size.group("n") if size else None)
            sizes.append(Number.parse(n).value if n else None)
        kinds = [("count", "v", "events")] + ([("percent", "p", "%")] if values[0]["p"] else [])
        spread = _SPREAD_IN_HEADING.search(f"{first.row_head.text} {first.headers[0].text}")
        if len({bool(value["q"]) for value in values}) > 1 or (values[0]["q"] and not spread):
            return None  # a range in a bracket is a spread only when the table says which
        if len({bool(value["sd"]) for value in values}) > 1:
            return None  # "21.4 ± 48.2 | 6.1": cells of two kinds
        if values[0]["sd"]:  # "21.4 ± 48.2 | 6.1 ± 51.0": means (unless the row says medians) and their SDs
            central = spread.group("central") if spread and spread.group("central") else "mean"
            kinds = [(central.lower(), "v", _row_unit(first.row_head.text))]
        elif spread and not values[0]["d"]:  # "mean (SD)": the values are means, the brackets their spread
            quartiles = (spread.group("spread") or "").upper() in ("IQR", "RANGE")
            central = spread.group("central") or ("median" if quartiles else "mean")
            kinds = [(central.lower(), "v", _row_unit(first.row_head.text))]
        elif all(alone) and central_row:  # "Time to recovery — median days | 9 | 12": the row's medians
            kinds = [(central_row.group("central").lower(), "v", central_row.group("unit") or "")]
        elif all(alone):  # "Exacerbations per patient-year | 0.61 | 0.89": values in the row's unit
            kinds = [("value", "v", _row_unit(first.row_head.text))]
        elif not values[0]["d"] and values[0]["p"] and any(re.search(r"^-|\.", value["v"]) for value in values):
            # "-1.8 (0.1) | -0.4 (0.1)" under no "mean (SD)": values below zero or with decimals are not
            # counts, their brackets not percentages; the unit is the row's ("Change in X at wk 26, kg")
            kinds = [("value", "v", _row_unit(first.row_head.text))]
        if len(cells) == 2:
            compared = [(0, 1)]
        else:  # each arm against the comparator
            control = _control_index(arms)
            compared = [(k, control) for k in range(len(arms)) if k != control]
        rows = []
        for measure, key, unit in kinds:
            for a, b in compared:
                v1, v2 = Number.parse(values[a][key]), Number.parse(values[b][key])
                row = self._base_row(ctx, m.start(), end, trial, basis)
                row.update(fields)
                row.update(measure=measure, label="", arm1_label=arms[a], arm2_label=arms[b], arm1_n=sizes[a],
                           arm2_n=sizes[b], unit=unit, arm1_value=v1.value, arm1_text=v1.text, arm2_value=v2.value,
                           arm2_text=v2.text, arm_basis="column headers" if len(cells) == 2 else
                           "column headers; each against the comparator", construction=c.name)  # fmt: skip
                rows.append(row)
        if len(cells) == 2 and not any(
            re.search(r"\d", cell.text) for cell in first.row[1:] if cell not in (first.cell, second.cell)
            and cell is not first.in_column(_P_HEADER)
        ):  # fmt: skip
            for row in rows:  # no estimate in the row: its P compares these two arms
                self._add_p_of_row(ctx, row, first)
        return rows

    def _arm_list_rows(self, ctx: _Context, m: re.Match[str], c: g.Construction) -> list[dict[str, Any]] | None:
        """Three arms or more (or two in a bracket), each value with its arm named beside it: a
        row for each arm against the comparator (the arm a control word names, else the last).
        A list whose names are not arms ("12% in women, 15% in men ...") is left alone: one of
        them must be a comparator, carry a dose, be called a group or arm, or be the trial's."""
        item = g.ARM_AFTER_VALUE if c.pattern is g.ARMS_LISTED else g.ARM_BEFORE_VALUE
        # (each item as the list read it: what follows the last one is looked at, as the list's pattern did)
        sentence_end = max(ctx.lay.sentence(m.start()).end, m.end())
        items = [i for i in item.finditer(ctx.text, m.start(), sentence_end) if i.start() < m.end()]
        units = {g.unit_name(i.group("u")) for i in items} - {""}
        if len(units) > 1:
            return None
        unit = units.pop() if units else ""  # "-3.9 in the 200-mg group, -3.4 in the 100-mg group, and ..."
        arms = [_arm_as_written(_item_arm(i)) for i in items]
        if len(set(map(str.lower, arms))) < len(arms):
            return None
        trial, basis = self._trial(ctx, m.start(), m.end())
        if trial is None and not ctx.own_trials:
            return None
        roles, control = self._comparator(trial, arms)
        if control is None and not any(_DOSE_OR_GROUP.search(arm) or roles[k] for k, arm in enumerate(arms)):
            measure = _value_measure(ctx, m.start(), unit, unit in g.COUNT_UNITS)
            return self._subgroup_list_rows(ctx, m, c, items, measure, unit, trial, basis)
        values = [Number.parse(i.group("v")) for i in items]
        with_shares = (unit in g.COUNT_UNITS or not unit) and all(i.groupdict().get("pct") for i in items)
        if with_shares and not unit:
            unit = "events"  # "98 (12.2%) in the high-dose group, ...": counts of people, with their percentages
        sizes = [Number.parse(d).value if (d := i.groupdict().get("d")) else None for i in items]
        rows = self._each_against_comparator(ctx, m, c, arms, values, unit, trial, basis, control, sizes)
        if with_shares:  # each count's percentage, in its bracket
            shares = [Number.parse(i.group("pct")) for i in items]
            rows += self._each_against_comparator(ctx, m, c, arms, shares, "percent", trial, basis, control, sizes)
        return rows

    def _assigned_list_rows(self, ctx: _Context, m: re.Match[str], c: g.Construction) -> list[dict[str, Any]] | None:
        """Three arms' sizes or more (see :data:`grammar.ASSIGNED_LISTED`), or two or more in a bracket after the
        number randomised (:data:`grammar.ASSIGNED_IN_BRACKET`): an ``enrollment`` row for each arm, with its arm."""
        if c is g.ASSIGNED_IN_BRACKET_C:  # "randomised (5990 drug X, 5986 placebo)"
            items = list(g.ARM_SIZE_ITEM.finditer(ctx.text, m.start("items"), m.end()))
        else:
            items = list(g.ASSIGNED_ITEM.finditer(ctx.text, m.start(), m.end()))
        arms = [_arm_as_written(i.group("arm")) for i in items]
        if len(set(map(str.lower, arms))) < len(arms):
            return None
        rows = []
        for item, arm in zip(items, arms, strict=True):
            row = self._single_row(ctx, item, c, Number.parse(item.group("v")), "enrollment", "count", "patients")
            if row is None:
                return None
            row.update(arm1_label=arm, arm_basis="arm named beside each value", **_place(ctx, item.start()))
            rows.append(row)
        return rows

    def _comparator(self, trial: Trial | None, arms: list[str]) -> tuple[list[str | None], int | None]:
        """Each arm's role in the trial (the vocabulary's words for its arms), and which arm is the
        comparator: the one the trial calls its control, or a control word names ("placebo")."""
        roles = [self._arm_of(trial, arm) for arm in arms]
        control = next((k for k, arm in enumerate(arms) if roles[k] == "control" or g.CONTROL_ARM.search(arm)), None)
        return roles, control

    def _each_against_comparator(
        self,
        ctx: _Context,
        m: re.Match[str],
        c: g.Construction,
        arms: list[str],
        values: list[Number],
        unit: str,
        trial: Trial | None,
        basis: str,
        control: int | None,
        sizes: list[float | None] | None = None,
    ) -> list[dict[str, Any]]:
        """A row for each arm's value against the comparator's (``control``, else the last arm), with the
        arms' numbers of people when the list gives them (``sizes``)."""
        control = len(arms) - 1 if control is None else control
        is_count = unit in g.COUNT_UNITS
        measure = _value_measure(ctx, m.start(), unit, is_count)
        fields = self._context_fields(ctx, m.start(), self._outcome(ctx, m, suffix=True))
        reference = values[control]
        rows = []
        for k, (arm, value) in enumerate(zip(arms, values, strict=True)):
            if k == control:
                continue
            row = self._base_row(ctx, m.start(), m.end(), trial, basis)
            row.update(fields)
            row.update(measure=measure, label="", arm1_label=arm, arm2_label=arms[control],
                       unit="%" if unit == "percent" else "events" if is_count else unit,
                       arm1_value=value.value, arm1_text=value.text, arm2_value=reference.value,
                       arm2_text=reference.text, arm_basis="arm named beside each value; each against the comparator",
                       construction=c.name)  # fmt: skip
            if sizes and sizes[k] is not None and sizes[control] is not None:
                row.update(arm1_n=sizes[k], arm2_n=sizes[control])
            rows.append(row)
        each = _P_FOR_EACH.match(ctx.text, m.end())
        if each and (each.group("pre") or each.group("post")):  # "(P<0.001 for both comparisons with placebo)"
            for row in rows:
                self._add_p(row, each)
        return rows

    def _outcomes_by_arms_rows(self, ctx: _Context, m: re.Match[str], c: g.Construction) -> list[dict[str, Any]]:
        """Two outcomes' counts in each of two arms (see :data:`grammar.OUTCOMES_BY_ARMS`): a row for each
        outcome, named by the sentence's subject in the same order. A subject that names not two outcomes
        leaves the counts unread (in the audit), not given to the wrong outcome."""
        sentence_start = ctx.lay.sentence(m.start()).start
        subject = _outcome_before(ctx.text, sentence_start, m.start())
        two = _TWO_OUTCOMES.fullmatch(subject)
        trial, basis = self._trial(ctx, m.start(), m.end())
        if two is None or (trial is None and not ctx.own_trials):
            return []
        at = ctx.text.rfind(subject, sentence_start, m.start())
        arms = (_arm_as_written(m.group("r1")), _arm_as_written(m.group("r2")))
        rows = []
        for key, (a, b) in (("x", ("a1", "a2")), ("y", ("b1", "b2"))):
            named = ctx.outcomes_between(at + two.start(key), at + two.end(key)) if at >= 0 else []
            outcome = named[0].name if named else two.group(key)
            v1, v2 = Number.parse(m.group(a)), Number.parse(m.group(b))
            row = self._base_row(ctx, m.start(), m.end(), trial, basis)
            row.update(self._context_fields(ctx, m.start(), outcome))
            row.update(measure="count", label="", unit="patients", arm1_label=arms[0], arm2_label=arms[1],
                       arm1_value=v1.value, arm1_text=v1.text, arm2_value=v2.value, arm2_text=v2.text,
                       arm_basis="respectively", construction=c.name)  # fmt: skip
            rows.append(row)
        return rows

    def _values_then_arms_rows(self, ctx: _Context, m: re.Match[str], c: g.Construction) -> list[dict[str, Any]] | None:
        """Three values or more, then their arms in the same order (see :data:`grammar.VALUES_THEN_ARMS`):
        a row for each arm against the comparator; nothing when the names do not count as many."""
        values = list(g.LISTED_VALUE.finditer(ctx.text, m.start(), m.start("arms")))
        arms = [_ARTICLE.sub("", name) for name in _dose_items(m.group("names"))]
        units = {g.unit_name(v.group("u")) for v in values} - {""}
        if len(arms) != len(values) or len(units) > 1 or len(set(map(str.lower, arms))) < len(arms):
            return None
        trial, basis = self._trial(ctx, m.start(), m.end())
        if trial is None and not ctx.own_trials:
            return None
        _, control = self._comparator(trial, arms)
        if control is None and not g.GROUP_NOUN_AFTER.match(ctx.text, m.end("names")):
            return None  # names with no group noun and no comparator: items, each its own value (VALUES_FOR_ITEMS)
        numbers = [Number.parse(v.group("v")) for v in values]
        return self._each_against_comparator(
            ctx, m, c, arms, numbers, units.pop() if units else "", trial, basis, control
        )

    def _subgroup_list_rows(
        self,
        ctx: _Context,
        m: re.Match[str],
        c: g.Construction,
        items: list[re.Match[str]],
        measure: str,
        unit: str,
        trial: Trial | None,
        basis: str,
    ) -> list[dict[str, Any]]:
        """A list of values with no comparator among its names: "61% in women, 58% in men and 40%
        in adolescents" gives one value per subgroup; "73% for drug A, 57% for drug B and 55% for
        drug C" one value per treatment (its arm), none of them compared with another."""
        people = all(g.SUBGROUP.fullmatch(" ".join(_item_arm(i).lower().split())) for i in items)
        outcome = self._outcome(ctx, m)
        if outcome == "unspecified":
            outcome = _outcome_before(ctx.text, ctx.lay.sentence(m.start()).start, m.start()) or outcome
        rows = []
        for it in items:
            value = Number.parse(it.group("v"))
            row = self._base_row(ctx, it.start(), it.end(), trial, basis)
            row.update(self._context_fields(ctx, m.start(), outcome))
            name = _arm_as_written(_item_arm(it))
            row.update(measure=measure, label="", estimate=value.value, estimate_text=value.text,
                       unit="%" if unit == "percent" else "events" if unit in g.COUNT_UNITS else unit,
                       construction=c.name)  # fmt: skip
            if people:
                row.update(subgroup=name, subgroup_basis="as written")
            else:
                row.update(arm1_label=name, arm_basis="arm named beside the value")
            rows.append(row)
        return rows

    def _table_estimate_ci_rows(
        self, ctx: _Context, m: re.Match[str], c: g.Construction
    ) -> list[dict[str, Any]] | None:
        """An estimate and its interval in cells of their own (see :data:`grammar.TABLE_ESTIMATE_CI`):
        the measure from the estimate's column header ("HR", "Odds ratio", "Mean difference"), the
        interval's from its header ("95% CI", "Lower 95% CI" and "Upper 95% CI"), the outcome from the
        row's first cell, the P from its column."""
        lo_key, hi_key = ("lo", "hi") if m.group("lo") else ("lo2", "hi2")
        est_cell, lo_cell, hi_cell = (text_tables.cell_at(ctx.text, m.start(k)) for k in ("est", lo_key, hi_key))
        if est_cell is None or lo_cell is None or hi_cell is None or not est_cell.headers:
            return None
        if est_cell.cell.text != m.group("est") or lo_cell.column != est_cell.column + 1:
            return None  # each number a whole cell, the interval's right after the estimate's
        header = " ".join(est_cell.headers[0].text.split())
        label = _last_label(header, 0, len(header))
        difference = _DIFFERENCE_LABEL.search(header)
        if label is None or not (label.lastgroup in _RATIO_LABEL_GROUPS or difference):
            return None
        bound_headers = [" ".join(cell.headers[0].text.split()) if cell.headers else "" for cell in (lo_cell, hi_cell)]
        if hi_cell is lo_cell or hi_cell.column == lo_cell.column:
            if not _CI_HEADER.search(bound_headers[0]):
                return None
        elif not (_LOWER_HEADER.search(bound_headers[0]) and _UPPER_HEADER.search(bound_headers[1])):
            return None
        est, lo, hi = (Number.parse(m.group(k)) for k in ("est", lo_key, hi_key))
        if not lo.value <= est.value <= hi.value:
            return None
        if label.lastgroup in _RATIO_LABEL_GROUPS:
            label_text, measure = _label_words(label), g.ratio_measure(_label_words(label))
        else:
            label_text = " ".join(difference.group(0).split())
            known = g.MEASURE_ABBREVIATIONS.get(label_text) or g.MEASURE_LABELS.get(label_text.lower(), "difference")
            measure = g.effect_measure("difference", "") if known == "difference" else known
        trial, basis = self._trial(ctx, m.start(), m.end())
        row = self._base_row(ctx, m.start(), m.end(), trial, basis)
        row.update(self._context_fields(ctx, m.start(), _row_outcome(ctx, est_cell), est_cell))
        level = next(filter(None, (_CI_LEVEL.search(h) for h in bound_headers)), None)
        row.update(measure=measure, label=label_text, **_signed(label_text, est, lo, hi),
                   ci_level=float(level.group(1) or level.group(2)) if level else None, unit="",
                   construction=c.name)  # fmt: skip
        self._add_p_of_row(ctx, row, est_cell)
        return [row]

    def _table_risks_rows(self, ctx: _Context, m: re.Match[str], c: g.Construction) -> list[dict[str, Any]] | None:
        """Each arm's absolute risk in a summary-of-findings table ("69 per 1000 | 63 per 1000 (46
        to 86)"): a value per arm, the intervention's with its interval; the arm from the column's
        header ("Risk with usual care"), the outcome from the row's first cell."""
        first, second = text_tables.cell_at(ctx.text, m.start()), text_tables.cell_at(ctx.text, m.start("v1"))
        if first is None or second is None or second.column != first.column + 1:
            return None
        outcome = _row_outcome(ctx, first)
        trial, basis = self._trial(ctx, m.start(), m.end())
        fields = self._context_fields(ctx, m.start(), outcome, first)
        per = " ".join(m.group("per").split())
        rows = []
        for table, key, bounds in ((second, "v1", ("lo", "hi")), (first, "v2", None)):
            header = " ".join(table.headers[0].text.split()) if table.headers else ""
            arm = _HEADER_ARM.search(header)
            value = Number.parse(m.group(key))
            row = self._base_row(ctx, m.start(), m.end(), trial, basis)
            row.update(fields)
            row.update(measure="value", label="", estimate=value.value, estimate_text=value.text, unit=per,
                       arm1_label=arm.group("arm") if arm else "", arm_basis="column headers",
                       construction=c.name)  # fmt: skip
            if bounds and m.group("lo"):
                lo, hi = Number.parse(m.group("lo")), Number.parse(m.group("hi"))
                row.update(ci_low=lo.value, ci_low_text=lo.text, ci_high=hi.value, ci_high_text=hi.text)
            rows.append(row)
        return rows

    @staticmethod
    def _arm_labels(trial: Trial | None, groups: dict[str, str | None], c: g.Construction) -> tuple[str, str]:
        """Arm 1 and arm 2 as the vocabulary names them, else as the text does."""
        if c.arm_words:
            return c.arm_words
        if trial is not None and trial.intervention:
            return trial.intervention, trial.comparator
        listed = _LISTED_ARMS.match(groups.get("arms") or "")
        if not listed and not (groups.get("r1") or groups.get("rp1")):
            listed = _LISTED_ARMS.match(groups.get("r2") or "")  # "10 vs. 18 days for the X and placebo recipients"
        if listed:
            return listed.group(1).strip(), listed.group(2).strip()
        return (
            _arm_as_written(groups.get("r1") or groups.get("rp1")),
            _arm_as_written(groups.get("r2") or groups.get("rp2")),
        )

    def _efficacy_rows(self, ctx: _Context, m: re.Match[str], c: g.Construction) -> list[dict[str, Any]] | None:
        """Vaccine efficacy (a percentage, 1 - the risk ratio), with its interval or not. A bare "efficacy"
        is a vaccine's in a text about one; a value without an interval is a result, not a threshold the
        methods set ("a vaccine efficacy of at least 30%")."""
        if not re.match(r"(?i)vaccine|VE", m.group("label")) and not ctx.about_a_vaccine:
            return None  # "the efficacy was 60%" of a drug: not read
        sentence = ctx.lay.sentence(m.start())
        if not m.group("lo") and (
            _THRESHOLD_BEFORE.search(ctx.text, m.start(), m.start("est"))
            or _PLANNED_VALUE.search(ctx.text, sentence.start, sentence.end)
        ):
            return None
        row = self._base_row(ctx, m.start(), m.end(), *self._trial(ctx, m.start(), m.end()))
        est = Number.parse(m.group("est"))
        lo, hi = (Number.parse(m.group(k)) if m.group(k) else None for k in ("lo", "hi"))
        outcome = self._outcome(ctx, m, qualifier=m.span("qualifier"))
        what = _EFFICACY_QUALIFIER.match(m.group("qualifier"))  # "against severe disease", not "remained at"
        if outcome == "unspecified" and what:
            outcome = " ".join(what.group("what").split()) or outcome
        if outcome == "unspecified" and (against := _AGAINST.match(ctx.text, m.end())):
            outcome = " ".join(against.group("what").split())  # "94.1% (95% CI, ...) against severe disease"
        row.update(self._context_fields(ctx, m.start(), outcome))
        row.update(measure="vaccine_efficacy", label=" ".join(m.group("label").split()), estimate=est.value,
                   estimate_text=est.text, unit="%", construction=c.name)  # fmt: skip
        if lo and hi:
            row.update(ci_low=lo.value, ci_low_text=lo.text, ci_high=hi.value, ci_high_text=hi.text, ci_level=_level(m))
        return [row]

    def _times_higher_rows(self, ctx: _Context, m: re.Match[str], c: g.Construction) -> list[dict[str, Any]]:
        """A ratio said as a multiple on the scale named before it: "The odds of remission were 2.1
        times higher (95% CI 1.4-3.2)" is an odds ratio about remission."""
        row = self._base_row(ctx, m.start(), m.end(), *self._trial(ctx, m.start(), m.end()))
        est, lo, hi = (Number.parse(m.group(k)) for k in ("est", "lo", "hi"))
        outcome = self._outcome(ctx, m, qualifier=m.span("what"))
        if outcome == "unspecified":
            outcome = " ".join(m.group("what").split())
        row.update(self._context_fields(ctx, m.start(), outcome))
        scale = m.group("scale").lower()
        measure = "odds_ratio" if scale == "odds" else "hazard_ratio" if scale.startswith("hazard") else (
            "rate_ratio" if scale.startswith("rate") or scale == "incidence" else "risk_ratio")  # fmt: skip
        row.update(measure=measure, label="", estimate=est.value, estimate_text=est.text, ci_low=lo.value,
                   ci_low_text=lo.text, ci_high=hi.value, ci_high_text=hi.text, ci_level=_level(m),
                   construction=c.name)  # fmt: skip
        return [row]

    def _difference_in_words_rows(self, ctx: _Context, m: re.Match[str], c: g.Construction) -> list[dict[str, Any]]:
        """ "lower by 6.3 mm Hg (95% CI 4.1 to 8.5)": a difference, its sign from the word (not a
        change within one arm: "decreased by 14.2 mm Hg in the X group and by ..."); "differed by 0.3
        months (95% CI -0.1 to 0.7)" as printed, its interval saying the direction."""
        changed = _CHANGED.fullmatch(m.group("direction"))  # a verb; "lower by 6.3 points in the X group" compares
        if not m.group("lo") and changed and _CHANGE_IN_AN_ARM.match(ctx.text, m.end()):
            return None
        if not m.group("lo") and m.group("direction").lower() == "differed":
            return None  # "differed by 0.3 months" says no direction; its interval does
        percent = g.unit_name(m.group("unit")) == "percent"  # "%", "percent", "per cent"
        if not m.group("lo") and percent and _CHANGED.fullmatch(m.group("direction")):
            return None  # "Fractures were reduced by 32% (HR 0.68 ...)": a relative change, a claim
        if percent and m.groupdict().get("what") and c is g.DIFFERENCE_IN_WORDS_C:
            return None  # "reduced the risk of death by 20% (95% CI ...)": a relative change, a claim
        if c is g.DIFFERENCE_WORD_AFTER_C and not _CI_NAMED.search(ctx.text, m.end("direction"), m.end()):
            est, lo, hi = (Number.parse(m.group(k)).value for k in ("est", "lo", "hi"))
            if not lo <= est <= hi:
                return None  # an interval not named as a CI holds its estimate ("2 days shorter (1 to 3)")
        direction = m.group("direction")
        label = f"{direction} by" if c is g.DIFFERENCE_IN_WORDS_C else direction
        reach = max(ctx.lay.sentence(m.start()).start, m.start() - 40)
        if c in (g.DIFFERENCE_WORD_AFTER_CI_C, g.DIFFERENCE_BY_MORE_C) and _FELL_BY.search(
            ctx.text, reach, m.start("est")
        ):
            # "Weight fell by 2.4 kg (95% CI ...) more in the X group", "fell by 4.1 kg more with X": more of a
            # decrease, a difference below zero
            direction = "lower" if direction.lower() not in g.DECREASE_WORDS else "higher"
        rows = [self._difference_row(ctx, m, c, direction, label)]
        more = g.DIFFERENCE_AND_BY.match(ctx.text, m.end()) if m.groupdict().get("what") else None
        if more and g.unit_name(more.group("unit")) != "percent":
            # "reduced X by 0.6 percentage points (95% CI ...) and Y by 2.1 kg (1.5 to 2.7)": the
            # same verb's second object
            rows.append(self._difference_row(ctx, more, c, direction, label))
            ctx.use(more.start(), more.end())
        return rows

    def _difference_row(
        self, ctx: _Context, m: re.Match[str], c: g.Construction, direction: str, label: str
    ) -> dict[str, Any]:
        """The row of a difference signed by ``direction`` (see :meth:`_difference_in_words_rows`)."""
        row = self._base_row(ctx, m.start(), m.end(), *self._trial(ctx, m.start(), m.end()))
        sign = -1.0 if direction.lower() in g.DECREASE_WORDS else 1.0
        unit = " ".join((m.group("unit") or "").split())
        unit = "points" if unit.lower() == "point" else unit  # ("a 2.4-point greater improvement")
        percent = g.unit_name(m.group("unit")) == "percent"
        est = Number.parse(m.group("est"))
        groups = m.groupdict()
        what = groups.get("what")  # the change it is a difference in: "greater improvement in the X score"
        outcome = self._outcome(ctx, m, qualifier=m.span("what") if what else None)
        if outcome == "unspecified" and what:
            outcome = " ".join(what.split())
        row.update(self._context_fields(ctx, m.start(), outcome))  # (else the words of the text before it)
        points = "percentage point" in unit.lower()
        row.update(measure="risk_difference" if points or percent else "mean_difference", label=label,
                   estimate=sign * est.value, estimate_text=est.text,
                   unit="percentage points" if points else "%" if percent else unit, construction=c.name)  # fmt: skip
        if groups.get("r1"):  # "in the X group than in the Y group": X minus Y
            row.update(arm1_label=_arm_as_written(m.group("r1")), arm2_label=_arm_as_written(m.group("r2") or ""),
                       arm_basis="arms named beside the difference")  # fmt: skip
        if m.group("lo"):
            lo, hi = Number.parse(m.group("lo")), Number.parse(m.group("hi"))
            if sign < 0:  # the bounds of the decrease are the negated bounds, swapped
                lo, hi = hi, lo
            row.update(ci_low=sign * lo.value, ci_low_text=lo.text, ci_high=sign * hi.value, ci_high_text=hi.text,
                       ci_level=_level(m))  # fmt: skip
        self._add_p(row, m)
        return row

    def _difference_versus_control_rows(
        self, ctx: _Context, m: re.Match[str], c: g.Construction
    ) -> list[dict[str, Any]]:
        """A signed difference against the comparator it names, with its interval (see
        :data:`grammar.DIFFERENCE_VERSUS_CONTROL`): a mean difference, or a risk difference in percentage
        points; the first arm is the trial's experimental arm when a vocabulary names it."""
        est, lo, hi = (Number.parse(m.group(k).replace("−", "-").replace(" ", "")) for k in ("est", "lo", "hi"))
        trial, basis = self._trial(ctx, m.start(), m.end())
        row = self._base_row(ctx, m.start(), m.end(), trial, basis)
        row.update(self._context_fields(ctx, m.start(), self._outcome(ctx, m)))
        unit = " ".join((m.group("unit") or "").split())
        points = "percentage point" in unit.lower()
        row.update(measure="risk_difference" if points else "mean_difference", label="",
                   estimate=est.value, estimate_text=m.group("est"), ci_low=lo.value, ci_low_text=lo.text,
                   ci_high=hi.value, ci_high_text=hi.text, ci_level=_level(m),
                   unit="percentage points" if points else unit, construction=c.name,
                   arm1_label=trial.intervention if trial else "",
                   arm2_label=trial.comparator if trial else _arm_as_written(m.group("r2")),
                   arm_basis="comparator named beside the difference")  # fmt: skip
        self._add_p(row, m)
        return [row]

    def _grade_difference_rows(self, ctx: _Context, m: re.Match[str], c: g.Construction) -> list[dict[str, Any]]:
        """A difference with its signs in words ("MD 7.1 lower (10.5 lower to 3.7 lower)"): lower,
        fewer and less are below zero; "per 1000" makes it a risk difference per 1000."""

        def signed(number: str, word: str) -> tuple[float, str]:
            value = Number.parse(number)
            signed_value = -value.value if word.lower() in g.DECREASE_WORDS else value.value
            return signed_value + 0.0, value.text  # ("0 fewer" is 0, not -0)

        (est, est_text), (lo, lo_text), (hi, hi_text) = (  # ("8 to 33 fewer": both fewer)
            signed(m.group(n), m.group(d) or m.group("hidir"))
            for n, d in (("est", "dir"), ("lo", "lodir"), ("hi", "hidir"))
        )
        if lo > hi:
            (lo, lo_text), (hi, hi_text) = (hi, hi_text), (lo, lo_text)
        label = " ".join((m.group("label") or "").split())
        unit = " ".join((m.group("unit") or "").split())
        per = " ".join((m.group("per") or "").split())
        if not per and (
            people := list(g.PEOPLE_PER_BEFORE.finditer(ctx.text, ctx.lay.sentence(m.start()).start, m.start()))
        ):
            per = f"per {people[-1].group('n')}"  # "Out of 1000 people treated, 52 fewer would be ..."
        if label:
            measure = g.effect_measure(label, unit)
        elif per or "%" in unit or "percent" in unit.lower():
            measure = "risk_difference"
        else:
            measure = "mean_difference"
        trial, basis = self._trial(ctx, m.start(), m.end())
        row = self._base_row(ctx, m.start(), m.end(), trial, basis)
        table = text_tables.cell_at(ctx.text, m.start())
        outcome = _row_outcome(ctx, table) if table is not None else self._outcome(ctx, m)  # a table's: its row's
        if outcome == "unspecified" and m.group("what"):  # "21 fewer deaths per 1000 patients"
            outcome = "death" if m.group("what").lower() == "deaths" else m.group("what")
        elif outcome == "unspecified" and m.group("event"):  # "52 fewer would be admitted to hospital"
            outcome = _WOULD_EVENT_LEAD.sub("", m.group("event"))
        row.update(self._context_fields(ctx, m.start(), outcome, table))
        row.update(measure=measure, label=label, estimate=est, estimate_text=est_text, ci_low=lo, ci_low_text=lo_text,
                   ci_high=hi, ci_high_text=hi_text, ci_level=None,
                   unit=per or ("percentage points" if "percentage point" in unit.lower() else unit),
                   construction=c.name)  # fmt: skip
        return [row]

    def _value_ci_rows(self, ctx: _Context, m: re.Match[str], c: g.Construction) -> list[dict[str, Any]]:
        """One value with its interval: "35.8% (95% CI 23.9-43.1)", "11.2 months (95% CI, 9.8 to
        13.1) with drug X" (a median or mean as the sentence says; the arm when named after it); an
        upper bound not reached stays as printed, without a value: "7.4 months (95% CI, 6.9 to NR)"."""
        row = self._base_row(ctx, m.start(), m.end(), *self._trial(ctx, m.start(), m.end()))
        v, lo = Number.parse(m.group("v")), Number.parse(m.group("lo"))
        hi = Number.parse(m.group("hi")) if m.group("hi") else None  # or a bound not reached, as printed
        unit = g.unit_name(m.group("unit"))
        outcome = self._outcome(ctx, m)  # "unspecified": _context_fields takes the words of the text
        if outcome == "unspecified" and m.groupdict().get("r1") and (were := _PEOPLE_WERE.match(ctx.text, m.end())):
            outcome = " ".join(were.group("what").split())  # "71% (95% CI ...) of patients in the X group were free"
        row.update(self._context_fields(ctx, m.start(), outcome))
        measure = _value_measure(ctx, m.start(), unit)
        efficacy = _EFFICACY.search(ctx.text, ctx.lay.sentence(m.start()).start, m.start())
        if efficacy and not (efficacy.group("vaccine") or ctx.about_vaccine_efficacy):
            efficacy = None  # "efficacy" alone is a vaccine's only in a text about a vaccine's efficacy
        if unit == "percent" and efficacy and not _last_label(ctx.text, efficacy.end(), m.start()):
            # "Vaccine efficacy was 94.1% (...) against X and 71.7% (95% CI ...) against Y", "Efficacy was
            # similar among those aged 70 to 79 (84.4%; 95% CI ...)": efficacies too
            measure = "vaccine_efficacy"
            if against := _AGAINST.match(ctx.text, m.end()):  # what it is against, said right after it
                row["outcome"] = " ".join(against.group("what").split())
        row.update(measure=measure, label="", estimate=v.value, estimate_text=v.text, ci_low=lo.value,
                   ci_low_text=lo.text, ci_high=hi.value if hi else None,
                   ci_high_text=hi.text if hi else m.group("unreached"), ci_level=_level(m),
                   unit="%" if unit == "percent" else unit, arm1_label=_arm_as_written(m.groupdict().get("r1")),
                   construction=c.name, **_place(ctx, m.start()))  # fmt: skip
        self._add_p(row, m)
        trial = self.vocab.trials.get(row["trial"])
        if trial is not None and (arm := self._arm_of(trial, row["arm1_label"])):  # as the vocabulary names it
            row["arm1_label"] = trial.intervention if arm == "experimental" else trial.comparator
        return [row]

    def _value_interval_rows(self, ctx: _Context, m: re.Match[str], c: g.Construction) -> list[dict[str, Any]] | None:
        """A value with an unnamed interval, kept when an interval named before it in its paragraph
        says what such intervals are (see :data:`grammar.VALUE_INTERVAL`); its level is that one's."""
        v, lo, hi = (Number.parse(m.group(k)) for k in ("v", "lo", "hi"))
        if not lo.value <= v.value <= hi.value:
            return None  # a range of something else
        named = None
        reach = max(ctx.lay.paragraph(m.start()).start, m.start() - _NAMED_INTERVAL_REACH)
        sentence = ctx.lay.sentence(m.start())
        if not (m.group("unit") or _STATISTIC.search(ctx.text, sentence.start, m.start())):
            reach = max(reach, sentence.start)  # a quantity without a unit: an interval named in its sentence
            # (or in its paragraph, for a statistic its sentence names: "The area under the curve was 0.962")
        for named in g.NAMED_INTERVAL.finditer(ctx.text, reach, m.start()):  # noqa: B007
            pass  # the last one
        if named is None:
            return None
        rows = self._value_ci_rows(ctx, m, c)
        rows[0]["ci_level"] = float(named.group("level")) if named.group("level") else None
        return rows

    def _effective_rows(self, ctx: _Context, m: re.Match[str], c: g.Construction) -> list[dict[str, Any]] | None:
        """A vaccine's efficacy in words, with its interval where printed (see :data:`grammar.EFFECTIVE`)."""
        sentence = ctx.lay.sentence(m.start())
        if not (ctx.about_vaccine_efficacy or _VACCINE.search(ctx.text, sentence.start, sentence.end)):
            return None  # "the drug was 50% effective at ...": a relative reduction of a drug, not read
        est = Number.parse(m.group("est"))
        row = self._base_row(ctx, m.start(), m.end(), *self._trial(ctx, m.start(), m.end()))
        row.update(self._context_fields(ctx, m.start(), " ".join(m.group("what").split())))
        row.update(measure="vaccine_efficacy", label="effective", estimate=est.value, estimate_text=est.text,
                   unit="%", construction=c.name)  # fmt: skip
        if m.group("lo"):  # "... (95% credible interval, 89.1 to 97.3)"
            lo, hi = Number.parse(m.group("lo")), Number.parse(m.group("hi"))
            row.update(ci_low=lo.value, ci_low_text=lo.text, ci_high=hi.value, ci_high_text=hi.text, ci_level=_level(m))
        return [row]

    def _claim_rows(self, ctx: _Context, m: re.Match[str], c: g.Construction) -> list[dict[str, Any]] | None:
        trial, basis = self._trial(ctx, m.start(), m.end())
        if trial is None and not ctx.own_trials:
            return None  # with a vocabulary, a relative effect that names no trial is background
        sentence = ctx.lay.sentence(m.start())
        after = ctx.outcomes_between(m.end(), sentence.end)
        outcome = after[0].name if after else self._outcome(ctx, m)
        what = m.groupdict().get("what") or m.groupdict().get("object")
        if outcome == "unspecified" and what:  # "cut the risk of kidney failure or death by 32 percent"
            outcome = " ".join(what.split())
        likely = _LIKELY_TO.search(ctx.text, m.end(), sentence.end)
        if outcome == "unspecified" and likely and likely.start() <= m.end() + 1:
            outcome = " ".join(likely.group("what").split()).rstrip(".")  # "17 percent less likely to develop X than"
        if outcome == "unspecified":  # as the text writes it: "The risk of death was 21% lower"
            outcome = _outcome_before(ctx.text, sentence.start, m.start()) or outcome
        value = Number.parse(m.group("v"))
        row = self._base_row(ctx, m.start(), m.end(), trial, basis)
        del row["trial_basis"]  # a claim records its trial, not how it was attributed
        subgroup, _ = self._subgroup(ctx, m.start())
        direction = (m.group("direction") or m.group("change") or m.group("verb")).lower().split()[-1]  # "were reduced"
        row.update(
            outcome=outcome,
            subgroup=subgroup,
            claimed_value=value.value,
            claimed_text=value.text,
            direction="decrease"
            if direction
            in {
                "lower",
                "reduction",
                "reduced",
                "decrease",
                "decreased",
                "fewer",
                "lowered",
                "cut",
                "less",
                "fell",
                "dropped",
                "declined",
                "reducing",
                "lowering",
                "cutting",
                "decreasing",
            }
            else "increase",
            scale=(m.group("scale") or m.groupdict().get("scale_first") or "").lower(),
        )
        return [row]

    def _single_row(
        self, ctx: _Context, m: re.Match[str], c: g.Construction, value: g.Number, outcome: str, measure: str, unit: str
    ) -> dict[str, Any] | None:
        """A single value's row, if it belongs to a trial."""
        trial, basis = self._trial(ctx, m.start(), m.end())
        if trial is None and not ctx.own_trials:
            return None
        row = self._base_row(ctx, m.start(), m.end(), trial, basis)
        row.update(self._context_fields(ctx, m.start(), outcome))
        row.update(measure=measure, label="", estimate=value.value, estimate_text=value.text, unit=unit,
                   construction=c.name)  # fmt: skip
        return row

    def _count_rows(self, ctx: _Context, m: re.Match[str], c: g.Construction) -> list[dict[str, Any]] | None:
        """A number of patients ("n = 1,033", "1062 hospitalized patients"); an arm size is
        tagged with its arm, to be joined with the other arm's (:meth:`_pair_singletons`)."""
        found = m.groupdict()  # (a count of the people randomized has its number only)
        value = Number.parse(found.get("n") or found.get("v") or found.get("r") or found["rw"])
        if value.value == 0 or (value.text.lower() in NUMBER_WORDS and value.value < 1):
            return None
        if (unit := found.get("unit")) and not re.search(r"(?i)(?:s|people|children)$", unit):
            return None  # "one patient", "1 case": a person, not a number of them (the pairs read them)
        if _PER_HOW_MANY.match(ctx.text, m.end()) or _PER_BEFORE.search(ctx.text, max(0, m.start() - 5), m.start()):
            return None  # "2.1 cases per 100,000 doses", "31 events per 1000 patients": a rate, not a number of people
        cases = _are_cases(ctx, m.start(), unit)
        if found.get("pct") and not cases and _PEOPLE_DID.match(ctx.text, m.end()):
            return self._people_with_event_rows(ctx, m, c)  # "148 patients (12.3%) had X": what they had
        if found.get("pct") or found.get("d") or cases:  # "34 of 129 patients (26.4%)", "7 cases of X": events
            # (cases are people with the event, except beside controls: "2104 cases and 4321 controls")
            what = _CASES_OF.match(ctx.text, m.end()) if cases else None
            return self._events_rows(ctx, m, c, value, " ".join(what.group("what").split()) if what else None)
        if _SCREENED.match(ctx.text, m.end()):
            return None  # "Of 12 480 patients screened, 1 306 underwent randomization": not the trial's size
        if event := _PEOPLE_WITH_EVENT.match(ctx.text, m.end()):  # "8,412 participants developed dementia": events
            return self._events_rows(ctx, m, c, value, "death" if event["died"] else " ".join(event["what"].split()))
        if found.get("n") and (column := text_tables.column_name_at(ctx.text, m.start())):
            # "Drug X (N=402)" in a table's header: an arm's size
            row = self._single_row(ctx, m, c, value, "enrollment", "count", "patients")
            if row is not None:
                row.update(arm1_label=column, arm_basis="named by its column's header")
            return [row] if row is not None else None
        occurred = _OCCURRED_IN.search(ctx.text, max(0, m.start() - 60), m.start())
        clause = ctx.lay.sentence(m.start()).start
        if (
            occurred
            and not ctx.used_within(max(clause, occurred.start() - 80), occurred.start())
            and not _COUNTED_SUBJECT.search(ctx.text, max(clause, occurred.start() - 80), occurred.start())
        ):
            # "Grade 3-4 adverse events occurred in 41 patients": people with the event named before them (not
            # when the number is the last of a list: "in 41 and 12 patients", the arms' counts, their arms unnamed;
            # nor the people in whom the events just counted were: "4,210 falls were recorded in 3,012 patients")
            return None if occurred["listed"] else self._events_rows(ctx, m, c, value)
        enrolled = _STUDY_OF.search(ctx.text, max(0, m.start() - 40), m.start())  # "in a trial of 17,600 adults"
        outcome = "enrollment" if enrolled else self._outcome(ctx, m, count=True)
        row = self._single_row(ctx, m, c, value, outcome, "count", "patients")
        if row is None:
            return None
        given = _ONE_ARMS_PEOPLE.match(ctx.text, m.end()) if outcome == "enrollment" else None
        if given and " or " not in given["arm"]:  # "Of the 389 patients who got the pill": an arm's size
            row.update(arm1_label=_arm_as_written(given["arm"]), arm_basis="named after its people")
        elif (
            outcome == "enrollment"
            and found.get("n")
            and (lead := ctx.text[ctx.lay.sentence(m.start()).start : m.start()])
            and _RANDOMIZED_BEFORE.search(lead)
            and (named := _ARM_BEFORE_ITS_N.search(lead))
            and re.search("[A-Za-z]", named["arm"])
            and not _NOT_AN_ARM.search(named["arm"])
        ):  # "assigned to drug X 5 mg (n=470), 10 mg (n=469)", "randomised (denervation, n=154; sham, n=152)"
            row.update(arm1_label=" ".join(named["arm"].split()), arm_basis="named before its size")
        trial = self.vocab.trials.get(row["trial"])
        if trial is not None and trial.control_terms:
            sentence = ctx.lay.sentence(m.start())
            lead = ctx.text[max(sentence.start, m.start() - 40) : m.start()]
            tail = ctx.text[m.end() : min(sentence.end, m.end() + 160)]
            arm = self._arm_of(trial, lead) or self._arm_of(trial, tail)
            if arm:
                row["_arm_tag"] = arm
        if row.get("arm_basis") == "named before its size":  # (for _arms_named_before)
            row.update(_place(ctx, m.start()))
        return [row]

    def _events_rows(
        self, ctx: _Context, m: re.Match[str], c: g.Construction, value: g.Number, outcome: str | None = None
    ) -> list[dict[str, Any]] | None:
        """Patients with an event, of a denominator or with their percentage: a count and a percent
        (``outcome`` when the match says what the events are: "7 cases of X")."""
        rows = []
        denominator = Number.parse(m.group("d")).value if m.group("d") else None
        singles = [("count", value, "patients")]
        if m.group("pct"):
            singles.append(("percent", Number.parse(m.group("pct")), "%"))
        for measure, number, unit in singles:
            row = self._single_row(ctx, m, c, number, outcome or self._outcome(ctx, m), measure, unit)
            if row is None:
                return None
            row["arm1_n"] = denominator
            rows.append(row)
        return rows

    def _people_with_event_rows(
        self, ctx: _Context, m: re.Match[str], c: g.Construction
    ) -> list[dict[str, Any]] | None:
        """People with an event, their noun left out (see :data:`grammar.PEOPLE_WITH_EVENT`): a count and
        a percent of what they had, of the people named before them in the sentence ("Among 1,204
        patients, 148 (12.3%) had X": of 1,204) unless their own denominator is printed."""
        did = _PEOPLE_DID.match(ctx.text, m.end())
        if did is None or _LABEL_OR_FREQUENCY_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
            return None  # "Group 1 had larger tumors", "about 1 in 5 reported a sore arm": no count of people
        outcome = "death" if did["died"] else " ".join(did["what"].split())
        rows = self._events_rows(ctx, m, c, Number.parse(m.group("v")), outcome)
        if rows is None or m.group("d"):
            return rows
        among = None
        for among in _AMONG_PEOPLE.finditer(ctx.text, ctx.lay.sentence(m.start()).start, m.start()):  # noqa: B007
            pass  # the last one
        for row in rows if among else ():
            row["arm1_n"] = Number.parse(among["n"]).value
        return rows

    def _events_counted_rows(self, ctx: _Context, m: re.Match[str], c: g.Construction) -> list[dict[str, Any]] | None:
        """Events counted, named after their number (see :data:`grammar.EVENTS_COUNTED`): a count of them,
        about what they were ("3,419 hip fractures occurred": hip fractures); a number of people is
        :data:`grammar.COUNT`'s."""
        what = " ".join(m.group("what").split())
        if (
            re.fullmatch(g.UNITS["patients"], what.split()[-1])
            or _NOT_EVENTS.fullmatch(what)
            or _LABEL_OR_FREQUENCY_BEFORE.search(ctx.text, max(0, m.start("v") - 12), m.start("v"))
        ):
            return None  # people, durations, studies found; "Grade 3 or higher adverse events occurred": a label
        row = self._single_row(ctx, m, c, Number.parse(m.group("v")), what, "count", "events")
        return None if row is None else [row]

    def _median_rows(self, ctx: _Context, m: re.Match[str], c: g.Construction) -> list[dict[str, Any]] | None:
        """ "median age of 81 years": the median of a characteristic."""
        what = m.group("what").strip().lower()
        outcome = next((o.name for o in self.vocab.outcomes.values() if what in o.terms), what)
        row = self._single_row(ctx, m, c, Number.parse(m.group("v")), outcome, "median", m.group("unit"))
        return None if row is None else [row]

    def _values_respectively_rows(
        self, ctx: _Context, m: re.Match[str], c: g.Construction
    ) -> list[dict[str, Any]] | None:
        """Single values, one for each item the sentence's subject lists before them, in the same order
        (see :data:`grammar.VALUES_RESPECTIVELY`): outcomes ("RFS, CSS and OS rates at 5 years were
        81.3%, 96.2%, and 90.4%, respectively", at the time point the subject names), or time points of one
        outcome ("The 1-, 3-, and 5-year overall survival rates were 92.1%, 78.4%, and 65.3%, respectively").
        Nothing when the subject does not list as many items as there are values."""
        values = list(g.LISTED_VALUE_SPREAD.finditer(ctx.text, m.start(), m.end()))  # (not the spreads' numbers)
        units = {g.unit_name(v.group("u")) for v in values} - {""}
        if len(units) > 1:
            return None
        unit = units.pop() if units else ""
        words = _list_subject(ctx, m.start())
        if words is None:
            return None
        if times := _TIME_POINT_LIST.fullmatch(words):  # "1-, 3-, and 5-year overall survival rates"
            outcome = _LIST_NOUN_TAIL.sub("", times.group("what")) or "unspecified"
            unit_word = times.group("unit").lower()
            per_value = [(outcome, f"{unit_word} {n}") for n in re.findall(r"\d+", times.group("numbers"))]
        else:
            timepoint = ""
            if when := _WHEN_AT_END.search(words):  # "... rates at 5 years": the time point of all
                point = g.TIMEPOINT.search(when.group(0).lower())  # (not "over 5 years": how long)
                timepoint = g.timepoint_label(point) if point else ""
                words = words[: when.start()]
            items = _list_items(_LIST_NOUN_TAIL.sub("", _ARTICLE.sub("", words)))
            per_value = [(item, timepoint) for item in items] if len(items) > 1 else []
        if len(per_value) != len(values):
            return None
        rows = []
        for v, (outcome, timepoint) in zip(values, per_value, strict=True):
            measure = _value_measure(ctx, v.start(), unit)
            row = self._single_row(
                ctx, v, c, Number.parse(v.group("v")), outcome, measure, "%" if unit == "percent" else unit
            )
            if row is None:
                return None
            if timepoint:
                row.update(timepoint=timepoint, timepoint_basis="respectively")
            rows.append(row)
        return rows

    def _values_for_items_rows(self, ctx: _Context, m: re.Match[str], c: g.Construction) -> list[dict[str, Any]] | None:
        """Single values whose items are named after them, "respectively" (see :data:`grammar.VALUES_FOR_ITEMS`): a
        row for each value, in its unit or the last one's; :meth:`_list_of_estimates_respectively` gives each its
        item."""
        values = list(g.LISTED_VALUE.finditer(ctx.text, m.start(), m.end()))
        units = {g.unit_name(v.group("u")) for v in values} - {""}
        if len(units) > 1:
            return None
        unit = units.pop() if units else ""
        outcome = self._outcome(ctx, m)
        rows = []
        for v in values:
            row = self._single_row(
                ctx,
                v,
                c,
                Number.parse(v.group("v")),
                outcome,
                _value_measure(ctx, v.start(), unit),
                "%" if unit == "percent" else unit,
            )
            if row is None:
                return None
            rows.append(row)
        return rows

    def _percent_of_rows(self, ctx: _Context, m: re.Match[str], c: g.Construction) -> list[dict[str, Any]] | None:
        """ "approximately 11% of patients": one percentage, of what they had or were when said after it
        ("41.2% of the patients were women", "9% of participants had a serious adverse event"); not the last
        value of a list, whose values are arms' or groups' ("58.0% and 3.2% of patients in A and in B")."""
        if _VALUE_LISTED_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()):
            return None
        said = _THEY_DID_AFTER.match(ctx.text, m.end()) or _PEOPLE_WERE.match(ctx.text, m.end())
        outcome = _DIED_FIRST.sub("death", " ".join(said.group("what").split())) if said else self._outcome(ctx, m)
        row = self._single_row(ctx, m, c, Number.parse(m.group("v")), outcome, "percent", "%")
        return None if row is None else [row]

    def _pair_singletons(
        self, ctx: _Context, singles: list[dict[str, Any]], floats: list[Any]
    ) -> Iterable[dict[str, Any]]:
        """Join an experimental-arm size and a following control-arm size into one row."""
        singles.sort(key=lambda r: r["start"])
        done: set[int] = set()
        for i, first in enumerate(singles):
            if i in done:
                continue
            partner = None
            if first["_arm_tag"] == "experimental":
                for j in range(i + 1, len(singles)):
                    second = singles[j]
                    if second["start"] - first["end"] >= 600:
                        break  # sorted by start: no partner further on
                    if (
                        j not in done
                        and second["_arm_tag"] == "control"
                        and second["trial"] == first["trial"]
                        and second["outcome"] == first["outcome"]
                        and second["start"] - first["end"] < 600
                    ):
                        partner = j
                        break
            row = {k: v for k, v in first.items() if k != "_arm_tag"}
            if partner is None:
                yield row
                continue
            done.add(partner)
            second = singles[partner]
            trial = self.vocab.trials[first["trial"]]
            row.update(
                end=second["end"],
                quote=ctx.ct.original[first["start"] : second["end"]],
                context_end=max(first["context_end"], second["context_end"]),
                excerpt=excerpt(ctx.ct.original, first["start"], second["end"], floats),
                estimate=None,
                estimate_text="",
                arm1_label=trial.intervention,
                arm2_label=trial.comparator,
                arm1_value=first["estimate"],
                arm1_text=first["estimate_text"],
                arm2_value=second["estimate"],
                arm2_text=second["estimate_text"],
                arm_basis="arm named beside each value",
                construction="arm sizes in separate sentences",
            )
            yield row

    # -- statements and recommendations -----------------------------------------------------

    def _levels(self, name: str) -> list[int]:
        if name == "overall":
            return []
        digits = re.findall(r"\d", name)
        if len(digits) == 2 and "-" in name:
            return list(range(int(digits[0]), int(digits[1]) + 1))
        return [int(d) for d in digits]

    def _statements(self, ctx: _Context, source: str) -> Iterator[dict[str, Any]]:
        if not (self.vocab.efficacy_cues or self.vocab.uncertainty_cues):
            return
        cued = sorted(
            {
                ctx.lay.sentence_index(m.start())
                for cue in (self._efficacy, self._uncertain)
                for m in cue.finditer(ctx.text)
            }
        )
        for sentence in (ctx.lay.sentences[i] for i in cued):
            if not ctx.in_topic(sentence.start):
                continue
            body = ctx.text[sentence.start : sentence.end]
            pos = sentence.start
            for piece in [*_CLAUSE_SPLIT.split(body)]:
                c_start = ctx.text.find(piece, pos, sentence.end)
                if c_start < 0 or not piece.strip():
                    continue
                c_end = c_start + len(piece)
                pos = c_end
                subgroups = [m for m in ctx.subgroups_between(c_start, c_end) if m.name != "overall"]
                clause = ctx.text[c_start:c_end]
                efficacy = self._efficacy.search(clause)
                uncertain = self._uncertain.search(clause)
                if not subgroups or not (efficacy or uncertain):
                    continue
                if _NOT_AN_ASSERTION.search(clause) or clause.rstrip().endswith("?") or _is_title(body):
                    continue  # an objective, a question, a hypothetical or a title asserts nothing
                treatments = self.vocab.treatment_mentions(clause)
                trial, _ = self._trial(ctx, c_start, c_end)
                if treatments:
                    treatment = treatments[0].name
                elif trial is not None:
                    treatment = trial.treatment
                else:
                    continue
                if treatment not in self.vocab.treatments:
                    continue
                levels = sorted({lv for m in subgroups for lv in self._levels(m.name)})
                direction = "no benefit" if _NO_BENEFIT.search(clause) else "uncertain" if uncertain else "benefit"
                raw_start, raw_end = ctx.ct.raw_span(c_start, c_end)
                yield {
                    "source": source,
                    "treatment": treatment,
                    "trial": trial.name if trial and trial.treatment == treatment else "",
                    "levels": ";".join(str(lv) for lv in levels),
                    "direction": direction,
                    "start": raw_start,
                    "end": raw_end,
                    "quote": ctx.ct.original[raw_start:raw_end],
                }

    def _recommendations(self, ctx: _Context, source: str) -> Iterator[dict[str, Any]]:
        seen: set[tuple[int, int]] = set()
        candidates: list[tuple[int, int]] = []
        for bullet in g.BULLET.finditer(ctx.text):
            if re.search(r"(?i)recommend", bullet.group("text")):
                candidates.append(bullet.span("text"))
        for index in sorted({ctx.lay.sentence_index(m.start()) for m in g.RATING.finditer(ctx.text)}):
            sentence = ctx.lay.sentences[index]
            body = ctx.text[sentence.start : sentence.end]
            rated = re.search(r"(?i)recommend", body)
            if rated and not any(s < sentence.end and sentence.start < e for s, e in candidates):
                candidates.append((sentence.start, sentence.end))
        for start, end in sorted(candidates):
            if (start, end) in seen or not ctx.in_topic(start):
                continue
            seen.add((start, end))
            body = ctx.text[start:end].strip()
            rating = g.RATING.search(body)
            lowered = body.lower()
            direction = (
                "insufficient data"
                if "insufficient data" in lowered
                else "against"
                if re.search(r"recommends? against|not recommended", lowered)
                else "for"
            )
            what = _REC_INTERVENTION.search(body)
            raw_start, raw_end = ctx.ct.raw_span(start, start + len(ctx.text[start:end].rstrip()))
            yield {
                "source": source,
                "intervention": what.group("what").strip() if what else "",
                "direction": direction,
                "strength": rating.group("strength") if rating else "",
                "evidence": rating.group("quality") if rating else "",
                "rating": rating.group("strength") + rating.group("quality") if rating else "",
                "text": re.sub(r"\s+", " ", body),
                "start": raw_start,
                "end": raw_end,
                "quote": ctx.ct.original[raw_start:raw_end],
            }


@dataclass(frozen=True)
class Reader:
    """A construction of the grammar and the builder that turns its matches into rows."""

    construction: g.Construction
    build: Callable[[Extractor, _Context, re.Match[str], g.Construction], list[dict[str, Any]] | None]
    table: str = "results"


#: Every construction with its builder, most specific first: a span of text one has read is not
#: read again by a later one.
READERS = (
    Reader(g.EFFECT_C, Extractor._effect_rows),
    Reader(g.VACCINE_EFFICACY_C, Extractor._efficacy_rows),
    Reader(g.BLOOD_PRESSURES_C, Extractor._blood_pressures_rows),
    Reader(g.NOT_REACHED_PAIR_C, Extractor._not_reached_rows),
    Reader(g.DIFFERENCE_BY_MORE_C, Extractor._difference_in_words_rows),
    Reader(g.DIFFERENCE_IN_WORDS_C, Extractor._difference_in_words_rows),
    Reader(g.DIFFERENCE_WORD_AFTER_C, Extractor._difference_in_words_rows),
    Reader(g.DIFFERENCE_WORD_AFTER_CI_C, Extractor._difference_in_words_rows),
    Reader(g.DIFFERENCE_VERSUS_CONTROL_C, Extractor._difference_versus_control_rows),
    Reader(g.TIMES_HIGHER_C, Extractor._times_higher_rows),
    Reader(g.FOLD_HIGHER_RISK_C, Extractor._times_higher_rows),
    Reader(g.DEFINED_RATIO_C, Extractor._ratio_rows),
    Reader(g.RATIO_INTERVAL_C, Extractor._ratio_rows),
    Reader(g.RATIO_IN_BRACKET_C, Extractor._ratio_rows),
    Reader(g.GRADE_DIFFERENCE_C, Extractor._grade_difference_rows),
    Reader(g.DIFFERENCE_INTERVAL_C, Extractor._difference_interval_rows),
    Reader(g.DIFFERENCE_IN_TABLE_C, Extractor._difference_interval_rows),
    Reader(g.RATIO_POINT_C, Extractor._ratio_rows),
    Reader(g.ABSOLUTE_POINT_C, Extractor._absolute_point_rows),
    Reader(g.NNT_FOR_EVERY_C, Extractor._nnt_for_every_rows),
    Reader(g.LISTED_ARMS_VERSUS_C, Extractor._listed_arms_versus_rows),
    Reader(g.TABLE_ARMS_C, Extractor._table_arms_rows),
    Reader(g.TABLE_RISKS_C, Extractor._table_risks_rows),
    Reader(g.TABLE_ESTIMATE_CI_C, Extractor._table_estimate_ci_rows),
    Reader(g.VALUES_AT_TIMES_C, Extractor._values_at_times_rows),
    Reader(g.OUTCOMES_BY_ARMS_C, Extractor._outcomes_by_arms_rows),
    Reader(g.VALUES_THEN_ARMS_C, Extractor._values_then_arms_rows),
    # (three arms' values, each with its arm, before the pairs that would read the last two)
    Reader(g.ARMS_LISTED_C, Extractor._arm_list_rows),
    Reader(g.VALUES_IN_ARMS_ORDER_C, Extractor._values_in_arms_order_rows),
    Reader(g.VALUES_IN_ARMS_ORDER_VS_C, Extractor._values_in_arms_order_rows),
    Reader(g.N_PAIR_C, Extractor._pair_rows),
    Reader(g.ASSIGNED_IN_BRACKET_C, Extractor._assigned_list_rows),
    Reader(g.ASSIGNED_LISTED_C, Extractor._assigned_list_rows),
    Reader(g.ASSIGNED_TO_C, Extractor._pair_rows),
    Reader(g.RECEIVED_PAIR_C, Extractor._pair_rows),
    Reader(g.GROUP_N_PAIR_C, Extractor._pair_rows),
    Reader(g.THAN_C, Extractor._pair_rows),
    Reader(g.THAN_THAT_C, Extractor._pair_rows),
    Reader(g.THAN_VALUE_OF_C, Extractor._pair_rows),
    Reader(g.AND_THAT_OF_C, Extractor._pair_rows),
    Reader(g.IN_GROUP_AND_C, Extractor._pair_rows),
    Reader(g.VERSUS_C, Extractor._pair_rows),
    # (news's people who got each arm before the looser "compared with")
    Reader(g.WHO_GOT_C, Extractor._pair_rows),
    Reader(g.OF_THE_WHO_GOT_C, Extractor._pair_rows),
    Reader(g.AMONG_THE_WHO_GOT_C, Extractor._pair_rows),
    Reader(g.COMPARED_WITH_C, Extractor._pair_rows),
    Reader(g.RESPECTIVELY_C, Extractor._pair_rows),
    Reader(g.ARMS_LABELLED_C, Extractor._arm_list_rows),
    Reader(g.FOR_AND_FOR_C, Extractor._pair_rows),
    Reader(g.COUNTS_AND_C, Extractor._pair_rows),
    Reader(g.OCCURRED_IN_AND_C, Extractor._pair_rows),
    Reader(g.AND_P_C, Extractor._pair_rows),
    Reader(g.FROM_TO_BY_ARMS_C, Extractor._from_to_by_arms_rows),
    Reader(g.FROM_TO_C, Extractor._pair_rows),
    Reader(g.TO_FROM_C, Extractor._pair_rows),
    Reader(g.EFFECTIVE_C, Extractor._effective_rows),
    Reader(g.CLAIM_C, Extractor._claim_rows, table="claims"),
    Reader(g.CLAIM_BY_C, Extractor._claim_rows, table="claims"),
    Reader(g.CLAIM_REDUCTION_C, Extractor._claim_rows, table="claims"),
    Reader(g.VALUE_CI_C, Extractor._value_ci_rows),
    Reader(g.VALUE_CI_IN_BRACKET_C, Extractor._value_ci_rows),
    Reader(g.VALUE_INTERVAL_C, Extractor._value_interval_rows),
    Reader(g.VALUES_RESPECTIVELY_C, Extractor._values_respectively_rows),
    Reader(g.VALUES_FOR_ITEMS_C, Extractor._values_for_items_rows),
    Reader(g.PERCENT_OF_C, Extractor._percent_of_rows),
    Reader(g.MEDIAN_OF_C, Extractor._median_rows),
    Reader(g.PEOPLE_WITH_EVENT_C, Extractor._people_with_event_rows),
    Reader(g.EVENTS_COUNTED_C, Extractor._events_counted_rows),
    Reader(g.COUNT_C, Extractor._count_rows),
    Reader(g.RANDOMIZED_COUNT_C, Extractor._count_rows),
)

#: a list's lead that names what the list is of, and what by, not a clause: "Mortality by baseline eGFR"
_LIST_LEAD = g.Pattern(
    r"\s*(?P<what>(?!(?i:the\s+)?(?:effects?|associations?|results?)\b)"
    r"(?!(?i:.*\b(?:was|were|is|are|did|does|had|has|differed|differs|varied|showed|found)\b))[A-Za-z][\w -]{1,60}?)"
    r"(?:\s+(?i:by|according\s+to|across)\s+[^,;:]{1,60})?\s*(?:\([^()]*\))?\s*"
)
#: a list's lead that names no outcome: "By subgroup, hazard ratios were: ..."
_BY_SUBGROUP = g.Pattern(r"(?i)(?:by|in|across|among|for)\s+(?:\w+\s+)?(?:subgroups?|categor(?:y|ies)|strata)")
#: an item of a list of categories after a colon, right before its estimate: ": type 2 diabetes, " or
#: "; UACR <1000 mg/g, "
#: (or before its estimate's label, set off by a comma: ": below 45, RR 0.65 (...); 45 or above, RR")
_ITEM_OF_LIST = g.Pattern(r"[:;]\s*(?P<item>[^:;,()\[\]]{2,50}?)\s*(?P<sep>[,:])\s*$")
#: the unit of the first estimate after a label, which the next ones of its list do not repeat
_UNIT_OF_FIRST = g.Pattern(rf"(?:{g.NUMBER})\s*(?P<unit>{g.VALUE_UNIT})(?=\s*[(\[,;])")
#: what the people of the first arm did, after their arm: "41 people in the drug group died, against"
_DIED_AFTER_ARM = g.Pattern(r"(?i)^\s+(?:in|on|with|among|receiving|taking)\s+[^,;()\d]{2,40}?\s+died\s*,?\s*$")
#: the people of an arm counted before it: "of 412 patients on X"
_OF_COUNTED = g.Pattern(r"(?i)\s*(?:of|among)\s+(?:the\s+)?(?P<n>\d[\d,]*)\s+")
#: two values of a list right before a value: "7.6 kg, 9.3 kg and " (the value is the list's last)
_LIST_BEFORE = g.Pattern(
    r"\d(?:\s*(?:%|kg|mg|points?|percentage\s+points?))?\s*,\s*[-−]?\d+(?:\.\d+)?"
    r"(?:\s*(?:%|kg|mg|points?|percentage\s+points?))?\s*(?:,|,?\s+and)\s*[-−]?$"
)
#: one value of a list with its unit or without (:data:`grammar.LISTED_ARMS_VERSUS`)
_LISTED_VALUE = g.Pattern(rf"(?P<v>[-−]?(?:{g.NUMBER}))\s*(?P<unit>{g.VALUE_UNIT})?")
#: a list of doses of one drug, the unit said once at its end: "X 5, 10 and 15 mg"; the whole list, or its
#: last items: "placebo and X 5, 10 and 15 mg"
_DOSES_LISTED = g.Pattern(
    r"(?i)(?:^|(?<=, )|(?<= and ))"
    r"(?P<drug>(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?P<doses>\d+(?:\.\d+)?(?:\s*,\s*\d+(?:\.\d+)?)*"
    r"\s*,?\s*and\s+\d+(?:\.\d+)?)\s*(?P<unit>mg(?:/kg)?|µg|mcg|g|ml|mL|IU|units?)$"
)


def _dose_items(text: str) -> list[str]:
    """The arms of a list, a list of doses of one drug each named whole: "X 5, 10 and 15 mg" -> "X 5 mg",
    "X 10 mg", "X 15 mg", also after other arms ("placebo and X 5, 10 and 15 mg"); any other list as
    :func:`_list_items` reads it."""
    words = re.sub(r"(?i)\s+(?:groups|arms|cohorts)$", "", " ".join(text.split()))  # ("the 5-mg and 10-mg groups")
    if doses := _DOSES_LISTED.search(words):
        drug = re.sub(r"(?i)^the\s+", "", doses.group("drug"))
        before = _list_items(re.sub(r"(?i)\s*,?\s*(?:and\s*)?$", "", words[: doses.start()]))
        return [*before, *(f"{drug} {d} {doses.group('unit')}" for d in _NAMES_SPLIT.split(doses.group("doses")))]
    return _list_items(words)


#: the constructions whose two values are two times, not two arms
_TIMES_NOT_ARMS = {reader.construction.name for reader in READERS if reader.construction.arm_words}

#: How far before a value with an unnamed interval the interval named as a CI may stand (in its
#: paragraph): a structured abstract's results paragraph
_NAMED_INTERVAL_REACH = 1500
#: How far before a ratio its label may stand (in its sentence): "odds ratios (95% CI) were
#: 0.88 (0.84-0.92) in model 1 and 0.80 (0.76-0.84) in model 2".
_LABEL_REACH = 300
#: two arms' shares or rates right before an estimate's bracket: "6.1% v 6.5% (", "71 (1.2%) women (", "53.6 per
#: 1000 births (", or in the same bracket: "(0.8% v 1.2%; "
_SHARES_RIGHT_BEFORE = g.Pattern(
    r"(?i)(?:%|%\s*\)(?:\s+[a-z]+){0,2}|\bper\s+\d[\d, ]*(?:\s+[a-z-]+){0,2})\s*[(\[;]\s*$"
)
#: headers of a table's interval columns: "95% CI"; "Lower 95% CI" and "Upper 95% CI"
_CI_HEADER = g.Pattern(r"(?i)\b(?:C[Rr]?I|confidence|credible)\b")
_LOWER_HEADER = g.Pattern(r"(?i)\blower\b|\bLL\b|\bmin")
_UPPER_HEADER = g.Pattern(r"(?i)\bupper\b|\bUL\b|\bmax")
_P_HEADER = g.Pattern(r"(?i)^(?:two-sided\s+|adjusted\s+)?p(?:\s*-?\s*values?)?(?:\s*\(.*\))?$")
_P_CELL = g.Pattern(r"(?i)(?:p\s*)?(?P<op>[<>=≤≥])?\s*(?P<p>\d*\.\d+|[01])")
_P_VALUE = g.Pattern(g.P_VALUE)
_CI_LEVEL = g.Pattern(r"(\d{2}(?:\.\d+)?)\s*%\s*-?\s*(?i:CI|CrI|confidence|credible)|(?i:CI)\s*(\d{2}(?:\.\d+)?)\s*%")
#: Any measure label: a ratio's (groups ``word``, ``abbr``) or another measure's (``other``),
#: so that an interval after "mean difference" is not taken for a ratio.
_ANY_LABEL = g.Pattern(
    rf"{g.RATIO_LABEL.pattern}|(?P<odds>\b(?i:(?:higher|lower|increased|decreased|greater|reduced)\s+odds)\b)|(?P<other>\b(?i:(?:absolute\s+)?(?:mean|risk|absolute|median)\s+differences?|differences?\s+in|"
    rf"absolute\s+risk\s+(?:reduction|increase)|ARR|"
    rf"percentage\s+points?|correlation|coefficient|beta|β|SMD|WMD|MD|RD|ARD|AUC|sensitivity|specificity|"
    rf"prevalence\s+ratio|PR|I2|I²)\b)"
)
_QUALIFIER_NOISE = g.Pattern(
    r"(?i)[\[(]\s*(?:a|adj)?[A-Z]{1,4}s?\s*[\])]|[\[(][^\])]*(?:CI|confidence|interval)[^\])]*[\])]|"
    r"\b(?:were|was|is|are|of|=|:)\s*$|[=:,;(\[]"
)


#: what the people of an arm had, between its value and the comparison: "6.9% of patients who received
#: the drug had a major cardiac event over a median of 3.4 years, compared with ..."
#: what the people counted underwent, in the passive: "0.9% of those who took X were hospitalized"
_WERE_DONE = g.Pattern(
    r"(?i)\b(?:were|was)\s+(?!(?:given|assigned|randomi[sz]ed|treated|enrolled|included|allocated|followed|"
    r"asked|invited|screened|analy[sz]ed|excluded|offered|compared|reported|observed|seen)\b)"
    r"(?P<what>[a-z]+ed(?:\s+(?:to|with|for)\s+[^,;()\d]{3,40}?){0,2})(?=\s*[,;(]|\s*$)"
)
#: what the people counted became, news's words: "12 got sick", "became ill"
_FELL_ILL = g.Pattern(r"(?i)\b(?:got|became|fell)\s+(?P<what>sick|ill|infected)\b")
_HAD_OUTCOME = g.Pattern(
    r"(?i)\b(?:had|experienced|developed|reached|achieved|met)\s+(?:an?\s+|the\s+)?(?!(?:such|this|that|these|those)\b)"
    rf"(?P<what>(?:[^,;()\d]|{g.THRESHOLD_PERCENT}){{3,60}}?)"
    r"(?=\s+(?:over|during|by|at(?!\s+(?:least|most)\b)|within|after|in|through)\b|\s*[,;(]|\s*$)"
)
#: the arm of a value in a clause: "of patients who received the drug", "of participants on drug D"
#: the words that say what an arm's people received, after them: "patients receiving X", "those given X"
_RECEIVING = r"(?:receiving|given|taking|treated\s+with)"
_PEOPLE_WHO_RECEIVED = (
    r"(?:patients|participants|people|those|subjects)\s+(?:who\s+(?:received|were\s+given|took|got)|on|"
    rf"{_RECEIVING}|in\s+the)\s+(?P<arm>[^,;()\d]{{2,40}}?)"
)
#: what the people of an arm did or had, after them
_THEY_HAD = (
    r"(?:had|experienced|developed|reached|achieved|met|died|were|was|lived|survived|reported|lost|gained|stopped|"
    r"discontinued|needed|required|withdrew)\b"
)
#: the arm right after a value, before what its people had: "569 on the drug had one of those events"
_ARM_THEN_HAD = g.Pattern(
    r"(?i)\s+(?:on|in|with|among|receiving|taking)\s+(?P<arm>[^,;()\d]{2,40}?)\s+(?:had|developed|experienced|died)\b"
)
#: the first arm's people named by what they got, right after its value: "Three of the 389 patients who got the
#: pill were hospitalized, compared with ..."
_WHO_GOT_FIRST = g.Pattern(rf"(?i)^\s*{g.WHO_GOT_ARM}\s+(?P<arm>[^,;()\d]{{2,40}}?)(?=\s+{_THEY_HAD}|\s*,)")
_WHO_RECEIVED = g.Pattern(rf"(?i)^\s*of\s+(?:the\s+)?{_PEOPLE_WHO_RECEIVED}(?=\s+{_THEY_HAD}|\s*,)")
#: the first arm's people by what they took, after its value: "9% of pill takers reported nausea, versus ..."
_RECIPIENTS_FIRST = g.Pattern(
    rf"(?i)^\s*of\s+(?:the\s+)?(?P<arm>[^,;()\d]{{2,40}}?){g.ARM_PEOPLE}(?=\s+{_THEY_HAD}|\s*,)"
)
#: the arm named after a change: "(12.1) mm Hg in the X group", "with drug X" (a unit or a spread between)
_CHANGE_IN_AN_ARM = g.Pattern(
    rf"(?:\s*\([^()]{{1,20}}\))?(?:\s*(?:{g.MEASUREMENT_UNIT}|%))?\s+(?i:in\s+the\s+[^,;()]{{1,40}}?\s+(?:group|arm)|with\s+[a-z])"
)
#: two groups of people compared, each named whole, what they had between them: "Frail patients had higher
#: 1-year mortality than non-frail patients ("
_PEOPLE_HAD_MORE = g.Pattern(
    rf"(?:^|[,;:]\s*)(?P<people1>(?:[\w-]+\s+){{0,3}}?(?:{g.PEOPLE_NOUNS}|{g.GROUP_WORDS}|users))\s+"
    r"(?:had|showed|experienced)\s+(?:a\s+|an\s+)?(?:significantly\s+)?"
    r"(?:higher|lower|greater|more|less|fewer|better|worse|longer|shorter)\s+(?P<what>[^,;()]{2,60}?)\s+than\s+"
    rf"(?:(?:did|in|among)\s+)?(?P<people2>(?:[\w-]+\s+){{0,3}}?(?:{g.PEOPLE_NOUNS}|{g.GROUP_WORDS}|users|those[^,;()]{{0,30}}?))"
    r"\s*\($",
    re.IGNORECASE,
)
#: what cases are of: "7 cases of RSV-related disease were confirmed"
#: two arms compared before the bracket that holds their values: "more frequent with X than with
#: placebo (", "higher in the X group than in the placebo group ("
_THAN_ARMS = g.Pattern(
    r"(?i)\b(?:with|in|among)\s+(?:the\s+)?(?P<a>[^,;()]{1,40}?)\s+than\s+(?:(?:with|in|among)\s+)?"
    r"(?:the\s+)?(?P<b>[^,;()]{1,40}?)\s*\($"
    # one arm, the other implied: "was shorter with X (6 days [IQR, 4-9] vs 8 days ..."
    r"|(?i:shorter|longer|higher|lower|greater|smaller|more|less|fewer|better|worse)(?:\s+\w+)?\s+with\s+"
    r"(?P<only>(?:(?!\bthan\b)[^,;()]){1,40}?)\s*\($"
    # or the people of each, the subject and after "than": "Frail patients had higher 1-year mortality than
    # non-frail patients ("
    rf"|{_PEOPLE_HAD_MORE.pattern}"
)


def _arms_before_bracket(ctx: _Context, start: int) -> tuple[str, str] | None:
    """The arms a sentence compares before the bracket that ``start`` is in, first value's first."""
    sentence = ctx.lay.sentence(start)
    head = ctx.text[max(sentence.start, start - 200) : start]
    opened = head.rfind("(")
    if opened < 0 or ")" in head[opened:]:
        return None
    than = _THAN_ARMS.search(head, 0, opened + 1)
    if than is None:
        return None
    if than.group("only"):
        return _arm_as_written(than.group("only")), ""
    if than.group("people1"):
        return " ".join(than.group("people1").split()), " ".join(than.group("people2").split())
    return _arm_as_written(than.group("a")), _arm_as_written(than.group("b"))


def _are_cases(ctx: _Context, start: int, unit: str | None) -> bool:
    """Cases are people with the event ("7 cases in the vaccine group"), except beside controls
    ("2104 cases and 4321 controls")."""
    if not re.search(r"cases?$", " ".join((unit or "").split()).lower()):  # "cases", "incident cases", "1 case"
        return False
    sentence = ctx.lay.sentence(start)
    return "control" not in ctx.text[sentence.start : sentence.end]


#: what the people counted went on to have, after them: "8,412 participants developed dementia", "52 patients
#: died" (not "had", which may say who they were: "1033 patients had pneumonia and were ...")
_PEOPLE_WITH_EVENT = g.Pattern(
    r"\s+(?:(?P<died>died)|(?:developed|experienced|suffered|sustained)\s+(?:an?\s+|the\s+)?(?P<what>[^,;:()\d]{3,60}?))"
    r"(?=\s*[,;:.()]|\s+(?:and|during|within|after|by|over|in)\b|$)"
)
#: what people did or had, after their number (:data:`grammar.PEOPLE_DID`): "had acute myocardial infarction"
_PEOPLE_DID = g.Pattern(
    rf"\s+(?:(?P<died>died)|(?i:{g.PEOPLE_HAD})\s+(?:an?\s+|the\s+)?(?P<what>[^,;:()\d]{{3,60}}?))"
    r"(?=\s*[,;:.()]|\s+(?:and|during|within|after|by|over|in|at)\b|$)"
)
#: the word before a number that makes it a label's or a natural frequency's: "Group 1 had", "1 in 5 reported"
_LABEL_OR_FREQUENCY_BEFORE = g.Pattern(
    r"(?i)\b(?:group|arm|model|phase|grade|stage|type|class|cohort|study|trial|day|week|month|year|in)"
    r"(?:\s+\d+\s*(?:or|and|to|-|–|,))?\s*$"  # ("Grade 3 or 4 adverse events occurred")
)
#: what a number named after it counts that is not events: durations ("12 months were recorded"), a threshold's
#: words ("3 or higher adverse events"), the studies a review found ("6,412 studies were identified")
_NOT_EVENTS = g.Pattern(
    r"(?i)(?:or\s+|and\s+).*|(?:\w+\s+)*(?:days|weeks|months|years|hours|minutes|times|studies|trials|articles|"
    r"records|publications|citations|references|papers|reports|abstracts|reviews)"
)
#: the people a number of them is of, before it in its sentence: "Among 1,204 patients, 148 (12.3%) had X"
_AMONG_PEOPLE = g.Pattern(
    rf"(?i)\b(?:among|of|in)\s+(?:the\s+|these\s+)?(?P<n>{g.NUMBER})\s+(?:[a-z-]+\s+){{0,3}}?"
    rf"(?:{g.UNITS['patients']})(?:\s+(?:who|with|that)\b[^,;()\d]{{0,60}})?\s*,"
)
#: a count of cases first in a clause, and what they were cases of: "Nine cases of influenza occurred in ..."
_CASES_OF_FIRST = g.Pattern(
    rf"(?i)^\s*{g.VALUE}\s+(?:[a-z-]+\s+){{0,2}}?(?:cases?|episodes?|events?)\s+of\s+"
    r"(?P<what>[^,;]{3,80}?)(?=\s+(?:were|was|occurred|in|among|with)\b|\s*$)"
)
_CASES_OF = g.Pattern(r" of\s+(?P<what>[^,;()\d]{3,80}?)(?=\s+(?:were|was|occurred|in|among|with)\b|\s*[,;(.]|$)")
#: "the (total) number of X was ...": counts
_NUMBER_OF = g.Pattern(r"(?i)\bnumber\s+of\b")
#: what an efficacy named before its value is against: "Efficacy against hospitalization"
_EFFICACY_AGAINST = g.Pattern(r"(?i)^(?:vaccine\s+)?(?:efficacy|effectiveness)\s+against\s+(?:the\s+)?(?P<what>.{3,})$")
#: an efficacy named before a value in its sentence
_EFFICACY = g.Pattern(r"(?i)\b(?P<vaccine>vaccine\s+(?:efficacy|effectiveness)|VE)\b|\b(?:efficacy|effectiveness)\b")
#: what a vaccine's efficacy is against, between its label and its value: "efficacy against severe disease was"
_EFFICACY_QUALIFIER = g.Pattern(r"(?i)\s*(?:against|for|in\s+preventing|to\s+prevent)\s+(?P<what>.+?)\s*$")
#: a sentence that sets a value as a threshold, not a result: "powered to show an efficacy of 50%", "the success
#: criterion was ..." (and :data:`_THRESHOLD_BEFORE` right before the value: "an efficacy of at least 30%")
_PLANNED_VALUE = g.Pattern(
    r"(?i)\b(?:thresholds?|criteri(?:on|a)|assum\w*|power\w*|targets?|hypothesi[sz]\w*|margins?|boundar(?:y|ies))\b"
)
#: what an efficacy is against, after it: "94.1% (95% CI, 62.4 to 99.9) against severe disease"
_AGAINST = g.Pattern(r"(?i)\s*against\s+(?P<what>[^,;()]{3,80}?)(?=\s*[,;.(]|\s+and\b|\s*$)")
#: a bare "difference" right before a value: "(difference 8.5 percentage points, 7.9-9.1)"
_DIFFERENCE_RIGHT_BEFORE = g.Pattern(r"(?i)\bdifferences?\s*(?:[,:=]|\b(?:was|were|is|of)\b)?\s*$")
_BARE_DIFFERENCE_FIRST = g.Pattern(r"(?i)\bdifferences?\s*(?:[,:=]|\b(?:was|were|is|of)\b)\s*[-−–]?\d")
#: a label that names a difference ("mean difference", "difference", "RD")
_DIFFERENCE_LABEL = g.Pattern(
    r"\b(?:(?i:(?:(?:mean|risk|absolute)\s+)?differences?|absolute\s+risk\s+(?:reduction|increase))|MD|RD|ARD|ARR)\b"
)
#: a ratio in words after its estimate (and the next estimates of its list): "2.4 (95% CI 1.4-6.2)
#: and 7.9 (...) times more likely", "1.5 times as likely"
_TIMES_LIKELY = g.Pattern(
    r"[^;]{0,100}?\btimes\s+(?:(?:more|less|as)\s+likely|(?:higher|greater|lower)\s+(?:odds|risk))\b"
    r"(?:\s+(?:to|of)\s+(?:(?:have|be|develop|experience|receive|undergo|die\s+of)\s+)?(?:(?:an?|the)\s+)?"
    r"(?P<what>[^,;()]{3,60}?)(?=\s*[,;(.]|\s+(?:as\s+)?compared\b|\s+than\b|\s+(?:in|among)\s|$))?"
)


def _own_qualifier(between: str) -> str:
    """The words of a list's later estimate that name what it is about, after the bracket of the
    estimate before it and that one's own words after it: "... 0.95 (95% CI ...) and for Y was" -> Y
    ("... 1.24 (...) for B and" names none)."""
    closed = max(between.rfind(")"), between.rfind("]"))
    tail = between[closed + 1 :]
    previous = _OUTCOME_AFTER.match(tail) or _CATEGORY_AFTER.match(tail)  # the estimate before's own category: "for B"
    tail = tail[previous.end() :] if previous else tail
    tail = re.sub(r"(?i)^\s*(?:,|;)?\s*(?:and|or|but|while|whereas)?\s*", "", tail)
    return _qualifier_as_written(tail) if re.match(r"(?i)(?:for|of)\s", tail) else ""  # ("and in Z": a subgroup)


def _outcome_after(text: str, end: int, sentence_end: int) -> re.Match[str] | None:
    """The words naming what an estimate is about right after it ("... (95% CI 0.58-0.89) for death",
    group ``what``), unless they name an arm or a dose ("for the low dose", "for the X group")."""
    after = _OUTCOME_AFTER.match(text, end, sentence_end)
    return None if after is None or _NOT_WHAT_AFTER.search(after.group("what")) else after


#: a group named right after an estimate's bracket, before the next one's: "(HR 0.78 ...) among women but not
#: among men (HR 0.97 ...)"
_GROUP_AFTER_BRACKET = g.Pattern(
    rf"\s*[)\]]?\s+(?:in|among)\s+(?P<group>{g.GROUP_WORDS})\b(?=\s*(?:[,;.]|but\b|and\b|$))"
)
#: a category of the exposure or of the people: "Q2", "highest quartile", "<65 years", "65-74 years", "women"
_CATEGORY = (
    r"[QT]\d|(?i:(?:in\s+)?model\s+\d|(?:quartile|quintile|tertile|decile)\s+\d|(?:stage|grade|class)\s+(?:[IV]{1,4}|\d)[a-c]?\b|"
    r"(?:highest|lowest|top|bottom|second|third|fourth|fifth)\s+(?:quartile|quintile|tertile|decile))"
    r"|[<>≤≥]\s*\d+(?:\.\d+)?(?:\s*(?i:years?|yrs?|y|%|kg/m2|kg/m²|h|hours?))?|\d+\s*(?:-|–|to)\s*\d+\s*(?i:years?|yrs?)"
    rf"|(?i:(?:for|in|among)\s+)?(?:{g.GROUP_WORDS})"
)
#: a category right before an estimate's label, its subgroup: "Q2: HR = 1.2 (...); Q3: HR = 1.5 (...)", "age
#: (<65 years: HR 0.78 ...; ≥65 years: HR 0.81 ...)", "For women: OR 1.4 (...); for men: OR 1.1 (...)"
_CATEGORY_BEFORE = g.Pattern(
    rf"(?:^|[(\[;,]\s*)(?P<category>{_CATEGORY})\s*[:=,]?\s*$"
    # or a stage, grade or class before the estimate's bracket: "across stages: stage II (HR ...) and stage III (HR"
    r"|(?:^|[:;,]\s*|\b(?:and|or)\s+)(?P<stage>(?i:stage|grade|class)\s+(?:[IV]{1,4}|\d)[a-c]?)\s*\(\s*$"
    # or a threshold after "and", before the estimate's bracket: "aged ≥75 years (HR ...) and <75 years (HR"
    r"|\b(?:and|or)\s+(?P<threshold>[<>≤≥]\s*\d+(?:\.\d+)?(?:\s*(?i:years?|yrs?|y|%|kg/m2|kg/m²))?)\s*\(\s*$"
    # or the contrary of the people named before: "among patients with diabetes (HR ...) and without diabetes (HR"
    r"|\)\s*,?\s*(?:and|or|but\s+not)\s+(?P<contrary>(?i:with|without)\s+[^,;:()\[\]\d]{2,40}?)\s*[(\[]\s*$"
)
#: the people a subgroup named ("patients" of "among patients with diabetes"), said again for its contrary
_PEOPLE_WITH = g.Pattern(rf"(?i)\b(?P<people>{g.PEOPLE_NOUNS}|women|men)\s+with(?:out)?\s")


def _category_before(ctx: _Context, pos: int) -> str:
    """The category right before an estimate's label at ``pos``, in its sentence ("Q2", "<65 years",
    "women" of "For women: OR 1.4"), or ""."""
    sentence_start = ctx.lay.sentence(pos).start
    lead = ctx.text[max(sentence_start, pos - 60) : pos]
    category = _CATEGORY_BEFORE.search(lead)
    if category is None:
        return ""
    if contrary := category.group("contrary"):  # "... and without diabetes (HR": the people of the first, without
        people = None
        for people in _PEOPLE_WITH.finditer(ctx.text, sentence_start, pos - len(lead) + category.start()):  # noqa: B007
            pass  # the last one named
        return " ".join(((people.group("people") + " " if people else "") + contrary).split())
    return (
        category.group("threshold")
        or category.group("stage")
        or re.sub(r"(?i)^(?:for|in|among)\s+", "", category.group("category"))
    )


#: an estimate of several trials together, no one trial's: "a pooled analysis of both trials", "in a meta-analysis"
_POOLED = g.Pattern(
    r"(?i)\b(?:pooled|combined)\s+(?:analysis|analyses|data|estimate)\b|\bmeta-?analys[ie]s\b"
    r"|\b(?:both|the\s+two|the\s+three|all(?:\s+\w+)?)\s+trials\b"
)
#: a clause piece that is the contrary of a subgroup named before it: "and without diabetes (HR"
_WITHOUT = g.Pattern(r"(?i)\s*(?:not\s+)?without\s+[^,;]{2,40}")
#: a clause piece that is only a category (not what an estimate is about)
_CATEGORY_PIECE = g.Pattern(rf"\s*(?:{_CATEGORY})\s*")
#: words after an estimate that name whom it is for, not what: an arm, a dose, a comparison
_NOT_WHAT_AFTER = g.Pattern(r"(?i)\b(?:doses?|groups?|arms?|mg|placebo|versus|vs|comparison)\b")
#: an estimate with its bracket, earlier in a list: "1.11 (0.98, 1.25)"
_EARLIER_ESTIMATE = g.Pattern(r"-?\d[\d.]*\s*[\[(]\s*-?\d")
#: a category with a number named right after an estimate, before the next item of its list: "0.97 (0.88-1.07)
#: for <1 cup/day, 0.91 (...) for 1-2 cups/day"
_CATEGORY_AFTER = g.Pattern(
    r"(?i)\s*(?:for|in|among)\s+(?P<what>[^;,()\[\]]{0,30}?\d[^;,()\[\]]{0,30}?)(?=\s*[,;.()]|\s+(?:and|or)\b|\s*$)"
)
#: An outcome named right after an estimate: "0.74 (0.65-0.85) for myocardial infarction and ..."
_OUTCOME_AFTER = g.Pattern(
    r"\s*(?:for|of)\s+(?P<what>[^;:,()\[\]\d]{3,60}?)"
    r"(?=\s*[;,.)]|\s*\(|\s+(?:and|or|over|during|at|after|compared|versus|vs)\b|\s*$)"
)
#: What a column header says its cells hold: "n/N (%)", "No. (%)", "n (%)", "events (%)".
_COUNT_HEADING = g.Pattern(
    r"(?i)\s*(?:\b(?:n/N|n|No\.|events?|patients?)\s*)?\(%\)|\s*\bn/N\b|\s*\b(?:events?|no\.)\s*/\s*(?:total|N|no\.)\b"
)
#: the arm a summary-of-findings column is about: "Risk with usual care", "With exercise training"
_HEADER_ARM = g.Pattern(r"(?i)\bwith\s+(?P<arm>[^|()]+?)\s*(?:\([^()]*\))?\s*$")
#: an arm's name that says it is one: a dose ("drug X 10 mg") or "group", "arm"
_DOSE_OR_GROUP = g.Pattern(rf"{g.DOSE}|(?i:\b(?:group|arm)\b)")
#: "in the intervention and control groups": the two arms a "respectively" refers to
#: one P for each comparison of a list of arms, after it: "(P<0.001 for both comparisons with placebo)", "(both
#: P<0.001)", "(all P < .05)"
_P_FOR_EACH = g.Pattern(
    rf"\s*[(\[;,]?\s*(?:(?i:(?P<pre>both|all|each))\s+)?{g.P_VALUE}(?P<post>\s+(?i:for\s+(?:both|all|each))\b)?"
)
#: two outcomes named as one subject: "Hospitalization for heart failure and cardiovascular death"
_TWO_OUTCOMES = g.Pattern(r"(?i)(?P<x>[^,;]{3,80}?)\s*,?\s+and\s+(?P<y>[^,;]{3,80})")
#: the names of a list of arms: "200-mg, 100-mg, and placebo" -> "200-mg", "100-mg", "placebo"
_NAMES_SPLIT = g.Pattern(r"(?i)\s*,\s*(?:and\s+)?|\s+and\s+")
_LISTED_ARMS = g.Pattern(
    r"(?i)\s*(?:of\s+(?:the\s+)?(?:patients|participants|people|those)\s+)?"
    r"(?:in|for|with|among|of|receiving|given|taking|treated\s+with)\s+(?:the\s+)?(.+?)"
    r"\s+(?:and|vs\.?|versus)\s+(.+?)"
    r"(?:\s+(?:groups?|arms?|recipients))?\s*,?\s*$"
)


#: the unit a table row's first cell ends with: "Change in body weight at wk 26, kg"
_ROW_UNIT = g.Pattern(rf"(?i)(?:,|\s[—–])\s*(?P<unit>%|{g.MEASUREMENT_UNIT}|yr|years?|mo|months?|wk|weeks?|days?)\s*$")
#: the central value a row's cells hold, after its outcome, with their unit or not: "— median days", ", mean (days)"
_ROW_CENTRAL = g.Pattern(
    r"(?i)\s*[—–,:;-]\s*(?P<central>mean|median)\b\s*(?:,\s*|\(\s*)?(?P<unit>hours?|h|days?|weeks?|wk|months?|mo|years?|yr)?"
    r"\s*\)?\s*$"
)
#: what a row's cells hold, after its outcome: "— no. (%)", ", n (%)", "— mean (SD)", "(IQR)", ", median (IQR)",
#: "— no./total no. (%)"
_ROW_CONTENTS = g.Pattern(
    r"(?i)\s*[—–,:;-]?\s*(?:(?:no\.|n|n/N|number)(?:\s*/\s*total\s+no\.)?\s*\(%\)|\(%\)|(?:mean|median)?\s*(?:\(\s*(?:SD|SE|IQR|range)\s*\)|±\s*SD))\s*$"
)


def _row_outcome(ctx: _Context, table: text_tables.TableCell) -> str:
    """The outcome a table row names in its first cell: the vocabulary's name for it, or as written
    (without what its cells hold: "Death — no. (%)" is death); in a table of subgroups, the outcome
    its title names ("Subgroup analyses of the primary outcome")."""
    if _of_subgroups(table) or _of_studies(table):  # (its rows are subgroups or studies, the title names what)
        title = text_tables.title_of(ctx.text, table)
        named = ctx.outcomes_between(*title) if title else []
        about = (
            (_TITLE_OUTCOME.search(ctx.text, *title) or _TITLE_OUTCOME_FIRST.search(ctx.text, *title))
            if title
            else None
        )
        return named[0].name if named else " ".join(about.group("what").split()) if about else "unspecified"
    written = _without_contents(table.row_head.text)[:120]  # "Change in body weight, kg", "Age, mean (SD), yr": what
    named = ctx.outcomes_between(table.row_head.start, table.row_head.end)
    if named:
        # other words around the vocabulary's term make it another outcome: "Cardiovascular death", "Death from
        # cardiovascular causes" are not death (as written); "Death from any cause", "Death at day 28" are
        tail = _without_contents(ctx.text[named[0].end : table.row_head.end])
        same = _KIND_OF.fullmatch(ctx.text, table.row_head.start, named[0].start) and _SAME_OUTCOME_TAIL.fullmatch(tail)
        return named[0].name if same else written
    return written or "unspecified"


#: what may stand before a vocabulary's term in a table row's first cell and leave it that outcome: nothing, an
#: indent or a bullet, an article, "Any" or "All-cause" ("Any serious adverse event", "All-cause death")
_KIND_OF = g.Pattern(r"(?i)[\s•*\-–—]*(?:(?:the|an?|any|all|total|overall|all-cause)\s+)?")
#: and after it: its time point, "from any cause"
_SAME_OUTCOME_TAIL = g.Pattern(
    r"(?i)\s*(?:(?:from|of|due\s+to)\s+any\s+cause|\(any\s+cause\)|(?:at|by|within|through|to)\s+(?:day|week|month|year)?\s*\d+"
    r"(?:\s*(?:days?|weeks?|months?|years?|d|wk|mo|yr))?)?\s*[,:]?\s*"
)


#: a footnote's mark at the end of a table row's first cell: "Death, n (%)a", "Readmission†"
_FOOTNOTE_MARK = g.Pattern(r"(?:(?<=\))[a-h]{1,2}|\s?[*†‡§¶]+)$")


def _without_contents(row_head: str) -> str:
    """A table row's first cell less what its cells hold and their unit: "Death — no. (%)" -> "Death"."""
    head = _FOOTNOTE_MARK.sub("", " ".join(row_head.split()))
    return _ROW_UNIT.sub("", _ROW_CONTENTS.sub("", _ROW_CENTRAL.sub("", _ROW_UNIT.sub("", head))))


#: a table row named for a measurement, whose cells hold means: "Change in XQ score at wk 24 — points", "Weight, kg",
#: "— mean (SD)"
_MEASURED_ROW = g.Pattern(
    rf"(?i)\b(?:mean|median|change|score)\b|[,—–]\s*(?:{g.MEASUREMENT_UNIT}|%\s*points?)\s*$|\bpercentage\s+points?\b"
)


def _difference_in_its_row(ctx: _Context, table: text_tables.TableCell) -> bool:
    """Whether the estimate in ``table``'s cell is a difference, its column's header naming a ratio and a
    difference at once ("| Hazard Ratio or Difference (95% CI) |", as a trial report prints its outcomes
    table): it is when its own header names a difference and its row holds means, not counts."""
    header = table.headers[0] if table.headers else None
    if header is None or not (
        g.RATIO_LABEL.search(ctx.text, header.start, header.end) and _DIFFERENCE_LABEL.search(header.text)
    ):
        return False
    arms = [g.TABLE_ARM_CELL.fullmatch(cell.text) for cell in table.row[1 : table.column]]
    if any(arm and arm.group("sd") for arm in arms):  # "6.2±15.1": means
        return True
    counts = any(
        arm and (arm.group("d") or (arm.group("pb") and not arm.group("q"))) and "." not in arm.group("v")
        for arm in arms
    )
    if counts or "%" in table.row_head.text:
        return False  # "148 (26.0)", "512/812 (63.1)", "— no. (%)": counts, however the row is named
    return bool(_MEASURED_ROW.search(table.row_head.text))


def _row_unit(row_head: str) -> str:
    """The unit a table row ends with, before or after what its cells hold: "Age, mean (SD), yr" -> "yr"."""
    head = " ".join(row_head.split())
    unit = _ROW_UNIT.search(head) or _ROW_UNIT.search(_ROW_CONTENTS.sub("", head))
    return unit.group("unit") if unit else ""


#: the first header cell of a table whose rows are subgroups ("Characteristic" also heads a table of baseline
#: characteristics, whose rows are what was measured: its rows are subgroups only beside an estimate's column)
_SUBGROUP_HEADER = g.Pattern(
    r"(?i)(?:pre-?specified\s+)?(?:subgroups?|(?P<or_baseline>characteristics?|variables?|factors?))"
)
_ESTIMATE_HEADER = g.Pattern(rf"{_ANY_LABEL.pattern}|(?i:\bC[Rr]?I\b|confidence|interaction)")


#: the first header cell of a table whose rows are studies (a meta-analysis's forest plot as a table)
_STUDY_HEADER = g.Pattern(
    r"(?i)(?:stud(?:y|ies)|trials?|source|(?:first\s+)?author)(?:\s*(?:,|or|/|and)\s*(?:year|subgroup|id|reference))*"
)
#: a row of such a table that pools the studies above it: "Total (random effects)", "Overall", "Subtotal"
_POOLED_ROW = g.Pattern(r"(?i)\s*(?:total|overall|sub-?total|pooled|summary)\b")


def _study_of_row(ctx: _Context, pos: int) -> text_tables.Cell | None:
    """The first cell of a row of a table of studies, the study it names, when ``pos`` is in one."""
    if not any(t.start <= pos < t.end for t in ctx.lay.tables):
        return None
    cell = text_tables.cell_at(ctx.text, pos)
    if cell is None or not _of_studies(cell):
        return None
    return cell.row_head if cell.row_head.text.strip() else None


def _of_studies(table: text_tables.TableCell) -> bool:
    """A table's rows are studies: its first header cell says so ("Study", "Study or subgroup", "Author, year")."""
    return bool(table.header_line) and bool(_STUDY_HEADER.fullmatch(" ".join(table.header_line[0].text.split())))


def _of_subgroups(table: text_tables.TableCell) -> bool:
    """A table's rows are subgroups: its first header cell says so, and a characteristic's rows are
    subgroups only where a column holds estimates ("Characteristic | HR (95% CI)"), not in a table of
    baseline characteristics ("Characteristic | Drug X (N=512) | Placebo (N=509)")."""
    first = _SUBGROUP_HEADER.fullmatch(table.header_line[0].text)
    if first is None:
        return False
    return not first.group("or_baseline") or any(_ESTIMATE_HEADER.search(h.text) for h in table.header_line[1:])


#: a table title that names its outcome before its subgroups: "Table 3. Primary outcome in prespecified subgroups"
#: (but not "Outcomes by subgroup", which names none)
_TITLE_OUTCOME_FIRST = g.Pattern(
    r"(?i)(?:^|[.:]\s+)(?!(?:the\s+)?(?:(?:main|primary|secondary|all|other)\s+)?(?:outcomes|results|end\s?points|analyses|"
    r"effects)\s)(?P<what>[^.:;()]{3,80}?)\s+(?:in|by|across|according\s+to)\s+(?:[a-z-]+\s+)?subgroups?\b"
)
#: what a table's title says it is about: "Table 3. Subgroup analyses of the primary outcome"
_TITLE_OUTCOME = g.Pattern(r"(?i)\b(?:of|for|on)\s+(?:the\s+)?(?P<what>[^.:;()]{3,80}?)\s*[.:]?\s*$")


def _row_subgroup(ctx: _Context, table: text_tables.TableCell) -> str:
    """A subgroup table's row: its first cell, after the row of the group it belongs to ("Age: <65
    yr"); "" in other tables."""
    if not _of_subgroups(table):
        return ""
    head = " ".join(table.row_head.text.split())
    group = text_tables.group_of(ctx.text, table)
    return f"{' '.join(group.text.split())}: {head}" if group else head


def _signed(label: str, est: Number, lo: Number | None = None, hi: Number | None = None) -> dict[str, Any]:
    """A row's estimate and interval: an absolute risk reduction is a risk difference below zero,
    its estimate and bounds negated and the bounds swapped (their *_text as printed). A bound not
    printed (only the upper one of a one-sided interval is) is missing."""
    sign = -1.0 if label.lower() in g.REDUCTION_LABELS else 1.0
    fields: dict[str, Any] = {"estimate": sign * est.value, "estimate_text": est.text}
    if sign < 0:
        lo, hi = hi, lo
    for key, bound in (("ci_low", lo), ("ci_high", hi)):  # an infinite bound (one-sided) is missing, as printed
        if bound is not None:
            fields.update({key: sign * bound.value if math.isfinite(bound.value) else None, f"{key}_text": bound.text})
    return fields


def _level(m: re.Match[str]) -> float | None:
    level = m.groupdict().get("level")
    return float(level) if level else None


def _is_title(sentence: str) -> bool:
    """A heading or table title: no verb-final punctuation and few words ("Efficacy at score 5")."""
    text = sentence.strip()
    return not re.search(r"[.!?;:][\"'\u201d)\]]*$", text) and len(text.split()) <= 14


#: what the people of an arm did, after it: "of those taking the drug stopped because of side effects"
_ARM_VERB_TAIL = g.Pattern(
    # (or right after the value: "12 ended up in the hospital, compared with ...")
    r"(?i)(?:(?<=\S)|^)(?<!\bwho)\s+(?P<what>(?:stopped|discontinued|had|developed|experienced|died|reported|needed|required|ended\s+up|got|became|"
    r"saw|achieved|reached|"
    r"(?:were|was)\s+(?!given\b|assigned\b|randomi[sz]ed\b)[a-z]+ed)\b.*)$"
)


def _item_arm(item: re.Match[str]) -> str:
    """The arm of an item of a list of arms' values, named beside it or in a bracket after it."""
    return item.group("arm") or item.groupdict().get("arm_b") or ""


def _what_they_had(did: re.Match[str]) -> str:
    """What the people of an arm did, as an outcome (:data:`_ARM_VERB_TAIL`): "had a response" is a
    response, "were hospitalized" hospitalized, "stopped because of side effects" as written."""
    what = " ".join(did.group("what").split())
    what = re.sub(
        r"(?i)^(?:had|developed|experienced|reported|achieved|reached|were|was|saw\s+(?:their|his|her))\s+(?:an?\s+|the\s+)?",
        "",
        what,
    )
    what = _HOW_LONG_TAIL.sub("", what)  # "were hospitalized for X during a median of 2.4 years": for X
    return _DIED_FIRST.sub("death", what)  # "had died" is about death


#: how long the people were followed, after what they did: "during a median of 2.4 years" (not a time point that
#: is part of what they did: "died within 30 days")
_HOW_LONG_TAIL = g.Pattern(
    r"(?i)\s+(?:during|over)\s+(?:a\s+)?(?:median|mean|total)\s+(?:follow-up\s+)?(?:of\s+)?"
    r"(?:about\s+|nearly\s+|almost\s+)?[\d.]+\s*(?:days?|weeks?|months?|years?)$"
)


#: a statistic of a test or a model, its value a quantity without a unit: "The area under the ROC curve was 0.962"
_STATISTIC = g.Pattern(
    r"(?i)\b(?:area\s+under|AUC|AUROC|c[- ]statistic|c[- ]index|concordance|sensitivity|specificity|"
    r"predictive\s+value|kappa|correlation|intraclass)\b"
)
#: the constructions of one value with its interval (:meth:`Extractor._value_ci_rows`)
_VALUES_WITH_INTERVALS = {g.VALUE_CI_C.name, g.VALUE_CI_IN_BRACKET_C.name, g.VALUE_INTERVAL_C.name}
#: what stands between two arms' values with their intervals: "(7.9-9.9) versus 6.2 months"
_BETWEEN_TWO_ARMS = g.Pattern(r"(?i)\s*,?\s*(?:versus|vs\.?|and|compared\s+with)\s+")


def _unnamed_pair(first: dict[str, Any], second: dict[str, Any], text: str) -> bool:
    """Whether two values with their intervals, the one right after the other ("8.8 months (7.9-9.9)
    versus 6.2 months (5.6-6.9)"), are two arms' values of one outcome that name neither arm."""
    same = ("outcome", "subgroup", "timepoint", "measure", "unit")
    return (
        not (first["arm1_label"] or second["arm1_label"])
        and all(first[k] == second[k] for k in same)
        and first["subgroup_basis"] == "no subgroup named"
        and _BETWEEN_TWO_ARMS.fullmatch(text, first["end"], second["start"]) is not None
        and "respectively" not in text[second["end"] : second["context_end"]]  # (the items named after them)
    )


#: the verb before what would happen to people, "would be admitted to hospital", "would have nausea"
_WOULD_EVENT_LEAD = g.Pattern(r"(?i)^(?:be|have|get|need|experience|develop|suffer|undergo)\s+")


def _allocations(ctx: _Context) -> list[dict[str, Any]]:
    """The lists of arms the text says people were assigned to (:data:`grammar.ALLOCATION`), each as a marker
    for :meth:`Extractor._arms_named_before`: the arms, in order, of the values after it that name none."""
    markers, seen, (before, after) = [], set(), g.ALLOCATION_REACH
    same_length = len(ctx.lowered) == len(ctx.text)  # (lower-casing can change a text's length: "İ")
    verbs = g.ALLOCATION_VERB if same_length else _ignoring_case(g.ALLOCATION_VERB)
    for verb in verbs.finditer(ctx.lowered if same_length else ctx.text):
        m = g.ALLOCATION.search(ctx.text, max(0, verb.start() - before), verb.end() + after)
        if m is None or m.start() in seen or not m.start() <= verb.start() < m.start("arms"):
            continue  # (no allocation, or another verb's)
        seen.add(m.start())
        if not ctx.in_topic(m.start()) or _SIZES_ALLOCATED.search(m.group("arms")):
            continue  # (arms with their sizes are the size constructions': "to A (n=201) or B (n=201)")
        words = g.ALLOCATION_TAIL.sub("", _CLOSED_BRACKET.sub(" ", m.group("arms")))
        arms = [_arm_as_written(a) for a in _dose_items(_OR_IN_LIST.sub(", ", words))]
        if not 2 <= len(arms) <= 6 or any(not a or len(a.split()) > 6 or _VERB_IN_ARM.search(a) for a in arms):
            continue  # ("randomly assigned to one of three groups", "... to A and had fewer deaths")
        if len(set(map(str.lower, arms))) < len(arms):
            continue
        start, end = ctx.ct.raw_span(m.start("arms"), m.end("arms"))
        markers.append({"start": start, "end": end, "_allocated": arms, **_place(ctx, m.start())})
    return markers


#: arms' sizes in a list of arms allocated: "to A (n = 204) or B (n = 206)", "to A and 784 to B"
_SIZES_ALLOCATED = g.Pattern(r"(?i)\(\s*n\s*=|\b\d[\d,]*\s+(?:(?:patients|participants)\s+)?(?:to|were|received)\b")
#: a verb in what would be an arm allocated: the sentence goes on to say what happened
_VERB_IN_ARM = g.Pattern(r"(?i)\b(?:had|has|have|was|were|is|are|showed|did)\b")
#: "or" between arms: "A, B, or C", "either A or B"
_OR_IN_LIST = g.Pattern(r"(?i)\s*,?\s+or\s+")


def _place(ctx: _Context, pos: int) -> dict[str, int]:
    """Where a row stands, for :meth:`Extractor._arms_named_before` (which takes these keys off the row):
    its paragraph and its article."""
    return {"_paragraph": ctx.lay.paragraph(pos).start, "_article": ctx.lay.article_start(pos)}


#: the constructions that give each arm's size with its arm, for :meth:`Extractor._arms_named_before`
_ARMS_SIZED = {"assigned_in_bracket", "assigned_listed"}


def _the_other_arm(row: dict[str, Any], pair: tuple[str, str]) -> tuple[str, str] | None:
    """The key and the name of the arm a row leaves unnamed, when the arm it names is one of ``pair`` and not a
    comparator (a comparator is every pair's: "versus 4% for a placebo" may be another drug's)."""
    if bool(row["arm1_label"]) == bool(row["arm2_label"]):
        return None
    known = (row["arm1_label"] or row["arm2_label"]).lower()
    if g.CONTROL_ARM.search(known):
        return None
    names = [arm.lower() for arm in pair]
    # (the arm as named before, or else in more words or fewer: "robotic repair" is "robotic")
    same = [k for k, name in enumerate(names) if name == known] or [
        k
        for k, name in enumerate(names)
        if re.search(rf"\b{re.escape(name)}\b", known) or re.search(rf"\b{re.escape(known)}\b", name)
    ]
    if len(same) != 1:
        return None
    return ("arm2_label" if row["arm1_label"] else "arm1_label"), pair[1 - same[0]]


def _control_index(arms: list[str]) -> int:
    """Which of three arms or more is the comparator: the one a control word names ("placebo"), else the last."""
    return next((k for k, arm in enumerate(arms) if g.CONTROL_ARM.search(arm)), len(arms) - 1)


def _each_in_arms_order(row: dict[str, Any], arms: list[str], values: list[Number], basis: str) -> list[dict[str, Any]]:
    """A row for each arm's value against the comparator's (:func:`_control_index`), the values in the order of
    the arms."""
    control = _control_index(arms)
    rows = []
    for k, (arm, value) in enumerate(zip(arms, values, strict=True)):
        if k != control:
            reference = values[control]
            given = dict(row, arm1_label=arm, arm2_label=arms[control], arm_basis=basis)
            given.update(
                arm1_value=value.value, arm1_text=value.text, arm2_value=reference.value, arm2_text=reference.text
            )
            rows.append(given)
    return rows


def _named_earlier(paragraph: int, inherited: set[int]) -> str:
    """How arms named before a pair were found: in its paragraph, or in its text before it."""
    return "named earlier in the text" if paragraph in inherited else "named earlier in the paragraph"


def _names_the_items(words: str, items: list[str]) -> bool:
    """Whether ``words`` are the list of ``items`` (each item's first word in them)."""
    lowered = words.lower()
    return all(item.split()[0].lower() in lowered for item in items if item.split())


def _named_pair(first: dict[str, Any], second: dict[str, Any], text: str) -> bool:
    """Whether two values with their intervals, the one right after the other, each name an arm of its
    own: "86.4% (95% CI 81.2-90.6) in the vaccine group and 7.9% (4.6-12.5) in the placebo group"."""
    return (
        bool(first["arm1_label"] and second["arm1_label"])
        and first["arm1_label"] != second["arm1_label"]
        and first["outcome"] == second["outcome"]
        and _BETWEEN_TWO_ARMS.fullmatch(text, first["end"], second["start"]) is not None
    )


#: a conjunction left at the end of an arm's words once what its people did is cut off: "placebo and"
_TRAILING_CONJUNCTION = g.Pattern(r"(?i)\s+(?:and|or)$")


def _arm_as_written(text: str | None) -> str:
    """An arm as the text names it: "in the placebo group" -> "placebo"."""
    words = re.sub(
        rf"(?i)^\s*(?:(?:{g.OCCURRED})\s+)?"
        # (the people of the arm, with their preposition or not: "of patients receiving X", "patients receiving X")
        rf"(?:(?:(?:of|for|in|among)\s+)?(?:the\s+)?(?:\d[\d,]*\s+)?(?:those|women|men|{g.PEOPLE_NOUNS})\s+)?"
        r"(?:for|in|of|with|among|on|after|during|to(?:\s+receive)?|receive|receiving|received|given|were\s+given|taking|"
        r"(?:randomly\s+)?assigned\s+to(?:\s+receive)?"
        rf"|{g.WHO_GOT_ARM})\s+(?:the\s+|an?\s+)?"
        rf"|\s+{g.ARM_NOUN}\s*$|\s+(?:recipient|user)s?\s*$|{g.ARM_PEOPLE}\s*$"
        r"|(?<=\S)\s+(?:patients|participants)\s*$",  # ("of drug K patients": drug K)
        "",
        (text or "").strip(" ()"),
    )
    words = _ARM_VERB_TAIL.sub("", words)  # "those taking the drug stopped because of X": the arm, not what they did
    words = _TRAILING_CONJUNCTION.sub("", words)  # ("received placebo and had ...": placebo)
    return " ".join(_ARTICLE.sub("", words).split())


#: An abbreviation defined in brackets: "the HR from prospective analysis (HRP)".
_DEFINITION = g.Pattern(r"\((?P<abbr>[A-Z][A-Za-z]{1,6})\)")
#: Labels of a ratio: its name or abbreviation, or "higher/lower odds" ("decreased odds of X
#: (0.7, 0.6-0.8)": an odds ratio whose name the sentence does not print).
_RATIO_LABEL_GROUPS = {"word", "abbr", "odds"}


def _label_words(label: re.Match[str]) -> str:
    """The label as printed: "odds" of "decreased odds", else the whole label."""
    return "odds" if label.lastgroup == "odds" else label.group(0)


def _last_label(text: str, lo: int, hi: int) -> re.Match[str] | None:
    last = None
    for last in _ANY_LABEL.finditer(text, lo, hi):  # noqa: B007 (the last one is wanted)
        pass
    return last


_TRAILING_FUNCTION_WORDS = g.Pattern(
    r"(?i)(?:\s+(?:was|were|is|are|had|has|have|occurred|developed|reported|observed|seen|found|noted|"
    # ("Response rates were": the items' rates; not a rate, part of a name: "The total effective rate")
    r"in|of|among|with|for|by|at|the|a|an|than|to|from|and|or|within|after|during|over|rates|was\s+seen|vs\.?|versus))+\s*$"
)


#: the values a difference compares are means: "The mean (SD) change in the marker ..."
_MEANS_COMPARED = g.Pattern(r"(?i)\bmean\b(?!\s+(?:age|follow-up|duration|of)\b)")
_CENTRAL = g.Pattern(
    r"(?i)\b(?:(?P<median>median)|(?P<mean>mean|average))\b"
    # (not of how long the people were followed or how old they were: "During a median follow-up of 2.1 years")
    r"(?!\s+(?:(?:duration\s+of\s+)?follow-?up|(?:observation|treatment)\s+(?:period|time))\b)"
)
#: the word before two time points: "at 1 and 5 years, respectively"
_WHEN_BEFORE = g.Pattern(r"(?i)\b(?:at|after|by|within|over|through)\s+$")
_TIME_UNITS = {"days", "weeks", "months", "years", "hours", "hour"}


def _subgroup_span(m: re.Match[str]) -> tuple[int, int]:
    """Where the subgroup of a :data:`grammar.SUBGROUP` match is: the people named, or the
    subgroup's name."""
    return next(m.span(k) for k in ("who", "group", "named", "analysis") if m.group(k) is not None)


@functools.cache
def _ignoring_case(pattern: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(pattern.pattern, pattern.flags | re.IGNORECASE)


#: a mean change in a percentage before its value: "The mean change from baseline in XQ at week 26 was -1.3% with"
_MEAN_CHANGE = g.Pattern(
    # (its spread's name between: "The mean (±SD) change in weight")
    r"(?i)\b(?:mean|average)\s+(?:\([^()]{1,12}\)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:change|reduction|decrease|increase|difference|improvement|decline)\b"
    r"|\bby\s+(?:an?\s+)?(?:average|mean)\s+of\b"  # "lowered LDL cholesterol by an average of 51%"
)


def _value_measure(ctx: _Context, start: int, unit: str, is_count: bool = False) -> str:
    """What a value in a unit is: a percentage of people (unless its sentence says it is a mean change
    in a percentage, "-1.3%"), a count, or a mean or a median (:func:`_central_measure`)."""
    if unit == "percent":
        return "mean" if _MEAN_CHANGE.search(ctx.text, ctx.lay.sentence(start).start, start) else "percent"
    return "count" if is_count else _central_measure(ctx, start, unit)


def _central_measure(ctx: _Context, start: int, unit: str) -> str:
    """What a value in a unit is: a mean or a median as the nearest of "mean", "average" and
    "median" before it in its sentence says; unsaid, a time is a median (times to an event, as
    trial reports give them) and any other quantity a ``value``."""
    last = None
    for last in _CENTRAL.finditer(ctx.text, ctx.lay.sentence(start).start, start):  # noqa: B007
        pass
    if last is not None:
        return last.lastgroup or "median"
    return "median" if unit.lower() in _TIME_UNITS else "value"


_WORD_CHAR = g.Pattern(r"[\w-]")
_TWO_CAPITALS = g.Pattern(r"[A-Z][A-Z0-9]")


def _named_trials(text: str, lay: Layout) -> list[Mention]:
    """The trials a text names without a vocabulary: acronyms it calls a trial ("the ABC-HF
    trial", a title's closing "(ABC-HF)") wherever they occur, and registry numbers; a registry
    number in the sentence of exactly one such acronym is that trial's, and one in a sentence that names
    none ("This study is registered with ClinicalTrials.gov, NCT...") is the trial's of a text that
    names exactly one."""
    names = set()
    lowered = text.lower()
    for word in g.TRIAL_WORDS:
        at = lowered.find(word)
        while at >= 0:
            pos = max(0, at - g.TRIAL_REACH)
            after = g.TRIAL_ACRONYM_AFTER.match(text, at, at + len(word) + g.TRIAL_REACH_AFTER)
            if after and g.trial_name(name := after.group("name") or after.group("called") or after.group("apposed")):
                names.add(name)
            if not _TWO_CAPITALS.search(text, pos, at):  # no acronym before the word
                at = lowered.find(word, at + len(word))
                continue
            while m := g.TRIAL_ACRONYM.search(text, pos, at + len(word)):  # (a rejected match may hide one)
                if g.names_a_trial(m):
                    names.add(m.group("name"))
                pos = m.start() + 1
            at = lowered.find(word, at + len(word))
    if lay.sentences:
        first = lay.sentences[0]
        lines = text[first.start : first.end].split("\n")  # (a PDF's title on up to three lines)
        title = " ".join(lines) if len(lines) <= 3 else lines[0]
        end = g.TITLE_ACRONYM.search(title)
        if end and g.trial_name(end.group("name")):
            names.add(end.group("name"))
    registered = [
        m
        for p in (g.REGISTRY_PREFIXES if any(k in text for k in g.REGISTRY_KEYS) else ())
        if p in text
        for m in g.REGISTRY_ID.finditer(text, text.find(p))
    ]
    registered = sorted({m.span(): m for m in registered}.values(), key=lambda m: m.start())
    registry_of: dict[tuple[int, int], str] = {}  # "COUGH-1 (NCT04111111)": the acronym the number is of
    for m in registered:
        before = g.ACRONYM_BEFORE_REGISTRY.search(text, max(0, m.start() - 40), m.start())
        if before and g.trial_name(before.group("name")):
            names.add(before.group("name"))
            registry_of[m.span()] = before.group("name")
    found = []
    for name in names:  # each occurrence as a whole word
        pos = text.find(name)
        while pos >= 0:
            end = pos + len(name)
            if not (_WORD_CHAR.match(text, pos - 1) if pos else None) and not _WORD_CHAR.match(text, end):
                found.append(Mention("trial", name, pos, end))
            pos = text.find(name, end)
    for m in registered:
        sentence = lay.sentence(m.start())
        nearby = {t.name for t in found if sentence.start <= t.start < sentence.end} or (
            names if len(names) == 1 else ()
        )
        name = registry_of.get(m.span()) or (next(iter(nearby)) if len(nearby) == 1 else " ".join(m.group(0).split()))
        found.append(Mention("trial", name, m.start(), m.end()))
    return sorted(found, key=lambda t: t.start)


#: A number that is part of a name, not a value: "grade 3 adverse events", "type 2 diabetes".
_NAMED_NUMBER = g.Pattern(
    r"(?i)\b(?:grade|type|stage|phase|class|level|score|day|week|month|year|dose|wave)\s+(?:\d+\s*(?:or|and|to|-|–)\s*)?$"
)
#: A range of a scale's scores that is part of a name: "A score of 0 to 2 occurred in ..." (not one score, a
#: subgroup's: "patients with a score of 5 had ...").
_SCORE_RANGE_NAME = g.Pattern(r"(?i)\bscores?\s+of\s+\d+\s*(?:to|or|-|–)\s*\d+")
#: A duration that is part of a name: "28-day mortality", "2-year overall survival".
_DURATION = g.Pattern(r"\d+[-\s](?:hour|day|week|month|year)s?\b(?!\s+(?:was|were|is|are)\b)", re.IGNORECASE)
_NUMBERED_NAME = g.Pattern(g.NUMBERED_NAME)
#: A threshold that is part of a name: "weight reduction of 5% or more", "a decline of at least 40%".
_THRESHOLD = g.Pattern(r"\d+(?:\.\d+)?\s*%?\s*(?:or\s+(?:more|greater|higher|above|less|fewer|lower|below)\b|\+)")
_THRESHOLD_BEFORE = g.Pattern(
    r"(?i)(?:\bat\s+(?:least|most)|\b(?:more|less|fewer|greater|lower|higher)\s+than|\bover|\bunder|\babove|\bbelow|"
    r"\bbefore|[≥≤<>])\s*$"
)
#: The verb after an outcome, the subject: "Serious adverse events were more common with X",
#: "Systolic blood pressure fell by a mean of" (not in a relative clause: "patients who were").
_PREDICATE_AFTER_SUBJECT = g.Pattern(
    r"(?i)(?<!\bwho)(?<!\bthat)(?<!\bwhich)(?<!\bhad)(?<!\bhas)(?<!\bhave)(?<!\bwith)"
    r"\s+(?:was|were|is|are|fell|rose|decreased|increased|declined|dropped"
    r"|improved|worsened|changed|occurred|did\s+not|differed|tended|favou?red|affected)\b"
    # (not when what follows names the outcome: "X were less likely to undergo Y", "X was a risk factor for Y")
    r"(?!.*\b(?:likely\s+to|associated|risk|predictors?|predicted|factors?)\b)"
)
#: a subject: words, not one adverb ("substantially increased ...")
_SUBJECT = g.Pattern(r"(?i)(?!\w+ly$).*[a-z]{3}.*")
#: An arm named after a value: "in the placebo group", "with velotinib".
_ARM_PHRASE = g.Pattern(
    # ("participants in the intervention group v 41/410": the BMJ's "v")
    r"(?i)(?:(?:(?:of\s+)?(?:the\s+)?(?:patients|participants|those)\s+)?(?:in|of)\s+the\s+.{1,40}?\s+(?:group|arm)s?"
    r"(?:\s+(?:v|vs\.?|versus))?"
    r"|with\s+\S+(?:\s+\S+)?"
    # (or the people of an arm: "(25.4%) given placebo (aOR", "patients given drug Q versus 30/118")
    r"|(?:(?:patients|participants|those|people)\s+)?(?:given|receiving|taking|assigned\s+to|on|after)\s+\S+(?:\s+\S+)?"
    r"(?:\s+(?:versus|vs\.?))?)"
)
#: a time after the value before, only: " within 90 days after birth and "
_WHEN_ONLY = g.Pattern(
    r"(?i)\s*(?:within|at|by|after|through|during|over|up\s+to)\s+\d+(?:\.\d+)?\s+(?:hours?|days?|weeks?|months?|years?)\b"
    r"[^,;\d]{0,30}?\s+(?:and|or)\s*$"
)
#: a piece that starts with a unit is the end of the value before it: "-2.9 (4.1) mL/min/1.73 m2 per year"
_UNIT_FIRST = g.Pattern(rf"\s*(?:{g.MEASUREMENT_UNIT}|(?i:percentage\s+points?)\b)")
#: whom the value before is for, after it: "(95% CI ...) for the low dose and -9.4 ...", "1.9 (1.3-2.7) in men
#: and 1.4 ..."
_FOR_WHOM = g.Pattern(
    r"(?i)\s*(?:for\s+the|in|among)\s[^,]*\s(?:and|or)\s*$"
    # ... and the next value, its spread in a bracket: "5 days (IQR 3-9) with X and 7 days (4-12) with Y (HR"
    r"|\s*(?:with|in|among|for)\s[^,]{1,60}?\s(?:and|or|vs\.?|versus)\s+[-−]?[\d.,·]+(?:\s*[^\s\d]+)?\s*$"
)
#: the words that qualify an estimate's label: "adjusted HR", "common OR", "pooled RR" (not an outcome's words)
_QUALIFIER_WORDS = (
    r"(?:(?:fully|partially|minimally|further|multivariabl[ey]|multivariate|age|sex|age[- ]and[- ]sex)[- ]?)?adjusted|"
    r"unadjusted|crude|multivariable|multivariate|univariable|univariate|pooled|stratified|common|summary|"
    r"overall|estimated|cumulative|standardi[sz]ed|matched|corresponding"
)
#: Words that stand in a clause without naming anything: "..., respectively (HR ...)", "There were".
_NOT_AN_OUTCOME = g.Pattern(
    r"(?i)^(?:respectively|corresponding|equivalent|(?:each|every|per)(?:\s+additional)?|versus|vs\.?|(?:as\s+)?compared(?:\s+(?:with|to))?|"
    r"than(?:\s+(?:in|with|among)\b.*)?|there|overall|thereafter|"
    r"however|moreover|furthermore|additionally|similarly|notably|thus|therefore|conversely|likewise|"
    r"in\s+(?:contrast|addition)|"
    r"about|approximately|nearly|almost|around|roughly|some|only|just|over|under|(?:including|such\s+as|being)\b.*|"
    r"(?:the\s+)?(?:median|mean|average)|(?:an?\s+|the\s+)?(?:pooled|combined)\s+analys[ie]s\b.*|"
    r"(?:the\s+|this\s+|our\s+)?(?:\S+\s+)?(?:trial|study|analysis)\s+(?:found|showed|reported|demonstrated)(?:\s+no\s+\w+)?|"
    rf"and|or|but|whereas|while|which|(?:the\s+|an?\s+)?(?:{_QUALIFIER_WORDS}|absolute|relative)|(?:pooled|combined|summari[sz]ed)\s+(?:across|over|from)\b.*|"
    r"(?:the\s+|these\s+|this\s+|no\s+(?:statistically\s+)?(?:significant\s+)?)?"
    r"(?:results?|findings?|associations?|effects?|benefits?)|they|them|it|we|this|that|these|those|(?:a\s+)?total|"
    # (what the authors say of an estimate, not what it is of: "the point estimate reversed", "we observed no benefit")
    r"(?:the\s+)?(?:point\s+estimates?|confidence\s+intervals?)\b.*|"
    # (a Bayesian analysis's probability of an effect: "The posterior probability of benefit was 97.2% (median HR")
    r"(?:the\s+)?(?:posterior\s+)?probability\s+(?:of|that)\s+(?:benefit|harm|superiority|inferiority|efficacy|"
    r"non-?inferiority|any\s+benefit|an?\s+\w+\s+(?:benefit|effect))\b.*|"
    r"(?:in\s+)?(?:the\s+)?(?:pre-?specified\s+)?subgroups?(?:\s+analys[ie]s)?|"  # (a run-in heading, "Subgroups: ...")
    # (the people compared, not what they had: "Participants in the highest quartile had a higher risk than ...";
    # but "Participants in the X condition reported lower stress" says what)
    r"(?:the\s+)?(?:participants|patients|subjects|people|persons|individuals|women|men|adults|children)"
    r"(?:\s+(?:in|with|who|aged|from|on)\s(?!.*\b(?:[a-z]+ed|had|has|have|took|lost|gained|got|felt|showed|were|was)\b).*)?|"
    r"(?:in\s+(?:our|this|the)\s+[\w-]+(?:\s+[\w-]+)?\s+)?we\s+(?:observed|found|saw|noted|report)\b.*|"
    r"(?:the\s+)?(?:risk|odds|hazard)|"  # ("The risk was highest with ... (aHR": of what the sentence before says)
    r"(?:this|that|these|it)\s+(?:represented|represents|corresponded|corresponds|translated|translates|meant|means|"
    r"works?\s+out)\b.*|"
    r"(?:vs\.?|versus|compared\s+(?:with|to))\s+.*|"
    r"(?:the\s+)?(?:estimated\s+|mean\s+)?(?:treatment|between-group|[a-z]+-(?:adjusted|corrected|subtracted))(?:\s+differences?)?"
    r"|(?:the\s+)?differences?)$"
)


def _aside(bracket: re.Match[str]) -> str:
    """A closed bracket before a value, as the outcome rules read it: a clause break, or nothing when it
    holds only a category of its clause ("short sleep (<6 h) was associated with ..."), an abbreviation
    defined after the words it stands for ("the clinical summary score (KCCQ-CSS) from baseline to week 52")
    or an aside between a subject and its verb ("Total heart failure events (first and recurrent) were")."""
    inner = bracket.group()[1:-1]
    if _CATEGORY_PIECE.fullmatch(inner):
        return " "
    if not bracket.string[: bracket.start()].rstrip()[-1:].isalpha():
        return ";"
    of_subject = _ABBREVIATION.fullmatch(inner) or _PREDICATE_START.match(bracket.string[bracket.end() :])
    return " " if of_subject else ";"


def _outcome_before(text: str, sentence_start: int, start: int) -> str:
    """The words before a value in its clause, less trailing function words: "Mortality at 90
    days was 27.8% ..." -> "Mortality at 90 days"; "Grade 3 events occurred in 152 ..." -> "Grade 3
    events" (a number after "grade", "type", "day" ... is part of the name)."""
    if dateline := _DATELINE.match(text, sentence_start, start):  # "LONDON, 3 March - Drug X reduced ...": not what
        sentence_start = dateline.end()
    # what a bracket closed before the value holds is an aside ("8.1% (drug) vs ..."), not the outcome
    # (but a category in brackets is part of its clause: "whereas long sleep (≥9 h) was not (HR": elliptic)
    head = _CLOSED_BRACKET.sub(_aside, text[max(sentence_start, start - _OUTCOME_REACH) : start])
    head = _ADJUSTED_FOR_LEAD.sub("", head)  # "After adjustment for age, sex and X, the hazard ratio was": not X
    if "," in head and (" or " in head or " and " in head) and (listed := _RISK_OF_LIST.search(head)):
        return _VERSUS_TAIL.sub("", listed.group("what"))[-120:]  # "the risk of X, Y, or Z compared with placebo ("
    if "," in head and start - _OUTCOME_REACH <= sentence_start and (listed := _SUBJECT_LIST.match(head)):
        return " ".join(listed.group("what").split())  # "Heart attacks, strokes or deaths occurred in 6.5% ..."
    pieces = _CLAUSE_PIECES.split(head)
    breaks = _CLAUSE_PIECES.findall(head)  # (what stands before piece i: breaks[i - 1])
    subject_wanted = False  # a predicate without its subject was read: the clause's first piece is the subject
    for index in range(len(pieces) - 1, -1, -1):
        piece = pieces[index]
        if subject_wanted and index and breaks[index - 1].startswith(","):
            continue  # "Major bleeding, a common worry with X, was about the same ...": not the aside
        if _PREDICATE_START.match(piece) and index and breaks[index - 1].startswith(","):
            subject_wanted = True
            continue
        bare_piece = _LEADING_CONJUNCTION.sub("", piece)
        if _CATEGORY_PIECE.fullmatch(bare_piece) or _WITHOUT.fullmatch(bare_piece):
            continue  # "(<65 years: HR 0.78 ...", "For women: OR 1.4", "... and <75 years (HR": the subgroup, not what
        if _FOR_WHOM.match(piece) or _UNIT_FIRST.match(piece) or _WHEN_ONLY.match(piece):
            # "(95% CI ...) for the low dose and -9.4 ...", "(4.1) mL/min per year", "(...) within 90 days after birth
            # and 69.4% ...": the values' arms, unit, time
            continue
        piece = _RUN_IN_HEADING.sub("", _LEADING_CONJUNCTION.sub("", piece))
        if more := _PEOPLE_HAD_MORE.search(piece + " ("):  # "Frail patients had higher 1-year mortality than ..."
            piece = more.group("what")
        per = _PER_INCREMENT.search(piece)
        if per and _ANY_LABEL.fullmatch(_ARTICLE.sub("", piece[: per.start()].strip())):
            continue  # "(OR per 5 percent decrease 1.13": a label and the exposure's increment, not what
        if change := _PERCENT_CHANGE_IN.search(piece):  # "with a 9% reduction in HA-ARO burden (IRR ...": its object
            piece = change.group("what")
        elif cases := _CASES_OF_FIRST.match(piece):  # "Nine cases of influenza occurred in ... (": influenza
            piece = cases.group("what")
        if _DIED_AT_END.search(piece):  # what they did: "... in the Y group died (RD ...", "... had died (HR"
            return "death"
        for digit in _DIGIT_STARTING_A_NUMBER.finditer(piece):  # the words before its first value
            if not (
                _NAMED_NUMBER.search(piece, 0, digit.start())
                or _DURATION.match(piece, digit.start())
                or _NUMBERED_NAME.match(piece, digit.start())
                or _THRESHOLD.match(piece, digit.start())
                or _THRESHOLD_BEFORE.search(piece, 0, digit.start())
                or _SCALE_THRESHOLD.match(piece, digit.start())
                or any(r.start() < digit.start() < r.end() for r in _SCORE_RANGE_NAME.finditer(piece))
            ):
                piece = piece[: digit.start()]
                break
        ending = _LABEL_ENDING.search(piece)
        if _VERB_BEFORE_LABEL.search(piece, 0, ending.start() if ending else len(piece)):
            continue  # "Treatment resulted in an absolute risk reduction of 12 per 1000": what it is of is after it
        lowered = piece.lower()
        if any(h in lowered for h in g.SUBGROUP_HINTS.words) and (sub := g.SUBGROUP.search(lowered)):
            piece = piece[: sub.start()] if len(lowered) == len(piece) else piece  # the words before the subgroup
        piece = _TRAILING_FUNCTION_WORDS.sub("", " " + " ".join(piece.split()).rstrip(" -\u2212")).strip(" ,;-\u2212")
        if piece.count('"') % 2 or piece.count("“") != piece.count("”"):
            piece = piece.strip(' "“”')  # a quotation's mark without its pair: '"This is a 51 percent ...'
        piece = _THERE_WAS.sub("", _SHOWED.sub("", piece))  # "Multivariate analysis showed X (OR ...": X
        if _UNIT_ONLY.fullmatch(piece):
            continue  # "5.2 (3.1) days vs 6.0 (3.8) days (mean difference ...": the values' unit
        if _RISK_OF_NOTHING.search(piece) or _RISK_OF_NOTHING.search(_VERSUS_TAIL.sub("", piece)):
            continue  # "Each additional year of X was associated with a 3% higher risk (HR": the exposure, not what
        bare = _LABEL_QUALIFIER.sub("", _ARTICLE.sub("", piece.strip(" [](),=:")))  # "adjusted HR [aHR] ="
        if _ANY_LABEL.fullmatch(bare) and not _MEASURED_QUANTITY.fullmatch(bare):
            continue  # "(adjusted odds ratio [aOR], 0.62": a label, not an outcome
        label_of = _LABEL_OF.match(bare)
        if (
            label_of
            and (_ANY_LABEL.fullmatch(label_of.group("label")) or _ANY_LABEL.fullmatch(label_of.group(0).strip()))
            and not _MEASURED_QUANTITY.fullmatch(label_of.group("label"))
        ):
            piece = bare[label_of.end() :]  # "The weighted mean difference in medication days: -1.4 ...": its object
        piece = _AS_WAS.sub("", piece)  # "..., as was Y (OR 1.58 ...)"
        if _PREDICATE_FIRST.match(piece):
            continue  # "a good outcome (mRS 0-2) was achieved by 318 ...": the subject is before the bracket
        if then := _ARM_THEN_VERB.match(piece):  # "... 35.6% in the control group had quit smoking (aOR ...)"
            piece = then.group("what")
        if _ELLIPTIC.search(piece) or _NOT_WHEN.match(piece):
            continue  # "..., whereas past users did not (HR ...)": what the clause before names
        if _ARM_PHRASE.fullmatch(piece) or (
            (arm := _FOR_ARM.fullmatch(piece)) and g.CONTROL_ARM.fullmatch(arm.group("arm"))
        ):
            continue  # "... in the placebo group (HR ...": the arm of the value before, not an outcome
        if _WHERE_NOT_WHAT.fullmatch(piece) or _FOLLOW_UP.match(piece):
            continue  # "In the ABC trial, 0.8 percent ...": where, not what
        if g.TIMEPOINT.fullmatch(piece.lower()):
            continue  # "At week 52, 62% ...": when, not what
        if most_common := _MOST_COMMON.match(piece):  # "the most common were neutropenia (22% vs 18%)"
            piece = most_common.group("what")
        if respect := _WITH_RESPECT_TO.search(piece):  # "noninferior to Y with respect to major bleeding (": that
            piece = respect.group("what")
        elif risk_of := _RISK_OF.search(piece):  # "associated with a lower risk of dementia (HR ...": dementia
            piece = _subject(risk_of.group("what"))  # "The odds of remission were higher with A (aOR ...": remission
        elif risk_of := _ADJECTIVE_RISK.search(piece):  # "had a lower fracture risk than non-users (aHR": fracture
            piece = risk_of.group("what")
        elif likely := _LIKELY_TO.search(piece):  # "were twice as likely as those on placebo to have a response"
            piece = likely.group("what")
        elif associated := _ASSOCIATED_WITH.search(piece):  # "Exposure was associated with the outcome (OR ...)"
            piece = associated.group("what")
        elif affects := _AFFECTS.search(piece):  # "X probably reduces the length of stay (MD ...)": what it affects
            piece = affects.group("what") or affects.group("what2") or affects.group("what3")
        elif share := _SHARE_WITH.match(piece):  # "A lower proportion of patients in the X group had delirium ("
            piece = _subject(share.group("what"))
        elif stronger := _STRONGER_FOR.search(piece):  # "The association was stronger for Alzheimer disease ("
            piece = stronger.group("what")
        elif between := _ASSOCIATION_BETWEEN.search(piece):  # "no association between X use and Y (HR": Y
            piece = between.group("what")
        elif difference_in := _DIFFERENCE_IN.search(piece):  # "power to detect a difference in stroke (HR": stroke
            piece = difference_in.group("what")
        elif had_a := _HAD_A.match(piece):  # "The test had a sensitivity of 91.2% (": sensitivity
            piece = had_a.group("what")
        elif (group_had := _GROUP_HAD.match(piece)) and " " in group_had.group("what").strip():
            piece = group_had.group("what")  # "the observation group had lower VAS scores (": VAS scores
        elif favored := _FAVORED_FOR.search(piece):  # "the scores favoured X for physical role (": that
            piece = favored.group("what")
        elif _TREATMENT_CHANGED.match(piece):  # "Treatment was discontinued because of adverse events in 61 ...":
            pass  # what happened to the treatment is what was counted, not the treatment
        else:
            piece = _subject(piece)  # "Serious adverse events were more common with X": the subject
        piece = _LEADING_OF.sub("", piece)
        if share := _SHARE_WITH.match(piece):  # "The percentage of patients with at least one adverse event"
            piece = share.group("what")
        elif against := _EFFICACY_AGAINST.match(piece):  # "Efficacy against hospitalization was 91.0% (...)"
            piece = against.group("what")
        elif effect_on := _EFFECT_ON.match(piece):  # "There was no clear effect on all-cause mortality (RR": that
            piece = effect_on.group("what")
        if _THREE_LETTERS.search(unopposed := _VERSUS_TAIL.sub("", piece)):
            piece = unopposed  # "lower CVEs compared with VKAs": what, not against what
        if _THREE_LETTERS.search(piece) and not _NOT_AN_OUTCOME.match(piece):
            # "..., respectively, died from any cause (HR ...)"; "The median time to X was": time to X
            return _STATISTIC_FIRST.sub("", _DIED_FIRST.sub("death", piece))[-120:]
    return ""


#: the arms an estimate compares, named after it: "0.63 (95% CI, 0.49 to 0.81) for high dose versus placebo"
_COMPARISON_AFTER = g.Pattern(
    r"(?i)\s*[)\]]?\s*,?\s*(?:for|with|of)\s+(?P<a>[^,;:()\[\]\d]{1,40}?)\s+(?:versus|vs\.?|compared\s+with)\s+"
    r"(?P<b>[^,;:()\[\]\d]{1,40}?)(?=\s*[,;.)\]]|\s+(?:and|was|were)\b|\s*$)"
)


def _add_arms_named_after(ctx: _Context, row: dict[str, Any], end: int) -> None:
    """An estimate's arms, when the vocabulary's trial does not give them and the text names them after
    it: "0.63 (95% CI, 0.49 to 0.81) for high dose versus placebo"."""
    if not row.get("arm1_label") and (compared := _COMPARISON_AFTER.match(ctx.text, end)):
        row.update(arm1_label=_arm_as_written(compared.group("a")), arm2_label=_arm_as_written(compared.group("b")),
                   arm_basis="arms named after the estimate")  # fmt: skip


def _categories_then_outcome(ctx: _Context, row: dict[str, Any], end: int) -> None:
    """Without a vocabulary, an estimate of a category in a list that says after it what the
    categories had ("..., weekly users (aOR ...), and occasional users (aOR ...) had higher odds of
    wheezing"): the words before its bracket are its subgroup, what they had its outcome."""
    if row["subgroup_basis"] != "no subgroup named" or row["outcome"] == "unspecified":
        return
    rest = ctx.text[end : ctx.lay.sentence(end).end]
    if had := _HAD_ODDS_OF.match(rest):
        row.update(subgroup=row["outcome"], subgroup_basis="as written", outcome=" ".join(had.group("what").split()))
    elif (factors := _FACTORS_FOR.match(rest)) and not row["arm1_label"]:
        # "age (OR ...), diabetes (OR ...) and smoking (OR ...) were independent risk factors for delirium": each
        # item is the exposure its ratio compares (with its absence), the list's object the outcome
        row.update(arm1_label=row["outcome"], arm_basis="the exposure named before its estimate",
                   outcome=" ".join(factors.group("what").split()))  # fmt: skip


#: a bracket that holds an estimate, closed: "(RR 0.72; 95% CI 0.64-0.81)"
_ESTIMATE_BRACKET = g.Pattern(r"\s*[(\[][^()\[\]]*?\b(?:CI|HR|OR|RR|IRR|ratio)\b[^()\[\]]*?\d[^()]*?[)\]]")
#: a sentence that refers back to what the one before was about: "The association was similar in men (RR ...)",
#: "each additional cup was associated with a 6% lower risk (RR ...)"
_REFERS_BACK = g.Pattern(
    r"(?i)\b(?:the|this|these|that|such|a\s+similar|similar)\s+(?:associations?|effects?|benefits?|reductions?|"
    r"relationships?|findings?|results?|patterns?)\b|\b(?:lower|higher|increased|decreased|reduced|greater)\s+risk\b"
    r"(?!\s+(?:of|for)\b)"
    r"|^\s*the\s+(?:risk|odds|hazard)\s+(?:was|were|is|remained)\b"  # "The risk was highest with ... (aHR ..."
    r"|\bthe\s+corresponding\s+(?:[a-z]+\s+)?(?:HRs?|ORs?|RRs?|IRRs?|(?:hazard|odds|risk|rate)\s+ratios?|estimates?)\b"
)
#: a sentence that says the results of the one right before it held: "Effects were consistent among patients
#: with diabetes (HR ...)", "In the per-protocol population, results were similar (HR ...)", "Results in the
#: intention-to-treat population were similar (86.2% and 87.4%; ..."
_SIMILAR_RESULTS = g.Pattern(
    r"(?i)\b(?:effects?|results?|findings?|estimates?|associations?)(?:\s+(?:in|among|for)\s+[^,;()]{1,60}?)?"
    r"\s+(?:were|was|remained)\s+(?:consistent|similar)\b"
)
_SENTENCE_END = g.Pattern(r"[.!?]\s")
_PARAGRAPH_BREAK = g.Pattern(r"\n[ \t]*\n")


#: what may stand between arms' values and the estimate that compares them: "... in the placebo group
#: (vaccine efficacy, 82.6%; ...", "... 17.0% (HR"
_VALUES_THEN_ESTIMATE = g.Pattern(r"[^\d.;:]{0,40}")


#: a value of a list right before another: "81.3%, " of "81.3%, 96.2% and 90.4%"
_VALUE_BEFORE = g.Pattern(r"\d\s*%\s*,\s*$")
#: the subject of a list of values, from its sentence's start to its verb: "RFS, CSS and OS rates at 5
#: years were " (a run-in heading before it left out)
_VALUES_SUBJECT = g.Pattern(
    r"(?i)\s*(?:(?:results?|findings?|conclusions?)\s*:?\s+)?(?P<what>[^;:]{3,200}?)\s+(?:were|was)\s+"
)
#: a clause's subject, up to its verb: "Nausea, rash and headache were reported in"
_SUBJECT_BEFORE_VERB = g.Pattern(r"(?i)\s*(?P<what>[^;:]{3,200}?)\s+(?:was|were|occurred|developed|happened)\b")
#: the values of a clause before, up to the next one's subject: "38.2%, 41.9% and 13.1%, and "
_VALUES_BEFORE = g.Pattern(r"(?i)\d\s*%?\)?\s*[,;]\s+(?:(?:and|but|while|whereas)\s+)?")
#: time points listed before one outcome: "1-, 3-, and 5-year overall survival rates"
_TIME_POINT_LIST = g.Pattern(
    r"(?i)(?:the\s+)?(?P<numbers>\d+-?(?:\s*,\s*\d+-?)*\s*,?\s*(?:and|or)\s+\d+)-(?P<unit>year|month|week|day)s?\s+"
    r"(?P<what>.+)"
)
#: the noun a list's items share at its end, not part of the last item: "... and OS rates"
_LIST_NOUN_TAIL = g.Pattern(r"(?i)\s+(?:rates?|values?|proportions?|percentages?|probabilities|estimates?)$")
#: a time point at the end of a list's subject: "... rates at 5 years"
_WHEN_AT_END = g.Pattern(r"(?i)\s+(?:at|after|by|within|over)\s+\d{1,3}\s+(?:days?|weeks?|months?|years?)$")


def _list_subject(ctx: _Context, start: int) -> str | None:
    """The words of the subject that lists what the values at ``start`` are, from its sentence's start to
    its verb ("RFS, CSS and OS rates at 5 years were "), without its abbreviations in brackets or the
    statistic before it ("Median"); None when the sentence has no such subject."""
    subject = _VALUES_SUBJECT.fullmatch(ctx.text, ctx.lay.sentence(start).start, start)
    if subject is None:
        return None
    words = " ".join(_CLOSED_BRACKET.sub(" ", subject.group("what")).split())
    return re.sub(r"(?i)^(?:the\s+)?(?:median|mean|average)\s+", "", words)


def _list_items(text: str) -> list[str]:
    """The items of a list as written, each whole: what the last item shares with ranks before it ("the
    lowest, middle and highest tertiles of dose"), what "with and without" share ("patients with and
    without diabetes"), an analysis's noun ("the ITT and per-protocol populations"), a unit ("6 and 12
    months") and a numbered noun ("models 1 and 2") said for each."""
    items = [re.sub(r"(?i)^the\s+", "", " ".join(i.split())) for i in _NAMES_SPLIT.split(text) if i.strip()]
    if not items:
        return items
    shared = _RANKED_TAIL.fullmatch(items[-1]) if len(items) > 1 else None
    if shared and all(_RANK_WORD.fullmatch(i) for i in items[:-1]):  # (each one a quantile: "highest tertile of")
        tail = re.sub(r"(?i)^(tert|quart|quint|dec)iles\b", r"\1ile", shared.group("tail"))
        items = [f"{i} {tail}" for i in items[:-1]] + [f"{shared.group('rank')} {tail}"]
    head = re.fullmatch(r"(?i)(?P<head>.*?\b)with(?:out)?", items[0]) if len(items) == 2 else None
    if head and (contrary := re.match(r"(?i)with(?:out)?\s+(?P<what>.+)", items[1])):
        items = [f"{items[0]} {contrary.group('what')}", f"{head.group('head')}{items[1]}"]
    population = _POPULATION_TAIL.fullmatch(items[-1]) if len(items) > 1 else None
    if population and all(re.fullmatch(r"[\w-]+", i) for i in items[:-1]):  # "the ITT and per-protocol populations"
        noun = {"analyses": "analysis"}.get(population.group("noun"), population.group("noun").removesuffix("s"))
        items = [f"{i} {noun}" for i in items[:-1]] + [f"{population.group('word')} {noun}"]
    unit = re.fullmatch(r"(?P<n>[\d.]+)\s+(?P<unit>[a-z][\w ]*)", items[-1])
    if unit and all(re.fullmatch(r"[\d.]+", i) for i in items[:-1]):  # "6 and 12 months": each in months
        items = [f"{i} {unit.group('unit')}" for i in items[:-1]] + items[-1:]
    numbered = re.fullmatch(r"(?P<noun>[a-z]+)s\s+(?P<n>\d+)", items[0])
    if numbered and all(re.fullmatch(r"\d+", i) for i in items[1:]):  # "models 1 and 2": model 1, model 2
        items = [f"{numbered.group('noun')} {i}" for i in (numbered.group("n"), *items[1:])]
    return items


#: the last item of a list of analyses, its noun shared: "per-protocol populations" of "the intention-to-treat and
#: per-protocol populations"
_POPULATION_TAIL = g.Pattern(r"(?i)(?P<word>[\w-]+)\s+(?P<noun>populations|analyses|sets|cohorts|samples)")
#: a ranked category's noun after its rank: "highest tertiles of cumulative dose" -> "tertiles of cumulative dose"
_RANKED_TAIL = g.Pattern(rf"(?P<rank>{_RANK_WORD.pattern})\s+(?P<tail>.+)")


def _outcome_of_values_before(results: list[dict[str, Any]], text: str) -> None:
    """An estimate that names no outcome, right after the arms' values it compares in its sentence, is
    about their outcome: "7 cases of X occurred in the vaccine group and 40 in the placebo group
    (vaccine efficacy, 82.6%; ...)". ``results`` are in the order of the text (offsets into ``text``)."""
    values = None  # the last row of arms' values
    for row in results:
        if row.get("arm1_value") is not None:
            values = row
        elif (
            row["outcome"] == "unspecified"
            and row.get("estimate") is not None
            and row["measure"] not in ("count", "percent", "mean", "median", "value")
            and values is not None
            and values["outcome"] not in ("unspecified", "enrollment")
            and values["context_start"] == row["context_start"]
            and values["end"] <= row["start"]
            and _VALUES_THEN_ESTIMATE.fullmatch(text, values["end"], row["start"])
        ):
            row["outcome"] = values["outcome"]


def _outcomes_referred_back(results: list[dict[str, Any]], text: str) -> None:
    """Without a vocabulary, a result whose sentence names no outcome but refers back to one ("The
    association was similar in men (RR ...)") is about the outcome of the sentence before it in the
    same paragraph: a ratio refers back to the ratios of the last sentence that had some, when they
    are about one outcome (of two, which is meant is not said). A sentence that only says results
    were similar ("Results were similar in women (HR ...)"), or names a subgroup and no outcome ("In patients
    with diabetes, the HR was ..."), refers to the sentence right before it.
    ``results`` are in the order of the text (offsets into ``text``)."""
    sentence_start, end, outcomes = -1, 0, set()  # the last sentence with ratios of an outcome
    referring = -1  # the last sentence that referred back to it
    for row in results:
        if row["measure"] not in g.RATIO_MEASURES:
            continue
        if row["outcome"] == "unspecified" and len(outcomes) == 1 and row["context_start"] == referring:
            row["outcome"] = next(iter(outcomes))  # the sentence's second ratio: "... and without X (HR ...)"
            continue
        if row["outcome"] == "unspecified" and len(outcomes) == 1 and row["context_start"] != sentence_start:
            head = text[row["context_start"] : row["start"]]
            right_before = len(_SENTENCE_END.findall(text, end, row["context_start"])) <= 1
            # (or names a subgroup only, right after: "In the subgroup with X (n=412), the HR was 0.57 (...)")
            of_a_subgroup = right_before and row["subgroup_basis"] == "as written"
            if (
                _REFERS_BACK.search(head) or (right_before and _SIMILAR_RESULTS.search(head)) or of_a_subgroup
            ) and not (_PARAGRAPH_BREAK.search(text, end, row["start"])):
                row["outcome"] = next(iter(outcomes))
                referring, end = row["context_start"], row["end"]
                continue
        if row["outcome"] not in ("unspecified", "enrollment"):
            if row["context_start"] != sentence_start:
                sentence_start, outcomes = row["context_start"], set()
            outcomes.add(row["outcome"])
            end = row["end"]


#: a line that is a title, not a sentence: "Prehospital tranexamic acid in trauma: the PATCH-2 randomized trial"
_TITLE_LINE = g.Pattern(r"[A-Z][^\n]{0,300}(?<![.!?)\]])")
#: the words of a sentence that compares arms: "..., compared with 3.2% for those who got placebo shots"
_COMPARES_ARMS = g.Pattern(
    r"(?i)\b(?:vs\.?|versus|compared\s+(?:with|to)|than|ratio|difference|respectively|efficacy)\b"
)
#: a decrease in words right before the values it is of: "fell by", "was reduced by a mean of"
_FELL_BY = g.Pattern(
    r"(?i)\b(?:fell|decreased|declined|dropped|(?:was|were)\s+(?:reduced|lowered|decreased|lower))\s+by\s+"
    r"(?:(?:a\s+)?(?:geometric\s+)?(?:mean|median|average)\s+(?:of\s+)?|an\s+average\s+of\s+)?$"
)
_FALLING = {"decreased", "fell", "declined", "dropped"}
#: a scale's response threshold in an outcome's name: "a PASI 90 response" (:data:`grammar.SCALE_THRESHOLD`)
_SCALE_THRESHOLD = g.Pattern(g.SCALE_THRESHOLD)
#: what an estimate was adjusted for, before it: "After adjustment for age, sex and other conditions, the"
_ADJUSTED_FOR_LEAD = g.Pattern(
    r"(?i)^\s*(?:after|with|on)\s+(?:multivariable\s+|multivariate\s+|further\s+)?adjustment\s+for\s+[^;:()]*?,\s+"
    r"(?=(?:the|a|an|this|its)\b)"
)
#: an arm after its value's bracket: "-11.9 (SE, 1.1) for placebo (LS mean difference"
_FOR_ARM = g.Pattern(r"(?i)(?:for|with|in|on)\s+(?:the\s+)?(?P<arm>.+?)(?:\s+(?:group|arm))?")
#: a percentage listed right before another: "58.0% and " of "58.0% and 3.2% of patients"
_VALUE_LISTED_BEFORE = g.Pattern(r"\d\s*(?:%|percent)\s*(?:,|and|or|vs\.?|versus)\s*$")
#: a P alone in a bracket: "(P=0.007)"
_P_IN_BRACKET = g.Pattern(rf"\s*\(\s*{g.P_VALUE}\s*\)")
#: an interval named as a confidence or credible interval
_CI_NAMED = g.Pattern(r"(?i)\bC[Rr]?I\b|confiden|credible")
#: what a difference is in, at the end of a clause: "no difference in mortality", "to detect a difference in stroke"
_DIFFERENCE_IN = g.Pattern(r"(?i)\bdifferences?\s+in\s+(?:the\s+)?(?P<what>[^,;]{3,})$")
#: an association between an exposure and what it is of: "no association between drug use and fracture"
_ASSOCIATION_BETWEEN = g.Pattern(r"(?i)\bassociations?\s+between\s+[^,;]{2,80}?\s+and\s+(?P<what>[^,;]{3,})$")
#: a measured property of what the subject names: "The test had a sensitivity of 91.2%"
_HAD_A = g.Pattern(
    r"(?i)(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:had|showed|yielded)\s+an?\s+"
    r"(?P<what>(?:sensitivity|specificity|accuracy|(?:positive|negative)\s+predictive\s+value|area\s+under\s+the\s+curve|AUC)\b.*)"
)
#: an arm's group and what it had more or less of: "the observation group had lower VAS scores"
_GROUP_HAD = g.Pattern(
    r"(?i)(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:group|arm)\s+(?:had|showed|exhibited|achieved|reported)\s+"
    r"(?:(?:significantly|markedly|slightly)\s+)?(?:(?:lower|higher|better|worse|greater|smaller|shorter|longer|more|less|fewer)\s+)?"
    r"(?P<what>[^,;]{3,})"
)
#: the comparator named first, then the arm compared with it, as many clinical journals write it: "Compared with
#: the control group, the observation group had ..."
_COMPARED_WITH_LEAD = g.Pattern(
    r"(?i)\s*(?:as\s+)?compared\s+(?:with|to)\s+(?:the\s+)?(?P<second>[\w-]+(?:\s+[\w-]+)?\s+(?:group|arm)),\s+"
    r"(?:the\s+)?(?P<first>[\w-]+(?:\s+[\w-]+)?\s+(?:group|arm))\s+(?:had|showed|was|were|exhibited|achieved)\b"
)
#: what a comparison favoured an arm on: "the scores favoured X for physical role"
_FAVORED_FOR = g.Pattern(r"(?i)\bfavou?red\s+[^,;]{1,40}?\s+(?:for|in|on)\s+(?P<what>[^,;]{3,})$")
#: a clause that says what happened to the treatment: "Treatment was discontinued because of adverse events"
_TREATMENT_CHANGED = g.Pattern(
    r"(?i)(?:the\s+)?(?:study\s+|trial\s+)?(?:treatment|therapy|drug|medication|dosing|dose)s?\s+(?:was|were|had\s+to\s+be)\s+"
    r"(?:permanently\s+|temporarily\s+)?(?:discontinued|stopped|interrupted|withdrawn|reduced|delayed|modified|held)\b"
)


def _subject(clause: str) -> str:
    """The subject of a clause, before its predicate ("Serious adverse events were more common
    with X" -> "Serious adverse events"); the clause when it has none."""
    predicate = _PREDICATE_AFTER_SUBJECT.search(clause)
    if predicate and _SUBJECT.fullmatch(clause, 0, predicate.start()):
        return clause[: predicate.start()]
    return clause


# (and a dash: "BOSTON, Jan. 14 -- Participants"; and a full stop after a value, before a sentence the splitter
# left joined as it starts in lower case: "ORR was 38.4% vs 11.8%. mOS was 12.1 vs 10.8 mo")
_CLAUSE_PIECES = g.Pattern(r"[;:()\[\]]|,\s|\s(?:--|—)\s|(?<=[\d%)\];])\.\s|\.\s+(?=[a-z]{1,2}[A-Z])")
#: a news wire's dateline before its first sentence: "LONDON, 3 March - ", "NEW YORK (Reuters) — ",
#: "BOSTON, Jan. 5 -- "
_DATELINE = g.Pattern(
    r"\s*[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+){0,3}(?:\s*\([^()]{1,40}\))?\s*,?\s*"
    r"(?:(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?\s*)?(?:-{1,2}|–|—)\s+"
)
#: a structured abstract's heading run into its first sentence: "Findings The primary outcome ..."
_RUN_IN_HEADING = g.Pattern(
    r"^\s*(?:Background|Methods|Findings|Results|Interpretation|Conclusions?|Objectives?)\s+(?=[A-Z])"
)
#: (not the odds ratio's label: "OR per 5 percent decrease 1.13"; "both X and Y": X)
_LEADING_CONJUNCTION = g.Pattern(
    # (and what a clause denies, "..., but not all-cause mortality (RR ...)": all-cause mortality)
    r"^[\s•\u2022\u25aa*\-–]*(?:(?:(?i:and|but|whereas|while|both|either|though|although)|[Oo]r)\s+)?"
    r"(?:(?<=(?i:but)\s)(?i:not)\s+(?!(?i:with|in|among|for)\b))?"
)
#: "risk of X", "odds of X" at the end of a clause: X is what the estimate is about
_RISK_NOUNS = r"(?:risks?|odds|hazards?|incidence|likelihood|rates?)"
_RISK_WORDS = rf"\b{_RISK_NOUNS}\s+(?:of|for)\s+"
_RISK_OF = g.Pattern(rf"(?i){_RISK_WORDS}(?P<what>[^,;]{{3,}}?)\s*$")
#: the rest of a list after an item's estimate: its own bracket closed, then only the list's other items, each
#: with its bracket
_REST_OF_LIST = r"(?i)^\s*[)\]]?(?:\s*,?\s*(?:and\s+)?[^,;:.()\[\]\d]{1,40}?\s*\((?:[^()]|\([^()]*\))*\))*\s*,?\s*"
#: what a list of categories, each with its estimate, had after the list: "Compared with nonusers, daily users (aOR,
#: 2.41; ...), weekly users (aOR, 1.62; ...), and occasional users (aOR, 1.18; ...) had higher odds of wheezing"
_HAD_ODDS_OF = g.Pattern(
    _REST_OF_LIST
    + r"(?:had|have|has|showed|were\s+at)\s+(?:an?\s+)?(?:significantly\s+|statistically\s+significant\s+)?"
    rf"(?:higher|lower|increased|decreased|greater|reduced|elevated)\s+{_RISK_NOUNS}\s+"
    r"(?:of|for)\s+(?P<what>[^,;:.()\[\]]{3,60}?)\s*(?=[,;.()\[\]]|$)"
)
#: what a list of exposures, each with its estimate, were factors or predictors of: "..., diabetes (OR ...) and
#: smoking (OR ...) were independent risk factors for postoperative delirium"
_FACTORS_FOR = g.Pattern(
    _REST_OF_LIST + r"(?:were|was|are|is)\s+(?:all\s+)?(?:(?:independent|significant|important|strong)\s+)*"
    r"(?:(?:risk|protective|prognostic)\s+factors?|predictors?|determinants?)\s+(?:for|of)\s+(?:the\s+)?"
    r"(?P<what>[^,;:.()\[\]]{3,60}?)\s*(?=[,;.()\[\]]|\s+(?:in|among)\b|$)"
)
#: "the risk of kidney failure, a decline in eGFR of at least 50%, or renal death", "the composite of
#: stroke, myocardial infarction, or death": a composite
_RISK_OF_LIST = g.Pattern(
    rf"(?i)(?:{_RISK_WORDS}(?:the\s+)?|\bthe\s+(?=composite\b))"
    r"(?P<what>[^;:\[\]()]*?,[^;:\[\]()]*?\b(?:and|or)\s+[^,;:\[\]()]{3,}?)[\s(\[]*$"
)
#: the comparator after an outcome: "... compared with placebo", "versus usual care"
#: a list of events that is its sentence's subject, before the verb of their occurring: "Heart attacks,
#: strokes or heart-related deaths occurred in 6.5% ...", right before the value (not a lead of where or
#: when: "In the X group, ...")
_SUBJECT_LIST = g.Pattern(
    r"^\s*(?P<what>(?!(?i:in|among|at|by|during|after|over|for|of|with|from|to|on|through|until|within|before"
    r"|overall|however|also|moreover)\b)"
    r"[A-Za-z][\w'-]*(?:\s[\w'-]+){0,5}(?:,\s*[\w'-]+(?:\s[\w'-]+){0,5})+,?\s+(?:or|and)\s+[\w'-]+(?:\s[\w'-]+){0,5}?)"
    r"\s+(?:occurred|were\s+(?:reported|observed|seen|recorded)|developed|happened)(?:\s+(?:in|among))?\s*$"
)
_VERSUS_TAIL = g.Pattern(
    r"(?i)\s+(?:(?:as\s+)?compared\s+(?:with|to)|versus|vs\.?|relative\s+to)\s+[^,;]{1,60}$"
    # (or the two arms: "a lower rate of X in the intensive group than in the standard group")
    r"|\s+(?:in|with|among)\s+(?:the\s+)?[^,;]{1,40}?\s+than\s+(?:(?:in|with|among)\s+)?[^,;]{1,60}$"
    # (or the comparator alone: "a higher risk of X than non-users")
    r"|\s+than\s+(?:(?:in|with|among)\s+)?(?:the\s+)?[^,;]{1,40}$"
)
_ASSOCIATED_WITH = g.Pattern(
    r"(?i)\b(?:associated|associations?)\s+with\s+(?:(?:an?|the)\s+)?"
    r"(?:(?:higher|lower|increased|decreased|reduced|greater)\s+)?"
    r"(?P<what>[^,;]{3,}?)(?:\s+(?:were|was)\s+(?:observed|found|seen)\b.*)?\s*$"
)
#: a table row or column of means or medians with their spread: "mean (SD)", "median (IQR)", "mean ± SD"
#: ("Median days alive (IQR)"; without the word, an SD or SE goes with a mean, quartiles or a range with a median)
_SPREAD_IN_HEADING = g.Pattern(
    r"(?i)(?:\b(?P<central>mean|median)\b[^|\t()]{0,80}?)?(?:\(\s*(?P<spread>SD|SE|IQR|range)\s*\)|±\s*(?P<pm>SD))"
)
_VACCINE = g.Pattern(r"(?i)\bvaccin|\b(?:shots?|jabs?|immuni[sz]ation)\b")
#: the people of the first arm, named before its value: "Patients on the drug lived a median of 14.3 months"
_PEOPLE_ON = g.Pattern(rf"(?i)\b{_PEOPLE_WHO_RECEIVED}\s+{_THEY_HAD}")
#: the verb that says what the people counted did, after them: "... in the placebo group died"
_DIED = g.Pattern(r"\s+died\b")
#: the first arm, named right before the bracket of its value: "was lower in the X group (27 of 381 [7.1%])
#: than in the placebo group (...)"
_ARM_BEFORE_BRACKET = g.Pattern(
    # (the last "in": "occurred in fewer patients in the X group (9.8%) than ...": the X group)
    r"(?i)\b(?P<arm>(?:in|with|among|on)\s+(?:the\s+)?(?:(?!\b(?:in|with|among|on)\s)[^,;()\d]){1,40}?)\s*$"
)
#: the first arm, named before its value at the head of the sentence: "Among X recipients, 14.2% ...", "In
#: the X group, ...", "Among patients receiving X, ..."
_LEAD_ARM = g.Pattern(
    rf"\s*(?:(?P<arm>(?i:among|in)\s+(?:(?:the\s+)?[^,;()\d]{{2,40}}?(?:{g.ARM_PEOPLE}|\s+(?i:group|arm))"
    rf"|(?i:patients|participants|those|people|adults|children|babies|infants|women|men)\s+"
    rf"(?:(?i:{_RECEIVING})|{g.WHO_GOT_ARM})\s+[^,;()\d]{{2,40}}?))"
    # news's arm and its size: "Of the 1,500 people who got the pill, 12 ended up in the hospital, compared with"
    rf"|(?i:of)\s+(?:(?i:the)\s+)?(?P<size>\d[\d,]*)\s+(?i:patients|participants|people|adults|those)\s+"
    rf"{g.WHO_GOT_ARM}\s+(?P<got>[^,;()\d]{{2,40}}?))\s*,"
)
#: the arm the people of a count received, after them: "Of the 389 patients who got the pill, ...", "385
#: patients given a placebo" (its size; "patients assigned to X or placebo" are both arms')
_ONE_ARMS_PEOPLE = g.Pattern(
    rf"\s+(?:{g.WHO_GOT_ARM}|(?i:{_RECEIVING}))\s+(?P<arm>[^,;:()\d]{{2,40}}?)"
    r"(?=\s*[,;:.)]|\s+(?i:were|was|had|did|within|for|and|who)\b)"
)
#: the arm named right before its size: "assigned to drug X 5 mg (n=470), 10 mg (n=469), or to placebo (n=469)",
#: "(denervation, n=154; sham, n=152)"
_ARM_BEFORE_ITS_N = g.Pattern(
    r"(?:[(;,]\s*|\b(?:to|or|and|versus|vs\.?)\s+)(?:(?:to|or)\s+){0,2}(?P<arm>[\w][\w+\-.]*(?:\s+[\w+\-.]+){0,4}?)"
    r"(?:\s*[(,]\s*|\s+)$"  # (or only a space: "(zelbatinib n=211, docetaxel n=211)")
)
#: a value and "vs" right before a pair: "52 vs. " of "52 vs. 41 vs. 36 mm"
_VERSUS_BEFORE = g.Pattern(r"\d\s*%?\s*(?:vs\.?|versus)\s*$", re.IGNORECASE)
#: a third value right after a pair: " and 11.9%" of "21.4 vs. 8.8% and 11.9%", " vs 17.9%" of "10.2% vs 12.4% vs
#: 17.9% of patients"
_THIRD_VALUE_AFTER = g.Pattern(
    r"\s*(?:(?:vs\.?|versus)\s+[-−]?\d|(?:,|and)\s+\d[\d.]*\s*%?(?=\s*[,;)]|\s+(?:and|vs)))", re.IGNORECASE
)
#: an arm's size before the arms of a pair of sizes, in the same list: "(n=100), "
_SIZE_LISTED_BEFORE = g.Pattern(r"\(\s*[nN]\s*=\s*\d[\d,]*\s*\)\s*,\s*(?:[^()]{1,40}?\s*)?$")
_RANDOMIZED_BEFORE = g.Pattern(r"(?i)\b(?:randomi[sz]ed|randomly|assigned|allocated|randomi[sz]ation)\b")
#: what names the people, not an arm: "the patients (n=1,033)", "in total (n = 506)"
_NOT_AN_ARM = g.Pattern(
    rf"(?i)\b(?:{g.PEOPLE_NOUNS}|those|total|overall|all|were|was|randomi[sz]ed|enrolled|included|analy[sz]ed)\b"
)
#: an arm named by its people: "vaccine recipients", "placebo-treated patients"
_ARM_PEOPLE_END = g.Pattern(rf"{g.ARM_PEOPLE}\s*$")
#: the events an arm's values count, named first in its words: "were reported in the X group"
_OCCURRED_FIRST = g.Pattern(rf"\s*(?i:{g.OCCURRED})\b")
#: the verbs that say what the people of the arms had, after them
_THEY_HAD_AFTER = rf"(?:{g.PEOPLE_HAD})"
#: what the people of the arms had or did, after them: "... and 35.6% in the control group had quit smoking"
_THEY_DID_AFTER = g.Pattern(
    # (after a comma too, when the comparison was set off by commas: "12 percent of patients on the drug,
    # compared with 19 percent on placebo, had a heart attack")
    rf"(?i)\s*,?\s+{_THEY_HAD_AFTER}\s+(?:an?\s+|the\s+)?(?P<what>[^,;()\d]{{3,60}}?)(?=\s*[,;(.]|\s*$)"
)
#: what the people of a percentage were, right after them: "41.2% of the patients were women"
_PEOPLE_WERE = g.Pattern(
    r"(?i)\s+(?:were|was)\s+(?!(?:given|assigned|randomi[sz]ed|treated|enrolled|included|allocated|followed)\b)"
    r"(?P<what>[^,;()\d]{3,60}?)(?=\s*[,;.()]|\s+(?:and|at|by|in|within|during|after)\b|\s*$)"
)
#: what the people of a "respectively" list did, right after it: "270 patients (11.5%) and 322 patients
#: (13.6%), respectively, died from any cause (hazard ratio ...)"
_RESPECTIVELY_THEN = g.Pattern(rf"(?i)\s*,\s*(?P<what>(?:{g.PEOPLE_DID})\b[^;:()\d]{{0,80}}?)(?=\s*[;:(.,]|\s*$)")
#: "died from any cause" as an outcome: "death from any cause"
_DIED_FIRST = g.Pattern(r"(?i)^died\b")
#: the statistic and time point before what they summarise: "The median time to clinical stability" is about time
#: to clinical stability, "The estimated 2-year overall survival" about overall survival
_STATISTIC_FIRST = g.Pattern(
    r"(?i)^(?:the\s+)?(?:(?:estimated|median|\d+[- ](?:day|week|month|year)|kaplan[-\s]meier\s+estimates?\s+of)\s+)+"
    r"(?=[a-z])"
)
#: an arm and what its people had, a clause after the arms' values: "in the control group had quit smoking"
_ARM_THEN_VERB = g.Pattern(
    r"(?i)^\s*(?:(?:of\s+)?(?:the\s+)?(?:patients|participants|those)\s+)?(?:in|among|of)\s+the\s+[^,;]{1,40}?\s+(?:group|arm)s?"
    rf"\s+(?:{_THEY_HAD_AFTER}|were|was)\s+(?:an?\s+|the\s+)?(?P<what>.{{3,}})$"
)
#: what a comparison was made on: "noninferior to Y with respect to major bleeding (difference ...)"
_WITH_RESPECT_TO = g.Pattern(
    r"(?i)\b(?:with\s+respect\s+to|in\s+terms\s+of|with\s+regard\s+to)\s+(?:the\s+)?(?P<what>[^,;]{3,}?)\s*$"
)
#: a change the people of an arm went through, and what in: "lost an average of 9.4% of their body weight"
_LOST_OR_GAINED = g.Pattern(r"(?i)\b(lost|gained)(?:\s+(?:an?\s+)?(?:average|mean|median))?(?:\s+of)?$")
_OF_THEIR = g.Pattern(
    r"(?i)\s*(?:%|percent|per\s+cent)\s+of\s+(?:their|the)\s+(?P<what>[a-z][a-z -]{2,30}?)"
    r"(?=\s*[,;.]|\s+(?:compared|versus|vs|on|with|in|after|over|at)\b)"
)
_DIED_AT_END = g.Pattern(r"\bdied\s*$")
#: a relative change and what it is in, at the end of a clause: "a 9% reduction in infection burden"
_PERCENT_CHANGE_IN = g.Pattern(
    r"(?i)(?:\b\d+(?:\.\d+)?\s*(?:%|percent)\s+|\b(?:a|an)\s+(?:significant\s+|small\s+|large\s+)?)"
    r"(?:relative\s+)?(?:(?:(?:risk|hazard|odds)\s+)?(?:reduction|increase|decrease|rise|drop|decline)\s+(?:in|of)\s+"
    # "a 34% lower risk of dementia (HR ...)"
    rf"|(?:lower|higher|greater|reduced|increased)\s+{_RISK_WORDS})"
    r"(?:the\s+)?(?P<what>[^,;\d]{3,}?)\s*$"
)
#: what an intervention affects, as GRADE's informative statements say it: "early mobilisation probably
#: reduces the length of stay", "may make little or no difference to mortality", "We are uncertain
#: whether X affects falls"
_AFFECTS = g.Pattern(
    r"(?i)\b(?:probably|may|might|likely|slightly)\s+(?:\w+\s+)?"
    r"(?:reduces?|increases?|improves?|lowers?|makes?\s+little\s+(?:or|to)\s+no\s+difference\s+(?:to|in)|"
    r"results?\s+in\s+little\s+(?:or|to)\s+no\s+difference\s+(?:to|in))"
    r"\s+(?:the\s+)?(?:risk\s+of\s+)?(?P<what>[^,;]{3,}?)\s*$"
    r"|\buncertain\s+whether\s+.{1,60}?\s(?:affects?|reduces?|increases?|improves?)\s+(?:the\s+)?(?P<what2>[^,;]{3,}?)\s*$"
    # a treatment's effect on its object, in the past: "X reduced monthly symptom days (MD ...)", also as reported:
    # "Smith et al. report that X reduced the primary end point (HR ..."
    r"|^\s*(?:[^,;]{0,60}?\b(?:report(?:ed|s)?|found|show(?:ed|s)?|suggest(?:ed|s)?|conclude[ds]?)\s+that\s+)?"
    r"\S+(?:\s+\S+){0,3}?\s+(?:significantly\s+|independently\s+)?"
    r"(?:reduced|lowered|increased|improved|shortened|prolonged|raised|predicted)"
    r"\s+(?!(?:with|in|by|from|to|among|after|over|during|significantly|slightly|markedly)\b)(?:the\s+)?"
    r"(?:(?:risk|rates?|number|incidence|odds|frequency)\s+of\s+)?(?P<what3>[^,;]{3,}?)"
    r"(?:\s+by\s+(?:an?\s+)?(?:average|mean|median)(?:\s+of)?)?\s*$"
)
#: a measure's label and what it is of: "the weighted mean difference in medication days"
_LABEL_OF = g.Pattern(
    r"(?i)^(?:(?:weighted|standardi[sz]ed|adjusted|pooled|estimated)\s+)*(?P<label>.+?)\s+(?:in|for|of)\s+(?=\S)"
)
#: people named as the subject of an estimate, not what it is about: "Smokers had an odds ratio of 2.3 (...) for X"
_PEOPLE_SUBJECT = g.Pattern(
    r"(?i)(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:users|non-users|smokers|drinkers|patients|participants|people|women|men|"
    r"children|adults|subjects|individuals|those|carriers|recipients|survivors|workers)"
)
#: a measure's label at the end of a clause piece, and the verb and article before it: "Treatment resulted in an
#: absolute risk reduction" (the clause's subject is what was compared, not the outcome; what it is of follows)
_LABEL_ENDING = g.Pattern(rf"(?:{_ANY_LABEL.pattern})\s*$")
_VERB_BEFORE_LABEL = g.Pattern(
    r"(?i)\b(?:resulted\s+in|yielded|produced|conferred)\s+(?:an?|the)(?:\s+[a-z-]+){0,2}\s*$"
)
#: a clause piece that starts with its predicate, its subject before a comma: ", was about the same in both groups"
#: (or a relative clause about the piece before: "..., which corresponded to a number needed to treat of 18")
#: (or a verb of change: "Their pain scores, measured on a 100-point scale, fell by 41.7 points")
_PREDICATE_START = g.Pattern(
    r"(?i)^\s*(?:was|were|is|are|remained|did|does|do|which|fell|rose|decreased|increased|declined|dropped|improved)\b"
)
#: a clause piece that is its predicate only, its subject in the piece before: "was achieved (by)"
_PREDICATE_FIRST = g.Pattern(r"(?i)^\s*(?:was|were|is|are|has\s+been|have\s+been)\s+[a-z]+ed\s*$")
#: a clause whose predicate is left out, its outcome the clause's before: "whereas past users did not"
_ELLIPTIC = g.Pattern(r"(?i)(?:^|\s)(?:did|does|do|was|were|is|are|had|has)(?:\s+not|n't)?$")
#: the subject of an elliptic clause: "..., as was Y (OR ...)", "as were Y events"
_AS_WAS = g.Pattern(r"(?i)^\s*(?:as|so)\s+(?:was|were|did|is|are)\s+")
#: a clause that says when not, its outcome the clause's before: "(...) but not at 12 months (-0.2, ..."
_NOT_WHEN = g.Pattern(r"(?i)^\s*(?:but\s+)?not\s+(?:at|by|after|in|during|within|through)\b")
_LEADING_OF = g.Pattern(r"(?i)^(?:(?:but\s+)?not\s+with|of|for|against)\s+")
#: "the most common adverse events were neutropenia": what is named after the verb
_MOST_COMMON = g.Pattern(
    r"(?i)(?:the\s+)?most\s+(?:common|frequent)\b[^,;]{0,60}?\s(?:were|was|included|being)\s+(?P<what>.{3,})$"
)
#: a verb of occurrence before arm values: "Kidney events occurred in 331 participants ..."
#: the two arms a sentence compares, before its values: "differences between the X and placebo arms in ... (5 vs. 2"
_BETWEEN_ARMS = g.Pattern(
    r"(?i)\bbetween\s+(?:the\s+)?(?P<a>[^,;()\d]{1,40}?)\s+and\s+(?:the\s+)?(?P<b>[^,;()\d]{1,40}?)\s+(?:arms|groups)\b"
)
#: how often something happened, its numbers in a bracket right after it: "the frequency of pulmonary embolism (",
#: "... of X (5 vs. 2 patients) or Y ("
_FREQUENCY_OF_BEFORE = g.Pattern(
    r"(?i)\b(?:frequency|incidence|occurrence|rates?|numbers?)\s+of\s+(?:[^;]{3,60}?\)\s*,?\s*(?:or|and)\s+)?"
    # (not a clause: "X was higher ("; nor the people compared with: "relapse than never smokers (")
    r"(?P<what>(?:(?!\b(?:was|were|is|are)\b)[^,;()\d]){3,60}?)(?:\s+than\s+[^,;()\d]{1,40}?)?\s*[(\[]\s*$"
)
_EVENT_VERB = g.Pattern(
    r"(?i)\b(?:occurred|developed|experienced|reported|confirmed|diagnosed|observed|recorded|documented)\s+(?:in\s+)?$"
)
_PREDICATE = g.Pattern(r"(?i)(?:was|were|is|are|had|has|have|did|showed|appeared|remained)\b")
#: how far before a value its outcome is looked for in its sentence (an outcome is at most 120 characters)
_OUTCOME_REACH = 400
_CLOSED_BRACKET = g.Pattern(r"\([^()]*\)|\[[^\[\]]*\]")
#: an abbreviation: one word of two capitals or more ("KCCQ-CSS", "eGFR", "NT-proBNP")
#: (not a spread's or a measure's: "the mean (SD) systolic blood pressure", "the odds ratio (OR) for X")
_ABBREVIATION = g.Pattern(
    rf"(?!(?:SD|SE|SEM|IQR|CI|CrI|{'|'.join(g.MEASURE_ABBREVIATIONS)})$)(?=(?:[^A-Z]*[A-Z]){{2}})[A-Za-z][\w\-–]{{1,14}}"
)
_DIGIT_STARTING_A_NUMBER = g.Pattern(r"(?<![A-Za-z\d])(?<![A-Za-z]-)(?<!\d[.,])\d")
#: the people a study enrolled, named right before their number: "in a trial of 17,600 adults"
#: (or after its studies: "7 trials, 3904 participants")
_STUDY_OF = g.Pattern(
    r"(?i)\b(?:trial|study|cohort|analysis)\s+(?:of|in|that\s+(?:enrolled|included))\s+$"
    r"|\b\d+\s+(?:trials|studies|RCTs)\s*[,;]\s*$"
)
#: what happened to the people counted after it: "(adverse events) occurred in", "was reported in", and a list
#: of counts before theirs: "occurred in 41 and"
_OCCURRED_IN = g.Pattern(
    rf"(?i)\b(?:{g.OCCURRED}|was\s+(?:reported|observed|seen|noted|recorded|diagnosed))\s+in\s+"
    rf"(?P<listed>(?:{g.NUMBER})\s*(?:,\s*|\s(?:and|or)\s+))*$"
)
#: events counted before the verb that says where they were: "A total of 4,210 falls were recorded (in ...)"
_COUNTED_SUBJECT = g.Pattern(r"(?i)(?:^|[,;:]\s*|\btotal\s+of\s+)\d[\d,]*\s+(?:[\w-]+\s+){0,4}$")
#: a rate's denominator after what it counts: "cases per 100,000 doses"
_PER_HOW_MANY = g.Pattern(r"(?i)\s+per\s+\d")
_PER_BEFORE = g.Pattern(r"(?i)\bper\s+$")
#: the people screened for a trial, not enrolled in it: "12 480 patients (were) screened", "assessed for eligibility"
_SCREENED = g.Pattern(r"(?i)\s+(?:were\s+)?(?:screened|assessed\s+for\s+eligibility)\b")
#: a verb of change (a relative change when its unit is a bare percentage): "were reduced by 32%"
_CHANGED = g.Pattern(r"(?i)reduced|increased|decreased")
#: the share of the people who had something: "the percentage of patients with at least one adverse event"
_SHARE_WITH = g.Pattern(
    r"(?i)^(?:the\s+|an?\s+)?(?:(?:significantly|slightly|much|markedly)\s+)?(?:(?:lower|higher|smaller|greater|larger)\s+)?"
    r"(?:percentage|proportion|share|number)\s+of\s+(?:patients|participants|people|subjects)\s+"
    # (the arm between: "a lower proportion of patients in the early group had delirium")
    r"(?:(?:in|on|receiving)\s+(?:the\s+)?[^,;]{1,40}?\s+)?"
    r"(?:with|had|developed|who\s+(?:had|developed|experienced|reported|achieved|reached|were))\s+(?:an?\s+)?(?P<what>.{3,})$"
)
#: what the people compared were more or less likely to have: "twice as likely as those in the placebo
#: group to have a response", "17 percent less likely to develop X than"
_LIKELY_TO = g.Pattern(
    r"(?i)\blikely\b(?:\s+(?:as|than)\s+[^,;]{1,60}?)?\s+to\s+(?:(?:have|develop|experience|get|achieve|reach|"
    r"receive|undergo|need|require|be\s+diagnosed\s+with|be\s+in|die\s+(?:of|from))\s+)?(?:(?:an?|the)\s+)?"
    # (a list: "to have a heart attack, stroke or die of heart disease"; not how long: "over about three years")
    r"(?P<what>[^,;]{3,80}?(?:,\s*[^,;]{2,40}?)*,?\s+(?:or|and)\s+[^,;]{2,60}?|[^,;]{3,80}?)"
    r"(?:\s+(?:over|during|within|after|at)\s+(?:about\s+|nearly\s+|more\s+than\s+)?\S+\s+(?:days?|weeks?|months?|years?))?"
    r"(?:\s+(?:as\s+)?(?:than|compared|versus|vs)\b.*)?$"
)
#: a clause that ends before it names what the risk is of
_RISK_OF_NOTHING = g.Pattern(
    r"(?i)\b(?:(?:was|were|is|are)\s+associated|(?:the|a|an|higher|lower|increased|decreased|greater|twice\s+the)\s+risk)$"
)
_UNIT_ONLY = g.Pattern(
    r"(?i)(?:days?|weeks?|months?|years?|hours?|min(?:utes)?|points?|%|percent|mm\s?Hg|kg|cm"
    # the people counted: "61 (3.6%) versus 79 (4.6%) participants (relative risk ...)"
    r"|patients|participants|subjects|people|persons)"
)
_SHOWED = g.Pattern(
    r"(?i)^(?:the\s+|this\s+|our\s+)?(?:\S+\s+){0,2}?(?:trial|study|analysis|analyses|regression|model)\s+"
    r"(?:found|showed|reported|demonstrated|revealed|identified)"
    r"\s+(?:that\s+)?(?=\S)(?!no\s)"
)
#: an association said to differ by what it is about: "The association was stronger for Alzheimer disease"
_STRONGER_FOR = g.Pattern(
    r"(?i)\b(?:association|effect|relationship|link|result|finding|estimate)s?\s+(?:was|were|is|are)\s+(?:\w+\s+)?"
    r"(?:stronger|weaker|strongest|weakest|more\s+pronounced|most\s+pronounced|similar|consistent)\s+for\s+(?P<what>.{3,})$"
)
#: "There was" before what a clause is about, and the difference or change it names: "There was no significant
#: difference in 90-day mortality (": 90-day mortality
#: an effect on what a result is about: "no clear effect on all-cause mortality", "The effect on X"
_EFFECT_ON = g.Pattern(
    r"(?i)^(?:with(?:out)?\s+)?(?:(?:the|an?|no|any)\s+)?(?:(?:clear|significant|statistically\s+significant|overall|pooled|beneficial|"
    r"protective|harmful)\s+)*(?:effects?|impact|benefits?)\s+(?:on|for)\s+(?:the\s+)?(?P<what>.{3,})$"
)
_THERE_WAS = g.Pattern(
    r"(?i)^there\s+(?:was|were)\s+(?:(?:a|an|no)\s+(?:(?:statistically\s+)?significant\s+)?"
    r"(?:differences?|reductions?|increases?|improvements?|decreases?)\s+(?:in|for)\s+(?:the\s+)?)?"
)
_ARTICLE = g.Pattern(r"(?i)^(?:the|an?)\s+")
_WHERE_NOT_WHAT = g.Pattern(
    r"(?i)among\s+.*|(?:in|among)\s+(?:the\s+)?(?-i:[A-Z][A-Z0-9]+(?:[-/][A-Za-z0-9]+)*)"  # "In ABC-1": where
    r"|(?:in|among)\s+(?:the\s+|an?\s+)?(?:\S+\s+(?:trial|study)|(?:[\w-]+\s+){0,3}(?:population|analysis|analyses|set|cohort"
    r"|models?)"
    r"(?:\s+(?:excluding|including|restricted|limited|adjusted|among)\b.*)?"
    # a category of the exposure: "in the highest quartile"
    r"|(?:highest|lowest|top|bottom|upper|lower|first|second|third|fourth|fifth)\b.*)"
)
#: a risk named by the word before it: "a lower fracture risk than non-users"
_ADJECTIVE_RISK = g.Pattern(
    r"(?i)\b(?:lower|higher|increased|reduced|greater|decreased)\s+(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+"
    rf"{_RISK_NOUNS}\b(?:\s+than\s+[^,;]{{1,40}})?\s*$"
)
#: words before a label that qualify it: "adjusted HR"
#: an exposure's increment after a ratio's label: "HR per 1 SD", "OR per 5 percent decrease"
_PER_INCREMENT = g.Pattern(r"(?i)\s+per\b.*$")
_LABEL_QUALIFIER = g.Pattern(rf"(?i)^(?:{_QUALIFIER_WORDS})\s+")
#: a quantity a label names that is itself what was measured: "Sensitivity was 92.3% (95% CI ...)"
_MEASURED_QUANTITY = g.Pattern(r"(?i)sensitivity|specificity|prevalence|AUC|correlation")
_THREE_LETTERS = g.Pattern(r"[A-Za-z]{3}")
#: "Over a median follow-up of 6.7 months, ...": when, not what
_FOLLOW_UP = g.Pattern(
    r"(?i)(?:over|during|after|at|by|with)\s+(?:a\s+)?(?:median\s+|mean\s+)?follow-up\b"
    # (or how long, in seasons or years: "Across two seasons the efficacy was 67.2%")
    r"|(?:across|over|during|through)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:seasons?|years?|months?|weeks?|winters?)\b"
)


def _qualifier_as_written(between: str) -> str:
    """What a ratio is about, as the text writes it between its label and its estimate: "HR for
    hip fracture in women was 1.28" -> "hip fracture in women" ("" when there are no words)."""
    # ("(NNT) with X for 3 years to prevent one event")
    if prevented := _TO_PREVENT_ONE.search(" ".join(between.split())):
        return prevented.group("what").strip(" ,;")[:120]
    if re.match(r"(?i)\s*(?:with|vs\.?|versus)\b", between) or re.search(r"[\])]\s*(?:and|or|,)?\s*$|\d[\])]", between):
        return ""  # the arm the ratio compares ("HR with drug X"), or another estimate before this one
    words = _QUALIFIER_NOISE.sub(" ", _CLOSED_BRACKET.sub(" ", between))  # "for X (Y as a reference) were"
    words = " ".join(words.split()).lstrip(" )]")  # "(HR) for X": from the label's own bracket on
    words = re.sub(r"(?i)^\s*(?:(?:for|of|in|among|with)\b|on\b(?:\s+the\b)?)", "", words).strip(" ,;")
    if re.match(r"(?i)per\b", words):
        return ""  # "HR per SD 1.19": the exposure's increment, not what
    words = _VERSUS_TAIL.sub("", _ARM_GROUP_TAIL.sub("", words))  # "for X in the A group, as compared with the B group"
    return words[:120] if re.search(r"[A-Za-z]{3}|\b[A-Z]{2,}-\d", words) else ""  # (a scale: "ABC-36", "QL-5D")


#: an arm named after what a ratio is about (the comparator after it is :data:`_VERSUS_TAIL`)
#: a P value right before: "p = .001, "
_P_RIGHT_BEFORE = g.Pattern(r"\b[Pp]\s*[=<>]\s*\d*\.\d+\s*,\s*$")
#: the groups a label compares, after it: "of the intervention group compared to the control group"
_GROUPS_COMPARED = g.Pattern(
    r"(?i)\s*(?:of|for|in)\s+(?:the\s+)?(?P<a>[^,;()]{1,40}?\s+(?:group|arm))\s+(?:(?:as\s+)?compared\s+(?:with|to)|versus|vs\.?)"
    r"\s+(?:the\s+)?(?P<b>[^,;()]{1,40}?\s+(?:group|arm))\s*(?:was|were|is|of)?\s*"
)
_ARM_GROUP_TAIL = g.Pattern(r"(?i)\s+(?:in|among)\s+the\s+\S+(?:\s+\S+)?\s+(?:group|arm)\b.*$")
#: what a number needed to treat prevents (or to harm causes): "to prevent one hospitalization"
_TO_PREVENT_ONE = g.Pattern(r"(?i)\bto\s+(?:prevent|avoid|cause|save)\s+(?:one|1|an?)\s+(?P<what>.{3,})$")


@functools.cache
def _arm_pattern(experimental: tuple[str, ...], control: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for the arm terms of a trial; the group that matched names the arm."""

    def alternatives(terms: tuple[str, ...]) -> str:
        ordered = sorted(terms, key=len, reverse=True)
        return "|".join(re.escape(t) for t in ordered) or r"(?!)"

    return re.compile(
        rf"(?i)\b(?:(?P<experimental>{alternatives(experimental)})|(?P<control>{alternatives(control)}))\b"
    )
