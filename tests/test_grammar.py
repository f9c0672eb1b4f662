"""Property-based tests: many phrasings of estimates, CIs and P values parse back exactly."""

from __future__ import annotations

import re
import subprocess
import sys
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evidence_review import grammar as g
from evidence_review.extract import Extractor
from evidence_review.number import Number
from evidence_review.text import clean

LABELS = {
    "rate ratio for recovery": "rate_ratio",
    "rate ratio": "rate_ratio",
    "odds ratio": "odds_ratio",
    "OR": "odds_ratio",
    "hazard ratio for death": "hazard_ratio",
    "HR": "hazard_ratio",
    "risk ratio": "risk_ratio",
    "relative risk": "risk_ratio",
    "RR": "risk_ratio",
}
CI_NAMES = ["95% CI", "95% confidence interval", "95% confidence interval [CI]", "95% CI:"]
SEPARATORS = [" to ", "-", "\u2013", ", ", " \u2013 "]
MINUS = ["-", "\u2212"]


def decimal_text(value: Decimal, places: int, dot: str) -> str:
    return f"{value:.{places}f}".replace(".", dot)


@st.composite
def ratio_result(draw):
    places = draw(st.integers(1, 3))
    lo = Decimal(draw(st.integers(5, 150))) / 100
    est = lo + Decimal(draw(st.integers(1, 100))) / 100
    hi = est + Decimal(draw(st.integers(1, 300))) / 100
    dot = draw(st.sampled_from([".", "\u00b7"]))
    texts = [decimal_text(v, places, dot) for v in (est, lo, hi)]
    label = draw(st.sampled_from(sorted(LABELS)))
    ci = draw(st.sampled_from(CI_NAMES))
    sep = draw(st.sampled_from(SEPARATORS))
    bracket = draw(st.sampled_from([("; ", ""), (" [", "]"), (" (", ")"), (", ", "")]))
    lead = draw(st.sampled_from([", ", " ", " = ", ": "]))
    p_text = draw(st.sampled_from(["0.03", "0.001", ".18", "0\u00b70001", "0.5"]))
    p_form = draw(st.sampled_from(["P={}", "P = {}", "P ={}", "p<{}", "P<{}", "p\u2039{}", "P\u2264{}"]))
    with_p = draw(st.booleans())
    text = f"{label}{lead}{texts[0]}{bracket[0]}{ci} {texts[1]}{sep}{texts[2]}{bracket[1]}"
    if with_p:
        text += f"; {p_form.format(p_text)}"
    return text, LABELS[label], texts, (p_text, p_form) if with_p else None


P_OPERATORS = {"=": "=", "<": "<", "\u2039": "<", "\u2264": "<="}


@settings(max_examples=300, deadline=None)
@given(ratio_result())
def test_ratio_phrasings_parse_back_exactly(case):
    text, measure, texts, p = case
    m = g.EFFECT.search(clean(text).text)  # the extractor's own normalisation (middle dots, "‹")
    assert m is not None, text
    assert g.effect_measure(m.group("label"), m.group("unit")) == measure
    assert [m.group("est"), m.group("lo"), m.group("hi")] == [t.replace("\u00b7", ".") for t in texts]
    for group, printed in zip(("est", "lo", "hi"), texts, strict=True):
        assert Number.parse(m.group(group)).decimals == len(printed.replace("\u00b7", ".").split(".")[1])
    # a P value is read inside the CI's bracket (p_in) or after it (p)
    got_p, got_op = (m.group("p") or m.group("p_in")), (m.group("p_op") or m.group("p_op_in"))
    if p:
        p_text, form = p
        assert got_p == p_text.replace("\u00b7", ".")
        assert g.p_operator(got_op) == P_OPERATORS[form.split("{")[0].strip()[-1]]
    else:
        assert got_p is None


@st.composite
def difference_result(draw):
    est = Decimal(draw(st.integers(-200, -1))) / 10
    lo = est - Decimal(draw(st.integers(1, 80))) / 10
    hi = est + Decimal(draw(st.integers(1, 80))) / 10
    minus = draw(st.sampled_from(MINUS))
    places = draw(st.integers(0, 1))

    def t(v: Decimal) -> str:
        return f"{v:.{places}f}".replace("-", minus)

    label, unit = draw(st.sampled_from([("difference", " percentage points"), ("RD", ""), ("risk difference", "%")]))
    sep = draw(st.sampled_from([" to ", ", "]))
    return f"{label}, {t(est)}{unit}; 95% CI, {t(lo)}{sep}{t(hi)}", [t(v).replace(minus, "-") for v in (est, lo, hi)]


