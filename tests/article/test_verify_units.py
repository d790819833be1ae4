"""verify reads a figure's unit where an editor states it: a column header's bracket (规模(亿),
播种面积(公顷), 较上年提升(个百分点)), and an index that has no unit to print at all."""

from __future__ import annotations


def test_a_header_giving_only_the_magnitude_is_the_unit_of_its_column(checked):
    article = "截至去年底，全市网民规模达1.86亿，较上年新增网民1265万，互联网普及率为76.2%。\n"
    columns = ("指标", "规模(亿)", "较上年新增(万)")
    assert set(checked(article, [["网民", 1.86, 1265]], columns, unit="亿/万", kind="grouped").values()) == {"found"}
    swapped = checked(article, [["网民", 1265, 1.86]], columns, unit="亿/万", kind="grouped")
    assert "found" not in swapped.values()


def test_hectares_and_points_in_a_header_are_units(checked):
    article = "全年蔬菜播种面积2816公顷，产量91375吨；城镇地区普及率较上年提升2.7个百分点。\n"
    columns = ("作物", "播种面积(公顷)", "产量(吨)")
    assert set(checked(article, [["蔬菜", 2816, 91375]], columns, unit="公顷/吨", kind="grouped").values()) == {"found"}
    points = ("地区", "较上年提升(个百分点)")
    assert checked(article, [["城镇地区", 2.7]], points, unit="%")["城镇地区 2.7个百分点"] == "found"


def test_an_index_is_printed_without_a_unit(checked):
    article = "今年各分项指数平均值分别为:就业(61.35)、住房(42.18)、医疗(57.06)。综合指数平均值为55.27。\n"
    rows = [["就业", 61.35], ["住房", 42.18], ["医疗", 57.06], ["综合指数平均值", 55.27]]
    assert set(checked(article, rows, unit="指数").values()) == {"found"}
    assert checked(article, [["就业", 42.18], ["住房", 61.35]], unit="指数")["就业 42.18指数"] == "relabelled"
    assert checked(article, [["就业", 61.36]], unit="指数")["就业 61.36指数"] == "missing"


def test_a_row_label_bracketing_its_unit_is_named_without_it(checked):
    article = "二、门诊病人\n全省医院共1.25万所，比上年增加312所。全年门诊病人386.47万人，比上年减少2.17万人。\n"
    units = {"医院(万所)": "万所", "门诊病人(万人)": "万人"}
    found = checked(article, [["医院(万所)", 1.25], ["门诊病人(万人)", 386.47]], unit=units)
    assert set(found.values()) == {"found"}
    changed = checked(article, [["医院(万所)", 1.25], ["门诊病人(万人)", 2.17]], unit=units)
    assert changed["门诊病人(万人) 2.17万人"] != "found"


def test_a_header_unit_in_traditional_script(checked):
    article = "全港低收入住戶有16.9萬戶，佔整體6.3%。\n"
    columns = ("指標", "住戶數目(萬戶)", "佔整體(%)")
    assert set(checked(article, [["低收入住戶", 16.9, 6.3]], columns, kind="grouped").values()) == {"found"}


def test_a_header_unit_is_no_part_of_the_words_naming_the_column(checked):
    article = "全市职工月平均工资为6120元，上年为5880元。\n"
    columns = ("指标", "本年(元)", "上年(元)")
    assert set(checked(article, [["职工月平均工资", 6120, 5880]], columns, unit="元", kind="grouped").values()) == {"found"}
    swapped = checked(article, [["职工月平均工资", 5880, 6120]], columns, unit="元", kind="grouped")
    assert "found" not in swapped.values()


def test_thousands_grouped_by_commas(checked):
    article = "本市住户每月收入中位数为31,800元，按月下跌300元。\n"
    assert checked(article, [["收入中位数", 31800]], unit="元")["收入中位数 31800元"] == "found"
    assert checked(article, [["收入中位数", 31801]], unit="元")["收入中位数 31801元"] == "missing"


