"""A run where nothing changed: decided from fingerprints and the manifest alone."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from charts.cli import cli
from charts.run.incremental import named_files, nothing_changed, run_stamp
from tests.conftest import MINIMAL, ROOT, minimal_specs, wait_for

FORMATS = ("png",)


@pytest.fixture
def rendered(tmp_path):
    specs = minimal_specs(tmp_path / "specs", {"b-age": "bar", "a-donut": "donut"})
    out = tmp_path / "output"
    result = CliRunner().invoke(cli, ["render", str(specs), "-o", str(out), "--format", ",".join(FORMATS)])
    assert result.exit_code == 0, result.output
    return specs, out


def paths_of(specs):
    return [(p, str(p)) for p in sorted(specs.glob("*.yaml"))]


def stamp():
    return run_stamp(FORMATS, False, False, None)


def test_nothing_changed_gives_every_chart_in_spec_order(rendered):
    specs, out = rendered
    kept = nothing_changed(paths_of(specs), out, stamp())
    assert [e["name"] for e in kept] == ["a-donut", "b-age"]
    assert all(e["status"] != "error" and e["files"] for e in kept)


def test_other_formats_or_options_are_a_change(rendered):
    specs, out = rendered
    assert nothing_changed(paths_of(specs), out, run_stamp(("png", "svg"), False, False, None)) is None
    assert nothing_changed(paths_of(specs), out, run_stamp(FORMATS, False, True, None)) is None


@pytest.mark.parametrize("change", ["edit spec", "lost file", "resized file", "no page", "spec gone",
                                    "spec named otherwise", "broken manifest"])
def test_any_change_sends_the_run_the_whole_way(rendered, change):
    specs, out = rendered
    paths = paths_of(specs)
    if change == "edit spec":
        spec = specs / "b-age.yaml"
        spec.write_text(spec.read_text(encoding="utf-8").replace("1151", "1152"), encoding="utf-8")
    elif change == "lost file":
        (out / "a-donut" / "a-donut.png").unlink()
    elif change == "resized file":
        with open(out / "a-donut" / "a-donut.csv", "ab") as handle:
            handle.write(b"x")
    elif change == "no page":
        (out / "index.html").unlink()
    elif change == "spec gone":  # its folder must be removed, which only the whole run does
        (specs / "a-donut.yaml").unlink()
        paths = paths_of(specs)
    elif change == "spec named otherwise":  # the review page shows the path as given
        paths = [(p, os.path.relpath(p)) for p, _ in paths]
    elif change == "broken manifest":
        (out / "manifest.json").write_text("{", encoding="utf-8")
    assert nothing_changed(paths, out, stamp()) is None


def test_a_data_file_the_spec_names_is_part_of_it(tmp_path):
    specs, out = tmp_path / "specs", tmp_path / "output"
    specs.mkdir()
    (specs / "t.csv").write_text("年龄段,占比\n00后,21.6\n90后,78.4\n", encoding="utf-8")
    spec = MINIMAL.format(kind="bar", question="single")
    spec = spec[:spec.index("data:")] + "data:\n  csv: t.csv\n" + spec[spec.index("sample_size"):]
    (specs / "t.yaml").write_text(spec, encoding="utf-8")
    assert CliRunner().invoke(cli, ["render", str(specs), "-o", str(out), "--format", "png"]).exit_code == 0
    assert nothing_changed(paths_of(specs), out, stamp()) is not None
    (specs / "t.csv").write_text("年龄段,占比\n00后,21.7\n90后,78.3\n", encoding="utf-8")
    assert nothing_changed(paths_of(specs), out, stamp()) is None


def test_an_article_in_the_archive_is_part_of_it(tmp_path):
    specs, out, archive = tmp_path / "specs", tmp_path / "output", tmp_path / "archive"
    specs.mkdir()
    archive.mkdir()
    (specs / "t.yaml").write_text(MINIMAL.format(kind="bar", question="single") + "  article: a.txt\n",
                                  encoding="utf-8")
    article = "对1151名受访者的调查显示，00后占21.6%，90后占43.6%，80后占26.9%，70后占7.1%，其他占0.9%。"
    (archive / "a.txt").write_text(article, encoding="utf-8")
    run = ["render", str(specs), "-o", str(out), "--format", "png", "--articles", str(archive)]
    assert CliRunner().invoke(cli, run).exit_code == 0
    assert nothing_changed(paths_of(specs), out, stamp(), (archive,)) is not None
    assert nothing_changed(paths_of(specs), out, stamp()) is None  # not found without the archive
    (archive / "a.txt").write_text(article.replace("21.6", "21.7"), encoding="utf-8")
    assert nothing_changed(paths_of(specs), out, stamp(), (archive,)) is None


def test_a_run_with_nothing_changed_loads_no_drawing_library(rendered):
    """A real process: what it imported, and what it said."""
    specs, out = rendered
    probe = ("import sys\nfrom charts.cli import cli\n"
             "try:\n    cli([" + ", ".join(repr(a) for a in ["render", str(specs), "-o", str(out), "--format", "png"])
             + "])\nexcept SystemExit as exc:\n    code = exc.code\n"
             "print(code, sorted(m for m in ('matplotlib', 'pandas', 'pydantic', 'PIL') if m in sys.modules))\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False)
    assert done.stdout.splitlines()[-1] == "0 []", done.stdout + done.stderr
    assert "0 chart(s) rendered, 0 failed, 2 unchanged" in done.stdout


def test_a_run_with_nothing_changed_reports_like_a_full_one(rendered):
    specs, out = rendered
    quick = CliRunner().invoke(cli, ["--json", "render", str(specs), "-o", str(out), "--format", "png"])
    full = CliRunner().invoke(cli, ["--json", "render", str(specs / "b-age.yaml"), str(specs / "a-donut.yaml"),
                                    "-o", str(out), "--format", "png"])  # other paths: the whole way
    assert quick.exit_code == full.exit_code == 0
    quick_charts = {c["name"]: c for c in json.loads(quick.output)["charts"]}
    full_charts = {c["name"]: c for c in json.loads(full.output)["charts"]}
    assert quick_charts.keys() == full_charts.keys()
    for name, chart in quick_charts.items():
        assert sorted(chart["files"]) == sorted(full_charts[name]["files"])
        assert chart["ok"] and not chart["problems"]


def _spec_with_csv(data_line: str) -> str:
    """MINIMAL with its data written as `data_line` (a CSV named in some YAML style)."""
    spec = MINIMAL.format(kind="bar", question="single")
    return spec[:spec.index("data:")] + data_line + "\n" + spec[spec.index("sample_size"):]


@pytest.mark.parametrize("text, named", [
    ("data: {csv: age.csv}\nsource: {publication: 报, article: a.txt}\n", ["age.csv", "a.txt"]),
    ("data:\n  csv: 'tables/age.csv'  # the table\n", ["tables/age.csv"]),
    (('data: {"csv": "age.csv"}\nalso_cited:\n  - {rows: [x], publication: 公报, article: b.txt}\n'
      "  - rows: [y]\n    publication: 年鉴\n    article: c.txt\n"), ["age.csv", "b.txt", "c.txt"]),
    ("title: 没有文件\nnotes: ['csv: age.csv']\ndata: {rows: [[a, 1]]}\n", []),  # words, not fields
    ("data: {csv: [unclosed\n", []),  # does not parse: its bytes alone decide
    ("- csv: age.csv\n", []),
])
def test_the_files_a_spec_names_come_from_its_fields(text, named):
    assert named_files(text.encode("utf-8")) == named


def _render(specs, out) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "charts", "-v", "render", str(specs), "-o", str(out),
                           "--format", "png"], cwd=ROOT, capture_output=True, text=True, timeout=120,
                          check=False)


def test_a_csv_named_in_flow_style_is_followed(tmp_path):
    """Two real runs: the second, after the CSV changed, draws the chart again."""
    specs, out = tmp_path / "specs", tmp_path / "output"
    specs.mkdir()
    (specs / "age.yaml").write_text(_spec_with_csv("data: {csv: age.csv}"), encoding="utf-8")
    (specs / "age.csv").write_text("年龄段,占比\n00后,21.6\n90后,78.4\n", encoding="utf-8")
    first = _render(specs, out)
    assert first.returncode == 0, first.stdout + first.stderr
    before = (out / "age" / "age.csv").read_bytes()
    (specs / "age.csv").write_text("年龄段,占比\n00后,31.6\n90后,68.4\n", encoding="utf-8")
    second = _render(specs, out)
    assert second.returncode == 0, second.stdout + second.stderr
    assert "rendered age" in second.stdout and "unchanged" not in second.stdout, second.stdout
    after = (out / "age" / "age.csv").read_bytes()
    assert after != before and "31.6" in after.decode("utf-8-sig")



def test_the_watch_redraws_a_chart_whose_csv_changed(tmp_path):
    """A real `render --watch`: the CSV is in a folder below the spec's, named in flow style."""
    specs, out = tmp_path / "specs", tmp_path / "out"
    (specs / "tables").mkdir(parents=True)
    (specs / "age.yaml").write_text(_spec_with_csv('data: {csv: "tables/age.csv"}'), encoding="utf-8")
    (specs / "inline.yaml").write_text(MINIMAL.format(kind="bar", question="single"), encoding="utf-8")
    table = specs / "tables" / "age.csv"
    table.write_text("年龄段,占比\n00后,21.6\n90后,78.4\n", encoding="utf-8")
    log_path = tmp_path / "log.txt"
    log = log_path.open("w")
    process = subprocess.Popen([sys.executable, "-m", "charts", "-v", "render", "--watch", str(specs),
                                "-o", str(out), "--format", "png"], cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    csv_out = out / "age" / "age.csv"
    try:
        assert wait_for(lambda: "watching" in log_path.read_text(encoding="utf-8"))
        first = csv_out.read_bytes()
        table.write_text("年龄段,占比\n00后,31.6\n90后,68.4\n", encoding="utf-8")
        assert wait_for(lambda: csv_out.read_bytes() != first), "the changed CSV was not rendered"
        assert "31.6" in csv_out.read_text(encoding="utf-8-sig")
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()
