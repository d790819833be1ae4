"""Small per-chart fonts holding only the glyphs a chart draws.

matplotlib embeds a TrueType font in a PDF by subsetting the whole font file at every save:
for a 10 MB CJK face that is most of a second per face, per chart. We hand it instead a
font cut to the chart's characters (tens of kilobytes), built straight from the glyph data
of the prepared face, which is read once per process. The outlines are the same bytes.
"""

from __future__ import annotations

import atexit
import bisect
import copy
import hashlib
import io
import os
import shutil
import struct
import sys
import tempfile
from array import array
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from fontTools.fontBuilder import FontBuilder
from fontTools.ttLib import TTFont, newTable
from fontTools.ttLib.tables._g_l_y_f import Glyph

HINTING = ("fpgm", "prep", "cvt ", "gasp")
# Fixed timestamps (1 Jan 2000, in seconds since 1904) keep the bytes deterministic.
_TIMESTAMP = 3029529600


class _Face:
    """What a subset is cut from, read once per process: the raw glyph table, its offsets
    and the metrics, not a parsed font (parsing every glyph record of a CJK face costs
    about 25 MB and a quarter of a second per face, per process)."""

    def __init__(self, path: str, face: int):
        self.font = TTFont(path, fontNumber=face, lazy=True)
        raw = self.font.reader
        self.cmap = _UnicodeCmap(raw["cmap"])
        self.glyf = raw["glyf"]
        self.loca = array("I" if self.font["head"].indexToLocFormat else "H", raw["loca"])
        if sys.byteorder == "little":
            self.loca.byteswap()
        self.scale = 1 if self.font["head"].indexToLocFormat else 2
        self.hmtx, self.metrics = raw["hmtx"], self.font["hhea"].numberOfHMetrics

    def glyph_id(self, char: str) -> int:
        return self.cmap.glyph_id(ord(char))

    def data(self, gid: int) -> bytes:
        return self.glyf[self.loca[gid] * self.scale:self.loca[gid + 1] * self.scale]

    def advance_and_bearing(self, gid: int) -> tuple[int, int]:
        if gid < self.metrics:
            return struct.unpack_from(">Hh", self.hmtx, 4 * gid)
        advance = struct.unpack_from(">H", self.hmtx, 4 * (self.metrics - 1))[0]
        return advance, struct.unpack_from(">h", self.hmtx, 4 * self.metrics + 2 * (gid - self.metrics))[0]


class _UnicodeCmap:
    """Code point -> glyph id from the raw cmap table, read where asked (fontTools would
    name all 65,000 glyphs first). The Unicode subtable fontTools' getBestCmap prefers:
    format 12 (all planes) before format 4 (the BMP)."""

    PREFERRED = ((3, 10), (0, 6), (0, 4), (3, 1), (0, 3), (0, 2), (0, 1), (0, 0))

    def __init__(self, table: bytes):
        count = struct.unpack_from(">H", table, 2)[0]
        found = {}
        for i in range(count):
            platform, encoding, offset = struct.unpack_from(">HHI", table, 4 + 8 * i)
            if struct.unpack_from(">H", table, offset)[0] in (4, 12):
                found.setdefault((platform, encoding), offset)
        offset = next((found[key] for key in self.PREFERRED if key in found), None)
        self.table, self.offset = table, offset
        self.format = struct.unpack_from(">H", table, offset)[0] if offset is not None else None
        if self.format == 12:
            groups = struct.unpack_from(">I", table, offset + 12)[0]
            self.groups = [struct.unpack_from(">III", table, offset + 16 + 12 * i) for i in range(groups)]
            self.starts = [g[0] for g in self.groups]
        elif self.format == 4:
            self.segments = struct.unpack_from(">H", table, offset + 6)[0] // 2
            self.ends = struct.unpack_from(f">{self.segments}H", table, offset + 14)

    def glyph_id(self, code: int) -> int:
        """0 (.notdef) where the font has no glyph for the code."""
        if self.format == 12:
            i = bisect.bisect_right(self.starts, code) - 1
            start, end, first = self.groups[i] if i >= 0 else (1, 0, 0)
            return first + code - start if start <= code <= end else 0
        if self.format != 4 or code > 0xFFFF:
            return 0
        n, base = self.segments, self.offset + 16 + 2 * self.segments  # after endCode[] and a pad
        i = bisect.bisect_left(self.ends, code)
        start = struct.unpack_from(">H", self.table, base + 2 * i)[0] if i < n else 0x10000
        if i == n or code < start:
            return 0
        delta = struct.unpack_from(">h", self.table, base + 2 * n + 2 * i)[0]
        range_at = base + 4 * n + 2 * i
        range_offset = struct.unpack_from(">H", self.table, range_at)[0]
        if range_offset == 0:
            return (code + delta) & 0xFFFF
        glyph = struct.unpack_from(">H", self.table, range_at + range_offset + 2 * (code - start))[0]
        return (glyph + delta) & 0xFFFF if glyph else 0