def test_a_header_inside_a_longer_one_or_before_a_list_gives_no_level_of_its_own(checked):
    article = "从水质看，表示“满意”和“有改善”的分别占52.3%和26.7%，不满意18.2%。\n"
    columns = ("项目", "满意", "有改善", "不满意")
    # 不满意18.2% is 不满意's; 满意”和“有改善”的分别占52.3% is the list's
    assert set(checked(article, [["水质", 52.3, 26.7, 18.2]], columns, kind="grouped").values()) == {"found"}


_YEARBOOK = ("1-5  总量指标\n\n指  标            Item                 2006      2007\n"
             "人  口(万人)      Population (10 000 persons)\n"
             "年末常住人口      Year-end Population  2808.00   2816.00\n"
             "#城镇人口           Urban              1311.29   1361.35\n"
             "本市生产总值(亿元)Gross Domestic Product 3452.14   4122.51\n"
             "  第一产业          Primary Industry     386.38    482.39\n")


def test_a_table_row_in_another_unit_than_the_table_states_fails(checked):
    columns = ("指标", "2006", "2007")
    right = [["年末常住人口", 2808.00, 2816.00], ["城镇人口", 1311.29, 1361.35]]
    assert set(checked(_YEARBOOK, right, columns, unit="万人", kind="grouped").values()) == {"found"}
    for unit in ("人", "千人", "亿人"):  # the group's line (人  口(万人)) gives its rows' scale
        assert "found" not in checked(_YEARBOOK, right, columns, unit=unit, kind="grouped").values()
    parts = [["本市生产总值", 3452.14, 4122.51], ["第一产业", 386.38, 482.39]]
    marked = _YEARBOOK.replace("  第一产业", "  #第一产业")  # 第一产业 marked as the row above's part
    assert set(checked(marked, parts, columns, unit="亿元", kind="grouped").values()) == {"found"}
    assert set(checked(marked, parts, columns, unit="万元", kind="grouped").values()) == {"relabelled"}
    # set in only (a page's layout, which centred PDFs vary): the part's unit is not judged
    assert set(checked(_YEARBOOK, parts[1:], columns, unit="亿元", kind="grouped").values()) == {"found"}


def test_a_caption_listing_units_and_a_header_of_one_unit_state_a_tables_unit(checked):
    listed = "表3 样本配置  單位:人、%\n\n地區 | 樣本數 | 比例\n北部 | 1257 | 9.6\n南部 | 1623 | 12.4\n"
    assert set(checked(listed, [["北部", 1257], ["南部", 1623]], unit="人").values()) == {"found"}
    assert set(checked(listed, [["北部", 1257], ["南部", 1623]], unit="万人").values()) == {"relabelled"}
    header = "薪资较低的专业\n\n专业名称   平均月收入(元)\n临床医学   2339\n护理学     2503\n"
    assert set(checked(header, [["临床医学", 2339], ["护理学", 2503]], unit="元").values()) == {"found"}
    assert set(checked(header, [["临床医学", 2339], ["护理学", 2503]], unit="万元").values()) == {"relabelled"}
    # a column of rates beside rows of counts takes its unit from its own header, not the rows'
    growth = "主要指标\n\n指标 | 总量(亿元) | 增长(%)\n工业 | 1200.5 | 6.1\n建筑业 | 300.2 | 4.3\n"
    assert set(checked(growth, [["工业", 6.1], ["建筑业", 4.3]], ("指标", "增长"), unit="%").values()) == {"found"}


