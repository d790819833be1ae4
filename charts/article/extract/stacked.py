"""Tables a page cut one cell per line: GDP / 200807 / 381490 / 6.9 / 6.9, the headers first
(a two-tier header flattened: 绝对额(亿元) over 2季度 上半年), or years heading the columns
(指标 / 2023 / 2024 / 人口(万人) / 年末总人口 / 1250.3 / 1255.7). Rows after a few blank lines
that go on as rows of the same width are the same table's."""

from __future__ import annotations

import re

from charts.article.extract.cells import (
    CAPTION,
    EMPTY,
    HAN,
    LABEL_COLUMN,
    PROSE,
    STATED_UNIT,
    UNIT_COLUMN,
    UNIT_LINE,
    UNIT_WORD,
    YEARS,
    Table,
    cells_of,
    clean,
    is_cell,
    is_value,
    split_unit,
    title_above,
)


# What carries a figure on to the next line in running text: its unit, or the word it ends in
# (2.2 / 萬元,增至…; 2013 / 年的). A page that sets each figure of its prose apart puts it on a
# line of its own; a table's cell is followed by the next cell, its unit is in the header.
_FIGURE_GOES_ON = re.compile(r"[万亿萬億]|年|月|日|%|‰|元|人|[户戶]|[个個]|名|[岁歲]|倍|[项項]|家|所")


def _cells_rejoined(lines: list[str], first: int, last: int) -> list[str]:
    """The lines with a cell the page broke over two joined (2015年比 / 2014增长% |): where each
    cell ends in a bar, a line without one between two that have it goes on into the next."""
    joined = list(lines)
    for i in range(max(first, 1), last):
        text = joined[i].strip()
        following = lines[i + 1].strip().rstrip("|").strip()
        if text and "|" not in text and not PROSE.search(text) and len(text) <= 12 and \
                joined[i - 1].rstrip().endswith("|") and lines[i + 1].rstrip().endswith("|") and \
                "|" not in following and not is_value(text) and not is_value(following) and \
                not UNIT_WORD.fullmatch(following) and not _NUMBERED.match(text):  # not 三、过夜游客 over 万人次 |
            joined[i + 1] = text + lines[i + 1].strip()
            joined[i] = ""
    for i in range(max(first, 3), last - 3):  # 2012年为上年% / (按可比价计算): a cell in two lines,
        # on a page that sets a blank line (once a bar) after each cell
        text, following = joined[i].strip(), joined[i + 1].strip()
        spaced = not any(joined[k].strip() for k in (i - 1, i - 3, i + 2, i + 4)) and joined[i - 2].strip() and joined[i + 3].strip()
        if spaced and text and following and not PROSE.search(text + following) and \
                len(text + following) <= 24 and not is_value(text) and not is_value(following):
            joined[i + 1] = text + following
            joined[i] = ""
    return joined


_BASED = re.compile(r"\(?(?:以\s?)?([^()=]{1,10}?)(?:为|為|=)100\)?")  # (以第一产业为100), (以上年为100)
_GENERIC = re.compile(r"^(?:绝对值|絕對值|绝对数|絕對數|绝对额|絕對額|绝对量|絕對量|数值|數值)(?=\()")  # 绝对值(元) is the group's (元)


def stacked(lines: list[str], first: int, last: int) -> list[Table]:
    """Tables cut one cell per line: a run of one-token lines, headers first, then rows."""
    lines = _cells_rejoined(lines, first, last)
    def goes_on(i):
        after = next((lines[j].strip() for j in range(i + 1, min(i + 3, last + 1)) if lines[j].strip()), "")
        # (not a row's label that starts as a unit does: 38.9 / 个人所得税)
        return is_value(lines[i].strip()) and _FIGURE_GOES_ON.match(after) is not None and \
            (len(after) <= 3 or _prose(after))

    cells = [(i, cell) for i in range(first, last + 1)
             if lines[i].strip() and (cell := _one_cell(lines[i])) and not _prose(lines[i]) and not goes_on(i)]
    runs, k = [], 0
    while k < len(cells):
        run = [cells[k]]
        while k + len(run) < len(cells) and _near(lines, run[-1][0], cells[k + len(run)][0]) \
                and not CAPTION.match(cells[k + len(run)][1]):  # 表2: the next table's caption
            run.append(cells[k + len(run)])
        k += len(run)
        runs.append(run)
    tables, k = [], 0
    while k < len(runs):
        run, k = runs[k], k + 1
        table = _stacked_table(lines, run)
        if table and table.rest is not None:  # another table's header: it goes on from there
            runs.insert(k, [(i, t) for i, t in run if i >= table.rest])
            run = [(i, t) for i, t in run if i < table.rest]
        # More rows after a few blank lines (a page that spaces out its groups of rows): the
        # next run goes on the table when it starts as a row of as many cells does.
        while table and k < len(runs) and _goes_on(lines, run, runs[k], len(table.header)):
            run, k = run + runs[k], k + 1
            table = _stacked_table(lines, run)
        if table:
            tables.append(table)
    return tables


