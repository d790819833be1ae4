"""The general frames of figure reporting extract reads, one test each, on sentences written
for these tests (the frames are the ones Chinese news reports use; words and figures are ours)."""

from __future__ import annotations

from pathlib import Path

from charts.article.drafts import draft_yaml
from charts.article.extract import extract
from charts.article.read import read_article
from charts.numbers.grammar import figures_in, is_stated_change


def _drafts(tmp_path: Path, text: str):
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return extract(read_article(path))


def _pairs(drafts) -> dict[str, str]:
    return {row[0]: row[1] for d in drafts for row in d.rows}


def test_a_share_leading_on_to_what_it_measures(tmp_path):
    text = "一项调查显示,62.4%的受访青年表示过去一年去过博物馆,近四成(38.5%)受访家长认为门票偏贵。\n"
    assert _pairs(_drafts(tmp_path, text)) == {"过去一年去过博物馆": "62.4", "门票偏贵": "38.5"}


def test_a_share_after_its_subject_or_in_the_clause_after_it(tmp_path):
    text = ("受访青年去博物馆,首先是感受历史文化,比例为58.3%;其次是带孩子长见识(36.2%);再次是拍照打卡,占21.7%。"
            "受访者对本地公园的综合满意度达75.3%。\n")
    pairs = _pairs(_drafts(tmp_path, text))
    assert pairs == {"感受历史文化": "58.3", "带孩子长见识": "36.2", "拍照打卡": "21.7",
                     "受访者对本地公园的综合满意度": "75.3"}


def test_changes_bounds_and_web_addresses_are_no_findings(tmp_path):
    text = ("去过博物馆的比例比上年增长3.1%,抽样误差为±2.5%,逐年增幅都低于5%。"
            "原文见example.com/wiki/%E5%85%A8%E5%9B%BD。\n")
    assert _pairs(_drafts(tmp_path, text)) == {}


def test_scores_and_permilles_are_figures_with_a_unit():
    found = [(f.digits, f.unit) for f in figures_in("满意度为82.6分,出生率为9.95‰,用时5分钟,三分之一,7分别")]
    assert found == [("82.6", "分"), ("9.95", "‰"), ("5", "分钟"), ("7", "")]  # minutes, not a score


def test_rises_in_price_and_harvest_are_changes():
    text = "居民消费价格上涨2.1%,粮食增产3.5%,油料减产1.2%"
    assert all(is_stated_change(text, text.index(v)) for v in ("2.1", "3.5", "1.2"))


def test_respectively_with_the_measure_named_once_and_its_growth_after(tmp_path):
    text = "东城、西城和南城三个街道分别实现地区生产总值120.55亿元、98.32亿元和64.10亿元,分别增长5.1%、3.9%和6.2%。\n"
    drafts = _drafts(tmp_path, text)
    assert [(d.unit, d.rows) for d in drafts] == [
        ("亿元", [["东城", "120.55"], ["西城", "98.32"], ["南城", "64.10"]]),
        ("%", [["东城", "5.1"], ["西城", "3.9"], ["南城", "6.2"]])]


def test_two_sentences_are_two_periods_only_when_they_name_them(tmp_path):
    text = ("第一产业增加值完成61.35亿元,增长3.2%;第二产业增加值完成128.44亿元,下降1.5%;"
            "第三产业增加值完成166.41亿元,增长7.9%。"
            "东城、西城和南城分别实现增加值120.55亿元、98.32亿元和64.10亿元。\n")
    drafts = _drafts(tmp_path, text)
    assert not [d for d in drafts if d.kind == "grouped"]
    assert _pairs(d for d in drafts if d.name == "growth") == {  # of 增加值, the measure they all end on
        "第一产业": "3.2", "第二产业": "-1.5", "第三产业": "7.9"}


def test_an_aside_in_brackets_does_not_hide_the_label(tmp_path):
    text = "全县完成地区生产总值(GDP)356.20亿元,年末常住人口52.36万人。\n"
    assert _pairs(_drafts(tmp_path, text)) == {"全县完成地区生产总值": "356.20", "年末常住人口": "52.36"}


def test_a_unit_column_of_percent_and_a_caption_start_new_tables(tmp_path):
    text = ("| 指标 | 单位 | 一季度 | 二季度 |\n| 地区生产总值 | 亿元 | 80.3 | 170.5 |\n"
            "| 零售总额 | 亿元 | 31.4 | 66.7 |\n| 工业增速 | % | 4.1 | 4.6 |\n| 投资增速 | % | 3.3 | 3.9 |\n"
            "表2 居民收入\n| 指标 | 绝对数(元) |\n| 城镇居民 | 45210 |\n| 农村居民 | 21870 |\n")
    assert [(d.unit, d.rows) for d in _drafts(tmp_path, text)] == [
        ("亿元", [["地区生产总值", "80.3", "170.5"], ["零售总额", "31.4", "66.7"]]),
        ("%", [["工业增速", "4.1", "4.6"], ["投资增速", "3.3", "3.9"]]),
        ("元", [["城镇居民", "45210"], ["农村居民", "21870"]])]


def test_a_title_line_ends_where_it_ends(tmp_path):
    text = ("七成受访者更爱短途游\n\n"
            "某调查中心对2000名受访者的调查显示,在出游距离上,省内游最受青睐,占61.5%,其次是跨省游,占31.0%,出境游占7.5%。"
            "这是一段足够长的正文,用来说明一行正文的长度大约是多少个字符。\n")
    drafts = _drafts(tmp_path, text)
    assert _pairs(drafts) == {"省内游最受青睐": "61.5", "跨省游": "31.0", "出境游": "7.5"}
    assert all(d.sample_size == 2000 for d in drafts)


def test_one_measure_dated_year_by_year_in_one_sentence(tmp_path):
    text = ("全市常住人口城镇化率从2015年的48.2%提高到2020年的55.6%,再提高到2024年的60.1%。"
            "全市快递业务量2021年为5.6亿件,2022年增加了0.8亿件,达到6.4亿件。\n")
    drafts = [d for d in _drafts(tmp_path, text) if d.name.startswith("years")]
    assert [(d.unit, d.rows) for d in drafts] == [
        ("%", [["2015年", "48.2"], ["2020年", "55.6"], ["2024年", "60.1"]]),
        ("亿件", [["2021年", "5.6"], ["2022年", "6.4"]])]  # 0.8 is the change, not 2022's level


def test_a_year_of_birth_or_a_base_year_dates_nothing(tmp_path):
    text = "受访者中,85后(1985—1989年出生)占18.4%,90后(1990—1994年出生)占37.2%。与2010年相比,增长5.4%。\n"
    assert not [d for d in _drafts(tmp_path, text) if d.name.startswith("years")]


def test_a_span_of_years_labels_the_values_told_with_分别(tmp_path):
    text = "2019年至2021年,全市地区生产总值分别为1980.5亿元、2120.3亿元和2250.8亿元。\n"
    assert _pairs(_drafts(tmp_path, text)) == {"2019年": "1980.5", "2020年": "2120.3", "2021年": "2250.8"}


def test_changes_by_category_with_no_level(tmp_path):
    text = "分经济类型看,国有企业增加值同比增长5.3%,集体企业下降2.2%,股份制企业增长6.7%。\n"
    assert _pairs(_drafts(tmp_path, text)) == {"国有企业": "5.3", "集体企业": "-2.2", "股份制企业": "6.7"}