def test_what_a_table_leaves_in_doubt_is_not_judged(checked):
    """Second reading: layouts where the unit of a row is not the one a line above states."""
    unit_column = ("表1  2023年主要农产品产量及其增长速度\n\n产品名称        单位      产量      比上年增长(%)\n"
                   "粮食            万吨      1250.3    1.2\n油料            万吨      80.6      -0.5\n")
    assert set(checked(unit_column, [["粮食", 1250.3], ["油料", 80.6]], ("产品名称", "产量"), "万吨").values()) == {"found"}
    assert set(checked(unit_column, [["粮食", 1250.3], ["油料", 80.6]], ("产品名称", "产量"), "吨").values()) == {"relabelled"}
    two_tables = ("2023年主要农产品产量\n单位:万吨\n品种 | 产量\n粮食 | 1250.3\n油料 | 80.6\n\n"
                  "2023年年末主要牲畜存栏\n品种 | 存栏(万头)\n生猪 | 3120.5\n牛 | 210.4\n")
    assert set(checked(two_tables, [["生猪", 3120.5], ["牛", 210.4]], unit="万头").values()) == {"found"}
    for above in ("发布单位:市统计局", "注:上表价格单位:元/公斤"):
        text = f"{above}\n\n地区 | 地区生产总值(亿元)\n东城 | 3012.5\n西城 | 5710.3\n"
        assert set(checked(text, [["东城", 3012.5], ["西城", 5710.3]], unit="亿元").values()) == {"found"}
    no_indent = _YEARBOOK.replace("  第一产业", "第一产业")  # a copy that lost its indents
    assert set(checked(no_indent, [["第一产业", 386.38, 482.39]], ("指标", "2006", "2007"), "亿元",
                       "grouped").values()) == {"found"}
    columns = "专业名称   毕业生人数   平均月收入(元)\n软件工程   1200   8200\n临床医学   900   7100\n"
    assert set(checked(columns, [["软件工程", 1200], ["临床医学", 900]], ("专业名称", "毕业生人数"), "人").values()) == {"found"}
    points = "指标 | 2023年 | 比上年增减(百分点)\n城镇化率(%) | 66.2 | 0.9\n户籍人口城镇化率(%) | 50.1 | 1.1\n"
    assert set(checked(points, [["城镇化率", 0.9], ["户籍人口城镇化率", 1.1]], ("指标", "比上年增减"), "个百分点").values()) == {"found"}
    assert set(checked("地区 | 住宅均价(元/平方米)\n东城 | 98000\n西城 | 105000\n", [["东城", 98000], ["西城", 105000]],
                       unit="元/m²").values()) == {"found"}


def test_a_column_headed_at_another_scale_than_the_tables_header_fails(checked):
    text = "居民收入\n\n指标名称 | 绝对值(元) | 增长(%) |\n居民人均可支配收入 | 10463 | 8.5 |\n#工资性收入 | 6430 | 7.9 |\n"
    rows = [["居民人均可支配收入", 10463, 8.5], ["工资性收入", 6430, 7.9]]
    assert set(checked(text, rows, ("指标", "绝对值(元)", "增长(%)"), unit="", kind="grouped").values()) == {"found"}
    scaled = checked(text, rows, ("指标", "绝对值(万元)", "增长(%)"), unit="", kind="grouped")
    assert sorted(scaled.values()) == ["found", "found", "relabelled", "relabelled"]


def test_multiples_and_bases_as_a_second_reading_tried_them(checked):
    """Second and third readings of the unit rules: multiples parsed whole (百萬, 亿千瓦时, not 千 of
    千瓦时); a rate column's header before a row's own unit, a row's own unit before an amount
    column's header."""
    kwh = "指标  单位  数值\n发电量  亿千瓦时  312.5\n用电量  亿千瓦时  280.1\n"
    assert set(checked(kwh, [["发电量", 312.5], ["用电量", 280.1]], unit="千瓦时").values()) == {"relabelled"}
    million = "單位:百萬美元\n\n地區 | 出口\n香港 | 4795 |\n澳門 | 120 |\n"
    assert set(checked(million, [["香港", 4795], ["澳門", 120]], unit="億美元").values()) == {"relabelled"}
    header = "地区 | 地区生产总值(亿元)\n东城 | 3012.5\n西城 | 5710.3\n"
    for unit, status in (("万元", "relabelled"), ("%", "relabelled"), ("亿元人民币", "found"), ("", "found")):
        # another multiple, or a rate for an amount, fails; other words for a unit, or none, are not judged
        assert set(checked(header, [["东城", 3012.5], ["西城", 5710.3]], ("地区", "地区生产总值"), unit).values()) == {status}
    group = "| 指标 | 2022年 | 2023年 |\n|---|---|---|\n| 人口(万人) | | |\n| 年末常住人口 | 2188.6 | 2185.8 |\n| 城镇人口 | 1912.8 | 1916.1 |\n"
    rows = [["年末常住人口", 2188.6, 2185.8], ["城镇人口", 1912.8, 1916.1]]
    assert set(checked(group, rows, ("指标", "2022年", "2023年"), "人", "grouped").values()) == {"relabelled"}
    scale = "| 指标 | 规模(亿) | 使用率(%) |\n| 网络视频 | 10.67 | 97.7 |\n| 短视频 | 10.53 | 96.4 |\n"
    assert set(checked(scale, [["网络视频", 10.67], ["短视频", 10.53]], ("指标", "规模"), "万").values()) == {"relabelled"}
    own = "| 指标 | 2023年(亿元) | 比上年增长(%) |\n| 地区生产总值 | 4122.5 | 5.2 |\n| 人均地区生产总值(元) | 98000 | 5.0 |\n"
    assert set(checked(own, [["人均地区生产总值", 98000]], ("指标", "2023年"), "元").values()) == {"found"}
    spaced = "单位:万人\n\n项目       2022     2023\n外  国  人  125.3  380.6\n港澳台同胞  210.4  450.2\n"
    assert set(checked(spaced, [["外国人", 125.3, 380.6], ["港澳台同胞", 210.4, 450.2]], ("项目", "2022", "2023"),
                       "万人", "grouped").values()) == {"found"}
    caption = "表1  受访者基本情况(%)\n\n项目 | 男 | 女\n样本量 | 612 | 588\n"
    assert set(checked(caption, [["样本量", 612, 588]], ("项目", "男", "女"), "人", "grouped").values()) == {"found"}


