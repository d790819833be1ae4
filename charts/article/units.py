"""Units an editor states apart from the figures: in a column header's bracket (绝对数(亿元),
规模(亿)), in a row label's (幼儿园(万所)), and units no article prints beside a figure (指数).
"""

from __future__ import annotations

import re

from charts.article.read import folded, normalise

# What a header's bracket holds when it is a unit: a measure word, perhaps scaled (万吨, 亿立方米)
_UNIT = re.compile(r"[万亿千百十]*[^\W\d_]{0,3}(?:元|人|个|家|吨|件|次|户|所|名|岁|年|天|公里|平方米|立方米|千瓦时|"
                   r"公顷|亩|百分点|%)")
# Units that name what a figure is, not a measure printed after it: 指数 is read 54.75
BARE_UNITS = ("指数", "指數")


def header_unit(header: str) -> str | None:
    """The unit a column header states: 绝对数(亿元) -> 亿元, 规模(亿) -> 亿, 比上年增长% -> %;
    else None (2010年(六普) names a period, not a unit)."""
    text = normalise(header)
    bracketed = re.search(r"\(([^()0-9]{1,6})\)$", text)
    simplified = folded(bracketed.group(1)) if bracketed else ""  # 萬戶 reads as 万户
    if bracketed and (_UNIT.fullmatch(simplified) or re.fullmatch("[万亿]+", simplified)):
        return bracketed.group(1)
    return "%" if text.endswith("%") else None


def unit_dropped(label: str) -> str:
    """A row label without the unit it states in brackets: 幼儿园(万所) is named 幼儿园 in the
    text (全国幼儿园共29.48万所); a bracket that is not a unit (“银发网民”(50岁以上)) stays."""
    text = normalise(label)
    bracketed = re.search(r"\(([^()]{1,6})\)$", text)
    return text[:bracketed.start()] if bracketed and header_unit(text) == bracketed.group(1) and \
        text[:bracketed.start()] else label


# A table's cell: digits alone between spaces or bars (rows.py reads a row's cells the same way)
_CELL = re.compile(r"(?<![\w.])[-−+]?\d[\d,]*(?:\.\d+)?(?![\w.])%?")
# A line naming a group of rows and their unit (人  口(万人)  Population (10 000 persons)), or a
# caption's or a line's 单位:万元
_GROUP = re.compile(r"\s*[|｜]?\s*([\u4e00-\u9fff][\u4e00-\u9fff ]{0,14}\(([^()]{1,6})\))[^\u4e00-\u9fff]*$")
_STATED = re.compile(r"(?:计量|計量)?[单單]位\s*[:：]\s*([^\s,，;；)）|]{1,6})")
_GLOSSED = re.compile(r"\([^()\u4e00-\u9fff]*[A-Za-z][^()\u4e00-\u9fff]*\)")  # (10 000 persons)
_CAPTION = re.compile(r"\s*[表圖图]\s*[0-9一二三四五六七八九十]+")
_PART = re.compile(r"\s*[|｜]?\s*(?:#|＃|其中[:：]?)")  # a part of the row above: #城镇人口, 其中:工业


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \u3000|｜"))


def stated_unit(lines: tuple[str, ...], number: int, label: str) -> tuple[str, int] | None:
    """The unit a table states for its row on line `number` (1-based), and the line it states it
    on: the row's own label (本市生产总值(亿元)); else, for a part (#城镇人口, 其中:工业, a row set in
    further), the unit of the row it is part of; else the nearest line above naming a group of
    rows with its unit (人  口(万人)), or a caption's 单位:万元; else the one unit its header
    states (平均月收入(元)), where it states one only. None where the table states none."""
    line = lines[number - 1]
    first = _CELL.search(line)
    words = normalise(line[:first.start()] if first else line)
    own = header_unit(re.sub(r"[A-Za-z][A-Za-z .,'&()/-]*$|[|｜\s]", "", words))
    if own:
        return own, number
    part = bool(_PART.match(line)) or _indent(line) > 0
    header: list[tuple[str, int]] = []  # the units in brackets of the lines above that hold no cells
    for above in range(number - 2, max(-1, number - 62), -1):
        text = _GLOSSED.sub("", lines[above])  # Population (10 000 persons): no cells
        if not text.strip():
            continue
        cells = _CELL.search(text)
        stated = _STATED.search(text)
        if stated:
            return stated.group(1), above + 1
        if _CAPTION.match(text) or (cells is None and re.search(r"[，。；,;]", text)):
            break  # 表2 …, or prose: the table begins below it
        if cells is None:
            group = _GROUP.match(normalise(text))
            if group and header_unit(group.group(1).replace(" ", "")):
                return group.group(2), above + 1
            header += [(u, above + 1) for u in re.findall(r"\(([^()0-9]{1,8})\)", normalise(text))]
            continue
        if part and not _PART.match(text) and (_indent(text) < _indent(line) or _PART.match(line)):
            head = normalise(text[:cells.start()])
            unit = header_unit(re.sub(r"[A-Za-z][A-Za-z .,'&()/-]*$|[|｜\s]", "", head))
            if unit:
                return unit, above + 1
    units = {u for u, _ in header}  # (亿立方米) | (立方米/人): a unit for each column, none for all
    return header[0] if len(units) == 1 and header_unit(f"({header[0][0]})") else None


def conflicts(stated: str, unit: str) -> bool:
    """Whether a spec's unit is not the one a table states for the row, nor one of those it
    lists (单位:人、%), as the same words (Traditional or Simplified, full or half width, m3 or
    立方米). A column of rates beside rows of counts (比上年增长%, 指数) takes its unit from its
    own header: no row's unit contradicts it."""
    def plain(text: str) -> str:
        return folded(normalise(text)).replace("m³", "立方米").replace("m3", "立方米").replace(" ", "")
    listed = [u for u in re.split(r"[、,，]", stated) if u.strip()]
    if _rate(unit) and not any(_rate(u) for u in listed):
        return False
    return plain(unit) not in {plain(u) for u in listed}


def _rate(unit: str) -> bool:
    """A unit of rates, shares or indices (%, ‰, 个百分点, 指数, 1978=100), not of amounts."""
    text = folded(normalise(unit))
    return text in ("%", "‰", "个百分点", "百分点", *BARE_UNITS) or text.endswith("=100")
