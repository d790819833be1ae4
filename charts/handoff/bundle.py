"""The output folder as the desk receives it.

    output/<name>/<name>.*     one folder per chart: images, CSV, alt text, snippet, record
    output/manifest.json       every chart of the output with its files and their hashes
    output/index.html          the review page (charts/handoff/review.py)

Only files that changed are rewritten; a chart whose spec is gone loses its files. Nothing
outside the output folder is ever touched, and only files the manifest lists as written by
charts are removed (a chart's folder only once it is then empty): whatever else an editor
keeps in output/ stays. A manifest edited by hand cannot widen that: a name in it that is
not a plain file name is ignored.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import zipfile
from pathlib import Path

from charts import __version__
from charts import messages as msg
from charts.errors import ChartsError
from charts.export.files import write_atomic
from charts.handoff.manifest import ARCHIVE, INDEX, MANIFEST, read_entries
from charts.handoff.review import UI_FONT
from charts.inputs import file_type

# tempfile.mkstemp(prefix=".NAME.", suffix=".tmp"): eight characters of [a-z0-9_] between
_TEMPORARY = re.compile(r"\..+\.[a-z0-9_]{8}\.tmp")


def digest(data: bytes) -> dict:
    return {"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def write_chart(folder: Path, name: str, files: dict[str, bytes]) -> list[Path]:
    """Write what changed. Files of an earlier render that this one did not make are
    removed by finish(), which knows from the manifest which files charts wrote."""
    if folder.is_symlink():  # never write through a link planted in output/: it goes, a folder comes
        folder.unlink()
    written = []
    for file_name, data in files.items():
        path = folder / file_name
        if not _same(path, data):
            write_atomic(path, data)
        written.append(path)
    return written


def _same(path: Path, data: bytes) -> bool:
    """Whether `path` is a regular file (not a link) holding exactly `data`; the size is
    compared first, so a large file in its place is never read."""
    try:
        facts = path.lstat()
    except OSError:
        return False
    return stat.S_ISREG(facts.st_mode) and facts.st_size == len(data) and path.read_bytes() == data


def plain_name(name) -> bool:
    """A single file or folder name, as charts writes them: no separators, no `..`."""
    return (isinstance(name, str) and name not in {"", ".", ".."} and "/" not in name and "\\" not in name
            and "\0" not in name and ":" not in name)


def _remove_listed(out_dir: Path, name: str, listed, keep=()) -> None:
    """Remove the files the manifest lists for chart `name` (but those in `keep`), then its
    folder if nothing else is left in it. Anything else there is an editor's: it stays."""
    folder = out_dir / name
    if not plain_name(name) or folder.is_symlink() or not folder.is_dir():
        return
    for file_name in listed if isinstance(listed, dict) else ():
        path = folder / file_name
        if plain_name(file_name) and file_name not in keep and (path.is_symlink() or path.is_file()):
            path.unlink()
    try:
        folder.rmdir()  # only when empty
    except OSError:
        pass


def remove_stale_temporaries(out_dir: Path) -> None:
    """Temporary files a killed run left (`.name.xxxxxxxx.tmp`, as write_atomic names them,
    never renamed into place) where charts writes: at the top of output/ and in a chart's
    folder. An editor's own `.notes.tmp`, or anything deeper, is not ours to remove."""
    for path in [*out_dir.glob(".*.tmp"), *out_dir.glob("*/.*.tmp")]:
        if _TEMPORARY.fullmatch(path.name) and not path.is_symlink() and path.is_file() \
                and not path.parent.is_symlink():
            path.unlink(missing_ok=True)


def status_of(chart_record: dict) -> str:
    """error, unverified (no article was read: nothing on it is checked, which the copy desk
    must see before a mere warning), warning, or ok."""
    figures = chart_record["verify"]["figures"]
    if chart_record["check"]["errors"] or any(f["status"] == "missing" for f in figures):
        return "error"
    if chart_record["verify"].get("status") == "unverified":
        return "unverified"
    if chart_record["check"]["warnings"] or chart_record["verify"]["note"] or \
            any(f["status"] == "relabelled" for f in figures) or \
            any(layout.get("too_small") for layout in chart_record.get("layouts", {}).values()):
        return "warning"
    return "ok"


