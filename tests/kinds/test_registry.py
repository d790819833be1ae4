"""The kinds registry: built-ins in their order, a plugin kind added from one file, and
registrations that would leave the registry wrong refused with a message that says why."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from charts import kinds
from charts import messages as msg
from charts.kinds import KindError, Starter

# A third-party kind, as its author would write it: one module that registers itself.
LOLLIPOP = '''
"""Lollipops: a stem and a dot per category, the value beside the dot."""

from charts.kinds import Starter, register


def height(chart, width):
    return len(chart.items) * chart.size.label * 2.2


def draw(canvas, chart, box):
    x, top, width, _ = box
    s, p = chart.size, chart.palette
    start = x + width * 0.3
    high = max(i.values[0] for i in chart.items) or 1
    row = s.label * 2.2
    for n, item in enumerate(chart.items):
        y = top + row * (n + 0.5)
        end = start + (width * 0.7 - s.value * 4) * item.values[0] / high
        canvas.text(start - 6, y, item.label, s.label, p.ink, ha="right", va="middle", gid="labels")
        canvas.line([start, end], [y, y], item.colors[0], 1.2, gid="plot")
        canvas.line([end], [y], item.colors[0], 0, marker="o", markersize=s.marker, gid="plot")
        canvas.text(end + 8, y, item.value_labels[0], s.value, p.ink, role="title", va="middle", gid="values")


register(
    "lollipop", chinese="棒棒糖图", height=height, draw=draw, rows=(2, 12),
    starter=Starter('question: none\\nunit: "%"\\ndecimals: 1', ("城市", "占比"),
                    (("一线城市", 55.6), ("二线城市", 51.2), ("县城", 47.9))),
)
'''


def _plugin(root: Path) -> Path:
    """A package `kindplug` with one kind, declared in the entry-point group charts.kinds."""
    (root / "kindplug").mkdir(parents=True)
    (root / "kindplug" / "lollipop.py").write_text(LOLLIPOP, encoding="utf-8")
    info = root / "kindplug-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: kindplug\nVersion: 0.1\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[charts.kinds]\nlollipop = kindplug.lollipop\n", encoding="utf-8")
    return root


def _charts(*args: str, cwd: Path, plugins: Path) -> subprocess.CompletedProcess:
    """The installed `charts` command, as an editor runs it, with the plugin on the path."""
    script = Path(sys.executable).with_name("charts")
    command = [str(script)] if script.is_file() else [sys.executable, "-m", "charts"]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(plugins), os.environ.get("PYTHONPATH")]))}
    return subprocess.run(command + list(args), cwd=cwd, env=env, capture_output=True, text=True, timeout=240)


def test_built_in_kinds_keep_their_order():
    assert kinds.names()[:7] == ("bar", "column", "stacked", "donut", "line", "grouped", "figures")


def test_a_kind_from_one_file_is_offered_checked_and_rendered(tmp_path):
    plugins = _plugin(tmp_path / "plugins")
    work = tmp_path / "work"
    work.mkdir()

    schema = _charts("schema", cwd=work, plugins=plugins)
    assert schema.returncode == 0, schema.stderr
    assert json.loads(schema.stdout)["properties"]["kind"]["enum"][-1] == "lollipop"

    made = _charts("new", "x", "--kind", "lollipop", cwd=work, plugins=plugins)
    assert made.returncode == 0, made.stdout + made.stderr
    assert "kind: lollipop" in (work / "x.yaml").read_text(encoding="utf-8")

    checked = _charts("check", "--strict", "x.yaml", cwd=work, plugins=plugins)
    assert checked.returncode == 0, checked.stdout + checked.stderr

    rendered = _charts("render", "x.yaml", "-o", "../out", "--format", "png", cwd=work, plugins=plugins)
    assert rendered.returncode == 0, rendered.stdout + rendered.stderr
    assert (tmp_path / "out" / "x" / "x.png").read_bytes().startswith(b"\x89PNG")
    alt = (tmp_path / "out" / "x" / "x.alt.txt").read_text(encoding="utf-8")
    assert alt.startswith("棒棒糖图：") and "最高的是一线城市" in alt


def test_a_plugin_kind_is_held_to_its_traits(tmp_path):
    plugins = _plugin(tmp_path / "plugins")
    (tmp_path / "one.yaml").write_text(textwrap.dedent("""
        title: t
        kind: lollipop
        data: {columns: [a, b], rows: [[x, 1]]}
        source: {publication: p}
    """).lstrip(), encoding="utf-8")
    checked = _charts("check", "one.yaml", cwd=tmp_path, plugins=plugins)
    assert checked.returncode == 1
    assert msg.KIND_ROW_COUNT.format(kind="lollipop", low=2, high=12, count=1) in checked.stderr


def _noop(*args):
    return 0.0


STARTER = Starter("question: none", ("a", "b"), (("x", 1),))


def test_a_kind_registered_twice_is_refused():
    kinds.names()  # loaded: the built-in bar is there
    with pytest.raises(KindError) as refused:
        kinds.register("bar", chinese="条形图", height=_noop, draw=_noop, starter=STARTER)
    assert str(refused.value) == "charts: " + msg.KIND_TWICE.format(kind="bar", first="charts.kinds.bar",
                                                                     second=__name__)
    assert kinds.get("bar").draw.__module__ == "charts.kinds.bar"


@pytest.mark.parametrize("trait, value, allowed", [
    ("series", "two", "one or several or any"),
    ("colors", "rainbow", "single or parts or series"),
    ("questions", ("single", "yes-no"), "a tuple of single, multi, none"),
    ("rows", (4, 2), "None or (fewest, most)"),
])
def test_an_unknown_trait_value_is_refused(trait, value, allowed):
    with pytest.raises(KindError) as refused:
        kinds.register("spiral", chinese="螺旋图", height=_noop, draw=_noop, starter=STARTER, **{trait: value})
    assert str(refused.value) == "charts: " + msg.KIND_TRAIT.format(kind="spiral", trait=trait, allowed=allowed,
                                                                     got=repr(value))
    assert "spiral" not in kinds.names()


def test_an_unknown_trait_is_refused():
    with pytest.raises(KindError) as refused:
        kinds.register("spiral", chinese="螺旋图", height=_noop, draw=_noop, starter=STARTER, colour="red")
    assert "unknown trait `colour`" in str(refused.value) and "colors" in str(refused.value)


def test_a_part_to_whole_kind_draws_single_choice_only():
    with pytest.raises(KindError, match="part-to-whole"):
        kinds.register("pie", chinese="饼图", height=_noop, draw=_noop, starter=STARTER, part_to_whole=True)


def test_a_broken_plugin_is_named(monkeypatch):
    class Broken:
        name, value = "spiral", "spiralplug.kind"

        def load(self):
            raise ImportError("No module named 'spiralplug'")

    monkeypatch.setattr(kinds, "_loaded", False)
    monkeypatch.setattr("importlib.metadata.entry_points", lambda group: [Broken()])
    with pytest.raises(KindError) as refused:
        kinds.names()
    assert msg.KIND_PLUGIN_FAILED.format(entry="spiral", module="spiralplug.kind",
                                         error="ImportError: No module named 'spiralplug'") in str(refused.value)
