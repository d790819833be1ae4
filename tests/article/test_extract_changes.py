"""Extract reads a stated change by the grammar's one rule: 增加了27亿元 is left out of a
series, while 工业增加值 (value added) and 增长到 give levels."""

from __future__ import annotations

import pytest

from charts.article.extract import extract
from charts.article.read import read_article


def _drafts(tmp_path, text):
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return extract(read_article(path))


def _rows(tmp_path, text, name=""):
    """The rows of the drafts whose name starts with `name` (every draft's by default)."""
    return [row for d in _drafts(tmp_path, text) if d.name.startswith(name) for row in d.rows]


def test_value_added_is_a_level_and_the_increase_a_change(tmp_path):
    rows = _rows(tmp_path, "2020年全市工业增加值287亿元。2021年全市工业增加值314亿元,比上年增加了27亿元。", "series")
    assert rows == [["2020年", "287"], ["2021年", "314"]]


def test_a_level_reached_is_read(tmp_path):
    rows = _rows(tmp_path, "2021年快递业务量5.6亿件。2022年增加了0.8亿件,增长到6.4亿件。", "series")
    assert rows == [["2021年", "5.6"], ["2022年", "6.4"]]


def test_negative_growth_is_drafted_as_a_fall(tmp_path):
    text = "1-3月,农业产值增长3.3%,林业产值负增长16.8%,牧业产值增长3.2%,渔业产值增长3.5%。\n"
    rows = _rows(tmp_path, text)
    assert ["林业产值", "-16.8"] in rows and ["农业产值", "3.3"] in rows


def test_a_levels_change_in_its_own_unit_between_it_and_its_growth(tmp_path):
    drafts = _drafts(tmp_path, "全区早稻播种面积为1250千公顷,比上年扩大36千公顷,增长3.0%;晚稻播种面积1480千公顷,"
                               "比上年减少12千公顷,下降0.8%;中稻播种面积1.2万千公顷,比上年减少300千公顷,下降2.4%。\n")
    assert [d.rows for d in drafts if d.name.startswith("growth")] == [
        [["早稻", "3.0"], ["晚稻", "-0.8"], ["中稻", "-2.4"]]]  # under 播种面积, the measure they all end on


def test_a_whole_and_then_its_parts_are_one_table_of_growth(tmp_path):
    drafts = _drafts(tmp_path, "初步核算,全年全市地区生产总值750.33亿元,按可比价格计算,比上年增长7.3%。其中,第一产业增加值"
                               "141.14亿元,增长10.3%;第二产业增加值195.68亿元,增长5.4%;第三产业增加值413.51亿元,增长7%。\n")
    assert [d.rows for d in drafts if d.name.startswith("growth")] == [
        [["地区生产总值", "7.3"], ["第一产业增加值", "10.3"], ["第二产业增加值", "5.4"], ["第三产业增加值", "7"]]]


def test_shares_of_a_whole_with_their_changes_in_points(tmp_path):
    drafts = _drafts(tmp_path, "第一产业增加值占地区生产总值的比重为12.1%,比上年提高0.3个百分点;第二产业增加值占地区生产总值"
                               "的比重为38.4%,比上年下降0.5个百分点;第三产业增加值占地区生产总值的比重为49.5%,比上年提高0.2个"
                               "百分点。\n")
    points = [d for d in drafts if d.unit == "个百分点"]
    assert [d.rows for d in points] == [[["第一产业", "0.3"], ["第二产业", "-0.5"], ["第三产业", "0.2"]]]
    assert any(r[1] == "12.1" for d in drafts if d.unit == "%" for r in d.rows)


def test_the_three_industries_make_up_a_whole_set_with_a_vertical_colon(tmp_path):
    drafts = _drafts(tmp_path, "全年实现地区生产总值4984.3亿元。三次产业构成为0.3︰16.2︰83.5。\n")
    assert [["第一产业", "0.3"], ["第二产业", "16.2"], ["第三产业", "83.5"]] in [d.rows for d in drafts if d.unit == "%"]


def test_a_level_and_its_growth_a_sentence_each_are_one_table(tmp_path):
    drafts = _drafts(tmp_path, "全年完成公路货运量210.5亿吨,同比增长2.9%。完成水路货运量65.2亿吨,同比增长4.1%。"
                               "完成邮政业务量86亿件,同比增长12.6%。\n")
    assert [d.rows for d in drafts if d.name.startswith("growth")] == [
        [["公路货运量", "2.9"], ["水路货运量", "4.1"], ["邮政业务量", "12.6"]]]


