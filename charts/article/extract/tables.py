"""Tables printed as text: pipe rows (| 指标 | 绝对数(亿元) |), columns aligned with spaces
(年末常住人口  2875.30 2848.82 …), a row's label on one line and its cells on the next, and
tables whose cells a PDF or web page split one per line (stacked.py). Read from the article's
lines, since the layout is what makes them a table.

Each table becomes one draft per unit: a header ending in (亿元) or % gives its column a
unit, and the columns after it that name none (总人口(万人) 男 女: one group), unless they
name a rate; a label ending in (亿元) or a line of its own such as 人口(万人) or 单位:% the
rows under it; a caption (历年粮食产量(万吨), 单位:万吨) or a note under the rows the whole
table. A header naming fewer columns than the rows hold (a second tier, 按性别分 over 男 女)
names each column by where its words stand above it. A row with fewer cells than the
header is never fitted to it (an empty cell shifts the later ones left, and the text cannot
say which was empty): it is written as a comment marked 请核对 for the editor to place; a
cell written as — or …, or left blank between bars, is empty where it stands; a table with a
total row is checked against it (totals.py), and what does not add up is said, never fixed; and a row
with empty cells is drafted with the columns it fills (so is the last row of a table of years
cut one cell per line: the year so far, 2017 / 6.9 / 6.9 under 1季度 … 4季度)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from charts.article.extract import totals
from charts.article.extract.aligned import aligned
from charts.article.extract.cells import (
    MONTHS,
    RATE,
    SURVEY_DATES,
    VALUE,
    YEARS,
    Table,
    clean,
    split_unit,
)
from charts.article.extract.section import Draft, Section
from charts.article.extract.stacked import stacked

_SHARE = re.compile(r"百分比|比重|占比|佔比|构成|構成|比例|%")  # a column of shares
# what a measure word counts, by the words of the things' names (学校数 in 所, 毕业生数 in 人): whole
# words, since a character alone is often part of another (工 of 工业, 生 of 卫生 and 发生)
_COUNTED = {"人": ("学生", "招生", "毕业生", "畢業生", "在校生", "新生", "教师", "教師", "职工", "職工", "员工", "員工",
                  "人员", "人員", "会员", "會員", "学员", "學員", "居民", "农民", "農民", "市民"),
            "所": ("学校", "學校", "院校", "幼儿园", "幼兒園", "医院", "醫院"), "户": ("戶",), "戶": ("户",),
            "家": ("企业", "企業", "公司"), "辆": ("汽车", "汽車", "车辆", "車輛"), "张": ("床位",), "張": ("床位",)}
MAX_COLUMNS = 6  # the spec's limit of series in one chart
_ROWS = {False: 60, True: 12}  # rows a bar chart, and a grouped one, can show


def read(section: Section) -> list[Draft]:
    lines = section.article.lines
    if not lines or not section.text:
        return []
    first, last = section.line(0) - 1, section.line(len(section.text) - 1) - 1
    drafts, read_lines = [], set()
    for table in stacked(lines, first, last) + _aligned(section.article, first, last):
        if not table.lines & read_lines:  # a table cut one cell per line is read once, as such
            read_lines |= table.lines
            for part in _changes_apart(_turned(_without_method(_without_total_column(table)))):
                for piece in _pieces(part):
                    drafts += _drafts(section, piece)
    return drafts


def _pieces(table: Table) -> list[Table]:
    """A table told in blocks (| 全体居民 | — | / 可支配收入 … / | 城镇居民 | / 可支配收入 …) as a
    table per block, its group named in the drafts' titles; and in each block, a total whose
    share columns are empty (可支配收入, 消费支出) over the parts that fill them, the totals
    together and each total's parts apart: 可支配收入 and 消费支出 are no two parts of one whole."""
    starts = [(at, name) for at, name in table.headings if at < len(table.rows)]
    if not starts:
        return [table]
    starts = ([(0, "")] if starts[0][0] else []) + starts  # rows above the first heading: a block of none
    ends = [at for at, _ in starts[1:]] + [len(table.rows)]
    named = [{row[0] for row in table.rows[at:end]} for (at, name), end in zip(starts, ends) if name]
    if not any(a & b for i, a in enumerate(named) for b in named[i + 1:]):
        return [table]  # | 服务业 | | | over rows of their own: a section's name; a group's block repeats the rows
    pieces = []
    for (at, name), end in zip(starts, ends):
        rows = table.rows[at:end]
        totals_at = [k for k in range(len(rows) - 2) if _heads_parts(rows, k)]
        groups = [rows]
        if totals_at and totals_at[0] == 0:
            apart = len(totals_at) >= 2  # the totals a table of their own, each one's parts another
            groups = ([[rows[k] for k in totals_at]] if apart else []) + \
                [rows[k + apart:next((n for n in totals_at if n > k), len(rows))] for k in totals_at]
        pieces += [replace(table, rows=group, short=[], cut=[], headings=[], block=name) for group in groups]
    pieces[0].short, pieces[0].cut = table.short, table.cut  # flagged once
    return pieces


