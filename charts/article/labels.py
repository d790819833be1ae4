"""A figure's label in its article: where each occurrence of a figure stands, which words are
its label, and whether they are this category's or another's (find, find_at).

Texts arrive normalised; labels and the article are both folded to Simplified, so Traditional
and Simplified read alike. The clause of a figure is charts/article/clause.py's; figures whose
labels stand apart from them (分别 lists) are charts/article/lists.py's.
"""

from __future__ import annotations

import re

from charts.article.clause import ASIDE, SENTENCE_ENDS, clause, ends_clause, is_quote, opens_cell, sentence_of
from charts.article.extract.cells import HAN
from charts.article.extract.words import names_a_body, names_a_scope, stands_alone
from charts.article.lists import respective
from charts.article.named import OTHER_BASE
from charts.article.read import Article, fold, normalise
from charts.article.units import unit_dropped
from charts.numbers.grammar import BELOW_ZERO, BOUNDS, QUALIFIERS, figures_in, is_stated_fall, occurrences

YEAR = re.compile(r"((?:19|20)[0-9]{2})年?")  # a header naming a year: 2000, 2019年
LABEL_SHARE = 0.51  # more than half of the label must appear in the figure's clause (服務 is half of
# 服務價格: 生活用品及服務類上漲2.4% is not its clause, nor 居民 城镇居民's), and no other category
# of the chart may match that clause better


def _label_score(parts: list[str], window: str) -> float:
    """Share of the label found in the window: each character, and each number whole
    (the 90 of 90后 is not found in 00后), weighted by length."""
    if not parts:
        return 1.0
    found = sum(len(p) for p in parts if (re.search(rf"(?<![0-9]){p}(?![0-9])", window)
                                          if p.isdigit() else p in window))
    return found / sum(len(p) for p in parts)


def _unit_of(form: str, label: str = "") -> str:
    """The first character after a figure's digits: `%` of 21.6%, `亿` of 954.98亿立方米, and of
    約38.5% (the qualifier before them); "" for a figure in words (近七成). A change in points
    (0.2个百分点) of a label holding a count (全国339个城市) is in its whole unit, so that the
    label's count ends no clause of it; else 其中5个区县上升2.3个百分点 is no whole's (甲市)."""
    first = next(figures_in(form), None)
    if first is not None and first.unit == "成":
        return "成"  # 近七成: a share in tenths, which ends the clause of the next such share as % does
    if first is None or not form[first.digits_start:first.digits_start + 1].isdigit():
        return ""
    point = re.match(r"[个個]?百分[点點比]", form[first.digits_end:])
    counted = re.search(r"[0-9][个個]", label)
    return point.group() if point and counted else form[first.digits_end:first.digits_end + 1]


def find(article: Article, forms: list[str], label: str, rivals=(), taken=frozenset(),
         falls: bool = False) -> tuple[str, int | None]:
    """found / relabelled / missing, with the article line of the best occurrence."""
    status, line, _ = find_at(article, forms, label, rivals, taken, falls=falls)
    return status, line


