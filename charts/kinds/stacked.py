"""One 100 % bar for a composition: segments in the order written, labelled directly.

A reader takes a label for the segment under its middle, so a label sits above the bar only
exactly over the centre of its own segment (the largest segments choose first). The others
go to one row below the bar, in the order of their segments, each joined to its own
segment by a leader line. When that row cannot hold them, every segment is listed below the
bar instead, each behind a swatch of its colour, in the bar's order.
"""

from __future__ import annotations

from dataclasses import dataclass

from charts.kinds import Starter, parts, register

GAP = 6  # between neighbouring labels, and between the labels above and the bar
DROP = 10  # from the bar down to the row of leadered labels
NAME_SHARE = 1 / 3  # a category name wraps at this share of the plot width


@dataclass
class _Label:
    item: object
    start: float  # the segment, from the plot's left edge
    share: float
    lines: list  # the name's lines; the value is set below them
    width: float
    height: float
    left: float = 0.0  # where the label block starts (above or below the bar)
    place: str = "above"  # above | below | listed


def _bar_height(chart) -> float:
    return chart.size.bar_thickness * 1.6


def _layout(chart, width) -> tuple[list[_Label], str]:
    """The labels with their places, and the layout: "direct" (above, below) or "listed"."""
    s = chart.size
    total = sum(i.values[0] for i in parts(chart)) or 1  # with the 未报道 part: no part is stretched
    labels, start = [], 0.0
    for item in parts(chart):
        share = item.values[0] / total * width
        lines = chart.wrap(item.label, max(width * NAME_SHARE, s.label * 4), s.label)
        label_width = max(max(chart.measure(line, s.label) for line in lines),
                          chart.measure(item.value_labels[0], s.value, "title"))
        height = len(lines) * s.label * s.line_height + (s.value * s.line_height if item.value_labels[0] else 0)
        labels.append(_Label(item, start, share, lines, label_width, height))
        start += share
    taken: list[tuple[float, float]] = []
    for label in sorted(labels, key=lambda lb: -lb.share):  # the largest segments choose first
        left = label.start + label.share / 2 - label.width / 2
        right = left + label.width
        free = all(right + GAP <= a or left >= b + GAP for a, b in taken)
        if free and left >= 0 and right <= width:
            taken.append((left, right))
            label.left = left
        else:
            label.place = "below"
    below = [lb for lb in labels if lb.place == "below"]
    if sum(lb.width for lb in below) + GAP * (len(below) - 1) > width:
        for label in labels:
            label.place = "listed"
        return labels, "listed"
    boxes = [[lb.start + lb.share / 2 - lb.width / 2, lb.start + lb.share / 2 + lb.width / 2] for lb in below]
    _spread(boxes, width)
    for label, box in zip(below, boxes):
        label.left = box[0]
    return labels, "direct"


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


