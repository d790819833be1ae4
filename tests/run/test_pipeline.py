"""One spec through the pipeline: a good one is written whole, a bad one not at all, and a
bug costs its chart only, said as a problem."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys

import pytest

from charts import messages as msg
from charts.run.options import RenderOptions
from charts.run.pipeline import render_one
from tests.conftest import MINIMAL

# Every figure of MINIMAL, as an article would print it: verify finds them all.
ARTICLE = "本报对1151名受访者进行的一项调查显示，00后占21.6%，90后占43.6%，80后占26.9%，70后占7.1%，其他占0.9%。\n"


@pytest.fixture
def options(tmp_path):
    return RenderOptions(out_dir=tmp_path / "output", formats=("png", "svg"))


@pytest.fixture
def good_spec(write_spec, tmp_path):
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    return write_spec(MINIMAL.format(kind="bar", question="single") + "  article: article.txt\n", "age.yaml")


def test_a_good_spec_is_written_whole(good_spec, options, fonts_for):
    result = render_one(good_spec, "specs/age.yaml", options, fonts_for)
    assert result.ok and result.problems == [] and result.status == "ok"
    assert (result.spec, result.name) == ("specs/age.yaml", "age")
    folder = options.out_dir / "age"
    assert sorted(p.name for p in result.files) == sorted(p.name for p in folder.iterdir()) == sorted(
        ["age.png", "age@2x.png", "age.svg", "age.editable.svg", "age.mobile.png", "age.mobile.svg",
         "age.mobile.editable.svg", "age.csv", "age.alt.txt", "age.html", "age.json"])
    for path in result.files:
        assert result.digests[path.name]["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    record = json.loads((folder / "age.json").read_text(encoding="utf-8"))
    assert record["spec"] == "specs/age.yaml"
    assert {f["status"] for f in record["verify"]["figures"]} == {"found"}


def test_a_chart_without_its_article_is_unverified(write_spec, options, fonts_for):
    result = render_one(write_spec(MINIMAL.format(kind="bar", question="single")), None, options, fonts_for)
    assert result.ok and result.status == "unverified"


def test_an_article_in_the_archive_is_found_and_one_found_nowhere_is_said(write_spec, options, fonts_for, tmp_path):
    from dataclasses import replace

    archive = tmp_path / "archive"
    archive.mkdir()
    spec = write_spec(MINIMAL.format(kind="bar", question="single") + "  article: article.txt\n", "age.yaml")
    nowhere = render_one(spec, "age.yaml", options, fonts_for)
    assert nowhere.ok and nowhere.status == "unverified"
    assert [p.field for p in nowhere.warnings] == ["source.article"] and "unverified" in nowhere.warnings[0].message
    record = json.loads((options.out_dir / "age" / "age.json").read_text(encoding="utf-8"))
    assert record["verify"]["status"] == "unverified" and record["verify"]["figures"] == []
    strict = render_one(spec, "age.yaml", replace(options, strict=True), fonts_for)
    assert not strict.ok and "unverified" in strict.problems[0].message
    (archive / "article.txt").write_text(ARTICLE, encoding="utf-8")
    found = render_one(spec, "age.yaml", replace(options, articles=(archive,)), fonts_for)
    assert found.ok and found.status == "ok" and found.warnings == []
    record = json.loads((options.out_dir / "age" / "age.json").read_text(encoding="utf-8"))
    assert record["verify"]["status"] == "verified"


@pytest.mark.parametrize("text, said", [
    (MINIMAL.format(kind="pie", question="single"), "kind"),  # the spec itself is wrong
    (MINIMAL.format(kind="bar", question="single").replace("43.6", "63.6"), "sum"),  # its numbers are
])
def test_a_bad_spec_gives_problems_and_writes_nothing(write_spec, options, fonts_for, text, said):
    result = render_one(write_spec(text, "age.yaml"), None, options, fonts_for)
    assert not result.ok and result.status == "error"
    assert result.problems and said in " ".join(str(p) for p in result.problems).lower()
    assert result.files == [] and result.digests == {}
    assert not options.out_dir.exists()


def test_a_bug_becomes_a_problem_line_not_a_crash(good_spec, options):
    def broken_fonts(spec_font, spec_dir):
        raise KeyError("body")

    result = render_one(good_spec, None, options, broken_fonts)
    assert not result.ok and result.name == "age"
    assert [p.message for p in result.problems] == [msg.INTERNAL_ERROR.format(error="KeyError: 'body'")]
    assert not options.out_dir.exists()


def test_with_debug_a_bug_raises(good_spec, options):
    def broken_fonts(spec_font, spec_dir):
        raise KeyError("body")

    with pytest.raises(KeyError):
        render_one(good_spec, None, RenderOptions(out_dir=options.out_dir, debug=True), broken_fonts)


def test_drawing_a_chart_never_loads_pandas(good_spec, tmp_path):
    """pandas is a test extra only: a whole render in a real process leaves it unloaded."""
    probe = ("import sys\nfrom charts.cli import cli\n"
             f"try:\n    cli(['render', {str(good_spec)!r}, '-o', {str(tmp_path.parent / (tmp_path.name + '-out'))!r}, '-j', '1'])\n"
             "except SystemExit as exc:\n    code = exc.code\n"
             "print(code, 'matplotlib' in sys.modules, 'pandas' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=False)
    assert done.stdout.splitlines()[-1] == "0 True False", done.stdout + done.stderr