def test_counts_with_their_shares(tmp_path):
    text = ("1000名市民中,有164人有网友,占全部被调查人群的16.4%;有127人有社团的朋友,"
            "占全部被调查人群的12.7%;有42人通过工作关系交友,占全部被调查人群的4.2%。\n")
    drafts = {d.unit: d.rows for d in _drafts(tmp_path, text) if d.name.startswith("counts")}
    assert drafts["人"] == [["网友", "164"], ["社团的朋友", "127"], ["通过工作关系交友", "42"]]
    assert drafts["%"] == [["网友", "16.4"], ["社团的朋友", "12.7"], ["通过工作关系交友", "4.2"]]


def test_the_lines_of_a_list_end_where_their_figures_do(tmp_path):
    text = "性别:男 52.1%  女 47.9%\n\n学历\n本科:61.2%\n硕士:25.3%\n其他:13.5%\n"
    assert _pairs(_drafts(tmp_path, text)) == {"男": "52.1", "女": "47.9", "本科": "61.2", "硕士": "25.3",
                                                "其他": "13.5"}


def test_what_respondents_said_in_the_clause_after_the_verb(tmp_path):
    text = "调查显示,43.9%的受访者认为,工作的成就感一般;47.7%的受访者认为,生活压力来自物价。\n"
    assert _pairs(_drafts(tmp_path, text)) == {"工作的成就感一般": "43.9", "生活压力来自物价": "47.7"}


def test_a_second_分别_list_of_the_same_categories(tmp_path):
    text = "2024年,城区和郊区的游客量分别增长4.6%和6.1%,而上一年的数字分别是6.3%和8.9%。\n"
    rows = [d.rows for d in _drafts(tmp_path, text)]
    assert rows == [[["城区", "4.6"], ["郊区", "6.1"]], [["城区", "6.3"], ["郊区", "8.9"]]]


def test_the_thing_a_sentence_views_labels_its_shares(tmp_path):
    text = ("从公交出行看,表示“满意”的占61.0%,认为“有改善”的占25.5%;"
            "从道路拥堵看,表示“满意”的占32.0%,认为“有改善”的占40.5%。\n")
    assert _pairs(_drafts(tmp_path, text)) == {"公交出行表示满意": "61.0", "公交出行认为有改善": "25.5",
                                                "道路拥堵表示满意": "32.0", "道路拥堵认为有改善": "40.5"}


def test_a_share_stated_by_its_subject_with_yi_is_labelled_by_the_subject(tmp_path):
    """购物类消费以51.80%的占比居首: the words after 以 say how it ranks, not what it is."""
    path = tmp_path / "article.txt"
    path.write_text("报告显示,购物类消费以51.80%的占比主导支出结构;短视频平台中,甲平台以39.40%稳居首选。\n",
                    encoding="utf-8")
    rows = [row for d in extract(read_article(path)) for row in d.rows]
    assert sorted(rows) == [["甲平台", "39.40"], ["购物类消费", "51.80"]]


def test_names_listed_in_the_clause_before_their_shares_are_their_labels(tmp_path):
    """前三位的分别是A、B和C,选择这三项的占比分别为x%、y%、z%: the answers are named first."""
    path = tmp_path / "article.txt"
    path.write_text("结果显示,支出排在前三位的分别是旅行、读书和健身,选择这三项的受访者占比分别为31.2%、24.5%、18.3%。\n",
                    encoding="utf-8")
    rows = [row for d in extract(read_article(path)) for row in d.rows]
    assert rows == [["旅行", "31.2"], ["读书", "24.5"], ["健身", "18.3"]]


def test_names_listed_before_what_they_are_then_their_figures(tmp_path):
    """A、B、C位列第一梯队,用户规模分别达到x亿、y亿、z亿; 前三强为A、B、C,增量分别为…: a measure in 亿
    alone (users) is a unit too, and a view that names a breakdown (从结构上看) names no row."""
    text = ("从结构上看,甲集团、乙公司、丙控股位列第一梯队,用户规模分别达到12.66亿、12.48亿、11.68亿。"
            "增长前三强为丁应用、戊应用、己应用,用户增量分别为1.63亿、0.58亿、0.22亿。\n")
    drafts = _drafts(tmp_path, text)
    assert [d.rows for d in drafts] == [[["甲集团", "12.66"], ["乙公司", "12.48"], ["丙控股", "11.68"]],
                                        [["丁应用", "1.63"], ["戊应用", "0.58"], ["己应用", "0.22"]]]
    assert {d.unit for d in drafts} == {"亿"}


def test_a_list_of_falls_is_drafted_as_their_size_under_a_header_that_says_so(tmp_path):
    text = "扣除物价后,实质经常性薪资及实质总薪资分别年减0.19%及0.23%,两者都创新低。\n"
    (draft,) = _drafts(tmp_path, text)
    assert draft.rows == [["实质经常性薪资", "0.19"], ["实质总薪资", "0.23"]]
    assert draft.columns[-1] == "下降" and "下降" in draft.title


def test_a_panel_figure_keeps_its_qualifier_and_its_label_leaves_it_out(tmp_path):
    text = "五一期间,在线度假旅游者人均花费近3000元;假期人均每次旅游消费约540元,而2019年同期则约为645元。\n"
    pairs = _pairs(_drafts(tmp_path, text))
    assert pairs["在线度假旅游者人均花费"] == "近3000" and pairs["2019年同期则"] == "约645"


def test_a_respective_list_in_two_units_is_a_panel(tmp_path):
    """人均单日使用时长及次数分别为7.97小时、117.9次: hours and times cannot share an axis; a list
    of changes in two units is no panel of levels (a fall would lose its sign)."""
    drafts = _drafts(tmp_path, "用户人均单日使用时长及次数分别为7.97小时、117.9次。\n")
    assert drafts[0].kind == "figures" and drafts[0].rows == [["用户人均单日使用时长", "7.97"], ["次数", "117.9"]]
    assert drafts[0].unit == {"用户人均单日使用时长": "小时", "次数": "次"}
    changes = _drafts(tmp_path, "去年同期,出口和进口分别增长2.0%和减少1.2亿元。\n")
    assert not any(d.kind == "figures" for d in changes)


def test_names_two_clauses_before_their_figures(tmp_path):
    text = "排名前20的城市中,北京、上海、深圳位居前三,平均月薪均过2万,分别为22184元、21279元、20866元。\n"
    assert [d.rows for d in _drafts(tmp_path, text) if d.name == "respectively"] == [
        [["北京", "22184"], ["上海", "21279"], ["深圳", "20866"]]]


def test_figures_listed_after_as_many_names_without_fenbie(tmp_path):
    text = ("各家此消彼长,甲公司、乙集团用户量同比增长了13%、12%,丙公司持平。"
            "杭州、南京排名第四、第五,起薪为7000元/月、6979元/月;广州位居第六。\n")
    drafts = [d for d in _drafts(tmp_path, text) if d.name.startswith("listed")]
    assert [d.rows for d in drafts] == [[["甲公司", "13"], ["乙集团", "12"]], [["杭州", "7000"], ["南京", "6979"]]]
    assert [d.unit for d in drafts] == ["%", "元/月"] and drafts[0].columns[-1] == "增长"


def test_a_list_set_with_commas_and_a_list_of_growth(tmp_path):
    """在线办公,在线医疗用户规模分别达…: a page that sets its list with commas; 在 of 在线 is no lead
    word; 分别增长 gives growth, drafted as such."""
    text = "截至12月,在线办公,在线医疗用户规模分别达4.69亿和2.98亿,同比分别增长35.7%和38.7%,扩张最快。\n"
    levels, growth = _drafts(tmp_path, text)
    assert levels.rows == [["在线办公", "4.69"], ["在线医疗用户规模", "2.98"]] and levels.unit == "亿"
    assert growth.rows == [["在线办公", "35.7"], ["在线医疗用户规模", "38.7"]]
    assert growth.columns[-1] == "增长" and growth.question == "none"


