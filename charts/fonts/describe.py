"""`charts fonts` as a library call: which font each role resolves to, and why."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from charts.report import Reporter


@dataclass(frozen=True)
class FontsOptions:
    font: str | None = None  # a family or file to resolve instead of the house font


def describe_fonts(options: FontsOptions, report: Reporter) -> None:
    """Three lines a role: the font and its version, its file, the reason it was chosen."""
    from charts.fonts.resolve import FontResolver

    for role, choice in FontResolver(options.font, report.note)(None, Path(".")).items():
        report.output(f"{role}: {choice.label} ({choice.version})")
        report.output(f"  file: {choice.path}" + (f" (face {choice.face})" if choice.face else ""))
        report.output(f"  why:  {choice.why}")
