"""One chart, one passage: a table's rows are told together, so a figure found only far from
the others, while the passage that gives them names its label with no such figure, was taken
from elsewhere: another question's answers (很难说 3.7 of the next question), last year's
table, a headline that rounds. Verify reports it as not found under its label here.

A poll page asks one question after another with the same answers (非常满意 … 很难说 …
未回答): every answer label is printed once per question, so a label alone proves nothing, and
only where the rest of the table is does its figure count."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from statistics import median

from charts.article.labels import fold
from charts.article.read import Article, normalise

NEAR = 3  # lines beyond the passage's first and last that still belong to it
FEWEST = 3  # other rows found together before a passage can be told


def strays(article: Article, found: list[tuple[int, str, list[str]]]) -> dict[int, tuple[int, int]]:
    """Of the (line, label, forms) of a one-column table's figures found under their labels,
    those found away from the passage the others are in, whose label that passage prints
    without any of their forms: {index: (first, last line of the passage)}."""
    away = {}
    for i, (line, label, forms) in enumerate(found):
        others = sorted(other for j, (other, _, _) in enumerate(found) if j != i)
        if len(others) < FEWEST:
            continue
        lo, hi = _passage(others)
        if lo - NEAR <= line <= hi + NEAR:
            continue
        text = _text_of_lines(article, lo, hi)
        if fold(normalise(label)) in text and not any(fold(f) in text for f in forms):
            away[i] = (lo, hi)
    return away


def _passage(lines: list[int]) -> tuple[int, int]:
    """The run of lines around the others' median where they stand close together (a line
    repeated in a headline does not stretch the passage to the top of the page)."""
    middle = median(lines)
    near = [n for n in lines if abs(n - middle) <= 4 * NEAR + len(lines)]
    return (min(near), max(near)) if near else (min(lines), max(lines))


def _text_of_lines(article: Article, first: int, last: int) -> str:
    """The normalised, folded text of lines first..last."""
    start, end = bisect_left(article.line_of, first), bisect_right(article.line_of, last)
    return article.text[start:end]