def find_at(article: Article, forms: list[str], label: str, rivals=(), taken=frozenset(),
            column: tuple[str, list[str]] | None = None, falls: bool = False,
            changes: bool = False, base: str | None = None, measure: str = "",
            topic: str = "") -> tuple[str, int | None, int | None]:
    """found / relabelled / missing, with the article line and offset of the best occurrence
    not in `taken` (an occurrence another cell of the same row already stands on).

    An occurrence is found with its label when the label matches the figure's clause at
    more than half and no rival (the chart's other categories) matches it better: in
    `三四线城市的占24.3%`, 24.3% is 三四线城市's even though 一线城市 shares three characters.
    The near clause decides when a label of the chart stands in it, else the wide one
    (charts/article/clause.py); a figure of a 分别 list has the label in its place of the
    list and no other (charts/article/lists.py). The longest label wins: where a rival
    holding this label (没有 for 有) stands in the clause, this label's characters inside it
    do not count. Traditional and Simplified read alike (both sides folded to Simplified). A
    label's bracketed unit (幼儿园(万所)) is no part of its name (charts/article/units.py).
    A negative figure is found as the fall an article states (下降0.79个百分点), and a positive
    one never there: 下降2.2% charted as 2.2 is a rise the article does not report, unless the
    chart names the fall itself (`falls`: a label or header 降幅, 下降). A chart naming its
    `base` (环比) is never given a figure whose own clause names the other (同比增长1.1%). The chart's
    column, its `measure`, keeps a figure's subject across a semicolon that goes on to another
    measure of it (…86.5%;上市新机型38款 under 新机型).

    `column` (a table's column header and the other headers) lets a cell of a table be found
    by its column instead: the header in its clause, and its row the last row the sentence
    names before it (从绿化植被看，…认为“有改善”的占22.8%). The chart's `topic`, its title,
    lets the row a paragraph named last stay the subject of a later sentence that names no
    label and opens on the title's measure (国航9月客运运力投入…。旅客周转量同比下降30.8%).
    """
    text = article.text
    label, rivals = fold(unit_dropped(label)), [fold(unit_dropped(r)) for r in rivals]
    own = _Label(label, rivals)
    # a header's bracketed unit (五年前(港元)) is no part of the words that name the column
    header = _Label(column_words(column[0]), [column_words(h) for h in column[1]]) if column else None
    year = column is not None and YEAR.fullmatch(column_words(column[0])) is not None
    # the year a row or column names, and what the chart tells of (for _framed_year)
    row_year = YEAR.fullmatch(own.wanted)
    dated = row_year or (YEAR.fullmatch(header.wanted) if year else None)
    topic = fold(topic)
    told_of = topic + "\1" + fold(column_words(measure))
    listed = respective(text)
    noun = _shared_noun(label, rivals)
    best, best_at = (-1, -1.0), None
    for form in dict.fromkeys(fold(f) for f in forms):
        for start, end in _spots(text, form, listed, falls).items():
            if start in taken:
                continue
            item = listed.get(start)
            unit = _unit_of(form.lstrip("-−"), own.wanted)
            windows = ((item.label, ""),) if item else \
                _whole(text, start, end, own.wanted, clause(text, start, end, unit, changes,
                                                            header.wanted if header else fold(column_words(measure))))
            if _ends_table_row(article, start, end):
                windows = tuple((before, "") for before, _ in windows)  # the words after are the next row's
            rank = own.rank(windows)
            if not rank[0] and _headed(article, start, own.wanted, rivals, windows[0][0],
                                       header.wanted if header else fold(column_words(measure))):
                rank = (1, rank[1])  # ——小学。校数17所;毕业4008人: the line's heading names its row
            if not rank[0] and topic and _paragraph_told(article, start, own.wanted, rivals, topic):
                rank = (1, rank[1])  # 国航9月…。旅客周转量同比下降30.8%: the paragraph's subject
            whole = any(own.wanted in w for w, _ in windows)
            framed = _framed_year(text, start) if dated else None
            if framed:  # 由2017年的76.7岁提高到2018年的77岁，婴儿死亡率从6.8‰下降到6.1‰
                ours = framed[0] == dated[1] and dated is row_year and len(framed[1]) >= 2 and \
                    framed[1] in told_of
                rank = (int(bool(rank[0] or ours)) if framed[0] == dated[1] else 0, rank[1])
            if rank[0] and base and OTHER_BASE[base] in windows[0][0] and base not in windows[0][0]:
                rank = (0, rank[1])  # 同比增长1.1% is not the 环比 growth the chart gives
            if rank[0] and noun and not whole and noun not in text[slice(*sentence_of(text, start))]:
                rank = (0, rank[1])  # 國民黨48% of a sentence on the parties is not 國民黨立委's
            if rank[0] and opens_cell(text, start) and not whole:
                rank = (0, rank[1])  # a table prints its row's label whole: 料 of 材料 is not 原料's
            if rank[0] and not whole and _others_row(article, start, own):
                rank = (0, rank[1])  # 食品烟酒 101.8 on a line of its own is no 商品零售价格总指数's
            if rank[0] and "、" in own.wanted and _in_a_longer_sum(text, start, own.wanted):
                rank = (0, rank[1])  # 广州、北京、上海三地合计…45.2%: not 北京、上海's
            if rank[0] and not own.several and \
                    _an_item_summed(text[max(sentence_of(text, start)[0], start - _NEAR):start], own.wanted):
                rank = (0, rank[1])  # 北京、上海合计…, 7、8、9月合计…: the list's sum, none of its items'
            if rank[0] and _spanned(text, start, own.wanted):
                rank = (0, rank[1])  # 1-9月出口增长6.1%: the months to date, no figure of 9月
            if rank[0] and _an_industry_of(own.wanted, windows[0][0]):
                rank = (0, rank[1])  # 汽车制造业增长26.7%: the industry's growth, not the product 汽车's
            if rank[0] and _in_pairs(article, start):
                rank = (0, rank[1])  # 142.10(6.35%) in a row of such: the table's reader says whose it is
            if rank[0] and not whole and _compared_elsewhere(label, windows):
                rank = (0, rank[1])  # 快于全市规模以上工业0.3个百分点 is not 拉动全市规模以上工业's 0.4
            # a year is written before its level (2012年的20.7%升至2013年的31.4%: 2013 is the next's)
            if not rank[0] and header is not None and header.alone((windows[0][0], "") if year else windows[0]) and \
                    last_row(text, start, [label, *rivals]) == label:
                rank = (1, rank[1])
            # a change told right after its level, the header the level's, in the wide clause (…;臭氧平均浓度为
            # 186微克/立方米,同比上升2.8%), the row the sentence's last, no other named beside it (35%滿意民進黨立委)
            if not rank[0] and header is not None and not year and len(windows) > 1 and header.alone(windows[1]) and \
                    not any(rival in "\1".join(windows[0]) for rival in rivals if rival) and \
                    _opens_clause(text, start, header.wanted) and last_row(text, start, [label, *rivals], across=True) == label:
                rank = (1, rank[1])
            if rank > best:
                best, best_at = rank, start
    if best_at is None:
        return "missing", None, None
    return ("found" if best[0] else "relabelled"), article.line(best_at), best_at


def _inside_own(word: str, label: str, window: str) -> bool:
    """Whether `word`, a piece of the label after some words of its own (9月 of 1至9月平均), stands in
    the window only inside those words (1至9月失业率平均为), never apart (其中9月)."""
    at = label.find(word)
    if at <= 0:
        return False
    head = label[:at + len(word)]
    return all(j >= at and window[j - at:j + len(word)] == head for j in _starts(window, word))


