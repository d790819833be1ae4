"""Respectively: A、B和C的占比分别为x%、y%和z% -> labels before 分别, values after, paired in
order. Also 以A、B及C分别占x%、y%及z%, a list of changes (分别增加7.0、6.5及5.4个百分点, the unit
written once, after the last), labels in the clause before (…比例，分别达x%和y%), and labels
named by a list of words in the clause before (前三位的分别是A、B和C，选择这三项的占比分别为x%、y%、z%)."""

from __future__ import annotations

import re
from decimal import Decimal

from charts.article.extract.labels import clause_start, clean_label
from charts.article.extract.section import Draft, Section, share_question
from charts.article.extract.words import without_lead
from charts.article.lists import (NAMED_IN_ORDER, NAMES_THEN, OPENING, QUOTED, RESPECTIVELY, VERB_NEXT, comma_listed, per_unit, runs,
                                 sectors, shared_head, year_carried)
from charts.numbers.grammar import AGAINST_NORMAL, CHANGE, FALLING, MINUS_SIGNS, POINTS, figures_in, is_stated_change, is_stated_fall

_HOLDS_FIGURE = re.compile(r"[0-9](?:\.[0-9]+)?\s?[%‰]")
_LIST_REACH = 200  # characters a list of figures runs to after 分别 at most (no page's list is longer)
_CLAUSE_END = re.compile(r"[,;:。!?]")
# Between 分别 and the first value: a verb (为 是 占 达 增长 上升 …; 以 of 分别以18132元位居第二), at most four characters.
_LEAD = re.compile(rf"(?:为|為|是|占|佔|达到|達到|达|達|有|以|{CHANGE}|升|降)?了?"
                   rf"(?:约|近|超过|超|[{MINUS_SIGNS}])?$")
# Between two values of the list: a separator, perhaps a verb of its own (、下降6.79个百分点).
_BETWEEN = re.compile(rf"(?:、|和|及|以及|与|與|至)(?:{CHANGE})?[{MINUS_SIGNS}]?$")  # 0.15、-5.64: a value's own sign
_FALLING = re.compile(FALLING)
_AGAINST_NORMAL = re.compile(rf"({'|'.join(AGAINST_NORMAL)})了?(?:约|近|超过|超)?$")  # 比常年偏少: no rise or fall
# Or what is measured, named once before the first value: 分别实现地区生产总值120.55亿元、…
_MEASURE = re.compile(r"[\u4e00-\u9fff]{2,14}")
_VERB = re.compile(rf"(?:{CHANGE})了?(?:约|近|超过|超)?$")
# Separators of the labels; 及以上 and 及以下 belong to a label (60岁及以上).
_LABEL_SEPARATOR = re.compile(r"、|和|及(?!以上|以下)|以及|与|與")
# What follows the last label and describes them all: 学历的网民群体占比, 的比重, 数量比上年.
# 的.* takes the rest of the line, so it can only come last: written inside the repetition it
# let 的的的…(no end) be split every possible way (exponential backtracking on 30 characters).
_TAIL = re.compile(r"(?:[一二两兩三四五六七八九十0-9]+(?:个|個|大|类|類|家|项|項)[\u4e00-\u9fff]{0,4}?)?"
                   r"(?:人口|总体|總體|所占比重|所佔比重|占比|佔比|比重|比例|数量|數量|比上年|较上年|同比|按年|按月|按季|环比|環比)*"
                   r"(?:的.*)?$")  # 固定資本形成總額按年: the base is no part of the name
