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


def _groups(canvas):
    """Each segment with the texts that label it and whether a leader joins them."""
    joined = {id(mark) for mark, _ in canvas.leaders}
    return [(mark, [t for t in canvas.placed if t.mark is mark], id(mark) in joined)
            for mark in canvas.marks if mark.what == "segment"]


def test_the_one_column_city_chart_labels_every_segment_where_a_reader_looks(draw):
    """The known fault: 农村 3.8% printed above the 县城或城镇 segment in one print column.
    Now a label without a leader is centred on its own segment; the others hang from theirs."""
    from charts.theme import PRINT_1COL
    from tests.conftest import SPECS

    _, canvas = draw(SPECS / "neighbours-city.yaml", PRINT_1COL)
    assert layout_faults(canvas) == []
    placed = {}
    for segment, texts, leadered in _groups(canvas):
        assert [t.text for t in texts][-1].endswith("%")
        middle = (min(t.x0 for t in texts) + max(t.x1 for t in texts)) / 2
        placed[texts[0].text] = leadered
        if not leadered:
            assert abs(middle - (segment.x0 + segment.x1) / 2) < 0.01, texts[0].text
    assert placed == {"一线城市": False, "二线城市": False, "三四线城市": False, "县城或城镇": True, "农村": True}


MANY = """
data:
  columns: [所在地, 占比]
  rows:
    - [一线城市及其周边的卫星城, 20.0]
    - [二线城市及其周边的卫星城, 30.0]
    - [三四线城市, 20.0]
    - [县城或城镇, 14.0]
    - [乡镇政府所在地, 8.0]
    - [行政村, 5.0]
    - [自然村, 2.9]
    - [海外, 0.1]
"""


def test_labels_that_do_not_fit_beside_the_bar_are_listed_behind_swatches(write_spec, draw):
    from charts.theme import PRINT_1COL

    _, canvas = draw(write_spec(spec("stacked", MANY, "single")), PRINT_1COL)
    assert layout_faults(canvas) == []
    keys = [m for m in canvas.marks if m.what == "key"]
    assert len(keys) == 8 and canvas.leaders == []
    assert all(any(t.mark is key and t.text.endswith("%") for t in canvas.placed) for key in keys)
