"""verify's label rules as the corpus showed them: figures whose labels stand apart from them
(分别 lists, ratios, a table's cells in prose), a clause read near before wide, falls given as
negative figures, two periods of one label. Each rule with the slip it must still catch."""

from __future__ import annotations


def statuses(found: dict[str, str]) -> set[str]:
    return set(found.values())


def test_a_respective_list_pairs_labels_and_figures_in_order(checked):
    article = "问及假期安排，选择短途自驾和出境旅游的分别占34.2%和12.7%，其余受访者留在本地。\n"
    assert statuses(checked(article, [["短途自驾", 34.2], ["出境旅游", 12.7]])) == {"found"}
    # 34.2%'s clause holds both labels; its place in the list says whose it is
    assert statuses(checked(article, [["短途自驾", 12.7], ["出境旅游", 34.2]])) == {"relabelled"}


def test_a_respective_list_with_its_unit_once_and_its_labels_a_clause_before(checked):
    article = "与五年前相比，空调、热水器及洗碗机的拥有率，分别提高4.1、3.6及2.2个百分点。\n"
    rows = [["空调", 4.1], ["热水器", 3.6], ["洗碗机", 2.2]]
    assert statuses(checked(article, rows, unit="个百分点")) == {"found"}
    swapped = [["空调", 3.6], ["热水器", 4.1], ["洗碗机", 2.2]]
    assert checked(article, swapped, unit="个百分点")["空调 3.6个百分点"] == "relabelled"


def test_a_label_holding_a_conjunction_stays_one_item_of_the_list(checked):
    article = "按学历看，初中及以下、高中和中专、本科的受访者分别占8.5%、27.3%、64.2%。\n"
    rows = [["初中及以下", 8.5], ["高中和中专", 27.3], ["本科", 64.2]]
    assert statuses(checked(article, rows)) == {"found"}


def test_the_figures_own_clause_decides_before_the_sentence(checked):
    article = "调查中，68.0%的受访者认为运动有益身心，需要坚持，41.5%的受访者坦言工作太忙，难以坚持。\n"
    rows = [["运动有益身心，需要坚持", 68.0], ["工作太忙，难以坚持", 41.5]]
    assert statuses(checked(article, rows)) == {"found"}
    assert statuses(checked(article, [["运动有益身心，需要坚持", 41.5], ["工作太忙，难以坚持", 68.0]])) == {"relabelled"}


def test_a_figure_in_another_unit_does_not_end_the_clause(checked):
    article = "数据显示，37.9%的受访者每周锻炼3次以上。\n"
    assert checked(article, [["每周锻炼3次以上", 37.9]]) == {"每周锻炼3次以上 37.9%": "found"}


def test_what_a_respondent_said_after_a_comma_is_the_label(checked):
    article = "52.6%的受访者表示，最看重的是通勤时间。\n"
    assert checked(article, [["最看重的是通勤时间", 52.6]]) == {"最看重的是通勤时间 52.6%": "found"}


def test_a_share_in_words_restated_in_a_bracket(checked):
    article = "近半数(48.3%)的受访者认为社区服务有所改进。\n"
    assert checked(article, [["社区服务有所改进", 48.3]]) == {"社区服务有所改进 48.3%": "found"}
    article = "受访者中有近七成愿意参加志愿活动，不愿意的占两成多。\n"
    assert statuses(checked(article, [["愿意参加志愿活动", "近七成"], ["不愿意", "两成多"]])) == {"found"}


def test_a_ratio_gives_the_rows_in_order(checked):
    article = "在本次调查的样本中，男女比例为51.7:48.3，与上次调查大致持平。\n"
    assert statuses(checked(article, [["男", 51.7], ["女", 48.3]])) == {"found"}
    assert "found" not in checked(article, [["男", 48.3], ["女", 51.7]]).values()
    article = "全年三次产业结构调整为7.2:38.5:54.3。\n"
    assert statuses(checked(article, [["第一产业", 7.2], ["第二产业", 38.5], ["第三产业", 54.3]])) == {"found"}
    assert "found" not in checked(article, [["第一产业", 7.2], ["第二产业", 38.6], ["第三产业", 54.3]]).values()


def test_a_ratio_of_shares_with_their_signs(checked):
    article = "轨道交通、地面公交、出租汽车客运结构比为22.3%∶55.1%∶22.6%。\n"
    rows = [["轨道交通", 22.3], ["地面公交", 55.1], ["出租汽车", 22.6]]
    assert statuses(checked(article, rows)) == {"found"}
    swapped = checked(article, [["轨道交通", 55.1], ["地面公交", 22.3], ["出租汽车", 22.6]])
    assert swapped["轨道交通 55.1%"] == swapped["地面公交 22.3%"] == "relabelled"


def test_a_negative_figure_is_a_stated_fall(checked):
    article = "同上年相比，城区人口比重上升1.42个百分点，郊区下降0.86个百分点。\n"
    rows = [["城区", 1.42], ["郊区", -0.86]]
    assert statuses(checked(article, rows, unit="个百分点")) == {"found"}
    assert checked(article, [["城区", -1.42], ["郊区", -0.86]], unit="个百分点")["城区 −1.42个百分点"] == "missing"


def test_two_periods_of_one_label_keep_their_order(checked):
    columns = ("指标", "上年", "本年")
    article = "全年接待游客1320万人次，比上年(1185万人次)增加135万人次。\n"
    assert statuses(checked(article, [["接待游客", 1185, 1320]], columns, unit="万人次", kind="grouped")) == {"found"}
    assert "found" not in checked(article, [["接待游客", 1320, 1185]], columns, unit="万人次", kind="grouped").values()
    article = "近五年，该市人均公园绿地面积由11.2平方米增加为14.6平方米。\n"
    rows = [["人均公园绿地面积", 11.2, 14.6]]
    assert statuses(checked(article, rows, columns, unit="平方米", kind="grouped")) == {"found"}
    assert "found" not in checked(article, [["人均公园绿地面积", 14.6, 11.2]], columns, unit="平方米",
                                  kind="grouped").values()


def test_a_table_cell_in_prose_by_its_row_and_column(checked):
    article = ("从公交出行看，表示“满意”的占61%，认为“有改善”的占27.5%；"
               "从停车服务看，表示“满意”的占38%，认为“有改善”的占19.4%。\n")
    columns = ("项目", "满意", "有改善")
    rows = [["公交出行", 61, 27.5], ["停车服务", 38, 19.4]]
    assert statuses(checked(article, rows, columns, kind="grouped")) == {"found"}
    moved = [["公交出行", 27.5, 27.5], ["停车服务", 38, 19.4]]  # a cell taken from the next column
    assert checked(article, moved, columns, kind="grouped")["公交出行（满意）27.5%"] != "found"
    swapped = [["公交出行", 61, 19.4], ["停车服务", 38, 27.5]]
    assert "found" not in {checked(article, swapped, columns, kind="grouped")[k]
                           for k in ("公交出行（有改善）19.4%", "停车服务（有改善）27.5%")}


