"""The registry of chart kinds. A new kind is one module here plus one line below.

Every kind module has the same two functions:
    height(chart, width) -> float               points the plot needs at this width
    draw(canvas, chart, box) -> None            draw into box = (x, top, width, height)
"""

from __future__ import annotations

from importlib import import_module
from types import ModuleType

REGISTRY = {
    "bar": "charts.kinds.bar",
    "column": "charts.kinds.column",
    "stacked": "charts.kinds.stacked",
    "donut": "charts.kinds.donut",
    "line": "charts.kinds.line",
    "grouped": "charts.kinds.grouped",
    "figures": "charts.kinds.figures",
}


def kind_module(name: str) -> ModuleType:
    return import_module(REGISTRY[name])


def names() -> tuple[str, ...]:
    """Every registered kind, in registry order (the model, schema and CLI offer these)."""
    return tuple(REGISTRY)
