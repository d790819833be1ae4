"""charts verify: figures looked up in an article we wrote in the seed's extracted-PDF style
(spaces between characters, breaks inside numbers, full-width digits and ％)."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from charts import messages as msg
from charts.article.verify import normalise, read_article, verify_spec
from charts.cli import cli
from charts.spec.read import load_spec
from tests.conftest import SEED_ARTICLE, SEED_ARTICLES, SPECS

ARTICLE = Path(__file__).parent / "articles" / "survey.txt"

GENDER = """
title: 受访者男女各半
kind: donut
question: single
unit: "%"
decimals: 1
data:
  columns: [性别, 占比]
  rows:
    - [男性, {male}]
    - [女性, {female}]
sample_size: 2012
source: {{publication: 测试报, article: survey.txt}}
"""


@pytest.fixture
def spec_beside_article(tmp_path):
    shutil.copy(ARTICLE, tmp_path / "survey.txt")

    def write(text: str, name: str = "chart.yaml") -> Path:
        path = tmp_path / name
        path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
        return path

    return write


def statuses(path, article=None):
    return {c.what: (c.status, c.line) for c in verify_spec(load_spec(path), article)}


def test_normalise_removes_the_pdf_artefacts():
    assert normalise("6 8 . 2 ％ 的 受\n访 者") == "68.2%的受访者"
    assert normalise("女性占５１．５％。") == "女性占51.5%。"
    assert read_article(ARTICLE).text.startswith("■本报记者测试近日,本报社会调查中心对2012名受访者")  # NFKC: ， -> ,


def test_found_with_the_article_line(spec_beside_article):
    path = spec_beside_article(GENDER.format(male="48.5", female="51.5"))
    assert statuses(path) == {"男性 48.5%": ("found", 7), "女性 51.5%": ("found", 8), "2012": ("found", 3)}


def test_swapped_figures_are_found_with_another_label(spec_beside_article):
    path = spec_beside_article(GENDER.format(male="51.5", female="48.5"))
    assert statuses(path)["男性 51.5%"][0] == "relabelled"
    assert statuses(path)["女性 48.5%"][0] == "relabelled"


def test_a_changed_figure_is_missing(spec_beside_article):
    path = spec_beside_article(GENDER.format(male="48.7", female="51.3"))
    assert statuses(path)["男性 48.7%"] == ("missing", None)


def test_shares_in_brackets_and_a_share_shared_by_a_longer_label(spec_beside_article):
    path = spec_beside_article("""
        title: 受访者最常读时政新闻
        kind: bar
        question: multi
        unit: "%"
        data:
          columns: [版面, 占比]
          rows:
            - [时政新闻, 71.4]
            - [社会新闻, 63.0]
            - [体育, 40.6]
            - [副刊, 35.9]
        sample_size: 2012
        source: {publication: 测试报, article: survey.txt}
    """)
    assert {w: s for w, (s, _) in statuses(path).items()} == {
        "时政新闻 71.4%": "found", "社会新闻 63.0%": "found", "体育 40.6%": "found", "副刊 35.9%": "found",
        "2012": "found"}


def test_units_and_words_must_match(spec_beside_article):
    text = """
        title: 报刊亭逐年减少
        kind: column
        unit: {unit}
        data:
          columns: [年份, 报刊亭]
          rows:
            - ["2019年", 1520]
            - ["2021年", 1184]
        reference: {{label: 每年投递, value: 300多}}
        source: {{publication: 测试报, article: survey.txt}}
    """
    right = statuses(spec_beside_article(text.format(unit="个")))
    assert right["2019年 1520个"][0] == "found" and right["2021年 1184个"][0] == "found"
    assert right["每年投递 300多个"] == ("missing", None)  # 300多万份 is not 300多个
    drifted = statuses(spec_beside_article(text.format(unit="万个"), "drift.yaml"))
    assert drifted["2019年 1520万个"] == ("missing", None)


def test_cited_rows_are_checked_against_their_own_text(spec_beside_article, tmp_path):
    (tmp_path / "report.txt").write_text("年度报告：2017 年全市报刊亭 1 7 0 3 个。", encoding="utf-8")
    base = """
        title: 报刊亭逐年减少
        kind: column
        unit: 个
        data:
          columns: [年份, 报刊亭]
          rows:
            - ["2017年", 1703]
            - ["2021年", 1184]
        also_cited:
          - rows: ["2017年"]
            publication: 年度报告
        source: {publication: 测试报, article: survey.txt}
    """
    assert statuses(spec_beside_article(base))["2017年 1703个"][0] == "cited"
    with_text = spec_beside_article(base.replace("publication: 年度报告", "publication: 年度报告\n            article: report.txt"),
                                    "cited.yaml")
    assert statuses(with_text)["2017年 1703个"] == ("found", 1)


def test_cli_reports_and_exits_1_when_missing(spec_beside_article):
    good = spec_beside_article(GENDER.format(male="48.5", female="51.5"), "good.yaml")
    bad = spec_beside_article(GENDER.format(male="48.7", female="51.3"), "bad.yaml")
    runner = CliRunner()
    ok = runner.invoke(cli, ["verify", str(good)])
    assert ok.exit_code == 0
    assert f"{good}:9:12: data.rows[0][1]: " + msg.VERIFY_FOUND.format(what="男性 48.5%", line=7) in ok.output
    failed = runner.invoke(cli, ["verify", str(good), str(bad)])
    assert failed.exit_code == 1
    assert msg.VERIFY_MISSING.format(what="男性 48.7%", source=bad.parent / "survey.txt") in failed.output
    assert msg.VERIFY_SUMMARY.format(name=bad, found=1, relabelled=0, missing=2, cited=0) in failed.output


def test_a_figure_under_another_label_fails_unless_lenient(spec_beside_article):
    swapped = spec_beside_article(GENDER.format(male="51.5", female="48.5"))
    strict = CliRunner().invoke(cli, ["verify", str(swapped)])
    assert strict.exit_code == 1
    assert msg.VERIFY_RELABELLED_ERROR.format(what="男性 51.5%", line=8) in strict.output
    lenient = CliRunner().invoke(cli, ["verify", "--lenient", str(swapped)])
    assert lenient.exit_code == 0 and msg.VERIFY_RELABELLED.format(what="男性 51.5%", line=8) in lenient.output


def test_no_article_is_a_clear_error(write_spec):
    path = write_spec(GENDER.format(male="48.5", female="51.5").replace(", article: survey.txt", ""))
    result = CliRunner().invoke(cli, ["verify", str(path)])
    assert result.exit_code == 1 and msg.VERIFY_NO_ARTICLE in result.output


# The seed specs against the seed article (shared/seeds, present in CI).

def _seed_article() -> Path:
    if not SEED_ARTICLE.is_file():
        pytest.skip(f"the seed article is not here ({SEED_ARTICLE}); it lives in ../shared/seeds/")
    return SEED_ARTICLE


@pytest.mark.parametrize("spec", sorted(SPECS.glob("*.yaml")), ids=lambda p: p.stem)
def test_every_seed_spec_verifies(spec):
    _seed_article()
    checks = verify_spec(load_spec(spec), folders=(SEED_ARTICLES,))
    assert {c.status for c in checks} <= {"found", "cited"}, [c for c in checks if c.status not in {"found", "cited"}]
    cited = [c.what for c in checks if c.status == "cited"]
    assert cited == (["2016年 491.40亿立方米"] if spec.stem == "sanjiangyuan-outflow" else [])


@pytest.mark.parametrize("spec, old, new, what, status", [
    ("neighbours-age", '["00后", 21.6]', '["00后", 21.8]', "00后 21.8%", "missing"),
    ("sanjiangyuan-outflow", "unit: 亿立方米", "unit: 万立方米", "2020年 954.98万立方米", "missing"),
    ("sanjiangyuan-rangers", "生态管护员: 名", "生态管护员: 人", "生态管护员 两万多人", "missing"),
    ("neighbours-city", "[一线城市, 24.1]", "[一线城市, 24.3]", "一线城市 24.3%", "relabelled"),
])
def test_tampered_seed_specs_fail(tmp_path, spec, old, new, what, status):
    article = _seed_article()
    text = (SPECS / f"{spec}.yaml").read_text(encoding="utf-8")
    assert old in text
    tampered = tmp_path / f"{spec}.yaml"
    tampered.write_text(text.replace(old, new), encoding="utf-8")
    found = {c.what: c.status for c in verify_spec(load_spec(tampered), article)}
    assert found[what] == status


def test_a_change_does_not_take_the_next_figures_label(tmp_path):
    """`2022年增加了0.8亿件，达到6.4亿件`: 6.4 is 2022年's level (found walking the README)."""
    shutil.copy(ARTICLE.with_name("yearly.txt"), tmp_path / "yearly.txt")
    path = tmp_path / "parcels.yaml"
    path.write_text(textwrap.dedent("""
        title: 快递业务量
        kind: line
        unit: 亿件
        data:
          columns: [年份, 业务量]
          rows: [["2021年", 5.6], ["2022年", 6.4]]
        source: {publication: 测试晚报, article: yearly.txt}
    """).lstrip(), encoding="utf-8")
    assert statuses(path)["2022年 6.4亿件"][0] == "found"


