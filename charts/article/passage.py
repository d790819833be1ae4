"""One chart, one passage: a table's rows are told together, so a figure found only far from
the others, while the passage that gives them names its label with no such figure, was taken
from elsewhere: another question's answers (很难说 3.7 of the next question), last year's
table, a headline that rounds. Verify reports it as not found under its label here.

A poll page asks one question after another with the same answers (非常满意 … 很难说 …
未回答): every answer label is printed once per question, so a label alone proves nothing, and
only where the rest of the table is does its figure count."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from statistics import median

from charts.article.read import Article, fold, normalise

NEAR = 3  # lines beyond the passage's first and last that still belong to it
FEWEST = 3  # other rows found together before a passage can be told


def strays(article: Article, found: list[tuple[int, str, list[str]]]) -> dict[int, tuple[int, int]]:
    """Of the (line, label, forms) of a one-column table's figures found under their labels,
    those found away from the passage the others are in, whose label that passage prints
    without any of their forms, or just beside it, whose label a line nearer the passage gives
    with another figure: {index: (first, last line of the passage)}."""
    away = {}
    for i, (line, label, forms) in enumerate(found):
        others = sorted(other for j, (other, _, _) in enumerate(found) if j != i)
        if len(others) < FEWEST:
            continue
        lo, hi = _passage(others)
        if lo - NEAR <= line <= hi + NEAR:
            if not lo <= line <= hi and _given_nearer(article, line, (lo, hi), label, forms):
                away[i] = (lo, hi)
            continue
        text = _text_of_lines(article, lo, hi)
        if fold(normalise(label)) in text and not any(fold(f) in text for f in forms):
            away[i] = (lo, hi)
    return away


def _given_nearer(article: Article, line: int, passage: tuple[int, int], label: str, forms: list[str]) -> bool:
    """Whether a line nearer the passage than `line` gives the label with another figure right
    after it (`(8)未回答 0.0﹪` as the list's last line, while 0.1 is the previous question's):
    a row of a list is the one beside the rest of the list."""
    lo, hi = passage
    distance = max(lo - line, line - hi)
    wanted = fold(normalise(label))
    own = {_digits(fold(f)) for f in forms}
    for number in range(lo - distance + 1, hi + distance):
        if number == line:
            continue
        text = _text_of_lines(article, number, number)
        for at in (m.start() for m in re.finditer(re.escape(wanted), text)):
            given = _digits(text[at + len(wanted):].lstrip(":："))
            if given and given not in own:
                return True
    return False


def _digits(text: str) -> str:
    """The number a text opens with, as printed (0.0 of 0.0%), or ""."""
    figure = re.match(r"[-−]?[0-9][0-9,]*(?:\.[0-9]+)?", text)
    return figure.group() if figure else ""


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