def test_shares_with_their_changes_told_a_sentence_each_are_one_table(tmp_path):
    drafts = _drafts(tmp_path, "甲区平均优良天数比例为85.3%,同比下降0.2个百分点。乙区平均优良天数比例为62.2%,"
                               "同比上升0.9个百分点。丙区平均优良天数比例为80.2%,同比下降6.0个百分点。\n")
    assert [d.rows for d in drafts if d.name.startswith("points")] == [
        [["甲区", "-0.2"], ["乙区", "0.9"], ["丙区", "-6.0"]]]  # of 平均优良天数, the measure they all end on


def test_a_figure_printed_with_a_minus_sign_keeps_it(tmp_path):
    """增长-7.5%, 自然增长率为-3.19‰: bulletins print a fall with its sign; a draft that dropped it
    would chart a fall as a rise. A range's dash (10月1日-4日) is no sign."""
    drafts = _drafts(tmp_path, "全年生产总值951435万元,比上年增长-2.1%。其中,第一产业增加值57116万元,增长3.2%;"
                           "第二产业增加值445964万元,增长-7.5%。\n"
                           "出生率为5.15‰,死亡率为8.34‰,自然增长率为-3.19‰。10月1日-4日,接待游客633.77万人次,门票收入2.04亿元。\n")
    rows = {row[0]: row[1] for d in drafts if d.name != "growth" for row in d.rows}
    growth = [d for d in drafts if d.name == "growth"][0]
    assert growth.rows == [["生产总值", "-2.1"], ["第一产业增加值", "3.2"], ["第二产业增加值", "-7.5"]]
    assert rows["自然增长率"] == "-3.19" and rows["接待游客"] == "633.77"


def test_the_three_sectors_respectively_and_a_negative_value_in_the_list(tmp_path):
    """三次产业对经济增长的拉动分别为0.15、-5.64、1.34个百分点: the three sectors in order, and the
    second value's own minus sign kept (it ended the list before)."""
    (draft,) = _drafts(tmp_path, "三次产业对经济增长的拉动贡献分别为0.15、-5.64、1.34个百分点。\n")
    assert draft.rows == [["第一产业", "0.15"], ["第二产业", "-5.64"], ["第三产业", "1.34"]]


def test_a_sector_that_completed_its_value_added_is_the_sectors_value_added(tmp_path):
    drafts = _drafts(tmp_path, "第一产业增加值53264万元,增长6.1%;第二产业完成增加值218457万元,增长13.1%;"
                           "第三产业完成增加值258036万元,增长16.0%。\n")
    growth = [d for d in drafts if d.name == "growth"][0]
    assert [row[0] for row in growth.rows] == ["第一产业", "第二产业", "第三产业"]  # the measure: 增加值


def test_growth_told_against_a_year_or_with_a_bare_zeng(tmp_path):
    """每户可支配所得平均数96.5万元,较103年增0.8%; 每人平均数31.1万元,增2.5%: the year of the
    comparison is no level, and 增 alone is a growth."""
    drafts = _drafts(tmp_path, "平均每户所得总额122.46万元,年增0.9%;每户可支配所得平均数96.5万元,较103年增0.8%,"
                           "每人平均数31.1万元,增2.5%。\n")
    growth = [d for d in drafts if d.name == "growth"][0]
    assert growth.rows == [["平均每户所得总额", "0.9"], ["每户可支配所得平均数", "0.8"], ["每人平均数", "2.5"]]


def test_a_list_naming_its_own_items_is_not_read_as_the_three_sectors(tmp_path):
    """第三产业、第二产业、第一产业对三次产业增长的贡献率分别为…: the names the list gives, in its order
    (a second reading's finding: they had been labelled 第一, 第二, 第三产业 in order)."""
    drafts = _drafts(tmp_path, "全市第三产业、第二产业、第一产业对三次产业增长的贡献率分别为58.2%、31.6%、10.2%。\n"
                           "三次产业中第三产业增加值占比在2021年、2022年和2023年分别为52.1%、53.0%和53.3%。\n")
    rows = {row[1]: row[0] for d in drafts for row in d.rows}
    assert rows["58.2"].endswith("第三产业") and rows["31.6"] == "第二产业" and rows["10.2"].startswith("第一产业")
    assert rows["52.1"].endswith("2021年") and rows["53.0"] == "2022年"


def test_a_fall_told_with_jian_alone_is_negative(tmp_path):
    drafts = _drafts(tmp_path, "平均每户所得总额122.46万元,年增0.9%;每人平均数31.1万元,减2.5%。\n")
    growth = [d for d in drafts if d.name == "growth"][0]
    assert growth.rows == [["平均每户所得总额", "0.9"], ["每人平均数", "-2.5"]]


def test_rates_each_with_its_change_in_points(tmp_path):
    drafts = _drafts(tmp_path, "统计数据显示。九年义务教育巩固率95.2% , 比上年增长0.4个百分点;高中阶段毛入学率91.2% , "
                               "比上年提高1.7个百分点;高等教育毛入学率54.4% , 比上年增加2.8个百分点 。\n")
    points = next(d for d in drafts if d.unit == "个百分点")
    assert points.rows == [["九年义务教育巩固率", "0.4"], ["高中阶段毛入学率", "1.7"], ["高等教育毛入学率", "2.8"]]


