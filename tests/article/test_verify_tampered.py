"""verify against specs changed on purpose: a figure put in another column of a printed table,
the terms of a ratio given to the wrong rows, a fall charted as a rise."""

from __future__ import annotations

import json

from charts.article.verify import said, verify_spec
from charts.spec.read import load_spec


def _bar(columns: list[str], rows: list[list], title: str = "t") -> str:
    """A bar spec in % of `rows`, naming a.txt as its article."""
    body = "".join(f"    - {json.dumps(r, ensure_ascii=False)}\n" for r in rows)
    return (f"title: {json.dumps(title, ensure_ascii=False)}\nkind: bar\nunit: \"%\"\ndata:\n"
            f"  columns: {json.dumps(columns, ensure_ascii=False)}\n  rows:\n{body}"
            "source: {publication: 测试报, article: a.txt}\n")


def _verified(tmp_path, article: str, spec: str):
    """(loaded spec, its checks) of a spec verified against `article` (a.txt beside it)."""
    (tmp_path / "a.txt").write_text(article, encoding="utf-8")
    (tmp_path / "t.yaml").write_text(spec, encoding="utf-8")
    loaded = load_spec(tmp_path / "t.yaml")
    return loaded, verify_spec(loaded)


def test_a_fall_charted_as_a_rise_fails(checked):
    article = "今年全市社会消费品零售总额中，餐饮收入增长4.6%，住宿收入下降3.1%，批发收入增长2.9%。\n"
    rows = [["餐饮收入", 4.6], ["住宿收入", -3.1], ["批发收入", 2.9]]
    assert set(checked(article, rows, ("类别", "比上年增长")).values()) == {"found"}
    flipped = checked(article, [["餐饮收入", 4.6], ["住宿收入", 3.1], ["批发收入", 2.9]], ("类别", "比上年增长"))
    assert flipped["住宿收入 3.1%"] == "missing"
    # a rise charted as a fall failed before: still so
    assert "missing" in checked(article, [["餐饮收入", -4.6]], ("类别", "比上年增长")).values()


def test_a_fall_is_its_positive_size_where_the_chart_names_it_a_fall(checked):
    article = "今年全市社会消费品零售总额中，住宿收入下降3.1%，娱乐收入下降1.7%，批发收入下降0.9%。\n"
    rows = [["住宿收入", 3.1], ["娱乐收入", 1.7], ["批发收入", 0.9]]
    assert set(checked(article, rows, ("类别", "降幅")).values()) == {"found"}
    assert set(checked(article, rows, ("类别", "比上年下降%")).values()) == {"found"}
    by_label = [["住宿收入降幅", 3.1], ["娱乐收入降幅", 1.7], ["批发收入降幅", 0.9]]
    assert set(checked(article, by_label, ("类别", "数值")).values()) == {"found"}


def test_the_message_of_a_fall_says_how_to_chart_it(tmp_path):
    from charts import messages as msg

    loaded, checks = _verified(tmp_path, "全年出口增长5.0%，进口下降2.4%。\n",
                               _bar(["类别", "增速"], [["出口", 5.0], ["进口", 2.4]]))
    check = [c for c in checks if c.what == "进口 2.4%"][0]
    assert str(said(loaded, check)).endswith(msg.VERIFY_FALL.format(what="进口 2.4%", line=1, number="2.4%"))


def test_a_title_may_name_the_falls(tmp_path):
    from charts.article.verify import verify_spec
    from charts.spec.read import load_spec

    (tmp_path / "a.txt").write_text("十年来，电话机、家庭电脑的普及率分别减少6.4及2.5个百分点。\n", encoding="utf-8")
    spec = tmp_path / "t.yaml"
    spec.write_text('title: 普及率减少的项目\nkind: bar\nunit: "个百分点"\ndata:\n  columns: ["项目", "数值"]\n'
                    '  rows:\n    - ["电话机", 6.4]\n    - ["家庭电脑", 2.5]\nsource: {publication: 测试报, article: a.txt}\n',
                    encoding="utf-8")
    assert {c.status for c in verify_spec(load_spec(spec)) if c.field[0] == "data"} == {"found"}


RATIO = "全县第一产业增加值增长3.5%，第二产业增加值增长6.0%。\n全县三次产业结构由上年的9.8:41.7:48.5调整为9.1:40.2:50.7。\n"


def test_a_ratio_gives_the_ordinal_rows_their_terms_in_order(checked):
    columns = ("类别", "上年", "今年")
    rows = [["第一产业", 9.8, 9.1], ["第二产业", 41.7, 40.2], ["第三产业", 48.5, 50.7]]
    assert set(checked(RATIO, rows, columns, kind="grouped").values()) == {"found"}
    # the rows in another order still take the terms by their ordinals
    assert set(checked(RATIO, rows[::-1], columns, kind="grouped").values()) == {"found"}
    swapped = [["第三产业", 9.8, 9.1], ["第二产业", 41.7, 40.2], ["第一产业", 48.5, 50.7]]
    statuses = checked(RATIO, swapped, columns, kind="grouped")
    assert statuses["第三产业（上年）9.8%"] == "relabelled" and statuses["第一产业（今年）50.7%"] == "relabelled"


def test_a_ratio_takes_the_order_the_sentence_names_its_rows_in(checked):
    article = "抽样显示，该校女生与男生之比为53.6:46.4。\n"
    assert set(checked(article, [["男生", 46.4], ["女生", 53.6]]).values()) == {"found"}
    assert set(checked(article, [["男生", 53.6], ["女生", 46.4]]).values()) == {"relabelled"}


def test_the_message_of_a_ratio_names_the_term_in_its_place(tmp_path):
    loaded, checks = _verified(tmp_path, RATIO,
                               _bar(["类别", "今年"], [["第一产业", 50.7], ["第二产业", 40.2], ["第三产业", 9.1]]))
    first = [c for c in checks if c.what == "第一产业 50.7%"][0]
    assert "9.1:40.2:50.7" in str(said(loaded, first)) and "gives this row 9.1" in str(said(loaded, first))


PRINTED = """居民出行方式构成（%）
| 方式 | 2021年 | 2022年 |
|---|---|---|
| 公交 | 41.3 | 39.8 |
| 地铁 | 27.6 | 30.2 |
| 骑行 | 12.4 | 13.1 |
"""
ALIGNED = """居民出行方式构成（%）
方  式      2021年     2022年
公交        41.3       39.8
地铁        27.6       30.2
骑行        12.4       13.1
"""


