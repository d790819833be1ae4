"""Columns that are periods (2000, 2019): the text tells which level is which period's.

A table of one label over time puts its levels in columns, earlier to later. The text links
them itself (由15.6%提升至17.3%, 271.8亿立方米，比常年(293.5亿立方米)), or names a period with
its level (这一数字在2000年仅为46.1%): a level found under its label but put in the wrong
column fails here, though its label alone cannot tell.
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

from charts.article.clause import ends_clause, period_link, sentence_of
from charts.article.labels import YEAR, last_row
from charts.article.named import names_change, names_fall
from charts.article.read import fold, normalise
from charts.article.units import unit_dropped
from charts.numbers.grammar import figures_in, is_stated_change, is_stated_fall



def out_of_order(text: str, found: dict[int, tuple[int, int]]) -> list[int]:
    """The checks of a row whose two levels the text links as two periods (由…上升为…,
    …，比常年(…)) in the other order than the chart's columns, which run earlier to later."""
    wrong = []
    cells = sorted(found.items(), key=lambda item: item[1][1])
    for (one, (column_one, at_one)), (two, (column_two, at_two)) in itertools.pairwise(cells):
        link = period_link(text, at_one, at_two)
        if (link == "from-to" and column_one > column_two) or (link == "compared" and column_one < column_two):
            wrong += [one, two]
    return wrong


def other_level(text: str, header: str, others: list[str], label: str, rows: list[str], number: Decimal,
                unit: str, within: tuple[int, int] | None = None) -> bool:
    """Whether the text gives this row, after the words of its column header (a year: 2000年;
    上年), a level in the same unit other than `number`, and never `number` (在2000年仅为46.1%,
    where a spec puts 83.4 in the 2000 column; 工资为6120元，上年为5880元, where it puts 6120
    under 上年): the column's own figure is the first after its header in the header's clause,
    in a sentence whose last row named before the header is this one."""
    words = fold(unit_dropped(header))
    year = YEAR.fullmatch(words)
    if not unit or not words:
        return False
    # 增长(%) names no period: its word follows every row's growth, this section's or another's
    # (城镇's 食品烟酒支出 and 农村's): only the paragraph the figure was found in is read for it
    span = within if (within and not year and names_change(words)) else (0, len(text))
    # 较上年 is not the start of 较上年末 (the end of last year, another base)
    named = rf"(?<![0-9]){year.group(1)}年" if year else re.escape(words) + ("(?![末底])" if words.endswith("年") else "")
    label, rows = fold(unit_dropped(label)), [fold(unit_dropped(r)) for r in rows]
    others = [fold(unit_dropped(h)) for h in others]
    masked = text  # a longer header holding this one (不满意 over 满意) is that column's,
    for other in others + rows:  # and a row's name holding it (播种面积 under 面积) is that row's
        if words in other and words != other:
            masked = masked.replace(other, "\0" * len(other))
    given = set()
    for match in re.compile(named).finditer(masked, *span):
        before = last_row(text, match.start(), rows)
        if before is None:  # the header opens the sentence's rows
            block = _block_level(text, match.end(), label, rows, others, unit)
            given |= block
            # or it opens a clause of the row the sentence named last (…城市…;臭氧平均浓度为186微克/立方米)
            before = None if block else last_row(text, match.start(), rows, across=True)
            if before is None:
                continue
        if before != label:
            continue
        figure = next((f for f in figures_in(text, match.end(), min(len(text), match.end() + 30))
                       if f.arabic and text.startswith(unit, f.digits_end)), None)
        between = text[match.end():figure.start] if figure is not None else ""
        if re.fullmatch(r"的(?:为|為)?[高低]?\(", between):
            between = between[:-1]  # 较去年的(46.6%), 较去年的为高(10.2%): the bracket holds the period's level
        between = re.sub(r"\([^()0-9]*\)", "", between)  # 比2024年同期(星期二)增长: an aside of words
        # a figure a list pairs with its labels (幼儿园及专任教师…分别增长4.60%以及6.14%), or
        # after another column's header, is not this column's
        # (…分别同比增长15.1%和16.6%: 分别 before the header's words too)
        # a change after a level's header (分數下降0.46分) is no level of that column
        if figure is not None and not names_change(words) and is_stated_change(text, figure.start):
            continue
        if figure is not None and not any(ends_clause(ch) for ch in between) and "分别" not in between \
                and not text.endswith("分别", 0, match.start()) and not any(other and other in between for other in others):
            # 负增长22.7%: a fall the header's word is part of (the sign is checked where it is found)
            # (under a header that names the fall itself, 減少, the size is charted unsigned)
            fall = is_stated_fall(text, figure.start) and not names_fall(words)
            given.add(-Decimal(figure.digits) if fall else Decimal(figure.digits))
    return bool(given) and number not in given


