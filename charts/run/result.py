"""What a run says of one spec: its files, problems, warnings and status."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from charts.errors import Problem


@dataclass
class Result:
    spec: str
    name: str | None = None
    files: list[Path] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    status: str = "error"  # ok / warning / unverified / error, from the chart's record (for the manifest)
    unchanged: bool = False  # kept from an earlier run: nothing that affects it changed
    digests: dict[str, dict] = field(default_factory=dict)  # of each file written, for the manifest

    @property
    def ok(self) -> bool:
        return not self.problems

    @classmethod
    def kept(cls, shown: str, out_dir: Path, entry: dict) -> Result:
        """A chart left as the manifest entry of an earlier run describes it."""
        name = entry["name"]
        return cls(shown, name, files=[out_dir / name / f for f in entry["files"]], status=entry["status"],
                   unchanged=True)
