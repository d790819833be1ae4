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
