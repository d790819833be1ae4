"""The layout checker: what a graphics editor rejects, found on the canvas's own records.

It runs on every composed canvas, at every size the chart is drawn, and reads only what the
canvas recorded as it placed things (text boxes from the measured advances, marks, leader
lines), never matplotlib's renderer: a chart costs a few milliseconds to check.

    1. nothing at NaN     every text, mark and line has finite coordinates
    2. nothing clipped    every text inside the canvas; every mark and line on it
    3. no overlaps        no two texts share ink room, and no text lies on a bar, column,
                          point or swatch other than its own (a ring's box is not its shape,
                          so ring segments are left to their leaders)
    4. labels at home     the texts that label a mark sit on or beside it (across its middle:
                          above or below a column or segment, over its centre; beside a bar,
                          level with its middle), or a leader line joins them; a leader
                          starts at its mark, ends at its label, and crosses no other text

A fault names the texts and the size; the pipeline turns faults into the editor's lines.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from itertools import pairwise

from charts import messages as msg
from charts.draw.canvas import Canvas, Mark, Placed
from charts.errors import LayoutError, Problem

EDGE = 0.5  # points a text may touch past the canvas edge (antialiasing, rounding)
OVERLAP = 0.1  # points two boxes may share before they overlap
BAND = 16.0  # points: the height of the bands texts are sorted into before comparing
LEADER_START = 3.0  # a leader starts this close to its mark
LEADER_END = 6.0  # and ends this close to its label


@dataclass(frozen=True)
class Fault:
    """One layout fault: a message from charts.messages, filled in."""

    size: str
    what: str

    def __str__(self) -> str:
        return self.what


def faults(canvas: Canvas) -> list[Fault]:
    """Every layout fault of one composed canvas, in the order above, each reported once."""
    size = canvas.size.name
    found: list[str] = []
    broken = _not_finite(canvas, found)
    texts = [t for t in canvas.placed if t not in broken]
    _clipped(canvas, texts, found)
    _overlaps(texts, canvas.height, found)
    _covers(canvas, texts, found)
    _away(canvas, texts, found)
    seen: dict[str, None] = dict.fromkeys(found)  # one line per fault, in order
    return [Fault(size, what) for what in seen]


def refuse_faults(canvases, shown: str, most: int = 6) -> None:
    """Raise LayoutError with one line per fault of any of the canvases (one per size): at
    most `most` of them, then how many more (an editor fixes a few at a time)."""
    problems = [Problem(shown, msg.LAYOUT.format(size=fault.size, what=fault.what, fix=msg.LAYOUT_FIX))
                for canvas in canvases for fault in faults(canvas)]
    if len(problems) > most:
        problems = problems[:most] + [Problem(shown, msg.MORE_PROBLEMS.format(count=len(problems) - most))]
    if problems:
        raise LayoutError(problems)


def _finite(*values: float) -> bool:
    return all(math.isfinite(v) for v in values)


def _not_finite(canvas: Canvas, found: list[str]) -> set:
    broken = set()
    for t in canvas.placed:
        if not _finite(t.x0, t.y0, t.x1, t.y1):
            broken.add(t)
            found.append(msg.LAYOUT_NAN.format(text=_shown(t.text)))
    for mark in canvas.marks:
        if not _finite(mark.x0, mark.y0, mark.x1, mark.y1, *(mark.wedge or ())):
            found.append(msg.LAYOUT_NAN_MARK.format(what=mark.what))
    if any(not _finite(x, y) for points in canvas.strokes for x, y in points):
        found.append(msg.LAYOUT_NAN_MARK.format(what="line"))
    return broken


def _clipped(canvas: Canvas, texts: list[Placed], found: list[str]) -> None:
    w, h = canvas.width, canvas.height
    for t in texts:
        if t.x0 < -EDGE or t.y0 < -EDGE or t.x1 > w + EDGE or t.y1 > h + EDGE:
            found.append(msg.LAYOUT_CLIPPED.format(text=_shown(t.text)))
    for mark in canvas.marks:
        if _finite(mark.x0, mark.y0, mark.x1, mark.y1) and (
                mark.x0 < -EDGE or mark.y0 < -EDGE or mark.x1 > w + EDGE or mark.y1 > h + EDGE):
            found.append(msg.LAYOUT_OFF_CANVAS.format(what=mark.what))
    for points in canvas.strokes:
        if any(_finite(x, y) and not (-EDGE <= x <= w + EDGE and -EDGE <= y <= h + EDGE) for x, y in points):
            found.append(msg.LAYOUT_OFF_CANVAS.format(what="line"))


def _reach(box, height: float) -> range:
    """The bands a box reaches, on the canvas (what lies beyond it is already a fault)."""
    top, bottom = max(box.y0, -BAND), min(box.y1, height + BAND)
    return range(math.floor(top / BAND), math.floor(bottom / BAND) + 1)


def _bands(boxes, height: float) -> dict[int, list]:
    """Boxes by the horizontal bands of BAND points they reach: two boxes can meet only if
    they share a band, so a 60-row bar chart compares neighbours, not every pair."""
    bands: dict[int, list] = {}
    for box in boxes:
        for band in _reach(box, height):
            bands.setdefault(band, []).append(box)
    return bands


def _meet(a, b) -> bool:
    return min(a.x1, b.x1) - max(a.x0, b.x0) > OVERLAP and min(a.y1, b.y1) - max(a.y0, b.y0) > OVERLAP


def _overlaps(texts: list[Placed], height: float, found: list[str]) -> None:
    order = {id(t): n for n, t in enumerate(texts)}
    pairs = set()
    for band in _bands(texts, height).values():
        for i, a in enumerate(band):
            for b in band[i + 1:]:
                if _meet(a, b):
                    pairs.add(tuple(sorted((order[id(a)], order[id(b)]))))
    for first, second in sorted(pairs):
        found.append(msg.LAYOUT_OVERLAP.format(text=_shown(texts[first].text), other=_shown(texts[second].text)))


def _covers(canvas: Canvas, texts: list[Placed], found: list[str]) -> None:
    boxes = _bands((m for m in canvas.marks if m.wedge is None and _finite(m.x0, m.y0, m.x1, m.y1)),
                   canvas.height)
    for t in texts:
        near = (m for band in _reach(t, canvas.height) for m in boxes.get(band, ()))
        mark = next((m for m in near if m is not t.mark and _meet(t, m)), None)
        if mark is not None:
            found.append(msg.LAYOUT_COVERS.format(text=_shown(t.text), mark=_MARKS.get(mark.what, mark.what)))


def _away(canvas: Canvas, texts: list[Placed], found: list[str]) -> None:
    groups: dict[int, list[Placed]] = {}
    marks: dict[int, Mark] = {}
    for t in texts:
        if t.mark is not None:
            groups.setdefault(id(t.mark), []).append(t)
            marks[id(t.mark)] = t.mark
    leaders = {id(mark): points for mark, points in canvas.leaders}
    for key, group in groups.items():
        mark, name = marks[key], _shown(" ".join(t.text for t in group))
        box = (min(t.x0 for t in group), min(t.y0 for t in group),
               max(t.x1 for t in group), max(t.y1 for t in group))
        points = leaders.get(key)
        if points is None:
            if not _beside(box, mark, max(t.size for t in group)):
                found.append(msg.LAYOUT_AWAY.format(text=name, mark=_MARKS.get(mark.what, mark.what)))
            continue
        if mark.distance(*points[0]) > LEADER_START or _box_distance(box, *points[-1]) > LEADER_END:
            found.append(msg.LAYOUT_LEADER_LOOSE.format(text=name))
        for other in texts:
            if other not in group and any(_crosses(p, q, other) for p, q in pairwise(points)):
                found.append(msg.LAYOUT_LEADER_CROSSES.format(text=name, other=_shown(other.text)))


_MARKS = {"bar": "bar", "point": "point", "segment": "segment", "key": "colour key"}


def _beside(box, mark: Mark, size: float) -> bool:
    """On the mark, or beside it and across its middle: a reader takes a label for the mark
    nearest its middle, so a label over a neighbour's segment belongs to the neighbour."""
    x0, y0, x1, y1 = box
    reach = max(10.0, size)  # how far a label may stand off its mark
    gap_x = max(mark.x0 - x1, x0 - mark.x1, 0)
    gap_y = max(mark.y0 - y1, y0 - mark.y1, 0)
    if gap_x == 0 and gap_y == 0:
        return True  # on the mark (a bar's label inside it) or touching it
    if gap_x == 0:  # above or below: the label's middle over the mark
        return gap_y <= reach and mark.x0 - EDGE <= (x0 + x1) / 2 <= mark.x1 + EDGE
    if gap_y == 0:  # left or right: the mark's middle level with the label
        return gap_x <= reach and y0 <= (mark.y0 + mark.y1) / 2 <= y1
    return False


def _box_distance(box, x: float, y: float) -> float:
    x0, y0, x1, y1 = box
    return math.hypot(max(x0 - x, 0, x - x1), max(y0 - y, 0, y - y1))


def _crosses(p, q, t: Placed) -> bool:
    """Whether the segment p-q passes through the text's box (Liang-Barsky clipping), the
    box shrunk by OVERLAP so a line that only touches it does not count."""
    (px, py), (qx, qy) = p, q
    dx, dy = qx - px, qy - py
    low, high = 0.0, 1.0
    for step, room in ((-dx, px - t.x0 - OVERLAP), (dx, t.x1 - OVERLAP - px),
                       (-dy, py - t.y0 - OVERLAP), (dy, t.y1 - OVERLAP - py)):
        if step == 0:
            if room < 0:
                return False
        elif step < 0:
            low = max(low, room / step)
        else:
            high = min(high, room / step)
    return low < high


def _shown(text: str) -> str:
    return text if len(text) <= 24 else text[:23] + "…"
