"""The embed snippet in a real browser: Debian's Chromium, driven by Playwright, as a phone
(375 CSS px, 3x) and a desktop (1280 px) read it, in a subprocess with a time limit. The
phone gets the phone image and the desktop the desktop one, the page keeps each image's box
before it arrives, nothing overflows, no script runs, and a screen reader finds the figures
in a table (the accessibility tree Chromium builds)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.conftest import browser_probe

ARTIFACTS = Path(__file__).parents[1] / "_artifacts"
CHARTS = ("neighbours-age", "labour-job-lists")  # one unit; a unit per category (a 单位 column)


@pytest.fixture(scope="module", params=CHARTS)
def seen(request, seed_output):
    ARTIFACTS.mkdir(exist_ok=True)
    name = request.param
    report = browser_probe(Path(__file__).with_name("snippet_probe.py"), str(seed_output / name), name,
                           str(ARTIFACTS / f"snippet-{name}"))
    return name, report, json.loads((seed_output / name / f"{name}.json").read_text("utf-8"))


def test_the_phone_gets_the_phone_image_at_the_column_width(seen):
    name, report, record = seen
    phone = report["phone"]["after"]
    assert phone["src"] == f"{name}.mobile.png"
    assert phone["natural"] == [record["layouts"]["mobile"]["width"], record["layouts"]["mobile"]["height"]]
    assert phone["width"] == 343  # 375 less the page's 16 px each side


def test_the_desktop_gets_the_desktop_image_at_its_size(seen):
    name, report, record = seen
    desktop = report["desktop"]["after"]
    assert desktop["src"] == f"{name}.png"
    assert [desktop["width"], desktop["height"]] == [640, record["layouts"]["web"]["height"]]


@pytest.mark.parametrize("view", ["phone", "desktop"])
def test_the_page_does_not_jump_or_overflow(seen, view):
    _, report, _ = seen
    before, after = report[view]["before"], report[view]["after"]
    assert not before["complete"] and before["height"] > 100  # the box is kept before the image comes
    assert abs(before["height"] - after["height"]) < 1 and before["width"] == after["width"]
    for state in (before, after):
        assert state["scroll_width"] == state["inner_width"] and state["overflowing"] == []
    assert report[view]["scripts"] == 0 and report["problems"] == []


@pytest.mark.parametrize("view", ["phone", "desktop"])
def test_a_screen_reader_finds_the_figures_in_a_table(seen, view):
    _, report, record = seen
    tree = report[view]["aria"]
    assert f'- table "{record["title"]}"' in tree
    assert f'- img "{record["alt"]}"' in tree
    headers = re.findall(r'- columnheader "([^"]*)"', tree)
    assert headers[0] == record["data"]["columns"][0]
    units = set(record["data"]["units"])
    if len(units) == 1:  # one unit: in the header
        unit = units.pop()
        assert all(f"（{unit}）" in h for h in headers[1:])
    else:  # a unit per category: a column of its own
        assert headers[-1] == "单位"
    rows = re.findall(r'- rowheader "([^"]*)"', tree)
    assert rows == [row[0] for row in record["data"]["rows"]]
    cells = re.findall(r'- cell "([^"]*)"', tree)
    for figures in record["data"]["values"]:
        assert all(f in cells for f in figures)
