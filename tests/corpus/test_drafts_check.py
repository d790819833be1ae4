"""Every draft extract writes passes `charts check` as written (issue 13: an editor starts from
a spec that works), on our own texts and, where the shared corpus is beside the repository,
its dev half."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from charts.article.drafts import write_drafts
from charts.article.extract import extract
from charts.article.read import read_article
from charts.cli import cli
from tests.corpus import score

CORPUS = score.find_corpus()


def test_every_draft_of_the_tuning_texts_passes_check(tmp_path):
    texts = [text for _, text, _ in score.articles(CORPUS or tmp_path, "own")]
    texts += [text for _, text, _ in score.articles(CORPUS, "dev")] if CORPUS else []
    folders = []
    for text in texts:
        drafts = extract(read_article(text, outside=True))
        if drafts:
            folder = tmp_path / text.stem
            write_drafts(drafts, text, folder)
            folders.append(str(folder))
    assert len(folders) >= 20
    result = CliRunner().invoke(cli, ["check", *folders])
    problems = [line for line in result.output.splitlines() if "error" in line]
    assert result.exit_code == 0 and not problems, "\n".join(problems)


def test_a_unit_per_row_follows_a_traditional_label_the_page_spells_its_own_way(tmp_path):
    """The page writes both 遊 and 游: a draft's unit per row is keyed by the label exactly as
    its row writes it (游客 here), or check finds rows without units."""
    text = tmp_path / "article.txt"
    text.write_text("遊客數量與花費雙雙刷新紀錄。「五一」3天假期,我國共接待游客1.34億人次,同比增長14.4%,實現旅游總收入791億元,同比增長16.2%。\n",
                    encoding="utf-8")
    drafts = extract(read_article(text, outside=True))
    levels = next(d for d in drafts if isinstance(d.unit, dict))
    assert set(levels.unit) == {row[0] for row in levels.rows} and "游" in "".join(levels.unit)
    write_drafts(drafts, text, tmp_path / "drafts")
    result = CliRunner().invoke(cli, ["check", str(tmp_path / "drafts")])
    assert result.exit_code == 0, result.output
