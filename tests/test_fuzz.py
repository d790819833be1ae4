"""Property-based tests (hypothesis): generated valid specs always render; broken ones
(valid specs cut, spliced and scrambled) never raise anything but our own errors.

A few hundred examples run in CI; CHARTS_FUZZ_EXAMPLES=5000 runs more."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
import yaml

from charts.kinds import names
from charts.run.options import RenderOptions
from charts.run.pipeline import render_one

pytest.importorskip("hypothesis", reason="hypothesis (a test extra) generates the specs")

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

SCALE = int(os.environ.get("CHARTS_FUZZ_EXAMPLES", "0")) or None
CJK = "受访者年龄构成城市农村邻居关系防疫信息分享提醒生活经验帮助照顾老小社区工作线县镇其他后"
PUNCT = "，。、（）《》“”：%·"
# not 08 alone: YAML's dumper leaves it bare, and the loader rightly asks an editor to quote it
label_text = st.text(alphabet=CJK + "0123456789", min_size=1, max_size=12).filter(lambda s: not re.fullmatch("0[0-9]+", s))
prose = st.text(alphabet=CJK + PUNCT + "0123456789 ", min_size=1, max_size=50).map(str.strip).filter(bool)
def examples(count: int) -> settings:
    return settings(max_examples=SCALE or count, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@st.composite
def shares(draw, count: int) -> list[float]:
    """Shares with one decimal that sum to exactly 100."""
    cuts = sorted(draw(st.lists(st.integers(1, 999), min_size=count - 1, max_size=count - 1, unique=True)))
    edges = [0, *cuts, 1000]
    return [(b - a) / 10 for a, b in zip(edges, edges[1:])]


@st.composite
def valid_specs(draw) -> dict:
    kind = draw(st.sampled_from(names()))
    low, high = {"figures": (2, 4), "donut": (2, 6), "stacked": (2, 6)}.get(kind, (1, 10))
    count = draw(st.integers(low, high))
    if kind == "line":
        start = draw(st.integers(1990, 2015))
        step = draw(st.integers(1, 2))
        labels = [f"{start + step * i}年" for i in range(count)]
    else:
        labels = draw(st.lists(label_text, min_size=count, max_size=count, unique=True))
    question = "single" if kind in {"donut", "stacked"} else draw(st.sampled_from(["none", "multi", "single"]))
    series = draw(st.integers(2, 3)) if kind == "grouped" else 1
    if question == "single" and series == 1:
        columns = [draw(shares(count)) if count > 1 else [100.0]]
    else:
        values = st.one_of(st.integers(0, 99_999), st.floats(0, 9999, allow_nan=False).map(lambda v: round(v, 1)))
        columns = [draw(st.lists(values, min_size=count, max_size=count)) for _ in range(series)]
        question = "none" if question == "single" else question
    rows = [[label, *[column[i] for column in columns]] for i, label in enumerate(labels)]
    if kind == "figures":
        unit = {label: draw(st.sampled_from(["元", "人", "亿元", "名", "%"])) for label in labels}
    elif kind == "grouped" and draw(st.booleans()):
        unit = {label: draw(st.sampled_from(["期", "家", "个", "人"])) for label in labels}
    else:
        unit = "%" if question != "none" else draw(st.sampled_from(["%", "人", "亿立方米", ""]))
    spec = {"title": draw(prose), "kind": kind, "question": question, "unit": unit,
            "data": {"columns": ["类别", *[f"第{i + 1}列" for i in range(series)]], "rows": rows},
            "source": {"publication": draw(label_text)}}
    if draw(st.booleans()):
        spec["subtitle"] = draw(prose)
    if draw(st.booleans()):
        spec["notes"] = draw(st.lists(prose, max_size=2))
    if question != "none" or draw(st.booleans()):
        spec["sample_size"] = draw(st.integers(1, 100_000))
    if kind in {"bar", "column"} and draw(st.booleans()):
        spec["highlight"] = labels[0]
    return spec


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "fuzz.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@examples(60)
@given(spec=valid_specs())
def test_valid_specs_always_render(spec, tmp_path_factory, fonts_for):
    folder = tmp_path_factory.mktemp("valid")
    path = _write(folder, yaml.safe_dump(spec, allow_unicode=True, sort_keys=False))
    result = render_one(path, None, RenderOptions(out_dir=folder / "out", formats=("png",), debug=True), fonts_for)
    assert result.ok, [str(p) for p in result.problems]


SPECIAL = ":-[]{}&*!|>'\"%@`#\t\n,?.0123456789 \ufeff\u3000"


@st.composite
def broken_texts(draw) -> str:
    text = yaml.safe_dump(draw(valid_specs()), allow_unicode=True, sort_keys=False)
    for _ in range(draw(st.integers(1, 3))):
        where = draw(st.integers(0, len(text)))
        operation = draw(st.sampled_from(["delete", "insert", "duplicate", "unicode"]))
        if operation == "delete":
            text = text[:where] + text[where + draw(st.integers(1, 20)):]
        elif operation == "insert":
            text = text[:where] + draw(st.text(alphabet=SPECIAL + CJK, min_size=1, max_size=8)) + text[where:]
        elif operation == "duplicate":
            lines = text.splitlines(keepends=True)
            line = draw(st.integers(0, max(0, len(lines) - 1)))
            text = "".join(lines[:line + 1] + lines[line:])
        else:
            text = text[:where] + draw(st.text(min_size=1, max_size=4)) + text[where:]
    return text


@examples(300)
@given(text=broken_texts())
def test_broken_specs_raise_only_our_errors(text, tmp_path_factory, fonts_for):
    folder = tmp_path_factory.mktemp("broken")
    path = _write(folder, text)
    # debug=True: anything but a ChartsError escapes render_one and fails the test.
    render_one(path, None, RenderOptions(out_dir=folder / "out", formats=("png",), debug=True), fonts_for)


@st.composite
def shapes(draw) -> dict:
    """A spec of any kind at the edges of its shape: one row up to the kind's most, shares
    summing to 100 with slivers (0.1), labels up to the label limit, figures of any width."""
    from charts.kinds import get
    from charts.spec.table import MAX_LABEL, MAX_ROWS

    kind = draw(st.sampled_from(names()))
    low, high = get(kind).rows or (1, MAX_ROWS)
    count = draw(st.one_of(st.just(low), st.just(high), st.integers(low, min(high, 12))))
    long_label = st.text(alphabet=CJK, min_size=MAX_LABEL - 5, max_size=MAX_LABEL)
    label = st.one_of(label_text, long_label) if draw(st.booleans()) else label_text
    labels = draw(st.lists(label, min_size=count, max_size=count, unique=True))
    if kind == "line":
        start = draw(st.integers(1990, 2015))
        labels = [f"{start + i}年" for i in range(count)]
    series = draw(st.integers(2, 3)) if kind == "grouped" else 1
    part_to_whole = kind in {"stacked", "donut"} or (kind in {"bar", "column"} and draw(st.booleans()))
    if part_to_whole and series == 1:
        values = [draw(shares(count)) if count > 1 else [100.0]][0]
        slivers = draw(st.lists(st.integers(0, count - 1), max_size=min(3, count - 1), unique=True))
        for i in slivers:  # move all but 0.1 of a share to its neighbour: tiny segments
            j = (i + 1) % count
            if j not in slivers:
                values[j], values[i] = round(values[j] + values[i] - 0.1, 1), 0.1
        columns, question = [values], "single"
    else:
        figure = st.one_of(st.integers(0, 99_999), st.floats(0, 9999, allow_nan=False).map(lambda v: round(v, 1)))
        columns = [draw(st.lists(figure, min_size=count, max_size=count)) for _ in range(series)]
        question = "none"
    unit: object = "%"
    if kind == "figures":
        unit = {name: draw(st.sampled_from(["元", "人", "亿元", "名", "%"])) for name in labels}
    elif kind == "grouped" and draw(st.booleans()):
        unit = {name: draw(st.sampled_from(["期", "家", "个", "人"])) for name in labels}
    rows = [[name, *[column[i] for column in columns]] for i, name in enumerate(labels)]
    # Titles without long runs of digits: a number wider than a line is the line breaker's
    # to split (the checker refuses it as clipped; tests/hostile has the case).
    title = draw(st.text(alphabet=CJK + PUNCT, min_size=1, max_size=60))
    return {"title": title, "kind": kind, "question": question, "unit": unit,
            "data": {"columns": ["类别", *[f"第{i + 1}列" for i in range(series)]], "rows": rows},
            "sample_size": 1151, "source": {"publication": "中国青年报"}}


@examples(60)
@given(spec=shapes())
def test_every_kind_lays_out_cleanly_at_every_size(spec, tmp_path_factory, house_fonts):
    """The layout checker finds nothing at any size (web, print one and two columns) for any
    shape a kind accepts; a chart too tall for its size is refused by the limits instead."""
    import matplotlib

    from charts.check.rules import check
    from charts.draw.frame import TooTall, compose
    from charts.draw.layout import faults
    from charts.plan.chart import plan
    from charts.spec.read import load_spec
    from charts.theme import SIZES, STYLE_FILE

    path = _write(tmp_path_factory.mktemp("shape"), yaml.safe_dump(spec, allow_unicode=True, sort_keys=False))
    loaded = load_spec(path)
    findings = check(loaded)
    assert not findings.errors, [str(p) for _, p in findings.errors]
    for size in SIZES.values():
        with matplotlib.rc_context(fname=str(STYLE_FILE)):
            try:
                canvas = compose(plan(loaded, findings, house_fonts, size))
            except TooTall:
                continue
        assert [str(f) for f in faults(canvas)] == [], (size.name, spec)