def test_a_change_ends_the_clause_of_the_next_change(checked):
    article = "全年新建住宅42.6万套，比上年增长3.8%；新建商铺1.9万套，比上年增长6.4%。\n"
    assert statuses(checked(article, [["新建住宅", 3.8], ["新建商铺", 6.4]])) == {"found"}
    assert checked(article, [["新建住宅", 6.4], ["新建商铺", 3.8]])["新建住宅 6.4%"] == "relabelled"


def test_a_unit_with_its_currency_in_brackets(checked):
    article = "全年家庭平均每户可支配收入为98.4万元(新台币，下同)，平均每人消费为25.3万元。\n"
    rows = [["平均每户可支配收入", 98.4], ["平均每人消费", 25.3]]
    assert statuses(checked(article, rows, unit="万元(新台币)")) == {"found"}


def test_a_negative_figure_printed_with_its_sign(checked):
    article = "另据海关统计，全年进口总额增速为-1.3%，降幅比上年收窄。\n"
    assert checked(article, [["进口总额", -1.3]])["进口总额 −1.3%"] == "found"


def test_a_label_holding_punctuation_is_read_whole_across_it(checked):
    article = ("问及网上消费，68.4%的受访者担心直播带货、社区团购等渠道的售后服务得不到保障;"
               "52.1%的受访者更关注个人信息安全。近2.1亿“新网民”(60岁以上)开始网购。\n")
    rows = [["担心直播带货、社区团购等渠道的售后服务得不到保障", 68.4], ["更关注个人信息安全", 52.1]]
    assert set(checked(article, rows).values()) == {"found"}
    swapped = checked(article, [[rows[0][0], 52.1], [rows[1][0], 68.4]])
    assert set(swapped.values()) == {"relabelled"}
    assert checked(article, [["“新网民”(60岁以上)", "近2.1"]], unit="亿")["“新网民”(60岁以上) 近2.1亿"] == "found"


def test_a_clause_that_fits_two_labels_alike_leaves_it_to_the_sentence(checked):
    article = "全市发电量中，火力发电量312.5亿千瓦时，占发电总量的70.4%；水力发电量131.4亿千瓦时，占发电总量的29.6%。\n"
    rows = [["火力发电量", 70.4], ["水力发电量", 29.6]]
    assert statuses(checked(article, rows)) == {"found"}
    # 占发电总量的 fits both labels as well: the sentence says whose each share is
    assert statuses(checked(article, [["火力发电量", 29.6], ["水力发电量", 70.4]])) == {"relabelled"}


def test_a_year_column_takes_the_level_the_text_gives_in_that_year(checked):
    article = "要点：毛入园率达到91.2%\n全市毛入园率逐年提高，如今已到91.2%，而这一比例在2010年仅为62.5%。\n"
    columns = ("指标", "2010", "2023")
    assert statuses(checked(article, [["毛入园率", 62.5, 91.2]], columns, kind="grouped")) == {"found"}
    # 91.2% stands twice, but the text gives 2010 its own level, 62.5%
    moved = checked(article, [["毛入园率", 91.2, 91.2]], columns, kind="grouped")
    assert moved["毛入园率（2010）91.2%"] != "found"


def test_a_year_column_named_by_its_digits_before_the_level(checked):
    article = ("2023年，城区学校占全部学校的40.2%，这一比例较2021(46.1%)、2022(43.5%)年有所下降。"
               "其次为乡镇学校，占比31.4%，从2021年的16.0%、2022年的20.7%升至2023年的31.4%。\n")
    columns = ("类别", "2021年", "2022年", "2023年")
    rows = [["城区学校", 46.1, 43.5, 40.2], ["乡镇学校", 16.0, 20.7, 31.4]]
    assert statuses(checked(article, rows, columns, kind="grouped")) == {"found"}
    # 2023年 after 20.7% names the next level, not this one's
    swapped = [["城区学校", 43.5, 46.1, 40.2], ["乡镇学校", 16.0, 31.4, 20.7]]
    assert "found" not in {status for what, status in checked(article, swapped, columns, kind="grouped").items()
                           if "43.5" in what or "46.1" in what or "20.7" in what}


def test_a_slash_between_two_words_joins_them_and_ends_no_clause(checked):
    article = "报告显示，其中61.2%的短视频/直播用户为长期活跃观看群体，38.8%的用户偶尔观看。\n"
    rows = [["长期活跃观看群体", 61.2], ["偶尔观看", 38.8]]
    assert statuses(checked(article, rows)) == {"found"}
    assert "found" not in checked(article, [["长期活跃观看群体", 38.8], ["偶尔观看", 61.2]]).values()


def test_a_change_and_the_level_it_reached_are_no_two_periods(checked):
    article = "陆路入境的旅客上升45.4%至2,530,886人次，空路入境的旅客增加18.4%至314,870人次。\n"
    rows = [["陆路", 2530886, 45.4], ["空路", 314870, 18.4]]
    assert set(checked(article, rows, columns=["方式", "人次", "按年变动(%)"], unit="人次", kind="grouped").values()) == {"found"}


def test_a_bracket_giving_the_figure_before_it_exactly_keeps_its_label(checked):
    article = "截至6月，我国网民规模近11亿人(10.9967亿人)，较去年底增长742万人。\n"
    assert checked(article, [["网民规模", 10.9967]], unit="亿人") == {"网民规模 10.9967亿人": "found"}
    assert checked(article, [["手机支付用户", 10.9967]], unit="亿人") != {"手机支付用户 10.9967亿人": "found"}


def test_a_change_on_the_year_before_after_its_level_is_the_same_rows(checked):
    article = "全年粮食种植面积43907公顷，比上年增加63公顷。其中，小麦种植面积21500公顷，比上年增加39公顷。\n"
    rows = [["粮食", 43907, 63], ["小麦", 21500, 39]]
    columns = ["作物", "种植面积(公顷)", "比上年增减(公顷)"]
    assert set(checked(article, rows, columns=columns, unit="公顷", kind="grouped").values()) == {"found"}
    swapped = [["粮食", 43907, 39], ["小麦", 21500, 63]]
    found = checked(article, swapped, columns=columns, unit="公顷", kind="grouped")
    assert found["粮食（比上年增减(公顷)）39公顷"] != "found" and found["小麦（比上年增减(公顷)）63公顷"] != "found"


def test_a_change_charted_as_the_level_it_is_of_fails(checked):
    article = "全年粮食种植面积43907公顷，比上年增加63公顷。小麦种植面积21500公顷，比上年增加39公顷。\n"
    found = checked(article, [["粮食", 63], ["小麦", 39]], columns=["作物", "种植面积"], unit="公顷")
    assert "found" not in found.values()


def test_a_bracket_giving_another_figure_takes_no_label_from_the_one_before(checked):
    article = "农村网民规模3.04亿人(7.95亿人)。\n"
    assert checked(article, [["农村网民规模", 7.95]], unit="亿人") != {"农村网民规模 7.95亿人": "found"}


