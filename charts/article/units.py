"""Units an editor states apart from the figures: in a column header's bracket (绝对数(亿元),
规模(亿)), in a row label's (幼儿园(万所)), and units no article prints beside a figure (指数).
"""

from __future__ import annotations

import re

from charts.article.extract.cells import HAN, prose
from charts.article.read import folded, normalise
from charts.numbers.grammar import DOLLAR_SIGNS, MEASURES

# What a header's bracket holds when it is a unit: a measure word, perhaps scaled (万吨, 亿立方米)
_UNIT = re.compile(r"[万亿千百十]*[^\W\d_]{0,3}(?:元(?:人民币)?|人|个|家|吨|件|次|户|所|名|岁|年|天|票|公里|平方米|立方米|千瓦时|"
                   r"公顷|亩|百分点|%)|‰"  # 出生率(‰): a rate per thousand; 余额(亿元人民币): yuan
                   # or any measure the figure grammar knows, whole (毫米, 万头, 百羽, 万千瓦, 分): no other words
                   rf"|[万亿千百十]*(?:{'|'.join(sorted(MEASURES, key=len, reverse=True))}|羽|分|点)(?:/[^\W\d_]{{1,3}})?")
# Units that name what a figure is, not a measure printed after it: 指数 is read 54.75, and a
# score or an index's points are printed bare as often as not (满意度值为79.2, 生活信心(86.77))
BARE_UNITS = ("指数", "指數", "分", "点", "點")
SCORES = ("分", "点", "點")  # printed bare, a score is found only where its own clause names it
# An index's base named as its unit (1978=100, 上年=100, 第一产业=100): printed bare, shown in brackets
INDEX_BASE = re.compile(r"[^=]{1,8}=100")


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


# A table's cell: digits alone between spaces or bars, perhaps signed (+1.2) or a share (61.3%):
# not the 2 of 2季度 or the 1995 of 1995年. rows.py reads a row's cells with it too.
CELL = re.compile(r"(?<![\w.])[-−+]?\d[\d,]*(?:\.\d+)?(?![\w.])%?")
# A line naming a group of rows and their unit, perhaps with an English gloss after it:
# 人  口(万人)  Population (10 000 persons), 人  口(万人)  Population, 10 000 persons
_GROUP = re.compile(r"\s*[|｜]?\s*((?:[\u4e00-\u9fff] {1,3})*[\u4e00-\u9fff]{1,14}\(([^()]{1,6})\))"
                    r"(?:\s*(?:[A-Za-z][A-Za-z0-9 ,.'&()/-]*[A-Za-z)])?)?(?:\s*[|｜])*\s*$")  # | 人口(万人) | | |
# A caption's or a line's unit: 单位:万元, (计量单位:万吨), 單位:人、% (not 发布单位:, 价格单位:)
_STATED = re.compile(r"(?<![\u4e00-\u9fff])(?:计量|計量)?[单單]位\s*[:：]\s*([^\s,，;；)）|]{1,8})")
_GLOSSED = re.compile(r"\([^()\u4e00-\u9fff]*[A-Za-z][^()\u4e00-\u9fff]*\)")  # (10 000 persons)
_CAPTION = re.compile(r"\s*[表圖图]\s*[0-9一二三四五六七八九十]+")
_PART = re.compile(r"\s*[|｜]?\s*(?:#|＃|其中[:：]?)")  # a part of the row above: #城镇人口, 其中:工业


def _own(words: str) -> str | None:
    """The unit a row's words state: 本市生产总值(亿元), or a unit column's 万吨 after the label."""
    tokens = [t for t in re.split(r"[|｜\s]+", words) if t]
    words = normalise(words)
    bracketed = header_unit(re.sub(r"[A-Za-z][A-Za-z .,'&()/-]*$|[|｜\s]", "", words))
    if bracketed:
        return bracketed
    # 粮食  万吨: a unit column after a label of two characters or more (not 外  国  人 spaced out)
    return tokens[-1] if len(tokens) >= 2 and len(tokens[-2]) >= 2 and _UNIT.fullmatch(folded(tokens[-1])) else None


def _stated(text: str) -> str | None:
    """A 单位 line's units, where they are units (单位:人、%; not 发布单位:市统计局)."""
    found = _STATED.search(text)
    if not found:
        return None
    units = [u for u in re.split(r"[、,，/]", found.group(1)) if u]
    ok = all(u in ("%", "‰", "％") or _UNIT.fullmatch(folded(u)) or re.fullmatch("[万亿萬億]+", u) for u in units)
    return found.group(1) if units and ok else None


