"""Fonts: Simplified Chinese forms, a real bold, a preflight that refuses missing glyphs."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from charts import messages as msg
from charts.errors import FontError
from charts.fonts import faces
from charts.fonts import resolve as fonts

# Characters whose Japanese forms differ visibly from the Simplified Chinese ones.
TELLTALE = "直骨角画关今写"


def _reference(tmp_path_factory, language: str, weight: int):
    """A static instance of the language's Noto Sans variable font, cut to the telltales."""
    from fontTools import subset
    from fontTools.ttLib import TTFont
    from fontTools.varLib import instancer

    source = fonts.bundled_source().parent.parent / f"notosans{language}" / f"NotoSans{language.upper()}[wght].ttf"
    font = TTFont(source)
    options = subset.Options()
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=TELLTALE)
    subsetter.subset(font)
    static = instancer.instantiateVariableFont(font, {"wght": weight})
    path = tmp_path_factory.mktemp("ref") / f"{language}-{weight}.ttf"
    static.save(path)
    return path


def _ink(path, char: str, face: int = 0) -> np.ndarray:
    image = Image.new("L", (96, 96), 0)
    ImageDraw.Draw(image).text((8, 4), char, fill=255, font=ImageFont.truetype(str(path), 72, index=face))
    return np.asarray(image) > 128


def _difference(a: np.ndarray, b: np.ndarray) -> float:
    return float((a ^ b).sum() / max((a | b).sum(), 1))


@pytest.fixture(scope="module")
def references(tmp_path_factory):
    return {lang: _reference(tmp_path_factory, lang, 400) for lang in ("sc", "jp")}


def test_house_font_draws_simplified_chinese_forms(house_fonts, references):
    body = house_fonts["body"]
    for char in TELLTALE:
        ours = _ink(body.path, char, body.face)
        to_sc = _difference(ours, _ink(references["sc"], char))
        to_jp = _difference(ours, _ink(references["jp"], char))
        assert to_sc < 0.09, (char, to_sc)
        assert to_jp > 0.2 or to_jp > 3 * to_sc, (char, to_sc, to_jp)


def test_the_pixel_check_can_tell_japanese_forms(references):
    differences = [_difference(_ink(references["jp"], c), _ink(references["sc"], c)) for c in TELLTALE]
    assert max(differences) > 0.2


def test_titles_have_a_real_bold(house_fonts):
    regular = _ink(house_fonts["body"].path, "国").sum()
    bold = _ink(house_fonts["title"].path, "国").sum()
    assert bold > 1.25 * regular
    assert house_fonts["title"].style == "Bold"


def test_prepared_fonts_are_cached_per_source(house_fonts):
    assert house_fonts["body"].path.parent == fonts.cache_dir() / "fonts"
    again = fonts.resolve()
    assert again["body"].path == house_fonts["body"].path


def test_the_cache_name_is_the_source_fonts_bytes_not_its_install_time(tmp_path):
    """Two installs of one font (the same bytes, another mtime) name one cache file, so the
    hand-off record reads alike on every machine; other bytes name another."""
    import os

    data = bytes(range(256)) * 1024
    one, two, other = tmp_path / "a.ttf", tmp_path / "b.ttf", tmp_path / "c.ttf"
    one.write_bytes(data)
    two.write_bytes(data)
    other.write_bytes(data[:-1] + b"\x00")
    os.utime(two, (1_000_000_000, 1_000_000_000))
    assert fonts._file_stamp(one) == fonts._file_stamp(two) != fonts._file_stamp(other)


def test_a_font_file_takes_precedence(house_fonts):
    chosen = fonts.resolve(str(house_fonts["body"].path))
    assert chosen["title"].path == house_fonts["body"].path
    assert "given as a file" in chosen["title"].why


def test_an_unknown_font_is_named(tmp_path):
    with pytest.raises(FontError) as info:
        fonts.resolve(str(tmp_path / "nowhere.ttf"))
    assert str(info.value) == "charts: " + msg.FONT_NOT_FOUND.format(font=tmp_path / "nowhere.ttf")


def test_preflight_names_the_character_and_the_field(minimal_spec, draw):
    path = minimal_spec(kind="bar")
    text = path.read_text(encoding="utf-8").replace("title: 受访者年龄构成", "title: 受访者𠀀年龄构成")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FontError) as info:
        draw(path)
    (problem,) = info.value.problems
    assert problem.field == "title" and problem.line == 1
    assert problem.message == msg.MISSING_GLYPH.format(font="Noto Sans SC Bold", char="𠀀", code=0x20000)


def test_missing_characters_ignores_whitespace(house_fonts):
    assert faces.missing_characters("受访者 75.8%\n", house_fonts["body"]) == []
    assert faces.missing_characters("好😀", house_fonts["body"]) == ["😀"]


def test_the_cache_folder_is_overridable_and_where_it_always_was(monkeypatch, tmp_path):
    monkeypatch.setenv("CHARTS_CACHE_DIR", str(tmp_path / "mine"))
    assert fonts.cache_dir() == tmp_path / "mine"
    monkeypatch.delenv("CHARTS_CACHE_DIR")
    if not sys.platform.startswith("linux"):
        pytest.skip("the XDG folders are Linux's")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert fonts.cache_dir() == tmp_path / "xdg" / "charts"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert fonts.cache_dir() == Path.home() / ".cache" / "charts"  # earlier versions' caches are reused
