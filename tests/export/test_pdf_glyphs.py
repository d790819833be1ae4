"""The print PDF draws the glyphs the PNG draws, where the PNG draws them, in poppler,
Ghostscript and MuPDF: the per-chart font subset carries what HarfBuzz did in the full face
(the `locl` forms for zh-Hans, pair kerning) and the face's hinting programs.

Fonts we did not pick: DejaVu Sans (hinted TrueType, kerned; it ships with matplotlib) and
the full Noto Sans CJK .otf whose default language is Traditional Chinese (PyPI,
cvttf-NotoSansCJK-Regular, a test extra): its Simplified forms come only through `locl`.

The check: rasterise at 1200 dpi, binarise, and count the ink of one image that lies more
than 3 pixels (0.06 mm) from any ink of the other. Anti-aliasing and sub-pixel placement
stay inside that margin; a glyph of another form, or one kerned differently, does not.
"""

from __future__ import annotations

import importlib.util
import io
import subprocess
from pathlib import Path

import matplotlib
import numpy as np
import pytest
from PIL import Image

import charts.fonts.subset as subset
from charts.export.files import figure_bytes, print_pdf
from charts.theme import PRINT_2COL, STYLE_FILE
from tests.conftest import system_tool

DPI = 1200
TELLTALE = "直骨角画关今写"  # Simplified forms that differ from the TC/JP ones (see the notes)
LATIN = "AVATAR To Wa 1,017.5% Hamburg 0123456789"  # kerned pairs, digits


def _engines(pdf: Path, tmp: Path) -> dict[str, np.ndarray]:
    """The page as each engine draws it, True where there is ink."""
    for tool in ("pdftoppm", "gs", "mutool"):
        system_tool(tool)
    commands = {
        "poppler": ["pdftoppm", "-r", str(DPI), "-gray", "-png", "-singlefile", str(pdf), str(tmp / "poppler")],
        "ghostscript": ["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pnggray", f"-r{DPI}",
                        "-dTextAlphaBits=4", "-dGraphicsAlphaBits=4", f"-sOutputFile={tmp / 'ghostscript.png'}",
                        str(pdf)],
        "mupdf": ["mutool", "draw", "-q", "-r", str(DPI), "-c", "gray", "-o", str(tmp / "mupdf.png"), str(pdf)],
    }
    pages = {}
    for engine, command in commands.items():
        subprocess.run(command, check=True, capture_output=True)
        pages[engine] = np.asarray(Image.open(tmp / f"{engine}.png").convert("L")) < 128
    return pages


def _png(canvas) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(figure_bytes(canvas.figure, "png", DPI))).convert("L")) < 128


def _pdf(canvas, tmp: Path) -> Path:
    path = tmp / "chart.pdf"
    path.write_bytes(print_pdf(canvas))
    return path


def _grow(ink: np.ndarray, reach: int = 3) -> np.ndarray:
    grown = ink.copy()
    for dy in range(-reach, reach + 1):
        for dx in range(-reach, reach + 1):
            grown |= np.roll(np.roll(ink, dy, 0), dx, 1)
    return grown


def _apart(a: np.ndarray, b: np.ndarray) -> float:
    """Share of the ink of a and b that lies more than 3 px from the other's ink."""
    h, w = max(a.shape[0], b.shape[0]), max(a.shape[1], b.shape[1])
    a = np.pad(a, ((0, h - a.shape[0]), (0, w - a.shape[1])))
    b = np.pad(b, ((0, h - b.shape[0]), (0, w - b.shape[1])))
    return float(((a & ~_grow(b)).sum() + (b & ~_grow(a)).sum()) / max((a | b).sum(), 1))


# --- a hinted, kerned TrueType font: DejaVu Sans ---------------------------------------

def _latin_canvas():
    """A print canvas with one line of Latin text and digits set in DejaVu Sans."""
    from charts.draw.canvas import Canvas
    from charts.fonts.faces import advances
    from charts.fonts.resolve import FontChoice

    path = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
    choice = FontChoice("body", "DejaVu Sans", path, 0, "", "test")
    canvas = Canvas(PRINT_2COL, 60, {"body": choice}, lambda s, size, role: 0.0, {"body": advances(str(path), 0)[0]})
    canvas.text(10, 40, LATIN, 24, "#000000")
    return canvas


def _latin_apart(tmp: Path) -> dict[str, float]:
    with matplotlib.rc_context(fname=str(STYLE_FILE)):
        canvas = _latin_canvas()
        png = _png(canvas)
        pages = _engines(_pdf(canvas, tmp), tmp)
    return {engine: _apart(page, png) for engine, page in pages.items()}


