"""Small per-chart fonts holding only the glyphs a chart draws.

matplotlib embeds a TrueType font in a PDF by subsetting the whole font file at every save:
for a 10 MB CJK face that is most of a second per face, per chart. We hand it instead a
font cut to the chart's characters (tens of kilobytes), built straight from the glyph data
of the prepared face, which is read once per process. The outlines are the same bytes.
"""

from __future__ import annotations

import atexit
import copy
import hashlib
import io
import os
import shutil
import tempfile
from functools import lru_cache
from pathlib import Path

from fontTools.fontBuilder import FontBuilder
from fontTools.ttLib import TTFont, newTable

# Fixed timestamps (1 Jan 2000, in seconds since 1904) keep the bytes deterministic.
_TIMESTAMP = 3029529600


@lru_cache(maxsize=8)
def _source(path: str, face: int):
    font = TTFont(path, fontNumber=face, lazy=True)
    return font, font.getBestCmap()


def subset_bytes(path: str, face: int, chars: str) -> bytes:
    """A TrueType font with .notdef and the glyphs of `chars` (and their components)."""
    font, cmap = _source(path, face)
    glyphs_of = font["glyf"].glyphs  # raw glyph records; reading them never expands them
    order, queue, seen = [".notdef"], sorted({cmap[ord(c)] for c in chars if ord(c) in cmap},
                                             key=font.getGlyphID), {".notdef"}
    glyphs = {".notdef": glyphs_of[".notdef"]}
    while queue:
        name = queue.pop(0)
        if name in seen:
            continue
        seen.add(name)
        order.append(name)
        glyph = glyphs_of[name]
        if _is_composite(glyph):
            # Components are named, so the builder renumbers them; only these are unpacked.
            glyph = copy.deepcopy(glyph)
            glyph.expand(font["glyf"])
            queue += [c.glyphName for c in glyph.components if c.glyphName not in seen]
        glyphs[name] = glyph

    head, hhea, os2, names = font["head"], font["hhea"], font["OS/2"], font["name"]
    builder = FontBuilder(head.unitsPerEm, isTTF=True)
    builder.setupGlyphOrder(order)
    builder.setupCharacterMap({ord(c): cmap[ord(c)] for c in chars if ord(c) in cmap})
    builder.font["loca"] = newTable("loca")
    glyf = builder.font["glyf"] = newTable("glyf")
    glyf.glyphOrder, glyf.glyphs = order, {name: glyphs[name] for name in order}
    builder.setupHorizontalMetrics({name: font["hmtx"][name] for name in order})
    builder.setupHorizontalHeader(ascent=hhea.ascent, descent=hhea.descent, lineGap=hhea.lineGap)
    family = names.getDebugName(16) or names.getDebugName(1)
    style = names.getDebugName(17) or names.getDebugName(2)
    builder.setupNameTable({
        "familyName": family, "styleName": style,
        "uniqueFontIdentifier": f"{family} {style} chart subset",
        "fullName": f"{family} {style}", "psName": (names.getDebugName(6) or family).replace(" ", ""),
        "version": names.getDebugName(5) or "", "copyright": names.getDebugName(0) or "",
        "licenseDescription": names.getDebugName(13) or "",
    })
    builder.setupOS2(
        usWeightClass=os2.usWeightClass, fsType=os2.fsType, fsSelection=os2.fsSelection,
        sTypoAscender=os2.sTypoAscender, sTypoDescender=os2.sTypoDescender,
        sTypoLineGap=os2.sTypoLineGap, usWinAscent=os2.usWinAscent, usWinDescent=os2.usWinDescent,
        achVendID=os2.achVendID, ulCodePageRange1=os2.ulCodePageRange1,
        ulCodePageRange2=os2.ulCodePageRange2, sxHeight=getattr(os2, "sxHeight", 0),
        sCapHeight=getattr(os2, "sCapHeight", 0), panose=os2.panose,
    )
    builder.setupPost()
    builder.setupHead(unitsPerEm=head.unitsPerEm, fontRevision=head.fontRevision,
                      created=_TIMESTAMP, modified=_TIMESTAMP, macStyle=head.macStyle)
    # Glyph records go in as they are: the face's bounds and maxima hold for any subset.
    for field in ("xMin", "yMin", "xMax", "yMax"):
        setattr(builder.font["head"], field, getattr(head, field))
    maxp = copy.copy(font["maxp"])
    maxp.numGlyphs = len(order)
    builder.font["maxp"] = maxp
    builder.font.recalcBBoxes = False
    out = io.BytesIO()
    builder.font.save(out)
    return out.getvalue()


def _is_composite(glyph) -> bool:
    data = getattr(glyph, "data", None)
    if data is not None:
        return len(data) >= 2 and int.from_bytes(data[:2], "big", signed=True) < 0
    return glyph.isComposite()


_FOLDER: list[Path] = []


def subset_file(path: str, face: int, chars: str) -> Path:
    """The subset written to this process's scratch folder (matplotlib reads fonts by path)."""
    data = subset_bytes(path, face, chars)
    if not _FOLDER:
        _FOLDER.append(Path(tempfile.mkdtemp(prefix="charts-fonts-")))
        atexit.register(shutil.rmtree, _FOLDER[0], True)

    target = _FOLDER[0] / f"{hashlib.sha256(data).hexdigest()[:16]}.ttf"
    if not target.exists():
        temp = target.with_suffix(f".{os.getpid()}.tmp")
        temp.write_bytes(data)
        os.replace(temp, target)
    return target
