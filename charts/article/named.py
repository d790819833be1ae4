"""What a chart's own words say its figures are: changes (比上年增减), falls (降幅, 比上年少), and
against which base (同比 or 环比). Verify reads a figure by them: a positive figure under 降幅 is
the size of a fall the article states, a change is never a level's.
"""

from __future__ import annotations

import re

from charts.article.read import fold
from charts.article.units import unit_dropped
from charts.numbers.grammar import CHANGE_WORDS, FALLING_WORDS

# Words by which a row label, column header or title says its figures are falls: a positive
# figure is then the size of a fall the article states (降幅2.2%, 下降2.2%)
FALL_NAMES = ("降幅", "减幅", "跌幅", "減幅", "偏少", "偏低", "偏小") + tuple(FALLING_WORDS)
# 比上年少, 较常年少: a fall against a period named in the label (not 少年, 少儿 after a year)
_LESS_THAN = re.compile(r"(?:比|较)[^\d比较]{1,4}少(?![年儿女数量的])")


# Words by which a header, label or title says its figures are changes, not levels (比上年增减)
CHANGE_NAMES = ("增减", "增減", "变化", "變化", "变动", "變動", "增量", "增幅", "降幅") + tuple(CHANGE_WORDS)


def _named(words, names) -> bool:
    return any(name in fold(w) for w in words for name in names)


# Year on year against month on month: a chart that names one is never given the other's figure
OTHER_BASE = {"同比": "环比", "环比": "同比"}


def named_base(*words: str) -> str | None:
    """同比 or 环比 where the label, header or title names exactly one of them, else None."""
    named = {base for base in OTHER_BASE if any(base in fold(w) for w in words if w)}
    return named.pop() if len(named) == 1 else None


# A header naming only the base a change is told against (與去年同期比較, 较上年, 比3月, 同比):
# its figures are changes, though no word of rising or falling is in it
_AGAINST_BASE = re.compile(r"(?:[与较比](?:上年|去年|前年|上月|上季度?|上期|上年末|年初|常年|同期|"
                           r"(?:19|20)[0-9]{2}年|[0-9]{1,2}月(?:份)?|[0-9]{4}年[0-9]{1,2}月)(?:同期|同月)?"
                           r"(?:比较|相比)?|同比|环比)")


def names_base(words: str) -> bool:
    """Whether a header names only the base its changes are told against (與去年同期比較)."""
    return bool(words) and _AGAINST_BASE.fullmatch(fold(unit_dropped(words))) is not None


def names_change(*words: str) -> bool:
    """Whether a header, label or title says its figures are changes (比上年增减(公顷), 增加,
    與去年同期比較)."""
    return _named(words, CHANGE_NAMES) or any(names_base(w) for w in words)


def names_fall(*words: str) -> bool:
    """Whether a label, header or title says its figures are falls (降幅, 比上年下降%)."""
    # 比上年少 as a whole label, or in a header or title; not 消费比去年少的 (those who spend less)
    return _named(words, FALL_NAMES) or (bool(words) and _LESS_THAN.match(fold(words[0])) is not None) or \
        any(_LESS_THAN.search(fold(w)) for w in words[1:])
