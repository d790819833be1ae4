"""Data as it arrives: a spec's table read from a sheet of an Excel workbook.

    data: {xlsx: 调查.xlsx, sheet: 年龄, range: "A1:B6"}

`sheet` left out is the first sheet; `range` left out is the sheet's used area. The range's
first row is the header, its first column the categories; rows with nothing in them are
skipped, as in a CSV (a used area often ends in rows that hold only formatting).

The workbook is read as every file a spec names is (charts/inputs.py): its bytes through
read_input, then parsed from memory, so openpyxl never opens a path. An .xlsx is a zip of XML
parts: before openpyxl unpacks it, the sizes its parts declare are added up and bounded
(zipfile never inflates a part past its declared size), so a small file cannot unpack into
gigabytes. openpyxl is imported here, when a spec names a workbook, and nowhere else.

A cell becomes what the editor would have written in the spec:
  - a number is the figure typed: the stored number to the 15 significant digits Excel keeps
    (21.6 stored as 21.600000000000001 is 21.6), never the float's binary expansion;
  - a cell formatted as a percentage gives the figure shown (0.216 shown as 21.6% is 21.6):
    the article prints 21.6%, the spec writes 21.6 with `unit: "%"`;
  - a formula gives the value Excel saved with the file; a formula with none (a file written
    by a program and never opened in Excel) is refused at its cell, never read as empty;
  - text is as written; a number used as a category or a column name is text (2016: "2016");
  - a date, an error value (#DIV/0!) and a merged cell are refused at their cell: none of
    them is a label or a figure.
A refused cell is named as the spreadsheet names it: `调查.xlsx: sheet 年龄, cell B4: …`.
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time, timedelta
from decimal import Context, Decimal
from pathlib import Path

from charts import messages as msg
from charts.errors import Problem, excerpt
from charts.inputs import InputError, Kind, read_input

# A workbook as it arrives holds more than the table (other sheets, styles): more room than a
# CSV, still bounded. Unpacked, its XML is several times its size; past these it is not a
# newsroom table. MAX_CELLS bounds the cells looked at one by one (openpyxl makes an object of
# each): a used area or a range may be far larger than the table in it.
MAX_XLSX_BYTES = 5_000_000
MAX_XLSX_UNPACKED = 25_000_000
MAX_CELLS = 100_000

XLSX_FILE = Kind("workbook", MAX_XLSX_BYTES, outside=msg.XLSX_OUTSIDE, missing=msg.XLSX_MISSING,
                 too_large=msg.XLSX_TOO_LARGE)

# Excel's own bounds: columns A to XFD, rows 1 to 1,048,576. `$` as Excel's name box copies it.
_RANGE = re.compile(r"\$?([A-Za-z]{1,3})\$?([0-9]{1,7}):\$?([A-Za-z]{1,3})\$?([0-9]{1,7})")
_LAST_COLUMN, _LAST_ROW = 16384, 1_048_576
_OLD_XLS = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the compound file an .xls is
# Excel keeps and shows 15 significant digits; the file may carry 17 (0.071 is written
# 0.07099999999999999, 21.6 as 21.600000000000001): rounded to 15, the figure typed comes back.
_EXCEL_DIGITS = Context(prec=15)


def cell_range(text: str) -> tuple[int, int, int, int] | None:
    """"A1:C7" as (first column, first row, last column, last row), 1-based; None if it is
    not a range of cells Excel has. Written bottom-right first, it is the same range."""
    match = _RANGE.fullmatch(text.strip())
    if not match:
        return None
    (c1, r1), (c2, r2) = (_column_number(match[1]), int(match[2])), (_column_number(match[3]), int(match[4]))
    if not all(1 <= c <= _LAST_COLUMN for c in (c1, c2)) or not all(1 <= r <= _LAST_ROW for r in (r1, r2)):
        return None
    return min(c1, c2), min(r1, r2), max(c1, c2), max(r1, r2)


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


def column_letters(number: int) -> str:
    """3 -> "C", 28 -> "AB"."""
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def workbook_bytes(spec_dir: Path, name: str, outside: bool = False) -> bytes:
    """The bytes of the workbook a spec names, by the rules of charts/inputs.py. Raises InputError."""
    return read_input(spec_dir / name, XLSX_FILE, within=spec_dir, outside=outside, shown=name)


@dataclass(frozen=True)
class Sheet:
    """A table read from a workbook: cells as a spec would write them, and how to name a cell."""

    columns: list[str]
    rows: list[list]
    file: str  # the workbook as messages show it
    name_cell: Callable[[int | None, int], str]  # (body row or None for the header, column) -> field


def read_xlsx(data, spec_dir: Path, shown: str, find, problems: list[Problem], outside: bool,
              max_rows: int) -> Sheet | None:
    """The table of `data.xlsx`, or None with the reasons added to `problems`; past `max_rows`
    rows (the table's bound, charts/spec/table.py) no cell is read."""
    name = data.xlsx

    def refuse(text: str, field: str = "data.xlsx", file: str | None = None) -> None:
        """A problem of the workbook's cells (`file`: the workbook), or of a field of the spec:
        `data.sheet` and `data.range` at their line; `data.xlsx` as `data.csv` is said."""
        if file is not None:
            problems.append(Problem(file, text, field=field))
            return
        line, column = (find(tuple(field.split("."))) or (None, None)) if field != "data.xlsx" else (None, None)
        problems.append(Problem(shown, text, field=field, line=line, column=column))

    try:
        raw = workbook_bytes(spec_dir, name, outside)
    except InputError as exc:
        return refuse(exc.reason)
    if raw.startswith(_OLD_XLS):
        return refuse(msg.XLSX_OLD_FORMAT.format(name=name))
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            unpacked = sum(part.file_size for part in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        return refuse(msg.XLSX_UNREADABLE.format(name=name, reason=excerpt(str(exc) or type(exc).__name__, 80)))
    if unpacked > MAX_XLSX_UNPACKED:
        return refuse(msg.XLSX_UNPACKED_TOO_LARGE.format(name=name, size=unpacked, limit=MAX_XLSX_UNPACKED))
    values = _open(raw, name, refuse, data_only=True)
    if values is None:
        return None
    sheets = values.worksheets
    if not sheets:
        return refuse(msg.XLSX_NO_SHEETS.format(name=name))
    if data.sheet is None:
        sheet = sheets[0]
    else:
        found = [s for s in sheets if s.title == data.sheet] or [s for s in sheets if s.title.strip() == data.sheet]
        if not found:
            listed = "、".join(f"`{s.title}`" for s in sheets[:12]) + ("…" if len(sheets) > 12 else "")
            return refuse(msg.XLSX_UNKNOWN_SHEET.format(name=name, sheet=data.sheet, sheets=listed), "data.sheet")
        sheet = found[0]
    file = str(Path(shown).parent / name)
    title = sheet.title

    def at(row: int, column: int) -> str:
        return f"sheet {title}, cell {column_letters(column)}{row}"

    area = _area(sheet, data, name, refuse, file)
    if area is None:
        return None
    first_col, first_row, last_col, last_row = area
    grid = [list(r) for r in sheet.iter_rows(min_row=first_row, max_row=last_row, min_col=first_col,
                                              max_col=last_col)]
    grid = [r for r in grid if not all(_blank(c.value) for c in r)]
    while grid and all(_blank(r[-1].value) for r in grid):  # columns that hold only formatting
        grid = [r[:-1] for r in grid]
    if not grid or not grid[0]:
        return refuse(msg.XLSX_EMPTY_SHEET.format(sheet=title, name=name), "data.sheet" if data.sheet else "data.xlsx")
    last_col = grid[0][-1].column
    if len(grid) - 1 > max_rows:  # said before thousands of cells are each found wanting
        cells = f"{column_letters(first_col)}{grid[0][0].row}:{column_letters(last_col)}{grid[-1][0].row}"
        return refuse(msg.XLSX_TOO_MANY_ROWS.format(range=cells, count=len(grid) - 1, limit=max_rows),
                      f"sheet {title}", file)
    for merged in sheet.merged_cells.ranges:
        if merged.min_col <= last_col and merged.max_col >= first_col and any(
                merged.min_row <= r[0].row <= merged.max_row for r in grid):
            refuse(msg.XLSX_MERGED.format(range=merged.coord), f"sheet {title}, cells {merged.coord}", file)
    if problems:
        return None

    formulas = None  # the formulas' own text, read only when an empty cell may be a formula's

    def formula_at(cell) -> str | None:
        nonlocal formulas
        if formulas is None:
            formulas = _open(raw, name, refuse, data_only=False)
            if formulas is None:
                return None
        found = formulas[title].cell(row=cell.row, column=cell.column)
        if found.data_type != "f":
            return None
        return excerpt(str(getattr(found.value, "text", found.value)), 60)

    def read(cell, label: bool):
        value = cell.value
        if _blank(value):
            formula = formula_at(cell)
            text = msg.XLSX_FORMULA_NO_VALUE.format(formula=formula) if formula else \
                msg.XLSX_EMPTY_HEADER if cell.row == grid[0][0].row else msg.XLSX_EMPTY_CELL
            return refuse(text, at(cell.row, cell.column), file)
        if cell.data_type == "e":
            return refuse(msg.XLSX_ERROR_VALUE.format(error=excerpt(str(value))), at(cell.row, cell.column), file)
        if isinstance(value, (date, time, timedelta)):  # datetime is a date
            return refuse(msg.XLSX_DATE.format(date=value.isoformat() if hasattr(value, "isoformat") else value),
                          at(cell.row, cell.column), file)
        if isinstance(value, bool):
            return "TRUE" if value else "FALSE"  # as Excel shows it: a label, never a figure
        if isinstance(value, (int, float)):
            return figure(value, _is_percent(cell.number_format), label)
        if isinstance(value, str):
            return value
        return refuse(msg.XLSX_NOT_A_VALUE.format(got=type(value).__name__), at(cell.row, cell.column), file)

    header = [read(c, True) for c in grid[0]]
    body = [[read(c, j == 0) for j, c in enumerate(r)] for r in grid[1:]]
    if problems:
        return None
    rows_at = [r[0].row for r in grid[1:]]
    columns_at = [c.column for c in grid[0]]

    def name_cell(row: int | None, column: int) -> str:
        return at(grid[0][0].row if row is None else rows_at[row], columns_at[column])

    return Sheet(header, body, file, name_cell)


def figure(value: int | float, percent: bool = False, label: bool = False) -> Decimal | str:
    """A number cell as the editor typed it (see the module's docstring); as text for a label."""
    number = Decimal(value) if isinstance(value, int) else _EXCEL_DIGITS.plus(Decimal(repr(value))).normalize()
    if percent and number.is_finite():
        number = number.scaleb(2)  # 0.216 -> 21.6, digits kept: never 21.600000000000001
    if number.is_finite() and number.as_tuple().exponent > 0 and number.adjusted() < 28:
        number = number.quantize(Decimal(1))  # 1E+2 -> 100
    if not label:
        return number
    if number.is_finite() and number == number.to_integral_value() and number.adjusted() < 28:
        number = number.quantize(Decimal(1))  # 2016.0 -> "2016"
    return format(number, "f") + ("%" if percent else "")


def _is_percent(number_format: str) -> bool:
    """Whether Excel shows the cell as a percentage: a % outside quoted text, escapes and
    [colour] or [condition] brackets (which Excel prints as written, not as ×100)."""
    bare = re.sub(r'"[^"]*"|\\.|\[[^\]]*\]', "", number_format or "")
    return "%" in bare


def _blank(value) -> bool:
    return value is None or isinstance(value, str) and not value.strip()


def _open(raw: bytes, name: str, refuse, data_only: bool):
    from openpyxl import load_workbook  # only for a spec that names a workbook

    try:
        with warnings.catch_warnings():
            # openpyxl warns about parts it skips (data validation, slicers, styles): the table
            # is all charts reads, and a warning would print a library's path to the editor
            warnings.simplefilter("ignore")
            return load_workbook(io.BytesIO(raw), data_only=data_only, keep_links=False)
    except Exception as exc:  # noqa: BLE001 — any fault of a hostile file is the file's, said at it
        return refuse(msg.XLSX_UNREADABLE.format(name=name, reason=excerpt(str(exc) or type(exc).__name__, 80)))


def _area(sheet, data, name: str, refuse, file: str) -> tuple[int, int, int, int] | None:
    """The cells to read: the range, within the sheet's used area, or the used area."""
    used = (sheet.min_column, sheet.min_row, sheet.max_column, sheet.max_row)
    if data.range is None:
        first_col, first_row, last_col, last_row = used
        shown = f"{column_letters(first_col)}{first_row}:{column_letters(last_col)}{last_row}"
    else:
        first_col, first_row, last_col, last_row = cell_range(data.range)  # the model checked its form
        shown = data.range
        if first_col > used[2] or first_row > used[3]:
            end = f"{column_letters(used[2])}{used[3]}"
            return refuse(msg.XLSX_OUTSIDE_SHEET.format(range=data.range, sheet=sheet.title, end=end), "data.range")
        last_col, last_row = min(last_col, used[2]), min(last_row, used[3])
    rows, columns = last_row - first_row + 1, last_col - first_col + 1
    if rows * columns > MAX_CELLS:
        field = "data.range" if data.range is not None else f"sheet {sheet.title}"
        return refuse(msg.XLSX_AREA_TOO_LARGE.format(range=shown, rows=rows, columns=columns), field,
                      file if data.range is None else None)
    return first_col, first_row, last_col, last_row
