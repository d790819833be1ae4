"""The review page in a real browser: Debian's Chromium, driven by Playwright (no browser
download: the system binary is used), in a subprocess with a time limit. Every image
loads, nothing is logged to the console, and the filter by name and by status works."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import system_tool

ARTIFACTS = Path(__file__).parents[1] / "_artifacts"




@pytest.fixture(scope="module")
def report(seed_output):
    pytest.importorskip("playwright.sync_api", reason="playwright (a test extra) drives the browser")
    chromium = system_tool("chromium", "chromium-browser")
    ARTIFACTS.mkdir(exist_ok=True)
    command = [sys.executable, str(Path(__file__).with_name("review_probe.py")), str(seed_output / "index.html"),
               chromium, str(ARTIFACTS / "review.png")]
    for attempt in range(2):  # a browser that hangs at start gets one more chance
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


def test_every_image_loads_without_console_errors(report):
    assert len(report["images"]) == 9
    assert all(width == 640 for _, width in report["images"]), report["images"]
    assert report["problems"] == []


def test_the_page_needs_no_network(seed_output):
    html = (seed_output / "index.html").read_text(encoding="utf-8")
    assert "http://" not in html and "https://" not in html and "//cdn" not in html


def test_filter_by_name_title_and_status(report):
    names, shown = report["by_name"]
    assert len(names) == 5 and shown == "5"
    assert report["by_title"] == ["sanjiangyuan-outflow", "sanjiangyuan-rangers"]
    assert report["by_status"] == [[], True]
    assert report["cleared"] == [9, False]
