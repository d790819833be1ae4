"""A table checked against its own total row (合计, 总计, 全市…): the columns that do not add
up to it, and, for a row with a cell missing, the one place of the gap that would make them
add up. Nothing is fixed here: what it finds is written in the draft for the editor to judge,
since a column can also fail to add up because the article rounds or leaves a row out.

Checked only where the sum means something: a total row, two or more rows under it, and no
sub-item (其中…, 内:) whose value is already inside another row's."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from charts.article.extract.cells import RATE, VALUE, Table

TOTAL = re.compile(r"(?:合计|合計|总计|總計|共计|共計|总数|總數|总体|總體|全部|"
                   r"全(?:国|國|省|市|区|區|县|縣|镇|鎮))(?:[:：]|\(.*\))?")
_SUB_ITEM = re.compile(r"^(?:其中|内|內|含|#)")
_SUB_ITEM_PRINTED = re.compile(r"其中|#|内[:：]|內[:：]")


@dataclass(frozen=True)
class Mismatch:
    column: str  # the header of a column whose rows do not add up to the total
    rows_sum: Decimal
    total: Decimal


@dataclass(frozen=True)
class Gap:
    label: str  # a row with a cell missing
    column: str  # the one column whose emptiness makes every column add up


def check(table: Table, printed: list[str]) -> tuple[list[Mismatch], list[Gap]]:
    """The columns that do not add up to the total row, and where a row short of one cell has
    its gap if just one place makes every column add up. A short row is one `table.short`
    holds, or a pipe row whose last cells are missing (placed from the left, as the last row of
    a table of years is: the totals say when that placing is wrong). `printed` are the
    table's lines as the article prints them (the cell reader drops 其中: from a label)."""
    width = len(table.header)
    totals = [values for label, values, _ in table.rows if TOTAL.fullmatch(label)]
    placed = [(label, values) for label, values, _ in table.rows if not TOTAL.fullmatch(label)]
    whole = [values for _, values in placed if not _trailing_gap(values, width)]
    short = [(label, [v for v in values if v is not None]) for label, values in table.short] + \
        [(label, values[:-1]) for label, values in placed if _trailing_gap(values, width)]
    labels = [label for label, *_ in table.rows] + [label for label, _ in table.short]
    if len(totals) != 1 or len(totals[0]) != width or len(whole) + len(short) < 2 \
            or any(_SUB_ITEM.match(x) for x in labels) or any(_SUB_ITEM_PRINTED.search(x) for x in printed):
        return [], []
    total = totals[0]
    # A rate or a share (年增率(%), 比重) does not add up over rows: its column says nothing.
    sums = [None if RATE.search(table.header[c]) else _add([row[c] for row in whole]) for c in range(width)]
    mismatches = [Mismatch(table.header[c], sums[c][0], _number(total[c]))
                  for c in range(width) if _off(sums[c], total[c], extra=len(short))]
    gaps = []
    for label, cells in short if len(short) == 1 else []:  # with two rows short, neither sum is known
        if len(cells) != width - 1 or any(c is None for c in cells):
            continue
        fits = [gap for gap in range(width)
                if not any(_off(_add_one(sums[c], (cells[:gap] + [None] + cells[gap:])[c]), total[c])
                           for c in range(width))]
        if len(fits) == 1:
            gaps.append(Gap(label, table.header[fits[0]]))
    return mismatches, gaps


def packed(rows: list[list[str | None]], row: list[str | None]) -> bool:
    """Whether a row as placed breaks a sum its table's whole rows all keep: a column that is
    the total of the columns right after it (供水总量 = 地表水 + 地下水 + 其他) in every row that
    fills them. A row that breaks it had a cell emptied and the later ones packed over it; one
    that keeps every sum, or a table with none, says nothing of its empty cells."""
    whole = [r for r in rows if None not in r]
    width = len(row)
    if len(whole) < 2:
        return False
    for total in range(width):
        for end in range(total + 3, width + 1):  # two parts or more
            if all(not _off(_add(r[total + 1:end]), r[total]) for r in whole) and \
                    None not in row[total:end] and _off(_add(row[total + 1:end]), row[total]):
                return True
    return False


