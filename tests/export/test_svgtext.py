"""The editable SVG: live text a designer can restyle, drawn by resvg and seen by Inkscape."""

from __future__ import annotations

import os
import shutil
import subprocess
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PIL import Image

from tests.conftest import SPECS

NAMES = sorted(p.stem for p in SPECS.glob("*.yaml"))
SVG = "{http://www.w3.org/2000/svg}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _texts(root):
    return list(root.iter(f"{SVG}text"))


@pytest.mark.parametrize("name", NAMES)
def test_one_live_text_per_label_in_named_layers(seed_output, name):
    root = ET.parse(seed_output / name / f"{name}.editable.svg").getroot()
    layers = {g.get("id") for g in root.findall(f"{SVG}g")}
    assert {"plot", "title", "labels", "footer"} <= layers
    texts = _texts(root)
    assert texts
    for text in texts:
        assert text.get(XML_LANG) == "zh-Hans"
        assert text.get("font-family").startswith("'Noto Sans SC', ")
    titles = [t for t in texts if t.get("id").startswith("title-")]
    assert all(t.get("font-weight") == "700" for t in titles)
    assert "path" not in "".join(t.tag for t in root.find(f"{SVG}g[@id='title']"))


def test_squeezed_punctuation_is_a_tspan_inside_one_text(seed_output):
    root = ET.parse(seed_output / "neighbours-age" / "neighbours-age.editable.svg").getroot()
    source = [t for t in _texts(root) if "".join(t.itertext()) == "来源：《中国青年报》"]
    assert len(source) == 1
    (span,) = source[0].findall(f"{SVG}tspan")
    assert span.text == "《中国青年报》" and float(span.get("dx")) == pytest.approx(-6)


def _ink(png_bytes) -> np.ndarray:
    from io import BytesIO

    return 255 - np.asarray(Image.open(BytesIO(png_bytes)).convert("L"), dtype=float)


@pytest.mark.parametrize("name", NAMES)
def test_resvg_draws_it_like_the_png(seed_output, house_fonts, name):
    resvg_py = pytest.importorskip("resvg_py", reason="resvg-py (a test extra) draws the SVG")

    drawn = resvg_py.svg_to_bytes(
        svg_path=str(seed_output / name / f"{name}.editable.svg"), skip_system_fonts=True, dpi=72.0,
        font_files=[str(house_fonts["body"].path), str(house_fonts["title"].path)], background="#ffffff")
    ours = (seed_output / name / f"{name}.png").read_bytes()
    a, b = _ink(bytes(drawn)), _ink(ours)
    assert a.shape == b.shape
    assert abs(a.sum() - b.sum()) / b.sum() < 0.03
    assert np.abs(a - b).mean() < 4  # of 255: the same words in the same places


def test_inkscape_sees_live_text(seed_output, house_fonts, tmp_path):
    if not shutil.which("inkscape"):
        if os.environ.get("CI"):
            pytest.fail("inkscape is not installed; .ci/run installs it")
        pytest.skip("inkscape is not installed")
    conf = tmp_path / "fonts.conf"
    conf.write_text(f"""<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>
<dir>{house_fonts['body'].path.parent}</dir><cachedir>{tmp_path / 'fc'}</cachedir></fontconfig>""")
    env = {**os.environ, "FONTCONFIG_FILE": str(conf), "HOME": str(tmp_path)}
    svg = seed_output / "neighbours-reasons" / "neighbours-reasons.editable.svg"
    listing = subprocess.run(["inkscape", "--query-all", str(svg)], capture_output=True, text=True,
                             env=env, timeout=120).stdout
    boxes = {line.split(",")[0]: [float(v) for v in line.split(",")[1:]] for line in listing.splitlines()}
    root = ET.parse(svg).getroot()
    for text in _texts(root):
        assert text.get("id") in boxes
    title = boxes["title-0"]
    assert title[2] > 200  # the headline has its width, so Inkscape laid out its glyphs
    plain = subprocess.run(["inkscape", "--export-plain-svg", "--export-filename=-", str(svg)],
                           capture_output=True, text=True, env=env, timeout=120).stdout
    assert "分享防疫信息最让受访者觉得与邻居关系更紧密" in plain
