"""A ring for a single-choice composition, clockwise from 12 o'clock in the order written.

Labels sit outside the ring beside each segment, joined by leaders, and are pushed apart
vertically on each side so small segments (0.9 %) stay readable. Where that is too narrow
they are listed beside the ring, and on a phone or in one print column (fewer than BELOW
label sizes across) below it. A highlighted share is repeated large in the centre.
"""

from __future__ import annotations

import math

from charts.kinds import Starter, parts, register

RING = 0.38  # ring thickness as a share of the radius
LEADER = 14
BELOW = 26  # plot widths of fewer label sizes than this list the labels below the ring


def _label_width(chart) -> float:
    s = chart.size
    return max(chart.measure(f"{i.label} ", s.label) + chart.measure(i.value_labels[0], s.value, "title")
               for i in parts(chart))


def _radius(chart, width):
    return min(width * 0.2, 6.5 * chart.size.label * 1.35)


def _listed(chart, width) -> bool:
    """Too narrow for labels on both sides: ring at the left, labels listed beside it."""
    return width / 2 - _radius(chart, width) - LEADER - 12 < _label_width(chart)


def _below(chart, width) -> bool:
    return width < BELOW * chart.size.label


def _entries(chart, room):
    """Each entry's lines in `room`: a name too long wraps; the value ends its last line,
    or takes a line of its own."""
    s = chart.size
    entries = []
    for item in parts(chart):
        lines = chart.wrap(item.label, room, s.label)
        if chart.measure(lines[-1] + " ", s.label) + chart.measure(item.value_labels[0], s.value, "title") > room:
            lines.append("")
        entries.append(lines)
    return entries


def _below_layout(chart, width):
    """The phone layout: the ring, centred, and the entries listed below it."""
    s = chart.size
    return width * 0.25, _entries(chart, width - s.label * 1.5)


def _list_layout(chart, width):
    """The listed layout: ring radius and each entry's lines (a name too long for the room
    beside the ring wraps; the value ends its last line, or takes a line of its own)."""
    s = chart.size
    r = min((width - _label_width(chart) - s.label * 2) / 2, len(parts(chart)) * s.label * 1.5 / 2 + s.label)
    if r >= s.label * 2.5:
        return r, [[i.label] for i in parts(chart)]
    r = min(s.label * 2.5, width / 5)
    return r, _entries(chart, width - 2 * r - s.label * 1.5)


def _entry_height(chart, lines) -> float:
    s = chart.size
    return (len(lines) - 1) * s.label * s.line_height + s.label * 1.5


def height(chart, width: float) -> float:
    if _below(chart, width):
        r, entries = _below_layout(chart, width)
        return 2 * r + chart.size.gap + sum(_entry_height(chart, lines) for lines in entries)
    if _listed(chart, width):
        r, entries = _list_layout(chart, width)
        return max(2 * r, sum(_entry_height(chart, lines) for lines in entries)) + chart.size.label
    r = _radius(chart, width)
    return 2 * r + 2 * chart.size.label * 1.5


def _place(chart, cx, cy, r):
    s = chart.size
    total = sum(i.values[0] for i in parts(chart)) or 1
    sides = {"right": [], "left": []}
    angle = 0.0
    for item in parts(chart):
        sweep = item.values[0] / total * 360
        mid = math.radians(angle + sweep / 2)
        ax, ay = cx + r * math.sin(mid), cy - r * math.cos(mid)
        side = "right" if math.sin(mid) >= 0 else "left"
        sides[side].append([item, angle, sweep, ax, ay, cy - (r + LEADER) * math.cos(mid)])
        angle += sweep
    spacing = s.label * 1.5
    for entries in sides.values():
        entries.sort(key=lambda e: e[5])
        for i in range(1, len(entries)):  # push apart downwards, then pull back into the box
            entries[i][5] = max(entries[i][5], entries[i - 1][5] + spacing)
        overflow = entries[-1][5] - (cy + r + spacing / 2) if entries else 0
        if overflow > 0:
            for i in range(len(entries) - 1, -1, -1):
                limit = entries[i + 1][5] - spacing if i + 1 < len(entries) else cy + r + spacing / 2
                entries[i][5] = min(entries[i][5], limit)
    return sides