def _headed(article: Article, start: int, label: str, rivals: list[str], before: str, measure: str) -> bool:
    """Whether the figure's line (paragraph) opens with the label as a sentence of its own, a
    heading run in (——小学。校数17所;毕业4008人;招生3675人), the figure in the sentence right after
    it, no other row of the chart named between, and the chart's measure (招生) all the words
    `before` the figure in its clause say: that figure is the row's under that measure."""
    text, first = article.text, article.paragraph(start)[0]
    stop = text.find("。", first, start)
    said = re.split(r"[,;:，；：]", before)[-1]  # 招生3675人: the measure alone, no change, part or base
    if not label or not measure or stop < 0 or not re.fullmatch(re.escape(measure) + _SAID_AS, said):
        return False
    if text.find("。", stop + 1, start) >= 0:
        return False  # the sentence after the heading only: a later one may tell another (全县合计:…)
    head = _HEADING_MARK.sub("", text[first:stop])
    return head == label and not any(rival and rival != label and rival in text[stop:start] for rival in rivals)


_SAID_AS = r"(?:为|為|达|達|共|有|是)?"  # 招生为3675人
_HEADING_MARK = re.compile(r"^(?:[-—–―]+|[(（]?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[)）、.]?)")


def _spanned(text: str, start: int, label: str) -> bool:
    """Whether a period label (9月, 2023年三季度) stands nearest before the figure, in its
    clause, only as the end of a span (1-9月, 前三季度, 一季度至三季度, 截至9月)."""
    if not _PERIOD.fullmatch(label):
        return False
    core = _core(label)
    sentence = text[sentence_of(text, start)[0]:start]
    starts = _starts(sentence, core)
    spans = [at > 0 and re.search(f"{_SPAN}$", sentence[:at]) is not None and sentence[at + len(core):at + len(core) + 1]
             not in ("末", "底") for at in starts]
    clause = max(sentence.rfind(mark) for mark in _CLAUSE_MARKS) + 1
    nearest = [spanned for at, spanned in zip(starts, spans) if at >= clause]
    # nearest in the figure's clause (9月增长5.8%，1-9月增长6.1%), else the sentence's only ones
    # (2023年前三季度，GDP增长5.2%; not 三季度，…较前三季度加快，同比增长4.5%)
    return nearest[-1] if nearest else bool(spans) and all(spans)


# The words that make a product's name its manufacturing industry's (汽车 -> 汽车制造业); not 行业,
# 产业: 网络游戏行业 is the sector 网络游戏 names
_INDUSTRY = re.compile(r"制造业|製造業")


def _an_industry_of(label: str, window: str) -> bool:
    """Whether the clause names the label only as the start of an industry's name (汽车制造业
    for 汽车): a product's figure and its industry's are two figures."""
    if not label or label.endswith(("业", "業")) or label not in window:
        return False
    return all(_INDUSTRY.match(window, at + len(label)) for at in _starts(window, label))


def _paragraph_told(article: Article, start: int, label: str, rivals: list[str], topic: str) -> bool:
    """Whether the figure at `start` is told of the row its paragraph named last, in a later
    sentence naming no label of the chart whose words before the figure are the chart's title's
    and a verb, nothing else (国航9月客运运力投入…。旅客周转量同比下降30.8%, titled 三大航9月旅客
    周转量同比; 20个行业中,10个行业…, titled 20个行业中…). Not where they name another subject
    (旅客周转量方面，东航…, 全行业, 三大航合计), another month (8月旅客周转量), or come after
    another figure of the sentence."""
    text, first = article.text, article.paragraph(start)[0]
    begin, end = sentence_of(text, start)
    if begin <= first or any(word and word in text[begin:end] for word in (label, *rivals)):
        return False
    named = [(text.rfind(word, first, begin) + len(word), len(word), word) for word in (label, *rivals) if word]
    last = max(named)
    if last[0] < len(last[2]) or last[2] != label:
        return False  # no label in the paragraph before, or another row's named last
    head = _SAID.sub("", _OPENING.sub("", text[begin:start]).rstrip(",，:："))
    return len(head) >= 2 and head in topic and not any(ends_clause(ch) for ch in head)


# what a sentence may open with before its subject: a link, a time the title need not name
_OPENING = re.compile(r"^(?:其中|此外|同时|同時|另外|而|则|則|并且|並且)?[,，]?(?:当月|當月|本月|同期)?[,，]?(?:平均|整体|整體|总体|總體)?")
# and what says the figure after the measure: 同比下降, 为, 达
_SAID = re.compile(r"(?:同比|环比|環比|比上[年月]|较上[年月]|較上[年月])?(?:下降|上升|增长|增長|提高|回落|减少|減少|增加|下滑|上涨|上漲)?"
                   r"了?(?:为|為|达|達|是|至)?$")


def _unspanned(window: str, label: str) -> str:
    """The window with the spans ending on a period label blanked out (三季度 of 前三季度, 9月 of
    1-9月: the months to date, not the month); 9月末 of 截至9月末 is the month's end, no span."""
    if not _PERIOD.fullmatch(label):
        return window
    return re.sub(f"{_SPAN}{re.escape(_core(label))}(?![末底])", lambda m: "\0" * len(m[0]), window)


def _framed_year(text: str, start: int) -> tuple[str, str] | None:
    """The year a figure told from one level to another with no year of its own takes from the
    first such telling of its sentence that names both, no year named since (由2017年的76.7岁提高到
    2018年的77岁，婴儿死亡率从6.8‰下降到6.1‰: 6.8 is 2017's, 6.1 2018's), with what the clause
    tells it of (婴儿死亡率); None for any other figure."""
    begin = sentence_of(text, start)[0]
    before = text[begin:start]
    frame = _FRAME.search(before)
    if frame is None or YEAR.search(before, frame.end()):
        return None  # (再到2018年的77岁, 2019年至2020年: other years since)
    clause = before[_clause_begin(before, len(before), "，,；;"):]
    told = _FROM_WORD.search(clause)
    if told is None:
        return None
    if _FROM_WORD.search(clause[-1:]):
        return frame["a"], clause[:told.start()]
    return (frame["b"], clause[:told.start()]) if clause.endswith(("到", "至")) else None


