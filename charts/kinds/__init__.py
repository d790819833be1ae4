"""The registry of chart kinds. A kind is one module that registers itself with its traits
(what it may draw: the model, data rules, planner, hand-off and `charts new` read them) and
its two functions, the same for every kind:

    height(chart, width) -> float               points the plot needs at this width
    draw(canvas, chart, box) -> None            draw into box = (x, top, width, height)

and, where the plot can grow taller than height() asks and fill it (a line, columns), the
trait grows(chart, width) -> bool: the frame then fills a phone chart to its aspect.

The built-in kinds are the modules named in BUILT_IN, in the order editors are offered them.
Other packages add kinds through the entry-point group `charts.kinds`: each entry point names
a module that registers a kind when imported. Both load once, on the first read.

Kind modules import nothing heavy (the canvas is passed in): the spec model and
`charts check` read the registry and must not load matplotlib.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from importlib import import_module
from typing import Callable

from charts import messages as msg
from charts.errors import ChartsError

BUILT_IN = ("bar", "column", "stacked", "donut", "line", "grouped", "figures")
ENTRY_POINTS = "charts.kinds"

QUESTIONS = ("single", "multi", "none")
SERIES = ("one", "several", "any")  # value columns: exactly one, two or more, any number
COLORS = ("single", "parts", "series")
ALT = ("ranked", "by-category", "list")


class KindError(ChartsError):
    """A kind that cannot be registered: a programmer's mistake in a kind module or plugin."""


@dataclass(frozen=True)
class Starter:
    """The example `charts new NAME --kind K` writes."""

    settings: str  # the YAML lines after `kind:` (question, unit, decimals), comments included
    columns: tuple[str, ...]
    rows: tuple[tuple, ...]
    survey: bool = False  # shares of respondents: the starter asks for sample_size too


@dataclass(frozen=True)
class Kind:
    """A chart kind: its name, its traits and its two functions."""

    name: str  # as a spec writes it: `kind: bar`
    chinese: str  # 条形图: how alt text names the chart
    height: Callable[..., float]
    draw: Callable[..., None]
    starter: Starter
    questions: tuple[str, ...] = QUESTIONS  # the question types it may draw
    part_to_whole: bool = False  # parts of one whole: single-choice shares only
    series: str = "one"  # one of SERIES
    rows: tuple[int, int] | None = None  # fewest and most categories, where the kind limits them
    rows_message: str = msg.KIND_ROW_COUNT  # why, in the kind's words
    units_per_category: bool = False  # `unit: {类别: 单位}` with different units
    approximate: bool = False  # figures as the article words them (两万多), not drawn to scale
    reference: bool = False  # a reference line across the plot
    colors: str = "single"  # single: one colour, highlights apart; parts: tints of a whole; series: one per column
    unit_line: bool = True  # 单位：… above the plot (false where each number carries its unit)
    narrow: str = ""  # how it lays out in a narrow column, for docs/spec.md
    alt: str = "ranked"  # alt text: ranked (extremes, then each), by-category (each series), list
    extremes: tuple[str, str] = ("最高", "最低")  # alt text's words for the largest and smallest
    grows: Callable[..., bool] | None = None  # (chart, width) -> whether draw fills a taller box

    def __post_init__(self):
        for trait, allowed, ok in _CHECKS:
            value = getattr(self, trait)
            if not ok(value):
                raise KindError(msg.KIND_TRAIT.format(kind=self.name, trait=trait, allowed=allowed, got=repr(value)))
        if self.part_to_whole and self.questions != ("single",):
            raise KindError(msg.KIND_TRAIT.format(kind=self.name, trait="questions", allowed="('single',) for a "
                                                  "part-to-whole kind", got=repr(self.questions)))


def _texts(n: int) -> Callable[[object], bool]:
    return lambda v: isinstance(v, tuple) and len(v) == n and all(isinstance(t, str) and t for t in v)


def _flag(v) -> bool:
    return isinstance(v, bool)