def _draw_listed(canvas, chart, box) -> None:
    x, top, width, height_ = box
    s, p = chart.size, chart.palette
    step = s.label * 1.5
    if _below(chart, width):
        r, entries = _below_layout(chart, width)
        cx, cy = x + width / 2, top + r
        widest = max(chart.measure(line + " ", s.label) + (chart.measure(i.value_labels[0], s.value, "title")
                                                          if n == len(lines) - 1 else 0)
                     for i, lines in zip(parts(chart), entries) for n, line in enumerate(lines))
        text_x = x + max(s.label * 1.5, (width - widest + s.label * 1.5) / 2)  # the list centred under the ring
        y = top + 2 * r + s.gap + step / 2
    else:
        r, entries = _list_layout(chart, width)
        cx, cy = x + r, top + height_ / 2
        y = cy - sum(_entry_height(chart, lines) for lines in entries) / 2 + step / 2
        text_x = x + 2 * r + s.label * 1.5
    total = sum(i.values[0] for i in parts(chart)) or 1
    angle = 0.0
    for item, lines in zip(parts(chart), entries):
        sweep = item.values[0] / total * 360
        canvas.wedge(cx, cy, r, angle, angle + sweep, r * RING, item.colors[0], gid="plot")
        angle += sweep
        key = s.label * 0.7
        swatch = canvas.rect(text_x - key - 4, y - key / 2, key, key, item.colors[0], gid="key", what="key")
        for n, line in enumerate(lines):
            if line:
                canvas.text(text_x, y + n * s.label * s.line_height, line, s.label, p.ink, va="middle",
                            gid="labels", mark=swatch)
        last_y = y + (len(lines) - 1) * s.label * s.line_height
        color = p.highlight if item.highlighted else p.ink
        if item.value_labels[0]:  # the 未报道 part has no figure to print
            canvas.text(text_x + (chart.measure(lines[-1] + " ", s.label) if lines[-1] else 0), last_y,
                        item.value_labels[0], s.value, color, role="title", va="middle", gid="values", mark=swatch)
        y += _entry_height(chart, lines)
    if _below(chart, width):
        _centre(canvas, chart, cx, cy)


def _centre(canvas, chart, cx, cy) -> None:
    """A highlighted share, repeated large in the ring's centre."""
    s, p = chart.size, chart.palette
    highlighted = [i for i in chart.items if i.highlighted]
    if len(highlighted) == 1:
        item = highlighted[0]
        canvas.text(cx, cy - s.label * 0.2, item.value_labels[0], s.big_number * 0.6, p.highlight,
                    role="title", ha="center", va="baseline", gid="values")
        canvas.text(cx, cy + s.label * 0.5, item.label, s.label, p.ink, ha="center", va="top",
                    gid="labels")


def draw(canvas, chart, box) -> None:
    if _below(chart, box[2]) or _listed(chart, box[2]):
        _draw_listed(canvas, chart, box)
        return
    x, top, width, height_ = box
    s, p = chart.size, chart.palette
    r = _radius(chart, width)
    cx, cy = x + width / 2, top + height_ / 2
    sides = _place(chart, cx, cy, r)
    for side, entries in sides.items():
        sign = 1 if side == "right" else -1
        for item, start, sweep, ax, ay, ly in entries:
            segment = canvas.wedge(cx, cy, r, start, start + sweep, r * RING, item.colors[0], gid="plot")
            elbow_x = cx + sign * (r + LEADER)
            canvas.leader(segment, [ax + sign * 2, elbow_x, elbow_x + sign * 8], [ay, ly, ly], p.muted, 0.6)
            text_x = elbow_x + sign * 12
            ha = "left" if sign > 0 else "right"
            value_color = p.highlight if item.highlighted else p.ink
            label, value = item.label, item.value_labels[0]
            if not value:  # the 未报道 part: its name only, the article gives no figure
                canvas.text(text_x, ly, label, s.label, p.muted, ha=ha, va="middle", gid="labels", mark=segment)
            elif sign > 0:
                canvas.text(text_x, ly, label, s.label, p.ink, ha="left", va="middle", gid="labels",
                            mark=segment)
                canvas.text(text_x + chart.measure(label + " ", s.label), ly, value, s.value,
                            value_color, role="title", ha="left", va="middle", gid="values", mark=segment)
            else:
                canvas.text(text_x, ly, value, s.value, value_color, role="title", ha="right",
                            va="middle", gid="values", mark=segment)
                canvas.text(text_x - chart.measure(value + " ", s.value, "title"), ly, label, s.label,
                            p.ink, ha=ha, va="middle", gid="labels", mark=segment)
    _centre(canvas, chart, cx, cy)


register(
    "donut", chinese="环形图", height=height, draw=draw,
    rows=(1, 8),  # labels are stacked beside the ring on each side: more run off its height
    questions=("single",), part_to_whole=True, colors="parts", extremes=("占比最大", "占比最小"),
    narrow="too narrow for labels on both sides: the ring moves left and the labels are listed beside it; "
           "on a phone and in one print column the labels are listed below the ring",
    starter=Starter('question: single         # 环形图只用于单选题：占比合计约100\nunit: "%"\ndecimals: 1',
                    ("年龄段", "占比"), (("00后", 21.6), ("90后", 43.6), ("80后", 26.9), ("70后", 7.1), ("其他", 0.9)),
                    survey=True),
)