def test_a_figure_under_a_printed_header_is_that_headers_cell(checked):
    for article in (PRINTED, ALIGNED):
        right = [["公交", 41.3], ["地铁", 27.6], ["骑行", 12.4]]
        assert set(checked(article, right, ("方式", "2021年")).values()) == {"found"}
        shifted = [["公交", 41.3], ["地铁", 30.2], ["骑行", 12.4]]  # one cell from the next column
        assert checked(article, shifted, ("方式", "2021年"))["地铁 30.2%"] == "relabelled"
        # the whole column under the other year's header
        assert set(checked(article, right, ("方式", "2022年")).values()) == {"relabelled"}


def test_two_printed_headers_swapped_fail(checked):
    rows = [["公交", 41.3, 39.8], ["地铁", 27.6, 30.2], ["骑行", 12.4, 13.1]]
    assert set(checked(PRINTED, rows, ("方式", "2021年", "2022年"), kind="grouped").values()) == {"found"}
    assert set(checked(PRINTED, rows, ("方式", "2022年", "2021年"), kind="grouped").values()) == {"relabelled"}


def test_a_header_the_table_does_not_print_keeps_the_row_order_check(checked):
    rows = [["公交", 39.8], ["地铁", 30.2], ["骑行", 13.1]]
    assert set(checked(PRINTED, rows, ("方式", "占比")).values()) == {"found"}


def test_the_message_of_a_misplaced_cell_names_both_headers(tmp_path):
    loaded, checks = _verified(tmp_path, PRINTED,
                               _bar(["方式", "2021年"], [["公交", 41.3], ["地铁", 30.2], ["骑行", 12.4]]))
    moved = [c for c in checks if c.what == "地铁 30.2%"][0]
    text = str(said(loaded, moved))
    assert "this row has 27.6 under 2021年, and 30.2 under 2022年" in text and "line 5" in text


def test_a_title_may_give_a_fall_in_its_own_words(tmp_path):
    """出口增长0.6%，进口下降0.3%: the title's number is printed with its own words."""
    _, checks = _verified(tmp_path, "全年出口增长0.6%，进口下降0.3%。\n",
                          _bar(["类别", "增速"], [["出口", 0.6], ["进口", -0.3]], title="出口增长0.6%，进口下降0.3%"))
    assert {c.what: c.status for c in checks} == {
        "出口 0.6%": "found", "进口 −0.3%": "found", "0.6%": "found", "0.3%": "found"}


def test_a_label_with_braces_is_said_as_written(tmp_path):
    """A message filled in with the spec's words is not formatted again (进口{x} raised KeyError)."""
    loaded, checks = _verified(tmp_path, "全年出口增长5.0%，进口{x}下降2.4%。\n",
                               _bar(["类别", "增速"], [["出口", 5.0], ["进口{x}", 2.4]]))
    check = [c for c in checks if c.what == "进口{x} 2.4%"][0]
    assert "进口{x} 2.4% is not in the article as a rise" in str(said(loaded, check))


BLOCKS = ("问卷先问五年前的感觉,选择“羡慕、尊重”等仰视态度的受访者占37.2%;选择“对等、平视”等平视态度的受访者占42.1%。"
          "再问今天的感觉,选择仰视态度的受访者占8.1%;选择平视态度的受访者有48.3%。调查显示,平视的比例高达48.3%。\n")


def test_a_period_that_opens_its_rows_gives_each_row_its_level(checked):
    columns = ("态度", "五年前", "今天")
    right = checked(BLOCKS, [["仰视", 37.2, 8.1], ["平视", 42.1, 48.3]], columns, kind="grouped")
    assert set(right.values()) == {"found"}
    # 48.3 is printed twice, but five years ago the text gives 平视 42.1
    moved = checked(BLOCKS, [["仰视", 37.2, 8.1], ["平视", 48.3, 48.3]], columns, kind="grouped")
    assert moved["平视（五年前）48.3%"] == "relabelled"


def test_a_figure_before_the_group_it_is_of_is_no_block(checked):
    article = ("58.3%的城镇受访者认为物价水平较高,12.3%认为物价水平很高;"
               "55.3%的乡村受访者认为物价水平较高,14.9%认为物价水平很高。\n")
    rows = [["较高", 58.3, 55.3], ["很高", 12.3, 14.9]]
    assert set(checked(article, rows, ("看法", "城镇受访者", "乡村受访者"), kind="grouped").values()) == {"found"}


INCOME = ("一季度,农村居民人均可支配收入3880元,增长8.4%,扣除价格因素,实际增长7.2%。"
          "农村居民人均可支配收入中位数3060元,增长7.1%,是平均数的78.9%。\n")


def test_a_rows_figure_taken_from_another_sentence_of_the_same_label_fails(checked):
    columns = ("居民", "中位数(元)", "增长(%)", "中位数是平均数的(%)")
    assert set(checked(INCOME, [["农村居民", 3060, 7.1, 78.9]], columns, unit="元", kind="grouped").values()) == {"found"}
    # 7.2 is 农村居民's too, but of the mean, in the sentence before: the median's sentence says 7.1
    slipped = checked(INCOME, [["农村居民", 3060, 7.2, 78.9]], columns, unit="元", kind="grouped")
    assert slipped["农村居民（增长(%)）7.2%"] == "relabelled"


def test_a_rows_figure_of_another_kind_of_sentence_is_not_taken_for_a_stray(checked):
    article = ("全年城镇居民人均可支配收入51821元,比上年增长5.1%,扣除价格因素实际增长4.4%。"
               "农村居民人均可支配收入21691元,比上年增长7.7%,扣除价格因素实际增长7.0%。\n"
               "城镇居民人均消费支出占可支配收入的比重为64.9%,农村居民人均消费支出占可支配收入的比重为83.7%。\n")
    columns = ("类别", "收入(元)", "名义增长(%)", "消费支出占比(%)")
    rows = [["城镇居民", 51821, 5.1, 64.9], ["农村居民", 21691, 7.7, 83.7]]
    assert set(checked(article, rows, columns, unit="元", kind="grouped").values()) == {"found"}


def test_a_period_block_told_with_bili(checked):
    article = ("调查显示,48.3%的受访者如今持平视态度。问卷先问五年前的情况,平视态度的比例为42.1%,仰视态度的比例为30.2%;"
               "如今,平视态度的比例为48.3%,仰视态度的比例为12.5%。\n")
    columns = ("态度", "五年前", "如今")
    right = checked(article, [["平视", 42.1, 48.3], ["仰视", 30.2, 12.5]], columns, kind="grouped")
    assert set(right.values()) == {"found"}
    swapped = checked(article, [["平视", 48.3, 42.1], ["仰视", 12.5, 30.2]], columns, kind="grouped")
    assert "found" not in swapped.values()


