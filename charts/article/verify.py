"""Provenance: every number on a chart, found in the article it came from.

Articles arrive as text extracted from newspaper PDFs: stray spaces between characters
(`近 年 来 ，`), line breaks inside phrases and numbers, full-width digits and `％`. Both the
article and what we look for are normalised the same way (NFKC, whitespace removed) and a
map back to the article's own line numbers is kept for the report.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from charts import messages as msg
from charts.article.checks import STATUSES, Check, report, said  # noqa: F401 (callers import them from here)
from charts.article.cohesion import row_strays
from charts.article.groups import other_group, runs
from charts.article.labels import find, find_at, stated_bound, stated_fall
from charts.article.named import named_base, names_base, names_change, names_fall
from charts.article.passage import strays
from charts.article.places import cell_place, ratio_place, ratios_of
from charts.article.periods import another_period, base_told, other_level, out_of_order
from charts.article.read import Article, folded, folded_article, normalise, read_article
from charts.article.extract.cells import MONTHS, SURVEY_DATES, YEARS
from charts.article.rows import header_over, row_unit, stacked_header_over, table_row, unit_cell
from charts.article.turned import round_holding, turned_row
from charts.article.units import (BARE_UNITS, INDEX_BASE, SCORES, conflicts, header_unit, is_rate, signs_before, stated_unit,
                                  unit_dropped)
from charts.numbers.format import format_number, print_settings
from charts.numbers.grammar import BIG_UNITS, CELL_BOUNDS, QUALIFIERS, Value, figures_in, in_arabic, parse_value
from charts.spec.read import LoadedSpec


def figure_forms(value: Value, unit: str, decimals: int | None, scale: str) -> list[str]:
    """The ways an article may print this figure: as the chart prints it, as written in
    the spec, and in words (600多亿立方米, 两万多名). An index's base (1978=100) is shown in
    brackets and never printed beside its figures."""
    if INDEX_BASE.fullmatch(unit):
        return [format_number(value, decimals, scale) + f"({unit})", *figure_forms(value, "", decimals, scale)]
    forms = [format_number(value, decimals, scale) + scale + unit,
             format_number(value, None) + unit]
    if value.worded:
        # a share in tenths carries no unit in the text: 近七成, not 近七成%
        forms = [value.worded + ("" if unit == "%" and value.share_in_words else unit)]
        if unit[:1] in "万亿" and value.worded.endswith(("多", "余")):
            forms.append(value.worded[:-1] + unit[:1] + value.worded[-1] + unit[1:])
        bounded = re.fullmatch(rf"(.*?[0-9])({'|'.join(CELL_BOUNDS)})", value.worded)
        if bounded and unit:  # 50%以上, 3000元左右: the unit before the bound, as articles print it
            forms.append(bounded.group(1) + unit + bounded.group(2))
        qualifier = next((q for q in QUALIFIERS if value.worded.startswith(q)), None)
        if qualifier:  # 约为16000元, 約為41%, 超过了19000元: the verb between the qualifier and the number
            forms += [qualifier + verb + form[len(qualifier):] for form in list(forms) for verb in _QUALIFIED_VERBS]
        forms += [in_arabic(form) for form in forms]  # the article's 三成五以下 is read as 35%以下
    if not value.worded:
        forms += _counted(value, unit)
    grouped = None if value.worded else _thousands(forms[1])
    if grouped:  # 29,500港元: a Hong Kong or Taiwan article groups thousands with commas
        forms.append(grouped)
    currency, signs = signs_before(unit)
    if signs and not value.worded:  # $19800, HK$80.1, $1.98萬: the currency's sign before the figure
        bare = [form[:-len(currency)] for form in (forms[0], forms[1], grouped or "") if form]
        forms += [sign + form for sign in signs for form in bare]
    noted = re.fullmatch(r"(.+?)[(（][^()（）]+[)）]", unit)
    if noted:  # 万元(新台币): an article names the currency once, not beside every figure
        forms += figure_forms(value, noted.group(1), decimals, scale)
    if unit in BARE_UNITS:  # 平均值为54.75, 生活水平(60.44): an index has no unit to print
        forms += figure_forms(value, "", decimals, scale)
    return list(dict.fromkeys(normalise(f) for f in forms))


_QUALIFIED_VERBS = ("为", "為", "达", "達", "有", "是", "了")


def _measured(text: str, at: int, unit: str) -> bool:
    """Whether the figure at `at` has a unit printed after it other than `unit` (190.4亿元, 54.75%
    where the spec says 指数 or 分; not 85.4分 where it says 分): no index or score then."""
    figure = next(figures_in(text, at, min(len(text), at + 24)), None)
    return figure is not None and bool(figure.big or figure.unit and folded(figure.unit) != folded(unit))


def _named_in_clause(text: str, at: int, label: str) -> bool:
    """Whether the label stands whole in the clause of the figure at `at` (满意度值为79.2,
    生活信心(86.77)): a bare number is a score only of what its own clause names."""
    marks = ",;:。!?、"  # a bracketed score is its label's: 生活信心(86.77)
    begin = max(text.rfind(mark, 0, at) for mark in marks) + 1
    ends = [i for i in (text.find(mark, at) for mark in marks) if i >= 0]
    clause = text[begin:min(ends) if ends else len(text)]
    return folded(normalise(unit_dropped(label))).replace(" ", "") in clause.replace(" ", "")


def _counted(value: Value, unit: str) -> list[str]:
    """The figure of a table in 万 as the article counts it, exactly (4.2968萬人次 as 42968人次):
    the same number, whole, never a rounding of it."""
    if unit[:1] not in BIG_UNITS or len(unit) < 2 or unit[1:2] in BIG_UNITS:
        return []
    whole = value.number * BIG_UNITS[unit[0]]
    return [f"{whole:f}".split(".")[0] + unit[1:]] if whole == whole.to_integral_value() else []


def _thousands(form: str) -> str | None:
    """The form with its whole part grouped by commas (29,500港元), or None below 1,000."""
    whole = re.match(r"([-−]?)([0-9]{4,})", form)
    if whole is None:
        return None
    return whole.group(1) + f"{int(whole.group(2)):,}" + form[whole.end():]


def _printed_numbers(text: str) -> list[str]:
    """The numbers of a title or note as printed, digits with their % (75.8%, 1151)."""
    return [text[f.digits_start:f.digits_end] + ("%" if text.startswith("%", f.digits_end) else "")
            for f in figures_in(text, whole=True) if f.arabic]


def verify(loaded: LoadedSpec, article: Article, cited_articles: dict[int, Article | None]) -> list[Check]:
    """Every value, reference and number in the title, subtitle and notes of one chart.

    `cited_articles` maps each also_cited entry to its text, where the spec gives one.
    """
    spec, table = loaded.spec, loaded.table
    settings = print_settings(spec, table)
    units = spec.unit if isinstance(spec.unit, dict) else {c: spec.unit for c in table.categories}
    cited = {row: i for i, c in enumerate(spec.also_cited) for row in c.rows}
    # the labels read as the article is (二○一七年 is 2017年 in both); messages keep the spec's words
    written = dict(zip(map(in_arabic, table.categories), table.categories))
    table = replace(table, categories=tuple(map(in_arabic, table.categories)), series_names=tuple(map(in_arabic, table.series_names)))
    settings, units, cited = ({in_arabic(k): v for k, v in d.items()} for d in (settings, units, cited))
    checks: list[Check] = []
    headers = [header_unit(name) for name in table.series_names]
    lines = article.lines
    article = folded_article(article)
    cited_articles = {i: folded_article(a) if a is not None else None for i, a in cited_articles.items()}
    ratios = ratios_of(article, table, cited)
    grouped = None if cited else runs(article.text, table.categories, spec.title, spec.subtitle or "")
    names = table.series_names
    looked: dict[int, tuple[str, list[str]]] = {}  # check -> (label, forms) of a figure found by its label
    # a column that is a row of a table printed the other way round: one column (a poll's survey
    # dates: 3-6/10/05  527  61.3% …), or each, where the chart's rows are a poll's rounds
    # (| 調查日期 | 2-4/2 | 20-23/2 |, its measures the columns), or a month's (2018年3月 2月 … over 基础货币 …)
    rounds = len(names) == 1 or any(SURVEY_DATES.fullmatch(str(c)) for c in table.categories) or \
        len(table.categories) > 1 and all(MONTHS.fullmatch(str(c)) for c in table.categories) or \
        all(YEARS.fullmatch(str(n)) or SURVEY_DATES.fullmatch(str(n)) for n in names)  # | 年份 | 北京 | 上海 |
    turned = [turned_row(article, name, table.categories, headers[c] or (units.get(table.categories[0], "") if units else ""),
                         spec.title) if lines and not cited and rounds else {} for c, name in enumerate(names)]
    for row, label in enumerate(table.categories):
        # The row as a table printed in the text: its line, cell by cell in column order;
        # only a whole row counts (a cell moved to the next column leaves it incomplete).
        # a column headed as the table prints it (2022年) is that header's cell, or misplaced
        in_table, misplaced = table_row(article, label, [None if s[row].approximate else s[row].number
                                                         for s in table.values], names, table.categories,
                                        [headers[c] or units.get(label, "") for c in range(len(table.values))],
                                        spec.title) \
            if lines and label not in cited else ([], {})
        if any(f is None for c, f in enumerate(in_table) if c not in misplaced):
            in_table = []
        taken: set[int] = set()  # one occurrence in the text stands for one cell of the row
        periods: dict[int, tuple[int, int]] = {}  # check -> (column, offset), for the order of periods
        together: list[tuple] = []  # (check, offset, unit, number) of the row's cells found in prose
        for column, series in enumerate(table.values, start=1):
            # A column whose header states its unit (绝对数(亿元), 比上年增长%) is in that unit.
            value, unit = series[row], headers[column - 1] or units.get(label, "")
            scale, places = settings[label]
            forms = figure_forms(value, unit, places, scale)
            what = f"{written[label]} {forms[0]}" if len(table.values) == 1 else \
                f"{written[label]}（{loaded.table.series_names[column - 1]}）{forms[0]}"
            field = table.row_paths[row] + (column,)
            if label in cited:
                source = cited_articles.get(cited[label])
                if source is None:
                    checks.append(Check(what, field, "cited", source=spec.also_cited[cited[label]].publication))
                    continue
                status, line = find(source, forms, label, table.categories)
                checks.append(Check(what, field, status, line, str(source.path)))
                continue
            direct = (bool(in_table) and in_table[column - 1] is not None) or column - 1 in misplaced
            if label in turned[column - 1] and not value.worded and not direct:
                # the row read the other way round, only where it is not a row of its own: its cell,
                # exactly, and printed as a share only where the chart gives shares
                cell, at, share = turned[column - 1][label]
                stated = stated_unit(lines, at)
                right = cell == value.number and (unit in ("%", "％") or not share) and \
                    not (stated and conflicts(stated[0], unit, column=True))
                checks.append(Check(what, field, "found" if right else "relabelled", at, str(article.path)))
                continue
            if column - 1 in misplaced:
                placed = cell_place(misplaced[column - 1], value.number, what)
                checks.append(Check(what, field, placed.status, placed.line, str(article.path), instead=placed.instead))
                continue
            if in_table and in_table[column - 1] is not None:
                looked[len(checks)] = (label, forms)
                # which unit the table states for this cell: a rate column's header (比上年增长(%)) over
                # any row's; else the row's own (人均地区生产总值(元) under 2023年(亿元)); else its column's
                # header; else its group's, parent's or caption's
                stated = row_unit(lines, in_table[column - 1], label)
                own = stated if stated is not None and stated[1] == in_table[column - 1] else None
                over = header_over(article, in_table[column - 1], label, names[column - 1]) or \
                    stacked_header_over(lines, in_table[column - 1], label)
                over_unit = header_unit(over) if over else None
                if over_unit and (is_rate(over_unit) or not own):
                    if conflicts(over_unit, unit, column=True):
                        checks.append(Check(what, field, "relabelled", in_table[column - 1], str(article.path),
                                            instead=msg.VERIFY_HEADER_UNIT.format(
                                                what=what, line=in_table[column - 1], header=over,
                                                stated=over_unit, unit=unit or "no unit", mark="{mark}")))
                        continue
                # a 单位 column's cell (万元) states the row's unit as a header does its column's: a rate is no
                # amount; where the table's header is not read, a spec's header naming a rate (增长(%)) is believed
                elif stated and not (unit_cell(lines[stated[1] - 1]) and is_rate(headers[column - 1] or "")) and \
                        conflicts(stated[0], unit, column=unit_cell(lines[stated[1] - 1])):
                    checks.append(Check(what, field, "relabelled", stated[1], str(article.path),
                                        instead=msg.VERIFY_TABLE_UNIT.format(
                                            what=what, line=stated[1], stated=stated[0], unit=unit or "no unit",
                                            mark="{mark}")))
                    continue
                checks.append(Check(what, field, "found", in_table[column - 1], str(article.path)))
                continue
            if ratios[column - 1] is not None:
                placed = ratio_place(article, ratios[column - 1], row, value.number, table.categories, what)
                checks.append(Check(what, field, placed.status, placed.line, str(article.path), instead=placed.instead))
                continue
            header = (names[column - 1], names[:column - 1] + names[column:]) if len(names) > 1 else None
            # a chart of falls (与十年前相比普及率减少的项目, 降幅) gives their size, positive
            falls = names_fall(label, names[column - 1], spec.title, spec.subtitle or "")
            changes = names_change(label, names[column - 1], *([spec.title] if len(names) == 1 else []))
            base = named_base(label, names[column - 1], *([spec.title] if len(names) == 1 else []))
            status, line, at = find_at(article, forms, label, table.categories, frozenset(taken), header, falls,
                                       changes, base, names[column - 1], spec.title)
            passed: set[int] = set()  # occurrences in another group's run (groups.py): its own may come later
            while status == "found" and other_group(article.text, at, grouped) and len(passed) < 8:
                passed.add(at)
                again = find_at(article, forms, label, table.categories, frozenset(taken | passed), header, falls,
                                changes, base, names[column - 1], spec.title)
                if again[0] != "found":
                    break
                status, line, at = again
            fall = stated_fall(article, forms) if status == "missing" and not falls else None
            if fall is not None:
                checks.append(Check(what, field, status, fall, str(article.path), instead=msg.VERIFY_FALL.format(
                    what=what, line=fall, number=forms[0])))
                continue
            bound = stated_bound(article, forms) if status == "missing" and not value.worded else None
            if bound is not None:
                checks.append(Check(what, field, status, bound, str(article.path), instead=msg.VERIFY_BOUND.format(
                    what=what, line=bound)))
                continue
            looked[len(checks)] = (label, forms)
            # a column naming its base (较上年, 與去年同期比較): a figure told against another (比2019年,
            # 较上年末) is not its; one told against none is its only where the text gives the row no
            # other figure after the column's words, anywhere
            against = base_told(names[column - 1], article.text, at, spec.title) if status == "found" else None
            if against is False:
                status = "relabelled"
            if status == "found" and header and not value.worded and other_level(
                    article.text, *header, label, table.categories, value.number, unit,
                    None if against is None and names_base(names[column - 1]) else article.paragraph(at)):
                status = "relabelled"  # the text gives this row another level under the column's header
            group = other_group(article.text, at, grouped) if status == "found" else None
            if group:  # 社区养老23名 of 青年人群's run, charted under a title of 中年人群
                checks.append(Check(what, field, "relabelled", line, str(article.path), instead=msg.VERIFY_GROUP.format(
                    what=what, line=line, group=group, own=grouped[0], mark="{mark}")))
                continue
            told = another_period(spec.title, article.text, at, " ".join([label, *names])) \
                if status == "found" and at is not None else None
            if told:  # 2023年1-5月…8496.7万部 charted under a title of 2023年5月
                checks.append(Check(what, field, "relabelled", line, str(article.path), instead=msg.VERIFY_PERIOD.format(
                    what=what, line=line, told=told, title=spec.title, mark="{mark}")))
                continue
            if at is not None and (unit in BARE_UNITS or INDEX_BASE.fullmatch(unit)) and _measured(article.text, at, unit):
                status, line, at = "missing", None, None  # 190.4亿元 is no index (1978=100)
            if status == "found" and unit in SCORES and not _measured(article.text, at, "") and \
                    not _named_in_clause(article.text, at, label):
                status = "relabelled"  # 教育满意度为32: a bare 32 is a score of the label its own clause names
            if at is not None:
                taken.add(at)
                if status == "found":
                    periods[len(checks)] = (column, at)
                    if unit and not value.worded:
                        together.append((len(checks), at, unit, value.number))
            checks.append(Check(what, field, status, line, str(article.path)))
        for index in out_of_order(article.text, periods):
            checks[index] = replace(checks[index], status="relabelled")
        for index, (start, end) in row_strays(article.text, together).items():
            first, last = article.line(start), article.line(max(start, end - 1))
            checks[index] = replace(checks[index], status="relabelled", instead=msg.VERIFY_AWAY.format(
                what=checks[index].what, line=checks[index].line, first=first, last=last, mark="{mark}"))
    if len(table.values) == 1 and not cited:  # one chart, one passage (passage.py)
        found = [i for i in looked if checks[i].status == "found"]
        for k, (first, last) in strays(article, [(checks[i].line, *looked[i]) for i in found]).items():
            check = checks[found[k]]
            checks[found[k]] = replace(check, status="relabelled", instead=msg.VERIFY_AWAY.format(
                what=check.what, line=check.line, first=first, last=last, mark="{mark}"))
    if len(table.values) == 1 and lines and not cited and any(c.status != "found" for c in checks):
        # a poll's answers charted from one round of its table, the column not named by the round
        held = round_holding(article, table.categories, [v.number for v in table.values[0]])
        if held:
            checks = [replace(c, instead=msg.VERIFY_NAME_THE_ROUND.format(
                what=c.what, line=held[1], round=held[0], column=names[0], mark="{mark}"))
                if c.status != "found" and c.field[:1] == ("data",) else c for c in checks]
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
            # A title's number is printed with its own words (进口下降0.3%): found as the article
            # prints it, a fall included; the chart's values are checked, signs and all, above.
            status, line = find(article, [number], "", falls=True)
            checks.append(Check(number, field, "found" if status != "missing" else "missing", line,
                                str(article.path)))
    return checks


def verify_spec(loaded: LoadedSpec, article_override: Path | None = None,
                folders: tuple[Path, ...] = ()) -> list[Check]:
    """Verify a loaded spec against its article (or the one given), looked up beside the
    spec, then in `folders` (--articles), then CHARTS_ARTICLES. Raises ArticleNotFound when
    no folder holds it, SpecError when the spec names none or it cannot be read."""
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
    from charts.errors import SpecError
    from charts.inputs import InputError

    try:
        return read_article(path)  # named by the user: any folder, still a regular file of bounded size
    except InputError as exc:
        raise SpecError(loaded.problem(("source", "article"), exc.reason))
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecError(loaded.problem(("source", "article"), msg.VERIFY_ARTICLE_MISSING.format(
            path=path, reason=getattr(exc, "strerror", None) or exc)))
