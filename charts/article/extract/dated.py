"""Figures dated by the year written with them: one measure over the years of one sentence.

    城镇化率从2015年的48.2%提高到2020年的55.6%,再提高到2024年的60.1%
    2024年全市一般公共预算收入120.5亿元,2023年为110.2亿元
        -> a row per year, in the order the sentence tells them

A year mention dates the first level after it (2015年的48.2%, 2023年为110.2亿元, 2024年全市…
120.5亿元; 2022年增加了0.8亿件,达到6.4亿件): a change (增长5.2%) is no level of a year, a span
of years (2000年到2010年) and a base of comparison (与2010年相比) date nothing. Two years at
least, each once, and one unit.
"""

from __future__ import annotations

import re

from charts.article.extract.labels import clean_label
from charts.article.extract.section import Draft, Section
from charts.numbers.grammar import figures_in, is_stated_change

_YEAR = r"((?:19|20)\d\d年(?:底|末|度)?)"
_MENTION = re.compile(_YEAR + r"(?![0-9])")
_SPAN = re.compile(r"(?:至|到|—|-|–|~)(?:19|20)\d\d")
_BASE = re.compile(r"(?:与|與|同|比|较|較|和)$")
_CLAUSE_END = re.compile(r"[,;:。!?]")
_BETWEEN = re.compile(r"(?:由|从|從)$")


def read(section: Section) -> list[Draft]:
    drafts = []
    for begin, sentence in section.sentences:
        by_unit: dict[str, list] = {}
        taken: set[int] = set()  # the year mentions that dated a figure already
        for figure in figures_in(sentence, whole=True):
            at = begin + figure.digits_start
            if not figure.arabic or not figure.unit or at in section.used or is_stated_change(sentence, figure.start):
                continue
            mention = _year(sentence, figure)
            if mention and mention.start() not in taken:
                taken.add(mention.start())
                by_unit.setdefault(figure.big + figure.unit, []).append((mention.group(1), figure, at))
        for unit, dated in by_unit.items():
            years = [y for y, _, _ in dated]
            if len(dated) < 2 or len(set(years)) < len(years):
                continue
            first = dated[0][1]
            clause = _CLAUSE_END.split(sentence[:first.start])[-1]
            measure = clean_label(re.sub(_YEAR + r"(?:的|为|為|是)?", "", clause).rstrip("由从從为為是达達的"))
            rows = [[year, _digits(figure)] for year, figure, _ in dated]
            # a year's figure as the article words it (约47) is no point of a line: a few such years
            # are figures; among many, the line takes the exact ones and the rest are left to the editor
            worded = [row for row in rows if not re.fullmatch(r"[0-9.]+", row[1])]
            kind = "figures" if worded and len(rows) <= 4 else "line"
            exact = [row for row in rows if row not in worded] if kind == "line" else rows
            if len(exact) < 2:
                continue
            drafts.append(section.draft("years", kind, f"{measure or '数值'}", ["年份", measure[:10] or "数值"],
                                        exact, [at for _, _, at in dated], unit=unit,
                                        confirm=["title", "kind"]))
            if kind == "line" and worded:
                drafts[-1].sums.append(section.script("、".join(f"{year}（{value}）" for year, value in worded)
                                                      + "是约数，折线未画：请核对"))
    return drafts


def _year(sentence: str, figure) -> re.Match | None:
    """The year mention that dates a figure: right before it (2015年的48.2%), else the last one
    before it in the sentence (2021年全市…达到5.6亿件; 2022年增加了0.8亿件,达到6.4亿件), unless
    that one opens a span of years (2000年到2010年) or is a base the sentence compares with."""
    mentions = [m for m in _MENTION.finditer(sentence, 0, figure.start)]
    if not mentions:
        return None
    last = mentions[-1]
    if _SPAN.match(sentence, last.end()) or _BASE.search(sentence, max(0, last.start() - 2), last.start()) \
            or ")" in sentence[last.end():figure.start] or sentence.startswith("出生", last.end()):
        return None  # nor a year in an aside, or a year of birth: 85后(1985—1989年出生)占18.4%
    return last
def _digits(figure) -> str:
    return ("" if figure.before not in ("约", "近") else figure.before) + figure.digits + (figure.more or "")