def test_a_negative_net_value_charted_without_its_sign_fails(checked):
    article = "滿意度淨值為負24個百分點，信任淨值為正12個百分點。\n"
    assert checked(article, [["滿意度淨值", 24]], unit="个百分点") != {"滿意度淨值 24个百分点": "found"}
    assert checked(article, [["滿意度淨值", -24]], unit="个百分点") == {"滿意度淨值 −24个百分点": "found"}


def test_a_joining_character_alone_does_not_half_match_a_label(checked):
    article = "认知度最高的是三星,为85%;其次是小米,为81%;华为位列第三位,认知度为78%。\n"
    rows = [["三星", 85], ["小米", 81], ["华为", 78]]
    assert set(checked(article, rows).values()) == {"found"}
    swapped = checked(article, [["三星", 81], ["小米", 85], ["华为", 78]])
    assert swapped["三星 81%"] != "found" and swapped["小米 85%"] != "found"


def test_a_column_header_inside_a_rows_name_is_no_other_level(checked):
    """播种面积 under the header 面积(万亩): the header's words inside the row's own name
    (全年农作物播种面积324.3万亩) do not open another level for the row (粮食作物播种面积221.0万亩)."""
    article = "粮食全年农作物播种面积324.3万亩,比上年增长3.6%,其中:粮食作物播种面积221.0万亩,增长2.0%。\n"
    columns = ("项目", "面积(万亩)", "比上年增长%")
    rows = [["农作物播种面积", 324.3, 3.6], ["粮食作物播种面积", 221.0, 2.0]]
    assert statuses(checked(article, rows, columns, unit="万亩", kind="grouped")) == {"found"}
    swapped = [["农作物播种面积", 221.0, 3.6], ["粮食作物播种面积", 324.3, 2.0]]
    assert checked(article, swapped, columns, unit="万亩", kind="grouped")["农作物播种面积（面积(万亩)）221.0万亩"] != "found"


def test_a_list_told_of_the_three_sectors_names_them_in_order(checked):
    article = "三次产业对经济增长的拉动贡献分别为0.15、-5.64、1.34个百分点。\n"
    rows = [["第一产业", 0.15], ["第二产业", -5.64], ["第三产业", 1.34]]
    assert statuses(checked(article, rows, unit="个百分点")) == {"found"}
    swapped = [["第一产业", 1.34], ["第二产业", -5.64], ["第三产业", 0.15]]
    assert checked(article, swapped, unit="个百分点")["第一产业 1.34个百分点"] == "relabelled"


def test_a_bounded_figure_is_found_with_its_unit_before_the_bound(checked):
    """A spec writes 50以上 in %, 3000左右 in 元; the article prints 50%以上, 3000元左右."""
    article = "月均消费在500至999元的大学生占总体的50%以上;一线城市的平均月消费在3000元左右。\n"
    assert statuses(checked(article, [["500至999元", "50以上"]])) == {"found"}
    assert statuses(checked(article, [["一线城市", "3000左右"]], unit="元")) == {"found"}
    assert statuses(checked(article, [["500至999元", "60以上"]])) == {"missing"}


def test_a_label_holding_a_figure_of_its_own_is_read_whole(checked):
    """家庭月收入8000元以上的大学生消费水平是1215.7元/月: the label's 8000元 is in the figure's unit,
    yet ends no clause of the label standing whole before it."""
    article = ("家庭月收入8000元以上的大学生消费水平是1215.7元/月,"
               "家庭月收入3000元以下的大学生消费水平是745.3元/月。\n")
    rows = [["家庭月收入8000元以上", 1215.7], ["家庭月收入3000元以下", 745.3]]
    assert statuses(checked(article, rows, unit="元/月")) == {"found"}
    swapped = [["家庭月收入8000元以上", 745.3], ["家庭月收入3000元以下", 1215.7]]
    assert statuses(checked(article, swapped, unit="元/月")) == {"relabelled"}


def test_a_change_on_last_month_after_its_level_is_the_levels(checked):
    """信任度达58.9%,较上个月上升3.7%; 好感度摔落至21.9%(下跌9.7%): in a chart of changes, the
    change told after a level (on last month, or in brackets) is that level's label's."""
    article = ("赖清德信任度达58.9%,较上个月上升3.7%;执政满意度为54.4%,上升2.4%。"
               "民众党好感度则摔落至21.9%(下跌9.7%),反感度65.3%。\n")
    columns = ("指标", "变动")
    rows = [["赖清德信任度", 3.7], ["执政满意度", 2.4], ["民众党好感度", -9.7]]
    assert statuses(checked(article, rows, columns)) == {"found"}
    swapped = [["赖清德信任度", 2.4], ["执政满意度", 3.7], ["民众党好感度", -9.7]]
    assert checked(article, swapped, columns)["赖清德信任度 2.4%"] == "relabelled"


def test_names_told_in_order_in_the_clause_before_a_respective_list(checked):
    """排在第二、三位的分别为周边游和出境游,分别占35%和12%: the names after 分别为, not the words
    cut at the 、 of 第二、三位."""
    article = "选择国内长线旅游的比重达到52%,位列第一;排在第二、三位的分别为周边游和出境游,分别占35%和12%。\n"
    assert statuses(checked(article, [["周边游", 35], ["出境游", 12]])) == {"found"}
    assert statuses(checked(article, [["周边游", 12], ["出境游", 35]])) == {"relabelled"}


def test_shares_each_before_its_group_joined_by_a_conjunction(checked):
    """33%的男生及25%的女生表示…: 的男生及 is the 33%'s label, not the 25%'s."""
    article = ("社交、学习、娱乐是大学生每月消费占比较高的三项(均为33%)。"
               "调查中,33%的男生及25%的女生表示“经常因为促销而购买”。\n")
    assert statuses(checked(article, [["男生", 33], ["女生", 25]])) == {"found"}
    swapped = checked(article, [["男生", 25], ["女生", 33]])
    assert swapped["男生 25%"] != "found"


def test_an_approximate_spec_figure_is_not_found_in_a_comparison_with_duo(checked):
    """比去年的3000元多出500元: 3000元多 is no bound; a spec writing 3000多 is not found there."""
    article = "今年该市居民月均消费支出3500元,比去年的3000元多出500元。\n"
    assert statuses(checked(article, [["去年", "3000多"]], unit="元")) == {"missing"}


def test_a_fall_printed_with_an_en_dash_as_its_sign(checked):
    """增长–7.5%: a page that sets its minus as an en dash gives a fall; 7.5 is not in it (a second
    reading found verify passing it)."""
    article = "第二产业增加值445964万元,增长–7.5%;第三产业增加值448355万元,增长3.1%。\n"
    columns = ("指标", "比上年增长")
    assert checked(article, [["第二产业增加值", 7.5], ["第三产业增加值", 3.1]], columns)["第二产业增加值 7.5%"] != "found"
    assert statuses(checked(article, [["第二产业增加值", -7.5], ["第三产业增加值", 3.1]], columns)) == {"found"}


