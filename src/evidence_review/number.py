"""A number as printed in a source text: its text, value and number of decimals.

Shared by the grammar, which captures numbers, and the checks and statistics, which recompute
them to the precision they were printed with; kept apart from the grammar so that the stages that
only read numbers do not compile its patterns.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

#: numbers written as words ("three deaths", "no events")
NUMBER_WORDS = {
    "no": 0,
    "none": 0,
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}


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
        try:
            value = Decimal(digits)
        except InvalidOperation as exc:  # pragma: no cover - the patterns only capture numbers
            raise ValueError(f"not a number: {text!r}") from exc
        exponent = value.as_tuple().exponent
        decimals = -exponent if isinstance(exponent, int) and exponent < 0 else 0
        return cls(raw, float(value), decimals)
