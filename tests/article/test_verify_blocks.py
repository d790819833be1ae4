"""A table told in blocks, one per group (blocks.py); groups told a sentence each (groups.py);
a row's change taken from a sentence about another measure (cohesion.py); units a header
states in words verify had not known (亿元人民币, 票)."""

from __future__ import annotations

# a household survey's table: the same rows under 全体居民 and under 城镇居民, each block headed
# by a ruled line of its group's name alone
BLOCKS = ("指标 | 2023年(元) | 增长(%) | 拉动(百分点) |\n"
          "全体居民 | — | | |\n"
          "工资性收入 | 21800 | 6.1 | 3.6 |\n"
          "经营净收入 | 4320 | 7.4 | 0.8 |\n"
          "财产净收入 | 2610 | 3.2 | 0.2 |\n"
          "城镇居民 | | | |\n"
          "工资性收入 | 26500 | 5.5 | 3.4 |\n"
          "经营净收入 | 4010 | 8.0 | 0.6 |\n"
          "财产净收入 | 3390 | 2.9 | 0.3 |\n")


def test_a_row_of_another_block_fails_under_a_title_naming_one(checked):
    right = [["工资性收入", 3.4], ["经营净收入", 0.6], ["财产净收入", 0.3]]
    title = "城镇居民收入的拉动"
    assert set(checked(BLOCKS, right, ("指标", "拉动(百分点)"), unit="", title=title).values()) == {"found"}
    moved = [["工资性收入", 3.4], ["经营净收入", 0.8], ["财产净收入", 0.3]]  # 0.8: 全体居民's
    statuses = checked(BLOCKS, moved, ("指标", "拉动(百分点)"), unit="", title=title)
    assert statuses["经营净收入 0.8百分点"] != "found"
    # a title naming no block, or both, judges none
    assert checked(BLOCKS, moved, ("指标", "拉动(百分点)"), unit="", title="居民收入")["经营净收入 0.8百分点"] == "found"


SENTENCES = ("上半年,全市居民人均食品支出4120元,同比增长7.5%;人均衣着支出880元,同比增长5.1%;人均居住支出6900元,"
             "同比增长4.4%。分城乡看,城镇居民人均食品支出4510元,同比增长7.2%;人均衣着支出960元,同比增长5.3%;"
             "人均居住支出7800元,同比增长4.0%。\n")


def test_a_group_a_sentence_counts_only_in_its_own_sentence(checked):
    right = [["食品", 4120, 7.5], ["衣着", 880, 5.1], ["居住", 6900, 4.4]]
    columns = ("类别", "人均支出(元)", "同比增长(%)")
    title = "全市居民人均支出"
    assert set(checked(SENTENCES, right, columns, unit="", kind="grouped", title=title).values()) == {"found"}
    moved = [["食品", 4120, 7.5], ["衣着", 880, 5.3], ["居住", 6900, 4.4]]  # 5.3: 城镇居民's
    statuses = checked(SENTENCES, moved, columns, unit="", kind="grouped", title=title)
    assert statuses["衣着（同比增长(%)）5.3%"] == "relabelled"


def test_a_rows_change_told_of_another_measure_fails(checked):
    """城镇居民 24391元 with its growth 8.6% in one sentence; 8.7% is the growth of 城镇居民人均食品支出,
    told with another level in the next sentence."""
    text = ("全市居民人均消费支出22861元,同比增长8.9%;其中,城镇居民人均消费支出24391元,同比增长8.6%,"
            "农村居民人均消费支出13014元,同比增长9.8%。分城乡看,城镇居民人均食品支出5333元,同比增长8.7%。\n")
    columns = ("居民", "人均消费支出(元)", "同比增长(%)")
    right = [["城镇居民", 24391, 8.6], ["农村居民", 13014, 9.8]]
    assert set(checked(text, right, columns, unit="", kind="grouped").values()) == {"found"}
    moved = [["城镇居民", 24391, 8.7], ["农村居民", 13014, 9.8]]
    assert checked(text, moved, columns, unit="", kind="grouped")["城镇居民（同比增长(%)）8.7%"] != "found"


