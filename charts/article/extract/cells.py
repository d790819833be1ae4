"""How a table printed as text is cut into cells, and what a cell or a column's name says:
a figure (51.5%, 45210元, 1,234), an empty cell (— …), a unit (绝对数(亿元), 总人口/万人, 单位:万吨,
a yearbook's (10 000 tons)), a row of a pipe or an aligned table, the header over its values
(by count; by where the names stand on the page: headers.py). tables.py and stacked.py read with these."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from charts.numbers.grammar import ARABIC, MEASURES

NUMBER = rf"[-−+]?(?:[0-9]{{1,3}}(?:,[0-9]{{3}})+(?:\.[0-9]+)?|{ARABIC})"
YEARS = re.compile(r"(?:19|20)\d\d(?:[-—–](?:19|20)\d\d)?年?(?:底|末)?")
MONTHS = re.compile(r"(?:(?:19|20)\d\d年)?(?:[1-9]|1[0-2])月(?:份|末|底)?")  # 2018年3月, 2月, 12月末
HAN = re.compile(r"[\u4e00-\u9fff]")
_SENTENCE_END = re.compile(r"[。！？]|[.!?]\s*$")
# A clause break: CJK punctuation, or an ASCII comma or semicolon beside a word (萬元,增至去年達;
# not the comma of 1,234).
PROSE = re.compile(r"[。，；！？]|, |[\u4e00-\u9fff][,;]|[,;][\u4e00-\u9fff]")
_UNIT_IN_BRACKETS = re.compile(r"\(([^()]{1,6})\)?$|\(([%％])$")
# What a unit in brackets measures in: a bracket of other words names (社区卫生服务中心(站),
# 妇幼保健院(所、站), 资料图片, 登記選民), it gives no unit (an English gloss's does: (person))
_MEASURED = re.compile("[" + re.escape("".join(sorted({ch for word in MEASURES for ch in word if "\u4e00" <= ch <= "\u9fff"}))) +
                       r"%‰％度股卡手年岁歲倍分点點币幣万亿萬億]")  # (亿), (万亿): a scale alone
_OTHER_UNIT_MARK = re.compile(r"(?:/|\[|【|〔)([^/\[\]【】〔〕]{1,6})[\]】〕]?$")
RATE = re.compile(r"增长|增長|增速|比重|率|占|佔|%|指数|指數|比上年|同比")
UNIT_LINE = re.compile(r"^(?:计量)?单位[:：](.{1,6})$|^(?:計量)?單位[:：](.{1,6})$")  # 计量单位:亿元 too
# A unit stated anywhere on a caption or a line of its own: 表1 主要指标  单位:亿元, (单位:万吨)
_UNIT_SAID = r"(?:计量|計量)?[单單]位\s*[:：]\s*"
STATED_UNIT = re.compile(_UNIT_SAID + r"([^\s,，;；)）|]{1,6})")
# A table's caption may state a unit for each kind of column: 单位:万户,万人 (households, persons)
STATED_UNITS = re.compile(_UNIT_SAID + r"([^\s,，;；:：()（）|]{1,6}(?:[,，、][^\s,，;；:：()（）|]{1,6})*)")
# (1)非常满意, (一)工业, 1、生产资料, 一、, 1.外国人: the option's or the outline's number
_LABEL_NOISE = re.compile(r"^(?:#|其中[:：]|[(（](?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[)）]|"
                          r"(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})、(?![0-9])|[一二三四五六七八九十]{1,3}。(?=[^\s0-9])|"
                          r"[0-9]{1,2}\.(?=[\u4e00-\u9fff]))+|[?①-⑩]")  # 1.外国人: not 1.5倍
_UNITS = ("%", "元", "人", "吨", "公顷", "平方公里", "千米", "公里", "立方米", "千瓦时", "户", "个", "辆", "所",
          "册", "件", "人次", "家", "头")
UNIT_WORD = re.compile(rf"[万亿萬億]?(?:{'|'.join(_UNITS)})")  # a unit column's cell: 万吨, 亿元
# A cell: a number, perhaps with its unit (51.5%, 45210元, 1.54亿); a dash or dots an empty one.
# a cell's own unit: one of a table's, or any measure the grammar knows (200亿米, 1689.5万部, 3421.3万箱)
_MEASURE_WORDS = "|".join(map(re.escape, sorted(MEASURES, key=len, reverse=True)))
CELL_UNIT = rf"[万亿萬億]?(?:{'|'.join(_UNITS)}|{_MEASURE_WORDS})"
VALUE = re.compile(rf"{NUMBER}(?P<unit>%|‰|{CELL_UNIT}|[万亿萬億])?")
# A count alone (1次, 1套, 3天) opening a row names it (| 1次 | 41.2 |); after its label it is a cell (120架)
_COUNT_NAME = re.compile(rf"{NUMBER}(?:{_MEASURE_WORDS})")
EMPTY = ("—", "——", "-", "--", "---", "–", "－", "－－", "…", "……", "...", "/")  # a cell left empty, or not asked
INDEX_COLUMN = ("序号", "序號", "编号", "編號", "排名", "排序", "名次", "位次")
_RANGE = re.compile(r"[<>≤≥]?[0-9]+(?:\.[0-9]+)?(?:[-~—–至][0-9]+(?:\.[0-9]+)?|\+)|[<>≤≥][0-9]+(?:\.[0-9]+)?")
_INDEX = re.compile(r"\(?[0-9]{1,3}[.)、]?")  # a row's number in a 序号 column
UNIT_COLUMN = re.compile(r"(?:计量|計量)?\s*(?:单|單)\s*(?:位)")  # 单位, 计量单位, 单 位 spaced out
BARS = str.maketrans("│┃║｜", "||||")
# A word spaced out letter by letter: single Han characters, perhaps a unit in brackets last
# (比 上 年 增 长(%)), or a year and its 年.
_SPACED = re.compile(r"(?:[\u4e00-\u9fff] )+[\u4e00-\u9fff][^ ]*|(?:19|20)\d\d ?[年月]")
_ENGLISH_WORDS = {"person": "人", "ton": "吨", "yuan": "元", "household": "户", "hectare": "公顷",
                  "kilowatt-hour": "千瓦时", "kwh": "千瓦时", "cubic meter": "立方米", "unit": "个"}
_ENGLISH_UNIT = re.compile(r"(?:[Uu]nit\s*[:：]\s*|\()\s*(?P<scale>10\s?000|100\s?million|1\s?000)?\s*"
                           r"(?P<word>persons?|tons?|yuan|households?|hectares?|kilowatt-hours?|kwh|cubic meters?)\b")
CAPTION = re.compile(r"^[表圖图]\s*[0-9一二三四五六七八九十]+")
LABEL_COLUMN = ("年份", "指标", "指標", "项目", "項目", "地区", "地區", "名称", "名稱", "类别", "類別")



@dataclass
class Table:
    header: list[str]  # one name per value column
    label_column: str = "指标"
    rows: list[tuple[str, list[str], str]] = field(default_factory=list)  # label, values, row unit
    short: list[tuple[str, list[str]]] = field(default_factory=list)  # rows with cells missing
    cut: list[str] = field(default_factory=list)  # rows with more cells than the header names
    lines: set[int] = field(default_factory=set)  # article line indices (0-based)
    unit: str = ""
    super_units: list[str] = field(default_factory=list)  # per column, from a header above
    title: str = ""
    rest: int | None = None  # the line where its rows stopped short of the run's end (another table)
    headings: list[tuple[int, str]] = field(default_factory=list)  # (first row, group) of each block (全体居民)
    block: str = ""  # the group of the block these rows are (城镇居民)


_GROUP_NAME = re.compile(r"[^\W\d_]{2,10}")  # a block's group: words only
_DIMENSION = re.compile(r"按.{1,8}分|分.{1,8}看|其中.*")  # 按城乡分: how the rows below break the total down, no group


def block_heading(line: str) -> str:
    """The group a ruled line heads in a table told in blocks (| 城镇居民 | — | | |): its one cell
    of words, first or after a number's, the other cells empty; else ""."""
    ruled = line.translate(BARS)
    if "|" not in ruled and "\t" not in ruled:
        return ""
    cells = [cell.strip() for cell in re.split(r"[|\t]", ruled.strip(" \r\n"))]  # 城镇居民\t\t: its empty cells
    words = [cell for cell in cells if cell and cell not in EMPTY]
    if len(words) != 1 or not _GROUP_NAME.fullmatch(words[0]) or cells.index(words[0]) > 1 or \
            _DIMENSION.fullmatch(words[0]):
        return ""
    return words[0]


