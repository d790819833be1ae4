"""One rounding everywhere: the figures on the chart, in its alt text, its CSV and its record
are the same figures, rounded the same way (四舍五入 from the decimal as written)."""

from __future__ import annotations

import csv
import io
import json

import pytest

from charts.numbers.format import MINUS
from charts.run.batch import render_all
from charts.run.options import RenderOptions

# Each spec is built from its tricky values; each value's expected printed figure is stated
# by hand, so a rounding anywhere (half to even, a float on the way, a second rounding) fails.
CASES = {
    "boundaries": ('unit: "%"\ndecimals: 1', [
        ("甲", "21.65", "21.7"),      # half to even would print 21.6
        ("乙", "0.25", "0.3"),        # half to even: 0.2
        ("丙", "-3.45", "-3.5"),      # half up means away from zero
        ("丁", "2.675", "2.7"),
        ("戊", "1.05", "1.1"),        # float(1.05) is 1.0499999…: 1.0 through a float
        ("己", "-0.04", "0.0"),       # rounds to zero: no minus sign before it
    ]),
    "ten-thousands": ("unit: 人", [
        ("甲", "216500", "21.65"),    # 万: as few places as the figures need, at most two
        ("乙", "10050", "1.01"),      # 1.005万: half to even prints 1.00
        ("丙", "13885", "1.39"),      # 1.3885万
        ("丁", "-22350", "-2.24"),
    ]),
    "hundred-millions": ("unit: 元\nscale: 亿\ndecimals: 1", [
        ("甲", "2165000000", "21.7"),
        ("乙", "25000000", "0.3"),
        ("丙", "-345000000", "-3.5"),
    ]),
    "many-decimals": ("unit: 吨\ndecimals: 2", [  # 30 characters: the longest number a spec takes
        ("甲", "3.1415926535897932384626433832", "3.14"),
        ("乙", "2.4449999999999999999999999999", "2.44"),  # 29 digits: a 28-digit context makes it 2.445, then 2.45
        ("丙", "2.445", "2.45"),
        ("丁", "-0.005", "-0.01"),
    ]),
    "as-written": ("unit: 万元", [
        ("甲", "491.40", "491.40"),   # the article's precision kept
        ("乙", "-12.5", "-12.5"),
        ("丙", "0.000001", "0.000001"),
    ]),
}


def _spec(settings: str, rows) -> str:
    lines = "\n".join(f"    - [{label}, {value}]" for label, value, _ in rows)
    return (f"title: 舍入\nkind: bar\n{settings}\ndata:\n  columns: [项目, 数值]\n  rows:\n{lines}\n"
            "source:\n  publication: 中国青年报\n")


@pytest.fixture(scope="module")
def rendered(tmp_path_factory, fonts_for):
    folder = tmp_path_factory.mktemp("specs")
    out = tmp_path_factory.mktemp("output")
    paths = []
    for name, (settings, rows) in CASES.items():
        path = folder / f"{name}.yaml"
        path.write_text(_spec(settings, rows), encoding="utf-8")
        paths.append((path, str(path)))
    results = render_all(RenderOptions(specs=tuple(paths), out_dir=out, formats=("png",)), fonts_for)
    assert all(r.ok for r in results), [str(p) for r in results for p in r.problems]
    return folder, out


@pytest.mark.parametrize("name", CASES)
def test_chart_alt_csv_and_record_agree(rendered, draw, name):
    folder, out = rendered
    expected = [figure for _, _, figure in CASES[name][1]]
    suffix = "%" if 'unit: "%"' in CASES[name][0] else ""  # a share's label carries its %
    printed = [figure.replace("-", MINUS) + suffix for figure in expected]  # the chart's typographic minus

    chart, canvas = draw(folder / f"{name}.yaml")
    labels = [item.value_labels[0] for item in chart.items]
    assert labels == printed
    drawn = {t[2] for t in canvas.texts}
    assert set(printed) <= drawn, "every value label is drawn as planned"

    alt = (out / name / f"{name}.alt.txt").read_text(encoding="utf-8")
    for (label, _, _), figure in zip(CASES[name][1], printed):
        assert f"{label}{figure}" in alt, (label, figure, alt)

    rows = list(csv.reader(io.StringIO((out / name / f"{name}.csv").read_bytes().decode("utf-8-sig"))))
    assert [row[1] for row in rows[1:]] == expected

    record = json.loads((out / name / f"{name}.json").read_text(encoding="utf-8"))
    assert [row[1] for row in record["data"]["rows"]] == printed
    assert [values[0] for values in record["data"]["values"]] == expected
