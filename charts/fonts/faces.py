"""Reading a font file's faces: character map, advances, names, version, the SC face of a
collection, and the glyph preflight. Used by resolve, truetype and the planner."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_CJK_PROBE = "的中国年"


@lru_cache(maxsize=None)
def open_face(path: str, face: int):
    from fontTools.ttLib import TTFont

    return TTFont(path, fontNumber=face, lazy=True)


@lru_cache(maxsize=None)
def charmap(path: str, face: int) -> frozenset[int]:
    return frozenset(open_face(path, face).getBestCmap())


@lru_cache(maxsize=None)
def advances(path: str, face: int) -> tuple[dict[int, float], float]:
    """Advance width of each character, in em, and the em's default (for unknown chars)."""
    font = open_face(path, face)
    upem = font["head"].unitsPerEm
    metrics = font["hmtx"].metrics
    widths = {code: metrics[glyph][0] / upem for code, glyph in font.getBestCmap().items()}
    return widths, 1.0


def has_chinese(path: str, face: int) -> bool:
    cmap = charmap(path, face)
    return all(ord(c) in cmap for c in _CJK_PROBE)


@lru_cache(maxsize=None)
def names(path: str, face: int) -> tuple[str, str]:
    name = open_face(path, face)["name"]
    family = name.getDebugName(16) or name.getDebugName(1) or Path(path).stem
    style = name.getDebugName(17) or name.getDebugName(2) or ""
    return family, style


def version(path: str, face: int) -> str:
    return (open_face(path, face)["name"].getDebugName(5) or "").strip()


@lru_cache(maxsize=None)
def collection_faces(path: str) -> tuple[str, ...]:
    """The family name of each face of the file (one for a plain font file)."""
    from fontTools.ttLib import TTCollection

    if not path.lower().endswith((".ttc", ".otc")):
        with open(path, "rb") as handle:
            if handle.read(4) != b"ttcf":
                return (open_face(path, 0)["name"].getDebugName(1) or "",)
    return tuple(font["name"].getDebugName(1) or "" for font in TTCollection(path, lazy=True).fonts)


def chinese_face(path: str) -> int | None:
    """The face to draw with: in a collection the Simplified Chinese one (Noto/Source Han
    .ttc hold JP first), else the first face with Chinese characters; None: no face has any."""
    families = collection_faces(path)
    sc = [i for i, family in enumerate(families) if family.endswith(" SC") or " SC " in family]
    for face in sc + list(range(len(families))):
        if has_chinese(path, face):
            return face
    return None


def missing_characters(text: str, choice) -> list[str]:
    """Characters of `text` the font has no glyph for (whitespace aside)."""
    cmap = charmap(str(choice.path), choice.face)
    seen: list[str] = []
    for ch in text:
        if ch.isspace() or ord(ch) in cmap or ch in seen:
            continue
        seen.append(ch)
    return seen