def finish(out_dir: Path, results, ui_font=None, live: bool = False, prints: dict | None = None) -> None:
    """After a run: update the manifest, remove the files charts wrote that are no longer
    made (an earlier render's, a chart's whose spec is gone), write the page (and, for its
    own text, a subset of `ui_font` where the reader lacks a CJK font)."""
    from charts.fonts.subset import subset_bytes
    from charts.handoff.review import page_characters, review_page

    out_dir.mkdir(parents=True, exist_ok=True)
    entries = read_entries(out_dir)
    for result in results:
        if result.name is None:
            continue
        if result.ok and result.unchanged and result.name in entries:
            entries[result.name] = {**entries[result.name], "spec": result.spec,
                                    "spec_path": str(Path(result.spec).resolve())}
        elif result.ok:
            _remove_listed(out_dir, result.name, entries.get(result.name, {}).get("files"), keep=result.digests)
            entries[result.name] = {
                "name": result.name, "spec": result.spec, "spec_path": str(Path(result.spec).resolve()),
                "status": result.status, "problems": [],
                "files": dict(sorted(result.digests.items())),
                "fingerprint": (prints or {}).get(result.name),
            }
        else:
            previous = entries.get(result.name, {})
            entries[result.name] = {**previous, "name": result.name, "spec": result.spec,
                                    "spec_path": str(Path(result.spec).resolve()), "status": "error",
                                    "problems": [str(p) for p in result.problems],
                                    "files": previous.get("files", {})}
    for name in list(entries):
        spec_path = entries[name].get("spec_path")
        if not (isinstance(spec_path, str) and Path(spec_path).exists()):
            _remove_listed(out_dir, name, entries[name].get("files"))
            del entries[name]
    manifest = {"tool": "charts", "version": __version__,
                "charts": [entries[name] for name in sorted(entries)]}
    _write_if_changed(out_dir / MANIFEST,
                      (json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8"))
    records = {}
    for name in entries:
        path = out_dir / name / f"{name}.json"
        # a record charts wrote in its own folder; a name edited into the manifest reads nothing
        if plain_name(name) and not path.parent.is_symlink() and not path.is_symlink() and path.is_file():
            records[name] = json.loads(path.read_text(encoding="utf-8"))
    _write_if_changed(out_dir / INDEX, review_page(manifest["charts"], records, reload_every=2 if live else None))
    if ui_font is not None:
        chars = page_characters(manifest["charts"], records)
        _write_if_changed(out_dir / UI_FONT, subset_bytes(str(ui_font.path), ui_font.face, chars))


def _write_if_changed(path: Path, data: bytes) -> None:
    if not _same(path, data):
        write_atomic(path, data)


def zip_charts(out_dir: Path, names: list[str] | None = None) -> Path:
    """One archive of some charts' folders (or all, with the review page and manifest),
    with fixed timestamps so the same files give the same archive. Only the files the
    manifest lists for each chart are packed, each a regular file of the size it records:
    never a link, never a file someone else put in a chart's folder."""
    entries = {n: e for n, e in read_entries(out_dir).items() if plain_name(n)}
    known = list(entries)
    chosen = names or known
    unknown = [n for n in chosen if n not in known]
    if unknown:
        raise ChartsError(msg.ZIP_UNKNOWN.format(names="、".join(unknown), known="、".join(known) or "-"))
    target = out_dir / (f"{chosen[0]}.zip" if names and len(chosen) == 1 else ARCHIVE)
    for name in chosen:
        if (out_dir / name).is_symlink():
            raise ChartsError(msg.ZIP_NOT_WRITTEN.format(path=out_dir / name, why=msg.ZIP_WHY_LINK))
    listed = [(out_dir / n / f, facts.get("bytes") if isinstance(facts, dict) else None)
              for n in chosen for f, facts in sorted(_files_of(entries[n]).items()) if plain_name(f)]
    if not names:
        listed += [(p, None) for p in (out_dir / INDEX, out_dir / MANIFEST, out_dir / UI_FONT) if os.path.lexists(p)]
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path, size in listed:
            info = zipfile.ZipInfo(path.relative_to(out_dir).as_posix(), date_time=(2000, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, _written(path, size))
    write_atomic(target, buffer.getvalue())
    return target


def _files_of(entry: dict) -> dict:
    files = entry.get("files")
    return files if isinstance(files, dict) else {}


def _written(path: Path, size: int | None) -> bytes:
    """The bytes of a file charts wrote, read without following a link at any step of the
    way inside the output folder; refused when it is not a regular file of that size."""
    def refuse(why: str) -> ChartsError:
        return ChartsError(msg.ZIP_NOT_WRITTEN.format(path=path, why=why))

    try:
        facts = path.lstat()
    except OSError:
        raise refuse(msg.ZIP_WHY_MISSING) from None
    if stat.S_ISLNK(facts.st_mode):
        raise refuse(msg.ZIP_WHY_LINK)
    if not stat.S_ISREG(facts.st_mode):
        raise refuse(msg.ZIP_WHY_TYPE.format(it=file_type(facts.st_mode)))
    if size is not None and facts.st_size != size:
        raise refuse(msg.ZIP_WHY_SIZE)
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError:  # swapped for a link since it was looked at
        raise refuse(msg.ZIP_WHY_LINK) from None
    with os.fdopen(descriptor, "rb") as file:
        if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
            raise refuse(msg.ZIP_WHY_LINK)
        return file.read()
