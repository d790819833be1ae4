"""One row, one sentence: a row of several columns is told together (农村居民人均可支配收入
中位数3060元,增长7.1%,是平均数的78.9%), so a figure of the row found in another sentence,
while the sentence that gives the row's other figures holds a figure in its unit that no cell
took, was taken from elsewhere: the same label's figure for another measure (农村居民 实际增长
7.2% of the mean, two sentences back). Verify reports it as not found under its label here."""

from __future__ import annotations

from decimal import Decimal

from charts.article.clause import sentence_of
from charts.numbers.grammar import figures_in

FEWEST = 2  # other cells of the row found in one sentence before it tells the row's place


def row_strays(text: str, cells: list[tuple[int, int, str, Decimal]]) -> dict[int, tuple[int, int]]:
    """Of a row's found cells (check index, offset, unit, number), those found outside the
    sentence that holds all the others, in a sentence that gives figures in the others' units
    too (the row told again, for another measure), where the others' sentence has a figure in
    their unit at no cell's offset: {check index: (start, end) of that sentence}."""
    away = {}
    for index, at, unit, number in cells:
        others = [c for c in cells if c[0] != index]
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
