from tests.conftest import layout_faults
from tests.kinds.kind_cases import spec

OUTFLOW = """
data:
  columns: [年份, 输送水量]
  rows:
    - ["2016年", 491.40]
    - ["2020年", 954.98]
reference: {label: 常年, value: 600多}
"""

YEARLY = """
data:
  columns: [年份, 数量]
  rows:
    - ["2018", 12]
    - ["2019", 15]
    - ["2020", 11]
    - ["2021", 19]
"""


def test_line_keeps_written_precision_and_the_worded_reference(write_spec, draw):
    chart, canvas = draw(write_spec(spec("line", OUTFLOW, unit="亿立方米")))
    texts = [t.get_text() for t in canvas.figure.texts]
    assert {"491.40", "954.98", "常年 600多", "单位：亿立方米"} <= set(texts)
    assert layout_faults(canvas) == []


def test_line_dashes_only_across_missing_years(write_spec, draw):
    from matplotlib.lines import Line2D

    def dashed_segments(canvas):
        return [a for a in canvas.figure.artists if isinstance(a, Line2D) and a.get_gid() == "plot"
                and len(a.get_xdata()) == 2 and a.get_linestyle() not in ("-", "solid")]

    _, gap = draw(write_spec(spec("line", OUTFLOW, unit="亿立方米")))
    _, yearly = draw(write_spec(spec("line", YEARLY, unit="次")))
    assert len(dashed_segments(gap)) == 1
    assert dashed_segments(yearly) == []
    assert layout_faults(yearly) == []


def test_a_dense_series_prints_the_figures_that_fit_ends_and_extremes_first(write_spec, draw):
    """24 years in one print column: a figure over a neighbour's dot would be read as its;
    the first, last, highest and lowest are tried first, the rest where there is room."""
    from charts.theme import PRINT_1COL

    rows = "".join(f'    - ["{2000 + n}年", {400 + (n * 37) % 100}.5]\n' for n in range(24))
    _, canvas = draw(write_spec(spec("line", f"\ndata:\n  columns: [年份, 水量]\n  rows:\n{rows}",
                                     unit="亿立方米")), PRINT_1COL)
    assert layout_faults(canvas) == []
    shown = {t.text for t in canvas.placed if t.layer == "values"}
    assert {"400.5", "496.5"} <= shown and 6 <= len(shown) < 24  # first (and lowest), highest
    years = [t.text for t in canvas.placed if t.layer == "labels"]
    assert years[0] == "2000年" and years[-1] == "2023年" and len(years) < 24