def test_a_hinted_kerned_font_prints_where_the_png_draws(tmp_path):
    apart = _latin_apart(tmp_path)
    assert max(apart.values()) < 0.01, apart


def test_the_latin_check_sees_lost_kerning(tmp_path, monkeypatch):
    """Without the subset's kern table every glyph after AV drifts: the check must see it."""
    monkeypatch.setattr(subset, "shaping", lambda *args: subset.Shaping())
    apart = _latin_apart(tmp_path)
    assert min(apart.values()) > 0.2, apart


# --- Simplified forms through `locl`: the full Noto Sans CJK (TC default) ---------------

def _tc_default_font() -> Path:
    spec = importlib.util.find_spec("cvttf_NotoSansCJK_Regular")
    if spec is None or not spec.submodule_search_locations:
        pytest.skip("cvttf-NotoSansCJK-Regular (a test extra: a TC-default Noto Sans CJK .otf) is not installed")
    return next(Path(list(spec.submodule_search_locations)[0]).glob("*.otf"))


@pytest.fixture(scope="module")
def tc_fonts():
    """Both roles in the TC-default font (converted to TrueType outlines once per machine,
    about 45 s, in the user's cache folder like any --font)."""
    from charts.fonts.resolve import resolve

    return resolve(str(_tc_default_font()))


def _telltale_canvas(fonts, folder: Path):
    from charts.check.rules import check
    from charts.draw.frame import compose
    from charts.plan.chart import plan
    from charts.spec.read import load_spec
    from tests.conftest import MINIMAL

    spec = folder / "telltale.yaml"
    spec.write_text(MINIMAL.format(kind="bar", question="single").replace("受访者年龄构成", TELLTALE),
                    encoding="utf-8")
    loaded = load_spec(spec)
    return compose(plan(loaded, check(loaded), fonts, PRINT_2COL))


def _glyphs(page: np.ndarray, canvas) -> list[np.ndarray]:
    """Each telltale character's ink, cut from its em cell of the title line."""
    title = next(p for p in canvas.placed if p.text == TELLTALE)
    k, cells = DPI / 72, []
    for i in range(len(TELLTALE)):
        cell = page[int(title.y0 * k):int(title.y1 * k) + 1,
                    int((title.x0 + i * title.size) * k):int((title.x0 + (i + 1) * title.size) * k)]
        ys, xs = np.nonzero(cell)
        cells.append(cell[ys.min():ys.max() + 1, xs.min():xs.max() + 1])
    return cells


def _telltales(fonts, tmp: Path) -> dict[str, list[float]]:
    """Per engine, how far each telltale in the PDF lies from the PNG's."""
    with matplotlib.rc_context(fname=str(STYLE_FILE)):
        canvas = _telltale_canvas(fonts, tmp)
        png = _glyphs(_png(canvas), canvas)
        pages = _engines(_pdf(canvas, tmp), tmp)
    return {engine: [_apart(a, b) for a, b in zip(_glyphs(page, canvas), png)] for engine, page in pages.items()}


def test_the_pdf_draws_the_simplified_forms_the_png_draws(tc_fonts, house_fonts, tmp_path):
    with matplotlib.rc_context(fname=str(STYLE_FILE)):
        # the reference: Noto Sans SC, the same design in its Simplified forms, same weight
        reference = {"title": house_fonts["body"], "body": house_fonts["body"]}
        canvas = _telltale_canvas(reference, tmp_path)
        sc = _glyphs(_png(canvas), canvas)
        canvas = _telltale_canvas(tc_fonts, tmp_path)
        png = _glyphs(_png(canvas), canvas)
        pages = _engines(_pdf(canvas, tmp_path), tmp_path)
    assert max(_apart(a, b) for a, b in zip(png, sc)) < 0.02, "the PNG itself is not in SC forms"
    for engine, page in pages.items():
        printed = _glyphs(page, canvas)
        to_png = [round(_apart(a, b), 3) for a, b in zip(printed, png)]
        to_sc = [round(_apart(a, b), 3) for a, b in zip(printed, sc)]
        assert max(to_png) < 0.02 and max(to_sc) < 0.02, (engine, to_png, to_sc)


def test_the_telltale_check_sees_traditional_forms(tc_fonts, tmp_path, monkeypatch):
    """The subset cut through the character map alone prints 骨 角 今 in their TC forms."""
    monkeypatch.setattr(subset, "shaping", lambda *args: subset.Shaping())
    for engine, apart in _telltales(tc_fonts, tmp_path).items():
        assert sum(d > 0.04 for d in apart) >= 3, (engine, apart)
