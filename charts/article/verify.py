"""Provenance: every number on a chart, found in the article it came from.

Articles arrive as text extracted from newspaper PDFs: stray spaces between characters
(`近 年 来 ，`), line breaks inside phrases and numbers, full-width digits and `％`. Both the
article and what we look for are normalised the same way (NFKC, whitespace removed) and a
map back to the article's own line numbers is kept for the report.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path

from charts.article.read import Article, folded, normalise, read_article  # noqa: F401 (read_article: callers)
from charts.article.rows import table_row
from charts.numbers.format import format_number, print_settings
from charts.numbers.grammar import (
    Value,
    figures_in,
    is_stated_change,
    occurrences,
    parse_value,
)
from charts.spec.read import LoadedSpec

_FROM_TO = re.compile(r"^[^\W\d_]{0,4}[至到]$")  # the words between a level and the level it became
SPAN = 60  # at most this many characters either side of a figure belong to its clause
LABEL_SHARE = 0.5  # share of the label that must appear in the figure's clause, and no
# other category of the chart may match that clause better


def _ends_clause(ch: str) -> bool:
    """Any punctuation, ASCII or CJK, ends a figure's clause on its right: a comma, a full
    stop, a bracket (a bracketed figure belongs to the text before it, and in
    `表示不满意（“非常不满意”…）` the bracket is no second label); quotation marks do not."""
    if ch in _QUOTES or unicodedata.category(ch) in {"Pi", "Pf"}:
        return False  # a quoted word is a label (关注度“一般”), not the end of one
    return unicodedata.category(ch).startswith("P")


_QUOTES = set("\"'「」『』《》〈〉")


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
            if _FROM_TO.search(text[number.digits_end + len(unit):start]):
                continue  # `由15.6%提升至17.3%`: the earlier level is the same label's
            left = number.digits_end + len(unit)
            break
    right = end
    if _restated(text, start, end):
        right = end + 1  # `1/5(20.0%)的受访者…较不满意`: the label follows the bracket
    while right < min(len(text), end + SPAN) and not _ends_clause(text[right]) and not text[right].isdigit():
        right += 1
    return text[left:start] + text[end:right]


def _restated(text: str, start: int, end: int) -> bool:
    """A bracketed figure that gives in digits the quantity just before it (1/5(20.0%),
    超五成(54.6%)): it stands where that quantity stands, so its clause goes on after the
    bracket. Any other bracketed figure belongs to the text before it."""
    if not (start >= 2 and text[start - 1] == "(" and text[end:end + 1] == ")"):
        return False
    before = text[start - 2]
    return before.isdigit() or before in "成半"


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


def find(article: Article, forms: list[str], label: str, rivals=(), taken=frozenset()) -> tuple[str, int | None]:
    """found / relabelled / missing, with the article line of the best occurrence."""
    status, line, _ = find_at(article, forms, label, rivals, taken)
    return status, line


def find_at(article: Article, forms: list[str], label: str, rivals=(),
            taken=frozenset()) -> tuple[str, int | None, int | None]:
    """found / relabelled / missing, with the article line and offset of the best occurrence
    not in `taken` (an occurrence another cell of the same row already stands on).

    An occurrence is found with its label when the label matches the figure's clause at
    least LABEL_SHARE and no rival (the chart's other categories) matches it better: in
    `三四线城市的占24.3%`, 24.3% is 三四线城市's even though 一线城市 shares three characters.
    The longest label wins: where a rival holding this label (没有 for 有) stands in the
    clause, this label's characters inside it do not count. Traditional and Simplified
    read alike (both sides folded to Simplified).
    """
    label, rivals = _fold(label), [_fold(r) for r in rivals]
    own_parts = _parts(label)
    longer = [normalise(r) for r in rivals if r != label and normalise(label) and normalise(label) in normalise(r)]
    rival_parts = [_parts(r) for r in rivals if r != label]
    best, best_at = (-1, -1.0), None
    for form in dict.fromkeys(_fold(f) for f in forms):
        for start, end in occurrences(article.text, form):
            if start in taken:
                continue
            window = _clause(article, start, end, _unit_of(form))
            own_window = window
            for rival in longer:
                own_window = own_window.replace(rival, "\0" * len(rival))
            score = _label_score(own_parts, own_window)
            # a rival matching better, or a longer label holding this one standing in the
            # clause (没有 over 有, 一线城市 over 城市)
            beaten = any(_label_score(r, window) > score for r in rival_parts) or \
                any(rival in window for rival in longer)
            rank = (int(score >= LABEL_SHARE and not beaten), score)
            if rank > best:
                best, best_at = rank, start
    if best_at is None:
        return "missing", None, None
    return ("found" if best[0] else "relabelled"), article.line(best_at), best_at


def _fold(text: str) -> str:
    return folded(text) if text else text


def _folded_article(article: Article) -> Article:
    """The article with its text in Simplified, offset for offset (lines as they were)."""
    return replace(article, text=folded(article.text))


def header_unit(header: str) -> str | None:
    """The unit a column header states: 绝对数(亿元) -> 亿元, 比上年增长% -> %; else None
    (2010年(六普) names a period, not a unit)."""
    text = normalise(header)
    bracketed = re.search(r"\(([^()0-9]{1,6})\)$", text)
    if bracketed and re.fullmatch(r"[万亿千百十]*[^\W\d_]{0,3}(?:元|人|个|家|吨|件|次|户|所|名|岁|年|天|公里|平方米|立方米|千瓦时|%)",
                                  bracketed.group(1)):
        return bracketed.group(1)
    return "%" if text.endswith("%") else None


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
    headers = [header_unit(name) for name in table.series_names]
    lines = article.lines
    article = _folded_article(article)
    cited_articles = {i: _folded_article(a) if a is not None else None for i, a in cited_articles.items()}
    for row, label in enumerate(table.categories):
        # The row as a table printed in the text: its line, cell by cell in column order;
        # only a whole row counts (a cell moved to the next column leaves it incomplete).
        in_table = table_row(article, label, [None if s[row].approximate else s[row].number for s in table.values]) \
            if lines and label not in cited else []
        if None in in_table:
            in_table = []
        taken: set[int] = set()  # one occurrence in the text stands for one cell of the row
        for column, series in enumerate(table.values, start=1):
            # A column whose header states its unit (绝对数(亿元), 比上年增长%) is in that unit.
            value, unit = series[row], headers[column - 1] or units.get(label, "")
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
            if in_table and in_table[column - 1] is not None:
                checks.append(Check(what, field, "found", in_table[column - 1], str(article.path)))
                continue
            status, line, at = find_at(article, forms, label, table.categories, frozenset(taken))
            if at is not None:
                taken.add(at)
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


def verify_spec(loaded: LoadedSpec, article_override: Path | None = None,
                folders: tuple[Path, ...] = ()) -> list[Check]:
    """Verify a loaded spec against its article (or the one given), looked up beside the
    spec, then in `folders` (--articles), then CHARTS_ARTICLES. Raises ArticleNotFound when
    no folder holds it, SpecError when the spec names none or it cannot be read."""
    from charts import messages as msg
    from charts.article.locate import ArticleNotFound, article_folders, locate
    from charts.article.locate import archive_folders as archive
    from charts.errors import SpecError
    from charts.inputs import InputError

    spec = loaded.spec
    if article_override is None and not spec.source.article:
        raise SpecError(loaded.problem(("source",), msg.VERIFY_NO_ARTICLE))

    def load(name: str, field: tuple) -> Article:
        path = locate(name, loaded.path.parent, folders)
        if path is None:
            tried = "、".join(str(f) for f in article_folders(loaded.path.parent, folders))
            raise ArticleNotFound(loaded.problem(field, msg.VERIFY_ARTICLE_NOT_FOUND.format(name=name, folders=tried)))
        try:
            # inside the project or an archive folder the user named (charts/inputs.py)
            return read_article(path, loaded.path, archive(folders), loaded.outside)
        except InputError as exc:
            raise SpecError(loaded.problem(field, exc.reason))
        except (OSError, UnicodeDecodeError) as exc:
            raise SpecError(loaded.problem(field, msg.VERIFY_ARTICLE_MISSING.format(
                path=path, reason=getattr(exc, "strerror", None) or exc)))

    article = read_article_given(article_override, loaded) if article_override else \
        load(spec.source.article, ("source", "article"))
    cited = {i: load(c.article, ("also_cited", i, "article")) if c.article else None
             for i, c in enumerate(spec.also_cited)}
    return verify(loaded, article, cited)


def read_article_given(path: Path, loaded: LoadedSpec) -> Article:
    """The article named on the command line (--article FILE) instead of the spec's."""
    from charts import messages as msg
    from charts.errors import SpecError
    from charts.inputs import InputError

    try:
        return read_article(path)  # named by the user: any folder, still a regular file of bounded size
    except InputError as exc:
        raise SpecError(loaded.problem(("source", "article"), exc.reason))
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecError(loaded.problem(("source", "article"), msg.VERIFY_ARTICLE_MISSING.format(
            path=path, reason=getattr(exc, "strerror", None) or exc)))


def report(loaded: LoadedSpec, checks: list[Check], lenient: bool = False) -> tuple[dict[str, int], list[tuple[str, str]]]:
    """Counts by status, and one line per figure: `file:line:col: field: what happened`. A
    figure found only under another label is an error, a warning when `lenient`."""
    from charts import messages as msg
    from charts.errors import Problem
    from charts.spec.loader import format_path

    texts = {
        "found": lambda c: msg.VERIFY_FOUND.format(what=c.what, line=c.line),
        "cited": lambda c: msg.VERIFY_CITED.format(what=c.what, source=c.source),
        "relabelled": lambda c: (msg.VERIFY_RELABELLED if lenient else msg.VERIFY_RELABELLED_ERROR).format(
            what=c.what, line=c.line),
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
