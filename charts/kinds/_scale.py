"""Shared arithmetic of the kinds: value scales and tick steps."""

from __future__ import annotations

import math
from decimal import Decimal

from charts.numbers.format import MINUS


def domain(values, reference: float | None = None) -> tuple[float, float]:
    """From zero (bars start at zero) to the largest value or reference."""
    all_values = list(values) + ([reference] if reference is not None else [])
    low, high = min(0.0, *all_values), max(0.0, *all_values)
    return low, high if high > low else low + 1


def nice_ticks(high: float, count: int = 4, low: float = 0.0) -> list[float]:
    """Round tick values from `low` (0, or below it for negative figures) to at least `high`;
    always two or more, so the axis has a length to divide by."""
    raw = (high - low) / count
    magnitude = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    first = math.floor(low / step + 1e-9)
    last = max(math.ceil(high / step - 1e-9), first + 1)
    # Multiples of the step, not a running sum: 0 stays exactly 0 (it is drawn as the baseline).
    return [k * step for k in range(first, last + 1)]


def tick_label(value: float) -> str:
    """An axis figure, with the house minus (−5, not -5) like every other figure."""
    # Digits, never an exponent (2.5e-07 is not how a paper prints a figure); twelve
    # significant digits hide the float's noise (0.30000000000000004).
    text = f"{Decimal(f'{value:.12g}').normalize():f}" if value else "0"
    return MINUS + text[1:] if text.startswith("-") else text
