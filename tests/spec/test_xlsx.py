"""Data as it arrives: `data: {xlsx: 调查.xlsx, sheet: 年龄, range: "A1:B6"}`. Every workbook here is
a real .xlsx written by openpyxl (one by pandas' to_excel), some then edited inside the zip the
way Excel writes what openpyxl does not (17-digit floats, a formula's saved value)."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
import textwrap
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import Workbook

from charts import messages as msg
from charts.cli import cli
from charts.errors import SpecError
from charts.spec.excel import MAX_XLSX_BYTES, MAX_XLSX_UNPACKED, cell_range
from charts.spec.read import load_spec

TABLE = [["年龄段", "占比"], ["00后", 21.6], ["90后", 43.6], ["80后", 26.9], ["70后", 7.1], ["其他", 0.9]]
SPEC = """\
title: 受访者年龄构成
kind: bar
question: single
unit: "%"
decimals: 1
data: {data}
sample_size: 1151
source: {{publication: 中国青年报}}
"""


def workbook(path: Path, rows=TABLE, title: str = "年龄", percent: bool = False, more_sheets=(), edit=None) -> Path:
    """A workbook of one table (as fractions formatted 0.0% with `percent`); `edit(sheet)` changes it."""
    book = Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    if percent:
        for cell in sheet["B"][1:]:
            cell.value = float(Decimal(str(cell.value)) / 100)
            cell.number_format = "0.0%"
    for name in more_sheets:
        book.create_sheet(name)
    if edit:
        edit(sheet)
    book.save(path)
    return path


def patch(path: Path, part: str, old: str, new: str) -> None:
    """Rewrite one XML part of a workbook, as another program would have written it."""
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    text = parts[part].decode("utf-8")
    assert old in text, text
    parts[part] = text.replace(old, new).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def spec(folder: Path, data: str = "{xlsx: 调查.xlsx}", name: str = "age.yaml") -> Path:
    path = folder / name
    path.write_text(SPEC.format(data=data), encoding="utf-8")
    return path


def problems(path: Path) -> list[str]:
    with pytest.raises(SpecError) as info:
        load_spec(path, "x.yaml")
    return [str(p) for p in info.value.problems]


def figures(path: Path) -> list[Decimal]:
    return [v.number for v in load_spec(path).table.series()]


# Reading cells

def test_a_workbook_reads_like_the_inline_table(tmp_path):
    workbook(tmp_path / "调查.xlsx")
    loaded = load_spec(spec(tmp_path))
    assert loaded.table.category_name == "年龄段" and loaded.table.series_names == ("占比",)
    assert loaded.table.categories == ("00后", "90后", "80后", "70后", "其他")
    assert figures(loaded.path) == [Decimal(x) for x in ("21.6", "43.6", "26.9", "7.1", "0.9")]


def test_floats_as_excel_stores_them_are_the_figures_typed(tmp_path):
    """Excel writes 17 significant digits; the figure typed has at most 15."""
    book = workbook(tmp_path / "调查.xlsx")
    patch(book, "xl/worksheets/sheet1.xml", "<v>21.6</v>", "<v>21.600000000000001</v>")
    patch(book, "xl/worksheets/sheet1.xml", "<v>7.1</v>", "<v>7.0999999999999996</v>")
    assert [str(f) for f in figures(spec(tmp_path))] == ["21.6", "43.6", "26.9", "7.1", "0.9"]


def test_a_percent_formatted_cell_gives_the_figure_shown(tmp_path):
    """Shown as 21.6%, stored as 0.216: the spec's figure is 21.6 (with unit: "%")."""
    book = workbook(tmp_path / "调查.xlsx", percent=True)
    patch(book, "xl/worksheets/sheet1.xml", "<v>0.436</v>", "<v>0.43600000000000005</v>")
    assert [str(f) for f in figures(spec(tmp_path))] == ["21.6", "43.6", "26.9", "7.1", "0.9"]


def test_percent_only_outside_quotes_and_brackets():
    from charts.spec.excel import _is_percent

    assert _is_percent("0.0%") and _is_percent("[Red]0%;[Blue]-0%")
    assert not _is_percent('0.0"%"') and not _is_percent("0.0\\%") and not _is_percent("General")