def test_a_growth_column_keeps_its_header_and_a_captions_unit_yields_to_a_columns(checked):
    growth = "指标 | 绝对值 | 比上年增长(%)\n地区生产总值(亿元) | 4012.5 | 5.3\n常住人口(万人) | 1012.3 | 0.4\n"
    assert set(checked(growth, [["地区生产总值", 5.3]], ("指标", "比上年增长"), "亿元").values()) == {"relabelled"}
    assert set(checked(growth, [["地区生产总值", 5.3]], ("指标", "比上年增长"), "%").values()) == {"found"}
    caption = ("表5  2023年规模以上工业企业主要指标\n单位:亿元\n\n行业 | 营业收入 | 利润总额 | 人均薪酬(元)\n"
               "制造业 | 12503.2 | 812.1 | 98000\n采矿业 | 860.3 | 312.5 | 112000\n")
    assert set(checked(caption, [["制造业", 98000], ["采矿业", 112000]], ("行业", "人均薪酬"), "元").values()) == {"found"}


def test_bulletin_measures_in_a_header_are_units(checked):
    article = "全省年平均降水量1374.7毫米；年末生猪存栏36.16万头；特首的评分为57.4分。\n"
    assert checked(article, [["全省", 1374.7]], ("地区", "年降水量(毫米)"), unit="")["全省 1374.7毫米"] == "found"
    assert checked(article, [["生猪存栏", 36.16]], ("项目", "头数(万头)"), unit="")["生猪存栏 36.16万头"] == "found"
    assert checked(article, [["生猪存栏", 36.16]], ("项目", "头数(头)"), unit="")["生猪存栏 36.16头"] == "missing"
    assert checked(article, [["特首", 57.4]], ("人物", "评分(分)"), unit="")["特首 57.4分"] == "found"


def test_an_index_base_named_as_the_unit_is_printed_bare(checked):
    article = "常州市地区生产总值指数(1978=100)\n年份  地区生产总值  第一产业\n1984  190.4  169.2\n1994  770.7  200.4\n"
    rows = [["1984", 190.4, 169.2], ["1994", 770.7, 200.4]]
    found = checked(article, rows, ("年份", "地区生产总值", "第一产业"), unit="1978=100", kind="grouped")
    assert set(found.values()) == {"found"} and "1984（地区生产总值）190.4(1978=100)" in found
    wrong = checked(article, [["1984", 190.5, 169.2]], ("年份", "地区生产总值", "第一产业"), unit="1978=100", kind="grouped")
    assert wrong["1984（地区生产总值）190.5(1978=100)"] != "found"  # the row has 190.4 under 地区生产总值


