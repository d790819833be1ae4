"""Tables printed as text: pipe rows (| 指标 | 绝对数(亿元) |), columns aligned with spaces
(年末常住人口  2875.30 2848.82 …), and tables whose cells a PDF or web page split one per
line (GDP / 200807 / 381490 / 6.9 / 6.9). Read from the article's lines, since the layout is
what makes them a table.

Each table becomes one draft per unit: a header ending in (亿元) or % gives its column a
unit, a label ending in (亿元) or a line of its own such as 人口(万人) or 单位:% the rows
under it. A row with fewer cells than the header is never fitted to it (an empty cell
shifts the later ones left, and the text cannot say which was empty): it is written as a
comment marked 请核对 for the editor to place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from charts.article.extract.section import Draft, Section
from charts.numbers.grammar import ARABIC, figures_in

_VALUE = re.compile(rf"[-−]?(?:[0-9]{{1,3}}(?:,[0-9]{{3}})+(?:\.[0-9]+)?|{ARABIC})%?")
_YEARS = re.compile(r"(?:19|20)\d\d(?:[-—–](?:19|20)\d\d)?年?(?:底|末)?")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_PROSE = re.compile(r"[。，；！？]|, ")
_UNIT_IN_BRACKETS = re.compile(r"\(([^()]{1,6})\)?$|\(([%％])$")
_UNIT_LINE = re.compile(r"^单位[:：](.{1,6})$|^單位[:：](.{1,6})$")
_LABEL_NOISE = re.compile(r"^(?:#|其中[:：])+|[?①-⑩]")
_UNITS = ("%", "元", "人", "吨", "公顷", "平方公里", "千米", "公里", "立方米", "千瓦时", "户", "个", "辆", "所",
          "册", "件", "人次", "家", "头")
_UNIT_WORD = re.compile(rf"[万亿萬億]?(?:{'|'.join(_UNITS)})")  # a unit column's cell: 万吨, 亿元
_UNIT_COLUMN = re.compile(r"单位|單位|计量单位|計量單位")
_LABEL_COLUMN = ("年份", "指标", "指標", "项目", "項目", "地区", "地區", "名称", "名稱", "类别", "類別")
MAX_COLUMNS = 6  # the spec's limit of series in one chart
_ROWS = {False: 60, True: 12}  # rows a bar chart, and a grouped one, can show


@dataclass
class _Table:
    header: list[str]  # one name per value column
    label_column: str = "指标"
    rows: list[tuple[str, list[str], str]] = field(default_factory=list)  # label, values, row unit
    short: list[tuple[str, list[str]]] = field(default_factory=list)  # rows with cells missing
    lines: set[int] = field(default_factory=set)  # article line indices (0-based)
    unit: str = ""
    super_units: list[str] = field(default_factory=list)  # per column, from a header above
    title: str = ""


def _tokens(line: str) -> list[str]:
    if line.count("|") >= 2:
        return [c.strip() for c in line.strip().strip("|").split("|")]
    return line.split()


def _is_value(token: str) -> bool:
    return bool(_VALUE.fullmatch(token))


def _unit_of(name: str) -> tuple[str, str]:
    """(name without its unit, unit): 绝对数(亿元) -> (绝对数, 亿元), 比上年增长% -> (比上年增长, %).
    A bracket holding digits is a note, not a unit: 指数(2007为以下各年)."""
    found = _UNIT_IN_BRACKETS.search(name)
    if found and not re.search(r"[0-9]", found.group(0)):
        return name[:found.start()], found.group(1) or found.group(2)
    if name.endswith("%") and len(name) > 1:
        return name[:-1], "%"
    return name, ""


def _clean(label: str) -> str:
    label = re.sub(r"[A-Za-z][A-Za-z .,'-]*$", "", label)  # the English gloss run on to it
    return _LABEL_NOISE.sub("", label).strip()


def _unit_line(line: str) -> str:
    """The unit a line gives the rows under it: 单位:% or 人  口(万人) (an English gloss aside)."""
    if _PROSE.search(line):
        return ""
    words = _clean("".join(t for t in _tokens(line) if _HAN.search(t)))
    found = _UNIT_LINE.match(words)
    if found:
        return next(g for g in found.groups() if g)
    return _unit_of(words)[1] if len(words) <= 12 else ""


def _row(tokens: list[str]) -> tuple[str, list[str]] | None:
    """An aligned or pipe row: label words, perhaps an English gloss, then its values to the end."""
    i = 0
    while i < len(tokens) and _HAN.search(tokens[i]) and not _is_value(tokens[i]) and \
            not (i and _YEARS.fullmatch(tokens[i])):
        i += 1
    if i == 0 and len(tokens) > 1 and _YEARS.fullmatch(tokens[0]) and _is_value(tokens[1]):
        i = 1  # a year's row: 2021  1200  3.5
    if i > 1 and _UNIT_WORD.fullmatch(tokens[i - 1]):
        i -= 1  # 粮食产量  万吨  45.6: a unit column, written as (万吨) after the label
        tokens = tokens[:i] + [f"({tokens[i]})"] + tokens[i + 1:]
        label = "".join(tokens[:i + 1])
        i += 1
    else:
        label = "".join(tokens[:i])
    while i < len(tokens) and not _HAN.search(tokens[i]) and not _is_value(tokens[i]):
        if tokens[i].startswith("("):
            return None  # 人  口(万人) Population (10 000 persons): a unit line, not a row
        i += 1  # an English gloss (Year-end Resident Population)
    values = []
    while i < len(tokens) and _is_value(tokens[i]):
        values.append(tokens[i])
        i += 1
    if not label or not values or any(_HAN.search(t) for t in tokens[i:]):
        return None  # trailing junk of a web page is no cell, but a word would be
    return label, values


def _header(tokens: list[str], width: int) -> list[str] | None:
    """The header over rows of `width` values: years, or as many names as columns."""
    years = [t for t in tokens if _YEARS.fullmatch(t)]
    if len(years) >= width:
        return years[-width:] if len(years) == width else years
    names = [t for t in tokens if _HAN.search(t) or t == "%"]
    if len(names) == width + 1 and not _UNIT_COLUMN.fullmatch(names[1]):
        return names[1:]
    if len(names) == width + 2 and _UNIT_COLUMN.fullmatch(names[1]):
        return names[2:]  # 指标  单位  产量  增长
    if len(names) == width and len(tokens) == width:
        return names  # names over the values only, none over the labels
    return None


def _aligned(lines: list[str], first: int, last: int) -> list[_Table]:
    tables, table, gap, unit = [], None, 0, ""
    for i in range(first, last + 1):
        line = lines[i]
        found = None if _PROSE.search(line) else _row(_tokens(line))
        if found and (len(_tokens(line)) < 2 or all(_YEARS.fullmatch(v) for v in found[1])):
            found = None  # a lone word, or the header's years
        if found is None:
            gap += 1
            unit = _unit_line(line) or unit
            if table and (gap > 3 or (not line.strip() and not _next_is_row(lines, i, last))):
                tables.append(table)
                table = None
            continue
        label, values = found
        gap = 0
        if table is None:
            table = _start(lines, first, i, len(values))
            if table is None:
                continue
            unit = table.unit or (unit if _UNIT_LINE.match("".join(lines[i - 1].split())) else "")
        label, row_unit = _unit_of(_clean(label))
        unit = row_unit or unit  # 本市生产总值(亿元) gives its unit to the parts under it
        table.lines.add(i)
        if len(values) < len(table.header):
            table.short.append((label, values))
        else:
            table.rows.append((label, values[:len(table.header)], row_unit or unit or table.unit))
    if table:
        tables.append(table)
    return [t for t in tables if len(t.rows) >= 2]


def _next_is_row(lines: list[str], at: int, last: int) -> bool:
    """Whether the first line with words after a blank one is a row: if not, the table ended."""
    for line in lines[at + 1:last + 1]:
        if line.strip():
            return not _PROSE.search(line) and _row(_tokens(line)) is not None
    return False


def _start(lines: list[str], first: int, at: int, width: int) -> _Table | None:
    """The table whose first row is at `at`: its header is within the six lines above."""
    for j in range(at - 1, max(first, at - 6) - 1, -1):
        tokens = _tokens(lines[j])
        header = _header(tokens, width)
        if header is None:
            continue
        table = _Table(header=header, lines={j})
        label = _row(tokens[:1] + ["0"])  # the header's first words name the labels (指  标 Item …)
        if label and _HAN.search(label[0]) and not _YEARS.fullmatch(label[0]):
            table.label_column = _clean("".join(t for t in tokens[:3] if _HAN.search(t) and not _YEARS.fullmatch(t)
                                             and not _unit_of(t)[1] and t not in header
                                             and not _UNIT_COLUMN.fullmatch(t)))[:10] or "指标"
        table.title = _title(lines, first, j)
        above = " ".join(lines[max(first, j - 4):j])
        groups = _groups(header)
        if len(groups) > 1 and "%" in above:  # 总量指标 … 速度指标(%): the later groups are rates
            table.super_units = [""] * groups[1][0] + ["%"] * (len(header) - groups[1][0])
        return table
    return None


def _title(lines: list[str], first: int, header: int) -> str:
    """The table's caption: the nearest short line with words above its header."""
    for j in range(header - 1, max(first, header - 5) - 1, -1):
        words = "".join(t for t in lines[j].split() if _HAN.search(t))
        if words and not _PROSE.search(lines[j]) and len(words) <= 40:
            return re.sub(r"^[0-9-]+|[^\w()%\u4e00-\u9fff]", "", words)
    return ""


