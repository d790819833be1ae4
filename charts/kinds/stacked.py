"""One 100 % bar for a composition: segments in the order written, labelled directly.

Each segment's label (category and share) sits above the bar at the segment's centre; where
neighbours would collide, the label drops below the bar, tied to its segment by a thin leader.
"""

from __future__ import annotations

GAP = 6  # between neighbouring labels


def _labels(chart, width):
    """Lines and placement (above or below) of each label, with its centre x offset."""
    s = chart.size
    total = sum(i.values[0] for i in chart.items) or 1
    placed, start = [], 0.0
    last_right = {"above": float("-inf"), "below": float("-inf")}
    for item in chart.items:
        share = item.values[0] / total * width
        center = start + share / 2
        lines = [item.label, item.value_labels[0]]
        label_width = max(chart.measure(lines[0], s.label), chart.measure(lines[1], s.value, "title"))
        where = "above" if center - label_width / 2 >= last_right["above"] + GAP else "below"
        left = max(center - label_width / 2, last_right[where] + GAP, 0)
        left = min(left, width - label_width)
        last_right[where] = left + label_width
        placed.append((item, start, share, lines, left + label_width / 2, where))
        start += share
    return placed


def height(chart, width: float) -> float:
    s = chart.size
    block = s.label * s.line_height + s.value * s.line_height
    below = any(p[5] == "below" for p in _labels(chart, width))
    return block + 6 + s.bar_thickness * 1.6 + (6 + 10 + block if below else 0)


def draw(canvas, chart, box) -> None:
    x, top, width, _ = box
    s, p = chart.size, chart.palette
    block = s.label * s.line_height + s.value * s.line_height
    bar_top, bar_height = top + block + 6, s.bar_thickness * 1.6
    for item, start, share, lines, center, where in _labels(chart, width):
        canvas.rect(x + start, bar_top, share, bar_height, item.colors[0], gid="plot")
        if start > 0:  # a white hairline between segments, as print separates tints
            canvas.line([x + start, x + start], [bar_top, bar_top + bar_height], "#FFFFFF", 1, gid="plot")
        label_top = top if where == "above" else bar_top + bar_height + 16
        color = p.highlight if item.highlighted else p.ink
        canvas.text(x + center, label_top + s.label * 0.2, lines[0], s.label, p.ink, ha="center",
                    va="top", gid="labels")
        canvas.text(x + center, label_top + s.label * s.line_height + s.value * 0.15, lines[1], s.value,
                    color, role="title", ha="center", va="top", gid="values")
        if where == "below":
            seg_center = x + start + share / 2
            canvas.line([seg_center, seg_center, x + center], [bar_top + bar_height + 2,
                        bar_top + bar_height + 8, label_top - 2], p.muted, 0.6, gid="labels")