def test_a_share_in_words_and_a_bound_are_found_as_printed(checked):
    """三分之一 with the unit % is found with no % after it; 6000上下 in 万 as 6000万上下; a
    changed fraction is missing."""
    article = "小长假旅游人次相当于全国总人口的三分之一。四款游戏的月活跃用户在6000万上下。超过半数受访者表示满意。\n"
    found = checked(article, [["旅游人次", "三分之一"], ["受访者", "超过半数"]], kind="figures")
    assert set(found.values()) == {"found"}
    assert set(checked(article, [["月活跃用户", "6000上下"]], unit="万", kind="figures").values()) == {"found"}
    assert set(checked(article, [["旅游人次", "四分之一"]], kind="figures").values()) == {"missing"}


def test_a_worded_figure_is_not_found_inside_another_or_under_a_negation(checked):
    """十分之一 is not in 二十分之一, 一半 not in 另一半 (a partner) or 多一半; 不少于6000人 is no
    少于6000, 没有突破 no 突破, 不超过 no 超过."""
    for article, cell, unit in [("有二十分之一的受访者表示满意。", "十分之一", "%"), ("有十二分之一的受访者表示满意。", "二分之一", "%"),
                                ("满意的受访者会带着另一半出游。", "一半", "%"), ("满意的受访者多一半。", "一半", "%"),
                                ("满意的受访者不少于6000人。", "少于6000", "人"), ("满意的受访者没有突破6000人。", "突破6000", "人"),
                                ("满意的受访者不超过6000人。", "超过6000", "人")]:
        assert set(checked(article, [["满意的受访者", cell]], unit=unit, kind="figures").values()) == {"missing"}, article
    assert set(checked("满意的受访者有一半。", [["满意的受访者", "一半"]], kind="figures").values()) == {"found"}


