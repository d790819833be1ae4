"""Labels for the figures the readers find: the words a sentence puts before or after a figure,
with connectives (其中, 此外, 以及…) and punctuation taken off."""

from __future__ import annotations

import re

from charts.article.extract.section import Figure, Section
from charts.article.extract.words import cut
from charts.numbers.grammar import ARABIC, CHANGE, MINUS_SIGNS, POINTS

DELIMITERS = ",;:、。!?\"“”‘’()[]%\ufffd"  # U+FFFD: a glyph the page lost (read.py) ends the words too
CLAUSE_MARKS = ",;:。!?"  # what ends a clause in the folded text (full-width marks are NFKC'd)  # a label never runs over a share or a footnote mark [3]
_LEAD_WORDS = ("然后是", "其次是", "首先是", "再次是", "最后是", "其他还有", "其中", "此外", "以及", "还有",
               "受访者中", "受訪者中", "来自", "來自", "和", "及", "与", "與", "数据显示", "數據顯示", "调查显示",
               "調查顯示", "交互分析显示", "依次为", "依次為", "而且", "并且", "並且", "同时", "同時", "而")


# Where a headline's line runs on into its date and byline (…注重早餐2020-05-07北京新闻网编辑:,
# …負擔重2017年01月26日16:06|作者:): no label goes past it
BYLINE = r"(?:19|20)[0-9]{2}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}|\||(?:编辑|編輯|作者|来源|來源|浏览|瀏覽)[:：]"


def clean_label(text: str) -> str:
    """The last phrase of `text`, without the connectives that lead into a figure."""
    # Quotes mark a label, they do not end it (“民生问题”(64.7%)); a bracketed aside is no label
    # (85后(1985—1989年出生)占18.4%).
    text = re.sub(r"\([^()%]*\)", "", re.sub(r"[\"“”‘’「」『』]", "", text))
    label = re.split(r"[,;:。!?()\ufffd]|(?<![0-9])-(?=[\u4e00-\u9fff])", text)[-1]  # a list's bullet ends a label
    changed = True
    while changed:
        changed = False
        for word in _LEAD_WORDS:
            if label.startswith(word) and len(label) > len(word):
                label, changed = label[len(word):], True
    label = label.lstrip("、-—·•◆◇■□●○▪▶►★☆※")  # a list's bullet
    # 3月份本市轨道交通: when and where the sentence is told lead into the label, they are not it
    label = re.sub(r"^(?:[0-9]{1,2}月份|今年|本市|本省|本區|本区)+(?=[\u4e00-\u9fff]{2})", "", label)
    # 在对家庭关系上, 在收入方面: "as to X" is X
    label = re.sub(r"^(?:在|对|對)+(.{2,}?)(?:上|方面)$", r"\1", label)
    return label[:-1] if label.endswith("的") and len(label) > 2 else label


def label_before(section: Section, figure: Figure, width: int = 14) -> str:
    """The words just before a figure (户均年收入 of 户均年收入21600元), at most `width` long."""
    head = section.text[max(0, figure.start - 40, section.sentence_start(figure.start)):figure.start]
    head = re.sub(r"\([^()]*\)$", "", head)  # 地区生产总值(GDP)356.20亿元: the aside is no label's end
    head = re.sub(r"\(\s*$", "", head)  # 总劳动力( 48.68万人 ): the figure in brackets is the words' before
    clauses = re.split(rf"[{re.escape(DELIMITERS)}]", head)
    head = clauses[-1]
    head = re.sub(rf"{ARABIC}\S{{0,2}}$", "", head)
    head = re.sub(rf"[{MINUS_SIGNS}]$", "", head)  # 自然增长率为-3.19‰: the minus is the figure's sign
    head = re.sub(r"(?:[A-Z]{1,3}|[美港])?\$\s*$", "", head)  # 中位数为$19800, HK$80.1: the sign is the figure's
    subject = ""
    comma = figure.start - len(head) - 1  # where the figure's own clause opens
    if len(clauses) > 1 and _ONLY_VERB.fullmatch(head) and comma >= 0 and section.text[comma] == ",":
        clause = _clause_before(section, comma)
        subject = ranked_subject(clause) or (changed_subject(clause) if figure.unit not in _RATES else "")
    elif len(clauses) > 1 and _TO.fullmatch(head):
        reached = _REACHED.search(section.text, max(0, figure.start - 50), figure.start)
        subject = clean_label(reached["subject"]) if reached else ""  # 客房数目增加20.4%至4.6万间: the level reached
        subject = _AGAINST.sub("", subject)  # 全市地区生产总值比2019年: the base is no part of the name
        subject = "" if _NO_NAME.fullmatch(subject) else subject  # 去年减少0.8%至920万人: a time names nothing
    return last_words(subject or clean_label(head), width)


