"""A figure from a table printed as text: found by its row label and its column.

Statistics bulletins print tables as text, with pipes (`| 地区生产总值 | 2313.0 | 5.2 |`) or
aligned by spaces. A cell there has no unit beside it (the header says it) and no label in
its clause but the row's first cell, so verify's clause search cannot see it. Here a row of
a spec is looked up as a line of the article: the line holds the row's label, and after it
the row's values in the order of the spec's columns, each a cell of its own. The order is
what makes a cell taken from the next column fail: that value stands once in the line, at
its own column's place, not at two. A one-column spec has no order to keep, so a column the
spec heads as the table does (2022年 over `| 渠道 | 2022年 | 2023年 |`) is read by its header.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from charts.article.blocks import other_blocks
from charts.article.extract.cells import CAPTION, CELL_UNIT, EMPTY, LABEL_COLUMN, MONTHS, PROSE, UNIT_COLUMN, YEARS, bracket_word
from charts.article.extract.headers import names_a_line
from charts.article.extract.stacked import stacked
from charts.article.labels import column_words
from charts.article.read import Article, folded, normalise
from charts.article.units import CELL, conflicts, header_unit, is_rate, same_unit, stated_unit
from charts.numbers.grammar import DOLLAR_SIGNS

_WORDS = re.compile(r"[\u4e00-\u9fff]{2}")  # two Han characters running: words, not cells
_RULED = re.compile(r"\||\t")  # a line set out by pipes or tabs
_ENGLISH = re.compile(r"(?<=[\u4e00-\u9fff)*])\s+[A-Za-z][A-Za-z .,'&()/-]*$")
_GLOSS = re.compile(r"[A-Za-z][A-Za-z .,'&()/-]*\|?")  # Brith Rate |: an English gloss of the label above
_TABLE_LINE = re.compile(rf"{_RULED.pattern}| {{2,}}")  # how a line shows it is a table's row (or spaces)


# A cell that prints its own unit (化学纤维 269万吨 13.3): a cell of the row, so that the cells after
# it stand under their headers; its figure counts where its unit is the spec's, else the prose reader judges it
_FUSED = re.compile(rf"(?<![\w.])(?P<number>[-−+]?\d[\d,]*(?:\.\d+)?)(?P<unit>(?!%){CELL_UNIT})(?![\w.])")


# a cell in a currency's sign (the grammar's DOLLAR_SIGNS); a bare $ is the dollar the table's caption or
# header names, else the local one
_SIGNED_CELL = re.compile(rf"(?P<sign>{'|'.join(DOLLAR_SIGNS)})?\$\s?(?P<number>\d[\d,]*(?:\.\d+)?)(?![\w.])")


@dataclass(frozen=True)
class Fused:
    """A cell that prints its own unit (269万吨): equal to no bare figure."""

    number: Decimal | None
    unit: str


_RUN_ON = re.compile(r"(?<=[\u4e00-\u9fff])(?=[-−][0-9])")  # a signed cell run on from a unit


class Share(Decimal):
    """A cell's figure printed with % (3.2%): a share, never a score or a count read in order."""


def _row_cells(text: str, start: int = 0, rates: bool = False) -> list:
    """The figures of the cells of a row's text from `start` (a Fused for a cell with its own
    unit, a Share for one printed with %). Where each cell is a level with its rate in brackets
    (32.14(6.27%)), the levels, or with `rates` the rates (a row of its own in extract's drafts)."""
    text = _RUN_ON.sub(" ", text[start:])  # 6100万立方米-4.5: two cells
    if len(_LEVEL_RATE.findall(text)) >= 2:
        text = re.sub(r"[^\s|｜]+", lambda m: _pair_cell(m[0], rates).ljust(len(m[0])), text)
    signed = {m.start("number"): m for m in _SIGNED_CELL.finditer(text)}  # US$17,000: a cell in its currency
    cells = [(m.start(), Share(n) if m.group().endswith("%") and (n := _number(m.group())) is not None
              else _number(m.group())) for m in CELL.finditer(text) if m.start() not in signed]
    cells += [(m.start(), Fused(_number(m["number"]), m["unit"])) for m in _FUSED.finditer(text) if m.start() not in signed]
    cells += [(at, Fused(_number(m["number"]), DOLLAR_SIGNS.get(m["sign"], "$"))) for at, m in signed.items()]
    return [figure for _, figure in sorted(cells, key=lambda cell: cell[0])]


_LEVEL_RATE = re.compile(r"(?P<level>[-−+]?\d[\d,]*(?:\.\d+)?)\((?P<rate>[-−+]?\d[\d,]*(?:\.\d+)?)%\)")
_RATE_ROW = re.compile(r"(?P<row>.+?)(?P<said>同比|环比|環比|增速|比重)")  # 基础货币同比: the brackets' rates of 基础货币


