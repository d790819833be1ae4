"""Bracketed: 分享防疫信息（54.0%）、相互提醒防疫措施（49.3%）… -> shares, often multi-choice.
A list may run on into the next sentence."""

from __future__ import annotations

import re
from decimal import Decimal

from charts.article.extract.headlines import RESPONDENTS
from charts.article.extract.labels import clean_label
from charts.article.extract.section import Draft, Section, share_question
from charts.numbers.grammar import ARABIC

# 超过半数(62.7%)的受访者认为…: a finding about respondents, headlines.py reads it.
RESPONDENTS_AFTER = re.compile(rf"的?(?:{'|'.join(RESPONDENTS)})")
BRACKETED_SHARE = re.compile(rf"\(({ARABIC})%\)")
# A bracketed share after these words compares a group with the rest: comparisons.py reads it.
COMPARISON = re.compile(r"比例|更高|高于|低于|更低")


def read(section: Section) -> list[Draft]:
    """One draft per run of adjacent sentences with bracketed shares, two at least."""
    drafts, run, last_sentence = [], [], -2
    for index, (begin, sentence) in enumerate(section.sentences):
        items, previous = [], 0
        for match in BRACKETED_SHARE.finditer(sentence):
            label = clean_label(sentence[previous:match.start()])
            previous = match.end()
            if label and not COMPARISON.search(label) and begin + match.start(1) not in section.used \
                    and not RESPONDENTS_AFTER.match(sentence, match.end()):
                items.append((label, match.group(1), begin + match.start(1)))
        if not items:
            continue
        if index != last_sentence + 1 and len(run) >= 2:
            drafts.append(_draft(section, run))
        if index != last_sentence + 1:
            run = []
        run += items
        last_sentence = index
    if len(run) >= 2:
        drafts.append(_draft(section, run))
    return drafts


def _draft(section: Section, items) -> Draft:
    values = [Decimal(v) for _, v, _ in items]
    question = share_question(values)
    return section.draft("choices", "bar", f"{items[0][0]}等的占比", ["选项", "占比"],
                         [[label, value] for label, value, _ in items], [o for _, _, o in items],
                         question=question, unit="%", sample_size=section.sample_size,
                         confirm=["title", "question", "labels"])
