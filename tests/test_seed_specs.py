"""The seed specs carry exactly the figures the articles report, and every one of them
(except those credited to another source) is printed in the article."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from charts.check.rules import check
from charts.numbers.format import format_number
from charts.spec.read import load_spec
from tests.conftest import SEED_ARTICLE, SPECS

# The tables of the seed article, as the core issue lists them.
EXPECTED = {
    "neighbours-age": {"00后": "21.6", "90后": "43.6", "80后": "26.9", "70后": "7.1", "其他": "0.9"},
    "neighbours-city": {"一线城市": "24.1", "二线城市": "38.3", "三四线城市": "24.3", "县城或城镇": "9.5", "农村": "3.8"},
    "neighbours-headline": {"在防疫过程中更重视邻里关系了": "75.8", "在防疫过程中与邻居关系更近了": "53.5",
                            "与邻居相互帮助的经历多": "58.0"},
    "neighbours-closer-by-group": {"全体受访者": "53.5", "00后受访者": "58.1", "一线城市受访者": "55.6"},
    "neighbours-reasons": {"分享防疫信息": "54.0", "相互提醒防疫措施": "49.3", "交流生活经验": "47.2",
                           "相互打气鼓劲": "45.6", "帮助买菜、运送物资": "38.1", "帮助照顾老小": "28.4",
                           "解决生活难题": "24.6", "参与社区防疫工作": "20.4"},
    "sanjiangyuan-outflow": {"2016年": "491.40", "2020年": "954.98"},
    "sanjiangyuan-rangers": {"青海省财政每年投入资金": "3.7", "管护员户均年收入": "21600", "生态管护员": "两万多"},
    "labour-job-lists": {"发布清单": ("12", "3"), "参加企业": ("814", "131"), "提供岗位": ("6435", "529"),
                         "需求员工": ("38504", "3988")},
    "labour-results": {"2021年以来专场招聘会提供就业岗位": "21396", "近3年技能培训": "7471",
                       "就业帮扶车间带动就业": "2.23", "近3年免费运送农民工返岗务工": "13889"},
}


def _load(name):
    return load_spec(SPECS / f"{name}.yaml")


def test_every_seed_spec_is_listed():
    assert sorted(p.stem for p in SPECS.glob("*.yaml")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_figures_are_the_articles(name):
    loaded = _load(name)
    printed = {}
    for row, label in enumerate(loaded.table.categories):
        cells = tuple(format_number(series[row], loaded.spec.decimals) for series in loaded.table.values)
        printed[label] = cells if len(cells) > 1 else cells[0]
    assert printed == EXPECTED[name]
    assert check(loaded).errors == []


def test_the_age_split_sums_to_100_1_and_gets_the_rounding_note():
    loaded = _load("neighbours-age")
    assert sum(v.number for v in loaded.table.series()) == Decimal("100.1")
    assert check(loaded).notes == ["因四舍五入，合计可能不等于100%"]


def test_multi_choice_reasons_are_bars_not_parts_of_a_whole():
    loaded = _load("neighbours-reasons")
    assert loaded.spec.question == "multi" and loaded.spec.kind == "bar"


def test_the_2016_outflow_is_credited_to_the_water_bulletin():
    loaded = _load("sanjiangyuan-outflow")
    (cited,) = loaded.spec.also_cited
    assert cited.rows == ["2016年"] and "水资源公报" in cited.title
    assert Decimal("954.98") - Decimal("463.58") == Decimal("491.40")


def _article() -> str:
    if not SEED_ARTICLE.is_file():
        pytest.skip(f"the seed article is not here ({SEED_ARTICLE.name}); it lives in ../shared/seeds/")
    # The page was extracted from PDF: spaces between characters and breaks inside phrases.
    return re.sub(r"\s+", "", SEED_ARTICLE.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_figure_is_printed_in_the_article(name):
    article = _article()
    loaded = _load(name)
    cited = {row for c in loaded.spec.also_cited for row in c.rows}
    for label, figures in EXPECTED[name].items():
        if label in cited:
            continue
        for figure in (figures if isinstance(figures, tuple) else (figures,)):
            assert re.search(rf"(?<![\d.]){re.escape(figure)}(?![\d])", article), (name, label, figure)
    for figure in ("600多亿", "近百亿"):
        assert figure in article
    # The increase that dates 2016 comes from the bulletin as Xinhua reported it, not from
    # this article: which is why the spec credits that row elsewhere.
    assert "463.58" not in article
