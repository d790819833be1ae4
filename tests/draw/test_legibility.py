"""The text-size check: the smallest text of each size as it will be displayed, in the
record, as a warning where an image would show text below 11 CSS px, and on the review page."""

from __future__ import annotations

import dataclasses
import json

import pytest

from charts import messages as msg
from charts.draw.legibility import Legibility, legibility
from charts.theme import MOBILE, PRINT_1COL, WEB
from tests.conftest import SEED_ARTICLE, SEED_ARTICLES, SPECS


def test_displayed_size_is_the_drawn_size_scaled_to_the_display_width():
    phone = Legibility("mobile", 360, 400, 12.0, "来源：新华网", 343)
    assert round(phone.displayed, 2) == 11.43 and not phone.too_small
    # the desktop layout shown at a phone's width: the size the phone layout exists for
    squeezed = Legibility("web", 640, 450, 12.0, "来源：新华网", 343)
    assert round(squeezed.displayed, 1) == 6.4 and squeezed.too_small
    assert Legibility("print-1col", 156, 200, 5.5, "注", None).displayed is None  # print: not judged


def test_the_smallest_text_of_a_seed_chart_at_each_size(draw):
    for size, smallest, shown in ((WEB, 12, 12.0), (MOBILE, 12, 11.4), (PRINT_1COL, 5.5, None)):
        _, canvas = draw(SPECS / "neighbours-age.yaml", size)
        found = legibility(canvas)
        assert (found.smallest, None if found.displayed is None else round(found.displayed, 1)) == (smallest, shown)
        assert found.text.startswith(("注：", "来源：", "样本量："))


def test_text_below_the_floor_warns_and_shows_on_the_review_page(tmp_path, write_spec, fonts_for, monkeypatch):
    """A phone size whose notes would be 10 px: the chart still renders, with a warning that
    names the size, the text and its displayed size; the record and the review page carry it."""
    import charts.run.pipeline as pipeline
    from charts.run.batch import render_all
    from charts.run.options import RenderOptions

    monkeypatch.setattr(pipeline, "MOBILE", dataclasses.replace(MOBILE, footer=10.5))
    if not SEED_ARTICLE.is_file():
        pytest.skip("the seed article is not beside the project (../shared/seeds): the status would be unverified")
    spec = write_spec((SPECS / "neighbours-age.yaml").read_text(encoding="utf-8"))
    out = tmp_path / "out"
    [result] = render_all(RenderOptions(specs=((spec, str(spec)),), out_dir=out, articles=(SEED_ARTICLES,)), fonts_for)
    assert result.ok
    small = [p for p in result.warnings if "CSS px" in p.message]
    assert [p.message for p in small] == [msg.TEXT_TOO_SMALL.format(
        size="mobile", shown=10.5 * 343 / 360, width=343, text="注：因四舍五入，合计可能不等于100%")]
    record = json.loads((out / result.name / f"{result.name}.json").read_text(encoding="utf-8"))
    assert record["layouts"]["mobile"]["too_small"] and record["layouts"]["mobile"]["smallest_text_displayed"] == 10.0
    assert not record["layouts"]["web"]["too_small"]
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "字太小：手机版" in page and "（小于 11 px）" in page
    assert json.loads((out / "manifest.json").read_text(encoding="utf-8"))["charts"][0]["status"] == "warning"