@lru_cache(maxsize=8)
def _source(path: str, face: int) -> _Face:
    return _Face(path, face)


def _components(data: bytes) -> list[tuple[int, int]]:
    """(offset of the glyph id, glyph id) of each component of a composite glyph record."""
    found, pos = [], 10
    while True:
        flags, gid = struct.unpack_from(">HH", data, pos)
        found.append((pos + 2, gid))
        pos += 4 + (4 if flags & 0x0001 else 2)  # ARG_1_AND_2_ARE_WORDS
        pos += 2 if flags & 0x0008 else 4 if flags & 0x0040 else 8 if flags & 0x0080 else 0
        if not flags & 0x0020:  # MORE_COMPONENTS
            return found


@dataclass(frozen=True)
class Shaping:
    """What HarfBuzz did to a chart's text in the full face, beyond the character map:
    `glyphs` (character, glyph id) where it drew another glyph, `kerning` ((left, right)
    glyph ids, font units) where it moved a glyph from where its left neighbour's advance
    would put it. Both hashable: subsets are cached by them."""

    glyphs: tuple[tuple[str, int], ...] = ()
    kerning: tuple[tuple[tuple[int, int], int], ...] = ()


def shaping(path: str, face: int, runs) -> Shaping:
    """How the PNG's text engine shapes `runs` ((text, language, features)) in the full face.

    A subset has no layout tables, so the PDF backend, shaping again with the subset, would
    draw each character map glyph at its plain advance: a TC- or JP-default font (a full
    Noto CJK .otf) would print TC/JP forms where the PNG, through `locl` for zh-Hans, shows
    SC ones, and Latin pairs (AV, To, 7.) would lose their kerning. The subset carries both
    instead: the shaped glyph in its character map, the pair adjustments in a `kern` table,
    which HarfBuzz applies to a font without GPOS. A character shaped two ways (contextual
    forms) keeps the character map's glyph; a pair moved two ways keeps the first amount."""
    source = _source(path, face)
    chosen: dict[str, set[int]] = {}
    kerning: dict[tuple[int, int], int] = {}
    for text, language, features in runs:
        items = _shaped_run(path, face, text, language, features)
        for char, gid, _, _ in items:
            chosen.setdefault(char, set()).add(gid)
        for (_, left, x, y), (_, right, next_x, next_y) in zip(items, items[1:]):
            moved = round(next_x - x - source.advance_and_bearing(left)[0])
            if moved and y == next_y:
                kerning.setdefault((left, right), moved)
    glyphs = tuple(sorted((char, min(gids)) for char, gids in chosen.items()
                          if len(gids) == 1 and min(gids) and min(gids) != source.glyph_id(char)))
    return Shaping(glyphs, tuple(sorted(kerning.items())))


@lru_cache(maxsize=4096)  # both print sizes, and most charts of a batch, share labels
def _shaped_run(path: str, face: int, text: str, language, features) -> tuple[tuple[str, int, float, float], ...]:
    """(character, glyph id, x, y in font units) of each glyph HarfBuzz draws for `text`."""
    from matplotlib.ft2font import LoadFlags

    font = _shaper(path, face)
    # The call matplotlib's PDF and Agg text layout make (matplotlib._text_helpers.layout).
    items = font._layout(text, LoadFlags.NO_HINTING, features=features, language=language)
    return tuple((i.char, i.glyph_index, i.x, i.y) for i in items if i.ft_object is font)


@lru_cache(maxsize=8)
def _shaper(path: str, face: int):
    """Our own FreeType face, sized a point per font unit: matplotlib's cached one is left
    as its drawing code set it (and has no fallback fonts, so every glyph is this face's)."""
    from matplotlib.ft2font import FT2Font

    font = FT2Font(path, face_index=face)
    font.set_size(_source(path, face).font["head"].unitsPerEm, 72)
    return font


