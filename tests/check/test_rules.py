"""Data rules: what a table must satisfy before it is drawn as the spec asks."""

from __future__ import annotations

from charts import messages as msg
from charts.check.rules import check
from charts.spec.read import load_spec


def findings(path):
    return check(load_spec(path, "x.yaml"))


def errors(path) -> list[str]:
    return [str(problem) for _, problem in findings(path).errors]


def test_shares_summing_to_100_1_pass_with_the_rounding_note(minimal_spec):
    found = findings(minimal_spec(kind="donut"))
    assert found.errors == []
    assert found.notes == [msg.ROUNDING_NOTE]


def test_shares_far_from_100_fail_with_the_numbers(write_spec):
    path = write_spec("""
        title: t
        kind: donut
        question: single
        decimals: 1
        data: {columns: [a, b], rows: [[x, 50.0], [z, 47.0]]}
        source: {publication: p}
    """)
    assert errors(path) == ["x.yaml:5:31: data.rows: error [shares-sum]: " + msg.SHARES_SHORT.format(
        total="97.0", low="99.90", high="100.10")]
    assert "add `remainder: unreported`" in msg.SHARES_SHORT  # how to draw a partial table


PARTIAL = """
    title: t
    kind: {kind}
    question: {question}
    remainder: unreported
    decimals: 1
    data: {{columns: [a, b], rows: [[甲, {x}], [乙, 21.5], [丙, 12.8]]}}
    sample_size: 2003
    source: {{publication: p}}
"""


def test_a_partial_table_falls_short_of_100_with_its_note(write_spec):
    donut = findings(write_spec(PARTIAL.format(kind="donut", question="single", x="46.2")))
    assert donut.errors == [] and donut.warnings == []
    assert donut.notes == [msg.UNREPORTED_GAP_NOTE] and str(donut.unreported) == "19.5"
    bar = findings(write_spec(PARTIAL.format(kind="bar", question="single", x="46.2"), "bar.yaml"))
    assert bar.errors == [] and bar.notes == [msg.UNREPORTED_NOTE]  # no gap drawn: the note alone


def test_shares_above_100_stay_an_error_for_a_partial_table(write_spec):
    path = write_spec(PARTIAL.format(kind="donut", question="single", x="70.0"))
    assert errors(path) == ["x.yaml:6:31: data.rows: error [shares-sum]: " + msg.SHARES_OVER_100.format(
        total="104.3", high="100.15")]


def test_remainder_belongs_to_single_choice_tables_that_fall_short(write_spec):
    multi = write_spec(PARTIAL.format(kind="bar", question="multi", x="46.2"))
    assert errors(multi) == ["x.yaml:4:12: remainder: error [remainder]: " + msg.REMAINDER_NOT_SINGLE]
    whole = findings(write_spec(PARTIAL.format(kind="donut", question="single", x="65.7"), "whole.yaml"))
    assert whole.errors == [] and whole.unreported is None
    assert [str(p) for _, p in whole.warnings] == ["x.yaml:4:12: remainder: warning [remainder]: "
                                                    + msg.REMAINDER_NOTHING_MISSING.format(total="100.0")]


def test_multi_choice_is_never_part_to_whole(minimal_spec):
    for kind in ("donut", "stacked"):
        assert errors(minimal_spec(kind=kind, question="multi")) == [
            "x.yaml:2:7: kind: error [part-to-whole]: " + msg.KIND_NEEDS_SINGLE.format(kind=kind)]


def test_multi_choice_gets_its_note(minimal_spec):
    assert findings(minimal_spec(kind="bar", question="multi")).notes == [msg.MULTI_NOTE]


def test_mixed_units_need_panels(write_spec):
    path = write_spec("""
        title: t
        kind: bar
        unit: {企业: 家, 岗位: 个}
        data: {columns: [a, b], rows: [[企业, 814], [岗位, 6435]]}
        source: {publication: p}
    """)
    assert errors(path) == ["x.yaml:3:7: unit: error [units]: " + msg.MIXED_UNITS.format(units="个、家")]


def test_a_highlight_must_name_a_category(minimal_spec):
    path = minimal_spec(extra='highlight: "95后"\n')
    (line,) = errors(path)
    assert line.startswith("x.yaml:17:12: highlight: error [highlight]: `95后` is not a category")


