"""What every reader works on: one article of the page, its sentences and the figures it
prints, which of them a table already holds, and the `Draft`s the readers give back."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property

from charts.article.extract import sample
from charts.article.extract.words import without_lead
from charts.article.lists import per_unit
from charts.article.read import Article, folded, in_traditional, written_in_traditional
from charts.numbers.grammar import (
    BELOW_ZERO,
    BOUNDS,
    MINUS_SIGNS,
    POINTS,
    QUALIFIER_PATTERNS,
    RATIO,
    FigureInText,
    figures_in,
    is_stated_change,
    ranges_in,
)

YEAR = re.compile(r"((?:19|20)\d\d)年")
# The name is bounded: unbounded, every unclosed "(来源:" scanned to the article's end (quadratic).
_SOURCE = re.compile(r"\([来來]源:(?:《)?([^)》]{1,80}?)(?:》)?\)")
_SENTENCE_END = "。!?"
# Views that are a whole or a breakdown, not one thing the figures are of
_NO_ONE_THING = ("整体", "总体", "全局", "长远", "全年", "结构", "結構", "构成", "構成", "数据", "數據", "趋势", "趨勢", "地区",
                 "地區", "区域", "區域", "行业", "行業", "产业", "產業", "年龄", "年齡", "性别", "性別", "城乡", "城鄉", "类型",
                 "類型", "规模", "規模", "总量", "總量")
_VIEW = re.compile(r"从([\u4e00-\u9fff]{2,8}?)(?:方面|来|上)?看,")  # 从水环境质量看, (not 分产业看: a breakdown)
# 扶貧工作方面,六成多(62.7%)認為非常好, 手机游戏领域,…行业渗透率为49.6%: figures told area by
# area (not 一方面, 另一方面)
_ASPECT_END = re.compile(r"(?:方面|领域|領域)(?:,|则|則)")
_ASPECT = re.compile(rf"([\u4e00-\u9fff]{{2,12}}){_ASPECT_END.pattern}")
_AT = re.compile("在")
_ANSWERS = ("findings", "points", "list", "choices", "shares")  # drafts of a poll's answers, area by area
_OPENS_ASPECT = ",;:。!?)\n "
_NOT_AN_ASPECT = re.compile(r"[另一这這各多两兩其某]|[^,]*(?:的|等)$")
_TITLE_END = re.compile(r"[\u4e00-\u9fff)\]”」』]")
_RUNS_ON = re.compile(r"[0-9.%,;:、)]")
_BULLET = re.compile(r"[-•·◆◇■□●○▪▶►★☆※]|\(?[0-9一二三四五六七八九十]{1,2}[.、)]")
# What carries a figure at a line's end on into the next line: its digits, its unit, its
# qualifier, or the phrase it belongs to (67.3% / 的受访者, 5.6 / 亿件, 30% / 以上).
_FIGURE_RUNS_ON = re.compile(r"\s*(?:[0-9.%‰,;:、)]|的|之|以[上下内]|左右|多|余|[万亿]|[个名人元吨户家所项次分倍年月日岁])")
_LONGEST_TITLE, _LONGEST_LABEL = 60, 40  # characters a spec allows
# Words that make a figure a bound or an approximation: 不到20%, 近60%, 60%以上.
# The grammar's qualifiers and bounds, and the bounds it leaves to the words (不到20%).
_QUALIFIED_BEFORE = re.compile("(?:" + "|".join(("不到", "不足", "低于", "高于", "将近", "接近", "仅约") + QUALIFIER_PATTERNS) + ")$")
_QUALIFIED_AFTER = re.compile("|".join(BOUNDS + ("上下", "多", "余")))
# Of the qualifiers, drafts keep 约 and 近: 超过3万人 is drafted as 3万人, as extract always has.
_KEPT_QUALIFIERS = ("约", "近")
# A poll's net value is given in points and is a level, not a change (民望净值为负31个百分比)
NET_VALUE = re.compile(r"净值((?:为|是)?[正-]?)$")  # 负 is read as a minus sign; group 1: no part of a label
# A minus sign printed before a figure, after the verb or mark that leads to it (增长-7.5%,
# 自然增长率为-3.19‰, (-0.2)): the figure is negative. After a date or an amount it is a
# range's dash (10月1日-4日, 2千亿-4千亿元).
_MINUS = re.compile(rf"(?:为|是|增长|下降|达|至|到|和|及|与|與|或|[(:,;、])[{MINUS_SIGNS}]$")  # 分别为负22个和负37个


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
    flagged: list[list] = field(default_factory=list)  # rows a human must place (cells missing)
    sums: list[str] = field(default_factory=list)  # columns that do not add up to the table's total
    worded: dict[str, str] = field(default_factory=dict)  # a row's figure the article qualifies: label -> 近60%
    gaps: dict[str, str] = field(default_factory=dict)  # a flagged row's label -> where its gap would be

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
    """One article of the page. Offsets are into `text`, the section's own text folded to
    Simplified (the readers know one script); what a draft says goes back to the article's
    script (`script`)."""

    article: Article
    start: int  # of the section in the article's text
    end: int
    publication: str
    used: set[int] = field(default_factory=set)  # offsets of figures already in a table
    drafted: set[str] = field(default_factory=set)  # the values drafts hold, as written
    text: str = field(init=False)
    original: str = field(init=False)  # the section as the article writes it
    sample_size: int | None = field(init=False)  # 1151 of 对1151名受访者 (sample.py)
    sentences: list[tuple[int, str]] = field(init=False)  # (offset, sentence)
    traditional: bool = field(init=False)  # the page is written in Traditional characters

    def __post_init__(self):
        self.original = self.article.text[self.start:self.end]
        self.text = folded(self.original)
        back: dict[str, Counter] = {}
        for simple, written in zip(self.text, self.original):
            if simple != written:
                back.setdefault(simple, Counter())[written] += 1
        self._back = {simple: written.most_common(1)[0][0] for simple, written in back.items()}
        self.traditional = written_in_traditional(self.original)
        self._seen = set(self.original)
        # Neither end of a range (20~29岁, 30%-40%) nor a ratio (2.5倍) is a finding to chart.
        self.used.update(end.digits_start for pair in ranges_in(self.text) for end in pair)
        # 零下7.5℃ is -7.5℃: no reader takes its digits, which would lose the sign
        self.used.update(f.digits_start for f in figures_in(self.text)
                         if f.unit == RATIO or self.text.endswith(BELOW_ZERO, 0, f.start))
        stated = sample.sample_size(self.text)
        self.sample_size = stated[0] if stated else None
        if stated:  # the survey's size is no finding of it
            self.used.add(stated[1])
        self.used.update(sample.method_figures(self.text))  # nor how sure it is (95%信心水准, 误差正负3%)
        self.sentences, begin = [], 0
        ends = self._short_lines()
        for i, ch in enumerate(self.text):
            if ch in _SENTENCE_END or i in ends:
                self.sentences.append((begin, self.text[begin:i + 1]))
                begin = i + 1
        if begin < len(self.text):
            self.sentences.append((begin, self.text[begin:]))
        self.sentences = [part for begin, sentence in self.sentences for part in _bounded(begin, sentence)]

    @cached_property
    def figures_by_line(self) -> dict[int, list[int]]:
        """The offsets of the figures' digits, by the 0-based article line they stand on: a
        table's lines look them up (read once, not once a table)."""
        lines: dict[int, list[int]] = {}
        for found in figures_in(self.text):
            lines.setdefault(self.line(found.digits_start) - 1, []).append(found.digits_start)
        return lines

    @cached_property
    def units_told(self) -> dict[str, list[tuple[str, int]]]:
        """Each number the text prints with a unit: its digits -> [(unit, 0-based line)] (read
        once: a page of thousands of tables looks them up table by table)."""
        told: dict[str, list[tuple[str, int]]] = {}
        for found in figures_in(self.text, whole=True):
            if found.arabic and (found.big or found.unit):
                told.setdefault(found.digits, []).append((found.big + found.unit, self.line(found.digits_start) - 1))
        return told

    def _short_lines(self) -> set[int]:
        """Offsets of the last character of each short line standing alone: a title, a heading
        or a caption ends there though it has no 。 (75.8%受访者更重视邻里关系 over the first
        paragraph). A line cut where a PDF's column ended runs on: it has lines of its paragraph
        on both sides, and is as long as they are."""
        lengths = sorted(len("".join(line.split())) for line in self.article.lines if line.strip())
        if not lengths:
            return set()
        full = lengths[int(len(lengths) * 0.9) - (len(lengths) >= 10)]
        ends = set()
        figure_ends = {f.end - 1 for f in figures_in(self.text) if f.arabic}
        for i in range(len(self.text) - 1):
            number = self.line(i)
            if number == self.line(i + 1):
                continue
            if (self._alone(number) or self._item(number + 1)) \
                    and len("".join(self.article.lines[number - 1].split())) < min(40, 0.7 * full) \
                    and _TITLE_END.match(self.text[i]) and not _RUNS_ON.match(self.text[i + 1]):
                ends.add(i)  # never inside a figure cut by the line (男性占 4 / 8.5%)
            elif i in figure_ends and not _FIGURE_RUNS_ON.match(self.text, i + 1) and self._item(number):
                ends.add(i)  # 男性:52.1% / 女性:47.9%: a list's line ends with its figure
        return ends

    def _item(self, number: int) -> bool:
        """Whether line `number` is an item of a list: it or the next starts with a bullet or a
        number, or it is short and holds no clause of prose."""
        lines = self.article.lines
        line, after = lines[number - 1].strip(), lines[number].strip() if number < len(lines) else ""
        return bool(_BULLET.match(line) or _BULLET.match(after)) or \
            (len("".join(line.split())) <= 30 and not re.search(r"[,;。!?]", line))

    def _alone(self, number: int) -> bool:
        """Whether line `number` (1-based) is a paragraph of its own: blank lines (or the page's
        edge) on both sides. A PDF's paragraph has lines of its own on at least one side."""
        lines = self.article.lines
        return (number == 1 or not lines[number - 2].strip()) and (number == len(lines) or not lines[number].strip())

    def script(self, words: str) -> str:
        """Words a reader took from `text`, in the article's own script: where they stand in the
        text as they are, the article's characters there; else character by character."""
        if not self._back or not isinstance(words, str):
            return words
        at = self.text.find(words)
        if at >= 0:
            return self.original[at:at + len(words)]
        # Character by character: as the page writes it where it does (台, not 臺, if the page
        # writes 台); a character the page never uses, in its script (house words: 类别 -> 類別).
        converted = in_traditional(words) if self.traditional else words
        if len(converted) != len(words):
            converted = words
        return "".join(self._back.get(ch) or (ch if ch in self._seen else other) for ch, other in zip(words, converted))

    def _in_view(self, label: str, at: int, answers: bool) -> str:
        """从绿化植被看,…表示满意的占67%, and in a poll's answers 扶貧工作方面,…認為非常好的占62.7%:
        the share is of 绿化植被, of 扶貧工作; the view a sentence takes runs on to the next one
        it takes, within the sentence. (A bulletin's 收入方面, 进出口方面 only heads its topic:
        its figures name their own measures.)"""
        begin = self.sentence_start(at)
        views = sorted([*_VIEW.finditer(self.text, begin, at), *(self._aspects(begin, at) if answers else ())],
                       key=lambda m: m.start())
        if not views or not isinstance(label, str):
            return label
        view = without_lead(views[-1].group(1), _AT)  # 在教育领域 is 教育's; 在线旅游领域 keeps its 在
        if view in label or label in view or view in _NO_ONE_THING or view[-2:] in label:  # 进出口方面,…出口增长7.1%;
            # 从对增长的贡献看,…第一产业对…的贡献率: the label names what the view does
            return label  # 从整体看, 从结构上看, 从地区看: no one thing in view, or a breakdown
        return view + label

    def _aspects(self, begin: int, at: int) -> list[re.Match]:
        """The areas named at the head of a clause or a line between `begin` and `at`
        (扶貧工作方面, 手机游戏领域; not 4004.1万短视频领域 in a line run on from the one before)."""
        found = []
        for end in _ASPECT_END.finditer(self.text, begin, at):
            start = end.start()
            while start > begin and self.text[start - 1] not in _OPENS_ASPECT and \
                    self.line(start) == self.line(start - 1) and end.start() - start < 13:
                start -= 1
            aspect = _ASPECT.fullmatch(self.text, start, end.end())
            if aspect and not _NOT_AN_ASPECT.match(aspect.group(1)):
                found.append(aspect)
        return found

    def sentence_start(self, offset: int) -> int:
        """Where the sentence holding `offset` begins."""
        starts = [begin for begin, _ in self.sentences]
        return starts[max(0, bisect_right(starts, offset) - 1)] if starts else 0

    def line(self, offset: int) -> int:
        return self.article.line(self.start + offset)

    def draft(self, name, kind, title, columns, rows, offsets, **extra) -> Draft:
        """A draft of these rows, in the article's script; the figures at `offsets` are now
        taken. A label a reader could not find, or found twice, is numbered for the editor to
        name (a spec names each row once), and labels and title kept within a spec's limits."""
        self.used.update(offsets)
        self.drafted.update(_as_number(str(c)) for row in rows for c in row[1:])
        viewed: dict[str, str] = {}  # a label the view it is told in renames (unit keys follow it)
        if len(offsets) == len(rows) and all(len(row) == 2 for row in rows):
            for row, at in zip(rows, offsets):
                label = self._in_view(row[0], at, name in _ANSWERS)
                viewed[row[0]] = label
                row[0] = label
        seen: set[str] = set()
        counted: dict[str, int] = {}  # the last number given to a label: 1,000 rows of one label stay linear
        renamed: dict[str, str] = {}
        for row in rows:
            row[:] = [self.script(c) for c in row]
            first = (row[0] or "未命名")[:_LONGEST_LABEL - 4]
            label, n = first, counted.get(first, 1)
            while label in seen:
                n += 1
                label = f"{first}({n})"
            counted[first] = n
            seen.add(label)
            renamed.setdefault(row[0], label)  # in the article's script already: not converted twice
            row[0] = label
        worded = {}
        if len(offsets) == len(rows) and all(len(row) == 2 for row in rows):
            for row, at in zip(rows, offsets):
                if _MINUS.search(self.text, max(0, at - 3), at) and not str(row[1]).startswith("-"):
                    row[1] = f"-{row[1]}"  # the sign a reader reading digits left behind
                printed = self._qualified(at)
                if printed:
                    worded[row[0]] = printed
        unit = extra.get("unit")
        if isinstance(unit, dict):
            extra["unit"] = {renamed.get(self.script(viewed.get(k, k)), k): self.script(v) for k, v in unit.items()}
        elif isinstance(unit, str):
            extra["unit"] = self.script(unit)
        if extra.get("reference"):
            extra["reference"] = tuple(self.script(x) for x in extra["reference"])
        return Draft(name=name, kind=kind, title=self.script(title)[:_LONGEST_TITLE],
                     columns=[self.script(c) for c in columns], rows=rows, publication=self.publication,
                     lines=sorted({self.line(o) for o in offsets}), worded=worded, **extra)

    def _qualified(self, at: int) -> str:
        """The figure at `at` as printed with its qualifier (近60%, 60%以上, 不到20%), where the
        article qualifies it; "" for a figure it states as it is. A draft writes the number
        (a bar is drawn to scale) and says what the article says beside it."""
        figure = next(figures_in(self.text, at, min(len(self.text), at + 24)), None)
        if figure is None or figure.digits_start != at:
            return ""
        before = _QUALIFIED_BEFORE.search(self.text, max(0, figure.start - 4), figure.start)
        after = _QUALIFIED_AFTER.match(self.text, figure.end)
        if not (before or after or figure.before or figure.bound or figure.more or figure.more_after):
            return ""
        start = before.start() if before else figure.start
        end = after.end() if after else figure.end
        return self.script(self.original[start:end])

    def free_figures(self) -> list[Figure]:
        """Counts and amounts (a figure with a measure word) no table holds yet."""
        out = []
        for found in figures_in(self.text):
            if not found.unit or found.digits_start in self.used:
                continue
            net = found.unit in POINTS and NET_VALUE.search(self.text, max(0, found.start - 8), found.digits_start)
            if (found.unit in ("%", "成", *POINTS) and not net) or (found.digits == "1" and not found.big):
                continue  # shares and their changes are read by the share readers; 每户有1名 is not a figure
            before = found.before if found.before in _KEPT_QUALIFIERS else ""
            if net and self.text[found.digits_start - 1] == "-":
                before = "-"
            if found.arabic:  # 3.7亿元, 600多亿立方米: 亿 belongs to the unit
                out.append(Figure(before + found.digits + (found.more or found.more_after),
                                  measure(self.text, found), found.digits_start, found.end))
            else:  # 两万多名: 万 is part of the number words
                out.append(Figure(before + found.digits + found.big + found.more_after,
                                  measure(self.text, found)[len(found.big):], found.digits_start, found.end))
        return out

    def is_drafted(self, text: str) -> bool:
        """Whether a draft of this section holds this value already (a bulletin's prose
        repeats its table)."""
        return _as_number(text) in self.drafted

    def is_change(self, figure: Figure) -> bool:
        return is_stated_change(self.text, figure.start)

    def is_sample(self, figure: Figure) -> bool:
        """The 1151 of 对1151名受访者: the survey's size, not one of its findings."""
        return sample.is_sample(self.text, figure.start)


