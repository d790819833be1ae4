"""A series over years. The x axis is true time: a gap in the years the article reports is
drawn as a dashed segment, so the chart never implies data it does not have."""

from __future__ import annotations

import re
from itertools import pairwise

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
    x, top, width, height_ = box
    s, p = chart.size, chart.palette
    area = max(width * PLOT_RATIO, height_ - s.label * 2)  # the frame may give a taller box
    xs = _positions(chart)
    reference = chart.reference[0] if chart.reference else None
    low, high = domain((i.values[0] for i in chart.items), reference)
    ticks = nice_ticks(high, low=low)
    tick_width = max(chart.measure(tick_label(t), s.footer) for t in ticks) + 6
    bottom = top + area
    scale = (area - s.value * 2) / (ticks[-1] - ticks[0])
    base = ticks[0]  # the axis's lowest tick: 0, or below it when figures are negative
    py = [bottom - (i.values[0] - base) * scale for i in chart.items]
    ref_y = bottom - (reference - base) * scale if reference is not None else None
    places = []
    for Y in py:
        # Above the point, unless the reference line runs through that spot.
        above = Y - s.marker - 2
        clash = ref_y is not None and above - s.value * 1.1 <= ref_y <= above + 2
        places.append(Y + s.marker + 2 + s.value * 0.9 if clash else above)
    # The end points' figures and labels stay inside the plot; the first point's figure
    # moves the line right only where it would meet a tick figure at its height.
    last = chart.items[-1]
    right = x + width - max(s.label * 2.5, max(chart.measure(last.value_labels[0], s.value, "title"),
                                               chart.measure(last.label, s.label)) / 2 + 1)
    left = x + tick_width + s.label
    half = chart.measure(chart.items[0].value_labels[0], s.value, "title") / 2
    level = (places[0] - 0.88 * s.value, places[0] + 0.12 * s.value)
    if left - half < x + tick_width - 5 and any(
            min(level[1], ty + s.footer / 2) > max(level[0], ty - s.footer / 2)
            for ty in (bottom - (t - base) * scale for t in ticks)):
        left = x + tick_width + half + 2
    span = (xs[-1] - xs[0]) or 1
    px = [left + (v - xs[0]) / span * (right - left) for v in xs]

    for t in ticks:  # faint grid: reading values off a line needs it
        y = bottom - (t - base) * scale
        canvas.line([x + tick_width, x + width], [y, y], "#E3E3E3" if t else p.baseline,
                    0.6 if t else 0.8, gid="plot")
        canvas.text(x + tick_width - 6, y, tick_label(t), s.footer, p.muted, ha="right",
                    va="middle", gid="axis")
    if reference is not None:
        y = bottom - (reference - base) * scale
        canvas.line([x + tick_width, x + width], [y, y], p.muted, 0.9, dashes=(4, 3), gid="reference")
        canvas.text(x + width, y - 5, chart.reference[1], s.footer, p.secondary, ha="right",
                    gid="reference")

    if all(_YEAR.search(i.label) for i in chart.items):  # a tick for every year, data or not
        for year in range(int(xs[0]), int(xs[-1]) + 1):
            tx = left + (year - xs[0]) / span * (right - left)
            canvas.line([tx, tx], [bottom, bottom + 4], p.baseline, 0.8, gid="axis")
    color = chart.series_colors[0]
    for n in range(len(px) - 1):
        gap = xs[n + 1] - xs[n] > 1 and all(_YEAR.search(i.label) for i in chart.items)
        dashes = (s.stroke * 2.3, s.stroke * 1.8) if gap else None
        canvas.line(px[n:n + 2], py[n:n + 2], color, s.stroke, dashes=dashes, gid="plot")
    shown = _labelled(chart, px, py, places, (top, bottom))
    named = _named(chart, px)
    for n, (item, X, Y) in enumerate(zip(chart.items, px, py)):
        point = canvas.line([X], [Y], item.colors[0] if item.highlighted else color, 0, marker="o",
                            markersize=s.marker, gid="plot")
        if n in shown:
            canvas.text(X, shown[n], item.value_labels[0], s.value, p.ink, role="title", ha="center",
                        gid="values", mark=point)
        if n in named:
            canvas.text(X, bottom + 6, item.label, s.label, p.ink, ha="center", va="top", gid="labels")


def _labelled(chart, px, py, places, plot) -> dict[int, float]:
    """The points whose figure is printed, and the baseline of each figure: all where they
    fit; where they would overprint each other or another point, the first, last, highest
    and lowest first, then the others wherever there is room, above the point or else
    below it (the grid and the data file give the rest)."""
    s = chart.size
    values = [i.values[0] for i in chart.items]
    n = len(values)
    order = list(dict.fromkeys([0, n - 1, values.index(max(values)), values.index(min(values)), *range(n)]))
    r = s.marker / 2 + 1
    dots = [(X - r, Y - r, X + r, Y + r) for X, Y in zip(px, py)]
    kept: list[tuple] = []
    shown: dict[int, float] = {}
    for i in order:
        w = chart.measure(chart.items[i].value_labels[0], s.value, "title")
        below = py[i] + s.marker + 2 + s.value * 0.9
        for y in dict.fromkeys([places[i], below]):
            box = (px[i] - w / 2 - 1, y - 0.88 * s.value, px[i] + w / 2 + 1, y + 0.12 * s.value)
            inside = plot[0] <= box[1] and box[3] <= plot[1] - 1
            if inside and not any(_meet(box, other) for other in kept + [d for j, d in enumerate(dots) if j != i]):
                kept.append(box)
                shown[i] = y
                break
    return shown


def _named(chart, px) -> set[int]:
    """The points named under the axis: every one, or every k-th (the first and last always)
    with the smallest k whose names do not touch."""
    s = chart.size
    widths = [chart.measure(i.label, s.label) + s.label * 0.5 for i in chart.items]
    n = len(widths)
    for step in range(1, n + 1):
        picked = sorted(set(range(0, n, step)) | {n - 1})
        if len(picked) > 1 and picked[-1] - picked[-2] < step:  # the last may be too close
            picked.pop(-2)
        if all(px[b] - px[a] >= (widths[a] + widths[b]) / 2 for a, b in pairwise(picked)):
            return set(picked)
    return {0, n - 1} if px[-1] - px[0] >= (widths[0] + widths[-1]) / 2 else {0}


def _meet(a, b) -> bool:
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])


register(
    "line", chinese="折线图", height=height, draw=draw, reference=True, grows=lambda chart, width: True,
    rows=(1, 24),  # every point is labelled under the axis: more labels than fit the width
    starter=Starter("question: none\nunit: 亿立方米\ndecimals: 2", ("年份", "输送水量"),
                    (("2016年", 491.40), ("2020年", 954.98))),
)
