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
