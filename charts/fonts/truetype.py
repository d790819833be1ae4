"""CFF to TrueType, once per font: the only outlines every PDF engine draws when embedded.

matplotlib embeds any font as TrueType (Type 42); a CFF-flavoured font (every Noto / Source
Han .otf or .ttc) then draws no text at all in Ghostscript and MuPDF, silently. A font with
CFF outlines is converted to quadratic TrueType outlines once and kept in the cache folder,
keyed by the file, its face and its version, so that no render pays for it twice.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

# Curve approximation error in font units: 1 unit of a 1000-unit em is invisible in print.
MAX_ERROR = 1.0


def has_cff(path: str, face: int) -> bool:
    from charts.fonts.faces import open_face

    font = open_face(path, face)
    return "CFF " in font or "CFF2" in font


def truetype_path(path: Path, face: int, version: str, cache: Path) -> Path:
    """The TrueType-outline copy of a CFF face, converted on first use."""
    stat = path.stat()
    key = hashlib.sha256(f"{path.resolve()}|{face}|{version}|{stat.st_size}|{int(stat.st_mtime)}".encode())
    target = cache / f"{path.stem}-{face}-{key.hexdigest()[:12]}.ttf"
    if not target.is_file():
        target.parent.mkdir(parents=True, exist_ok=True)
        temp = target.with_suffix(f".{os.getpid()}.tmp")
        _convert(path, face, temp)
        os.replace(temp, target)
    return target


def _convert(source: Path, face: int, target: Path) -> None:
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import TTFont, newTable

    font = TTFont(source, fontNumber=face)
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        # CFF contours run counter-clockwise, TrueType ones clockwise: reverse them.
        glyph_set[name].draw(Cu2QuPen(pen, MAX_ERROR, reverse_direction=True))
        glyphs[name] = pen.glyph()
    for tag in ("CFF ", "CFF2", "VORG"):
        if tag in font:
            del font[tag]
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    hmtx = font["hmtx"]
    for name, glyph in glyphs.items():
        glyph.recalcBounds(glyf)
        advance, _ = hmtx[name]
        hmtx[name] = (advance, getattr(glyph, "xMin", 0))
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                  "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                  "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    # Format 3 keeps no glyph names: a full CJK face has 65,535 glyphs, more names than
    # format 2 can index, and nothing downstream reads a glyph by name.
    post = font["post"]
    post.formatType, post.extraNames, post.mapping = 3.0, [], {}
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(target)
