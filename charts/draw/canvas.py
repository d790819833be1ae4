"""A figure measured in points from its top-left corner, as a page layout is.

Kinds and the frame place text by baseline and boxes by their top edge; this module turns
that into matplotlib artists on a plain Figure (no pyplot, no global state). Every artist
gets a gid so SVG layers keep names a designer can find.

Beside the artists the canvas keeps its own record of what it placed: each text's box from
the measured advances (`placed`), each mark and leader line (`marks`, `leaders`), every line's
points (`strokes`). The layout checker (charts/draw/layout.py) reads only these records, so
checking a chart costs no trip through matplotlib's renderer.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from matplotlib.figure import Figure
from matplotlib.font_manager import FontPath, FontProperties
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle, Wedge
from matplotlib.transforms import Affine2D

from charts.plan.text import runs
from charts.theme.editions import SIMPLIFIED

# Where the em box sits on the baseline in CJK fonts (Noto/Source Han: 0.88 above, 0.12 below).
ASCENT = 0.88


@dataclass(frozen=True, eq=False)
class Mark:
    """A drawn mark a value label belongs to: a bar, segment, column, key swatch or point
    (a box), or a ring segment (a wedge: centre, outer radius, thickness, angles clockwise
    from 12 o'clock in degrees). Compared by identity: two equal bars are two marks."""

    x0: float
    y0: float
    x1: float
    y1: float
    what: str = "bar"
    wedge: tuple[float, ...] | None = None

    def distance(self, x: float, y: float) -> float:
        """How far a point lies from the mark (0 on or inside it), in points."""
        if self.wedge:
            cx, cy, r, width, start, end = self.wedge
            radius = math.hypot(x - cx, y - cy)
            angle = math.degrees(math.atan2(x - cx, cy - y)) % 360
            inside = start <= angle <= end or start <= angle + 360 <= end
            if inside:
                return max(0.0, radius - r, (r - width) - radius)
            return min(math.hypot(x - cx - rr * math.sin(math.radians(a)), y - cy + rr * math.cos(math.radians(a)))
                       for a in (start, end) for rr in (r - width, r))
        return math.hypot(max(self.x0 - x, 0, x - self.x1), max(self.y0 - y, 0, y - self.y1))


@dataclass(frozen=True)
class Placed:
    """One text as placed: its box in points from the top left (the em box: ASCENT of the
    size above the baseline, the rest below; the width as measured), its layer and the mark
    it labels, if it labels one."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    size: float
    layer: str
    mark: Mark | None = None


class Canvas:
    def __init__(self, size, height: float, fonts: dict, measure, advances: dict, edition=SIMPLIFIED):
        self.size = size
        self.edition = edition  # its language shapes every text: the glyph forms of its standard
        self.width, self.height = size.width, height
        self.fonts = fonts
        self._measure = measure  # (text, size, role) -> width in points, as drawn
        self.advances = advances  # role -> {code point: advance in em}
        # Every label as placed: (left x, baseline y, text, size, colour, role, layer).
        # The editable SVG is written from this list.
        self.texts: list[tuple] = []
        self.placed: list[Placed] = []  # the same texts as boxes, for the layout checker
        self.marks: list[Mark] = []
        self.leaders: list[tuple[Mark, list[tuple[float, float]]]] = []  # mark, points from it
        self.strokes: list[list[tuple[float, float]]] = []  # every line's points, leaders too
        self.figure = Figure(figsize=(self.width / 72, height / 72), dpi=72)
        # y grows downwards from the top edge, in points.
        self.transform = Affine2D().scale(1, -1).translate(0, height).scale(1 / 72) + \
            self.figure.dpi_scale_trans
        self._fonts = {role: FontProperties(fname=str(f.path) if f.face == 0 else FontPath(str(f.path), f.face))
                       for role, f in fonts.items()}

    def text(self, x: float, y: float, s: str, size: float, color: str, *, role: str = "body",
             ha: str = "left", va: str = "baseline", gid: str | None = None,
             mark: Mark | None = None) -> None:
        """Text whose baseline, top edge or middle (va) is at y; `mark` is the mark it labels
        (a value label, or a category label set beside its own segment).

        Alignment uses our own measure, which knows the squeezed punctuation that
        matplotlib's own measure does not, so right and centred text lines up as drawn.
        """
        if va == "top":
            y += ASCENT * size
        elif va == "middle":
            y += (ASCENT - 0.5) * size
        width = self._measure(s, size, role)
        if ha != "left":
            x -= width * (1 if ha == "right" else 0.5)
        self.texts.append((x, y, s, size, color, role, gid))
        self.placed.append(Placed(s, x, y - ASCENT * size, x + width, y + (1 - ASCENT) * size, size,
                                  gid or "", mark))
        font = self._fonts[role].copy()
        font.set_size(size)
        for offset, run in runs(s, size, self.advances[role]):
            artist = self.figure.text(x + offset, y, run, fontproperties=font, color=color,
                                      ha="left", va="baseline", transform=self.transform, gid=gid,
                                      language=self.edition.language)
            artist.charts_role = role  # which face: lets export swap in per-chart subsets
            artist.charts_label = len(self.texts) - 1  # runs of one label share it

    def use_fonts(self, paths: dict[str, str]) -> None:
        """Draw every text in other files of the same faces (the per-chart subsets)."""
        for artist in self.figure.texts:
            font = FontProperties(fname=paths[artist.charts_role], size=artist.get_fontsize())
            artist.set_fontproperties(font)

    def lines(self, x: float, y: float, lines: list[str], size: float, color: str, *,
              line_height: float, role: str = "body", ha: str = "left", gid: str | None = None) -> float:
        """Stacked lines from a top edge at y; returns the height they take."""
        step = size * line_height
        for i, line in enumerate(lines):
            self.text(x, y + i * step + (step - size) / 2, line, size, color, role=role, ha=ha,
                      va="top", gid=gid)
        return step * len(lines)

    def rect(self, x: float, y: float, w: float, h: float, color: str, gid: str | None = None,
             what: str = "bar") -> Mark:
        """A box from its top-left corner; returns it as a mark for the labels that name it."""
        self.figure.add_artist(Rectangle((x, y), w, h, facecolor=color, edgecolor="none",
                                         linewidth=0, transform=self.transform, gid=gid))
        mark = Mark(min(x, x + w), min(y, y + h), max(x, x + w), max(y, y + h), what)
        self.marks.append(mark)
        return mark

    def leader(self, mark: Mark, xs, ys, color: str, width: float) -> None:
        """A thin line from a mark (xs[0], ys[0]) to its label (the last point): the checker
        accepts a label away from its mark only when such a line joins them."""
        self.leaders.append((mark, list(zip(xs, ys))))
        self.line(xs, ys, color, width, gid="labels")

    def line(self, xs, ys, color: str, width: float, *, dashes=None, gid: str | None = None,
             marker: str | None = None, markersize: float = 0) -> Mark | None:
        """A polyline; with a marker, each point is drawn as a dot and the last is returned
        as a mark for its value label."""
        self.strokes.append(list(zip(xs, ys)))
        artist = Line2D(xs, ys, color=color, linewidth=width, transform=self.transform, gid=gid,
                        marker=marker, markersize=markersize, solid_capstyle="butt",
                        markeredgewidth=0)
        if dashes:
            artist.set_dashes(dashes)
        self.figure.add_artist(artist)
        if not marker:
            return None
        r = markersize / 2
        mark = Mark(xs[-1] - r, ys[-1] - r, xs[-1] + r, ys[-1] + r, "point")
        self.marks.append(mark)
        return mark

    def wedge(self, cx: float, cy: float, r: float, start: float, end: float, width: float,
              color: str, gid: str | None = None) -> Mark:
        """A ring segment; angles in degrees clockwise from 12 o'clock. Returns it as a mark."""
        # The transform flips y, so matplotlib's counter-clockwise angles run clockwise here.
        self.figure.add_artist(Wedge((cx, cy), r, start - 90, end - 90, width=width,
                                     facecolor=color, edgecolor="white", linewidth=1,
                                     transform=self.transform, gid=gid))
        mark = Mark(cx - r, cy - r, cx + r, cy + r, "segment", (cx, cy, r, width, start, end))
        self.marks.append(mark)
        return mark