def test_a_polls_shares_each_with_its_change_on_the_poll_before(tmp_path):
    drafts = _drafts(tmp_path, "民調顯示,有55.1%信任總統,比上月增加6.5個百分點,41.3%不信任總統,比上月減少6.4個百分點,"
                               "閣揆方面則有48.6%民眾滿意,比上月增加3.6個百分點,47.9%不滿意,比上月減少3.3個百分點。"
                               "執政表現上,有55.0%滿意而比上月增加5.4個百分點,有43.3%不滿意而比上月減少5.1個百分點。\n")
    rows = {tuple(r) for d in drafts if d.unit == "個百分點" for r in d.rows}  # in the article's script
    assert {("信任總統", "6.5"), ("不信任總統", "-6.4"), ("閣揆滿意", "3.6"), ("閣揆不滿意", "-3.3")} <= rows
    shares = {r[0]: r[1] for d in drafts if d.unit == "%" for r in d.rows}
    assert shares["閣揆滿意"] == "48.6" and not any("百分點" in label for label in shares)


def test_names_each_with_its_own_change_in_a_list_of_dun_are_changes(tmp_path):
    text = "漲價的品項包括:番石榴(芭樂)漲 51.29%、雞蛋漲 26.52%、國外旅遊團費漲 22.84%,蔬菜跌 3.1%、水果跌 2.2%。\n"
    drafts = [d for d in _drafts(tmp_path, text) if d.name.startswith("changes")]
    assert [d.rows for d in drafts] == [[["番石榴(芭樂)", "51.29"], ["雞蛋", "26.52"], ["國外旅遊團費", "22.84"]],
                                        [["蔬菜", "-3.1"], ["水果", "-2.2"]]]


def test_ge_before_the_verb_is_respectively(tmp_path):
    text = "其中水果、食用油、乳类及外食费各涨11.80%、9.56%、4.43%及4.08%。\n"
    rows = _rows(tmp_path, text)
    assert ["食用油", "9.56"] in rows and ["外食费", "4.08"] in rows


def test_every_negative_figure_of_a_list_keeps_its_sign(tmp_path):
    text = "排在最後的兩位,分別是教育局局長吳克儉及發展局局長陳茂波,兩人的支持率淨值分別為負22個和負37個百分比。\n"
    rows = _rows(tmp_path, text)
    assert ["教育局局長吳克儉", "-22"] in rows and ["發展局局長陳茂波", "-37"] in rows


def test_signed_figures_in_brackets_are_a_list_of_changes(tmp_path):
    text = ("按大類看,價格漲得最多的有雜項商品(+9.06%)、交通(+8.75%)和衣履(+6.73%);"
            "通訊(-10.67%)、教育(-1.2%)則下跌。\n")
    drafts = [d for d in _drafts(tmp_path, text) if d.name.startswith("changes")]
    assert [d.rows for d in drafts] == [[["雜項商品", "9.06"], ["交通", "8.75"], ["衣履", "6.73"],
                                         ["通訊", "-10.67"], ["教育", "-1.2"]]]
    assert all(d.unit == "%" for d in drafts)


def test_changes_worded_in_brackets_after_each_name_are_a_list_of_changes(tmp_path):
    """其次為A(零售量上升9.7%);B(上升7.6%);以及C(下跌0.5%): each bracket says its own change,
    a fall signed; the words that lead into the list are no part of the first name."""
    text = ("其次為百貨公司貨品(零售量上升9.7%);服裝(上升7.6%);超級市場貨品(上升3.6%);以及眼鏡店(上升8.0%)。"
            "其次為汽車及汽車零件(零售量下跌7.4%);燃料(下跌0.5%);以及傢具及固定裝置(下跌7.5%)。\n")
    drafts = [d for d in _drafts(tmp_path, text) if d.name.startswith("changes")]
    assert [d.rows for d in drafts] == [  # two sentences in a row: one list of changes, as with (+9.06%)、(-10.67%)
        [["百貨公司貨品", "9.7"], ["服裝", "7.6"], ["超級市場貨品", "3.6"], ["眼鏡店", "8.0"],
         ["汽車及汽車零件", "-7.4"], ["燃料", "-0.5"], ["傢具及固定裝置", "-7.5"]]]


