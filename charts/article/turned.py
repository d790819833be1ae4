"""A chart of one column read from a table printed the other way round: the chart's labels
are the table's header (a poll's answers over its survey rounds, months across a money
table), and the chart's column one of its rows. rows.py reads tables the usual way round;
this module shares its cell reading."""

from __future__ import annotations

import re
from decimal import Decimal

from charts.article.extract.cells import MONTHS, YEARS, bracket_word
from charts.article.extract.headers import names_a_line
from charts.article.read import Article, folded, normalise
from charts.article.rows import (_EMPTY_CELLS, _HAN, _LEVEL_RATE, _RATE_ROW, _TABLE_LINE, _after_label, _bare, _number,
                                 _pair_cell, _split)
from charts.article.units import CELL, conflicts


def _naming(lines: list[str], number: int, labels: list[str], count: int) -> list[str] | None:
    """The header line over a row (1-based `number`) that names two or more of the chart's
    labels (its one, if it has one) among its `count` value cells (| 調查日期 | 2-4/2 | 20-23/2 | 最新變化 |), within the
    table: the lines between are its rows."""
    wanted = {_key(label) for label in labels}
    for above in range(number - 2, max(-1, number - 62), -1):
        text = lines[above].strip()
        if re.fullmatch(r"[^()（）0-9\s]{1,6}[)）]", text):
            continue  # 亿): the end of a row's name broken under it
        if not _TABLE_LINE.search(text):
            return None
        cells = _split(text)
        if len(cells) == count + 1 and len(wanted & {_key(c) for c in cells[1:]}) >= min(2, len(wanted)) and \
                _key(cells[0]) not in wanted and not MONTHS.fullmatch(cells[0]) and not YEARS.fullmatch(cells[0]):
            return cells[1:]  # the first names the rows' column, not a cell (a row one cell short is none)
        if len(cells) == count and len(wanted & {_key(c) for c in cells}) >= min(2, len(wanted)) and \
                lines[above][:1].isspace():  # the names over the cells alone, the rows' column left blank
            return cells
    return None


def _key(name: str) -> str:
    """A header's or label's name for comparison: words without their punctuation (好需要, 唔知/难讲),
    dates and ranges as printed (1/12 is not 11/2, 1-3/3 not 13/3)."""
    return _bare(name) if _HAN.search(name) else re.sub(r"[\s|｜]", "", normalise(name))


def turned_row(article: Article, column: str, labels: list[str], unit: str = "",
               title: str = "") -> dict[str, tuple[Decimal, int, bool]]:
    """A chart of one column drawn from a table printed the other way round: the column is a
    row of the article's table (a poll's survey dates: 3-6/10/05  527  61.3%  28.1% …), the
    chart's labels are that table's header, a name a line above it (好需要 / Very necessary / …)
    or a line of names (| 調查日期 | 2-4/2 | 20-23/2 |). Each label's cell: {label: (the number
    under it, its line, whether it is printed with %)}; a label the header does not name has none.
    A row whose name states a unit in brackets (外汇储备(万 / 亿), 较上月增减(亿)) other than the
    chart's `unit` is another measure's; a header of months in another year than the `title`
    names (2024年6月 under a title of 2023年) another table's."""
    best: dict[str, tuple[Decimal, int, bool]] = {}
    lines = article.lines
    for number, line in enumerate(lines, start=1):
        name, rates, start = column, False, _after_label(line, column)
        if start is None and (rated := _RATE_ROW.fullmatch(column)) and \
                len(_LEVEL_RATE.findall(line)) >= 2 and rated["said"] == bracket_word(lines, number):
            name, rates = rated["row"], True  # 基础货币同比 under (%为同比): the rates in brackets of 基础货币
            start = _after_label(line, name)
        if start is None or not normalise(line.strip(" |\t")).startswith(normalise(name)):
            start = _titled_row(line, name, title)
        if start is None:
            continue
        stated = _ROW_UNIT.match(line, start)  # 较前月增减(亿)  +78 …, 货币当局外汇(万 (the name broken under it)
        if stated:
            start = stated.end()
            said = stated.group().strip(" (（)）") + _broken_end(lines, number)
            if unit and conflicts(said, unit, column=True):
                continue
        tokens = [t for t in re.split(r"[|｜\s]+", line[start:]) if t]
        if sum(1 for t in tokens if _LEVEL_RATE.fullmatch(t)) >= 2:  # 32.14(6.27%): the level, or the rate
            tokens = [_pair_cell(t, rates) for t in tokens]  # of a row of rates; a bare cell is no rate
        # every cell of the row, an empty one too (--, *): a cell skipped would move the later ones
        if not tokens or not all(CELL.fullmatch(t) or t in _EMPTY_CELLS for t in tokens):
            continue
        named = _by_header(article, number, tokens, labels, title)
        if named is None:
            continue
        named = {label: (cell, number, share) for label, (cell, share) in named.items() if cell is not None}
        best = max(best, named, key=len)  # of two tables of the same survey, the one naming the chart's labels
    return best