def _first_cell(line: str, start: int) -> int:
    """Where the first cell after `start` begins (the line's end where none does)."""
    found = [m.start() for m in (CELL.search(line, start), _FUSED.search(line, start)) if m]
    return min(found, default=len(line))


def _number(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace("−", "-").replace(",", "").rstrip("%"))
    except InvalidOperation:
        return None


# An outline's number before a row's label: (一)工业, 1、生产资料, 一、食品, (2)原料
_OUTLINE = re.compile(r"^\s*(?:[(（](?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[)）]|(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})、|"
                      r"[一二三四五六七八九十]{1,3}。)")  # 一。财政总收入, as a page printed 一、


def _bare(text: str) -> str:
    """Text without spaces, punctuation, a table's bars or an outline's number: a row marker
    (#, *, (一), 1、) does not make a label another."""
    return "".join(ch for ch in normalise(_OUTLINE.sub("", text)) if not unicodedata.category(ch).startswith("P")
                   and ch not in "|｜")


_HAN = re.compile(r"[\u4e00-\u9fff]")
_LEADS = ("其中", "#", "其")  # words a table puts before a part's label (其中:工业, 其中工业)


@lru_cache(maxsize=4096)
def _normalised(label: str) -> str:
    return normalise(label)


_YEAR_LABEL = re.compile(r"((?:19|20)[0-9]{2})年(.*?([^\W\d_]+))")  # 2011年2季度: the year, the part, its kind (季度)


def _label_cell(line: str) -> str:
    """A table line's first cell (empty where the line opens with an empty one: |  | 2011年 |)."""
    text = line.strip()
    cells = re.split(r"[|｜]", text.strip("|｜")) if re.search(r"[|｜]", text) else re.split(r"\s{2,}|\t", text)
    return cells[0].strip() if cells else ""


def _year_carried(article: Article, label: str) -> dict[int, str]:
    """The lines (1-based) of a table that print a row of `label` (2011年2季度) without its year,
    as the row's part (2季度), under a row whose first cell is a part of the same kind with the
    year (| 2011年1季度 | 2.3 |): {line: part}. A row naming another year, a row of another kind
    (| 2022年 | 3.0 |, a whole year) or a line of prose ends the year's rows."""
    found = _YEAR_LABEL.fullmatch(normalise(label).replace(" ", ""))
    if found is None or not article.lines:
        return {}
    year, part, kind = found.groups()
    carried, named = {}, None
    for number, line in enumerate(article.lines, start=1):
        if not line.strip(" |｜\t"):
            continue
        if not _TABLE_LINE.search(line.strip()):
            named = None  # prose: the table, and its years, ended
            continue
        first = normalise(_label_cell(line)).replace(" ", "")
        opens = _YEAR_LABEL.fullmatch(first)
        if opens:
            named = opens.group(1) if opens.group(3) == kind else None
        elif YEARS.fullmatch(first):
            named = None
        elif named == year and first == part:
            carried[number] = part
    return carried


def _after_label(line: str, label: str) -> int | None:
    """Where the row's cells begin: just after its label, matched without the spaces an
    aligned table puts inside labels (`指  标`) or the bars between a label's two cells
    (`12/10/2011 | 即日調查`); None when the line does not hold it."""
    wanted = _normalised(label)
    if not wanted or wanted[0] not in line:
        return None  # the line cannot hold it (checked first: verify asks this of every line, row by row)
    kept = [(i, ch) for i, ch in enumerate(line) if not ch.isspace() and ch not in "|｜"]  # 12/10/2011 | 即日調查
    flat = "".join(ch for _, ch in kept)
    at = flat.find(wanted)
    while at > 0 and _HAN.match(flat[at - 1]) and not flat[:at].endswith(_LEADS) and \
            not _run_on_row(line, kept[at][0], kept[at + len(wanted) - 1][0] + 1):
        at = flat.find(wanted, at + 1)  # 原料 is not the row 化工原料类: a label begins its cell
    if at < 0:
        return None  # (a label after a space, cells after it: 2009年 存款总额 106,850,628.68, a row run on)
    end = kept[at + len(wanted) - 1][0] + 1
    mark = _FOOTNOTE.match(line, end)  # 不良贷款率(3)  1.38%: a note's number after the label
    return mark.end() if mark else end


_FOOTNOTE = re.compile(r"[(（\[][0-9]{1,2}[)）\]](?=\s)|[*＊]+(?=\s)")


