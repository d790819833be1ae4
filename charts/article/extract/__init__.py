"""Drafting specs from the tables an article reports in its prose.

Articles state tables in a handful of shapes; each shape has one reader, a module of its own
with the same `read(section) -> list[Draft]`:

    ratios         三次产业结构由上年的13.2:32.3:54.5调整为12.4:30.9:56.7 -> shares of one whole
    respectively   A、B和C分别占x%、y%和z%                       -> labels before, values after, in order
    fromto         占比由2018年底的15.6%提升至17.3%                 -> two periods, a row per measure
    dated          从2015年的48.2%提高到2020年的55.6%               -> one measure over the years
    counted        有164人有网友，占全部被调查人群的16.4%；…        -> the counts, and their shares
    profiles       甲正向评价为23.7%、负向评价为62.4%。乙正向评价… -> the same measures, subject by subject
    enumerations   受访者中，00后占21.6%，90后占43.6%…            -> shares of one whole
    clauses        学生最多，占比为26.0%；其次是个体户，占比为20.0%  -> shares stated clause by clause
    lists          北京82.1%、上海70.0%、广州只有54.8%              -> a short name before each share
                   (read_after: 52.2%知道、47.8%不知道              -> a poll's answers after their shares)
    bracketed      分享防疫信息（54.0%）、相互提醒防疫措施（49.3%）… -> shares, often multi-choice
    comparisons    00后受访者觉得更近的比例更高（58.1%）            -> groups against all respondents
    pointers       在城市仅有32.0%…，而在农村这一比例上升到了45.9%   -> one share, two groups or times
    then           中位数录29,500港元,…,五年前报28,300港元        -> now and an earlier time
    headlines      75.8%的受访者表示在防疫过程中更重视邻里关系了      -> separate findings
    periods        2021年…12期…814家… 今年…3期…131家…             -> two periods, one row per measure
    growth         第一产业增加值62857万元，同比增长6.3%；…         -> the levels, and their growth
                   (read_share_changes: 占…的比重为14.2%,比上年提高0.2个百分点 -> shares, their changes)
                   (read_changes: 国有企业增长5.3%，集体企业下降2.2%…  -> the changes, no level given)
    increases      常住人口1200.5万人,比上年末增加10.2万人;…       -> the levels, and their changes
    series         每年…600多亿立方米 … 2020年度…954.98亿立方米     -> one measure over years
    tables         | 指标 | 绝对数(亿元) |, aligned columns, one cell per line -> tables
                   (aligned.py: a row to a line; stacked.py: a cell to a line; cells.py: cells, units, headers)
    figures        3.7亿元 … 户均年收入21600元 … 两万多名           -> a panel of big numbers
    findings       every share left, labelled by the frame around it -> findings, a draft per sentence
                   (read_changes: 55.1%信任…,比上月增加6.5個百分點 -> each share's change on the poll before)

A `Section` (section.py) is one article of the page; a figure a reader puts in a table is
taken, and the readers after it leave it alone, so their order matters: the shapes that say
most about a figure read first. Figures are found with the one grammar (charts.numbers.grammar).

Drafts are plain data (`Draft`); `charts.article.drafts` writes them as commented YAML. What a
reader guesses (labels, question type, kind) is marked for the editor to confirm.
"""

from __future__ import annotations

import re

from dataclasses import replace

from charts.article.extract import (
    breakdown,
    bracketed,
    clauses,
    comparisons,
    counted,
    dated,
    enumerations,
    figures,
    findings,
    fromto,
    growth,
    headlines,
    increases,
    lists,
    periods,
    pointers,
    profiles,
    ratios,
    respectively,
    series,
    tables,
    then,
)
from charts.article.extract.section import Draft, sections
from charts.article.read import Article
from charts.kinds import get as get_kind
from charts.spec.table import MAX_ROWS

__all__ = ["READERS", "Draft", "extract"]

READERS = (tables.read, ratios.read, respectively.read, fromto.read, dated.read, counted.read, profiles.read,
           enumerations.read, clauses.read, lists.read, lists.read_after, bracketed.read, comparisons.read, pointers.read, then.read,
           headlines.read, periods.read, growth.read, growth.read_share_changes, growth.read_changes, increases.read,
           series.read, breakdown.read,
           figures.read, findings.read_changes, findings.read)


def extract(article: Article) -> list[Draft]:
    """Every table the readers recognise, article section by article section."""
    drafts: list[Draft] = []
    for section in sections(article):
        found: list[Draft] = []
        for read in READERS:
            found += [part for draft in read(section) if not _named_by_figures(draft) for part in _parts(draft)]
        drafts += _without_restatements(found)
    names: dict[str, int] = {}
    for draft in drafts:  # unique, file-safe names
        count = names.get(draft.name, 0)
        names[draft.name] = count + 1
        if count:
            draft.name = f"{draft.name}-{count + 1}"
    return drafts


