"""Verify results as findings: every figure of a chart looked up in its article, once per
render, and carried to the hand-off (the record and the review page) as they were found."""

from __future__ import annotations

from dataclasses import dataclass

from charts.article.verify import Check, verify_spec
from charts.errors import ChartsError


@dataclass(frozen=True)
class Verification:
    checks: tuple[Check, ...]
    note: str | None = None  # why the article could not be read, when it could not


def verification(loaded) -> Verification:
    """The spec's figures against its article; an unreadable article is a note, not an error
    (the chart is still drawn, and its record says why nothing was verified)."""
    try:
        return Verification(tuple(verify_spec(loaded)))
    except ChartsError as exc:
        return Verification((), exc.problems[0].message)
