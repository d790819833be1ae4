"""What a chart draws: figures from 10^-6 to under 10^15 either side of zero. Anything past
that is refused at load or check time, located, never drawn at infinite or NaN
coordinates; anything inside is drawn with every coordinate finite."""

from __future__ import annotations

import math
import os
import tempfile
from decimal import Decimal
from pathlib import Path

import matplotlib
import pytest

from charts.check.rules import check
from charts.draw.frame import compose
from charts.errors import ChartsError
from charts.numbers.format import LARGEST, SMALLEST, drawable
from charts.plan.chart import plan
from charts.spec.read import load_spec
from charts.theme import STYLE_FILE, WEB

pytest.importorskip("hypothesis", reason="hypothesis (a test extra) generates the magnitudes")

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

LABELS = ["甲地", "乙地", "丙地", "丁地"]


def _spec(kind: str, columns: list[list[str]], reference: str | None = None) -> str:
    labels = [f"{2016 + i}年" for i in range(len(columns[0]))] if kind == "line" else LABELS
    names = ", ".join(f"第{i + 1}列" for i in range(len(columns)))
    rows = "\n".join(f"    - [{label}, {', '.join(c[i] for c in columns)}]" for i, label in enumerate(labels[:len(columns[0])]))
    unit = "{" + ", ".join(f"{label}: 元" for label in LABELS[:len(columns[0])]) + "}" if kind == "figures" else "元"
    text = (f"title: 量级\nkind: {kind}\nunit: {unit}\ndata:\n  columns: [地区, {names}]\n  rows:\n{rows}\n"
            "source:\n  publication: 中国青年报\n")
    return text + (f"reference:\n  label: 每年\n  value: {reference}\n" if reference else "")


def _outcome(text: str, fonts):
    """(problems, None) when refused, ([], canvas) when drawn."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "magnitudes.yaml"
        path.write_text(text, encoding="utf-8")
        try:
            loaded = load_spec(path)
        except ChartsError as exc:
            return [str(p) for p in exc.problems], None
        findings = check(loaded)
        if findings.errors:
            return [str(p) for _, p in findings.errors], None
        with matplotlib.rc_context(fname=str(STYLE_FILE)):
            return [], compose(plan(loaded, findings, fonts, WEB))


def _coordinates(canvas):
    """Every number a drawn chart places: text anchors, mark boxes and angles, line points."""
    for text in canvas.texts:
        yield from text[:2]
    for mark in canvas.marks:
        yield from (mark.x0, mark.y0, mark.x1, mark.y1, *(getattr(mark, "segment", None) or ()))
    for stroke in canvas.strokes:
        for x, y in stroke:
            yield from (x, y)


magnitudes = st.builds(lambda sign, digits, exponent: f"{sign}{Decimal(digits).scaleb(exponent):f}",
                       st.sampled_from(["", "-"]), st.integers(1, 999), st.integers(-6, 17))
figure = st.one_of(st.just("0"), magnitudes)


@settings(max_examples=int(os.environ.get("CHARTS_FUZZ_EXAMPLES", "0")) or 60, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(kind=st.sampled_from(["bar", "column", "line", "grouped", "figures"]), data=st.data())
def test_every_magnitude_is_drawn_finite_or_refused(kind, data, house_fonts):
    series = 2 if kind == "grouped" else 1
    count = data.draw(st.integers(2, 4))
    columns = [data.draw(st.lists(figure, min_size=count, max_size=count)) for _ in range(series)]
    reference = data.draw(st.one_of(st.none(), figure)) if kind in {"bar", "column", "line"} else None
    problems, canvas = _outcome(_spec(kind, columns, reference), house_fonts)
    figures = [Decimal(v) for c in columns for v in c] + ([Decimal(reference)] if reference else [])
    if all(drawable(v) for v in figures):
        assert not problems, problems
        assert all(math.isfinite(c) for c in _coordinates(canvas)), "a coordinate is inf or NaN"
    else:
        assert canvas is None, "a figure beyond the range was drawn"
        assert problems and all(":" in p and "Traceback" not in p for p in problems)


@pytest.mark.parametrize("value, located", [
    ("1e308", "data.rows[1][1]"), ("-1e308", "data.rows[1][1]"), ("1e-320", "data.rows[1][1]"),
    ("10000000000000000000000000", "data.rows[1][1]"), ("1000000000000000", "data.rows[1][1]"),
])
def test_figures_past_the_range_are_refused_at_their_cell(value, located, house_fonts):
    problems, canvas = _outcome(_spec("bar", [["12", value]]), house_fonts)
    assert canvas is None and len(problems) == 1, problems
    assert ":8:" in problems[0] and f"{located}:" in problems[0], problems


@pytest.mark.parametrize("value, said", [
    ("1e308", "error [range]: 1E+308 is too large for a chart (it draws figures under 10^15, i.e. 1000万亿)"),
    ("-1e20", "error [range]: -1E+20 is too large for a chart"),
    ("1e-320", "error [range]: 1E-320 is too small for a chart (it draws 0 or figures from 0.000001 up)"),
    ("0.0000001", "error [range]: 1E-7 is too small for a chart"),
    (str(10 ** 25), "error [range]: 1.0000E+25 is too large for a chart"),
])
def test_a_reference_line_past_the_range_is_refused_at_its_field(value, said, house_fonts):
    problems, canvas = _outcome(_spec("bar", [["12", "30"]], value), house_fonts)
    assert canvas is None and len(problems) == 1, problems
    assert "reference.value: " + said in problems[0], problems


def test_the_range_is_the_one_the_docs_state():
    assert (LARGEST, SMALLEST) == (Decimal(10) ** 15, Decimal("0.000001"))
    assert drawable(Decimal("999999999999999.9")) and not drawable(LARGEST) and drawable(Decimal(0))
    assert drawable(-SMALLEST) and not drawable(Decimal("0.0000009")) and not drawable(Decimal("NaN"))
