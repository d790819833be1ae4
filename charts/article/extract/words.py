"""Chinese words, as rjieba cuts them: where a lead word (以, 在, 其中) is a word of its own."""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=1)
def cut():
    import rjieba  # loaded on first use: the dictionary takes a fifth of a second

    return rjieba.cut


def without_lead(label: str, lead: re.Pattern) -> str:
    """`label` without the word that leads into it (以, 在, 其中…), where that is a word of its
    own: 在线办公 keeps its 在 (rjieba reads 在线 as one word)."""
    found = lead.match(label)
    if not found or len(label) - found.end() < 2:
        return label
    first = next(iter(cut()(label)), "")
    return label if len(first) > found.end() else label[found.end():]


def word_ends(text: str, at: int) -> bool:
    """Whether a word of two characters or more, as rjieba cuts `text`, ends at `at` (总|薪资:
    a character alone may belong to what follows)."""
    end = 0
    for word in cut()(text):
        end += len(word)
        if end == at:
            return len(word) >= 2
    return False


@lru_cache(maxsize=1)
def _tag():
    import rjieba

    return rjieba.tag


def names_a_body(text: str, at: int) -> bool:
    """Whether the word rjieba reads ending at or running over `at` - 1 is a noun, a set
    phrase or an ordinal (城镇|消费品, 第二产业, 燃油|汽车), not a verb, a preposition or a
    modifier (给|报告, 占|总|供水量, 比|上月)."""
    end = 0
    for word, tag in _tag()(text):
        end += len(word)
        if end >= at:
            return tag.startswith("n") or tag == "l" or (tag == "m" and word.startswith("第"))  # l: 第一产业
    return False


_SCOPES = ("全", "城乡", "城鄉", "地区", "地區", "本市", "本省", "本地", "社会", "社會")


def names_a_scope(text: str, at: int) -> bool:
    """Whether the word rjieba reads over `at` names how much of a place is counted (全市, 全体,
    城乡居民, 地区, 全社会), not which part: 全市生产总值 is the 地区生产总值."""
    end = 0
    for word in cut()(text):
        end += len(word)
        if end > at:
            return word.startswith(_SCOPES)
    return False
