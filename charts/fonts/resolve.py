"""Finding the CJK fonts a chart is set in, and making sure they can draw every character.

Order of precedence for each role (title = bold, body = regular):
1. a font given with --font or in the spec (`font:`): a family name or a font file;
2. the edition's house font (Noto Sans SC; Noto Sans TC for the Traditional editions), which
   `pip install` brings (justmytype-intl-cjk);
3. a system CJK font from the edition's fallback list.

The bundled Noto Sans SC (and TC) is a variable TrueType font whose default instance is Thin. We cut
static Regular (400) and Bold (700) instances once and keep them in the user's cache folder:
matplotlib cannot choose a variation, and static TrueType outlines are what every PDF viewer
draws when embedded (CFF fonts embedded as TrueType draw nothing in Ghostscript and MuPDF).
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from charts import messages as msg
from charts.errors import FontError, Problem
from charts.fonts.faces import (
    chinese_face,
    collection_faces,
    has_chinese,
    names,
    version,
)
from charts.theme.editions import SIMPLIFIED, Edition

BUNDLED_FILE = SIMPLIFIED.font_file
WEIGHTS = {"body": 400, "title": 700}


@dataclass(frozen=True)
class FontChoice:
    """The font one role is drawn in, and why it was chosen."""

    role: str
    family: str
    path: Path
    face: int
    version: str
    why: str

    @property
    def label(self) -> str:
        return f"{self.family} {self.style}".strip()

    @property
    def style(self) -> str:
        return names(str(self.path), self.face)[1]


class FontResolver:
    """Fonts for a spec: --font first, then the spec's `font:`, then the house font.
    Picklable (worker processes build their own), and remembers what it resolved."""

    def __init__(self, override: str | None = None, announce=None):
        self.override, self.announce, self._seen = override, announce, {}

    def __getstate__(self):
        return {"override": self.override, "announce": None, "_seen": {}}

    def __call__(self, spec_font: str | None, spec_dir: Path, edition: Edition = SIMPLIFIED) -> dict[str, FontChoice]:
        # A font the editor names sets every edition; the house font is the edition's own.
        key = (spec_font, str(spec_dir), None if self.override or spec_font else edition.tag)
        if key not in self._seen:
            if self.override or not spec_font:
                self._seen[key] = resolve(self.override, self.announce, edition=edition)
            else:
                try:
                    self._seen[key] = resolve(spec_font, self.announce, near=spec_dir)
                except FontError as exc:  # the spec's own field is at fault: say so where it is written
                    raise FontError([Problem(p.file, p.message, field="font") for p in exc.problems]) from None
        return self._seen[key]


def spec_fonts(fonts_for, loaded, edition: Edition = SIMPLIFIED) -> dict[str, FontChoice]:
    """The fonts of a loaded spec in one edition; a fault of its own `font:` is placed at that field."""
    try:
        if edition is SIMPLIFIED:  # the call every caller of fonts_for knows
            return fonts_for(loaded.spec.font, loaded.path.parent)
        return fonts_for(loaded.spec.font, loaded.path.parent, edition)
    except FontError as exc:
        raise FontError([loaded.problem(("font",), p.message) if p.field == "font" else p
                         for p in exc.problems]) from None


def font_problem(name: str) -> str | None:
    """What is wrong with a font file given on the command line, from its first bytes (None:
    nothing seen): a fast check before a run, so that a bad --font is one usage error rather
    than a line per chart, even when nothing needs drawing. A family name is looked up, and a
    file read in full, when the run resolves the font."""
    from charts.fonts.filecheck import font_file_problem

    path = Path(name).expanduser()
    if not _names_a_file(name, path):
        return None
    return font_file_problem(path, name, deep=False)


def cache_dir() -> Path:
    """Where prepared fonts are kept; CHARTS_CACHE_DIR overrides. Safe to delete."""
    if os.environ.get("CHARTS_CACHE_DIR"):
        return Path(os.environ["CHARTS_CACHE_DIR"])
    from platformdirs import user_cache_dir

    # opinion=False: no extra "Cache" level on Windows, so every platform keeps the folder
    # earlier versions used (~/.cache/charts, ~/Library/Caches/charts, %LOCALAPPDATA%/charts).
    return Path(user_cache_dir("charts", appauthor=False, opinion=False))


def resolve(override: str | None = None, announce=None, near: Path | None = None,
            edition: Edition = SIMPLIFIED) -> dict[str, FontChoice]:
    """The font for each role. `announce(text)` is told about slow one-time preparation;
    a relative file name is looked for `near` a folder first (a spec's)."""
    if override:
        return _truetype({role: _explicit(override, role, near) for role in WEIGHTS}, announce)
    bundled = bundled_source(edition.font_file)
    if bundled is not None:
        return _bundled(bundled, announce, edition.font)
    for family in edition.fallback_fonts:
        found = _system(family)
        if found:
            return _truetype(found, announce)
    raise FontError(msg.NO_CJK_FONT)


def _truetype(choices: dict[str, FontChoice], announce) -> dict[str, FontChoice]:
    """Replace CFF-outline faces by their cached TrueType conversion (see truetype.py)."""
    from charts.fonts.truetype import has_cff, truetype_path

    out = {}
    for role, choice in choices.items():
        if has_cff(str(choice.path), choice.face):
            if announce:
                announce(msg.CONVERTING_FONT.format(font=choice.label))
            try:
                path = truetype_path(choice.path, choice.face, choice.version, cache_dir() / "fonts")
            except OSError:
                raise
            except Exception as exc:  # noqa: BLE001 - outlines fontTools cannot convert: say which font
                raise FontError(msg.FONT_NOT_CONVERTED.format(
                    font=choice.label, reason=f"{type(exc).__name__}: {exc}"[:200])) from None
            choice = FontChoice(role, choice.family, path, 0, choice.version,
                                f"{choice.why}; CFF outlines converted to TrueType once ({path.name})")
        out[role] = choice
    return out


def bundled_source(font_file: tuple[str, ...] = BUNDLED_FILE) -> Path | None:
    spec = importlib.util.find_spec("justmytype_intl_cjk")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]).joinpath(*font_file)
    return path if path.is_file() else None


