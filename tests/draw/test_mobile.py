"""The phone layout (Size MOBILE, 360 CSS px): laid out anew for the phone, not the desktop
chart scaled down. Every kind, from its own starter and from the awkward cases: text at the
phone's sizes, at least square where the plot can grow, the kind's phone arrangement."""

from __future__ import annotations

import pytest

from charts import kinds
from charts.draw.legibility import legibility
from charts.spec.starter import starter_spec
from charts.theme import MOBILE, WEB
from tests.conftest import SPECS, layout_faults
from tests.kinds.kind_cases import LONG_LABELS, SHARES, spec

FOOTER_LAYERS = {"footer", "unit", "axis", "reference"}  # the small print: at least 11 px


def _sizes_ok(canvas) -> list[str]:
    """Texts below the phone floors: titles 18-20, labels and values 12, small print 11."""
    bad = []
    for t in canvas.placed:
        if not t.text.strip():
            continue
        floor = 11 if t.layer in FOOTER_LAYERS else 12
        if t.layer == "title" and not 18 <= t.size <= 20 or t.size < floor:
            bad.append(f"{t.layer} {t.text} {t.size}")
    return bad


@pytest.mark.parametrize("kind", kinds.names())
def test_every_kind_is_laid_out_for_the_phone(write_spec, draw, kind):
    chart, canvas = draw(write_spec(starter_spec(kind, "schema.json")), MOBILE)
    assert canvas.width == 360 and 1.0 <= canvas.height / canvas.width <= 1.25
    assert layout_faults(canvas) == []
    assert _sizes_ok(canvas) == []
    shown = legibility(canvas)
    assert shown.displayed >= 11 and not shown.too_small


@pytest.mark.parametrize("kind", ["line", "column"])
def test_plots_that_can_grow_make_a_phone_chart_at_least_square(write_spec, draw, kind):
    path = write_spec(starter_spec(kind, "schema.json"))
    _, phone = draw(path, MOBILE)
    _, web = draw(path, WEB)
    assert 1.0 <= phone.height / phone.width <= 1.25
    assert web.height / web.width < 0.8  # the desktop keeps its landscape shape


def test_a_short_bar_list_keeps_its_bars_and_is_centred_in_a_square(write_spec, draw):
    """A plot that cannot grow keeps its rows as they are; the room a square phone chart adds
    is shared above and below it."""
    path = write_spec(spec("bar", LONG_LABELS, "multi"))
    _, phone = draw(path, MOBILE)
    assert phone.height == phone.width and layout_faults(phone) == []
    bars = [m for m in phone.marks if m.what == "bar"]
    assert {round(m.y1 - m.y0, 1) for m in bars} == {MOBILE.bar_thickness}
    subtitle = max(t.y1 for t in phone.placed if t.layer == "subtitle")
    footer = min(t.y0 for t in phone.placed if t.layer == "footer")
    above, below = bars[0].y0 - subtitle, footer - bars[-1].y1
    assert above > 2 * MOBILE.gap and abs(above - below) < 2 * MOBILE.gap


def test_the_donut_lists_its_labels_below_the_ring_on_the_phone(write_spec, draw):
    _, canvas = draw(write_spec(spec("donut", SHARES, "single")), MOBILE)
    ring = max(m.y1 for m in canvas.marks if m.what == "segment")
    listed = [t for t in canvas.placed if t.mark is not None and t.mark.what == "key"]
    assert len({t.text for t in listed if t.layer == "labels"}) == 5
    assert all(t.y0 > ring for t in listed)
    assert layout_faults(canvas) == []


def test_four_figures_go_two_to_a_row_on_the_phone(draw):
    chart, canvas = draw(SPECS / "labour-results.yaml", MOBILE)
    numbers = sorted({round(t.y0) for t in canvas.placed if t.layer == "values" and t.size > 20})
    assert len(chart.items) == 4 and len(numbers) == 2


def test_a_line_names_fewer_years_on_the_phone_than_there_are_points(write_spec, draw):
    rows = "\n".join(f"    - [{year}年, {400 + (year - 2000) * 7.5}]" for year in range(2000, 2024))
    text = spec("line", f"data:\n  columns: [年份, 水量]\n  rows:\n{rows}\n", unit="亿立方米")
    _, canvas = draw(write_spec(text), MOBILE)
    years = [t for t in canvas.placed if t.layer == "labels"]
    assert 2 <= len(years) < 24 and layout_faults(canvas) == []


def test_grouped_panels_go_two_to_a_row_on_the_phone(draw):
    chart, canvas = draw(SPECS / "labour-job-lists.yaml", MOBILE)
    titles = [t for t in canvas.placed if t.layer == "labels"]
    assert len(chart.items) == 4 and len({round(t.y0) for t in titles}) == 2
    assert len({round(t.x0) for t in titles}) == 2 and layout_faults(canvas) == []


def test_five_grouped_panels_stack_without_a_fault(write_spec, draw):
    rows = ("data:\n  columns: [指标, 2021年全年, 今年已发布]\n  rows:\n"
            "    - [发布清单, 12, 3]\n    - [参加企业, 814, 131]\n    - [提供岗位, 6435, 529]\n"
            "    - [需求员工, 38504, 3988]\n    - [技能培训人次, 74710, 13889]\n")
    unit = "{发布清单: 期, 参加企业: 家, 提供岗位: 个, 需求员工: 人, 技能培训人次: 人次}"
    _, canvas = draw(write_spec(spec("grouped", rows, unit=unit)), MOBILE)
    labels = [t for t in canvas.placed if t.layer == "labels"]
    assert len({round(t.y0) for t in labels}) >= 3  # at most two across, the rest below
    assert layout_faults(canvas) == [] and _sizes_ok(canvas) == []
