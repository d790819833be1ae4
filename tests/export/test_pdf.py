"""The print PDF as real PDF engines see it: fonts embedded as TrueType, text drawn by
MuPDF, PDFium, poppler and Ghostscript and extracted as the same Chinese."""

from __future__ import annotations

import re
import subprocess

import numpy as np
import pytest

from tests.conftest import SPECS, system_tool

NAMES = sorted(p.stem for p in SPECS.glob("*.yaml"))
# Words each seed PDF must yield, checked in every engine's text.
EXPECTED = {
    "neighbours-age": ["受访者中90后占比最高", "00后", "21.6%", "43.6%", "样本量：1151", "来源：《中国青年报》"],
    "sanjiangyuan-outflow": ["954.98", "491.40", "每年600多", "来源：新华网"],
    "labour-job-lists": ["38504", "3988", "需求员工", "（人）"],  # panel titles wrap in print
}


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _mupdf_text(path):
    pymupdf = pytest.importorskip("pymupdf", reason="pymupdf (a test extra) reads the PDF")

    with pymupdf.open(path) as doc:
        return "".join(page.get_text() for page in doc)


def _pdfium_text(path):
    pdfium = pytest.importorskip("pypdfium2", reason="pypdfium2 (a test extra) reads the PDF")

    doc = pdfium.PdfDocument(str(path))
    try:
        return "".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()


def _poppler_text(path):
    system_tool("pdftotext")
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def _ghostscript_text(path):
    system_tool("gs")
    return subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=txtwrite", "-sOutputFile=-", str(path)],
                          capture_output=True, text=True, check=True).stdout


# Ghostscript 10.0 extracts one byte per character from ToUnicode ranges written with
# arrays (matplotlib's form); export.py rewrites them as bfchar, and this proves it.
ENGINES = {"mupdf": _mupdf_text, "pdfium": _pdfium_text, "poppler": _poppler_text,
           "ghostscript": _ghostscript_text}


SIZES = ("print-2col", "print-1col")


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_text_extracts_as_the_same_chinese(seed_output, name, engine, size):
    text = _flat(ENGINES[engine](seed_output / name / f"{name}.{size}.pdf"))
    for word in EXPECTED[name]:
        assert _flat(word) in text, (engine, word)


@pytest.mark.parametrize("size", SIZES)
def test_fonts_are_embedded_subset_truetype(seed_output, size):
    system_tool("pdffonts")
    for name in NAMES:
        report = subprocess.run(["pdffonts", str(seed_output / name / f"{name}.{size}.pdf")],
                                capture_output=True, text=True, check=True).stdout
        rows = report.splitlines()[2:]
        assert rows, name
        for row in rows:
            assert "CID TrueType" in row and re.search(r"yes\s+yes\s+yes", row), row
        assert "Type 3" not in report


def _raster_mupdf(path):
    pymupdf = pytest.importorskip("pymupdf", reason="pymupdf (a test extra) reads the PDF")

    with pymupdf.open(path) as doc:
        pix = doc[0].get_pixmap(dpi=100, colorspace=pymupdf.csGRAY)
        return np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width)


def _raster_pdfium(path):
    pdfium = pytest.importorskip("pypdfium2", reason="pypdfium2 (a test extra) reads the PDF")

    doc = pdfium.PdfDocument(str(path))
    try:
        return np.asarray(doc[0].render(scale=100 / 72, grayscale=True).to_pil().convert("L"))
    finally:
        doc.close()


def _raster_tool(cmd, out):
    from PIL import Image

    subprocess.run(cmd, check=True, capture_output=True)
    return np.asarray(Image.open(out).convert("L"))


def _raster_poppler(path, tmp):
    system_tool("pdftoppm")
    return _raster_tool(["pdftoppm", "-r", "100", "-gray", "-png", "-singlefile", str(path), str(tmp / "p")],
                        tmp / "p.png")


def _raster_ghostscript(path, tmp):
    system_tool("gs")
    return _raster_tool(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pnggray", "-r100",
                         "-dTextAlphaBits=4", "-dGraphicsAlphaBits=4", f"-sOutputFile={tmp / 'g.png'}",
                         str(path)], tmp / "g.png")


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("name", NAMES)
def test_every_engine_draws_the_text(seed_output, tmp_path, name, size):
    """Each engine's page has the same amount of ink: an engine that drew no text (a CFF
    font labelled TrueType) would miss every glyph's ink."""
    path = seed_output / name / f"{name}.{size}.pdf"
    pages = {"mupdf": _raster_mupdf(path), "pdfium": _raster_pdfium(path),
             "poppler": _raster_poppler(path, tmp_path), "ghostscript": _raster_ghostscript(path, tmp_path)}
    ink = {engine: float((255 - page.astype(float)).sum()) for engine, page in pages.items()}
    reference = ink["pdfium"]
    for engine, amount in ink.items():
        assert abs(amount - reference) / reference < 0.08, (engine, ink)
