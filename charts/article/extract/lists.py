"""Short lists: 北京82.1%、上海70.0%、广州只有54.8% or (北京52.3%，上海52.9%) -> a short name
right before each share, the names set apart by 、 or a comma, nothing else between; and a poll's
answers named after their shares (read_after): 23.2%非常支持、29.6%還算支持、11.6%不太支持."""

from __future__ import annotations

import re
from decimal import Decimal

from charts.article.extract.labels import TOTALS
from charts.article.extract.section import Draft, Section, share_question
from charts.numbers.grammar import CHANGE, FALLING, figures_in

_NAME = r"(?P<label>[\u4e00-\u9fff0-9A-Za-z]{1,8}?(?:\([^()]{1,16}\)[\u4e00-\u9fff]{0,4})?)(?:只有|仅有|僅有|仅为|僅為|高达|高達|为|為|达|達|占|佔)?"
# 依序為民進黨53%, 增速由高到低依次为东部地区8.1%: the words that open a list (and what they order) are no part of its first name
_ORDER = r"(?:由|从|從)(?:高|低|大|小|多|少)(?:到|至|而)(?:高|低|大|小|多|少)"
_OPENS = rf"(?:(?:{_ORDER})?(?:依次|依序|分别|分別)(?:为|為|是)?|{_ORDER}(?:排列)?(?:为|為|是)?)"
_FIRST = re.compile(r"(?:^|[,;:(、])" + rf"(?:[^\W\d_]{{0,8}}?{_OPENS})?" + _NAME + "$")
# 增长5.38%, 陡降9.7% are no names; 看涨, 看跌 are answers; …掉到21.9%, 升至: a level reached, its name before
_CHANGE = re.compile(rf"(?<!看)(?:{CHANGE})|偏少|偏多|较|較|比|(?:陡|骤|驟|微|略|大|回|攀)[升降]|[至到]$")
# 番石榴漲51.29%、雞蛋漲26.52%: each name's own change, the verb after a name of two characters
# at least (not 看涨, 看跌: answers)
_MOVED = re.compile(rf"^(?P<name>[^\W\d_](?:[^\W\d_]|\([^()]{{1,16}}\))+?)(?:亦|也|仍|還|还)?(?<!看)(?:价格|價格)?"
                    rf"(?P<verb>{CHANGE})了?$")  # 營建工程業亦年增3.42%: the adverb is no part of the name
_FALLS = re.compile(FALLING)
# 41.2%和33.0%: a list of values, not of names; 另有33%的市民未表示意见: the answer follows the share
_NOT_A_NAME = re.compile(r"和|及|与|與|或|以及|其中|分别|分別|(?:另外|另|还|還|也|仅|僅|只|则|則|而|但)?有|另外|另|则|則|而|但|"
                         r"突破|达到|達到|高达|高達|超过|超過|约|約|近|仅为|僅為|" + "|".join(TOTALS))  # 突破6%,達到6.12%: verbs, no names
# 男52.1%女47.9%: a share ends a name before it; 沙拉油15.8%和豬肉7.32%: 和 joins the last
_NEXT = re.compile(r"^[、,]?(?:和|及|与|與|以及)?" + _NAME + "$")


def read(section: Section) -> list[Draft]:
    drafts = []
    for begin, sentence in section.sentences:
        run, after = [], 0
        for figure in figures_in(sentence, whole=True):
            if figure.unit != "%" or not figure.arabic or begin + figure.digits_start in section.used:
                drafts += _draft(section, run)
                run, after = [], figure.end
                continue
            found = _NEXT.match(sentence[after:figure.start]) if run else None
            if found is None:
                drafts += _draft(section, run)
                run = []
                found = _FIRST.search(sentence, max(0, figure.start - 30), figure.start)
            label = found["label"] if found else ""
            moved = _MOVED.match(label) if label else None
            item = (label, figure.digits, begin + figure.digits_start, None)
            if moved:  # a change, not a share: its name, its size and which way it went
                item = (moved["name"], figure.digits, begin + figure.digits_start, bool(_FALLS.fullmatch(moved["verb"])))
            if run and ((run[-1][3] is None) != (item[3] is None) or
                        (moved and not sentence[after:figure.start].startswith("、"))):
                drafts += _draft(section, run)  # shares and changes are two lists; changes told
                run = []  # clause by clause (东部地区增长6.9%,中部地区增长8.2%) are growth.py's
            if found and (moved or not _CHANGE.search(label)) and not label.isdigit() \
                    and not _NOT_A_NAME.fullmatch(label) and "分别" not in label:
                run.append(item)
            after = figure.end
        drafts += _draft(section, run)
    return drafts


def _draft(section: Section, run) -> list[Draft]:
    if len(run) < 2 or len({item[0] for item in run}) < len(run):
        return []
    if run[0][3] is not None:  # changes: a fall is below zero
        return [section.draft("changes", "bar", f"{run[0][0]}等的变化", ["类别", "变化"],
                              [[label, ("-" if falling else "") + value] for label, value, _, falling in run],
                              [item[2] for item in run], unit="%", confirm=["title", "labels"])]
    question = share_question([Decimal(v) for _, v, _, _ in run])
    return [section.draft("list", "donut" if question == "single" else "bar", f"{run[0][0]}等的占比",
                          ["类别", "占比"], [[label, value] for label, value, _, _ in run], [item[2] for item in run],
                          question=question, unit="%", sample_size=section.sample_size,
                          confirm=["title", "kind", "labels"])]


# An answer named right after its share, up to the mark that ends it: 52.2%知道、47.8%不知道; the
# respondents and their verb may come between (約一成受訪市民認為正面, 7.3%回答「不知道/很難說」)
_AFTER = re.compile(r"^(?:则|則|仅|僅)?(?:的)?(?:受访|受訪|被访|被訪)?"
                    r"(?:者|市民|民众|民眾|青年|家长|家長|网友|網友|港人|居民|学生|學生|人)?"
                    r"(?:(?:表示|认为|認為|回答|选择|選擇|觉得|覺得|自评为|自評為)了?)?(?:自己是|自己為|自己为)?[「“]?"
                    r"(?P<label>[^\W\d_](?:[^\W\d_]|/){0,15}?)[」”]?(?=[、,;:。]|$)")
# between two answers (,有二成六認為…, ,另有4.3%回答…)
_BETWEEN = re.compile(r"^[、,](?:而|则|則|仅有|僅有|剩下|余下|餘下|其余|其餘|另有|另外有|另外|也有|有)?$")
_NOT_AN_ANSWER = re.compile(r"^(?:的|之|受访|受訪|民众|民眾|以上|以下|左右)|增长|增長|下降|上升|比")


def read_after(section: Section) -> list[Draft]:
    """A run of two or more shares each followed by its answer, one mark between."""
    drafts = []
    for begin, sentence in section.sentences:
        run, end = [], -1
        for figure in figures_in(sentence, whole=True):
            # a share the article words (五成, 約38%) is left out: drafted as a number, verify fails it
            named = _AFTER.match(sentence[figure.end:]) if figure.unit == "%" and figure.arabic \
                and not figure.before and begin + figure.digits_start not in section.used else None
            if named and _NOT_AN_ANSWER.search(named["label"]):
                named = None
            if named is None or (run and not _BETWEEN.match(sentence[end:figure.start])):
                drafts += _draft(section, run)
                run = []
            if named is not None:
                run.append((named["label"], figure.digits, begin + figure.digits_start, None))
                end = figure.end + named.end()
        drafts += _draft(section, run)
    return drafts
