"""Tables set out a row to a line: pipe rows (| 指标 | 绝对数(亿元) |), columns aligned with
spaces (年末常住人口  2875.30 2848.82 …) and a row's label on one line with its cells on the
next. Where a table starts (its header within six lines above the first row; a header of two
tiers or of fewer names than columns named by position, or broken over many lines, or over
a row of units: headers.py), where it ends (a blank line before prose, a caption, a header of
its own, or rows whose labels turn from years to regions under the same header), the unit
it states above or under its rows, and which pipe rows that end in empty cells had their
cells packed over an empty one (flagged, never fitted)."""

from __future__ import annotations

import re

from charts.article.extract import totals
from charts.article.extract.headers import broken_header, by_position, chinese_over_english, names_a_line, row_units, units_by_column
from charts.article.extract.cells import (
    BARS,
    BLANK_UNIT,
    CAPTION,
    HAN,
    NUMBER,
    INDEX_COLUMN,
    PROSE,
    STATED_UNIT,
    STATED_UNITS,
    UNIT_COLUMN,
    UNIT_LINE,
    YEARS,
    Table,
    block_heading,
    bracket_word,
    caption_unit,
    cells_of,
    clean,
    english_unit,
    header_of,
    is_value,
    prose,
    row_of,
    split_unit,
    title_above,
    unit_line,
)


def aligned(lines: list[str], first: int, last: int) -> list[Table]:
    tables, table, gap, unit, values_line, floor, padded, turn = [], None, 0, "", -1, first, set(), None
    pending = ""  # a block's heading above the table's first row
    for i in range(first, last + 1):
        line = lines[i]
        if i == values_line:
            continue
        found = None if prose(line) else row_of(cells_of(line), line.translate(BARS).count("|") >= 2)
        rates = _with_rates(line) if found is None and not prose(line) else None
        if rates:  # 基础货币(万亿)  32.14(6.27%)  31.83(5.15%): each level with its growth in brackets
            found, rates = rates
        if found and (len(cells_of(line)) < 2 or all(YEARS.fullmatch(v or "") for v in found[1])):
            found = None  # a lone word, or the header's years
        if found is None and (split := _label_over_values(lines, i, last)):
            found, values_line = split  # 第一产业 / 287.0  2.2: a PDF put the cells under the label
        if found is None:
            gap += 1
            unit = unit_line(line) or unit
            heading = block_heading(line)  # | 城镇居民 | | |: the rows after it are that group's
            if heading and table:
                table.headings.append((len(table.rows), heading))
            pending = heading or (pending if not line.strip() else "")
            if table and (gap > 3 or (not line.strip() and not _next_is_row(lines, i, last))
                          or CAPTION.match(line.translate(BARS).strip(" |\t"))  # | 表2:GDP环比增长速度 | |
                          or header_of(cells_of(line), len(table.header)) is not None
                          or _piped_header(line)):
                # a caption (表2 …) or a header of its own starts the next table
                floor = _close(table, lines, last)
                tables += _series(table, padded, turn)
                table, padded, turn = None, set(), None
            continue
        label, values = found
        label += _bracket_closed_below(lines, max(i, values_line), last, label)  # 货币当局外汇(万 / 亿)
        gap = 0
        if table is None:
            table = _start(lines, max(first, floor), i, len(values) + _empty_at_end(line)) if _empty_at_end(line) \
                else None  # | 2000 | … | 435.4 | |: a cell emptied, if the header names one more column
            table = table or _start(lines, max(first, floor), i, len(values))
            if table is None:
                continue
            table.headings = [(0, pending)] if pending else []
            unit = table.unit or (unit if UNIT_LINE.match("".join(lines[i - 1].split())) else "")
        if label.endswith(BLANK_UNIT):  # the unit of the group above ends here: the page gives none
            label, unit = label[:-len(BLANK_UNIT)], ""
        label, row_unit = split_unit(clean(label))
        unit = row_unit or unit  # 本市生产总值(亿元) gives its unit to the parts under it
        if turn is None and _turns(table, label):
            turn = (i, len(table.rows), len(table.short))
        table.lines.update({i, values_line} if values_line > i else {i})
        if len(values) < len(table.header) and line.translate(BARS).count("|") >= 2:
            padded.add(len(table.rows))
            values = values + [None] * (len(table.header) - len(values))  # | 2017 | 6.9 | 6.9 | | |
        if len(values) < len(table.header):
            table.short.append((label, values))
        else:
            if len(values) > len(table.header):  # cells no header names: left out, and said so
                table.cut.append(label)
            table.rows.append((label, values[:len(table.header)], row_unit or unit or table.unit))
            if rates:  # the rates in brackets: a row of their own in %, named as the table's note names them
                said = bracket_word(lines, i + 1)  # (%为同比); none said: the editor names them
                table.rows.append((label + (said or "(括号内)"), rates[:len(table.header)], "%"))
    if table:
        _close(table, lines, last)
        tables += _series(table, padded, turn)
    return [t for t in tables if len(t.rows) >= 2 or _one_poll(t)]


