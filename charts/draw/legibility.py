"""The text-size check: the smallest text of a composed canvas as it will be displayed.

A chart laid out 640 px wide and shown 343 px wide on a phone has its 12 px footer shown at
6.4 px. Each size says the width its images are shown at (Size.display_width, CSS px); the
smallest text drawn, scaled by display width over layout width, is what a reader sees. Print
sizes are shown at true size: their smallest text is given in points and not judged here
(the print type sizes are the house's).
"""

from __future__ import annotations

from dataclasses import dataclass

from charts.draw.canvas import Canvas
from charts.theme import MIN_DISPLAYED_TEXT


@dataclass(frozen=True)
class Legibility:
    size: str
    width: float  # layout width (points = CSS px at 1x)
    height: float
    smallest: float  # the smallest text drawn, in layout points
    text: str  # which text that is (for the message)
    display_width: float | None  # CSS px where shown; None in print

    @property
    def displayed(self) -> float | None:
        """The smallest text in CSS px at the display width; None for print."""
        if self.display_width is None:
            return None
        return self.smallest * self.display_width / self.width

    @property
    def too_small(self) -> bool:
        shown = self.displayed
        return shown is not None and round(shown, 1) < MIN_DISPLAYED_TEXT

    def as_record(self) -> dict:
        shown = self.displayed
        return {"width": round(self.width), "height": round(self.height), "display_width": self.display_width,
                "smallest_text": round(self.smallest, 2),
                "smallest_text_displayed": None if shown is None else round(shown, 1),
                "smallest_text_is": self.text, "too_small": self.too_small}


def legibility(canvas: Canvas) -> Legibility:
    size = canvas.size
    placed = [t for t in canvas.placed if t.text.strip()]
    smallest = min(placed, key=lambda t: t.size) if placed else None
    return Legibility(size.name, canvas.width, canvas.height, smallest.size if smallest else 0.0,
                      smallest.text if smallest else "", size.display_width)
