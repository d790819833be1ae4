"""A share and the same share for another group or time, pointed back to with 这一比例:

    在城市主城区仅有32.0%的人表示家电质量应提升,而在农村地区这一比例上升到了45.9%。
        -> 城市主城区 32.0, 农村地区 45.9 (of 家电质量应提升)
    88.1%的受访青年关注今年全国两会。而在2019年开展的调查中,这一比例为66.4%。
        -> 今年 88.1, 2019年 66.4

The share pointed back to is the last one before 这一比例, in its sentence or the one before.
The groups are the words before each share (在…中, 而, 仅有 taken off), or the time it is of (a
year, 今年, 去年). Pairs of the same two groups make one table, a row per statement; a pair
alone is a table of its two rows."""

from __future__ import annotations

import re

from charts.article.extract import findings
from charts.article.extract.labels import clause_start, clean_label
from charts.article.extract.section import Draft, Section
from charts.numbers.grammar import figures_in

_POINTER = re.compile(r"(?:这一|这个|该|此)(?:比例|比重|占比|数字|数据)(?:也|则|更|仅)?"
                      r"(?:上升|提高|增加|下降|降低|减少)?(?:到了|至|到)?(?:为|是|达到|达|只有|仅为|高达|有)?$")
_TIME = re.compile(r"(?:19|20)\d\d年|今年|去年|上年|前年|本次|上次")
_GROUP_LEAD = re.compile(r"^(?:而|但|其中|同时)?(?:在|从|对)?")
_GROUP_TAIL = re.compile(r"(?:中|里|内|当中|方面)?(?:的)?(?:仅有|只有|也有|有|占|为|是|达|约)*$")


def read(section: Section) -> list[Draft]:
    pairs = []  # (statement, group A, share A, offset A, group B, share B, offset B)
    for index, (begin, sentence) in enumerate(section.sentences):
        for figure in figures_in(sentence, whole=True):
            if figure.unit != "%" or not figure.arabic or begin + figure.digits_start in section.used:
                continue
            clause = clause_start(sentence, figure.start)
            if not _POINTER.search(sentence[clause:figure.start]):
                continue
            earlier = _earlier(section, index, begin + clause)
            if earlier is None:
                continue
            at, text, share = earlier
            statement = findings._label(text, share)
            first, second = _group(text, share, None), _group(sentence, figure, clause)
            if statement and first and second and first != second:
                pairs.append((statement, first, share.digits, at, second, figure.digits, begin + figure.digits_start))
    drafts = []
    by_groups: dict[tuple[str, str], list] = {}
    for pair in pairs:
        by_groups.setdefault((pair[1], pair[4]), []).append(pair)
    for (first, second), found in by_groups.items():
        offsets = [o for p in found for o in (p[3], p[6])]
        if len(found) >= 2:
            rows = [[p[0], p[2], p[5]] for p in found]
            drafts.append(section.draft("pointers", "grouped", f"{found[0][0]}等:{first}与{second}",
                                        ["说法", first, second], rows, offsets, unit="%",
                                        confirm=["title", "labels", "columns"]))
        else:
            (statement, _, a, _, _, b, _), = found
            drafts.append(section.draft("pointers", "column", statement, ["类别", "占比"],
                                        [[first, a], [second, b]], offsets, unit="%",
                                        confirm=["title", "labels"]))
    return drafts


def _earlier(section: Section, index: int, pointer_at: int):
    """(offset, sentence, figure) of the last share before the pointer, in its sentence or the
    sentence before."""
    for begin, sentence in reversed(section.sentences[max(0, index - 1):index + 1]):
        shares = [f for f in figures_in(sentence, whole=True)
                  if f.unit == "%" and f.arabic and begin + f.digits_start < pointer_at]
        if shares:
            return begin + shares[-1].digits_start, sentence, shares[-1]
    return None


def _group(sentence: str, figure, clause: int | None) -> str:
    """Who or when a share is of: the words before it in its clause (在农村地区, 城市主城区仅有),
    else the time its sentence names (今年, 2019年)."""
    start = clause if clause is not None else clause_start(sentence, figure.start)
    before = sentence[start:figure.start]
    before = before[:_POINTER.search(before).start()] if _POINTER.search(before) else before
    if clause is not None and not before.strip("而在中,") and start > 0:
        before = sentence[clause_start(sentence, start - 1):start - 1]  # 而在2019年开展的调查中,这一比例为…
    time = _TIME.search(before) or _TIME.search(sentence[figure.end:])
    if time and (clause is not None or not clean_label(_GROUP_TAIL.sub("", _GROUP_LEAD.sub("", before)))):
        return time.group(0)
    group = clean_label(_GROUP_TAIL.sub("", _GROUP_LEAD.sub("", before)))
    return group if 2 <= len(group) <= 12 else ""
