from tests.conftest import layout_faults
from tests.kinds.kind_cases import SHARES, spec

MANY_SMALL = """
data:
  columns: [类别, 占比]
  rows:
    - [甲, 80.0]
    - [乙, 5.0]
    - [丙, 4.0]
    - [丁, 3.0]
    - [戊, 3.0]
    - [己, 5.0]
"""


def test_donut_labels_every_part_and_repeats_the_highlight(write_spec, draw):
    _, canvas = draw(write_spec(spec("donut", SHARES, "single", extra='highlight: "90后"\n')))
    texts = [t.get_text() for t in canvas.figure.texts]
    assert texts.count("43.6%") == 2  # beside its segment and large in the centre
    assert "0.9%" in texts
    assert layout_faults(canvas) == []


def test_donut_small_parts_are_pushed_apart(write_spec, draw):
    _, canvas = draw(write_spec(spec("donut", MANY_SMALL, "single")))
    assert layout_faults(canvas) == []


def test_a_label_at_the_limit_wraps_in_the_list_in_one_print_column(write_spec, draw):
    from charts.theme import PRINT_1COL

    rows = SHARES.replace("[\"00后\", 21.6]", "[出生于二〇〇〇年以后的受访者也就是人们常说的所谓00后一代年轻人, 21.6]")
    _, canvas = draw(write_spec(spec("donut", rows, "single")), PRINT_1COL)
    assert layout_faults(canvas) == []
    first = [t for t in canvas.placed if t.mark is not None and t.mark.what == "key"][:3]
    assert len({t.mark for t in first}) == 1 and len(first) == 3  # two lines of name, then the value
