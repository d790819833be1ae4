"""Print-grade details: CMYK variant, every seed chart clean at every size, and text that
lines up where the layout measured it (squeezed punctuation included)."""

from __future__ import annotations

import re
import subprocess

import numpy as np
import pytest
from click.testing import CliRunner

from charts import messages as msg
from charts.cli import cli
from charts.theme import SIZES
from tests.conftest import SPECS, layout_faults, system_tool


@pytest.mark.parametrize("size", sorted(SIZES))
@pytest.mark.parametrize("spec", sorted(SPECS.glob("*.yaml")), ids=lambda p: p.stem)
def test_every_seed_chart_is_clean_at_every_size(draw, spec, size):
    _, canvas = draw(spec, SIZES[size])
    assert layout_faults(canvas) == []


def test_cmyk_pdfs_are_cmyk_with_the_fonts_embedded(tmp_path):
    system_tool("gs")
    system_tool("pdffonts")
    result = CliRunner().invoke(cli, ["render", str(SPECS / "neighbours-city.yaml"), "-o", str(tmp_path),
                                      "--format", "pdf", "--cmyk"])
    assert result.exit_code == 0, result.output
    for size in ("print-1col", "print-2col"):
        path = tmp_path / "neighbours-city" / f"neighbours-city.{size}.cmyk.pdf"
        raw = path.read_bytes()
        assert b"DeviceCMYK" in raw and b"DeviceRGB" not in raw
        fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
        assert all("CID TrueType" in row and re.search(r"yes\s+yes\s+yes", row)
                   for row in fonts.splitlines()[2:])
        pymupdf = pytest.importorskip("pymupdf", reason="pymupdf (a test extra) reads the PDF")

        with pymupdf.open(path) as doc:
            assert "六成以上受访者来自一线和二线城市" in doc[0].get_text().replace("\n", "")
    again = tmp_path / "again"
    CliRunner().invoke(cli, ["render", str(SPECS / "neighbours-city.yaml"), "-o", str(again), "--format", "pdf",
                             "--cmyk"])
    assert (again / "neighbours-city" / "neighbours-city.print-2col.cmyk.pdf").read_bytes() == \
        (tmp_path / "neighbours-city" / "neighbours-city.print-2col.cmyk.pdf").read_bytes()


def test_cmyk_without_ghostscript_says_how_to_fix_it(tmp_path, monkeypatch):
    import charts.export.files

    monkeypatch.setattr(charts.export.files, "ghostscript", lambda: None)
    result = CliRunner().invoke(cli, ["render", str(SPECS / "neighbours-city.yaml"), "-o", str(tmp_path), "--cmyk"])
    assert result.exit_code == 2
    assert msg.NO_GHOSTSCRIPT in " ".join(result.output.split())
    assert not any(tmp_path.iterdir())


def _ink_columns(canvas, dpi=288):
    from io import BytesIO

    from PIL import Image

    from charts.export.files import figure_bytes

    image = Image.open(BytesIO(figure_bytes(canvas.figure, "png", dpi))).convert("L")
    ink = 255 - np.asarray(image, dtype=int)
    return ink, dpi / 72


def test_a_title_opening_with_a_quote_is_not_indented(write_spec, draw):
    from tests.kinds.kind_cases import SHARES, spec

    _, plain = draw(write_spec(spec("bar", SHARES, "single", title="一户一岗让牧民吃上生态饭")))
    _, quoted = draw(write_spec(spec("bar", SHARES, "single", title="“一户一岗”让牧民吃上生态饭"), "q.yaml"))
    left = []
    for canvas in (plain, quoted):
        ink, scale = _ink_columns(canvas)
        title_rows = ink[int(canvas.size.margin * scale): int((canvas.size.margin + canvas.size.title) * scale)]
        left.append(np.nonzero(title_rows.max(axis=0) > 60)[0][0] / scale)
    # The quote's ink starts at the margin like a plain title's first character, within a
    # tenth of an em (glyphs have their own side bearings); unsqueezed it would be half an em.
    assert abs(left[1] - left[0]) < 0.1 * plain.size.title, left


def test_right_aligned_labels_end_where_measured(write_spec, draw):
    """Bar labels are right-aligned to the bars: each label's ink ends at the same x,
    with or without squeezed punctuation inside it."""
    from tests.kinds.kind_cases import spec

    data = """
data:
  columns: [事项, 占比]
  rows:
    - [分享防疫信息, 54.0]
    - [“相互提醒”：防疫措施, 49.3]
    - [帮助买菜（运送物资）, 38.1]
"""
    chart, canvas = draw(write_spec(spec("bar", data, "multi")))
    ink, scale = _ink_columns(canvas)
    rights = []
    for x, y, text, size, *_ in [t for t in canvas.texts if t[6] == "labels"]:
        rows = ink[int((y - size * 0.9) * scale): int((y + size * 0.15) * scale)]
        columns = np.nonzero(rows[:, : int((x + chart.measure(text, size) + 20) * scale)].max(axis=0) > 60)[0]
        rights.append(columns[-1] / scale)
    assert max(rights) - min(rights) < 1.2, rights  # points; CJK glyphs leave ~0.5 pt side bearing
