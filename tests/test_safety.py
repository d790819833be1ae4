"""Files outside the project, and never losing an editor's file: real `charts` processes in a
project folder (a .git root with specs/ and output/), with real links, pipes and devices.

The hostile corpus (tests/hostile/) holds the cases a spec alone can set up; these need a
setup of their own: an output folder among the specs, a chart folder an editor keeps notes
in, a manifest edited by hand, a planted link, a named pipe.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from charts import messages as msg
from tests.conftest import MINIMAL

NEEDS_PIPES = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
GOOD = MINIMAL.format(kind="bar", question="single").lstrip()
ARTICLE = "对1151名受访者的调查显示，00后占21.6%，90后占43.6%，80后占26.9%，70后占7.1%，其他占0.9%。\n"


def charts(project: Path, *args: str) -> subprocess.CompletedProcess:
    """`charts ARGS` run in the project, as CI runs it; the timeout only stops a hung run."""
    return subprocess.run([sys.executable, "-m", "charts", *args], cwd=project, capture_output=True, text=True,
                          timeout=300, env={**os.environ, "NO_COLOR": "1"}, check=False)


def render(project: Path, *args: str) -> subprocess.CompletedProcess:
    return charts(project, "render", "--format", "png", "-j", "1", *args)  # a later --format wins


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    (root / "specs").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "specs" / "age.yaml").write_text(GOOD, encoding="utf-8")
    return root


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# -- the output folder is never among the specs ------------------------------------------

@pytest.mark.parametrize("out, how, specs", [
    ("specs", msg.OUTPUT_IS, "specs"),
    (".", msg.OUTPUT_HOLDS, "specs"),  # the project root
    ("..", msg.OUTPUT_HOLDS, "specs"),  # a parent holding the specs
    ("specs/output", msg.OUTPUT_LIES_IN, "specs"),
    ("linked", msg.OUTPUT_IS, "specs"),  # a link to the specs folder
])
def test_an_output_folder_among_the_specs_is_a_usage_error_and_touches_nothing(project, out, how, specs):
    (project / "specs" / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (project / "specs" / "notes.md").write_text("# 采访笔记\n", encoding="utf-8")
    (project / "specs" / "source.csv").write_text("年龄段,占比\n00后,21.6\n", encoding="utf-8")
    (project / "linked").symlink_to(project / "specs")
    before = tree(project.parent)
    done = render(project, "specs", "-o", out)
    assert done.returncode == 2, done.stdout + done.stderr
    assert msg.OUTPUT_OVERLAPS_SPECS.format(out=out, how=how, specs=specs) in " ".join(done.stderr.split())
    assert "Traceback" not in done.stderr
    assert tree(project.parent) == before  # not a file written, changed or removed; not even the lock


def test_a_spec_file_named_alone_keeps_its_folder_for_specs(project):
    """A spec file's own folder is a folder of specs too: output may not lie inside it, be it,
    or hold it; output beside it (the house layout: specs/ and output/ side by side) is fine."""
    for out, how in (("out", msg.OUTPUT_LIES_IN), (".", msg.OUTPUT_IS), ("..", msg.OUTPUT_HOLDS)):
        refused = render(project / "specs", "age.yaml", "-o", out)
        assert refused.returncode == 2, refused.stderr
        said = " ".join(refused.stderr.split())
        assert msg.OUTPUT_OVERLAPS_SPECS.format(out=out, how=how, specs=".") in said, said
        assert not (project / "specs" / out / "age").exists()
    done = render(project, "specs/age.yaml", "-o", "output")
    assert done.returncode == 0, done.stderr
    assert (project / "output" / "age" / "age.png").is_file()


def test_a_folder_holding_an_index_page_charts_did_not_write_is_not_an_output_folder(project):
    """A site's docs/index.html: a render there would overwrite it."""
    docs = project / "docs"
    docs.mkdir()
    (docs / "index.html").write_text("<title>本报网站</title>", encoding="utf-8")
    done = render(project, "specs", "-o", "docs")
    assert done.returncode == 2
    assert msg.OUTPUT_NOT_CHARTS.format(out="docs", file="index.html") in " ".join(done.stderr.split())
    assert [p.name for p in docs.iterdir()] == ["index.html"]
    assert (docs / "index.html").read_text("utf-8") == "<title>本报网站</title>"
    # charts' own review page is no obstacle: a second run, or one over a broken manifest
    assert render(project, "specs", "-o", "output").returncode == 0
    (project / "output" / "manifest.json").write_text("[1, 2]", encoding="utf-8")
    assert render(project, "specs", "-o", "output").returncode == 0


