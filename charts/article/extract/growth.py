"""A level and its growth: 第一产业增加值62857万元，同比增长6.3%；第二产业增加值65585万元，同比
增长9.5% (and bulletin lists: - 幼儿园28.12万所,比上年增长5.44%) -> the levels, and beside them
the growth on the year before, one draft each (their units differ)."""

from __future__ import annotations

import re

from charts.article.extract.labels import clean_label
from charts.article.extract.section import YEAR, Draft, Section, measure
from charts.article.extract.words import word_ends
from charts.article.lists import PART_OF
from charts.numbers.grammar import CHANGE, FALLING, MINUS_SIGNS, POINTS, figures_in, is_stated_change, is_stated_fall

_AGAINST = r"(?:比上年同期|比上年末|比上年|较上年末|较上年|較上年末|較上年|同比|比去年)?"  # what a change is told against
_GROWTH = re.compile(_AGAINST + r"(?:" + CHANGE + r"|(?<![新])增|减|減)了?$")  # 年增0.9%, 每人平均数31.1万元,增2.5%
# 较103年增0.8%, 比2019年增长: the year a change is told against is no level
_AGAINST_YEAR = re.compile(r"(?:较|較|比|与|與)$")
_FALLING = re.compile(FALLING + "|[降减減跌]$")  # 降 or 减 alone (正向評價降3.6個百分點, 31.1万元,减2.5%) is a fall too
_BOUNDARY = re.compile(r"[,;:。]")
# The verb of an increase a label ends on (夏杂粮面积增加73千公顷): no part of the name
_INCREASED = re.compile(r"(?:比上年|较上年|較上年|同比)?(?:增加|减少|減少|扩大|擴大|缩小|縮小|增|减|減)了?$")
# A change on the month before (月增0.07%, 环比增长), told beside the year's: no growth on the year
# (not 去年同月增长, 9月增长), or on a year named (比2019年同期增长21.5%), beside the year's: no growth on the year
_A_YEAR_AGAINST = r"[比较較與与](?:19|20)[0-9]{2}年"  # 比2019年: a year a change is told against
_ON_THE_MONTH = re.compile(r"(?<![0-9一二三四五六七八九十同本])月(?:增|减|減)|环比|環比|[比较較]上(?:个|個)?月|"
                           rf"{_A_YEAR_AGAINST}|[比较較](?:年初|上一?季度?|(?:今年)?首季|(?:今年)?(?:第一|一)季度?)|按季|按月|"
                           r"两年平均|兩年平均")  # 較今年首季跌6.97%, 按季下跌3.68%: on the quarter before
_YEAR_NAMED = re.compile(r"[比较較與与]((?:19|20)[0-9]{2})年(?:同期)?(?=(?:小幅|大幅|略|稍)?[增减減下上提降回扩擴缩縮]|$)")  # not 2023年四季度
_ON_THE_YEAR = re.compile(r"比上年|较上年|較上年|同比|比去年|较去年|較去年")
# A change on another base than the year before's (比年初增加, 比2013年末增加, 环比增加): its words
_ANOTHER_BASE = re.compile(r"[,;]?(?:比|较|較|与|與)(?:年初|(?:19|20)[0-9]{2}年末?|上季度?|上月|上个月|上個月)"
                           r"(?:相比)?(?:" + CHANGE + r"|扩大|擴大|增|减|減)了?(?:约|近)?|[,;]?(?:环比|環比)(?:" + CHANGE +
                           r"|增|减|減)了?")
# After such a change, the growth on the year follows at once, of the same subject (,年增3.24%),
# not a clause of another's (;快递业务收入增长6.7%, 其中制造业增长3.5%)
_AT_ONCE = re.compile(r"^,?(?:年|同比|比上年同期|比上年|较上年|較上年|比去年同期|比去年|较去年同期|較去年同期)?(?:亦|也)?"
                      r"(?:" + CHANGE + r"|增|减|減)了?$")
_SENTENCE_END = "。!?"
_LEVEL_VERB = re.compile(r"(?:已经|已經|已)?(?:完成|实现|實現|达到|達到|为|為|达|達|共|有)+$")
# A level's change in its own unit, told between it and its growth: ,比上年增加94公斤,
_ABSOLUTE = re.compile(r"[,;]?" + _AGAINST + r"(?:" + CHANGE + r"|扩大|擴大|增|减|減)了?(?:约|近)?")
_PRICES = re.compile(r"[,;]?按(?:可比|不变|不變|可比較)(?:价格|價格)计算|[,;]?按(?:可比|不变)价计算")
_DATED = re.compile(r"年|月")
# 完成公路货运量: the measure is 公路货运量; 第二产业完成增加值: 第二产业增加值
_DONE = re.compile(r"^(?:完成|实现|實現)(?=..)|(?<=..)(?:完成|实现|實現)(?=增加值|产值|產值|总产值|總產值)")
_DATE_BEFORE = re.compile(r"[0-9]+(?:年[0-9]+)?$")
# A growth in real terms right after the nominal one: ,扣除价格因素,实际增长10.7%; ,实际下降0.5%
_REAL = re.compile(r"[,;](?:扣除价格因素|扣除價格因素|扣除物价因素|扣除物價因素)?,?(?:实际|實際)(?P<verb>" + CHANGE + r")"
                   r"(?P<real>[0-9]+(?:\.[0-9]+)?)%")
