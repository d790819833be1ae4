"""`charts render --watch` in a real process: a saved change re-renders, a bad save prints
its problem and the watch goes on."""

from __future__ import annotations

import subprocess
import sys
import time

from tests.conftest import MINIMAL, ROOT


def _wait_for(condition, seconds: float = 60) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


def test_watch_rerenders_on_save_and_survives_a_bad_save(tmp_path):
    specs, out = tmp_path / "specs", tmp_path / "out"
    specs.mkdir()
    spec = specs / "age.yaml"
    spec.write_text(MINIMAL.format(kind="bar", question="single"), encoding="utf-8")
    log = (tmp_path / "log.txt").open("w")
    process = subprocess.Popen([sys.executable, "-m", "charts", "render", "--watch", str(specs), "-o", str(out),
                                "--format", "png"], cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    png = out / "age" / "age.png"
    try:
        assert _wait_for(png.is_file)
        assert _wait_for(lambda: "watching" in (tmp_path / "log.txt").read_text(encoding="utf-8"))
        assert 'http-equiv="refresh"' in (out / "index.html").read_text(encoding="utf-8")
        first = png.read_bytes()
        spec.write_text(MINIMAL.format(kind="column", question="single"), encoding="utf-8")
        assert _wait_for(lambda: png.read_bytes() != first), "the saved change was not rendered"
        second = png.read_bytes()
        spec.write_text("title: [unclosed\n", encoding="utf-8")
        assert _wait_for(lambda: "not valid YAML" in (tmp_path / "log.txt").read_text(encoding="utf-8"))
        assert process.poll() is None  # still watching
        assert png.read_bytes() == second  # the last good chart stays
        spec.write_text(MINIMAL.format(kind="donut", question="single"), encoding="utf-8")
        assert _wait_for(lambda: png.read_bytes() != second), "the watch did not recover after a bad save"
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()
