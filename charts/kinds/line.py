"""A series over years. The x axis is true time: a gap in the years the article reports is
drawn as a dashed segment, so the chart never implies data it does not have."""

from __future__ import annotations

import re

from charts.kinds import Starter, register
from charts.kinds._scale import domain, nice_ticks, tick_label

PLOT_RATIO = 0.42
_YEAR = re.compile(r"(1[89]\d\d|2\d\d\d)")


def _positions(chart) -> list[float]:
    years = [_YEAR.search(i.label) for i in chart.items]
    if all(years):
        return [float(m.group(1)) for m in years]
    return [float(n) for n in range(len(chart.items))]


def height(chart, width: float) -> float:
    return width * PLOT_RATIO + chart.size.label * 2


def draw(canvas, chart, box) -> None:
    x, top, width, _ = box
    s, p = chart.size, chart.palette
    area = width * PLOT_RATIO
    xs = _positions(chart)
    reference = chart.reference[0] if chart.reference else None
    _, high = domain((i.values[0] for i in chart.items), reference)
    ticks = nice_ticks(high)
    tick_width = max(chart.measure(tick_label(t), s.footer) for t in ticks) + 6
    left, right = x + tick_width + s.label, x + width - s.label * 2.5
    span = (xs[-1] - xs[0]) or 1
    px = [left + (v - xs[0]) / span * (right - left) for v in xs]
    bottom = top + area
    scale = (area - s.value * 2) / ticks[-1]

    for t in ticks:  # faint grid: reading values off a line needs it
        y = bottom - t * scale
        canvas.line([x + tick_width, x + width], [y, y], "#E3E3E3" if t else p.baseline,
                    0.6 if t else 0.8, gid="plot")
        canvas.text(x + tick_width - 6, y, tick_label(t), s.footer, p.muted, ha="right",
                    va="middle", gid="axis")
    if reference is not None:
        y = bottom - reference * scale
        canvas.line([x + tick_width, x + width], [y, y], p.muted, 0.9, dashes=(4, 3), gid="reference")
        canvas.text(x + width, y - 5, chart.reference[1], s.footer, p.secondary, ha="right",
                    gid="reference")

    if all(_YEAR.search(i.label) for i in chart.items):  # a tick for every year, data or not
        for year in range(int(xs[0]), int(xs[-1]) + 1):
            tx = left + (year - xs[0]) / span * (right - left)
            canvas.line([tx, tx], [bottom, bottom + 4], p.baseline, 0.8, gid="axis")
    color = chart.series_colors[0]
    py = [bottom - i.values[0] * scale for i in chart.items]
    for n in range(len(px) - 1):
        gap = xs[n + 1] - xs[n] > 1 and all(_YEAR.search(i.label) for i in chart.items)
        dashes = (s.stroke * 2.3, s.stroke * 1.8) if gap else None
        canvas.line(px[n:n + 2], py[n:n + 2], color, s.stroke, dashes=dashes, gid="plot")
    ref_y = bottom - reference * scale if reference is not None else None
    for item, X, Y in zip(chart.items, px, py):
        canvas.line([X], [Y], item.colors[0] if item.highlighted else color, 0, marker="o",
                    markersize=s.marker, gid="plot")
        # Above the point, unless the reference line runs through that spot.
        above = Y - s.marker - 2
        clash = ref_y is not None and above - s.value * 1.1 <= ref_y <= above + 2
        label_y = Y + s.marker + 2 + s.value * 0.9 if clash else above
        canvas.text(X, label_y, item.value_labels[0], s.value, p.ink, role="title", ha="center",
                    gid="values")
        canvas.text(X, bottom + 6, item.label, s.label, p.ink, ha="center", va="top", gid="labels")


register(
    "line", chinese="折线图", height=height, draw=draw, reference=True,
    starter=Starter("question: none\nunit: 亿立方米\ndecimals: 2", ("年份", "输送水量"),
                    (("2016年", 491.40), ("2020年", 954.98))),
)
