"""What every reader works on: one article of the page, its sentences and the figures it
prints, which of them a table already holds, and the `Draft`s the readers give back."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Iterator

from charts.article.read import Article
from charts.numbers.grammar import figures_in, is_stated_change

SAMPLE = re.compile(r"[对對](\d+)名受[访訪]者")
YEAR = re.compile(r"((?:19|20)\d\d)年")
_SOURCE = re.compile(r"\([来來]源:(?:《)?([^)》]+?)(?:》)?\)")
_SENTENCE_END = "。!?"
# Of the qualifiers, drafts keep 约 and 近: 超过3万人 is drafted as 3万人, as extract always has.
_KEPT_QUALIFIERS = ("约", "近")


@dataclass
class Draft:
    """A table the article reports, ready to be written as a spec."""

    name: str
    kind: str
    title: str
    columns: list[str]
    rows: list[list]
    question: str = "none"
    unit: str | dict = ""
    sample_size: int | None = None
    publication: str = ""
    reference: tuple[str, str] | None = None
    confirm: list[str] = field(default_factory=list)  # what a human must check
    lines: list[int] = field(default_factory=list)  # article lines it came from

    def numbers(self) -> list[str]:
        return [str(c) for row in self.rows for c in row[1:]]


@dataclass
class Figure:
    """A count or an amount as a draft writes it: the figure, then its unit."""

    text: str  # as printed: 954.98, 600多, 两万多
    unit: str  # %, 亿立方米, 元…
    start: int  # section offset of its digits
    end: int


@dataclass
class Section:
    """One article of the page. Offsets are into `text`, the section's own text."""

    article: Article
    start: int  # of the section in the article's text
    end: int
    publication: str
    used: set[int] = field(default_factory=set)  # offsets of figures already in a table
    text: str = field(init=False)
    sample_size: int | None = field(init=False)  # 1151 of 对1151名受访者
    sentences: list[tuple[int, str]] = field(init=False)  # (offset, sentence)

    def __post_init__(self):
        self.text = self.article.text[self.start:self.end]
        sample = SAMPLE.search(self.text)
        self.sample_size = int(sample.group(1)) if sample else None
        self.sentences, begin = [], 0
        for i, ch in enumerate(self.text):
            if ch in _SENTENCE_END:
                self.sentences.append((begin, self.text[begin:i + 1]))
                begin = i + 1
        if begin < len(self.text):
            self.sentences.append((begin, self.text[begin:]))

    def line(self, offset: int) -> int:
        return self.article.line(self.start + offset)

    def draft(self, name, kind, title, columns, rows, offsets, **extra) -> Draft:
        """A draft of these rows; the figures at `offsets` are now taken."""
        self.used.update(offsets)
        return Draft(name=name, kind=kind, title=title, columns=columns, rows=rows,
                     publication=self.publication, lines=sorted({self.line(o) for o in offsets}), **extra)

    def free_figures(self) -> list[Figure]:
        """Counts and amounts (a figure with a measure word) no table holds yet."""
        out = []
        for found in figures_in(self.text):
            if not found.unit or found.digits_start in self.used:
                continue
            if found.unit == "%" or (found.digits == "1" and not found.big):
                continue  # shares are read by the share readers; 每户有1名 is not a figure
            before = found.before if found.before in _KEPT_QUALIFIERS else ""
            if found.arabic:  # 3.7亿元, 600多亿立方米: 亿 belongs to the unit
                out.append(Figure(before + found.digits + (found.more or found.more_after),
                                  found.big + found.unit, found.digits_start, found.end))
            else:  # 两万多名: 万 is part of the number words
                out.append(Figure(before + found.digits + found.big + found.more_after,
                                  found.unit, found.digits_start, found.end))
        return out

    def is_change(self, figure: Figure) -> bool:
        return is_stated_change(self.text, figure.start)

    def is_sample(self, figure: Figure) -> bool:
        """The 1151 of 对1151名受访者: the survey's size, not one of its findings."""
        return bool(SAMPLE.match(self.text, max(0, figure.start - 1)))


def sections(article: Article) -> Iterator[Section]:
    """Each article on the page, split at its source line `（来源：《…》）`."""
    start = 0
    for match in _SOURCE.finditer(article.text):
        yield Section(article, start, match.start(), match.group(1).strip())
        start = match.end()
    if article.text[start:].strip():
        yield Section(article, start, len(article.text), "")


def share_question(values: list[Decimal]) -> str:
    """single when the shares add up to 100 (give or take rounding), multi past it."""
    total = sum(values)
    places = max(-v.as_tuple().exponent for v in values)
    slack = Decimal(5).scaleb(-places - 1) * len(values)
    if abs(total - 100) <= slack:
        return "single"
    return "multi" if total > 100 else "none"