def _cells(article: Article, number: int, start: int, count: int, others: frozenset[str] = frozenset(),
           rates: bool = False, line: str | None = None) -> list[tuple[Decimal, int]]:
    """The cells of a row from `start` on its line (1-based `number`), with their lines. A
    web table flattened to text puts each cell on a line of its own (`GDP`, `200807`, …):
    the row is the next `count` cells, in lines that hold only numbers (the next row's
    label may be a number too: 2015, 2016), never past another of the spec's row labels
    (`others`). Only a spec's first columns can be found so: which later column a cell is
    in, nothing on its line says (a spec taking 工业 from a row 100, 200, 300 cannot be
    told from one taking 建筑业). `line` is the row's part of its line, where it shares it."""
    line = article.lines[number - 1] if line is None else line
    cells = [(figure, number) for figure in _row_cells(line, start, rates)]
    if line[start:].strip(" |｜\t"):
        return cells
    for later in range(number, len(article.lines)):
        if len(cells) >= count:
            break
        text = article.lines[later].strip()
        if not text:
            continue
        if not cells and _GLOSS.fullmatch(text):
            continue  # the label's English gloss, perhaps over two lines (Natural / Growth Rate |)
        if not cells and unit_cell(text) and _bare(text) not in others and _unit_column_above(article.lines, number):
            continue  # 财政总收入 / 万元 / 52364: the row's unit, in a 单位 column of its own
        if text.strip(" |\t") in _EMPTY_CELLS:
            cells.append((None, later + 1))  # ——: a cell the table leaves empty
            continue
        if CELL.sub("", text).strip(" |\t") or _row_name(text) in others:
            break  # words, or the next row's label
        cells += [(_number(m.group()), later + 1) for m in CELL.finditer(text)]
    return cells[:count]


def _row_forms(label: str) -> tuple[str, str]:
    """A row's label as a line may hold it: bare (#工业 is 工业) and as printed, for a label that is
    a figure itself (2019.02, whose bare 201902 no cell spells)."""
    return _bare(label), normalise(label.strip())


def _row_name(text: str) -> str:
    """A line cut from a table as a row label: a figure as printed (199.7 is a cell, not the
    row 1997 its digits spell without the point), else its bare words."""
    cell = text.strip(" |｜\t")
    return normalise(cell) if CELL.fullmatch(cell) else _bare(text)


@dataclass(frozen=True)
class Misplaced:
    """A cell the spec puts under a column header the table prints, which the row has another
    figure under."""

    line: int
    header: str  # the header, as the table prints it
    cell: Decimal  # what the row has under it
    holder: str | None  # the header the spec's figure is under in this row, if any


