"""Shares stated clause by clause: 学生最多，占比为26.0%；其次是个体户，占比为20.0%；… or
男性人口为72334万人，占51.24%；女性人口为68844万人，占48.76% or 地下水源供水量1117亿立方米，占总供水量
的18.3% -> the shares of one sentence.

The label is in the clause of the share (无收入的网民群体占比为19.9%, 10-39岁网民群体占网民整体的
65.1%) or, when that clause holds only the share (占51.24%, 达24.6%), in the clause before it,
cut where it starts to say something about the label (为72334万人, 最多, 占比最高)."""

from __future__ import annotations

import re
from decimal import Decimal

from charts.article.extract.labels import band_named, clean_label
from charts.article.extract.section import Draft, Section, share_question
from charts.numbers.grammar import CHANGE, POINTS, figures_in

_CLAUSE = re.compile(r"[,;:。!?]")
_SHARE_WORD = r"(?:合计|合計|共计|共計)?(?:占比|佔比|所占比重|所佔比重|比重|占|佔)"
# The words between a label and its share, within one clause.
_IN_CLAUSE = re.compile(rf"^(?P<label>.+?)的?{_SHARE_WORD}(?:[^,;。]{{0,8}}的)?(?:为|為|是|达|達|共计|合计)?"
                        r"(?:约|近|超过|超)?$")
_ALONE = re.compile(rf"^(?:{_SHARE_WORD}(?:[^,;。]{{0,8}}的)?)?(?:为|為|是|达|達|共计|合计)?(?:约|近|超过|超)?$")
# Where a label in the clause before stops: what it then says about itself.
_CHANGE = re.compile(r"^(?P<label>.+?)(?P<verb>上升|下降|提高|降低|增加|减少|減少|回落)了?(?:约|近)?$")
_FALLING = ("下降", "降低", "减少", "減少", "回落")
_SHARE_TAIL = re.compile(r"(?:人口)?(?:的)?(?:所占比重|所佔比重|比重|占比|佔比)$")
_ONLY_CHANGE = re.compile(rf"^(?:同比|比上年|较上年|較上年)?(?:{CHANGE})了?[0-9.]+%$")
_ON_ANOTHER = re.compile(r"环比|環比|按月|按季")
_BASE_ONLY = re.compile(r"(?:同比|环比|環比|按年|按月|比上年|较上年|較上年|比去年|较去年|較去年)")
_CUT = re.compile(rf"的?(?:{_SHARE_WORD}|为|為|最多|最高|最低|最少|有)")


def read(section: Section) -> list[Draft]:
    drafts = []
    for begin, sentence in section.sentences:
        items, changes = [], []
        clauses = _clauses(sentence)
        for index, (start, clause) in enumerate(clauses):
            figure = next((f for f in figures_in(clause, whole=True) if f.unit in ("%", *POINTS) and f.arabic), None)
            if figure is None or begin + start + figure.digits_start in section.used:
                continue
            head = clause[:figure.start]
            if figure.unit in POINTS:
                changes += _change(head, figure, begin + start)
                continue
            label = ""
            found = _IN_CLAUSE.match(head)
            rest = clause[figure.end:]
            alone = len(rest) <= 2 or rest.startswith("(")  # 占51.24%: the clause holds the share
            if found and "由" not in head:  # 占比由15.6%提升至17.3% is a change: fromto.py
                label = band_named(found["label"]) or clean_label(found["label"])
            elif _ALONE.match(head) and index and alone:
                before = index - 1  # 进口17.99万亿元,下降0.3%,占…的43.1%: the subject is before its growth
                while before > 0 and _ONLY_CHANGE.match(clauses[before][1]):
                    before -= 1
                label = band_named(clauses[before][1]) or clean_label(_subject(clauses[before][1]))
            if label and len(label) <= 20:
                items.append((label, figure.digits, begin + start + figure.digits_start))
        if len(items) >= 2 and len({label for label, _, _ in items}) == len(items):
            question = share_question([Decimal(v) for _, v, _ in items])
            drafts.append(section.draft("shares", "donut" if question == "single" else "bar",
                                        f"{items[0][0]}等的占比", ["类别", "占比"],
                                        [[label, value] for label, value, _ in items], [o for _, _, o in items],
                                        question=question, unit="%", sample_size=section.sample_size,
                                        confirm=["title", "kind", "labels"]))
        monthly = [c for c in changes if _ON_ANOTHER.search(c[0])]  # 国内航线客座率环比: on the month, a
        for group in ([monthly, [c for c in changes if c not in monthly]] if monthly else [changes]):  # draft apart
            drafts += _changes(section, group)
    return drafts


def _changes(section: Section, changes: list) -> list[Draft]:
    """A draft of changes in points, two or more: rising and falling, the sign says which way;
    all falling, the column says so (下降 12.10)."""
    if len(changes) < 2 or len({c[0] for c in changes}) < len(changes):
        return []
    fell = all(c[2] for c in changes)
    column = "下降" if fell else "变化"
    return [section.draft("changes", "bar", f"{changes[0][0]}等的{column}", ["类别", column],
                          [[label, ("-" if falling and not fell else "") + value] for label, value, falling, _, _ in changes],
                          [c[4] for c in changes], unit=changes[0][3], confirm=["title", "labels"])]


def _subject(clause: str) -> str:
    """What the clause before a lone share is about: 男性人口为72334万人 -> 男性人口, 地下水源供水量
    1117亿立方米 -> 地下水源供水量 (the words before its first figure, where no verb cuts them)."""
    cut = _CUT.split(clause, 1)
    if len(cut) > 1:
        return cut[0]
    first = next(figures_in(clause, whole=True), None)
    return re.sub(r"(?:由|从|從)$", "", clause[:first.start]) if first else clause


def _change(head: str, figure, begin: int) -> list:
    """东部地区人口所占比重上升2.15个百分点 -> (东部地区, 2.15, falling?, unit, offset)."""
    found = _CHANGE.match(head)
    if not found:
        return []
    label = clean_label(_SHARE_TAIL.sub("", found["label"]))
    label = re.sub(r"(?<=..)(?:同比|按年)$", "", label)  # 国内航线同比: 国内航线 (环比, 按月 stay: another base)
    if not label or len(label) > 20 or _BASE_ONLY.fullmatch(label):  # 同比下降12.10个百分点: no name
        return []
    return [(label, figure.digits, found["verb"] in _FALLING, figure.unit, begin + figure.digits_start)]


def _clauses(sentence: str) -> list[tuple[int, str]]:
    out, start = [], 0
    for match in _CLAUSE.finditer(sentence):
        out.append((start, sentence[start:match.start()]))
        start = match.end()
    if start < len(sentence):
        out.append((start, sentence[start:]))
    return out
