"""Is a file given as a font (--font, a spec's `font:`) one we can draw with?

Asked before fontTools or FreeType read it: a renamed text file, a picture, a web font, a
copy cut short or an empty file would otherwise fail deep inside them, or worse, draw
nothing without a word. The answer is one message an editor can act on, or None.
"""

from __future__ import annotations

import struct
from functools import lru_cache
from pathlib import Path

from charts import messages as msg

FONT_SIGNATURES = (b"\x00\x01\x00\x00", b"OTTO", b"true", b"ttcf")
WEB_FONTS = {b"wOFF": "WOFF", b"wOF2": "WOFF2"}
# What a file that is not a font most often is, by its first bytes (shown to the editor).
OTHER_KINDS = (
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"), (b"PK\x03\x04", "a ZIP archive"), (b"\x1f\x8b", "a gzip archive"),
    (b"<svg", "an SVG image"), (b"<?xml", "an XML file"), (b"typ1", "a Mac Type 1 font"),
    (b"%!PS-AdobeFont", "a Type 1 font"),
)
# Tables every face must hold to be drawn: a character map, metrics and outlines.
REQUIRED = ("cmap", "head", "hhea", "hmtx", "maxp")


def font_file_problem(path: Path, shown: str, deep: bool = True) -> str | None:
    """What is wrong with `path` as a font file (None: nothing). `shown` names it. Not
    `deep`: from its first bytes alone, in a few milliseconds, without loading FreeType."""
    try:
        if not path.exists():
            return msg.FONT_NOT_FOUND.format(font=shown)
        if path.is_dir():
            return msg.FONT_IS_FOLDER.format(font=shown)
        stat = path.stat()
        return _problem(str(path), shown, stat.st_size, stat.st_mtime_ns, deep)
    except OSError as exc:
        return msg.FONT_UNREADABLE.format(font=shown, reason=exc.strerror or type(exc).__name__)


@lru_cache(maxsize=32)  # each role asks; the file's size and time are part of the key
def _problem(path: str, shown: str, size: int, _mtime: int, deep: bool) -> str | None:
    if size == 0:
        return msg.FONT_EMPTY.format(font=shown)
    with open(path, "rb") as handle:
        data = handle.read(min(size, 1 << 16))  # the table directories, not the glyphs
    head = data[:4]
    if head in WEB_FONTS:
        return msg.FONT_WEB.format(font=shown, kind=WEB_FONTS[head])
    if head not in FONT_SIGNATURES:
        return msg.FONT_NOT_A_FONT.format(font=shown, kind=_what(data))
    try:
        offsets = _face_offsets(data)
        for offset in offsets:
            fault = _tables_fault(data, offset, size)
            if fault:
                return msg.FONT_DAMAGED.format(font=shown, reason=fault)
    except struct.error:
        return msg.FONT_DAMAGED.format(font=shown, reason="its table directory is cut short")
    return _freetype_problem(path, shown, len(offsets)) if deep else None


def _what(data: bytes) -> str:
    for magic, kind in OTHER_KINDS:
        if data.lstrip()[:len(magic)] == magic:
            return kind
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return "unknown data"
    return "a text file" if all(ch.isprintable() or ch.isspace() for ch in text[:512]) else "unknown data"


def _face_offsets(data: bytes) -> list[int]:
    if data[:4] != b"ttcf":
        return [0]
    count = struct.unpack_from(">I", data, 8)[0]
    if not 0 < count <= 1024:
        raise struct.error("face count")
    return list(struct.unpack_from(f">{count}I", data, 12))


def _tables_fault(data: bytes, offset: int, size: int) -> str | None:
    """Why the face's table directory cannot be right for a file of `size` bytes."""
    count = struct.unpack_from(">H", data, offset + 4)[0]
    tables = {}
    for i in range(count):
        tag, _, start, length = struct.unpack_from(">4sIII", data, offset + 12 + 16 * i)
        tables[tag.decode("latin-1")] = (start, length)
    for tag, (start, length) in sorted(tables.items(), key=lambda item: item[1]):  # in file order
        if start + length > size:
            return f"its `{tag.strip()}` table runs past the end of the file"
    missing = [tag for tag in REQUIRED if tag not in tables]
    if not ({"glyf", "loca"} <= set(tables) or "CFF " in tables or "CFF2" in tables):
        missing.append("glyf")
    return f"it has no `{missing[0]}` table" if missing else None


def _freetype_problem(path: str, shown: str, faces: int) -> str | None:
    """The engine that draws the PNG must accept every face too."""
    from matplotlib.ft2font import FT2Font

    for face in range(faces):
        try:
            FT2Font(path, face_index=face)
        except (RuntimeError, OSError, ValueError) as exc:
            return msg.FONT_DAMAGED.format(font=shown, reason=f"FreeType cannot open it: {exc}")
    return None
