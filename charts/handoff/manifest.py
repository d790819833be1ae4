"""The output folder's manifest: its file names and the one way to read it back.

Bundle rewrites the manifest after each run; the incremental run reads it to keep charts
that did not change. Both read it here, so both forgive a missing or broken one the same
way. Imports nothing heavy: a run where nothing changed reads the manifest and stops.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from charts.handoff.review import TITLE, UI_FONT
from charts.spec.files import name_key

MANIFEST = "manifest.json"
INDEX = "index.html"
ARCHIVE = "charts.zip"  # every chart packed; one chart alone packs to NAME.zip beside it


def read_entries(out_dir: Path) -> dict[str, dict]:
    """Each chart the last run kept, by name, in the manifest's order. A manifest that is
    missing, unreadable or not what charts writes counts as none: the run then draws every
    chart again rather than trust it."""
    try:
        manifest = json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    charts = manifest.get("charts") if isinstance(manifest, dict) else None
    if not isinstance(charts, list):
        return {}
    return {e["name"]: e for e in charts if isinstance(e, dict) and isinstance(e.get("name"), str)}


def foreign_file(out_dir: Path) -> str | None:
    """INDEX when the folder holds an index.html that is not a review page of charts (a
    site's own page a render would overwrite), else None. A manifest is no sign either way:
    a broken one of charts' own is rewritten, as read_entries says."""
    page = out_dir / INDEX
    if not os.path.lexists(page):
        return None
    if page.is_symlink() or not page.is_file():  # charts writes a plain file, never a link or a pipe
        return INDEX
    try:
        with open(page, "rb") as file:  # the head of the page is enough
            head = file.read(4096)
    except OSError:
        head = b""
    return None if TITLE.encode("utf-8") in head else INDEX


def reserved(name: str) -> str | None:
    """Which of the output's own files a chart named `name` would clash with, or None. A
    chart's folder sits beside the review page, the manifest, the review font and the
    archives (the lock and temporaries are dot files, and no chart name starts with a dot),
    compared as file systems compare names: case and Unicode forms aside."""
    key = name_key(name)
    for file, what in ((INDEX, "review page"), (MANIFEST, "manifest"), (UI_FONT, "review font"),
                       (ARCHIVE, "archive")):
        if key in (name_key(file), name_key(file.rsplit(".", 1)[0])):
            return f"{what} ({file})"
    if key.endswith(".zip"):
        return f"archive of the chart {name[:-4]} ({name})"
    return None