def test_numbers_used_as_labels_and_headers_are_text(tmp_path):
    rows = [["年份", 2021, 2022], [2016, 1, 2], [2017.0, 3, 4], ["2018年", 5, 6]]
    workbook(tmp_path / "调查.xlsx", rows=rows)
    path = spec(tmp_path)
    path.write_text(path.read_text(encoding="utf-8").replace("kind: bar", "kind: grouped")
                    .replace("question: single", "question: none"), encoding="utf-8")
    table = load_spec(path).table
    assert table.categories == ("2016", "2017", "2018年") and table.series_names == ("2021", "2022")


def test_figures_written_as_text_read_as_in_a_csv(tmp_path):
    rows = [["指标", "数量"], ["参加企业", "600多"], ["岗位", "21.5"]]
    workbook(tmp_path / "调查.xlsx", rows=rows)
    path = spec(tmp_path)
    path.write_text(path.read_text(encoding="utf-8").replace("question: single", "question: none")
                    .replace('unit: "%"', "unit: 个"), encoding="utf-8")
    values = load_spec(path).table.series()
    assert values[0].worded == "600多" and values[1].number == Decimal("21.5")


def test_a_formula_gives_the_value_excel_saved(tmp_path):
    book = workbook(tmp_path / "调查.xlsx", edit=lambda s: s.__setitem__("B6", "=100-SUM(B2:B5)"))
    patch(book, "xl/worksheets/sheet1.xml", "<f>100-SUM(B2:B5)</f><v></v>", "<f>100-SUM(B2:B5)</f><v>0.90000000000000002</v>")
    assert figures(spec(tmp_path))[-1] == Decimal("0.9")


def test_sheet_range_and_the_used_area(tmp_path):
    """The range's first row is the header; without a range, the used area, its empty rows skipped
    (formatting alone makes a row part of the used area)."""

    def around(sheet):
        sheet.insert_rows(1, 2)
        sheet["A1"] = "表1 受访者年龄构成"  # a title above the table: outside the range
        sheet["A30"].number_format = "0.0"  # an empty row that only has a format

    workbook(tmp_path / "调查.xlsx", title="汇总", more_sheets=["年龄"])
    workbook(tmp_path / "其他.xlsx", more_sheets=["说明"], edit=around)
    assert load_spec(spec(tmp_path, "{xlsx: 调查.xlsx}")).table.categories[0] == "00后"  # the first sheet
    assert problems(spec(tmp_path, "{xlsx: 调查.xlsx, sheet: 年龄}")) == [
        "x.yaml:6:30: data.sheet: " + msg.XLSX_EMPTY_SHEET.format(sheet="年龄", name="调查.xlsx")]
    table = load_spec(spec(tmp_path, '{xlsx: 其他.xlsx, range: "A3:B8"}')).table
    assert table.categories == ("00后", "90后", "80后", "70后", "其他")
    assert load_spec(spec(tmp_path, '{xlsx: 其他.xlsx, range: "$A$3:$B$99"}')).table.categories[-1] == "其他"


def test_columns_in_the_spec_replace_the_header(tmp_path):
    workbook(tmp_path / "调查.xlsx")
    table = load_spec(spec(tmp_path, "{xlsx: 调查.xlsx, columns: [年龄, 比例]}")).table
    assert table.category_name == "年龄" and table.series_names == ("比例",)


def test_a_workbook_from_pandas(tmp_path):
    pandas = pytest.importorskip("pandas")
    frame = pandas.DataFrame({"年龄段": ["00后", "90后", "80后", "70后", "其他"],
                              "占比": [21.6, 43.6, 26.9, 7.1, 0.9]})
    frame.to_excel(tmp_path / "调查.xlsx", sheet_name="年龄", index=False)
    assert figures(spec(tmp_path, "{xlsx: 调查.xlsx, sheet: 年龄}")) == [
        Decimal(x) for x in ("21.6", "43.6", "26.9", "7.1", "0.9")]


# What an editor is told, at the cell

def test_a_bad_cell_names_the_file_the_sheet_and_the_cell(tmp_path):
    rows = [r[:] for r in TABLE]
    rows[3][1] = "n/a"
    workbook(tmp_path / "调查.xlsx", rows=rows)
    assert problems(spec(tmp_path)) == [
        "调查.xlsx: sheet 年龄, cell B4: " + msg.NOT_A_NUMBER.format(got='"n/a"')]


