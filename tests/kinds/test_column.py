from tests.conftest import layout_faults
from tests.kinds.kind_cases import LONG_LABELS, spec

GROUPS = """
data:
  columns: [受访者, 占比]
  rows:
    - [全体受访者, 53.5]
    - ["00后受访者", 58.1]
    - [一线城市受访者, 55.6]
"""


def test_column_draws_values_above_and_labels_below(write_spec, draw):
    _, canvas = draw(write_spec(spec("column", GROUPS)))
    texts = {t.get_text(): t for t in canvas.figure.texts}
    assert {"53.5%", "58.1%", "55.6%", "全体受访者"} <= set(texts)
    assert layout_faults(canvas) == []


def test_column_with_long_labels(write_spec, draw):
    _, canvas = draw(write_spec(spec("column", LONG_LABELS, "multi")))
    assert layout_faults(canvas) == []


def test_column_reference_line(write_spec, draw):
    _, canvas = draw(write_spec(spec("column", GROUPS, extra="reference: {label: 去年, value: 50}\n")))
    assert "去年 50" in [t.get_text() for t in canvas.figure.texts]
    assert layout_faults(canvas) == []


TWELVE = "\ndata:\n  columns: [城市, 占比]\n  rows:\n" + "".join(
    f"    - [{city}, {50 + n * 0.7:.1f}]\n" for n, city in enumerate(
        ["北京市朝阳区", "上海市浦东新区", "广州市天河区", "深圳市南山区", "杭州市西湖区", "成都市武侯区",
         "武汉市洪山区", "西安市雁塔区", "南京市鼓楼区", "重庆市渝中区", "天津市南开区", "苏州市姑苏区"]))


def test_columns_too_narrow_for_their_figures_are_drawn_as_bars(write_spec, draw):
    from charts.theme import PRINT_1COL, WEB

    path = write_spec(spec("column", TWELVE))
    _, narrow = draw(path, PRINT_1COL)
    assert layout_faults(narrow) == []
    values = [t for t in narrow.placed if t.layer == "values"]
    assert len(values) == 12 and all(t.x0 >= t.mark.x1 for t in values)  # beside a bar's end
    _, wide = draw(write_spec(spec("column", GROUPS)), WEB)
    assert all(t.y1 <= t.mark.y0 for t in wide.placed if t.layer == "values")  # above a column
