"""The figure grammar: numbers as Chinese articles word them ("21.6", "600多", "两万多", "约3亿").

One grammar for the whole tool: the spec's table, verify, extract and the planner read
figures through it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
           "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_BIG_UNITS = {"万": 10_000, "亿": 100_000_000}

_WORDED = re.compile(
    r"(?P<pre>约|近|超过|超)?"
    r"(?P<num>[0-9]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千]+)"
    r"(?P<big>[万亿])?"
    r"(?P<post>多|余)?"
)


@dataclass(frozen=True)
class Value:
    """A number on a chart. `worded` keeps the article's words for an approximate figure."""

    number: Decimal
    worded: str | None = None

    @property
    def approximate(self) -> bool:
        return self.worded is not None

    @property
    def written_decimals(self) -> int:
        exponent = self.number.as_tuple().exponent
        return max(0, -exponent) if isinstance(exponent, int) else 0


def _chinese_integer(text: str) -> int:
    total, digit = 0, None
    for ch in text:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        else:
            total += (1 if digit is None else digit) * _SMALL_UNITS[ch]
            digit = None
    return total + (digit or 0)


def parse_value(cell: object) -> Value | None:
    """A number, or an approximate figure worded as the article does; None if it is neither."""
    if isinstance(cell, bool):
        return None
    if isinstance(cell, int):
        return Value(Decimal(cell))
    if isinstance(cell, Decimal):
        return Value(cell)
    if not isinstance(cell, str):
        return None
    text = cell.strip()
    match = _WORDED.fullmatch(text)
    if not match:
        return None
    num = match["num"]
    number = Decimal(num) if num[0].isdigit() else Decimal(_chinese_integer(num))
    if match["big"]:
        number *= _BIG_UNITS[match["big"]]
    if not (match["pre"] or match["post"] or not num[0].isdigit() or match["big"]):
        return Value(number)  # a plain number written as text, e.g. "21.6"
    return Value(number, worded=text)
