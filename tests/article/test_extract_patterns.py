"""The shapes extract reads, one test each, on sentences and tables written for these tests
(the frames are the ones real articles use; the words and figures are ours)."""

from __future__ import annotations

from pathlib import Path

from charts.article.drafts import draft_yaml
from charts.article.extract import extract
from charts.article.read import read_article
from charts.numbers.grammar import figures_in, in_arabic


def _drafts(tmp_path: Path, text: str):
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return extract(read_article(path))


def _rows(drafts) -> dict[str, list[list]]:
    return {d.unit if isinstance(d.unit, str) else "mixed": d.rows for d in drafts}


def test_pinyin_glosses_are_dropped_and_english_brackets_kept(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("全縣產(chǎn)業(yè)結構\n生產總值(GDP)上升\n", encoding="utf-8")
    article = read_article(path)
    assert article.text == "全縣產業結構生產總值(GDP)上升"
    assert article.line(article.text.index("GDP")) == 2


def test_points_are_a_unit_of_their_own():
    found = list(figures_in("比重上升2.15个百分点，占比为18.2%"))
    assert [(f.digits, f.unit) for f in found] == [("2.15", "个百分点"), ("18.2", "%")]


def test_a_pipe_table_gives_one_draft_per_unit(tmp_path):
    drafts = _drafts(tmp_path, "某县2025年农产品产量\n| 指  标 | 产量(万吨) | 比上年增长% |\n"
                               "| 稻谷 | 45.6 | 2.1 |\n| 其中:早稻 | 18.2 | -0.7 |\n| 蔬菜 | 1,230.5 | 3.0 |\n")
    rows = _rows(drafts)
    assert rows["万吨"] == [["稻谷", "45.6"], ["早稻", "18.2"], ["蔬菜", "1230.5"]]
    assert rows["%"] == [["稻谷", "2.1"], ["早稻", "-0.7"], ["蔬菜", "3.0"]]
    assert drafts[0].title == "某县2025年农产品产量"


def test_an_aligned_table_flags_a_row_with_cells_missing(tmp_path):
    text = ("表3  两镇常住人口\n"
            "镇  名      Town        2019    2020    2021\n"
            "东  镇      East       12.40   12.90   13.35\n"
            "西  镇      West        8.10    8.02    7.96\n"
            "南  镇      South               6.15    6.30\n")
    drafts = _drafts(tmp_path, text)
    assert [d.columns for d in drafts] == [["镇名", "2019", "2020", "2021"]]
    assert drafts[0].rows == [["东镇", "12.40", "12.90", "13.35"], ["西镇", "8.10", "8.02", "7.96"]]
    written = draft_yaml(drafts[0], "a.txt", "s.json")
    assert '# - ["南镇", 6.15, 6.30]  # 请核对' in written  # never placed under 2019 and 2020


def test_a_table_cut_one_cell_per_line(tmp_path):
    cells = ["单位:%", "年份", "上半年", "下半年", "2022", "4.1", "5.2", "2023", "4.6", "5.0", "2024", "4.9"]
    drafts = _drafts(tmp_path, "各半年增速\n\n" + "\n\n".join(cells) + "\n\n注:按可比价格计算。\n")
    assert len(drafts) == 2 and drafts[0].unit == "%"
    assert drafts[0].columns == ["年份", "上半年", "下半年"]
    assert drafts[0].rows == [["2022", "4.1", "5.2"], ["2023", "4.6", "5.0"]]
    # the last year's row, short, is the year so far: its first half, in a draft of its own
    assert (drafts[1].columns, drafts[1].rows) == (["年份", "上半年"], [["2024", "4.9"]])


def test_labels_before_respectively_pair_with_values_after(tmp_path):
    drafts = _drafts(tmp_path, "本次调查中，城市、县城和乡村受访者的占比分别为52.0%、30.5%和17.5%。")
    assert drafts[0].rows == [["城市受访者", "52.0"], ["县城受访者", "30.5"], ["乡村受访者", "17.5"]]  # one head for all
    assert (drafts[0].question, drafts[0].unit) == ("single", "%")


def test_a_label_may_hold_and(tmp_path):
    drafts = _drafts(tmp_path, "学历为小学及以下、初中和职高、大学的分别占20.0%、30.0%、50.0%。")
    assert [r[0] for r in drafts[0].rows] == ["学历为小学及以下", "初中和职高", "大学"]


def test_labels_in_the_clause_before(tmp_path):
    drafts = _drafts(tmp_path, "其中，公交和地铁出行的比例，分别达41.2%和33.0%。")
    assert drafts[0].rows == [["公交", "41.2"], ["地铁出行", "33.0"]]
    assert drafts[0].question == "multi" or drafts[0].question == "none"


def test_changes_listed_with_one_unit_keep_their_direction(tmp_path):
    same = _drafts(tmp_path, "与上年相比，甲类、乙类及丙类分别减少3.1、2.4及0.8个百分点。")
    assert same[0].rows == [["甲类", "3.1"], ["乙类", "2.4"], ["丙类", "0.8"]] and same[0].unit == "个百分点"
    mixed = _drafts(tmp_path, "城镇、乡村人口的比重分别上升1.2个百分点、下降0.5个百分点。")
    assert mixed[0].rows == [["城镇", "1.2"], ["乡村", "-0.5"]]  # mixed directions: the sign says which


def test_respectively_without_a_label_for_each_value_drafts_nothing(tmp_path):
    assert _drafts(tmp_path, "两项指标分别为41.2%和33.0%。") == []


def test_findings_of_groups_other_than_受访者(tmp_path):
    drafts = _drafts(tmp_path, "调查显示，58.2%的受访家长会为假期安排发愁，31.0%的家长不会。"
                               "另外，44.4%的受访青年表示愿意参加志愿活动。")
    rows = [r for d in drafts for r in d.rows]
    assert ["会为假期安排发愁", "58.2"] in rows and ["不会", "31.0"] in rows
    assert any(r[1] == "44.4" and "志愿活动" in r[0] for r in rows)


def test_shares_stated_clause_by_clause(tmp_path):
    drafts = _drafts(tmp_path, "在全部读者中，教师最多，占比为32.5%；其次是学生，占比为21.0%；"
                               "退休人员占比共计9.4%。")
    assert drafts[0].rows == [["教师", "32.5"], ["学生", "21.0"], ["退休人员", "9.4"]]
    counts = _drafts(tmp_path, "城镇住户为3120户，占61.20%；乡村住户为1978户，占38.80%。")
    assert [d.rows for d in counts if d.unit == "%"] == [[["城镇住户", "61.20"], ["乡村住户", "38.80"]]]


def test_from_one_period_to_the_next(tmp_path):
    drafts = _drafts(tmp_path, "截至2024年6月，60岁以上读者占比由2023年底的11.2%提升至12.9%，"
                               "人均借阅量由6.5册增加到7.1册。")
    changes = [d for d in drafts if d.kind == "grouped"]
    assert changes[0].columns == ["指标", "2023年底", "2024年6月"]
    assert changes[0].rows == [["60岁以上读者", "11.2", "12.9"], ["人均借阅量", "6.5", "7.1"]]
    assert changes[0].unit == {"60岁以上读者": "%", "人均借阅量": "册"}


def test_from_one_period_to_the_next_told_with_从_and_the_later_period_named(tmp_path):
    drafts = _drafts(tmp_path, "其中，85后的占比下降最多，从2019年的48.20%下降至2023年的39.15%;"
                               "75后从2019年的41.06%下降至2023年的38.50%;65后从2019年的37.90%下降至2023年的35.12%。")
    changes = [d for d in drafts if d.kind == "grouped"]
    assert changes[0].columns == ["指标", "2019年", "2023年"]
    assert changes[0].rows == [["75后", "41.06", "38.50"], ["65后", "37.90", "35.12"]]  # 85后's clause names no label


def test_a_change_told_between_two_levels_is_no_level(tmp_path):
    drafts = _drafts(tmp_path, "读者满意度由前年秋季的61%，下滑7个百分点至54%;会员的满意度由44%略减为40%。")
    changes = [d for d in drafts if d.kind == "grouped"]
    assert changes[0].columns == ["指标", "前年秋季", "现在"]
    assert changes[0].rows == [["读者满意度", "61", "54"], ["会员的满意度", "44", "40"]]


def test_a_figure_set_on_a_line_of_its_own_runs_on_into_its_sentence(tmp_path):
    text = "本区住户月入中位数由\n2019\n年的\n2.6\n万元,增至今年达\n2.85\n万元;其余各区变化不大。\n"
    changes = [d for d in _drafts(tmp_path, text) if d.kind == "grouped"]
    assert changes[0].rows == [["住户月入中位数", "2.6", "2.85"]]
    assert changes[0].columns == ["指标", "2019年", "今年"]


def test_drafts_keep_the_articles_script(tmp_path):
    drafts = _drafts(tmp_path, "調查顯示，學生、職工和退休人員的佔比分別為40.0%、35.0%和25.0%。")
    assert [r[0] for r in drafts[0].rows] == ["學生", "職工", "退休人員"]
    assert drafts[0].question == "single"


def test_a_ratio_of_the_three_industries_over_two_periods(tmp_path):
    drafts = _drafts(tmp_path, "全县三次产业结构由上年的11.5:40.2:48.3调整为10.9:39.6:49.5。男女比例为50.8:49.2。")
    assert drafts[0].rows == [["第一产业", "11.5", "10.9"], ["第二产业", "40.2", "39.6"], ["第三产业", "48.3", "49.5"]]
    assert drafts[0].columns[1] == "上年"
    assert drafts[1].rows == [["男", "50.8"], ["女", "49.2"]] and drafts[1].question == "single"


def test_a_ratio_of_shares_labelled_by_the_list_before_it(tmp_path):
    drafts = _drafts(tmp_path, "3月份本市轨道交通、地面公交、出租汽车客运结构比为22.3%∶55.1%∶22.6%。")
    assert drafts[0].rows == [["轨道交通", "22.3"], ["地面公交", "55.1"], ["出租汽车客运", "22.6"]]
    assert drafts[0].question == "single"


def test_a_change_is_no_finding_and_one_character_changes_make_a_table(tmp_path):
    drafts = _drafts(tmp_path, "地面公交日均运量出现了0.21%的小幅下降。住宿餐饮业总薪资年增11.15%,艺术娱乐业也增10.86%。")
    assert [d.rows for d in drafts] == [[["住宿餐饮业总薪资", "11.15"], ["艺术娱乐业", "10.86"]]]


def test_a_time_is_no_ratio(tmp_path):
    assert _drafts(tmp_path, "发布时间为09:30，结构比为3:2。") == []


def test_levels_and_their_growth(tmp_path):
    drafts = _drafts(tmp_path, "全年蔬菜产量81.2万吨，比上年增长3.4%；水果产量40.5万吨，比上年下降1.2%。")
    by_name = {d.name: d for d in drafts}
    assert by_name["levels"].rows == [["蔬菜产量", "81.2"], ["水果产量", "40.5"]]
    assert by_name["levels"].unit == "万吨"
    assert by_name["growth"].rows == [["蔬菜产量", "3.4"], ["水果产量", "-1.2"]]


def test_a_bracketed_share_of_respondents_is_a_finding(tmp_path):
    drafts = _drafts(tmp_path, "近六成(58.9%)的受访者认为通勤时间变长了，超过三成(31.2%)的受访者认为变化不大。")
    rows = [r for d in drafts for r in d.rows]
    assert [r[1] for r in rows] == ["58.9", "31.2"] and "通勤时间变长了" in rows[0][0]


def test_changes_in_points_clause_by_clause(tmp_path):
    drafts = _drafts(tmp_path, "同上年相比，甲区人口所占比重上升1.05个百分点，乙区下降0.62个百分点，丙区上升0.10个百分点。")
    assert drafts[0].rows == [["甲区", "1.05"], ["乙区", "-0.62"], ["丙区", "0.10"]]
    assert drafts[0].unit == "个百分点"


def test_short_names_before_shares(tmp_path):
    drafts = _drafts(tmp_path, "认为出行方便的比例上，南京66.1%、杭州60.4%、合肥只有47.9%。")
    assert drafts[0].rows == [["南京", "66.1"], ["杭州", "60.4"], ["合肥", "47.9"]]
    assert _drafts(tmp_path, "全年增长5.2%，比上年增长3.1%。") == []


def test_a_markdown_table_then_a_tab_separated_yearly_one(tmp_path):
    text = ("表2 各区人口\n\n| 地区 | 2022年 | 2023年 |\n|---|---|---|\n| 东区 | 12.5 | 13.1 |\n"
            "| 西区 | 8.2 | 8.4 |\n\n表3\n年份\t产量(吨)\t增长(%)\n2021\t1200\t3.5\n2022\t1300\t8.3\n")
    drafts = _drafts(tmp_path, text)
    assert [(d.columns, d.unit) for d in drafts] == [
        (["地区", "2022年", "2023年"], ""), (["年份", "产量"], "吨"), (["年份", "增长"], "%")]
    assert drafts[1].rows == [["2021", "1200"], ["2022", "1300"]] and drafts[1].kind == "line"


def test_figures_against_the_normal_year(tmp_path):
    text = ("2024年全市降水总量58.2亿立方米，比常年(61.0亿立方米)偏少4.6%；"
            "地表水资源量20.5亿立方米，折合径流深180.2毫米，比常年(23.4亿立方米)偏少12.4%。")
    drafts = [d for d in _drafts(tmp_path, text) if d.name == "normal"]
    assert drafts[0].columns == ["指标", "常年", "2024年"]
    assert drafts[0].rows == [["降水总量", "61.0", "58.2"], ["地表水资源量", "23.4", "20.5"]]
    assert drafts[0].unit == "亿立方米"


def test_a_unit_column_gives_each_row_its_unit(tmp_path):
    text = ("主要农产品产量\n指标      单位      2022年    2023年\n粮食      万吨      45.6      47.1\n"
            "蔬菜      万吨      81.2      83.0\n油料      万吨      3.2       3.4\n")
    drafts = _drafts(tmp_path, text)
    assert [(d.columns, d.unit) for d in drafts] == [(["指标", "2022年", "2023年"], "万吨")]
    assert [r[0] for r in drafts[0].rows] == ["粮食", "蔬菜", "油料"]


def test_the_rest_of_a_question_and_groups_compared(tmp_path):
    text = ("调查显示，22.4%的受访者表示非常满意，40.1%的受访者比较满意，另有8.3%坦言不满意，"
            "选择“说不清”的只有2.2%。其中，城市居民（65.0%）对服务的满意度高于农村居民（58.7%）。")
    rows = {r[1]: r[0] for d in _drafts(tmp_path, text) for r in d.rows}
    assert rows["8.3"] == "不满意" and rows["2.2"] == "说不清"
    assert rows["65.0"] == "城市居民" and rows["58.7"] == "农村居民"


def test_a_group_of_respondents_stays_in_the_finding(tmp_path):
    text = "分性别看，70.2%的女性受访者支持该做法，52.6%的男性受访者支持该做法。"
    rows = [r for d in _drafts(tmp_path, text) for r in d.rows]
    assert [r[0][:5] for r in rows] == ["女性受访者", "男性受访者"]


def test_a_figure_against_an_earlier_year(tmp_path):
    drafts = _drafts(tmp_path, "全市户籍人口合计812万人，与2015年(上一次抽样调查，下同)的790万人相比，增加22万人。"
                               "人均受教育年限由10.2年提高至10.9年。")
    rows = {d.rows[0][0]: (d.columns, d.rows[0][1:]) for d in drafts if d.kind == "grouped"}
    assert rows["户籍人口"] == (["指标", "2015年", "本期"], ["790", "812"])
    assert rows["人均受教育年限"][1] == ["10.2", "10.9"]


def test_neither_end_of_a_range_nor_a_ratio_is_a_finding(tmp_path):
    drafts = _drafts(tmp_path, "调查显示,20~29岁的受访者占比最高。有30%-40%的家长表示支持,"
                               "网购金额是去年的2.5倍。61.2%的受访者认为有必要,38.8%认为没有必要。\n")
    values = [c for d in drafts for row in d.rows for c in row[1:]]
    assert sorted(values, key=str) == ["38.8", "61.2"]


def test_footnote_markers_after_words_are_dropped(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("其中,普惠性幼儿园[3]24.47万所;地区生产总值(GDP)[2]2313亿元。\n[1]注释。\n", encoding="utf-8")
    assert read_article(path).text == "其中,普惠性幼儿园24.47万所;地区生产总值(GDP)2313亿元。[1]注释。"


def test_a_traditional_page_gets_house_words_in_its_script(tmp_path):
    """類別 and 佔比, not 类别 or 类別 (a character the page happened to use, another it did not)."""
    drafts = _drafts(tmp_path, "調查顯示,受訪者中,台北市民佔35.2%,新北市民佔40.1%,其他縣市佔24.7%。\n")
    assert drafts and all(c in ("類別", "佔比", "說法", "數值", "指標") for d in drafts for c in d.columns)
    assert any("台北" in row[0] for d in drafts for row in d.rows)  # as the page writes it, not 臺北


def test_a_blank_line_between_two_figures_keeps_them_apart(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("2017-05-18 09:07\n\n49.9%受访者已做好准备\n增长\n12.\n5%\n", encoding="utf-8")
    article = read_article(path)
    assert article.text == "2017-05-1809:07。49.9%受访者已做好准备增长12.5%"  # a number the page broke stays whole
    assert article.line(article.text.index("。")) == 2


def test_a_figure_printed_again_and_again_names_the_subject_and_thousands_of_yi_read_whole(tmp_path):
    drafts = _drafts(tmp_path, "测评覆盖100个城市。100个城市中,得分最高的是甲市。排名依据100个城市的数据,"
                               "按4千亿元以上、2千亿-4千亿元划分。全市常住人口1250.3万人,地区生产总值3568.9亿元。\n")
    values = [c for d in drafts for row in d.rows for c in row[1:]]
    assert "100" not in values and "2" not in values and "4" not in values
    assert sorted(values) == ["1250.3", "3568.9"]
    assert in_arabic("2千亿-4千亿元,1.5千万人") == "2000亿-4000亿元,1500万人"


def test_a_label_said_as_regarding_x_is_x():
    from charts.article.extract.labels import clean_label

    assert clean_label("在對家庭關係上") == "家庭關係"
    assert clean_label("在收入方面") == "收入"
    assert clean_label("在上海") == "在上海"


def test_a_label_cut_to_length_is_cut_between_words():
    from charts.article.extract.labels import last_words

    assert last_words("成都地区网络游戏行业平均薪酬", 10) == "网络游戏行业平均薪酬"  # not 都地区…
    assert last_words("城镇居民人均可支配收入", 14) == "城镇居民人均可支配收入"
    assert last_words("眼下全国28个重点城市的平均月薪", 11) == "28个重点城市的平均月薪"  # a count stays with its word


def test_a_sentence_with_no_end_is_read_in_clauses(tmp_path):
    """A list run on for pages with no full stop: read a clause group at a time (the readers
    rescan a sentence for each figure), and every share still drafted once."""
    text = "、".join(f"城市{i}占{i % 50 + 0.5}%" for i in range(300)) + "。\n"
    drafts = _drafts(tmp_path, text)
    from charts.article.extract.section import sections
    from charts.article.read import read_article as read

    [section] = list(sections(read(tmp_path / "article.txt")))
    assert max(len(s) for _, s in section.sentences) <= 600
    assert "".join(s for _, s in section.sentences) == section.text
    assert drafts


def test_counts_in_brackets_after_their_labels(tmp_path):
    drafts = _drafts(tmp_path, "游客以甲省( 86,313人次 )、乙省( 11,264人次 )及丙区( 10,502人次 )居多,"
                               "其中甲省占比(52.0%)最高。\n")
    assert _rows(drafts)["人次"] == [["甲省", "86313"], ["乙省", "11264"], ["丙区", "10502"]]


def test_levels_named_by_their_subjects_when_all_share_one_measure(tmp_path):
    drafts = _drafts(tmp_path, "按企业类型分,甲类企业实现利润总额123.4亿元,同比下降7.5%;乙类企业实现利润总额297.5亿元,"
                               "增长2.8%;丙类企业实现利润总额102.7亿元,增长1.8%。")
    by_name = {d.name: d for d in drafts}
    assert by_name["levels"].rows == [["甲类企业", "123.4"], ["乙类企业", "297.5"], ["丙类企业", "102.7"]]
    assert by_name["levels"].columns == ["指标", "利润总额"] and by_name["levels"].unit == "亿元"
    assert by_name["growth"].rows == [["甲类企业", "-7.5"], ["乙类企业", "2.8"], ["丙类企业", "1.8"]]


def test_a_figure_printed_with_a_leading_zero_is_drafted_as_a_yaml_number(tmp_path):
    from charts.article.extract import Draft
    from charts.spec.read import load_spec

    draft = Draft(name="t", kind="bar", title="t", columns=["项目", "数值"], rows=[["甲", "05"], ["乙", "00"], ["丙", "0.5"]],
                  unit="分", publication="p")
    path = tmp_path / "t.yaml"
    path.write_text(draft_yaml(draft, "a.txt", "s.json"), encoding="utf-8")
    table = load_spec(path).table
    assert [[label, str(v.number)] for label, v in zip(table.categories, table.values[0])] == \
        [["甲", "5"], ["乙", "0"], ["丙", "0.5"]]


def test_a_bilingual_table_row_whose_english_gloss_has_commas(tmp_path):
    text = ("表5 某市从业人员(2021年末)\n"
            "项目  从业人员  构成\n"
            "(person) (%)\n"
            "合  计  Total  1000  100.00\n"
            " 制造业  Manufacturing  600  60.00\n"
            " 交通运输、仓储和邮政业  Transport, Storage and Post  250  25.00\n"
            " 文化、体育和娱乐业  Culture, Sports and Entertainment  150  15.00\n")
    drafts = _drafts(tmp_path, text)
    counts = next(d for d in drafts if d.unit == "人")
    assert [r[0] for r in counts.rows] == ["制造业", "交通运输、仓储和邮政业", "文化、体育和娱乐业"]
    assert counts.sums == ["合计行（1000）是各行之和，不与各行并列画出"]  # they add up to it


def test_a_table_stating_two_units_gives_the_share_columns_percent(tmp_path):
    text = ("表2 样本配置-按区域分\n"
            "单位:人、%\n"
            "项目别  人口数  百分比  样本数  百分比\n"
            "总计  1000  100.00  200  100.00\n"
            "甲区  600  60.00  110  55.00\n"
            "乙区  400  40.00  90  45.00\n")
    drafts = _drafts(tmp_path, text)
    assert {d.unit: d.columns[1:] for d in drafts} == {"人": ["人口数", "样本数"], "%": ["百分比", "百分比"]}


def test_a_polls_answers_named_after_their_shares(tmp_path):
    drafts = _drafts(tmp_path, "民調顯示,52.2%知道、47.8%不知道;藻礁公投方面,25.3%非常支持、20.6%還算支持、"
                               "8.6%不太支持、10.1%非常不支持、35.4%沒意見或拒答。\n")
    assert sorted(d.rows for d in drafts) == [
        [["知道", "52.2"], ["不知道", "47.8"]],
        # the question a poll tells its answers under (藻礁公投方面,) names each, as 从…看 does
        [["藻礁公投非常支持", "25.3"], ["藻礁公投還算支持", "20.6"], ["藻礁公投不太支持", "8.6"], ["藻礁公投非常不支持", "10.1"],
         ["藻礁公投沒意見或拒答", "35.4"]]]


def test_cells_past_the_headers_last_column_are_left_out_and_said(tmp_path):
    text = ("年份  总产量  单产  稻谷单产\n"
            "1990  372.00  128  131\n"
            "2000  889.65  284  324  999\n"
            "2010  444.00  138  149\n"
            "2020  455.00  140  151\n")
    drafts = _drafts(tmp_path, text)
    assert drafts[0].rows[1] == ["2000", "889.65", "284", "324"]
    assert drafts[0].sums == ["1行（2000）的单元格多于表头，只取了前3列：请核对表头"]
    assert "# 请核对: 1行（2000）的单元格多于表头" in draft_yaml(drafts[0], "a.txt", "s.json")



def test_an_answer_quoted_with_a_comma_inside_is_the_label(tmp_path):
    text = ("调查显示,在4384名受访者中,有45.83%的消费者对直播带货的总体印象是“货真价实,体验很好”;"
            "有29.52%的消费者认为“质次价高,体验较差”。另有72.3%不认为“为了省钱,应该多买”。"
            "直播间里,31.2%的人觉得“还行,可以接受”,20.5%的人觉得“太贵,不会再买”。\n")
    labels = [r[0] for d in _drafts(tmp_path, text) for r in d.rows]
    assert "货真价实,体验很好" in labels and "质次价高,体验较差" in labels
    assert "还行,可以接受" in labels and "太贵,不会再买" in labels
    assert "为了省钱,应该多买" not in labels  # a statement they deny is no answer of theirs


def test_a_list_of_changes_may_start_after_a_dun_and_end_with_he(tmp_path):
    text = ("此外還有其他個人照顧服務(不含醫療看護)漲7.62%、豬肉漲7.32%、雞肉漲5.99%、麵包漲4.88%。"
            "漲幅居前的依序為雞蛋26.52%、沙拉油15.8%和豬肉7.32%,突破6%,達到6.12%。\n")
    drafts = _drafts(tmp_path, text)
    changes = [r for d in drafts if d.name.startswith("changes") for r in d.rows]
    listed = [r for d in drafts if d.name.startswith("list") for r in d.rows]
    assert changes == [["豬肉", "7.32"], ["雞肉", "5.99"], ["麵包", "4.88"]]
    assert ["沙拉油", "15.8"] in listed and ["豬肉", "7.32"] in listed
    assert not any(label in ("突破", "達到", "和豬肉") for label, *_ in listed)


def test_list_names_lose_the_words_the_list_is_told_in(tmp_path):
    text = ("其中中國大陸旅客佔總數58.1%;香港及中國台灣旅客則分別佔28.0%及8.3%。"
            "旅客主要來自中國大陸、香港及中國台灣,分別佔79.6%、14.2%及4.1%。"
            "旅客的客源以中國台灣及中國大陸兩地為主,分別佔73.6%及18.0%。"
            "除濕機、冷氣機及洗衣機也分別增加7.2%、6.1%及4.5%。\n")
    tables = [[r[0] for r in d.rows] for d in _drafts(tmp_path, text) if d.name.startswith("respectively")]
    assert ["香港旅客", "中國台灣旅客"] in tables and ["中國大陸", "香港", "中國台灣"] in tables
    assert ["中國台灣", "中國大陸"] in tables and ["除濕機", "冷氣機", "洗衣機"] in tables


def test_a_total_is_no_answer_of_a_short_list(tmp_path):
    text = "出游的市民中,本市游占71.8%、省内游占15.5%,合計高達87.3%。\n"
    labels = [r[0] for d in _drafts(tmp_path, text) for r in d.rows]
    assert not any(label.startswith(("合計", "合计")) for label in labels)


def test_a_share_after_higher_or_lower_than_is_a_bound_in_profiles_too(tmp_path):
    text = ("本月新订单指数为50.5%。20个行业中,10个行业高于50%;10个行业低于50%。"
            "本月新出口订单指数为48.6%。20个行业中,9个行业高于50%;11个行业低于50%。\n")
    assert not any(d.name.startswith("profiles") for d in _drafts(tmp_path, text))


def test_list_names_keep_their_own_characters(tmp_path):
    text = ("其中以色列、伊朗和美国分别占32.1%、20.5%和10.2%。北京、上海和成都,分别占40%、30%和20%。"
            "直播间里,45.83%的消费者对不同平台的总体印象是“货真价实,体验很好”。\n")
    drafts = _drafts(tmp_path, text)
    tables = [[r[0] for r in d.rows] for d in drafts]
    assert ["以色列", "伊朗", "美国"] in tables and ["北京", "上海", "成都"] in tables
    assert "货真价实,体验很好" in [label for table in tables for label in table]  # 不同 denies nothing


def test_a_unit_per_ten_thousand_yuan_is_read_whole_and_two_phones_are_a_count(tmp_path):
    text = "全市单位GDP能耗为0.52吨标准煤/万元,规模以上工业单位增加值能耗0.61吨标准煤/万元。近5成的用户拥有2部手机,或3部以上。\n"
    drafts = _drafts(tmp_path, text)
    assert {d.unit if isinstance(d.unit, str) else next(iter(set(d.unit.values()))) for d in drafts} == {"吨标准煤/万元"}


def test_the_hostile_reading_of_lists_answers_and_groups(tmp_path):
    text = ("对于下月大盘走势,受访投资者中看涨45.2%、看跌23.1%、看平31.7%。教师、家长和中小学生分别占20%、30%和50%。"
            "另外,有22.1%的消费者从未选择“线上下单,到店自提”。\n")
    drafts = _drafts(tmp_path, text)
    assert not any(d.name.startswith("changes") for d in drafts)  # 看涨 and 看跌 are answers, no changes
    rows = [r for d in drafts for r in d.rows]
    assert ["教师", "20"] in rows and ["家长", "30"] in rows
    assert not any(r[0] == "线上下单,到店自提" for r in rows)  # 从未选择: they never chose it


def test_the_year_a_sentence_compares_with_dates_nothing_in_the_next(tmp_path):
    text = ("2025年2月22日,全社会跨区域人员流动量18530.3万人次,比2024年同期增长15.4%。\n"
            "铁路客运量1388.2万人次,学生返校的居多。\n")
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    rows = [r for d in extract(read_article(path)) if d.name.startswith("series") for r in d.rows]
    assert ["2024年", "1388.2"] not in rows


def test_yici_pairs_the_names_with_the_figures_after_it(tmp_path):
    drafts = _drafts(tmp_path, "其中视频、音频、音乐和文学类应用的时长占比分列第二到五位，依次为13.9%、9.0%、8.9%和7.2%。\n")
    assert [row[:2] for d in drafts for row in d.rows] == [
        ["视频", "13.9"], ["音频", "9.0"], ["音乐", "8.9"], ["文学类应用", "7.2"]]


def test_a_respective_list_of_aspects_names_its_rows_by_them(tmp_path):
    drafts = _drafts(tmp_path, "1月海外旅客数字在过夜与不过夜方面均录得跌幅,分别跌2.1%与10.7%。\n")
    assert [(d.columns, d.rows) for d in drafts] == [(["类别", "下降"], [["过夜", "2.1"], ["不过夜", "10.7"]])]


def test_a_connective_before_a_share_is_no_label_and_a_level_reached_no_name(tmp_path):
    drafts = _drafts(tmp_path, "有37%民众同意迁离,也有33%不同意迁离,同时有30%未表示意见。"
                               "好感度陡降9.7%掉到21.9%,而且其中很有好感的只有1.9%,另20.0%属于还算有好感。\n")
    labels = [row[0] for d in drafts for row in d.rows]
    assert "未表示意见" in labels and "很有好感" in labels
    assert not any(label.startswith(("同时", "且", "掉到")) or label.endswith("陡降") for label in labels), labels


def test_a_headlines_label_stops_at_its_date_and_byline(tmp_path):
    drafts = _drafts(tmp_path, "86.7%受访者疫情期间更加注重早餐\n\n2020-05-07北京新闻网编辑:北京新闻网浏览:\n\n"
                               "57.9%受访者坦言负担重\n2017年01月26日16:06|作者:周易|来源:中国青年报\n")
    assert sorted(row[0] for d in drafts for row in d.rows) == ["疫情期间更加注重早餐", "负担重"]
    # in running text 浏览 is a word, not a byline
    drafts = _drafts(tmp_path, "调查显示,62.1%的受访者每天浏览短视频超过1小时,23.4%的受访者每天阅读纸质书。\n")
    assert [row[0] for d in drafts for row in d.rows] == ["每天浏览短视频超过1小时", "每天阅读纸质书"]


def test_a_ranking_keeps_the_measure_it_ranks(tmp_path):
    # 彰化縣 alone would not say of what; 其次為桃園市 goes on the ranking (a chart beside a death
    # rate's row would lose the birth rate if it were cut to 桃園市)
    drafts = _drafts(tmp_path, "粗出生率最高為彰化縣千分之7.14,其次為桃園市千分之6.72;粗死亡率最高為嘉義縣千分之13.51。\n")
    rows = {row[0]: row[1] for d in drafts for row in d.rows}
    assert rows == {"粗出生率最高為彰化縣": "7.14", "其次為桃園市": "6.72", "粗死亡率最高為嘉義縣": "13.51"}
    assert [set(d.unit.values()) for d in drafts] == [{"‰"}]  # 千分之: per thousand


def test_a_list_sharing_its_measure_is_drafted_under_whole_names(tmp_path):
    drafts = _drafts(tmp_path, "全年第一产业、第二产业、第三产业增加值分别为5.2万亿元、38.1万亿元、68.8万亿元,"
                               "分别下降1.2%、增长4.7%和5.8%。\n")
    rows = _rows(drafts)
    names = ["第一产业增加值", "第二产业增加值", "第三产业增加值"]
    assert rows["万亿元"] == [[n, v] for n, v in zip(names, ["5.2", "38.1", "68.8"])]
    assert rows["%"] == [[n, v] for n, v in zip(names, ["-1.2", "4.7", "5.8"])]


def test_a_list_of_changes_each_with_its_own_verb_is_drafted_with_each_sign(tmp_path):
    drafts = _drafts(tmp_path, "全年第一产业、第二产业、第三产业增加值比上年下降了1.2%、0.5%、增长5.8%。\n")
    assert _rows(drafts)["%"] == [["第一产业", "-1.2"], ["第二产业", "-0.5"], ["第三产业", "5.8"]]


def test_from_one_month_to_another_named_bare_and_the_subject_before_a_comma(tmp_path):
    """從5月58%一路下滑到8月46.8%: months named without 的 are the periods, not figures; the
    subject is the clause before (贊同的人,從…), 則 no part of it; a month to 現在 is told too."""
    text = ("贊同施政方式的人,從5月58%一路下滑到8月46.8%,3個月減少11.2個百分點。"
            "至於強烈支持者,則從5月20.7%大幅下滑到現在的10.1%。\n")
    changes = [(d.columns, d.rows) for d in _drafts(tmp_path, text) if d.kind == "grouped"]
    assert (["指標", "5月", "8月"], [["贊同施政方式的人", "58", "46.8"]]) in changes
    assert any(columns == ["指標", "5月", "現在"] and rows[0][0].endswith("強烈支持者") and rows[0][1:] == ["20.7", "10.1"]
               for columns, rows in changes)


def test_a_structure_told_as_listed_shares_from_one_year_to_the_next(tmp_path):
    """產業結構構成由上年的22.26%、28.63%和49.11%調整為…: the three industries' shares listed, not a
    ratio; they sum to 100, so they are one whole, two periods."""
    text = "2023年,全縣產業結構構成由上年的22.26%、28.63%和49.11%調整為21.35%、27.92%和50.73%。\n"
    structure = [d for d in _drafts(tmp_path, text) if d.name.startswith("structure")]
    assert structure and structure[0].rows == [["第一產業", "22.26", "21.35"], ["第二產業", "28.63", "27.92"],
                                               ["第三產業", "49.11", "50.73"]]
    assert structure[0].columns[1:] == ["上年", "2023年"] and structure[0].title == "全縣產業結構"
    listed = "受访者中,选择A的占22.5%、选择B的占28.6%和选择C的占41.0%,调整为其他方案的很少。\n"
    assert not [d for d in _drafts(tmp_path, listed) if d.name.startswith("structure")]


def test_a_polls_net_value_in_points_is_a_level_with_its_sign(tmp_path):
    """民望淨值為負31個百分比: a net value (support less opposition), drafted as -31 in 個百分比;
    a change in points (上升4個百分點) is still no level."""
    text = "梁振英的支持度評分為45.6分,支持率上升4個百分點,民望淨值為負31個百分比。林鄭月娥的民望淨值為正51個百分比。\n"
    [panel] = [d for d in _drafts(tmp_path, text) if d.kind == "figures"]
    assert panel.rows == [["梁振英的支持度評分", "45.6"], ["民望淨值", "-31"], ["林鄭月娥的民望淨值", "51"]]
    assert panel.unit == {"梁振英的支持度評分": "分", "民望淨值": "個百分比", "林鄭月娥的民望淨值": "個百分比"}


def test_a_figure_after_a_clause_that_ranks_its_subject_is_the_subjects(tmp_path):
    """广州薪资排名第四,为19019元: the clause before the comma names and ranks the subject, the
    figure's own clause is a verb alone; 最小的是福州市,为…: the subject after 的是."""
    text = ("北京的薪酬水平仍居于首位,为12858元/月。广州薪资排名第四,为19019元。"
            "年降水量最小的是福州市,为1226.8毫米。厦门市最少,为10.39亿立方米。\n")
    rows = [row for d in _drafts(tmp_path, text) for row in d.rows]
    assert rows == [["北京", "12858"], ["广州薪资", "19019"], ["福州市", "1226.8"], ["厦门市", "10.39"]]
    plain = "全年降水偏少,为1226.8毫米。\n"  # no subject ranked: no label taken from the clause before
    assert not [row for d in _drafts(tmp_path, plain) for row in d.rows if row[0] == "全年降水偏少"]


def test_a_clause_that_ranks_nothing_or_no_subject_gives_no_label(tmp_path):
    """Where the clause before ranks no subject, the figure is no longer labelled by its unit
    (万人次, 万辆); a comparison, a cause or a place among others is no subject; a scope
    (居世界首位) and a long clause before the comma are read whole."""
    text = ("今年国庆假期全市接待游客人数再创新高,达1200万人次,旅游收入为86亿元。全市新能源汽车销量持续攀升,为3.2万辆。"
            "今年我国出口额居世界首位,为3.4万亿美元,进口额为2.5万亿美元。东部地区以江苏为首,为8520亿元。受疫情影响最大,为3200亿元。"
            "全市GDP与去年相比稳居第二,为3.2万亿元。2023年,杭州市城镇非私营单位在岗职工年平均工资水平在全国十五个副省级城市当中继续排名第四,"
            "为149868元。\n")
    rows = [row for d in _drafts(tmp_path, text) for row in d.rows]
    assert ["我国出口额", "3.4"] in rows
    labels = {row[0] for row in rows}
    assert not labels & {"万人次", "万辆", "东部", "受疫情影响", "全市", "在全国十五个副省级城市当中"}


def test_a_level_reached_after_a_change_is_the_subjects(tmp_path):
    """客房數目增加20.4%至4.6萬間: the change has no base named (not drafted), the level after 至
    is the rooms'; a base alone before the change (,按年升…至) names nothing."""
    text = "酒店業場所共141間,可提供客房數目增加20.4%至4.6萬間。旅客總數上升9.8%至250萬人次,按年升7.7%至435萬人。\n"
    rows = [row for d in _drafts(tmp_path, text) for row in d.rows]
    assert ["可提供客房數目", "4.6"] in rows and ["旅客總數", "250"] in rows
    assert not [row for row in rows if row[0] in ("按年", "按年升")]


def test_survey_answers_that_are_bands_of_amounts_keep_their_draft(tmp_path):
    """15.6%的受访者为500元以下: the band is the answer, not a figure standing for a name (the whole
    draft, the article's other findings with it, was dropped for it); …的份子钱为500元~1500元 is
    the band alone."""
    text = ("数据显示,45.4%的受访者最近两个月随了3~5次份子钱,49.4%的受访者随了2次及以下。"
            "59.4%的受访者随过金额最高的份子钱为500元~1500元,19.8%的受访者为1500元~3000元,15.6%的受访者为500元以下。\n")
    rows = [row for d in _drafts(tmp_path, text) for row in d.rows]
    assert ["500元~1500元", "59.4"] in rows and ["1500元~3000元", "19.8"] in rows and ["500元以下", "15.6"] in rows
    assert ["随了2次及以下", "49.4"] in rows


def test_a_time_or_a_base_is_no_subject_and_a_group_keeps_its_band(tmp_path):
    """去年减少0.8%至920万人: 去年 names no subject; 比2019年 is no part of the name; 比亚迪 is a name,
    not 比; the group of a band answer stays in its label (男性受访者5万元以下)."""
    text = ("该市人口连续三年下降,去年减少0.8%至920万人。全市地区生产总值比2019年增长20.5%至3.2万亿元。"
            "比亚迪销量稳居首位,为302万辆。\n\n"
            "45.2%的男性受访者心中理想的彩礼为5万元以下,38.6%的女性受访者心中理想的彩礼为5万元以下,16.2%的受访者认为无所谓。\n")
    rows = [row for d in _drafts(tmp_path, text) for row in d.rows]
    labels = {row[0] for row in rows}
    assert "去年" not in labels and ["全市地区生产总值", "3.2"] in rows and ["比亚迪销量", "302"] in rows
    assert ["男性受访者5万元以下", "45.2"] in rows and ["女性受访者5万元以下", "38.6"] in rows
