"""The spec model and its table: every mistake named with file:line:col, field and fix."""

from __future__ import annotations

from decimal import Decimal

import pytest

from charts import messages as msg
from charts.errors import SpecError
from charts.spec.read import chart_name, load_spec


def problems(path) -> list[str]:
    with pytest.raises(SpecError) as info:
        load_spec(path, "x.yaml")
    return [str(p) for p in info.value.problems]


def test_a_valid_spec_loads_in_order(minimal_spec):
    loaded = load_spec(minimal_spec())
    assert loaded.table.categories == ("00后", "90后", "80后", "70后", "其他")
    assert [v.number for v in loaded.table.series()] == [Decimal(x) for x in ("21.6", "43.6", "26.9", "7.1", "0.9")]
    assert loaded.spec.source.publication == "中国青年报"


def test_unknown_key_suggests_the_right_one(minimal_spec):
    path = minimal_spec(extra="sampel_size: 3\n")
    assert problems(path) == ["x.yaml:17:1: sampel_size: " + msg.UNKNOWN_KEY.format(
        key="sampel_size", hint=msg.DID_YOU_MEAN.format(suggestion="sample_size"))]


def test_unknown_key_in_a_nested_mapping(write_spec):
    path = write_spec("""
        title: t
        kind: bar
        data: {columns: [a, b], rows: [[x, 1]]}
        source: {publication: p, titel: q}
    """)
    assert problems(path) == ["x.yaml:4:26: source.titel: " + msg.UNKNOWN_KEY.format(
        key="titel", hint=msg.DID_YOU_MEAN.format(suggestion="title"))]


def test_missing_required_field(write_spec):
    path = write_spec("""
        title: t
        kind: bar
        data: {columns: [a, b], rows: [[x, 1]]}
    """)
    assert problems(path) == ["x.yaml:1:1: source: " + msg.MISSING_FIELD.format(key="source")]


def test_unknown_kind_lists_the_choices(minimal_spec):
    (line,) = problems(minimal_spec(kind="pie"))
    assert line == "x.yaml:2:7: kind: " + msg.ONE_OF.format(
        choices="'bar', 'column', 'stacked', 'donut', 'line', 'grouped' or 'figures'", got="'pie'")


def test_the_kinds_are_the_registrys_when_a_spec_is_read(minimal_spec, monkeypatch):
    """A kind registered after the model was imported (a plugin's) is accepted and offered."""
    from dataclasses import replace

    from charts import kinds
    from charts.spec.schema import spec_schema

    monkeypatch.setitem(kinds.REGISTRY, "lollipop", replace(kinds.get("bar"), name="lollipop"))
    assert load_spec(minimal_spec(kind="lollipop")).spec.kind == "lollipop"
    assert spec_schema()["properties"]["kind"]["enum"][-1] == "lollipop"
    (line,) = problems(minimal_spec(kind="pie"))
    assert "'grouped', 'figures' or 'lollipop', got 'pie'" in line


def test_a_share_written_with_its_unit(write_spec):
    path = write_spec("""
        title: t
        kind: bar
        data:
          columns: [年龄段, 占比]
          rows:
            - ["00后", 21.6]
            - ["70后", "7.1%"]
        source: {publication: p}
    """)
    assert problems(path) == ["x.yaml:7:15: data.rows[1][1]: " + msg.NOT_A_NUMBER.format(got='"7.1%"')]


def test_rows_of_unequal_length_and_duplicate_categories(write_spec):
    path = write_spec("""
        title: t
        kind: bar
        data:
          columns: [a, b]
          rows:
            - [x, 1]
            - [z, 2, 3]
            - [x, 4]
        source: {publication: p}
    """)
    assert problems(path) == [
        "x.yaml:7:7: data.rows[1]: " + msg.ROW_LENGTH.format(got=3, want=2, columns="a、b"),
        "x.yaml:8:8: data.rows[2][0]: " + msg.DUPLICATE_CATEGORY.format(label="x"),
    ]


def test_not_finite_values(write_spec):
    path = write_spec("""
        title: t
        kind: bar
        data: {columns: [a, b], rows: [[x, .nan], [z, .inf]]}
        source: {publication: p}
    """)
    assert problems(path) == [
        "x.yaml:3:36: data.rows[0][1]: " + msg.NOT_FINITE.format(got="NaN"),
        "x.yaml:3:47: data.rows[1][1]: " + msg.NOT_FINITE.format(got="Infinity"),
    ]


def test_a_version_like_label_must_be_quoted(write_spec):
    path = write_spec("""
        title: t
        kind: bar
        data: {columns: [a, b], rows: [[3.10, 1]]}
        source: {publication: p}
    """)
    assert problems(path) == ["x.yaml:3:33: data.rows[0][0]: " + msg.LABEL_NOT_TEXT.format(got="3.10")]


def test_empty_data(write_spec):
    path = write_spec("""
        title: t
        kind: bar
        data: {columns: [a, b], rows: []}
        source: {publication: p}
    """)
    assert problems(path) == ["x.yaml:3:31: data.rows: " + msg.EMPTY_DATA]


def test_data_from_a_csv_beside_the_spec(write_spec, tmp_path):
    (tmp_path / "age.csv").write_text("年龄段,占比\n00后,21.6\n90后,43.6\n", encoding="utf-8-sig")
    path = write_spec("""
        title: t
        kind: bar
        data: {csv: age.csv}
        source: {publication: p}
    """)
    loaded = load_spec(path)
    assert loaded.table.categories == ("00后", "90后")
    assert loaded.table.series()[0].number == Decimal("21.6")


def test_a_bad_csv_cell_names_the_csv_line(write_spec, tmp_path):
    (tmp_path / "age.csv").write_text("年龄段,占比\n00后,21.6\n90后,很多\n", encoding="utf-8")
    path = write_spec("""
        title: t
        kind: bar
        data: {csv: age.csv}
        source: {publication: p}
    """)
    (line,) = problems(path)
    assert line == "age.csv:3:1: rows[1][1]: " + msg.NOT_A_NUMBER.format(got='"很多"')


@pytest.mark.parametrize("name", ["../outside.csv", "/etc/passwd"])
def test_a_csv_outside_the_specs_folder_is_refused(write_spec, name):
    path = write_spec(f"""
        title: t
        kind: bar
        data: {{csv: "{name}"}}
        source: {{publication: p}}
    """)
    assert problems(path) == ["x.yaml: data.csv: " + msg.CSV_OUTSIDE.format(name=name)]


def test_a_missing_csv(write_spec):
    path = write_spec("""
        title: t
        kind: bar
        data: {csv: nowhere.csv}
        source: {publication: p}
    """)
    assert problems(path) == ["x.yaml: data.csv: " + msg.CSV_MISSING.format(name="nowhere.csv")]


@pytest.mark.parametrize("file_name, name", [
    ("受访者年龄.yaml", "受访者年龄"),
    ("age split.yaml", "age-split"),
    ("../../etc/x.yaml", "x"),
    ("...yaml", "chart"),
])
def test_chart_names_are_safe_folder_names(file_name, name):
    from pathlib import Path

    assert chart_name(Path(file_name)) == name
