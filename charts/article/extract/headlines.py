"""Headline findings: 75.8%的受访者表示…; 其中15.0%的受访者觉得非常多 -> separate findings."""

from __future__ import annotations

import re

from charts.article.extract.section import Draft, Section
from charts.numbers.grammar import ARABIC

_SHARE_VERBS = ("表示", "觉得", "认为", "称", "选择")
# groups: 其中, the share, 受访者, the verb, what they said
HEADLINE = re.compile(rf"(其中)?({ARABIC})%的(受访者|受訪者)({'|'.join(_SHARE_VERBS)})?([^,。;]+)")


def read(section: Section) -> list[Draft]:
    """All the section's findings in one draft, each share once; two at least."""
    rows, offsets, seen = [], [], set()
    for begin, sentence in section.sentences:
        for match in HEADLINE.finditer(sentence):
            offset = begin + match.start(2)
            if offset in section.used or match.group(2) in seen:
                continue
            seen.add(match.group(2))
            label = match.group(5)
            rows.append([("其中" if match.group(1) else "") + label, match.group(2)])
            offsets.append(offset)
    if len(rows) < 2:
        return []
    return [section.draft("findings", "bar", f"{rows[0][1]}%受访者{rows[0][0]}", ["说法", "占比"], rows, offsets,
                          unit="%", sample_size=section.sample_size,
                          confirm=["title", "labels: shorten; a 其中 row is part of the row before it"])]