# A period a title or sentence names: 2023年5月, 2023年1-5月, 1—7月份, 2022年
_PERIOD = re.compile(r"(?:(?:19|20)[0-9]{2}年)?[0-9]{1,2}(?:[-—–~至][0-9]{1,2})?月(?![0-9]{1,2}[日号])|(?:19|20)[0-9]{2}年(?![0-9]{1,2}(?:[-—–~至][0-9]{1,2})?月)")


def _periods(words: str) -> set[str]:
    """The periods `words` name, each as printed (份 and the year of a month left as given)."""
    return {re.sub(r"[—–~至]", "-", p) for p in _PERIOD.findall(words)}


_MONTHS = re.compile(r"(?:((?:19|20)[0-9]{2})年)?(?:([0-9]{1,2})(?:-([0-9]{1,2}))?月)?")
# A period a change is told against (较2020年3月新增, 比2019年, 恢复至2019年同期的, 与2015年相比): no period told
_BASES = re.compile(rf"(?:[较較比与與跟和]|恢复至|恢復至)(?:{_PERIOD.pattern})|(?:{_PERIOD.pattern})(?=同期|同月|(?:末)?(?:相比|比较|比較))")
_SPAN = re.compile(r"[0-9]{4}\s*(?:年)?\s*[-—–~至到/、和与及]\s*[0-9]{4}")  # 2015-2020年, 2019/2020年: years a title spans


def _same(title: str, told: str) -> bool:
    """Whether a period a sentence names may be the one a title names: the same year where both
    name one, the same months where the title names months (2023年5月 is not 2023年1-5月)."""
    (year, first, last), (told_year, told_first, told_last) = _MONTHS.match(title).groups(), _MONTHS.match(told).groups()
    if year and told_year and year != told_year:
        return False  # months are compared within a year both name (2023年5月, 2023年1-5月)
    return not (year and told_year and first and told_first) or (first, last) == (told_first, told_last)


def _monthly(words: str) -> set[str]:
    """The periods `words` name that are months of a named year (2023年5月, 2023年1-5月)."""
    return {p for p in _periods(words) if all(_MONTHS.match(p).groups()[:2])}


def another_period(title: str, text: str, at: int, named: str = "") -> str | None:
    """The months the sentence of a figure names, where the title names months of a year
    (2023年5月) and the sentence only other months of a year (2023年1-5月: the months to May, not
    May's); else None. A row or column that names its own period (`named`: 2021年, 1-5月) is
    dated by it, and a year alone is not compared: pages name years as bases too freely
    (高于2022年的, 是2012年的2.3倍, 自2020年以来)."""
    dated = _monthly(title) if not _SPAN.search(title) and not _periods(named) else set()
    sentence = text[slice(*sentence_of(text, at))]
    told = _monthly(_BASES.sub("", sentence)) if dated else set()
    # a sentence naming only what it compares with (较2020年3月新增) tells no period; a title may
    # name that base itself (较2016年增长)
    if dated and told and not any(_same(t, s) for t in dated for s in _periods(sentence)):
        return "、".join(sorted(told))
    return None


# A header that opens a block of rows: 问卷先问「五年前…」,选择…平视态度的受访者占42.1%;… Not a
# comparison (与五年前相比,平视的比例上升到48.3%: that level is now's).
# (not the 比 of 比例 or 比重, nor the 比较 of 比较满意)
_COMPARED = re.compile(r"相比|相較|相较|(?:比|较|較)(?:上年|去年|同期|[0-9]{4}年|[一二三四五六七八九十0-9]+年前)|高于|低于|增|降|升|减|減")