# A clause before 分别 that names only what the changes are told against (较上季度分别下降…): the
# labels are the clause before's, and a verb ends them (网络游戏行业薪资则下跌)
_BASE = r"(?:较|較|比)(?:上年同期|去年同期|上季度|上一季度|上一期|上年|去年|上月|上期)"  # 较上季度, 比上年同期
_SAID_OF_THEM = re.compile(r"^(?:其|的)?(?:占比|佔比|比例|比重|份额|份額|规模|規模|增速|增幅|降幅)(?:[^、和及与與]{0,8})$")
_AGAINST_ONLY = re.compile(rf"^(?:{_BASE}|环比|環比|同比)$")
_THEN_VERB = re.compile(rf"(?:则|則|也|均|都|亦)?(?:{CHANGE})了?$")
_YEAR_RANGE = re.compile(r"((?:19|20)\d\d)年?(?:至|到|—|-|–|~)((?:19|20)\d\d)年")
_ONE_YEAR = re.compile(r"(?:19|20)\d\d年")  # 2022年、2023年、2024年毕业生人数分别为: the years are the labels
# Words a list is told in that are no part of its names: 旅客主要來自|中國大陸、香港及中國台灣;
# 客源以|中國台灣及中國大陸|兩地為主; 香港及中國台灣旅客|則 分別佔…
_NAMES_FROM = re.compile(r"^.*?(?:来自|來自|包括|包含|集中在|集中于|集中於)")
_MAINLY = re.compile(r"(?:[两兩三四五六七八九]地|等)?(?:为主|為主)$")  # 以A及B兩地為主: …以 before the first
_BY = re.compile(r"^.+?以(?![上下来來后後前内內外及])")
_THEN = re.compile(r"(?:则|則|也|亦)$")  # …旅客則 分別佔, 移動電話也分別增加: no part of the name (都, 均 may be: 成都, 人均)
_LEAD_WORDS = re.compile(rf"^(?:以|其中|反观|反觀|对|對|在|而|其|是|有|{_BASE})")
# A list of names with no figures, told in the clause before the figures: 分别是A、B和C, 依次为…,
# 增长前三强为A、B、C; or the names, then what they are: A、B、C、D位列第一梯队
_NAMES = r"(?:是|为|為)([^0-9%是为為]+)$"  # 是A、B和C: the names, to the clause's end
_IN_ORDER = r"分[别別]|依次|依序"
_NAMED = re.compile(rf"(?:{_IN_ORDER})?{_NAMES}")
_RANKED = re.compile(rf"(?:{_IN_ORDER}|前[一二三四五六七八九十0-9]+(?:名|位|强|強|大))的?{_NAMES}")


def read(section: Section) -> list[Draft]:
    drafts, before = [], (-1, [])  # the last list's end and labels
    for match in RESPECTIVELY.finditer(section.text):
        values = _values(section, match.end())
        if len(values) < 2 or any(f.digits_start in section.used for f, _ in values):
            continue
        labels = _labels(section, match.start(), len(values))
        if not labels and len(before[1]) == len(values) and "。" not in section.text[before[0]:match.start()]:
            labels = before[1]  # …分别增长4.60%和6.14%,而前一年分别是6.31%和8.96%: the same two, again
        if not labels:
            continue
        before = (values[-1][0].end, labels)
        unit = values[-1][0].big + values[-1][0].unit
        units = [f.big + f.unit for f, _ in values]
        levels = not any(falling or is_stated_change(section.text, f.start) for f, falling in values)
        if levels and all(units) and len(set(units)) == len(units) and len(set(labels)) == len(labels):
            # 使用时长及次数分别为7.97小时、117.9次: one axis cannot hold both, a panel of figures can
            drafts.append(section.draft("figures", "figures", f"{labels[0]}等", ["项目", "数值"],
                                        [[label, f.digits] for label, (f, _) in zip(labels, values)],
                                        [f.digits_start for f, _ in values], unit=dict(zip(labels, units)),
                                        confirm=["title", "labels"]))
            continue
        if levels and all(units) and 1 < len(set(units)) < len(units) and len(set(labels)) == len(labels):
            # 奶牛、猪、羊和家禽存栏分别为221.2万头、1788.0万头、1018.4万只和16693.3万只: a bar for each unit
            for one in dict.fromkeys(units):
                picked = [(label, f) for label, (f, _), u in zip(labels, values, units) if u == one]
                drafts.append(section.draft("respectively", "bar", f"{picked[0][0]}等", ["类别", "数值"],
                                            [[label, f.digits] for label, f in picked], [f.digits_start for _, f in picked],
                                            unit=one, confirm=["title", "kind", "labels"]))
            continue
        if any(f.unit and f.big + f.unit != unit for f, _ in values) or not unit:
            continue
        signs = {falling for _, falling in values}
        rows = [[label, ("-" if falling and len(signs) > 1 else "") + f.digits]
                for label, (f, falling) in zip(labels, values)]
        offsets = [f.digits_start for f, _ in values]
        first = _ranked_first(section, match.start(), values, labels) if signs == {False} else None
        if first:  # 大型商超以67.91%的占比居首,其次是便利店和餐饮门店,占比分别为…: the ranking's head leads the list
            rows.insert(0, [first[0], first[1].digits])
            offsets.insert(0, first[1].digits_start)
        name = "changes" if unit in POINTS else "respectively"
        # every one a fall (分别年减0.19%及0.23%): drawn as their size, under a header that says so;
        # every one a rise (分别增长35.7%和38.7%): growth, no share of a whole
        rises = signs == {False} and unit not in POINTS and all(is_stated_change(section.text, f.start) for f, _ in values)
        header = _header(signs, rises, section.text[max(0, values[0][0].start - 6):values[0][0].start])
        question = share_question([Decimal(v) for _, v in rows]) if unit == "%" and header == "数值" else "none"
        kind = "donut" if question == "single" else "bar"
        drafts.append(section.draft(name, kind, _title([row[0] for row in rows], header), ["类别", header], rows,
                                    offsets, question=question, unit=unit,
                                    sample_size=section.sample_size if unit == "%" else None,
                                    confirm=["title", "kind", "labels"]))
    return drafts + _unlisted(section)


