"""The errors an editor can meet. Each carries problems that read `file:line:col: field: what`."""

from __future__ import annotations

from dataclasses import dataclass

# Longest line a Problem prints: a spec's text echoed back (a 1 MB key, a wall of
# categories) must not flood an editor's terminal or a CI log.
MAX_LINE = 1000


def is_invisible(ch: str) -> bool:
    """A character that must never reach a terminal raw: C0 and C1 controls and DEL (escape
    sequences, bell, carriage return), bidirectional marks, overrides and isolates (they
    reorder what the reader sees), line and paragraph separators, lone surrogates and
    noncharacters."""
    code = ord(ch)
    return (code < 0x20 or 0x7F <= code <= 0x9F or code in (0x061C, 0x200E, 0x200F, 0x2028, 0x2029)
            or 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069 or 0xD800 <= code <= 0xDFFF
            or 0xFDD0 <= code <= 0xFDEF or (code & 0xFFFE) == 0xFFFE)


def code_point(ch: str) -> str:
    """How a character is written in a message: \\x1b, \\u202e, \\U0010fffe (as Python writes it)."""
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def printable(text: str, keep_newlines: bool = False) -> str:
    """`text` safe for a terminal: every invisible character written as its escape, so a
    spec, a CSV or a file name can never move the cursor, clear the screen or reverse a line."""
    if not any(is_invisible(ch) for ch in text):
        return text
    return "".join(ch if not is_invisible(ch) or (keep_newlines and ch == "\n") else code_point(ch)
                   for ch in text)


def excerpt(text: str, limit: int = 40) -> str:
    """Spec text quoted in a message: at most `limit` characters of it."""
    return text if len(text) <= limit else text[:limit] + f"…({len(text):,} characters)"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one input, located as precisely as we know it."""

    file: str
    message: str
    field: str = ""
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        # Every problem line passes here: the one place spec text is made safe to print.
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        line = f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        line = printable(line)
        return line if len(line) <= MAX_LINE else line[: MAX_LINE - 1] + "…"


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


class LayoutError(ChartsError):
    """The drawn chart fails the layout check: texts overlap, are clipped, or stray from their marks."""