def test_a_change_on_the_month_is_no_growth_on_the_year(tmp_path):
    text = ("9月全體受僱員工經常性薪資平均數為50908元,月增0.10%,年增3.24%;加總後總薪資平均數為60860元,月減6.64%,"
            "年增1.78%。\n2025年2月22日,民航客运量211.02万人次,环比下降5.1%,比2024年同期增长24.22%;水路客运量71.1万人次,"
            "环比增长22.7%,比2024年同期增长42.3%。\n")
    growth = [d.rows for d in _drafts(tmp_path, text) if d.name.startswith("growth")]
    assert growth == [[["9月全體受僱員工經常性薪資", "3.24"], ["加總後總薪資", "1.78"]],  # of 平均數
                      [["民航", "24.22"], ["水路", "42.3"]]]  # of 客运量


def test_a_ratio_the_structure_is_adjusted_to(tmp_path):
    drafts = _drafts(tmp_path, "產業結構進一步改善,三次產業增加值比例調整為3.4:48.6:48.0,服務業比重提高。\n")
    assert [d.rows for d in drafts if d.name.startswith("structure")] == [
        [["第一產業", "3.4"], ["第二產業", "48.6"], ["第三產業", "48.0"]]]


def test_a_change_told_only_against_its_base_is_the_subject_before_its(tmp_path):
    text = ("主計總處說明，9月失業率為3.38%，較上月下降0.07%，較上年同月亦降0.05%。\n"
            "今年8月零售業總銷貨價值的臨時估計為324億元,較去年同月上升13.7%,至於7月零售業總銷貨價值的修訂估計,"
            "則較去年同月上升16.7%。\n")
    drafts = [d for d in _drafts(tmp_path, text) if d.name.startswith("changes")]
    assert [d.rows for d in drafts] == [[["失業率較上月", "-0.07"], ["失業率較上年同月", "-0.05"]],
                                        [["零售業總銷貨價值的臨時估計較去年同月", "13.7"],
                                         ["零售業總銷貨價值的修訂估計較去年同月", "16.7"]]]
    assert all(d.columns[1] == "變化" for d in drafts)  # not 比上年增長: the labels name their base


def test_an_adverb_before_the_verb_is_no_part_of_the_name(tmp_path):
    text = "分行業看，批發及零售業年增3.57%、製造業年增3.51%、營建工程業亦年增3.42%。\n"
    rows = _rows(tmp_path, text, "changes")
    assert ["營建工程業", "3.42"] in rows


def test_growth_on_another_base_is_never_the_growth_on_the_year(tmp_path):
    text = ("一季度,全市地区生产总值为1520.3亿元,比2019年同期增长21.5%,比上年同期增长5.2%。全市社会消费品零售总额为610.8亿元,"
            "比2019年同期增长18.3%,比上年同期增长4.6%。\n"
            "11月,全市快递业务量为5.6亿件,较去年同月增长3.3%;快递业务收入增长6.7%。11月,全市邮政业务总量为12.4亿元,"
            "较去年同月增长2.1%;邮政业务收入增长4.4%。\n"
            "全市规模以上工业增加值为320.5亿元,环比增长1.2%,其中制造业增长3.5%。快递业务量为5.6亿件,环比下降3.3%;"
            "快递业务收入增长6.7%。\n")
    growth = _rows(tmp_path, text, "growth")
    assert growth == [["地区生产总值", "5.2"], ["社会消费品零售总额", "4.6"], ["快递业务量", "3.3"], ["邮政业务总量", "2.1"]]


def test_a_year_named_as_the_year_before_is_the_growth_on_the_year(tmp_path):
    text = "2017年网上支付交易规模达2075.1万亿元,较2016年小幅下降0.5%,移动支付规模达202.9万亿元,较2016年增长28.8%。\n"
    growth = [d.rows for d in _drafts(tmp_path, text) if d.name.startswith("growth")]
    assert growth == [[["2017年网上支付交易规模", "-0.5"], ["移动支付规模", "28.8"]]]


@pytest.mark.parametrize("text, increases, growth", [
    ("年末全国参保人数比上年增加7206万人,增长5.38%;城镇职工参保人数减少3000万人,下降4.1%。\n",
     [["年末全国", "7206"], ["城镇职工", "-3000"]], [["年末全国", "5.38"], ["城镇职工", "-4.1"]]),  # 参保人数
    # an area enlarged or reduced (扩大, 缩小) is an increase with its sign
    ("早稻播种面积比上年缩小36千公顷,下降3.0%;晚稻播种面积比上年扩大12千公顷,增长0.8%。\n",
     [["早稻", "-36"], ["晚稻", "12"]], [["早稻", "-3.0"], ["晚稻", "0.8"]]),
])
def test_an_increase_is_no_level(tmp_path, text, increases, growth):
    drafts = {d.name: d.rows for d in _drafts(tmp_path, text)}
    assert drafts == {"increases": increases, "growth": growth}