# Its share of a whole right after its growth: ,占可支配收入的比重为57.3%; ,占同期全省外贸进出口总值的76.8%; ,占12.1%
_SHARE_AFTER = re.compile(r"[,;]占(?P<whole>[^,;。0-9%]{0,20}?)(?:的)?(?:比重|比例)?(?:为|為|达|達|是)?"
                          r"(?P<share>[0-9]+(?:\.[0-9]+)?)%")
_WHOLE = re.compile(r"^(?:全年|全县|全縣|全市|全州|全区|全區|全省|全国|全國)+")
# A sentence that breaks the whole before it down: 其中,…; 分产业看,…; 从城乡分布看,…; 按城乡分,…
_PARTS_NEXT = re.compile(r"其中|分[^\W\d_]{1,6}看|(?:从|從)[^\W\d_]{1,6}(?:分布|構成|构成|结构|結構|来源|來源)?(?:来|來)?看|按[^\W\d_]{1,6}分[,:]")


def read(section: Section) -> list[Draft]:
    """A draft pair per sentence of levels with their growth; the lines of a bulleted list
    (- 幼儿园28.12万所,比上年增长5.44% / - 专任教师276.31万人,比上年增长7.04%) count as one."""
    drafts, run, peeked = [], ([], [], {}), None
    for index, (begin, sentence) in enumerate(section.sentences):
        rows, offsets, units = peeked or _rows(section, begin, sentence)  # read ahead already: nothing drafted since
        peeked = None
        fresh = [r for r in rows if r[0] not in run[2]]
        run[0].extend(fresh)
        run[1].extend(offsets)
        run[2].update(units)
        after = section.sentences[index + 1][1] if index + 1 < len(section.sentences) else ""
        if len(run[0]) == 1 and _PARTS_NEXT.match(after):
            continue  # 地区生产总值…增长1.2%。其中,第一产业… (从城乡分布看,城镇居民…): the whole, then its parts, one table
        if len(fresh) == 1 and sentence[-1:] in _SENTENCE_END and after:
            upcoming = _rows(section, section.sentences[index + 1][0], after)
            if len(upcoming[0]) == 1:
                peeked = upcoming
                continue  # 完成货运量380.6亿吨,同比增长3.8%。完成快递业务量1282亿件,同比增长17.8%。: one table
        if sentence[-1:] in _SENTENCE_END or not fresh and not run[0]:
            drafts += _drafts(section, *run)  # a sentence ends the run; a list line carries it on
            run = ([], [], {})
    return drafts + _drafts(section, *run)


def _year_told(section: Section, at: int) -> int | None:
    """The year the section last names before `at`, not as what a change is told against."""
    years = YEAR.findall(re.sub(_A_YEAR_AGAINST, "", section.text[max(0, at - 2000):at]))
    return int(years[-1]) if years else None


