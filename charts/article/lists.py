"""Figures an article gives as a list, whose labels stand apart from them.

    非常期待和比较期待的分别占21.5%和45.8%        a 分别 list: the labels in order, then the figures
    除湿机、冷暖气机及移动电话分别增加7.0、6.5及5.4个百分点   (the unit written once, at the end)
    三次产业结构由上年的13.2:32.3:54.5调整为…      a ratio: the chart's rows, in order

Both pair labels with figures by their place in the list, so a figure put under its
neighbour's label fails. Texts arrive here normalised and folded to Simplified.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from charts.article.clause import SENTENCE_ENDS, ends_clause
from charts.article.read import normalise
from charts.numbers.grammar import CHANGE, figures_in

# Between two figures of a 分别 list: a separator, perhaps a verb of its own (、下降6.79个百分点);
# a comma only alone (after `52.3%和26.7%，不满意` a clause of its own begins)
_NEXT = re.compile(r"^(?:(?:、|以及|和|及|与|或)[^\W\d_]{0,4}|[,，])[-−]?$")  # 负24、负27 read as -24、-27
# Between 分别 and the list's first figure: a verb, perhaps after the period compared with
# (分别比2017年下降6.6%和6.9%, 分别同比增长了4144.6%和166.1%, 分别占相关消费用户的28.8%和23.7%)
_FIRST = re.compile(r"^(?:(?:比|较|較)(?:[0-9]{4}年|上年|去年|上年同期|同期))?(?:[^\W\d_]{0,6}|占[^\W\d_]{1,12})[-−]?$")
_LAST_JOIN = re.compile(r"^(.+)(?:以及|和|及|与|或)(.+)$")  # the last two labels: 移动电话及冷暖气机
_IN_LABELS = set("、/—–‐-")  # punctuation that stays inside a list of labels (0—14岁、15—59岁)
_BRACKETED = re.compile(r"\([^()]*\)")  # a label's own figure in brackets: 韩国(61573人次)
# Names, then what they are (A、B、C位列第一梯队, 杭州、南京排名第四、第五, A、B、C也都实现增长): the names are the labels
NAMES_THEN = re.compile(r"^([^0-9%]+?)(?:位列|位居|组成|組成|构成|構成|排名|排在|分列|分居|跻身|躋身|进入|進入|成为|成為|"
                        r"(?:也|亦|均|都)+(?:实现|實現|保持|呈现|呈現))"
                        r"[^0-9%]*$")
# Names told in order before their figures: 排在第二、三位的分别为周边游和出境游,分别占35%和12%
NAMED_IN_ORDER = re.compile(r"(?:分[别別]|依次|依序)(?:是|为|為)([^0-9%,;。]+)$")
# a name alone in its clause: no figure, no verb, no list of its own (其次是深圳和广州,占比分别为…)
_BARE_NAME = re.compile(r"(?:(?![和及与與或])[^\W\d_]){2,8}")
PER = re.compile(r"/(?:[万亿萬億](?:元|美元|港元|澳门元|澳門元)|平方米|平方公里|立方米|千瓦时|千瓦時|公里|人·月|[^\W\d_])")  # 元/月, 元/平方米, 吨标准煤/万元: a unit per what
# 三次产业对经济增长的拉动分别为0.15、-5.64、1.34个百分点: the three sectors, in their order
_THREE_SECTORS = re.compile(r"三次产业|三大产业|一二三产业|一、二、三产业|第一、二、三产业")
_CLAUSES_BACK = 3  # how many clauses before 分别 may name its labels
# 分别 (依次为 before figures), or 各 before the list's verb (水果、食用油…乳类及外食费各涨11.80%、…及4.08%), not 各地, 各类
RESPECTIVELY = re.compile(rf"分[别別]|(?<!到[低高小大])(?<![低高小大序],)依[次序](?=[为為是][0-9])|(?<=[^\W\d_])各(?=(?:{CHANGE}|为|占|达|是|约|升|降)[^\W\d_]{{0,2}}[0-9])")
_ORDINAL = re.compile(r"第([一二三四五六七八九十]|[0-9]+)")  # 第一产业, 第2季度
_ORDINALS = "一二三四五六七八九十"
# 52.4:47.6, and with the shares' signs (22.3%:55.1%:22.6%)
# 13.2:32.3:54.5, or its shares listed (由上年的22.26%、28.63%和49.11%调整为…)
RATIO = re.compile(r"(?<![0-9.:])(?:[0-9]+(?:\.[0-9]+)?%?(?::[0-9]+(?:\.[0-9]+)?%?)+|"
                    r"[0-9]+(?:\.[0-9]+)?%(?:、[0-9]+(?:\.[0-9]+)?%)*(?:和|及|与|與)[0-9]+(?:\.[0-9]+)?%)(?![0-9.:%])")
_STRUCTURE = re.compile(r"结构|結構|构成|構成")  # 产业结构构成由上年的22.26%、…: not 女性、男性的比例为…
_TERM = re.compile(r"[0-9]+(?:\.[0-9]+)?")


@dataclass(frozen=True)
class Listed:
    """One figure of a 分别 list."""

    at: int  # where it starts in the text (its qualifier, if it has one)
    printed: str  # as the list gives it, with the unit written once at its end: 7.0个百分点
    label: str  # the item of the label list in its place: 冷暖气机


@lru_cache(maxsize=8)
def respective(text: str) -> dict[int, Listed]:
    """Every figure of every 分别 list whose labels can be told apart, and of every list of
    figures after a list of as many labels in their clause (京东、抖音集团…增长了13%、12%), by
    where it starts (its qualifier and its digits both)."""
    found: dict[int, Listed] = {}
    before: tuple[int, list[str]] = (-1, [])  # the last list's end and labels
    ends: dict[int, list[str]] = {}  # each 分别 list's end, its labels
    for word in RESPECTIVELY.finditer(text):
        figures = _figures_after(text, word.end())
        if len(figures) < 2 or (word.group() == "各" and any(
                text[a.end:b.start] in (",", "，") for a, b in zip(figures, figures[1:]))):
            continue  # 各增长5.2%，6.8%的农户…: 各 is each, the comma ends its clause
        labels = _labels_before(text, word.start(), len(figures))
        if labels is None and len(before[1]) == len(figures) and 0 <= before[0] and \
                not any(mark in text[before[0]:word.start()] for mark in SENTENCE_ENDS):
            labels = before[1]  # …分别达4.69亿和2.98亿,同比分别增长35.7%和38.7%: the same two, again
        if labels is None:
            labels = _levels_before(text, word.start(), len(figures))
        if labels == []:  # levels told before it, not as many as its figures: no figure is any one's
            for figure in figures:
                found[figure.start] = found[figure.digits_start] = Listed(figure.start, text[figure.start:figure.end], "")
            continue
        if labels is None:
            continue
        labels = base_carried(year_carried(shared_head(labels)))
        before = (figures[-1].end, labels)
        ends[figures[-1].end] = labels
        last = figures[-1]
        tail = text[last.digits_end:last.end]  # the unit the last figure has, written once for all
        for figure, label in zip(figures, labels):
            # what the unit at the end adds to each figure: 逾24.8万和逾15万人 is 逾24.8万人
            own = _unit(text, figure)
            printed = text[figure.start:figure.end] + (tail[len(own):] if tail.startswith(own) else "")
            found[figure.start] = found[figure.digits_start] = Listed(figure.start, printed, label)
    for figures in runs(text):
        if figures[0].start in found:
            continue
        begin = _clause_begin(text, figures[0].start)
        if _BY_SIZE.search(text, begin, figures[0].start):
            continue  # 增速从高到低依次为8.1%、7.5%和6.9%: ordered by size, no name's place
        labels = _split(_BRACKETED.sub("", text[begin:figures[0].start]), len(figures)) or \
            (_labels_before(text, begin - 1, len(figures)) if begin and text[begin - 1] in ",，" else None) or \
            _again(text, begin, figures, ends)
        if labels is None or any(len(label) > 12 for label in labels[:-1]):
            continue
        labels = shared_head(_said_of_all(labels))  # 至於香港及中國台灣旅客則按年減少: 香港旅客, 中國台灣旅客
        tail = text[figures[-1].digits_end:figures[-1].end]  # 增长了1.2、0.8、0.3个百分点: the unit once for all
        for figure, label in zip(figures, labels):
            own = _unit(text, figure)
            printed = text[figure.start:figure.end] + (tail[len(own):] if tail.startswith(own) else "") + \
                per_unit(text, figure.end)
            found[figure.start] = found[figure.digits_start] = Listed(figure.start, printed, label)
    return found


_THEIR_CHANGE = re.compile(rf"(?:同比|环比|環比|按年|比上年|较上年|較上年)?(?:{CHANGE})了?")


def _again(text: str, begin: int, figures, ends: dict[int, list[str]]) -> list[str] | None:
    """The names of the 分别 list in the clause right before, for as many changes told after it
    with no name of their own (短视频、即时通讯、综合资讯分别达到62.9小时、40.2小时、24.4小时,同比增长了
    3.2%、3.2%、5.4%), else None."""
    names = next((labels for end, labels in ends.items() if begin >= 1 and text[begin - 1] in ",，" and
                  0 <= begin - 1 - end <= 4 and not any(ch.isdigit() for ch in text[end:begin - 1])), None)
    if names is None or len(names) != len(figures) or not _THEIR_CHANGE.fullmatch(text[begin:figures[0].start]):
        return None
    return names


def _clause_begin(text: str, at: int) -> int:
    """Where the clause holding `at` begins: just after the last punctuation before it."""
    return max(text.rfind(mark, 0, at) for mark in ",，;；:：。!?") + 1


def per_unit(text: str, end: int) -> str:
    """The per-what a unit goes on with after a figure (7000元/月: /月), or ""."""
    per = PER.match(text, end)
    return per.group() if per else ""


def comma_listed(text: str, begin: int, first: str, count: int) -> tuple[list[str] | None, int]:
    """`count` names a page sets with commas, not 、 (在线办公,在线医疗用户规模分别达…): the
    clause from `begin` (`first`) and the bare names in the clauses before it, or None; and
    where the first of the names taken begins."""
    items, start = [first], begin
    while len(items) < count and text[start - 1:start] in (",", "，"):
        before = _clause_begin(text, start - 1)
        if not _BARE_NAME.fullmatch(text[before:start - 1]):
            break
        items.insert(0, text[before:start - 1])
        start = before
    return (items if len(items) == count else None), start


_LAST = ("和", "及", "与", "與", "以及")
# a list ordered by size pairs no name with a figure: 从高到低依次为, 按高低排列为, 增速前三位为
_BY_SIZE = re.compile(r"[从由從自](?:高|低|大|小|多|少)[到至](?:低|高|小|大|少|多)|按(?:高低|大小|多少)|"
                      r"前[一二三四五六七八九十两兩0-9]+[位名]|排名|排序|排列")


# 下降了1.2%、增长4.7%、5.8%: each figure of the run may say its own change
VERB_NEXT = re.compile(rf"、(?:{CHANGE})了?")
_SAYS_CHANGE = re.compile(rf"(?:{CHANGE})了?(?:约|約|近)?$")  # the first figure's own change word, right before it


def runs(text: str) -> list[list]:
    """Runs of figures listed with 、 (the last perhaps after 和 or 及) and no 分别 (京东、抖音集团
    用户量同比增长了13%、12%; 香港及中國台灣旅客減少17.7%及4.8%): their labels are listed in the
    same order before them, in the same clause."""
    runs, run, closed = [], [], False
    for figure in figures_in(text):
        between = text[run[-1].end:figure.start] if run else ""
        if run and not closed and (between in ("、", per_unit(text, run[-1].end) + "、", *_LAST) or
                                   VERB_NEXT.fullmatch(between) and _SAYS_CHANGE.search(text, max(0, run[0].start - 8), run[0].start)) and \
                (_unit(text, figure) == _unit(text, run[-1]) or not any(_unit(text, f) for f in run)) and \
                (between not in _LAST or _told_list(text, run[0], figure)):  # 1.2、0.8、0.3个百分点: the unit once
            run.append(figure)  # 7000元/月、6979元/月
            closed = between in _LAST  # 香港及中國台灣旅客減少17.7%及4.8%: 及 ends the list
            continue
        closed = False
        if len(run) >= 2:
            runs.append(run)
        run = [figure]
    return runs + ([run] if len(run) >= 2 else [])


# Words that open a list's clause and are no part of its first name: 至於香港及中國台灣旅客…
OPENING = re.compile(r"^(?:至于|至於|另外|此外|其中|而)(?=..)")
_SAID_AFTER = re.compile(rf"(?:则|則|也|亦|均|都)?(?:按年|按月|同比|环比|環比)?(?:{CHANGE})了?$")


def _said_of_all(labels: list[str]) -> list[str]:
    """A list's names without the words that open its clause (至於) and what is said of them all
    after the last (則按年減少)."""
    return [_SAID_AFTER.sub("", OPENING.sub("", label) if i == 0 else label) or label for i, label in enumerate(labels)]


_TOLD = re.compile(rf"(?:{CHANGE}|为|為|是|达|達|占|佔)了?(?:约|約|近|超过|超過)?$")


def _told_list(text: str, first, last) -> bool:
    """Whether figures joined by 和 or 及 are a list told of names: a verb right before the first
    (減少17.7%及4.8%), the clause ending after the last; not a range (在45%和55%之间), a base
    (较上年的12.5%和9.8%) or figures said of together (…均有回落)."""
    return _TOLD.search(text, max(0, first.start - 6), first.start) is not None and \
        (last.end == len(text) or ends_clause(text[last.end]))


def _figures_after(text: str, at: int) -> list:
    """The figures of the list that starts at `at` (after 分别 and a verb: 占, 为, 增加). The
    figure after 和 (及, 与) is the last (`80.12分和79.71分,近7年` ends at 79.71分), and one
    after a comma joins only in the same unit as the one before it."""
    figures = []
    for figure in figures_in(text, at, min(len(text), at + 120)):
        if not figures and text[figure.start - 1:figure.start] in ("比", "较", "較") and text.startswith("年", figure.end):
            continue  # the year compared with (分别比2017年下降) is no figure of the list
        between = text[figures[-1].end if figures else at:figure.start]
        if not (_NEXT.match(between) if figures else _FIRST.match(between)):
            break
        if between in (",", "，") and _unit(text, figure) != _unit(text, figures[-1]):
            break
        figures.append(figure)
        if _LAST_JOIN.match(between):
            break
    return figures


def _unit(text: str, figure) -> str:
    return text[figure.digits_end:figure.end]


QUOTED = re.compile(r"[“「『\"]([^”」』\"“「『]{1,30})[”」』\"]")  # “80后”, 选择“A”的比例: a name in quotes


_YEAR_FIRST = re.compile(r"(?:19|20)[0-9]{2}年(?=第|[0-9一二三四上下前后後首])")
_YEAR_IN = re.compile(r"(?:19|20)[0-9]{2}")
_PERIOD_NUMBER = re.compile(r"[0-9]{1,2}|[一二三四](?=季)")  # 第2季, 3月, 二季度: the period's place in its year


def year_carried(labels: list[str]) -> list[str]:
    """A list's later periods with the year its first one names (2023年第1季、第2季及第3季: 2023年第2季),
    where each comes after the one before within that year (not 2022年12月、1月及2月: the next year's)."""
    year = _YEAR_FIRST.match(labels[0])
    if year is None:
        return labels
    rest = [label if _YEAR_IN.match(label) else year.group() + label for label in labels[1:]]
    order = [_PERIOD_NUMBER.search(label) for label in (labels[0][year.end():], *labels[1:])]
    if not all(order) or any(_place(a.group()) >= _place(b.group()) for a, b in zip(order, order[1:])):
        return labels
    return [labels[0], *rest]



_BASE_FIRST = re.compile(r"(?:比|较|較|与|與)(?=[^比较較与與]{1,8}$)")


def base_carried(labels: list[str]) -> list[str]:
    """A list of bases compared with, the comparison said once before the first (比一季度和上半年
    分别回落…: 比上半年 too), where no later one says its own."""
    said = _BASE_FIRST.search(labels[0])
    if said is None or any(re.search("比|较|較|与|與", label) for label in labels[1:]):
        return labels
    return [labels[0], *(said.group() + label for label in labels[1:])]


def _place(number: str) -> int:
    return "一二三四".index(number) + 1 if number in "一二三四" else int(number)


def _labels_before(text: str, at: int, count: int) -> list[str] | None:
    """The `count` labels the list names before 分别, in order; None when they cannot be told
    apart. The clause before 分别 holds them (`初中、高中/中专/技校学历的网民群体占比分别为`), or an
    earlier clause of the same sentence, across commas, when the clauses between do not
    (`空气污染和水源污染的比例，分别达`; `排在前三位的分别是文化娱乐、医疗保健和餐饮服务，选择
    这三项的占比分别为`): the nearest that names that many, and holds no figure of its own. A
    list in brackets (选择服饰、美容的比例(分别为16.2%、13.7%)) is named before its bracket."""
    at -= text[at - 1:at] in ("(", "（")
    end = at
    for earlier in range(_CLAUSES_BACK):
        begin = end
        while begin > max(0, at - 80):
            opened = text.rfind("(", max(0, at - 80), begin - 1) if text[begin - 1] == ")" else -1
            if opened >= 0 and RESPECTIVELY.search(text, opened, begin):
                break  # …的比例(分别为36.5%、23.1%)显著超过了选择服饰、美容的比例(分别为…): another list's
            if opened >= 0:
                begin = opened  # 韩国(61573人次)及香港旅客(…)
                continue
            if ends_clause(text[begin - 1]) and text[begin - 1] not in _IN_LABELS:
                break
            begin -= 1
        words = _BRACKETED.sub("", text[begin:end])
        named = NAMES_THEN.match(words)
        ordered = NAMED_IN_ORDER.search(words)
        labels = sectors(words, count) or (_split(ordered.group(1), count) if ordered else None) or \
            _split(words, count) or (_split(named.group(1), count) if named else None)
        quoted = QUOTED.findall(words)
        if labels is None and len(quoted) == count:  # 选择“A”的比例略低于选择“B”的比例,分别为…
            labels = quoted
        unquoted = re.sub(r"[“「『][^”」』]*[”」』]", "", words)  # “80后” is a name, not a figure
        if labels is not None and not (earlier and any(ch.isdigit() for ch in unquoted)):
            return labels
        listed = comma_listed(text, begin, words, count)[0] if labels is None and not earlier else None
        if listed:  # 在线办公,在线医疗用户规模分别达…: a list set with commas
            return _split("、".join(listed), count)
        if text[begin - 1:begin] not in (",", "，"):
            return None
        end = begin - 1
    return None


# A clause that names one level: 沿海港口完成7.1亿吨, 农村居民人均可支配收入20133元
_LEVEL_CLAUSE = re.compile(r"^(?P<label>[^\W\d_]{2,16}?)(?:共|共有|完成|实现|實現|达到|達到|达|達|为|為|有)?(?:约|近)?$")


def _levels_before(text: str, at: int, count: int) -> list[str] | None:
    """The labels of the `count` clauses right before a 分别 that opens its clause, each one
    label and its level (沿海港口完成7.1亿吨,内河港口完成3.2亿吨,分别增长12.6%和3.9%); [] where
    such clauses are more or fewer; else None."""
    begin = _clause_begin(text, at)
    if begin < 2 or text[begin - 1] not in ",，" or re.search(r"[^\W\d_]", text[begin:at]):
        return None
    end = begin - 1
    said = _clause_begin(text, end)  # 内河港口完成3.2亿吨,增速放缓,分别增长…: a clause of words between
    if said >= 2 and text[said - 1] in ",，" and not re.search(r"[0-9]", text[said:end]) and \
            _level_of(text, _clause_begin(text, said - 1), said - 1):
        end = said - 1
    labels, parts = [], []
    while True:
        start = _clause_begin(text, end)
        label = _level_of(text, start, end)
        if label is None:
            break
        labels.insert(0, label)
        parts.insert(0, text[start:end].lstrip().startswith(PART_OF))
        if start < 2 or text[start - 1] not in ",，":
            break
        end = start - 1
    # the nearest as many levels as figures (全省…10.3亿吨,沿海港口…7.1亿吨,内河港口…3.2亿吨,分别增长12.6%和3.9%:
    # the parts'), unless one of them after the first is a part of the one before (内河港口…3.2亿吨,其中外贸…
    # 1.1亿吨): then, or where fewer levels stand, no figure of the list is the nearest level's ([])
    if len(labels) < count or any(parts[len(parts) - count + 1:]):
        return [] if labels else None
    return labels[len(labels) - count:]


PART_OF = ("其中", "其")  # words opening a clause that tells a part of the level before it


def _level_of(text: str, start: int, end: int) -> str | None:
    """The label of a clause that is one label and its level (沿海港口完成7.1亿吨), else None."""
    figures = [f for f in figures_in(text, start, end) if f.arabic]
    if len(figures) != 1 or figures[0].end != end or not (figures[0].unit or figures[0].big) or figures[0].unit == "%":
        return None
    found = _LEVEL_CLAUSE.match(text[start:figures[0].start])
    return found["label"] if found else None


def sectors(words: str, count: int) -> list[str] | None:
    """第一产业, 第二产业, 第三产业 where three figures are told of 三次产业 and the words name no
    list of their own (第三产业、第二产业、第一产业…, 服务业、工业和农业…, 2021年、2022年…); else None."""
    if count != 3 or not _THREE_SECTORS.search(words):
        return None
    rest = _THREE_SECTORS.sub("", words)
    return None if re.search(r"[、和及与與]|[0-9]{4}年|产业|產業|服务业|服務業|工业|工業|农业|農業", rest) else \
        ["第一产业", "第二产业", "第三产业"]


# Names a page pairs and gives one head (城镇、农村居民): parallel though they share no character
# An item that names a group itself (教师, 家长, 政府, 社会组织) takes no head from the last
_GROUP_END = set("师长员者人生府织业民众")
# What the names of a list may all be, named once at the end (香港及中国台湾旅客, 男性、女性受访者);
# Simplified: sections are folded
ROW_NOUNS = ("受访者", "立委", "议员", "居民", "市民", "旅客", "游客", "用户", "网民", "企业", "家庭", "学生", "家长",
             "青年", "人口", "教师")
# Characters a page sets before one shared rest (中、小型企业, 一、二线城市, 东、中、西部地区, 进、出口)
# The time a list's clause opens with (全年, 2023年, 1-10月, 上半年), and a name that is itself a period
_WHEN = re.compile(r"^(?:(?:19|20)[0-9]{2}年度?(?:[0-9]{1,2}(?:[-—~至][0-9]{1,2})?月份?)?|[0-9]{1,2}(?:[-—~至][0-9]{1,2})?月份?|"
                   r"全年|今年|去年|上年|当年|當年|年内|年內|[上下]半年|前[三3]季度|[一二三四1-4]季度)(?=..)")
_PERIODISH = re.compile(r"第?[0-9一二三四五六七八九十]+(?:季|月|周|週|期|年|旬|半)|[上下]半|前[0-9一二三四五六七八九十]|季|月|年|末|底|初")
_PARALLEL = ("大中小微", "东南西北中", "一二三四五", "上下", "高中低", "男女", "初高", "进出", "内外", "前后", "甲乙丙丁")
_PAIRED = {("城镇", "农村"), ("城市", "农村"), ("城镇", "乡村"), ("城市", "乡村"),  # a section reads Simplified
           *((a, b) for pair in (("国内", "国际"), ("国内", "地区"), ("国际", "地区"), ("境内", "境外"), ("出口", "进口"))
             for a, b in (pair, pair[::-1]))}  # 国内、国际运力投入: 国内运力投入


def shared_head(items: list[str]) -> list[str]:
    """The head the last item gives every item of a list that names it once (第二、第三产业 ->
    第二产业, 第三产业; 第二、三产业; 城镇、农村居民; 香港及中国台湾旅客): a group's name (旅客,
    居民) after short names, or each earlier item of at most three characters
    parallel to the last one's start (an ordinal, 第二 to 第三; a word of a set before the same rest,
    甲类 to 乙类, 大型 to 中型; or a pair pages set so; not 广东 to 广西壮族自治区); else the items as they are."""
    if len(items) < 2 or not all(items):
        return items
    items = [OPENING.sub("", items[0]) or items[0], *items[1:]]  # 至于甲类及乙类…: 至于 opens the clause
    when = _WHEN.match(items[0])  # 全年第一产业、第二产业…: 全年 is the clause's time, no part of the first name
    if when and not any(_WHEN.match(item) for item in items[1:]) and not _PERIODISH.match(items[0][when.end():]):
        items[0] = items[0][when.end():]
    head = next((h for h in ROW_NOUNS if items[-1].endswith(h) and len(items[-1]) - len(h) >= 2), None)
    if head and all(1 < len(item) <= 4 and not item.endswith(head) and item[-1] not in _GROUP_END for item in items[:-1]):
        return [item + head for item in items[:-1]] + [items[-1]]  # 香港及中国台湾旅客: 香港旅客
    last = items[-1]
    if all(item.startswith("第") for item in items[:-1]) and last[:1] in _ORDINALS:
        last = "第" + last  # 第二、三产业: 三产业 is 第三产业
    out = []
    for item in items[:-1]:
        k = len(item)
        ordinals = item[0] == last[0] == "第" and item[1:] in _ORDINALS and last[1:k] in _ORDINALS
        if k == 1 and len(last) >= 2 and item != last[0] and any(item in g and last[0] in g for g in _PARALLEL):
            out.append(item + last[1:])  # 中、小型企业: 中型企业; 一、二线城市: 一线城市
            continue
        alike = item[1:] == last[1:k] and any(item[0] in g and last[0] in g for g in _PARALLEL)  # 甲类、乙类: 类 after each
        if 3 < k <= len(last) - 2 and _one_apart(item, last[:k]):
            out.append(item + last[k:])  # 第一产业、第二产业、第三产业增加值: 增加值 after each
            continue
        if not 1 < k <= 3 or len(last) - k < 2 or last[:k] == item or not (ordinals or alike or (item, last[:k]) in _PAIRED):
            return items  # 广东、广西壮族自治区: no head shared
        out.append(item + last[k:])
    return out + [last]


def _one_apart(item: str, start: str) -> bool:
    """Whether two names differ in one character only, one of a set (第一产业 and 第三产业)."""
    apart = [(a, b) for a, b in zip(item, start) if a != b]
    return len(apart) == 1 and any(apart[0][0] in g and apart[0][1] in g for g in (*_PARALLEL, _ORDINALS))


def _split(words: str, count: int) -> list[str] | None:
    """A list of labels cut into `count` items: at 、 (or between two quoted names: “80后”“90后”),
    and the last two at 和, 及, 与 or 或."""
    items = re.sub(r"([”」』\"])([“「『\"])", r"\1、\2", words).split("、")
    if len(items) == count - 1:
        joined = _LAST_JOIN.match(items[-1])
        if joined is None:
            return None
        items[-1:] = [joined.group(1), joined.group(2)]
    if len(items) != count or not all(items):
        return None
    return items


@dataclass(frozen=True)
class Ratio:
    """A ratio that gives a column whole: which term is which row's."""

    at: int  # where it starts in the text
    printed: str  # 13.2:32.3:54.5
    terms: list[Decimal]  # the term the text gives each row, in the rows' order
    order: list[int]  # the rows in the order of the terms


def ratio_at(text: str, labels: list[str], numbers: list[Decimal]) -> Ratio | None:
    """A ratio whose terms are the column's numbers (男女比例为52.4:47.6), one per row, in a
    sentence that tells which term is whose: the words before it name every row (the order
    they name them in is the terms' order), or name what all rows share (三次产业结构 for
    第一产业…第三产业), whose terms then follow the rows' ordinals. None when no ratio does:
    a term the text gives no row cannot be checked, so it is not found here."""
    if len(numbers) < 2:
        return None
    wanted = [normalise(label) for label in labels]
    shared = _shared_part(wanted)
    for match in RATIO.finditer(text):
        parts = [Decimal(term) for term in _TERM.findall(match.group())]
        if ":" not in match.group() and (abs(sum(parts) - 100) > 1 or not _STRUCTURE.search(
                text, max(0, match.start() - 30), match.start())):
            continue  # shares listed are a ratio's terms only where they make a structure's whole
        if len(parts) != len(numbers) or sorted(parts) != sorted(numbers):
            continue
        begin = max(text.rfind(stop, 0, match.start()) for stop in SENTENCE_ENDS + ";；") + 1
        before = text[max(begin, match.start() - 60):match.start()]
        order = _named_order(before, wanted) or (_ordinal_order(wanted) if shared and shared in before else None)
        if order is not None:
            terms = [Decimal(0)] * len(parts)
            for place, row in enumerate(order):
                terms[row] = parts[place]
            return Ratio(match.start(), match.group(), terms, order)
    return None


def _named_order(text: str, labels: list[str]) -> list[int] | None:
    """The rows in the order the text names them (女性与男性之比), or None unless it names all."""
    places = [text.find(label) if label else -1 for label in labels]
    if min(places) < 0 or len(set(places)) < len(places):
        return None
    return sorted(range(len(labels)), key=places.__getitem__)


def _ordinal_order(labels: list[str]) -> list[int] | None:
    """The rows by their ordinals (第一产业, 第二产业, 第三产业: the order 三次产业 always takes),
    or None unless every label has one of its own."""
    numbers = []
    for label in labels:
        ordinal = _ORDINAL.search(label)
        if ordinal is None:
            return None
        numbers.append(int(ordinal.group(1)) if ordinal.group(1).isdigit() else _ORDINALS.index(ordinal.group(1)) + 1)
    if len(set(numbers)) < len(numbers):
        return None
    return sorted(range(len(labels)), key=numbers.__getitem__)


def _shared_part(labels: list[str]) -> str:
    """The longest run of letters every label holds (产业), or "" below two characters."""
    first = min(labels, key=len)
    for size in range(len(first), 1, -1):
        for begin in range(len(first) - size + 1):
            part = first[begin:begin + size]
            if re.fullmatch(r"[^\W\d_]+", part) and all(part in label for label in labels):
                return part
    return ""
