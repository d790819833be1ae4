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
    # The share of a partial table the article does not report: a neutral light grey, lighter
    # than any part, so it reads as "not shown" and never as one more answer.
    unreported: str = "#DADADA"


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
    # Tallest chart drawn at this size; a taller one is refused, naming what makes it tall. On
    # the web about eight phone screens; in print the height of the page's type area.
    max_height: float = 5000.0
    # Height over width the frame fills a plot that can grow (a line's, columns') to: a phone
    # screen is taller than it is wide, so its charts are at least square.
    min_aspect: float = 0.0
    # CSS px the image is shown at where it is meant to be seen (None: print, shown at true
    # size): what the text-size check measures displayed text at.
    display_width: float | None = None


def mm(value: float) -> float:
    return value / 25.4 * 72


# Web: 640 CSS px wide, exported at 1x and 2x.
WEB = Size("web", width=640, raster_dpi=(72, 144), margin=20, title=22, subtitle=14, label=14,
           value=14, footer=12, big_number=40, gap=14, bar_thickness=20, bar_gap=12, display_width=640)

# Phone: laid out at 360 CSS px and exported at 3x (1080 px, which WeChat keeps without
# recompressing); shown about 343 px wide on a 375 px screen. Text as phone desks set it
# (13-14 px), plots taller than wide.
MOBILE = Size("mobile", width=360, raster_dpi=(216,), margin=14, title=19, subtitle=14, label=14,
              value=14, footer=12, big_number=34, gap=12, bar_thickness=20, bar_gap=12, min_aspect=1.0,
              display_width=343)

# Print: a six-column broadsheet grid (对开, type area about 344 mm: 55 mm columns, 4 mm
# gutters). A chart spans one column or two (55 + 4 + 55 mm); PDFs at true size, rasters at
# 300 dpi. Text sizes follow newspaper chart practice: 6-8 pt body, 9-11 pt heads.
GRID_COLUMN_MM, GRID_GUTTER_MM = 55, 4
PAGE_MM = 480  # type area height of the broadsheet page: no chart in print is taller
PRINT_2COL = Size("print-2col", width=mm(2 * GRID_COLUMN_MM + GRID_GUTTER_MM), raster_dpi=(300,),
                  margin=mm(2), title=11, subtitle=8, label=8, value=8, footer=6.5, big_number=22,
                  gap=mm(2), bar_thickness=9, bar_gap=5, stroke=1.3, marker=4.0, max_height=mm(PAGE_MM))
PRINT_1COL = Size("print-1col", width=mm(GRID_COLUMN_MM), raster_dpi=(300,), margin=mm(1.5),
                  title=9, subtitle=6.5, label=6.5, value=6.5, footer=5.5, big_number=16,
                  gap=mm(1.5), bar_thickness=7, bar_gap=4, stroke=1.0, marker=3.5, max_height=mm(PAGE_MM))
PRINT_SIZES = (PRINT_2COL, PRINT_1COL)
SIZES = {s.name: s for s in (WEB, MOBILE, *PRINT_SIZES)}
# The smallest text an image may show at its display width, in CSS px (Apple's floor is 11 pt).
MIN_DISPLAYED_TEXT = 11.0

PALETTE = Palette()
