"""The canvas: positions in points from the top-left corner, as a page layout gives them,
land where matplotlib draws them (origin bottom-left, y upwards)."""

from __future__ import annotations

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from charts.draw.canvas import ASCENT, Canvas
from charts.fonts.faces import advances
from charts.plan import text as textlib
from charts.theme import WEB

HEIGHT = 300


@pytest.fixture
def canvas(house_fonts):
    by_role = {role: advances(str(f.path), f.face)[0] for role, f in house_fonts.items()}
    made = Canvas(WEB, HEIGHT, house_fonts, lambda s, size, role="body": textlib.width(s, size, by_role[role]),
                  by_role)
    FigureCanvasAgg(made.figure)
    return made


def on_page(canvas, x: float, y: float) -> tuple[float, float]:
    """Where matplotlib puts a point of the canvas, in pixels from the bottom left (72 dpi)."""
    px, py = canvas.transform.transform((x, y))
    return round(px, 6), round(py, 6)


def test_the_page_is_the_size_asked_in_points(canvas):
    assert (canvas.width, canvas.height) == (WEB.width, HEIGHT)
    assert canvas.figure.get_size_inches() * 72 == pytest.approx((WEB.width, HEIGHT))
    assert on_page(canvas, 0, 0) == (0, HEIGHT)  # the top left
    assert on_page(canvas, WEB.width, HEIGHT) == (WEB.width, 0)  # the bottom right


def test_text_sits_on_its_baseline_from_the_top(canvas):
    canvas.text(40, 50, "来源", 12, "#000000", gid="footer")
    artist = canvas.figure.texts[-1]
    assert canvas.texts[-1] == (40, 50, "来源", 12, "#000000", "body", "footer")
    assert on_page(canvas, *artist.get_position()) == (40, HEIGHT - 50)
    assert artist.get_gid() == "footer" and artist.get_va() == "baseline"


def test_text_by_its_top_edge_and_right_end(canvas):
    canvas.text(200, 50, "受访者", 20, "#000000", role="title", ha="right", va="top")
    x, y = canvas.texts[-1][:2]
    assert y == pytest.approx(50 + ASCENT * 20)
    assert x == pytest.approx(200 - canvas._measure("受访者", 20, "title"))
    renderer = canvas.figure.canvas.get_renderer()
    box = canvas.figure.texts[-1].get_window_extent(renderer)
    assert box.x1 == pytest.approx(200, abs=1.5)  # ends where it was asked to
    assert HEIGHT - 50 - box.y1 == pytest.approx(0, abs=4)  # its top at the top edge given


def test_stacked_lines_step_down_and_say_their_height(canvas):
    height = canvas.lines(10, 100, ["一", "二", "三"], 10, "#000000", line_height=1.5)
    assert height == 45
    baselines = [t[1] for t in canvas.texts]
    assert [b - baselines[0] for b in baselines] == pytest.approx([0, 15, 30])


def test_a_box_hangs_from_its_top_edge(canvas):
    canvas.rect(20, 40, 100, 18, "#5B7FA6", gid="plot")
    box = canvas.figure.artists[-1].get_window_extent()
    assert (box.x0, box.x1) == pytest.approx((20, 120))
    assert (box.y0, box.y1) == pytest.approx((HEIGHT - 58, HEIGHT - 40))
    assert canvas.figure.artists[-1].get_gid() == "plot"


def test_a_line_runs_between_its_points(canvas):
    canvas.line([10, 300], [80, 80], "#9A9A9A", 0.8, gid="plot")
    line = canvas.figure.artists[-1]
    ends = line.get_transform().transform(list(zip(line.get_xdata(), line.get_ydata())))
    assert ends.ravel().tolist() == pytest.approx([10, HEIGHT - 80, 300, HEIGHT - 80])