# -- only files charts wrote are ever removed ----------------------------------------------

def test_a_chart_whose_spec_is_gone_loses_only_the_files_charts_wrote(project):
    (project / "specs" / "gone.yaml").write_text(GOOD, encoding="utf-8")
    (project / "specs" / "wholly-gone.yaml").write_text(GOOD, encoding="utf-8")
    assert render(project, "specs", "-o", "output").returncode == 0
    kept = project / "output" / "gone"
    (kept / "采访笔记.txt").write_text("编辑的笔记\n", encoding="utf-8")
    (kept / "gone.notes.txt").write_text("编辑的笔记\n", encoding="utf-8")  # named like a chart file
    (project / "specs" / "gone.yaml").unlink()
    (project / "specs" / "wholly-gone.yaml").unlink()
    assert render(project, "specs", "-o", "output").returncode == 0
    assert sorted(p.name for p in kept.iterdir()) == ["gone.notes.txt", "采访笔记.txt"]
    assert not (project / "output" / "wholly-gone").exists()  # nothing else in it: the folder goes too
    names = [c["name"] for c in json.loads((project / "output" / "manifest.json").read_text("utf-8"))["charts"]]
    assert names == ["age"]


def test_files_a_render_no_longer_makes_go_and_an_editors_file_beside_them_stays(project):
    assert render(project, "specs", "-o", "output", "--format", "png,svg").returncode == 0
    folder = project / "output" / "age"
    assert (folder / "age.svg").is_file()
    (folder / "age.notes.txt").write_text("编辑的笔记\n", encoding="utf-8")
    (folder / "age@print.png").write_bytes(b"an editor's own export")
    assert render(project, "specs", "-o", "output").returncode == 0  # png only now
    assert not (folder / "age.svg").exists() and not (folder / "age.editable.svg").exists()
    assert (folder / "age.notes.txt").read_text("utf-8") == "编辑的笔记\n"
    assert (folder / "age@print.png").read_bytes() == b"an editor's own export"


@pytest.mark.parametrize("name, files", [
    ("../victim", {"victim.txt": {"bytes": 1}}),
    ("age", {"../../victim.txt": {"bytes": 1}, "/tmp/victim.txt": {"bytes": 1}}),
    ("..", {"victim.txt": {"bytes": 1}}),
])
def test_a_manifest_edited_by_hand_cannot_make_charts_delete_outside_output(project, name, files):
    assert render(project, "specs", "-o", "output").returncode == 0
    victims = [project / "victim.txt", project / "output" / "victim.txt"]
    for victim in victims:
        victim.write_text("keep me", encoding="utf-8")
    manifest = project / "output" / "manifest.json"
    data = json.loads(manifest.read_text("utf-8"))
    data["charts"].append({"name": name, "spec": "gone.yaml", "spec_path": str(project / "gone.yaml"),
                           "status": "ok", "files": files})
    manifest.write_text(json.dumps(data), encoding="utf-8")
    done = render(project, "specs", "-o", "output", "--force")
    assert done.returncode == 0, done.stderr
    assert all(v.read_text("utf-8") == "keep me" for v in victims)
    assert (project / "output" / "age" / "age.png").is_file()


# -- chart names that are the output's own --------------------------------------------------

def test_specs_named_like_the_outputs_own_files_are_refused_and_the_others_render(project):
    for name in ("index", "Manifest", "charts", "review-font", "age.zip", "index.html"):
        (project / "specs" / f"{name}.yaml").write_text(GOOD, encoding="utf-8")
    done = render(project, "specs", "-o", "output")
    assert done.returncode == 1
    said = done.stderr
    for name, taken in (("index", "review page (index.html)"), ("Manifest", "manifest (manifest.json)"),
                        ("charts", "archive (charts.zip)"), ("review-font", "review font (review-font.ttf)"),
                        ("age.zip", "archive of the chart age (age.zip)"), ("index.html", "review page (index.html)")):
        assert f"specs/{name}.yaml: " + msg.NAME_RESERVED.format(name=name, taken=taken) in said, said
    out = project / "output"
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == [
        "age", "index.html", "manifest.json", "review-font.ttf"]
    assert (out / "index.html").is_file() and (out / "age" / "age.png").is_file()
    assert charts(project, "zip", "age").returncode == 0 and (out / "age.zip").is_file()


