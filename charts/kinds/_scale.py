"""Shared arithmetic of the kinds: value scales and tick steps."""

from __future__ import annotations

import math


def domain(values, reference: float | None = None) -> tuple[float, float]:
    """From zero (bars start at zero) to the largest value or reference."""
    all_values = list(values) + ([reference] if reference is not None else [])
    low, high = min(0.0, *all_values), max(0.0, *all_values)
    return low, high if high > low else low + 1


def nice_ticks(high: float, count: int = 4) -> list[float]:
    """Round tick values from 0 to at least `high`."""
    raw = high / count
    magnitude = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    ticks, value = [], 0.0
    while value < high - 1e-9:
        ticks.append(value)
        value += step
    ticks.append(value)
    return ticks


def tick_label(value: float) -> str:
    return f"{value:g}" if abs(value) < 1e6 else f"{value:.0f}"
