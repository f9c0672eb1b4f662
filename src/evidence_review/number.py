"""A number as printed in a source text: its text, value and number of decimals.

Shared by the grammar, which captures numbers, and the checks and statistics, which recompute
them to the precision they were printed with; kept apart from the grammar so that the stages that
only read numbers do not compile its patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

_ONES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
#: numbers written as words ("three deaths", "no events", "Forty-seven patients": a sentence that starts with a
#: number spells it out), up to ninety-nine
NUMBER_WORDS = {
    "no": 0,
    "none": 0,
    "zero": 0,
    **{word: n for n, word in enumerate(_ONES, 1)},
    **{word: n for n, word in enumerate(_TEENS, 10)},
    **{word: n for n, word in enumerate(_TENS, 2) for n in [n * 10]},
    **{f"{tens}-{one}": t * 10 + o for t, tens in enumerate(_TENS, 2) for o, one in enumerate(_ONES, 1)},
}
#: the pattern of a number word, compact (not an alternation of every word): "seven", "Forty-seven"
NUMBER_WORD = (
    r"(?:no|none|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|(?:thir|four|fif|six|seven|eigh|nine)teen"
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)"
)


#: a number in scientific notation, its spaces taken out: "2.23×10-5", "1.2x10^-8"
_SCIENTIFIC = re.compile(r"(?P<mantissa>\d+(?:\.\d+)?)[×x]10\^?-(?P<exponent>\d+)")


@dataclass(frozen=True)
class Number:
    """A number as printed: its text, value and number of decimals."""

    text: str
    value: float
    decimals: int

    @classmethod
    def parse(cls, text: str) -> Number:
        raw = text.strip()
        word = raw.lower()
        if word in NUMBER_WORDS:
            return cls(raw, float(NUMBER_WORDS[word]), 0)
        if raw.replace(" ", "").lstrip("+-\u2212") == "∞":  # a one-sided interval's bound
            return cls(raw, float("-inf") if raw[0] in "-\u2212" else float("inf"), 0)
        digits = raw.replace(" ", "").replace(",", "").replace("\u2212", "-")
        digits = digits.replace("\u00b7", ".")
        if scientific := _SCIENTIFIC.fullmatch(digits):  # "2.23 × 10-5", a small P as some journals print it
            digits = f"{scientific['mantissa']}E-{scientific['exponent']}"
        try:
            value = Decimal(digits)
        except InvalidOperation as exc:  # pragma: no cover - the patterns only capture numbers
            raise ValueError(f"not a number: {text!r}") from exc
        exponent = value.as_tuple().exponent
        decimals = -exponent if isinstance(exponent, int) and exponent < 0 else 0
        return cls(raw, float(value), decimals)