_CUT_PER_LINE = ("一、价格指数\n指标名称 |\n环比 |\n同比 |\n累计比 |\n(一)出厂价格指数 |\n99.9 |\n99.8 |\n98.2 |\n"
                 "1、生产资料 |\n99.9 |\n98.9 |\n97.6 |\n(1)原料 |\n100.0 |\n99.5 |\n97.2 |\n2、生活资料 |\n99.8 |\n"
                 "102.3 |\n100.0 |\n3、化工原料类 |\n97.4 |\n99.6 |\n101.6 |\n")


def test_a_table_cut_one_cell_per_line_verifies_every_column_of_its_rows(checked):
    columns = ("指标", "环比", "同比", "累计比")
    rows = [["出厂价格指数", 99.9, 99.8, 98.2], ["生产资料", 99.9, 98.9, 97.6], ["原料", 100.0, 99.5, 97.2]]
    assert set(checked(_CUT_PER_LINE, rows, columns, unit="指数", kind="grouped").values()) == {"found"}


def test_a_row_label_inside_a_longer_one_is_not_that_row(checked):
    # 99.6 is 化工原料类's: 原料 is a row of its own, printed whole
    tampered = checked(_CUT_PER_LINE, [["原料", 100.0, 99.6, 97.2], ["生产资料", 99.9, 98.9, 97.6]],
                       ("指标", "环比", "同比", "累计比"), unit="指数", kind="grouped")
    assert tampered["原料（同比）99.6指数"] != "found"


def test_the_next_rows_label_is_not_a_figures_own(checked):
    article = ("施政报告最应处理的范畴\n  劳工及就业 Labour  19.6%  \n  政制发展 Political development  5.1%  \n"
               "  教育 Education  5.0%  \n  交通 Transport  0.5%  \n")
    rows = [["劳工及就业", 19.6], ["政制发展", 5.1], ["教育", 5.0], ["交通", 0.5]]
    assert set(checked(article, rows).values()) == {"found"}
    assert checked(article, [["劳工及就业", 19.6], ["政制发展", 5.1], ["教育", 5.1], ["交通", 0.5]])["教育 5.1%"] != "found"


def test_negative_growth_is_a_fall(checked):
    article = "1-3月,林业产值负增长16.8%,渔业产值增长3.5%,牧业产值負增長2.1%,副业产值下挫1.2%,服务业萎缩0.6%。\n"
    assert set(checked(article, [["林业产值", -16.8], ["渔业产值", 3.5], ["牧业产值", -2.1], ["副业产值", -1.2],
                                 ["服务业", -0.6]], ("指标", "比上年增长")).values()) == {"found"}
    assert checked(article, [["林业产值", 16.8], ["渔业产值", 3.5]], ("指标", "比上年增长"))["林业产值 16.8%"] != "found"



def test_a_chart_of_one_survey_from_a_poll_table_printed_the_other_way_round(checked):
    article = (" 调查日期\n Date of survey\n基数 \nBase  \n好需要 \nVery necessary  \n几需要 \nQuite necessary  \n"
               "唔需要 Unnecessary   唔知/难讲 \nDon't know  \n合计 \nTotal  \n"
               "  8-10/9/24 612   55.2%   30.1%   9.4%   5.3%   100.0%  \n")
    rows = [["好需要", 55.2], ["几需要", 30.1], ["唔需要", 9.4], ["唔知/难讲", 5.3]]
    assert set(checked(article, rows, ("答案", "8-10/9/24")).values()) == {"found"}
    swapped = checked(article, [["好需要", 30.1], ["几需要", 55.2], ["唔需要", 9.4]], ("答案", "8-10/9/24"))
    assert swapped["好需要 30.1%"] != "found" and swapped["几需要 55.2%"] != "found"


def test_negative_growth_under_a_growth_header_of_a_table_of_levels_and_growth(checked):
    article = "1-2月,货物进出口总额78.8亿元,负增长21.5%。其中,出口54.0亿元,负增长22.7%;进口24.8亿元,负增长18.6%。\n"
    rows = [["货物进出口总额", 78.8, -21.5], ["出口", 54.0, -22.7], ["进口", 24.8, -18.6]]
    assert set(checked(article, rows, ("指标", "金额(亿元)", "增长(%)"), unit="", kind="grouped").values()) == {"found"}
    flipped = checked(article, [["货物进出口总额", 78.8, 21.5], ["出口", 54.0, -22.7]], ("指标", "金额(亿元)", "增长(%)"),
                      unit="", kind="grouped")
    assert flipped["货物进出口总额（增长(%)）21.5%"] != "found"


def test_a_fall_written_as_text_is_a_number():
    from charts.numbers.grammar import parse_value

    assert parse_value("-21.5").number == parse_value("−21.5").number == -21.5 and not parse_value("-21.5").approximate


def test_a_share_compared_in_brackets_with_last_years(checked):
    article = ("跟去年相比,今年回答「有信心」的百分比(41.8%)較去年的(46.6%)為低;相反,表示「沒有信心」的百分比(13.8%)"
               "卻較去年的為高(10.2%)。\n")
    rows = [["有信心", 46.6, 41.8], ["沒有信心", 10.2, 13.8]]
    assert set(checked(article, rows, ("項目", "去年", "今年"), kind="grouped").values()) == {"found"}
    moved = checked(article, [["有信心", 41.8, 41.8], ["沒有信心", 13.8, 13.8]], ("項目", "去年", "今年"), kind="grouped")
    assert moved["有信心（去年）41.8%"] != "found" and moved["沒有信心（去年）13.8%"] != "found"


def test_a_trillion_and_its_hundred_millions_are_one_figure(checked):
    article = "前兩個月中國累計進出口總值1兆995.4億美元,年增21%。\n"
    assert checked(article, [["進出口總值", 10995.4]], ("項目", "金額"), unit="億美元")["進出口總值 10995.4億美元"] == "found"
    assert checked(article, [["進出口總值", 995.4]], ("項目", "金額"), unit="億美元")["進出口總值 995.4億美元"] != "found"


def test_an_empty_cell_in_a_table_printed_the_other_way_round_moves_no_figure(checked):
    article = ("市民对设立机构的意见调查结果如下。\n\n非常需要\nVery necessary\n需要\nNecessary\n不需要\nNot necessary\n"
               "不知道\nDon't know\n3-6/10/05  61.3%  *  28.1%  10.6%\n")
    statuses = checked(article, [["需要", 61.3], ["不需要", 28.1], ["不知道", 10.6]], ("意见", "3-6/10/05"))
    assert statuses["需要 61.3%"] != "found"  # 61.3 is 非常需要's; 需要's cell is empty


