"""Headers a page broke over many lines, as a yearbook's PDF copy does: each column's name cut
where its cell wrapped (人 数 / (万人) / 出生率 / (‰) / 自 然 / 增长率(‰)), under a tier of
group names set out letter by letter on one line (年 份 出 生 死 亡 自然增长). aligned.py asks
here when no line above its rows names as many columns as they hold. And a row of units
under a header, as a page prints it when each column's unit has a cell of its own; and a
header of two tiers or of fewer names than columns, named by where its words stand above
the cells (by_position)."""

from __future__ import annotations

import re
import unicodedata

from charts.article.extract.cells import (
    CAPTION,
    HAN,
    INDEX_COLUMN,
    LABEL_COLUMN,
    PROSE,
    STATED_UNIT,
    is_cell,
    is_value,
    split_unit,
)

_MAX_LINES = 16  # a header of two tiers, each of six or so columns broken in two or three


def broken_header(lines: list[str], first: int, at: int, width: int) -> tuple[list[str], str, int] | None:
    """(a name per column, the label column's name, the header's first line) for the rows from
    line `at`, or None. The lines right above the rows hold one piece each; a piece that ends
    in a unit ((万人), 增长率(‰)) ends a column's name, since a yearbook states each column's
    unit last. They must make exactly `width` names: a count that does not fit is no header."""
    pieces, j = [], at - 1
    while j >= max(first, at - _MAX_LINES) and _piece(lines[j]):
        pieces.insert(0, "".join(lines[j].split()))
        j -= 1
    if len(pieces) <= width:
        return None  # nothing broken: a header of one name a line is another reader's
    names, name = [], ""
    for piece in pieces:
        name += piece
        if split_unit(name)[1]:
            names.append(name)
            name = ""
    if name or len(names) != width:
        return None
    label_column, groups = _tier(lines[j], width) if j >= first else ("", [])
    if groups:  # 出生 over 人数(万人) and 出生率(‰): 出生人数(万人), 出生率(‰)
        span = width // len(groups)
        names = [n if groups[c // span] in n else groups[c // span] + n for c, n in enumerate(names)]
    return names, label_column, j + 1 if not groups else j


def _piece(line: str) -> bool:
    """A line holding one piece of a column's name: a word, perhaps set out letter by letter
    (人 数, 比 上 年 增 长(%)), or a unit alone ((‰)); no figure. A line of single letters and a
    word (年 份 出 生 死 亡 自然增长) names several columns: a tier, not a piece; so does a line
    opening with the label column's name (年 份 迁 入 迁 出), the top line of a header."""
    words = line.split()
    if not words or PROSE.search(line) or CAPTION.match(line.strip()) or len("".join(words)) > 12:
        return False
    if len(words) > 1 and any(len(re.sub(r"\(.*", "", w)) != 1 for w in words):
        return False
    word = "".join(words)
    if word.startswith(LABEL_COLUMN):
        return False  # 年 份 …: the label column's name opens the header's top line
    return not is_value(word) and (HAN.search(word) is not None or split_unit(word)[0] == "" and bool(split_unit(word)[1]))


def _tier(line: str, width: int) -> tuple[str, list[str]]:
    """The label column's name and the group names of a tier over `width` columns: 年 份 出 生
    死 亡 自然增长 -> (年份, [出生, 死亡, 自然增长]). A run of single characters is a word set out
    letter by letter, cut into words of two (the commonest length of a column's name); a
    count of groups that does not divide the columns is no tier."""
    tokens = line.split()
    if not tokens or PROSE.search(line) or any(is_value(t) or not HAN.search(t) for t in tokens):
        return "", []
    words, run = [], ""
    for token in tokens + [""]:
        if len(token) == 1:
            run += token
            continue
        label = next((w for w in LABEL_COLUMN if run.startswith(w)), "") if not words else ""
        if label:
            words.append(label)
            run = run[len(label):]
        if len(run) % 2:
            return "", []
        words += [run[k:k + 2] for k in range(0, len(run), 2)]
        words += [token] if token else []
        run = ""
    label = words.pop(0) if words and words[0] in LABEL_COLUMN else ""
    if len(words) < 2 or width % len(words) or len(words) == width:
        return label, []
    return label, [re.sub(r"\s", "", w) for w in words]


def row_units(cells: list[str]) -> list[str]:
    """The units of a line holding nothing else ((亿立方米) | (亿立方米) | (立方米/人) | | |), in
    order; [] for any other line."""
    cells = [c for c in cells if c]
    units = [split_unit(c) for c in cells]
    return [u for _, u in units] if cells and all(not n and u for n, u in units) else []


def units_by_column(units: list[str], width: int) -> list[str]:
    """A unit per column from a row of units. As many as columns: one each. Fewer: the page
    merged the cells of columns sharing a unit and the copy kept one per merged cell, in
    order, so the first columns take the first unit and the last column the last. Which
    columns between them take which is said only when all units but the last are one (亿立方米,
    亿立方米, 立方米/人: the last column alone is per person), since a run of columns sharing a
    unit is what the merging kept; else no unit is given and the editor names them."""
    if len(units) == width:
        return units
    if len(set(units)) == 1:
        return units[:1] * width
    if len(units) < width and len(set(units[:-1])) == 1:
        return [units[0]] * (width - 1) + [units[-1]]
    return []


def _spans(line: str) -> list[tuple[str, float]]:
    """Each token of an aligned line with the display column of its middle (a Han character
    is two columns wide, as a monospaced page sets it)."""
    out = []
    widths = [2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line]
    gaps = [m.span() for m in re.finditer(r"\s{2,}|\|", line)] if re.search(r"\S\s{2,}\S|\|", line) \
        else [m.span() for m in re.finditer(r"\s+", line)]
    cuts = [0] + [x for span in gaps for x in span] + [len(line)]
    for a, b in zip(cuts[::2], cuts[1::2]):
        text = line[a:b]
        if text.strip():
            lead = len(text) - len(text.lstrip())
            a2, b2 = a + lead, a + len(text.rstrip())
            out.append(("".join(line[a2:b2].split()), (sum(widths[:a2]) + sum(widths[:b2])) / 2))
    return out


def by_position(header_lines: list[str], row_line: str, width: int) -> list[str]:
    """Column names of a header that does not name every column, or names groups of them:
    each value column takes the name standing nearest above it on the page, the lowest tier
    first (男性 女性 under 按性别分), a tier above naming what the one below leaves unnamed."""
    cells = [x for t, x in _spans(row_line) if is_cell(t)][-width:]
    header = [f"第{c + 1}列" for c in range(width)]
    for line in header_lines:
        names = [(t, x) for t, x in _spans(line) if HAN.search(t) and t not in LABEL_COLUMN
                 and t not in INDEX_COLUMN and not STATED_UNIT.search(t)]
        for name, x in names:
            if cells:
                nearest = min(range(len(cells)), key=lambda c: abs(cells[c] - x))
                if header[nearest].startswith("第"):
                    header[nearest] = name
    return header


_GLOSS_AFTER = re.compile(r"\s+[A-Za-z(].*$")  # 好需要 Very necessary: the English after the name
_LABEL_COLUMN_NAMES = (*LABEL_COLUMN, "日期")  # 调查日期 heads a poll's column of surveys


def names_a_line(lines: list[str], first: int, at: int, width: int) -> tuple[list[str], str, int] | None:
    """(a name per column, the label column's name, the header's first line) for a row at line
    `at` under a header a web page set one name a line, each over its English (调查日期 / Date of
    survey / 基数 / Base / 好需要 / Very necessary …), two names sharing a line where the page ran
    them together. The names must be `width`, or one more: the label column's first."""
    names, j = [], at - 1
    while j >= max(first, at - 3 * _MAX_LINES) and lines[j].strip() and not PROSE.search(lines[j]) \
            and not re.search(r"[0-9]", lines[j]):
        if HAN.search(lines[j]):  # 调查日期 Date of survey |: a bar after the name and its English
            parts = [_GLOSS_AFTER.sub("", p).strip().rstrip("*#") for p in re.split(r"\s{2,}", lines[j].strip(" |\t"))]
            names[:0] = [p for p in parts if HAN.search(p)]
        j -= 1
    if len(names) >= width + 2 and names[-width - 2].endswith(_LABEL_COLUMN_NAMES) and "/" in names[-width - 1]:
        # 调查日期, 即日/首轮跟进调查: which survey of the date, the label's second part (a question above)
        return names[-width:], names[-width - 2], j + 1
    if len(names) > width + 1 and names[-width - 1].endswith(_LABEL_COLUMN_NAMES):
        names = names[-width - 1:]  # 组合数据 / 调查日期 / …: a caption above the label column's name
    if len(names) == width + 1 and names[0].endswith(_LABEL_COLUMN_NAMES):
        return names[1:], names[0], j + 1  # the label column's name first (调查日期), then a name a column
    return (names, "", j + 1) if len(names) == width and width >= 2 else None


# A tier's word that names a group of the columns below it, not a column: 其中, 按性别分
_GROUP_WORD = re.compile(r"其中[:：]?|按[\u4e00-\u9fff]{1,10}分")


def chinese_over_english(lines: list[str], first: int, j: int, width: int) -> list[str] | None:
    """The Chinese names of a bilingual yearbook's header whose English line stands nearest the
    rows (年份 总户数 总人口 其中 / 按性别分 … / Total Total 男性 女性 农业人口 非农业人口 / Year
    Households Population Male …): the names of the lines above the English one, top tier first,
    where, without the label column's name and the words naming groups, they are one per column and
    each tier's groups come last on its line (their columns are the rightmost)."""
    names = []
    for line in lines[max(first, j - 4):j]:
        if PROSE.search(line) or CAPTION.match(line.strip()) or re.search(r"[0-9]", line):
            continue  # a caption, a unit line (单位:万户,万人(10000 households…))
        words = [t for t in line.split() if HAN.search(t) and t not in LABEL_COLUMN and t not in INDEX_COLUMN
                 and not STATED_UNIT.search(t)]
        groups = [_GROUP_WORD.fullmatch(t) is not None for t in words]
        if True in groups and not all(groups[groups.index(True):]):
            return None  # 总人口 按性别分 城镇人口: a group's columns stand between; only their places could tell
        names += [t for t, group in zip(words, groups) if not group]
    return names if len(names) == width else None
