"""Drafting specs from the tables an article reports in its prose.

Articles state tables in a handful of shapes; each shape has one reader below:

    enumeration    受访者中，00后占21.6%，90后占43.6%…            -> shares of one whole
    bracketed      分享防疫信息（54.0%）、相互提醒防疫措施（49.3%）… -> shares, often multi-choice
    comparison     00后受访者觉得更近的比例更高（58.1%）            -> groups against all respondents
    headline       75.8%的受访者表示在防疫过程中更重视邻里关系了      -> separate findings
    paired         2021年…12期…814家… 今年…3期…131家…             -> two periods, one row per measure
    series         每年…600多亿立方米 … 2020年度…954.98亿立方米     -> one measure over years
    figures        3.7亿元 … 户均年收入21600元 … 两万多名           -> a panel of big numbers

Drafts are plain data (`Draft`); `charts.draft_yaml` writes them as commented YAML. What a
reader guesses (labels, question type, kind) is marked for the editor to confirm.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from charts.article.verify import CHANGE_WORDS, Article

NUM = r"[0-9]+(?:\.[0-9]+)?"
_SOURCE = re.compile(r"\([来來]源:(?:《)?([^)》]+?)(?:》)?\)")
_SENTENCE_END = "。!?"
_DELIMITERS = ",;:、。!?\"“”‘’()"
_LEAD_WORDS = ("然后是", "其次是", "其他还有", "其中", "此外", "以及", "还有", "受访者中", "受訪者中", "来自",
               "來自", "和", "及", "与", "與", "数据显示", "數據顯示", "调查显示", "調查顯示", "交互分析显示",
               "依次为", "依次為")
_SHARE_VERBS = ("表示", "觉得", "认为", "称", "选择")
_MEASURES = ("立方米|平方公里|平方米|公里|千米|吨|元|人|名|个|個|家|期|场|場|户|戶|座|宗|趟|次|项|項|所|辆|輛|"
             "亩|份|件|台|套|张|張|本|篇|例|起|批|条|條|处|處|栋|棟|间|間|头|頭|只|株|艘|架")
_FIGURE = re.compile(
    rf"(?P<pre>近|约)?(?P<num>{NUM}|[一二两三四五六七八九十百千]+(?=[万亿多余]))"
    rf"(?P<post>多|余)?(?P<big>万|亿)?(?P<post2>多|余)?(?P<unit>%|{_MEASURES})?")
_ENUMERATION = re.compile(rf"([^,;:。、]+?)(?:的)?[占佔]({NUM})%")
_BRACKETED = re.compile(rf"\(({NUM})%\)")
_HEADLINE = re.compile(rf"(其中)?({NUM})%的(受访者|受訪者)({'|'.join(_SHARE_VERBS)})?([^,。;]+)")
_SAMPLE = re.compile(r"[对對](\d+)名受[访訪]者")
_YEAR = re.compile(r"((?:19|20)\d\d)年")
_COMPARISON = re.compile(r"比例|更高|高于|低于|更低")


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
class _Figure:
    text: str  # as printed: 954.98, 600多, 两万多
    unit: str  # %, 亿立方米, 元…
    start: int
    end: int


def extract(article: Article) -> list[Draft]:
    """Every table the readers recognise, article section by article section."""
    drafts: list[Draft] = []
    for section_start, section_end, publication in _sections(article.text):
        section = _Section(article, section_start, section_end, publication)
        for reader in (section.enumerations, section.bracketed, section.comparisons, section.headlines,
                       section.paired, section.series, section.figures):
            drafts += reader()
    names: dict[str, int] = {}
    for draft in drafts:  # unique, file-safe names
        count = names.get(draft.name, 0)
        names[draft.name] = count + 1
        if count:
            draft.name = f"{draft.name}-{count + 1}"
    return drafts


def _sections(text: str):
    """(start, end, publication) of each article on the page, split at its source line."""
    start = 0
    for match in _SOURCE.finditer(text):
        yield start, match.start(), match.group(1).strip()
        start = match.end()
    if text[start:].strip():
        yield start, len(text), ""


def _clean_label(text: str) -> str:
    label = re.split(r"[,;:。!?\"“”‘’()]", text)[-1]
    changed = True
    while changed:
        changed = False
        for word in _LEAD_WORDS:
            if label.startswith(word) and len(label) > len(word):
                label, changed = label[len(word):], True
    label = label.lstrip("、")
    return label[:-1] if label.endswith("的") and len(label) > 2 else label


def _number(text: str):
    return Decimal(text) if re.fullmatch(NUM, text) else text


def _share_question(values: list[Decimal]) -> str:
    total = sum(values)
    places = max(-v.as_tuple().exponent for v in values)
    slack = Decimal(5).scaleb(-places - 1) * len(values)
    if abs(total - 100) <= slack:
        return "single"
    return "multi" if total > 100 else "none"


class _Section:
    """One article of the page, with the figures it prints."""

    def __init__(self, article: Article, start: int, end: int, publication: str):
        self.article, self.start, self.end, self.publication = article, start, end, publication
        self.text = article.text[start:end]
        self.used: set[int] = set()  # section offsets of figures already in a table
        sample = _SAMPLE.search(self.text)
        self.sample_size = int(sample.group(1)) if sample else None
        self.sentences = self._sentences()

    def _sentences(self) -> list[tuple[int, str]]:
        out, begin = [], 0
        for i, ch in enumerate(self.text):
            if ch in _SENTENCE_END:
                out.append((begin, self.text[begin:i + 1]))
                begin = i + 1
        if begin < len(self.text):
            out.append((begin, self.text[begin:]))
        return out

    def line(self, offset: int) -> int:
        return self.article.line(self.start + offset)

    def draft(self, name, kind, title, columns, rows, offsets, **extra) -> Draft:
        self.used.update(offsets)
        return Draft(name=name, kind=kind, title=title, columns=columns, rows=rows,
                     publication=self.publication, lines=sorted({self.line(o) for o in offsets}), **extra)

    # enumeration: 00后占21.6%，90后占43.6%…
    def enumerations(self) -> list[Draft]:
        drafts = []
        for begin, sentence in self.sentences:
            found = [(m, _clean_label(m.group(1))) for m in _ENUMERATION.finditer(sentence)]
            found = [(m, label) for m, label in found if label and begin + m.start(2) not in self.used]
            if len(found) < 2:
                continue
            values = [Decimal(m.group(2)) for m, _ in found]
            question = _share_question(values)
            kind = ("donut" if len(found) <= 6 else "bar") if question == "single" else "bar"
            drafts.append(self.draft(
                "shares", kind, f"{found[0][1]}等的占比", ["类别", "占比"],
                [[label, m.group(2)] for m, label in found], [begin + m.start(2) for m, _ in found],
                question=question, unit="%", sample_size=self.sample_size,
                confirm=["title", "kind", "labels"]))
        return drafts

    # bracketed: 分享防疫信息（54.0%）、相互提醒防疫措施（49.3%）…, across adjacent sentences
    def bracketed(self) -> list[Draft]:
        drafts, run, last_sentence = [], [], -2
        for index, (begin, sentence) in enumerate(self.sentences):
            items, previous = [], 0
            for match in _BRACKETED.finditer(sentence):
                label = _clean_label(sentence[previous:match.start()])
                previous = match.end()
                if label and not _COMPARISON.search(label) and begin + match.start(1) not in self.used:
                    items.append((label, match.group(1), begin + match.start(1)))
            if not items:
                continue
            if index != last_sentence + 1 and len(run) >= 2:
                drafts.append(self._bracketed_draft(run))
            if index != last_sentence + 1:
                run = []
            run += items
            last_sentence = index
        if len(run) >= 2:
            drafts.append(self._bracketed_draft(run))
        return drafts

    def _bracketed_draft(self, items) -> Draft:
        values = [Decimal(v) for _, v, _ in items]
        question = _share_question(values)
        return self.draft("choices", "bar", f"{items[0][0]}等的占比", ["选项", "占比"],
                          [[label, value] for label, value, _ in items], [o for _, _, o in items],
                          question=question, unit="%", sample_size=self.sample_size,
                          confirm=["title", "question", "labels"])

    # comparison: 00后受访者觉得更近的比例更高（58.1%）, against the overall share
    def comparisons(self) -> list[Draft]:
        drafts = []
        for index, (begin, sentence) in enumerate(self.sentences):
            items, previous = [], 0
            for match in _BRACKETED.finditer(sentence):
                phrase = re.split(r"[,;:]", sentence[previous:match.start()])[-1]
                previous = match.end()
                if _COMPARISON.search(phrase):
                    subject = re.split(r"觉得|認為|认为|表示|的比例|比例", phrase)[0]
                    items.append((_clean_label(subject), match.group(1), begin + match.start(1), phrase))
            if not items:
                continue
            rows = [[label, value] for label, value, _, _ in items]
            offsets = [o for _, _, o, _ in items]
            overall = self._overall(index, items[0][3])
            if overall:
                rows.insert(0, ["全体受访者", overall[0]])
                offsets.append(overall[1])
            drafts.append(self.draft("groups", "column", f"{items[0][0]}等群体的比例", ["受访者", "占比"], rows,
                                     offsets, unit="%", sample_size=self.sample_size,
                                     confirm=["title", "labels"]))
        return drafts

    def _overall(self, index: int, phrase: str):
        """The all-respondents share a comparison is measured against, in the sentences
        just before it (`53.5%的受访者觉得…更近了` before `…更近的比例更高`)."""
        words = set(re.sub(r"比例|更高|高于|低于|更低|的|受访者|觉得", "", phrase))
        for begin, sentence in reversed(self.sentences[max(0, index - 2):index]):
            for match in _HEADLINE.finditer(sentence):
                if not match.group(1) and len(words & set(match.group(5))) >= 2:
                    return match.group(2), begin + match.start(2)
        return None

    # headline: 75.8%的受访者表示…; 其中15.0%的受访者觉得非常多
    def headlines(self) -> list[Draft]:
        rows, offsets, seen = [], [], set()
        for begin, sentence in self.sentences:
            for match in _HEADLINE.finditer(sentence):
                offset = begin + match.start(2)
                if offset in self.used or match.group(2) in seen:
                    continue
                seen.add(match.group(2))
                label = match.group(5)
                rows.append([("其中" if match.group(1) else "") + label, match.group(2)])
                offsets.append(offset)
        if len(rows) < 2:
            return []
        return [self.draft("findings", "bar", f"{rows[0][1]}%受访者{rows[0][0]}", ["说法", "占比"], rows, offsets,
                           unit="%", sample_size=self.sample_size,
                           confirm=["title", "labels: shorten; a 其中 row is part of the row before it"])]

    def _figures(self) -> list[_Figure]:
        out = []
        for match in _FIGURE.finditer(self.text):
            unit = (match["big"] or "") + (match["unit"] or "")
            if not match["unit"] or match.start("num") in self.used:
                continue
            if match["unit"] == "%" or (match["num"] == "1" and not match["big"]):
                continue  # shares are read above; 每户有1名 is not a figure
            if self.text[match.start():match.start() + 1].isdigit() and match.start() > 0 \
                    and self.text[match.start() - 1].isdigit():
                continue
            if match["num"][0].isdigit():  # 3.7亿元, 600多亿立方米: 亿 belongs to the unit
                text = (match["pre"] or "") + match["num"] + (match["post"] or match["post2"] or "")
            else:  # 两万多名: 万 is part of the number words
                text = (match["pre"] or "") + match["num"] + (match["big"] or "") + (match["post2"] or "")
                unit = match["unit"]
            out.append(_Figure(text, unit, match.start("num"), match.end()))
        return out

    def _label_before(self, figure: _Figure, width: int = 14) -> str:
        head = self.text[max(0, figure.start - 40):figure.start]
        head = re.split(rf"[{re.escape(_DELIMITERS)}]", head)[-1]
        head = re.sub(rf"{NUM}\S{{0,2}}$", "", head)
        return _clean_label(head)[-width:]

    # paired: 2021年…12期…814家… / 今年…3期…131家…: same measures in two sentences
    def paired(self) -> list[Draft]:
        drafts = []
        figures = self._figures()
        by_sentence = []
        for begin, sentence in self.sentences:
            inside = [f for f in figures if begin <= f.start < begin + len(sentence)]
            by_sentence.append((begin, sentence, inside))
        for (b1, s1, f1), (b2, s2, f2) in zip(by_sentence, by_sentence[1:]):
            units1, units2 = [f.unit for f in f1], [f.unit for f in f2]
            if len(f1) < 3 or units1 != units2:
                continue
            labels = [self._measure_label(f) for f in f1]
            periods = [self._period(b1, s1), self._period(b2, s2)]
            rows = [[label, a.text, b.text] for label, a, b in zip(labels, f1, f2)]
            drafts.append(self.draft("comparison", "grouped", f"{periods[0]}与{periods[1]}对比",
                                     ["指标", *periods], rows, [f.start for f in f1 + f2],
                                     unit={label: f.unit for label, f in zip(labels, f1)},
                                     confirm=["title", "labels", "series names"]))
        return drafts

    def _measure_label(self, figure: _Figure) -> str:
        """What a paired figure counts: the noun after it (12期‘清单’, 814家企业参加), else
        the words before it (需求员工38504人)."""
        after = re.sub(r"[‘’'\"“”]", "", self.text[figure.end:figure.end + 12])
        noun = re.split(rf"[{re.escape(_DELIMITERS)}]", after)[0][:4]
        return noun or self._label_before(figure, 6) or figure.unit

    def _period(self, begin: int, sentence: str) -> str:
        year = _YEAR.search(sentence)
        if year:
            return f"{year.group(1)}年"
        for word in ("今年", "去年", "前年", "上年", "本年"):
            if word in sentence:
                return word
        return f"第{begin}字起"

    # series: the same measure (亿立方米) in several places, by year
    def series(self) -> list[Draft]:
        groups: dict[str, list[_Figure]] = {}
        for figure in self._figures():
            if not self._is_change(figure) and not self._is_sample(figure):
                groups.setdefault(figure.unit, []).append(figure)
        drafts = []
        for unit, figures in groups.items():
            # A compound unit (亿立方米) names one measure wherever it appears; a plain one
            # (个) only when the figures are dated: two years at least.
            years = {y for f in figures for y in _YEAR.findall(self.text[max(0, f.start - 30):f.start])}
            if len(figures) < 2 or (len(unit) < 3 and len(years) < 2):
                continue
            if len(unit) < 3:
                figures = [f for f in figures if _YEAR.search(self.text[max(0, f.start - 30):f.start])]
            rows, reference, offsets = [], None, []
            for figure in figures:
                clause = self.text[max(0, figure.start - 30):figure.start]
                year = _YEAR.findall(clause)
                offsets.append(figure.start)
                if year:
                    rows.append([f"{year[-1]}年", figure.text])
                elif not re.fullmatch(NUM, figure.text) and reference is None:
                    when = re.findall(r"每年|常年|年均|历年", clause)
                    reference = (when[-1] if when else "通常", figure.text)
                else:
                    rows.append([self._label_before(figure, 8), figure.text])
            if not rows:
                continue
            kind = "line" if len(rows) >= 2 and all(_YEAR.search(r[0]) for r in rows) else "column"
            drafts.append(self.draft("series", kind, f"{rows[-1][0]}{rows[-1][1]}{unit}", ["年份", "数值"], rows,
                                     offsets, unit=unit, reference=reference,
                                     confirm=["title", "labels", "other years from other sources"]))
        return drafts

    def _is_sample(self, figure: _Figure) -> bool:
        return bool(_SAMPLE.match(self.text, max(0, figure.start - 1)))

    def _is_change(self, figure: _Figure) -> bool:
        """增加了0.8亿件 is a change; 减少到1184个 and 达到6.4亿件 are levels."""
        before = self.text[max(0, figure.start - 6):figure.start]
        return any(word in before for word in CHANGE_WORDS) and not before.endswith(("到", "至"))

    # figures: big numbers near each other, two to four to a panel
    def figures(self) -> list[Draft]:
        remaining = [f for f in self._figures()
                     if f.start not in self.used and not self._is_change(f) and not self._is_sample(f)]
        drafts, group = [], []
        for figure in remaining + [None]:
            if figure is not None and group and figure.start - group[-1].start < 400 and len(group) < 4:
                group.append(figure)
                continue
            if len(group) >= 2:
                labels, rows, units = [], [], {}
                for f in group:
                    label = self._label_before(f) or self._measure_label(f)
                    while label in labels:
                        label += "*"
                    labels.append(label)
                    rows.append([label, f.text])
                    units[label] = f.unit
                drafts.append(self.draft("figures", "figures", f"{labels[0]}等数字", ["项目", "数值"], rows,
                                         [f.start for f in group], unit=units,
                                         confirm=["title", "labels: say what each number counts"]))
            group = [figure] if figure is not None else []
        return drafts