def test_a_label_never_holds_a_figure(tmp_path):
    """A page that lost words between two items (占进出口总值的46.6% 、非洲分别…) leaves a list
    whose first item is a figure's clause: no labels for the figures after it."""
    text = "对沿线国家进出口19.47万亿元,增长2.8%,占进出口总值的46.6% 、非洲分别进出口3.44万亿和1.98万亿元,分别增长6.8%和7.1%。\n"
    labels = [row[0] for d in _drafts(tmp_path, text) for row in d.rows]
    assert not any("%" in label for label in labels), labels


def test_names_ranked_in_the_clause_before_their_shares(tmp_path):
    text = "统计结果表明,调查对象最关注的话题前三名依次是住房问题、稳定物价和收入分配,占比分别为63.3%、51.2%、48.6%。\n"
    assert [d.rows for d in _drafts(tmp_path, text)] == [
        [["住房问题", "63.3"], ["稳定物价", "51.2"], ["收入分配", "48.6"]]]


def test_the_same_measures_subject_by_subject_make_one_table(tmp_path):
    """甲正向评价为…、负向评价为…。乙正向评价…: the measures are the names every sentence repeats."""
    path = tmp_path / "article.txt"
    path.write_text("民调细项中,教育政策正向评价为41.2%、负向评价为45.0%,“治理赤字”3.8%。"
                    "交通建设正向评价只有30.5%、负向评价为52.1%、“治理赤字”高达21.6%。"
                    "住房保障的正向评价是18.7%、负向评价为66.3%、“治理赤字”47.6%。\n", encoding="utf-8")
    [draft] = [d for d in extract(read_article(path)) if d.name.startswith("profiles")]
    assert draft.columns == ["类别", "正向评价", "负向评价", "治理赤字"]
    assert draft.rows == [["教育政策", "41.2", "45.0", "3.8"], ["交通建设", "30.5", "52.1", "21.6"],
                          ["住房保障", "18.7", "66.3", "47.6"]]


def test_a_part_of_the_share_before_it_is_no_row_of_its_own(tmp_path):
    """86.1%的受访者…，其中33.4%…非常多: 33.4 is inside 86.1, a bar beside it would double count."""
    path = tmp_path / "article.txt"
    path.write_text("调查显示,86.1%的受访者身边有很多孩子上辅导班,其中33.4%的受访者表示非常多。"
                    "75.7%的受访者表示花费过半,其中22.4%认为比例非常大。其中,12.5%的受访者认为不多。\n",
                    encoding="utf-8")
    values = sorted(c for d in extract(read_article(path)) for row in d.rows for c in row[1:])
    assert values == ["12.5", "75.7", "86.1"]  # 其中 opening a sentence is "among them": kept


def test_a_share_pointed_back_to_for_another_group_or_time(tmp_path):
    """这一比例: the same share again, for another group (same sentence) or time (next sentence)."""
    path = tmp_path / "article.txt"
    path.write_text("在城市仅有28.0%的人表示家具质量应提升,而在农村地区这一比例上升到了41.5%。"
                    "城市35%的居民认为日用品质量需提升,而在农村地区这一比例上升到了57.2%。"
                    "调查中,77.3%的受访青年关注今年的春运。而在2021年开展的调查中,这一比例为61.9%。\n",
                    encoding="utf-8")
    drafts = [d for d in extract(read_article(path)) if d.name.startswith("pointers")]
    assert [(d.columns, d.rows) for d in drafts] == [
        (["说法", "城市", "农村地区"], [["家具质量应提升", "28.0", "41.5"], ["日用品质量需提升", "35", "57.2"]]),
        (["类别", "占比"], [["今年", "77.3"], ["2021年", "61.9"]])]


def test_now_and_an_earlier_time_in_one_sentence(tmp_path):
    """录29,500港元,按月下跌300港元,五年前报28,300港元: the change between them is neither."""
    path = tmp_path / "article.txt"
    path.write_text("住户每月入息中位数录31,200港元,按月下跌400港元,五年前报29,800港元。"
                    "若不包括外籍家庭佣工,住户每月入息中位数录30,100港元,按月跌200港元,五年前报28,900港元。"
                    "自置居所住户的比例报51.3%,按月持平,五年前同期报48.7%。\n", encoding="utf-8")
    drafts = {d.name: d for d in extract(read_article(path)) if d.name.startswith("then")}
    money = next(d for d in drafts.values() if d.unit == "港元")
    assert money.columns == ["指标", "本期", "五年前"]
    assert money.rows == [["住户每月入息中位数", "31200", "29800"],
                          ["若不包括外籍家庭佣工住户每月入息中位数", "30100", "28900"]]
    share = next(d for d in drafts.values() if d.unit == "%")
    assert share.rows == [["本期", "51.3"], ["五年前", "48.7"]]


def test_a_qualified_figure_is_drafted_with_what_the_article_says_beside_it(tmp_path):
    """近60%, 60%以上, 不到20%: a bar draws the number; the draft says the article's words so that
    the editor notes them or writes 近60 (kind: figures). A plain figure gets no comment."""
    path = tmp_path / "article.txt"
    path.write_text("调查显示,60%以上受访者表示支持延迟退休,不到20%的受访者表示反对。"
                    "北京、上海和广州分别占约21.5%、近18.7%和12.3%。\n", encoding="utf-8")
    drafts = extract(read_article(path))
    worded = {k: v for d in drafts for k, v in d.worded.items()}
    assert worded == {"支持延迟退休": "60%以上", "反对": "不到20%", "北京": "约21.5%", "上海": "近18.7%"}
    text = draft_yaml(next(d for d in drafts if "北京" in d.worded), "article.txt", "schema.json")
    assert '- ["北京", 21.5]  # 请核对: 原文为「约21.5%」' in text and '- ["广州", 12.3]\n' in text


def test_a_headline_without_a_stop_ends_where_an_indented_paragraph_opens(tmp_path):
    text = ("64%市民周末会去公园\n"
            "\u3000\u3000调查显示,64.2%的市民周末会去公园散步,其中每周都去的占18.6%。\n")
    pairs = _pairs(_drafts(tmp_path, text))
    assert "周末会去公园调查显示" not in pairs
    assert pairs.get("周末会去公园") == "64"
    wrapped = ("调查显示,今年全市居民收入稳步增长,其中城镇居民\n    人均可支配收入61234元,增长4.8%;农村居民\n"
               "    人均可支配收入28765元,增长6.9%。全市居民人均消费支出\n    达到32345元,增长5.1%。\n")
    pairs = _pairs(_drafts(tmp_path, wrapped))  # a wrapped line's indented continuation runs on
    assert pairs["城镇居民"] == "4.8" and pairs["农村居民"] == "6.9"  # of 人均可支配收入


def test_amounts_keep_their_per_what_and_a_bracketed_list_of_them_is_a_table(tmp_path):
    text = ("报告显示,一季度全国平均招聘薪酬10014元/月,较去年同期的9059元/月上升10.5%。"
            "38个城市中,北京(13369元/月)、上海(13245元/月)和杭州(11388元/月)排在前列。\n")
    drafts = _drafts(tmp_path, text)
    [cities] = [d for d in drafts if ["北京", "13369"] in d.rows]
    assert cities.rows == [["北京", "13369"], ["上海", "13245"], ["杭州", "11388"]] and cities.unit == "元/月"
    [then] = [d for d in drafts if d.rows == [["本期", "10014"], ["去年同期", "9059"]]]
    assert then.unit == "元/月"