def test_a_score_or_points_may_be_printed_bare_or_with_its_unit(checked):
    """满意度值为79.2 and 生活信心(86.77) are scores the spec charts in 分; 85.4分 prints it; a figure
    in another unit (75.3%) is no score."""
    article = ("调查中,满意度值为79.2。感受度由高到低分别是生活信心(86.77)、家庭环境(86.60)。"
               "从绿化看,满意度较高,为85.4分;综合满意度为75.3%。\n")
    rows = [["满意度值", 79.2], ["生活信心", 86.77], ["绿化", 85.4]]
    assert set(checked(article, rows, unit="分").values()) == {"found"}
    assert checked(article, [["综合满意度", 75.3]], unit="分")["综合满意度 75.3分"] == "missing"
    assert checked(article, [["生活信心", 86.6], ["家庭环境", 86.77]], unit="分")["家庭环境 86.77分"] == "relabelled"


def test_a_fall_under_a_header_that_names_it_is_charted_unsigned(checked):
    """比上年減少10.02萬人,減少0.29%: under 減少(%) the spec gives 0.29, as under 增长(%) it gives -0.29."""
    article = "截至2021年末,全省常住人口為3480.48萬人,比上年減少10.02萬人,減少0.29%。\n"
    columns = ("指標", "數值(萬人)", "比上年減少(萬人)", "減少(%)")
    assert set(checked(article, [["常住人口", 3480.48, 10.02, 0.29]], columns, unit="").values()) == {"found"}
    assert checked(article, [["常住人口", 3480.48, 10.02, 0.28]], columns, unit="")["常住人口（減少(%)）0.28%"] != "found"


def test_a_score_column_is_no_share_of_its_row(checked):
    """A poll's rows (8-9/1/03 695* 2.9% 17.8% … 2.8 561 0.1) under a header a name a line, 平均量值**
    with a footnote's mark: the score 2.8 is under it, and the share 2.9% is no score 2.9分."""
    article = ("調查日期\n本題基數\n非常滿意\n幾滿意\n一半半\n平均量值**\n基數\n"
               "7/1/04 381* 3.2% 21.9% 26.4% 2.8 322\n"
               "8-9/1/03 695* 2.9% 17.8% 29.1% 2.8 561\n"
               "11/10/00 262* 1.1% 24.0% 27.5% 2.9 219\n")
    rows = [["7/1/04", 2.8], ["8-9/1/03", 2.8], ["11/10/00", 2.9]]
    assert set(checked(article, rows, ("調查日期", "平均量值"), unit="分").values()) == {"found"}
    tampered = checked(article, [["7/1/04", 2.8], ["8-9/1/03", 2.9], ["11/10/00", 2.9]], ("調查日期", "平均量值"), unit="分")
    assert tampered["8-9/1/03 2.9分"] != "found"


def test_a_bare_score_is_only_the_one_its_clause_names(checked):
    """教育满意度为32,医疗满意度为28: 32 is no score of 医疗满意度; 较2022年的85.4 is no score of this year."""
    assert checked("该区共有学校32所,教育满意度为32,医疗满意度为28。\n", [["医疗满意度", 32]], unit="分") != {"医疗满意度 32分": "found"}
    assert checked("全市营商环境满意度为86.2,较2022年的85.4提高0.8。\n", [["营商环境满意度", 85.4]], unit="分") \
        != {"营商环境满意度 85.4分": "found"}


def test_a_change_in_the_levels_own_unit_against_a_named_time(checked):
    """即時通信用戶規模達8.96億,較2018年底增長1.04億: a chart of the changes (比2018年底增減) finds 1.04億
    past the level 8.96億 in the same unit; the other row's change fails."""
    article = ("截至2020年3月,我國即時通信用戶規模達8.96億,較2018年底增長1.04億,占網民整體的99.2%;"
               "手機即時通信用戶規模達8.90億,較2018年底增長1.13億,占手機網民的99.2%。\n")
    columns = ("指標", "比2018年底增減")
    rows = [["我國即時通信用戶規模", 1.04], ["手機即時通信用戶規模", 1.13]]
    assert set(checked(article, rows, columns, unit="億").values()) == {"found"}
    swapped = [["我國即時通信用戶規模", 1.13], ["手機即時通信用戶規模", 1.04]]
    assert "found" not in checked(article, swapped, columns, unit="億").values()