def test_approximate_values_only_where_they_can_be_drawn(write_spec):
    path = write_spec("""
        title: t
        kind: column
        data: {columns: [a, b], rows: [[常年, 600多], ["2020年", 954.98]]}
        source: {publication: p}
    """)
    assert errors(path) == ["x.yaml:3:37: data.rows[0][1]: error [approximate]: " + msg.APPROX_NOT_ALLOWED.format(
        worded="600多", kind="column")]


def test_negative_shares(write_spec):
    path = write_spec("""
        title: t
        kind: bar
        question: multi
        data: {columns: [a, b], rows: [[x, -3]]}
        source: {publication: p}
    """)
    assert errors(path) == ["x.yaml:4:36: data.rows[0][1]: error [negative-share]: " + msg.NEGATIVE_SHARE.format(value=-3)]


def test_grouped_needs_two_series_and_bar_one(write_spec):
    path = write_spec("""
        title: t
        kind: grouped
        data: {columns: [a, b], rows: [[x, 1]]}
        source: {publication: p}
    """)
    assert errors(path) == ["x.yaml:3:17: data.columns: error [series]: " + msg.KIND_NEEDS_SERIES.format(kind="grouped")]


def test_a_survey_without_sample_size_is_a_warning(write_spec):
    path = write_spec("""
        title: t
        kind: bar
        question: multi
        data: {columns: [a, b], rows: [[x, 30.0], [z, 47.0]]}
        source: {publication: p}
    """)
    found = findings(path)
    assert found.errors == []
    assert [str(p) for _, p in found.warnings] == ["x.yaml:1:1: warning [sample-size]: " + msg.NO_SAMPLE_SIZE]
    assert found.failing() == [] and len(found.failing(strict=True)) == 1


def test_a_column_header_in_another_unit_than_the_chart_is_refused(write_spec):
    path = write_spec("""
        title: t
        kind: grouped
        unit: 人次
        data: {columns: [客源, 人次, 按年變動(%)], rows: [[韓國, 61573, 0.8], [香港, 696902, 30.0]]}
        source: {publication: p}
    """)
    assert errors(path) == ["x.yaml:4:26: data.columns[2]: error [units]: " + msg.HEADER_UNIT_DIFFERS.format(
        header="按年變動(%)", stated="%", unit="人次")]
    same = write_spec("""
        title: t
        kind: grouped
        unit: 亿元
        data: {columns: [地区, 绝对数(亿元), 总量(億元), 规模(亿)], rows: [[甲, 1.5, 2.5, 3.5]]}
        source: {publication: p}
    """)
    assert errors(same) == []  # the chart's unit, in either script or by its magnitude alone


def test_a_figure_printed_as_zero_is_warned_of(write_spec):
    path = write_spec("""
        title: t
        kind: bar
        unit: 人
        scale: 万
        data: {columns: [项目, 人数], rows: [[甲, 696902], [乙, 8]]}
        source: {publication: p}
    """)
    found = findings(path)
    assert found.errors == []
    assert [str(p) for _, p in found.warnings] == ["x.yaml:5:51: data.rows[1][1]: warning [printed]: "
                                                  + msg.PRINTS_AS_ZERO.format(value="8", printed="0.00万")]


def test_a_header_unit_is_compared_by_its_magnitude_and_points_alike(write_spec):
    points = write_spec("""
        title: t
        kind: bar
        unit: 个百分点
        data: {columns: [项目, 增减(百分点)], rows: [[甲, 1.5], [乙, 2.5]]}
        source: {publication: p}
    """)
    assert errors(points) == []
    scale = write_spec("""
        title: t
        kind: bar
        unit: 万亿元
        data: {columns: [项目, 规模(万)], rows: [[甲, 1.5], [乙, 2.5]]}
        source: {publication: p}
    """)
    assert [e.split("error ")[1][:7] for e in errors(scale)] == ["[units]"]
    per_category = write_spec("""
        title: t
        kind: grouped
        unit: {甲: 人次, 乙: 人次}
        data: {columns: [客源, 人次, 按年變動(%)], rows: [[甲, 100, 0.8], [乙, 200, 1.5]]}
        source: {publication: p}
    """)
    assert any("按年變動(%)" in e for e in errors(per_category))
