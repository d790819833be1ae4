"""The data table of a spec, typed: categories in the order written, series of Values."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from charts import messages as msg
from charts.errors import Problem, excerpt
from charts.inputs import DATA_FILE, MAX_CSV_BYTES, InputError, read_input  # noqa: F401 (MAX_CSV_BYTES: callers)
from charts.numbers.grammar import Value, parse_value, ranges_in
from charts.spec.loader import FieldPath, format_path, refused_character

# Bounds that keep a chart readable and a run bounded; a newsroom table is far smaller.
MAX_ROWS = 60
MAX_SERIES = 6
MAX_LABEL = 40  # characters of a category or column name, and of a figure worded as the article does


@dataclass(frozen=True)
class DataTable:
    category_name: str
    categories: tuple[str, ...]
    series_names: tuple[str, ...]
    values: tuple[tuple[Value, ...], ...]  # values[series][row]
    row_paths: tuple[FieldPath, ...]  # where each row was written (for messages)
    # For a table read from a file (CSV, workbook): each row's file and line there, else ()
    row_places: tuple[tuple[str | None, int | None], ...] = ()

    def series(self, index: int = 0) -> tuple[Value, ...]:
        return self.values[index]


def read_table(data, spec_dir: Path, shown: str, find, outside: bool = False) -> tuple[DataTable | None, list[Problem]]:
    """Type the table; `find(path)` gives the (line, col) of a field path for messages;
    `outside` (--allow-outside): the CSV or workbook may lie outside the spec's folder."""
    problems: list[Problem] = []
    name_cell = None  # a workbook's (row, column) -> "sheet 年龄, cell B4" (row None: the header)
    header_file = None  # the workbook, when its header row names the columns

    def problem(path: FieldPath, text: str, line_col=None, file=None, cell=None):
        if name_cell is not None and file is not None and cell is not None:
            problems.append(Problem(file, text, field=name_cell(*cell)))
            return
        line, col = line_col or (find(path) or (None, None))
        problems.append(Problem(file or shown, text, field=format_path(path), line=line, column=col))

    if data.csv is not None:
        rows, columns, located = _read_csv(data.csv, spec_dir, shown, problems, outside)
        if rows is None:
            return None, problems
        columns = data.columns or columns
    elif data.xlsx is not None:
        # openpyxl is imported only for a spec that names a workbook
        from charts.spec.excel import read_xlsx

        sheet = read_xlsx(data, spec_dir, shown, find, problems, outside, MAX_ROWS)
        if sheet is None:
            return None, problems
        rows, columns, name_cell = sheet.rows, data.columns or sheet.columns, sheet.name_cell
        header_file = None if data.columns else sheet.file
        located = [(("rows", i), None, sheet.file) for i in range(len(rows))]
    else:
        rows, columns = data.rows, data.columns
        located = [(("data", "rows", i), None, None) for i in range(len(rows))]

    if not rows:
        problem(("data", "rows"), msg.EMPTY_DATA)
        return None, problems
    if len(rows) > MAX_ROWS:
        problem(("data", "rows"), msg.TOO_MANY_ROWS.format(count=len(rows), limit=MAX_ROWS))
        return None, problems
    for i, name in enumerate(columns):
        if len(str(name)) > MAX_LABEL:
            problem(("data", "columns", i), msg.LABEL_TOO_LONG.format(count=len(str(name)), limit=MAX_LABEL),
                    file=header_file, cell=(None, i))
        elif refused_character(str(name)):
            problem(("data", "columns", i), refused_character(str(name)), file=header_file, cell=(None, i))
    if len(columns) - 1 > MAX_SERIES:
        problem(("data", "columns"), msg.TOO_MANY_SERIES.format(count=len(columns) - 1, limit=MAX_SERIES))
        return None, problems

    categories: list[str] = []
    values: list[list[Value]] = [[] for _ in columns[1:]]
    for k, ((path, line_col, file), row) in enumerate(zip(located, rows)):
        if len(row) != len(columns):
            problem(path, msg.ROW_LENGTH.format(got=len(row), want=len(columns),
                                                columns="、".join(columns)), line_col, file)
            continue
        label = row[0]
        if isinstance(label, bool) or label is None or isinstance(label, Decimal):
            problem(path + (0,), msg.LABEL_NOT_TEXT.format(got=_shown(label)), line_col, file, (k, 0))
            continue
        label = str(label).strip()
        if len(label) > MAX_LABEL:
            problem(path + (0,), msg.LABEL_TOO_LONG.format(count=len(label), limit=MAX_LABEL), line_col, file, (k, 0))
        elif refused_character(label):
            problem(path + (0,), refused_character(label), line_col, file, (k, 0))
        if label in categories:
            problem(path + (0,), msg.DUPLICATE_CATEGORY.format(label=label), line_col, file, (k, 0))
        categories.append(label)
        for j, cell in enumerate(row[1:], start=1):
            value = parse_value(cell) if not isinstance(cell, str) or len(cell) <= MAX_LABEL else None
            if isinstance(cell, str) and refused_character(cell):
                problem(path + (j,), refused_character(cell), line_col, file, (k, j))
            elif value is None and isinstance(cell, str) and any(ranges_in(cell)):
                problem(path + (j,), msg.RANGE_CELL.format(got=_shown(cell)), line_col, file, (k, j))
            elif value is None:
                problem(path + (j,), msg.NOT_A_NUMBER.format(got=_shown(cell)), line_col, file, (k, j))
            elif not value.number.is_finite():
                problem(path + (j,), msg.NOT_FINITE.format(got=_shown(cell)), line_col, file, (k, j))
            else:
                values[j - 1].append(value)
    if problems:
        return None, problems
    return DataTable(columns[0], tuple(categories), tuple(columns[1:]),
                     tuple(tuple(v) for v in values), tuple(p for p, _, _ in located),
                     tuple((file, line_col[0] if line_col else None) for _, line_col, file in located)), []


def _shown(cell) -> str:
    return f'"{excerpt(cell)}"' if isinstance(cell, str) else excerpt(str(cell))


def data_bytes(spec_dir: Path, name: str, outside: bool = False) -> bytes:
    """The bytes of the CSV a spec names: a regular file beside the spec (or in a folder
    below it; anywhere with `outside`), at most MAX_CSV_BYTES. Raises InputError."""
    return read_input(spec_dir / name, DATA_FILE, within=spec_dir, outside=outside, shown=name)


def _read_csv(name: str, spec_dir: Path, shown: str, problems: list[Problem], outside: bool = False):
    try:
        raw = data_bytes(spec_dir, name, outside)
    except InputError as exc:
        problems.append(Problem(shown, exc.reason, field="data.csv"))
        return None, None, None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        problems.append(Problem(shown, msg.CSV_NOT_UTF8.format(name=name), field="data.csv"))
        return None, None, None
    reader = csv.reader(io.StringIO(text))
    try:
        # csv refuses a field past 131,072 characters; a table cell is a label or a figure
        records = [r for r in reader if any(c.strip() for c in r)]
    except csv.Error as exc:
        problems.append(Problem(shown, msg.CSV_UNREADABLE.format(name=name, line=reader.line_num, reason=exc),
                                field="data.csv"))
        return None, None, None
    if len(records) < 2:
        problems.append(Problem(shown, msg.EMPTY_DATA, field="data.csv"))
        return None, None, None
    header, body = records[0], records[1:]
    csv_shown = str(Path(shown).parent / name)
    located = [(("rows", i), (i + 2, 1), csv_shown) for i in range(len(body))]
    rows = [[c.strip() for c in r] for r in body]
    return rows, [h.strip() for h in header], located