def test_a_rate_is_no_amount_in_yuan_renminbi_nor_in_votes(checked):
    deposits = "至于人民币存款,在9月份上升3.5%,于9月底为10018亿元人民币。\n"
    columns = ("项目", "9月底余额(亿元人民币)", "9月份变动(%)")
    assert set(checked(deposits, [["人民币存款", 10018, 3.5]], columns, unit="", kind="grouped").values()) == {"found"}
    statuses = checked(deposits, [["人民币存款", 3.5, 3.5]], columns, unit="", kind="grouped")
    assert [s for w, s in statuses.items() if w.startswith("人民币存款（9月底余额")] == ["missing"]
    votes = "甲党候选人共获558萬6019票、得票率40.05%;乙党候选人获467萬1021票、得票率33.49%。\n"
    columns = ("候选人", "得票数(票)", "得票率(%)")
    statuses = checked(votes, [["甲党候选人", 40.05, 40.05], ["乙党候选人", 4671021, 33.49]], columns, unit="",
                       kind="grouped")
    assert [s for w, s in statuses.items() if w.startswith("甲党候选人（得票数")] == ["missing"]


def test_levels_each_in_its_clause_then_their_growths_respectively(checked):
    text = "各港口共完成货物吞吐量10.3亿吨,其中,沿海港口完成7.1亿吨,内河港口完成3.2亿吨,分别增长12.6%和3.9%。\n"
    columns = ("港口", "吞吐量(亿吨)", "增长(%)")
    right = [["沿海港口", 7.1, 12.6], ["内河港口", 3.2, 3.9]]
    assert set(checked(text, right, columns, unit="", kind="grouped").values()) == {"found"}
    swapped = [["沿海港口", 7.1, 3.9], ["内河港口", 3.2, 12.6]]
    assert "found" not in {s for w, s in checked(text, swapped, columns, unit="", kind="grouped").items() if "增长" in w}


def test_a_row_label_with_a_notes_number_is_a_table_row(checked):
    text = ("资产质量指标(%) 2022年 2021年 变化百分点\n不良贷款率(3) 1.38% 1.42% -0.04%\n"
            "拨备覆盖率(4) 209.47% 205.84% 3.63%\n")
    columns = ("指标", "2022年", "2021年", "变化百分点")
    right = [["不良贷款率", 1.38, 1.42, -0.04], ["拨备覆盖率", 209.47, 205.84, 3.63]]
    assert set(checked(text, right, columns, kind="grouped").values()) == {"found"}
    moved = [["不良贷款率", 1.38, 1.42, -0.04], ["拨备覆盖率", 209.47, 3.63, 205.84]]
    assert checked(text, moved, columns, kind="grouped")["拨备覆盖率（2021年）3.63%"] != "found"


def test_a_respectively_list_pairs_with_the_nearest_levels_past_a_clause_of_words(checked):
    columns = ("港口", "增长(%)")
    between = "1-10月,沿海港口完成货物吞吐量7.1亿吨,内河港口完成3.2亿吨,增速放缓,分别增长12.6%和3.9%。\n"
    assert set(checked(between, [["沿海港口", 12.6], ["内河港口", 3.9]], columns, unit="").values()) == {"found"}
    assert "found" not in checked(between, [["沿海港口", 3.9], ["内河港口", 12.6]], columns, unit="").values()
    # a total first: the list is the parts' (the nearest as many levels)
    three = "全省港口完成货物吞吐量10.3亿吨,沿海港口完成7.1亿吨,内河港口完成3.2亿吨,分别增长12.6%和3.9%。\n"
    assert set(checked(three, [["沿海港口", 12.6], ["内河港口", 3.9]], columns, unit="").values()) == {"found"}
    assert "found" not in checked(three, [["沿海港口", 3.9], ["内河港口", 12.6]], columns, unit="").values()
    # a part of the level before among the nearest: whose the list is, the text does not say
    part = "全年沿海港口完成货物吞吐量7.1亿吨,内河港口完成3.2亿吨,其中外贸吞吐量1.1亿吨,分别增长12.6%和3.9%。\n"
    assert "found" not in checked(part, [["内河港口", 12.6], ["外贸吞吐量", 3.9]], columns, unit="").values()


