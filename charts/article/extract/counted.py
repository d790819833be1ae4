"""A count and its share, clause after clause: 其中有164人有网友，占全部被调查人群的16.4%；
有127人有俱乐部社团的朋友，占…的12.7% -> the counts, and beside them the shares (two drafts:
their units differ).

The count is of people or things (人 名 位 家 户 …) and comes first; the share follows in the
next clause, told with 占 (占全部被调查人群的16.4%, 占比4.2%). The label is what the count's
clause says of them, the count and its verb (有 …人) taken out."""

from __future__ import annotations

import re
from itertools import pairwise

from charts.article.extract.labels import clean_label
from charts.article.extract.section import Draft, Section
from charts.numbers.grammar import figures_in

_COUNTED = ("人", "名", "位", "家", "户", "戶", "个", "個", "所", "项", "項", "人次")
_SHARE = re.compile(r"^[,;]?(?:其中)?(?:占|佔)(?:比|比例)?(?:为|為|达|達)?(?:[^,;。0-9]{0,12}的)?(?:约|近)?$")
_LEAD = re.compile(r"^(?:其中|另有|还有|也有|共有|有|另)+")
_VERB = re.compile(r"(?:为|為|是|有|达|達|共|共有|合计|合計)+$")
_AFTER_COUNT = re.compile(r"^(?:有|是|为|為|都|也|则|会|曾|选择了?|表示)+")


def read(section: Section) -> list[Draft]:
    drafts = []
    for begin, sentence in section.sentences:
        rows, offsets, unit = [], [], ""
        figures = [f for f in figures_in(sentence, whole=True) if f.arabic]
        for count, share in pairwise(figures):
            if count.unit not in _COUNTED or share.unit != "%" or count.big or \
                    begin + count.digits_start in section.used or begin + share.digits_start in section.used:
                continue
            if not _SHARE.match(sentence[count.end:share.start].split(",", 1)[-1]) or \
                    "," not in sentence[count.end:share.start] and ";" not in sentence[count.end:share.start]:
                continue
            label = _label(sentence, count)
            if label and label not in {r[0] for r in rows} and unit in ("", count.unit):
                rows.append([label, count.digits, share.digits])
                offsets += [begin + count.digits_start, begin + share.digits_start]
                unit = count.unit
        if len(rows) >= 2:
            drafts.append(section.draft("counts", "bar", f"{rows[0][0]}等的人数", ["类别", "人数"],
                                        [[label, n] for label, n, _ in rows], offsets, unit=unit,
                                        confirm=["title", "labels"]))
            drafts.append(section.draft("counts-share", "bar", f"{rows[0][0]}等的比例", ["类别", "占比"],
                                        [[label, p] for label, _, p in rows], offsets, unit="%",
                                        sample_size=section.sample_size, confirm=["title", "labels", "question"]))
    return drafts


def _label(sentence: str, count) -> str:
    """有42人因为工作关系交上朋友 -> 因为工作关系交上朋友: the words of the count's clause."""
    start = max([0] + [m.end() for m in re.finditer(r"[,;:。]", sentence[:count.start])])
    end = re.search(r"[,;:。]", sentence[count.end:])
    before = _VERB.sub("", _LEAD.sub("", sentence[start:count.start]))  # 城镇住户为3120户 -> 城镇住户
    after = sentence[count.end:count.end + end.start()] if end else sentence[count.end:]
    words = _AFTER_COUNT.sub("", after) if not before else before + after
    label = clean_label(words)
    return label if 2 <= len(label) <= 30 else ""