_CHECKS = [  # (trait, what is allowed, test): an unknown value is refused, never guessed at
    ("name", "lower-case letters, digits and -", lambda v: isinstance(v, str) and re.fullmatch(r"[a-z][a-z0-9-]*", v)),
    ("chinese", "a Chinese name such as 条形图", lambda v: isinstance(v, str) and bool(v)),
    ("height", "a function (chart, width) -> float", callable),
    ("draw", "a function (canvas, chart, box)", callable),
    ("starter", "a Starter", lambda v: isinstance(v, Starter)),
    ("questions", f"a tuple of {', '.join(QUESTIONS)}",
     lambda v: isinstance(v, tuple) and v and all(q in QUESTIONS for q in v)),
    ("part_to_whole", "True or False", _flag),
    ("series", " or ".join(SERIES), lambda v: v in SERIES),
    ("rows", "None or (fewest, most)", lambda v: v is None or (
        isinstance(v, tuple) and len(v) == 2 and all(isinstance(n, int) for n in v) and 1 <= v[0] <= v[1])),
    ("rows_message", "text", lambda v: isinstance(v, str)),
    ("units_per_category", "True or False", _flag),
    ("approximate", "True or False", _flag),
    ("reference", "True or False", _flag),
    ("colors", " or ".join(COLORS), lambda v: v in COLORS),
    ("unit_line", "True or False", _flag),
    ("narrow", "text", lambda v: isinstance(v, str)),
    ("alt", " or ".join(ALT), lambda v: v in ALT),
    ("extremes", "two words, largest first", _texts(2)),
    ("grows", "None or a function (chart, width) -> bool", lambda v: v is None or callable(v)),
]

# The registry: name -> Kind. Read it through names() and get(), which load it first.
REGISTRY: dict[str, Kind] = {}
_loaded = False


def register(name: str, **traits) -> Kind:
    """Add a kind; each kind module calls this once, with its traits, height and draw."""
    known = {f.name for f in fields(Kind)} - {"name"}
    unknown = sorted(set(traits) - known)
    if unknown:
        raise KindError(msg.KIND_UNKNOWN_TRAIT.format(kind=name, trait=unknown[0], known=", ".join(sorted(known))))
    missing = sorted(t for t in ("chinese", "height", "draw", "starter") if t not in traits)
    if missing:
        raise KindError(msg.KIND_TRAIT.format(kind=name, trait=missing[0], allowed="given", got="nothing"))
    kind = Kind(name=name, **traits)
    if name in REGISTRY:
        raise KindError(msg.KIND_TWICE.format(kind=name, first=_origin(REGISTRY[name]), second=_origin(kind)))
    REGISTRY[name] = kind
    return kind


def _origin(kind: Kind) -> str:
    return getattr(kind.draw, "__module__", None) or "?"


def _load() -> None:
    """Import the built-in kinds, then the plugins: once per process."""
    global _loaded
    if _loaded:
        return
    from importlib.metadata import (
        entry_points,  # here: it costs an import only a reader needs
    )

    for module in BUILT_IN:
        import_module(f"{__name__}.{module}")
    for entry in entry_points(group=ENTRY_POINTS):
        try:
            entry.load()
        except ChartsError:
            raise
        except Exception as exc:  # noqa: BLE001 - a broken plugin is named, not a bare traceback
            raise KindError(msg.KIND_PLUGIN_FAILED.format(
                entry=entry.name, module=entry.value, error=f"{type(exc).__name__}: {exc}")) from exc
    # Built-ins in their order whatever imported them first (grouped imports bar), then plugins.
    ordered = sorted(REGISTRY.values(), key=lambda k: BUILT_IN.index(k.name) if k.name in BUILT_IN else len(BUILT_IN))
    REGISTRY.clear()
    REGISTRY.update((k.name, k) for k in ordered)
    _loaded = True


def names() -> tuple[str, ...]:
    """Every registered kind, in registry order (the model, schema and CLI offer these)."""
    _load()
    return tuple(REGISTRY)


def registered() -> tuple[Kind, ...]:
    """Every registered kind with its traits, in registry order (docs/spec.md lists them)."""
    _load()
    return tuple(REGISTRY.values())


def get(name: str) -> Kind:
    """The kind a validated spec names (the model refuses any other)."""
    _load()
    return REGISTRY[name]


def parts(chart) -> tuple:
    """A part-to-whole chart's segments in drawing order: its items, then the share the
    article does not report (remainder: unreported), so no reported part is stretched."""
    return chart.items + ((chart.gap,) if getattr(chart, "gap", None) is not None else ())