def test_a_list_after_the_base_of_its_changes_takes_the_labels_of_the_clause_before(tmp_path):
    text = "制造业和批发零售业薪资则下跌,较上季度分别下降2.5%和8.7%,本季度平均月薪分别为10969元和11439元。\n"
    rows = [d.rows for d in _drafts(tmp_path, text)]
    assert [["制造业", "2.5"], ["批发零售业薪资", "8.7"]] in rows
    assert [["制造业", "10969"], ["批发零售业薪资", "11439"]] in rows


def test_a_polls_answers_after_their_shares_with_the_respondents_and_a_verb_between(tmp_path):
    text = "至於新政策的影響,12.5%的受訪市民認為正面,58.2%認為負面,有二成六認為沒有影響,7.3%回答「不知道/很難說」。\n"
    [draft] = _drafts(tmp_path, text)
    assert draft.rows == [["正面", "12.5"], ["負面", "58.2"], ["沒有影響", "26"], ["不知道/很難說", "7.3"]]
    # a share the article words (約一成, 五成) is no row: drafted as a number, verify would fail it
    rows = [r for d in _drafts(tmp_path, text.replace("12.5%的", "約一成")) for r in d.rows]
    assert ["正面", "10"] not in rows and ["負面", "58.2"] in rows


def test_amounts_per_square_metre_and_a_base_with_its_own_labels(tmp_path):
    [draft] = _drafts(tmp_path, "全市新建住宅均价为15000元/平方米,二手住宅均价为12000元/平方米。\n")
    assert set(draft.unit.values()) == {"元/平方米"}
    pairs = _pairs(_drafts(tmp_path, "今年房地产市场总体平稳,较上年北京和上海的房价分别增长3.2%和4.1%。\n"))
    assert pairs == {"北京": "3.2", "上海的房价": "4.1"} or pairs == {"北京": "3.2", "上海": "4.1"}


def test_quoted_answers_before_a_respectively_list_are_its_labels(tmp_path):
    text = "选择“先完成学业”的学生比例略低于选择“先找到工作”的学生比例,分别为27.2%和30.8%。\n"
    assert _pairs(_drafts(tmp_path, text)) == {"先完成学业": "27.2", "先找到工作": "30.8"}


def test_a_bracketed_share_of_the_whole_belongs_to_the_words_before_the_bracket(tmp_path):
    text = "调查显示,受访学生普遍认为“阅读有用”(占总数的71.6%),另有40.5%的受访学生每周读完一本书。\n"
    pairs = _pairs(_drafts(tmp_path, text))
    assert pairs.get("受访学生普遍认为阅读有用") == "71.6" and "占总数" not in pairs
    pairs = _pairs(_drafts(tmp_path, "全市共有企业3200家(占全省的35.2%),其中国有企业120家(占全市的3.8%)。\n"))
    assert not any(any(ch.isdigit() for ch in label) for label in pairs)  # a count's share: not its label


def test_a_level_reached_after_a_change_is_the_subjects_and_lead_words_are_no_label(tmp_path):
    text = ("若是甲對決乙,乙支持度較今年二月略減3個百分點至41%,另外有21%未決定。"
            "至於20-29歲支持甲的比例最低為28%,在北區民眾支持甲比例略增至42%。\n")
    pairs = _pairs(_drafts(tmp_path, text))
    assert pairs == {"乙支持度": "41", "未決定": "21", "20-29歲支持甲": "28", "北區民眾支持甲": "42"}


def test_a_list_longer_than_a_chart_shows_is_drafted_in_parts(tmp_path):
    text = "、".join(f"第{i}区({1000 + i}元/月)" for i in range(1, 71)) + "。\n"
    drafts = _drafts(tmp_path, text)
    assert [len(d.rows) for d in drafts] == [60, 10]
    assert [r[1] for d in drafts for r in d.rows] == [str(1000 + i) for i in range(1, 71)]


def test_a_big_numbers_label_ends_before_its_verb(tmp_path):
    text = "智能电视月度活跃量达到2.81亿台、智能汽车用户规模已经达到5.1亿人。\n"
    assert _pairs(_drafts(tmp_path, text)) == {"智能电视月度活跃量": "2.81", "智能汽车用户规模": "5.1"}


def test_how_a_survey_was_made_is_no_panel_of_its_figures(tmp_path):
    """有效样本1079人,其中市话757人、手机322人; 回收问卷3071份; 拒访257人: the method's counts (and
    their parts, in the same sentence and unit) are left out of a panel; the findings stay."""
    text = ("本次调查有效样本1079人,其中市话757人、手机322人。最终回收问卷3071份,拒访257人。\n"
            "全市常住人口为579101人,家庭户人口为501694人。\n")
    rows = [row for d in _drafts(tmp_path, text) for row in d.rows]
    assert rows == [["全市常住人口", "579101"], ["家庭户人口", "501694"]]


def test_who_answered_and_how_many_is_no_label_the_answer_after_is(tmp_path):
    """大多数受访者(45.5%)支持…, 超过一半的受访者(50.7%)认为…: the words before the bracket say who
    answered, not what; 另有33%的市民未表示意见: 另有 is no answer's name."""
    text = ("大多数受访者(45.5%)支持民主多于一切,只有22.5%的受访者会同意独裁。\n"
            "市民满意度为45%,不满意的比例减至22%,另有33%的市民未表示意见。\n")
    pairs = {v: k for k, v in _pairs(_drafts(tmp_path, text)).items()}
    assert pairs["45.5"] == "支持民主多于一切" and pairs["33"] == "未表示意见"


def test_a_share_of_the_whole_after_a_volume_is_the_volumes_subjects(tmp_path):
    """地下水源供水量1117亿立方米,占总供水量的18.3%: the share is the subject's of the clause before,
    the words before its figure (no 为 to cut at)."""
    text = ("地表水源供水量4921亿立方米,占总供水量的80.8%;地下水源供水量1117亿立方米,占总供水量的18.3%;"
            "其他水源供水量57亿立方米,占总供水量的0.9%。\n")
    (shares,) = [d for d in _drafts(tmp_path, text) if d.unit == "%"]
    assert shares.rows == [["地表水源供水量", "80.8"], ["地下水源供水量", "18.3"], ["其他水源供水量", "0.9"]]


def test_a_bracketed_list_of_counts_in_wan_alone(tmp_path):
    """京东购物(5,953万)、京喜拼拼(1,327万)…: users counted in 万 or 亿 with no measure word after."""
    text = "京东系的小程序中,京东购物(5,953万)、京喜拼拼(1,327万)、京东赚赚(213万)位居前列。\n"
    (draft,) = _drafts(tmp_path, text)
    assert draft.rows == [["京东购物", "5953"], ["京喜拼拼", "1327"], ["京东赚赚", "213"]] and draft.unit == "万"


def test_names_told_in_order_before_a_respective_list_are_its_labels(tmp_path):
    text = "选择国内长线旅游的比重达到52%,位列第一;排在第二、三位的分别为周边游和出境游,分别占35%和12%。\n"
    pairs = {v: k for k, v in _pairs(_drafts(tmp_path, text)).items()}
    assert pairs["35"] == "周边游" and pairs["12"] == "出境游"


def test_an_answer_chosen_in_the_passive_is_labelled_by_the_words_before(tmp_path):
    """“折扣的吸引力足够大”为46.7%的人所选择: 所选择 says only that they chose it."""
    text = "在影响买单的各种因素中,“折扣的吸引力足够大”为46.7%的人所选择;其二是品质不让步。\n"
    assert _pairs(_drafts(tmp_path, text)) == {"折扣的吸引力足够大": "46.7"}


