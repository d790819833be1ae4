"""Data rules: what must be true of a table before it may be drawn as the spec asks.

Each finding names its rule, so an editor (and later `--strict`) can tell them apart.
Errors stop the chart; notes are added to its footer. What a kind may draw (question types,
value columns, units, approximate figures, a reference line) is its traits, in charts.kinds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal

from charts import kinds
from charts import messages as msg
from charts.article.read import folded
from charts.article.units import header_unit
from charts.errors import Problem
from charts.numbers.format import LARGEST, drawable, format_number, print_settings, rounded, scaled
from charts.numbers.grammar import parse_value
from charts.spec.read import LoadedSpec


@dataclass
class Findings:
    """What the rules found. Each problem's message starts `error [rule]:` or `warning [rule]:`."""

    errors: list[tuple[str, Problem]] = field(default_factory=list)
    warnings: list[tuple[str, Problem]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # footer notes the rules add
    unreported: Decimal | None = None  # the share a partial table leaves out (remainder: unreported)

    def error(self, rule: str, problem: Problem) -> None:
        self.errors.append((rule, _labelled(problem, "error", rule)))

    def warn(self, rule: str, problem: Problem) -> None:
        self.warnings.append((rule, _labelled(problem, "warning", rule)))

    def failing(self, strict: bool = False) -> list[Problem]:
        """The problems that stop a chart: errors, and warnings too when strict."""
        return [p for _, p in self.errors + (self.warnings if strict else [])]


def _labelled(problem: Problem, severity: str, rule: str) -> Problem:
    return replace(problem, message=f"{severity} [{rule}]: {problem.message}")


def check(loaded: LoadedSpec) -> Findings:
    found = Findings()
    for rule in (_drawable, _printed, _kind_fits_question, _series_count, _units, _approximate, _shares,
                 _highlight, _citations, _reference, _survey):
        rule(loaded, found)
    return found


def _drawable(s: LoadedSpec, found: Findings) -> None:
    """Figures a chart cannot draw (1e308, 1e-320) are refused here, at their cell, rather
    than drawn at infinite or NaN coordinates later."""
    cells = [(s.table.row_paths[row] + (column,), value.number)
             for column, series in enumerate(s.table.values, start=1) for row, value in enumerate(series)]
    reference = parse_value(s.spec.reference.value) if s.spec.reference is not None else None
    if reference is not None:
        cells.append((("reference", "value"), reference.number))
    for path, number in cells:
        if not number.is_finite():
            found.error("range", s.problem(path, msg.NOT_FINITE.format(got=number)))
        elif not drawable(number):
            text = msg.VALUE_TOO_LARGE if abs(number) >= LARGEST else msg.VALUE_TOO_SMALL
            found.error("range", s.problem(path, text.format(value=_shown(number))))


def _printed(s: LoadedSpec, found: Findings) -> None:
    """A figure that is not 0 printed as 0 (`decimals: 0` for 0.3, `scale: 万` for 8人次 as
    0.0万) is warned of: the editor asked for that rounding, but the reader sees a 0."""
    settings = print_settings(s.spec, s.table)
    for column, series in enumerate(s.table.values, start=1):
        for row, value in enumerate(series):
            scale, places = settings[s.table.categories[row]]
            if value.worded or value.number == 0 or not drawable(value.number):
                continue
            number = scaled(value, scale).number
            if places is not None and rounded(number, places) == 0:
                found.warn("printed", s.problem(s.table.row_paths[row] + (column,), msg.PRINTS_AS_ZERO.format(
                    value=_shown(value.number), printed=format_number(value, places, scale) + scale)))


def _shown(number: Decimal) -> str:
    """A figure short enough for one line: a 400-digit number as 1.2346E+399."""
    text = str(number)
    return text if len(text) <= 24 else f"{number:.4E}"


def _kind_fits_question(s: LoadedSpec, found: Findings) -> None:
    kind = kinds.get(s.spec.kind)
    if s.spec.question not in kind.questions:
        if kind.part_to_whole:
            found.error("part-to-whole", s.problem(("kind",), msg.KIND_NEEDS_SINGLE.format(kind=kind.name)))
        else:
            found.error("question", s.problem(("question",), msg.KIND_QUESTION.format(
                kind=kind.name, allowed=_either(kind.questions), question=s.spec.question)))
    if s.spec.question == "multi":
        found.notes.append(msg.MULTI_NOTE)


def _series_count(s: LoadedSpec, found: Findings) -> None:
    kind, count = kinds.get(s.spec.kind), len(s.table.series_names)
    if kind.series == "one" and count != 1:
        found.error("series", s.problem(("data", "columns"), msg.KIND_ONE_SERIES.format(kind=kind.name, count=count)))
    if kind.series == "several" and count < 2:
        found.error("series", s.problem(("data", "columns"), msg.KIND_NEEDS_SERIES.format(kind=kind.name)))
    rows = len(s.table.categories)
    if kind.rows and not kind.rows[0] <= rows <= kind.rows[1]:
        # the kind's own limit: the rule is named after it (error [figures]: …)
        found.error(kind.name, s.problem(("data", "rows"), kind.rows_message.format(
            kind=kind.name, low=kind.rows[0], high=kind.rows[1], count=rows)))


def _units(s: LoadedSpec, found: Findings) -> None:
    unit = s.spec.unit
    if not isinstance(unit, dict):
        _header_units(s, [unit], found)
        return
    _header_units(s, sorted(set(unit.values())), found)
    for label in unit:
        if label not in s.table.categories:
            found.error("units", s.problem(("unit", label), msg.UNIT_FOR_UNKNOWN.format(label=label)))
    for label in s.table.categories:
        if label not in unit:
            found.error("units", s.problem(("unit",), msg.UNIT_MISSING_FOR.format(label=label)))
    distinct = sorted(set(unit.values()))
    if len(distinct) > 1 and not kinds.get(s.spec.kind).units_per_category:
        found.error("units", s.problem(("unit",), msg.MIXED_UNITS.format(units="、".join(distinct))))


def _header_units(s: LoadedSpec, units: list[str], found: Findings) -> None:
    """A value column whose header states a unit (按年變動(%), 绝对数(亿元)) other than the
    chart's (each category's, where they have their own): its figures would be drawn and
    labelled in the chart's unit, 0.8% as 0.8人次."""
    for column, name in enumerate(s.table.series_names, start=1):
        stated = header_unit(name)
        other = next((u for u in units if stated is not None and not _same_unit(stated, u)), None)
        if other is not None:
            found.error("units", s.problem(("data", "columns", column), msg.HEADER_UNIT_DIFFERS.format(
                header=name, stated=stated, unit=other or "（无）")))


_MAGNITUDES = ("万亿", "亿", "万")


def _same_unit(stated: str, unit: str) -> bool:
    """Whether a header's unit is the chart's: the same in either script (个百分点 and 百分点
    alike), or the chart's magnitude alone (规模(亿) in a chart of 亿人, not of 万亿元)."""
    stated, unit = (re.sub(r"^[个個](?=百分)", "", folded(u).replace("％", "%")) for u in (stated, unit))
    magnitude = next((m for m in _MAGNITUDES if unit.startswith(m)), None)
    return stated == unit or (stated in _MAGNITUDES and stated == magnitude)


def _approximate(s: LoadedSpec, found: Findings) -> None:
    if kinds.get(s.spec.kind).approximate:
        return
    for column, series in enumerate(s.table.values, start=1):
        for row, value in enumerate(series):
            if value.approximate:
                found.error("approximate", s.problem(s.table.row_paths[row] + (column,),
                            msg.APPROX_NOT_ALLOWED.format(worded=value.worded, kind=s.spec.kind)))


def _shares(s: LoadedSpec, found: Findings) -> None:
    if s.spec.remainder is not None and s.spec.question != "single":
        found.error("remainder", s.problem(("remainder",), msg.REMAINDER_NOT_SINGLE))
    if s.spec.question not in {"single", "multi"}:
        return
    for column, series in enumerate(s.table.values, start=1):
        for row, value in enumerate(series):
            if value.number < 0:
                found.error("negative-share", s.problem(s.table.row_paths[row] + (column,),
                            msg.NEGATIVE_SHARE.format(value=value.number)))
    if s.spec.question != "single":
        return
    partial = s.spec.remainder == "unreported"
    for series in s.table.values:
        total = sum((v.number for v in series), Decimal(0))
        places = s.spec.decimals if s.spec.decimals is not None else max(v.written_decimals for v in series)
        # Each share may be off by half its last digit, so the sum by that times the count.
        slack = Decimal(5).scaleb(-places - 1) * len(series)
        low, high = 100 - slack, 100 + slack
        if total > high:  # never drawn: no partial table reports more than the whole
            found.error("shares-sum", s.problem(("data", "rows"), msg.SHARES_OVER_100.format(total=total, high=high)))
        elif total < low and partial:
            # The gap is the article's silence, shown as such; never spread over the answers.
            found.unreported = max(found.unreported or Decimal(0), 100 - total)
            note = msg.UNREPORTED_GAP_NOTE if kinds.get(s.spec.kind).part_to_whole else msg.UNREPORTED_NOTE
            if note not in found.notes:
                found.notes.append(note)
        elif total < low:
            found.error("shares-sum", s.problem(("data", "rows"), msg.SHARES_SHORT.format(
                total=total, low=low, high=high)))
        elif partial:
            found.warn("remainder", s.problem(("remainder",), msg.REMAINDER_NOTHING_MISSING.format(total=total)))
        elif total != 100 and msg.ROUNDING_NOTE not in found.notes:
            found.notes.append(msg.ROUNDING_NOTE)


def _highlight(s: LoadedSpec, found: Findings) -> None:
    for label in s.spec.highlight or []:
        if label not in s.table.categories:
            found.error("highlight", s.problem(("highlight",), msg.HIGHLIGHT_UNKNOWN.format(
                label=label, categories="、".join(s.table.categories))))


def _citations(s: LoadedSpec, found: Findings) -> None:
    for i, cited in enumerate(s.spec.also_cited):
        for label in cited.rows:
            if label not in s.table.categories:
                found.error("citation", s.problem(("also_cited", i, "rows"), msg.CITED_UNKNOWN.format(label=label)))


def _reference(s: LoadedSpec, found: Findings) -> None:
    if s.spec.reference is None:
        return
    if not kinds.get(s.spec.kind).reference:
        taking = [k.name for k in kinds.registered() if k.reference]
        found.error("reference", s.problem(("reference",), msg.REFERENCE_KIND.format(kinds=_listed(taking))))
    if parse_value(s.spec.reference.value) is None:
        found.error("reference", s.problem(("reference", "value"), msg.NOT_A_NUMBER.format(
            got=f'"{s.spec.reference.value}"')))


def _either(choices) -> str:
    return " or ".join(f"`{c}`" for c in choices)


def _listed(names: list[str]) -> str:
    """Names as an English list: `bar, column and line`."""
    return ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) > 1 else "".join(names)


def _survey(s: LoadedSpec, found: Findings) -> None:
    """A share of respondents means little without how many responded."""
    if s.spec.question in {"single", "multi"} and s.spec.sample_size is None:
        found.warn("sample-size", s.problem((), msg.NO_SAMPLE_SIZE))
