"""Re-render a chart only when something that affects its bytes changed.

A chart's fingerprint covers its spec, the data file and article texts it names, the theme,
the font, the tool's version and the run's options. The manifest keeps each chart's
fingerprint; a chart whose fingerprint and files are unchanged is not drawn again. This
module imports nothing heavy, so a run where nothing changed stays quick.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from charts import __version__

_NAMED_FILE = re.compile(r"^\s*(?:csv|article):\s*[\"']?([^\"'#\n]+?)[\"']?\s*(?:#.*)?$", re.M)
_THEME = Path(__file__).parent / "theme"


def _digest_of(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return "missing"


def run_stamp(formats, cmyk: bool, strict: bool, font: str | None) -> str:
    """What every chart of a run shares: tool, theme, house font, options."""
    from charts.fonts import bundled_source

    parts = [__version__, ",".join(sorted(formats)), str(cmyk), str(strict), font or ""]
    parts += [_digest_of(p) for p in sorted(_THEME.glob("*")) if p.is_file()]
    source = bundled_source()
    if source is not None:
        stat = source.stat()
        parts.append(f"{source.name}:{stat.st_size}:{int(stat.st_mtime)}")
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def fingerprint(spec: Path, stamp: str) -> str:
    """The spec's bytes, the files it names (data CSV, articles), and the run's stamp."""
    digest = hashlib.sha256(stamp.encode())
    try:
        text = spec.read_bytes()
    except OSError:
        return "unreadable"
    digest.update(text)
    for name in _NAMED_FILE.findall(text.decode("utf-8", "replace")):
        digest.update(name.encode())
        digest.update(_digest_of(spec.parent / name.strip()).encode())
    return digest.hexdigest()


def unchanged(out_dir: Path, name: str, print_: str) -> dict | None:
    """The manifest entry of a chart whose fingerprint matches and whose files are all there."""
    try:
        manifest = json.loads((out_dir / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    for entry in manifest.get("charts", []):
        if entry.get("name") == name and entry.get("fingerprint") == print_ and entry.get("status") != "error":
            files = entry.get("files", {})
            if files and all((out_dir / name / f).is_file() and (out_dir / name / f).stat().st_size == facts["bytes"]
                             for f, facts in files.items()):
                return entry
    return None
