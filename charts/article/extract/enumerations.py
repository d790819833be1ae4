"""Enumeration: 受访者中，00后占21.6%，90后占43.6%… -> the shares of one whole."""

from __future__ import annotations

import re
from decimal import Decimal

from charts.article.extract.labels import clean_label
from charts.article.extract.section import Draft, Section, share_question
from charts.numbers.grammar import ARABIC

_ENUMERATION = re.compile(rf"([^,;:。、]+?)(?:的)?[占佔]({ARABIC})%")
_SHARE = re.compile(rf"[占佔]{ARABIC}%")
_RUN = re.compile(r"[^,;:。、]+")


def _enumerated(sentence: str):
    """_ENUMERATION's matches, in linear time. Its lazy label scans ahead from every start
    to a share; where none follows in the run of text (a long padded sentence) each start
    scanned to the run's end: quadratic. A match never crosses a delimiter, so each run is
    searched only up to its last share, past which no match can end: the same matches."""
    for run in _RUN.finditer(sentence):
        last = None
        for last in _SHARE.finditer(sentence, run.start(), run.end()):
            pass
        if last is not None:
            yield from _ENUMERATION.finditer(sentence, run.start(), last.end())


def read(section: Section) -> list[Draft]:
    """One draft per sentence that names two shares or more."""
    drafts = []
    for begin, sentence in section.sentences:
        found = [(m, clean_label(m.group(1))) for m in _enumerated(sentence)]
        found = [(m, label) for m, label in found if label and begin + m.start(2) not in section.used]
        if len(found) < 2:
            continue
        values = [Decimal(m.group(2)) for m, _ in found]
        question = share_question(values)
        kind = ("donut" if len(found) <= 6 else "bar") if question == "single" else "bar"
        drafts.append(section.draft(
            "shares", kind, f"{found[0][1]}等的占比", ["类别", "占比"],
            [[label, m.group(2)] for m, label in found], [begin + m.start(2) for m, _ in found],
            question=question, unit="%", sample_size=section.sample_size,
            confirm=["title", "kind", "labels"]))
    return drafts
