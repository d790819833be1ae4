"""What verify says of each figure: found, relabelled, missing or cited, with where, and the
line an editor reads for it (`file:line:col: field: what happened`)."""

from __future__ import annotations

from dataclasses import dataclass

from charts import messages as msg
from charts.errors import Problem
from charts.spec.read import LoadedSpec


@dataclass(frozen=True)
class Check:
    """One figure of a chart and what the article says of it."""

    what: str  # as the reader sees it: "00后 21.6%"
    field: tuple  # spec field path, for file:line
    status: str  # found | relabelled | missing | cited | verified-in-cited | not-in-cited
    line: int | None = None  # article line where it was found
    source: str = ""  # which text it was looked up in
    instead: str = ""  # what the article has instead, and how to fix the spec (messages.py), when known


STATUSES = ("found", "cited", "relabelled", "missing")


def said(loaded: LoadedSpec, c: Check, lenient: bool = False) -> Problem:
    """What happened to one figure, at its field (in the CSV for a CSV's rows). A figure
    found only under another label is an error, a warning when `lenient`."""
    if c.instead:  # filled in, not formatted again: the spec's words may hold braces (进口{x})
        return loaded.problem(c.field, c.instead.replace("{mark}", "warning" if lenient else "error"))
    text = {"found": lambda: msg.VERIFY_FOUND.format(what=c.what, line=c.line),
            "cited": lambda: msg.VERIFY_CITED.format(what=c.what, source=c.source),
            "relabelled": lambda: (msg.VERIFY_RELABELLED if lenient else msg.VERIFY_RELABELLED_ERROR).format(
                what=c.what, line=c.line),
            "missing": lambda: msg.VERIFY_MISSING.format(what=c.what, source=c.source)}[c.status]()
    return loaded.problem(c.field, text)


def report(loaded: LoadedSpec, checks: list[Check], lenient: bool = False) -> tuple[dict[str, int], list[tuple[str, str]]]:
    """Counts by status, and one line per figure: `file:line:col: field: what happened`."""
    counts = {status: 0 for status in STATUSES}
    for c in checks:
        counts[c.status] += 1
    return counts, [(c.status, str(said(loaded, c, lenient))) for c in checks]