def _groups(header: list[str]) -> list[tuple[int, int]]:
    """Column groups: a header that repeats (1995 … 2007 1995 … 2006) starts a new group."""
    starts = [0] + [i for i in range(1, len(header)) if header[i] in header[:i] or
                    ("-" in header[i]) != ("-" in header[i - 1])]
    starts = sorted(set(starts))
    return [(s, e) for s, e in zip(starts, starts[1:] + [len(header)])]


def _stacked(lines: list[str], first: int, last: int) -> list[_Table]:
    """Tables cut one cell per line: a run of one-token lines, headers first, then rows."""
    cells = [(i, lines[i].strip()) for i in range(first, last + 1)
             if lines[i].strip() and len(lines[i].split()) == 1 and not _PROSE.search(lines[i])]
    tables, k = [], 0
    while k < len(cells):
        run = [cells[k]]
        while k + len(run) < len(cells) and cells[k + len(run)][0] - run[-1][0] <= 2:
            run.append(cells[k + len(run)])
        k += len(run)
        table = _stacked_table(lines, run)
        if table:
            tables.append(table)
    return tables


def _stacked_table(lines: list[str], run: list[tuple[int, str]]) -> _Table | None:
    texts = [t for _, t in run]
    heads = 0
    while heads < len(texts) and not _is_value(texts[heads]):
        heads += 1
    headers = [t for t in texts[:heads] if not _UNIT_LINE.match(t)]
    units = [next(g for g in m.groups() if g) for t in texts[:heads] if (m := _UNIT_LINE.match(t))]
    if heads >= len(texts) or not headers:
        return None
    by_year = bool(_YEARS.fullmatch(texts[heads]))
    if by_year:  # 年份 1季度 … 4季度, then 2012 8.1 7.6 …
        named = [i for i, h in enumerate(headers) if h in _LABEL_COLUMN]  # a caption may come first
        at = named[-1] if named else 0
        width, label_column, headers = len(headers) - at - 1, headers[at], headers[at + 1:]
    else:
        label_column = "指标"
        heads -= 1  # the last text before the first value is the first row's label
        width = 0
        while heads + 1 + width < len(texts) and _is_value(texts[heads + 1 + width]):
            width += 1
        headers = [t for t in texts[:heads] if not _UNIT_LINE.match(t)]
    if width < 1 or len(headers) < width:
        return None
    sub, above = headers[-width:], headers[:-width]
    table = _Table(header=sub, label_column=label_column, unit=units[-1] if units else "",
                   lines={i for i, _ in run}, title=_title(lines, 0, run[0][0]))
    if above and width % len(above) == 0 and any(_unit_of(a)[1] for a in above):
        # 绝对额(亿元) | 比上年同期增长(% over 2季度 上半年 2季度 上半年
        span = width // len(above)
        table.super_units = [_unit_of(above[c // span])[1] for c in range(width)]
        table.header = [f"{sub[c]}{_unit_of(above[c // span])[0]}" for c in range(width)]
    i = heads
    while i < len(texts):
        label = texts[i]
        if _is_value(label) and not (by_year and _YEARS.fullmatch(label)):
            break
        values = []
        while i + 1 + len(values) < len(texts) and _is_value(texts[i + 1 + len(values)]) and \
                len(values) < width and not (by_year and _YEARS.fullmatch(texts[i + 1 + len(values)])):
            values.append(texts[i + 1 + len(values)])
        label, row_unit = _unit_of(_clean(label))
        if len(values) == width:
            table.rows.append((label, values, row_unit or table.unit))
        elif values:
            table.short.append((label, values))
        else:
            break
        i += 1 + len(values)
    return table if len(table.rows) >= 2 else None


def read(section: Section) -> list[Draft]:
    lines = section.article.lines
    if not lines or not section.text:
        return []
    first, last = section.line(0) - 1, section.line(len(section.text) - 1) - 1
    drafts = []
    for table in _aligned(lines, first, last) + _stacked(lines, first, last):
        drafts += _drafts(section, table)
    return drafts


def _drafts(section: Section, table: _Table) -> list[Draft]:
    """One draft per unit (the cell's own %, else its column's, else its row's) and at most
    six columns."""
    column_units = [_unit_of(h)[1] or (table.super_units[c] if table.super_units else "")
                    for c, h in enumerate(table.header)]
    names = [_unit_of(h)[0] or h for h in table.header]

    def unit_of(values, c, row_unit):
        return "%" if values[c].endswith("%") else column_units[c] or row_unit

    units = list(dict.fromkeys(unit_of(values, c, row_unit) for _, values, row_unit in table.rows
                               for c in range(len(values))))  # in the order met
    drafts = []
    for unit in units:
        columns = [c for c in range(len(table.header))
                   if any(unit_of(v, c, ru) == unit for _, v, ru in table.rows)]
        for chunk in range(0, len(columns), MAX_COLUMNS):
            cols = columns[chunk:chunk + MAX_COLUMNS]
            rows, seen = [], set()
            for label, values, row_unit in table.rows:
                if all(unit_of(values, c, row_unit) == unit for c in cols) and label not in seen:
                    seen.add(label)
                    rows.append([label, *(_number(values[c]) for c in cols)])
            for part in range(0, len(rows), _ROWS[len(cols) > 1]):  # a grouped chart holds 12 rows
                if len(rows[part:]) >= 2:
                    drafts.append(_draft(section, table, unit, [names[c] for c in cols],
                                         rows[part:part + _ROWS[len(cols) > 1]]))
    if drafts and table.short:
        drafts[0].flagged = [[label, *map(_number, values)] for label, values in table.short]
    section.used.update(_offsets(section, table.lines))
    return drafts


def _number(cell: str) -> str:
    """A cell as a spec holds it: 1,234 -> 1234, −0.4 -> -0.4, 51.5% -> 51.5."""
    return cell.replace(",", "").replace("−", "-").rstrip("%")


def _draft(section: Section, table: _Table, unit: str, columns: list[str], rows: list[list[str]]) -> Draft:
    by_year = all(_YEARS.fullmatch(r[0]) for r in rows)
    kind = "grouped" if len(columns) > 1 else ("line" if by_year else "bar")
    title = table.title or (f"{rows[0][0]}等{columns[0]}" if len(columns) == 1
                            else f"{rows[0][0]}等的{'、'.join(columns[:2])}")
    draft = section.draft("table", kind, title[:60], [table.label_column, *columns], rows, [],
                          unit=unit, confirm=["title", "labels", "units", "rows marked 请核对"])
    draft.lines = sorted(i + 1 for i in table.lines)
    return draft


def _offsets(section: Section, lines: set[int]) -> set[int]:
    """Where the figures of the table's lines are in the section's text, so that no prose
    reader takes them again."""
    taken = set()
    for found in figures_in(section.text):
        if section.line(found.digits_start) - 1 in lines:
            taken.add(found.digits_start)
    return taken