def table_row(article: Article, label: str, values: list, names: list[str] = (),
              labels: list[str] = (), units: list[str] = (), title: str = "") -> tuple[list[int | None], dict]:
    """The article line of each value of a row found as a table row, in column order; a
    value the row does not hold in its place is None (the caller looks for it in the text
    instead). A column the spec names by a header the table prints (2022年) is that header's
    cell, whatever the other columns: a figure from the cell beside it is {column: Misplaced}.
    `labels` are the spec's row labels, which end a row printed one cell per line; `units` the
    spec's unit of each column, against which a cell printing its own (269万吨) is read; the
    chart's `title`, which may name one block of a table told in blocks (blocks.py)."""
    best: tuple[list[int | None], dict] = ([None] * len(values), {})
    others = frozenset(form for other in labels if _bare(other) != _bare(label) for form in _row_forms(other))
    wanted = [_number(str(v)) if v is not None else None for v in values]
    carried = _year_carried(article, label)
    rated = _RATE_ROW.fullmatch(label)
    outside = other_blocks(article.lines, title, labels, label)
    for number, line in enumerate(article.lines, start=1):
        if number in outside:
            continue  # a row of 全体居民's block, charted under a title of 城镇居民
        start, rates = _after_label(line, label), False
        if start is None and number in carried:  # | 2季度 | 2.6 | under | 2011年1季度 | 2.3 |: 2011年2季度's
            start = _after_label(line, carried[number])
        if start is None and rated and len(_LEVEL_RATE.findall(line)) >= 2 and \
                rated["said"] == bracket_word(article.lines, number):  # 基础货币同比 under (%为同比): 基础货币's
            start, rates = _after_label(line, rated["row"]), True  # rates in brackets
        if start is None:
            continue
        alone = _bare(line) == _bare(label)  # `#制造业`, the label on a line of its own
        # a row of its own: label alone, cells set apart, or the label opening the line
        # with its cells after a space (`临床医学 2339`)
        opening = normalise(_OUTLINE.sub("", line)).startswith(normalise(label)) and line[start:start + 1].isspace()
        if not _RULED.search(line):  # 资本充足率 16.41 15.71 核心资本充足率 14.66: two rows
            line = _own_part(line, start, label, article.lines[number - 2] if number > 1 else "")
        run = None if alone or opening or _ruled(line) else _run_on(line, start)
        if run is not None:  # a table run into one line: each cell in its column's place, no other
            if len(run) == len(values) and _years_in_order(_header_before(article.lines, number, start, len(run)), names):
                found = [number if value is not None and run[column] == value else None
                         for column, value in enumerate(wanted)]
                best = max(best, (found, {}), key=_score)
            elif names:  # a chart of some of its columns: each by the header the table prints over the run
                heads = _run_on_headers(article.lines, number, len(run), labels or [label])
                unders = [_under(heads, name) for name in names[:len(values)]] if heads else []
                if unders and None not in unders:
                    found = [number if value is not None and run[under] == value else None
                             for value, under in zip(wanted, unders)]
                    best = max(best, (found, {}), key=_score)
            continue  # (else which cell is whose, nothing on the line says)
        if not (alone or opening or _TABLE_LINE.search(line.strip())):
            continue
        if not (alone or opening or _RULED.search(line)) and \
                _WORDS.search(CELL.sub(" ", re.sub(r"\([^()]*\)", "", line[start:]))):
            continue  # only spaces set it out, and words follow the label: prose (a page's HTML), not a row
        between = line[start:_first_cell(line, start)]
        if not (alone or opening) and not _TABLE_LINE.search(between) and \
                _WORDS.search(re.sub(r"\([^()]*\)", "", between)):
            continue  # 16 年银幕同比 33%: words run on from the label to its first cell, prose on a ruled line
        # a spec of fewer columns than the row holds: each by the header over it, where the table
        # prints one (a pipe row, or a name a line: 调查日期 Date of survey | / 本题基数 | / 非常满意 | …)
        every = len(_row_cells(line, start))
        above = None
        if names and not line[start:].strip(" |｜\t"):  # cut one cell per line: the headers the table reader gives
            every = len(_cells(article, number, start, _WIDEST, others))  # the next row's rank (2) may follow
            above = (_stacked_headers(article.lines, number - 1, every) or
                     _headers_over_first_row(article, labels or [label])) if every > len(values) else None
            every = len(above) if above else every
        elif names and every > len(values):
            above = names_a_line(article.lines, 0, _first_row(article, number), every)
            above = above[0] if above else _headers(article, number, start, every)
        if above and any(_under(above, name) is None for name in names[:len(values)]):
            above = None  # a column the header does not name once (好唔滿意 twice): read in order
        cells = _cells(article, number, start, every if above else len(values), others, rates, line)
        headers = above or (_headers(article, number, start, len(cells), line) if names else None)
        found: list[int | None] = [None] * len(values)
        misplaced = {}
        at = 0
        for column, value in enumerate(wanted):
            if value is None:
                continue
            under = _under(headers, names[column], units[column] if units else "") if headers else None
            if under is not None:
                cell = cells[under][0]
                if isinstance(cell, Fused) and cell.number == value:  # 269万吨: found where its own unit is the
                    if units and same_unit(cell.unit, units[column] or ""):  # spec's, else the prose reader
                        found[column] = cells[under][1]  # judges it with its unit
                    continue
                cell = cell.number if isinstance(cell, Fused) else cell
                if cell == value:
                    found[column] = cells[under][1]
                else:
                    holder = next((h for h, c in zip(headers, cells) if c[0] == value), None)
                    misplaced[column] = Misplaced(number, headers[under], cell, holder)
                continue
            for index in range(at, len(cells)):
                cell = cells[index][0]
                if isinstance(cell, Fused):  # $5,200: its own unit the spec's, else the prose reader's to judge
                    cell = cell.number if units and same_unit(cell.unit, units[column] or "") else None
                if cell == value and not (isinstance(cells[index][0], Share) and units and
                                                     units[column] and not is_rate(units[column])):
                    found[column], at = cells[index][1], index + 1  # (2.9% is no score 2.9分)
                    break
        if _score((found, misplaced)) > _score(best):
            best = (found, misplaced)
    return best


def _score(row: tuple[list, dict]) -> tuple[int, int]:
    return sum(f is not None for f in row[0]), len(row[1])


# A table a page ran into one line (存款总额 106,850,628.68 106,326,196.40 … 其中:个人活期存款 …): after
# a row's label, its cells one after another, each set apart by a space, up to the next row's label
_RUN_CELL = re.compile(r"\s+(?:(?P<cell>[-−+]?\d[\d,]*(?:\.\d+)?%?)|[-—–]+|…+)(?=\s|$)")
# a standard a row is held to, before its cells (资本充足率 ≥8% 16.41)
_BOUND = re.compile(r"\s+[≥≤><＞＜]=?\d[\d,]*(?:\.\d+)?%?(?=\s)")


