"""verify as strict as a copy desk: where a figure's clause ends, which label wins, both
scripts alike, and figures read from a table printed as text (by row and column)."""

from __future__ import annotations


def test_the_longest_label_wins(checked):
    article = "问及是否有过这种经历，回答没有的占42.5%，其余受访者未作答。\n"
    assert checked(article, [["没有", 42.5], ["有", 30.0]])["没有 42.5%"] == "found"
    # 有 stands in the clause only inside 没有: 42.5% is not 有's
    assert checked(article, [["有", 42.5], ["没有", 30.0]])["有 42.5%"] == "relabelled"


def test_a_bracketed_figure_belongs_to_the_text_before_it(checked):
    article = "受访者在疫情期间分享防疫信息(54.0%)和提醒邻居戴口罩(30.1%)。\n"
    right = checked(article, [["分享防疫信息", 54.0], ["提醒邻居戴口罩", 30.1]])
    assert set(right.values()) == {"found"}
    swapped = checked(article, [["分享防疫信息", 30.1], ["提醒邻居戴口罩", 54.0]])
    assert set(swapped.values()) == {"relabelled"}


def test_a_figure_alone_in_brackets_after_another_takes_the_words_between(checked):
    article = "苏州招聘薪酬11037元超过广州(10913元),居第五。\n"
    assert checked(article, [["广州", 10913]], unit="元") == {"广州 10913元": "found"}
    assert checked(article, [["苏州", 10913]], unit="元") != {"苏州 10913元": "found"}
    # a breakdown in brackets names itself after its figure
    article = "有41.6%民眾表示滿意(8.6%非常滿意、33.0%還算滿意)、47.5%不滿意。\n"
    assert set(checked(article, [["滿意", 41.6], ["非常滿意", 8.6], ["還算滿意", 33.0]]).values()) == {"found"}


def test_any_punctuation_ends_the_clause(checked):
    article = "有31.8%的受访者表示满意(“非常满意”或“比较满意”);有36.6%的受访者表示不满意(“非常不满意”或“不太满意”)。\n"
    assert set(checked(article, [["满意", 31.8], ["不满意", 36.6]]).values()) == {"found"}
    # the bracket after 不满意 names 不太满意: no second label for 36.6%
    assert checked(article, [["满意", 36.6], ["不满意", 31.8]])["满意 36.6%"] == "relabelled"


def test_traditional_and_simplified_read_alike(checked):
    article = "調查顯示，認為經濟發展最重要的受訪者佔50.2%，關注教育公平的佔38.7%。\n"
    assert set(checked(article, [["经济发展", 50.2], ["教育公平", 38.7]]).values()) == {"found"}
    assert set(checked(article, [["經濟發展", 50.2], ["教育公平", 38.7]]).values()) == {"found"}


TABLE = """2024年全市地区生产总值及其增长速度
| 指标 | 绝对数(亿元) | 比上年增长% |
| 地区生产总值 | 2313.0 | 5.2 |
| 第一产业 | 287.0 | 2.2 |
| 第二产业 | 714.1 | 6.2 |
"""


def test_a_table_cell_by_its_row_and_column_with_the_unit_of_its_header(checked):
    columns = ("指标", "绝对数(亿元)", "比上年增长%")
    rows = [["地区生产总值", 2313.0, 5.2], ["第一产业", 287.0, 2.2], ["第二产业", 714.1, 6.2]]
    found = checked(TABLE, rows, columns, unit="亿元", kind="grouped")
    assert set(found.values()) == {"found"} and "地区生产总值（比上年增长%）5.2%" in found  # the header's unit
    moved = [["地区生产总值", 5.2, 5.2]] + rows[1:]  # a cell taken from the next column
    assert checked(TABLE, moved, columns, unit="亿元", kind="grouped")["地区生产总值（绝对数(亿元)）5.2亿元"] != "found"
    swapped = [rows[0], ["第一产业", 714.1, 2.2], ["第二产业", 287.0, 6.2]]
    statuses = checked(TABLE, swapped, columns, unit="亿元", kind="grouped")
    assert statuses["第一产业（绝对数(亿元)）714.1亿元"] != "found" and statuses["第二产业（绝对数(亿元)）287.0亿元"] != "found"


