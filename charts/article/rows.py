"""A figure from a table printed as text: found by its row label and its column.

Statistics bulletins print tables as text, with pipes (`| 地区生产总值 | 2313.0 | 5.2 |`) or
aligned by spaces. A cell there has no unit beside it (the header says it) and no label in
its clause but the row's first cell, so verify's clause search cannot see it. Here a row of
a spec is looked up as a line of the article: the line holds the row's label, and after it
the row's values in the order of the spec's columns, each a cell of its own. The order is
what makes a cell taken from the next column fail: that value stands once in the line, at
its own column's place, not at two.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

from charts.article.read import Article, normalise

# A cell's number: digits with an optional sign, thousands commas and decimals, alone
# between spaces or pipes (not the 2 of 2季度 or the 1995 of 1995年).
_CELL = re.compile(r"(?<![\w.])[-−]?\d[\d,]*(?:\.\d+)?(?![\w.])%?")
_TABLE_LINE = re.compile(r"\||\t| {2,}")  # how a line shows it is a table's row


def _number(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace("−", "-").replace(",", "").rstrip("%"))
    except InvalidOperation:
        return None


def _bare(text: str) -> str:
    """Text without spaces or punctuation: a row marker (#, *) does not make a label another."""
    return "".join(ch for ch in normalise(text) if not unicodedata.category(ch).startswith("P"))


def _after_label(line: str, label: str) -> int | None:
    """Where the row's cells begin: just after its label, matched without the spaces an
    aligned table puts inside labels (`指  标`); None when the line does not hold it."""
    wanted = normalise(label)
    if not wanted:
        return None
    kept = [(i, ch) for i, ch in enumerate(line) if not ch.isspace()]
    flat = "".join(ch for _, ch in kept)
    at = flat.find(wanted)
    if at < 0:
        return None
    return kept[at + len(wanted) - 1][0] + 1


def _cells(article: Article, number: int, start: int, count: int) -> list[tuple[Decimal, int]]:
    """The cells of a row from `start` on its line (1-based `number`), with their lines. A
    web table flattened to text puts each cell on a line of its own (`GDP`, `200807`, …):
    the row is the next `count` cells, in lines that hold only numbers (the next row's
    label may be a number too: 2015, 2016)."""
    line = article.lines[number - 1]
    cells = [(_number(m.group()), number) for m in _CELL.finditer(line, start)]
    if line[start:].strip():
        return cells
    for later in range(number, len(article.lines)):
        if len(cells) >= count:
            return cells[:count]
        text = article.lines[later].strip()
        if not text:
            continue
        if _CELL.sub("", text).strip(" |\t"):
            break  # words: the next row's label
        cells += [(_number(m.group()), later + 1) for m in _CELL.finditer(text)]
    return cells


def table_row(article: Article, label: str, values: list) -> list[int | None]:
    """The article line of each value of a row found as a table row, in column order; a
    value the row does not hold in its place is None (the caller looks for it in the text
    instead)."""
    best: list[int | None] = [None] * len(values)
    wanted = [_number(str(v)) if v is not None else None for v in values]
    for number, line in enumerate(article.lines, start=1):
        start = _after_label(line, label)
        if start is None:
            continue
        alone = _bare(line) == _bare(label)  # `#制造业`, the label on a line of its own
        # a row of its own: label alone, cells set apart, or the label opening the line
        # with its cells after a space (`临床医学 2339`)
        opening = normalise(line).startswith(normalise(label)) and line[start:start + 1].isspace()
        if not (alone or opening or _TABLE_LINE.search(line.strip())):
            continue
        cells = _cells(article, number, start, len(values))
        found: list[int | None] = [None] * len(values)
        at = 0
        for column, value in enumerate(wanted):
            if value is None:
                continue
            for index in range(at, len(cells)):
                if cells[index][0] == value:
                    found[column], at = cells[index][1], index + 1
                    break
        if sum(f is not None for f in found) > sum(f is not None for f in best):
            best = found
    return best
