"""From one period to the next: 40-49岁网民群体占比由2018年底的15.6%提升至17.3%; 文盲率由4.08%
下降为2.67%; 90后从2017年的51.32%下降至2021年的37.31%; 满意度由36%略减为31% -> a row per
measure, the earlier and the later figure side by side.

The earlier period is the one the sentence names (由2018年底的, 同2010年相比), the later one the
one named after 至 (至2021年的), else the date the sentence opens with (截至2019年6月), else 此前 and
现在 for the editor to name. A change told between the two (下滑9个百分点至45%) is no level.
A bulletin's 比常年(99.12亿立方米)偏少20.2% sets the year's figure against the normal one."""

from __future__ import annotations

import re

from charts.article.extract.labels import clause_start, clean_label
from charts.article.extract.section import Draft, Section
from charts.numbers.grammar import CHANGE, POINTS, figures_in

_FROM_WORD = re.compile(r"由|从|從")
# a period named bare before its figure: 從5月58%, 从五月20.7%, 由2018年底15.6%
_PERIOD = r"(?:(?:19|20)\d\d年)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月份?(?:底|末)?|(?:19|20)\d\d年(?:底|末)?"
_FROM = re.compile(rf"(?:{_FROM_WORD.pattern})\s?(?:(?P<when>[^,;。由从從]{{2,12}}?)的|(?P<bare>{_PERIOD}))?$")
# 提升至, 略减为, 上升到2021年的: how one figure went to the other, and the later period if named
_WHEN = r"(?:19|20)\d\d年?[^,;。的达達为為]{0,6}|去年|今年|上年|本年|上月|本月|现在|現在|目前"
_TO = re.compile(rf"^,?(?:一路|持续|持續|逐步|逐年)?(?:略|小幅|大幅|明显|明顯|显著|顯著|稍)?(?:提升|{CHANGE}|降|升|增|减|減)?"
                 rf"(?:至|到|为|為)\s?(?:(?P<when>{_WHEN})(?:的|达|達|为|為)|(?P<bare>{_PERIOD}))?\s?$")
_POINTS_BETWEEN = (*POINTS, "成")  # a change in points or tenths between two levels
_BASE = re.compile(r"(?:同|与|與|和|较|較|比)((?:19|20)\d\d年[^,;。相比]{0,4})(?:相比|比较|比較)?")
_AS_OF = re.compile(r"^(?:截至|截止|到)?((?:19|20)\d\d年(?:\d{1,2}月)?(?:底|末)?)")
_NORMAL = re.compile(r"(?:比|较|較)(常年|多年平均|上年|去年|上年同期)\($")
_CLAUSE_MARKS = ",;:。"  # where a level's clause begins, as this reader has always cut it
# 比2010年的3.10人, 与2010年(第六次全国人口普查数据)的133972万人: the figure of a year before
_THAN_YEAR = re.compile(r"(?:比|较|較|与|與|同)((?:19|20)\d\d年)(?:\([^()]*\))?的$")
_LEVEL_LEAD = re.compile(r"^(?:(?:19|20)\d\d年度?|折合|全年|全州|全市|全县|全縣|全省|共|为|為)+|(?:为|為|达|達|共)$")
_SUBJECT_END = re.compile(r"[,，]?(?:则|則|也|亦)?$")  # 強烈支持者,則從5月…: the subject ends before them
_LABEL_TAIL = re.compile(r"(?:的)?(?:占比|佔比|所占比重|所佔比重|比重|比例)$")


def read(section: Section) -> list[Draft]:
    drafts = _against_normal(section)
    for begin, sentence in section.sentences:
        drafts += _against_year(section, begin, sentence)
        rows, offsets, units, periods, laters = [], [], {}, [], []
        figures = [f for f in figures_in(sentence, whole=True) if not _a_date(sentence, f)]
        for earlier, later in _pairs(figures):
            starts = [m.start() for m in _FROM_WORD.finditer(sentence, 0, earlier.start)]
            start = starts[-1] if starts else -1
            head = sentence[max(0, start):earlier.start] if start >= 0 else ""
            found = _FROM.search(head)
            word, when = _unit_word(sentence, earlier, later)
            if not found or word is None or not earlier.arabic or begin + earlier.digits_start in section.used \
                    or begin + later.digits_start in section.used:
                continue
            unit = later.big + later.unit + word
            if earlier.big + earlier.unit not in ("", unit):
                continue
            # 贊同的人,從5月58%…: the subject the clause before names
            label = _LABEL_TAIL.sub("", re.sub(r"(?:则|則|也|亦)$", "", clean_label(_SUBJECT_END.sub("", sentence[:start]))))
            if re.search(r"[,，]\s*(?:则|則|也|亦)?$", sentence[:start]) and re.search(CHANGE, label):
                continue  # 85后的占比下降最多，从…: a clause of its own says how it changed, no subject
            if not label or label in units:
                continue
            rows.append([label, earlier.digits, later.digits])
            offsets += [begin + earlier.digits_start, begin + later.digits_start]
            units[label] = unit
            periods.append(found["when"] or found["bare"])
            laters.append(when)
        if not rows or len({p for p in periods if p}) > 1 or len({w for w in laters if w}) > 1:
            continue  # rows of different periods are no one table
        if len(rows) == 1 and all(w and re.match(r"(?:19|20)\d\d", w) for w in (periods[0], laters[0])):
            continue  # one measure, its years named: a series over the years (dated.py)
        base = _BASE.search(sentence)
        as_of = _AS_OF.match(sentence)
        names = [next((p for p in periods if p), None) or (base.group(1) if base else "此前"),
                 next((w for w in laters if w), None) or (as_of.group(1) if as_of else "现在")]
        drafts.append(section.draft("change", "grouped", f"{rows[0][0]}的变化", ["指标", *names], rows, offsets,
                                    unit=units if len(set(units.values())) > 1 else next(iter(units.values())),
                                    confirm=["title", "labels", "series names: the two periods"]))
    return drafts