def _rows(section: Section, begin: int, sentence: str):
    """The (label, level, growth) rows of one sentence, their offsets and the levels' units."""
    rows, offsets, units = _reached(section, begin, sentence)
    pending, after, waited = None, 0, False
    levels, listed_to = [], -1  # the levels told since the last growth (for a 分别 list of their growths)
    for figure in figures_in(sentence, whole=True):
        if figure.start < listed_to:
            continue  # a growth of a 分别 list, paired already
        if not figure.arabic or begin + figure.digits_start in section.used or begin + figure.digits_start in offsets:
            pending, after, levels = None, figure.end, []
            continue
        listed = _listed_growth(sentence, after, figure, levels) if figure.unit == "%" else None
        if listed:  # 沿海港口完成7.1亿吨,内河港口完成3.2亿吨,分别增长12.6%和3.9%: each level's, in order
            for (label, level, _), (growth, sign) in zip(levels[-len(listed):], listed):
                if label not in units and not section.is_drafted(level.digits):
                    rows.append([label, level.digits, sign + growth.digits, None, None])
                    units[label] = measure(sentence, level)
                    offsets += [begin + level.digits_start, begin + growth.digits_start]
            pending, waited, levels, listed_to, after = None, False, [], listed[-1][0].end, listed[-1][0].end
            continue
        between = re.sub(r"\([^()]*\)", "", sentence[after:figure.start])  # 比2013年末(…,下同)增加
        if pending and figure.unit == pending[1].unit and (figure.unit or figure.big) and \
                _ABSOLUTE.fullmatch(between):
            after = figure.end  # 播种面积27557千公顷,比上年扩大116千公顷,增长0.4%; 15.43万所,比上年减少3700所,
            continue  # 下降2.34%: the level waits for its growth
        if pending and figure.unit == pending[1].unit and is_stated_change(sentence, figure.start) and \
                _ANOTHER_BASE.fullmatch(between):
            pending = None  # 比年初增加8.3万户,增长7.4%; 比2013年末增加1093.2万个,增长100.7%: its growth is on that
            after = figure.end  # base, no growth on the year
            continue
        if figure.unit == "%":
            gap = _PRICES.sub("", sentence[after:figure.start])  # ,按可比价格计算,比上年增长7.8%
            gap = re.sub(r"\([^()0-9]*\)", "", gap)  # 比2024年同期(星期二)增长: an aside of words
            minus = gap.endswith(tuple(MINUS_SIGNS))  # 增长-7.5%: a fall printed with its sign
            gap = gap[:-1] if minus else gap
            named = _YEAR_NAMED.search(gap)
            ahead = re.split(r"[;。]", sentence[figure.end:])[0]
            if named and pending and _year_told(section, begin + pending[1].start) == int(named[1]) + 1 and \
                    not _ON_THE_YEAR.search(ahead):
                gap = gap.replace(named[0], "比上年")  # 2017年…规模达202.9万亿元,较2016年增长28.8%: on the year before
            if pending and _ON_THE_MONTH.search(gap) and len(gap) <= 12:
                after, waited = figure.end, True
                continue  # 50908元,月增0.10%,年增3.24%: the level waits for its growth on the year
            if pending and _GROWTH.search(gap) and len(gap) <= 10 and (not waited or _AT_ONCE.match(gap)) and \
                    not _RESPECTIVELY.search(gap):  # ,分别增长12.6%和3.9%: the levels' list, not the last level's
                label, level, changed = pending
                sign = "-" if bool(_FALLING.search(gap)) != minus else ""
                if label not in units and not section.is_drafted(level.digits):
                    real = _REAL.match(sentence, figure.end)  # ,扣除价格因素,实际增长10.7%: its real growth too
                    share = _SHARE_AFTER.match(sentence, real.end() if real else figure.end)  # ,占可支配收入的比重为57.3%
                    share = share if share and begin + share.start("share") not in section.used else None
                    rows.append([label, None if changed else level.digits, sign + figure.digits,
                                 ("-" if _FALLING.search(real["verb"]) else "") + real["real"] if real else None,
                                 (share["share"], share["whole"], begin + share.start("share")) if share else None])
                    offsets += [begin + real.start("real")] if real else []
                    # an increase is kept apart: (its figure signed, its unit), a table of its own
                    units[label] = (("-" if is_stated_fall(sentence, level.start) else "") + level.digits,
                                    measure(sentence, level)) if changed else measure(sentence, level)
                    offsets += [begin + level.digits_start, begin + figure.digits_start]
            pending, waited, levels = None, False, []
        elif sentence.startswith("年", figure.digits_end) and (_AGAINST_YEAR.search(sentence, 0, figure.start) or
                                                            sentence.rfind("(", after, figure.start) >
                                                            sentence.rfind(")", after, figure.start)):
            continue  # the pending level waits on past the year of its comparison, or of an aside
        elif (figure.unit or figure.big) and figure.unit not in POINTS:  # 拉动…下降0.4个百分点: a change, no level
            label = level_label(sentence, figure, after)
            # 参保人数比上年增加7206万人,增长5.38%: an increase, no level; its growth is the row's
            changed = is_stated_change(sentence, figure.start)
            label = _INCREASED.sub("", label) if changed else label
            pending, waited = ((label, figure, changed) if len(label) >= 2 else None), False
            # 其中外贸1.1亿吨: a part of the level before
            part = sentence[_clause_start(sentence, after, figure.start):figure.start].lstrip().startswith(PART_OF)
            levels = [*levels, (label, figure, part)] if pending and not changed and \
                all(figure.unit == f.unit and figure.big == f.big for _, f, _ in levels) else []
        else:
            pending, levels = None, []
        after = figure.end
    return rows, offsets, units


