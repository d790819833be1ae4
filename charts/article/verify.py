"""Provenance: every number on a chart, found in the article it came from.

Articles arrive as text extracted from newspaper PDFs: stray spaces between characters
(`近 年 来 ，`), line breaks inside phrases and numbers, full-width digits and `％`. Both the
article and what we look for are normalised the same way (NFKC, whitespace removed) and a
map back to the article's own line numbers is kept for the report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from charts.article.read import Article, normalise, read_article  # noqa: F401 (read_article: callers)
from charts.numbers.format import format_number, print_settings
from charts.numbers.grammar import (
    Value,
    figures_in,
    is_stated_change,
    occurrences,
    parse_value,
)
from charts.spec.read import LoadedSpec

SPAN = 60  # at most this many characters either side of a figure belong to its clause
LABEL_SHARE = 0.5  # share of the label that must appear in the figure's clause, and no
# other category of the chart may match that clause better
_CLAUSE_END = set(",;:!?。、，；：！？")


@dataclass(frozen=True)
class Check:
    """One figure of a chart and what the article says of it."""

    what: str  # as the reader sees it: "00后 21.6%"
    field: tuple  # spec field path, for file:line
    status: str  # found | relabelled | missing | cited | verified-in-cited | not-in-cited
    line: int | None = None  # article line where it was found
    source: str = ""  # which text it was looked up in


def figure_forms(value: Value, unit: str, decimals: int | None, scale: str) -> list[str]:
    """The ways an article may print this figure: as the chart prints it, as written in
    the spec, and in words (600多亿立方米, 两万多名)."""
    forms = [format_number(value, decimals, scale) + scale + unit,
             format_number(value, None) + unit]
    if value.worded:
        forms = [value.worded + unit]
        if unit[:1] in "万亿" and value.worded.endswith(("多", "余")):
            forms.append(value.worded[:-1] + unit[:1] + value.worded[-1] + unit[1:])
    return list(dict.fromkeys(normalise(f) for f in forms))


def _clause(article: Article, start: int, end: int, unit: str) -> str:
    """The text that belongs to a figure at [start, end).

    Back to the start of its sentence, but never past an earlier figure in the same unit
    (in `00后占21.6%，90后占43.6%` the label of 43.6% is 90后, not 00后); on to the end of
    its clause, for labels that follow (`75.8%的受访者表示…`). At most SPAN characters
    either way.
    """
    text = article.text
    left = max(0, start - SPAN)
    for stop in "。!?！？":
        left = max(left, text.rfind(stop, 0, start) + 1)
    # The scan may begin inside a number (SPAN cuts it): its tail still ends a clause.
    numbers = [f for f in figures_in(text, left, start) if f.arabic]
    for number in reversed(numbers):
        if unit and text.startswith(unit, number.digits_end) and not is_stated_change(text, number.digits_start):
            left = number.digits_end + len(unit)
            break
    right = end
    while right < min(len(text), end + SPAN) and text[right] not in _CLAUSE_END and not text[right].isdigit():
        right += 1
    return text[left:start] + text[end:right]


def _label_score(parts: list[str], window: str) -> float:
    """Share of the label found in the window: each character, and each number whole
    (the 90 of 90后 is not found in 00后), weighted by length."""
    if not parts:
        return 1.0
    found = sum(len(p) for p in parts if (re.search(rf"(?<![0-9]){p}(?![0-9])", window)
                                          if p.isdigit() else p in window))
    return found / sum(len(p) for p in parts)


def _unit_of(form: str) -> str:
    """The first character after a figure's digits: `%` of 21.6%, `亿` of 954.98亿立方米."""
    if not form[:1].isdigit():
        return ""
    first = next(figures_in(form))
    return form[first.digits_end:first.digits_end + 1]


def find(article: Article, forms: list[str], label: str, rivals=()) -> tuple[str, int | None]:
    """found / relabelled / missing, with the article line of the best occurrence.

    An occurrence is found with its label when the label matches the figure's clause at
    least LABEL_SHARE and no rival (the chart's other categories) matches it better: in
    `三四线城市的占24.3%`, 24.3% is 三四线城市's even though 一线城市 shares three characters.
    """
    own_parts = _parts(label)
    rival_parts = [_parts(r) for r in rivals if r != label]
    best, best_at = (-1, -1.0), None
    for form in forms:
        for start, end in occurrences(article.text, form):
            window = _clause(article, start, end, _unit_of(form))
            score = _label_score(own_parts, window)
            beaten = any(_label_score(r, window) > score for r in rival_parts)
            rank = (int(score >= LABEL_SHARE and not beaten), score)
            if rank > best:
                best, best_at = rank, start
    if best_at is None:
        return "missing", None
    return ("found" if best[0] else "relabelled"), article.line(best_at)