def _listing(chart, width, labels):
    """The listed layout: columns, column width and each entry's lines; the value goes at
    the end of the name's last line, or on a line of its own where it does not fit there."""
    s = chart.size
    key = s.label * 0.7
    values = [chart.measure(" ", s.label) + chart.measure(lb.item.value_labels[0], s.value, "title")
              for lb in labels]
    entry = max(chart.measure(lb.item.label, s.label) + v for lb, v in zip(labels, values))
    columns = max(1, min(3, int(width // (key + 4 + entry + s.label))))
    column = width / columns
    room = column - key - 4 - (s.label if columns > 1 else 0)
    entries = []
    for label, value in zip(labels, values):
        lines = chart.wrap(label.item.label, room, s.label)
        if chart.measure(lines[-1], s.label) + value > room:
            lines.append("")
        entries.append(lines)
    return key, columns, column, entries


def _list_height(chart, width, labels) -> float:
    s = chart.size
    _, columns, _, names = _listing(chart, width, labels)
    rows = [names[i:i + columns] for i in range(0, len(names), columns)]
    return sum(max(len(n) for n in row) * s.label * s.line_height for row in rows) + (len(rows) - 1) * GAP / 2


def _sections(chart, width):
    labels, layout = _layout(chart, width)
    above = max((lb.height for lb in labels if lb.place == "above"), default=0.0)
    below = max((lb.height for lb in labels if lb.place == "below"), default=0.0)
    return labels, layout, (above + GAP if above else 0.0), (DROP + below if below else 0.0)


def height(chart, width: float) -> float:
    labels, layout, above, below = _sections(chart, width)
    if layout == "listed":
        return _bar_height(chart) + GAP * 2 + _list_height(chart, width, labels)
    return above + _bar_height(chart) + below


def draw(canvas, chart, box) -> None:
    x, top, width, _ = box
    p = chart.palette
    labels, layout, above, _ = _sections(chart, width)
    bar_top = top + above
    bar_bottom = bar_top + _bar_height(chart)
    segments = []
    for label in labels:
        segments.append(canvas.rect(x + label.start, bar_top, label.share, _bar_height(chart),
                                    label.item.colors[0], gid="plot", what="segment"))
        if label.start > 0:  # a white hairline between segments, as print separates tints
            canvas.line([x + label.start] * 2, [bar_top, bar_bottom], "#FFFFFF", 1, gid="plot")
    if layout == "listed":
        _draw_list(canvas, chart, x, bar_bottom + GAP * 2, width, labels)
        return
    for label, segment in zip(labels, segments):
        label_top = bar_top - GAP - label.height if label.place == "above" else bar_bottom + DROP
        _draw_label(canvas, chart, x + label.left, label_top, label, segment)
        if label.place == "below":
            center = x + label.left + label.width / 2
            canvas.leader(segment, [x + label.start + label.share / 2, center], [bar_bottom + 1, label_top - 1],
                          p.muted, 0.6)


def _draw_label(canvas, chart, left, label_top, label, segment) -> None:
    """The name's lines and the value under them, centred on the block."""
    s, p = chart.size, chart.palette
    center = left + label.width / 2
    step = s.label * s.line_height
    for n, line in enumerate(label.lines):
        canvas.text(center, label_top + n * step + s.label * 0.2, line, s.label, p.ink, ha="center",
                    va="top", gid="labels", mark=segment)
    color = p.highlight if label.item.highlighted else p.ink
    if label.item.value_labels[0]:  # the 未报道 part has no figure to print
        canvas.text(center, label_top + len(label.lines) * step + s.value * 0.15, label.item.value_labels[0],
                    s.value, color, role="title", ha="center", va="top", gid="values", mark=segment)


def _draw_list(canvas, chart, x, top, width, labels) -> None:
    s, p = chart.size, chart.palette
    key, columns, column, entries = _listing(chart, width, labels)
    step = s.label * s.line_height
    y = top
    for row in range(0, len(labels), columns):
        for col, (label, lines) in enumerate(zip(labels[row:row + columns], entries[row:row + columns])):
            left = x + col * column + key + 4
            swatch = canvas.rect(left - key - 4, y + (step - key) / 2, key, key, label.item.colors[0],
                                 gid="key", what="key")
            for n, line in enumerate(lines):
                if line:
                    canvas.text(left, y + n * step + step / 2, line, s.label, p.ink, va="middle",
                                gid="labels", mark=swatch)
            last = lines[-1]
            color = p.highlight if label.item.highlighted else p.ink
            if label.item.value_labels[0]:  # the 未报道 part has no figure to print
                canvas.text(left + (chart.measure(last + " ", s.label) if last else 0), y + (len(lines) - 1) * step
                            + step / 2, label.item.value_labels[0], s.value, color, role="title", va="middle",
                            gid="values", mark=swatch)
        y += max(len(n) for n in entries[row:row + columns]) * step + GAP / 2


register(
    "stacked", chinese="堆积条形图", height=height, draw=draw,
    rows=(1, 8),  # a label per segment around one bar, in a few tiers: more would overprint
    questions=("single",), part_to_whole=True, colors="parts", extremes=("占比最大", "占比最小"),
    starter=Starter('question: single         # 一个整体的各部分：占比合计约100\nunit: "%"\ndecimals: 1',
                    ("所在地", "占比"),
                    (("一线城市", 24.1), ("二线城市", 38.3), ("三四线城市", 24.3), ("县城或城镇", 9.5), ("农村", 3.8)),
                    survey=True),
)
