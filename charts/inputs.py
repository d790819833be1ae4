"""The one way charts reads a file an editor names: a spec, its data CSV, its article.

Specs come from many hands and run in CI, so a name written in a spec must not turn any file
on the machine into input: `source.article: /etc/shadow` would make verify an oracle for the
figures in it, `/dev/zero` would fill the memory, a named pipe would hang the run. Every
such file must be

  1. inside its root once symlinks are resolved (a link inside the project pointing out of
     it is outside): the project, or a folder the user named for that kind of file
     (--articles, CHARTS_ARTICLES); `outside` (--allow-outside) lifts this rule only;
  2. a regular file: no device, named pipe, socket or folder;
  3. at most its kind's size; no more than one byte past it is ever read.

The project is the folder holding the spec's git root (the nearest folder above it with a
`.git`), or, with no git, the folder that holds the spec's folder.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from charts import messages as msg
from charts.errors import ChartsError, Problem


@dataclass(frozen=True)
class Kind:
    """A kind of input and how its refusals read. Templates are filled with name (as
    written), path, root, size, limit and reason; each uses what it needs."""

    what: str  # the editor's word for it
    limit: int  # bytes
    outside: str
    missing: str
    too_large: str


# What charts reads, and how much of it: a newsroom spec or table is a few kilobytes, a long
# report's text a few hundred; past these it is not what the field asks for.
MAX_SPEC_BYTES = 1_000_000
MAX_CSV_BYTES = 1_000_000
MAX_ARTICLE_BYTES = 5_000_000

SPEC_FILE = Kind("spec", MAX_SPEC_BYTES, outside=msg.SPEC_OUTSIDE, missing=msg.CANNOT_READ,
                 too_large=msg.SPEC_TOO_LARGE)
DATA_FILE = Kind("data file", MAX_CSV_BYTES, outside=msg.CSV_OUTSIDE, missing=msg.CSV_MISSING,
                 too_large=msg.CSV_TOO_LARGE)
ARTICLE_FILE = Kind("article", MAX_ARTICLE_BYTES, outside=msg.ARTICLE_OUTSIDE,
                    missing=msg.VERIFY_ARTICLE_MISSING, too_large=msg.ARTICLE_TOO_LARGE)


class InputError(ChartsError):
    """A named file that may not or cannot be read; `reason` is the message alone, for a
    caller that knows the spec field that named the file."""

    def __init__(self, reason: str, shown: str):
        super().__init__(Problem(shown, reason))
        self.reason = reason


def project_of(spec: Path) -> Path:
    """The project a spec belongs to (see the module's docstring), symlinks resolved."""
    folder = Path(os.path.abspath(spec)).parent
    for candidate in (folder, *folder.parents):
        if os.path.lexists(candidate / ".git"):
            return Path(os.path.realpath(candidate))
    return Path(os.path.realpath(folder.parent))


def inside(path: Path, root: Path) -> bool:
    """Whether `path` is `root` or lies in it, both with symlinks resolved."""
    real, top = Path(os.path.realpath(path)), Path(os.path.realpath(root))
    return real == top or top in real.parents


def read_input(path: Path, kind: Kind, *, within: Path | None, allowed=(), outside: bool = False,
               shown: str | None = None) -> bytes:
    """The bytes of `path`, under the rules of the module's docstring. `within`: its root
    (None: the user named this very file on the command line, so any folder will do);
    `allowed`: further roots the user named; `shown`: the name as the editor wrote it."""
    shown = shown or str(path)
    real = Path(os.path.realpath(path))
    if within is not None and not outside and not any(inside(real, root) for root in (within, *allowed)):
        raise InputError(_say(kind.outside, shown, real, within, kind), shown)
    try:
        facts = os.stat(real)
    except FileNotFoundError:
        raise InputError(_say(kind.missing, shown, real, within, kind, reason="no such file"), shown) from None
    except OSError as exc:
        raise InputError(_say(kind.missing, shown, real, within, kind, reason=exc.strerror or exc), shown) from None
    _must_be_small_file(facts, shown, real, within, kind)
    # Looked at, then opened: O_NONBLOCK so that a pipe put in its place meanwhile cannot
    # hold the open, O_NOFOLLOW so that a link cannot; the open file is then checked again.
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(real, flags)
    except OSError as exc:
        raise InputError(_say(kind.missing, shown, real, within, kind, reason=exc.strerror or exc), shown) from None
    with os.fdopen(descriptor, "rb") as file:
        opened = os.fstat(file.fileno())
        if (opened.st_dev, opened.st_ino) != (facts.st_dev, facts.st_ino):
            raise InputError(_say(kind.missing, shown, real, within, kind, reason=msg.INPUT_CHANGED), shown)
        _must_be_small_file(opened, shown, real, within, kind)
        data = file.read(kind.limit + 1)
    if len(data) > kind.limit:  # it grew while we read
        raise InputError(_say(kind.too_large, shown, real, within, kind, size=len(data)), shown)
    return data


def _must_be_small_file(facts: os.stat_result, shown: str, real: Path, within, kind: Kind) -> None:
    if not stat.S_ISREG(facts.st_mode):
        raise InputError(msg.INPUT_NOT_A_FILE.format(name=shown, it=file_type(facts.st_mode), what=kind.what), shown)
    if facts.st_size > kind.limit:
        raise InputError(_say(kind.too_large, shown, real, within, kind, size=facts.st_size), shown)


def file_type(mode: int) -> str:
    """What a file that is not a regular file is, in an editor's words."""
    if stat.S_ISDIR(mode):
        return msg.INPUT_FOLDER
    if stat.S_ISFIFO(mode):
        return msg.INPUT_PIPE
    if stat.S_ISSOCK(mode):
        return msg.INPUT_SOCKET
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return msg.INPUT_DEVICE
    return msg.INPUT_SPECIAL


def _say(template: str, shown: str, real: Path, within, kind: Kind, **more) -> str:
    return template.format(name=shown, path=real, root=within, limit=kind.limit, what=kind.what,
                           **{"size": 0, "reason": "", **more})
