"""Now and then: a figure, and in the same sentence the same measure at an earlier time.

    家庭住户每月入息中位数录29,500港元,按月下跌300港元,五年前报28,300港元。
        -> 家庭住户每月入息中位数: 本期 29500, 五年前 28300 (港元)
    自置居所住户的比例报50.8%,按月持平,五年前同期报49.4%。

The earlier time is named right before its figure (五年前, 去年同期, 上年同期…) and its figure
is in the unit of a level before it in the sentence, which is the one it is set against (a
change between them, 按月下跌300港元, is neither). Rows of one earlier time make one table."""

from __future__ import annotations

import re

from charts.article.extract.labels import clause_start, clean_label, last_words
from charts.article.extract.section import Draft, Section, measure
from charts.numbers.grammar import figures_in, is_stated_change

_THEN = re.compile(r"(?P<then>[一二两兩三四五六七八九十]+年前|去年同期|上年同期|前年同期|一年前|上季|上月)(?:同期)?"
                   r"(?:的|则|則|为|為|报|報|录得|錄得|是|有|达|達|约|約)*$")
_VERB = re.compile(r"(?:的)?(?:为|為|报|報|录得|錄得|录|錄|是|有|达|達|约|約|共|则|則)+$")
_NOW = "本期"
# A change set between the two (按月下跌300港元, 同比增5%): its figure is no level.
_CHANGE_BEFORE = re.compile(r"(?:按[月年季]|同比|环比|環比|比上|较上|較上|[增减減跌升降涨漲])\S{0,2}$")


def read(section: Section) -> list[Draft]:
    found: dict[tuple[str, str], list] = {}  # (then, unit) -> [(label, now figure, then figure, sentence)]
    for begin, sentence in section.sentences:
        figures = [f for f in figures_in(sentence, whole=True)
                   if f.arabic and f.unit and begin + f.digits_start not in section.used]
        for i, then in enumerate(figures):
            said = _THEN.search(_clause_before(sentence, then))
            if said is None:
                continue
            now = next((f for f in reversed(figures[:i]) if f.big + f.unit == then.big + then.unit
                        and not is_stated_change(sentence, f.start) and not _CHANGE_BEFORE.search(_clause_before(sentence, f))
                        and not _THEN.search(_clause_before(sentence, f))), None)
            if now is None:
                continue
            label = _label(sentence, now)
            if label and any(label == other for other, *_ in found.get((said["then"], measure(sentence, now)), [])):
                label = _condition(sentence, now) + label  # 若不包括外籍家庭佣工,…平均人数: the same measure, otherwise counted
            if label:
                found.setdefault((said["then"], measure(sentence, now)), []).append((label, now, then, begin))
    drafts = []
    for (then_word, unit), rows in found.items():  # one table per earlier time and unit
        labels = [label for label, *_ in rows]  # one said twice is numbered by section.draft
        offsets = [b + f.digits_start for _, n, t, b in rows for f in (n, t)]
        if len(rows) >= 2:
            drafts.append(section.draft("then", "grouped", f"{labels[0]}等:{_NOW}与{then_word}",
                                        ["指标", _NOW, then_word],
                                        [[label, n.digits, t.digits] for label, n, t, _ in rows], offsets,
                                        unit=unit, confirm=["title", "labels", "series names"]))
        else:
            (label, n, t, _), = rows
            drafts.append(section.draft("then", "column", label, ["时期", "数值"],
                                        [[_NOW, n.digits], [then_word, t.digits]], offsets,
                                        unit=unit, confirm=["title", "labels"]))
    return drafts


def _clause_before(sentence: str, figure) -> str:
    return sentence[clause_start(sentence, figure.start):figure.start]


def _condition(sentence: str, figure) -> str:
    """The clause before the figure's own, when it is short: the condition the measure is
    taken under (若不包括外籍家庭佣工)."""
    own = clause_start(sentence, figure.start)
    if not own:
        return ""
    before = sentence[clause_start(sentence, own - 1):own - 1]
    return clean_label(before) if 2 <= len(clean_label(before)) <= 14 else ""


def _label(sentence: str, figure) -> str:
    """What the figure measures: its clause's words before it, the verb taken off."""
    words = _VERB.sub("", _clause_before(sentence, figure))
    return last_words(clean_label(words), 20) if len(clean_label(words)) >= 2 else ""
