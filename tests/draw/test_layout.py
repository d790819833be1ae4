"""The layout checker: planted faults are caught and named with their size; the seed charts
pass at every size; the boxes it checks are the boxes matplotlib draws."""

from __future__ import annotations

import math

import pytest
from matplotlib.transforms import Bbox

from charts import messages as msg
from charts.draw.canvas import Canvas
from charts.draw.layout import faults, refuse_faults
from charts.errors import LayoutError
from charts.fonts.faces import advances
from charts.plan import text as textlib
from charts.plan.text import OPENING
from charts.theme import PRINT_1COL, SIZES, WEB
from tests.conftest import SPECS


@pytest.fixture
def blank(house_fonts):
    """An empty canvas of a size, 200 points high."""
    by_role = {role: advances(str(f.path), f.face)[0] for role, f in house_fonts.items()}

    def make(size=WEB) -> Canvas:
        return Canvas(size, 200, house_fonts, lambda s, pt, role="body": textlib.width(s, pt, by_role[role]),
                      by_role)

    return make


def said(canvas) -> list[str]:
    return [str(f) for f in faults(canvas)]


def test_a_clean_canvas_has_no_faults(blank):
    canvas = blank()
    bar = canvas.rect(100, 50, 200, 20, "#000000")
    canvas.text(20, 60, "一线城市", 14, "#000000", va="middle", gid="labels")
    canvas.text(304, 60, "24.1%", 14, "#000000", role="title", va="middle", gid="values", mark=bar)
    assert said(canvas) == []


def test_two_overlapping_texts_are_named_both(blank):
    canvas = blank()
    canvas.text(20, 60, "县城或城镇", 14, "#000000")
    canvas.text(50, 62, "农村", 14, "#000000")
    canvas.text(20, 120, "来源：《中国青年报》", 12, "#000000")  # clear of both
    assert said(canvas) == [msg.LAYOUT_OVERLAP.format(text="县城或城镇", other="农村")]


def test_texts_that_only_touch_do_not_overlap(blank):
    canvas = blank()
    canvas.text(20, 60, "一线", 14, "#000000")
    canvas.text(20 + canvas._measure("一线", 14, "body"), 60, "城市", 14, "#000000")
    canvas.text(20, 60 + 14, "二线", 14, "#000000")  # the next line, em boxes touching
    assert said(canvas) == []


@pytest.mark.parametrize("x, y", [(-4, 60), (600, 60), (20, 5), (20, 199)])
def test_a_clipped_text_is_named(blank, x, y):
    canvas = blank()
    canvas.text(x, y, "受访者年龄构成", 14, "#000000")
    assert said(canvas) == [msg.LAYOUT_CLIPPED.format(text="受访者年龄构成")]


def test_a_value_label_over_the_neighbouring_segment_is_refused(blank):
    """The print one-column city chart as it was: 农村 3.8% set above the 县城或城镇 segment."""
    canvas = blank(PRINT_1COL)
    town = canvas.rect(120, 60, 14, 12, "#93BBDF", what="segment")
    village = canvas.rect(134, 60, 6, 12, "#C6DBEE", what="segment")
    canvas.text(120, 40, "县城或城镇", 6.5, "#000000", ha="center", va="top", mark=town)  # far off, leaderless
    canvas.text(128, 45, "农村", 6.5, "#000000", ha="center", va="top", mark=village)
    canvas.text(128, 52, "3.8%", 6.5, "#000000", ha="center", va="top", role="title", gid="values", mark=village)
    assert msg.LAYOUT_AWAY.format(text="农村 3.8%", mark="segment") in said(canvas)


def test_labels_at_home_pass(blank):
    canvas = blank()
    column = canvas.rect(100, 80, 30, 60, "#000000")
    canvas.text(115, 75, "58.1%", 14, "#000000", role="title", ha="center", mark=column)
    bar = canvas.rect(200, 80, 40, 20, "#000000")
    canvas.text(244, 90, "3.7%", 14, "#000000", role="title", va="middle", mark=bar)
    inside = canvas.rect(300, 80, 200, 20, "#000000")
    canvas.text(310, 90, "54%", 14, "#FFFFFF", role="title", va="middle", mark=inside)
    assert said(canvas) == []


@pytest.mark.parametrize("where", ["far right", "other row", "below, off centre"])
def test_a_value_label_away_from_its_mark_is_refused(blank, where):
    canvas = blank()
    bar = canvas.rect(100, 80, 40, 20, "#000000")
    x, y, ha = {"far right": (180, 90, "left"), "other row": (144, 130, "left"),
                "below, off centre": (150, 112, "center")}[where]
    canvas.text(x, y, "3.7%", 14, "#000000", role="title", va="middle", ha=ha, mark=bar)
    assert said(canvas) == [msg.LAYOUT_AWAY.format(text="3.7%", mark="bar")]


def test_a_leader_joins_a_label_to_its_mark(blank):
    canvas = blank()
    segment = canvas.rect(500, 40, 6, 20, "#000000", what="segment")
    canvas.leader(segment, [503, 470], [61, 79], "#888888", 0.6)
    canvas.text(470, 80, "农村", 14, "#000000", ha="center", va="top", mark=segment)
    assert said(canvas) == []