def test_a_flattened_web_table_reads_one_cell_a_line(checked):
    article = "指标\n2季度\n上半年\nGDP\n200807\n381490\n第一产业\n13333\n21987\n"
    rows = [["GDP", 200807, 381490], ["第一产业", 13333, 21987]]
    assert set(checked(article, rows, ("指标", "2季度", "上半年"), unit="亿元", kind="grouped").values()) == {"found"}
    wrong = [["GDP", 200807, 381491], ["第一产业", 13333, 21987]]
    assert "missing" in checked(article, wrong, ("指标", "2季度", "上半年"), unit="亿元", kind="grouped").values()


YEARBOOK = "年份\n农业\n工业\n建筑业\n运输业\n1952\n100\n200\n300\n400\n1957\n510\n620\n730\n840\n"


def test_a_flattened_table_row_gives_a_spec_its_first_columns(checked):
    columns = ("年份", "农业", "工业")
    assert set(checked(YEARBOOK, [["1952", 100, 200], ["1957", 510, 620]], columns, unit="亿元",
                       kind="grouped").values()) == {"found"}


def test_a_flattened_table_row_never_passes_a_cell_of_another_column_or_row(checked):
    columns = ("年份", "农业", "工业")
    # 300 and 730 are 建筑业's: one cell a line says nothing of which column a later cell is in
    moved = checked(YEARBOOK, [["1952", 100, 300], ["1957", 510, 730]], columns, unit="亿元", kind="grouped")
    assert moved["1952（工业）300亿元"] != "found" and moved["1957（工业）730亿元"] != "found"
    # the spec names 1952 and 1962, not 1957: 1957's cells are not 1952's
    article = "年份\n农业\n工业\n1952\n100\n200\n1957\n300\n400\n1962\n500\n600\n"
    skipped = checked(article, [["1952", 100, 400], ["1962", 500, 600]], columns, unit="亿元", kind="grouped")
    assert skipped["1952（工业）400亿元"] != "found"


def test_a_qualifier_may_stand_before_the_verb(checked):
    article = "调查中，家庭的平均支出约为16000元，约有41%表示不满意。\n"
    assert checked(article, [["平均支出", "约16000"]], unit="元")["平均支出 约16000元"] == "found"
    assert checked(article, [["不满意", "约41"]])["不满意 约41%"] == "found"
    assert checked(article, [["平均支出", "约17000"]], unit="元")["平均支出 约17000元"] == "missing"
    article = "按行业拆分,金融、互联网行业均超过了19000元;房地产行业超过了17000元。\n"
    assert checked(article, [["金融", "超过19000"], ["房地产", "超过17000"]], unit="元")["金融 超过19000元"] == "found"


def test_a_row_named_in_quotation_marks_is_the_row(checked):
    article = "民调显示，陈市长“团队”施政正向评价为31.2%、负向评价为55.6%，“施政赤字”24.4%。\n"
    columns = ("项目", "正向评价", "负向评价", "施政赤字")
    rows = [["陈市长团队施政", 31.2, 55.6, 24.4], ["议会表现", 20.1, 60.3, 40.2]]
    found = checked(article, rows, columns, kind="grouped")
    assert found["陈市长团队施政（施政赤字）24.4%"] == "found" and found["陈市长团队施政（负向评价）55.6%"] == "found"
    moved = [["陈市长团队施政", 31.2, 24.4, 55.6], ["议会表现", 20.1, 60.3, 40.2]]
    assert checked(article, moved, columns, kind="grouped")["陈市长团队施政（负向评价）24.4%"] != "found"


def test_the_words_after_an_earlier_figure_are_its_label_not_the_next_ones(checked):
    article = "对今年的服务，47.3%的受访者表示满足，31.5%的受访者感觉一般，表示不满意的有12.4%。\n"
    assert checked(article, [["满意", 31.5], ["不满意", 12.4]])["满意 31.5%"] != "found"


POLL = """一、您对本市治安满不满意?
非常满意 22.1%
还算满意 41.0%
不太满意 18.6%
非常不满意 9.4%
很难说 3.6%
未回答 5.3%
二、您对本市交通满不满意?
非常满意 12.5%
还算满意 30.2%
不太满意 28.0%
非常不满意 17.4%
很难说 3.7%
未回答 8.2%
"""


def test_one_chart_one_passage(checked):
    """A poll asks one question after another with the same answers: 很难说 3.7 is the next
    question's, though 很难说 is printed beside this question's other answers too."""
    rows = [["非常满意", 22.1], ["还算满意", 41.0], ["不太满意", 18.6], ["非常不满意", 9.4], ["很难说", 3.6],
            ["未回答", 5.3]]
    assert set(checked(POLL, rows).values()) == {"found"}
    rows[4][1] = 3.7
    assert checked(POLL, rows)["很难说 3.7%"] == "relabelled"
    assert set(checked(POLL, [r for r in rows if r[0] != "很难说"]).values()) == {"found"}