def test_a_count_in_spaced_brackets_after_its_words(tmp_path):
    """失业人数( 6,700人 )…, 总劳动力( 48.68万人 ): the words before the bracket name the figure in it;
    a leading 而 is no part of a label."""
    text = ("失业人数( 6,700人 )与上一期大致相同。就业不足人数( 4,500人 )较上一期再减少300人。"
            "把这部分人士计算在内后,总劳动力( 48.68万人 )较上一期增加700人,而本地就业居民为28.59万人。\n")
    pairs = _pairs(_drafts(tmp_path, text))
    assert pairs["失业人数"] == "6700" and pairs["就业不足人数"] == "4500" and pairs["总劳动力"] == "48.68"
    assert pairs["本地就业居民"] == "28.59"


def test_a_group_before_its_bracketed_share_stays_its_label(tmp_path):
    """青年(35.2%), 家长(58.2%): a group is a row's name; only who answered and how many of them
    (大多数受访者(45.5%)) is no label (a second reading's finding)."""
    text = "从年龄结构看,受访者中青少年(18.2%)、青年(35.2%)、中年(30.1%)、老年(16.5%)。\n"
    pairs = {v: k for k, v in _pairs(_drafts(tmp_path, text)).items()}
    assert [pairs.get(v, "").removeprefix("年龄结构") for v in ("18.2", "35.2", "30.1", "16.5")] == \
        ["青少年", "青年", "中年", "老年"]


def test_a_share_after_a_change_of_a_volume_is_labelled_before_its_first_figure(tmp_path):
    text = ("全市地表水源供水量由4800亿立方米增至4813亿立方米,占总供水量的80.3%;"
            "地下水源供水量由1000亿立方米增至1117亿立方米,占总供水量的18.6%。\n")
    rows = [row for d in _drafts(tmp_path, text) if d.unit == "%" for row in d.rows]
    assert rows == [["全市地表水源供水量", "80.3"], ["地下水源供水量", "18.6"]]


def test_a_count_of_visits_is_a_figure_not_a_surveys_method(tmp_path):
    text = "网站全年访问量突破3000万人次,注册用户达到120万人。\n"
    assert _pairs(_drafts(tmp_path, text)) == {"网站全年访问量突破": "3000", "注册用户": "120"}


def test_a_verb_with_le_and_the_choice_of_most_respondents(tmp_path):
    text = ("在出行距离上,78.0%的受访者选择了省内出行,21.4%的受访者选择了跨省出行。其中,省内跨市出行最受青睐,"
            "成为过半受访者(55.3%)的选择,其次是市内跨区出行(22.7%)。\n")
    pairs = _pairs(_drafts(tmp_path, text))
    assert pairs["省内出行"] == "78.0" and pairs["跨省出行"] == "21.4"
    assert pairs["省内跨市出行"] == "55.3" and pairs["市内跨区出行"] == "22.7"
    assert not any(label.startswith("了") for label in pairs)


def test_the_rest_of_the_answers_and_the_most_respondents_are_no_labels(tmp_path):
    text = ("當中,75%受訪者認為自己是初階消費者,24%受訪者認為自己是中階消費者,餘下1%自評為高階消費者。"
            "疫情影響有限,最多受訪者(42%)表示飲用頻率與之前大致相同。\n")
    pairs = _pairs(_drafts(tmp_path, text))
    assert pairs["初階消費者"] == "75" and pairs["中階消費者"] == "24" and pairs["高階消費者"] == "1"
    assert "最多受訪者" not in pairs and pairs.get("飲用頻率與之前大致相同") == "42"


def test_a_list_that_names_its_head_once(tmp_path):
    text = ("与上年相比,第二、第三产业所占比重分别回落2.16和1.66个百分点。"
            "城镇、农村居民人均可支配收入分别为30000元和12000元。\n")
    pairs = _pairs(_drafts(tmp_path, text))
    assert pairs["第二产业"] == "2.16" and pairs["第三产业"] == "1.66"
    assert pairs["城镇居民人均可支配收入"] == "30000" and pairs["农村居民人均可支配收入"] == "12000"


def test_a_poll_told_area_by_area_with_each_share_worded_before_its_digits(tmp_path):
    text = ("被問到政府各項工作做得如何,扶貧工作方面,六成多(62.7%)人認為非常好或頗好,三成多(37.3%)認為頗差或非常差。"
            "促進經濟發展方面,近七成(68.0%)認為非常好或頗好,三成多(32%)認為頗差或非常差。"
            "另一方面,逾六成(60.4%)受訪者認為政府能回應訴求。\n")
    pairs = _pairs(_drafts(tmp_path, text))
    assert pairs["扶貧工作非常好或頗好"] == "62.7" and pairs["扶貧工作頗差或非常差"] == "37.3"
    assert pairs["促進經濟發展非常好或頗好"] == "68.0" and pairs["促進經濟發展頗差或非常差"] == "32"
    assert pairs["政府能回應訴求"] == "60.4"
    assert not any("成" in label for label in pairs)  # 六成多, 近七成: the article's rounding, no label


def test_figures_told_field_by_field_line_by_line(tmp_path):
    text = ("移动互联网观察\n新闻资讯领域,腾讯新闻以23.8%的渗透率位列第一,9月DAU均值达9400.4万\n"
            "手机游戏领域,截至今年9月,行业渗透率为49.6%\n在线旅游领域,2018年9月的行业渗透率为35.8%\n")
    pairs = _pairs(_drafts(tmp_path, text))
    assert pairs["手机游戏行业渗透率"] == "49.6" and pairs["在线旅游2018年9月的行业渗透率"] == "35.8"
    assert not any(label.startswith("万") for label in pairs)


def test_a_share_of_the_whole_after_the_figures_of_its_subject(tmp_path):
    text = ("统计显示。普惠性幼儿园达到23.41万所 , 比上年增加3.12万所 , 增长15.40% , 占全国幼儿园的比例80.24%;"
            "各级各类民办学校共有18.67万所 , 比上年减少4820所 , 占全国比重34.76% 。\n")
    pairs = _pairs(_drafts(tmp_path, text))
    assert pairs["普惠性幼儿园占全国幼儿园"] == "80.24" and pairs["各级各类民办学校占全国"] == "34.76"
    # words before the subject's clause (具体来看), and the whole's figures earlier in the sentence,
    # leave the subject the nearest clause that is no change; 增加值 is a level's name, no change
    text = ("具体来看,普惠性幼儿园达到23.41万所,比上年增加3.12万所,增长15.40%,占全国幼儿园的比例80.24%。\n"
            "全年地区生产总值90.5万元,增长4%,第一产业增加值37952万元,增长3.9%,占生产总值的比重为4.1%;"
            "第二产业增加值624710万元,增长5.6%,占生产总值的比重为68.3%。\n")
    pairs = _pairs(_drafts(tmp_path, text))
    assert (pairs["普惠性幼儿园占全国幼儿园"], pairs["第一产业增加值占生产总值"], pairs["第二产业增加值占生产总值"]) == \
        ("80.24", "4.1", "68.3")
    assert not any(label.startswith("占") for label in pairs)


def test_a_share_naming_only_its_measure_takes_whose_it_is_from_the_clause_before(tmp_path):
    text = ("若按各污染物的污染负荷排序,PM2.5居首,负荷比为24.1%;臭氧紧随其后,负荷比为23.9%。\n"
            "用户认知度最高的是三星,为85%;华为位列第三位,认知度为78%。\n"
            "拼多多当日实现销售额197亿元,yoy-2.2%,市占率6.4%。\n")
    pairs = _pairs(_drafts(tmp_path, text))
    # the rank is no part of the name (华为 keeps its 为: no verb is cut from a rank's subject);
    # a change however written (yoy-2.2%) is passed over to the clause of the level
    assert (pairs["PM2.5负荷比"], pairs["臭氧负荷比"], pairs["华为认知度"]) == ("24.1", "23.9", "78")
    assert not any(label.startswith(("负荷比", "认知度", "yoy")) for label in pairs)
    # a measure naming its own subject (城镇化率) takes none from the clause before
    pairs = _pairs(_drafts(tmp_path, "全市常住人口1200万人,比上年末增加10万人,城镇人口900万人,城镇化率为75.0%。\n"))
    assert pairs.get("城镇化率") == "75.0" and "城镇人口城镇化率" not in pairs


