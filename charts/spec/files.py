"""Which spec files a command works on, and the chart name each gives. Imports nothing
heavy: a render where nothing changed decides that before loading the spec model."""

from __future__ import annotations

import re
from pathlib import Path


def find_specs(targets, default: Path = Path("specs")) -> list[tuple[Path, str]]:
    """Spec files from files and folders as given (default: every spec in specs/), each
    with the path as the editor wrote it, for messages."""
    found: list[tuple[Path, str]] = []
    for target in [Path(t) for t in targets] or [default]:
        if target.is_dir():
            found += [(p, str(p)) for p in sorted(target.glob("*.yaml")) + sorted(target.glob("*.yml"))]
        else:
            found.append((target, str(target)))
    return found


def chart_name(path: Path) -> str:
    """The output name of a spec: its file name, made safe for any file system."""
    stem = path.stem.strip()
    safe = re.sub(r"[^\w\-.]+", "-", stem, flags=re.UNICODE).strip("-.")
    return safe or "chart"
