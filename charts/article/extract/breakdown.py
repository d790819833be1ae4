"""A total and the parts 其中 lists after it: 医疗卫生机构合计15个,其中医院3个,乡镇卫生院10个,
疾病预防控制中心1个 -> the total and each part, one draft in their unit. The parts are told one
to a clause, each in the total's unit; the list ends at the first clause that is not one."""

from __future__ import annotations

import re

from charts.article.extract.figures import SURVEY_METHOD
from charts.article.extract.labels import clean_label, label_before
from charts.article.extract.section import Draft, Section

_AMONG = re.compile(r"其中[,:，：]?")
_PART = re.compile(r"^(?P<label>[^\d,;:，；：、。()]{2,16}?(?:\([^\d()]{1,8}\))?)(?:为|為|有|达|達|共|共有|合计|合計)?(?:约|近)?$")
_TOTAL_VERB = re.compile(r"(?:合计|合計|共计|共計|总计|總計|共有|共|总数|總數|为|為|有|达|達)+$")
_CLAUSE = re.compile(r"[,;，；、]")
_ASKED = re.compile(r"调查|調查|受访|受訪|访问|訪問|样本|樣本|问卷|問卷")  # 本次共调查居民1079人: who was asked


def read(section: Section) -> list[Draft]:
    drafts, free = [], [f for f in section.free_figures() if f.text[:1].isdigit()]
    for begin, sentence in section.sentences:
        for among in _AMONG.finditer(sentence):
            at = begin + among.start()
            total = _total(section, free, begin, at)
            if total is None:
                continue
            figure, label = total
            parts = _parts(section, free, begin + among.end(), begin + len(sentence), figure.unit)
            if len(parts) < 2 or any(f.start in section.used for f, _ in parts) or figure.start in section.used:
                continue
            rows = [[label, figure.text]] + [[name, f.text] for f, name in parts]
            if len({row[0] for row in rows}) < len(rows) or not _within(figure.text, [f.text for f, _ in parts]):
                continue  # parts that add up to more than the total are no parts of it (人均 of each group)
            drafts.append(section.draft("breakdown", "bar", f"{label}及其构成", ["项目", "数值"], rows,
                                        [figure.start] + [f.start for f, _ in parts], unit=figure.unit,
                                        confirm=["title", "labels"]))
    return drafts


def _total(section: Section, free, begin: int, at: int):
    """(figure, label) of the total the clause before 其中 gives last, in a unit; else None."""
    head = section.text[begin:at].rstrip(",，;；:：")
    clause_start = begin + max([0] + [m.end() for m in _CLAUSE.finditer(head)])
    figures = [f for f in free if clause_start <= f.start and f.end <= at]
    if not figures or section.is_change(figures[-1]) or \
            re.sub(r"\([^()]*\)", "", section.text[figures[-1].end:at]).strip(",，;；:： "):
        return None  # the figure ends its clause; an aside may stand between (15个(不含市直医院),其中)
    figure = figures[-1]
    label = _TOTAL_VERB.sub("", label_before(section, figure))
    if section.is_sample(figure) or SURVEY_METHOD.search(label) or _ASKED.search(label):
        return None  # 有效样本1079人,其中市话757人: how the survey was made, not a finding
    return (figure, label) if len(label) >= 2 else None


def _parts(section: Section, free, start: int, end: int, unit: str):
    """The (figure, label) of each clause after 其中 that names a part and gives it in `unit`."""
    parts, text = [], section.text
    clause = start
    for figure in (f for f in free if start <= f.start and f.end <= end):
        if figure.start < clause:
            continue
        found = _PART.match(clean_label(text[clause:figure.start]))
        if figure.unit != unit or found is None or section.is_change(figure):
            break
        parts.append((figure, found["label"]))
        after = text[figure.end:figure.end + 1]
        if not after or not _CLAUSE.match(after):
            break
        clause = figure.end + 1
    return parts


def _within(total: str, parts: list[str]) -> bool:
    """Whether the parts add up to no more than the total (a figure in words is not judged)."""
    try:
        return sum(float(p) for p in parts) <= float(total) * 1.005
    except ValueError:
        return True
