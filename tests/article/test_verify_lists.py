"""verify reads a 分别 list as a copy desk does: where the list ends, which clause names its
labels, and the unit written once at its end."""

from __future__ import annotations


def test_a_list_ends_at_the_figure_after_he(checked):
    article = "测评数据显示，城镇居民和农村居民满意度得分分别为81.36分和78.05分，近5年均为城镇略高。\n"
    rows = [["城镇居民", 81.36], ["农村居民", 78.05]]
    assert set(checked(article, rows, unit="分").values()) == {"found"}
    swapped = checked(article, [["城镇居民", 78.05], ["农村居民", 81.36]], unit="分")
    assert set(swapped.values()) == {"relabelled"}


def test_the_labels_may_stand_in_an_earlier_clause_of_the_sentence(checked):
    article = ("调查显示，支出增长最快的分别是体育健身、宠物消费和在线教育，选择这三项的受访者占比"
               "分别为27.4%、18.2%、9.6%。\n")
    rows = [["体育健身", 27.4], ["宠物消费", 18.2], ["在线教育", 9.6]]
    assert set(checked(article, rows).values()) == {"found"}
    swapped = checked(article, [["体育健身", 18.2], ["宠物消费", 27.4], ["在线教育", 9.6]])
    assert swapped["体育健身 18.2%"] == "relabelled" and swapped["宠物消费 27.4%"] == "relabelled"


def test_a_clause_with_figures_of_its_own_does_not_name_the_labels(checked):
    article = "去年甲县和乙县各增长3.1%和2.4%，人口都在下降，分别减少0.8万人和0.5万人。\n"
    assert checked(article, [["甲县", 0.8], ["乙县", 0.5]], unit="万人")["甲县 0.8万人"] != "found"


def test_the_unit_at_the_end_of_a_list_completes_each_figure(checked):
    article = "人口最少的是南岸区和北湖区，分别只有逾21.6万和逾13万人。\n"
    rows = [["南岸区", "逾21.6"], ["北湖区", "逾13"]]
    assert set(checked(article, rows, unit="万人").values()) == {"found"}
    swapped = checked(article, [["南岸区", "逾13"], ["北湖区", "逾21.6"]], unit="万人")
    assert set(swapped.values()) == {"relabelled"}


def test_a_respective_list_after_the_period_it_is_compared_with(checked):
    article = "按可比价计算，单位产值能耗和单位产值水耗分别比2017年下降6.6%和6.9%。\n"
    rows = [["单位产值能耗", -6.6], ["单位产值水耗", -6.9]]
    assert set(checked(article, rows).values()) == {"found"}
    assert "found" not in checked(article, [["单位产值能耗", -6.9], ["单位产值水耗", -6.6]]).values()
    article = "平台还在购物和手游上发力，用户规模分别同比增长了41.6%和16.1%。\n"
    assert set(checked(article, [["购物", 41.6], ["手游", 16.1]]).values()) == {"found"}
    assert "found" not in checked(article, [["购物", 16.1], ["手游", 41.6]]).values()


def test_a_respective_list_whose_labels_carry_their_own_figures_in_brackets(checked):
    article = "韓國( 61,573人次 )及香港旅客( 696,902人次 )分別上升0.8%及30.0%，台灣旅客則減少2.9%。\n"
    assert set(checked(article, [["韓國", 0.8], ["香港旅客", 30.0]]).values()) == {"found"}
    assert "found" not in checked(article, [["韓國", 30.0], ["香港旅客", 0.8]]).values()


def test_a_respective_list_of_shares_of_a_named_whole(checked):
    article = "其中手机数码、传统大家电消费比例最高，分别占相关消费用户的28.8%和23.7%。\n"
    assert set(checked(article, [["手机数码", 28.8], ["传统大家电", 23.7]]).values()) == {"found"}
    assert "found" not in checked(article, [["手机数码", 23.7], ["传统大家电", 28.8]]).values()


def test_a_respective_list_of_negative_net_values(checked):
    article = "市民對經濟、政治及民生狀況的滿意淨值分別為負24、負27及負28個百分點。\n"
    rows = [["經濟", -24], ["政治", -27], ["民生", -28]]
    assert set(checked(article, rows, unit="个百分点").values()) == {"found"}
    swapped = checked(article, [["經濟", -27], ["政治", -24], ["民生", -28]], unit="个百分点")
    assert swapped["經濟 −27个百分点"] != "found" and swapped["政治 −24个百分点"] != "found"