def test_the_next_row_is_not_the_rest_of_a_finished_pipe_row(checked):
    article = "各区增速如下。\n| 地区 | 增速 |\n| 北京 | 5.1 |\n上海 6.2 |\n"
    assert checked(article, [["北京", 6.2]], ("地区", "增速"))["北京 6.2%"] != "found"
    assert checked(article, [["北京", 5.1]], ("地区", "增速"))["北京 5.1%"] == "found"


def test_an_approximate_figure_or_a_bound_charted_as_exact_fails(tmp_path, checked):
    from charts import messages as msg

    article = ("调查显示，近60%的受访者支持延长假期，约为16000元的月薪最常见，"
               "支持缩短假期的比例在三成五以下，另有12.5%的受访者表示无所谓。\n")
    exact = checked(article, [["支持延长假期", 60], ["支持缩短假期", 35], ["无所谓", 12.5]], ("类别", "占比"))
    assert exact == {"支持延长假期 60%": "missing", "支持缩短假期 35%": "missing", "无所谓 12.5%": "found"}
    worded = checked(article, [["支持延长假期", "近60"], ["支持缩短假期", "三成五以下"], ["无所谓", 12.5]],
                     ("类别", "占比"))
    assert set(worded.values()) == {"found"}
    loaded, checks = _verified(tmp_path, article, _bar(["类别", "占比"], [["支持延长假期", 60]]))
    check = [c for c in checks if c.what == "支持延长假期 60%"][0]
    assert str(said(loaded, check)).endswith(msg.VERIFY_BOUND.format(what="支持延长假期 60%", line=1))


def test_more_bounds_fail_and_words_ending_in_a_qualifier_are_no_bound(checked):
    bounded = "调查显示，支持的约占60%，反对的不少于25%，月薪在16000元左右，另有60%多的人没有表态。\n"
    assert set(checked(bounded, [["支持", 60], ["反对", 25]]).values()) == {"missing"}
    assert checked(bounded, [["月薪", 16000]], unit="元") == {"月薪 16000元": "missing"}
    words = ("本次推介会共签约12个项目。选择线上预约的占65%，现场排队的占35%。"
             "认为应该的41.3%，较不应该的30.7%多出10.6个百分点。\n")
    assert checked(words, [["签约项目", 12]], unit="个") == {"签约项目 12个": "found"}
    assert set(checked(words, [["线上预约", 65], ["现场排队", 35], ["不应该", 30.7]]).values()) == {"found"}


def test_a_chart_of_a_polls_rounds_from_a_pipe_table_of_its_measures_over_the_rounds(checked):
    article = ("近幾次調查的數字列表如下:\n調查日期 | 2-4/2 | 20-23/2 | 1-3/3 | 最新變化 |\n"
               "樣本基數 | 1,031 | 1,045 | 1,031 | -- |\n特首評分 | 45.4 | 44.9 | 46.2 | +1.2 |\n"
               "司長評分 | 64.9 | -- | 65.8 | --- |\n")
    columns = ("調查日期", "特首評分", "司長評分")
    rows = [["2-4/2", 45.4, 64.9], ["1-3/3", 46.2, 65.8]]
    assert set(checked(article, rows, columns, unit="分", kind="grouped").values()) == {"found"}
    for tampered in ([["2-4/2", 64.9, 45.4], ["1-3/3", 46.2, 65.8]],  # the rows' cells swapped
                     [["2-4/2", 45.4, 64.9], ["1-3/3", 46.3, 65.8]],  # a last digit
                     [["2-4/2", 44.9, 64.9], ["1-3/3", 46.2, 65.8]]):  # the next round's cell
        assert set(checked(article, tampered, columns, unit="分", kind="grouped").values()) != {"found"}
    assert set(checked(article, [["最新變化", 1.2]], ("項目", "特首評分"), unit="分").values()) == {"found"}


def test_a_table_printed_the_other_way_round_never_overrides_the_row_itself(checked):
    text = ("表1 地区生产总值(亿元)\n\n| 地区 | 2022 | 2023 |\n| 北京 | 41610 | 43760 |\n| 上海 | 44652 | 47218 |\n\n"
            "表2 地区生产总值增速(%)\n\n| 年份 | 北京 | 上海 |\n| 2022 | 0.7 | -0.2 |\n| 2023 | 5.2 | 5.0 |\n")
    columns = ("地区", "2022", "2023")
    levels = [["北京", 41610, 43760], ["上海", 44652, 47218]]
    assert set(checked(text, levels, columns, unit="亿元", kind="grouped").values()) == {"found"}
    growth = [["北京", 0.7, 5.2], ["上海", -0.2, 5.0]]  # the rates of table 2, charted as 亿元
    assert "found" not in checked(text, growth, columns, unit="亿元", kind="grouped").values()
    assert set(checked(text, growth, columns, unit="%", kind="grouped").values()) == {"found"}
    matrix = ("迁徙人数(万人次)\n\n| 迁出地 | 北京 | 天津 | 河北 |\n| 北京 | 0 | 12.5 | 30.1 |\n"
              "| 天津 | 8.2 | 0 | 15.4 |\n| 河北 | 45.6 | 20.3 | 0 |\n")
    assert set(checked(matrix, [["北京", 30.1], ["天津", 15.4]], ("迁出地", "河北"), unit="万人次").values()) == {"found"}


def test_a_polls_rounds_are_named_as_printed_and_its_shares_are_shares(checked):
    article = "調查日期 | 11/2 | 25/2 | 1-3/3 |\n特首支持率 | 15% | 16% | 13% |\n特首反對率 | 64% | 61% | 68% |\n"
    columns = ("調查日期", "特首支持率", "特首反對率")
    assert set(checked(article, [["11/2", 15, 64], ["1-3/3", 13, 68]], columns, kind="grouped").values()) == {"found"}
    assert "found" not in checked(article, [["1/12", 15, 64], ["13/3", 13, 68]], columns, kind="grouped").values()
    assert "found" not in checked(article, [["11/2", 15, 64], ["1-3/3", 13, 68]], columns, unit="分", kind="grouped").values()


