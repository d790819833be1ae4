"""Profiles: the same measures given for one subject after another, a table told sentence by
sentence.

    林全内阁正向评价为23.7%、负向评价为62.4%,“治理赤字”38.7%。
    两岸关系正向评价只有5.5%、负向评价为63.6%、“治理赤字”高达58.1%。
        -> rows 林全内阁, 两岸关系; columns 正向评价, 负向评价, 治理赤字

A measure is a name that labels a share in two or more sentences (正向评价 above); the
subject is what the sentence's first label says before its measure. Only rows that give every
measure of the table are drafted: a measure one subject lacks is not guessed."""

from __future__ import annotations

import re
from collections import Counter

from charts.article.extract.labels import BOUND_BEFORE, clause_start, clean_label
from charts.article.extract.section import Draft, Section
from charts.numbers.grammar import CHANGE, MINUS_SIGNS, figures_in

_PIECE_MARKS = ",;:、。!?"  # a share's piece of a sentence: its clause, or its item of a 、 list
# The verb between a measure and its share: 为 是 只有 高达…, perhaps after 的比例.
_VERB = re.compile(r"(?:的?(?:比例|比重|占比))?(?:仅为|仅有|只有|高达|达到|约为|为|是|达|占|有|仅|只)*$")
_CHANGE_NEAR = re.compile(rf"{CHANGE}|提升|比上年|较上年|同比")
_BRACKET_OPEN = re.compile(r"[(（][-−+]?$")
_SHORTEST, _LONGEST = 2, 8  # characters of a measure's name


def read(section: Section) -> list[Draft]:
    found = [items for begin, sentence in section.sentences if len(items := _items(section, begin, sentence)) >= 2]
    measures = _measures(found)
    if len(measures) < 2:
        return []
    rows: list[tuple[str, dict[str, tuple[str, int]]]] = []
    for items in found:
        named = {}
        subject = ""
        for label, value, at in items:
            measure = max((m for m in measures if label.endswith(m)), key=len, default=None)
            if measure is None or measure in named:
                break
            if not named:
                subject = clean_label(label[:-len(measure)])
            named[measure] = (value, at)
        if subject and len(named) >= 2:
            rows.append((subject, named))
    # The measures most subjects have: the least common dropped while that gives more cells
    # (负面评价, said of one subject where the others have 负向评价).
    columns = sorted((m for m in measures if sum(m in named for _, named in rows) >= 2),
                     key=lambda m: -sum(m in named for _, named in rows))
    best: list[str] = []
    for width in range(len(columns), 1, -1):
        complete = sum(all(m in named for m in columns[:width]) for _, named in rows)
        if complete >= 2 and complete * width > sum(all(m in named for m in best) for _, named in rows) * len(best):
            best = columns[:width]
    columns = [m for m in measures if m in best]  # in the order the article gives them
    rows = [(subject, named) for subject, named in rows if columns and all(m in named for m in columns)]
    if len(rows) < 2 or len(columns) < 2 or len({s for s, _ in rows}) < len(rows):
        return []
    return [section.draft("profiles", "grouped", f"{rows[0][0]}等的{'、'.join(columns[:2])}", ["类别", *columns],
                          [[subject, *(named[m][0] for m in columns)] for subject, named in rows],
                          [named[m][1] for _, named in rows for m in columns], unit="%",
                          sample_size=section.sample_size, confirm=["title", "labels", "columns"])]


def _items(section: Section, begin: int, sentence: str) -> list[tuple[str, str, int]]:
    """(label, share, offset) of each share of the sentence no reader took, its label the
    words between the last break and the share."""
    items = []
    for figure in figures_in(sentence, whole=True):
        at = begin + figure.digits_start
        if figure.unit != "%" or not figure.arabic or at in section.used:
            continue
        piece = sentence[clause_start(sentence, figure.start, _PIECE_MARKS):figure.start]
        if _CHANGE_NEAR.search(piece):
            return []  # changes are the growth readers'
        if BOUND_BEFORE.search(piece):
            continue  # 10个行业低于50%: 50% bounds the count, it measures nothing
        if _BRACKET_OPEN.search(piece):
            continue  # 交通(-2.99%): a figure in brackets after its name, signed: the list readers'
        if piece[-1:] in MINUS_SIGNS:
            return []  # a signed share (负向评价-3%) is a change, no profile's
        label = re.sub(r"[\"“”「」]", "", _VERB.sub("", piece))
        items.append((label, figure.digits, at))
    return items


def _measures(found: list[list[tuple[str, str, int]]]) -> list[str]:
    """Names that end a share's label in two or more sentences, in the order first met. Of a
    label's endings that no other share of its sentence ends with (评价 ends both 正向评价 and
    负向评价), the one most sentences share, then the longest: 正向评价 (six sentences), not
    满意度正向评价 (two) or 向评价 (as many, shorter)."""
    counts: Counter[str] = Counter()
    for items in found:
        counts.update({label[-n:] for label, _, _ in items for n in range(_SHORTEST, min(_LONGEST, len(label)) + 1)})
    order: list[str] = []
    for items in found:
        for label, _, _ in items:
            others = [other for other, _, _ in items if other != label]
            endings = [label[-n:] for n in range(_SHORTEST, min(_LONGEST, len(label)) + 1)
                       if counts[label[-n:]] >= 2 and not any(o.endswith(label[-n:]) for o in others)]
            name = max(endings, key=lambda e: (counts[e], len(e)), default=None)
            if name and name not in order:
                order.append(name)
    return order
