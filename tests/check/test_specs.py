"""check_specs, the library call behind `charts check`."""

from __future__ import annotations

import json

from charts import messages as msg
from charts.check.specs import CheckOptions, check_specs
from tests.conftest import MINIMAL
from tests.reporter import Collected


def test_a_good_and_a_bad_spec(write_spec):
    good = write_spec(MINIMAL.format(kind="bar", question="single"), "good.yaml")
    bad = write_spec(MINIMAL.format(kind="donut", question="multi"), "bad.yaml")
    heard = Collected()
    summary = check_specs(CheckOptions(((good, "good.yaml"), (bad, "bad.yaml"))), heard)
    assert summary.failed == 1
    assert heard.said("info") == [msg.CHECKED.format(name="good.yaml")]
    assert len(heard.said("problem")) == 1 and msg.KIND_NEEDS_SINGLE.format(kind="donut") in heard.said("problem")[0]
    assert heard.said("summary") == [(msg.CHECK_SUMMARY.format(ok=1, failed=1), True)]
    record = json.loads(heard.said("record")[0])
    assert [(s["spec"], s["ok"]) for s in record["specs"]] == [("good.yaml", True), ("bad.yaml", False)]


def test_strict_fails_on_a_warning_said_once(write_spec):
    path = write_spec(MINIMAL.format(kind="bar", question="single").replace("sample_size: 1151\n", ""))
    relaxed, strict = Collected(), Collected()
    assert check_specs(CheckOptions(((path, "x.yaml"),)), relaxed).failed == 0
    assert check_specs(CheckOptions(((path, "x.yaml"),), strict=True), strict).failed == 1
    assert relaxed.said("problem") == strict.said("problem")  # the warning, once, either way
    assert "warning [sample-size]" in strict.said("problem")[0] and strict.said("info") == []
    entry = json.loads(strict.said("record")[0])["specs"][0]
    assert entry["problems"] == [] and len(entry["warnings"]) == 1


def test_an_unreadable_spec_is_its_problem(tmp_path):
    heard = Collected()
    missing = tmp_path / "nowhere.yaml"
    assert check_specs(CheckOptions(((missing, "nowhere.yaml"),)), heard).failed == 1
    assert "cannot read the file" in heard.said("problem")[0]