def _run_on_row(line: str, begin: int, end: int) -> bool:
    """Whether the label at [begin, end) of the line opens a row of a table run into one line:
    set apart by a space after a cell or a header with a figure in it (2009年 存款总额, 84,687,639.46
    其中:), not after words (核心一级 资本充足率 is one label), its cells after it."""
    if not begin or not line[begin - 1].isspace():
        return False
    token = line[max(0, begin - 16):begin].rsplit(None, 1)[-1:]
    return bool(token) and _FIGURED.search(token[0]) is not None and not _ruled(line) and _run_on(line, end) is not None


def _own_part(line: str, start: int, label: str, above: str) -> str:
    """A row's part of a line set out by spaces, which may hold the rows before and after it
    too: what stands before its label blanked where the row before it ends there (its cells),
    what follows its cells cut (see _next_row; `above` is the line over it). Blanked, not cut,
    so that `start` still holds."""
    line = line[:_next_row(line, start, above)]
    begin, left = start, len(_normalised(label))
    while begin > 0 and left:
        begin -= 1
        left -= not line[begin].isspace()
    return " " * begin + line[begin:] if CELL.search(line, 0, begin) else line


def _next_row(line: str, start: int, above: str = "") -> int:
    """Where the row whose cells begin at `start` ends on a line set out by spaces: at the words
    after its cells that are followed by as many cells as it holds, two at least: the next row
    (资本充足率 16.41 15.71 核心资本充足率 14.66 14.09); else the line's end. A note, a unit or a
    word between cells (16.41 持平 15.71, 2339 万人 2210 万人, 5.2 增长较快 4.8) is no row, nor
    words the header above prints (出口 1200 1350 增速 5.2 6.1 under …2022年增速 2023年增速)."""
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(line, start)]
    kinds = [_RUN_CELL_TOKEN.fullmatch(token) is not None for _, token in tokens]
    cells = next((i for i, cell in enumerate(kinds) if not cell), len(kinds))
    if cells < 2 or cells == len(tokens) or not _WORDS.search(tokens[cells][1]) or tokens[cells][1] in above:
        return len(line)
    after = next((i for i, cell in enumerate(kinds[cells + 1:]) if not cell), len(kinds) - cells - 1)
    return tokens[cells][0] if after == cells else len(line)


_TOKEN = re.compile(r"\S+")
_RUN_CELL_TOKEN = re.compile(r"[-−+]?\d[\d,]*(?:\.\d+)?%?|[-—–]+|…+")


_FIGURED = re.compile(r"[0-9%]|[-—–…]$")  # a cell or a header with a figure in it (2023年末), not words


@lru_cache(maxsize=64)
def _ruled(line: str) -> bool:
    return _TABLE_LINE.search(line.strip()) is not None


_YEAR = re.compile(r"(?<![0-9,.])(?:19|20)[0-9]{2}(?=年)")


def _header_before(lines: tuple[str, ...], number: int, start: int, count: int) -> str:
    """The text before a run-on row at `start` of line `number`: its own line's, or where that
    prints no year, the line above it with it where that is a header of the row's `count` years
    and no other figure (项目 2011年 2010年 over 资本充足率 16.41 15.71 核心…), not a row or prose
    naming years (存款 2010年 100.5 2011年 120.3)."""
    before = lines[number - 1][:start]
    if _YEAR.search(before) or number < 2:
        return before
    above = lines[number - 2]
    if len(_YEAR.findall(above)) != count or CELL.search(_YEAR.sub(" ", above)):
        return before
    return above + " " + before


def _years_in_order(before: str, names: list[str]) -> bool:
    """Whether the spec's column headers each name a year (本集团2011年, 本银行2010年…) and the
    last years the line prints before the row are those, in that order (its header, perhaps
    run together: 2011年2011年2010年2009年). Nothing else on such a line says which cell is whose."""
    wanted = [_YEAR.search(name) for name in names]
    if not names or not all(wanted):
        return False
    printed = _YEAR.findall(before)
    return printed[-len(wanted):] == [m.group() for m in wanted]