def test_a_formula_without_a_saved_value_is_refused_at_its_cell(tmp_path):
    """openpyxl writes formulas without values, like any program that is not Excel."""
    workbook(tmp_path / "调查.xlsx", edit=lambda s: s.__setitem__("B6", "=100-SUM(B2:B5)"))
    assert problems(spec(tmp_path)) == [
        "调查.xlsx: sheet 年龄, cell B6: " + msg.XLSX_FORMULA_NO_VALUE.format(formula="=100-SUM(B2:B5)")]


@pytest.mark.parametrize("value, text", [
    ("#DIV/0!", msg.XLSX_ERROR_VALUE.format(error="#DIV/0!")),
    (None, msg.XLSX_EMPTY_CELL),
])
def test_error_values_and_empty_cells(tmp_path, value, text):
    workbook(tmp_path / "调查.xlsx", edit=lambda s: s.__setitem__("B3", value))
    assert problems(spec(tmp_path)) == ["调查.xlsx: sheet 年龄, cell B3: " + text]


def test_a_date_is_refused_where_a_figure_or_a_label_belongs(tmp_path):
    from datetime import datetime

    def dates(sheet):
        sheet["A3"] = datetime(2021, 8, 1)
        sheet["B4"] = datetime(2021, 8, 2)

    workbook(tmp_path / "调查.xlsx", edit=dates)
    assert problems(spec(tmp_path)) == [
        "调查.xlsx: sheet 年龄, cell A3: " + msg.XLSX_DATE.format(date="2021-08-01T00:00:00"),
        "调查.xlsx: sheet 年龄, cell B4: " + msg.XLSX_DATE.format(date="2021-08-02T00:00:00")]


def test_merged_cells_in_the_table_are_refused(tmp_path):
    workbook(tmp_path / "调查.xlsx", edit=lambda s: s.merge_cells("A3:A4"))
    assert problems(spec(tmp_path)) == [
        "调查.xlsx: sheet 年龄, cells A3:A4: " + msg.XLSX_MERGED.format(range="A3:A4")]


def test_merged_cells_outside_the_range_are_fine(tmp_path):
    def title_above(sheet):
        sheet.insert_rows(1)
        sheet["A1"] = "表1"
        sheet.merge_cells("A1:B1")

    workbook(tmp_path / "调查.xlsx", edit=title_above)
    assert load_spec(spec(tmp_path, '{xlsx: 调查.xlsx, range: "A2:B7"}')).table.categories[0] == "00后"
    assert problems(spec(tmp_path)) == [
        "调查.xlsx: sheet 年龄, cells A1:B1: " + msg.XLSX_MERGED.format(range="A1:B1")]


def test_a_bad_label_and_a_duplicate_are_named_by_cell(tmp_path):
    rows = [r[:] for r in TABLE]
    rows[2][0], rows[5][0] = "90\n后", "00后"
    workbook(tmp_path / "调查.xlsx", rows=rows)
    said = problems(spec(tmp_path))
    assert said[0].startswith("调查.xlsx: sheet 年龄, cell A3: contains U+000A, a line break")
    assert said[1] == "调查.xlsx: sheet 年龄, cell A6: " + msg.DUPLICATE_CATEGORY.format(label="00后")


def test_an_unknown_sheet_lists_the_sheets(tmp_path):
    workbook(tmp_path / "调查.xlsx", more_sheets=["性别"])
    path = spec(tmp_path, "{xlsx: 调查.xlsx, sheet: 年齡}")
    assert problems(path) == ["x.yaml:6:30: data.sheet: " + msg.XLSX_UNKNOWN_SHEET.format(
        name="调查.xlsx", sheet="年齡", sheets="`年龄`、`性别`")]


@pytest.mark.parametrize("text", ["A1:B", "B2", "A0:B3", "A1-B6", "XFE1:XFE2", "A1:B1048577", "年龄!A1:B6"])
def test_a_bad_range_says_the_form(tmp_path, text):
    workbook(tmp_path / "调查.xlsx")
    (line,) = problems(spec(tmp_path, f'{{xlsx: 调查.xlsx, range: "{text}"}}'))
    assert line.startswith("x.yaml:6:") and line.endswith("data.range: " + msg.XLSX_BAD_RANGE.format(got=text))


def test_ranges_as_excel_writes_them():
    assert cell_range("A1:C7") == (1, 1, 3, 7) == cell_range("$a$1:$c$7") == cell_range("C7:A1")
    assert cell_range("XFD1:XFD1048576") == (16384, 1, 16384, 1_048_576)