def test_a_row_of_a_list_is_the_one_beside_the_rest_of_the_list(checked):
    """未回答 5.3 stands two lines before the second question's answers, as the first's last;
    the second's own 未回答 line, right after its answers, gives it 8.2."""
    rows = [["非常满意", 12.5], ["还算满意", 30.2], ["不太满意", 28.0], ["非常不满意", 17.4], ["很难说", 3.7],
            ["未回答", 8.2]]
    assert set(checked(POLL, rows).values()) == {"found"}
    rows[5][1] = 5.3
    assert checked(POLL, rows)["未回答 5.3%"] == "relabelled"


def test_a_flattened_table_row_after_the_english_gloss_of_its_label(checked):
    article = "指 标 |\nItem |\n2000 |\n2010 |\n出生率 |\nBirth Rate |\n18.20 |\n15.10 |\n" \
              "自然增长率 |\nNatural\nGrowth Rate |\n11.80 |\n8.90 |\n"
    columns = ("指标", "2000", "2010")
    rows = [["出生率", 18.20, 15.10], ["自然增长率", 11.80, 8.90]]
    assert set(checked(article, rows, columns, unit="‰", kind="grouped").values()) == {"found"}
    wrong = [["出生率", 18.20, 15.10], ["自然增长率", 11.80, 8.80]]
    assert "found" not in {s for w, s in checked(article, wrong, columns, unit="‰", kind="grouped").items() if "8.8" in w}


def test_a_polls_row_named_by_its_date_and_survey_across_the_bar_between_them(checked):
    from tests.article.test_extract_tables import POLL_ROWS
    columns = ("調查", "滿意", "一半半", "唔滿意")
    rows = [["14-15/10/2012 首輪跟進調查", 41.0, 30.5, 28.5], ["13/10/2012 即日調查", 47.2, 28.3, 24.5]]
    assert set(checked(POLL_ROWS, rows, columns, kind="grouped").values()) == {"found"}
    shifted = [["14-15/10/2012 首輪跟進調查", 30.5, 28.5, 41.0], ["13/10/2012 即日調查", 47.2, 28.3, 24.5]]
    assert "found" not in {s for w, s in checked(POLL_ROWS, shifted, columns, kind="grouped").items() if "首輪" in w}


def test_a_polls_base_never_passes_as_an_answer_or_a_rating(checked):
    from tests.article.test_extract_tables import POLL_ROWS
    base = checked(POLL_ROWS, [["13/10/2012 即日調查", 801, 47.2, 28.3]], ("調查", "滿意", "一半半", "唔滿意"), kind="grouped")
    assert "found" not in base.values()
    assert checked(POLL_ROWS, [["13/10/2012 即日調查", 3.3]], ("調查", "平均量值"), unit="")["13/10/2012 即日調查 3.3"] == "found"
    markdown = ("市民对特首评分\n\n| 调查日期 Date of survey | 调查类别 Survey type | 样本数目 Sample base | 评分 Rating |\n"
                "| 12/10/2011 | 即日調查 Instant survey | 816* | 45.2 |\n| 14/10/2011 | 即日調查 Instant survey | 523 | 38.1 |\n")
    assert "found" not in checked(markdown, [["12/10/2011 即日調查", 816], ["14/10/2011 即日調查", 523]], ("调查", "评分"),
                                  unit="分").values()
    assert set(checked(markdown, [["12/10/2011 即日調查", 45.2], ["14/10/2011 即日調查", 38.1]], ("调查", "评分"),
                       unit="分").values()) == {"found"}


def test_a_head_every_row_shares_is_no_rows_label(checked):
    article = ("同2002年比较,高满意度的居民比例(68.2%)略低于上年(70.8%),满意度水平较上年(3.49分)也有小幅回落。"
               "城镇居民满意度水平为3.34分;农村居民满意度水平为3.48分。\n")
    assert checked(article, [["城镇居民", 3.34], ["农村居民", 3.49]], unit="分")["农村居民 3.49分"] != "found"
    assert set(checked(article, [["城镇居民", 3.34], ["农村居民", 3.48]], unit="分").values()) == {"found"}


