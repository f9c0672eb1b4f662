"""Coverage audit: the numbers of a text's results sentences that the extractor did not read.

A number in a sentence that reports results (one with an extracted row, a P value, a CI or a
ratio label; not a sample size or power calculation, whose numbers are assumptions) is either
part of an extracted row's quote or explained by one of the rules in :data:`EXPLANATIONS` (a
date, a dose, a CI level, a reference, an age range, a threshold, a name with a number in it
...). What is left is *unexplained*: listed by ``evidence-review extract --report-unexplained``
and in the review's audit, so that a reader sees what the extractor did not understand. Each
rule is one pattern and is tested on its own.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from evidence_review import text_tables
from evidence_review.grammar import (
    LEVEL_PERCENT,
    NUMBERED_NAME,
    REGISTRY_PREFIXES,
    SCALE_THRESHOLD,
    TEST_P_VALUE,
    UNREACHED_BOUND,
    sample_size_words,
    states_assumptions,
)
from evidence_review.records import Claim, Result, Unexplained
from evidence_review.text import CleanText, Layout, layout, merge_spans

#: A number token: not glued to a word, a hyphenated name or another number ("12 480", its thousands set
#: apart by a space, is one; a number after a minus sign is one, "(-2.6", the second of a range is not, "1.2-1.4").
NUMBER_TOKEN = re.compile(r"(?<![\w.,/])(?<![\w.)\]%]-)(?:\d{1,3}(?: \d{3})+(?![\d.,]\d)|\d+(?:[.,]\d+)*)(?![\w])")

#: a percent sign, or as news spells it: "5.1 percent"
_PERCENT = r"(?:%|percent\b|per\s?cent\b)"
#: A sentence reports results when it has one of these (or an extracted row).
_RESULTS_CUE = re.compile(
    r"(?i)\bp\s*[=<>≤≥]|\b\d{2}\s*%\s*(?:CI|confidence|CrI)|\b(?:a|adj)?(?:HR|OR|RR|IRR)\b|\bratio\b|\bvs\.?\s|\bversus\b"
    r"|\brespectively\b"
    # a relative change or an efficacy in words: "fell by 31 percent", "relative risk reduction", "efficacy"
    r"|\bby\s+\d+(?:\.\d+)?\s*(?:%|percent|[a-zµ/]{1,12}\s+(?:more|less|fewer|lower|higher|greater)\b)|\brisk\s+reduction\b|\befficacy\s+(?:was|of|against)\b|(?:%|percent)\s+effective\b|\bcompared\s+with\b"
    # two percentages side by side, the arms' values: "(77.1% and 80.8%)" (news spells the sign: "5.1 percent")
    rf"|\d\s*{_PERCENT}\s*(?:and|vs\.?|versus|,)\s+\d+(?:\.\d+)?\s*{_PERCENT}"
    # or each with its arm: "12% of X recipients and 18% of placebo recipients", "14.2% ..., as compared with 6.1%"
    rf"|\d\s*{_PERCENT}[^.;%]{{3,80}}?\b(?:and|vs\.?|versus|compared\s+(?:with|to))\s+(?:in\s+|with\s+)?"
    rf"\d+(?:\.\d+)?\s*{_PERCENT}"
    # two arms' counts of their denominators: "31 of 402 ... and 12 of 398"
    r"|\b\d+\s+of\s+\d+\b[^.;]{0,80}?\b(?:and|vs\.?|versus|compared\s+(?:with|to))\s+(?:in\s+)?\d+\s+of\s+\d+\b"
    # or of their people only: "were reported in 31 and 45 patients"
    r"|\b\d+\s+(?:and|vs\.?|versus)\s+\d+\s+(?:patients|participants|people|subjects|women|men)\b"
    # counts with their percentages side by side, in figures or words: "2 (0.8%), 5 (2.1%)", "one (1%) and two (2%)"
    rf"|\w\s*\(\s*\d+(?:\.\d+)?\s*{_PERCENT}\s*\)\s*(?:,\s*(?:and\s+)?|and\s+|vs\.?\s+|versus\s+)\w+\s*\(\s*\d"
)

#: Why a number is not a result, each a pattern whose match covers the number.
EXPLANATIONS: dict[str, re.Pattern[str]] = {
    "CI level": re.compile(rf"\d{{2}}(?:\.\d+)?\s*{LEVEL_PERCENT}\s*-?\s*(?i:CI|CrI|confiden|credible|C\.I\.)"),
    "year": re.compile(r"\b(?:19|20)\d{2}\b"),
    "date": re.compile(
        r"(?i)\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{4})?|"
        r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?"
    ),
    "dose or concentration": re.compile(
        r"(?i)\d+(?:\.\d+)?\s*(?:-|to)?\s*\d*(?:\.\d+)?\s*(?:mg|g|µg|mcg|ug|ng|mL|ml|L|IU|units?|mmol|µmol|"
        r"mEq|Gy|mCi|MBq)(?:/(?:kg|m2|m²|d|day|dL|L|mL|h))?\b"
    ),
    "threshold": re.compile(
        r"(?:[≤≥<>]|=<|>=|<=)\s*\d+(?:\.\d+)?"
        r"|(?i:\b\d+(?:\.\d+)?\s*(?:%|percent)?\s+or\s+(?:more|greater|higher|less|lower|fewer|above|below)\b)"
        r"|(?i:\bat\s+least\s+\d+(?:\.\d+)?\s*(?:%|percent)?\s+(?=reduction|increase|improvement|decrease|weight|loss|change))"
        # a threshold in what was counted: "a decline in eGFR of at least 50%", "a blood pressure below 130 mm Hg"
        r"|(?i:\b(?:of|with|to|an?|reached|achieved)\s+(?:\w+\s+){0,3}?(?:at\s+(?:least|most)|(?:more|less|fewer|greater|lower|higher)"
        r"\s+than|above|below|under)\s+\d+(?:\.\d+)?)"
    ),
    "age or range of the population": re.compile(
        r"(?i)\b(?:aged?|ages)\s+(?:of\s+)?\d+(?:\s*(?:-|–|to|and)\s*\d+)?"
        # "mean [SD] age, 42.6 [14.1] years", "median age, 64 years"
        r"|\b(?:mean|median)\s*(?:[\[(](?:SD|IQR|range)[\])]\s*)?age\s*[,:]?\s*\d+(?:\.\d+)?"
        r"(?:\s*[\[(]\s*\d+(?:\.\d+)?(?:\s*(?:-|–|to)\s*\d+(?:\.\d+)?)?\s*[\])])?"
        r"|\d+\s*(?:-|–|to)\s*\d+\s+years?\s+(?:old|of age)"
        r"|\b\d+\s+years?\s+(?:or\s+)?(?:old|of age|and older|or older)"
        r"|\b(?:adults|people|patients|participants|children|women|men)\s+(?:over|under|older\s+than|younger\s+than)\s+\d+"
        # "adults 60 and older", "people 65 years or older"
        r"|\b(?:adults|people|persons|patients|participants|women|men)\s+\d+\s+(?:years\s+)?(?:and|or)\s+(?:older|over)\b"
    ),
    "duration or time point": re.compile(
        r"(?i)\b(?:at|by|within|after|over|for|during|through|until|up to|follow-up of|followed for)\s+"
        r"(?:the\s+first\s+)?\d+(?:\.\d+)?(?:\s*(?:-|to|and)\s*\d+)?\s*"
        r"(?:days?|weeks?|months?|years?|hours?|h|min(?:utes)?|s(?:ec(?:ond)?s?)?|d|wk|mo|y)\b"
        r"|\b(?:day|week|wk|month|mo|year|yr|hour)s?\s+\d+(?:\s*(?:,|and|or)\s*\d+)*"
        # (the first ones of a list of time points: "the 1-, 3-, and 5-year survival rates")
        r"|\b\d+-(?=\s*(?:,|and\b|or\b)[^.;]{0,40}?\d+-(?:years?|months?|weeks?|days?)\b)"
        r"|\b(?:\d+(?:\.\d+)?\s*(?:-|–|to)\s*)?\d+(?:\.\d+)?(?:-|\s)(?:days?|weeks?|months?|years?|hours?|h|min(?:ute)?s?)\b"
        # (not a duration that is a result: one with its interval or its spread, or one compared with another:
        # "7.4 months (95% CI, 6.9 to NR)", "9.1 months versus 6.3 months")
        r"(?!\s*[\[(]\s*(?:\d{2}(?:\.\d+)?\s*%\s*-?\s*(?:CI|CrI|confidence|credible)|CI\b|IQR\b|range\b)"
        r"|\s*,?\s*(?:vs\.?|versus)\s+\d)"
    ),
    # (with its spread: "median follow-up 18.4 months [IQR 12.2-24.0]", "a median follow-up of 2.1 years")
    "length of follow-up": re.compile(
        r"(?i)\b(?:follow-up|f/u)(?:\s+(?:time|duration|period))?\s*(?:was\s+|of\s+|[,:=]\s*)?\d+(?:\.\d+)?\s*"
        r"(?:days?|weeks?|months?|years?|mo|y)\b"
    ),
    "label with a number": re.compile(
        r"(?i)\b(?:group|model|arm|cohort|phase|grade|stage|class|type|score|scale|level|step|wave|"
        r"quartile|quintile|tertile|decile|q|tier|visit|cycle|dose|trial|study|table|figure|fig\.?|"
        r"appendix|supplement|part|section|category|criterion|item|version|round|period|question)s?"
        r"\s*(?:of\s+)?#?\s*\d+(?:\s*(?:,|and|or|to|-|–)\s*\d+)*"
        # (a page of an appendix: "appendix p 7", "supplement, pp 4-6")
        r"|\b(?:appendix|supplement)\s*,?\s*pp?\.?\s*\d+(?:\s*[-–]\s*\d+)?"
    ),
    "response threshold of a scale": re.compile(rf"\b[A-Z][A-Z0-9]*[\s-]{SCALE_THRESHOLD}"),
    "count in the name of a test or a questionnaire": re.compile(rf"\b{NUMBERED_NAME}"),
    "reference": re.compile(
        r"\[\d+(?:[,–-]\s*\d+)*\]|(?<=[a-z.,)])\d{1,3}(?:[,–-]\d{1,3})*(?=\s|$)|(?i:doi:?\s*)?\b10\.\d{4,9}/\S+"
    ),
    "test of interaction or trend": re.compile(TEST_P_VALUE),
    # (a meta-analysis's line of heterogeneity: "Heterogeneity: tau2 = 0.00; I2 = 0%; P = 0.52")
    "test of heterogeneity": re.compile(
        r"(?i)\bheterogeneity\s*:[^;\n]{0,30}(?:;[^;\n]{0,30}){0,3}?[;,]\s*P\s*[=<>]\s*\d*\.?\d+"
    ),
    # "0.91 (0.83-0.99) for 1-2 cups/day": a range of the exposure, per day, week or month
    "category of an exposure": re.compile(
        r"(?i)\b\d+(?:\.\d+)?\s*(?:-|–|to)\s*\d+(?:\.\d+)?\s*[a-z]+(?:\s*/\s*|\s+(?:a|per)\s+)(?:day|d|week|wk|month|year)\b"
    ),
    "registry number": re.compile(rf"(?i)\b(?:{'|'.join(REGISTRY_PREFIXES)})[\s:#-]*[\d-]+"),
    "heterogeneity or test statistic": re.compile(
        r"(?i)\b(?:I2|I²|τ2|τ²|tau2|tau|τ|χ2|χ²|chi2|Q|t|z|F|r|R2|R²|AUC|C-statistic|kappa|κ|β|beta|b|SD|SE|IQR|df|ICC"
        # (a cluster trial's: "intracluster correlation coefficient 0.04")
        r"|intra-?(?:cluster|class)\s+correlation(?:\s+coefficient)?)"
        r"\s*(?:\([^)]{0,12}\))?\s*[=:]?\s*(?:(?:was|of)\s+)?-?\d+(?:\.\d+)?%?"
    ),
    "margin of a noninferiority or equivalence test": re.compile(
        r"(?i)\bmargins?\s+(?:of\s+|was\s+|[=:]\s*)?-?\d+(?:\.\d+)?"
    ),
    "spread of a value": re.compile(
        r"(?i)\b(?:IQR|interquartile\s+range|range)\s*[,:=]?\s*-?\d+(?:\.\d+)?\s*(?:-|–|to|,)\s*-?\d+(?:\.\d+)?"
    ),
    "interval with a bound not reached": re.compile(rf"\d+(?:\.\d+)?\s*(?:-|–|to|,)\s*(?:{UNREACHED_BOUND}|NA\b)"),
    "count of the population": re.compile(
        # (studies by their design: "14 randomised controlled trials", "22 prospective cohort studies")
        r"(?i)\b\d+(?:[, ]\d{3})*\s+(?:(?:older|younger|adult|eligible|hospitalized|consecutive|included|randomi[sz]ed|"
        r"matched|controlled|clinical|cohort|observational|prospective|retrospective|cluster[- ]randomi[sz]ed|"
        r"case[- ]control|cross[- ]sectional)\s+){0,3}"
        r"(?:patients|participants|subjects|persons|people|adults|children|women|men|"
        r"individuals|cases|controls|hospitals|centers|centres|sites|countries|studies|trials|RCTs|cohorts|records|articles|"
        r"wards|clinics|practices|schools|villages|communities|clusters|nursing\s+homes|pairs|dyads|families)\b"
        # (or what the people studied had, counted: "48 patients with 276 dental implants")
        r"|(?i:\b(?:patients|participants|subjects|people|women|men|children|adults)\s+with\s+\d[\d,]*\s+"
        r"(?:[a-z-]+\s+){0,2}[a-z]+s)\b"
    ),
    "characteristic of the population": re.compile(
        r"(?i)\b(?:\d+(?:[, ]\d{3})*\s*[\[(]\s*)?\d+(?:\.\d+)?\s*%\s*(?:[\])]\s*)?(?:were\s+)?"
        r"(?:women|men|females?|males?|white|black|girls|boys)\b"
    ),
    "people who completed the study": re.compile(
        r"(?i)\b\d+(?:[, ]\d{3})*\s*(?:\(\s*\d+(?:\.\d+)?\s*%\s*\)\s*)?(?:completed|finished)\s+(?:the\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:study|trial|follow-up|treatment|assessment|visit|programme|program|intervention)"
    ),
    "people analysed": re.compile(
        r"(?i)\b\d+(?:[, ]\d{3})*\s*(?:\(\s*\d+(?:\.\d+)?\s*%\s*\)\s*)?(?:were\s+)?(?:included\s+in\s+the\s+"
        r"(?:[\w-]+\s+){0,4}?analys[ie]s|analy[sz]ed)\b"
    ),
    "size of an arm": re.compile(
        r"(?i)\b\d+(?:[, ]\d{3})*\s+(?:were\s+)?"
        r"(?:received|(?:randomly\s+)?(?:assigned|allocated|randomi[sz]ed)\s+to)\s"
    ),
    "allocation ratio": re.compile(
        r"(?i)\b(?:randomi[sz]ed|randomly\s+assigned|assigned|allocated)\b[^.;]{0,60}?\b\d{1,2}(?:\s*:\s*\d{1,2})+\b(?!\s*(?:am|pm))"
        r"|\b\d{1,2}\s*:\s*\d{1,2}\s+(?:ratio|randomi[sz]ation|allocation)\b"
    ),
    "unit of a rate or an increment": re.compile(r"(?i)\b(?:each|every|per)\s+(?:additional\s+)?\d[\d,]*(?:\.\d+)?\b"),
    "person-time of follow-up": re.compile(
        r"(?i)\b\d+(?:[., ]\d{3})*(?:[.,]\d+)?\s*(?:million\s+|thousand\s+)?"
        r"(?:person|patient|participant|child|woman)[- ]?(?:years|months|days)\b"
    ),
    "number of outcomes": re.compile(
        r"(?i)\b\d+\s+(?:(?:primary|secondary|prespecified|exploratory|key)\s+)?(?:outcomes|end\s?points)\b"
        r"|\b\d+\s+(?:differed|were\s+(?:significant|improved))\b"
    ),
    "number of events behind an estimate": re.compile(
        r"(?i)\bn\s+(?:observed\s+)?(?:cases|deaths|events)\s*=\s*\d[\d,]*"
    ),
    "size of the study": re.compile(
        r"(?i)\b\d[\d,]*-(?:patient|participant|person|subject|woman|man)\s+(?:trial|study|cohort)"
    ),
    "participants and studies": re.compile(r"(?i)\b\d+(?:,\d{3})*\s*\(\s*\d+\s+(?:RCTs?|studies|trials)\s*\)"),
    # (with its mantissa: "P = 2.23 × 10-5")
    "decimal exponent": re.compile(r"(?:\d+(?:\.\d+)?\s*)?[×x]\s*10\s*-?\s*\d+|10\s*[-−]\s*\d+|e-\d+"),
    "number word of a list": re.compile(r"(?m)^\s*\d+[.)]\s"),
}


def assumption_sentences(text: str, lay: Layout) -> set[int]:
    """The indexes of the sentences of ``text`` that state a sample size or power calculation
    (:func:`grammar.states_assumptions`): their numbers are assumptions, neither read nor audited."""
    candidates = {lay.sentence_index(at) for at in sample_size_words(text)}
    return {i for i in candidates if states_assumptions(text, lay.sentences[i].start, lay.sentences[i].end)}


def _covered(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect.bisect_right(spans, (start, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


def unexplained(
    ct: CleanText, source: str, results: Sequence[Result | Claim], lay: Layout | None = None
) -> list[Unexplained]:
    """The numbers of ``ct``'s results sentences that no row of ``results`` (or claims) contains and no
    explanation covers (offsets into the original text, as the rows' are). ``lay`` is the clean
    text's layout when the caller has it. Explanations are tried only around the numbers that no
    row contains, in a window of their sentence."""
    text = ct.text
    lay = lay or layout(text)
    read = merge_spans((r.start, r.end) for r in results)
    wanted = {lay.sentence_index(m.start()) for m in _RESULTS_CUE.finditer(text)}
    # (a sample size or power calculation states assumptions, not results: its sentence is not audited)
    wanted -= assumption_sentences(text, lay)
    starts = sorted(r.start for r in results)
    # the subgroup of each row, as its sentence writes it: a number in it names the subgroup ("under 65, 0.81
    # (0.70-0.94)", "ECOG 1 | 115/175")
    named_at: dict[int, set[str]] = {}
    for r in results:
        if r.subgroup != "overall" and any(ch.isdigit() for ch in r.subgroup):
            named_at.setdefault(r.context_start, set()).add(r.subgroup)

    def has_row(lo: int, hi: int) -> bool:
        raw_start, raw_end = ct.raw_span(lo, hi)
        return bisect.bisect_left(starts, raw_start) < bisect.bisect_left(starts, raw_end)

    for table in lay.tables:  # a table reports results in every row when one row or its header does
        rows = range(lay.sentence_index(table.start), lay.sentence_index(table.end - 1) + 1)
        if has_row(table.start, table.end) or any(i in wanted for i in rows):
            wanted.update(rows)
    table_starts = [t.start for t in lay.tables]

    def in_table(pos: int) -> bool:
        i = bisect.bisect_right(table_starts, pos) - 1
        return i >= 0 and pos < lay.tables[i].end

    found: list[Unexplained] = []
    for index, sentence in enumerate(lay.sentences):
        if index not in wanted and not has_row(sentence.start, sentence.end):
            continue
        explained: list[tuple[int, int]] | None = None  # computed for the first number no row holds
        for m in NUMBER_TOKEN.finditer(text, sentence.start, sentence.end):
            r_start, r_end = ct.raw_span(m.start(), m.end())
            if _covered(read, r_start, r_end):
                continue
            if explained is None:
                explained = _explanation_spans(text, sentence.start, sentence.end)
                names = named_at.get(ct.raw_span(sentence.start, sentence.end)[0], ())
                for name in names:
                    written = re.compile(r"\s+".join(map(re.escape, name.split())))
                    explained += [n.span() for n in written.finditer(text, sentence.start, sentence.end)]
            if any(a <= m.start() and m.end() <= b for a, b in explained):
                continue
            if in_table(m.start()) and _explained_by_column(text, m.start()):
                continue
            body = text[sentence.start : sentence.end]
            found.append(Unexplained(source, ct.original[r_start:r_end], r_start, r_end, " ".join(body.split())))
    return found


#: Why a table's column holds numbers that are not results, by its header: the rule's name, the header's words
COLUMN_EXPLANATIONS: dict[str, re.Pattern[str]] = {
    "count of the population": re.compile(
        r"(?i)^(?:no\.?|number|n)(?:\s+of\s+(?:patients|participants|subjects|people|events))?$|^(?:patients|participants)$"
    ),
    "test of interaction or trend": re.compile(r"(?i)\b(?:interaction|trend|heterogeneity)\b"),
    "weight of a study in a meta-analysis": re.compile(r"(?i)^weight\b"),
}


def _explained_by_column(text: str, pos: int) -> bool:
    """A number in a table column whose header says what it is (the patients of a subgroup, its P
    for interaction)."""
    cell = text_tables.cell_at(text, pos)
    return cell is not None and any(
        pattern.search(" ".join(h.text.split())) for h in cell.headers[:1] for pattern in COLUMN_EXPLANATIONS.values()
    )


def _explanation_spans(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of every explanation's matches in the sentence [lo, hi)."""
    return [m.span() for pattern in EXPLANATIONS.values() for m in pattern.finditer(text, lo, hi)]


def explanation(number_in_context: str) -> str | None:
    """The name of the first rule that explains the whole of ``number_in_context`` (for tests)."""
    for name, pattern in EXPLANATIONS.items():
        if pattern.search(number_in_context):
            return name
    return None
