"""A reporter that keeps what the library says, for tests of the library's entry points."""

from __future__ import annotations

from charts.report import Reporter


class Collected(Reporter):
    def __init__(self):
        self.events: list[tuple] = []

    def said(self, kind: str) -> list:
        """The texts (or, for summary/tally, (text, failed)) of one kind of event, in order."""
        return [event[1] if len(event) == 2 else event[1:] for event in self.events if event[0] == kind]

    def info(self, text):
        self.events.append(("info", text))

    def detail(self, text):
        self.events.append(("detail", text))

    def problem(self, problem):
        self.events.append(("problem", str(problem)))

    def note(self, text):
        self.events.append(("note", text))

    def output(self, text):
        self.events.append(("output", text))

    def summary(self, text, failed):
        self.events.append(("summary", text, failed))

    def tally(self, text, failed):
        self.events.append(("tally", text, failed))

    def record(self, text):
        self.events.append(("record", text))

    def start(self, total):
        self.events.append(("start", total))

    def step(self, label):
        self.events.append(("step", label))

    def stop(self):
        self.events.append(("stop",))