# 分别 and the growth all the levels before it share a verb for: ,分别增长, ,分别比上年下降
_RESPECTIVE_GROWTH = re.compile(r"^[,;]?(?:分别|分別)" + _AGAINST + r"(?:" + CHANGE + r")了?$")
_RESPECTIVELY = re.compile(r"分别|分別")
_LIST_JOIN = re.compile(r"^(?:、|和|及|与|與|以及)(?P<verb>" + CHANGE + r")?$")


def _listed_growth(sentence: str, after: int, figure, levels) -> list | None:
    """The growths of a 分别 list right after as many levels or more, each (figure, sign), in
    order; else None. A level paired with the next figure alone had misread 内河港口's 3.2亿吨
    as growing 12.6%, 沿海港口's."""
    found = _RESPECTIVE_GROWTH.match(sentence[after:figure.start])
    if not found:
        return None
    run, sign = [(figure, "-" if _FALLING.search(found.group()) else "")], "-" if _FALLING.search(found.group()) else ""
    for nxt in figures_in(sentence, figure.end, whole=True):
        joined = _LIST_JOIN.match(sentence[run[-1][0].end:nxt.start])
        if not joined or nxt.unit != "%":
            break
        sign = ("-" if _FALLING.search(joined["verb"]) else "") if joined["verb"] else sign
        run.append((nxt, sign))
    # the nearest as many levels (全省…10.3亿吨,沿海港口…7.1亿吨,内河港口…3.2亿吨,分别增长…: the parts'), unless one
    # after the first is a part of the one before (内河港口…3.2亿吨,其中外贸…1.1亿吨): no guess which
    nearest = levels[len(levels) - len(run):]
    return run if 2 <= len(run) <= len(levels) and not any(part for _, _, part in nearest[1:]) else None


def _clause_start(sentence: str, after: int, at: int) -> int:
    """Where the clause holding `at` begins, not before `after`."""
    return max([after] + [m.end() for m in _BOUNDARY.finditer(sentence, after, at)])


def level_label(sentence: str, figure, after: int = 0) -> str:
    """What a level names, in its clause after `after` (第二产业完成增加值 -> 第二产业增加值; 全市 and
    达, 为 left out; 2017年全州废污水排放量 with its date whole)."""
    start = _clause_start(sentence, after, figure.start)
    if _DATED.match(sentence, start) and sentence[start - 1:start].isdigit():
        start = _DATE_BEFORE.search(sentence, 0, start).start()
    words = sentence[start:figure.start].strip("-%")
    label = _DONE.sub("", _WHOLE.sub("", _LEVEL_VERB.sub("", clean_label(words))))
    if _SHARE_ONLY.fullmatch(label) and start > after + 1:  # 国企仍是毕业生首选,占比46.7%: the clause before names it
        before = max([after] + [m.end() for m in _BOUNDARY.finditer(sentence, after, start - 1)])
        said = sentence[before:start - 1]
        copula = _NAMED_AS.search(said)  # only a clause that says what it is (仍是首选, 其次是民企) names it
        subject = clean_label(said[:copula.start()]) if copula else ""
        if _RANK_WORD.fullmatch(subject) and copula:
            subject = clean_label(said[copula.end():])  # 其次是民企: the name after the rank's word
        if 2 <= len(subject) <= 10 and not re.search(r"[0-9]", subject) and not _RANK_WORD.fullmatch(subject):
            return subject
    return label


_SHARE_ONLY = re.compile(r"(?:其)?(?:所)?(?:占比|佔比|比例|比重|份额|份額|占|佔)")  # a share's word, naming nothing
_NAMED_AS = re.compile(r"仍是|仍为|仍為|依然是|依旧是|是|成为|成為|位居|排名|排在")
_RANK_WORD = re.compile(r"其次|然后|然後|再次|第[二三四五六七八九十]|排名第[二三四五六七八九十]")


# A growth on the year told first, then the level it reached: 按年升7.7%至435萬人, 同比增加18.4%至314,870人次
# (a growth with no base named, 增加18.4%至…, may be on the quarter, the month or ten years: not drafted)
_THEN_REACHED = re.compile(rf"(?P<label>[^,;:。!?]{{2,30}}?)(?:{_ON_THE_YEAR.pattern}|按年)(?:同期)?(?:累计|累計)?(?:亦|也|则|則)?(?:大幅|小幅|略|明显|明顯|显著|顯著)?"
                           r"(?P<verb>" + CHANGE + r"|升|增|跌|降)了?(?P<growth>[0-9]+(?:\.[0-9]+)?)%[,，]?"
                           r"(?:至|到|达到|達到|达|達)(?=[0-9])")
_SO_FAR = re.compile(r"(?:由|从|從)?年初至今|今年以来|今年以來|年内|年內")


