"""The output folder as the desk receives it.

    output/<name>/<name>.*     one folder per chart: images, CSV, alt text, snippet, record
    output/manifest.json       every chart of the output with its files and their hashes
    output/index.html          the review page (charts/handoff/review.py)

Only files that changed are rewritten; a chart whose spec is gone loses its folder. Nothing
outside the output folder is ever touched, and only folders the manifest lists are removed.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from pathlib import Path

from charts import __version__
from charts import messages as msg
from charts.errors import ChartsError
from charts.export.files import write_atomic
from charts.handoff.manifest import INDEX, MANIFEST, read_entries


def digest(data: bytes) -> dict:
    return {"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def write_chart(folder: Path, name: str, files: dict[str, bytes]) -> list[Path]:
    """Write what changed; remove this chart's files that this render did not make."""
    written = []
    for file_name, data in files.items():
        path = folder / file_name
        if not (path.is_file() and path.read_bytes() == data):
            write_atomic(path, data)
        written.append(path)
    for old in folder.glob(f"{name}*"):
        if old.is_file() and old.name not in files and old.name[len(name):len(name) + 1] in ".@":
            old.unlink()
    return written


def remove_stale_temporaries(out_dir: Path) -> None:
    """Temporary files a killed run left (`.name.xxxx.tmp`, never renamed into place)."""
    for path in out_dir.rglob(".*.tmp"):
        if path.is_file() and out_dir.resolve() in path.resolve().parents:
            path.unlink(missing_ok=True)


def status_of(chart_record: dict) -> str:
    figures = chart_record["verify"]["figures"]
    if chart_record["check"]["errors"] or any(f["status"] == "missing" for f in figures):
        return "error"
    if chart_record["check"]["warnings"] or chart_record["verify"]["note"] or \
            any(f["status"] == "relabelled" for f in figures):
        return "warning"
    return "ok"


def finish(out_dir: Path, results, ui_font=None, live: bool = False, prints: dict | None = None) -> None:
    """After a run: update the manifest, drop charts whose spec is gone, write the page
    (and, for its own text, a subset of `ui_font` where the reader lacks a CJK font)."""
    from charts.fonts.subset import subset_bytes
    from charts.handoff.review import UI_FONT, page_characters, review_page

    out_dir.mkdir(parents=True, exist_ok=True)
    entries = read_entries(out_dir)
    for result in results:
        if result.name is None:
            continue
        if result.ok and result.unchanged and result.name in entries:
            entries[result.name] = {**entries[result.name], "spec": result.spec,
                                    "spec_path": str(Path(result.spec).resolve())}
        elif result.ok:
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
        if not Path(entries[name]["spec_path"]).exists():
            folder = out_dir / name
            if folder.is_dir() and folder.resolve().parent == out_dir.resolve():
                shutil.rmtree(folder)
            del entries[name]
    manifest = {"tool": "charts", "version": __version__,
                "charts": [entries[name] for name in sorted(entries)]}
    _write_if_changed(out_dir / MANIFEST,
                      (json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8"))
    records = {}
    for name in entries:
        path = out_dir / name / f"{name}.json"
        if path.is_file():
            records[name] = json.loads(path.read_text(encoding="utf-8"))
    _write_if_changed(out_dir / INDEX, review_page(manifest["charts"], records, reload_every=2 if live else None))
    if ui_font is not None:
        chars = page_characters(manifest["charts"], records)
        _write_if_changed(out_dir / UI_FONT, subset_bytes(str(ui_font.path), ui_font.face, chars))


def _write_if_changed(path: Path, data: bytes) -> None:
    if not (path.is_file() and path.read_bytes() == data):
        write_atomic(path, data)


def zip_charts(out_dir: Path, names: list[str] | None = None) -> Path:
    """One archive of some charts' folders (or all, with the review page and manifest),
    with fixed timestamps so the same files give the same archive."""
    known = list(read_entries(out_dir))
    chosen = names or known
    unknown = [n for n in chosen if n not in known]
    if unknown:
        raise ChartsError(msg.ZIP_UNKNOWN.format(names="、".join(unknown), known="、".join(known) or "-"))
    target = out_dir / (f"{chosen[0]}.zip" if names and len(chosen) == 1 else "charts.zip")
    paths = [p for n in chosen for p in sorted((out_dir / n).iterdir()) if p.is_file()]
    if not names:
        paths += [p for p in (out_dir / INDEX, out_dir / MANIFEST, out_dir / "review-font.ttf") if p.is_file()]
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in paths:
            info = zipfile.ZipInfo(str(path.relative_to(out_dir)), date_time=(2000, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, path.read_bytes())
    write_atomic(target, buffer.getvalue())
    return target