def cells_of(line: str) -> list[str]:
    """The cells of a line: between pipes (or the box-drawing bars of a page, │ ┃ ║), else
    between spaces, a word a PDF spaced out letter by letter (产 量(万吨), 2024 年) put back
    together where the columns are set apart by wider gaps."""
    line = line.translate(BARS)
    if line.count("|") == 1 and line.strip()[:1] + line.strip()[-1:] != "||":
        line = line.replace("|", " ")  # 2875.30 |: a page that ends each cell with a bar, one to a line
    if line.count("|") >= 2:
        line = re.sub(r"^\s*\|", "", re.sub(r"\|\s*$", "", line))  # one bar at each end, empty cells kept
        return [re.sub(r"\s+", "", c) if _SPACED.fullmatch(c.strip()) else re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[(\u4e00-\u9fff])", "", c.strip())
                for c in line.split("|")]  # 绝对量 (亿元), 2023年 水平: a unit or a word set off in its name
    if _SPACED.fullmatch(line.strip()):
        return ["".join(line.split())]  # 批 发 和 零 售 业: one cell spaced out
    if not re.search(r"\S\s{2,}\S", line):
        return [cell for token in line.split() for cell in _run_together(token)]
    out = []
    for chunk in re.split(r"\s{2,}", line.strip()):
        out += [re.sub(r"\s+", "", chunk)] if _SPACED.fullmatch(chunk) else chunk.split()
    return out