def parts_units(rows: list[list[str | None]], units: list[str]) -> list[str]:
    """Units for the columns a list of units left without one, from the sums the rows keep:
    a run of unitless columns that adds up to a column with a unit in every row filling them
    (男性 + 女性 = 总人口 under 单位:万户,万人) holds parts of it, in its unit; nine rows in
    ten must keep the sum, since a yearbook's may miss it by a revision. A run that adds
    up to no column, or to two in different units, stays without a unit."""
    units = list(units)
    width = len(units)
    start = 0
    while start < width:
        if units[start]:
            start += 1
            continue
        end = start
        while end < width and not units[end]:
            end += 1
        if end - start >= 2:
            found = {units[w] for w in range(width) if units[w] and _adds_up(rows, start, end, w)}
            if len(found) == 1:
                units[start:end] = [found.pop()] * (end - start)
        start = end
    return units


def _adds_up(rows: list[list[str | None]], start: int, end: int, whole: int) -> bool:
    filled = [r for r in rows if None not in r[start:end] and r[whole] is not None]
    kept = sum(_add(r[start:end]) is not None and _number(r[whole]) is not None
               and not _off(_add(r[start:end]), r[whole]) for r in filled)
    return kept >= 2 and kept * 10 >= len(filled) * 9


def _trailing_gap(values: list, width: int) -> bool:
    """| 西镇 | 10.1 | 2.9 |: a pipe row one cell short, padded at the end; which cell is empty
    the text does not say."""
    return len(values) == width and width > 1 and values[-1] is None and None not in values[:-1]


def _number(cell: str | None) -> Decimal | None:
    if cell is None or not VALUE.fullmatch(cell):
        return None
    digits = cell[:VALUE.fullmatch(cell).start("unit")] if VALUE.fullmatch(cell)["unit"] else cell
    try:
        return Decimal(digits.replace(",", "").replace("−", "-"))
    except InvalidOperation:
        return None


def _places(number: Decimal) -> int:
    exponent = number.as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def _add(cells: list[str | None]) -> tuple[Decimal, int, int] | None:
    """(sum, the most decimals written, how many were added), or None if a cell is not a number."""
    numbers = [_number(c) for c in cells if c is not None]
    if any(n is None for n in numbers) or not numbers:
        return None
    return sum(numbers, Decimal(0)), max(_places(n) for n in numbers), len(numbers)


def _add_one(summed, cell: str | None):
    if summed is None or cell is None:
        return summed
    number = _number(cell)
    if number is None:
        return None
    return summed[0] + number, max(summed[1], _places(number)), summed[2] + 1


def _off(summed, total_cell: str | None, extra: int = 0) -> bool:
    """Whether the rows' sum misses the total by more than their rounding allows. `extra` rows
    are known to be missing from the sum (short rows), so a shortfall is then not a mismatch."""
    total = _number(total_cell)
    if summed is None or total is None:
        return False
    value, places, count = summed
    slack = Decimal(5).scaleb(-max(places, _places(total)) - 1) * (count + 1)
    if extra and value <= total + slack:
        return False
    return abs(value - total) > slack


def described(mismatch: Mismatch) -> str:
    """What the draft holding the column says of a column that does not add up."""
    return f"「{mismatch.column}」列各行之和为{mismatch.rows_sum}，合计行为{mismatch.total}：查看是否有错位、漏行或四舍五入"


def placed(gap: Gap) -> str:
    """What a flagged row's comment says of where the totals put its gap."""
    return f"按合计行推算，空格在「{gap.column}」列"


def left_out(label: str, cells: list[str]) -> str:
    """What a draft says of the total row it does not draw beside the parts."""
    return f"{label}行（{'、'.join(cells)}）是各行之和，不与各行并列画出"