def _reached(section: Section, begin: int, sentence: str):
    """The rows whose growth comes before the level it reached (内地客累计增加26.46%,至3381.58万人次),
    their offsets and units; a growth on another base (环比, 按月, 较2016年) is no such row."""
    rows, offsets, units = [], [], {}
    for found in _THEN_REACHED.finditer(sentence):
        level = next(figures_in(sentence, found.end(), min(len(sentence), found.end() + 20), whole=True), None)
        words = re.sub(r"(?:则|則|也|亦)$", "", _SO_FAR.sub("", _WHEN.sub("", clean_label(found["label"]))))
        label = _WHOLE.sub("", _LEVEL_VERB.sub("", words))
        if level is None or level.start != found.end() or not (level.unit or level.big) or level.unit == "%" or \
                len(label) < 2 or label in units or _ON_THE_MONTH.search(found.group()) or _BASE_ONLY.fullmatch(label) or \
                any(begin + at in section.used for at in (found.start("growth"), level.digits_start)):
            continue
        sign = "-" if _FALLING.search(found["verb"]) else ""
        rows.append([label, level.digits, sign + found["growth"], None, None])
        units[label] = measure(sentence, level)
        offsets += [begin + level.digits_start, begin + found.start("growth")]
    return rows, offsets, units


# 国有控股企业实现利润总额, 私营企业实现利润总额: the subject, a verb, and the measure all share
_MEASURED = re.compile(r"^(.{2,}?)(?:实现|實現|完成|累计|累計)(.{2,})$")


def _common_measure(labels: list[str]) -> list[tuple[str, str]] | None:
    """(subject, measure) of each label where all end on one measure of three characters or
    more (火电发电量, 水电发电量, 核电发电量 -> 火电, 水电, 核电 and 发电量), each subject two or more."""
    end = 0
    while all(len(label) > end and label[-1 - end] == labels[0][-1 - end] for label in labels):
        end += 1
    # the measure a word or words of its own in every label, after a word (not 累计实质总|薪资平均)
    while end >= 3 and not all(word_ends(label, len(label) - end) for label in labels):
        end -= 1
    if end < 3 or any(len(label) - end < 2 or label[:-end] in _NO_SUBJECT for label in labels):
        return None  # 一般|贸易进出口, 加工|贸易进出口: a word that qualifies a name is no name of its own
    return [(label[:-end], label[-end:]) for label in labels]


# A spending or income item per head: (城镇居民)人均食品烟酒支出 -> 食品烟酒 under (城镇居民)人均支出
_PER_HEAD = re.compile(r"^(?P<group>[^\W\d_]{0,6}?)人均(?P<item>[^\W\d_]{2,10}?)(?P<what>消费支出|消費支出|支出|纯收入|純收入|收入)$")


def _group(per_head) -> str | None:
    """The one group the items per head are told of (城镇居民, named with the first), "" for
    none, None where two are named (城镇居民人均…, 农村居民人均…: the groups are the rows)."""
    groups = {m["group"] for m in per_head if m["group"]}
    return None if len(groups) > 1 else next(iter(groups), "")
_NO_SUBJECT = frozenset("一般 加工 平均 实际 實際 人均 累计 累計 合计 合計 新增 其他 主要 全部 当月 當月 本月 同期".split())


def _subjects(rows, units):
    """Rows labelled by their subjects where every label names the same measure after its
    subject (国有控股企业实现利润总额 -> 国有控股企业), and that measure; else as they are."""
    measured = [_MEASURED.match(label) for label, *_ in rows]
    per_head = [_PER_HEAD.match(label) for label, *_ in rows]  # 人均衣着支出, 人均居住支出: 衣着, 居住 and 人均支出
    found = [(m[1], m[2]) for m in measured] if all(measured) and len({m[2] for m in measured}) == 1 else \
        [(m["item"], _group(per_head) + "人均" + m["what"]) for m in per_head] \
        if all(per_head) and len({m["what"] for m in per_head}) == 1 and _group(per_head) is not None \
        else _common_measure([label for label, *_ in rows])  # or 火电发电量, 水电发电量: the measure they end on
    if not found:
        return rows, units, ""
    named = {label: subject for (label, *_), (subject, _) in zip(rows, found)}
    if len(set(named.values())) < len(named):
        return rows, units, ""
    return ([[named[label], *rest] for label, *rest in rows], {named[k]: v for k, v in units.items()},
            found[0][1])