_LONGEST_SENTENCE = 600  # characters: the readers rescan a sentence for each of its figures


def _bounded(begin: int, sentence: str) -> Iterator[tuple[int, str]]:
    """A sentence as the readers take it: one longer than any a report writes (a page with no
    full stops, a list run on for pages) is cut after a clause, so that no reader's work on a
    sentence grows with the square of the page."""
    while len(sentence) > _LONGEST_SENTENCE:
        cut = max(sentence.rfind(mark, 0, _LONGEST_SENTENCE) for mark in ",;、")
        cut = cut + 1 if cut > _LONGEST_SENTENCE // 4 else _LONGEST_SENTENCE
        yield begin, sentence[:cut]
        begin, sentence = begin + cut, sentence[cut:]
    if sentence:
        yield begin, sentence


def _as_number(text: str) -> str:
    """287.0 and 287 are one value; 600多 stays as written."""
    try:
        return str(Decimal(text.lstrip("-")).normalize())
    except ArithmeticError:
        return text


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


def measure(text: str, figure: FigureInText) -> str:
    """A figure's unit as the article prints it, the per-what it goes on with included:
    10014元/月 is in 元/月, 3.6亿吨 in 亿吨."""
    return figure.big + figure.unit + (per_unit(text, figure.end) if figure.unit and figure.unit != "%" else "")