def test_a_list_of_figures_after_a_list_of_as_many_labels_needs_no_fenbie(checked):
    article = "各家此消彼长,甲公司、乙集团用户量同比增长了13%、12%,丙公司持平。\n"
    rows = [["甲公司", 13], ["乙集团", 12]]
    assert set(checked(article, rows).values()) == {"found"}
    swapped = checked(article, [["甲公司", 12], ["乙集团", 13]])
    assert set(swapped.values()) == {"relabelled"}


def test_quoted_names_side_by_side_are_a_list(checked):
    article = "越年轻的人越觉得压力重。其中,“80后”“90后”生活压力感尤为突出,有压力感的分别占到各自群体的53.5%、57.5%。\n"
    assert set(checked(article, [["80后", 53.5], ["90后", 57.5]]).values()) == {"found"}
    assert set(checked(article, [["80后", 57.5], ["90后", 53.5]]).values()) == {"relabelled"}


def test_names_then_what_they_are_label_the_figures_in_the_next_clause(checked):
    article = "杭州、南京排名第四、第五,起薪为7000元/月、6979元/月;广州位居第六。\n"
    assert set(checked(article, [["杭州", 7000], ["南京", 6979]], unit="元/月").values()) == {"found"}
    assert set(checked(article, [["杭州", 6979], ["南京", 7000]], unit="元/月").values()) == {"relabelled"}


def test_a_list_set_with_commas_and_a_second_list_of_the_same_names(checked):
    article = "截至12月,在线办公,在线医疗用户规模分别达4.69亿和2.98亿,同比分别增长35.7%和38.7%,扩张最快。\n"
    assert set(checked(article, [["在线办公", 4.69], ["在线医疗", 2.98]], unit="亿").values()) == {"found"}
    assert set(checked(article, [["在线办公", 2.98], ["在线医疗", 4.69]], unit="亿").values()) == {"relabelled"}
    growth = ("类别", "增长")
    assert set(checked(article, [["在线办公", 35.7], ["在线医疗", 38.7]], growth).values()) == {"found"}
    assert set(checked(article, [["在线办公", 38.7], ["在线医疗", 35.7]], growth).values()) == {"relabelled"}


def test_quoted_answers_before_the_list_are_its_labels(checked):
    article = "选择“先完成学业”的学生比例略低于选择“先找到工作”的学生比例,分别为27.2%和30.8%。\n"
    rows = [["先完成学业", 27.2], ["先找到工作", 30.8]]
    assert set(checked(article, rows).values()) == {"found"}
    swapped = checked(article, [["先完成学业", 30.8], ["先找到工作", 27.2]])
    assert set(swapped.values()) == {"relabelled"}


def test_ge_before_the_verb_lists_figures_like_fenbie(checked):
    article = "再加上水果、食用油、调理食品、水产品、乳类及外食费各涨11.80%、9.56%、5.51%、4.89%、4.43%及4.08%所致。\n"
    rows = [["食用油", 9.56], ["调理食品", 5.51], ["乳类", 4.43], ["外食费", 4.08]]
    assert set(checked(article, rows).values()) == {"found"}
    assert checked(article, [["乳类", 4.08], ["外食费", 4.43]])["乳类 4.08%"] == "relabelled"


def test_yici_before_the_figures_lists_them_like_fenbie(checked):
    article = ("其中视频、音频、音乐和文学类应用的时长占比分列第二到五位，依次为13.9%、9.0%、8.9%和7.2%。\n")
    rows = [["视频", 13.9], ["音频", 9.0], ["音乐", 8.9], ["文学", 7.2]]
    assert set(checked(article, rows).values()) == {"found"}
    assert checked(article, [["音乐", 7.2], ["文学", 8.9]])["音乐 7.2%"] == "relabelled"
    # ordered by size, not by the names: 从高到低依次为 pairs no name with a figure
    ranked = "成都、杭州、深圳三市GDP增速位列前三,增速从高到低依次为8.1%、7.5%和6.9%。\n"
    assert set(checked(ranked, [["成都", 8.1], ["杭州", 7.5], ["深圳", 6.9]]).values()) == {"relabelled"}


def test_names_joined_by_he_in_the_clause_before_are_the_list_not_a_comma_list(checked):
    """其次是深圳和广州,占比分别为7.9%和7.3%: 深圳 and 广州 are the two names, not the two clauses."""
    article = "8.7%的毕业生首选上海,其次是深圳和广州,占比分别为7.9%和7.3%。\n"
    assert set(checked(article, [["深圳", 7.9], ["广州", 7.3]]).values()) == {"found"}
    assert "found" not in checked(article, [["深圳", 7.3], ["广州", 7.9]]).values()