def _empty_at_end(line: str) -> int:
    """| 2000 | 5530.7 | … | 435.4 | |: the empty cells a pipe row ends in, which the table's
    width counts (row_of leaves them out)."""
    if line.translate(BARS).count("|") < 2:
        return 0
    cells, empty = cells_of(line), 0
    while len(cells) > 1 and not cells[-1]:
        cells, empty = cells[:-1], empty + 1
    return empty


def _turns(table: Table, label: str) -> bool:
    """Whether a row's label turns from years to names, or back (2000 … 2007, then 北京 …): a
    yearbook sets the provinces under the national series, over one header."""
    labels = [name for name, *_ in table.rows] + [name for name, _ in table.short]
    return len(labels) >= 2 and all(bool(YEARS.fullmatch(x)) != bool(YEARS.fullmatch(label)) for x in labels)


def _series(table: Table, padded: set[int], turn: tuple[int, int, int] | None) -> list[Table]:
    """The table, or, where its labels turn (_turns) with two whole rows or more on each side,
    the rows before and after the turn as two tables under the same header: a chart of years
    and one of regions, each checked against its own total."""
    if turn is not None:
        at, rows, short = turn
        after = Table(header=table.header, label_column=table.label_column, rows=table.rows[rows:],
                      short=table.short[short:], lines={k for k in table.lines if k >= at}, unit=table.unit,
                      super_units=table.super_units, title=table.title)
        if len(after.rows) >= 2 and rows >= 2:  # else one part would be dropped, its flagged rows with it
            table.rows, table.short, table.lines = table.rows[:rows], table.short[:short], table.lines - after.lines
            return [_packed(table, {k for k in padded if k < rows}),
                    _packed(after, {k - rows for k in padded if k >= rows})]
    return [_packed(table, padded)]


def _packed(table: Table, padded: set[int]) -> Table:
    """A pipe row with its last cells empty is placed as printed (the year so far: | 2017 | 6.9
    | 6.9 | | |, or a column few rows fill) unless, so placed, it breaks a sum the table's
    whole rows keep: then the page packed its later cells over an empty one (| 山西 | 58.7 |
    22.5 | 36.2 | 58.7 | … | |, 58.7 under 其他 breaks 供水总量 = 地表水 + 地下水 + 其他),
    and it is flagged, never fitted."""
    rows = [values for _, values, _ in table.rows]
    for k in sorted((k for k in padded if totals.packed(rows, rows[k])), reverse=True):
        label, values, _ = table.rows.pop(k)
        table.short.insert(0, (label, [v for v in values if v is not None]))
    return table


def _close(table: Table, lines: list[str], last: int) -> int:
    """After a table's last row: a note of its unit there (单位:万人 under the rows) is the
    table's, not the next one's. The line the next table may look back to."""
    end = max(table.lines) + 1
    for k in range(end, min(last + 1, end + 3)):
        line = lines[k].strip()
        if not line or CAPTION.match(line):
            continue
        stated = STATED_UNIT.search(line)
        unit = stated.group(1) if stated else caption_unit(line) if len(line) <= 12 else ""
        if unit:
            table.unit = table.unit or unit
            return k + 1
        break
    return end


def _label_over_values(lines: list[str], at: int, last: int):
    """((label, values), line of the values) where line `at` holds only a row's label and the
    next line only its values; else None."""
    tokens = cells_of(lines[at])
    if len(tokens) != 1 or PROSE.search(lines[at]) or not HAN.search(tokens[0]) or \
            len("".join(tokens)) > 20 or CAPTION.match(lines[at].strip()) or unit_line(lines[at]):
        return None
    if at + 1 > last:
        return None
    cells = cells_of(lines[at + 1])
    if not cells or not all(is_value(c) for c in cells) or YEARS.fullmatch(cells[0]) or \
            len(cells) == 1 and lines[at + 1].count("|") == 1:
        return None  # 21.3% |: one cell to a line is stacked.py's
    return ("".join(tokens), cells), at + 1


_LEVEL_RATE = re.compile(rf"({NUMBER})\(({NUMBER})%\)")


