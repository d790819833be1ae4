"""The editions' house font: Noto Sans TC cut into static Regular and Bold like SC, and
punctuation placed as Taiwan sets it (centred in the em) by the font's default forms."""

from __future__ import annotations

import pytest
from fontTools.pens.boundsPen import BoundsPen
from fontTools.ttLib import TTFont

from charts.theme.editions import HONG_KONG, SIMPLIFIED, TAIWAN


def test_the_traditional_editions_resolve_to_static_noto_sans_tc(fonts_for):
    fonts = fonts_for(None, None, TAIWAN)
    assert fonts["body"].family == "Noto Sans TC"
    assert fonts["body"].path.name.startswith("NotoSansTC-400-")
    assert fonts["title"].path.name.startswith("NotoSansTC-700-") and fonts["title"].style == "Bold"
    assert fonts_for(None, None, HONG_KONG) == fonts


def _centre(path, char: str) -> float:
    """Where the ink of a character sits across its advance: 0 left edge, 0.5 centred."""
    font = TTFont(path)
    glyph = font.getBestCmap()[ord(char)]
    pen = BoundsPen(font.getGlyphSet())
    font.getGlyphSet()[glyph].draw(pen)
    x0, _, x1, _ = pen.bounds
    return (x0 + x1) / 2 / font["hmtx"][glyph][0]


@pytest.mark.parametrize("char", "，。：；、")
def test_taiwan_s_punctuation_is_centred_by_the_font_s_default_forms(fonts_for, char):
    # Measured: Noto Sans TC centres ，。：；、 (0.49-0.50 em), Noto Sans SC sets them in the
    # left half (0.19-0.25 em): no feature or substitution is needed for Taiwan's placement.
    assert abs(_centre(fonts_for(None, None, TAIWAN)["body"].path, char) - 0.5) < 0.03
    assert _centre(fonts_for(None, None, SIMPLIFIED)["body"].path, char) < 0.3
