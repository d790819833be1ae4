"""charts extract: tables drafted from article prose, measured by how many of the tables
and figures an editor would chart it recovers, on the seed and on articles of our own in
other styles (composition, multi-choice lists, yearly series, periods side by side,
Traditional characters)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from charts.article.extract import extract
from charts.article.verify import read_article, verify_spec
from charts.check.rules import check
from charts.cli import cli
from charts.spec.read import load_spec
from tests.conftest import SEED_ARTICLE

ARTICLES = Path(__file__).parent / "articles"

# What an editor would chart from each article: each table as the figures it must hold.
EXPECTED = {
    "survey.txt": [
        {"48.5", "51.5"}, {"46.0", "31.2", "22.8"}, {"71.4", "63.0", "40.6", "35.9"}, {"1520", "1184"}],
    "traditional.txt": [{"35.2", "48.9", "12.4", "3.5"}, {"62.3", "54.8", "41.0", "12.6"}],
    "yearly.txt": [{"3.2", "4.1", "5.6", "6.4"}, {"45", "38", "320", "276", "8800", "7120"},
                   {"300多", "7850", "两万多", "1260"}],
    "bulletin.txt": [{"120.55", "98.32", "64.10"}, {"5.1", "3.9", "6.2"}, {"3.5", "1.2", "0.8"},
                     {"61.35", "128.44", "166.41"}, {"3.2", "1.5", "7.9"}, {"80.3", "170.5", "31.4", "66.7"},
                     {"4.1", "4.6", "3.3", "3.9"}, {"45210", "21870"}],
    "findings.txt": [{"58.3", "36.2", "21.7"}, {"62.4", "47.9"}, {"82.6", "76.1"}],
    "yearbook.txt": [{"1250.3", "640.1", "610.2", "700.5", "549.8"}, {"45.6", "12.1", "33.5", "46.2"},
                     {"56.4", "36.5"}, {"39.9", "25.8", "34.3"}],
}
SEED_TABLES = [  # the tables the core issue lists
    {"21.6", "43.6", "26.9", "7.1", "0.9"}, {"24.1", "38.3", "24.3", "9.5", "3.8"},
    {"75.8", "53.5", "58.0"}, {"53.5", "58.1", "55.6"},
    {"54.0", "49.3", "47.2", "45.6", "38.1", "28.4", "24.6", "20.4"},
    {"954.98", "600多"}, {"3.7", "21600", "两万多"},
    {"12", "3", "814", "131", "6435", "529", "38504", "3988"},
]
SEED_FIGURES = {"21396", "7471", "2.23", "13889"}  # the labour results, in any draft


def _values(draft) -> set[str]:
    values = {str(c) for row in draft.rows for c in row[1:]}
    return values | ({draft.reference[1]} if draft.reference else set())


def recall(drafts, tables) -> float:
    return sum(any(table <= _values(d) for d in drafts) for table in tables) / len(tables)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_recovers_every_table_of_our_articles(name):
    drafts = extract(read_article(ARTICLES / name))
    assert recall(drafts, EXPECTED[name]) == 1.0, [(d.kind, d.rows) for d in drafts]


def test_guesses_question_type_sample_size_unit_and_kind():
    drafts = {frozenset(_values(d)): d for d in extract(read_article(ARTICLES / "survey.txt"))}
    gender = drafts[frozenset({"48.5", "51.5"})]
    assert (gender.question, gender.kind, gender.unit, gender.sample_size) == ("single", "donut", "%", 2012)
    reading = drafts[frozenset({"71.4", "63.0", "40.6", "35.9"})]
    assert (reading.question, reading.kind) == ("multi", "bar")  # sums past 100: multi-choice
    assert [r[0] for r in reading.rows] == ["时政新闻", "社会新闻", "体育", "副刊"]
    kiosks = drafts[frozenset({"1520", "1184"})]
    assert (kiosks.kind, kiosks.unit, [r[0] for r in kiosks.rows]) == ("line", "个", ["2019年", "2021年"])
    traditional = extract(read_article(ARTICLES / "traditional.txt"))
    assert traditional[0].sample_size == 860 and traditional[0].publication == "測試日報"


def test_changes_are_not_read_as_levels():
    series = [d for d in extract(read_article(ARTICLES / "yearly.txt")) if d.kind == "line"]
    assert [r for d in series for r in d.rows] == [["2019年", "3.2"], ["2020年", "4.1"], ["2021年", "5.6"],
                                                   ["2022年", "6.4"]]  # not the 0.8 亿件 increase


@pytest.mark.parametrize("article", sorted(EXPECTED) + ["seed"])
def test_drafts_pass_check_and_verify(article, tmp_path):
    path = SEED_ARTICLE if article == "seed" else ARTICLES / article
    if not path.is_file():
        pytest.skip(f"the seed article is not here ({path}); it lives in ../shared/seeds/")
    result = CliRunner().invoke(cli, ["extract", str(path), "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    specs = sorted(tmp_path.glob("*.yaml"))
    assert specs
    for spec in specs:
        loaded = load_spec(spec)
        assert check(loaded).errors == [], spec.read_text(encoding="utf-8")
        # the article lies outside the drafts' folder: named as an archive, as --articles does
        statuses = {c.what: c.status for c in verify_spec(loaded, folders=(path.parent,))}
        assert "missing" not in statuses.values(), (spec.name, statuses)
        assert "请核对" in spec.read_text(encoding="utf-8")


def test_seed_recall():
    if not SEED_ARTICLE.is_file():
        pytest.skip(f"the seed article is not here ({SEED_ARTICLE}); it lives in ../shared/seeds/")
    drafts = extract(read_article(SEED_ARTICLE))
    assert recall(drafts, SEED_TABLES) == 1.0
    assert SEED_FIGURES <= set().union(*(_values(d) for d in drafts))
    by_values = {frozenset(_values(d)): d for d in drafts}
    age = by_values[frozenset(SEED_TABLES[0])]
    assert [r[0] for r in age.rows] == ["00后", "90后", "80后", "70后", "其他"]
    assert (age.question, age.sample_size, age.publication) == ("single", 1151, "中国青年报")


def test_extract_never_overwrites(tmp_path):
    runner = CliRunner()
    assert runner.invoke(cli, ["extract", str(ARTICLES / "survey.txt"), "-o", str(tmp_path)]).exit_code == 0
    again = runner.invoke(cli, ["extract", str(ARTICLES / "survey.txt"), "-o", str(tmp_path)])
    assert again.exit_code == 2 and "never overwrites" in again.output


def test_extract_prints_drafts_without_a_folder():
    result = CliRunner().invoke(cli, ["extract", str(ARTICLES / "traditional.txt")])
    assert result.exit_code == 0
    assert result.output.count("--- # ") == 2 and "學生" in result.output
