"""Which spec files a command works on, and the chart name each gives. Imports nothing
heavy: a render where nothing changed decides that before loading the spec model."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from charts.inputs import MAX_SPEC_BYTES, SPEC_FILE, project_of, read_input  # noqa: F401 (MAX_SPEC_BYTES: callers)


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


def read_spec_bytes(path: Path, shown: str | None = None, outside: bool = False) -> bytes:
    """A spec's bytes: a regular file of at most MAX_SPEC_BYTES inside its project (a link
    to a file elsewhere only with `outside`, --allow-outside). Raises InputError."""
    return read_input(path, SPEC_FILE, within=project_of(path), outside=outside, shown=shown)


def chart_name(path: Path) -> str:
    """The output name of a spec: its file name, made safe for any file system (composed
    Unicode, as macOS and Linux would otherwise write the same name two ways)."""
    stem = unicodedata.normalize("NFC", path.stem.strip())
    safe = re.sub(r"[^\w\-.]+", "-", stem, flags=re.UNICODE).strip("-.")
    return safe or "chart"


def name_key(name: str) -> str:
    """What makes two chart names one folder on some file system: case (macOS, Windows) and
    Unicode forms (macOS), full-width letters folded too."""
    return unicodedata.normalize("NFKC", name).casefold()