def _heads_parts(rows, k: int) -> bool:
    """Whether row `k` is a total over the parts after it: its later cells empty where the next
    two rows fill them (可支配收入 | 40962 | … | 6.8 | | | under 构成, 贡献率)."""
    empty = [c for c, v in enumerate(rows[k][1]) if v is None]
    return bool(empty) and len(empty) < len(rows[k][1]) and \
        all(rows[n][1][c] is not None for n in (k + 1, k + 2) for c in empty)


# A column of changes since the survey before (最新變化 +1.2, -5%): no round of the poll
_CHANGE_COLUMN = re.compile(r"变化|變化|变动|變動|增减|增減")


def _changes_apart(table: Table) -> list[Table]:
    """A table of rounds or years (| 2-4/2 | 20-23/2 | 最新變化 |) closing with the change since
    the last: the changes are a table of their own, not one more round beside the levels."""
    changes = [c for c, name in enumerate(table.header) if _CHANGE_COLUMN.search(name)]
    rounds = [c for c, name in enumerate(table.header) if SURVEY_DATES.fullmatch(name) or YEARS.fullmatch(name)]
    if not changes or len(rounds) < 2 or len(changes) + len(rounds) != len(table.header):
        return [table]
    apart = replace(table, rows=list(table.rows), short=[], cut=[], lines=set(table.lines),
                    super_units=list(table.super_units))
    _keep_columns(table, rounds)
    _keep_columns(apart, changes)
    # a change of a share is in points, where its cells do not print their own unit (-5%)
    apart.rows = [(label, values, "个百分点" if unit == "%" else unit) for label, values, unit in apart.rows]
    apart.unit = "个百分点" if apart.unit == "%" else apart.unit
    return [table, apart]


def _keep_columns(table: Table, keep: list[int]) -> None:
    """The table with only the columns `keep` (header, each row's cells, the units above)."""
    table.header = [table.header[c] for c in keep]
    table.rows = [(label, [values[c] for c in keep if c < len(values)], unit) for label, values, unit in table.rows]
    if table.super_units:
        table.super_units = [table.super_units[c] for c in keep if c < len(table.super_units)]


def _without_total_column(table: Table) -> Table:
    """A poll's table closing each row with its total (合计 100.0%): the column is left out, it is
    no answer. A total column of other figures stays (its parts are checked against it)."""
    for c, name in enumerate(table.header):
        cells = [values[c] for _, values, _ in table.rows if c < len(values) and values[c] is not None]
        if totals.TOTAL.fullmatch(clean(split_unit(name)[0]) or name) and cells and \
                all(re.fullmatch(r"100(?:\.0+)?%?", v) for v in cells):
            _keep_columns(table, [k for k in range(len(table.header)) if k != c])
            break
    return table


_BASE = re.compile(r"基数|基數|样本|樣本|人数|人數|Base")  # a poll's base: how many answered, no answer
# How a poll was made, no finding of it: its sample and base, response rate, standard error
_METHOD = re.compile(r"样本|樣本|基数|基數|回应比率|回應比率|回应率|回應率|标准误差|標準誤差|误差|誤差")