def test_a_growth_column_is_no_period_the_other_section_of_the_page_gives(checked):
    article = ("城镇居民人均消费支出19860元,增长9.3%,具体构成中,食品烟酒支出7078元,下降11.7%;衣着支出1332元,增长13.0%。\n"
               "农村居民人均生活消费支出9903元,增长4.2%。分项看,食品烟酒支出3679元,增长5.5%。\n")
    rows = [["城镇居民人均消费支出", 19860, 9.3], ["食品烟酒支出", 7078, -11.7], ["衣着支出", 1332, 13.0]]
    found = checked(article, rows, ("项目", "金额(元)", "增长(%)"), unit="", kind="grouped")
    assert set(found.values()) == {"found"}


def test_a_table_cut_one_cell_per_line_is_read_by_its_headers_for_any_of_its_columns(checked):
    cells = ["绝对额(亿元)", "比上年同期增长(%)", "2季度", "上半年", "2季度", "上半年",
             "GDP", "200807", "381490", "6.9", "6.9", "第一产业", "12742", "21987", "3.8", "3.5"]
    article = "\n\n".join(cells) + "\n"
    columns = ("指标", "2季度比上年同期增长(%)", "上半年比上年同期增长(%)")
    rows = [["GDP", 6.9, 6.9], ["第一产业", 3.8, 3.5]]
    assert set(checked(article, rows, columns, unit="%", kind="grouped").values()) == {"found"}
    swapped = checked(article, [["GDP", 6.9, 6.9], ["第一产业", 3.5, 3.8]], columns, unit="%", kind="grouped")
    assert swapped["第一产业（2季度比上年同期增长(%)）3.5%"] != "found"


def test_a_rival_standing_whole_beats_a_label_pieced_together(checked):
    article = ("全體受僱員工經常性薪資平均為48098元,年增2.92%;再把獎金這類非經常性薪資計入,總薪資平均達61646元,年增4.38%。\n")
    rows = [["經常性薪資平均", 2.92], ["總薪資平均", 4.38]]
    assert set(checked(article, rows).values()) == {"found"}
    assert checked(article, [["經常性薪資平均", 4.38], ["總薪資平均", 2.92]])["經常性薪資平均 4.38%"] != "found"


def test_a_ranking_cut_one_cell_per_line_is_read_by_its_headers_empty_cells_and_all(checked):
    cells = ["排名", "影片名称", "周票房", "(万元)", "累计票房", "(万元)", "1", "《甲》", "55300", "55300",
             "2", "《乙》", "333", "——", "3", "《丙》", "120", "4710"]
    article = "\n\n".join(cells) + "\n"
    found = checked(article, [["《甲》", 55300], ["《丙》", 4710]], ("影片名称", "累计票房"), unit="万元")
    assert set(found.values()) == {"found"}
    empty = checked(article, [["《甲》", 55300], ["《乙》", 333]], ("影片名称", "累计票房"), unit="万元")
    assert empty["《乙》 333万元"] != "found"  # its 累计票房 is empty; 333 is its 周票房


def test_a_figure_under_an_empty_cell_says_the_table_leaves_it_empty(tmp_path):
    from charts.article.verify import verify_spec
    from charts.spec.read import load_spec

    cells = ["排名", "影片名称", "周票房", "(万元)", "累计票房", "(万元)", "1", "《甲》", "55300", "55300",
             "2", "《乙》", "333", "——", "3", "《丙》", "120", "4710"]
    (tmp_path / "a.txt").write_text("\n\n".join(cells) + "\n", encoding="utf-8")
    spec = tmp_path / "t.yaml"
    spec.write_text("title: t\nkind: bar\nunit: 万元\ndata:\n  columns: [影片名称, 累计票房]\n  rows:\n"
                    "    - [《甲》, 55300]\n    - [《乙》, 333]\nsource: {publication: 测试报, article: a.txt}\n",
                    encoding="utf-8")
    checks = [c for c in verify_spec(load_spec(spec)) if c.status != "found"]
    assert len(checks) == 1 and "leaves that cell empty" in checks[0].instead


def test_the_hostile_reading_a_growth_of_another_row_a_fall_word_in_a_group_and_an_index_in_yuan(checked):
    grain = "全年粮食播种面积120.5万亩,增长1.2%;粮食总产量52.3万吨,增长3.1%。\n"
    columns = ("项目", "产量(万吨)", "增长(%)")
    assert checked(grain, [["粮食总产量", 52.3, 3.1]], columns, unit="", kind="grouped")["粮食总产量（增长(%)）3.1%"] == "found"
    assert checked(grain, [["粮食总产量", 52.3, 1.2]], columns, unit="", kind="grouped")["粮食总产量（增长(%)）1.2%"] != "found"
    less = "今年春节人均消费1520元,比去年下降3.2%。受访者中,消费比去年少的占32.1%。\n"
    assert checked(less, [["消费比去年少", 3.2]])["消费比去年少 3.2%"] != "found"  # those who spend less: no fall
    assert checked(less, [["消费比去年少", 32.1]])["消费比去年少 32.1%"] == "found"
    gdp = "全年全市地区生产总值190.4亿元,比上年增长5.2%。\n"
    assert checked(gdp, [["地区生产总值", 190.4]], unit="1978=100")["地区生产总值 190.4(1978=100)"] == "missing"


def test_each_before_figures_a_comma_parts_is_no_list(checked):
    article = "城镇和农村居民人均可支配收入各增长5.2%,6.8%的农户收入下降。\n"
    assert checked(article, [["城镇居民", 5.2], ["农村居民", 5.2]], unit="%")["农村居民 5.2%"] != "relabelled"


def test_quarters_under_the_year_printed_on_the_first_one(checked):
    """| 2011年1季度 | 2.3 | then | 2季度 | 2.6 |: 2011年2季度 is 2.6, and 2012年2季度 is the 2季度 under
    2012年1季度; a cell from another quarter fails."""
    article = ("| 表2:GDP环比增长速度 | |\n| 环比增长速度(%) | |\n| 2011年1季度 | 2.3 |\n| 2季度 | 2.6 |\n| 3季度 | 2.2 |\n"
               "| 2012年1季度 | 1.4 |\n| 2季度 | 2.0 |\n")
    rows = [["2011年1季度", 2.3], ["2011年2季度", 2.6], ["2011年3季度", 2.2], ["2012年1季度", 1.4], ["2012年2季度", 2.0]]
    assert set(checked(article, rows).values()) == {"found"}
    swapped = checked(article, [["2011年2季度", 2.0], ["2012年2季度", 2.6]])
    assert "found" not in swapped.values()


