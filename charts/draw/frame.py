"""Title, subtitle, unit line and footer around the plot: the page layout of one chart.

    margin
    title (bold, wrapped)         ─┐
    subtitle (grey, wrapped)       │ header
    单位：…                        ─┘
    plot (the kind draws here)
    注：… / 样本量：… / 来源：…     footer
    margin
"""

from __future__ import annotations

from charts.draw.canvas import Canvas
from charts.kinds import kind_module
from charts.plan.chart import Chart


def compose(chart: Chart) -> Canvas:
    size, p = chart.size, chart.palette
    inner = size.width - 2 * size.margin
    lh = size.line_height
    title = chart.wrap(chart.title, inner, size.title, role="title")
    subtitle = chart.wrap(chart.subtitle, inner, size.subtitle) if chart.subtitle else []
    footer = [line for para in chart.footer for line in chart.wrap(para, inner, size.footer)]
    kind = kind_module(chart.kind)
    plot_height = kind.height(chart, inner)

    header = len(title) * size.title * lh
    if subtitle:
        header += size.gap * 0.3 + len(subtitle) * size.subtitle * lh
    unit_height = size.footer * lh if chart.unit_line else 0
    footer_height = len(footer) * size.footer * lh
    height = (size.margin + header + size.gap + unit_height + plot_height + size.gap
              + footer_height + size.margin)
    canvas = Canvas(size, round(height), chart.fonts, chart.measure, chart.advances_by_role)

    y = size.margin
    y += canvas.lines(size.margin, y, title, size.title, p.ink, line_height=lh, role="title", gid="title")
    if subtitle:
        y += size.gap * 0.3
        y += canvas.lines(size.margin, y, subtitle, size.subtitle, p.secondary, line_height=lh,
                          gid="subtitle")
    y += size.gap
    if chart.unit_line:
        y += canvas.lines(size.margin, y, [chart.unit_line], size.footer, p.muted, line_height=lh,
                          gid="unit")
    kind.draw(canvas, chart, (size.margin, y, inner, plot_height))
    y += plot_height + size.gap
    canvas.lines(size.margin, y, footer, size.footer, p.muted, line_height=lh, gid="footer")
    return canvas