def _clause_before(section: Section, comma: int) -> str:
    """The clause that ends at the comma at `comma`, from its sentence's start at most."""
    start = max((section.text.rfind(mark, 0, comma) for mark in CLAUSE_MARKS + "、"), default=-1) + 1
    return section.text[max(start, section.sentence_start(comma)):comma]


# 广州薪资排名第四,为19019元; 房地产行业的薪资最高,为43954元; 年降水量最大的是宁德市,为1532.5毫米:
# a clause that ranks a subject, then the figure with a verb alone: the figure is the subject's
_ONLY_VERB = re.compile(r"(?:分别|分別)?(?:约|约为|為|为|达|達|达到|達到|是|高达|高達|仅为|僅為|只有|有)")
_SCOPE = "(?:世界|全球|全国|全國|全省|全市|全区|全區|全县|全縣|同类|同類|行业|行業|各地)?"  # 居世界首位
_RANK = re.compile(rf"(?:仍|依然|继续|繼續|稳|穩)?(?:最[高低多少大小长短快慢好差]|(?:排名|排|位居|位列|居|列|保持){_SCOPE}第[一二三四五六七八九十0-9]+(?:位|名)?"
                   rf"|(?:位居|居于|居於|居){_SCOPE}(?:首位|榜首|首|末位|榜末)|首位|榜首|末位|榜末|领先|領先)$")
# a clause that compares, gives a cause or a place among others, no subject: 与去年相比稳居第二, 受疫情影响最大,
# 在全国十五个副省级城市当中排名第四
_NO_SUBJECT = re.compile(r"相比|^(?:比|较|較)(?=[去上前今同])|^受|受.{1,6}(?:影响|影響)|^在|当中$|當中$")  # not 比亚迪
_RANKED_IS = re.compile(r"最[高低多少大小长短快慢好差]的(?:是|为|為)(.{2,12})$")
_NEXT_IS = re.compile(r"^(?:其次|再次|然后|然後|最后|最後)(?:是|为|為)(.{2,12})$")


# A level reached after a change told first (客房数目增加20.4%至4.6万间, 上升14.5个百分点至85.9%)
_TO = re.compile(r"(?:至|到|达到|達到)")
_REACHED = re.compile(rf"(?P<subject>[^,;:。!?、]{{2,30}}?)(?:按年|同比|按月|环比|環比|比上年|较上年|較上年)?(?:则|則|也|亦)?"
                      rf"(?:大幅|小幅|略|明显|明顯|显著|顯著)?(?:{CHANGE}|升|增|跌|降)了?"
                      rf"{ARABIC}(?:%|个百分点|個百分點){_TO.pattern}$")


_AGAINST = re.compile(r"(?:比|较|較|与|與)[^,]{0,10}$")
_NO_NAME = re.compile(r"(?:按年|同比|按月|环比|環比|[则則也亦]|去年|今年|全年|本年|当年|當年|上年|上半年|下半年|前?[一二三四1-4]季度|"
                      r"(?:19|20)[0-9]{2}年|[0-9一二三四五六七八九十]{1,2}月份?|1-[0-9]{1,2}月|前[一二三四五六七八九十]+个?月)*(?:同期)?")


# 杭州的平均薪酬逆势上涨,为7933元: the level the subject's change reached (a rate after it, 下降幅度较大,为3.8%, is the change's)
# (the change said with how it went, 逆势/略有/有所…: 继续减少,为2.3万人 may be the decrease itself)
_CHANGED_TO = re.compile(r"(?:逆势|逆勢|略有|有所|大幅|小幅|明显|明顯)"
                         r"(?:上涨|上漲|下降|下跌|回落|回升|增长|增長|减少|減少|下滑|上升|提高|降低)了?$")
_AGAINST_BASE = re.compile(r"同比|环比|環比|按年|按月|[比较較与與](?:上年|去年|上月|上季|上期)")
_RATES = ("%", "‰", *POINTS)


_AMOUNT_UNIT = r"(?:元|万元|萬元|岁|歲|周岁|週歲|小时|小時|分钟|分鐘|平方米|公里|千克|公斤)"
_BAND_NAMED = re.compile(rf"(?:在|为|為)\s*(?P<band>[0-9][0-9.,]*\s*(?:[-~～—至到]\s*[0-9][0-9.,]*\s*)?{_AMOUNT_UNIT}"
                         r"(?:及?以上|及?以下)?)(?:之间|之間)?的[^,;。中里裏内內]*$")  # not 在3000元以下的职工中女性: a group inside the band


def band_named(clause: str) -> str:
    """The band of amounts a clause names its subject by (4001-6000元 of 薪酬在4001-6000元之间的
    职位数量最多, 8000元以上 of 其次是薪酬在8000元以上的职位), or ""."""
    found = _BAND_NAMED.search(clause)
    return re.sub(r"\s+", "", found["band"]) if found else ""


