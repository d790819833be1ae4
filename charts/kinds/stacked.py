"""One 100 % bar for a composition: segments in the order written, labelled directly.

Each segment's label (category and share) sits above the bar at the segment's centre; where
neighbours would collide, it drops to a tier below the bar, tied to its segment by a thin
leader. Within a tier, labels are pushed apart and kept inside the plot.
"""

from __future__ import annotations

from charts.kinds import Starter, register

GAP = 6  # between neighbouring labels
MAX_TIERS = 3  # one above the bar, up to two below


def _labels(chart, width):
    """(item, segment start, segment width, lines, label centre, tier) for each item."""
    s = chart.size
    total = sum(i.values[0] for i in chart.items) or 1
    entries, start = [], 0.0
    tiers: list[list[list]] = [[] for _ in range(MAX_TIERS)]
    for item in chart.items:
        share = item.values[0] / total * width
        lines = [item.label, item.value_labels[0]]
        label_width = max(chart.measure(lines[0], s.label), chart.measure(lines[1], s.value, "title"))
        desired = start + share / 2 - label_width / 2
        # Above the bar where it fits as is; else the first tier below with room for it,
        # where its neighbours are pushed aside (leaders keep every label tied to its part).
        if not tiers[0] or desired >= tiers[0][-1][1] + GAP:
            tier = 0
        else:
            room = [t for t in range(1, MAX_TIERS)
                    if sum(b[1] - b[0] + GAP for b in tiers[t]) + label_width <= width]
            tier = room[0] if room else MAX_TIERS - 1
        box = [desired, desired + label_width]
        tiers[tier].append(box)
        entries.append((item, start, share, lines, box, tier))
        start += share
    for boxes in tiers:
        _spread(boxes, width)
    return [(item, start, share, lines, (box[0] + box[1]) / 2, tier)
            for item, start, share, lines, box, tier in entries]


def _spread(boxes: list[list[float]], width: float) -> None:
    """Push labels right until none overlap, then back left until all fit in the width."""
    for i, box in enumerate(boxes):
        shift = max(0.0, -box[0]) if i == 0 else max(0.0, boxes[i - 1][1] + GAP - box[0])
        box[0] += shift
        box[1] += shift
    for i in range(len(boxes) - 1, -1, -1):
        limit = width if i == len(boxes) - 1 else boxes[i + 1][0] - GAP
        shift = max(0.0, boxes[i][1] - limit)
        boxes[i][0] -= shift
        boxes[i][1] -= shift


def _block(chart) -> float:
    s = chart.size
    return s.label * s.line_height + s.value * s.line_height


def height(chart, width: float) -> float:
    s = chart.size
    below = max(p[5] for p in _labels(chart, width))
    return _block(chart) + 6 + s.bar_thickness * 1.6 + below * (10 + _block(chart))


def draw(canvas, chart, box) -> None:
    x, top, width, _ = box
    s, p = chart.size, chart.palette
    block = _block(chart)
    bar_top, bar_height = top + block + 6, s.bar_thickness * 1.6
    bar_bottom = bar_top + bar_height
    for item, start, share, lines, center, tier in _labels(chart, width):
        canvas.rect(x + start, bar_top, share, bar_height, item.colors[0], gid="plot")
        if start > 0:  # a white hairline between segments, as print separates tints
            canvas.line([x + start, x + start], [bar_top, bar_bottom], "#FFFFFF", 1, gid="plot")
        label_top = top if tier == 0 else bar_bottom + 10 + (tier - 1) * (block + 10)
        color = p.highlight if item.highlighted else p.ink
        canvas.text(x + center, label_top + s.label * 0.2, lines[0], s.label, p.ink, ha="center",
                    va="top", gid="labels")
        canvas.text(x + center, label_top + s.label * s.line_height + s.value * 0.15, lines[1], s.value,
                    color, role="title", ha="center", va="top", gid="values")
        if tier:
            seg_center = x + start + share / 2
            canvas.line([seg_center, seg_center, x + center], [bar_bottom + 2, label_top - 4,
                        label_top - 1], p.muted, 0.6, gid="labels")


register(
    "stacked", chinese="堆积条形图", height=height, draw=draw,
    questions=("single",), part_to_whole=True, colors="parts", extremes=("占比最大", "占比最小"),
    starter=Starter('question: single         # 一个整体的各部分：占比合计约100\nunit: "%"\ndecimals: 1',
                    ("所在地", "占比"),
                    (("一线城市", 24.1), ("二线城市", 38.3), ("三四线城市", 24.3), ("县城或城镇", 9.5), ("农村", 3.8)),
                    survey=True),
)