_SIGNED_AFTER_UNIT = re.compile(r"^([0-9][0-9.,]*[\u4e00-\u9fff]+)([-−][0-9][0-9.]*%?)$")


def _run_together(token: str) -> list[str]:
    """A cell and a signed one after it with no space between (6100万立方米-4.5): two cells."""
    two = _SIGNED_AFTER_UNIT.match(token)
    return [two.group(1), two.group(2)] if two else [token]


def prose(line: str) -> bool:
    """Whether a line is running text, not a table's row. A pipe row is judged by its cells:
    its label may list names with a comma (| 粮油, 食品类 | 2473 |) if it is short, no other
    cell may break a clause, and no cell ends a sentence."""
    cells = line.translate(BARS).split("|")
    named = [c.strip() for c in cells if c.strip()]
    if len(cells) < 3 or not named:
        # an English gloss's commas are no clause's (交通运输、仓储和邮政业  Transport, Storage and Post  364726)
        return PROSE.search(_ENGLISH.sub(" ", line) if HAN.search(line) else line) is not None
    return any(_SENTENCE_END.search(c) for c in named) or any(PROSE.search(c) for c in named[1:]) or \
        (PROSE.search(named[0]) is not None and len(named[0]) > 24)


_ENGLISH = re.compile(r"[A-Za-z][A-Za-z'&.-]*(?:,? ?[A-Za-z][A-Za-z'&.-]*)+")  # words of a gloss


def is_value(token: str) -> bool:
    return bool(VALUE.fullmatch(token))


def is_cell(token: str) -> bool:
    return is_value(token) or token in EMPTY


def split_unit(name: str) -> tuple[str, str]:
    """(name without its unit, unit): 绝对数(亿元) -> (绝对数, 亿元), 比上年增长% -> (比上年增长, %).
    A bracket holding digits is a note, not a unit: 指数(2007为以下各年)."""
    found = _UNIT_IN_BRACKETS.search(name)
    if found and not re.search(r"[0-9]", found.group(0)) and "、" not in found.group(0) and \
            (_MEASURED.search(found.group(0)) or not HAN.search(found.group(0))):
        return name[:found.start()], found.group(1) or found.group(2)
    if name.endswith("%") and len(name) > 1:
        return name[:-1], "%"
    aside = re.search(r"\([^()]{1,12}\)$", name)  # 2012年为上年%(按可比价计算): the % before an aside
    if aside and name[:aside.start()].endswith("%") and aside.start() > 1 and not name[aside.start() - 2].isdigit():
        # (not 降幅超过10%(企业数): a bound in the name, no unit)
        return name[:aside.start() - 1] + aside.group(), "%"
    other = _OTHER_UNIT_MARK.search(name)  # 总人口/万人, 总人口[万人], 总人口【万人】
    if other and UNIT_WORD.fullmatch(other.group(1)):
        return name[:other.start()], other.group(1)
    return name, ""


