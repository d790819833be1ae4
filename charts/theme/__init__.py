"""The house theme as data: palette, named sizes and typography. house.mplstyle holds the rest.

Layout code reads these values; nothing here draws.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

STYLE_FILE = Path(__file__).with_name("house.mplstyle")

# The family the house sets every chart in. The bundled Noto Sans SC is found first; a
# font given in a spec or with --font takes precedence.
HOUSE_FONT = "Noto Sans SC"
# Used when the house font is unavailable, in this order (system fonts).
FALLBACK_FONTS = ("Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei",
                  "WenQuanYi Zen Hei")


@dataclass(frozen=True)
class Palette:
    ink: str = "#1A1A1A"          # titles and category labels
    secondary: str = "#666666"    # subtitle
    muted: str = "#8A8A8A"        # footer, axis ticks
    baseline: str = "#9A9A9A"
    bar: str = "#5B7FA6"          # the ordinary bar
    highlight: str = "#C8372D"    # the one accent: newspaper red
    faded: str = "#B9C7D6"        # bars beside a highlighted one
    # Several series (grouped): Okabe-Ito blue and orange first, safe for colour-blind readers.
    series: tuple[str, ...] = ("#1F5A96", "#E69F00", "#56B4E9", "#009E73", "#CC79A7", "#555555")
    # Parts of a whole (donut, stacked), ordered categories: one hue, by lightness, so the
    # order survives any colour vision and greyscale print.
    parts: tuple[str, ...] = ("#0E3D6B", "#2E6BA3", "#5B93C7", "#93BBDF", "#C6DBEE", "#E3EDF7")
    # Parts beside a highlighted one.
    parts_faded: tuple[str, ...] = ("#6B6B6B", "#8E8E8E", "#AFAFAF", "#CBCBCB", "#E0E0E0", "#EEEEEE")


@dataclass(frozen=True)
class Size:
    """A named output size. Lengths are in points (1/72 in); at 72 dpi 1 pt is 1 px."""

    name: str
    width: float
    raster_dpi: tuple[int, ...]  # one PNG per entry
    margin: float
    title: float
    subtitle: float
    label: float
    value: float
    footer: float
    big_number: float
    gap: float  # between the blocks: title, subtitle, plot, footer
    line_height: float = 1.35  # of the font size, for wrapped lines
    bar_thickness: float = 18.0
    bar_gap: float = 10.0
    stroke: float = 2.2  # data lines
    marker: float = 7.0  # data points


def mm(value: float) -> float:
    return value / 25.4 * 72


# Web: 640 CSS px wide, exported at 1x and 2x.
WEB = Size("web", width=640, raster_dpi=(72, 144), margin=20, title=22, subtitle=14, label=14,
           value=14, footer=12, big_number=40, gap=14, bar_thickness=20, bar_gap=12)
# Print: two columns of a broadsheet's eight-column grid (about 40 mm a column plus gutter).
PRINT = Size("print", width=mm(86), raster_dpi=(300,), margin=mm(2), title=10.5, subtitle=7.5,
             label=7.5, value=7.5, footer=6, big_number=20, gap=mm(2), bar_thickness=8.5,
             bar_gap=5, stroke=1.3, marker=4.0)
SIZES = {s.name: s for s in (WEB, PRINT)}

PALETTE = Palette()
