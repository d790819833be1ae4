"""A table told in blocks, one per group, the same rows in each: a heading line that names the
group and holds no figure (| 全体居民 | — | ||| / | 城镇居民 | ||||), then its rows. A chart
whose title names one block's group (城镇居民可支配收入构成) takes its rows from that block:
四、转移净收入's 0.7 of 全体居民 is not 城镇居民's 0.6 changed.
"""

from __future__ import annotations

import re

from charts.article.extract.cells import block_heading
from charts.article.read import folded, normalise

_RULED = re.compile(r"[|｜\t]")


def other_blocks(lines: tuple[str, ...], title: str, labels=(), label: str = "") -> frozenset[int]:
    """The lines (1-based) of every block but the one the `title` names, and the table's rows
    above its first heading (the whole's), where a table holds two blocks or more under headings
    of names apart, the title names exactly one, and that block holds the row `label` too (a row
    it lacks may stand elsewhere); else none. The chart's row `labels` are read out of the title
    first, but for those that open with a block's name (工业 inside 规模以上工业增加值 names no
    block; 农村居民人均可支配收入 names 农村居民)."""
    headings = [(number, name) for number, line in enumerate(lines, start=1) if (name := _heading(line))]
    names = {name for _, name in headings}
    named = folded(normalise(title))
    for each in sorted((folded(normalise(str(x))) for x in labels), key=len, reverse=True):
        if not each.startswith(tuple(names)):
            named = named.replace(each, " ")
    own = {name for name in names if name in named}
    if len(names) < 2 or len(own) != 1 or any(a != b and a in b for a in names for b in names):
        return frozenset()
    outside: set[int] = set()
    above = headings[0][0] - 1
    while above >= 1 and _RULED.search(lines[above - 1]):
        outside.add(above)  # | 可支配收入 | 40962 | over | 城镇居民 | |: the whole's rows, no group's
        above -= 1
    wanted = folded(normalise(label))
    for index, (number, name) in enumerate(headings):
        end = headings[index + 1][0] if index + 1 < len(headings) else len(lines) + 1
        block = range(number + 1, end)
        block = block[:next((i for i, at in enumerate(block) if not _RULED.search(lines[at - 1])), len(block))]
        if name not in own:
            outside.update(block)
        elif wanted and not any(wanted in folded(normalise(lines[at - 1])) for at in block):
            return frozenset()  # the named block has no such row: the chart's may be the whole's
    return frozenset(outside)


def _heading(line: str) -> str:
    name = block_heading(line)
    return folded(normalise(name)) if name else ""
