"""The output folder's manifest: its file names and the one way to read it back.

Bundle rewrites the manifest after each run; the incremental run reads it to keep charts
that did not change. Both read it here, so both forgive a missing or broken one the same
way. Imports nothing heavy: a run where nothing changed reads the manifest and stops.
"""

from __future__ import annotations

import json
from pathlib import Path

MANIFEST = "manifest.json"
INDEX = "index.html"


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