# An English gloss after the Chinese name, run on or after a space (房屋 Housing, 年末常住人口
# Year-end Population): words in lower case; an acronym (人均GDP, CPI) is part of the name.
_GLOSS = re.compile(r"(?<=[^A-Za-z .,'-])\s*[A-Za-z][A-Za-z .,'/-]*$")  # Don't know/Hard to say: a slash inside the gloss


def clean(label: str) -> str:
    gloss = _GLOSS.search(label)
    if gloss and re.search("[a-z]", gloss.group(0)) and HAN.search(label[:gloss.start()]):
        label = label[:gloss.start()]
    return _LABEL_NOISE.sub("", label).strip()


def unit_line(line: str) -> str:
    """The unit a line gives the rows under it: 单位:% or 人  口(万人) (an English gloss aside)."""
    if PROSE.search(line):
        return ""
    words = clean("".join(t for t in cells_of(line) if HAN.search(t)))
    found = UNIT_LINE.match(words) or STATED_UNIT.search(line)
    if found:
        return next(g for g in found.groups() if g)
    return split_unit(words)[1] if len(words) <= 12 else ""


# A poll's fieldwork dates as a row's label: 22-25/10/07, 3-6/11, 15/9/2003, a half-year 1-6/2019
SURVEY_DATES = re.compile(r"(?:\[[0-9]+\])?(?:[0-9]{1,2}(?:-[0-9]{1,2})?/[0-9]{1,2}(?:-[0-9]{1,2}/[0-9]{1,2})?"
                           r"(?:/[0-9]{2,4})?|[0-9]{1,2}-[0-9]{1,2}/(?:19|20)[0-9]{2})[@&*#]*")  # a footnote's mark before or after: [1]7-12/2017, 17-20/12/2018@


_MARKED = re.compile(r"(?<=[0-9%])[*#@]+$")
_ENGLISH_AFTER = re.compile(r"\s+[A-Za-z].*$")  # 即日調查 Instant survey: the English after the words


# A unit left empty (民用汽车拥有量 () …): the rows under it are in no unit the page gives
BLANK_UNIT = "()"
_NO_UNIT = ("()", "（）")