def stated_unit(lines: tuple[str, ...], number: int) -> tuple[str, int] | None:
    """The unit a table states, beyond doubt, for its row on line `number` (1-based), and the
    line it states it on: the row's own words (本市生产总值(亿元), 粮食  万吨  1250.3); for a part
    (#城镇人口, 其中:工业), its parent row's; the line naming the group the
    rows under it belong to (人  口(万人)), with no row of a unit of its own between; the table's
    单位:万元 above its header; the one unit the header states over a single column of values
    (平均月收入(元)). None where the table states none, or leaves it in doubt."""
    line = lines[number - 1]
    first = CELL.search(line)
    own = _own(line[:first.start()] if first else line)
    if own:
        return own, number
    single = len(CELL.findall(line)) == 1
    part = bool(_PART.match(line))
    header: list[tuple[str, int]] = []  # the units in brackets of the header, above the rows
    above_rows = False  # past the header: a row now is another table's
    grouped = False  # past a group's line: the rows and groups above are not this row's
    for above in range(number - 2, max(-1, number - 62), -1):
        text = _GLOSSED.sub("", lines[above])  # Population (10 000 persons): no cells
        if not text.strip():
            continue
        stated = _stated(text)
        if stated:
            return stated, above + 1
        if _CAPTION.match(text):
            captioned = re.search(r"\(([^()0-9]{1,6})\)\s*$", normalise(text))  # 表2 地区生产总值增速(%)
            if captioned and header_unit(f"({captioned.group(1)})"):
                return captioned.group(1), above + 1
            break  # 表2 …: the table's caption, and above it another table
        group = _GROUP.match(text.replace("（", "(").replace("）", ")"))
        if group and not (above_rows or grouped) and header_unit(group.group(1).replace(" ", "")):
            return group.group(2), above + 1
        cells = CELL.search(text)
        if cells and all(re.fullmatch(r"(?:19|20)\d\d", c) for c in CELL.findall(text)):
            above_rows = True  # 项  目 Item 2020 2021: the header's years
            continue
        if cells is None:
            if prose(text):
                break  # prose: the table begins below it
            if len([c for c in re.split(r"[A-Za-z()]+|\s{2,}|[|｜]", text) if HAN.search(c)]) == 1:
                grouped = True  # a group's line with no unit (国民经济核算): the rows above are another group's
                continue
            above_rows = True  # a header's line: above it only the caption may state the table's unit
            header += [(u, above + 1) for u in re.findall(r"\(([^()0-9]{1,8})\)", normalise(text))]
            continue
        if above_rows:
            break  # a row above the header: another table
        if grouped:
            continue
        unit = _own(text[:cells.start()])
        parent = part and not _PART.match(text)  # a part marked as one (#城镇人口, 其中:); indents are the page's layout
        if unit:
            if parent:
                return unit, above + 1
            return None  # a row of its own unit between: the group's unit, if any, is not this row's
    units = {u for u, _ in header}  # (亿立方米) | (立方米/人): a unit for each column, none for all
    if single and len(units) == 1 and header_unit(f"({header[0][0]})"):
        return header[0]
    return None


def _plain(unit: str) -> str:
    text = folded(normalise(unit)).replace(" ", "")
    for short, long_ in (("m³", "立方米"), ("m3", "立方米"), ("km²", "平方公里"), ("km2", "平方公里"),
                         ("m²", "平方米"), ("m2", "平方米"), ("平米", "平方米"), ("％", "%")):
        text = text.replace(short, long_)
    return "百分点" if text == "个百分点" else text  # 比上年增减(百分点): 个 or not, the same unit


_MULTIPLES = {"百": 100, "千": 1000, "万": 10**4, "亿": 10**8}
# words that begin with a multiple's character but are no multiple: 千瓦时, 百分点, 千克, 百分比
_NOT_A_MULTIPLE = re.compile(r"^(?:千瓦|千克|千米|千分|百分|万元/|亿元/)")


def _scaled(unit: str) -> tuple[int, str]:
    """(multiple, base): 万人 -> (10⁴, 人), 百萬美元 -> (10⁶, 美元), 亿 -> (10⁸, ""), 千瓦时 -> (1,
    千瓦时), 亿千瓦时 -> (10⁸, 千瓦时), 个百分点 -> (1, 个百分点)."""
    text = _plain(unit)
    multiple, at = 1, 0
    while at < len(text) and text[at] in _MULTIPLES and not _NOT_A_MULTIPLE.match(text[at:]):
        multiple *= _MULTIPLES[text[at]]
        at += 1
    return multiple, text[at:]


def is_rate(unit: str) -> bool:
    """A unit of rates or shares (%, ‰, 百分点, 百分比), not of amounts."""
    return _plain(unit) in ("%", "‰", "百分点", "百分比", "pp")