def test_what_the_second_reading_found_in_the_new_frames(tmp_path):
    def pairs(text):
        return _pairs(_drafts(tmp_path, text))
    assert pairs("省内跨市出行最受青睐,今年成为过半受访者(55.3%)的选择。\n") == {"省内跨市出行": "55.3"}
    assert pairs("在出行方式上,与去年相比,成为过半受访者(55.3%)的选择。\n") == {}
    assert set(pairs("調查顯示,41.3%的受訪者認為經濟比上月好轉,35.2%認為經濟比上月轉差。\n")) == {"經濟比上月好轉", "經濟比上月轉差"}
    assert "广东" in pairs("上半年,广东、广西壮族自治区地区生产总值分别增长4.8%和4.1%。\n")
    assert set(pairs("进出口方面,全年出口增长7.1%,进口增长1.1%。\n")) == {"出口", "进口"}
    assert set(pairs("收入方面,城镇居民人均可支配收入增长4.6%,农村居民人均可支配收入增长6.6%。\n")) == \
        {"城镇居民人均可支配", "农村居民人均可支配"}


def test_a_bracketed_list_of_bare_scores_is_a_table_and_a_lone_bracketed_number_is_not(tmp_path):
    text = ("在5个维度的一级指标中,市民感受度由高到低排位分别是生活信心(86.77)、家庭环境(86.60)、"
            "社会环境(83.34)。各分项指数分别为就业(61.35)、住房(42.18)、医疗(57.06)。\n")
    drafts = _drafts(tmp_path, text)
    assert [(d.rows, d.unit) for d in drafts] == [
        ([["生活信心", "86.77"], ["家庭环境", "86.60"], ["社会环境", "83.34"]], ""),
        ([["就业", "61.35"], ["住房", "42.18"], ["医疗", "57.06"]], "指数")]
    assert not _drafts(tmp_path, "该项目(2.5)期工程和二期(3.5)工程的得分(86.7)较高。\n")


def test_a_respective_list_told_with_yi_and_a_figures_label_without_it(tmp_path):
    text = "这些城市的平均招聘月薪,北京以18976元位居第一;上海、深圳分别以18132元、17784元位居第二、第三。杭州为16223元。\n"
    pairs = _pairs(_drafts(tmp_path, text))
    assert pairs["上海"] == "18132" and pairs["深圳"] == "17784" and pairs.get("北京") == "18976"


def test_bare_bracketed_decimals_that_are_no_scores_are_no_table(tmp_path):
    """Second reading: versions, odds, citations, changes in brackets, a comma's run of figures."""
    for text in ("本次升级支持Python(3.11)、Java(17.0)、Go(1.21)三种语言。\n",
                 "本场比赛的赔率为主胜(1.85)、平局(3.40)、客胜(4.20)。\n",
                 "研究参考了张三(2019.1)、李四(2020.3)、王五(2021.6)等人的成果。\n",
                 "居民消费价格指数同比上涨2.1%,涨幅分别为:食品烟酒(3.2)、衣着(1.5)、居住(0.8)。\n",
                 "消费者信心指数(86.77),同比上升(1.25),环比下降(0.53)。\n"):
        assert not [d for d in _drafts(tmp_path, text) if d.name.startswith("counts")], text


def test_spreads_in_brackets_are_no_scores_and_a_list_is_named_after_its_lead(tmp_path):
    assert not _drafts(tmp_path, "满意度的标准差分别为服务态度(0.85)、就医环境(0.92)、收费价格(1.03)。\n")
    (draft,) = _drafts(tmp_path, "综合评价得分前三的城市是杭州(86.5)、成都(85.1)、南京(84.7)。\n")
    assert [row[0] for row in draft.rows] == ["杭州", "成都", "南京"]


def test_an_answers_parts_in_brackets_are_a_table_of_their_own(tmp_path):
    text = ("針對市府施政,48.2%過半數的市民表示滿意(12.6%非常滿意、35.6%還算滿意)、"
            "39.9%市民表示不滿意(21.3%不太滿意、18.6%非常不滿意)、11.9%未表態。"
            "對議會,有44.0%的市民表示信任(9.5%非常信任、34.5%還算信任)、41.7%未表態。\n")
    drafts = _drafts(tmp_path, text)
    parts = [d.rows for d in drafts if d.name.startswith("parts")]
    assert parts == [[["非常滿意", "12.6"], ["還算滿意", "35.6"]], [["不太滿意", "21.3"], ["非常不滿意", "18.6"]],
                     [["非常信任", "9.5"], ["還算信任", "34.5"]]]
    answers = {(r[0], r[1]) for d in drafts if not d.name.startswith("parts") for r in d.rows}
    assert answers == {("滿意", "48.2"), ("不滿意", "39.9"), ("未表態", "11.9"), ("信任", "44.0"), ("未表態", "41.7")}


def test_a_figure_naming_the_group_a_share_is_of_is_no_level(tmp_path):
    text = "每月生活費在2000元以上的佔19.84%,不足1000元的佔9.84%。另外,家裡一學期給6000多元,攤下來每月2000多元。\n"
    drafts = _drafts(tmp_path, text)
    assert not any(r[1] == "1000" for d in drafts for r in d.rows)
    assert {r[1] for d in drafts if d.unit == "%" for r in d.rows} == {"19.84", "9.84"}


def test_a_list_told_with_fenbie_that_no_reader_pairs_gives_no_figure_named_fenbie(tmp_path):
    text = ("住宿及餐飲業、支援服務業由於部分工時員工比重偏高,中位數明顯落後,分別為31563元與32653元;"
            "雇用人數龐大的製造業為36665元,其中電子零組件製造業為46838元。\n")
    labels = [r[0] for d in _drafts(tmp_path, text) for r in d.rows]
    assert not any(label.endswith(("分別", "分别")) for label in labels)


def test_a_list_of_years_inside_an_answer_is_no_next_share(tmp_path):
    text = "调查显示,42.3%的受访者认为2025、2026年房价会上涨,31.2%认为会持平。有45.2%满意(20.1%非常满意、25.1%还算满意)。\n"
    drafts = _drafts(tmp_path, text)
    assert ["2025、2026年房价会上涨", "42.3"] in [r for d in drafts for r in d.rows]
    assert [d.title for d in drafts if d.name.startswith("parts")] == ["满意的细项"]


def test_the_words_opening_a_list_are_no_part_of_its_first_name(tmp_path):
    """依序為甲53%、乙50%, 增速由高到低依次为东部地区8.1%、…: the first name is the party or the region,
    not the words that say the list is in order."""
    drafts = _drafts(tmp_path, "三黨不滿意度都在五成上下，依序為甲黨53%、乙黨50%、丙黨48%。\n"
                               "各地区中，增速由高到低依次为东部地区8.1%、中部地区7.5%、西部地区6.9%。\n")
    assert [d.rows for d in drafts] == [[["甲黨", "53"], ["乙黨", "50"], ["丙黨", "48"]],
                                        [["东部地区", "8.1"], ["中部地区", "7.5"], ["西部地区", "6.9"]]]


def test_what_respondents_said_plainly_is_the_clause_after_the_verb(tmp_path):
    """49.5%的受访者直言,…: 直言, 坦言, 指出 are verbs of saying, as 认为 is: the answer follows."""
    text = "另一方面,49.5%的受访者直言,严格照着攻略走会少很多惊喜。相比之下,62.7%的受访者倾向于把攻略当参考。\n"
    assert _pairs(_drafts(tmp_path, text)) == {"严格照着攻略走会少很多惊喜": "49.5", "倾向于把攻略当参考": "62.7"}


