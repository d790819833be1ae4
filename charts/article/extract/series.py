"""Series: 每年…600多亿立方米 … 2020年度…954.98亿立方米 -> one measure over the years."""

from __future__ import annotations

import re

from charts.article.extract.section import YEAR, Draft, Figure, Section
from charts.numbers.grammar import ARABIC


def read(section: Section) -> list[Draft]:
    """One draft per unit that names one measure: a row per dated figure, an undated
    approximate one (每年600多亿) as the reference."""
    groups: dict[str, list[Figure]] = {}
    for figure in section.free_figures():
        if not section.is_change(figure) and not section.is_sample(figure):
            groups.setdefault(figure.unit, []).append(figure)
    drafts = []
    for unit, figures in groups.items():
        # A compound unit (亿立方米) names one measure wherever it appears; a plain one
        # (个) only when the figures are dated: two years at least.
        years = {y for f in figures for y in YEAR.findall(_lead(section, f))}
        if len(figures) < 2 or (len(unit) < 3 and len(years) < 2):
            continue
        if len(unit) < 3:
            figures = [f for f in figures if YEAR.search(_lead(section, f))]
        rows, reference, offsets = [], None, []
        for figure in figures:
            clause = _lead(section, figure)
            year = YEAR.findall(clause)
            if year and f"{year[-1]}年" not in {r[0] for r in rows}:
                rows.append([f"{year[-1]}年", figure.text])
            elif not year and not re.fullmatch(ARABIC, figure.text) and reference is None:
                when = re.findall(r"每年|常年|年均|历年", clause)
                reference = (when[-1] if when else "通常", figure.text)
            else:  # a second figure of one year, or one of no year, measures something else
                continue
            offsets.append(figure.start)
        if not rows or (len(rows) < 2 and reference is None):
            continue
        kind = "line" if len(rows) >= 2 and all(YEAR.search(r[0]) for r in rows) else "column"
        if kind == "column" and len(rows) > 12:
            kind = "bar"  # a column chart shows twelve categories at most
        drafts.append(section.draft("series", kind, f"{rows[-1][0]}{rows[-1][1]}{unit}", ["年份", "数值"], rows,
                                    offsets, unit=unit, reference=reference,
                                    confirm=["title", "labels", "other years from other sources"]))
    return drafts


def _lead(section: Section, figure: Figure) -> str:
    """The words just before a figure in its sentence, where its year is written (2020年度…954.98);
    the sentence before, ending 比2024年同期增长15.4%, dates none of the next one's figures."""
    return re.split(r"[。!?;\n]", section.text[max(0, figure.start - 30):figure.start])[-1]