def test_a_leader_that_misses_its_label_or_crosses_a_text_is_refused(blank):
    canvas = blank()
    segment = canvas.rect(500, 40, 6, 20, "#000000", what="segment")
    canvas.leader(segment, [503, 420], [61, 120], "#888888", 0.6)
    canvas.text(470, 80, "农村", 14, "#000000", ha="center", va="top", mark=segment)
    canvas.text(440, 110, "县城", 14, "#000000", va="middle")
    assert said(canvas) == [msg.LAYOUT_LEADER_LOOSE.format(text="农村"),
                            msg.LAYOUT_LEADER_CROSSES.format(text="农村", other="县城")]


def test_a_leader_to_a_ring_segment_starts_at_the_ring(blank):
    canvas = blank()
    wedge = canvas.wedge(300, 100, 60, 0, 90, 20, "#000000")  # 12 to 3 o'clock
    at = (300 + 62 * math.sin(math.radians(45)), 100 - 62 * math.cos(math.radians(45)))
    canvas.leader(wedge, [at[0], 400], [at[1], 40], "#888888", 0.6)
    canvas.text(404, 40, "其他 0.9%", 14, "#000000", va="middle", mark=wedge)
    assert said(canvas) == []
    loose = blank()
    wedge = loose.wedge(300, 100, 60, 0, 90, 20, "#000000")
    loose.leader(wedge, [300 - 40, 400], [100 + 40, 40], "#888888", 0.6)  # starts in the opposite quarter
    loose.text(404, 40, "其他 0.9%", 14, "#000000", va="middle", mark=wedge)
    assert said(loose) == [msg.LAYOUT_LEADER_LOOSE.format(text="其他 0.9%")]


def test_nothing_is_drawn_at_nan_or_off_the_canvas(blank):
    canvas = blank()
    canvas.text(math.nan, 60, "21.6%", 14, "#000000", role="title", gid="values")
    canvas.rect(100, math.nan, 20, 10, "#000000")
    canvas.line([10, 20], [30, math.inf], "#000000", 1)
    canvas.rect(630, 50, 40, 10, "#000000")
    assert said(canvas) == [msg.LAYOUT_NAN.format(text="21.6%"), msg.LAYOUT_NAN_MARK.format(what="bar"),
                            msg.LAYOUT_NAN_MARK.format(what="line"), msg.LAYOUT_OFF_CANVAS.format(what="bar")]


def test_faults_refuse_the_chart_one_line_each_with_the_size(blank):
    web, narrow = blank(), blank(PRINT_1COL)
    narrow.text(140, 60, "县城或城镇", 6.5, "#000000")
    narrow.text(140, 61, "农村", 6.5, "#000000")
    refuse_faults([web], "specs/city.yaml")  # a clean canvas passes
    with pytest.raises(LayoutError) as caught:
        refuse_faults([web, narrow], "specs/city.yaml")
    assert [str(p) for p in caught.value.problems] == [
        "specs/city.yaml: " + msg.LAYOUT.format(size="print-1col", what=msg.LAYOUT_CLIPPED.format(
            text="县城或城镇"), fix=msg.LAYOUT_FIX),
        "specs/city.yaml: " + msg.LAYOUT.format(size="print-1col", what=msg.LAYOUT_OVERLAP.format(
            text="县城或城镇", other="农村"), fix=msg.LAYOUT_FIX)]


SEED = sorted(SPECS.glob("*.yaml"))


@pytest.mark.parametrize("size", sorted(SIZES))
@pytest.mark.parametrize("spec", SEED, ids=lambda p: p.stem)
def test_the_seed_passes_at_every_size_and_the_boxes_are_what_is_drawn(draw, spec, size):
    """The checker's boxes (measured advances) hold what matplotlib draws: the extents of
    each text's runs, the advance box of a squeezed opening mark excepted (its ink sits in
    the half the squeeze keeps)."""
    _, canvas = draw(spec, SIZES[size])
    assert said(canvas) == []
    renderer = canvas.figure.canvas.get_renderer()
    runs: dict[int, list] = {}
    for artist in canvas.figure.texts:
        runs.setdefault(artist.charts_label, []).append(artist)
    for n, placed in enumerate(canvas.placed):
        if not placed.text.strip():
            continue
        box = Bbox.union([a.get_window_extent(renderer) for a in runs[n]])
        slack = 0.15 * placed.size
        left = placed.x0 - (0.5 * placed.size if placed.text[0] in OPENING else 0) - 0.5
        assert left <= box.x0 and box.x1 <= placed.x1 + 0.5, placed.text
        assert placed.y0 - 0.5 <= canvas.height - box.y1 and canvas.height - box.y0 <= placed.y1 + slack, placed.text


def test_every_value_label_of_a_marked_kind_names_its_mark(draw):
    for spec in SEED:
        chart, canvas = draw(spec)
        # the donut repeats a highlighted share large in its centre: a headline, not a label
        values = [t for t in canvas.placed if t.layer == "values" and t.size <= chart.size.value]
        if "kind: figures" in spec.read_text(encoding="utf-8"):  # big numbers are their own mark
            continue
        assert values and all(t.mark is not None for t in values), spec.stem


def test_many_faults_are_cut_to_a_few_lines_and_a_count(blank):
    crowded = blank()
    for n in range(10):
        crowded.text(20 + n, 60, f"县城或城镇{n}", 14, "#000000")
    with pytest.raises(LayoutError) as caught:
        refuse_faults([crowded], "specs/city.yaml", most=3)
    assert [p.message for p in caught.value.problems][3:] == [msg.MORE_PROBLEMS.format(count=45 - 3)]