def _run_on_headers(lines: tuple[str, ...], number: int, count: int, labels: list[str]) -> list[str] | None:
    """The value headers of a table run into one line, printed before its first row in the
    paragraph of line `number` (1-based), a name to a word, an English gloss beside each
    (調查日期 Date of Survey 半年結樣本人數 Total Sample … 淨值 Net Value 7-12/1993 600 55.0% …):
    the words holding Han characters before the first of the chart's row labels, where they
    are the row's `count` cells' after the labels' own header; else None."""
    top = number - 1
    while top > 0 and lines[top - 1].strip():
        top -= 1
    text = " ".join(lines[top:number])
    firsts = [at for at in (text.find(label) for label in labels if label) if at >= 0]
    if not firsts:
        return None
    tokens = text[:min(firsts)].split()
    words = [word for word in tokens if _HAN.search(word)]
    glossed = [bool(_HAN.search(token)) for token in tokens]
    if not all(glossed) and (glossed[-1] or any(a == b for a, b in zip(glossed, glossed[1:]) if a)):
        return None  # words in Latin letters that are no gloss of one name each: a header of their own (GDP)
    # the labels' own header and one for each cell: with one fewer, which is missing, nothing says
    return words[1:] if len(words) == count + 1 else None


def _run_on(line: str, start: int) -> list[Decimal | None] | None:
    """The cells of a row run on in a line from `start` (an empty cell, `-`, as None), where at
    least two stand there; None where the label is not followed so (prose)."""
    cells, at = [], start
    bound = _BOUND.match(line, at)  # 资本充足率 ≥8% 16.41: the standard the row is held to, no figure of it
    at = bound.end() if bound else at
    while (cell := _RUN_CELL.match(line, at)) is not None:
        cells.append(_number(cell["cell"]) if cell["cell"] else None)
        at = cell.end()
    return cells if sum(c is not None for c in cells) >= 2 else None


_WIDEST = 40  # cells a row cut one cell per line may hold


@lru_cache(maxsize=4)
def _stacked_tables(lines: tuple[str, ...]) -> tuple:
    return tuple(stacked(list(lines), 0, len(lines) - 1)) if lines else ()


def _stacked_headers(lines: tuple[str, ...], at: int, width: int) -> list[str] | None:
    """The value headers of a table a page cut one cell per line (绝对额(亿元) / 比上年同期增长(% /
    2季度 / 上半年 / 2季度 / 上半年 / GDP / 200807 / …) whose row's label stands at line `at`
    (0-based), read as extract reads it (2季度绝对额(亿元), …), where it has `width` columns
    (or one fewer: a ranking's next rank, 2, follows the row's last cell)."""
    for table in _stacked_tables(lines):
        if at in table.lines and len(table.header) in (width, width - 1):
            return [f"{h}({u})" if u and not header_unit(h) else h
                    for h, u in zip(table.header, table.super_units or [""] * width)]
    return None


def _headers_over_first_row(article: Article, labels: list[str]) -> list[str] | None:
    """The value headers of a table cut one cell per line whose row labels are figures themselves
    (2019.01, 1.0: the stacked reader takes them for cells): the lines of a short name each right
    above the table's rows, over the first of the chart's labels on a line of its own (月份 | / 产量 |
    / 增速 | / 2019.01 | / 100.5 | …), without the labels' own where it names them (年份, 月份) or
    the chart's first row has one cell fewer than them; else None (that row's width not theirs,
    or not told apart from the next row's)."""
    lines, wanted = article.lines, {_bare(label): label for label in labels}
    first = next((i for i, line in enumerate(lines) if line.strip(" |｜\t") and _bare(line) in wanted), None)
    if first is None:
        return None
    above = first - 1
    while above >= 0 and CELL.fullmatch(lines[above].strip(" |｜\t") or "-"):
        above -= 1  # the table's rows before the chart's first, each a figure a line (2016 | / 100.5 | / 5.1 |)
    names = []
    while above >= 0 and len(names) <= _WIDEST and _SHORT_NAME.fullmatch(text := lines[above].strip(" |｜\t")) and \
            not CELL.search(text):
        names.insert(0, text)
        above -= 1
    if len(names) >= 3 and names[0] in _LABELS_HEADER:
        return names[1:]  # 年份 / 产量 / 增速: the labels' own header first, whatever rows the chart takes
    start = _after_label(lines[first], wanted[_bare(lines[first])])
    rows = frozenset(form for label in labels for form in _row_forms(label))  # any row ends the first
    width = len(_cells(article, first + 1, start, _WIDEST, rows)) if start is not None else 0
    if width >= 2 and width == len(names) - 1:
        return names[1:]
    return names if width >= 2 and width == len(names) else None


# the header a table prints over its row labels (extract's, and the periods and names a table is by)
_LABELS_HEADER = (*LABEL_COLUMN, "月份", "日期", "时间", "時間", "季度", "版本", "城市", "省份")
_SHORT_NAME = re.compile(r"[^\s,，。;；:：]{1,12}")  # a header cut to a line of its own: no sentence, no spaces