def test_a_year_carried_to_quarters_only_from_a_quarters_own_row(checked):
    """A header of year columns (|  | 2011年 | 2012年 |) or a line of prose naming a year gives no year
    to the quarters below it; nor does a whole year's row (| 2022年 | 3.0 |)."""
    columns = "表1 国内生产总值季度增速(%)\n\n|  | 2011年 | 2012年 |\n| 1季度 | 9.7 | 8.1 |\n| 2季度 | 9.5 | 7.6 |\n"
    assert "found" not in checked(columns, [["2011年2季度", 7.6]]).values()
    prose = "2011年全年国内生产总值增长9.3%。\n| 季度 | 增速(%) |\n| 1季度 | 8.1 |\n| 2季度 | 7.6 |\n"
    assert "found" not in checked(prose, [["2011年1季度", 8.1], ["2011年2季度", 7.6]]).values()
    whole = "| 年份 | 增速(%) |\n| 2022年 | 3.0 |\n| 1季度 | 4.5 |\n| 2季度 | 4.6 |\n"
    assert "found" not in checked(whole, [["2022年1季度", 4.5]]).values()


def test_a_change_against_one_base_is_not_another_bases(checked):
    # 與去年同期比較 names its base as a year names its period: 1萬4445 is the change on March,
    # though a later sentence gives it with no base (總人口增加1萬4445人)
    article = ("到4月底為止,人口總數2334萬7374人,與去年同期比較增加13萬2359人,與3月比較增加1萬4445人。\n"
               "兩項相加之後,總人口增加1萬4445人。\n")
    columns = ("項目", "人數", "與去年同期比較", "與3月比較")
    right = checked(article, [["人口總數", 23347374, 132359, 14445]], columns, unit="人", kind="grouped")
    assert set(right.values()) == {"found"}
    moved = checked(article, [["人口總數", 23347374, 14445, 14445]], columns, unit="人", kind="grouped")
    assert moved["人口總數（與去年同期比較）1.44万人"] == "relabelled"


def test_a_column_in_pairs_is_named_without_its_unit(checked):
    # 不同性別(對): 對 (couples) is the column's unit, not a word of its name
    article = "4月結婚對數合計6600對,其中不同性別6400對,相同性別200對;離婚對數為3905對,其中不同性別3866對,相同性別39對。\n"
    rows = [["結婚對數", 6600, 6400, 200], ["離婚對數", 3905, 3866, 39]]
    found = checked(article, rows, ("項目", "合計(對)", "不同性別(對)", "相同性別(對)"), unit="對", kind="grouped")
    assert set(found.values()) == {"found"}


def test_a_change_told_against_another_base_is_not_the_columns(checked):
    # 比2019年 is no 较上年 in a 2023 bulletin; 较上年末 (the end of last year) is none either
    article = ("2023年，全市接待游客8000万人次，占全省的20.0%，比2019年增长12.0%。旅游总收入900亿元，"
               "占全省的18.0%，比2019年增长8.0%，较上年增长40.0%。\n")
    found = checked(article, [["接待游客", 12.0, 20.0], ["旅游总收入", 40.0, 18.0]], ("项目", "较上年", "占比"),
                    kind="grouped")
    assert found["接待游客（较上年）12.0%"] == "relabelled" and found["旅游总收入（较上年）40.0%"] == "found"
    deposits = "年末全市人民币各项存款余额12000亿元，比上年增长8.0%，占全省的30.0%。\n\n一季度末，各项存款余额较上年末增长7.5%。\n"
    columns = ("项目", "较上年", "占全省")
    assert set(checked(deposits, [["各项存款余额", 8.0, 30.0]], columns, kind="grouped").values()) == {"found"}
    assert checked(deposits, [["各项存款余额", 7.5, 30.0]], columns, kind="grouped")["各项存款余额（较上年）7.5%"] != "found"


def test_a_base_column_is_found_where_the_figures_clause_names_that_base(checked):
    # 比上年同月 is year on year: the 同比 column's, though another paragraph gives the quarter's 同比
    article = ("3月份，社会消费品零售总额4000亿元，比上年同月增长3.1%，环比增长0.5%。\n\n"
               "一季度，社会消费品零售总额11000亿元，同比增长4.7%。\n")
    found = checked(article, [["社会消费品零售总额", 3.1, 0.5]], ("项目", "同比", "环比"), kind="grouped")
    assert set(found.values()) == {"found"}
    swapped = checked(article, [["社会消费品零售总额", 0.5, 3.1]], ("项目", "同比", "环比"), kind="grouped")
    assert "found" not in swapped.values()


def test_the_base_a_sentence_names_first_is_its_figures(checked):
    # 與去年同期比較，… names the base of every figure after it in the sentence
    article = ("與去年同期比較，本港整體出口貨值上升5.1%，進口貨值上升3.2%。"
               "與2019年同期比較，整體出口貨值上升12.4%，進口貨值上升9.8%。\n")
    columns = ("項目", "與去年同期比較", "與2019年同期比較")
    right = [["整體出口貨值", 5.1, 12.4], ["進口貨值", 3.2, 9.8]]
    assert set(checked(article, right, columns, kind="grouped").values()) == {"found"}
    swapped = [["整體出口貨值", 12.4, 5.1], ["進口貨值", 9.8, 3.2]]
    assert "found" not in checked(article, swapped, columns, kind="grouped").values()
    # 较去年年底 is the end of last year, not the year before
    deposits = "3月末，本外币存款总额较去年年底增加3.2%，较去年同期增加6.1%；贷款总额较去年年底增加2.5%，较去年同期增加4.4%。\n"
    columns = ("项目", "同比", "较上年末")
    assert set(checked(deposits, [["存款总额", 6.1, 3.2], ["贷款总额", 4.4, 2.5]], columns, kind="grouped").values()) == {"found"}
    assert "found" not in checked(deposits, [["存款总额", 3.2, 6.1], ["贷款总额", 2.5, 4.4]], columns, kind="grouped").values()


def test_a_year_by_name_is_the_year_before_where_the_text_or_title_is_of_the_year_after(checked):
    article = "2023年，全市地区生产总值比上年增长6.0%，比2019年增长20.5%；一般公共预算收入比上年增长8.1%，比2019年增长15.2%。\n"
    rows = [["地区生产总值", 6.0, 20.5], ["一般公共预算收入", 8.1, 15.2]]
    assert set(checked(article, rows, ("指标", "比2022年增长", "比2019年增长"), kind="grouped").values()) == {"found"}
    untold = article.replace("2023年，", "").replace("比上年", "比2022年")
    assert set(checked(untold, rows, ("指标", "较上年", "较2019年"), kind="grouped",
                       title="2023年主要指标增速").values()) == {"found"}
    ends = "2023年末，全市存款余额比2022年末增长8.1%，比上年同期增长9.0%；贷款余额比2022年末增长10.2%，比上年同期增长11.3%。\n"
    assert set(checked(ends, [["存款余额", 9.0, 8.1], ["贷款余额", 11.3, 10.2]], ("指标", "同比", "较上年末"),
                       kind="grouped").values()) == {"found"}
    # 2021年以来 names where a span starts, not the year the text is of: 比2020年 is no 上年
    since = "2023年，全市地区生产总值比上年增长6.0%。2021年以来，地区生产总值比2020年累计增长18.5%。\n"
    moved = checked(since, [["地区生产总值", 18.5, 6.0]], ("指标", "较上年", "较2020年"), kind="grouped")
    assert moved["地区生产总值（较上年）18.5%"] != "found"


