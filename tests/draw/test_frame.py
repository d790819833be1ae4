"""The frame: title, subtitle, plot and footer stacked down the page, the page as tall as
they need."""

from __future__ import annotations

from itertools import pairwise

import pytest

from charts.theme import WEB
from tests.conftest import MINIMAL

SHORT = "受访者年龄构成"
LONG = "在防疫过程中更加重视邻里关系的受访者当中，九零后占比最高，八零后次之，零零后再次之，七零后最少"
HEADER = {"title", "subtitle", "unit"}


def spec_text(title: str = SHORT, extra: str = "") -> str:
    return MINIMAL.format(kind="bar", question="single").replace(f"title: {SHORT}", f"title: {title}") + extra


@pytest.fixture
def framed(write_spec, draw):
    def make(text: str):
        return draw(write_spec(text))[1]

    return make


def _blocks(canvas) -> dict[str, list[float]]:
    """Baselines of each layer's text, in points from the top."""
    found: dict[str, list[float]] = {}
    for _, y, _, _, _, _, gid in canvas.texts:
        found.setdefault(gid if gid in HEADER | {"footer"} else "plot", []).append(y)
    return found


def test_a_longer_title_makes_a_taller_page(framed):
    short, long = framed(spec_text()), framed(spec_text(LONG))
    assert len(_blocks(short)["title"]) == 1
    extra_lines = len(_blocks(long)["title"]) - 1
    assert extra_lines >= 1
    assert long.width == short.width == WEB.width
    assert long.height - short.height == pytest.approx(extra_lines * WEB.title * WEB.line_height, abs=1)
    assert long.figure.get_figheight() * 72 == pytest.approx(long.height)


def test_title_then_subtitle_then_plot_then_footer(framed):
    canvas = framed(spec_text(LONG, "subtitle: 中国青年报社社会调查中心对1151名受访者的调查\n"))
    blocks = _blocks(canvas)
    order = ["title", "subtitle", "plot", "footer"]
    for upper, lower in pairwise(order):
        assert max(blocks[upper]) < min(blocks[lower]), (upper, lower)
    bars = [a for a in canvas.figure.artists if a.get_gid() == "plot" and hasattr(a, "get_y")]
    assert bars and max(blocks["subtitle"]) < min(b.get_y() for b in bars)
    assert max(b.get_y() + b.get_height() for b in bars) < min(blocks["footer"])
    assert WEB.margin < min(blocks["title"]) and max(blocks["footer"]) < canvas.height - WEB.margin / 2


def test_every_footer_line_is_set(framed):
    canvas = framed(spec_text(extra="notes: [因四舍五入，合计可能不等于100%]\n"))
    footer = [s for _, _, s, _, _, _, gid in canvas.texts if gid == "footer"]
    assert footer == ["注：因四舍五入，合计可能不等于100%", "样本量：1151", "来源：《中国青年报》"]