def test_a_polls_answers_from_one_round_under_a_column_that_does_not_name_it_say_which_round(tmp_path):
    from charts.article.verify import verify_spec
    from charts.spec.read import load_spec

    (tmp_path / "a.txt").write_text(
        "你覺得特首有幾需要處理房屋問題?\n\n調查日期 Date of survey |\n基數 Base |\n好需要 Very important |\n"
        "幾需要 Quite important |\n唔知/難講 Don't know |\n合計 Total |\n"
        "4-6/1/2016 | 1013 | 70.0% | 21.4% | 8.6% | 100.0% |\n2-9/1/2015 | 1545 | 74.1% | 16.0% | 9.9% | 100.0% |\n",
        encoding="utf-8")
    spec = tmp_path / "t.yaml"
    body = "title: t\nkind: bar\nunit: \"%\"\ndata:\n  columns: [看法, {column}]\n  rows:\n    - [好需要, 70.0]\n" \
           "    - [幾需要, 21.4]\nsource: {{publication: 港大民研, article: a.txt}}\n"
    spec.write_text(body.format(column="占比"), encoding="utf-8")
    checks = [c for c in verify_spec(load_spec(spec)) if c.field[0] == "data"]
    assert {c.status for c in checks} == {"relabelled"} and all("4-6/1/2016" in c.instead for c in checks)
    spec.write_text(body.format(column='"4-6/1/2016"'), encoding="utf-8")
    assert {c.status for c in verify_spec(load_spec(spec)) if c.field[0] == "data"} == {"found"}


PRODUCTS = """主要工业产品产量如下:
1994年 比上年增长%
化学纤维 269万吨 13.3
纱 470万吨 -6.3
布 200亿米 -1.5
机制纸及纸板 2000万吨 4.5
"""


def test_a_row_whose_cells_print_their_own_unit_is_read_cell_by_cell(checked):
    columns = ("产品", "1994年", "比上年增长%")
    right = [["化学纤维", 269, 13.3], ["纱", 470, -6.3], ["机制纸及纸板", 2000, 4.5]]
    assert set(checked(PRODUCTS, right, columns, unit="万吨").values()) == {"found"}
    for wrong in ([["化学纤维", 269, 13.3], ["纱", 470, 4.5], ["机制纸及纸板", 2000, -6.3]],  # growths swapped
                  [["化学纤维", 269, 13.3], ["纱", 470, -6.3], ["机制纸及纸板", 2000, 4.6]],  # last digit
                  [["化学纤维", 269, 13.3], ["纱", 470, -6.3], ["布", 200, -1.5]],  # 亿米 charted as 万吨
                  [["化学纤维", 13.3, 13.3], ["纱", 470, -6.3], ["机制纸及纸板", 2000, 4.5]]):  # the next column's
        assert set(checked(PRODUCTS, wrong, columns, unit="万吨").values()) != {"found"}, wrong


def test_a_bar_elsewhere_on_the_line_makes_no_prose_a_table_row(checked):
    article = "行业报告 | 传媒 观影人次走高 ( 16 年银幕同比 33%, 17 年同比 21%),票房创新高。\n"
    assert set(checked(article, [["16 年", 33], ["17 年", 21]]).values()) == {"found"}
    assert set(checked(article, [["16 年", 21], ["17 年", 33]]).values()) == {"relabelled"}


ASIDES = ("2月22日,全社会跨区域人员流动量18530.3万人次,环比下降1.9%,比2024年同期(星期二)增长15.4%。\n"
          "铁路客运量1388.2万人次,环比增长17.1%,比2024年同期增长79.2%。\n"
          "公路人员流动量(包括高速公路小客车出行量、公路营业性客运量)16860万人次,环比下降3.2%,比2024年同期增长11.9%。"
          "细分来看,公路营业性客运量3366万人次,环比增长1.1%,比2024年同期增长5.8%。\n")


def test_an_aside_in_brackets_is_no_label_and_no_end_of_the_clause(checked):
    columns = ("方式", "流动量(万人次)", "环比(%)", "比2024年同期(%)")
    right = [["全社会跨区域人员流动量", 18530.3, -1.9, 15.4], ["铁路客运量", 1388.2, 17.1, 79.2],
             ["公路人员流动量", 16860, -3.2, 11.9], ["公路营业性客运量", 3366, 1.1, 5.8]]
    assert set(checked(ASIDES, right, columns, unit="万人次").values()) == {"found"}
    levels = [row[:] for row in right]
    levels[2][1], levels[3][1] = 3366, 16860  # the row the aside names, swapped with the one it takes in
    changes = [row[:] for row in right]
    changes[0][3], changes[2][3] = 11.9, 15.4
    for wrong in (levels, changes):
        assert "relabelled" in checked(ASIDES, wrong, columns, unit="万人次").values()