# A row's number set with a full stop (一。财政总收入, as a page printed 一、): no sentence's end
_NUMBERED = re.compile(r"^\s*[一二三四五六七八九十]{1,3}。(?=[^\s。])")


def _prose(line: str) -> bool:
    return PROSE.search(_NUMBERED.sub("", line)) is not None


def _odd(token: str) -> bool:
    """A cell of figures no chart takes (+/-4%, 1:3): digits, no words, no value."""
    return not is_cell(token) and not HAN.search(token) and len(token) <= 8 and re.search(r"[0-9]", token) is not None


def _full_row(texts: list[str], at: int, width: int) -> bool:
    """Whether a label and `width` cells begin at `at`."""
    return at + width < len(texts) and not is_cell(texts[at]) and HAN.search(texts[at]) is not None \
        and all(is_cell(t) for t in texts[at + 1:at + 1 + width]) and any(is_value(t) for t in texts[at + 1:at + 1 + width])


_NAME_AND_ASIDE = re.compile(r"[^\s()0-9]*[\u4e00-\u9fff][^\s()]*\s?\([^()]+\)\S{0,2}")


def _one_cell(line: str) -> str | None:
    """The one cell of a line, or None: a header a PDF spaced apart inside a word (年 份,
    人均地区生产总 值, #工 业: a piece of one character is no word of its own) is one cell."""
    cells = cells_of(line)
    if len(cells) == 1:
        return cells[0]
    if _NAME_AND_ASIDE.fullmatch(line.strip(" |\t")):
        return "".join(cells)  # 百分比误差 (95%置信水平)*: a name and its aside
    if re.search(r"\S\s{2,}\S|[0-9]", line) or not all(HAN.search(c) for c in cells):
        return None
    # 同比 增速(%) |: a page that ends each cell with a bar marks the line as one cell
    if any(len(c.lstrip("#")) == 1 for c in cells) or (line.rstrip().endswith("|") and line.count("|") == 1):
        return "".join(cells)
    return None


# Blank lines a run of cells may hold: a page that spaces its cells out, or a row of empty
# cells between groups of rows (eight bars of an empty row, each a blank line once read)
_BLANKS = 12


def _near(lines: list[str], one: int, two: int) -> bool:
    """Whether two cells' lines are of one run: at most two lines of other text between them,
    English glosses of the headers aside, and a few blank ones (a page that spaces its cells out)."""
    between = [lines[i] for i in range(one + 1, two)]
    if any(_prose(b) for b in between):
        return False  # a sentence: the table has not begun, or has ended
    return sum(1 for b in between if re.search(r"[0-9]", b) or HAN.search(b)) <= 2 and \
        len([b for b in between if not b.strip()]) <= _BLANKS


def _goes_on(lines: list[str], run: list[tuple[int, str]], after: list[tuple[int, str]], width: int) -> bool:
    """Whether `after` carries on the rows of the table read from `run`: only blank lines
    between, and it opens with a label and `width` figures, then another label or its end."""
    texts = [t for _, t in after]
    if any(lines[i].strip() for i in range(run[-1][0] + 1, after[0][0])) or after[0][0] - run[-1][0] > 8:
        return False
    if len(texts) < width + 1 or is_value(texts[0]) or not all(is_value(t) for t in texts[1:width + 1]):
        return False
    return len(texts) == width + 1 or not is_value(texts[width + 1])