def _with_rates(line: str) -> tuple[tuple[str, list[str]], list[str]] | None:
    """((label, levels), rates) of a row whose every cell is a level with its rate in brackets
    (32.14(6.27%)), else None."""
    tokens = cells_of(line)
    cells = [_LEVEL_RATE.fullmatch(t) for t in tokens[1:]]
    if len(tokens) < 3 or not HAN.search(tokens[0]) or not all(cells):
        return None
    return (tokens[0], [c.group(1) for c in cells]), [c.group(2) for c in cells]


def _bracket_closed_below(lines: list[str], at: int, last: int, label: str) -> str:
    """The end of a label's bracket the line under its row gives alone (货币当局外汇(万 over a line
    of 亿)): a name too wide for its column, broken; "" where the label's brackets close."""
    if label.count("(") <= label.count(")") or at + 1 > last:
        return ""
    rest = "".join(lines[at + 1].split())
    return rest if rest.endswith(")") and "(" not in rest and len(rest) <= 6 and not re.search(r"[0-9]", rest) else ""


def _one_poll(table: Table) -> bool:
    """A table of one row of shares under a header of answers (a poll's one survey: 3-6/10/05
    527 61.3% 28.1% …): its answers are its rows (tables.py turns it)."""
    return len(table.rows) == 1 and sum(1 for v in table.rows[0][1] if v and v.endswith("%")) >= 2


def _piped_header(line: str) -> bool:
    """A line of bars between words only (| 调查日期 | 选人 | 选党 | 合计 |): the next table's
    header, whatever its width."""
    cells = [c for c in cells_of(line) if c]
    return line.translate(BARS).count("|") >= 3 and len(cells) >= 3 and not any(is_value(c) for c in cells) \
        and all(HAN.search(c) for c in cells)


def _next_is_row(lines: list[str], at: int, last: int) -> bool:
    """Whether the first line with words after a blank one is a row: if not, the table ended."""
    for line in lines[at + 1:last + 1]:
        if line.strip():
            return not prose(line) and row_of(cells_of(line)) is not None
    return False


def _start(lines: list[str], first: int, at: int, width: int) -> Table | None:
    """The table whose first row is at `at`: its header is within the six lines above. Rows
    of years (2019  1250.3  …) under a header of two tiers (按性别分 over 男 女) or of fewer
    names than columns take the names nearest above each column."""
    row, top = at, at
    while top - 1 > first and block_heading(lines[top - 1]):
        top -= 1  # | 全体居民 | | |: a block's heading over the first row, under the header
    at = top
    broken, units = broken_header(lines, first, at, width), []
    for j in range(at - 1, max(first, at - 6) - 1, -1):
        tokens = cells_of(lines[j])
        if not units and j > first and row_units(tokens) and header_of(cells_of(lines[j - 1]), width):
            units = [english_unit(f"({u})") or u for u in row_units(tokens)]  # (person) is 人
            continue  # (亿立方米) | (亿立方米) | (立方米/人) under the names of the columns
        header = header_of(tokens, width)
        if header is not None and j > first:
            header, tokens = _upper_tier(lines[j - 1], tokens, header)
        if header is not None and not any(HAN.search(h) for h in header):
            header = chinese_over_english(lines, first, j, width) or header  # Year Households …: the names above
        if header is None and broken and j == at - 1:  # 人 数 / (万人) / 出生率 / (‰) …: one name over many lines
            header, j = broken[0], broken[2]
            tokens = [broken[1]] if broken[1] else []
        if header is None and j == at - 1 and (one_a_line := names_a_line(lines, first, at, width)):
            header, j = one_a_line[0], one_a_line[2]  # 调查日期 / Date of survey / 基数 / Base / …
            tokens = [one_a_line[1]] if one_a_line[1] else []
        names = [t for t in tokens if HAN.search(t) and t not in INDEX_COLUMN]
        if header is None and lines[j].translate(BARS).count("|") >= 2 and len(names) > width + 1:
            # | 名次 | 港名 | 3月 | 1-3月 | over | 全国 | 总计 | 1529.03 | …: the rows' labels fill two cells,
            # so do the names over them; else | 指标 | 绝对数 | 增长 | 变化 |: a column of words comes last
            named = next((k for k, t in enumerate(cells_of(lines[row])) if is_value(t)), 1)
            header = names[named:named + width] if len(names) == width + named else names[1:width + 1]
        if header is None and YEARS.fullmatch(cells_of(lines[row])[0]) and j == _names_above(lines, first, at):
            tiers = [lines[k] for k in range(j, max(first, j - 2) - 1, -1) if not CAPTION.match(lines[k].strip())]
            header = by_position(tiers, lines[row], width)
        if header is None:
            continue
        table = Table(header=header, lines={j})
        label = row_of(tokens[:1] + ["0"])  # the header's first words name the labels (指  标 Item …)
        if label and HAN.search(label[0]) and not YEARS.fullmatch(label[0]):
            table.label_column = clean("".join(t for t in tokens[:3] if HAN.search(t) and not YEARS.fullmatch(t)
                                             and not split_unit(t)[1] and t not in header
                                             and not UNIT_COLUMN.fullmatch(t) and t not in INDEX_COLUMN))[:10] or "指标"
        table.title = title_above(lines, first, j)
        above = " ".join(line for line in lines[max(first, j - 4):j] if not prose(line))  # a group's line, no prose
        stated = STATED_UNITS.findall(" ".join(lines[max(first, j - 6):at]))  # 表1 … 单位:亿元, (单位:万吨)
        stated += [u for k in range(max(first, j - 6), at) if (u := english_unit(lines[k])) and "(" not in lines[k][:4]
                   and not STATED_UNIT.search(lines[k])]  # 单位:万户,万人(10000 households,…): the Chinese says it whole
        captions = [caption_unit(lines[k]) for k in range(max(first, j - 6), at) if k != j]
        captions = [u for u in captions if u]
        table.unit = stated[-1] if stated else captions[-1] if captions else ""  # 历年粮食产量(万吨)
        if units:
            table.super_units = units_by_column(units, len(header))
        slashed = [t for k in range(j + 1, at) for t in cells_of(lines[k])]
        if len(slashed) == len(header) and all(t.startswith("/") and len(t) > 1 for t in slashed):
            table.super_units = [t[1:] for t in slashed]  # /亿m3 then /% /%: a unit under each name, in order
        groups = _groups(header)
        if len(groups) > 1 and "%" in above:  # 总量指标 … 速度指标(%): the later groups are rates
            table.super_units = [""] * groups[1][0] + ["%"] * (len(header) - groups[1][0])
        return table
    return None