def subset_bytes(path: str, face: int, chars: str, shaped: Shaping = Shaping()) -> bytes:
    """A TrueType font with .notdef and the glyphs of `chars` (and their components);
    `shaped` gives the glyph to draw for a character instead of the character map's, and
    the kerning of pairs."""
    source = _source(path, face)
    mapped = {c: source.glyph_id(c) for c in sorted(set(chars))}
    mapped.update((c, gid) for c, gid in shaped.glyphs if c in mapped and gid < len(source.loca) - 1)
    mapped = {c: gid for c, gid in mapped.items() if gid}
    order = [0] + sorted(set(mapped.values()))
    records = {}
    for gid in order:  # grows while composites name their components
        records[gid] = source.data(gid)
        if _is_composite(records[gid]):
            order += [c for _, c in _components(records[gid]) if c not in order]
    new_id = {gid: i for i, gid in enumerate(order)}
    glyph_names = [".notdef"] + [f"g{gid}" for gid in order[1:]]
    glyphs = {}
    for gid, name in zip(order, glyph_names):
        data = bytearray(records[gid])
        if _is_composite(data):  # the components' ids, renumbered for the subset
            for offset, component in _components(data):
                struct.pack_into(">H", data, offset, new_id[component])
        glyphs[name] = Glyph(bytes(data))

    font = source.font
    head, hhea, os2, names = font["head"], font["hhea"], font["OS/2"], font["name"]
    builder = FontBuilder(head.unitsPerEm, isTTF=True)
    builder.setupGlyphOrder(glyph_names)
    builder.setupCharacterMap({ord(c): glyph_names[new_id[gid]] for c, gid in mapped.items()})
    builder.font["loca"] = newTable("loca")
    glyf = builder.font["glyf"] = newTable("glyf")
    glyf.glyphOrder, glyf.glyphs = glyph_names, glyphs
    builder.setupHorizontalMetrics({name: source.advance_and_bearing(gid) for gid, name in zip(order, glyph_names)})
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
    # The glyphs' own instructions call the font's functions and read its control values:
    # without these tables a hinted font (DejaVu, SimHei, YaHei) hints nothing, or wrongly,
    # in a viewer that runs them. They are global, not per glyph: copied as they are.
    for tag in HINTING:
        if tag in font.reader:
            builder.font[tag] = _raw_table(tag, font.reader[tag])
    kerning = {(glyph_names[new_id[a]], glyph_names[new_id[b]]): value
               for (a, b), value in shaped.kerning if a in new_id and b in new_id}
    if kerning:
        builder.font["kern"] = _kern_table(kerning)
    builder.setupPost()
    builder.setupHead(unitsPerEm=head.unitsPerEm, fontRevision=head.fontRevision,
                      created=_TIMESTAMP, modified=_TIMESTAMP, macStyle=head.macStyle)
    # Glyph records go in as they are: the face's bounds and maxima hold for any subset.
    for field in ("xMin", "yMin", "xMax", "yMax"):
        setattr(builder.font["head"], field, getattr(head, field))
    maxp = copy.copy(font["maxp"])
    maxp.numGlyphs = len(glyph_names)
    builder.font["maxp"] = maxp
    builder.font.recalcBBoxes = False
    out = io.BytesIO()
    builder.font.save(out)
    return out.getvalue()


def _raw_table(tag: str, data: bytes):
    from fontTools.ttLib.tables.DefaultTable import DefaultTable

    table = DefaultTable(tag)
    table.data = data
    return table


def _kern_table(pairs: dict[tuple[str, str], int]):
    from fontTools.ttLib.tables._k_e_r_n import KernTable_format_0

    table = newTable("kern")
    table.version = 0
    sub = KernTable_format_0()
    sub.coverage, sub.kernTable = 1, pairs  # horizontal kerning values
    table.kernTables = [sub]
    return table


def _is_composite(data: bytes) -> bool:
    return len(data) >= 2 and int.from_bytes(data[:2], "big", signed=True) < 0


_FOLDER: list[Path] = []


@lru_cache(maxsize=64)  # a chart's two print sizes draw the same characters
def subset_file(path: str, face: int, chars: str, shaped: Shaping = Shaping()) -> Path:
    """The subset written to this process's scratch folder (matplotlib reads fonts by path)."""
    data = subset_bytes(path, face, chars, shaped)
    if not _FOLDER:
        _FOLDER.append(Path(tempfile.mkdtemp(prefix="charts-fonts-")))
        atexit.register(shutil.rmtree, _FOLDER[0], True)

    target = _FOLDER[0] / f"{hashlib.sha256(data).hexdigest()[:16]}.ttf"
    if not target.exists():
        temp = target.with_suffix(f".{os.getpid()}.tmp")
        temp.write_bytes(data)
        os.replace(temp, target)
    return target
