"""Shared fixtures: the house fonts, the seed specs rendered once, and spec writing helpers."""

from __future__ import annotations

import os
import shutil
import textwrap
import time
from pathlib import Path

import matplotlib
import pytest

matplotlib.use("Agg")

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
SEED_ARTICLE = ROOT.parent / "shared" / "seeds" / "000_1edcd6235aaeee1f.txt"
SEED_ARTICLES = SEED_ARTICLE.parent  # the seed specs name their article by file name: it is found here


@pytest.fixture(scope="session")
def house_fonts():
    from charts.fonts.resolve import resolve

    return resolve()


@pytest.fixture(scope="session")
def fonts_for(house_fonts):
    """The house fonts of each edition (Noto Sans SC for the spec's own, TC for Taiwan's and
    Hong Kong's), each resolved once."""
    from charts.fonts.resolve import resolve
    from charts.theme.editions import SIMPLIFIED

    resolved = {SIMPLIFIED.font: house_fonts}

    def fonts(spec_font, spec_dir, edition=SIMPLIFIED):
        if edition.font not in resolved:
            resolved[edition.font] = resolve(edition=edition)
        return resolved[edition.font]

    return fonts


@pytest.fixture(scope="session")
def edition_output(tmp_path_factory, fonts_for):
    """Three seed specs rendered with the Taiwan and Hong Kong editions (PNG, SVG, PDF)."""
    from charts.run.batch import render_all
    from charts.run.options import RenderOptions

    out = tmp_path_factory.mktemp("editions")
    paths = tuple((SPECS / f"{name}.yaml", f"specs/{name}.yaml") for name in EDITION_SEEDS)
    results = render_all(RenderOptions(specs=paths, out_dir=out, articles=(SEED_ARTICLES,), formats=("png", "svg", "pdf"),
                                       editions=("zh-Hant-TW", "zh-Hant-HK")), fonts_for)
    assert all(r.ok for r in results), [str(p) for r in results for p in r.problems]
    return out


EDITION_SEEDS = ("neighbours-age", "sanjiangyuan-outflow", "labour-job-lists")


@pytest.fixture(scope="session")
def seed_output(tmp_path_factory, fonts_for):
    """Every seed spec rendered once into a temporary output folder."""
    from charts.run.batch import render_all
    from charts.run.options import RenderOptions

    out = tmp_path_factory.mktemp("output")
    paths = tuple((p, str(p)) for p in sorted(SPECS.glob("*.yaml")))
    results = render_all(RenderOptions(specs=paths, out_dir=out, articles=(SEED_ARTICLES,)), fonts_for)
    assert all(r.ok for r in results), [str(p) for r in results for p in r.problems]
    return out


@pytest.fixture
def write_spec(tmp_path):
    """Write a spec file from YAML text (dedented) and return its path."""

    def write(text: str, name: str = "chart.yaml") -> Path:
        path = tmp_path / name
        path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
        return path

    return write


MINIMAL = """
title: 受访者年龄构成
kind: {kind}
question: {question}
unit: "%"
decimals: 1
data:
  columns: [年龄段, 占比]
  rows:
    - ["00后", 21.6]
    - ["90后", 43.6]
    - ["80后", 26.9]
    - ["70后", 7.1]
    - [其他, 0.9]
sample_size: 1151
source:
  publication: 中国青年报
"""


def minimal_specs(folder: Path, kinds: dict[str, str]) -> Path:
    """A folder of minimal single-choice specs, one per name, of the given kinds."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, kind in kinds.items():
        (folder / f"{name}.yaml").write_text(MINIMAL.format(kind=kind, question="single"), encoding="utf-8")
    return folder


@pytest.fixture
def minimal_spec(write_spec):
    def make(kind: str = "bar", question: str = "single", extra: str = "") -> Path:
        return write_spec(MINIMAL.format(kind=kind, question=question) + textwrap.dedent(extra))

    return make


@pytest.fixture
def draw(house_fonts):
    """Load, check, plan and compose a spec at a size; returns (chart, canvas)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from charts.check.rules import check
    from charts.draw.frame import compose
    from charts.plan.chart import plan
    from charts.spec.read import load_spec
    from charts.theme import STYLE_FILE, WEB

    def run(path: Path, size=WEB):
        loaded = load_spec(path)
        findings = check(loaded)
        assert not findings.errors, [str(p) for _, p in findings.errors]
        with matplotlib.rc_context(fname=str(STYLE_FILE)):
            chart = plan(loaded, findings, house_fonts, size)
            canvas = compose(chart)
            FigureCanvasAgg(canvas.figure).draw()  # lay out text so extents are real
        return chart, canvas

    return run


def layout_faults(canvas) -> list[str]:
    """What the layout checker finds on a composed canvas (charts/draw/layout.py): texts that
    overlap, leave the canvas or stray from their marks. tests/draw/test_layout.py checks that
    the boxes it works on are the boxes matplotlib draws."""
    from charts.draw.layout import faults

    return [str(f) for f in faults(canvas)]


def wait_for(condition, seconds: float = 60) -> bool:
    """Poll until `condition()` holds: tests wait for a sign from a real process, not a sleep."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def system_tool(*names: str) -> str:
    """The path of a real client the tests drive (a PDF engine, a browser, a spreadsheet),
    trying each name in turn. Where none is installed the test skips, except in CI, which
    installs them all (.ci/run) and so fails instead of passing by skipping."""
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    if os.environ.get("CI"):
        pytest.fail(f"{names[0]} is not installed; .ci/run installs it")
    pytest.skip(f"{names[0]} is not installed")


def browser_probe(script: Path, *args: str) -> dict:
    """Run a Playwright probe (tests/handoff/*_probe.py: `script CHROMIUM ARGS…`, printing
    JSON) on the system Chromium, in a subprocess with a time limit, so a stuck browser never
    hangs the suite; a browser that hangs at start gets one more chance."""
    import json
    import subprocess
    import sys

    pytest.importorskip("playwright.sync_api", reason="playwright (a test extra) drives the browser")
    command = [sys.executable, str(script), system_tool("chromium", "chromium-browser"), *args]
    for attempt in range(2):
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=120)
        except subprocess.TimeoutExpired:
            if attempt:
                raise
            continue
        if done.returncode == 0:
            return json.loads(done.stdout)
        if attempt:
            pytest.fail(f"the browser probe failed:\n{done.stderr[-3000:]}")
    raise AssertionError("unreachable")