def _a_date(sentence: str, figure) -> bool:
    """2021 of 2021年, 5 of 5月, 90 of 90后: a year, a month or a generation, no level (9.08年 of
    schooling is one)."""
    after = sentence[figure.end:figure.end + 1]
    return not figure.unit and not figure.big and (
        after in "后後" or (after == "年" and re.fullmatch(r"(?:19|20)\d\d", figure.digits) is not None) or
        (after == "月" and re.fullmatch(r"[1-9]|1[0-2]", figure.digits) is not None))


def _pairs(figures):
    """Each figure with the next, or with the one after a change told between them
    (由54%,下滑9个百分点至45%; 从80%下降一成至70%)."""
    for index, earlier in enumerate(figures[:-1]):
        yield earlier, figures[index + 1]
        if index + 2 < len(figures) and figures[index + 1].unit in _POINTS_BETWEEN:
            yield earlier, figures[index + 2]


def _unit_word(sentence: str, earlier, later) -> tuple[str | None, str | None]:
    """The word between two figures that says one went to the other: 提高至 (None if not),
    perhaps after a unit the grammar does not know, written after both (9.08年提高至9.91年);
    and the later period when the words name it (上升到2021年的). A change between them
    (下滑9个百分点至) is passed over."""
    gap = sentence[earlier.end:later.start]
    between = [f for f in figures_in(gap) if f.unit in _POINTS_BETWEEN]
    if between:
        change = between[0]
        if not re.fullmatch(rf"[,，]?(?:{CHANGE}|降|升|增|减|減)", gap[:change.start]):
            return None, None
        gap = gap[change.end:]
    for cut in range(3):
        word = gap[:cut]
        found = _TO.match(gap[cut:])
        if found and sentence.startswith(word, later.end) and not re.search(r"[0-9]", word):
            return word, found["when"] or found["bare"]
    return None, None


def _against_normal(section: Section) -> list[Draft]:
    """地表水资源量79.12亿立方米，比常年(99.12亿立方米)偏少20.2% -> [地表水资源量, 99.12, 79.12]:
    a figure against the normal one bracketed after it, for the editor to set side by side."""
    rows, offsets, units, normal = [], [], {}, ""
    text = section.text
    figures = list(figures_in(text, whole=True))
    for index, base in enumerate(figures):
        found = _NORMAL.search(text, max(0, base.start - 8), base.start)
        unit = base.big + base.unit
        if not found or not unit or not text.startswith(")", base.end):
            continue
        level = next((f for f in reversed(figures[max(0, index - 3):index]) if f.big + f.unit == unit), None)
        if level is None or level.digits_start in section.used:
            continue
        start = clause_start(text, level.start, _CLAUSE_MARKS)
        label = _LEVEL_LEAD.sub("", clean_label(text[start:level.start]))
        if not label or label in units:
            continue
        rows.append([label, base.digits, level.digits])
        offsets += [level.digits_start, base.digits_start]
        units[label], normal = unit, found.group(1)
    if len(rows) < 2:
        return []
    year = re.search(r"((?:19|20)\d\d)年", text)
    return [section.draft("normal", "grouped", f"{rows[0][0]}等与{normal}对比",
                          ["指标", normal, f"{year.group(1)}年" if year else "本期"], rows, offsets,
                          unit=units if len(set(units.values())) > 1 else next(iter(units.values())),
                          confirm=["title", "labels", "series names: the two periods"])]


def _against_year(section: Section, begin: int, sentence: str) -> list[Draft]:
    """平均每个家庭户的人口为2.62人，比2010年的3.10人减少0.48人 -> [平均每个家庭户的人口, 3.10, 2.62]."""
    figures = [f for f in figures_in(sentence, whole=True) if f.arabic]
    rows, offsets, units, years = [], [], {}, []
    for index, then in enumerate(figures):
        found = _THAN_YEAR.search(sentence, max(0, then.start - 40), then.start)
        unit = then.big + then.unit
        now = next((f for f in reversed(figures[:index]) if f.big + f.unit == unit), None)
        if not found or now is None or not unit or begin + now.digits_start in section.used \
                or begin + then.digits_start in section.used:
            continue
        start = clause_start(sentence, now.start, _CLAUSE_MARKS)
        label = _LEVEL_LEAD.sub("", clean_label(sentence[start:now.start]))
        label = re.sub(r"(?:合计|合計|共计|共計|总计|總計)$", "", label)
        if not label or label in units:
            continue
        rows.append([label, then.digits, now.digits])
        offsets += [begin + then.digits_start, begin + now.digits_start]
        units[label] = unit
        years.append(found.group(1))
    if not rows or len(set(years)) > 1:
        return []
    return [section.draft("change", "grouped", f"{rows[0][0]}与{years[0]}对比", ["指标", years[0], "本期"], rows,
                          offsets, unit=units if len(set(units.values())) > 1 else next(iter(units.values())),
                          confirm=["title", "labels", "series names: the two periods"])]
