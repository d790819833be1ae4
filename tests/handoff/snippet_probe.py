"""Open a chart's embed snippet in Chromium, as a phone and as a desktop reads it, and report
what each meets, as JSON.

Run by tests/handoff/test_snippet.py in a subprocess with a time limit (a stuck browser can
never hang the suite). The snippet is set in a plain article page beside the chart's images.

    python tests/handoff/snippet_probe.py CHROMIUM CHART_FOLDER NAME SCREENSHOT_PREFIX
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

from review_probe import ARGS  # run as a script: its own folder is on the path

PAGE = """<!doctype html>
<html lang="zh-Hans"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>@font-face {{ font-family: "Page"; src: url("{font}"); }}
body {{ margin: 0; padding: 16px; font: 17px/1.7 "Page", sans-serif; }}
article {{ max-width: 680px; margin: 0 auto; }}</style></head>
<body><article><h1>测试页</h1><p>正文段落。</p>
{snippet}
<p>正文段落。</p></article></body></html>
"""

# (label, viewport width, device pixel ratio, mobile)
VIEWS = (("phone", 375, 3, True), ("desktop", 1280, 1, False))


def measure(page) -> dict:
    return page.evaluate("""() => {
        const img = document.querySelector('figure.charts-figure img');
        const box = img.getBoundingClientRect();
        const wide = Array.from(document.querySelectorAll('body *')).filter(e => {
            const r = e.getBoundingClientRect();
            return r.width > 1 && (r.right > window.innerWidth + 0.5 || r.left < -0.5);
        }).map(e => e.tagName + (e.className ? '.' + e.className : ''));
        return {src: img.currentSrc.split('/').pop(), width: box.width, height: box.height,
                natural: [img.naturalWidth, img.naturalHeight], complete: img.complete,
                scroll_width: document.documentElement.scrollWidth, inner_width: window.innerWidth,
                overflowing: wide};
    }""")


def main(chromium: str, folder: str, name: str, screenshot: str) -> None:
    chart = Path(folder)
    page_file = chart / "snippet-probe.html"
    from charts.fonts.resolve import resolve

    font = Path(resolve()["body"].path).resolve().as_uri()  # the page's own text in a CJK font
    page_file.write_text(PAGE.format(font=font, snippet=(chart / f"{name}.html").read_text(encoding="utf-8")), encoding="utf-8")
    report: dict = {"problems": []}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=ARGS, timeout=60_000)
        for label, width, ratio, mobile in VIEWS:
            context = browser.new_context(viewport={"width": width, "height": 900}, device_scale_factor=ratio,
                                          is_mobile=mobile, has_touch=mobile)
            page = context.new_page()
            page.set_default_timeout(30_000)
            page.on("console", lambda m: report["problems"].append(m.text) if m.type in {"error", "warning"} else None)
            page.on("pageerror", lambda e: report["problems"].append(str(e)))
            held = []  # image requests held back: the box the page keeps before they arrive
            page.route("**/*.png", lambda route: held.append(route))
            page.goto(page_file.resolve().as_uri(), wait_until="domcontentloaded")
            page.wait_for_function("document.querySelector('figure.charts-figure img') !== null")
            before = measure(page)
            for route in held:
                route.continue_()
            page.unroute("**/*.png")
            page.wait_for_function("document.querySelector('figure.charts-figure img').complete")
            page.wait_for_load_state("load")
            after = measure(page)
            figure = page.locator("figure.charts-figure")
            report[label] = {"before": before, "after": after, "aria": figure.aria_snapshot(),
                             "scripts": page.evaluate("document.scripts.length")}
            page.screenshot(path=f"{screenshot}-{label}.png", full_page=True)
            context.close()
        browser.close()
    page_file.unlink()
    print(json.dumps(report, ensure_ascii=False))


if __name__ == "__main__":
    main(*sys.argv[1:5])