def _printed_numbers(text: str) -> list[str]:
    """The numbers of a title or note as printed, digits with their % (75.8%, 1151)."""
    return [text[f.digits_start:f.digits_end] + ("%" if text.startswith("%", f.digits_end) else "")
            for f in figures_in(text, whole=True) if f.arabic]


def _parts(label: str) -> list[str]:
    return re.findall(r"[0-9]+|[^\W\d_]", normalise(label))


def verify(loaded: LoadedSpec, article: Article, cited_articles: dict[int, Article | None]) -> list[Check]:
    """Every value, reference and number in the title, subtitle and notes of one chart.

    `cited_articles` maps each also_cited entry to its text, where the spec gives one.
    """
    spec, table = loaded.spec, loaded.table
    settings = print_settings(spec, table)
    units = spec.unit if isinstance(spec.unit, dict) else {c: spec.unit for c in table.categories}
    cited = {row: i for i, c in enumerate(spec.also_cited) for row in c.rows}
    checks: list[Check] = []
    for row, label in enumerate(table.categories):
        for column, series in enumerate(table.values, start=1):
            value, unit = series[row], units.get(label, "")
            scale, places = settings[label]
            forms = figure_forms(value, unit, places, scale)
            what = f"{label} {forms[0]}" if len(table.values) == 1 else \
                f"{label}（{table.series_names[column - 1]}）{forms[0]}"
            field = table.row_paths[row] + (column,)
            if label in cited:
                source = cited_articles.get(cited[label])
                if source is None:
                    checks.append(Check(what, field, "cited", source=spec.also_cited[cited[label]].publication))
                    continue
                status, line = find(source, forms, label, table.categories)
                checks.append(Check(what, field, status, line, str(source.path)))
                continue
            status, line = find(article, forms, label, table.categories)
            checks.append(Check(what, field, status, line, str(article.path)))
    if spec.reference is not None:
        value = parse_value(spec.reference.value)
        unit = spec.unit if isinstance(spec.unit, str) else ""
        forms = figure_forms(value, unit, spec.decimals, "")
        status, line = find(article, forms, spec.reference.label)
        checks.append(Check(f"{spec.reference.label} {forms[0]}", ("reference", "value"), status, line,
                            str(article.path)))
    texts = [(("title",), spec.title)] + ([(("subtitle",), spec.subtitle)] if spec.subtitle else [])
    texts += [(("notes", i), note) for i, note in enumerate(spec.notes)]
    if spec.sample_size:
        texts.append((("sample_size",), str(spec.sample_size)))
    for field, text in texts:
        for number in _printed_numbers(normalise(text)):
            status, line = find(article, [number], "")
            checks.append(Check(number, field, "found" if status != "missing" else "missing", line,
                                str(article.path)))
    return checks


def verify_spec(loaded: LoadedSpec, article_override: Path | None = None) -> list[Check]:
    """Verify a loaded spec against its article (or the one given). Raises SpecError when
    there is no article to read."""
    from charts import messages as msg
    from charts.errors import SpecError

    spec = loaded.spec
    where = article_override or (loaded.path.parent / spec.source.article if spec.source.article else None)
    if where is None:
        raise SpecError(loaded.problem(("source",), msg.VERIFY_NO_ARTICLE))

    def load(path: Path, field: tuple) -> Article:
        try:
            return read_article(path)
        except (OSError, UnicodeDecodeError) as exc:
            raise SpecError(loaded.problem(field, msg.VERIFY_ARTICLE_MISSING.format(
                path=path, reason=getattr(exc, "strerror", None) or exc)))

    article = load(where, ("source", "article"))
    cited = {i: load(loaded.path.parent / c.article, ("also_cited", i, "article")) if c.article else None
             for i, c in enumerate(spec.also_cited)}
    return verify(loaded, article, cited)


def report(loaded: LoadedSpec, checks: list[Check]) -> tuple[dict[str, int], list[tuple[str, str]]]:
    """Counts by status, and one line per figure: `file:line:col: field: what happened`."""
    from charts import messages as msg
    from charts.errors import Problem
    from charts.spec.loader import format_path

    texts = {
        "found": lambda c: msg.VERIFY_FOUND.format(what=c.what, line=c.line),
        "cited": lambda c: msg.VERIFY_CITED.format(what=c.what, source=c.source),
        "relabelled": lambda c: msg.VERIFY_RELABELLED.format(what=c.what, line=c.line),
        "missing": lambda c: msg.VERIFY_MISSING.format(what=c.what, source=c.source),
    }
    counts = {status: 0 for status in texts}
    lines = []
    for c in checks:
        counts[c.status] += 1
        line, col = loaded.where(*c.field)
        where = Problem(loaded.shown, texts[c.status](c), field=format_path(c.field), line=line, column=col)
        lines.append((c.status, str(where)))
    return counts, lines