def test_a_share_worded_before_its_digits_takes_the_words_after_the_bracket(checked):
    article = ("扶貧工作方面,六成多(62.7%)人認為非常好或頗好,三成多(37.3%)認為頗差或非常差。"
               "房屋供應方面,近六成(58.5%)認為非常好或頗好,四成多(41.5%)認為頗差或非常差。\n")
    columns = ("政策", "非常好或頗好", "頗差或非常差")
    rows = [["扶貧工作", 62.7, 37.3], ["房屋供應", 58.5, 41.5]]
    assert set(checked(article, rows, columns, kind="grouped").values()) == {"found"}
    swapped = checked(article, [["扶貧工作", 37.3, 62.7], ["房屋供應", 58.5, 41.5]], columns, kind="grouped")
    assert swapped["扶貧工作（非常好或頗好）37.3%"] == "relabelled"


def test_a_label_saying_less_than_a_period_names_a_fall(checked):
    article = "全省平均降水量1374.7毫米,比上年偏多19.3%,比常年偏少18.0%。地表水资源量710.99亿立方米,比上年少11.7%。\n"
    found = checked(article, [["比上年偏多", 19.3], ["比常年偏少", 18.0], ["比上年少", 11.7]])
    assert set(found.values()) == {"found"}
    assert checked(article, [["比常年偏少", 18.1]])["比常年偏少 18.1%"] == "missing"


def test_a_change_on_a_second_base_keeps_the_subject_of_the_first(checked):
    article = ("京津冀及周边地区平均优良天数比例为63.1%,同比下降3.6个百分点,但较疫情前的2019年同期上升10.0个百分点。"
               "长三角地区平均优良天数比例为83.7%,同比上升0.7个百分点,较2019年同期上升5.0个百分点。\n")
    found = checked(article, [["京津冀及周边地区", 10.0], ["长三角地区", 5.0]], unit="个百分点")
    assert set(found.values()) == {"found"}
    swapped = checked(article, [["京津冀及周边地区", 5.0], ["长三角地区", 10.0]], unit="个百分点")
    assert "found" not in swapped.values()


def test_a_row_found_by_part_of_its_label_only_in_a_sentence_naming_what_the_rows_are(checked):
    article = ("三黨不滿意度都在五成上下,依序為民進黨53%、民眾黨50%、國民黨48%。"
               "對立委表現的不滿意度,則依序為民進黨48%、民眾黨47%、國民黨47%。\n")
    rows = [["國民黨立委", 47], ["民進黨立委", 48], ["民眾黨立委", 47]]
    assert set(checked(article, rows).values()) == {"found"}
    tampered = checked(article, [["國民黨立委", 48], ["民進黨立委", 48], ["民眾黨立委", 47]])
    assert tampered["國民黨立委 48%"] != "found"


def test_a_chart_naming_month_on_month_is_not_given_the_year_on_year_figure(checked):
    article = "5月廣義乘用車零售165.5萬輛,同比增長1.1%,環比增長0.8%。乘聯會指出,5月零售環比4月增長1.0%。\n"
    assert checked(article, [["5月零售環比", 1.0]])["5月零售環比 1.0%"] == "found"
    assert checked(article, [["5月零售環比", 1.1]])["5月零售環比 1.1%"] != "found"
    assert checked(article, [["5月零售同比", 1.1]])["5月零售同比 1.1%"] == "found"


def test_a_label_matched_only_in_scattered_characters_is_not_found(checked):
    article = ("外商及港澳台商投资企业实现利润总额9422.4亿元,增长7.5%。"
               "7月末,规模以上工业企业资产总计110.1万亿元,同比增长7.4%。\n")
    assert checked(article, [["资产总计", 7.4]])["资产总计 7.4%"] == "found"
    assert checked(article, [["资产总计", 7.5]])["资产总计 7.5%"] != "found"  # 投资 and 总额 are not 资产总计


def test_a_figure_a_list_says_its_names_share_is_each_ones(checked):
    article = "选择婚姻美满的比例为17%，选择生活富有、事业成功的比例都是9%。社交、学习、娱乐等是占比较高的三项（均为33%）。\n"
    rows = [["婚姻美满", 17], ["生活富有", 9], ["事业成功", 9], ["社交", 33], ["学习", 33], ["娱乐", 33]]
    assert statuses(checked(article, rows)) == {"found"}
    # without 都 or 均 the figure is the nearer name's; and 人均 says no share
    assert checked("选择生活富有、事业成功的比例是9%。\n", [["生活富有", 9], ["事业成功", 12]])["生活富有 9%"] == "relabelled"
    assert checked("城镇、农村居民人均收入为9万元。\n", [["城镇", 9], ["农村", 12]], unit="万元")["城镇 9万元"] == "relabelled"

    # 都 before a comparison: the figure is what they are compared with
    compared = checked("上海和北京的增速都高于全国的5.2%。\n", [["上海", 5.2], ["北京", 5.2]])
    assert compared["上海 5.2%"] == "relabelled"


def test_a_year_in_chinese_numerals_is_the_year_the_article_prints(checked):
    """二○一七年 in a label is the article's 二○一七年 (read as 2017年 on both sides); the message
    keeps the spec's words."""
    article = "去年的比率為10.2%,而二○一七年的相關比率為10.0%。\n"
    found = checked(article, [["二○一七年", 10.0], ["去年", 10.2]], unit="%")
    assert found == {"二○一七年 10.0%": "found", "去年 10.2%": "found"}
    assert checked(article, [["二○一七年", 10.2]], unit="%")["二○一七年 10.2%"] != "found"


def test_what_respondents_said_plainly_labels_the_share_before_the_verb(checked):
    """49.5%的受訪者直言,…: the clause after 直言 is what the share measures."""
    article = "另一方面,49.5%的受訪者直言,嚴格照著攻略走會少很多驚喜。相比之下,62.7%的受訪者傾向于把攻略當參考。\n"
    rows = [["嚴格照著攻略走會少很多驚喜", 49.5], ["傾向于把攻略當參考", 62.7]]
    assert set(checked(article, rows).values()) == {"found"}
    assert "found" not in checked(article, [["嚴格照著攻略走會少很多驚喜", 62.7], ["傾向于把攻略當參考", 49.5]]).values()


def test_an_approximate_share_reaches_its_answer_past_a_number_in_another_unit(checked):
    """約38.5%商戶預計第4季經營情況保持穩定: the 4 of 第4季 does not end the clause of 約38.5%, as
    it does not end that of 38.5%."""
    article = "約38.5%商戶預計第4季經營情況保持穩定,表示轉壞的有37.9%。\n"
    assert set(checked(article, [["保持穩定", "約38.5"], ["轉壞", 37.9]]).values()) == {"found"}
    assert checked(article, [["保持穩定", "約37.9"], ["轉壞", 38.5]])["保持穩定 約37.9%"] != "found"