WHOLE_FIRST = ("| 指标 | 绝对量(元) | 比上年增长(%) |\n|---|---|---|\n| 可支配收入 | 40962 | 6.8 |\n| 消费支出 | 27100 | 8.1 |\n"
               "| 城镇居民 | | |\n| 可支配收入 | 51821 | 5.1 |\n| 消费支出 | 32994 | 7.2 |\n"
               "| 农村居民 | | |\n| 可支配收入 | 21691 | 7.7 |\n| 消费支出 | 18175 | 9.3 |\n")


def test_the_rows_above_the_first_block_are_no_groups(checked):
    columns = ("指标", "绝对量(元)", "比上年增长(%)")
    whole = [["可支配收入", 40962, 6.8], ["消费支出", 27100, 8.1]]
    assert "found" not in checked(WHOLE_FIRST, whole, columns, unit="", kind="grouped", title="城镇居民收支").values()
    town = [["可支配收入", 51821, 5.1], ["消费支出", 32994, 7.2]]
    assert set(checked(WHOLE_FIRST, town, columns, unit="", kind="grouped", title="城镇居民收支").values()) == {"found"}


def test_a_block_name_inside_a_rows_label_in_the_title_names_no_block(checked):
    text = ("| 指标 | 单位 | 数值 | 比上年增长(%) |\n|---|---|---|---|\n| 农业 | | | |\n| 粮食产量 | 万吨 | 1200 | 2.1 |\n"
            "| 生猪出栏 | 万头 | 300 | 3.2 |\n| 工业 | | | |\n| 规模以上工业增加值 | 亿元 | 3000 | 5.0 |\n"
            "| 工业用电量 | 亿千瓦时 | 200 | 4.4 |\n")
    statuses = checked(text, [["规模以上工业增加值", 5.0], ["粮食产量", 2.1]], ("指标", "比上年增长(%)"), unit="",
                       title="规模以上工业增加值与粮食产量增速")
    assert set(statuses.values()) == {"found"}


def test_blocks_headed_by_a_lone_cell_or_tabs_and_a_title_opening_with_the_group(checked):
    columns = ("指标", "绝对数(元)", "比上年增长(%)")
    town = [["人均可支配收入", 51821, 5.1], ["工资性收入", 31321, 4.9]]
    lone = ("| 指标 | 绝对数(元) | 比上年增长(%) |\n| --- | --- | --- |\n| 城镇居民 |\n| 人均可支配收入 | 51821 | 5.1 |\n"
            "| 工资性收入 | 31321 | 4.9 |\n| 农村居民 |\n| 人均可支配收入 | 21691 | 7.7 |\n| 工资性收入 | 9163 | 7.8 |\n")
    tabs = ("指标\t绝对数(元)\t比上年增长(%)\n城镇居民\t\t\n人均可支配收入\t51821\t5.1\n工资性收入\t31321\t4.9\n"
            "农村居民\t\t\n人均可支配收入\t21691\t7.7\n工资性收入\t9163\t7.8\n")
    for text in (lone, tabs):
        assert "found" not in checked(text, town, columns, unit="", kind="grouped", title="农村居民人均收入").values()
    ruled = lone.replace("| 城镇居民 |", "| 城镇居民 | | |").replace("| 农村居民 |", "| 农村居民 | | |")
    titled = [["农村居民人均可支配收入", 51821, 5.1], ["工资性收入", 31321, 4.9]]
    assert "found" not in checked(ruled, titled, columns, unit="", kind="grouped", title="农村居民人均可支配收入").values()
    # a row the named block lacks may be the whole's, above the blocks
    whole = ruled.replace("| --- | --- | --- |\n", "| --- | --- | --- |\n| 全体居民人均可支配收入 | 39218 | 6.3 |\n")
    assert set(checked(whole, [["全体居民人均可支配收入", 39218, 6.3]], columns, unit="", kind="grouped",
                       title="全体居民和城镇居民人均可支配收入").values()) == {"found"}
