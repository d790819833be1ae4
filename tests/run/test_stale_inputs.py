"""A chart is never left stale: whatever way a spec names its data or article (flow style,
a path through ../, a CSV replaced by a symlink), editing that file re-renders the chart
with the new figures, through the real command and its nothing-changed fast path."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SPEC = """title: 受访者年龄构成
kind: bar
question: single
unit: "%"
decimals: 1
{data}
sample_size: 1151
source: {{publication: 中国青年报{article}}}
"""
TABLE = "年龄段,占比\n00后,{first}\n90后,43.6\n80后,26.9\n70后,7.1\n其他,0.9\n"


def _render(project: Path) -> str:
    done = subprocess.run([sys.executable, "-m", "charts", "render", "specs", "-o", "output", "--format", "png",
                           "-j", "1"], cwd=project, capture_output=True, text=True, timeout=300, check=False,
                          env={**os.environ, "NO_COLOR": "1"})
    assert "Traceback" not in done.stdout + done.stderr, done.stderr
    return done.stdout + done.stderr


def _first_figure(project: Path, name: str = "age") -> str:
    rows = list(csv.reader(io.StringIO((project / "output" / name / f"{name}.csv").read_bytes().decode("utf-8-sig"))))
    return rows[1][1]


@pytest.fixture
def project(tmp_path) -> Path:
    (tmp_path / "specs" / "data").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    return tmp_path


@pytest.mark.parametrize("data, csv_at", [
    ("data: {csv: age.csv}", "specs/age.csv"),                   # flow style
    ("data:\n  csv: data/../age.csv", "specs/age.csv"),          # a path through ../
    ("data: {csv: data/age.csv}", "specs/data/age.csv"),         # a folder beside the spec
])
def test_an_edited_csv_re_renders_its_chart(project, data, csv_at):
    (project / "specs" / "age.yaml").write_text(SPEC.format(data=data, article=""), encoding="utf-8")
    table = project / csv_at
    table.write_text(TABLE.format(first="21.6"), encoding="utf-8")
    assert "rendered age (" in _render(project)
    assert _first_figure(project) == "21.6"
    table.write_text(TABLE.format(first="21.65"), encoding="utf-8")  # same size, one digit more
    said = _render(project)
    assert "unchanged" not in said, said
    assert _first_figure(project) == "21.7", said  # and rounded half up


def test_a_csv_replaced_by_a_symlink_re_renders_its_chart(project):
    specs = project / "specs"
    (specs / "age.yaml").write_text(SPEC.format(data="data: {csv: age.csv}", article=""), encoding="utf-8")
    (specs / "age.csv").write_text(TABLE.format(first="21.6"), encoding="utf-8")
    (specs / "data" / "newer.csv").write_text(TABLE.format(first="22.6").replace("43.6", "42.6"), encoding="utf-8")
    _render(project)
    assert _first_figure(project) == "21.6"
    (specs / "age.csv").unlink()
    (specs / "age.csv").symlink_to(specs / "data" / "newer.csv")
    said = _render(project)
    assert "unchanged" not in said, said
    csv_file = project / "output" / "age" / "age.csv"
    # Either the chart follows the new file, or (where links are refused) it is refused and
    # says so: never the old figures presented as current.
    if "error" in said.lower() or "refuse" in said.lower():
        record = json.loads((project / "output" / "manifest.json").read_text(encoding="utf-8"))
        entry = next(c for c in record["charts"] if c["name"] == "age")
        assert entry["status"] == "error" or not csv_file.exists(), said
    else:
        assert _first_figure(project) == "22.6", said


def test_an_edited_article_re_checks_the_figures(project):
    specs = project / "specs"
    (specs / "age.yaml").write_text(SPEC.format(data="data: {csv: age.csv}", article=", article: article.txt"),
                                    encoding="utf-8")
    (specs / "age.csv").write_text(TABLE.format(first="21.6"), encoding="utf-8")
    article = specs / "article.txt"
    article.write_text("对1151名受访者的调查显示，00后占21.6%，90后占43.6%，80后占26.9%，70后占7.1%，其他占0.9%。\n", encoding="utf-8")
    _render(project)

    def statuses():
        record = json.loads((project / "output" / "age" / "age.json").read_text(encoding="utf-8"))
        return {f["figure"]: f["status"] for f in record["verify"]["figures"]}

    assert statuses()["00后 21.6%"] == "found", statuses()
    article.write_text("对1151名受访者的调查显示，00后占21.9%，90后占43.6%，80后占26.9%，70后占7.1%，其他占0.9%。\n", encoding="utf-8")
    said = _render(project)
    assert "unchanged" not in said, said
    # the figure is no longer in the article: the chart is refused, its last good files kept
    assert "00后 21.6% is not in specs/article.txt" in said and "1 failed" in said, said
    assert statuses()["00后 21.6%"] == "found"
    manifest = json.loads((project / "output" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["charts"][0]["status"] == "error"
