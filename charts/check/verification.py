"""Verify results as findings: every figure of a chart looked up in its article, once per
render, and carried to the hand-off (the record and the review page) as they were found."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from charts.article.verify import Check, said, verify_spec
from charts.errors import ChartsError


@dataclass(frozen=True)
class Verification:
    checks: tuple[Check, ...]
    note: str | None = None  # why the article could not be read, when it could not

    @property
    def status(self) -> str:
        """verified: the figures were looked up (each has its own status); unverified: no
        article was read, so nothing on the chart is checked."""
        return "unverified" if self.note is not None else "verified"


def refusals(loaded, verified: Verification, lenient: bool = False) -> tuple[list, list]:
    """What a render says of the figures verify looked up: a figure missing from its article
    refuses the chart, as one found only under another label does unless `lenient` (then a
    warning). Problems located at each figure's field, worded as `charts verify` words them."""
    wrong = [c for c in verified.checks if c.status == "missing" or c.status == "relabelled" and not lenient]
    doubtful = [c for c in verified.checks if c.status == "relabelled" and lenient]
    return [said(loaded, c) for c in wrong], [said(loaded, c, lenient=True) for c in doubtful]


def verification(loaded, articles: tuple[Path, ...] = ()) -> Verification:
    """The spec's figures against its article, looked up beside the spec, then in `articles`
    (--articles), then CHARTS_ARTICLES; an article not named, not found or unreadable is a
    note, not an error (the chart is still drawn, and its record says why nothing was
    verified)."""
    try:
        return Verification(tuple(verify_spec(loaded, folders=articles)))
    except ChartsError as exc:
        return Verification((), exc.problems[0].message)