# from one year's level to another's (由2017年的…提高到2018年的…), and a from word
_FRAME = re.compile(r"(?:由|从|從)(?P<a>(?:19|20)[0-9]{2})年[^，,；;。]{0,40}?[,，]?[^，,；;。]{0,20}?(?:到|至)(?P<b>(?:19|20)[0-9]{2})年")
_FROM_WORD = re.compile(r"[由从從]")


def _an_item_summed(before: str, label: str) -> bool:
    """Whether the label stands, in the figure's sentence before it, as an item of a list told
    with the sum said after it (北京、上海合计…, 7、8、9月合计…): the list's figure, none of its
    items'. Not where each is said to have it (两者均增长3.2%, 三项（均为33%）) or its own
    (三项服务使用率最高，分别为80%、70%和60%; 两者各接待); a 及 or 和 is a list's only where it is
    a word of its own (not 惠及, 及时, 参与, 和平)."""
    said = list(_SUM_SAID.finditer(before))
    if not said or _EACH.search(before, said[-1].end()):
        return False
    at = before.rfind(label)  # (北京、上海合计390万人次，其中上海210万人次: 上海's own)
    if at < 0 or at > said[-1].start() or _CLAUSE_END.search(before, at, said[-1].start()):
        return False
    after = at + len(label)
    return any(before[mark:mark + 1] in _LIST_MARKS and (before[mark] == "、" or stands_alone(before, mark))
               and not _COMPARED_BASE.match(before, mark + 1) for mark in (at - 1, after) if mark >= 0)


# what 与 or 和 compares with, no item of a list (9月与上年同期相比)
_COMPARED_BASE = re.compile(r"(?:上年|去年|上月|上期|前年|同期|(?:19|20)[0-9]{2}年)")


_NEAR = 120  # how far before a figure its list and sum are looked for
_CLAUSE_END = re.compile(r"[，,；;。：:！？!?]")


def _in_a_longer_sum(text: str, start: int, label: str) -> bool:
    """Whether the figure is a sum told of a list (合计, 三地) whose nearest telling before it
    holds more than the label's items (广州、北京、上海, 北京、上海等)."""
    before = text[sentence_of(text, start)[0]:start]
    at = before.rfind(label.split("、")[0])
    return at >= 0 and _SUM_SAID.search(before, at) is not None and not _just_the_list(before, at, label)


def _just_the_list(told: str, at: int, label: str) -> bool:
    """Whether the list told at `at` names the label's items and no more: it holds the label up to
    two characters into its last item at least (not 上饶 for 上海), with no item before (、北京)
    or after (、广州, 等) it
    (携程旅行APP、美团APP、京东APP三者重合用户规模 for …京东APP重合用户规模)."""
    same = next((i for i, (a, b) in enumerate(zip(label, told[at:])) if a != b), min(len(label), len(told) - at))
    return told[at - 1:at] not in _LIST_MARKS and same >= min(len(label), label.rindex("、") + 3) and \
        told[at + same:at + same + 1] not in (*_LIST_MARKS, "等")


def _core(label: str) -> str:
    """A period label without its year and 份 (2023年9月份: 9月), as a span ends on it."""
    return re.sub("份$", "", _YEAR_OPENS.sub("", label))


_CLAUSE_MARKS = ",，;；:：!！?？\n"
_YEAR_OPENS = re.compile(r"^(?:19|20)[0-9]{2}年")
_COMPARISON = re.compile(r"[快慢高低多少优劣好差]于|超过|高出|低出|领先|落后")


def _compared_elsewhere(label: str, windows) -> bool:
    """Whether the label names a comparison (快于全市, 高于全国) that the figure's clause does not:
    the rest of the label is then another figure's subject."""
    said = _COMPARISON.findall(label)
    told = [before + after for before, after in windows]
    return bool(said) and not any(word in words or (word.endswith("于") and re.search(f"比[^,;。]{{0,12}}{word[0]}", words))
                                  for word in said for words in told)  # 高于全市 as 比全市高出


# Nouns that make a row another body than the bare name (國民黨立委 are not 國民黨); 城镇居民 are
# what 城镇 names in a bulletin, so 居民 and the like are left out
_MEMBERS = ("立委", "议员")


def _shared_noun(label: str, rivals: list[str]) -> str:
    """What every row of the chart is, where each label ends on it after a name of its own
    (國民黨立委, 民進黨立委: 立委), else "". A row found by part of its label is found only in a
    sentence that names it."""
    words = [fold(normalise(w)) for w in [label, *rivals] if w]
    noun = next((n for n in _MEMBERS if all(w.endswith(n) and len(w) > len(n) for w in words)), "")
    return noun if len(words) >= 2 else ""


# A line that is a name and its figures alone, set apart by spaces: a table's row (食品烟酒 101.8)
_ROW_LINE = re.compile(r"\s*(?P<name>[^\d\s,，。;；:：!?！？、|]+(?: [^\d\s,，。;；:：!?！？、|]+)*)"
                       r"(?:\s+[-−+]?[0-9][0-9.,]*%?)+\s*")