def test_a_rows_measures_told_one_to_a_clause_after_semicolons(checked):
    """京津冀…比例为62.2%,…;PM2.5浓度为43…,同比下降2.3%;臭氧平均浓度为186…,同比上升2.8%。: each
    measure's clause names no row, so the sentence's last row is theirs; a cell from the other
    column or the other row fails."""
    article = ("分区域来看,京津冀及周边地区“2+26”城市平均优良天数比例为62.2%,同比上升0.9个百分点;PM2.5浓度为43微克/立方米,"
               "同比下降2.3%;臭氧平均浓度为186微克/立方米,同比上升2.8%。长三角地区41个城市平均优良天数比例为80.2%,"
               "同比下降6.0个百分点;PM2.5浓度为32微克/立方米,同比上升3.2%;臭氧平均浓度为164微克/立方米,同比上升7.9%。\n")
    columns = ("区域", "PM2.5浓度", "臭氧平均浓度")
    rows = ["京津冀及周边地区“2+26”城市", "长三角地区41个城市"]
    for cells, unit in (([43, 186], [32, 164]), "微克/立方米"), (([-2.3, 2.8], [3.2, 7.9]), "%"):
        right = [[rows[0], *cells[0]], [rows[1], *cells[1]]]
        assert set(checked(article, right, columns, unit=unit).values()) == {"found"}
        swapped = [[rows[0], *reversed(cells[0])], [rows[1], *reversed(cells[1])]]
        assert "found" not in checked(article, swapped, columns, unit=unit).values()
        other_row = [[rows[0], *cells[1]], [rows[1], *cells[0]]]
        assert "found" not in checked(article, other_row, columns, unit=unit).values()


def test_a_clause_naming_another_row_is_not_the_last_rows_by_its_header(checked):
    """…37%民眾滿意國民黨立委近期表現,下滑2個百分點;35%滿意民進黨立委近期表現: 35 is 民進黨立委's, though
    國民黨立委 is the last row the sentence names before it and 滿意 the column's header."""
    article = ("各黨立委的表現方面,37%民眾滿意國民黨立委近期表現,下滑2個百分點;35%滿意民進黨立委近期表現,上升2個百分點。"
               "對立委表現的不滿意度,則依序為民進黨48%、國民黨47%。\n")
    columns = ("立委", "滿意", "不滿意")
    assert set(checked(article, [["國民黨立委", 37, 47], ["民進黨立委", 35, 48]], columns).values()) == {"found"}
    assert "found" != checked(article, [["國民黨立委", 35, 47], ["民進黨立委", 37, 48]], columns)["國民黨立委（滿意）35%"]


def test_a_header_in_the_wide_clause_is_the_rows_only_where_it_opens_its_clause(checked):
    """…;汾渭平原臭氧平均浓度为186…: 186 is 汾渭平原's, though 京津冀 is the sentence's last row."""
    article = ("京津冀及周边地区优良天数比例为62.2%,同比下降1.5个百分点;PM2.5平均浓度为43微克/立方米,同比上升2.4%;"
               "汾渭平原臭氧平均浓度为186微克/立方米,同比上升2.8%。长三角地区PM2.5平均浓度为32微克/立方米;臭氧平均浓度为160微克/立方米。\n")
    columns = ("区域", "PM2.5平均浓度", "臭氧平均浓度")
    found = checked(article, [["京津冀及周边地区", 43, 186], ["长三角地区", 32, 160]], columns, unit="微克/立方米", kind="grouped")
    assert found["京津冀及周边地区（臭氧平均浓度）186微克/立方米"] != "found"
    assert found["长三角地区（臭氧平均浓度）160微克/立方米"] == "found"


def test_a_clause_naming_another_body_by_a_word_of_its_own_is_not_the_labels(checked):
    """城镇消费品零售额 shares six characters of 社会消费品零售总额, but 城镇 stands where the label
    has 社会: another body. Leaving words out (消费品零售总额) still names the label."""
    article = ("1—11月份,社会消费品零售总额351415亿元,同比下降4.8%。"
               "1—11月份,城镇消费品零售额304413亿元,同比下降4.9%。\n")
    assert checked(article, [["社会消费品零售总额", -4.8]]) == {"社会消费品零售总额 −4.8%": "found"}
    assert checked(article, [["社会消费品零售总额", -4.9]]) != {"社会消费品零售总额 −4.9%": "found"}
    assert checked(article, [["消费品零售总额", -4.8]]) == {"消费品零售总额 −4.8%": "found"}
    second = "第一产业增加值1.2万亿元;第二产业增加值增长5.1%。\n"
    assert checked(second, [["第一产业增加值", 5.1]]) != {"第一产业增加值 5.1%": "found"}


def test_words_that_are_no_body_stand_where_the_label_has_its_own(checked):
    """占总供水量的: 总 qualifies the whole, 给 is a verb, 比上月 no body: the label is found."""
    water = "地下水源供水量1117亿m3,占总供水量的18.3%;其他水源供水量57亿m3,占总供水量的0.9%。\n"
    assert checked(water, [["其他水源供水量", 0.9]]) == {"其他水源供水量 0.9%": "found"}
    month = "按环比计,2月份,规模以上工业增加值比上月增长0.57%。\n"
    assert checked(month, [["2月份比上月", 0.57]]) == {"2月份比上月 0.57%": "found"}


def test_a_label_after_fei_is_another_body(checked):
    """非制造业 is not 制造业: the PMI of one is not the other's."""
    article = ("3月份,制造业采购经理指数(PMI)为50.5%,比上月上升0.3个百分点。"
               "3月份,非制造业商务活动指数为50.8%,比上月上升0.4个百分点。\n")
    assert checked(article, [["制造业采购经理指数", 0.3]], unit="个百分点") == {"制造业采购经理指数 0.3个百分点": "found"}
    assert checked(article, [["制造业采购经理指数", 0.4]], unit="个百分点") != {"制造业采购经理指数 0.4个百分点": "found"}
    assert checked(article, [["制造业", 50.8]]) != {"制造业 50.8%": "found"}


def test_a_change_told_after_a_level_header_is_no_other_level(checked):
    """卓榮泰以4.52分居第七,分數下降0.46分: the 0.46 after 分數 is a change, not a second 分數."""
    article = "台中市長盧秀燕以6.36分拿下第一;行政院長卓榮泰以4.52分居第七,分數下降0.46分;黃國昌以4.32分排第8。\n"
    columns = ("人物", "分數(分)", "變動(分)")
    rows = [["盧秀燕", 6.36, 0.19], ["卓榮泰", 4.52, -0.46], ["黃國昌", 4.32, 0.14]]
    found = checked(article, rows, columns, unit="分", kind="grouped")
    assert found["卓榮泰（分數(分)）4.52分"] == "found"
    swapped = checked(article, [["盧秀燕", 6.36, 0.19], ["卓榮泰", 4.32, -0.46], ["黃國昌", 4.52, 0.14]],
                      columns, unit="分", kind="grouped")
    assert swapped["卓榮泰（分數(分)）4.32分"] != "found"