_NEXT_IN_RANK = re.compile(r"(?:其次|再次)(?:则)?(?:是|为|為)")
_TO_FIGURE = re.compile(r"(?:以|为|為|占|佔|达|達|是|的占比|的佔比|占比|佔比)+$")


def _ranked_first(section: Section, at: int, values, labels: list[str]):
    """The head of a ranking whose next names a 分别 list gives (大型商超以67.91%的占比成为…最多的场景,
    其次是便利店和餐饮门店,占比分别为66.94%和65.64%): its name and figure, where the sentence
    before 其次 holds one free figure in the list's unit, no smaller than any of the list's, named
    by the words before it in its clause."""
    begin = section.sentence_start(at)
    nexts = list(_NEXT_IN_RANK.finditer(section.text, begin, at))
    if not nexts or any(label in section.text[begin:nexts[-1].start()] for label in labels):
        return None
    unit = values[0][0].big + values[0][0].unit
    heads = [f for f in figures_in(section.text, begin, nexts[-1].start(), whole=True)
             if f.arabic and f.big + f.unit == unit and f.digits_start not in section.used]
    if len(heads) != 1 or any(Decimal(f.digits) > Decimal(heads[0].digits) for f, _ in values):
        return None
    head = heads[0]
    words = re.split(r"[,;:。!?()]", section.text[begin:head.start])[-1]
    name = _TO_FIGURE.sub("", clean_label(words))
    if not 2 <= len(name) <= 12 or not re.fullmatch(r"[^\W\d_]+", name) or name in labels:
        return None
    return name, head


def _header(falls: set[bool], rises: bool, before: str) -> str:
    """A list's value header: 下降 where every figure is a fall, 增长 where every one is a
    rise, else 数值; against the normal (分别偏少9%和15%), the word the article says, since a
    year below the normal has not fallen."""
    header = "下降" if falls == {True} else "增长" if rises else "数值"
    normal = _AGAINST_NORMAL.search(before)
    if normal and header == ("下降" if normal[1] in "偏少偏低" else "增长"):
        return normal[1]
    return header


def _title(labels: list[str], header: str) -> str:
    return f"{labels[0]}等" + (f"的{header}" if header != "数值" else "")


# Where a name of a list stops and what is said of them all begins: 抖音集团|用户量同比增长了
_SAID_OF_ALL = re.compile(rf"(?:用户|同比|环比|比上年|较上年|{CHANGE}|按年|按月|占比|佔比|比例|比重|平均|人均|起薪|月薪|收入|的|为|為|是|达|達|有|占|佔|则|則)")


