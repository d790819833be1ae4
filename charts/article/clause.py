"""Which words of an article belong to a figure: its clause, where verify looks for its label.

Two readings of the same place. The near clause is the figure's own, between the punctuation
either side (`57.5%的受访者坦言很多时候迫不得已`); the wide one goes back to the start of the
sentence (or the last figure in the same unit), for a label said before the figure and a comma
(`从绿化植被看，满意的占67%`). verify asks the near clause first and the wide one only when
no label of the chart stands in the near one.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from charts.numbers.format import rounded
from charts.numbers.grammar import CHANGE, TENTH_DIGITS, figures_in, is_stated_change

SPAN = 60  # at most this many characters either side of a figure belong to its clause
SENTENCE_ENDS = "。!?！？"

# The words between a level and the level it became: 由15.6%提升至17.3%, 由8930人上升为15467人
_FROM_TO = re.compile(r"^[^\W\d_]{0,4}(?:[至到]|(?<=[^\W\d_])[为為])$")
# The words between a figure and the same label's level in an earlier period it is compared
# with: 271.8亿立方米，比常年(293.5亿立方米); 2.62人，比2010年的3.10人; 的百分比(41.8%)较去年的(46.6%)
# (not 比乙(…): that is another label's)
_COMPARED = re.compile(r"^(?:[^\W\d_]{0,4}(?:[,，][^,，;；。]{0,16})?[,，]|\)[却卻则則也]?)(?:比|较)"
                       r"(?:[0-9]{4}年|[上去前常同][年期]|上年同期|常年同期|多年平均)的?(?:为[高低]|為[高低])?\(?$")
# The words between a level and its change on the year before: 43907公顷，比上年增加63公顷
_ITS_CHANGE = re.compile(rf"^[,，(]?(?:同比|环比|環比|按年)?(?:比|较|較)?(?:上年末?|上年底|去年|上年同期|去年同期|同期|上月|上个月|上個月|上季度|上期|"
                         rf"去年同月|上年同月|年初|(?:19|20)[0-9]{{2}}年(?:[0-9]{{1,2}}月)?(?:底|末)?)?"
                         rf"(?:{CHANGE}|新增)了?$")  # 较上个月上升3.7%, 21.9%(下跌9.7%), 达8.96亿,较2018年底增长1.04亿,
# 占比91.6%,同比增长5.4%
# The same, the base told with its own level or in other words (for a chart of changes only): 984.7万台,
# 较去年同期的1025.55万台减少40.8万台; 就业不足人数(4500人)较上一期再减少300人; 35.8%,相比去年同期增长了9.4%
_ITS_CHANGE_TOLD = re.compile(rf"^\)?[,，]?(?:则|則|亦|也)?(?:同比|环比|環比|按年)?(?:相比|比|较|較|与|與|和)"
                              rf"(?:上年末?|上年底|去年|上年同期|去年同期|同期|上月|上个月|上個月|上季度|上一?期|去年同月|上年同月|年初|"
                              rf"(?:19|20)[0-9]{{2}}年(?:[0-9]{{1,2}}月)?(?:同期|底|末)?)"
                              rf"(?:的[0-9][0-9.,]*[^\W\d_]{{0,3}})?(?:相比)?(?:再|又|亦|则|則)?(?:{CHANGE}|新增)了?$")
# The words between two changes of one subject on two bases: 同比下降3.6个百分点，但较疫情前的
# 2019年同期上升10.0个百分点; 比上年增长5.1%，比2019年增长12.3%. A base and a verb, nothing else:
# 招生…增长0.09%；在校生…增长2.15% names another subject.
_ANOTHER_BASE = re.compile(rf"^[,，](?:但|而|且|并|並|但是|同时|同時|也|则|則)?(?:同比|环比|環比|"
                           rf"(?:比|较|較|与|與)[^,，;；。比较較]{{0,14}}?(?:同期|上年|去年|上月|上季度|常年|年初|年末|年))"
                           rf"(?:相比)?[,，]?(?:分别|分別)?(?:{CHANGE})了?$")
# Words of an item that go on with the subject before the semicolon (增长3.9%;增速比一季度回落,
# 52000元;扣除价格因素,实际增长4.5%, 320亿元;按年上升12.5%): what is left names no subject
_GOES_ON = re.compile(rf"其中|增速|增幅|降幅|涨幅|漲幅|跌幅|升幅|比重|占比|佔比|同比|环比|環比|按年|按月|按季|全年|年均|名义|名義|"
                      rf"实际|實際|扣除价格因素|扣除價格因素|上年|去年|前年|同期|上月|上季度?|一季度|上半年|相比|比较|比較|"
                      rf"增产|增產|减产|減產|{CHANGE}|升|降|比|较|較|与|與|和|但|而|并|並|且|分别|分別|则|則|也|均|都|"
                      rf"为|為|达|達|了|约|約|近|的|[0-9]+年|[\W\d_]")


def _names_a_subject(words: str) -> bool:
    """Whether the words after a semicolon, before a figure, name a subject of their own
    (装备制造产业同比增长: yes; 增速比一季度回落, 扣除价格因素,实际增长, 按年上升: no)."""
    for figure in reversed(list(figures_in(words, whole=True))):  # 环比上升近4億元,增幅: a figure names nothing
        words = words[:figure.start] + words[figure.end:]
    return len(_GOES_ON.sub("", words)) >= 2
# A share in words that a bracket gives again in digits: 1/5(20.0%), 超五成(54.6%), 近半数(47.7%),
# 六成多(62.7%), 三成六(35.9%), 七成以上(71.2%)
_RESTATED = re.compile(r"(?:[0-9]|成[一二三四五六七八九半多]?|半|半数|半數|多数|多數|少数|少數|分之[一二三四五六七八九十]+)"
                       r"(?:以上|左右)?$")
# Reporting verbs: in `43.9%的受访者认为，目前的成就感一般` what they said is the label.
# A bracket just before a figure saying what its label takes in: (包括…), (含…)
ASIDE = re.compile(r"\((?:包括|包含|含|其中|即)[^()0-9]*\)")
_JOINED = re.compile(r"(?:以及|及|和|与|與|、)$")  # 33%的男生及|25%的女生
_REPORTED = re.compile(r"(?:认为|表示|坦言|直言|坦承|承认|指出|觉得|称|说)$")
_QUOTES = set("\"'「」『』《》〈〉")


def sentence_of(text: str, at: int) -> tuple[int, int]:
    """(start, end) of the sentence holding `at`: after the last 。!? before it, to the next."""
    start = max(text.rfind(mark, 0, at) for mark in SENTENCE_ENDS) + 1
    ends = [i for i in (text.find(mark, at) for mark in SENTENCE_ENDS) if i >= 0]
    return start, min(ends) if ends else len(text)


def opens_cell(text: str, at: int) -> bool:
    """Whether the figure at `at` opens a table's cell (|99.6|): a bar right before it."""
    return text[at - 1:at] in ("|", "｜")


