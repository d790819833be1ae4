"""Comparison: 00后受访者觉得更近的比例更高（58.1%） -> groups against all respondents."""

from __future__ import annotations

import re

from charts.article.extract.bracketed import BRACKETED_SHARE, COMPARISON
from charts.article.extract.headlines import HEADLINE
from charts.article.extract.labels import clean_label
from charts.article.extract.section import Draft, Section


def read(section: Section) -> list[Draft]:
    """One draft per sentence of comparisons, with the overall share first where it is given."""
    drafts = []
    for index, (begin, sentence) in enumerate(section.sentences):
        items, previous = [], 0
        for match in BRACKETED_SHARE.finditer(sentence):
            phrase = re.split(r"[,;:]", sentence[previous:match.start()])[-1]
            previous = match.end()
            if COMPARISON.search(phrase):
                subject = re.split(r"觉得|認為|认为|表示|的比例|比例", phrase)[0]
                after = re.split(r"高于|低于", phrase)[-1]
                if after != phrase and clean_label(after):  # …高于女性受访者(61.6%): the group comes after
                    subject = after
                items.append((clean_label(subject), match.group(1), begin + match.start(1), phrase))
            elif COMPARISON.search(re.split(r"[(,;:]", sentence[match.end():])[0]) and clean_label(phrase) \
                    and begin + match.start(1) not in section.used:
                # 女生(61.2%)对升学的关注度高于男生(54.8%): the first group is compared too
                items.append((clean_label(phrase), match.group(1), begin + match.start(1), phrase))
        if not items:
            continue
        rows = [[label, value] for label, value, _, _ in items]
        offsets = [o for _, _, o, _ in items]
        overall = _overall(section, index, items[0][3])
        if overall:
            rows.insert(0, ["全体受访者", overall[0]])
            offsets.append(overall[1])
        drafts.append(section.draft("groups", "column", f"{items[0][0]}等群体的比例", ["受访者", "占比"], rows,
                                    offsets, unit="%", sample_size=section.sample_size,
                                    confirm=["title", "labels"]))
    return drafts


def _overall(section: Section, index: int, phrase: str):
    """The all-respondents share a comparison is measured against, in the sentences
    just before it (`53.5%的受访者觉得…更近了` before `…更近的比例更高`)."""
    words = set(re.sub(r"比例|更高|高于|低于|更低|的|受访者|觉得", "", phrase))
    for begin, sentence in reversed(section.sentences[max(0, index - 2):index]):
        for match in HEADLINE.finditer(sentence):
            if not match.group(1) and len(words & set(match.group(5))) >= 2:
                return match.group(2), begin + match.start(2)
    return None