def test_a_row_cut_one_cell_per_line_is_read_past_its_unit_cell(checked):
    """财政总收入 / 万元 / 52364 / 42022: the 单位 column's cell between a row's label and its
    figures is the row's unit; a chart giving the figures in another unit fails."""
    cells = ["表5:财政收支情况", "单位", "2008年", "2007年", "增长%",
             "财政总收入", "万元", "52364", "42022", "24.6",
             "营业税", "万元", "6061", "5095", "18.9"]
    article = "\n\n".join(cells) + "\n"
    rows = [["财政总收入", 52364, 42022], ["营业税", 6061, 5095]]
    assert set(checked(article, rows, ("指标", "2008年", "2007年"), unit="万元", kind="grouped").values()) == {"found"}
    for unit in ("亿元", "%"):  # another multiple, or a rate for an amount
        other = checked(article, rows, ("指标", "2008年", "2007年"), unit=unit, kind="grouped")
        assert set(other.values()) == {"relabelled"}
    # the growth column's header gives its own unit: the row's 万元 says nothing of it, and a chart
    # giving the growth in 万元 fails on it
    for name in ("增长(%)", "增长"):
        growth = checked(article, [["财政总收入", 24.6], ["营业税", 18.9]], ("指标", name), unit="%")
        assert set(growth.values()) == {"found"}
    assert "found" not in checked(article, [["财政总收入", 24.6], ["营业税", 18.9]], ("指标", "增长"), unit="万元").values()
    numbered = article.replace("财政总收入", "一。财政总收入")  # a row the page numbered 一。
    assert set(checked(numbered, rows, ("指标", "2008年", "2007年"), unit="万元", kind="grouped").values()) == {"found"}


def test_a_groups_measure_is_the_column_in_the_charts_unit(checked):
    """全体居民 / 城镇居民 over 绝对值(元) 同比增速(%) …, cut one cell per line: a chart of the growth
    names its columns by the groups (城镇居民, in %): the growth cells, not the 元 beside them."""
    cells = ["指标名称", "全体居民", "城镇居民", "绝对值(元)", "同比 增速(%)", "绝对值(元)", "同比 增速(%)",
             "(一)人均可支配收入", "72898", "4.6", "83579", "4.0",
             "1、工资性收入", "40850", "4.2", "46253", "3.7",
             "2、经营净收入", "15771", "5.6", "16321", "5.0"]
    article = "三、居民收入和消费支出\n" + "\n".join(f"{c} |" for c in cells) + "\n"
    columns = ("指标名称", "全体居民", "城镇居民")
    growth = [["工资性收入", 4.2, 3.7], ["经营净收入", 5.6, 5.0]]
    assert set(checked(article, growth, columns, unit="%", kind="grouped").values()) == {"found"}
    levels = [["工资性收入", 40850, 46253], ["经营净收入", 15771, 16321]]
    assert set(checked(article, levels, columns, unit="元", kind="grouped").values()) == {"found"}
    moved = checked(article, [["工资性收入", 4.2, 46253], ["经营净收入", 5.6, 5.0]], columns, unit="%", kind="grouped")
    assert moved["工资性收入（城镇居民）46253%"] != "found"


def test_a_row_named_by_a_measure_word_is_a_row_where_no_column_holds_units(checked):
    """台 (Taiwan) after 入境游客's line is the next row, not 入境游客's unit: no 单位 column heads
    the table, so 20 and 26 are 台's, and 入境游客 has none of its own."""
    cells = ["表3 2023年入境游客情况", "地区", "2022年", "2023年", "入境游客", "台", "20", "26", "港", "120", "150"]
    article = "\n".join(cells) + "\n"
    columns = ("地区", "2022年", "2023年")
    found = checked(article, [["入境游客", 20, 26], ["港", 120, 150]], columns, unit="万人次", kind="grouped")
    assert found["入境游客（2022年）20万人次"] != "found"
    assert checked(article, [["台", 20, 26], ["港", 120, 150]], columns, unit="万人次", kind="grouped")["台（2022年）20万人次"] == "found"


