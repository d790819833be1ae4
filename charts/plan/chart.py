"""Spec + theme + fonts + size -> Chart: everything needed to draw, resolved.

Numbers are formatted, colours chosen, footer composed, every string written in the
edition's script (plan/edition.py) and checked against the edition's font. Drawing code
reads a Chart and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from charts import kinds
from charts import messages as msg
from charts.check.rules import Findings
from charts.errors import FontError, Problem
from charts.fonts.faces import advances, missing_characters
from charts.fonts.resolve import FontChoice
from charts.numbers.format import format_number, plain_number, print_settings, scaled
from charts.numbers.grammar import bound_apart, parse_value
from charts.plan import text as textlib
from charts.plan.edition import Script
from charts.spec.read import LoadedSpec
from charts.theme import PALETTE, Palette, Size
from charts.theme.editions import SIMPLIFIED, Edition

# Publications written without book-title marks: news sites and agencies (新华网, 新华社).
# Organisations are credited bare too (国家统计局, 香港大學民意研究計劃): book-title marks are for
# publications and documents.
_BARE_SUFFIXES = ("网", "網", "社", "局", "署", "部", "委", "委员会", "委員會", "中心", "研究院", "研究所",
                  "大学", "大學", "学院", "學院", "计划", "計劃", "协会", "協會", "研究会", "研究會", "公司", "集团",
                  "集團", "银行", "銀行", "政府", "咨询", "諮詢", "智库", "智庫")  # 艾媒咨询, a consultancy


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
    advances_by_role: dict = field(default_factory=dict, repr=False, compare=False)  # em widths (text.Advances)
    script: Script = Script()  # the edition its words are in; the hand-off asks it for its own

    @property
    def edition(self) -> Edition:
        return self.script.edition

    def measure(self, text: str, size: float, role: str = "body") -> float:
        return textlib.width(text, size, self.advances_by_role[role])

    def wrap(self, text: str, width: float, size: float, role: str = "body") -> list[str]:
        return textlib.wrap(text, width, size, self.advances_by_role[role])


def plan(loaded: LoadedSpec, findings: Findings, fonts: dict[str, FontChoice], size: Size,
         edition: Edition = SIMPLIFIED, palette: Palette = PALETTE) -> Chart:
    spec, table = loaded.spec, loaded.table
    say = Script.of(spec, edition)  # every string from the spec, in the edition's script
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
        printed = [say(format_number(v, places, scale)) for v in values]
        if unit == "%":  # not after words that say the share (近七成, 三分之一); before a bound (60%左右)
            printed = [p if v.share_in_words else "%".join(bound_apart(p, unit)) for p, v in zip(printed, values)]
        items.append(Item(say(house_text(label)), tuple(float(scaled(v, scale).number) for v in values),
                          tuple(printed), _colors(kind.colors, rank, label in highlight, bool(highlight), palette),
                          say(scale + unit), label in highlight,
                          tuple(say(plain_number(v, places, scale)) for v in values),
                          tuple(v.approximate for v in values)))
    if chart_scale:
        single_unit = chart_scale + single_unit

    reference = None
    if spec.reference is not None:
        value = parse_value(spec.reference.value)
        worded = format_number(value, spec.decimals, chart_scale or "")
        reference = (float(scaled(value, chart_scale or "").number), say(house_text(f"{spec.reference.label} {worded}")))

    gap = None
    if findings.unreported and kind.part_to_whole:
        # The missing share as a part of its own, unlabelled by a figure: the article gives none.
        gap = Item(say.house(msg.UNREPORTED_LABEL), (float(findings.unreported),), ("",), (palette.unreported,), "%")

    unit_line = None
    if single_unit and house_text(single_unit) != "%" and kind.unit_line:
        unit_line = say.house("单位：") + say(house_text(single_unit))

    chart = Chart(
        name=loaded.name, kind=spec.kind, size=size, palette=palette, fonts=fonts,
        title=say(house_text(spec.title)), subtitle=say(house_text(spec.subtitle)) if spec.subtitle else None,
        unit_line=unit_line, footer=tuple(house_text(line) for line in _footer(loaded, findings, say)),
        category_name=say(table.category_name), series_names=tuple(say(house_text(n)) for n in table.series_names),
        series_colors=palette.series[: len(table.series_names)],
        items=tuple(items), reference=reference, gap=gap,
        advances_by_role={role: _advances(str(f.path), f.face, edition.centred_punctuation)
                          for role, f in fonts.items()}, script=say,
    )
    preflight(loaded, chart)
    return chart


@lru_cache(maxsize=16)
def _advances(path: str, face: int, centred: str) -> textlib.Advances:
    return textlib.Advances(advances(path, face)[0], centred)


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


def _footer(loaded: LoadedSpec, findings: Findings, say: Script) -> list[str]:
    """注, 样本量 and 来源 lines; the spec's words through `say`, the house's through say.house."""
    spec = loaded.spec
    notes = [say(n) for n in spec.notes] + [say.house(n) for n in findings.notes if n not in spec.notes]
    for cited in spec.also_cited:
        rows = "、".join(say(r) for r in cited.rows)
        what, credited = say(cited.title or cited.publication), say.house("数据出自")
        line = f"{rows}{credited}《{what}》" if cited.title else f"{rows}{credited}{publication(what)}"
        notes.append(f"{line}，{say(cited.note)}" if cited.note else line)
    lines = []
    if notes:
        lines.append(say.house("注：") + "；".join(n.rstrip("。；") for n in notes))
    if spec.sample_size:
        lines.append(f"{say.house('样本量：')}{spec.sample_size}")
    lines.append(f"{say.house('来源：')}{publication(say(spec.source.publication))}")
    return lines


def preflight(loaded: LoadedSpec, chart: Chart) -> None:
    """Refuse a chart with a character its font cannot draw (never a tofu box) or, in a
    Traditional edition, a character left Simplified (a pinned term written in Simplified):
    each named with the field it came from, in the text as the edition prints it."""
    spec, say = loaded.spec, chart.script
    fields: list[tuple[tuple, str, str]] = [(("title",), say(spec.title), "title")]
    if spec.subtitle:
        fields.append((("subtitle",), say(spec.subtitle), "body"))
    fields += [(("notes", i), say(n), "body") for i, n in enumerate(spec.notes)]
    fields += [(("data", "columns"), name, "body") for name in (chart.category_name, *chart.series_names)]
    fields += [(loaded.table.row_paths[i], say(c), "body") for i, c in enumerate(loaded.table.categories)]
    fields += [(("unit",), "".join(i.unit for i in chart.items), "body")]
    fields += [(("source", "publication"), say(spec.source.publication), "body")]
    if spec.reference:
        fields.append((("reference", "label"), say(spec.reference.label), "body"))
    for i, cited in enumerate(spec.also_cited):
        fields.append((("also_cited", i), say(f"{cited.title or ''}{cited.publication}{cited.note or ''}"), "body"))
    fields.append(((), "".join(chart.footer) + "".join("".join(i.value_labels) for i in chart.items), "body"))
    problems = []
    for path, text, role in fields:
        font = chart.fonts[role]
        for ch in missing_characters(text, font):
            problems.append(loaded.problem(path, msg.MISSING_GLYPH.format(
                font=font.label, char=ch, code=ord(ch))))
        for ch in say.unconverted(text):
            problems.append(loaded.problem(path, msg.UNCONVERTED_CHARACTER.format(
                edition=chart.edition.tag, char=ch, code=ord(ch), text=text)))
    if problems:
        raise FontError(_unique(problems))


def _unique(problems: list[Problem]) -> list[Problem]:
    seen, out = set(), []
    for p in problems:
        if str(p) not in seen:
            seen.add(str(p))
            out.append(p)
    return out
