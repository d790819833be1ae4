"""Figures as Chinese newspapers print them: scale (万, 亿), decimal places, the minus.

Every figure a chart shows or hands off (value labels, the reference line, alt text, CSV,
the record, verify's printed forms) is rounded here, once, by `rounded`: 四舍五入 (half up,
away from zero) on the Decimal as the spec wrote it, never through a float, as the house
note promises readers.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Context, Decimal

from charts.numbers.grammar import BIG_UNITS, Value

# House style: no thousands separators (papers print 21600, 38504); from six digits up a
# figure is scaled to 万 or 亿 instead (2.23万人, 954.98亿立方米).
SCALES = {"万": Decimal(10_000), "亿": Decimal(100_000_000)}
AUTO_FROM = Decimal(100_000)
MINUS = "\u2212"  # the typographic minus, not the hyphen

# What a chart draws: nothing a newspaper prints lies outside. The largest figure is under
# 10^15 (a thousand 万亿: national accounts in yuan stay below it), where every whole number
# is still exact as a float, so bars and points land where the figure says; the smallest
# figure other than 0 is 10^-6. Past these, coordinates overflow to inf/NaN.
LARGEST = Decimal(10) ** 15
SMALLEST = Decimal(10) ** -6


def drawable(number: Decimal) -> bool:
    """Whether a figure lies in the range a chart draws (0, or SMALLEST <= |n| < LARGEST)."""
    return number.is_finite() and (number == 0 or SMALLEST <= abs(number) < LARGEST)


def _context(number: Decimal, places: int) -> Context:
    """Enough digits for the figure at `places` places, so rounding never fails or rounds twice."""
    if not number.is_finite():
        return Context(rounding=ROUND_HALF_UP)
    _, digits, exponent = number.as_tuple()
    # Every digit written, every zero a shift or rounding adds: generous, and bounded by
    # the figure's own length.
    return Context(prec=max(28, len(digits) + abs(exponent) + abs(places) + 2), rounding=ROUND_HALF_UP,
                   Emin=-10**9, Emax=10**9)


def rounded(number: Decimal, places: int) -> Decimal:
    """四舍五入 to `places` decimal places: 21.65 -> 21.7, 0.25 -> 0.3, -3.45 -> -3.5."""
    return number.quantize(Decimal(1).scaleb(-places), context=_context(number, places))


def choose_scale(values, unit: str, setting: str) -> str:
    """"" (none), "万" or "亿" for a set of values printed in one unit."""
    if setting in SCALES:
        return setting
    if setting == "none" or unit[:1] in SCALES or unit in {"%", "％"}:
        return ""
    numbers = [abs(v.number) for v in values if not v.worded]
    largest = max(numbers, default=Decimal(0))
    # the largest scale the figures reach, unless a small one among them would keep at most
    # one significant digit (61573人次 beside 8人次 is no 6.16万 beside 0.00万: the 8 would be lost)
    for scale, reached_from in (("亿", SCALES["亿"]), ("万", AUTO_FROM)):
        if largest >= reached_from and not any(0 < n < SCALES[scale] / 10 for n in numbers):
            # a figure in the article's words is printed as worded: in 万 only where it says 万 (近3000万 -> 近3000)
            return scale if all(_in_scale(v.worded, scale) for v in values if v.worded) else ""
    return ""


def _in_scale(worded: str, scale: str) -> str | None:
    """A figure in words put in units of the scale it says (近3000万 in 万: 近3000, 300多万: 300多,
    3000万左右: 3000左右); None where it says no such scale in digits (600多, 两万多, 3亿)."""
    written = "".join(c for c, size in BIG_UNITS.items() if len(c) == 1 and size == SCALES[scale])  # 万 or 萬
    found = re.fullmatch(rf"(\D*?[0-9][0-9.]*(?:多|余|餘)?)[{written}]((?:多|余|餘)?\D*)", worded)
    return found.group(1) + found.group(2) if found and not re.search("[万亿萬億]", found.group(2)) else None



def scaled(value: Value, scale: str) -> Value:
    """In units of 万 or 亿: a shift of the decimal point, exact (no division rounds it)."""
    if not scale or value.worded:
        return value
    shift = -SCALES[scale].adjusted()
    return Value(value.number.scaleb(shift, _context(value.number, -shift)))


def _needed(number: Decimal) -> int:
    """Places a scaled figure needs, at most two: 2.23万, 12万 (not 12.00万)."""
    if not number.is_finite() or number == 0:
        return 0
    return min(2, max(0, -number.normalize(_context(number, 0)).as_tuple().exponent))


def scaled_places(values, scale: str) -> int | None:
    """One number of decimal places for a chart's scaled figures: as few as the most
    precise needs, at most two (22.30 and 1.39, not 22.3 and 1.39). None when unscaled."""
    if not scale:
        return None
    return max((_needed(scaled(v, scale).number) for v in values if not v.worded), default=0)


def _digits(value: Value, decimals: int | None, scale: str) -> tuple[bool, str]:
    """(negative, digits) of a figure rounded as printed; -0.04 at one place is 0.0, not negative."""
    number = scaled(value, scale).number
    if decimals is not None:
        places = decimals
    elif scale:
        places = _needed(number)
    else:
        places = value.written_decimals
    figure = rounded(number, places)
    return figure < 0, f"{figure.copy_abs():f}"


def format_number(value: Value, decimals: int | None, scale: str = "") -> str:
    """The figure as printed: the article's words if it gave words, else the digits, in
    units of the scale (万, 亿) when one is chosen."""
    if value.worded:
        return (_in_scale(value.worded, scale) if scale else None) or value.worded
    negative, text = _digits(value, decimals, scale)
    return f"{MINUS}{text}" if negative else text


def plain_number(value: Value, decimals: int | None, scale: str = "") -> str:
    """The same figure as data for a spreadsheet: ASCII minus, no separators, a decimal
    point; the article's words for an approximate figure (they are not a number)."""
    if value.worded:
        return (_in_scale(value.worded, scale) if scale else None) or value.worded
    negative, text = _digits(value, decimals, scale)
    return f"-{text}" if negative else text


def print_settings(spec, table) -> dict[str, tuple[str, int | None]]:
    """How each category's figures are printed: (scale, decimal places).

    A chart in one unit has one scale and one number of places for all its figures; where
    each category has its own unit, each category decides for itself.
    """
    if isinstance(spec.unit, dict):
        out = {}
        for row, label in enumerate(table.categories):
            values = [series[row] for series in table.values]
            scale = choose_scale(values, spec.unit.get(label, ""), spec.scale)
            out[label] = (scale, spec.decimals if spec.decimals is not None else scaled_places(values, scale))
        return out
    every = [v for series in table.values for v in series]
    scale = choose_scale(every, spec.unit, spec.scale)
    places = spec.decimals if spec.decimals is not None else scaled_places(every, scale)
    return {label: (scale, places) for label in table.categories}
