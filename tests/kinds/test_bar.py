from charts.theme import PRINT_1COL, PRINT_2COL, WEB
from tests.conftest import layout_faults
from tests.kinds.kind_cases import LONG_LABELS, SHARES, spec


def test_bar_labels_every_category_with_its_value(write_spec, draw):
    _, canvas = draw(write_spec(spec("bar", SHARES, "single")))
    texts = [t.get_text() for t in canvas.figure.texts]
    for label, value in [("00后", "21.6%"), ("90后", "43.6%"), ("其他", "0.9%")]:
        assert label in texts and value in texts
    assert layout_faults(canvas) == []


def test_bar_wraps_long_labels_without_overlap(write_spec, draw):
    for size in (WEB, PRINT_2COL, PRINT_1COL):
        _, canvas = draw(write_spec(spec("bar", LONG_LABELS, "multi")), size)
        assert layout_faults(canvas) == []
        lines = [t.get_text() for t in canvas.figure.texts]
        assert not any(line.startswith(("，", "、", "）")) for line in lines)


def test_bar_keeps_the_order_written_unless_sorted(write_spec, draw):
    chart, _ = draw(write_spec(spec("bar", SHARES, "single")))
    assert [i.label for i in chart.items] == ["00后", "90后", "80后", "70后", "其他"]
    chart, _ = draw(write_spec(spec("bar", SHARES, "single", extra="sort: descending\n")))
    assert [i.label for i in chart.items] == ["90后", "80后", "00后", "70后", "其他"]


def test_bar_highlight_uses_the_one_accent(write_spec, draw):
    chart, _ = draw(write_spec(spec("bar", SHARES, "single", extra='highlight: "90后"\n')))
    colors = {i.label: i.colors[0] for i in chart.items}
    assert colors["90后"] == chart.palette.highlight
    assert {c for label, c in colors.items() if label != "90后"} == {chart.palette.bar}