def test_a_fall_told_as_negative_growth_is_below_zero(checked):
    """資本形成實質負成長0.04%: the spec gives -0.04."""
    article = "資本形成成為唯一的負貢獻項目,實質負成長0.04%。\n"
    assert checked(article, [["資本形成", -0.04]])["資本形成 −0.04%"] == "found"
    assert checked(article, [["資本形成", 0.04]])["資本形成 0.04%"] != "found"


def test_a_second_list_after_fenbie_and_the_columns_header(checked):
    """风电、太阳能发电量分别为…,分别同比增长15.1%和16.6%: 16.6 is 太阳能's growth, though 15.1 is
    the first figure after 同比增长."""
    article = "风电、太阳能发电量分别为4665、2611亿千瓦时,分别同比增长15.1%和16.6%。\n"
    columns = ("类别", "发电量(亿千瓦时)", "同比增长(%)")
    assert set(checked(article, [["风电", 4665, 15.1], ["太阳能", 2611, 16.6]], columns, unit="").values()) == {"found"}
    swapped = checked(article, [["风电", 4665, 16.6], ["太阳能", 2611, 15.1]], columns, unit="")
    assert swapped["太阳能（同比增长(%)）15.1%"] != "found"


def test_a_list_of_periods_carries_its_first_ones_year(checked):
    """2023年第1季、第2季及第3季…分別修訂至32.3%、100.9%及120.4%: the second is 2023年第2季."""
    article = "經調整後,2023年第1季、第2季及第3季的按年實質變動分別修訂至32.3%、100.9%及120.4%。\n"
    rows = [["2023年第1季", 32.3], ["2023年第2季", 100.9], ["2023年第3季", 120.4]]
    assert set(checked(article, rows).values()) == {"found"}
    assert "found" not in list(checked(article, [["2023年第2季", 120.4], ["2023年第3季", 100.9]]).values())


def test_a_list_of_periods_that_turns_the_year_carries_no_year(checked):
    """2022年12月、1月及2月: 1月 and 2月 are the next year's, not 2022年1月."""
    article = "2022年12月、1月及2月的失业率分别为3.5%、3.6%及3.7%。\n"
    found = checked(article, [["2022年12月", 3.5], ["2022年1月", 3.6], ["2022年2月", 3.7]])
    assert found["2022年12月 3.5%"] == "found" and found["2022年1月 3.6%"] != "found"


def test_names_that_share_their_rest_after_one_character_each(checked):
    """中、小型企業PMI分別為…: 中型企業 and 小型企業, as 一、二线城市 are 一线城市 and 二线城市."""
    from charts.article.lists import shared_head

    assert shared_head(["中", "小型企业"]) == ["中型企业", "小型企业"]
    assert shared_head(["东", "中", "西部地区"]) == ["东部地区", "中部地区", "西部地区"]
    assert shared_head(["进", "出口总额"]) == ["进口总额", "出口总额"]
    assert shared_head(["男", "女"]) == ["男", "女"] and shared_head(["广东", "广西壮族自治区"]) == ["广东", "广西壮族自治区"]
    article = "大型企業PMI為51.2%;中、小型企業PMI分別為49.9%和49.6%,都處在臨界點以下。\n"
    assert set(checked(article, [["中型企業", 49.9], ["小型企業", 49.6]]).values()) == {"found"}
    assert "found" not in checked(article, [["中型企業", 49.6], ["小型企業", 49.9]]).values()


def test_a_list_names_each_item_whole_without_the_time_its_clause_opens_with():
    """全年第一产业、第二产业、第三产业增加值分别为…: each is an 增加值 and 全年 is no part of the first
    name; names that are periods themselves keep theirs."""
    from charts.article.lists import shared_head

    assert shared_head(["全年第一产业", "第二产业", "第三产业增加值"]) == ["第一产业增加值", "第二产业增加值", "第三产业增加值"]
    assert shared_head(["上半年城镇", "农村居民人均可支配收入"]) == ["城镇居民人均可支配收入", "农村居民人均可支配收入"]
    assert shared_head(["1-10月一线城市", "二线城市"]) == ["一线城市", "二线城市"]
    assert shared_head(["2023年第1季", "第2季"]) == ["2023年第1季", "第2季"]
    assert shared_head(["上半年", "下半年"]) == ["上半年", "下半年"]
    assert shared_head(["2022年收入", "2023年收入"]) == ["2022年收入", "2023年收入"]
    assert shared_head(["第一产业", "服务业增加值"]) == ["第一产业", "服务业增加值"]