def test_a_list_of_periods_carries_its_first_ones_year(tmp_path):
    text = "經調整後,2023年第1季、第2季及第3季的按年實質變動分別修訂至32.3%、100.9%及120.4%。\n"
    assert _pairs(_drafts(tmp_path, text)) == {"2023年第1季": "32.3", "2023年第2季": "100.9", "2023年第3季": "120.4"}


def test_a_year_given_as_an_approximate_figure_is_no_point_of_a_line(tmp_path):
    """2023年约47亿人次,2024年约50亿人次: figures, not a line; among five years, the line takes the
    exact ones and the draft says which it left out."""
    few = _drafts(tmp_path, "出行人次2023年约47亿人次,2024年为50亿人次。\n")
    assert [(d.kind, d.rows) for d in few if d.name == "years"] == [("figures", [["2023年", "约47"], ["2024年", "50"]])]
    many = _drafts(tmp_path, "出行人次2020年为30亿人次,2021年为35亿人次,2022年为40亿人次,2023年约47亿人次,"
                             "2024年为50亿人次。\n")
    (line,) = [d for d in many if d.name == "years"]
    assert line.kind == "line" and [row[0] for row in line.rows] == ["2020年", "2021年", "2022年", "2024年"]
    assert "2023年（约47）" in line.sums[0]


def test_the_base_a_list_is_told_against_is_no_part_of_its_last_name(tmp_path):
    """私人消費及固定資本形成總額按年分別上升12.1%及14.7%: 固定資本形成總額, without 按年."""
    text = "全年私人消費及固定資本形成總額按年分別上升12.1%及14.7%。\n"
    assert _pairs(_drafts(tmp_path, text)) == {"私人消費": "12.1", "固定資本形成總額": "14.7"}


def test_a_figure_after_another_of_the_same_thing_takes_its_name(tmp_path):
    """泥草房改造20.18万户、1715万平方米: one thing in two measures, named once; the second is
    not named by its own unit (万平方米)."""
    path = tmp_path / "a.txt"
    path.write_text("全年完成泥草房改造20.18万户、1 715万平方米。全省新建农村公路24799公里。\n", encoding="utf-8")
    rows = [row for d in extract(read_article(path)) if d.name.startswith("figures") for row in d.rows]
    assert [row[0] for row in rows][:2] == ["全年完成泥草房改造", "全年完成泥草房改造*"]


def test_a_share_named_by_the_clause_before_it(tmp_path):
    # 国企仍是首选,占比46.7%: 占比 names nothing; the clause before names the row
    text = "按企业类型看,国企仍是毕业生首选,占比44.1%,较去年上升1.3个百分点。选择外资企业的占比为9.6%,较去年下降2.8个百分点。\n"
    rows = [d.rows for d in _drafts(tmp_path, text)]
    assert [["国企", "44.1"], ["选择外资企业的占比", "9.6"]] in rows


def test_names_a_clause_before_what_is_said_of_them(tmp_path):
    text = "反观物流/仓储、文旅行业,占比继续缩小,分别为4.2%、3.5%,连续两年下滑。\n"
    rows = [d.rows for d in _drafts(tmp_path, text)]
    assert [["物流/仓储", "4.2"], ["文旅行业", "3.5"]] in rows


def test_a_score_alone_is_a_panel_of_one_and_a_lone_amount_is_not(tmp_path):
    """评价平均分为7.00分: a survey's one score is a finding a desk prints as a big number; a lone
    amount in yuan says too little to chart without the figures around it."""
    drafts = _drafts(tmp_path, "受访市民对社区服务的评价平均分为7.36分,过半受访者给出及格以上的评分。\n")
    assert [(d.kind, d.rows, d.unit) for d in drafts] == [("figures", [["市民对社区服务的评价平均分", "7.36"]], {"市民对社区服务的评价平均分": "分"})]
    assert _drafts(tmp_path, "受访市民每月在社区的花费约为860元,过半受访者认为偏高。\n") == []
    assert _drafts(tmp_path, "本月猪肉价格每斤上涨5角8分,菜价平稳。\n") == []  # money, not a score


def test_a_label_keeps_a_title_in_marks_whole(tmp_path):
    """《长津湖之水门桥》首日预售票房2.1亿元: cut to its last words, the label kept 》 and lost 《."""
    text = "据统计,《长津湖之水门桥》首日预售票房2.1亿元,《狙击手》首日预售票房0.25亿元。\n"
    labels = [row[0] for d in _drafts(tmp_path, text) for row in d.rows]
    assert labels and all(label.count("《") == label.count("》") for label in labels), labels


def test_no_label_holds_a_glyph_the_page_lost(tmp_path):
    """至338億元??鄢陂g價格…: the page lost two glyphs to ??; what follows them is no figure's name."""
    text = "2月零售業總銷貨價值按年升15.7%,至338億元??鄢陂g價格變動後,總銷貨數量升10.1%,1月為432億元。\n"
    labels = [row[0] for d in _drafts(tmp_path, text) for row in d.rows]
    assert not any("\ufffd" in label or "?" in label for label in labels), labels


def test_a_line_a_figure_stays_above_or_below_is_no_finding(tmp_path):
    """連續14個月都在3%以上, 處在2%通膨警戒線之下: a threshold, not a share of anyone."""
    text = ("12月外食費年增3.27%，連續14個月都在3%以上；年增率已連續八個月處在2%通膨警戒線之下。"
            "調查顯示,有62.4%的受訪者表示滿意,比例在30%左右的受訪者表示不滿意。\n")
    values = [row[1] for d in _drafts(tmp_path, text) for row in d.rows]
    assert "3" not in values and "2" not in values and "62.4" in values


def test_the_head_of_a_ranking_leads_the_list_its_next_names(tmp_path):
    """X以67.91%的占比居首,其次是A和B,占比分别为…: one table of three in the ranking's order,
    not the head alone and the rest apart; a head smaller than what comes next heads nothing."""
    ranked = _drafts(tmp_path, "在用户使用手机支付的场景中,大型商超以67.91%的占比成为用得最多的场景,"
                               "其次是便利店和餐饮门店,占比分别为66.94%和65.64%。\n")
    assert [d.rows for d in ranked if len(d.rows) == 3] == [[["大型商超", "67.91"], ["便利店", "66.94"], ["餐饮门店", "65.64"]]]
    smaller = _drafts(tmp_path, "在用户使用手机支付的场景中,大型商超以17.91%的占比居中,"
                                "其次是便利店和餐饮门店,占比分别为66.94%和65.64%。\n")
    assert not [d for d in smaller if len(d.rows) == 3]


def test_a_lead_restating_the_body_gives_no_draft_of_its_own(tmp_path):
    """The lead gathers figures of several questions (不满意成果、不满甲党、不满乙党) that the body
    gives again with their questions: each is drafted once, with its question. Two measures
    that happen to share their figures (供水量 and 用水量, both 54.4/45.6) stay two drafts."""
    lead = _drafts(tmp_path, "民调发现,47.5%受访者不满意目前的成果,49.3%受访者不满甲党表现、67.3%受访者不满乙党表现。\n\n"
                             "对目前的成果,35.3%受访者表示满意,47.5%受访者不满意。\n\n"
                             "评价两党时,49.3%受访者不满甲党表现,67.3%受访者不满乙党表现。\n")
    assert sorted(float(row[1]) for d in lead for row in d.rows) == [35.3, 47.5, 49.3, 67.3]
    twice = _drafts(tmp_path, "全国总供水量6095亿立方米。南方供水量3314.7亿立方米,占全国总供水量的54.4%;"
                              "北方供水量2780.2亿立方米,占全国总供水量的45.6%。\n\n"
                              "南方用水量3314.7亿立方米,占全国总用水量的54.4%;北方用水量2780.2亿立方米,占全国总用水量的45.6%。\n")
    assert sorted(float(row[1]) for d in twice for row in d.rows if d.unit == "%") == [45.6, 45.6, 54.4, 54.4]


