"""Ratios: 三次产业结构比为25.72:26.84:47.44, 男女比例为52.4:47.6, 由上年的13.2:32.3:54.5调整为
12.4:30.9:56.7, 由上年的22.26%、28.63%和49.11%调整为… -> the shares of one whole, in the order
the subject names its parts.

Only a ratio whose parts sum to about 100 is read (17:03 is a time, 1:2 a proportion), and only
where the parts can be named: the three industries, or a subject of one character per part
(男女, 城乡)."""

from __future__ import annotations

import re
from decimal import Decimal

from charts.article.extract.labels import clause_start, clean_label
from charts.article.extract.section import Draft, Section
from charts.article.lists import RATIO
from charts.numbers.grammar import ARABIC

# 13.2:32.3:54.5, and with its shares' signs (22.3%∶55.1%∶22.6%: ∶ is read as :), or its shares
# listed (由上年的22.26%、28.63%和49.11%调整为…): the ratio verify reads (lists.RATIO)
_NUMBER = re.compile(ARABIC)
_SUBJECT = re.compile(r"([\u4e00-\u9fff]{1,8}?)(?:的)?(?:结构比|結構比|结构|結構|构成|構成|比例|之比|比)"
                      r"(?:由(?P<before>[^,;。由]{0,6}?)的?)?(?:调整为|調整為|调整至|調整至|变为|變為|为|為|是)?$")
_THEN = re.compile(r"^(?:调整为|調整為|变为|變為|调整至|調整至|变化为|變化為|转变为|轉變為)$")
_INDUSTRIES = ("第一产业", "第二产业", "第三产业")
_PAIRS = {"男女": ("男", "女"), "城乡": ("城镇", "乡村")}  # subjects that name their two parts
_YEAR = re.compile(r"((?:19|20)\d\d)年")


def read(section: Section) -> list[Draft]:
    drafts, ratios = [], list(RATIO.finditer(section.text))
    taken: set[int] = set()
    for index, match in enumerate(ratios):
        if match.start() in taken:
            continue
        parts = _parts(match)
        if not _whole(parts):
            continue
        found = _SUBJECT.search(section.text, max(0, match.start() - 24), match.start())
        labels = _labels(found.group(1), len(parts)) if found else None
        subject = found.group(1) if found else ""
        if found and not labels:
            labels = _listed(section.text, found, len(parts))
            subject = f"{labels[0]}等的" if labels else subject
        if not labels:
            continue
        rows = [[label, value] for label, value in zip(labels, parts)]
        offsets = _starts(match)
        later = ratios[index + 1] if index + 1 < len(ratios) else None
        if later and _THEN.match(section.text[match.end():later.start()]) and \
                len(_parts(later)) == len(parts) and _whole(_parts(later)):
            taken.add(later.start())
            offsets += _starts(later)
            year = _YEAR.search(section.text)
            names = [found["before"] or "此前", f"{year.group(1)}年" if year else "本期"]
            for row, value in zip(rows, _parts(later)):
                row.append(value)
            drafts.append(section.draft("structure", "grouped", _title(subject), ["类别", *names], rows,
                                        offsets, unit="%", confirm=["title", "labels", "series names"]))
        else:
            drafts.append(section.draft("structure", "donut", _title(subject), ["类别", "占比"], rows,
                                        offsets, question="single", unit="%", confirm=["title", "labels"]))
    return drafts


def _title(subject: str) -> str:
    """产业结构 stays, 三次产业 becomes 三次产业结构."""
    return subject if subject.endswith(("结构", "結構", "构成", "構成")) else f"{subject}结构"


def _parts(match: re.Match) -> list[str]:
    return [number.group() for number in _NUMBER.finditer(match.group())]


def _listed(text: str, found: re.Match, count: int) -> list[str] | None:
    """The parts a clause lists before its ratio (轨道交通、地面公交、出租汽车客运结构比为…), when
    there are as many as terms."""
    start = clause_start(text, found.start(1))
    parts = [clean_label(part) for part in re.split("、|和|与|與|及", text[start:found.end(1)])]
    return parts if len(parts) == count and all(2 <= len(p) <= 12 for p in parts) else None


def _starts(match: re.Match) -> list[int]:
    """Where each part of a ratio starts, so no other reader takes one of them."""
    return [match.start() + number.start() for number in _NUMBER.finditer(match.group())]


def _whole(parts: list[str]) -> bool:
    return len(parts) >= 2 and abs(sum(Decimal(p) for p in parts) - 100) <= 1


def _labels(subject: str, count: int) -> list[str] | None:
    if "产业" in subject and count == 3:
        return list(_INDUSTRIES)
    pair = _PAIRS.get(subject[-2:])
    return list(pair) if pair and count == 2 else None
