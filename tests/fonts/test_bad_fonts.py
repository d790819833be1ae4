"""A file given as a font that is not one we can draw with gets one line: which file, what
is wrong, how to fix it. With --font it is a usage error, said once before any chart is
drawn; in a spec's `font:` it fails that spec, at that field, and the others still render.
(More of these, as hostile specs: tests/hostile/40-* to 44-*.)"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import matplotlib
import pytest

from charts import messages as msg
from charts.errors import FontError
from charts.fonts import resolve as fonts
from tests.conftest import MINIMAL

HOSTILE = Path(__file__).resolve().parents[1] / "hostile"
DEJAVU = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
PNG = Path(matplotlib.get_data_path()) / "images" / "matplotlib.png"
GOOD = MINIMAL.format(kind="bar", question="single").lstrip()


def _bad_files(folder: Path) -> dict[str, tuple[Path, str]]:
    """name -> (a bad font file, the exact message it must get)."""
    text = folder / "notafont.ttf"
    text.write_text("This is not a font.\n", encoding="utf-8")
    empty = folder / "empty.ttf"
    empty.write_bytes(b"")
    picture = folder / "picture.ttf"
    picture.write_bytes(PNG.read_bytes())
    directory = folder / "fonts.ttf"
    directory.mkdir()
    web = folder / "web.woff2"
    web.write_bytes(b"wOF2\x00\x01\x00\x00" + bytes(40))
    cut = folder / "cut.ttf"
    cut.write_bytes(DEJAVU.read_bytes()[:20000])
    latin = HOSTILE / "43-font-collection-no-chinese" / "latin.ttc"
    return {
        "text": (text, msg.FONT_NOT_A_FONT.format(font=text, kind="a text file")),
        "empty": (empty, msg.FONT_EMPTY.format(font=empty)),
        "png": (picture, msg.FONT_NOT_A_FONT.format(font=picture, kind="a PNG image")),
        "folder": (directory, msg.FONT_IS_FOLDER.format(font=directory)),
        "woff2": (web, msg.FONT_WEB.format(font=web, kind="WOFF2")),
        "cut": (cut, msg.FONT_DAMAGED.format(font=cut, reason="its `GPOS` table runs past the end of the file")),
        "latin-collection": (latin, msg.FONT_COLLECTION_NO_CHINESE.format(font=latin, count=2)),
        "latin": (DEJAVU, msg.FONT_NO_CHINESE.format(font=DEJAVU)),
        "missing": (folder / "nowhere.ttf", msg.FONT_NOT_FOUND.format(font=folder / "nowhere.ttf")),
    }


CASES = ["text", "empty", "png", "folder", "woff2", "cut", "latin-collection", "latin", "missing"]
DEEP = {"latin-collection", "latin"}  # fonts all right, but with no Chinese


@pytest.mark.parametrize("case", CASES)
def test_each_bad_font_file_gets_its_own_line(tmp_path, case):
    path, expected = _bad_files(tmp_path)[case]
    with pytest.raises(FontError) as info:
        fonts.resolve(str(path))
    assert [p.message for p in info.value.problems] == [expected]
    # the check before a run reads first bytes only; the rest shows when the run resolves
    assert fonts.font_problem(str(path)) == (None if case in DEEP else expected)


def test_a_table_fonttools_cannot_read_is_a_damaged_file(tmp_path):
    """Bounds all right, contents garbage: fontTools' own error becomes the reason."""
    from fontTools.ttLib import TTFont

    data = bytearray(DEJAVU.read_bytes())
    entry = TTFont(DEJAVU, lazy=True).reader.tables["cmap"]
    data[entry.offset:entry.offset + entry.length] = b"\xff" * entry.length
    broken = tmp_path / "broken.ttf"
    broken.write_bytes(bytes(data))
    with pytest.raises(FontError) as info:
        fonts.resolve(str(broken))
    (problem,) = [p.message for p in info.value.problems]
    assert problem.startswith(f"the font file `{broken}` is damaged or cut short (")
    assert problem.endswith("): copy or download the font again")


def test_a_collection_draws_in_its_first_face_with_chinese(tmp_path, house_fonts):
    """A .ttc whose Latin face comes first: the Chinese face is chosen, not face 0."""
    from fontTools.ttLib import TTCollection, TTFont

    from charts.fonts.subset import subset_bytes

    latin = TTCollection(str(HOSTILE / "43-font-collection-no-chinese" / "latin.ttc")).fonts[0]
    chinese = TTFont(io.BytesIO(subset_bytes(str(house_fonts["body"].path), 0, "的中国年受访者")))
    both = TTCollection()
    both.fonts = [latin, chinese]
    path = tmp_path / "mixed.ttc"
    both.save(str(path))
    chosen = fonts.resolve(str(path))
    assert chosen["body"].face == 1 and chosen["body"].family == "Noto Sans SC"


def _charts(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "charts", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300, env={**os.environ, "NO_COLOR": "1"})


@pytest.mark.parametrize("case", ["text", "png", "folder", "missing"])
def test_a_bad_font_option_is_one_usage_error_before_any_chart(tmp_path, case):
    path, expected = _bad_files(tmp_path)[case]
    (tmp_path / "specs").mkdir()
    (tmp_path / "specs" / "good.yaml").write_text(GOOD, encoding="utf-8")
    done = _charts("render", "specs", "-o", "output", "--font", str(path), cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert f"Error: Invalid value for '--font': {expected}" in done.stderr.splitlines()
    assert not (tmp_path / "output").exists()


def test_a_font_option_without_chinese_is_said_once(tmp_path):
    """Found when the run resolves the font: one line for the run, not one per chart."""
    path, expected = _bad_files(tmp_path)["latin"]
    (tmp_path / "specs").mkdir()
    for name in ("one", "two"):
        (tmp_path / "specs" / f"{name}.yaml").write_text(GOOD, encoding="utf-8")
    done = _charts("render", "specs", "-o", "output", "--format", "png", "--font", str(path), cwd=tmp_path)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.splitlines() == [f"charts: {expected}"]
    assert not (tmp_path / "output" / "one").exists()


def test_charts_fonts_names_the_bad_file(tmp_path):
    path, expected = _bad_files(tmp_path)["text"]
    done = _charts("fonts", "--font", str(path), cwd=tmp_path)
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.splitlines() == [f"charts: {expected}"]


def test_a_spec_font_fails_its_own_spec_at_its_field(tmp_path):
    """Beside good.yaml, one spec names a picture and one a folder as its font."""
    specs = tmp_path / "specs"
    specs.mkdir()
    (specs / "good.yaml").write_text(GOOD, encoding="utf-8")
    (specs / "logo.ttf").write_bytes(PNG.read_bytes())
    (specs / "fonts").mkdir()
    for name, font in (("picture", "logo.ttf"), ("folder", "fonts")):
        (specs / f"{name}.yaml").write_text(GOOD.replace("kind:", f"font: {font}\nkind:"), encoding="utf-8")
    (tmp_path / ".git").mkdir()
    done = _charts("render", "specs", "-o", "output", "--format", "png", "-j", "1", cwd=tmp_path)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    assert ("specs/picture.yaml:2:7: font: " + msg.FONT_NOT_A_FONT.format(font="logo.ttf", kind="a PNG image")) in lines
    assert ("specs/folder.yaml:2:7: font: " + msg.FONT_IS_FOLDER.format(font="fonts")) in lines
    assert (tmp_path / "output" / "good" / "good.png").is_file()