def test_two_figures_after_two_names_joined_by_ji_without_fenbie(checked):
    """至於香港(538,663人次)及中國台灣(81,607人次)旅客則按年減少17.7%及4.8%: the names and the
    figures each joined by 及, in the same order, no 分別 needed."""
    article = "大韓民國旅客增加8.9%;至於香港(538,663人次)及中國台灣(81,607人次)旅客則按年減少17.7%及4.8%。\n"
    assert set(checked(article, [["香港", -17.7], ["中國台灣", -4.8]]).values()) == {"found"}
    assert "found" not in checked(article, [["香港", -4.8], ["中國台灣", -17.7]]).values()


def test_figures_joined_by_he_are_no_list_of_names_when_a_range_a_base_or_a_ranking(checked):
    """在45%和55%之间 is a range, 较上年的12.5%和9.8% a base, 增速前三位为… a ranking: no name is
    paired with a figure there (a hostile reading found each passing)."""
    for article, rows in (("男性和女性受访者的比例在45%和55%之间波动。\n", [["男性", 45], ["女性", 55]]),
                          ("城镇和农村居民的满意度介于72.5%和80.1%之间。\n", [["城镇居民", 72.5], ["农村居民", 80.1]]),
                          ("全年出口和进口总额较上年的12.5%和9.8%均有回落。\n", [["出口总额", 12.5], ["进口总额", 9.8]]),
                          ("在甲、乙、丙三市中,增速前三位为8.1%、7.5%和6.9%。\n", [["甲", 8.1], ["乙", 7.5], ["丙", 6.9]]),
                          ("甲、乙、丙三市的增速按高低排列为8.1%、7.5%和6.9%。\n", [["甲", 8.1], ["乙", 7.5], ["丙", 6.9]])):
        assert "found" not in checked(article, rows).values(), article
    said = "內地旅客按年上升30.2%。至於香港(538,663人次)及中國台灣(81,607人次)旅客則按年減少17.7%及4.8%。\n"
    assert set(checked(said, [["香港旅客", -17.7], ["中國台灣旅客", -4.8]]).values()) == {"found"}


def test_a_list_of_bases_says_its_comparison_once_and_a_quarter_either_way(checked):
    article = ("其中铁路完成0.31亿吨,增长10.2%,比1季度和上半年分别回落5.2和1.8个百分点。"
               "水运完成5.29亿吨,增长16.7%,增速比1季度和上半年分别提高0.4和1.4个百分点。\n")
    columns = ("运输方式", "比一季度", "比上半年")
    rows = [["铁路", -5.2, -1.8], ["水运", 0.4, 1.4]]
    assert set(checked(article, rows, columns=columns, unit="个百分点", kind="grouped").values()) == {"found"}
    swapped = checked(article, [["铁路", -1.8, -5.2], ["水运", 1.4, 0.4]], columns=columns, unit="个百分点", kind="grouped")
    assert "found" not in swapped.values()


def test_a_list_in_brackets_is_named_before_its_bracket_and_not_by_the_list_before(checked):
    article = ("在愿意增加支出的消费品类上,选择旅行、学习的比例(分别为36.5%、23.1%)显著超过了"
               "选择服饰、美容的比例(分别为16.2%、13.7%)。\n")
    rows = [["旅行", 36.5], ["学习", 23.1], ["服饰", 16.2], ["美容", 13.7]]
    assert set(checked(article, rows).values()) == {"found"}
    swapped = checked(article, [["旅行", 36.5], ["学习", 23.1], ["服饰", 13.7], ["美容", 16.2]])
    assert swapped["服饰 13.7%"] == swapped["美容 16.2%"] == "relabelled"


def test_names_of_a_set_before_the_same_rest_share_the_last_ones_head(checked):
    article = "至於甲類及乙類消費物價指數,分別按年上升0.75%及0.82%。\n"
    rows = [["甲類消費物價指數", 0.75], ["乙類消費物價指數", 0.82]]
    assert set(checked(article, rows).values()) == {"found"}
    assert set(checked(article, [["甲類消費物價指數", 0.82], ["乙類消費物價指數", 0.75]]).values()) == {"relabelled"}