def row_of(tokens: list[str], piped: bool = False) -> tuple[str, list] | None:
    """An aligned or pipe row: label words, perhaps an English gloss, then its values to the end
    (None for a cell left empty: — or …). A pipe row may number itself first (| 1 | 指标 |…) and
    end in cells of words (| 增加 |)."""
    if len(tokens) > 2 and _INDEX.fullmatch(tokens[0]) and HAN.search(tokens[1]):
        tokens = tokens[1:]
    if piped:  # | 2017 | 6.9 | 6.9 |  |  |: between bars an empty cell stands where it is
        tokens = tokens[:1] + [t or "—" for t in tokens[1:]]
    tokens = tokens[:1] + [_MARKED.sub("", t) for t in tokens[1:]]  # 816*: a footnote's mark, not the figure's
    i = 0
    while i < len(tokens) and HAN.search(tokens[i]) and (not is_value(tokens[i]) or (
            not i and _COUNT_NAME.fullmatch(tokens[i]) and VALUE.fullmatch(tokens[i])["unit"] not in _UNITS)) and \
            not (i and YEARS.fullmatch(tokens[i])):
        i += 1
    if i == 0 and len(tokens) > 1 and (YEARS.fullmatch(tokens[0]) or _RANGE.fullmatch(tokens[0])
                                       or SURVEY_DATES.fullmatch(tokens[0])) and is_cell(tokens[1]):
        i = 1  # a year's row (2021  1200  3.5), a range's (18-24 | 21.3%, 60+ | 9.8%), a poll's (22-25/10/07)
    elif i == 0 and len(tokens) > 2 and SURVEY_DATES.fullmatch(tokens[0]) and HAN.search(tokens[1]) and \
            not is_value(tokens[1]) and is_cell(tokens[2]):
        # 12/10/2011 | 即日調查 Instant survey | 816* | …: a poll's date and which of its surveys
        tokens = [f"{tokens[0]} {_ENGLISH_AFTER.sub('', tokens[1])}", *tokens[2:]]
        i = 1
    if 0 < i < len(tokens) - 1 and tokens[i] in ("%", "‰") and is_value(tokens[i + 1]):
        tokens = tokens[:i] + [f"({tokens[i]})"] + tokens[i + 1:]  # | 增速 | % | 5.1 |: a unit column
        label = "".join(tokens[:i + 1])
        i += 1
    elif i > 1 and UNIT_WORD.fullmatch(tokens[i - 1]):
        i -= 1  # 粮食产量  万吨  45.6: a unit column, written as (万吨) after the label
        tokens = tokens[:i] + [f"({tokens[i]})"] + tokens[i + 1:]
        label = "".join(tokens[:i + 1])
        i += 1
    else:
        label = "".join(tokens[:i])
    if 0 < i < len(tokens) and tokens[i] in _NO_UNIT:
        label, i = label + BLANK_UNIT, i + 1  # 民用汽车拥有量 () …: the page left its unit out
    while i < len(tokens) and not HAN.search(tokens[i]) and not is_cell(tokens[i]):
        if tokens[i].startswith("("):
            return None  # 人  口(万人) Population (10 000 persons): a unit line, not a row
        i += 1  # an English gloss (Year-end Resident Population)
    values = []
    while i < len(tokens) and is_cell(tokens[i]):
        values.append(None if tokens[i] in EMPTY else tokens[i])
        i += 1
    if i == len(tokens) - 1 and values and UNIT_WORD.fullmatch(tokens[i]) and not label.endswith(")"):
        label, i = f"{label}({tokens[i]})", i + 1  # 粮食产量  45.6  万吨: the unit column comes last
    if piped and all(HAN.search(t) and len(t) <= 4 for t in tokens[i:]):
        i = len(tokens)  # | 招生 | 12.5 | 13.1 | 增加 |: a column of words, not a figure
    if not label or not any(v is not None for v in values) or any(HAN.search(t) for t in tokens[i:]):
        return None  # trailing junk of a web page is no cell, but a word would be
    while values[-1] is None:
        values.pop()  # the table's width is what its rows fill; tables.py places a short pipe row
    return label, values


def header_of(tokens: list[str], width: int) -> list[str] | None:
    """The header over rows of `width` values: years, or as many names as columns."""
    while tokens and not tokens[-1]:
        tokens = tokens[:-1]  # | 绝对量(亿元) | 同比增长(%) | |: a bar closing an empty cell
    years = [t for t in tokens if YEARS.fullmatch(t)]
    if len(years) >= width:
        return years[-width:] if len(years) == width else years
    names = [t for t in tokens if (HAN.search(t) or t == "%") and t not in INDEX_COLUMN]
    if len(names) == width + 1 and not UNIT_COLUMN.fullmatch(names[1]):
        return names[1:]
    if len(names) == width + 2 and UNIT_COLUMN.fullmatch(names[1]):
        return names[2:]  # 指标  单位  产量  增长
    if len(names) == width + 2 and _ENGLISH_AFTER.sub("", names[0]).endswith("日期"):
        return names[2:]  # | 调查日期 | 调查类别 | 样本数目 | 评分 |: a poll's row names its date and its survey
    if len(names) == width and len(tokens) == width and names[0] not in LABEL_COLUMN:
        return names  # names over the values only, none over the labels
    dates = [t for t in tokens[1:] if SURVEY_DATES.fullmatch(t)]
    if len(tokens) == width + 1 and HAN.search(tokens[0]) and len(dates) >= 2 and \
            all(t in dates or HAN.search(t) for t in tokens[1:]):
        return tokens[1:]  # | 調查日期 | 2-4/2 | 20-23/2 | 最新變化 |: a poll's rounds over its measures
    words = [t for t in tokens if re.fullmatch(r"[A-Za-z][A-Za-z0-9 .&/-]*", t)]
    if not names and len(words) == len(tokens) == width + 1:
        return words[1:]  # | Year | Q1 | Q2 |: a header in English only
    return None