def ends_clause(ch: str) -> bool:
    """Any punctuation, ASCII or CJK, ends a figure's clause on its right: a comma, a full
    stop, a bracket (a bracketed figure belongs to the text before it, and in
    `表示不满意（“非常不满意”…）` the bracket is no second label), a table's bar; quotation
    marks do not."""
    if is_quote(ch):
        return False  # a quoted word is a label (关注度“一般”), not the end of one
    return unicodedata.category(ch).startswith("P") or ch in "|｜"  # a table's bar ends its cell


_JOINERS = "/／·・&＆"  # 短视频/直播用户, 马克·吐温: one word either side, no clause's end


def ends_clause_at(text: str, i: int) -> bool:
    """ends_clause for the character at text[i], where a joiner between two words is none."""
    ch = text[i]
    if ch in _JOINERS and 0 < i < len(text) - 1 and _word(text[i - 1]) and _word(text[i + 1]):
        return False
    return ends_clause(ch)


def _word(ch: str) -> bool:
    return ch.isalnum() and not ch.isdigit()


def is_quote(ch: str) -> bool:
    return ch in _QUOTES or unicodedata.category(ch) in {"Pi", "Pf"}


_JOINS = "及和与與、"


def _next_in_unit(text: str, at: int, limit: int, unit: str) -> bool:
    """Whether a figure in `unit` follows `at` in the same clause."""
    for i in range(at + 1, limit):
        if ends_clause_at(text, i):
            return False
        if text[i].isdigit() or unit == "成":
            figure = next(figures_in(text, i, limit), None)
            return figure is not None and not any(ends_clause_at(text, j) for j in range(at + 1, figure.start + 1)) and \
                (text.startswith(unit, figure.digits_end) or unit == figure.unit == "成")
    return False


