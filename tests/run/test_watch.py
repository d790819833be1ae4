"""`charts render --watch` in a real process: a saved change re-renders, a bad save prints
its problem and the watch goes on."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import MINIMAL, ROOT, wait_for


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
        assert wait_for(png.is_file)
        assert wait_for(lambda: "watching" in (tmp_path / "log.txt").read_text(encoding="utf-8"))
        assert 'http-equiv="refresh"' in (out / "index.html").read_text(encoding="utf-8")
        first = png.read_bytes()
        spec.write_text(MINIMAL.format(kind="column", question="single"), encoding="utf-8")
        assert wait_for(lambda: png.read_bytes() != first), "the saved change was not rendered"
        second = png.read_bytes()
        spec.write_text("title: [unclosed\n", encoding="utf-8")
        assert wait_for(lambda: "not valid YAML" in (tmp_path / "log.txt").read_text(encoding="utf-8"))
        assert process.poll() is None  # still watching
        assert png.read_bytes() == second  # the last good chart stays
        spec.write_text(MINIMAL.format(kind="donut", question="single"), encoding="utf-8")
        assert wait_for(lambda: png.read_bytes() != second), "the watch did not recover after a bad save"
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()


def test_the_watch_reports_through_its_reporter_and_stops_when_told(tmp_path):
    """The library call itself, in a thread: what it renders and says, and a clean stop."""
    import threading

    from charts import messages as msg
    from charts.run.options import RenderOptions
    from charts.run.watch import watch_specs
    from tests.conftest import minimal_specs
    from tests.reporter import Collected

    specs = minimal_specs(tmp_path / "specs", {"age": "bar"})
    options = RenderOptions(out_dir=tmp_path / "out", formats=("png",), watch=True, targets=(str(specs),))
    heard, stop = Collected(), threading.Event()
    watching = threading.Thread(target=watch_specs, args=(options, heard, stop))
    watching.start()
    try:
        assert wait_for(lambda: any("watching" in note for note in heard.said("note")))
        assert heard.said("step") == ["age"]
        (specs / "age.yaml").write_text(MINIMAL.format(kind="donut", question="single"), encoding="utf-8")
        assert wait_for(lambda: heard.said("step") == ["age", "age"]), heard.events
    finally:
        stop.set()
        watching.join(timeout=30)
    assert not watching.is_alive()
    assert heard.said("info")[0] == msg.RENDERED.format(name="age", files=7)


def test_a_save_before_the_watcher_holds_is_not_lost(tmp_path):
    """The spec is saved while the watch announces itself, before the file watcher is armed:
    no event will ever come for that save, so the watch must catch up once it holds."""
    import threading

    from charts.run.options import RenderOptions
    from charts.run.watch import watch_specs
    from tests.conftest import minimal_specs
    from tests.reporter import Collected

    specs = minimal_specs(tmp_path / "specs", {"age": "bar"})

    class SavesWhileAnnounced(Collected):
        def note(self, text):
            super().note(text)
            if "watching" in text:
                (specs / "age.yaml").write_text(MINIMAL.format(kind="donut", question="single"), encoding="utf-8")

    options = RenderOptions(out_dir=tmp_path / "out", formats=("png",), watch=True, targets=(str(specs),))
    heard, stop = SavesWhileAnnounced(), threading.Event()
    watching = threading.Thread(target=watch_specs, args=(options, heard, stop))
    watching.start()
    try:
        assert wait_for(lambda: heard.said("step") == ["age", "age"], seconds=20), heard.events
    finally:
        stop.set()
        watching.join(timeout=30)
    record = (tmp_path / "out" / "age" / "age.json").read_text(encoding="utf-8")
    assert '"kind": "donut"' in record