def conflicts(stated: str, unit: str, column: bool = False) -> bool:
    """Whether a spec's unit is not the one the table states: at another multiple of the same
    measure (亿元 where the table says 万元, 人 where it says 万人, 万 where it says 亿). Where the
    unit is the header printed over the figure's own column (`column`), a rate charted as an
    amount (增速(%) as 亿元) or an amount as a rate is a conflict too; % and ‰ always are. Other words for a unit
    (US$, t, km, kWh, 元人民币) and no unit at all are not judged: nothing here knows them all."""
    listed = [_scaled(u) for u in re.split(r"[、,，]", stated) if u.strip()]
    multiple, base = _scaled(unit)
    if any(_other_currency(b, base) for _, b in listed):
        return True  # a table in 美元 charted in 港元: another currency, whatever the scale
    if (multiple, base) in listed or (not base and multiple == 1):
        return False
    if column and any(is_rate(b) != is_rate(base) and (_UNIT.fullmatch(_plain(unit)) or is_rate(base))
                      and (_UNIT.fullmatch(b) or is_rate(b)) for _, b in listed):
        return True
    if any({b, base} == {"%", "‰"} for _, b in listed):
        return True  # a share per hundred and a rate per thousand: ten times apart
    return any(m != multiple and (b == base or not b or not base) for m, b in listed)


# Currencies by the words articles use for them. A bare 元 is the local currency of the
# place the article is from (yuan, Hong Kong, Taiwan, Macau or Singapore dollars), never a
# currency only ever named with its country (美元, 欧元, 日元).
_CURRENCIES = {"美元": "USD", "美金": "USD", "港元": "HKD", "港币": "HKD", "新台币": "TWD", "台币": "TWD",
               "澳门元": "MOP", "澳门币": "MOP", "澳币": "MOP", "人民币": "CNY", "元人民币": "CNY", "人民币元": "CNY",
               "新加坡元": "SGD", "新币": "SGD", "欧元": "EUR", "日元": "JPY", "日圆": "JPY", "英镑": "GBP",
               "韩元": "KRW", "澳元": "AUD", "加元": "CAD", "卢布": "RUB", "泰铢": "THB", "瑞士法郎": "CHF"}
_LOCAL = {"CNY", "HKD", "TWD", "MOP", "SGD"}  # what a bare 元 may stand for


def _currency(base: str) -> str | None:
    """The currency a unit's base names (美元/月 -> USD, 元 -> 元, 人 -> None)."""
    money = base.partition("/")[0]
    return "元" if money == "元" else _CURRENCIES.get(money)


def _other_currency(stated: str, charted: str) -> bool:
    """Whether two units' bases are money in two currencies: 美元 and 港元, or 元 and 美元."""
    one, two = _currency(stated), _currency(charted)
    if one is None or two is None or one == two:
        return False
    if "元" in (one, two):
        return (two if one == "元" else one) not in _LOCAL
    return True


_DOLLARS = {"元", "HKD", "TWD", "MOP", "SGD", "USD", "AUD", "CAD"}  # what a bare $ may stand for


def signs_before(unit: str) -> tuple[str, tuple[str, ...]]:
    """The signs a page may print before a figure in a unit of money, with the words of the unit
    they stand for: 港元 -> $ and HK$, 万美元 -> US$, a bare 元 -> $, HK$, NT$ and MOP$ (the grammar's
    DOLLAR_SIGNS, by their Latin letters); ("", ()) for any other unit, or one per month (元/月)."""
    money = unit[1:] if unit[:1] in "万萬亿億" else unit
    signs = _SIGNS.get(_currency(_plain(money))) if "/" not in money else None
    return (money, signs) if signs else ("", ())  # 人民币, 欧元: no sign a page prints before the figure


def _signs(wanted: set[str]) -> tuple[str, ...]:
    return tuple(f"{letter}$" for letter, name in DOLLAR_SIGNS.items() if letter.isascii() and _currency(name) in wanted)


# Each signed currency's signs, worked out once. A bare 元 in prose: the dollars Hong Kong, Taiwan and Macau
# pages call 元 (S$19800 is a Singapore figure a Hong Kong page quotes, never its 元; a table's own S$ cells
# are judged by same_unit). US$ alone for 美元: a bare $ is the page's own dollar.
_SIGNS = {code: (() if code == "USD" else ("$",)) + _signs({code}) for code in {_currency(n) for n in DOLLAR_SIGNS.values()}}
_SIGNS["元"] = ("$",) + _signs(_LOCAL - {"SGD", "CNY"})


def same_unit(cell: str, unit: str) -> bool:
    """Whether a table cell printed with its own unit (269万吨, HK$80.1, $5,200) is in the spec's
    `unit`: the same words, the same currency (港币 and 港元), a local currency's sign for a
    bare 元, or a bare $ for any dollar at no scale (which one, the table's caption or header
    says, and verify holds the spec to it)."""
    if folded(cell) == folded(unit):
        return True
    multiple, base = _scaled(unit)
    if multiple != 1 or "/" in base or _currency(base) is None:
        return False  # 万美元, 美元/月: a figure per month is no cell's bare sign
    if cell == "$":
        return _currency(base) in _DOLLARS
    return _currency(_plain(cell)) is not None and not _other_currency(_plain(cell), base)  # HK$80.1 under 元
