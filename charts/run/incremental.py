"""Re-render a chart only when something that affects its bytes changed.

A chart's fingerprint covers its spec, the data file and article texts it names, the theme,
the font, the tool's version and the run's options. The manifest keeps each chart's
fingerprint; a chart whose fingerprint and files are unchanged is not drawn again. This
module imports nothing heavy, so a run where nothing changed stays quick.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from charts import __version__
from charts.handoff.manifest import INDEX, read_entries
from charts.spec.files import chart_name

_THEME = Path(__file__).parents[1] / "theme"


def _digest_of(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return "missing"


def run_stamp(formats, cmyk: bool, strict: bool, font: str | None) -> str:
    """What every chart of a run shares: tool, theme, house font, options."""
    from charts.fonts.resolve import bundled_source

    parts = [__version__, ",".join(sorted(formats)), str(cmyk), str(strict), font or ""]
    parts += [_digest_of(p) for p in sorted(_THEME.glob("*")) if p.is_file()]
    source = bundled_source()
    if source is not None:
        stat = source.stat()
        parts.append(f"{source.name}:{stat.st_size}:{int(stat.st_mtime)}")
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def named_files(text: bytes) -> list[str]:
    """The files a spec names, as written: its data CSV, its article, each also_cited
    article. Read from the parsed YAML, so every style of writing counts (`data: {csv:
    age.csv}` as well as a block). A spec that does not parse names none: its bytes alone
    decide, and loading it fails with the reason later."""
    import yaml

    # The C loader where PyYAML has it: a batch reads every spec here before drawing any.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        spec = yaml.load(text, Loader=loader)
    except (yaml.YAMLError, RecursionError):  # RecursionError: absurdly deep nesting
        return []
    if not isinstance(spec, dict):
        return []

    def field(parent, key):
        value = parent.get(key) if isinstance(parent, dict) else None
        return [value.strip()] if isinstance(value, str) and value.strip() else []

    cited = spec.get("also_cited")
    return (field(spec.get("data"), "csv") + field(spec.get("source"), "article")
            + [name for entry in (cited if isinstance(cited, list) else []) for name in field(entry, "article")])


def depends_on(spec: Path) -> list[Path]:
    """The files besides the spec whose change changes its chart (the watch asks too)."""
    try:
        text = spec.read_bytes()
    except OSError:
        return []
    return [spec.parent / name for name in named_files(text)]


def fingerprint(spec: Path, stamp: str) -> str:
    """The spec's bytes, the files it names (data CSV, articles), and the run's stamp."""
    digest = hashlib.sha256(stamp.encode())
    try:
        text = spec.read_bytes()
    except OSError:
        return "unreadable"
    digest.update(text)
    for name in named_files(text):
        digest.update(name.encode())
        digest.update(_digest_of(spec.parent / name).encode())
    return digest.hexdigest()


class Previous:
    """The last run's manifest, read once: which charts it kept and how."""

    def __init__(self, out_dir: Path):
        self.out_dir = out_dir
        self.entries = read_entries(out_dir)

    def kept(self, name: str, print_: str) -> dict | None:
        """The entry of a chart whose fingerprint matches and whose files are all there."""
        entry = self.entries.get(name)
        if not entry or entry.get("fingerprint") != print_ or entry.get("status") == "error":
            return None
        files, folder = entry.get("files", {}), self.out_dir / name
        for file_name, facts in files.items():
            try:
                if (folder / file_name).stat().st_size != facts["bytes"]:
                    return None
            except OSError:
                return None
        return entry if files else None


def nothing_changed(paths: list[tuple[Path, str]], out_dir: Path, stamp: str) -> list[dict] | None:
    """The manifest entries of every spec, in spec order, when a run would change no file:
    each chart kept as it is, no two specs share a name, no chart's spec is gone, and the
    review page is there. Otherwise None, and the run goes the whole way."""
    previous = Previous(out_dir)
    if not (out_dir / INDEX).is_file():
        return None
    kept, names = [], set()
    for path, shown in paths:
        name = chart_name(path)
        entry = previous.kept(name, fingerprint(path, stamp))
        if entry is None or name.casefold() in names or entry.get("spec") != shown \
                or entry.get("spec_path") != str(path.resolve()):
            return None
        names.add(name.casefold())
        kept.append(entry)
    if any(not Path(e.get("spec_path", "")).exists() for e in previous.entries.values()):
        return None
    return kept
