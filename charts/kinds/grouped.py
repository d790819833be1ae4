"""Two or more series per category (e.g. 2021 against this year), with a key for the series.

When the categories have different units (期, 家, 个, 人) one axis would mislead, so each
category gets its own small panel with its own scale, titled with its unit.
"""

from __future__ import annotations

from charts.kinds import Starter, register
from charts.kinds import bar as bars
from charts.kinds._scale import domain

PANEL_RATIO = 0.34
MIN_PANEL = 8  # label sizes: panels narrower than this go onto more rows (a phone: two by two)


def _grid(chart, width) -> tuple[int, float, float]:
    """Panels per row, each panel's width and its plot's height."""
    n = len(chart.items)
    rows = next((r for r in range(1, n + 1) if width / -(-n // r) >= MIN_PANEL * chart.size.label), n)
    per_row = -(-n // rows)
    return per_row, width / per_row, width * PANEL_RATIO * (1 if rows == 1 else 0.8)


def _mixed(chart) -> bool:
    return len({i.unit for i in chart.items}) > 1


def _panel_columns(chart, width, item, left, base):
    """One panel's columns as (centre, top, value label box) at this width."""
    s = chart.size
    _, slot, area = _grid(chart, width)
    n = len(chart.series_names)
    column = min(slot * 0.7 / n, 40 * s.label / 14)
    low, high = domain(item.values)
    scale = (area - s.value * 1.8) / (high - low)
    out = []
    for j, (value, text) in enumerate(zip(item.values, item.value_labels)):
        cx = left + (slot - column * n) / 2 + column * (j + 0.5)
        h = value * scale
        w = chart.measure(text, s.value * 0.9, "title")
        label_base = base - h - 4
        out.append((cx, column, h, (cx - w / 2, label_base - 0.88 * s.value * 0.9, cx + w / 2,
                                     label_base + 0.12 * s.value * 0.9)))
    return out


def _panels_fit(chart, width) -> bool:
    """Panels side by side hold every figure over its own column, clear of the others, and
    every title in three lines; else (many categories, long figures, negative figures) each
    category gets a row of bars on its own scale."""
    s = chart.size
    if any(v < 0 for i in chart.items for v in i.values):
        return False
    slot, titles = _panel_titles(chart, width)
    if any(len(t) > 3 or max(chart.measure(line, s.label) for line in t) > slot - 4 for t in titles):
        return False
    per_row = _grid(chart, width)[0]
    for k, item in enumerate(chart.items):
        left = slot * (k % per_row)
        columns = _panel_columns(chart, width, item, left, 0.0)
        for j, (cx, column, h, box) in enumerate(columns):
            if box[0] < left or box[2] > left + slot:
                return False
            for i, (ox, ocol, oh, other) in enumerate(columns):
                bar = (ox - ocol / 2 + 1, -oh, ox + ocol / 2 - 1, 0.0)  # as drawn: 1 pt apart
                if i != j and (_meet(box, other) or _meet(box, bar)):
                    return False
    return True


def _meet(a, b) -> bool:
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])


def _key_places(chart, width) -> list[tuple[float, int]]:
    """Each series name's left edge and line in the key: names flow onto further lines
    rather than past the edge (six series with long names do not fit one line)."""
    s = chart.size
    places, x, line = [], 0.0, 0
    for name in chart.series_names:
        entry = s.label + chart.measure(name, s.label)
        if x and x + entry > width:
            x, line = 0.0, line + 1
        places.append((x, line))
        x += entry + s.label * 1.2
    return places


def _key_height(chart, width) -> float:
    lines = _key_places(chart, width)[-1][1] + 1
    return lines * chart.size.label * chart.size.line_height + 8


def _row_labels(chart, width):
    """The category labels of the rows layout, wrapped to their share of the width; with
    the unit where each category has its own scale."""
    s = chart.size
    names = [f"{i.label}（{i.unit}）" if _mixed(chart) and i.unit else i.label for i in chart.items]
    label_width = min(max(chart.measure(n, s.label) for n in names), width * bars.LABEL_SHARE)
    labels = [chart.wrap(n, label_width, s.label) for n in names]
    # A word too long to break (a Latin name) is wider than the share: the labels get its width.
    return max([label_width] + [chart.measure(line, s.label) for lines in labels for line in lines]), labels


def _row_height(chart, lines) -> float:
    s = chart.size
    return max(len(chart.series_names) * s.bar_thickness, len(lines) * s.label * s.line_height)


def _panel_titles(chart, width):
    slot = _grid(chart, width)[1]
    return slot, [chart.wrap(f"{i.label}（{i.unit}）" if i.unit else i.label, slot - 8, chart.size.label)
                  for i in chart.items]


def height(chart, width: float) -> float:
    s = chart.size
    if _mixed(chart) and _panels_fit(chart, width):
        per_row, _, area = _grid(chart, width)
        _, titles = _panel_titles(chart, width)
        rows = [titles[i:i + per_row] for i in range(0, len(titles), per_row)]
        return _key_height(chart, width) + sum(_panel_row(chart, area, row) for row in rows) + s.gap * (len(rows) - 1)
    _, labels = _row_labels(chart, width)
    return _key_height(chart, width) + sum(_row_height(chart, lines) + s.bar_gap for lines in labels)


def _panel_row(chart, area, titles) -> float:
    """The height of a row of panels: the plot and its tallest title."""
    s = chart.size
    return area + 6 + max(len(t) for t in titles) * s.label * s.line_height


def _key(canvas, chart, x, top, width) -> None:
    s = chart.size
    step = s.label * s.line_height
    for name, color, (left, line) in zip(chart.series_names, chart.series_colors, _key_places(chart, width)):
        y = top + line * step
        swatch = canvas.rect(x + left, y + (step - s.label * 0.7) / 2, s.label * 0.7, s.label * 0.7, color,
                             gid="key", what="key")
        canvas.text(x + left + s.label, y, name, s.label, chart.palette.ink, va="top",
                    gid="key", mark=swatch)


def draw(canvas, chart, box) -> None:
    x, top, width, _ = box
    _key(canvas, chart, x, top, width)
    body = (x, top + _key_height(chart, width), width, 0)
    (_panels if _mixed(chart) and _panels_fit(chart, width) else _rows)(canvas, chart, body)


def _panels(canvas, chart, box) -> None:
    x, top, width, _ = box
    s, p = chart.size, chart.palette
    slot, titles = _panel_titles(chart, width)
    per_row, _, area = _grid(chart, width)
    row_top = top
    for k, (item, title) in enumerate(zip(chart.items, titles)):
        if k and k % per_row == 0:  # the next row of panels
            row_top += _panel_row(chart, area, titles[k - per_row:k]) + s.gap
        base = row_top + area
        left = x + slot * (k % per_row)
        columns = _panel_columns(chart, width, item, left, base)
        for j, ((cx, column, h, _), text) in enumerate(zip(columns, item.value_labels)):
            bar = canvas.rect(cx - column / 2 + 1, base - h, column - 2, h, chart.series_colors[j], gid="plot")
            canvas.text(cx, base - h - 4, text, s.value * 0.9, p.ink, role="title", ha="center",
                        gid="values", mark=bar)
        canvas.line([left + 6, left + slot - 6], [base, base], p.baseline, 0.8, gid="plot")
        canvas.lines(left + slot / 2, base + 6, title, s.label, p.ink, line_height=s.line_height,
                     ha="center", gid="labels")


def _rows(canvas, chart, box) -> None:
    x, top, width, _ = box
    s, p = chart.size, chart.palette
    label_width, labels = _row_labels(chart, width)
    value_width = max(chart.measure(v, s.value, "title") for i in chart.items for v in i.value_labels)
    bar_x = x + label_width + bars.PAD
    room = width - label_width - value_width - 2 * bars.PAD
    low, high = domain(v for i in chart.items for v in i.values)
    scale = room / (high - low)
    zero = bar_x - low * scale  # bars grow from zero, to the left for negative figures
    y = top
    for item, lines in zip(chart.items, labels):
        if _mixed(chart):  # each category on its own scale: its own zero line
            low, high = domain(item.values)
            scale, zero = room / (high - low), bar_x - low * room / (high - low)
            canvas.line([zero, zero], [y - 2, y + _row_height(chart, lines) + 2], p.baseline, 0.8, gid="plot")
        group = len(item.values) * s.bar_thickness
        row = _row_height(chart, lines)
        canvas.lines(x + label_width, y + row / 2 - len(lines) * s.label * s.line_height / 2, lines,
                     s.label, p.ink, line_height=s.line_height, ha="right", gid="labels")
        for j, (value, text) in enumerate(zip(item.values, item.value_labels)):
            yy = y + (row - group) / 2 + j * s.bar_thickness
            start, length = (zero, value * scale) if value >= 0 else (zero + value * scale, -value * scale)
            bar = canvas.rect(start, yy + 1, length, s.bar_thickness - 2, chart.series_colors[j], gid="plot")
            canvas.text(start + length + 4, yy + s.bar_thickness / 2, text, s.value * 0.9, p.ink,
                        role="title", va="middle", gid="values", mark=bar)
        y += row + s.bar_gap
    if not _mixed(chart):
        canvas.line([zero, zero], [top - 2, y - s.bar_gap + 2], p.baseline, 0.8, gid="plot")


register(
    "grouped", chinese="分组柱形图", height=height, draw=draw,
    rows=(1, 12),  # one panel per category across the width where units differ
    series="several", units_per_category=True, colors="series", alt="by-category",
    starter=Starter("question: none\nunit:                    # 各类别单位不同：每个类别一个小图\n  参加企业: 家\n  提供岗位: 个",
                    ("指标", "2021年全年", "今年已发布"), (("参加企业", 814, 131), ("提供岗位", 6435, 529))),
)
