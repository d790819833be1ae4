"""An edition's print PDF as real PDF engines read it: the Traditional text extracts as
converted, set in Noto Sans TC, whose glyph forms are Taiwan's standard and differ from the
Simplified edition's."""

from __future__ import annotations

import re
import subprocess

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from tests.conftest import system_tool
from tests.export.test_pdf import _flat, _ghostscript_text, _poppler_text

# Words each edition's PDF must yield: converted text, the desk's words, figures as they were.
EXPECTED = {
    ("neighbours-age", "zh-Hant-TW"): ["受訪者中90後佔比最高", "00後", "21.6%", "43.6%", "樣本數：1151",
                                       "資料來源：《中國青年報》"],
    ("sanjiangyuan-outflow", "zh-Hant-TW"): ["向下游輸送水量達954.98億立方米", "491.40", "每年600多",
                                             "資料來源：新華網"],
    ("labour-job-lists", "zh-Hant-HK"): ["38504", "3988", "需求員工", "（人）", "「清單」"],
    ("neighbours-age", "zh-Hant-HK"): ["受訪者中90後佔比最高", "註：因四捨五入"],
}


def _mutool_text(path):
    system_tool("mutool")
    return subprocess.run(["mutool", "draw", "-q", "-F", "txt", "-o", "-", str(path)],
                          capture_output=True, text=True, check=True).stdout


ENGINES = {"poppler": _poppler_text, "ghostscript": _ghostscript_text, "mutool": _mutool_text}


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("name, edition", sorted(EXPECTED))
def test_the_edition_s_text_extracts_as_traditional(edition_output, name, edition, engine):
    for size in ("print-2col", "print-1col"):
        text = _flat(ENGINES[engine](edition_output / name / f"{name}.{edition}.{size}.pdf"))
        for word in EXPECTED[(name, edition)]:
            assert _flat(word) in text, (engine, size, word)
        assert "受访者" not in text and "来源" not in text  # nothing left Simplified


def test_the_edition_pdf_embeds_noto_sans_tc(edition_output):
    system_tool("pdffonts")
    report = subprocess.run(["pdffonts", str(edition_output / "neighbours-age" / "neighbours-age.zh-Hant-TW.print-2col.pdf")],
                            capture_output=True, text=True, check=True).stdout
    fonts = re.findall(r"^\S+\+(\S+)", report, re.M)
    assert set(fonts) == {"NotoSansTC-Regular", "NotoSansTC-Bold"}, report


# Characters whose Taiwan forms differ visibly from the Simplified ones in Noto (measured at
# 80 px: 骨 28 %, 角 19 %, 今 23 %, 令 48 %, 述 68 % of the ink; 直 and 真 are the same in both,
# unlike their Japanese forms).
TELLTALE = "骨角今令述"


def _ink(path: str, char: str) -> np.ndarray:
    image = Image.new("L", (96, 96), 0)
    ImageDraw.Draw(image).text((8, 0), char, fill=255, font=ImageFont.truetype(path, 80))
    return np.asarray(image) > 127


@pytest.mark.parametrize("char", TELLTALE)
def test_the_edition_font_draws_traditional_forms(fonts_for, char):
    from charts.theme.editions import SIMPLIFIED, TAIWAN

    simplified = _ink(str(fonts_for(None, None, SIMPLIFIED)["body"].path), char)
    traditional = _ink(str(fonts_for(None, None, TAIWAN)["body"].path), char)
    differ = (simplified ^ traditional).sum() / max(simplified.sum(), traditional.sum())
    assert differ > 0.15, f"{char}: only {differ:.0%} of the ink differs"


def _pdf_ink(tmp_path, pdf, char_box_text: str) -> np.ndarray:
    system_tool("pdftoppm")
    subprocess.run(["pdftoppm", "-r", "600", "-gray", "-png", str(pdf), str(tmp_path / char_box_text)], check=True)
    [page] = tmp_path.glob(f"{char_box_text}*.png")
    return np.asarray(Image.open(page)) < 128


def test_the_edition_pdf_prints_other_forms_than_the_simplified_one(tmp_path, fonts_for):
    """One telltale set large in each edition's print PDF: the drawn ink differs."""
    from charts.draw.canvas import Canvas
    from charts.export.files import print_pdf
    from charts.fonts.faces import advances
    from charts.theme import PRINT_2COL
    from charts.theme.editions import SIMPLIFIED, TAIWAN

    inks = []
    for edition in (SIMPLIFIED, TAIWAN):
        fonts = fonts_for(None, None, edition)
        by_role = {role: advances(str(f.path), f.face)[0] for role, f in fonts.items()}
        canvas = Canvas(PRINT_2COL, 80, fonts, lambda s, size, role="body": size * len(s), by_role, edition)
        canvas.text(10, 60, TELLTALE, 48, "#000000")
        pdf = tmp_path / f"{edition.tag}.pdf"
        pdf.write_bytes(print_pdf(canvas))
        inks.append(_pdf_ink(tmp_path, pdf, edition.tag))
    simplified, traditional = inks
    assert (simplified ^ traditional).sum() > 0.15 * simplified.sum()