def test_a_chart_of_one_column_named_by_its_base_is_given_no_other_bases_figure(checked):
    article = "全年社会消费品零售总额比上年增长7.2%，比2019年增长15.5%；网上零售额比上年增长12.1%，比2019年增长40.3%。\n"
    assert set(checked(article, [["社会消费品零售总额", 7.2], ["网上零售额", 12.1]], ("指标", "比上年增长")).values()) == {"found"}
    assert "found" not in checked(article, [["社会消费品零售总额", 15.5], ["网上零售额", 40.3]], ("指标", "比上年增长")).values()


def test_a_base_named_with_words_between_and_no_base_inside_other_words(checked):
    # 較疫情前的2019年同期 names 2019 as its base; 单月增速 names none (月增 is Taiwan's month on month only
    # where no 单, 当 or a number comes before it)
    article = ("2021年，區域內PM2.5平均濃度為43微克/立方米，同比下降2.3%，較疫情前的2019年同期下降24.6%。\n"
               "按单月增速看，7月份增长5.9%，居全省第11位。\n")
    columns = ("污染物", "同比", "較2019年同期")
    assert set(checked(article, [["PM2.5", -2.3, -24.6]], columns, kind="grouped").values()) == {"found"}
    assert "found" not in checked(article, [["PM2.5", -24.6, -2.3]], columns, kind="grouped").values()
    assert set(checked(article, [["7月份", 5.9]], ("时期", "同比增长")).values()) == {"found"}


def test_a_span_of_months_is_a_base_of_its_own(checked):
    article = ("1-4月，全省社会消费品零售总额同比增长7.2%；网上零售额同比增长12.1%。"
               "4月，社会消费品零售总额比1-3月增长2.4%，网上零售额比1-3月增长3.3%。\n")
    columns = ("指标", "同比", "比1-3月")
    right = [["社会消费品零售总额", 7.2, 2.4], ["网上零售额", 12.1, 3.3]]
    assert set(checked(article, right, columns, kind="grouped").values()) == {"found"}
    swapped = [["社会消费品零售总额", 2.4, 7.2], ["网上零售额", 3.3, 12.1]]
    assert "found" not in checked(article, swapped, columns, kind="grouped").values()


# A report's table a page ran into one line (the header's years run together, a standard before the cells)
_RUN_ON_LINE = ("主要数据 单位:人民币千元 本集团 本银行 项目 2011年2011年2010年2009年 存款总额 106,850,628.68 "
                "106,326,196.40 101,233,186.70 84,687,639.46 其中:个人活期存款 21,685,970.22 21,530,456.86 "
                "23,062,096.35 21,210,484.52 贷款总额 71,615,791.39 70,992,998.76 61,071,523.37 49,718,927.31\n"
                "补充指标 单位:% 项目 标准值 2011年2011年2010年2009年 资本充足率 ≥8% 16.41 15.71 15.09 17.33 "
                "核心资本充足率 ≥4% 14.66 14.09 13.51 15.55\n")


def test_a_table_run_into_one_line_verifies_each_cell_in_its_columns_place(checked):
    columns = ("项目", "本集团2011年", "本银行2011年", "本银行2010年", "本银行2009年")
    rows = [["存款总额", 106850628.68, 106326196.40, 101233186.70, 84687639.46],
            ["个人活期存款", 21685970.22, 21530456.86, 23062096.35, 21210484.52]]
    assert set(checked(_RUN_ON_LINE, rows, columns, unit="千元", kind="grouped").values()) == {"found"}
    rows = [["资本充足率", 16.41, 15.71, 15.09, 17.33], ["核心资本充足率", 14.66, 14.09, 13.51, 15.55]]
    assert set(checked(_RUN_ON_LINE, rows, columns, kind="grouped").values()) == {"found"}
    # a cell from the next column, or the next row's, is no cell of its place
    rows = [["资本充足率", 15.71, 15.71, 15.09, 17.33], ["核心资本充足率", 14.66, 14.09, 13.51, 15.55]]
    assert checked(_RUN_ON_LINE, rows, columns, kind="grouped")["资本充足率（本集团2011年）15.71%"] != "found"
    rows = [["存款总额", 71615791.39, 106326196.40, 101233186.70, 84687639.46],
            ["个人活期存款", 21685970.22, 21530456.86, 23062096.35, 21210484.52]]
    tampered = checked(_RUN_ON_LINE, rows, columns, unit="千元", kind="grouped")
    assert [status for what, status in tampered.items() if what.startswith("存款总额（本集团")] == ["missing"]