def _bundled(source: Path, announce, family: str) -> dict[str, FontChoice]:
    stamp = _file_stamp(source)
    stem = family.replace(" ", "")  # NotoSansSC, NotoSansTC
    target = {role: cache_dir() / "fonts" / f"{stem}-{w}-{stamp}.ttf" for role, w in WEIGHTS.items()}
    todo = [role for role, path in target.items() if not path.is_file()]
    if todo:
        if announce:
            announce(msg.PREPARING_FONT.format(font=family))
        target[todo[0]].parent.mkdir(parents=True, exist_ok=True)
        jobs = [(str(source), WEIGHTS[role], str(target[role])) for role in todo]
        if len(jobs) > 1:
            with ProcessPoolExecutor(len(jobs)) as pool:
                list(pool.map(_instantiate, jobs))
        else:
            _instantiate(jobs[0])
    why = f"house font (theme), bundled with charts; static instance cached in {target['body'].parent}"
    return {role: FontChoice(role, family, target[role], 0, version(str(target[role]), 0), why)
            for role in WEIGHTS}


def _instantiate(job: tuple[str, int, str]) -> None:
    from fontTools.ttLib import TTFont
    from fontTools.varLib import instancer

    source, weight, target = job
    font = instancer.instantiateVariableFont(TTFont(source), {"wght": weight}, updateFontNames=True)
    temp = Path(f"{target}.{os.getpid()}.tmp")
    font.save(temp)
    os.replace(temp, target)  # atomic: a concurrent or killed run never sees half a font


def _file_stamp(path: Path) -> str:
    """The source font's identity by its bytes (its size, first and last 64 KiB), not by when it
    was installed: two installs of one font share a cache name, and the hand-off record, which
    names the file, reads the same on every machine. Reading 128 KiB costs no run anything."""
    size = path.stat().st_size
    with path.open("rb") as handle:
        head = handle.read(_STAMP_BYTES)
        handle.seek(max(0, size - _STAMP_BYTES))
        tail = handle.read(_STAMP_BYTES)
    return hashlib.sha256(b"%d:" % size + head + tail).hexdigest()[:10]


_STAMP_BYTES = 1 << 16


# A name that ends like a font file, or names something on disk, is read as a file.
FILE_SUFFIXES = {".ttf", ".otf", ".ttc", ".otc", ".woff", ".woff2"}


def _explicit(name: str, role: str, near: Path | None = None) -> FontChoice:
    path = Path(name).expanduser()
    if near is not None and not path.is_absolute() and (near / path).exists():
        path = near / path
    if _names_a_file(name, path):
        return _from_file(path, name, role)
    found = _system(name)
    if not found:
        raise FontError(msg.FONT_NOT_FOUND.format(font=name))
    return found[role]


def _names_a_file(name: str, path: Path) -> bool:
    return path.suffix.lower() in FILE_SUFFIXES or os.sep in name or path.exists()


def _from_file(path: Path, name: str, role: str) -> FontChoice:
    from charts.fonts.filecheck import font_file_problem

    problem = font_file_problem(path, name)
    if problem:
        raise FontError(problem)
    try:
        face = chinese_face(str(path))
        if face is None:
            count = len(collection_faces(str(path)))
            raise FontError(msg.FONT_NO_CHINESE.format(font=name) if count == 1 else
                            msg.FONT_COLLECTION_NO_CHINESE.format(font=name, count=count))
        family = names(str(path), face)[0]
        return FontChoice(role, family, path, face, version(str(path), face), f"given as a file: {name}")
    except FontError:
        raise
    except Exception as exc:  # noqa: BLE001 - a table fontTools cannot parse is a damaged file
        raise FontError(msg.FONT_DAMAGED.format(font=name, reason=f"{type(exc).__name__}: {exc}"[:200]))


def _system(family: str) -> dict[str, FontChoice] | None:
    from matplotlib import font_manager

    out = {}
    for role, weight in WEIGHTS.items():
        props = font_manager.FontProperties(family=family, weight=weight)
        try:
            found = font_manager.findfont(props, fallback_to_default=False)
        except ValueError:
            return None
        path, face = Path(str(found)), getattr(found, "face_index", 0)
        if not has_chinese(str(path), face):
            return None
        out[role] = FontChoice(role, family, path, face, version(str(path), face),
                               f"system font `{family}`")
    return out
