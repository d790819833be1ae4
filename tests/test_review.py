"""The review page in a real browser: Debian's Chromium, driven by Playwright (no browser
download: the system binary is used). Every image loads, nothing is logged to the console,
and the filter by name and by status works."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]
ARTIFACTS = Path(__file__).parent / "_artifacts"


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail("chromium is not installed; .ci/run installs it")
    pytest.skip("chromium is not installed")


@pytest.fixture(scope="module")
def page(seed_output):
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=_chromium(), args=ARGS, timeout=60_000)
        page = browser.new_page(viewport={"width": 1440, "height": 1000})
        page.problems = []
        page.on("console", lambda m: page.problems.append(m.text) if m.type in {"error", "warning"} else None)
        page.on("pageerror", lambda e: page.problems.append(str(e)))
        page.on("requestfailed", lambda r: page.problems.append(f"failed: {r.url}"))
        page.set_default_timeout(30_000)
        page.goto((seed_output / "index.html").as_uri())
        page.wait_for_load_state("load")
        page.wait_for_function("Array.from(document.images).every(i => i.complete)")
        yield page
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "review.png"))
        browser.close()


def test_every_image_loads_without_console_errors(page):
    images = page.evaluate("Array.from(document.images).map(i => [i.getAttribute('src'), i.naturalWidth])")
    assert len(images) == 9
    assert all(width == 640 for _, width in images), images
    assert page.problems == []


def test_the_page_needs_no_network(seed_output):
    html = (seed_output / "index.html").read_text(encoding="utf-8")
    assert "http://" not in html and "https://" not in html and "//cdn" not in html


def _visible(page) -> list[str]:
    return page.evaluate("Array.from(document.querySelectorAll('article.chart')).filter(a => !a.hidden)"
                         ".map(a => a.dataset.name)")


def test_filter_by_name_title_and_status(page):
    page.fill("#filter", "neighbours")
    assert len(_visible(page)) == 5 and page.inner_text("#shown") == "5"
    page.fill("#filter", "三江源")  # by title
    assert _visible(page) == ["sanjiangyuan-outflow", "sanjiangyuan-rangers"]
    page.fill("#filter", "")
    page.select_option("#status", "error")
    assert _visible(page) == [] and page.is_visible("#empty")
    page.select_option("#status", "")
    assert len(_visible(page)) == 9 and not page.is_visible("#empty")
    assert page.problems == []