def _without_method(table: Table) -> Table:
    """A poll's table, survey by survey (its rows or its columns are the surveys' dates),
    without the columns and rows that say how it was made (样本人数, 基数, 回应比率, 标准误差):
    they are no answers to chart beside the answers. (A table of how a sample was drawn, 样本
    配置 by region, is a table of samples: it keeps them.)"""
    if not any(SURVEY_DATES.fullmatch(name.split(" ")[0]) for name in [*table.header, *(row[0] for row in table.rows)]
               if name):  # 12/10/2011 即日調查: a survey's date and which survey it was
        return table
    keep = [c for c, name in enumerate(table.header) if not _METHOD.search(name)]
    if keep and len(keep) < len(table.header):
        _keep_columns(table, keep)
    table.rows = [row for row in table.rows if not _METHOD.search(row[0])]
    return table


def _turned(table: Table) -> Table:
    """A table of one row (a poll's one survey under a header of its answers) turned: each
    answer a row, the row's label (its survey dates) the column; the base column left out."""
    if len(table.rows) != 1:
        return table
    label, values, unit = table.rows[0]
    rows = [(name, [value], unit) for name, value in zip(table.header, values)
            if value is not None and not _BASE.search(name)]
    table.header, table.rows, table.super_units = [label], rows, []
    return table


def _aligned(article, first: int, last: int) -> list[Table]:
    """Tables a row to a line, read with the lines a web table's broken rows ran over left
    out (read.py put each row back on its first line), so that rows and their header stand
    as close as the page set them; each table's lines are the article's again, and a row's
    take the lines it ran over."""
    blank = {k for _, over in article.ran_over for k in over}
    if not blank:
        return aligned(list(article.lines), first, last)
    view = [k for k in range(len(article.lines)) if k not in blank]  # article line of each line read
    tables = aligned([article.lines[k] for k in view], bisect_left(view, first), bisect_right(view, last) - 1)
    over = dict(article.ran_over)
    for table in tables:
        table.lines = {k for n in table.lines for k in (view[n], *over.get(view[n], ()))}
    return tables