def test_a_rate_per_thousand_in_a_header_is_a_unit(checked):
    article = "表2 人口变动\n年份 | 出生率(‰) | 死亡率(‰) |\n2022 | 6.77 | 7.37 |\n2023 | 6.39 | 7.87 |\n"
    rows = [["2022", 6.77, 7.37], ["2023", 6.39, 7.87]]
    columns = ("年份", "出生率", "死亡率")
    assert set(checked(article, rows, columns, unit="‰", kind="grouped").values()) == {"found"}
    assert "found" not in checked(article, rows, columns, unit="%", kind="grouped").values()  # no share


def test_a_dollar_sign_before_the_figure_is_its_unit(checked):
    """Hong Kong's and Taiwan's releases print money after a sign ($19,800, $2.25萬, HK$80.1): found
    in 元 and 万元 (and US$ only in 美元), never at another scale (2.25元 is not $2.25萬) or as another
    row's, and a figure changed in its last digit is missing."""
    article = "每月工資中位數為$19,800,較去年的$19,100上升3.5%。男性僱員每月中位數是$2.25萬;女性僱員是$1.75萬。時薪HK$80.1。\n"
    assert set(checked(article, [["每月工資中位數", 19800], ["時薪", 80.1]], unit="元").values()) == {"found"}
    assert set(checked(article, [["男性僱員", 2.25], ["女性僱員", 1.75]], unit="萬元").values()) == {"found"}
    assert "found" not in checked(article, [["男性僱員", 2.25], ["女性僱員", 1.75]], unit="元").values()
    assert "found" not in checked(article, [["男性僱員", 1.75], ["女性僱員", 2.25]], unit="萬元").values()
    assert checked(article, [["每月工資中位數", 19801]], unit="元")["每月工資中位數 19801元"] == "missing"
    assert "found" not in checked(article, [["每月工資中位數", 19800]], unit="美元").values()


def test_a_dollar_sign_passes_no_other_currency_scale_or_bound(checked):
    """A hostile reading's cases: the sign of another currency (US$, S$, 美$, NT$ for 港元), a scale
    or a suffix after the figure (萬億, 兆, 仟, k), a qualifier or bound (逾$, 近$, $…以上, $…多) and
    a range's ends ($15,000-$20,000, $15000至$20000) never pass as the spec's exact figure."""
    rows = [["男性僱員", 19800], ["女性僱員", 17000]]
    for article, unit in (("男性僱員為US$19800,女性僱員為US$17000。", "元"), ("男性僱員為S$19800,女性僱員為S$17000。", "元"),
                          ("男性僱員為美$19800,女性僱員為美$17000。", "元"), ("男性僱員為NT$19800,女性僱員為NT$17000。", "港元"),
                          ("男性僱員逾$19800,女性僱員約$17000。", "元"), ("男性僱員為$19800以上,女性僱員為$17000多。", "元"),
                          ("男性僱員介乎$15000至$19800,女性僱員介乎$12,000-$17,000。", "元"),
                          ("男性僱員為$19800k,女性僱員為$17000仟。", "元")):
        assert "found" not in checked(article + "\n", rows, unit=unit).values(), article
    assert "found" not in checked("男性僱員為$19800萬億,女性僱員為$17000萬億。\n", rows, unit="萬元").values()
    assert set(checked("男性僱員為US$19800,女性僱員為US$17000。\n", rows, unit="美元").values()) == {"found"}


def test_a_table_cell_s_own_currency_sign_is_its_unit(checked):
    """| US$17,000 | is in 美元: no 元 or 港元 spec finds it; | $17,000 | is found in 元, a swap is not."""
    table = "性別 | 中位數\n男性僱員 | {a}17,000\n女性僱員 | {a}19,800\n"
    rows = [["男性僱員", 17000], ["女性僱員", 19800]]
    assert "found" not in checked(table.format(a="US$"), rows, columns=("性別", "中位數"), unit="元").values()
    assert "found" not in checked(table.format(a="US$"), rows, columns=("性別", "中位數"), unit="港元").values()
    assert set(checked(table.format(a="US$"), rows, columns=("性別", "中位數"), unit="美元").values()) == {"found"}
    assert set(checked(table.format(a="$"), rows, columns=("性別", "中位數"), unit="元").values()) == {"found"}
    swapped = [["男性僱員", 19800], ["女性僱員", 17000]]
    assert "found" not in checked(table.format(a="$"), swapped, columns=("性別", "中位數"), unit="元").values()