# -- zip packs what the manifest lists, nothing else ------------------------------------------

def test_zip_packs_only_the_listed_regular_files(project, tmp_path):
    assert render(project, "specs", "-o", "output").returncode == 0
    secret = tmp_path / "secret.txt"
    secret.write_text("the newsroom's password", encoding="utf-8")
    folder = project / "output" / "age"
    (folder / "secret.txt").symlink_to(secret)
    (folder / "extra.txt").write_text("not a chart file", encoding="utf-8")
    (folder / "sub").mkdir()
    (folder / "sub" / "deep.txt").write_text("nor this", encoding="utf-8")
    listed = json.loads((project / "output" / "manifest.json").read_text("utf-8"))["charts"][0]["files"]
    for args, archive, extra in ((("zip",), "charts.zip", ["index.html", "manifest.json", "review-font.ttf"]),
                                 (("zip", "age"), "age.zip", [])):
        done = charts(project, *args)
        assert done.returncode == 0, done.stderr
        with zipfile.ZipFile(project / "output" / archive) as packed:
            assert sorted(packed.namelist()) == sorted([f"age/{f}" for f in listed] + extra)
            assert not any(b"password" in packed.read(n) for n in packed.namelist())


def test_zip_refuses_a_listed_file_swapped_for_a_link(project, tmp_path):
    assert render(project, "specs", "-o", "output").returncode == 0
    secret = tmp_path / "secret.csv"
    secret.write_text("the newsroom's password", encoding="utf-8")
    csv = project / "output" / "age" / "age.csv"
    csv.unlink()
    csv.symlink_to(secret)
    done = charts(project, "zip")
    assert done.returncode == 1
    assert msg.ZIP_NOT_WRITTEN.format(path=Path("output/age/age.csv"), why=msg.ZIP_WHY_LINK) in done.stderr
    assert not (project / "output" / "charts.zip").exists()
    # the next render writes the file again in place of the link, and the secret is untouched
    assert render(project, "specs", "-o", "output").returncode == 0
    assert not csv.is_symlink() and secret.read_text("utf-8") == "the newsroom's password"
    assert charts(project, "zip").returncode == 0


def test_a_linked_chart_folder_is_replaced_not_written_through(project, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "keep.txt").write_text("keep", encoding="utf-8")
    (project / "output").mkdir()
    (project / "output" / "age").symlink_to(elsewhere)
    assert render(project, "specs", "-o", "output").returncode == 0
    assert sorted(p.name for p in elsewhere.iterdir()) == ["keep.txt"]
    assert not (project / "output" / "age").is_symlink() and (project / "output" / "age" / "age.png").is_file()


# -- no pipe, device or file outside the project becomes input --------------------------------

@NEEDS_PIPES
def test_pipes_in_the_specs_folder_never_hang_a_run(project):
    os.mkfifo(project / "specs" / "pipe.yaml")  # a spec that is a pipe
    os.mkfifo(project / "specs" / "pipe.csv")
    os.mkfifo(project / "specs" / "pipe.txt")
    (project / "specs" / "csv.yaml").write_text(GOOD.split("data:")[0] + "data:\n  csv: pipe.csv\n"
                                                + GOOD[GOOD.index("sample_size"):], encoding="utf-8")
    (project / "specs" / "story.yaml").write_text(GOOD + "  article: pipe.txt\n", encoding="utf-8")
    done = render(project, "specs", "-o", "output")
    assert done.returncode == 1
    pipe = msg.INPUT_PIPE
    assert "specs/pipe.yaml: " + msg.INPUT_NOT_A_FILE.format(name="specs/pipe.yaml", it=pipe, what="spec") \
        in done.stderr
    assert "specs/csv.yaml: data.csv: " + msg.INPUT_NOT_A_FILE.format(name="pipe.csv", it=pipe, what="data file") \
        in done.stderr
    assert (project / "output" / "age" / "age.png").is_file() and (project / "output" / "story" / "story.png").is_file()
    checked = charts(project, "check", "specs")
    assert checked.returncode == 1 and "is a named pipe (FIFO)" in checked.stderr