def _others_row(article: Article, start: int, own: "_Label") -> bool:
    """Whether the figure at `start` stands on a table's row line whose name is another's: the
    label matches that name at less than half."""
    if not article.lines:
        return False
    row = _ROW_LINE.fullmatch(article.lines[article.line(start) - 1])
    return row is not None and own.rank(((fold(normalise(row["name"].replace(" ", ""))), ""),))[0] == 0


_PAIR = re.compile(r"(?<!\S)[-−+]?[0-9][0-9.,]*\([-−+]?[0-9][0-9.,]*%\)(?!\S)")  # a cell set apart, not 1/5(20.0%)


def _in_pairs(article: Article, start: int) -> bool:
    """Whether the figure at `start` stands on a table's line of levels each with its rate in
    brackets (32.14(6.27%)  31.83(5.15%)): rows.py reads those by the table's header and notes."""
    return bool(article.lines) and len(_PAIR.findall(article.lines[article.line(start) - 1])) >= 2


def _ends_table_row(article: Article, start: int, end: int) -> bool:
    """Whether the figure at [start, end) is the last cell of a line set out as a table's row
    (cells between bars, or apart by tabs or runs of spaces): the words on the next line are
    the next row's label, not this figure's (`政制发展  5.1%` over `教育  5.0%`)."""
    if not article.lines or end < len(article.text) and article.line(end) == article.line(start):
        return False
    line = article.lines[article.line(start) - 1]
    return re.search(r"\||\t|\S {2,}\S", line.strip()) is not None


def column_words(header: str) -> str:
    """The words a text names a column by: without its bracketed unit (五年前(港元) is 五年前),
    a year by its digits (2011年 is named 2011(46.6%) and 2013的3.9% too)."""
    words = fold(unit_dropped(header))
    year = YEAR.fullmatch(words)
    return year.group(1) if year else words


def _whole(text: str, start: int, end: int, label: str, windows):
    """The clauses, each reaching across the label's own punctuation where the text gives the
    label whole from its near clause on: `79.7%的受访者担心网购、直播带货等渠道…` for the label
    担心网购、直播带货等渠道…, whose 、 is the label's, not the end of the figure's clause; and
    across the label's own figure (家庭月收入8000元以上的…1215.7元: 8000元 ends no clause of it)."""
    if not any(ends_clause(ch) or ch.isdigit() for ch in label):
        return windows
    (near_before, near_after), _ = windows
    after = text.find(label, end, end + len(near_after) + len(label))
    if 0 <= after - end <= len(near_after):
        return tuple((before, text[end:after + len(label)]) for before, _ in windows)
    before = text.rfind(label, max(0, start - len(near_before) - len(label)), start)
    if before >= 0 and start - (before + len(label)) <= len(near_before):
        return tuple((text[before:start], after_words) for _, after_words in windows)
    return windows


def _spots(text: str, form: str, listed: dict, falls: bool = False) -> dict[int, int]:
    """Where a figure stands in the text, start to end: as printed, or as a 分别 list gives it
    (its unit once at the list's end); a negative one as a stated fall, a positive one
    anywhere but there (unless the chart calls its figures `falls`)."""
    negative = form[:1] in "-−"
    printed = form[1:] if negative else form
    spots = dict(occurrences(text, printed))
    spots.update((item.at, item.at) for item in listed.values() if item.printed == printed and item.at not in spots)
    if negative:  # 零下7.5℃ is -7.5℃
        return {s: e for s, e in spots.items()
                if is_stated_fall(text, s) or text[s - 1:s] in ("-", "−") or text[s - 2:s] == BELOW_ZERO}
    # a positive figure is never the digits of a negative one (淨值為負24, read -24; 零下7.5℃), a
    # range's dash aside (20-30%)
    spots = {s: e for s, e in spots.items() if not (text[s - 1:s] in ("-", "−") and not text[s - 2:s - 1].isdigit())
             and text[s - 2:s] != BELOW_ZERO}
    if re.match(r"(?:[A-Z]{0,3}\$)?[0-9]", printed):  # an exact figure is not one the article gives as a bound (近60%, 三成五以下, 逾$19800)
        spots = {s: e for s, e in spots.items() if not qualified(text, s, e)}
    return spots if falls else {s: e for s, e in spots.items() if not is_stated_fall(text, s)}


# 约为16000元, 超过了19000元, 约占60%, 不少于60%: a qualifier or a bound, a verb maybe, then the figure
_BOUND_WORDS = ("大约", "大約", "约莫", "約莫", "近乎", "不少于", "不少於", "不低于", "不低於", "不超过", "不超過",
                "低于", "低於", "高于", "高於", "最多", "至少", "最少") + QUALIFIERS
_QUALIFIED = re.compile("(?:" + "|".join(sorted(_BOUND_WORDS, key=len, reverse=True)) + ")[于於]?[占佔为為达達有是了]?$")
# after the figure: 60%以上, 16000元左右, 60%多, 60%强
_BOUND_AFTER = BOUNDS + ("上下", "以内", "以內")
_SHARE_AFTER = re.compile(r"(?:多|强|強|弱)(?![出于於过過了些数數])")  # not 30.7%多出10.6个百分点


