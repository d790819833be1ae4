"""The review page in a real browser: Debian's Chromium, driven by Playwright (no browser
download: the system binary is used), in a subprocess with a time limit. Every image
loads, nothing is logged to the console, and the filter by name and by status works."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import browser_probe

ARTIFACTS = Path(__file__).parents[1] / "_artifacts"


@pytest.fixture(scope="module")
def report(seed_output):
    ARTIFACTS.mkdir(exist_ok=True)
    return browser_probe(Path(__file__).with_name("review_probe.py"), str(seed_output / "index.html"),
                         str(ARTIFACTS / "review.png"))


def test_every_image_loads_without_console_errors(report):
    assert len(report["images"]) == 18  # the desktop and the phone version of each chart
    widths = {src.rsplit("/", 1)[1]: width for src, width in report["images"]}
    assert sorted(widths.values()) == [640] * 9 + [1080] * 9, report["images"]
    assert all(widths[name] == (1080 if name.endswith(".mobile.png") else 640) for name in widths)
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


def test_desktop_and_phone_versions_side_by_side_with_their_smallest_text(report):
    """At 1440 px each card shows the desktop image at 640 px and the phone image at the 343 px
    a phone shows it, level with each other, each captioned with its smallest displayed text."""
    assert len(report["views"]) == 9
    for (web, left, top, width, caption), (phone, p_left, p_top, p_width, p_caption) in report["views"]:
        assert (web, phone, width, p_width) == ("web", "mobile", 640, 343)
        assert p_top == top and p_left >= left + width
        assert "最小字 12 px" in caption and "显示宽 343 px，最小字 11.4 px" in p_caption