def _upper_tier(above: str, tokens: list[str], header: list[str]) -> tuple[list[str], list[str]]:
    """(header, tokens) of a header printed in two tiers, name over name (水资源 地表水 与2020年
    与多年 over 一级区 资源量 比较 平均值比较): each column's words, top then bottom (水资源一级区,
    地表水资源量, 与2020年比较), or a name over each equal group of columns that repeat their
    names (3月 1—3月 over 绝对量 同比增长 绝对量 同比增长); else as they are."""
    words = cells_of(above)
    if any(words) and not all(words) and not all(tokens):
        words = [w for w in words if w]  # 3月 | 1—3月 | |||: the bars after the names hold none
    if not words or CAPTION.match(above.strip()) or PROSE.search(above) or \
            not all(HAN.search(w) and not is_value(w) for w in words):
        return header, tokens
    if len(words) == len(tokens):
        joined = [top + name for top, name in zip(words, tokens)]
    elif 1 < len(words) < len(header) and len(header) % len(words) == 0 and \
            len({tuple(split_unit(h)[0] for h in header[k:k + len(header) // len(words)])
                 for k in range(0, len(header), len(header) // len(words))}) == 1:
        # 3月 | 1—3月 over 绝对量 | 同比增长% | 绝对量 | 同比增长: a period over each group of columns,
        # the groups naming the same columns in the same order (产量 产量 同比增长% 占全省% are none)
        span = len(header) // len(words)
        # 同比增长 under 1—3月 is in the % its twin under 3月 states (同比增长%)
        full = {split_unit(name)[0]: name for name in header if split_unit(name)[1]}
        named = [words[c // span] + full.get(name, name) for c, name in enumerate(header)]
        at = next((i for i in range(len(tokens)) if tokens[i:i + len(header)] == header), len(tokens) - len(header))
        return named, tokens[:at] + named + tokens[at + len(header):]
    else:
        return header, tokens
    return joined[len(joined) - len(header):], joined


def _names_above(lines: list[str], first: int, at: int) -> int:
    """The nearest line above `at` that names columns (words, no prose, no figures); -1 if none."""
    for j in range(at - 1, max(first, at - 6) - 1, -1):
        tokens = cells_of(lines[j])
        if tokens and not PROSE.search(lines[j]) and any(HAN.search(t) for t in tokens) and \
                not any(is_value(t) for t in tokens) and not CAPTION.match(lines[j].strip()):
            return j
    return -1


def _groups(header: list[str]) -> list[tuple[int, int]]:
    """Column groups: a header that repeats (1995 … 2007 1995 … 2006) starts a new group."""
    starts = [0] + [i for i in range(1, len(header)) if header[i] in header[:i] or
                    ("-" in header[i]) != ("-" in header[i - 1])]
    starts = sorted(set(starts))
    return [(s, e) for s, e in zip(starts, starts[1:] + [len(header)])]