def qualified(text: str, start: int, end: int) -> bool:
    """Whether the figure printed at [start, end) is approximate or a bound in the article: a
    qualifier before it (近, 约为, 约占, 超过, 不到, 不少于) that is a word of its own (签约12个项目,
    附近, 预约35% are words that end in one), or a bound after it (以上, 以下, 左右, 上下, 以内;
    60%多, 60%强)."""
    if text.startswith(_BOUND_AFTER, end) or (text[end - 1:end] == "%" and _SHARE_AFTER.match(text, end)):
        return True
    found = _QUALIFIED.search(text, max(0, start - 6), start)
    return found is not None and _word_starts(text, found.start())


# Words that end in a qualifier's character and qualify nothing: 签约12个项目, 附近35%的人, 线上预约35%
# (the article is folded to Simplified before it is read, so Simplified spellings do)
_ENDS_IN_QUALIFIER = frozenset("签约 预约 制约 节约 合约 条约 契约 公约 违约 履约 特约 相约 邀约 续约 解约 缔约 婚约 隐约 "
                               "附近 最近 靠近 亲近 邻近 临近 贴近 逼近 就近 远近 新近 高超 赶超 出超 入超".split())  # 出超: a surplus


def _word_starts(text: str, at: int) -> bool:
    """Whether the qualifier at `at` is a word of its own, not the end of one (签约, 附近)."""
    return text[max(0, at - 1):at + 1] not in _ENDS_IN_QUALIFIER


def stated_bound(article: Article, forms: list[str]) -> int | None:
    """The article line where an exact figure stands only as an approximate one or a bound
    (近60%, charted as 60): what verify tells the editor instead of "not in the article"."""
    for form in dict.fromkeys(fold(f) for f in forms):
        if form[:1].isdigit():
            for start, end in occurrences(article.text, form):
                if qualified(article.text, start, end):
                    return article.line(start)
    return None


def stated_fall(article: Article, forms: list[str]) -> int | None:
    """The article line where a positive figure stands only as a fall (集体企业下降2.2%, charted
    as 2.2): what verify tells the editor instead of "not in the article"."""
    listed = respective(article.text)
    for form in dict.fromkeys(fold(f) for f in forms):
        if form[:1] in "-−":
            continue
        falls = [s for s in _spots(article.text, form, listed, True) if is_stated_fall(article.text, s)]
        if falls:
            return article.line(falls[0])
    return None


# A label naming the whole the others are parts of (全体受访者 beside 男性受访者): the text may call it
# by the words they share (受访者中…)
_WHOLE_NAMED = re.compile(r"全体|全體|全部|总体|總體|整体|整體|所有|全|总|總|合计|合計")
_TOTAL = re.compile(r"[总總]")
_LIST_MARKS = ("、", "及", "和", "与", "與", "或")  # a list goes on past a label ending before one
# A period as a label (三季度, 9月份, 2023年二季度), and what opens a span ending on it (前, 1-, 一至)
_PERIOD = re.compile(r"(?:(?:19|20)[0-9]{2}年)?(?:第?[一二三四1-4]季度|(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月份?)")
_SPAN = r"(?:前|首|年初至|截至|截止|(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})(?:月份?|季度)?\s*[-—–~～至到])"
# A figure of several named before it together: 合计占总供水量的99.1%, 两者均增长3.2%
_SUM_SAID = re.compile(r"合计|合計|合共|共计|共計|总计|總計|加总|加總|[两兩二三]者|[两兩三][项項]")


