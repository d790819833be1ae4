"""Two to four big numbers side by side, each with its unit and what it counts."""

from __future__ import annotations

PAD = 0.8  # of the label size: space each side of the hairline between figures


def _layout(chart, width):
    """Cell width, the number size that fits every cell, and the wrapped labels."""
    s = chart.size
    slot = width / len(chart.items)
    room = slot - 2 * PAD * s.label
    widest = max(_number_width(chart, item, 1.0) for item in chart.items)
    number = min(s.big_number, room / widest)
    labels = [chart.wrap(i.label, room, s.label) for i in chart.items]
    return slot, number, labels


def _number_width(chart, item, size: float) -> float:
    width = chart.measure(item.value_labels[0], size, "title")
    if item.unit not in {"%", "％"}:
        width += size * 0.05 + chart.measure(item.unit, size * 0.45, "title")
    return width


def _block(chart, number, labels) -> float:
    s = chart.size
    return number * 1.2 + 6 + max(len(lines) for lines in labels) * s.label * s.line_height


def height(chart, width: float) -> float:
    _, number, labels = _layout(chart, width)
    return _block(chart, number, labels)


def draw(canvas, chart, box) -> None:
    x, top, width, _ = box
    s, p = chart.size, chart.palette
    slot, number, labels = _layout(chart, width)
    baseline = top + number * 0.95
    block = _block(chart, number, labels)
    for n, (item, lines) in enumerate(zip(chart.items, labels)):
        left = x + slot * n + (PAD * s.label if n else 0)
        if n:  # a hairline between the figures
            canvas.line([x + slot * n] * 2, [top, top + block], "#D8D8D8", 0.6, gid="plot")
        text = item.value_labels[0]
        canvas.text(left, baseline, text, number, p.highlight, role="title", gid="values")
        if item.unit not in {"%", "％"}:
            canvas.text(left + chart.measure(text, number, "title") + number * 0.05, baseline,
                        item.unit, number * 0.45, p.highlight, role="title", gid="values")
        canvas.lines(left, top + number * 1.2 + 6, lines, s.label, p.ink, line_height=s.line_height,
                     gid="labels")
