"""The hand-off CSV as the desk's tools read it: pandas, and LibreOffice Calc as a real
spreadsheet engine (formulas evaluated on import, as Excel always does). Figures come back
as numbers (negatives too), the article's approximate words as text, the Chinese intact, and
no label, header or unit ever becomes a formula."""

from __future__ import annotations

import csv
import io
import subprocess
import xml.etree.ElementTree as ET

import pytest

from charts.handoff.files import _cell
from charts.run.batch import render_all
from charts.run.options import RenderOptions
from tests.conftest import system_tool

# Labels a careless or hostile spec may carry; a spreadsheet would run each as a formula.
FORMULAS = ["=1+1", '=HYPERLINK("http://example.com","点我")', "+1", "-1+1", "@SUM(1)"]
BAR = """
title: 公式标签
kind: bar
unit: 元
scale: none
decimals: 1
data:
  columns: ["=类别", "+数值"]
  rows:
    - ["=1+1", 21.65]
    - ['=HYPERLINK("http://example.com","点我")', -3.45]
    - ["+1", 0.25]
    - ["-1+1", -12]
    - ["@SUM(1)", 1234567]
    - [城市, 0]
source: {publication: 中国青年报}
"""
# Words an article gives (600多) are not a number: they stay text, and a column says so.
FIGURES = """
title: 约数
kind: figures
unit: {招聘企业: 家, 岗位: "-个"}
data:
  columns: [指标, 数量]
  rows:
    - [招聘企业, 600多]
    - [岗位, -38504]
source: {publication: 中国青年报}
"""


@pytest.fixture(scope="module")
def csvs(tmp_path_factory, fonts_for) -> dict[str, bytes]:
    folder, out = tmp_path_factory.mktemp("specs"), tmp_path_factory.mktemp("output")
    paths = []
    for name, text in {"formulas": BAR, "approximate": FIGURES}.items():
        (folder / f"{name}.yaml").write_text(text.lstrip(), encoding="utf-8")
        paths.append((folder / f"{name}.yaml", str(folder / f"{name}.yaml")))
    results = render_all(RenderOptions(specs=tuple(paths), out_dir=out, formats=("png",)), fonts_for)
    assert len(results) == 2 and all(r.ok for r in results), [str(p) for r in results for p in r.problems]
    return {path.stem: (out / path.stem / f"{path.stem}.csv").read_bytes() for path, _ in paths}


def test_text_that_would_start_a_formula_is_guarded_and_numbers_are_not():
    for text in FORMULAS + ["\tx", "\rx"]:
        assert _cell(text) == "'" + text
    for number in ["-3.5", "0", "1234567", "-0.01", "21.7"]:
        assert _cell(number) == number
    assert _cell("城市") == "城市" and _cell("600多") == "600多"


def test_pandas_reads_figures_as_numbers_and_labels_as_written(csvs, read_csv_back):
    frame = read_csv_back(csvs["formulas"])
    assert list(frame.columns) == ["'=类别", "'+数值（元）"]
    assert list(frame.iloc[:, 0]) == ["'" + f for f in FORMULAS] + ["城市"]
    assert str(frame.iloc[:, 1].dtype) == "float64"
    assert list(frame.iloc[:, 1]) == [21.7, -3.5, 0.3, -12.0, 1234567.0, 0.0]  # 四舍五入, ASCII minus
    raw = csvs["formulas"].decode("utf-8-sig")
    assert "\u2212" not in raw and "," not in raw.splitlines()[5].split(",", 1)[1]  # no separators


def test_approximate_figures_stay_text_and_say_so(csvs, read_csv_back):
    frame = read_csv_back(csvs["approximate"])
    assert list(frame.columns) == ["指标", "数量", "单位", "约数"]
    assert list(frame["数量"]) == ["600多", "-38504"]
    assert list(frame["单位"]) == ["家", "'-个"]
    assert list(frame["约数"].fillna("")) == ["600多为原文约数", ""]




_NS = {"table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
       "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0"}


def _calc_cells(data: bytes, tmp_path) -> list[list[tuple[str | None, str | None, str]]]:
    """The CSV opened by LibreOffice Calc (UTF-8, comma, formulas evaluated), saved as flat
    ODS XML: each cell as (value type, formula, text)."""
    soffice = system_tool("soffice", "libreoffice")
    source = tmp_path / "hand-off.csv"
    source.write_bytes(data)
    # Field options: comma, double quote, UTF-8, from line 1, …, token 13 = evaluate formulas.
    options = "CSV:44,34,76,1,,2052,false,true,false,false,false,-1,true"
    done = subprocess.run([soffice, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                           f"--infilter={options}", "--convert-to", "fods", "--outdir", str(tmp_path), str(source)],
                          capture_output=True, text=True, timeout=240, check=False)
    sheet = tmp_path / "hand-off.fods"
    assert sheet.is_file(), done.stdout + done.stderr
    rows = []
    for row in ET.parse(sheet).iter(f"{{{_NS['table']}}}table-row"):
        cells = [(c.get(f"{{{_NS['office']}}}value-type"), c.get(f"{{{_NS['table']}}}formula"),
                  "".join(c.itertext()).strip()) for c in row.findall("table:table-cell", _NS)]
        if any(cell[0] for cell in cells):
            rows.append([cell for cell in cells if cell[0]])
    return rows


def test_a_spreadsheet_keeps_formula_labels_as_text_and_figures_as_numbers(csvs, tmp_path):
    rows = _calc_cells(csvs["formulas"], tmp_path)
    assert not [cell for row in rows for cell in row if cell[1]], "a cell became a formula"
    assert rows[0] == [("string", None, "'=类别"), ("string", None, "'+数值（元）")]
    assert [row[0] for row in rows[1:]] == [("string", None, "'" + f) for f in FORMULAS] + [("string", None, "城市")]
    assert [(row[1][0], row[1][2]) for row in rows[1:]] == [
        ("float", "21.7"), ("float", "-3.5"), ("float", "0.3"), ("float", "-12"), ("float", "1234567"), ("float", "0")]


def test_a_spreadsheet_reads_approximate_figures_as_text(csvs, tmp_path):
    rows = _calc_cells(csvs["approximate"], tmp_path)
    assert [row[1] for row in rows[1:]] == [("string", None, "600多"), ("float", None, "-38504")]
    assert rows[0][0] == ("string", None, "指标")  # the BOM read as UTF-8: the Chinese intact


def test_the_guard_is_what_keeps_a_label_text(tmp_path):
    """The same engine, the same options, an unguarded label: it is run as a formula. (So
    the tests above can fail.)"""
    raw = "\ufeff类别,数值\r\n=1+1,5\r\n".encode("utf-8")
    rows = _calc_cells(raw, tmp_path)
    assert rows[1][0][1] == "of:=1+1"
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert _cell(rows[1][0]) == "'=1+1"
