"""PNG regression: the seed charts against committed baselines (tests/baseline/).

Fonts are pinned (the bundled Noto Sans SC), dpi is pinned (72 for 1x), matplotlib is pinned
to 3.11. A failing image is written next to the diff under tests/_artifacts/ to look at.
Refresh on purpose with `python tests/refresh_baselines.py`.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from matplotlib.testing.compare import compare_images

from tests.conftest import SPECS

BASELINE = Path(__file__).parent / "baseline"
ARTIFACTS = Path(__file__).parent / "_artifacts"
TOLERANCE = 2.0  # RMS of 0-255 pixel values: antialiasing noise, not a moved label


@pytest.mark.parametrize("name", sorted(p.stem for p in SPECS.glob("*.yaml")))
def test_seed_chart_matches_its_baseline(seed_output, name):
    expected = BASELINE / f"{name}.png"
    assert expected.is_file(), f"no baseline for {name}: run python tests/refresh_baselines.py"
    actual = seed_output / name / f"{name}.png"
    ARTIFACTS.mkdir(exist_ok=True)
    kept = ARTIFACTS / f"{name}.png"
    shutil.copyfile(actual, kept)
    failure = compare_images(str(expected), str(kept), tol=TOLERANCE)
    assert failure is None, failure
    kept.unlink()