class _Label:
    """One label of a chart against its rivals, judged in a figure's clauses."""

    def __init__(self, label: str, rivals: list[str]):
        self.parts = _parts(label)
        self.wanted = wanted = normalise(label)
        others = [r for r in rivals if r != label]
        self.longer = [normalise(r) for r in others if wanted and wanted in normalise(r)]
        self.rivals = [(_parts(r), normalise(r)) for r in others]
        # the characters telling this label from the others, and the others' telling them from it
        self.telling = {p for p in self.parts if not all(p in parts for parts, _ in self.rivals)} | \
            {p for parts, _ in self.rivals for p in parts if p not in self.parts}
        # the words every label ends with (居民人均可支配收入 of 城镇…, 农村…), where no label is just them
        shared = _common_end([wanted, *(word for _, word in self.rivals)]) if self.rivals else ""
        everyone = (wanted, *(word for _, word in self.rivals))
        self.whole = shared if len(shared) >= 2 and HAN.search(shared) and shared not in everyone and \
            not any(_WHOLE_NAMED.fullmatch(word[:len(word) - len(shared)]) for word in everyone) else ""
        # a label naming several together itself (外出用膳、成衣及汽油; 總計團費): a sum told is its own
        self.several = bool(_SUM_SAID.search(wanted) or "、" in wanted)
        # the total of what they share (总供水量 over 地表水源供水量, 其他水源供水量), where no label names it
        self.total = re.compile("".join((r"(?<![占佔])[总總](?:", "|".join(
            re.escape(shared[i:]) for i in range(len(shared) - 1) if HAN.search(shared[i:])), r")(?![的之])"))) \
            if len(shared) >= 2 and not any(_TOTAL.search(word) for word in everyone) else None

    def _masked(self, window: str) -> str:
        """The window with the longer labels holding this one blanked out, and, for a period, the
        spans ending on it (三季度 of 前三季度, 9月 of 1-9月: the months to date, not the month)."""
        for rival in self.longer:
            window = window.replace(rival, "\0" * len(rival))
        return _unspanned(window, self.wanted)

    def _several_told(self, windows) -> bool:
        """Whether the label naming several together is told so before the figure: its list, the
        nearest told, is just it (外出用膳、成衣及汽油持續漲價, not 北京、上海 of 北京、上海、广州 or of
        广州、北京、上海, nor 北京、上海等), or it is named by its sum with what it sums (美國游團隊,總計團費)."""
        told = windows[-1][0]
        if "、" in self.wanted:
            at = told.rfind(self.wanted.split("、")[0])
            return at >= 0 and _just_the_list(told, at, self.wanted)
        head = self.wanted[:_SUM_SAID.search(self.wanted).start()]
        return len(head) < 2 or head in "\1".join(f"{before}\1{after}" for before, after in windows)

    def rank(self, windows) -> tuple[int, float]:
        """(1 if found, the label's score) in the first window (words before the figure,
        words after it) where a label of the chart stands, or the last one."""
        for number, (before, after) in enumerate(windows, start=1):
            window = f"{before}\1{after}"
            own_window = self._masked(window)
            if number == 1 and _SUM_SAID.search(before) and \
                    (not self._several_told(windows) if self.several else self.wanted not in own_window):
                return 0, 0.0  # 合计占总供水量的99.1%: the labels before it together, no one of them
            if number == 1 and self.whole and self.wanted not in own_window and \
                    any(not re.search(r"[^\W_]", window[:j]) for j in _starts(window, self.whole)):
                return 0, 0.0  # …农村居民人均可支配收入20133元,居民人均可支配收入平均增长6.3%: the whole's
            if number == 1 and self.total and self.wanted not in own_window and self.total.search(before):
                return 0, 0.0  # 其他水源供水量57亿m3,全国总供水量6095亿m3: the total's
            if number < len(windows) and self.rivals and self.wanted not in own_window and \
                    not any(p in window for p in self.telling):
                continue  # 占总供水量的80.8%: the near clause names only what every label shares (供水量)
            score = _label_score(self.parts, own_window)
            rivals = [(_label_score(parts, window), word) for parts, word in self.rivals]
            # a rival matching better, or a longer label holding this one standing in the
            # clause (没有 over 有, 一线城市 over 城市), or one as whole standing nearer
            # or a rival matching as well standing whole where this label stands only in pieces
            # (總薪資平均 whole, 經常性薪資平均 pieced from 非經常性薪資 and 總薪資平均)
            # (a rival that ends a piece of this label, 9月 of 1至9月平均, standing only inside that piece
            # where all of this label stands, 1至9月失业率平均为, is no better: the longer label is the clause's;
            # 其中9月, or 工业 apart from 规模以上, is the rival's own)
            beaten = any(r > score or (r == score and (_nearer(word, self.wanted, own_window) or
                                                       (word in window and self.wanted not in own_window and
                                                        not (score == 1.0 and _inside_own(word, self.wanted, window)))))
                         for r, word in rivals) or any(rival in window for rival in self.longer)
            # a label matched only in scattered characters (资产总计 from 投资 and 总额) is not found:
            # two of its characters must stand together somewhere in the clause
            pieced = self.wanted not in own_window and len(self.wanted) >= 2 and \
                not any(self.wanted[i:i + 2] in own_window for i in range(len(self.wanted) - 1))
            if score >= LABEL_SHARE and _substituted(self.wanted, own_window):
                return 0, score  # the clause names another body (城镇… for 社会…): no wider clause makes it this one's
            found = score >= LABEL_SHARE and not beaten and not pieced
            # a rival matching as well leaves the near clause undecided (占供水总量的82.3% is
            # 地表水源供水量's and 地下水源供水量's alike): the wide clause names whose it is
            if found and number < len(windows) and any(r == score for r, _ in rivals):
                continue
            # the near clause may hold only the last name of a list sharing the figure
            if number < len(windows) and any(_shared(self.wanted, word, windows[-1][0]) for _, word in self.rivals):
                continue
            if found or number == len(windows) or max((r for r, _ in rivals), default=0.0) >= LABEL_SHARE:
                return int(found), score
        return 0, 0.0

    def alone(self, window: tuple[str, str]) -> bool:
        """Whether the label stands whole in the window and no rival stands there beside it
        (a table's column header in a cell's own clause: 认为“有改善”的占22.8%)."""
        window = self._masked("\1".join(window))
        if self.wanted not in window:
            return False
        window = window.replace(self.wanted, "\0" * len(self.wanted))
        return all(_label_score(parts, window) < LABEL_SHARE for parts, _ in self.rivals)


def _substituted(label: str, window: str) -> bool:
    """Whether the clause names another body where the label has its own word: the longest
    piece of the label it holds follows a character of the clause's own where the label has one
    the clause lacks (城镇消费品零售额 for 社会消费品零售总额, 燃油汽车 for 新能源汽车, 第二产业
    for 第一产业), or follows 非 (非制造业 is not 制造业). A label whose first words the clause
    leaves out (消费品零售总额) is still found, and one whose last words it words otherwise
    (30岁至39岁年龄群体 for 30岁至39岁年龄组)."""
    if label in window:
        return all(window[max(0, j - 1):j] == "非" for j in _starts(window, label))
    for size in range(len(label) - 1, 1, -1):
        for i in range(len(label) - size + 1):
            j = window.find(label[i:i + size])
            if j < 0:
                continue
            if i == 0 and window[max(0, j - 1):j] == "非":
                return True
            # both sides name bodies: the word before the piece in the clause (城镇, not 给 or 总), and
            # the piece in the label (消费品零售, not 比上月 of 2月份比上月)
            return i > 0 and _replaced(label[i - 1], window[j - 1] if j else "", label, window) and \
                names_a_body(window, j - 1) and names_a_body(label, i) and \
                not (names_a_scope(label, i - 1) and names_a_scope(window, j - 1))  # 全市 for 地区
    return False