def test_half_a_label_is_not_its_clause(checked):
    article = "全年居民消费价格上涨3.0%。其中消费品价格上涨3.4%,服务价格上涨2.3%。从八大类看,食品烟酒类上涨6.3%,生活用品及服务类上涨2.4%。\n"
    assert set(checked(article, [["消费品价格", 3.4], ["服务价格", 2.3]]).values()) == {"found"}
    # 服务 is half of 服务价格: 生活用品及服务类's 2.4% is not the service prices'
    assert checked(article, [["消费品价格", 3.4], ["服务价格", 2.4]])["服务价格 2.4%"] != "found"


def test_a_row_with_a_unit_column_set_out_by_single_spaces(checked):
    article = "主要产品产量\n产品 单位 产量 比上年增长%\n粮食 万吨 1250.6 3.2\n棉花 万吨 45.1 -2.0\n"
    columns = ("产品", "产量", "比上年增长%")
    assert set(checked(article, [["粮食", 1250.6, 3.2], ["棉花", 45.1, -2.0]], columns, unit="万吨").values()) == {"found"}
    assert "found" not in checked(article, [["粮食", 1250.6, -2.0], ["棉花", 45.1, 3.2]], columns, unit="万吨").values()


def test_a_figure_on_another_names_row_line_is_not_this_labels(checked):
    article = ("全年商品零售价格总指数101.9(以上年同期为100)。\n\n表1 居民消费价格指数\n项 目 指数\n"
               "居民消费价格总指数 101.3\n食品烟酒 101.8\n衣着 101.3\n")
    assert checked(article, [["商品零售价格总指数", 101.9]], unit="")["商品零售价格总指数 101.9"] == "found"
    assert checked(article, [["商品零售价格总指数", 101.8]], unit="")["商品零售价格总指数 101.8"] == "relabelled"


def test_a_header_padding_a_short_name_with_a_space_still_names_its_column(checked):
    article = "表3 畜禽产品产量\n产品名称 产 量 比上年增长%\n肉类总产量(吨) 22426.3 -22.4\n禽蛋总产量(吨) 19458.1 15.6\n"
    columns = ("产品名称", "产量", "比上年增长%")
    rows = [["肉类总产量(吨)", 22426.3, -22.4], ["禽蛋总产量(吨)", 19458.1, 15.6]]
    assert set(checked(article, rows, columns, unit="").values()) == {"found"}
    rows[0][1] = -22.4  # the next column's figure
    assert checked(article, rows, columns, unit="")["肉类总产量(吨)（产量）−22.4"] == "relabelled"
    # the cell before taken into the growth column, its header printed with % after it
    rows = [["肉类总产量(吨)", 22426.3, 22426.3], ["禽蛋总产量(吨)", 19458.1, 15.6]]
    columns = ("产品名称", "产量", "比上年增长(%)")
    assert checked(article, rows, columns, unit="")["肉类总产量(吨)（比上年增长(%)）22426.3%"] == "relabelled"



def test_a_figure_of_other_months_than_the_title_names_is_reported(checked):
    article = ("2023年5月,国内市场手机出货量2603.7万部,其中,5G手机2016.9万部,同比增长13.7%。"
               "2023年1-5月,国内市场手机总体出货量累计1.08亿部,其中,5G手机8496.7万部,同比下降1.4%。"
               "全年国内生产总值1260582亿元,高于2022年的1204724亿元。\n")
    title = "2023年5月国内手机出货量"
    assert checked(article, [["5G手机", 2016.9]], unit="万部", title=title)["5G手机 2016.9万部"] == "found"
    assert checked(article, [["5G手机", 8496.7]], unit="万部", title=title)["5G手机 8496.7万部"] == "relabelled"
    # a row naming its own months is dated by them; a year alone is not compared (高于2022年的…)
    assert checked(article, [["2023年1-5月", 8496.7]], unit="万部", title=title)["2023年1-5月 8496.7万部"] == "found"
    assert checked(article, [["国内生产总值", 1260582]], unit="亿元", title="2023年经济")["国内生产总值 1260582亿元"] == "found"