def clause(text: str, start: int, end: int, unit: str, changes: bool = False,
           measure: str = "") -> tuple[tuple[str, str], tuple[str, str]]:
    """The near and the wide clause of the figure at [start, end) (see the module's docstring),
    each as the words before the figure and the words after it.

    The wide one goes back to the start of its sentence, but never past an earlier figure in
    the same unit (in `00后占21.6%，90后占43.6%` the label of 43.6% is 90后, not 00后), nor
    into the words after that figure up to punctuation, which are its label (`52.8%的受访者
    表示满足，28.8%的…`: 满足 is not the later figure's), unless
    that one is the same label's earlier level (由15.6%提升至17.3%, 比常年(293.5亿立方米)), or, for a
    chart of `changes`, the level the change is of (43907公顷，比上年增加63公顷).
    A semicolon after a figure ends the window, unless the words after it go on with the same
    subject (增速比…, 其中) or name the chart's column, the `measure` (上市新机型38款).
    Both go on to the end of the clause, for labels that follow (`75.8%的受访者表示…`), past
    figures in other units (`通常在24时以后睡觉`) and past the comma after a reporting verb.
    At most SPAN characters either way.
    """
    left = max(0, start - SPAN)
    for stop in SENTENCE_ENDS:
        left = max(left, text.rfind(stop, 0, start) + 1)
    # The scan may begin inside a number (SPAN cuts it): its tail still ends a clause.
    numbers = [f for f in figures_in(text, left, start) if f.arabic or f.unit == "成"]  # 四成 too
    if opens_cell(text, start) and numbers:
        # a table's cell (|99.6|): the cells before it back to the last figure are its row's
        # label, not the words of rows above it, whatever the unit
        last = numbers[-1]
        left = max(left, last.end + (text[last.end:last.end + 1] in ("|", "｜")))
    nearest, change = True, is_stated_change(text, start)
    for number in reversed(numbers):
        # a change before a level does not end its clause (快递量增加了0.8亿件，达到6.4亿件),
        # but it ends the clause of the next change (招生…增长0.09%；在校生…增长2.15%)
        bounds = change or not is_stated_change(text, number.digits_start)
        if unit and (text.startswith(unit, number.digits_end) or unit == number.unit == "成") and bounds:
            between = text[number.end:start]
            if _from_to(text, number, between):
                continue  # the earlier level is the same label's
            if changes and change and (_ITS_CHANGE.match(between) or _ITS_CHANGE_TOLD.match(between)):
                continue  # 种植面积43907公顷,比上年增加63公顷: the level's own change, in a column of changes
            if between == "(" and text[end:end + 1] == ")" and _rounds_to(text[number.digits_start:number.digits_end],
                                                                         text[start:end]):
                continue  # 近11亿人(10.9967亿人): the bracket gives the same figure exactly
            if change and is_stated_change(text, number.digits_start) and _ANOTHER_BASE.match(between):
                continue  # the same subject's change on another base: its label is further back
            if nearest and _COMPARED.search(between):
                nearest = False
                continue
            left = number.digits_end + len(unit)
            # the words after it up to punctuation are its own label (52.8%的受访者表现满足，), or
            # up to the conjunction joining the next figure to it (33%的男生及25%的女生)
            stop = next((i for i in range(left, start) if ends_clause_at(text, i)), None)
            if stop is None and text.startswith("的", left):
                joined = _JOINED.search(text, left, start)
                stop = joined.end() - 1 if joined else None
            if stop == start - 1 and text[stop] == "(" and text[end:end + 1] == ")":
                stop = None  # 11037元超过广州(10913元): the words before a figure alone in brackets are its label
            left = left if stop is None else stop + 1
            break
    # a semicolon after a figure ends that item of the list (…拉动全市规模以上工业0.7个百分点;装备制造
    # 产业同比增长5.2%): its words name no figure of the next item, whatever their unit
    semi = max(text.rfind(";", left, start), text.rfind("；", left, start))
    if semi >= 0 and any(left <= f.digits_start and f.digits_end <= semi for f in numbers) and \
            _names_a_subject(text[semi + 1:start]) and not (measure and measure in text[semi + 1:start]):
        left = semi + 1  # not 增长3.9%;增速比一季度回落…, nor …86.5%;上市新机型38款 under 新机型: the same subject's
    right = end + 1 if restated(text, start, end) else end  # the label follows the bracket
    limit = min(len(text), end + SPAN)
    while right < limit:
        ch = text[right]
        if ch in ",，" and _REPORTED.search(text, max(0, right - 2), right):
            right += 1
            continue
        if ends_clause_at(text, right):
            break
        if right == end and ch in _JOINS and unit and _next_in_unit(text, right, limit, unit):
            break  # 2.2日及不过夜旅客的0.2日: the words after the conjunction are the next figure's
        if unit == "成" and ch in TENTH_DIGITS and any(f.digits_start == right and f.unit == "成"
                                                      for f in figures_in(text, right, min(limit, right + 6))):
            break  # 七成拥有…而农村家庭中只有三成: the next share in tenths has a label of its own
        if ch.isdigit():
            if not unit or unit == "成":
                break  # a figure in words (近七成) reads no further than the next figure
            figure = next(figures_in(text, right, limit), None)
            if figure is None or figure.digits_start != right or text.startswith(unit, figure.digits_end):
                break  # the next figure in this unit has a label of its own
            right = figure.digits_end
            continue
        right += 1
    near_left = start - 1 if text[start - 1:start] == "(" else start
    while near_left > left:
        if text[near_left - 1] == ")" and (opened := text.rfind("(", left, near_left - 1)) >= 0 and \
                not re.search(r"[0-9()]", text[opened + 1:near_left - 1]):
            near_left = opened  # 比2024年同期(星期二)增长15.4%: an aside of words runs on in the clause
            continue
        if ends_clause_at(text, near_left - 1):
            break
        near_left -= 1
    # 公路人员流动量(包括…、公路营业性客运量)16860万人次: what the label takes in is no label of its figures
    before = text[left:start]
    closed = before.find(")")
    if 0 <= closed < before.find("(") or (closed >= 0 and "(" not in before):  # the window opens inside it
        opened = text.rfind("(", max(0, left - SPAN), left)
        if opened >= 0 and ASIDE.fullmatch(text[opened:left + closed + 1]):
            before = before[closed + 1:]
    before = ASIDE.sub("", before)
    return (ASIDE.sub("", text[near_left:start]), text[end:right]), (before, text[end:right])