def test_verify_reads_no_article_outside_the_project_unless_allowed(project, tmp_path):
    (tmp_path / "archive.txt").write_text(ARTICLE, encoding="utf-8")
    (project / "specs" / "age.yaml").write_text(GOOD + f"  article: {tmp_path / 'archive.txt'}\n", encoding="utf-8")
    refused = charts(project, "verify", "specs/age.yaml")
    assert refused.returncode == 1
    assert msg.ARTICLE_OUTSIDE.format(name=tmp_path / "archive.txt", root=project) in refused.stderr
    assert "found" not in refused.stdout
    allowed = charts(project, "verify", "specs/age.yaml", "--allow-outside")
    assert allowed.returncode == 0, allowed.stderr
    assert msg.VERIFY_SUMMARY.format(name="specs/age.yaml", found=6, relabelled=0, missing=0, cited=0) \
        in allowed.stdout
    archive = charts(project, "verify", "specs/age.yaml", "--articles", str(tmp_path))  # a folder named for it
    assert archive.returncode == 0, archive.stderr


@pytest.mark.parametrize("command", [["verify", "specs/age.yaml", "--article", "/dev/zero"],
                                     ["extract", "/dev/zero"]])
def test_an_article_named_on_the_command_line_is_still_a_regular_file(project, command):
    done = charts(project, *command)
    assert done.returncode == 1
    assert msg.INPUT_NOT_A_FILE.format(name="/dev/zero", it=msg.INPUT_DEVICE, what="article") in done.stderr
    assert "Traceback" not in done.stderr


def test_a_render_allowed_outside_still_reads_no_device(project):
    (project / "specs" / "zero.csv").symlink_to("/dev/zero")
    (project / "specs" / "age.yaml").write_text(GOOD.split("data:")[0] + "data:\n  csv: zero.csv\n"
                                                + GOOD[GOOD.index("sample_size"):], encoding="utf-8")
    done = render(project, "specs", "-o", "output", "--allow-outside")
    assert done.returncode == 1
    assert "specs/age.yaml: data.csv: " + msg.INPUT_NOT_A_FILE.format(
        name="zero.csv", it=msg.INPUT_DEVICE, what="data file") in done.stderr


def test_only_temporaries_charts_made_are_cleaned_up(project):
    assert render(project, "specs", "-o", "output").returncode == 0
    out = project / "output"
    stale = out / "age" / ".age.png.k3x_9q2a.tmp"  # as a killed write_atomic leaves it
    stale.write_bytes(b"half a png")
    mine = [out / ".notes.tmp", out / "age" / ".draft.tmp", out / "folder" / "sub" / ".age.png.k3x_9q2a.tmp"]
    for path in mine:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("an editor's", encoding="utf-8")
    assert render(project, "specs", "-o", "output", "--force").returncode == 0
    assert not stale.exists()
    assert all(path.read_text("utf-8") == "an editor's" for path in mine)


@NEEDS_PIPES
def test_the_fingerprint_reads_no_pipe_and_no_device(project):
    """The no-change check reads every file a spec names before anything else: a pipe or
    /dev/zero there must cost it nothing (it would wait, or fill the memory)."""
    from charts.run.incremental import depends_on, fingerprint

    specs = project / "specs"
    os.mkfifo(specs / "pipe.txt")
    (specs / "zero.csv").symlink_to("/dev/zero")
    spec = specs / "age.yaml"
    spec.write_text(GOOD.split("data:")[0] + "data:\n  csv: zero.csv\n" + GOOD[GOOD.index("sample_size"):]
                    + "  article: pipe.txt\nalso_cited:\n  - {rows: [x], publication: p, article: /dev/zero}\n",
                    encoding="utf-8")
    assert len(fingerprint(spec, "stamp")) == 64
    assert len(fingerprint(spec, "stamp", outside=True)) == 64  # the flag lets no device in
    os.mkfifo(specs / "pipe.yaml")
    assert fingerprint(specs / "pipe.yaml", "stamp") == "unreadable"
    assert depends_on(specs / "pipe.yaml") == []
