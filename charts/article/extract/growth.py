"""A level and its growth: 第一产业增加值62857万元，同比增长6.3%；第二产业增加值65585万元，同比
增长9.5% (and bulletin lists: - 幼儿园28.12万所,比上年增长5.44%) -> the levels, and beside them
the growth on the year before, one draft each (their units differ)."""

from __future__ import annotations

import re

from charts.article.extract.labels import clean_label
from charts.article.extract.section import Draft, Section
from charts.numbers.grammar import CHANGE, FALLING, figures_in

_GROWTH = re.compile(r"(?:比上年同期|比上年|较上年|較上年|同比|比去年)?(?:" + CHANGE + ")了?$")
_FALLING = re.compile(FALLING)
_BOUNDARY = re.compile(r"[,;:。]")
_LEVEL_VERB = re.compile(r"(?:完成|实现|實現|达到|達到|为|為|达|達|共|有)+$")
_WHOLE = re.compile(r"^(?:全年|全县|全縣|全市|全州|全区|全區|全省|全国|全國)+")


def read(section: Section) -> list[Draft]:
    drafts = []
    for begin, sentence in section.sentences:
        rows, offsets, units, pending, after = [], [], {}, None, 0
        for figure in figures_in(sentence, whole=True):
            if not figure.arabic or begin + figure.digits_start in section.used:
                pending, after = None, figure.end
                continue
            if figure.unit == "%":
                gap = sentence[after:figure.start]
                if pending and _GROWTH.search(gap) and len(gap) <= 10:
                    label, level = pending
                    sign = "-" if _FALLING.search(gap) else ""
                    if label not in units and not section.is_drafted(level.digits):
                        rows.append([label, level.digits, sign + figure.digits])
                        units[label] = level.big + level.unit
                        offsets += [begin + level.digits_start, begin + figure.digits_start]
                pending = None
            elif figure.unit or figure.big:
                start = max([after] + [m.end() for m in _BOUNDARY.finditer(sentence, after, figure.start)])
                label = _WHOLE.sub("", _LEVEL_VERB.sub("", clean_label(sentence[start:figure.start].strip("-%"))))
                pending = (label, figure) if len(label) >= 2 else None
            else:
                pending = None
            after = figure.end
        if len(rows) < 2:
            continue
        levels = [[label, level] for label, level, _ in rows]
        growth = [[label, change] for label, _, change in rows]
        if len(set(units.values())) == 1:
            drafts.append(section.draft("levels", "bar", f"{rows[0][0]}等", ["指标", "数值"], levels, offsets,
                                        unit=next(iter(units.values())), confirm=["title", "labels"]))
        else:  # one axis cannot hold 万人 and 万所: panels of figures, four at most to a panel
            panels = -(-len(levels) // 4)
            for part in range(panels):
                chunk = levels[part * len(levels) // panels:(part + 1) * len(levels) // panels]
                drafts.append(section.draft("levels", "figures", f"{chunk[0][0]}等", ["指标", "数值"], chunk,
                                            offsets, unit={label: units[label] for label, _ in chunk},
                                            confirm=["title", "labels"]))
        drafts.append(section.draft("growth", "bar", f"{rows[0][0]}等比上年增长", ["指标", "比上年增长"], growth,
                                    offsets, unit="%", confirm=["title", "labels"]))
    return drafts
