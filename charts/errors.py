"""The errors an editor can meet. Each carries problems that read `file:line:col: field: what`."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one input, located as precisely as we know it."""

    file: str
    message: str
    field: str = ""
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class ChartsError(Exception):
    """Base of every error we raise on purpose; the CLI prints it without a traceback."""

    def __init__(self, problems: list[Problem] | Problem | str):
        if isinstance(problems, str):
            problems = [Problem(file="charts", message=problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class SpecError(ChartsError):
    """The YAML or its fields are wrong."""


class DataError(ChartsError):
    """The table breaks a data rule (sums, question type, units)."""


class FontError(ChartsError):
    """No usable CJK font, or a character the font cannot draw."""


class OutputError(ChartsError):
    """The output folder cannot be written."""
