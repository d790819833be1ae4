"""What a desk pastes into a CMS or opens in a browser carries an editor's text as text: a
label such as </script> or a javascript: link never becomes markup, a script or a link,
in the embed snippet, the review page, the alt text or the record."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest

from charts.run.batch import render_all
from charts.run.options import RenderOptions

TITLE = "</script><script>alert(1)</script>"
SUBTITLE = '"><img src=x onerror=alert(1)>'
LABELS = ["javascript:alert(1)", '<a href="javascript:alert(1)">点</a>', "&lt;b&gt;实体"]
NOTE = "</figcaption><svg onload=alert(1)>"
SPEC = f"""
title: '{TITLE}'
subtitle: '{SUBTITLE}'
kind: bar
unit: "%"
data:
  columns: [类别, 占比]
  rows:
    - ['{LABELS[0]}', 20.5]
    - ['{LABELS[1]}', 30]
    - ['{LABELS[2]}', 49.5]
notes: ['{NOTE}']
source: {{publication: "</figcaption><script>alert(2)</script>", url: "javascript:alert(1)"}}
"""


class _Tags(HTMLParser):
    def __init__(self, text: str):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


@pytest.fixture(scope="module")
def out(tmp_path_factory, fonts_for):
    folder, out = tmp_path_factory.mktemp("specs"), tmp_path_factory.mktemp("output")
    path = folder / "inject.yaml"
    path.write_text(SPEC.lstrip(), encoding="utf-8")
    results = render_all(RenderOptions(specs=((path, str(path)),), out_dir=out, formats=("png",)), fonts_for)
    assert len(results) == 1 and results[0].ok, [str(p) for r in results for p in r.problems]
    return out


def _no_markup_from_the_spec(page: _Tags, scripts: int) -> None:
    assert [t for t, _ in page.tags].count("script") == scripts
    for tag, attrs in page.tags:
        assert tag not in {"svg", "a"} or attrs.get("href", "").startswith("inject/"), (tag, attrs)
        assert not [name for name in attrs if name.startswith("on")], (tag, attrs)
        for name in ("href", "src", "srcset"):
            for url in (attrs.get(name) or "").split(","):
                assert urlsplit(url.strip().split(" ")[0]).scheme == "", (tag, name, url)
    assert ("img", {"src": "x"}) not in [(t, {k: v for k, v in a.items() if k == "src"}) for t, a in page.tags]


def test_the_snippet_keeps_every_text_as_text(out):
    snippet = _Tags((out / "inject" / "inject.html").read_text(encoding="utf-8"))
    _no_markup_from_the_spec(snippet, scripts=0)
    tags = [t for t, _ in snippet.tags]
    assert tags[:4] == ["figure", "picture", "source", "img"] and tags[-2:] == ["figcaption", "br"]  # notes, source
    assert set(tags[4:-2]) == {"table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td"}  # the hidden table
    alt = (out / "inject" / "inject.alt.txt").read_text(encoding="utf-8").rstrip("\n")
    assert snippet.tags[3][1]["alt"] == alt and TITLE in alt and LABELS[1] in alt
    assert NOTE in "".join(snippet.text)


def test_the_review_page_keeps_every_text_as_text(out):
    page = _Tags((out / "index.html").read_text(encoding="utf-8"))
    _no_markup_from_the_spec(page, scripts=1)  # the page's own filter script only
    shown = "".join(page.text)
    assert TITLE in shown and all(label in shown for label in LABELS)


def test_the_record_and_the_csv_carry_the_text_verbatim(out):
    record = json.loads((out / "inject" / "inject.json").read_text(encoding="utf-8"))
    assert record["title"] == TITLE and record["subtitle"] == SUBTITLE
    assert [row[0] for row in record["data"]["rows"]] == LABELS
    csv_text = (out / "inject" / "inject.csv").read_bytes().decode("utf-8-sig")
    assert all(label in csv_text for label in ("javascript:alert(1)", "&lt;b&gt;实体"))


def test_a_browser_runs_only_the_page_s_own_script(out):
    """Chromium's DOM after the page ran: one script element, no injected image or link."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed; .ci/run installs it")
        pytest.skip("chromium is not installed")
    done = subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom",
                           (out / "index.html").as_uri()], capture_output=True, text=True, timeout=120, check=False)
    dom = _Tags(done.stdout)
    assert ("h1", {}) in dom.tags, done.stderr[-2000:]  # the page was read
    _no_markup_from_the_spec(dom, scripts=1)
    assert TITLE in "".join(dom.text)