def test_below_zero_is_a_sign_and_its_figure_a_rival_level(checked):
    """零下7.5℃ is -7.5℃; the 零下17.5℃ of another label, or a departure from the normal, is not
    平均气温's level (a hostile reading found both passing)."""
    article = "1月份全市平均气温为零下7.5℃,比常年偏低1.2℃,极端最低气温零下17.5℃。\n"
    assert checked(article, [["平均气温", -7.5]], unit="℃") == {"平均气温 −7.5°C": "found"}
    assert checked(article, [["平均气温", 7.5]], unit="℃") != {"平均气温 7.5°C": "found"}
    assert checked(article, [["平均气温", -17.5]], unit="℃") != {"平均气温 −17.5°C": "found"}
    assert checked(article, [["平均气温", -1.2]], unit="℃") != {"平均气温 −1.2°C": "found"}
    listed = "哈尔滨、长春和沈阳平均气温分别为零下18.2℃、零下14.6℃和零下9.3℃。\n"
    rows = [["哈尔滨", -18.2], ["长春", -14.6], ["沈阳", -9.3]]
    assert set(checked(listed, rows, unit="℃").values()) == {"found"}


def test_a_scope_word_for_another_is_the_same_body(checked):
    """全市生产总值 is the 地区生产总值, 城乡居民 the 全体居民: a word saying how much of a place
    is counted is no other body (false alarms a hostile reading found)."""
    for label, printed in (("地区生产总值", "全市生产总值"), ("全体居民人均可支配收入", "城乡居民人均可支配收入"),
                           ("全社会用电量", "全市用电量")):
        assert checked(f"全年{printed}增长8.5%。\n", [[label, 8.5]]) == {f"{label} 8.5%": "found"}


def test_a_surplus_is_no_bound_and_a_share_s_growth_follows_it(checked):
    # 出超 is a trade surplus, not 超 (over) before the figure: the figure is exact
    article = "全年出口5120.3億美元,進口4011.6億美元,出超1108.7億美元。高技术产业增加值占比31.6%,同比增长6.4%。\n"
    assert checked(article, [["出超", 1108.7]], unit="億美元") == {"出超 1108.7億美元": "found"}
    # a chart of growth: 6.4% is the growth of what the clause before its share names
    assert checked(article, [["高技术产业", 6.4]], ("产业", "同比增长"), title="同比增长") == {"高技术产业 6.4%": "found"}


def test_a_near_clause_naming_only_what_every_label_shares_leaves_it_to_the_sentence(checked):
    article = ("按水源拆分,地表水源供水量4921亿m3,占总供水量的80.8%;地下水源供水量1117亿m3,占总供水量的18.3%;"
               "其他水源供水量57亿m3,占总供水量的0.9%。\n")
    rows = [["地表水源供水量", 80.8], ["地下水源供水量", 18.3], ["其他水源供水量", 0.9]]
    # 占总供水量的 holds 供水量, which each label has: 其他's fewer characters do not win it
    assert set(checked(article, rows).values()) == {"found"}
    swapped = checked(article, [["地表水源供水量", 0.9], ["地下水源供水量", 18.3], ["其他水源供水量", 80.8]])
    assert swapped["地表水源供水量 0.9%"] == swapped["其他水源供水量 80.8%"] == "relabelled"
    # a label standing whole in the near clause keeps it, though a longer rival holds all its characters
    article = "四個選項合併計算,非常不贊成在內,贊成的比例只有22.8%,不贊成高達70.6%。\n"
    assert set(checked(article, [["贊成", 22.8], ["不贊成", 70.6]]).values()) == {"found"}
    assert "found" not in checked(article, [["贊成", 70.6], ["不贊成", 22.8]]).values()


def test_a_figure_told_of_the_labels_together_is_no_one_labels(checked):
    article = "地表水源供水量4921亿m3,地下水源供水量1117亿m3,合计占总供水量的99.1%,其他供水量57亿m3,占0.9%。\n"
    found = checked(article, [["地表水源供水量", 80.8], ["地下水源供水量", 99.1], ["其他供水量", 0.9]])
    assert found["地下水源供水量 99.1%"] != "found" and found["其他供水量 0.9%"] == "found"
    article = "火电发电量5.1万亿千瓦时,水电发电量1.2万亿千瓦时,两者合计占总发电量的84.2%。\n"
    assert checked(article, [["火电发电量", 69.6], ["水电发电量", 84.2]])["水电发电量 84.2%"] != "found"
    # a label the clause names whole keeps its figure (两者加总后总薪资平均数为57452元)
    article = "經常性薪資48110元,非經常性薪資9342元,兩者加總後總薪資平均數為57452元。\n"
    rows = [["經常性薪資", 48110], ["非經常性薪資", 9342], ["總薪資平均數", 57452]]
    assert set(checked(article, rows, unit="元").values()) == {"found"}
    # a label naming the several together itself keeps the figure told of them together
    article = "推高通脹的主因是外出用膳、成衣及汽油漲價,合共推高通脹率2.5個百分點;電費補貼回落0.3個百分點。\n"
    rows = [["外出用膳、成衣及汽油", 2.5], ["電費補貼", -0.3]]
    assert set(checked(article, rows, unit="個百分點").values()) == {"found"}
    assert checked("最闊綽的一支團隊,總計團費達到95萬元。\n", [["團隊總計團費", 95]], unit="萬元") == {"團隊總計團費 95萬元": "found"}


def test_a_change_of_the_whole_the_labels_share_is_no_parts(checked):
    article = "城镇居民人均可支配收入49283元,农村居民人均可支配收入20133元,居民人均可支配收入平均增长6.3%。\n"
    rows = [["城镇居民人均可支配收入", 5.0], ["农村居民人均可支配收入", 6.3]]
    assert checked(article, rows)["农村居民人均可支配收入 6.3%"] != "found"
    # a part's own clause keeps its figure; and a chart naming the whole (全体受访者) may find it by the shared words
    article = "城镇居民人均可支配收入49283元,增长5.0%;农村居民人均可支配收入20133元,增长6.3%。\n"
    assert set(checked(article, rows).values()) == {"found"}
    article = "调查显示,受访者中53.5%支持,男性受访者中50.1%支持,女性受访者中57.2%支持。\n"
    rows = [["全体受访者", 53.5], ["男性受访者", 50.1], ["女性受访者", 57.2]]
    assert set(checked(article, rows).values()) == {"found"}


def test_a_total_of_what_the_labels_share_is_no_parts(checked):
    article = "地下水源供水量1117亿m3,其他水源供水量57亿m3,全国总供水量6095亿m3。\n"
    rows = [["地下水源供水量", 1117], ["其他水源供水量", 6095]]
    assert checked(article, rows, unit="亿m3")["其他水源供水量 6095亿m3"] != "found"
    # a share of the total is still the part's, and a chart whose labels name the total finds it
    article = "地下水源供水量1117亿m3,占总供水量的18.3%,其他水源供水量57亿m3,占总供水量的0.9%。\n"
    assert set(checked(article, [["地下水源供水量", 18.3], ["其他水源供水量", 0.9]]).values()) == {"found"}
    article = "其他水源供水量57亿m3,全国总供水量6095亿m3。\n"
    rows = [["其他水源供水量", 57], ["总供水量", 6095]]
    assert set(checked(article, rows, unit="亿m3").values()) == {"found"}


