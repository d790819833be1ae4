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

from charts import messages as msg
from charts.draw.canvas import Canvas
from charts.errors import ChartsError, Problem
from charts.kinds import get as kind_of
from charts.plan.chart import Chart


class TooTall(ChartsError):
    """The chart would be taller than its size allows (Size.max_height). `field` is the spec
    field of the tallest part, for the pipeline to locate in the spec file."""

    def __init__(self, name: str, field: tuple, message: str):
        self.field, self.message = field, message
        super().__init__(Problem(name, message, field=".".join(field)))


# The part of the page that grows, the spec field that grows it, and how an editor names it.
_PARTS = {"title": (("title",), "the title"), "subtitle": (("subtitle",), "the subtitle"),
          "plot": (("data", "rows"), "the plot (the table's rows and their labels)"),
          "footer": (("notes",), "the footer (notes, also_cited and the source)")}


def _refuse_tall(chart: Chart, height: float, parts: dict[str, float]) -> None:
    size = chart.size
    if height <= size.max_height:
        return
    tallest = max(parts, key=parts.get)
    field, named = _PARTS[tallest]
    web = size.name == "web"
    shown = (lambda pt: f"{pt:,.0f} px") if web else (lambda pt: f"{pt / 72 * 25.4:,.0f} mm")
    raise TooTall(chart.name, field, msg.CHART_TOO_TALL.format(size=size.name, height=shown(height), limit=shown(size.max_height),
                                                   part=named, part_height=shown(parts[tallest])))


def compose(chart: Chart) -> Canvas:
    size, p = chart.size, chart.palette
    inner = size.width - 2 * size.margin
    lh = size.line_height
    title = chart.wrap(chart.title, inner, size.title, role="title")
    subtitle = chart.wrap(chart.subtitle, inner, size.subtitle) if chart.subtitle else []
    footer = [line for para in chart.footer for line in chart.wrap(para, inner, size.footer)]
    kind = kind_of(chart.kind)
    plot_height = kind.height(chart, inner)

    header = len(title) * size.title * lh
    if subtitle:
        header += size.gap * 0.3 + len(subtitle) * size.subtitle * lh
    unit_height = size.footer * lh if chart.unit_line else 0
    footer_height = len(footer) * size.footer * lh
    height = (size.margin + header + size.gap + unit_height + plot_height + size.gap
              + footer_height + size.margin)
    # A phone chart is at least square: a plot that can grow takes the room; around one that
    # cannot (a short bar list, big figures) it is shared above and below the plot.
    pad = max(0.0, size.width * size.min_aspect - height)
    height += pad
    if pad and kind.grows and kind.grows(chart, inner):
        plot_height, pad = plot_height + pad, 0.0
    # Before a canvas is made: a runaway height would cost minutes and gigabytes of pixels.
    _refuse_tall(chart, height, {"title": len(title) * size.title * lh,
                                 "subtitle": len(subtitle) * size.subtitle * lh,
                                 "plot": plot_height, "footer": footer_height})
    canvas = Canvas(size, round(height), chart.fonts, chart.measure, chart.advances_by_role, chart.edition)

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
    kind.draw(canvas, chart, (size.margin, y + pad / 2, inner, plot_height))
    y += plot_height + pad + size.gap
    canvas.lines(size.margin, y, footer, size.footer, p.muted, line_height=lh, gid="footer")
    return canvas
