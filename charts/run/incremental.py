"""Re-render a chart only when something that affects its bytes changed.

A chart's fingerprint covers its spec, the data file and article texts it names (each article
where charts/article/locate.py finds it, so a render and a verify read the same one), the theme,
the font, the tool's version and the run's options. The manifest keeps each chart's
fingerprint; a chart whose fingerprint and files are unchanged is not drawn again. This
module imports nothing heavy, so a run where nothing changed stays quick.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from stat import S_ISREG

from charts import __version__
from charts.article.locate import archive_folders, locate
from charts.handoff.manifest import INDEX, read_entries
from charts.inputs import InputError
from charts.spec.files import chart_name, name_key, read_spec_bytes

_THEME = Path(__file__).parents[1] / "theme"


def _digest_of(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return "missing"


def run_stamp(formats, cmyk: bool, strict: bool, font: str | None, editions=(), lenient: bool = False) -> str:
    """What every chart of a run shares: tool, theme, house fonts, options, the editions asked
    for and the converter that writes them."""
    from importlib.metadata import PackageNotFoundError, version

    from charts.fonts.resolve import bundled_source
    from charts.theme.editions import EDITIONS

    parts = [__version__, ",".join(sorted(formats)), str(cmyk), str(strict), font or "", ",".join(editions),
             str(lenient)]
    parts += [_digest_of(p) for p in sorted(_THEME.glob("*")) if p.is_file()]
    for font_file in dict.fromkeys(e.font_file for e in EDITIONS.values()):
        source = bundled_source(font_file)
        if source is not None:
            stat = source.stat()
            parts.append(f"{source.name}:{stat.st_size}:{int(stat.st_mtime)}")
    try:
        parts.append(version("opencc"))
    except PackageNotFoundError:
        parts.append("no opencc")
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def named_files(text: bytes) -> list[str]:
    """The files a spec names, as written: its data CSV or workbook, its article, each
    also_cited article."""
    return [name for _, name in _named(text)]


def _named(text: bytes) -> list[tuple[str, str]]:
    """The files a spec names, each with its kind (data, workbook or article). Read from the YAML's
    node tree, so every style of writing counts (`data: {csv: age.csv}` as well as a
    block), without building Python objects (half the cost: a batch reads every spec here
    before drawing any). A spec that does not parse names none: its bytes alone decide,
    and loading it fails with the reason later."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser where PyYAML has it
    try:
        root = yaml.compose(text, Loader=loader)
    except (yaml.YAMLError, RecursionError, ValueError):  # absurdly deep nesting
        return []

    def child(node, key):
        if isinstance(node, yaml.MappingNode):
            for key_node, value in node.value:
                if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
                    return value
        return None

    def text_of(node) -> list[str]:
        is_text = isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:str"
        return [node.value.strip()] if is_text and node.value.strip() else []

    cited = child(root, "also_cited")
    entries = cited.value if isinstance(cited, yaml.SequenceNode) else []
    articles = text_of(child(child(root, "source"), "article")) + [
        name for entry in entries for name in text_of(child(entry, "article"))]
    data = child(root, "data")
    return [("data", name) for name in text_of(child(data, "csv"))] + [
        ("workbook", name) for name in text_of(child(data, "xlsx"))] + [("article", name) for name in articles]


def _where(spec: Path, kind: str, name: str, articles: tuple[Path, ...]) -> Path:
    """A named file's path: a CSV or workbook beside the spec, an article wherever it is found (or, not
    found, where it would be beside the spec: its digest is then `missing`)."""
    found = locate(name, spec.parent, articles) if kind == "article" else None
    return found or spec.parent / name


def depends_on(spec: Path, articles: tuple[Path, ...] = ()) -> list[Path]:
    """The files besides the spec whose change changes its chart (the watch asks too)."""
    try:
        text = read_spec_bytes(spec, outside=True)  # what it names; where it lies is load's to judge
    except InputError:
        return []
    return [_where(spec, kind, name, articles) for kind, name in _named(text)]


def fingerprint(spec: Path, stamp: str, articles: tuple[Path, ...] = (), outside: bool = False) -> str:
    """The spec's bytes, the files it names (data CSV or workbook, articles), and the run's stamp.
    `articles`: the run's --articles folders; `outside`: --allow-outside. Every file is
    read as the render reads it (charts/inputs.py): never a device, a pipe or a file the
    render may not read; such a file counts by why it is refused."""
    digest = hashlib.sha256(stamp.encode())
    try:
        text = read_spec_bytes(spec, outside=outside)
    except InputError:
        return "unreadable"
    digest.update(text)
    for kind, name in _named(text):
        digest.update(name.encode())
        digest.update(_digest_named(spec, kind, name, articles, outside).encode())
    return digest.hexdigest()


def _digest_named(spec: Path, kind: str, name: str, articles: tuple[Path, ...], outside: bool) -> str:
    from charts.article.read import article_bytes
    from charts.spec.excel import workbook_bytes
    from charts.spec.table import data_bytes

    try:
        if kind == "data":
            data = data_bytes(spec.parent, name, outside)
        elif kind == "workbook":  # its bytes, whole: the sheet and range are in the spec's
            data = workbook_bytes(spec.parent, name, outside)
        else:
            data = article_bytes(_where(spec, kind, name, articles), spec, archive_folders(articles), outside)
    except InputError as exc:
        return "refused: " + exc.reason
    return hashlib.sha256(data).hexdigest()


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
            try:  # lstat: a file swapped for a link is not the file charts wrote
                found = (folder / file_name).lstat()
            except OSError:
                return None
            if not S_ISREG(found.st_mode) or not isinstance(facts, dict) or found.st_size != facts.get("bytes"):
                return None
        return entry if files else None


def nothing_changed(paths: list[tuple[Path, str]], out_dir: Path, stamp: str,
                    articles: tuple[Path, ...] = (), outside: bool = False) -> list[dict] | None:
    """The manifest entries of every spec, in spec order, when a run would change no file:
    each chart kept as it is, no two specs share a name, no chart's spec is gone, and the
    review page is there. Otherwise None, and the run goes the whole way."""
    previous = Previous(out_dir)
    if not (out_dir / INDEX).is_file():
        return None
    kept, names = [], set()
    for path, shown in paths:
        name = chart_name(path)
        entry = previous.kept(name, fingerprint(path, stamp, articles, outside))
        if entry is None or name_key(name) in names or entry.get("spec") != shown \
                or entry.get("spec_path") != str(path.resolve()):
            return None
        names.add(name_key(name))
        kept.append(entry)
    if any(not Path(e.get("spec_path", "")).exists() for e in previous.entries.values()):
        return None
    return kept