def test_a_figure_of_the_months_to_date_is_not_the_last_months(checked):
    article = "前三季度，全市地区生产总值同比增长5.2%。其中，一季度增长4.9%，二季度增长5.3%。\n"
    found = checked(article, [["一季度", 4.9], ["二季度", 5.3], ["三季度", 5.2]], ("季度", "增速"))
    assert found["一季度 4.9%"] == found["二季度 5.3%"] == "found" and found["三季度 5.2%"] != "found"
    article = "1-9月，规模以上工业增加值同比增长6.1%；9月份增长5.8%。\n"
    assert checked(article, [["9月", 6.1]], ("月份", "增速"))["9月 6.1%"] != "found"
    assert checked(article, [["1-9月", 6.1], ["9月", 5.8]], ("月份", "增速")) == {"1-9月 6.1%": "found", "9月 5.8%": "found"}
    assert checked("1至9月,出口增长3.1%;10月增长2.0%。\n", [["9月", 3.1], ["10月", 2.0]], ("月份", "增速"))["9月 3.1%"] != "found"


def test_a_span_written_onto_its_subject_or_with_its_year_is_still_the_months_to_date(checked):
    for article, label in (("1-9月出口增长6.1%；9月增长5.8%。\n", "9月"), ("2023年1-9月，出口增长6.1%。\n", "2023年9月"),
                           ("2023年前三季度，GDP增长6.1%。\n", "2023年三季度"), ("一季度至三季度，GDP增长6.1%。\n", "三季度")):
        assert checked(article, [[label, 6.1]], ("时期", "增速"))[f"{label} 6.1%"] != "found", article
    for article, label in (("首三季度本地生產總值增長6.1%。\n", "三季度"), ("截至9月，全国出口累计增长6.1%。\n", "9月"),
                           ("1-9月，出口增长6.1%。\n", "9月份")):
        assert checked(article, [[label, 6.1]], ("时期", "增速"))[f"{label} 6.1%"] != "found", article
    # the span in another clause of the sentence leaves the label the sentence opens with its figure
    for article, label in (("三季度，工业增加值增速较前三季度加快，同比增长4.5%。\n", "三季度"),
                           ("9月当月，受1-9月累计基数影响，出口增长4.5%。\n", "9月"), ("截至9月末，存款余额增长4.5%。\n", "9月")):
        assert checked(article, [[label, 4.5]], ("时期", "增速")) == {f"{label} 4.5%": "found"}, article
    article = "1至9月出口增长6.1%，其中9月增长5.8%。\n"
    assert checked(article, [["9月", 5.8]], ("月份", "增速")) == {"9月 5.8%": "found"}
    assert checked("9月出口增长6.1%；1-9月增长3.0%。\n", [["9月", 6.1]], ("月份", "增速")) == {"9月 6.1%": "found"}
    # a rival period's span stays that rival's: 1至9月 is no 1至8月平均, 前二季度 no 一季度
    article = "1至9月失业率平均为3.35%。9月失业率为3.3%。\n"
    assert checked(article, [["1至8月平均", 3.35], ["9月", 3.3]], ("期间", "失业率"))["1至8月平均 3.35%"] != "found"
    article = "一季度增长5.3%，前二季度增长5.0%，二季度增长4.7%。\n"
    assert checked(article, [["一季度", 5.0], ["二季度", 4.7]], ("期间", "增速"))["一季度 5.0%"] != "found"


def test_a_label_naming_some_of_the_several_told_together_is_not_their_sum(checked):
    article = "北京、上海、广州三地，合计占全国的45.2%；深圳占8.1%。\n"
    assert checked(article, [["北京、上海", 45.2], ["深圳", 8.1]])["北京、上海 45.2%"] != "found"
    article = "一季度和二季度合计增长4.1%，三季度增长5.0%。\n"
    assert checked(article, [["三季度", 5.0], ["前三季度合计", 4.1]])["前三季度合计 4.1%"] != "found"
    for article in ("广州、北京、上海三地合计占全国的45.2%；深圳占8.1%。\n", "北京、上海等城市合计占全国的45.2%；深圳占8.1%。\n",
                    "北京、上海份额居前，北京、上海、广州三地合计占全国的45.2%；深圳占8.1%。\n"):
        assert checked(article, [["北京、上海", 45.2], ["深圳", 8.1]])["北京、上海 45.2%"] != "found", article
    assert checked("北京、上海两地合计占全国的30.5%；深圳占8.1%。\n", [["北京、上海", 30.5], ["深圳", 8.1]]) == \
        {"北京、上海 30.5%": "found", "深圳 8.1%": "found"}
    assert checked("北京、上饶两地合计占全国的30.5%。\n", [["北京、上海", 30.5]])["北京、上海 30.5%"] != "found"
    # the list told may go on past the label's last item in its own words (三者重合用户规模 for 重合用户规模)
    article = "携程旅行APP、美团APP、京东APP三者重合用户规模达6521万,同比增长20.4%。\n"
    assert checked(article, [["携程旅行APP、美团APP、京东APP重合用户规模", 6521]], unit="万") == \
        {"携程旅行APP、美团APP、京东APP重合用户规模 6521万": "found"}



_AIRLINES = ("三大航公布9月数据。\n国航9月客运运力投入同比下降17.0%。{told}\n"
             "东航9月客运运力投入同比下降18.28%。旅客周转量同比下降31.14%。\n")


def test_a_paragraph_keeps_the_row_it_named_last_as_the_subject_of_the_measure_told_next(checked):
    def told(sentence, rows, title="三大航9月旅客周转量同比"):
        return checked(_AIRLINES.format(told=sentence), rows, ("航司", "同比"), title=title)

    right = [["国航", -30.8], ["东航", -31.14]]
    assert statuses(told("旅客周转量同比下降30.8%。", right)) == {"found"}
    assert statuses(told("其中，旅客周转量同比下降30.8%。", right)) == {"found"}
    # the rows swapped, a sentence on another subject or measure, a chart of another measure
    assert "found" not in statuses(told("旅客周转量同比下降30.8%。", [["国航", -31.14], ["东航", -30.8]]))
    assert told("全行业旅客周转量同比下降30.8%。", right)["国航 −30.8%"] != "found"
    assert told("货邮周转量同比下降30.8%。", right)["国航 −30.8%"] != "found"
    assert "found" not in statuses(told("旅客周转量同比下降30.8%。", right, "三大航9月客运运力投入同比"))
    # another subject, a total, another month, a later figure of the sentence, a generic title
    for sentence in ("旅客周转量方面，春秋航空同比下降30.8%。", "旅客周转量全行业同比下降30.8%。", "三大航合计旅客周转量同比下降30.8%。",
                     "8月旅客周转量同比下降30.8%。", "旅客周转量同比下降12.0%，客座率为30.8%。"):
        assert told(sentence, right)["国航 −30.8%"] != "found", sentence
    generic = told("同比降幅最大的是春秋航空，达30.8%。", right, "9月航司旅客周转量同比降幅")
    assert generic["国航 −30.8%"] != "found"
    # a paragraph telling its rows in turn: a sentence naming none is the row named last's
    pmi = ("本月新订单指数为50.5%，比上月回落0.8个百分点。20个行业中，10个行业高于50%。"
           "本月生产指数为52.3%。20个行业中，13个行业高于50%。\n")
    columns, title = ("指数", "高于50%的行业"), "20个行业中指数高于50%的行业数"
    assert statuses(checked(pmi, [["新订单指数", 10], ["生产指数", 13]], columns, "个", title=title)) == {"found"}
    assert "found" not in statuses(checked(pmi, [["新订单指数", 13], ["生产指数", 10]], columns, "个", title=title))