def _drafts(section: Section, table: Table) -> list[Draft]:
    """One draft per unit (the cell's own %, else its column's, else its row's) and at most
    six columns."""
    mismatches, gaps = totals.check(table, [section.article.lines[i] for i in sorted(table.lines)])
    width = len(table.header)
    for gap in gaps:  # a pipe row placed from the left that the totals place otherwise: flagged instead
        moved = [(label, values) for label, values, _ in table.rows if label == gap.label and values[-1] is None]
        if moved and table.header.index(gap.column) != width - 1:
            table.rows = [row for row in table.rows if row[0] != gap.label]
            table.short += moved
    column_units = [split_unit(h)[1] or (table.super_units[c] if table.super_units else "") or _rating(h)
                    for c, h in enumerate(table.header)]
    table.rows = [(label, values, row_unit or _rating(label)) for label, values, row_unit in table.rows]
    if not table.unit and not any(column_units):
        table.unit = _index_unit(section.article.lines, table)
    stated = [u for u in re.split(r"[、,，/]", table.unit) if u] if table.unit else []
    if len(stated) == 2 and "%" in stated:  # 单位:人、%: the shares' columns in %, the others in 人
        count = next(u for u in stated if u != "%")
        column_units = [split_unit(h)[1] or ("%" if _SHARE.search(h) else count) for h in table.header]
        table.unit = ""
    elif len(stated) >= 2:  # 单位:万户,万人: each column in the unit whose measure its name ends nearest (总户数, 家庭户人口)
        column_units = [u or _measured(h, stated) for u, h in zip(column_units, table.header)]
        table.rows = [(label, values, "" if row_unit == table.unit else row_unit) for label, values, row_unit in table.rows]
        if not any(column_units):  # 单位:所、万人 over columns of years: the rows name the measures (学校数, 招生数)
            table.rows = [(label, values, row_unit or _measured(label, stated)) for label, values, row_unit in table.rows]
        table.unit = ""  # a column whose name holds no measure of the list has no unit, unless it is
        column_units = totals.parts_units([values for _, values, _ in table.rows], column_units)  # a part
    listed = len(stated) >= 2
    for c in range(1, len(column_units)):  # 总人口(万人)  男  女: the unit runs on over the group
        # (not from a rate onto the next group's level: 同比增长% | 绝对量)
        if not column_units[c] and not table.unit and not RATE.search(table.header[c]) and not listed \
                and not RATE.search(table.header[c - 1]):
            column_units[c] = column_units[c - 1]
    if not table.unit and not listed and not all(column_units):
        column_units = _told_units(section, table, column_units)
    names = [clean(split_unit(h)[0] or h) or h for h in table.header]  # 第一次 First: the gloss aside

    def unit_of(values, c, row_unit):
        if values[c] is None:
            return None  # an empty cell belongs to no draft
        return VALUE.fullmatch(values[c])["unit"] or column_units[c] or row_unit or table.unit

    units = list(dict.fromkeys(unit_of(values, c, row_unit) for _, values, row_unit in table.rows
                               for c in range(len(values)) if values[c] is not None))  # in the order met
    drafts, alone = [], {}
    for unit in list(units):  # 布 200亿米 in a list of 万吨: a unit one cell prints alone
        holders = [(label, c, values[c]) for label, values, row_unit in table.rows
                   for c in range(len(values)) if unit_of(values, c, row_unit) == unit]
        if len(holders) == 1 and VALUE.fullmatch(holders[0][2])["unit"] == unit:
            label, c, cell = holders[0]
            alone.setdefault(c, []).append((label, _number(cell), unit))
            units.remove(unit)
    for c, cells in alone.items():  # the column's cells each in its own unit: panels of figures, four at most
        panels = -(-len(cells) // 4)
        for part in range(panels):
            chunk = cells[part * len(cells) // panels:(part + 1) * len(cells) // panels]
            if len(chunk) >= 2:
                drafts.append(section.draft("table", "figures", table.title or f"{chunk[0][0]}等", [table.label_column, names[c]],
                                            [[label, number] for label, number, _ in chunk], [],
                                            unit={label: unit for label, _, unit in chunk},
                                            confirm=["title", "labels", "units"]))
    for unit in units:
        columns = [c for c in range(len(table.header))
                   if any(unit_of(v, c, ru) == unit for _, v, ru in table.rows)]
        # one row over periods is one series (its months, rows of a line), not columns of a grouped chart
        series = sum(1 for _, v, ru in table.rows if any(unit_of(v, c, ru) == unit for c in columns)) == 1 and \
            all(YEARS.fullmatch(table.header[c]) or MONTHS.fullmatch(table.header[c]) for c in columns)
        for chunk in range(0, len(columns), len(columns) if series else MAX_COLUMNS):
            cols = columns[chunk:chunk + (len(columns) if series else MAX_COLUMNS)]
            whole = [[label, *(_number(values[c]) for c in cols)] for label, values, row_unit in table.rows
                     if all(unit_of(values, c, row_unit) == unit for c in cols)]
            partial: dict[tuple, list] = {}  # | 2017 | 6.9 | 6.9 | | |: the columns a row fills
            for label, values, row_unit in table.rows:
                filled = tuple(c for c in cols if unit_of(values, c, row_unit) == unit)
                if filled and len(filled) < len(cols) and not any(row[0] == label for row in whole):
                    partial.setdefault(filled, []).append([label, *(_number(values[c]) for c in filled)])
            if len(whole) == 1 and partial:  # one full row beside rows with a cell empty (a poll's round
                filled = max(partial, key=lambda f: len(partial[f]))  # not asked): charted with them, in
                partial[filled].insert(0, [whole[0][0], *(whole[0][1 + cols.index(c)] for c in filled)])
                whole = []  # the columns they all fill
            for rows in _blocks(whole):
                drafts += _unit_drafts(section, table, unit, [names[c] for c in cols],
                                       [table.header[c] for c in cols], rows, mismatches)
            for filled, part_rows in partial.items():
                drafts.append(_draft(section, table, unit, [names[c] for c in filled], part_rows))
    if drafts and table.cut:  # the cells past the header's last column were left out: the editor says which
        named = "、".join(table.cut[:3]) + ("等" if len(table.cut) > 3 else "")
        drafts[0].sums.append(section.script(f"{len(table.cut)}行（{named}）的单元格多于表头，只取了前{width}列：请核对表头"))
    if drafts and table.short:
        drafts[0].flagged = [[label, *(_number(v) for v in values if v is not None)] for label, values in table.short]
    if drafts:
        drafts[0].gaps = {g.label: section.script(totals.placed(g)) for g in gaps}
    section.used.update(_offsets(section, table.lines))
    return drafts


def _blocks(rows: list[list[str]]) -> list[list[list[str]]]:
    """A table's rows as the blocks it stacks: 第一产业 again starts the next group's rows
    (从业者, 增加值); a run of rows named again in the same order (工资性收入, 经营净收入 … under
    城镇居民 as under 全体居民) starts the next block with as many rows before it as the first
    block has before them (城镇常住居民人均可支配收入, its total). A row named again alone (其中:制造业
    under 东部地区 and again under 西部地区) is left out: the first stands."""
    groups: list[list[list[str]]] = [[]]
    for i, row in enumerate(rows):
        current = groups[-1]
        labels = [r[0] for r in current]
        if current and row[0] == labels[0]:
            groups.append([row])
            continue
        if row[0] not in labels:
            current.append(row)
            continue
        k = labels.index(row[0])
        run = 0
        while i + run < len(rows) and k + run < len(labels) and rows[i + run][0] == labels[k + run]:
            run += 1
        if run < 2 or len(current) - k < k + run or any(r[0] in labels[:k] for r in current[len(current) - k:]):
            continue
        groups.append(current[len(current) - k:] + [row])
        del current[len(current) - k:]
    return [g for g in groups if g]


def _measured(name: str, stated: list[str]) -> str:
    """The unit of a caption's list (单位:所、万人) a column's or row's name counts in: the one
    whose measure word, or a thing that word counts (所: 学校; 人: 学生, 教师), the name ends
    nearest (在校学生数: 学生 after 学校's 校, so 人); "" where it names none. A ratio's name
    (平均每校学生数, 生师比) is read only for the measure words themselves."""
    ratio = re.search(r"[每均率比]", name)

    def last(unit: str) -> int:
        words = (unit[-1],) + (() if ratio else _COUNTED.get(unit[-1], ()))
        return max(name.rfind(w) + len(w) - 1 if w in name else -1 for w in words)
    at, unit = max(((last(u), u) for u in stated), default=(-1, ""))
    return unit if at >= 0 else ""


def _told_units(section: Section, table: Table, column_units: list[str]) -> list[str]:
    """Each column that states no unit in the one the prose gives its cells in, where it tells
    two of the table's cells or more and all in one unit (| 3月 | 1-3月 | over 1529.03 and
    4304.07, told as 集装箱吞吐量1529.03万标箱, …4304.07万标箱)."""
    told = {digits: {unit for unit, line in places if line not in table.lines}
            for digits in {values[c] for _, values, _ in table.rows for c in range(len(values)) if values[c]}
            if (places := section.units_told.get(digits))}
    told = {digits: units for digits, units in told.items() if units}  # told outside the table's own lines
    heard = {c: [told[values[c]] for _, values, row_unit in table.rows
                 if c < len(values) and values[c] in told and not row_unit] for c, unit in enumerate(column_units) if not unit}
    heard = {c: units for c, units in heard.items() if units}
    every = [unit for units in heard.values() for unit in units]
    if sum(map(len, heard.values())) < 2 or any(len(u) != 1 for u in every) or len(set().union(*every)) != 1:
        return column_units  # two cells told at least, each in one unit, all in the same
    return [next(iter(every[0])) if c in heard else unit for c, unit in enumerate(column_units)]


def _rating(name: str) -> str:
    """分 for a column or row of ratings that states no unit (特首董建華評分, 評分 Rating): the
    article gives them as 46.2分."""
    return "分" if re.search(r"(?:评|評|得)分(?:\s+[A-Za-z ]+)?$", name) else ""


def _unit_drafts(section: Section, table: Table, unit: str, names: list[str], header: list[str],
                 rows: list[list[str]], mismatches) -> list[Draft]:
    """The drafts of one unit's rows: a total left out beside three parts or more (合计 would
    dwarf them), rows in even parts a chart holds; a row alone under years is a series."""
    if len(rows) == 1 and len(names) >= 2 and all(YEARS.fullmatch(n) or MONTHS.fullmatch(n) for n in names):
        return [_draft(section, table, unit, [rows[0][0]], [[n, v] for n, v in zip(names, rows[0][1:])],
                       label_column="年份" if YEARS.fullmatch(names[0]) else "时期")]  # 就业者负担人口 over 1995 … 2012,
        # 货币当局外汇(万亿) over 2018年3月 2月 … 2017年12月: one measure's years or months
    rows = [r for r in rows if not (unit == "%" and totals.TOTAL.fullmatch(r[0]) and
                                    all(re.fullmatch(r"100(?:\.0+)?", v or "") for v in r[1:]))]  # 合計 100.0%: no answer
    whole, total, drafts = [r for r in rows if totals.TOTAL.fullmatch(r[0])], None, []
    rates = unit == "%" or any(RATE.search(h) for h in header)
    if len(whole) == 1 and len(rows) >= 3 and not rates:
        total = whole[0]
        rows = [r for r in rows if r is not total]
    parts = -(-len(rows) // _ROWS[len(names) > 1])  # a grouped chart holds 12 rows
    size = -(-len(rows) // parts) if rows else 1  # in even parts: 13 rows as 7 and 6, none left alone
    for part in range(0, len(rows), size):
        if len(rows[part:]) >= 2:
            drafts.append(_draft(section, table, unit, names, rows[part:part + size]))
            drafts[-1].sums = [section.script(totals.described(m)) for m in mismatches if m.column in header]
            if total:
                drafts[-1].sums.append(section.script(totals.left_out(total[0], total[1:])))
    return drafts


# An index's base, as a caption or header states it: (1978=100), 上年同月=100
_INDEX_BASE = re.compile(r"(?:(?:19|20)\d\d年?|上年同期|上年同月|上年|上月|上期|基期)\s*=\s*100")


def _index_unit(lines: list[str], table: Table) -> str:
    """A table of indices with no unit written: its base (1978=100) where the caption or the
    header states one, else 指数 where they call the figures an index."""
    top = min(table.lines)
    words = " ".join([table.title, *table.header, *lines[max(0, top - 10):top + 1]])
    base = _INDEX_BASE.search(words)
    if base:
        return re.sub(r"\s", "", base.group(0))
    return "指数" if "指数" in words or "指數" in words else ""


def _number(cell: str) -> str:
    """A cell as a spec holds it: 1,234 -> 1234, −0.4 -> -0.4, 51.5% -> 51.5, 45210元 -> 45210."""
    found = VALUE.fullmatch(cell)
    cell = cell[:found.start("unit")] if found and found["unit"] else cell
    return cell.replace(",", "").replace("−", "-").removeprefix("+")  # +1.2: a rise, as a number


def _draft(section: Section, table: Table, unit: str, columns: list[str], rows: list[list[str]],
           label_column: str = "") -> Draft:
    by_year = all(YEARS.fullmatch(r[0]) for r in rows)
    kind = "grouped" if len(columns) > 1 else ("line" if by_year else "bar")
    title = table.title or (f"{rows[0][0]}等{columns[0]}" if len(columns) == 1
                            else f"{rows[0][0]}等的{'、'.join(columns[:2])}")
    if table.block and table.block not in title:  # 城镇居民: the block's group
        title = f"{title}（{table.block}）" if table.title else f"{table.block}{title}"
    if label_column and by_year:
        title = columns[0]
    draft = section.draft("table", kind, title[:60], [label_column or table.label_column, *columns], rows, [],
                          unit=unit, confirm=["title", "labels", "units", "rows marked 请核对"])
    draft.lines = sorted(i + 1 for i in table.lines)
    return draft


def _offsets(section: Section, lines: set[int]) -> set[int]:
    """Where the figures of the table's lines are in the section's text, so that no prose
    reader takes them again."""
    return {at for line in lines for at in section.figures_by_line.get(line, ())}
