"""A partial table drawn honestly (remainder: unreported): the share the article leaves out
is a grey part of its own, so each reported part keeps its true size and nothing is
stretched to 100. Measured on the rendered pixels."""

from __future__ import annotations

import numpy as np
import pytest

from charts.theme import PALETTE
from tests.conftest import layout_faults
from tests.plan.test_chart import PARTIAL


def _pixels(canvas, colors) -> list[int]:
    """How many pixels of the figure have each colour, exactly."""
    image = np.asarray(canvas.figure.canvas.buffer_rgba())[:, :, :3].astype(int)
    counts = []
    for color in colors:
        rgb = [int(color[i:i + 2], 16) for i in (1, 3, 5)]
        counts.append(int((image == rgb).all(axis=2).sum()))
    return counts


@pytest.mark.parametrize("kind", ["donut", "stacked"])
def test_the_gap_takes_the_unreported_share_of_the_whole(write_spec, draw, kind):
    chart, canvas = draw(write_spec(PARTIAL.format(kind=kind)))
    assert layout_faults(canvas) == []
    texts = [t.get_text() for t in canvas.figure.texts]
    assert "未报道" in texts and "19.5%" not in texts
    parts = [i.colors[0] for i in chart.items]
    counts = _pixels(canvas, parts + [PALETTE.unreported])
    whole = sum(counts)
    # Anti-aliased edges cost every part a few pixels: shares within 1.5 points.
    assert counts[-1] / whole == pytest.approx(0.195, abs=0.015)
    assert counts[0] / whole == pytest.approx(0.462, abs=0.015)
