"""Per-chart font subsets: the same outlines and advances as the house face, nothing else."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from fontTools.pens.recordingPen import DecomposingRecordingPen
from fontTools.ttLib import TTFont

from charts.fonts.subset import _UnicodeCmap, subset_bytes

TEXT = "受访者年龄构成，“关系更近”：54.0%（1151名）−0.8亿件 Ab%é©—"


@pytest.fixture(scope="module")
def faces(house_fonts):
    return {role: (str(choice.path), choice.face) for role, choice in house_fonts.items()}


def drawing(font: TTFont, char: str):
    glyph_set, name = font.getGlyphSet(), font.getBestCmap()[ord(char)]
    pen = DecomposingRecordingPen(glyph_set)  # outlines, whatever the components are named
    glyph_set[name].draw(pen)
    return pen.value, font["hmtx"][name][0]


@pytest.mark.parametrize("role", ["body", "title"])
def test_every_character_draws_as_in_the_face(faces, role):
    path, face = faces[role]
    source = TTFont(path, fontNumber=face)
    subset = TTFont(io.BytesIO(subset_bytes(path, face, TEXT)))
    assert set(subset.getBestCmap()) == {ord(c) for c in TEXT if ord(c) in source.getBestCmap()}
    for char in set(TEXT):
        assert drawing(subset, char) == drawing(source, char), char
    assert len(subset.getGlyphOrder()) < 80  # the chart's glyphs, not the face's 65,000


def test_composite_glyphs_bring_their_components():
    """The house instances have none; a font given with --font may (DejaVu Sans: é, ǘ)."""
    import matplotlib

    path = str(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf")
    source = TTFont(path)
    cmap = source.getBestCmap()
    composites = [chr(c) for c in sorted(cmap) if c > 0x7F and source["glyf"][cmap[c]].isComposite()][:40]
    nested = [c for c in composites if any(source["glyf"][name].isComposite()
                                           for name in source["glyf"][cmap[ord(c)]].getComponentNames(source["glyf"]))]
    subset = TTFont(io.BytesIO(subset_bytes(path, 0, "".join(composites + nested[:3]))))
    for char in composites + nested[:3]:
        assert subset["glyf"][subset.getBestCmap()[ord(char)]].isComposite()
        assert drawing(subset, char) == drawing(source, char), char


def test_same_characters_same_bytes_and_missing_ones_left_out(faces):
    path, face = faces["body"]
    assert subset_bytes(path, face, "年龄") == subset_bytes(path, face, "龄年龄")
    subset = TTFont(io.BytesIO(subset_bytes(path, face, "年\U00020000")))
    assert set(subset.getBestCmap()) == {ord("年")}


class _Format4First(_UnicodeCmap):
    PREFERRED = ((3, 1), (0, 3))


@pytest.mark.parametrize("font", ["body", "dejavu"])
@pytest.mark.parametrize("reader", [_UnicodeCmap, _Format4First])
def test_the_raw_cmap_reader_agrees_with_fonttools(faces, font, reader):
    import matplotlib

    path, face = faces[font] if font in faces else (
        str(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"), 0)
    source = TTFont(path, fontNumber=face)
    cmap = reader(source.reader["cmap"])
    expected = source.getBestCmap() if reader is _UnicodeCmap else source["cmap"].getcmap(3, 1).cmap
    assert cmap.format == (12 if reader is _UnicodeCmap and source["cmap"].getcmap(3, 10) else 4)
    for code, name in expected.items():
        assert cmap.glyph_id(code) == source.getGlyphID(name), hex(code)
    unmapped = [c for c in range(0, 0x30000, 7) if c not in source.getBestCmap()]
    assert unmapped and all(cmap.glyph_id(c) == 0 for c in unmapped)


def _hinted_outlines(path: str, text: str) -> list:
    """Each character's outline at 9 px after the font's own TrueType hinting ran."""
    from matplotlib.ft2font import FT2Font, LoadFlags

    font = FT2Font(path)
    outlines = []
    for char in text:
        font.set_size(9, 72)
        font.load_char(ord(char), LoadFlags.NO_AUTOHINT | LoadFlags.TARGET_MONO)
        vertices, _ = font.get_path()
        outlines.append(vertices.round(3).tolist())
    return outlines


@pytest.mark.parametrize("keep_programs", [True, False])
def test_a_hinted_font_hints_the_same_in_its_subset(tmp_path, monkeypatch, keep_programs):
    """DejaVu Sans's glyph instructions call its fpgm functions and read its cvt: a subset
    without them hints differently (the False case shows the check can tell)."""
    import matplotlib

    import charts.fonts.subset as subset

    if not keep_programs:
        monkeypatch.setattr(subset, "HINTING", ())
    path = str(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf")
    text = "Hamburg0123456789%"
    cut = tmp_path / "cut.ttf"
    cut.write_bytes(subset_bytes(path, 0, text))
    same = [a == b for a, b in zip(_hinted_outlines(path, text), _hinted_outlines(str(cut), text))]
    assert all(same) if keep_programs else sum(same) < len(text) / 2


def test_shaped_glyphs_and_kerning_travel_with_the_subset():
    """What HarfBuzz chose in the full face is what the subset's cmap and kern table say."""
    import matplotlib

    from charts.fonts.subset import Shaping, shaping

    path = str(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf")
    shaped = shaping(path, 0, (("AVA", "zh-Hans", None),))
    assert shaped.glyphs == ()  # DejaVu draws A and V from its character map
    source = TTFont(path)
    a, v = source.getGlyphID("A"), source.getGlyphID("V")
    assert dict(shaped.kerning)[(a, v)] < 0 and dict(shaped.kerning)[(v, a)] < 0
    cut = TTFont(io.BytesIO(subset_bytes(path, 0, "AV", shaped)))
    pairs = cut["kern"].kernTables[0].kernTable
    names = cut.getBestCmap()
    assert pairs[(names[ord("A")], names[ord("V")])] == dict(shaped.kerning)[(a, v)]
    assert "kern" not in TTFont(io.BytesIO(subset_bytes(path, 0, "AV", Shaping())))
