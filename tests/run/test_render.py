"""render_specs, the library call behind `charts render`: what it says through the reporter
and what it returns, without the command line."""

from __future__ import annotations

import json
import pickle

import pytest

from charts import messages as msg
from charts.run.options import RenderOptions
from charts.run.render import render_specs
from charts.spec.files import find_specs
from tests.conftest import MINIMAL, minimal_specs
from tests.reporter import Collected


@pytest.fixture
def two_specs(tmp_path):
    specs = minimal_specs(tmp_path / "specs", {"b": "donut", "a": "bar"})
    return RenderOptions(specs=tuple(find_specs([str(specs)])), out_dir=tmp_path / "out", formats=("png",))


def test_a_batch_is_told_in_spec_order_and_summed_up(two_specs):
    heard = Collected()
    summary = render_specs(two_specs, heard)
    assert summary.failed == 0 and [r.name for r in summary.results] == ["a", "b"]
    kinds = [event[0] for event in heard.events]
    assert kinds[0] == "start" and heard.said("start") == [2]
    assert heard.said("step") == ["a", "b"]
    assert kinds.index("stop") < kinds.index("summary")  # the bar is gone before the closing line
    assert heard.said("info") == [msg.RENDERED.format(name="a", files=7), msg.RENDERED.format(name="b", files=7),
                                  msg.REVIEW_PAGE.format(path=two_specs.out_dir / "index.html")]
    assert heard.said("summary") == [(msg.SUMMARY.format(ok=2, failed=0), False)]
    record = json.loads(heard.said("record")[0])
    assert record["command"] == "render" and [c["name"] for c in record["charts"]] == ["a", "b"]


def test_nothing_changed_is_decided_without_a_batch(two_specs):
    render_specs(two_specs, Collected())
    heard = Collected()
    summary = render_specs(two_specs, heard)
    assert summary.unchanged == 2 and summary.failed == 0
    assert "start" not in [event[0] for event in heard.events]  # no batch, so no bar
    assert heard.said("detail") == [msg.UNCHANGED.format(name="a"), msg.UNCHANGED.format(name="b")]
    assert heard.said("summary") == [(msg.SUMMARY.format(ok=0, failed=0)
                                      + msg.SUMMARY_UNCHANGED.format(count=2), False)]


def test_a_failing_spec_is_a_problem_and_the_zip_holds_the_others(two_specs):
    bad = two_specs.specs[0][0].parent / "c.yaml"
    bad.write_text(MINIMAL.format(kind="bar", question="single").replace("21.6", '"21.6%"'), encoding="utf-8")
    options = RenderOptions(specs=tuple(find_specs([str(bad.parent)])), out_dir=two_specs.out_dir,
                            formats=("png",), zip=True)
    heard = Collected()
    summary = render_specs(options, heard)
    assert summary.failed == 1
    assert len(heard.said("problem")) == 1 and "data.rows[0][1]" in heard.said("problem")[0]
    assert heard.said("summary") == [(msg.SUMMARY.format(ok=2, failed=1), True)]
    assert heard.said("output") == [msg.ZIPPED.format(path=two_specs.out_dir / "charts.zip")]
    assert [event[0] for event in heard.events][-1] == "output"  # packed after the JSON record, as before


def test_workers_get_the_options_without_the_list_of_specs(two_specs):
    worker = two_specs.for_worker()
    assert worker.specs == () and worker.out_dir == two_specs.out_dir and worker.formats == ("png",)
    assert pickle.loads(pickle.dumps(worker)) == worker  # it travels to spawned processes
