"""Figures whose place in the text says whose they are: a term of a ratio (三次产业结构为
12.4:30.9:56.7: the order of the rows the sentence names) and a cell of a table printed as
text (its row's line, its column's header). The place settles the figure: found there, or
put under another row or column, which verify reports with what the text has there instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from charts import messages as msg
from charts.article.lists import Ratio, ratio_at
from charts.article.read import Article, fold
from charts.article.rows import Misplaced


@dataclass(frozen=True)
class Placed:
    """A figure judged by its place: found, or relabelled with the message that says why."""

    status: str  # found | relabelled
    line: int
    instead: str = ""  # the message (messages.py), {mark} left to fill, when relabelled


def ratios_of(article: Article, table, cited) -> list[Ratio | None]:
    """Per column, a ratio in the text that gives it whole, else None."""
    labels = [fold(label) for label in table.categories]
    return [None if cited or any(v.approximate for v in series) else
            ratio_at(article.text, labels, [v.number for v in series]) for series in table.values]


def ratio_place(article: Article, ratio: Ratio, row: int, number: Decimal, labels: list[str], what: str) -> Placed:
    """The row's figure against the term the ratio gives it: 第一产业 54.5 where the text's
    terms run 第一:第二:第三 and 54.5 is the third is another row's term."""
    line = article.line(ratio.at)
    if ratio.terms[row] == number:
        return Placed("found", line)
    order = ":".join(labels[i] for i in ratio.order)
    return Placed("relabelled", line, msg.VERIFY_RATIO_TERM.format(
        what=what, line=line, ratio=ratio.printed, order=order, term=ratio.terms[row], mark="{mark}"))


def cell_place(misplaced: Misplaced, number: Decimal, what: str) -> Placed:
    """A figure put under a header the table prints, whose row has another figure there."""
    holder = msg.VERIFY_TABLE_HOLDER.format(number=number, other=misplaced.holder) if misplaced.holder else ""
    if misplaced.cell is None:  # —: the table leaves the cell empty
        return Placed("relabelled", misplaced.line, msg.VERIFY_TABLE_EMPTY.format(
            what=what, line=misplaced.line, header=misplaced.header, holder=holder, mark="{mark}"))
    return Placed("relabelled", misplaced.line, msg.VERIFY_TABLE_CELL.format(
        what=what, line=misplaced.line, header=misplaced.header, cell=misplaced.cell, holder=holder, mark="{mark}"))
