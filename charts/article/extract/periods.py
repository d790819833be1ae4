"""Paired periods: 2021年…12期…814家… / 今年…3期…131家… -> two periods, one row per measure."""

from __future__ import annotations

from charts.article.extract.labels import measure_label
from charts.article.extract.section import YEAR, Draft, Section

_RELATIVE_YEARS = ("今年", "去年", "前年", "上年", "本年")


def read(section: Section) -> list[Draft]:
    """Two sentences in a row with the same units in the same order, three figures at least."""
    drafts = []
    figures = section.free_figures()
    by_sentence = []
    for begin, sentence in section.sentences:
        inside = [f for f in figures if begin <= f.start < begin + len(sentence)]
        by_sentence.append((begin, sentence, inside))
    for (b1, s1, f1), (b2, s2, f2) in zip(by_sentence, by_sentence[1:]):
        units1, units2 = [f.unit for f in f1], [f.unit for f in f2]
        if len(f1) < 3 or units1 != units2:
            continue
        labels = [measure_label(section, f) for f in f1]
        periods = [_period(s1), _period(s2)]
        if not all(periods) or periods[0] == periods[1]:
            continue  # two periods are named, or the two sentences are two measures of one
        rows = [[label, a.text, b.text] for label, a, b in zip(labels, f1, f2)]
        drafts.append(section.draft("comparison", "grouped", f"{periods[0]}与{periods[1]}对比",
                                    ["指标", *periods], rows, [f.start for f in f1 + f2],
                                    unit={label: f.unit for label, f in zip(labels, f1)},
                                    confirm=["title", "labels", "series names"]))
    return drafts


def _period(sentence: str) -> str:
    """The year a sentence speaks of (2021年, 今年); "" when it names none."""
    year = YEAR.search(sentence)
    if year:
        return f"{year.group(1)}年"
    for word in _RELATIVE_YEARS:
        if word in sentence:
            return word
    return ""
