"""The sample size a survey states, in the frames surveys use (sentences written for these
tests; the frames are real ones)."""

from __future__ import annotations

import pytest

from charts.article.extract.sample import is_sample, sample_size


@pytest.mark.parametrize("text, size", [
    ("中心日前通过问卷网,对2001人进行的一项调查显示,67.3%的受访者", 2001),
    ("青年调查对1994名孩子家长进行的一项调查显示", 1994),
    ("近日,校媒面向全国1606名大学生发起问卷调查。", 1606),
    ("在参与调查的1000名市民中,有338人", 1000),
    ("共回收有效电子问卷1790份。有效样本中,男性占61.1%", 1790),
    ("合计回收有效样本72242个,样本来自全国31个省", 72242),
    ("成功访问了272位年龄在18周岁以上的居民", 272),
    ("拨号12,276笔,成功访问1,078个样本;", 1078),
    ("共完成1087个样本,在百分之九十五的信赖水准下", 1087),
    ("本次调查样本量为2500,误差", 2500),
    ("对1151名受访者的调查", 1151),
    ("对1984名18-35岁的青年开展了“2020全国两会青年期待”调查", 1984),
    ("本次调查共有2001人参与。调查显示,有1200名受访者表示支持", 2001),  # the whole, not a part
    ("民调期间共计有1074位有效民众受访", 1074),
])
def test_a_stated_sample(text, size):
    stated = sample_size(text)
    assert stated is not None and stated[0] == size
    assert is_sample(text, stated[1])


@pytest.mark.parametrize("text", [
    "他访问了3次,对3人进行了采访", "2001年对中小学进行的调查", "调查显示,62.5%的受访者认为", "共有12个城市参加",
    "市人社局对1500名企业职工开展了技能培训,合格率为96.5%",  # a training, not a survey
    "样本量为2,0001。",  # no 2,000 in it
])
def test_no_sample_where_none_is_stated(text):
    assert sample_size(text) is None


def test_a_polls_confidence_level_and_margin_of_error_are_no_findings(tmp_path):
    from charts.article.extract import extract
    from charts.article.read import read_article

    path = tmp_path / "a.txt"
    path.write_text("本次民調有效樣本1072份,在95%的信心水準下,抽樣誤差為正負3%。調查顯示,"
                    "41.2%的民眾表示滿意,47.5%表示不滿意,另有11.3%未表態。\n", encoding="utf-8")
    values = {r[1] for d in extract(read_article(path)) for r in d.rows}
    assert {"41.2", "47.5", "11.3"} <= values and not values & {"95", "3"}
