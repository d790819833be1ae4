"""The command line through click's runner: output, exit codes, and no tracebacks."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from charts import messages as msg
from charts.cli import cli
from charts.spec.schema import SCHEMA_FILE
from tests.conftest import MINIMAL, SPECS


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def specs_dir(tmp_path):
    folder = tmp_path / "specs"
    folder.mkdir()
    (folder / "受访者年龄.yaml").write_text(MINIMAL.format(kind="bar", question="single"), encoding="utf-8")
    return folder


def test_render_writes_every_file_and_exits_0(runner, specs_dir, tmp_path):
    result = runner.invoke(cli, ["render", str(specs_dir), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert msg.RENDERED.format(name="受访者年龄", files=15) in result.output
    assert sorted(p.name for p in (tmp_path / "out" / "受访者年龄").iterdir()) == sorted([
        "受访者年龄.png", "受访者年龄@2x.png", "受访者年龄.svg", "受访者年龄.editable.svg",
        "受访者年龄.print-1col.pdf", "受访者年龄.print-2col.pdf",
        "受访者年龄.print-1col.png", "受访者年龄.print-2col.png",
        "受访者年龄.mobile.png", "受访者年龄.mobile.svg", "受访者年龄.mobile.editable.svg",
        "受访者年龄.csv", "受访者年龄.alt.txt", "受访者年龄.html", "受访者年龄.json"])


def test_a_bad_spec_fails_alone(runner, specs_dir, tmp_path):
    (specs_dir / "bad.yaml").write_text(MINIMAL.format(kind="bar", question="single").replace("21.6", '"21.6%"'),
                                        encoding="utf-8")
    result = runner.invoke(cli, ["render", str(specs_dir), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    bad = specs_dir / "bad.yaml"
    assert f"{bad}:10:15: data.rows[0][1]: " + msg.NOT_A_NUMBER.format(got='"21.6%"') in result.output
    assert "Traceback" not in result.output
    assert (tmp_path / "out" / "受访者年龄" / "受访者年龄.png").is_file()
    assert not (tmp_path / "out" / "bad").exists()
    assert msg.SUMMARY.format(ok=1, failed=1) in result.output


def test_names_that_would_collide_in_output(runner, specs_dir, tmp_path):
    source = (specs_dir / "受访者年龄.yaml").read_text(encoding="utf-8")
    (specs_dir / "age split.yaml").write_text(source, encoding="utf-8")
    (specs_dir / "age-split.yaml").write_text(source, encoding="utf-8")
    result = runner.invoke(cli, ["render", str(specs_dir), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert msg.NAME_COLLISION.format(name="age-split", other=str(specs_dir / "age split.yaml")) in result.output


def test_only_the_chosen_formats(runner, specs_dir, tmp_path):
    result = runner.invoke(cli, ["render", str(specs_dir), "-o", str(tmp_path / "out"), "--format", "png"])
    assert result.exit_code == 0
    assert sorted(p.name for p in (tmp_path / "out" / "受访者年龄").iterdir()) == sorted([
        "受访者年龄.png", "受访者年龄@2x.png", "受访者年龄.mobile.png", "受访者年龄.csv", "受访者年龄.alt.txt",
        "受访者年龄.html", "受访者年龄.json"])


def test_an_unknown_format_is_a_usage_error(runner, specs_dir):
    result = runner.invoke(cli, ["render", str(specs_dir), "--format", "gif"])
    assert result.exit_code == 2
    assert msg.BAD_FORMAT.format(name="gif", choices="png, svg, pdf, print-png") in result.output


def test_a_missing_spec_file(runner, tmp_path):
    result = runner.invoke(cli, ["render", str(tmp_path / "specs" / "nowhere.yaml"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "cannot read the file" in result.output and "Traceback" not in result.output


def test_check_draws_nothing(runner, specs_dir):
    result = runner.invoke(cli, ["check", str(specs_dir)])
    assert result.exit_code == 0
    assert msg.CHECK_SUMMARY.format(ok=1, failed=0) in result.output


def test_check_reports_data_rules(runner, specs_dir):
    (specs_dir / "multi-donut.yaml").write_text(MINIMAL.format(kind="donut", question="multi"), encoding="utf-8")
    result = runner.invoke(cli, ["check", str(specs_dir)])
    assert result.exit_code == 1
    assert msg.KIND_NEEDS_SINGLE.format(kind="donut") in result.output


def test_fonts_names_each_role(runner):
    result = runner.invoke(cli, ["fonts"])
    assert result.exit_code == 0
    assert "body: Noto Sans SC Regular" in result.output
    assert "title: Noto Sans SC Bold" in result.output
    assert "why:" in result.output


def test_schema_is_the_committed_one(runner):
    result = runner.invoke(cli, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.output) == json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))


def test_help_version_and_examples(runner):
    for args in (["-h"], ["--help"], ["render", "-h"], ["check", "-h"], ["fonts", "-h"], ["schema", "-h"]):
        result = runner.invoke(cli, args)
        assert result.exit_code == 0 and "Example" in result.output, args
    assert "0.1.0" in runner.invoke(cli, ["--version"]).output


def test_default_is_every_spec_in_specs(runner, tmp_path, monkeypatch):
    shutil.copytree(SPECS, tmp_path / "specs")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, ["check"])
    assert result.exit_code == 0
    assert msg.CHECK_SUMMARY.format(ok=len(list(SPECS.glob("*.yaml"))), failed=0) in result.output


def test_an_internal_error_costs_only_its_chart(runner, specs_dir, tmp_path, monkeypatch):
    from dataclasses import replace

    from charts import kinds

    (specs_dir / "donut.yaml").write_text(MINIMAL.format(kind="donut", question="single"), encoding="utf-8")

    def broken(*args):
        raise ZeroDivisionError("a bug")

    # the registered kind holds the draw the frame calls; in this process: render with one job
    monkeypatch.setitem(kinds.REGISTRY, "bar", replace(kinds.get("bar"), draw=broken))
    result = runner.invoke(cli, ["render", "-j", "1", str(specs_dir), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert msg.INTERNAL_ERROR.format(error="ZeroDivisionError: a bug") in result.output
    assert "Traceback" not in result.output
    assert (tmp_path / "out" / "donut" / "donut.png").is_file()
    assert "charts --debug COMMAND" in result.output  # how, as the option works: before the command
    debug = runner.invoke(cli, ["--debug", "render", "-j", "1", str(specs_dir), "-o", str(tmp_path / "out")])
    assert debug.exit_code == 1 and "Traceback" in debug.output and "ZeroDivisionError" in debug.output


def test_strict_makes_warnings_fail(runner, specs_dir, tmp_path):
    source = (specs_dir / "受访者年龄.yaml").read_text(encoding="utf-8").replace("sample_size: 1151\n", "")
    (specs_dir / "受访者年龄.yaml").write_text(source, encoding="utf-8")
    relaxed = runner.invoke(cli, ["check", str(specs_dir)])
    assert relaxed.exit_code == 0 and "warning [sample-size]" in relaxed.output
    strict = runner.invoke(cli, ["check", "--strict", str(specs_dir)])
    assert strict.exit_code == 1
    rendered = runner.invoke(cli, ["render", "--strict", str(specs_dir), "-o", str(tmp_path / "out"), "--format", "png"])
    assert rendered.exit_code == 1 and not (tmp_path / "out" / "受访者年龄").exists()


def test_quiet_is_one_switch_before_the_command_or_after_verify(runner, specs_dir, tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("对1151名受访者的调查显示，00后占21.6%，90后占43.6%，80后占26.9%，70后占7.1%，"
                       "其他占0.9%。\n", encoding="utf-8")
    spec = specs_dir / "受访者年龄.yaml"
    verify = ["verify", str(spec), "--article", str(article)]
    tally = msg.VERIFY_SUMMARY.format(name=spec, found=6, relabelled=0, missing=0, cited=0)
    loud = runner.invoke(cli, verify)
    assert loud.exit_code == 0 and "found: 00后 21.6%" in loud.output and tally in loud.output
    after, before = runner.invoke(cli, [*verify, "-q"]), runner.invoke(cli, ["-q", *verify])
    assert after.exit_code == before.exit_code == 0
    assert after.output == before.output == tally + "\n"  # the counts stay, the found lines go
    as_json = runner.invoke(cli, ["--json", *verify])
    assert json.loads(as_json.output)["failed"] == 0 and tally not in as_json.output
    assert "-q, --quiet" in runner.invoke(cli, ["verify", "-h"]).output


def test_a_render_where_nothing_changed_says_so_with_verbose(runner, specs_dir, tmp_path):
    out = str(tmp_path / "out")
    assert runner.invoke(cli, ["render", str(specs_dir), "-o", out, "--format", "png"]).exit_code == 0
    again = runner.invoke(cli, ["-v", "render", str(specs_dir), "-o", out, "--format", "png"])
    assert again.exit_code == 0
    summary = msg.SUMMARY.format(ok=0, failed=0) + msg.SUMMARY_UNCHANGED.format(count=1)
    assert again.output.splitlines()[:2] == [msg.UNCHANGED.format(name="受访者年龄"), summary]
    quiet = runner.invoke(cli, ["-q", "render", str(specs_dir), "-o", out, "--format", "png"])
    assert quiet.exit_code == 0 and quiet.output == ""