@settings(max_examples=200, deadline=None)
@given(difference_result())
def test_differences_with_unicode_minus_parse_back(case):
    text, numbers = case
    m = g.EFFECT.search(text.replace("\u2212", "-"))
    assert m is not None, text
    assert [m.group("est"), m.group("lo"), m.group("hi")] == numbers
    assert g.effect_measure(m.group("label"), m.group("unit")) == "risk_difference"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "rate ratio for recovery, 1.16; 95% CI, 1.01 to 1.32; P=0.03",
            ("1.16", "1.01", "1.32", "=", "0.03"),
        ),
        ("OR 2.3; 95% CI, 1.4\u20133.7", ("2.3", "1.4", "3.7", None, None)),
        ("hazard ratio, 0.40 [95% CI, 0.14 to 1.14]", ("0.40", "0.14", "1.14", None, None)),
        (
            "difference, \u22125.0 percentage points; 95% CI, \u22129.8 to \u22120.3",
            ("-5.0", "-9.8", "-0.3", None, None),
        ),
        ("RD -5; 95% CI, -9 to -2", ("-5", "-9", "-2", None, None)),
        (
            "hazard ratio 0\u00b785 (95% CI 0\u00b776\u20130\u00b795; p\u20390\u00b70001)",
            ("0.85", "0.76", "0.95", "<", "0.0001"),
        ),
        ("odds ratio, 1.2 (95% CI, 0.9 to 1.6); P =.18", ("1.2", "0.9", "1.6", "=", ".18")),
    ],
)
def test_examples_from_the_texts_and_the_literature(vocab, text, expected):
    sentence = f"In ACTT-2 of baricitinib for COVID-19, recovery improved ({text})."
    (row,) = Extractor(vocab).extract(sentence, "t").results
    got = (
        row.estimate_text,
        row.ci_low_text,
        row.ci_high_text,
        row.p_operator or None,
        row.p_text or None,
    )
    assert got == expected


def test_numbers_keep_their_printed_precision():
    assert Number.parse("21.0") == Number("21.0", 21.0, 1)
    assert Number.parse("21") == Number("21", 21.0, 0)
    assert Number.parse("1,033").value == 1033
    assert Number.parse("three").value == 3
    # a small P in scientific notation, to the precision of its mantissa
    small = Number.parse("2.23 × 10-5")
    assert (small.text, small.decimals) == ("2.23 × 10-5", 7)
    assert small.value == pytest.approx(2.23e-5, rel=1e-12)
    assert Number.parse("4x10^-8").value == pytest.approx(4e-8, rel=1e-12)


@pytest.mark.parametrize(
    ("word", "value"),
    [("seventeen", 17), ("Forty", 40), ("Forty-seven", 47), ("ninety-nine", 99), ("twenty-one", 21), ("No", 0)],
)
def test_numbers_in_words_up_to_ninety_nine_and_the_pattern_that_finds_them(word, value):
    """A sentence that starts with a number spells it out ("Forty-seven patients ... died"): its
    value, and the grammar's pattern matches it whole, not a fraction ("one-third") or a compound
    adjective ("one-year")."""
    assert Number.parse(word) == Number(word, float(value), 0)
    assert re.fullmatch(g.VALUE, word)
    assert re.search(g.VALUE, "One-third of patients") is None
    assert re.search(g.VALUE, "the one-year survival") is None


def test_a_pattern_compiles_on_first_use_and_then_matches_as_re_does():
    pattern = g.Pattern(r"(?P<n>\d+)\s*(?P<unit>mg|days)", re.IGNORECASE)
    assert "search" not in vars(pattern)  # nothing compiled yet
    assert f"({pattern.pattern})?" == r"((?P<n>\d+)\s*(?P<unit>mg|days))?"  # the source, uncompiled
    text = "12 MG on day 1, then 7 days"
    compiled = re.compile(pattern.pattern, re.IGNORECASE)
    assert [m.groupdict() for m in pattern.finditer(text)] == [{"n": "12", "unit": "MG"}, {"n": "7", "unit": "days"}]
    assert "search" in vars(pattern)  # compiled once, its methods kept
    assert pattern.search(text).span() == compiled.search(text).span() == (0, 5)
    assert pattern.sub("#", text) == compiled.sub("#", text) == "# on day 1, then #"
    assert pattern.match("x 12 mg") is None and pattern.fullmatch("7 days").group("n") == "7"
    assert (pattern.flags, pattern.groups, dict(pattern.groupindex)) == (compiled.flags, 2, {"n": 1, "unit": 2})
    with pytest.raises(AttributeError):
        pattern.no_such_method  # noqa: B018


def test_importing_the_extractor_compiles_no_pattern_of_the_grammar():
    # Each extract job imports the extractor for one text; the patterns it does not use are
    # never compiled (a fresh interpreter: this one has used them all).
    program = (
        "import gc\n"
        "import evidence_review.extract\n"
        "from evidence_review.grammar import Pattern\n"
        "patterns = [o for o in gc.get_objects() if isinstance(o, Pattern)]\n"
        "print(len(patterns), sum('search' in vars(p) for p in patterns))\n"
    )
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
    made, compiled = map(int, done.stdout.split())
    assert made > 300 and compiled == 0
