"""Spec + theme + fonts + size -> Chart: everything needed to draw, resolved.

Numbers are formatted, colours chosen, footer composed and every string checked against
the font. Drawing code reads a Chart and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from charts import kinds
from charts import messages as msg
from charts.check.rules import Findings
from charts.errors import FontError, Problem
from charts.fonts.faces import advances, missing_characters
from charts.fonts.resolve import FontChoice
from charts.numbers.format import format_number, plain_number, print_settings, scaled
from charts.numbers.grammar import parse_value
from charts.plan import text as textlib
from charts.spec.read import LoadedSpec
from charts.theme import PALETTE, Palette, Size

# Publications written without book-title marks: news sites and agencies (新华网, 新华社).
_BARE_SUFFIXES = ("网", "社")


@dataclass(frozen=True)
class Item:
    """One category: its label, its values (one per series) as numbers to draw, as printed
    on the chart (value_labels) and as data for the hand-off (figures: the same rounding,
    ASCII minus, no unit; the article's words for an approximate figure)."""

    label: str
    values: tuple[float, ...]
    value_labels: tuple[str, ...]
    colors: tuple[str, ...]
    unit: str
    highlighted: bool = False
    figures: tuple[str, ...] = ()
    approximate: tuple[bool, ...] = ()


@dataclass(frozen=True)
class Chart:
    name: str
    kind: str
    size: Size
    palette: Palette
    fonts: dict[str, FontChoice]
    title: str
    subtitle: str | None
    unit_line: str | None
    footer: tuple[str, ...]
    category_name: str
    series_names: tuple[str, ...]
    series_colors: tuple[str, ...]
    items: tuple[Item, ...]
    reference: tuple[float, str] | None = None
    gap: Item | None = None  # a part-to-whole kind's 未报道 share (remainder: unreported), drawn after the items
    advances_by_role: dict = field(default_factory=dict, repr=False, compare=False)  # em widths

    def measure(self, text: str, size: float, role: str = "body") -> float:
        return textlib.width(text, size, self.advances_by_role[role])

    def wrap(self, text: str, width: float, size: float, role: str = "body") -> list[str]:
        return textlib.wrap(text, width, size, self.advances_by_role[role])


def plan(loaded: LoadedSpec, findings: Findings, fonts: dict[str, FontChoice], size: Size,
         palette: Palette = PALETTE) -> Chart:
    spec, table = loaded.spec, loaded.table
    kind = kinds.get(spec.kind)
    order = list(range(len(table.categories)))
    if spec.sort != "none":
        order.sort(key=lambda i: table.values[0][i].number, reverse=spec.sort == "descending")
    highlight = set(spec.highlight or [])
    units = spec.unit if isinstance(spec.unit, dict) else {c: spec.unit for c in table.categories}
    single_unit = None if isinstance(spec.unit, dict) else spec.unit

    # One scale (万, 亿) for a chart in one unit; each category its own where units differ.
    settings = print_settings(spec, table)
    chart_scale = next(iter(settings.values()))[0] if single_unit is not None else None
    items = []
    for rank, i in enumerate(order):
        label = table.categories[i]
        values = [table.values[s][i] for s in range(len(table.series_names))]
        unit = house_text(units.get(label, ""))
        scale, places = settings[label]
        printed = [format_number(v, places, scale) for v in values]
        if unit == "%":
            printed = [p + unit for p in printed]
        items.append(Item(house_text(label), tuple(float(scaled(v, scale).number) for v in values),
                          tuple(printed), _colors(kind.colors, rank, label in highlight, bool(highlight), palette),
                          scale + unit, label in highlight, tuple(plain_number(v, places, scale) for v in values),
                          tuple(v.approximate for v in values)))
    if chart_scale:
        single_unit = chart_scale + single_unit

    reference = None
    if spec.reference is not None:
        value = parse_value(spec.reference.value)
        worded = format_number(value, spec.decimals, chart_scale or "")
        reference = (float(scaled(value, chart_scale or "").number), house_text(f"{spec.reference.label} {worded}"))

    gap = None
    if findings.unreported and kind.part_to_whole:
        # The missing share as a part of its own, unlabelled by a figure: the article gives none.
        gap = Item(msg.UNREPORTED_LABEL, (float(findings.unreported),), ("",), (palette.unreported,), "%")

    unit_line = None
    if single_unit and house_text(single_unit) != "%" and kind.unit_line:
        unit_line = f"单位：{house_text(single_unit)}"

    chart = Chart(
        name=loaded.name, kind=spec.kind, size=size, palette=palette, fonts=fonts,
        title=house_text(spec.title), subtitle=house_text(spec.subtitle) if spec.subtitle else None,
        unit_line=unit_line, footer=tuple(house_text(line) for line in _footer(loaded, findings)),
        category_name=table.category_name, series_names=tuple(house_text(n) for n in table.series_names), series_colors=palette.series[: len(table.series_names)],
        items=tuple(items), reference=reference, gap=gap,
        advances_by_role={role: advances(str(f.path), f.face)[0] for role, f in fonts.items()},
    )
    preflight(loaded, chart)
    return chart


_HALF_WIDTH = str.maketrans("０１２３４５６７８９％．", "0123456789%.")


def house_text(text: str) -> str:
    """Figures in one form throughout a chart: half-width digits and %, as the articles
    print them (a full-width ％ beside a half-width % reads as a mistake)."""
    return text.translate(_HALF_WIDTH)


def _colors(rule: str, rank: int, highlighted: bool, any_highlight: bool, p: Palette) -> tuple[str, ...]:
    """A category's colours by its kind's colouring rule (charts.kinds.COLORS)."""
    if rule == "parts":
        ramp = p.parts_faded if any_highlight else p.parts
        return (p.highlight if highlighted else ramp[rank % len(ramp)],)
    if rule == "series":
        return p.series
    if highlighted:
        return (p.highlight,)
    return (p.bar,)


def publication(name: str) -> str:
    """《中国青年报》, but 新华网 bare: as Chinese papers credit their sources."""
    if name.startswith("《") or name.endswith(_BARE_SUFFIXES):
        return name
    return f"《{name}》"


def _footer(loaded: LoadedSpec, findings: Findings) -> list[str]:
    spec = loaded.spec
    notes = list(spec.notes) + [n for n in findings.notes if n not in spec.notes]
    for cited in spec.also_cited:
        rows = "、".join(cited.rows)
        what = cited.title or cited.publication
        line = f"{rows}数据出自《{what}》" if cited.title else f"{rows}数据出自{publication(what)}"
        notes.append(f"{line}，{cited.note}" if cited.note else line)
    lines = []
    if notes:
        lines.append("注：" + "；".join(n.rstrip("。；") for n in notes))
    if spec.sample_size:
        lines.append(f"样本量：{spec.sample_size}")
    lines.append(f"来源：{publication(spec.source.publication)}")
    return lines


def preflight(loaded: LoadedSpec, chart: Chart) -> None:
    """Refuse a chart with a character its font cannot draw: never a tofu box."""
    spec = loaded.spec
    fields: list[tuple[tuple, str, str]] = [(("title",), spec.title, "title")]
    if spec.subtitle:
        fields.append((("subtitle",), spec.subtitle, "body"))
    fields += [(("notes", i), n, "body") for i, n in enumerate(spec.notes)]
    fields += [(("data", "columns"), name, "body") for name in chart.series_names]
    fields += [(loaded.table.row_paths[i], c, "body") for i, c in enumerate(loaded.table.categories)]
    fields += [(("unit",), "".join(i.unit for i in chart.items), "body")]
    fields += [(("source", "publication"), spec.source.publication, "body")]
    if spec.reference:
        fields.append((("reference", "label"), spec.reference.label, "body"))
    for i, cited in enumerate(spec.also_cited):
        fields.append((("also_cited", i), f"{cited.title or ''}{cited.publication}{cited.note or ''}", "body"))
    fields.append(((), "".join(chart.footer) + "".join("".join(i.value_labels) for i in chart.items), "body"))
    problems = []
    for path, text, role in fields:
        font = chart.fonts[role]
        for ch in missing_characters(text, font):
            problems.append(loaded.problem(path, msg.MISSING_GLYPH.format(
                font=font.label, char=ch, code=ord(ch))))
    if problems:
        raise FontError(_unique(problems))


def _unique(problems: list[Problem]) -> list[Problem]:
    seen, out = set(), []
    for p in problems:
        if str(p) not in seen:
            seen.add(str(p))
            out.append(p)
    return out
