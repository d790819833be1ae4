"""The one manifest reader: what the last run kept, and nothing from a manifest that is
missing or not what charts writes."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from charts.cli import cli
from charts.handoff.manifest import MANIFEST, read_entries
from tests.conftest import minimal_specs

ENTRY = {"name": "age", "spec": "specs/age.yaml", "status": "ok", "files": {}}


def test_each_chart_by_name_in_the_manifest_order(tmp_path):
    other = {**ENTRY, "name": "city"}
    (tmp_path / MANIFEST).write_text(json.dumps({"charts": [other, ENTRY]}), encoding="utf-8")
    assert read_entries(tmp_path) == {"city": other, "age": ENTRY}
    assert list(read_entries(tmp_path)) == ["city", "age"]


@pytest.mark.parametrize("text", [None, "", "{", "[]", '"charts"', '{"charts": {"age": {}}}', '{"charts": null}'])
def test_a_missing_or_broken_manifest_keeps_nothing(tmp_path, text):
    if text is not None:
        (tmp_path / MANIFEST).write_text(text, encoding="utf-8")
    assert read_entries(tmp_path) == {}


def test_entries_that_are_not_charts_are_left_out(tmp_path):
    charts = [ENTRY, 3, {"name": 7}, {"spec": "x.yaml"}, "age"]
    (tmp_path / MANIFEST).write_text(json.dumps({"charts": charts}), encoding="utf-8")
    assert read_entries(tmp_path) == {"age": ENTRY}


def test_a_run_over_a_broken_manifest_writes_a_good_one(tmp_path):
    specs, out = minimal_specs(tmp_path / "specs", {"age": "bar"}), tmp_path / "output"
    out.mkdir()
    (out / MANIFEST).write_text("[1, 2]", encoding="utf-8")
    result = CliRunner().invoke(cli, ["render", str(specs), "-o", str(out), "--format", "png"])
    assert result.exit_code == 0, result.output
    assert list(read_entries(out)) == ["age"]
    zipped = CliRunner().invoke(cli, ["render", str(specs), "-o", str(out), "--format", "png", "--zip"])
    assert zipped.exit_code == 0 and (out / "charts.zip").is_file(), zipped.output