def _unlisted(section: Section) -> list[Draft]:
    """A list of figures with no 分别 after a list of as many names, in its clause (京东、抖音集团
    用户量同比增长了13%、12%) or the one before (杭州、南京排名第四、第五,起薪为7000元、6979元)."""
    drafts, text = [], section.text
    for figures in runs(text):
        if any(f.digits_start in section.used for f in figures) or not figures[0].arabic:
            continue
        begin = clause_start(text, figures[0].start)
        if RESPECTIVELY.search(text, begin, figures[0].start):
            continue
        parts = _split(text[begin:figures[0].start], len(figures))
        if parts:
            cut = _SAID_OF_ALL.search(parts[-1], 2)
            parts[-1] = parts[-1][:cut.start()] if cut else parts[-1]
            parts[0] = OPENING.sub("", parts[0]) if len(parts[0]) > 3 else parts[0]  # 至於香港…
            labels = shared_head([clean_label(p) for p in parts])  # 香港及中國台灣旅客: 香港旅客
        else:
            labels = _named_before(text, begin, len(figures)) or []
        if len(labels) != len(figures) or len(set(labels)) != len(labels) or not all(2 <= len(x) <= 20 for x in labels):
            continue
        unit = figures[-1].big + figures[-1].unit + (per_unit(text, figures[-1].end) if figures[-1].unit else "")
        # 下降了1.2%、增长4.7%、5.8%: each figure's own verb, or the one before's
        said = [VERB_NEXT.fullmatch(text[a.end:b.start]) is not None for a, b in zip(figures, figures[1:])]
        falling = [is_stated_fall(text, figures[0].start)]
        for figure, own in zip(figures[1:], said):
            falling.append(is_stated_fall(text, figure.start) if own else falling[-1])
        falls = set(falling)
        if not unit or (len(falls) > 1 and not any(said)):
            continue
        rows = [[label, ("-" if fall and len(falls) > 1 else "") + f.digits] for label, f, fall in zip(labels, figures, falling)]
        rises = all(is_stated_change(text, f.start) for f in figures) and falls == {False}
        header = _header(falls, rises, text[max(0, figures[0].start - 6):figures[0].start])
        drafts.append(section.draft("listed", "bar", _title(labels, header), ["类别", header], rows,
                                    [f.digits_start for f in figures], unit=unit,
                                    confirm=["title", "kind", "labels"]))
    return drafts


def _values(section: Section, start: int):
    """The listed figures after 分别, each with whether its own verb says it fell."""
    end = _CLAUSE_END.search(section.text, start, start + _LIST_REACH)
    end = end.start() if end else min(len(section.text), start + _LIST_REACH)
    found, at = [], start
    for figure in figures_in(section.text, start, end, whole=True):
        if not figure.arabic:
            break
        gap = section.text[at:figure.start]
        measure = not found and _MEASURE.fullmatch(gap)  # 分别实现地区生产总值120.55亿元、…
        if not measure and (not (_LEAD if not found else _BETWEEN).fullmatch(gap[-6:] if len(gap) > 6 else gap)
                            or len(gap) > (6 if not found else 4)):
            break
        verb = _VERB.search(gap)  # a value without a verb of its own goes the way of the one before
        found.append((figure, bool(_FALLING.search(verb.group(0))) if verb else bool(found and found[-1][1])))
        at = figure.end
    return found


_ASPECTS = re.compile(r"在([^,在]{2,30}?)(?:两|三|四|五)?(?:个)?方面")