def changed_subject(clause: str) -> str:
    """The subject of a clause that ends in its change, or ""."""
    changed = _CHANGED_TO.search(clause)
    body = clean_label(clause[:changed.start()]) if changed else ""  # 杭州的平均薪酬, its measure kept
    if _NO_SUBJECT.search(body) or _AGAINST_BASE.search(body) or len(body) > 16:
        return ""
    return body if len(re.findall(r"[\u4e00-\u9fff]", body)) >= 2 else ""


def ranked_subject(clause: str) -> str:
    """The subject a clause ranks, or "" where it ranks none."""
    for pattern in (_RANKED_IS, _NEXT_IS):
        found = pattern.search(clause)
        if found:
            return clean_label(found.group(1))
    rank = _RANK.search(clause)
    if not rank:
        return ""
    body = re.sub(r"(?:仍|依然|继续|繼續|稳|穩)$", "", clean_label(clause[:rank.start()]))
    if "的" in body[1:]:  # 北京的薪酬水平 -> 北京
        body = body[:body.index("的", 1)]
    if _NO_SUBJECT.search(body) or len(body) > 16:
        return ""
    return body if len(re.findall(r"[\u4e00-\u9fff]", body)) >= 2 else ""




def last_words(text: str, width: int) -> str:
    """The end of `text`, at most `width` characters, cut between words (成都地区网络游戏行业 ->
    地区网络游戏行业, not 都地区…): rjieba's words, since the section's text is Simplified. A
    single word longer than `width` is cut where the width falls."""
    if len(text) <= width:
        return text
    kept = ""
    for word in reversed(cut()(text)):
        if len(kept) + len(word) > width:
            break
        kept = word + kept
    kept = kept or text[-width:]
    counted = re.search(r"[0-9]+(?:\.[0-9]+)?\s*$", text[:len(text) - len(kept)])
    if counted and _CLASSIFIER.match(kept):  # 37个主要城市的平均月薪, not 个主要城市…: a count stays with its word
        kept = text[counted.start():]
    for opening, closing in _NAME_MARKS:  # a name in marks is kept whole: 《长津湖之水门桥》首日预售票房
        if kept.count(closing) > kept.count(opening) and opening in text[:len(text) - len(kept)]:
            kept = text[text.rindex(opening, 0, len(text) - len(kept)):]
    return kept


_CLASSIFIER = re.compile(r"[个個家名所座项項位种種类類条條只隻台部辆輛件]")
_NAME_MARKS = (("《", "》"), ("「", "」"), ("“", "”"), ("『", "』"))


def measure_label(section: Section, figure: Figure) -> str:
    """What a figure counts: the noun after it (12期‘清单’, 814家企业参加), else the words
    before it (需求员工38504人)."""
    after = re.sub(r"[‘’'\"“”]", "", section.text[figure.end:figure.end + 12])
    noun = re.split(rf"[{re.escape(DELIMITERS)}]", after)[0][:4]
    return noun or label_before(section, figure, 6) or figure.unit


def clause_start(text: str, at: int, marks: str = CLAUSE_MARKS) -> int:
    """Where the clause holding `at` begins: just after the last of `marks` before it, else 0.
    Looked for backwards from `at`, so a reader asking for each figure of a long sentence does
    not rescan it from its start every time."""
    return max(text.rfind(mark, 0, at) for mark in marks) + 1


# An answer quoted at the end of what they said, a comma inside the quote kept:
# 45.83%的消费者…总体印象是“货真价实,体验很好” -> 货真价实,体验很好
_QUOTED_ANSWER = re.compile(r"[^,;:。!?“「]*?(?<![不没沒未无無非难難否])(?:是|为|為|认为|認為|表示|选择|選擇|觉得|覺得|称|稱)"
                            r"[“「]([^“”「」]{1,30}?)[”」]")
_QUOTE_END = re.compile(r"[,;:。!?]|$")


def quoted_answer(sentence: str, at: int) -> str | None:
    """The answer a share's words end on in quotes holding a comma (是“货真价实,体验很好”); None
    where its words end otherwise (a quote without a comma is read as the words are) or deny
    the quote (不認為「…」: the statement put to them, not their answer)."""
    found = _QUOTED_ANSWER.match(sentence, at)
    if found is None or "," not in found.group(1) or not _QUOTE_END.match(sentence, found.end()) or \
            re.search("[不没沒](?:认为|認為)[“「]$", sentence[at:found.start(1)]):
        return None
    return found.group(1)


# Words that make the share after them a bound, not a finding: 低于50% (10个行业低于50%), 误差为3%
BOUND_BEFORE = re.compile(r"(?:低于|高于|低於|高於|不到|不足|小于|大于|小於|大於|超出|以内|误差为?|±|\+/-)$")
# A total of the shares before it (合計高達87.3%): no answer of its own
TOTALS = ("合计", "合計", "共计", "共計", "总计", "總計", "总共", "總共")
