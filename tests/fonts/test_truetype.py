"""A CFF-outline font given with --font is converted to TrueType once, and its PDF text is
then drawn by every engine (embedded CFF draws nothing in Ghostscript and MuPDF)."""

from __future__ import annotations

import subprocess

from charts.fonts import resolve as fonts
from tests.conftest import MINIMAL, system_tool
from tests.export.test_pdf import (
    _raster_ghostscript,
    _raster_mupdf,
    _raster_pdfium,
)

CHARS = "的受访者年龄构成段占比后其他注因四舍五入，合计可能不等于样本量来源：《中国青年报》0123456789.%"


def _cff_font(path, house):
    """A small OpenType-CFF font with the house font's outlines for CHARS."""
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.t2CharStringPen import T2CharStringPen
    from fontTools.ttLib import TTFont

    source = TTFont(house.path)
    cmap, glyph_set, hmtx = source.getBestCmap(), source.getGlyphSet(), source["hmtx"]
    names = [".notdef"] + sorted({cmap[ord(c)] for c in CHARS})
    charstrings, metrics = {}, {}
    for name in names:
        pen = T2CharStringPen(hmtx[name][0], glyph_set)
        glyph_set[name].draw(pen)
        charstrings[name] = pen.getCharString()
        metrics[name] = hmtx[name]
    builder = FontBuilder(1000, isTTF=False)
    builder.setupGlyphOrder(names)
    builder.setupCharacterMap({ord(c): cmap[ord(c)] for c in CHARS})
    builder.setupCFF("TestSansCFF-Regular", {"FullName": "Test Sans CFF"}, charstrings, {})
    builder.setupHorizontalMetrics(metrics)
    builder.setupHorizontalHeader(ascent=1160, descent=-288)
    builder.setupNameTable({"familyName": "Test Sans CFF", "styleName": "Regular"})
    builder.setupOS2(sTypoAscender=880, sTypoDescender=-120, usWinAscent=1160, usWinDescent=288)
    builder.setupPost()
    builder.save(path)
    return path


def test_a_cff_font_is_converted_once_and_cached(house_fonts, tmp_path, monkeypatch):
    monkeypatch.setenv("CHARTS_CACHE_DIR", str(tmp_path / "cache"))
    cff = _cff_font(tmp_path / "TestSansCFF.otf", house_fonts["body"])
    told = []
    chosen = fonts.resolve(str(cff), told.append)
    assert chosen["body"].path.suffix == ".ttf" and chosen["body"].path.parent == tmp_path / "cache" / "fonts"
    assert "converted to TrueType" in chosen["body"].why
    assert len(told) == 2  # both roles announce; the second finds the first's file
    stamp = chosen["body"].path.stat().st_mtime_ns
    again = fonts.resolve(str(cff))
    assert again["body"].path == chosen["body"].path and again["body"].path.stat().st_mtime_ns == stamp


def test_a_chart_set_in_a_cff_font_draws_in_every_engine(house_fonts, tmp_path, monkeypatch):
    from click.testing import CliRunner

    from charts.cli import cli

    system_tool("pdffonts")
    monkeypatch.setenv("CHARTS_CACHE_DIR", str(tmp_path / "cache"))
    cff = _cff_font(tmp_path / "TestSansCFF.otf", house_fonts["body"])
    spec = tmp_path / "specs" / "age.yaml"
    spec.parent.mkdir()
    spec.write_text(MINIMAL.format(kind="bar", question="single"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["render", str(spec), "-o", str(tmp_path / "out"), "--format", "pdf",
                                      "--font", str(cff)])
    assert result.exit_code == 0, result.output
    pdf = tmp_path / "out" / "age" / "age.print-2col.pdf"
    report = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "TestSansCFF" in report and report.count("CID TrueType") == len(report.splitlines()) - 2
    ink = {name: float((255 - page.astype(float)).sum()) for name, page in {
        "mupdf": _raster_mupdf(pdf), "pdfium": _raster_pdfium(pdf),
        "ghostscript": _raster_ghostscript(pdf, tmp_path)}.items()}
    assert max(ink.values()) / min(ink.values()) < 1.08, ink
