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

from dataclasses import replace

from charts.article.extract import (
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
from charts.spec.table import MAX_ROWS

__all__ = ["READERS", "Draft", "extract"]

READERS = (tables.read, ratios.read, respectively.read, fromto.read, dated.read, counted.read, profiles.read,
           enumerations.read, clauses.read, lists.read, lists.read_after, bracketed.read, comparisons.read, pointers.read, then.read,
           headlines.read, periods.read, growth.read, growth.read_share_changes, growth.read_changes, series.read,
           figures.read, findings.read_changes, findings.read)


def extract(article: Article) -> list[Draft]:
    """Every table the readers recognise, article section by article section."""
    drafts: list[Draft] = []
    for section in sections(article):
        found: list[Draft] = []
        for read in READERS:
            found += [part for draft in read(section) for part in _parts(draft)]
        drafts += _without_repeats(found)
    names: dict[str, int] = {}
    for draft in drafts:  # unique, file-safe names
        count = names.get(draft.name, 0)
        names[draft.name] = count + 1
        if count:
            draft.name = f"{draft.name}-{count + 1}"
    return drafts


def _without_repeats(drafts: list[Draft]) -> list[Draft]:
    """A finding the page states again (60.3%受访家长为孩子的暑期生活发愁 in the lead and a
    subheading, then 60.3%的受访家长会为孩子的暑期生活发愁，24.2%的家长不会) is drafted once: in the
    table of its answers, which holds it; or, where a shorter table only repeats findings drafted
    together (75.8% and 53.5% of a three-finding lead), in the findings. Only where the words are
    the same (most of the shorter label's characters), and within one article of the page (a
    section): 60.3% of another question stays, and 65.2% in the page's next article."""
    def repeated(row, rows, alike=None) -> bool:
        return any(str(row[1]) == str(other[1]) and (alike or _alike)(row[0], other[0]) for other in rows)

    findings = [d for d in drafts if d.name == "findings"]
    dropped = {id(d) for d in drafts if d.name != "findings" and len(d.rows) >= 2 and all(len(r) == 2 for r in d.rows)
               and any(len(f.rows) > len(d.rows) and all(repeated(r, f.rows, _akin) for r in d.rows) for f in findings)}
    tabled = [row for d in drafts if d.name != "findings" and id(d) not in dropped for row in d.rows if len(row) == 2]
    # the dropped table's labels, which its reader read from the answer's own frame, name the findings' rows
    named = {str(r[1]): r[0] for d in drafts if id(d) in dropped for r in d.rows}
    out, said = [], []
    for draft in drafts:
        if id(draft) in dropped:
            continue
        if draft.name == "findings":
            kept = [row for row in draft.rows if not repeated(row, tabled) and not repeated(row, said)]
            renamed = {row[0]: named[str(row[1])] for row in kept if str(row[1]) in named
                       and _akin(row[0], named[str(row[1])]) and named[str(row[1])] not in {r[0] for r in kept}}
            kept = [[renamed.get(row[0], row[0]), *row[1:]] for row in kept]
            said += kept
            if not kept:
                continue
            if kept != draft.rows:
                draft = replace(draft, rows=kept, worded={renamed.get(k, k): v for k, v in draft.worded.items()
                                                          if any(r[0] == renamed.get(k, k) for r in kept)})
        out.append(draft)
    return out


def _akin(a: str, b: str) -> bool:
    """Near enough to name the same finding twice in a row of findings: 60 % of the shorter's
    characters in the longer (与邻居 in 疫情防控过程中与邻居关系更近了)."""
    short, long_ = sorted((a, b), key=len)
    pool = list(long_)
    shared = 0
    for ch in short:
        if ch in pool:
            pool.remove(ch)
            shared += 1
    return bool(short) and shared >= 0.6 * len(short)


def _alike(a: str, b: str) -> bool:
    """The same words: the shorter label of four characters at least, and 80 % of its characters
    in the longer, counted with repeats (支持 is in too many answers to say which)."""
    short, long_ = sorted((a, b), key=len)
    pool = list(long_)
    shared = 0
    for ch in short:
        if ch in pool:
            pool.remove(ch)
            shared += 1
    return len(short) >= 4 and shared >= 0.8 * len(short)


def _parts(draft: Draft) -> list[Draft]:
    """The draft, or, where it holds more rows than a chart shows (a list of 70 districts), its
    rows in order in parts a chart can show, each a draft of its own: the spec accepts no more."""
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
