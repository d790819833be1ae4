"""Where a spec's article is: the one lookup verify, render and the incremental fingerprint
share, so all three agree on which text a chart's figures were checked against.

The project never holds another publication's text, so a spec names its article by file
name (or a path) and the newsroom says where its archive is. Looked up, in order:

    1. the spec's own folder (a path is taken relative to it, as before)
    2. each `--articles DIR`, in the order given
    3. each folder of the CHARTS_ARTICLES environment variable (os.pathsep-separated)

The first regular file wins. Imports only the standard library: the no-change path of a
render calls it for every spec.
"""

from __future__ import annotations

import os
from pathlib import Path

from charts.errors import SpecError

ENVIRONMENT = "CHARTS_ARTICLES"


def article_folders(spec_dir: Path, folders: tuple[Path, ...] = ()) -> list[Path]:
    """The folders an article is looked for in, in order (see the module's docstring)."""
    from_env = [Path(p) for p in os.environ.get(ENVIRONMENT, "").split(os.pathsep) if p.strip()]
    return [spec_dir, *folders, *from_env]


def archive_folders(folders: tuple[Path, ...] = ()) -> list[Path]:
    """The folders the newsroom named as its article archive (--articles, CHARTS_ARTICLES):
    a reader may open files there although they lie outside the project."""
    return article_folders(Path("."), folders)[1:]


def locate(name: str, spec_dir: Path, folders: tuple[Path, ...] = ()) -> Path | None:
    """The article a spec names, or None when no folder has it."""
    written = Path(name)
    if written.is_absolute():
        return written if written.is_file() else None
    for folder in article_folders(spec_dir, folders):
        candidate = folder / written
        if candidate.is_file():
            return candidate
    return None


class ArticleNotFound(SpecError):
    """The spec names an article no folder holds: its figures are unverified, which is not
    the spec's fault (the archive is elsewhere), so callers report it apart from errors."""