def _rounds_to(printed: str, exact: str) -> bool:
    """Whether `exact` (the digits of a bracketed figure) rounds to `printed` as printed: 10.9967
    to 11, not 7.95 to 3.04."""
    digits = re.match(r"[0-9]+(?:\.[0-9]+)?", exact)
    places = len(printed.partition(".")[2])
    return digits is not None and rounded(Decimal(digits.group()), places) == Decimal(printed)


def restated(text: str, start: int, end: int) -> bool:
    """A bracketed figure that gives in digits the quantity just before it (1/5(20.0%),
    超五成(54.6%), 近半数(47.7%)): it stands where that quantity stands, so its clause goes
    on after the bracket. Any other bracketed figure belongs to the text before it."""
    if not (start >= 2 and text[start - 1] == "(" and text[end:end + 1] == ")"):
        return False
    return _RESTATED.search(text, max(0, start - 8), start - 1) is not None


def _from_to(text: str, earlier, between: str) -> bool:
    """Whether `between` leads from the level `earlier` to the one it became: 提升至, 达到,
    and 为 after 由 (由8930人上升为15467人; not the 为 of `A占10%B为20%`)."""
    return _FROM_TO.search(between) is not None and \
        (between[-1] in "至到" or text[earlier.start - 1:earlier.start] in ("由", "从", "從"))


def period_link(text: str, first: int, second: int) -> str | None:
    """How two figures of one label, at offsets `first` < `second`, link two periods:
    "from-to" (由8930人上升为15467人: the earlier period first), "compared" (271.8亿立方米，
    比常年(293.5亿立方米): the earlier period second), or None."""
    figure = next(figures_in(text, first, second), None)
    if figure is None or figure.digits_start != first:
        return None
    later = next(figures_in(text, second, min(len(text), second + 40)), None)
    if later is None or later.unit != figure.unit:
        return None  # 上升45.4%至2530886人次: a change and the level it reached, not two levels
    between = text[figure.end:second]
    if _from_to(text, figure, between):
        return "from-to"
    return "compared" if _COMPARED.search(between) else None
