"""Horizontal bars: categories down the side, in the order written, values at the bar ends."""

from __future__ import annotations

from charts.kinds import Starter, register
from charts.kinds._scale import domain

LABEL_SHARE = 0.4  # the category labels take at most this share of the width
PAD = 8


def _rows(chart, width):
    s = chart.size
    label_width = min(max(chart.measure(i.label, s.label) for i in chart.items), width * LABEL_SHARE)
    labels = [chart.wrap(i.label, label_width, s.label) for i in chart.items]
    # A word too long to break (a Latin name) is wider than the share: the labels get its width.
    label_width = max([label_width] + [chart.measure(line, s.label) for lines in labels for line in lines])
    heights = [max(s.bar_thickness, len(lines) * s.label * s.line_height) for lines in labels]
    return label_width, labels, heights


def height(chart, width: float) -> float:
    s = chart.size
    _, _, heights = _rows(chart, width)
    return sum(heights) + s.bar_gap * (len(heights) - 1)


def draw(canvas, chart, box) -> None:
    x, top, width, _ = box
    s, p = chart.size, chart.palette
    label_width, labels, heights = _rows(chart, width)
    value_width = max(chart.measure(i.value_labels[0], s.value, "title") for i in chart.items)
    bar_x = x + label_width + PAD
    bar_space = width - label_width - PAD - value_width - PAD
    low, high = domain(i.values[0] for i in chart.items)
    scale = bar_space / (high - low)
    zero = bar_x - low * scale

    y = top
    for item, lines, row_height in zip(chart.items, labels, heights):
        middle = y + row_height / 2
        text_top = middle - len(lines) * s.label * s.line_height / 2
        canvas.lines(x + label_width, text_top, lines, s.label, p.ink, line_height=s.line_height,
                     ha="right", gid="labels")
        value = item.values[0]
        start, length = (zero, value * scale) if value >= 0 else (zero + value * scale, -value * scale)
        bar = canvas.rect(start, middle - s.bar_thickness / 2, length, s.bar_thickness, item.colors[0],
                          gid="plot")
        color = p.highlight if item.highlighted else p.ink
        canvas.text(start + length + PAD / 2, middle, item.value_labels[0], s.value, color,
                    role="title", va="middle", gid="values", mark=bar)
        y += row_height + s.bar_gap
    canvas.line([zero, zero], [top - s.bar_gap / 2, y - s.bar_gap / 2], p.baseline, 0.8, gid="plot")


register(
    "bar", chinese="条形图", height=height, draw=draw, reference=True,
    starter=Starter('question: multi          # single 单选（合计约100）/ multi 多选 / none 非同一问题\n'
                    'unit: "%"\ndecimals: 1',
                    ("事项", "占比"), (("分享防疫信息", 54.0), ("相互提醒防疫措施", 49.3), ("交流生活经验", 47.2)),
                    survey=True),
)
