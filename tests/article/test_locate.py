"""Where a spec's article is found (charts/article/locate.py), and what a spec whose article
is nowhere becomes: unverified, said with how to point at the archive, failing only --strict."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from charts import messages as msg
from charts.article.locate import ENVIRONMENT, locate
from charts.cli import cli
from tests.article.test_verify import ARTICLE, GENDER
from tests.conftest import ROOT, SEED_ARTICLE, SEED_ARTICLES, SPECS


@pytest.fixture
def folders(tmp_path, monkeypatch):
    """specs/, two archives and an environment archive, each holding a different survey.txt."""
    monkeypatch.delenv(ENVIRONMENT, raising=False)
    made = {}
    for name in ("specs", "first", "second", "env"):
        made[name] = tmp_path / name
        made[name].mkdir()
    return made


def test_the_spec_folder_then_each_archive_in_order_then_the_environment(folders, monkeypatch):
    specs, first, second, env = folders["specs"], folders["first"], folders["second"], folders["env"]
    monkeypatch.setenv(ENVIRONMENT, os.pathsep.join(["/no/such/folder", str(env)]))
    (env / "a.txt").write_text("env", encoding="utf-8")
    assert locate("a.txt", specs, (first, second)) == env / "a.txt"
    (second / "a.txt").write_text("second", encoding="utf-8")
    assert locate("a.txt", specs, (first, second)) == second / "a.txt"
    (first / "a.txt").write_text("first", encoding="utf-8")
    assert locate("a.txt", specs, (first, second)) == first / "a.txt"
    (specs / "a.txt").write_text("beside", encoding="utf-8")
    assert locate("a.txt", specs, (first, second)) == specs / "a.txt"
    assert locate("b.txt", specs, (first, second)) is None
    (first / "sub").mkdir()
    assert locate("sub", specs, (first,)) is None  # a folder is not an article


def _unverified_spec(folder):
    path = folder / "gender.yaml"
    path.write_text(GENDER.format(male="48.5", female="51.5"), encoding="utf-8")
    return path


def test_an_article_found_nowhere_leaves_the_spec_unverified(folders):
    path = _unverified_spec(folders["specs"])
    runner = CliRunner()
    relaxed = runner.invoke(cli, ["verify", str(path)])
    assert relaxed.exit_code == 0
    assert "source.article: unverified: the article `survey.txt` is not in" in relaxed.output
    assert "--articles DIR" in relaxed.output and ENVIRONMENT in relaxed.output
    assert msg.VERIFY_UNVERIFIED.format(name=path) in relaxed.output
    assert runner.invoke(cli, ["verify", "--strict", str(path)]).exit_code == 1
    as_json = json.loads(runner.invoke(cli, ["--json", "verify", str(path)]).stdout)
    assert as_json["failed"] == 0 and as_json["specs"][0]["status"] == "unverified"


def test_articles_and_the_environment_find_it(folders, monkeypatch):
    path = _unverified_spec(folders["specs"])
    (folders["second"] / "survey.txt").write_bytes(ARTICLE.read_bytes())
    runner = CliRunner()
    found = runner.invoke(cli, ["--json", "verify", str(path), "--articles", str(folders["first"]),
                                "--articles", str(folders["second"])])
    assert found.exit_code == 0 and json.loads(found.stdout)["specs"][0]["status"] == "verified"
    monkeypatch.setenv(ENVIRONMENT, str(folders["second"]))
    assert json.loads(runner.invoke(cli, ["--json", "verify", str(path)]).stdout)["specs"][0]["status"] == "verified"


def test_the_seed_specs_verify_from_a_fresh_clone_with_articles():
    """What CI runs: the repository with shared/ beside it, the seeds pointed at by --articles."""
    if not SEED_ARTICLE.is_file():
        pytest.skip(f"the seed article is not here ({SEED_ARTICLE}); it lives in ../shared/seeds/")
    env = {k: v for k, v in os.environ.items() if k != ENVIRONMENT}
    run = subprocess.run([sys.executable, "-m", "charts", "--json", "verify", str(SPECS), "--articles",
                          str(SEED_ARTICLES)], cwd=ROOT, capture_output=True, text=True, env=env, timeout=300)
    assert run.returncode == 0, run.stderr
    assert {s["status"] for s in json.loads(run.stdout)["specs"]} == {"verified"}
    bare = subprocess.run([sys.executable, "-m", "charts", "verify", str(SPECS)], cwd=ROOT,
                          capture_output=True, text=True, env=env, timeout=300)
    assert bare.returncode == 0 and "unverified" in bare.stderr and "cannot be read" not in bare.stderr