def test_a_level_told_from_one_year_to_another_takes_the_years_the_sentence_named_first(checked):
    article = ("据公报，居民人均预期寿命由2017年的76.7岁提高到2018年的77岁，孕产妇死亡率从19.6/10万下降到18.3/10万，"
               "婴儿死亡率从6.8‰下降到6.1‰。\n")
    years = ("年份", "婴儿死亡率")
    assert statuses(checked(article, [["2017年", 6.8], ["2018年", 6.1]], years, "‰")) == {"found"}
    assert statuses(checked(article, [["2017年", 6.1], ["2018年", 6.8]], years, "‰")) == {"relabelled"}
    assert checked(article, [["2018年", 6.8]], years, "‰") == {"2018年 6.8‰": "relabelled"}  # the nearer year's
    assert statuses(checked(article, [["2017年", 76.7], ["2018年", 77]], ("年份", "寿命"), "岁")) == {"found"}
    # another measure's levels told the same way are no figures of the chart's
    newborn = article.replace("。\n", "，新生儿死亡率从4.5‰下降到3.9‰。\n")
    assert statuses(checked(newborn, [["2017年", 4.5], ["2018年", 3.9]], years, "‰")) == {"relabelled"}
    header = ("指标", "2017年", "2018年")
    assert statuses(checked(article, [["婴儿死亡率", 6.8, 6.1]], header, "‰", "grouped")) == {"found"}
    assert "found" not in statuses(checked(article, [["婴儿死亡率", 6.1, 6.8]], header, "‰", "grouped"))


def test_a_glyph_the_page_lost_is_no_question_mark_ending_the_clause(checked):
    """905.7億m?,占用水總量的15.1%: the page lost m³'s ³ to a ?; read as a question mark it cut the
    share from the clause naming its row."""
    article = ("全市用水總量為75.2億m?。其中,生活用水為12.4億m?,占用水總量的16.5%;"
               "農業用水為48.1億m?,占用水總量的64.0%。\n")
    assert statuses(checked(article, [["生活用水", 16.5], ["農業用水", 64.0]])) == {"found"}
    assert statuses(checked(article, [["生活用水", 64.0], ["農業用水", 16.5]])) == {"relabelled"}



def test_a_rows_paragraph_gives_it_no_figure_of_a_total_told_after_it(checked):
    """——初中。…招生4000人。全县合计:…招生7675人: the total is no 初中 figure, though 初中 is the
    last row the paragraph named and the clause names the column (a reviewer's case)."""
    article = "——初中。校数13所;招生4000人;在校生11012人。全县合计:校数30所;招生7675人;在校生33262人。\n"
    columns = ("学段", "招生(人)", "在校生(人)")
    wrong = [["小学", 3675, 22250], ["初中", 7675, 33262]]
    assert statuses(checked(article, wrong, columns, unit="", kind="grouped")) <= {"missing", "relabelled"}

def test_a_product_is_not_found_in_its_industrys_figure(checked):
    """汽车10.97万辆,同比增长26.6% and, paragraphs later, 汽车制造业增长26.7%: a product's growth
    mistyped as its industry's must not pass."""
    article = ("汽车10.97万辆,同比增长26.6%;新能源汽车5.42万辆,同比增长20.0%。\n"
               "分行业看,有色金属冶炼业增长3.1%,汽车制造业增长26.7%。\n")
    assert statuses(checked(article, [["汽车", 26.6], ["新能源汽车", 20.0]])) == {"found"}
    assert statuses(checked(article, [["汽车", 26.7], ["新能源汽车", 20.0]])) == {"found", "relabelled"}


def test_a_structure_of_listed_shares_gives_each_industry_its_term(checked):
    """產業結構構成由上年的22.26%、28.63%和49.11%調整為21.35%、27.92%和50.73%: the shares listed as
    a ratio's terms, the industries in their ordinal order; two industries swapped fail."""
    article = "全縣產業結構構成由上年的22.26%、28.63%和49.11%調整為21.35%、27.92%和50.73%。\n"
    columns = ("產業", "上年", "2023年")
    right = [["第一產業", 22.26, 21.35], ["第二產業", 28.63, 27.92], ["第三產業", 49.11, 50.73]]
    assert statuses(checked(article, right, columns, kind="grouped")) == {"found"}
    swapped = [["第一產業", 28.63, 21.35], ["第二產業", 22.26, 27.92], ["第三產業", 49.11, 50.73]]
    assert "relabelled" in statuses(checked(article, swapped, columns, kind="grouped"))
    told = "受访者中男性多于女性,女性、男性的比例为45.2%和54.8%。\n"  # a whole, but no structure: a list
    assert statuses(checked(told, [["女性", 45.2], ["男性", 54.8]])) == {"found"}
    assert "relabelled" in statuses(checked(told, [["女性", 54.8], ["男性", 45.2]]))
    listed = "其中,空氣污染和水源污染受關注的比例,分別達37.6%和20.9%。\n"  # no whole: a 分別 list
    assert statuses(checked(listed, [["空氣污染", 37.6], ["水源污染", 20.9]])) == {"found"}
    assert statuses(checked(listed, [["空氣污染", 20.9], ["水源污染", 37.6]])) == {"relabelled"}


def test_a_rival_inside_the_label_does_not_win_where_the_whole_label_stands_around_it(checked):
    text = "统计处称,10月失业率为4.12%,较上月下降0.03个百分点。1至10月失业率平均为4.05%,较上年同期下降0.11个百分点。\n"
    assert set(checked(text, [["10月", 4.12], ["1至10月平均", 4.05]]).values()) == {"found"}
    assert "found" not in checked(text, [["10月", 4.05], ["1至10月平均", 4.12]]).values()
    # the piece standing apart is its own: 其中9月, or 工业 without the 规模以上 the longer label opens with
    text = "统计处称,1至9月,全市失业率平均较上年同期有所下降,其中9月失业率为4.05%。\n"
    assert checked(text, [["9月", 4.05], ["1至9月平均", 4.05]])["1至9月平均 4.05%"] != "found"
    text = "全市规模以上企业营业收入稳步增长,工业增加值增长4.5%。\n"
    assert checked(text, [["工业", 4.5], ["规模以上工业", 4.5]])["规模以上工业 4.5%"] != "found"