def _first_row(article: Article, number: int) -> int:
    """The 0-based line of the first of the ruled rows that run up to line `number` (1-based)."""
    top = number - 1
    while top > 0 and _RULED.search(article.lines[top - 1]) and CELL.search(article.lines[top - 1]):
        top -= 1
    return top


def _split(line: str) -> list[str]:
    """A table line's cells: between pipes, else between tabs or runs of spaces; none empty at
    either end."""
    # an empty cell at either end (`| |`, a blank top-left corner) lines up by the right instead
    parts = line.strip(" \t|").split("|") if "|" in line else re.split(r"\t| {2,}", line.strip())
    return [p.strip() for p in parts]


def _headers(article: Article, number: int, start: int, count: int, line: str | None = None) -> list[str] | None:
    """The headers of a row's `count` value cells, printed on its line: the nearest line
    above set out as the table's (pipes, tabs, spaced columns) that holds no figure, cell by
    cell against the row's cells, or against its last ones (a label spaced `指  标`). None
    where a line of prose comes first or the cells do not line up. `line` is the row's part of
    its line, where it shares it."""
    line = article.lines[number - 1] if line is None else line
    row = _split(line)
    if not count or len(_row_cells(line, start)) != count:
        return None
    if not _TABLE_LINE.search(line):
        return _spaced_headers(article, number, start, count, line)
    numeric = [i for i, cell in enumerate(row) if CELL.fullmatch(cell.rstrip("*#@"))]  # 816*: a footnote's mark
    if len(numeric) == count + 1 and numeric[0] == 0:
        numeric = numeric[1:]  # | 2022 | 6.77 | 7.37 |: the row's label is a year
    for above in range(number - 2, max(-1, number - 62), -1):
        text = article.lines[above].strip()
        if not text or re.fullmatch(r"[|:\-—\s]+", text):
            continue  # a blank line, or a rule (|---|---|)
        if not _TABLE_LINE.search(text):
            return None
        if CELL.search(text):
            continue  # another row of the table
        head = _split(text)
        if len(head) == len(row) and len(numeric) == count:
            return [head[i] for i in numeric]
        return head[-count:] if len(head) >= count and numeric == list(range(len(row) - count, len(row))) else None
    return None


def _spaced_headers(article: Article, number: int, start: int, count: int, line: str) -> list[str] | None:
    """The headers of a row set out by single spaces (a PDF's text: 化学纤维 269万吨 13.3 under
    1994年 比上年增长%): the last `count` words of the nearest line above that holds no cell,
    past the rows between, where the row holds nothing but its cells and that line no more
    words than the row holds cells and a name or two for the labels. `line` is the row's part
    of its line."""
    if len(line[start:].split()) != count:
        return None
    for above in range(number - 2, max(-1, number - 62), -1):
        text = article.lines[above].strip()
        if _row_cells(text) or _ROW_NOTE.fullmatch(text):
            continue  # another row of the table, or a row's note on a line of its own: (折标准燃料)
        words = text.split()
        joined = _LETTER_SPACED.sub(r"\1\2", text).split()  # 产品名称 产 量 比上年增长%: 产量 is one name
        if len(words) != count + 1 and len(joined) == count + 1:
            words = joined
        return words[-count:] if count <= len(words) <= count + 2 else None
    return None


_ROW_NOTE = re.compile(r"[(（][\u4e00-\u9fff]{1,12}[)）]")  # (折标准燃料) under 能源生产总量 11.2亿吨 4.7: words alone


# Two characters of one name set apart by a space, as a table pads a short name (产 量, 油 料)
_LETTER_SPACED = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]) ([\u4e00-\u9fff])(?![\u4e00-\u9fff])")


def _under(headers: list[str], name: str, unit: str = "") -> int | None:
    """Which of the table's value headers a spec's column header names (2022年 as 2022年 or
    2022, 绝对数(亿元) as 绝对数), if exactly one does. Where that header states a unit other
    than the spec's `unit`, and exactly one header holding the name states the spec's, that
    one (农村居民 in %, of 农村居民(元) and 农村居民同比增速(%): a group's two measures)."""
    wanted = column_words(normalise(name)).removesuffix("%")  # 比上年增长% names the column 比上年增长(%) does
    words = [column_words(normalise(_ENGLISH.sub("", h))).removesuffix("%").rstrip("*#") for h in headers]
    matches = [i for i, w in enumerate(words) if wanted and w == wanted]  # 评分 Rating is 评分; 平均量值** is 平均量值
    if len(matches) != 1:
        return None
    stated = header_unit(headers[matches[0]])
    if unit and stated and folded(stated) != folded(unit):
        measured = [i for i, w in enumerate(words) if wanted in w and folded(header_unit(headers[i]) or "") == folded(unit)]
        return measured[0] if len(measured) == 1 else matches[0]
    return matches[0]