def test_a_share_in_tenths_ends_the_clause_of_the_next_as_a_percentage_does(checked):
    """另有四成认为可有可无;…五成受访者反感婚闹: 五成 is not 可有可无's (its label lies past 四成,
    a figure of the same kind); each share in words keeps its own label."""
    article = "另有四成认为可有可无;婚俗改革方面,五成受访者反感婚闹。\n"
    assert set(checked(article, [["可有可无", "五成"]], kind="figures").values()) == {"relabelled"}
    assert set(checked(article, [["可有可无", "四成"], ["反感婚闹", "五成"]], kind="figures").values()) == {"found"}


def test_the_words_after_a_conjunction_name_the_next_figure(checked):
    """留宿旅客平均的2.2日及不过夜旅客的0.2日: 不过夜旅客 is the 0.2's, not the 2.2's, so the
    two swapped fail; 33%的男生及25%的女生 still reads each."""
    article = "旅客平均逗留时间为1.2日,留宿旅客平均的2.2日及不过夜旅客的0.2日,亦无变化。\n"
    assert set(checked(article, [["留宿旅客", 0.2], ["不过夜旅客", 2.2]], unit="日").values()) == {"relabelled"}
    assert set(checked(article, [["留宿旅客", 2.2], ["不过夜旅客", 0.2]], unit="日").values()) == {"found"}
    assert set(checked("有33%的男生及25%的女生表示满意。\n", [["男生", 33], ["女生", 25]]).values()) == {"found"}


def test_a_table_in_wan_is_found_where_the_article_counts_each_exactly(checked):
    """4.2968萬人次 is 42968人次 to the last one: found; 4.2969, or 4.3 rounded, is not."""
    article = "南韓旅客有42968人次,台灣地區旅客83006人次。\n"
    assert set(checked(article, [["南韓旅客", 4.2968], ["台灣地區旅客", 8.3006]], unit="萬人次").values()) == {"found"}
    assert checked(article, [["南韓旅客", 4.2969], ["台灣地區旅客", 8.3006]], unit="萬人次")["南韓旅客 4.2969萬人次"] == "missing"
    assert set(checked(article, [["南韓旅客", 4.3], ["台灣地區旅客", 8.3]], unit="萬人次").values()) == {"missing"}


def test_two_shares_a_repost_ran_together_are_two(checked):
    """比例分别为58%56%: the separator was lost; 58% and 56% are read as a list, each in its place,
    and swapped they fail."""
    article = "幼儿园家长及低收入者认为上学贵的比例分别为58%56%;高收入者为46%。\n"
    assert set(checked(article, [["幼儿园家长", 58], ["低收入者", 56]]).values()) == {"found"}
    assert set(checked(article, [["幼儿园家长", 56], ["低收入者", 58]]).values()) == {"relabelled"}


def test_a_share_in_tenths_reads_no_further_than_the_next(checked):
    """城镇家庭中有七成拥有2辆以上汽车而农村家庭中只有三成: 农村家庭 is 三成's alone, so 七成 for it
    fails; 差不多一半 is about half (found), 多一半 more than half (not 一半)."""
    article = "城镇家庭中有七成拥有2辆以上汽车而农村家庭中只有三成。\n"
    assert checked(article, [["城镇家庭", "七成"], ["农村家庭", "七成"]], kind="figures")["农村家庭 七成"] == "relabelled"
    assert set(checked(article, [["城镇家庭", "七成"], ["农村家庭", "三成"]], kind="figures").values()) == {"found"}
    assert set(checked("差不多一半的受访者表示满意。\n", [["满意", "一半"]], kind="figures").values()) == {"found"}
    assert set(checked("满意的受访者多一半。\n", [["满意的受访者", "一半"]], kind="figures").values()) == {"missing"}