def _drafts(section: Section, rows, offsets, units) -> list[Draft]:
    if len(rows) < 2:
        return []
    drafts = []
    rows, units, measure = _subjects(rows, units)
    levels = [[label, level] for label, level, *_ in rows if level is not None]  # not an increase's
    increases = {label: unit for label, unit in units.items() if isinstance(unit, tuple)}
    units = {label: unit for label, unit in units.items() if not isinstance(unit, tuple)}
    if len(increases) >= 2 and len({unit for _, unit in increases.values()}) == 1:
        drafts.append(section.draft("increases", "bar", f"{next(iter(increases))}等{measure}的增减", ["指标", f"{measure}增减"],
                                    [[label, figure] for label, (figure, _) in increases.items()], offsets,
                                    unit=next(iter(increases.values()))[1], confirm=["title", "labels"]))
    if len(levels) >= 2 and len(set(units.values())) == 1:
        drafts.append(section.draft("levels", "bar", f"{rows[0][0]}等{measure}", ["指标", measure or "数值"], levels, offsets,
                                    unit=next(iter(units.values())), confirm=["title", "labels"]))
    else:  # one axis cannot hold 万人 and 万所: panels of figures, four at most to a panel
        panels = -(-len(levels) // 4)
        for part in range(panels):
            chunk = levels[part * len(levels) // panels:(part + 1) * len(levels) // panels]
            if len(chunk) >= 2:
                drafts.append(section.draft("levels", "figures", f"{chunk[0][0]}等", ["指标", "数值"], chunk,
                                            offsets, unit={label: units[label] for label, _ in chunk},
                                            confirm=["title", "labels"]))
    # a growth in nominal terms and in real terms (名义增长11.4%,扣除价格因素,实际增长10.7%) for every row: both;
    # each row's share of one whole told after its growth (,占可支配收入的比重为57.3%): a column too
    real = all(row[3] is not None for row in rows)
    wholes = {row[4][1] for row in rows if row[4]}
    shared = all(row[4] for row in rows) and len(wholes) == 1
    columns = ["指标", *(["名义增长", "实际增长"] if real else ["比上年增长"]), *([f"占{wholes.pop() or '比'}"] if shared else [])]
    growth = [[label, change, *([row_real] if real else []), *([share[0]] if shared else [])]
              for label, _, change, row_real, share in rows]
    offsets = [*offsets, *(row[4][2] for row in rows)] if shared else offsets
    drafts.append(section.draft("growth", "grouped" if len(columns) > 2 else "bar", f"{rows[0][0]}等{measure}比上年增长",
                                columns, growth, offsets, unit="%", confirm=["title", "labels"]))
    return drafts


def read_changes(section: Section) -> list[Draft]:
    """Growth by category, no level given: 分经济类型看,国有企业增加值同比增长5.3%,集体企业下降2.2%,
    股份制企业增长6.7% -> one draft of the changes, a fall signed minus."""
    drafts = []
    for begin, sentence in section.sentences:
        rows, offsets = [], []
        pulls, pulled_at, what, last = [], [], "", None  # each row's pull on the whole (拉动…1.4个百分点)
        subject, told = "", False
        for start, clause in _clauses(sentence):
            pull = _PULL.match(clause)
            if pull and last is not None and begin + start + pull.start("points") not in section.used:
                if pulls and pull["what"] != what:
                    pulls = pulled_at = None  # pulls on two wholes (全市规模以上工业, 全市工业投资): no one column
                if pulls is not None:
                    what = pull["what"]
                    pulls.append([last, ("-" if pull["verb"] in _PULL_DOWN else "") + pull["points"]])
                    pulled_at.append(begin + start + pull.start("points"))
            last = None
            found = _CHANGE_CLAUSE.match(clause)
            at = begin + start + found.start("value") if found else -1
            label = _WHOLE.sub("", clean_label(found["label"])) if found else ""
            based = _BASE_ONLY.fullmatch(label)
            if not based:
                subject = _subject(clause)
                # a subject whose level a table drafted already (第一产业增加值24.4亿元, its row): its change too
                told = any(section.is_drafted(f.digits) for f in figures_in(clause, whole=True) if f.unit != "%")
            if not found or at in section.used:
                continue
            if based:  # 失業率為3.38%,較上月下降0.07%,較上年同月亦降0.05%: the words name the base; what
                label = f"{subject}{based['base']}" if subject and not told else ""  # changed is the subject before
            if 2 <= len(label) <= 20 and label not in {r[0] for r in rows}:
                rows.append([label, ("-" if _FALLING.search(found["verb"]) else "") + found["value"]])
                offsets.append(at)
                last = None if clause.startswith(("其中", "内", "內")) else label  # 其中新能源汽车…,拉动: the whole's pull
        based = [r for r in rows if _ON_ANOTHER.search(r[0])]
        if based and all(r in based or not _ANY_BASE.search(r[0]) for r in rows) and len(based) < len(rows):
            # 国航…同比下降17.0%,环比上升46.3%,其中…地区运力投入则同比上升113.2%: the changes told on the
            # year, and those on the month a draft of their own (同比 and 环比 of one subject both named: one)
            drafts += _changes(section, begin, sentence, based, [at for r, at in zip(rows, offsets) if r in based])
            offsets = [at for r, at in zip(rows, offsets) if r not in based]
            rows = [r for r in rows if r not in based]
        drafts += _changes(section, begin, sentence, rows, offsets)
        if len(rows) >= 2 and pulls and len(pulls) >= 2:  # 汽车制造业同比增长11.6%,拉动全市规模以上工业1.3个百分点
            column = f"拉动{what}增长" if what else "拉动增长"  # the pull beside it
            drafts.append(section.draft("pulls", "bar", f"{pulls[0][0]}等的{column}", ["类别", column], pulls,
                                        pulled_at, unit="个百分点", confirm=["title", "labels"]))
    return drafts


def _changes(section: Section, begin: int, sentence: str, rows, offsets) -> list[Draft]:
    """The draft of a sentence's changes, two rows or more. A base the labels name (較上月) is
    theirs: the column claims none, nor where the paragraph names another (若與7月相比,…價格
    指數下跌0.26%: on the month, not the year)."""
    if len(rows) < 2:
        return []
    told = section.text[section.text.rfind("\n", 0, begin) + 1:begin + len(sentence)]
    column = "变化" if any(_BASE_NAMED.search(r[0]) for r in rows) or _ON_THE_MONTH.search(told) or \
        _MONTH_COMPARED.search(told) else "比上年增长"
    return [section.draft("changes", "bar", f"{rows[0][0]}等的{column}", ["类别", column], rows,
                          offsets, unit="%", confirm=["title", "labels"])]


# A row's pull on the whole's growth, after its change: 拉动全市规模以上工业(增加值)(增长)1.4个百分点, and
# a fall's (拉动…下降0.4个百分点: minus)
_PULL = re.compile(r"^(?:拉动|拉動)(?P<what>[^0-9,;。]{0,16}?)(?:增加值)?(?P<verb>增长|增長|下降|下拉)?"
                   r"(?P<points>[0-9]+(?:\.[0-9]+)?)(?:个|個)?百分[点點]$")
_PULL_DOWN = ("下降", "下拉")


# Words that only say what a change is against (較去年同月, 則比上年同期): no category
_BASE_ONLY = re.compile(r"(?:则|則|亦|也|估计|估計)*(?P<base>(?:较|較|比|与|與|跟)(?:去年|上年|前年|上月|上个月|上個月|上季|上期)"
                        r"(?:同期|同月|同季)?|环比|環比|同比|按年|按月|按季)(?:相比)?(?:亦|也|则|則)?")


# A level the clause gives in brackets after its name, its change after (留宿旅客( 1,532,418人次 )增加6.1%):
# an aside, no part of the name
_LEVEL_ASIDE = r"(?:\s*\(\s*[0-9][0-9,.]*[^\W\d_]{0,4}\s*\)\s*)?"
# A clause that is a category and its change: 集体企业下降2.2%, 制造业增加值同比增长7.4%
_CHANGE_CLAUSE = re.compile(r"^(?:[^0-9]*?看)?(?P<label>[^0-9%]{2,24}?)" + _LEVEL_ASIDE +
                            r"(?:增加值|产量|总额|收入|支出)?(?:实际)?"
                            r"(?:则|則)?(?:比上年同期|比上年|较上年|同比|比去年)?(?:实际)?(?:也|亦|则|則|均)?"
                            r"(?P<verb>" + CHANGE + r"|增|降|减|減|升|跌)了?(?:约|近)?"
                            r"(?P<value>[0-9]+(?:\.[0-9]+)?)%$")


_MONTH_COMPARED = re.compile(r"[与與跟](?:(?:19|20)[0-9]{2}年)?[0-9一二三四五六七八九十]{1,3}月(?:份)?(?:相比|比較|比较)")
_ON_ANOTHER = re.compile(r"环比|環比|按季|按月|上月|上个月|上個月|上季|上期")
_ANY_BASE = re.compile(r"环比|環比|同比|按年|按季|按月|上年|去年|前年|上月|上个月|上個月|上季|上期")
_BASE_NAMED = re.compile(r"(?:较|較|比|与|與|跟)(?:去年|上年|前年|上月|上个月|上個月|上季|上期)|环比|環比|按季|按月")
_CHANGED_BY = re.compile(r"(?:同比|环比|環比|比上年|较上年|較上年|比去年)?(?:" + CHANGE + r"|增|减|減|降|升|涨|漲|跌)了?$")
_THEN_LEAD = re.compile(r"^(?:至于|至於|而|但|另外|此外)")
_WHEN = re.compile(r"^(?:今年|去年|本年|全年)?(?:[0-9]{1,2}月(?:份)?)?的?")  # 今年8月的零售業…: the month is the chart's


def _subject(clause: str) -> str:
    """What a clause is about: its words before its first figure (能源能耗总量达540.8万吨 -> 能源能耗总量),
    or all of it where it holds none (至於今年7月零售業總銷貨價值的修訂估計)."""
    first = next((f for f in figures_in(clause, whole=True) if not _DATED.match(clause, f.digits_end)), None)
    words = _WHEN.sub("", _THEN_LEAD.sub("", clause[:first.start] if first else clause))
    words = _CHANGED_BY.sub("", words)  # 居民消费价格同比上涨2.1%: the subject before its change
    return _WHOLE.sub("", _LEVEL_VERB.sub("", clean_label(words)))


def _clauses(sentence: str):
    start = 0
    for match in _BOUNDARY.finditer(sentence + "。"):
        yield start, sentence[start:match.start()]
        start = match.end()


# A share and its change in points: 第一产业增加值占地区生产总值的比重为14.2%,比上年提高0.2个百分点;
# a rate and its change (高中阶段毛入学率91.2%,比上年提高1.7个百分点: the rate names itself)
_SHARE_CHANGE = re.compile(r"(?P<label>[^,;:。]{2,30}?)(?:占[^,;:。]{1,20}?)?(?:的)?(?:比重|比例|占比|(?<=率))(?:为|為|是|达|達)?"
                           r"(?P<share>[0-9]+(?:\.[0-9]+)?)%,(?:比上年末|比上年|较上年末|较上年|較上年|同比)?"
                           r"(?P<verb>提高|提升|上升|增加|增长|增長|下降|降低|减少|減少|回落|"
                           r"(?P<pulled>拉动|拉動)[A-Za-z\u4e00-\u9fff]{0,8}?(?:增长|增長))(?P<points>[0-9]+(?:\.[0-9]+)?)"
                           r"(?:个|個)?百分[点點]")


def read_share_changes(section: Section) -> list[Draft]:
    """Shares of a whole, each with its change on the year before in points (三次产业的比重,
    比上年提高0.2个百分点), or with its pull on growth (贡献率为6.6%,拉动GDP增长0.2个百分点) -> the
    shares, and beside them the changes, one draft each."""
    drafts = []
    shares, changes, offsets, taken, pulled = [], [], [], False, False
    for index, (begin, sentence) in enumerate(section.sentences):
        fresh = 0
        for found in _SHARE_CHANGE.finditer(sentence):
            if changes and bool(found["pulled"]) != pulled:
                continue  # 贡献率…拉动GDP增长0.2个百分点 (a sector's pull on growth) beside a change of a share: not one column
            at = begin + found.start("share")
            if begin + found.start("points") in section.used:
                continue
            label = re.sub(r"增加值$", "", clean_label(found["label"])) or clean_label(found["label"])
            if len(label) < 2 or label in {r[0] for r in shares}:
                continue
            taken = taken or at in section.used  # the shares drafted already (a composition of the whole)
            shares.append([label, found["share"]])
            changes.append([label, ("-" if _FALLING.search(found["verb"]) else "") + found["points"]])
            offsets += [at, begin + found.start("points")]
            pulled = bool(found["pulled"])
            fresh += 1
        after = section.sentences[index + 1][1] if index + 1 < len(section.sentences) else ""
        if fresh == 1 and _SHARE_CHANGE.search(after):
            continue  # 全国…优良天数比例为85.3%,同比下降0.2个百分点;…。长三角…比例为80.2%,…: one table
        if len(shares) >= 2:
            # 第一产业对全县地区生产总值的贡献率, 第二产业…: the rows are the sectors, the measure the column's
            named = _common_measure([label for label, _ in shares])
            measure = named[0][1].lstrip("的") if named else "比重"
            if named:
                for row, (subject, _) in zip([*shares, *changes], named * 2):
                    row[0] = subject
            if not taken:
                drafts.append(section.draft("shares", "bar", f"{shares[0][0]}等的{measure}", ["指标", measure], shares,
                                            offsets, unit="%", confirm=["title", "labels"]))
            column = "拉动增长" if pulled else "比上年变化"  # 第一产业…贡献率为6.6%,拉动GDP增长0.2个百分点
            drafts.append(section.draft("points", "bar", f"{shares[0][0]}等的{'拉动增长' if pulled else '比重比上年变化'}",
                                        ["指标", column], changes, offsets, unit="个百分点", confirm=["title", "labels"]))
        shares, changes, offsets, taken, pulled = [], [], [], False, False
    return drafts
