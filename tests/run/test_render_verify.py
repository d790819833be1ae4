"""render refuses what verify fails: a figure its article does not give is never drawn, nor
one the article gives only under another label (unless --lenient, which draws it with a
warning). The last good files of the chart stay; the other charts of the run still render."""

from __future__ import annotations

from click.testing import CliRunner

from charts import messages as msg
from charts.cli import cli
from tests.conftest import MINIMAL

ARTICLE = "对1151名受访者的调查显示，00后占21.6%，90后占43.6%，80后占26.9%，70后占7.1%，其他占0.9%。\n"


def _project(tmp_path, article: str):
    specs = tmp_path / "specs"
    specs.mkdir()
    (specs / "article.txt").write_text(article, encoding="utf-8")
    text = MINIMAL.format(kind="bar", question="single") + "  article: article.txt\n"
    (specs / "age.yaml").write_text(text, encoding="utf-8")
    (specs / "other.yaml").write_text(text.replace("受访者年龄构成", "受访者年龄构成（二）"), encoding="utf-8")
    return specs


def _render(tmp_path, *extra):
    return CliRunner().invoke(cli, ["render", str(tmp_path / "specs"), "-o", str(tmp_path / "out"), "--format", "png",
                                    "-j", "1", *extra])


def test_a_figure_not_in_the_article_refuses_the_chart_and_keeps_its_last_files(tmp_path):
    specs = _project(tmp_path, ARTICLE)
    assert _render(tmp_path).exit_code == 0
    before = (tmp_path / "out" / "age" / "age.png").read_bytes()
    (specs / "age.yaml").write_text((specs / "age.yaml").read_text(encoding="utf-8").replace("21.6", "21.7"),
                                    encoding="utf-8")
    result = _render(tmp_path)
    assert result.exit_code == 1
    assert msg.VERIFY_MISSING.format(what="00后 21.7%", source=str(specs / "article.txt")) in result.output
    assert "data.rows[0][1]" in result.output
    assert msg.SUMMARY.format(ok=0, failed=1) in result.output  # the other chart is unchanged, not lost
    assert (tmp_path / "out" / "age" / "age.png").read_bytes() == before


def test_a_figure_under_another_label_is_refused_unless_lenient(tmp_path):
    # 90后 and 80后 swapped in the article: each figure is there, under the other's label
    _project(tmp_path, ARTICLE.replace("90后占43.6%，80后占26.9%", "90后占26.9%，80后占43.6%"))
    refused = _render(tmp_path)
    assert refused.exit_code == 1
    assert msg.VERIFY_RELABELLED_ERROR.format(what="90后 43.6%", line=1) in refused.output
    drawn = _render(tmp_path, "--lenient")
    assert drawn.exit_code == 0, drawn.output
    assert msg.VERIFY_RELABELLED.format(what="90后 43.6%", line=1) in drawn.output
    assert (tmp_path / "out" / "age" / "age.png").is_file()


def test_a_figure_from_a_csv_is_reported_at_its_line_in_the_csv(tmp_path):
    specs = tmp_path / "specs"
    specs.mkdir()
    (specs / "article.txt").write_text("对1151名受访者的调查显示，00后占21.6%，90后占43.6%。\n", encoding="utf-8")
    (specs / "age.csv").write_text("年龄段,占比\n00后,21.6\n90后,43.7\n", encoding="utf-8")
    (specs / "age.yaml").write_text('title: 受访者年龄\nkind: bar\nquestion: none\nunit: "%"\ndata: {csv: age.csv}\n'
                                    "sample_size: 1151\nsource: {publication: 中国青年报, article: article.txt}\n",
                                    encoding="utf-8")
    said = msg.VERIFY_MISSING.format(what="90后 43.7%", source=str(specs / "article.txt"))
    rendered = _render(tmp_path)
    assert rendered.exit_code == 1 and f"{specs / 'age.csv'}:3: rows[1][1]: {said}" in rendered.output
    verified = CliRunner().invoke(cli, ["verify", str(specs)])
    assert verified.exit_code == 1 and f"{specs / 'age.csv'}:3: rows[1][1]: {said}" in verified.output