def _stacked_table(lines: list[str], run: list[tuple[int, str]]) -> Table | None:
    # English glosses aside (Item, Population); an acronym is a row's name (GDP, CPI)
    run = [(i, t) for i, t in run if HAN.search(t) or is_value(t) or not re.search("[a-z]", t)]
    # a stray mark a page left where an image was (?, ·): no cell
    run = [(i, t) for i, t in run if not re.fullmatch(r"[?？·•・]+", t)]
    # 绝对量 / (亿元): a header's unit on a line of its own goes with the name above it
    merged: list[tuple[int, str]] = []
    for at, t in run:
        if merged and re.fullmatch(r"\([^()0-9]{1,6}\)", t) and not is_value(merged[-1][1]) \
                and not split_unit(merged[-1][1])[1]:
            merged[-1] = (merged[-1][0], merged[-1][1] + t)
        else:
            merged.append((at, t))
    run = _with_row_units(_without_ranks(merged))
    texts = [t for _, t in run]
    heads = 0
    while heads < len(texts) and not is_value(texts[heads]):
        heads += 1
    years = heads
    while years < len(texts) and YEARS.fullmatch(texts[years]):
        years += 1
    if years - heads >= 2 and years < len(texts) and not is_value(texts[years]):
        return _year_columns(lines, run, heads, years)
    headers = [t for t in texts[:heads] if not UNIT_LINE.match(t)]
    units = [next(g for g in m.groups() if g) for t in texts[:heads] if (m := UNIT_LINE.match(t))]
    if heads >= len(texts) or not headers:
        return None
    by_year = bool(YEARS.fullmatch(texts[heads]))
    if by_year:  # 年份 1季度 … 4季度, then 2012 8.1 7.6 …
        named = [i for i, h in enumerate(headers) if h in LABEL_COLUMN]  # a caption may come first
        at = named[-1] if named else 0
        width, label_column, headers = len(headers) - at - 1, headers[at], headers[at + 1:]
    else:
        label_column = "指标"
        heads -= 1  # the last text before the first value is the first row's label
        width = 0
        while heads + 1 + width < len(texts) and is_value(texts[heads + 1 + width]):
            width += 1
        headers = [t for t in texts[:heads] if not UNIT_LINE.match(t)]
    if width < 1 or len(headers) < width:
        return None
    years = _years_run(headers, width)
    if years is not None:  # 2005年 / 2012年 / 2013年 / 普通高等学校 / 学校数: the years head the columns,
        headers = headers[:years + width]  # the name after them heads a group of rows (|||: no cells)
    sub, above = headers[-width:], headers[:-width]
    named = [k for k, h in enumerate(above) if h.endswith(LABEL_COLUMN)]
    if named:  # 指标名称 / 全体居民 城镇居民 农村居民: the caption and the label column's name are no tier
        label_column, above = above[named[-1]], above[named[-1] + 1:]
    table = Table(header=sub, label_column=label_column, unit=units[-1] if units else "",
                   lines={i for i, _ in run}, title=_title(lines, run))
    if above and width % len(above) == 0 and any(split_unit(a)[1] for a in above):
        # 绝对额(亿元) | 比上年同期增长(% over 2季度 上半年 2季度 上半年
        span = width // len(above)
        table.super_units = [split_unit(above[c // span])[1] for c in range(width)]
        table.header = [f"{sub[c]}{split_unit(above[c // span])[0]}" for c in range(width)]
    elif above and len(above) > 1 and width % len(above) == 0 and any(split_unit(h)[1] for h in sub):
        # 全体居民 城镇居民 over 绝对值(元) 同比增速(%) 绝对值(元) 同比增速(%): a group over its columns
        span = width // len(above)
        table.header = [f"{above[c // span]}{_GENERIC.sub('', sub[c])}" for c in range(width)]
    i = heads
    while i < len(texts):
        label = texts[i]
        if is_value(label) and not (by_year and YEARS.fullmatch(label)):
            break
        values = []
        while i + 1 + len(values) < len(texts) and is_cell(texts[i + 1 + len(values)]) and \
                len(values) < width and not (by_year and YEARS.fullmatch(texts[i + 1 + len(values)])):
            values.append(texts[i + 1 + len(values)])
        after = texts[i + 1:i + 1 + width]
        if not any(is_value(v) for v in values) and len(after) == width and all(_odd(t) for t in after):
            i += 1 + width  # 百分比误差 / +/-4% / +/-4% …: a row of cells no chart takes
            continue
        if not values and _full_row(texts, i + 1, width):
            i += 1  # 选择候选人主要考虑因素: / 往绩 / 46% …: a group's name over its rows
            continue
        values = [None if v in EMPTY else v for v in values]  # -- : not asked
        if values and all(v is None for v in values):
            values = []
        label, row_unit = split_unit(clean(label))
        last = i + 1 + len(values) >= len(texts) or not YEARS.fullmatch(texts[i + 1 + len(values)])
        if len(values) == width:
            table.rows.append((label, values, row_unit or table.unit))
        elif values and by_year and last:  # 2017 / 6.9 / 6.9: this year's quarters so far
            table.rows.append((label, values + [None] * (width - len(values)), row_unit or table.unit))
        elif values:
            table.short.append((label, values))
        else:
            break
        i += 1 + len(values)
    if i < len(texts) - 1 and len(table.rows) >= 2:
        table.rest = run[i][0]
        table.lines = {at for at, _ in run[:i]}
    return table if len(table.rows) >= 2 else None


def _years_run(headers: list[str], width: int) -> int | None:
    """Where a run of exactly `width` years stands among the header cells, followed by words that
    are no year (a group's name, 普通高等学校); None if the headers end on the years or hold none."""
    for at in range(len(headers) - width - 1, -1, -1):
        run = headers[at:at + width]
        if all(YEARS.fullmatch(h) for h in run) and (at == 0 or not YEARS.fullmatch(headers[at - 1])) and \
                not any(YEARS.fullmatch(h) for h in headers[at + width:]):
            return at
    return None


def _with_row_units(run: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A run whose header names a unit column (指标名称 / 单位 / 2008年 / …, then 财政总收入 /
    万元 / 52364 / …): each row's unit goes with its label (财政总收入(万元)), the column is no
    column of figures."""
    head = next((k for k, (_, t) in enumerate(run) if is_value(t)), len(run))
    column = next((k for k in range(head) if UNIT_COLUMN.fullmatch(run[k][1])), None)
    if column is None:
        return run
    kept: list[tuple[int, str]] = []
    for k, (at, t) in enumerate(run):
        if k == column:
            continue
        if k >= head - 1 and kept and not is_cell(t) and not is_cell(kept[-1][1]) and split_unit(f"({t})")[1] \
                and k + 1 < len(run) and is_cell(run[k + 1][1]):
            kept[-1] = (kept[-1][0], f"{kept[-1][1]}({t})")  # the row's unit, between its label and cells
            continue
        kept.append((at, t))
    return kept


_RANK_HEADS = ("排名", "排行", "名次", "序号", "序號", "排序")


def _without_ranks(run: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A ranking's run without its rank column (排名 / 影片名称 / … / 1 / 《碟中谍5》 / 55300 …):
    the header, and each row's 1, 2, 3 before its label, are no cells of the chart."""
    head = next((k for k, (_, t) in enumerate(run) if is_value(t)), len(run))
    rank = next((k for k in range(head) if run[k][1] in _RANK_HEADS), None)
    if rank is None:
        return run
    kept, expected = run[:rank], 1
    for k in range(rank + 1, len(run)):
        at, t = run[k]
        after = run[k + 1][1] if k + 1 < len(run) else ""
        if t == str(expected) and after and not is_value(after):
            expected += 1
            continue
        kept.append((at, t))
    return kept if expected > 2 else run


def _year_columns(lines: list[str], run: list[tuple[int, str]], heads: int, years: int) -> Table | None:
    """指标 / 2023 / 2024 / 人口(万人) / 年末总人口 / 1250.3 / 1255.7 / …: the years head the
    columns; a name with no figures after it is a group, and gives its unit, or none, to the
    rows under it."""
    texts = [t for _, t in run]
    named = [t for t in texts[:heads] if t in LABEL_COLUMN]
    table = Table(header=texts[heads:years], label_column=named[-1] if named else "指标",
                   lines={i for i, _ in run}, title=_title(lines, run))
    # 单位:万人次 over the header, as a cell of its own or on a line above
    stated = [next(g for g in m.groups() if g) for t in texts[:heads] if (m := UNIT_LINE.match(t))] + \
        [m.group(1) for k in range(max(0, run[0][0] - 2), run[0][0]) if (m := STATED_UNIT.search(lines[k]))]
    width, unit, i = years - heads, stated[0] if stated else "", years
    while i < len(texts):
        label, values = texts[i], []
        while i + 1 + len(values) < len(texts) and is_value(texts[i + 1 + len(values)]) and len(values) < width:
            values.append(texts[i + 1 + len(values)])
        label, row_unit = split_unit(clean(label))
        if not values:  # a group's name: its unit, or none (宏观经济) for the rows under it
            based = _BASED.fullmatch(label)  # (以第一产业为100): indices on that base
            unit = f"{based.group(1)}=100" if based else row_unit
        elif len(values) == width:
            table.rows.append((label, values, row_unit or unit))
        else:
            table.short.append((label, values))
        i += 1 + len(values)
    return table if len(table.rows) >= 2 else None


def _title(lines: list[str], run: list[tuple[int, str]]) -> str:
    """The caption above the run, or the run's own first cell where that is the caption (表5:财政收支情况)."""
    first = run[0][0]
    return title_above(lines, 0, first + 1 if CAPTION.match(run[0][1]) else first)