def test_growth_since_another_time_than_the_year_before_is_not_drafted_as_the_years(tmp_path):
    text = ("6月末,全市实有市场主体120.5万户,比年初增加8.3万户,增长7.4%;其中企业45.2万户,比年初增加3.1万户,增长7.4%。\n"
            "2018年末,全国共有法人单位2178.9万个,比2013年末增加1093.2万个,增长100.7%;个体经营户6295.9万个,"
            "比2013年末增加1357.1万个,增长27.5%。\n"
            "2024年,全市地区生产总值1520.3亿元,2023年增长4.8%,2024年增长5.2%;一般公共预算收入120.5亿元,2023年增长3.1%,"
            "2024年增长2.2%。\n"
            "全市存款余额1520.3亿元,比年初增长8.1%;贷款余额1210.8亿元,比年初增长6.2%。\n")
    assert not [d for d in _drafts(tmp_path, text) if d.name.startswith("growth")]


def test_the_years_growth_beside_a_growth_on_a_quarter_or_a_year_named(tmp_path):
    text = ("2024年全市经济运行情况\n2023年全市遭受严重洪涝灾害。全市地区生产总值1520.3亿元,比2022年增长10.3%,比上年增长5.0%;"
            "一般公共预算收入120.5亿元,比2022年增长8.0%,比上年增长3.9%。\n"
            "2024年一季度,全市地区生产总值380.6亿元,比2023年四季度增长1.6%,比上年同期增长5.3%;社会消费品零售总额152.4亿元,"
            "比2023年四季度增长1.1%,比上年同期增长4.2%。\n")
    growth = _rows(tmp_path, text, "growth")
    assert growth == [["地区生产总值", "5.0"], ["一般公共预算收入", "3.9"], ["地区生产总值", "5.3"], ["社会消费品零售总额", "4.2"]]


def test_a_part_with_its_own_increase_lends_its_growth_to_no_whole(tmp_path):
    text = ("年末全市常住人口1520.3万人,其中城镇常住人口增加12.1万人,增长1.2%;户籍人口1210.8万人,其中城镇户籍人口增加5.2万人,"
            "增长0.6%。\n")
    growth = _rows(tmp_path, text, "growth")
    assert growth == [["城镇常住人口", "1.2"], ["城镇户籍人口", "0.6"]]


def test_the_subject_before_a_change_on_the_month_leaves_its_own_change_out(tmp_path):
    text = "全市居民消费价格同比上涨2.1%,环比下降0.3%;食品价格同比上涨4.2%,环比上涨0.5%。\n"
    rows = _rows(tmp_path, text, "changes")
    assert ["居民消费价格环比", "-0.3"] in rows and ["食品价格环比", "0.5"] in rows


def test_a_growth_told_before_the_level_it_reached(tmp_path):
    text = ("经空路入境的旅客按年增加18.4%至314,870人次,从海路入境则同比显著减少38.6%至586,431人次。"
            "内地客按月上升3.5%至120万人次,其他访客环比增加2.1%至40万人次。"
            "十年间,全市常住人口增加18.4%至1314万人,城镇人口增加25.1%至900万人。")
    drafts = {d.name: d for d in _drafts(tmp_path, text)}
    assert drafts["levels"].rows == [["经空路入境的旅客", "314870"], ["从海路入境", "586431"]]
    assert drafts["levels"].unit == "人次"
    assert (drafts["growth"].columns, drafts["growth"].rows) == (
        ["指标", "比上年增长"], [["经空路入境的旅客", "18.4"], ["从海路入境", "-38.6"]])
    # on the month, or with no base named (十年间…增加18.4%): no growth on the year
    assert all(not row[0].startswith(("内地客", "全市", "城镇")) for d in drafts.values() for row in d.rows
               if d.kind != "figures")
    # the levels they reached are levels all the same, each under its subject
    assert drafts["figures"].rows == [["内地客", "120"], ["其他访客", "40"], ["全市常住人口", "1314"], ["城镇人口", "900"]]


def test_a_whole_then_its_parts_by_city_and_country_and_their_real_growth(tmp_path):
    """全国…名义增长12.6%,扣除价格因素,实际增长12.0%。从城乡分布看,城镇…,农村…: one table of the
    whole and its parts, the nominal and the real growth two columns of it."""
    text = ("上半年,全国居民人均可支配收入17642元,比上年同期名义增长12.6%,扣除价格因素,实际增长12.0%。"
            "从城乡分布看,城镇居民人均可支配收入24125元,增长11.4%,扣除价格因素,实际增长10.7%;"
            "农村居民人均可支配收入9248元,增长14.6%,扣除价格因素,实际下降0.5%。\n")
    drafts = {d.name: d for d in _drafts(tmp_path, text)}
    assert [row[1] for row in drafts["levels"].rows] == ["17642", "24125", "9248"]
    assert drafts["growth"].columns == ["指标", "名义增长", "实际增长"]
    assert [row[1:] for row in drafts["growth"].rows] == [["12.6", "12.0"], ["11.4", "10.7"], ["14.6", "-0.5"]]


