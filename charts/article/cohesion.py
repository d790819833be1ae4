"""One row, one sentence: a row of several columns is told together (农村居民人均可支配收入
中位数3060元,增长7.1%,是平均数的78.9%), so a figure of the row found in another sentence,
while the sentence that gives the row's other figures holds a figure in its unit that no cell
took, was taken from elsewhere: the same label's figure for another measure (农村居民 实际增长
7.2% of the mean, two sentences back). Verify reports it as not found under its label here.
In a row of two cells, a level and its change, the change is of the level it follows: told
right after another level in the row's unit (城镇居民人均食品支出5333元,同比增长8.7%, charted
beside 城镇居民 24391元), it is that level's."""

from __future__ import annotations

import re
from decimal import Decimal

from charts.article.clause import sentence_of
from charts.numbers.grammar import CHANGE, figures_in, is_stated_change

# The words between a level and its own change: 5333元,同比增长; 35.45亿元,可比增长; 9763.97元,比上年增长
_ITS_CHANGE = re.compile(rf"^[,，(]?(?:(?:剔除|扣除)价格因素[,，]|按可比价格计算[,，])?(?:同比|环比|比上年|较上年|比去年|较去年|按年)?"
                         rf"(?:可比|实际|名义)?(?:{CHANGE})了?$")
FEWEST = 2  # other cells of the row found in one sentence before it tells the row's place


def row_strays(text: str, cells: list[tuple[int, int, str, Decimal]]) -> dict[int, tuple[int, int]]:
    """Of a row's found cells (check index, offset, unit, number), those found outside the
    sentence that holds all the others, in a sentence that gives figures in the others' units
    too (the row told again, for another measure), where the others' sentence has a figure in
    their unit at no cell's offset, unless its own sentence gives the whole row in order (a lede
    told some of the row first): {check index: (start, end) of that sentence}."""
    away = {}
    for index, at, unit, number in cells:
        others = [c for c in cells if c[0] != index]
        if len(others) == 1:  # a level and its change: the change is of the level it follows
            level = others[0]
            if is_stated_change(text, at) and (of := _level_before(text, at, level[2])) is not None and \
                    of != level[3] and _change_after(text, level[1], level[2]) != number:
                away[index] = sentence_of(text, level[1])  # (4.9% after 34.5亿元, and after the row's 35.45亿元 too: its)
            continue
        if len(others) < FEWEST:
            continue
        sentences = {sentence_of(text, other[1]) for other in others}
        if len(sentences) != 1:
            continue
        (start, end), = sentences
        if start <= at < end:
            continue
        # its own sentence tells the same row again, for another measure: a figure in each unit of
        # the others (农村居民…3880元,增长8.4%,…实际增长7.2%), not a sentence of another kind
        own_start, own_end = sentence_of(text, at)
        if _all_told(text, own_start, own_end, cells):
            continue  # the whole row is told again there (a lede gave some of its figures first)
        units = {other[2] for other in others}
        if units == {unit} or not all(
                any(text.startswith(u, f.digits_end) for f in figures_in(text, own_start, own_end, whole=True)
                    if f.arabic and f.start != at and f.digits_start != at) for u in units):
            continue
        taken = {c[1] for c in cells}
        spare = [f for f in figures_in(text, start, end, whole=True) if f.arabic and f.start not in taken
                 and f.digits_start not in taken and text[f.digits_end:f.digits_end + len(unit)] == unit]
        if spare and all(Decimal(f.digits) != number for f in spare):
            away[index] = (start, end)
    return away


def _all_told(text: str, start: int, end: int, cells) -> bool:
    """Whether the sentence at [start, end) gives the row's numbers one after another, in the
    chart's column order, each in its unit (…中位数则为38632元,月增0.36%,年增3.56%), not merely
    somewhere in it (3880元,增长8.4%,实际增长7.2%,其中中位数3060元,增长7.1%: 7.2 is the mean's)."""
    told = [(Decimal(f.digits), text[f.digits_end:f.digits_end + 8]) for f in figures_in(text, start, end, whole=True)
            if f.arabic]
    row = [(abs(number), unit) for _, _, unit, number in cells]
    return any(all(n == number and after.startswith(unit) for (n, after), (number, unit) in zip(told[i:], row))
               for i in range(len(told) - len(row) + 1))


def _level_before(text: str, at: int, unit: str) -> Decimal | None:
    """The level in `unit` the change at `at` is told of, right before it (食品支出5333元,同比增长
    8.7%: 5333), or None where no such level stands there."""
    if not unit:
        return None
    before = [f for f in figures_in(text, max(0, at - 40), at, whole=True) if f.arabic]
    if not before or not text.startswith(unit, before[-1].digits_end):
        return None
    level = before[-1]
    if is_stated_change(text, level.start):
        return None  # 总人口187036人,比上年增加3344人,增长1.82%: an increase, no level
    return Decimal(level.digits) if _ITS_CHANGE.match(text[level.digits_end + len(unit):at]) else None


def _change_after(text: str, at: int, unit: str) -> Decimal | None:
    """The change told right after the level at `at` in `unit` (35.45亿元,可比增长4.9%: 4.9), or None."""
    level = next((f for f in figures_in(text, at, min(len(text), at + 40), whole=True) if f.arabic), None)
    if level is None or not text.startswith(unit, level.digits_end):
        return None
    change = next((f for f in figures_in(text, level.digits_end, min(len(text), level.digits_end + 40), whole=True)
                   if f.arabic), None)
    words = text[level.digits_end + len(unit):change.start] if change else ""
    return Decimal(change.digits) if change and _ITS_CHANGE.match(words) else None
