"""The output folder: manifest, only-what-changed, charts whose spec is gone, zip."""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile

import pytest
from click.testing import CliRunner

from charts.cli import cli
from tests.conftest import minimal_specs


@pytest.fixture
def workspace(tmp_path):
    return minimal_specs(tmp_path / "specs", {"age": "bar", "donut": "donut"}), tmp_path / "output"


def render(specs, out, *extra):
    result = CliRunner().invoke(cli, ["render", str(specs), "-o", str(out), "--format", "png,svg", *extra])
    return result


def test_manifest_lists_every_chart_with_its_files_and_hashes(workspace):
    specs, out = workspace
    assert render(specs, out).exit_code == 0
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert [c["name"] for c in manifest["charts"]] == ["age", "donut"]
    for chart in manifest["charts"]:
        assert chart["status"] == "unverified"  # no article to verify against
        for name, facts in chart["files"].items():
            data = (out / chart["name"] / name).read_bytes()
            assert facts["sha256"] == hashlib.sha256(data).hexdigest()


def test_an_unverified_chart_is_named_so_on_the_review_page(workspace):
    specs, out = workspace
    assert render(specs, out).exit_code == 0
    page = (out / "index.html").read_text(encoding="utf-8")
    assert page.count('<span class="badge">未核对</span>') == 2 and "未核对 2" in page
    assert 'data-status="unverified"' in page and '<option value="unverified">未核对（2）</option>' in page


def test_a_second_run_rewrites_nothing_unchanged(workspace):
    specs, out = workspace
    render(specs, out)
    stamps = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}
    text = (specs / "age.yaml").read_text(encoding="utf-8").replace("title: 受访者年龄构成", "title: 受访者年龄")
    (specs / "age.yaml").write_text(text, encoding="utf-8")
    render(specs, out)
    changed = {p.relative_to(out).as_posix() for p, stamp in stamps.items() if p.stat().st_mtime_ns != stamp}
    assert changed and all(name.startswith("age/") or name in {"manifest.json", "index.html", "review-font.ttf"}
                           for name in changed)
    assert not any(name.startswith("donut/") for name in changed)


def test_a_chart_whose_spec_is_gone_is_removed_and_nothing_else(workspace):
    specs, out = workspace
    render(specs, out)
    (out / "notes-by-the-desk.txt").write_text("keep me", encoding="utf-8")
    (out / "unrelated").mkdir()
    (specs / "donut.yaml").unlink()
    assert render(specs, out).exit_code == 0
    assert not (out / "donut").exists() and (out / "age").is_dir()
    assert (out / "notes-by-the-desk.txt").is_file() and (out / "unrelated").is_dir()
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert [c["name"] for c in manifest["charts"]] == ["age"]


def test_a_broken_spec_keeps_its_previous_files(workspace):
    specs, out = workspace
    render(specs, out)
    before = (out / "age" / "age.png").read_bytes()
    (specs / "age.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    result = render(specs, out)
    assert result.exit_code == 1
    assert (out / "age" / "age.png").read_bytes() == before
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    age = next(c for c in manifest["charts"] if c["name"] == "age")
    assert age["status"] == "error" and age["problems"] and "age.png" in age["files"]
    assert "not valid YAML" in (out / "index.html").read_text(encoding="utf-8")


def test_files_of_formats_no_longer_made_are_removed(workspace):
    specs, out = workspace
    render(specs, out)
    assert (out / "age" / "age.svg").is_file()
    CliRunner().invoke(cli, ["render", str(specs), "-o", str(out), "--format", "png"])
    assert not (out / "age" / "age.svg").exists() and (out / "age" / "age.png").is_file()


def test_zip_packs_one_chart_or_all_the_same_way_each_time(workspace):
    specs, out = workspace
    result = render(specs, out, "--zip")
    assert result.exit_code == 0
    with zipfile.ZipFile(out / "charts.zip") as archive:
        names = archive.namelist()
    assert "index.html" in names and "manifest.json" in names and "age/age.png" in names
    first = (out / "charts.zip").read_bytes()
    CliRunner().invoke(cli, ["zip", "-o", str(out)])
    assert (out / "charts.zip").read_bytes() == first
    one = CliRunner().invoke(cli, ["zip", "age", "-o", str(out)])
    assert one.exit_code == 0
    with zipfile.ZipFile(out / "age.zip") as archive:
        assert all(n.startswith("age/") for n in archive.namelist())
    unknown = CliRunner().invoke(cli, ["zip", "nope", "-o", str(out)])
    assert unknown.exit_code == 1 and "no rendered chart named nope" in unknown.output


def test_output_folder_is_never_escaped(workspace, tmp_path):
    specs, out = workspace
    shutil.copy(specs / "age.yaml", specs / "..yaml")  # a name that is all dots
    render(specs, out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["output", "specs"]


def test_unchanged_charts_are_not_drawn_again(workspace):
    specs, out = workspace
    render(specs, out)
    again = CliRunner().invoke(cli, ["-v", "render", str(specs), "-o", str(out), "--format", "png,svg"])
    assert "0 chart(s) rendered, 0 failed, 2 unchanged" in again.output and "unchanged age" in again.output
    text = (specs / "age.yaml").read_text(encoding="utf-8").replace("sample_size: 1151", "sample_size: 1152")
    (specs / "age.yaml").write_text(text, encoding="utf-8")
    changed = render(specs, out)
    assert "rendered age" in changed.output and "1 unchanged" in changed.output
    forced = render(specs, out, "--force")
    assert "2 chart(s) rendered" in forced.output
    other_format = CliRunner().invoke(cli, ["render", str(specs), "-o", str(out), "--format", "png"])
    assert "2 chart(s) rendered" in other_format.output  # the requested formats are part of a chart
