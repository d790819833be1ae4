"""Figures as articles word them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from charts.numbers.format import choose_scale, format_number
from charts.numbers.grammar import parse_value


@pytest.mark.parametrize("cell, number, worded", [
    (Decimal("491.40"), Decimal("491.40"), None),
    (21600, Decimal(21600), None),
    ("21.6", Decimal("21.6"), None),
    ("600多", Decimal(600), "600多"),
    ("两万多", Decimal(20000), "两万多"),
    ("近百亿", Decimal(10_000_000_000), "近百亿"),
    ("约3.5万", Decimal(35000), "约3.5万"),
    ("十二", Decimal(12), "十二"),
    ("約9,300", Decimal(9300), "約9,300"),  # as a Hong Kong article prints it, thousands and all
    ("12,345", Decimal(12345), None),
])
def test_parse(cell, number, worded):
    value = parse_value(cell)
    assert value.number == number and value.worded == worded


@pytest.mark.parametrize("cell", ["7.1%", "很多", "", True, None, "12 期", "約12,5", "1,2,3"])
def test_not_numbers(cell):
    assert parse_value(cell) is None


def test_format_keeps_written_precision_unless_decimals_are_given():
    assert format_number(parse_value(Decimal("491.40")), None) == "491.40"
    assert format_number(parse_value(Decimal("58.0")), None) == "58.0"
    assert format_number(parse_value(Decimal("3.7")), 2) == "3.70"
    assert format_number(parse_value("两万多"), 1) == "两万多"


def _values(*cells):
    return [parse_value(c) for c in cells]


@pytest.mark.parametrize("cells, unit, setting, scale", [
    ((21600, 38504), "元", "auto", ""),            # five digits print as written
    ((223000, 13889), "人", "auto", "万"),           # six digits and up: 万
    ((Decimal("95498000000"),), "立方米", "auto", "亿"),
    ((Decimal("954.98"),), "亿立方米", "auto", ""),  # already in 亿
    ((223000,), "人", "none", ""),
    ((5000,), "人", "万", "万"),
    ((Decimal("75.8"),), "%", "auto", ""),
    (("两万多", 3), "名", "auto", ""),               # words are never rescaled
    ((696902, 61573, 8), "人次", "auto", ""),        # 8 would print as 0.00万: not scaled
    ((696902, 1200), "人次", "auto", "万"),          # 0.12万 keeps its two digits
    ((Decimal("95498000000"), 3000000), "元", "auto", "万"),  # 0.03亿 would keep one digit
])
def test_choose_scale(cells, unit, setting, scale):
    assert choose_scale(_values(*cells), unit, setting) == scale


@pytest.mark.parametrize("cell, decimals, scale, printed", [
    (22300, None, "万", "2.23"),
    (120000, None, "万", "12"),
    (Decimal("95498000000"), None, "亿", "954.98"),
    (123456, 1, "万", "12.3"),
    (Decimal("-3.2"), None, "", "\u22123.2"),        # the typographic minus
    ("两万多", None, "万", "两万多"),
])
def test_format_scaled(cell, decimals, scale, printed):
    assert format_number(parse_value(cell), decimals, scale) == printed


def test_a_chart_prints_one_percent_sign_and_scales_large_counts(write_spec, draw):
    path = write_spec("""
        title: 受访者中７５.８％更重视邻里关系
        kind: bar
        unit: "％"
        data: {columns: [说法, 占比], rows: [[更重视邻里关系, 75.8], [关系更近, 53.5]]}
        notes: [合计超过100％]
        source: {publication: 中国青年报}
    """)
    chart, canvas = draw(path)
    drawn = "".join(t[2] for t in canvas.texts)
    assert "％" not in drawn and "７" not in drawn
    assert chart.title == "受访者中75.8%更重视邻里关系" and "75.8%" in drawn and "100%" in drawn
    counts = write_spec("""
        title: 带动就业
        kind: column
        unit: 人
        data: {columns: [地区, 人数], rows: [[甲, 223000], [乙, 13889]]}
        source: {publication: 人民日报}
    """, "counts.yaml")
    chart, canvas = draw(counts)
    assert chart.unit_line == "单位：万人"
    assert [i.value_labels[0] for i in chart.items] == ["22.30", "1.39"]


def test_a_figure_in_words_is_scaled_only_where_it_says_the_scale():
    """近3000万 beside 32000000 is put in 万 as 近3000 (the unit line says 万): never 近3000万万; a
    figure in words that says no 万 in digits (600多, 两万多) keeps the chart unscaled."""
    from charts.numbers.format import choose_scale, format_number
    from charts.numbers.grammar import parse_value
    exact, worded = parse_value(32000000), parse_value("近3000万")
    assert choose_scale([exact, worded], "人次", "auto") == "万"
    assert format_number(worded, None, "万") == "近3000" and format_number(parse_value("3000万左右"), None, "万") == "3000左右"
    for other in ("600多", "两万多", "3亿多"):
        assert choose_scale([exact, parse_value(other)], "人次", "auto") == "", other
