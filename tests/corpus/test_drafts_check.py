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