def test_a_range_past_the_sheet(tmp_path):
    workbook(tmp_path / "调查.xlsx")
    (line,) = problems(spec(tmp_path, '{xlsx: 调查.xlsx, range: "D1:E5"}'))
    assert line.endswith("data.range: " + msg.XLSX_OUTSIDE_SHEET.format(range="D1:E5", sheet="年龄", end="B6"))


def test_a_huge_used_area_is_refused_before_its_cells_are_made(tmp_path):
    workbook(tmp_path / "调查.xlsx", edit=lambda s: s.__setitem__("XFD1048576", 1))
    assert problems(spec(tmp_path)) == ["调查.xlsx: sheet 年龄: " + msg.XLSX_AREA_TOO_LARGE.format(
        range="A1:XFD1048576", rows=1_048_576, columns=16384)]


def test_more_rows_than_a_chart_shows_asks_for_a_range(tmp_path):
    workbook(tmp_path / "调查.xlsx", rows=[["类别", "数量"]] + [[f"第{i}类", i] for i in range(70)])
    assert problems(spec(tmp_path)) == ["调查.xlsx: sheet 年龄: " + msg.XLSX_TOO_MANY_ROWS.format(
        range="A1:B71", count=70, limit=60)]


@pytest.mark.parametrize("data, text", [
    ("{xlsx: 调查.xlsx, rows: [[甲, 1]], columns: [名称, 值]}", msg.DATA_ONE_SOURCE),
    ("{csv: a.csv, xlsx: 调查.xlsx}", msg.DATA_ONE_SOURCE),
    ("{csv: a.csv, sheet: 年龄}", msg.XLSX_SHEET_ALONE),
])
def test_one_source_of_rows(tmp_path, data, text):
    (line,) = problems(spec(tmp_path, data))
    assert line.endswith("data: " + text)


# The file itself: the rules of charts/inputs.py, and what a zip can hide

def test_a_missing_or_outside_workbook(tmp_path):
    (tmp_path / "specs").mkdir()
    workbook(tmp_path / "调查.xlsx")
    assert problems(spec(tmp_path / "specs", "{xlsx: 无.xlsx}")) == [
        "x.yaml: data.xlsx: " + msg.XLSX_MISSING.format(name="无.xlsx")]
    assert problems(spec(tmp_path / "specs", "{xlsx: ../调查.xlsx}")) == [
        "x.yaml: data.xlsx: " + msg.XLSX_OUTSIDE.format(name="../调查.xlsx")]


def test_an_oversized_workbook_is_not_read(tmp_path):
    (tmp_path / "调查.xlsx").write_bytes(b"PK" + b"\0" * MAX_XLSX_BYTES)
    assert problems(spec(tmp_path)) == [
        "x.yaml: data.xlsx: " + msg.XLSX_TOO_LARGE.format(name="调查.xlsx", limit=MAX_XLSX_BYTES)]


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    """A few kilobytes that unpack to more than the bound: refused from the sizes the zip declares."""
    book = workbook(tmp_path / "调查.xlsx")
    with zipfile.ZipFile(book, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/zeros.bin", b"\0" * (MAX_XLSX_UNPACKED + 1))
    assert book.stat().st_size < 100_000
    (line,) = problems(spec(tmp_path))
    assert line.startswith("x.yaml: data.xlsx: the workbook `调查.xlsx` unpacks to ") and "25,000,000" in line


def test_a_part_larger_than_it_says_is_unreadable(tmp_path):
    """A zip whose header understates a part: zipfile stops at the stated size and the check fails."""
    book = workbook(tmp_path / "调查.xlsx")
    raw = bytearray(book.read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(raw))) as archive:
        local = archive.getinfo("xl/worksheets/sheet1.xml").header_offset
    raw[local + 22:local + 26] = (10).to_bytes(4, "little")  # the local header's unpacked size
    central = raw.find(b"xl/worksheets/sheet1.xml", raw.find(b"PK\x01\x02")) - 46
    assert raw[central:central + 4] == b"PK\x01\x02"
    raw[central + 24:central + 28] = (10).to_bytes(4, "little")  # and the central directory's
    book.write_bytes(bytes(raw))
    (line,) = problems(spec(tmp_path))
    assert line.startswith("x.yaml: data.xlsx: the workbook `调查.xlsx` cannot be read as an Excel workbook")