def test_headline_findings_of_two_questions_are_two_drafts(tmp_path):
    """Each sentence of 受访者 findings tells one question's answers (严重/不严重 in one, 有信心/
    没有信心 in the next): each is its own draft, not one table of all; a lone finding goes with
    the draft told nearest it rather than vanishing."""
    found = _drafts(tmp_path, "在议题方面,79.1%受访者表示投票时不看出身;33.7%的受访者认为问题「严重」,"
                              "52.9%受访者认为「不严重」。对于未来,44.3%受访者对发展表示「有信心」,"
                              "39.6%受访者表示「没有信心」。另外,6.2%的受访者坦言从未投票。\n")
    assert sorted(sorted(row[1] for row in d.rows) for d in found) == [["33.7", "52.9", "79.1"], ["39.6", "44.3", "6.2"]]


def test_a_pay_report_s_amounts_each_under_its_city_or_band(tmp_path):
    """An amount the headline, the lead and the body all print (平均月薪8120元) is the report's
    finding, drafted once, while a band's bound printed as often (不到5万元, 超过5万元) stays none;
    a city the clause before ranks (保持第一名) or gives a change (逆势上涨) owns the level after
    为; a count stays with its word (28个城市, not 个城市); a band of pay before 占…的 names its share."""
    text = ("调查:28个城市平均月薪8120元\n\n"
            "一份报告显示,全国 28 个重点城市的平均月薪为 8120 元。\n\n"
            "报告称,本期 28 个城市平均月薪 8120 元,环比下降较多。其中,上海的平均月薪依然保持第一名,为 10230 元。"
            "值得注意的是,成都的平均月薪逆势上涨,为 7610 元。\n\n"
            "从薪资分布看,月薪在 5001-7000 元之间的职位最多,占职位总量的 31.6%,其次是月薪在 9000 元以上的职位,占职位总量的 24.2%。\n\n"
            "存款方面,11.2%的人存款不到5万元,存款超过5万元的占42.0%,不到5万元的人多为新人。\n")
    pairs = _pairs(_drafts(tmp_path, text))
    assert [label for label, value in pairs.items() if value == "8120"] == ["28个城市平均月薪"]
    assert pairs["上海"] == "10230" and pairs["成都的平均月薪"] == "7610"
    assert {value: label[-len("5001-7000元"):] for label, value in pairs.items()}["31.6"] == "5001-7000元"
    assert {value: label[-len("9000元以上"):] for label, value in pairs.items()}["24.2"] == "9000元以上"
    assert "5" not in pairs.values()


def test_what_the_pay_rules_must_not_take(tmp_path):
    """A hostile reading's cases: a group inside a band (在3000元以下的职工中女性) is no band's row;
    a threshold printed three times (月薪超8000元, 5000元以内) is no level; a change against a base
    (同比下降,为…) or a bare one (继续减少,为2.3万人, perhaps the decrease) names no subject."""
    inside = _pairs(_drafts(tmp_path, "调查显示,月收入在3000元以下的职工中女性最多,占该群体的62.1%;"
                                      "月收入在10000元以上的职工中男性最多,占该群体的70.4%。\n"))
    assert "3000元以下" not in inside and "10000元以上" not in inside
    for bound in ("超8000元", "逾8000元", "8000元及以上", "8000元以内", "8000元起", "最高8000元", "8000元左右"):
        text = (f"报告显示,月薪{bound}的职位今年明显增多。在一线城市,月薪{bound}的岗位主要集中在互联网行业。"
                f"业内人士表示,月薪{bound}的求职者更看重发展空间。全市平均月薪为7376元,同比增长3.2%。\n")
        assert "8000" not in _pairs(_drafts(tmp_path, text)).values(), bound
    changed = _pairs(_drafts(tmp_path, "一季度,全市居民人均消费支出同比下降,为6500元。二季度,同比回升,为7000元。"
                                       "年末,全市常住人口继续减少,为2.3万人;户籍人口1180万人,城镇人口850万人。\n"))
    assert not {"6500", "7000", "2.3"} & set(changed.values())


def test_a_restatement_is_told_apart_from_a_coincidence(tmp_path):
    """Two questions with the same figures under opposite answers (满意 is no twin of 不满意), two
    measures with the same shares a paragraph apart, and whole numbers that coincide across
    questions: every draft stays."""
    opposite = _drafts(tmp_path, "调查显示,对公交服务,满意的占45.2%,不满意的占30.1%。\n\n"
                                 "对地铁服务,不满意的占45.2%,满意的占30.1%。\n")
    measures = _drafts(tmp_path, "2022年全国供水总量中,南方地区占54.4%,北方地区占45.6%。\n\n"
                                 "2022年全国用水总量中,南方地区占54.4%,北方地区占45.6%。\n")
    whole = _drafts(tmp_path, "对公交服务,满意的占45%,不满意的占30%。\n对地铁服务,满意的占45%,不满意的占20%。\n"
                              "对出租车服务,满意的占60%,不满意的占30%。\n")
    assert [len(opposite), len(measures), len(whole)] == [2, 2, 3]


def test_a_list_s_names_stay_in_its_sentence(tmp_path):
    """A caption with no stop (…苹果跌至第五) over the next paragraph is no part of the names that
    paragraph lists (OPPO、vivo则分别位列第二、第三, …分别是2030万台、1940万台), and 则分别 is no part of vivo."""
    text = ("先看第四季度,华为以出货量3000万台居首,这一数据同比增长23.3%,几乎每卖出三部手机就有一部是华为。\n\n"
            "国内手机出货量排名出炉:华为销量破亿,苹果跌至第五\n\n"
            "OPPO、vivo则分别位列第二、第三,第四季度出货量分别是 2030 万台、1940 万台,两家难分高下。\n")
    assert [d.rows for d in _drafts(tmp_path, text) if d.name.startswith("respectively")] == [[["OPPO", "2030"], ["vivo", "1940"]]]


def test_money_after_a_dollar_sign_is_labelled_by_its_words(tmp_path):
    """$89.6, HK$30,100: drafted in 元 under the words before the sign, never 為$ or HK$ in a label."""
    text = ("其中,男性僱員的每小時工資中位數為$89.6,而女性僱員則為$70.7。"
            "香港家庭每月收入中位數為HK$30,100,新界家庭為HK$28,500。\n")
    drafts = _drafts(tmp_path, text)
    labels = [row[0] for d in drafts for row in d.rows]
    assert not any("$" in label for label in labels) and "香港家庭每月收入中位數" in labels
    assert all(unit == "元" for d in drafts for unit in (d.unit.values() if isinstance(d.unit, dict) else [d.unit]))


def test_a_change_after_a_level_given_in_brackets_after_its_name(tmp_path):
    text = ("按客源计,内地旅客( 2,345,678人次 )及香港旅客( 612,345人次 )分别上升3.2%及21.0%,"
            "台湾地区旅客( 81,234人次 )则减少4.4%,日本旅客( 45,120人次 )增加7.5%。\n")
    changes = [d for d in _drafts(tmp_path, text) if d.name == "changes"]
    assert [row for d in changes for row in d.rows] == [["台湾地区旅客", "-4.4"], ["日本旅客", "7.5"]]