def test_each_rows_share_of_a_whole_after_its_growth_is_a_column(tmp_path):
    """…进出口311.6亿元,同比增长15.6%,占外贸总值的69.6%: where the shares are not drafted already
    (here a list of shares clause by clause takes them, named by the subject before the growth, not
    by 同比增长), the share stands beside the growth; where only one row gives a share it is left to
    the other readers."""
    text = ("前两月,全市民营企业进出口311.6亿元,同比增长15.6%,占外贸总值的69.6%;"
            "外资企业进出口124.3亿元,同比增长32.6%,占外贸总值的27.8%。\n"
            "全市手机出货量2323.8万部,同比下降34.1%,其中智能手机1792.0万部,同比下降38.1%,占同期手机出货量的77.1%。\n")
    drafts = _drafts(tmp_path, text)
    assert [d.rows for d in drafts if d.name == "shares"] == [[["全市民营企业进出口", "69.6"], ["外资企业进出口", "27.8"]]]
    growth = [d for d in drafts if d.name.startswith("growth")]
    assert [d.columns for d in growth] == [["指标", "比上年增长"], ["指标", "比上年增长"]]
    income = ("全国居民人均工资性收入10104元,增长12.1%,占可支配收入的比重为57.3%;人均经营净收入2752元,增长17.5%,"
              "占可支配收入的比重为15.6%。\n")
    (growth,) = [d for d in _drafts(tmp_path, income) if d.name.startswith("growth")]
    assert growth.columns == ["指标", "比上年增长", "占可支配收入"]
    assert [row[1:] for row in growth.rows] == [["12.1", "57.3"], ["17.5", "15.6"]]


def test_rows_that_end_on_one_measure_are_named_by_their_subjects(tmp_path):
    """火电发电量…,水电发电量…,核电发电量…: the rows are 火电, 水电, 核电 and the column 发电量;
    a character alone before the measure is no subject of its own (总|薪资平均 stays whole)."""
    text = ("其中,火电发电量53302.5亿千瓦时,同比增长2.1%;水电发电量13552.1亿千瓦时,同比增长3.9%;"
            "核电发电量3662.5亿千瓦时,同比增长5.1%。\n"
            "经常性薪资平均为47709元,年增2.98%;累计实质总薪资平均为48048元,年增2%。\n")
    drafts = _drafts(tmp_path, text)
    levels = [d for d in drafts if d.name.startswith("levels")]
    assert levels[0].columns == ["指标", "发电量"]
    assert [row[0] for row in levels[0].rows] == ["火电", "水电", "核电"]
    assert [row[0] for row in levels[1].rows] == ["经常性薪资平均", "累计实质总薪资平均"]


def test_levels_and_their_changes_against_a_named_time(tmp_path):
    """网民规模达9.04亿,较2018年底增长7508万,互联网普及率达64.5%,较2018年底提升4.9个百分点: the
    levels, and beside them the changes in the level's own measure or in points; a year the base
    names (2018) is no figure between them."""
    text = ("截至2020年3月,我国网民规模达9.04亿,较2018年底增长7508万,互联网普及率达64.5%,较2018年底提升4.9个百分点。"
            "截至2020年3月,我国手机网民规模达8.97亿,较2018年底新增网民7992万,手机上网的比例达99.3%,"
            "较2018年底下降0.7个百分点。\n"
            "年末全市常住人口1200.5万人,比上年末增加10.2万人;城镇人口800.1万人,比上年末减少12.3万人。\n")
    drafts = {(d.name, d.unit): (d.columns[1], d.rows) for d in _drafts(tmp_path, text)}
    assert drafts[("levels", "亿")] == ("数值", [["我国网民规模", "9.04"], ["我国手机网民规模", "8.97"]])
    assert drafts[("changes", "万")] == ("比2018年底增减", [["我国网民规模", "7508"], ["我国手机网民规模", "7992"]])
    assert drafts[("changes-2", "个百分点")][1] == [["互联网普及率", "4.9"], ["手机上网的比例", "-0.7"]]
    assert drafts[("changes-3", "万人")] == ("比上年末增减", [["年末全市常住人口", "10.2"], ["城镇人口", "-12.3"]])


