"""A level and its change against a time the article names, with no growth rate beside it:
年末全市常住人口1200.5万人,比上年末增加10.2万人; 网民规模达9.04亿,较2018年底增长7508万;
互联网普及率达64.5%,较2018年底提升4.9个百分点 -> the levels, and beside them their changes
(in the level's own measure, or in points for a rate), one draft each. A level with its growth
on the year as well (比上年增加7206万人,增长5.38%) is growth.py's."""

from __future__ import annotations

import re
from itertools import pairwise

from charts.article.extract.growth import level_label
from charts.article.extract.section import Draft, Section, measure
from charts.numbers.grammar import CHANGE, FALLING, POINTS, figures_in

# The time a change is told against: 比上年末, 较2018年底, 与去年同期相比, 比年初, 较上月
_BASE = (r"(?:比|较|較|与|與)(?P<base>上年末|上年底|上年|去年底|去年末|去年同期|去年|年初|上月末?|上季度?末?|"
         r"(?:19|20)[0-9]{2}年(?:[0-9]{1,2}月)?(?:底|末|同期)?)(?:相比)?")
_CHANGED = re.compile(rf"^[,;]?{_BASE},?(?:(?P<verb>{CHANGE}|提升|提高)了?|新增[^\W\d_]{{0,4}}?)(?:约|近)?$")  # 新增网民8540万
_FALLS = re.compile(FALLING)
_DATE = re.compile(r"[年月日号]")  # the years and months a sentence names (较2018年底): no figures of it
_GROWTH_NEXT = re.compile(rf"^[,;]?(?:同比|比上年)?(?:{CHANGE})了?[0-9.]+%")  # ,增长5.38%: growth.py's


def read(section: Section) -> list[Draft]:
    rows: list[tuple] = []  # (label, level, change, base, level unit, change unit, offsets)
    for begin, sentence in section.sentences:
        figures = [f for f in figures_in(sentence, whole=True) if f.arabic and not _DATE.match(sentence, f.digits_end)]
        for level, change in pairwise(figures):
            found = _CHANGED.match(sentence[level.end:change.start].replace(" ", ""))
            if found is None or begin + level.digits_start in section.used or \
                    begin + change.digits_start in section.used or _GROWTH_NEXT.match(sentence[change.end:]):
                continue
            rate = level.unit == "%"
            if not (change.unit in POINTS if rate else change.unit == level.unit and (level.unit or level.big)
                    and change.big + change.unit != "%"):
                continue  # 64.5%…提升4.9个百分点, 9.04亿…增长7508万: the change in the level's measure
            label = level_label(sentence, level)
            if len(label) < 2:
                continue
            sign = "-" if found["verb"] and _FALLS.fullmatch(found["verb"]) else ""
            rows.append((label, level.digits, sign + change.digits, found["base"], measure(sentence, level),
                         measure(sentence, change), [begin + level.digits_start, begin + change.digits_start]))
    drafts = []
    for key in dict.fromkeys((base, rate, changed) for _, _, _, base, rate, changed, _ in rows):
        group = [row for row in rows if row[3:6] == key]
        labels = [row[0] for row in group]
        if len(group) < 2 or len(set(labels)) < len(labels):
            continue  # a lone level and its change: the figures reader's; a label twice: no one table
        base, level_unit, change_unit = key
        offsets = [at for row in group for at in row[6]]
        drafts.append(section.draft("levels", "bar", f"{labels[0]}等", ["指标", "数值"],
                                    [[row[0], row[1]] for row in group], offsets, unit=level_unit,
                                    confirm=["title", "labels"]))
        drafts.append(section.draft("changes", "bar", f"{labels[0]}等比{base}增减", ["指标", f"比{base}增减"],
                                    [[row[0], row[2]] for row in group], offsets, unit=change_unit,
                                    confirm=["title", "labels"]))
    return drafts