def english_unit(line: str) -> str:
    """A bilingual yearbook's unit in English: (10 000 persons) -> 万人, Unit: 100 million yuan -> 亿元."""
    found = _ENGLISH_UNIT.search(line)
    if not found:
        return ""
    scale = {"10000": "万", "100million": "亿", "1000": "千", "": ""}["".join((found["scale"] or "").split()).lower()]
    return scale + _ENGLISH_WORDS[found["word"].lower().rstrip("s")]


def caption_unit(line: str) -> str:
    """The unit a caption or a line of its own states: 历年粮食产量(万吨), (万人), 万人, and a
    yearbook's English one (10 000 tons)."""
    english = english_unit(line)
    if english:
        return english
    words = clean("".join(line.split()))
    if not words or PROSE.search(line) or not HAN.search(words):
        return ""
    if UNIT_WORD.fullmatch(words.strip("()")):
        return words.strip("()")
    unit = split_unit(words)[1]
    return unit if UNIT_WORD.fullmatch(unit) or unit in ("%", "‰") else ""


_FIELDWORK = re.compile(r"(?:调查日期|調查日期|访问日期|訪問日期|Date of survey)\s*[:：]")


_CAPTION_NUMBER = re.compile(r"[表圖图]\s*[0-9一二三四五六七八九十]+(?:[-—.][0-9]+)*[:：.、]?")


def title_above(lines: list[str], first: int, header: int) -> str:
    """The table's caption: the nearest short line with words above its header. Not a tier of
    the header (| 指 标 | 1-2月 |: names in cells of their own) nor a piece of the label
    column's name (份 地 区: 年份 and 地区 broken over lines); the table's number before it goes
    (11-18, 3-3), not a date's (2018年1-2月份). A caption numbered as a table's (表2-1 历年总户数和总人口)
    names it over the tiers of a bilingual header between them."""
    numbered = [j for j in range(max(first, header - 8), header) if CAPTION.match(lines[j].strip())]
    for j in [*numbered[-1:], *range(header - 1, max(first, header - 5) - 1, -1)]:
        tokens = lines[j].split()
        if j in numbered and tokens and (number := _CAPTION_NUMBER.match(tokens[0])) and \
                (number.end() == len(tokens[0]) or tokens[0][number.end() - 1] in ":：.、"):
            # 表1 2023年主要农产品产量, 表5:财政收支情况: the table's number goes, the year stays
            tokens = [tokens[0][number.end():], *tokens[1:]] if number.end() < len(tokens[0]) else tokens[1:]
        words = "".join(t for t in tokens if HAN.search(t))
        if len([c for c in cells_of(lines[j]) if c]) >= 2 and lines[j].translate(BARS).count("|") >= 2:
            continue
        if len(words) < 2 or words.endswith(LABEL_COLUMN) or _FIELDWORK.match(lines[j].strip()):
            continue  # 调查日期:4-6/1/2016 above a poll's table dates it, it does not name it
        if not PROSE.search(lines[j]) and len(words) <= 40:
            return re.sub(r"^[0-9-]+(?![0-9-]*[年月])|(?<![0-9])-|-(?![0-9])|[^\w()%\u4e00-\u9fff-]", "", words)
    return ""


def bracket_word(lines, number: int) -> str:
    """What a table's notes say its bracketed percentages are (下表…:(%为同比) -> 同比), in the ten
    lines above line `number` (1-based); "" where they say nothing."""
    for k in range(number - 2, max(-1, number - 12), -1):
        said = _SAID_IN_BRACKETS.search(lines[k])
        if said:
            return said.group("word")
    return ""


_SAID_IN_BRACKETS = re.compile(r"(?:%|％|括号内|括號內|括号中|括號中)(?:数据)?(?:为|為|是|系)?(?P<word>同比|环比|環比|增速|比重)")