# 31.83, 0.5%, 達323.7萬人次 (a figure and its verb, the name a clause before); not 1, 2, 3 (children, times)
_FIGURE = re.compile(r"[-+−]?[0-9][0-9,]*(?:\.[0-9]+[%％]?|[%％])|"
                     r"(?:高达|高達|达到|達到|达|達|为|為)[0-9][0-9.,]*[万亿萬億]?[^\W\d_]{0,3}[、,，]?")


def _named_by_figures(draft: Draft) -> bool:
    """Whether a row of the draft is named by a figure (31.83 before (5.15%), 0.5% before 和):
    a reader took a figure for a name, so the rows are no table the article gives."""
    return any(_FIGURE.fullmatch(str(row[0]).strip()) and not _BAND.search(str(row[0])) for row in draft.rows) and \
        not all(_YEAR.fullmatch(str(row[0]).strip()) for row in draft.rows)


_PROSE = ("list", "findings", "respectively", "choices", "shares", "figures")  # the readers of sentences


def _without_restatements(drafts: list[Draft]) -> list[Draft]:
    """A lead that restates figures the body gives again (47.5%受访者不满意…、49.3%…、67.3%… in the
    first sentence, each again with its question further on): its draft goes, since each of its
    rows is in a draft told after it, under the same name or one that begins with it, and either
    no one of them holds them all or one holds them with more (the body's full answer). Figures
    two measures share (南方54.4%、北方45.6% of supply and again of use) stay twice, as do whole
    numbers, which coincide too easily (满意45 of one service and of the next). Only drafts of
    sentences go; a table stays whatever the prose after it repeats."""
    order = sorted(range(len(drafts)), key=lambda i: (min(drafts[i].lines or [0]), i))  # as told
    told = {i: rank for rank, i in enumerate(order)}
    by_value: dict[tuple, list[tuple[int, str]]] = {}  # (figure, unit) -> (draft, label) of each row
    for j, d in enumerate(drafts):
        for other in d.rows:
            if len(other) == 2:
                by_value.setdefault((str(other[1]), str(d.unit)), []).append((j, str(other[0])))
    kept: list[Draft] = []
    for i, draft in enumerate(drafts):
        if draft.name.split("-")[0] not in _PROSE or len(draft.columns) != 2 or not draft.rows or \
                not all("." in str(row[1]) for row in draft.rows):
            kept.append(draft)  # (the cheap tests first: a page of 40,000 rows stays linear)
            continue
        holders = []
        for row in draft.rows:
            told_again = by_value.get((str(row[1]), str(draft.unit)), [])
            if len(told_again) > _OFTEN:
                holders = [set()]  # a figure printed again and again is no restatement of one lead
                break
            holders.append({j for j, label in told_again if told[j] > told[i] and _twins(str(row[0]), label)})
        whole = set.intersection(*holders)
        if all(holders) and (not whole or any(len(drafts[j].rows) > len(draft.rows) for j in whole)):
            continue
        kept.append(draft)
    return kept


_OFTEN = 20  # drafts' rows holding one figure, past which none is read as restating another


def _twins(label: str, other: str) -> bool:
    """The same name, or a name that begins with the other (不满意 / 不满意目前的成果; not 满意 /
    不满意)."""
    a, b = sorted((label, other), key=len)
    return len(a) >= 2 and b.startswith(a)


_YEAR = re.compile(r"(?:1[89]|20)[0-9]{2}")  # a series by year: 2019 2020 2021 name their rows
_BAND = re.compile(r"(?:以上|以下)$")  # 为500元以下: an answer's band of amounts, a name (15.6%的受访者为500元以下)


def _parts(draft: Draft) -> list[Draft]:
    """The draft, or, where it holds more rows than a chart shows (a list of 70 districts), its
    rows in order in parts a chart can show, each a draft of its own: the spec accepts no more.
    A kind that shows fewer (a line's 24 years, a donut's 8 answers) gives way to bars."""
    most = (get_kind(draft.kind).rows or (0, MAX_ROWS))[1]
    if len(draft.rows) > most and len(draft.columns) == 2:
        draft = replace(draft, kind="bar")  # 1978-2008, 31 years: bars, as the check's message says
    if len(draft.rows) <= MAX_ROWS:
        return [draft]
    parts = []
    for start in range(0, len(draft.rows), MAX_ROWS):
        rows = draft.rows[start:start + MAX_ROWS]
        labels = {row[0] for row in rows}
        unit = {k: v for k, v in draft.unit.items() if k in labels} if isinstance(draft.unit, dict) else draft.unit
        parts.append(replace(draft, rows=rows, unit=unit, title=f"{draft.title}({start // MAX_ROWS + 1})",
                             worded={k: v for k, v in draft.worded.items() if k in labels},
                             flagged=draft.flagged if not start else [], sums=draft.sums if not start else []))
    return parts
