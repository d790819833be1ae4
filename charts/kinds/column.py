"""Vertical columns: few categories side by side, values on top, labels below.

Where the columns are too narrow for their figures or labels (a dozen columns in one print
column, long labels), the chart is drawn as horizontal bars, which have room for both.
"""

from __future__ import annotations

from charts.kinds import Starter, register
from charts.kinds import bar as bars
from charts.kinds._scale import domain

PLOT_RATIO = 0.36  # column area height as a share of the width
MAX_COLUMN = 64


def _geometry(chart, width):
    s = chart.size
    slot = width / len(chart.items)
    column = min(MAX_COLUMN * s.label / 14, slot * 0.55)
    labels = [chart.wrap(i.label, slot - 4, s.label) for i in chart.items]
    label_height = max(len(lines) for lines in labels) * s.label * s.line_height
    return slot, column, labels, label_height


def _crowded(chart, width) -> bool:
    """The figures or label lines are wider than a column's slot, or a label takes more than
    three lines. A reference line stays on columns: bars do not draw one."""
    s = chart.size
    slot, _, labels, _ = _geometry(chart, width)
    widest = max([chart.measure(i.value_labels[0], s.value, "title") for i in chart.items]
                 + [chart.measure(line, s.label) for lines in labels for line in lines])
    return not chart.reference and (widest > slot - 4 or max(len(lines) for lines in labels) > 3)


def height(chart, width: float) -> float:
    if _crowded(chart, width):
        return bars.height(chart, width)
    _, _, _, label_height = _geometry(chart, width)
    return width * PLOT_RATIO + 6 + label_height


def draw(canvas, chart, box) -> None:
    if _crowded(chart, box[2]):
        bars.draw(canvas, chart, box)
        return
    x, top, width, height_ = box
    s, p = chart.size, chart.palette
    slot, column, labels, label_height = _geometry(chart, width)
    area = max(width * PLOT_RATIO, height_ - 6 - label_height)  # the frame may give a taller box
    value_room = s.value * 1.6
    reference = chart.reference[0] if chart.reference else None
    low, high = domain((i.values[0] for i in chart.items), reference)
    scale = (area - value_room) / (high - low)
    base = top + area + low * scale  # y of zero

    for n, (item, lines) in enumerate(zip(chart.items, labels)):
        center = x + slot * (n + 0.5)
        h = item.values[0] * scale
        bar = canvas.rect(center - column / 2, base - max(h, 0), column, abs(h), item.colors[0], gid="plot")
        color = p.highlight if item.highlighted else p.ink
        canvas.text(center, base - max(h, 0) - 5, item.value_labels[0], s.value, color,
                    role="title", ha="center", gid="values", mark=bar)
        canvas.lines(center, base + 6, lines, s.label, p.ink, line_height=s.line_height,
                     ha="center", gid="labels")
    canvas.line([x, x + width], [base, base], p.baseline, 0.8, gid="plot")
    if chart.reference:
        y = base - reference * scale
        canvas.line([x, x + width], [y, y], p.muted, 0.8, dashes=(4, 3), gid="reference")
        canvas.text(x + width, y - 4, chart.reference[1], s.footer, p.muted, ha="right", gid="reference")


register(
    "column", chinese="柱形图", height=height, draw=draw, reference=True,
    grows=lambda chart, width: not _crowded(chart, width),
    narrow="too narrow for its figures or labels: drawn as horizontal bars (not with a reference line)",
    rows=(1, 12),  # columns share the width: past a dozen the labels stack letter by letter
    starter=Starter('question: none\nunit: "%"\ndecimals: 1', ("受访者", "占比"),
                    (("全体受访者", 53.5), ("00后受访者", 58.1), ("一线城市受访者", 55.6))),
)
