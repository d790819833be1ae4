"""verify_specs and extract_specs, the library calls behind `charts verify` and `charts extract`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from charts import messages as msg
from charts.article.commands import (
    ExtractOptions,
    VerifyOptions,
    extract_specs,
    verify_specs,
)
from tests.article.test_verify import GENDER, spec_beside_article  # noqa: F401 (a fixture)
from tests.reporter import Collected

ARTICLES = Path(__file__).parent / "articles"


def test_verify_says_found_figures_as_info_missing_ones_as_problems(spec_beside_article):  # noqa: F811
    good = spec_beside_article(GENDER.format(male="48.5", female="51.5"), "good.yaml")
    bad = spec_beside_article(GENDER.format(male="48.7", female="51.3"), "bad.yaml")
    heard = Collected()
    summary = verify_specs(VerifyOptions(((good, "good.yaml"), (bad, "bad.yaml"))), heard)
    assert summary.failed == 1
    assert all("found:" in line for line in heard.said("info"))
    assert sum("error [provenance]" in line for line in heard.said("problem")) == 2
    assert heard.said("tally") == [
        (msg.VERIFY_SUMMARY.format(name="good.yaml", found=3, relabelled=0, missing=0, cited=0), False),
        (msg.VERIFY_SUMMARY.format(name="bad.yaml", found=1, relabelled=0, missing=2, cited=0), True)]
    record = json.loads(heard.said("record")[0])
    assert record["failed"] == 1 and [s["ok"] for s in record["specs"]] == [True, False]


def test_verify_without_an_article_is_a_problem_of_that_spec(write_spec):
    path = write_spec(GENDER.format(male="48.5", female="51.5").replace(", article: survey.txt", ""))
    heard = Collected()
    assert verify_specs(VerifyOptions(((path, "x.yaml"),)), heard).failed == 1
    assert msg.VERIFY_NO_ARTICLE in heard.said("problem")[0] and heard.said("tally") == []


def test_extract_prints_drafts_or_writes_them_once(tmp_path):
    article = str(ARTICLES / "survey.txt")
    printed = Collected()
    count = extract_specs(ExtractOptions(article), printed)
    assert count and sum(line.startswith("--- # ") for line in printed.said("output")) == count
    assert printed.said("note") == [msg.EXTRACT_SUMMARY.format(count=count, path=article)]
    written = Collected()
    assert extract_specs(ExtractOptions(article, tmp_path), written) == count
    assert len(list(tmp_path.glob("*.yaml"))) == count == len(written.said("output"))
    with pytest.raises(FileExistsError):
        extract_specs(ExtractOptions(article, tmp_path), Collected())


def test_extract_of_an_article_without_tables(tmp_path):
    text = tmp_path / "plain.txt"
    text.write_text("今天天气很好。\n", encoding="utf-8")
    heard = Collected()
    assert extract_specs(ExtractOptions(str(text)), heard) == 0
    assert heard.said("note") == [msg.EXTRACT_NONE.format(path=text)] and heard.said("output") == []