_EMPTY_CELLS = (*EMPTY, "*", "＊", "N/A", "n/a")  # a poll's table marks a cell not asked with * too


def _pair_cell(token: str, rates: bool) -> str:
    """A cell of a row of levels with rates in brackets: the level, or with `rates` the rate
    (a cell printed bare has none: empty)."""
    pair = _LEVEL_RATE.fullmatch(token)
    if pair:
        return pair["rate"] + "%" if rates else pair["level"]
    return "—" if rates else token


def header_over(article: Article, number: int, label: str, name: str) -> str | None:
    """The header the table prints over the cell a spec's column `name` takes from the row
    `label` on line `number` (1-based): 绝对值(元) over 10463; None where it prints none."""
    line = article.lines[number - 1]
    start = _after_label(line, label)
    if start is None:
        return None
    headers = _headers(article, number, start, len(_row_cells(line, start)))
    under = _under(headers, name) if headers else None
    return headers[under] if under is not None else None


def _row_above(lines: tuple[str, ...], number: int, label: str) -> list[tuple[str, str, int]] | None:
    """What stands between a row's label on a line of its own and its cell on line `number`
    (1-based) in a table cut one cell per line, nearest the cell first: ("cell", …) for a figure,
    ("empty", …) for a cell left empty, ("unit", …) for a 单位 column's cell, each with its text
    and line; None where other words come first."""
    between = []
    for k in range(number - 2, max(-1, number - 2 - 2 * _WIDEST), -1):
        text = lines[k].strip(" |｜\t")
        if not text:
            continue
        # the label, unless a figure that may be a cell (2015), before the unit cell that follows a label
        if _bare(text) == _bare(label) and not unit_cell(text) and \
                (not CELL.fullmatch(text) or any(kind == "unit" for kind, _, _ in between)):
            return between
        kind = "unit" if unit_cell(text) else "cell" if CELL.fullmatch(text) else "empty" if text in _EMPTY_CELLS else None
        if kind is None:
            return None
        between.append((kind, text, k + 1))
    return None


def stacked_header_over(lines: tuple[str, ...], number: int, label: str) -> str | None:
    """The header a table cut one cell per line prints over the cell on line `number` (1-based)
    of the row `label`, as extract reads the table (比上年增长(%) over 5.2); None where the line
    is no such cell."""
    between = _row_above(lines, number, label)
    if between is None:
        return None
    index = sum(kind != "unit" for kind, _, _ in between)
    for table in _stacked_tables(lines):
        if number - 1 in table.lines and index < len(table.header):
            return table.header[index]
    return None


def row_unit(lines: tuple[str, ...], number: int, label: str) -> tuple[str, int] | None:
    """The unit the table states for the row whose cell is on line `number` (1-based), where
    that line holds the row's label too; a row cut one cell per line, only by a unit cell
    after its label (财政总收入 / 万元 / 52364)."""
    if _after_label(lines[number - 1], label) is None:
        return _unit_cell_above(lines, number, label)
    return stated_unit(lines, number)


def unit_cell(text: str) -> bool:
    """Whether a line cut from a table is a unit alone (万元, 公斤/亩): a 单位 column's cell."""
    text = text.strip(" |\t")
    return 0 < len(text) <= 6 and not CELL.search(text) and bool(header_unit(f"x({text})"))


def _unit_column_above(lines, number: int) -> bool:
    """Whether a table cut one cell per line heads a 单位 column above line `number` (1-based):
    only then is a measure word between a row's label and its cells the row's unit (台 is a
    place, 人 a row, where no column holds units)."""
    for k in range(number - 2, -1, -1):
        text = lines[k].strip(" |｜\t")
        if UNIT_COLUMN.fullmatch("".join(text.split())):  # 单 位, spaced out as a page sets a short header
            return True
        if PROSE.search(_OUTLINE.sub("", text)) or CAPTION.match(text):
            return False  # a sentence, or the caption of the table (表5:财政收支情况) over its header
    return False


def _unit_cell_above(lines: tuple[str, ...], number: int, label: str) -> tuple[str, int] | None:
    """The unit cell between a row's label on a line of its own and its cell on line `number`:
    right after the label, with only figures after it."""
    if not _unit_column_above(lines, number):
        return None
    between = _row_above(lines, number, label)
    if not between or [kind for kind, _, _ in between] != ["cell"] * (len(between) - 1) + ["unit"]:
        return None
    _, text, line = between[-1]
    return text, line