def _common_end(words: list[str]) -> str:
    """The longest ending all the words share."""
    end = 0
    while all(len(w) > end for w in words) and len({w[len(w) - 1 - end] for w in words}) == 1:
        end += 1
    return words[0][len(words[0]) - end:] if end else ""


def _starts(text: str, word: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(word), text)]


def _replaced(mine: str, theirs: str, label: str, window: str) -> bool:
    """Whether the clause's character stands where the label's does, each missing from the
    other: a word replaced, not a word left out."""
    return bool(HAN.fullmatch(mine)) and bool(HAN.fullmatch(theirs or "x")) and mine not in window and \
        theirs not in label and not {mine, theirs} & _JOINING and theirs not in _VERBS


_VERBS = set("占佔比较較达達超近约約")  # 占发电总量的: a verb before the piece, no body's word


def _nearer(rival: str, own: str, window: str) -> bool:
    """Whether both stand whole before the figure (at the \\1 of the window) and the rival
    nearer it: in `招生…增长0.09%，在校生…增长2.15%` the 2.15% is 在校生's. (After the
    figure the label is what the clause ends on: `26.6%的受访者对两会的关注度“一般”`.)"""
    before = window[:window.index("\1")]
    at_rival, at_own = before.rfind(rival), before.rfind(own)
    return bool(rival and own) and at_rival >= 0 and at_own >= 0 and at_rival + len(rival) > at_own + len(own) \
        and not _shared(own, rival, before)


def _shared(own: str, rival: str, before: str) -> bool:
    """Whether the figure after `before` is each one's of a list naming both (选择生活富有、事业成功的
    比例都是9%, 社交活动、学习、个人娱乐等…(均为33%)): neither is nearer."""
    at_own, at_rival = before.rfind(own), before.rfind(rival)
    if min(at_own, at_rival) < 0 or not own or not rival:
        return False
    (first, at_first), (last, at_last) = sorted([(own, at_own), (rival, at_rival)], key=lambda x: x[1])
    between, after = before[at_first + len(first):at_last], before[at_last + len(last):]
    shared = _ALL_OF.search(after)
    # 上海和北京的增速都高于全国的5.2%: 5.2 is 全国's
    return _LISTED_WITH.fullmatch(between) is not None and shared is not None and \
        not _COMPARED_WITH.match(after, shared.end())


# the words between two names of one list (、学习、), and the words saying they share one figure
_LISTED_WITH = re.compile(r"[、和及与跟或]|[、和及与跟或][^，,；;：:\d]{0,8}?[、和及与跟或]")
_COMPARED_WITH = re.compile(r"[^\d%]{0,2}?(?:高于|低于|高於|低於|超过|超過|不及|多于|少于|多於|少於|不到|不足|比|较|較|相比)")
_ALL_OF = re.compile(r"(?<![人平年日月户])均|(?<![首成京])都(?!市)|皆|同为|同是|同樣|同样|一样|一樣")
# what says each of a list has its own figure: 均, 都, 分别, 各
_EACH = re.compile(rf"{_ALL_OF.pattern}|分别|分別|各")


def _clause_begin(text: str, start: int, stops: str) -> int:
    """Where the clause holding `start` begins: after the last of `stops` before it."""
    return max(text.rfind(stop, 0, start) for stop in stops) + 1


def _opens_clause(text: str, start: int, words: str) -> bool:
    """Whether the clause since the last semicolon or stop before `start` opens with `words` (a
    column's header: ;臭氧平均浓度为186…; not ;汾渭平原臭氧平均浓度为186…, another subject's)."""
    begin = _clause_begin(text, start, SENTENCE_ENDS + ";；")
    return bool(words) and re.sub(r"^(?:其中|而|则|另外)?[,，]?", "", text[begin:start].strip()).startswith(words)


def last_row(text: str, start: int, rows: list[str], across: bool = False) -> str | None:
    """The row a sentence names last before `start` (the longest where two end together).
    Quotation marks are no part of a name: 林全“内阁”满意度 names the row 林全内阁满意度; what a row
    takes in (公路人员流动量(包括…公路营业性客运量)) names no row."""
    names = {r: _unquoted(normalise(r)) for r in rows}
    # the clause since a semicolon, else (`across`) the whole sentence: a row's measures told one
    # to a clause (京津冀…比例为62.2%;PM2.5浓度为43…;臭氧平均浓度为186…: 186 is still 京津冀's)
    for stops in (SENTENCE_ENDS + ";；", SENTENCE_ENDS)[:2 if across else 1]:
        begin = _clause_begin(text, start, stops)
        sentence = _unquoted(ASIDE.sub("", text[begin:start]))
        named = [(sentence.rfind(name) + len(name), len(name), r) for r, name in names.items() if name and name in sentence]
        if named:
            return max(named)[2]
    return None


def _unquoted(text: str) -> str:
    return "".join(ch for ch in text if not is_quote(ch))


# Characters that join words (为, 的, 与…): one of them alone says nothing of a label, so a label
# is matched by its other characters (华为 is not half found in `三星,为85%`)
_JOINING = set("为為的是在了与與及和等之其")


def _parts(label: str) -> list[str]:
    parts = re.findall(r"[0-9]+|[^\W\d_]", normalise(label))
    kept = [p for p in parts if p not in _JOINING]
    return kept or parts