def test_each_sectors_contribution_and_its_pull_on_growth(tmp_path):
    """从对增长的贡献看,第一产业对…的贡献率为6.6%,拉动GDP增长0.2个百分点;…: the sectors (第一产业 kept
    whole, the view not put before them), their contribution, and their pull on growth in points."""
    text = ("从对增长的贡献看,三季度,第一产业对全县地区生产总值的贡献率为6.6%,拉动GDP增长0.2个百分点;"
            "第二产业对全县地区生产总值的贡献率为70.4%,拉动GDP增长2.6个百分点;"
            "第三产业对全县地区生产总值的贡献率为23%,拉动GDP增长0.8个百分点。\n")
    drafts = {d.name: (d.columns, d.rows) for d in _drafts(tmp_path, text)}
    assert drafts["shares"] == (["指标", "对全县地区生产总值的贡献率"], [["第一产业", "6.6"], ["第二产业", "70.4"], ["第三产业", "23"]])
    assert drafts["points"] == (["指标", "拉动增长"], [["第一产业", "0.2"], ["第二产业", "2.6"], ["第三产业", "0.8"]])


def test_a_word_that_qualifies_a_name_is_no_subject_of_its_own(tmp_path):
    """一般贸易进出口, 加工贸易进出口: the rows stay whole, not 一般 and 加工 under 贸易进出口."""
    text = "全年一般贸易进出口2.5万亿元,增长3.1%;加工贸易进出口0.8万亿元,下降5.2%。\n"
    assert [row[0] for row in _rows(tmp_path, text, "levels")] == ["一般贸易进出口", "加工贸易进出口"]


def test_a_list_below_or_above_the_normal_says_so_and_not_a_fall(tmp_path):
    """分别偏少9%和15%: the years below the normal have not fallen; the header is the
    article's word, and the sizes are unsigned under it as under 下降."""
    drafts = _drafts(tmp_path, "同常年平均对比,青浦和崇明地区分别偏少9%和15%;金山和奉贤地区分别偏多4%和8%。")
    assert [(d.columns, d.rows) for d in drafts] == [
        (["类别", "偏少"], [["青浦", "9"], ["崇明地区", "15"]]),
        (["类别", "偏多"], [["金山", "4"], ["奉贤地区", "8"]])]


def test_a_list_opened_by_zhiyu_names_its_items_without_it(tmp_path):
    """至於香港(538,663人次)及中國台灣(81,607人次)旅客則按年減少17.7%及4.8%: 至於 opens the clause
    and 則按年減少 is said of them all; neither is part of a name."""
    drafts = _drafts(tmp_path, "大韓民國旅客增加8.9%;至於香港(538,663人次)及中國台灣(81,607人次)旅客則按年減少17.7%及4.8%。\n")
    rows = {d.name.split("-")[0]: d.rows for d in drafts}
    assert rows["counts"] == [["香港", "538663"], ["中國台灣", "81607"]]
    assert [row[0] for row in rows["listed"]] == ["香港旅客", "中國台灣旅客"]  # the head named once, for both


def test_a_list_in_two_units_is_a_bar_for_each(tmp_path):
    """奶牛、猪、羊和家禽存栏分别为221.2万头、1788.0万头、1018.4万只和16693.3万只: head and
    birds are counted apart; one axis cannot hold both."""
    drafts = _drafts(tmp_path, "年末奶牛、猪、羊和家禽存栏分别为221.2万头、1788.0万头、1018.4万只和16693.3万只。\n")
    assert [(d.unit, [row[1] for row in d.rows]) for d in drafts if d.name.startswith("respectively")] == [
        ("万头", ["221.2", "1788.0"]), ("万只", ["1018.4", "16693.3"])]


def test_bracketed_changes_whose_verb_gives_no_sign_or_another_measure_are_left_out(tmp_path):
    """跌幅擴大7.6% is a fall grown, not a rise; 出口上升 and 進口下跌 are two measures."""
    widened = _drafts(tmp_path, "主要商品中,服裝(跌幅擴大7.6%)、燃料(升幅減少0.5%)、食品(跌幅收窄1.2%)。\n")
    assert not [d for d in widened if d.name.startswith("changes")]
    mixed = _drafts(tmp_path, "電子產品(出口上升7.6%)、服裝(進口下跌0.5%)、玩具(出口上升1.5%)。\n")
    assert [d.rows for d in mixed if d.name.startswith("changes")] == [[["電子產品", "7.6"], ["玩具", "1.5"]]]


def test_a_figure_below_zero_is_not_drafted_without_its_sign(tmp_path):
    drafts = _drafts(tmp_path, "哈尔滨、长春和沈阳平均气温分别为零下18.2℃、零下14.6℃和零下9.3℃。\n")
    assert not [row for d in drafts for row in d.rows if any(str(c).lstrip("-") in ("18.2", "14.6", "9.3") for c in row[1:])]