def test_a_table_run_into_one_line_keeps_its_header_order_and_aligned_tables_their_headers(checked):
    line = "主要指标 单位:% 项目 2023年 2022年 2021年 资本充足率 16.41 15.71 15.09 核心资本充足率 14.66 14.09 13.51\n"
    rows = [["资本充足率", 16.41, 15.71, 15.09], ["核心资本充足率", 14.66, 14.09, 13.51]]
    # the years the spec heads its columns with, in another order than the line prints them
    assert "found" not in checked(line, rows, ("项目", "2021年", "2022年", "2023年"), kind="grouped").values()
    # one column of several: which cell is 2021's, nothing on the line says
    assert "found" not in checked(line, [["资本充足率", 16.41]], ("项目", "2021年")).values()
    # a longer label a page spaced (核心一级 资本充足率) is not the row 资本充足率
    line = "主要监管指标 单位:% 项目 2023年 2022年 核心一级 资本充足率 10.51 10.22 资本充足率 13.10 12.90\n"
    assert set(checked(line, [["资本充足率", 13.10, 12.90]], ("项目", "2023年", "2022年"), kind="grouped").values()) == {"found"}
    assert "found" not in checked(line, [["资本充足率", 10.51, 10.22]], ("项目", "2023年", "2022年"), kind="grouped").values()
    # an aligned table whose rows a mark opens (#工业) is read by its headers, not in order
    table = "表1 主要指标\n指标        2022年      2023年\n#工业      100.5      120.3\n#建筑业      40.2      44.8\n"
    swapped = checked(table, [["工业", 100.5, 120.3], ["建筑业", 40.2, 44.8]], ("指标", "2023年", "2022年"), unit="亿元",
                      kind="grouped")
    assert "found" not in swapped.values()
    assert set(checked(table, [["工业", 120.3], ["建筑业", 44.8]], ("指标", "2023年"), unit="亿元").values()) == {"found"}
    # a header that names no year, or years only in a title before it: nothing says which cell is whose
    line = "中国银行2022年年度报告 主要指标 单位:% 项目 2023年 2022年 资本充足率 16.41 15.71 核心资本充足率 14.66 14.09\n"
    rows = [["资本充足率", 16.41, 15.71], ["核心资本充足率", 14.66, 14.09]]
    assert set(checked(line, rows, ("项目", "2023年", "2022年"), kind="grouped").values()) == {"found"}
    assert "found" not in checked(line, rows, ("项目", "2022年", "2023年"), kind="grouped").values()
    line = "单位:% 项目 本期 上期 资本充足率 16.41 15.71 核心资本充足率 14.66 14.09\n"
    assert "found" not in checked(line, rows, ("项目", "上期", "本期"), kind="grouped").values()


def test_a_row_opening_its_line_ends_where_the_next_row_runs_on(checked):
    # the header on the line above, the first row opening the line, the next run on behind it
    table = "主要监管指标\n项目 2011年 2010年\n资本充足率 16.41 15.71 核心资本充足率 14.66 14.09\n"
    columns = ("项目", "2011年", "2010年")
    right = [["资本充足率", 16.41, 15.71], ["核心资本充足率", 14.66, 14.09]]
    assert set(checked(table, right, columns, kind="grouped").values()) == {"found"}
    # the next row's cell is no cell of the row before it, read in order across the line
    crossed = checked(table, [["资本充足率", 16.41, 14.66]], columns, kind="grouped")
    assert crossed["资本充足率（2010年）14.66%"] != "found"
    swapped = [["资本充足率", 16.41, 15.71], ["核心资本充足率", 14.09, 14.66]]
    assert checked(table, swapped, columns, kind="grouped")["核心资本充足率（2011年）14.09%"] != "found"
    # a unit after the cells is no next row
    staff = "项目 2023年 2022年\n专任教师 2339 2210 万人\n"
    assert set(checked(staff, [["专任教师", 2339, 2210]], columns[:1] + ("2023年", "2022年"), unit="万人",
                       kind="grouped").values()) == {"found"}
    # set out by double spaces: each row's cells read under the header above, not in order
    table = "主要监管指标\n项目  2011年  2010年\n资本充足率  16.41  15.71  核心资本充足率  14.66  14.09\n"
    assert set(checked(table, right, columns, kind="grouped").values()) == {"found"}
    reversed_ = checked(table, right, ("项目", "2010年", "2011年"), kind="grouped")
    assert "found" not in reversed_.values()
    assert checked(table, [["核心资本充足率", 14.09]], ("项目", "2010年"))["核心资本充足率 14.09%"] == "found"
    assert checked(table, [["核心资本充足率", 14.66]], ("项目", "2010年"))["核心资本充足率 14.66%"] != "found"


def test_a_row_is_cut_only_where_a_label_and_as_many_cells_as_its_own_follow(checked):
    years = ("项目", "2023年", "2022年")
    # a note, a unit or a word between a row's cells is no next row: the row keeps its cells
    for table, unit in (("项目 2023年 2022年\n资本充足率 16.41 持平 15.71\n", "%"), ("项目 2023年 2022年\n城镇 5.2 增长较快 4.8\n", "%"),
                        ("项目 2023年 2022年\n专任教师 2339 万人 2210 万人\n", "万人"),
                        ("项目  2023年  2022年  变化\n城镇  5.2  4.8  提高 0.4\n", "%")):
        label = table.split("\n")[1].split()[0]
        first, second = [c for c in table.split("\n")[1].split() if c[0].isdigit()][:2]
        assert set(checked(table, [[label, float(first), float(second)]], years, unit, "grouped").values()) == {"found"}
    # a note column between the headers: the cell under 2022年 is the one after the note
    table = "项目  2023年  备注  2022年\n城镇  5.2  增长较快  4.8\n"
    assert checked(table, [["城镇", 5.2]], ("项目", "2022年")) != {"城镇 5.2%": "found"}
    assert checked(table, [["城镇", 4.8]], ("项目", "2022年")) == {"城镇 4.8%": "found"}
    # a label ending in a figure (PM2.5) does not send its row to the next line's cells
    table = "指标 2023年 2022年\nPM2.5 浓度 30 32\n28 27\n"
    assert set(checked(table, [["PM2.5", 30, 32]], years, kind="grouped").values()) == {"found"}
    assert "found" not in checked(table, [["PM2.5", 28, 27]], years, kind="grouped").values()
    # prose set out by one double space is still prose: 120.5 is no growth
    prose = "2023年经营情况：  营业收入 120.5 同比增长 15.2 。\n"
    assert "found" not in checked(prose, [["营业收入", 120.5]], ("项目", "同比增长")).values()
    # years in a row or prose above are no header of a run-on row
    table = "存款 2010年 100.5 2011年 120.3\n资本 16.41 15.71 核心资本 14.66 14.09\n"
    assert "found" not in checked(table, [["核心资本", 14.66, 14.09]], ("项目", "2010年", "2011年"), kind="grouped").values()

    # words the header above prints are no next row (增速 under 2022年增速 2023年增速)
    table = "项目 2022年 2023年 2022年增速 2023年增速\n出口 1200 1350 增速 5.2 6.1\n"
    columns = ("项目", "2022年", "2023年", "2022年增速", "2023年增速")
    assert set(checked(table, [["出口", 1200, 1350, 5.2, 6.1]], columns, "", "grouped").values()) == {"found"}
    # a row opening its line under a header set out by single spaces: its cells under that header
    table = "项目 2010年 2011年\n资本充足率 15.71 16.41 核心资本充足率 14.09 14.66\n"
    assert set(checked(table, [["资本充足率", 16.41, 15.71]], ("项目", "2011年", "2010年"), kind="grouped").values()) == {"found"}
    assert "found" not in checked(table, [["资本充足率", 15.71, 16.41]], ("项目", "2011年", "2010年"), kind="grouped").values()