def _block_level(text: str, at: int, label: str, rows: list[str], others: list[str], unit: str) -> set[Decimal]:
    """The level a sentence gives the row after naming the column's period first: the row's
    label after the header, no other header and no comparison between, and the first figure
    in the unit after it, in the clause of the label named last before it (选择“对等、平视”等平视
    态度的受访者占42.1%), before another row is named or a ; ends the row."""
    end = sentence_of(text, at)[1]
    named = text.find(label, at, end) if label else -1
    if named < 0:
        return set()
    between = text[at:named]
    if _COMPARED.search(between) or any(other and other in between for other in others):
        return set()
    after = named + len(label)
    stops = [i for i in (text.find(row, after, end) for row in rows if row and row != label and label not in row)
             if i >= 0] + [i for i in (text.find(mark, after, end) for mark in ";；") if i >= 0]
    figure = next((f for f in figures_in(text, after, min(stops + [end]))
                   if f.arabic and text.startswith(unit, f.digits_end)), None)
    if figure is None:
        return set()
    after = text.rfind(label, named, figure.start) + len(label)
    gap = text[after:figure.start]
    if _COMPARED.search(gap) or "由" in gap or any(other and other in gap for other in others) or \
            any(ends_clause(ch) for ch in gap):
        return set()  # the label's own clause gives it; not one that goes from a period (由2018年底的…)
    return {Decimal(figure.digits)}


# The base a change is told against, in a header or before a figure: the year before (比上年,
# 同比, 與去年同期比較, 按年), the end of last year (较上年末, 比年初, 较去年年底), the month or the
# quarter before, the normal (比常年, 比多年平均), or a period by name (比2019年, 與3月比較, 比1-3月)
_BASE = re.compile(r"[比较与跟](?:[^0-9,;。:]{1,6}?的)?(?P<base>去年同期|上年同期|去年同月|上年同月|去年年底|上年年底|上年末|上年底|去年末|去年底|"
                   r"上年|去年|前年|年初|年底|上月|上个月|上季度?|上期|常年|多年平均值?|"
                   r"(?P<year>(?:19|20)[0-9]{2})年(?P<end>末|底)?(?:同期)?|(?P<months>[0-9]{1,2}[-—~至][0-9]{1,2})月份?|"
                   r"(?P<month>[0-9]{1,2})月份?)|(?P<word>同比|环比|按年|按月|"
                   # 年增2.51% (not 全年增长, 单月增速, 7月增长)
                   r"(?<![0-9一二三四五六七八九十全今去明本上同当每单])(?:年增|年减|月增|月减))")
_YEAR_END = frozenset({"去年年底", "上年年底", "上年末", "上年底", "去年末", "去年底", "年初", "年底"})
_KINDS = {"上月": "month", "上个月": "month", "按月": "month", "月增": "month", "月减": "month", "上季": "quarter",
          "上季度": "quarter", "上期": "period", "前年": "two years", "常年": "normal", "多年平均": "normal",
          "多年平均值": "normal", "环比": "month or quarter"}
# A year the text is about: not one a span starts from (2021年以来) or one before (2020年以前)
_NOW = re.compile(r"((?:19|20)[0-9]{2})(?:年(?!以来|以來|至今|以前|之前|前)|(?![年0-9]))")


def _bases(words: str, now: int | None) -> set[str] | None:
    """What the last base `words` name stands for, as a set of kinds (a year by name the year
    before where it is the one before `now`); None if they name none."""
    found = None
    for found in _BASE.finditer(words):
        pass
    if found is None:
        return None
    base = found["base"] or found["word"]
    if found["year"]:
        named = int(found["year"])
        return {("year-end" if found["end"] else "year") if now == named + 1 else f"{named}{'-end' if found['end'] else ''}"}
    if found["months"] or found["month"]:
        return {f"months {found['months']}" if found["months"] else f"month {int(found['month'])}"}
    if base in _YEAR_END:
        return {"year-end"}
    kind = _KINDS.get(base, "year")  # 上年, 去年, 同期, 同比, 按年, 年增: on the year before
    return {"month", "quarter"} if kind == "month or quarter" else {kind}


def base_told(header: str, text: str, at: int, title: str = "") -> bool | None:
    """Whether the figure at `at` is told against the base the column header names (与去年同期
    比较, 较上年, 同比): the last base its sentence names before it (与2019年相比,…增长18.2%).
    True where it is the same, False another (比2019年 under 较上年, 较上年末 under 较上年), None
    where the header names none or the sentence none. A year by name is the year before where the
    text last named the year after it (or the title does)."""
    years = _NOW.findall(_BASE.sub("", text[max(0, at - 2000):at])) or _NOW.findall(title)
    now = int(years[-1]) if years else None
    wanted = _bases(fold(unit_dropped(header)), now)
    told = _bases(text[sentence_of(text, at)[0]:at], now) if wanted else None
    if not wanted or not told:
        return None
    if any(k.startswith("month ") for k in told | wanted) and "month" in told | wanted:
        return True  # 比上月 in April's release is 與3月比較
    return bool(wanted & told)
