"""Two or more series per category (e.g. 2021 against this year), with a key for the series.

When the categories have different units (期, 家, 个, 人) one axis would mislead, so each
category gets its own small panel with its own scale, titled with its unit.
"""

from __future__ import annotations

from charts.kinds import Starter, register
from charts.kinds import bar as bars
from charts.kinds._scale import domain

PANEL_RATIO = 0.34


def _mixed(chart) -> bool:
    return len({i.unit for i in chart.items}) > 1


def _key_height(chart) -> float:
    return chart.size.label * chart.size.line_height + 8


def _panel_titles(chart, width):
    slot = width / len(chart.items)
    return slot, [chart.wrap(f"{i.label}（{i.unit}）" if i.unit else i.label, slot - 8, chart.size.label)
                  for i in chart.items]


def height(chart, width: float) -> float:
    s = chart.size
    if _mixed(chart):
        _, titles = _panel_titles(chart, width)
        lines = max(len(t) for t in titles)
        return _key_height(chart) + width * PANEL_RATIO + 6 + lines * s.label * s.line_height
    rows = len(chart.items)
    per_row = len(chart.series_names) * s.bar_thickness + s.bar_gap
    return _key_height(chart) + rows * per_row


def _key(canvas, chart, x, top) -> None:
    s = chart.size
    for name, color in zip(chart.series_names, chart.series_colors):
        canvas.rect(x, top + (s.label * s.line_height - s.label * 0.7) / 2, s.label * 0.7,
                    s.label * 0.7, color, gid="key")
        canvas.text(x + s.label, top, name, s.label, chart.palette.ink, va="top", gid="key")
        x += s.label + chart.measure(name, s.label) + s.label * 1.2


def draw(canvas, chart, box) -> None:
    x, top, width, _ = box
    _key(canvas, chart, x, top)
    body = (x, top + _key_height(chart), width, 0)
    (_panels if _mixed(chart) else _rows)(canvas, chart, body)


def _panels(canvas, chart, box) -> None:
    x, top, width, _ = box
    s, p = chart.size, chart.palette
    slot, titles = _panel_titles(chart, width)
    area = width * PANEL_RATIO
    n = len(chart.series_names)
    column = min(slot * 0.7 / n, 40 * s.label / 14)
    base = top + area
    for k, (item, title) in enumerate(zip(chart.items, titles)):
        left = x + slot * k
        scale = (area - s.value * 1.8) / domain(item.values)[1]  # all zero: flat bars, no division by 0
        group = column * n
        for j, (value, text) in enumerate(zip(item.values, item.value_labels)):
            cx = left + (slot - group) / 2 + column * (j + 0.5)
            h = value * scale
            canvas.rect(cx - column / 2 + 1, base - h, column - 2, h, chart.series_colors[j], gid="plot")
            canvas.text(cx, base - h - 4, text, s.value * 0.9, p.ink, role="title", ha="center",
                        gid="values")
        canvas.line([left + 6, left + slot - 6], [base, base], p.baseline, 0.8, gid="plot")
        canvas.lines(left + slot / 2, base + 6, title, s.label, p.ink, line_height=s.line_height,
                     ha="center", gid="labels")


def _rows(canvas, chart, box) -> None:
    x, top, width, _ = box
    s, p = chart.size, chart.palette
    label_width = min(max(chart.measure(i.label, s.label) for i in chart.items), width * bars.LABEL_SHARE)
    value_width = max(chart.measure(v, s.value, "title") for i in chart.items for v in i.value_labels)
    bar_x = x + label_width + bars.PAD
    low, high = domain(v for i in chart.items for v in i.values)
    scale = (width - label_width - value_width - 2 * bars.PAD) / (high - low)
    y = top
    for item in chart.items:
        group = len(item.values) * s.bar_thickness
        canvas.lines(x + label_width, y + group / 2 - s.label * s.line_height / 2, [item.label],
                     s.label, p.ink, line_height=s.line_height, ha="right", gid="labels")
        for j, (value, text) in enumerate(zip(item.values, item.value_labels)):
            yy = y + j * s.bar_thickness
            canvas.rect(bar_x, yy + 1, value * scale, s.bar_thickness - 2, chart.series_colors[j], gid="plot")
            canvas.text(bar_x + value * scale + 4, yy + s.bar_thickness / 2, text, s.value * 0.9, p.ink,
                        role="title", va="middle", gid="values")
        y += group + s.bar_gap
    canvas.line([bar_x, bar_x], [top - 2, y - s.bar_gap + 2], p.baseline, 0.8, gid="plot")


register(
    "grouped", chinese="分组柱形图", height=height, draw=draw,
    series="several", units_per_category=True, colors="series", alt="by-category",
    starter=Starter("question: none\nunit:                    # 各类别单位不同：每个类别一个小图\n  参加企业: 家\n  提供岗位: 个",
                    ("指标", "2021年全年", "今年已发布"), (("参加企业", 814, 131), ("提供岗位", 6435, 529))),
)
