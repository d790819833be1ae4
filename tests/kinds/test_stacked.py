from tests.conftest import layout_faults
from tests.kinds.kind_cases import SHARES, spec

TINY = """
data:
  columns: [所在地, 占比]
  rows:
    - [一线城市, 24.1]
    - [二线城市, 68.3]
    - [县城, 2.5]
    - [城镇, 1.4]
    - [农村, 3.7]
"""


def test_stacked_labels_each_part_directly(write_spec, draw):
    _, canvas = draw(write_spec(spec("stacked", SHARES, "single")))
    texts = [t.get_text() for t in canvas.figure.texts]
    assert {"00后", "21.6%", "其他", "0.9%"} <= set(texts)
    assert layout_faults(canvas) == []


def test_stacked_small_neighbouring_parts_do_not_collide(write_spec, draw):
    _, canvas = draw(write_spec(spec("stacked", TINY, "single")))
    assert layout_faults(canvas) == []
