"""Open the review page in Chromium and report what a reader would meet, as JSON.

Run by tests/handoff/test_review.py in a subprocess with a time limit (and once more if the
browser hangs at start), so a stuck browser can never hang the test suite.

    python tests/handoff/review_probe.py CHROMIUM OUTPUT/index.html SCREENSHOT.png
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]


def visible(page) -> list[str]:
    return page.evaluate("Array.from(document.querySelectorAll('article.chart')).filter(a => !a.hidden)"
                         ".map(a => a.dataset.name)")


def main(chromium: str, index: str, screenshot: str) -> None:
    report: dict = {"problems": []}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=ARGS, timeout=60_000)
        page = browser.new_page(viewport={"width": 1440, "height": 1000})
        page.set_default_timeout(30_000)
        page.on("console", lambda m: report["problems"].append(m.text) if m.type in {"error", "warning"} else None)
        page.on("pageerror", lambda e: report["problems"].append(str(e)))
        page.on("requestfailed", lambda r: report["problems"].append(f"failed: {r.url}"))
        page.goto(Path(index).resolve().as_uri())
        page.wait_for_load_state("load")
        # the page loads images lazily, as a reader scrolls: here every one is asked for at once
        page.evaluate("document.querySelectorAll('img').forEach(i => { i.loading = 'eager'; })")
        page.wait_for_function("Array.from(document.images).every(i => i.complete)")
        report["images"] = page.evaluate("Array.from(document.images).map(i => [i.getAttribute('src'), i.naturalWidth])")
        report["views"] = page.evaluate("""Array.from(document.querySelectorAll('article.chart')).map(a =>
            Array.from(a.querySelectorAll('.views figure')).map(f => {
                const r = f.querySelector('img').getBoundingClientRect();
                return [f.className, Math.round(r.left), Math.round(r.top), Math.round(r.width),
                        f.querySelector('figcaption').textContent];
            }))""")
        page.screenshot(path=screenshot)
        page.fill("#filter", "neighbours")
        report["by_name"] = [visible(page), page.inner_text("#shown")]
        page.fill("#filter", "三江源")
        report["by_title"] = visible(page)
        page.fill("#filter", "")
        page.select_option("#status", "error")
        report["by_status"] = [visible(page), page.is_visible("#empty")]
        page.select_option("#status", "")
        report["cleared"] = [len(visible(page)), page.is_visible("#empty")]
        browser.close()
    print(json.dumps(report, ensure_ascii=False))


if __name__ == "__main__":
    main(*sys.argv[1:4])