def test_changes_in_points_all_falling_are_drafted_under_a_fall_and_no_row_is_named_by_its_base(tmp_path):
    """客座率为64.79%,同比下降12.10个百分点,其中国内航线客座率同比下降12.77个百分点: 12.10 had been
    drafted under 变化 as a rise, in a row named 同比."""
    text = "客座率为64.79%,同比下降12.10个百分点,其中国内航线客座率同比下降12.77个百分点,国际航线客座率同比下降3.35个百分点。\n"
    drafts = [d for d in _drafts(tmp_path, text) if "个百分点" in str(d.unit)]
    assert all(row[0] not in ("同比", "环比") for d in drafts for row in d.rows)
    for d in drafts:
        assert d.columns[1] == "下降" or all(row[1].startswith("-") for row in d.rows), (d.columns, d.rows)
    assert ["国内航线客座率", "12.77"] in [row for d in drafts for row in d.rows]


def test_changes_on_the_month_are_no_row_among_changes_on_the_year(tmp_path):
    text = ("甲航9月客运运力投入同比下降17.0%,环比上升46.3%,其中国内、国际运力投入分别同比下降16.6%、48.1%,"
            "地区运力投入则同比上升113.2%。\n")
    rows = _rows(tmp_path, text)
    assert not any("环比" in row[0] for row in rows)
    assert ["国内运力投入", "16.6"] in rows and ["国际运力投入", "48.1"] in rows


def test_levels_then_their_growths_respectively_are_paired_in_order(tmp_path):
    """沿海港口完成7.1亿吨,内河港口完成3.2亿吨,分别增长12.6%和3.9%: 3.2亿吨 had been drafted as growing
    12.6%, 沿海港口's growth."""
    text = "其中,沿海港口完成7.1亿吨,内河港口完成3.2亿吨,分别增长12.6%和3.9%。\n"
    growth = _rows(tmp_path, text, "growth")
    assert growth == [["沿海港口", "12.6"], ["内河港口", "3.9"]]


def test_points_changes_on_the_month_are_apart_and_a_respectively_list_pairs_with_the_nearest_levels(tmp_path):
    text = "5月,国内航线客座率环比下降2.10个百分点,国际航线客座率同比下降12.10个百分点,地区航线客座率同比下降1.30个百分点。\n"
    drafts = [d.rows for d in _drafts(tmp_path, text)]
    assert not any(len({"环比" in row[0] for row in rows}) > 1 for rows in drafts)
    three = "全省港口完成货物吞吐量10.3亿吨,沿海港口完成7.1亿吨,内河港口完成3.2亿吨,分别增长12.6%和3.9%。\n"
    assert _rows(tmp_path, three, "growth") == [["沿海港口", "12.6"], ["内河港口", "3.9"]]
    part = "全年沿海港口完成货物吞吐量7.1亿吨,内河港口完成3.2亿吨,其中外贸吞吐量1.1亿吨,分别增长12.6%和3.9%。\n"
    assert not [row for row in _rows(tmp_path, part) if row[1] in ("12.6", "3.9")]


def test_items_per_head_are_drafted_by_item_under_their_groups_measure(tmp_path):
    text = ("分城乡看,城镇居民人均食品烟酒支出5333元,同比增长8.7%;人均衣着支出1048元,同比增长6.0%;"
            "人均居住支出9611元,同比增长5.6%。\n")
    drafts = {d.name: d for d in _drafts(tmp_path, text)}
    assert drafts["levels"].rows == [["食品烟酒", "5333"], ["衣着", "1048"], ["居住", "9611"]]
    assert drafts["levels"].columns[1] == "城镇居民人均支出"
    assert drafts["growth"].rows == [["食品烟酒", "8.7"], ["衣着", "6.0"], ["居住", "5.6"]]


def test_a_signed_figure_in_brackets_after_its_name_is_no_profile_and_keeps_its_sign(tmp_path):
    """反觀交通(-2.99%)和康樂及文化(-0.91%)…其中康樂及文化(-2.01%)、交通(-0.82%): a profile of rows 反觀 and
    其中 had been drafted with the signs lost, under columns named 交通(- and 康樂及文化(-."""
    text = ("5月綜合消費物價指數按年上升0.77%。在各大類價格指數之中,教育(+5.06%)、醫療(+2.76%)和衣履(+2.60%)大類的按年"
            "升幅居前;食物及非酒精飲品(+1.20%)和住屋及燃料(+0.57%)大類亦按年上升。反觀交通(-2.99%)和康樂及文化(-0.91%)"
            "大類的價格指數下跌。\n\n若與4月相比,5月綜合消費物價指數按月下跌0.02%。其中康樂及文化(-2.01%)、交通(-0.82%)"
            "和家居設備及服務(-0.05%)大類的價格指數錄得跌幅,衣履(+0.84%)則向上。\n")
    drafts = _drafts(tmp_path, text)
    assert not any(column.endswith("(-") for d in drafts for column in d.columns)
    assert not any(row[1] in ("2.99", "0.91", "2.01", "0.82") for d in drafts for row in d.rows)
