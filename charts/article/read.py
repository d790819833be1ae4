"""Article text as it arrives: extracted from newspaper PDFs, with stray spaces between
characters, line breaks inside phrases and numbers, full-width digits and `％`, and on some
pages a pinyin gloss after each character (產(chǎn)業(yè)) or a footnote marker after a word
(幼儿园[3]). Normalised once (NFKC; glosses, markers and whitespace removed; figures printed in
numerals put in digits: 二十七．六五萬元 -> 27.65萬元) with a map back to the article's own line
numbers; the lines themselves are kept too (the same, spacing kept), since a table is read by
its layout.

An article is a .txt, a PDF (its text layer), a web page or a Word file: read_article reads
its bytes by the rules of charts/inputs.py and hands them to the reader for its name's
ending (charts/article/formats.py), which gives the lines; line numbers count those lines."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from charts import messages as msg
from charts.article.formats import READERS
from charts.inputs import ARTICLE_FILE, InputError, project_of, read_input
from charts.numbers.grammar import in_arabic

# A pinyin gloss: Latin letters, tone marks allowed, bracketed right after a Han character.
# Tone marks are what set it apart from an English word in brackets (GDP, CNNIC).
_PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])\(([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*)\)")
# Some reposting sites gloss without tone marks, a syllable at a time and sometimes twice
# (微(wei)(wei)克(ke)): removed only where a page holds several, so a page's one (go) or (ai)
# stays (on a page glossed so, a bracketed Latin syllable after a Han character goes too).
_TONELESS = re.compile(r"(?<=[\u4e00-\u9fff])(?:\((?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?[aeiouü]{1,3}(?:ng|n|r)?\))+")
_GLOSSED_PAGE = 3
# Pages converted by machine from another script may print the decimal point as 。 (20。2%):
# read so only where a page does it again and again, more often than it prints a decimal point, and
# only a share's (two digits before it at most, one after, three times at least): never 79.2。70.8%,
# 1200。45% or 为50。62%的受访企业 between sentences.
_STOP_DECIMAL = re.compile(r"(?<![\d.])(\d{1,2})。(\d)(?=[%％])")
_DECIMAL = re.compile(r"\d\.\d")
_STOP_DECIMALS_PAGE = 3


@dataclass(frozen=True)
class Article:
    path: Path
    text: str  # normalised
    line_of: tuple[int, ...]  # normalised index -> 1-based line of the original text
    lines: tuple[str, ...] = ()  # the original lines, NFKC and glosses removed, spacing kept
    # a web table's row broken over lines is put back on its first line (0-based), the lines it
    # ran over left blank: (first, (the lines it ran over…)) for each
    ran_over: tuple[tuple[int, tuple[int, ...]], ...] = ()

    def line(self, index: int) -> int:
        return self.line_of[index] if index < len(self.line_of) else self.line_of[-1]

    def paragraph(self, at: int) -> tuple[int, int]:
        """The offsets of the article line (paragraph) that holds `at` (line_of never decreases)."""
        line, size = self.line(at), len(self.text)
        return bisect_left(self.line_of, line, 0, size), bisect_right(self.line_of, line, 0, size)


def normalise(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if not ch.isspace())


@lru_cache(maxsize=1)
def _to_simplified():
    import opencc  # loaded on first use: a run that reads no article never pays for it

    return opencc.OpenCC("t2s").convert


@lru_cache(maxsize=1)
def _to_traditional():
    import opencc

    return opencc.OpenCC("s2t").convert


def in_traditional(words: str) -> str:
    """House words (类别, 占比, 说法) for a draft of a Traditional article: 類別, 佔比, 說法."""
    return _to_traditional()(words)


def folded(text: str) -> str:
    """Traditional folded to Simplified, character for character, so that one set of words
    reads both scripts and every offset stays where it was (a phrase OpenCC converts to
    another length is converted a character at a time instead)."""
    return _per_character(_to_simplified(), text)


def fold(text: str) -> str:
    return _quarters(folded(text)) if text else text


def folded_article(article: Article) -> Article:
    """The article with its text in Simplified and its quarters in words, offset for offset
    (lines as they were)."""
    return replace(article, text=_quarters(folded(article.text)))


_QUARTER = re.compile(r"(?<![0-9.])[1-4](?=季度?)")


def _quarters(text: str) -> str:
    """1季度 as 一季度, one character for one: a page writes a quarter either way (比1季度和上半年
    分别回落…, a chart's header 比一季度)."""
    return _QUARTER.sub(lambda m: "一二三四"[int(m.group()) - 1], text)



def _per_character(convert, text: str) -> str:
    whole = convert(text)
    return whole if len(whole) == len(text) else "".join(
        c if len(c := convert(ch)) == 1 else ch for ch in text)


def written_in_traditional(text: str) -> bool:
    """Whether a text is written in Traditional characters: more of its characters are written
    only in Traditional (they change when taken to Simplified: 訪, 後) than only in Simplified
    (访, 后). A Simplified title quoting a Hong Kong paper's name (《香港經濟日報》) is not; a
    Hong Kong page quoting a mainland name is. Extract drafts in the page's script by it, and
    a spec so written is its own zh-Hant edition."""
    han = "".join(ch for ch in text if "\u4e00" <= ch <= "\u9fff")
    traditional_only = sum(a != b for a, b in zip(han, folded(han)))
    simplified_only = sum(a != b for a, b in zip(han, _per_character(_to_traditional(), han)))
    return traditional_only > simplified_only


# A footnote's marker after a word: 普惠性幼儿园[3]24.47万所, 生产总值(GDP)[2]2313亿元. Left
# in, the 3 reads as a figure and the marker splits the label from its figure.
_FOOTNOTE = re.compile(r"(?<=[\u4e00-\u9fff)”])\[[0-9]{1,2}\](?=[\u4e00-\u9fff0-9,.;:，。；：、(])")


# A page's links and images as a pasted page keeps them: an address (…/202602/18/000456781.jpg,
# a hash f1ba07ee46…) holds digits no reader may take for figures, and an image's caption is
# another story's headline
_LINK = re.compile(r"!\[(?:[^\[\]]|\[[^\[\]]*\])*\]\([^()\s]*\)|<image>.*?</image>|"
                   r"(?:https?://|data:image/)[A-Za-z0-9\-._~:/?#@!$&'*+=%]*[A-Za-z0-9\-_~/#@$&*+=%]")  # not , or ;: a page's own


# A glyph the page's encoding lost, printed as ?: 905.7億m?,占… (m³), 指????標. No question mark
# stands before a comma or beside another ?; read as one, it would end the clause there.
_LOST_GLYPH = re.compile(r"\?(?=[,，;；。、:：)）])|\?{2,}")


def unglossed(line: str) -> str:
    """A line in NFKC without pinyin glosses (產(chǎn)業(yè) -> 產業), footnote markers, links or
    images, its lost glyphs marked as such (U+FFFD)."""
    # ︰ (a vertical form of the colon) sets a ratio (0.2︰14.5︰85.3): NFKC would make it ".."
    line = _LINK.sub("", unicodedata.normalize("NFKC", line.replace("︰", ":")))
    line = _LOST_GLYPH.sub(lambda m: "\ufffd" * len(m.group()), line)
    line = _RUN_TOGETHER.sub(r"\1、", line)
    return _FOOTNOTE.sub("", _PINYIN.sub("", line))


# Two shares a repost ran together, their separator lost (满意度达72%75%, 分别为34.6%30.8%和24.9%): a list
_RUN_TOGETHER = re.compile(r"(?<![0-9A-Za-z.%])([0-9]+(?:\.[0-9]+)?%)(?=[0-9]+(?:\.[0-9]+)?%)")


def _page_style(lines: list[str]) -> list[str]:
    """The page's lines with the glosses and decimal points it prints its own way read as
    other pages print them (see _TONELESS and _STOP_DECIMAL)."""
    if sum(len(_TONELESS.findall(line)) for line in lines) >= _GLOSSED_PAGE:
        lines = [_TONELESS.sub("", line) for line in lines]
    stops = sum(len(_STOP_DECIMAL.findall(line)) for line in lines)
    if stops >= _STOP_DECIMALS_PAGE and stops > sum(len(_DECIMAL.findall(line)) for line in lines):
        lines = [_STOP_DECIMAL.sub(r"\1.\2", line) for line in lines]
    return lines


_RULE = re.compile(r"[|｜\s]+")
_INDENTED = re.compile(r"\s{2,}[\u4e00-\u9fff]")
_CLOSED = re.compile(r"[。！？；，、：:;,!?.]")


def article_bytes(path: Path, spec: Path | None = None, archive=(), outside: bool = False) -> bytes:
    """An article's bytes, read by the rules of charts/inputs.py. One a spec names (`spec`
    given) lies in the spec's project or in a folder of the `archive` the user named
    (--articles, CHARTS_ARTICLES), anywhere with `outside`; one named on the command line
    (no `spec`) may lie anywhere. Either way a regular file of at most MAX_ARTICLE_BYTES.
    Raises InputError."""
    within = project_of(spec) if spec is not None else None
    return read_input(path, ARTICLE_FILE, within=within, allowed=tuple(archive), outside=outside)


def read_article(path: Path, spec: Path | None = None, archive=(), outside: bool = False) -> Article:
    """The article at `path` (see article_bytes for where it may lie), read as its name's
    ending says (.txt, .pdf, .html/.htm, .docx). Raises InputError, also for a kind of file
    charts does not read and for one that is not what its name says."""
    data = article_bytes(path, spec, archive, outside)  # first: the rules hold whatever the name
    reader = READERS.get(Path(path).suffix.lower())
    if reader is None:
        raise InputError(msg.ARTICLE_UNKNOWN_FORMAT.format(name=path, formats=msg.ARTICLE_FORMATS), str(path))
    chars, lines, kept = [], [], []
    read = _page_style([in_arabic(unglossed(line)) for line in reader(data, str(path))])  # 一一六．五二萬元: 116.52萬元
    widths = sorted(len(line.strip()) for line in read if line.strip())
    short = 0.8 * widths[len(widths) // 2] if widths else 0  # a headline is shorter than the text's lines
    for number, line in enumerate(read, start=1):
        if _RULE.fullmatch(line):
            line = ""  # a web table flattened a cell to a line puts a lone | between its cells
        kept.append(line)
        if chars and chars[-1][-1:].isdigit() and line.strip()[:1].isdigit() and len(kept) > 1 \
                and not kept[-2].strip():
            # A blank line between two figures ends a paragraph, not a number broken by the
            # page (09:07 / [blank] / 49.9%受访者 is not 0749.9%): the two are kept apart.
            chars.append("。")
            lines.append(number - 1)
        elif chars and _INDENTED.match(line) and not _CLOSED.match(chars[-1]) and len(kept) > 1 \
                and len(kept[-2].strip()) < short:
            # An indented line after a short one opens a paragraph: a headline above it without
            # a stop (73%市民会和朋友聚会 / 　　调查显示，73.3%的…) does not run into it; a line
            # wrapped with its continuation indented runs on.
            chars.append("。")
            lines.append(number - 1)
        for ch in line:
            if not ch.isspace():
                chars.append(ch)
                lines.append(number)
    kept, ran_over = _pipe_rows(kept)
    return Article(path, "".join(chars), tuple(lines) or (1,), tuple(kept), ran_over)


_BAR = ("|", "｜")


def _row_of_its_own(line: str) -> bool:
    """A line that opens with a bar, or holds two: a row, not the rest of the one above."""
    return line.lstrip().startswith(_BAR) or line.count("|") + line.count("｜") >= 2


def _row_start(line: str) -> bool:
    """A line that opens a table's row: a bar first, or a label and its first cells between
    bars (房屋 Housing | 53.0% |), the rest of the row perhaps on the lines after it."""
    return _row_of_its_own(line) and (line.lstrip().startswith(_BAR) or line.rstrip().endswith(_BAR))


_LONE_CELL = re.compile(r"\s*[-+]?[0-9][0-9.,]*\s?[%％]?\s*[|｜]\s*")  # 38.0% |: a figure's cell, on a line of its own
_FIGURE_CELL = re.compile(r"[-+]?[0-9][0-9.,]*\s?[%％]?")
_REACH = 6  # lines a web table's cell may run over (a header in two languages, blank lines between)


def _pipe_rows(kept: list[str]) -> tuple[list[str], tuple[tuple[int, tuple[int, ...]], ...]]:
    """A web table's rows as the page copied them, a row broken over lines (| 22-25/10/07 |
    60.5% | / 20.1% | / 19.4% |), each put back on its first line, the lines it ran over left
    blank so that every line keeps its number. A row runs on over the lines up to one that
    ends with a bar, within a few lines, and stops where the next row's bar begins a line;
    a note under the table ends with no bar, and is left alone."""
    kept, ran_over = list(kept), []
    i = 0
    while i < len(kept):
        if not _row_start(kept[i]):
            i += 1
            continue
        row, j = kept[i].rstrip(), i + 1
        # a row of figures, or a header's names, two or more (指 标 | 2023年 水平 (元) |: a year is a name)
        cells = [cell.strip() for cell in re.split(r"[|｜]", kept[i]) if cell.strip()]
        named = len(cells) >= 2 and not any(_FIGURE_CELL.fullmatch(cell) for cell in cells)
        has_figures = not named and re.search(r"[0-9]", kept[i]) is not None
        while True:
            end = next((k for k in range(j, min(j + _REACH, len(kept)))
                        if kept[k].strip() and (_row_of_its_own(kept[k]) or kept[k].rstrip().endswith(_BAR))), None)
            if end is None or _row_of_its_own(kept[end]):
                break
            if not all((_LONE_CELL.fullmatch(kept[k]) is not None) == has_figures
                       for k in range(j, end + 1) if kept[k].strip()):
                break  # after a row's figures, only figures run on, a cell a line (not 按经营地分 |, a group, nor
                # 上海 6.2 |, the next row); after a header's first names, only names (第二份 Second |)
            row += " " + " ".join(kept[k].strip() for k in range(j, end + 1) if kept[k].strip())
            for k in range(j, end + 1):
                kept[k] = ""
            j = end + 1
        kept[i] = "" if _RULE.fullmatch(row) else row
        if j > i + 1:
            ran_over.append((i, tuple(range(i + 1, j))))
        i = j
    return kept, tuple(ran_over)
