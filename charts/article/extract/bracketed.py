"""Bracketed: 分享防疫信息（54.0%）、相互提醒防疫措施（49.3%）… -> shares, often multi-choice;
广东省(868,313人次)、湖南省(119,264人次)…, 北京(13369元/月)、上海(13245元/月)… -> counts and amounts. A list may run on into the next sentence;
its figures share one unit."""

from __future__ import annotations

import re
from decimal import Decimal

from charts.article.extract.headlines import RESPONDENTS, WHO_ONLY, WORDED_SHARE
from charts.article.extract.labels import clean_label
from charts.article.extract.section import Draft, Section, share_question
from charts.article.lists import PER
from charts.numbers.grammar import ARABIC, CHANGE, FALLING_WORDS, MEASURES

# 超过半数(62.7%)的受访者认为…: a finding about respondents, headlines.py reads it.
RESPONDENTS_AFTER = re.compile(rf"的?(?:{'|'.join(RESPONDENTS)})")
BRACKETED_SHARE = re.compile(rf"\(({ARABIC})%\)")
# 北京(13369元/月), 投资(3.2亿元): a measure, its 万 or 亿 and its per-what with it;
# 京东购物(5953万), 移动社交(11.32亿): users or any count in 万 or 亿 alone
_MEASURE = "|".join(sorted(MEASURES, key=len, reverse=True))
_BRACKETED = re.compile(rf"\((?:(?P<lead>[^()0-9]{{0,4}}?)(?P<verb>{CHANGE}))?(?P<sign>[+\-−]?)(?P<number>{ARABIC})(?P<unit>%|[万亿萬億](?:{_MEASURE})?(?:{PER.pattern})?|(?:{_MEASURE})(?:{PER.pattern})?|)\)")  # 生活信心(86.77)、家庭环境(86.60): a score or an index
_LISTED_AFTER = re.compile(r"[、和及与與]")
_LISTED_BEFORE = re.compile(r"\([0-9]+\.[0-9]+\)[、和及与與][^()]{1,12}$")
# A list of bare figures is one of scores or indices where its sentence says so, and no change
_SCORES = re.compile(r"得分|评分|評分|打分|分数|分數|分值|指数|指數|感受度|满意度|滿意度|幸福感|评价|評價|排位|排名")
_CHANGED = re.compile(r"涨幅|漲幅|增幅|降幅|跌幅|上涨|上漲|下降|同比|环比|環比|增长|增長|减少|減少|"
                      r"标准差|標準差|方差|误差|誤差")  # a change, or a spread: no score
# A bracketed share after these words compares a group with the rest: comparisons.py reads it.
COMPARISON = re.compile(r"比例|更高|高于|低于|更低")


def read(section: Section) -> list[Draft]:
    """One draft per run of adjacent sentences with bracketed shares, two at least."""
    drafts, run, last_sentence = [], [], -2
    for index, (begin, sentence) in enumerate(section.sentences):
        items, previous, leads = [], 0, set()
        for match in _BRACKETED.finditer(sentence):
            # 其次為百貨公司貨品(…);服裝(…): the words going on from the sentence before are no name
            label = _NEXT.sub("", clean_label(sentence[previous:match.start()]))
            previous = match.end()
            if not match["unit"] and ("." not in match["number"] or not _SCORES.search(sentence)
                                       or _CHANGED.search(sentence) or not (
                    _LISTED_AFTER.match(sentence, match.end()) or _LISTED_BEFORE.search(sentence, 0, match.start()))):
                continue  # (86.77) alone, a version (3.11), odds, a citation: only a list of scores or indices
            if label and not COMPARISON.search(label) and begin + match.start("sign") not in section.used \
                    and not RESPONDENTS_AFTER.match(sentence, match.end()) and not WHO_ONLY.fullmatch(label) \
                    and not WORDED_SHARE.fullmatch(label):  # 六成多(62.7%)人認為…: the answer is after it
                lead = match["lead"] or ""
                if _NO_SIGN.search(lead) or (lead and leads - {lead}):
                    continue  # 跌幅擴大7.6%: no rise; 出口上升…、進口下跌…: two measures, no one list
                leads |= {lead} if lead else set()
                # 交通(+8.75%)、通訊(-10.67%), 服裝(上升7.6%);燃料(下跌0.5%): changes, a list apart from shares
                sign = match["sign"] or ("-" if match["verb"] in FALLING_WORDS else "+" if match["verb"] else "")
                value = f"-{match['number']}" if sign in "-−" and sign else match["number"]
                items.append((label, value, begin + match.start("number"), f"±{match['unit']}" if sign else match["unit"]))
        if not items:
            continue
        if index != last_sentence + 1 or not items[0][3] or (run and not run[-1][3]):
            drafts += _drafts(section, run)  # a list of bare scores stays in its sentence
            run = []
        run += items
        last_sentence = index
    return drafts + _drafts(section, run)


def _drafts(section: Section, items) -> list[Draft]:
    """A draft for each run of two or more items in one unit."""
    drafts, start = [], 0
    for end in range(1, len(items) + 1):
        if end == len(items) or items[end][3] != items[start][3]:
            if end - start >= (2 if items[start][3] else 3):  # bare scores: a list of three at least
                drafts.append(_draft(section, items[start:end]))
            start = end
    return drafts


# Words that lead a list into its first item (以广东省(…)、湖南省(…)居多, 来自…, 包括…)
_LEADS = re.compile(r"^.*(?:的有|以|来自|來自|包括|主要是|主要为|主要為|依次是|依次为|依次為|分别是|分别为|分別是|分別為|的城市是|的地区是|的项目是)(?=..)")


_NO_SIGN = re.compile(r"幅|由|转|轉")  # 跌幅擴大, 升幅收窄, 由下跌轉為上升: the verb gives no sign
_NEXT = re.compile(r"^(?:(?:其次|然后|然後)(?:[为為是]|依次[为為是])|至于|至於)")  # 至於香港(538,663人次)及…


def _first(label: str, others: list[str]) -> str:
    """The first item's label, without the words that lead the list into it: 内地旅客以来自
    广东省 is 广东省 when the others are as short as 湖南省."""
    if len(label) <= max(len(o) for o in others) + 2:
        return label
    return _LEADS.sub("", label)


def _draft(section: Section, items) -> Draft:
    items = [(_first(items[0][0], [i[0] for i in items[1:]]), *items[0][1:])] + items[1:]
    unit = items[0][3] or _score_unit(section, items[0][2])
    rows, offsets = [[label, value] for label, value, _, _ in items], [o for _, _, o, _ in items]
    if unit.startswith("±"):
        return section.draft("changes", "bar", f"{items[0][0]}等的变化", ["类别", "变化"], rows, offsets,
                             unit=unit[1:], confirm=["title", "labels"])
    if unit != "%":
        return section.draft("counts", "bar", f"{items[0][0]}等", ["项目", "数值"], rows, offsets,
                             unit=unit, confirm=["title", "labels"])
    question = share_question([Decimal(v) for _, v, _, _ in items])
    return section.draft("choices", "bar", f"{items[0][0]}等的占比", ["选项", "占比"], rows, offsets,
                         question=question, unit="%", sample_size=section.sample_size,
                         confirm=["title", "question", "labels"])


def _score_unit(section: Section, at: int) -> str:
    """The unit of bare figures in brackets (生活水平(60.44)): 指数 where the paragraph before
    them speaks of an index (an index prints no unit); else none, as the article prints them
    (a score's 分 would be a unit the figures do not carry)."""
    before = section.text[section.text.rfind("\n", 0, at) + 1:at]
    return "指数" if re.search("指数|指數", before) else ""
