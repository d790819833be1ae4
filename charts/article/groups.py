"""Parallel groups told one after another: the same answers for each group, the group's name
just before its first answer (青年人群自我养老131名(51.8%)、家庭养老74名…;中年人群自我养老87名…).
A chart of one group names it in its title (中年人群养老意愿), so a figure of its rows counts
only inside that group's run: 社区养老 23 of the young is not the middle-aged's 22 changed.
"""

from __future__ import annotations

import re

from charts.article.read import fold, normalise

HEAD = 8  # at most this many characters of a group's name before its first answer
_STOPS = re.compile(r"[\W\d_]")  # punctuation, digits, spaces end a name


def runs(text: str, labels: list[str], *titles: str) -> tuple[str, list[tuple[str, int, int]]] | None:
    """(the title's group, each group's (name, start, end) in the text), where a row label of the
    chart opens two or more runs, each headed by a name of its own, and the title names exactly
    one of them; else None."""
    if len(labels) < 2:  # a run tells two answers or more
        return None
    named = fold(normalise(" ".join(titles)))
    rows = [fold(normalise(str(label))) for label in labels]
    for first in rows:  # the chart's rows in any order: the run opens with one of them
        found = _runs(text, first, rows, named)
        if found:
            return found
    return None


def _runs(text: str, first: str, rows: list[str], named: str):
    heads = [(_head(text, at), at) for at in _starts(text, first)]
    heads = [(name, at) for name, at in heads if name]
    if len(heads) < 2:
        return None
    spans = []
    for i, (name, at) in enumerate(heads):
        end = heads[i + 1][1] - len(heads[i + 1][0]) if i + 1 < len(heads) else _sentence_end(text, at)
        spans.append((_core(name), at - len(name), end))
    # a run tells the group's answers: at least half the chart's rows (not 打算自我养老的越来越多)
    spans = [s for s in spans if 2 * sum(row in text[s[1]:s[2]] for row in rows) >= len(rows)]
    names = [name for name, _, _ in spans]
    own = [name for name in names if name in named]
    # groups of their own names: 年全县 inside 年全县实现 is no second group
    apart = all(a not in b for a in names for b in names if a is not b)
    # one sentence tells the groups, parted by semicolons or commas (…;中年人群自我养老87名…), or a
    # sentence each whose clause opens with the group's name (…,全市居民人均食品烟酒支出5129元…。
    # 分城乡看,城镇居民人均食品烟酒支出5333元…): a sentence's subject
    together = not any(mark in text[spans[0][1]:spans[-1][1]] for mark in _SENTENCE_ENDS) if spans else False
    apiece = all(_opens_clause(text, start) for _, start, _ in spans) and \
        all(any(mark in text[a[1]:b[1]] for mark in _SENTENCE_ENDS) for a, b in zip(spans, spans[1:]))
    if len(spans) < 2 or not apart or not (together or apiece) or len(own) != 1:
        return None
    return own[0], spans


_AFTER_NAME = re.compile(r"(?:当中|當中|中|里|裡|选择|選擇|认为|認為|表示)$")  # 青年人群中, 中年人群选择: the group is 中年人群


def _core(name: str) -> str:
    return _AFTER_NAME.sub("", name) if len(_AFTER_NAME.sub("", name)) >= 2 else name


def other_group(text: str, at: int, found: tuple[str, list[tuple[str, int, int]]] | None) -> str | None:
    """The name of another group whose run holds the figure at `at`, or None."""
    if found is None:
        return None
    own, spans = found
    return next((name for name, start, end in spans if start <= at < end and name != own), None)


def _starts(text: str, word: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(word), text)] if word else []


def _head(text: str, at: int) -> str:
    """The name right before a run's first answer (青年人群 of 青年人群自我养老), or the clause
    before it where a comma parts them (男性中,满意的…): "" where neither names anything."""
    begin = at
    if begin and text[begin - 1] in ",，:：":
        begin -= 1
    end = begin
    while begin > 0 and end - begin < HEAD and not _STOPS.match(text[begin - 1]):
        begin -= 1
    return text[begin:end] if end - begin >= 2 else ""


_SENTENCE_ENDS = "。!?！？\n"
_CLAUSE_MARKS = _SENTENCE_ENDS + ",，;；:：、 "


def _opens_clause(text: str, at: int) -> bool:
    """Whether punctuation or a line's start is right before `at` (not 41.8%還算滿意's %)."""
    return at == 0 or text[at - 1] in _CLAUSE_MARKS


def _sentence_end(text: str, at: int) -> int:
    ends = [i for i in (text.find(mark, at) for mark in _SENTENCE_ENDS) if i >= 0]
    return min(ends) if ends else len(text)