def _titled_row(line: str, column: str, title: str) -> int | None:
    """Where the cells begin of a row whose name is the chart's title's words and then its column
    (董建華出任特首支持率 for a column 支持率 under a title of 董建華出任特首支持率及反對率); else None."""
    row = re.match(r"\s*([^|｜\d]+?)\s*(?=[|｜]|\s{2,})", line)
    if not row or not title or not normalise(row[1]).endswith(normalise(column)):
        return None
    before = normalise(row[1])[:-len(normalise(column))]
    return row.end() if len(before) >= 2 and folded(before) in folded(normalise(title)) else None


def _broken_end(lines, number: int) -> str:
    """The end of a row name's bracket the line under it gives alone (亿) under 外汇储备(万), else ""."""
    below = lines[number].strip() if number < len(lines) else ""
    return below[:-1] if re.fullmatch(r"[^()（）0-9\s]{1,6}[)）]", below) else ""


def _by_header(article: Article, number: int, tokens: list[str], labels: list[str], title: str = "") -> dict | None:
    """The cells of a row printed the other way round (line `number`, 1-based) under the chart's
    labels its header names once: {label: (number or None for an empty cell, printed with %)};
    None where no header over the row names them (a name a line, or a line of names), or where
    it names only years the chart's title does not (2024年6月 … under a title of 2023年)."""
    header = names_a_line(article.lines, 0, number - 1, len(tokens))
    header = header[0] if header else _naming(article.lines, number, labels, len(tokens))
    if header is None:
        return None
    named, printed = set(_YEAR_OF.findall(title)), set(_YEAR_OF.findall(" ".join(header)))
    if named and printed and not named & printed:
        return None
    names = [_key(n) for n in header]
    cells = {label: tokens[names.index(_key(label))] for label in labels if names.count(_key(label)) == 1}
    return {label: (None if t in _EMPTY_CELLS else _number(t), t.endswith("%")) for label, t in cells.items()}


_YEAR_OF = re.compile(r"((?:19|20)[0-9]{2})年")
_ROW_UNIT = re.compile(r"\s*[(（][^()（）0-9\s]{1,6}(?:[)）]|(?=\s))")


def round_holding(article: Article, labels: list[str], values: list) -> tuple[str, int] | None:
    """The row of a table printed the other way round (a poll's survey round: 4-6/1/2016 | 1013 |
    70.0% | 21.4% …) whose cells under the chart's labels are exactly the chart's values, and its
    line (1-based): the round a chart of one column was drawn from, for the editor to name."""
    for number, line in enumerate(article.lines, start=1):
        if "|" not in line:
            continue
        parts = [p.strip() for p in re.split(r"[|｜]", line.strip(" |｜"))]
        first, tokens = parts[0], parts[1:]
        if not first or CELL.fullmatch(first) or not tokens or \
                not all(CELL.fullmatch(t) or t in _EMPTY_CELLS for t in tokens):
            continue
        named = _by_header(article, number, tokens, labels)
        if named is not None and len(named) == len(labels) and \
                all(named[label][0] == value for label, value in zip(labels, values)):
            return first, number
    return None