def test_an_entity_bomb_is_not_expanded(tmp_path):
    """The billion laughs in a sheet: the XML parser refuses it; nothing grows."""
    book = workbook(tmp_path / "调查.xlsx")
    laughs = '<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9)) + "]>"
    patch(book, "xl/worksheets/sheet1.xml", "<worksheet", laughs + "<worksheet")
    patch(book, "xl/worksheets/sheet1.xml", "<t>00&#21518;</t>", "<t>&j;</t>")
    (line,) = problems(spec(tmp_path))
    assert line.startswith("x.yaml: data.xlsx: the workbook `调查.xlsx` cannot be read as an Excel workbook"), line


@pytest.mark.parametrize("raw, text", [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512, msg.XLSX_OLD_FORMAT.format(name="调查.xlsx")),
    ("年龄段,占比\n00后,21.6\n".encode(), None),
])
def test_not_a_workbook(tmp_path, raw, text):
    (tmp_path / "调查.xlsx").write_bytes(raw)
    (line,) = problems(spec(tmp_path))
    assert line == "x.yaml: data.xlsx: " + text if text else "cannot be read as an Excel workbook" in line


def test_a_spec_without_a_workbook_never_imports_openpyxl_or_pandas(tmp_path):
    (tmp_path / "age.csv").write_text("年龄段,占比\n00后,21.6\n90后,78.4\n", encoding="utf-8")
    path = spec(tmp_path, "{csv: age.csv}")
    probe = textwrap.dedent(f"""
        import sys
        from charts.spec.read import load_spec
        from charts.run.incremental import fingerprint
        load_spec(__import__("pathlib").Path({str(path)!r}))
        fingerprint(__import__("pathlib").Path({str(path)!r}), "stamp")
        print(sorted(m for m in ("openpyxl", "pandas") if m in sys.modules))
    """)
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=False)
    assert done.stdout.splitlines()[-1] == "[]", done.stdout + done.stderr


# Through the command line: check, render, the hand-off, and a changed workbook redrawn

def _handed_off(out: Path, name: str = "age") -> list[list[str]]:
    return list(csv.reader(io.StringIO((out / name / f"{name}.csv").read_bytes().decode("utf-8-sig"))))


def test_render_from_a_workbook_and_redraw_when_it_changes(tmp_path):
    (tmp_path / ".git").mkdir()
    specs = tmp_path / "specs"
    specs.mkdir()
    book = workbook(specs / "调查.xlsx", percent=True, more_sheets=["说明"])
    spec(specs, '{xlsx: 调查.xlsx, sheet: 年龄, range: "A1:B6"}')
    runner, out = CliRunner(), tmp_path / "output"
    checked = runner.invoke(cli, ["check", str(specs)])
    assert checked.exit_code == 0, checked.output
    done = runner.invoke(cli, ["render", str(specs), "-o", str(out), "--format", "png", "-j", "1"])
    assert done.exit_code == 0 and "rendered age (" in done.output, done.output
    assert _handed_off(out) == [["年龄段", "占比（%）"], ["00后", "21.6"], ["90后", "43.6"], ["80后", "26.9"],
                                ["70后", "7.1"], ["其他", "0.9"]]
    again = runner.invoke(cli, ["render", str(specs), "-o", str(out), "--format", "png", "-j", "1"])
    assert "0 chart(s) rendered" in again.output and "1 unchanged" in again.output, again.output
    patch(book, "xl/worksheets/sheet1.xml", "<v>0.216</v>", "<v>0.226</v>")
    patch(book, "xl/worksheets/sheet1.xml", "<v>0.436</v>", "<v>0.426</v>")
    redrawn = runner.invoke(cli, ["render", str(specs), "-o", str(out), "--format", "png", "-j", "1"])
    assert "unchanged" not in redrawn.output and "rendered age (" in redrawn.output, redrawn.output
    assert _handed_off(out)[1:3] == [["00后", "22.6"], ["90后", "42.6"]]


def test_check_prints_a_bad_cell_like_any_data_error(tmp_path):
    rows = [r[:] for r in TABLE]
    rows[3][1] = "n/a"
    (tmp_path / "data").mkdir()
    workbook(tmp_path / "data" / "调查.xlsx", rows=rows)
    spec(tmp_path, "{xlsx: data/调查.xlsx}")
    done = CliRunner().invoke(cli, ["check", str(tmp_path / "age.yaml")])
    assert done.exit_code == 1
    assert f"{tmp_path / 'data' / '调查.xlsx'}: sheet 年龄, cell B4: expected a number, got \"n/a\"" in done.output