def test_changes_told_right_after_a_list_with_no_names_of_their_own_are_that_lists(checked):
    article = "短视频、即时通讯、综合资讯分别达到62.9小时、40.2小时、24.4小时,同比增长了3.2%、3.7%、5.4%。\n"
    rows = [["短视频", 3.2], ["即时通讯", 3.7], ["综合资讯", 5.4]]
    assert set(checked(article, rows).values()) == {"found"}
    swapped = checked(article, [["短视频", 3.2], ["即时通讯", 5.4], ["综合资讯", 3.7]])
    assert swapped["即时通讯 5.4%"] == swapped["综合资讯 3.7%"] == "relabelled"
    # a clause naming a subject of its own is not the list's
    article = "短视频、即时通讯、综合资讯分别达到62.9小时、40.2小时、24.4小时,用户规模增长了3.2%、3.7%、5.4%。\n"
    assert "found" not in checked(article, [["短视频", 3.2], ["即时通讯", 5.4], ["综合资讯", 3.7]]).values()
    # the unit written once after the last change completes each (增长了1.2、0.8、0.3个百分点)
    article = "短视频、即时通讯、综合资讯用户使用时长占比分别为28.5%、18.2%、11.1%,增长了1.2、0.8、0.3个百分点。\n"
    rows = [["短视频", 1.2], ["即时通讯", 0.8], ["综合资讯", 0.3]]
    assert set(checked(article, rows, unit="个百分点").values()) == {"found"}
    swapped = checked(article, [["短视频", 0.8], ["即时通讯", 1.2], ["综合资讯", 0.3]], unit="个百分点")
    assert swapped["短视频 0.8个百分点"] == swapped["即时通讯 1.2个百分点"] == "relabelled"


def test_a_list_of_changes_each_with_its_own_verb_pairs_in_order_without_respectively(checked):
    article = "全年第一产业、第二产业、第三产业增加值比上年下降了1.2%、增长4.7%、5.8%。\n"
    rows = [["第一产业", -1.2], ["第二产业", 4.7], ["第三产业", 5.8]]
    assert set(checked(article, rows, ("产业", "增速")).values()) == {"found"}
    swapped = checked(article, [["第一产业", -1.2], ["第二产业", 5.8], ["第三产业", 4.7]], ("产业", "增速"))
    assert swapped["第二产业 5.8%"] == swapped["第三产业 4.7%"] == "relabelled"
    # a name between two figures makes two clauses, not one list
    article = "全年城镇居民收入增长4.2%、农村居民下降1.1%。\n"
    assert checked(article, [["城镇居民", 4.2], ["农村居民", -1.1]], ("居民", "增速")) == \
        {"城镇居民 4.2%": "found", "农村居民 −1.1%": "found"}


def test_a_sum_told_of_a_list_is_none_of_its_items(checked):
    columns, unit = ("地区", "游客"), "万人次"
    for article in ("北京、上海合计接待游客390万人次。", "北京和上海合计接待游客390万人次。", "7、8、9月合计接待游客390万人次。",
                    "7月、8月、9月合计接待游客390万人次。", "北京、上海的游客分别为200万人次、190万人次，合计390万人次。"):
        label = "9月" if "9月" in article else "上海"
        assert checked(article, [[label, 390]], columns, unit=unit)[f"{label} 390万人次"] != "found", article
    # a label told alone, after the list, or each said to have it keeps its own
    assert checked("全市9月合计接待游客390万人次。", [["9月", 390]], columns, unit=unit) == {"9月 390万人次": "found"}
    told = "北京、上海两地合计接待游客390万人次，其中上海210万人次。"
    assert checked(told, [["上海", 210]], columns, unit=unit) == {"上海 210万人次": "found"}
    each = "北京、上海两者均接待游客390万人次。"
    assert checked(each, [["上海", 390]], columns, unit=unit) == {"上海 390万人次": "found"}
    each = "北京、上海是人数最多的两者（均为390万人次）。"
    assert checked(each, [["上海", 390]], columns, unit=unit) == {"上海 390万人次": "found"}
    # a count of the list before each item's own figure (分别, 各), and a 及 or 与 inside a word
    rows = [["网购", 80], ["外卖", 70], ["打车", 60]]
    told = "网购、外卖、打车三项服务使用率最高，分别为80%、70%和60%。"
    assert set(checked(told, rows, columns).values()) == {"found"}
    told = "北京、上海合计接待游客390万人次，同比分别增长5%和3%。"
    assert set(checked(told, [["北京", 5], ["上海", 3]], columns).values()) == {"found"}
    assert checked("北京、上海两者各接待游客390万人次。", [["上海", 390]], columns, unit=unit) == {"上海 390万人次": "found"}
    for told, label in (("惠及农村居民共计120万人次。", "农村居民"), ("上海及时投入资金共计120万人次。", "上海"),
                        ("参与企业共计120万人次。", "企业"), ("9月与上年同期相比共计增加120万人次。", "9月")):
        assert checked(told, [[label, 120]], columns, unit=unit) == {f"{label} 120万人次": "found"}, told
