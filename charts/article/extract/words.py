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
    word, end = _word_over(cut()(text), at - 1)
    return end == at and len(word or "") >= 2


def stands_alone(text: str, at: int) -> bool:
    """Whether rjieba cuts the character at `at` of `text` as a word of its own (the 及 of
    北京及上海, not of 惠及 or 及时; the 和 of 北京和上海, not of 和平). Cut in a window of eight
    characters either side: a long sentence is not cut again for each figure."""
    begin = max(0, at - 8)
    word, _ = _word_over(cut()(text[begin:at + 9]), at - begin)
    return word is not None and len(word) == 1


@lru_cache(maxsize=1)
def _tag():
    import rjieba

    return rjieba.tag


def _word_over(words, at: int):
    """The first of `words` (each a word, or a (word, tag) pair, in order) that runs over the
    character at `at`, and where it ends; (None, the text's length) past the end."""
    end = 0
    for item in words:
        end += len(item[0] if isinstance(item, tuple) else item)
        if end > at:
            return item, end
    return None, end


def names_a_body(text: str, at: int) -> bool:
    """Whether the word rjieba reads over the character at `at` is a noun, a set phrase or an
    ordinal (城镇|消费品, 第二产业, 燃油|汽车), not a verb, a preposition or a modifier (给|报告,
    占|总|供水量, 比|上月)."""
    word, tag = _word_over(_tag()(text), at)[0] or ("", "")
    return tag.startswith("n") or tag == "l" or (tag == "m" and word.startswith("第"))  # l: 第一产业


_SCOPES = ("全", "城乡", "城鄉", "地区", "地區", "本市", "本省", "本地", "社会", "社會")


def names_a_scope(text: str, at: int) -> bool:
    """Whether the word rjieba reads over the character at `at` names how much of a place is
    counted (全市, 全体, 城乡居民, 地区, 全社会), not which part: 全市生产总值 is the 地区生产总值."""
    return (_word_over(cut()(text), at)[0] or "").startswith(_SCOPES)
