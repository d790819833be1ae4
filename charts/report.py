"""How library code speaks to people: through a Reporter it is handed, never print().

Each method is one kind of event; what becomes of it is the caller's choice. The command
line (charts/cli.py) hides progress under --quiet and --json, adds detail with --verbose,
colours problems on a terminal and draws the progress bar; a test collects the events; a
script that passes nothing hears nothing. This base class is that silent reporter.
"""

from __future__ import annotations

from charts.errors import Problem


class Reporter:
    def info(self, text: str) -> None:
        """Progress for people: a chart rendered, a spec that checked out, a found figure."""

    def detail(self, text: str) -> None:
        """More of it, for those who asked (--verbose): charts left as they were, each file."""

    def problem(self, problem: Problem | str) -> None:
        """Something wrong with an input, an error or a warning; a str is a line already
        formatted as a problem (verify's report). Never to be hidden."""

    def note(self, text: str) -> None:
        """A word on the run itself: waiting for another run, slow one-time work, what a
        watch watches, how many drafts an extract made."""

    def output(self, text: str) -> None:
        """What the command makes: draft specs, the archive packed, fonts resolved."""

    def summary(self, text: str, failed: bool) -> None:
        """The closing line of a batch; `failed`: some spec did not make it."""

    def tally(self, text: str, failed: bool) -> None:
        """One spec's verify counts: the summary verify's --quiet keeps."""

    def record(self, text: str) -> None:
        """The run as JSON, for machines (--json)."""

    def start(self, total: int) -> None:
        """A batch of `total` specs begins."""

    def step(self, label: str) -> None:
        """One spec of the batch is done."""

    def stop(self) -> None:
        """The batch is over, done or not."""


SILENT = Reporter()  # for callers that want the results only