def test_a_table_in_one_currency_charted_in_another_fails(checked):
    """The currency a caption or a header names is the table's, its cells printing $ or not:
    美元 charted as 港元 or 元 fails; a bare $ is the caption's dollar, found in 美元."""
    rows, columns = [["工程師", 5200], ["文員", 2800]], ("職位", "月薪")
    for cell in ("", "$"):
        captioned = f"表一 各職位月薪中位數（美元）\n| 職位 | 月薪 |\n| 工程師 | {cell}5,200 |\n| 文員 | {cell}2,800 |\n"
        assert set(checked(captioned, rows, columns=columns, unit="美元").values()) == {"found"}
        for other in ("港元", "元", "新台币"):
            assert "found" not in checked(captioned, rows, columns=columns, unit=other).values(), (cell, other)
    headed = "| 職位 | 月薪(美元) | 年薪(美元) |\n| 工程師 | 5,200 | 62,400 |\n| 文員 | 2,800 | 33,600 |\n"
    assert "found" not in checked(headed, rows, columns=columns, unit="港元").values()
    assert set(checked(headed, rows, columns=columns, unit="美元").values()) == {"found"}
    # 港幣 and 港元 are one currency; a Hong Kong table's 元 is its dollar
    assert set(checked(headed.replace("美元", "港幣"), rows, columns=columns, unit="港元").values()) == {"found"}
    assert set(checked(headed.replace("美元", "元"), rows, columns=columns, unit="港元").values()) == {"found"}
    # a sign naming its currency: HK$ is found in 港元 and in a local 元, never in 美元
    signed = "| 職位 | 月薪 |\n| 工程師 | HK$5,200 |\n| 文員 | HK$2,800 |\n"
    assert set(checked(signed, rows, columns=columns, unit="元").values()) == {"found"}
    assert "found" not in checked(signed, rows, columns=columns, unit="美元").values()


def test_a_cell_printing_its_own_unit_is_read_in_its_row_s_order(checked):
    """钢 9153.2万吨 2.2: the level with its unit, then the growth; each in its column."""
    article = ("原油 1.46亿吨 1.0\n发电量 9200亿千瓦时 9.6\n钢 9153.2万吨 2.2\n钢材 8003.6万吨 3.7\n"
               "十种有色金属 375.2万吨 7.5\n水泥 4.05亿吨 10.1\n木材 6100万立方米-4.5\n硫酸 1494.7万吨 11.8\n")
    columns, rows = ("产品", "1994年(万吨)", "比上年增长(%)"), [["钢", 9153.2, 2.2], ["钢材", 8003.6, 3.7]]
    assert set(checked(article, rows, columns=columns, unit="", kind="grouped").values()) == {"found"}
    swapped = checked(article, [["钢", 9153.2, 3.7], ["钢材", 8003.6, 2.2]], columns=columns, unit="", kind="grouped")
    growths = [status for what, status in swapped.items() if "3.7" in what or "2.2" in what]
    assert len(growths) == 2 and "found" not in growths


def test_every_dollar_the_sign_table_names_is_found_by_its_sign_and_no_other(checked):
    """The grammar's one table of dollar signs serves prose as well as cells: S$ is 新加坡元's, US$ 美金's."""
    rows = [["男性僱員", 19800], ["女性僱員", 17000]]
    for sign, unit in (("S$", "新加坡元"), ("US$", "美金"), ("MOP$", "澳門幣"), ("NT$", "新台幣")):
        article = f"男性僱員為{sign}19800,女性僱員為{sign}17000。\n"
        assert set(checked(article, rows, unit=unit).values()) == {"found"}, (sign, unit)
        assert "found" not in checked(article, rows, unit="港元").values(), sign
