"""Editions through the run: --edition and the spec's `editions` write each chart again with
the edition's tag in its file names, from the same checked figures; asking for an edition is
a change to the run."""

from __future__ import annotations

import json

from click.testing import CliRunner

from charts.cli import cli
from charts.run.incremental import nothing_changed, run_stamp
from charts.run.options import RenderOptions
from charts.run.pipeline import render_one
from tests.conftest import MINIMAL, minimal_specs

TAGGED = ["{n}.zh-Hant-TW.png", "{n}.zh-Hant-TW@2x.png", "{n}.zh-Hant-TW.svg", "{n}.zh-Hant-TW.editable.svg",
          "{n}.zh-Hant-TW.mobile.png", "{n}.zh-Hant-TW.mobile.svg", "{n}.zh-Hant-TW.mobile.editable.svg",
          "{n}.zh-Hant-TW.print-2col.pdf", "{n}.zh-Hant-TW.print-1col.pdf", "{n}.zh-Hant-TW.print-2col.png",
          "{n}.zh-Hant-TW.alt.txt", "{n}.zh-Hant-TW.csv", "{n}.zh-Hant-TW.html", "{n}.zh-Hant-TW.json"]


def test_an_edition_asked_for_writes_every_file_again_with_its_tag(write_spec, tmp_path, fonts_for):
    spec = write_spec(MINIMAL.format(kind="bar", question="single"), "age.yaml")
    options = RenderOptions(out_dir=tmp_path / "out", editions=("zh-Hant-TW",))
    result = render_one(spec, "specs/age.yaml", options, fonts_for)
    assert result.ok, [str(p) for p in result.problems]
    names = {p.name for p in result.files}
    assert {t.format(n="age") for t in TAGGED} <= names
    assert not any("zh-Hant-HK" in n for n in names)
    record = json.loads((tmp_path / "out" / "age" / "age.zh-Hant-TW.json").read_text(encoding="utf-8"))
    assert record["spec"] == "specs/age.yaml" and record["edition"]["opencc"] == "s2tw"
    assert record["fonts"]["body"]["family"] == "Noto Sans TC"
    own = json.loads((tmp_path / "out" / "age" / "age.json").read_text(encoding="utf-8"))
    assert record["data"]["values"] == own["data"]["values"]  # words change, never figures
    assert record["verify"] == own["verify"]
    snippet = (tmp_path / "out" / "age" / "age.zh-Hant-TW.html").read_text(encoding="utf-8")
    assert 'lang="zh-Hant-TW"' in snippet and "age.zh-Hant-TW.mobile.png" in snippet
    svg = (tmp_path / "out" / "age" / "age.zh-Hant-TW.editable.svg").read_text(encoding="utf-8")
    assert 'xml:lang="zh-Hant-TW"' in svg and "'Noto Sans TC'" in svg and "樣本數：1151" in svg


def test_a_spec_lists_its_editions_and_pins_a_term(write_spec, tmp_path, fonts_for):
    text = MINIMAL.format(kind="bar", question="single") + "editions: [zh-Hant-HK]\n" \
        "edition_terms:\n  zh-Hant-HK: {其他: 其餘}\n"
    result = render_one(write_spec(text, "age.yaml"), None, RenderOptions(out_dir=tmp_path / "out", formats=("png",)),
                        fonts_for)
    assert result.ok, [str(p) for p in result.problems]
    csv = (tmp_path / "out" / "age" / "age.zh-Hant-HK.csv").read_bytes().decode("utf-8-sig")
    assert "其餘,0.9" in csv and "年齡段" in csv
    assert not (tmp_path / "out" / "age" / "age.zh-Hant-TW.png").exists()


def test_asking_for_an_edition_is_a_change_and_then_nothing_changed(tmp_path):
    specs = minimal_specs(tmp_path / "specs", {"age": "bar"})
    out = tmp_path / "output"
    runner = CliRunner()
    assert runner.invoke(cli, ["render", str(specs), "-o", str(out), "--format", "png"]).exit_code == 0
    paths = [(p, str(p)) for p in sorted(specs.glob("*.yaml"))]
    assert nothing_changed(paths, out, run_stamp(("png",), False, False, None, ("zh-Hant-TW",))) is None
    done = runner.invoke(cli, ["render", str(specs), "-o", str(out), "--format", "png", "--edition", "zh-Hant-TW"])
    assert done.exit_code == 0, done.output
    assert (out / "age" / "age.zh-Hant-TW.png").is_file()
    assert nothing_changed(paths, out, run_stamp(("png",), False, False, None, ("zh-Hant-TW",))) is not None


def test_an_unknown_edition_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(cli, ["render", "-o", str(tmp_path / "o"), "--edition", "zh-Hant-SG"])
    assert result.exit_code == 2 and "zh-Hant-TW" in result.output


def test_a_spec_written_in_traditional_is_rendered_as_its_own_traditional_edition(write_spec, tmp_path, fonts_for):
    """A Hong Kong page charted as it reads: the files keep the spec's name, the text is set in
    Noto Sans TC and marked zh-Hant, and the tool's own words are Traditional."""
    text = MINIMAL.format(kind="bar", question="single").replace("受访者年龄构成", "受訪者年齡構成") \
        .replace("年龄段", "年齡段").replace("后", "後").replace("中国青年报", "香港商報")
    result = render_one(write_spec(text, "age.yaml"), None, RenderOptions(out_dir=tmp_path / "out"), fonts_for)
    assert result.ok, [str(p) for p in result.problems]
    assert not any("zh-Hant" in p.name for p in result.files)
    record = json.loads((tmp_path / "out" / "age" / "age.json").read_text(encoding="utf-8"))
    assert record["edition"]["tag"] == "zh-Hant" and record["fonts"]["body"]["family"] == "Noto Sans TC"
    assert 'lang="zh-Hant"' in (tmp_path / "out" / "age" / "age.html").read_text(encoding="utf-8")
    svg = (tmp_path / "out" / "age" / "age.editable.svg").read_text(encoding="utf-8")
    assert "樣本數：1151" in svg and "資料來源：" in svg and "《香港商報》" in svg and "样本量" not in svg
