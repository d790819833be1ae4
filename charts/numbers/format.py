"""Figures as Chinese newspapers print them: scale (万, 亿), decimal places, the minus."""

from __future__ import annotations

from decimal import Decimal

from charts.numbers.grammar import Value

# House style: no thousands separators (papers print 21600, 38504); from six digits up a
# figure is scaled to 万 or 亿 instead (2.23万人, 954.98亿立方米).
SCALES = {"万": Decimal(10_000), "亿": Decimal(100_000_000)}
AUTO_FROM = Decimal(100_000)
MINUS = "\u2212"  # the typographic minus, not the hyphen


def choose_scale(values, unit: str, setting: str) -> str:
    """"" (none), "万" or "亿" for a set of values printed in one unit."""
    if setting in SCALES:
        return setting
    if setting == "none" or unit[:1] in SCALES or unit in {"%", "％"}:
        return ""
    largest = max((abs(v.number) for v in values if not v.worded), default=Decimal(0))
    if largest >= SCALES["亿"]:
        return "亿"
    return "万" if largest >= AUTO_FROM else ""


def scaled(value: Value, scale: str) -> Value:
    if not scale or value.worded:
        return value
    return Value(value.number / SCALES[scale])


def scaled_places(values, scale: str) -> int | None:
    """One number of decimal places for a chart's scaled figures: as few as the most
    precise needs, at most two (22.30 and 1.39, not 22.3 and 1.39). None when unscaled."""
    if not scale:
        return None
    numbers = [scaled(v, scale).number for v in values if not v.worded]
    return max((next(p for p in range(3) if n == round(n, p) or p == 2) for n in numbers), default=0)


def format_number(value: Value, decimals: int | None, scale: str = "") -> str:
    """The figure as printed: the article's words if it gave words, else the digits, in
    units of the scale (万, 亿) when one is chosen."""
    if value.worded:
        return value.worded
    number = scaled(value, scale).number
    if decimals is not None:
        places = decimals
    elif scale:  # as few places as the figure needs, at most two: 2.23万, 12万
        places = next(p for p in range(3) if number == round(number, p) or p == 2)
    else:
        places = value.written_decimals
    text = f"{abs(number):.{places}f}"
    return f"{MINUS}{text}" if number < 0 and float(text) != 0 else text


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