def _labels(section: Section, at: int, count: int) -> list[str] | None:
    """`count` labels before 分别: in its clause, else in the clause before it; never in the
    sentence before (a caption with no stop, 苹果跌至第五, runs into the next paragraph's OPPO、vivo)."""
    floor = section.sentence_start(at)
    text = "。" * floor + section.text[floor:]
    starts = [m.end() for m in _CLAUSE_END.finditer(text, max(0, at - 80), at)]
    begin = starts[-1] if starts else max(0, at - 80)
    head = text[begin:at]
    if (not _strip_tail(head) or _AGAINST_ONLY.match(head)) and begin > 0:  # …比例，分别达37.6%和20.9%
        before = [m.end() for m in _CLAUSE_END.finditer(text, max(0, begin - 81), begin - 1)]
        start = before[-1] if before else max(0, begin - 81)
        head = text[start:begin - 1]
        if _SAID_OF_THEM.match(head) and start > 0 and text[start - 1] == ",":
            # 房地产、教培行业,占比继续缩小,分别为…: what is said of them, the names a clause further back
            before = [m.end() for m in _CLAUSE_END.finditer(text, max(0, start - 81), start - 1)]
            begin, head = start, text[before[-1] if before else max(0, start - 81):start - 1]
        ordered = NAMED_IN_ORDER.search(head)  # 排在第二、三位的分别为周边游和出境游,分别占…: the names
        head = ordered.group(1) if ordered else RESPECTIVELY.split(head)[0]  # …A、B和C分别实现x、y和z,分别增长…
    years = _YEAR_RANGE.search(text, max(0, begin - 30), at)  # in this clause or the one before
    if years and int(years.group(2)) - int(years.group(1)) + 1 == count:  # 2019年至2023年…分别为 five values
        return [f"{year}年" for year in range(int(years.group(1)), int(years.group(2)) + 1)]
    named = sectors(head, count)
    if named:
        return named
    ranked = _RANKED.search(head)  # …话题前三名依次是住房问题、稳定物价和收入分配: the names after 依次是
    aspects = _ASPECTS.search(head)  # 旅客数字在过夜与不过夜方面均录得跌幅: the names are the aspects
    parts = _split(ranked.group(1) if ranked else aspects.group(1) if aspects else head, count)
    listed = None
    quoted = QUOTED.findall(head)
    if parts is None and len(quoted) == count:  # 选择“A”的比例略低于选择“B”的比例,分别为…: the answers quoted
        return [clean_label(q) for q in quoted] if all(clean_label(q) for q in quoted) else None
    if parts is None and begin > 0 and text[begin - 1] == ",":
        listed, begin = comma_listed(text, begin, head, count)
    if listed:  # 在线办公,在线医疗用户规模分别达…: a page that sets its list with commas, not 、
        parts = _split("、".join(listed), count)
    if parts is None:
        return _named_before(text, begin, count)
    if len(parts) > 1 and all(_ONE_YEAR.fullmatch(p.strip()) for p in parts[:-1]):
        parts[-1] = _ONE_YEAR.match(parts[-1].strip()).group(0) if _ONE_YEAR.match(parts[-1].strip()) else parts[-1]
    parts[-1] = _THEN_VERB.sub("", _strip_tail(parts[-1])) or parts[-1]
    mainly = _MAINLY.search(parts[-1])
    parts[-1] = _THEN.sub("", _MAINLY.sub("", parts[-1])) or parts[-1]
    parts[0] = (_BY.sub("", parts[0]) if mainly else _NAMES_FROM.sub("", parts[0])) or parts[0]
    parts[0] = without_lead(clean_label(parts[0]), _LEAD_WORDS)
    labels = year_carried(shared_head([clean_label(p).removesuffix("的") for p in parts]))  # 2023年第1季、第2季
    if not all(labels) or len(set(labels)) < count or any(len(p) > 20 or _HOLDS_FIGURE.search(p) for p in labels):
        return None  # a label holding a figure (佔進出口總值的46.6% 、非洲: a list the page cut) is none
    return labels


_SAID_TAIL = re.compile(r"(?<=..)(?:则|則|也|均|都|还|還|又)?(?:分别|分別)$|(?<=..)(?:则|則)$")


def _named_before(text: str, begin: int, count: int) -> list[str] | None:
    """The names the clause before lists (分别是文化娱乐、医疗保健和餐饮服务), or the one before
    that (北京、上海、深圳位居前三,平均月薪均过2万,分别为…), when there are as many as figures:
    the article names the answers first and gives their figures after."""
    for _ in range(2):
        if begin <= 0 or text[begin - 1] not in ",;":
            return None
        starts = [m.end() for m in _CLAUSE_END.finditer(text, max(0, begin - 81), begin - 1)]
        start = starts[-1] if starts else max(0, begin - 81)
        named = _NAMED.search(text, start, begin - 1) or NAMES_THEN.match(text[start:begin - 1])
        parts = _split(named.group(1), count) if named else None
        labels = [_SAID_TAIL.sub("", clean_label(p)) for p in parts] if parts else []  # OPPO、vivo则分别位列…
        if len(labels) == count and all(labels) and len(set(labels)) == count and not any(len(x) > 20 for x in labels):
            return labels
        begin = start
    return None


def _split(head: str, count: int) -> list[str] | None:
    """The labels, the strongest separator first: 、 alone (高中和中职中专 is one label), then 、
    with the last 和/及 (A、B及C), then every separator; None unless one gives `count`."""
    listed = head.split("、")
    last = _LABEL_SEPARATOR.split(listed[-1])
    for parts in (listed, listed[:-1] + ([last[0], "".join(last[1:])] if len(last) > 1 else last),
                  _LABEL_SEPARATOR.split(head)):
        if len(parts) == count:
            return parts
    return None


def _strip_tail(text: str) -> str:
    return _TAIL.sub("", text) if not text.startswith("的") else ""
