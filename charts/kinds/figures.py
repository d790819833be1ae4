"""One to four big numbers side by side, each with its unit and what it counts (one: a score or
a single headline figure standing alone).

In a narrow column the figures go two to a row rather than shrinking out of sight.
"""

from __future__ import annotations

import math

from charts import messages as msg
from charts.kinds import Starter, register
from charts.numbers.grammar import bound_apart

PAD = 0.8  # of the label size: space each side of the hairline between figures
SHRINK_LIMIT = 0.75  # below this share of the house number size, wrap to more rows


def _layout(chart, width):
    """Figures per row, cell width, number size and wrapped labels."""
    s = chart.size
    widest = max(_number_width(chart, item, 1.0) for item in chart.items)
    count = len(chart.items)
    for per_row in dict.fromkeys(c for c in (count, 2, 1) if c <= count):  # 4 -> 2 x 2, never 3 + 1
        slot = width / per_row
        room = slot - 2 * PAD * s.label
        number = min(s.big_number, room / widest)
        if number >= SHRINK_LIMIT * s.big_number:
            break
    labels = [chart.wrap(i.label, room, s.label) for i in chart.items]
    return per_row, slot, number, labels


def _number_width(chart, item, size: float) -> float:
    text, bound = bound_apart(item.value_labels[0], item.unit)
    width = chart.measure(text, size, "title")
    if item.unit not in {"%", "％"}:
        width += size * 0.05 + chart.measure(item.unit + bound, size * 0.45, "title")
    return width


def _row_height(chart, number, labels) -> float:
    s = chart.size
    return number * 1.2 + 6 + max(len(lines) for lines in labels) * s.label * s.line_height


def height(chart, width: float) -> float:
    per_row, _, number, labels = _layout(chart, width)
    rows = math.ceil(len(chart.items) / per_row)
    return rows * _row_height(chart, number, labels) + (rows - 1) * chart.size.gap


def draw(canvas, chart, box) -> None:
    x, top, width, _ = box
    s, p = chart.size, chart.palette
    per_row, slot, number, labels = _layout(chart, width)
    block = _row_height(chart, number, labels)
    for n, (item, lines) in enumerate(zip(chart.items, labels)):
        row, col = divmod(n, per_row)
        row_top = top + row * (block + s.gap)
        left = x + slot * col + (PAD * s.label if col else 0)
        if col:  # a hairline between the figures
            canvas.line([x + slot * col] * 2, [row_top, row_top + block], "#D8D8D8", 0.6, gid="plot")
        baseline = row_top + number * 0.95
        text, bound = bound_apart(item.value_labels[0], item.unit)  # 6000 万人上下, not 6000上下 万人
        canvas.text(left, baseline, text, number, p.highlight, role="title", gid="values")
        if item.unit not in {"%", "％"}:
            canvas.text(left + chart.measure(text, number, "title") + number * 0.05, baseline,
                        item.unit + bound, number * 0.45, p.highlight, role="title", gid="values")
        canvas.lines(left, row_top + number * 1.2 + 6, lines, s.label, p.ink, line_height=s.line_height,
                     gid="labels")


register(
    "figures", chinese="数字图", height=height, draw=draw,
    rows=(1, 4), rows_message=msg.FIGURES_COUNT, units_per_category=True, approximate=True,
    unit_line=False, alt="list", narrow="the figures go two to a row rather than shrinking out of sight",
    starter=Starter("question: none\nunit:                    # 每个数字一个单位\n"
                    "  每年投入资金: 亿元\n  户均年收入: 元\n  生态管护员: 名",
                    ("项目", "数值"), (("每年投入资金", 3.7), ("户均年收入", 21600), ("生态管护员", "两万多"))),
)
