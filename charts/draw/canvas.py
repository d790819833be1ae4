"""A figure measured in points from its top-left corner, as a page layout is.

Kinds and the frame place text by baseline and boxes by their top edge; this module turns
that into matplotlib artists on a plain Figure (no pyplot, no global state). Every artist
gets a gid so SVG layers keep names a designer can find.
"""

from __future__ import annotations

from matplotlib.figure import Figure
from matplotlib.font_manager import FontPath, FontProperties
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle, Wedge
from matplotlib.transforms import Affine2D

from charts.plan.text import runs

# Where the em box sits on the baseline in CJK fonts (Noto/Source Han: 0.88 above, 0.12 below).
ASCENT = 0.88


class Canvas:
    def __init__(self, size, height: float, fonts: dict, measure, advances: dict):
        self.size = size
        self.width, self.height = size.width, height
        self.fonts = fonts
        self._measure = measure  # (text, size, role) -> width in points, as drawn
        self.advances = advances  # role -> {code point: advance in em}
        # Every label as placed: (left x, baseline y, text, size, colour, role, layer).
        # The editable SVG is written from this list.
        self.texts: list[tuple] = []
        self.figure = Figure(figsize=(self.width / 72, height / 72), dpi=72)
        # y grows downwards from the top edge, in points.
        self.transform = Affine2D().scale(1, -1).translate(0, height).scale(1 / 72) + \
            self.figure.dpi_scale_trans
        self._fonts = {role: FontProperties(fname=str(f.path) if f.face == 0 else FontPath(str(f.path), f.face))
                       for role, f in fonts.items()}

    def text(self, x: float, y: float, s: str, size: float, color: str, *, role: str = "body",
             ha: str = "left", va: str = "baseline", gid: str | None = None) -> None:
        """Text whose baseline, top edge or middle (va) is at y.

        Alignment uses our own measure, which knows the squeezed punctuation that
        matplotlib's own measure does not, so right and centred text lines up as drawn.
        """
        if va == "top":
            y += ASCENT * size
        elif va == "middle":
            y += (ASCENT - 0.5) * size
        if ha != "left":
            x -= self._measure(s, size, role) * (1 if ha == "right" else 0.5)
        self.texts.append((x, y, s, size, color, role, gid))
        font = self._fonts[role].copy()
        font.set_size(size)
        for offset, run in runs(s, size, self.advances[role]):
            artist = self.figure.text(x + offset, y, run, fontproperties=font, color=color,
                                      ha="left", va="baseline", transform=self.transform, gid=gid)
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

    def rect(self, x: float, y: float, w: float, h: float, color: str, gid: str | None = None) -> None:
        self.figure.add_artist(Rectangle((x, y), w, h, facecolor=color, edgecolor="none",
                                         linewidth=0, transform=self.transform, gid=gid))

    def line(self, xs, ys, color: str, width: float, *, dashes=None, gid: str | None = None,
             marker: str | None = None, markersize: float = 0) -> None:
        artist = Line2D(xs, ys, color=color, linewidth=width, transform=self.transform, gid=gid,
                        marker=marker, markersize=markersize, solid_capstyle="butt",
                        markeredgewidth=0)
        if dashes:
            artist.set_dashes(dashes)
        self.figure.add_artist(artist)

    def wedge(self, cx: float, cy: float, r: float, start: float, end: float, width: float,
              color: str, gid: str | None = None) -> None:
        """A ring segment; angles in degrees clockwise from 12 o'clock."""
        # The transform flips y, so matplotlib's counter-clockwise angles run clockwise here.
        self.figure.add_artist(Wedge((cx, cy), r, start - 90, end - 90, width=width,
                                     facecolor=color, edgecolor="white", linewidth=1,
                                     transform=self.transform, gid=gid))
